/**
 * Whether a repeating event (a calendar's RRULE, RFC 5545 §3.3.10, from its first start) happens on
 * a day of a period: "What's on my calendar on Tuesday?" is answered by a weekly class first held
 * months before. Days are compared as the calendar writes them (its wall-clock date), against the
 * period's UTC days, as questions name days (core/time/question.ts). Occurrences are walked with
 * ical.js's recurrence iterator, at most {@link MAX_STEPS} of them.
 */
import ICAL from "ical.js";

/**
 * How a calendar event repeats, as a memory keeps it (`details.repeats`, core/memory/events.ts): its
 * RRULE ("FREQ=WEEKLY;BYDAY=TU"), its first start as the calendar writes it ("2026-09-01T18:30:00",
 * "2026-12-09" all day), and the days it does not happen on ("2026-11-24"), if any.
 */
export interface RepeatingEvent {
  rule: string;
  start: string;
  except?: string[];
}

/**
 * Whether `repeats` (a memory's `details.repeats`, as stored: any of its fields may be missing) has an
 * occurrence on a day in [from, to) (epoch ms) other than its excepted days ({@link occursIn}); false
 * when it is absent or not a rule and a start.
 */
export function repeatsIn(repeats: Partial<RepeatingEvent> | undefined, from: number, to: number): boolean {
  return typeof repeats?.rule === "string" && typeof repeats.start === "string" && occursIn(repeats.rule, repeats.start, from, to, repeats.except);
}

/** Occurrences walked before giving up (a daily rule over 27 years). */
export const MAX_STEPS = 10_000;

const DAY = 86_400_000;

/**
 * Whether the rule `rule` ("FREQ=WEEKLY;BYDAY=TU"), from `start` ("2026-09-01T18:30:00", or
 * "2026-12-09" for an all-day event), has an occurrence on a day in [from, to) (epoch ms, UTC days)
 * other than the days in `except` ("2026-11-24": the calendar's EXDATEs and the days an occurrence was
 * moved from, core/ingest/ics.ts). False for a rule or a start that cannot be read.
 */
export function occursIn(rule: string, start: string, from: number, to: number, except: readonly string[] = []): boolean {
  let iterator: ICAL.RecurIterator;
  try {
    const first = /T/.test(start) ? ICAL.Time.fromDateTimeString(start) : ICAL.Time.fromDateString(start);
    iterator = ICAL.Recur.fromString(rule).iterator(first);
  } catch {
    return false;
  }
  for (let step = 0; step < MAX_STEPS; step++) {
    const t = iterator.next();
    if (!t) return false;
    const day = Date.UTC(t.year, t.month - 1, t.day);
    if (day >= to) return false;
    if (day + DAY > from && !except.includes(new Date(day).toISOString().slice(0, 10))) return true;
  }
  return false;
}

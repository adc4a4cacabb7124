/**
 * A calendar event in words, as the memory engine keeps it and a person reads it: "Dentist – Dr
 * Okafor: Tuesday 17 November 2026, 09:30–10:00, at Bright Smile Dental, 22 Mill Lane. Check-up
 * and clean." (ics.ts reads the event; this module only words it). Times are the wall-clock times of
 * the event's own time zone, as the calendar shows them; a UTC time is shown in the calendar's zone
 * (`X-WR-TIMEZONE`) when it has one. A repeating event is worded from its RRULE (RFC 5545 §3.3.10:
 * FREQ, INTERVAL, BYDAY, BYMONTHDAY, COUNT, UNTIL; what else a rule says is left unsaid).
 */
import type ICAL from "ical.js";

/** What ics.ts read of one event, in the calendar's own terms. */
export interface EventParts {
  summary: string;
  start: ICAL.Time;
  /** The event's end (DTEND, or DTSTART + DURATION), or null when it has neither. */
  end: ICAL.Time | null;
  location: string | null;
  description: string | null;
  /** Who else is invited, by name (or address when the invitation gives none). */
  attendees: string[];
  /** The RRULE, or null for an event that happens once. */
  rule: ICAL.Recur | null;
  /** The occurrences of the rule the calendar excepts (EXDATE); empty for none. */
  skipped: ICAL.Time[];
  cancelled: boolean;
}

const WEEKDAYS: Record<string, string> = { MO: "Monday", TU: "Tuesday", WE: "Wednesday", TH: "Thursday", FR: "Friday", SA: "Saturday", SU: "Sunday" };
const ORDINALS: Record<string, string> = { "1": "first", "2": "second", "3": "third", "4": "fourth", "5": "fifth", "-1": "last", "-2": "second to last" };
const DATE = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const DAY_MONTH = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", timeZone: "UTC" });

/** An ICAL.Time's wall-clock fields, in `zone` (an IANA name) when the time is UTC and a zone is given. */
function wall(t: ICAL.Time, zone: string | null): { y: number; mo: number; d: number; h: number; mi: number } {
  if (t.zone?.tzid === "UTC" && zone && !t.isDate) {
    const parts = new Intl.DateTimeFormat("en-CA", {
      timeZone: zone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).formatToParts(new Date(t.toUnixTime() * 1000));
    const n = (type: string) => Number(parts.find((p) => p.type === type)!.value);
    return { y: n("year"), mo: n("month"), d: n("day"), h: n("hour"), mi: n("minute") };
  }
  return { y: t.year, mo: t.month, d: t.day, h: t.hour, mi: t.minute };
}

/** "Tuesday 17 November 2026" (Intl puts a comma after the weekday; people write none). */
function dayOf(w: { y: number; mo: number; d: number }): string {
  return DATE.format(Date.UTC(w.y, w.mo - 1, w.d)).replace(",", "");
}

/** "09:30" (24-hour, as calendars export it). */
function clock(w: { h: number; mi: number }): string {
  return `${String(w.h).padStart(2, "0")}:${String(w.mi).padStart(2, "0")}`;
}

/** "every Tuesday", "every 2 weeks on Monday and Thursday", "every month on the second Tuesday", "every year on 9 December", with "until …" or "(10 times)". */
export function recurrenceWords(rule: ICAL.Recur, start: ICAL.Time, zone: string | null): string {
  const every = rule.interval > 1 ? `every ${rule.interval} ` : "every ";
  const days = (rule.parts.BYDAY ?? []) as string[];
  const dayNames = days.map((d) => {
    const m = /^([+-]?\d)?([A-Z]{2})$/.exec(d);
    const name = WEEKDAYS[m?.[2] ?? ""] ?? d;
    return m?.[1] ? `the ${ORDINALS[m[1].replace("+", "")] ?? m[1]} ${name}` : name;
  });
  const list = (xs: string[]) => (xs.length > 1 ? `${xs.slice(0, -1).join(", ")} and ${xs.at(-1)}` : (xs[0] ?? ""));
  const w = wall(start, zone);
  const unit = { DAILY: "day", WEEKLY: "week", MONTHLY: "month", YEARLY: "year" }[rule.freq as string] ?? rule.freq.toLowerCase();
  let said: string;
  if (rule.freq === "WEEKLY") {
    const on = dayNames.length ? list(dayNames) : dayOf(w).split(" ")[0]!;
    said = rule.interval > 1 ? `${every}weeks on ${on}` : `every ${on}`;
  } else if (rule.freq === "MONTHLY") {
    const monthDays = (rule.parts.BYMONTHDAY ?? []) as number[];
    const on = dayNames.length ? list(dayNames) : `the ${list((monthDays.length ? monthDays : [w.d]).map(String).map(ordinalDay))}`;
    said = `${every}${rule.interval > 1 ? "months" : "month"} on ${on}`;
  } else if (rule.freq === "YEARLY") said = `${every}${rule.interval > 1 ? "years" : "year"} on ${DAY_MONTH.format(Date.UTC(w.y, w.mo - 1, w.d))}`;
  else said = `${every}${rule.interval > 1 ? `${unit}s` : unit}`;
  if (rule.until) said += `, until ${dayOf(wall(rule.until, zone))}`;
  else if (rule.count) said += ` (${rule.count} times)`;
  return said;
}

/** "1st", "2nd", "23rd", "-1" → "last day". */
function ordinalDay(d: string): string {
  const n = Number(d);
  if (n < 0) return n === -1 ? "last day" : `${-n}th day from the end`;
  const s = n % 100 >= 11 && n % 100 <= 13 ? "th" : (({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th");
  return `${n}${s}`;
}

/** When the event is: "Tuesday 17 November 2026, 09:30–10:00", "Monday 26 October 2026 to Friday 30 October 2026 (all day)". */
function whenWords(e: EventParts, zone: string | null): string {
  const s = wall(e.start, zone);
  if (e.start.isDate) {
    // (an all-day event's DTEND is the day after its last)
    const last = e.end ? wall(e.end, zone) : null;
    const lastDay = last ? new Date(Date.UTC(last.y, last.mo - 1, last.d - 1)) : null;
    const more = lastDay && lastDay.getTime() > Date.UTC(s.y, s.mo - 1, s.d);
    return more
      ? `${dayOf(s)} to ${dayOf({ y: lastDay.getUTCFullYear(), mo: lastDay.getUTCMonth() + 1, d: lastDay.getUTCDate() })} (all day)`
      : `${dayOf(s)} (all day)`;
  }
  const end = e.end ? wall(e.end, zone) : null;
  const sameDay = end && end.y === s.y && end.mo === s.mo && end.d === s.d;
  const until = !end ? "" : sameDay ? `–${clock(end)}` : ` to ${dayOf(end)}, ${clock(end)}`;
  const utc = e.start.zone?.tzid === "UTC" && !zone ? " UTC" : "";
  return `${dayOf(s)}, ${clock(s)}${until}${utc}`;
}

/** Days a calendar excepts said at most this many at a time; more are counted ("and 3 other days"). */
const MAX_EXCEPT_WORDS = 4;

/** ", except Tuesday 24 November 2026 and Tuesday 22 December 2026" (the EXDATEs of a repeating event), or "". */
function exceptWords(skipped: ICAL.Time[], zone: string | null): string {
  const days = [...new Set(skipped.map((t) => dayOf(wall(t, zone))))];
  if (!days.length) return "";
  const said = days.slice(0, MAX_EXCEPT_WORDS);
  const rest = days.length - said.length;
  const last = rest > 0 ? `${rest} other day${rest === 1 ? "" : "s"}` : said.pop()!;
  return `, except ${said.length ? `${said.join(", ")} and ` : ""}${last}`;
}

/**
 * The event in words: its summary, "(cancelled)" when it is, when (a repeating event: how it repeats,
 * its times and its first day), where, with whom, then its description (lines joined as sentences).
 */
export function eventWords(e: EventParts, zone: string | null): string {
  const head = `${e.summary}${e.cancelled ? " (cancelled)" : ""}`;
  let when = whenWords(e, zone);
  if (e.rule) {
    const times = e.start.isDate ? " (all day)" : `, ${when.split(", ").slice(1).join(", ")}`;
    when = `${recurrenceWords(e.rule, e.start, zone)}${times}, from ${dayOf(wall(e.start, zone))}${exceptWords(e.skipped, zone)}`;
  }
  const parts = [when, e.location ? `at ${e.location}` : "", e.attendees.length ? `with ${e.attendees.join(", ")}` : ""].filter(Boolean);
  const about = (e.description ?? "")
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => (/[.!?…:]$/.test(l) ? l : `${l}.`))
    .join(" ");
  return `${head}: ${parts.join(", ")}.${about ? ` ${about}` : ""}`;
}

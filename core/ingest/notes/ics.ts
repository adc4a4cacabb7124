/**
 * A calendar exported as iCalendar (RFC 5545: Google Calendar's, Apple Calendar's or Outlook's .ics)
 * → one conversation: each event (VEVENT) one turn, told in words (ics-words.ts) so the memory engine
 * keeps it whole as one fact ("Dentist – Dr Okafor: Tuesday 17 November 2026, 09:30–10:00, at …").
 * The file is read line by line and each event parsed alone with ical.js (Mozilla's iCalendar parser),
 * so memory holds one event at a time besides the turns; the time zones (VTIMEZONE) the file defines
 * are registered while it is read. To-dos, journals and alarms are passed over.
 */
import { stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import ICAL from "ical.js";
import { fileLines } from "../kit/bytes.js";
import { eventWords } from "./ics-words.js";
import { NOTE_SPEAKER } from "./note.js";
import { ImportError, type ParsedConversation, type ParsedTurn } from "../kit/types.js";

/** Noon of a day, in ms after its midnight: when an all-day event is said to happen (see epochOf). */
const NOON_MS = 12 * 3_600_000;

/** The longest event read (bytes of its lines): a longer one is refused, naming its line. */
export const MAX_EVENT_BYTES = 1024 * 1024;

/** Lines of the calendar's own properties kept (X-WR-CALNAME, X-WR-TIMEZONE come among the first). */
const MAX_HEADER_LINES = 200;

/** What a turn's metadata says of its event (`ParsedTurn.metadata.event`). */
export interface CalendarEvent {
  uid: string;
  summary: string;
  /** Start and end as the calendar gives them ("2026-11-17T09:30:00", "2026-12-09" for an all-day event), in `zone`. */
  start: string;
  end: string | null;
  /** The event's time zone (an IANA name), "UTC", or null for a floating time or an all-day event. */
  zone: string | null;
  allDay: boolean;
  location: string | null;
  attendees: string[];
  /** The RRULE as written ("FREQ=WEEKLY;BYDAY=TU"), or null. */
  recurrence: string | null;
  /**
   * The days ("2026-11-24", as `start` writes them) a repeating event does not happen on: its EXDATEs
   * and the days its occurrences were moved from (the moved one is an event of its own, with the same
   * UID and a RECURRENCE-ID); absent when there are none.
   */
  except?: string[];
  status: string | null;
  /** When the calendar last changed the event (LAST-MODIFIED, else CREATED, else DTSTAMP; epoch ms UTC), or null. */
  modified: number | null;
}

/** A component's lines as read, with the line its BEGIN is on. */
interface Block {
  kind: string;
  lines: string[];
  bytes: number;
  line: number;
}

/**
 * Reads `file`, an iCalendar file (UTF-8, streamed), into one conversation (format `ics`, externalId
 * `ics:<calendar name>` from X-WR-CALNAME, else the file's name; so a later export of the same
 * calendar adds only its new or changed events). Each event is a turn said by the user (role `user`),
 * at its start (epoch ms UTC; a floating time is read in the calendar's zone, X-WR-TIMEZONE, else UTC);
 * externalId its UID (with its RECURRENCE-ID when it is one changed occurrence); metadata `{ line, event }`
 * ({@link CalendarEvent}). Cancelled events are kept, said to be cancelled.
 * @throws ImportError naming the line: a file that does not open with BEGIN:VCALENDAR, an event that
 *   ical.js cannot parse or that has no DTSTART, one over {@link MAX_EVENT_BYTES}, or no event at all.
 */
export async function parseIcs(file: string, opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {}): Promise<ParsedConversation> {
  const input = fileLines(file, (await stat(file)).size, opts.onProgress);
  const registered: string[] = [];
  const turns: ParsedTurn[] = [];
  const header: string[] = [];
  let block: Block | null = null;
  let depth = 0;
  let n = 0;
  try {
    for await (const raw of input.lines) {
      n++;
      if (n === 1 && !/^\uFEFF?BEGIN:VCALENDAR\s*$/i.test(raw)) throw new ImportError(file, "line 1", "an iCalendar file opens with BEGIN:VCALENDAR");
      const begin = /^BEGIN:(\w[\w-]*)\s*$/i.exec(raw)?.[1]?.toUpperCase();
      const end = /^END:(\w[\w-]*)\s*$/i.test(raw);
      if (begin && depth === 1) block = { kind: begin, lines: [], bytes: 0, line: n };
      if (block) {
        block.lines.push(raw);
        block.bytes += Buffer.byteLength(raw) + 2;
        if (block.bytes > MAX_EVENT_BYTES) throw new ImportError(file, `line ${block.line}`, `a ${block.kind} longer than ${MAX_EVENT_BYTES} bytes`);
      }
      // (the calendar's own properties come first: a bounded few are kept for its name and zone)
      else if (depth === 1 && !begin && !end && header.length < MAX_HEADER_LINES) header.push(raw);
      if (begin) depth++;
      if (end) depth--;
      if (end && depth === 1 && block) {
        const done = block;
        block = null;
        if (done.kind === "VTIMEZONE") registered.push(...registerZone(file, done));
        else if (done.kind === "VEVENT") turns.push(eventTurn(file, done, calendarZone(header)));
      }
    }
  } finally {
    input.close();
    for (const tzid of registered) ICAL.TimezoneService.remove(tzid);
  }
  if (!turns.length) throw new ImportError(file, `line ${n}`, "no event (VEVENT) in this calendar");
  exceptMoved(turns);
  input.finished();
  const name = headerValue(header, "X-WR-CALNAME");
  return {
    format: "ics",
    externalId: `ics:${name ?? basename(file)}`,
    title: name ?? basename(file, extname(file)),
    participants: [NOTE_SPEAKER],
    startedAt: Math.min(...turns.map((t) => t.occurredAt)),
    turns: turns.sort((a, b) => a.occurredAt - b.occurredAt),
  };
}

/** A calendar property's value among the header's lines (folded lines unfolded), or null. */
function headerValue(lines: string[], name: string): string | null {
  const unfolded = lines
    .join("\n")
    .replace(/\n[ \t]/g, "")
    .split("\n");
  const line = unfolded.find((l) => l.toUpperCase().startsWith(`${name}:`) || l.toUpperCase().startsWith(`${name};`));
  const value = line?.slice(line.indexOf(":") + 1).trim();
  return value ? value.replace(/\\([,;\\])/g, "$1") : null;
}

/** The calendar's own time zone (X-WR-TIMEZONE) when it is one this machine knows, else null. */
function calendarZone(header: string[]): string | null {
  const zone = headerValue(header, "X-WR-TIMEZONE");
  if (!zone) return null;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone;
  } catch {
    return null;
  }
}

/**
 * A date property written as a bare date without VALUE=DATE ("DTSTART:20261118", as some exporters
 * and hand-written files have it; RFC 5545 §3.3.4 wants the parameter): its property name and
 * parameters, to which ";VALUE=DATE" is added so ical.js reads a day, not a broken date-time.
 */
const BARE_DATE = /^((?:DTSTART|DTEND|EXDATE|RDATE|RECURRENCE-ID)(?:;(?!VALUE=)[^:;]*)*)(:\d{8}(?:,\d{8})*\s*)$/i;

/** Parses one component's lines alone, as a calendar holding only it. */
function parseBlock(file: string, b: Block): ICAL.Component {
  const lines = b.lines.map((l) => l.replace(BARE_DATE, "$1;VALUE=DATE$2"));
  try {
    return new ICAL.Component(ICAL.parse(["BEGIN:VCALENDAR", ...lines, "END:VCALENDAR"].join("\r\n"))).getFirstSubcomponent(b.kind.toLowerCase())!;
  } catch (e) {
    throw new ImportError(file, `line ${b.line}`, `this ${b.kind} cannot be read: ${(e as Error).message}`);
  }
}

/** Registers a VTIMEZONE for the events after it; returns its TZID when it was not known before. */
function registerZone(file: string, b: Block): string[] {
  const zone = new ICAL.Timezone(parseBlock(file, b));
  if (!zone.tzid || ICAL.TimezoneService.has(zone.tzid)) return [];
  ICAL.TimezoneService.register(zone);
  return [zone.tzid];
}

/**
 * One event as a turn (see {@link parseIcs}).
 * @throws ImportError naming the event's line when ical.js cannot read a value of it (it reads values
 *   when they are asked for, so a garbled DTSTART fails here, not in the parse).
 */
function eventTurn(file: string, b: Block, zone: string | null): ParsedTurn {
  try {
    return readEvent(file, b, zone);
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw new ImportError(file, `line ${b.line}`, `this VEVENT cannot be read: ${(e as Error).message}`);
  }
}

/** {@link eventTurn}'s reading, which ical.js may fail with its own error. */
function readEvent(file: string, b: Block, zone: string | null): ParsedTurn {
  const v = parseBlock(file, b);
  const e = new ICAL.Event(v);
  if (!v.hasProperty("dtstart")) throw new ImportError(file, `line ${b.line}`, `the event ${JSON.stringify(e.summary ?? e.uid ?? "")} has no DTSTART`);
  const start = e.startDate;
  const end = v.hasProperty("dtend") || v.hasProperty("duration") ? e.endDate : null;
  const summary = (e.summary ?? "").trim() || "Event";
  const rule = (v.getFirstPropertyValue("rrule") as ICAL.Recur | null) ?? null;
  const status = (v.getFirstPropertyValue("status") as string | null)?.toUpperCase() ?? null;
  const attendees = e.attendees
    .map((a) => String(a.getParameter("cn") ?? a.getFirstValue() ?? "").replace(/^mailto:/i, ""))
    .filter((who) => who && !sameAs(who, v));
  const recurrenceId = v.getFirstPropertyValue("recurrence-id") as ICAL.Time | null;
  const skipped = rule ? v.getAllProperties("exdate").flatMap((p) => p.getValues() as ICAL.Time[]) : [];
  const event: CalendarEvent = {
    uid: e.uid ?? `line ${b.line}`,
    summary,
    start: start.toString(),
    end: end?.toString() ?? null,
    zone: start.isDate ? null : start.zone?.tzid === "floating" ? null : (start.zone?.tzid ?? null),
    allDay: start.isDate,
    location: e.location?.trim() || null,
    attendees,
    recurrence: rule ? rule.toString() : null,
    ...(skipped.length ? { except: [...new Set(skipped.map((t) => dayAsStart(t, start)))].sort() } : {}),
    status,
    modified: modifiedAt(v),
  };
  return {
    externalId: recurrenceId ? `${event.uid}@${recurrenceId.toString()}` : event.uid,
    speaker: NOTE_SPEAKER,
    role: "user",
    occurredAt: epochOf(start, zone),
    text: eventWords(
      { summary, start, end, location: event.location, description: e.description, attendees, rule, skipped, cancelled: status === "CANCELLED" },
      zone,
    ),
    metadata: { line: b.line, event, ...(recurrenceId ? { movedFrom: dayAsStart(recurrenceId, start) } : {}) },
  };
}

/** The day ("2026-11-24") of time `t` in the frame `start` is written in (its zone), as core/time/recurrence.ts walks a rule. */
function dayAsStart(t: ICAL.Time, start: ICAL.Time): string {
  const same = t.isDate || start.isDate || !start.zone || t.zone?.tzid === start.zone.tzid;
  return (same ? t : t.convertToZone(start.zone!)).toString().slice(0, 10);
}

/**
 * Adds to each repeating event's `except` the days its occurrences were moved from (a turn's
 * `movedFrom`, set on an occurrence exported on its own with a RECURRENCE-ID): on that day the rule's
 * occurrence does not happen, the moved one happens on its own day.
 */
function exceptMoved(turns: ParsedTurn[]): void {
  const moved = new Map<string, string[]>();
  for (const t of turns) {
    const e = t.metadata.event as CalendarEvent;
    if (typeof t.metadata.movedFrom === "string") moved.set(e.uid, [...(moved.get(e.uid) ?? []), t.metadata.movedFrom]);
  }
  for (const t of turns) {
    const e = t.metadata.event as CalendarEvent;
    const days = e.recurrence ? moved.get(e.uid) : undefined;
    if (days) e.except = [...new Set([...(e.except ?? []), ...days])].sort();
  }
}

/** When the calendar last changed event `v` (see {@link CalendarEvent.modified}). */
function modifiedAt(v: ICAL.Component): number | null {
  for (const name of ["last-modified", "created", "dtstamp"]) {
    const t = v.getFirstPropertyValue(name) as ICAL.Time | null;
    if (t && typeof t.toUnixTime === "function") return t.toUnixTime() * 1000;
  }
  return null;
}

/** Whether an attendee is the calendar's owner: the event's organizer (by name or address). */
function sameAs(who: string, v: ICAL.Component): boolean {
  const org = v.getFirstProperty("organizer");
  if (!org) return false;
  const names = [org.getParameter("cn"), String(org.getFirstValue() ?? "").replace(/^mailto:/i, "")].map((x) => String(x ?? "").toLowerCase());
  return names.includes(who.toLowerCase());
}

/**
 * Epoch ms (UTC) of a start time: a zoned or UTC time as it says; a floating time in the calendar's
 * zone, else UTC; a day (an all-day event) at noon UTC, so that it falls on that day in every time
 * zone from UTC−11 to UTC+11 (at midnight UTC, a timeline west of UTC showed it the day before).
 */
function epochOf(t: ICAL.Time, zone: string | null): number {
  const floating = t.isDate || !t.zone || t.zone.tzid === "floating";
  const asUtc = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second);
  if (!floating) return t.toUnixTime() * 1000;
  if (t.isDate) return asUtc + NOON_MS;
  if (!zone) return asUtc;
  // (the zone's offset at that wall time: the UTC instant that the zone shows as asUtc)
  const shown = new Date(asUtc).toLocaleString("en-US", { timeZone: zone, hourCycle: "h23" });
  return asUtc - (Date.parse(`${shown} UTC`) - asUtc);
}

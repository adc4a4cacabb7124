/**
 * Toggl Track's time entries as its Detailed report exports them (Reports → Detailed → Export → Download as CSV;
 * `Toggl_time_entries_2026-09-28_to_2026-10-25.csv`, the newer reports' `TogglTrack_Report_Detailed_report_(from_…_to_…).csv`):
 * a CSV, a byte order mark, a header and a row per time entry, streamed (csv-records.ts). The classic header is
 * `User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (EUR)`
 * ("Amount ()" where the workspace names no currency; no Amount column in some files, every cell quoted in others);
 * the newer reports write the columns the report shows, by the same names but "Stop date" and "Stop time"
 * (`"Description",Duration,Project,Start date,Start time,Stop date,Stop time`, its first cell quoted; `Description,Tags,Start
 * date,Start time,Stop date,Stop time`; `User,Project,Description,Start date,Weekday,Duration`). Columns are read by name,
 * in any order. What is read:
 * - `Start date` "2026-10-06" and `Start time` "09:00:00" (or "09:00"): when the entry began, on the clock of the profile
 *   that exported it, no zone written: read as UTC, as every reader keeps the user's clock; `End date`/`Stop date` and
 *   `End time`/`Stop time` when it stopped. A report with no Start time places its entries on their day, no clock said;
 * - `Duration`: "02:30:00" (hours past 24 too, "25:00:01"), "2:30:00", and the other duration formats a profile may choose,
 *   "18:25 min", "45 sec", "1.5 h"; when there is none, the time between the start and the stop;
 * - `Description`, `Client`, `Project`, `Task`, `Billable` ("Yes" or "No"), `Tags` ("sketching, logo": joined by ", "),
 *   `Amount (GBP)` ("137.50", empty when nothing is billed), `User` and `Email` (whose entry it is).
 *
 * Each entry is a paragraph of the user's note of its day (format `note`, `records: "day"`), keyed
 * `toggl:day:2026-10-06`, titled "Toggl, Tuesday 6 October 2026": "Worked on "Logo sketches" for Acme Foods (Acme
 * rebrand, task Logo) on Tuesday 6 October from 09:00 to 11:30: 2 hours 30 minutes, billable (£137.50); tagged sketching
 * and logo."; and the day ends with its total, "On Tuesday 6 October I tracked 7 hours of work, from 09:00 to 17:00: 4
 * hours 30 minutes on Acme rebrand (Acme Foods) and 2 hours 30 minutes on Nordlicht packaging (Nordlicht Kaffee); all
 * of it billable (£397.50)." An entry is named by its start as written and its description (else its project),
 * `entry 2026-10-06 09:00:00 Logo sketches` (the same again numbered " #2"), the total `day total`, so importing the file
 * again adds nothing and a later report adds only what is new (a day's total it changed is told in its new words).
 *
 * Whose: a workspace admin's report holds every member's entries. With `--me NAME` naming one of its members (their
 * `User` or `Email`, any case), only that member's entries are read, as the user's; without it, or naming none, a file of
 * one member is the user's, and a file of several says whose each entry is ("Jan Novak worked on …"), each member's day
 * a note of its own (`toggl:day:2026-10-06:Jan Novak`, "Toggl, Tuesday 6 October 2026 (Jan Novak)"). The file is read
 * twice: once for its members, once for its entries; a day's totals are held to the file's end (a few numbers a day).
 *
 * Not read: Toggl's workspace data export (Settings → Data export: a ZIP of clients.json, projects.json, tags.json,
 * workspace_users.json, projects_users/ and tasks/) holds no time entries; its JSON files are no note.
 *
 * Checked against public readers of the Detailed report's CSV and their fixtures: solidtime's TogglTimeEntriesImporter
 * and its two test files (the byte order mark; "Amount (EUR)"; LF line breaks; an empty description written `""`; tags
 * "Development, Backend" split at ", "; "Yes"/"No" and nothing else; dates "2024-03-04", times "10:23:52", durations
 * "01:00:01" and "00:00:00"; a file with every cell quoted and no Amount column), a Python validator's test of the
 * header with "Amount ()", Java, Swift and Dart readers' headers, a Go importer's test of Toggl's duration formats
 * ("00:18:25", "25:00:01", "18:25 min", "45 sec", "1.5 h") on a real export's row, a Python test of a newer report's
 * export ("exactly the shape Toggl exports": a byte order mark, the first cell quoted, "Stop date", "Stop time",
 * "1:30:00"), a Kotlin importer's newer header with Tags, a Toggl-to-FreeAgent tool's (its guide has the report show its
 * Member column, its parser and sample read "User"; "Weekday"; no Start time), and readers that walk the Detailed
 * export's rows newest first. No real export with a `Member` or a decimal `Duration (h)` column was found: a `Member`
 * column is not read as whose an entry is, and `Duration (h)` is no Duration (a header with neither a Duration nor a
 * stop is no Toggl header).
 */
import { stat } from "node:fs/promises";
import { wallClockMs } from "../../time/import-dates.js";
import { type CsvColumns, cellOf, csvRecords, headerCells } from "../kit/csv-records.js";
import { amountWords, clockOf, dayNoteTitle, dayWords, durationWords, listed } from "../kit/record-words.js";
import { ImportError, type ParseOptions, type ParsedConversation, type ParsedTurn } from "../kit/types.js";
import { HeldNotes } from "./held-notes.js";
import { NO_TEXT, NOTE_SPEAKER } from "./note.js";

/** Most characters of one CSV record: an unclosed quote is refused here, not read to the file's end into memory. */
export const MAX_RECORD_CHARS = 256 * 1024;

/** Most members of a workspace told apart: a file naming more is read as everyone's, each entry said by whom. */
const MAX_MEMBERS = 10_000;

/** What the reader is told: where to report the bytes read, and who the user is (`--me`: a member's name or email). */
export type TogglOptions = Pick<ParseOptions, "onProgress" | "me">;

/** The cells of a header, a byte order mark and quotes dropped, trimmed. */
function headerNames(start: string): string[] {
  return headerCells(start.replace(/^\uFEFF/, ""));
}

/**
 * Whether a file's start (its text) is the header of a Toggl Detailed report's CSV: naming "Start date" (so cased:
 * Clockify's is "Start Date"), "Description", one of "Duration", "End time" and "Stop time", and one of "Project",
 * "Client", "Tags", "User" and "Billable".
 */
export function isTogglCsv(start: string): boolean {
  const names = new Set(headerNames(start));
  return (
    names.has("Start date") &&
    names.has("Description") &&
    ["Duration", "End time", "Stop time"].some((n) => names.has(n)) &&
    ["Project", "Client", "Tags", "User", "Billable"].some((n) => names.has(n))
  );
}

/** The file's columns by name (trimmed, a byte order mark dropped), the stop's names ("End" or "Stop") and the amount's column and currency ("Amount (GBP)" → "GBP"; "Amount ()" → ""). */
interface Columns {
  byName: CsvColumns;
  endDate: string | null;
  endTime: string | null;
  amount: { column: string; currency: string } | null;
}

/** The columns of the header's cells. */
function columnsOf(cells: string[]): Columns {
  const byName: CsvColumns = new Map(cells.map((name, i) => [name.replace(/^\uFEFF/, "").trim(), i]));
  const named = (...names: string[]) => names.find((n) => byName.has(n)) ?? null;
  let amount: Columns["amount"] = null;
  for (const name of byName.keys()) {
    const m = /^Amount(?:\s*\(([^)]*)\))?$/.exec(name);
    if (m) amount = { column: name, currency: (m[1] ?? "").trim() };
  }
  return { byName, endDate: named("End date", "Stop date"), endTime: named("End time", "Stop time"), amount };
}

/** A day as Toggl writes it, "2026-10-06": its midnight (epoch ms, UTC), or null when it is none. */
function dayOf(value: string): number | null {
  return wallClockMs(value, "00:00");
}

/** A clock time as Toggl writes it, "09:00:00" or "09:00": ms after midnight, or null when it is none. */
function clockMs(value: string): number | null {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(value);
  if (!m) return null;
  const [h, mi, s] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  return h < 24 && mi < 60 && s < 60 ? ((h * 60 + mi) * 60 + s) * 1000 : null;
}

/**
 * A duration as Toggl writes it, in seconds: "02:30:00", "2:30:00", "25:00:01" (hours, minutes, seconds); "18:25 min"
 * (minutes and seconds, the classic format); "45 sec"; "1.5 h" (decimal hours, to the second). Null when it is none.
 */
export function durationSeconds(value: string): number | null {
  const v = value.trim();
  let m = /^(\d{1,6}):([0-5]\d):([0-5]\d)$/.exec(v);
  if (m) return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
  m = /^(\d{1,7}):([0-5]\d) min$/.exec(v);
  if (m) return Number(m[1]) * 60 + Number(m[2]);
  m = /^(\d{1,9}) sec$/.exec(v);
  if (m) return Number(m[1]);
  m = /^(\d{1,6}(?:\.\d+)?) h$/.exec(v);
  if (m) return Math.round(Number(m[1]) * 3600);
  return null;
}

/** An entry as read from its row. */
interface Entry {
  member: string;
  email: string;
  client: string;
  project: string;
  task: string;
  description: string;
  /** True, false, or null when the file has no Billable column. */
  billable: boolean | null;
  /** The day as written, "2026-10-06". */
  day: string;
  /** The start's wall time (epoch ms, read as UTC), and whether its clock is known. */
  start: number;
  timed: boolean;
  /** The stop's wall time, when known. */
  end: number | null;
  seconds: number;
  tags: string[];
  /** The amount billed as written ("137.50"), or "". */
  amount: string;
  /** The start as written, "2026-10-06 09:00:00", for its paragraph's name. */
  startWritten: string;
}

/** Whose entries, as the first pass read them. */
interface Members {
  /** The member read as the user, as `--me` named them (their name or email, lower-cased), or null when it names none of them. */
  me: string | null;
  /** Whether entries of more than one member are read, each said by whom. */
  several: boolean;
}

/** A day's totals of one note: the entries' first start and last stop, the time tracked, billable and billed, and the time per project. */
interface DayTally {
  key: string;
  title: string;
  day: string;
  who: string | null;
  first: number | null;
  last: number | null;
  lastTurnAt: number;
  seconds: number;
  billableSeconds: number;
  billableKnown: boolean;
  /** The amounts billed, in hundredths, or null once one is not to the hundredth. */
  cents: number | null;
  projects: Map<string, { label: string; seconds: number }>;
}

/** The entry of `cells` (at `line`), or throws naming the line and the column of a cell that is wrong. */
function entryOf(file: string, line: number, cells: string[], columns: Columns): Entry {
  const cell = (name: string | null) => (name ? cellOf(cells, columns.byName, name) : "");
  const wrong = (column: string, value: string, expected: string) =>
    new ImportError(file, `line ${line}`, value ? `${column} ${JSON.stringify(value)}: expected ${expected}` : `${column} is empty: expected ${expected}`);
  const dayText = cell("Start date");
  const day = dayOf(dayText);
  if (day === null) throw wrong("Start date", dayText, 'a day as Toggl writes it, "2026-10-06"');
  let start = day;
  let timed = false;
  let startWritten = dayText;
  if (columns.byName.has("Start time")) {
    const text = cell("Start time");
    const ms = clockMs(text);
    if (ms === null) throw wrong("Start time", text, 'a time as Toggl writes it, "09:00:00"');
    start = day + ms;
    timed = true;
    startWritten = `${dayText} ${text}`;
  }
  let end: number | null = null;
  if (columns.endTime && timed) {
    const timeText = cell(columns.endTime);
    const dateText = columns.endDate ? cell(columns.endDate) : dayText;
    const endDay = dayOf(dateText);
    if (endDay === null) throw wrong(columns.endDate ?? "Start date", dateText, 'a day as Toggl writes it, "2026-10-06"');
    const ms = clockMs(timeText);
    if (ms === null) throw wrong(columns.endTime, timeText, 'a time as Toggl writes it, "11:30:00"');
    end = endDay + ms;
    // (a stop with no day of its own before its start: past midnight)
    if (!columns.endDate && end < start) end += 86_400_000;
  }
  let seconds: number | null = null;
  if (columns.byName.has("Duration")) {
    const text = cell("Duration");
    seconds = durationSeconds(text);
    if (seconds === null && (text || end === null)) throw wrong("Duration", text, 'a duration as Toggl writes it, "02:30:00", "18:25 min" or "1.5 h"');
  }
  if (seconds === null) {
    if (end === null) throw new ImportError(file, `line ${line}`, 'no Duration, nor when the entry stopped ("End time" or "Stop time")');
    seconds = Math.max(0, Math.round((end - start) / 1000));
  }
  const billableText = cell("Billable");
  let billable: boolean | null = null;
  if (columns.byName.has("Billable")) {
    if (!/^(?:yes|no)$/i.test(billableText)) throw wrong("Billable", billableText, '"Yes" or "No"');
    billable = /^yes$/i.test(billableText);
  }
  const amount = columns.amount ? cell(columns.amount.column) : "";
  if (amount && !/^-?\d{1,3}(?:,?\d{3})*(?:\.\d+)?$/.test(amount)) throw wrong(columns.amount!.column, amount, 'an amount, "137.50", or nothing');
  const words = (name: string) => cell(name).replace(/\s+/g, " ");
  return {
    member: words("User"),
    email: cell("Email").toLowerCase(),
    client: words("Client"),
    project: words("Project"),
    task: words("Task"),
    description: words("Description"),
    billable,
    day: dayText,
    start,
    timed,
    end,
    seconds,
    tags: cell("Tags")
      .split(",")
      .map((t) => t.trim().replace(/\s+/g, " "))
      .filter(Boolean),
    amount,
    startWritten,
  };
}

/** An entry in words: what, for whom, when and for how long, billable or not, its tags ("Worked on "Logo sketches" for Acme Foods (Acme rebrand, task Logo) on Tuesday 6 October from 09:00 to 11:30: 2 hours 30 minutes, billable (£137.50); tagged sketching and logo."). */
function entryWords(e: Entry, who: string | null, currency: string): string {
  const within = [...(e.description && e.project ? [e.project] : []), ...(e.task ? [`task ${e.task}`] : [])];
  const what = e.description ? `"${e.description}"` : e.project || "something with no description";
  const verb = who ? `${who} worked on` : "Worked on";
  let when = ` on ${dayWords(e.start)}`;
  if (e.timed && e.end !== null) {
    const otherDay = new Date(e.end).toISOString().slice(0, 10) !== e.day;
    when += ` from ${clockOf(e.start)} to ${clockOf(e.end)}${otherDay ? ` on ${dayWords(e.end)}` : ""}`;
  } else if (e.timed) when += ` from ${clockOf(e.start)}`;
  const billed = e.amount ? ` (${amountWords(e.amount.replace(/^-/, ""), currency)})` : "";
  const billing = e.billable === null ? (billed ? `, billed${billed}` : "") : e.billable ? `, billable${billed}` : ", not billable";
  const tags = e.tags.length ? `; tagged ${listed(e.tags)}` : "";
  return `${verb} ${what}${e.client ? ` for ${e.client}` : ""}${within.length ? ` (${within.join(", ")})` : ""}${when}: ${e.seconds > 0 ? durationWords(e.seconds) : "no time"}${billing}${tags}.`;
}

/** A day's total in words: "On Tuesday 6 October I tracked 7 hours of work, from 09:00 to 17:00: 4 hours 30 minutes on Acme rebrand (Acme Foods) and 2 hours 30 minutes on Nordlicht packaging (Nordlicht Kaffee); all of it billable (£397.50)." */
function totalWords(t: DayTally, currency: string): string {
  const day = dayWords(Date.parse(`${t.day}T12:00:00Z`));
  const range = t.first !== null && t.last !== null ? `, from ${clockOf(t.first)} to ${clockOf(t.last)}` : "";
  // (the projects tracked on, longest first; an entry of no time, a timer started and stopped at once, no project's)
  const parts = [...t.projects.values()].filter((p) => p.seconds > 0).sort((a, b) => b.seconds - a.seconds);
  const spent =
    parts.length === 0 ? "" : parts.length === 1 ? `, all ${parts[0]!.label}` : `: ${listed(parts.map((p) => `${durationWords(p.seconds)} ${p.label}`))}`;
  const billed = t.cents !== null && t.cents > 0 ? ` (${amountWords((t.cents / 100).toFixed(2), currency)})` : "";
  const billable = !t.billableKnown
    ? ""
    : t.billableSeconds === 0
      ? "; none of it billable"
      : t.billableSeconds === t.seconds
        ? `; all of it billable${billed}`
        : `; ${durationWords(t.billableSeconds)} of it billable${billed}`;
  return `On ${day} ${t.who ?? "I"} tracked ${t.seconds > 0 ? durationWords(t.seconds) : "no time"} of work${range}${spent}${billable}.`;
}

/** Who of the file's members is the user (`me`, a name or an email, when it names one of them) and whether it holds several, by a first pass over its rows. */
async function membersOf(file: string, size: number, me: string | undefined): Promise<Members> {
  const named = me?.trim().toLowerCase() || null;
  const seen = new Set<string>();
  let columns: Columns | null = null;
  let found: string | null = null;
  for await (const { cells } of csvRecords(file, size, MAX_RECORD_CHARS).records) {
    if (!columns) {
      columns = columnsOf(cells);
      if (!columns.byName.has("User") && !columns.byName.has("Email")) return { me: null, several: false };
      continue;
    }
    const name = cellOf(cells, columns.byName, "User").replace(/\s+/g, " ");
    const email = cellOf(cells, columns.byName, "Email").toLowerCase();
    if (named && (name.toLowerCase() === named || email === named)) found = named;
    if (seen.size < MAX_MEMBERS) seen.add(email || name.toLowerCase());
  }
  return { me: found, several: !found && seen.size > 1 };
}

/**
 * Reads `file`, a Toggl Detailed report's CSV (its start `start`, as detect.ts read it), as notes of the user's records
 * (format `note`, said by the user, speaker "User", `records: "day"`): a note per day (and per member, in a file of
 * several not narrowed by `opts.me`), keyed `toggl:day:2026-10-06` (`toggl:day:2026-10-06:Jan Novak`), titled "Toggl,
 * Tuesday 6 October 2026", an entry a paragraph in time order and the day's total last (see the module's docs), held to
 * the file's end (held-notes.ts; given sooner past its bound, the same key). Turn metadata: `{ line, toggl: { user,
 * email, client, project, task, description, billable, start, end, seconds, tags, amount, currency } }` (those the row
 * has); the total's `{ toggl: { day, seconds, billableSeconds, amount } }`.
 * @throws ImportError naming the file and where: a header that is not Toggl's (`line 1`); a Start date, Start time, End or
 *   Stop date and time, Duration, Billable or Amount that is wrong, at its row's line and by its column (`line 7: Start
 *   date "06/10/2026": expected a day as Toggl writes it, "2026-10-06"`), or a row with neither a Duration nor a stop; the
 *   CSV's own faults (an unclosed or stray quote, a record over {@link MAX_RECORD_CHARS} characters) at the line csv-parse
 *   stopped at; invalid UTF-8 at its line and byte. A file with no entry says why, "the note has no text: …" (a folder
 *   passes it over, saying so).
 */
export async function* parseToggl(file: string, start: string, opts: TogglOptions = {}): AsyncGenerator<ParsedConversation> {
  if (!isTogglCsv(start))
    throw new ImportError(
      file,
      "line 1",
      'not a Toggl Detailed report\'s CSV: expected its header "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,…"',
    );
  const { size } = await stat(file);
  const members = await membersOf(file, size, opts.me);
  const csv = csvRecords(file, size, MAX_RECORD_CHARS, opts.onProgress);
  const notes = new HeldNotes({ records: "day" });
  const tallies = new Map<string, DayTally>();
  // (the entries of the start last read: the same start and description again is another entry, numbered)
  let startRead = "";
  const atStart = new Map<string, number>();
  let columns: Columns | null = null;
  let read = 0;
  for await (const { cells, line } of csv.records) {
    if (!columns) {
      columns = columnsOf(cells);
      continue;
    }
    if (cells.every((c) => !c.trim())) continue;
    const e = entryOf(file, line, cells, columns);
    if (members.me !== null && e.member.toLowerCase() !== members.me && e.email !== members.me) continue;
    const who = members.several ? e.member || e.email || null : null;
    const currency = columns.amount?.currency ?? "";
    const key = `toggl:day:${e.day}${who ? `:${who}` : ""}`;
    const title = `${dayNoteTitle("Toggl", e.day)}${who ? ` (${who})` : ""}`;
    const named = e.description || e.project;
    if (e.startWritten !== startRead) {
      startRead = e.startWritten;
      atStart.clear();
    }
    const n = (atStart.get(named) ?? 0) + 1;
    atStart.set(named, n);
    const kept: Record<string, unknown> = {};
    const keep = (k: string, v: unknown) => {
      if (v !== null && v !== "" && !(Array.isArray(v) && !v.length)) kept[k] = v;
    };
    keep("user", e.member);
    keep("email", e.email);
    keep("client", e.client);
    keep("project", e.project);
    keep("task", e.task);
    keep("description", e.description);
    keep("billable", e.billable);
    keep("start", e.startWritten);
    keep("end", e.end === null ? null : new Date(e.end).toISOString().slice(0, 19).replace("T", " "));
    kept.seconds = e.seconds;
    keep("tags", e.tags);
    keep("amount", e.amount);
    keep("currency", e.amount ? currency : "");
    const turn: ParsedTurn = {
      externalId: `entry ${e.startWritten}${named ? ` ${named}` : ""}${n > 1 ? ` #${n}` : ""}`,
      speaker: NOTE_SPEAKER,
      role: "user",
      occurredAt: e.start,
      text: entryWords(e, who, currency),
      metadata: { line, toggl: kept },
    };
    // (the day's totals: time tracked, billable and billed, per project)
    const t: DayTally = tallies.get(key) ?? {
      key,
      title,
      day: e.day,
      who,
      first: null,
      last: null,
      lastTurnAt: e.start,
      seconds: 0,
      billableSeconds: 0,
      billableKnown: e.billable !== null,
      cents: 0,
      projects: new Map(),
    };
    tallies.set(key, t);
    if (e.timed) {
      t.first = t.first === null ? e.start : Math.min(t.first, e.start);
      const stop = e.end ?? e.start + e.seconds * 1000;
      t.last = t.last === null ? stop : Math.max(t.last, stop);
    }
    t.lastTurnAt = Math.max(t.lastTurnAt, e.start);
    t.seconds += e.seconds;
    if (e.billable) t.billableSeconds += e.seconds;
    if (t.cents !== null && e.amount) {
      const m = /^(-?)([\d,]+)(?:\.(\d{1,2}))?$/.exec(e.amount);
      t.cents = m ? t.cents + (m[1] ? -1 : 1) * (Number(m[2]!.replace(/,/g, "")) * 100 + Number((m[3] ?? "").padEnd(2, "0"))) : null;
    }
    const label = e.project ? `on ${e.project}${e.client ? ` (${e.client})` : ""}` : e.client ? `for ${e.client}` : "on no project";
    const part = t.projects.get(label) ?? { label, seconds: 0 };
    part.seconds += e.seconds;
    t.projects.set(label, part);
    read++;
    yield* notes.add(key, title, turn);
  }
  if (!columns) throw new ImportError(file, "line 1", "no header: not a Toggl Detailed report's CSV");
  if (!read) throw new ImportError(file, `line ${csv.lastLine() || 1}`, `${NO_TEXT}: a Toggl report with no time entries`);
  const currency = columns.amount?.currency ?? "";
  for (const t of tallies.values()) {
    yield* notes.add(t.key, t.title, {
      externalId: "day total",
      speaker: NOTE_SPEAKER,
      role: "user",
      // (after the day's last entry: its total is said last)
      occurredAt: Math.max(t.lastTurnAt + 1, t.last ?? 0),
      text: totalWords(t, currency),
      metadata: { toggl: { day: t.day, seconds: t.seconds, billableSeconds: t.billableSeconds, ...(t.cents ? { amount: (t.cents / 100).toFixed(2) } : {}) } },
    });
  }
  yield* notes.given();
}

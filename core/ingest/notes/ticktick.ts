/**
 * TickTick's backup of an account, as its web app writes it (Settings → Account → Generate backup:
 * `TickTick-backup-2026-11-13.csv`, every list's tasks and notes in one CSV). The file is CSV (RFC 4180,
 * parsed by csv-parse, streamed; csv-records.ts): a preamble of one quoted cell a line, `"Date:
 * 2026-11-13+0000"`, `"Version: 7.1"`, and the status legend, one quoted cell over four lines (`"Status:
 * \n0 Normal\n1 Completed\n2 Archived"`; Version 7.2's "0 Normal, -1 Abandoned, 2 Completed"), then the
 * header `"Folder Name","List Name","Title","Kind","Tags","Content","Is Check list","Start Date","Due
 * Date","Reminder","Repeat","Priority","Status","Created Time","Completed Time","Order","Timezone","Is All
 * Day","Is Floating","Column Name","Column Order","View Mode","taskId","parentId"` (Version 7.2 adds
 * "projectKind"), then a row per task or note, every cell quoted but an empty "Is All Day", "Column Name"
 * or "Column Order". A row's Kind is TEXT (a task), CHECKLIST (a task whose Content holds its items, a
 * line each opening "▫", or "▪" once checked; "Is Check list" Y) or NOTE (a note, its Content Markdown);
 * Status 0 open, 1 or 2 completed (with its "Completed Time"), -1 won't do; Priority 0 none, 1 low, 3
 * medium, 5 high; Tags "wedding, money"; Repeat an RRULE ("RRULE:FREQ=WEEKLY;INTERVAL=1;BYDAY=TU"); times
 * UTC instants, "2026-11-21T08:00:00+0000" (an all-day date is the user's midnight in UTC: 20 October in
 * London, in summer time, "2026-10-19T23:00:00+0000"), shown in the row's Timezone; a sub-task's parentId
 * its parent's taskId (24 hex digits). Checked against public importers of the backup
 * (go-vikunja/vikunja's migration/ticktick and its testdata, a reader of a Version 7.2 backup in a task
 * app, ticktickmd) and TickTick's API (all-day dates as the zone's midnight in UTC).
 *
 * Each list's tasks are read as a to-do note of the user's (format `note`, externalId
 * `ticktick:<folder>/<list>`, title the list's name): a task a paragraph in words ({@link taskWords}),
 * "Wedding to-do: Pay the venue balance, due 1 December 2026, high priority; tags: wedding, money. £4,200
 * to The Old Barn …", "… (done on 29 October 2026)" once completed, its checklist ("Checklist: Book the
 * registrar (done); Buy the rings."), a sub-task a paragraph right after its parent's, naming it
 * ("Wedding to-do: Renew Tom's passport (for Honeymoon), due 30 November 2026."); each named by its
 * taskId (turn externalId `task <taskId>`, so a later backup adds only the tasks new or changed) and of
 * the time it was completed, else made. Each note
 * (Kind NOTE) is a note of its own (`ticktick:note:<taskId>`, read as Markdown by note.ts `noteOf`,
 * titled by its title, of the time it was made). The rows are streamed: a note is given when read, a
 * list's tasks held until the file ends, or until {@link MAX_HELD_CHARS} are held (then the lists so far
 * are given and later rows of a list add to it: the same externalId).
 */
import { stat } from "node:fs/promises";
import ICAL from "ical.js";
import { humanDate } from "../../time/format.js";
import { inImportRange } from "../../time/import-dates.js";
import { type CsvColumns, cellOf, csvRecords, headerCells } from "../kit/csv-records.js";
import { recurrenceWords } from "./ics-words.js";
import { MAX_PARAGRAPH_CHARS, NOTE_SPEAKER, NO_TEXT, noteOrNone, splitLong } from "./note.js";
import { sentences } from "./todoist.js";
import { ImportError, type ParsedConversation, type ParsedTurn } from "../kit/types.js";

/** The columns of TickTick's backup, in its order (Version 7.2 adds "projectKind" after them; older ones lack some). */
export const TICKTICK_COLUMNS = [
  "Folder Name",
  "List Name",
  "Title",
  "Kind",
  "Tags",
  "Content",
  "Is Check list",
  "Start Date",
  "Due Date",
  "Reminder",
  "Repeat",
  "Priority",
  "Status",
  "Created Time",
  "Completed Time",
  "Order",
  "Timezone",
  "Is All Day",
  "Is Floating",
  "Column Name",
  "Column Order",
  "View Mode",
  "taskId",
  "parentId",
] as const;

/** A column of TickTick's backup. */
type Column = (typeof TICKTICK_COLUMNS)[number];

/** A cell of a row by one of TickTick's columns (csv-records.ts cellOf, typed so that a name not among them does not compile). */
const cell: (row: string[], columns: CsvColumns, column: Column) => string = cellOf;

/** Most characters of one CSV record (a task and its content): an unclosed quote is refused here, not read to the file's end into memory. */
export const MAX_RECORD_CHARS = 1024 * 1024;

/** Most characters of the lists' tasks held before the lists read so far are given (later rows of a list add to its note). */
export const MAX_HELD_CHARS = 8 * 1024 * 1024;

/** Records read for the header before the file is refused as no backup (the preamble is three records, six lines). */
const MAX_PREAMBLE_RECORDS = 12;

/** A line of the preamble TickTick writes before the header ("Date: 2026-11-13+0000", "Version: 7.1", "Status: …"), quoted or not. */
const PREAMBLE = /^"?(?:Date|Version|Status)\s*:/;

/** Whether a line (or a record's cells) is the backup's header: it names "List Name", "Title" and "Status" (Version 2.0's too). */
function isHeader(cells: readonly string[]): boolean {
  const names = cells.map((c) => c.trim());
  return names.includes("List Name") && names.includes("Title") && names.includes("Status");
}

/**
 * Whether a file's start (its text, a byte-order mark dropped) is TickTick's backup: it opens with the
 * preamble TickTick writes ("Date: 2026-11-13+0000", quoted) or with the header itself, and the header
 * (naming "List Name", "Title" and "Status") is among its first lines.
 */
export function isTickTickBackup(start: string): boolean {
  const lines = start.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/, MAX_PREAMBLE_RECORDS);
  const first = lines[0] ?? "";
  if (!PREAMBLE.test(first) && !isHeader(headerCells(first))) return false;
  return lines.some((l) => isHeader(headerCells(l)));
}

/** A row's time cell read: epoch ms, and whether it held a day only ("2026-06-18"). */
interface CellTime {
  at: number;
  dayOnly: boolean;
}

/** A time as TickTick writes one: "2026-11-21T08:00:00+0000" (or "+00:00", "Z", ".000"), "2026-11-21 08:00:00" (UTC), "2026-11-21" (a day). */
const TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

/** A time cell as epoch ms ({@link CellTime}); null for an empty cell, NaN's `at` for one that is no time. */
function timeOf(text: string): CellTime | null {
  const t = text.trim();
  if (!t) return null;
  const m = TIME.exec(t);
  if (!m) return { at: Number.NaN, dayOnly: false };
  const [, y, mo, d, h, mi, s, zone] = m;
  const offset = !zone || zone === "Z" ? 0 : (zone[0] === "-" ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2))) * 60_000;
  const at = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0)) - offset;
  return { at, dayOnly: h === undefined };
}

/** A task as the backup gives it, with its checklist, its sub-tasks and the row it is on. */
interface Task {
  id: string;
  parent: string;
  folder: string;
  list: string;
  title: string;
  kind: "TEXT" | "CHECKLIST" | "NOTE";
  tags: string[];
  /** Its Content's lines that are no checklist item. */
  description: string;
  items: Array<{ text: string; done: boolean }>;
  start: CellTime | null;
  due: CellTime | null;
  allDay: boolean | null;
  repeat: string;
  priority: number;
  /** 0 open, 1 or 2 completed, -1 won't do. */
  status: number;
  created: number | null;
  completed: number | null;
  zone: string;
  column: string;
  line: number;
  subtasks: Task[];
}

/** Whether `zone` is an IANA time zone this Node knows ("Europe/London"). */
function knownZone(zone: string): boolean {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** A checklist item's mark opening a line of Content: "▫" (U+25AB) or "☐" unchecked, "▪" (U+25AA), "☑" or "✓" checked. */
const ITEM = /^\s*([▫☐▪☑✓])\s*/u;

/** A checklist's Content split into its items (a line each; items run together on one line are split at each mark) and the lines that are no item. */
function checklistOf(content: string): { description: string; items: Task["items"] } {
  const items: Task["items"] = [];
  const rest: string[] = [];
  for (const raw of content.split(/\r\n|\r|\n/)) {
    if (!ITEM.test(raw)) {
      rest.push(raw);
      continue;
    }
    for (const piece of raw.split(/(?=[▫☐▪☑✓])/u)) {
      const mark = ITEM.exec(piece);
      const text = piece.replace(ITEM, "").replace(/\s+/g, " ").trim();
      if (mark && /[\p{L}\p{N}]/u.test(text)) items.push({ text, done: /[▪☑✓]/u.test(mark[1]!) });
    }
  }
  return { description: rest.join("\n"), items };
}

/** A zone's wall clock at `at` (epoch ms): its day (epoch ms of its midnight, UTC) and its hour and minute. */
function wallOf(at: number, zone: string): { day: number; hour: number; minute: number } {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: zone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(at));
  const n = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return { day: Date.UTC(n("year"), n("month") - 1, n("day")), hour: n("hour"), minute: n("minute") };
}

/**
 * The day an all-day date is, in the task's zone: the day whose midnight is nearest to it (TickTick
 * writes the zone's midnight in UTC, "2026-10-19T23:00:00+0000" for 20 October in London; a backup
 * that wrote the day's midnight in UTC for a zone west of it is the same day).
 */
function allDayOf(t: CellTime, zone: string): number {
  if (t.dayOnly) return t.at;
  const w = wallOf(t.at, zone);
  return w.hour >= 12 ? w.day + 86_400_000 : w.day;
}

const WEEKDAY = new Intl.DateTimeFormat("en-GB", { weekday: "long", timeZone: "UTC" });

/** A clock time as people say it: 9:00 → "9am", 14:30 → "2:30pm", 12:00 → "12pm". */
function clock(hour: number, minute: number): string {
  return `${hour % 12 === 0 ? 12 : hour % 12}${minute ? `:${String(minute).padStart(2, "0")}` : ""}${hour < 12 ? "am" : "pm"}`;
}

/** Whether a task's dates are all-day: as "Is All Day" says, else when its times are midnight in its zone. */
function isAllDay(task: Task): boolean {
  if (task.allDay !== null) return task.allDay;
  const times = [task.start, task.due].filter((t): t is CellTime => t !== null);
  return times.every((t) => t.dayOnly || (wallOf(t.at, task.zone).hour === 0 && wallOf(t.at, task.zone).minute === 0));
}

/**
 * When a task is, in words, in its zone: "due 1 December 2026" (all day), "due Tuesday 17 November 2026
 * at 7pm", "on Wednesday 25 November 2026 from 8am to 1pm" (a start and an end), "from 21 December 2026 to
 * 28 December 2026" (days), a repeating one how it repeats ("every Tuesday at 7pm"); "" for none.
 */
function whenWords(task: Task): string {
  const due = task.due ?? task.start;
  if (!due) return "";
  const allDay = isAllDay(task);
  const start = task.start && task.due && task.start.at < task.due.at ? task.start : null;
  if (task.repeat) {
    const rule = task.repeat
      .split(/\r\n|\r|\n/)[0]!
      .replace(/^RRULE:/i, "")
      .trim();
    let repeats = "repeating";
    try {
      const from = ICAL.Time.fromJSDate(new Date((start ?? due).at), true);
      repeats = recurrenceWords(ICAL.Recur.fromString(rule), from, task.zone);
    } catch {
      repeats = "repeating";
    }
    if (allDay) return repeats;
    const w = wallOf((start ?? due).at, task.zone);
    return `${repeats} at ${clock(w.hour, w.minute)}`;
  }
  if (allDay) {
    const last = allDayOf(due, task.zone);
    const first = start ? allDayOf(start, task.zone) : last;
    return first < last ? `from ${humanDate(first)} to ${humanDate(last)}` : `due ${humanDate(last)}`;
  }
  const end = wallOf(due.at, task.zone);
  const dayWords = (day: number) => `${WEEKDAY.format(day)} ${humanDate(day)}`;
  if (!start) return `due ${dayWords(end.day)} at ${clock(end.hour, end.minute)}`;
  const from = wallOf(start.at, task.zone);
  return from.day === end.day
    ? `on ${dayWords(from.day)} from ${clock(from.hour, from.minute)} to ${clock(end.hour, end.minute)}`
    : `from ${dayWords(from.day)} at ${clock(from.hour, from.minute)} to ${dayWords(end.day)} at ${clock(end.hour, end.minute)}`;
}

/** A task's title without the full stop or comma closing it, to be told in a sentence. */
function bare(title: string): string {
  return title.replace(/[\s.;,:]+$/, "");
}

/** TickTick's priorities in words (0, none, is not said). */
const PRIORITIES: Readonly<Record<number, string>> = { 1: "low priority", 3: "medium priority", 5: "high priority" };

/**
 * A task's first sentence: its title, then whether it is done ("(done on 29 October 2026)", "(won't
 * do)"), when it is while open ({@link whenWords}), its priority and tags ("Pay the venue balance, due
 * 1 December 2026, high priority; tags: wedding, money").
 */
function taskHead(task: Task, parent: Task | null): string {
  const done = task.status === 1 || task.status === 2;
  const state = done ? ` (done${task.completed !== null ? ` on ${humanDate(task.completed)}` : ""})` : task.status === -1 ? " (won't do)" : "";
  const open = !done && task.status !== -1;
  const parts = [...(open && whenWords(task) ? [whenWords(task)] : []), ...(open && PRIORITIES[task.priority] ? [PRIORITIES[task.priority]!] : [])];
  const tags = task.tags.length ? `; tag${task.tags.length > 1 ? "s" : ""}: ${task.tags.join(", ")}` : "";
  // (a title asking a question is told in quotes: what the task is about, no question the note asks)
  const title = /\?$/.test(task.title) ? `“${task.title}”` : bare(task.title);
  const of = parent ? ` (for ${/\?$/.test(parent.title) ? `“${parent.title}”` : bare(parent.title)})` : "";
  return `${title}${of}${state}${parts.length ? `, ${parts.join(", ")}` : ""}${tags}`;
}

/** A task's description and checklist as sentences ("Take a photo of each one. Checklist: Gas; Electric (done)."); "" for none. */
function bodyWords(task: Task): string {
  const items = task.items.map((it) => `${bare(it.text)}${it.done ? " (done)" : ""}`);
  return [sentences(task.description), ...(items.length ? [`Checklist: ${items.join("; ")}.`] : [])].filter(Boolean).join(" ");
}

/** "To do: …" in the Inbox, "<List> to-do: …" in a list of another name (a task's list names what it is for). */
function lead(task: Task): string {
  return !task.list || /^inbox$/i.test(task.list) ? "To do" : `${task.list} to-do`;
}

/**
 * A task as its note's paragraph: "Wedding to-do: Pay the venue balance, due 1 December 2026, high
 * priority; tags: wedding, money. £4,200 to …" ({@link lead}, {@link taskHead}, then its description and
 * checklist as sentences); a sub-task told under its parent, its parent's title leading it as a
 * section's does ("Honeymoon to-do: Renew Tom's passport, due 30 November 2026. It expires …").
 */
function taskWords(task: Task, parent: Task | null): string {
  const head = `${lead(task)}: ${taskHead(task, parent)}`;
  return [/[!?”]$/.test(head) ? head : `${head}.`, bodyWords(task)].filter(Boolean).join(" ");
}

/** What a task's turn keeps of it besides its words (its turn's metadata `ticktick`). */
function taskMetadata(task: Task): Record<string, unknown> {
  const iso = (t: CellTime | number | null) => (t === null ? null : new Date(typeof t === "number" ? t : t.at).toISOString());
  const all: Record<string, unknown> = {
    id: task.id,
    folder: task.folder,
    list: task.list,
    kind: task.kind,
    tags: task.tags,
    priority: task.priority,
    status: task.status,
    start: iso(task.start),
    due: iso(task.due),
    completed: iso(task.completed),
    repeat: task.repeat,
    column: task.column,
    parent: task.parent,
    subtasks: task.subtasks.length,
  };
  return Object.fromEntries(Object.entries(all).filter(([, v]) => v !== null && v !== "" && v !== 0 && !(Array.isArray(v) && v.length === 0)));
}

/** A list's tasks being gathered: its folder and name, its tasks by id (for their sub-tasks), its tasks in order. */
interface HeldList {
  folder: string;
  name: string;
  byId: Map<string, Task>;
  tasks: Task[];
}

/** A list's key: `ticktick:<folder>/<list>`, or `ticktick:<list>` for a list in no folder (the Inbox). */
function listKey(folder: string, list: string): string {
  return `ticktick:${folder ? `${folder}/` : ""}${list}`;
}

/**
 * A list's tasks as its note (format `note`, externalId {@link listKey}, title the list's name): each
 * task a paragraph ({@link taskWords}; turn externalId `task <taskId>`, of the time it was completed,
 * else made, else `at`), its sub-tasks' right after it, theirs after each (a sub-task whose parent is
 * not in the list, or that is its own parent's parent, a task of its own); null for a list with no task.
 */
function listNote(list: HeldList, at: number): ParsedConversation | null {
  const top: Task[] = [];
  for (const t of list.tasks) {
    const parent = t.parent && t.parent !== t.id ? list.byId.get(t.parent) : undefined;
    if (parent && !within(parent, t, list)) parent.subtasks.push(t);
    else top.push(t);
  }
  const turns: ParsedTurn[] = [];
  const say = (t: Task, parent: Task | null): void => {
    const text = taskWords(t, parent);
    const pieces = text.length > MAX_PARAGRAPH_CHARS ? splitLong(text) : [text];
    const metadata = { line: t.line, ticktick: taskMetadata(t) };
    for (const piece of pieces)
      turns.push({
        externalId: t.id ? `task ${t.id}` : null,
        speaker: NOTE_SPEAKER,
        role: "user",
        occurredAt: t.completed ?? t.created ?? at,
        text: piece,
        metadata,
      });
    for (const sub of t.subtasks) say(sub, t);
  };
  for (const t of top) say(t, null);
  if (!turns.length) return null;
  return {
    format: "note",
    externalId: listKey(list.folder, list.name),
    title: list.name,
    participants: [NOTE_SPEAKER],
    startedAt: Math.min(...turns.map((t) => t.occurredAt)),
    turns,
    records: "log",
  };
}

/** Whether `task` is `parent` or above it (parent's parents within the list): a loop of parentIds is broken there. */
function within(parent: Task, task: Task, list: HeldList): boolean {
  const seen = new Set<string>();
  for (let p: Task | undefined = parent; p && !seen.has(p.id); p = p.parent ? list.byId.get(p.parent) : undefined) {
    if (p === task) return true;
    seen.add(p.id);
  }
  return false;
}

/** The day the preamble's "Date: 2026-11-13+0000" names, at noon UTC; null when it names none. */
function backupDay(cells: readonly string[]): number | null {
  const m = /^\s*Date:\s*(\d{4})-(\d{2})-(\d{2})/.exec(cells[0] ?? "");
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12) : null;
}

/**
 * Reads `file`, TickTick's backup (UTF-8, streamed through csv-parse), as the user's notes: each list's
 * tasks one to-do note ({@link listNote}: format `note`, externalId `ticktick:<folder>/<list>`, title the
 * list's name; each task with its checklist and sub-tasks a paragraph named `task <taskId>`, of the time it
 * was completed, else made), given when the file ends (or past {@link MAX_HELD_CHARS}); each note (Kind
 * NOTE) a note of its own as soon as it is read (externalId `ticktick:note:<taskId>`, title its title, read
 * as Markdown, of the time it was made). Turn metadata of a task: `{ line, ticktick: { id, folder, list,
 * kind, tags, priority, status, start, due, completed, repeat, column, subtasks } }` (times ISO 8601); of a
 * note's paragraph `{ line, ticktick: { id, folder, list, kind: "NOTE", tags } }`. Rows with no title nor
 * content, reminders, the order and the view are not read.
 * @throws ImportError naming the file and where: no header among the first records (`line N: no header:
 *   not a TickTick backup …`), a header without "List Name" or "Title", a Kind other than TEXT, CHECKLIST
 *   or NOTE, a Status other than -1, 0, 1 or 2, a Priority that is no whole number, a Start Date, Due Date,
 *   Created Time or Completed Time that is no time (`line N: "Due Date" "soon": …`), the CSV's own faults
 *   (an unclosed or stray quote, a record over {@link MAX_RECORD_CHARS} characters: the line csv-parse
 *   stopped at), invalid UTF-8 (its line and byte), or a backup with no task nor note (`line N: the note
 *   has no text: …`, passed over in a folder).
 */
export async function* parseTickTick(
  file: string,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {},
): AsyncGenerator<ParsedConversation> {
  const info = await stat(file);
  const csv = csvRecords(file, info.size, MAX_RECORD_CHARS, opts.onProgress);
  let columns: CsvColumns | null = null;
  let preamble = 0;
  let written: number | null = null;
  let lists = new Map<string, HeldList>();
  let held = 0;
  let given = 0;
  const giveLists = function* (at: number): Generator<ParsedConversation> {
    for (const list of lists.values()) {
      const note = listNote(list, at);
      if (note) {
        given++;
        yield note;
      }
    }
    lists = new Map<string, HeldList>();
    held = 0;
  };
  for await (const { cells: record, line } of csv.records) {
    if (!columns) {
      if (isHeader(record)) {
        columns = new Map(record.map((name, i) => [name.trim(), i]));
        continue;
      }
      written ??= backupDay(record);
      if (++preamble >= MAX_PREAMBLE_RECORDS)
        throw new ImportError(file, `line ${line}`, `no header: not a TickTick backup (its header is "${TICKTICK_COLUMNS.join('","')}")`);
      continue;
    }
    const row = record;
    if (row.every((c) => !c.trim())) continue;
    const at = written ?? Math.floor(info.mtimeMs);
    const task = taskOf(file, line, row, columns);
    if (!task) continue;
    if (task.kind === "NOTE") {
      const note = await noteOfRow(file, task, at);
      if (note) {
        given++;
        yield note;
      }
      continue;
    }
    const key = listKey(task.folder, task.list);
    const list: HeldList = lists.get(key) ?? { folder: task.folder, name: task.list, byId: new Map(), tasks: [] };
    lists.set(key, list);
    list.tasks.push(task);
    if (task.id) list.byId.set(task.id, task);
    held += row.reduce((n, c) => n + c.length, 0) + 256;
    if (held > MAX_HELD_CHARS) yield* giveLists(at);
  }
  if (!columns)
    throw new ImportError(file, `line ${Math.max(1, csv.lastLine())}`, `no header: not a TickTick backup (its header is "${TICKTICK_COLUMNS.join('","')}")`);
  yield* giveLists(written ?? Math.floor(info.mtimeMs));
  // (in a folder, passed over as a note with no text is: import-check.ts isEmptyNote)
  if (given === 0) throw new ImportError(file, `line ${csv.lastLine()}`, `${NO_TEXT}: a TickTick backup with no tasks or notes`);
}

/**
 * A note (Kind NOTE) as a note of its own: its title a heading, its Content Markdown (note.ts `noteOf`),
 * of the time it was made (else `at`, the backup's day); null for one with no words.
 */
async function noteOfRow(file: string, task: Task, at: number): Promise<ParsedConversation | null> {
  const title =
    task.title ||
    task.description
      .split(/\r\n|\r|\n/)
      .find((l) => /[\p{L}\p{N}]/u.test(l))
      ?.trim() ||
    "Note";
  const lines = [`# ${title}`, "", ...task.description.split(/\r\n|\r|\n/)];
  const key = task.id ? `ticktick:note:${task.id}` : `ticktick:note:${listKey(task.folder, task.list).slice("ticktick:".length)}/${title}`;
  const note = await noteOrNone(file, lines, task.created ?? at, key, title);
  if (!note) return null;
  const meta = Object.fromEntries(
    Object.entries({ id: task.id, folder: task.folder, list: task.list, kind: "NOTE", tags: task.tags }).filter(
      ([, v]) => v !== "" && !(Array.isArray(v) && v.length === 0),
    ),
  );
  return { ...note, title, turns: note.turns.map((t) => ({ ...t, metadata: { ...t.metadata, ticktick: meta } })), records: "log" };
}

/**
 * A row of the backup (at `line`) as a task or a note, validated; null for one with no title nor content.
 * @throws ImportError naming the line and the column: a Kind, Status or Priority not as TickTick writes
 *   one, a time that is no time.
 */
function taskOf(file: string, line: number, row: string[], columns: CsvColumns): Task | null {
  const kindCell = cell(row, columns, "Kind").toUpperCase();
  if (kindCell && kindCell !== "TEXT" && kindCell !== "CHECKLIST" && kindCell !== "NOTE")
    throw new ImportError(file, `line ${line}`, `Kind ${JSON.stringify(cell(row, columns, "Kind"))}: expected TEXT, CHECKLIST or NOTE`);
  const checklist = kindCell === "CHECKLIST" || /^(?:y|yes|true)$/i.test(cell(row, columns, "Is Check list"));
  const kind = kindCell === "NOTE" ? "NOTE" : checklist ? "CHECKLIST" : "TEXT";
  const statusCell = cell(row, columns, "Status");
  if (statusCell && !/^(?:-1|0|1|2)$/.test(statusCell))
    throw new ImportError(file, `line ${line}`, `Status ${JSON.stringify(statusCell)}: expected 0 (normal), 1 or 2 (completed) or -1 (won't do)`);
  const priorityCell = cell(row, columns, "Priority");
  if (priorityCell && !/^-?\d+$/.test(priorityCell))
    throw new ImportError(file, `line ${line}`, `Priority ${JSON.stringify(priorityCell)}: expected 0 (none), 1 (low), 3 (medium) or 5 (high)`);
  const time = (column: "Start Date" | "Due Date" | "Created Time" | "Completed Time"): CellTime | null => {
    const t = timeOf(cell(row, columns, column));
    if (t && !inImportRange(t.at))
      throw new ImportError(
        file,
        `line ${line}`,
        `"${column}" ${JSON.stringify(cell(row, columns, column))}: expected a time such as 2026-11-21T08:00:00+0000`,
      );
    return t;
  };
  const start = time("Start Date");
  const due = time("Due Date");
  const created = time("Created Time");
  const completed = time("Completed Time");
  const content = row[columns.get("Content") ?? -1] ?? "";
  const { description, items }: { description: string; items: Task["items"] } =
    kind === "CHECKLIST" ? checklistOf(content) : { description: content, items: [] };
  const title = cell(row, columns, "Title").replace(/\s+/g, " ").trim();
  if (!/[\p{L}\p{N}]/u.test(title) && !/[\p{L}\p{N}]/u.test(content)) return null;
  const zone = cell(row, columns, "Timezone");
  const allDay = cell(row, columns, "Is All Day").toLowerCase();
  return {
    id: cell(row, columns, "taskId"),
    parent: cell(row, columns, "parentId"),
    folder: cell(row, columns, "Folder Name").replace(/\s+/g, " "),
    list: cell(row, columns, "List Name").replace(/\s+/g, " ") || "Inbox",
    title: title || (kind === "NOTE" ? "" : "Untitled task"),
    kind,
    tags: cell(row, columns, "Tags")
      .split(/[,;]/)
      .map((t) => t.trim().replace(/^#/, ""))
      .filter(Boolean),
    description,
    items,
    start,
    due,
    allDay: allDay === "true" ? true : allDay === "false" ? false : null,
    repeat: cell(row, columns, "Repeat"),
    priority: priorityCell ? Number(priorityCell) : 0,
    status: statusCell ? Number(statusCell) : completed ? 2 : 0,
    created: created?.at ?? null,
    completed: completed?.at ?? null,
    zone: knownZone(zone) ? zone : "UTC",
    column: cell(row, columns, "Column Name"),
    line,
    subtasks: [],
  };
}

/**
 * Todoist's CSV of a project: a project's "…" menu → "Export as a template" (`Home.csv`), or the
 * backups Todoist keeps of an account (Settings → Backups: a zip of one CSV per project, named after
 * it and its id, `Home [6Jf8VQXxpwv56VQ7].csv`, the Inbox's `Inbox.csv`). The file is CSV (RFC 4180,
 * parsed by csv-parse, streamed): a header `TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT,AUTHOR,
 * RESPONSIBLE,DATE,DATE_LANG,TIMEZONE,DURATION,DURATION_UNIT,DEADLINE,DEADLINE_LANG` (older exports
 * end at TIMEZONE, newer ones have IS_COLLAPSED after DESCRIPTION), a `meta` row (`view_style=list`),
 * then a row per task (`task`), section (`section`) or comment (`note`, on the task in the row above),
 * a row of empty cells after each task with its comments. A task's CONTENT is its name with its labels
 * typed in it ("MOT for the Golf @car"), PRIORITY 1 its highest (p1) to 4 none, INDENT 1 a task and 2–5
 * a sub-task of the task above, DATE its due date as the user typed it in DATE_LANG ("27 Nov",
 * "tomorrow at 9am", "every tue at 7pm", "every! 2 months": repeating from when it is done), DEADLINE a
 * day, AUTHOR and RESPONSIBLE a person as "Hannah (41872305)"; a task named "* …" has no checkbox (a
 * line of words). A comment's DATE is when it was posted. Format:
 * https://todoist.com/help/articles/format-a-csv-file-to-import-into-todoist-UVUXTmm6.
 *
 * The project is read as a to-do note of the user's (note.ts `noteOf`), of the day the file was last
 * modified: a task is "To do: …", its section names it ("Car to-do: MOT for the Golf, due 27 November
 * 2026, priority 1."), its description, comments and sub-tasks are told with it, a due date in words
 * (a day of the year the file was written when it names none, a relative one from that day), a
 * repeating one as repeating ("every Tuesday at 7pm").
 */
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import * as chrono from "chrono-node";
import { humanDate } from "../../time/format.js";
import { utcDay } from "../../time/import-dates.js";
import { csvRecords, headerCells, cellOf as cellOfColumn, type CsvColumns } from "../kit/csv-records.js";
import { NO_TEXT, noteOf } from "./note.js";
import { ImportError, type ParsedConversation } from "../kit/types.js";

/** The columns of Todoist's CSV, in its order (older exports end at TIMEZONE; newer ones have IS_COLLAPSED after DESCRIPTION). */
export const TODOIST_COLUMNS = [
  "TYPE",
  "CONTENT",
  "DESCRIPTION",
  "PRIORITY",
  "INDENT",
  "AUTHOR",
  "RESPONSIBLE",
  "DATE",
  "DATE_LANG",
  "TIMEZONE",
  "DURATION",
  "DURATION_UNIT",
  "DEADLINE",
  "DEADLINE_LANG",
] as const;

/** A column of Todoist's CSV. */
type Column = (typeof TODOIST_COLUMNS)[number];

/** A cell of a row by one of Todoist's columns (csv-records.ts cellOf, typed so that a name not among them does not compile). */
const cellOf: (row: string[], columns: CsvColumns, column: Column) => string = cellOfColumn;

/** Most characters of one CSV record (a task and its cells): an unclosed quote is refused here, not read to the file's end into memory. */
export const MAX_RECORD_CHARS = 1024 * 1024;

/** Most characters of a project's tasks held until its end (a project holds a few hundred tasks at most, Todoist's limit). */
export const MAX_PROJECT_CHARS = 8 * 1024 * 1024;

/**
 * Whether a file's start (its text, a byte-order mark dropped) is Todoist's CSV: its first line a
 * header that opens "TYPE,CONTENT" and names "PRIORITY" and "INDENT", as Todoist writes them.
 */
export function isTodoistCsv(start: string): boolean {
  const cells = headerCells(start);
  return cells[0] === "TYPE" && cells[1] === "CONTENT" && cells.includes("PRIORITY") && cells.includes("INDENT");
}

/**
 * A project's name from its file's name: without ".csv" and the id a backup puts after it ("Home
 * [6Jf8VQXxpwv56VQ7].csv" → "Home", "Work [220474322].csv" → "Work").
 */
export function projectName(file: string): string {
  return (
    basename(file)
      .replace(/\.csv$/i, "")
      .replace(/\s*\[[A-Za-z0-9]+\]$/, "")
      .trim() || basename(file)
  );
}

/** A person as Todoist writes them, "Dan Okoro (41990127)", by their name ("Dan Okoro"); "" for none. */
function personName(cell: string): string {
  return cell.replace(/\s*\(\d+\)\s*$/, "").trim();
}

/** A clock time as people say it: 9:00 → "9am", 21:30 → "9:30pm", 12:00 → "12pm", 0:15 → "12:15am". */
function clock(hour: number, minute: number): string {
  const h = hour % 12 === 0 ? 12 : hour % 12;
  return `${h}${minute ? `:${String(minute).padStart(2, "0")}` : ""}${hour < 12 ? "am" : "pm"}`;
}

/** Day and month names as Todoist's dates abbreviate them ("tue", "thurs", "sept"), by their full names. */
const NAMES: Readonly<Record<string, string>> = {
  mon: "Monday",
  tue: "Tuesday",
  tues: "Tuesday",
  wed: "Wednesday",
  weds: "Wednesday",
  thu: "Thursday",
  thur: "Thursday",
  thurs: "Thursday",
  fri: "Friday",
  sat: "Saturday",
  sun: "Sunday",
  jan: "January",
  feb: "February",
  mar: "March",
  apr: "April",
  jun: "June",
  jul: "July",
  aug: "August",
  sep: "September",
  sept: "September",
  oct: "October",
  nov: "November",
  dec: "December",
};
/** A day's or a month's name, whole or abbreviated ("tue", "Tuesday", "sept"); "may" only beside a number ("14 may"). */
const NAMED =
  /\b(?:mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|june|july|august|september|october|november|december)\b|(?<=\d(?:st|nd|rd|th)?\s)may\b|\bmay(?=\s\d)/gi;

/** `text` with its days and months named in full and capitalised ("every tue at 7pm" → "every Tuesday at 7pm"). */
function namesInFull(text: string): string {
  return text.replace(NAMED, (w) => NAMES[w.toLowerCase()] ?? `${w[0]!.toUpperCase()}${w.slice(1).toLowerCase()}`);
}

/** A repeating due date in English ("every monday", "ev! 2 weeks", "daily at 9am", "every other thu"). */
const REPEATING = /(?:^|\s)(?:every|ev|each|after every)!?(?=\s|$)|\b(?:daily|weekly|fortnightly|monthly|quarterly|yearly|annually)\b/i;
/** Todoist's "every!" (or "ev!"): repeating from when the task is done, not from its date. */
const FROM_DONE = /(?:^|\s)(?:every|ev)!/i;

/**
 * A due date or deadline as Todoist writes it (`text`, typed in `lang`), in words: a repeating one as
 * repeating, its days and months named in full ("every Tuesday at 7pm"; "every! 2 months" → "every 2
 * months, counted from when it is done"; "every last day" → "every last day of the month"); one day,
 * when chrono-node reads the whole of it in English, as that day ("27 Nov" → "27 November 2026", of
 * the year nearest to `at`, the time the file was written, as Todoist leaves out the year it is;
 * "tomorrow at 9am" → "21 November 2026 at 9am", from `at`), else the words as typed. A date typed in
 * another language than English is kept as typed. Null for none.
 */
export function dueInWords(text: string, lang: string, at: number): { words: string; repeating: boolean; day: number | null } | null {
  const typed = text.trim().replace(/\s+/g, " ");
  if (!typed) return null;
  if (lang && !/^en\b/i.test(lang)) return { words: typed, repeating: false, day: null };
  if (REPEATING.test(typed)) {
    const words = namesInFull(typed.replace(/(^|\s)(?:every|ev)!?(?=\s|$)/gi, "$1every").replace(/^every last day$/i, "every last day of the month"));
    return { words: FROM_DONE.test(typed) ? `${words}, counted from when it is done` : words, repeating: true, day: null };
  }
  // (a date with slashes may be day first or month first: kept as typed)
  const [read] = /\d\/\d/.test(typed) ? [] : chrono.en.GB.parse(typed, { instant: new Date(at), timezone: 0 });
  if (!read || read.index > 0 || read.text.length < typed.replace(/[\s,.]+$/, "").length) return { words: namesInFull(typed), repeating: false, day: null };
  const day = Date.UTC(read.start.get("year")!, read.start.get("month")! - 1, read.start.get("day")!);
  const time = read.start.isCertain("hour") ? ` at ${clock(read.start.get("hour")!, read.start.get("minute") ?? 0)}` : "";
  return { words: `${humanDate(day)}${time}`, repeating: false, day: utcDay(day) };
}

/** A Todoist label typed in a task's name ("@car", "@waiting_on"), after a space or at its start. */
const LABEL = /(^|\s)@([\p{L}\p{N}_.-]+)/gu;
/** An attachment in a comment, as Todoist writes it: `[[file {"file_name": "MOT.pdf", …}]]` or `[[file https://… "MOT.pdf"]]`. */
const ATTACHMENT = /\[\[file\s+(\{.*?\}|\S+(?:\s+"[^"]*")?)\s*\]\]/g;

/** A comment's attachment by its file's name ("(attached: MOT.pdf)"), from Todoist's JSON or its link and name. */
function attachmentWords(spec: string): string {
  let name: unknown = null;
  if (spec.startsWith("{")) {
    try {
      name = (JSON.parse(spec) as { file_name?: unknown }).file_name;
    } catch {
      name = null;
    }
  } else name = /"([^"]*)"$/.exec(spec)?.[1] ?? spec.split("/").pop();
  return typeof name === "string" && name.trim() ? `(attached: ${name.trim()})` : "(an attachment)";
}

/** A list's item or a heading opening a line of a description or a comment ("- ", "- [ ] ", "1. ", "## "): group 1 a list's mark. */
const LINE_MARK = /^(?:([-*+•]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+)|#{1,6}\s+)/;

/** A sentence's end, or a colon or a closing bracket or quote after which none is added. */
const ENDED = /[.!?…:;)"”’]$/;

/**
 * A cell's words as sentences on one line: each line trimmed and ended with a full stop when it has
 * none ("Booked at Kwik Fit\nReg WK19 HXD" → "Booked at Kwik Fit. Reg WK19 HXD."), a list's items
 * one sentence after the line before them ("Raised beds by the shed\n- carrots\n- leeks" → "Raised
 * beds by the shed: carrots; leeks."), an attachment by its file's name. A Trello card's description
 * and comments are told so too (trello.ts).
 */
export function sentences(text: string): string {
  const out: string[] = [];
  // (how the last sentence ends: a list's item, still open for the next; a line whose full stop was added here, open for a list after it)
  let last: "item" | "open" | "closed" = "closed";
  for (const raw of text.replace(ATTACHMENT, (_all, spec: string) => attachmentWords(spec)).split(/\r?\n|\r/)) {
    const mark = LINE_MARK.exec(raw.trim());
    const line = raw.trim().replace(LINE_MARK, "").trim();
    if (!/[\p{L}\p{N}]/u.test(line)) continue;
    if (mark?.[1]) {
      const item = line.replace(/[.;,]+$/, "");
      if (last === "closed") out.push(`${item}.`);
      else out[out.length - 1] = `${out.at(-1)!.slice(0, -1)}${last === "item" ? ";" : ":"} ${item}.`;
      last = "item";
    } else {
      out.push(ENDED.test(line) ? line : `${line}.`);
      last = ENDED.test(line) ? "closed" : "open";
    }
  }
  return out.join(" ");
}

/** A comment on a task: its words, who wrote it, when it was posted (as the export writes it), its row's line. */
interface Comment {
  text: string;
  author: string;
  postedAt: string;
  line: number;
}

/** A task as the export gives it, with its sub-tasks and comments. */
interface Task {
  /** Its name, its labels and a "* " without a checkbox taken out. */
  name: string;
  /** False for a task named "* …", which has no checkbox: a line of words. */
  checkbox: boolean;
  labels: string[];
  description: string;
  priority: number | null;
  indent: number;
  author: string;
  responsible: string;
  due: string;
  dueLang: string;
  deadline: string;
  deadlineLang: string;
  duration: string;
  section: string | null;
  line: number;
  comments: Comment[];
  subtasks: Task[];
}

/** A task's words as the note tells them: its name, due date, deadline, priority and who it is assigned to ("MOT for the Golf, due 27 November 2026, priority 1"). */
function taskHead(task: Task, owner: string, at: number): string {
  const due = dueInWords(task.due, task.dueLang, at);
  const deadline = dueInWords(task.deadline, task.deadlineLang, at);
  // (a due day that is its deadline is said once, as the deadline)
  const sameDay = due && deadline && due.day !== null && due.day === deadline.day && !/ at /.test(due.words);
  const parts = [
    task.name.replace(/[.;,]+$/, ""),
    ...(due && !sameDay ? [due.repeating ? due.words : `due ${due.words}`] : []),
    ...(deadline ? [`deadline ${deadline.words}`] : []),
    ...(task.priority !== null && task.priority < 4 ? [`priority ${task.priority}`] : []),
    ...(task.responsible && task.responsible !== owner ? [`assigned to ${task.responsible}`] : []),
  ];
  return parts.join(", ");
}

/** A task's comments as sentences: the owner's as "Comment: …", anyone else's as "Dan Okoro commented: “…”". */
function commentWords(task: Task, owner: string): string {
  return task.comments
    .map((c) => {
      const words = sentences(c.text);
      if (!words) return "";
      return c.author && c.author !== owner ? `${c.author} commented: “${words}”.` : `Comment: ${words}`;
    })
    .filter(Boolean)
    .join(" ");
}

/**
 * A sub-task told inside its parent's sentence: its words, then its description, comments and own
 * sub-tasks in brackets ("Get the sales figures from Dan, due 9 December 2026 (Comment: …)", "Order
 * seeds (Its sub-tasks: Heritage carrots, Leeks)").
 */
function subtaskWords(task: Task, owner: string, at: number): string {
  const head = task.checkbox ? taskHead(task, owner, at) : task.name;
  const inner = [sentences(task.description), commentWords(task, owner), subtasksWords(task, owner, at, true)].filter(Boolean).join(" ");
  return inner ? `${head} (${inner.replace(/\.$/, "")})` : head;
}

/**
 * A task's sub-tasks as one sentence ("Sub-tasks: Get the sales figures from Dan; Write the
 * summary."), a sub-task's own `nested` in it ("Its sub-tasks: Heritage carrots, Leeks."); "" for none.
 */
function subtasksWords(task: Task, owner: string, at: number, nested = false): string {
  if (!task.subtasks.length) return "";
  const items = task.subtasks.map((s) => subtaskWords(s, owner, at));
  return `${nested ? "Its sub-task" : "Sub-task"}${items.length > 1 ? "s" : ""}: ${items.join(nested ? ", " : "; ")}.`;
}

/**
 * A task with its sub-tasks as the note's paragraph: "To do: …" (under a section, "Car to-do: …"),
 * its due date and the rest ({@link taskHead}), then its description, comments and sub-tasks as
 * sentences; a task without a checkbox ("* Window cleaner is Gary") its words alone, after its
 * section's name ("House: Window cleaner is Gary").
 */
function taskParagraph(task: Task, owner: string, at: number): string {
  const head = task.checkbox
    ? `${task.section ? `${task.section} to-do` : "To do"}: ${taskHead(task, owner, at)}.`
    : `${task.section ? `${task.section}: ` : ""}${sentences(task.name)}`;
  return [head, sentences(task.description), commentWords(task, owner), subtasksWords(task, owner, at)].filter(Boolean).join(" ");
}

/** What a task's turn keeps of it besides its words (its turn's metadata `todoist`). */
function taskMetadata(task: Task): Record<string, unknown> {
  const all: Record<string, unknown> = {
    section: task.section,
    labels: task.labels,
    priority: task.priority,
    due: task.due,
    deadline: task.deadline,
    duration: task.duration,
    responsible: task.responsible,
    comments: task.comments.map((c) => ({ author: c.author, posted_at: c.postedAt, line: c.line })),
    subtasks: task.subtasks.length,
  };
  return Object.fromEntries(Object.entries(all).filter(([, v]) => v !== null && v !== "" && v !== 0 && !(Array.isArray(v) && v.length === 0)));
}

/** The person who wrote most of the project's tasks: its owner, whose comments and tasks are the user's ("" when the export names no one). */
function ownerOf(tasks: Task[]): string {
  const counts = new Map<string, number>();
  const walk = (t: Task): void => {
    if (t.author) counts.set(t.author, (counts.get(t.author) ?? 0) + 1);
    t.subtasks.forEach(walk);
  };
  tasks.forEach(walk);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
}

/**
 * Reads `file`, a Todoist project's CSV (UTF-8, streamed through csv-parse), as one note of the
 * user's tasks (format `note`, externalId the file's content key, so a copy of the same export adds
 * nothing; title the project's name, {@link projectName}), of the day the file was last modified:
 * each task with its sub-tasks, description and comments one turn said by the user ({@link
 * taskParagraph}), in the file's order. Turn metadata: `{ line, todoist: { section, labels,
 * priority, due, deadline, duration, responsible, comments, subtasks } }` (`line`: the task's row;
 * `due` and `deadline` as typed). `meta` rows and rows of empty cells are passed over; a comment with
 * no task above it is told as a line of its own; a sub-task with no task above it is a task.
 * @throws ImportError naming the file and where: a header without Todoist's "TYPE" or "CONTENT"
 *   column (`line 1`), a TYPE other than task, section, note or meta, a PRIORITY other than 1 to 4,
 *   an INDENT other than 1 to 9 (`line N: TYPE "x": …`), the CSV's own faults (an unclosed quote, a
 *   stray quote, a record over {@link MAX_RECORD_CHARS} characters: the line csv-parse stopped at),
 *   invalid UTF-8 (its line and byte), a project over {@link MAX_PROJECT_CHARS} characters, or a
 *   project with no task (`line N: the note has no text: a Todoist project with no tasks`, passed
 *   over in a folder).
 */
export async function parseTodoist(file: string, opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {}): Promise<ParsedConversation> {
  const info = await stat(file);
  const at = Math.floor(info.mtimeMs);
  const csv = csvRecords(file, info.size, MAX_RECORD_CHARS, opts.onProgress);
  let columns: CsvColumns | null = null;
  let held = 0;
  let section: string | null = null;
  const top: Task[] = [];
  // (the open task at each depth, for the sub-tasks under it; and the row a comment is on)
  const open: Task[] = [];
  let above: Task | null = null;
  for await (const { cells: record, line } of csv.records) {
    if (!columns) {
      columns = new Map(record.map((name, i) => [name.trim().toUpperCase(), i]));
      const missing = (["TYPE", "CONTENT"] as const).find((c) => !columns!.has(c));
      if (missing) throw new ImportError(file, `line ${line}`, `no "${missing}" column: not a Todoist export (its header is ${TODOIST_COLUMNS.join(",")})`);
      continue;
    }
    const row = record;
    const type = cellOf(row, columns, "TYPE");
    if (row.every((c) => !c.trim())) continue;
    held += row.reduce((n, c) => n + c.length, 0);
    if (held > MAX_PROJECT_CHARS)
      throw new ImportError(file, `line ${line}`, `the project holds over ${MAX_PROJECT_CHARS / 1024 / 1024} MiB of text, more than a Todoist project can`);
    const content = cellOf(row, columns, "CONTENT");
    if (type === "meta") continue;
    if (type === "section") {
      section = content.replace(/\s+/g, " ") || null;
      open.length = 0;
      above = null;
      continue;
    }
    if (type === "note") {
      const comment: Comment = { text: content, author: personName(cellOf(row, columns, "AUTHOR")), postedAt: cellOf(row, columns, "DATE"), line };
      if (above) above.comments.push(comment);
      else if (content) top.push(loneComment(comment, section));
      continue;
    }
    if (type !== "task") throw new ImportError(file, `line ${line}`, `TYPE ${JSON.stringify(type)}: expected task, section, note or meta`);
    const priorityCell = cellOf(row, columns, "PRIORITY");
    if (priorityCell && !/^[1-4]$/.test(priorityCell))
      throw new ImportError(file, `line ${line}`, `PRIORITY ${JSON.stringify(priorityCell)}: expected 1 (p1, the highest) to 4`);
    const indentCell = cellOf(row, columns, "INDENT");
    if (indentCell && !/^[1-9]$/.test(indentCell))
      throw new ImportError(file, `line ${line}`, `INDENT ${JSON.stringify(indentCell)}: expected 1 (a task) or more (a sub-task)`);
    const labels: string[] = [];
    const unchecked = /^\*\s+/.test(content);
    const name = content
      .replace(/^\*\s+/, "")
      .replace(LABEL, (_all, space: string, label: string) => {
        labels.push(label);
        return space;
      })
      .replace(/\s+/g, " ")
      .trim();
    if (!name) {
      above = null;
      continue;
    }
    const task: Task = {
      name,
      checkbox: !unchecked,
      labels,
      description: cellOf(row, columns, "DESCRIPTION"),
      priority: priorityCell ? Number(priorityCell) : null,
      indent: indentCell ? Number(indentCell) : 1,
      author: personName(cellOf(row, columns, "AUTHOR")),
      responsible: personName(cellOf(row, columns, "RESPONSIBLE")),
      due: cellOf(row, columns, "DATE"),
      dueLang: cellOf(row, columns, "DATE_LANG"),
      deadline: cellOf(row, columns, "DEADLINE"),
      deadlineLang: cellOf(row, columns, "DEADLINE_LANG"),
      duration: [cellOf(row, columns, "DURATION"), cellOf(row, columns, "DURATION_UNIT")].filter((c) => c && c !== "None").join(" "),
      section,
      line,
      comments: [],
      subtasks: [],
    };
    // (a sub-task hangs from the nearest open task above it, less indented; with none, it is a task)
    open.length = Math.min(open.length, task.indent - 1);
    const parent = open.at(-1);
    if (parent) parent.subtasks.push(task);
    else top.push(task);
    open.push(task);
    above = task;
  }
  if (!columns) throw new ImportError(file, "line 1", `no header: not a Todoist export (its header is ${TODOIST_COLUMNS.join(",")})`);
  if (!top.length) throw new ImportError(file, `line ${csv.lastLine()}`, `${NO_TEXT}: a Todoist project with no tasks`);
  const owner = ownerOf(top);
  // (each task a paragraph of a note, the note's line n the paragraph's 2n - 1: its turn is then told by its task)
  const lines = top.flatMap((t) => [taskParagraph(t, owner, at), ""]);
  const note = await noteOf(file, lines, at, undefined, null);
  const name = projectName(file);
  return {
    ...note,
    title: name,
    turns: note.turns.map((turn) => {
      const task = top[(Number(turn.metadata.line) - 1) / 2]!;
      return { ...turn, metadata: { ...turn.metadata, line: task.line, todoist: taskMetadata(task) } };
    }),
  };
}

/** A comment with no task above it (on the project, or after a section's name), as a line of words of its own. */
function loneComment(comment: Comment, section: string | null): Task {
  return {
    name: comment.text,
    checkbox: false,
    labels: [],
    description: "",
    priority: null,
    indent: 1,
    author: comment.author,
    responsible: "",
    due: "",
    dueLang: "",
    deadline: "",
    deadlineLang: "",
    duration: "",
    section,
    line: comment.line,
    comments: [],
    subtasks: [],
  };
}

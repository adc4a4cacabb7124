/**
 * Google Tasks as Google Takeout exports it (the unzipped Takeout folder's `Tasks/Tasks.json`): one
 * JSON object `{ "kind": "tasks#taskLists", "items": [ … ] }`, printed by Google's JSON writer
 * (`"kind" : "tasks#taskLists"`, two spaces a level), each task list `{ kind: "tasks#tasks", id,
 * title, updated, items?: [tasks] }` (a list with no task has no `items`), each task `{ kind:
 * "tasks#task", id, title, notes?, status: "needsAction" | "completed", due?, updated, completed?,
 * deleted?, hidden?, parent?, position, links?, selfLink, … }`: the Tasks API's resources
 * (developers.google.com/tasks/reference/rest/v1/tasks; the file as importers of Takeout read it,
 * n9v9/google-tasks-to-tasks-org, a Takeout-to-Evernote converter's sample task). Times are RFC 3339;
 * `due` holds a day only (Google Tasks keeps no due time): midnight UTC, or the user's midnight in UTC
 * ("2026-12-13T22:00:00.000Z" for 14 December in UTC+2, as some Takeout files hold it), so a due is
 * the day whose midnight is nearest to it. A sub-task names its parent's id (`parent`); `position`
 * orders the tasks under one parent (strings compared); `hidden` is a completed task cleared from
 * the list, `deleted` one deleted.
 *
 * Each task list is read as a to-do note would be (note.ts `noteOf`): titled by the list's title, a
 * task a paragraph of its own, "To do: Boiler service, due 14 December 2026." while it is open and
 * "To do: Bleed the radiators (done)." once completed (a cleared one too), its notes the lines after it, its
 * sub-tasks after them, each told with its parent ("To do for Q1 budget review: Get headcount numbers
 * from Sophie in HR."). The note is of the time the list was last updated (`updated`), each task's
 * paragraph of the time the task (or a sub-task of it) was (its notes' "starts 28 November", written
 * on 21 November, is that November). Deleted tasks are passed over, so is a list with no task left (a
 * sub-task whose parent is deleted, which Google Tasks deletes with it, is a task of its own); links
 * (the email a task was made from) are not read. The lists are streamed (json-stream.ts `arrayAt`),
 * so memory holds one list at a time.
 */
import { humanDate } from "../../time/format.js";
import { inImportRange, isoToMs } from "../../time/import-dates.js";
import { streamJsonArray } from "../kit/json-stream.js";
import { NO_TEXT, noteOrNone } from "./note.js";
import { ImportError, type ParsedConversation } from "../kit/types.js";
import { describeValue } from "../kit/validate.js";

/** The start of Takeout's Tasks.json: an object whose first member is its `kind`, "tasks#taskLists". */
const EXPORT_START = /^\{\s*"kind"\s*:\s*"tasks#taskLists"/;

/** Whether `head` (a file's start, white space trimmed) is Google Takeout's Tasks.json: an object whose first member is `"kind": "tasks#taskLists"`. */
export function isGoogleTasksExport(head: string): boolean {
  return EXPORT_START.test(head);
}

/** A day in milliseconds. */
const DAY_MS = 86_400_000;

/** What Tasks.json says of a task list (the fields read here). */
interface TaskListJson {
  id?: unknown;
  title?: unknown;
  updated?: unknown;
  items?: unknown;
}

/** What Tasks.json says of a task (the fields read here). */
interface TaskJson {
  id?: unknown;
  title?: unknown;
  notes?: unknown;
  status?: unknown;
  due?: unknown;
  updated?: unknown;
  deleted?: unknown;
  hidden?: unknown;
  parent?: unknown;
  position?: unknown;
}

/** A task of a list as it is told: its words, whether it is done, its due day (epoch ms, midnight UTC), when it was last updated (epoch ms; null when not said), its notes' lines, its parent's id and its place. */
export interface GoogleTask {
  id: string;
  title: string;
  done: boolean;
  due: number | null;
  updated: number | null;
  notes: string[];
  parent: string | null;
  position: string;
}

/**
 * The day a task is due (epoch ms of its midnight, UTC), from its `due` (RFC 3339): the midnight
 * nearest to it, as Google Tasks keeps a day and no time ("2026-12-14T00:00:00.000Z" and
 * "2026-12-13T22:00:00.000Z", the user's midnight in UTC+2, are 14 December); NaN when `due` is no time.
 */
export function dueDay(due: string): number {
  const at = isoToMs(due);
  return Number.isNaN(at) ? Number.NaN : Math.round(at / DAY_MS) * DAY_MS;
}

/**
 * A task of a list (`where`: `items[i].items[j]`) validated: null for a deleted one (not validated
 * further), or one with no words (no title and no notes).
 * @throws ImportError naming the task and its field: no object, an id or a parent that is no string, a
 *   title or notes that are no string, a status other than "needsAction" or "completed", a due or an
 *   `updated` that is no time.
 */
function taskOf(file: string, where: string, t: unknown): GoogleTask | null {
  if (!t || typeof t !== "object" || Array.isArray(t)) throw new ImportError(file, where, `expected a task (an object), got ${describeValue(t)}`);
  const task = t as TaskJson;
  // (a deleted task is passed over unread: nothing of it is kept)
  if (task.deleted === true) return null;
  if (typeof task.id !== "string" || !task.id.trim())
    throw new ImportError(file, `${where}.id`, `expected the task's id, got ${describeValue(task.id ?? null)}`);
  for (const field of ["title", "notes", "parent", "position"] as const)
    if (task[field] !== undefined && task[field] !== null && typeof task[field] !== "string")
      throw new ImportError(file, `${where}.${field}`, `expected a string, got ${describeValue(task[field])}`);
  if (task.status !== "needsAction" && task.status !== "completed")
    throw new ImportError(file, `${where}.status`, `expected "needsAction" or "completed", got ${describeValue(task.status ?? null)}`);
  let due: number | null = null;
  if (task.due !== undefined && task.due !== null) {
    due = typeof task.due === "string" ? dueDay(task.due) : Number.NaN;
    if (!inImportRange(due)) throw new ImportError(file, `${where}.due`, `expected an RFC 3339 time, got ${describeValue(task.due)}`);
  }
  let updated: number | null = null;
  if (task.updated !== undefined && task.updated !== null) {
    updated = typeof task.updated === "string" ? isoToMs(task.updated) : Number.NaN;
    if (!inImportRange(updated)) throw new ImportError(file, `${where}.updated`, `expected an RFC 3339 time, got ${describeValue(task.updated)}`);
  }
  // (a task's notes may hold blank lines: one paragraph of the note still, told with its task)
  const notes = ((task.notes as string | undefined) ?? "")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => /[\p{L}\p{N}]/u.test(l));
  const title = ((task.title as string | undefined) ?? "").replace(/\s+/g, " ").trim() || notes.shift();
  if (!title) return null;
  return {
    id: task.id,
    title,
    done: task.status === "completed",
    due,
    updated,
    notes,
    parent: typeof task.parent === "string" && task.parent ? task.parent : null,
    position: (task.position as string | undefined) ?? "",
  };
}

/** A task's title without the full stop or comma closing it ("Call Gran." → "Call Gran"), to be told in a sentence. */
function bare(title: string): string {
  return title.replace(/[\s.;,:]+$/, "");
}

/**
 * A task in words, as a to-do list's item: "To do: Boiler service, due 14 December 2026." while it is
 * open, "To do: Bleed the radiators (done)." once completed (as note.ts marks a checked box); a sub-task
 * told with its parent's title, `of` ("To do for Q1 budget review: Get headcount numbers from Sophie
 * in HR."). Opening with what it is, a done task is no order nor advice of the user's ("Book train to
 * Leeds for the offsite (done)." alone had been read as advice).
 */
function taskInWords(task: Pick<GoogleTask, "title" | "done" | "due">, of: string | null = null): string {
  const state = task.done ? " (done)" : task.due !== null ? `, due ${humanDate(task.due)}` : "";
  const told = `To do${of === null ? "" : ` for ${bare(of)}`}: ${bare(task.title)}${state}`;
  return /[!?]$/.test(told) ? told : `${told}.`;
}

/** A task list as a note: its Markdown lines, and by the line each task's paragraph starts at (1-based), when that task or a sub-task of it was last updated (epoch ms). */
export interface TaskListNote {
  lines: string[];
  updatedAt: Map<number, number>;
}

/**
 * A task list's tasks as a note ({@link TaskListNote}): its title a heading, then each task a
 * paragraph (its words, {@link taskInWords}, then its notes' lines, then its sub-tasks' words and
 * notes, each told with it), in the order of their positions; a sub-task whose parent is not in the
 * list (deleted) a task of its own, after the others.
 */
function taskListNote(title: string, tasks: readonly GoogleTask[]): TaskListNote {
  const ids = new Set(tasks.map((t) => t.id));
  const byPosition = (a: GoogleTask, b: GoogleTask) => (a.position < b.position ? -1 : a.position > b.position ? 1 : 0);
  const under = new Map<string, GoogleTask[]>();
  for (const t of tasks) if (t.parent !== null && ids.has(t.parent)) under.set(t.parent, [...(under.get(t.parent) ?? []), t]);
  // (a sub-task whose parent is gone after the list's tasks: its position was among its parent's sub-tasks)
  const top = [...tasks.filter((t) => t.parent === null).sort(byPosition), ...tasks.filter((t) => t.parent !== null && !ids.has(t.parent)).sort(byPosition)];
  const lines = [`# ${title}`];
  const updatedAt = new Map<number, number>();
  for (const t of top) {
    lines.push("");
    const subs = (under.get(t.id) ?? []).sort(byPosition);
    const times = [t, ...subs].flatMap((x) => (x.updated === null ? [] : [x.updated]));
    if (times.length) updatedAt.set(lines.length + 1, Math.max(...times));
    lines.push(taskInWords(t), ...t.notes.map(asText));
    for (const sub of subs) lines.push(taskInWords(sub, t.title), ...sub.notes.map(asText));
  }
  return { lines, updatedAt };
}

/** A line of a task's notes as words of its paragraph: a Markdown heading's marks dropped (no section of the note). */
function asText(line: string): string {
  return line.replace(/^#{1,6}\s+/, "");
}

/**
 * Reads `file`, Google Takeout's `Tasks/Tasks.json`, as one note per task list with a task in it
 * (format `note`, externalId `googletasks:<list id>`, so importing a later Takeout adds only what is
 * new; title the list's title), of the time the list was last updated (`updated`), each task a
 * paragraph of its own time ({@link taskListNote}); deleted tasks are passed over.
 * @throws ImportError naming the list or the task and its field (`items[2].updated: expected an RFC
 *   3339 time, got "yesterday"`, `items[0].items[4].status: …`): a list that is no object, whose id or
 *   title is no string, whose `updated` is no time, whose `items` is no array; a task as {@link taskOf}
 *   refuses it; an export with no task to read (`items`, "the note has no text: …", so a Takeout folder
 *   passes it over); the stream's own errors (invalid JSON, truncation, an object with no "items" array).
 */
export async function* parseGoogleTasks(
  file: string,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {},
): AsyncGenerator<ParsedConversation> {
  let lists = 0;
  for await (const item of streamJsonArray(file, { arrayAt: "items", onProgress: opts.onProgress })) {
    const where = `items[${item.index}]`;
    const l = item.value as TaskListJson;
    if (!l || typeof l !== "object" || Array.isArray(l)) throw new ImportError(file, where, `expected a task list (an object), got ${describeValue(l)}`);
    if (typeof l.id !== "string" || !l.id.trim()) throw new ImportError(file, `${where}.id`, `expected the list's id, got ${describeValue(l.id ?? null)}`);
    if (typeof l.title !== "string") throw new ImportError(file, `${where}.title`, `expected the list's title, got ${describeValue(l.title ?? null)}`);
    const updated = typeof l.updated === "string" ? isoToMs(l.updated) : Number.NaN;
    if (!inImportRange(updated)) throw new ImportError(file, `${where}.updated`, `expected an RFC 3339 time, got ${describeValue(l.updated ?? null)}`);
    if (l.items !== undefined && !Array.isArray(l.items))
      throw new ImportError(file, `${where}.items`, `expected a list of tasks, got ${describeValue(l.items)}`);
    const tasks = ((l.items as unknown[] | undefined) ?? []).flatMap((t, i) => taskOf(file, `${where}.items[${i}]`, t) ?? []);
    if (tasks.length === 0) continue;
    const title = l.title.replace(/\s+/g, " ").trim() || "Tasks";
    const { lines, updatedAt } = taskListNote(title, tasks);
    // (a list whose tasks say nothing a note keeps is passed over, as one with no task is)
    const note = await noteOrNone(file, lines, updated, `googletasks:${l.id}`, title);
    if (!note) continue;
    lists++;
    // (each task's paragraph of the time it was last updated: note.ts dates a note's turns by the note's)
    const turns = note.turns.map((t) => ({ ...t, occurredAt: updatedAt.get(t.metadata.line as number) ?? t.occurredAt }));
    yield { ...note, title, turns, records: "log" };
  }
  // (in a folder, passed over as a note with no text is: import-check.ts isEmptyNote)
  if (lists === 0) throw new ImportError(file, "items", `${NO_TEXT}: a Google Tasks export with no task (deleted ones are not imported)`);
}

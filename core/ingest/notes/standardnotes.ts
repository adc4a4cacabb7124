/**
 * Standard Notes' decrypted backup (Preferences → Backups → Download backup, "Decrypted": `Standard
 * Notes Backup - <date>.zip`, unzipped, holds `Standard Notes Backup and Import File.txt` and a copy
 * of each item under `Items/<kind>/`; older apps downloaded the .txt alone). The .txt is JSON, `{
 * "version": "004", "items": [ … ] }` as `JSON.stringify(data, null, 2)` writes it (standardnotes/app
 * ArchiveManager.ts, CreateDecryptedBackupFile), each item `{ content_type, content, created_at_timestamp
 * (µs), created_at (ISO 8601), deleted, duplicate_of?, updated_at_timestamp, updated_at, uuid }`
 * (CreateDecryptedBackupFileContextPayload; older backups open with `uuid`). A note (`"Note"`) has
 * `content: { title, text, noteType?, editorIdentifier?, preview_plain?, references, appData, trashed?,
 * archived?, pinned?, protected?, … }` (NoteContent, ItemContent); a tag (`"Tag"`) `{ title, references:
 * [ { uuid, content_type: "Note" }, …, { uuid, content_type: "Tag", reference_type: "TagToParentTag" } ]
 * }`, so the tags of a note are the tags that name it; every other kind (`SN|Component`, `SN|Theme`,
 * `SN|UserPreferences`, `SN|SmartView`, `File`, …) says nothing of the user's.
 *
 * Each note not in the trash (archived ones too) is read as a Markdown note (note.ts `noteOf`) of the
 * day it was created, titled by its title (a title Standard Notes gave it by when it was made, "Sunday
 * 15 Nov 2026 at 21:04", names no topic of its words, as a journal's day does not), its tags (nested
 * ones as "Home/Flat") kept in each turn's metadata `tags`. Its text is read by its kind (`noteType`,
 * else its editor): plain text, Markdown, a task list or code as Markdown; a Super note's Lexical state
 * as Markdown lines (standardnotes-super.ts); a rich-text note's HTML as Evernote's is (enml.ts); an
 * Authenticator note (two-factor secrets) and a spreadsheet (cells as JSON) are passed over. An
 * encrypted backup (each item's `content` a string, "004:…", with an `enc_item_key`) is refused, saying
 * to download a decrypted one. The items are streamed twice (json-stream.ts `arrayAt`): first for the
 * tags and the notes' titles, checking every item, then for the notes, so memory holds one note at a
 * time and the tags.
 */
import { humanDate } from "../../time/format.js";
import { dayNamedIn, inImportRange, isoToMs, utcDay } from "../../time/import-dates.js";
import { enmlLines } from "../kit/enml.js";
import { streamJsonArray } from "../kit/json-stream.js";
import { NO_TEXT, noteOrNone } from "./note.js";
import { lexicalLines, lexicalState } from "./standardnotes-super.js";
import { ImportError, type ParsedConversation } from "../kit/types.js";
import { describeValue } from "../kit/validate.js";

/**
 * The start of a Standard Notes backup: an object whose first member is its `version` ("004") and then
 * its `items` (or `items` first, as backups before "003" had), an array whose first item opens with
 * `content_type` (after its `uuid` in older backups), or is empty.
 */
const BACKUP_START =
  /^\{\s*(?:"version"\s*:\s*"\d{3}"\s*,\s*)?"items"\s*:\s*\[\s*(?:\]|\{\s*(?:"uuid"\s*:\s*"[^"\\]*"\s*,\s*)?"(?:content_type|auth_hash)"\s*:)/;

/** Whether `head` (a file's start, white space trimmed) is a Standard Notes backup: `{ "version": "004", "items": [ { "content_type": … } … ] }`. */
export function isStandardNotesBackup(head: string): boolean {
  return BACKUP_START.test(head);
}

/** The name of the backup's file in the unzipped download, beside its `Items/` folder ("Standard Notes Backup and Import File.txt"; older apps wrote "… File txt.txt"). */
export const BACKUP_FILE = /^Standard Notes Backup and Import File(?: txt)?\.txt$/i;

/** Where the kind of note an editor writes is not said (`noteType`), the kind by its editor's identifier. */
const EDITOR_KINDS: Array<[RegExp, NoteKind]> = [
  [/super-editor/, "super"],
  [/token-vault|authenticator/, "authentication"],
  [/standard-sheets|sheets/, "spreadsheet"],
  [/plus-editor|bold-editor/, "rich-text"],
];

/** How a note's text is read: as Markdown (plain text, Markdown, a task list, code), a Super note's state, HTML, or not at all (secrets, a spreadsheet). */
type NoteKind = "markdown" | "super" | "rich-text" | "authentication" | "spreadsheet";

/** What a note's text is, from its `noteType`, else its `editorIdentifier`, else its text (a Super note's state opens `{"root":`). */
function kindOf(noteType: unknown, editor: unknown, text: string): NoteKind {
  if (noteType === "super" || noteType === "rich-text" || noteType === "authentication" || noteType === "spreadsheet") return noteType;
  if (typeof noteType === "string" && noteType !== "unknown") return "markdown";
  const byEditor = typeof editor === "string" ? EDITOR_KINDS.find(([re]) => re.test(editor))?.[1] : undefined;
  if (byEditor) return byEditor;
  return /^\s*\{\s*"root"\s*:/.test(text) ? "super" : "markdown";
}

/** An item of the backup, as read here: a note, a tag, an encrypted item, or another kind (passed over). */
type BackupItem =
  | { kind: "note"; uuid: string; title: string; text: string; noteType: unknown; editor: unknown; createdAt: number; editedAt: number; trashed: boolean }
  | { kind: "tag"; uuid: string; title: string; parent: string | null; notes: string[] }
  | { kind: "encrypted"; uuid: string }
  | { kind: "other" };

/** What the backup says of an item (the fields read here). */
interface ItemJson {
  uuid?: unknown;
  content_type?: unknown;
  content?: unknown;
  enc_item_key?: unknown;
  created_at?: unknown;
  created_at_timestamp?: unknown;
  updated_at?: unknown;
  deleted?: unknown;
}

/** What an item's content says (the fields read here). */
interface ContentJson {
  title?: unknown;
  text?: unknown;
  noteType?: unknown;
  editorIdentifier?: unknown;
  references?: unknown;
  trashed?: unknown;
  appData?: unknown;
}

/** Whether `v` is a JSON object (not an array, not null). */
function isObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === "object" && !Array.isArray(v);
}

/**
 * The item `value` at `items[index]`, checked: a note with its title, text, kind and creation time; a
 * tag with its title, parent tag and notes; an encrypted item (its `content` a string, or an
 * `enc_item_key`); a deleted item or any other kind as "other".
 * @throws ImportError naming the item and its field (`items[3].created_at: expected an ISO 8601 time,
 *   got "yesterday"`): an item that is no object, a `content_type` or `uuid` that is no string, a
 *   `content` that is no object, a title or text that is no string, a note with no time it was created
 *   (`created_at`, else `created_at_timestamp` in µs), references that are no list of `{ uuid }`.
 */
function itemOf(file: string, index: number, value: unknown): BackupItem {
  const where = `items[${index}]`;
  if (!isObject(value)) throw new ImportError(file, where, `expected an item (an object), got ${describeValue(value)}`);
  const item = value as ItemJson;
  if (typeof item.content_type !== "string" || !item.content_type)
    throw new ImportError(file, `${where}.content_type`, `expected the item's kind ("Note", "Tag", …), got ${describeValue(item.content_type ?? null)}`);
  if (typeof item.uuid !== "string" || !item.uuid.trim())
    throw new ImportError(file, `${where}.uuid`, `expected the item's id, got ${describeValue(item.uuid ?? null)}`);
  if (typeof item.content === "string" || item.enc_item_key !== undefined) return { kind: "encrypted", uuid: item.uuid };
  if (item.deleted === true || (item.content_type !== "Note" && item.content_type !== "Tag")) return { kind: "other" };
  if (!isObject(item.content))
    throw new ImportError(file, `${where}.content`, `expected the item's content (an object), got ${describeValue(item.content ?? null)}`);
  const content = item.content as ContentJson;
  if (content.title !== undefined && content.title !== null && typeof content.title !== "string")
    throw new ImportError(file, `${where}.content.title`, `expected a title, got ${describeValue(content.title)}`);
  const title = ((content.title as string | null | undefined) ?? "").replace(/\s+/g, " ").trim();
  const references = content.references ?? [];
  if (!Array.isArray(references)) throw new ImportError(file, `${where}.content.references`, `expected a list of references, got ${describeValue(references)}`);
  for (const [i, r] of references.entries())
    if (!isObject(r) || typeof r.uuid !== "string")
      throw new ImportError(file, `${where}.content.references[${i}]`, `expected a reference ({ uuid, content_type }), got ${describeValue(r)}`);
  if (item.content_type === "Tag") {
    const refs = references as Array<{ uuid: string; content_type?: unknown; reference_type?: unknown }>;
    const parent = refs.find((r) => r.reference_type === "TagToParentTag")?.uuid ?? null;
    return { kind: "tag", uuid: item.uuid, title, parent, notes: refs.filter((r) => r.content_type === "Note").map((r) => r.uuid) };
  }
  if (content.text !== undefined && content.text !== null && typeof content.text !== "string")
    throw new ImportError(file, `${where}.content.text`, `expected the note's text, got ${describeValue(content.text)}`);
  const createdAt =
    typeof item.created_at === "string"
      ? isoToMs(item.created_at)
      : typeof item.created_at_timestamp === "number"
        ? Math.floor(item.created_at_timestamp / 1000)
        : Number.NaN;
  if (!inImportRange(createdAt))
    throw new ImportError(file, `${where}.created_at`, `expected an ISO 8601 time, got ${describeValue(item.created_at ?? item.created_at_timestamp ?? null)}`);
  // (older apps kept the trash flag in appData, as they did pinned and archived)
  const legacy = isObject(content.appData) ? content.appData["org.standardnotes.sn"] : undefined;
  const trashed = content.trashed === true || (isObject(legacy) && legacy.trashed === true);
  // (when the user last changed it, `client_updated_at`; else when it was last synced; never before it was made)
  const edited = [isObject(legacy) ? legacy.client_updated_at : undefined, item.updated_at]
    .map((v) => (typeof v === "string" ? isoToMs(v) : Number.NaN))
    .find((ms) => inImportRange(ms));
  return {
    kind: "note",
    uuid: item.uuid,
    title,
    text: (content.text as string | null | undefined) ?? "",
    noteType: content.noteType,
    editor: content.editorIdentifier,
    createdAt,
    editedAt: Math.max(createdAt, edited ?? createdAt),
    trashed,
  };
}

/**
 * Whether a note's title is only the time it was made, as Standard Notes titles a new note until it is
 * renamed ("Sunday 15 Nov 2026 at 21:04" in British English, "Sunday, Nov 15, 2026 at 9:04 PM" in US
 * English, "2026-11-15 at 09:04 PM" in its custom format's default): weekdays, months, numbers, "at"
 * and a.m./p.m. only, with a year. Such a title names no topic of the note's words.
 */
export function titledByTime(title: string): boolean {
  if (!/\b\d{4}\b/.test(title)) return false;
  const rest = title
    .toLowerCase()
    .replace(/\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\b/g, " ")
    .replace(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?/g, " ")
    .replace(/\b[ap]\.?m\.?(?=\s|$)/g, " ")
    .replace(/\bat\b/g, " ")
    .replace(/\d+(?:st|nd|rd|th)?/g, " ")
    .replace(/[\s,.:/-]+/g, "");
  return rest === "";
}

/** A month's name, full or short ("November", "Nov", "Sept"), as a regular-expression alternation. */
const MONTH = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

/**
 * A line of a log that opens with a day and its month and no year, then a colon or a dash ("4 November:
 * raised a dispute …", "- Nov 4 - called the DPS"), a list's bullet before it: group 1 up to the day,
 * group 2 the day.
 */
const LOG_DAY = new RegExp(
  `^(\\s*(?:[-*+]\\s+(?:\\[[ xX]\\]\\s+)?|\\d+[.)]\\s+)?)(\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH})\\.?|(?:${MONTH})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?)(?=\\s*[:–—-]\\s)`,
  "i",
);

/**
 * `lines` with the year told after the day that opens a line of a log ({@link LOG_DAY}) when that day
 * falls while the note was being written, from the day it was made (`createdAt`, epoch ms) to its last
 * change (`editedAt`): "4 November: raised a dispute with the DPS" in a note made on 2 October and last
 * changed on 20 November is "4 November 2026: …". A note is of the day it was made, and a log's day is
 * read from there: the nearest before it, 4 November of the year before, had been its day. A day
 * outside that time is left as written.
 */
export function logDaysDated(lines: readonly string[], createdAt: number, editedAt: number): string[] {
  const from = utcDay(createdAt);
  const years = [...new Set([new Date(createdAt).getUTCFullYear(), new Date(editedAt).getUTCFullYear()])];
  return lines.map((line) => {
    const m = LOG_DAY.exec(line);
    if (!m) return line;
    const day = years.map((y) => dayNamedIn(`${m[2]!.replace(/\.$/, "")} ${y}`)).find((d) => d !== null && d >= from && d <= editedAt);
    if (day === undefined) return line;
    // ("Nov 4" → "Nov 4, 2026", as a month first is written)
    const told = m[2]!.replace(/\.$/, "");
    return `${m[1]}${told}${/^\d/.test(told) ? "" : ","} ${new Date(day!).getUTCFullYear()}${line.slice(m[0].length)}`;
  });
}

/** The most characters of a note's first line kept as its title when it has none (as Standard Notes lists an untitled note by its words). */
const TITLE_CHARS = 64;

/** A title for a note that has none: its first line with words, Markdown's marks dropped, cut at {@link TITLE_CHARS}; null when it has none. */
function firstLineTitle(lines: readonly string[]): string | null {
  const line = lines
    .map((l) =>
      l
        .trim()
        .replace(/^#{1,6}\s+|^>\s*/, "")
        .replace(/^(?:[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+)/, "")
        .trim(),
    )
    .find((l) => /[\p{L}\p{N}]/u.test(l));
  return line === undefined ? null : line.slice(0, TITLE_CHARS).trim();
}

/** A note's tags by the notes' uuids, each tag named with the tags it is nested under ("Home/Flat"). */
function tagsByNote(tags: ReadonlyMap<string, { title: string; parent: string | null; notes: string[] }>): Map<string, string[]> {
  const path = (uuid: string): string => {
    const names: string[] = [];
    const seen = new Set<string>();
    for (let at: string | null = uuid; at !== null && !seen.has(at) && names.length < 16; ) {
      seen.add(at);
      const tag = tags.get(at);
      if (!tag) break;
      if (tag.title) names.unshift(tag.title);
      at = tag.parent;
    }
    return names.join("/");
  };
  const byNote = new Map<string, string[]>();
  for (const [uuid, tag] of tags) {
    const name = path(uuid);
    if (!name) continue;
    for (const note of tag.notes) {
      const has = byNote.get(note) ?? [];
      if (!has.includes(name)) byNote.set(note, [...has, name]);
    }
  }
  return byNote;
}

/**
 * A note's text as Markdown lines for `noteOf`, by its kind: Markdown as it is (CRLF undone), a Super
 * note's state told in lines, a rich-text note's HTML as lines; null for a note not to be read (an
 * Authenticator's secrets, a spreadsheet).
 * @throws ImportError (`items[3].content.text`) for a Super note whose text is JSON but no editor state
 */
function linesOf(file: string, where: string, kind: NoteKind, text: string, noteTitle: (uuid: string) => string | null): string[] | null {
  if (kind === "authentication" || kind === "spreadsheet") return null;
  if (kind === "rich-text") return enmlLines(text);
  if (kind === "super") {
    if (!text.trim()) return [];
    const root = lexicalState(text);
    if (root) return lexicalLines(root, noteTitle);
    // (a Super note's text that is no JSON at all, a note converted by hand, is read as its words)
    if (/^\s*[{[]/.test(text))
      throw new ImportError(file, `${where}.content.text`, `expected a Super note's editor state (JSON with a "root"), got ${describeValue(text)}`);
  }
  return text.split(/\r?\n|\r/);
}

/**
 * Reads `file`, a Standard Notes decrypted backup ("Standard Notes Backup and Import File.txt"), as one
 * note per note not in the trash with words in it (format `note`, externalId `standardnotes:<uuid>`, so
 * importing a later backup adds only what is new; title the note's title, else its first line), each
 * written when the note was created (`created_at`), its tags in each turn's metadata `tags` (see the
 * module comment for what is read and what passed over).
 * @throws ImportError naming the item and its field (`items[3].created_at: expected an ISO 8601 time, got
 *   "yesterday"`; see {@link itemOf}), before any note is given; an encrypted backup (`items[i]`, the
 *   first encrypted item: download a decrypted backup); a backup with no note to read (`items`, "the note
 *   has no text: …", so a folder passes it over); the stream's own errors (invalid JSON, truncation, an
 *   object with no "items" array).
 */
export async function* parseStandardNotes(
  file: string,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {},
): AsyncGenerator<ParsedConversation> {
  const half = (second: boolean) => (read: number, total: number) => opts.onProgress?.(Math.floor(((second ? total : 0) + read) / 2), total);
  // (first pass: every item checked, the tags and the notes' titles kept, an encrypted item noted)
  const tags = new Map<string, { title: string; parent: string | null; notes: string[] }>();
  const titles = new Map<string, string>();
  let readable = 0;
  let encrypted: number | null = null;
  for await (const item of streamJsonArray(file, { arrayAt: "items", onProgress: half(false) })) {
    const it = itemOf(file, item.index, item.value);
    if (it.kind === "tag") tags.set(it.uuid, it);
    else if (it.kind === "note") {
      titles.set(it.uuid, it.title);
      if (!it.trashed) readable++;
    } else if (it.kind === "encrypted") encrypted ??= item.index;
  }
  if (readable === 0 && encrypted !== null)
    throw new ImportError(
      file,
      `items[${encrypted}]`,
      'an encrypted Standard Notes backup (its items are ciphertext, "004:…"): download a decrypted backup instead (Standard Notes: Preferences → Backups → Download backup, with "Decrypted" chosen), unzip it and import its "Standard Notes Backup and Import File.txt"',
    );
  const tagsOf = tagsByNote(tags);
  const noteTitle = (uuid: string) => titles.get(uuid) || null;
  let notes = 0;
  for await (const item of streamJsonArray(file, { arrayAt: "items", onProgress: half(true) })) {
    const it = itemOf(file, item.index, item.value);
    if (it.kind !== "note" || it.trashed) continue;
    const read = linesOf(file, `items[${item.index}]`, kindOf(it.noteType, it.editor, it.text), it.text, noteTitle);
    if (!read?.some((l) => /[\p{L}\p{N}]/u.test(l))) continue;
    const body = logDaysDated(read, it.createdAt, it.editedAt);
    // (a title that is only when the note was made is no topic: its body is read as a daily note's, named by nothing)
    const named = it.title && !titledByTime(it.title) ? it.title : null;
    const lines = named ? [`# ${named}`, "", ...body] : body;
    // (a note of no words a note keeps, a line of tags or a template, is passed over as an empty one is)
    const note = await noteOrNone(file, lines, it.createdAt, `standardnotes:${it.uuid}`, named);
    if (!note) continue;
    notes++;
    const tagged = tagsOf.get(it.uuid) ?? [];
    yield {
      ...note,
      // (a title of when the note was made is told as the day it names, "15 November 2026", which the memory engine tells no fact under)
      title: named ?? (it.title ? humanDate(dayNamedIn(it.title) ?? utcDay(it.createdAt)) : (firstLineTitle(body) ?? note.title)),
      turns: tagged.length ? note.turns.map((t) => ({ ...t, metadata: { ...t.metadata, tags: tagged } })) : note.turns,
    };
  }
  // (in a folder, passed over as a note with no text is: import-check.ts isEmptyNote)
  if (notes === 0)
    throw new ImportError(file, "items", `${NO_TEXT}: a Standard Notes backup with no note (the trash, Authenticator notes and spreadsheets are not imported)`);
}

/**
 * A Trello board as Trello exports it: the board's menu → Print, export and share → Export as JSON,
 * saved as `<board short link>.json` ("TkRw4mQz.json"). The file is the board as Trello's API gives
 * it, one JSON object on one line: the board's own fields first (`id`, `name`, `desc`, `closed`,
 * `prefs`, `labelNames`, `url`, `shortUrl` "https://trello.com/b/<short link>", `idMemberCreator`, …),
 * then its arrays, `actions` (the latest 1,000 at most, newest first: `{ id, idMemberCreator, type,
 * date, data: { text?, card?: { id, name }, list?, board }, memberCreator?: { fullName, username } }`,
 * a comment's type "commentCard"), `cards` (`{ id, name, desc, idList, closed, due, dueComplete, start,
 * dateLastActivity, labels: [{ name, color }], idMembers, idChecklists, shortUrl, pos, … }`), `labels`,
 * `lists` (`{ id, name, closed, pos }`), `members` (`{ id, fullName, username }`), `checklists` (`{ id,
 * name, idCard, pos, checkItems: [{ name, state: "complete" | "incomplete", pos, due, idMember }] }`),
 * `customFields`, `memberships`, `pluginData`. Times are ISO 8601 in UTC; a due is an instant (Trello
 * shows it in the viewer's zone; it is told here in UTC). Checked against public importers of the
 * export (nextcloud/deck's TrelloJsonService and its tests' data-trelloJson.json, wekan's
 * trelloCreator.js).
 *
 * The board is read as one to-do note of the user's (the member who made the board; format `note`,
 * externalId `trello:<board id>`, title the board's name): its description a paragraph, then each card
 * that is not archived, on a list that is not, a paragraph of its own in words, "To do: Cake tasting
 * at Crumb & Co, due Saturday 12 December 2026 at 11am; label: Catering." with its description, its
 * checklists ("Venue checklist: Confirm the ceremony time (done); Ask about corkage.") and its comments
 * ("Sam Taylor's comment: “…”", the user's own "Comment: …") told with it. Its list says what it is: a
 * card on a list named Done (or whose due is marked complete) is "To do: … (done)", on Doing "… (in
 * progress)", on Ideas "Idea: …", on a list of another name "Venue to-do: …". Each paragraph is named by
 * its card (turn externalId `card <id>`) and of the card's last activity, so a later export of the board
 * adds only the cards new or changed since. The file is streamed five times (json-stream.ts `arrayAt`:
 * its lists, members, checklists, actions, then its cards), memory holding the lists, the people, the
 * checklists' and comments' words (at most {@link MAX_HELD_CHARS}) and the paragraphs of the board.
 */
import { stat } from "node:fs/promises";
import { humanDate } from "../../time/format.js";
import { inImportRange, isoToMs } from "../../time/import-dates.js";
import { formatPos, type LinePos, advance, readBytes } from "../kit/bytes.js";
import { locateJsonError } from "../kit/json-locate.js";
import { ObjectWalk } from "../kit/json-object.js";
import { type JsonItem, streamJsonArray } from "../kit/json-stream.js";
import { MAX_PARAGRAPH_CHARS, NOTE_SPEAKER, NO_TEXT, splitLong } from "./note.js";
import { sentences } from "./todoist.js";
import { ImportError, type ParsedConversation, type ParsedTurn } from "../kit/types.js";
import { describeValue } from "../kit/validate.js";

/** A Trello id: a MongoDB ObjectId, 24 hex digits, its first 8 the seconds it was made at. */
const TRELLO_ID = /^[0-9a-f]{24}$/;
/** The start of a board's export: an object whose first member is the board's id. */
const EXPORT_START = /^\{\s*"id"\s*:\s*"[0-9a-f]{24}"\s*,/;
/** A board's link among its fields ("url": "https://trello.com/b/TkRw4mQz/our-wedding", or its shortUrl). */
const BOARD_URL = /"(?:url|shortUrl)"\s*:\s*"https:\/\/trello\.com\/b\/[A-Za-z0-9]+/;

/**
 * Whether `head` (a file's start, white space trimmed) is a Trello board's JSON export: an object whose
 * first member is a Trello id (`"id":"6ab03000c3a91f0000000001"`) and whose fields hold the board's
 * link ("https://trello.com/b/…"; a card's own export links to /c/).
 */
export function isTrelloBoard(head: string): boolean {
  return EXPORT_START.test(head) && BOARD_URL.test(head);
}

/** Most bytes of the board's fields before its `actions` or `cards` array (its description is 16,384 characters at most). */
export const MAX_HEAD_BYTES = 1024 * 1024;

/**
 * Most characters held of the board's checklists' items and comments (a board holding more is refused), and
 * of its paragraphs before they are given (past it, those so far are given, the rest after them: the same externalId).
 */
export const MAX_HELD_CHARS = 16 * 1024 * 1024;

/** A list of the board: its name and whether it is archived. */
interface TrelloList {
  name: string;
  closed: boolean;
}

/** A checklist of a card: its name, place and items (their words, whether ticked, their due day and who is on them). */
interface Checklist {
  name: string;
  pos: number;
  items: Array<{ name: string; done: boolean; pos: number; due: number | null; member: string | null }>;
}

/** A comment on a card: who wrote it (their member id and the name the action gives), when (epoch ms), its words. */
interface Comment {
  by: string | null;
  name: string | null;
  at: number;
  text: string;
}

/** What the board's export says besides its cards: its fields, lists, people, checklists and comments by card. */
interface Board {
  id: string;
  name: string;
  desc: string;
  creator: string | null;
  lists: Map<string, TrelloList>;
  /** people by member id: their full name, and by username (for an "@username" in a comment) */
  people: Map<string, string>;
  usernames: Map<string, string>;
  checklists: Map<string, Checklist[]>;
  comments: Map<string, Comment[]>;
}

/** The time a Trello id was made at (epoch ms, its first 8 hex digits the seconds), or null for no id. */
function idTime(id: string): number | null {
  if (!TRELLO_ID.test(id)) return null;
  const at = Number.parseInt(id.slice(0, 8), 16) * 1000;
  return inImportRange(at) ? at : null;
}

/**
 * The board's own fields, the members of the export's object before its `actions` or `cards` array
 * (the first of them met), read from the file's start (at most {@link MAX_HEAD_BYTES}); the whole
 * object when it has neither; null when the file ends inside the fields (cut short: the stream then
 * names where).
 * @throws ImportError naming the byte: no object, invalid JSON among the fields, fields over the bound.
 */
async function boardFields(file: string): Promise<Record<string, unknown> | null> {
  const bytes = await readBytes(file, 0, MAX_HEAD_BYTES);
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x09)) i++;
  const start = i;
  if (bytes[start] !== 0x7b) throw new ImportError(file, "byte 0", "not a Trello board's JSON export: expected an object ('{') at the start");
  // (two walks of the same bytes: the board's arrays come in no order the reader relies on)
  const actions = new ObjectWalk();
  const cards = new ObjectWalk();
  let text: string | null = null;
  for (i = start + 1; i < bytes.length; i++) {
    const a = actions.step(bytes[i]!, "actions");
    const c = cards.step(bytes[i]!, "cards");
    if (a === "array" || c === "array") {
      text = `${bytes.subarray(start, i).toString("utf8")}null}`;
      break;
    }
    if (a === "closed") {
      text = bytes.subarray(start, i + 1).toString("utf8");
      break;
    }
  }
  if (text === null) {
    if (bytes.length < MAX_HEAD_BYTES) return null;
    throw new ImportError(
      file,
      `byte ${MAX_HEAD_BYTES}`,
      `the board's fields before its "actions" and "cards" are over ${MAX_HEAD_BYTES / 1024 / 1024} MiB: not a Trello board's JSON export`,
    );
  }
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch (e) {
    const fault = locateJsonError(text);
    const at = start + Buffer.byteLength(text.slice(0, fault?.index ?? 0), "utf8");
    const pos: LinePos = { line: 1, lineStart: 0, cont: 0 };
    advance(pos, bytes, 0, at, 0);
    throw new ImportError(file, formatPos(at, pos), `invalid JSON among the board's fields: ${fault?.reason ?? (e as Error).message}`);
  }
}

/** The items of the top-level array `name` of the export, streamed; none when the object has no such array and `optional`. */
async function* arrayOf(file: string, name: string, optional: boolean, onProgress: (read: number, total: number) => void): AsyncGenerator<JsonItem> {
  try {
    yield* streamJsonArray(file, { arrayAt: name, onProgress });
  } catch (e) {
    if (optional && e instanceof ImportError && e.message.endsWith(`the JSON object has no "${name}" array`)) return;
    throw e;
  }
}

/** `value` as an object (its fields), or an ImportError naming `where`. */
function objectAt(file: string, where: string, value: unknown, what: string): Record<string, unknown> {
  if (!value || typeof value !== "object" || Array.isArray(value))
    throw new ImportError(file, where, `expected ${what} (an object), got ${describeValue(value)}`);
  return value as Record<string, unknown>;
}

/** The string `field` of `o` ("" when absent or null), or an ImportError naming `where.field` (`field` alone for the board's own, `where` ""). */
function stringAt(file: string, where: string, o: Record<string, unknown>, field: string, required = false): string {
  const v = o[field];
  if ((v === undefined || v === null) && !required) return "";
  if (typeof v !== "string" || (required && !v.trim()))
    throw new ImportError(file, where ? `${where}.${field}` : field, `expected a string, got ${describeValue(v ?? null)}`);
  return v;
}

/** The time `field` of `o` holds (ISO 8601, epoch ms), null when absent or null, or an ImportError naming `where.field`. */
function timeAt(file: string, where: string, o: Record<string, unknown>, field: string): number | null {
  const v = o[field];
  if (v === undefined || v === null) return null;
  const at = typeof v === "string" ? isoToMs(v) : Number.NaN;
  if (!inImportRange(at)) throw new ImportError(file, `${where}.${field}`, `expected an ISO 8601 time, got ${describeValue(v)}`);
  return at;
}

/** Counts characters held and refuses past {@link MAX_HELD_CHARS}. */
class Held {
  chars = 0;
  constructor(private readonly file: string) {}
  /** Adds `n` characters held for `where`. @throws ImportError naming `where` past the bound. */
  add(n: number, where: string): void {
    this.chars += n;
    if (this.chars > MAX_HELD_CHARS)
      throw new ImportError(
        this.file,
        where,
        `the board's checklists and comments hold over ${MAX_HELD_CHARS / 1024 / 1024} MiB of text, more than a Trello board can`,
      );
  }
}

/**
 * Reads the board's fields and every array but its cards ({@link Board}), validating what is kept.
 * @throws ImportError naming the field (`lists[2].name: expected a string, got 5`), the stream's own
 *   errors (invalid JSON, truncation: byte, line and column; a board with no "lists" array).
 */
async function boardOf(file: string, progress: (pass: number) => (read: number, total: number) => void): Promise<Board> {
  const fields = await boardFields(file);
  if (fields === null) {
    // (a file cut short among the board's fields: the stream names where it ends)
    for await (const _ of streamJsonArray(file, { arrayAt: "lists" }));
    throw new ImportError(file, "byte 0", "truncated JSON: the file ends among the board's fields");
  }
  const id = fields.id;
  if (typeof id !== "string" || !id.trim()) throw new ImportError(file, "id", `expected the board's id, got ${describeValue(id ?? null)}`);
  const board: Board = {
    id,
    name: stringAt(file, "", fields, "name").replace(/\s+/g, " ").trim() || "Trello board",
    desc: stringAt(file, "", fields, "desc"),
    creator: typeof fields.idMemberCreator === "string" ? fields.idMemberCreator : null,
    lists: new Map(),
    people: new Map(),
    usernames: new Map(),
    checklists: new Map(),
    comments: new Map(),
  };
  for await (const item of arrayOf(file, "lists", false, progress(0))) {
    const where = `lists[${item.index}]`;
    const l = objectAt(file, where, item.value, "a list");
    const listId = stringAt(file, where, l, "id", true);
    if (l.closed !== undefined && l.closed !== null && typeof l.closed !== "boolean")
      throw new ImportError(file, `${where}.closed`, `expected true or false, got ${describeValue(l.closed)}`);
    board.lists.set(listId, { name: stringAt(file, where, l, "name").replace(/\s+/g, " ").trim(), closed: l.closed === true });
  }
  for await (const item of arrayOf(file, "members", true, progress(1))) {
    const where = `members[${item.index}]`;
    const m = objectAt(file, where, item.value, "a member");
    const memberId = stringAt(file, where, m, "id", true);
    const name = stringAt(file, where, m, "fullName").trim() || stringAt(file, where, m, "username").trim();
    if (name) board.people.set(memberId, name);
    const username = stringAt(file, where, m, "username").trim();
    if (username && name) board.usernames.set(username.toLowerCase(), name);
  }
  const held = new Held(file);
  for await (const item of arrayOf(file, "checklists", true, progress(2))) {
    const where = `checklists[${item.index}]`;
    const c = objectAt(file, where, item.value, "a checklist");
    const card = stringAt(file, where, c, "idCard", true);
    if (c.checkItems !== undefined && c.checkItems !== null && !Array.isArray(c.checkItems))
      throw new ImportError(file, `${where}.checkItems`, `expected a list of items, got ${describeValue(c.checkItems)}`);
    const items = ((c.checkItems as unknown[] | undefined) ?? []).flatMap((v, j) => {
      const at = `${where}.checkItems[${j}]`;
      const it = objectAt(file, at, v, "a checklist's item");
      if (it.state !== "complete" && it.state !== "incomplete")
        throw new ImportError(file, `${at}.state`, `expected "complete" or "incomplete", got ${describeValue(it.state ?? null)}`);
      const name = stringAt(file, at, it, "name").replace(/\s+/g, " ").trim();
      if (!/[\p{L}\p{N}]/u.test(name)) return [];
      held.add(name.length, at);
      const due = timeAt(file, at, it, "due");
      const member = typeof it.idMember === "string" ? it.idMember : null;
      return [{ name, done: it.state === "complete", pos: typeof it.pos === "number" ? it.pos : j, due, member }];
    });
    if (!items.length) continue;
    const list = { name: stringAt(file, where, c, "name").replace(/\s+/g, " ").trim(), pos: typeof c.pos === "number" ? c.pos : item.index, items };
    board.checklists.set(card, [...(board.checklists.get(card) ?? []), list]);
  }
  // (the member who made most cards, when the board names no maker)
  const makers = new Map<string, number>();
  for await (const item of arrayOf(file, "actions", true, progress(3))) {
    const where = `actions[${item.index}]`;
    const a = objectAt(file, where, item.value, "an action");
    const by = typeof a.idMemberCreator === "string" ? a.idMemberCreator : null;
    const maker = a.memberCreator && typeof a.memberCreator === "object" ? (a.memberCreator as Record<string, unknown>) : null;
    const makerName = typeof maker?.fullName === "string" && maker.fullName.trim() ? maker.fullName.trim() : null;
    // (a member who left the board is named by their actions)
    if (by && makerName && !board.people.has(by)) board.people.set(by, makerName);
    if (a.type === "createCard" && by) makers.set(by, (makers.get(by) ?? 0) + 1);
    if (a.type !== "commentCard") continue;
    const data = objectAt(file, `${where}.data`, a.data, "the comment's data");
    const text = stringAt(file, `${where}.data`, data, "text");
    const card = objectAt(file, `${where}.data.card`, data.card, "the card commented on");
    const cardId = stringAt(file, `${where}.data.card`, card, "id", true);
    const at = timeAt(file, where, a, "date");
    if (at === null) throw new ImportError(file, `${where}.date`, "expected an ISO 8601 time, got null");
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    held.add(text.length, where);
    board.comments.set(cardId, [...(board.comments.get(cardId) ?? []), { by, name: makerName, at, text }]);
  }
  board.creator ??= [...makers].sort((x, y) => y[1] - x[1])[0]?.[0] ?? null;
  return board;
}

/** What a list's name says its cards are: done, being done, ideas, to do, or (null) a list of its own kind ("Venue"). */
type ListKind = "done" | "doing" | "ideas" | "todo" | null;

/** A list's name by what it says of its cards ("✅ Done", "In progress", "Ideas", "To do", "Backlog"). */
const LIST_KINDS: Array<[RegExp, Exclude<ListKind, null>]> = [
  [/^(?:done|completed?|finished)\b/i, "done"],
  [/^(?:doing|in[ -]progress|wip|working on(?: it)?|ongoing|started|underway)\b/i, "doing"],
  [/^(?:ideas?|someday|maybe|wish ?list|inspiration)\b/i, "ideas"],
  [/^(?:to[ -]?do|todo|backlog|inbox|up next|next|not started)\b/i, "todo"],
];

/** What a list named `name` says its cards are ({@link ListKind}), its emoji and marks before its words passed over. */
function listKind(name: string): ListKind {
  const words = name.replace(/^[^\p{L}\p{N}]+/u, "");
  return LIST_KINDS.find(([re]) => re.test(words))?.[1] ?? null;
}

const DAY_WORDS = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** A due instant in words, in UTC: "Saturday 12 December 2026 at 11am" ("at 2:30pm"; Intl's comma after the weekday dropped). */
function dueWords(at: number): string {
  const d = new Date(at);
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  return `${DAY_WORDS.format(at).replace(",", "")} at ${h % 12 === 0 ? 12 : h % 12}${m ? `:${String(m).padStart(2, "0")}` : ""}${h < 12 ? "am" : "pm"}`;
}

/** Trello's Markdown in a card's description or a comment as plain words: links their words, bold, italics, struck and code marks dropped. */
function plainMarkdown(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]+)\]\((?:[^()\s]|\([^)]*\))+(?:\s+"[^"]*")?\)/g, "$1")
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, "$1")
    .replace(/(?<![\p{L}\p{N}*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\p{L}\p{N}*])/gu, "$1")
    .replace(/(?<![\p{L}\p{N}_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, "$1")
    .replace(/`([^`\n]+)`/g, "$1")
    .replace(/^```.*$/gm, "");
}

/** `text` with its "@username" mentions read as the names of the members they are ("@alexmorgan" → "Alex Morgan"). */
function mentionsRead(text: string, board: Board): string {
  return text.replace(/(^|[^\w@])@([A-Za-z0-9_]+)/g, (all, before: string, user: string) => {
    const name = board.usernames.get(user.toLowerCase());
    return name ? `${before}${name}` : all;
  });
}

/** A card's name without the full stop or comma closing it, to be told in a sentence. */
function bare(name: string): string {
  return name.replace(/[\s.;,:]+$/, "");
}

/** A card of the board as read from the export: what its paragraph tells. */
interface Card {
  id: string;
  name: string;
  desc: string;
  list: TrelloList | null;
  due: number | null;
  start: number | null;
  dueComplete: boolean;
  labels: string[];
  members: string[];
  active: number;
  url: string;
}

/**
 * A card as its paragraph says it ({@link parseTrello}): its list's kind and name, its due, who it is
 * assigned to ("me" for the board's maker) and its named labels, then its description, checklists and
 * comments as sentences.
 */
function cardWords(card: Card, board: Board): string {
  const kind = card.list ? listKind(card.list.name) : "todo";
  const done = kind === "done" || card.dueComplete;
  const lead = kind === "ideas" ? "Idea" : kind === null && card.list?.name ? `${card.list.name} to-do` : "To do";
  const people = card.members.map((m) => (m === board.creator ? "me" : (board.people.get(m) ?? ""))).filter(Boolean);
  const assigned = people.length ? `assigned to ${[...people.filter((p) => p !== "me"), ...people.filter((p) => p === "me")].join(" and ")}` : "";
  const parts = [
    ...(kind === "doing" && !done ? ["in progress"] : []),
    ...(card.start !== null && !done ? [`starts ${humanDate(card.start)}`] : []),
    ...(card.due !== null && !done ? [`due ${dueWords(card.due)}`] : []),
    ...(assigned ? [assigned] : []),
  ];
  const labels = card.labels.length ? `; label${card.labels.length > 1 ? "s" : ""}: ${card.labels.join(", ")}` : "";
  // (a card named by a question is told in quotes: "Idea: “Honeymoon: Kyoto or the Amalfi coast?”", what it is about, no question the note asks)
  const name = /\?$/.test(card.name) ? `“${card.name}”` : bare(card.name);
  const head = `${lead}: ${name}${done ? " (done)" : ""}${parts.length ? `, ${parts.join(", ")}` : ""}${labels}`;
  const checklists = (board.checklists.get(card.id) ?? [])
    .sort((a, b) => a.pos - b.pos)
    .map((c) => {
      const items = [...c.items]
        .sort((a, b) => a.pos - b.pos)
        .map((it) => {
          const on = [
            ...(it.member && board.people.has(it.member) ? [it.member === board.creator ? "me" : board.people.get(it.member)!] : []),
            ...(it.due !== null && !it.done ? [`due ${humanDate(it.due)}`] : []),
          ];
          return `${bare(it.name)}${it.done ? " (done)" : ""}${on.length ? ` (${on.join(", ")})` : ""}`;
        });
      const named = !c.name || /^checklist$/i.test(c.name) ? "Checklist" : /checklist/i.test(c.name) ? c.name : `${c.name} checklist`;
      return `${named}: ${items.join("; ")}.`;
    });
  const comments = (board.comments.get(card.id) ?? [])
    .sort((a, b) => a.at - b.at)
    .map((c) => {
      const words = sentences(plainMarkdown(mentionsRead(c.text, board)));
      if (!words) return "";
      const who = (c.by && board.people.get(c.by)) ?? c.name;
      return c.by !== null && c.by === board.creator ? `Comment: ${words}` : `${who ?? "Someone"}'s comment: “${words}”`;
    });
  return [/[!?]["”]?$/.test(head) ? head : `${head}.`, sentences(plainMarkdown(mentionsRead(card.desc, board))), ...checklists, ...comments]
    .filter(Boolean)
    .join(" ");
}

/**
 * A card of the export (`where`: `cards[i]`) validated, or null for one archived, on an archived list,
 * or with no words.
 * @throws ImportError naming the card's field: no object, an id, name, list or description that is no
 *   string, `closed` or `dueComplete` not true or false, a due, start or last activity that is no time,
 *   labels or members that are no list.
 */
function cardOf(file: string, where: string, value: unknown, board: Board, fileTime: number): Card | null {
  const c = objectAt(file, where, value, "a card");
  const id = stringAt(file, where, c, "id", true);
  for (const flag of ["closed", "dueComplete"] as const)
    if (c[flag] !== undefined && c[flag] !== null && typeof c[flag] !== "boolean")
      throw new ImportError(file, `${where}.${flag}`, `expected true or false, got ${describeValue(c[flag])}`);
  const name = stringAt(file, where, c, "name").replace(/\s+/g, " ").trim();
  const desc = stringAt(file, where, c, "desc");
  const listId = stringAt(file, where, c, "idList");
  const list = board.lists.get(listId) ?? null;
  const due = timeAt(file, where, c, "due");
  const start = timeAt(file, where, c, "start");
  const active = timeAt(file, where, c, "dateLastActivity") ?? idTime(id) ?? fileTime;
  for (const field of ["labels", "idMembers"] as const)
    if (c[field] !== undefined && c[field] !== null && !Array.isArray(c[field]))
      throw new ImportError(file, `${where}.${field}`, `expected a list, got ${describeValue(c[field])}`);
  if (c.closed === true || list?.closed) return null;
  if (!/[\p{L}\p{N}]/u.test(name) && !/[\p{L}\p{N}]/u.test(desc)) return null;
  const labels = ((c.labels as unknown[] | undefined) ?? []).flatMap((l, j) => {
    const label = objectAt(file, `${where}.labels[${j}]`, l, "a label");
    const named = stringAt(file, `${where}.labels[${j}]`, label, "name").trim();
    return named ? [named] : [];
  });
  const members = ((c.idMembers as unknown[] | undefined) ?? []).filter((m): m is string => typeof m === "string");
  return {
    id,
    name: name || "Untitled card",
    desc,
    list,
    due,
    start,
    dueComplete: c.dueComplete === true,
    labels,
    members,
    active,
    url: typeof c.shortUrl === "string" ? c.shortUrl : "",
  };
}

/** A paragraph of the board's note as its turns (several when over MAX_PARAGRAPH_CHARS), named by `key`, of the time `at`. */
function paragraphTurns(key: string, text: string, at: number, metadata: Record<string, unknown>): ParsedTurn[] {
  const pieces = text.length > MAX_PARAGRAPH_CHARS ? splitLong(text) : [text];
  return pieces.map((piece) => ({ externalId: key, speaker: NOTE_SPEAKER, role: "user" as const, occurredAt: at, text: piece, metadata }));
}

/**
 * Reads `file`, a Trello board's JSON export, as one note of the user's to-dos (format `note`,
 * externalId `trello:<board id>`, title the board's name; see the module comment): the board's
 * description a paragraph (turn externalId `board`, of the time the board was made, its id's), then
 * each card not archived, on a list not archived, a paragraph ({@link cardWords}; turn externalId
 * `card <id>`, of the card's `dateLastActivity`), in the file's order, said by the user (speaker
 * "User", role "user"). Turn metadata: `{ trello: { card, list, labels, due, due_complete, members,
 * checklists, comments } }` (`card` its link, `due` ISO 8601). Archived cards and lists, empty
 * cards, actions other than comments, labels with no name, custom fields and attachments are not
 * read. Past {@link MAX_HELD_CHARS} the board's paragraphs so far are given and the rest after them
 * (the same externalId).
 * @throws ImportError naming the file and where: the board's fields (`id`, a byte of invalid JSON
 *   among them), a list, member, checklist, action or card not as Trello writes one
 *   (`cards[4].due: expected an ISO 8601 time, got "soon"`), text held over {@link MAX_HELD_CHARS},
 *   the stream's own errors (invalid JSON, truncation: byte, line and column; no "lists" or "cards"
 *   array), and a board with no card to read (`cards`, "the note has no text: …", so a folder passes
 *   it over).
 */
export async function* parseTrello(
  file: string,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {},
): AsyncGenerator<ParsedConversation> {
  const fileTime = Math.floor((await stat(file)).mtimeMs);
  const passes = 5;
  const progress = (pass: number) => (read: number, total: number) => opts.onProgress?.(Math.floor((pass * total + read) / passes), total);
  const board = await boardOf(file, progress);
  const key = `trello:${board.id}`;
  let turns: ParsedTurn[] = [];
  let held = 0;
  let cards = 0;
  const note = (): ParsedConversation => ({
    format: "note",
    externalId: key,
    title: board.name,
    participants: [NOTE_SPEAKER],
    startedAt: Math.min(...turns.map((t) => t.occurredAt)),
    turns,
    records: "log",
  });
  const desc = sentences(plainMarkdown(mentionsRead(board.desc, board)));
  if (desc) turns.push(...paragraphTurns("board", `${board.name}: ${desc}`, idTime(board.id) ?? fileTime, { trello: { board: board.id } }));
  for await (const item of arrayOf(file, "cards", false, progress(4))) {
    const card = cardOf(file, `cards[${item.index}]`, item.value, board, fileTime);
    if (!card) continue;
    cards++;
    const text = cardWords(card, board);
    const all = {
      card: card.url,
      list: card.list?.name ?? null,
      labels: card.labels,
      due: card.due === null ? null : new Date(card.due).toISOString(),
      due_complete: card.dueComplete,
      members: card.members.map((m) => board.people.get(m) ?? m),
      checklists: (board.checklists.get(card.id) ?? []).length,
      comments: (board.comments.get(card.id) ?? []).length,
    };
    const metadata = Object.fromEntries(
      Object.entries(all).filter(([, v]) => v !== null && v !== "" && v !== false && v !== 0 && !(Array.isArray(v) && !v.length)),
    );
    turns.push(...paragraphTurns(`card ${card.id}`, text, card.active, { trello: metadata }));
    held += text.length;
    if (held > MAX_HELD_CHARS) {
      yield note();
      turns = [];
      held = 0;
    }
  }
  if (cards === 0) throw new ImportError(file, "cards", `${NO_TEXT}: a Trello board with no card that is not archived`);
  if (turns.length) yield note();
}

/**
 * The user's conversations with Google's Gemini (formerly Bard) from Google Takeout: "My Activity" →
 * "Gemini Apps" in JSON (Activity records: JSON; Takeout's default is HTML), `Takeout/My Activity/Gemini
 * Apps/MyActivity.json` (older Takeouts' `My Activity/Bard/`; another language's account names the folder,
 * the file and the header in it, "Gemini アプリ"). The file is google-activity.ts' records, a JSON array,
 * newest first, of `{ "header": "Gemini Apps", "title": "Prompted <what the user typed>", "subtitles"?: [{
 * "name", "url"? }], "time": "2026-10-19T06:52:31.402Z", "products": ["Gemini Apps"], "details"?: [{
 * "name", "url": "https://gemini.google.com/app/<chat>" }], "activityControls": ["Gemini Apps Activity"],
 * "safeHtmlItem"?: [{ "html": <Gemini's answer as HTML> }], "attachedFiles"?: [<a file's name beside the
 * JSON>], "imageFile"?: <an image's name> }`. A prompt's record holds Gemini's answer (no reply has a record
 * of its own; a few records' answer is missing, a few hold it in several `safeHtmlItem` items). An attached
 * file is named in `subtitles` as attached (`{ "name": "-  CV.pdf", "url": <its name in the folder> }`, after
 * a count of them) and in `attachedFiles` by its name in the folder, an image in `imageFile` too; an image
 * sent alone is a title of the verb only, "Prompted". Other records hold no words of the user's: "Created
 * Gemini Canvas titled <title>" (the canvas's text in `subtitles[0].name`, no answer), "Used an Assistant
 * feature", "Gave feedback: Good", "Selected preferred draft", "Used Gemini Apps". There are no ids:
 * not a record's, and in older Takeouts no conversation's either (newer records' `details` link the chat
 * they were said in; times are not unique). Checked against seanrobertwright/420AI's gemini-export.ts and
 * its notes on a real export of 1,452 records (the keys above but `details`; "no id / uuid / titleUrl
 * anywhere"; 9 prompts of 1,264 with no answer), vladsadovsky/llm-aggregator.ts' geminiTakeout.ts (875 real
 * records: no grouping, 13 times shared, "Created" (Canvas), "Used", "Added", "Gave" records, an image's
 * prompt of no words, several answer items), a reader checked on a real Japanese-language export of 1,214
 * records (the subtitles of attachments, `attachedFiles`, `imageFile`, a Canvas record's text, `details`
 * linking https://gemini.google.com/app/<id>), and readers of the HTML form ("Used an Assistant feature",
 * "Gave feedback: Good/Bad", "Selected preferred draft", "Answered survey question", "Used Gemini Apps").
 *
 * Read (format `gemini`): AI-assistant conversations, as chatgpt.ts and claude.ts read ChatGPT's and Claude's:
 * each prompt a turn of the user's (speaker "User", role `user`), Gemini's answer (its HTML read as text by
 * html-lines.ts) a turn of Gemini's (speaker "Gemini", "Bard" for Bard's records; role `assistant`, whose
 * words never become the user's facts), at the record's time (UTC, as Takeout gives it); attached files'
 * names in the user's turn's metadata (`attachments`), or its text when it has no words ("[attached:
 * IMG_4471.jpg]"); a Canvas made a turn of Gemini's, its text under its title ("# Isla's party plan"), no words of
 * the user's. With no conversation ids, a conversation is the prompts within 30 minutes of the one before
 * ({@link GAP_MS}), in time order; where records link their chat, two chats are two conversations even
 * within that (a record that links none goes with the one before it). A conversation is titled by its first
 * prompt and keyed by its first record's time (`gemini:2026-10-19T06:52:31.402Z`); a turn by its record's
 * time (`2026-10-19T06:52:31.402Z`, Gemini's answer `…/gemini`, `#2` after a time two records share): a
 * later Takeout, holding the same records and newer ones, adds only the new prompts (one said within 30
 * minutes of an earlier conversation's last joins it). An answer in a language whose verb is not read
 * ("送信したメッセージ: …") is kept: a record Gemini answered is a prompt, its whole title the user's words.
 *
 * Passed over: records of no words (a feature used, feedback, a draft chosen), another product's records;
 * a file of only those is refused as a note with no text, saying what it holds (a folder passes it over,
 * said why). My Activity of Gemini as a web page (MyActivity.html) is myactivity.ts' to refuse, saying to
 * choose JSON; the files attached beside MyActivity.json are passed over ({@link geminiPassedOver}).
 *
 * Memory is bounded: the file is streamed twice (google-activity.ts `activities`), first for the records'
 * times and chats (a number each, to group them), then for their words, each conversation given as its
 * last record is read (the file is newest first: one at a time), all those held given sooner, in parts under
 * the same keys, past held-notes.ts MAX_HELD_CHARS.
 */
import { basename, dirname, join } from "node:path";
import { existsSync } from "node:fs";
import { type Activity, type ActivityExample, type ActivityItem, activities, activityHeaderOf } from "./google-activity.js";
import { MAX_HELD_CHARS } from "../notes/held-notes.js";
import { type HtmlDialect, htmlLines } from "../kit/html-lines.js";
import { NO_TEXT } from "../notes/note.js";
import { ImportError, type ParsedConversation, type ParsedTurn, type ReadOptions } from "../kit/types.js";

/** A record of Gemini's as Takeout writes it: the activity fields, and Gemini's own (any may be missing or of another type in a bad file). */
interface GeminiItem extends ActivityItem {
  safeHtmlItem?: unknown;
  attachedFiles?: unknown;
  imageFile?: unknown;
}

/** The products that are Gemini's: "Gemini Apps", "Bard", another language's ("Gemini アプリ", "App Gemini"). */
const PRODUCT = /(?:^|[^\p{L}\p{N}])(?:Gemini|Bard)(?:$|[^\p{L}\p{N}])/iu;

/** A conversation's prompts are at most this far apart (ms): My Activity has no conversation ids. */
export const GAP_MS = 30 * 60_000;

/** A title's prompt: the verb, then the user's words (none: an image sent alone). */
const PROMPTED = /^Prompted(?:[\s\u00a0]+([\s\S]*))?$/;
/** A Canvas made: its title (group 1). */
const CANVAS = /^Created Gemini Canvas titled[\s\u00a0]+([\s\S]+)$/;
/** A count of attached files some titles end with ("Attached 2 files."). */
const ATTACHED = /[\s\u00a0]*Attached \d+ files?\.?$/;
/** A link to the chat a record was said in: "https://gemini.google.com/app/9d0b8ac907c407f0" (Bard's, ".../chat/…"). */
const CHAT_LINK = /^https:\/\/(?:gemini|bard)\.google\.com\/(?:app|chat)\/[A-Za-z0-9_-]+/;
/** The longest title: the first prompt's first words. */
const TITLE_CHARS = 80;

/** How an error names what a record should be. */
const EXAMPLE: ActivityExample = { header: "Gemini Apps", title: "Prompted …", time: "2026-10-19T06:52:31.402Z" };

/**
 * Gemini's answers: Markdown rendered as HTML (paragraphs, headings, lists, tables, code, quotes), read as
 * Markdown lines, a link its words and where it leads; images and media say nothing.
 */
const GEMINI_HTML: HtmlDialect = {
  silent: new Set(["script", "style", "img", "svg", "video", "audio", "iframe", "noscript", "template", "button"]),
  line: new Set(["div", "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "pre", "figcaption", "dt", "dd"]),
  paragraph: new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote", "pre", "hr", "figure", "dl"]),
  heading: (n) => n,
  links: true,
  plainTextLines: false,
  checklists: false,
};

/** Whether `header` (a record's product) is Gemini's or Bard's. */
export function isGeminiProduct(header: string | null): boolean {
  return header !== null && PRODUCT.test(header);
}

/**
 * Whether `start` (a file's start, a byte order mark dropped) is Gemini's My Activity in JSON: an array
 * whose first record opens with its `"header"` naming Gemini or Bard, then its `"title"`.
 */
export function isGeminiActivity(start: string): boolean {
  return isGeminiProduct(activityHeaderOf(start));
}

/** What a record is: a prompt, a Canvas made, or passed over (another product's; no words of the user's). */
type Kind = "prompt" | "canvas" | "other" | "activity";

/** Whether record `item` holds an answer of Gemini's: an `html` of its `safeHtmlItem` with text in it. */
function answered(item: GeminiItem): boolean {
  return (
    Array.isArray(item.safeHtmlItem) &&
    item.safeHtmlItem.some((h) => {
      const html = (h as { html?: unknown } | null)?.html;
      // (its text: its tags taken off)
      return typeof html === "string" && /\S/.test(html.replace(/<[^>]*>/g, ""));
    })
  );
}

/** What record `a` is ({@link Kind}): the same answer for the same record in both of the file's readings. */
function kindOf(a: Activity): Kind {
  if (!isGeminiProduct(a.header)) return "other";
  if (PROMPTED.test(a.title)) return "prompt";
  if (CANVAS.test(a.title)) return "canvas";
  // (a verb not read, another language's: a record Gemini answered is a prompt)
  return answered(a.item) ? "prompt" : "activity";
}

/** The chat record `item` links (`details[].url`), or null. */
function chatOf(item: GeminiItem): string | null {
  if (!Array.isArray(item.details)) return null;
  for (const d of item.details) {
    const url = (d as { url?: unknown } | null)?.url;
    const m = typeof url === "string" ? CHAT_LINK.exec(url.trim()) : null;
    if (m) return m[0];
  }
  return null;
}

/** A string, or the `name` of an object ({ "name": "CV.pdf" }), else "". */
function named(v: unknown): string {
  const s = typeof v === "string" ? v : typeof (v as { name?: unknown } | null)?.name === "string" ? (v as { name: string }).name : "";
  return s.trim();
}

/** The files attached to record `item`, by the names they were attached with (`subtitles`), else their names in the folder. */
function attachmentsOf(item: GeminiItem): string[] {
  const files = [...(Array.isArray(item.attachedFiles) ? item.attachedFiles.map(named) : []), named(item.imageFile)].filter(Boolean);
  const shownAs = new Map<string, string>();
  if (Array.isArray(item.subtitles))
    for (const s of item.subtitles) {
      const { name, url } = (s ?? {}) as { name?: unknown; url?: unknown };
      if (typeof name === "string" && typeof url === "string") shownAs.set(url.trim(), name.replace(/^[\s\u00a0]*-[\s\u00a0]*/, "").trim());
    }
  return [...new Set(files.map((f) => shownAs.get(f) || f))];
}

/** Gemini's answer in record `item`: each `safeHtmlItem`'s HTML as Markdown lines, a blank line between them. */
function answerOf(item: GeminiItem): string {
  if (!Array.isArray(item.safeHtmlItem)) return "";
  return item.safeHtmlItem
    .map((h) => (h as { html?: unknown } | null)?.html)
    .filter((h): h is string => typeof h === "string")
    .map((h) => htmlLines(h, GEMINI_HTML).join("\n").trim())
    .filter(Boolean)
    .join("\n\n");
}

/** "Gemini", or "Bard" for Bard's records: who answers. */
function assistantOf(header: string | null): string {
  return /bard/i.test(header ?? "") ? "Bard" : "Gemini";
}

/**
 * The turns of record `a` of kind `kind` (a prompt or a Canvas), at its time, keyed `key`: the user's (its
 * words, or its attachments' names when it has none), then Gemini's (its answer); a Canvas's one turn of
 * Gemini's, its text under its title. None for a prompt of no words, no file and no answer.
 */
function turnsOf(a: Activity, kind: "prompt" | "canvas", key: string): ParsedTurn[] {
  const item = a.item as GeminiItem;
  const chat = chatOf(item);
  const meta = chat ? { gemini: { chat } } : {};
  const gemini = assistantOf(a.header);
  const turns: ParsedTurn[] = [];
  const turn = (speaker: string, role: ParsedTurn["role"], id: string, text: string, metadata: Record<string, unknown>) =>
    turns.push({ externalId: id, speaker, role, occurredAt: a.at, text, metadata: { ...metadata, ...meta } });
  if (kind === "canvas") {
    // (Gemini's work, as its answers are: the canvas's text under its title, none of the user's words)
    const title = CANVAS.exec(a.title)![1]!.trim();
    const text = Array.isArray(item.subtitles) ? named(item.subtitles[0]) : "";
    turn(gemini, "assistant", `${key}/canvas`, /^#\s/.test(text) ? text : `# ${title}${text ? `\n\n${text}` : ""}`, { canvas: title });
    return turns;
  }
  const files = attachmentsOf(item);
  const prompted = PROMPTED.exec(a.title);
  let words = (prompted ? (prompted[1] ?? "") : a.title).trim();
  if (files.length) words = words.replace(ATTACHED, "").trim();
  const text = words || (files.length ? `[attached: ${files.join(", ")}]` : "");
  if (text) turn("User", "user", key, text, files.length ? { attachments: files } : {});
  const answer = answerOf(item);
  if (answer) turn(gemini, "assistant", `${key}/gemini`, answer, {});
  return turns;
}

/** A conversation found in the first reading: its first record's time, its chat (an index; -1 none), its last record's time, how many of its records are still to be read. */
interface Session {
  start: number;
  chat: number;
  last: number;
  left: number;
}

/**
 * The conversations of the records at `times` (epoch ms) in `chats` (an index per record; -1 for none),
 * in the file's order: each record's conversation (an index into the sessions), the prompts of one within
 * {@link GAP_MS} of the one before, in time order (a time shared, the file's later record first: the file
 * is newest first); a record that links a chat goes with that chat's conversation, or with the one before
 * when it links none, a record that links none with the one before.
 */
function sessionsOf(times: readonly number[], chats: readonly number[]): { sessions: Session[]; of: Int32Array } {
  const order = times.map((_, i) => i).sort((x, y) => times[x]! - times[y]! || y - x);
  const sessions: Session[] = [];
  const of = new Int32Array(times.length);
  const open = new Map<number, number>();
  let prev = -1;
  for (const i of order) {
    const [at, chat] = [times[i]!, chats[i]!];
    const near = (s: number | undefined) => s !== undefined && s >= 0 && at - sessions[s]!.last <= GAP_MS;
    let s = chat >= 0 && near(open.get(chat)) ? open.get(chat)! : -1;
    if (s < 0 && near(prev) && (chat < 0 || sessions[prev]!.chat < 0)) s = prev;
    if (s < 0) {
      s = sessions.length;
      sessions.push({ start: at, chat, last: at, left: 0 });
    }
    const session = sessions[s]!;
    if (chat >= 0 && session.chat < 0) session.chat = chat;
    if (session.chat >= 0) open.set(session.chat, s);
    session.last = at;
    session.left++;
    of[i] = s;
    prev = s;
  }
  return { sessions, of };
}

/** A conversation's turns being gathered in the second reading: each record's turns with its place in the file. */
interface Held {
  records: Array<{ at: number; index: number; turns: ParsedTurn[] }>;
  chars: number;
}

/** What a held record counts besides its text. */
const HELD_PER_RECORD = 1024;

/**
 * Session `session`'s (the `s`-th) records held as a conversation: in time order (a time shared, the
 * file's later record first), each record keyed by its time (`#2` after a time shared), titled by its first
 * prompt (a Canvas's title when it holds none), keyed by its first record's time (`gemini:<ISO 8601>`, `#<n>` when two conversations start at
 * that time: two chats).
 */
function conversationOf(session: Session, key: string, held: Held): ParsedConversation {
  const records = [...held.records].sort((a, b) => a.at - b.at || b.index - a.index);
  const seen = new Map<string, number>();
  const turns: ParsedTurn[] = [];
  for (const r of records) {
    const time = new Date(r.at).toISOString();
    const n = (seen.get(time) ?? 0) + 1;
    seen.set(time, n);
    const id = n > 1 ? `${time}#${n}` : time;
    for (const t of r.turns) turns.push({ ...t, externalId: t.externalId!.replace(/^[^/]*/, id) });
  }
  const first = (turns.find((t) => t.role === "user")?.text ?? (turns[0]?.metadata.canvas as string | undefined))?.replace(/\s+/g, " ").trim() ?? null;
  return {
    format: "gemini",
    externalId: key,
    // (cut at a word: the last one the cut falls in left out)
    title: first && first.length > TITLE_CHARS ? `${first.slice(0, TITLE_CHARS + 1).replace(/\s+\S*$/, "")}…` : first,
    participants: [...new Set(turns.map((t) => t.speaker))],
    startedAt: session.start,
    turns,
  };
}

/** What a file of only passed-over records holds, in words, for its refusal. */
function onlyPassed(entries: number, others: number): string {
  if (entries === 0) return "Gemini's activity with nothing in it";
  if (others === entries) return "My Activity of another product than Gemini's";
  return "Gemini's activity with no prompt in it (features used, feedback given, drafts chosen), no words of yours";
}

/**
 * Reads `file`, Gemini Apps' My Activity in JSON (streamed twice, {@link sessionsOf}), as the user's
 * conversations with Gemini, each given once its last record is read ({@link conversationOf}).
 * @throws ImportError naming the file and where: a file that is no JSON array (`byte 0`), the stream's own
 *   errors (byte, line and column), a record that is no object, with no time or no title (`[3]`, `[3].time`,
 *   `[3].title`: google-activity.ts `activityOf`); "the note has no text" for a file with no prompt, saying
 *   what it holds. Nothing is given before the first reading ends, so a bad record stores nothing.
 */
export async function* parseGemini(file: string, head: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  if (
    !head
      .replace(/^\uFEFF/, "")
      .trimStart()
      .startsWith("[")
  )
    throw new ImportError(file, "byte 0", "not Gemini's My Activity in JSON (My Activity/Gemini Apps/MyActivity.json)");
  const half = (from: number) => (opts.onProgress ? (read: number, total: number) => opts.onProgress!(from * total + Math.floor(read / 2), total) : undefined);
  const times: number[] = [];
  const chats: number[] = [];
  const chatIds = new Map<string, number>();
  let entries = 0;
  let others = 0;
  for await (const a of activities(file, EXAMPLE, { onProgress: half(0) })) {
    entries++;
    const kind = kindOf(a);
    if (kind === "other") others++;
    if (kind !== "prompt" && kind !== "canvas") continue;
    const chat = chatOf(a.item as GeminiItem);
    if (chat !== null && !chatIds.has(chat)) chatIds.set(chat, chatIds.size);
    times.push(a.at);
    chats.push(chat === null ? -1 : chatIds.get(chat)!);
  }
  if (times.length === 0) throw new ImportError(file, "[0]", `${NO_TEXT}: ${onlyPassed(entries, others)}`);
  const { sessions, of } = sessionsOf(times, chats);
  chatIds.clear();
  const keys = new Map<number, string>();
  const used = new Map<string, number>();
  for (const [s, session] of sessions.entries()) {
    const key = `gemini:${new Date(session.start).toISOString()}`;
    const n = (used.get(key) ?? 0) + 1;
    used.set(key, n);
    keys.set(s, n > 1 ? `${key}#${n}` : key);
  }
  const held = new Map<number, Held>();
  let heldChars = 0;
  let i = 0;
  let index = 0;
  for await (const a of activities(file, EXAMPLE, { onProgress: half(0.5) })) {
    const kind = kindOf(a);
    index++;
    if (kind !== "prompt" && kind !== "canvas") continue;
    const s = of[i++]!;
    const session = sessions[s]!;
    const turns = turnsOf(a, kind, new Date(a.at).toISOString());
    const h = held.get(s) ?? { records: [], chars: 0 };
    held.set(s, h);
    const chars = turns.reduce((n, t) => n + t.text.length, HELD_PER_RECORD);
    h.records.push({ at: a.at, index, turns });
    h.chars += chars;
    heldChars += chars;
    if (--session.left === 0) {
      held.delete(s);
      heldChars -= h.chars;
      if (h.records.some((r) => r.turns.length)) yield conversationOf(session, keys.get(s)!, h);
    } else if (heldChars > MAX_HELD_CHARS) {
      // (past the bound: what is held is given now, the rest of each conversation later under the same key)
      for (const [k, part] of held) if (part.records.some((r) => r.turns.length)) yield conversationOf(sessions[k]!, keys.get(k)!, part);
      held.clear();
      heldChars = 0;
    }
  }
}

/** Whether `name` is Gemini's My Activity in a Gemini Apps folder: MyActivity.json, or its web page. */
const RECORDS = /^My\s?Activity\.(?:json|html?)$/i;

/**
 * Why `path`, found in a folder the user imports, is passed over: a file attached to a prompt to Gemini,
 * beside MyActivity.json in Takeout's `My Activity/Gemini Apps/` (or `Bard/`) folder (its name is kept
 * with its prompt; a photo, a PDF, a recording: what Gemini was shown, not read as the user's note or
 * document); null for any other file (MyActivity.json itself, read; its web page, myactivity.ts'). Told
 * by its folder's name and a MyActivity.json beside it (an account in another language names them
 * otherwise: its attachments are then read or passed over as any file).
 */
export function geminiPassedOver(path: string): string | null {
  const folder = dirname(path);
  if (!/^(?:Gemini Apps|Bard)$/i.test(basename(folder)) || RECORDS.test(basename(path))) return null;
  if (!existsSync(join(folder, "MyActivity.json")) && !existsSync(join(folder, "My Activity.json"))) return null;
  return "a file attached to a prompt to Gemini (Google Takeout's My Activity/Gemini Apps/): its name is kept with the prompt, read from MyActivity.json";
}

/**
 * A Zoom meeting's chat as Zoom saves it → one conversation per file. Zoom writes it from the meeting's
 * Chat panel ("Save chat", or automatically at the meeting's end when the host has chosen so) as
 * `meeting_saved_chat.txt` in the meeting's folder under `~/Documents/Zoom/`, a folder Zoom names by
 * the meeting's start on the computer's clock, its topic and its meeting ID ("2026-10-06 15.00.08
 * Weekly design sync 81234567890"), beside the recording's files (`zoom_0.mp4`, `closed_caption.txt`);
 * a local recording writes `chat.txt` of its recorded part too.
 *
 * Each message opens with a line of its clock time (24-hour, no date), "From", its sender and to whom
 * it was sent:
 * - the newer clients: `15:02:11 From Leo Grant to Everyone:` (older ones padded the names with two
 *   spaces, `From  Leo Grant  to  Everyone:`), then the message's lines, each after a tab;
 * - the older one-line form: `15:02:11\t From  Leo Grant : hello`, `15:02:11\t From  Leo Grant  to
 *   Sam(Direct Message) : hi`, `… to  Sam(Privately) : hi`, the message's further lines after it as
 *   they were typed.
 * A few writers put the day first ("2026-10-06 15:02:11 From …"), which is then the message's day. The
 * user is "Me" ("From Me to Everyone:", "From Tom Fairley to Me (Direct Message):"). A message to
 * anyone but a group (Everyone, the hosts and panelists, the waiting room) is a direct message; the file
 * holds only the direct messages its saver sent or received, so the user is also the one person in
 * every direct message when that can be told (two direct messages with different people; one with
 * someone who wrote "to Me" is theirs). Zoom's line separators (U+2028) are line breaks.
 *
 * A reply opens with `Replying to "<the first 20 characters>..."`: that line is taken off and the
 * message it answers recorded with the reply (metadata `zoom.replyTo`). A reaction is a message of its
 * own, `Reacted to "<…>" with 👍` (and, in some clients, `add 👍` after the message), its removal
 * `Removed a 👍 reaction from "<…>"` (`remove 👍`): no one's words, folded into the message reacted to
 * (metadata `zoom.reactions`), passed over when that message is not in the file. Links are kept as
 * written.
 *
 * Its day: the day its Zoom folder names, else the day its file was last written (the day that puts its
 * last message at or before the file's modification time on this computer's clock, in this computer's
 * time zone at import); a message whose clock goes back by more than 12 hours is on the next day (a
 * meeting past midnight). Times are the computer's clock at the meeting and are read as UTC, as
 * Engram reads every time an export gives with no zone (a Zoom folder's start for its transcript,
 * captions.ts; a WhatsApp or LINE chat's): the chat's messages and the meeting's transcript line up, and
 * a message's day is the day the user lived it whatever zone Engram runs in later. The file is read
 * line by line (bytes.ts `fileLines`); its messages are held to its end (one conversation).
 */
import { stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { DAY, inImportRange, isoToMs } from "../../time/import-dates.js";
import { contentKey, fileLines } from "../kit/bytes.js";
import { zoomFolder } from "./captions.js";
import { addMessageLine } from "../kit/passages.js";
import { ImportError, type ParsedConversation, type ParsedTurn } from "../kit/types.js";
import { keyedByTime } from "../kit/time-keys.js";
import { humanDate } from "../../time/format.js";

/** A message's first line's start: a day (groups 1–3) some writers put first, its clock time (4–6), an "AM"/"PM" (7), then "From". */
const STAMP = String.raw`^(?:(\d{4})-(\d{2})-(\d{2})\s+)?(\d{1,2}):(\d{2}):(\d{2})(?:\s?([AaPp])\.?[Mm]\.?)?[ \t]+From[ \t]+`;
/** The older one-line form: the stamp, who to whom (group 8), " : ", the message's first line (group 9). */
const ONE_LINE = new RegExp(String.raw`${STAMP}(.+?)[ \t]+:[ \t](.*)$`);
/** The newer form: the stamp, who to whom (group 8), a colon ending the line; the message's lines follow, each after a tab. */
const TWO_LINE = new RegExp(String.raw`${STAMP}(.+?)[ \t]*:[ \t]*$`);
/** A direct message's mark after its recipient: "(Direct Message)", the older "(Privately)". */
const DIRECT = /\s*\((?:direct message|privately)\)\s*$/i;
/** Recipients that are groups, not one person: Everyone, a webinar's hosts and panelists or attendees, the waiting room. */
const GROUP =
  /^(?:everyone\b.*|all\s+(?:panelists|attendees|participants|hosts)\b.*|(?:co-?)?hosts?(?:\s+and\s+(?:co-?hosts|panelists))?|panelists?(?:\s+and\s+attendees)?|attendees|(?:everyone\s+in\s+)?(?:the\s+)?waiting\s+room\b.*|meeting\s+group\s+chat)$/i;
/** Who Zoom calls its user. */
const ME = /^me$/i;
/** A reply's first line: the message it answers, as Zoom cuts it (group 1 when the line ends with it; else group 2, and the reply's words after it on the same line, group 3). */
const REPLYING = /^Replying to "(.*)"\s*$|^Replying to "(.*?)"\s+(.+)$/;
/** A reaction: the message reacted to, as Zoom cuts it (group 1), the emoji (group 2). */
const REACTED = /^Reacted to "([\s\S]*)" with (\S[\s\S]{0,40})$/;
/** A reaction taken back: the emoji (group 1), the message (group 2). */
const REMOVED = /^Removed a (\S[\s\S]{0,40}?) reaction from "([\s\S]*)"$/;
/** A reaction to the message before it, as some clients write one: "add 👍", "remove 👍". */
const QUICK = /^(add|remove) ((?:\p{Extended_Pictographic}|\p{Emoji_Component}|\uFE0F|\u200D){1,12})$/u;
/** A clock going back by more than this (ms) is a new day: a meeting past midnight. */
const WRAP_MS = 12 * 3_600_000;
/** How far after the file's modification time (ms) its last message may be (clocks a little apart). */
const SAVED_SLACK_MS = 5 * 60_000;
/** How much of the message replied to is kept with the reply. */
const REPLY_CHARS = 280;
/** A message's first line, for errors. */
const EXAMPLE = '"15:02:11 From Leo Grant to Everyone:"';

/** Who sent a message to whom: its sender, its recipient (null: none written, the older form's message to everyone), whether it was a direct message. */
interface Route {
  from: string;
  to: string | null;
  direct: boolean;
}

/** A message being read: its first line's number, its day (UTC midnight) when its line gives one, its clock time (ms since midnight), who to whom, its lines. */
interface Draft {
  line: number;
  day: number | null;
  clock: number;
  route: Route;
  lines: string[];
  chars: number;
}

/** A message's first line: its match and whether it is the newer form (its words on the next lines). */
function headerOf(line: string): { m: RegExpExecArray; twoLine: boolean } | null {
  const one = ONE_LINE.exec(line);
  if (one && one[9]!.trim()) return { m: one, twoLine: false };
  const two = TWO_LINE.exec(line);
  return two ? { m: two, twoLine: true } : null;
}

/**
 * Whether `head` (a file's start, white space before it dropped) is a Zoom meeting's saved chat: its
 * first line is a message's first line, "15:02:11 From Leo Grant to Everyone:" (then a line after a
 * tab) or "15:02:11\t From  Leo Grant : hello".
 */
export function isZoomChat(head: string): boolean {
  const lines = head.replace(/^\uFEFF/, "").split(/\r?\n|\r/, 3);
  const header = headerOf(lines[0]!.trimEnd());
  if (!header) return false;
  // (the newer form's message is on the next line, after a tab or spaces; a message may be empty)
  return !header.twoLine || lines[1] === undefined || /^[ \t]/.test(lines[1]) || headerOf(lines[1].trimEnd()) !== null || !lines[1].trim();
}

/** "Leo  Grant " → "Leo Grant": a name as Zoom pads it, its spaces made one. */
function named(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** Who to whom a first line says ("Leo Grant to Everyone", "Tom Fairley  to  Me(Direct Message)", "Leo Grant"). */
function routeOf(said: string): Route {
  // (the last " to ": a name may hold one, "Back to Basics", but a recipient rarely does)
  const at = [...said.matchAll(/\s+to\s+/g)].at(-1);
  if (!at) return { from: named(said), to: null, direct: false };
  const from = named(said.slice(0, at.index));
  const rest = said.slice(at.index + at[0].length);
  const marked = DIRECT.test(rest);
  const to = named(rest.replace(DIRECT, ""));
  if (!from || !to) return { from: named(said), to: null, direct: false };
  return { from, to, direct: marked || !GROUP.test(to) };
}

/** The clock time of a first line's match (ms since midnight), or NaN for one that is none ("25:10:00", "13:05:00 PM"). */
function clockOf(m: RegExpExecArray): number {
  let [h, min, s] = [Number(m[4]), Number(m[5]), Number(m[6])];
  if (m[7]) {
    if (h < 1 || h > 12) return Number.NaN;
    h = (h % 12) + (m[7].toLowerCase() === "p" ? 12 : 0);
  }
  return h < 24 && min < 60 && s < 60 ? ((h * 60 + min) * 60 + s) * 1000 : Number.NaN;
}

/** `ms` (epoch ms) on this computer's clock, in its time zone at import, read as UTC (the file's modification time as the chat's clock times are). */
export function onThisClock(ms: number): number {
  const d = new Date(ms);
  return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds());
}

/** A message's words: its lines (the newer form's tab before each taken off), Zoom's line separators line breaks, blank lines at its ends dropped. */
function wordsOf(d: Draft): string {
  return d.lines
    .join("\n")
    .replace(/\u2028+/g, "\n")
    .replace(/[ \t]+$/gm, "")
    .trim();
}

/** `s` as Zoom cuts a message it quotes is compared: its "..." or "…" taken off, its white space made one. */
function cut(s: string): string {
  return s
    .replace(/(?:\.\.\.|…)$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The latest of `turns` whose words open with `quoted` (a message as Zoom quotes it: its first characters and "..."), or undefined. */
function quotedTurn(turns: readonly ParsedTurn[], quoted: string): ParsedTurn | undefined {
  const start = cut(quoted);
  if (!start) return undefined;
  for (let i = turns.length - 1; i >= 0; i--) if (turns[i]!.text.replace(/\s+/g, " ").startsWith(start)) return turns[i];
  return undefined;
}

/** A turn's Zoom extras (metadata `zoom`), made when first asked for. */
function zoomOf(turn: ParsedTurn): { reactions?: string[] } {
  turn.metadata.zoom ??= {};
  return turn.metadata.zoom as { reactions?: string[] };
}

/** A reaction added to (`add`) or taken from a turn: `emoji` by `by` ("👍 Tom Fairley"), in its metadata `zoom.reactions`. */
function react(turn: ParsedTurn | undefined, by: string, emoji: string, add: boolean): void {
  if (!turn) return;
  const zoom = zoomOf(turn);
  const reaction = `${emoji.trim()} ${by}`;
  const reactions = zoom.reactions ?? [];
  if (add) reactions.push(reaction);
  else if (reactions.includes(reaction)) reactions.splice(reactions.indexOf(reaction), 1);
  if (reactions.length) zoom.reactions = reactions;
  else delete zoom.reactions;
  if (!Object.keys(zoom).length) delete turn.metadata.zoom;
}

/**
 * Who the user is by name, told by the direct messages (`routes`, each a sender and a recipient; the
 * file holds only its saver's): the one person in every direct message not to or from "Me", but anyone
 * who wrote to or heard from "Me"; null when that is no one or more than one (a single direct message
 * between two names).
 */
function namedUser(routes: readonly Route[]): string | null {
  const direct = routes.filter((r) => r.direct && r.to !== null);
  const withMe = new Set(direct.flatMap((r) => (ME.test(r.to!) ? [r.from] : ME.test(r.from) ? [r.to!] : [])));
  let candidates: string[] | null = null;
  for (const r of direct) {
    if (ME.test(r.from) || ME.test(r.to!)) continue;
    const both = [r.from, r.to!];
    candidates = candidates ? candidates.filter((n) => both.includes(n)) : both;
  }
  const left = (candidates ?? []).filter((n) => !withMe.has(n));
  return left.length === 1 ? left[0]! : null;
}

/**
 * Reads `file`, a Zoom meeting's saved chat (see the module comment), into one conversation (format
 * `zoomchat`; externalId `zoomchat:<its Zoom folder's name>`, so a chat saved again later in the
 * meeting, or the recording's chat.txt beside it, adds only its new messages; for a file outside a
 * Zoom folder its content key, `sha256:<hex>`; title the topic the folder names, "Weekly design sync",
 * else "Zoom meeting chat, 6 October 2026"). Each message is a turn of its sender at its day and clock
 * time, in time order: the user's ("Me", or the one the direct messages tell) role "user", everyone
 * else's "other" (`--me` names the user besides, import.ts). Turn externalId its time, ISO 8601
 * ("2026-10-06T15:02:11.000Z", "…#2" for a second message in the same second); metadata `{ line,
 * zoom?: { to, replyTo: { speaker, text }, reactions } }` (`to` a direct message's recipient, "the
 * user" for the user), and `letter: { to: ["the user"] }` for a direct message to the user (its "you"
 * is the user's, memory/letters.ts). Null when no message has words (reactions only). `onProgress` gets
 * the bytes read.
 * @throws ImportError naming the file and line: a line before the first message that is none (`line
 *   1: expected a Zoom chat message like "15:02:11 From Leo Grant to Everyone:", got "…"`), a clock
 *   time that is none (`"25:10:00" is no time of day`), a day that is none ("2026-02-30 …"), a
 *   message over passages.ts MAX_MESSAGE_CHARS, a day outside 1970–2199; `line N (byte M)` for bytes that are not UTF-8.
 */
export async function parseZoomChat(
  file: string,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {},
): Promise<ParsedConversation | null> {
  const info = await stat(file);
  const input = fileLines(file, info.size, opts.onProgress);
  const drafts: Draft[] = [];
  let draft: Draft | null = null;
  let twoLine = false;
  let n = 0;
  try {
    for await (const raw of input.lines) {
      n++;
      const line = (n === 1 ? raw.replace(/^\uFEFF/, "") : raw).trimEnd();
      const header = headerOf(line);
      if (header) {
        const { m } = header;
        const clock = clockOf(m);
        if (Number.isNaN(clock))
          throw new ImportError(file, `line ${n}`, `${JSON.stringify(line.slice(0, line.search(/[ \t]From[ \t]/)).trim())} is no time of day`);
        const day = m[1] ? isoToMs(`${m[1]}-${m[2]}-${m[3]}`) : null;
        if (day !== null && Number.isNaN(day)) throw new ImportError(file, `line ${n}`, `"${m[1]}-${m[2]}-${m[3]}" is no day`);
        twoLine = header.twoLine;
        const first = header.twoLine ? [] : [m[9]!];
        draft = { line: n, day, clock, route: routeOf(m[8]!), lines: first, chars: first.join("").length };
        drafts.push(draft);
        continue;
      }
      if (!draft) {
        if (!line.trim()) continue;
        throw new ImportError(file, `line ${n}`, `expected a Zoom chat message like ${EXAMPLE}, got ${JSON.stringify(line.trim().slice(0, 60))}`);
      }
      // (the newer form's lines each after a tab, or spaces where a copy made the tab spaces)
      const next = twoLine ? line.replace(/^(?:\t| +)/, "") : line;
      addMessageLine(file, draft, next);
    }
  } finally {
    input.close();
  }
  if (!drafts.length) throw new ImportError(file, `line ${n}`, `no messages found (expected a Zoom chat message like ${EXAMPLE})`);
  input.finished();
  const folder = zoomFolder(basename(dirname(file)));
  const times = timesOf(drafts, folder?.start ?? null, onThisClock(Math.floor(info.mtimeMs)));
  const bad = times.findIndex((t) => !inImportRange(t));
  if (bad >= 0) throw new ImportError(file, `line ${drafts[bad]!.line}`, "the message's day is no day Engram imports (1970 to 2199)");
  const turns = turnsOf(drafts, times);
  if (!turns.length) return null;
  keyedByTime(turns);
  const startedAt = turns[0]!.occurredAt;
  return {
    format: "zoomchat",
    externalId: folder ? `zoomchat:${basename(dirname(file))}` : await contentKey(file),
    title: folder?.topic ?? `Zoom meeting chat, ${humanDate(startedAt)}`,
    participants: [...new Set(turns.map((t) => t.speaker))],
    startedAt,
    turns,
  };
}

/**
 * Each message's time (epoch ms, its clock read as UTC): its own day when its line gives one, else the
 * day after the last message's (or the meeting's `start`, its folder's) that keeps the clock going
 * forward (back by over 12 hours is the next day); with no folder, the days are those that put the last
 * message at or before `saved`, the file's modification time on this computer's clock.
 */
function timesOf(drafts: readonly Draft[], start: number | null, saved: number): number[] {
  const rel: number[] = [];
  let day = start === null ? 0 : Math.floor(start / DAY) * DAY;
  let prev = start === null ? null : start;
  let given = false;
  for (const d of drafts) {
    if (d.day !== null) {
      day = d.day;
      given = true;
    } else if (prev !== null && day + d.clock < prev - WRAP_MS) day += DAY * Math.ceil((prev - WRAP_MS - (day + d.clock)) / DAY);
    const at = day + d.clock;
    rel.push(at);
    prev = at;
  }
  if (start !== null || given) return rel;
  // (no folder and no day: the days before the file was saved)
  const shift = Math.floor((saved + SAVED_SLACK_MS - rel.at(-1)!) / DAY) * DAY;
  return rel.map((t) => t + shift);
}

/** The turns of `drafts` at `times`: reactions folded into the message reacted to, a reply's quote into its metadata, the user told ({@link namedUser}). */
function turnsOf(drafts: readonly Draft[], times: readonly number[]): ParsedTurn[] {
  const user = namedUser(drafts.map((d) => d.route));
  const isUser = (name: string | null): boolean => name !== null && (ME.test(name) || name === user);
  const turns: ParsedTurn[] = [];
  for (const [i, d] of drafts.entries()) {
    let text = wordsOf(d);
    const by = d.route.from;
    const reacted = REACTED.exec(text);
    const removed = REMOVED.exec(text);
    const quick = QUICK.exec(text);
    if (reacted || removed || quick) {
      if (reacted) react(quotedTurn(turns, reacted[1]!), by, reacted[2]!, true);
      else if (removed) react(quotedTurn(turns, removed[2]!), by, removed[1]!, false);
      else react(turns.at(-1), by, quick![2]!, quick![1] === "add");
      continue;
    }
    const [first, ...rest] = text.split("\n");
    const reply = REPLYING.exec(first!);
    let replyTo: { speaker: string | null; text: string } | undefined;
    if (reply) {
      const quoted = reply[1] ?? reply[2]!;
      const target = quotedTurn(turns, quoted);
      replyTo = target ? { speaker: target.speaker, text: target.text.slice(0, REPLY_CHARS) } : { speaker: null, text: cut(quoted) };
      text = [reply[3] ?? "", ...rest].join("\n").trim();
    }
    if (!text) continue;
    const to = d.route.direct ? d.route.to : null;
    const zoom = { ...(to !== null ? { to: isUser(to) ? "the user" : to } : {}), ...(replyTo ? { replyTo } : {}) };
    turns.push({
      externalId: null,
      speaker: by,
      role: isUser(by) ? "user" : "other",
      occurredAt: times[i]!,
      text,
      metadata: {
        line: d.line,
        ...(Object.keys(zoom).length ? { zoom } : {}),
        // (a direct message to the user is said to them: its "you" is theirs, as a letter's, memory/letters.ts)
        ...(to !== null && isUser(to) && !isUser(by) ? { letter: { to: ["the user"] } } : {}),
      },
    });
  }
  return turns;
}

/**
 * Why `path`, a local recording's `chat.txt` in a Zoom folder, is passed over: the meeting's saved
 * chat is beside it (`meeting_saved_chat.txt`), the whole meeting's chat of which chat.txt holds the
 * recorded part, read from there; null for any other file.
 */
export function zoomChatCopy(path: string, exists: (p: string) => boolean): string | null {
  if (basename(path).toLowerCase() !== "chat.txt" || !zoomFolder(basename(dirname(path)))) return null;
  const saved = join(dirname(path), "meeting_saved_chat.txt");
  return exists(saved) ? "the recording's copy of the meeting's chat (its recorded part), read from meeting_saved_chat.txt beside it" : null;
}

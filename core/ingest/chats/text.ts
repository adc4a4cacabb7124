/**
 * Plain-text and Markdown chat transcripts → one conversation per file, read line by line.
 *
 * A message starts with `Speaker: text`, `**Speaker:** text` or `**Speaker**: text`, optionally
 * after a timestamp (`[2024-03-05 14:02]`, `2024-03-05T14:02:00Z`, `(14:02)`, `14:02 -`,
 * `[3/5/24, 2:02 PM]`, or day first `[13/03/2026, 17:45:22]` when a date of the file tells), or with a `## Speaker` heading whose text follows on the next lines.
 * Lines without a speaker continue the previous message. A date-only line (`# 2024-03-05`,
 * `--- March 5, 2024 ---`, `2024-03-05`) sets the day for time-only stamps; a `# Title` heading
 * before the first message names the conversation. Known ambiguity: a continuation line that looks
 * like `Word: text` (≤ 4 words before the colon) starts a new message.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { createInterface } from "node:readline";
import { contentKey, fileLines } from "../kit/bytes.js";
import { DAY, isoToMs, parseHumanDate, dayFirstStamp, slashDatesDayFirst, timeOfDayMs, utcDay } from "../../time/import-dates.js";
import { ImportError, type ParsedConversation, type ParsedTurn } from "../kit/types.js";

/** A timestamp on a line: an absolute instant, or a time of day (ms since midnight) that needs a day. */
export type Stamp = { kind: "instant"; ms: number } | { kind: "time"; ms: number };

/** What one transcript line is. */
export type TextLine =
  | { kind: "blank" }
  | { kind: "rule" }
  | { kind: "date"; dayMs: number }
  | { kind: "title"; title: string }
  | { kind: "speaker"; speaker: string; text: string; stamp: Stamp | null }
  /** A stamped line with no speaker: a chat export's notice ("Helen created group …", "Messages and calls are end-to-end encrypted"). */
  | { kind: "event" }
  | { kind: "heading"; speaker: string }
  | { kind: "text" };

const NAME = /^[\p{L}\p{N}][\p{L}\p{N}\p{M} ._'’()@&-]*$/u;
const DIGITS = /^\d+$/;
const HAS_DIGIT = /\d/;
const BOLD_SPEAKER = /^\*\*([^*]{1,40}?)(?::\*\*|\*\*\s*:)\s*(.*)$/;
const PLAIN_SPEAKER = /^([^:*#>`]{1,40}?)\s*:(?:\s+(.*))?$/;
const RULE = /^([-*_=])(\s*\1){2,}$/;
const HEADING = /^(#{1,6})\s+(.*?)[\s#]*$/;
const DECORATED = /^[-=]{2,}\s*(.+?)\s*[-=]{2,}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True when `s` looks like a speaker name: ≤ 40 characters, ≤ 4 words, starts with a letter or digit, not only digits. */
function isName(s: string): boolean {
  return s.length <= 40 && NAME.test(s) && !DIGITS.test(s) && s.split(/\s+/).length <= 4;
}

/** Parses the inside of a bracketed stamp, or a bare one: time of day, ISO date-time, or a human date (`dayFirst`: "13/03/2026"). */
function parseStamp(s: string, dayFirst: boolean): Stamp | null {
  const tod = timeOfDayMs(s);
  if (!Number.isNaN(tod)) return { kind: "time", ms: tod };
  const iso = isoToMs(s);
  if (!Number.isNaN(iso)) return { kind: "instant", ms: iso };
  const human = HAS_DIGIT.test(s) ? parseHumanDate(s, { dayFirst }) : null;
  return human ? { kind: "instant", ms: human.ms } : null;
}

const BRACKETED = /^(?:\[([^\]]{1,40})\]|\(([^)]{1,40})\))\s*/;
const BARE_STAMPS = [
  /^(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s?(?:Z|[+-]\d{2}:?\d{2}))?)\s*(?:[-–—|]\s+)?/i,
  /^(\d{1,2}\/\d{1,2}\/\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?)\s*[-–—]\s+/i,
  /^(\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?)\s+(?:[-–—|]\s+)?/i,
];

/** Splits a leading timestamp off `s`: the stamp and the rest of the line, or null. */
function splitStamp(s: string, dayFirst: boolean): { stamp: Stamp; rest: string } | null {
  const b = BRACKETED.exec(s);
  const candidates = b
    ? [[b[0], b[1] ?? b[2]!]]
    : BARE_STAMPS.map((re) => re.exec(s))
        .filter((m) => m !== null)
        .map((m) => [m[0], m[1]!]);
  for (const [whole, inner] of candidates) {
    const stamp = parseStamp(inner!, dayFirst);
    if (stamp) return { stamp, rest: s.slice(whole!.length) };
  }
  return null;
}

/** A whole line that is only a calendar date (no time of day): its UTC midnight, or null. */
function dateOnly(s: string, dayFirst: boolean): number | null {
  const d = HAS_DIGIT.test(s) ? parseHumanDate(s, { dayFirst }) : null;
  return d && !d.hasTime ? utcDay(d.ms) : null;
}

/** `Speaker: text` / `**Speaker:** text` / `**Speaker**: text` → name and text, or null. */
function splitSpeaker(s: string): { speaker: string; text: string } | null {
  const m = BOLD_SPEAKER.exec(s) ?? PLAIN_SPEAKER.exec(s);
  if (!m || !isName(m[1]!.trim())) return null;
  return { speaker: m[1]!.trim(), text: m[2] ?? "" };
}

/** Classifies one line of a transcript (see the module comment for the grammar); `opts.dayFirst`: its slash dates are day/month. */
export function classifyLine(line: string, opts: { dayFirst?: boolean } = {}): TextLine {
  const dayFirst = opts.dayFirst ?? false;
  const s = line.trim();
  if (!s) return { kind: "blank" };
  if (RULE.test(s)) return { kind: "rule" };
  const heading = HEADING.exec(s);
  if (heading) {
    const inner = heading[2]!;
    const day = dateOnly(inner, dayFirst);
    if (day !== null) return { kind: "date", dayMs: day };
    if (heading[1] === "#") return { kind: "title", title: inner };
    return isName(inner) ? { kind: "heading", speaker: inner } : { kind: "text" };
  }
  const decorated = DECORATED.exec(s);
  if (decorated || ISO_DATE.test(s)) {
    const day = dateOnly(decorated ? decorated[1]! : s, dayFirst);
    if (day !== null) return { kind: "date", dayMs: day };
  }
  const stamped = splitStamp(s, dayFirst);
  const said = splitSpeaker(stamped ? stamped.rest : s);
  if (said) return { kind: "speaker", ...said, stamp: stamped?.stamp ?? null };
  // (a stamped line with no speaker is the export's notice, not a message's next line: WhatsApp's
  // "05/03/2026, 19:00 - Messages and calls are end-to-end encrypted")
  return stamped?.rest.trim() ? { kind: "event" } : { kind: "text" };
}

const ROLE_NAMES: Array<[RegExp, ParsedTurn["role"]]> = [
  [/^(user|me|you|i|human)$/i, "user"],
  [/^(assistant|ai|bot|model|chatgpt|gpt(-?[\w.]+)?|claude|gemini|copilot|llama)$/i, "assistant"],
  [/^system$/i, "system"],
];

/** Role from a speaker name: User/Me/Human → user, Assistant/AI/ChatGPT/Claude/… → assistant, System → system, else other. */
export function roleOf(speaker: string): ParsedTurn["role"] {
  return ROLE_NAMES.find(([re]) => re.test(speaker))?.[1] ?? "other";
}

/**
 * Whether the file's numeric slash dates are day first ("[13/03/2026, 17:45:22] Sophie: …", as a
 * phone set to British English exports WhatsApp): read line by line until a date tells (a first
 * number over 12: day first; a second over 12: month first); when none does, day first if its first
 * is WhatsApp's stamp of a day-first locale (import-dates.ts dayFirstStamp: "[01/11/2026, 18:02:11]"),
 * else month first, as chrono reads them. A first pass, so a day-first file whose first days are all
 * ≤ 12 is read right from its first line.
 */
async function slashDatesOrder(file: string): Promise<boolean> {
  const lines = createInterface({ input: createReadStream(file, { encoding: "utf8", highWaterMark: 64 * 1024 }), crlfDelay: Infinity });
  let shape: boolean | undefined;
  try {
    for await (const line of lines) {
      const order = slashDatesDayFirst(line);
      if (order !== null) return order;
      shape ??= dayFirstStamp(line) ?? undefined;
    }
    return shape ?? false;
  } finally {
    lines.close();
  }
}

/**
 * A message that is the chat app's notice, not its speaker's words: WhatsApp marks them with a
 * left-to-right mark ("‎image omitted", "‎Messages and calls are end-to-end encrypted") or writes
 * "<Media omitted>", "This message was deleted".
 */
const EXPORT_NOTICE =
  /^\u200e|^<media omitted>$|^(?:image|video|audio|sticker|gif|document|contact card) omitted$|^(?:this message was deleted|you deleted this message)\.?$/i;

/** WhatsApp's mark of an edited message, closing it ("… at 11 ‎<This message was edited>"). */
const EDITED = /\s*\u200e?<This message was edited>$/;
/** A WhatsApp poll: its question, then its options each with its votes ("‎POLL:" "First dance song?" "‎OPTION: At Last (1 vote)"). */
const POLL = /^\u200e?POLL:\s*\n(.+)\n((?:\u200e?OPTION:.*(?:\n|$))+)$/;

/**
 * A WhatsApp message's own words: without the mark of an edit, and a poll told as its question and
 * its options with their votes ("Poll on first dance song: At Last – Etta James (1 vote); Make You
 * Feel My Love – Adele (2 votes).", had been passed over as a notice for its opening mark).
 */
function whatsAppWords(body: string): string {
  const text = body.replace(EDITED, "");
  const poll = POLL.exec(text);
  if (!poll) return text;
  const options = poll[2]!
    .split("\n")
    .map((o) => o.replace(/^\u200e?OPTION:\s*/, "").trim())
    .filter(Boolean);
  const question = poll[1]!.trim().replace(/[?.!]+$/, "");
  return `Poll on ${question[0]!.toLowerCase()}${question.slice(1)}: ${options.join("; ")}.`;
}

/** Options of {@link parseTextTranscript}. */
export interface TextOptions {
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

/**
 * Reads a transcript file (UTF-8, streamed with node:readline) into one conversation:
 * externalId = the file's content key (`contentKey`: the same file from another folder or uploaded
 * again is the same conversation), title = the `# Title` heading or the file name. Times: a full
 * stamp as is (UTC when it has no zone); a time-only stamp on the day of the last date line or full
 * stamp (else the file's modification day), moved to the next day when it is more than an hour
 * earlier than the previous message (midnight passed); an unstamped message right after a date line
 * at that day's midnight, otherwise 1 s after the previous message, and the first at the file's
 * modification time. Turn metadata: `{ line }`, the 1-based line where the message starts.
 * @throws ImportError `line N: expected "Speaker: text" ...` for text before the first message,
 *   `line N (byte M): invalid UTF-8 ...`, or when the file has no message at all.
 */
export async function parseTextTranscript(file: string, opts: TextOptions = {}): Promise<ParsedConversation> {
  const info = await stat(file);
  const dayFirst = await slashDatesOrder(file);
  const total = info.size;
  const mtime = Math.floor(info.mtimeMs);
  const input = fileLines(file, total, opts.onProgress);

  const turns: ParsedTurn[] = [];
  const participants: string[] = [];
  let title: string | null = null;
  let day: number | null = null; // UTC midnight of the current day, from a date line or a full stamp
  let freshDay = false; // a date line came after the last message
  let prev: number | null = null; // time of the previous message
  let current: { speaker: string; lines: string[]; at: number; line: number } | null = null;

  const flush = (): void => {
    const body = current && whatsAppWords(current.lines.join("\n").trim());
    if (current && body && !EXPORT_NOTICE.test(body)) {
      turns.push({
        externalId: null,
        speaker: current.speaker,
        role: roleOf(current.speaker),
        occurredAt: current.at,
        text: body,
        metadata: { line: current.line },
      });
      if (!participants.includes(current.speaker)) participants.push(current.speaker);
    }
  };
  const timeOf = (stamp: Stamp | null): number => {
    let at: number;
    if (stamp?.kind === "instant") at = stamp.ms;
    else if (stamp?.kind === "time") {
      at = (day ?? utcDay(mtime)) + stamp.ms;
      while (!freshDay && prev !== null && at < prev - 3_600_000) at += DAY;
    } else at = freshDay && day !== null ? day : prev === null ? mtime : prev + 1000;
    if (stamp) day = utcDay(at);
    freshDay = false;
    prev = at;
    return at;
  };

  let n = 0;
  try {
    for await (const raw of input.lines) {
      n++;
      const line = classifyLine(raw, { dayFirst });
      if (line.kind === "speaker" || line.kind === "heading") {
        flush();
        const stamp = line.kind === "speaker" ? line.stamp : null;
        current = { speaker: line.speaker, lines: line.kind === "speaker" ? [line.text] : [], at: timeOf(stamp), line: n };
      } else if (line.kind === "date") {
        day = line.dayMs;
        freshDay = true;
      } else if (line.kind === "title" && !current) {
        title ??= line.title;
      } else if (line.kind === "blank" || line.kind === "rule") {
        if (line.kind === "blank") current?.lines.push("");
      } else if (line.kind === "event") {
        // (a notice ends the message before it and is no one's words)
        flush();
        current = null;
      } else if (current) {
        current.lines.push(raw.trimEnd());
      } else {
        const shown = raw.trim().length > 60 ? `${raw.trim().slice(0, 57)}...` : raw.trim();
        throw new ImportError(
          file,
          `line ${n}`,
          `expected "Speaker: text" (optionally after a timestamp like [2024-03-05 14:02]) before the first message, got ${JSON.stringify(shown)}`,
        );
      }
    }
  } finally {
    input.close();
  }
  flush();
  if (!turns.length) throw new ImportError(file, `line ${n}`, 'no messages found (expected lines like "Speaker: text")');
  input.finished();
  return { format: "text", externalId: await contentKey(file), title: title ?? basename(file), participants, startedAt: turns[0]!.occurredAt, turns };
}

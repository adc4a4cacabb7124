/**
 * Bounds on imported text (DESIGN.md: memory is bounded for any input; long texts are split, never
 * embedded or handed to the engine whole).
 *
 * - A message longer than {@link MAX_MESSAGE_CHARS} is refused: the import fails, naming the file
 *   and the message, and changes nothing.
 * - A message longer than {@link PASSAGE_CHARS} is stored as several passages, one source each,
 *   cut at paragraph, line, sentence or word boundaries; each passage records its span in the
 *   message (`metadata.passage`), so provenance points at the part a memory came from.
 */

import { ImportError, type ParsedConversation, type ParsedTurn } from "./types.js";

/**
 * The largest message Engram imports: 1,000,000 characters (about 500 printed pages). Beyond it a
 * message is almost always a pasted dump (a log, a data file) that no memory would summarise.
 */
export const MAX_MESSAGE_CHARS = 1_000_000;

/** A message of a text export being read line by line: the line it starts on (1-based), its lines so far and their characters. */
export interface MessageDraft {
  line: number;
  lines: string[];
  chars: number;
}

/**
 * Adds `next` (one more line of its words) to `draft`, a message of `file` read line by line (LINE's
 * export, a Zoom chat), so memory holds at most {@link MAX_MESSAGE_CHARS} of it.
 * @throws ImportError naming the message's first line when it grows past MAX_MESSAGE_CHARS.
 */
export function addMessageLine(file: string, draft: MessageDraft, next: string): void {
  draft.chars += next.length + 1;
  if (draft.chars > MAX_MESSAGE_CHARS)
    throw new ImportError(
      file,
      `line ${draft.line}`,
      `the message is over ${MAX_MESSAGE_CHARS.toLocaleString("en-US")} characters long; the largest message Engram imports is ${MAX_MESSAGE_CHARS.toLocaleString("en-US")} characters (shorten it or remove it from the file)`,
    );
  draft.lines.push(next);
}

/**
 * The error refusing `turn` of `conv` for its length (`length`: its figure, e.g. "50,000,004" or
 * "over 1,000,000"): `<file>: [index] message <id>: the message is … characters long; …`, or
 * `line N` for a text file (`index` null).
 */
export function messageTooLong(file: string, conv: ParsedConversation, turn: ParsedTurn, index: number | null, length: string): ImportError {
  const line = typeof turn.metadata.line === "number" ? `line ${turn.metadata.line}` : null;
  const where = index === null ? (line ?? "message") : `[${index}] message ${turn.externalId ?? `#${conv.turns.indexOf(turn) + 1}`}`;
  return new ImportError(
    file,
    where,
    `the message is ${length} characters long; the largest message Engram imports is ${MAX_MESSAGE_CHARS.toLocaleString("en-US")} characters (shorten it or remove it from the file)`,
  );
}

/** Longest passage: 2,000 characters (about 400 words; the bundled embedder reads ~128 tokens). */
export const PASSAGE_CHARS = 2_000;

/** One passage of a message: its text and its span `[start, end)` in the message, in UTF-16 units. */
export interface Passage {
  text: string;
  start: number;
  end: number;
}

const BREAKS: RegExp[] = [/\n\s*\n\s*/g, /\n/g, /[.!?…。]["')\]]?\s+/g, /\s+/g];

/**
 * Splits `text` into passages of at most `max` characters, each ending at the last paragraph
 * break, else line break, else sentence end, else space in its second half (a hard cut, never
 * inside a surrogate pair, when there is none). Whitespace at the cuts is dropped from the
 * passages' text but counted in their spans. A text of at most `max` characters is one passage.
 */
export function splitPassages(text: string, max = PASSAGE_CHARS): Passage[] {
  if (text.length <= max) return [{ text, start: 0, end: text.length }];
  const out: Passage[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + max, text.length);
    let next = end;
    if (end < text.length) [end, next] = cutPoint(text, start, end);
    const piece = text.slice(start, end);
    const lead = piece.length - piece.trimStart().length;
    const body = piece.trim();
    if (body) out.push({ text: body, start: start + lead, end: start + lead + body.length });
    start = next;
  }
  return out;
}

/** Where to end a passage that starts at `start` and may reach `limit`: [end of its text, start of the next]. */
function cutPoint(text: string, start: number, limit: number): [number, number] {
  const window = text.slice(start, limit + 1);
  const half = Math.floor((limit - start) / 2);
  for (const re of BREAKS) {
    let best = -1;
    let after = -1;
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) {
      const cut = m.index + m[0].trimEnd().length;
      if (cut >= half && cut <= limit - start) [best, after] = [cut, m.index + m[0].length];
      if (m[0].length === 0) re.lastIndex++;
    }
    if (best > 0) return [start + best, start + Math.min(after, limit - start)];
  }
  const code = text.charCodeAt(limit - 1);
  const end = code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit; // keep a surrogate pair whole
  return [end, end];
}

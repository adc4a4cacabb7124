/**
 * What the memory engine reads of a source: the speaker's own words (not text inside the turn that
 * claims to come from someone else), and of a long message a bounded number of sentences, so the
 * engine's cost per message is bounded whatever its length (issue 12 items 2 and 14).
 */
import type { SourceRow } from "../db/types.js";
import { LruCache } from "../util/lru.js";
import { asLetter, letterRecipient } from "./letters.js";
import { escapeRegExp } from "../util/quote.js";
import { parseSentences, type Sentence, sentenceSpans } from "./sentences.js";

/**
 * Sentences the engine parses per message: 12 (a LoCoMo turn has 1–4). A message longer than one
 * passage (core/ingest/passages.ts, 2,000 characters) is read passage by passage, each passage its
 * own source and provenance span, with an equal share of the budget and at least 2 sentences: a 25 KB
 * message costs ~26 parsed sentences, not ~300. The rest of a long message is stored and searchable
 * (the passage index), only not condensed into facts.
 */
export const SENTENCE_BUDGET = 12;
const MIN_PER_PASSAGE = 2;

/** Speaker labels of roles, not people: a line opening with one of these is text from "the system". */
const ROLE_LABELS = [
  "system",
  "assistant",
  "user",
  "human",
  "ai",
  "a\\.i\\.",
  "bot",
  "chatbot",
  "chatgpt",
  "gpt(?:-?\\d[\\w.-]*)?",
  "claude",
  "gemini",
  "copilot",
  "bard",
  "deepseek",
  "grok",
  "mistral",
  "le chat",
  "perplexity",
  "engram",
  "developer",
  "ai assistant",
  "system prompt",
  "system message",
];

const labelCache = new Map<string, RegExp>();

/**
 * A speaker label that opens a line or follows the end of a sentence: `Name:`, `**Name**:`,
 * `Name (note):`, `[Name]`, `<Name>`, `<|Name|>`, `<|im_start|>Name`, for a role or one of `others`.
 */
function labelPattern(others: string[]): RegExp {
  const key = others.join("\u0000");
  let re = labelCache.get(key);
  if (!re) {
    const names = [...ROLE_LABELS, ...others.map((o) => escapeRegExp(o.trim()).replace(/\s+/g, "\\s+"))].join("|");
    const start = String.raw`(?:^|(?<=[.!?…]["'”’)\]]*[ \t]+))`;
    const marks = String.raw`[ \t>#*_~-]*`;
    const label = [
      String.raw`(?:${names})(?:[ \t]*\([^)\n]{0,40}\))?[*_]*[ \t]*:`,
      String.raw`\[[ \t]*(?:${names})[ \t]*\]`,
      String.raw`<\|?[ \t]*(?:${names})[ \t]*\|?>`,
      String.raw`<\|im_start\|>[ \t]*(?:${names})\b`,
    ].join("|");
    re = new RegExp(`${start}${marks}(?:${label})`, "imu");
    if (labelCache.size > 256) labelCache.clear();
    labelCache.set(key, re);
  }
  return re;
}

/**
 * The speaker's own words of a turn: text that claims to come from another speaker or the system
 * (a line, or the rest of a line after a sentence, opening with "Assistant:", "System:", "[system]",
 * "<|im_start|>system", or another participant's name and a colon) is removed, to the end of its line,
 * or to the end of its paragraph when the label stands alone on its line. Such text is quoted or
 * injected; it is kept in the source, but it is not a fact about anyone.
 * @param speaker the turn's speaker (their own name as a label is theirs)
 * @param participants the conversation's participants; the others' names count as foreign labels
 */
export function ownWords(text: string, speaker: string | null, participants: string[]): string {
  const self = speaker?.trim().toLowerCase();
  const others = participants.filter((p) => p.trim() && p.trim().toLowerCase() !== self);
  const re = labelPattern(others);
  if (!re.test(text)) return text;
  const out: string[] = [];
  let skipParagraph = false;
  for (const line of text.split("\n")) {
    if (skipParagraph) {
      if (line.trim()) continue;
      skipParagraph = false;
    }
    const m = re.exec(line);
    if (!m) {
      out.push(line);
      continue;
    }
    const before = line.slice(0, m.index);
    if (!line.slice(m.index + m[0].length).trim() && !before.trim()) skipParagraph = true;
    if (before.trim()) out.push(before.trimEnd());
  }
  return out.join("\n");
}

/** How many sentences of this source the engine reads (its passage's share of SENTENCE_BUDGET). */
export function sentenceBudget(source: Pick<SourceRow, "metadata">): number {
  let count = 1;
  try {
    const p = (JSON.parse(source.metadata || "{}") as { passage?: { count?: unknown } }).passage;
    if (typeof p?.count === "number" && p.count > 1) count = p.count;
  } catch {
    // metadata is written by Engram itself; unreadable metadata only means "one passage"
  }
  return Math.max(MIN_PER_PASSAGE, Math.ceil(SENTENCE_BUDGET / count));
}

/** `text` cut after its first `n` sentences (ICU sentence segmentation; "Dr. Okafor" is one sentence, see {@link sentenceSpans}). */
export function firstSentences(text: string, n: number): string {
  let seen = 0;
  for (const span of sentenceSpans(text)) {
    if (span.text.trim() && ++seen > n) return text.slice(0, span.index);
  }
  return text;
}

/**
 * The parsed sentences the engine reads of a source: its speaker's own words (`ownWords`; an
 * email's as a letter to its recipient, letters.ts `asLetter`), at most `sentenceBudget(source)` sentences of them.
 */
export function readSentences(source: SourceRow, participants: string[]): Sentence[] {
  const own = ownWords(source.text, source.speaker, participants);
  // (an email is a letter to its recipient: letters.ts)
  const to = letterRecipient(source);
  return parseSentences(firstSentences(to === null ? own : asLetter(own, to), sentenceBudget(source)));
}

/**
 * `readSentences` with a memory of the last `capacity` sources read (by id and text), so a batch
 * that continues an open episode does not parse that episode's turns again (they were read with the
 * previous batch). One per engine run.
 */
export function sentenceReader(capacity = 300): (source: SourceRow, participants: string[]) => Sentence[] {
  const seen = new LruCache<number, { text: string; sentences: Sentence[] }>(capacity);
  return (source, participants) => {
    const hit = seen.get(source.id);
    if (hit && hit.text === source.text) return hit.sentences;
    const sentences = readSentences(source, participants);
    seen.set(source.id, { text: source.text, sentences });
    return sentences;
  };
}

import { withoutRepeatedDates } from "../time/mentions.js";
import { asPhotoNote, saidDate, tellsCaptionOnly, tellsSharedImage, withoutSaidDate } from "./fact-text.js";
import { isQuestion } from "./sentences.js";
import { NEW_TOPIC_OPENER, toldFeeling } from "./reactions.js";
import { type Turn, WINDOW } from "./episodes.js";
import type { Candidate } from "./types.js";

/**
 * A merged fact keeps at most this many words (two facts that would pass it stay two); `burstGapMs`:
 * the longest pause (ms) between two messages of one speaker that are one thought said in parts.
 */
export const FOLLOW_UP_LIMITS = { words: 80, burstGapMs: 5 * 60_000 };

/** Questions that open a new topic rather than ask about the last one ("What about you?", "Anything new?"). */
export const NEW_TOPIC =
  /\b(?:what about you|how about you|and you|anything new|what'?s new|what'?s up|how (?:have|are|were) you|how'?s (?:it going|everything|life|your)|what have you been up to|what'?s been going on|anything else|how was your (?:day|week|weekend))\b/i;
/** A request to hear or see more of what was just said ("Would love to hear more about it!", "Tell me more", "I'd love to see it"). */
const WANTS_MORE =
  /\b(?:(?:would|'d|’d) love to (?:hear|see|know|learn)|love to see|tell me more|show me|curious to (?:hear|know|see)|can'?t wait to (?:hear|see))\b/i;
/**
 * A statement that opens on a pronoun for what was said or shown before it ("Their name is Luna", "It
 * was a gift", "His name is Max"): fact-text.ts OPENS_ON_REFERENCE and "them", "his", "her" (not
 * anaphora.ts OPENS_ON_PRONOUN, the subjects a reply's pronoun resolution reads).
 */
const OPENS_POINTING_BACK = /^(?:it|its|they|their|them|he|his|she|her|that|this|these|those)\b/i;
/**
 * A question that turns to a matter of its own and asks of it ("Also mum's flight lands at 6:40am on
 * Thursday, can you pick her up?"): its "her" is the one it named, not what was said before.
 */
const OWN_MATTER_ASKED = /^(?:also|and also|plus|by the way|btw|oh,? and|anyway)\b\s+[^,?]{10,},\s*(?:can|could|would|will|do|are|is)\s+you\b/i;
/** Words that point back at what was just said ("How did it go?", "Where was that?", "How did they react?"). */
export const POINTS_BACK = /\b(?:it|that|this|they|them|those|these|there|he|she|him|her)\b/i;
const STOP = new Set([
  "what",
  "when",
  "where",
  "which",
  "with",
  "that",
  "this",
  "have",
  "been",
  "your",
  "about",
  "from",
  "they",
  "there",
  "their",
  "would",
  "could",
  "really",
  "just",
  "like",
  "some",
  "very",
  "much",
  "were",
  "will",
  "into",
  "does",
  "know",
  "think",
  "sounds",
  "great",
  "awesome",
  "amazing",
  "cool",
  "nice",
  "love",
  "good",
]);

function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !STOP.has(w)));
}

function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?…])\s+/).filter(Boolean);
}

/** A sentence without its said-date and punctuation, lower-cased: two tellings of it compare equal. */
function key(sentence: string): string {
  return withoutSaidDate(sentence)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** A question of a few words that can only ask of what was just said: "How much?", "Legend! How much?", "When?", "Where?", "What time?". */
const ELLIPTICAL = /^(?:[\p{L}']+[!,.]+\s+)*(?:how\s+(?:much|many|long|come)|when|where|why|what\s+time|which\s+one|who\s+with|with\s+who(?:m)?)\s*\?+$/iu;

/**
 * The other person's turn asks about what was just said: a question, or a request to hear or see more
 * ("Would love to hear more about it!"; LoCoMo dev split: 9 more facts folded, answer_recall unchanged),
 * that does not open a new topic (nor turn to a matter of its own and ask of it: "Also mum's flight lands
 * …, can you pick her up?") and points back at the statement (a pronoun such as "it" or "there", a
 * word of it, or a question of a few words that can ask of nothing else: "How much?").
 */
export function followsUp(question: string, statement: string): boolean {
  const text = question.replace(/\[shared an image:[^\]]*\]/g, "").trim();
  if (!isQuestion(text) && !WANTS_MORE.test(text)) return false;
  const asked = text
    .split(/(?<=[.!?])\s+/)
    .filter((x) => x.includes("?") || WANTS_MORE.test(x))
    .filter((x) => !OWN_MATTER_ASKED.test(x));
  if (asked.some((q) => NEW_TOPIC.test(q))) return false;
  const said = contentWords(statement);
  return asked.some((q) => POINTS_BACK.test(q) || ELLIPTICAL.test(q) || [...contentWords(q)].some((w) => said.has(w)));
}

/**
 * Folds a speaker's answer to a follow-up question into the fact it follows up (one memory, the
 * three turns of the exchange in its provenance, the question with them: the answer means what it
 * answers): A says X; B asks about it ("What kind of jobs?"); A answers → one fact,
 * "Caroline is going to continue Caroline's education and check out career options. Caroline is keen on
 * counseling or working in mental health." An answer alone is often half a statement; what it
 * completes is the turn before the question (after LoCoMo's observations, which tell such exchanges as
 * one fact). Only free-form facts of one speaker two turns apart in the same session, with the other
 * person's question between them, are merged, while the result stays under FOLLOW_UP_LIMITS.words.
 * @param candidates the batch's candidates, in turn order (mutated: merged facts are removed)
 * @param turns the batch's turns in order
 * @returns the candidates without the folded ones
 */
export function mergeFollowUps(candidates: Candidate[], turns: Turn[]): Candidate[] {
  const at = new Map(turns.map((t, i) => [t.source.id, i]));
  const factOfTurn = new Map<number, Candidate>();
  const gone = new Set<Candidate>();
  for (const c of candidates) {
    if (c.type !== "semantic" || c.sourceIds.length !== 1) continue;
    const i = at.get(c.sourceIds[0]!);
    if (i == null) continue;
    factOfTurn.set(i, c);
    const question = turns[i - 1];
    const before = factOfTurn.get(i - 2);
    const turn = turns[i]!;
    if (!question || !before || before.fact || c.fact || gone.has(before)) continue;
    if (turns[i - 2]!.source.speaker !== turn.source.speaker || question.source.speaker === turn.source.speaker) continue;
    if (!followsUp(question.source.text, turns[i - 2]!.source.text)) continue;
    if (turn.source.occurred_at - turns[i - 2]!.source.occurred_at > WINDOW.maxGapMs) continue;
    if (!fold(before, c)) continue;
    // (the question goes between the two: its turn is the one before the answer's)
    before.sourceIds.splice(before.sourceIds.length - c.sourceIds.length, 0, question.source.id);
    factOfTurn.set(i, before);
    gone.add(c);
  }
  return candidates.filter((c) => !gone.has(c));
}

/** `content` without its sentences that only tell how `name` felt ({@link toldFeeling}); the day it was said stays at its end. */
function withoutFeelings(content: string, name: string): string {
  const all = sentencesOf(content);
  const felt = toldFeeling(name);
  const kept = all.filter((x) => !felt(x));
  if (kept.length === 0 || kept.length === all.length) return content;
  const said = saidDate(content);
  const lean = kept.join(" ");
  return said && !saidDate(lean) ? lean.replace(/([.!?…]*)$/, ` (${said})$1`) : lean;
}

/**
 * Appends `c`'s sentences that `before` does not already tell to `before`, or puts them first when
 * `before` only tells an image shared (one memory, both turns in its provenance, dates and entities of
 * both; `c`'s title then), unless the result would pass FOLLOW_UP_LIMITS.words.
 * @returns whether `c` was folded into `before` (mutated)
 */
function fold(before: Candidate, c: Candidate): boolean {
  const name = before.subject ?? "";
  // a sentence the first fact already has (the same photo shown again, told as a note of it or not) is not said twice
  const told = new Set(sentencesOf(before.content).map((x) => key(asPhotoNote(x, name))));
  let added = sentencesOf(c.content)
    .filter((x) => !told.has(key(asPhotoNote(x, name))))
    .join(" ");
  // a fact that names a date carries no said-date (facts.ts); the folded one keeps that rule
  // ("went to a support group yesterday (7 May 2023) … (8 May 2023)" read as two dates)
  if (((before.details.dates as unknown[] | undefined) ?? []).length > 0) added = withoutSaidDate(added);
  // a statement about an image told alone comes first; it keeps no said-date of its own (the fact's
  // last sentence carries it), unless it names a date (not another image told alone: that is a note of
  // the first; nor one that opens on a pronoun for what the image shows: "… cousin's dog. Their name is Luna")
  const imageOnly = (x: Candidate) => sentencesOf(x.content).length === 1 && tellsSharedImage(x.content, name);
  const pointsBack = OPENS_POINTING_BACK.test(c.content.replace(`${name} says `, ""));
  const first = imageOnly(before) && !imageOnly(c) && !pointsBack;
  const dated = ((c.details.dates as unknown[] | undefined) ?? []).length > 0;
  const joined = (content: string) =>
    !added ? content : first ? `${withoutSaidDate(added)} ${dated ? withoutSaidDate(content) : content}` : `${withoutSaidDate(content)} ${added}`;
  const fits = (t: string) => t.split(/\s+/).length <= FOLLOW_UP_LIMITS.words;
  // (what is told makes room by leaving out how the speaker felt: "Caroline is feeling hopeful and optimistic"
  // before "Caroline chose them 'cause they help LGBTQ+ folks with adoption", the agency's reason asked for)
  let text = joined(before.content);
  if (!fits(text)) text = joined(withoutFeelings(before.content, name));
  if (!fits(text)) return false;
  // (an image's caption after what was said is a note of it: "Andrew does love Toby! Photo: a small dog …")
  before.content = withoutRepeatedDates(
    sentencesOf(text)
      .map((x, i) => (i === 0 ? x : asPhotoNote(x, name)))
      .join(" "),
  );
  // an image's caption is the title only while nothing more is told ("Tim shared a photo of a book on a
  // court", then "Tim is currently reading a fantasy novel …": the statement is the title)
  if (tellsSharedImage(before.title, name) && !tellsSharedImage(c.title, name)) before.title = c.title;
  before.sourceIds = [...before.sourceIds, ...c.sourceIds];
  const dates = [...((before.details.dates as unknown[]) ?? []), ...((c.details.dates as unknown[]) ?? [])];
  before.details = { ...before.details, dates };
  before.importance = Math.max(before.importance, c.importance);
  before.entities = [...before.entities, ...c.entities];
  return true;
}

/**
 * Folds a turn that only shares an image ("Melanie shared a photo of a pottery bowl") into the fact
 * of the same speaker's turn before it in the session (the image shows what they were telling: "I
 * finished my first bowl" — "[photo]"), as one memory with both turns in its provenance. Only
 * free-form facts, within 30 minutes, the other person's turn at most between them, while the result
 * stays under FOLLOW_UP_LIMITS.words. An image with nothing before it takes the statement of its
 * speaker's next turn (at most the other person's turn between them, often "What's that?"), told
 * first ("Andrew does love Toby! Andrew shared a photo of a small dog …"; LoCoMo dev split: 1,956 →
 * 1,931 facts, fact precision 0.650 → 0.658, answer_recall unchanged); with none it stays its own
 * fact, unless all it tells is a captioner's description of the image (`tellsCaptionOnly`), which is
 * no statement of the speaker's: then no fact (LoCoMo dev split: 1,865 → 1,818 facts, fact precision
 * 0.692 → 0.704, soft F1 0.281 → 0.284, answer_recall@100/200/500w 0.6587 / 0.7228 / 0.7876 → 0.6582 /
 * 0.7235 / 0.7877). One shown again in the batch is left to be recognised as the fact said again (decide.ts:
 * NOOP, both turns in its provenance). An image repeated from an earlier batch is folded like a new one.
 * @param candidates the batch's candidates, in turn order
 * @param turns the batch's turns in order
 * @returns the candidates without the folded ones
 */
export function mergeSharedImages(candidates: Candidate[], turns: Turn[]): Candidate[] {
  const at = new Map(turns.map((t, i) => [t.source.id, i]));
  const factOfTurn = new Map<number, Candidate>();
  const gone = new Set<Candidate>();
  const said = new Set<string>();
  // images with no statement of their speaker's before them, which the next one may explain
  const shownAlone = new Set<Candidate>();
  // of those, the ones only a captioner described: dropped when nothing explains them
  const captionOnly = new Set<Candidate>();
  const captionKeys = new Set<string>();
  for (const c of candidates) {
    if (c.type !== "semantic" || c.sourceIds.length === 0) continue;
    const i = at.get(c.sourceIds[c.sourceIds.length - 1]!);
    if (i == null) continue;
    factOfTurn.set(i, c);
    const turn = turns[i]!;
    const speaker = turn.source.speaker ?? "";
    const sentences = sentencesOf(c.content).map(key);
    const repeat = sentences.every((x) => said.has(x));
    for (const x of sentences) said.add(x);
    // (an image shown again that only a captioner described goes as the first showing does)
    if (repeat && sentences.length === 1 && captionKeys.has(sentences[0]!)) captionOnly.add(c);
    if (c.fact || repeat || c.sourceIds.length !== 1) continue;
    const j = [i - 1, i - 2].find((k) => turns[k]?.source.speaker === speaker && factOfTurn.has(k));
    const before = j == null ? undefined : factOfTurn.get(j);
    const near = before != null && !before.fact && !gone.has(before) && turn.source.occurred_at - turns[j!]!.source.occurred_at <= WINDOW.maxGapMs;
    // an image shown again is the same fact said again (decide.ts keeps it as one memory with both turns)
    const image = sentences.length === 1 && tellsSharedImage(c.content, speaker);
    // a statement right after an image that nothing before explained tells what it shows ("[photo]" — "What's that?" — "My first bowl!")
    if (!image && !(near && shownAlone.has(before!))) continue;
    if (!near || !fold(before!, c)) {
      if (image) shownAlone.add(c);
      if (image && !near && tellsCaptionOnly(c.content, speaker)) {
        captionOnly.add(c);
        captionKeys.add(sentences[0]!);
      }
      continue;
    }
    shownAlone.delete(before!);
    captionOnly.delete(before!);
    factOfTurn.set(i, before!);
    gone.add(c);
  }
  // a captioner's description of an image its speaker said nothing about, before or after, is no
  // statement of theirs ("Maria shared a photo of a microphone and a charger on a table", sent with "Good
  // luck on that!"): the turn keeps it, searchable as it was sent
  for (const c of captionOnly) gone.add(c);
  return candidates.filter((c) => !gone.has(c));
}

/**
 * Folds advice or a request a speaker sends right after their last message (no one else's turn
 * between, at most FOLLOW_UP_LIMITS.burstGapMs apart) into that message's fact: in a chat app one
 * thought is often sent in parts ("The pasta class is on 14 July at 6pm, at Via Roma 22." — "Bring an
 * apron, we'll make ravioli."), and advice sent after a statement is about what it told ("What should
 * I bring to the pasta class?"). One memory, both messages in its provenance, while the result stays
 * under FOLLOW_UP_LIMITS.words. A statement sent after another stays its own fact (it tells its own
 * thing), and so does a message that opens a new topic ("By the way, …", "Oh and …"). LoCoMo's turns
 * alternate, so its figures do not move.
 * @param candidates the batch's candidates, in turn order
 * @param turns the batch's turns in order
 * @returns the candidates without the folded ones
 */
export function mergeBursts(candidates: Candidate[], turns: Turn[]): Candidate[] {
  const at = new Map(turns.map((t, i) => [t.source.id, i]));
  const factOfTurn = new Map<number, Candidate>();
  const gone = new Set<Candidate>();
  for (const c of candidates) {
    if (c.type !== "semantic" || c.sourceIds.length === 0) continue;
    const i = at.get(c.sourceIds[c.sourceIds.length - 1]!);
    if (i == null) continue;
    const turn = turns[i]!;
    const previous = turns[i - 1];
    const before = factOfTurn.get(i - 1);
    factOfTurn.set(i, c);
    if (!previous || !before || !c.advises || before.fact || c.fact || c.newTopic || gone.has(before) || c.sourceIds.length !== 1) continue;
    // (a chat's messages only: a note's paragraphs are all its writer's, at one time, and each its own)
    if (turn.source.kind !== "chat_turn" || previous.source.speaker !== turn.source.speaker || NEW_TOPIC_OPENER.test(turn.source.text.trim())) continue;
    if (turn.source.occurred_at - previous.source.occurred_at > FOLLOW_UP_LIMITS.burstGapMs || !fold(before, c)) continue;
    factOfTurn.set(i, before);
    gone.add(c);
  }
  return candidates.filter((c) => !gone.has(c));
}

// What an AI assistant of an imported chat (ChatGPT, Claude, Gemini …) answered the user: a memory of
// the question and the first sentences of the answer, so that "What did Gemini say the plant by my front
// door is?" and "How do I keep my hydrangea blue?" find "That's a hydrangea … To keep it blue, repot it in
// ericaceous compost …". An answer given as steps is a procedure (procedures.ts) and needs none.
import type { Turn } from "./episodes.js";
import type { Candidate } from "./types.js";

/** The most words of the answer a memory keeps: its first sentences up to this many (a first sentence longer than it, cut at it). */
export const ANSWER_WORDS = 60;
/** The fewest words an answer must have, pleasantries aside, to be remembered. */
const MIN_ANSWER_WORDS = 8;
/** The most words of the question a memory quotes. */
const QUESTION_WORDS = 30;
/**
 * Words of a request that name nothing it is about: a question with fewer than two words of four letters
 * or more besides these ("Any tips?", "Can you make a plan?", "What do you think?") cannot be read alone.
 */
const REQUEST_WORD =
  /^(?:can|could|would|will|please|what|which|when|where|how|any|some|tips?|ideas?|advice|suggestions?|thoughts?|think|help|make|give|suggest|recommend|this|that|there|else|more|good|best)$/i;

/** Whether `question` names too little of what it asks to be read alone (REQUEST_WORD). */
function elliptical(question: string): boolean {
  return question.split(/[^\p{L}']+/u).filter((w) => w.length >= 4 && !REQUEST_WORD.test(w)).length < 2;
}

/** A pleasantry that opens an answer and says nothing of what was asked ("Great question!", "Sure!", "Happy early birthday to Isla!"). */
const PLEASANTRY =
  /^(?:(?:great|good|nice|interesting|excellent)\s+question|sure|of course|absolutely|certainly|happy\s.+|congratulations.*|no problem|i'?d be (?:happy|glad) to help|oh no|ah|hmm)[!.]?$/i;

/** `text` without Markdown's marks of headings, emphasis and list items ("### Pin the horn", "**ericaceous**"). */
const plain = (text: string) =>
  text
    .replace(/^\s*(?:#{1,6}|[-*+]|\d+[.)])\s+/gm, "")
    .replace(/(\*\*|__|\*|_|`)(\S(?:.*?\S)?)\1/g, "$2")
    .trim();

/** "the user's", "James's", "Ross'". */
const possessive = (name: string) => `${name}${/s$/i.test(name) ? "'" : "'s"}`;

/** Words of `text`, whitespace-separated. */
const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean);

/**
 * The leading sentences of `sentences` up to `budget` words, the first one cut at it when longer ("…");
 * never ending on a list item's number, which the sentence splitter makes a sentence of its own ("3.").
 */
function leading(sentences: readonly string[], budget: number): string {
  const kept: string[] = [];
  let n = 0;
  for (const s of sentences) {
    const w = wordsOf(s).length;
    if (kept.length > 0 && n + w > budget) break;
    kept.push(w > budget ? `${wordsOf(s).slice(0, budget).join(" ")}…` : s);
    n += w;
  }
  while (kept.length > 1 && /^\d+[.)]$/.test(kept.at(-1)!)) kept.pop();
  return kept.join(" ");
}

/**
 * The sentences the user said before the question `first` in their turn `asked`, the last ones whose
 * words fit in QUESTION_WORDS less the question's own (whole sentences, in order; none for a question
 * that opens the turn).
 */
function toldBefore(asked: Turn, first: string): string[] {
  const texts = asked.sentences.map((s) => s.text.trim());
  const before = texts.slice(0, texts.indexOf(first)).filter(Boolean);
  const kept: string[] = [];
  let n = wordsOf(first).length;
  for (const s of before.reverse()) {
    n += wordsOf(s).length;
    if (n > QUESTION_WORDS) break;
    kept.unshift(s);
  }
  return kept;
}

/**
 * The semantic memory of an imported assistant's answer to the user's question: "Gemini's answer to the
 * user's question “What plant is this?”: “That's a hydrangea (Hydrangea macrophylla), a mophead type. …”"
 * (the question's sentences that ask, at most QUESTION_WORDS words, after the sentences the user said
 * before them when they name too little to be read alone, "… Any tips?"; the answer's first sentences, at most
 * {@link ANSWER_WORDS}, Markdown's marks and opening pleasantries left out), titled "Gemini's answer: What
 * plant is this?", with both turns in its provenance. Null unless `answer` is an assistant's turn right
 * after a user's turn that asks a question (a sentence ending with "?"), and when the answer says fewer than
 * MIN_ANSWER_WORDS words besides its pleasantries ("Sure, let's plan it.").
 * @param answer the assistant's turn (not Engram's own reply: the caller checks)
 * @param asked the turn before it
 * @param names how the memory names the user ("The user", or their name) and the assistant ("Gemini")
 */
export function assistantAnswer(answer: Turn, asked: Turn | undefined, names: { user: string; assistant: string }): Candidate | null {
  if (answer.source.role !== "assistant" || asked?.source.role !== "user" || !asked.sentences.some((s) => s.question)) return null;
  const said = answer.sentences.map((s) => plain(s.text)).filter((s) => s && !PLEASANTRY.test(s));
  // (an answer of a few words says nothing of what was asked: "Sure, let's plan it.")
  if (wordsOf(said.join(" ")).length < MIN_ANSWER_WORDS) return null;
  // (its questions only: what the user told beside them is their own facts, said once)
  const questions = asked.sentences.filter((s) => s.question).map((s) => s.text.trim());
  // (a question that names too little is quoted after what the user said before it, as many of the last
  // sentences as fit: "I have a final-round interview at Stripe … Any tips?", not "Any tips?" alone)
  const told = elliptical(questions.join(" ")) ? toldBefore(asked, questions[0]!) : [];
  const question = [...told, leading(questions, QUESTION_WORDS)].join(" ");
  return {
    key: `answer:${answer.source.id}`,
    type: "semantic",
    title: `${names.assistant}'s answer: ${leading([told[0] ?? questions[0]!], 10)}`,
    // (not "The user asked Gemini …": every answer would share "ask" and the name with "What did I ask Gemini about my CV?")
    content: `${names.assistant}'s answer to ${possessive(names.user)} question “${question}”: “${leading(said, ANSWER_WORDS)}”`,
    details: { answered_by: names.assistant },
    occurredAt: answer.source.occurred_at,
    validFrom: answer.source.occurred_at,
    sourceIds: [asked.source.id, answer.source.id],
    importance: 0.5,
    confidence: 0.8,
    entities: [],
  };
}

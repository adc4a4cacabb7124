/**
 * A terse answer to "which one?" about a thing of the answerer's own, as people text: "my exam is on
 * the 2nd of December" … "good luck!! which one?" … "organic chem 😭". Alone, "organic chem" states
 * nothing and made no fact; told as the answerer would have said it whole, "My exam is organic chem",
 * it is "Sam's exam is organic chem".
 */
import nlp from "compromise";
import type { Turn } from "./episodes.js";
import { parseSentences, type Sentence } from "./sentences.js";

/** A question that asks which of a thing the other person just named: "which one?", "what kind?", closing its message. */
const WHICH = /(?:^|[.!?]\s*)(?:which(?:\s+ones?)?|what\s+(?:kind|type|sort)|what\s+(?:kind|type|sort)\s+of\s+\p{L}+)\s*\?+\s*$/iu;
/** The most words a terse answer has. */
const TERSE_WORDS = 5;

/**
 * The sentences `turns[i]` says when it is a terse answer (at most TERSE_WORDS words, no verb, no
 * question) to the other person's "which one?" right before it, which asked of the thing the
 * answerer's own message before that named as theirs ("my exam"): that thing is the answer ("My exam
 * is organic chem"). Null for any other turn.
 */
export function terseAnswer(turns: readonly Turn[], i: number): Sentence[] | null {
  const [own, question, turn] = [turns[i - 2], turns[i - 1], turns[i]];
  if (!own || !question || !turn || !WHICH.test(question.source.text.trim())) return null;
  if (question.source.speaker === turn.source.speaker || own.source.speaker !== turn.source.speaker) return null;
  const answer = turn.source.text
    .replace(/[\p{Extended_Pictographic}\uFE0F]/gu, "")
    .trim()
    .replace(/[.!]+$/, "");
  if (!answer || answer.split(/\s+/).length > TERSE_WORDS || /\?/.test(answer) || nlp(answer).has("#Verb")) return null;
  // (the last thing of the answerer's own their message named: "my exam", "my new job")
  const things = nlp(own.source.text).match("my #Adjective? #Noun+").out("array") as string[];
  const thing = things.at(-1)?.replace(/^my\s+/i, "");
  return thing ? parseSentences(`My ${thing} is ${answer}.`) : null;
}

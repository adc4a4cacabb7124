// A question for one of two opposite acts of the user's ("When did I sell my bitcoin?") and a memory of the
// user doing the other ("The user bought 0.00051234 BTC …"), or saying they did not do it ("The user did not
// go to the gym today"): the memory names what is asked of, but is no answer.
import { stems } from "./format.js";

/**
 * Acts each the other's opposite when one person does both, as words stems are taken of (sold and bought
 * read as sell and buy). Not acts that are one event told from its two sides ("Leo sent me" is "I received
 * from Leo", "I borrowed from Marcus" is "Marcus lent me").
 */
const OPPOSITE_ACTS: ReadonlyArray<readonly [string, string]> = [
  ["buy", "sell"],
  ["win", "lose"],
  ["deposit", "withdraw"],
  ["arrive", "depart"],
];
/** The pairs as Porter stems. */
const STEMMED = OPPOSITE_ACTS.map(([a, b]) => [[...stems(a)][0]!, [...stems(b)][0]!] as const);

/** A question answered yes or no ("Did Nate win?"), which a memory of the opposite act answers too ("Nate lost in the semifinals"). */
const YES_OR_NO = /^\s*(?:did|do|does|is|was|were|are|has|have|had)\b/i;
/** The user as the doer of a question's act: "I", then a word or two ("did I sell", "I last sold", "have I ever bought"; group 1 what follows). */
const USER_ASKED = /\bi\s+((?:\p{L}+\s+){0,1}\p{L}+)/iu;
/** The user as the doer in a memory: "The user bought …", "the user has sold …" (group 1 what follows). */
const USER_TOLD = /\bthe user\s+((?:\p{L}+\s+){0,1}\p{L}+)/giu;

/**
 * Whether `text` tells the user doing the opposite of the act `question` asks them about, and never that
 * act ("When did I sell my bitcoin?" and "The user bought 0.0005 BTC …"), by Porter stems of the pairs in
 * {@link OPPOSITE_ACTS}. False for a question answered yes or no, which the opposite answers, and for an
 * act the question asks of someone else ("What did Marcus buy from me?" and "The user sold … to Marcus").
 */
export function tellsOppositeAct(question: string, text: string): boolean {
  if (YES_OR_NO.test(question)) return false;
  const asked = stems(USER_ASKED.exec(question)?.[1] ?? "");
  if (asked.size === 0) return false;
  const told = new Set([...text.matchAll(USER_TOLD)].flatMap((m) => [...stems(m[1]!)]));
  const all = stems(text);
  return STEMMED.some(([a, b]) => (asked.has(a) && told.has(b) && !all.has(a)) || (asked.has(b) && told.has(a) && !all.has(b)));
}

/** The user not doing an act in a memory: "the user did not go", "the user didn't call", "the user never sold" (group 1 the verb). */
const USER_NOT =
  /\bthe user\s+(?:did not|didn't|does not|doesn't|has not|hasn't|had not|hadn't|have not|haven't|never|could not|couldn't|will not|won't)\s+(?:(?:yet|ever|even|actually|really)\s+)?(\p{L}+)/giu;
/** A question that asks of a negation itself ("Why didn't I go?", "What have I never tried?"). */
const ASKS_NEGATION = /\b(?:not|never)\b|n't\b/i;

/**
 * Whether `text` tells only that the user did not do the act `question` asks them about ("When did I last
 * go to the gym?" and "The user did not go to the gym today, too tired after work"), by Porter stems: the
 * negated verb is one the question asks of, and the memory says it nowhere else. False for a question
 * answered yes or no, which the negation answers ("Did I go to the gym on Monday?"), for one that asks of
 * a negation ("Why didn't I go?"), and for another's act not done ("Sam did not go with the user").
 */
export function tellsNegatedAct(question: string, text: string): boolean {
  if (YES_OR_NO.test(question) || ASKS_NEGATION.test(question)) return false;
  const asked = stems(USER_ASKED.exec(question)?.[1] ?? "");
  if (asked.size === 0) return false;
  const negated = [...text.matchAll(USER_NOT)].flatMap((m) => [...stems(m[1]!)]).filter((s) => asked.has(s));
  if (negated.length === 0) return false;
  const rest = stems(text.replace(USER_NOT, " "));
  return negated.every((s) => !rest.has(s));
}

// A question for one of two opposite acts of the user's ("When did I sell my bitcoin?") and a memory of the
// user doing the other ("The user bought 0.00051234 BTC …"): the memory names what is asked of, but is no answer.
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

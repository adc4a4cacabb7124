/**
 * The thing a price question asks the price of ("How much did I pay for the gym?": "gym"), which a
 * memory must name to answer it: a memory that states an amount of another thing ("The user paid €38
 * for Tram 28 and Santa Justa lift") is no answer, however many of the question's other words it
 * shares. An expected answer's constraint, as answer-types.ts's (Moldovan et al., ACL 2000): the
 * question's focus, which the answer's passage must contain.
 */
import { DAY_NAMES, MONTH_NAMES } from "../time/mentions.js";
import { escapeRegExp } from "../util/quote.js";
import { sharedWords } from "./format.js";

/** Where a price question names what it asks the price of (group 1: the thing and what follows it). */
const THING_PRICED = [
  // "How much did I pay for car insurance?", "What did I pay for the flights to Lisbon?", "How much did I pay Dan for the tickets?"
  /\b(?:pay|paid|spend|spent)\s+(?:\p{L}+\s+)?(?:for|on)\s+(.+)/iu,
  // "How much was my flight to Hanoi?", "How much is my gym membership?"
  /\bhow\s+much\s+(?:was|were|is|are)\s+(.+)/iu,
  // "How much did the removal van cost?", "What did the car repair cost?"
  /\b(?:how\s+much|what)\s+(?:did|does|do|will|would)\s+(.+?)\s+cost\b/iu,
];

/** A word that ends the thing's name: a preposition or a word of when ("the flights *to* Lisbon", "the gym *each* month"). */
const ENDS_THING = /^(?:to|from|for|in|at|on|of|with|by|per|during|before|after|when|that|which|each|now|this)$/i;

/** A question about an amount that is no thing's price: "How much was I thinking of giving …?", "How much is there left?". */
const NO_THING = /^(?:i|we|you|he|she|they|it|there|that|this)$/i;

/**
 * Words of the thing's name that say no thing of its own: whose and which it is ("the", "my", "new"),
 * and what a price is called ("bill", "fee", "rent", "ticket", "deposit" …, said of any thing), a meal
 * or a trip ("How much was dinner at Time Out Market?": the restaurant names it).
 */
const NOT_THE_THING =
  /^(?:the|a|an|my|our|your|his|her|their|its|new|old|last|next|latest|most|least|recent|previous|current|final|usual|regular|average|exact|first|monthly|weekly|yearly|annual|total|whole|full|bill|bills|fee|fees|rent|share|ticket|tickets|payment|payments|order|deposit|quote|price|cost|amount|balance|invoice|subscription|trip|journey|meal|dinner|lunch|breakfast|shop|shopping|back|home)$/i;
const WHEN_WORD = new RegExp(`^(?:${DAY_NAMES}|${MONTH_NAMES}|christmas|easter)$`, "i");

/**
 * The first word of the thing a price question asks the price of, one that names a thing ("How much
 * did I pay for car insurance?" → "car"; "How much was Mum's new boiler?" → "boiler"; "How much did the
 * Loaf sofa's delivery cost?" → "Loaf"), or undefined when it names none of its own ("How much is my
 * rent?", "How much was the deposit for Cotham Brow?", "How much was I thinking of giving the bin men?")
 * or the question asks no price of a thing.
 */
export function thingPriced(question: string): string | undefined {
  const named = THING_PRICED.map((re) => re.exec(question)?.[1]).find((s) => s != null);
  if (!named) return undefined;
  const words = named
    .replace(/[?!.,;:]+/g, " ")
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0 || NO_THING.test(words[0]!)) return undefined;
  for (const word of words) {
    if (ENDS_THING.test(word)) return undefined;
    // (whose it is is no name of the thing: "Mum's new boiler", "Lumen's quote")
    if (/['’]s$/i.test(word) || NOT_THE_THING.test(word) || WHEN_WORD.test(word)) continue;
    return word;
  }
  return undefined;
}

/**
 * Whether `text` (a memory's title and content) names the thing `thing` ({@link thingPriced}): by its
 * stem, as a part of a name written in camel case ("gym" in "PureGym"), or, five letters or more, as the
 * start of a word ("train" in "Trainline").
 */
export function namesThing(thing: string, text: string): boolean {
  if (sharedWords(thing, text.replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2")).shared > 0) return true;
  return thing.length >= 5 && new RegExp(`(?<![\\p{L}])${escapeRegExp(thing)}`, "iu").test(text);
}

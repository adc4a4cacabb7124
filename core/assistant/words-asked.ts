// The words a question asks by, for search and judging (`wordsAsked`: "When did I last go swimming?" →
// "When did I swimming?"), and the questions for the newest or the oldest of something (ASKS_LATEST,
// ASKS_FIRST), with how many hits recall.ts judges for them and for the greatest or least of a measure.

/**
 * The question's words a memory that answers it shares: without the "last" of "When did I last …?"
 * (the newest is told first: ASKS_LATEST) or the "first" of "When did I first …?" and the "start" of "When did I start …?" (ASKS_FIRST), with an activity gone to as the activity ("go swimming"
 * → "swimming": "When did I last go swimming?" and "The user swam 1,500 m"), and being paid as
 * receiving ("When did I get paid in November?" and "The user received £2,310.45 from Acme Data",
 * not "The user paid £10.99 to Netflix"), "go for a walk" as walking, one who bought the user's thing as
 * one it was sold to, "What did the dietitian tell me to take?" as what she said to take, and "What happened to …?" and "What did I write about …?" as what about it ("happened", "tell" and "write" are no words of the answer).
 * @returns the question rewritten (a string of words, no longer the question as asked).
 */
export function wordsAsked(question: string): string {
  return (
    question
      .replace(/\b(when\s+(?:did|was|were|have|has)\s+\S+(?:\s+\S+)?)\s+(?:last|first)\b/i, "$1")
      // ("start" is no word of the answer: "When did I start swimming?" and "The user swam 1,500 m", its oldest)
      .replace(/\b(when\s+did\s+(?:i|we))\s+(?:start|begin)(?:\s+to)?\b/i, "$1")
      .replace(/\b(?:go|goes|went|gone|going)\s+(\p{L}+ing)\b/giu, "$1")
      // ("go for a walk" is to walk: "When did I last go for a walk?" and "The user walked 5.2 km …")
      .replace(/\b(?:go|goes|went|gone|going)\s+(?:out\s+)?for\s+an?\s+(?=\p{L})/giu, "")
      // ("What happened to …?" asks about the thing, whatever a memory says happened: "happened" is no word of the answer)
      .replace(/\b(what\s+)(?:has\s+|had\s+)?happened\s+(?:to|with)\b/gi, "$1about")
      // (and "What did I write about …?" asks what the user's own words say of it: none says "write"; a
      // review or a quote says "said", so "say" stays)
      .replace(/\b(what\s+)(?:did|have|had)\s+(?:i|we)\s+(?:write|wrote|written|note|noted)(?:\s+down)?\s+about\b/gi, "$1about")
      // (what someone told the user to do is what the user noted of it, which never says "told": "What did the
      // dietitian tell me to take?" and "Dietitian today. Ferritin is low, so ferrous fumarate 210 mg once a day")
      .replace(/\b(?:tell|tells|told)\s+(?:me|us)\s+to\b/gi, "")
      // (one who bought the user's thing is one the user sold it to: "Who bought my Nintendo Switch?" and "The user sold "Nintendo Switch OLED" to Kevin Park")
      .replace(/\b(who\s+(?:has\s+|had\s+)?)(?:bought|buys|purchased)\s+(my|our)\b/gi, "$1sold $2")
      // (and what someone bought from the user is what the user received money for: "What did Marcus Bell buy
      // from me?" and "The user received $120.00 from Marcus Bell for "Standing desk frame"")
      .replace(/\b(?:buy|buys|bought|purchase|purchased)\s+from\s+(?:me|us)\b/gi, "received")
      .replace(/\b(?:get|gets|got|getting|gotten|was|were|been|being|be)\s+paid\b/gi, "received")
      // (and one who paid the user, or sent them money, is one they received it from: "Who paid me back for the tickets?")
      .replace(/\b(?:paid|repaid|sent|transferred|venmoed)\s+(?:me|us)(?:\s+back)?\b/gi, "received from")
  );
}

/**
 * A question for the last time something was done or the newest of something ("When did I last pay the
 * window cleaner?", "the last Uber Eats order", "the most recent payment", "my latest blood test"), not
 * a period ("last week", "last time we met" is one occasion too).
 */
export const ASKS_LATEST =
  /\bwhen\s+(?:did|was|were|have|has)\s+\S+(?:\s+\S+)?\s+last\b|\bthe\s+last\s+(?!(?:week|weekend|month|year|night|summer|winter|spring|autumn|fall|few|couple|two|three)\b)\p{L}|\bmost\s+recent(?:ly)?\b|\blatest\b/iu;
/**
 * A question for the first time something was done ("When did I first play Starburster?", "the first time I met Sam", "my earliest …"),
 * or when the user began it, its oldest record ("When did I start work on the Harbour & Pine menus?", "When did we begin …?").
 */
export const ASKS_FIRST =
  /\bwhen\s+(?:did|was|were|have|has)\s+\S+(?:\s+\S+)?\s+first\b|\bthe\s+first\s+time\b|\bearliest\b|\bwhen\s+did\s+(?:i|we)\s+(?:start|begin)\b/i;

/** How many memories search returns for a question for the newest or the oldest of something (ASKS_LATEST, ASKS_FIRST), each judged as ranked at its top. */
export const LATEST_K = 40;
/**
 * How many memories search returns for a question for the greatest or least of a measure (extremes.ts
 * asksExtreme): every record that states one may hold it, and a record that says more than its reading
 * ("… 164/101 mmHg. The user noted: …") ranks below its plainer twins, so more than LATEST_K are judged.
 */
export const EXTREME_K = 150;

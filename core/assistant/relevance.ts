// When a hit found for a question counts as relevant to it (RELEVANCE, `judged`), judged by the words it
// shares with the question and its cosine to it (`similarities`); recall.ts judges each hit so.
import type { EngramDb } from "../db/connection.js";
import { dot, getVector } from "../db/vectors.js";
import type { MemoryHit } from "../retrieval/search.js";
import { missesAnswerType, missesValueAsked, namesPlace, sharedWithQuestion, sharesNameAndWord, sharesOnlyNames } from "./answer-types.js";
import { tellsNegatedAct, tellsOppositeAct } from "./opposites.js";

/**
 * When a hit counts as relevant to a question: a close vector (cosine ≥ `similar`), or at least
 * `words` of the question's words with a cosine ≥ `loose`, or at least `words` of them, and at least
 * `topShared` (all of a shorter question's), in one of the `top` hits of the plain search (ask
 * answers what search finds) that is not unlike the question (cosine ≥ `unlike`: "world-building"
 * shares two stems with "the tallest building in the world"), or holds at least `most` of its words
 * ("Jon lives in Porto", cosine 0.18, holds every word of "Where did Jon move?"; a reading note that
 * quotes a paper's long title, cosine 0.17, four of the five of "Whose closed-loop code do I need to ask
 * for?"), or names whom the question names and shares another of its words ("What tone does Brightwell
 * want?" and a campaign brief's "Brightwell …: The user's tone of voice: Warm, …"). Cosines are the bundled embedder's
 * (USE-lite). Tuned on LoCoMo; figures in README.md. A hit that shares only the names of the people
 * the question names needs a cosine ≥ `namesOnly` ("What is Dev's job?" and "The user's brother Dev is
 * visiting from Toronto", 0.38; on the LoCoMo dev split 0.40 changes no answer of bench:ask, 0.45
 * loses three cited evidence turns), and to state the type of answer asked for ("When is Sophie's
 * birthday?" and "Sophie says the train gets in at 6:40 tomorrow", 0.47: answer-types.ts). Beside an
 * abstention, at most `closest` of the plain search's first `top` hits that come close ({@link isClosest}).
 */
export const RELEVANCE = { similar: 0.55, words: 0.34, loose: 0.35, top: 5, topShared: 2, unlike: 0.18, most: 0.75, namesOnly: 0.4, runnersUp: 3, closest: 3 };

/** A memory found for a question, with how well it matches. */
export interface Recalled extends MemoryHit {
  /** Share of the question's words the memory contains (0..1). */
  coverage: number;
  /** Cosine similarity of the memory to the question (0 when the vector ranker did not reach it). */
  similarity: number;
  relevant: boolean;
  /** It happened in the period the question names, or mentions a date in it (false when the question names none). */
  inPeriod: boolean;
  /** It is about what the question asks of but states no value of the type asked (answer-types.ts missesValueAsked): no answer, but the day it names may hold one (same-day.ts). */
  aboutIt?: true;
  /** One of the plain search's first hits (RELEVANCE.runnersUp), sharing a word of the question but too few to count alone: it joins an answer the other hits make, after them. */
  runnerUp?: true;
}

/**
 * A hit judged for a question (RELEVANCE): its coverage of the question's words, its cosine, and
 * whether it is relevant; `people`, the names the question says as the memories say them;
 * `alsoNamed`, those it names without saying them, words it shares too: who said it, as the one it is
 * about (hit-names.ts `saidAsSubject`: "What did Gemini suggest for the party games?" and Gemini's
 * "Here are some games that work well …", which never says "Gemini"), and whom the turns beside it name
 * (named-beside.ts: "My manager Sophie said yes." of Brew Lab, named two turns before).
 */
export function judged(
  query: string,
  h: MemoryHit,
  inPeriod: boolean,
  similarity: number,
  topRanked: boolean,
  people: ReadonlySet<string>,
  alsoNamed: readonly string[],
  nearTop = false,
): Recalled {
  const text = `${h.title}\n${h.content}${alsoNamed.length ? `\n${alsoNamed.join(" ")}` : ""}`;
  const { shared, words } = sharedWithQuestion(query, text);
  const cov = words === 0 ? 0 : shared / words;
  // (one that shares only the names asked about must be closer in meaning, and state the type of answer asked for)
  if (shared > 0 && sharesOnlyNames(query, text, people) && (similarity < RELEVANCE.namesOnly || missesAnswerType(query, text)))
    return { ...h, coverage: cov, similarity, relevant: inPeriod, inPeriod };
  // (a how-to tells how, never when: "When will the kitchen be finished?" and "How to paint kitchen cabinets")
  if (h.type === "procedural" && ASKS_WHEN.test(query)) return { ...h, coverage: cov, similarity, relevant: false, inPeriod };
  // (a how-to, or a request for one, is close to any "How do I …?" by its form: it answers one only when it
  // shares a word of it; "How do I bake sourdough bread?" and "How to meal prep for the week")
  const close = (similarity >= RELEVANCE.similar && (shared > 0 || !ASKS_HOW_TO.test(query))) || (cov >= RELEVANCE.words && similarity >= RELEVANCE.loose);
  // what search ranks in its top RELEVANCE.top and shares the question's words is an answer, not noise;
  // one shared word of a short question is not enough ("Where did I park my car?" and a walk in the park)
  // (and the cosine of a long memory is low however well it answers: one that names whom the question names and
  // shares another of its words is no chance match; that is looked at last, for a top hit the rest let through)
  const found =
    topRanked &&
    cov >= RELEVANCE.words &&
    shared >= Math.min(words, RELEVANCE.topShared) &&
    (similarity >= RELEVANCE.unlike || cov >= RELEVANCE.most || sharesNameAndWord(query, text, people));
  // ("Where was I on 14 March?" asks no word but the place: a memory of the day asked that names one answers it)
  const wherePeriod = inPeriod && words === 0 && ASKS_WHERE.test(query) && namesPlace(text);
  const relevant = close || (inPeriod && cov > 0) || found || wherePeriod;
  // (nor does any that states no value of the type asked, whatever words it shares: "How much did my flight to
  // Boston cost?" and the flight's seat, "Which hotel did I stay at in Tokyo?" and the flight to Tokyo; the day
  // it names may hold the answer, same-day.ts: the hotel checked in at on the day the user landed in Lisbon)
  if (missesValueAsked(query, text)) return { ...h, coverage: cov, similarity, relevant: false, inPeriod, ...(relevant ? { aboutIt: true as const } : {}) };
  // (nor one that tells the opposite act of the one asked, or only that it was not done: "When did I sell my
  // bitcoin?" and a bitcoin bought, "When did I last go to the gym?" and "The user did not go to the gym today")
  if (tellsOppositeAct(query, text) || tellsNegatedAct(query, text)) return { ...h, coverage: cov, similarity, relevant: false, inPeriod };
  // (what search ranks among its first and shares a word of the question, too few alone, may still be the answer: "Where is the key for the
  // allotment?" and "The user says the key's under the blue pot by the shed", beside "The user got the keys to plot 27B at … allotments")
  const runnerUp = nearTop && !relevant && shared > 0 && similarity >= RELEVANCE.unlike;
  return { ...h, coverage: cov, similarity, relevant, inPeriod, ...(runnerUp ? { runnerUp: true as const } : {}) };
}

/**
 * Whether a hit not judged an answer still comes close to the question, to be shown beside an
 * abstention as the closest memory found: it shares a word of the question and is not unlike it
 * (cosine ≥ `unlike`: "What project will I lead?" and "… the user will lead the billing migration in
 * Q1", cosine 0.22), or it is near in meaning (cosine ≥ `loose`: "What did I name the new loaf?" and
 * "The Rainy City Rye is 40% dark rye …", 0.36). recall.ts asks it of the plain search's first `top`
 * hits only. bench:personal: 16 of the 29 answerable questions abstained on show their answer so
 * (15 of the 22 whose answer search ranks in its top 5; bench/README.md).
 */
export function isClosest(h: Recalled): boolean {
  return !h.relevant && ((h.coverage > 0 && h.similarity >= RELEVANCE.unlike) || h.similarity >= RELEVANCE.loose);
}

/**
 * Cosine of each hit's memory vector with the query's: the vector ranker gives it for what it
 * reached; a hit found only through BM25 or the passage index gets it here, so it is judged like the
 * others instead of as unrelated.
 */
export function similarities(db: EngramDb, queryVector: Float32Array | undefined, hits: MemoryHit[]): Map<number, number> {
  return new Map(
    hits.map((h) => {
      const v = h.scores.vector ? null : queryVector && getVector(db, "memories", h.id);
      return [h.id, h.scores.vector?.similarity ?? (v && queryVector ? dot(v, queryVector) : 0)];
    }),
  );
}

/** A question for where (someone was, something is): "Where was I on 14 March?". */
const ASKS_WHERE = /^\s*where\b/i;

/** "How do I …?", "How can we …?": a question for a how-to. */
export const ASKS_HOW_TO = /^\s*how\s+(?:do|can|should|would|could)\s+(?:i|we|you|one)\b/i;
/** A question for a time ("When will the kitchen be finished?"). */
const ASKS_WHEN = /^\s*when\b/i;

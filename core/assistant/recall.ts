import type { Embedder } from "../../models/embedder.js";
import type { EngramDb } from "../db/connection.js";
import { currentCoreBlocks } from "../db/repos/core-blocks.js";
import { getMemories } from "../db/repos/memories.js";
import { countRecall } from "../db/repos/recall.js";
import { aboutUserMemories, asksAboutUser } from "./about-user.js";
import { personAsked, personMemories } from "./about-person.js";
import { ofTheSameDay } from "./same-day.js";
import { isPeriodSummary } from "../db/repos/passages.js";
import { asksOverview } from "../retrieval/answer-type.js";
import type { MemoryRow } from "../db/types.js";
import { searchMemories, type MemoryHit } from "../retrieval/search.js";
import { namesIn, saidAsSubject } from "./hit-names.js";
import { namedBeside } from "./named-beside.js";
import { asksPrice, missesValueAsked } from "./answer-types.js";
import { measureAsked, missesMeasure } from "./measure-asked.js";
import { retellingReplaced } from "./replaced.js";
import { namesThing, thingPriced } from "./thing-priced.js";
import { KIN_WORD } from "../memory/kin.js";
import { asksExtreme, byExtreme } from "./extremes.js";
import { questionTime, type QuestionTime } from "../time/question.js";
import { escapeRegExp } from "../util/quote.js";
import { ASKS_HOW_TO, isClosest, judged, RELEVANCE, type Recalled, similarities } from "./relevance.js";
import { knownNames, namedPeople, theirNames } from "./question-names.js";
import { ASKS_BEFORE, asHits, inPeriod, mentioning, relationFacts, repeatingIn } from "./beside-search.js";
import { cannotAnswer } from "./cannot-answer.js";
import { ASKS_FIRST, ASKS_LATEST, EXTREME_K, LATEST_K, wordsAsked } from "./words-asked.js";

/** What recall found for a question. */
export interface Recall {
  hits: Recalled[];
  /** The active core blocks (human, persona), always given to the answer. */
  core: MemoryRow[];
  /** The period the question names, if any ("last week"), resolved against the time of asking. */
  time: QuestionTime | null;
  /** The question asks what Engram knows of the user as a whole (about-user.ts): the hits are the human block's facts, each worth showing. */
  aboutUser?: true;
  /**
   * What the plain search ranks first that comes close to the question without answering it (at most
   * RELEVANCE.closest, in search order; {@link isClosest}): shown with an abstention, so the user sees
   * what search finds and judges it. None that a rule rules out (cannot-answer.ts: someone else's fact
   * for a question about the user), nor any for a question about someone no memory names.
   */
  closest: Recalled[];
}

/**
 * Retrieves memories for a question: hybrid search (BM25 + vectors, RRF) over currently valid
 * memories. When the question names a period ("last week", "in 2022"), it is resolved against the
 * time of asking and taken out of the search words; memories of that period (said then, or
 * mentioning a date in it) come first and count as relevant when they share a word with the
 * question, and facts valid at the period's end are searched too (`asOf`). A question about a
 * single-valued relation ("Where do I live?") gets its current fact first. Each hit is marked
 * relevant or not (RELEVANCE).
 * @param opts.now time of asking, epoch ms (default now); opts.k hits wanted (default 8).
 */
export async function recall(db: EngramDb, embedder: Embedder, question: string, opts: { now?: number; k?: number } = {}): Promise<Recall> {
  const now = opts.now ?? Date.now();
  const k = opts.k ?? 8;
  // (what Engram knows of the user as a whole is the facts of its human block: no memory says "know")
  const aboutUser = asksAboutUser(question) ? aboutUserMemories(db) : [];
  if (aboutUser.length > 0) {
    const hits = asHits(db, aboutUser.slice(0, k)).map((h) => ({ ...h, coverage: 1, similarity: 0, relevant: true, inPeriod: false }));
    return { hits, core: currentCoreBlocks(db), time: null, aboutUser: true, closest: [] };
  }
  // (and of someone else as a whole, "Who is Ola?", "What is Jon like?", is what their entity's memories say)
  const person = personAsked(question);
  const theirs = person ? personMemories(db, person, k) : [];
  if (theirs.length > 0) {
    const hits = asHits(db, theirs).map((h) => ({ ...h, coverage: 1, similarity: 0, relevant: true, inPeriod: false }));
    return { hits, core: currentCoreBlocks(db), time: null, closest: [] };
  }
  const time = questionTime(question, now);
  const people = namedPeople(question);
  const names = theirNames(db, people);
  const named = [...names].reduce(
    (q, [said, { name }]) => (said === name ? q : q.replace(new RegExp(`(?<![\\p{L}])${escapeRegExp(said)}(?![\\p{L}])`, "gu"), name)),
    question,
  );
  const query = wordsAsked(time ? named.replace(time.text, " ").replace(/\s+/g, " ").trim() : named);
  const lists: MemoryHit[][] = [];
  // the question is embedded once, for every search below and for judging the hits
  const queryVector = query.trim() ? (await embedder.embed([query]))[0] : undefined;
  const given = queryVector ? { queryVector } : {};
  if (time) {
    lists.push(await searchMemories(db, embedder, query, { k, from: time.from, to: time.to, includeInvalid: true, ...given }));
    lists.push(mentioning(db, time));
    // (what is on a day: the calendar's repeating events that happen on it too)
    if (asksOverview(query)) lists.push(repeatingIn(db, time));
    lists.push(await searchMemories(db, embedder, query, { k, asOf: time.to - 1, types: ["semantic", "procedural"], ...given }));
  }
  // the current value of a relation the question asks for, first ("Where do I live?")
  const asked = relationFacts(db, query);
  const relation = asked.hits;
  lists.unshift(relation);
  // (the newest of many alike, "When did I last go swimming?" of a year of swims, may be ranked below
  // its twins: for such a question all that search finds of a wider list is judged as its top)
  const newestFirst = ASKS_LATEST.test(question);
  const oldestFirst = !newestFirst && ASKS_FIRST.test(question);
  // (and the greatest or least of a measure, "When was my blood pressure highest?", of all the records that state one)
  const extreme = asksExtreme(time ? question.replace(time.text, " ") : question);
  const wide = newestFirst || oldestFirst || extreme != null;
  const plain = await searchMemories(db, embedder, query, { k: extreme ? Math.max(k, EXTREME_K) : wide ? Math.max(k, LATEST_K) : k, ...given });
  lists.push(plain);
  // (what was true before is in the memories a later one replaced: "When was the appointment before it was moved?")
  const asksBefore = ASKS_BEFORE.test(question);
  if (asksBefore) lists.push(await searchMemories(db, embedder, query, { k, includeInvalid: true, ...given }));
  const topRanked = new Set(plain.slice(0, wide ? plain.length : RELEVANCE.top).map((h) => h.id));
  const nearTop = new Set(plain.slice(0, RELEVANCE.runnersUp).map((h) => h.id));
  const found = lists.flat().filter((h, i, all) => h.type !== "core" && all.findIndex((x) => x.id === h.id) === i);
  const details = new Map(
    getMemories(
      db,
      found.map((h) => h.id),
    ).map((m) => [m.id, m.details]),
  );
  const sims = similarities(db, queryVector, found);
  const namedInQuery = new Set([...names.values()].map((n) => n.name));
  // (kin called by what they are, "Dad", is no stranger when no memory says the word: his children say "his")
  // (nor is a place a question names beside the day it asks of: "What was I listening to on the train to London on 18 April?",
  // though no memory of that day's plays says where they were played)
  const placeOfPeriod = (p: string) => time != null && new RegExp(`\\b(?:to|in|at|from)\\s+(?:the\\s+)?${escapeRegExp(p)}(?![\\p{L}])`, "iu").test(question);
  const stranger = [...people].some((p) => !KIN_WORD.test(p) && !placeOfPeriod(p)) && ![...names.values()].some((n) => n.known);
  const beside = namedBeside(db, question, found, knownNames(names));
  // (what the turns beside a memory name are words it shares only when every name the question says is known:
  // "When did Nate adopt Max?" of a chat that never names Nate is not answered by a dog adopted beside a Max)
  const allKnown = [...names.values()].every((n) => n.known || KIN_WORD.test(n.name));
  const offTopic = cannotAnswer(db, question, asked, people, details, names, beside);
  // a question about a whole period ("What did I do on Monday?") is answered by the period's summaries
  // (a day of screen time, a chat session), which search put first: without a period, the latest one
  const overview = asksOverview(query);
  const measureOfDay = measureAsked(query) != null;
  // (a price asked of a thing is answered by a memory that names the thing, or says it in other words, close in
  // meaning: "How much did I pay for the gym?" and a tram fare share "pay", not the gym; "Mum told the user it cost £2,450")
  const priced = asksPrice(question) ? thingPriced(question) : undefined;
  const hits = found.map((h) => {
    const period = time != null && inPeriod(h, details.get(h.id), time);
    const summary = overview != null && isPeriodSummary(h.type, details.get(h.id) ?? null, overview.people) && (time ? period : h.id === plain[0]?.id);
    const judgedHit = judged(
      query,
      h,
      period,
      sims.get(h.id) ?? 0,
      topRanked.has(h.id),
      namedInQuery,
      [...[...namedInQuery].filter((name) => saidAsSubject(h, name, details.get(h.id))), ...(allKnown ? (beside.get(h.id) ?? []) : [])],
      nearTop.has(h.id),
    );
    // (a measure of the user's asked of a day is answered by a memory of that day that says it: not by another
    // day's, nor by the day's record of another measure, "my resting heart rate on Monday" and its "Heart Points";
    // such a record may still be about it, its day holding the answer: "my day strain at Ellie's wedding")
    const otherDay = time != null && measureOfDay && !period;
    const otherMeasure = time != null && measureOfDay && period && missesMeasure(query, `${h.title}\n${h.content}`);
    const otherThing = priced != null && judgedHit.similarity < RELEVANCE.similar && !namesThing(priced, `${h.title}\n${h.content}`);
    // (read only when it matters: for an answer, or for the closest below)
    let ruled: boolean | undefined;
    const ruledOut = () => (ruled ??= offTopic(h) || otherDay || otherThing);
    const hit =
      (judgedHit.relevant || judgedHit.aboutIt || judgedHit.runnerUp) && ruledOut()
        ? { ...judgedHit, relevant: false, aboutIt: undefined, runnerUp: undefined }
        : judgedHit.relevant && otherMeasure
          ? { ...judgedHit, relevant: false, aboutIt: true as const }
          : judgedHit;
    // (and so are, for a period to come, which no summary tells yet, the memories that say a date in it:
    // "What am I doing on Monday?" and "Helen is working from home on Monday (Monday 30 March 2026)")
    const planned = overview != null && time != null && period && time.to > now && h.type !== "episodic";
    const answers = relation.some((r) => r.id === h.id) || summary || planned;
    return {
      hit: stranger ? { ...hit, relevant: false } : answers ? { ...hit, relevant: true } : hit,
      period,
      summary,
      ruledOut: () => stranger || ruledOut(),
    };
  });
  // (read before the orders below, which put the answers first: the closest are in the plain search's order)
  const closest = plain
    .slice(0, RELEVANCE.top)
    .flatMap((p) => hits.filter((h) => h.hit.id === p.id && isClosest(h.hit) && !h.ruledOut()).map((h) => h.hit))
    .slice(0, RELEVANCE.closest);
  // (and beside an answer that names an event's day, what its chat says of that day: the plan for it,
  // though it names no one the question names: "Where are we meeting for the Takao hike?")
  const sameDay = ofTheSameDay(
    query,
    hits.map((h) => h.hit),
    details,
  );
  for (const h of hits) {
    const text = `${h.hit.title}\n${h.hit.content}`;
    if (sameDay.has(h.hit.id) && !missesValueAsked(query, text) && !(measureOfDay && missesMeasure(query, text))) h.hit = { ...h.hit, relevant: true };
  }
  // (a session's episode that retells what a change among the answers replaced is no answer: its value is the old one)
  if (!asksBefore) {
    const answering = new Set(hits.filter((h) => h.hit.relevant).map((h) => h.hit.id));
    const retelling = retellingReplaced(
      db,
      hits.map((h) => h.hit),
      answering,
    );
    for (const h of hits) if (retelling.has(h.hit.id)) h.hit = { ...h.hit, relevant: false };
  } else {
    // (and what was true before is told first: the memories a later one replaced)
    hits.sort((a, b) => Number(b.hit.valid_to != null) - Number(a.hit.valid_to != null));
  }
  // the period's summaries first (in time order), then its other memories, those sharing most words
  // with the question first among them
  if (time)
    hits.sort(
      (a, b) =>
        Number(b.summary) - Number(a.summary) ||
        (a.summary && b.summary ? (a.hit.occurred_at ?? 0) - (b.hit.occurred_at ?? 0) : 0) ||
        Number(b.period) - Number(a.period) ||
        (a.period && b.period ? b.hit.coverage - a.hit.coverage : 0),
    );
  // (the last time something was done is told first: "When did I last pay the window cleaner?", the newest of what answers it)
  if (!time && newestFirst) {
    const newest = (h: (typeof hits)[number]) => (h.hit.relevant ? (h.hit.occurred_at ?? 0) : -Infinity);
    hits.sort((a, b) => Number(b.hit.relevant) - Number(a.hit.relevant) || newest(b) - newest(a));
  } else if (!time && oldestFirst) {
    // (and the first time, the oldest: "When did I first play Starburster?"; of those that share the most
    // of the question's words: "When did John first organize a charity tournament with his friends?" is not
    // answered by the oldest tournament he played in)
    const most = Math.max(...hits.filter((h) => h.hit.relevant).map((h) => h.hit.coverage));
    const alike = (h: (typeof hits)[number]) => Number(h.hit.relevant && h.hit.coverage >= most - 1e-9);
    const oldest = (h: (typeof hits)[number]) => (h.hit.relevant ? (h.hit.occurred_at ?? Infinity) : Infinity);
    hits.sort((a, b) => Number(b.hit.relevant) - Number(a.hit.relevant) || alike(b) - alike(a) || oldest(a) - oldest(b));
  }
  // (of the period asked, when it names one: "my lowest resting heart rate in October")
  if (extreme) {
    const inScope = hits.filter((h) => !time || h.period);
    const ordered = byExtreme(
      inScope.map((h) => h.hit),
      extreme,
    ).map((hit) => inScope.find((h) => h.hit === hit)!);
    hits.splice(0, hits.length, ...ordered, ...hits.filter((h) => !inScope.includes(h)));
  }
  // (a how-to is answered by its steps first: "How do I make dal tadka?" by the method, then by who taught it)
  if (ASKS_HOW_TO.test(query)) answersFirst(hits, (h) => h.type === "procedural");
  // (and advice asked for by the advice remembered, "What advice did Jon give about running a business?" by "Jon's
  // advice on running a successful business: 1. …", which search had ranked sixth)
  if (ADVICE_WORD.test(query)) answersFirst(hits, (h) => ADVICE_WORD.test(h.title));
  // (the search's first hits join an answer the others make, after them, whatever order those are in; and so
  // does what an assistant answered, unless the question asks what it said: "How old is Leo?" is the user's
  // fact before ChatGPT's answer to "Which booster seat is good for a 7 year old?")
  if (hits.some((h) => h.hit.relevant)) {
    for (const h of hits) if (h.hit.runnerUp) h.hit = { ...h.hit, relevant: true };
    // (each hit's place read once, not in each comparison)
    const later = new Map(
      hits.map((h) => {
        const by = (JSON.parse(details.get(h.hit.id) ?? "{}") as { answered_by?: unknown }).answered_by;
        return [h, h.hit.runnerUp === true || (typeof by === "string" && !namesIn(question, by))];
      }),
    );
    hits.sort((a, b) => Number(later.get(a)) - Number(later.get(b)));
  }
  return { hits: hits.map((h) => h.hit).slice(0, k), core: currentCoreBlocks(db), time, closest };
}

/** Counts a recall of `ids` (access_count, last_accessed_at): recalled memories do not decay. */
export function markRecalled(db: EngramDb, ids: number[], now: number): void {
  if (ids.length === 0) return;
  countRecall(db, ids, now);
}

/**
 * A word for advice: in a question, one for advice given ("What advice did Tim give John about …?", "What
 * tips does Audrey have for …?"); in a memory's title, advice remembered (a procedure of tips, "Tim's advice to John: …").
 */
const ADVICE_WORD = /\b(?:advice|tips|suggestions|pointers)\b/i;

/** Sorts `hits` in place so that the relevant ones `kind` holds of come first, the order otherwise kept (a stable sort). */
function answersFirst<T extends { hit: Recalled }>(hits: T[], kind: (h: Recalled) => boolean): void {
  const first = (h: T) => Number(h.hit.relevant && kind(h.hit));
  hits.sort((a, b) => first(b) - first(a));
}

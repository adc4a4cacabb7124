import type { Embedder } from "../../models/embedder.js";
import type { EngramDb } from "../db/connection.js";
import { currentCoreBlocks } from "../db/repos/core-blocks.js";
import { peopleByAlias } from "../db/repos/entities.js";
import { getMemories } from "../db/repos/memories.js";
import { anyMemoryMentions, countRecall, currentRelationFacts, memoriesMentioningDates, pastRelationFacts, repeatingEvents } from "../db/repos/recall.js";
import { getUserName } from "../db/repos/settings.js";
import { holdsUsersNote, isClippingText } from "../memory/clippings.js";
import { normName } from "../memory/entities.js";
import { UNNAMED_USER } from "../memory/extractor.js";
import { relationQuestion, type RelationQuestion } from "./relation-question.js";
import { aboutUserMemories, asksAboutUser } from "./about-user.js";
import { personAsked, personMemories } from "./about-person.js";
import { ofTheSameDay } from "./same-day.js";
import { getProvenance } from "../db/repos/provenance.js";
import { isPeriodSummary } from "../db/repos/passages.js";
import { asksOverview } from "../retrieval/answer-type.js";
import { dot, getVector } from "../db/vectors.js";
import { isoDate } from "../time/format.js";
import type { MemoryRow } from "../db/types.js";
import { searchMemories, type MemoryHit } from "../retrieval/search.js";
import { parseSentence } from "../memory/sentences.js";
import { missesAnswerForm } from "./answer-form.js";
import { mentions, namesIn, saidBy } from "./hit-names.js";
import { namedBeside } from "./named-beside.js";
import { asksPrice, missesAnswerType, missesValueAsked, namesPlace, sharedWithQuestion, sharesNameAndWord, sharesOnlyNames } from "./answer-types.js";
import { measureAsked, missesMeasure } from "./measure-asked.js";
import { tellsNegatedAct, tellsOppositeAct } from "./opposites.js";
import { retellingReplaced } from "./replaced.js";
import { namesThing, thingPriced } from "./thing-priced.js";
import { KIN_WORD, KIN_WORDS } from "../memory/kin.js";
import { asksExtreme, byExtreme } from "./extremes.js";
import { DAY_NAMES, MONTH_NAMES } from "../time/mentions.js";
import { questionTime, type QuestionTime } from "../time/question.js";
import { type RepeatingEvent, repeatsIn } from "../time/recurrence.js";
import { escapeRegExp } from "../util/quote.js";

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
 * birthday?" and "Sophie says the train gets in at 6:40 tomorrow", 0.47: answer-types.ts).
 */
export const RELEVANCE = { similar: 0.55, words: 0.34, loose: 0.35, top: 5, topShared: 2, unlike: 0.18, most: 0.75, namesOnly: 0.4, runnersUp: 3 };

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

/** What recall found for a question. */
export interface Recall {
  hits: Recalled[];
  /** The active core blocks (human, persona), always given to the answer. */
  core: MemoryRow[];
  /** The period the question names, if any ("last week"), resolved against the time of asking. */
  time: QuestionTime | null;
  /** The question asks what Engram knows of the user as a whole (about-user.ts): the hits are the human block's facts, each worth showing. */
  aboutUser?: true;
}

/**
 * A hit judged for a question (RELEVANCE): its coverage of the question's words, its cosine, and
 * whether it is relevant; `people`, the names the question says as the memories say them;
 * `namedBesideIt`, those the turns beside it name ({@link namedBeside}), words it shares too.
 */
function judged(
  query: string,
  h: MemoryHit,
  inPeriod: boolean,
  similarity: number,
  topRanked: boolean,
  people: ReadonlySet<string>,
  namedBesideIt: readonly string[],
  nearTop = false,
): Recalled {
  // (who said it, when the question names them, is a word it shares: "What did Gemini suggest for the
  // party games?" and Gemini's "Here are some games that work well …", which never says "Gemini")
  // (and so is what the turns beside it name: "My manager Sophie said yes." of Brew Lab, named two turns before)
  const speakers = [...people].filter((name) => saidBy(h, name));
  const also = [...speakers, ...namedBesideIt];
  const text = `${h.title}\n${h.content}${also.length ? `\n${also.join(" ")}` : ""}`;
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
 * Cosine of each hit's memory vector with the query's: the vector ranker gives it for what it
 * reached; a hit found only through BM25 or the passage index gets it here, so it is judged like the
 * others instead of as unrelated.
 */
function similarities(db: EngramDb, queryVector: Float32Array | undefined, hits: MemoryHit[]): Map<number, number> {
  return new Map(
    hits.map((h) => {
      const v = h.scores.vector ? null : queryVector && getVector(db, "memories", h.id);
      return [h.id, h.scores.vector?.similarity ?? (v && queryVector ? dot(v, queryVector) : 0)];
    }),
  );
}

/** Whether a memory happened in the period, or mentions a date in it (details.dates, e.g. "last Saturday (20 May 2023)"). */
function inPeriod(h: MemoryHit, details: string | undefined, time: QuestionTime): boolean {
  if (h.occurred_at != null && h.occurred_at >= time.from && h.occurred_at < time.to) return true;
  const d = details ? (JSON.parse(details) as { dates?: Array<{ date?: string }>; repeats?: Partial<RepeatingEvent> }) : {};
  // (a repeating event happens in the period when one of its occurrences does)
  if (repeatsIn(d.repeats, time.from, time.to)) return true;
  const dates = d.dates ?? [];
  return dates.some((m) => {
    const ms = Date.parse(`${m.date}T00:00:00Z`);
    return ms >= time.from && ms < time.to;
  });
}

/** Repeating calendar events most a period's question looks through (core/memory/events.ts `repeats`). */
const MAX_REPEATING = 500;

/** Current repeating calendar events that happen on a day of the period, as search hits without scores. */
function repeatingIn(db: EngramDb, time: QuestionTime): MemoryHit[] {
  const on = repeatingEvents(db, MAX_REPEATING).filter((m) =>
    repeatsIn((JSON.parse(m.details) as { repeats?: Partial<RepeatingEvent> }).repeats, time.from, time.to),
  );
  return asHits(db, on);
}

/** Active memories that mention a date in the period (details.dates), newest first, as search hits without scores. */
function mentioning(db: EngramDb, time: QuestionTime, limit = 50): MemoryHit[] {
  return asHits(db, memoriesMentioningDates(db, isoDate(time.from), isoDate(time.to), limit));
}

/** The relation a question asks for, whose it is by name, and its current value as hits without scores. */
interface AskedRelation {
  predicate: RelationQuestion["predicate"] | null;
  subject: string | null;
  hits: MemoryHit[];
  /** For a question of what was true before ("Where did I live before?"), the ids of the current values, which cannot answer it. */
  replaced: Set<number>;
}

/** A question of what was true before ("Where did I live before Bath?", "Where did I use to work?"). */
const ASKS_BEFORE = /\b(?:before|previously|used to|use to|formerly|in the past)\b/i;

/**
 * The current value of the relation a question asks for ("Where do I live?": the user's latest
 * `lives_in` fact; relation-question.ts), as hits without scores; for a question of what was true
 * before ("Where did I live before Bath?"), the values later ones replaced (bi-temporal: `valid_to`
 * set); none for another question.
 */
function relationFacts(db: EngramDb, question: string): AskedRelation {
  const asked = relationQuestion(question);
  if (!asked) return { predicate: null, subject: null, hits: [], replaced: new Set() };
  const name = "user" in asked.subject ? theUser(db) : asked.subject.name;
  const current = currentRelationFacts(db, asked.predicate, normName(name));
  if (!ASKS_BEFORE.test(question)) return { predicate: asked.predicate, subject: name, hits: asHits(db, current), replaced: new Set() };
  // (what was true before: the values a later one replaced, the latest first; the current one is no answer)
  const past = asHits(db, pastRelationFacts(db, asked.predicate, normName(name)));
  return { predicate: asked.predicate, subject: name, hits: past, replaced: new Set(current.map((m) => m.id)) };
}

/** The user as facts name them: the name an import gave them, else "the user". */
function theUser(db: EngramDb): string {
  return getUserName(db) ?? UNNAMED_USER;
}

/** The names a question says that some memory says too, but kin ("Dad": his children say "his"). */
function knownNames(names: Map<string, { name: string; known: boolean }>): string[] {
  return [...names.values()].filter((n) => n.known && !KIN_WORD.test(n.name)).map((n) => n.name);
}

/** Memory rows as search hits without scores, with their sources. */
function asHits(db: EngramDb, rows: MemoryRow[]): MemoryHit[] {
  const prov = getProvenance(
    db,
    rows.map((m) => m.id),
  );
  return rows.map((m) => ({
    id: m.id,
    type: m.type,
    title: m.title,
    content: m.content,
    score: 0,
    scores: {},
    occurred_at: m.occurred_at,
    valid_from: m.valid_from,
    valid_to: m.valid_to,
    sources: prov.get(m.id) ?? [],
  }));
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
    return { hits, core: currentCoreBlocks(db), time: null, aboutUser: true };
  }
  // (and of someone else as a whole, "Who is Ola?", "What is Jon like?", is what their entity's memories say)
  const person = personAsked(question);
  const theirs = person ? personMemories(db, person, k) : [];
  if (theirs.length > 0) {
    const hits = asHits(db, theirs).map((h) => ({ ...h, coverage: 1, similarity: 0, relevant: true, inPeriod: false }));
    return { hits, core: currentCoreBlocks(db), time: null };
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
      allKnown ? (beside.get(h.id) ?? []) : [],
      nearTop.has(h.id),
    );
    // (a measure of the user's asked of a day is answered by a memory of that day that says it: not by another
    // day's, nor by the day's record of another measure, "my resting heart rate on Monday" and its "Heart Points";
    // such a record may still be about it, its day holding the answer: "my day strain at Ellie's wedding")
    const otherDay = time != null && measureOfDay && !period;
    const otherMeasure = time != null && measureOfDay && period && missesMeasure(query, `${h.title}\n${h.content}`);
    const otherThing = priced != null && judgedHit.similarity < RELEVANCE.similar && !namesThing(priced, `${h.title}\n${h.content}`);
    const hit =
      (judgedHit.relevant || judgedHit.aboutIt || judgedHit.runnerUp) && (offTopic(h) || otherDay || otherThing)
        ? { ...judgedHit, relevant: false, aboutIt: undefined, runnerUp: undefined }
        : judgedHit.relevant && otherMeasure
          ? { ...judgedHit, relevant: false, aboutIt: true as const }
          : judgedHit;
    // (and so are, for a period to come, which no summary tells yet, the memories that say a date in it:
    // "What am I doing on Monday?" and "Helen is working from home on Monday (Monday 30 March 2026)")
    const planned = overview != null && time != null && period && time.to > now && h.type !== "episodic";
    const answers = relation.some((r) => r.id === h.id) || summary || planned;
    return { hit: stranger ? { ...hit, relevant: false } : answers ? { ...hit, relevant: true } : hit, period, summary };
  });
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
  if (ASKS_HOW_TO.test(query)) {
    const steps = (h: (typeof hits)[number]) => Number(h.hit.relevant && h.hit.type === "procedural");
    hits.sort((a, b) => steps(b) - steps(a));
  }
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
  return { hits: hits.map((h) => h.hit).slice(0, k), core: currentCoreBlocks(db), time };
}

/**
 * The name the memories use for each person a question names, and whether any memory says it: a name
 * no memory says that is another name (alias, recorded by the engine) of one person becomes that
 * person's ("Mel", as Caroline calls Melanie → "Melanie"), so search and the judging of its hits find
 * their memories; any other name stays as it is.
 */
function theirNames(db: EngramDb, people: Set<string>): Map<string, { name: string; known: boolean }> {
  return new Map(
    [...people].map((p) => {
      // (a run of capitalised words may name two things, an employer and a role: "the Wise Product Lead
      // role", of "hiring for Wise Business" and "a Product Lead"; a memory that says each of its words knows it)
      if (anyMemoryMentions(db, p, true)) return [p, { name: p, known: true }];
      const norm = normName(p);
      const names = [
        ...new Set(
          peopleByAlias(db, [norm])
            .filter((e) => e.norm !== norm)
            .map((e) => e.name),
        ),
      ];
      return [p, names.length === 1 ? { name: names[0]!, known: anyMemoryMentions(db, names[0]!) } : { name: p, known: false }];
    }),
  );
}

/**
 * Hits that share a question's words but cannot answer it, whatever their score:
 * - a memory that does not say what the question's form asks for: a contact detail, a place, a time
 *   to come (answer-form.ts);
 * - for "Where does Jon live?" / "Where is Maria from?" with no structured fact of it, a memory that
 *   names no place ("Jon is living their dream": it shares only the verb);
 * - beside a relation's structured fact ("Where do I live?" → "Melanie moved to Porto"), a memory
 *   that does not name the same person (Audrey's "must be tough living in the city");
 * - for a question about the asker ("I", "my", naming no one else) but "Who …?" of theirs (ASKS_WHO_ELSE), a fact whose subject is another
 *   speaker (James's amusement park for "Where did I park my car?"); the user is the name an import
 *   gave them (setting `user.name`), else "the user"; a highlight, about its book, is the user's reading
 *   for a question about what they read ({@link ASKS_READING}) or should do ({@link ASKS_ADVICE}); a cost split among a group ("rent is
 *   €650 each", {@link SPLIT_COST}) is the user's share too;
 * - for a question that names people or things the memories know (`names`, theirNames), a memory that
 *   names none of them ("Where did Caroline move from?" and "Samantha and James have decided to move in
 *   together").
 * @param details memory id → its details JSON, for the hits judged
 * @param beside memory id → the names it does not say that the turns beside it do ({@link namedBeside})
 */
function cannotAnswer(
  db: EngramDb,
  question: string,
  asked: AskedRelation,
  people: Set<string>,
  details: Map<number, string>,
  names: Map<string, { name: string; known: boolean }>,
  beside: ReadonlyMap<number, string[]>,
): (h: MemoryHit) => boolean {
  // (a memory of Dad's need not say "Dad": "Dr Hussain has put his amlodipine up to 10mg", said by his son)
  const known = knownNames(names);
  // (what someone said names them by its sources: an AI assistant's answer, "You've got the makings of a
  // chickpea curry …", is what "What did Gemini say I could make?" asks for, though it never says "Gemini")
  // (kin the question names need not be named, but a memory of other kin is theirs: "Mum's blood type" for Dad's)
  const kin = [...names.values()].filter((n) => KIN_WORD.test(n.name)).map((n) => n.name);
  const otherKin = (h: MemoryHit) =>
    kin.length > 0 &&
    !kin.some((n) => mentions(h, n)) &&
    (`${h.title}\n${h.content}`.match(KIN_IN_TEXT) ?? []).some((w) => !kin.some((n) => n.toLowerCase() === w.toLowerCase()));
  const namesNoOne = (h: MemoryHit) => (known.length > 0 && !known.some((n) => mentions(h, n) || saidBy(h, n)) && !beside.has(h.id)) || otherKin(h);
  const placeOnly = asked.hits.length === 0 && (asked.predicate === "lives_in" || asked.predicate === "from");
  const subject = asked.hits.length > 0 ? asked.subject : null;
  // (but "Who …?" of the user's things asks for someone else: "Who is coming to fix my kitchen sink?" and
  // "Greg Novak will send Tony …"; not "Who did I meet …?", which the user did)
  const user = people.size === 0 && ASKS_ABOUT_ME.test(question) && !ASKS_WHO_ELSE.test(question) ? theUser(db) : null;
  const me = user ? normName(user) : null;
  const asksReading = ASKS_READING.test(question) || ASKS_ADVICE.test(question);
  // (someone else's fact that names the user is theirs too: "Sam left it with Priya's neighbour Greg")
  // (and "the user", as facts said before an import named them: "Dolly is the user's new Rofco B40 deck oven")
  const unnamed = normName(UNNAMED_USER);
  const someoneElses = (h: MemoryHit) => {
    // (a highlight is about its book, and the user's own reading when asked as such: "What did I highlight about habits?")
    // (and a note the user typed at one is their own words: "What is my two-minute rule for guitar?" and "… ” Note: Guitar: just take it out of the case after dinner")
    if (!user || h.type !== "semantic" || (asksReading && isClippingText(h.content)) || holdsUsersNote(h.content)) return false;
    const of = (JSON.parse(details.get(h.id) ?? "{}") as { subject?: unknown }).subject;
    // (a cost split among a group, "rent is €650 each", is the user's share too, whoever said it)
    if (SPLIT_COST.test(h.content)) return false;
    // (nor is an answer to what the user asked, their question in its provenance: "When do I water the orchid?"
    // and "Asked about fern and water: Ana Costa says the orchid only once, on Sundays")
    return typeof of === "string" && normName(of) !== me && normName(of) !== unnamed && !mentions(h, user) && !mentions(h, UNNAMED_USER) && !saidBy(h, user);
  };
  const missesForm = missesAnswerForm(question);
  return (h) =>
    asked.replaced.has(h.id) ||
    missesForm(h) ||
    (placeOnly && !namesPlace(`${h.title}\n${h.content}`)) ||
    (placeOnly && asked.predicate === "from" && !SAYS_ORIGIN.test(`${h.title}\n${h.content}`)) ||
    (subject != null && !mentions(h, subject)) ||
    someoneElses(h) ||
    namesNoOne(h);
}

/** An amount of money split among people: "€650 each", "£11 per person", "30 quid a head". */
const SPLIT_COST = /(?:[£$€¥]\s?\d[\d,.]*|\b\d[\d,.]*\s?(?:pounds|euros|dollars|quid|bucks))\s+(?:each|per\s+person|a\s+head|apiece)\b/i;

/** A question for what the user should do ("What temperature should I bake the loaf at?"), which advice they highlighted answers as their reading does. */
const ASKS_ADVICE = /\bshould\s+(?:I|we)\b/i;
/** A question about what the user read and kept: "What did I highlight about habits?", "What was my note on the habit loop?". */
const ASKS_READING = /\b(?:highlight(?:ed|s)?|underlin(?:e|ed)|notes?|noted|read|clip(?:ped|s)?|bookmark(?:ed|s)?|quotes?)\b/i;

/**
 * Words that tell where someone is from ("from Sweden", "grew up in", "born in", "hometown", "native"):
 * a memory without them names a place but not one's origin ("Kofi says should be fine for EU trips").
 */
const SAYS_ORIGIN = /\bfrom\s+(?:the\s+)?\p{Lu}|\bgrew\s+up\b|\bborn\b|\bhome\s?town\b|\bnative\b|\braised\b|\bback home\b/u;

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
const ASKS_LATEST =
  /\bwhen\s+(?:did|was|were|have|has)\s+\S+(?:\s+\S+)?\s+last\b|\bthe\s+last\s+(?!(?:week|weekend|month|year|night|summer|winter|spring|autumn|fall|few|couple|two|three)\b)\p{L}|\bmost\s+recent(?:ly)?\b|\blatest\b/iu;
/**
 * A question for the first time something was done ("When did I first play Starburster?", "the first time I met Sam", "my earliest …"),
 * or when the user began it, its oldest record ("When did I start work on the Harbour & Pine menus?", "When did we begin …?").
 */
const ASKS_FIRST =
  /\bwhen\s+(?:did|was|were|have|has)\s+\S+(?:\s+\S+)?\s+first\b|\bthe\s+first\s+time\b|\bearliest\b|\bwhen\s+did\s+(?:i|we)\s+(?:start|begin)\b/i;
/** A question for where (someone was, something is): "Where was I on 14 March?". */
const ASKS_WHERE = /^\s*where\b/i;
/** How many memories search returns for a question for the newest or the oldest of something (ASKS_LATEST, ASKS_FIRST), each judged as ranked at its top. */
const LATEST_K = 40;
/**
 * How many memories search returns for a question for the greatest or least of a measure (extremes.ts
 * asksExtreme): every record that states one may hold it, and a record that says more than its reading
 * ("… 164/101 mmHg. The user noted: …") ranks below its plainer twins, so more than LATEST_K are judged.
 */
const EXTREME_K = 150;
/** "How do I …?", "How can we …?": a question for a how-to. */
const ASKS_HOW_TO = /^\s*how\s+(?:do|can|should|would|could)\s+(?:i|we|you|one)\b/i;
/** A question for a time ("When will the kitchen be finished?"). */
const ASKS_WHEN = /^\s*when\b/i;

/** A question for who did something of the user's, its subject another ("Who agreed to be my referee?"), not what the user did to whom ("Who did I meet?"). */
const ASKS_WHO_ELSE = /^\s*who\s+(?!(?:did|do|does|have|had|am|was|should|will|would|can|could|shall)\s+(?:I|we)\b)/i;

/** A question about the asker: "I", "me", "my", "mine", "myself". */
const ASKS_ABOUT_ME = /\b(?:I|me|my|mine|myself)\b/;

/**
 * The people a question names (compromise's person tags, as the engine finds them, and runs of
 * capitalised words after its first, a run ending at a possessive: "Jon's Dance Studio" is "Jon" and
 * "Dance Studio"), names of things included. When none of them is in any memory ("What book is Jon
 * reading?" asked of memories that never name a Jon), no memory can answer it, however many of its
 * other words they share. LoCoMo dev split: questions of another conversation abstained 79.8% → 99.3%, a
 * conversation's own questions answered 96.4% either way (README.md).
 */
function namedPeople(question: string): Set<string> {
  const people = new Set(
    parseSentence(question)
      .entities.filter((e) => e.kind === "person")
      .map((e) => e.name),
  );
  // compromise misses some ("What book is Caroline reading?"): capitalised words after the first count
  // too, a run of them as one name ("VS Code": that a memory says "code" does not make it known)
  for (const m of question.matchAll(/(?<=\s)\p{Lu}[\p{L}\p{N}'’-]+(?:\s+\p{Lu}[\p{L}\p{N}'’-]+)*/gu)) {
    let run: string[] = [];
    const end = () => {
      if (run.length > 0) people.add(run.join(" ").replace(/['’]s$/, ""));
      run = [];
    };
    for (const word of m[0].split(/\s+/)) {
      if (NOT_A_NAME.test(word)) end();
      else run.push(word);
      if (/['’]s$/.test(word)) end();
    }
    end();
  }
  return people;
}

/**
 * Capitalised words of a question that name no one: "I'm", days, months, holidays ("What am I getting Tom for
 * Christmas?"), the kinds of identifier a question asks for ("What's the DOI of the Rasch and Born paper?",
 * "What's my PIN for the garage?", "the VIN of my car"), and a doctor called by what they are ("my blood
 * pressure at the GP", which a day's record of it answers without saying "GP").
 */
const NOT_A_NAME = new RegExp(
  `^(?:i['’]\\w+|${DAY_NAMES}|${MONTH_NAMES}|christmas|xmas|easter|halloween|thanksgiving|hanukkah|chanukah|diwali|eid|ramadan|passover|` +
    "doi|isbn|issn|pin|puk|imei|vin|iban|bic|swift|vat|url|id|ssn|otp|wifi|wi-fi|gp|gps)$",
  "i",
);

/** Kin a memory names by what they are, capitalised as a name ("Mum's blood type", "Gran turns 90"). */
const KIN_IN_TEXT = new RegExp(
  `(?<![\\p{L}])(?:${KIN_WORDS.split("|")
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join("|")})(?![\\p{L}])`,
  "gu",
);

/** Counts a recall of `ids` (access_count, last_accessed_at): recalled memories do not decay. */
export function markRecalled(db: EngramDb, ids: number[], now: number): void {
  if (ids.length === 0) return;
  countRecall(db, ids, now);
}

import type { EngramDb } from "../db/connection.js";
import { factsWithKey } from "../db/repos/fact-keys.js";
import { memoriesOfEarlierVersions, memoriesSharingSources } from "../db/repos/provenance.js";
import type { MemoryRow } from "../db/types.js";
import { normName, subjectKey } from "./entities.js";
import { type Cancellation, cancellationOf, cancelledMatter, cancels } from "./cancellations.js";
import { changeSaid, replaces } from "./changes.js";
import { saidDate, withoutSaidDate } from "./fact-text.js";
import { nearestMemories, type Neighbour } from "./nearest.js";
import type { Candidate, MemoryOp } from "./types.js";
import { LruCache } from "../util/lru.js";

/**
 * What to do with a candidate (after Mem0's ADD / UPDATE / DELETE / NOOP, with DELETE replaced by a
 * bi-temporal INVALIDATE after Zep/Graphiti: the old memory is closed, never removed).
 * - ADD: insert the candidate; `invalidates` lists memories it contradicts (each gets valid_to and
 *   superseded_by); `related` lists close memories to link.
 * - UPDATE: replace `targetId`'s text with the candidate's (same fact, better or newer wording).
 * - NOOP: `targetId` already says it; the candidate's sources are added to its provenance.
 */
export interface Decision {
  op: Exclude<MemoryOp, "INVALIDATE">;
  targetId: number | null;
  invalidates: number[];
  related: Array<{ id: number; similarity: number }>;
  reason: string;
}

/** Similarity thresholds (cosine of the default embedder; tuned on LoCoMo, see README.md). */
export const THRESHOLDS = {
  /** Cosine at or above which (with half the words shared) two statements are the same (NOOP, or UPDATE when the new wording says more). */
  same: 0.9,
  /** Word-set Jaccard at or above which two statements are the same whatever their vectors. */
  sameWords: 0.8,
  /** At or above (and below `same`): a `related` edge. */
  related: 0.7,
};

/**
 * Neighbours a free-form candidate is compared with: the best BM25 matches, in BM25 order. The
 * same-statement rule accepts the same words whatever the cosine (a memory's vector is pooled from its
 * own turn, so a repeat said in another turn can sit far away): when the BM25 matches were cut to the 5
 * closest by cosine, an identical fact said again on another day was missed behind closer ones (three
 * "Tim shared a photo of a bookcase …" on LoCoMo); with the 20 closest, still one.
 */
const NEIGHBOURS = 20;

/** A memory the engine may change: active, still valid, neither edited nor pinned by the user. */
export function engineMayChange(m: Pick<MemoryRow, "user_edited" | "pinned" | "status" | "valid_to">): boolean {
  return !m.user_edited && !m.pinned && m.status === "active" && m.valid_to == null;
}

/** Recent texts' word sets: a candidate is compared with up to 20 neighbours, and a memory is a neighbour of many candidates. */
const wordSets = new LruCache<string, Set<string>>(2_000);

/** The lower-cased words of `text` (read-only: the set is shared by later calls with the same text). */
function words(text: string): Set<string> {
  let out = wordSets.get(text);
  if (!out) {
    out = new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
    wordSets.set(text, out);
  }
  return out;
}

/** The new text keeps ≥ 80% of the old one's words and adds more: a better wording of the same thing. */
export function saysMore(next: string, old: string): boolean {
  const a = words(next);
  const b = words(old);
  if (a.size <= b.size) return false;
  let kept = 0;
  for (const w of b) if (a.has(w)) kept++;
  return kept >= 0.8 * b.size;
}

/** ISO dates a memory's details mention (details.dates[].date). */
function datesOf(details: Record<string, unknown>): Set<string> {
  const list = Array.isArray(details.dates) ? (details.dates as Array<{ date?: string }>) : [];
  return new Set(list.map((d) => d.date ?? "").filter(Boolean));
}

/** Two statements about different dates are different events, however alike their words. */
function sameDates(c: Candidate, m: MemoryRow): boolean {
  const a = datesOf(c.details);
  const b = datesOf(JSON.parse(m.details) as Record<string, unknown>);
  if (a.size === 0 && b.size === 0) return true;
  return a.size === b.size && [...a].every((d) => b.has(d));
}

/** Subjects by memory details text (the same neighbours come back for many candidates). */
const subjects = new LruCache<string, string | null>(2_000);

function subjectOf(m: MemoryRow): string | null {
  let out = subjects.get(m.details);
  if (out === undefined) {
    const d = JSON.parse(m.details) as { subject?: string };
    out = d.subject ? normName(d.subject) : null;
    subjects.set(m.details, out);
  }
  return out;
}

/** Active, valid memories with the same structured fact key (subject + predicate). */
function sameKey(db: EngramDb, fact: NonNullable<Candidate["fact"]>): Array<MemoryRow & { object: string }> {
  return factsWithKey(db, subjectKey(fact.subject, fact.circle), fact.predicate);
}

/** Jaccard overlap of two texts' word sets (0..1). */
export function wordOverlap(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  let both = 0;
  for (const w of x) if (y.has(w)) both++;
  return both / Math.max(1, x.size + y.size - both);
}

/**
 * Two texts say the same thing: nearly the same words (Jaccard ≥ `THRESHOLDS.sameWords`), or close
 * vectors (cosine ≥ `THRESHOLDS.same`) with at least half the words in common; and no other name or
 * number in the same place ({@link saysOtherName}).
 */
export function sameStatement(a: string, b: string, similarity: number): boolean {
  const overlap = wordOverlap(a, b);
  return (overlap >= THRESHOLDS.sameWords || (similarity >= THRESHOLDS.same && overlap >= 0.5)) && !saysOtherName(a, b);
}

/**
 * The names and numbers `text` says: a capitalised word that opens no sentence ("Tampopo", "Lisbon"), a
 * word with a digit ("1985", "£1,250"), lower-cased.
 */
function namesAndNumbers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(^|[.!?:]\s+|\s)([\p{Lu}\p{N}£$€][\p{L}\p{N}.,'’£$€-]*)/gu)) {
    const token = m[2]!.replace(/[.,'’]+$/, "");
    if (/\p{N}/u.test(token) || !/^$|[.!?:]\s+$/.test(m[1]!)) out.push(token.toLowerCase());
  }
  return out;
}

/**
 * Whether two statements say another name or number in the same place, each one the other lacks
 * ("rated Ran (1985) 5 out of 5" and "rated Tampopo (1985) 5 out of 5"; "… 4 out of 5" and "… 3 out of
 * 5"): two facts, however alike their other words, not one said again. One that only adds a name ("Jon
 * went to Rome with Ana") says more of the same.
 */
function saysOtherName(a: string, b: string): boolean {
  const inA = words(a);
  const inB = words(b);
  const only = (names: string[], other: Set<string>) => names.some((n) => !(n.match(/[\p{L}\p{N}]+/gu) ?? []).every((w) => other.has(w)));
  return only(namesAndNumbers(a), inB) && only(namesAndNumbers(b), inA);
}

/** A clock time a statement tells ("(18:24)", "at 9:30"): what it tells happened at that time of its day. */
const CLOCK_TIME = /\b\d{1,2}[:.]\d{2}\b/;

/**
 * The candidate repeats a neighbour: the same statement about the same dates. One that tells a clock
 * time is an event of the day it was said, told by a record of it ("The user visited "…" on
 * theperfectloaf.com (18:24)"): the same words on another day are another event, not a restatement.
 */
function isSame(c: Candidate, n: Neighbour): boolean {
  if (CLOCK_TIME.test(c.content) && saidDate(c.content) !== saidDate(n.memory.content)) return false;
  return sameStatement(withoutSaidDate(c.content), withoutSaidDate(n.memory.content), n.similarity) && sameDates(c, n.memory);
}

function nearDuplicate(c: Candidate, neighbours: Neighbour[]): Decision | null {
  const top = [...neighbours].sort((a, b) => b.similarity - a.similarity).find((n) => isSame(c, n));
  if (!top) return null;
  const how = `cosine ${top.similarity.toFixed(2)}, word overlap ${wordOverlap(withoutSaidDate(c.content), withoutSaidDate(top.memory.content)).toFixed(2)}`;
  if (saysMore(withoutSaidDate(c.content), withoutSaidDate(top.memory.content)) && engineMayChange(top.memory)) {
    return { op: "UPDATE", targetId: top.memory.id, invalidates: [], related: [], reason: `same statement, fuller wording (${how})` };
  }
  return { op: "NOOP", targetId: top.memory.id, invalidates: [], related: [], reason: `already known (${how})` };
}

/** Memories that share a source with the candidate (their vectors may be pooled from the same turn). */
function sharingSources(db: EngramDb, ids: number[], sourceIds: number[]): Set<number> {
  if (ids.length === 0 || sourceIds.length === 0) return new Set();
  return memoriesSharingSources(db, ids, sourceIds);
}

function related(neighbours: Neighbour[]): Decision["related"] {
  return neighbours.filter((n) => n.similarity >= THRESHOLDS.related).map((n) => ({ id: n.memory.id, similarity: n.similarity }));
}

/**
 * The earlier memories a candidate that says a change replaces (changes.ts), or a plan it calls off
 * closes (cancellations.ts): valid, said no later, by another source, which the engine may change.
 */
function replacedByChange(c: Candidate, found: Neighbour[], sameSource: Set<number>, invalidates: number[], cancellation: Cancellation | null): number[] {
  const change = changeSaid(c.content, c.details);
  if (!change && !cancellation) return [];
  return found
    .filter((n) => {
      if (n.memory.type !== "semantic" || sameSource.has(n.memory.id) || invalidates.includes(n.memory.id)) return false;
      if (!engineMayChange(n.memory) || n.memory.valid_from > c.validFrom) return false;
      const details = JSON.parse(n.memory.details) as Record<string, unknown>;
      const people = [c.subject, subjectOf(n.memory)].filter((p): p is string => p != null);
      return change ? replaces(c.content, change, n.memory.content, details, people) : cancels(cancellation!, n.memory.content, details, people);
    })
    .map((n) => n.memory.id);
}

/**
 * The heuristic decision for one candidate, against the memories stored so far (synchronous: it
 * runs inside the write transaction, so candidates of one batch see each other).
 * - A newer version of an item told before (`supersedesEarlier`: a calendar event moved) → ADD that
 *   invalidates the memories of its earlier versions (unless the user edited or pinned them).
 * - Structured facts: same subject, predicate and object → NOOP; a single-valued predicate
 *   (lives_in, works_at, is_married_to, …) with another object → ADD that invalidates the old value,
 *   unless the user edited or pinned it (then it stays valid, and the new one is only added).
 * - A free-form fact that says a change ("… has been moved to Tuesday 8 December", "… not 4 weeks";
 *   changes.ts) → it invalidates the earlier memory on the same matter that states the old value.
 * - Free-form facts and procedures: nearest memories of the same type (hybrid search, same subject for
 *   facts, not sharing a source); the same statement (see isSame) → NOOP, or UPDATE when the new
 *   wording says more; else ADD, linked `related` to neighbours with cosine ≥ `THRESHOLDS.related`.
 * - Episodes: a window continuing a stored episode → UPDATE of it; else ADD.
 */
export function decideHeuristic(db: EngramDb, c: Candidate, vector: Float32Array): Decision {
  if (c.type === "episodic") {
    if (c.extends != null) return { op: "UPDATE", targetId: c.extends, invalidates: [], related: [], reason: "the conversation went on: episode extended" };
    return { op: "ADD", targetId: null, invalidates: [], related: [], reason: "new episode" };
  }
  const invalidates: number[] = [];
  let reason = "new fact";
  if (c.supersedesEarlier) {
    const earlier = c.sourceIds.flatMap((id) => memoriesOfEarlierVersions(db, id)).filter(engineMayChange);
    invalidates.push(...earlier.map((m) => m.id));
    if (earlier.length) reason = `a newer version of #${earlier.map((m) => m.id).join(", #")}`;
  }
  if (c.fact) {
    const existing = sameKey(db, c.fact);
    const object = normName(c.fact.object);
    const same = existing.find((m) => m.object === object);
    if (same) return { op: "NOOP", targetId: same.id, invalidates: [], related: [], reason: `already known: ${c.fact.predicate} ${c.fact.object}` };
    if (c.fact.single) {
      for (const m of existing) {
        if (engineMayChange(m)) invalidates.push(m.id);
      }
      if (existing.length) {
        const kept = existing.filter((m) => !engineMayChange(m));
        reason =
          `${c.fact.predicate}: ${existing.map((m) => m.object).join(", ")} → ${c.fact.object}` +
          (kept.length ? ` (kept #${kept.map((m) => m.id).join(", #")}: edited or pinned by the user)` : "");
      }
    }
  }
  const subject = c.subject ? normName(c.subject) : null;
  const found = nearestMemories(db, c.type, c.content, vector, {
    vectorSearch: false,
    skipWords: subject ? subject.split(" ") : [],
    k: NEIGHBOURS,
    byCosine: false,
  });
  // (a plan called off is searched for by the words of its matter too: "dinner", not "cancelled" or "covid")
  const cancellation = c.type === "semantic" ? cancellationOf(c.content, c.details) : null;
  if (cancellation) {
    const seen = new Set(found.map((n) => n.memory.id));
    const matter = cancelledMatter(cancellation, c.subject ? [c.subject] : []);
    for (const n of nearestMemories(db, c.type, matter, vector, { vectorSearch: false, k: NEIGHBOURS, byCosine: false }))
      if (!seen.has(n.memory.id)) found.push(n);
  }
  const sameSource = sharingSources(
    db,
    found.map((n) => n.memory.id),
    c.sourceIds,
  );
  // (a change said in free text closes the earlier memory it replaces: "… has been moved to Tuesday 8 December";
  // a plan called off, the plan: "dinner on Friday is cancelled")
  if (c.type === "semantic") {
    const replaced = replacedByChange(c, found, sameSource, invalidates, cancellation);
    if (replaced.length > 0) {
      invalidates.push(...replaced);
      reason = `a change of #${replaced.join(", #")}`;
    }
  }
  const neighbours = found.filter(
    (n) => !invalidates.includes(n.memory.id) && !sameSource.has(n.memory.id) && (c.type !== "semantic" || subjectOf(n.memory) === subject),
  );
  if (!c.fact) {
    const dup = nearDuplicate(c, neighbours);
    if (dup) return dup;
  }
  return { op: "ADD", targetId: null, invalidates, related: related([...neighbours].sort((a, b) => b.similarity - a.similarity).slice(0, 5)), reason };
}

// What recall.ts reads for a question besides search, as hits without scores (`asHits`): the memories of
// the period it names (`inPeriod`, `mentioning`, `repeatingIn`) and the current or past facts of the
// relation it asks for (`relationFacts`; the user by `theUser`).
import type { EngramDb } from "../db/connection.js";
import { currentRelationFacts, memoriesMentioningDates, pastRelationFacts, repeatingEvents } from "../db/repos/recall.js";
import { getUserName } from "../db/repos/settings.js";
import { normName } from "../memory/entities.js";
import { UNNAMED_USER } from "../memory/extractor.js";
import { relationQuestion, type RelationQuestion } from "./relation-question.js";
import { getProvenance } from "../db/repos/provenance.js";
import { isoDate } from "../time/format.js";
import type { MemoryRow } from "../db/types.js";
import type { MemoryHit } from "../retrieval/search.js";
import type { QuestionTime } from "../time/question.js";
import { type RepeatingEvent, repeatsIn } from "../time/recurrence.js";

/** Whether a memory happened in the period, or mentions a date in it (details.dates, e.g. "last Saturday (20 May 2023)"). */
export function inPeriod(h: MemoryHit, details: string | undefined, time: QuestionTime): boolean {
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
export function repeatingIn(db: EngramDb, time: QuestionTime): MemoryHit[] {
  const on = repeatingEvents(db, MAX_REPEATING).filter((m) =>
    repeatsIn((JSON.parse(m.details) as { repeats?: Partial<RepeatingEvent> }).repeats, time.from, time.to),
  );
  return asHits(db, on);
}

/** Active memories that mention a date in the period (details.dates), newest first, as search hits without scores. */
export function mentioning(db: EngramDb, time: QuestionTime, limit = 50): MemoryHit[] {
  return asHits(db, memoriesMentioningDates(db, isoDate(time.from), isoDate(time.to), limit));
}

/** The relation a question asks for, whose it is by name, and its current value as hits without scores. */
export interface AskedRelation {
  predicate: RelationQuestion["predicate"] | null;
  subject: string | null;
  hits: MemoryHit[];
  /** For a question of what was true before ("Where did I live before?"), the ids of the current values, which cannot answer it. */
  replaced: Set<number>;
}

/** A question of what was true before ("Where did I live before Bath?", "Where did I use to work?"). */
export const ASKS_BEFORE = /\b(?:before|previously|used to|use to|formerly|in the past)\b/i;

/**
 * The current value of the relation a question asks for ("Where do I live?": the user's latest
 * `lives_in` fact; relation-question.ts), as hits without scores; for a question of what was true
 * before ("Where did I live before Bath?"), the values later ones replaced (bi-temporal: `valid_to`
 * set); none for another question.
 */
export function relationFacts(db: EngramDb, question: string): AskedRelation {
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
export function theUser(db: EngramDb): string {
  return getUserName(db) ?? UNNAMED_USER;
}

/** Memory rows as search hits without scores, with their sources. */
export function asHits(db: EngramDb, rows: MemoryRow[]): MemoryHit[] {
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

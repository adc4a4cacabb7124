// A chat session's episode retells what was said in it, and what was said may since have changed: beside
// the memory of the change, the episode that retells the old value is no answer to a question of now
// ("When is Dad's cardiology appointment?" and the session that told of 10 November, after "… has been
// moved to Tuesday 8 December"; core/memory/changes.ts).
import type { EngramDb } from "../db/connection.js";
import { replacedFactsOfSources } from "../db/repos/provenance.js";
import type { MemoryHit } from "../retrieval/search.js";

/**
 * The episodes among `hits` that retell a fact a later memory replaced, when that later memory is one of
 * `answering` (the ids of the hits judged relevant): the episode's answer is the old one.
 * @returns the ids of those episodes (none when no episode is among the hits).
 */
export function retellingReplaced(db: EngramDb, hits: MemoryHit[], answering: ReadonlySet<number>): Set<number> {
  const episodes = hits.filter((h) => h.type === "episodic");
  const replaced = replacedFactsOfSources(
    db,
    episodes.flatMap((h) => h.sources.map((s) => s.source_id)),
  ).filter((r) => answering.has(r.superseded_by));
  const sources = new Set(replaced.map((r) => r.source_id));
  return new Set(episodes.filter((h) => h.sources.some((s) => sources.has(s.source_id))).map((h) => h.id));
}

import type { EngramDb } from "../db/connection.js";
import type { SqlFilter } from "../db/filters.js";
import { peopleByAlias } from "../db/repos/entities.js";
import { memoriesAboutSubjects, passageMemories } from "../db/repos/passages.js";

/**
 * The passage index behind memories: raw turns are indexed with their speaker and neighbouring
 * turns (sources_fts, sources_vec), which finds the turn that answers a question better than a
 * memory's own short text does ("Yes, last week!" is found through the question it answers). A
 * ranked list of turns becomes a ranked list of the compact memories made from them (facts and
 * procedures, each at the rank of its best turn); episodes are ranked by their own text, since a
 * session episode would otherwise be pulled up by any of its turns. Screens (core/memory/screen):
 * a frame stands for its activity, the way a turn stands for its fact (a frame found by its words
 * is evidence of what the person was doing), not for the day (whose provenance is its activities'
 * first frames: it would come first for any words on them), nor for the document it belongs to,
 * which holds the frames' whole text and is ranked by it (else every document read would be pulled
 * up by its frames above the activity the question is about). Only memories passing `filter` are
 * kept.
 * @param sourceIds ranked source ids, best first
 * @returns memory ids, best first, without repeats
 */
export function memoriesOfPassages(db: EngramDb, sourceIds: number[], filter: SqlFilter): number[] {
  if (sourceIds.length === 0) return [];
  const rows = passageMemories(db, sourceIds, filter);
  const bySource = new Map<number, number[]>();
  for (const r of rows) {
    const list = bySource.get(r.source);
    if (list) list.push(r.id);
    else bySource.set(r.source, [r.id]);
  }
  const out: number[] = [];
  const seen = new Set<number>();
  for (const s of sourceIds) {
    for (const id of bySource.get(s) ?? []) {
      if (!seen.has(id)) {
        seen.add(id);
        out.push(id);
      }
    }
  }
  return out;
}

/**
 * The people a query is about: capitalised words that are the name or another name (alias) of a
 * person entity ("Mel" → "Melanie"), as normalised subject names (lower case), in the order the query
 * names them. Of two people named apart, only the first, the question's subject ("What city did Tim
 * suggest to John?" is about what Tim said; README.md has the figures); two named together ("Tim and
 * John", {@link TOGETHER}) and three or more are all its subjects.
 */
export function namedSubjects(db: EngramDb, query: string): string[] {
  const words = [...new Set((query.match(/\b\p{Lu}[\p{L}'’-]+/gu) ?? []).map((w) => w.toLowerCase().replace(/['’]s$/, "")))];
  if (words.length === 0) return [];
  const byAlias = new Map(peopleByAlias(db, words).map((p) => [p.alias, p.name.toLowerCase()]));
  const people = [...new Set(words.flatMap((w) => byAlias.get(w) ?? []))];
  // (the question's subject, when it names two people apart: "What did Jon say about Gina's store?" is Jon's)
  if (people.length === 2 && !TOGETHER.test(query)) return [people[0]!];
  return people;
}

/** Two names said together: "Caroline and Melanie", "Jon or Gina", "Tim & John". */
const TOGETHER = /\b\p{Lu}[\p{L}'’-]+\s+(?:and|or|&)\s+\p{Lu}[\p{L}'’-]+/u;

/**
 * Of `ids` (memory ids, best first), those whose subject (details.subject, set on facts) is one of
 * `subjects` (lower case), in the same order: a question about Caroline ranks Caroline's facts up.
 */
export function aboutSubjects(db: EngramDb, ids: number[], subjects: string[]): number[] {
  if (ids.length === 0 || subjects.length === 0) return [];
  const keep = memoriesAboutSubjects(db, ids, subjects);
  return ids.filter((id) => keep.has(id));
}

/** The constant k of reciprocal rank fusion; 60 is the value of the original paper. */
export const RRF_K = 60;

/** One ranked list to fuse: ids best first. */
export type RankedList = number[];

/**
 * Reciprocal rank fusion (Cormack, Clarke & Büttcher, "Reciprocal Rank Fusion outperforms Condorcet
 * and individual Rank Learning Methods", SIGIR 2009): score(d) = Σ_lists 1 / (k + rank(d)), ranks from 1.
 * @returns ids with fused scores, best first (ties keep first-list order).
 */
export function reciprocalRankFusion(lists: RankedList[], k: number = RRF_K): Array<{ id: number; score: number }> {
  const scores = new Map<number, number>();
  for (const list of lists) list.forEach((id, i) => scores.set(id, (scores.get(id) ?? 0) + 1 / (k + i + 1)));
  return [...scores.entries()].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score);
}

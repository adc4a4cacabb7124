/** The constant k of reciprocal rank fusion; 60 is the value of the original paper. */
export const RRF_K = 60;

/** One ranked list to fuse: ids best first. */
export type RankedList = number[];

/**
 * Weighted reciprocal rank fusion (Cormack, Clarke & Büttcher, "Reciprocal Rank Fusion outperforms
 * Condorcet and individual Rank Learning Methods", SIGIR 2009; weights as in Elasticsearch's and
 * Azure AI Search's weighted RRF): score(d) = Σ_lists w_list / (k + rank(d)), ranks from 1.
 * @param weights one per list (default all 1)
 * @param k the rank constant (default 60); smaller k gives the top ranks more say
 * @returns ids with fused scores, best first (ties keep first-list order).
 */
export function reciprocalRankFusion(lists: RankedList[], opts: { k?: number; weights?: number[] } = {}): Array<{ id: number; score: number }> {
  const k = opts.k ?? RRF_K;
  const scores = new Map<number, number>();
  lists.forEach((list, l) => {
    const w = opts.weights?.[l] ?? 1;
    for (const [i, id] of list.entries()) scores.set(id, (scores.get(id) ?? 0) + w / (k + i + 1));
  });
  return [...scores.entries()].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score);
}

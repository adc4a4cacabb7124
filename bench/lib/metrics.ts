/**
 * Retrieval metrics for evidence-annotated questions (as in the LoCoMo evaluation: Maharana et al.,
 * ACL 2024). A ranked list holds items (turns or memories); each item maps to the set of evidence
 * ids (LoCoMo dia_ids) it came from.
 */

/** Scores of one question at one cut-off k; each in [0, 1]. */
export interface RecallScores {
  /** share of the evidence ids found in the top k (LoCoMo's `recall_acc`) */
  recall_frac: number;
  /** 1 when every evidence id is in the top k */
  recall_all: number;
  /** 1 when at least one evidence id is in the top k */
  recall_any: number;
  /** nDCG@k with binary gain for an item that covers a not-yet-covered evidence id */
  ndcg: number;
}

/**
 * Scores a ranked list against the evidence at cut-off k.
 * @param ranked per item, the evidence-id space ids it maps to (best item first)
 * @param evidence the question's evidence ids (non-empty)
 */
export function scoreRanking(ranked: string[][], evidence: Set<string>, k: number): RecallScores {
  const found = new Set<string>();
  let dcg = 0;
  ranked.slice(0, k).forEach((ids, i) => {
    const fresh = ids.filter((id) => evidence.has(id) && !found.has(id));
    if (fresh.length) dcg += 1 / Math.log2(i + 2);
    for (const id of fresh) found.add(id);
  });
  let idcg = 0;
  for (let i = 0; i < Math.min(evidence.size, k); i++) idcg += 1 / Math.log2(i + 2);
  return {
    recall_frac: found.size / evidence.size,
    recall_all: found.size === evidence.size ? 1 : 0,
    recall_any: found.size > 0 ? 1 : 0,
    ndcg: idcg ? dcg / idcg : 0,
  };
}

/** Running means of RecallScores. */
export class ScoreAccumulator {
  private sums: RecallScores = { recall_frac: 0, recall_all: 0, recall_any: 0, ndcg: 0 };
  count = 0;

  add(s: RecallScores): void {
    for (const key of Object.keys(this.sums) as Array<keyof RecallScores>) this.sums[key] += s[key];
    this.count++;
  }

  mean(): RecallScores {
    const n = Math.max(this.count, 1);
    return {
      recall_frac: this.sums.recall_frac / n,
      recall_all: this.sums.recall_all / n,
      recall_any: this.sums.recall_any / n,
      ndcg: this.sums.ndcg / n,
    };
  }
}

/** The p-th percentile (0..100) of `values` by nearest rank; NaN when empty. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

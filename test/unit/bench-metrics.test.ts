import { describe, expect, it } from "vitest";
import { normaliseEvidence } from "../../bench/lib/evidence.js";
import { percentile, scoreRanking } from "../../bench/lib/metrics.js";

describe("LoCoMo evidence normalisation", () => {
  const known = new Set(["D8:6", "D9:17", "D11:26", "D30:5", "D1:3"]);
  it("splits, fixes and filters the known annotation faults", () => {
    expect([...normaliseEvidence(["D8:6; D9:17"], known)]).toEqual(["D8:6", "D9:17"]);
    expect([...normaliseEvidence(["D:11:26", "D30:05"], known)]).toEqual(["D11:26", "D30:5"]);
    expect([...normaliseEvidence(["D99:1", "nonsense"], known)]).toEqual([]);
  });
});

describe("retrieval metrics", () => {
  const evidence = new Set(["a", "b"]);
  it("scores partial and full recall at k", () => {
    const ranked = [["x"], ["a"], ["y"], ["b"]];
    expect(scoreRanking(ranked, evidence, 2)).toMatchObject({ recall_frac: 0.5, recall_all: 0, recall_any: 1 });
    expect(scoreRanking(ranked, evidence, 4)).toMatchObject({ recall_frac: 1, recall_all: 1, recall_any: 1 });
  });

  it("gives nDCG 1 for a perfect ranking and less for a worse one", () => {
    expect(scoreRanking([["a"], ["b"], ["x"]], evidence, 3).ndcg).toBeCloseTo(1);
    const worse = scoreRanking([["x"], ["a"], ["b"]], evidence, 3).ndcg;
    expect(worse).toBeGreaterThan(0);
    expect(worse).toBeLessThan(1);
  });

  it("never exceeds 1 when one item covers several evidence ids", () => {
    expect(scoreRanking([["a", "b"]], evidence, 5).ndcg).toBeLessThanOrEqual(1);
  });

  it("computes nearest-rank percentiles", () => {
    expect(percentile([5, 1, 3, 2, 4], 50)).toBe(3);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
  });
});

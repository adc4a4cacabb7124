import { describe, expect, it } from "vitest";
import { queryTerms, toFtsQuery } from "../../core/retrieval/fts-query.js";
import { reciprocalRankFusion } from "../../core/retrieval/fusion.js";

describe("reciprocal rank fusion", () => {
  it("puts an item ranked well by both lists above items ranked first by only one", () => {
    const fused = reciprocalRankFusion([
      [1, 2, 3],
      [4, 2, 5],
    ]);
    expect(fused[0]!.id).toBe(2);
    expect(fused[0]!.score).toBeCloseTo(2 / 62, 10);
    expect(fused.map((f) => f.id).sort()).toEqual([1, 2, 3, 4, 5]);
  });

  it("weights lists and honours k", () => {
    const fused = reciprocalRankFusion(
      [
        [1, 2],
        [2, 1],
      ],
      { k: 10, weights: [1, 0.35] },
    );
    expect(fused.map((f) => f.id)).toEqual([1, 2]);
    expect(fused[0]!.score).toBeCloseTo(1 / 11 + 0.35 / 12, 10);
  });

  it("keeps a single list's order", () => {
    expect(reciprocalRankFusion([[7, 3, 9]]).map((f) => f.id)).toEqual([7, 3, 9]);
  });
});

describe("FTS query building", () => {
  it("keeps content words, drops stop words and punctuation, ORs quoted terms", () => {
    expect(queryTerms("When did Caroline go to the LGBTQ support group?")).toEqual(["caroline", "go", "lgbtq", "support", "group"]);
    expect(toFtsQuery("Melanie's kids")).toBe('"melanie" OR "kids"');
    // an indefinite pronoun names nothing to look for ("something" matched "Taking care of something like this")
    expect(queryTerms("What is something that Audrey often dresses up her dogs with?")).toEqual(["audrey", "often", "dresses", "dogs"]);
  });

  it("neutralises FTS5 syntax in user text", () => {
    const q = toFtsQuery('NEAR(a b) OR "x" * title:secret');
    expect(q).toBe('"near" OR "title" OR "secret"');
  });

  it("returns null when nothing is searchable", () => {
    expect(toFtsQuery("what is the?")).toBeNull();
    expect(toFtsQuery("")).toBeNull();
  });
});

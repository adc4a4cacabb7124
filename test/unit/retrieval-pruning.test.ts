import { describe, expect, it } from "vitest";
import { openDatabase } from "../../core/db/connection.js";
import { insertMemory } from "../../core/db/repos/memories.js";
import { ftsQueryPlan, pruneTerms } from "../../core/retrieval/term-pruning.js";

describe("BM25 term pruning by document frequency", () => {
  const db = openDatabase(":memory:");
  db.transaction(() => {
    for (let i = 0; i < 300; i++) {
      const rare = i < 3 ? " lgbtq support group" : "";
      insertMemory(db, { type: "episodic", title: "t", content: `Caroline said something about painting${rare}`, engine: "test" }, { actor: "test" });
    }
  })();

  it("keeps every term when the postings fit the budget", () => {
    expect(pruneTerms(db, "memories_fts", ["caroline", "lgbtq", "support"], 10_000)).toEqual(["caroline", "lgbtq", "support"]);
  });

  it("drops the most common terms first (matching Porter stems), keeping the rarest", () => {
    expect(pruneTerms(db, "memories_fts", ["caroline", "lgbtq", "painting", "support", "group"], 100)).toEqual(["lgbtq", "support", "group"]);
  });

  it("always keeps the three rarest terms, even over budget", () => {
    // lgbtq, support and group are in 3 memories; caroline and painting in all 300
    expect(pruneTerms(db, "memories_fts", ["caroline", "painting", "lgbtq", "support", "group"], 1)).toEqual(["lgbtq", "support", "group"]);
    // the tie between caroline and painting keeps the first
    expect(pruneTerms(db, "memories_fts", ["caroline", "painting", "said", "lgbtq"], 1)).toEqual(["caroline", "painting", "lgbtq"]);
  });

  it("asks for two of the terms only when the kept terms are common", () => {
    expect(ftsQueryPlan(db, "memories_fts", ["caroline", "painting"])).toEqual({ any: '"caroline" OR "painting"', pairs: null, triples: null });
    expect(ftsQueryPlan(db, "memories_fts", ["caroline", "painting", "lgbtq"], 100)).toEqual({
      any: '"caroline" OR "painting" OR "lgbtq"',
      pairs: '("caroline" AND "painting") OR ("caroline" AND "lgbtq") OR ("painting" AND "lgbtq")',
      triples: null,
    });
    expect(ftsQueryPlan(db, "memories_fts", ["painting"], 1)).toEqual({ any: '"painting"', pairs: null, triples: null });
  });

  it("asks for three of the terms when they are more common still", () => {
    const plan = ftsQueryPlan(db, "memories_fts", ["caroline", "painting", "lgbtq", "group"], 100, 500);
    expect(plan.triples).toBe(
      '("caroline" AND "painting" AND "lgbtq") OR ("caroline" AND "painting" AND "group") OR ("caroline" AND "lgbtq" AND "group") OR ("painting" AND "lgbtq" AND "group")',
    );
    expect(ftsQueryPlan(db, "memories_fts", ["caroline", "painting", "lgbtq"], 100, 1000).triples).toBeNull();
  });
});

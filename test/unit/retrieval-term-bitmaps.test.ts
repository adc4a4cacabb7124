import { describe, expect, it } from "vitest";
import { openDatabase } from "../../core/db/connection.js";
import { memoryFilterSql } from "../../core/db/filters.js";
import { eraseMemory } from "../../core/db/repos/deletion.js";
import { insertMemory } from "../../core/db/repos/memories.js";
import { ftsMatch, queryTerms } from "../../core/retrieval/fts-query.js";
import { bm25Ranking } from "../../core/retrieval/rank.js";
import { bitmapRanking } from "../../core/retrieval/term-bitmaps.js";
import { buildTermBitmaps, refreshTermBitmaps } from "../../core/retrieval/term-bitmaps-build.js";
import { seededRandom } from "../helpers/seeded-random.js";

// A corpus where every word is common (as in bench:scale at 1M): 3,000 memories of 6-20 words drawn
// from 120, Zipf-like, some repeated in the text, so BM25's term frequencies and lengths both matter.
const VOCAB = Array.from({ length: 120 }, (_, i) => `w${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}ord`);
const rand = seededRandom(42);
const word = () => VOCAB[Math.floor(VOCAB.length * rand() ** 2)]!;
const text = () => Array.from({ length: 6 + Math.floor(rand() * 15) }, word).join(" ");
const add = (db: ReturnType<typeof openDatabase>, content: string) =>
  insertMemory(db, { type: "semantic", title: content.split(" ").slice(0, 2).join(" "), content, engine: "test" }, { actor: "test" });

const OPTS = { minIndex: 1_000, minDocs: 40 };
const filter = memoryFilterSql({});

async function corpus(n = 3_000) {
  const db = openDatabase(":memory:");
  db.transaction(() => {
    for (let i = 0; i < n; i++) add(db, text());
  })();
  return db;
}

/** FTS5's own bm25() ranking of the full OR of the query's words: id → score, best first. */
function fts5Scores(db: ReturnType<typeof openDatabase>, query: string, limit: number): Map<number, number> {
  const rows = db
    .prepare("SELECT rowid AS id, rank AS score FROM memories_fts WHERE memories_fts MATCH ? AND rank MATCH 'bm25(0.3, 1.0)' ORDER BY rank LIMIT ?")
    .all(ftsMatch(queryTerms(query)), limit) as Array<{ id: number; score: number }>;
  return new Map(rows.map((r) => [r.id, r.score]));
}

describe("BM25 over term bitmaps (a large index)", () => {
  it("ranks the top 10 as FTS5's bm25() does, with the same scores", async () => {
    const db = await corpus();
    expect(await buildTermBitmaps(db, "memories", OPTS)).toBeGreaterThan(50);
    let reached = 0;
    let total = 0;
    for (let q = 0; q < 30; q++) {
      const query = Array.from({ length: 3 + (q % 4) }, word).join(" ");
      expect(bitmapRanking(db, "memories", queryTerms(query), 60)).not.toBeNull();
      const hits = bm25Ranking(db, "memories", query, filter, 50).slice(0, 10);
      const ref = fts5Scores(db, query, 3_000);
      const tenth = [...ref.values()][9]!;
      for (const h of hits) {
        expect(h.score).toBeCloseTo(ref.get(h.id)!, 9);
        if (h.score <= tenth + 1e-9) reached++;
      }
      total += 10;
    }
    // the candidates are chosen approximately (term counts, lengths, repeats), then rescored exactly
    expect(reached / total).toBeGreaterThanOrEqual(0.95);
  });

  it("finds memories added after the bitmaps were built, and forgets erased ones", async () => {
    const db = await corpus();
    await buildTermBitmaps(db, "memories", OPTS);
    const common = `${VOCAB[0]} ${VOCAB[1]} ${VOCAB[2]}`;
    const before = bm25Ranking(db, "memories", common, filter, 50);
    const id = add(db, `${common} ${common}`);
    const after = bm25Ranking(db, "memories", common, filter, 50);
    expect(after[0]!.id).toBe(id);
    expect(after[0]!.score).toBeLessThan(before[0]!.score);
    eraseMemory(db, id);
    expect(bm25Ranking(db, "memories", common, filter, 50).map((h) => h.id)).not.toContain(id);
  });

  it("is rebuilt only when a tenth of the index is new, and a small index gets none", async () => {
    const db = await corpus();
    expect(await refreshTermBitmaps(db, "memories")).toBeNull(); // 3,000 memories: under 50,000
    expect(bitmapRanking(db, "memories", [VOCAB[0]!], 60)).toBeNull();
    expect(await refreshTermBitmaps(db, "memories", OPTS)).toBeGreaterThan(50);
    db.transaction(() => {
      for (let i = 0; i < 200; i++) add(db, text());
    })();
    expect(await refreshTermBitmaps(db, "memories", OPTS)).toBeNull();
    db.transaction(() => {
      for (let i = 0; i < 200; i++) add(db, text());
    })();
    const progress: number[] = [];
    expect(await refreshTermBitmaps(db, "memories", { ...OPTS, onProgress: (p) => progress.push(p.done / p.total) })).toBeGreaterThan(50);
    expect(progress.at(-1)).toBe(1);
  });
});

import { describe, expect, it } from "vitest";
import { openDatabase } from "../../core/db/connection.js";
import { eraseMemory } from "../../core/db/repos/deletion.js";
import { insertMemory, updateMemory } from "../../core/db/repos/memories.js";
import { bm25MemoryIds } from "../../core/db/repos/neighbours.js";
import type { MemoryType } from "../../core/db/types.js";
import { buildTermBitmaps } from "../../core/retrieval/term-bitmaps-build.js";
import { bitmapCounts } from "../../core/retrieval/term-bitmaps.js";
import { bitmapNeighbourIds, neighbourMatchIds } from "../../core/retrieval/term-bitmaps-neighbours.js";
import { TermFrequencies } from "../../core/retrieval/term-frequencies.js";
import { seededRandom } from "../helpers/seeded-random.js";

// The memory engine's neighbour search (20 best BM25 matches of a type) through the term bitmaps
// must give FTS5's own answer: the same ids in the same order. A corpus of three types where most
// words are common (Zipf-like over 120 words, some repeated) and a few are rare (no bitmap), with the
// bitmaps built at lowered thresholds, then memories added, rewritten, invalidated, archived and
// erased after the build.
const VOCAB = Array.from({ length: 120 }, (_, i) => `w${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}ord`);
const RARE = Array.from({ length: 300 }, (_, i) => `rare${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
const TYPES: MemoryType[] = ["semantic", "semantic", "episodic", "episodic", "procedural"];
const OPTS = { minIndex: 1_000, minDocs: 40 };
type Db = ReturnType<typeof openDatabase>;

const rand = seededRandom(7);
const pick = <T>(a: T[]) => a[Math.floor(a.length * rand())]!;
const word = () => (rand() < 0.05 ? pick(RARE) : VOCAB[Math.floor(VOCAB.length * rand() ** 2)]!);
const text = () => Array.from({ length: 6 + Math.floor(rand() * 15) }, word).join(" ");
const add = (db: Db, i: number) => {
  const content = text();
  return insertMemory(db, { type: TYPES[i % TYPES.length]!, title: content.split(" ").slice(0, 2).join(" "), content, engine: "test" }, { actor: "test" });
};

/** 3,000 memories with bitmaps, then 300 added, 60 rewritten, 30 invalidated, 15 archived and 10 erased. */
async function corpus(): Promise<Db> {
  const db = openDatabase(":memory:");
  db.transaction(() => {
    for (let i = 0; i < 3_000; i++) add(db, i);
  })();
  expect(await buildTermBitmaps(db, "memories", OPTS)).toBeGreaterThan(50);
  db.transaction(() => {
    for (let i = 0; i < 300; i++) add(db, i);
    for (let i = 0; i < 60; i++) {
      const content = text();
      updateMemory(db, 1 + Math.floor(rand() * 3_300), { title: content.split(" ").slice(0, 2).join(" "), content }, { op: "UPDATE", actor: "test" });
    }
    for (let i = 0; i < 30; i++) updateMemory(db, 1 + Math.floor(rand() * 3_300), { valid_to: Date.now() }, { op: "INVALIDATE", actor: "test" });
    for (let i = 0; i < 15; i++) updateMemory(db, 1 + Math.floor(rand() * 3_300), { status: "archived" }, { op: "ARCHIVE", actor: "test" });
    for (let i = 0; i < 10; i++) eraseMemory(db, 1 + Math.floor(rand() * 3_300));
  })();
  return db;
}

/** Six distinct words, mostly common, sometimes one or two rare, as the engine's rarest-words query. */
function query(): string[] {
  const words = new Set<string>();
  while (words.size < 6) words.add(rand() < 0.15 ? pick(RARE) : VOCAB[Math.floor(VOCAB.length * rand() ** 1.5)]!);
  return [...words];
}

describe("the neighbour search over term bitmaps", () => {
  it("returns FTS5's 20 best matches of each type, in order, after additions, rewrites and removals", async () => {
    const db = await corpus();
    let compared = 0;
    for (let q = 0; q < 80; q++) {
      const words = query();
      for (const type of ["semantic", "episodic", "procedural"] as const) {
        const fts5 = bm25MemoryIds(db, words.map((w) => `"${w}"`).join(" OR "), type, 20);
        const fast = bitmapNeighbourIds(db, words, type, 20);
        expect(fast, `${type}: ${words.join(" ")}`).toEqual(fts5);
        compared += fts5.length;
      }
    }
    expect(compared).toBeGreaterThan(80 * 3 * 15);
  });

  it("sees a rewrite made after its first search", async () => {
    const db = await corpus();
    const words = [VOCAB[3]!, VOCAB[4]!, RARE[1]!];
    const first = bitmapNeighbourIds(db, words, "semantic", 20)!;
    const id = insertMemory(db, { type: "semantic", title: "note", content: text(), engine: "test" }, { actor: "test" });
    updateMemory(db, id, { content: `${words.join(" ")} ${words.join(" ")}` }, { op: "UPDATE", actor: "test" });
    const fts5 = bm25MemoryIds(db, words.map((w) => `"${w}"`).join(" OR "), "semantic", 20);
    expect(fts5[0]).toBe(id);
    expect(bitmapNeighbourIds(db, words, "semantic", 20)).toEqual(fts5);
    expect(first).not.toContain(id);
  });

  it("leaves a database without bitmaps to FTS5", () => {
    const db = openDatabase(":memory:");
    for (let i = 0; i < 200; i++) add(db, i);
    const words = [VOCAB[0]!, VOCAB[1]!];
    expect(bitmapNeighbourIds(db, words, "semantic", 20)).toBeNull();
    expect(neighbourMatchIds(db, words, "semantic", 20)).toEqual(bm25MemoryIds(db, `"${words[0]}" OR "${words[1]}"`, "semantic", 20));
  });

  it("ranks words by rarity from the build's counts as FTS5 would count them at the build", async () => {
    const db = openDatabase(":memory:");
    db.transaction(() => {
      for (let i = 0; i < 3_000; i++) add(db, i);
    })();
    expect(await buildTermBitmaps(db, "memories", OPTS)).toBeGreaterThan(50);
    const words = [...VOCAB, ...RARE.slice(0, 40), "absentword"];
    const fromBuild = new TermFrequencies(() => "now", 10_000, bitmapCounts).of(db, "memories_fts", words);
    const fromFts5 = new TermFrequencies(() => "now").of(db, "memories_fts", words);
    expect(bitmapCounts(db, "memories_fts")!.size).toBeGreaterThan(50);
    expect(fromBuild).toEqual(fromFts5);
    expect(fromFts5.filter((n) => n > 0).length).toBeGreaterThan(100);
    db.close();
  });
});

import { describe, expect, it } from "vitest";
import { openDatabase } from "../../core/db/connection.js";
import { eraseMemory } from "../../core/db/repos/deletion.js";
import { insertMemory, updateMemory } from "../../core/db/repos/memories.js";
import { bm25MemoryIds } from "../../core/db/repos/neighbours.js";
import type { MemoryType } from "../../core/db/types.js";
import { smallIndexNeighbourIds } from "../../core/retrieval/small-index-neighbours.js";
import { seededRandom } from "../helpers/seeded-random.js";

// The memory engine's neighbour search over a small index kept in memory must give FTS5's own
// answer (the same ids in the same order) while the memories change between searches: added,
// rewritten, invalidated, archived and erased, as an import and the user change them.
const VOCAB = Array.from({ length: 150 }, (_, i) => `w${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}ords`);
const TYPES: MemoryType[] = ["semantic", "semantic", "episodic", "procedural"];
type Db = ReturnType<typeof openDatabase>;

const rand = seededRandom(11);
const word = () => VOCAB[Math.floor(VOCAB.length * rand() ** 2)]!;
const text = () => Array.from({ length: 4 + Math.floor(rand() * 20) }, word).join(" ");
const add = (db: Db, i: number) => {
  const content = text();
  return insertMemory(db, { type: TYPES[i % TYPES.length]!, title: content.split(" ").slice(0, 3).join(" "), content, engine: "test" }, { actor: "test" });
};
const some = (db: Db) => {
  const ids = db.prepare("SELECT id FROM memories").pluck().all() as number[];
  return ids[Math.floor(rand() * ids.length)]!;
};

type Kind = "add" | "rewrite" | "status" | "erase";

/** `n` changes of each of `kinds`. */
function change(db: Db, n: number, kinds: Kind[]): void {
  if (kinds.includes("add")) for (let i = 0; i < n; i++) add(db, i);
  if (kinds.includes("rewrite"))
    for (let i = 0; i < n; i++) {
      const content = text();
      updateMemory(db, some(db), { title: content.split(" ").slice(0, 3).join(" "), content }, { op: "UPDATE", actor: "test" });
    }
  if (kinds.includes("status"))
    for (let i = 0; i < n; i++) {
      updateMemory(db, some(db), { valid_to: Date.now() }, { op: "INVALIDATE", actor: "test" });
      updateMemory(db, some(db), { status: "archived" }, { op: "ARCHIVE", actor: "test" });
    }
  if (kinds.includes("erase")) for (let i = 0; i < n; i++) eraseMemory(db, some(db));
}

function compare(db: Db, queries: number): number {
  let compared = 0;
  for (let q = 0; q < queries; q++) {
    const words = [...new Set(Array.from({ length: 1 + Math.floor(rand() * 6) }, word))];
    // two words of one stem are two phrases of the OR query
    if (q % 7 === 0) words.push(`${words[0]!}ing`);
    for (const type of ["semantic", "episodic", "procedural"] as const) {
      const fts5 = bm25MemoryIds(db, words.map((w) => `"${w}"`).join(" OR "), type, 20);
      expect(smallIndexNeighbourIds(db, words, type, 20), `${type}: ${words.join(" ")}`).toEqual(fts5);
      compared += fts5.length;
    }
  }
  return compared;
}

describe("the neighbour search over a small index kept in memory", () => {
  it("returns FTS5's 20 best matches of each type, in order, while memories are added, rewritten, invalidated, archived and erased", () => {
    const db = openDatabase(":memory:");
    db.transaction(() => {
      for (let i = 0; i < 600; i++) add(db, i);
    })();
    let compared = compare(db, 40);
    // one kind at a time (each read its own way: new ids, the version log, FTS5's totals), then all at once
    const rounds: Kind[][] = [["add"], ["status"], ["rewrite"], ["erase"], ["add", "rewrite", "status", "erase"]];
    for (const kinds of rounds) {
      db.transaction(() => change(db, 15, kinds))();
      compared += compare(db, 25);
    }
    // inside a write transaction, as the memory engine searches between its writes
    db.transaction(() => {
      for (const kinds of rounds) {
        change(db, 5, kinds);
        compared += compare(db, 5);
      }
    })();
    expect(compared).toBeGreaterThan(190 * 3 * 10);
    db.close();
  });

  it("gives a word FTS5 would split into several tokens to FTS5", () => {
    const db = openDatabase(":memory:");
    for (let i = 0; i < 50; i++) add(db, i);
    expect(smallIndexNeighbourIds(db, ["e-mail", VOCAB[0]!], "semantic", 20)).toBeNull();
    db.close();
  });
});

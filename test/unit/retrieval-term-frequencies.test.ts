import { describe, expect, it } from "vitest";
import { openDatabase } from "../../core/db/connection.js";
import { insertMemory } from "../../core/db/repos/memories.js";
import { TermFrequencies } from "../../core/retrieval/term-frequencies.js";

// The memory engine ranks a candidate's words by rarity with counts read for a small index's whole
// vocabulary at once: they must be the counts one lookup per word gives, and be taken again when the
// stamp changes.
const TEXTS = [
  "Caroline went to the pottery class on Friday",
  "Melanie painted a sunrise over the lake",
  "Caroline is researching adoption agencies",
  "Melanie's kids love the pottery class",
  "The lake was calm and the kids went swimming",
];
const WORDS = ["caroline", "pottery", "classes", "lake", "kids", "went", "adoption", "sunrise", "absentword", "the"];

function database() {
  const db = openDatabase(":memory:");
  for (const content of TEXTS) insertMemory(db, { type: "semantic", title: content.slice(0, 20), content, engine: "test" }, { actor: "test" });
  return db;
}

describe("TermFrequencies", () => {
  it("reads a small index's whole vocabulary with the counts of one lookup per word, 0 for a word it lacks", () => {
    const db = database();
    const whole = new TermFrequencies(() => "now", 10_000, undefined, 100).of(db, "memories_fts", WORDS);
    const lookedUp = new TermFrequencies(() => "now").of(db, "memories_fts", WORDS);
    expect(whole).toEqual(lookedUp);
    expect(whole).toEqual([2, 2, 2, 2, 2, 2, 1, 1, 0, 4]);
    db.close();
  });

  it("takes the counts again when the stamp changes, and not before", () => {
    const db = database();
    let stamp = "a";
    const counts = new TermFrequencies(() => stamp, 10_000, undefined, 100);
    expect(counts.of(db, "memories_fts", ["sunrise", "kayak"])).toEqual([1, 0]);
    insertMemory(db, { type: "semantic", title: "Kayak", content: "Melanie watched the sunrise from a kayak", engine: "test" }, { actor: "test" });
    expect(counts.of(db, "memories_fts", ["sunrise", "kayak"])).toEqual([1, 0]);
    stamp = "b";
    expect(counts.of(db, "memories_fts", ["sunrise", "kayak"])).toEqual([2, 1]);
    db.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmbedder } from "../../models/embedders.js";
import type { Embedder } from "../../models/embedder.js";
import type { EngramDb } from "../../core/db/connection.js";
import { rememberedMonologue } from "../helpers/remembered.js";
import { searchMemories, searchSources } from "../../core/retrieval/search.js";

let embedder: Embedder;
let db: EngramDb;

// Maria bakes for the shelter three times; the question names the day of the second time, and
// the other two say more of its words.
const TURNS: Array<[string, string]> = [
  ["2023-05-12T18:00:00Z", "I baked banana bread and chocolate cookies for the homeless shelter bake sale, the shelter loved them."],
  ["2023-06-03T18:00:00Z", "I baked some muffins for the shelter."],
  ["2023-07-21T18:00:00Z", "I baked cookies again for the homeless shelter, and brought chocolate cookies to the shelter party."],
];

beforeAll(async () => {
  embedder = await createEmbedder();
  db = await rememberedMonologue(embedder, "maria", "Maria", TURNS);
});
afterAll(() => db?.close());

describe("a search that names a day ranks what was said that day first", () => {
  const question = "What did Maria bake for the homeless shelter on 3 June, 2023?";

  it("memories: the fact said on 3 June comes first", async () => {
    const hits = await searchMemories(db, embedder, question, { k: 5, types: ["semantic"] });
    expect(hits[0]!.content).toContain("muffins");
    // without the period, its dates are only words, and the wordier facts win
    const plain = await searchMemories(db, embedder, question, { k: 5, types: ["semantic"], now: null });
    expect(plain[0]!.content).not.toContain("muffins");
  });

  it("raw turns: the turn said on 3 June comes first", async () => {
    const hits = await searchSources(db, embedder, question, { k: 3, sourceKinds: ["chat_turn"] });
    expect(hits[0]!.source.text).toContain("muffins");
  });

  it("a period with nothing in it changes nothing", async () => {
    const q = "What did Maria bake for the homeless shelter in 2019?";
    const withPeriod = await searchMemories(db, embedder, q, { k: 5 });
    const without = await searchMemories(db, embedder, q, { k: 5, now: null });
    expect(withPeriod.map((h) => h.id)).toEqual(without.map((h) => h.id));
  });
});

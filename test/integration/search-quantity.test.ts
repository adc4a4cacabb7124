import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmbedder } from "../../models/embedders.js";
import type { Embedder } from "../../models/embedder.js";
import type { EngramDb } from "../../core/db/connection.js";
import { rememberedMonologue } from "../helpers/remembered.js";
import { asksQuantity, statesQuantity } from "../../core/retrieval/answer-type.js";
import { rankIds } from "../../core/retrieval/rank.js";
import { searchMemories, searchSources } from "../../core/retrieval/search.js";

let embedder: Embedder;
let db: EngramDb;

// Nate talks about his turtles three times; only one says how long he has had them, and the other
// two say "turtles" more often.
const TURNS: Array<[string, string]> = [
  ["2023-05-12T18:00:00Z", "My turtles are the best, I take my turtles to the pond and my turtles love the pond."],
  ["2023-06-03T18:00:00Z", "I have had my turtles for 3 years now."],
  ["2023-07-21T18:00:00Z", "My turtles love their turtle tank, and I clean the turtle tank for my turtles on 21 July."],
];

beforeAll(async () => {
  embedder = await createEmbedder();
  db = await rememberedMonologue(embedder, "nate", "Nate", TURNS);
});
afterAll(() => db?.close());

describe("a question that asks for a quantity ranks what states one first", () => {
  const question = "How long has Nate had his turtles?";

  it("knows a quantity question and a quantity from a date", () => {
    expect([question, "How many dogs does Audrey have?", "how often does she run?"].map(asksQuantity)).toEqual([true, true, true]);
    expect(["What did Nate buy?", "How was the trip?"].map(asksQuantity)).toEqual([false, false]);
    expect(["for 3 years", "twice a week", "on 21 July (21 July 2023)", "in 2022", "June 3rd"].map(statesQuantity)).toEqual([true, true, false, false, false]);
  });

  it("memories: the fact that says how long comes first", async () => {
    const hits = await searchMemories(db, embedder, question, { k: 3, types: ["semantic"] });
    expect(hits[0]!.content).toContain("3 years");
  });

  it("raw turns: the turn that says how long comes first, and did not without the answer type", async () => {
    const hits = await searchSources(db, embedder, question, { k: 3, sourceKinds: ["chat_turn"] });
    expect(hits[0]!.source.text).toContain("3 years");
    const plain = await rankIds(db, embedder, "sources", question, { where: "1", params: [] }, { k: 3, mode: "hybrid", quantity: false });
    expect(plain[0]!.id).not.toBe(hits[0]!.source.id);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type EngramDb } from "../../core/db/connection.js";
import { ensureVectorTables } from "../../core/db/vectors.js";
import { storeConversation } from "../../core/ingest/store.js";
import { createMemoryEngine } from "../../core/memory/index.js";
import { searchMemories } from "../../core/retrieval/search.js";
import { createEmbedder } from "../../models/embedders.js";
import type { Embedder } from "../../models/embedder.js";

/**
 * The answer to a question asked of a fact follows that fact's turn: "I'm organizing a gaming party"
 * "Who are you inviting?" "Some old friends and teammates from other tournaments". Searched with the
 * words of the first ("Which guests will be at Nate's gaming party?"), the answer's fact comes
 * second, right after it, not below facts that share more of the question's words; a turn that merely
 * follows, with no question between, does not.
 */

let embedder: Embedder;
let db: EngramDb;
const at = Date.UTC(2022, 8, 18, 18, 0);

/** One conversation of [speaker, text] turns, a minute apart. */
async function chat(id: string, turns: Array<[string, string]>) {
  await storeConversation(db, embedder, {
    format: "text",
    externalId: id,
    title: id,
    participants: [...new Set(turns.map((t) => t[0]))],
    startedAt: at,
    turns: turns.map(([speaker, text], i) => ({ externalId: `${id}-${i + 1}`, speaker, role: "other", occurredAt: at + i * 60_000, text, metadata: {} })),
  });
}

beforeAll(async () => {
  embedder = await createEmbedder();
  db = openDatabase(":memory:");
  ensureVectorTables(db, embedder);
  await chat("games", [
    ["Nate", "I'm organizing a gaming party two weekends from now, it'll be hectic but fun!"],
    ["Joanna", "That sounds awesome! Who are you inviting?"],
    ["Nate", "Some old friends and teammates from other tournaments."],
    ["Joanna", "My cousin threw a gaming party once, the party went on all night."],
    ["Joanna", "My sister plans to invite twenty people to her gaming night."],
    ["Joanna", "The last gaming party I went to had a karaoke machine and a chocolate fountain."],
    ["Joanna", "I'm planning a birthday party for my mum with a big cake."],
    ["Nate", "I finished the new book about game design last night."],
    ["Joanna", "I finished my new screenplay last week."],
  ]);
  await createMemoryEngine(db, embedder).process();
});
afterAll(() => db?.close());

describe("memory search puts the answer to a question asked of its best hit second", () => {
  it("ranks the turn answering 'Who are you inviting?' right after the fact it asks of", async () => {
    const hits = await searchMemories(db, embedder, "Which guests will be at Nate's gaming party?", { k: 8 });
    expect(hits[0]!.content).toMatch(/Nate is organizing a gaming party/);
    expect(hits[1]!.content).toMatch(/old friends and teammates/);
  });
  it("leaves a turn that merely follows, with no question between, where it ranks", async () => {
    const hits = await searchMemories(db, embedder, "What did Nate finish last night?", { k: 8 });
    expect(hits[0]!.content).toMatch(/game design/);
    expect(hits[1]?.content ?? "").not.toMatch(/screenplay/);
  });
});

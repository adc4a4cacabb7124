import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type EngramDb } from "../../core/db/connection.js";
import { ensureVectorTables } from "../../core/db/vectors.js";
import { storeConversation } from "../../core/ingest/store.js";
import { createMemoryEngine } from "../../core/memory/index.js";
import { createEmbedder } from "../../models/embedders.js";
import type { Embedder } from "../../models/embedder.js";

/**
 * A note's paragraph that its export names (a canvas card, a Trello card, a TickTick task: the turn's
 * externalId), edited and imported again, is a newer version of itself: the facts of the earlier
 * version stop being current, as a moved calendar event's do. The new wording had been taken as a
 * near duplicate of the old, and the old answer stayed.
 */

let embedder: Embedder;
let db: EngramDb;
const SAVED = Date.UTC(2026, 10, 9, 12, 0);

/** The note "Wedding" with its cake card worded `cake`, saved at `at`. */
async function save(cake: string, at: number) {
  await storeConversation(db, embedder, {
    format: "note",
    externalId: "canvas:Vault/Wedding.canvas",
    title: "Wedding",
    participants: ["User"],
    startedAt: at,
    turns: [{ externalId: "card-cake", speaker: "User", role: "user", occurredAt: at, text: cake, metadata: { undated: true } }],
  });
  await createMemoryEngine(db, embedder).process();
}

beforeAll(async () => {
  embedder = await createEmbedder();
  db = openDatabase(":memory:");
  ensureVectorTables(db, embedder);
  await save("The cake is lemon and elderflower, three tiers, from Crumbs & Doilies.", SAVED);
  await save("The cake is lemon and raspberry, three tiers, from Crumbs & Doilies.", SAVED + 86_400_000);
});
afterAll(() => db?.close());

describe("a keyed paragraph edited and imported again", () => {
  it("makes the new wording the current fact and the old one no longer current", () => {
    const facts = db.prepare("SELECT content, valid_to FROM memories WHERE type = 'semantic' AND content LIKE '%cake%' ORDER BY id").all() as Array<{
      content: string;
      valid_to: number | null;
    }>;
    expect(facts.filter((f) => f.valid_to === null).map((f) => f.content)).toEqual([expect.stringContaining("lemon and raspberry")]);
    expect(facts.filter((f) => f.valid_to !== null).map((f) => f.content)).toEqual([expect.stringContaining("lemon and elderflower")]);
  });
});

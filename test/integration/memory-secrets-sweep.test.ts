/**
 * Memories stored before credentials were hidden as they are made (Engram 0.1) are swept once when the
 * engine next runs: a fact that copied a gmail password or a card's number is rewritten with
 * `[hidden …]`, its history keeps no copy, the full-text index no longer holds the value, and a memory the user
 * edited is left as they wrote it.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, type EngramDb } from "../../core/db/connection.js";
import { getMemory, insertMemory, markUserOwned } from "../../core/db/repos/memories.js";
import { ensureVectorTables } from "../../core/db/vectors.js";
import { storeConversation } from "../../core/ingest/store.js";
import { createMemoryEngine } from "../../core/memory/index.js";
import type { Embedder } from "../../models/embedder.js";
import { createEmbedder } from "../../models/embedders.js";

let embedder: Embedder;
let db: EngramDb;

beforeAll(async () => {
  embedder = await createEmbedder();
});
beforeEach(() => {
  db = openDatabase(":memory:");
  ensureVectorTables(db, embedder);
});
afterEach(() => db.close());

/** Stores two messages and marks them processed, then writes the memories Engram 0.1 made of them, secrets and all. */
async function storedBefore(): Promise<{ fact: number; card: number; edited: number }> {
  const at = Date.parse("2026-11-03T19:12:00Z");
  await storeConversation(db, embedder, {
    format: "text",
    externalId: "old",
    title: "old",
    participants: ["Priya", "Sam"],
    startedAt: at,
    turns: [
      { externalId: "old:1", speaker: "Priya", role: "other", occurredAt: at, text: "My new gmail password is hunter2-Lisbon, remind me lol", metadata: {} },
      { externalId: "old:2", speaker: "Priya", role: "other", occurredAt: at + 60_000, text: "4111 1111 1111 1111 exp 09/28 CVV 123", metadata: {} },
    ],
  });
  await createMemoryEngine(db, embedder).process();
  const [first, second] = db.prepare("SELECT id FROM sources ORDER BY id").pluck().all() as number[];
  // (what 0.1 stored: made here by hand, as the engine no longer writes them)
  db.prepare("DELETE FROM settings WHERE key = 'memory.secrets_swept'").run();
  const old = (title: string, content: string, source: number) =>
    insertMemory(
      db,
      { type: "semantic", title, content, details: { subject: "Priya", object: content }, engine: "heuristic" },
      { sourceIds: [source!], actor: "heuristic" },
    );
  const fact = old("Priya's new gmail password is hunter2-Lisbon", "Priya's new gmail password is hunter2-Lisbon, remind them (3 November 2026).", first!);
  const card = old("Priya says 4111 1111 1111 1111 exp 09/28 CVV 123", "Priya says 4111 1111 1111 1111 exp 09/28 CVV 123 (3 November 2026).", second!);
  const edited = old("My gmail password", "My gmail password is hunter2-Lisbon (I typed this).", first!);
  markUserOwned(db, edited);
  return { fact, card, edited };
}

describe("credentials in memories stored before they were hidden", () => {
  it("are hidden at the engine's next run, in the memory, its history and the search index; the user's own text is left", async () => {
    const { fact, card, edited } = await storedBefore();
    const indexed = () => db.prepare("SELECT rowid FROM memories_fts WHERE memories_fts MATCH 'hunter2'").pluck().all();
    expect(indexed()).toContain(fact);

    await createMemoryEngine(db, embedder).process();

    expect(getMemory(db, fact)!.content).toBe("Priya's new gmail password is [hidden password], remind them (3 November 2026).");
    expect(getMemory(db, fact)!.title).toBe("Priya's new gmail password is [hidden password]");
    expect(JSON.parse(getMemory(db, fact)!.details)).toMatchObject({ object: expect.stringContaining("[hidden password]"), hidden: ["password"] });
    expect(getMemory(db, card)!.content).toBe("Priya says [hidden card details] (3 November 2026).");
    const history = (db.prepare("SELECT before, after, reason FROM memory_versions WHERE memory_id IN (?, ?)").all(fact, card) as Array<Record<string, string>>)
      .map((v) => Object.values(v).join(" "))
      .join("\n");
    expect(history).not.toMatch(/hunter2|4111|CVV 123/);
    expect(history).toContain("credential hidden");
    expect(indexed()).toEqual([edited]);
    // (the user wins: what they wrote stays as written)
    expect(getMemory(db, edited)!.content).toBe("My gmail password is hunter2-Lisbon (I typed this).");
  });

  it("runs once: a later run changes nothing", async () => {
    const { fact } = await storedBefore();
    await createMemoryEngine(db, embedder).process();
    const versions = () => db.prepare("SELECT count(*) FROM memory_versions WHERE memory_id = ?").pluck().get(fact);
    const once = versions();
    await createMemoryEngine(db, embedder).process();
    expect(versions()).toBe(once);
  });
});

import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ask } from "../../core/assistant/ask.js";
import { openDatabase, type EngramDb } from "../../core/db/connection.js";
import { ensureVectorTables } from "../../core/db/vectors.js";
import { importFile } from "../../core/ingest/import.js";
import type { Embedder } from "../../models/embedder.js";
import { createEmbedder } from "../../models/embedders.js";
import { tempDir } from "../helpers/cli.js";

// What the user wrote before any import named them is told of "the user"; once a later import names
// them ("--me Niamh"), a question about "I" still finds it: it had been ruled out as someone else's.

let dir: string;
let db: EngramDb;
let embedder: Embedder;

beforeAll(async () => {
  dir = tempDir();
  embedder = await createEmbedder();
  db = openDatabase(join(dir, "engram.db"));
  ensureVectorTables(db, embedder);
  const note = join(dir, "Bakery.md");
  writeFileSync(note, "# Bakery\n\nMeet Dolly, my new Rofco B40 deck oven. Three stone decks, 12 loaves a bake.\n");
  await importFile(db, embedder, note);
  const chat = join(dir, "chat.txt");
  writeFileSync(chat, "Amber: Can we start with 30 cardamom buns a day?\nNiamh: Yes, first delivery on Monday.\n");
  await importFile(db, embedder, chat, { format: "text", me: "Niamh" });
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the user before an import named them", () => {
  it("is still the one 'I' asks about", async () => {
    const facts = db.prepare("SELECT content FROM memories WHERE type = 'semantic' AND content LIKE '%Rofco%'").pluck().all() as string[];
    expect(facts).toEqual([expect.stringMatching(/the user's new Rofco B40 deck oven/)]);
    const answer = await ask(db, embedder, "What oven did I buy?", { now: Date.parse("2026-12-01T12:00:00Z") });
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain("Rofco B40");
    // (by the fact itself, not only by the note's episode)
    const types = answer.citations.map((c) => db.prepare("SELECT type FROM memories WHERE id = ?").pluck().get(c.memory_id));
    expect(types).toContain("semantic");
  });
});

/**
 * An import of other people's conversation says no core memory was made and to import it again
 * naming who is you: doing so makes that speaker's stored turns and facts the user's and builds the
 * core memory (it had found only duplicates and changed nothing), and a later export of the same
 * conversation with newer messages keeps that speaker the user without being told again.
 */
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type EngramDb } from "../../core/db/connection.js";
import { ensureVectorTables } from "../../core/db/vectors.js";
import { importFile } from "../../core/ingest/import.js";
import type { Embedder } from "../../models/embedder.js";
import { createEmbedder } from "../../models/embedders.js";
import { tempDir } from "../helpers/cli.js";

/** A LoCoMo file of one conversation between Sam and Kim, with its sessions. */
function locomo(sessions: Array<{ at: string; turns: Array<[string, string]> }>): string {
  const conversation: Record<string, unknown> = { speaker_a: "Sam", speaker_b: "Kim" };
  sessions.forEach((s, i) => {
    conversation[`session_${i + 1}_date_time`] = s.at;
    conversation[`session_${i + 1}`] = s.turns.map(([speaker, text], j) => ({ speaker, dia_id: `D${i + 1}:${j + 1}`, text }));
  });
  return JSON.stringify([{ sample_id: "sam-kim", conversation, qa: [] }]);
}

const FIRST = {
  at: "9:00 am on 10 January, 2023",
  turns: [
    ["Sam", "I live in Paris and I work as a nurse."],
    ["Kim", "That's great! How do you like it?"],
    ["Sam", "I love it. Oh, and I'm allergic to peanuts, so no satay for me."],
  ] as Array<[string, string]>,
};
const LATER = { at: "6:00 pm on 20 February, 2023", turns: [["Sam", "I adopted a cat called Miso last week."]] as Array<[string, string]> };

let dir: string;
let db: EngramDb;
let embedder: Embedder;
const file = () => join(dir, "locomo.json");

beforeAll(async () => {
  dir = tempDir("engram-me-again-");
  embedder = await createEmbedder();
  db = openDatabase(join(dir, "engram.db"));
  ensureVectorTables(db, embedder);
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const human = () =>
  db.prepare("SELECT content FROM memories WHERE type = 'core' AND json_extract(details, '$.label') = 'human'").pluck().get() as string | undefined;
const roles = () => db.prepare("SELECT speaker || ':' || role FROM sources ORDER BY id").pluck().all() as string[];

describe("who is you, said when a file is imported again", () => {
  it("makes the core memory the first import could not, from the turns already stored", async () => {
    writeFileSync(file(), locomo([FIRST]));
    const first = await importFile(db, embedder, file(), { format: "locomo" });
    expect(first.coreMemory).toMatch(/no core memory was made: .* between other people \(Sam, Kim\); import it again with --me NAME/);
    expect(human()).toBeUndefined();

    const again = await importFile(db, embedder, file(), { format: "locomo", me: "sam" });
    expect(again.added).toBe(0);
    expect(again.memories).toBe(1); // the core memory
    expect(again.claimed).toBe(2);
    expect(again.coreMemory).toBeNull();
    expect(roles()).toEqual(["Sam:user", "Kim:other", "Sam:user"]);
    expect(human()).toMatch(/Sam lives in Paris/);
    expect(human()).toMatch(/Sam is allergic to peanuts/);
    // (the facts are the user's now, and no longer kept to the circle of that conversation's people)
    const facts = db.prepare("SELECT details FROM memories WHERE type = 'semantic' AND json_extract(details, '$.subject') = 'Sam'").pluck().all() as string[];
    expect(facts.length).toBeGreaterThan(0);
    for (const d of facts) expect(JSON.parse(d)).toMatchObject({ about_user: true });
    for (const d of facts) expect(JSON.parse(d)).not.toHaveProperty("circle");
    // (and their keys, by which a later fact about the user finds what it repeats or replaces)
    expect(db.prepare("SELECT DISTINCT subject FROM memory_facts").pluck().all()).toContain("sam");
    expect(db.prepare("SELECT count(*) FROM memory_facts WHERE subject LIKE 'sam@%'").pluck().get()).toBe(0);
  }, 120_000);

  it("keeps that speaker the user in a later export of the same conversation, without being told again", async () => {
    writeFileSync(file(), locomo([FIRST, LATER]));
    const later = await importFile(db, embedder, file(), { format: "locomo" });
    expect(later.added).toBe(1);
    expect(later.coreMemory).toBeNull();
    expect(roles()).toEqual(["Sam:user", "Kim:other", "Sam:user", "Sam:user"]);
    expect(human()).toMatch(/Sam adopted a cat called Miso/);
  }, 120_000);
});

import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmbedder } from "../../models/embedders.js";
import type { Embedder } from "../../models/embedder.js";
import { openDatabase, type EngramDb } from "../../core/db/connection.js";
import { getMemory, insertMemory, updateMemory } from "../../core/db/repos/memories.js";
import { getProvenance } from "../../core/db/repos/provenance.js";
import { listVersions } from "../../core/db/repos/versions.js";
import type { MemoryRow } from "../../core/db/types.js";
import { ensureVectorTables, putVector } from "../../core/db/vectors.js";
import { storeConversation } from "../../core/ingest/store.js";
import { createMemoryEngine } from "../../core/memory/index.js";
import { searchMemories } from "../../core/retrieval/search.js";

let embedder: Embedder;
let db: EngramDb;
const DAY = 86_400_000;
const SAID = Date.parse("2023-05-08T13:56:00Z");
const LATER = Date.now() + 400 * DAY; // ages count from when memories were recorded (now), events from when they happened (2023)
let teaA: number;
let teaB: number;
let pinned: number;
let pinnedImportance: number;

function digest(): string {
  const h = createHash("sha256");
  for (const t of ["memories", "memory_sources", "memory_versions", "edges"]) h.update(JSON.stringify(db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()));
  return h.digest("hex");
}

beforeAll(async () => {
  embedder = await createEmbedder();
  db = openDatabase(":memory:");
  ensureVectorTables(db, embedder);
  const lines = [
    "I started learning the cello this spring.",
    "That's wonderful, how is it going?",
    "Slowly, my teacher is very patient.",
    "Do you practise every day?",
    "Twenty minutes a day, before work.",
    "My brother plays the violin.",
    "We might play a duet at his wedding.",
    "When is the wedding?",
    "In September, in Porto.",
    "Porto is beautiful in autumn.",
    "I booked the flights last week.",
    "Have a great trip!",
  ];
  const stored = await storeConversation(db, embedder, {
    format: "text",
    externalId: "cello",
    title: "cello",
    participants: ["Sam", "Kim"],
    startedAt: SAID,
    // two sessions of one day (a pause of two hours between them): two episodes, which consolidation summarises into one
    turns: lines.map((text, i) => ({
      externalId: `c:${i + 1}`,
      speaker: i % 2 ? "Kim" : "Sam",
      role: "other" as const,
      occurredAt: SAID + i * 1000 + (i >= 6 ? 2 * 3_600_000 : 0),
      text,
      metadata: {},
    })),
  });
  await createMemoryEngine(db, embedder).process();
  // two near-identical facts, as another engine or an import could have written them
  const [va, vb] = await embedder.embed(["Sam likes green tea.", "Sam likes green tea!"]);
  const fact = (content: string, source: number) =>
    insertMemory(
      db,
      { type: "semantic", title: content, content, details: { subject: "Sam" }, occurredAt: SAID, engine: "import" },
      { sourceIds: [source], actor: "import" },
    );
  teaA = fact("Sam likes green tea.", stored.sourceIds[0]!);
  teaB = fact("Sam likes green tea!", stored.sourceIds[1]!);
  putVector(db, "memories", teaA, va!);
  putVector(db, "memories", teaB, vb!);
  pinned = (db.prepare("SELECT id FROM memories WHERE type = 'semantic' AND content LIKE '%cello%'").get() as { id: number }).id;
  updateMemory(db, pinned, { pinned: 1 }, { op: "PIN", actor: "user" });
  pinnedImportance = getMemory(db, pinned)!.importance;
});
afterAll(() => db.close());

describe("consolidation", () => {
  it("shows what it would do in a dry run, and changes nothing", async () => {
    const before = digest();
    const plan = await createMemoryEngine(db, embedder).consolidate({ dryRun: true, now: LATER });
    expect(plan.dryRun).toBe(true);
    expect(plan.merged).toBe(1);
    expect(plan.summarised).toBeGreaterThanOrEqual(2);
    expect(plan.decayed).toBeGreaterThan(0);
    expect(plan.actions.map((a) => a.kind)).toEqual(expect.arrayContaining(["merge", "summarise", "decay"]));
    expect(digest()).toBe(before);
  });

  it("merges near-duplicates, summarises old episodes, decays what was never recalled — and loses nothing", async () => {
    const episodesBefore = db.prepare("SELECT * FROM memories WHERE type = 'episodic' ORDER BY id").all() as MemoryRow[];
    const report = await createMemoryEngine(db, embedder).consolidate({ now: LATER });
    expect(report.dryRun).toBe(false);

    // merge: the newer copy is archived, superseded by the older one, which gains its provenance
    const dropped = getMemory(db, teaB)!;
    expect(dropped).toMatchObject({ status: "archived", superseded_by: teaA });
    expect(getProvenance(db, [teaA]).get(teaA)).toHaveLength(2);
    expect(listVersions(db, teaB).at(-1)).toMatchObject({ op: "MERGE", reason: `merged into #${teaA}`, actor: "consolidation" });

    // summary: one coarser episode with the provenance of all, the detailed ones archived, not deleted
    const summary = db.prepare("SELECT * FROM memories WHERE type = 'episodic' AND status = 'active'").all() as MemoryRow[];
    expect(summary).toHaveLength(1);
    expect(JSON.parse(summary[0]!.details).summary_of).toEqual(episodesBefore.map((e) => e.id));
    expect(getProvenance(db, [summary[0]!.id]).get(summary[0]!.id)).toHaveLength(12);
    for (const e of episodesBefore) expect(getMemory(db, e.id)).toMatchObject({ status: "archived", superseded_by: summary[0]!.id, content: e.content });
    const hits = await searchMemories(db, embedder, "cello teacher", { types: ["episodic"] });
    expect(hits.map((h) => h.id)).toEqual([summary[0]!.id]);

    // decay: never-recalled memories lose importance (with a version); pinned ones never decay
    const decayed = db.prepare("SELECT id, importance FROM memories WHERE type = 'semantic' AND status = 'active' AND id <> ?").all(pinned) as Array<{
      id: number;
      importance: number;
    }>;
    expect(decayed.every((m) => m.importance < 0.5)).toBe(true);
    expect(listVersions(db, decayed[0]!.id).at(-1)).toMatchObject({ op: "DECAY", actor: "consolidation" });
    expect(getMemory(db, pinned)!.importance).toBe(pinnedImportance);
  });

  it("has nothing left to do when run again at the same time", async () => {
    const again = await createMemoryEngine(db, embedder).consolidate({ now: LATER });
    expect(again).toMatchObject({ merged: 0, summarised: 0, decayed: 0, actions: [] });
  });
});

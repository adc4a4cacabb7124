import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type EngramDb } from "../../core/db/connection.js";
import { ensureVectorTables } from "../../core/db/vectors.js";
import { storeConversation } from "../../core/ingest/store.js";
import { createMemoryEngine } from "../../core/memory/index.js";
import { namedSubjects } from "../../core/retrieval/passages.js";
import { searchMemories } from "../../core/retrieval/search.js";
import { createEmbedder } from "../../models/embedders.js";
import type { Embedder } from "../../models/embedder.js";

/**
 * A question that names two people apart is about the first: "What city did Tim suggest to John?"
 * asks what Tim said, so Tim's facts rank up, not John's, which share more of its words; two people
 * named together ("Tim and John") are both its subject.
 */

let embedder: Embedder;
let db: EngramDb;
const at = Date.UTC(2023, 8, 21, 18, 0);

beforeAll(async () => {
  embedder = await createEmbedder();
  db = openDatabase(":memory:");
  ensureVectorTables(db, embedder);
  const turns: Array<[string, string]> = [
    ["John", "My team is planning a trip next month and we are still deciding on the city for the team trip."],
    ["Tim", "Edinburgh would be great for a magical vibe, it has awesome history and architecture."],
    ["John", "The city for our team trip last year was Boston, and that city trip was a blast."],
    ["John", "I suggested a city for the team trip to my coach, but he wants somewhere warm."],
    ["Tim", "I'm reading a fantasy novel about a wizard school these days."],
  ];
  await storeConversation(db, embedder, {
    format: "text",
    externalId: "trip",
    title: "trip",
    participants: ["John", "Tim"],
    startedAt: at,
    turns: turns.map(([speaker, text], i) => ({ externalId: `trip-${i + 1}`, speaker, role: "other", occurredAt: at + i * 60_000, text, metadata: {} })),
  });
  await createMemoryEngine(db, embedder).process();
});
afterAll(() => db?.close());

describe("memory search reads who a question is about", () => {
  it("takes the first of two people named apart as the subject, both when named together", () => {
    expect(namedSubjects(db, "What city did Tim suggest to John for the team trip?")).toEqual(["tim"]);
    expect(namedSubjects(db, "What did John say about Tim's novel?")).toEqual(["john"]);
    expect(new Set(namedSubjects(db, "Which cities have Tim and John talked about?"))).toEqual(new Set(["tim", "john"]));
  });
  it("ranks what Tim suggested above John's facts that share more of the question's words", async () => {
    const hits = await searchMemories(db, embedder, "What city did Tim suggest to John for the team trip next month?", { k: 5 });
    expect(hits[0]!.content).toMatch(/Edinburgh/);
  });
});

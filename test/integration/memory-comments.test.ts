import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type EngramDb } from "../../core/db/connection.js";
import { ensureVectorTables } from "../../core/db/vectors.js";
import { storeConversation } from "../../core/ingest/store.js";
import { createMemoryEngine } from "../../core/memory/index.js";
import { createEmbedder } from "../../models/embedders.js";
import type { Embedder } from "../../models/embedder.js";

/**
 * A blog's comments are said of the post they are under (core/ingest/wordpress.ts titles their
 * thread `Comments on "<post>"`): "Made this last night, I added a handful of grated cheddar" is about
 * the soda bread, which the comment never names.
 */

let embedder: Embedder;
let db: EngramDb;

beforeAll(async () => {
  embedder = await createEmbedder();
  db = openDatabase(":memory:");
  ensureVectorTables(db, embedder);
  const at = Date.UTC(2026, 10, 8, 20, 0);
  await storeConversation(db, embedder, {
    format: "wordpress",
    externalId: "wordpress:marigoldafloat.co.uk:40:comments",
    title: 'Comments on "Stove-top soda bread"',
    participants: ["Jo Marsh"],
    startedAt: at,
    turns: [
      {
        externalId: "comment 12",
        speaker: "Jo Marsh",
        role: "other",
        occurredAt: at,
        text: "Made this on our Morsø last night. I added a handful of grated cheddar and some chives and it was gorgeous!",
        metadata: {},
      },
    ],
  });
  await createMemoryEngine(db, embedder).process();
});
afterAll(() => db?.close());

describe("comments on a blog post", () => {
  it("are told under the post they are on", () => {
    const facts = (db.prepare("SELECT content FROM memories WHERE type = 'semantic'").all() as Array<{ content: string }>).map((m) => m.content);
    expect(facts).toEqual([expect.stringMatching(/^Stove-top soda bread: .*Jo Marsh added a handful of grated cheddar/)]);
  });
});

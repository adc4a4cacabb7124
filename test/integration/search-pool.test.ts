/**
 * Searches answered by worker threads with read-only connections (core/api/search-pool.ts) are the
 * searches the API answers on its own thread: same hits, same errors, under concurrency, and a host
 * started with `searchWorkers` answers through them.
 */
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiHost } from "../../core/api/host.js";
import { startSearchPool, type SearchPool } from "../../core/api/search-pool.js";
import type { SearchRequest, SearchResult } from "../../core/api/types.js";
import { ensureVectorTables } from "../../core/db/vectors.js";
import { storeConversation } from "../../core/ingest/store.js";
import { createMemoryEngine } from "../../core/memory/index.js";
import { testApi, type TestApi } from "../helpers/api.js";
import { lettersEmbedder } from "../fixtures/letters-embedder.js";

const letters = lettersEmbedder;

const TURNS = [
  "I live in Lisbon and work at the harbour museum.",
  "My sister Ana moved to Porto last spring.",
  "We adopted a grey cat called Pixel in March.",
  "I love hiking in the Serra da Estrela mountains.",
  "My favourite food is grilled sardines.",
  "I started learning the guitar with a teacher named Rui.",
  "Our garden has tomatoes, basil and two lemon trees.",
  "I am allergic to peanuts.",
];

let t: TestApi;
let pool: SearchPool;

beforeAll(async () => {
  t = testApi({ embedder: letters });
  ensureVectorTables(t.db, letters);
  const t0 = Date.parse("2024-03-02T10:00:00Z");
  await storeConversation(t.db, letters, {
    format: "text",
    externalId: "c1",
    title: "c1",
    participants: ["Maria"],
    startedAt: t0,
    turns: TURNS.map((text, i) => ({ externalId: `c1:${i}`, speaker: "Maria", role: "other", occurredAt: t0 + i * 60_000, text, metadata: {} })),
  });
  await createMemoryEngine(t.db, letters).process();
  pool = await startSearchPool(t.ctx.dbPath, async () => letters, 2);
});

afterAll(async () => {
  await pool?.close();
  t?.close();
  rmSync(t.dir, { recursive: true, force: true });
});

const REQUESTS: SearchRequest[] = [
  { query: "Where does Maria live?", k: 5 },
  { query: "cat Pixel", k: 3, mode: "bm25" },
  { query: "mountains hiking", k: 4, mode: "vector" },
  { query: "sister Porto", k: 10, types: ["semantic"] },
  { query: "garden lemon", k: 10, from: Date.parse("2024-03-02T10:05:00Z") },
  { query: "guitar teacher", k: 5, includeInvalid: true, sourceKinds: ["chat_turn"] },
];

const hitsOf = (r: SearchResult) => r.hits;

describe("search worker pool", () => {
  it("answers every request exactly as the in-process search does", async () => {
    for (const req of REQUESTS) {
      const expected = hitsOf(await t.api.search(req));
      expect(hitsOf(await pool.search(req)), JSON.stringify(req)).toEqual(expected);
    }
    expect(hitsOf(await t.api.search(REQUESTS[0]!)).length).toBeGreaterThan(0);
  });

  it("answers 60 concurrent searches, each the same as alone", async () => {
    const alone = await Promise.all(REQUESTS.map(async (r) => hitsOf(await t.api.search(r))));
    const many = Array.from({ length: 60 }, (_, i) => i % REQUESTS.length);
    const answers = await Promise.all(many.map((i) => pool.search(REQUESTS[i]!)));
    for (const [j, a] of answers.entries()) expect(hitsOf(a)).toEqual(alone[many[j]!]);
  });

  it("refuses a bad request with the API's error", async () => {
    await expect(pool.search({ query: "x", k: -3 } as SearchRequest)).rejects.toMatchObject({ name: "ApiError", code: "bad_request" });
  });

  it("a host started with searchWorkers answers search through its workers, and sees new memories", async () => {
    const errors: unknown[] = [];
    const host = createApiHost({
      onBackgroundError: (err) => errors.push(err),
      dbPath: t.ctx.dbPath,
      createEmbedder: async () => letters,
      transport: "http",
      imageUrl: (id) => `/api/images/${id}`,
      exportUrl: () => null,
      capture: { available: false, reason: "not in this test" },
      searchWorkers: 2,
    });
    try {
      expect(hitsOf(await host.api.search(REQUESTS[0]!))).toEqual(hitsOf(await t.api.search(REQUESTS[0]!)));
      await host.api.remember({ text: "I bought a red kayak called Tide." });
      const found = await host.api.search({ query: "red kayak Tide", k: 3 });
      expect(found.hits[0]?.memory.content).toMatch(/kayak/);
      expect(errors).toEqual([]); // the workers started: no fallback to the host's thread
    } finally {
      await host.close();
    }
  });
});

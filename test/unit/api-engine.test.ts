import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ensureVectorTables } from "../../core/db/vectors.js";
import { storeConversation } from "../../core/ingest/store.js";
import type { ProcessEvent } from "../../core/api/types.js";
import { lettersEmbedder } from "../fixtures/letters-embedder.js";
import { testApi, type TestApi } from "../helpers/api.js";

// The memory engine through the API (what `engram process` and `engram consolidate` now call).

let t: TestApi;
beforeEach(() => {
  t = testApi({ embedder: lettersEmbedder });
  ensureVectorTables(t.db, lettersEmbedder);
});
afterEach(() => t.close());

const at = Date.UTC(2023, 4, 8, 13, 56);

describe("processSources and consolidate", () => {
  it("turns unprocessed sources into memories once, with progress in sources", async () => {
    await storeConversation(t.db, lettersEmbedder, {
      format: "text",
      externalId: "t",
      title: "Sam and Kim",
      participants: ["Sam", "Kim"],
      startedAt: at,
      turns: [
        {
          externalId: "t:1",
          speaker: "Sam",
          role: "other",
          occurredAt: at,
          text: "I moved to Oslo last month for a job at the university hospital.",
          metadata: {},
        },
        { externalId: "t:2", speaker: "Kim", role: "other", occurredAt: at + 60_000, text: "My sister Anna is a nurse there too.", metadata: {} },
      ],
    });
    const events: ProcessEvent[] = [];
    const r = await t.api.processSources({}, { onEvent: (e) => events.push(e) });
    expect(r).toMatchObject({ engine: "heuristic", sources: 2 });
    expect(r.added.semantic).toBeGreaterThan(0);
    expect(events.at(-1)).toEqual({ type: "progress", done: 2, total: 2 });
    const unprocessed = (t.db.prepare("SELECT COUNT(*) AS n FROM sources WHERE processed_at IS NULL").get() as { n: number }).n;
    expect(unprocessed).toBe(0);
    expect(await t.api.processSources({})).toMatchObject({ sources: 0 });
  });

  it("reports what consolidation would do without changing anything on a dry run", async () => {
    const before = (t.db.prepare("SELECT COUNT(*) AS n FROM memory_versions").get() as { n: number }).n;
    const r = await t.api.consolidate({ dryRun: true, now: at + 400 * 86_400_000 });
    expect(r).toMatchObject({ dryRun: true });
    expect(r.actions.length).toBe(r.merged + r.summarised + r.decayed);
    expect((t.db.prepare("SELECT COUNT(*) AS n FROM memory_versions").get() as { n: number }).n).toBe(before);
  });

  it("refuses an unknown engine by name", async () => {
    await expect(t.api.processSources({ engine: "gpt" as never })).rejects.toMatchObject({ code: "bad_request", field: "engine" });
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ask } from "../../core/assistant/ask.js";
import { openDatabase, type EngramDb } from "../../core/db/connection.js";
import { ensureVectorTables } from "../../core/db/vectors.js";
import { storeConversation } from "../../core/ingest/store.js";
import { createMemoryEngine } from "../../core/memory/index.js";
import { createEmbedder } from "../../models/embedders.js";
import type { Embedder } from "../../models/embedder.js";

/**
 * A group chat plans an event over days: one message names it and its day ("Next hike: Mount Takao
 * on Saturday 5 December!"), a later one the plan for that day without naming it again ("Plan for
 * Saturday: Meet at Shinjuku station …"). Asked "Where are we meeting for the Takao hike?", ask
 * answers with both: the plan is of the day the hike is on, in the same chat.
 */

const H = 3_600_000;
const ASKED = Date.UTC(2026, 11, 1, 20, 0); // Tuesday 1 December 2026
let embedder: Embedder;
let db: EngramDb;

/** A chat of `turns` [epoch ms, speaker, text], stored as one conversation. */
async function chat(externalId: string, title: string, turns: Array<[number, string, string]>) {
  await storeConversation(db, embedder, {
    format: "text",
    externalId,
    title,
    participants: [...new Set(turns.map((t) => t[1]))],
    startedAt: turns[0]![0],
    turns: turns.map(([at, speaker, text], i) => ({ externalId: `${externalId}-${i + 1}`, speaker, role: "other", occurredAt: at, text, metadata: {} })),
  });
}

beforeAll(async () => {
  embedder = await createEmbedder();
  db = openDatabase(":memory:");
  ensureVectorTables(db, embedder);
  const nov22 = Date.UTC(2026, 10, 22, 19, 0);
  const nov30 = Date.UTC(2026, 10, 30, 18, 0);
  await chat("hiking-club", "Hiking club", [
    [nov22, "Ken", "Next hike: Mount Takao on Saturday 5 December! Who's in?"],
    [nov22 + 3 * 60_000, "Haruka", "Me!!"],
    [nov22 + 4 * 60_000, "Emma", "Count me in"],
    [
      nov30,
      "Ken",
      "Plan for Saturday:\nMeet at Shinjuku station, Keio line west exit ticket gates, 8:00\nTrain at 8:12 to Takaosanguchi\nUp Trail 6, down via Inariyama",
    ],
    [nov30 + 5 * 60_000, "Emma", "See you there"],
  ]);
  // (the same Saturday in another chat is of another plan)
  await chat("climbing", "Climbing pals", [[nov30 + 2 * H, "Jo", "Plan for Saturday: meet at the Shinjuku climbing gym at 10, then ramen."]]);
  await createMemoryEngine(db, embedder).process();
});
afterAll(() => db?.close());

describe("a plan for the day of an event the chat named", () => {
  it("answers where and which trail from the plan, though it never names the hike", async () => {
    const where = await ask(db, embedder, "Where are we meeting for the Takao hike?", { now: ASKED });
    expect(where.abstained).toBe(false);
    expect(where.answer).toContain("Shinjuku station");
    const trail = await ask(db, embedder, "Which trail are we taking up Mount Takao?", { now: ASKED });
    expect(trail.answer).toContain("Trail 6");
  });

  it("takes no plan of the same day from another chat", async () => {
    const where = await ask(db, embedder, "Where are we meeting for the Takao hike?", { now: ASKED });
    expect(where.answer).not.toContain("climbing gym");
  });
});

/**
 * A memory made from the app's own chat names that chat by its title in its provenance (search hits,
 * memory details), not by the internal id it was stored under ("chat-2026-12-02T04:59:14.389Z-ddf149ba").
 */
import { rmSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { lettersEmbedder } from "../fixtures/letters-embedder.js";
import { testApi } from "../helpers/api.js";

describe("provenance of a memory made from a chat in the app", () => {
  const t = testApi({ embedder: lettersEmbedder });
  afterAll(() => {
    t.close();
    rmSync(t.dir, { recursive: true, force: true });
  });

  it("names the chat by its title", async () => {
    await t.api.chat({ message: "I'm allergic to peanuts, by the way." });
    const { hits } = await t.api.search({ query: "allergic to peanuts" });
    const hit = hits.find((h) => h.sources.some((s) => s.kind === "chat_turn"));
    expect(hit).toBeDefined();
    const detail = await t.api.getMemory({ id: hit!.memory.id });
    const names = [...hit!.sources, ...detail.sources].filter((s) => s.kind === "chat_turn").map((s) => s.conversation);
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names)).toEqual(new Set(["I'm allergic to peanuts, by the way."]));
  });
});

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { insertMemory } from "../../core/db/repos/memories.js";
import { testApi, type TestApi } from "../helpers/api.js";

// The API methods the command line's `engram delete` and `engram capture` call (no embedder, no
// OCR: test/integration/capture-cli.test.ts runs the capture pipeline itself).

let t: TestApi;
beforeEach(() => {
  t = testApi();
});
afterEach(() => t.close());

/** A memory with no source, its id. */
function memory(content: string): number {
  return insertMemory(t.db, { type: "semantic", title: content, content, occurredAt: 0, engine: "user" }, { actor: "user" });
}

describe("forgetMemories (engram delete <memory-id...>)", () => {
  it("deletes several memories in one call", async () => {
    const [a, b, c] = [memory("the red bicycle"), memory("the blue kettle"), memory("the green door")];
    expect(await t.api.forgetMemories({ ids: [a, c, a] })).toEqual({ memories: 2, sources: 0, images: 0, conversations: 0 });
    const left = await t.api.listMemories({});
    expect(left.items.map((m) => m.id)).toEqual([b]);
  });

  it("deletes nothing when one id is not a memory, and names it", async () => {
    const a = memory("the red bicycle");
    await expect(t.api.forgetMemories({ ids: [a, 999] })).rejects.toMatchObject({ code: "not_found", message: "No memory #999." });
    expect((await t.api.listMemories({})).items.map((m) => m.id)).toEqual([a]);
    await expect(t.api.forgetMemories({ ids: [] })).rejects.toMatchObject({ code: "bad_request", field: "ids" });
  });
});

describe("capture methods of the command line", () => {
  it("captureConfig applies assignments in one write and refuses a bad value, naming the setting", async () => {
    const set = await t.api.captureConfig({ set: ["intervalMs=10000", "excludedApps=Slack,Signal", "paused=true"] });
    expect(set).toMatchObject({ intervalMs: 10000, excludedApps: ["Slack", "Signal"], paused: true, pausedUntil: Number.MAX_SAFE_INTEGER });
    expect(set.builtInExclusions?.apps.length).toBeGreaterThan(0);
    await expect(t.api.captureConfig({ set: ["intervalMs=5", "enabled=true"] })).rejects.toMatchObject({
      code: "bad_request",
      field: "set",
      message: expect.stringMatching(/capture\.intervalMs must be an integer from 1000 to 3600000/),
    });
    await expect(t.api.captureConfig({ set: ["colour=blue"] })).rejects.toMatchObject({ message: expect.stringMatching(/unknown capture setting "colour"/) });
    expect(await t.api.captureConfig({})).toMatchObject({ intervalMs: 10000, enabled: false });
  });

  it("an empty database: no frames to pin or prune, no redacted values, storage counts zero", async () => {
    expect(await t.api.pinFrames({ ids: [4, 5], pinned: true })).toEqual({ missing: [4, 5] });
    expect(await t.api.pruneCapture({})).toEqual({ frames: 0, bytes: 0 });
    expect(await t.api.listRedactions({ reveal: true })).toEqual({ items: [] });
    expect(await t.api.captureStorage({})).toMatchObject({
      enabled: false,
      paused: false,
      frames: 0,
      bytes: 0,
      oldest: null,
      vault: { exists: false, unlockWith: [], items: 0 },
    });
  });
});

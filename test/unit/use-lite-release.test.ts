/**
 * The USE lite embedder's worker lifetime: released early by a one-query command (`engram search`)
 * and started again on demand.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UseLiteEmbedder } from "../../models/use-lite.js";
import { releasedAfterEmbed } from "../../core/transports/cli/cli-context.js";

const TEXTS = ["When did Caroline go to the LGBTQ support group?", "I painted a lake at sunrise last week."];

describe("UseLiteEmbedder.release", () => {
  let embedder: UseLiteEmbedder;
  beforeAll(async () => {
    embedder = await UseLiteEmbedder.load({ lanes: 1, quickStart: true });
  });
  afterAll(() => embedder.dispose());

  it("stops the workers once the embeds under way are done, and the next embed starts them again with the same vectors", async () => {
    const first = embedder.embed(TEXTS);
    const stopped = embedder.release(); // while the embed runs: it still completes
    const before = await first;
    await stopped;
    const after = await embedder.embed(TEXTS);
    expect(after.map((v) => [...v])).toEqual(before.map((v) => [...v]));
  });

  it("as the CLI's one-embed wrapper: every embed is answered, each followed by a release", async () => {
    const once = releasedAfterEmbed(embedder);
    expect(once).not.toBe(embedder);
    expect({ id: once.id, dimension: once.dimension }).toEqual({ id: embedder.id, dimension: 512 });
    const [a] = await once.embed([TEXTS[0]!]);
    const [b] = await once.embed([TEXTS[0]!]);
    expect([...b!]).toEqual([...a!]);
  });

  it("a disposed embedder stays disposed, released or not", async () => {
    const other = await UseLiteEmbedder.load({ lanes: 1, quickStart: true });
    await other.release();
    await other.dispose();
    await expect(other.embed(TEXTS)).rejects.toThrow(/disposed/);
  });
});

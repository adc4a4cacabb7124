/**
 * A citation says whose memory it is: the person the fact is about when they said it, not the first
 * of its sources by time (an answer's provenance starts with the question it answers, asked by the
 * other person). The chat's "What I remember" list shows it beside each item.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activeEmbedder, type ApiHost } from "../../core/api/host.js";
import { testHost } from "../helpers/api.js";
import { importedConv26 } from "../helpers/shared.js";

describe("citation speaker", () => {
  let dir: string;
  let host: ApiHost;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "engram-cite-"));
    await importedConv26(join(dir, "engram.db"));
    host = testHost(join(dir, "engram.db"), activeEmbedder, { background: false });
  }, 120_000);
  afterAll(async () => {
    await host?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("is the fact's own speaker, also when the question it answers comes first in its sources", async () => {
    const { citations } = await host.api.ask({ question: "What did Caroline research?", k: 10 });
    let answers = 0;
    for (const c of citations) {
      const { memory } = await host.api.getMemory({ id: c.memoryId });
      const subject = memory.details.subject as string | undefined;
      const speakers = c.sources.map((s) => s.speaker);
      if (subject && speakers.includes(subject)) expect(c.speaker).toBe(subject);
      else expect(c.speaker).toBe(speakers[0] ?? null);
      if (subject && speakers.includes(subject) && speakers[0] !== subject) answers++;
    }
    expect(answers).toBeGreaterThan(0); // "Asked about summer: Caroline says researching adoption agencies…" (asked by Melanie)
  }, 120_000);
});

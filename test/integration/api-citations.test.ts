/**
 * A citation says whose memory it is: the person the fact is about when they said it, not the first
 * of its sources by time (an answer's provenance starts with the question it answers, asked by the
 * other person). The chat's "What I remember" list shows it beside each item. Without a chat model
 * the citations are the answer, each shown in a few lines: of a long memory the API gives the
 * sentences about the question (`excerpt`), in the answer and again when the chat is opened later;
 * a search hit, shown in one line, the memory from the sentence that matches the query on.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activeEmbedder, type ApiHost } from "../../core/api/host.js";
import type { Citation } from "../../core/api/types.js";
import { testHost } from "../helpers/api.js";
import { importedConv26 } from "../helpers/shared.js";

describe("citations", () => {
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

  it("name the fact's own speaker, also when the question it answers comes first in its sources", async () => {
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

  const question = "Why did Caroline choose the adoption agency?";
  /** The cited memory that says why (LoCoMo's answer: "because of their inclusivity and support for LGBTQ+ individuals"). */
  const why = (citations: Citation[]) => citations.find((c) => c.text.includes("'cause they help LGBTQ+ folks with adoption"));

  it("give of a long memory the part that answers (excerpt), in the answer and in the chat opened again", async () => {
    const asked = why((await host.api.ask({ question, k: 8 })).citations);
    expect(asked).toBeDefined();
    expect(asked!.text.length).toBeGreaterThan(400);
    expect(asked!.excerpt).toContain("Caroline chose them 'cause they help LGBTQ+ folks with adoption.");
    expect(asked!.excerpt!.length).toBeLessThanOrEqual(280 + 4);

    const turn = await host.api.chat({ message: question });
    const thread = await host.api.getChat({ conversationId: turn.conversationId });
    const reply = thread.turns.find((t) => t.role === "assistant")!;
    const again = why(reply.metadata.citations as Citation[]);
    expect(again?.excerpt).toBe(asked!.excerpt);
  }, 120_000);

  it("give no excerpt of a short memory: its whole text is shown", async () => {
    const { citations } = await host.api.ask({ question: "What did Caroline research?", k: 8 });
    const short = citations.filter((c) => c.text.length <= 280);
    expect(short.length).toBeGreaterThan(0);
    for (const c of short) expect(c.excerpt).toBeNull();
  }, 120_000);

  it("give of a search hit the memory from the sentence that matches the query on", async () => {
    const { hits } = await host.api.search({ query: "Sweden", k: 5 });
    const necklace = hits.find((h) => h.memory.content.includes("Sweden"));
    expect(necklace).toBeDefined();
    // (from that sentence on, the memory's first words left out: the row's one line would end before it)
    expect(necklace!.excerpt).toMatch(/^… This necklace is special to Caroline .*Sweden/);
    expect(necklace!.memory.content.endsWith(necklace!.excerpt!.slice(2))).toBe(true);
    expect(necklace!.memory.content.startsWith("This necklace")).toBe(false);
  }, 120_000);
});

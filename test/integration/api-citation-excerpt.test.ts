/**
 * Without a chat model the citations are the answer ("what I remember"), and the app shows each in a
 * few lines: of a long memory the API gives the sentences about the question (`excerpt`), in the
 * answer and again when the chat is opened later.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activeEmbedder, type ApiHost } from "../../core/api/host.js";
import type { Citation } from "../../core/api/types.js";
import { testHost } from "../helpers/api.js";
import { importedConv26 } from "../helpers/shared.js";

describe("citation excerpt", () => {
  let dir: string;
  let host: ApiHost;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "engram-excerpt-"));
    await importedConv26(join(dir, "engram.db"));
    host = testHost(join(dir, "engram.db"), activeEmbedder, { background: false });
  }, 120_000);
  afterAll(async () => {
    await host?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const question = "Why did Caroline choose the adoption agency?";
  /** The cited memory that says why (LoCoMo's answer: "because of their inclusivity and support for LGBTQ+ individuals"). */
  const why = (citations: Citation[]) => citations.find((c) => c.text.includes("'cause they help LGBTQ+ folks with adoption"));

  it("of a long memory is the part that answers, in the answer and in the chat opened again", async () => {
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

  it("is null for a short memory: the whole text is shown", async () => {
    const { citations } = await host.api.ask({ question: "What did Caroline research?", k: 8 });
    const short = citations.filter((c) => c.text.length <= 280);
    expect(short.length).toBeGreaterThan(0);
    for (const c of short) expect(c.excerpt).toBeNull();
  }, 120_000);
});

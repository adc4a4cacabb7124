/**
 * `ask` finds what search finds: when it abstains on a question whose answer search ranks among its
 * first hits, though not sharing enough of the question's words to count as an answer ("What project
 * will I lead?" and "… the user will lead the billing migration in Q1"), the abstention shows that
 * memory as the closest found, plainly no answer: through the API, the chat opened again, and the
 * CLI's --json. A question nothing comes close to, or about someone no memory names, shows none.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { activeEmbedder, type ApiHost } from "../../core/api/host.js";
import type { Citation } from "../../core/api/types.js";
import { testHost } from "../helpers/api.js";
import { engramInProcess } from "../helpers/cli.js";

describe("an abstention's closest memories", () => {
  let dir: string;
  let host: ApiHost;
  const db = () => join(dir, "engram.db");
  const day = Date.parse("2026-10-02T10:00:00Z");
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "engram-closest-"));
    host = testHost(db(), activeEmbedder, { background: false });
    const said = [
      "Priya is my manager. We agreed that I will lead the billing migration in Q1.",
      "I went to a pottery class yesterday and made a blue bowl.",
      "The new loaf is called Rainy City Rye: 40% dark rye with black treacle and caraway.",
    ];
    for (const [i, message] of said.entries()) await host.api.remember({ text: message, occurredAt: day + i * 3_600_000 });
  }, 120_000);
  afterAll(async () => {
    await host?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const titles = (list: Citation[]) => list.map((c) => c.title);

  it("shows what search ranks first beside an abstention, as no answer", async () => {
    const a = await host.api.ask({ question: "What project will I lead?", now: day + 86_400_000 });
    expect(a.abstained).toBe(true);
    expect(a.citations).toEqual([]);
    expect(a.closest.length).toBeGreaterThan(0);
    expect(a.closest.length).toBeLessThanOrEqual(3);
    expect(a.closest[0]!.text).toContain("lead the billing migration in Q1");
    expect(a.closest[0]!.sources.length).toBeGreaterThan(0);
  });

  it("shows none when nothing comes close, for a question about someone no memory names, or with an answer", async () => {
    const far = await host.api.ask({ question: "What is the capital of Mongolia?" });
    expect(far.abstained).toBe(true);
    expect(titles(far.closest)).toEqual([]);
    const stranger = await host.api.ask({ question: "When did Gina go to the pottery class?" });
    expect(stranger.abstained).toBe(true);
    expect(titles(stranger.closest)).toEqual([]);
    const answered = await host.api.ask({ question: "What did I make at the pottery class?" });
    expect(answered.abstained).toBe(false);
    expect(answered.citations.length).toBeGreaterThan(0);
    expect(answered.closest).toEqual([]);
  });

  it("keeps them with the chat's reply, shown again when the chat is opened, and prints them with --json", async () => {
    const turn = await host.api.chat({ message: "What project will I lead?" });
    expect(turn.abstained).toBe(true);
    expect(turn.closest[0]?.text).toContain("billing migration");
    const thread = await host.api.getChat({ conversationId: turn.conversationId });
    const reply = thread.turns.find((t) => t.role === "assistant")!;
    expect((reply.metadata.closest as Citation[]).map((c) => c.memoryId)).toEqual(turn.closest.map((c) => c.memoryId));
    await host.close();

    const run = await engramInProcess(["ask", "What project will I lead?", "--json", "--db", db()]);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { abstained: boolean; closest: Array<{ memory_id: number; title: string; sources: unknown[] }> };
    expect(out.abstained).toBe(true);
    expect(out.closest[0]?.memory_id).toBe(turn.closest[0]!.memoryId);
    const text = await engramInProcess(["ask", "What project will I lead?", "--db", db()]);
    expect(text.stdout).toMatch(/I don't have a memory of that\.\n\nClosest memories \(none of them answers the question\):\n\[1\] memory #\d+ · .*lead/);
  }, 120_000);
});

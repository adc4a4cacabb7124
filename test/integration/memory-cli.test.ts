import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engramInProcess, tempDir } from "../helpers/cli.js";

// The CLI runs in this process (engramInProcess); cli-import-search.test.ts spawns the real
// `engram import`, `engram search` and cli-basics.test.ts the real `engram stats`.

describe("engram import → memories that change over time → engram search --as-of", () => {
  const dir = tempDir();
  const dbPath = join(dir, "e.db");

  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeAll(async () => {
    const file = join(dir, "sam.txt");
    writeFileSync(
      file,
      [
        "[2023-01-10 09:00] Sam: I live in Paris.",
        "[2023-01-10 09:01] Kim: Lovely city!",
        "[2023-06-12 18:00] Sam: Big news, we moved to Berlin last month.",
        "[2023-06-12 18:01] Kim: Congratulations!",
      ].join("\n"),
    );
    const run = await engramInProcess(["import", file, "--db", dbPath, "--json"]);
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout).imports[0]).toMatchObject({ turns: 4, added: 4, memories: expect.any(Number) });
  });

  const where = async (extra: string[]) => {
    const run = await engramInProcess(["search", "Where does Sam live?", "--type", "semantic", "--db", dbPath, "--json", ...extra]);
    expect(run.stderr).toBe("");
    return (JSON.parse(run.stdout).results as Array<{ content: string; valid_to: number | null }>).filter((r) => /lives in|moved to/.test(r.content));
  };

  it("finds Berlin now, and Paris as it was in March 2023", async () => {
    const now = await where([]);
    expect(now.map((r) => r.content)).toEqual([expect.stringMatching(/Berlin/)]);
    const march = await where(["--as-of", "2023-03-01"]);
    expect(march.map((r) => r.content)).toEqual(["Sam lives in Paris (10 January 2023)."]);
    expect(march[0]!.valid_to).toBe(Date.UTC(2023, 4, 1));
  });

  it("shows the engine's work in stats: episodes, facts, entities and edges", async () => {
    const stats = JSON.parse((await engramInProcess(["stats", "--db", dbPath, "--json"])).stdout);
    expect(stats.memories.episodic).toBeGreaterThan(0);
    // (the current facts: the home in Paris, which the move to Berlin replaced, is history, found with --as-of)
    expect(stats.memories.semantic).toBeGreaterThanOrEqual(1);
    expect(stats.entities).toBeGreaterThanOrEqual(3); // Sam, Kim, Paris, Berlin
    expect(stats.edges).toBeGreaterThan(0);
  });
});

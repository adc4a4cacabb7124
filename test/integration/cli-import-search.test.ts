import { createHash } from "node:crypto";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engram, engramInProcess, locomoSubset, tempDir } from "../helpers/cli.js";

/** A digest of every row the user could lose: sources, memories, versions, links, conversations. */
function dbDigest(path: string): string {
  const db = new Database(path, { readonly: true });
  const h = createHash("sha256");
  for (const t of ["conversations", "sources", "memories", "memory_sources", "memory_versions"]) {
    h.update(JSON.stringify(db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()));
  }
  db.close();
  return h.digest("hex");
}

// The import, `search --json` and the first refused file run the real CLI in a child process; the
// other runs call the same CLI entry point in this process (engramInProcess) to skip a process start each.
describe("engram import → search on real LoCoMo data (conv-26)", () => {
  const dir = tempDir();
  const dbPath = join(dir, "engram.db");
  let file: string;
  let turns: number;

  beforeAll(() => {
    file = locomoSubset(dir, ["conv-26"]);
    const run = engram(["import", file, "--db", dbPath, "--json"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout).imports[0];
    expect(report.format).toBe("locomo");
    expect(report.conversations).toBe(1);
    turns = report.turns;
    expect(report.added).toBe(turns);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("finds the turn about the LGBTQ support group, with its date and provenance", () => {
    const run = engram(["search", "When did Caroline go to the LGBTQ support group?", "--db", dbPath, "--json", "--k", "5"]);
    expect(run.code).toBe(0);
    const { results } = JSON.parse(run.stdout);
    expect(results.length).toBe(5);
    const hit = results.find((r: { sources: Array<{ external_id: string }> }) => r.sources.some((s) => s.external_id === "D1:3"));
    expect(hit, "D1:3 in the top 5").toBeDefined();
    expect(hit.content).toMatch(/LGBTQ support group/);
    // the day it happened ("yesterday", said on 8 May)
    expect(new Date(hit.occurred_at).toISOString().slice(0, 10)).toBe("2023-05-07");
    expect(hit.sources[0]).toMatchObject({ kind: "chat_turn", external_id: "D1:3", conversation: "conv-26", speaker: "Caroline" });
  });

  it("prints people-readable results without --json", async () => {
    const run = await engramInProcess(["search", "LGBTQ support group", "--db", dbPath, "--k", "3"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/7 May 2023/);
    expect(run.stdout).toMatch(/chat_turn D\d+:\d+ \(conv-26, /);
  });

  it("reports stats in the documented JSON shape", async () => {
    const stats = JSON.parse((await engramInProcess(["stats", "--db", dbPath, "--json"])).stdout);
    expect(stats.sources).toEqual({ chat_turn: turns });
    expect(Object.keys(stats.memories).sort()).toEqual(["core", "episodic", "procedural", "resource", "semantic", "vault"]);
    expect(stats.memories.episodic).toBeGreaterThan(0);
    expect(typeof stats.entities).toBe("number");
    expect(typeof stats.edges).toBe("number");
  });

  it("adds nothing when the same file is imported again", async () => {
    const before = dbDigest(dbPath);
    const report = JSON.parse((await engramInProcess(["import", file, "--db", dbPath, "--json"])).stdout).imports[0];
    expect(report).toMatchObject({ added: 0, duplicates: turns });
    expect(dbDigest(dbPath)).toBe(before);
  });

  it("filters by type and refuses bad flags with a clear message", async () => {
    const none = JSON.parse((await engramInProcess(["search", "support group", "--type", "vault", "--db", dbPath, "--json"])).stdout);
    expect(none.results).toEqual([]);
    const bad = await engramInProcess(["search", "x", "--type", "nonsense", "--db", dbPath]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/--type: "nonsense" is not one of core, episodic/);
    expect(bad.stdout).toBe("");
  });

  const badInputs: Array<[string, string | Buffer, RegExp]> = [
    ["not-json.json", "[{ this is not json", /not-json\.json/],
    [
      "truncated.json",
      '[{"sample_id":"conv-x","conversation":{"speaker_a":"A","speaker_b":"B","session_1_date_time":"1:56 pm on 8 May, 2023","session_1":[{"speaker":"A","dia_id":"D1:1","text":"hi"}]}},{"sample_id":"conv-y","conv',
      /truncated\.json/,
    ],
    ["empty.json", "", /empty\.json/],
    ["binary.json", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0xff, 0xfe, 0x00, 0x01]), /binary\.json/],
    ["utf16.txt", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Alice: hello\n", "utf16le")]), /utf16\.txt.*UTF-16/],
    ["wrong-shape.json", '{"hello": "world"}', /wrong-shape\.json/],
  ];
  for (const [i, [name, content, message]] of badInputs.entries()) {
    it(`refuses ${name} with an error naming the file, and changes nothing`, async () => {
      const bad = join(dir, name);
      writeFileSync(bad, content);
      const before = dbDigest(dbPath);
      const args = ["import", bad, "--db", dbPath, "--json"];
      const run = i === 0 ? engram(args) : await engramInProcess(args);
      expect(run.code).not.toBe(0);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(dbDigest(dbPath)).toBe(before);
    });
  }
});

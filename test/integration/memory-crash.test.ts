import { spawn } from "node:child_process";
import { copyFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEmbedder } from "../../models/embedders.js";
import { openDatabase } from "../../core/db/connection.js";
import { ensureVectorTables } from "../../core/db/vectors.js";
import { parseExport } from "../../core/ingest/parse.js";
import { storeConversation } from "../../core/ingest/store.js";
import { engramInProcess, locomoSubset, ROOT, tempDir } from "../helpers/cli.js";

/** Each episodic memory as the sorted list of its sources' dia_ids, sorted: the windows the engine built. */
function episodes(path: string): string[] {
  const db = new Database(path, { readonly: true });
  const rows = db
    .prepare(
      `SELECT group_concat(s.external_id, ' ') AS ids FROM memories m JOIN memory_sources ms ON ms.memory_id = m.id JOIN sources s ON s.id = ms.source_id
       WHERE m.type = 'episodic' GROUP BY m.id`,
    )
    .all() as Array<{ ids: string }>;
  db.close();
  return rows.map((r) => r.ids.split(" ").sort().join(" ")).sort();
}

function count(path: string, sql: string): number {
  const db = new Database(path, { readonly: true });
  const n = (db.prepare(sql).get() as { n: number }).n;
  db.close();
  return n;
}

describe("a crash in the middle of processing (real LoCoMo turns)", () => {
  const dir = tempDir();
  const dbPath = join(dir, "crash.db");
  const cleanPath = join(dir, "clean.db");
  let total = 0;

  beforeAll(async () => {
    const embedder = await createEmbedder();
    const db = openDatabase(dbPath);
    ensureVectorTables(db, embedder);
    for await (const conv of parseExport(locomoSubset(dir, ["conv-26", "conv-30"]), { format: "locomo" })) {
      total += (await storeConversation(db, embedder, conv)).added;
    }
    db.close();
    copyFileSync(dbPath, cleanPath);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("killing `engram process` leaves a consistent database, and the next run resumes without duplicates", async () => {
    const child = spawn(process.execPath, [join(ROOT, "bin", "engram.mjs"), "process", "--db", dbPath], { cwd: ROOT, stdio: "ignore" });
    const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
    let processed = 0;
    for (let i = 0; i < 6000 && processed === 0; i++) {
      await new Promise((r) => setTimeout(r, 10));
      processed = count(dbPath, "SELECT COUNT(*) AS n FROM sources WHERE processed_at IS NOT NULL");
    }
    child.kill("SIGKILL");
    await exited;

    const atKill = count(dbPath, "SELECT COUNT(*) AS n FROM sources WHERE processed_at IS NOT NULL");
    expect(atKill).toBeGreaterThan(0);
    expect(atKill).toBeLessThan(total);
    // memories and processed marks are written in one transaction: no memory of an unprocessed turn
    expect(count(dbPath, "SELECT COUNT(*) AS n FROM memory_sources ms JOIN sources s ON s.id = ms.source_id WHERE s.processed_at IS NULL")).toBe(0);

    // the killed run is a real process; the resuming and the clean runs call the same CLI entry point in this process
    const resumed = await engramInProcess(["process", "--db", dbPath, "--json"]);
    expect(resumed.stderr).toBe("");
    expect(JSON.parse(resumed.stdout).sources).toBe(total - atKill);
    expect(count(dbPath, "SELECT COUNT(*) AS n FROM sources WHERE processed_at IS NULL")).toBe(0);
    const twice = `SELECT COUNT(*) AS n FROM (SELECT ms.source_id FROM memory_sources ms JOIN memories m ON m.id = ms.memory_id
                   WHERE m.type = 'episodic' GROUP BY ms.source_id HAVING COUNT(*) > 1)`;
    expect(count(dbPath, twice)).toBe(0);
    expect(
      count(dbPath, "SELECT COUNT(DISTINCT ms.source_id) AS n FROM memory_sources ms JOIN memories m ON m.id = ms.memory_id WHERE m.type = 'episodic'"),
    ).toBe(total);

    // the same episodes as a run that was never interrupted
    expect((await engramInProcess(["process", "--db", cleanPath])).code).toBe(0);
    expect(episodes(dbPath)).toEqual(episodes(cleanPath));
  }, 300_000); // three runs of `engram process` over two LoCoMo conversations: ~75 s at load average 20 when all three were child processes
});

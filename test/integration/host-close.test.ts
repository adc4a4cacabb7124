/**
 * The API host stops cleanly under work: `close()` while an import's memory-engine batch is
 * running waits for that batch (bounded) instead of closing the database under it, then the import
 * stops with what it finished kept; new calls are refused, and it says which call it could not wait for.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { ApiHost } from "../../core/api/host.js";
import { testHost } from "../helpers/api.js";
import { openDatabase } from "../../core/db/connection.js";
import { ensureVectorTables } from "../../core/db/vectors.js";
import { createMemoryEngine } from "../../core/memory/index.js";
import type { Embedder } from "../../models/embedder.js";
import { lettersEmbedder } from "../fixtures/letters-embedder.js";
import { STAMPED_TRANSCRIPT } from "../fixtures/exports.js";

/** The letters embedder, whose embeds wait at a gate while it is held (from the start), until `open()`. */
function gatedEmbedder(held: boolean): Embedder & { open(): void; waiting: Promise<void> } {
  let openGate = () => {};
  const gate = held ? new Promise<void>((r) => (openGate = r)) : Promise.resolve();
  let arrived = () => {};
  const waiting = new Promise<void>((r) => (arrived = r));
  return {
    id: lettersEmbedder.id,
    dimension: lettersEmbedder.dimension,
    embed: async (texts) => {
      arrived();
      await gate;
      return lettersEmbedder.embed(texts);
    },
    open: () => openGate(),
    waiting,
  };
}

describe("ApiHost.close while the memory engine runs", () => {
  const dirs: string[] = [];
  const hosts: ApiHost[] = [];
  afterEach(async () => {
    for (const h of hosts.splice(0)) await h.close().catch(() => undefined);
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  /** A host over a new database and a transcript file to import. */
  function setup(embedder: Embedder, closeTimeoutMs?: number) {
    const dir = mkdtempSync(join(tmpdir(), "engram-close-"));
    dirs.push(dir);
    const file = join(dir, "trip.md");
    writeFileSync(file, STAMPED_TRANSCRIPT);
    const host = testHost(join(dir, "engram.db"), async () => embedder, { background: false, ...(closeTimeoutMs ? { closeTimeoutMs } : {}) });
    hosts.push(host);
    return { host, file };
  }

  it("stops the import between two batches, with its stored turns kept for the next start; later calls are refused", async () => {
    const { host, file } = setup(lettersEmbedder);
    let closing: Promise<void> | null = null;
    let closed = false;
    // the app is quit as the memory engine starts on the imported turns
    const importing = host.api.importFile(
      { path: file, format: "text" },
      {
        onEvent: (e) => {
          if (e.phase === "process" && !closing)
            closing = host.close().then(() => {
              closed = true;
            });
        },
      },
    );
    await expect(importing).rejects.toMatchObject({
      code: "unavailable",
      message: expect.stringMatching(/^Stopped: Engram is shutting down\. What was finished is kept/),
    });
    expect(closing).not.toBeNull();
    await expect(host.api.stats({})).rejects.toMatchObject({ code: "unavailable", message: expect.stringMatching(/shutting down/) });
    await closing;
    expect(closed).toBe(true);
    expect(host.db.open).toBe(false);
    // the turns are stored, none is half processed, and the next start's engine run finishes them
    const db = openDatabase(join(dirname(file), "engram.db"));
    const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    expect(n("SELECT COUNT(*) AS n FROM sources")).toBe(7);
    expect(n("SELECT COUNT(*) AS n FROM memory_sources ms JOIN sources s ON s.id = ms.source_id WHERE s.processed_at IS NULL")).toBe(0);
    ensureVectorTables(db, lettersEmbedder);
    await createMemoryEngine(db, lettersEmbedder).process();
    expect(n("SELECT COUNT(*) AS n FROM sources WHERE processed_at IS NULL")).toBe(0);
    expect(n("SELECT COUNT(*) AS n FROM memories")).toBeGreaterThan(0);
    db.close();
  });

  it("gives up after its bound with an error naming the call still running, and closes once it is done", async () => {
    const embedder = gatedEmbedder(true);
    const { host, file } = setup(embedder, 300);
    const importing = host.api.importFile({ path: file, format: "text" });
    await embedder.waiting;
    const waitingFor: string[][] = [];
    await expect(host.close({ onWaiting: (methods) => waitingFor.push(methods) })).rejects.toThrow(/importFile still running after 0\.3 s/);
    expect(waitingFor).toEqual([["importFile"]]); // said once, before waiting: engram serve prints it
    expect(host.db.open).toBe(true); // not closed under the import
    embedder.open();
    // once its embedder answers, the import sees the stop and ends without storing more
    await expect(importing).rejects.toMatchObject({ code: "unavailable" });
    await host.close();
    expect(host.db.open).toBe(false);
  });
});

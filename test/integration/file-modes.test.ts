/**
 * Files Engram creates are readable by the user only: the database (with its WAL and shared-memory
 * files), frame images and exports are 0600, their folders 0700; an older database readable by
 * others is made 0600 when opened.
 */
import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { exportDatabase } from "../../core/api/export-import.js";
import { exportsDir } from "../../core/api/files.js";
import { framesDirFor, writeImage } from "../../core/capture/storage.js";
import { openDatabase } from "../../core/db/connection.js";

const root = mkdtempSync(join(tmpdir(), "engram-modes-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const mode = (p: string): string => (statSync(p).mode & 0o777).toString(8);

describe("file modes (POSIX)", () => {
  it("database, frames and exports are created 0600 in 0700 folders", async () => {
    const dbPath = join(root, "data", "engram.db");
    const db = openDatabase(dbPath);
    try {
      db.prepare("INSERT INTO settings(key, value, updated_at) VALUES ('x', '1', 0)").run();
      expect([mode(join(root, "data")), mode(dbPath), mode(`${dbPath}-wal`), mode(`${dbPath}-shm`)]).toEqual(["700", "600", "600", "600"]);
      const frames = framesDirFor(dbPath)!;
      writeImage(frames, "2024-05-01/1.webp", new Uint8Array([1, 2, 3]));
      expect([mode(frames), mode(join(frames, "2024-05-01")), mode(join(frames, "2024-05-01", "1.webp"))]).toEqual(["700", "700", "600"]);
      const file = join(exportsDir(dbPath)!, "engram-test.jsonl.gz");
      await exportDatabase(db, dbPath, file);
      expect([mode(exportsDir(dbPath)!), mode(file)]).toEqual(["700", "600"]);
    } finally {
      db.close();
    }
  });

  it("an existing database readable by others is made 0600 when opened", () => {
    const dbPath = join(root, "old.db");
    writeFileSync(dbPath, "");
    chmodSync(dbPath, 0o644);
    openDatabase(dbPath).close();
    expect(mode(dbPath)).toBe("600");
  });
});

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../core/db/connection.js";
import { loadMigrations, migrate } from "../../core/db/migrate.js";

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
/** A new temp folder, removed after the file's tests. */
function temp(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

describe("database and migrations", () => {
  it("creates every table of the data model with WAL, foreign keys and sqlite-vec", () => {
    const dir = temp("engram-db-");
    const db = openDatabase(join(dir, "nested", "engram.db"));
    const names = (db.prepare("SELECT name FROM sqlite_master").all() as Array<{ name: string }>).map((r) => r.name);
    for (const t of ["sources", "conversations", "memories", "memory_sources", "memory_versions", "entities", "edges", "memories_fts", "settings"]) {
      expect(names).toContain(t);
    }
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(db.pragma("user_version", { simple: true })).toBe(loadMigrations().at(-1)!.version);
    expect((db.prepare("SELECT vec_version() AS v").get() as { v: string }).v).toMatch(/^v0\./);
    db.close();
  });

  it("rolls back a failing migration and names it, leaving the earlier version", () => {
    const dir = temp("engram-mig-");
    writeFileSync(join(dir, "001_ok.sql"), "CREATE TABLE a (x);");
    writeFileSync(join(dir, "002_broken.sql"), "CREATE TABLE b (y); INSERT INTO nope VALUES (1);");
    const db = new Database(":memory:");
    expect(() => migrate(db, loadMigrations(dir))).toThrow(/002_broken\.sql failed: no such table: nope/);
    expect(db.pragma("user_version", { simple: true })).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'b'").get()).toBeUndefined();
  });

  it("marks the conversations stored before readers declared their records by the keys those readers gave them", () => {
    const db = new Database(":memory:");
    const all = loadMigrations();
    migrate(
      db,
      all.filter((m) => m.version <= 10),
    );
    const add = db.prepare("INSERT INTO conversations(format, external_id, title, created_at) VALUES ('note', ?, NULL, 0)");
    for (const key of ["myactivity:day:2026-10-03", "netflix:history:2026-11-28:Dan", "goodreads:123", "timeline:places", "notes/day.md", "chat.txt"])
      add.run(key);
    migrate(db, all);
    const records = Object.fromEntries(
      (db.prepare("SELECT external_id, records FROM conversations").all() as Array<{ external_id: string; records: string | null }>).map((r) => [
        r.external_id,
        r.records,
      ]),
    );
    expect(records).toEqual({
      "myactivity:day:2026-10-03": "day",
      "netflix:history:2026-11-28:Dan": "day",
      "goodreads:123": "log",
      "timeline:places": null,
      "notes/day.md": null,
      "chat.txt": null,
    });
  });

  it("refuses migration files with bad names", () => {
    const dir = temp("engram-mig-");
    writeFileSync(join(dir, "1-init.sql"), "");
    expect(() => loadMigrations(dir)).toThrow(/1-init\.sql: name must look like 001_name\.sql/);
  });
});

import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../core/db/connection.js";
import { cacheStatements } from "../../core/db/statement-cache.js";

function numbers(size?: number) {
  const db = cacheStatements(new Database(":memory:"), size);
  db.exec("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1), (2), (3);");
  return db;
}

describe("prepared-statement cache", () => {
  it("compiles each SQL text once per connection opened by openDatabase", () => {
    const db = openDatabase(":memory:");
    const sql = "SELECT COUNT(*) AS n FROM memories";
    expect(db.prepare(sql)).toBe(db.prepare(sql));
    expect(db.prepare(sql).get()).toEqual({ n: 0 });
    db.close();
  });

  it("keeps at most `size` statements, dropping the least recently used", () => {
    const db = numbers(2);
    const a = db.prepare("SELECT 1");
    const b = db.prepare("SELECT 2");
    expect(db.prepare("SELECT 1")).toBe(a);
    db.prepare("SELECT 3");
    expect(db.prepare("SELECT 1")).toBe(a);
    expect(db.prepare("SELECT 2")).not.toBe(b);
    db.close();
  });

  it("lets a loop over a query run the same query inside it", () => {
    const db = numbers();
    const sql = "SELECT x FROM t ORDER BY x";
    const pairs: string[] = [];
    for (const outer of db.prepare(sql).iterate() as Iterable<{ x: number }>) {
      for (const inner of db.prepare(sql).all() as Array<{ x: number }>) if (inner.x > outer.x) pairs.push(`${outer.x}<${inner.x}`);
    }
    expect(pairs).toEqual(["1<2", "1<3", "2<3"]);
    db.close();
  });

  it("does not pass one caller's pluck or raw mode to the next", () => {
    const db = numbers();
    const sql = "SELECT x FROM t WHERE x = ?";
    expect(db.prepare(sql).pluck().get(2)).toBe(2);
    expect(db.prepare(sql).get(2)).toEqual({ x: 2 });
    expect(db.prepare(sql).raw().get(3)).toEqual([3]);
    expect(db.prepare(sql).get(3)).toEqual({ x: 3 });
    db.close();
  });

  it("refuses a size below 1", () => {
    expect(() => cacheStatements(new Database(":memory:"), 0)).toThrow(/at least 1/);
  });
});

import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// DESIGN's layout: every SQL statement of the project lives in core/db (repositories); the other
// folders call named repository functions. A statement is found by its call: `.prepare(`,
// `.pragma(`, `db.exec(` or `.exec("…")` with an SQL string (a RegExp's `.exec(text)` is not one).

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Folders that still hold SQL of their own, to be moved into core/db. The list may only shrink: it is empty. */
const NOT_YET_MOVED = new Set<string>([]);

const SQL_CALL = /\.prepare(<[^>]*>)?\(|\.pragma\(|\bdb\.exec\(|\.exec\(\s*["'`]/;

/** The 1-based lines of `text` that issue an SQL statement. */
function sqlLines(text: string): number[] {
  return text.split("\n").flatMap((line, i) => (SQL_CALL.test(line) ? [i + 1] : []));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts"))
    .map((e) => relative(root, join(e.parentPath, e.name)))
    .filter((f) => !f.includes("node_modules"));
}

/** The folder a file counts under: `core/<name>` (core/transports/<name> as one), else its top folder. */
function folderOf(file: string): string {
  const parts = file.split("/");
  return parts[0] === "core" ? parts.slice(0, parts[1] === "transports" ? 3 : 2).join("/") : parts[0]!;
}

const withSql = ["core", "models", "electron", "renderer"]
  .flatMap(sourceFiles)
  .filter((f) => !f.startsWith("core/db/") && sqlLines(readFileSync(join(root, f), "utf8")).length > 0);

describe("SQL placement (DESIGN: every SQL statement lives in core/db)", () => {
  it("recognises a statement and leaves a RegExp's exec alone", () => {
    expect(sqlLines('const n = db.prepare("SELECT 1").get();\nconst m = /a(b)/.exec(text);\nthis.db.exec(sql);\ndb.pragma("user_version");')).toEqual([
      1, 3, 4,
    ]);
    expect(sqlLines("ctx.db\n  .prepare<unknown[]>(`SELECT 1`)")).toEqual([2]);
  });

  it("finds no SQL outside core/db but in the folders not moved yet", () => {
    expect(withSql.filter((f) => !NOT_YET_MOVED.has(folderOf(f)))).toEqual([]);
  });

  it("keeps the list of folders not moved yet current (it may only shrink)", () => {
    const still = new Set(withSql.map(folderOf));
    expect([...NOT_YET_MOVED].filter((f) => !still.has(f))).toEqual([]);
  });
});

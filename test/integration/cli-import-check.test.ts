import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../core/db/connection.js";
import { engram, engramInProcess, locomoSubset, tempDir } from "../helpers/cli.js";

/** The bytes of every file of a data folder, by name (the database and any -wal/-shm beside it). */
function folderDigest(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir).map((f) => [
      f,
      createHash("sha256")
        .update(readFileSync(join(dir, f)))
        .digest("hex"),
    ]),
  );
}

describe("engram import checks its files before opening the database", () => {
  const dir = tempDir();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const bad: Array<[string, string | null, RegExp]> = [
    ["missing.json", null, /missing\.json: no such file/],
    ["not-json.json", "[{ this is not json", /not-json\.json: byte 3 \(line 1, column 4\): invalid JSON in item \[0\]/],
    ["wrong-shape.json", '{"hello": "world"}', /wrong-shape\.json: byte 0 \(line 1, column 1\): the file is a JSON object/],
    ["unknown.json", '[{"hello": "world"}]', /unknown\.json: \[0\]: unrecognised JSON export/],
  ];

  for (const [i, [name, content, message]] of bad.entries()) {
    it(`refuses ${name} naming the file, and creates no database`, async () => {
      const file = join(dir, name);
      if (content !== null) writeFileSync(file, content);
      const data = join(dir, `data-${i}`);
      const args = ["import", file, "--db", join(data, "engram.db"), "--json"];
      const run = i === 0 ? engram(args) : await engramInProcess(args);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      expect(existsSync(data)).toBe(false);
    });
  }

  /** Two LoCoMo conversations whose file lost its last 40 bytes: only the end is broken. */
  const truncatedExport = (): string => {
    const whole = readFileSync(locomoSubset(dir, ["conv-26", "conv-30"]), "utf8");
    const file = join(dir, "truncated.json");
    writeFileSync(file, whole.slice(0, -40));
    return file;
  };
  const truncated = /truncated\.json: byte \d+ \(line 1, column \d+\): truncated JSON/;

  it("refuses an export broken only near its end naming the file and the byte, and creates no database", async () => {
    const data = join(dir, "data-truncated");
    const run = await engramInProcess(["import", truncatedExport(), "--db", join(data, "engram.db"), "--json"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(truncated);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(existsSync(data)).toBe(false);
  });

  it("refuses an Engram export cut short naming the file and the line, and creates no database", async () => {
    const lines = [{ format: "engram-export", version: 1 }, { t: "conversations", r: { id: 1, title: "A chat" } }, { t: "$end" }];
    const whole = gzipSync(`${lines.map((l) => JSON.stringify(l)).join("\n")}\n`);
    const file = join(dir, "backup.jsonl.gz");
    writeFileSync(file, whole.subarray(0, whole.length - 12));
    const data = join(dir, "data-backup");
    const run = await engramInProcess(["import", file, "--db", join(data, "engram.db")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/backup\.jsonl\.gz: line \d+: .*is it a complete Engram export/);
    expect(existsSync(data)).toBe(false);
  });

  /** Imports `files` into an existing (empty) database in data folder `name`: refused with `message`, its files byte-identical. */
  const refusedLeavingDatabase = async (name: string, files: string[], message: RegExp) => {
    const data = join(dir, name);
    const db = openDatabase(join(data, "engram.db"));
    db.close();
    const before = folderDigest(data);
    const run = await engramInProcess(["import", ...files, "--db", join(data, "engram.db")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(folderDigest(data)).toEqual(before);
  };

  it("leaves an existing database's files untouched by an export broken only near its end", async () => {
    await refusedLeavingDatabase("existing-truncated", [truncatedExport()], truncated);
  });

  it("refuses one conversation object cut off in the middle as truncated, naming the line, and leaves the database untouched", async () => {
    const whole = JSON.stringify({ title: "Lisbon", create_time: 1_700_000_000, mapping: { a: { id: "a", message: null } } }, null, 2);
    const file = join(dir, "cut-object.json");
    writeFileSync(file, whole.slice(0, whole.indexOf('"mapping"') + 12));
    await refusedLeavingDatabase(
      "existing-cut-object",
      [file],
      /^engram: cut-object\.json: byte \d+ \(line 4, column \d+\): truncated JSON: the file ends inside the object that starts at byte 0 \(line 1, column 1\), before its closing '\}'/,
    );
  });

  it("leaves an existing database's files untouched, also when only a later file of several is bad", async () => {
    const good = join(dir, "notes.txt");
    writeFileSync(good, "Alice: I moved to Lisbon in May.\n");
    await refusedLeavingDatabase("existing", [good, join(dir, "missing.json")], /missing\.json: no such file/);
  });
});

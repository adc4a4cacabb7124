/** The shared CSV reader of apps' exports (core/ingest/csv-records.ts): each record with the line it starts on. */
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { csvRecords } from "../../core/ingest/kit/csv-records.js";

const dir = mkdtempSync(join(tmpdir(), "engram-csv-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The records of `text` written to a file, as [line, first cell]. */
async function lines(name: string, text: string): Promise<Array<[number, string]>> {
  const file = join(dir, name);
  writeFileSync(file, text);
  const out: Array<[number, string]> = [];
  for await (const r of csvRecords(file, statSync(file).size, 1 << 20).records) out.push([r.line, r.cells[0]!]);
  return out;
}

describe("a CSV export's records", () => {
  it("start on the line they start on, after a quoted cell that holds a Windows line break (CRLF) as after one with LF", async () => {
    const rows = ["Title,Note", 'Piranesi,"Loved it.', 'Read twice."', "Klara and the Sun,", "", "Middlemarch,"];
    const expected: Array<[number, string]> = [
      [1, "Title"],
      [2, "Piranesi"],
      [4, "Klara and the Sun"],
      [6, "Middlemarch"],
    ];
    expect(await lines("lf.csv", `${rows.join("\n")}\n`)).toEqual(expected);
    expect(await lines("crlf.csv", `${rows.join("\r\n")}\r\n`)).toEqual(expected);
  });

  it("are refused at the line of a stray quote, counted as the file counts its lines", async () => {
    const file = join(dir, "bad.csv");
    writeFileSync(file, 'Title,Note\r\nPiranesi,"Loved it.\r\nRead twice."\r\nKlara,ok\r\nMiddle"march,x\r\n');
    const read = async () => {
      for await (const _ of csvRecords(file, statSync(file).size, 1 << 20).records);
    };
    await expect(read()).rejects.toThrow(/bad\.csv: line 5\b/);
  });
});

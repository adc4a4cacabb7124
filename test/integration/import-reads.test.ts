/**
 * How often an import reads the export: once to check it whole (nothing is changed by a bad file)
 * and once to store it. Detecting the format adds no read of its own (the first conversation was
 * read an extra time for it), and neither does `engram import`'s check before it opens the
 * database. Counted as the passes of the JSON reader (core/ingest/json-stream.ts) over the file.
 */
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { checkImportFile } from "../../core/api/import-check.js";
import * as jsonStream from "../../core/ingest/kit/json-stream.js";
import { writeChatgptExport } from "../fixtures/exports.js";
import { lettersEmbedder } from "../fixtures/letters-embedder.js";
import { testApi } from "../helpers/api.js";

vi.mock("../../core/ingest/kit/json-stream.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../core/ingest/kit/json-stream.js")>();
  return { ...real, streamJsonArray: vi.fn(real.streamJsonArray) };
});

const t = testApi({ embedder: lettersEmbedder });
afterAll(() => {
  t.close();
  rmSync(t.dir, { recursive: true, force: true });
});
const readsOf = (file: string) => vi.mocked(jsonStream.streamJsonArray).mock.calls.filter(([path]) => path === file).length;
beforeEach(() => vi.mocked(jsonStream.streamJsonArray).mockClear());

describe("an import reads the export twice: to check it, then to store it", () => {
  it("importFile with the format detected (the app)", async () => {
    const file = join(t.dir, "app.json");
    await writeChatgptExport(file, 3, 4, 60);
    const r = await t.api.importFile({ path: file });
    expect(r).toMatchObject({ format: "chatgpt", conversations: 3, turns: 12 });
    expect(readsOf(file)).toBe(2);
  });

  it("engram import's check before the database opens, then importFile with the format it found", async () => {
    const file = join(t.dir, "cli.json");
    await writeChatgptExport(file, 3, 4, 60);
    const format = await checkImportFile(file);
    const r = await t.api.importFile({ path: file, format });
    expect(r).toMatchObject({ format: "chatgpt", conversations: 3, turns: 12 });
    expect(readsOf(file)).toBe(2);
  });
});

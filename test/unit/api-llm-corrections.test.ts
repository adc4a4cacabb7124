import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { insertMemory } from "../../core/db/repos/memories.js";
import { ensureVectorTables } from "../../core/db/vectors.js";
import { exportDataset, recordLlmCall } from "../../models/adapters/dataset.js";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { lettersEmbedder } from "../fixtures/letters-embedder.js";
import { testApi, type TestApi } from "../helpers/api.js";

// docs/adapters.md: a correction in the memory browser of a memory the llm engine wrote is the
// corrected output of the call that wrote it, exported first for adapter training.

let t: TestApi;
let dir: string;
beforeEach(() => {
  t = testApi({ embedder: lettersEmbedder });
  ensureVectorTables(t.db, lettersEmbedder);
  dir = mkdtempSync(join(tmpdir(), "engram-corrections-"));
});
afterEach(() => {
  t.close();
  rmSync(dir, { recursive: true, force: true });
});

/** An extract call as the llm engine logs it, and the memories it wrote (details.llm_call). */
function seed() {
  const output = {
    memories: [
      { type: "semantic", title: "Sam likes potery", content: "Sam likes potery.", source: 1, about_user: false },
      { type: "semantic", title: "Sam lives in Oslo", content: "Sam lives in Oslo.", source: 1, about_user: false },
    ],
  };
  const call = recordLlmCall(t.db, {
    op: "extract",
    modelId: "tiny",
    input: [{ role: "user", content: "Sam: I like pottery. I live in Oslo." }],
    output: JSON.stringify(output),
    kept: true,
  });
  const ids = output.memories.map((m, index) =>
    insertMemory(t.db, { type: "semantic", title: m.title, content: m.content, details: { llm_call: { id: call, index } }, engine: "llm" }, { actor: "llm" }),
  );
  return { call, ids };
}

describe("corrections of what the local model wrote", () => {
  it("records the user's edit as the corrected output of the extract call, and exports it first", async () => {
    const { call, ids } = seed();
    await t.api.updateMemory({ id: ids[0]!, title: "Sam likes pottery", content: "Sam likes pottery." });
    const row = t.db.prepare("SELECT kept, corrected_output FROM llm_calls WHERE id = ?").get(call) as { kept: number; corrected_output: string };
    expect(row.kept).toBe(1);
    const corrected = JSON.parse(row.corrected_output) as { memories: Array<{ title: string; content: string }> };
    expect(corrected.memories.map((m) => m.content)).toEqual(["Sam likes pottery.", "Sam lives in Oslo."]);

    const out = join(dir, "extract.jsonl");
    const r = await exportDataset(t.db, "extract", out, { onlyCorrected: true });
    expect(r.corrected).toBe(1);
    expect(readFileSync(out, "utf8")).toContain("Sam likes pottery.");
  });

  it("keeps earlier corrections of the same call when another of its memories is edited", async () => {
    const { call, ids } = seed();
    await t.api.updateMemory({ id: ids[0]!, content: "Sam likes pottery." });
    await t.api.updateMemory({ id: ids[1]!, content: "Sam lives in Bergen." });
    const corrected = JSON.parse(
      (t.db.prepare("SELECT corrected_output FROM llm_calls WHERE id = ?").get(call) as { corrected_output: string }).corrected_output,
    );
    expect(corrected.memories.map((m: { content: string }) => m.content)).toEqual(["Sam likes pottery.", "Sam lives in Bergen."]);
  });

  it("leaves the log alone when the user edits a memory another engine wrote", async () => {
    const { call } = seed();
    const other = insertMemory(t.db, { type: "semantic", title: "x", content: "x", engine: "heuristic" }, { actor: "heuristic" });
    await t.api.updateMemory({ id: other, content: "y" });
    expect((t.db.prepare("SELECT corrected_output FROM llm_calls WHERE id = ?").get(call) as { corrected_output: string | null }).corrected_output).toBeNull();
  });
});

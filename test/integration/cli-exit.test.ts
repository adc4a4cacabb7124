/**
 * A command that fails while the embedder's worker thread is still loading onnxruntime exits with
 * its own error and code: the worker is let finish its load and stopped before the process exits
 * (a worker torn down by process.exit inside onnxruntime's native load aborted the process with
 * "terminate called after throwing an instance of 'Napi::Error'" and code 134).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { engram, ROOT, tempDir } from "../helpers/cli.js";

const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("engram exits cleanly when a command fails while the embedder loads", () => {
  // `engram search` starts loading the embedder before anything else; opening the folder fails
  // within milliseconds, while the worker is loading (before the fix the abort came in about 3 runs of 5)
  it("search on a database path that is a folder: exit 1, the error, no native abort (4 runs)", () => {
    const folder = join(dir, "a-folder.db");
    mkdirSync(folder);
    for (let i = 0; i < 4; i++) {
      const run = engram(["search", "hello", "--db", folder]);
      expect(run.stderr).not.toContain("terminate called");
      expect(run.stderr).toContain(`engram: cannot open database ${folder}`);
      expect(run.code).toBe(1);
    }
  });
});

describe("settleEmbedders before process.exit", () => {
  it("an exit while the embedder's workers run a batch is clean once settled: the process's own code, no native abort", () => {
    const script = join(dir, "exit-mid-embed.mts");
    writeFileSync(
      script,
      `import { createEmbedder, settleEmbedders } from ${JSON.stringify(join(ROOT, "models", "embedders.ts"))};
const e = await createEmbedder("use-lite", "query");
void e.embed(Array.from({ length: 400 }, (_, i) => "text number " + i + " to embed while the process wants to exit"));
await new Promise((r) => setTimeout(r, 100));
await settleEmbedders();
process.exit(3);
`,
    );
    const run = spawnSync(process.execPath, [join(ROOT, "bin", "run-ts.mjs"), script], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
    expect(run.stderr).not.toContain("terminate called");
    expect(run.status).toBe(3);
  });
});

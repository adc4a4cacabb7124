/** onnxruntime's telemetry (models/ort-telemetry.ts disableOrtTelemetry) stays off on every embedder path: Engram sends nothing anywhere. */
import { spawnSync } from "node:child_process";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, tempDir } from "../helpers/cli.js";

/** Runs `code` (an ES module) in a child process whose HOME is a fresh folder; returns that folder. */
function runWithOwnHome(root: string, name: string, code: string): string {
  const home = join(root, name);
  const script = join(root, `${name}.mts`);
  writeFileSync(script, code);
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home };
  delete env.ORT_DISABLE_TELEMETRY;
  delete env.XDG_CACHE_HOME;
  const run = spawnSync(process.execPath, [join(ROOT, "bin", "run-ts.mjs"), script], { cwd: ROOT, env, encoding: "utf8", timeout: 120_000 });
  expect(run.status, run.stderr).toBe(0);
  return home;
}

describe("onnxruntime's telemetry", () => {
  const root = tempDir();
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("is off for the default embedder: loading and running it leaves nothing in ~/.cache/Microsoft (onnxruntime's upload queue)", () => {
    const home = runWithOwnHome(
      root,
      "use-lite",
      `import { UseLiteEmbedder } from ${JSON.stringify(join(ROOT, "models", "use-lite.ts"))};
const e = await UseLiteEmbedder.load({ lanes: 1, quickStart: true });
await e.embed(["hello"]);
await e.dispose();
`,
    );
    expect(existsSync(join(home, ".cache", "Microsoft"))).toBe(false);
  });

  it("is off for an ONNX model folder (transformers.js): loading and running it leaves nothing in ~/.cache/Microsoft", () => {
    const home = runWithOwnHome(
      root,
      "onnx",
      `import { createEmbedder, disposeEmbedders } from ${JSON.stringify(join(ROOT, "models", "embedders.ts"))};
import { writeTinyOnnxModel } from ${JSON.stringify(join(ROOT, "test", "fixtures", "onnx-model.ts"))};
const dir = writeTinyOnnxModel(${JSON.stringify(join(root, "tiny-bert"))});
const e = await createEmbedder("onnx:" + dir);
await e.embed(["hello"]);
await disposeEmbedders();
`,
    );
    expect(existsSync(join(home, ".cache", "Microsoft"))).toBe(false);
  });
});

/** onnxruntime's telemetry (models/use-lite-workers.ts disableOrtTelemetry) stays off: Engram sends nothing anywhere. */
import { spawnSync } from "node:child_process";
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, tempDir } from "../helpers/cli.js";

describe("onnxruntime's telemetry", () => {
  const home = tempDir();
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  it("is off: loading and running the embedder leaves nothing in ~/.cache/Microsoft (onnxruntime's upload queue)", () => {
    const script = join(home, "embed.mts");
    writeFileSync(
      script,
      `import { UseLiteEmbedder } from ${JSON.stringify(join(ROOT, "models", "use-lite.ts"))};
const e = await UseLiteEmbedder.load({ lanes: 1, quickStart: true });
await e.embed(["hello"]);
await e.dispose();
`,
    );
    const env: NodeJS.ProcessEnv = { ...process.env, HOME: home };
    delete env.ORT_DISABLE_TELEMETRY;
    delete env.XDG_CACHE_HOME;
    const run = spawnSync(process.execPath, [join(ROOT, "bin", "run-ts.mjs"), script], { cwd: ROOT, env, encoding: "utf8", timeout: 120_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(join(home, ".cache", "Microsoft"))).toBe(false);
  });
});

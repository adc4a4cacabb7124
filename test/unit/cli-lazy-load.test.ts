import { join } from "node:path";
import { build, type Metafile } from "esbuild";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "../../core/transports/cli/commands/index.js";

// `engram --help` registers every command, and `engram stats` registers one: what a command module
// imports at its top is loaded before anything runs. The database, the engine, the models and the
// heavy libraries must be imported by the actions (when a command runs), not by the declarations.
// Checked on the CLI bundle as bin/build-cli.mjs builds it (code splitting: an `import()` is a chunk
// of its own), following only static imports from the entry and the command modules.

const root = join(import.meta.dirname, "..", "..");

/** Project files and npm packages that only a running command may load. */
const ONLY_WHEN_RUN = {
  files: [
    /^core\/api\/(host|engram-api|context)\.ts$/,
    /^core\/db\/connection\.ts$/,
    /^core\/(memory|retrieval|ingest|capture|assistant|vault)\//,
    /^core\/transports\/(http|mcp)\/(server|stdio|http)\.ts$/,
    /^core\/time\/args\.ts$/,
    /^models\/(embedders|use-lite|llm\/runtime)/,
  ],
  packages: [
    "better-sqlite3",
    "sqlite-vec",
    "chrono-node",
    "compromise",
    "cli-progress",
    "@modelcontextprotocol/sdk",
    "hono",
    "@hono/node-server",
    "node-llama-cpp",
    "onnxruntime-node",
    "tesseract.js",
    // the API's request schemas and the model catalog validate with zod: help shows only defaults
    "zod",
  ],
};

/** The project files and packages loaded before any action runs, when `modules` are imported (static imports only). */
function eagerLoads(meta: Metafile, modules: string[]): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = Object.entries(meta.outputs)
    .filter(([, o]) => o.entryPoint && modules.includes(o.entryPoint))
    .map(([path]) => path);
  expect(todo.length).toBe(modules.length);
  const seen = new Set<string>();
  while (todo.length) {
    const out = todo.pop()!;
    if (seen.has(out)) continue;
    seen.add(out);
    for (const input of Object.keys(meta.outputs[out]!.inputs)) files.add(input);
    for (const i of meta.outputs[out]!.imports) {
      if (i.kind !== "import-statement") continue;
      if (i.external) {
        if (!i.path.startsWith("node:")) packages.add(i.path.startsWith("@") ? i.path.split("/").slice(0, 2).join("/") : i.path.split("/")[0]!);
      } else todo.push(i.path);
    }
  }
  return { files, packages };
}

describe("engram loads a command's work only when it runs", async () => {
  const { metafile } = await build({
    entryPoints: { cli: join(root, "core/transports/cli/cli.ts") },
    absWorkingDir: root,
    bundle: true,
    platform: "node",
    target: "node22",
    format: "esm",
    packages: "external",
    splitting: true,
    outdir: join(root, "dist", "cli-metafile"),
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const forbidden = (loads: { files: Set<string>; packages: Set<string> }) => [
    ...[...loads.files].filter((f) => ONLY_WHEN_RUN.files.some((re) => re.test(f))),
    ...[...loads.packages].filter((p) => ONLY_WHEN_RUN.packages.includes(p)),
  ];

  it("engram --help (every command registered) loads no database, engine, model or heavy library", () => {
    const modules = ["core/transports/cli/cli.ts", ...COMMANDS.map((c) => `core/transports/cli/commands/${c}.ts`)];
    expect(forbidden(eagerLoads(metafile, modules))).toEqual([]);
  });

  it.each(COMMANDS)("engram %s loads its work only when its action runs", (command) => {
    expect(forbidden(eagerLoads(metafile, ["core/transports/cli/cli.ts", `core/transports/cli/commands/${command}.ts`]))).toEqual([]);
  });
});

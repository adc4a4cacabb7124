// Bundles Engram's TypeScript with esbuild for a runtime that should not transpile on every start
// (the desktop app, the `engram` command). npm packages stay external (loaded from node_modules at
// run time); our TypeScript is bundled. Files that core/ and models/ find next to their module
// through import.meta.url are copied beside the bundles: the migrations (core/db/migrate.ts), the
// model catalog (models/catalog.ts), the memory engine's prompts (core/memory/prompts.ts), the
// embedder's worker thread (models/use-lite-workers.ts starts ./use-lite-worker.js), the search
// workers of engram serve (core/api/search-pool.ts starts ./search-worker.js) and the shipped OCR
// model (models/ocr/shipped.ts reads ./tessdata_fast/eng.traineddata.gz).
import { build } from "esbuild";
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The project folder (the parent of bin/). */
export const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** esbuild options every bundle shares. */
export const common = { bundle: true, platform: "node", target: "node22", packages: "external", sourcemap: "linked", logLevel: "warning", absWorkingDir: root };

/**
 * Empties `out`, then builds `builds` (esbuild option objects, merged over `common`) and the
 * embedder worker into it, and copies the files the engine locates beside its modules.
 * @param out absolute output folder
 * @param builds esbuild options per bundle (entryPoints plus outfile or outdir, format)
 * @throws esbuild's error when a bundle fails (its message names file and line)
 */
export async function bundleEngine(out, builds) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  await Promise.all([
    ...builds.map((b) => build({ ...common, ...b })),
    // split: TF.js (a development dependency) stays in a chunk the onnx engine never loads
    build({
      ...common,
      entryPoints: { "use-lite-worker": "models/use-lite-worker.ts" },
      outdir: out,
      format: "esm",
      splitting: true,
      chunkNames: "worker-[name]-[hash]",
    }),
    // engram serve's search workers (core/api/search-pool.ts starts ./search-worker.js)
    build({
      ...common,
      entryPoints: { "search-worker": "core/api/search-worker.ts" },
      outdir: out,
      format: "esm",
      splitting: true,
      chunkNames: "search-worker-[name]-[hash]",
    }),
  ]);
  cpSync(join(root, "core", "db", "migrations"), join(out, "migrations"), { recursive: true });
  cpSync(join(root, "models", "catalog.json"), join(out, "catalog.json"));
  cpSync(join(root, "core", "memory", "prompts"), join(out, "prompts"), { recursive: true });
  cpSync(join(root, "models", "ocr", "tessdata_fast"), join(out, "tessdata_fast"), { recursive: true });
}

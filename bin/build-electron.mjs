#!/usr/bin/env node
// Builds the desktop shell into dist/electron/ with esbuild:
//   main.js (ESM), engine.js (ESM, the utility process running the API), preload.cjs (CommonJS:
//   sandboxed preloads cannot load ES modules). npm packages stay external (loaded from
//   node_modules at run time, native ones unpacked from the asar); our TypeScript is bundled.
// Files core/ and models/ locate next to their module are copied beside the bundles, where
// import.meta.url points after bundling.
import "./node-check.mjs";
import { build } from "esbuild";
import { cpSync, mkdirSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = join(root, "dist", "electron");
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const common = { bundle: true, platform: "node", target: "node22", packages: "external", sourcemap: "linked", logLevel: "warning", absWorkingDir: root };
await Promise.all([
  build({ ...common, entryPoints: ["electron/main.ts"], outfile: join(out, "main.js"), format: "esm" }),
  build({ ...common, entryPoints: ["electron/engine.ts"], outfile: join(out, "engine.js"), format: "esm" }),
  // the embedder's worker thread, started by models/use-lite.ts as ./use-lite-worker.js beside it
  build({ ...common, entryPoints: ["models/use-lite-worker.ts"], outfile: join(out, "use-lite-worker.js"), format: "esm" }),
  build({ ...common, entryPoints: ["electron/preload.ts"], outfile: join(out, "preload.cjs"), format: "cjs", packages: undefined, external: ["electron"] }),
]);
// Files modules find next to themselves through import.meta.url: migrations (core/db/migrate.ts),
// the model catalog (models/catalog.ts), the memory engine's prompts (core/memory/prompts.ts).
cpSync(join(root, "core", "db", "migrations"), join(out, "migrations"), { recursive: true });
cpSync(join(root, "models", "catalog.json"), join(out, "catalog.json"));
cpSync(join(root, "core", "memory", "prompts"), join(out, "prompts"), { recursive: true });
process.stdout.write(`built ${out}\n`);

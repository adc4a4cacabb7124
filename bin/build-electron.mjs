#!/usr/bin/env node
// Builds the desktop shell into dist/electron/ with esbuild (bin/bundle.mjs):
//   main.js (ESM), engine.js (ESM, the utility process running the API), preload.cjs (CommonJS:
//   sandboxed preloads cannot load ES modules). Native packages are unpacked from the asar.
import "./node-check.mjs";
import { join } from "node:path";
import { bundleEngine, root } from "./bundle.mjs";

const out = join(root, "dist", "electron");
await bundleEngine(out, [
  { entryPoints: ["electron/main.ts"], outfile: join(out, "main.js"), format: "esm" },
  { entryPoints: ["electron/engine.ts"], outfile: join(out, "engine.js"), format: "esm" },
  { entryPoints: ["electron/preload.ts"], outfile: join(out, "preload.cjs"), format: "cjs", packages: undefined, external: ["electron"] },
]);
process.stdout.write(`built ${out}\n`);

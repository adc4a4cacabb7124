#!/usr/bin/env node
// Builds the `engram` command into dist/cli/ with esbuild (bin/bundle.mjs), run by npm's
// `prepare` after every install. Code splitting keeps the commands' lazy imports lazy: `engram
// stats` loads neither the NLP libraries nor the LLM runtime. bin/engram.mjs runs this bundle
// while it is newer than every file under core/ and models/, else the TypeScript through tsx.
import "./node-check.mjs";
import { join } from "node:path";
import { bundleEngine, root } from "./bundle.mjs";

const out = join(root, "dist", "cli");
await bundleEngine(out, [{ entryPoints: { cli: "core/transports/cli/cli.ts" }, outdir: out, format: "esm", splitting: true, chunkNames: "[name]-[hash]" }]);
process.stdout.write(`built ${out}\n`);

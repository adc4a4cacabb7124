#!/usr/bin/env node
// The `engram` command: checks the Node version, then runs the CLI: the bundle npm's `prepare`
// built (dist/cli, bin/build-cli.mjs) while it is newer than every file under core/ and models/,
// else the TypeScript through tsx (a checkout being edited is never run stale).
import "./node-check.mjs";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// `engram search … | head` closes stdout early: that is not an error.
process.stdout.on("error", (err) => {
  if (err.code === "EPIPE") process.exit(0);
  throw err;
});

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const bundle = join(root, "dist", "cli", "cli.js");

/** Whether any file under `dir` was modified after `ms` (epoch ms). */
function changedSince(dir, ms) {
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile() && statSync(join(e.parentPath, e.name)).mtimeMs > ms) return true;
  }
  return false;
}

let main;
if (existsSync(bundle) && !["core", "models"].some((d) => changedSince(join(root, d), statSync(bundle).mtimeMs))) {
  ({ main } = await import(pathToFileURL(bundle).href));
} else {
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import("../core/transports/cli/cli.ts"));
}
const code = await main(process.argv);
// Every command has finished its work here (long-running ones return on Ctrl+C); idle worker
// threads or handles of libraries must not keep the process alive. Exit once stdout is flushed.
process.stdout.write("", () => process.exit(code));

#!/usr/bin/env node
// `npm start`: builds the UI (vite) and the desktop shell (esbuild), then launches Electron.
// When the Electron binary is not installed (it is downloaded by electron's install script,
// which cannot run offline), says so and falls back to the browser mode: `engram serve`, whose
// first output line is the address to open.
import "./node-check.mjs";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const passthrough = process.argv.slice(2);

/** The Electron executable, or null. Does NOT require("electron"): that would try to download it. */
function electronBinary() {
  const pkg = join(root, "node_modules", "electron");
  const pathFile = join(pkg, "path.txt");
  if (!existsSync(pathFile)) return null;
  const exe = readFileSync(pathFile, "utf8").trim();
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(pkg, "dist");
  const full = join(dist, exe);
  return existsSync(full) ? full : null;
}

function run(label, args) {
  process.stderr.write(`engram: ${label}…\n`);
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
  if (r.status !== 0) {
    process.stderr.write(`engram: ${label} failed (exit code ${r.status}).\n`);
    process.exit(r.status ?? 1);
  }
}

function forward(child) {
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
  child.on("exit", (code, signal) => process.exit(signal ? 0 : (code ?? 0)));
}

run("building the user interface (vite)", [
  join(root, "node_modules", "vite", "bin", "vite.js"),
  "build",
  "-c",
  "renderer/vite.config.ts",
  "--logLevel",
  "warn",
]);
const electron = electronBinary();
if (electron) {
  run("building the desktop shell (esbuild)", [join(root, "bin", "build-electron.mjs")]);
  forward(spawn(electron, [root, ...passthrough], { cwd: root, stdio: "inherit" }));
} else {
  process.stderr.write(
    "engram: the Electron binary is not installed (node_modules/electron/dist is missing), so the desktop app cannot start here.\n" +
      "engram: on a machine with internet access run `npx install-electron` (or `npm rebuild electron`), then `npm start` again.\n" +
      "engram: starting the same app in your browser instead; open the address below.\n",
  );
  forward(spawn(process.execPath, [join(root, "bin", "engram.mjs"), "serve", ...passthrough], { cwd: root, stdio: "inherit" }));
}

import type cliProgressModule from "cli-progress";
import { createRequire } from "node:module";
import { envText } from "../../config/env.js";

/**
 * A progress bar on stderr (so stdout stays clean for --json), shown only when stderr is a terminal
 * or ENGRAM_PROGRESS=1. `update(value, total, label)`; `stop()` clears it.
 */
export function progressBar(label: string): { update(value: number, total: number, info?: string): void; stop(): void } {
  const enabled = process.stderr.isTTY || envText("ENGRAM_PROGRESS") === "1";
  if (!enabled) return { update() {}, stop() {} };
  // required when a bar is shown, not when a command module loads (`engram --help`)
  const cliProgress = createRequire(import.meta.url)("cli-progress") as typeof cliProgressModule;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `${label} [{bar}] {percentage}% {info}`,
      hideCursor: true,
      clearOnComplete: true,
      noTTYOutput: !process.stderr.isTTY,
      notTTYSchedule: 1000,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(value, total, info = "") {
      if (!started) {
        bar.start(Math.max(total, 1), 0, { info });
        started = true;
      }
      bar.setTotal(Math.max(total, 1));
      bar.update(value, { info });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

/** Formats a byte count for people: `512 B`, `1.5 KB`, `23.4 MB`, `1.2 GB`. */
export function formatBytes(n: number): string {
  const units = ["B", "KB", "MB", "GB", "TB"];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) {
    n /= 1024;
    i++;
  }
  return `${i === 0 ? n : n.toFixed(1)} ${units[i]}`;
}

import type cliProgressModule from "cli-progress";
import { createRequire } from "node:module";
import { envText } from "../../config/env.js";

/**
 * A progress bar on stderr (so stdout stays clean for --json), shown only when stderr is a terminal
 * or ENGRAM_PROGRESS=1. `update(value, total, label)`; `stop()` clears it. After the label come the
 * rate (units of `value` per second since the total last changed, i.e. within one phase) and the ETA
 * (cli-progress's estimate from the recent rate): "… 3947 of 4124 turns · 310/s · ETA 1s".
 */
export function progressBar(label: string): { update(value: number, total: number, info?: string): void; stop(): void } {
  const enabled = process.stderr.isTTY || envText("ENGRAM_PROGRESS") === "1";
  if (!enabled) return { update() {}, stop() {} };
  // required when a bar is shown, not when a command module loads (`engram --help`)
  const cliProgress = createRequire(import.meta.url)("cli-progress") as typeof cliProgressModule;
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `${label} [{bar}] {percentage}% {info}{rate} · ETA {eta_formatted}`,
      hideCursor: true,
      clearOnComplete: true,
      noTTYOutput: !process.stderr.isTTY,
      notTTYSchedule: 1000,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  // where the current phase (the current total) began, for its rate
  let phase = { total: -1, value: 0, at: 0 };
  return {
    update(value, total, info = "") {
      const now = performance.now();
      if (total !== phase.total) phase = { total, value, at: now };
      const seconds = (now - phase.at) / 1000;
      const rate = seconds >= 1 ? ` · ${Math.round((value - phase.value) / seconds)}/s` : "";
      if (!started) {
        bar.start(Math.max(total, 1), 0, { info, rate });
        started = true;
      }
      bar.setTotal(Math.max(total, 1));
      bar.update(value, { info, rate });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}

/**
 * A count with its noun in the right number for people: `counted(1, "turn")` is "1 turn",
 * `counted(3, "turn")` "3 turns", `counted(2, "memory", "memories")` "2 memories". English only: the
 * plural is `noun + "s"` unless `plural` is given.
 */
export function counted(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
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

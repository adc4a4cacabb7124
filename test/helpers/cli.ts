import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

/** Absolute path of the project root. */
export const ROOT = resolve(import.meta.dirname, "..", "..");

/** The real LoCoMo development split beside the project. */
export const LOCOMO = resolve(ROOT, "..", "shared", "data", "locomo", "locomo-dev.json");

/** Result of one `engram` run. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/engram.mjs ...args` synchronously (the real CLI, in a child process). */
export function engram(args: string[], env: Record<string, string> = {}): CliRun {
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "engram.mjs"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ...env },
    timeout: 600_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A fresh temporary folder. */
export function tempDir(prefix = "engram-test-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * Writes a LoCoMo file holding only the given samples of the real dev split (tests import one
 * conversation to stay fast) and returns its path.
 */
export function locomoSubset(dir: string, sampleIds: string[]): string {
  const all = JSON.parse(readFileSync(LOCOMO, "utf8")) as Array<{ sample_id: string }>;
  const file = join(dir, `locomo-${sampleIds.join("-")}.json`);
  writeFileSync(file, JSON.stringify(all.filter((s) => sampleIds.includes(s.sample_id))));
  return file;
}

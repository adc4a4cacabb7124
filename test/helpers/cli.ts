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

/**
 * Runs the CLI's `main()` (core/transports/cli/cli.ts) in this process, with stdout and stderr
 * captured: the same argument parsing, commands, output and exit code as `engram()`, without a
 * child process paying node, tsx and model loading on every run (models/embedders.ts keeps a model
 * loaded between runs). What only a real process shows (bin/engram.mjs, signals, exit with idle
 * handles) needs `engram()`; each command family keeps real runs in the tests that spawn it.
 * `env` is set for the run and restored after it. Runs must not overlap: stdout and stderr are
 * swapped process-wide while one runs.
 */
export async function engramInProcess(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  const { main } = await import("../../core/transports/cli/cli.js");
  const out: string[] = [];
  const err: string[] = [];
  const capture =
    (sink: string[]) =>
    (chunk: string | Uint8Array, ...rest: unknown[]): boolean => {
      sink.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
      const done = rest.find((r) => typeof r === "function") as (() => void) | undefined;
      done?.();
      return true;
    };
  const writes = { stdout: process.stdout.write, stderr: process.stderr.write };
  const savedEnv = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  process.stdout.write = capture(out) as typeof process.stdout.write;
  process.stderr.write = capture(err) as typeof process.stderr.write;
  let code: number;
  try {
    code = await main([process.execPath, join(ROOT, "bin", "engram.mjs"), ...args]);
  } finally {
    process.stdout.write = writes.stdout;
    process.stderr.write = writes.stderr;
    for (const [k, v] of Object.entries(savedEnv)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
  return { code, stdout: out.join(""), stderr: err.join("") };
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

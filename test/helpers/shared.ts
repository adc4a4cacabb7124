/**
 * What several test files of one run share instead of each making it again: a lock across test
 * workers, and LoCoMo conv-26 imported once by the real `engram import`. Lives in the run's
 * temporary folder (test/helpers/global-setup.ts), removed when the run ends.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { inject } from "vitest";
import { engram, LOCOMO } from "./cli.js";

/**
 * Runs `fn` holding the lock folder `lock` (mkdir is atomic, so one holder across test workers);
 * waits while another holds it, and takes it over when its holder has not finished in 5 minutes.
 */
export async function withLock(lock: string, fn: () => void): Promise<void> {
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const held = statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 200));
    }
  }
  try {
    fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Puts LoCoMo conv-26 (the first conversation of the dev split, 419 turns), imported with the real
 * `engram import` (a child process), at the database path `db`. The import runs once per test run,
 * in the run's shared folder: the first test file to ask imports, the others wait for it and get a
 * copy of the same database file. Throws with the CLI's stderr when the import fails.
 */
export async function importedConv26(db: string): Promise<void> {
  const shared = join(inject("runDir"), "conv-26");
  mkdirSync(shared, { recursive: true });
  const imported = join(shared, "engram.db");
  const done = join(shared, "imported");
  await withLock(join(shared, "lock"), () => {
    if (existsSync(done)) return;
    const file = join(shared, "locomo-conv-26.json");
    writeFileSync(file, JSON.stringify((JSON.parse(readFileSync(LOCOMO, "utf8")) as unknown[]).slice(0, 1)));
    const run = engram(["import", file, "--db", imported]);
    if (run.code !== 0) throw new Error(`engram import of conv-26 failed (exit ${run.code}): ${run.stderr}`);
    writeFileSync(done, "");
  });
  for (const part of ["", "-wal"]) if (existsSync(imported + part)) copyFileSync(imported + part, db + part);
}

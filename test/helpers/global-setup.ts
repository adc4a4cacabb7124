/**
 * Vitest global setup: one temporary folder per test run, shared by every worker (`inject("runDir")`)
 * for what several test files would otherwise each make again (test/e2e/harness.ts keeps the
 * imported LoCoMo conversation there). Removed when the run ends.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** absolute path of this run's shared temporary folder */
    runDir: string;
  }
}

let runDir = "";

/** Creates the run's shared folder and provides its path to the test workers. */
export function setup(project: TestProject): void {
  runDir = mkdtempSync(join(tmpdir(), "engram-run-"));
  project.provide("runDir", runDir);
}

/** Removes the run's shared folder. */
export function teardown(): void {
  if (runDir) rmSync(runDir, { recursive: true, force: true });
}

import { configDefaults, defineConfig } from "vitest/config";

const TESTS = ["test/**/*.test.ts", "test/**/*.test.tsx"];
/** Files that replace a module with vi.mock: they need a module graph of their own (see "own-worker"). */
export const MOCKING = ["test/integration/memory-reading.test.ts", "test/integration/import-reads.test.ts"];

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // one temp folder per run for what several files share (test/helpers/global-setup.ts)
    globalSetup: ["test/helpers/global-setup.ts"],
    pool: "forks",
    // 2-core machines: the embedder and OCR are CPU-heavy; keep workers few.
    maxWorkers: 2,
    projects: [
      // A worker process runs file after file (isolate: false): no process start and no re-import
      // of the module graph per file, and a model loaded by one file (models/embedders.ts caches
      // it) serves the next. So a test file restores what it changes in the process: environment
      // variables, globals, patched functions (as test/helpers/cli.ts engramInProcess does).
      { extends: true, test: { name: "shared-worker", include: TESTS, exclude: [...configDefaults.exclude, ...MOCKING], isolate: false } },
      // A module mocked in an already loaded graph would not reach the modules that imported the
      // real one: these files run in a fresh worker each.
      { extends: true, test: { name: "own-worker", include: MOCKING } },
    ],
  },
});

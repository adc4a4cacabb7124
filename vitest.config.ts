import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // one temp folder per run for what several files share (test/helpers/global-setup.ts)
    globalSetup: ["test/helpers/global-setup.ts"],
    pool: "forks",
    // 2-core machines: the embedder and OCR are CPU-heavy; keep workers few.
    maxWorkers: 2,
  },
});

import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: "forks",
    // 2-core machines: the embedder and OCR are CPU-heavy; keep workers few.
    maxWorkers: 2,
  },
});

import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

/**
 * Vite build of the Engram UI. Output goes to `dist-renderer/` at the project root, with relative
 * asset paths (`base: "./"`) so the Electron shell can load it from file:// and `engram serve`
 * from any path. No dev server is used: `npx vite build -c renderer/vite.config.ts`.
 */
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL("../dist-renderer", import.meta.url)),
    emptyOutDir: true,
    // Electron 45 and current Chromium: no legacy transforms needed.
    target: "es2023",
    // Nothing is fetched from anywhere but the app itself (strict CSP): no inlined data: workers/fonts.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
  },
  worker: { format: "es" },
});

import type { Command } from "commander";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defaultSearchWorkers } from "../../../api/search-workers.js";
import { resolveDbPath } from "../../../config/paths.js";
import { CliError } from "../cli-error.js";
import { newToken, signPath } from "../../http/guard.js";
import pkg from "../../../../package.json" with { type: "json" };
import { envText } from "../../../config/env.js";
import { untilStopSignal } from "../../../util/signals.js";

/** How long a download link of an export works: one hour. */
const EXPORT_LINK_MS = 3_600_000;

/** The project folder: the nearest folder above this module with a package.json (the same from
 * core/transports/cli/commands/ under tsx and from the bundle in dist/cli/). */
function projectDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** The built UI: `<project>/dist-renderer` (override with ENGRAM_UI_DIR). */
export const UI_DIR = envText("ENGRAM_UI_DIR") || resolve(projectDir(), "dist-renderer");

/**
 * Whether the built UI (`uiDir`/index.html) is older than a file of its sources (`srcDir`, the
 * project's renderer/, absent from a packaged app): after new code is pulled, `engram serve` would
 * show the app as it was. False when either is missing (a missing build has its own message).
 */
export function uiOutdated(uiDir: string, srcDir: string): boolean {
  const built = join(uiDir, "index.html");
  if (!existsSync(built) || !existsSync(srcDir)) return false;
  const at = statSync(built).mtimeMs;
  return readdirSync(srcDir, { recursive: true, withFileTypes: true }).some((e) => e.isFile() && statSync(join(e.parentPath, e.name)).mtimeMs > at);
}

/**
 * `engram serve [--port N] [--db PATH] [--host 127.0.0.1] [--mcp-read-only]`: the app in the
 * browser. Prints the URL to open (token included) as the FIRST line on stdout, then serves until
 * Ctrl+C / SIGTERM. Agents connect at `/mcp` (Streamable HTTP, the same token as a Bearer header).
 * The API, the HTTP server and the MCP handler are imported when the command runs, not when it is registered.
 */
export function register(program: Command): void {
  program
    .command("serve")
    .description("serve the Engram app in your browser, on this computer only (prints the address to open)")
    .option("--port <n>", "TCP port (0 picks a free one)", "0")
    .option("--host <address>", "loopback address to listen on", "127.0.0.1")
    .option("--db <path>", "database file (default: $ENGRAM_DB or the app's data folder)")
    .option("--mcp-read-only", "agents connected at /mcp may read memories but not change them")
    .option("--search-workers <n>", "worker threads that answer searches side by side (0: on the server's thread)", String(defaultSearchWorkers()))
    .action(async (opts: { port: string; host: string; db?: string; mcpReadOnly?: boolean; searchWorkers: string }) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new CliError(`--port must be a number from 0 to 65535 (got "${opts.port}")`, 2);
      const searchWorkers = Number(opts.searchWorkers);
      if (!Number.isInteger(searchWorkers) || searchWorkers < 0 || searchWorkers > 16)
        throw new CliError(`--search-workers must be a number from 0 to 16 (got "${opts.searchWorkers}")`, 2);
      const token = newToken();
      const [{ activeEmbedder, createApiHost }, { startHttpServer }, { mcpHttpHandler }] = await Promise.all([
        import("../../../api/host.js"),
        import("../../http/server.js"),
        import("../../mcp/http.js"),
      ]);
      const host = createApiHost({
        dbPath: resolveDbPath(opts.db),
        createEmbedder: activeEmbedder,
        transport: "http",
        ownsModels: true,
        searchWorkers,
        imageUrl: (id) => signPath(token, `/api/images/${id}`),
        exportUrl: (name) => signPath(token, `/api/exports/${encodeURIComponent(name)}`, Date.now() + EXPORT_LINK_MS),
        capture: { available: false, reason: "Screen capture runs in the Engram desktop app, not in the browser." },
        onBackgroundError: (err) => process.stderr.write(`engram: background work failed: ${(err as Error).message}\n`),
      });
      const mcp = mcpHttpHandler(host.apiAs("mcp"), { readOnly: !!opts.mcpReadOnly, version: pkg.version });
      let server: Awaited<ReturnType<typeof startHttpServer>>;
      try {
        server = await startHttpServer({
          api: host.api,
          port,
          host: opts.host,
          token,
          staticDir: UI_DIR,
          imagePath: host.imagePath,
          exportPath: host.exportPath,
          mcp,
        });
      } catch (err) {
        await host.close();
        throw new CliError((err as Error).message);
      }
      process.stdout.write(`${server.url}\n`);
      // the page's first search would otherwise wait for the embedder and the search workers (5 s at load 6)
      void host.warmUp();
      if (!existsSync(join(UI_DIR, "index.html"))) process.stderr.write(`engram: the UI is not built (${UI_DIR}); run: npm run build:renderer\n`);
      else if (!envText("ENGRAM_UI_DIR") && uiOutdated(UI_DIR, join(projectDir(), "renderer")))
        process.stderr.write(`engram: the UI in ${UI_DIR} was built before the latest changes to renderer/; to see them, run: npm run build:renderer\n`);
      process.stderr.write(`engram: serving ${resolveDbPath(opts.db)} on this computer only; press Ctrl+C to stop\n`);
      await untilStopSignal();
      await server.close();
      await host.close({
        onWaiting: (methods) => process.stderr.write(`engram: stopping: waiting for ${methods.join(", ")} to finish (at most 20 s)…\n`),
      });
    });
}

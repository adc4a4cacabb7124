import type { Command } from "commander";
import pkg from "../../../../package.json" with { type: "json" };
import { resolveDbPath } from "../../../config/paths.js";

/**
 * `engram mcp [--db PATH] [--read-only]`: Engram as an MCP server over stdio, for MCP clients that
 * start it themselves (Claude Desktop, Claude Code, Cursor, VS Code; see docs/mcp.md). Changes
 * agents make are recorded with actor `mcp`; `--read-only` refuses the write tools. Runs until
 * the client closes stdin. stdout is the protocol stream; messages for people go to stderr.
 * The API and the MCP server are imported when the command runs, not when it is registered.
 */
export function register(program: Command): void {
  program
    .command("mcp")
    .description("serve your memory to AI agents over MCP on stdin/stdout (for Claude Desktop, Cursor, …; see docs/mcp.md)")
    .option("--db <path>", "database file (default: $ENGRAM_DB or the app's data folder)")
    .option("--read-only", "agents may search and read memories but not remember, update or delete")
    .action(async (opts: { db?: string; readOnly?: boolean }) => {
      const dbPath = resolveDbPath(opts.db);
      const [{ activeEmbedder, createApiHost }, { serveStdio }] = await Promise.all([import("../../../api/host.js"), import("../../mcp/stdio.js")]);
      const host = createApiHost({
        dbPath,
        createEmbedder: activeEmbedder,
        transport: "http",
        ownsModels: true,
        imageUrl: () => "",
        exportUrl: () => null,
        capture: { available: false, reason: "Screen capture runs in the Engram desktop app." },
        onBackgroundError: (err) => process.stderr.write(`engram: background work failed: ${(err as Error).message}\n`),
      });
      process.stderr.write(`engram: MCP server on stdio over ${dbPath}${opts.readOnly ? " (read-only)" : ""}\n`);
      try {
        await serveStdio(host.apiAs("mcp"), { readOnly: !!opts.readOnly, version: pkg.version });
      } finally {
        await host.close();
      }
    });
}

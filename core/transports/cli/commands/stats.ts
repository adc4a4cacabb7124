import type { Command } from "commander";
import { statSync } from "node:fs";
import { printJson, withApi } from "../cli-context.js";
import { counted, formatBytes } from "../progress.js";

/** Kinds or types with at least one row, as `kind n, kind n`. */
function counts(byName: Record<string, number>): string {
  return Object.entries(byName)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k} ${n}`)
    .join(", ");
}

/** `engram stats [--db PATH] [--json]`: counts of sources, memories, entities and edges (the API's `stats`). */
export function register(program: Command): void {
  program
    .command("stats")
    .description("show what the database holds")
    .option("--db <path>", "database file (default: $ENGRAM_DB or the app's data folder)")
    .option("--json", "print JSON on stdout: { sources, memories, memoriesTotal, conversations, entities, edges, frames, unprocessedSources }")
    .action(async (opts: { db?: string; json?: boolean }) => {
      const { stats, path } = await withApi(opts, async ({ api, dbPath }) => ({ stats: await api.stats({}), path: dbPath }));
      // the documented --json shape lists only the source kinds present
      if (opts.json) return printJson({ ...stats, sources: Object.fromEntries(Object.entries(stats.sources).filter(([, n]) => n > 0)) });
      const lines = [
        `Database: ${path} (${formatBytes(statSync(path).size)})`,
        `Sources: ${counts(stats.sources) || "none"}`,
        `Memories: ${Object.entries(stats.memories)
          .map(([k, n]) => `${k} ${n}`)
          .join(", ")}`,
        `Entities: ${stats.entities}   Edges: ${stats.edges}`,
        ...(stats.unprocessedSources ? [`Pending: ${counted(stats.unprocessedSources, "source")} not yet turned into memories (run engram process)`] : []),
      ];
      process.stdout.write(`${lines.join("\n")}\n`);
    });
}

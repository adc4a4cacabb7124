import type { Command } from "commander";
import { statSync } from "node:fs";
import { countMemoriesByType } from "../../../db/repos/memories.js";
import { countSourcesByKind } from "../../../db/repos/sources.js";
import { printJson, withDb } from "../cli-context.js";
import { formatBytes } from "../progress.js";

/** `engram stats [--db PATH] [--json]`: counts of sources, memories, entities and edges. */
export function register(program: Command): void {
  program
    .command("stats")
    .description("show what the database holds")
    .option("--db <path>", "database file (default: $ENGRAM_DB or the app's data folder)")
    .option("--json", "print JSON on stdout")
    .action(async (opts: { db?: string; json?: boolean }) => {
      await withDb(opts, (db, path) => {
        const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
        const stats = {
          sources: countSourcesByKind(db),
          memories: countMemoriesByType(db),
          entities: count("SELECT COUNT(*) AS n FROM entities"),
          edges: count("SELECT COUNT(*) AS n FROM edges"),
          /** sources the memory engine has not processed yet (an import or process that was stopped) */
          unprocessedSources: count("SELECT COUNT(*) AS n FROM sources WHERE processed_at IS NULL"),
        };
        if (opts.json) return printJson(stats);
        const size = statSync(path).size;
        const lines = [
          `Database: ${path} (${formatBytes(size)})`,
          `Sources: ${Object.entries(stats.sources).map(([k, n]) => `${k} ${n}`).join(", ") || "none"}`,
          `Memories: ${Object.entries(stats.memories).map(([k, n]) => `${k} ${n}`).join(", ")}`,
          `Entities: ${stats.entities}   Edges: ${stats.edges}`,
          ...(stats.unprocessedSources ? [`Pending: ${stats.unprocessedSources} sources not yet turned into memories (run engram process)`] : []),
        ];
        process.stdout.write(`${lines.join("\n")}\n`);
      });
    });
}

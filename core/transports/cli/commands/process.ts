import type { Command } from "commander";
import { createEmbedder } from "../../../../models/embedders.js";
import { createMemoryEngine } from "../../../memory/index.js";
import type { ProcessReport } from "../../../memory/types.js";
import { CliError, printJson, withDb } from "../cli-context.js";
import { progressBar } from "../progress.js";

/** One line for people: what a process run did. */
export function describeProcess(r: ProcessReport): string {
  const added = Object.entries(r.added).filter(([, n]) => n > 0).map(([t, n]) => `${n} ${t}`).join(", ") || "none";
  const ops = Object.entries(r.operations).map(([op, n]) => `${op} ${n}`).join(", ");
  const rate = r.seconds > 0 ? ` (${r.seconds.toFixed(1)} s, ${Math.round(r.sources / r.seconds)} sources/s)` : "";
  return `Processed ${r.sources} sources with the ${r.engine} engine${rate}: added ${added}; ${ops}; ${r.entities} new entities, ${r.edges} new edges.`;
}

/** `engram process [--engine E] [--db PATH] [--json]`: runs the memory engine over unprocessed sources. */
export function register(program: Command): void {
  program
    .command("process")
    .description("turn unprocessed sources (imported or chatted turns, captures) into memories")
    .option("--engine <engine>", "heuristic (no model) or llm (the active chat model)", "heuristic")
    .option("--db <path>", "database file (default: $ENGRAM_DB or the app's data folder)")
    .option("--json", "print the report as JSON on stdout")
    .action(async (opts: { engine: string; db?: string; json?: boolean }) => {
      if (opts.engine !== "heuristic" && opts.engine !== "llm") throw new CliError(`--engine must be heuristic or llm (got "${opts.engine}")`, 2);
      const embedder = await createEmbedder();
      const report = await withDb(opts, async (db) => {
        const bar = progressBar("memories");
        try {
          return await createMemoryEngine(db, embedder, { engine: opts.engine as "heuristic" | "llm" }).process({
            onProgress: (done, total) => bar.update(done, total, `${done}/${total} sources`),
          });
        } finally {
          bar.stop();
        }
      });
      if (opts.json) return printJson(report);
      process.stdout.write(`${describeProcess(report)}\n`);
    });
}

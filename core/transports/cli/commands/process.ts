import type { Command } from "commander";
import type { ProcessResult } from "../../../api/types.js";
import { CliError } from "../cli-error.js";
import { printJson, withApi } from "../cli-context.js";
import { counted, progressBar } from "../progress.js";

/** One line for people: what a process run did. */
export function describeProcess(r: ProcessResult): string {
  const added =
    Object.entries(r.added)
      .filter(([, n]) => n > 0)
      .map(([t, n]) => `${n} ${t}`)
      .join(", ") || "none";
  const ops = Object.entries(r.operations)
    .map(([op, n]) => `${op} ${n}`)
    .join(", ");
  const rate = r.seconds > 0 ? ` (${r.seconds.toFixed(1)} s, ${Math.round(r.sources / r.seconds)} sources/s)` : "";
  return `Processed ${counted(r.sources, "source")} with the ${r.engine} engine${rate}: added ${added}; ${ops}; ${counted(r.entities, "new entity", "new entities")}, ${counted(r.edges, "new edge")}.`;
}

/** `engram process [--engine E] [--db PATH] [--json]`: runs the memory engine over unprocessed sources (the API's `processSources`). */
export function register(program: Command): void {
  program
    .command("process")
    .description("turn unprocessed sources (imported or chatted turns, captures) into memories")
    .option("--engine <engine>", "heuristic (no model) or llm (the active chat model)", "heuristic")
    .option("--db <path>", "database file (default: $ENGRAM_DB or the app's data folder)")
    .option("--json", "print the report as JSON on stdout")
    .action(async (opts: { engine: string; db?: string; json?: boolean }) => {
      if (opts.engine !== "heuristic" && opts.engine !== "llm") throw new CliError(`--engine must be heuristic or llm (got "${opts.engine}")`, 2);
      const bar = progressBar("memories");
      const report = await withApi({ ...opts, embedder: "batch" }, async ({ api }) => {
        try {
          return await api.processSources(
            { engine: opts.engine as "heuristic" | "llm" },
            { onEvent: (e) => bar.update(e.done, e.total, `${e.done}/${e.total} sources`) },
          );
        } finally {
          bar.stop();
        }
      });
      if (opts.json) return printJson(report);
      process.stdout.write(`${describeProcess(report)}\n`);
    });
}

import type { Command } from "commander";
import type { ConsolidateResult } from "../../../api/types.js";
import { printJson, withApi } from "../cli-context.js";
import { counted } from "../progress.js";

/** `engram consolidate [--dry-run] [--now DATE] [--db PATH] [--json]`: merges duplicates, summarises old episodes, decays unused memories (the API's `consolidate`). */
export function register(program: Command): void {
  program
    .command("consolidate")
    .description("merge near-duplicate memories, summarise old episodes, decay memories never recalled (nothing is deleted)")
    .option("--dry-run", "only show what would be done")
    .option("--now <date>", "consolidate as if it were this date (ages and decay are measured from it)")
    .option("--db <path>", "database file (default: $ENGRAM_DB or the app's data folder)")
    .option("--json", "print the report as JSON on stdout")
    .action(async (opts: { dryRun?: boolean; now?: string; db?: string; json?: boolean }) => {
      // chrono-node (dates in words) loads only when a date is given
      const now = opts.now ? (await import("../../../time/args.js")).parseDateArg(opts.now, "--now") : undefined;
      const report = await withApi(opts, ({ api }) => api.consolidate({ dryRun: !!opts.dryRun, now }));
      if (opts.json) return printJson(report);
      process.stdout.write(`${describeConsolidation(report)}\n`);
      for (const a of report.actions) process.stdout.write(`- ${a.description}\n`);
    });
}

/** One line for people: what a consolidation did (or would do, `dryRun`). */
export function describeConsolidation(r: Pick<ConsolidateResult, "dryRun" | "merged" | "summarised" | "decayed">): string {
  const head = r.dryRun ? "Would do" : "Done";
  return `${head}: ${counted(r.merged, "merge")}, ${counted(r.summarised, "episode")} summarised, ${counted(r.decayed, "memory", "memories")} decayed.`;
}

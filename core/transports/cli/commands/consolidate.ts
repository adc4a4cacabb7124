import type { Command } from "commander";
import { printJson, withApi } from "../cli-context.js";

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
      const head = report.dryRun ? "Would do" : "Done";
      process.stdout.write(`${head}: ${report.merged} merges, ${report.summarised} episodes summarised, ${report.decayed} memories decayed.\n`);
      for (const a of report.actions) process.stdout.write(`- ${a.description}\n`);
    });
}

import type { Command } from "commander";
import { createEmbedder } from "../../../models/embedders.js";
import { importFile, type ImportReport } from "../../ingest/import.js";
import type { ImportFormat } from "../../ingest/types.js";
import { CliError, printJson, withDb } from "../cli-context.js";
import { formatBytes, progressBar } from "../progress.js";

const FORMATS: ImportFormat[] = ["locomo", "chatgpt", "claude", "text"];

/** `engram import <file...> [--format F] [--db PATH] [--json]`: imports chat exports. */
export function register(program: Command): void {
  program
    .command("import")
    .description("import chat exports (LoCoMo JSON, ChatGPT or Claude conversations.json, text/markdown transcripts)")
    .argument("<file...>", "files to import")
    .option("--format <format>", `force the format (${FORMATS.join(", ")}); detected by default`)
    .option("--db <path>", "database file (default: $ENGRAM_DB or the app's data folder)")
    .option("--json", "print a JSON report on stdout")
    .action(async (files: string[], opts: { format?: string; db?: string; json?: boolean }) => {
      if (opts.format && !FORMATS.includes(opts.format as ImportFormat)) {
        throw new CliError(`--format must be one of ${FORMATS.join(", ")} (got "${opts.format}")`, 2);
      }
      const embedder = await createEmbedder();
      const reports: ImportReport[] = [];
      await withDb(opts, async (db) => {
        for (const file of files) {
          const bar = progressBar(file);
          try {
            const r = await importFile(db, embedder, file, {
              format: opts.format as ImportFormat | undefined,
              onProgress: (p) => bar.update(p.bytesRead, p.totalBytes, `${p.phase} ${formatBytes(p.bytesRead)} · ${p.conversations} conversations · ${p.turns} turns`),
            });
            reports.push(r);
          } finally {
            bar.stop();
          }
        }
      });
      if (opts.json) return printJson({ imports: reports });
      for (const r of reports) {
        process.stdout.write(
          `${r.file} (${r.format}): ${r.conversations} conversations, ${r.turns} turns: ${r.added} added, ${r.duplicates} already present` +
            ` (${r.seconds.toFixed(1)} s, ${Math.round(r.turns / Math.max(r.seconds, 1e-3))} turns/s)\n`,
        );
      }
    });
}

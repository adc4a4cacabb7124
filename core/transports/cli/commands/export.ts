import type { Command } from "commander";
import { exportDatabase } from "../../../api/export-import.js";
import { printJson, withDb } from "../cli-context.js";
import { formatBytes } from "../progress.js";

/** `engram export FILE [--with-screenshots] [--db PATH] [--json]`: writes a portable export
 * (gzip JSON Lines, core/api/export-import.ts) that `engram import FILE` restores into an empty database. */
export function register(program: Command): void {
  program
    .command("export")
    .description("write everything (sources, memories with their history, entities, links, settings) to one portable file")
    .argument("<file>", "the file to write, e.g. engram-backup.jsonl.gz")
    .option("--with-screenshots", "include the screenshot images (the file gets much larger)")
    .option("--db <path>", "database file (default: $ENGRAM_DB or the app's data folder)")
    .option("--json", "print a JSON report on stdout")
    .action(async (file: string, opts: { withScreenshots?: boolean; db?: string; json?: boolean }) => {
      await withDb(opts, async (db, path) => {
        const r = await exportDatabase(db, path, file, {
          withScreenshots: opts.withScreenshots,
          onProgress: (table, rows) => {
            if (!opts.json && process.stderr.isTTY) process.stderr.write(`\r${table}: ${rows} rows   `);
          },
        });
        if (!opts.json && process.stderr.isTTY) process.stderr.write("\r\x1b[K");
        if (opts.json) return printJson({ file, ...r });
        const rows = Object.entries(r.counts).filter(([, n]) => n > 0).map(([t, n]) => `${t.replace("$image", "images")} ${n}`);
        process.stdout.write(`${file}: ${formatBytes(r.bytes)} (${rows.join(", ") || "empty"})\n`);
      });
    });
}

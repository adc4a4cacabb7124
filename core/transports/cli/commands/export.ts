import type { Command } from "commander";
import { printJson, withApi } from "../cli-context.js";
import { formatBytes } from "../progress.js";

/** `engram export FILE [--with-screenshots] [--db PATH] [--json]`: writes a portable export (gzip JSON
 * Lines, core/api/export-import.ts) through the API's `exportData`; `engram import FILE` restores it
 * into an empty database. `--json` prints `{ file, counts: { <table>: rows }, bytes }` (stable). */
export function register(program: Command): void {
  program
    .command("export")
    .description("write everything (sources, memories with their history, entities, links, settings) to one portable file")
    .argument("<file>", "the file to write, e.g. engram-backup.jsonl.gz")
    .option("--with-screenshots", "include the screenshot images (the file gets much larger)")
    .option("--db <path>", "database file (default: $ENGRAM_DB or the app's data folder)")
    .option("--json", "print a JSON report on stdout")
    .action(async (file: string, opts: { withScreenshots?: boolean; db?: string; json?: boolean }) => {
      const tty = !opts.json && process.stderr.isTTY;
      const r = await withApi(opts, ({ api }) =>
        api.exportData(
          { path: file, ...(opts.withScreenshots ? { withScreenshots: true } : {}) },
          { onEvent: (e) => tty && process.stderr.write(`\r${e.table}: ${e.rows} rows   `) },
        ),
      );
      if (tty) process.stderr.write("\r\x1b[K");
      if (opts.json) return printJson({ file, counts: r.counts, bytes: r.bytes });
      const rows = Object.entries(r.counts)
        .filter(([, n]) => n > 0)
        .map(([t, n]) => `${t.replace("$image", "images")} ${n}`);
      process.stdout.write(`${file}: ${formatBytes(r.bytes)} (${rows.join(", ") || "empty"})\n`);
    });
}

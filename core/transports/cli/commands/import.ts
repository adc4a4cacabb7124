import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import { isEngramExport, restoreExport } from "../../../api/export-import.js";
import { activeEmbedder } from "../../../api/host.js";
import { importFile, type ImportReport } from "../../../ingest/import.js";
import type { ImportFormat } from "../../../ingest/types.js";
import { CliError, printJson, withDb } from "../cli-context.js";
import { formatBytes, progressBar } from "../progress.js";

const FORMATS: ImportFormat[] = ["locomo", "chatgpt", "claude", "text", "note"];

/** One line of the import report: a chat export, or an Engram export restored. */
type Imported = ImportReport | { file: string; format: "engram"; restored: Record<string, number>; reembedded: boolean };

/**
 * `engram import <file...> [--format F] [--me NAME] [--db PATH] [--json]`: imports chat exports, or restores an
 * Engram export (`engram export`) into an empty database.
 */
export function register(program: Command): void {
  program
    .command("import")
    .description("import chat exports (LoCoMo JSON, ChatGPT or Claude conversations.json, text/markdown transcripts) or an Engram export")
    .argument("<file...>", "files to import, or folders of .txt/.md notes")
    .option("--format <format>", `force the format (${FORMATS.join(", ")}); detected by default`)
    .option("--me <name>", "the speaker who is you: their messages become yours, and build your core memory")
    .option("--db <path>", "database file (default: $ENGRAM_DB or the app's data folder)")
    .option("--json", "print a JSON report on stdout")
    .action(async (files: string[], opts: { format?: string; db?: string; json?: boolean; me?: string }) => {
      if (opts.format && !FORMATS.includes(opts.format as ImportFormat)) {
        throw new CliError(`--format must be one of ${FORMATS.join(", ")} (got "${opts.format}")`, 2);
      }
      const reports: Imported[] = [];
      const todo = files.flatMap(expandFolder);
      await withDb(opts, async (db, path) => {
        const embedder = () => activeEmbedder(db);
        for (const { file, inFolder } of todo) {
          const bar = progressBar(file);
          try {
            if (!opts.format && isEngramExport(file)) {
              const r = await restoreExport(db, path, await embedder(), file, { onProgress: (p) => bar.update(p.done, p.total ?? p.done, p.phase) });
              reports.push({ file, format: "engram", restored: r.counts, reembedded: r.reembedded });
              continue;
            }
            reports.push(
              await importFile(db, embedder, file, {
                // a folder holds notes (a Markdown note may start with a "## heading" that would read as a speaker)
                format: (opts.format as ImportFormat | undefined) ?? (inFolder ? "note" : undefined),
                ...(opts.me ? { me: opts.me } : {}),
                onProgress: (p) => bar.update(p.done, p.total, p.phase === "validate" ? `checking ${formatBytes(p.done)} of ${formatBytes(p.total)}` : `${{ embed: "embedding", import: "storing", process: "remembering" }[p.phase]} ${p.done} of ${p.total} turns · ${p.conversations} conversations`),
              }),
            );
          } finally {
            bar.stop();
          }
        }
      });
      if (opts.json) return printJson({ imports: reports });
      for (const r of reports) process.stdout.write(`${describe(r)}\n`);
    });
}

/** Note files a folder holds (.txt, .md, .markdown, in every subfolder, in name order); a file as is. */
function expandFolder(path: string): Array<{ file: string; inFolder: boolean }> {
  if (!existsSync(path) || !statSync(path).isDirectory()) return [{ file: path, inFolder: false }];
  const notes = (readdirSync(path, { recursive: true, encoding: "utf8" }) as string[])
    .filter((n) => /\.(txt|md|markdown)$/i.test(n))
    .sort()
    .map((n) => ({ file: join(path, n), inFolder: true }))
    .filter((n) => statSync(n.file).isFile());
  if (notes.length === 0) throw new CliError(`${path}: this folder has no .txt or .md notes to import`, 2);
  return notes;
}

function describe(r: Imported): string {
  if (r.format === "engram") {
    return `${r.file} (Engram export): restored ${r.restored.memories ?? 0} memories, ${r.restored.sources ?? 0} sources${r.reembedded ? ", re-embedded" : ""}`;
  }
  return (
    `${r.file} (${r.format}): ${r.conversations} conversations, ${r.turns} turns: ${r.added} added, ${r.duplicates} already present` +
    ` (${r.seconds.toFixed(1)} s, ${Math.round(r.turns / Math.max(r.seconds, 1e-3))} turns/s)` +
    (r.resumed ? `\n  finished ${r.resumed} sources an interrupted run had left unprocessed` : "") +
    (r.coreMemory ? `\n  note: ${r.coreMemory}` : "")
  );
}

import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Command } from "commander";
import type { ImportEvent, ImportFormat, ImportResult } from "../../../api/types.js";
import { CliError } from "../cli-error.js";
import { printJson, withApi } from "../cli-context.js";
import { formatBytes, progressBar } from "../progress.js";

const FORMATS: Array<Exclude<ImportFormat, "engram">> = ["locomo", "chatgpt", "claude", "text", "note"];

/**
 * One entry of `--json`'s `imports` (a stable shape, README): a chat export's report, or for an
 * Engram export `{ file, format: "engram", restored: { <table>: rows }, reembedded }`.
 */
type Imported =
  | (Omit<ImportResult, "restored" | "reembedded" | "format"> & { format: (typeof FORMATS)[number]; coreMemory: string | null; resumed: number })
  | { file: string; format: "engram"; restored: Record<string, number>; reembedded: boolean };

/**
 * `engram import <file...> [--format F] [--me NAME] [--db PATH] [--json]`: imports chat exports, or restores an
 * Engram export (`engram export`) into an empty database, through the API's `importFile`.
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
      if (opts.format && !FORMATS.includes(opts.format as (typeof FORMATS)[number])) {
        throw new CliError(`--format must be one of ${FORMATS.join(", ")} (got "${opts.format}")`, 2);
      }
      const reports: Imported[] = [];
      const todo = files.flatMap(expandFolder);
      await withApi({ ...opts, embedder: "batch" }, async ({ api }) => {
        for (const { file, inFolder } of todo) {
          const bar = progressBar(file);
          try {
            // a folder holds notes (a Markdown note may start with a "## heading" that would read as a speaker)
            const format = (opts.format as ImportFormat | undefined) ?? (inFolder ? "note" : undefined);
            const r = await api.importFile(
              { path: file, ...(format ? { format } : {}), ...(opts.me ? { me: opts.me } : {}) },
              { onEvent: (e) => bar.update(e.done, e.total ?? e.done, progressText(e)) },
            );
            reports.push(asReport(r, file));
          } finally {
            bar.stop();
          }
        }
      });
      if (opts.json) return printJson({ imports: reports });
      for (const r of reports) process.stdout.write(`${describe(r)}\n`);
    });
}

/** The progress bar's words for an import event (bytes while checking, then messages or rows). */
function progressText(e: ImportEvent): string {
  if (e.phase === "validate") return `checking ${formatBytes(e.done)} of ${formatBytes(e.total ?? e.done)}`;
  const verb = { upload: "uploading", embed: "embedding", import: "storing", process: "remembering" }[e.phase];
  if (e.unit === "rows") return `${verb} ${e.done} rows`;
  return `${verb} ${e.done} of ${e.total ?? "?"} turns · ${e.conversations} conversations`;
}

/** The API's result in the CLI's stable `--json` shape. */
function asReport(r: ImportResult, file: string): Imported {
  if (r.format === "engram") return { file, format: "engram", restored: r.restored ?? {}, reembedded: r.reembedded ?? false };
  const { restored: _r, reembedded: _e, ...chat } = r;
  return { ...chat, format: r.format, file, coreMemory: r.coreMemory ?? null, resumed: r.resumed ?? 0 };
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
    `${r.file} (${r.format}): ${r.conversations} conversations, ${r.turns} turns: ${r.added} added, ${r.duplicates} already present, ${r.memories} memories made` +
    ` (${r.seconds.toFixed(1)} s, ${Math.round(r.turns / Math.max(r.seconds, 1e-3))} turns/s)` +
    (r.resumed ? `\n  finished ${r.resumed} sources an interrupted run had left unprocessed` : "") +
    (r.coreMemory ? `\n  note: ${r.coreMemory}` : "")
  );
}

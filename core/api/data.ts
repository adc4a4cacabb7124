import { existsSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { importFile as importChats } from "../ingest/import.js";
import type { ApiContext } from "./context.js";
import { ApiError } from "./errors.js";
import { exportDatabase, isEngramExport, restoreExport } from "./export-import.js";
import { exportMarkdown } from "./export-markdown.js";
import { framesDirFor } from "../capture/storage.js";
import { exportsDir, stageStream } from "./files.js";
import { compactFile, rebuildFullText } from "../db/maintenance.js";
import { deleteUserSettings } from "../db/repos/settings.js";
import { deleteVaultKeys } from "../db/repos/vault.js";
import type {
  DeleteEverythingRequest,
  DeleteEverythingResult,
  ExportEvent,
  ExportRequest,
  ExportResult,
  ImportEvent,
  ImportRequest,
  ImportResult,
  StreamOptions,
} from "./types.js";
import { deleteUserRows } from "./wipe.js";

/** What an import phase's progress counts. */
const UNITS = { validate: "bytes", embed: "messages", import: "messages", process: "messages", index: "postings" } as const;

/**
 * `importFile`: an Engram export (restored into an empty database) or a chat export (imported,
 * then the memory engine turns the new sources into memories, with `process` progress).
 */
export async function importData(ctx: ApiContext, req: ImportRequest, so: StreamOptions<ImportEvent> = {}): Promise<ImportResult> {
  const staged = "file" in req ? await stageStream(Readable.fromWeb(req.file.stream() as Parameters<typeof Readable.fromWeb>[0]), req.name) : null;
  const path = staged?.path ?? (req as { path: string }).path;
  const name = "file" in req ? req.name : path;
  try {
    if (!existsSync(path)) throw new ApiError("bad_request", `File not found: ${path}`, { field: "path" });
    const started = performance.now();
    const emit = (phase: ImportEvent["phase"], unit: ImportEvent["unit"], done: number, total: number | null, conversations = 0, turns = 0) =>
      so.onEvent?.({ type: "progress", phase, unit, done, total, conversations, turns });
    if (req.format === "engram" || (!req.format && isEngramExport(path))) {
      const r = await restoreExport(ctx.db, ctx.dbPath, await ctx.embedder(), path, {
        onProgress: (p) => emit(p.phase, "rows", p.done, p.total),
      });
      const turns = r.counts.sources ?? 0;
      return {
        file: name,
        format: "engram",
        conversations: r.counts.conversations ?? 0,
        turns,
        added: turns,
        duplicates: 0,
        memories: r.counts.memories ?? 0,
        seconds: (performance.now() - started) / 1000,
        restored: r.counts,
        reembedded: r.reembedded,
      };
    }
    // the embedder loads once the file has passed validation: a bad file is refused without starting it
    const report = await importChats(ctx.db, () => ctx.embedder(), path, {
      format: req.format,
      ...(req.me ? { me: req.me } : {}),
      ...(so.signal ? { signal: so.signal } : {}),
      onProgress: (p) => emit(p.phase, UNITS[p.phase], p.done, p.total, p.conversations, p.turns),
    });
    return { ...report, file: name, coreMemory: coreMemoryNote(ctx, report.coreMemory, path, name), seconds: (performance.now() - started) / 1000 };
  } finally {
    staged?.cleanup();
  }
}

/** The command line's way to say who you are, as the import's note names it (core/ingest/import.ts). */
const CLI_ME_HINT = "import it again with --me NAME";

/**
 * The import's note on why no core memory was made, as its reader can act on it: an uploaded file
 * by the name it was given, not its staged copy's path; outside the command line, the import
 * dialog's field to fill in instead of `--me`, as a sentence. Null or undefined stays as it is.
 */
export function coreMemoryNote(ctx: Pick<ApiContext, "transport">, note: string | null | undefined, path: string, name: string): string | null | undefined {
  if (!note) return note;
  const named = path === name ? note : note.split(path).join(name);
  if (ctx.transport === "cli") return named;
  const app = named.replace(CLI_ME_HINT, "import it again with “Which of these people are you?” filled in");
  return app.charAt(0).toUpperCase() + app.slice(1);
}

/** `exportData`: writes the export file (default: the data folder's exports/). */
export async function exportData(ctx: ApiContext, req: ExportRequest, so: StreamOptions<ExportEvent> = {}): Promise<ExportResult> {
  const dir = exportsDir(ctx.dbPath);
  if (!req.path && !dir) throw new ApiError("bad_request", "exportData: path: give a file path (this database has no data folder)", { field: "path" });
  const stamp = new Date(ctx.now()).toISOString().replace(/[:.]/g, "-").slice(0, 19);
  if (req.format === "markdown") {
    const md = req.path ?? join(dir!, `engram-${stamp}-markdown.zip`);
    const { bytes, counts } = await exportMarkdown(ctx.db, md, ctx.now());
    return { path: md, bytes, counts, downloadUrl: ctx.exportUrl(md) };
  }
  const path = req.path ?? join(dir!, `engram-${stamp}.jsonl.gz`);
  const { counts, bytes } = await exportDatabase(ctx.db, ctx.dbPath, path, {
    withScreenshots: req.withScreenshots,
    now: ctx.now(),
    onProgress: (table, rows) => so.onEvent?.({ type: "progress", table, rows }),
  });
  return { path, bytes, counts, downloadUrl: ctx.exportUrl(path) };
}

/**
 * `deleteEverything`: deletes all user data (rows of USER_TABLES in wipe.ts, FTS entries via
 * triggers, the screenshot files), then VACUUMs so the deleted text does not linger in free pages.
 * Exports the user saved are kept (they are the user's files).
 */
export function deleteEverything(ctx: ApiContext, req: DeleteEverythingRequest): DeleteEverythingResult {
  const { db } = ctx;
  const deleted = db.transaction(() => {
    const d = deleteUserRows(db);
    if (req.includeSettings) {
      d.settings = deleteUserSettings(db);
      d.vault_keys = deleteVaultKeys(db);
    }
    return d;
  })();
  rebuildFullText(db);
  const frames = framesDirFor(ctx.dbPath);
  let imageFiles = 0;
  if (frames && existsSync(frames)) {
    imageFiles = countFiles(frames);
    rmSync(frames, { recursive: true, force: true });
  }
  if (ctx.dbPath !== ":memory:") compactFile(db);
  return { deleted, imageFiles };
}

function countFiles(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile()) n++;
  return n;
}

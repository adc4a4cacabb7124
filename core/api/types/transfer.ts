// Import and export: importFile, exportData and deleteEverything.
import type { FileInput, ImportFormat } from "./vocabulary.js";

// ───────────────────────────── import / export ─────────────────────────────

/** `importFile`: a chat export or an Engram export. `format` default: detected from content. `me`:
 * the speaker who is the user (their messages become the user's and build the `human` core memory). */
export type ImportRequest = FileInput & { format?: ImportFormat; me?: string };

/** Progress of an import: `validate` and `import` passes over the file, then `process` (memory
 * engine over the new sources) and, for Engram exports on a different embedder, `embed`. */
export interface ImportEvent {
  type: "progress";
  /** `validate`: reading and checking the file; then per conversation `embed` (embedding its
   * messages), `import` (storing them) and `process` (building memories from them). A restore of
   * an Engram export goes validate, import, embed. `upload` is reserved for a client's own upload.
   * A chat import into a large database ends with `index`. */
  phase: "upload" | "validate" | "import" | "process" | "embed" | "index";
  /** what `done`/`total` count: bytes of the file, messages (chat exports), rows (an Engram export) or postings (`index`: a large database's term bitmaps for search, core/retrieval/term-bitmaps.ts) */
  unit: "bytes" | "messages" | "rows" | "postings";
  /** units done in this phase */
  done: number;
  /** units in total; null when unknown */
  total: number | null;
  conversations: number;
  turns: number;
}

/** `importFile` result. */
export interface ImportResult {
  file: string;
  format: ImportFormat;
  conversations: number;
  turns: number;
  /** new sources stored (duplicates are skipped by content hash) */
  added: number;
  duplicates: number;
  /** memories created */
  memories: number;
  /** wall time, seconds */
  seconds: number;
  /** the part of `seconds` spent bringing a large database's search index up to date (the `index` phase; chat exports), seconds */
  indexSeconds?: number;
  /** why no core memory came of the import, when none did (e.g. nobody in it was named as you); null otherwise */
  coreMemory?: string | null;
  /** who speaks in it (at most 6), when no core memory was made because nobody in it was named as you: whom importing it again with `me` can name */
  people?: string[];
  /** sources an earlier, interrupted import had stored but not processed, processed by this one (chat exports) */
  resumed?: number;
  /** messages an earlier import stored as another person's that are yours now (`me` named their speaker), their facts with them (chat exports) */
  claimed?: number;
  /** rows restored per table (an Engram export) */
  restored?: Record<string, number>;
  /** whether the restored vectors were re-embedded because the export was made with another embedder (an Engram export) */
  reembedded?: boolean;
}

/** `exportData`: one portable gzip JSON-Lines file (see core/api/export-import.ts). `path`: where
 * to write (on the engine's machine); omitted = `<data folder>/exports/engram-<date>.jsonl.gz`. */
export interface ExportRequest {
  path?: string;
  withScreenshots?: boolean;
  /** `engram` (default): the portable restore file; `markdown`: a ZIP of Markdown files people can
   * read and take elsewhere (one per memory type and one per person or thing; no vault items) */
  format?: "engram" | "markdown";
}

/** Progress of an export: rows written per table. */
export interface ExportEvent {
  type: "progress";
  table: string;
  rows: number;
}

/** `exportData` result. `downloadUrl`: in browser mode, a URL that downloads the file. */
export interface ExportResult {
  path: string;
  bytes: number;
  counts: Record<string, number>;
  downloadUrl: string | null;
}

/** `deleteEverything`: `confirm` must be exactly "delete everything". Deletes every memory,
 * source, conversation, entity, edge, frame and screenshot image, and the embedding cache;
 * keeps installed models, and keeps settings and vault keys unless `includeSettings`. */
export interface DeleteEverythingRequest {
  confirm: "delete everything";
  includeSettings?: boolean;
}

/** `deleteEverything` result: rows deleted per table and image files removed. */
export interface DeleteEverythingResult {
  deleted: Record<string, number>;
  imageFiles: number;
}

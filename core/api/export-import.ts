import { isUtf8 } from "node:buffer";
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  closeSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { once } from "node:events";
import { createGunzip, createGzip, gunzipSync } from "node:zlib";
import type { Embedder } from "../../models/embedder.js";
import { PRIVATE_DIR_MODE, PRIVATE_FILE_MODE, type EngramDb } from "../db/connection.js";
import { enforceForeignKeys, foreignKeyViolations, schemaVersion } from "../db/maintenance.js";
import { getSetting } from "../db/repos/settings.js";
import { hasRows, insertRow, tableColumns, tableExists, tablePages } from "../db/repos/tables.js";
import { ensureVectorTables, putVector, type EmbedderIdentity, type VectorTarget } from "../db/vectors.js";
import { reembedAll } from "../retrieval/reembed.js";
import { ApiError } from "./errors.js";
import { framesDirFor } from "../capture/storage.js";
import { deleteUserRows } from "./wipe.js";

/**
 * The Engram export file: one gzip-compressed JSON Lines file.
 *
 * - line 1, the header: `{"format":"engram-export","version":1,"schemaVersion":N,"createdAt":ms,
 *   "embedder":{"id","dimension"}|null,"withScreenshots":bool}`
 * - then one line per row: `{"t":"<table>","r":{<column>:<value>}}`, tables in dependency order
 *   (EXPORT_TABLES). BLOB values are `{"$b64":"..."}`. `image_path` columns hold the path relative
 *   to the frames folder (the convention of migration 002, kept on restore), or null when the
 *   images were not exported.
 * - with screenshots, one line per image: `{"t":"$image","path":"<relative>","data":"<base64>"}`
 * - last line: `{"t":"$end","counts":{<table>:rows}}`; a file without it is truncated.
 *
 * Row ids are kept, so an export restores into an EMPTY database with every link intact.
 * The float vectors (`memories_embeddings`, `sources_embeddings`) are exported with the embedder
 * identity in the header: restoring with the same embedder puts them back as they were (some are
 * not a function of the text alone: the heuristic engine pools its sources' vectors); with another
 * embedder they are skipped and everything is re-embedded.
 */
export const EXPORT_FORMAT = "engram-export";
/** Version of the file layout above. */
export const EXPORT_VERSION = 1;

/** Tables exported, parents before children (tables missing from a database are skipped). Vault
 * rows travel encrypted, as stored. */
export const EXPORT_TABLES = [
  "settings",
  "conversations",
  "sources",
  "frames",
  "vault_keys",
  "vault_items",
  "memories",
  "memory_facts",
  "memory_sources",
  "memory_versions",
  "entities",
  "entity_aliases",
  "edges",
  "memories_embeddings",
  "sources_embeddings",
] as const;

/** The vector tables of the export (core/db/vectors.ts), with their target and key column. */
const VECTOR_TABLES: Record<string, { target: VectorTarget; key: string }> = {
  memories_embeddings: { target: "memories", key: "memory_id" },
  sources_embeddings: { target: "sources", key: "source_id" },
};

/** Settings that describe this database's own index, never carried over. */
const LOCAL_SETTINGS = new Set(["embedder"]);
const CHUNK = 1000;

/** The header line of an export. */
export interface ExportHeader {
  format: typeof EXPORT_FORMAT;
  version: number;
  schemaVersion: number;
  createdAt: number;
  embedder: EmbedderIdentity | null;
  withScreenshots: boolean;
}

/** Rows written (or restored) per table, plus `$image` files. */
export type ExportCounts = Record<string, number>;

function encodeValue(v: unknown): unknown {
  return Buffer.isBuffer(v) ? { $b64: v.toString("base64") } : v;
}

function decodeValue(v: unknown): unknown {
  return v && typeof v === "object" && "$b64" in v ? Buffer.from(String((v as { $b64: unknown }).$b64), "base64") : v;
}

/**
 * Writes an export of `db` to `file` (gzip JSON Lines, see above).
 * Rows are read in chunks of 1000 between writes, so the app stays responsive; rows written by
 * other requests during the export may or may not be included.
 * @param opts.withScreenshots include the screenshot image files (base64)
 * @param opts.onProgress (table, rows written so far in that table)
 * @returns rows per table and the file size in bytes
 */
export async function exportDatabase(
  db: EngramDb,
  dbPath: string,
  file: string,
  opts: { withScreenshots?: boolean; now?: number; onProgress?: (table: string, rows: number) => void } = {},
): Promise<{ counts: ExportCounts; bytes: number }> {
  mkdirSync(dirname(resolve(file)), { recursive: true, mode: PRIVATE_DIR_MODE });
  const gzip = createGzip();
  const out = createWriteStream(file, { mode: PRIVATE_FILE_MODE });
  const done = new Promise<void>((ok, fail) => {
    out.on("finish", ok).on("error", fail);
    gzip.on("error", fail);
  });
  gzip.pipe(out);
  const write = async (value: unknown) => {
    if (!gzip.write(`${JSON.stringify(value)}\n`)) await once(gzip, "drain");
  };
  const frames = framesDirFor(dbPath);
  const withImages = !!opts.withScreenshots && !!frames;
  const embedder = getSetting<EmbedderIdentity>(db, "embedder") ?? null;
  const header: ExportHeader = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    schemaVersion: schemaVersion(db),
    createdAt: opts.now ?? Date.now(),
    embedder,
    withScreenshots: withImages,
  };
  await write(header);
  const counts: ExportCounts = {};
  const images: string[] = [];
  for (const table of EXPORT_TABLES) {
    if (!tableExists(db, table)) continue;
    const page = tablePages(db, table);
    counts[table] = 0;
    for (let offset = 0; ; offset += CHUNK) {
      const rows = page(CHUNK, offset);
      for (const row of rows) {
        if (table === "settings" && LOCAL_SETTINGS.has(String(row.key))) continue;
        const r: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(row)) r[k] = encodeValue(v);
        if ("image_path" in row) r.image_path = imageRef(row.image_path, frames, withImages, images);
        await write({ t: table, r });
        counts[table]++;
      }
      opts.onProgress?.(table, counts[table]);
      if (rows.length < CHUNK) break;
    }
  }
  counts.$image = 0;
  for (const rel of new Set(images)) {
    const abs = join(frames!, rel);
    if (!existsSync(abs)) continue;
    await write({ t: "$image", path: rel.split(sep).join("/"), data: readFileSync(abs).toString("base64") });
    counts.$image++;
    if (counts.$image % 100 === 0) opts.onProgress?.("$image", counts.$image);
  }
  await write({ t: "$end", counts });
  gzip.end();
  await done;
  return { counts, bytes: statSync(file).size };
}

/** An image path as stored in the export: relative to the frames folder, or null. */
function imageRef(path: unknown, frames: string | null, withImages: boolean, images: string[]): string | null {
  if (!withImages || typeof path !== "string" || !frames) return null;
  const abs = isAbsolute(path) ? path : join(frames, path);
  const rel = relative(frames, abs);
  if (rel.startsWith("..") || isAbsolute(rel)) return null; // an image outside the data folder is not ours to export
  images.push(rel);
  return rel.split(sep).join("/");
}

/**
 * True when `file` is an Engram export (gzip whose first line is an `engram-export` header).
 * Reads at most the first 64 KiB; never throws for unreadable or non-gzip files (returns false).
 */
export function isEngramExport(file: string): boolean {
  try {
    const fd = openSync(file, "r");
    const buf = Buffer.alloc(65536);
    const n = readSync(fd, buf, 0, buf.length, 0);
    closeSync(fd);
    if (n < 2 || buf[0] !== 0x1f || buf[1] !== 0x8b) return false;
    let text: string;
    try {
      text = gunzipSync(buf.subarray(0, n), { finishFlush: 2 /* Z_SYNC_FLUSH: accept a truncated stream */ }).toString("utf8");
    } catch {
      return false;
    }
    const first = text.split("\n", 1)[0]!;
    return (JSON.parse(first) as { format?: unknown }).format === EXPORT_FORMAT;
  } catch {
    return false;
  }
}

/** Progress of restoring an export. */
export interface RestoreProgress {
  phase: "validate" | "import" | "embed";
  /** lines (validate/import) or rows embedded (embed) */
  done: number;
  total: number | null;
}

/** What a restore did. */
export interface RestoreReport {
  header: ExportHeader;
  counts: ExportCounts;
  /** true when vectors were computed by the current embedder because the export's differed */
  reembedded: boolean;
}

/** Longest line of an export, decompressed: 64 MiB (a row, or one screenshot in base64). */
export const MAX_EXPORT_LINE_BYTES = 64 * 1024 * 1024;
/** Largest decompressed size of an export: 200 times the file, and at least 1 GiB (JSON Lines of rows compress 3–15×). */
const MAX_EXPANSION = 200;

/** One line's bytes → its parsed object; errors name the file and the line. */
function parseLine(file: string, n: number, bytes: Buffer): Record<string, unknown> | null {
  if (!isUtf8(bytes)) throw new ApiError("bad_request", `${file}: line ${n}: invalid UTF-8; the export file is damaged`);
  const line = bytes.toString("utf8");
  if (!line.trim()) return null;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new ApiError("bad_request", `${file}: line ${n}: not valid JSON; the export file is damaged`);
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new ApiError("bad_request", `${file}: line ${n}: expected an object`);
  return value as Record<string, unknown>;
}

/**
 * The lines of a gzip JSON Lines export, parsed, read as a stream: memory holds one line (at most
 * MAX_EXPORT_LINE_BYTES decompressed) and the decompressed total is bounded (MAX_EXPANSION).
 * @throws ApiError bad_request naming the file and the line: invalid UTF-8 or JSON, a line too
 *   long, a file that expands too much, a damaged or truncated gzip stream.
 */
async function* lines(file: string): AsyncGenerator<{ n: number; value: Record<string, unknown> }> {
  const maxTotal = Math.max(1024 ** 3, statSync(file).size * MAX_EXPANSION);
  let n = 0;
  let total = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  try {
    for await (const chunk of createReadStream(file).pipe(createGunzip()) as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxTotal)
        throw new ApiError("bad_request", `${file}: line ${n + 1}: the export expands to more than ${maxTotal} bytes; it is not an Engram export`);
      let start = 0;
      for (let nl = chunk.indexOf(0x0a); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
        const bytes = pending.length ? Buffer.concat([...pending, chunk.subarray(start, nl)]) : chunk.subarray(start, nl);
        pending = [];
        pendingBytes = 0;
        start = nl + 1;
        if (bytes.length > MAX_EXPORT_LINE_BYTES)
          throw new ApiError("bad_request", `${file}: line ${n + 1}: longer than ${MAX_EXPORT_LINE_BYTES} bytes; the export file is damaged`);
        const value = parseLine(file, ++n, bytes);
        if (value) yield { n, value };
      }
      pending.push(chunk.subarray(start));
      pendingBytes += chunk.length - start;
      if (pendingBytes > MAX_EXPORT_LINE_BYTES)
        throw new ApiError("bad_request", `${file}: line ${n + 1}: longer than ${MAX_EXPORT_LINE_BYTES} bytes; the export file is damaged`);
    }
    const value = pendingBytes ? parseLine(file, ++n, Buffer.concat(pending)) : null;
    if (value) yield { n, value };
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw new ApiError("bad_request", `${file}: line ${n + 1}: ${(err as Error).message} (is it a complete Engram export?)`, { cause: err });
  }
}

function columnsOf(db: EngramDb, table: string): Set<string> {
  return new Set(tableColumns(db, table).map((c) => c.name));
}

/** Pass 1: header, known tables and columns, safe image paths, the end marker. Writes nothing. */
async function validate(db: EngramDb, file: string, onLine: (n: number) => void): Promise<{ header: ExportHeader; lines: number }> {
  let header: ExportHeader | null = null;
  let ended = false;
  let count = 0;
  const columns = new Map<string, Set<string>>();
  for await (const { n, value } of lines(file)) {
    count = n;
    if (n % 5000 === 0) onLine(n);
    if (!header) {
      if (value.format !== EXPORT_FORMAT) throw new ApiError("bad_request", `${file}: line 1: not an Engram export (no engram-export header)`);
      if (typeof value.version !== "number" || value.version > EXPORT_VERSION) {
        throw new ApiError("bad_request", `${file}: made by a newer Engram (export format ${String(value.version)}); update Engram to import it`);
      }
      const mine = schemaVersion(db);
      if (typeof value.schemaVersion === "number" && value.schemaVersion > mine) {
        throw new ApiError(
          "bad_request",
          `${file}: made by a newer Engram (database schema ${value.schemaVersion}, this one has ${mine}); update Engram to import it`,
        );
      }
      header = value as unknown as ExportHeader;
      continue;
    }
    if (ended) throw new ApiError("bad_request", `${file}: line ${n}: data after the end marker`);
    const t = value.t;
    if (t === "$end") {
      ended = true;
    } else if (t === "$image") {
      if (typeof value.path !== "string" || !safeRelative(value.path) || typeof value.data !== "string") {
        throw new ApiError("bad_request", `${file}: line ${n}: image entry needs a relative "path" inside the frames folder and base64 "data"`);
      }
    } else if (typeof t === "string" && (EXPORT_TABLES as readonly string[]).includes(t)) {
      const vec = VECTOR_TABLES[t];
      if (!vec && !tableExists(db, t)) throw new ApiError("bad_request", `${file}: line ${n}: table "${t}" does not exist in this database version`);
      const cols = columns.get(t) ?? columns.set(t, vec ? new Set([vec.key, "vector"]) : columnsOf(db, t)).get(t)!;
      const row = value.r as Record<string, unknown> | undefined;
      if (!row || typeof row !== "object") throw new ApiError("bad_request", `${file}: line ${n}: row of "${t}" is missing its "r" object`);
      const unknown = Object.keys(row).find((c) => !cols.has(c));
      if (unknown) throw new ApiError("bad_request", `${file}: line ${n}: table "${t}" has no column "${unknown}"`);
      if (typeof row.image_path === "string" && !safeRelative(row.image_path)) {
        throw new ApiError("bad_request", `${file}: line ${n}: image_path must be relative to the frames folder`);
      }
    } else {
      throw new ApiError("bad_request", `${file}: line ${n}: unknown entry type ${JSON.stringify(t)}`);
    }
  }
  if (!header) throw new ApiError("bad_request", `${file}: the file is empty`);
  if (!ended) throw new ApiError("bad_request", `${file}: the export is truncated (no end marker); export again`);
  onLine(count);
  return { header, lines: count };
}

/**
 * Checks that an Engram export is whole without a database (`engram import` runs it before it opens
 * one, import-check.ts, so a damaged or truncated export creates no database file): every line
 * decompresses and parses, and the last entry is the end marker. What depends on the database
 * (its tables and columns, its schema version) is checked by the restore's own validation pass.
 * @throws ApiError bad_request naming the file and the line (a damaged gzip stream or line, a missing end marker)
 */
export async function checkExportWhole(file: string): Promise<void> {
  let last: unknown;
  for await (const { value } of lines(file)) last = value.t;
  if (last !== "$end") throw new ApiError("bad_request", `${file}: the export is truncated (no end marker); export again`);
}

/** Removes `dir`'s empty sub-folders (and `dir` itself when it ends up empty). */
function removeEmptyDirs(dir: string): void {
  if (!existsSync(dir)) return;
  for (const e of readdirSync(dir, { withFileTypes: true })) if (e.isDirectory()) removeEmptyDirs(join(dir, e.name));
  if (readdirSync(dir).length === 0) rmSync(dir, { recursive: true, force: true });
}

function safeRelative(p: string): boolean {
  return !isAbsolute(p) && !p.split(/[\\/]/).includes("..") && p.length > 0;
}

/** True when the database holds no user data (sources, memories, conversations, entities). */
export function isEmptyDatabase(db: EngramDb): boolean {
  return ["sources", "memories", "conversations", "entities"].every((t) => !hasRows(db, t));
}

/**
 * Restores an Engram export into an EMPTY database: validates the whole file first (a bad file
 * changes nothing), then inserts rows with their ids in transactions of 1000 lines, writes the
 * images into the frames folder, checks foreign keys, and completes the vector index with
 * `embedder`: the exported vectors are kept when the export used the same embedder, else (and for
 * any row without one) vectors are computed.
 * If anything fails after the first row was written, every restored row and image file is removed
 * again (all or nothing); the error names the file and the line.
 * @throws ApiError conflict when the database is not empty; bad_request for a bad file.
 */
export async function restoreExport(
  db: EngramDb,
  dbPath: string,
  embedder: Embedder,
  file: string,
  opts: { onProgress?: (p: RestoreProgress) => void } = {},
): Promise<RestoreReport> {
  if (!isEmptyDatabase(db)) {
    throw new ApiError(
      "conflict",
      "An Engram export can only be restored into an empty database. Delete everything first, or import into a new data folder (--db).",
    );
  }
  const { header, lines: total } = await validate(db, file, (n) => opts.onProgress?.({ phase: "validate", done: n, total: null }));
  const counts: ExportCounts = {};
  const frames = framesDirFor(dbPath);
  const sameEmbedder = header.embedder?.id === embedder.id && header.embedder?.dimension === embedder.dimension;
  const written: string[] = []; // image files restored so far (removed again when the restore fails)
  const applyOne = (v: Record<string, unknown>, t: string): boolean => {
    if (t === "$image") {
      if (!frames) return false;
      const dest = join(frames, String(v.path));
      mkdirSync(dirname(dest), { recursive: true, mode: PRIVATE_DIR_MODE });
      written.push(dest);
      writeFileSync(dest, Buffer.from(String(v.data), "base64"), { mode: PRIVATE_FILE_MODE });
    } else if (VECTOR_TABLES[t]) {
      if (!sameEmbedder) return false; // recomputed below by the current embedder
      const { target, key } = VECTOR_TABLES[t];
      const row = v.r as Record<string, unknown>;
      const blob = decodeValue(row.vector);
      if (!Buffer.isBuffer(blob) || blob.byteLength !== embedder.dimension * 4) {
        throw new Error(
          `vector: expected ${embedder.dimension} float32 values (${embedder.dimension * 4} bytes in "$b64"), got ${Buffer.isBuffer(blob) ? `${blob.byteLength} bytes` : typeof blob}`,
        );
      }
      putVector(db, target, Number(row[key]), new Float32Array(blob.buffer.slice(blob.byteOffset, blob.byteOffset + blob.byteLength)));
    } else {
      const row = { ...(v.r as Record<string, unknown>) };
      if (t === "settings" && LOCAL_SETTINGS.has(String(row.key))) return false;
      const bad = Object.entries(row).find(([, x]) => x !== null && typeof x === "object" && !Buffer.isBuffer(decodeValue(x)));
      if (bad) throw new Error(`column "${bad[0]}": expected a number, a string, null or {"$b64": …}, got ${Array.isArray(bad[1]) ? "an array" : "an object"}`);
      for (const c of Object.keys(row)) row[c] = decodeValue(row[c]);
      insertRow(db, t, row, t === "settings" ? "INSERT OR REPLACE" : "INSERT");
    }
    return true;
  };
  const apply = db.transaction((batch: Array<{ n: number; value: Record<string, unknown> }>) => {
    for (const { n, value: v } of batch) {
      const t = String(v.t);
      if (t === "$end") continue;
      try {
        if (applyOne(v, t)) counts[t] = (counts[t] ?? 0) + 1;
      } catch (err) {
        throw new ApiError("bad_request", `${file}: line ${n}: ${t === "$image" ? "image" : `table "${t}"`}: ${(err as Error).message}; nothing was restored`, {
          cause: err,
        });
      }
    }
  });

  ensureVectorTables(db, embedder);
  enforceForeignKeys(db, false);
  try {
    let batch: Array<{ n: number; value: Record<string, unknown> }> = [];
    let first = true;
    for await (const { n, value } of lines(file)) {
      if (first) {
        first = false;
        continue;
      }
      batch.push({ n, value });
      if (batch.length >= CHUNK) {
        apply(batch);
        batch = [];
        opts.onProgress?.({ phase: "import", done: n, total });
      }
    }
    apply(batch);
    opts.onProgress?.({ phase: "import", done: total, total });
    const bad = foreignKeyViolations(db);
    if (bad) throw new ApiError("bad_request", `${file}: ${bad} rows point to rows missing from the export; the export is inconsistent`);
  } catch (err) {
    enforceForeignKeys(db, true);
    deleteUserRows(db);
    for (const f of written) rmSync(f, { force: true });
    if (frames) removeEmptyDirs(frames);
    throw err;
  }
  enforceForeignKeys(db, true);
  await reembedAll(db, embedder, (done, all) => opts.onProgress?.({ phase: "embed", done, total: all }));
  return { header, counts, reembedded: !sameEmbedder };
}

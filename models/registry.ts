/**
 * Installed models (table `models`, migration 003): where they live, how they
 * got there (catalog download or local import), and which one is active per role.
 *
 * Files live in `modelsDir()`: `<modelsDir>/<id>/<file>` (a chat model's path is
 * its GGUF file; an embedding model's path is its folder). The active chat model
 * is the row with `role='chat' AND active=1` (at most one per role, enforced by
 * a unique index); the first model installed for a role becomes active.
 */
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { basename, extname, join, resolve, sep } from "node:path";
import type { EngramDb } from "../core/db/connection.js";
import { type ModelRole, type ModelRow, activateModel, activeModelRow, deleteModel, getModelRow, listModelRows, upsertModel } from "../core/db/repos/models.js";
import { nowMs } from "../core/time/format.js";
import { type CatalogEntry, isVerified } from "./catalog.js";
import { type DownloadProgress, downloadFile, sha256File } from "./download.js";
import { readGguf, summarizeModel } from "./gguf.js";
import { modelsDir } from "./models-dir.js";

/** What a model is for: `chat` or `embedding` (the `models.role` column). */
export type { ModelRole };

/** An installed model (row of `models`). */
export interface ModelRecord {
  id: string;
  role: ModelRole;
  /** GGUF file (chat) or model folder (embedding). */
  path: string;
  sizeBytes: number;
  /** Hex sha256 of the GGUF file; for a folder, sha256 over `<relative path> <file sha256>` lines. */
  sha256: string | null;
  origin: "catalog" | "import";
  active: boolean;
  /** Architecture, context length, quantisation, ... (from the GGUF header or the catalog). */
  metadata: Record<string, unknown>;
  /** Epoch ms. */
  installedAt: number;
}

/** The models folder (models-dir.ts), for the registry's callers. */
export { modelsDir };

function toRecord(r: ModelRow): ModelRecord {
  return {
    id: r.id,
    role: r.role,
    path: r.path,
    sizeBytes: r.size_bytes,
    sha256: r.sha256,
    origin: r.origin,
    active: r.active === 1,
    metadata: JSON.parse(r.metadata) as Record<string, unknown>,
    installedAt: r.installed_at,
  };
}

/** Installed models, chat first, then by id; optionally only one role. */
export function listModels(db: EngramDb, role?: ModelRole): ModelRecord[] {
  return listModelRows(db, role).map(toRecord);
}

/** The installed model with this id, or null. */
export function getModel(db: EngramDb, id: string): ModelRecord | null {
  const row = getModelRow(db, id);
  return row ? toRecord(row) : null;
}

/**
 * The installed model with this id.
 * @throws Error naming the id and listing installed ids when there is none.
 */
export function requireModel(db: EngramDb, id: string): ModelRecord {
  const m = getModel(db, id);
  if (!m) {
    const ids = listModels(db).map((x) => x.id);
    throw new Error(`no installed model "${id}"${ids.length ? `; installed: ${ids.join(", ")}` : " (none installed: engram models import FILE)"}`);
  }
  return m;
}

/** The active model for a role, or null when none is installed/active. */
export function activeModel(db: EngramDb, role: ModelRole): ModelRecord | null {
  const row = activeModelRow(db, role);
  return row ? toRecord(row) : null;
}

/**
 * Makes `id` the active model of its role (the others of that role become inactive).
 * @throws Error when the model is not installed or its file is gone.
 */
export function useModel(db: EngramDb, id: string): ModelRecord {
  const m = requireModel(db, id);
  if (!existsSync(m.path)) throw new Error(`model "${id}": file ${m.path} is missing; import or download it again`);
  activateModel(db, id, m.role);
  return { ...m, active: true };
}

/**
 * Records an installed model (updating a row with the same id, whose adapters stay).
 * The first model of its role becomes active; an updated row keeps its active flag.
 */
export function saveModel(db: EngramDb, m: Omit<ModelRecord, "active" | "installedAt">): ModelRecord {
  return db.transaction(() => {
    const previous = getModel(db, m.id);
    const hasActive = activeModel(db, m.role) !== null;
    const active = previous ? previous.active && previous.role === m.role : !hasActive;
    upsertModel(db, {
      id: m.id,
      role: m.role,
      path: m.path,
      size_bytes: m.sizeBytes,
      sha256: m.sha256,
      origin: m.origin,
      active: active ? 1 : 0,
      metadata: JSON.stringify(m.metadata),
      installed_at: nowMs(),
    });
    return getModel(db, m.id)!;
  })();
}

/**
 * Forgets an installed model and its adapters; with `deleteFiles`, also deletes its files
 * when they are inside `modelsDir()` (files imported in place are never deleted).
 * @throws Error when the model is not installed.
 */
export function removeModel(db: EngramDb, id: string, opts: { deleteFiles?: boolean } = {}): ModelRecord {
  const m = requireModel(db, id);
  deleteModel(db, id);
  const own = join(modelsDir(), id);
  const path = resolve(m.path);
  if (opts.deleteFiles && (path === resolve(own) || path.startsWith(resolve(own) + sep))) rmSync(own, { recursive: true, force: true });
  return m;
}

/** Options of `importModel`. */
export interface ImportOptions {
  /** Model id; default derived from the file name (lower case, `[a-z0-9._-]`). */
  id?: string;
  /** Register the file where it is instead of copying it into `modelsDir()`. */
  inPlace?: boolean;
  /** Called with bytes hashed so far while computing the sha256. */
  onProgress?: (bytes: number, total: number) => void;
}

/** Turns a file name into a model id: `Qwen2.5-0.5B-Instruct-Q4_K_M.gguf` → `qwen2.5-0.5b-instruct-q4_k_m`. */
export function idFromFileName(file: string): string {
  const stem = basename(file, extname(file))
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, "-")
    .replace(/^[^a-z0-9]+/, "");
  return stem || "model";
}

/**
 * Imports a local model: a GGUF chat model file, or an embedding model folder (a
 * transformers.js layout with `config.json` and `onnx/*.onnx`). The file is checked
 * (a GGUF header must parse, must not be a LoRA adapter), copied into
 * `<modelsDir>/<id>/` unless `inPlace`, hashed and recorded.
 * @throws GgufError for a missing, truncated or non-GGUF file; Error for an adapter file
 *   or a folder that is not an ONNX model.
 */
export async function importModel(db: EngramDb, file: string, opts: ImportOptions = {}): Promise<ModelRecord> {
  const src = resolve(file);
  const id = opts.id ?? idFromFileName(src);
  if (existsSync(src) && statSync(src).isDirectory()) return importEmbeddingFolder(db, src, id, opts);
  const gguf = readGguf(src);
  if (gguf.metadata.get("general.type") === "adapter") {
    throw new Error(`${src} is a LoRA adapter, not a model; add it with: engram adapters add ${file} --op OP --base MODEL`);
  }
  const summary = summarizeModel(gguf);
  const dest = opts.inPlace ? src : join(modelsDir(), id, basename(src));
  if (dest !== src) {
    mkdirSync(join(modelsDir(), id), { recursive: true });
    cpSync(src, dest);
  }
  const sha256 = await sha256File(dest, (b) => opts.onProgress?.(b, gguf.size));
  const { kind: _kind, path: _path, ...metadata } = summary;
  return saveModel(db, { id, role: "chat", path: dest, sizeBytes: gguf.size, sha256, origin: "import", metadata });
}

/** Lists files under `dir` as paths relative to it, sorted. */
function walk(dir: string, prefix = ""): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(dir, join(prefix, e.name)) : [join(prefix, e.name)]))
    .sort();
}

async function importEmbeddingFolder(db: EngramDb, src: string, id: string, opts: ImportOptions): Promise<ModelRecord> {
  const files = walk(src);
  if (!files.includes("config.json") || !files.some((f) => f.startsWith("onnx") && f.endsWith(".onnx"))) {
    throw new Error(`${src}: not an embedding model folder (expected config.json and onnx/*.onnx)`);
  }
  const dest = opts.inPlace ? src : join(modelsDir(), id);
  if (dest !== src) cpSync(src, dest, { recursive: true });
  const total = files.reduce((s, f) => s + statSync(join(dest, f)).size, 0);
  return saveModel(db, {
    id,
    role: "embedding",
    path: dest,
    sizeBytes: total,
    sha256: await folderSha256(dest, files),
    origin: "import",
    metadata: { files },
  });
}

/** sha256 over the lines `<relative path> <file sha256>` of every file, in sorted order. */
async function folderSha256(dir: string, files: string[]): Promise<string> {
  const lines: string[] = [];
  for (const f of files) lines.push(`${f} ${await sha256File(join(dir, f))}`);
  return createHash("sha256").update(lines.join("\n")).digest("hex");
}

/** Options of `installCatalogModel`. */
export interface InstallOptions {
  /** Accept files without a published sha256 (their computed hash is recorded and returned). */
  allowUnverified?: boolean;
  /** Progress per file: `file` is the catalog file's path, `index` its position. */
  onProgress?: (file: string, index: number, p: DownloadProgress) => void;
  signal?: AbortSignal;
  /** Resume attempts per file after an interrupted transfer; default 3. */
  retries?: number;
}

/** Result of a catalog install: the record and the hash computed for every file. */
export interface InstallResult {
  model: ModelRecord;
  files: Array<{ path: string; sha256: string; verified: boolean }>;
}

/**
 * Downloads every file of a catalog model into `<modelsDir>/<id>/` (resumable, sha256
 * verified) and records it.
 * @throws Error before downloading anything when a file has no published sha256 and
 *   `allowUnverified` is not set; ChecksumError/Error from the downloader otherwise.
 */
export async function installCatalogModel(db: EngramDb, entry: CatalogEntry, opts: InstallOptions = {}): Promise<InstallResult> {
  if (!isVerified(entry) && !opts.allowUnverified) {
    const missing = entry.files.filter((f) => f.sha256 === null).map((f) => f.path);
    throw new Error(
      `model "${entry.id}" has no published sha256 for ${missing.join(", ")}; ` +
        "rerun with --allow-unverified to download anyway (the computed sha256 is printed and recorded)",
    );
  }
  const dir = join(modelsDir(), entry.id);
  const results: InstallResult["files"] = [];
  for (const [index, f] of entry.files.entries()) {
    const r = await downloadFile({
      url: f.url,
      dest: join(dir, f.path),
      sha256: f.sha256,
      signal: opts.signal,
      retries: opts.retries,
      onProgress: (p) => opts.onProgress?.(f.path, index, p),
    });
    results.push({ path: f.path, sha256: r.sha256, verified: f.sha256 !== null });
  }
  const chat = entry.role === "chat";
  const path = chat ? join(dir, entry.files[0]!.path) : dir;
  const sizeBytes = entry.files.reduce((s, f) => s + statSync(join(dir, f.path)).size, 0);
  const sha256 = chat ? results[0]!.sha256 : await folderSha256(dir, walk(dir));
  let metadata: Record<string, unknown> = { name: entry.name, license: entry.license, contextLength: entry.contextLength, quantization: entry.quantization };
  if (chat) {
    const { kind: _kind, path: _path, ...summary } = summarizeModel(readGguf(path));
    metadata = { ...metadata, ...summary };
  } else {
    metadata.dimension = entry.dimension;
  }
  const model = saveModel(db, { id: entry.id, role: entry.role, path, sizeBytes, sha256, origin: "catalog", metadata });
  return { model, files: results };
}

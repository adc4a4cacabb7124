/**
 * The LoRA adapter registry (table `adapters`, migration 003): at most one adapter
 * per (base model, memory operation), after MemLoRA (one specialised adapter per
 * memory operation lets a small model do extraction, update and answering well).
 *
 * Adapter files are copied to `<modelsDir>/<base model id>/adapters/<op>-<sha8>.gguf`,
 * so removing the base model with its files removes its adapters too.
 */
import { cpSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import type { EngramDb } from "../../core/db/connection.js";
import { type AdapterRow, adapterRowFor, deleteAdapter, listAdapterRows, replaceAdapter } from "../../core/db/repos/adapters.js";
import { nowMs } from "../../core/time/format.js";
import { sha256File } from "../download.js";
import { readGguf } from "../gguf.js";
import { modelsDir, requireModel } from "../registry.js";
import { checkAdapterFitsBase } from "./inspect.js";

/** The memory operations the engine runs; others may be added (any `[a-z][a-z0-9_-]*` name). */
export const MEMORY_OPS = ["extract", "update", "answer"] as const;

/** A memory operation: one of MEMORY_OPS or a future one. */
export type MemoryOp = (typeof MEMORY_OPS)[number] | (string & {});

/**
 * Validates an operation name.
 * @throws Error naming the value when it is not `[a-z][a-z0-9_-]{0,31}`.
 */
export function checkOp(op: string): MemoryOp {
  if (!/^[a-z][a-z0-9_-]{0,31}$/.test(op)) {
    throw new Error(`invalid operation "${op}": use ${MEMORY_OPS.join(", ")} or another lower-case name`);
  }
  return op;
}

/** A registered adapter (row of `adapters`). */
export interface AdapterRecord {
  id: number;
  /** `models.id` of the base model. */
  baseModel: string;
  op: MemoryOp;
  path: string;
  /** Runtime LoRA scale (multiplies alpha / rank); default 1. */
  scale: number;
  sha256: string;
  origin: "import" | "catalog";
  rank: number | null;
  alpha: number | null;
  /** Epoch ms. */
  createdAt: number;
}

function toRecord(r: AdapterRow): AdapterRecord {
  return {
    id: r.id,
    baseModel: r.base_model,
    op: r.op,
    path: r.path,
    scale: r.scale,
    sha256: r.sha256,
    origin: r.origin,
    rank: r.rank,
    alpha: r.alpha,
    createdAt: r.created_at,
  };
}

/** Registered adapters, by base model then operation; optionally of one base model. */
export function listAdapters(db: EngramDb, baseModel?: string): AdapterRecord[] {
  return listAdapterRows(db, baseModel).map(toRecord);
}

/** The adapter for `op` on `baseModel`, or null (the operation then runs on the base model alone). */
export function adapterFor(db: EngramDb, baseModel: string, op: string): AdapterRecord | null {
  const row = adapterRowFor(db, baseModel, op);
  return row ? toRecord(row) : null;
}

/** Options of `addAdapter`. */
export interface AddAdapterOptions {
  op: string;
  /** `models.id` of the installed chat model the adapter was trained on. */
  base: string;
  /** LoRA scale in (0, 10]; default 1. */
  scale?: number;
}

/**
 * Registers a LoRA adapter for one operation of one base model, replacing the
 * previous adapter of that (base, op). The file is checked against the base model
 * (architecture, tensor names and shapes), copied under the models folder and hashed.
 * @returns the new record and the one it replaced (null if none).
 * @throws AdapterMismatchError naming both files when it does not fit the base model;
 *   GgufError for a missing, truncated or non-adapter file; Error for an unknown base
 *   model, an embedding base model, a bad op or scale.
 */
export async function addAdapter(db: EngramDb, file: string, opts: AddAdapterOptions): Promise<{ adapter: AdapterRecord; replaced: AdapterRecord | null }> {
  const op = checkOp(opts.op);
  const scale = opts.scale ?? 1;
  if (!Number.isFinite(scale) || scale <= 0 || scale > 10) throw new Error(`invalid scale ${opts.scale}: use a number in (0, 10]`);
  const base = requireModel(db, opts.base);
  if (base.role !== "chat") throw new Error(`model "${base.id}" is an ${base.role} model; adapters apply to chat models`);
  const src = resolve(file);
  const summary = checkAdapterFitsBase(readGguf(src), readGguf(base.path));
  const sha256 = await sha256File(src);
  const dir = join(modelsDir(), base.id, "adapters");
  const dest = join(dir, `${op}-${sha256.slice(0, 8)}.gguf`);
  if (dest !== src) {
    mkdirSync(dir, { recursive: true });
    cpSync(src, dest);
  }
  const replaced = adapterFor(db, base.id, op);
  const adapter = toRecord(
    replaceAdapter(db, { base_model: base.id, op, path: dest, scale, sha256, rank: summary.rank, alpha: summary.alpha, created_at: nowMs() }),
  );
  if (replaced && replaced.path !== dest) deleteOwnedFile(replaced.path);
  return { adapter, replaced };
}

/** Deletes a file only when it lies inside the models folder (never a user's own file). */
function deleteOwnedFile(path: string): void {
  if (resolve(path).startsWith(resolve(modelsDir()) + sep) && existsSync(path)) rmSync(path);
}

/**
 * Unregisters the adapter of (base, op) and deletes its copied file.
 * @throws Error when there is no such adapter.
 */
export function removeAdapter(db: EngramDb, base: string, op: string): AdapterRecord {
  const a = adapterFor(db, base, op);
  if (!a) throw new Error(`no adapter for operation "${op}" on model "${base}"`);
  deleteAdapter(db, a.id);
  deleteOwnedFile(a.path);
  return a;
}

/**
 * Training data for LoRA memory adapters: the log of LLM calls (table `llm_calls`)
 * and its export as chat-format JSONL (`{"messages":[{role,content},...]}` per line),
 * the input format of common LoRA trainers (TRL SFTTrainer, Axolotl, Unsloth).
 *
 * An example is the input the engine gave the model plus the output that was kept;
 * when the user corrected the result, the correction is the output. With no logged
 * calls, `extract` examples can be rebuilt from the database by the memory engine
 * (`ExportOptions.rebuild`, core/memory/llm-dataset.ts).
 */
import { closeSync, mkdirSync, openSync, renameSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import type { EngramDb } from "../../core/db/connection.js";
import { nowMs } from "../../core/time/format.js";
import type { ChatMessage } from "../llm/types.js";
import { checkOp, type MemoryOp } from "./registry.js";

/** One logged LLM call. */
export interface LlmCallInput {
  op: MemoryOp;
  /** `models.id` of the model that answered. */
  modelId?: string | null;
  /** `adapters.id` applied, or null for the base model. */
  adapterId?: number | null;
  input: ChatMessage[];
  /** The model's answer as text (JSON text for structured calls). */
  output: string;
  /** Whether the engine kept (applied) the output; default false. */
  kept?: boolean;
}

/**
 * Logs one LLM call (the memory engine calls this after each call).
 * @returns the call's id, for `markLlmCall`.
 */
export function recordLlmCall(db: EngramDb, call: LlmCallInput): number {
  const now = nowMs();
  const info = db
    .prepare(
      `INSERT INTO llm_calls (op, model_id, adapter_id, input, output, kept, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(checkOp(call.op), call.modelId ?? null, call.adapterId ?? null, JSON.stringify(call.input), call.output, call.kept ? 1 : 0, now, now);
  return Number(info.lastInsertRowid);
}

/**
 * Marks a logged call as kept/discarded, or stores the user's correction of its result
 * (e.g. after an edit in the memory browser; a correction implies kept).
 * @throws Error when no call has this id.
 */
export function markLlmCall(db: EngramDb, id: number, update: { kept?: boolean; correctedOutput?: string }): void {
  const row = db.prepare("SELECT kept, corrected_output FROM llm_calls WHERE id = ?").get(id) as { kept: number; corrected_output: string | null } | undefined;
  if (!row) throw new Error(`no llm call with id ${id}`);
  const corrected = update.correctedOutput ?? row.corrected_output;
  const kept = update.correctedOutput !== undefined ? 1 : update.kept === undefined ? row.kept : update.kept ? 1 : 0;
  db.prepare("UPDATE llm_calls SET kept = ?, corrected_output = ?, updated_at = ? WHERE id = ?").run(kept, corrected, nowMs(), id);
}


/** Options of `exportDataset`. */
export interface ExportOptions {
  /** Only examples the user corrected (calls with a correction; memories with user_edited=1). */
  onlyCorrected?: boolean;
  /** How to rebuild `extract` examples from stored memories when no call was logged (the memory
   * engine's core/memory/llm-dataset.ts, so they read as the runtime's prompts); none when absent. */
  rebuild?: (onlyCorrected: boolean) => DatasetExample[];
  /** Called after each written example with the count so far. */
  onProgress?: (written: number) => void;
}

/** What `exportDataset` wrote. */
export interface ExportResult {
  path: string;
  examples: number;
  /** Examples whose output the user corrected. */
  corrected: number;
  /** Where the examples came from. */
  from: "llm_calls" | "memories" | "none";
}

/** One training example: the chat messages (system, user, assistant) and whether the user
 * corrected its answer. */
export interface DatasetExample {
  messages: ChatMessage[];
  corrected: boolean;
}

function examplesFromCalls(db: EngramDb, op: string, onlyCorrected: boolean): DatasetExample[] {
  const rows = db
    .prepare(
      `SELECT input, output, corrected_output FROM llm_calls
       WHERE op = ? AND (kept = 1 OR corrected_output IS NOT NULL)
       ORDER BY corrected_output IS NULL, id`,
    )
    .all(op) as Array<{ input: string; output: string; corrected_output: string | null }>;
  return rows
    .filter((r) => !onlyCorrected || r.corrected_output !== null)
    .map((r) => ({
      messages: [...(JSON.parse(r.input) as ChatMessage[]), { role: "assistant", content: r.corrected_output ?? r.output }],
      corrected: r.corrected_output !== null,
    }));
}

/**
 * Writes the examples of one operation to `out` as chat JSONL (atomically: a temp file
 * renamed into place). Logged calls are used when there are any; for `extract` without
 * logged calls, examples come from `opts.rebuild` (sources and the memories derived from them).
 * @throws Error for an invalid op or when `out` cannot be written (message names the path).
 */
export function exportDataset(db: EngramDb, op: string, out: string, opts: ExportOptions = {}): ExportResult {
  checkOp(op);
  let examples = examplesFromCalls(db, op, opts.onlyCorrected ?? false);
  let from: ExportResult["from"] = examples.length ? "llm_calls" : "none";
  if (!examples.length && op === "extract") {
    examples = opts.rebuild?.(opts.onlyCorrected ?? false) ?? [];
    if (examples.length) from = "memories";
  }
  const tmp = `${out}.tmp-${process.pid}`;
  try {
    mkdirSync(dirname(out), { recursive: true });
    const fd = openSync(tmp, "w");
    try {
      examples.forEach((e, i) => {
        writeSync(fd, `${JSON.stringify({ messages: e.messages })}\n`);
        opts.onProgress?.(i + 1);
      });
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, out);
  } catch (err) {
    throw new Error(`cannot write dataset ${out}: ${(err as Error).message}`);
  }
  return { path: out, examples: examples.length, corrected: examples.filter((e) => e.corrected).length, from };
}

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
import { insertLlmCall, keptLlmCalls, llmCallMarks, setLlmCallMarks } from "../../core/db/repos/llm-calls.js";
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
  return insertLlmCall(db, {
    op: checkOp(call.op),
    model_id: call.modelId ?? null,
    adapter_id: call.adapterId ?? null,
    input: JSON.stringify(call.input),
    output: call.output,
    kept: call.kept ? 1 : 0,
    at: nowMs(),
  });
}

/**
 * Marks a logged call as kept/discarded, or stores the user's correction of its result
 * (e.g. after an edit in the memory browser; a correction implies kept).
 * @throws Error when no call has this id.
 */
export function markLlmCall(db: EngramDb, id: number, update: { kept?: boolean; correctedOutput?: string }): void {
  const row = llmCallMarks(db, id);
  if (!row) throw new Error(`no llm call with id ${id}`);
  const corrected = update.correctedOutput ?? row.corrected_output;
  const kept = update.correctedOutput !== undefined ? 1 : update.kept === undefined ? row.kept : update.kept ? 1 : 0;
  setLlmCallMarks(db, id, kept, corrected, nowMs());
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
  return keptLlmCalls(db, op)
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

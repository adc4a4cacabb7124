import type { EngramDb } from "../connection.js";

// The log of LLM calls (table `llm_calls`, migration 003): the training data of LoRA memory
// adapters (models/adapters/dataset.ts). `input` is the chat messages as JSON text, `output` the
// model's answer; `corrected_output` the user's correction of its result. Times epoch ms.

/** A call to log; `kept` is 0/1. */
export interface NewLlmCall {
  op: string;
  model_id: string | null;
  adapter_id: number | null;
  /** JSON text of the chat messages */
  input: string;
  output: string;
  kept: number;
  /** epoch ms, stored as created_at and updated_at */
  at: number;
}

/** A logged call as training data: its input, its output and the user's correction (null when none). */
export interface LlmCallExample {
  input: string;
  output: string;
  corrected_output: string | null;
}

/** Logs one call. @returns its id. */
export function insertLlmCall(db: EngramDb, c: NewLlmCall): number {
  const info = db
    .prepare(
      `INSERT INTO llm_calls (op, model_id, adapter_id, input, output, kept, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(c.op, c.model_id, c.adapter_id, c.input, c.output, c.kept, c.at, c.at);
  return Number(info.lastInsertRowid);
}

/** Whether call `id` was kept (0/1) and its correction, or undefined when there is no such call. */
export function llmCallMarks(db: EngramDb, id: number): { kept: number; corrected_output: string | null } | undefined {
  return db.prepare("SELECT kept, corrected_output FROM llm_calls WHERE id = ?").get(id) as { kept: number; corrected_output: string | null } | undefined;
}

/** Sets call `id`'s kept flag (0/1) and correction; `at` (epoch ms) becomes its updated_at. */
export function setLlmCallMarks(db: EngramDb, id: number, kept: number, correctedOutput: string | null, at: number): void {
  db.prepare("UPDATE llm_calls SET kept = ?, corrected_output = ?, updated_at = ? WHERE id = ?").run(kept, correctedOutput, at, id);
}

/** The calls of operation `op` that were kept or corrected: corrected ones first, then by id. */
export function keptLlmCalls(db: EngramDb, op: string): LlmCallExample[] {
  return db
    .prepare(
      `SELECT input, output, corrected_output FROM llm_calls
       WHERE op = ? AND (kept = 1 OR corrected_output IS NOT NULL)
       ORDER BY corrected_output IS NULL, id`,
    )
    .all(op) as LlmCallExample[];
}

/** The output of `extract` call `id` as it stands (the user's correction when there is one), or undefined when there is no such call. */
export function extractCallOutput(db: EngramDb, id: number): string | undefined {
  return (
    db.prepare("SELECT COALESCE(corrected_output, output) AS output FROM llm_calls WHERE id = ? AND op = 'extract'").get(id) as { output: string } | undefined
  )?.output;
}

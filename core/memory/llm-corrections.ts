import type { EngramDb } from "../db/connection.js";
import { extractCallOutput } from "../db/repos/llm-calls.js";
import { markLlmCall } from "../../models/adapters/dataset.js";

/**
 * Where a memory the `llm` engine wrote came from (its `details.llm_call`): the logged `extract`
 * call (`llm_calls.id`) and the memory's index in that call's `memories` output.
 */
export interface LlmOrigin {
  id: number;
  index: number;
}

/** The origin recorded in a memory's details (JSON text), or null when another engine wrote it. */
function llmOrigin(details: string): LlmOrigin | null {
  let o: Partial<LlmOrigin> | undefined;
  try {
    o = (JSON.parse(details) as { llm_call?: Partial<LlmOrigin> }).llm_call;
  } catch {
    return null;
  }
  return o && Number.isInteger(o.id) && Number.isInteger(o.index) ? { id: o.id!, index: o.index! } : null;
}

/**
 * Records the user's edit of a memory the `llm` engine wrote as the corrected output of the call
 * that wrote it (docs/adapters.md): the call's JSON output with that memory's title and content
 * replaced, so `engram adapters export-dataset` trains on what the user wanted.
 * @param details the memory's `details` JSON text (its `llm_call` names the call)
 * @param edited the memory as the user left it
 * @returns whether a correction was recorded (false when the memory has no `llm_call`, the call
 *   was deleted, or its output is not the extract shape `{ memories: [...] }`)
 */
export function recordCorrection(db: EngramDb, details: string, edited: { title: string; content: string }): boolean {
  const origin = llmOrigin(details);
  if (!origin) return false;
  const output = extractCallOutput(db, origin.id);
  if (output === undefined) return false;
  let out: { memories?: Array<Record<string, unknown>> };
  try {
    out = JSON.parse(output) as typeof out;
  } catch {
    return false;
  }
  const memory = out.memories?.[origin.index];
  if (!memory) return false;
  out.memories![origin.index] = { ...memory, title: edited.title, content: edited.content };
  markLlmCall(db, origin.id, { correctedOutput: JSON.stringify(out) });
  return true;
}

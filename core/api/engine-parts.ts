import type { Embedder } from "../../models/embedder.js";
import type { EngramDb } from "../db/connection.js";
import { ApiError } from "./errors.js";

/**
 * Typed adapters to engine parts built in parallel (issue 6: core/assistant, core/memory).
 * Loaded on first use; when a part is not in this build the call fails with `unavailable` and a
 * message for the user instead of crashing the API. Replace with static imports once the parts
 * have landed (see the report of issue 5).
 */

/** A citation as core/assistant returns it (snake_case rows). */
export interface EngineCitation {
  memory_id: number;
  title: string;
  occurred_at: number | null;
  sources: Array<{ source_id: number; kind: string; external_id: string | null; conversation: string | null; speaker: string | null; occurred_at: number }>;
}

/** An answer as core/assistant returns it. */
export interface EngineAnswer {
  answer: string;
  citations: EngineCitation[];
  engine: "llm" | "heuristic";
  abstained: boolean;
}

/** core/assistant/ask.ts `ask`. */
export type AskFn = (
  db: EngramDb,
  embedder: Embedder,
  question: string,
  opts: { now?: number; k?: number; onToken?: (text: string) => void; signal?: AbortSignal },
) => Promise<EngineAnswer>;

/** core/assistant/chat.ts `chatTurn`. */
export type ChatTurnFn = (
  db: EngramDb,
  embedder: Embedder,
  message: string,
  opts: { conversationId?: number; onToken?: (text: string) => void; signal?: AbortSignal },
) => Promise<EngineAnswer & { conversationId: number; userSourceId: number; assistantSourceId: number }>;

/** core/memory `createMemoryEngine(db, embedder)`; `process` turns unprocessed sources into memories. */
export type CreateMemoryEngineFn = (
  db: EngramDb,
  embedder: Embedder,
) => { process(opts?: { onProgress?: (done: number, total: number) => void; signal?: AbortSignal }): Promise<unknown> };

// Specifiers held in variables so this file compiles before the modules exist.
const ASK = "../assistant/ask.js";
const CHAT = "../assistant/chat.js";
const MEMORY = "../memory/index.js";

async function load<T>(specifier: string, name: string, what: string): Promise<T> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import(specifier)) as Record<string, unknown>;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ERR_MODULE_NOT_FOUND") {
      throw new ApiError("unavailable", `${what} is not part of this build of Engram yet.`, { cause: err });
    }
    throw err;
  }
  if (typeof mod[name] !== "function") throw new ApiError("unavailable", `${what} is not part of this build of Engram yet.`);
  return mod[name] as T;
}

/** Loads `ask`. @throws ApiError unavailable when the assistant is not in this build. */
export const loadAsk = () => load<AskFn>(ASK, "ask", "The assistant");
/** Loads `chatTurn`. @throws ApiError unavailable when the assistant is not in this build. */
export const loadChatTurn = () => load<ChatTurnFn>(CHAT, "chatTurn", "The assistant's chat");
/** Loads `createMemoryEngine`, or null when the memory engine is not in this build. */
export async function loadMemoryEngine(): Promise<CreateMemoryEngineFn | null> {
  try {
    return await load<CreateMemoryEngineFn>(MEMORY, "createMemoryEngine", "The memory engine");
  } catch (err) {
    if (err instanceof ApiError && err.code === "unavailable") return null;
    throw err;
  }
}

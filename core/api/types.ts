/**
 * The one typed façade of Engram: `EngramApi`, its request/response shapes, errors and streams.
 *
 * Everything the UI can do goes through this interface. It has two transports with the same
 * contract (see core/api/README.md):
 * - desktop app: IPC. The preload exposes `window.engram` (an `EngramBridge`); the main process
 *   validates every request again (core/api/schemas.ts) and forwards it to the engine process.
 * - browser mode (`engram serve`): HTTP on 127.0.0.1 with a per-start token. Every method is
 *   `POST /api/<method>` with the request as JSON body; a plain method answers JSON, a streaming
 *   method answers `text/event-stream` (SSE frames `event: <type>` + `data: <json>`, ending with
 *   `event: result` or `event: error`).
 *
 * This file and its modules are types only (no runtime code; the modules import only each other) so
 * the renderer can `import type` it and type-check with DOM libs and without Node types. Conventions:
 * times are integer epoch milliseconds UTC; sizes are bytes; field names are camelCase; ids of
 * memories and sources are the database integer ids.
 *
 * The contract lives in core/api/types/, one module per section, all re-exported here:
 * - vocabulary.ts: shared vocabulary (MemoryType, SourceKind, ImportFormat, FileInput, Page), errors, streams
 * - memories.ts: memories (Memory, SourceRef, MemoryDetail, edit and delete requests) and search
 * - views.ts: sources and conversations, the graph, the timeline
 * - ask.ts: ask and chat (Answer, Citation, ChatThread)
 * - transfer.ts: import, export, deleteEverything
 * - capture.ts: screen capture
 * - models.ts: models, adapters, model servers; model-registry.ts: the registry as stored
 * - status.ts: settings, stats, info, Empty
 * - agents.ts: remember, entities, note edits, the vault
 * - facade.ts: EngramApi, processSources and consolidation, ApiMethod and the helper types, EngramBridge
 */

export type * from "./types/vocabulary.js";
export type * from "./types/memories.js";
export type * from "./types/views.js";
export type * from "./types/ask.js";
export type * from "./types/transfer.js";
export type * from "./types/capture.js";
export type * from "./types/models.js";
export type * from "./types/model-registry.js";
export type * from "./types/status.js";
export type * from "./types/agents.js";
export type * from "./types/facade.js";

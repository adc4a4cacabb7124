import { z } from "zod";
import { IMPORT_FORMATS } from "../ingest/kit/types.js";
import { ApiError } from "./errors.js";
import type { ApiMethod, ApiRequest } from "./types.js";

/**
 * zod schemas of every API request (core/api/types.ts), checked at each boundary: the HTTP router,
 * the Electron main process and the engine itself. Objects are strict: an unknown field is a
 * `bad_request` naming it. Times are integer epoch ms; limits are capped here, not silently.
 */

const id = z.number().int().positive();
const time = z.number().int().min(0);
const memoryType = z.enum(["core", "episodic", "semantic", "procedural", "resource", "vault"]);
const sourceKind = z.enum(["chat_turn", "screenshot", "file", "manual"]);
const importFormat = z.enum(["engram", ...IMPORT_FORMATS]);
const cursor = z.string().max(200);
const limit = (max: number) => z.number().int().min(1).max(max);
const path = z.string().min(1, "a file path is required").max(4096);
const empty = z.strictObject({});
const modelId = z.string().min(1).max(200);

const modelRole = z.enum(["chat", "embedding"]);
/** A memory operation adapters are trained for: the registry's rule (models/adapters/registry.ts `checkOp`). */
const memoryOp = z.string().regex(/^[a-z][a-z0-9_-]{0,31}$/, {
  error: (iss) => `invalid operation ${JSON.stringify(iss.input)}: use extract, update, answer or another lower-case name`,
});
const passphrase = z.string().min(1, "type the vault's passphrase").max(1000);

const me = z.string().trim().min(1, "name the speaker who is you").max(200);
const fileInput = z.union([
  z.strictObject({ path, format: importFormat.optional(), me: me.optional() }),
  z.strictObject({ file: z.instanceof(Blob), name: z.string().min(1).max(255), format: importFormat.optional(), me: me.optional() }),
]);

/**
 * Largest frame `captureFrame` takes, in bytes (encoded image or raw bitmap): 256 MiB, the bitmap
 * of an 8192×8192 screen at 4 bytes per pixel (an 8K display's, 7680×4320, is 133 MB).
 */
export const MAX_FRAME_BYTES = 256 * 1024 * 1024;
/** Frame bytes: a Uint8Array (a Buffer is one) of at most `MAX_FRAME_BYTES`. */
const frameBytes = z
  .instanceof(Uint8Array, { error: "frame bytes as a Uint8Array (over IPC from the desktop app's capture; JSON cannot carry them)" })
  .refine((b) => b.byteLength > 0, "the frame has no bytes")
  .refine((b) => b.byteLength <= MAX_FRAME_BYTES, `a frame is at most ${MAX_FRAME_BYTES} bytes`);
/** Pixels per side of a raw frame (core/capture/image.ts MAX_SIDE checks it again). */
const side = z.number().int().min(1).max(16_384);
const rawFrame = z
  .strictObject({ data: frameBytes, width: side, height: side, order: z.enum(["rgba", "bgra"]) })
  .refine((r) => r.data.byteLength === r.width * r.height * 4, "data must hold width × height × 4 bytes");

const captureSettings = z.strictObject({
  enabled: z.boolean(),
  intervalMs: z.number().int().min(1000, "capture interval must be at least 1000 ms").max(3_600_000),
  excludedApps: z.array(z.string().max(200)).max(500),
  excludedTitles: z.array(z.string().max(200)).max(500),
  excludedHosts: z.array(z.string().max(253)).max(500),
  retentionDays: z.number().int().min(0).max(36500),
  keepImages: z.boolean(),
  redact: z.boolean(),
  allowUnidentified: z.boolean(),
});

/** The request schema of each method. */
export const REQUEST_SCHEMAS: { [M in ApiMethod]: z.ZodType<ApiRequest<M>> } = {
  search: z.strictObject({
    query: z.string().trim().min(1, "type something to search for").max(2000),
    types: z.array(memoryType).optional(),
    from: time.optional(),
    to: time.optional(),
    asOf: time.optional(),
    includeInvalid: z.boolean().optional(),
    sourceKinds: z.array(sourceKind).optional(),
    apps: z.array(z.string().max(200)).max(100).optional(),
    k: limit(200).optional(),
    mode: z.enum(["hybrid", "bm25", "vector"]).optional(),
  }),
  listMemories: z.strictObject({
    types: z.array(memoryType).optional(),
    pinnedOnly: z.boolean().optional(),
    includeInvalid: z.boolean().optional(),
    sort: z.enum(["occurred_desc", "occurred_asc", "updated_desc", "importance_desc"]).optional(),
    from: time.optional(),
    to: time.optional(),
    sourceKinds: z.array(sourceKind).optional(),
    apps: z.array(z.string().max(200)).max(100).optional(),
    cursor: cursor.optional(),
    limit: limit(500).optional(),
  }),
  getMemory: z.strictObject({ id }),
  updateMemory: z.strictObject({
    id,
    title: z.string().trim().min(1, "a title cannot be empty").max(500).optional(),
    content: z.string().trim().min(1, "the content cannot be empty").max(100_000).optional(),
    details: z.record(z.string(), z.unknown()).optional(),
    occurredAt: time.nullable().optional(),
    importance: z.number().min(0).max(1).optional(),
  }),
  createMemory: z.strictObject({
    type: memoryType,
    title: z.string().trim().min(1, "a title cannot be empty").max(500).optional(),
    content: z.string().trim().min(1, "write what to remember").max(100_000),
    details: z.record(z.string(), z.unknown()).optional(),
    occurredAt: time.nullable().optional(),
    importance: z.number().min(0).max(1).optional(),
    pinned: z.boolean().optional(),
  }),
  pinMemory: z.strictObject({ id, pinned: z.boolean() }),
  deleteMemory: z.strictObject({ id, withSources: z.boolean().optional() }),
  forgetMemories: z.strictObject({ ids: z.array(id).min(1, "name at least one memory").max(10_000), withSources: z.boolean().optional() }),
  undoDelete: z.strictObject({ undoToken: z.string().min(1).max(100) }),
  memoryHistory: z.strictObject({ id }),
  memoryProvenance: z.strictObject({ id }),
  getSource: z.strictObject({ id, context: z.number().int().min(0).max(50).optional() }),
  graph: z.strictObject({
    types: z.array(memoryType).optional(),
    includeEntities: z.boolean().optional(),
    from: time.optional(),
    to: time.optional(),
    includeInvalid: z.boolean().optional(),
    limit: limit(5000).optional(),
    cursor: cursor.optional(),
  }),
  timeline: z.strictObject({
    before: time.optional(),
    days: limit(31).optional(),
    tzOffsetMinutes: z.number().int().min(-840).max(840).optional(),
    types: z.array(memoryType).optional(),
    perDay: limit(500).optional(),
    conversationId: id.optional(),
    entityId: id.optional(),
    activity: z.boolean().optional(),
  }),
  ask: z.strictObject({
    question: z.string().trim().min(1, "ask a question").max(4000),
    k: limit(50).optional(),
    now: time.optional(),
    remember: z.boolean().optional(),
  }),
  chat: z.strictObject({ message: z.string().trim().min(1, "write a message").max(20_000), conversationId: id.optional() }),
  listChats: z.strictObject({ cursor: cursor.optional(), limit: limit(200).optional() }),
  getChat: z.strictObject({ conversationId: id, limit: limit(5000).optional() }),
  importFile: fileInput,
  exportData: z.strictObject({ path: path.optional(), withScreenshots: z.boolean().optional(), format: z.enum(["engram", "markdown"]).optional() }),
  deleteEverything: z.strictObject({
    confirm: z.literal("delete everything", { error: 'confirm must be exactly "delete everything"' }),
    includeSettings: z.boolean().optional(),
  }),
  captureStatus: empty,
  setCaptureSettings: captureSettings.partial(),
  pauseCapture: z.strictObject({
    minutes: z
      .number()
      .int()
      .min(1)
      .max(7 * 24 * 60)
      .optional(),
  }),
  resumeCapture: empty,
  captureFile: z.strictObject({
    path,
    capturedAt: time.optional(),
    display: z.number().int().min(0).optional(),
    app: z.string().max(10_000).optional(),
    windowTitle: z.string().max(10_000).optional(),
    url: z.string().max(100_000).optional(),
    passphrase: passphrase.optional(),
  }),
  captureFrame: z
    .strictObject({
      png: frameBytes.optional(),
      raw: rawFrame.optional(),
      capturedAt: time,
      display: z.number().int().min(0).optional(),
      app: z.string().max(10_000).nullable().optional(),
      windowTitle: z.string().max(10_000).nullable().optional(),
      url: z.string().max(100_000).nullable().optional(),
      name: z.string().min(1).max(4096).optional(),
    })
    .refine((r) => (r.png === undefined) !== (r.raw === undefined), "give exactly one of png (encoded image bytes) and raw (a bitmap)"),
  captureConfig: z.strictObject({ set: z.array(z.string().max(100_000)).max(100).optional() }),
  captureStorage: empty,
  pruneCapture: empty,
  pinFrames: z.strictObject({ ids: z.array(id).min(1, "name at least one frame").max(10_000), pinned: z.boolean() }),
  listRedactions: z.strictObject({ reveal: z.boolean().optional(), passphrase: passphrase.optional() }),
  listModels: empty,
  downloadModel: z.strictObject({ id: modelId, allowUnverified: z.boolean().optional() }),
  importModel: z.union([
    z.strictObject({ path, role: modelRole.optional(), id: modelId.optional(), inPlace: z.boolean().optional() }),
    z.strictObject({
      choice: z.string().regex(/^[a-f0-9]{32}$/, "a choice from findModelFiles"),
      role: modelRole.optional(),
      id: modelId.optional(),
      inPlace: z.boolean().optional(),
    }),
  ]),
  findModelFiles: z.strictObject({ role: modelRole }),
  useModel: z.strictObject({ id: modelId }),
  removeModel: z.strictObject({ id: modelId, deleteFiles: z.boolean().optional() }),
  importAdapter: z.strictObject({
    path,
    baseModel: modelId,
    op: memoryOp,
    scale: z.number().min(0).max(10).optional(),
  }),
  removeAdapter: z.union([z.strictObject({ id }), z.strictObject({ baseModel: modelId, op: memoryOp })]),
  modelRegistry: empty,
  inspectModelFile: z.strictObject({ path }),
  exportDataset: z.strictObject({ op: memoryOp, path, onlyCorrected: z.boolean().optional() }),
  getSettings: empty,
  setSettings: z.strictObject({
    values: z.record(z.string().regex(/^[a-zA-Z0-9_.-]{1,100}$/, "setting keys are like section.name"), z.unknown()),
  }),
  stats: empty,
  info: empty,
  processSources: z.strictObject({ engine: z.enum(["heuristic", "llm"]).optional() }),
  consolidate: z.strictObject({ dryRun: z.boolean().optional(), now: time.optional() }),
  lastConsolidation: empty,
  undoMerge: z.strictObject({ id }),
  addEndpoint: z.strictObject({
    name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/, "letters, digits, '.', '_', '-' or ':' (at most 64)"),
    url: z.string().min(1, "the server's API URL, e.g. http://127.0.0.1:11434/v1").max(2000),
    model: z.string().trim().min(1, "the model name the server knows").max(200),
    apiKeyEnv: z
      .string()
      .regex(/^[A-Za-z_][A-Za-z0-9_]{0,127}$/, "the NAME of an environment variable, not the key")
      .optional(),
    allowRemote: z.boolean().optional(),
    contextLength: z.number().int().min(256).max(10_000_000).optional(),
  }),
  removeEndpoint: z.strictObject({ name: z.string().min(1).max(64) }),
  remember: z.strictObject({ text: z.string().trim().min(1, "write something to remember").max(20_000), occurredAt: time.optional() }),
  getEntity: z
    .strictObject({
      id: id.optional(),
      name: z.string().trim().min(1, "an entity name cannot be empty").max(200).optional(),
      limit: limit(500).optional(),
      includeInvalid: z.boolean().optional(),
    })
    .refine((r) => (r.id === undefined) !== (r.name === undefined), "give either the entity's id or its name"),
  listEntities: z.strictObject({ kind: z.enum(["person", "place", "organisation", "app", "thing", "other"]).optional(), limit: limit(500).optional() }),
  mergeEntities: z.strictObject({ into: id, from: id }).refine((r) => r.into !== r.from, "an entity cannot be merged into itself"),
  editNote: z.strictObject({ sourceId: id, text: z.string().trim().min(1, "a note cannot be empty (delete it instead)").max(20_000) }),
  vaultStatus: empty,
  addVaultItem: z.strictObject({
    label: z.string().trim().min(1, "name the secret (the name is not encrypted)").max(200),
    value: z.string().min(1, "type the secret to keep").max(10_000),
    kind: z
      .string()
      .regex(/^[a-z_]{1,40}$/, "a kind such as password, pin, card or api_key")
      .optional(),
    passphrase: passphrase.optional(),
  }),
  revealVaultItem: z.strictObject({ id, passphrase: passphrase.optional() }),
  splitEntity: z.strictObject({
    id,
    memoryIds: z.array(id).min(1, "name at least one memory to move").max(500),
    name: z.string().trim().min(1).max(200).optional(),
  }),
};

/**
 * Validates the request of `method`. `undefined`/`null` count as `{}`.
 * @throws ApiError `bad_request` whose message names the first invalid field, e.g.
 *   `search: query: type something to search for`.
 */
export function parseRequest<M extends ApiMethod>(method: M, raw: unknown): ApiRequest<M> {
  const res = REQUEST_SCHEMAS[method].safeParse(raw ?? {});
  if (res.success) return res.data;
  const issue = res.error.issues[0]!;
  const field = issue.path.join(".");
  let detail = issue.message;
  if (issue.code === "unrecognized_keys") detail = `unknown field ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
  if (issue.code === "invalid_key") detail = issue.issues[0]?.message ?? detail;
  throw new ApiError("bad_request", `${method}: ${field ? `${field}: ` : ""}${detail}`, field ? { field } : {});
}

// The façade: EngramApi, the memory engine's on-demand types, per-method helper types and the desktop bridge.
import type { ApiErrorInfo, EngineKind, MemoryType, Page, StreamOptions } from "./vocabulary.js";
import type {
  CreateMemoryRequest,
  DeleteMemoryRequest,
  DeleteMemoryResult,
  ForgetMemoriesRequest,
  ForgottenCounts,
  ListMemoriesRequest,
  ListedMemory,
  Memory,
  MemoryDetail,
  MemoryIdRequest,
  MemorySummary,
  MemoryVersion,
  PinMemoryRequest,
  SearchRequest,
  SearchResult,
  SourceRef,
  UndoDeleteRequest,
  UpdateMemoryRequest,
} from "./memories.js";
import type { ConversationInfo, GetSourceRequest, GraphRequest, GraphResult, SourceDetail, TimelineRequest, TimelineResult } from "./views.js";
import type { Answer, AnswerEvent, AskRequest, ChatRequest, ChatResult, ChatThread, GetChatRequest, ListChatsRequest } from "./ask.js";
import type {
  DeleteEverythingRequest,
  DeleteEverythingResult,
  ExportEvent,
  ExportRequest,
  ExportResult,
  ImportEvent,
  ImportRequest,
  ImportResult,
} from "./transfer.js";
import type {
  CaptureConfig,
  CaptureConfigRequest,
  CaptureFileRequest,
  CaptureFrameRequest,
  CaptureSettings,
  CaptureStatus,
  CaptureStorage,
  CapturedFile,
  CapturedFrame,
  ListRedactionsRequest,
  PauseCaptureRequest,
  PinFramesRequest,
  PinFramesResult,
  PruneCaptureResult,
  RedactedValue,
} from "./capture.js";
import type {
  AdapterIdRequest,
  AdapterInfo,
  AddEndpointRequest,
  DownloadEvent,
  DownloadModelRequest,
  DownloadedModel,
  EndpointNameRequest,
  FindModelFilesRequest,
  ImportAdapterRequest,
  ImportModelEvent,
  ImportModelRequest,
  ModelFileList,
  ModelInfo,
  ModelsState,
  RemoveModelRequest,
  UseModelRequest,
} from "./models.js";
import type { DatasetExport, ExportDatasetRequest, InspectModelFileRequest, ModelFileSummary, ModelRegistry } from "./model-registry.js";
import type { Empty, Info, SetSettingsRequest, Stats } from "./status.js";
import type {
  AddVaultItemRequest,
  EditNoteRequest,
  EditNoteResult,
  EntityDetail,
  EntityList,
  GetEntityRequest,
  ListEntitiesRequest,
  MergeEntitiesRequest,
  RememberRequest,
  RememberResult,
  RevealVaultItemRequest,
  RevealedSecret,
  SplitEntityRequest,
  VaultStatus,
} from "./agents.js";

// ───────────────────────────── the façade ─────────────────────────────

/**
 * The Engram API. Every method validates its request (core/api/schemas.ts) and rejects with an
 * `ApiErrorInfo`-shaped error (`ApiError` in core/api/errors.ts, `EngramApiError` in the renderer)
 * on failure. Streaming methods take `StreamOptions` as second argument.
 */
export interface EngramApi {
  // memories
  search(req: SearchRequest): Promise<SearchResult>;
  listMemories(req: ListMemoriesRequest): Promise<Page<ListedMemory>>;
  getMemory(req: MemoryIdRequest): Promise<MemoryDetail>;
  updateMemory(req: UpdateMemoryRequest): Promise<Memory>;
  createMemory(req: CreateMemoryRequest): Promise<Memory>;
  pinMemory(req: PinMemoryRequest): Promise<Memory>;
  deleteMemory(req: DeleteMemoryRequest): Promise<DeleteMemoryResult>;
  /** Deletes several memories for good in one transaction (`engram delete`). */
  forgetMemories(req: ForgetMemoriesRequest): Promise<ForgottenCounts>;
  undoDelete(req: UndoDeleteRequest): Promise<Memory>;
  memoryHistory(req: MemoryIdRequest): Promise<MemoryVersion[]>;
  memoryProvenance(req: MemoryIdRequest): Promise<SourceRef[]>;
  // sources and views
  getSource(req: GetSourceRequest): Promise<SourceDetail>;
  graph(req: GraphRequest): Promise<GraphResult>;
  timeline(req: TimelineRequest): Promise<TimelineResult>;
  // assistant
  ask(req: AskRequest, opts?: StreamOptions<AnswerEvent>): Promise<Answer>;
  chat(req: ChatRequest, opts?: StreamOptions<AnswerEvent>): Promise<ChatResult>;
  listChats(req: ListChatsRequest): Promise<Page<ConversationInfo>>;
  getChat(req: GetChatRequest): Promise<ChatThread>;
  // data in and out
  importFile(req: ImportRequest, opts?: StreamOptions<ImportEvent>): Promise<ImportResult>;
  exportData(req: ExportRequest, opts?: StreamOptions<ExportEvent>): Promise<ExportResult>;
  deleteEverything(req: DeleteEverythingRequest): Promise<DeleteEverythingResult>;
  // capture
  captureStatus(req: Empty): Promise<CaptureStatus>;
  setCaptureSettings(req: Partial<CaptureSettings>): Promise<CaptureStatus>;
  pauseCapture(req: PauseCaptureRequest): Promise<CaptureStatus>;
  resumeCapture(req: Empty): Promise<CaptureStatus>;
  /** One screenshot file through the capture pipeline (`engram capture add|import|watch`). */
  captureFile(req: CaptureFileRequest): Promise<CapturedFile>;
  /** A screen frame the desktop app grabbed, as bytes, through the same pipeline (refused where capture is unavailable, e.g. `engram serve`). */
  captureFrame(req: CaptureFrameRequest): Promise<CapturedFrame>;
  /** Every capture setting, changed by `set` first (`engram capture settings`). */
  captureConfig(req: CaptureConfigRequest): Promise<CaptureConfig>;
  /** Frames, image bytes and vault of capture (`engram capture status`). */
  captureStorage(req: Empty): Promise<CaptureStorage>;
  /** Applies retention now (`engram capture prune`). */
  pruneCapture(req: Empty): Promise<PruneCaptureResult>;
  /** Pins or releases frames (`engram capture pin`). */
  pinFrames(req: PinFramesRequest): Promise<PinFramesResult>;
  /** Values redacted from captures into the vault (`engram capture redactions`). */
  listRedactions(req: ListRedactionsRequest): Promise<{ items: RedactedValue[] }>;
  // models
  listModels(req: Empty): Promise<ModelsState>;
  downloadModel(req: DownloadModelRequest, opts?: StreamOptions<DownloadEvent>): Promise<DownloadedModel>;
  importModel(req: ImportModelRequest, opts?: StreamOptions<ImportModelEvent>): Promise<ModelInfo>;
  useModel(req: UseModelRequest): Promise<ModelsState>;
  removeModel(req: RemoveModelRequest): Promise<ModelsState>;
  importAdapter(req: ImportAdapterRequest): Promise<AdapterInfo>;
  removeAdapter(req: AdapterIdRequest): Promise<ModelsState>;
  addEndpoint(req: AddEndpointRequest): Promise<ModelsState>;
  removeEndpoint(req: EndpointNameRequest): Promise<ModelsState>;
  /** Installed models, model servers, the catalog and adapters as stored (`engram models list`, `engram adapters list`). */
  modelRegistry(req: Empty): Promise<ModelRegistry>;
  /** What a GGUF file on this computer holds (`engram models inspect`). */
  inspectModelFile(req: InspectModelFileRequest): Promise<ModelFileSummary>;
  /** Writes an operation's training examples as chat JSONL (`engram adapters export-dataset`). */
  exportDataset(req: ExportDatasetRequest): Promise<DatasetExport>;
  // settings and info
  getSettings(req: Empty): Promise<Record<string, unknown>>;
  setSettings(req: SetSettingsRequest): Promise<Record<string, unknown>>;
  stats(req: Empty): Promise<Stats>;
  info(req: Empty): Promise<Info>;
  // the memory engine on demand (`engram process`, `engram consolidate`)
  /** Turns the sources not yet processed into memories; progress in sources. */
  processSources(req: ProcessSourcesRequest, opts?: StreamOptions<ProcessEvent>): Promise<ProcessResult>;
  /** Merges near-duplicates, summarises old episodes, decays unrecalled memories (or says what it would do). */
  consolidate(req: ConsolidateRequest): Promise<ConsolidateResult>;
  // what background consolidation did
  lastConsolidation(req: Empty): Promise<ConsolidationNotice | null>;
  undoMerge(req: MemoryIdRequest): Promise<Memory>;
  // agents (MCP tools)
  remember(req: RememberRequest): Promise<RememberResult>;
  getEntity(req: GetEntityRequest): Promise<EntityDetail>;
  /** The entities the memories mention most (of one kind: the people, for name suggestions). */
  listEntities(req: ListEntitiesRequest): Promise<EntityList>;
  /** The user merges entity `from` into `into` (two names of one person); the engine never undoes it. */
  mergeEntities(req: MergeEntitiesRequest): Promise<EntityDetail>;
  /** The user splits entity `id`: `memoryIds` mention a new entity (named `name`); the engine never undoes it. */
  splitEntity(req: SplitEntityRequest): Promise<EntityDetail>;
  // notes and the vault
  /** The user rewrites a note; its memories are rebuilt. */
  editNote(req: EditNoteRequest): Promise<EditNoteResult>;
  vaultStatus(req: Empty): Promise<VaultStatus>;
  /** A secret added by hand: encrypted in the vault, with a `vault` memory naming it. */
  addVaultItem(req: AddVaultItemRequest): Promise<Memory>;
  revealVaultItem(req: RevealVaultItemRequest): Promise<RevealedSecret>;
  /** Model files on this computer to import (browser mode's picker). */
  findModelFiles(req: FindModelFilesRequest): Promise<ModelFileList>;
}

/** A memory that consolidation hid: merged into a near-duplicate, or summarised into an episode. */
export interface ConsolidatedMemory {
  memory: MemorySummary;
  kind: "merged" | "summarised";
  /** the memory that took its place (null when that one is gone too) */
  into: MemorySummary | null;
  /** the user has brought it back since (`undoMerge`) */
  restored: boolean;
}

/** `processSources`: which engine writes the memories (default `heuristic`; `llm` needs a chat model). */
export interface ProcessSourcesRequest {
  engine?: EngineKind;
}

/** Progress of `processSources`: sources processed of those to process. */
export type ProcessEvent = { type: "progress"; done: number; total: number };

/** What one `processSources` run did. */
export interface ProcessResult {
  engine: EngineKind;
  /** sources marked processed */
  sources: number;
  /** operations applied, per op */
  operations: Record<"ADD" | "UPDATE" | "INVALIDATE" | "NOOP", number>;
  /** memories added, per type */
  added: Record<MemoryType, number>;
  entities: number;
  edges: number;
  /** wall time, s */
  seconds: number;
}

/** `consolidate`: `dryRun` only reports; `now` (epoch ms) is the time ages and decay are measured from. */
export interface ConsolidateRequest {
  dryRun?: boolean;
  now?: number;
}

/** What a `consolidate` run did (or would do). */
export interface ConsolidateResult {
  dryRun: boolean;
  actions: Array<{ kind: "merge" | "summarise" | "decay"; memoryIds: number[]; resultId: number | null; description: string }>;
  merged: number;
  summarised: number;
  decayed: number;
}

/** `lastConsolidation`: what the latest consolidation run that hid memories did. `items`: up to 200
 * of the hidden memories; `merged`/`summarised`: how many in all; `decayed`: importances lowered. */
export interface ConsolidationNotice {
  /** when it ran, epoch ms */
  at: number;
  merged: number;
  summarised: number;
  decayed: number;
  items: ConsolidatedMemory[];
}

/** Names of all API methods. */
export type ApiMethod = keyof EngramApi;

/** Methods that stream events (second argument `StreamOptions`). */
export type StreamingMethod = "ask" | "chat" | "importFile" | "exportData" | "downloadModel" | "importModel" | "processSources";

/** Request type of a method. */
export type ApiRequest<M extends ApiMethod> = Parameters<EngramApi[M]>[0];
/** Result type of a method. */
export type ApiResult<M extends ApiMethod> = Awaited<ReturnType<EngramApi[M]>>;
/** Event type of a streaming method. */
export type ApiEvent<M extends StreamingMethod> = NonNullable<Parameters<EngramApi[M]>[1]> extends StreamOptions<infer E> ? E : never;

/** What a bridge call resolves to: the result, or the error (Electron IPC keeps only the message
 * of a thrown Error, so errors travel as values). */
export type BridgeReply<T> = { ok: true; value: T } | { ok: false; error: ApiErrorInfo };

/**
 * What the preload exposes as `window.engram` (desktop app): the same methods as `EngramApi`, but
 * each resolves to a `BridgeReply`, and `signal` cannot cross the context bridge: a streaming call
 * takes `{ onEvent, callId }` and `cancel(callId)` aborts it. renderer/api/ipc-client.ts turns
 * this back into an `EngramApi`.
 */
export type EngramBridge = {
  [M in ApiMethod]: M extends StreamingMethod
    ? (req: ApiRequest<M>, opts?: { onEvent?: (event: ApiEvent<M>) => void; callId?: string }) => Promise<BridgeReply<ApiResult<M>>>
    : (req: ApiRequest<M>) => Promise<BridgeReply<ApiResult<M>>>;
} & {
  cancel(callId: string): void;
  /** the path of a dropped/picked File (Electron `webUtils.getPathForFile`), "" when it has none */
  pathForFile(file: Blob): string;
  /** the system's open dialog (main process): the chosen file or folder, null when cancelled */
  pickPath(req: PickPathRequest): Promise<string | null>;
};

/** What the desktop app's open dialog asks for: a file (with the allowed extensions) or a folder. */
export interface PickPathRequest {
  title: string;
  kind: "file" | "folder";
  /** file name extensions without the dot, e.g. ["gguf"] */
  extensions?: string[];
}

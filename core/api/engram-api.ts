import { enableSecureDelete } from "../db/maintenance.js";
import * as browse from "./browse.js";
import * as capture from "./capture.js";
import * as captureAdmin from "./capture-admin.js";
import { lazy, type ApiContext } from "./context.js";
import { toApiError } from "./errors.js";
import { forgetMemories } from "./forget.js";
import { graph } from "./graph.js";
import { API_METHODS } from "./methods.js";
import * as memories from "./memories.js";
import type { ModelHooks } from "./models.js";
import { getEntity, listEntities, mergeEntities, splitEntity } from "./entities.js";
import { lastConsolidation, undoMerge } from "./consolidation.js";
import { createMemory } from "./create-memory.js";
import { addVaultItem, revealVaultItem, vaultStatus } from "./vault-items.js";
import { parseRequest } from "./schemas.js";
import * as status from "./status.js";
import type { ApiMethod, CaptureStatus, EngramApi, StreamOptions } from "./types.js";

/**
 * Sections that load heavy libraries (compromise, chrono-node, node-llama-cpp, sharp, the ingest
 * parsers): imported on first use, so that a one-shot command (`engram search`, `engram stats`)
 * starts in a fraction of a second instead of paying ~2 s of CPU for modules it never calls.
 */
const load = {
  data: lazy(() => import("./data.js")),
  assistant: lazy(() => import("./assistant.js")),
  remember: lazy(() => import("./remember.js")),
  models: lazy(() => import("./models.js")),
  editNote: lazy(() => import("./edit-note.js")),
  engine: lazy(() => import("./engine.js")),
  captureFiles: lazy(() => import("./capture-files.js")),
  modelRegistry: lazy(() => import("./model-registry.js")),
};

/** The API implementation plus what its host needs to shut it down. */
export type EngramApiService = EngramApi & {
  /** drops undo snapshots; the host closes the database itself */
  dispose(): void;
  /** `dispose`, and stops the capture pipeline `captureFile`/`captureFrame` started (it makes memories of its last frames first) */
  close(): Promise<void>;
  /**
   * When this host captures the screen and capture is running (`captureStatus` state "running"),
   * makes the capture pipeline now, so its OCR workers warm up as soon as capture runs rather than
   * beside a frame (a cold worker's first text-dense page costs ~0.4–1 s more CPU; a frame that comes
   * during the warm-up is still read first; core/capture/README.md). Resolves
   * when the warm-up has ended: true when warm; false when capture is off, paused or unavailable,
   * or the warm-up failed. Never rejects. Also done by `setCaptureSettings` and `resumeCapture`
   * when they leave capture running; the host calls it in `warmUp`.
   */
  prepareCapture(): Promise<boolean>;
};

/**
 * The implementation of `EngramApi` over the database and the engine parts (core/api/*.ts, one
 * section per concern). Every method validates its request with the zod schema of its name
 * (core/api/schemas.ts) — transports validate too, this is the last line — and every failure
 * rejects with an `ApiError` (`toApiError` maps engine errors).
 *
 * Run it off any UI thread: `engram serve` runs it in the server process, the desktop app in
 * its engine process (electron/engine.ts).
 */
export function createEngramApi(ctx: ApiContext, hooks: ModelHooks = {}): EngramApiService {
  enableSecureDelete(ctx.db);
  const undo = new memories.DeleteWithUndo(ctx);
  const models = lazy(async () => new (await load.models()).ModelsApi(ctx, hooks));
  let captureFiles: Promise<import("./capture-files.js").CaptureFiles> | null = null;
  const files = () => (captureFiles ??= load.captureFiles().then((m) => new m.CaptureFiles(ctx)));
  /** the capture pipeline made now, its OCR warm-up begun; resolves when that has ended (see `prepareCapture`) */
  const warmCapture = async (): Promise<boolean> => (await files().catch(() => null))?.warmUp() ?? false;
  const prepareCapture = async (): Promise<boolean> => {
    try {
      return capture.captureRunning(ctx) ? await warmCapture() : false;
    } catch {
      return false; // e.g. the database closed meanwhile: capture's first frame then starts it
    }
  };
  /** a status that leaves capture running gets its pipeline made at once (see `prepareCapture`) */
  const preparing = (status: CaptureStatus): CaptureStatus => {
    if (status.state === "running") void warmCapture();
    return status;
  };
  const impl: EngramApi = {
    search: (r) => memories.search(ctx, r),
    listMemories: async (r) => memories.listMemories(ctx, r),
    getMemory: async (r) => memories.getMemoryDetail(ctx, r),
    updateMemory: (r) => memories.updateMemory(ctx, r),
    createMemory: (r) => createMemory(ctx, r),
    pinMemory: async (r) => memories.pinMemory(ctx, r),
    deleteMemory: async (r) =>
      r.withSources ? { undoToken: "", undoUntil: 0, forgotten: forgetMemories(ctx.db, ctx.dbPath, [r.id], { withSources: true }) } : undo.delete(r),
    forgetMemories: async (r) => forgetMemories(ctx.db, ctx.dbPath, r.ids, { withSources: r.withSources }),
    undoDelete: async (r) => undo.undo(r),
    memoryHistory: async (r) => memories.memoryHistory(ctx, r),
    memoryProvenance: async (r) => memories.memoryProvenance(ctx, r),
    getSource: async (r) => browse.getSource(ctx, r),
    graph: async (r) => graph(ctx, r),
    timeline: async (r) => browse.timeline(ctx, r),
    ask: async (r, so) => (await load.assistant()).ask(ctx, r, so),
    chat: async (r, so) => (await load.assistant()).chat(ctx, r, so),
    listChats: async (r) => browse.listChats(ctx, r),
    getChat: async (r) => browse.getChat(ctx, r),
    importFile: async (r, so) => (await load.data()).importData(ctx, r, so),
    exportData: async (r, so) => (await load.data()).exportData(ctx, r, so),
    deleteEverything: async (r) => {
      undo.clear();
      return (await load.data()).deleteEverything(ctx, r);
    },
    captureStatus: async () => capture.captureStatus(ctx),
    setCaptureSettings: async (r) => preparing(capture.setCaptureSettings(ctx, r)),
    pauseCapture: async (r) => capture.pauseCapture(ctx, r),
    resumeCapture: async () => preparing(capture.resumeCapture(ctx)),
    captureFile: async (r) => (await files()).captureFile(r),
    captureFrame: async (r) => (await files()).captureFrame(r),
    captureConfig: async (r) => captureAdmin.captureConfig(ctx, r),
    captureStorage: async () => captureAdmin.captureStorage(ctx),
    pruneCapture: async () => captureAdmin.pruneCapture(ctx),
    pinFrames: async (r) => captureAdmin.pinFrames(ctx, r),
    listRedactions: async (r) => captureAdmin.listRedactions(ctx, r),
    listModels: async () => (await models()).list(),
    downloadModel: async (r, so) => (await models()).download(r, so),
    importModel: async (r, so) => (await models()).import(r, so),
    useModel: async (r) => (await models()).use(r),
    removeModel: async (r) => (await models()).remove(r),
    importAdapter: async (r) => (await models()).importAdapter(r),
    removeAdapter: async (r) => (await models()).removeAdapter(r),
    addEndpoint: async (r) => (await models()).addEndpoint(r),
    removeEndpoint: async (r) => (await models()).removeEndpoint(r),
    modelRegistry: async () => (await load.modelRegistry()).modelRegistry(ctx),
    inspectModelFile: async (r) => (await load.modelRegistry()).inspectModelFile(r),
    exportDataset: async (r) => (await load.modelRegistry()).exportDataset(ctx, r),
    getSettings: async () => status.getSettings(ctx),
    setSettings: async (r) => status.setSettings(ctx, r),
    stats: async () => status.stats(ctx),
    info: async () => status.info(ctx),
    remember: async (r) => (await load.remember()).remember(ctx, r),
    getEntity: async (r) => getEntity(ctx, r),
    listEntities: async (r) => listEntities(ctx, r),
    mergeEntities: async (r) => mergeEntities(ctx, r),
    splitEntity: async (r) => splitEntity(ctx, r),
    processSources: async (r, so) => (await load.engine()).processSources(ctx, r, so),
    consolidate: async (r) => (await load.engine()).consolidate(ctx, r),
    lastConsolidation: async () => lastConsolidation(ctx),
    undoMerge: async (r) => undoMerge(ctx, r),
    editNote: async (r) => (await load.editNote()).editNote(ctx, r),
    vaultStatus: async () => vaultStatus(ctx),
    addVaultItem: (r) => addVaultItem(ctx, r),
    revealVaultItem: (r) => revealVaultItem(ctx, r),
    findModelFiles: async (r) => (await models()).findFiles(r),
  };
  const api = {} as Record<ApiMethod, (req: unknown, so?: StreamOptions<unknown>) => Promise<unknown>>;
  for (const m of API_METHODS) {
    const fn = impl[m] as (req: unknown, so?: StreamOptions<unknown>) => Promise<unknown>;
    api[m] = async (req, so) => {
      try {
        return await fn(parseRequest(m, req), so);
      } catch (err) {
        throw toApiError(err);
      }
    };
  }
  return Object.assign(api as unknown as EngramApi, {
    prepareCapture,
    dispose: () => undo.clear(),
    close: async () => {
      undo.clear();
      await (await captureFiles)?.close();
    },
  });
}

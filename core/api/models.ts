import { totalmem } from "node:os";
import { recommendModels } from "./recommend.js";
import { existsSync } from "node:fs";
import { basename, resolve } from "node:path";
import { choiceOf, displayFolder, findModelFiles, modelSearchFolders } from "./model-files.js";
import { addAdapter, listAdapters, removeAdapter as unregisterAdapter, type AdapterRecord } from "../../models/adapters/registry.js";
import { entrySize, findCatalogEntry, loadCatalog, type CatalogEntry } from "../../models/catalog.js";
import { activeEndpoint, listEndpoints, removeEndpoint as forgetEndpoint, useChat, type EndpointRecord } from "../../models/llm/openai/endpoints.js";
import { registerEndpoint } from "../../models/llm/openai/register.js";
import {
  activeModel,
  getModel,
  importModel as registerModel,
  installCatalogModel,
  listModels as installedModels,
  modelsDir,
  removeModel as unregisterModel,
  requireModel,
  type ModelRecord,
} from "../../models/registry.js";
import { embedderIdentity, type ApiContext } from "./context.js";
import { ApiError } from "./errors.js";
import type {
  AddEndpointRequest,
  AdapterIdRequest,
  AdapterInfo,
  DownloadEvent,
  EndpointInfo,
  EndpointNameRequest,
  DownloadModelRequest,
  DownloadedModel,
  FindModelFilesRequest,
  ImportAdapterRequest,
  ImportModelEvent,
  ImportModelRequest,
  ModelFileList,
  ModelInfo,
  ModelsState,
  RemoveModelRequest,
  StreamOptions,
  UseModelRequest,
} from "./types.js";

/** Host hooks for model changes: the embedder must be recreated when the embedding model changes. */
export interface ModelHooks {
  /** called after the active embedding model changed; the host drops its embedder and re-embeds */
  onEmbedderChange?: () => void;
  /** called before a user-started download with its URLs (the desktop app opens its network guard
   * for them) and after it with `done` (it closes again) */
  onDownload?: (urls: string[], phase: "start" | "done") => void;
}

const str = (v: unknown) => (typeof v === "string" ? v : null);
const num = (v: unknown) => (typeof v === "number" ? v : null);

function modelInfo(entry: CatalogEntry | undefined, rec: ModelRecord | undefined): ModelInfo {
  const md = rec?.metadata ?? {};
  return {
    id: entry?.id ?? rec!.id,
    name: entry?.name ?? str(md.name) ?? rec!.id,
    role: entry?.role ?? rec!.role,
    sizeBytes: rec?.sizeBytes ?? entrySize(entry!),
    parameters: entry?.parameters ?? null,
    quantization: entry?.quantization ?? str(md.quantization) ?? str(md.fileType),
    license: entry?.license ?? str(md.license),
    contextLength: entry?.contextLength ?? num(md.contextLength),
    recommendedRamBytes: entry?.recommendedRamBytes ?? null,
    inCatalog: !!entry,
    installed: !!rec,
    active: rec?.active ?? false,
    origin: rec?.origin ?? null,
  };
}

function adapterInfo(a: AdapterRecord): AdapterInfo {
  return { id: a.id, baseModel: a.baseModel, op: a.op, path: a.path, scale: a.scale, rank: a.rank, alpha: a.alpha, createdAt: a.createdAt };
}

/** An endpoint as the API shows it (no key: only the name of its variable). */
function endpointInfo(e: EndpointRecord): EndpointInfo {
  return { name: e.name, url: e.url, model: e.model, apiKeyEnv: e.apiKeyEnv, allowRemote: e.allowRemote, contextLength: e.contextLength, active: e.active };
}

/** @throws ApiError not_found with the registry's message (the installed ids). */
function notInstalled(ctx: ApiContext, id: string): never {
  try {
    requireModel(ctx.db, id);
  } catch (err) {
    throw new ApiError("not_found", (err as Error).message, { cause: err });
  }
  throw new ApiError("not_found", `no installed model "${id}"`);
}

/** Wraps a registry call, turning its plain Errors (unknown id, bad file) into `bad_request`. */
async function userError<T>(fn: () => T | Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    if (err instanceof ApiError || (err as Error).name === "AbortError") throw err;
    throw new ApiError("bad_request", (err as Error).message, { cause: err });
  }
}

/** The models section of the API. */
export class ModelsApi {
  private readonly downloading = new Set<string>();
  /** paths offered by the last `findModelFiles` listings, by choice */
  private readonly choices = new Map<string, string>();

  constructor(
    private readonly ctx: ApiContext,
    private readonly hooks: ModelHooks = {},
  ) {}

  /** `listModels`: catalog entries merged with installed models, adapters, embedder and engine. */
  async list(): Promise<ModelsState> {
    const { db } = this.ctx;
    const catalog = loadCatalog();
    const installed = new Map(installedModels(db).map((m) => [m.id, m]));
    const models = [
      ...catalog.map((e) => modelInfo(e, installed.get(e.id))),
      ...[...installed.values()].filter((m) => !catalog.some((e) => e.id === m.id)).map((m) => modelInfo(undefined, m)),
    ];
    return {
      models,
      endpoints: listEndpoints(db).map(endpointInfo),
      adapters: listAdapters(db).map(adapterInfo),
      embedder: await embedderIdentity(this.ctx),
      engine: activeModel(db, "chat") || activeEndpoint(db) ? "llm" : "heuristic",
      machine: { memoryBytes: totalmem(), recommended: recommendModels(models, totalmem()) },
    };
  }

  /** `downloadModel`: downloads a catalog model (resumable, verified) with progress events.
   * @throws ApiError conflict when it is already downloading; bad_request for an unknown id. */
  async download(req: DownloadModelRequest, so: StreamOptions<DownloadEvent> = {}): Promise<DownloadedModel> {
    const entry = await userError(() => findCatalogEntry(req.id));
    if (this.downloading.has(entry.id)) throw new ApiError("conflict", `${entry.name} is already downloading.`);
    this.downloading.add(entry.id);
    const urls = entry.files.map((f) => f.url);
    this.hooks.onDownload?.(urls, "start");
    try {
      const { model, files } = await installCatalogModel(this.ctx.db, entry, {
        allowUnverified: req.allowUnverified,
        signal: so.signal,
        onProgress: (file, i, p) =>
          so.onEvent?.({
            type: "progress",
            file,
            receivedBytes: p.bytes,
            totalBytes: p.total,
            phase: p.total != null && p.bytes >= p.total ? "verify" : "download",
            fileIndex: i,
            fileCount: entry.files.length,
            bytesPerSecond: p.rate,
            etaSeconds: p.eta,
          }),
      }).catch((err: unknown) => {
        if ((err as NodeJS.ErrnoException).code === "ENOTFOUND" || (err as NodeJS.ErrnoException).code === "ECONNREFUSED") {
          throw new ApiError(
            "unavailable",
            `Cannot reach ${new URL(urls[0]!).host}: check the internet connection, or download the file elsewhere and import it.`,
            { cause: err },
          );
        }
        throw err;
      });
      if (model.role === "embedding" && model.active) this.hooks.onEmbedderChange?.();
      return { ...modelInfo(entry, model), files };
    } finally {
      this.downloading.delete(entry.id);
      this.hooks.onDownload?.(urls, "done");
    }
  }

  /** `findModelFiles`: GGUF files or ONNX folders in the models folder and the home folder
   * (core/api/model-files.ts), not yet installed; remembers each `choice` for `importModel`. */
  async findFiles(req: FindModelFilesRequest): Promise<ModelFileList> {
    const { db } = this.ctx;
    const models = installedModels(db);
    const installed = new Set([...models.map((m) => resolve(m.path)), ...listAdapters(db).map((a) => resolve(a.path))]);
    // a file that was imported (copied into the models folder) stays where it was: same name and size
    const copied = new Set(models.map((m) => `${basename(m.path)}:${m.sizeBytes}`));
    const folders = modelSearchFolders(modelsDir());
    const files = findModelFiles(req.role, folders, installed).filter((f) => !copied.has(`${f.name}:${f.sizeBytes}`));
    for (const f of files) this.choices.set(choiceOf(f.path), f.path);
    return {
      files: files.map((f) => ({ choice: choiceOf(f.path), name: f.name, folder: f.folder, sizeBytes: f.sizeBytes, modifiedAt: f.modifiedAt })),
      searched: folders.map((d) => displayFolder(d)),
    };
  }

  /** `importModel`: registers a local GGUF file or ONNX folder (copied into the models folder
   * unless `inPlace`), named by its path or by a `findModelFiles` choice; progress events while
   * the file is hashed.
   * @throws ApiError bad_request for a missing file, an unknown choice, the wrong role. */
  async import(req: ImportModelRequest, so: StreamOptions<ImportModelEvent> = {}): Promise<ModelInfo> {
    const path = "path" in req ? req.path : this.choices.get(req.choice);
    if (path === undefined)
      throw new ApiError("bad_request", "importModel: choice: that file is no longer listed; look for model files again", { field: "choice" });
    const field = "path" in req ? "path" : "choice";
    if (!existsSync(path)) throw new ApiError("bad_request", `File not found: ${path}`, { field });
    const rec = await userError(() =>
      registerModel(this.ctx.db, path, {
        id: req.id,
        inPlace: req.inPlace,
        onProgress: (bytes, total) => so.onEvent?.({ type: "progress", phase: "hash", receivedBytes: bytes, totalBytes: total }),
      }),
    );
    if (req.role && rec.role !== req.role) {
      unregisterModel(this.ctx.db, rec.id, { deleteFiles: true });
      throw new ApiError("bad_request", `${basename(path)} is a ${rec.role} model, not a ${req.role} model.`, { field: "role" });
    }
    if (rec.role === "embedding" && rec.active) this.hooks.onEmbedderChange?.();
    return modelInfo(
      loadCatalog().find((e) => e.id === rec.id),
      rec,
    );
  }

  /** `useModel`: makes an installed model active for its role, or an endpoint the chat model. */
  async use(req: UseModelRequest): Promise<ModelsState> {
    const choice = await userError(() => useChat(this.ctx.db, req.id));
    if (choice.kind === "model" && choice.role === "embedding") this.hooks.onEmbedderChange?.();
    return this.list();
  }

  /** `addEndpoint`: registers a model server (models/llm/openai/register.ts); its context length
   * is asked from the server when not given. @throws ApiError bad_request (non-loopback URL
   * without allowRemote, a name taken by a model, …). */
  async addEndpoint(req: AddEndpointRequest): Promise<ModelsState> {
    await userError(() => registerEndpoint(this.ctx.db, { ...req, apiKeyEnv: req.apiKeyEnv ?? null, contextLength: req.contextLength ?? null }));
    return this.list();
  }

  /** `removeEndpoint`: forgets a model server. @throws ApiError not_found. */
  async removeEndpoint(req: EndpointNameRequest): Promise<ModelsState> {
    await userError(() => forgetEndpoint(this.ctx.db, req.name)).catch((err: ApiError) => {
      throw new ApiError("not_found", err.message, { cause: err });
    });
    return this.list();
  }

  /** `removeModel`: forgets a model and (unless `deleteFiles` is false) deletes the files Engram copied. */
  async remove(req: RemoveModelRequest): Promise<ModelsState> {
    const rec = getModel(this.ctx.db, req.id) ?? notInstalled(this.ctx, req.id);
    unregisterModel(this.ctx.db, req.id, { deleteFiles: req.deleteFiles ?? true });
    if (rec.role === "embedding" && rec.active) this.hooks.onEmbedderChange?.();
    return this.list();
  }

  /** `importAdapter`: registers a LoRA adapter for one operation of an installed chat model. */
  async importAdapter(req: ImportAdapterRequest): Promise<AdapterInfo> {
    const { adapter } = await userError(() => addAdapter(this.ctx.db, req.path, { op: req.op, base: req.baseModel, scale: req.scale }));
    return adapterInfo(adapter);
  }

  /** `removeAdapter`: unregisters an adapter by id, or by base model and operation.
   * @throws ApiError not_found when there is no such adapter. */
  async removeAdapter(req: AdapterIdRequest): Promise<ModelsState> {
    if ("baseModel" in req) {
      await userError(() => unregisterAdapter(this.ctx.db, req.baseModel, req.op)).catch((err: ApiError) => {
        throw new ApiError("not_found", err.message, { cause: err });
      });
      return this.list();
    }
    const a = listAdapters(this.ctx.db).find((x) => x.id === req.id);
    if (!a) throw new ApiError("not_found", `Adapter ${req.id} is not installed.`);
    unregisterAdapter(this.ctx.db, a.baseModel, a.op);
    return this.list();
  }
}

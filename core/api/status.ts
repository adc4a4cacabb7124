import pkg from "../../package.json" with { type: "json" };
import { activeEndpoint, isLoopbackHost } from "../../models/llm/openai/endpoints.js";
import { activeModel } from "../../models/registry.js";
import { countMemoriesByType } from "../db/repos/memories.js";
import { allSettings, deleteSetting, setSetting } from "../db/repos/settings.js";
import { frameBytes } from "../db/repos/frame-stats.js";
import { countSourcesByKind, countUnprocessedSources } from "../db/repos/sources.js";
import { countRows } from "../db/repos/tables.js";
import { embedderIdentity, type ApiContext } from "./context.js";
import { ApiError } from "./errors.js";
import { dataDirOf, dbBytes } from "./files.js";
import type { Info, SetSettingsRequest, Stats } from "./types.js";

// The API's status section: settings, counts and what runs. Light on purpose (no parser, no NLP
// library), so `engram stats` and the app's first screen load fast.

/** `getSettings`: every setting except the index's own bookkeeping (`embedder`). */
export function getSettings(ctx: ApiContext): Record<string, unknown> {
  const { embedder: _own, ...rest } = allSettings(ctx.db);
  return rest;
}

/** `setSettings`: writes the values (null removes a key). `embedder` is read-only and `capture.*`
 * keys go through `setCaptureSettings` (typed and validated). */
export function setSettings(ctx: ApiContext, req: SetSettingsRequest): Record<string, unknown> {
  if ("embedder" in req.values)
    throw new ApiError("bad_request", "setSettings: values.embedder: choose the embedding model in Models instead", { field: "values.embedder" });
  const cap = Object.keys(req.values).find((k) => k.startsWith("capture."));
  if (cap) throw new ApiError("bad_request", `setSettings: values.${cap}: change capture settings with setCaptureSettings`, { field: `values.${cap}` });
  ctx.db.transaction(() => {
    for (const [k, v] of Object.entries(req.values)) {
      if (v === null) deleteSetting(ctx.db, k);
      else setSetting(ctx.db, k, v);
    }
  })();
  return getSettings(ctx);
}

/** `stats`: row counts. */
export function stats(ctx: ApiContext): Stats {
  const { db } = ctx;
  const memories = countMemoriesByType(db);
  const sources = { chat_turn: 0, screenshot: 0, file: 0, manual: 0, ...countSourcesByKind(db) };
  return {
    memories,
    memoriesTotal: Object.values(memories).reduce((a, b) => a + b, 0),
    sources,
    conversations: countRows(db, "conversations"),
    entities: countRows(db, "entities"),
    edges: countRows(db, "edges"),
    frames: countRows(db, "frames"),
    unprocessedSources: countUnprocessedSources(db),
  };
}

/** `info`: where the data lives, how big it is, and what runs. */
export async function info(ctx: ApiContext): Promise<Info> {
  const endpoint = activeEndpoint(ctx.db);
  const chat = endpoint ? { id: endpoint.name } : activeModel(ctx.db, "chat");
  return {
    version: pkg.version,
    dataDir: dataDirOf(ctx.dbPath) ?? ":memory:",
    dbPath: ctx.dbPath,
    dbBytes: dbBytes(ctx.dbPath),
    imageBytes: frameBytes(ctx.db),
    embedder: await embedderIdentity(ctx),
    engine: chat ? "llm" : "heuristic",
    chatModel: chat?.id ?? null,
    modelServer: endpoint ? { name: endpoint.name, url: endpoint.url, remote: !isLoopbackHost(new URL(endpoint.url).hostname) } : null,
    transport: ctx.transport,
    platform: `${process.platform}-${process.arch}`,
  };
}

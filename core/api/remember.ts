import { getMemories } from "../db/repos/memories.js";
import { memoryIdsOfSource } from "../db/repos/provenance.js";
import { sourceIdByHash } from "../db/repos/sources.js";
import { attributeVersions, lastVersionId } from "../db/repos/versions.js";
import { storeSources } from "../ingest/store.js";
import { createMemoryEngine } from "../memory/index.js";
import { sha256 } from "../util/hash.js";
import type { ApiContext } from "./context.js";
import type { RememberRequest, RememberResult } from "./types.js";
import { toMemory } from "./views.js";

/**
 * `remember`: stores the text as a `manual` source (trust `user`, role `user`: it is what the
 * user — or an agent acting for them — says about themselves), with its vector, then runs the
 * memory engine over it at once. When the API acts for an agent (`ctx.actor` = `mcp`), the
 * version entries the engine wrote for it carry actor `mcp` and the source's metadata says
 * `via: "mcp"`, so the user sees which changes came from an agent.
 * The same text at the same time is stored once (`duplicate`: true, its memories returned).
 */
export async function remember(ctx: ApiContext, req: RememberRequest): Promise<RememberResult> {
  const { db } = ctx;
  const embedder = await ctx.embedder();
  const at = req.occurredAt ?? ctx.now();
  const actor = ctx.actor ?? "user";
  const contentHash = sha256("manual", at, req.text);
  const stored = await storeSources(db, embedder, [
    { source: { kind: "manual", speaker: "User", role: "user", occurredAt: at, text: req.text, contentHash, trust: "user", metadata: { via: actor } } },
  ]);
  const sourceId = stored.sourceIds[0] ?? sourceIdByHash(db, contentHash)!;
  const mark = lastVersionId(db);
  if (stored.added) await createMemoryEngine(db, embedder).process([sourceId]);
  const ids = memoryIdsOfSource(db, sourceId);
  if (actor !== "user" && stored.added) attributeVersions(db, mark, ids, actor);
  const memories = getMemories(db, ids).filter((m) => m.status === "active");
  return { sourceId, duplicate: !stored.added, memories: memories.map(toMemory) };
}

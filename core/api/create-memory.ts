import { embedCached } from "../db/embedding-cache.js";
import { getMemory, insertMemory, markUserOwned } from "../db/repos/memories.js";
import { putVector } from "../db/vectors.js";
import type { ApiContext } from "./context.js";
import { ApiError } from "./errors.js";
import type { CreateMemoryRequest, Memory } from "./types.js";
import { toMemory } from "./views.js";

/**
 * `createMemory`: a memory the user adds by hand, of any type but `vault` (secrets go through the
 * vault and its key). It is the user's from the start (`userEdited`: engines never change it),
 * written by engine `user` with an ADD version, and embedded so search finds it at once.
 * @throws ApiError bad_request for a vault item.
 */
export async function createMemory(ctx: ApiContext, req: CreateMemoryRequest): Promise<Memory> {
  if (req.type === "vault")
    throw new ApiError("bad_request", "createMemory: type: vault items are kept by the vault with its key, not added as plain memories", { field: "type" });
  const { db } = ctx;
  const title = req.title ?? (req.content.length > 80 ? `${req.content.slice(0, 79)}…` : req.content);
  const embedder = await ctx.embedder();
  const [vector] = await embedCached(db, embedder, [req.content]);
  const id = db.transaction(() => {
    const actor = ctx.actor ?? "user";
    const mid = insertMemory(
      db,
      {
        type: req.type,
        title,
        content: req.content,
        details: req.details ?? {},
        occurredAt: req.occurredAt ?? null,
        importance: req.importance ?? 0.6,
        engine: "user",
      },
      { actor, reason: actor === "mcp" ? "added by an agent over MCP" : "added by hand", now: ctx.now() },
    );
    markUserOwned(db, mid, { pinned: !!req.pinned });
    putVector(db, "memories", mid, vector!);
    return mid;
  })();
  return toMemory(getMemory(db, id)!);
}

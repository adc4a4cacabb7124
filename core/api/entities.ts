import {
  coMentionedEntities,
  entityAliases,
  entityExists,
  findEntityByNorm,
  iterateEntities,
  getEntity as readEntity,
  mostMentionedEntities,
  memoriesOfEntity,
} from "../db/repos/entities.js";
import type { EntityRow } from "../db/types.js";
import { mergeEntities as mergeInEngine, splitEntity as splitInEngine } from "../memory/entity-edits.js";
import { normName } from "../memory/entities.js";
import type { ApiContext } from "./context.js";
import { ApiError } from "./errors.js";
import type { EntityDetail, EntityList, GetEntityRequest, ListEntitiesRequest, MergeEntitiesRequest, SplitEntityRequest } from "./types.js";
import { toMemory } from "./views.js";

/** The entity of `req`: by id, else by any of its names (the most mentioned one when several match). */
function findEntity(ctx: ApiContext, req: GetEntityRequest): EntityRow | undefined {
  return req.id !== undefined ? readEntity(ctx.db, req.id) : findEntityByNorm(ctx.db, normName(req.name ?? ""));
}

/**
 * Up to 3 distinct names of entities that `name` could be short for (their name, or one of its
 * words, starts with it: "Caro" → Caroline), by name; none for fewer than 2 letters. Reads the
 * entities one at a time and stops at the third; only a failed lookup calls it.
 */
function namesLike(ctx: ApiContext, name: string): string[] {
  const q = normName(name);
  if (q.length < 2) return [];
  const found = new Set<string>();
  for (const e of iterateEntities(ctx.db)) {
    const n = normName(e.name);
    if (n !== q && (n.startsWith(q) || n.includes(` ${q}`))) found.add(e.name);
    if (found.size === 3) break;
  }
  return [...found];
}

/** The not-found message of a lookup by `name`: what is missing, and the names it may be short for or what to type. */
function unknownName(ctx: ApiContext, name: string): string {
  const like = namesLike(ctx, name);
  const hint = like.length
    ? `Did you mean ${like.length === 1 ? like[0] : `${like.slice(0, -1).join(", ")} or ${like.at(-1)}`}?`
    : "Type a name the way your chats or notes write it.";
  return `No person, place or thing called "${name}" is in your memories. ${hint}`;
}

/**
 * `getEntity`: an entity with its names and the current (active, still valid; with
 * `includeInvalid` also superseded) memories linked to it by graph edges, semantic facts first,
 * then by importance and recency; and the entities mentioned together with it most often.
 * @throws ApiError not_found when no entity has that id or name (for a name, naming the entities it
 *   may be short for).
 */
export function getEntity(ctx: ApiContext, req: GetEntityRequest): EntityDetail {
  const { db } = ctx;
  const e = findEntity(ctx, req);
  if (!e) throw new ApiError("not_found", req.id !== undefined ? `No entity #${req.id} is known.` : unknownName(ctx, req.name ?? ""));
  const aliases = entityAliases(db, e.id).filter((n) => n !== normName(e.name));
  const { total, rows } = memoriesOfEntity(db, e.id, { includeInvalid: req.includeInvalid, limit: req.limit ?? 50 });
  return { entity: { id: e.id, name: e.name, kind: e.kind, aliases }, memories: rows.map(toMemory), total, linked: coMentionedEntities(db, e.id) };
}

/**
 * `listEntities`: the entities (of `kind`, when given) that the most active memories mention, at
 * most `limit` (default 100), each with its circle's people by name (a name listed is written as
 * the circle's own person of that name writes it, else with capital initials).
 */
export function listEntities(ctx: ApiContext, req: ListEntitiesRequest): EntityList {
  const rows = mostMentionedEntities(ctx.db, { kind: req.kind, limit: req.limit ?? 100 });
  const named = new Map(rows.filter((r) => r.scope).map((r) => [`${r.scope}\n${normName(r.name)}`, r.name]));
  const nameOf = (scope: string, norm: string): string =>
    named.get(`${scope}\n${norm}`) ?? norm.replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
  return {
    items: rows.map(({ scope, ...e }) => ({ ...e, circle: scope ? scope.split("|").map((n) => nameOf(scope, n)) : [] })),
  };
}

function mustExist(ctx: ApiContext, id: number): void {
  if (!entityExists(ctx.db, id)) throw new ApiError("not_found", `No entity #${id} is known.`);
}

/**
 * `mergeEntities`: entity `from` becomes part of `into` (core/memory/entity-edits.ts).
 * @returns the merged entity, as getEntity gives it.
 * @throws ApiError not_found when either entity does not exist.
 */
export function mergeEntities(ctx: ApiContext, req: MergeEntitiesRequest): EntityDetail {
  mustExist(ctx, req.into);
  mustExist(ctx, req.from);
  mergeInEngine(ctx.db, req.into, req.from);
  return getEntity(ctx, { id: req.into });
}

/**
 * `splitEntity`: the memories `memoryIds` mention a new entity instead of `id` (core/memory/entity-edits.ts).
 * @returns the new entity, as getEntity gives it.
 * @throws ApiError not_found when the entity does not exist; bad_request when none of the memories mentions it.
 */
export function splitEntity(ctx: ApiContext, req: SplitEntityRequest): EntityDetail {
  mustExist(ctx, req.id);
  try {
    return getEntity(ctx, { id: splitInEngine(ctx.db, req.id, req.memoryIds, req.name) });
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw new ApiError("bad_request", (err as Error).message);
  }
}

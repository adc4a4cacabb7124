import { randomUUID } from "node:crypto";
import { bestPart } from "../assistant/excerpt.js";
import type { Embedder, QueryEmbedder } from "../../models/embedder.js";
import type { EngramDb } from "../db/connection.js";
import { embedCached } from "../db/embedding-cache.js";
import { getMemories, getMemory, updateMemory as patchMemory, type MemoryPatch } from "../db/repos/memories.js";
import { entitiesOfMemory } from "../db/repos/entities.js";
import { relatedMemories } from "../db/repos/graph.js";
import { firstSpeakers, listMemoryPage, supersededMemories } from "../db/repos/memory-list.js";
import { getProvenance } from "../db/repos/provenance.js";
import { getConversation } from "../db/repos/conversations.js";
import { conversationOfSources } from "../db/repos/sources.js";
import { listVersions, recordVersion } from "../db/repos/versions.js";
import { eraseMemory } from "../db/repos/deletion.js";
import { readMemoryRows, restoreMemoryRows, type MemoryRows } from "../db/repos/memory-snapshot.js";
import { insertRow } from "../db/repos/tables.js";
import { getVector, putVector } from "../db/vectors.js";
import type { MemoryRow } from "../db/types.js";
import { rankMemories } from "../retrieval/search.js";
import type { ApiContext } from "./context.js";
import { decodeCursor, encodeCursor } from "./cursor.js";
import { ApiError } from "./errors.js";
import type {
  DeleteMemoryResult,
  ListedMemory,
  ListMemoriesRequest,
  Memory,
  MemoryDetail,
  MemoryIdRequest,
  MemoryVersion,
  Page,
  PinMemoryRequest,
  SearchRequest,
  SearchResult,
  SourceRef,
  UndoDeleteRequest,
  UpdateMemoryRequest,
} from "./types.js";
import { deleteVaultItemOf } from "./vault-items.js";
import { toMemory, toSourceRef, toSummary, toVersion, whoOf } from "./views.js";

/** How long a deleted memory can be restored with `undoDelete`, ms. */
export const UNDO_WINDOW_MS = 10_000;

/** Reads a memory or throws `not_found` with a message for the user. */
export function requireMemory(db: EngramDb, id: number): MemoryRow {
  const m = getMemory(db, id);
  if (!m || m.status === "deleted") throw new ApiError("not_found", `Memory ${id} does not exist (it may have been deleted).`);
  return m;
}

/**
 * Provenance of memories as `SourceRef`s, with conversation ids filled in. A chat in the app is named
 * by its title (its first message), not by the id it is stored under (`chat-<time>-<random>`);
 * imported conversations keep the export's own id (a LoCoMo sample_id, a file), which the CLI prints.
 */
export function provenanceRefs(db: EngramDb, memoryIds: number[]): Map<number, SourceRef[]> {
  const prov = getProvenance(db, memoryIds);
  const sourceIds = [...new Set([...prov.values()].flat().map((p) => p.source_id))];
  const conv = conversationOfSources(db, sourceIds);
  const chatTitles = new Map<number, string>();
  for (const id of new Set(conv.values())) {
    if (id === null) continue;
    const c = getConversation(db, id);
    if (c?.format === "engram" && c.title) chatTitles.set(id, c.title);
  }
  return new Map(
    [...prov].map(([id, list]) => [
      id,
      list.map((p) => {
        const conversationId = conv.get(p.source_id) ?? null;
        const title = conversationId === null ? undefined : chatTitles.get(conversationId);
        return toSourceRef({ ...p, conversation: title ?? p.conversation, conversation_id: conversationId });
      }),
    ]),
  );
}

/** Stands in for the embedder in keyword-only searches, which never embed (core/retrieval/rank.ts),
 * so `mode: "bm25"` works even while the embedding model is loading or broken. */
const KEYWORD_ONLY: QueryEmbedder = {
  embed: async () => {
    throw new ApiError("internal", "a keyword-only search tried to compute an embedding");
  },
};

/**
 * The embedder while it may still be loading: ranking (core/retrieval/rank.ts) runs its keyword
 * part first and embeds the query after, so a command that loads the model for one search (the
 * CLI's worker thread, models/embedders.ts `query` use) overlaps the model's start with the
 * keyword search instead of waiting for it first.
 */
function whenLoaded(loading: Promise<Embedder>): QueryEmbedder {
  // a keyword-part error must not leave this promise's rejection unhandled
  loading.catch(() => undefined);
  return { embed: async (texts) => (await loading).embed(texts) };
}

/** `search`: hybrid search with filters; the `apps` filter keeps hits with a source from those apps. */
export async function search(ctx: ApiContext, req: SearchRequest): Promise<SearchResult> {
  const started = performance.now();
  const embedder = req.mode === "bm25" ? KEYWORD_ONLY : whenLoaded(ctx.embedder());
  const k = req.k ?? 20;
  const apps = req.apps?.map((a) => a.toLowerCase());
  const hits = await rankMemories(ctx.db, embedder, req.query, {
    k: apps ? k * 5 : k,
    mode: req.mode,
    types: req.types,
    from: req.from,
    to: req.to,
    asOf: req.asOf,
    includeInvalid: req.includeInvalid,
    sourceKinds: req.sourceKinds,
  });
  // each hit's row and sources are read once, here (rankMemories reads none)
  const refs = provenanceRefs(
    ctx.db,
    hits.map((h) => h.id),
  );
  const kept = apps ? hits.filter((h) => refs.get(h.id)?.some((s) => s.app && apps.includes(s.app.toLowerCase()))).slice(0, k) : hits;
  const rows = new Map(
    getMemories(
      ctx.db,
      kept.map((h) => h.id),
    ).map((m) => [m.id, m]),
  );
  return {
    hits: kept.map((h) => {
      const memory = toMemory(rows.get(h.id)!);
      const sources = refs.get(h.id) ?? [];
      return {
        memory,
        score: h.score,
        sources,
        scores: { bm25Rank: h.scores.bm25?.rank ?? null, vectorRank: h.scores.vector?.rank ?? null, vectorSimilarity: h.scores.vector?.similarity ?? null },
        who: whoOf(
          memory,
          sources.map((s) => s.speaker ?? s.app),
        ),
        excerpt: bestPart(memory.content, req.query),
      };
    }),
    tookMs: Math.round(performance.now() - started),
  };
}

/** `listMemories`: one page of active memories matching the filters, keyset-paged on (sort key, id). */
export function listMemories(ctx: ApiContext, req: ListMemoriesRequest): Page<ListedMemory> {
  const limit = req.limit ?? 100;
  const filter = {
    types: req.types,
    includeInvalid: req.includeInvalid,
    pinnedOnly: req.pinnedOnly,
    from: req.from,
    to: req.to,
    sourceKinds: req.sourceKinds,
    apps: req.apps?.map((a) => a.toLowerCase()),
  };
  const cursor = req.cursor ? (decodeCursor(req.cursor) as [unknown, unknown]) : null;
  const { total, rows } = listMemoryPage(ctx.db, filter, req.sort ?? "occurred_desc", cursor, limit + 1);
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const items = page.map(toMemory);
  // a fact names its subject and an episode its actor; only the others' sources are read
  const speakers = firstSpeakers(
    ctx.db,
    items.filter((m) => whoOf(m, []) === null).map((m) => m.id),
  );
  return {
    items: items.map((m) => ({ ...m, who: whoOf(m, [speakers.get(m.id)]) })),
    nextCursor: more && last ? encodeCursor([last.sort_key, last.id]) : null,
    total,
  };
}

/** `getMemory`: the memory with provenance, history, what superseded it, its entities and links. */
export function getMemoryDetail(ctx: ApiContext, req: MemoryIdRequest): MemoryDetail {
  const { db } = ctx;
  const m = requireMemory(db, req.id);
  const superseder = m.superseded_by ? getMemory(db, m.superseded_by) : undefined;
  const supersedes = supersededMemories(db, m.id);
  const entities = entitiesOfMemory(db, m.id);
  const related = relatedMemories(db, m.id);
  return {
    memory: toMemory(m),
    sources: provenanceRefs(db, [m.id]).get(m.id) ?? [],
    versions: listVersions(db, m.id).map(toVersion),
    supersededBy: superseder ? toSummary(superseder) : null,
    supersedes: supersedes.map(toSummary),
    entities,
    related: related.map((r) => ({ ...toSummary(r), relation: r.relation })),
  };
}

/** `memoryHistory`: the versions, oldest first. */
export function memoryHistory(ctx: ApiContext, req: MemoryIdRequest): MemoryVersion[] {
  requireMemory(ctx.db, req.id);
  return listVersions(ctx.db, req.id).map(toVersion);
}

/** `memoryProvenance`: the sources, oldest first. */
export function memoryProvenance(ctx: ApiContext, req: MemoryIdRequest): SourceRef[] {
  requireMemory(ctx.db, req.id);
  return provenanceRefs(ctx.db, [req.id]).get(req.id) ?? [];
}

/**
 * `updateMemory`: the user's edit. Marks the memory `user_edited`, writes an `EDIT` version and,
 * when title or content changed, recomputes its vector (embedding before the write transaction).
 */
export async function updateMemory(ctx: ApiContext, req: UpdateMemoryRequest): Promise<Memory> {
  const { db } = ctx;
  const before = requireMemory(db, req.id);
  const patch: MemoryPatch = { user_edited: 1 };
  if (req.title !== undefined) patch.title = req.title;
  if (req.content !== undefined) patch.content = req.content;
  if (req.details !== undefined) patch.details = req.details;
  if (req.occurredAt !== undefined) patch.occurred_at = req.occurredAt;
  if (req.importance !== undefined) patch.importance = req.importance;
  const content = req.content ?? before.content;
  const vector = content !== before.content ? (await embedCached(db, await ctx.embedder(), [content]))[0]! : null;
  const after = db.transaction(() => {
    const actor = ctx.actor ?? "user";
    const reason = actor === "mcp" ? "edited by an agent over MCP" : "edited by the user";
    const row = patchMemory(db, req.id, patch, { op: "EDIT", actor, reason, now: ctx.now() });
    if (vector) putVector(db, "memories", req.id, vector);
    return row;
  })();
  // an edit of what the local model wrote is training data for its adapter (docs/adapters.md)
  if (before.engine === "llm") (await import("../memory/llm-corrections.js")).recordCorrection(db, before.details, after);
  return toMemory(after);
}

/** `pinMemory`: pins or unpins (a `PIN`/`UNPIN` version). */
export function pinMemory(ctx: ApiContext, req: PinMemoryRequest): Memory {
  requireMemory(ctx.db, req.id);
  const row = patchMemory(ctx.db, req.id, { pinned: req.pinned ? 1 : 0 }, { op: req.pinned ? "PIN" : "UNPIN", actor: ctx.actor ?? "user", now: ctx.now() });
  return toMemory(row);
}

/** Everything needed to put a deleted memory back exactly (raw rows). */
interface Snapshot extends MemoryRows {
  vector: Float32Array | null;
  /** the encrypted secret of a `vault` memory (ciphertext only) */
  vaultItem: Record<string, unknown> | null;
}

/**
 * Delete with undo. Deletion is real and immediate: the memory row, its FTS entry (trigger), its
 * vector, its embedding-cache entry, provenance links, versions, graph edges and, for a `vault`
 * memory, its encrypted secret are gone from the database at once. To allow "undo" for `UNDO_WINDOW_MS`, a snapshot of those rows is kept in
 * this process's memory only (never on disk) and dropped when the window ends.
 */
export class DeleteWithUndo {
  private readonly pending = new Map<string, { snap: Snapshot; until: number; timer: NodeJS.Timeout }>();

  constructor(private readonly ctx: ApiContext) {}

  /** `deleteMemory`. @throws ApiError not_found. */
  delete(req: MemoryIdRequest): DeleteMemoryResult {
    const { db } = this.ctx;
    const memory = requireMemory(db, req.id);
    const snap = db.transaction((): Snapshot => {
      const s: Snapshot = { ...readMemoryRows(db, memory), vector: vectorOf(db, req.id), vaultItem: deleteVaultItemOf(db, memory) };
      eraseMemory(db, req.id);
      return s;
    })();
    const undoToken = randomUUID();
    const until = this.ctx.now() + UNDO_WINDOW_MS;
    const timer = setTimeout(() => this.pending.delete(undoToken), UNDO_WINDOW_MS);
    timer.unref();
    this.pending.set(undoToken, { snap, until, timer });
    return { undoToken, undoUntil: until };
  }

  /** `undoDelete`: restores the memory with its id, history, links and vector, plus a `RESTORE` version.
   * @throws ApiError not_found when the token expired or was used. */
  undo(req: UndoDeleteRequest): Memory {
    const entry = this.pending.get(req.undoToken);
    if (!entry || entry.until < this.ctx.now()) {
      throw new ApiError("not_found", "This deletion can no longer be undone (the undo window has passed).");
    }
    this.pending.delete(req.undoToken);
    clearTimeout(entry.timer);
    const { db } = this.ctx;
    const { snap } = entry;
    db.transaction(() => {
      if (snap.vaultItem) insertRow(db, "vault_items", snap.vaultItem);
      restoreMemoryRows(db, snap);
      if (snap.vector) putVector(db, "memories", snap.memory.id, snap.vector);
      recordVersion(db, {
        memoryId: snap.memory.id,
        op: "RESTORE",
        before: null,
        after: snap.memory,
        reason: "deletion undone",
        actor: this.ctx.actor ?? "user",
        at: this.ctx.now(),
      });
    })();
    return toMemory(requireMemory(db, snap.memory.id));
  }

  /** Forgets every pending snapshot (delete-everything, shutdown). */
  clear(): void {
    for (const { timer } of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }
}

function vectorOf(db: EngramDb, id: number): Float32Array | null {
  try {
    return getVector(db, "memories", id);
  } catch {
    return null; // no vector tables yet (nothing was ever embedded)
  }
}

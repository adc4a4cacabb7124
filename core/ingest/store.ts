import type { Embedder } from "../../models/embedder.js";
import type { EngramDb } from "../db/connection.js";
import { embedCached } from "../db/embedding-cache.js";
import { upsertConversation } from "../db/repos/conversations.js";
import { insertMemory, type NewMemory } from "../db/repos/memories.js";
import { existingHashes, insertSource, type NewSource } from "../db/repos/sources.js";
import { putVector } from "../db/vectors.js";
import { sourceIndexText } from "../retrieval/index-text.js";
import { sha256 } from "../util/hash.js";
import { splitPassages, type Passage } from "./passages.js";
import type { ParsedConversation, ParsedTurn } from "./types.js";

/** A source to store, with the memory (if any) that stands for it until the memory engine runs. */
export interface SourceItem {
  source: NewSource;
  memory?: Omit<NewMemory, "engine">;
}

/** What storing produced: rows added and rows skipped as already present (same content hash). */
export interface StoreResult {
  added: number;
  duplicates: number;
  memories: number;
  sourceIds: number[];
}

/** Options of {@link storeSources}. */
export interface StoreOptions {
  /** Embedding progress: texts embedded so far and texts to embed (cache misses only). */
  onEmbedded?: (done: number, total: number) => void;
}

/** The items not stored yet (by content hash), their indices in `items`, and the text each is indexed and embedded by. */
function freshItems(db: EngramDb, items: SourceItem[]): { fresh: SourceItem[]; at: number[]; texts: string[] } {
  const present = existingHashes(
    db,
    items.map((i) => i.source.contentHash),
  );
  const at = items.flatMap((item, i) => (present.has(item.source.contentHash) ? [] : [i]));
  const fresh = at.map((i) => items[i]!);
  return { fresh, at, texts: fresh.map((i) => sourceIndexText(i.source)) };
}

/** Options of {@link prefetchEmbeddings}. */
export interface PrefetchOptions extends StoreOptions {
  /** Called after each batch of the embedder: the first `items` items now have their vectors cached. */
  onReady?: (items: number) => void;
  /** Awaited before each call of the embedder, with the index of the first item that call embeds (an import paces the embedding by it). */
  pace?: (item: number) => Promise<void>;
}

/**
 * Embeds the items not stored yet into the embedding cache, storing nothing else: an import runs it
 * ahead of storing them, while the memory engine works on what is already stored (the embedder's
 * worker threads and the engine's thread then run at once), and storeSources finds the vectors
 * cached. The embedder is called exactly as storeSources would call it (one embedCached over the
 * same texts, hence the same batches): an embedder's vectors may differ in their last bits with the
 * batch a text is embedded in (USE lite's float graph did; a batched ONNX model may), so this keeps
 * them, and every memory made of them, the same bit for bit.
 * `onReady` counts on embedCached embedding the texts missing from the cache in the order they first
 * occur: once a batch is written, every text up to its last one's first occurrence is cached.
 */
export async function prefetchEmbeddings(db: EngramDb, embedder: Embedder, items: SourceItem[], opts: PrefetchOptions = {}): Promise<void> {
  const { at: freshAt, texts } = freshItems(db, items);
  const firstAt = new Map<string, number>();
  for (const [i, t] of texts.entries()) if (!firstAt.has(t)) firstAt.set(t, i);
  const itemOf = (text: string) => freshAt[firstAt.get(text)!]!;
  let lastBatch: string[] = [];
  const watched: Embedder = {
    id: embedder.id,
    dimension: embedder.dimension,
    async embed(batch) {
      lastBatch = batch;
      await opts.pace?.(itemOf(batch[0]!));
      return embedder.embed(batch);
    },
  };
  await embedCached(db, watched, texts, {
    onProgress: (done, total) => {
      opts.onEmbedded?.(done, total);
      const next = firstAt.get(lastBatch.at(-1)!)! + 1;
      opts.onReady?.(next < freshAt.length ? freshAt[next]! : items.length);
    },
  });
  opts.onReady?.(items.length);
}

/**
 * Stores sources (skipping duplicates by content hash), their vectors, and their stand-in memories,
 * all in ONE transaction: either everything lands or nothing does. Embeddings are computed first
 * (async, cached), then the synchronous transaction writes.
 * @param conversation optional conversation the sources belong to (created if new).
 */
export async function storeSources(
  db: EngramDb,
  embedder: Embedder,
  items: SourceItem[],
  conversation?: ParsedConversation,
  opts: StoreOptions = {},
): Promise<StoreResult> {
  const { fresh, texts } = freshItems(db, items);
  const vectors = await embedCached(db, embedder, texts, { onProgress: opts.onEmbedded });
  const result: StoreResult = { added: 0, duplicates: items.length - fresh.length, memories: 0, sourceIds: [] };
  db.transaction(() => {
    const conversationId = conversation
      ? upsertConversation(db, {
          format: conversation.format,
          externalId: conversation.externalId,
          title: conversation.title,
          participants: conversation.participants,
          startedAt: conversation.startedAt,
        })
      : null;
    fresh.forEach((item, i) => {
      const sourceId = insertSource(db, { ...item.source, conversationId: item.source.conversationId ?? conversationId });
      if (sourceId == null) {
        result.duplicates++;
        return;
      }
      result.added++;
      result.sourceIds.push(sourceId);
      putVector(db, "sources", sourceId, vectors[i]!);
      if (item.memory) {
        const memoryId = insertMemory(
          db,
          { ...item.memory, content: texts[i]!, engine: "import" },
          { sourceIds: [sourceId], actor: "import", reason: "one episodic memory per imported turn" },
        );
        putVector(db, "memories", memoryId, vectors[i]!);
        result.memories++;
      }
    });
  })();
  return result;
}

/**
 * The content hash that identifies a chat turn (or one passage of it) across re-imports. A
 * transcript's or note's turn is named by its line in the file (the conversation is keyed by the
 * file's content), not by its time: an unstamped time comes from the file's modification time,
 * which a copy or an upload changes.
 */
export function turnHash(conv: ParsedConversation, turn: ParsedTurn, passage?: Passage): string {
  const text = passage ? `${passage.start}-${passage.end}\n${passage.text}` : turn.text;
  if (conv.format === "text" || conv.format === "note")
    return sha256("chat_turn", conv.format, conv.externalId, `line ${String(turn.metadata.line)}`, turn.speaker, text);
  return sha256("chat_turn", conv.format, conv.externalId, turn.externalId, turn.occurredAt, turn.speaker, text);
}

/** Neighbouring text kept in a source's `context` (document expansion): at most this many characters per side. */
const CONTEXT_CHARS = 500;

/**
 * A source's `context`: the turn before it (its end) and the turn after it (its start), each as
 * `Speaker: text` cut to CONTEXT_CHARS; a missing side is left out.
 */
export function neighbourContext(before: { speaker: string | null; text: string } | null, after: { speaker: string | null; text: string } | null): string {
  const line = (p: { speaker: string | null; text: string } | null, side: "start" | "end") => {
    if (!p) return "";
    const text = p.text.length <= CONTEXT_CHARS ? p.text : side === "end" ? `…${p.text.slice(-CONTEXT_CHARS)}` : `${p.text.slice(0, CONTEXT_CHARS)}…`;
    return `${p.speaker}: ${text}`;
  };
  return [line(before, "end"), line(after, "start")].filter(Boolean).join("\n");
}

/**
 * Stores one parsed conversation: a `chat_turn` source per turn (trust `imported`); a note's
 * paragraphs are `file` sources with trust `user` (the user's own words). A turn longer than
 * PASSAGE_CHARS is several sources, one per passage (core/ingest/passages.ts), each with
 * `metadata.passage = { index, count, start, end }` (its span in the message). The memory
 * engine (core/memory) turns them into memories afterwards (importFile runs it).
 */
export async function storeConversation(db: EngramDb, embedder: Embedder, conv: ParsedConversation, opts: StoreOptions = {}): Promise<StoreResult> {
  return storeSources(db, embedder, conversationItems(conv), conv, opts);
}

/** The sources of one parsed conversation, as storeConversation stores them. */
export function conversationItems(conv: ParsedConversation): SourceItem[] {
  const note = conv.format === "note";
  const pieces = conv.turns.flatMap((turn) => {
    const passages = splitPassages(turn.text);
    return passages.map((p, index) => ({ turn, text: p.text, passage: passages.length > 1 ? { ...p, index, count: passages.length } : null }));
  });
  const at = (i: number) => (pieces[i] ? { speaker: pieces[i].turn.speaker, text: pieces[i].text } : null);
  return pieces.map(({ turn, text, passage }, seq) => ({
    source: {
      kind: note ? "file" : "chat_turn",
      externalId: turn.externalId,
      seq,
      speaker: turn.speaker,
      role: turn.role,
      occurredAt: turn.occurredAt,
      text,
      context: neighbourContext(at(seq - 1), at(seq + 1)),
      contentHash: turnHash(conv, turn, passage ?? undefined),
      trust: note ? "user" : "imported",
      metadata: passage ? { ...turn.metadata, passage: { index: passage.index, count: passage.count, start: passage.start, end: passage.end } } : turn.metadata,
    },
  }));
}

import type { Embedder } from "../../models/embedder.js";
import type { EngramDb } from "../db/connection.js";
import { EMBED_BATCH, embedCached } from "../db/embedding-cache.js";
import { upsertConversation } from "../db/repos/conversations.js";
import { insertMemory, type NewMemory } from "../db/repos/memories.js";
import { existingHashes, insertSource, type NewSource } from "../db/repos/sources.js";
import { putVector } from "../db/vectors.js";
import { sourceIndexText } from "../retrieval/index-text.js";
import { sha256 } from "../util/hash.js";
import { KINDLE_BOOK } from "./reading/kindle.js";
import { splitPassages, type Passage } from "./kit/passages.js";
import type { ParsedConversation, ParsedTurn } from "./kit/types.js";

/** A source to store, with the memory (if any) that stands for it until the memory engine runs. */
export interface SourceItem {
  source: NewSource;
  memory?: Omit<NewMemory, "engine">;
  /** Content hashes an earlier Engram gave the same source (a Kindle clipping's, named by its time before session 37): it is stored already when one of them is. */
  formerHashes?: string[];
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
  /**
   * Vectors already computed for the items (`vectors[i]` for `items[i]`, e.g. by
   * {@link embedItems}): used as they are, neither looked up in nor written to the embedding cache.
   * Items without one are embedded through the cache as usual.
   */
  vectors?: ReadonlyArray<Float32Array | undefined>;
}

/** The items not stored yet (by content hash), their indices in `items`, and the text each is indexed and embedded by. */
function freshItems(db: EngramDb, items: SourceItem[]): { fresh: SourceItem[]; at: number[]; texts: string[] } {
  const present = existingHashes(
    db,
    items.flatMap((i) => [i.source.contentHash, ...(i.formerHashes ?? [])]),
  );
  const stored = (item: SourceItem) => present.has(item.source.contentHash) || (item.formerHashes?.some((h) => present.has(h)) ?? false);
  const at = items.flatMap((item, i) => (stored(item) ? [] : [i]));
  const fresh = at.map((i) => items[i]!);
  return { fresh, at, texts: fresh.map((i) => sourceIndexText(i.source)) };
}

/** Options of {@link embedItems}. */
export interface EmbedItemsOptions {
  /** Embedding progress: texts embedded so far and distinct texts to embed. */
  onEmbedded?: (done: number, total: number) => void;
  /** Called after each call of the embedder: the first `items` items now have their vectors in `vectors`. */
  onReady?: (items: number) => void;
  /** Awaited before each call of the embedder, with the index of the first item that call embeds (an import paces the embedding by it). */
  pace?: (item: number) => Promise<void>;
}

/**
 * Embeds the items not stored yet into `vectors` (`vectors[i]` for `items[i]`; items already
 * stored are left out), storing nothing: an import runs it on the embedder's worker threads ahead of
 * storing the items (storeSources with `vectors`), while the memory engine works on what is already
 * stored. The embedder is called as storeSources would call it on a fresh embedding cache (the
 * distinct texts in the order they first occur, EMBED_BATCH at a time), so the vectors are the
 * same bit for bit as storing the conversation whole: an embedder's vectors may differ in their last
 * bits with the batch a text is embedded in (a model quantised per batch does).
 * The vectors are not written to the embedding cache: a turn's text (with its neighbours as
 * context) is embedded once, its vector kept in `<t>_embeddings`, and a re-import skips stored turns
 * before embedding; caching them cost a write and a read of 2 KB per turn.
 * @throws whatever the embedder throws; the vectors of the calls before stay in `vectors`.
 */
export async function embedItems(
  db: EngramDb,
  embedder: Embedder,
  items: SourceItem[],
  vectors: Array<Float32Array | undefined>,
  opts: EmbedItemsOptions = {},
): Promise<void> {
  const { at, texts } = freshItems(db, items);
  // the distinct texts in first-occurrence order, each with the items it is the text of
  const itemsOf = new Map<string, number[]>();
  texts.forEach((t, j) => {
    const list = itemsOf.get(t);
    if (list) list.push(at[j]!);
    else itemsOf.set(t, [at[j]!]);
  });
  const todo = [...itemsOf];
  for (let start = 0; start < todo.length; start += EMBED_BATCH) {
    const batch = todo.slice(start, start + EMBED_BATCH);
    await opts.pace?.(batch[0]![1][0]!);
    const embedded = await embedder.embed(batch.map(([text]) => text));
    batch.forEach(([, list], k) => {
      for (const i of list) vectors[i] = embedded[k]!;
    });
    opts.onEmbedded?.(Math.min(start + EMBED_BATCH, todo.length), todo.length);
    // every item up to the next distinct text's first one has its vector
    opts.onReady?.(start + EMBED_BATCH < todo.length ? todo[start + EMBED_BATCH]![1][0]! : items.length);
  }
  opts.onReady?.(items.length);
}

/**
 * Stores sources (skipping duplicates by content hash), their vectors, and their stand-in memories,
 * all in ONE transaction: either everything lands or nothing does. Embeddings are computed first
 * (async, through the embedding cache, unless `opts.vectors` has them), then the synchronous
 * transaction writes.
 * @param conversation optional conversation the sources belong to (created if new).
 */
export async function storeSources(
  db: EngramDb,
  embedder: Embedder,
  items: SourceItem[],
  conversation?: ParsedConversation,
  opts: StoreOptions = {},
): Promise<StoreResult> {
  const { fresh, at, texts } = freshItems(db, items);
  // the vectors given, the others embedded through the cache (all of them when none are given)
  const vectors = at.map((i) => opts.vectors?.[i]);
  const missing = texts.flatMap((_, j) => (vectors[j] ? [] : [j]));
  if (missing.length) {
    const embedded = await embedCached(
      db,
      embedder,
      missing.map((j) => texts[j]!),
      { onProgress: opts.onEmbedded },
    );
    missing.forEach((j, k) => {
      vectors[j] = embedded[k];
    });
  }
  const result: StoreResult = { added: 0, duplicates: items.length - fresh.length, memories: 0, sourceIds: [] };
  db.transaction(() => {
    const conversationId = conversation
      ? upsertConversation(db, {
          format: conversation.format,
          externalId: conversation.externalId,
          title: conversation.title,
          participants: conversation.participants,
          startedAt: conversation.startedAt,
          records: conversation.records,
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
 * transcript's, note's or meeting captions' turn is named by its line in the file (the conversation is
 * keyed by the file's content), not by its time: an unstamped time comes from the file's modification
 * time, which a copy or an upload changes (a Teams or Otter transcript's start too). A note's paragraph
 * that its export names (a Letterboxd diary entry by its link: `turn.externalId`) is named by that, as a
 * chat's message is, so a later export, whose rows may have moved, adds only what is new. One that
 * has no time of its own (metadata `undated`: a canvas's card, of its file's modification time) is
 * named without the time, so saving the file again adds only the paragraphs changed. A Kindle book's
 * highlight or note (kindle.ts, its conversation `kindle:<title> (<author>)`) is named by its book and
 * its words alone (which say where it is and hold the note typed at it): My Clippings.txt and the app's
 * notebook, which has no times and names a place otherwise, tell the same highlight as one source.
 */
export function turnHash(conv: ParsedConversation, turn: ParsedTurn, passage?: Passage): string {
  const text = passage ? `${passage.start}-${passage.end}\n${passage.text}` : turn.text;
  if (isKindleBook(conv)) return sha256("chat_turn", conv.format, conv.externalId, turn.speaker, text);
  if (conv.format === "note" && turn.externalId !== null && turn.metadata.undated === true)
    return sha256("chat_turn", conv.format, conv.externalId, turn.externalId, turn.speaker, text);
  if (conv.format === "text" || (conv.format === "note" && turn.externalId === null) || conv.format === "captions")
    return sha256("chat_turn", conv.format, conv.externalId, `line ${String(turn.metadata.line)}`, turn.speaker, text);
  return timedHash(conv, turn, text);
}

/** The hash of a turn named by its conversation, its id in the export and its time (a chat's message). */
function timedHash(conv: ParsedConversation, turn: ParsedTurn, text: string): string {
  return sha256("chat_turn", conv.format, conv.externalId, turn.externalId, turn.occurredAt, turn.speaker, text);
}

/** Whether `conv` is a Kindle book's highlights (My Clippings.txt's, a notebook's), not a Kobo's nor Readwise's, also read as format `kindle`. */
function isKindleBook(conv: ParsedConversation): boolean {
  return conv.format === "kindle" && conv.externalId.startsWith(KINDLE_BOOK);
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
 * paragraphs are `file` sources with trust `user` (the user's own words), a Kindle's clippings `file`
 * sources with trust `imported` (a book's words: instructions in them are data), a calendar's events
 * `file` sources with trust `imported` (an invitation is someone else's words), and so are an address
 * book's cards (a synced card may be anyone's words); an email's
 * messages `chat_turn` sources with trust `imported`, as a chat's. A turn longer than
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
    // (a Kindle book's clipping as Engram named it before session 37, by its time: stored then, it is not stored again)
    ...(isKindleBook(conv) ? { formerHashes: [timedHash(conv, turn, passage ? `${passage.start}-${passage.end}\n${passage.text}` : turn.text)] } : {}),
    // (and a forwarded message as Engram named it before session 41, said by whoever forwarded it)
    ...(typeof turn.metadata.forwarded_by === "string" && !isKindleBook(conv)
      ? { formerHashes: [turnHash(conv, { ...turn, speaker: turn.metadata.forwarded_by }, passage ?? undefined)] }
      : {}),
    source: {
      kind: note || conv.format === "kindle" || conv.format === "ics" || conv.format === "vcard" ? "file" : "chat_turn",
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

import { existsSync } from "node:fs";
import type { Embedder } from "../../models/embedder.js";
import type { EngramDb } from "../db/connection.js";
import { withWalCheckpointEvery } from "../db/maintenance.js";
import { setUserName } from "../db/repos/settings.js";
import { claimUserTurns, userSpeakerOf } from "../db/repos/user-claims.js";
import { BATCH_SIZE } from "../memory/engine.js";
import { isGenericUserLabel } from "../memory/extractor.js";
import { rebuildHumanBlock } from "../memory/core-blocks.js";
import { createMemoryEngine } from "../memory/index.js";
import { parseExport, validateExport } from "./parse.js";
import { prepareVectors } from "../retrieval/reembed.js";
import { refreshTermBitmaps } from "../retrieval/term-bitmaps-build.js";
import { conversationItems, embedItems, type SourceItem, storeSources } from "./store.js";
import type { ImportFormat, ParsedConversation, ParsedTurn } from "./kit/types.js";
import { takeValidated } from "./validated.js";
import { type Watermark, watermark } from "./watermark.js";

/**
 * Progress of an import. `validate`: the first pass (reading), `done`/`total` in bytes of the file.
 * Then `embed` (embedding turns), `import` (storing them) and `process` (the memory engine over
 * them), each with `done`/`total` in turns of the whole file; the three overlap (embedding runs
 * ahead of storing, the engine just behind it), each one's `done` only grows.
 * `conversations`/`turns`: conversations and turns finished (processed) so far.
 */
export interface ImportProgress {
  phase: "validate" | "embed" | "import" | "process" | "index";
  done: number;
  total: number;
  conversations: number;
  turns: number;
}

/** What one file's import did. `turns` counts messages; `added` + `duplicates` count stored
 * sources, one per message or, for a message over PASSAGE_CHARS, one per passage. */
export interface ImportReport {
  file: string;
  format: ImportFormat;
  conversations: number;
  turns: number;
  added: number;
  duplicates: number;
  memories: number;
  /** wall time, seconds */
  seconds: number;
  /**
   * The part of `seconds` spent bringing a large database's search index up to date at the end (its
   * term bitmaps, the `index` phase: core/retrieval/term-bitmaps-build.ts); 0 when there was nothing
   * to do. A small import into a large database can spend most of its time here.
   */
  indexSeconds: number;
  /**
   * Why no `human` core memory came of this import, when none did: nobody in it was marked as the
   * user (`me`) and its conversations are between other people. Null when a core memory was built or
   * the export names its user itself (ChatGPT, Claude, a whole Telegram account's export).
   */
  coreMemory: string | null;
  /**
   * Who speaks in it (at most 6, as the note names them), when no core memory was made because
   * nobody in it was named as the user, or the name given is nobody's: whom an import of it again
   * with `me` can name. Absent otherwise.
   */
  people?: string[];
  /** sources an earlier, interrupted run had stored but not processed, processed by this import */
  resumed: number;
  /** messages an earlier import stored as another person's that are the user's now (`me` named their speaker), with the facts told of them */
  claimed: number;
}

/**
 * Items (sources) stored per transaction of an import: whole batches of the memory engine, so the
 * engine starts on a conversation's first batches while the rest of it is still being embedded.
 */
const CHUNK = 2 * BATCH_SIZE;

/**
 * How far ahead of the memory engine (in items) the embedding may start a call: enough to keep the
 * embedder's threads busy, little enough that they do not finish long before the engine and leave
 * it alone on one core at the end. It must exceed CHUNK + BATCH_SIZE: the engine waits for a whole
 * chunk to be embedded, and may hold back up to a batch of stored items (else the two wait for each other).
 */
const LOOKAHEAD = 3 * CHUNK;

/** A conversation whose new turns are being embedded: `vectors[i]` is item i's once computed, `ready` counts the leading items that have theirs, `done` settles when all do. */
interface Embedding {
  conv: ParsedConversation;
  items: SourceItem[];
  vectors: Array<Float32Array | undefined>;
  ready: Watermark;
  done: Promise<void>;
}

/** Marks the speaker named `me` (case-insensitive) as the user (role `user`) in a parsed conversation. */
function markMe<T extends { turns: Array<{ speaker: string | null; role: string }> }>(conv: T, me: string | undefined): T {
  if (!me) return conv;
  const name = me.trim().toLowerCase();
  return { ...conv, turns: conv.turns.map((t) => (t.speaker?.trim().toLowerCase() === name ? { ...t, role: "user" } : t)) };
}

/** Whether `turn` is an email sent to `me` (one of its To recipients, by name or address, any case). */
function isSentTo(turn: ParsedTurn, me: string): boolean {
  const to = (turn.metadata.email as { to?: unknown } | undefined)?.to;
  return Array.isArray(to) && to.some((r) => typeof r === "string" && r.trim().toLowerCase() === me.trim().toLowerCase());
}

/**
 * Imports a chat export into the database.
 *
 * Two streaming passes over the file: the first validates everything (so a file that is bad
 * anywhere, even truncated at the end, changes nothing; skipped when the unchanged file was
 * validated by validated.ts `validateForImport` in this process, as `engram import` does before it
 * opens the database), the second is a pipeline. An embedding
 * chain reads one conversation after another and embeds its new turns on the embedder's worker
 * threads (core/ingest/store.ts embedItems: the same embedder calls as storing the conversation
 * whole, so the same vectors), staying at most LOOKAHEAD items ahead of the memory engine; the
 * vectors are handed to storing in memory, not through the embedding cache. Behind it, each
 * conversation is stored CHUNK items per transaction as soon as their vectors are computed, and the memory engine runs over whole batches of what is stored (so
 * `memories` counts the memories the engine added, and it makes the memories it would make of the
 * conversation stored whole). The engine's thread and the embedder's threads thus work at once from
 * the first chunk to the last. Memory stays bounded by two conversations (the one stored and the
 * next one being embedded). A crash leaves whole chunks stored; importing the file again stores the
 * rest and processes whatever is unprocessed.
 * Re-importing adds nothing (content hashes). `me` names the speaker who is the user: their turns
 * get role `user`, so their facts build the `human` core memory. `embedderOrLoader` may be a loader, called only once the
 * file has passed validation (so a bad file is refused without loading a model).
 * @throws ImportError (core/ingest/types.ts) naming the file and the field or line of bad input.
 */
export async function importFile(
  db: EngramDb,
  embedderOrLoader: Embedder | (() => Promise<Embedder>),
  file: string,
  opts: ImportOptions = {},
): Promise<ImportReport> {
  return withWalCheckpointEvery(db, IMPORT_CHECKPOINT_PAGES, () => importNow(db, embedderOrLoader, file, opts, performance.now()));
}

/** Options of {@link importFile}. */
export interface ImportOptions {
  format?: ImportFormat;
  onProgress?: (p: ImportProgress) => void;
  me?: string;
  /**
   * Stops the import between two stored chunks or two engine batches (within about a batch's
   * time), rejecting with the signal's reason: what was stored and processed is kept, and importing
   * the file again finishes it (the turns stored but not processed yet are resumed).
   */
  signal?: AbortSignal;
}

/**
 * WAL pages between SQLite's automatic checkpoints while an import runs (core/db/maintenance.ts
 * withWalCheckpointEvery; SQLite's default is 1,000). Importing the LoCoMo dev split (4,124 turns)
 * with both trees running at once, three times (load 3.5-5.5): 2-6 % less wall time with 8,000 in
 * every run; the same two trees with 1,000 each: within 1 %.
 */
const IMPORT_CHECKPOINT_PAGES = 8000;

/** {@link importFile}'s work, `started` at that time (performance.now()). */
async function importNow(
  db: EngramDb,
  embedderOrLoader: Embedder | (() => Promise<Embedder>),
  file: string,
  opts: ImportOptions,
  started: number,
): Promise<ImportReport> {
  if (!existsSync(file)) throw new Error(`${file}: no such file`);
  const signal = opts.signal;
  let conversations = 0;
  let turns = 0;
  const report = (phase: ImportProgress["phase"], done: number, total: number) => opts.onProgress?.({ phase, done, total, conversations, turns });

  // the first pass detects the format (when not given) as it reads: the file's start is not read again
  // for it; a file validated before the database was opened (engram import, validated.ts) is not read again
  const checked =
    takeValidated(file, opts.format) ?? (await validateExport(file, { format: opts.format, onProgress: (b, total) => report("validate", b, total) }));
  const format = checked.format;
  const embedder = typeof embedderOrLoader === "function" ? await embedderOrLoader() : embedderOrLoader;
  await prepareVectors(db, embedder);

  const totalTurns = checked.turns;
  const out: ImportReport = {
    file,
    format,
    conversations: 0,
    turns: 0,
    added: 0,
    duplicates: 0,
    memories: 0,
    seconds: 0,
    indexSeconds: 0,
    coreMemory: null,
    resumed: 0,
    claimed: 0,
  };
  let userTurns = 0;
  let userName: string | null = null;
  const speakers = new Set<string>();
  // (mail sent to the user: with --me, they may only have received it)
  let sentToMe = 0;
  const engine = createMemoryEngine(db, embedder);
  const conversationsOf = parseExport(file, { format, ...(opts.me ? { me: opts.me } : {}) })[Symbol.asyncIterator]();
  // counted in items (sources to store) across the file: where the embedding chain has started, and
  // how many items are stored and processed, which paces the chain
  let chainItems = 0;
  let handledItems = 0;
  const handled = watermark();
  let embeddedTurns = 0;
  // the embedding chain: reads the next conversation and starts embedding its new turns (worker
  // threads), at most LOOKAHEAD items ahead of the memory engine
  const embedNext = async (): Promise<Embedding | null> => {
    if (signal?.aborted) return null;
    const next = await conversationsOf.next();
    if (next.done) return null;
    // (who the user is in a conversation an earlier import stored is remembered: its newer messages are theirs too)
    const conv = markMe(next.value, opts.me ?? userSpeakerOf(db, next.value) ?? undefined);
    const items = conversationItems(conv);
    const n = conv.turns.length;
    const start = chainItems;
    chainItems += items.length;
    const ready = watermark();
    const vectors = new Array<Float32Array | undefined>(items.length);
    const done = embedItems(db, embedder, items, vectors, {
      onEmbedded: (d, t) => report("embed", embeddedTurns + Math.round((n * d) / Math.max(t, 1)), totalTurns),
      onReady: (k) => ready.set(k),
      pace: (k) => handled.reached(start + k - LOOKAHEAD),
    }).then(() => {
      embeddedTurns += n;
      report("embed", embeddedTurns, totalTurns);
    });
    done.catch(() => undefined); // the loop below awaits it
    return { conv, items, vectors, ready, done };
  };
  let ahead = embedNext();
  for (let current = await ahead; current; current = await ahead) {
    const { conv, items, vectors, ready, done } = current;
    // the next conversation is embedded once this one is, while this one is stored and processed
    ahead = done.then(embedNext);
    ahead.catch(() => undefined);
    for (const t of conv.turns) {
      if (t.role === "user") {
        userTurns++;
        // (named by --me, or by the export itself: a Telegram chat's user, who writes under their name)
        if (t.speaker && !isGenericUserLabel(t.speaker)) userName = t.speaker.trim();
      } else if (t.speaker && t.role === "other") speakers.add(t.speaker);
      if (opts.me && isSentTo(t, opts.me)) sentToMe++;
    }
    const n = conv.turns.length;
    const turnsAt = (item: number) => turns + Math.round((n * item) / Math.max(items.length, 1));
    // stored CHUNK items at a time as soon as their vectors are computed; the engine takes whole batches
    // of what is stored while more is to come, so it cuts the conversation where it would cut it whole
    let stored = 0;
    const pending: number[] = [];
    while (stored < items.length || pending.length > 0) {
      signal?.throwIfAborted();
      if (stored < items.length) {
        const to = Math.min(items.length, stored + CHUNK);
        await Promise.race([ready.reached(to), done]);
        const r = await storeSources(db, embedder, items.slice(stored, to), conv, { vectors: vectors.slice(stored, to) });
        vectors.fill(undefined, stored, to); // stored: kept in <t>_embeddings now
        out.added += r.added;
        out.duplicates += r.duplicates;
        pending.push(...r.sourceIds);
        stored = to;
        report("import", turnsAt(stored), totalTurns);
        handled.set(handledItems + stored - pending.length);
      }
      const take = stored < items.length ? pending.length - (pending.length % BATCH_SIZE) : pending.length;
      if (take === 0) continue;
      const ids = pending.splice(0, take);
      const m = await engine.process(ids, {
        signal,
        // (the conversation's last: stored whole, the session it ends with is over)
        complete: stored === items.length && pending.length === 0,
        onProgress: (d) => {
          const at = stored - pending.length - take + d;
          report("process", turnsAt(at), totalTurns);
          handled.set(handledItems + at);
        },
      });
      out.memories += Object.values(m.added).reduce((a, b) => a + b, 0);
    }
    // (an earlier import stored them as another's turns: with `me` they are the user's now, and so are their facts)
    if (opts.me) out.claimed += claimUserTurns(db, conv, opts.me);
    handledItems += items.length;
    handled.set(handledItems);
    report("process", turns + n, totalTurns);
    out.conversations = ++conversations;
    out.turns = turns += n;
  }
  // sources left unprocessed by an earlier run (a crash, a kill) are finished now: a re-import that
  // finds only duplicates must not leave their memories missing
  const rest = await engine.process({ signal, onProgress: (d, t) => t > 0 && report("process", Math.min(totalTurns, d), Math.max(totalTurns, t)) });
  out.memories += Object.values(rest.added).reduce((a, b) => a + b, 0);
  out.resumed = rest.sources;
  report("process", totalTurns, totalTurns);
  // a large index gets its term bitmaps (re)built once enough is new (core/retrieval/term-bitmaps.ts): progress in postings
  const indexing = performance.now();
  for (const target of ["sources", "memories"] as const) await refreshTermBitmaps(db, target, { onProgress: (p) => report("index", p.done, p.total) });
  out.indexSeconds = (performance.now() - indexing) / 1000;
  // the user's name as the file writes it: what they later tell Engram as "User" is about them too
  if (userName) setUserName(db, userName);
  // (the turns an earlier import stored as another's that are the user's now: their core memory)
  if (out.claimed > 0 && db.transaction(() => rebuildHumanBlock(db, { engine: engine.name, now: Date.now() }))() === "ADD") out.memories++;
  if (opts.me && userTurns === 0 && sentToMe > 0)
    out.coreMemory = `no core memory was made: "${opts.me}" wrote none of the mails in ${file}, only received them (from ${[...speakers].slice(0, 6).join(", ")})`;
  else if (opts.me && userTurns === 0) {
    out.coreMemory = `no core memory was made: nobody named "${opts.me}" speaks in ${file} (speakers: ${[...speakers].slice(0, 6).join(", ")})`;
    out.people = [...speakers].slice(0, 6);
  } else if (userTurns === 0 && speakers.size >= 2) {
    out.coreMemory = `no core memory was made: ${file} holds conversations between other people (${[...speakers].slice(0, 6).join(", ")}); import it again with --me NAME to say which of them is you`;
    out.people = [...speakers].slice(0, 6);
  }
  out.seconds = (performance.now() - started) / 1000;
  return out;
}

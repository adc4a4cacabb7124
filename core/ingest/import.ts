import { existsSync, statSync } from "node:fs";
import type { Embedder } from "../../models/embedder.js";
import type { EngramDb } from "../db/connection.js";
import { createMemoryEngine } from "../memory/index.js";
import { detectFormat, parseExport } from "./parse.js";
import { prepareVectors } from "../retrieval/reembed.js";
import { prefetchEmbeddings, storeConversation } from "./store.js";
import type { ImportFormat } from "./types.js";

/**
 * Progress of an import. `validate`: the first pass (reading), `done`/`total` in bytes of the file.
 * Then per conversation: `embed` (embedding its turns), `import` (storing them) and `process` (the
 * memory engine over them), `done`/`total` in turns of the whole file. `conversations`/`turns`:
 * counted so far.
 */
export interface ImportProgress {
  phase: "validate" | "embed" | "import" | "process";
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
   * Why no `human` core memory came of this import, when none did: nobody in it was marked as the
   * user (`me`) and its conversations are between other people. Null when a core memory was built or
   * the export names its user itself (ChatGPT, Claude).
   */
  coreMemory: string | null;
  /** sources an earlier, interrupted run had stored but not processed, processed by this import */
  resumed: number;
}

/** Marks the speaker named `me` (case-insensitive) as the user (role `user`) in a parsed conversation. */
function markMe<T extends { turns: Array<{ speaker: string | null; role: string }> }>(conv: T, me: string | undefined): T {
  if (!me) return conv;
  const name = me.trim().toLowerCase();
  return { ...conv, turns: conv.turns.map((t) => (t.speaker?.trim().toLowerCase() === name ? { ...t, role: "user" } : t)) };
}

/**
 * Imports a chat export into the database.
 *
 * Two streaming passes over the file: the first validates everything (so a file that is bad
 * anywhere, even truncated at the end, changes nothing), the second stores one conversation per
 * transaction, then runs the memory engine over that conversation's new turns (so `memories` counts
 * the memories the engine added) while the next conversation is read and embedded into the
 * embedding cache (the embedder's worker threads beside the engine's thread). Memory stays bounded by the two largest conversations (the one processed and the next).
 * Re-importing adds nothing (content hashes). `me` names the speaker who is the user: their turns
 * get role `user`, so their facts build the `human` core memory. `embedderOrLoader` may be a loader, called only once the
 * file has passed validation (so a bad file is refused without loading a model).
 * @throws ImportError (core/ingest/types.ts) naming the file and the field or line of bad input.
 */
export async function importFile(
  db: EngramDb,
  embedderOrLoader: Embedder | (() => Promise<Embedder>),
  file: string,
  opts: { format?: ImportFormat; onProgress?: (p: ImportProgress) => void; me?: string } = {},
): Promise<ImportReport> {
  const started = performance.now();
  if (!existsSync(file)) throw new Error(`${file}: no such file`);
  const format = opts.format ?? (await detectFormat(file));
  const totalBytes = statSync(file).size;
  let conversations = 0;
  let turns = 0;
  const report = (phase: ImportProgress["phase"], done: number, total: number) => opts.onProgress?.({ phase, done, total, conversations, turns });

  for await (const conv of parseExport(file, { format, onProgress: (b) => report("validate", b, totalBytes) })) {
    conversations++;
    turns += conv.turns.length;
  }
  const embedder = typeof embedderOrLoader === "function" ? await embedderOrLoader() : embedderOrLoader;
  await prepareVectors(db, embedder);

  const totalTurns = turns;
  const out: ImportReport = { file, format, conversations: 0, turns: 0, added: 0, duplicates: 0, memories: 0, seconds: 0, coreMemory: null, resumed: 0 };
  let userTurns = 0;
  const speakers = new Set<string>();
  conversations = 0;
  turns = 0;
  const engine = createMemoryEngine(db, embedder);
  const conversationsOf = parseExport(file, { format })[Symbol.asyncIterator]();
  for (let next = await conversationsOf.next(); !next.done; ) {
    const conv = markMe(next.value, opts.me);
    for (const t of conv.turns) {
      if (t.role === "user") userTurns++;
      else if (t.speaker && t.role === "other") speakers.add(t.speaker);
    }
    const n = conv.turns.length;
    report("embed", turns, totalTurns);
    const r = await storeConversation(db, embedder, conv, { onEmbedded: (d, t) => report("embed", turns + Math.round((n * d) / Math.max(t, 1)), totalTurns) });
    report("embed", turns + n, totalTurns);
    report("import", turns + n, totalTurns);
    // the next conversation is read and embedded (worker threads) while the engine works on this one
    const following = conversationsOf.next();
    const prefetch = following.then((f) => (f.done ? undefined : prefetchEmbeddings(db, embedder, markMe(f.value, opts.me))));
    prefetch.catch(() => undefined);
    const m = r.sourceIds.length
      ? await engine.process(r.sourceIds, { onProgress: (d, t) => report("process", turns + Math.round((n * d) / Math.max(t, 1)), totalTurns) })
      : null;
    await prefetch;
    next = await following;
    out.conversations = ++conversations;
    out.turns = turns += n;
    out.added += r.added;
    out.duplicates += r.duplicates;
    out.memories += m ? Object.values(m.added).reduce((a, b) => a + b, 0) : 0;
  }
  // sources left unprocessed by an earlier run (a crash, a kill) are finished now: a re-import that
  // finds only duplicates must not leave their memories missing
  const rest = await engine.process({ onProgress: (d, t) => t > 0 && report("process", Math.min(totalTurns, d), Math.max(totalTurns, t)) });
  out.memories += Object.values(rest.added).reduce((a, b) => a + b, 0);
  out.resumed = rest.sources;
  report("process", totalTurns, totalTurns);
  if (opts.me && userTurns === 0)
    out.coreMemory = `no core memory was made: nobody named "${opts.me}" speaks in ${file} (speakers: ${[...speakers].slice(0, 6).join(", ")})`;
  else if (userTurns === 0 && speakers.size >= 2)
    out.coreMemory = `no core memory was made: ${file} holds conversations between other people (${[...speakers].slice(0, 6).join(", ")}); import it again with --me NAME to say which of them is you`;
  out.seconds = (performance.now() - started) / 1000;
  return out;
}

import type { EngramDb } from "../db/connection.js";
import { embedCached } from "../db/embedding-cache.js";
import { getMemories, updateMemory } from "../db/repos/memories.js";
import { attributeVersions, lastVersionId, recordVersion } from "../db/repos/versions.js";
import type { MemoryRow, SourceRow } from "../db/types.js";
import { putVector } from "../db/vectors.js";
import { neighbourContext } from "../ingest/store.js";
import { sourceIndexText } from "../retrieval/index-text.js";
import { rebuildHumanBlock } from "../memory/core-blocks.js";
import { createMemoryEngine } from "../memory/index.js";
import { sha256 } from "../util/hash.js";
import type { ApiContext } from "./context.js";
import { ApiError } from "./errors.js";
import type { EditNoteRequest, EditNoteResult } from "./types.js";
import { SOURCE_COLUMNS, toMemory, toSource, type SourceViewRow } from "./views.js";

/** True for a source the user may rewrite: their own note (`manual` from `remember`, `file` from a note import). */
export function isNote(s: Pick<SourceRow, "kind" | "trust">): boolean {
  return (s.kind === "manual" || s.kind === "file") && s.trust === "user";
}

/** Gives a source new text and context: its row and its full-text row (external content, so the
 * old words are deleted from the index explicitly). Call inside a transaction. */
function reindex(db: EngramDb, s: SourceRow, next: { text: string; context: string }): void {
  if (s.text === next.text && s.context === next.context) return;
  db.prepare("INSERT INTO sources_fts(sources_fts, rowid, speaker, text, context) VALUES ('delete', ?, ?, ?, ?)").run(s.id, s.speaker, s.text, s.context);
  db.prepare("UPDATE sources SET text = ?, context = ? WHERE id = ?").run(next.text, next.context, s.id);
  db.prepare("INSERT INTO sources_fts(rowid, speaker, text, context) VALUES (?, ?, ?, ?)").run(s.id, s.speaker, next.text, next.context);
}

/** The memories made from source `id` that are still current (active, valid). */
function currentMemories(db: EngramDb, id: number): MemoryRow[] {
  return db
    .prepare("SELECT m.* FROM memory_sources ms JOIN memories m ON m.id = ms.memory_id WHERE ms.source_id = ? AND m.status = 'active' AND m.valid_to IS NULL ORDER BY m.id")
    .all(id) as MemoryRow[];
}

/**
 * `editNote`: replaces the text of one of the user's notes and makes it into memories again, in
 * three steps.
 * 1. One transaction: each current memory made from the note is settled (a core block, which
 *    gathers many sources, is rebuilt from the current facts afterwards) — one made only from it
 *    is closed (`valid_to` = its `valid_from`: a corrected note never said it; `invalidated_at` =
 *    now; an `INVALIDATE` version "its note was edited"); one that other sources also back stops
 *    citing the note (a `NOOP` version says so) and stays; one the user edited or pinned stays as
 *    it is (the user always wins). The source gets the new text (FTS row replaced, new vector,
 *    `metadata.editedAt`) and is marked unprocessed; the paragraphs beside it in an imported note
 *    get their `context` (which quotes it) rebuilt.
 * 2. The memory engine processes it at once, as `remember` does.
 * 3. A core block that cited the note is rebuilt from the facts now current.
 * A `manual` note's content hash follows its text (so `remember` of the same text at the same time
 * is still a duplicate); a `file` note keeps the hash of the paragraph it was imported from, so a
 * re-import of the file does not bring the old text back.
 * @throws ApiError not_found (no such source), bad_request (not a note of the user's),
 *   conflict (another note has the same text at the same time).
 */
export async function editNote(ctx: ApiContext, req: EditNoteRequest): Promise<EditNoteResult> {
  const { db } = ctx;
  const src = db.prepare("SELECT * FROM sources WHERE id = ?").get(req.sourceId) as SourceRow | undefined;
  if (!src) throw new ApiError("not_found", `Source ${req.sourceId} does not exist (it may have been deleted).`, { field: "sourceId" });
  if (!isNote(src)) {
    throw new ApiError("bad_request", `editNote: sourceId: source ${src.id} is a ${src.kind.replace("_", " ")} (${src.trust}), not a note of yours; only your own notes can be edited`, { field: "sourceId" });
  }
  const read = () => toSource(db.prepare(`SELECT ${SOURCE_COLUMNS} FROM sources s WHERE id = ?`).get(src.id) as SourceViewRow, ctx.imageUrl);
  if (src.text === req.text) return { source: read(), invalidated: 0, kept: 0, memories: currentMemories(db, src.id).map(toMemory) };

  const hash = src.kind === "manual" ? sha256("manual", src.occurred_at, req.text) : src.content_hash;
  const clash = db.prepare("SELECT id FROM sources WHERE content_hash = ? AND id <> ?").get(hash, src.id) as { id: number } | undefined;
  if (clash) throw new ApiError("conflict", `You already have a note with this text at that time (source ${clash.id}).`);
  const embedder = await ctx.embedder();
  const [vector] = await embedCached(db, embedder, [sourceIndexText({ ...src, windowTitle: src.window_title, text: req.text })]);
  const now = ctx.now();
  const actor = ctx.actor ?? "user";
  const mark = lastVersionId(db);
  const counts = db.transaction(() => {
    let invalidated = 0;
    let kept = 0;
    let coreBlock = false;
    const others = db.prepare("SELECT COUNT(*) AS n FROM memory_sources WHERE memory_id = ? AND source_id <> ?");
    for (const m of currentMemories(db, src.id)) {
      if (m.type === "core") {
        coreBlock = true; // a core block gathers many sources: rebuilt from the current facts below
      } else if (m.user_edited || m.pinned) {
        kept++;
      } else if ((others.get(m.id, src.id) as { n: number }).n > 0) {
        db.prepare("DELETE FROM memory_sources WHERE memory_id = ? AND source_id = ?").run(m.id, src.id);
        recordVersion(db, { memoryId: m.id, op: "NOOP", before: m, after: m, reason: `no longer cites note #${src.id} (edited); other sources still say it`, actor, at: now });
        kept++;
      } else {
        updateMemory(db, m.id, { valid_to: m.valid_from, invalidated_at: now }, { op: "INVALIDATE", actor, reason: `its note #${src.id} was edited`, now });
        invalidated++;
      }
    }
    reindex(db, src, { text: req.text, context: src.context });
    const metadata = { ...(JSON.parse(src.metadata || "{}") as Record<string, unknown>), editedAt: now };
    db.prepare("UPDATE sources SET content_hash = ?, metadata = ?, processed_at = NULL WHERE id = ?").run(hash, JSON.stringify(metadata), src.id);
    putVector(db, "sources", src.id, vector!);
    // the paragraphs beside it in an imported note quote it in their context (document expansion)
    if (src.conversation_id != null && src.seq != null) {
      const at = db.prepare("SELECT * FROM sources WHERE conversation_id = ? AND seq = ?");
      const row = (seq: number) => (at.get(src.conversation_id, seq) as SourceRow | undefined) ?? null;
      const self = { speaker: src.speaker, text: req.text };
      const before = row(src.seq - 1);
      const after = row(src.seq + 1);
      if (before) reindex(db, before, { text: before.text, context: neighbourContext(row(src.seq - 2), self) });
      if (after) reindex(db, after, { text: after.text, context: neighbourContext(self, row(src.seq + 2)) });
    }
    return { invalidated, kept, coreBlock };
  })();
  await createMemoryEngine(db, embedder).process([src.id]);
  if (counts.coreBlock) db.transaction(() => rebuildHumanBlock(db, { engine: "heuristic", now: ctx.now() }))();
  const memories = currentMemories(db, src.id);
  if (actor !== "user") attributeVersions(db, mark, memories.map((m) => m.id), actor);
  return { source: read(), invalidated: counts.invalidated, kept: counts.kept, memories: getMemories(db, memories.map((m) => m.id)).map(toMemory) };
}

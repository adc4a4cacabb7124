import type { EngramDb } from "../db/connection.js";
import { embedCached } from "../db/embedding-cache.js";
import { getMemories, updateMemory } from "../db/repos/memories.js";
import { countOtherSources, memoriesOfSource, unlinkSource } from "../db/repos/provenance.js";
import { markSourceEdited, replaceSourceText, sourceAtSeq } from "../db/repos/source-edits.js";
import { getSourceView } from "../db/repos/source-views.js";
import { getSource, sourceIdByHash } from "../db/repos/sources.js";
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
import { toMemory, toSource } from "./views.js";

/** True for a source the user may rewrite: their own note (`manual` from `remember`, `file` from a note import). */
export function isNote(s: Pick<SourceRow, "kind" | "trust">): boolean {
  return (s.kind === "manual" || s.kind === "file") && s.trust === "user";
}

/** The memories made from source `id` that are still current (active, valid). */
function currentMemories(db: EngramDb, id: number): MemoryRow[] {
  return memoriesOfSource(db, id, { currentOnly: true });
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
  const src = getSource(db, req.sourceId);
  if (!src) throw new ApiError("not_found", `Source ${req.sourceId} does not exist (it may have been deleted).`, { field: "sourceId" });
  if (!isNote(src)) {
    throw new ApiError(
      "bad_request",
      `editNote: sourceId: source ${src.id} is a ${src.kind.replace("_", " ")} (${src.trust}), not a note of yours; only your own notes can be edited`,
      { field: "sourceId" },
    );
  }
  const read = () => toSource(getSourceView(db, src.id)!, ctx.imageUrl);
  if (src.text === req.text) return { source: read(), invalidated: 0, kept: 0, memories: currentMemories(db, src.id).map(toMemory) };

  const hash = src.kind === "manual" ? sha256("manual", src.occurred_at, req.text) : src.content_hash;
  const clash = sourceIdByHash(db, hash, src.id);
  if (clash !== undefined) throw new ApiError("conflict", `You already have a note with this text at that time (source ${clash}).`);
  const embedder = await ctx.embedder();
  const [vector] = await embedCached(db, embedder, [sourceIndexText({ ...src, windowTitle: src.window_title, text: req.text })]);
  const now = ctx.now();
  const actor = ctx.actor ?? "user";
  const mark = lastVersionId(db);
  const counts = db.transaction(() => {
    let invalidated = 0;
    let kept = 0;
    let coreBlock = false;
    for (const m of currentMemories(db, src.id)) {
      if (m.type === "core") {
        coreBlock = true; // a core block gathers many sources: rebuilt from the current facts below
      } else if (m.user_edited || m.pinned) {
        kept++;
      } else if (countOtherSources(db, m.id, src.id) > 0) {
        unlinkSource(db, m.id, src.id);
        recordVersion(db, {
          memoryId: m.id,
          op: "NOOP",
          before: m,
          after: m,
          reason: `no longer cites note #${src.id} (edited); other sources still say it`,
          actor,
          at: now,
        });
        kept++;
      } else {
        updateMemory(db, m.id, { valid_to: m.valid_from, invalidated_at: now }, { op: "INVALIDATE", actor, reason: `its note #${src.id} was edited`, now });
        invalidated++;
      }
    }
    replaceSourceText(db, src, { text: req.text, context: src.context });
    const metadata = { ...(JSON.parse(src.metadata || "{}") as Record<string, unknown>), editedAt: now };
    markSourceEdited(db, src.id, hash, metadata);
    putVector(db, "sources", src.id, vector!);
    // the paragraphs beside it in an imported note quote it in their context (document expansion)
    if (src.conversation_id != null && src.seq != null) {
      const conversation = src.conversation_id;
      const row = (seq: number) => sourceAtSeq(db, conversation, seq);
      const self = { speaker: src.speaker, text: req.text };
      const before = row(src.seq - 1);
      const after = row(src.seq + 1);
      if (before) replaceSourceText(db, before, { text: before.text, context: neighbourContext(row(src.seq - 2), self) });
      if (after) replaceSourceText(db, after, { text: after.text, context: neighbourContext(self, row(src.seq + 2)) });
    }
    return { invalidated, kept, coreBlock };
  })();
  await createMemoryEngine(db, embedder).process([src.id]);
  if (counts.coreBlock) db.transaction(() => rebuildHumanBlock(db, { engine: "heuristic", now: ctx.now() }))();
  const memories = currentMemories(db, src.id);
  if (actor !== "user")
    attributeVersions(
      db,
      mark,
      memories.map((m) => m.id),
      actor,
    );
  return {
    source: read(),
    invalidated: counts.invalidated,
    kept: counts.kept,
    memories: getMemories(
      db,
      memories.map((m) => m.id),
    ).map(toMemory),
  };
}

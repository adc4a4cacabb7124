import type { Citation as EngineCitation } from "../assistant/format.js";
import { countConversations, getConversation, listConversations } from "../db/repos/conversations.js";
import { memoriesOfSource } from "../db/repos/provenance.js";
import { conversationTurns, countTurns, getSourceView, turnsAround, type SourceViewRow } from "../db/repos/source-views.js";
import type { MemoryRow } from "../db/types.js";
import { activityByDay, appsOfDay, conversationsOfDay } from "./activity.js";
import type { ApiContext } from "./context.js";
import { decodeCursor, encodeCursor } from "./cursor.js";
import { ApiError } from "./errors.js";
import type {
  ChatThread, ConversationInfo, GetChatRequest, GetSourceRequest, ListChatsRequest, Page, Source, SourceDetail, TimelineDay, TimelineRequest,
  TimelineResult,
} from "./types.js";
import { toCitation, toConversation, toSource, toSummary } from "./views.js";

/** The conversation format of chats with the assistant (core/assistant/chat.ts). */
export const CHAT_FORMAT = "engram";

/** `getSource`: the source, up to `context` turns either side in its conversation, and the
 * memories derived from it. @throws ApiError not_found. */
export function getSource(ctx: ApiContext, req: GetSourceRequest): SourceDetail {
  const { db } = ctx;
  const src = getSourceView(db, req.id);
  if (!src) throw new ApiError("not_found", `Source ${req.id} does not exist (it may have been deleted).`);
  const c = req.context ?? 5;
  let turns: SourceViewRow[] = [src];
  let conversation: ConversationInfo | null = null;
  if (src.conversation_id != null) {
    const { before, after } = turnsAround(db, src, c);
    turns = [...before, src, ...after];
    const conv = getConversation(db, src.conversation_id);
    if (conv) conversation = toConversation(conv, countTurns(db, conv.id));
  }
  const memories = memoriesOfSource(db, src.id);
  const view = (r: SourceViewRow) => toSource(r, ctx.imageUrl);
  return { source: view(src), conversation, turns: turns.map(view), memories: memories.map(toSummary) };
}

/** `listChats`: conversations with the assistant, newest first, keyset-paged by id. */
export function listChats(ctx: ApiContext, req: ListChatsRequest): Page<ConversationInfo> {
  const limit = req.limit ?? 50;
  const after = req.cursor ? Number(decodeCursor(req.cursor)[0]) : Number.MAX_SAFE_INTEGER;
  const rows = listConversations(ctx.db, CHAT_FORMAT, after, limit + 1);
  const page = rows.slice(0, limit);
  const total = countConversations(ctx.db, CHAT_FORMAT);
  return {
    items: page.map((r) => toConversation(r, countTurns(ctx.db, r.id))),
    nextCursor: rows.length > limit ? encodeCursor([page.at(-1)!.id]) : null,
    total,
  };
}

/** `getChat`: a conversation's turns in order. @throws ApiError not_found. */
export function getChat(ctx: ApiContext, req: GetChatRequest): ChatThread {
  const conv = getConversation(ctx.db, req.conversationId);
  if (!conv) throw new ApiError("not_found", `Conversation ${req.conversationId} does not exist (it may have been deleted).`);
  const turns = conversationTurns(ctx.db, conv.id, req.limit ?? 500);
  return { conversation: toConversation(conv, countTurns(ctx.db, conv.id)), turns: turns.map((r) => withCitations(ctx, toSource(r, ctx.imageUrl))) };
}

/** An assistant turn keeps the engine's citations in its metadata; the API shows them in API shape. */
function withCitations(ctx: ApiContext, turn: Source): Source {
  const cites = turn.metadata.citations;
  if (turn.role !== "assistant" || !Array.isArray(cites)) return turn;
  const engine = (cites as EngineCitation[]).filter((c) => c && typeof c.memory_id === "number" && Array.isArray(c.sources));
  return { ...turn, metadata: { ...turn.metadata, citations: engine.map((c) => toCitation(ctx.db, c)) } };
}

const DAY_MS = 86_400_000;

/**
 * `timeline`: walks back from `before` one non-empty day at a time (two index seeks per day: the
 * latest episode and the latest screenshot (`frames`) before the cursor), so a page costs
 * O(days · (log n + rows shown)) whatever the database size. Each day lists its conversations and
 * captured apps; `conversationId` / `entityId` narrow it to memories of that conversation or
 * person; `activity` adds the per-day overview (one grouped scan).
 */
export function timeline(ctx: ApiContext, req: TimelineRequest): TimelineResult {
  const { db } = ctx;
  const off = (req.tzOffsetMinutes ?? 0) * 60_000;
  const types = JSON.stringify(req.types?.length ? req.types : ["episodic"]);
  const perDay = req.perDay ?? 50;
  const dayStart = (t: number) => Math.floor((t - off) / DAY_MS) * DAY_MS + off;
  // `+col` keeps SQLite on the time indexes (memories_occurred, frames_time) instead of the type index
  const narrowed = req.conversationId != null || req.entityId != null;
  const memFilter = [
    "+status = 'active' AND +type IN (SELECT value FROM json_each(?))",
    req.conversationId != null ? "id IN (SELECT ms.memory_id FROM memory_sources ms JOIN sources s ON s.id = ms.source_id WHERE s.conversation_id = ?)" : null,
    req.entityId != null ? "id IN (SELECT src_id FROM edges WHERE src_kind = 'memory' AND dst_kind = 'entity' AND dst_id = ?)" : null,
  ].filter(Boolean).join(" AND ");
  const mf = [types, ...[req.conversationId, req.entityId].filter((x) => x != null)];
  const latestMemory = db.prepare(`SELECT occurred_at AS t FROM memories WHERE occurred_at < ? AND ${memFilter} ORDER BY occurred_at DESC LIMIT 1`);
  // a conversation or person filter narrows the timeline to memories: screenshots belong to neither
  const latestShot = db.prepare(`SELECT captured_at AS t FROM frames WHERE captured_at < ? AND source_id IS NOT NULL AND ${narrowed ? "0" : "1"} ORDER BY captured_at DESC LIMIT 1`);
  const latest = (before: number): number | null => {
    const a = (latestMemory.get(before, ...mf) as { t: number } | undefined)?.t ?? null;
    const b = (latestShot.get(before) as { t: number } | undefined)?.t ?? null;
    return a == null ? b : b == null ? a : Math.max(a, b);
  };
  const episodes = db.prepare(`SELECT * FROM memories WHERE occurred_at >= ? AND occurred_at < ? AND ${memFilter} ORDER BY occurred_at, id LIMIT ?`);
  const shots = db.prepare(
    "SELECT s.*, f.image_path AS frame_image FROM frames f JOIN sources s ON s.id = f.source_id WHERE f.captured_at >= ? AND f.captured_at < ? ORDER BY f.captured_at, f.id LIMIT ?",
  );
  const countMem = db.prepare(`SELECT COUNT(*) AS n FROM memories WHERE occurred_at >= ? AND occurred_at < ? AND ${memFilter}`);
  const countShots = db.prepare("SELECT COUNT(*) AS n FROM frames WHERE captured_at >= ? AND captured_at < ? AND source_id IS NOT NULL");
  const countTurns = db.prepare("SELECT COUNT(*) AS n FROM sources WHERE occurred_at >= ? AND occurred_at < ? AND kind = 'chat_turn'");
  const n = (stmt: typeof countShots, ...args: unknown[]) => (stmt.get(...args) as { n: number }).n;

  const days: TimelineDay[] = [];
  let cursor = req.before ?? ctx.now() + 1;
  let t = latest(cursor);
  while (t != null && days.length < (req.days ?? 7)) {
    const start = dayStart(t);
    const end = start + DAY_MS;
    days.push({
      date: new Date(start - off).toISOString().slice(0, 10),
      start,
      episodes: (episodes.all(start, end, ...mf, perDay) as MemoryRow[]).map(toSummary),
      screenshots: (narrowed ? [] : (shots.all(start, end, perDay) as SourceViewRow[])).map((s) => {
        const v = toSource(s, ctx.imageUrl);
        return { sourceId: v.id, occurredAt: v.occurredAt, app: v.app, windowTitle: v.windowTitle, imageUrl: v.imageUrl, snippet: v.text.slice(0, 160) };
      }),
      counts: { memories: n(countMem, start, end, ...mf), screenshots: n(countShots, start, end), chatTurns: n(countTurns, start, end) },
      conversations: conversationsOfDay(db, start, end),
      apps: appsOfDay(db, start, end),
    });
    cursor = start;
    t = latest(cursor);
  }
  // four O(log n) index lookups (a MIN/MAX over a UNION would scan both tables)
  const one = (sql: string) => (db.prepare(sql).get() as { t: number | null }).t;
  const ends = [
    [one("SELECT MIN(occurred_at) AS t FROM memories"), one("SELECT MIN(captured_at) AS t FROM frames")],
    [one("SELECT MAX(occurred_at) AS t FROM memories"), one("SELECT MAX(captured_at) AS t FROM frames")],
  ].map((pair) => pair.filter((x): x is number => x != null));
  const span = ends[0]!.length ? { first: Math.min(...ends[0]!), last: Math.max(...ends[1]!) } : null;
  return { days, nextBefore: t != null ? cursor : null, range: span, ...(req.activity ? { activity: activityByDay(db, off) } : {}) };
}

import type { Citation as EngineCitation } from "../assistant/format.js";
import { countConversations, getConversation, listConversations } from "../db/repos/conversations.js";
import { memoriesOfSource } from "../db/repos/provenance.js";
import { conversationTurns, countTurns, getSourceView, turnsAround, type SourceViewRow } from "../db/repos/source-views.js";
import { conversationsOfDay } from "../db/repos/activity.js";
import { fileStem } from "../memory/note-context.js";
import { humanDate } from "../time/format.js";
import { timelineQueries, timelineSpan } from "../db/repos/timeline.js";
import type { MemoryType } from "../db/types.js";
import { activityByDay, appsOfDay } from "./activity.js";
import type { ApiContext } from "./context.js";
import { decodeCursor, encodeCursor } from "./cursor.js";
import { ApiError } from "./errors.js";
import type {
  ChatThread,
  ConversationInfo,
  GetChatRequest,
  GetSourceRequest,
  ListChatsRequest,
  Page,
  Source,
  SourceDetail,
  TimelineDay,
  TimelineRequest,
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
  return {
    conversation: toConversation(conv, countTurns(ctx.db, conv.id)),
    turns: turns.map((r, i) => withCitations(ctx, toSource(r, ctx.imageUrl), turns[i - 1]?.text)),
  };
}

/**
 * An assistant turn keeps the engine's citations in its metadata (and an abstention's closest
 * memories, `closest`); the API shows them in API shape, with the part of each long memory that
 * answers `question` (the turn before, the user's).
 */
function withCitations(ctx: ApiContext, turn: Source, question: string | undefined): Source {
  if (turn.role !== "assistant" || !Array.isArray(turn.metadata.citations)) return turn;
  const shown = (cites: unknown) =>
    (Array.isArray(cites) ? (cites as EngineCitation[]) : [])
      .filter((c) => c && typeof c.memory_id === "number" && Array.isArray(c.sources))
      .map((c) => toCitation(ctx.db, c, question));
  const closest = turn.metadata.closest === undefined ? {} : { closest: shown(turn.metadata.closest) };
  return { ...turn, metadata: { ...turn.metadata, citations: shown(turn.metadata.citations), ...closest } };
}

const DAY_MS = 86_400_000;
/** Most conversations and apps a timeline day lists. */
const PER_DAY_LISTED = 8;

/** Whether a memory's details say it is a calendar event lasting whole days (`all_day`). */
function isAllDay(details: string): boolean {
  return details.includes('"all_day":true') && (JSON.parse(details) as { all_day?: unknown }).all_day === true;
}

/**
 * `timeline`: walks back from `before` (by default from now, or from the last memory when it is to
 * come: a calendar's next events) one non-empty day at a time (two index seeks per day: the
 * latest episode and the latest screenshot (`frames`) before the cursor), so a page costs
 * O(days · (log n + rows shown)) whatever the database size. Each day lists its conversations and
 * captured apps; `conversationId` / `entityId` narrow it to memories of that conversation or
 * person; `activity` adds the per-day overview (one grouped scan).
 */
export function timeline(ctx: ApiContext, req: TimelineRequest): TimelineResult {
  const { db } = ctx;
  const off = (req.tzOffsetMinutes ?? 0) * 60_000;
  const types = req.types?.length ? req.types : (["episodic"] as MemoryType[]);
  const perDay = req.perDay ?? 50;
  const dayStart = (t: number) => Math.floor((t - off) / DAY_MS) * DAY_MS + off;
  // a conversation or person filter narrows the timeline to memories: screenshots belong to neither
  const q = timelineQueries(db, { types, conversationId: req.conversationId, entityId: req.entityId });

  const days: TimelineDay[] = [];
  const range = timelineSpan(db);
  let cursor = req.before ?? Math.max(ctx.now(), range?.last ?? 0) + 1;
  let t = q.latest(cursor);
  while (t != null && days.length < (req.days ?? 7)) {
    const start = dayStart(t);
    const end = start + DAY_MS;
    days.push({
      date: new Date(start - off).toISOString().slice(0, 10),
      start,
      episodes: q.memories(start, end, perDay).map((m) => ({ ...toSummary(m), ...(isAllDay(m.details) ? { allDay: true as const } : {}) })),
      screenshots: q.screenshots(start, end, perDay).map((s) => {
        const v = toSource(s, ctx.imageUrl);
        return { sourceId: v.id, occurredAt: v.occurredAt, app: v.app, windowTitle: v.windowTitle, imageUrl: v.imageUrl, snippet: v.text.slice(0, 160) };
      }),
      counts: q.counts(start, end),
      // (a note named by its file is shown by the name, not the file: "Sofia Reyes", not "Sofia Reyes.md")
      conversations: conversationsOfDay(db, start, end, PER_DAY_LISTED).map(({ format, ...c }) => ({
        ...c,
        title: format === "note" && c.title && /\.\w{1,5}$/.test(c.title) ? noteName(c.title) : c.title,
      })),
      apps: appsOfDay(db, start, end, PER_DAY_LISTED),
    });
    cursor = start;
    t = q.latest(cursor);
  }
  return { days, nextBefore: t != null ? cursor : null, range, ...(req.activity ? { activity: activityByDay(db, off) } : {}) };
}

/** A journal's page named by its day, as outliners name them: "2026_11_09.md" (Logseq), "2026-11-09.md". */
const DAY_FILE = /^(\d{4})[-_](\d{2})[-_](\d{2})$/;

/**
 * What a note named by its file `name` is shown as: its name without the file's ("Sofia Reyes.md" →
 * "Sofia Reyes"), a journal page's day in words ("2026_11_09.md" → "9 November 2026"), else `name`.
 */
function noteName(name: string): string {
  const day = DAY_FILE.exec(name.replace(/\.[^.]+$/, ""));
  const at = day ? Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])) : Number.NaN;
  return Number.isFinite(at) ? humanDate(at) : fileStem(name) || name;
}

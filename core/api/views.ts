import { excerpt } from "../assistant/excerpt.js";
import type { Citation as EngineCitation } from "../assistant/format.js";
import { speakerName, UNNAMED_USER } from "../memory/extractor.js";
import type { EngramDb } from "../db/connection.js";
import type { ProvenanceSource } from "../db/repos/provenance.js";
import { getMemory } from "../db/repos/memories.js";
import type { SourceViewRow } from "../db/repos/source-views.js";
import { getUserName } from "../db/repos/settings.js";
import { sourceOrigin } from "../db/repos/sources.js";
import type { VersionEntry } from "../db/repos/versions.js";
import type { ConversationRow, MemoryRow } from "../db/types.js";
import type { Citation, ConversationInfo, Memory, MemorySummary, MemoryVersion, Source, SourceKind, SourceRef } from "./types.js";

/**
 * Row → API shape mappers (snake_case SQLite rows to the camelCase objects of core/api/types.ts).
 * Vault details never leave the engine: only the secret reference is shown.
 */

function json(text: string | null | undefined): Record<string, unknown> {
  if (!text) return {};
  try {
    const v = JSON.parse(text) as unknown;
    return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function safeDetails(type: MemoryRow["type"], details: Record<string, unknown>): Record<string, unknown> {
  if (type !== "vault") return details;
  return { secretRef: details.secretRef ?? null };
}

/** A memory row (or a version snapshot, whose `details` may already be decoded) as a `Memory`. */
export function toMemory(r: MemoryRow): Memory {
  const raw = r.details as unknown;
  const details = typeof raw === "string" ? json(raw) : ((raw as Record<string, unknown> | null) ?? {});
  return {
    id: r.id,
    type: r.type,
    title: r.title,
    content: r.content,
    details: safeDetails(r.type, details),
    occurredAt: r.occurred_at,
    validFrom: r.valid_from,
    validTo: r.valid_to,
    recordedAt: r.recorded_at,
    invalidatedAt: r.invalidated_at,
    supersededBy: r.superseded_by,
    status: r.status,
    importance: r.importance,
    pinned: !!r.pinned,
    userEdited: !!r.user_edited,
    accessCount: r.access_count,
    lastAccessedAt: r.last_accessed_at,
    confidence: r.confidence,
    engine: r.engine,
    updatedAt: r.updated_at,
  };
}

/** How lists name the user no import named: as their chats label them. */
const USER_LABEL = "User";

/**
 * Who a memory is about or who said it, as the memory list and search results show it: the assistant
 * whose answer it keeps (`answered_by`: "Gemini", not the user whose question is its first source), a
 * fact's `subject` or an episode's `actor` (its details), else the first of `speakers` (the speakers of its
 * sources, or their apps for screenshots, oldest first); null when none names anyone (a note, a
 * memory added by hand). The user no import named ("the user" in facts) is "User", as chats label them.
 */
export function whoOf(m: Pick<Memory, "details">, speakers: Iterable<string | null | undefined>): string | null {
  for (const v of [m.details.answered_by, m.details.subject, m.details.actor])
    if (typeof v === "string" && v.trim()) return v.trim() === UNNAMED_USER ? USER_LABEL : v.trim();
  for (const s of speakers) if (s) return s;
  return null;
}

/** A memory row as a `MemorySummary`. */
export function toSummary(r: Pick<MemoryRow, "id" | "type" | "title" | "occurred_at" | "valid_to" | "pinned">): MemorySummary {
  return { id: r.id, type: r.type, title: r.title, occurredAt: r.occurred_at, validTo: r.valid_to, pinned: !!r.pinned };
}

/** A version entry with its snapshots as `Memory` objects. */
export function toVersion(v: VersionEntry): MemoryVersion {
  const snap = (s: unknown) => (s && typeof s === "object" ? toMemory(s as MemoryRow) : null);
  return { op: v.op, before: snap(v.before), after: snap(v.after), reason: v.reason, actor: v.actor, at: v.at };
}

/** A provenance row as a `SourceRef`; `conversationId` comes from the source row lookup. */
export function toSourceRef(p: ProvenanceSource & { conversation_id?: number | null }): SourceRef {
  return {
    sourceId: p.source_id,
    kind: p.kind as SourceKind,
    externalId: p.external_id,
    conversationId: p.conversation_id ?? null,
    conversation: p.conversation,
    speaker: p.speaker,
    occurredAt: p.occurred_at,
    app: p.app,
    windowTitle: p.window_title,
  };
}

/** An engine citation in API shape, with the memory's whole text, the part of it that answers
 * `question` when it is long (`excerpt`; null without a question), whose memory it is (`speaker`:
 * the user's name, setting `user.name`, for their own turns under a generic label such as "User")
 * and each source's conversation id, app and window title. */
export function toCitation(db: EngramDb, c: EngineCitation, question?: string): Citation {
  const found = getMemory(db, c.memory_id);
  const row = found?.status === "deleted" ? undefined : found;
  const subject = row ? toMemory(row).details.subject : undefined;
  const origins = c.sources.map((s) => sourceOrigin(db, s.source_id));
  // the user's own turns under a generic label ("User" in Engram's chat) are theirs by name, as the engine tells them
  const userName = getUserName(db);
  const speakers = c.sources.map((s, i) => speakerName({ role: origins[i]?.role ?? null, speaker: s.speaker }, userName));
  return {
    memoryId: c.memory_id,
    title: c.title,
    text: row?.content || c.title,
    excerpt: row && question ? excerpt(row.content, question) : null,
    // a fact's own speaker, not the person whose question it answers (both turns are its sources)
    speaker: typeof subject === "string" && speakers.includes(subject) ? subject : (speakers[0] ?? null),
    occurredAt: c.occurred_at,
    sources: c.sources.map((s, i) => {
      const row = origins[i];
      return {
        sourceId: s.source_id,
        kind: s.kind as SourceKind,
        externalId: s.external_id,
        conversationId: row?.conversation_id ?? null,
        conversation: s.conversation,
        speaker: s.speaker,
        occurredAt: s.occurred_at,
        app: row?.app ?? null,
        windowTitle: row?.window_title ?? null,
      };
    }),
  };
}

/** A source row as a `Source`; `imageUrl` comes from the transport's URL builder. */
export function toSource(r: SourceViewRow, imageUrl: (sourceId: number) => string | null): Source {
  return {
    id: r.id,
    kind: r.kind,
    externalId: r.external_id,
    conversationId: r.conversation_id,
    seq: r.seq,
    speaker: r.speaker,
    role: r.role,
    app: r.app,
    windowTitle: r.window_title,
    url: r.url,
    occurredAt: r.occurred_at,
    text: r.text,
    trust: r.trust,
    metadata: json(r.metadata),
    imageUrl: (r.image_path ?? r.frame_image) ? imageUrl(r.id) : null,
  };
}

/** A conversation row (with its turn count) as `ConversationInfo`. */
export function toConversation(r: ConversationRow, turnCount: number): ConversationInfo {
  let participants: string[] = [];
  try {
    const p = JSON.parse(r.participants) as unknown;
    if (Array.isArray(p)) participants = p.map(String);
  } catch {
    /* malformed participants: show none */
  }
  return { id: r.id, format: r.format, externalId: r.external_id, title: r.title, participants, startedAt: r.started_at, turnCount };
}

import type { ConversationRow, SourceRow } from "../db/types.js";
import type { Decision } from "./decide.js";
import type { Turn, Window } from "./episodes.js";
import type { Neighbour } from "./nearest.js";
import type { Candidate, EngineName } from "./types.js";

/** Consecutive unprocessed sources of one conversation (or of no conversation), in order. */
export interface SourceBatch {
  conversation: ConversationRow | null;
  /** Conversation participants (or the batch's speakers), for aliases and episode headers. */
  participants: string[];
  turns: Turn[];
  /** The conversation's last stored episode, which the batch's first turns may continue. */
  open: Window | null;
  /** The user's name (core/db/repos/settings.ts getUserName), or null when no import has named them. */
  userName: string | null;
  /**
   * When the conversation's source after the batch's last was said (epoch ms), null (or left out) when
   * none is stored: whether the session the batch ends with may still go on.
   */
  next?: number | null;
  /** With no next source stored, whether the conversation is stored whole for now (ProcessOptions.complete): the session it ends with is over. */
  complete?: boolean;
}

/** An instruction of the user for the assistant, for the `persona` core block. */
export interface PersonaLine {
  line: string;
  sourceId: number;
}

/** What an extractor found in a batch. */
export interface Extraction {
  candidates: Candidate[];
  persona: PersonaLine[];
}

/**
 * One engine's way of reading sources: `extract` proposes candidate memories for a batch; `decide`
 * (optional, asynchronous) chooses ADD/UPDATE/INVALIDATE/NOOP for a candidate given its nearest
 * memories. Without `decide`, the heuristic rules of decide.ts run inside the write transaction.
 */
export interface Extractor {
  readonly name: EngineName;
  /** Memory vectors are pooled from their sources' vectors instead of embedding the memory text (see engine.ts). */
  readonly pooledVectors: boolean;
  extract(batch: SourceBatch, signal?: AbortSignal): Promise<Extraction>;
  decide?(candidate: Candidate, neighbours: Neighbour[], signal?: AbortSignal): Promise<Decision>;
}

/**
 * Who a source's facts are about: the user (role `user`: by the name their turn gives, e.g. an
 * import's `--me`; a generic label such as "User" of Engram's chat, notes and ChatGPT or Claude
 * exports by `userName`, the name an import last gave the user, so what they tell Engram joins what
 * they said in their imported chats; else "the user"), or the named speaker.
 */
export function speakerOf(s: SourceRow, userName: string | null = null): { name: string; aboutUser: boolean } | null {
  if (s.role === "assistant" || s.role === "system") return null;
  if (s.role === "user") return { name: s.speaker && !isGenericUserLabel(s.speaker) ? s.speaker : (userName ?? UNNAMED_USER), aboutUser: true };
  return s.speaker ? { name: s.speaker, aboutUser: false } : null;
}

/** A speaker label that names no one ("User", "Human", "me"): chat apps' label for the person using them. */
export function isGenericUserLabel(speaker: string): boolean {
  return /^(user|you|me|human|engram)$/i.test(speaker.trim());
}

/** Who said a source, as episodes and citations name them: its speaker label, the user's name (`userName`) for the user's generic label ("User"). */
export function speakerName(s: Pick<SourceRow, "role" | "speaker">, userName: string | null): string | null {
  return s.role === "user" && userName && s.speaker && isGenericUserLabel(s.speaker) ? userName : s.speaker;
}

/** Who the user is in facts when no import has named them ({@link speakerOf}). */
export const UNNAMED_USER = "the user";

/** Engram's own replies are derived from memories: they give episodes context, never new facts. */
export function isOwnReply(s: SourceRow, conversation: ConversationRow | null): boolean {
  return conversation?.format === "engram" && s.role === "assistant";
}

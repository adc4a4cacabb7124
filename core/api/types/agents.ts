// Agents (MCP tools): remember, entities, note edits and the vault.
import type { EntityKind } from "./vocabulary.js";
import type { EntityRef, Memory } from "./memories.js";
import type { Source } from "./views.js";

// ───────────────────────────── agents: remember, entities ─────────────────────────────

/**
 * Who a change is recorded as in a memory's version history (`MemoryVersion.actor`): the person
 * at the app or the CLI (`user`), or an agent connected over MCP (`mcp`). The transport sets it
 * (core/api/context.ts `ApiContext.actor`); a request cannot choose it.
 */
export type Actor = "user" | "mcp";

/** `remember`: something to keep, stored as a `manual` source (trust `user`) and turned into
 * memories by the memory engine at once. `occurredAt`: when it happened (default: now). */
export interface RememberRequest {
  text: string;
  occurredAt?: number;
}

/** `remember` result: the stored source and the memories made or changed from it. `duplicate`:
 * the same text at the same time was already stored (nothing new was written). */
export interface RememberResult {
  sourceId: number;
  duplicate: boolean;
  memories: Memory[];
}

/** `listEntities`: the entities the current memories mention most, for name suggestions (the
 * timeline's Person filter); `kind` only those of one kind; `limit` how many (default 100, ≤ 500). */
export interface ListEntitiesRequest {
  kind?: EntityKind;
  limit?: number;
}

/** `listEntities` result: entities by how many active memories mention them (most first), then by
 * name; an entity no active memory mentions is not listed. */
export interface EntityList {
  /** `circle`: the people of the imported conversations a person belongs to (two Johns of two
   * exports are two entities: this tells them apart), their names; empty for the user's own chats and for other kinds */
  items: Array<EntityRef & { mentions: number; circle: string[] }>;
}

/** `getEntity`: one entity by `id` or by `name` (any of its names, case-insensitive); `limit`:
 * memories to return (default 50, ≤ 500). */
export interface GetEntityRequest {
  id?: number;
  name?: string;
  limit?: number;
  /** also the memories no longer valid (superseded facts, with `validTo`); default false */
  includeInvalid?: boolean;
}

/** `mergeEntities`: entity `from` becomes part of entity `into` (its names, mentions and circle). */
export interface MergeEntitiesRequest {
  into: number;
  from: number;
}

/** `splitEntity`: the memories `memoryIds` (1-500) stop mentioning entity `id` and mention a new
 * entity of the same kind named `name` (default: the same name). Result: the new entity. */
export interface SplitEntityRequest {
  id: number;
  memoryIds: number[];
  name?: string;
}

/** `editNote`: the user rewrites a note of theirs (a `manual` or `file` source with trust `user`).
 * Its text is replaced and it is made into memories again: the memories made only from it are no
 * longer valid (an `INVALIDATE` version says the note was edited), those that also come from other
 * sources stop citing it, those you edited or pinned stay as they are. */
export interface EditNoteRequest {
  sourceId: number;
  text: string;
}

/** `editNote` result: the note as it is now, what became of its old memories, and its new ones. */
export interface EditNoteResult {
  source: Source;
  /** old memories made only from the note, now no longer valid */
  invalidated: number;
  /** old memories kept: you edited or pinned them, or other sources say the same */
  kept: number;
  /** the note's current memories */
  memories: Memory[];
}

/** `vaultStatus`: whether a vault exists and what can unlock it. */
export interface VaultStatus {
  exists: boolean;
  /** key kinds that open it: `passphrase`, `keychain` */
  unlockWith: string[];
  /** this app holds a key of its own (the desktop app's keychain key): no passphrase is needed once the vault knows it */
  keyAvailable: boolean;
  items: number;
}

/** `addVaultItem`: a secret the user adds by hand. `value` is encrypted in the vault and never
 * searchable; `label` (not secret) names it and becomes a `vault` memory pointing at it. The vault
 * opens with `passphrase`, or without one with the app's own key; the first item creates the vault
 * with the given passphrase. */
export interface AddVaultItemRequest {
  label: string;
  value: string;
  /** what it is: password, pin, card, api_key, note … (default `secret`) */
  kind?: string;
  passphrase?: string;
}

/** `revealVaultItem`: the secret of a `vault` memory, decrypted with the passphrase or the app's key. */
export interface RevealVaultItemRequest {
  id: number;
  passphrase?: string;
}

/** `revealVaultItem` result. */
export interface RevealedSecret {
  value: string;
  kind: string;
}

/** `getEntity` result: the entity, its other names, and the current memories that mention it,
 * facts (semantic) first, then by importance. */
export interface EntityDetail {
  entity: EntityRef & { aliases: string[] };
  memories: Memory[];
  /** memories mentioning it in all (`memories` holds at most `limit`) */
  total: number;
  /** the people, places and things mentioned together with it most often (at most 8), with how many memories they share */
  linked?: Array<EntityRef & { shared: number }>;
}

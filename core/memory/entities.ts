import type { EngramDb } from "../db/connection.js";
import { addEntityAlias, findEntityId, indexEntityName, insertEntity, makeEntityAThing, type ScopedEntity, scopedEntity } from "../db/repos/entity-writes.js";
import { addEdge } from "./links.js";
import type { EntityMention } from "./types.js";

/** Kinds of entities (the CHECK constraint of `entities.kind`). */
export type { EntityKind } from "../db/types.js";

/** The lookup form of a name: lower case, no possessive "'s", no surrounding punctuation, single spaces. */
export function normName(name: string): string {
  return name
    .toLowerCase()
    .replace(/['’]s$/u, "")
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "")
    .replace(/\s+/g, " ");
}

/**
 * Maps short forms of the conversation's participants, and of the people the same memory names in
 * full, to their full names: a one-word person mention of at least 2 letters that starts one such
 * name ("Mel" → "Melanie", "Jo" → "Joanna", "Daniel" beside "Daniel Price") is an alias of that one.
 * Returns the mentions with `alias` set where one was recognised.
 */
export function resolveAliases(mentions: EntityMention[], participants: string[]): Array<EntityMention & { alias?: string }> {
  const named = mentions.filter((m) => m.kind === "person" && normName(m.name).includes(" ")).map((m) => m.name);
  const people = [...new Set([...participants, ...named])].filter((p) => p && !/^(user|assistant|system|engram)$/i.test(p));
  return mentions.map((m) => {
    if (m.kind !== "person") return m;
    const n = normName(m.name);
    if (n.length < 2 || n.includes(" ")) return m;
    const full = people.filter((p) => normName(p) !== n && normName(p).startsWith(n));
    return full.length === 1 ? { name: full[0]!, kind: "person", alias: m.name } : m;
  });
}

/**
 * The circle of a conversation, which scopes its people: for an imported conversation, its
 * participants (normalised, sorted, joined by '|'), so that two Johns of two exports between other
 * people stay two people; '' for the user's own chats and for captured screens (one world).
 */
export function circleOf(trust: string | null | undefined, participants: string[]): string {
  if (trust !== "imported") return "";
  return [...new Set(participants.map(normName).filter(Boolean))].sort().join("|");
}

/** The key of a fact's subject in `memory_facts`: the normalised name, within its circle ("john@james|john"). */
export function subjectKey(subject: string, circle?: string | null): string {
  return circle ? `${normName(subject)}@${circle}` : normName(subject);
}

/**
 * What upsertEntity already found within one write transaction, so a name mentioned by many memories
 * of a batch (the speakers, in every fact) is looked up once: entity ids by kind, scope and name, and
 * the aliases already recorded. Any entity created or name indexed empties `ids` (a new alias row can
 * change what a name finds); nothing else writes entities inside the engine's transaction.
 */
export interface EntityMemo {
  ids: Map<string, number>;
  aliases: Set<string>;
}

/** An empty EntityMemo, for one write transaction. */
export function entityMemo(): EntityMemo {
  return { ids: new Map(), aliases: new Set() };
}

/** Whether `e` is a person or a place as the tagger guessed it, not as the user merged or split it. */
function retypable(e: ScopedEntity): boolean {
  return (e.kind === "person" || e.kind === "place") && e.circles === "[]" && !e.scope.startsWith("split:");
}

/**
 * Finds the entity named `name` (by its name or any alias, same kind first; or by kind and name
 * when its alias rows are missing) or creates it, and records `alias` as another name of it. People
 * are looked up and created within `circle` (see circleOf); other kinds are shared by all.
 * @param memo lookups of the current transaction (see EntityMemo); without it every call queries
 * @returns the entity id and whether it was created.
 */
export function upsertEntity(
  db: EngramDb,
  m: EntityMention & { alias?: string },
  now: number,
  circle = "",
  memo?: EntityMemo,
): { id: number; created: boolean } {
  const norm = normName(m.name);
  const scope = m.kind === "person" ? circle : "";
  const key = `${m.kind}\u0000${scope}\u0000${norm}`;
  let id = memo?.ids.get(key);
  let created = false;
  if (id === undefined) {
    id = findEntityId(db, norm, m.kind, scope);
    // a name said as a title ("I'd play Super Mario and The Legend of Zelda") is a thing, whatever
    // the tagger took it for when it was first met ("like The Legend of Zelda": a person of this
    // circle, or a place); a person the user merged or split stays as they left it
    const guessedId = m.kind === "thing" ? (id ?? findEntityId(db, norm, "person", circle)) : undefined;
    const guessed = guessedId == null ? undefined : scopedEntity(db, guessedId);
    if (guessed && retypable(guessed) && makeEntityAThing(db, guessed.id)) {
      id = guessed.id;
      memo?.ids.clear();
    }
    if (id != null) {
      // an entity written without its alias row (e.g. restored from an export): index its name now
      if (indexEntityName(db, norm, id)) memo?.ids.clear();
    } else {
      id = insertEntity(db, { name: m.name, kind: m.kind, norm, now, scope });
      created = true;
      memo?.ids.clear();
    }
    memo?.ids.set(key, id);
  }
  if (m.alias && normName(m.alias) !== norm) {
    const done = `${id}\u0000${normName(m.alias)}`;
    if (!memo?.aliases.has(done)) {
      // a new alias row changes what that name finds
      if (addAlias(db, id, m.alias)) memo?.ids.clear();
      memo?.aliases.add(done);
    }
  }
  return { id, created };
}

/**
 * Records `alias` as another name of entity `id` (entities.aliases JSON and the alias index).
 * @returns whether it was new.
 */
export function addAlias(db: EngramDb, id: number, alias: string): boolean {
  const norm = normName(alias);
  if (!norm) return false;
  return addEntityAlias(db, id, norm, alias);
}

/**
 * Creates the entities a memory mentions and an edge `memory -mentions-> entity` for each.
 * @param memo lookups of the current transaction (see EntityMemo)
 * @returns entities created and edges created.
 */
export function linkMentions(
  db: EngramDb,
  memoryId: number,
  mentions: Array<EntityMention & { alias?: string }>,
  now: number,
  circle = "",
  memo?: EntityMemo,
): { entities: number; edges: number } {
  let entities = 0;
  let edges = 0;
  const seen = new Set<string>();
  for (const m of mentions) {
    const key = `${m.kind}:${normName(m.name)}`;
    if (seen.has(key) || !normName(m.name)) continue;
    seen.add(key);
    const e = upsertEntity(db, m, now, circle, memo);
    if (e.created) entities++;
    if (addEdge(db, { kind: "memory", id: memoryId }, { kind: "entity", id: e.id }, "mentions", { now })) edges++;
  }
  return { entities, edges };
}

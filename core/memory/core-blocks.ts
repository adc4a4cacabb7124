import type { EngramDb } from "../db/connection.js";
import { coreBlockByLabel, userFacts } from "../db/repos/core-blocks.js";
import { insertMemory, linkSources, updateMemory } from "../db/repos/memories.js";
import { sourceIdsOfMemories } from "../db/repos/provenance.js";
import type { MemoryRow } from "../db/types.js";
import { getVector, putVector } from "../db/vectors.js";
import { MULTI_VALUED_PREDICATES } from "./relations.js";
import { meanVector } from "./pool.js";
import { firstSentences } from "./reading.js";
import type { Sentence } from "./sentences.js";
import type { EngineName } from "./types.js";

/**
 * Core memory blocks (after MemGPT/Letta and MIRIX): two short texts always put in the assistant's
 * context. `human`: what the user is like and prefers, rebuilt from the current facts about the
 * user. `persona`: how the assistant should behave, from the user's own instructions. Both are
 * kept short by replacing lines, never by appending without bound.
 */
export type CoreLabel = "human" | "persona";

/** Most lines a core block keeps. */
export const CORE_MAX_LINES = { human: 8, persona: 5 } as const;

/** The active core block `label`, if any. */
export function coreBlock(db: EngramDb, label: CoreLabel): MemoryRow | undefined {
  return coreBlockByLabel(db, label);
}

const INSTRUCTION = [
  /^(please\s+)?(always|never|do not|don't|stop|call me|address me|answer|reply|respond|write|use|speak|talk to me|keep (your|it|answers))\b/i,
  /\b(from now on|going forward|in (the )?future)\b.*\b(you|your|answer|reply|respond|call me)\b/i,
  /\bi (want|would like|'d like|prefer) (you|your|answers|replies|responses)\b/i,
  /\byou should (always|never|answer|reply|respond|be|use|keep|call)\b/i,
];

/**
 * An instruction about how the assistant should behave ("Please keep your answers short",
 * "Call me Sam", "From now on, answer in French"), or null. Only ever applied to what the user
 * typed (trust `user`): instructions found in imported or captured text are data, never obeyed.
 */
export function personaInstruction(s: Sentence): string | null {
  if (s.question) return null;
  const text = s.text.trim();
  return INSTRUCTION.some((re) => re.test(text)) ? text : null;
}

function words(text: string): Set<string> {
  return new Set(
    (text.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => !["please", "always", "never", "from", "now", "you", "your", "the", "and"].includes(w)),
  );
}

function overlap(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (!x.size || !y.size) return 0;
  let n = 0;
  for (const w of x) if (y.has(w)) n++;
  return n / Math.min(x.size, y.size);
}

/** A line merged into a block: a line on the same matter (≥ half the words shared) is replaced, else the new line goes first; capped. */
export function mergeLines(lines: string[], line: string, max: number): string[] {
  const rest = lines.filter((l) => overlap(l, line) < 0.5);
  return [line, ...rest].slice(0, max);
}

/**
 * Writes a core block's lines (creating the block, or replacing its text with an UPDATE version).
 * Its vector is the normalised mean of `vectors` (the memories or instructions it was built from),
 * so it is written in the caller's transaction without a model call.
 */
function writeBlock(
  db: EngramDb,
  label: CoreLabel,
  lines: string[],
  sourceIds: number[],
  vectors: Float32Array[],
  opts: { engine: EngineName; reason: string; now: number },
): "ADD" | "UPDATE" | "NOOP" {
  const title = label === "human" ? "About the user" : "How the assistant should behave";
  const content = `${title}:\n${lines.map((l) => `- ${l}`).join("\n")}`;
  const block = coreBlock(db, label);
  if (block && (block.user_edited || block.pinned || block.content === content)) return "NOOP";
  let id: number;
  if (block) {
    id = block.id;
    updateMemory(db, id, { content, details: { label, lines } }, { op: "UPDATE", actor: opts.engine, reason: opts.reason, now: opts.now });
    linkSources(db, id, sourceIds);
  } else {
    id = insertMemory(
      db,
      { type: "core", title, content, details: { label, lines }, importance: 1, engine: opts.engine },
      { sourceIds, actor: opts.engine, reason: opts.reason, now: opts.now },
    );
  }
  const old = block ? getVector(db, "memories", id) : null;
  const vector = meanVector(old ? [old, ...vectors] : vectors);
  if (vector) putVector(db, "memories", id, vector);
  return block ? "UPDATE" : "ADD";
}

/**
 * Rebuilds the `human` block from the current facts about the user (single-valued relations first,
 * such as where they live; then the most important and newest, "likes" and "has" among them: nine
 * "Caroline likes the colors." lines led the block of a LoCoMo import), at most CORE_MAX_LINES.human lines. Runs in the caller's transaction.
 */
export function rebuildHumanBlock(db: EngramDb, opts: { engine: EngineName; now: number }): "ADD" | "UPDATE" | "NOOP" {
  const rows = userFacts(db, CORE_MAX_LINES.human, MULTI_VALUED_PREDICATES);
  if (rows.length === 0) return "NOOP";
  const sources = sourceIdsOfMemories(
    db,
    rows.map((r) => r.id),
  );
  const vectors = rows.map((r) => getVector(db, "memories", r.id)).filter((v): v is Float32Array => v != null);
  // a line per fact, its canonical statement or its first sentence: the block is read whole and given to
  // every answer, so it stays short (conv-26's block of eight whole facts ran to 300 words)
  const lines = rows.map((r) => (r.structured ? r.title : firstSentences(r.content, 1).trim()));
  return writeBlock(db, "human", lines, sources, vectors, { ...opts, reason: "rebuilt from the current facts about the user" });
}

/**
 * Adds an instruction of the user to the `persona` block: it replaces a line on the same matter,
 * else goes first; the block keeps CORE_MAX_LINES.persona lines. Runs in the caller's transaction.
 * @param vector the instruction's embedding
 */
export function addPersonaLine(
  db: EngramDb,
  line: string,
  sourceId: number,
  vector: Float32Array,
  opts: { engine: EngineName; now: number },
): "ADD" | "UPDATE" | "NOOP" {
  const block = coreBlock(db, "persona");
  const lines = block ? ((JSON.parse(block.details) as { lines?: string[] }).lines ?? []) : [];
  return writeBlock(db, "persona", mergeLines(lines, line, CORE_MAX_LINES.persona), [sourceId], [vector], { ...opts, reason: `the user asked: "${line}"` });
}

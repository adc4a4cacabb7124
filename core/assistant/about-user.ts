/**
 * Questions about the user as a whole ("What do you know about me?", "Tell me about myself", "Who am
 * I?"): no memory holds their words, so search finds nothing; what Engram knows of the user is its
 * `human` core block (after MemGPT's human block), whose facts answer them, in the block's order.
 */
import type { EngramDb } from "../db/connection.js";
import { getMemories } from "../db/repos/memories.js";
import type { MemoryRow } from "../db/types.js";
import { humanBlockFacts } from "../memory/core-blocks.js";

/** "What do you know / remember about me?", "Tell me (what you know) about me / myself", "Who am I?", "What have you learned about me?". */
const ABOUT_USER =
  /^\s*(?:(?:so\s+|and\s+)?what\s+(?:do|did|can)\s+you\s+(?:know|remember|recall)\s+about\s+(?:me|myself)|tell\s+me\s+(?:about\s+(?:me|myself)|what\s+you\s+(?:know|remember)\s+about\s+(?:me|myself))|who\s+am\s+i|what\s+have\s+you\s+(?:learned|learnt|remembered)\s+about\s+(?:me|myself))\s*[?.!]*\s*$/i;

/** Whether `question` asks what Engram knows of the user as a whole. */
export function asksAboutUser(question: string): boolean {
  return ABOUT_USER.test(question);
}

/** The memories of the facts the `human` core block tells (core-blocks.ts humanBlockFacts), in its order; [] before there are any. */
export function aboutUserMemories(db: EngramDb): MemoryRow[] {
  const ids = humanBlockFacts(db).map((f) => f.id);
  const rows = new Map(getMemories(db, ids).map((m) => [m.id, m]));
  return ids.map((id) => rows.get(id)).filter((m): m is MemoryRow => m != null);
}

import type { EngramDb } from "../db/connection.js";
import { turnsBeside } from "../db/repos/recall.js";
import type { MemoryHit } from "../retrieval/search.js";
import { sharedWords } from "./format.js";
import { namesIn, saidBy } from "./hit-names.js";

// A reply need not name what it replies to: "Booked for 7pm, table for three." after "How about
// Dishoom on the 23rd?". Recall (recall.ts) reads what the turns beside a memory's own name.

/** How many turns before a memory's own may name what it is about, for a reply that does not ("Booked for 7pm" after "How about Dishoom?"). */
const TURNS_BEFORE = 3;

/**
 * The names of `known` (names a question says that memories know) that each hit does not say but the
 * turns just before its own (TURNS_BEFORE) or the one after do, in its conversation: a reply is about
 * what it replies to ("Booked for 7pm, table for three." after "How about Dishoom on the 23rd?"; "My
 * manager Sophie said yes." two turns after Brew Lab was named). Not for a hit that gives what is asked
 * as another's ("Grandma's 80th birthday" for Sophie's, said beside her name); the speaker's own is
 * no other's ("Tom's manager", Tom's own words). One query of the sources table for all the hits that
 * lack a name.
 * @returns hit id → those names; hits with none left out
 */
export function namedBeside(db: EngramDb, question: string, hits: readonly MemoryHit[], known: readonly string[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  if (known.length === 0) return out;
  const lacking = hits.flatMap((h) => {
    const text = `${h.title}\n${h.content}`;
    const unsaid = known.filter((n) => !namesIn(text, n) && !saidBy(h, n));
    const ours = [...known, ...h.sources.flatMap((s) => (s.speaker ? [s.speaker] : []))];
    return unsaid.length === 0 || givenAsAnothers(question, text, ours) ? [] : [{ h, unsaid }];
  });
  if (lacking.length === 0) return out;
  const beside = turnsBeside(
    db,
    lacking.flatMap(({ h }) => h.sources.map((s) => s.source_id)),
    TURNS_BEFORE,
  );
  for (const { h, unsaid } of lacking) {
    const turns = h.sources.flatMap((s) => beside.get(s.source_id) ?? []).join("\n");
    const named = unsaid.filter((n) => namesIn(turns, n));
    if (named.length > 0) out.set(h.id, named);
  }
  return out;
}

/**
 * Whether `text` gives a word of the question as the thing of someone not among `ours`: "Minho says
 * Minji's birthday is Friday 27 November" for "When is Sora's birthday?" (a name and "'s", then one of
 * the question's words among the next three; not "Chloe's corrected it").
 */
function givenAsAnothers(question: string, text: string, ours: readonly string[]): boolean {
  for (const m of text.matchAll(ANOTHERS)) {
    if (!ours.some((n) => namesIn(m[1]!, n)) && sharedWords(question, m[2]!).shared > 0) return true;
  }
  return false;
}

/** A name and "'s" (group 1), and the next three words (group 2): "Grandma's 80th birthday lunch". */
const ANOTHERS = /(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)['’]s\s+(\S+(?:\s+\S+){0,2})/gu;

// Memories of the day an answer's event is on, said in the same conversation: a group chat names an
// event and its day ("Next hike: Mount Takao on Saturday 5 December!") and later the plan for that
// day without naming the event again ("Plan for Saturday: Meet at Shinjuku station …, Up Trail 6").
import type { MemoryHit } from "../retrieval/search.js";
import { statesClockTimeAsked } from "./answer-types.js";

/** What this module reads of a hit: its relevance, the question's words it holds, its sources. */
interface JudgedHit extends Pick<MemoryHit, "id" | "type" | "sources" | "content"> {
  relevant: boolean;
  /** About what the question asks of, though no answer itself (recall.ts): its day may hold one. */
  aboutIt?: true;
  /** Share of the question's words the memory holds (0..1). */
  coverage: number;
}

/** The days (ISO "YYYY-MM-DD") a memory's `details.dates` names at day granularity. */
function daysOf(details: string | undefined): string[] {
  if (!details) return [];
  const d = JSON.parse(details) as { dates?: Array<{ date?: string; granularity?: string }> };
  return (d.dates ?? []).filter((x) => x.granularity === "day" && typeof x.date === "string").map((x) => x.date!);
}

/** The conversations (external ids) a hit's sources belong to. */
function conversationsOf(h: JudgedHit): string[] {
  return h.sources.map((s) => s.conversation).filter((c): c is string => c != null);
}

/**
 * The ids of hits that are not relevant alone but are of the day a relevant hit's event is on (or a
 * hit's about what is asked that states no answer, `aboutIt`: the flight to Lisbon for "Which hotel did I stay at in Lisbon?"): a
 * hit that names a day (`details.dates`, day granularity) a relevant hit names too, has a source in
 * one of that hit's conversations, and holds at least one of the question's words ("Where are we
 * meeting for the Takao hike?": the plan holds "meet"; the hike's announcement holds the rest) or
 * the time of day a "What time …?" asks for (answer-types.ts statesClockTimeAsked). The
 * same day in another conversation is another plan; a hit that shares no word of the question is
 * not what it asks. Episodes and core blocks are never added.
 * @param question the question asked.
 * @param hits the judged hits of one question, in rank order.
 * @param details memory id → its `details` JSON.
 */
export function ofTheSameDay(question: string, hits: JudgedHit[], details: Map<number, string>): Set<number> {
  const anchors = hits
    .filter((h) => (h.relevant || h.aboutIt) && h.type !== "core")
    .map((h) => ({ days: new Set(daysOf(details.get(h.id))), conversations: new Set(conversationsOf(h)) }))
    .filter((a) => a.days.size > 0 && a.conversations.size > 0);
  const out = new Set<number>();
  if (anchors.length === 0) return out;
  for (const h of hits) {
    if (h.relevant || h.type === "episodic" || h.type === "core") continue;
    if (h.coverage === 0 && !statesClockTimeAsked(question, h.content)) continue;
    const days = daysOf(details.get(h.id));
    const conversations = conversationsOf(h);
    if (anchors.some((a) => days.some((d) => a.days.has(d)) && conversations.some((c) => a.conversations.has(c)))) out.add(h.id);
  }
  return out;
}

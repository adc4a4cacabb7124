import { tokenF1 } from "./token-f1.js";
import { mulberry32 } from "./synthetic.js";

/** Token F1 (SQuAD) at which a fact tells an event. */
export const EVENT_F1 = 0.3;

/**
 * How well an importance ranking brings a conversation's events first: of the k facts ranked most
 * important (k = the number of events), how many events one of them tells (token F1 ≥ EVENT_F1);
 * the same for k facts in random orders (mean of `shuffles`, seeded), and for all facts (the ceiling).
 * LoCoMo's `event_summary` holds the life events each conversation was written from; it only scores.
 * @param facts the conversation's facts: SQuAD tokens and importance (0..1)
 * @param events each event's SQuAD tokens
 * @returns counts of events told, by the top k, by random k (mean, fractional) and by any fact
 */
export function eventRecall(
  facts: Array<{ tokens: string[]; importance: number }>,
  events: string[][],
  shuffles = 5,
): { events: number; byImportance: number; byRandom: number; byAny: number } {
  const k = events.length;
  const told = (top: typeof facts) => events.filter((e) => top.some((f) => tokenF1(f.tokens, e) >= EVENT_F1)).length;
  const ranked = [...facts].sort((a, b) => b.importance - a.importance);
  const rand = mulberry32(7);
  let random = 0;
  for (let i = 0; i < shuffles; i++) {
    const order = facts.map((f) => ({ f, r: rand() })).sort((a, b) => a.r - b.r);
    random += told(order.slice(0, k).map((x) => x.f));
  }
  return { events: k, byImportance: told(ranked.slice(0, k)), byRandom: random / shuffles, byAny: told(facts) };
}

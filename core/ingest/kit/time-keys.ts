/**
 * A chat's turns named by their time, for exports that give a message no id of its own (iMessage's,
 * LINE's and Zoom's text, Google Voice's pages, LinkedIn's CSV): importing the export again finds each
 * message by its time, so only new messages are added.
 */
import type { ParsedTurn } from "./types.js";

/**
 * Sorts `turns` in place by time (a stable sort: turns of one time keep the file's order) and sets each
 * one's externalId to its time, ISO 8601 UTC ("2026-11-03T19:14:03.000Z"; "…Z#2" for the second turn
 * of the same millisecond, "#3" for the third). Returns `turns`.
 */
export function keyedByTime(turns: ParsedTurn[]): ParsedTurn[] {
  turns.sort((a, b) => a.occurredAt - b.occurredAt);
  const seen = new Map<string, number>();
  for (const t of turns) {
    const id = new Date(t.occurredAt).toISOString();
    const same = (seen.get(id) ?? 0) + 1;
    seen.set(id, same);
    t.externalId = same > 1 ? `${id}#${same}` : id;
  }
  return turns;
}

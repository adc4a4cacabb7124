/**
 * A chat's turns named by their time, for exports that give a message no id of its own (iMessage's,
 * LINE's and Zoom's text, Google Voice's pages, LinkedIn's CSV): importing the export again finds each
 * message by its time, so only new messages are added.
 */
import type { ImportFormat, ParsedConversation, ParsedTurn } from "./types.js";

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

/**
 * The chat `name` of an export in `format` whose messages have no id (LINE's text, KakaoTalk's): its
 * turns in time order, each named by its time ({@link keyedByTime}), keyed `<format>:<name>`, titled by
 * its name, its participants its speakers in the order they first speak; null for a chat of no turns.
 */
export function timeKeyedChat(format: ImportFormat, name: string, turns: ParsedTurn[]): ParsedConversation | null {
  if (!turns.length) return null;
  keyedByTime(turns);
  const participants = [...new Set(turns.map((t) => t.speaker))];
  return { format, externalId: `${format}:${name}`, title: name, participants, startedAt: turns[0]!.occurredAt, turns };
}

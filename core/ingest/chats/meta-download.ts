/**
 * What the readers of Meta's "Download your information" in JSON share (facebook.ts, instagram.ts): its
 * text decoded and tidied ({@link metaWords}: Meta writes each byte of the UTF-8 as a Latin-1 character,
 * undone by messenger.ts `metaText`), its times in seconds ({@link secondsOf}), a value shown in an error
 * ({@link shown}), and a calendar day (UTC) of the user's posts or comments as one conversation, the days
 * held until the file's end (Meta writes the newest first) and given in parts past
 * {@link MAX_HELD_POST_CHARS} ({@link HeldDays}).
 */
import { humanDate, isoDate, isoDateTime } from "../../time/format.js";
import { metaText } from "./messenger.js";
import type { ImportFormat, ParsedConversation, ParsedTurn } from "../kit/types.js";

/** A value shown in an error: its JSON, cut to 60 characters. */
export function shown(value: unknown): string {
  const json = JSON.stringify(value ?? null) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

/** Text as Meta writes it, decoded ("Here\u00e2\u0080\u0099s" → "Here’s"), its white space tidied (lines kept, each trimmed; runs of blank lines one). */
export function metaWords(value: string): string {
  return metaText(value)
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The time of a Meta `timestamp` or `creation_timestamp` (epoch seconds) in ms, or NaN for anything else (0 and below too). */
export function secondsOf(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? value * 1000 : Number.NaN;
}

/** Most characters of posts held before the days read so far are given (the days come again, in parts, with the same ids). */
export const MAX_HELD_POST_CHARS = 8 * 1024 * 1024;

/**
 * The user's posts or comments of a Meta download, a calendar day (UTC) of each kind one conversation,
 * held as a file is read: `add` a turn, `given` the days. A day is `<format>:<kind>:<YYYY-MM-DD>`
 * ("facebook:posts:2026-11-20", "instagram:stories:2026-11-28"), titled "<app> <kind>, 20 November 2026"
 * ("Facebook posts, 20 November 2026"), said by the user (participants ["User"]), its turns in time order,
 * each named by its time ("2026-11-20T16:40:12Z", "#2" for a second in the same second).
 */
export class HeldDays {
  private readonly days = new Map<string, ParsedTurn[]>();
  private held = 0;

  /** @param format the conversations' format; @param app the name their titles open with ("Facebook", "Instagram"). */
  constructor(
    private readonly format: ImportFormat,
    private readonly app: string,
  ) {}

  /** Holds `turn` in its day of `kind` ("posts", "comments"); true when more than {@link MAX_HELD_POST_CHARS} characters are held (then give them: {@link given}). */
  add(kind: string, turn: ParsedTurn): boolean {
    const key = `${this.format}:${kind}:${isoDate(turn.occurredAt)}`;
    const turns = this.days.get(key);
    if (turns) turns.push(turn);
    else this.days.set(key, [turn]);
    this.held += turn.text.length;
    return this.held > MAX_HELD_POST_CHARS;
  }

  /** The days held, in the order of their keys (kind, then day), each a conversation; none is held after. */
  *given(): Generator<ParsedConversation> {
    for (const key of [...this.days.keys()].sort()) yield this.dayOf(key, this.days.get(key)!);
    this.days.clear();
    this.held = 0;
  }

  /** A day's turns (in the file's order, newest first) as its conversation, in time order, each turn named by its time. */
  private dayOf(key: string, turns: ParsedTurn[]): ParsedConversation {
    // (Meta writes the newest first: of two in the same second, the later in the file was written first)
    turns.reverse().sort((a, b) => a.occurredAt - b.occurredAt);
    const seen = new Map<number, number>();
    for (const t of turns) {
      const n = (seen.get(t.occurredAt) ?? 0) + 1;
      seen.set(t.occurredAt, n);
      t.externalId = n === 1 ? isoDateTime(t.occurredAt) : `${isoDateTime(t.occurredAt)}#${n}`;
    }
    const [, kind, day] = key.split(":");
    return {
      format: this.format,
      externalId: key,
      title: `${this.app} ${kind}, ${humanDate(Date.parse(`${day}T12:00:00Z`))}`,
      participants: ["User"],
      startedAt: turns[0]!.occurredAt,
      turns,
    };
  }
}

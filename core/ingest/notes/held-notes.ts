/**
 * Notes of the user's gathered from an export's records (a month of a film diary, a month of
 * activities, a list of saved places), given as conversations when the file ends, or sooner once
 * {@link MAX_HELD_CHARS} are held: memory stays bounded however long the file, and a note met again later
 * in it adds to the same conversation (the same externalId). Used by letterboxd.ts, strava.ts and
 * googlemaps.ts.
 */
import { stat } from "node:fs/promises";
import { ImportError, type ParsedConversation, type ParsedTurn } from "../kit/types.js";
import { NO_TEXT, NOTE_SPEAKER } from "./note.js";

/** Most characters of notes held before those read so far are given. */
export const MAX_HELD_CHARS = 8 * 1024 * 1024;

/** What a held paragraph counts besides its text: its turn's and metadata's objects. */
const HELD_PER_TURN = 512;

/** Notes being gathered, each by its key: its title, its paragraphs so far and the characters they count. */
export class HeldNotes {
  private readonly notes = new Map<string, { title: string; turns: ParsedTurn[]; held: number }>();
  private held = 0;

  /**
   * @param options.inTimeOrder whether a note's paragraphs are given in time order (stable; the default), else in the file's order
   * @param options.records what the notes are when they are an app's records of what the user did
   *   (core/ingest/types.ts `ParsedConversation.records`: `day` for a day's, `log` for others); absent for the user's notes
   */
  constructor(private readonly options: { inTimeOrder?: boolean; records?: "day" | "log" } = {}) {}

  /**
   * Adds `turn` to the note keyed `key` (titled `title` when it is new).
   * @returns the notes to give now: none while the held ones are within {@link MAX_HELD_CHARS}; past it,
   *   those but the one added to, and that one too if they are still past it.
   */
  add(key: string, title: string, turn: ParsedTurn): ParsedConversation[] {
    const note = this.notes.get(key) ?? { title, turns: [], held: 0 };
    this.notes.set(key, note);
    const counts = turn.text.length + HELD_PER_TURN;
    note.turns.push(turn);
    note.held += counts;
    this.held += counts;
    if (this.held <= MAX_HELD_CHARS) return [];
    const out = this.given(key);
    return this.held > MAX_HELD_CHARS ? [...out, ...this.given()] : out;
  }

  /** The notes held but `keep`, as `note` conversations said by the user, no longer held. */
  given(keep?: string): ParsedConversation[] {
    const out: ParsedConversation[] = [];
    for (const [key, note] of this.notes) {
      if (key === keep) continue;
      this.notes.delete(key);
      this.held -= note.held;
      const turns = this.options.inTimeOrder !== false ? [...note.turns].sort((a, b) => a.occurredAt - b.occurredAt) : note.turns;
      const startedAt = turns.reduce((min, t) => Math.min(min, t.occurredAt), Number.POSITIVE_INFINITY);
      const records = this.options.records;
      out.push({ format: "note", externalId: key, title: note.title, participants: [NOTE_SPEAKER], startedAt, turns, ...(records ? { records } : {}) });
    }
    return out;
  }
}

/**
 * Refuses a file of records none of which told anything, at its last byte: "the note has no text: `what` with
 * nothing to tell (`items` records, none with `none`)", so a folder passes it over (a header alone, a night
 * with no stages). Used by the health readers, whose day notes are held here.
 * @throws ImportError always.
 */
export async function nothingToTell(file: string, what: string, items: number, none: string): Promise<never> {
  const size = (await stat(file)).size;
  throw new ImportError(file, `byte ${size}`, `${NO_TEXT}: ${what} with nothing to tell (${items.toLocaleString("en-GB")} records, none with ${none})`);
}

/**
 * The contract between the chat-export parsers (core/ingest) and whatever stores their output.
 * Parsers yield one {@link ParsedConversation} at a time; times are integer epoch ms, UTC.
 */
import { basename, dirname } from "node:path";

// (the formats are the database's vocabulary of `conversations.format`, core/db/types.ts, where the CLI
// and the API read them without loading the parsers)
import { IMPORT_FORMATS, type ImportFormat } from "../../db/types.js";

export { IMPORT_FORMATS, type ImportFormat };

/** One message of an imported conversation. */
export interface ParsedTurn {
  /** The message id in the export (LoCoMo `dia_id`, ChatGPT/Claude message id); null when the format has none (text). */
  externalId: string | null;
  /** Display name of who said it ("Caroline", "User", "ChatGPT", "Claude"). */
  speaker: string;
  /** Chat role; "other" when both sides are people (LoCoMo) or for tools. */
  role: "user" | "assistant" | "system" | "other";
  /** When it was said: integer epoch ms, UTC. */
  occurredAt: number;
  /** The message text (never empty: empty messages are skipped). */
  text: string;
  /** Format-specific extras, JSON-serialisable, e.g. `{ image_caption, image_url, query }` for a LoCoMo image turn. */
  metadata: Record<string, unknown>;
}

/** A paragraph a reader told and the day (ISO "YYYY-MM-DD") of the note it goes in: a day's records (health/*.ts). */
export interface DayTurn {
  day: string;
  turn: ParsedTurn;
}

/** One imported conversation with its turns in the order they were said. */
export interface ParsedConversation {
  format: ImportFormat;
  /** Stable id of the conversation in its export (LoCoMo `sample_id`, ChatGPT/Claude id, text: absolute file path). */
  externalId: string;
  title: string | null;
  /** Distinct speakers, in order of first appearance (LoCoMo: `[speaker_a, speaker_b]`). */
  participants: string[];
  /** Conversation start, epoch ms UTC, or null when the export does not say. */
  startedAt: number | null;
  turns: ParsedTurn[];
  /**
   * Set when the conversation is an app's records of what the user did, not their talk or notes of who
   * they are: `"day"` for a day's records (a day of listening, workouts or pages visited, keyed
   * `<format>:day:<YYYY-MM-DD>`: each record names its app and its day, so the memory engine tells none
   * of them under the note's title), `"log"` for other records (a shelf of books, a list of tasks, a
   * library, saved places). Facts of either stay out of the user's `human` core block, which says who
   * the user is, not a log. Absent for talk and notes.
   */
  records?: "day" | "log";
}

/**
 * A problem with an export file. The message reads `<file name>: <location>: <what is wrong>`, e.g.
 * `conversations.json: [2].mapping.abc.message.create_time: expected a number, got "x"` or
 * `chat.txt: line 3: expected "Speaker: text"`; a file of a TextBundle is named with its bundle, every
 * bundle's files being named alike (`Banana bread.textbundle/info.json: …`), a Signal chat's file with its chat's folder
 * (`SamOkafor/data.json: …`), and a Loop habit's file with its habit's folder (`001 Meditate/Checkmarks.csv: …`).
 */
export class ImportError extends Error {
  /** The file as it was given to the parser. */
  readonly file: string;
  /**
   * Where the problem is: a JSON path into the export (`[3].conversation.session_2[4].text`),
   * a line (`line 12`), or a byte position (`byte 1048 (line 3, column 17)`).
   */
  readonly location: string;

  /** @param detail what is wrong, e.g. `expected a number, got "x"`. */
  constructor(file: string, location: string, detail: string) {
    super(`${shownName(file)}: ${location}: ${detail}`);
    this.name = "ImportError";
    this.file = file;
    this.location = location;
  }
}

/** Options of {@link parseExport} and {@link validateExport} (core/ingest/parse.ts). */
export interface ParseOptions {
  /** Skip detection and parse as this format (the CLI's `--format`). */
  format?: ImportFormat;
  /** Called after each chunk is read: bytes read so far and the file size; ends with `(total, total)`. */
  onProgress?: (bytesRead: number, totalBytes: number) => void;
  /** Called once the file's format is known (detected or given), before its first conversation: a Google Keep note's conversations are notes, its file `keep`. */
  onFormat?: (format: ImportFormat) => void;
  /** Who the user is (`engram import --me NAME`): a reader of an export holding several people's records keeps the named one's as the user's (a Netflix download's profiles, netflix.ts); the others read every record as before. */
  me?: string;
}

/** What a reader of one format takes of {@link ParseOptions}: its progress callback (bytes read, the file's size in bytes). */
export type ReadOptions = Pick<ParseOptions, "onProgress">;

/**
 * How an {@link ImportError} names a file: its name, after its TextBundle's folder for a file of one ("Banana bread.textbundle/text.markdown"),
 * or its chat's folder for signal-export's data.json or chat.md, every chat's being named alike ("SamOkafor/data.json"), or a habit's folder of
 * Loop Habit Tracker's export for its Checkmarks.csv or Scores.csv, every habit's being named alike ("001 Meditate/Checkmarks.csv").
 */
function shownName(file: string): string {
  const folder = basename(dirname(file));
  const name = basename(file);
  return /\.textbundle$/i.test(folder) ||
    (folder !== "." && folder !== "" && /^(?:data\.json|chat\.md)$/.test(name)) ||
    (/^\d{3}(?: |$)/.test(folder) && /^(?:Checkmarks|Scores)\.csv$/.test(name))
    ? `${folder}/${name}`
    : name;
}

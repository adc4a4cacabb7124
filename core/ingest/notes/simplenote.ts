/**
 * Simplenote's export (Settings → Tools → Export Notes: `notes.zip`; unzipped, `source/notes.json`
 * beside one `<first line>.txt` per note and a `trash/` folder of the trashed ones'). notes.json is
 * `{ "activeNotes": [ … ], "trashedNotes": [ … ] }`, pretty-printed with CRLF line ends, each note `{
 * id, content, creationDate, lastModified, pinned?, markdown?, tags?, publicURL?, collaboratorEmails? }`
 * (simplenote-electron lib/utils/export: export-notes.ts, to-zip.ts): its text has no title apart
 * from its first line, its lines end in CRLF, its times are ISO 8601 UTC. Each active note is read
 * as a Markdown note (note.ts `noteOf`) of the day it was created, titled as Simplenote lists it (its
 * first line with words, at most 64 characters, Markdown's marks dropped), its tags kept as each
 * turn's metadata `tags`; the trash is passed over, and so are who it is shared with and its public
 * link. The notes are streamed (json-stream.ts `arrayAt`), so memory holds one note at a time; the
 * trashed notes after them are read through, nothing kept.
 */
import { noteOrNone } from "./note.js";
import { streamJsonArray } from "../kit/json-stream.js";
import { ImportError, type ParsedConversation } from "../kit/types.js";

/** The start of a Simplenote export: an object whose first member is its notes' array (active, else trashed: `[` then a note or `]`). */
const EXPORT_START = /^\{\s*"(?:activeNotes|trashedNotes)"\s*:\s*\[\s*(?:\]|\{\s*"(?:id|content|creationDate|lastModified)"\s*:)/;

/** Whether `head` (a file's start) is a Simplenote export's notes.json: its first member `activeNotes` (or `trashedNotes`), an array of notes. */
export function isSimplenoteExport(head: string): boolean {
  return EXPORT_START.test(head);
}

/** The most characters of a note's first line Simplenote lists as its title (simplenote-electron's `maxTitleChars`). */
const TITLE_CHARS = 64;
/** A Markdown heading's marks ("## "). */
const HEADING = /^#{1,6}\s+/;
/** A list's bullet or a checklist's box opening a line ("- ", "- [ ] ", "* [x] ", "1. "). */
const LIST_MARK = /^(?:[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+)/;
/** Words a title is made of: at most this many. A longer first line is a sentence of the note, not its name. */
const TITLE_WORDS = 6;

/** A line as Simplenote lists it when Markdown's marks are dropped: no heading marks, bullet, box, emphasis or link syntax. */
function plain(line: string): string {
  return line
    .trim()
    .replace(HEADING, "")
    .replace(LIST_MARK, "")
    .replace(/(\*\*|__|\*|_|~~|`)(?=\S)(.+?)(?<=\S)\1/g, "$2")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .trim();
}

/** A note's title as Simplenote lists it: its first line with words, Markdown's marks dropped, cut at {@link TITLE_CHARS}; null when it has none. */
export function simplenoteTitle(content: string): string | null {
  const line = content
    .split(/\r?\n/)
    .map(plain)
    .find((l) => /[\p{L}\p{N}]/u.test(l));
  return line === undefined ? null : line.slice(0, TITLE_CHARS).trim();
}

/**
 * Whether a note's first line (trimmed) names the note rather than says something in it: short (at
 * most {@link TITLE_WORDS} words and {@link TITLE_CHARS} characters), not a sentence (no closing ". ! ?"),
 * no list item, no number in it, no "Label: value" ("Golf service", "Tom & Ellie new address",
 * "Shopping:"; not "Gym locker code 4471", "Password: mango-harbour-58", "Call Gran back.").
 */
function namesTheNote(line: string): boolean {
  return (
    line.length <= TITLE_CHARS &&
    line.split(/\s+/).length <= TITLE_WORDS &&
    !/[.!?]$/.test(line) &&
    !LIST_MARK.test(line) &&
    !/\d/.test(line) &&
    !/:\s*\S/.test(line)
  );
}

/**
 * A note's text as Markdown lines for `noteOf`: its first line with words its title heading when it
 * names the note and more follows ("Golf service" → "# Golf service"; a heading already is one), else
 * kept as the note's words (a note of one line, "Dentist moved Maya's check-up to …", or one that opens
 * with what it says, "Gym locker code 4471"); CRLF line ends undone, line for line (a turn's metadata
 * `line` is the note's). Empty when the note has no words.
 */
function simplenoteLines(content: string): string[] {
  const lines = content.split(/\r?\n/);
  const first = lines.findIndex((l) => /[\p{L}\p{N}]/u.test(l));
  if (first < 0) return [];
  const line = lines[first]!.trim();
  const alone = !lines.slice(first + 1).some((l) => /[\p{L}\p{N}]/u.test(l));
  const title = alone ? line.replace(HEADING, "") : HEADING.test(line) ? line : namesTheNote(line) ? `# ${line.replace(/\s*:$/, "")}` : line;
  return lines.map((l, i) => (i === first ? title : l));
}

/** What notes.json says of a note (the fields read here). */
interface SimplenoteNote {
  id?: unknown;
  content?: unknown;
  creationDate?: unknown;
  tags?: unknown;
}

/**
 * Reads `file`, a Simplenote export's `notes.json`, as one note per active note with words in it
 * (format `note`, externalId `simplenote:<id>`, so importing a later export adds only what is new;
 * title as Simplenote lists the note, {@link simplenoteTitle}), each written when the note was created
 * (`creationDate`), its tags (`tags`, when it has some) in each turn's metadata; an empty note, or one
 * of no words note.ts keeps (a line of tags), is passed over, as is the trash (`trashedNotes`).
 * @throws ImportError naming the note and its field (`activeNotes[3].creationDate: expected a time,
 *   got "yesterday"`): a note that is no object, an id that is no string, a text that is no string, a
 *   creation date that is no time, tags that are no list of strings; an export with no active note
 *   with words in it (`activeNotes`); the stream's own errors (invalid JSON, truncation, an object
 *   with no "activeNotes" array).
 */
export async function* parseSimplenote(
  file: string,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {},
): AsyncGenerator<ParsedConversation> {
  let notes = 0;
  for await (const item of streamJsonArray(file, { arrayAt: "activeNotes", onProgress: opts.onProgress })) {
    const where = `activeNotes[${item.index}]`;
    const n = item.value as SimplenoteNote;
    if (!n || typeof n !== "object" || Array.isArray(n)) throw new ImportError(file, where, `expected a note (an object), got ${JSON.stringify(n)}`);
    if (typeof n.id !== "string" || !n.id.trim()) throw new ImportError(file, `${where}.id`, `expected the note's id, got ${JSON.stringify(n.id ?? null)}`);
    if (typeof n.content !== "string") throw new ImportError(file, `${where}.content`, `expected the note's text, got ${JSON.stringify(n.content ?? null)}`);
    const at = typeof n.creationDate === "string" ? Date.parse(n.creationDate) : Number.NaN;
    if (Number.isNaN(at)) throw new ImportError(file, `${where}.creationDate`, `expected a time, got ${JSON.stringify(n.creationDate ?? null)}`);
    if (n.tags !== undefined && (!Array.isArray(n.tags) || n.tags.some((t) => typeof t !== "string")))
      throw new ImportError(file, `${where}.tags`, `expected a list of tags, got ${JSON.stringify(n.tags)}`);
    const lines = simplenoteLines(n.content);
    if (lines.length === 0) continue;
    // (a note of no words to keep, a line of tags only, is passed over as an empty one is)
    const note = await noteOrNone(file, lines, at, `simplenote:${n.id}`);
    if (!note) continue;
    const tags = ((n.tags as string[] | undefined) ?? []).map((t) => t.trim()).filter((t) => t);
    notes++;
    yield {
      ...note,
      title: simplenoteTitle(n.content) ?? note.title,
      turns: tags.length ? note.turns.map((t) => ({ ...t, metadata: { ...t.metadata, tags } })) : note.turns,
    };
  }
  if (notes === 0) throw new ImportError(file, "activeNotes", "the export has no note with words in it (the trash is not imported)");
}

/**
 * Anki's "Notes in Plain Text" export (File → Export… → "Notes in Plain Text (.txt)", a deck or all of
 * them) → a note per deck of what the user learned, each Anki note one fact in words (anki-words.ts).
 * Since Anki 2.1.55 (rslib/src/import_export/text/csv/export.rs `export_note_csv`) the file opens with
 * header lines, `#separator:tab`, `#html:true` (or `false`, "Include HTML and media references"
 * unticked), then one per box ticked: `#guid column:1` ("Include unique identifier"), `#notetype
 * column:2`, `#deck column:3`, `#tags column:N` (N past the most fields of any notetype exported); each
 * note is a record of the Rust csv crate (tab between fields, `\n` after each, a field quoted when it
 * holds a tab, a quote, a line break or `#`, its quotes doubled), its fields in its notetype's order
 * padded with empty ones, its tags joined by spaces. A file made for import may say other keys Anki
 * reads (rslib metadata.rs: `#deck:`, `#notetype:`, `#tags:`, `#columns:`, `#if matches:`) and another
 * separator (`comma`, `semicolon`, `space`, `pipe`, `colon`, or the character itself). Before 2.1.55
 * (pylib anki/exporting.py `TextNoteExporter`) there are no header lines: each note's fields, then its
 * tags when "Include tags" was ticked (the default), joined by tabs, a line break in a field made a space
 * and a field quoted when it holds `"` or `'`; no deck nor notetype is said. Checked against Anki's
 * source (the exporters above, rslib's csv import and metadata.rs, which read the same header, the
 * export dialog qt/aqt/import_export/exporting.py and its exporting.ui), the Anki manual's Text Files
 * page, the csv crate's writer (csv-core writer.rs: a field holding the comment character is quoted)
 * and public readers of the export (a `#guid column:1 … #tags column:6` header, tags last).
 *
 * A note's deck is its deck column's, else `#deck:`'s, else the deck the file is named by (the export
 * dialog names it by the deck, `\ / ? < > : * | " ^` made `_`: "Physio__Anatomy__Lower limb.txt" →
 * "Physio::Anatomy::Lower limb"; "All Decks.txt" names none). Its tags are kept (turn metadata
 * `tags`); an older export's rows' last fields are read as the tags when every row has three or more
 * and every last one is a list of tags as Anki keeps them (no two alike, in order, no markup). The file
 * has no dates: every note is of the file's modification time, and is named by its first field's words
 * (Anki's own key for a duplicate; its guid, when exported, is kept in metadata), so importing a later
 * export adds only the notes new or changed. Records are streamed (csv-records.ts) and the decks' notes
 * held to the file's end (held-notes.ts). An Anki package (`.apkg`, `.colpkg`: a ZIP of a SQLite
 * collection) is refused, saying to export Notes in Plain Text instead ({@link ankiPackageAdvice}).
 */
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { csvRecords } from "../kit/csv-records.js";
import { ImportError, type ParsedConversation } from "../kit/types.js";
import { HeldNotes } from "./held-notes.js";
import { NO_TEXT, NOTE_SPEAKER } from "./note.js";
import { type AnkiNote, fieldLines, noteWords } from "./anki-words.js";

/** The most characters of one record (an unclosed quote would take in the rest of the file). */
export const MAX_ANKI_RECORD_CHARS = 4 * 1024 * 1024;

/** The separators Anki names (rslib metadata.rs `Delimiter::name`). */
const SEPARATORS: Readonly<Record<string, string>> = { tab: "\t", comma: ",", semicolon: ";", space: " ", pipe: "|", colon: ":" };
/** A header line: `#`, its key, `:`, its value. */
const HEADER_LINE = /^#([^:\r\n]+):(.*)$/;
/** The keys of the header lines Anki reads (metadata.rs `parse_meta_value`). */
const HEADER_KEYS = new Set([
  "separator",
  "html",
  "tags",
  "columns",
  "notetype",
  "deck",
  "notetype column",
  "deck column",
  "tags column",
  "guid column",
  "if matches",
]);
/** What marks a field as Anki's: a cloze, a sound, a picture, its editor's HTML. */
const ANKI_MARK = /\{\{c\d+(?:,\d+)*::|\[sound:[^\]]+\]|<img src=|<br\s*\/?>|<\/?div>|&nbsp;/i;
/** What the export dialog names a file of no one deck: all decks, the collection, the notes selected in the browser. */
const NO_DECK = /^(?:All Decks|Selected Notes|collection-\d{4}-\d{2}-\d{2}@\d{2}-\d{2}-\d{2})$/i;
/** The longest note key kept (its first field's words). */
const KEY_CHARS = 200;

/** What an export's header says: its separator, whether its fields are HTML, its columns (1-based; 0 for none) and what it says of every note, and how many lines it takes; an older export's tags, its rows' last fields. */
interface Header {
  separator: string;
  html: boolean;
  guid: number;
  notetype: number;
  deck: number;
  tags: number;
  tagsLast: boolean;
  deckName: string | null;
  notetypeName: string | null;
  globalTags: string[];
  lines: number;
}

/** The lines of `start` (a file's start) that are Anki's header lines, each parsed: its line, key (lower-cased) and value; empty when it has none. */
function headerLinesOf(start: string): Array<{ line: number; key: string; value: string }> {
  const out: Array<{ line: number; key: string; value: string }> = [];
  const lines = start.replace(/^\uFEFF/, "").split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    const m = HEADER_LINE.exec(line);
    if (!m || !HEADER_KEYS.has(m[1]!.trim().toLowerCase())) break;
    out.push({ line: i + 1, key: m[1]!.trim().toLowerCase(), value: m[2]! });
  }
  return out;
}

/** The tags of a field ("anatomy::shoulder rotator_cuff"), split as Anki splits them (at spaces and ideographic spaces). */
function tagsOf(cell: string): string[] {
  return cell.split(/[ \u3000]+/).filter(Boolean);
}

/**
 * Whether `cell` is a list of tags as Anki keeps a note's: no markup nor a sentence's end, no two alike, in
 * order (ignoring case, as rslib's `canonify_tags` sorts them; or by their characters, as the older Python code did).
 */
function isTagList(cell: string): boolean {
  const tags = tagsOf(cell);
  if (tags.some((t) => /[<>"{}]|[.,;!?]$/.test(t))) return false;
  const inOrder = (key: (t: string) => string) => tags.every((t, i) => i === 0 || key(tags[i - 1]!) < key(t));
  return inOrder((t) => t.toLowerCase()) || inOrder((t) => t);
}

/** The complete lines of `start` with words (the last one dropped when `complete` is false: the head may cut it). */
function completeLines(start: string, complete: boolean): string[] {
  const lines = start.replace(/^\uFEFF/, "").split(/\r?\n/);
  if (!complete) lines.pop();
  return lines.filter((l) => l.trim()).slice(0, 200);
}

/**
 * Whether `start` (a file's start; `complete` when it is the whole file) is Anki's "Notes in Plain Text"
 * export: its first line one of Anki's header lines and among them `#separator:` or `#html:` (since
 * 2.1.55); or, an older export of no header, rows of tab-separated fields, one of them holding what only
 * Anki writes (a cloze, `[sound:…]`, `<img src=…>`, `<br>`, `<div>`, `&nbsp;`). An older export of plain
 * words alone is no different from any table: import it with `--format anki`.
 */
export function isAnkiExport(start: string, complete: boolean): boolean {
  const header = headerLinesOf(start);
  if (header.length) return header.some((h) => h.key === "separator" || h.key === "html");
  if (start.startsWith("#")) return false;
  const lines = completeLines(start, complete);
  // (each note its fields and tags: notetypes of other fields make rows of other lengths)
  return lines.length > 0 && lines.every((l) => l.includes("\t")) && lines.some((l) => ANKI_MARK.test(l));
}

/**
 * The header of the export `start` opens (a file's start, `complete` when it is the whole file): its
 * header lines read as Anki reads them; an older export's columns told by its rows (all fields, the last
 * the tags when every row has three or more and {@link isTagList} says so of every row's last).
 * @throws ImportError naming the line: a separator Anki does not name, an HTML flag that is neither true
 *   nor false, a column that is no number; a file of neither header lines nor tab-separated fields
 */
function headerOf(file: string, start: string, complete: boolean): Header {
  const h: Header = {
    separator: "\t",
    html: true,
    guid: 0,
    notetype: 0,
    deck: 0,
    tags: 0,
    tagsLast: false,
    deckName: null,
    notetypeName: null,
    globalTags: [],
    lines: 0,
  };
  const lines = headerLinesOf(start);
  for (const { line, key, value } of lines) {
    const v = value.trim();
    if (key === "separator") {
      const sep = SEPARATORS[v.toLowerCase()] ?? (Object.values(SEPARATORS).includes(value) ? value : undefined);
      if (sep === undefined) throw new ImportError(file, `line ${line}`, `"#separator:${value}": expected tab, comma, semicolon, space, pipe or colon`);
      h.separator = sep;
    } else if (key === "html") {
      if (!/^(?:true|false)$/i.test(v)) throw new ImportError(file, `line ${line}`, `"#html:${value}": expected true or false`);
      h.html = v.toLowerCase() === "true";
    } else if (key.endsWith(" column")) {
      if (!/^[1-9]\d{0,3}$/.test(v)) throw new ImportError(file, `line ${line}`, `"#${key}:${value}": expected a column's number (1 for the first)`);
      h[key.slice(0, -" column".length) as "guid" | "notetype" | "deck" | "tags"] = Number(v);
    } else if (key === "deck") h.deckName = v || null;
    else if (key === "notetype") h.notetypeName = v || null;
    else if (key === "tags") h.globalTags = tagsOf(v);
  }
  h.lines = lines.at(-1)?.line ?? 0;
  if (lines.length) return h;
  const rows = completeLines(start, complete).map((l) => l.split("\t"));
  if (!rows.length || rows.every((r) => r.length < 2))
    throw new ImportError(file, "line 1", 'not an Anki export: expected its header ("#separator:tab") or a note\'s fields separated by tabs');
  // (every stock notetype has two fields or more: with its tags, three cells or more)
  h.tagsLast = rows.every((r) => r.length >= 3 && isTagList(r.at(-1)!));
  return h;
}

/** The deck an export's file is named by, as the export dialog names it ("Physio__Anatomy__Lower limb.txt" → "Physio::Anatomy::Lower limb"), or null for all decks, the collection or notes selected. */
function deckOfFileName(file: string): string | null {
  const stem = basename(file)
    .replace(/\.[^.]+$/, "")
    .trim();
  return !stem || NO_DECK.test(stem) ? null : stem.replace(/__/g, "::");
}

/**
 * Reads `file`, Anki's "Notes in Plain Text" export (see the module comment; `start` its first bytes as
 * text, `complete` when they are the whole file), into a note per deck (format `note`, externalId
 * `anki:<deck>`, or `anki:<file name>` when neither the file nor its name says a deck; title the deck,
 * its levels joined by " / ", "Physio / Anatomy / Upper limb", null for none), given when the file ends
 * (or as held-notes.ts' bound passes). Each note with words is a turn of the user's at the file's
 * modification time: its words (anki-words.ts `noteWords`), externalId its first field's words,
 * metadata `{ line, undated: true, tags?, anki: { guid?, notetype?, deck? } }`. A note of no words (a
 * picture alone) is passed over.
 * @throws ImportError naming the file and line: {@link headerOf}'s; a quote never closed or a record over
 *   {@link MAX_ANKI_RECORD_CHARS} (csv-records.ts); an export with no note of words in it (the note has
 *   no text, so a folder passes it over); `line N (byte M)` for bytes that are not UTF-8.
 */
export async function* parseAnki(
  file: string,
  start: string,
  complete: boolean,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {},
): AsyncGenerator<ParsedConversation> {
  const header = headerOf(file, start, complete);
  const info = await stat(file);
  const at = Math.floor(info.mtimeMs);
  const fileDeck = header.deckName ?? deckOfFileName(file);
  const meta = new Set([header.guid, header.notetype, header.deck, header.tags]);
  const notes = new HeldNotes({ inTimeOrder: false });
  const csv = csvRecords(file, info.size, MAX_ANKI_RECORD_CHARS, opts.onProgress, true, header.separator);
  let read = 0;
  let told = 0;
  for await (const { cells, line } of csv.records) {
    if (line <= header.lines) continue;
    read++;
    const cell = (column: number): string => (column > 0 ? (cells[column - 1] ?? "").trim() : "");
    const tags = header.tagsLast ? (cells.at(-1) ?? "") : cell(header.tags);
    const note: AnkiNote = {
      fields: header.tagsLast ? cells.slice(0, -1) : cells.filter((_, i) => !meta.has(i + 1)),
      notetype: cell(header.notetype) || header.notetypeName,
      deck: cell(header.deck) || fileDeck,
      tags: [...new Set([...header.globalTags, ...tagsOf(tags)])],
      html: header.html,
    };
    const text = noteWords(note);
    if (!text) continue;
    told++;
    const guid = cell(header.guid);
    const key = [...(fieldLines(note.fields[0] ?? "", note.html).join(" ") || text)].slice(0, KEY_CHARS).join("");
    const anki = { ...(guid ? { guid } : {}), ...(note.notetype ? { notetype: note.notetype } : {}), ...(note.deck ? { deck: note.deck } : {}) };
    const turn = {
      externalId: key,
      speaker: NOTE_SPEAKER,
      role: "user" as const,
      occurredAt: at,
      text,
      metadata: { line, undated: true, ...(note.tags.length ? { tags: note.tags } : {}), anki },
    };
    const deck = note.deck ?? basename(file);
    yield* titled(notes.add(`anki:${deck}`, note.deck ? deckTitle(note.deck) : "", turn));
  }
  if (told === 0) throw new ImportError(file, `line ${csv.lastLine()}`, `${NO_TEXT}: an Anki export of ${read} note${read === 1 ? "" : "s"}, none with words`);
  yield* titled(notes.given());
}

/** A deck's name as a title: its levels joined by " / " ("Physio::Anatomy::Upper limb" → "Physio / Anatomy / Upper limb"). */
function deckTitle(deck: string): string {
  return deck
    .split("::")
    .map((p) => p.trim())
    .filter(Boolean)
    .join(" / ");
}

/** `notes` as given, a note of no deck untitled. */
function titled(notes: ParsedConversation[]): ParsedConversation[] {
  return notes.map((n) => (n.title ? n : { ...n, title: null }));
}

/** An Anki package's collection as a ZIP entry is named: its first entry in older packages, its second after `meta` in those of 2.1.50 and later (rslib colpkg/export.rs). */
const COLLECTION_ENTRY = /^collection\.anki2(?:1b?)?$/;

/** The name of the ZIP entry whose local header starts at `at` in `head`, and where the next one starts (when its sizes are in its header), or null. */
function zipEntryAt(head: Uint8Array, at: number): { name: string; next: number | null } | null {
  const b = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  if (at + 30 > b.length || b.readUInt32LE(at) !== 0x04034b50) return null;
  const nameLength = b.readUInt16LE(at + 26);
  const extraLength = b.readUInt16LE(at + 28);
  const size = b.readUInt32LE(at + 18);
  const flags = b.readUInt16LE(at + 6);
  const name = b.subarray(at + 30, at + 30 + nameLength).toString("utf8");
  return { name, next: flags & 0x08 ? null : at + 30 + nameLength + extraLength + size };
}

/**
 * Why `file`, a ZIP archive whose first bytes are `head`, is refused when it is an Anki package (named
 * `.apkg` or `.colpkg`, or its first entry Anki's collection, `collection.anki2`, `.anki21` or
 * `.anki21b`, or its `meta` followed by one: qt/aqt's and rslib's package exporters): Engram reads no
 * package's database; Anki's "Notes in Plain Text" export holds the same notes. Null for any other ZIP.
 */
export function ankiPackageAdvice(file: string, head: Uint8Array): string | null {
  const ext = /\.(apkg|colpkg)$/i.exec(file)?.[1]?.toLowerCase();
  const first = zipEntryAt(head, 0);
  const second = first?.name === "meta" && first.next !== null ? zipEntryAt(head, first.next) : null;
  const isPackage = ext !== undefined || COLLECTION_ENTRY.test(first?.name ?? "") || COLLECTION_ENTRY.test(second?.name ?? "");
  if (!isPackage) return null;
  const what = ext === "colpkg" ? "an Anki collection package (.colpkg)" : "an Anki deck package (.apkg)";
  return `${what}, a database Engram does not open: in Anki, choose File → Export…, "Notes in Plain Text (.txt)" with "Include deck name" and "Include tags" ticked, and import the .txt it saves`;
}

/** Why `path`, a file of a folder the user imports, is passed over when it is named as an Anki package ({@link ankiPackageAdvice}), or null. */
export function ankiPackagePassedOver(path: string): string | null {
  return /\.(?:apkg|colpkg)$/i.test(path) ? ankiPackageAdvice(path, new Uint8Array()) : null;
}

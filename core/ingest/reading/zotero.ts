/**
 * Zotero's library exported as CSV (File → Export Library… → CSV, "Export Notes" ticked; a collection's
 * or the selected items' export alike: `My Library.csv`, `Exported Items.csv`) → a note of the user's per
 * item, told as a BibTeX library's entry is (references.ts, shared with bibtex.ts): what it is, its
 * title, authors, year and venue, the day they added it and its DOI or address ("I added the article
 * "About Sleep's Role in Memory" by Björn Rasch and Jan Born (2013, Physiological Reviews) to my Zotero
 * library on 14 September 2026 (DOI 10.1152/physrev.00032.2012)."), their tags, and each of their notes.
 * The abstract is the paper's words, not the user's: kept, cut short, in the turns' metadata only.
 *
 * Checked against Zotero's CSV translator (CSV.js, zotero/translators, read whole with its history to
 * June 2022's last change) and Zotero's export of an item to translators (itemToExportFormat, whose
 * legacy form CSV.js asks for by its minVersion 4.0.26): a byte-order mark; a header of 87 columns,
 * every cell quoted, `"Key","Item Type","Publication Year","Author","Title","Publication Title","ISBN",
 * "ISSN","DOI","Url","Abstract Note","Date","Date Added","Date Modified","Access Date","Pages",…,"Extra",
 * "Notes","File Attachments","Link Attachments","Manual Tags","Automatic Tags","Editor",…` (as public
 * readers of the export list it, and a converter's test fixture writes it); then a record per item after
 * a line break (none after the last), quotes doubled, a cell's line breaks written as one space; notes
 * and attachments no records of their own. "Key" the item's key ("7XQ2KDMB"); "Item Type" Zotero's
 * (`journalArticle`, `bookSection`, `webpage`, …); "Author" each author (or a type that is one:
 * contributor, director, presenter …) "Last, First", a one-field name alone ("Sleep Research Society"),
 * joined by "; ", editors under "Editor"; type-specific fields under their base field's column (a
 * chapter's book, a web page's website, a conference paper's proceedings under "Publication Title"; a
 * thesis's university, a report's institution under "Publisher"; "PhD Thesis" under "Type"); "Date" ISO
 * as far as known ("2013-04"), or as typed where it is no date; "Date Added", "Date Modified" and "Access
 * Date" as Zotero's database keeps them, in UTC ("2026-10-03 14:22:07": "SQL instead of ISO-8601", and a
 * fixture's `"2025-12-12 21:29:21"`); "Extra" as typed ("PMID: 23589831 PMCID: PMC3768102"); "Notes" each
 * child note's HTML joined by "; " (empty when notes are not exported); "Manual Tags" the user's, and
 * "Automatic Tags" a database's (PubMed's MeSH terms, a publisher's keywords), each joined by "; ".
 *
 * Keyed by the item's key (`zotero:<Key>`), so a later export, or a collection's, adds only the items and
 * paragraphs new or changed. Dated by "Date Added" (UTC); one with none is "in my Zotero library", of the
 * file's modification time. A note's HTML is read by references.ts `zoteroNoteLines` (kit/html-lines.ts):
 * a note from a PDF's annotations keeps each highlight in quotes with its citation and the user's comment.
 * "Extra" is the user's note where it holds none of Zotero's labelled data ("PMID: …", "Citation Key: …",
 * "Publisher: …"), else metadata. Not read: attachments' paths and links, "Date Modified", pages, volume,
 * issue and the rest of the columns, kept by name in the metadata where they say something.
 */
import { stat } from "node:fs/promises";
import { Parser } from "htmlparser2";
import { isoToMs } from "../../time/import-dates.js";
import { type CsvColumns, cellOf, headedRecords, headerCells } from "../kit/csv-records.js";
import { ImportError, type ParsedConversation, type ReadOptions } from "../kit/types.js";
import { NO_TEXT } from "../notes/note.js";
import type { BibName } from "./bibtex-latex.js";
import { EXTRA_LABEL, type LibraryWords, type Reference, referenceConversation, zoteroNoteLines } from "./references.js";

/** The first columns of Zotero's CSV export, lower-cased, in its order; "date added" follows among the rest. */
const FIRST_COLUMNS = ["key", "item type", "publication year", "author", "title"] as const;

/** The header as a refusal quotes it. */
const HEADER = '"Key","Item Type","Publication Year","Author","Title","Publication Title",…,"Date Added",…,"Notes",…,"Manual Tags","Automatic Tags",…';

/** Most characters of one record (an item, its notes and abstract): an unclosed quote is refused here, not read to the file's end. */
const MAX_RECORD_CHARS = 4 * 1024 * 1024;

/** Most characters of an abstract kept in the metadata: the paper's words, not the user's. */
const ABSTRACT_CHARS = 500;

/** How Zotero's items are told: "I added … to my Zotero library on …", with its DOI or address. */
const ZOTERO_WORDS: LibraryWords = { verb: "added", library: "my Zotero library", address: true };

/** Whether a header's names (trimmed, lower-cased) are Zotero's CSV export's: {@link FIRST_COLUMNS} first, "date added" among them. */
function isZoteroHeader(names: string[]): boolean {
  return FIRST_COLUMNS.every((c, i) => names[i] === c) && names.includes("date added");
}

/** Whether a file's start (its text, a byte-order mark dropped or not) is Zotero's CSV export, by its header: `"Key","Item Type","Publication Year","Author","Title",…` naming "Date Added". */
export function isZoteroCsv(start: string): boolean {
  return isZoteroHeader(headerCells(start.replace(/^\uFEFF/, ""), true));
}

/** What an item type is in words ("journalArticle" → "article"); a type not listed is its name's words ("audioRecording" → "audio recording"). */
const KINDS: Record<string, string> = {
  journalArticle: "article",
  magazineArticle: "magazine article",
  newspaperArticle: "newspaper article",
  book: "book",
  bookSection: "chapter",
  conferencePaper: "conference paper",
  thesis: "thesis",
  report: "report",
  preprint: "preprint",
  manuscript: "manuscript",
  webpage: "web page",
  blogPost: "blog post",
  forumPost: "forum post",
  encyclopediaArticle: "encyclopedia article",
  dictionaryEntry: "dictionary entry",
  presentation: "presentation",
  videoRecording: "video",
  audioRecording: "recording",
  podcast: "podcast episode",
  computerProgram: "software",
  dataset: "dataset",
  standard: "standard",
  tvBroadcast: "TV broadcast",
  radioBroadcast: "radio broadcast",
  instantMessage: "message",
  document: "",
};

/** An item's kind in words: its type's ({@link KINDS}), a thesis's by its "Type" ("PhD Thesis" → "PhD thesis", "Master's Thesis" → "master's thesis"). */
function kindOf(type: string, thesisType: string): string {
  if (type === "thesis") return /ph\.?\s?d|doctor/i.test(thesisType) ? "PhD thesis" : /master|m\.?sc|m\.?a\b/i.test(thesisType) ? "master's thesis" : "thesis";
  return KINDS[type] ?? type.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
}

/** A multi-value cell's values ("chapter 2; review", "Rasch, Björn; Born, Jan"): parted at ";", each trimmed, each once. */
function valuesOf(cell: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of cell.split(";")) {
    const v = raw.replace(/\s+/g, " ").trim();
    if (!v || seen.has(v.toLowerCase())) continue;
    seen.add(v.toLowerCase());
    out.push(v);
  }
  return out;
}

/** Creators as the export writes them, "Last, First" joined by "; ", a one-field name alone: each said first name first ("Björn Rasch"), and cited by the last ("Rasch"). */
function namesOf(cell: string): BibName[] {
  return cell
    .split(";")
    .map((n) => n.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .map((n) => {
      const comma = n.indexOf(",");
      if (comma < 0) return { full: n, last: n };
      const last = n.slice(0, comma).trim();
      const first = n.slice(comma + 1).trim();
      return { full: first ? `${first} ${last}` : last, last };
    });
}

/**
 * The notes of a "Notes" cell: each child note's HTML, as the export joins them with "; " — parted
 * only where "; " stands between two notes (outside every element), not in a note's words.
 */
export function notesOf(cell: string): string[] {
  if (!cell.trim()) return [];
  const cuts: Array<[number, number]> = [];
  let depth = 0;
  const parser = new Parser(
    {
      onopentag() {
        depth++;
      },
      onclosetag() {
        if (depth > 0) depth--;
      },
      ontext(text) {
        if (depth === 0 && /^\s*;\s*$/.test(text)) cuts.push([parser.startIndex, parser.endIndex + 1]);
      },
    },
    { decodeEntities: true, recognizeSelfClosing: true },
  );
  parser.write(cell);
  parser.end();
  const notes: string[] = [];
  let from = 0;
  for (const [start, end] of cuts) {
    notes.push(cell.slice(from, start));
    from = end;
  }
  notes.push(cell.slice(from));
  return notes.filter((n) => n.trim());
}

/** A note's lines: its HTML read (references.ts `zoteroNoteLines`), or a note of plain text (an imported one) as its words. */
function noteLines(note: string): string[] {
  return /<[a-z][^>]*>/i.test(note) ? zoteroNoteLines(note) : [note.replace(/\s+/g, " ").trim()].filter(Boolean);
}

/** Labels of "Extra" ("PMID: ", "Citation Key: ") anywhere in it: where each word starts, the words up to the next colon. */
const LABEL_AT = /(?:^|\s)(?=([^\s:][^:]{0,39}):(?:\s|$))/g;

/** Whether "Extra" holds Zotero's labelled data (a label {@link EXTRA_LABEL} knows, "PMID: 23589831"): then it is the item's, not the user's words. */
function extraIsData(extra: string): boolean {
  for (const m of extra.matchAll(LABEL_AT)) if (EXTRA_LABEL.test(m[1]!.trim())) return true;
  return false;
}

/** Where a cell is, as a refusal names it: its line and column ("line 3, column 13 \"Date Added\""). */
function where(line: number, columns: CsvColumns, column: string, label: string): string {
  return `line ${line}, column ${(columns.get(column) ?? 0) + 1} "${label}"`;
}

/** The columns kept by name in the metadata when not empty (besides those read into words). */
const KEPT = ["date", "date modified", "access date", "pages", "volume", "issue", "publisher", "place", "isbn", "issn", "language", "library catalog"];

/**
 * Reads `file`, Zotero's CSV export ({@link isZoteroCsv}), yielding for each item as it is read (an item
 * whose key was met before in the file passed over) a note of the user's (references.ts
 * `referenceConversation`: format `note`, externalId `zotero:<Key>`, title as a citation names it, records
 * "log"): a turn per paragraph (what it is, added when, its DOI or address; their tags; each of their
 * notes, and "Extra" where it is theirs), said by the user (speaker "User", role "user"), of its "Date
 * Added" (UTC). Turn metadata: `{ line, zotero: { key, type, title, authors, editors, year, venue, doi,
 * url, tags, automatic_tags, extra, abstract (its first 500 characters), added, … the columns of KEPT by
 * name } }`, empty ones left out (`line`: the paragraph's place, references.ts `PLACE`).
 * @throws ImportError naming the file and where: a header that is not Zotero's (`line 1`); an item with no
 *   key, or a "Date Added" that is no time, at its line and column (`line 3, column 13 "Date Added":
 *   "yesterday": expected a time, "2026-10-03 14:22:07"`); the CSV's own faults at the line csv-parse
 *   stopped at; invalid UTF-8; an export with no item: "the note has no text: …" (a folder passes it over).
 */
export async function* parseZotero(file: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const info = await stat(file);
  const csv = headedRecords(file, info.size, MAX_RECORD_CHARS, opts.onProgress, isZoteroHeader, "Zotero's CSV export", HEADER);
  const seen = new Set<string>();
  for await (const { cells, line, columns } of csv.records) {
    const cell = (c: string) => cellOf(cells, columns, c);
    const key = cell("key");
    if (!key) throw new ImportError(file, where(line, columns, "key", "Key"), "an item with no key");
    if (seen.has(key)) continue;
    seen.add(key);
    const addedCell = cell("date added");
    const added = addedCell ? isoToMs(addedCell) : null;
    if (added !== null && Number.isNaN(added))
      throw new ImportError(file, where(line, columns, "date added", "Date Added"), `${JSON.stringify(addedCell)}: expected a time, "2026-10-03 14:22:07"`);
    const type = cell("item type");
    const authors = namesOf(cell("author"));
    const editors = namesOf(cell("editor"));
    const publisher = cell("publisher").replace(/\s+/g, " ");
    // (a report's institution that is its author too is said once)
    const venue = cell("publication title").replace(/\s+/g, " ") || (publisher && !authors.some((a) => a.full === publisher) ? publisher : "");
    const extra = cell("extra").replace(/\s+/g, " ");
    const extraNote = extra && !extraIsData(extra) ? [{ lines: [extra] }] : [];
    const notes = [...notesOf(cell("notes")).map((n) => ({ lines: noteLines(n) })), ...extraNote].filter((n) => n.lines.length);
    const doi = cell("doi") || null;
    const url = cell("url") || null;
    const tags = valuesOf(cell("manual tags"));
    const title = cell("title").replace(/\s+/g, " ");
    const ref: Reference = {
      kind: kindOf(type, cell("type")),
      title: title || `Untitled (${key})`,
      authors,
      authorsOthers: false,
      editors,
      editorsOthers: false,
      year: cell("publication year") || null,
      venue: venue || null,
      notes,
      tags,
      doi,
      // (a DOI's own address says nothing the DOI does not)
      url: url && doi && /^https?:\/\/(?:dx\.)?doi\.org\//i.test(url) ? null : url,
      at: added ?? Math.floor(info.mtimeMs),
      dated: added !== null,
    };
    const abstract = cell("abstract note").replace(/\s+/g, " ");
    const all: Record<string, unknown> = {
      key,
      type,
      title: ref.title,
      authors: authors.map((a) => a.full),
      editors: editors.map((a) => a.full),
      year: ref.year,
      venue: ref.venue,
      doi,
      url,
      tags,
      automatic_tags: valuesOf(cell("automatic tags")),
      extra: extraNote.length ? null : extra,
      abstract: abstract.length > ABSTRACT_CHARS ? `${abstract.slice(0, ABSTRACT_CHARS - 1).trimEnd()}…` : abstract,
      added: added === null ? null : new Date(added).toISOString(),
      ...Object.fromEntries(KEPT.map((c) => [c.replace(/ /g, "_"), cell(c)])),
    };
    const metadata = Object.fromEntries(Object.entries(all).filter(([, v]) => v !== null && v !== "" && !(Array.isArray(v) && v.length === 0)));
    yield referenceConversation(ref, ZOTERO_WORDS, `zotero:${key}`, { zotero: metadata });
  }
  if (!seen.size) throw new ImportError(file, `line ${Math.max(1, csv.lastLine())}`, `${NO_TEXT}: a Zotero CSV export with no item`);
}

/**
 * A reference library's item told as the user's note, the wording that a BibTeX library (bibtex.ts) and
 * Zotero's CSV export (zotero.ts) share: what the item is, who made it, when and where it appeared and
 * when the user saved it ("I saved the article "…" by Mette Rask Nielsen and Jens Sørensen (2023,
 * Transportation Research Part A: Policy and Practice) to my reference library on 2 November 2026."),
 * the user's tags, and each of their notes, each paragraph naming the item whole so it is understood
 * alone; and the HTML of a Zotero note (Zotero's notes are HTML in either export) as lines.
 */
import { humanDate } from "../../time/format.js";
import { type HtmlDialect, htmlLines } from "../kit/html-lines.js";
import { NOTE_SPEAKER, splitLong } from "../notes/note.js";
import type { ParsedConversation, ParsedTurn } from "../kit/types.js";
import type { BibName } from "./bibtex-latex.js";
import { listWords } from "./reading-log.js";

/** An item of a reference library as read: what it is, by whom, where, and the user's own words on it. */
export interface Reference {
  /** What it is in words ("article", "book", "PhD thesis", "web page"), "" for one said by its title alone. */
  kind: string;
  title: string;
  authors: BibName[];
  /** Whether its authors end "and others" (et al.). */
  authorsOthers: boolean;
  editors: BibName[];
  editorsOthers: boolean;
  year: string | null;
  /** Where it appeared: its journal, the book or proceedings it is in, its website, school, institution or publisher. */
  venue: string | null;
  /** The user's notes, each its lines (no blank line among them), in the order written. */
  notes: ReadonlyArray<{ lines: string[] }>;
  /** The user's own tags, each once. */
  tags: string[];
  doi: string | null;
  url: string | null;
  /** When the user saved it (epoch ms), or the library file's modification time when {@link dated} is false. */
  at: number;
  /** Whether {@link at} is when the user saved it (else the item is "in" the library, with no day). */
  dated: boolean;
}

/** How a library's items are told: the verb of saving one ("saved", "added"), the library's name ("my reference library", "my Zotero library"), and whether its DOI (else its address) is said. */
export interface LibraryWords {
  verb: string;
  library: string;
  address: boolean;
}

/** The most names said in full (more: the first three and how many others). */
const NAMES_SAID = 5;

/** Names in full, as an item's first paragraph says them ("Carlos Moreno, Zaheer Allam, … and Florent Pratlong"; "Natalie Mueller, David Rojas-Rueda, Haneen Khreis and 4 others"; "… and others" for et al.). */
function namesInFull(names: BibName[], others: boolean): string {
  const full = names.map((n) => n.full);
  if (full.length > NAMES_SAID) return `${full.slice(0, 3).join(", ")} and ${full.length - 3} others`;
  return others ? `${full.join(", ")} and others` : listWords(full);
}

/** Names as a citation says them: "Jacobs", "Nielsen and Sørensen", "Moreno and others"; "" for none. */
export function namesCited(names: BibName[], others: boolean): string {
  if (names.length === 0) return "";
  if (names.length === 1 && !others) return names[0]!.last;
  if (names.length === 2 && !others) return `${names[0]!.last} and ${names[1]!.last}`;
  return `${names[0]!.last} and others`;
}

/** Who made it, in full: its authors ("by Jane Jacobs"), else its editors ("edited by …"), else "". */
function madeBy(ref: Reference): string {
  if (ref.authors.length) return ` by ${namesInFull(ref.authors, ref.authorsOthers)}`;
  if (ref.editors.length) return ` edited by ${namesInFull(ref.editors, ref.editorsOthers)}`;
  return "";
}

/** Who made it as a citation names them: its authors' names cited, else its editors'; "" for none. */
export function whoCited(ref: Reference): string {
  return ref.authors.length ? namesCited(ref.authors, ref.authorsOthers) : namesCited(ref.editors, ref.editorsOthers);
}

/** The item as a citation names it, its title in quotes (so its words are a title's, not a sentence's): "\"Cities for People\" by Gehl (2010)". */
export function cited(ref: Reference): string {
  const who = whoCited(ref);
  return `"${ref.title}"${who ? ` by ${who}` : ""}${ref.year ? ` (${ref.year})` : ""}`;
}

/** Where each of an item's paragraphs is in its note (its turn's `line`): the same in every export, so an unchanged paragraph is the same turn when another is added or changed; the user's notes from {@link PLACE}.notes on, in the order written. */
export const PLACE = { reference: 1, tags: 2, notes: 3 } as const;

/** The item's address as its first paragraph ends when `words.address`: " (DOI 10.1152/…)", else " (https://…)", else "". */
function addressWords(ref: Reference, words: LibraryWords): string {
  if (!words.address) return "";
  if (ref.doi) return ` (DOI ${ref.doi})`;
  return ref.url ? ` (${ref.url})` : "";
}

/**
 * The user's paragraphs of an item, with their places ({@link PLACE}): what it is and when they saved
 * it ("I saved the book "The Death and Life of Great American Cities" by Jane Jacobs (1961, Random
 * House) to my reference library on 8 September 2026."; "I added … to my Zotero library on 3 October
 * 2026 (DOI …)."; undated, "I have … in my reference library."), their tags ("I tagged "…" by Jacobs
 * (1961): ch3, classic, density."), and each of their notes ("My notes on "…" by Jacobs (1961): …", its
 * lines kept).
 */
export function referenceParagraphs(ref: Reference, words: LibraryWords): Array<{ line: number; text: string }> {
  const where = [ref.year, ref.venue].filter(Boolean).join(", ");
  const whole = `${ref.kind ? `the ${ref.kind} ` : ""}"${ref.title}"${madeBy(ref)}${where ? ` (${where})` : ""}`;
  const address = addressWords(ref, words);
  const out: Array<{ line: number; text: string }> = [
    {
      line: PLACE.reference,
      text: ref.dated ? `I ${words.verb} ${whole} to ${words.library} on ${humanDate(ref.at)}${address}.` : `I have ${whole} in ${words.library}${address}.`,
    },
  ];
  const named = cited(ref);
  if (ref.tags.length) out.push({ line: PLACE.tags, text: `I tagged ${named}: ${ref.tags.join(", ")}.` });
  ref.notes.forEach((note, i) => {
    out.push({ line: PLACE.notes + i, text: [`My notes on ${named}: ${note.lines[0]}`, ...note.lines.slice(1)].join("\n") });
  });
  return out;
}

/**
 * An item as the user's note (format `note`, externalId `id`, title as a citation names it, records
 * "log"): a turn per paragraph ({@link referenceParagraphs}; a long note several turns of at most 2,000
 * characters, each at its note's place), said by the user (speaker "User", role "user"), all of the time
 * it was saved; each turn's metadata `{ line, ...metadata }`.
 */
export function referenceConversation(ref: Reference, words: LibraryWords, id: string, metadata: Record<string, unknown>): ParsedConversation {
  const turns: ParsedTurn[] = referenceParagraphs(ref, words).flatMap(({ line, text }) =>
    splitLong(text).map((piece) => ({
      externalId: null,
      speaker: NOTE_SPEAKER,
      role: "user" as const,
      occurredAt: ref.at,
      text: piece,
      metadata: { line, ...metadata },
    })),
  );
  return { format: "note", externalId: id, title: cited(ref), participants: [NOTE_SPEAKER], startedAt: ref.at, turns, records: "log" };
}

/**
 * Labels of Zotero's Extra that are the item's data, not the user's words ("Publisher: SAGE Publications
 * Ltd", "PMID: 33445566", "tex.ids: …", "Citation Key: …"), as BibTeX's `note` and the CSV's "Extra" hold them.
 */
export const EXTRA_LABEL =
  /^(?:tex\.[\w-]+|publisher|publisher[- ]place|place|number|type|genre|medium|original[- ]date|original[- ]title|original[- ]publisher(?:[- ]place)?|citation[- ]key|pmid|pmcid|arxiv|doi|isbn|issn|status|event[- ]place|event|container[- ]title|collection[- ]title|issued|accessed|language|archive(?:[- _]location)?|call[- ]number|version|dimensions|ads bibcode|number[- ]of[- ]pages|section|title[- ]short|chapter[- ]number|_?eprint|eprinttype|mag id|mag|dataset|loc[- ]in[- ]archive)$/i;

/**
 * Zotero's notes: its note editor's HTML (Zotero 6 and 7: `<div data-schema-version="9"><p>…</p>\n</div>`;
 * a note made from a PDF's annotations: `<h1>Annotations<br>(20/10/2026, 21:40:12)</h1>`, each highlight
 * `<span class="highlight" data-annotation="…">“…”</span>` and its `<span class="citation">(<span
 * class="citation-item">Ngo et al., 2013, p. 547</span>)</span>`; an older note's bare `<p>`): a block is
 * a line, links are their words and where they lead, images (an image annotation's) say nothing.
 */
const ZOTERO_NOTE: HtmlDialect = {
  silent: new Set(["img", "script", "style", "object", "embed"]),
  line: new Set(["div", "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "pre"]),
  paragraph: new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "blockquote", "pre", "hr"]),
  heading: (n) => n,
  links: true,
  plainTextLines: false,
  checklists: false,
};

/** The heading Zotero gives a note made from a PDF's annotations ("Annotations", then the day it was made on a line of its own), none of the user's words. */
const ANNOTATIONS_HEADING = /^Annotations$/;

/**
 * The lines of a Zotero note's HTML `html` ({@link ZOTERO_NOTE}), no blank line among them, a heading's
 * marks dropped (a heading is its own line); the heading Zotero gives a note of a PDF's annotations
 * ("Annotations" and the day it was made in brackets) left out.
 */
export function zoteroNoteLines(html: string): string[] {
  const lines = htmlLines(html, ZOTERO_NOTE)
    .map((l) => l.replace(/^#{1,6} /, "").trim())
    .filter(Boolean);
  if (ANNOTATIONS_HEADING.test(lines[0] ?? "")) {
    lines.shift();
    if (/^\([^()]*\d[^()]*\)$/.test(lines[0] ?? "")) lines.shift();
  }
  return lines;
}

/**
 * A note's field lines ("Budget: €8,000", "Where: Schloss Elmau, 12-13 November", "Attendees: Sam
 * Patel, Lena Fischer") are said of what the note or its section is about: "Team offsite's budget:
 * €8,000", "Northwind's contact: Priya Shah". Read alone, "Budget: €8,000" said whose budget by
 * nothing (the engine made it "The user's budget"), and a question about the offsite shared no word
 * with it. A Markdown table's rows are said the same way, each cell after its column's name
 * ("Hartley & Sons, quote £18,500, start 3 March"): read as text, a row had been "| Hartley & Sons |
 * £18,500 | 3 March |".
 */
import nlp from "compromise";
import { DAY_NAMES, MONTH_NAMES } from "../../time/mentions.js";
import { valueInWords } from "./front-matter.js";

/** A field line: a label of one or two words, a colon, its value (group 1 the label, 2 the value). */
const FIELD = /^(\p{Lu}\p{Ll}+(?:\s\p{Ll}+)?):\s+(\S.*)$/u;
/** Labels that name a kind of text rather than a field of the subject ("Tip: floss daily", "Note: …"). */
const TEXT_KINDS =
  /^(?:notes?|tips?|reminders?|updates?|todo|to-do|ideas?|warning|important|ps|nb|edit|questions?|answers?|summary|news|fyi|remember|thoughts?)$/i;
/** Question words as labels, and the field they ask for ("Where:" → "place"). */
const ASKED_FOR: Record<string, string> = { where: "place", when: "time", who: "people" };
/** The most words of a field's value (its first sentence): a longer one is prose after a label. */
const FIELD_WORDS = 10;

/**
 * `line` said of `subject` (the note's section or title) when it is a field: a label of one or two
 * words, not a kind of text ({@link TEXT_KINDS}) nor a person ("Sam: …"), before a value whose first
 * sentence is at most {@link FIELD_WORDS} words and has no verb (a name, a number, a date, a place);
 * a question word is the field it asks for ("Where" → "place"). Any other line, or with no subject,
 * `line` as it is.
 */
export function fieldOf(line: string, subject: string | null): string {
  const m = subject ? FIELD.exec(line.trim()) : null;
  if (!m || TEXT_KINDS.test(m[1]!)) return line;
  const first = m[2]!.split(/(?<=[.!?])\s+/)[0]!;
  if (first.split(/\s+/).length > FIELD_WORDS || nlp(m[1]!).has("#Person") || nlp(first).has("#Verb")) return line;
  return saidOf(subject!, ASKED_FOR[m[1]!.toLowerCase()] ?? m[1]!.toLowerCase(), m[2]!);
}

/**
 * A property of what a note is about ("Status: Proposal sent", from its front matter or the lines
 * under its title) said of `subject` whatever its value: "Brightside Co's status: Proposal sent". A
 * line with no colon, or no `subject`, is returned as it is.
 */
export function propertyOf(line: string, subject: string | null): string {
  const m = subject ? /^([^:]+):\s*(.*)$/.exec(line) : null;
  return m ? saidOf(subject!, m[1]!.trim().toLowerCase(), m[2]!) : line;
}

/** A line of the properties a page opens with under its title, as Notion exports them ("Status: Proposal sent"): group 1 its key, group 2 its value. */
const PROPERTY = /^(\p{Lu}[\p{L}\p{N} ’'&/_-]{0,30}?):\s+(\S.*)$/u;
/** Properties of a page's own bookkeeping (Notion's), not of what it is about. */
const BOOKKEEPING = /^(?:created|created time|created by|last edited|last edited time|last edited by|tags)$/i;
/** The most words of a property's value. */
const PROPERTY_WORDS = 12;

/**
 * The properties opening a page under its title, as Notion exports a database's row ("Author:
 * Susanna Clarke", "Status: Finished", "Finished: October 30, 2026"), each said of `subject` (a field
 * as {@link fieldOf} says it, else whatever its value: "Piranesi's status: Finished"), its value in a
 * memory's words (front-matter.ts valueInWords: "30 October 2026"), Notion's bookkeeping (created,
 * last edited, tags) left out; null unless `lines` are two or more such lines, none a kind of text
 * ("Note: …") nor longer than PROPERTY_WORDS words.
 */
export function propertiesOf(lines: readonly string[], subject: string): string[] | null {
  const props = lines.filter((l) => l.trim()).map((l) => PROPERTY.exec(l.trim()));
  if (props.length < 2 || props.some((m) => !m || TEXT_KINDS.test(m[1]!) || m[2]!.split(/\s+/).length > PROPERTY_WORDS)) return null;
  return props
    .filter((m) => !BOOKKEEPING.test(m![1]!))
    .map((m) => {
      const line = `${m![1]}: ${valueInWords(m![2]!)}`;
      const field = fieldOf(line, subject);
      return field !== line ? field : propertyOf(line, subject);
    });
}

/** A label that is a time, a month or a weekday ("December", "Tuesday"): what the subject is then, not a thing of its own. */
const TIME_LABEL = new RegExp(`^(?:${MONTH_NAMES}|${DAY_NAMES})$`, "i");

/**
 * `subject`'s `label`: `value` ("Team offsite's budget: €8,000", "Sofia Reyes’ company: Reyes
 * Kitchens"); a label that is a month or a weekday is when, its name kept: "Book club picks,
 * December: Piranesi".
 */
function saidOf(subject: string, label: string, value: string): string {
  if (TIME_LABEL.test(label)) return `${subject}, ${label[0]!.toUpperCase()}${label.slice(1)}: ${value}`;
  return `${subject}${/s$/i.test(subject) ? "’" : "'s"} ${label}: ${value}`;
}

/** A Markdown table's line ("| Builder | Quote |"), and the line under its header ("|---|:---:|"). */
const TABLE_LINE = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*:?-{0,}:?\s*$/;

/** The cells of a table line, trimmed ("| a | b |" → ["a", "b"]). */
function cells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, "")
    .split("|")
    .map((c) => c.trim());
}

/**
 * The rows of `lines` when they are a Markdown table (a header, its rule, rows), each as a line of
 * its own: its first cell, then each other cell after its column's name, lower-cased ("Hartley &
 * Sons, quote £18,500, start 3 March"); empty cells left out. Null for any other paragraph.
 */
export function tableRows(lines: string[]): string[] | null {
  const table = lines.filter((l) => l.trim());
  if (table.length < 3 || !table.every((l) => TABLE_LINE.test(l)) || !TABLE_RULE.test(table[1]!)) return null;
  const header = cells(table[0]!).map((h) => h.toLowerCase());
  return table.slice(2).flatMap((line) => {
    const row = cells(line);
    const named = row.slice(1).flatMap((c, i) => (c ? [header[i + 1] ? `${header[i + 1]} ${c}` : c] : []));
    const text = [row[0], ...named].filter(Boolean).join(", ");
    return text ? [text] : [];
  });
}

/** A postal address's first line: a house number and a street ("14 Alder Close", "3a Park Road"). */
const STREET_LINE =
  /^\d+[a-z]?,?\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Close|Way|Place|Pl|Crescent|Court|Ct|Terrace|Gardens|Grove|Hill|Square|Sq|Boulevard|Blvd|Row|Mews|Parade|Walk)\.?,?$/u;
/** An address's last line: a UK postcode or a US state and ZIP code ("Bristol BS7 0QP", "Austin, TX 78701"). */
const POSTCODE_LINE = /\b(?:[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}|[A-Z]{2}\s+\d{5}(?:-\d{4})?)$/;
/** Most lines a postal address spans, its street and postcode lines included. */
const ADDRESS_LINES = 6;

/**
 * `lines` with each postal address written a line at a time ("14 Alder Close", "Horfield", "Bristol
 * BS7 0QP") joined into one line, its lines separated by commas: its street line, short lines after
 * it, up to a line ending with a postcode (at most {@link ADDRESS_LINES} lines). Read line by line, a
 * district alone ("Horfield") had been a sentence of one word, no fact, and lost.
 */
export function addressesJoined(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const start = lines[i]!.trim();
    let end = -1;
    if (STREET_LINE.test(start))
      for (let j = i + 1; j < Math.min(lines.length, i + ADDRESS_LINES); j++) {
        const line = lines[j]!.trim();
        if (!line || line.split(/\s+/).length > 5) break;
        if (POSTCODE_LINE.test(line)) {
          end = j;
          break;
        }
      }
    if (end === -1) out.push(lines[i]!);
    else {
      out.push(
        lines
          .slice(i, end + 1)
          .map((l) => l.trim().replace(/,$/, ""))
          .join(", "),
      );
      i = end;
    }
  }
  return out;
}

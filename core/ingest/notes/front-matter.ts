/**
 * YAML front matter at the top of a Markdown note, as Obsidian, Jekyll and Hugo write it: a `---`
 * line, `key: value` lines, and a closing `---` (or `...`). It is the note's metadata, not its text
 * nor a chat's `Speaker: text` lines: its `title` names the note and its `date` or `created` dates it.
 * Only the first FRONT_MATTER_LINES lines are looked at; an opening `---` not closed by then is text.
 */
import { humanDate } from "../../time/format.js";
import { MONTH_NAMES } from "../../time/mentions.js";

/** The most lines a front matter block may have (its fences included). */
export const FRONT_MATTER_LINES = 200;

/**
 * What a note's front matter says of it: a title, the day it names as written ("2026-10-05"), and
 * the properties it gives what the note is about, each as a line of the note ("Role: Head of Growth
 * at Fernway", "Birthday: 1990-07-22"), in order.
 */
export interface FrontMatter {
  title?: string;
  date?: string;
  properties?: string[];
}

/**
 * Keys of a note's own bookkeeping, not of what it is about: how Obsidian, Jekyll, Hugo and Dataview
 * file, link, show and publish a note (lower case).
 */
const BOOKKEEPING = new Set(
  (
    "title date created updated modified lastmod last_modified tags tag aliases alias cssclass cssclasses publish permalink slug layout draft " +
    "template type kind category categories id uid weight url banner cover image icon sticker share lang language author"
  ).split(" "),
);

/**
 * Where the front matter opening `lines` ends: the index of the first line after its closing fence,
 * or null when `lines` do not open with one closed within FRONT_MATTER_LINES lines.
 */
export function frontMatterEnd(lines: readonly string[]): number | null {
  if (lines[0]?.trim() !== "---") return null;
  const last = Math.min(lines.length, FRONT_MATTER_LINES);
  for (let i = 1; i < last; i++) if (/^(?:---|\.\.\.)\s*$/.test(lines[i]!)) return i + 1;
  return null;
}

/**
 * The title, date and properties a front matter's lines (between its fences) give: `title:`, and
 * `date:` or `created:`; every other top-level `key: value` but the note's bookkeeping (BOOKKEEPING)
 * a property, its key in words ("next_review" → "Next review") and a flow list's items joined
 * ("[Arjun, Mira]" → "Arjun, Mira"). Quotes trimmed; nested keys and block lists ignored.
 */
export function frontMatterFields(lines: readonly string[]): FrontMatter {
  const out: FrontMatter = {};
  const properties: string[] = [];
  for (const line of lines) {
    const m = /^([\p{L}][\p{L}\p{N} _-]{0,40}?)\s*:\s*(.+?)\s*$/u.exec(line);
    if (!m) continue;
    const value = unquoted(m[2]!);
    if (!value) continue;
    const key = m[1]!.toLowerCase();
    if (key === "title") out.title ??= value;
    else if (key === "date" || key === "created") out.date ??= value;
    else if (!BOOKKEEPING.has(key) && !/^\[\s*\]$/.test(value)) {
      const items = /^\[(.*)\]$/.exec(value);
      const words = key.replace(/[_-]+/g, " ").trim();
      const said = items ? items[1]!.split(",").map(unquoted).filter(Boolean).join(", ") : valueInWords(value);
      properties.push(`${words[0]!.toUpperCase()}${words.slice(1)}: ${said}`);
    }
  }
  if (properties.length) out.properties = properties;
  return out;
}

/** A day as YAML writes one ("1990-07-22"), said in words in a property ("22 July 1990"). */
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A day written month first, as Notion writes a date property ("December 1, 2026"): group 1 the month, 2 the day, 3 the year. */
const MONTH_FIRST_DAY = new RegExp(`\\b(${MONTH_NAMES}) (\\d{1,2}), (\\d{4})\\b`, "gi");

/**
 * A property's value in the words a memory uses: a day as YAML writes it in words ("1990-07-22" →
 * "22 July 1990"), a day written month first day first ("December 1, 2026" → "1 December 2026"), a
 * range's arrow a "to" ("December 18, 2026 → December 22, 2026" → "18 December 2026 to 22 December 2026").
 */
export function valueInWords(value: string): string {
  if (ISO_DAY.test(value)) return humanDate(Date.parse(`${value}T12:00:00Z`));
  return value.replace(MONTH_FIRST_DAY, "$2 $1 $3").replace(/\s*→\s*/g, " to ");
}

/** A YAML scalar without its quotes. */
function unquoted(value: string): string {
  return value
    .trim()
    .replace(/^(["'])(.*)\1$/, "$2")
    .trim();
}

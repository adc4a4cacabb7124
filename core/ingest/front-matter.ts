/**
 * YAML front matter at the top of a Markdown note, as Obsidian, Jekyll and Hugo write it: a `---`
 * line, `key: value` lines, and a closing `---` (or `...`). It is the note's metadata, not its text
 * nor a chat's `Speaker: text` lines: its `title` names the note and its `date` or `created` dates it.
 * Only the first FRONT_MATTER_LINES lines are looked at; an opening `---` not closed by then is text.
 */

/** The most lines a front matter block may have (its fences included). */
export const FRONT_MATTER_LINES = 200;

/** What a note's front matter says of it: a title, and the day it names as written ("2026-10-05"). */
export interface FrontMatter {
  title?: string;
  date?: string;
}

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
 * The title and date a front matter's lines (between its fences) give: `title:`, and `date:` or
 * `created:` (quotes trimmed; lists and nested keys ignored).
 */
export function frontMatterFields(lines: readonly string[]): FrontMatter {
  const out: FrontMatter = {};
  for (const line of lines) {
    const m = /^(title|date|created)\s*:\s*(.+?)\s*$/i.exec(line);
    if (!m) continue;
    const value = m[2]!.replace(/^["']|["']$/g, "").trim();
    if (!value) continue;
    const key = m[1]!.toLowerCase();
    if (key === "title") out.title ??= value;
    else out.date ??= value;
  }
  return out;
}

/**
 * An outliner's Markdown, as Logseq writes its pages and journals: every line a block ("- ") nested by
 * tabs, a task's marker opening its block ("TODO", "DOING", "NOW", "LATER", "WAITING", "DONE",
 * "CANCELED"), a priority ("[#A]"), a block's properties on its own indented lines ("id:: 6551…",
 * "collapsed:: true"), a page's properties on the page's first lines ("company:: Reyes Kitchens"), a
 * scheduled day or a deadline on the line after a task ("SCHEDULED: <2026-11-27 Fri>"), and references
 * to blocks by their id ("((6551c0a2-…))"). note.ts reads such a page as it reads any note once each
 * line is said in the note's own terms here: a task's checkbox ("- [ ] Book the MOT"), a day in words.
 * Format: https://docs.logseq.com (the file graph's Markdown).
 */
import { humanDate } from "../../time/format.js";

/** A property line ("company:: Reyes Kitchens", "  id:: 6551…"): group 1 its indent, group 2 its key, group 3 its value. */
const PROPERTY = /^(\s*)([\p{L}][\p{L}\p{N}_-]{0,40})::\s*(.*?)\s*$/u;
/** A task's marker opening a block, and its priority if any: group 1 the bullet, group 2 the marker. */
const TASK_MARKER = /^(\s*[-*+]\s+)(TODO|DOING|NOW|LATER|WAITING|WAIT|IN-PROGRESS|DONE|CANCELED|CANCELLED)\s+(?:\[#[ABC]\]\s+)?/;
/** A scheduled day or a deadline, on its own line under a task: group 1 which, group 2 the day (ISO). */
const PLANNED = /^\s*(SCHEDULED|DEADLINE):\s*<(\d{4}-\d{2}-\d{2})[^>]*>\s*$/;
/** A reference to a block by its id ("((6551c0a2-7d3e-4b8a-9f21-0c5b7e2a9d14))"). */
const BLOCK_REF = /\s*\(\([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\)\)/g;
/** Properties Logseq keeps for a block's own sake, not what the block says (lower case). */
const BLOCK_BOOKKEEPING = new Set(
  "id collapsed heading background-color card-last-interval card-repeats card-ease-factor card-next-schedule card-last-reviewed card-last-score ls-type hl-type hl-page hl-color hl-stamp logseq.order-list-type logseq.table-version created-at updated-at".split(
    " ",
  ),
);

/** What a line of an outline says in a note's terms: `line` the line rewritten; `append` words for the line before (a task's day); `drop` nothing. */
export type OutlineLine = { line: string } | { append: string } | { drop: true };

/**
 * Whether `raw`, the first line of a page, opens its page properties ("type:: [[person]]"): a
 * property line with no bullet and no indent.
 */
export function opensPageProperties(raw: string): boolean {
  const m = PROPERTY.exec(raw);
  return m !== null && m[1] === "";
}

/**
 * A page's property lines ("company:: Reyes Kitchens", "alias:: [[Sofia]]") as a front matter's
 * lines ("company: Reyes Kitchens", "alias: Sofia"), links read as the pages they name; other lines
 * (a blank one ends them) are left out.
 */
export function pagePropertyLines(lines: readonly string[]): string[] {
  return lines.flatMap((l) => {
    const m = PROPERTY.exec(l);
    return m ? [`${m[2]}: ${m[3]!.replace(/\[\[([^\]]+)\]\]/g, "$1")}`] : [];
  });
}

/**
 * One line of an outline in a note's terms: a task's marker its checkbox ("- DONE Pay council tax" →
 * "- [x] Pay council tax", "- LATER Ask Mum" → "- [ ] Ask Mum"; a cancelled task and a block's
 * bookkeeping property dropped), a block's other property said after it ("rating:: 5" → "; rating:
 * 5"), a task's day the words that follow it ("SCHEDULED: <2026-11-27 Fri>" → ", scheduled for 27
 * November 2026"; "DEADLINE:" → ", due 27 November 2026"), references to blocks left out. A line of
 * none of these is as it was.
 */
export function outlineLine(raw: string): OutlineLine {
  const planned = PLANNED.exec(raw);
  if (planned) {
    const day = humanDate(Date.parse(`${planned[2]}T12:00:00Z`));
    return { append: planned[1] === "SCHEDULED" ? `, scheduled for ${day}` : `, due ${day}` };
  }
  const property = PROPERTY.exec(raw);
  if (property && property[1] !== "") {
    if (BLOCK_BOOKKEEPING.has(property[2]!.toLowerCase()) || !property[3]) return { drop: true };
    return { append: `; ${property[2]}: ${property[3]}` };
  }
  const task = TASK_MARKER.exec(raw);
  if (task && /^CANCEL/.test(task[2]!)) return { drop: true };
  const line = task ? `${task[1]}[${task[2] === "DONE" ? "x" : " "}] ${raw.slice(task[0].length)}` : raw;
  return { line: line.replace(BLOCK_REF, "") };
}

/**
 * Org's syntax, a line at a time, in words: a headline's parts, a planning line, a timestamp, a link,
 * emphasis, a list item, a table's rule, and the days an org-journal or a datetree heading names.
 * orgmode.ts reads an Org file's structure with these. Checked against the Org manual, the org-syntax
 * spec (worg/dev/org-syntax: headlines `STARS KEYWORD PRIORITY COMMENT TITLE TAGS`, planning
 * `CLOSED:`/`DEADLINE:`/`SCHEDULED:`, timestamps `<2026-11-05 Thu 10:00-11:00 +1w -2d>` active and `[…]`
 * inactive, ranges `<…>--<…>`, links `[[target][description]]`, emphasis markers with their PRE and
 * POST characters, statistics cookies `[1/3]` `[33%]`) and uniorg's parser (rasendubi/uniorg,
 * packages/uniorg-parse/src/parser.ts: its headline, planning, clock and timestamp expressions).
 */
import { humanDate } from "../../time/format.js";
import { DAY_NAMES, MONTH_NAMES } from "../../time/mentions.js";
import { dayNamedIn, inImportRange } from "../../time/import-dates.js";

/** A headline: its stars (group 1) at the line's start, a space or tab, the rest (group 2). */
const HEADLINE = /^(\*+)[ \t]+(.*)$/;

/** The task keywords Org users use when the file declares none (Org's own TODO and DONE, and the ones people add in their configuration). */
export const DEFAULT_OPEN = ["TODO", "NEXT", "STARTED", "DOING", "IN-PROGRESS", "WAITING", "WAIT", "HOLD", "SOMEDAY", "MAYBE", "PROJ"];
/** The done keywords of {@link DEFAULT_OPEN}'s users. */
export const DEFAULT_DONE = ["DONE", "CANCELLED", "CANCELED", "CANCEL", "KILL", "ABANDONED"];
/** Done keywords that mean the task was dropped, not done. */
const DROPPED = /^(?:CANCELL?ED|CANCEL|KILL(?:ED)?|ABANDONED|DROPPED|WONTDO|NOPE)$/;

/** A file's task keywords: those still to do, and those done (after the "|" of `#+TODO:`). */
export interface TodoKeywords {
  open: Set<string>;
  done: Set<string>;
}

/**
 * The keywords a `#+TODO:`, `#+SEQ_TODO:` or `#+TYP_TODO:` line declares ("TODO NEXT(n) WAITING(w@/!) |
 * DONE(d!) CANCELLED(c@)": fast-access keys and logging marks dropped), added to `into`; with no "|" the
 * last is the done one, as Org reads it.
 */
export function declareTodo(value: string, into: TodoKeywords): void {
  const words = value
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/\(.*\)$/, ""));
  const bar = words.indexOf("|");
  const open = bar === -1 ? words.slice(0, -1) : words.slice(0, bar);
  const done = bar === -1 ? words.slice(-1) : words.slice(bar + 1);
  for (const w of open) if (w && w !== "|") into.open.add(w);
  for (const w of done) if (w && w !== "|") into.done.add(w);
}

/** A headline's parts: its level, its task keyword (null for none), whether that is a done one and a dropped one, its priority, whether it is commented out, its title as written, its tags. */
export interface Headline {
  level: number;
  keyword: string | null;
  done: boolean;
  dropped: boolean;
  priority: string | null;
  commented: boolean;
  title: string;
  tags: string[];
}

/**
 * Tags closing a headline (":work:money:"), after a space: Org's tag characters (letters, digits, "_", "@", "#", "%"), and a
 * hyphen, which Org does not fontify as a tag's but people type as one (org-journal's README: ":org-journal:"), no words either.
 */
const TAGS = /[ \t]+:([\p{L}\p{N}_@#%:-]+):[ \t]*$/u;

/**
 * The headline `line` is (a line of stars at its start, then a space), read as uniorg reads one: its
 * keyword (one of `keywords`), a priority cookie ("[#A]"), "COMMENT", its title, its tags; null for any
 * other line.
 */
export function headlineOf(line: string, keywords: TodoKeywords): Headline | null {
  const m = HEADLINE.exec(line);
  if (!m) return null;
  let rest = m[2]!;
  let keyword: string | null = null;
  const word = /^(\S+)(?:[ \t]+|$)/.exec(rest);
  if (word && (keywords.open.has(word[1]!) || keywords.done.has(word[1]!))) {
    keyword = word[1]!;
    rest = rest.slice(word[0].length);
  }
  const priority = /^\[#([A-Za-z0-9])\][ \t]*/.exec(rest);
  if (priority) rest = rest.slice(priority[0].length);
  const commented = /^COMMENT(?:[ \t]+|$)/.test(rest);
  if (commented) rest = rest.replace(/^COMMENT[ \t]*/, "");
  const tags = TAGS.exec(rest);
  if (tags) rest = rest.slice(0, tags.index);
  const done = keyword !== null && keywords.done.has(keyword);
  return {
    level: m[1]!.length,
    keyword,
    done,
    dropped: done && DROPPED.test(keyword!),
    priority: priority ? priority[1]!.toUpperCase() : null,
    commented,
    title: rest.trim(),
    tags: tags ? tags[1]!.split(":").filter(Boolean) : [],
  };
}

/** A timestamp read: its day (UTC midnight, epoch ms), its clock time and end (ms since midnight, null for none), whether it is active, how it repeats ("every week"). */
export interface Stamp {
  day: number;
  clock: number | null;
  until: number | null;
  active: boolean;
  repeats: string | null;
}

/**
 * A timestamp, active `<…>` or inactive `[…]`: its day (groups 2–4), a day name (5), a time and an end
 * (6–9), repeaters and delays (10), its closing bracket (11).
 */
const STAMP_SOURCE = String.raw`([<[])(\d{4})-(\d{2})-(\d{2})(?:[ \t]+([^\s\d>\]+.-][^\s>\]]*))?(?:[ \t]+(\d{1,2}):(\d{2})(?:-(\d{1,2}):(\d{2}))?)?((?:[ \t]+(?:\.\+|\+\+|\+|--|-)\d+[hdwmy](?:\/\d+[hdwmy])?)*)[ \t]*([>\]])`;
/** One timestamp, anchored. */
const STAMP_ONLY = new RegExp(`^${STAMP_SOURCE}$`);
/** Timestamps (or a range of two, "<…>--<…>") inside text. */
const STAMPS = new RegExp(`${STAMP_SOURCE}(?:--${STAMP_SOURCE})?`, "g");
/** A diary sexp's timestamp ("<%%(diary-float t 4 2)>"): no day of its own. */
const SEXP_STAMP = /<%%\([^>]*\)>/g;

/** The {@link Stamp} of a match of {@link STAMP_SOURCE} at group `at` (1 for the first), or null when it is no real day or its brackets differ. */
function stampAt(m: RegExpExecArray, at: number): Stamp | null {
  const open = m[at]!;
  const close = m[at + 10]!;
  if ((open === "<") !== (close === ">")) return null;
  const [y, mo, d] = [Number(m[at + 1]), Number(m[at + 2]), Number(m[at + 3])];
  const day = Date.UTC(y, mo - 1, d);
  if (new Date(day).getUTCDate() !== d || new Date(day).getUTCMonth() !== mo - 1 || !inImportRange(day)) return null;
  const clockOf = (h: string | undefined, min: string | undefined) =>
    h === undefined ? null : Number(h) < 24 && Number(min) < 60 ? (Number(h) * 60 + Number(min)) * 60_000 : null;
  const repeat = /(\.\+|\+\+|\+)(\d+)([hdwmy])/.exec(m[at + 9] ?? "");
  return {
    day,
    clock: clockOf(m[at + 5], m[at + 6]),
    until: clockOf(m[at + 7], m[at + 8]),
    active: open === "<",
    repeats: repeat ? repeatWords(Number(repeat[2]), repeat[3]!) : null,
  };
}

/** The timestamp `text` is, alone (white space around it dropped), or null. */
export function stampOf(text: string): Stamp | null {
  const m = STAMP_ONLY.exec(text.trim());
  return m ? stampAt(m, 1) : null;
}

/** The first timestamp inside `text`, or null. */
export function firstStamp(text: string): Stamp | null {
  for (const m of text.matchAll(STAMPS)) {
    const s = stampAt(m as RegExpExecArray, 1);
    if (s) return s;
  }
  return null;
}

/** A repeater in words: "+1w" → "every week", "+2d" → "every 2 days". */
function repeatWords(n: number, unit: string): string {
  const name = { h: "hour", d: "day", w: "week", m: "month", y: "year" }[unit]!;
  return n === 1 ? `every ${name}` : `every ${n} ${name}s`;
}

const WEEKDAY = new Intl.DateTimeFormat("en-GB", { weekday: "long", timeZone: "UTC" });

/** A clock time as the file wrote it, 24-hour: "08:30". */
export function clockWords(ms: number): string {
  const min = Math.round(ms / 60_000);
  return `${String(Math.floor(min / 60)).padStart(2, "0")}:${String(min % 60).padStart(2, "0")}`;
}

/** A day with its weekday: "Thursday 19 November 2026". */
function dayWords(day: number): string {
  return `${WEEKDAY.format(day)} ${humanDate(day)}`;
}

/** A timestamp in words: "Thursday 19 November 2026 at 08:30", "… from 08:30 to 09:15", "…, every week". */
export function stampWords(s: Stamp): string {
  const day = dayWords(s.day);
  const time = s.clock === null ? "" : s.until !== null ? ` from ${clockWords(s.clock)} to ${clockWords(s.until)}` : ` at ${clockWords(s.clock)}`;
  return `${day}${time}${s.repeats ? `, ${s.repeats}` : ""}`;
}

/** The epoch ms a timestamp names: its day at its time (read as UTC, the user's clock), else at `noon` when asked, else its day's start. */
export function stampMs(s: Stamp, noon = false): number {
  return s.day + (s.clock ?? (noon ? 12 * 3_600_000 : 0));
}

/** Text's timestamps in words ({@link stampWords}); a range "from … to …"; a diary sexp's none. */
function stampsInWords(text: string): string {
  return text.replace(SEXP_STAMP, "").replace(STAMPS, (all, ...groups) => {
    const m = [all, ...groups] as unknown as RegExpExecArray;
    const first = stampAt(m, 1);
    if (!first) return all;
    const second = m[12] !== undefined ? stampAt(m, 12) : null;
    return second ? `from ${stampWords(first)} to ${stampWords(second)}` : stampWords(first);
  });
}

/** A link: `[[target][description]]` (groups 1, 2) or `[[target]]` (group 1). */
const LINK = /\[\[((?:[^\]\\]|\\.)+)\](?:\[((?:[^\]]|\](?!\]))+)\])?\]/g;
/** A link's target that is a place on the web (its address is worth keeping). */
const WEB = /^(?:https?|ftp|mailto|tel):/i;
/** A file that is a picture (a link to one is an image, no words). */
const PICTURE = /\.(?:png|jpe?g|gif|svg|webp|bmp|tiff?)$/i;

/**
 * A link in words: a web link its description and where it leads ("PR #482 (https://github.com/…)",
 * or the address alone); a link to a note (`id:`, `file:`, a heading `*…`, `roam:`) its description, else
 * the note's or heading's name; a picture, or a link shown as one, none.
 */
function linkWords(target: string, description: string | undefined): string {
  const to = target.replace(/\\(.)/g, "$1").trim();
  const desc = description?.trim();
  // (a link shown as a picture, a badge's "[[https://melpa.org/#/x][file:https://melpa.org/x-badge.svg]]": no words)
  if (desc && PICTURE.test(desc) && /^(?:file:|https?:|\.{0,2}\/)/i.test(desc)) return "";
  if (WEB.test(to)) return desc && desc !== to ? `${desc} (${to.replace(/^mailto:/i, "")})` : to.replace(/^mailto:/i, "");
  if (desc) return desc;
  if (PICTURE.test(to)) return "";
  if (/^id:/i.test(to)) return "";
  const path = to.replace(/^(?:file|roam|attachment|denote|elisp|shell|info|help)\+?[a-z-]*:/i, "").replace(/::.*$/, "");
  return path
    .replace(/^\*/, "")
    .replace(/^#/, "")
    .split("/")
    .pop()!
    .replace(/\.org$/i, "");
}

/** Emphasis (`*bold*`, `/italic/`, `_underline_`, `=verbatim=`, `~code~`, `+strike+`): its PRE character (group 1), marker (2), contents (3). */
const EMPHASIS = /(^|[\s\-({'"])([*/_=~+])(?!\s)((?:(?!\2).)*?\S|\S)\2(?=$|[\s\-.,;:!?')}[\]"\\])/g;

/**
 * A line of Org text in words: links ({@link linkWords}), timestamps ({@link stampsInWords}), emphasis
 * markers dropped (their words kept), statistics cookies ("[2/5]", "[40%]"), footnote references
 * ("[fn:1]"), macros ("{{{date}}}"), export snippets ("@@html:<br>@@") and a line break's `\\` left out.
 */
export function inlineWords(text: string): string {
  let out = text.replace(LINK, (_all, target: string, description: string | undefined) => linkWords(target, description));
  out = stampsInWords(out);
  // (twice: emphasis inside emphasis, "*the /Loaf/ one*")
  for (let i = 0; i < 2; i++) out = out.replace(EMPHASIS, (_all, pre: string, _marker: string, words: string) => `${pre}${words}`);
  return out
    .replace(/\[(?:\d+\/\d+|\d+%)\]/g, "")
    .replace(/\[fn:[^\]\s]*\]/g, "")
    .replace(/\{\{\{[^}]*\}\}\}/g, "")
    .replace(/@@[\w-]+:.*?@@/g, "")
    .replace(/\\\\\s*$/, "")
    .replace(/[ \t]{2,}/g, " ")
    .trimEnd();
}

/** A clock line's total ("CLOCK: [2026-11-02 Mon 15:10]--[2026-11-02 Mon 17:40] =>  2:30"): group 1 its hours, 2 its minutes; a running clock (no end) has none. */
export const CLOCK = /^[ \t]*CLOCK:[ \t]*\[[^\]]*\](?:--\[[^\]]*\][ \t]+=>[ \t]+(\d+):(\d{2}))?[ \t]*$/;
/** A planning line: one to three of `SCHEDULED:`, `DEADLINE:`, `CLOSED:` and a timestamp each. */
export const PLANNING = /^[ \t]*(?:(?:SCHEDULED|DEADLINE|CLOSED):[ \t]*[<[][^>\]]*[>\]](?:--[<[][^>\]]*[>\]])?[ \t]*)+$/;

/** A task's planning: when it is scheduled, due and was closed (null for none). */
export interface Planning {
  scheduled: Stamp | null;
  deadline: Stamp | null;
  closed: Stamp | null;
}

/** The planning a planning line ({@link PLANNING}) says, added to `into`. */
export function planningOf(line: string, into: Planning): void {
  for (const m of line.matchAll(/(SCHEDULED|DEADLINE|CLOSED):[ \t]*([<[][^>\]]*[>\]])/g)) {
    const stamp = stampOf(m[2]!);
    if (m[1] === "SCHEDULED") into.scheduled = stamp;
    else if (m[1] === "DEADLINE") into.deadline = stamp;
    else into.closed = stamp;
  }
}

/** A state change logged (`- State "DONE"       from "TODO"       [2026-11-02 Mon 17:40]`), or a reschedule's or a refile's note: no words. */
export const STATE_CHANGE =
  /^[ \t]*-[ \t]+(?:State[ \t]+"[^"]*"[ \t]+from[ \t]+"?[^"]*"?|Rescheduled from|Not scheduled, was|New deadline from|Removed deadline, was|Refiled on)\b.*$/;
/** A note taken with C-c C-z (`- Note taken on [2026-11-04 Wed 13:02] \\`): group 1 its timestamp; its words on the lines after it. */
export const NOTE_TAKEN = /^[ \t]*-[ \t]+Note taken on[ \t]+(\[[^\]]+\])[ \t]*(?:\\\\)?[ \t]*$/;

/** A list item: its indent (group 1), its bullet (2), a checkbox's mark (3), the rest (4); letters as bullets ("a.") are off by default in Org (`org-list-allow-alphabetical`), and "A. Smith rang" is a sentence. */
const ITEM = /^([ \t]*)([-+]|(?<=^[ \t]+)\*|\d+[.)])[ \t]+(?:\[([ xX-])\][ \t]+)?(.*)$/;

/** The indent of a list item's bullet ("  - milk" → 2, a tab four), or null for a line that is no item. */
export function itemIndent(line: string): number | null {
  const m = ITEM.exec(line);
  return m ? m[1]!.replace(/\t/g, "    ").length : null;
}

/**
 * A line of a headline's body in a note's terms (note.ts reads it so): a list item's bullet kept ("+" and
 * an indented "*" as "-"), its checkbox as Markdown's ("[-]", half done, is not done), a description
 * item ("- Phone :: 07700 900613") a field line ("Phone: 07700 900613"), a table's rule a Markdown rule,
 * the rest its words ({@link inlineWords}).
 */
export function bodyLine(line: string): string {
  const item = ITEM.exec(line);
  if (item) {
    const [, indent, bullet, box, rest] = item;
    const description = /^(.*?\S)[ \t]+::(?:[ \t]+(.*))?$/.exec(rest!);
    if (description && !box) {
      const value = description[2] ? inlineWords(description[2]) : "";
      return `${indent}${inlineWords(description[1]!)}${value ? `: ${value}` : ""}`;
    }
    const mark = box === undefined ? "" : `[${box === "x" || box === "X" ? "x" : " "}] `;
    return `${indent}${/^\d+[.)]$/.test(bullet!) ? bullet : "-"} ${mark}${inlineWords(rest!)}`;
  }
  if (/^[ \t]*\|-/.test(line)) return line.replace(/\+/g, "|");
  return inlineWords(line);
}

const WEEKDAYS = DAY_NAMES.split("|");

/** Which day of the week (0 Sunday) a day's name or its start names ("Tuesday", "Tue", "tis"?: English only), or null. */
function weekdayNamed(name: string | undefined): number | null {
  if (!name) return null;
  const lower = name.toLowerCase().replace(/\.$/, "");
  const i = WEEKDAYS.findIndex((w) => lower.length >= 2 && w.startsWith(lower));
  return i === -1 ? null : (i + 1) % 7;
}

/** An ISO day heading: "2026-11-03", "2026-11-03 Tuesday" (a datetree's), "2020-10-22 (Thursday)". */
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:[ \t]+\(?(\p{L}+)\.?\)?)?$/u;
/** A slashed day heading, as org-journal's default "%A, %x" writes one: "Tuesday, 11/03/26" (group 1 the weekday, 2–4 the numbers). */
const SLASH_DAY = /^(?:(\p{L}+)\.?,?[ \t]+)?(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})$/u;
/** Words that may stand in a day heading written in words ("Tuesday, 3 November 2026", "November 3rd, 2026"). */
const DAY_WORDS_ONLY = new RegExp(`^(?:(?:${DAY_NAMES}|${MONTH_NAMES}|the|of)\\b|\\d{1,4}(?:st|nd|rd|th)?\\b|[\\s,.]+)+$`, "i");

/**
 * The day (UTC midnight) a heading that is only a day names, or null: a datetree's "2026-11-03 Tuesday",
 * a bare timestamp "<2026-11-03 Tue>", org-journal's "Tuesday, 11/03/26" (the day `fileDay` names when the
 * numbers fit either way, else the one its weekday fits, else month first as Emacs's "%x" writes it in
 * the C and US locales), or a day in words ("Tuesday, 3 November 2026").
 */
export function dayHeading(title: string, fileDay: number | null): number | null {
  const text = title.trim();
  const stamp = stampOf(text);
  if (stamp) return stamp.clock === null ? stamp.day : null;
  const iso = ISO_DAY.exec(text);
  if (iso) {
    const day = Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]));
    const ok = new Date(day).getUTCDate() === Number(iso[3]) && inImportRange(day);
    return ok && (iso[4] === undefined || weekdayNamed(iso[4]) !== null) ? day : null;
  }
  const slash = SLASH_DAY.exec(text);
  if (slash) {
    const year = slash[4]!.length === 2 ? 2000 + Number(slash[4]) : Number(slash[4]);
    const [a, b] = [Number(slash[2]), Number(slash[3])];
    const candidates = [
      [a, b],
      [b, a],
    ]
      .map(([month, date]) => Date.UTC(year, month! - 1, date))
      .filter((day, i) => {
        const [month, date] = i === 0 ? [a, b] : [b, a];
        return new Date(day).getUTCMonth() === month! - 1 && new Date(day).getUTCDate() === date && inImportRange(day);
      });
    const weekday = weekdayNamed(slash[1]);
    const fitting = weekday === null ? candidates : candidates.filter((d) => new Date(d).getUTCDay() === weekday);
    if (fileDay !== null && fitting.includes(fileDay)) return fileDay;
    return fitting[0] ?? null;
  }
  if (DAY_WORDS_ONLY.test(text)) return dayNamedIn(text.replace(/(\d)(?:st|nd|rd|th)\b/gi, "$1"));
  return null;
}

/** A heading that only groups days: a datetree's year ("2026"), month ("2026-11 November", "2026-11") or week ("2026-W45"). */
export function isDateGroup(title: string): boolean {
  return /^\d{4}(?:-\d{2}(?:[ \t]+\p{L}+)?|-W\d{2})?$/u.test(title.trim());
}

/** A journal entry's clock time opening its title, as org-journal's "%R " writes it ("09:14 Dentist", "[09:14] Dentist", "9:14 pm …"): ms since midnight, and the title's words after it. */
export function entryClock(title: string): { clock: number; rest: string } | null {
  const m = /^\[?(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[ \t]*([AaPp])\.?[Mm]\.?)?\]?(?:[ \t]+-?[ \t]*|$)/.exec(title);
  if (!m) return null;
  let h = Number(m[1]);
  if (m[4]) h = (h % 12) + (/p/i.test(m[4]) ? 12 : 0);
  if (h > 23 || Number(m[2]) > 59) return null;
  return { clock: ((h * 60 + Number(m[2])) * 60 + Number(m[3] ?? 0)) * 1000, rest: title.slice(m[0].length).trim() };
}

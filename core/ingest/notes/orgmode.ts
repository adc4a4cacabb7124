/**
 * An Emacs Org file (`.org`; org-archive's `.org_archive`) → the user's notes. Org is read line by line
 * (bytes.ts `fileLines`; orgmode-syntax.ts for the grammar of a line), as the Org manual and the
 * org-syntax spec define it:
 * - the keywords before the first headline: `#+TITLE` titles the file's note, `#+DATE` dates it,
 *   `#+TODO`/`#+SEQ_TODO`/`#+TYP_TODO` name its task keywords (else TODO, NEXT, WAITING … | DONE,
 *   CANCELLED …), a file-level `:PROPERTIES:` drawer's `:ID:` keys it (an org-roam note's);
 * - a headline with its body is a note's paragraphs, its title leading each ("Dentist: Check-up with
 *   Dr Shah …", note.ts `noteOf` reading the body: lists, checklists, tables, field lines), a headline of
 *   a sentence a paragraph of its own, a headline with no body nor sub-headlines its title alone;
 * - a task (a headline with a task keyword and a title) one paragraph with its body, as a to-do app tells a
 *   task's description: "Admin to-do: Submit the tax return (done on 2 November 2026 at 17:40); tag: money;
 *   time spent: 3 hours 45 minutes. Used the HMRC app.", "To do: Renew my passport, due Friday 27 November
 *   2026, high priority; tag: travel." (its parent heading names its list, an archived one's
 *   `ARCHIVE_OLPATH`, a task's parent task whom it is for; `SCHEDULED`/`DEADLINE` while open, `CLOSED` once
 *   done or dropped; a priority [#A] high, [#C] low; its own tags; the total of its CLOCK lines), of the time
 *   it was closed, else, while open, the day it is due, else scheduled (Org's agenda's day for it), else
 *   when it was made (`:CREATED:`), else its day's;
 * - a journal's day: a heading that only names a day (org-journal's "* Tuesday, 11/03/26", a datetree's
 *   "*** 2026-11-03 Tuesday", "<2026-11-03 Tue>") makes a note of that day (keyed by it, titled "3
 *   November 2026"), its entries of its day and the clock time their title opens with ("** 09:14
 *   Dentist", org-journal's) or an "Entered on [2026-11-03 Tue 09:14]" line opening their body (the Org
 *   manual's capture template), else noon; a file named by a day (org-journal's "20261103.org", an
 *   org-roam daily's "2026-11-03.org") is of that day; the datetree's year and month headings are no
 *   words;
 * - drawers are no words (`:PROPERTIES:`, `:LOGBOOK:`'s CLOCK lines and state changes), but a note taken
 *   into the logbook ("- Note taken on [2026-11-04 Wed 13:02] \\" and its lines) is a paragraph of its
 *   time; a source or example block is one line of its code ("sh code: rsync …"), a quote or verse block
 *   its words, comment and export blocks, `# comment` lines, other keywords and a COMMENT subtree none;
 *   links are their descriptions (a web link's address after it), timestamps words ("Thursday 19 November
 *   2026 at 08:30"), emphasis markers and statistics cookies dropped.
 * Times are the file's, on the user's clock, read as UTC as every other reader reads a time with no zone.
 *
 * Keys: the file is `orgmode:<folder>/<file name>` (an org-roam note `orgmode:id:<its :ID:>`), a day's
 * note `…:<YYYY-MM-DD>`; a paragraph is named by its headline (its `:ID:`, else its outline path) so that
 * a later save of the file adds only the paragraphs new or changed; one whose time is the file's
 * modification time (metadata `undated`) is named without it. Memory holds one headline's body (given in
 * parts past {@link MAX_BODY_CHARS}) and the notes being gathered (held-notes.ts, given past its bound).
 */
import { stat } from "node:fs/promises";
import { basename, dirname } from "node:path";
import { durationWords } from "../kit/record-words.js";
import { humanDate } from "../../time/format.js";
import { fileLines } from "../kit/bytes.js";
import { HeldNotes } from "./held-notes.js";
import { MAX_PARAGRAPH_CHARS, NO_TEXT, NOTE_SPEAKER, noteOrNone, splitLong } from "./note.js";
import {
  bodyLine,
  CLOCK,
  DEFAULT_DONE,
  DEFAULT_OPEN,
  clockWords,
  dayHeading,
  declareTodo,
  entryClock,
  firstStamp,
  type Headline,
  headlineOf,
  inlineWords,
  isDateGroup,
  itemIndent,
  NOTE_TAKEN,
  PLANNING,
  type Planning,
  planningOf,
  STATE_CHANGE,
  stampMs,
  stampOf,
  stampWords,
  type TodoKeywords,
} from "./orgmode-syntax.js";
import { ImportError, type ParsedConversation, type ParsedTurn } from "../kit/types.js";

/** Most characters of a headline's body held before its paragraphs so far are read (at a blank line). */
export const MAX_BODY_CHARS = 1024 * 1024;
/** Most characters of a block or a drawer held until its end line (the rest of a longer one is no words). */
const MAX_HELD_LINES_CHARS = 64 * 1024;
/** Most words of a title that leads its paragraphs; a longer one is a sentence, a paragraph of its own. */
const LEAD_WORDS = 8;
/** Noon, the time of a day's paragraph that says none. */
const NOON = 12 * 3_600_000;

/** A file's name as Org's files are named: `.org`, or an archive's `.org_archive`. */
const ORG_NAME = /\.org(?:_archive)?$/i;

/** Whether `file` is named as an Org file (`.org`, `.org_archive`): read as one whatever it holds. */
export function isOrgFile(file: string): boolean {
  return ORG_NAME.test(file);
}

/**
 * Why a file beside Org files is passed over in a folder, or null: Emacs's backup copy ("tasks.org~"),
 * its auto-save copy ("#tasks.org#"), an encrypted Org file ("journal.org.gpg", org-journal's encrypted
 * journal or EasyPG's).
 */
export function orgPassedOver(file: string): string | null {
  const name = basename(file);
  if (/\.org(?:_archive)?~$/i.test(name)) return "Emacs's backup copy of an Org file, not imported (its .org is)";
  if (/^#.*\.org(?:_archive)?#$/i.test(name)) return "Emacs's auto-save copy of an Org file being edited, not imported (save the file, then import its .org)";
  if (/\.org\.gpg$/i.test(name)) return "an encrypted Org file: open it in Emacs and save a decrypted copy as .org to import it";
  return null;
}

/** A keyword line ("#+TITLE: Tasks"): group 1 its name, group 2 its value. */
const KEYWORD = /^[ \t]*#\+([^\s:]+):[ \t]*(.*?)[ \t]*$/;
/** A comment line ("# the NAS is in the loft", Emacs's "#    -*- mode: org -*-"). */
const COMMENT = /^[ \t]*#(?:[ \t]|$)/;
/** A block's first line ("#+BEGIN_SRC sh :results silent"): group 1 its kind, group 2 its parameters. */
const BLOCK_BEGIN = /^[ \t]*#\+begin_(\S+)(?:[ \t]+(.*?))?[ \t]*$/i;
/** A drawer's first line (":PROPERTIES:", ":LOGBOOK:"): group 1 its name. */
const DRAWER_BEGIN = /^[ \t]*:([\w-]+):[ \t]*$/;
/** A drawer's last line. */
const DRAWER_END = /^[ \t]*:END:[ \t]*$/i;
/** A property ("  :CREATED:  [2026-10-12 Mon 20:15]"): group 1 its name, group 2 its value. */
const PROPERTY = /^[ \t]*:([^\s:]+?)\+?:(?:[ \t]+(.*?))?[ \t]*$/;
/** A fixed-width line (": output"): group 1 its words. */
const FIXED_WIDTH = /^[ \t]*:(?:[ \t](.*))?$/;
/** A horizontal rule, or a line of dashes: no words. */
const RULE = /^[ \t]*-{3,}[ \t]*$/;
/**
 * A line that says when an entry was written, opening its body: org-capture's "Entered on [2026-11-03 Tue 09:14]" or an
 * inactive timestamp alone (its %U), no words; or an active one alone, when it is (an appointment's "<2026-11-12 Thu 14:00>"),
 * words too. Group 1 "Entered on", group 2 the timestamp.
 */
const ENTERED = /^[ \t]*(Entered on[ \t]+)?([<[]\d{4}-\d{2}-\d{2}[^>\]]*[>\]])[ \t]*$/i;
/** A file named by its day: org-journal's "20261103" ("%Y%m%d"), "2026-11-03", "2026_11_03". */
const DAY_NAME = /^(\d{4})[-_]?(\d{2})[-_]?(\d{2})(?:\.org)?$/i;
/** Blocks whose lines are code, told on one line. */
const CODE_BLOCKS = /^(?:src|example)$/i;
/** Blocks of no words. */
const SILENT_BLOCKS = /^(?:comment|export)$/i;

/** A headline being read: its parts, what its drawers and planning say, its body. */
interface Node {
  head: Headline;
  /** Its title in words, without a journal entry's clock time. */
  title: string;
  /** Its title in words as it names it in its outline path (a journal entry's with its clock time): no keyword, priority, tags nor statistics cookie, which change as it is done. */
  pathTitle: string;
  /** The day it names (UTC midnight) when it is a day's heading. */
  day: number | null;
  /** A heading of a datetree's year, month or week: no words. */
  group: boolean;
  /** When its entry was written: its title's clock time on its day, or its "Entered on" line. */
  entered: number | null;
  planning: Planning;
  properties: Map<string, string>;
  clockMinutes: number;
  /** Notes taken into its logbook: their time and lines. */
  notes: Array<{ at: number; lines: string[] }>;
  body: string[];
  bodyChars: number;
  /** Whether the table being read has had its rule under its header. */
  ruled: boolean;
  /** The body's last line as it is joined to: its kind, its indent, its Org line's length, whether that ended with a line break ("\\"). */
  last: { kind: LineKind; indent: number; chars: number; broken: boolean } | null;
  /** Whether its body has had a line (a first line saying when it was entered comes before any). */
  bodyStarted: boolean;
  /** Whether it has said anything (its title or a paragraph) yet. */
  told: boolean;
  /** The line its headline is on. */
  line: number;
}

/** A body line's kind, as it is joined to the line before it: a list item, a table's line, words, a line kept as it is, a blank one. */
type LineKind = "item" | "table" | "text" | "kept" | "blank";

/** The length from which a line of words is taken to be filled (Emacs's fill-column is 70): the next line of its paragraph goes on with it. */
const FILLED_CHARS = 40;

/**
 * Whether a line of words goes on with the body's last line, as Org reads a paragraph: an item's next
 * line indented under it, or a paragraph's next line after a filled one (a short line, or one ending
 * with Org's line break "\\", keeps its own: "Where: Ox Club" "When: 19:00").
 */
function joinsLast(node: Node, kind: LineKind, indent: number): boolean {
  const last = node.last;
  if (kind !== "text" || !last || !node.body.length || !node.body.at(-1)!.trim()) return false;
  if (last.kind === "item") return indent > last.indent;
  return last.kind === "text" && last.chars >= FILLED_CHARS && !last.broken;
}

/** What the file's start says: its title, day, keywords, id. */
interface FileMeta {
  title: string | null;
  date: number | null;
  keywords: TodoKeywords;
  declared: boolean;
  id: string | null;
}

/** A paragraph's owner and time, as it is gathered into its note. */
interface Told {
  key: string;
  title: string;
  externalId: string;
  at: number;
  undated: boolean;
}

/**
 * The day `file`'s name names (org-journal's "20261103.org", a daily's "2026-11-03.org"), UTC midnight;
 * null for any other name.
 */
function fileDayOf(file: string): number | null {
  const m = DAY_NAME.exec(basename(file).replace(/\.org_archive$/i, ".org"));
  if (!m) return null;
  const day = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(day).getUTCDate() === Number(m[3]) && new Date(day).getUTCMonth() === Number(m[2]) - 1 ? day : null;
}

/** A file's name as a title when it has no #+TITLE: without its extension, an org-roam name's time ("20261020143012-sofa_research" → "sofa research"). */
function nameAsTitle(file: string): string {
  const stem = basename(file).replace(ORG_NAME, "");
  return (
    stem
      .replace(/^\d{8,14}[-_]/, "")
      .replace(/[_-]+/g, " ")
      .trim() || stem
  );
}

/** `text` without the full stop, comma or colon closing it, to be told in a sentence. */
function bare(text: string): string {
  return text.replace(/[\s.;,:]+$/, "");
}

/** Whether a title is a name that leads its paragraphs (at most {@link LEAD_WORDS} words, no sentence's end), not a sentence of its own. */
function leads(title: string): boolean {
  return title.split(/\s+/).length <= LEAD_WORDS && !/[.!?]$/.test(title);
}

/** Keywords of a task still open in words: "WAITING" → "waiting"; TODO says nothing more than "To do". */
const OPEN_WORDS: Readonly<Record<string, string>> = {
  NEXT: "next",
  STARTED: "started",
  DOING: "started",
  "IN-PROGRESS": "started",
  WAITING: "waiting",
  WAIT: "waiting",
  HOLD: "on hold",
  SOMEDAY: "someday",
  MAYBE: "maybe",
};

/** A priority in words: Org's highest, [#A], is high; its lowest, [#C], low; [#B], its default, says nothing. */
const PRIORITY_WORDS: Readonly<Record<string, string>> = { A: "high priority", C: "low priority" };

/**
 * A task as its note's paragraph: "<list> to-do: <title> (for <parent task>) (done on …), due …,
 * scheduled for …, high priority; tags: …; time spent: …." (see the module comment).
 */
function taskWords(node: Node, list: string | null, parentTask: string | null): string {
  const h = node.head;
  const closed = node.planning.closed;
  const state = h.done
    ? ` (${h.dropped ? "cancelled" : "done"}${closed ? ` on ${humanDate(closed.day)}${closed.clock !== null ? ` at ${clockWords(closed.clock)}` : ""}` : ""})`
    : h.keyword && OPEN_WORDS[h.keyword]
      ? ` (${OPEN_WORDS[h.keyword]})`
      : h.keyword && h.keyword !== "TODO"
        ? ` (${h.keyword.toLowerCase()})`
        : "";
  const when = h.done
    ? []
    : [
        ...(node.planning.deadline ? [`due ${stampWords(node.planning.deadline)}`] : []),
        ...(node.planning.scheduled ? [`scheduled for ${stampWords(node.planning.scheduled)}`] : []),
      ];
  const priority = !h.done && h.priority && PRIORITY_WORDS[h.priority] ? [PRIORITY_WORDS[h.priority]!] : [];
  const tags = h.tags.length ? `; tag${h.tags.length > 1 ? "s" : ""}: ${h.tags.join(", ")}` : "";
  const spent = node.clockMinutes > 0 ? `; time spent: ${durationWords(node.clockMinutes * 60)}` : "";
  const title = bare(node.title);
  const of = parentTask ? ` (for ${bare(parentTask)})` : "";
  const lead = list ? `${bare(list)} to-do` : "To do";
  const told = `${lead}: ${title}${of}${state}${[...when, ...priority].map((w) => `, ${w}`).join("")}${tags}${spent}`;
  return /[!?]$/.test(told) ? told : `${told}.`;
}

/**
 * Reads `file`, an Org file, as the user's notes (format `note`): its days' notes (`orgmode:<file>:<day>`,
 * titled by the day) and the note of the rest (`orgmode:<file>`, titled by its #+TITLE, else its name),
 * each paragraph a turn of the user's (see the module comment). Turn metadata: `{ line, orgmode: { heading,
 * keyword?, scheduled?, deadline?, closed?, tags? } }` (the headline's line; times ISO 8601), `undated` for a
 * paragraph of the file's modification time.
 * @throws ImportError naming the file and where: invalid UTF-8 (its line and byte), a file with no words
 *   (`line N`: "the note has no text: an Org file with no words", passed over in a folder).
 */
export async function* parseOrg(file: string, opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {}): AsyncGenerator<ParsedConversation> {
  const info = await stat(file);
  const modified = Math.floor(info.mtimeMs);
  const fileDay = fileDayOf(file);
  const meta: FileMeta = { title: null, date: null, keywords: { open: new Set(DEFAULT_OPEN), done: new Set(DEFAULT_DONE) }, declared: false, id: null };
  const held = new HeldNotes({ inTimeOrder: false });
  const input = fileLines(file, info.size, opts.onProgress);
  const fileName = `${basename(dirname(file))}/${basename(file)}`;
  let n = 0;
  let given = 0;
  // (the file's start, before its first headline: its keywords, its drawer, its words)
  const top: Node = newNode({ level: 0, keyword: null, done: false, dropped: false, priority: null, commented: false, title: "", tags: [] }, 0);
  const stack: Node[] = [];
  let current: Node = top;
  let block: { kind: string; params: string; lines: string[]; chars: number } | null = null;
  let drawer: { name: string; lines: string[]; chars: number } | null = null;
  // (a line right after a headline may be its planning)
  let afterHeadline = false;

  const fileKey = (): string => (meta.id ? `orgmode:id:${meta.id}` : `orgmode:${fileName}`);
  const fileTitle = (): string => {
    const day = meta.title ? dayHeading(meta.title, fileDay) : null;
    return day !== null ? humanDate(day) : (meta.title ?? nameAsTitle(file));
  };

  /** The day a node is of: its own heading's, its ancestors', else the file's name's or #+DATE's. */
  const dayOf = (node: Node): { day: number | null; heading: boolean } => {
    for (const n of [node, ...[...stack].reverse()]) if (n.day !== null) return { day: n.day, heading: true };
    return { day: fileDay ?? meta.date, heading: false };
  };

  /** Where a node's paragraphs go and when they were written (see the module comment). */
  const toldOf = (node: Node): Told => {
    const { day, heading } = dayOf(node);
    const key = heading && day !== null ? `${fileKey()}:${new Date(day).toISOString().slice(0, 10)}` : fileKey();
    const title = heading && day !== null ? humanDate(day) : fileTitle();
    const path = [...stack.filter((s) => s !== node), node].map((s) => s.pathTitle).filter(Boolean);
    const externalId = node.properties.get("ID") ?? node.properties.get("CUSTOM_ID") ?? (node === top ? "#top" : path.join(" / "));
    const closed = node.head.keyword !== null && node.planning.closed ? stampMs(node.planning.closed) : null;
    const created =
      stampOf(node.properties.get("CREATED") ?? "") ?? stampOf(`[${(node.properties.get("CREATED") ?? "").replace(/^(\d{4})(\d{2})(\d{2})$/, "$1-$2-$3")}]`);
    // (an open task is of the day it is due, else scheduled, as Org's agenda shows it)
    const planned = node.head.keyword !== null && !node.head.done ? (node.planning.deadline ?? node.planning.scheduled) : null;
    const at = closed ?? (planned ? stampMs(planned, true) : null) ?? node.entered ?? (created ? stampMs(created, true) : day !== null ? day + NOON : null);
    return { key, title, externalId, at: at ?? modified, undated: at === null };
  };

  const add = (told: Told, text: string, line: number, extra: Record<string, unknown> = {}): ParsedConversation[] => {
    const out: ParsedConversation[] = [];
    for (const piece of text.length > MAX_PARAGRAPH_CHARS ? splitLong(text) : [text]) {
      const turn: ParsedTurn = {
        externalId: told.externalId,
        speaker: NOTE_SPEAKER,
        role: "user",
        occurredAt: told.at,
        text: piece,
        metadata: { line, ...(told.undated ? { undated: true } : {}), ...extra },
      };
      out.push(...held.add(told.key, told.title, turn));
    }
    return out;
  };

  /** The nearest heading above `node` that names a list of tasks (no task, day, nor group of days), and its nearest parent task. */
  const parentsOf = (node: Node): { list: string | null; task: string | null } => {
    const above = [...stack].reverse().filter((s) => s !== node);
    const task = above[0]?.head.keyword ? above[0].title : null;
    // (an archived task's list is the heading it was under, org-archive's ARCHIVE_OLPATH "Admin" or "Projects/Web")
    const archived = node.properties.get("ARCHIVE_OLPATH")?.split("/").pop()?.trim() || null;
    const list = above.find((s) => !s.head.keyword && s.day === null && !s.group && s.title)?.title ?? archived;
    return { list, task };
  };

  /** What a node's body says so far, as its paragraphs, led by its title; the body is then emptied. */
  const bodyTurns = async (node: Node, told: Told, extra: Record<string, unknown> = {}, opening: string | null = null): Promise<ParsedConversation[]> => {
    const out: ParsedConversation[] = [];
    const lead = node.group || node.day !== null ? null : node === top ? fileTitle() : node.title && leads(node.title) ? node.title : null;
    const chunks: Array<{ at: number; lines: string[]; line: number }> = [{ at: told.at, lines: node.body, line: node.line }];
    node.last = null;
    for (const note of node.notes) chunks.push({ at: note.at, lines: note.lines, line: node.line });
    node.body = [];
    node.bodyChars = 0;
    node.notes = [];
    for (const chunk of chunks) {
      const first = chunk === chunks[0];
      const when = { ...told, at: first ? told.at : chunk.at, undated: first ? told.undated : false };
      const note = chunk.lines.some((l) => /[\p{L}\p{N}]/u.test(l))
        ? await noteOrNone(file, chunk.lines, chunk.at, "orgmode", opening !== null && first ? null : lead)
        : null;
      // (a task's body is told with it, one paragraph, as a to-do app's description is: "To do: Renew my passport, due …. It expires …")
      if (opening !== null && first) {
        out.push(...add(when, [opening, ...(note?.turns ?? []).map((t) => t.text)].join(" "), chunk.line, extra));
        node.told = true;
        continue;
      }
      for (const t of note?.turns ?? []) {
        out.push(...add(when, lead && !t.text.startsWith(lead) ? `${lead}: ${t.text}` : t.text, chunk.line, extra));
        node.told = true;
      }
    }
    return out;
  };

  /** A node's paragraphs once its body has ended (`children`: a headline below it follows). */
  const finish = async (node: Node, children: boolean): Promise<ParsedConversation[]> => {
    if (node.head.commented || stack.some((s) => s.head.commented)) return [];
    const told = toldOf(node);
    const out: ParsedConversation[] = [];
    const h = node.head;
    const orgmode = {
      heading: node.title,
      ...(h.keyword ? { keyword: h.keyword } : {}),
      ...(node.planning.scheduled ? { scheduled: new Date(stampMs(node.planning.scheduled)).toISOString() } : {}),
      ...(node.planning.deadline ? { deadline: new Date(stampMs(node.planning.deadline)).toISOString() } : {}),
      ...(node.planning.closed ? { closed: new Date(stampMs(node.planning.closed)).toISOString() } : {}),
      ...(h.tags.length ? { tags: h.tags } : {}),
    };
    // (a task with no title, "*** TODO", says nothing but its body)
    if (h.keyword && node.title) {
      const { list, task } = parentsOf(node);
      return bodyTurns(node, told, { orgmode }, taskWords(node, list, task));
    }
    if (node !== top && node.title && !node.group && node.day === null && !node.told) {
      // (a heading that is a sentence, or one with nothing under it, is words of its own)
      const hasBody = node.body.some((l) => /[\p{L}\p{N}]/u.test(l)) || node.notes.length > 0;
      if (!leads(node.title) || (!hasBody && !children)) {
        out.push(...add(told, /[.!?…]$/.test(node.title) ? node.title : `${node.title}.`, node.line, { orgmode }));
        node.told = true;
      }
      if (node.clockMinutes > 0) out.push(...add(told, `Time spent on ${bare(node.title)}: ${durationWords(node.clockMinutes * 60)}.`, node.line, { orgmode }));
    }
    out.push(...(await bodyTurns(node, told, { orgmode })));
    return out;
  };

  /** Adds a line to a node's body as it is (`kind` "kept": a block's code, a verse's line, a blank), or joined to the line before it ({@link joinsLast}). */
  const pushBody = async (node: Node, line: string, kind: LineKind = "kept", indent = 0, raw = line): Promise<ParsedConversation[]> => {
    const broken = /\\\\\s*$/.test(raw);
    if (joinsLast(node, kind, indent)) {
      node.body[node.body.length - 1] += ` ${line.trim()}`;
      if (node.last!.kind === "text") Object.assign(node.last!, { chars: raw.length, broken });
    } else {
      node.body.push(line);
      node.last = { kind, indent, chars: raw.length, broken };
    }
    node.bodyChars += line.length + 1;
    node.bodyStarted ||= line.trim() !== "";
    // (a body past its bound is read at a paragraph's end, or at once past four times it)
    if (node.bodyChars > MAX_BODY_CHARS && (!line.trim() || node.bodyChars > 4 * MAX_BODY_CHARS)) return bodyTurns(node, toldOf(node));
    return [];
  };

  /** Adds an Org line of a body in a note's terms ({@link bodyLine}), a list item's next lines and a filled paragraph's lines joined. */
  const pushRaw = (node: Node, raw: string): Promise<ParsedConversation[]> => {
    if (!raw.trim()) return pushBody(node, "", "blank");
    if (/^[ \t]*\|/.test(raw)) {
      // (a table's rule under its header is Markdown's; one above the header or between groups of rows is no line)
      const rule = /^[ \t]*\|-/.test(raw);
      const inTable = node.last?.kind === "table" && node.body.at(-1)?.trim() !== "";
      if (rule && (!inTable || node.ruled)) return Promise.resolve([]);
      node.ruled = inTable && (node.ruled || rule);
      return pushBody(node, bodyLine(raw), "table");
    }
    const item = itemIndent(raw);
    if (item !== null) return pushBody(node, bodyLine(raw), "item", item, raw);
    const fixed = FIXED_WIDTH.exec(raw);
    if (fixed) return pushBody(node, inlineWords(fixed[1] ?? ""), "kept");
    return pushBody(node, bodyLine(raw), "text", /^[ \t]*/.exec(raw)![0].replace(/\t/g, "    ").length, raw);
  };

  /** A block's lines once it has ended: a code block one line of its code, a quote's or verse's its words, a comment's none. */
  const blockLines = (b: NonNullable<typeof block>): string[] => {
    if (SILENT_BLOCKS.test(b.kind)) return [];
    if (CODE_BLOCKS.test(b.kind)) {
      const code = b.lines
        .map((l) => l.replace(/^(\s*),([*#])/, "$1$2").trim())
        .filter(Boolean)
        .join("; ");
      const language = /^src$/i.test(b.kind) ? /^[\w+#.-]+/.exec(b.params)?.[0] : undefined;
      return code ? ["", `${language ? `${language} code` : "Code"}: ${code}`, ""] : [];
    }
    // (a verse keeps its lines; a quote's are filled as a paragraph's, read as the body's)
    return /^verse$/i.test(b.kind) ? ["", ...b.lines.map((l) => bodyLine(l.replace(/^(\s*),([*#])/, "$1$2"))), ""] : [];
  };

  /** A drawer's lines once it has ended: a property drawer's properties, a logbook's clock totals and notes; another drawer's none. */
  const closeDrawer = (node: Node, d: NonNullable<typeof drawer>): void => {
    const name = d.name.toUpperCase();
    if (name === "PROPERTIES") {
      for (const l of d.lines) {
        const p = PROPERTY.exec(l);
        if (p?.[2]) node.properties.set(p[1]!.toUpperCase(), p[2]);
      }
      if (node === top && node.properties.get("ID")) meta.id = node.properties.get("ID")!;
      return;
    }
    let note: { at: number; lines: string[] } | null = null;
    for (const l of d.lines) {
      const clock = CLOCK.exec(l);
      if (clock) {
        note = null;
        if (clock[1] !== undefined) node.clockMinutes += Number(clock[1]) * 60 + Number(clock[2]);
        continue;
      }
      const taken = NOTE_TAKEN.exec(l);
      if (taken) {
        const s = stampOf(taken[1]!);
        note = { at: s ? stampMs(s) : (node.entered ?? modified), lines: [] };
        node.notes.push(note);
        continue;
      }
      if (STATE_CHANGE.test(l)) {
        note = null;
        continue;
      }
      // (a note's lines are one paragraph, filled as Org fills one)
      if (note && l.trim()) note.lines[0] = `${note.lines[0] ? `${note.lines[0]} ` : ""}${inlineWords(l.trim())}`;
    }
  };

  /** Lines held by a block or a drawer that never ended before a headline: read as the body's words, as Org reads an unfinished one. */
  const replay = async (node: Node, lines: string[]): Promise<ParsedConversation[]> => {
    const out: ParsedConversation[] = [];
    for (const l of lines) out.push(...(await pushRaw(node, l)));
    return out;
  };

  const headline = async (head: Headline): Promise<ParsedConversation[]> => {
    const out: ParsedConversation[] = [];
    // (the node before it ends; it has children when this one is below it)
    out.push(...(await finish(current, current !== top && head.level > current.head.level)));
    while (stack.length && stack.at(-1)!.head.level >= head.level) stack.pop();
    const node = newNode(head, n);
    const clock = entryClock(head.title);
    const titleWords = inlineWords(clock ? clock.rest : head.title).trim();
    const day = head.keyword ? null : dayHeading(head.title, fileDay);
    node.day = day;
    node.group = day === null && !head.keyword && isDateGroup(head.title);
    // (a title opening with a timestamp, org-capture's "%U Dentist": when it was written)
    const opening = /^([<[]\d{4}-\d{2}-\d{2}[^>\]]*[>\]])[ \t]*(.*)$/.exec(head.title);
    const openingStamp = day === null && opening ? stampOf(opening[1]!) : null;
    node.title = openingStamp ? inlineWords(opening![2]!).trim() : titleWords;
    node.pathTitle = inlineWords(head.title).trim();
    stack.push(node);
    current = node;
    const entryDay = dayOf(node).day;
    if (openingStamp) node.entered = stampMs(openingStamp, true);
    else if (clock && entryDay !== null) node.entered = entryDay + clock.clock;
    afterHeadline = true;
    return out;
  };

  /** Holds `line` in a block or a drawer still open (up to {@link MAX_HELD_LINES_CHARS}); the headline it is instead, which ends it unended. */
  const holds = (held: { lines: string[]; chars: number }, starred: string, line: string): Headline | null => {
    const head = headlineOf(starred, meta.keywords);
    if (!head && held.chars < MAX_HELD_LINES_CHARS) {
      held.lines.push(line);
      held.chars += line.length + 1;
    }
    return head;
  };

  /** A block's or a drawer's lines read as the body's words, as Org reads one a headline ends unended, then that headline. */
  const unended = async (lines: string[], head: Headline): Promise<ParsedConversation[]> => [...(await replay(current, lines)), ...(await headline(head))];

  const read = async (raw: string): Promise<ParsedConversation[]> => {
    n++;
    // (a headline's stars then a space are one with nothing after them, "** ": the line's own white space is kept for it)
    const whole = n === 1 ? raw.replace(/^\uFEFF/, "") : raw;
    const line = whole.replace(/\s+$/, "");
    const starred = line === whole ? line : `${line}${/^\*+$/.test(line) ? " " : ""}`;
    if (block) {
      if (new RegExp(`^[ \\t]*#\\+end_${block.kind.replace(/[^\w-]/g, "")}[ \\t]*$`, "i").test(line)) {
        const b = block;
        block = null;
        const out: ParsedConversation[] = [];
        for (const l of blockLines(b)) out.push(...(await pushBody(current, l)));
        // (a quote's, a centred text's or a special block's lines are the body's words)
        if (!SILENT_BLOCKS.test(b.kind) && !CODE_BLOCKS.test(b.kind) && !/^verse$/i.test(b.kind)) {
          out.push(...(await pushBody(current, "", "blank")));
          for (const l of b.lines) out.push(...(await pushRaw(current, l.replace(/^(\s*),([*#])/, "$1$2"))));
          out.push(...(await pushBody(current, "", "blank")));
        }
        return out;
      }
      const head = holds(block, starred, line);
      if (!head) return [];
      const lines = block.lines;
      block = null;
      return unended(lines, head);
    }
    if (drawer) {
      if (DRAWER_END.test(line)) {
        closeDrawer(current, drawer);
        drawer = null;
        return [];
      }
      const head = holds(drawer, starred, line);
      if (!head) return [];
      const lines = drawer.lines;
      drawer = null;
      return unended(lines, head);
    }
    const head = headlineOf(starred, meta.keywords);
    if (head) return headline(head);
    const wasAfter = afterHeadline;
    afterHeadline = false;
    if (PLANNING.test(line) && wasAfter) {
      planningOf(line, current.planning);
      afterHeadline = true;
      return [];
    }
    const drawerStart = DRAWER_BEGIN.exec(line);
    if (drawerStart && !DRAWER_END.test(line)) {
      drawer = { name: drawerStart[1]!, lines: [], chars: 0 };
      afterHeadline = wasAfter;
      return [];
    }
    const begin = BLOCK_BEGIN.exec(line);
    if (begin) {
      block = { kind: begin[1]!, params: begin[2] ?? "", lines: [], chars: 0 };
      return [];
    }
    const keyword = KEYWORD.exec(line);
    if (keyword) {
      if (current === top) fileKeyword(keyword[1]!.toUpperCase(), keyword[2]!);
      return [];
    }
    // (a comment, a clock line or a state change outside a drawer, a rule, a drawer's end with no drawer open: no words)
    if (COMMENT.test(line) || CLOCK.test(line) || STATE_CHANGE.test(line) || RULE.test(line) || DRAWER_END.test(line)) return [];
    // (org-archive's header of an archive file: "Archived entries from file /home/ada/org/tasks.org")
    if (current === top && /^Archived entries from file\b/.test(line)) return [];
    const taken = NOTE_TAKEN.exec(line);
    if (taken) return [];
    // (when an entry was written, opening its body: org-capture's "Entered on [2026-11-03 Tue 09:14]")
    const entered = !current.bodyStarted ? ENTERED.exec(line) : null;
    if (entered && current !== top) {
      const s = stampOf(entered[2]!);
      if (s) {
        current.entered = stampMs(s, true);
        if (entered[1] || !s.active) return [];
      }
    }
    return pushRaw(current, line);
  };

  const fileKeyword = (name: string, value: string): void => {
    if (name === "TITLE" && value) meta.title = meta.title ? `${meta.title} ${inlineWords(value)}` : inlineWords(value);
    else if (name === "DATE") {
      const s = stampOf(value) ?? firstStamp(value) ?? stampOf(`[${value.trim()}]`);
      if (s) meta.date = s.day;
    } else if (name === "TODO" || name === "SEQ_TODO" || name === "TYP_TODO") {
      // (a file that names its keywords uses those, not the usual ones)
      if (!meta.declared) meta.keywords = { open: new Set(), done: new Set() };
      meta.declared = true;
      declareTodo(value, meta.keywords);
    }
  };

  const give = function* (notes: ParsedConversation[]): Generator<ParsedConversation> {
    given += notes.length;
    yield* notes;
  };
  try {
    for await (const raw of input.lines) yield* give(await read(raw));
    // (a block or a drawer never ended: its lines are words, as Org reads them)
    if (block) yield* give(await replay(current, (block as { lines: string[] }).lines));
    if (drawer) yield* give(await replay(current, (drawer as { lines: string[] }).lines));
    block = null;
    drawer = null;
    yield* give(await finish(current, false));
    yield* give(held.given());
    input.finished();
  } finally {
    input.close();
  }
  // (in a folder, passed over as a note with no text is: import-check.ts isEmptyNote)
  if (given === 0) throw new ImportError(file, `line ${n}`, `${NO_TEXT}: an Org file with no words`);
}

/** A headline's node before anything under it is read. */
function newNode(head: Headline, line: number): Node {
  return {
    head,
    title: head.title,
    pathTitle: head.title,
    day: null,
    group: false,
    entered: null,
    planning: { scheduled: null, deadline: null, closed: null },
    properties: new Map(),
    clockMinutes: 0,
    notes: [],
    body: [],
    bodyChars: 0,
    ruled: false,
    last: null,
    bodyStarted: false,
    told: false,
    line,
  };
}

/** An Org file's first line that is not blank: a keyword ("#+TITLE:", "#+title:"), a property drawer (":PROPERTIES:", an org-roam note's), Emacs's mode line ("-*- mode: org -*-"). */
const OPENS_ORG = /^(?:#\+[A-Za-z_]+:|:PROPERTIES:[ \t]*$|#.*-\*-.*\bmode:[ \t]*org\b)/im;
/** What only Org writes: a headline's planning, a drawer, a keyword or block, a timestamp with its weekday, a link with a description, a second-level headline. */
const ORG_MARKS =
  /^[ \t]*(?:SCHEDULED|DEADLINE|CLOSED):[ \t]*[<[]\d{4}-|^[ \t]*:(?:PROPERTIES|LOGBOOK|END):[ \t]*$|^[ \t]*#\+(?:begin_|title:|filetags:|startup:)|[<[]\d{4}-\d{2}-\d{2} \p{L}{2,3}\.?(?: \d{1,2}:\d{2})?[>\]]|\[\[[^\]]+\]\[[^\]]+\]\]|^\*\*+ \S/imu;

/**
 * Whether `start` (a file's first 64 KiB, white space before it dropped) is Org: its first line is a
 * keyword ("#+TITLE: Tasks", "#+title:"), a property drawer (org-roam's ":PROPERTIES:") or Emacs's mode line
 * for Org; or its first line is a headline ("* Tuesday, 11/03/26") and the start shows what only Org writes
 * (a planning line, a drawer, a block, a timestamp with its weekday, a described link, a "** " headline):
 * a Markdown list opening with "* item" has none of these. A file named `.org` is Org whatever it holds
 * ({@link isOrgFile}).
 */
export function isOrgText(start: string): boolean {
  const first = start.slice(0, start.search(/\r|\n|$/));
  if (OPENS_ORG.test(first)) return true;
  return /^\* \S/.test(first) && ORG_MARKS.test(start);
}

/**
 * A Roam Research graph as Roam exports it ("Export All" → JSON: a zip, `Roam-Export-<ms>.zip`, whose
 * one file is `<graph>.json`) → one note per page with words in it, each read as an outliner's page
 * is (note.ts `noteOf`, outline.ts: a task's marker its checkbox, a block nested under another told
 * with it, the attributes a page opens with its properties).
 *
 * The file is a JSON array of pages, `{ title, children?: [blocks], create-time?, edit-time?, uid?, … }`
 * (a page with no blocks has no `children`), each block `{ string, uid?, children?, heading?,
 * text-align?, create-time?, … }`, its nested blocks in `children` (the keys Roam's help gives for its
 * JSON import; a page's or a block's keys come in no fixed order). A daily notes page ("November 9th,
 * 2026", uid "11-09-2026") is the note of its day (noon UTC), titled by that day as a journal's file
 * is named ("2026-11-09"), its lists named by nothing, as a Logseq journal's; any other page is titled
 * by its title and dated by its `create-time` (else its first block's, else its `edit-time`, else the
 * file's modification time).
 *
 * Roam's markup is read as words: a page ref (`[[Dan Whitfield]]`, `[words]([[page]])`) is the page's
 * name (a daily page's a day, "[[November 27th, 2026]]" → "27 November 2026"); a tag (`#admin`,
 * `#[[Garden office]]`) its name inside a line and no words closing it (a label, as note.ts reads an
 * Obsidian tag) but after a word that leads a name ("for the #[[Garden office]]"); a block ref
 * (`((q7Rk2LmPa))`, `{{embed: ((q7Rk2LmPa))}}`) the referenced block's words (its children not
 * embedded), anywhere in the graph, before or after it, and a ref to no block of the graph no words.
 * `{{[[TODO]]}}` and `{{[[DONE]]}}` opening a block are its task's marker (`{{[[ARCHIVED]]}}`: a
 * cancelled task, dropped); `Key:: value` an attribute ("Key: value"; those a page opens with are said
 * of it: "Dan Whitfield's phone: 07700 900218"); `**bold**`, `^^highlight^^` and `~~struck~~` their
 * words, `__italics__` italics (a title of two words or more in quotes); a heading block at the top of
 * a page (`heading` 1–3) a section its nested blocks are under. No words: any other `{{…}}` component
 * (a query, a table, a timer, a video), an image, a code block, `:hiccup`, an empty block (its nested
 * blocks go up a level). Passed over: a page with no words (Roam's "TODO" and "DONE", a day opened and
 * left empty) and Roam's own pages (`roam/css`, `roam/js`, `roam/templates`).
 *
 * Read in two streamed passes (json-stream.ts), memory holding a page at a time and the words of the
 * blocks something refers to: the first validates every page and learns which blocks are referred to
 * (keeping the words of those it meets after a reference to them), the second keeps the words of the
 * others as it meets them, then reads each page; each pass reports half the progress.
 */
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { z } from "zod";
import { humanDate } from "../../time/format.js";
import { inImportRange } from "../../time/import-dates.js";
import { streamJsonArray } from "../kit/json-stream.js";
import { NO_TEXT, noteOrNone } from "./note.js";
import { ImportError, type ParsedConversation } from "../kit/types.js";
import { validateAt } from "../kit/validate.js";

/** A block as the export writes it (the fields read here). */
export interface RoamBlock {
  string: string;
  uid?: string | undefined;
  heading?: number | null | undefined;
  "create-time"?: number | undefined;
  children?: RoamBlock[] | undefined;
}

/** A page as the export writes it (the fields read here). */
export interface RoamPage {
  title: string;
  uid?: string | undefined;
  "create-time"?: number | undefined;
  "edit-time"?: number | undefined;
  children?: RoamBlock[] | undefined;
}

const BLOCK: z.ZodType<RoamBlock> = z.lazy(() =>
  z.object({
    string: z.string(),
    uid: z.string().optional(),
    heading: z.number().nullable().optional(),
    "create-time": z.number().optional(),
    children: z.array(BLOCK).optional(),
  }),
);

const PAGE = z.object({
  title: z.string(),
  uid: z.string().optional(),
  "create-time": z.number().optional(),
  "edit-time": z.number().optional(),
  children: z.array(BLOCK).optional(),
});

/**
 * Whether the keys of a JSON array's first item are a Roam page's: a `title` with its blocks
 * (`children`) or Roam's times (`create-time`, `edit-time`; an empty page has no `children`). No chat
 * export's item has them (ChatGPT's has `title` and `create_time`).
 */
export function isRoamPage(keys: ReadonlySet<string>): boolean {
  return keys.has("title") && (keys.has("children") || keys.has("create-time") || keys.has("edit-time"));
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** A daily notes page's title, as Roam names one ("November 9th, 2026"): group 1 the month, 2 the day, 3 the year. */
const DAILY_TITLE = new RegExp(`^(${MONTHS.join("|")}) (\\d{1,2})(?:st|nd|rd|th), (\\d{4})$`);

/** The day (noon UTC, epoch ms) a daily notes page's title names ("November 9th, 2026"), or null for any other title. */
function dailyPageDay(title: string): number | null {
  const m = DAILY_TITLE.exec(title.trim());
  if (!m) return null;
  const month = MONTHS.indexOf(m[1]!);
  const at = Date.UTC(Number(m[3]), month, Number(m[2]), 12);
  return new Date(at).getUTCMonth() === month && inImportRange(at) ? at : null;
}

/** A reference to a block by its uid ("((q7Rk2LmPa))"): group 1 the uid. */
const BLOCK_REF = /\(\(([\w-]+)\)\)/g;
/** An embed of a block, or its mentions ("{{embed: ((uid))}}", "{{[[embed]]: ((uid))}}", "{{embed-path: ((uid))}}"): group 1 the uid. */
const EMBED = /\{\{\s*(?:\[\[)?(?:embed(?:-path|-children)?|mentions)(?:\]\])?\s*:\s*\(\(([\w-]+)\)\)\s*\}\}/g;
/** Words shown for a page or a block ("[the quote]([[Garden office]])", "[this](((q7Rk2LmPa)))"): group 1 the words. */
const ALIAS = /\[([^\]]+)\]\((?:\[\[[^\]]*\]\]|\(\([\w-]+\)\))\)/g;
/** A task's marker opening a block ("{{[[TODO]]}}", "{{TODO}}"): group 1 which. */
const TASK = /^\s*\{\{\s*(?:\[\[)?(TODO|DONE|ARCHIVED)(?:\]\])?\s*\}\}\s*/;
/** An image ("![](https://firebasestorage…)"). */
const IMAGE = /!\[[^\]]*\]\([^)]*\)/g;
/** A page ref with no page ref inside it ("[[Dan Whitfield]]"): group 1 the page's title. */
const PAGE_REF = /\[\[([^[\]]*)\]\]/;
/** A tag (`#admin`, `#[[Garden office]]`, after the page refs inside it are read): group 1 a bracketed tag's words, group 2 a bare one's. */
const TAG = /(?<![\p{L}\p{N}&/#])#(?:\uE000([^\uE001]*)\uE001|(\p{L}[\p{L}\p{N}_/.-]*[\p{L}\p{N}]|\p{L}))/gu;
/** The last tag closing a block's words (after a space). */
const CLOSING_TAG = /\s+#(?:\uE000[^\uE001]*\uE001|\p{L}[\p{L}\p{N}_/.-]*)\s*$/u;
/** Words that are tags only ("#meetings", "#[[Garden office]] #admin"): a block's labels, no words. */
const ONLY_TAGS = /^\s*(?:#(?:\uE000[^\uE001]*\uE001|\p{L}[\p{L}\p{N}_/.-]*)\s*)+$/u;
/** A word after which a closing tag is a word of the sentence ("deposit for the #[[Garden office]]"), not a label. */
const LEADS_A_NAME = /^(?:the|a|an|my|our|your|his|her|their|its|for|with|at|to|of|in|on|about|from|by|and|or|into|via)$/i;
/** An attribute ("Phone:: 07700 900218", "Met with:: [[Marta Kowalski]]"): group 1 its key, group 2 its value. */
const ATTRIBUTE = /^\s*([^\s:{}[\]()#][^:{}()]{0,40}?)::\s*(.*)$/s;

/** How deep a block ref inside a referenced block is followed (Roam shows a few levels). */
const MAX_REF_DEPTH = 4;

/**
 * `text` without its `{{…}}` components (a query, a table, a timer, a video: no words), braces
 * nested inside one followed ("{{[[query]]: {and: [[TODO]] [[x]]}}}"); an unclosed one is left.
 */
function withoutComponents(text: string): string {
  let out = "";
  let i = 0;
  for (;;) {
    const open = text.indexOf("{{", i);
    if (open === -1) return out + text.slice(i);
    let depth = 0;
    let end = -1;
    for (let j = open; j < text.length; j++) {
      if (text[j] === "{") depth++;
      else if (text[j] === "}" && --depth === 0) {
        end = j + 1;
        break;
      }
    }
    if (end === -1) return out + text.slice(i);
    out += text.slice(i, open);
    i = end;
  }
}

/** A page's title as words: a daily page's its day ("November 27th, 2026" → "27 November 2026"), a namespace's its last part ("Work/Harbour Bank" → "Harbour Bank"). */
function pageName(title: string): string {
  const day = dailyPageDay(title);
  if (day !== null) return humanDate(day);
  return title.split("/").pop()!.trim() || title;
}

/** Page refs read as their pages' names, innermost first ("[[a [[b]]]]"); a bracketed tag's name marked (\uE000 … \uE001) for {@link TAG}. */
function pageRefsRead(text: string): string {
  let out = text;
  for (let m = PAGE_REF.exec(out); m; m = PAGE_REF.exec(out)) {
    const tagged = m.index > 0 && out[m.index - 1] === "#";
    out = `${out.slice(0, m.index)}${tagged ? `\uE000${pageName(m[1]!)}\uE001` : pageName(m[1]!)}${out.slice(m.index + m[0].length)}`;
  }
  return out;
}

/**
 * Roam's inline markup as words (see the module comment): aliases their words, images and components
 * none, page refs their names, tags closing the text none and other tags their names, highlights,
 * struck words and Roam's `__italics__` (as Markdown's `*italics*`), an attribute's `::` a colon;
 * lines joined (after a line ending a sentence or a clause by a space, else by "; ").
 */
function markupRead(text: string): string {
  const read = pageRefsRead(withoutComponents(text.replace(ALIAS, "$1")).replace(IMAGE, ""));
  const lines = read
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const joined = lines.reduce((all, l) => (all ? `${all}${/[.!?:;,]$/.test(all) ? " " : "; "}${l}` : l), "");
  return withoutClosingTags(joined)
    .replace(TAG, (_all, bracketed: string | undefined, bare: string | undefined) => bracketed ?? bare!)
    .replace(/\uE000|\uE001/g, "")
    .replace(/\^\^(.+?)\^\^/g, "$1")
    .replace(/~~(.+?)~~/g, "$1")
    .replace(/__(?=\S)(.+?)(?<=\S)__/g, "*$1*")
    .replace(/^([^:]{1,40}?)::\s*/, "$1: ")
    .replace(/\s{2,}/g, " ")
    .trim();
}

/**
 * `text` without the tags closing it, a block's labels ("Site visit with Dan #meetings" → "Site visit
 * with Dan"), but from one after a word that leads a name on, a word of the sentence ("deposit for the
 * #[[Garden office]] #admin" → "deposit for the #[[Garden office]]"); nothing for tags only.
 */
function withoutClosingTags(text: string): string {
  if (ONLY_TAGS.test(text)) return "";
  let rest = text;
  for (let m = CLOSING_TAG.exec(rest); m; m = CLOSING_TAG.exec(rest)) {
    const before = rest.slice(0, m.index);
    if (LEADS_A_NAME.test(/\S+$/.exec(before)?.[0] ?? "")) break;
    rest = before;
  }
  return rest;
}

/** The blocks a graph's block refs refer to: each one's string as Roam wrote it, by its uid. */
type Referred = ReadonlyMap<string, string>;

/** `text` with its block refs and embeds replaced by the raw words of the blocks they refer to (none for a block not in the graph), to {@link MAX_REF_DEPTH}. */
function refsRead(text: string, referred: Referred, depth = 0): string {
  return text.replace(EMBED, "(($1))").replace(BLOCK_REF, (_all, uid: string) => {
    const words = referred.get(uid);
    if (words === undefined || depth >= MAX_REF_DEPTH) return "";
    return refsRead(words.replace(TASK, ""), referred, depth + 1);
  });
}

/**
 * A block's words in an outline's terms (outline.ts): "TODO …"/"DONE …" for a task, "CANCELED …" for an
 * archived one, else its words; null for a block of no words (a code block, `:hiccup`, a quote marker,
 * an image or a component alone, an empty block).
 */
function blockWords(raw: string, referred: Referred): string | null {
  const start = raw.trimStart();
  if (start.startsWith("```") || start.startsWith(":hiccup") || /^-{3,}$/.test(start.trim())) return null;
  const task = TASK.exec(raw);
  const text = markupRead(refsRead(task ? raw.slice(task[0].length) : raw, referred))
    .replace(/^(?:>\s*|\[\[>\]\]\s*)/, "")
    .trim();
  if (!/[\p{L}\p{N}]/u.test(text)) return null;
  const marker = task ? { TODO: "TODO ", DONE: "DONE ", ARCHIVED: "CANCELED " }[task[1] as "TODO" | "DONE" | "ARCHIVED"] : "";
  return `${marker}${text}`;
}

/** The attribute `raw` is, its key and value in words ("Company:: [[Oakline Builds]]" → ["Company", "Oakline Builds"]), or null. */
function attributeOf(raw: string, referred: Referred): [string, string] | null {
  const m = ATTRIBUTE.exec(raw);
  if (!m) return null;
  const key = markupRead(m[1]!);
  const value = markupRead(refsRead(m[2]!, referred));
  return key && value ? [`${key[0]!.toUpperCase()}${key.slice(1)}`, value] : null;
}

/** `blocks` as outline lines ("- words", nested by tabs), a block of no words leaving its nested blocks a level up. */
function outlineOf(blocks: readonly RoamBlock[], depth: number, referred: Referred, out: string[]): void {
  for (const b of blocks) {
    const words = blockWords(b.string, referred);
    if (words !== null) out.push(`${"\t".repeat(depth)}- ${words}`);
    outlineOf(b.children ?? [], words === null ? depth : depth + 1, referred, out);
  }
}

/**
 * A page's body as a note's lines: the attributes a page with a `title` (no daily page) opens with as
 * its properties ("Phone: 07700 900218"), a paragraph under its title; each block an outline's line; a
 * heading block at the top of such a page a section ("## Budget") its nested blocks are under, the
 * blocks after it under the title again (a section named by it: "## Garden office"). A daily page's
 * heading block is a block as any other, its nested blocks told with it ("Meetings: …").
 */
function bodyOf(page: RoamPage, title: string | null, referred: Referred): string[] {
  const blocks = page.children ?? [];
  const out: string[] = [];
  let i = 0;
  if (title !== null) {
    const properties: string[] = [];
    for (; i < blocks.length && !blocks[i]!.children?.length; i++) {
      const attribute = attributeOf(blocks[i]!.string, referred);
      if (!attribute) break;
      properties.push(`${attribute[0]}: ${attribute[1]}`);
    }
    if (properties.length) out.push(...properties, "");
  }
  let inSection = false;
  for (const b of blocks.slice(i)) {
    const heading = b.heading && title !== null ? blockWords(b.string, referred) : null;
    if (heading !== null) {
      out.push("", `## ${heading}`, "");
      outlineOf(b.children ?? [], 0, referred, out);
      inSection = true;
      continue;
    }
    if (inSection) out.push("", `## ${title}`, "");
    inSection = false;
    outlineOf([b], 0, referred, out);
  }
  return out;
}

/** Calls `visit` on every block of `blocks`, nested ones after the one they hang from. */
function eachBlock(blocks: readonly RoamBlock[] | undefined, visit: (b: RoamBlock) => void): void {
  for (const b of blocks ?? []) {
    visit(b);
    eachBlock(b.children, visit);
  }
}

/** When a page that is no daily page was written: its `create-time`, else its first block's, else its `edit-time`, else `modified` (epoch ms). */
function createdAt(file: string, page: RoamPage, index: number, modified: number): number {
  let first: number | undefined;
  eachBlock(page.children, (b) => {
    const t = b["create-time"];
    if (t !== undefined && inImportRange(t) && (first === undefined || t < first)) first = t;
  });
  const at = page["create-time"] ?? first ?? page["edit-time"] ?? modified;
  if (!inImportRange(at)) {
    const field = page["create-time"] !== undefined ? "create-time" : "edit-time";
    throw new ImportError(file, `[${index}].${field}`, `expected a time in ms since 1970 (a 13-digit number), got ${at}`);
  }
  return at;
}

/**
 * Reads `file`, a Roam graph's JSON export, as one note per page with words in it (format `note`,
 * externalId `roam:<graph>:<page uid>` (else `:<title>`), `<graph>` the file's name without `.json`,
 * so importing a later export adds only what is new; title the page's title), a daily page of its day
 * at noon UTC, any other page at its creation (see the module comment).
 * @throws ImportError naming the file and where: a page or block not as Roam writes one
 *   (`[3].children[0].string: expected a string, got 5`), a time out of range (`[3].create-time`), a graph
 *   with no page of words (`[0]`, "the note has no text: a Roam graph with no page of words"), and the stream's own errors (not a JSON array, invalid JSON,
 *   truncation: byte, line and column).
 */
export async function* parseRoam(
  file: string,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {},
): AsyncGenerator<ParsedConversation> {
  const modified = Math.floor((await stat(file)).mtimeMs);
  const graph = basename(file).replace(/\.json$/i, "");
  // (the blocks referred to, and the words of those met so far)
  const wanted = new Set<string>();
  const referred = new Map<string, string>();
  const keep = (b: RoamBlock): void => {
    if (b.uid !== undefined && wanted.has(b.uid) && !referred.has(b.uid)) referred.set(b.uid, b.string);
  };
  const half = (second: boolean) => (read: number, total: number) => opts.onProgress?.(Math.floor(((second ? total : 0) + read) / 2), total);
  for await (const item of streamJsonArray(file, { onProgress: half(false) })) {
    const page = validateAt(PAGE, item.value, file, [item.index]);
    eachBlock(page.children, (b) => {
      for (const m of b.string.matchAll(BLOCK_REF)) wanted.add(m[1]!);
      keep(b);
    });
  }
  let pages = 0;
  for await (const item of streamJsonArray(file, { onProgress: half(true) })) {
    const page = validateAt(PAGE, item.value, file, [item.index]);
    eachBlock(page.children, keep);
    if (/^roam\//i.test(page.title.trim())) continue;
    const day = dailyPageDay(page.title);
    const title = markupRead(page.title) || page.title;
    const body = bodyOf(page, day === null ? title : null, referred);
    if (!body.some((l) => /[\p{L}\p{N}]/u.test(l))) continue;
    const lines = day === null ? [`# ${title}`, "", ...body] : body;
    const at = day ?? createdAt(file, page, item.index, modified);
    const key = `roam:${graph}:${page.uid ?? page.title}`;
    // (a page whose blocks say nothing a note keeps: a list of links, a template)
    const note = await noteOrNone(file, lines, at, key, day === null ? title : null);
    if (!note) continue;
    pages++;
    // (a daily page titled by its day in words, "5 November 2026", as a journal's day heading is read: no
    // topic of its facts, where "November 5th, 2026" had been told before each of them, note-context.ts underTitle)
    yield { ...note, title: day !== null ? humanDate(day) : page.title };
  }
  // (in a folder, passed over as a note with no text is: import-check.ts isEmptyNote)
  if (pages === 0) throw new ImportError(file, "[0]", `${NO_TEXT}: a Roam graph with no page of words`);
}

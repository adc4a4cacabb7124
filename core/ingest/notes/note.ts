/**
 * A plain-text or Markdown note (not a chat) → one "conversation" of the user's own paragraphs,
 * read line by line. Each paragraph (text between blank lines) becomes one turn said by the user,
 * split at a word boundary when longer than {@link MAX_PARAGRAPH_CHARS} so no single text is
 * embedded whole. A heading before any text names the note (else the file name); a later heading
 * (`## Shopping`) starts a section whose name leads its paragraphs (a bulleted list is one line of its
 * items, "Shopping list: milk, eggs"; a numbered one keeps its lines under the name; a list that a line
 * ending in a colon introduces is one turn with that line's paragraph, a blank line between them or
 * not: "… 90 minutes. What they asked me:" "1. Design a rate limiter …"). Every paragraph
 * carries the time the note was written: the day its file name, title or front matter names (a daily
 * note or a journal), else the file's modification time; a journal's entry under a heading that names
 * a day ("## 5 October 2026") carries that day, and no name leads it. The store keeps notes as `file` sources with trust `user`
 * (core/ingest/store.ts).
 */
import { readFile, stat } from "node:fs/promises";
import nlp from "compromise";
import { basename } from "node:path";
import { dayNamedIn, utcDay } from "../../time/import-dates.js";
import { contentKey, fileLines } from "../kit/bytes.js";
import { addressesJoined, fieldOf, propertiesOf, propertyOf, tableRows } from "./note-fields.js";
import { FRONT_MATTER_LINES, type FrontMatter, frontMatterEnd, frontMatterFields } from "./front-matter.js";
import { fileStem } from "../../memory/note-context.js";
import { opensPageProperties, outlineLine, pagePropertyLines } from "./outline.js";
import { csvTableLines } from "./csv-table.js";
import { JOPLIN_FILE, JOPLIN_ITEMS, joplinItem } from "./joplin.js";
import { ImportError, type ParsedConversation, type ParsedTurn } from "../kit/types.js";

/** What a note with no words to keep is refused for (an empty page, an index of links only). */
export const NO_TEXT = "the note has no text";

/** The largest Joplin item read whole (bytes); a larger file named like one is read as a note, line by line. */
const MAX_JOPLIN_BYTES = 8 * 1024 * 1024;

/** The longest paragraph kept as one turn; longer ones are split at a word boundary. */
export const MAX_PARAGRAPH_CHARS = 2000;

/** Who says a note's paragraphs (as `remember` names the user). */
export const NOTE_SPEAKER = "User";

/** A bulleted list's item ("- eggs", "* call the plumber", "• milk"): group 1 the item. */
const BULLET = /^\s*[-*+•]\s+(.+?)\s*$/;
/** An Obsidian wiki link: group 1 the page, group 2 the words shown for it ("[[Priya Shah|Priya]]"). */
const WIKI_LINK = /\[\[([^\]|]+)(?:\|([^\]]+))?\]\]/g;
/** A section of a daily note that logs what happened, each item an event of its own ("## Log", "## Journal"). */
const LOG_SECTION = /^(?:(?:daily\s+)?log|journal|diary|today|what happened|happenings|events|highlights)$/i;
/** A template's placeholder (Obsidian's "{{date}}", Templater's "<% tp.file.title %>"): a line holding one is no words. */
const PLACEHOLDER = /\{\{[^}]*\}\}|<%[^%]*%>/;
/** A line of a list's bullet and checkbox only ("- ", "- [ ] "), or of tags only ("#recipe #veggie"): no words. */
const NO_WORDS = /^\s*(?:[-*+•](?:\s+\[[\sxX]\])?|(?:#\p{L}[\p{L}\p{N}_/-]*\s*)+)\s*$/u;
/** An embedded file or note ("![[lisbon-map.png]]"). */
const EMBED = /!\[\[[^\]]*\]\]/g;
/** A Dataview field inside a line, in brackets ("[due:: 10 December]"): group 1 its key, group 2 its value. */
const INLINE_FIELD = /[[(]([\p{L}][\p{L}\p{N} _-]{0,40}?)::\s*([^\])]+)[\])]/gu;
/** A line that is a Dataview field ("Hotel:: Memmo Alfama", "- mood:: 7"): group 1 up to its key. */
const FIELD_LINE = /^(\s*(?:[-*+]\s+)?[\p{L}][\p{L}\p{N} _-]{0,40}?)::\s*/u;
/** An Obsidian callout's first line ("[!warning] Car insurance", after its "> "): group 1 its title, if any. */
const CALLOUT = /^\[!\w+\][+-]?\s*(.*)$/;
/** A list's item that is only a link to another note ("- [[Projects/Lisbon trip]]"): an index's line. */
const LINK_ITEM = /^\s*(?:[-*+]\s+\[\[[^\]]+\]\]|(?:[-*+]\s+)?\[[^\]]+\]\((?![a-z][\w+.-]*:)[^)\s]+\))\s*$/i;
/** A Markdown link to a file beside the note, as Notion exports a link to a page ("[Health](Health%203d4e….md)"): group 1 its words. */
const FILE_LINK = /\[([^\]]+)\]\((?![a-z][\w+.-]*:)[^)\s]+\)/gi;
/** An HTML block's tag on a line of its own, as Notion exports a callout ("<aside>", "</aside>"): a break between paragraphs. */
const BLOCK_TAG = /^\s*<\/?(?:aside|details|summary|div)>\s*$/i;
/** A picture that opens a line as its icon ("💡 Physio every Thursday", a Notion callout's). */
const ICON = /^\p{Extended_Pictographic}\uFE0F?\s+/u;
/** Tags closing a line ("#work #planning"), after the line's words; a tag opens with a letter ("invoice #042" is a number). */
const TRAILING_TAGS = /(?<=\S)(?:\s+#\p{L}[\p{L}\p{N}_/-]*)+\s*$/u;

/** Words in italics ("*Piranesi*", "_really_"), not a list's bullet nor bold: group 1 the words. */
const ITALIC = /(?<![*\p{L}\p{N}])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![*\p{L}\p{N}])|(?<![_\p{L}\p{N}])_(?=\S)([^_\n]+?)(?<=\S)_(?![_\p{L}\p{N}])/gu;

/** A task of a list, with its checkbox ("- [ ] Book the dentist", "- [x] Pay the invoice"). */
const TASK = /^\s*[-*+•]\s+\[[\sxX]\]\s+\S/;

/** Whether a checklist's item says something to do (it opens with a verb: "Book the venue", "call Mum"), not a thing ("oat milk"). */
function saysToDo(item: string): boolean {
  return nlp(item.replace(/^\[[\sxX]\]\s*/, "")).has("^#Verb");
}
/** A paragraph that opens a numbered list ("1. Unplug it"). */
const NUMBERED = /^\s*\d+[.)]\s/;
/** A line ending in a colon after a word: it may introduce the lines under it ("What they asked me:", "Prep for Lumen tomorrow:"). */
const COLON_END = /[\p{L}\p{N})'’"”]\s*:\s*$/u;

/** The kind of list `line` is an item of: "bullet" ("- eggs", "- [ ] Book the MOT"), "numbered" ("1. Unplug it"), else null. */
function listKind(line: string): "bullet" | "numbered" | null {
  return BULLET.test(line) ? "bullet" : NUMBERED.test(line) ? "numbered" : null;
}

/** Whether `line` can introduce a list under it: it ends in a colon and is no list's item. */
function introduces(line: string): boolean {
  return COLON_END.test(line) && listKind(line) === null;
}

/**
 * A paragraph's lines that are a list and the lines introducing it, the last of which ends in a colon
 * ("Lumen technical interview …, 90 minutes. What they asked me:" "1. Design a rate limiter …"): `intro`
 * the lines before the list's first item, `list` the rest (a bulleted list's lines are all its items, nested
 * or not; a numbered list's may go on below an item), `kind` the list's. Null for any other paragraph.
 */
function introducedList(lines: string[]): { intro: string[]; list: string[]; kind: "bullet" | "numbered" } | null {
  const first = lines.findIndex((l) => listKind(l) !== null);
  if (first < 1 || !introduces(lines[first - 1]!)) return null;
  const kind = listKind(lines[first]!)!;
  const list = lines.slice(first);
  if (kind === "bullet" && !list.every((l) => BULLET.test(l))) return null;
  return { intro: lines.slice(0, first), list, kind };
}

/**
 * Whether the paragraph `lines` goes on past a blank line, if the next line is a list's item ({@link
 * goesOn}): it ends with a line introducing a list, or is an introduced list (whose items a blank
 * line may part).
 */
function awaitsList(lines: string[]): boolean {
  return lines.length > 0 && (introduces(lines.at(-1)!) || introducedList(lines) !== null);
}

/** Whether `line`, after a blank line, goes on the paragraph `lines` that {@link awaitsList}: an item of its list, or of the list its last line introduces. */
function goesOn(lines: string[], line: string): boolean {
  const kind = listKind(line);
  return kind !== null && (introduces(lines.at(-1)!) || introducedList(lines)?.kind === kind);
}

/**
 * The items of a paragraph that is a bulleted list of at least `min` items, without their bullets and
 * closing punctuation (a task's checkbox says whether it is done: "[ ] Book the dentist", "[x] Pay
 * the invoice" → "Pay the invoice (done)"; in a list not all of tasks, a task to do says so: "To do:
 * Book the MOT"); an item nested under another is told with it ({@link withNested}). Null for any
 * other paragraph.
 */
function listItems(lines: string[], min: number): string[] | null {
  const bullets = lines.filter((l) => l.trim()).map((l) => ({ item: BULLET.exec(l)?.[1], indent: /^\s*/.exec(l)![0].replace(/\t/g, "    ").length }));
  if (bullets.length < min || bullets.some((b) => b.item === undefined)) return null;
  const mixed = !lines.every((l) => !l.trim() || TASK.test(l));
  const items = bullets.map((b) => ({
    indent: b.indent,
    text: b
      .item!.replace(/^\[[xX]\]\s*(.*)$/, "$1 (done)")
      .replace(/^\[\s\]\s*/, mixed ? "To do: " : "")
      .replace(/[.;,]+$/, ""),
  }));
  return withNested(items);
}

/**
 * Items of a list with the items nested under them (an outline's "- Call with Sofia" "\t- Her quote
 * is £14,200"): a short one (three words at most, "Books read") names its nested items ("Books read:
 * Klara and the Sun; Piranesi"); a longer one is followed by them as sentences ("Call with Sofia
 * Reyes about the kitchen. Her quote is £14,200"), so that "her" is told beside whom it is.
 */
function withNested(items: Array<{ indent: number; text: string }>): string[] {
  const top = Math.min(...items.map((i) => i.indent));
  const out: Array<{ text: string; nested: string[] }> = [];
  for (const i of items) {
    const parent = out.at(-1);
    if (i.indent > top && parent) parent.nested.push(i.text);
    else out.push({ text: i.text, nested: [] });
  }
  return out.map(({ text, nested }) => {
    if (!nested.length) return text;
    if (text.split(/\s+/).length <= 3 && !/[.!?:]$/.test(text)) return `${text}: ${nested.join("; ")}`;
    return nested.reduce((told, t) => `${told}${/[.!?…]$/.test(told) ? " " : ". "}${t}`, text);
  });
}

/**
 * A list's items as the note tells them: one line of its items, "oat milk, eggs, coffee beans."
 * (short items), "call the plumber about the leak; renew my gym membership." (longer ones), so a
 * shopping list reads as one, not as the steps of a procedure. A list `named` by nothing (a daily
 * note's log: "- Dropped Maya at nursery", "- Called Dr. Nguyen") tells what happened: its longer
 * items are lines of their own, each its own turn.
 */
function listTexts(items: string[], named: boolean): string[] {
  const short = items.every((i) => i.split(/\s+/).length <= 3);
  const ended = (text: string) => (/[!?…]$/.test(text) ? text : `${text}.`);
  return !named && !short ? items.map(ended) : [ended(items.join(short ? ", " : "; "))];
}

/**
 * What names a note's lists under no heading, when no heading names the note: its file's name without
 * its extension and any day it names ("todo.md" → "todo"); null for a daily note ("2026-10-06.md").
 */
function fileName(file: string): string | null {
  const stem = fileStem(basename(file));
  return /\p{L}/u.test(stem) ? stem : null;
}

/**
 * A bulleted list's name as a person asks for it: a section named by an activity or a to-do names that
 * list ("Shopping" → "Shopping list", "Todo" → "Todo list"), so "What's on my shopping list?" shares
 * its words; any other name stays ("Gift ideas", "Reading list", "Home").
 */
function listName(section: string): string {
  return /^(?:\p{L}+ing|to-?do|to do)$/iu.test(section.trim()) ? `${section.trim()} list` : section;
}

/** A section that is a part of what the note is about: what it needs ("Ingredients" of "Banana bread"). */
const PART_OF_SUBJECT = /^(?:ingredients|materials|equipment|tools|supplies|requirements|what you need|you will need)$/i;
/** A section that is how to do what the note is about: its steps, named as the note is ("Banana bread"). */
const STEPS_OF_SUBJECT = /^(?:steps|method|instructions|directions|procedure|how to)$/i;
/** A note's title that names ideas for people, whose one-word sections say whom they are for ("Gift ideas" → "Gift ideas for Mum"). */
const LIST_TITLE = /\b(?:ideas|gifts|wishlists?|wish lists?)$/i;

/**
 * A checklist of things named as a list: "Shopping" → "Shopping list", "To pack" → "Things to pack"
 * (not "To pack list", which reads as a how-to), "Reading list" as it is.
 */
function thingsList(name: string): string {
  if (/^to\s+\p{L}+$/iu.test(name.trim())) return `Things ${name.trim().toLowerCase()}`;
  return /\blist$/i.test(name) ? name : `${name} list`;
}

/**
 * The name a paragraph is said under: its section's, with the note's `title` where the section says
 * only a part of the title's subject ("Banana bread ingredients", the steps "Banana bread") or whom a
 * list of ideas is for ("Gift ideas for Mum"); a bulleted list right under the title is named by the title; a
 * list's name as a person asks for it ({@link listName}). Null for a paragraph under no name.
 */
function nameOf(title: string | null, section: string | null, list: boolean): string | null {
  if (section === null) return list && title ? listName(title) : null;
  if (title && PART_OF_SUBJECT.test(section)) return `${title} ${section.toLowerCase()}`;
  if (title && STEPS_OF_SUBJECT.test(section)) return title;
  if (title && list && LIST_TITLE.test(title) && /^\p{Lu}\S*$/u.test(section)) return `${title} for ${section}`;
  return list ? listName(section) : section;
}

/** Splits `text` into pieces of at most `max` characters, at whitespace when there is some. */
export function splitLong(text: string, max = MAX_PARAGRAPH_CHARS): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const cut = rest.lastIndexOf(" ", max);
    const at = cut > max / 2 ? cut : max;
    out.push(rest.slice(0, at).trim());
    rest = rest.slice(at).trim();
  }
  if (rest) out.push(rest);
  return out;
}

/**
 * Reads a note file (UTF-8, streamed) into one conversation of the user's paragraphs
 * (format `note`, externalId = the file's content key, `contentKey`). Turn metadata: `{ line }`, where the paragraph starts.
 * @throws ImportError for invalid UTF-8 or a note with no text.
 */
export async function parseNote(file: string, opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {}): Promise<ParsedConversation> {
  const info = await stat(file);
  // (a table kept as CSV, as Notion exports a database, is a note of its rows)
  if (/\.csv$/i.test(file)) return noteOf(file, csvTableLines(file, info.size, opts.onProgress), Math.floor(info.mtimeMs));
  // (an item of a Joplin export is a note of its title and body, of the day it was created; a notebook, a tag, a resource no note)
  if (JOPLIN_FILE.test(file) && info.size <= MAX_JOPLIN_BYTES) {
    const item = joplinItem(await readFile(file, "utf8"));
    opts.onProgress?.(info.size, info.size);
    if (item && "other" in item) throw new ImportError(file, "type_", `${NO_TEXT}: a Joplin ${JOPLIN_ITEMS[item.other] ?? "item"}`);
    if (item) return noteOf(file, item.lines, item.createdAt ?? Math.floor(info.mtimeMs));
  }
  const input = fileLines(file, info.size, opts.onProgress);
  try {
    const note = await noteOf(file, input.lines, Math.floor(info.mtimeMs));
    input.finished();
    return note;
  } finally {
    input.close();
  }
}

/**
 * The note `lines` say (Markdown: a title heading, sections, lists, tables, front matter), as
 * {@link parseNote} reads a note file: `file` names it (its content key, its name's day) and `at`
 * is when it was last modified (epoch ms). Google Keep's notes are read so too (keep.ts), and a Day
 * One journal's entries (dayone.ts), each of which gives its own `key` (the conversation's externalId;
 * by default the file's content key).
 * @param named for a note that is no file of its own (a page of a Roam graph, roam.ts), what names it
 *   in place of its file's name: its title when no heading gives one and the name of its lists under no
 *   heading, null for none (a daily page, as a journal's "2026_11_09.md"); the file's name then names
 *   no day of it.
 * @throws ImportError for a note with no text.
 */
export async function noteOf(
  file: string,
  lines: AsyncIterable<string> | Iterable<string>,
  at: number,
  key?: string,
  named?: string | null,
): Promise<ParsedConversation> {
  const turns: ParsedTurn[] = [];
  let title: string | null = null;
  let para: string[] = [];
  let section: string | null = null;
  const untitled = named === undefined ? fileName(file) : named;
  let meta: FrontMatter = {};
  let start = 0;
  let n = 0;
  // (turns of a journal's entry, "## 5 October 2026", are of that day, not of the note's)
  const dated = new Set<ParsedTurn>();
  // (the section a callout's title stood in for, while it lasts)
  let inCallout: string | null | undefined;
  // (the lines of the paragraph that are only a link to another note)
  let links = 0;
  // (a blank line has ended a paragraph that the list under it, if one follows, goes on: "What they asked me:")
  let awaiting = false;
  const flush = (): void => {
    awaiting = false;
    // (a list of links only, under no heading, is the vault's index, no words of the user's: "- [[Daily]]" "- [[People/Marcus]]")
    const index = section === null && links > 0 && links === para.filter((l) => l.trim()).length;
    links = 0;
    if (index) {
      para = [];
      return;
    }
    const entry = section === null ? null : entryDay(section, at);
    const section_ = entry === null ? section : null;
    // (a list of one item under a name is a list: "## Sam" "- climbing chalk bag")
    const listTitle = title ?? meta.title ?? untitled;
    // (a bulleted list under the lines introducing it is told after them, named as a paragraph is: "Prep for Lumen: revise Kafka basics; …";
    // a numbered one keeps its lines under them, as the paragraph it is)
    const introduced = introducedList(para);
    const lead = introduced?.kind === "bullet" ? introduced.intro : null;
    const listLines = lead ? para.slice(lead.length) : para;
    const items = listItems(listLines, lead || (section_ ?? listTitle) ? 1 : 2);
    const isList = items !== null;
    // (a list of tasks is a to-do list: "Dentist to-do: Book Maya's first check-up; Pay the invoice (done)";
    // a checklist of things is a list: "Shopping list: oat milk, eggs (done), bin bags")
    const checklist = isList && listLines.every((l) => !l.trim() || TASK.test(l));
    const tasks = checklist && items.some(saysToDo);
    const things = checklist && !tasks && (section_ ?? listTitle) ? thingsList(section_ ?? listTitle!) : null;
    // (a numbered list right under the title is its steps: "# How I deploy a client site" "1. Run the build")
    const listName = nameOf(listTitle, section_, isList && !lead);
    // (a daily note's log names none of its events: "## Log" "- Dentist moved to 24 November")
    const logged = isList && !lead && !tasks && section_ !== null && LOG_SECTION.test(section_);
    const name = tasks
      ? `${section_ ?? listTitle ?? ""} to-do`.trim()
      : logged
        ? null
        : (things ?? listName ?? (section_ === null && NUMBERED.test(para[0] ?? "") ? listTitle : null));
    // (a table's rows are lines of their own, named by the section or the note: "Quotes: Hartley & Sons, quote £18,500")
    const rows = items ? null : tableRows(para);
    // (the properties a page opens with under its title are said of it: "Brightside Co's status: Proposal sent")
    const properties = !items && !rows && turns.length === 0 && section_ === null && title !== null ? propertiesOf(para, title) : null;
    const named = rows ? (section_ ?? listTitle) : name;
    // (a field line is of what its section or the note is about: "Budget: €8,000" → "Team offsite's budget: €8,000")
    const prose = (lines: string[]): string =>
      addressesJoined(lines)
        .map((l) => fieldOf(l, section_ ?? listTitle))
        .join("\n")
        .trim();
    const texts =
      rows?.map((r) => `${r}.`) ??
      (properties && [properties.join("\n")]) ??
      (items ? (lead ? [`${prose(lead)} ${listTexts(items, true)[0]}`] : listTexts(items, name !== null)) : [prose(para)]);
    for (const text of texts) {
      // (not again before a field said of it: "Northwind's contact: …")
      const body = !text || !named || text.startsWith(named) ? text : NUMBERED.test(text) ? `${named}:\n${text}` : `${named}: ${text}`;
      for (const piece of body ? splitLong(body) : []) {
        const turn: ParsedTurn = { externalId: null, speaker: NOTE_SPEAKER, role: "user", occurredAt: entry ?? at, text: piece, metadata: { line: start } };
        turns.push(turn);
        if (entry !== null) dated.add(turn);
      }
    }
    para = [];
  };
  const take = (written: string, at: number): void => {
    // (an outline's task markers, block properties and days, in a note's terms: "- DONE Pay council tax" → "- [x] Pay council tax")
    const outlined = outlineLine(written);
    if ("drop" in outlined) return;
    if ("append" in outlined) {
      if (para.length) para[para.length - 1] += outlined.append;
      return;
    }
    const raw = BLOCK_TAG.test(outlined.line) ? "" : outlined.line;
    if (PLACEHOLDER.test(raw) || NO_WORDS.test(raw)) return;
    // (a block quote is the note's text: "> The best time to plant a tree …"; bold and italics are its words)
    const line = raw
      .trimEnd()
      .replace(/^\s*>\s?/, "")
      .replace(ICON, "")
      // (a link to a page beside the note is the page's name: "[Health](Health%203d4e….md)" → "Health")
      .replace(FILE_LINK, "$1")
      .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
      // (italics are its words too, and a title of two words or more is said in quotes: "*Tomorrow, and Tomorrow, and Tomorrow*")
      .replace(ITALIC, (_all, starred: string | undefined, underscored: string | undefined) => {
        const words = starred ?? underscored ?? "";
        return /^\p{Lu}\S*\s+\S/u.test(words) ? `"${words}"` : words;
      })
      // (an embedded file, "![[lisbon-map.png]]", is no words)
      .replace(EMBED, "")
      // (a wiki link is the page it names, or the words shown for it: "[[Priya Shah|Priya]]" → "Priya";
      // a page in a folder by its name, "[[People/Marcus]]" → "Marcus", without the heading it points at)
      .replace(WIKI_LINK, (_all, page: string, shown: string | undefined) => (shown ?? page.split("/").pop()!.replace(/#.*$/, "")).trim())
      // (a Dataview field is a field: "Hotel:: Memmo Alfama" → "Hotel: Memmo Alfama", "[due:: 10 December]" → "due: 10 December")
      .replace(INLINE_FIELD, "$1: $2")
      .replace(FIELD_LINE, "$1: ")
      // (tags closing a line are the note's labels, not its words: "… by Friday. #work #planning")
      .replace(TRAILING_TAGS, "");
    const heading = /^#{1,6}\s+(.+?)\s*#*$/.exec(line.trim());
    if (heading) {
      flush();
      if (title === null && turns.length === 0) title = heading[1]!;
      else section = heading[1]!;
      return;
    }
    // (a callout's title names what it says until it ends, "> [!warning] Car insurance" "> Renews on 1 December")
    const callout = CALLOUT.exec(line.trim());
    if (callout) {
      flush();
      if (callout[1]) {
        if (inCallout === undefined) inCallout = section;
        section = callout[1];
      }
      return;
    }
    if (!line.trim()) {
      // (a line ending in a colon and the list under it are one turn, a blank line between them or not)
      if (inCallout === undefined && awaitsList(para)) {
        awaiting = true;
        return;
      }
      flush();
      if (inCallout !== undefined) section = inCallout;
      inCallout = undefined;
    } else {
      if (awaiting && !goesOn(para, line)) flush();
      awaiting = false;
      if (!para.length) start = at;
      if (LINK_ITEM.test(raw)) links++;
      para.push(line);
    }
  };
  // the front matter opening the note ("---" "title: …" "date: …" "---"): its metadata, not its text;
  // so are an outline's page properties on its first lines ("company:: Reyes Kitchens")
  let fence: string[] | null = null;
  let properties: string[] | null = null;
  for await (const raw of lines) {
    n++;
    if (n === 1 && opensPageProperties(raw)) properties = [raw];
    else if (properties && opensPageProperties(raw)) properties.push(raw);
    else if (properties) {
      meta = frontMatterFields(pagePropertyLines(properties));
      properties = null;
      take(raw, n);
    } else if (n === 1 && raw.trim() === "---") fence = [raw];
    else if (fence) {
      fence.push(raw);
      const end = frontMatterEnd(fence);
      if (end !== null) {
        meta = frontMatterFields(fence.slice(1, end - 1));
        fence = null;
      } else if (fence.length >= FRONT_MATTER_LINES) {
        // (never closed: it was text after all)
        for (const [i, line] of fence.entries()) take(line, i + 1);
        fence = null;
      }
    } else take(raw, n);
  }
  for (const [i, line] of (fence ?? []).entries()) take(line, i + 1);
  if (properties) meta = frontMatterFields(pagePropertyLines(properties));
  flush();
  title ??= meta.title ?? null;
  // (the front matter's properties are said of what the note is about, before its text: "Priya Shah's role: Head of Growth at Fernway")
  if (meta.properties) {
    const about = title ?? untitled;
    const text = meta.properties.map((p) => propertyOf(p, about)).join("\n");
    turns.unshift({ externalId: null, speaker: NOTE_SPEAKER, role: "user", occurredAt: at, text, metadata: { line: 2 } });
  }
  if (!turns.length) throw new ImportError(file, `line ${n}`, NO_TEXT);
  const when = writtenAt(named === undefined ? file : null, [title, meta.date], at);
  for (const t of turns) if (!dated.has(t)) t.occurredAt = when;
  return {
    format: "note",
    externalId: key ?? (await contentKey(file)),
    title: title ?? named ?? basename(file),
    participants: [NOTE_SPEAKER],
    startedAt: when,
    turns,
  };
}

/**
 * The note `lines` say, as {@link noteOf} reads it, or null when they say nothing a note keeps (a page
 * of links only, a line of tags, a template): an export of many notes (a Roam graph, a Simplenote or
 * Standard Notes export, Google Tasks' lists) passes such a one over, as a folder passes over an
 * empty note file.
 * @throws ImportError for any other fault noteOf finds.
 */
export async function noteOrNone(...args: Parameters<typeof noteOf>): Promise<ParsedConversation | null> {
  try {
    return await noteOf(...args);
  } catch (err) {
    if (err instanceof ImportError && err.message.endsWith(`: ${NO_TEXT}`)) return null;
    throw err;
  }
}

/**
 * The day a journal's entry heading names ("5 October 2026", "Monday, 5 October 2026": a date and at
 * most a weekday), at noon UTC, when it is not after the day the note was last modified (`modified`,
 * epoch ms); null for any other heading.
 */
function entryDay(heading: string, modified: number): number | null {
  const day = dayNamedIn(heading);
  if (day === null || day > utcDay(modified) || heading.split(/\s+/).length > 5) return null;
  return day + 12 * 3_600_000;
}

/**
 * When a note was written: the day its file name, its title or its front matter's date names
 * ("2026-11-28.md", "# Journal, 28 November 2026", "date: 2026-11-28": a daily note or a journal,
 * modified or copied later), at noon UTC, so its "this morning" and "yesterday" are of that day; on
 * the day it was last modified, that time. A day after the last modification is what the note is
 * about, not when it was written ("2027-01-01 plans.md"): the modification time then, as for a note
 * that names no day.
 * @param file the note's file, null for a note that is no file of its own (a page of a Roam graph)
 * @param named the note's title and front matter date, where it has them
 * @param modified the file's modification time (epoch ms)
 */
function writtenAt(file: string | null, named: Array<string | null | undefined>, modified: number): number {
  // (an outliner's journal is named by its day with underscores: "2026_11_09.md")
  const day = [file && basename(file).replace(/^(\d{4})_(\d{2})_(\d{2})\b/, "$1-$2-$3"), ...named].reduce<number | null>(
    (found, text) => found ?? (text ? dayNamedIn(text) : null),
    null,
  );
  if (day == null || day > utcDay(modified)) return modified;
  return day === utcDay(modified) ? modified : day + 12 * 3_600_000;
}

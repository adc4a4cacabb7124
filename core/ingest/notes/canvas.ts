/**
 * An Obsidian canvas: a `.canvas` file of a vault, JSON Canvas 1.0 (jsoncanvas.org/spec/1.0; checked
 * against the spec, obsidianmd/jsoncanvas spec/1.0.md, and its sample.canvas as Obsidian saves one).
 * The file is one JSON object, `{ "nodes": [ … ], "edges": [ … ] }` (both optional), which Obsidian
 * writes tab-indented, a node or an edge to a line. A node is `{ id, type, x, y, width, height, color? }`
 * (pixels; `y` grows downwards) and by its type `text` (its `text`, Markdown), `file` (`file`, a path
 * in the vault, and `subpath`, "#Heading" or "#^block"), `link` (`url`) or `group` (`label`,
 * `background`, `backgroundStyle`). An edge is `{ id, fromNode, fromSide?, fromEnd?, toNode, toSide?,
 * toEnd?, color?, label? }`; its ends are "none" or "arrow", by default no arrow at its start and one at
 * its end. A group holds the nodes inside its box (JSON Canvas says no more: Obsidian moves what lies
 * wholly inside a group's box with it).
 *
 * A canvas is read as a note of the user's titled by its file's name (format `note`, as note.ts reads
 * one; "Wedding.canvas" → "Wedding"), its cards in reading order: a group's cards together, under its
 * label (the innermost group with one), groups and cards outside any ordered top to bottom, then left
 * to right (a row is the cards whose tops lie above the middle of its topmost card). Each text card's
 * Markdown is read as a note's paragraphs under that label ("Venue: The Old Barn at Bywell …",
 * "Venue's deposit: £2,500"; the card's title, a heading opening it or a first line all in bold, is
 * said after the label when it is a common name or heads a list, "Suppliers, photographer: …",
 * "Guests, dietary needs: Aunt Rosa: coeliac; …", else it is the card's first line); a file card is a mention of the note it shows
 * ("See the note "Wedding budget"."; a picture, a sound or a video no words); a link card where it leads
 * ("Venue's link: https://…"). After a card (or a group's cards) come the edges that leave it, each its
 * own paragraph saying what links the two ("The Old Barn at Bywell —(needs)→ Deposit paid on 3
 * November", "Etsy shop live, 2 November → Soft launch …"; with no arrow "A — B", both ways "A ←(…)→
 * B"), a card named by its first line's words, a group by its label, a file by its note's title, a link
 * by its address. Every paragraph is of the file's modification time (or of the day its name names, as a
 * note's), and is named by its card (`card <id>`, `card <id> #2` for a card's second paragraph) or its
 * edge (`edge <id>`) with no time of its own (metadata `undated`, store.ts turnHash): the canvas is
 * keyed by its place in its vault (`canvas:<vault folder>/<path in it>`, the vault being the folder
 * holding `.obsidian/`; else `canvas:<file name>`), so saving it again after an edit adds only the
 * cards and edges changed. Both arrays are streamed (json-stream.ts `arrayAt`); memory holds the
 * canvas's nodes, at most {@link MAX_CANVAS_CHARS} characters of their words.
 */
import { stat } from "node:fs/promises";
import nlp from "compromise";
import { basename, dirname, join, relative, sep } from "node:path";
import { fileStem } from "../../memory/note-context.js";
import { type JsonItem, streamJsonArray } from "../kit/json-stream.js";
import { NOTE_SPEAKER, NO_TEXT, noteOrNone } from "./note.js";
import { ImportError, type ParsedConversation, type ParsedTurn } from "../kit/types.js";
import { describeValue } from "../kit/validate.js";

/** A canvas file's name: `*.canvas`. */
export const CANVAS_FILE = /\.canvas$/i;

/** Most characters of words a canvas holds (its cards' text, file paths, links and labels) before it is refused. */
export const MAX_CANVAS_CHARS = 16 * 1024 * 1024;

/**
 * The start of a canvas that is no `.canvas` file: an object opening with its `nodes` array, whose first
 * node names its type (one of JSON Canvas's four) before any other object opens.
 */
const CANVAS_START = /^\{\s*"nodes"\s*:\s*\[\s*\{[^{}]*"type"\s*:\s*"(?:text|file|link|group)"/;

/** A file a file card shows that has no words to mention: a picture, a sound, a video. */
const MEDIA_FILE = /\.(?:png|jpe?g|gif|bmp|svg|webp|avif|heic|tiff?|mp3|wav|m4a|ogg|flac|webm|3gp|mp4|m4v|mov|ogv|mkv)$/i;

/** A note of the vault that a file card shows (its title its name). */
const NOTE_FILE = /\.(?:md|canvas)$/i;

/** A Markdown heading line: group 1 its words. */
const HEADING = /^\s*#{1,6}\s+(.+?)\s*#*\s*$/;

/** A list's item or a task opening a line ("- ", "* ", "1. ", "- [ ] "). */
const LIST_ITEM = /^\s*(?:[-*+•]|\d+[.)])\s+/;

/** A line all in bold (a card's title): group 2 its words. */
const BOLD_LINE = /^\s*(\*\*|__)(?=\S)(.+?)(?<=\S)\1\s*$/;

/** What opens a card's first line that is no words: heading marks, a bullet, a checkbox, a quote's mark. */
const LINE_MARKS = /^(?:\s*#{1,6}\s+|\s*(?:[-*+•]|\d+[.)])\s+(?:\[[ xX]\]\s+)?|\s*>\s*)/;
/** Pictures opening or closing a line ("📷 **Photographer**", "Deposit paid ✅"): no words of a name. */
const PICTURES = /^(?:\p{Extended_Pictographic}\uFE0F?\s*)+|(?:\s*\p{Extended_Pictographic}\uFE0F?)+$/gu;

/** Whether `file` is named as a canvas (`*.canvas`). */
export function isCanvasFile(file: string): boolean {
  return CANVAS_FILE.test(file);
}

/**
 * Whether `start` (a file's start, white space trimmed) is a JSON Canvas that is no `.canvas` file (a
 * canvas saved as .json): an object opening with its `nodes` array whose first node names one of the
 * four types (`"type":"text"`, Obsidian's order: its `id`, then its `type`). A `.canvas` file is a
 * canvas whatever it holds ({@link isCanvasFile}).
 */
export function isJsonCanvas(start: string): boolean {
  return CANVAS_START.test(start);
}

/** A node's box: its top-left corner and size, pixels. */
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A node of the canvas as it is read: its box, its kind and what it holds, and its place in the file. */
interface Node extends Box {
  id: string;
  type: "text" | "file" | "link" | "group";
  /** its index in `nodes` */
  index: number;
  /** a text card's Markdown; a file card's path; a link card's address; a group's label ("" for none) */
  value: string;
  /** a file card's subpath ("#Heading", "#^block"), else "" */
  subpath: string;
  /** the group it lies in, if any */
  parent: Node | null;
  /** a group's nodes (read in {@link readingOrder}) */
  children: Node[];
}

/** An edge as it is read. */
interface Edge {
  id: string;
  from: string;
  to: string;
  /** an arrow at its start, at its end */
  fromArrow: boolean;
  toArrow: boolean;
  label: string;
}

/** `value` as an object, or an ImportError naming `where`. */
function objectAt(file: string, where: string, value: unknown, what: string): Record<string, unknown> {
  if (!value || typeof value !== "object" || Array.isArray(value))
    throw new ImportError(file, where, `expected ${what} (an object), got ${describeValue(value)}`);
  return value as Record<string, unknown>;
}

/** The string `field` of `o` (`optional`: "" when absent or null), or an ImportError naming `where.field`. */
function stringAt(file: string, where: string, o: Record<string, unknown>, field: string, what: string, optional = false): string {
  const v = o[field];
  if (typeof v === "string") return v;
  if (optional && (v === undefined || v === null)) return "";
  throw new ImportError(
    file,
    `${where}.${field}`,
    v === undefined ? `missing (expected ${what}, a string)` : `expected ${what} (a string), got ${describeValue(v)}`,
  );
}

/** The number `field` of `o`, pixels, or an ImportError naming `where.field`. */
function numberAt(file: string, where: string, o: Record<string, unknown>, field: keyof Box): number {
  const v = o[field];
  if (typeof v === "number" && Number.isFinite(v)) return v;
  throw new ImportError(
    file,
    `${where}.${field}`,
    v === undefined ? "missing (expected a number of pixels)" : `expected a number of pixels, got ${describeValue(v)}`,
  );
}

/** Node `item` of the `nodes` array; null for a type JSON Canvas does not name (another app's, passed over). */
function nodeOf(file: string, item: JsonItem): Node | null {
  const where = `nodes[${item.index}]`;
  const o = objectAt(file, where, item.value, "a node");
  const id = stringAt(file, where, o, "id", "the node's id");
  const type = stringAt(file, where, o, "type", "the node's type");
  if (type !== "text" && type !== "file" && type !== "link" && type !== "group") return null;
  const box = {
    x: numberAt(file, where, o, "x"),
    y: numberAt(file, where, o, "y"),
    width: numberAt(file, where, o, "width"),
    height: numberAt(file, where, o, "height"),
  };
  const field = { text: "text", file: "file", link: "url", group: "label" }[type];
  const what = { text: "the card's text", file: "the file's path", link: "the link's address", group: "the group's label" }[type];
  const value = stringAt(file, where, o, field, what, type === "group");
  const subpath = type === "file" ? stringAt(file, where, o, "subpath", "the file's subpath", true) : "";
  return { id, type, index: item.index, ...box, value, subpath, parent: null, children: [] };
}

/** Edge `item` of the `edges` array. */
function edgeOf(file: string, item: JsonItem): Edge {
  const where = `edges[${item.index}]`;
  const o = objectAt(file, where, item.value, "an edge");
  return {
    id: stringAt(file, where, o, "id", "the edge's id"),
    from: stringAt(file, where, o, "fromNode", "the id of the node it starts at"),
    to: stringAt(file, where, o, "toNode", "the id of the node it ends at"),
    fromArrow: o.fromEnd === "arrow",
    toArrow: o.toEnd !== "none",
    label: oneLine(stringAt(file, where, o, "label", "the edge's label", true)),
  };
}

/** The items of the canvas's array `name`, streamed; none when the canvas has no such array. */
async function* arrayOf(file: string, name: "nodes" | "edges", onProgress: (read: number, total: number) => void): AsyncGenerator<JsonItem> {
  try {
    yield* streamJsonArray(file, { arrayAt: name, onProgress });
  } catch (e) {
    if (e instanceof ImportError && e.message.endsWith(`the JSON object has no "${name}" array`)) return;
    throw e;
  }
}

/** `text` on one line, its white space runs one space. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

const area = (b: Box): number => b.width * b.height;

/** Whether group `g` holds `n`: `n`'s box lies wholly inside `g`'s, and `g` is the larger (of two alike, the one below it, first in the file). */
function holds(g: Node, n: Node): boolean {
  return (
    g !== n &&
    n.x >= g.x &&
    n.y >= g.y &&
    n.x + n.width <= g.x + g.width &&
    n.y + n.height <= g.y + g.height &&
    (area(g) > area(n) || (area(g) === area(n) && g.index < n.index))
  );
}

/**
 * `nodes` in reading order: rows top to bottom, each the nodes whose tops lie above the middle of its
 * topmost node (cards dragged by hand into a line are a row), left to right in a row.
 */
function readingOrder<T extends Box>(nodes: readonly T[]): T[] {
  const byTop = [...nodes].sort((a, b) => a.y - b.y || a.x - b.x);
  const out: T[] = [];
  let row: T[] = [];
  for (const n of byTop) {
    if (row.length && n.y >= row[0]!.y + row[0]!.height / 2) {
      out.push(...row.sort((a, b) => a.x - b.x || a.y - b.y));
      row = [];
    }
    row.push(n);
  }
  out.push(...row.sort((a, b) => a.x - b.x || a.y - b.y));
  return out;
}

/** The label a node is under: its innermost group's that has one, else null. */
function labelOf(n: Node): string | null {
  for (let g = n.parent; g; g = g.parent) {
    const label = oneLine(g.value);
    if (label) return label;
  }
  return null;
}

/**
 * A card's title as a common name ("Dietary needs" → "dietary needs", "Photographer" → "photographer"),
 * or null for a name of someone or something ("The Old Barn at Bywell", "Aunt Rosa": capitals past its
 * first word, or a person, place or organisation as compromise tags it).
 */
function commonName(title: string): string | null {
  const [first, ...rest] = title.split(/\s+/);
  if (!/^\p{Lu}\p{Ll}/u.test(first!) || rest.some((w) => /^\p{Lu}/u.test(w)) || nlp(title).has("(#Person|#Place|#Organization)")) return null;
  return title.charAt(0).toLowerCase() + title.slice(1);
}

/** The title a card opens with: a heading's words, or a line all in bold ("📷 **Photographer**"); null for none. */
function cardTitle(line: string): string | null {
  const heading = HEADING.exec(line);
  if (heading) return heading[1]!;
  const bold = BOLD_LINE.exec(line.replace(PICTURES, ""));
  return bold ? bold[2]!.trim() : null;
}

/**
 * The lines of a note that say text card `text`, under the canvas's `title` and the group's `label`
 * (null: none). A card's title (a heading opening it, or a first line all in bold) in a group names
 * what the card says after the label, when it is a common name or comes before a list ("Photographer" →
 * "Suppliers, photographer: Shortlisted: …", "### Dietary needs" → "Guests, dietary needs: Aunt Rosa:
 * coeliac; …"), else it is the first line of the card's words ("## The Old Barn at Bywell" → "Venue:
 * The Old Barn at Bywell …"); out of a group it is a section, as a note's heading. Any later heading
 * of the card is a section, as a note's.
 */
function cardLines(title: string, label: string | null, text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  const head = [`# ${title}`, ""];
  const first = lines.findIndex((l) => l.trim());
  const named = first === -1 ? null : cardTitle(lines[first]!);
  if (named === null) return label === null ? [...head, ...lines] : [...head, `## ${label}`, "", ...lines];
  const rest = lines.slice(first + 1);
  if (label === null) return [...head, `## ${named}`, ...rest];
  const next = rest.find((l) => l.trim());
  const common = commonName(named);
  if (next !== undefined && (common !== null || LIST_ITEM.test(next))) return [...head, `## ${label}, ${common ?? named}`, "", ...rest];
  return [...head, `## ${label}`, "", named, ...rest];
}

/** A note's title from its path in the vault ("Notes/Wedding budget.md" → "Wedding budget"), a heading it points at after it. */
function noteTitle(path: string, subpath: string): string {
  const name = basename(path.replace(/\\/g, "/"));
  const title = NOTE_FILE.test(name) ? fileStem(name) || name.replace(/\.[^.]+$/, "") : name;
  const heading = subpath.startsWith("#") && !subpath.startsWith("#^") ? oneLine(subpath.slice(1).replace(/#/g, " ")) : "";
  return heading ? `${title} (${heading})` : title;
}

/**
 * What names a node at an edge's end: a text card its first line's words (Markdown's marks, pictures and
 * links' targets left out, up to its first sentence's end, at most 100 characters), a group its label, a
 * file card its note's title (a file that is no note its name), a link card its address; "" for none (an
 * empty card, a group with no label).
 */
function nameOf(n: Node): string {
  if (n.type === "group") return oneLine(n.value);
  if (n.type === "link") return n.value.trim();
  if (n.type === "file") return noteTitle(n.value, n.subpath);
  const line = n.value.split(/\r\n|\r|\n/).find((l) => /[\p{L}\p{N}]/u.test(l)) ?? "";
  const words = oneLine(
    line
      .replace(LINE_MARKS, "")
      .replace(/!?\[\[([^\]|]+)(?:\|([^\]]+))?\]\]/g, (_all, page: string, shown: string | undefined) => shown ?? page.split("/").pop()!.replace(/#.*$/, ""))
      .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
      .replace(/(\*\*|__|\*|_|~~|==)(?=\S)(.+?)(?<=\S)\1/g, "$2")
      .replace(PICTURES, ""),
  );
  const sentence = words.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0]!.replace(/[.:;,]$/, "");
  if (sentence.length <= 100) return sentence;
  const cut = sentence.lastIndexOf(" ", 99);
  return `${sentence.slice(0, cut > 50 ? cut : 99)}…`;
}

/** An edge in words: "A —(needs)→ B", "A → B"; an arrow only at its start reads from its end; both ways "A ←(…)→ B", none "A —(…)— B". */
function edgeWords(edge: Edge, from: string, to: string): string {
  const [a, b] = edge.fromArrow && !edge.toArrow ? [to, from] : [from, to];
  const both = edge.fromArrow && edge.toArrow;
  const arrow = edge.fromArrow || edge.toArrow;
  if (!edge.label) return `${a} ${both ? "↔" : arrow ? "→" : "—"} ${b}`;
  return `${a} ${both ? "←" : "—"}(${edge.label})${arrow ? "→" : "—"} ${b}`;
}

/**
 * The key of `file`'s canvas: `canvas:<vault folder>/<its path in the vault>` ("canvas:Vault/Plans/
 * Wedding.canvas"), the vault being the nearest folder above it that holds `.obsidian/`, so the file
 * imported alone or with its vault is the same canvas; `canvas:<file name>` for a file in no vault.
 */
export async function canvasKey(file: string): Promise<string> {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    const vault = await stat(join(dir, ".obsidian")).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (vault) return `canvas:${basename(dir)}/${relative(dir, file).split(sep).join("/")}`;
    if (dirname(dir) === dir) return `canvas:${basename(file)}`;
  }
}

/**
 * Reads `file`, a canvas (JSON Canvas 1.0, an Obsidian vault's `.canvas`), as one note of the user's
 * (format `note`, externalId {@link canvasKey}, title the file's name without `.canvas`), its cards'
 * paragraphs and its edges in reading order (see the module comment), said by the user (speaker "User",
 * role "user"), of the file's modification time (or of the day its name names, as a note's: note.ts).
 * Turn externalId `card <node id>` (`card <node id> #2` …, a card's later paragraphs) or `edge <edge
 * id>`; metadata `{ canvas: { node, type, group? } | { edge, from, to }, undated: true }` (the
 * paragraph has no time of its own: store.ts names it without its time, so saving the canvas again adds
 * only what changed). Nodes of a type JSON Canvas does not name, a file card of a picture, a sound or a
 * video, and edges whose end is no node or has no name (a group with no label) are passed over.
 * `onProgress` gets the bytes read (the file is read twice: its nodes, then its edges).
 * @throws ImportError naming the file and where: a node or an edge not as JSON Canvas says
 *   (`nodes[3].x: expected a number of pixels, got "left"`, `edges[0].toNode: missing …`), words past
 *   {@link MAX_CANVAS_CHARS} (the node), the stream's own errors (invalid JSON, invalid UTF-8,
 *   truncation: byte, line and column; a file that is no JSON object), and a canvas with no card to
 *   read (`nodes`, "the note has no text: …", so a folder passes it over).
 */
export async function parseCanvas(file: string, opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {}): Promise<ParsedConversation> {
  const modified = Math.floor((await stat(file)).mtimeMs);
  const progress = (pass: number) => (read: number, total: number) => opts.onProgress?.(Math.floor((pass * total + read) / 2), total);
  const nodes = new Map<string, Node>();
  let held = 0;
  for await (const item of arrayOf(file, "nodes", progress(0))) {
    const node = nodeOf(file, item);
    if (!node || nodes.has(node.id)) continue;
    held += node.value.length + node.subpath.length;
    if (held > MAX_CANVAS_CHARS) throw new ImportError(file, `nodes[${item.index}]`, `the canvas holds more than ${MAX_CANVAS_CHARS} characters of words`);
    nodes.set(node.id, node);
  }
  const edges: Edge[] = [];
  for await (const item of arrayOf(file, "edges", progress(1))) edges.push(edgeOf(file, item));
  // (each node in the smallest group that holds it)
  const all = [...nodes.values()];
  const groups = all.filter((n) => n.type === "group");
  for (const n of all) {
    for (const g of groups)
      if (holds(g, n) && (!n.parent || area(g) < area(n.parent) || (area(g) === area(n.parent) && g.index > n.parent.index))) n.parent = g;
  }
  for (const n of all) n.parent?.children.push(n);
  const leaving = new Map<string, Edge[]>();
  for (const e of edges) {
    const out = leaving.get(e.from);
    if (out) out.push(e);
    else leaving.set(e.from, [e]);
  }

  const title = fileStem(basename(file)) || basename(file).replace(CANVAS_FILE, "");
  const turns: ParsedTurn[] = [];
  let when: number | null = null;
  const say = async (n: Node): Promise<void> => {
    if (n.type === "group") {
      for (const child of readingOrder(n.children)) await say(child);
    } else {
      const label = labelOf(n);
      const text =
        n.type === "text"
          ? n.value
          : n.type === "link"
            ? `Link: ${n.value.trim()}`
            : MEDIA_FILE.test(n.value)
              ? ""
              : NOTE_FILE.test(n.value)
                ? `See the note "${noteTitle(n.value, n.subpath)}".`
                : `See the file "${noteTitle(n.value, n.subpath)}".`;
      const note = text.trim() ? await noteOrNone(file, cardLines(title, label, text), modified, "canvas") : null;
      when ??= note?.startedAt ?? null;
      const meta = { node: n.id, type: n.type, ...(label ? { group: label } : {}) };
      note?.turns.forEach((t, i) => {
        turns.push({ ...t, externalId: `card ${n.id}${i ? ` #${i + 1}` : ""}`, metadata: { canvas: meta, undated: true } });
      });
    }
    for (const e of leaving.get(n.id) ?? []) {
      const to = nodes.get(e.to);
      const [a, b] = [nameOf(n), to ? nameOf(to) : ""];
      if (!a || !b) continue;
      const label = labelOf(n);
      const words = edgeWords(e, a, b);
      turns.push({
        externalId: `edge ${e.id}`,
        speaker: NOTE_SPEAKER,
        role: "user",
        occurredAt: modified,
        text: label && n.type !== "group" ? `${label}: ${words}` : words,
        metadata: { canvas: { edge: e.id, from: n.id, to: e.to }, undated: true },
      });
    }
  };
  for (const n of readingOrder(all.filter((n) => !n.parent))) await say(n);
  if (!turns.length) throw new ImportError(file, "nodes", `${NO_TEXT}: a canvas with no card of words`);
  const at = when ?? modified;
  for (const t of turns) if (t.externalId?.startsWith("edge ")) t.occurredAt = at;
  return { format: "note", externalId: await canvasKey(file), title, participants: [NOTE_SPEAKER], startedAt: at, turns };
}

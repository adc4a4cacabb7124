/**
 * A Standard Notes "Super" note's text: the Lexical editor's state, serialized as JSON (`{ "root": {
 * "type": "root", "children": [ … ] } }`, each node `{ type, children?, text?, … }` as Lexical's
 * `exportJSON` writes it: `paragraph`, `heading` (`tag` "h1"–"h6"), `quote`, `list` (`listType`
 * "bullet", "number" or "check") of `listitem`s (`checked` in a checklist; a nested list inside an item
 * of its own), `code` of `code-highlight` and `linebreak` nodes, `table` of `tablerow`s of `tablecell`s,
 * `horizontalrule`; inline `text`, `linebreak`, `tab`, `link` and `autolink` (`url`, words as children),
 * `hashtag`; Standard Notes' own `snbubble` (a link to another note, `itemUuid`), `snfile` (an attached
 * file), `collapsible-container` (a `collapsible-title` and its `collapsible-content`), `inline-image`,
 * `tweet`, `youtube`). Told here as Markdown lines, which note.ts `noteOf` reads as any note: a paragraph
 * a line (an empty one a blank line, as the editor shows it), a heading `## …`, a quote `> …`, a list's
 * items `- …`, `1. …` or `- [x] …` (a nested one indented), a table's rows `| a | b |` under a rule, a
 * code block's lines as they are. A link is its words, a link to a note that note's title; files,
 * images and embeds say nothing.
 */

/** A Lexical node as serialized (the fields read here; any other field is left as it is): its `type`, its `children` (an array of nodes), a text node's `text`, a heading's `tag`, a list's `listType`, a list item's `checked` and `value`, a note link's `itemUuid`. */
export interface LexicalNode {
  type?: unknown;
  children?: unknown;
  text?: unknown;
  tag?: unknown;
  listType?: unknown;
  checked?: unknown;
  value?: unknown;
  itemUuid?: unknown;
}

/** How deep the blocks of a note are followed (a list nested deeper is told at this depth's items; real notes nest < 10). */
const MAX_DEPTH = 64;

/** Nodes that say nothing: attachments, images, embeds (their words are no words of the note). */
const SILENT = new Set(["snfile", "inline-image", "image", "tweet", "youtube", "excalidraw", "horizontalrule", "page-break"]);

/** Whether `value` is a node (an object). */
function isNode(value: unknown): value is LexicalNode {
  return !!value && typeof value === "object" && !Array.isArray(value);
}

/** A node's children that are nodes (none when it has none). */
function childrenOf(node: LexicalNode): LexicalNode[] {
  return Array.isArray(node.children) ? node.children.filter(isNode) : [];
}

/**
 * The state a Super note's `text` holds, parsed, or null when the text is no Lexical state (no JSON,
 * or JSON without a `root` of type "root" that has children).
 */
export function lexicalState(text: string): LexicalNode | null {
  if (!/^\s*\{/.test(text)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  const root = isNode(parsed) ? (parsed as { root?: unknown }).root : undefined;
  return isNode(root) && root.type === "root" && Array.isArray(root.children) ? root : null;
}

/**
 * The Markdown lines of a Super note whose parsed state's root is `root` ({@link lexicalState}):
 * blocks as the module comment says, blank lines between a heading, a list, a quote, a table or a code
 * block and what is around them, none at the start or the end.
 * @param noteTitle the title of the note a link to a note (`snbubble`) names, by its uuid; null when it is not known
 */
export function lexicalLines(root: LexicalNode, noteTitle: (uuid: string) => string | null): string[] {
  const lines: string[] = [];
  const blank = (): void => {
    if (lines.length > 0 && lines.at(-1) !== "") lines.push("");
  };
  const inline = (node: LexicalNode, depth: number): string => {
    const type = node.type;
    if (type === "linebreak") return "\n";
    if (type === "tab") return " ";
    if (typeof type === "string" && SILENT.has(type)) return "";
    if (type === "snbubble") return typeof node.itemUuid === "string" ? (noteTitle(node.itemUuid) ?? "") : "";
    if (typeof node.text === "string") return node.text;
    return depth >= MAX_DEPTH
      ? ""
      : childrenOf(node)
          .map((c) => inline(c, depth + 1))
          .join("");
  };
  // (a paragraph's words, its line breaks kept: a line each)
  const words = (node: LexicalNode, depth: number): string[] =>
    inline(node, depth)
      .split("\n")
      .map((l) => l.replace(/\s+$/, ""));
  const list = (node: LexicalNode, depth: number, indent: string): void => {
    const kind = node.listType;
    let n = 0;
    for (const item of childrenOf(node)) {
      const nested = childrenOf(item).filter((c) => c.type === "list");
      const said = words({ ...item, children: childrenOf(item).filter((c) => c.type !== "list") }, depth + 1)
        .join(" ")
        .trim();
      if (said) {
        n++;
        const number = typeof item.value === "number" ? item.value : n;
        const mark = kind === "check" ? (item.checked === true ? "- [x] " : "- [ ] ") : kind === "number" ? `${number}. ` : "- ";
        lines.push(`${indent}${mark}${said}`);
      }
      // (Lexical nests a list in an item of its own after the item it is under)
      if (depth < MAX_DEPTH) for (const sub of nested) list(sub, depth + 1, `${indent}    `);
    }
  };
  const block = (node: LexicalNode, depth: number): void => {
    const type = node.type;
    if (typeof type === "string" && SILENT.has(type)) return;
    switch (type) {
      case "paragraph":
        lines.push(...words(node, depth));
        return;
      case "heading": {
        const level = typeof node.tag === "string" && /^h[1-6]$/.test(node.tag) ? Number(node.tag[1]) : 2;
        const said = words(node, depth).join(" ").trim();
        if (!said) return;
        blank();
        lines.push(`${"#".repeat(level)} ${said}`, "");
        return;
      }
      case "quote":
        blank();
        for (const l of words(node, depth)) if (l.trim()) lines.push(`> ${l}`);
        lines.push("");
        return;
      case "code":
        blank();
        lines.push(...words(node, depth).filter((l) => l.trim()), "");
        return;
      case "list":
        blank();
        list(node, depth, "");
        lines.push("");
        return;
      case "table": {
        const rows = childrenOf(node).map((row) => childrenOf(row).map((cell) => blockWords(cell, depth + 1).replace(/\|/g, "/")));
        const width = Math.max(0, ...rows.map((r) => r.length));
        if (width === 0 || rows.every((r) => r.every((c) => !c))) return;
        blank();
        for (const [i, row] of rows.entries()) {
          lines.push(`| ${[...row, ...Array<string>(width - row.length).fill("")].join(" | ")} |`);
          if (i === 0) lines.push(`|${" --- |".repeat(width)}`);
        }
        lines.push("");
        return;
      }
    }
    if (depth >= MAX_DEPTH) return;
    const children = childrenOf(node);
    // (any other block: its own words when its children are words, else its blocks: a collapsible's title, then its content)
    if (children.length && children.every((c) => !isBlock(c))) lines.push(...words(node, depth));
    else for (const child of children) block(child, depth + 1);
  };
  // (a table's cell: the words of its paragraphs, on one line)
  const blockWords = (node: LexicalNode, depth: number): string =>
    depth >= MAX_DEPTH
      ? ""
      : childrenOf(node)
          .map((c) => (isBlock(c) ? blockWords(c, depth + 1) : inline(c, depth + 1)))
          .join(" ")
          .replace(/\s+/g, " ")
          .trim();
  for (const child of childrenOf(root)) block(child, 1);
  while (lines.length && !lines.at(-1)!.trim()) lines.pop();
  while (lines.length && !lines[0]!.trim()) lines.shift();
  return lines;
}

/** Whether a node is a block of the note (a paragraph, a heading, a list …), not words inside one. */
function isBlock(node: LexicalNode): boolean {
  return (
    typeof node.type === "string" &&
    /^(?:paragraph|heading|quote|code|list|listitem|table|tablerow|tablecell|collapsible-container|collapsible-title|collapsible-content|horizontalrule|layout-container|layout-item)$/.test(
      node.type,
    )
  );
}

/**
 * An Obsidian canvas (core/ingest/canvas.ts): a vault's `.canvas`, JSON Canvas 1.0 as Obsidian writes
 * it, read as a note of the user's titled by its file's name: its cards in reading order (a group's
 * together under its label, rows top to bottom, left to right), each text card's Markdown its
 * paragraphs, a file card a mention of its note, a link card its address, an edge what links two cards;
 * of the file's modification time; keyed by its place in the vault, each paragraph by its card, so a
 * later save adds only what changed; read with the vault's notes; a bad file's error naming the file
 * and the field.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, whyPassedOver } from "../../core/api/import-check.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { conversationItems } from "../../core/ingest/store.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "engram-canvas-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** When the canvas was last saved: Thursday 12 November 2026, 21:40 UTC. */
const SAVED = Date.UTC(2026, 10, 12, 21, 40);

/** Writes `text` at `path` under the test's folder (making its folders), saved at `mtime`; returns the path. */
function put(path: string, text: string, mtime = SAVED): string {
  const file = join(dir, path);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, text);
  utimesSync(file, new Date(mtime), new Date(mtime));
  return file;
}

/** A canvas as Obsidian saves it: tab-indented, a node or an edge to a line. */
function canvas(nodes: object[], edges: object[] = []): string {
  const lines = (items: object[]) => items.map((i) => `\t\t${JSON.stringify(i)}`).join(",\n");
  return `{\n\t"nodes":[\n${lines(nodes)}\n\t],\n\t"edges":[\n${lines(edges)}\n\t]\n}`;
}

/** A text card, its keys in Obsidian's order. */
const text = (id: string, words: string, x: number, y: number, width: number, height: number) => ({ id, type: "text", text: words, x, y, width, height });
/** A group: its box, then its label. */
const group = (id: string, label: string | null, x: number, y: number, width: number, height: number) => ({
  id,
  type: "group",
  x,
  y,
  width,
  height,
  ...(label === null ? {} : { label }),
});

/** A wedding canvas: a card above two groups side by side (one holding a group), a note's card below; written out of reading order. */
const WEDDING = canvas(
  [
    group("g-venue", "Venue", 0, 0, 600, 500),
    group("g-suppliers", "Suppliers", 700, 0, 600, 500),
    group("g-catering", "Catering", 720, 250, 560, 230),
    group("g-empty", null, 2000, 0, 300, 300),
    { id: "f-budget", type: "file", file: "Notes/Budget.md", subpath: "#Costs", x: 0, y: 600, width: 600, height: 300 },
    text("t-barn", "## The Old Barn\nDeposit: £2,500", 20, 20, 560, 150),
    // (a row: the link's top a few pixels below the card's, above its middle)
    { id: "l-site", type: "link", url: "https://www.oldbarnbywell.co.uk", x: 300, y: 205, width: 280, height: 100 },
    text("t-paid", "Deposit paid 3 November ✅", 20, 200, 260, 100),
    { id: "f-photo", type: "file", file: "Attachments/barn.jpg", x: 20, y: 350, width: 200, height: 100 },
    text("t-cake", "Cake: lemon and elderflower", 740, 270, 520, 80),
    text("t-photo", "📷 **Photographer**\nShortlisted: Ellie Hart", 720, 20, 560, 150),
    text("t-day", "# Wedding day\nSaturday 19 December 2026", 0, -300, 600, 200),
    { id: "p-other", type: "portal", x: 0, y: 1000, width: 10, height: 10 },
  ],
  [
    { id: "e-needs", fromNode: "t-barn", fromSide: "bottom", toNode: "t-paid", toSide: "top", label: "needs" },
    { id: "e-fit", fromNode: "g-suppliers", fromSide: "bottom", toNode: "f-budget", toSide: "top", label: "must fit" },
    { id: "e-at", fromNode: "t-day", toNode: "g-venue", fromEnd: "arrow", label: "at" },
    { id: "e-line", fromNode: "t-paid", toNode: "l-site", toEnd: "none" },
    { id: "e-back", fromNode: "t-cake", toNode: "t-photo", fromEnd: "arrow", toEnd: "none" },
    { id: "e-gone", fromNode: "t-day", toNode: "nowhere" },
    { id: "e-unnamed", fromNode: "t-day", toNode: "g-empty" },
  ],
);

describe("an Obsidian canvas", () => {
  it("is read as a note titled by its file's name, its cards in reading order under their group's label, its edges in words", async () => {
    mkdirSync(join(dir, "Vault/.obsidian"), { recursive: true });
    const file = put("Vault/Plans/Wedding.canvas", WEDDING);
    expect(await detectFormat(file)).toBe("canvas");
    const checked = await validateExport(file);
    expect([checked.format, checked.conversations, checked.turns]).toEqual(["canvas", 1, 12]);
    const [note, more] = await parsedConversations(file);
    expect(more).toBeUndefined();
    expect(note).toMatchObject({ format: "note", externalId: "canvas:Vault/Plans/Wedding.canvas", title: "Wedding", participants: ["User"], startedAt: SAVED });
    expect(note!.turns.every((t) => t.speaker === "User" && t.role === "user" && t.occurredAt === SAVED)).toBe(true);
    expect(note!.turns.map((t) => [t.externalId, t.text])).toEqual([
      ["card t-day", "Wedding day: Saturday 19 December 2026"],
      // (an arrow at both ends)
      ["edge e-at", "Wedding day ←(at)→ Venue"],
      ["card t-barn", "Venue: The Old Barn\nVenue's deposit: £2,500"],
      ["edge e-needs", "Venue: The Old Barn —(needs)→ Deposit paid 3 November"],
      ["card t-paid", "Venue: Deposit paid 3 November ✅"],
      ["edge e-line", "Venue: Deposit paid 3 November — https://www.oldbarnbywell.co.uk"],
      ["card l-site", "Venue's link: https://www.oldbarnbywell.co.uk"],
      ["card t-photo", "Suppliers, photographer's shortlisted: Ellie Hart"],
      ["card t-cake", "Catering's cake: lemon and elderflower"],
      // (an arrow at its start only: it reads from its end)
      ["edge e-back", "Catering: Photographer → Cake: lemon and elderflower"],
      ["edge e-fit", "Suppliers —(must fit)→ Budget (Costs)"],
      ["card f-budget", 'See the note "Budget (Costs)".'],
    ]);
    expect(note!.turns[2]!.metadata).toEqual({ canvas: { node: "t-barn", type: "text", group: "Venue" }, undated: true });
    expect(note!.turns[3]!.metadata).toEqual({ canvas: { edge: "e-needs", from: "t-barn", to: "t-paid" }, undated: true });
    expect(note!.turns[8]!.metadata).toEqual({ canvas: { node: "t-cake", type: "text", group: "Catering" }, undated: true });
    // (the photo's card, the portal of another app, the edge to no node and the one to a group with no label: nothing)
    expect(JSON.stringify(note)).not.toMatch(/barn\.jpg|p-other|e-gone|e-unnamed/);
  });

  it("adds from a later save only the cards and edges changed, each paragraph named by its card", async () => {
    const hashes = async (file: string) =>
      new Map((await parsedConversations(file)).flatMap((c) => conversationItems(c).map((i) => [i.source.contentHash, i.source.text])));
    mkdirSync(join(dir, "v1/Vault/.obsidian"), { recursive: true });
    mkdirSync(join(dir, "v2/Vault/.obsidian"), { recursive: true });
    const first = put("v1/Vault/Wedding.canvas", WEDDING);
    // (saved again a week later: the cake's card edited, the barn's card moved, the rest as it was)
    const edited = WEDDING.replace("Cake: lemon and elderflower", "Cake: lemon and raspberry").replace(
      '"x":20,"y":20,"width":560',
      '"x":40,"y":30,"width":540',
    );
    const second = put("v2/Vault/Wedding.canvas", edited, SAVED + 7 * 86_400_000);
    const [a] = await parsedConversations(first);
    const [b] = await parsedConversations(second);
    expect(b!.externalId).toBe(a!.externalId);
    const before = await hashes(first);
    const after = await hashes(second);
    expect([...after].filter(([h]) => !before.has(h)).map(([, words]) => words)).toEqual([
      "Catering's cake: lemon and raspberry",
      "Catering: Photographer → Cake: lemon and raspberry",
    ]);
  });

  it("is read with a vault's notes when its folder is imported; an empty canvas and Obsidian's settings are passed over", async () => {
    const root = join(dir, "Vault");
    put("Vault/.obsidian/workspace.json", JSON.stringify({ lastOpenFiles: ["Wedding.canvas"] }));
    const wedding = put("Vault/Wedding.canvas", WEDDING);
    const note = put("Vault/Notes/Budget.md", "# Budget\n\nTotal: £18,000\n");
    const empty = put("Vault/Untitled.canvas", "{}");
    put("Vault/Attachments/barn.jpg", "\u00ff\u00d8\u00ff\u00e0");
    expect(importPaths(root).map((p) => p.file.slice(root.length + 1))).toEqual(["Notes/Budget.md", "Untitled.canvas", "Wedding.canvas"]);
    expect(await folderFileFormat(wedding)).toBe("canvas");
    expect(await folderFileFormat(empty)).toBe("canvas");
    expect(await folderFileFormat(note)).toBe("note");
    expect(await checkImportFile(wedding)).toBe("canvas");
    const err = await checkImportFile(empty).then(
      () => null,
      (e: unknown) => e,
    );
    expect((err as Error).message).toBe("Untitled.canvas: nodes: the note has no text: a canvas with no card of words");
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe("a canvas with no card of words, no note");
  });

  it("tells a canvas saved under another name by its start, and keys one in no vault by its file's name", async () => {
    const file = put(
      "Downloads/plan.json",
      canvas(
        [text("a1", "Etsy shop live, 2 November", 0, 0, 240, 120), text("a2", "Soft launch, 7 November", 280, -8, 240, 120)],
        [{ id: "e1", fromNode: "a1", fromSide: "right", toNode: "a2", toSide: "left", label: "a week later" }],
      ),
    );
    expect(await detectFormat(file)).toBe("canvas");
    expect(await folderFileFormat(file)).toBe("canvas");
    const [note] = await parsedConversations(file);
    expect(note).toMatchObject({ externalId: "canvas:plan.json", title: "plan" });
    expect(note!.turns.map((t) => t.text)).toEqual([
      "Etsy shop live, 2 November",
      "Etsy shop live, 2 November —(a week later)→ Soft launch, 7 November",
      "Soft launch, 7 November",
    ]);
    const settings = put("Downloads/graph.json", JSON.stringify({ nodes: [{ id: "n1", label: "A" }], edges: [] }));
    expect(await folderFileFormat(settings)).toBeNull();
  });

  it("names the file and the field a bad canvas is wrong in", async () => {
    const badX = put("bad/x.canvas", canvas([text("a", "Hi", 0, 0, 10, 10), { ...text("b", "There", 0, 0, 10, 10), x: "left" }]));
    expect(await importErrorOf(parsedConversations(badX))).toEqual({
      name: "ImportError",
      file: badX,
      location: "nodes[1].x",
      message: 'x.canvas: nodes[1].x: expected a number of pixels, got "left"',
    });
    const badText = put("bad/text.canvas", canvas([{ id: "a", type: "text", text: 42, x: 0, y: 0, width: 1, height: 1 }]));
    expect((await importErrorOf(parsedConversations(badText))).message).toBe("text.canvas: nodes[0].text: expected the card's text (a string), got 42");
    const badEdge = put("bad/edge.canvas", canvas([text("a", "Hi", 0, 0, 10, 10)], [{ id: "e", fromNode: "a" }]));
    expect((await importErrorOf(parsedConversations(badEdge))).message).toBe(
      "edge.canvas: edges[0].toNode: missing (expected the id of the node it ends at, a string)",
    );
    const cut = put("bad/cut.canvas", canvas([text("a", "Hi", 0, 0, 10, 10), text("b", "There", 0, 20, 10, 10)]).slice(0, 120));
    const err = await importErrorOf(parsedConversations(cut));
    expect(err.location).toBe("byte 120 (line 4, column 33)");
    expect(err.message).toMatch(/^cut\.canvas: byte 120 \(line 4, column 33\): truncated JSON: the file ends inside item \[1\]/);
    const notJson = put("bad/words.canvas", "Venue ideas");
    expect((await importErrorOf(parsedConversations(notJson))).message).toMatch(/^words\.canvas: byte 0 \(line 1, column 1\): not JSON/);
  });
});

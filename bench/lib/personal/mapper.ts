/**
 * The mapper: Jess Robson plans her wedding (Saturday 19 December 2026, at The Old Barn at Bywell)
 * and the launch of her candle business, Wick & Wild, on two Obsidian canvases in her vault, beside a
 * couple of ordinary notes, and imports the vault as the folder it is (`engram import ~/Vault`).
 * Each `.canvas` is JSON Canvas 1.0 as Obsidian writes it (checked against the spec,
 * obsidianmd/jsoncanvas spec/1.0.md, and its sample.canvas, which Obsidian saved): tab-indented, one
 * node or edge to a line, a node's keys in Obsidian's order (`id`, `type`, then `text` / `file` /
 * `url`, then `x`, `y`, `width`, `height`, `color`; a group's `label` after its box), ids of 16 hex
 * digits; a group holds the cards inside its box (JSON Canvas says no more: membership is geometry).
 * "Wedding.canvas": groups "Venue", "Suppliers" and "Guests" of Markdown cards (a heading, bold, a
 * list, an emoji), a link card to the venue's page, a file card of the venue's photo, an edge labelled
 * "needs" from the venue's card to the deposit's, and one from the Suppliers group to a file card of
 * the budget note ("must fit"). "Launch plan.canvas": the business's card, then a group "Launch plan"
 * of six steps left to right (their tops a few pixels apart, as dragged by hand) joined by arrows,
 * some labelled ("then", "a week later"), a card and a link card below. Beside them two `.md` notes, a
 * photo, and Obsidian's own `.obsidian/` settings. Hand-written by the developers while trying Engram
 * as its users would, in session 34, before Engram read a canvas (the first run's figures are in
 * bench/README.md). With it, the questions such a person asks later and the words a right answer
 * holds, and questions nothing here answers.
 */
import type { Person, PersonFile } from "./types.js";

/** A node as Obsidian writes one: its id and type, what it holds, then its box (and colour, a group's label). */
type CanvasNode = { id: string; type: "text" | "file" | "link" | "group" } & Record<string, string | number>;
/** An edge as Obsidian writes one. */
type CanvasEdge = { id: string; fromNode: string; toNode: string } & Record<string, string>;

/** A text card. */
function text(id: string, words: string, x: number, y: number, width: number, height: number, color?: string): CanvasNode {
  return { id, type: "text", text: words, x, y, width, height, ...(color ? { color } : {}) };
}

/** A group: its box, then its label. */
function group(id: string, label: string, x: number, y: number, width: number, height: number, color?: string): CanvasNode {
  return { id, type: "group", x, y, width, height, ...(color ? { color } : {}), label };
}

/** A canvas file as Obsidian saves it: tab-indented, one node or edge to a line. */
function canvas(nodes: CanvasNode[], edges: CanvasEdge[]): string {
  const lines = (items: object[]) => items.map((i) => `\t\t${JSON.stringify(i)}`).join(",\n");
  return `{\n\t"nodes":[\n${lines(nodes)}\n\t],\n\t"edges":[\n${lines(edges)}\n\t]\n}`;
}

const WEDDING = canvas(
  [
    group("b3a41c07d2e95f18", "Venue", -620, -420, 560, 700, "4"),
    group("c81f0e6a93b2d475", "Suppliers", 0, -420, 560, 700, "2"),
    group("5e2d9a0c7f41b836", "Guests", 620, -420, 560, 700, "6"),
    text(
      "9f1c2b7e4d3a6058",
      "## The Old Barn at Bywell\nSaturday 19 December 2026, ceremony at 1pm\nDeposit: £2,500\nBalance of £8,200 due 19 November",
      -600,
      -400,
      520,
      220,
    ),
    { id: "0d7e5b2a9c814f63", type: "link", url: "https://www.oldbarnbywell.co.uk/weddings", x: -600, y: -160, width: 520, height: 140 },
    text("71a3e9c5b0d24f8e", "Capacity 110 seated. Ceremony in the orchard if it's dry, in the threshing barn if not.", -600, 0, 250, 200),
    text("e4b0c8d2a6f19357", "Deposit paid on 3 November by bank transfer ✅", -330, 0, 250, 200, "4"),
    { id: "a2f6d81e0b3c7945", type: "file", file: "Attachments/old-barn.jpg", x: -600, y: 220, width: 250, height: 40 },
    text(
      "3c9e7a1f5b2d0846",
      "📷 **Photographer**\nShortlisted: Ellie Hart (£1,650 full day, second shooter included)\nAlso looked at Northlight Studio, too pricey",
      20,
      -400,
      520,
      200,
    ),
    text("6b0d4f2e8a1c9735", "Flowers: Petal & Stem in Hexham, £780. White peonies and eucalyptus.", 20, -180, 520, 160),
    text("d5a8c3e1f7b04926", "Cake: Crumbs of Corbridge, three tiers, lemon and elderflower. Tasting on 28 November.", 20, 0, 520, 180),
    text("8e1f3a5c7d9b2064", "86 invited, 61 yes so far. RSVPs were due 1 November.", 640, -400, 520, 140),
    text("27c4e6a8b0d1f395", "### Dietary needs\n- Aunt Rosa: coeliac\n- Jamie: vegan\n- Grandad Bill: no shellfish", 640, -240, 520, 220, "3"),
    text("f0a2c4e6b8d13579", "Seating plan done by 5 December", 640, 0, 520, 120),
    { id: "4d6f8a0c2e1b3957", type: "file", file: "Notes/Wedding budget.md", x: 0, y: 340, width: 560, height: 300 },
  ],
  [
    { id: "1e3a5c7b9d0f2468", fromNode: "9f1c2b7e4d3a6058", fromSide: "bottom", toNode: "e4b0c8d2a6f19357", toSide: "top", label: "needs" },
    { id: "9b7d5f3a1c0e8264", fromNode: "c81f0e6a93b2d475", fromSide: "bottom", toNode: "4d6f8a0c2e1b3957", toSide: "top", label: "must fit" },
  ],
);

/** The launch's steps, left to right (ids and words), their tops a few pixels apart. */
const STEPS: Array<[string, string, number]> = [
  ["a1b2c3d4e5f60718", "Finalise 4 scents: Sea Salt & Sage, Fig Leaf, Ember, Winter Orchard", -140],
  ["b2c3d4e5f6071829", "Product photos with Maya Chen, 17 October", -150],
  ["c3d4e5f60718293a", "Etsy shop live, 2 November", -136],
  ["d4e5f60718293a4b", "**Soft launch** for friends & family, Saturday 7 November. Code FIRSTLIGHT for 20% off", -145],
  ["e5f60718293a4b5c", "Tynemouth Christmas Market stall, 28–29 November (pitch fee £45)", -140],
  ["f60718293a4b5c6d", "Launch party at The Cluny, Friday 11 December, 7pm", -132],
];

/** The arrows between the steps: from, to, and the label of those that have one. */
const ARROWS: Array<[number, number, string | null]> = [
  [0, 1, "then"],
  [1, 2, null],
  [2, 3, "a week later"],
  [3, 4, "then"],
  [4, 5, null],
];

const LAUNCH = canvas(
  [
    text("0718293a4b5c6d7e", "# Wick & Wild\nHand-poured soy candles. Registered with Companies House on 9 October.", 0, -460, 520, 180, "5"),
    group("18293a4b5c6d7e8f", "Launch plan", -40, -220, 1720, 320),
    ...STEPS.map(([id, words, y], i) => text(id, words, i * 280, y, 240, 220)),
    text("293a4b5c6d7e8f90", "Suppliers: soy wax from Kerfoot, jars from Glass Bottle Outlet. 200 jars ordered.", 0, 180, 520, 140),
    { id: "3a4b5c6d7e8f9001", type: "link", url: "https://www.etsy.com/shop/WickAndWild", x: 560, y: 180, width: 400, height: 140 },
  ],
  ARROWS.map(([from, to, label], i) => ({
    id: `4b5c6d7e8f9001${String(i).padStart(2, "0")}`,
    fromNode: STEPS[from]![0],
    fromSide: "right",
    toNode: STEPS[to]![0],
    toSide: "left",
    ...(label ? { label } : {}),
  })),
);

/** The vault's files, by their path inside it, with when each was last saved. */
const FILES: Array<[path: string, text: string, mtime: number]> = [
  [
    ".obsidian/app.json",
    JSON.stringify({ attachmentFolderPath: "Attachments", newFileLocation: "folder", newFileFolderPath: "Notes" }, null, 2),
    Date.UTC(2026, 8, 2, 20, 0),
  ],
  [
    ".obsidian/workspace.json",
    JSON.stringify(
      { main: { id: "5c1f", type: "split", children: [] }, active: "9a2e", lastOpenFiles: ["Wedding.canvas", "Launch plan.canvas", "Notes/Wedding budget.md"] },
      null,
      2,
    ),
    Date.UTC(2026, 10, 12, 21, 41),
  ],
  ["Wedding.canvas", WEDDING, Date.UTC(2026, 10, 12, 21, 40)],
  ["Launch plan.canvas", LAUNCH, Date.UTC(2026, 10, 9, 20, 15)],
  [
    "Notes/Wedding budget.md",
    ["# Wedding budget", "", "Total: £18,000", "", "- Venue: £10,700", "- Photographer: £1,650", "- Flowers: £780", "- Cake: £420", ""].join("\n"),
    Date.UTC(2026, 9, 20, 19, 5),
  ],
  [
    "Notes/Candle pricing.md",
    ["# Candle pricing", "", "- 30cl jar: £24", "- Travel tin: £9", "", "Wholesale at half the retail price, minimum order of 12.", ""].join("\n"),
    Date.UTC(2026, 9, 28, 18, 30),
  ],
  // (a JPEG's first bytes, as the photo the vault keeps beside its notes)
  ["Attachments/old-barn.jpg", "\u00ff\u00d8\u00ff\u00e0\u0000\u0010JFIF\u0000", Date.UTC(2026, 9, 4, 12, 0)],
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "Which photographer did we shortlist?", expect: ["Ellie Hart"] },
  { question: "What comes after the soft launch?", expect: ["Tynemouth"] },
  { question: "What's the deposit for the venue?", expect: ["2,500"] },
  { question: "Which venue did we book for the wedding?", expect: ["Old Barn"] },
  { question: "When was the venue deposit paid?", expect: ["3 November"] },
  { question: "Who is doing the wedding flowers?", expect: ["Petal & Stem"] },
  { question: "What flavour is the wedding cake?", expect: ["elderflower"] },
  { question: "Which guest is coeliac?", expect: ["Rosa"] },
  { question: "When is the launch party?", expect: ["11 December"] },
  { question: "What's the discount code for the soft launch?", expect: ["FIRSTLIGHT"] },
  { question: "Who is taking the product photos?", expect: ["Maya Chen"] },
  { question: "What's our total wedding budget?", expect: ["18,000"] },
  { question: "Which DJ did we book?", expect: null },
  { question: "How many candles did we sell at the soft launch?", expect: null },
  { question: "Who is the best man?", expect: null },
];

/** Jess: her Obsidian vault with two canvases and two notes, imported as one folder ("Vault"), asked on Wednesday 18 November 2026. */
export const mapper: Person = {
  name: "mapper",
  files: FILES.map(([path, text, mtime]): PersonFile => ({ name: `Vault/${path}`, text, mtime })),
  folder: "Vault",
  askedAt: Date.UTC(2026, 10, 18, 19, 0),
  questions: QUESTIONS,
};

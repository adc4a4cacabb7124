/**
 * A book's notebook as the Kindle app exports it (core/ingest/kindle-notebook.ts), "<Book title> -
 * Notebook.html": read as the same `kindle` format as a Kindle's My Clippings.txt, the book's one
 * conversation, each highlight quoted whole with the note typed at it, at the file's modification time
 * (a notebook has no dates); the iPhone app's shape of today, the Android app's older one, Kindle for
 * Mac's mismatched tags and spaced punctuation; a book's clippings and its notebook one conversation, a
 * highlight both hold stored once (also in a database an earlier Engram filled); detected by its start
 * and in a folder, an empty notebook passed over there, said why; a bad file refused naming its line,
 * nothing stored.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, whyPassedOver } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { importFile } from "../../core/ingest/import.js";
import { isKindleNotebook } from "../../core/ingest/reading/kindle-notebook.js";
import { detectFormat } from "../../core/ingest/parse.js";
import { sha256 } from "../../core/util/hash.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "engram-kindle-notebook-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

/** When the notebooks were saved: Saturday 14 November 2026, 10:12:40 UTC. */
const SAVED = Date.UTC(2026, 10, 14, 10, 12, 40);

/** Writes `text` (or bytes) to `path` under the test's folder (its folders made), modified at `mtime` (epoch ms); returns its path. */
function put(path: string, text: string | Buffer, mtime = SAVED): string {
  const file = join(dir, path);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, text);
  utimesSync(file, new Date(mtime), new Date(mtime));
  return file;
}

/** The start every phone app's notebook has: its XML declaration and Amazon's style sheet (cut short), which names the classes too. */
const HEAD = `<?xml version="1.0" encoding="UTF-8" ?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"
                              "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd" >
<html xmlns="http://www.w3.org/TR/1999/REC-html-in-xml" xml:lang="en"
\tlang="en">
\t<head>
                <meta http-equiv="Content-Type" content="application/xhtml+xml; charset=UTF-8" />
\t\t<style type="text/css">
.bodyContainer { font-family: Arial, Helvetica, sans-serif; }
.bookTitle { font-size: 32px; }
.noteHeading { font-size: 18px; }
\t\t</style>
\t\t<title></title>
\t</head>
`;

/** The iPhone app's notebook of today: "Notebook Export", "Highlight(<span…>) - Page 27 · Location 401", the next element opening on the line that closes one. */
function iphone(title: string, authors: string, entries: string[]): string {
  return `${HEAD}    <body>
        <div class="bodyContainer">
            <div class="notebookFor">
                Notebook Export
            </div>
            <div class="bookTitle">
                ${title}
            </div>
            <div class="authors">
                ${authors}
            </div>
            <div class="citation">
                
            </div>
            <hr />
            ${entries.join("")}
        </div>
    </body>
</html>
`;
}

/** A chapter's heading, as the iPhone app writes it. */
const section = (name: string) => `<div class="sectionHeading">\n    ${name}\n</div>`;
/** A highlight (its colour, where it is, its words), as the iPhone app writes it. */
const highlight = (colour: string, where: string, words: string) =>
  `<div class="noteHeading">\n    Highlight(<span class="highlight_${colour}">${colour}</span>) - ${where}\n</div>\n<div class="noteText">\n    ${words}\n</div>`;
/** A note (where it is, its words), as the iPhone app writes it. */
const note = (where: string, words: string) => `<div class="noteHeading">\n    Note - ${where}\n</div>\n<div class="noteText">\n    ${words}\n</div>`;

const ATOMIC = "Atomic Habits: An Easy &amp; Proven Way to Build Good Habits &amp; Break Bad Ones";
const ATOMIC_KEY = "kindle:Atomic Habits: An Easy & Proven Way to Build Good Habits & Break Bad Ones (James Clear)";
const ATOMIC_TOLD = "Highlight from Atomic Habits: An Easy & Proven Way to Build Good Habits & Break Bad Ones by James Clear";

/** Atomic Habits' notebook: two highlights, the second with a note typed at its end on a Kindle, and one with a note typed in the app at its start. */
const ATOMIC_ENTRIES = [
  section("1 The Surprising Power of Atomic Habits"),
  highlight("yellow", "Page 16 · Location 229", "Habits are the compound interest of self-improvement."),
  highlight("yellow", "Page 27 · Location 401", "You do not rise to the level of your goals. You fall to the level of your systems."),
  note("Page 27 · Location 402", "Put this on the staff-room board before the Year 11 mocks"),
  section("13 How to Stop Procrastinating by Using the Two-Minute Rule"),
  highlight("blue", "Page 162 · Location 2378", "When you start a new habit, it should take less than two minutes to do."),
  note("Page 162 · Location 2378", "Guitar: just take it out of the case after dinner. That&#39;s the whole habit."),
];

/** The same book's clippings, as a Kindle writes them: the first two highlights and the note. */
const CLIPPINGS = `\uFEFF${[
  [
    "Atomic Habits: An Easy & Proven Way to Build Good Habits & Break Bad Ones (James Clear)",
    "- Your Highlight on page 16 | Location 229-229 | Added on Sunday, 4 October 2026 21:40:12",
    "Habits are the compound interest of self-improvement.",
  ],
  [
    "Atomic Habits: An Easy & Proven Way to Build Good Habits & Break Bad Ones (James Clear)",
    "- Your Highlight on page 27 | Location 401-402 | Added on Sunday, 4 October 2026 21:52:30",
    "You do not rise to the level of your goals. You fall to the level of your systems.",
  ],
  [
    "Atomic Habits: An Easy & Proven Way to Build Good Habits & Break Bad Ones (James Clear)",
    "- Your Note on page 27 | Location 402 | Added on Sunday, 4 October 2026 21:53:02",
    "Put this on the staff-room board before the Year 11 mocks",
  ],
]
  .map(([book, meta, text]) => `${book}\r\n${meta}\r\n\r\n${text}\r\n==========\r\n`)
  .join("")}`;

/** The Android app's notebook of a few years ago: "Notebook for", a book with no page numbers ("-  Location 112"), each tag and its text on lines of their own. */
const ANDROID = `${HEAD}    <body>
        <div class="bodyContainer">
            <div class="notebookFor">
Notebook for
</div>
<div class="bookTitle">
The Obstacle Is the Way
</div>
<div class="authors">
Ryan Holiday
</div>
<div class="citation">

</div>
<hr />

<div class="sectionHeading">
Part I: Perception
</div>
<div class="noteHeading">
Highlight (<span class="highlight_orange">orange</span>) -  Location 389
</div>
<div class="noteText">
Where the head goes, the body follows.
Perception precedes action.
</div>
<div class="noteHeading">
Note -  Location 390
</div>
<div class="noteText">
Start the Daily Stoic journal on 1 January with Sam.
</div>
<div class="noteHeading">
Bookmark -  Location 1001
</div>
<div class="noteText">

</div>

        </div>
    </body>
</html>
`;

/** Kindle for Mac's notebook: an <h1> round the title, single quotes, <h3 class='noteHeading'>…</div><div class='noteText'>…</h3>, spaced punctuation, an image's highlight with no words. */
const MAC = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "XHTML1-s.dtd" >
<html xmlns="http://www.w3.org/TR/1999/REC-html-in-xml" xml:lang="en" lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></meta>
<style>
.bodyContainer { font-family: Arial, Helvetica, sans-serif; }
</style>
</head>
<body>
<div class='bodyContainer'>
<h1><div class='notebookFor'>Notes and highlights for</div><div class='bookTitle'>Conflicted
</div><div class='authors'>
Leslie, Ian
</div></h1><hr/>

<h2 class='sectionHeading'>Prologue: The Interview</h2><h3 class='noteHeading'>Highlight (<span class='highlight_yellow'>yellow</span>) - Page 3 &middot; Location 71</div><div class='noteText'>Principles like ‘ assume good faith ’ , ‘ don’t argue with straw men ’ .</h3>
<h2 class='sectionHeading'>Part One: Why We Need New Ways to Argue</h2><h3 class='noteHeading'>Highlight (<span class='highlight_blue'>blue</span>) - 1. Beyond Fight or Flight &gt; Page 13 &middot; Location 183</div><div class='noteText'>The modern household requires more explicit communication and negotiation : a side - effect of equality .</h3>
<h3 class='noteHeading'>Note - 1. Beyond Fight or Flight &gt; Page 13 &middot; Location 184</div><div class='noteText'>This is the key insight I think.</h3>
<h3 class='noteHeading'>Highlight (<span class='highlight_blue'>blue</span>) - 11. Disrupt the Script &gt; Page 188 &middot; Location 2518</div><div class='noteText'></h3>
<h3 class='noteHeading'>Note - 11. Disrupt the Script &gt; Page 188 &middot; Location 2518</div><div class='noteText'>This visual is so fascinating.</h3>
<h3 class='noteHeading'>Highlight (<span class='highlight_yellow'>yellow</span>) - 17. Toolkit &gt; Page 257 &middot; Location 3406</div><div class='noteText'>Don’t just correct – create</h3>
<h3 class='noteHeading'>Note - 17. Toolkit &gt; Page 260 &middot; Location 3450</div><div class='noteText'>Try this with the Year 9 debate club.</h3>
</div>
</body>
</html>
`;

describe("the iPhone app's notebook", () => {
  it("is the book's kindle conversation: each highlight quoted with the note typed at it, at the file's modification time", async () => {
    const file = put("Atomic Habits - Notebook.html", iphone(ATOMIC, "James Clear", ATOMIC_ENTRIES));
    expect(await detectFormat(file)).toBe("kindle");
    const [book, more] = await parsedConversations(file);
    expect(more).toBeUndefined();
    expect(book).toMatchObject({
      format: "kindle",
      externalId: ATOMIC_KEY,
      title: "Atomic Habits: An Easy & Proven Way to Build Good Habits & Break Bad Ones by James Clear",
      participants: ["User"],
      startedAt: SAVED,
    });
    expect(book!.turns.map((t) => [t.externalId, t.speaker, t.role, t.occurredAt, t.text, t.metadata.notebook])).toEqual([
      [
        "highlight, Page 16 · Location 229",
        "User",
        "user",
        SAVED,
        `${ATOMIC_TOLD}, page 16: “Habits are the compound interest of self-improvement.”`,
        { section: "1 The Surprising Power of Atomic Habits", colour: "yellow" },
      ],
      [
        "highlight, Page 27 · Location 401",
        "User",
        "user",
        SAVED,
        `${ATOMIC_TOLD}, page 27: “You do not rise to the level of your goals. You fall to the level of your systems.”\nNote: Put this on the staff-room board before the Year 11 mocks`,
        { section: "1 The Surprising Power of Atomic Habits", colour: "yellow" },
      ],
      [
        "highlight, Page 162 · Location 2378",
        "User",
        "user",
        SAVED,
        `${ATOMIC_TOLD}, page 162: “When you start a new habit, it should take less than two minutes to do.”\nNote: Guitar: just take it out of the case after dinner. That's the whole habit.`,
        { section: "13 How to Stop Procrastinating by Using the Two-Minute Rule", colour: "blue" },
      ],
    ]);
    expect(book!.turns[1]!.metadata.clipping).toEqual({
      kind: "highlight",
      book: "Atomic Habits: An Easy & Proven Way to Build Good Habits & Break Bad Ones",
      author: "James Clear",
      place: "page 27",
      location: 401,
      at: "Page 27 · Location 401",
    });
    // (chosen with --format too)
    expect((await parsedConversations(file, "kindle")).map((c) => c.turns.length)).toEqual([3]);
  });
});

describe("the Android app's older notebook and Kindle for Mac's", () => {
  it("reads a book with no page numbers, its lines joined, a note after its highlight told with it, a bookmark passed over", async () => {
    const [book] = await parsedConversations(put("The Obstacle Is the Way - Notebook.html", ANDROID));
    expect(book!.externalId).toBe("kindle:The Obstacle Is the Way (Ryan Holiday)");
    expect(book!.turns.map((t) => [t.externalId, t.text])).toEqual([
      [
        "highlight, Location 389",
        "Highlight from The Obstacle Is the Way by Ryan Holiday, location 389: “Where the head goes, the body follows. Perception precedes action.”\nNote: Start the Daily Stoic journal on 1 January with Sam.",
      ],
    ]);
  });

  it("reads Kindle for Mac's mismatched tags, closes up its spaced punctuation, and keeps a note alone when it is no highlight's", async () => {
    const file = put("Conflicted - Notebook.html", MAC);
    expect(await detectFormat(file)).toBe("kindle");
    const [book] = await parsedConversations(file);
    expect([book!.externalId, book!.title]).toEqual(["kindle:Conflicted (Ian Leslie)", "Conflicted by Ian Leslie"]);
    expect(book!.turns.map((t) => [t.externalId, t.text])).toEqual([
      [
        "highlight, Page 3 · Location 71",
        "Highlight from Conflicted by Ian Leslie, page 3: “Principles like ‘assume good faith’, ‘don’t argue with straw men’.”",
      ],
      [
        "highlight, 1. Beyond Fight or Flight > Page 13 · Location 183",
        "Highlight from Conflicted by Ian Leslie, page 13: “The modern household requires more explicit communication and negotiation: a side-effect of equality.”\nNote: This is the key insight I think.",
      ],
      // (an image's highlight has no words: its note is told alone; a note past a highlight's span is its own)
      ["note, 11. Disrupt the Script > Page 188 · Location 2518", "Note on Conflicted by Ian Leslie, page 188: This visual is so fascinating."],
      ["highlight, 17. Toolkit > Page 257 · Location 3406", "Highlight from Conflicted by Ian Leslie, page 257: “Don’t just correct – create”"],
      ["note, 17. Toolkit > Page 260 · Location 3450", "Note on Conflicted by Ian Leslie, page 260: Try this with the Year 9 debate club."],
    ]);
    expect(book!.turns[1]!.metadata.notebook).toEqual({ section: "Part One: Why We Need New Ways to Argue", colour: "blue" });
  });
});

describe("a book's notebook and its clippings", () => {
  it("are one conversation: a highlight both hold is stored once; importing again adds nothing, a later export only what is new", async () => {
    const clippings = put("My Clippings.txt", CLIPPINGS);
    const notebook = put("Atomic Habits - Notebook.html", iphone(ATOMIC, "James Clear", ATOMIC_ENTRIES));
    const db = openDatabase(join(dir, "engram.db"));
    try {
      expect(await importFile(db, embedder, clippings)).toMatchObject({ format: "kindle", added: 2, duplicates: 0 });
      // (the notebook's first two highlights, the second with its note, are the clippings')
      expect(await importFile(db, embedder, notebook)).toMatchObject({ format: "kindle", added: 1, duplicates: 2 });
      expect(await importFile(db, embedder, notebook)).toMatchObject({ added: 0, duplicates: 3 });
      expect(await importFile(db, embedder, clippings)).toMatchObject({ added: 0, duplicates: 2 });
      const conversations = db.prepare("SELECT format, external_id FROM conversations").all();
      expect(conversations).toEqual([{ format: "kindle", external_id: ATOMIC_KEY }]);
      // (stored first from the clippings, a highlight keeps its day; the notebook's own is of the day it was saved)
      const days = db.prepare("SELECT external_id, occurred_at FROM sources ORDER BY id").all();
      expect(days).toEqual([
        { external_id: "highlight, page 16 | Location 229-229", occurred_at: Date.UTC(2026, 9, 4, 21, 40, 12) },
        { external_id: "highlight, page 27 | Location 401-402", occurred_at: Date.UTC(2026, 9, 4, 21, 52, 30) },
        { external_id: "highlight, Page 162 · Location 2378", occurred_at: SAVED },
      ]);
      // (a later export, saved again, with one more highlight)
      const later = put(
        "Atomic Habits - Notebook (1).html",
        iphone(ATOMIC, "James Clear", [...ATOMIC_ENTRIES, highlight("pink", "Page 170 · Location 2490", "Make it obvious.")]),
        Date.UTC(2026, 10, 28, 9, 0),
      );
      expect(await importFile(db, embedder, later)).toMatchObject({ added: 1, duplicates: 3 });
    } finally {
      db.close();
    }
  });

  it("adds nothing from clippings an earlier Engram stored, named then by their time", async () => {
    const clippings = put("My Clippings.txt", CLIPPINGS);
    const db = openDatabase(join(dir, "earlier.db"));
    try {
      expect(await importFile(db, embedder, clippings)).toMatchObject({ added: 2 });
      // (as an Engram before session 37 named them: by the conversation, the clipping's id and time, its speaker and words)
      const rows = db
        .prepare(
          "SELECT s.id, c.external_id AS conv, s.external_id, s.occurred_at, s.speaker, s.text FROM sources s JOIN conversations c ON c.id = s.conversation_id",
        )
        .all() as Array<{
        id: number;
        conv: string;
        external_id: string;
        occurred_at: number;
        speaker: string;
        text: string;
      }>;
      for (const r of rows)
        db.prepare("UPDATE sources SET content_hash = ? WHERE id = ?").run(
          sha256("chat_turn", "kindle", r.conv, r.external_id, r.occurred_at, r.speaker, r.text),
          r.id,
        );
      expect(await importFile(db, embedder, clippings)).toMatchObject({ added: 0, duplicates: 2 });
    } finally {
      db.close();
    }
  });
});

describe("detection and a folder", () => {
  it("tells a notebook by its start, whatever its name, and no other page for one", async () => {
    const renamed = put("notes.htm", iphone("Dune", "Frank Herbert", [highlight("yellow", "Page 8 · Location 120", "Fear is the mind-killer.")]));
    expect(await detectFormat(renamed)).toBe("kindle");
    // (the style sheet names the classes, but no element has them: a page styled alike is no notebook)
    expect(isKindleNotebook(`${HEAD}<body><div class="bookTitle">Dune</div></body></html>`)).toBe(false);
    expect(isKindleNotebook('<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<div class="bookTitle">')).toBe(false);
    expect(
      isKindleNotebook(`${HEAD}<body><div class='bodyContainer'><h1><div class='notebookFor'>Notes and highlights for</div><div class='bookTitle'>Dune</div>`),
    ).toBe(true);
  });

  it("reads the notebooks of a Downloads folder, passes over a saved web page and says an empty notebook has nothing", async () => {
    put("Downloads/Atomic Habits - Notebook.html", iphone(ATOMIC, "James Clear", ATOMIC_ENTRIES));
    put("Downloads/Conflicted - Notebook.html", MAC);
    const empty = put("Downloads/Dune - Notebook.html", iphone("Dune", "Frank Herbert", [section("Book One")]));
    put("Downloads/Order confirmation.html", "<!DOCTYPE html><html><body><p>Your order has shipped.</p></body></html>");
    const found = importPaths(join(dir, "Downloads")).map((p) => p.file);
    expect(found.map((f) => f.slice(dir.length + 1))).toEqual([
      "Downloads/Atomic Habits - Notebook.html",
      "Downloads/Conflicted - Notebook.html",
      "Downloads/Dune - Notebook.html",
    ]);
    expect(await Promise.all(found.map((f) => folderFileFormat(f)))).toEqual(["kindle", "kindle", "kindle"]);
    const err = await checkImportFile(empty, "kindle").catch((e: unknown) => e);
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe("a Kindle notebook with no highlight or note, no note");
  });
});

describe("a bad notebook", () => {
  it("is refused naming the file and line, and nothing is stored", async () => {
    const untitled = put("Untitled - Notebook.html", iphone("", "James Clear", ATOMIC_ENTRIES).replace(/<div class="bookTitle">[\s\S]*?<\/div>/, ""));
    expect((await importErrorOf(parsedConversations(untitled, "kindle"))).message).toBe(
      'Untitled - Notebook.html: line 60: not a Kindle notebook: no book title (<div class="bookTitle">) in it',
    );
    // (bytes that are no UTF-8 past the first 64 KiB, which detection reads: a notebook of many highlights)
    const many = Array.from({ length: 600 }, (_, i) => highlight("yellow", `Page ${i + 1} · Location ${i * 15 + 1}`, `The ${i + 1}th sentence worth keeping.`));
    const text = iphone(ATOMIC, "James Clear", [...many, highlight("yellow", "Page 700 · Location 9999", "Last words.")]);
    const at = text.indexOf("Last words.");
    const broken = put("Broken - Notebook.html", Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from([0xff, 0xfe]), Buffer.from(text.slice(at))]));
    expect((await importErrorOf(parsedConversations(broken, "kindle"))).message).toMatch(/^Broken - Notebook\.html: line 3034 \(byte \d+\): /);
    const db = openDatabase(join(dir, "bad.db"));
    try {
      await expect(importFile(db, embedder, untitled, { format: "kindle" })).rejects.toThrow(/line 60/);
      expect(db.prepare("SELECT count(*) FROM sources").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});

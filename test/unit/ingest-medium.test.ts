/**
 * Medium's account export (core/ingest/social/medium.ts), unzipped: each story, response and draft of
 * posts/ a note of the user's of the time it was published (a draft marked so, of the time its file was
 * written), titled by its title, its subtitle and its body's paragraphs (Medium's repeated title and
 * subtitle grafs left out, a figure's caption and a link's address kept); highlights, claps and
 * bookmarks a conversation of records each, a turn per item at its time; detected by content as a file
 * and in a folder, the export's other pages passed over, said why; imported twice adds nothing, a later
 * export only what is new; a bad page refused naming the file and where, nothing stored.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { folderFileFormat, passedOverInFolder } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { importFile } from "../../core/ingest/import.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { mediumListTime, mediumPageOf } from "../../core/ingest/social/medium.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "engram-medium-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `text` to `path` under the test's folder (its folders made), with modification time `mtime` (epoch ms) when given; returns its path. */
function put(path: string, text: string | Buffer, mtime?: number): string {
  const file = join(dir, path);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, text);
  if (mtime !== undefined) utimesSync(file, new Date(mtime), new Date(mtime));
  return file;
}

/** A story's page as Medium's export writes it; `published` null for a draft's footer. */
function story(title: string, subtitle: string, body: string, id: string, published: string | null): string {
  const footer = published
    ? `<footer><p>By <a href="https://medium.com/@maya" class="p-author h-card">Maya Lindqvist</a> on <a href="https://medium.com/p/${id}"><time class="dt-published" datetime="${published}">March 29, 2026</time></a>.</p><p><a href="https://medium.com/@maya/a-story-${id}" class="p-canonical">Canonical link</a></p><p>Exported from <a href="https://medium.com">Medium</a> on December 6, 2026.</p></footer>`
    : `<footer><p><a href="https://medium.com/p/${id}">View original.</a></p><p>Exported from <a href="https://medium.com">Medium</a> on December 6, 2026.</p></footer>`;
  return `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${title}</title><style>
      * { font-family: Georgia, Cambria, "Times New Roman", Times, serif; }
      </style></head><body><article class="h-entry">
<header>
<h1 class="p-name">${title}</h1>
</header>
<section data-field="subtitle" class="p-summary">
${subtitle}
</section>
<section data-field="body" class="e-content">
<section name="962d" class="section section--body section--first section--last"><div class="section-divider"><hr class="section-divider"></div><div class="section-content"><div class="section-inner sectionLayout--insetColumn"><h3 name="00ae" id="00ae" class="graf graf--h3 graf--leading graf--title">${title}</h3>${body}</div></div></section>
</section>
${footer}</article></body></html>`;
}

const BURNOUT = story(
  "I Burned Out, and Here Is What It Looked Like",
  "It was not dramatic.",
  [
    `<h4 name="1a2b" id="1a2b" class="graf graf--h4 graf-after--h3 graf--subtitle">It was not dramatic.</h4>`,
    `<p name="5a30" id="5a30" class="graf graf--p graf-after--h4">My GP signed me off work for <strong class="markup--strong markup--p-strong">six weeks</strong>.</p>`,
    `<figure name="6645" id="6645" class="graf graf--figure graf-after--p"><img class="graf-image" data-image-id="1*F.png" src="https://cdn-images-1.medium.com/max/800/1*F.png"><figcaption class="imageCaption">The car park where it started</figcaption></figure>`,
    `<h3 name="181b" id="181b" class="graf graf--h3 graf-after--figure">What helped</h3>`,
    `<p name="e471" id="e471" class="graf graf--p graf-after--h3">Walking with <a href="https://www.ramblers.org.uk/" class="markup--anchor markup--p-anchor">the Ramblers</a> on Saturdays.</p>`,
  ].join(""),
  "4b1c9e2d7a30",
  "2026-03-29T18:42:10.331Z",
);

const DRAFT = story(
  "Should I Go Freelance?",
  "",
  `<p name="b75e" id="b75e" class="graf graf--p graf-after--h3">I am thinking about going freelance in the spring.</p>`,
  "6c2b9e0f4d18",
  null,
);

/** A list page of Medium's export, as valueof/meh's fixtures are. */
function listPage(kind: string, items: string[]): string {
  return `<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<title>Maya Lindqvist’s ${kind}, page 1</title>\n</head>\n<body>\n<section>\n<h3>Maya Lindqvist’s ${kind}, page 1</h3>\n<ul>\n${items.join("\n")}\n</ul>\n</section>\n</body>\n</html>`;
}

const HIGHLIGHTS = listPage("quotes", [
  `<li class="h-entry"><time class="dt-published">2026-3-20 9:14 pm</time> - <p name="a1f3" id="a1f3" class="graf graf--p">I kept waiting. <span class="markup--highlight" name="selection">Rest is not a reward for finishing; it is part of the work.</span></p>\n</li>`,
  `<li class="h-entry"><time class="dt-published">2026-8-30 12:02 am</time> - <p name="77c4" id="77c4" class="graf graf--p"><span class="markup--highlight" name="selection"><em class="markup--em markup--p-em">The compiler is your colleague.</em></span></p></li>`,
]);

const CLAPS = listPage("claps", [
  `<li class="h-entry">+50 &mdash; <a class="h-cite u-like-of"\n href="https://medium.com/p/the-float-test-1a2b3c4d5e6f">The Float Test Is Lying to You</a> (<time\n class="dt-published">2026-7-3 8:55 pm</time>)</li>`,
  `<li class="h-entry">+1 &mdash; <a class="h-cite u-like-of" href="https://medium.com/p/welcome-9e53ca408c48">Welcome to Medium</a> (<time class="dt-published">2026-7-4 11:54 pm</time>)</li>`,
]);

const BOOKMARKS = listPage("bookmarks", [
  `<li><a class="h-cite" href="https://medium.com/p/porto-beyond-0a1b2c3d4e5f">Porto Beyond\n the Ribeira</a> (<time class="dt-published">2026-4-30 6:21 pm</time>)</li>`,
]);

/** An unzipped export under `root`: its README, a story, a draft, highlights, claps, bookmarks and pages of no words of the user's. */
function writeExport(root: string, extra: Record<string, string> = {}): Record<string, string> {
  const files: Record<string, string> = {
    "README.html": `<!DOCTYPE html><html><head><title>Archive for Maya Lindqvist</title></head><body><h1>Archive for <a class="h-card" href="https://medium.com/@maya">Maya</a></h1></body></html>`,
    "posts/2026-03-29_I-Burned-Out--and-Here-Is-What-It-Looked-Like-4b1c9e2d7a30.html": BURNOUT,
    "posts/draft_Should-I-Go-Freelance--6c2b9e0f4d18.html": DRAFT,
    "highlights/highlights-0001.html": HIGHLIGHTS,
    "claps/claps-0001.html": CLAPS,
    "bookmarks/bookmarks-0001.html": BOOKMARKS,
    "interests/tags.html": `<!DOCTYPE html><html><head><title>Tags Maya has shown interest in</title></head><body><section><ol><li><a href="https://medium.com/tag/rust">Rust</a></li></ol></section></body></html>`,
    "lists/Reading-list-4e5f6a7b8c9d.html": `<!DOCTYPE html><html><body><article class="h-entry"><header><h1 class="p-name">Reading list</h1></header><section data-field="lists"><ul><li data-field="post"><a href="https://medium.com/p/0a1b2c3d4e5f">Porto Beyond the Ribeira</a></li></ul></section></article></body></html>`,
    "profile/profile.html": `<!DOCTYPE html><html><body><h3 class="p-name">Maya Lindqvist</h3></body></html>`,
    ...extra,
  };
  const out: Record<string, string> = {};
  for (const [name, text] of Object.entries(files)) out[name] = put(`${root}/${name}`, text, Date.UTC(2026, 11, 6, 9, 30));
  return out;
}

describe("reading Medium's export", () => {
  it("reads a story as a note of the user's of the time it was published, titled by its title, its repeated title and subtitle left out", async () => {
    const files = writeExport("medium-export");
    const [note, ...rest] = await parsedConversations(files["posts/2026-03-29_I-Burned-Out--and-Here-Is-What-It-Looked-Like-4b1c9e2d7a30.html"]!);
    expect(rest).toEqual([]);
    expect(note).toMatchObject({ format: "note", externalId: "medium:4b1c9e2d7a30", title: "I Burned Out, and Here Is What It Looked Like" });
    expect(note!.turns.map((t) => t.text)).toEqual([
      "It was not dramatic.",
      "My GP signed me off work for six weeks.",
      "The car park where it started",
      "What helped: Walking with the Ramblers (https://www.ramblers.org.uk/) on Saturdays.",
    ]);
    for (const t of note!.turns) {
      expect([t.speaker, t.role, t.occurredAt]).toEqual(["User", "user", Date.parse("2026-03-29T18:42:10.331Z")]);
      expect(t.metadata.medium).toEqual({ id: "4b1c9e2d7a30", draft: false, url: "https://medium.com/@maya/a-story-4b1c9e2d7a30" });
    }
  });

  it("reads a draft marked so, of the time its file was written", async () => {
    const files = writeExport("medium-export");
    const [note] = await parsedConversations(files["posts/draft_Should-I-Go-Freelance--6c2b9e0f4d18.html"]!);
    expect(note).toMatchObject({ externalId: "medium:6c2b9e0f4d18", title: "Should I Go Freelance? (draft)" });
    expect(note!.turns.map((t) => [t.text, t.occurredAt])).toEqual([["I am thinking about going freelance in the spring.", Date.UTC(2026, 11, 6, 9, 30)]]);
    expect(note!.turns[0]!.metadata.medium).toEqual({ id: "6c2b9e0f4d18", draft: true });
  });

  it("reads highlights, claps and bookmarks as records, a turn per item at its time on the user's clock", async () => {
    const files = writeExport("medium-export");
    const [highlights] = await parsedConversations(files["highlights/highlights-0001.html"]!);
    expect(highlights).toMatchObject({ format: "medium", externalId: "medium:highlights", title: "Highlights on Medium", records: "log" });
    expect(highlights!.turns.map((t) => [t.externalId, t.text])).toEqual([
      ["2026-03-20T21:14:00.000Z", "Highlighted on Medium on Friday 20 March: “Rest is not a reward for finishing; it is part of the work.”"],
      ["2026-08-30T00:02:00.000Z", "Highlighted on Medium on Sunday 30 August: “The compiler is your colleague.”"],
    ]);
    const [claps] = await parsedConversations(files["claps/claps-0001.html"]!);
    expect(claps).toMatchObject({ externalId: "medium:claps", records: "log" });
    expect(claps!.turns.map((t) => t.text)).toEqual([
      "Clapped 50 times for “The Float Test Is Lying to You” on Medium (https://medium.com/p/the-float-test-1a2b3c4d5e6f) on Friday 3 July.",
      "Clapped 1 time for “Welcome to Medium” on Medium (https://medium.com/p/welcome-9e53ca408c48) on Saturday 4 July.",
    ]);
    const [bookmarks] = await parsedConversations(files["bookmarks/bookmarks-0001.html"]!);
    expect(bookmarks!.turns.map((t) => [t.occurredAt, t.text])).toEqual([
      [Date.UTC(2026, 3, 30, 18, 21), "Bookmarked “Porto Beyond the Ribeira” on Medium (https://medium.com/p/porto-beyond-0a1b2c3d4e5f) on Thursday 30 April."],
    ]);
  });

  it("reads Medium's list times, 12 am and pm included, and none that is not a day", () => {
    expect(mediumListTime("2015-03-9 4:43 pm")).toBe(Date.UTC(2015, 2, 9, 16, 43));
    expect(mediumListTime("2015-03-12 12:18 am")).toBe(Date.UTC(2015, 2, 12, 0, 18));
    expect(mediumListTime("2015-07-16 12:30 pm")).toBe(Date.UTC(2015, 6, 16, 12, 30));
    expect(mediumListTime("2015-02-30 1:00 pm")).toBeNaN();
    expect(mediumListTime("yesterday")).toBeNaN();
  });

  it("tells its pages by their content, whatever their names, and not a list of Medium's or another page", async () => {
    const files = writeExport("medium-export");
    expect(mediumPageOf(BURNOUT)).toBe("post");
    expect(mediumPageOf(HIGHLIGHTS)).toBe("highlights");
    expect(mediumPageOf(CLAPS)).toBe("claps");
    expect(mediumPageOf(BOOKMARKS)).toBe("bookmarks");
    expect(
      mediumPageOf(`<html><body><article class="h-entry"><h1 class="p-name">Reading list</h1><section data-field="lists"></section></article></body></html>`),
    ).toBeNull();
    expect(mediumPageOf("<html><head><title>Recipes</title></head><body><p>Bread</p></body></html>")).toBeNull();
    const renamed = put("elsewhere/story.htm", BURNOUT);
    expect(await detectFormat(renamed)).toBe("medium");
    expect(await detectFormat(files["claps/claps-0001.html"]!)).toBe("medium");
    expect((await parsedConversations(renamed, "medium"))[0]!.externalId).toBe("medium:4b1c9e2d7a30");
  });

  it("in a folder, reads the stories, highlights, claps and bookmarks and passes over the other pages, said why", async () => {
    const files = writeExport("medium-export");
    for (const name of [
      "posts/2026-03-29_I-Burned-Out--and-Here-Is-What-It-Looked-Like-4b1c9e2d7a30.html",
      "posts/draft_Should-I-Go-Freelance--6c2b9e0f4d18.html",
      "highlights/highlights-0001.html",
      "claps/claps-0001.html",
      "bookmarks/bookmarks-0001.html",
    ]) {
      expect(await passedOverInFolder(files[name]!)).toBeNull();
      expect(await folderFileFormat(files[name]!)).toBe("medium");
    }
    expect(await passedOverInFolder(files["README.html"]!)).toBe("the Medium export's table of contents: no words of yours");
    expect(await passedOverInFolder(files["interests/tags.html"]!)).toMatch(/^Medium's tags, topics/);
    expect(await passedOverInFolder(files["lists/Reading-list-4e5f6a7b8c9d.html"]!)).toBe(
      "a Medium reading list of other people's stories: no words of yours, not imported",
    );
    expect(await passedOverInFolder(files["profile/profile.html"]!)).toBe("your Medium profile and account settings: not imported");
    for (const name of ["README.html", "interests/tags.html", "lists/Reading-list-4e5f6a7b8c9d.html", "profile/profile.html"])
      expect(await folderFileFormat(files[name]!)).toBeNull();
    // (imported alone, such a page is refused, saying why)
    expect(await importErrorOf(detectFormat(files["profile/profile.html"]!))).toMatchObject({
      message: "profile.html: byte 0: your Medium profile and account settings: not imported",
    });
  });
});

describe("importing Medium's export", () => {
  it("adds nothing when imported again, and from a later export only what is new", async () => {
    const db = openDatabase(join(dir, "engram.db"));
    try {
      const first = writeExport("first");
      const names = ["posts/2026-03-29_I-Burned-Out--and-Here-Is-What-It-Looked-Like-4b1c9e2d7a30.html", "highlights/highlights-0001.html"];
      let turns = 0;
      for (const n of names) {
        const r = await importFile(db, embedder, first[n]!);
        expect(r).toMatchObject({ format: "medium", added: r.turns, duplicates: 0 });
        turns += r.turns;
        expect(await importFile(db, embedder, first[n]!)).toMatchObject({ added: 0, duplicates: r.turns });
      }
      expect(turns).toBe(6);
      const later = writeExport("later", {
        "highlights/highlights-0001.html": HIGHLIGHTS.replace(
          "</ul>",
          `<li class="h-entry"><time class="dt-published">2026-11-2 7:05 am</time> - <p name="9c9c" id="9c9c" class="graf graf--p"><span class="markup--highlight" name="selection">Write the thing you needed to read.</span></p></li>\n</ul>`,
        ),
      });
      expect(await importFile(db, embedder, later[names[0]!]!)).toMatchObject({ added: 0, duplicates: 4 });
      expect(await importFile(db, embedder, later[names[1]!]!)).toMatchObject({ added: 1, duplicates: 2 });
    } finally {
      db.close();
    }
  });

  it("refuses a bad page naming the file and where, and stores nothing", async () => {
    const cases: Array<[string, string | Buffer, string]> = [
      [
        "bad/posts/2026-01-01_A-1.html",
        BURNOUT.replace("2026-03-29T18:42:10.331Z", "2026-02-30T25:00:00Z"),
        '2026-01-01_A-1.html: datetime: "2026-02-30T25:00:00Z": expected a time',
      ],
      [
        "bad/claps/claps-0001.html",
        CLAPS.replace("2026-7-3 8:55 pm", "3 July"),
        'claps-0001.html: item 1: "3 July": expected a time such as 2026-3-20 9:14 pm',
      ],
      [
        "bad/highlights/highlights-0002.html",
        listPage("quotes", [
          '<li class="h-entry"><time class="dt-published">2026-3-20 9:14 pm</time> - <p class="graf graf--p"><span class="markup--highlight" name="selection"> </span></p></li>',
        ]),
        "highlights-0002.html: byte 0: no highlights on this page",
      ],
      ["bad/page.html", "<html><body><p>Hello</p></body></html>", "page.html: byte 0: not a page of Medium's export"],
      [
        "bad/posts/2026-01-02_B-2.html",
        Buffer.concat([Buffer.from(BURNOUT.slice(0, 40)), Buffer.from([0xff]), Buffer.from(BURNOUT.slice(40))]),
        "2026-01-02_B-2.html: byte 40: ",
      ],
    ];
    const db = openDatabase(join(dir, "bad.db"));
    try {
      for (const [path, text, message] of cases) {
        const file = put(path, text);
        const err = await importErrorOf(validateExport(file, { format: "medium" }));
        expect([err.name, err.file]).toEqual(["ImportError", file]);
        expect(err.message.slice(0, message.length)).toBe(message);
        await expect(importFile(db, embedder, file, { format: "medium" })).rejects.toThrow(message);
      }
      expect(db.prepare("SELECT count(*) FROM conversations").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});

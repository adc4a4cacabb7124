/**
 * Raindrop.io's exports, read as the `bookmarks` format: its CSV export (core/ingest/raindrop.ts) a note
 * per collection, each bookmark in the words of a browser's bookmark (bookmarks.ts `bookmarkInWords`)
 * with the user's note, the page's excerpt in quotes, each highlight with its note, its tags and a star
 * for a favourite; a nested collection's path, Raindrop's Unsorted; its HTML export (bookmarks.ts) with
 * its tags, favourites, descriptions and highlights. Detected by its header as a file and in a folder
 * (never a note, nor a read-later list), `--format bookmarks` chosen; imported twice adds nothing, a
 * later export only what is new; a bad row refused naming the file, the line and the column, nothing
 * stored; an export with no page saved passed over in a folder, said why.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, whyPassedOver } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { importFile } from "../../core/ingest/import.js";
import { MAX_HELD_CHARS } from "../../core/ingest/web/bookmarks.js";
import { detectFormat, parseExport, validateExport } from "../../core/ingest/parse.js";
import { isRaindropCsv, RAINDROP_COLUMNS, raindropHighlights } from "../../core/ingest/web/raindrop.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-raindrop-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An embedder that gives every text the same vector: what is stored is under test, not what is found. */
const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

/** Writes `text` at `path` under the test's folder (making its folders), modified at `mtime` when given, and returns the path. */
function put(path: string, text: string, mtime?: number): string {
  const file = join(dir, path);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, text);
  if (mtime !== undefined) utimesSync(file, new Date(mtime), new Date(mtime));
  return file;
}

/** Raindrop's CSV: its header, then the rows as written (quoted only where a cell needs it), LF line ends. */
const csv = (rows: string[]) => `${[RAINDROP_COLUMNS.join(","), ...rows].join("\n")}\n`;

/** Rows of Raindrop's CSV export, newest first, as Raindrop writes them. */
const ROWS = [
  // (a highlight with its note, another without, the excerpt's "&nbsp;" as Raindrop leaves it)
  '768812207,How to sleep better,,"Sleep scientists on what works,&nbsp;from light to temperature.",https://www.theguardian.com/lifeandstyle/2026/oct/04/how-to-sleep-better,Reading,"sleep, health",2026-10-05T07:15:51.640Z,https://i.guim.co.uk/sleep.jpg,"Highlight:Keep your bedroom cool: around 18°C is ideal.\nNote:Set the heating to drop at 10pm\n\nHighlight:Avoid caffeine after 2pm.",true',
  // (a note of two lines, a nested collection)
  '744108523,Hiiragiya Ryokan | Kyoto,"Ask for a garden-view room.\nDinner at 7.",A ryokan in Kyoto since 1818.,https://www.hiiragiya.co.jp/en/,Travel / Japan,"kyoto, ryokan",2026-05-18T21:03:44.127Z,,,false',
  // (Raindrop's own collection; an untitled page, its link as its title)
  "788120933,https://www.insidekyoto.com/kyoto-autumn-leaves,,,https://www.insidekyoto.com/kyoto-autumn-leaves,Unsorted,,2026-11-21T22:05:40.019Z,,,false",
  // (a bookmarklet: no page saved)
  "700000001,Save to Raindrop,,,javascript:void(0),Unsorted,,2026-01-02T10:00:00.000Z,,,false",
];

describe("Raindrop.io's CSV export", () => {
  it("is told by its header, a file's and in a folder's, as bookmarks, never a read-later list nor a note", async () => {
    const file = put("detect/export.csv", csv(ROWS));
    expect(isRaindropCsv(`\uFEFF${RAINDROP_COLUMNS.join(",")}\n`)).toBe(true);
    // (an older export: no id, no favorite)
    expect(isRaindropCsv("title,note,excerpt,url,folder,tags,created,cover,highlights\n")).toBe(true);
    expect(isRaindropCsv("title,url,time_added,tags,status\n")).toBe(false);
    expect(await detectFormat(file)).toBe("bookmarks");
    expect(await folderFileFormat(file)).toBe("bookmarks");
    expect(await checkImportFile(file, "bookmarks")).toBe("bookmarks");
  });

  it("reads a note per collection, each bookmark a paragraph of the day it was saved, with its note, excerpt, highlights, tags and star", async () => {
    const convs = await parsedConversations(put("read/export.csv", csv(ROWS), Date.UTC(2026, 10, 28, 18, 2)));
    expect(convs.map((c) => [c.format, c.externalId, c.title])).toEqual([
      ["note", "bookmarks:Reading", "Reading"],
      ["note", "bookmarks:Travel / Japan", "Travel / Japan"],
      ["note", "bookmarks:Unsorted", "Unsorted"],
    ]);
    const turns = convs.flatMap((c) => c.turns);
    expect(turns.map((t) => [t.speaker, t.role, new Date(t.occurredAt).toISOString(), t.text])).toEqual([
      [
        "User",
        "user",
        "2026-10-05T07:15:51.640Z",
        [
          'Bookmarked "How to sleep better" (www.theguardian.com/lifeandstyle/2026/oct/04/how-to-sleep-better) in Reading on 5 October 2026 (favourite).',
          'The page says: "Sleep scientists on what works, from light to temperature."',
          'Highlighted in "How to sleep better", with my note "Set the heating to drop at 10pm": "Keep your bedroom cool: around 18°C is ideal."',
          'Highlighted in "How to sleep better": "Avoid caffeine after 2pm."',
          "Tags: sleep, health.",
        ].join("\n"),
      ],
      [
        "User",
        "user",
        "2026-05-18T21:03:44.127Z",
        [
          'Bookmarked "Hiiragiya Ryokan | Kyoto" (www.hiiragiya.co.jp/en) in Travel / Japan on 18 May 2026.',
          "My note: Ask for a garden-view room.",
          "Dinner at 7.",
          'The page says: "A ryokan in Kyoto since 1818."',
          "Tags: kyoto, ryokan.",
        ].join("\n"),
      ],
      ["User", "user", "2026-11-21T22:05:40.019Z", "Bookmarked www.insidekyoto.com/kyoto-autumn-leaves on 21 November 2026."],
    ]);
    expect(turns[0]!.metadata.bookmark).toEqual({
      folder: "Reading",
      href: "https://www.theguardian.com/lifeandstyle/2026/oct/04/how-to-sleep-better",
      line: 2,
      added: "2026-10-05T07:15:51.640Z",
      tags: ["sleep", "health"],
      favourite: true,
      highlights: 2,
      id: "768812207",
    });
    // (the cover image's link is never kept)
    expect(JSON.stringify(convs)).not.toContain("i.guim.co.uk");
  });

  it("reads the highlights cell as Raindrop writes it, and another tool's lines one highlight a paragraph", () => {
    expect(raindropHighlights("Highlight:A simple, fast, robust job/task queue for Node.js, backed by Redis.")).toEqual([
      { text: "A simple, fast, robust job/task queue for Node.js, backed by Redis.", note: "" },
    ]);
    expect(raindropHighlights("Highlight:First line\nsecond line\nNote:my note\nmore of it\n\nHighlight:Two")).toEqual([
      { text: "First line second line", note: "my note more of it" },
      { text: "Two", note: "" },
    ]);
    expect(raindropHighlights("First highlight\n\nSecond highlight")).toEqual([
      { text: "First highlight", note: "" },
      { text: "Second highlight", note: "" },
    ]);
    expect(raindropHighlights("")).toEqual([]);
  });

  it("adds nothing when imported again, and from a later export only what is new", async () => {
    const db = openDatabase(join(dir, "again.db"));
    try {
      const first = put("again/1/export.csv", csv(ROWS));
      expect(await importFile(db, embedder, first)).toMatchObject({ format: "bookmarks", conversations: 3, added: 3, duplicates: 0 });
      expect(await importFile(db, embedder, first)).toMatchObject({ added: 0, duplicates: 3 });
      // (a later export: a bookmark saved since, newest first, the rest as they were)
      const newer = "790000001,Kikunoi Honten,Booked for 12 April at 6pm,,https://kikunoi.jp/english/,Travel / Japan,kyoto,2026-11-25T19:22:08.013Z,,,false";
      const later = put("again/2/export.csv", csv([newer, ...ROWS]));
      expect(await importFile(db, embedder, later)).toMatchObject({ added: 1, duplicates: 3 });
    } finally {
      db.close();
    }
  });

  it("refuses a bad row naming the file, the line and the column, and stores nothing", async () => {
    const ok = ROWS[1]!;
    const cases: Array<[string, string, string]> = [
      [
        "created.csv",
        // (the note's two lines: the row after it starts on line 4)
        csv([ok, "1,Two,,,https://example.com/two,Reading,,yesterday,,,false"]),
        'created.csv: line 4, "created": "yesterday" is no time: expected ISO 8601, as Raindrop writes it ("2026-03-14T10:12:05.318Z")',
      ],
      ["url.csv", csv(["1,No link,,,,Reading,,2026-10-05T07:15:51.640Z,,,false"]), 'url.csv: line 2, "url": a bookmark with no link'],
      [
        "favorite.csv",
        csv(["1,Two,,,https://example.com/two,Reading,,2026-10-05T07:15:51.640Z,,,yes"]),
        'favorite.csv: line 2, "favorite": "yes" is neither true nor false',
      ],
    ];
    const db = openDatabase(join(dir, "bad.db"));
    try {
      for (const [name, text, message] of cases) {
        const file = put(`bad/${name}`, text);
        const err = await importErrorOf(validateExport(file, { format: "bookmarks" }));
        expect([err.name, err.file, err.message]).toEqual(["ImportError", file, message]);
        await expect(importFile(db, embedder, file)).rejects.toThrow(message);
      }
      expect(db.prepare("SELECT COUNT(*) AS n FROM sources").get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
    // (a quote never closed)
    const open = put("bad/open.csv", csv(['1,"Never closed,,,https://example.com,Reading,,2026-10-05T07:15:51.640Z,,,false']));
    expect((await importErrorOf(parsedConversations(open))).message).toMatch(/^open\.csv: line \d+: /);
  });

  it("gives a large export's collections in parts past what it holds, every bookmark once", async () => {
    const note = "n".repeat(2000);
    const count = Math.ceil(MAX_HELD_CHARS / 2600) + 500;
    const rows: string[] = [];
    for (let i = 0; i < count; i++) rows.push(`${i},Page ${i},${note} ${i},,https://example.com/${i},Reading,,2026-01-01T00:00:00.000Z,,,false`);
    const parts: Array<[string, number]> = [];
    for await (const c of parseExport(put("large/export.csv", csv(rows)))) parts.push([c.externalId, c.turns.length]);
    expect(parts.length).toBeGreaterThan(1);
    expect(new Set(parts.map(([id]) => id))).toEqual(new Set(["bookmarks:Reading"]));
    expect(parts.reduce((n, [, turns]) => n + turns, 0)).toBe(count);
  });

  it("passes over an export with no page saved, in a folder, said why", async () => {
    const file = put("empty/export.csv", csv([ROWS[3]!]));
    const err = await checkImportFile(file, "bookmarks").then(
      () => null,
      (e: unknown) => e,
    );
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe("a bookmarks file whose one bookmark is no page saved (a bookmarklet, a browser's own page), no note");
  });
});

/** Seconds since 1970 of a UTC time, as ADD_DATE holds it. */
const secs = (iso: string) => Math.floor(Date.parse(`${iso}Z`) / 1000);

/** Raindrop's HTML export: a tab a level, its own Unsorted first, a nested collection inside its parent's list, DATA-IMPORTANT, a description and a highlight after a bookmark. */
const HTML = `<!DOCTYPE NETSCAPE-Bookmark-file-1>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
<TITLE>Raindrop.io Bookmarks</TITLE>
<H1>Raindrop.io Bookmarks</H1>
<DL><p>
\t<DT><H3 ADD_DATE="0" LAST_MODIFIED="0">Unsorted</H3>
\t<DL><p>
\t\t<DT><A HREF="https://www.insidekyoto.com/kyoto-autumn-leaves" ADD_DATE="${secs("2026-11-21T22:05:40")}" LAST_MODIFIED="${secs("2026-11-21T22:05:40")}" TAGS="" DATA-COVER="" DATA-IMPORTANT="false">Kyoto's best autumn leaves spots</A>
\t</DL><p>
\t<DT><H3 ADD_DATE="${secs("2026-01-10T18:02:11")}" LAST_MODIFIED="${secs("2026-05-18T21:09:30")}">Travel</H3>
\t<DL><p>
\t\t<DT><H3 ADD_DATE="${secs("2026-05-18T21:01:09")}" LAST_MODIFIED="${secs("2026-05-18T21:09:30")}">Japan</H3>
\t\t<DL><p>
\t\t\t<DT><A HREF="https://www.hiiragiya.co.jp/en/" ADD_DATE="${secs("2026-05-18T21:03:44")}" LAST_MODIFIED="${secs("2026-06-02T08:30:12")}" TAGS="kyoto,ryokan" DATA-COVER="https://www.hiiragiya.co.jp/en/img/ogp.jpg" DATA-IMPORTANT="true">Hiiragiya Ryokan | Kyoto</A>
\t\t\t<DD>A ryokan in the heart of Kyoto since 1818.
\t\t\t<DD><blockquote>Each room looks onto its own
garden.</blockquote>
\t\t\t<DT><A HREF="https://www.japan-guide.com/e/e3915.html" ADD_DATE="${secs("2026-05-18T21:09:30")}" LAST_MODIFIED="${secs("2026-05-18T21:09:30")}" TAGS="kyoto" DATA-COVER="" DATA-IMPORTANT="false">Fushimi Inari Taisha</A>
\t\t\t<DD>Arrive before 7am to have the torii gates to yourself.
\t\t</DL><p>
\t</DL><p>
</DL><p>
`;

describe("Raindrop.io's HTML export", () => {
  it("is read as browsers' bookmarks, with its tags, favourites, descriptions and highlights; its Unsorted no folder of the user's", async () => {
    const file = put("html/raindrop-backup.html", HTML);
    expect(await detectFormat(file)).toBe("bookmarks");
    expect(await folderFileFormat(file)).toBe("bookmarks");
    const convs = await parsedConversations(file);
    expect(convs.map((c) => [c.externalId, c.turns.map((t) => t.text)])).toEqual([
      ["bookmarks:Unsorted", ['Bookmarked "Kyoto\'s best autumn leaves spots" (www.insidekyoto.com/kyoto-autumn-leaves) on 21 November 2026.']],
      [
        "bookmarks:Travel / Japan",
        [
          [
            'Bookmarked "Hiiragiya Ryokan | Kyoto" (www.hiiragiya.co.jp/en) in Travel / Japan on 18 May 2026 (favourite).',
            'Highlighted in "Hiiragiya Ryokan | Kyoto": "Each room looks onto its own garden."',
            "Description: A ryokan in the heart of Kyoto since 1818.",
            "Tags: kyoto, ryokan.",
          ].join("\n"),
          [
            'Bookmarked "Fushimi Inari Taisha" (www.japan-guide.com/e/e3915.html) in Travel / Japan on 18 May 2026.',
            "Description: Arrive before 7am to have the torii gates to yourself.",
            "Tags: kyoto.",
          ].join("\n"),
        ],
      ],
    ]);
    expect(convs[1]!.turns[0]!.metadata.bookmark).toMatchObject({ favourite: true, highlights: 1, line: 14 });
    expect(JSON.stringify(convs)).not.toContain("ogp.jpg");
  });

  it("in a folder beside the CSV export, both are read and another .csv passed over", async () => {
    const root = join(dir, "Downloads");
    put("Downloads/Raindrop/raindrop-backup.html", HTML);
    put("Downloads/Raindrop/export.csv", csv(ROWS));
    put("Downloads/Raindrop/budget.csv", "Month,Rent,Food\nNovember,1200,340\n");
    expect(importPaths(root).map((p) => p.file.slice(root.length + 1))).toEqual([join("Raindrop", "export.csv"), join("Raindrop", "raindrop-backup.html")]);
  });
});

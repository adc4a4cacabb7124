import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, whyPassedOver } from "../../core/api/import-check.js";
import { articleInWords, MAX_HELD_CHARS } from "../../core/ingest/web/readlater.js";
import { detectFormat, parseExport, validateExport } from "../../core/ingest/parse.js";
import { conversationItems, turnHash } from "../../core/ingest/store.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-readlater-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `text` at `path` under the test's folder (making its folders), modified at `mtime` when given, and returns the path. */
function put(path: string, text: string, mtime?: number): string {
  const file = join(dir, path);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, text);
  if (mtime !== undefined) utimesSync(file, new Date(mtime), new Date(mtime));
  return file;
}

/** Seconds since 1970 of a UTC time, as Pocket's time_added and Instapaper's Timestamp hold it. */
const secs = (iso: string) => Math.floor(Date.parse(`${iso}Z`) / 1000);

/** Pocket's CSV export (pocket.zip's part_000000.csv): newest first, tags joined by "|", a title with a comma quoted, an untitled article's link as its title. */
const POCKET_ROWS = [
  `The Case for Slow Mornings,https://www.theguardian.com/lifeandstyle/2026/nov/03/the-case-for-slow-mornings,${secs("2026-11-03T07:12:40")},mornings|habits,archive`,
  `https://www.seriouseats.com/the-best-roast-potatoes-ever-recipe,https://www.seriouseats.com/the-best-roast-potatoes-ever-recipe,${secs("2026-10-25T12:03:51")},,unread`,
  `"Sourdough, Simply: A Starter Guide",https://www.kingarthurbaking.com/recipes/sourdough-starter-recipe?utm_source=pocket,${secs("2026-10-28T19:44:02")},cooking|baking,unread`,
];
const pocketCsv = (rows: string[]) => ["title,url,time_added,tags,status", ...rows, ""].join("\n");
const POCKET = pocketCsv(POCKET_ROWS);

/** Instapaper's CSV export: CRLF, Tags a JSON array with its quotes doubled, a selection with a comma, a starred article and a folder of the user's. */
const INSTAPAPER = [
  "URL,Title,Selection,Folder,Timestamp,Tags",
  `https://www.japan-guide.com/e/e2361.html,Is the Japan Rail Pass Still Worth It?,"Only if you do Tokyo to Kyoto and back, plus Hiroshima.",Japan trip,${secs("2026-11-18T21:07:44")},"[""japan"",""trains""]"`,
  `https://www.nytimes.com/2026/11/10/well/mind/autumn-sleep.html,Why We Sleep Badly When the Clocks Go Back,Get bright light within an hour of waking,Archive,${secs("2026-11-10T22:41:19")},[]`,
  `https://www.theparisreview.org/blog/2026/10/22/in-praise-of-reading-slowly/,In Praise of Reading Slowly,,Starred,${secs("2026-10-22T20:59:05")},[]`,
  `https://www.thisoldhouse.com/plumbing/how-to-fix-a-leaky-faucet,How to Fix a Dripping Tap,,Unread,${secs("2026-11-06T19:26:38")},[]`,
  "",
].join("\r\n");

/** Pocket's older HTML export (ril_export.html), one article a line, its lists after their headings. */
const POCKET_HTML = `<!DOCTYPE html>
<html>
	<!--So long and thanks for all the fish-->
	<head>
		<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
		<title>Pocket Export</title>
	</head>
	<body>
		<h1>Unread</h1>
		<ul>
			<li><a href="https://www.kingarthurbaking.com/recipes/sourdough-starter-recipe?utm_source=pocket" time_added="${secs("2026-10-28T19:44:02")}" tags="cooking,baking">Sourdough, Simply: A Starter Guide</a></li>
			<li><a href="https://www.bbc.com/food/recipes/flapjacks" time_added="${secs("2026-09-02T08:00:00")}" tags="">Flapjacks &amp; Oat Bars</a></li>
		</ul>

		<h1>Read Archive</h1>
		<ul>
			<li><a href="https://www.theguardian.com/lifeandstyle/2026/nov/03/the-case-for-slow-mornings" time_added="${secs("2026-11-03T07:12:40")}" tags="mornings,habits">The Case for Slow Mornings</a></li>
		</ul>
	</body>
</html>
`;

/** Each conversation's key, title and its turns' texts. */
const told = (convs: Array<{ externalId: string; title: string | null; turns: Array<{ text: string }> }>) =>
  convs.map((c) => [c.externalId, c.title, c.turns.map((t) => t.text)]);

describe("read-later lists (Pocket's and Instapaper's exports)", () => {
  it("reads Pocket's CSV as a note per status, each article a line of the day it was saved, an untitled one by its link", async () => {
    const file = put("pocket/part_000000.csv", POCKET);
    expect(await detectFormat(file)).toBe("readlater");
    const convs = await parsedConversations(file);
    expect(told(convs)).toEqual([
      [
        "readlater:pocket:archive",
        "Pocket: archive",
        [
          'Saved "The Case for Slow Mornings", from www.theguardian.com, to read later in Pocket on 3 November 2026; tags: mornings, habits; read and archived.',
        ],
      ],
      [
        "readlater:pocket:unread",
        "Pocket: unread",
        [
          "Saved www.seriouseats.com/the-best-roast-potatoes-ever-recipe to read later in Pocket on 25 October 2026; not read yet.",
          'Saved "Sourdough, Simply: A Starter Guide", from www.kingarthurbaking.com, to read later in Pocket on 28 October 2026; tags: cooking, baking; not read yet.',
        ],
      ],
    ]);
    expect(convs.map((c) => [c.format, c.startedAt])).toEqual([
      ["note", Date.UTC(2026, 10, 3, 7, 12, 40)],
      ["note", Date.UTC(2026, 9, 25, 12, 3, 51)],
    ]);
    const sourdough = convs[1]!.turns[1]!;
    expect([sourdough.speaker, sourdough.role, sourdough.occurredAt]).toEqual(["User", "user", Date.UTC(2026, 9, 28, 19, 44, 2)]);
    // (the whole link kept as written, the line its row starts on)
    expect(sourdough.metadata).toEqual({
      readlater: {
        app: "Pocket",
        list: "unread",
        href: "https://www.kingarthurbaking.com/recipes/sourdough-starter-recipe?utm_source=pocket",
        line: 4,
        added: "2026-10-28T19:44:02.000Z",
        state: "unread",
        tags: ["cooking", "baking"],
      },
    });
    // (the user's own words: a note's sources, trust user)
    expect(conversationItems(convs[0]!).map((i) => [i.source.kind, i.source.trust])).toEqual([["file", "user"]]);
    const summary = await validateExport(file);
    expect([summary.format, summary.conversations, summary.turns]).toEqual(["readlater", 2, 3]);
  });

  it("reads Instapaper's CSV as a note per folder: its selection with the article, Starred and a folder of the user's said so, its JSON tags", async () => {
    const file = put("instapaper/instapaper-export.csv", INSTAPAPER);
    expect(await detectFormat(file)).toBe("readlater");
    const convs = await parsedConversations(file);
    expect(told(convs)).toEqual([
      [
        "readlater:instapaper:Japan trip",
        "Instapaper: Japan trip",
        [
          'Saved "Is the Japan Rail Pass Still Worth It?", from www.japan-guide.com, to read later in Instapaper, in my Japan trip folder, on 18 November 2026; tags: japan, trains.\nHighlight or summary saved with "Is the Japan Rail Pass Still Worth It?": "Only if you do Tokyo to Kyoto and back, plus Hiroshima."',
        ],
      ],
      [
        "readlater:instapaper:Archive",
        "Instapaper: Archive",
        [
          'Saved "Why We Sleep Badly When the Clocks Go Back", from www.nytimes.com, to read later in Instapaper on 10 November 2026; read and archived.\nHighlight or summary saved with "Why We Sleep Badly When the Clocks Go Back": "Get bright light within an hour of waking".',
        ],
      ],
      [
        "readlater:instapaper:Starred",
        "Instapaper: Starred",
        ['Saved "In Praise of Reading Slowly", from www.theparisreview.org, to read later in Instapaper on 22 October 2026; starred.'],
      ],
      [
        "readlater:instapaper:Unread",
        "Instapaper: Unread",
        ['Saved "How to Fix a Dripping Tap", from www.thisoldhouse.com, to read later in Instapaper on 6 November 2026; not read yet.'],
      ],
    ]);
    expect(convs[0]!.turns[0]!.metadata.readlater).toEqual({
      app: "Instapaper",
      list: "Japan trip",
      href: "https://www.japan-guide.com/e/e2361.html",
      line: 2,
      added: "2026-11-18T21:07:44.000Z",
      tags: ["japan", "trains"],
    });
    expect(convs[1]!.turns[0]!.occurredAt).toBe(Date.UTC(2026, 10, 10, 22, 41, 19));
  });

  it("reads an older Instapaper export, with no Timestamp or Tags, as of the file's modification time", async () => {
    const mtime = Date.UTC(2026, 10, 29, 10, 9);
    const file = put("old/instapaper-export.csv", "URL,Title,Selection,Folder\nhttps://example.com/a,Old One,,Unread\n", mtime);
    const [conv] = await parsedConversations(file);
    expect(conv!.turns.map((t) => [t.text, t.occurredAt, t.metadata.readlater])).toEqual([
      [
        'Saved "Old One", from example.com, to read later in Instapaper; not read yet.',
        mtime,
        { app: "Instapaper", list: "Unread", href: "https://example.com/a", line: 2, undated: true, state: "unread" },
      ],
    ]);
  });

  it("reads Pocket's older HTML export (ril_export.html) into the same notes, in the same words, as its CSV", async () => {
    const html = put("html/ril_export.html", POCKET_HTML);
    expect(await detectFormat(html)).toBe("readlater");
    const fromHtml = await parsedConversations(html);
    expect(told(fromHtml)).toEqual([
      [
        "readlater:pocket:unread",
        "Pocket: unread",
        [
          'Saved "Flapjacks & Oat Bars", from www.bbc.com, to read later in Pocket on 2 September 2026; not read yet.',
          'Saved "Sourdough, Simply: A Starter Guide", from www.kingarthurbaking.com, to read later in Pocket on 28 October 2026; tags: cooking, baking; not read yet.',
        ],
      ],
      [
        "readlater:pocket:archive",
        "Pocket: archive",
        [
          'Saved "The Case for Slow Mornings", from www.theguardian.com, to read later in Pocket on 3 November 2026; tags: mornings, habits; read and archived.',
        ],
      ],
    ]);
    expect(fromHtml[0]!.turns[1]!.metadata.readlater).toMatchObject({ line: 11 });
    // (an article in both is the same turn of the same note: a CSV export after the HTML one adds nothing for it)
    const fromCsv = await parsedConversations(put("html/part_000000.csv", POCKET));
    const sourdough = (convs: typeof fromCsv) => {
      const conv = convs.find((c) => c.externalId === "readlater:pocket:unread")!;
      return turnHash(conv, conv.turns.find((t) => t.text.includes("Sourdough"))!);
    };
    expect(sourdough(fromHtml)).toBe(sourdough(fromCsv));
  });

  it("knows an article again in a later export, whatever was saved before it", async () => {
    const earlier = await parsedConversations(put("later/1/part_000000.csv", POCKET));
    const newer = `Couch to 5K,https://www.nhs.uk/couch-to-5k/,${secs("2026-11-20T06:48:03")},running,unread`;
    const later = await parsedConversations(put("later/2/part_000000.csv", pocketCsv([newer, ...POCKET_ROWS])));
    const unread = (convs: typeof earlier) => convs.find((c) => c.externalId === "readlater:pocket:unread")!;
    const hashes = (convs: typeof earlier) => unread(convs).turns.map((t) => turnHash(unread(convs), t));
    expect(unread(later).turns.map((t) => t.metadata.readlater)).toMatchObject([{ line: 4 }, { line: 5 }, { line: 2 }]);
    expect(hashes(later).slice(0, 2)).toEqual(hashes(earlier));
  });

  it("in a folder, reads Pocket's and Instapaper's exports and passes over any other .csv or .html", async () => {
    const root = join(dir, "Downloads");
    put("Downloads/pocket/part_000000.csv", POCKET);
    put("Downloads/instapaper-export.csv", INSTAPAPER);
    put("Downloads/ril_export.html", POCKET_HTML);
    put("Downloads/budget.csv", "Month,Rent,Food\nNovember,1200,340\n");
    put("Downloads/The Case for Slow Mornings.html", "<!DOCTYPE html><html><head><title>The Case for Slow Mornings</title></head><body>Mornings</body></html>");
    expect(importPaths(root).map((p) => p.file.slice(root.length + 1))).toEqual([
      "instapaper-export.csv",
      join("pocket", "part_000000.csv"),
      "ril_export.html",
    ]);
    expect(await folderFileFormat(join(root, "instapaper-export.csv"))).toBe("readlater");
    expect(await folderFileFormat(join(root, "pocket", "part_000000.csv"))).toBe("readlater");
    expect(await folderFileFormat(join(root, "ril_export.html"))).toBe("readlater");
    expect(await folderFileFormat(join(root, "The Case for Slow Mornings.html"))).toBeNull();
    expect(await checkImportFile(join(root, "instapaper-export.csv"), "readlater")).toBe("readlater");
  });

  it("passes over an export with no article, or none that is a page, in a folder, said why", async () => {
    const empty = put("empty/part_000000.csv", pocketCsv([]));
    const none = await checkImportFile(empty, "readlater").then(
      () => null,
      (e: unknown) => e,
    );
    expect(isEmptyNote(none)).toBe(true);
    expect(whyPassedOver(none)).toBe("a Pocket export with no article saved, no note");
    const scripts = put("empty/instapaper-export.csv", "URL,Title,Selection,Folder,Timestamp,Tags\njavascript:void(0),Bookmarklet,,Unread,1795036064,[]\n");
    const err = await checkImportFile(scripts, "readlater").then(
      () => null,
      (e: unknown) => e,
    );
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe("an Instapaper export whose one article is no page saved (a javascript: or about: link), no note");
  });

  it("refuses a bad row naming the file, its line and column", async () => {
    const cases: Array<[string, string, string]> = [
      [
        "bad/time/part_000000.csv",
        pocketCsv([POCKET_ROWS[0]!, "Two,https://example.com/two,yesterday,,unread"]),
        'part_000000.csv: line 3, "time_added": "yesterday" is no time: expected seconds since 1970, as Pocket writes it (1793689960)',
      ],
      [
        "bad/status/part_000000.csv",
        pocketCsv(["Two,https://example.com/two,1793689960,,deleted"]),
        'part_000000.csv: line 2, "status": "deleted" is no Pocket status: expected unread or archive',
      ],
      ["bad/link/part_000000.csv", pocketCsv(["No link,,1793689960,,unread"]), 'part_000000.csv: line 2, "url": an article with no link'],
      [
        "bad/tags/instapaper-export.csv",
        "URL,Title,Selection,Folder,Timestamp,Tags\r\nhttps://example.com/a,A,,Unread,1795036064,japan\r\n",
        'instapaper-export.csv: line 2, "Tags": "japan" is no list of tags: expected a JSON array, as Instapaper writes it (["japan","kyoto"])',
      ],
      [
        "bad/stamp/instapaper-export.csv",
        // (a selection of two lines, its own line break written as it is: the row after it starts on line 4)
        'URL,Title,Selection,Folder,Timestamp,Tags\r\nhttps://example.com/a,A,"Two\nlines",Unread,1795036064,[]\r\nhttps://example.com/b,B,,Archive,18/11/2026,[]\r\n',
        'instapaper-export.csv: line 4, "Timestamp": "18/11/2026" is no time: expected seconds since 1970, as Instapaper writes it (1795036064)',
      ],
      [
        "bad/folder/instapaper-export.csv",
        "URL,Title,Selection,Folder,Timestamp,Tags\r\nhttps://example.com/a,A,,,1795036064,[]\r\n",
        'instapaper-export.csv: line 2, "Folder": an article in no folder: expected Unread, Archive, Starred or a folder of yours',
      ],
    ];
    for (const [path, text, message] of cases) {
      const err = await importErrorOf(parsedConversations(put(path, text)));
      expect([err.name, err.message]).toEqual(["ImportError", message]);
    }
    const html = put("bad/ril_export.html", POCKET_HTML.replace(`time_added="${secs("2026-09-02T08:00:00")}"`, 'time_added="2 Sep"'));
    const err = await importErrorOf(parsedConversations(html));
    expect([err.location, err.message]).toEqual([
      "line 12",
      'ril_export.html: line 12: time_added is "2 Sep", not a time (seconds since 1970, as Pocket writes it: time_added="1793689960")',
    ]);
    // (a file that is none of the three, forced as one)
    const other = put("bad/notes.txt", "Shopping: eggs, milk\n");
    expect((await importErrorOf(parsedConversations(other, "readlater"))).message).toMatch(
      /^notes\.txt: line 1: not a read-later export: expected Pocket's CSV/,
    );
  });

  it("gives a large export's lists in parts past what it holds, every article once", async () => {
    const title = "x".repeat(400);
    const count = Math.ceil(MAX_HELD_CHARS / 500) + 2000;
    const rows: string[] = [];
    for (let i = 0; i < count; i++) rows.push(`${title} ${i},https://example.com/${i},${secs("2026-01-01T00:00:00") + i},,unread`);
    const file = put("large/part_000000.csv", pocketCsv(rows));
    const parts: Array<[string, number]> = [];
    for await (const c of parseExport(file)) parts.push([c.externalId, c.turns.length]);
    expect(parts.length).toBeGreaterThan(1);
    expect(new Set(parts.map(([id]) => id))).toEqual(new Set(["readlater:pocket:unread"]));
    expect(parts.reduce((n, [, turns]) => n + turns, 0)).toBe(count);
  });

  it("keeps a title that ends with a question mark inside its sentence", () => {
    const words = articleInWords({
      app: "Pocket",
      title: "Is Remote Work Over?",
      href: "https://www.ft.com/content/remote-work",
      added: Date.UTC(2026, 10, 1, 9),
      list: "unread",
      state: "unread",
      tags: [],
      selection: "",
      line: 2,
    });
    expect(words).toBe('Saved "Is Remote Work Over?", from www.ft.com, to read later in Pocket on 1 November 2026; not read yet.');
    const segments = [...new Intl.Segmenter("en", { granularity: "sentence" }).segment(words)].map((s) => s.segment);
    expect(segments).toEqual([words]);
  });
});

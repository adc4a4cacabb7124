import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, whyPassedOver } from "../../core/api/import-check.js";
import { bookmarkInWords, MAX_HELD_CHARS, MAX_TAG_CHARS, shownLink } from "../../core/ingest/web/bookmarks.js";
import { detectFormat, parseExport, validateExport } from "../../core/ingest/parse.js";
import { conversationItems, turnHash } from "../../core/ingest/store.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-bookmarks-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `text` at `path` under the test's folder (making its folders), modified at `mtime` when given, and returns the path. */
function put(path: string, text: string, mtime?: number): string {
  const file = join(dir, path);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, text);
  if (mtime !== undefined) utimesSync(file, new Date(mtime), new Date(mtime));
  return file;
}

/** Seconds since 1970 of a UTC time, as ADD_DATE holds it. */
const secs = (iso: string) => Math.floor(Date.parse(`${iso}Z`) / 1000);

/** A favicon as browsers write it. */
const ICON =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAjElEQVQ4jWNgGAWDHTAyMjL8Z2BgYGBiYmJgYGBg+P//PwMDAwPD/////8Aw0AQAAP//AwBf5wq3AAAAAElFTkSuQmCC";

/** Chrome's export header, as bookmark_html_writer.cc writes it. */
const CHROME_HEAD = [
  "<!DOCTYPE NETSCAPE-Bookmark-file-1>",
  "<!-- This is an automatically generated file.",
  "     It will be read and overwritten.",
  "     DO NOT EDIT! -->",
  '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
  "<TITLE>Bookmarks</TITLE>",
  "<H1>Bookmarks</H1>",
  "<DL><p>",
];

/** Chrome's export of `lines` (the bar's and the other bookmarks'), CRLF as Chrome writes it. */
const chrome = (lines: string[]) => [...CHROME_HEAD, ...lines, "</DL><p>", ""].join("\r\n");

/** Lines of a Chrome export, `indent` levels in: the bar's opening, a bookmark in it, its folder "Recipes" (a bookmarklet, a title Chrome escaped, a link's raw "&"), Other bookmarks' folder "Home" and a loose bookmark. */
const pad = (indent: number, lines: string[]) => lines.map((l) => `${"    ".repeat(indent)}${l}`);
const BAR = `<DT><H3 ADD_DATE="${secs("2024-01-06T18:20:11")}" LAST_MODIFIED="${secs("2026-10-25T19:02:40")}" PERSONAL_TOOLBAR_FOLDER="true">Bookmarks bar</H3>`;
const GMAIL = `<DT><A HREF="https://mail.google.com/mail/u/0/#inbox" ADD_DATE="${secs("2024-01-06T18:22:03")}" ICON="${ICON}">Gmail</A>`;
const RECIPES = [
  `<DT><H3 ADD_DATE="${secs("2026-02-08T11:40:27")}" LAST_MODIFIED="0">Recipes</H3>`,
  "<DL><p>",
  `    <DT><A HREF="javascript:(function(){alert('Saved')})()" ADD_DATE="${secs("2026-02-08T11:41:02")}">Save to Paprika</A>`,
  `    <DT><A HREF="https://www.seriouseats.com/easy-focaccia-bread-recipe?utm_source=pinterest&utm_medium=social" ADD_DATE="${secs("2026-03-14T10:12:05")}" ICON="${ICON}">Mary&#39;s &quot;Easy&quot; Focaccia &amp; Ciabatta</A>`,
  "</DL><p>",
];
const HOME = [
  `<DT><H3 ADD_DATE="${secs("2026-05-02T16:05:51")}" LAST_MODIFIED="0">Home</H3>`,
  "<DL><p>",
  `    <DT><A HREF="https://www.farrow-ball.com/paint/hague-blue" ADD_DATE="${secs("2026-06-13T09:27:40")}" ICON="${ICON}">Hague Blue No. 30 | Farrow &amp; Ball</A>`,
  "</DL><p>",
];
const WEATHER = `<DT><A HREF="https://www.bbc.co.uk/weather/2643743" ADD_DATE="${secs("2025-03-02T08:14:00")}">London - BBC Weather</A>`;

/** A Chrome export: the bar with a bookmark and the folder "Recipes", then Other bookmarks' "Home" and a loose bookmark. */
const CHROME = chrome([...pad(1, [BAR, "<DL><p>"]), ...pad(2, [GMAIL, ...RECIPES]), ...pad(1, ["</DL><p>", ...HOME, WEATHER])]);

/** Firefox's export: the Bookmarks Menu the top level (closed by a bare </DL>), a separator before the toolbar, tags, a keyword, a query and a sub-folder. */
const FIREFOX = `<!DOCTYPE NETSCAPE-Bookmark-file-1>
<!-- This is an automatically generated file.
     It will be read and overwritten.
     DO NOT EDIT! -->
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
<meta http-equiv="Content-Security-Policy"
      content="default-src 'self'; script-src 'none'; img-src data: *; object-src 'none'"></meta>
<TITLE>Bookmarks</TITLE>
<H1>Bookmarks Menu</H1>

<DL><p>
    <DT><A HREF="place:sort=8&maxResults=10" ADD_DATE="${secs("2023-04-11T19:30:02")}" LAST_MODIFIED="${secs("2023-04-11T19:30:02")}">Most Visited</A>
    <DT><A HREF="https://www.mozilla.org/about/" ADD_DATE="${secs("2023-04-11T19:30:02")}" LAST_MODIFIED="${secs("2023-04-11T19:30:02")}" ICON_URI="https://www.mozilla.org/favicon.ico" ICON="${ICON}">About Us</A>
    <HR>    <DT><H3 ADD_DATE="${secs("2023-04-11T19:30:02")}" LAST_MODIFIED="${secs("2026-08-02T21:44:18")}" PERSONAL_TOOLBAR_FOLDER="true">Bookmarks Toolbar</H3>
    <DL><p>
        <DT><H3 ADD_DATE="${secs("2026-07-19T21:03:37")}" LAST_MODIFIED="${secs("2026-08-02T21:44:18")}">Lisbon trip</H3>
        <DL><p>
            <DT><A HREF="https://www.memmohotels.com/alfama/" ADD_DATE="${secs("2026-07-19T21:05:12")}" LAST_MODIFIED="${secs("2026-07-19T21:06:40")}" TAGS="hotel,lisbon">Memmo Alfama Hotel | Lisbon</A>
            <DT><H3 ADD_DATE="${secs("2026-08-02T21:40:00")}" LAST_MODIFIED="${secs("2026-08-02T21:44:18")}">Restaurants</H3>
            <DL><p>
                <DT><A HREF="https://www.clubedefado.pt/en/" ADD_DATE="${secs("2026-08-02T21:44:18")}" LAST_MODIFIED="${secs("2026-08-02T21:44:18")}" SHORTCUTURL="fado" TAGS="fado, lisbon">Clube de Fado</A>
            </DL><p>
        </DL><p>
    </DL><p>
</DL>
`;

/** Pinboard's HTML backup: no folders, the first bookmark on the line of <DL><p>, descriptions after <DD>, one of two lines. */
const PINBOARD = `<!DOCTYPE NETSCAPE-Bookmark-file-1>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
<TITLE>Pinboard Bookmarks</TITLE>
<H1>Bookmarks</H1>
<DL><p><DT><A HREF="https://www.theguardian.com/money/2026/oct/18/how-to-negotiate-salary" ADD_DATE="${secs("2026-10-20T07:55:21")}" PRIVATE="1" TOREAD="0" TAGS="jobhunt,salary">How to negotiate your salary | The Guardian</A>
<DD>Ask for 10% above their first offer.
Don&#39;t name a number first

<DT><A HREF="https://www.visitlisboa.com/en/places/miradouro-da-senhora-do-monte" ADD_DATE="${secs("2026-08-10T22:12:48")}" PRIVATE="1" TOREAD="1" TAGS="lisbon">Miradouro da Senhora do Monte</A>

</DL><p>
`;

/** Safari's export: tabs, no list around its folders, no dates, Favourites named, the Reading List with a preview line. */
const SAFARI = [
  "<!DOCTYPE NETSCAPE-Bookmark-file-1>",
  "\t<HTML>",
  '\t<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
  "\t<Title>Bookmarks</Title>",
  "\t<H1>Bookmarks</H1>",
  "\t<DT><H3 FOLDED>Favourites</H3>",
  "\t<DL><p>",
  '\t\t<DT><A HREF="https://www.apple.com/uk/">Apple</A>',
  "\t\t<DT><H3 FOLDED>Garden</H3>",
  "\t\t<DL><p>",
  '\t\t\t<DT><A HREF="https://www.rhs.org.uk/plants/roses">Roses | RHS</A>',
  "\t\t</DL><p>",
  "\t</DL><p>",
  "\t<DT><H3 FOLDED>Bookmarks Menu</H3>",
  "\t<DL><p>",
  "\t</DL><p>",
  '\t<DT><H3 FOLDED id="com.apple.ReadingList">Reading List</H3>',
  "\t<DL><p>",
  '\t\t<DT><A HREF="https://read.example.com/one">Read one</A>',
  "\t\t<DD>A preview line",
  "\t</DL><p>",
  "</HTML>",
  "",
].join("\n");

/** Chrome's own Bookmarks file (its profile's JSON, three spaces a level as Chrome writes it): a folder in the bar, a bookmark in Other bookmarks. */
const CHROME_JSON = JSON.stringify(
  {
    checksum: "4e2b8e1ff0a1c2d3e4f5a6b7c8d9e0f1",
    roots: {
      bookmark_bar: {
        children: [
          {
            children: [
              {
                date_added: "13414953125000000",
                date_last_used: "0",
                guid: "0b1e7f2a-1111-4c3d-9e8f-000000000001",
                id: "6",
                name: "Easy Focaccia Bread Recipe",
                type: "url",
                url: "https://www.seriouseats.com/easy-focaccia-bread-recipe",
              },
            ],
            date_added: "13414953100000000",
            date_modified: "13414953125000000",
            id: "5",
            name: "Recipes",
            type: "folder",
          },
        ],
        date_added: "13349000000000000",
        date_modified: "0",
        id: "1",
        name: "Bookmarks bar",
        type: "folder",
      },
      other: {
        children: [{ date_added: "0", id: "7", name: "BBC Weather", type: "url", url: "https://www.bbc.co.uk/weather/2643743" }],
        date_added: "13349000000000000",
        id: "2",
        name: "Other bookmarks",
        type: "folder",
      },
      synced: { children: [], date_added: "13349000000000000", id: "3", name: "Mobile bookmarks", type: "folder" },
    },
    version: 1,
  },
  null,
  3,
);

/** Each conversation's title and its turns' texts. */
const told = (convs: Array<{ title: string | null; turns: Array<{ text: string }> }>) => convs.map((c) => [c.title, c.turns.map((t) => t.text)]);

describe("browser bookmarks (the Netscape Bookmark File Format)", () => {
  it("reads Chrome's export as a note per folder, each bookmark a line of the day it was added, its bookmarklet passed over and its icons never read", async () => {
    const file = put("chrome/bookmarks_11_30_26.html", CHROME);
    expect(await detectFormat(file)).toBe("bookmarks");
    const convs = await parsedConversations(file);
    expect(told(convs)).toEqual([
      ["Bookmarks bar", ['Bookmarked "Gmail" (mail.google.com/mail/u/0) on 6 January 2024.']],
      ["Recipes", ['Bookmarked "Mary\'s "Easy" Focaccia & Ciabatta" (www.seriouseats.com/easy-focaccia-bread-recipe) in Recipes on 14 March 2026.']],
      ["Home", ['Bookmarked "Hague Blue No. 30 | Farrow & Ball" (www.farrow-ball.com/paint/hague-blue) in Home on 13 June 2026.']],
      ["Bookmarks", ['Bookmarked "London - BBC Weather" (www.bbc.co.uk/weather/2643743) on 2 March 2025.']],
    ]);
    expect(convs.map((c) => [c.format, c.externalId])).toEqual([
      ["note", "bookmarks:Bookmarks bar"],
      ["note", "bookmarks:Recipes"],
      ["note", "bookmarks:Home"],
      ["note", "bookmarks:Bookmarks"],
    ]);
    const focaccia = convs[1]!.turns[0]!;
    expect([focaccia.speaker, focaccia.role, new Date(focaccia.occurredAt).toISOString()]).toEqual(["User", "user", "2026-03-14T10:12:05.000Z"]);
    // (the link kept as written, its "&" raw as Chrome writes it; the line of its <A>)
    expect(focaccia.metadata).toEqual({
      bookmark: {
        folder: "Recipes",
        href: "https://www.seriouseats.com/easy-focaccia-bread-recipe?utm_source=pinterest&utm_medium=social",
        line: 15,
        added: "2026-03-14T10:12:05.000Z",
      },
    });
    expect(JSON.stringify(convs)).not.toContain("base64");
    expect(JSON.stringify(convs)).not.toContain("Paprika");
    // (the user's own words: a note's sources, trust user)
    expect(conversationItems(convs[1]!).map((i) => [i.source.kind, i.source.trust])).toEqual([["file", "user"]]);
    const summary = await validateExport(file);
    expect([summary.format, summary.conversations, summary.turns]).toEqual(["bookmarks", 4, 4]);
  });

  it("reads Firefox's export: its toolbar a browser's folder, a sub-folder by its path, tags and keyword kept, its queries passed over", async () => {
    const file = put("firefox/bookmarks.html", FIREFOX);
    expect(await detectFormat(file)).toBe("bookmarks");
    const convs = await parsedConversations(file);
    expect(told(convs)).toEqual([
      ["Bookmarks Menu", ['Bookmarked "About Us" (www.mozilla.org/about) on 11 April 2023.']],
      ["Lisbon trip", ['Bookmarked "Memmo Alfama Hotel | Lisbon" (www.memmohotels.com/alfama) in Lisbon trip on 19 July 2026.\nTags: hotel, lisbon.']],
      ["Lisbon trip / Restaurants", ['Bookmarked "Clube de Fado" (www.clubedefado.pt/en) in Lisbon trip / Restaurants on 2 August 2026.\nTags: fado, lisbon.']],
    ]);
    expect(convs[2]!.turns[0]!.metadata).toEqual({
      bookmark: {
        folder: "Lisbon trip / Restaurants",
        href: "https://www.clubedefado.pt/en/",
        line: 21,
        added: "2026-08-02T21:44:18.000Z",
        tags: ["fado", "lisbon"],
        keyword: "fado",
      },
    });
  });

  it("reads Pinboard's descriptions (<DD>, on lines of their own) with the bookmark before them, and Safari's undated bookmarks of the file's day", async () => {
    const pinboard = await parsedConversations(put("pinboard/pinboard_export.html", PINBOARD));
    expect(told(pinboard)).toEqual([
      [
        "Bookmarks",
        [
          'Bookmarked "Miradouro da Senhora do Monte" (www.visitlisboa.com/en/places/miradouro-da-senhora-do-monte) on 10 August 2026.\nTags: lisbon.',
          'Bookmarked "How to negotiate your salary | The Guardian" (www.theguardian.com/money/2026/oct/18/how-to-negotiate-salary) on 20 October 2026.\nDescription: Ask for 10% above their first offer. Don\'t name a number first.\nTags: jobhunt, salary.',
        ],
      ],
    ]);
    const exported = Date.parse("2026-11-29T10:41:00Z");
    const safari = await parsedConversations(put("safari/Bookmarks.html", SAFARI, exported));
    expect(told(safari)).toEqual([
      ["Favourites", ['Bookmarked "Apple" (www.apple.com/uk).']],
      ["Garden", ['Bookmarked "Roses | RHS" (www.rhs.org.uk/plants/roses) in Garden.']],
      ["Reading List", ['Bookmarked "Read one" (read.example.com/one) in Reading List.\nDescription: A preview line.']],
    ]);
    expect(safari[2]!.turns[0]!.occurredAt).toBe(exported);
    expect(safari[2]!.turns[0]!.metadata).toEqual({ bookmark: { folder: "Reading List", href: "https://read.example.com/one", line: 19, undated: true } });
  });

  it("reads Chrome's own Bookmarks file (its profile's JSON), its days in microseconds since 1601", async () => {
    const file = put("profile/Bookmarks", CHROME_JSON);
    expect(await detectFormat(file)).toBe("bookmarks");
    const convs = await parsedConversations(file);
    expect(told(convs)).toEqual([
      ["Recipes", ['Bookmarked "Easy Focaccia Bread Recipe" (www.seriouseats.com/easy-focaccia-bread-recipe) in Recipes on 7 February 2026.']],
      ["Other bookmarks", ['Bookmarked "BBC Weather" (www.bbc.co.uk/weather/2643743).']],
    ]);
    expect(new Date(convs[0]!.turns[0]!.occurredAt).toISOString()).toBe("2026-02-07T15:52:05.000Z");
    const bad = put("profile-bad/Bookmarks", CHROME_JSON.replace('"13414953125000000"', '"yesterday"'));
    const err = await importErrorOf(parsedConversations(bad));
    expect(err.message).toBe(
      'Bookmarks: roots.bookmark_bar.children[0].children[0].date_added: expected microseconds since 1601 (a string of digits), got "yesterday"',
    );
  });

  it("knows a bookmark again in a later export, whatever was added before it or wherever its folder moved", async () => {
    const earlier = await parsedConversations(put("later/bookmarks_10_01_26.html", CHROME));
    // (a bookmark added to the bar before Gmail, "Recipes" moved out of the bar to Other bookmarks, "Home" deleted)
    const ocado = `<DT><A HREF="https://www.ocado.com/" ADD_DATE="${secs("2026-11-20T09:00:00")}">Ocado</A>`;
    const moved = chrome([...pad(1, [BAR, "<DL><p>"]), ...pad(2, [ocado, GMAIL]), ...pad(1, ["</DL><p>", ...RECIPES, WEATHER])]);
    const later = await parsedConversations(put("later/bookmarks_11_30_26.html", moved));
    const recipes = (convs: typeof earlier) => convs.find((c) => c.title === "Recipes")!;
    expect(recipes(earlier).turns[0]!.metadata.bookmark).toMatchObject({ line: 15 });
    expect(recipes(later).turns[0]!.metadata.bookmark).toMatchObject({ line: 17 });
    expect(recipes(later).externalId).toBe(recipes(earlier).externalId);
    expect(turnHash(recipes(later), recipes(later).turns[0]!)).toBe(turnHash(recipes(earlier), recipes(earlier).turns[0]!));
    expect(later.map((c) => c.title)).toEqual(["Bookmarks bar", "Recipes", "Bookmarks"]);
  });

  it("in a folder, reads browsers' exported bookmarks and passes over any other .html", async () => {
    const root = join(dir, "Downloads");
    put("Downloads/bookmarks_11_30_26.html", CHROME);
    put("Downloads/Senior Product Designer - Monzo.html", "<!DOCTYPE html><html><head><title>Senior Product Designer</title></head><body>Apply</body></html>");
    put("Downloads/Takeout/archive_browser.html", "<html><body>Your Google data</body></html>");
    put("Downloads/Safari Bookmarks.htm", SAFARI);
    // (Takeout's index listed so that it is said to be passed over: myactivity.ts `myActivityPassedOver`)
    expect(importPaths(root).map((p) => p.file.slice(root.length + 1))).toEqual([
      "Safari Bookmarks.htm",
      "Takeout/archive_browser.html",
      "bookmarks_11_30_26.html",
    ]);
    expect(await folderFileFormat(join(root, "bookmarks_11_30_26.html"))).toBe("bookmarks");
    expect(await folderFileFormat(join(root, "Senior Product Designer - Monzo.html"))).toBeNull();
    expect(await checkImportFile(join(root, "Safari Bookmarks.htm"), "bookmarks")).toBe("bookmarks");
    // (alone, a saved web page is no bookmarks: forced as bookmarks, it is refused naming its last line)
    const page = join(root, "Senior Product Designer - Monzo.html");
    expect(await detectFormat(page)).toBe("note");
    expect((await importErrorOf(parsedConversations(page, "bookmarks"))).message).toBe(
      'Senior Product Designer - Monzo.html: line 1: no bookmark (<DT><A HREF="…">) in this file: not a browser\'s bookmarks export',
    );
  });

  it("passes over an export with no page saved, in a folder, said why", async () => {
    const file = put(
      "empty/bookmarks.html",
      chrome([
        `    <DT><A HREF="javascript:void(document.title)" ADD_DATE="${secs("2026-02-08T11:41:02")}">Title</A>`,
        '    <DT><A HREF="about:blank">Blank</A>',
      ]),
    );
    const err = await checkImportFile(file, "bookmarks").then(
      () => null,
      (e: unknown) => e,
    );
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe("a bookmarks file whose 2 bookmarks are no page saved (a bookmarklet, a browser's own page), no note");
  });

  it("refuses a file cut short, an ADD_DATE that is no time and a quote never closed, naming the file and the line", async () => {
    // (a download cut short after the focaccia's line, inside "Recipes" (its heading on line 12) inside the bar)
    const cut = put("bad/cut.html", `${CHROME.slice(0, CHROME.indexOf("Ciabatta</A>\r\n") + "Ciabatta</A>\r\n".length)}`);
    expect((await importErrorOf(parsedConversations(cut))).message).toBe(
      'cut.html: line 15: the file ends inside the folder "Recipes" (opened at line 12): it was cut short; export the bookmarks again',
    );
    const inside = put("bad/inside.html", `${CHROME_HEAD.join("\n")}\n    <DT><A HREF="https://example.com/" ADD_DATE="1762170000">Half a ti`);
    expect((await importErrorOf(parsedConversations(inside))).message).toBe(
      "inside.html: line 9: the file ends inside this bookmark: it was cut short; export the bookmarks again",
    );
    const date = put("bad/date.html", chrome(['    <DT><A HREF="https://example.com/" ADD_DATE="yesterday">Example</A>']));
    const err = await importErrorOf(parsedConversations(date));
    expect([err.name, err.location, err.message]).toEqual([
      "ImportError",
      "line 9",
      'date.html: line 9: ADD_DATE is "yesterday", not a time (seconds since 1970, as browsers write it: ADD_DATE="1762170000")',
    ]);
    const quote = put("bad/quote.html", chrome([`    <DT><A HREF="https://example.com/" ICON="data:image/png;base64,${"A".repeat(MAX_TAG_CHARS + 1024)}`]));
    expect((await importErrorOf(parsedConversations(quote))).message).toBe(
      `quote.html: line 9: what opens on this line runs on over ${MAX_TAG_CHARS / 1024 / 1024} MiB without closing (a quote or a comment not closed?)`,
    );
  });

  it("gives a large export's folders in parts past what it holds, every bookmark once", async () => {
    const title = "x".repeat(400);
    const count = Math.ceil(MAX_HELD_CHARS / 500) + 2000;
    const lines = [`    <DT><H3 ADD_DATE="${secs("2026-01-01T00:00:00")}" LAST_MODIFIED="0">Reading</H3>`, "    <DL><p>"];
    for (let i = 0; i < count; i++)
      lines.push(`        <DT><A HREF="https://example.com/${i}" ADD_DATE="${secs("2026-01-01T00:00:00") + i}">${title} ${i}</A>`);
    lines.push("    </DL><p>");
    const file = put("large/bookmarks.html", chrome(lines));
    const parts: Array<[string, number]> = [];
    for await (const c of parseExport(file)) parts.push([c.externalId, c.turns.length]);
    expect(parts.length).toBeGreaterThan(1);
    expect(new Set(parts.map(([id]) => id))).toEqual(new Set(["bookmarks:Reading"]));
    expect(parts.reduce((n, [, turns]) => n + turns, 0)).toBe(count);
  });

  it("says a link as a person writes it, and a bookmark with no title by its link", () => {
    expect(shownLink("https://www.seriouseats.com/easy-focaccia/?utm_source=x#top")).toBe("www.seriouseats.com/easy-focaccia");
    expect(shownLink("https://example.com/a%20b")).toBe("example.com/a b");
    expect(shownLink("file:///Users/chloe/Documents/Tax%20return.pdf")).toBe("/Users/chloe/Documents/Tax return.pdf");
    expect(shownLink(`https://example.com/${"p".repeat(100)}`)).toBe(`example.com/${"p".repeat(79)}…`);
    expect(
      bookmarkInWords({
        title: "",
        href: "https://mycroft.ai/",
        added: Date.parse("2026-03-16T10:00:00Z"),
        path: ["Ideas", "Voice"],
        home: "Bookmarks",
        description: "Open source voice assistant!",
        tags: [],
        keyword: null,
        line: 3,
      }),
    ).toBe("Bookmarked mycroft.ai in Ideas / Voice on 16 March 2026.\nDescription: Open source voice assistant!");
  });
});

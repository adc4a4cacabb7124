/**
 * Google's My Activity and Chrome's history from Google Takeout (core/ingest/myactivity.ts): a product's
 * `My Activity/<product>/MyActivity.json` and `Chrome/History.json` read as the user's day-by-day log, a
 * day a note, each search, page visited (with its site), Maps search, directions and place a paragraph at
 * its minute, once a day whichever file tells it; adverts, apps used, Discover's cards and YouTube's
 * records passed over; detected by their start, alone and in a Takeout folder beside YouTube's (still
 * youtube), Takeout's archive_browser.html and My Activity as a web page passed over, said why; a bad
 * file's error naming the file and the record.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, passedOverInFolder, whyPassedOver } from "../../core/api/import-check.js";
import { activityHeaderOf, activityHtmlProduct } from "../../core/ingest/web/google-activity.js";
import { directionsAddress, isChromeHistory, isMyActivity, pageOf, takeoutPageAdvice } from "../../core/ingest/web/myactivity.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { turnHash } from "../../core/ingest/store.js";
import type { ParsedConversation } from "../../core/ingest/kit/types.js";
import { activityRecord, chromeVisit, takeoutJson } from "../../bench/lib/personal/takeout-json.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-myactivity-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A file of the test folder, its text as given. */
function write(name: string, text: string): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

const searched = (time: string, words: string) =>
  activityRecord("Search", `Searched for ${words}`, time, `https://www.google.com/search?q=${encodeURIComponent(words)}`);
const clicked = (time: string, title: string, url: string, extra: Record<string, unknown> = {}) =>
  activityRecord("Search", `Visited ${title}`, time, `https://www.google.com/url?q=${url}&usg=AOvVaw1x2Y3z`, extra);

const ARTICLE = "https://www.theperfectloaf.com/understanding-dough-hydration/";
const AVILLEZ_DIR =
  "https://www.google.com/maps/dir//Cantinho+do+Avillez,+R.+Mouzinho+da+Silveira+166,+4050-416+Porto,+Portugal/@41.1432406,-8.6138452,15z/data=!4m8!4m7!1m0";

/** Search's My Activity, newest first. */
const SEARCH = [
  searched("2026-10-04T08:00:00.000Z", "Why is my dough sticky?"),
  // (the same search again later that day: one paragraph, at its first time)
  searched("2026-10-03T21:40:00.000Z", "sourdough hydration 75%"),
  clicked("2026-10-03T18:24:02.409Z", "Understanding Dough Hydration | The Perfect Loaf", ARTICLE),
  // (an advert clicked: Google's words)
  clicked("2026-10-03T18:22:10.774Z", "Sourdough Starter Kit | 20% Off", "https://www.bakerybits.co.uk/kit", { details: [{ name: "From Google Ads" }] }),
  searched("2026-10-03T18:21:44.123Z", "sourdough hydration 75%"),
];

/** Maps' My Activity, newest first. */
const MAPS = [
  activityRecord("Maps", "Used Maps", "2026-10-24T20:15:00.000Z"),
  activityRecord("Maps", "Directions to Cantinho do Avillez", "2026-10-24T19:27:41.336Z", AVILLEZ_DIR),
  activityRecord(
    "Maps",
    "Cantinho do Avillez",
    "2026-10-24T19:26:55.004Z",
    "https://www.google.com/maps/place/Cantinho+do+Avillez/@41.14,-8.61,17z/data=!3m1!4b1",
  ),
  activityRecord(
    "Maps",
    "Searched for cantinho do avillez porto",
    "2026-10-24T19:26:30.871Z",
    "https://www.google.com/maps/search/cantinho+do+avillez+porto/@41.1,-8.6,15z",
  ),
  activityRecord(
    "Maps",
    "Directions from Home to B&Q Leeds Crown Point",
    "2026-10-13T20:31:06.289Z",
    "https://www.google.com/maps/dir/Home/B%26Q/@53.78,-1.54,14z",
  ),
  activityRecord("Maps", "Viewed area around Ribeira, Porto", "2026-10-18T17:10:44.920Z", "https://www.google.com/maps/@41.1407,-8.6130,16z"),
];

const HISTORY = [
  chromeVisit("2026-10-03T18:24:02.512Z", "LINK", "Understanding Dough Hydration | The Perfect Loaf", `${ARTICLE}#levain`),
  chromeVisit("2026-10-04T08:15:09.733Z", "RELOAD", "Understanding Dough Hydration | The Perfect Loaf", ARTICLE),
  chromeVisit("2026-10-04T08:14:58.020Z", "TYPED", "New Tab", "chrome://newtab/"),
  chromeVisit(
    "2026-10-03T18:21:44.690Z",
    "GENERATED",
    "sourdough hydration 75% - Google Search",
    "https://www.google.com/search?q=sourdough+hydration+75%25&oq=sour&sourceid=chrome",
  ),
  chromeVisit("2026-10-03T18:31:40.118Z", "LINK", "How to Feed a Sourdough Starter | King Arthur Baking", "https://www.kingarthurbaking.com/blog/feed"),
  chromeVisit("2026-10-03T18:40:00.000Z", "LINK", "", "https://www.theclevercarrot.com/why-is-my-sourdough-dense/"),
];

/** Each note's format, key and title, and its paragraphs' id, speaker, role, time and text. */
function told(notes: ParsedConversation[]): Array<[string, string, string | null, Array<[string | null, string, string, string, string]>]> {
  return notes.map((c) => [
    c.format,
    c.externalId,
    c.title,
    c.turns.map((t): [string | null, string, string, string, string] => [t.externalId, t.speaker, t.role, new Date(t.occurredAt).toISOString(), t.text]),
  ]);
}

/** Google Takeout unzipped as `folder`: My Activity (Search, Maps, Chrome, Discover, YouTube's), Chrome's history and settings, YouTube's history, Takeout's index, My Activity as a web page. */
function takeout(folder: string): string {
  write(`${folder}/archive_browser.html`, '<!DOCTYPE html><html><body><h1 class="header_title">Archive for sam@example.com</h1></body></html>');
  write(`${folder}/My Activity/Search/MyActivity.json`, takeoutJson(SEARCH));
  write(`${folder}/My Activity/Maps/MyActivity.json`, takeoutJson(MAPS));
  write(
    `${folder}/My Activity/Chrome/MyActivity.json`,
    takeoutJson([
      activityRecord("Chrome", "Used Chrome", "2026-10-03T18:40:00.000Z"),
      activityRecord("Chrome", "Visited Understanding Dough Hydration | The Perfect Loaf", "2026-10-03T18:24:02.512Z", ARTICLE),
    ]),
  );
  write(
    `${folder}/My Activity/Discover/MyActivity.json`,
    takeoutJson([activityRecord("Discover", "7 cards in your feed", "2026-10-24T07:40:12.003Z", undefined, { subtitles: [{ name: "Porto" }] })]),
  );
  write(
    `${folder}/My Activity/YouTube/MyActivity.json`,
    takeoutJson([activityRecord("YouTube", "Watched Sourdough shaping 101", "2026-10-05T20:00:00.000Z", "https://www.youtube.com/watch?v=sHaP1nG0101")]),
  );
  write(
    `${folder}/My Activity/Image Search/MyActivity.html`,
    '<html><head><meta charset="UTF-8"><style>body{}</style></head><body><div class="outer-cell mdl-cell mdl-cell--12-col mdl-shadow--2dp"><div class="mdl-grid"><div class="header-cell mdl-cell mdl-cell--12-col"><p class="mdl-typography--title">Image Search<br></p></div><div class="content-cell mdl-cell mdl-cell--6-col mdl-typography--body-1">Searched for&nbsp;<a href="https://www.google.com/search?q=banneton&amp;tbm=isch">banneton</a><br>Oct 7, 2026, 9:05:12 PM UTC</div></div></div></body></html>',
  );
  write(`${folder}/Chrome/History.json`, takeoutJson({ "Browser History": HISTORY }, 4));
  write(`${folder}/Chrome/Extensions.json`, takeoutJson({ Extensions: [{ name: "uBlock Origin", enabled: true }] }, 4));
  write(
    `${folder}/YouTube and YouTube Music/history/search-history.json`,
    JSON.stringify(
      [
        activityRecord(
          "YouTube",
          "Searched for sourdough scoring",
          "2026-10-05T19:58:00.000Z",
          "https://www.youtube.com/results?search_query=sourdough+scoring",
        ),
      ],
      null,
      2,
    ),
  );
  return join(dir, folder);
}

describe("Google's My Activity and Chrome's history from Takeout", () => {
  const root = takeout("Takeout");

  it("reads Search's activity as a note per day, each search and result visited a paragraph, adverts passed over", async () => {
    const file = join(root, "My Activity/Search/MyActivity.json");
    expect(await detectFormat(file)).toBe("myactivity");
    const notes = await parsedConversations(file);
    expect(told(notes)).toEqual([
      [
        "note",
        "myactivity:day:2026-10-03",
        "Google activity, Saturday 3 October 2026",
        [
          ["search Google sourdough hydration 75%", "User", "user", "2026-10-03T18:21:00.000Z", 'Searched Google for "sourdough hydration 75%" (18:21).'],
          [
            `visit ${ARTICLE}`,
            "User",
            "user",
            "2026-10-03T18:24:00.000Z",
            'Visited "Understanding Dough Hydration | The Perfect Loaf" on theperfectloaf.com (18:24).',
          ],
        ],
      ],
      [
        "note",
        "myactivity:day:2026-10-04",
        "Google activity, Sunday 4 October 2026",
        // (a search ending "?": a comma keeps what follows in its sentence)
        [["search Google why is my dough sticky?", "User", "user", "2026-10-04T08:00:00.000Z", 'Searched Google for "Why is my dough sticky?", (08:00).']],
      ],
    ]);
    expect(notes[0]!.turns[1]!.metadata).toEqual({
      myactivity: {
        kind: "visit",
        product: "Search",
        link: `https://www.google.com/url?q=${ARTICLE}&usg=AOvVaw1x2Y3z`,
        url: ARTICLE,
        site: "theperfectloaf.com",
      },
    });
    expect(notes[0]!.turns[0]!.metadata).toMatchObject({ myactivity: { kind: "search", query: "sourdough hydration 75%" } });
  });

  it("reads Maps' searches, directions with the address the link gives, places and areas looked at", async () => {
    const file = join(root, "My Activity/Maps/MyActivity.json");
    expect(await detectFormat(file)).toBe("myactivity");
    expect((await parsedConversations(file)).map((n) => [n.title, n.turns.map((t) => t.text)])).toEqual([
      ["Google activity, Tuesday 13 October 2026", ["Got directions from Home to B&Q Leeds Crown Point on Google Maps (20:31)."]],
      ["Google activity, Sunday 18 October 2026", ["Looked at the map around Ribeira, Porto on Google Maps (17:10)."]],
      [
        "Google activity, Saturday 24 October 2026",
        [
          'Searched Google Maps for "cantinho do avillez porto" (19:26).',
          "Looked at Cantinho do Avillez on Google Maps (19:26).",
          "Got directions to Cantinho do Avillez (R. Mouzinho da Silveira 166, 4050-416 Porto, Portugal) on Google Maps (19:27).",
        ],
      ],
    ]);
    expect(directionsAddress(AVILLEZ_DIR, "Cantinho do Avillez")).toBe("R. Mouzinho da Silveira 166, 4050-416 Porto, Portugal");
    expect(directionsAddress("https://www.google.com/maps/dir//Somewhere+Else/@1,2,3z", "Cantinho do Avillez")).toBe("");
  });

  it("reads Chrome's History.json: pages with their site, Google's result pages as searches, no reloads nor Chrome's own pages", async () => {
    const file = join(root, "Chrome/History.json");
    expect(await detectFormat(file)).toBe("myactivity");
    expect(told(await parsedConversations(file))).toEqual([
      [
        "note",
        "myactivity:day:2026-10-03",
        "Google activity, Saturday 3 October 2026",
        [
          ["search Google sourdough hydration 75%", "User", "user", "2026-10-03T18:21:00.000Z", 'Searched Google for "sourdough hydration 75%" (18:21).'],
          [
            `visit ${ARTICLE}`,
            "User",
            "user",
            "2026-10-03T18:24:00.000Z",
            'Visited "Understanding Dough Hydration | The Perfect Loaf" on theperfectloaf.com (18:24).',
          ],
          [
            "visit https://www.kingarthurbaking.com/blog/feed",
            "User",
            "user",
            "2026-10-03T18:31:00.000Z",
            'Visited "How to Feed a Sourdough Starter | King Arthur Baking" on kingarthurbaking.com (18:31).',
          ],
          // (a page with no title: its address)
          [
            "visit https://www.theclevercarrot.com/why-is-my-sourdough-dense/",
            "User",
            "user",
            "2026-10-03T18:40:00.000Z",
            "Visited www.theclevercarrot.com/why-is-my-sourdough-dense/ (18:40).",
          ],
        ],
      ],
    ]);
  });

  it("says a search or a page once a day, whichever file tells it: Search's, Chrome's and History.json's paragraphs are the same", async () => {
    const hashes = async (file: string) =>
      new Map((await parsedConversations(file)).flatMap((n) => n.turns.map((t) => [`${n.externalId} ${t.externalId}`, turnHash(n, t)] as const)));
    const search = await hashes(join(root, "My Activity/Search/MyActivity.json"));
    const history = await hashes(join(root, "Chrome/History.json"));
    const chrome = await hashes(join(root, "My Activity/Chrome/MyActivity.json"));
    const article = `myactivity:day:2026-10-03 visit ${ARTICLE}`;
    const query = "myactivity:day:2026-10-03 search Google sourdough hydration 75%";
    expect([history.get(article), chrome.get(article)]).toEqual([search.get(article), search.get(article)]);
    expect(history.get(query)).toBe(search.get(query));
  });

  it("adds from a later Takeout only what is new since", async () => {
    const before = write("later/before/MyActivity.json", takeoutJson(SEARCH.slice(1)));
    const after = write("later/after/MyActivity.json", takeoutJson([searched("2026-10-05T07:30:00.000Z", "banneton 9 inch"), ...SEARCH]));
    const hashes = async (file: string) => (await parsedConversations(file)).flatMap((n) => n.turns.map((t) => ({ id: t.externalId, hash: turnHash(n, t) })));
    const stored = new Set((await hashes(before)).map((h) => h.hash));
    expect((await hashes(after)).filter((h) => !stored.has(h.hash)).map((h) => h.id)).toEqual([
      "search Google why is my dough sticky?",
      "search Google banneton 9 inch",
    ]);
    // (the same file again: nothing new)
    const again = new Set((await hashes(after)).map((h) => h.hash));
    expect((await hashes(after)).filter((h) => !again.has(h.hash))).toEqual([]);
  });

  it("reads the Takeout folder: My Activity and Chrome's history as myactivity, YouTube's still youtube, the rest passed over, said why", async () => {
    const listed = importPaths(root).map((p) => p.file.slice(root.length + 1));
    expect(listed).toEqual([
      "Chrome/Extensions.json",
      "Chrome/History.json",
      "My Activity/Chrome/MyActivity.json",
      "My Activity/Discover/MyActivity.json",
      "My Activity/Image Search/MyActivity.html",
      "My Activity/Maps/MyActivity.json",
      "My Activity/Search/MyActivity.json",
      "My Activity/YouTube/MyActivity.json",
      "YouTube and YouTube Music/history/search-history.json",
      "archive_browser.html",
    ]);
    const formats: Record<string, string | null> = {};
    const why: Record<string, string> = {};
    for (const name of listed) {
      const file = join(root, name);
      const aside = await passedOverInFolder(file);
      if (aside) {
        why[name] = aside;
        continue;
      }
      formats[name] = await folderFileFormat(file);
      if (formats[name]) {
        const checked = await checkImportFile(file, formats[name] as "myactivity").catch((e: unknown) => e);
        if (isEmptyNote(checked)) why[name] = whyPassedOver(checked);
      }
    }
    expect(formats).toEqual({
      "Chrome/Extensions.json": null,
      "Chrome/History.json": "myactivity",
      "My Activity/Chrome/MyActivity.json": "myactivity",
      "My Activity/Discover/MyActivity.json": "myactivity",
      "My Activity/Maps/MyActivity.json": "myactivity",
      "My Activity/Search/MyActivity.json": "myactivity",
      "My Activity/YouTube/MyActivity.json": "youtube",
      "YouTube and YouTube Music/history/search-history.json": "youtube",
    });
    expect(why).toEqual({
      "archive_browser.html": "Google Takeout's index of the files in its archive, no one's words",
      "My Activity/Discover/MyActivity.json": "the cards Google showed in your Discover feed, no words of yours, no note",
      "My Activity/Image Search/MyActivity.html":
        "Google My Activity (Image Search) as a web page, which Engram does not read: export it again from Google Takeout with My Activity in JSON (My Activity → Multiple formats → Activity records: JSON) and import MyActivity.json",
    });
    // (YouTube's records of My Activity are YouTube's day, as its watch history's)
    expect((await parsedConversations(join(root, "My Activity/YouTube/MyActivity.json"))).map((n) => [n.externalId, n.turns.map((t) => t.text)])).toEqual([
      ["youtube:day:2026-10-05", ['Watched "Sourdough shaping 101" at 20:00.']],
    ]);
  });

  it("refuses alone Takeout's index and My Activity as a web page, saying what to do", async () => {
    const html = join(root, "My Activity/Image Search/MyActivity.html");
    const alone = await importErrorOf(detectFormat(html));
    expect(alone.message).toMatch(/^MyActivity\.html: byte 0: Google My Activity \(Image Search\) as a web page, which Engram does not read: export it again/);
    expect((await importErrorOf(detectFormat(join(root, "archive_browser.html")))).message).toBe(
      "archive_browser.html: byte 0: Google Takeout's index of the files in its archive, no one's words",
    );
    // (told by its name when its start has no record; YouTube's pages are YouTube's to advise on; any other page is none)
    expect(takeoutPageAdvice("/t/My Activity/Maps/MyActivity.html", "<html><head><style>")).toMatch(/^Google My Activity \(Maps\) as a web page/);
    expect(takeoutPageAdvice("/t/My Activity/YouTube/MyActivity.html", '<html><div class="header-cell"><p class="x">YouTube<br></p>')).toBeNull();
    expect(takeoutPageAdvice("/t/Downloads/page.html", "<html><body>Search</body></html>")).toBeNull();
    expect(activityHtmlProduct('<html><div class="header-cell mdl-cell"><p class="mdl-typography--title">Maps<br></p>')).toBe("Maps");
  });

  it("is told by its start, not mistaken for its neighbours", () => {
    const search = takeoutJson([searched("2026-10-03T18:21:44.123Z", "a")]);
    expect([isMyActivity(search), activityHeaderOf(search)]).toEqual([true, "Search"]);
    expect(isMyActivity(JSON.stringify([activityRecord("YouTube", "Watched x", "2026-10-03T18:21:44Z")]))).toBe(false);
    expect(isMyActivity(JSON.stringify([activityRecord("YouTube Music", "Watched x", "2026-10-03T18:21:44Z")]))).toBe(false);
    expect(isMyActivity('[{"title": "Searched for x", "header": "Search"}]')).toBe(false);
    expect(isMyActivity('[{"type": "message", "text": "hi"}]')).toBe(false);
    expect(isChromeHistory('{\n    "Browser History": [\n        {')).toBe(true);
    expect(isChromeHistory('{"checksum": "x", "roots": {}}')).toBe(false);
  });

  it("takes --format myactivity, and says what a forced file holds that it does not read", async () => {
    expect((await parsedConversations(join(root, "My Activity/Search/MyActivity.json"), "myactivity")).length).toBe(2);
    const youtube = await importErrorOf(validateExport(join(root, "YouTube and YouTube Music/history/search-history.json"), { format: "myactivity" }));
    expect(youtube.message).toBe("search-history.json: [0]: the note has no text: YouTube's activity, which Engram reads as YouTube's (--format youtube)");
    const other = await importErrorOf(validateExport(write("other/notes.txt", "just a note\n"), { format: "myactivity" }));
    expect(other.message).toMatch(/^notes\.txt: byte 0: not a file of Google Takeout's My Activity in JSON/);
  });

  it("names the file and where a bad file goes wrong, and refuses a file with nothing of the user's", async () => {
    const badTime = write("bad/time/MyActivity.json", takeoutJson([SEARCH[0], { ...SEARCH[1], time: "yesterday" }]));
    expect((await importErrorOf(validateExport(badTime))).message).toBe(
      'MyActivity.json: [1].time: expected a time as "2026-10-03T18:21:44.123Z", got "yesterday"',
    );
    const noTitle = write("bad/title/MyActivity.json", takeoutJson([SEARCH[0], { header: "Search", title: 7, time: "2026-10-03T09:11:00Z" }]));
    expect((await importErrorOf(validateExport(noTitle))).message).toBe('MyActivity.json: [1].title: expected what was done, as "Searched for …", got 7');
    const notObject = write("bad/item/MyActivity.json", `[${takeoutJson(SEARCH[0])}, "x"]`);
    expect((await importErrorOf(validateExport(notObject))).message).toBe(
      'MyActivity.json: [1]: expected an activity ({ "header": "Search", "title": "Searched for …", "time": … }), got "x"',
    );
    const cut = write("bad/cut/MyActivity.json", takeoutJson(SEARCH).slice(0, 300));
    const truncated = await importErrorOf(validateExport(cut));
    expect([truncated.file.endsWith("MyActivity.json"), /^byte \d+ \(line \d+, column \d+\)$/.test(truncated.location)]).toEqual([true, true]);
    const usec = write("bad/usec/History.json", takeoutJson({ "Browser History": [HISTORY[0], { ...HISTORY[4], time_usec: "yesterday" }] }, 4));
    expect((await importErrorOf(validateExport(usec))).message).toBe(
      'History.json: ["Browser History"][1].time_usec: expected a time in microseconds since 1970, as 1791138242409417, got "yesterday"',
    );
    // (a WebKit time, microseconds since 1601, is no time since 1970)
    const webkit = write("bad/webkit/History.json", takeoutJson({ "Browser History": [{ ...HISTORY[0], time_usec: 13404118242409416 }] }, 4));
    expect((await importErrorOf(validateExport(webkit))).location).toBe('["Browser History"][0].time_usec');
    const noUrl = write("bad/url/History.json", takeoutJson({ "Browser History": [{ title: "x", time_usec: 1791138242409417 }] }, 4));
    expect((await importErrorOf(validateExport(noUrl))).message).toBe('History.json: ["Browser History"][0].url: expected the page\'s address, got null');
    const ads = write("bad/ads/MyActivity.json", takeoutJson([SEARCH[3], activityRecord("Search", "Used Search", "2026-10-03T18:00:00Z")]));
    expect((await importErrorOf(validateExport(ads))).message).toBe(
      "MyActivity.json: [0]: the note has no text: Google My Activity of adverts, feed cards and apps used only, no words of yours",
    );
    const own = write("bad/own/History.json", takeoutJson({ "Browser History": [HISTORY[1], HISTORY[2]] }, 4));
    expect((await importErrorOf(validateExport(own))).message).toBe(
      'History.json: ["Browser History"]: the note has no text: Chrome\'s history with no web page visited',
    );
  });

  it("undoes Google's redirect to the page a result link stands for", () => {
    expect(pageOf("https://www.google.com/url?q=https://example.org/a?b=1&usg=AOv")?.href).toBe("https://example.org/a?b=1");
    expect(pageOf("https://www.google.co.uk/url?url=https://example.org/x&sa=t")?.href).toBe("https://example.org/x");
    expect(pageOf("chrome://newtab/")).toBeNull();
    expect(pageOf("not a link")).toBeNull();
  });
});

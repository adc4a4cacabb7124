/**
 * A browser's own history database (core/ingest/browser.ts): Firefox's places.sqlite, Chrome's History and
 * Safari's History.db, written as the browsers write them (bench/lib/personal/browser-db.ts), read as the
 * user's day-by-day log in My Activity's words (a day a note, each search, page visited and download a
 * paragraph at its first time, a page visited again said once with how often; reloads, redirects' sources,
 * frames and the browser's own pages left out) and Firefox's bookmarks a folder a note; detected by its
 * tables whatever its name, not mistaken for a Kobo's or another app's database; read-only (no WAL file
 * left), a database its browser holds locked read from a copy; in a folder beside the browser's other
 * files; a visit told by Takeout's Chrome History.json too told once; a bad database's error naming the
 * file and the table or row.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import {
  CHROME,
  type ChromeVisit,
  chromeHistory,
  chromeLink as link,
  chromeSearch as search,
  FIREFOX,
  type FirefoxPlaces,
  placesSqlite,
  safariHistory,
} from "../../bench/lib/personal/browser-db.js";
import { chromeVisit, takeoutJson } from "../../bench/lib/personal/takeout-json.js";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, passedOverInFolder, whyPassedOver } from "../../core/api/import-check.js";
import { LockedDatabaseError, openForeignSqlite } from "../../core/db/repos/foreign-sqlite.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { conversationItems } from "../../core/ingest/store.js";
import type { ParsedConversation } from "../../core/ingest/kit/types.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-browser-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `bytes` to `name` under the test folder (its folders made); returns its path. */
function put(name: string, bytes: Uint8Array | string): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  return file;
}

/** Each note's key and title, and each paragraph's key, words and time (ISO). */
const told = (notes: ParsedConversation[]) =>
  notes.map((n) => ({
    key: n.externalId,
    title: n.title,
    turns: n.turns.map((t) => [t.externalId, t.text, new Date(t.occurredAt).toISOString().slice(0, 16)]),
  }));

const PHO = "https://www.recipetineats.com/pho-vietnamese-noodle-soup/";
const PHO_TITLE = "Vietnamese Pho recipe | RecipeTin Eats";
const EMBASSY = "https://www.uk.emb-japan.go.jp/itpr_en/visa-shortterm.html";

const PLACES: FirefoxPlaces = {
  visits: [
    {
      at: "2026-10-10T09:12:40.118Z",
      url: "https://www.google.com/search?client=firefox-b-d&q=japan+tourist+visa",
      title: "japan tourist visa - Google Search",
      type: FIREFOX.LINK,
    },
    // (a redirect's source, hidden, then its target)
    { at: "2026-10-10T09:13:55.402Z", url: "http://www.uk.emb-japan.go.jp/itpr_en/visa-shortterm.html", title: null, type: FIREFOX.LINK, hidden: true },
    { at: "2026-10-10T09:13:55.871Z", url: EMBASSY, title: "Short-term Stay Visa | Embassy of Japan in the UK", type: FIREFOX.REDIRECT_PERMANENT },
    // (a file of the disk, a page with no title, a DuckDuckGo search)
    { at: "2026-10-10T09:40:12.500Z", url: "file:///home/meera/passport.pdf", title: "passport.pdf", type: FIREFOX.TYPED },
    { at: "2026-10-10T09:41:00.000Z", url: "https://example.org/notes/visa#top", title: null, type: FIREFOX.LINK },
    { at: "2026-10-10T09:42:00.000Z", url: "https://duckduckgo.com/?q=yen+to+pound&ia=web", title: "yen to pound at DuckDuckGo", type: FIREFOX.LINK },
    // (the recipe four times on the Sunday, a reload and an embedded video among them)
    { at: "2026-10-25T09:30:05.140Z", url: PHO, title: PHO_TITLE, type: FIREFOX.TYPED },
    { at: "2026-10-25T11:15:22.008Z", url: PHO, title: PHO_TITLE, type: FIREFOX.LINK },
    { at: "2026-10-25T11:16:03.551Z", url: "https://www.youtube.com/embed/Vq3oQ9xP2sM", title: "How to make Pho", type: FIREFOX.EMBED, hidden: true },
    { at: "2026-10-25T13:40:10.775Z", url: `${PHO}#recipe`, title: PHO_TITLE, type: FIREFOX.LINK },
    { at: "2026-10-25T13:41:02.093Z", url: PHO, title: PHO_TITLE, type: FIREFOX.RELOAD },
    { at: "2026-10-25T17:05:48.620Z", url: PHO, title: PHO_TITLE, type: FIREFOX.LINK },
  ],
  downloads: [{ at: "2026-10-10T09:50:30.264Z", url: "https://www.mofa.go.jp/files/000124525.pdf", file: "japan visa form.pdf" }],
  bookmarks: [
    { root: "toolbar", folders: [], url: "https://www.mozilla.org/en-GB/firefox/central/", title: "Getting Started", added: "2026-09-01T18:00:00.000Z" },
    {
      root: "menu",
      folders: ["Travel", "Japan trip"],
      url: EMBASSY,
      title: "Short-term Stay Visa",
      added: "2026-10-10T09:20:44.000Z",
      tags: ["visa", "japan"],
    },
    { root: "toolbar", folders: ["Recipes"], url: PHO, title: PHO_TITLE, added: "2026-10-24T11:10:36.000Z", keyword: "pho" },
    // (a bookmarklet: no page saved)
    { root: "toolbar", folders: [], url: "javascript:alert(1)", title: "Say hi", added: "2026-10-24T11:11:00.000Z" },
  ],
  viewed: [
    { url: PHO, at: "2026-10-25T09:30:06.000Z", ms: 312_000 },
    { url: PHO, at: "2026-10-25T11:15:23.000Z", ms: 251_000 },
    // (another day's time in view is not this day's)
    { url: PHO, at: "2026-10-26T08:00:00.000Z", ms: 600_000 },
  ],
};

const REVIEW = "https://www.notebookcheck.net/Lenovo-ThinkPad-X1-Carbon-Gen-13-review.912345.0.html";
const REVIEW_TITLE = "Lenovo ThinkPad X1 Carbon Gen 13 review - Notebookcheck.net Reviews";
const JL = "https://www.johnlewis.com/lenovo-thinkpad-x1-carbon-gen-13/p111726245";

const CHROME_VISITS: ChromeVisit[] = [
  search("2026-10-12T12:30:11.204Z", "best lightweight laptop 2026 uk"),
  link("2026-10-12T12:40:33.150Z", REVIEW, REVIEW_TITLE),
  { at: "2026-10-12T12:55:02.000Z", url: "chrome://newtab/", title: "New Tab", transition: CHROME.TYPED | CHROME.CHAIN_START | CHROME.CHAIN_END },
  { at: "2026-10-13T19:30:15.310Z", url: "https://bit.ly/x1c-gen13", title: "", transition: CHROME.LINK | CHROME.CHAIN_START },
  { at: "2026-10-13T19:30:15.644Z", url: JL, title: "ThinkPad X1 Carbon | John Lewis & Partners", transition: CHROME.SERVER_REDIRECT | CHROME.CHAIN_END },
  {
    at: "2026-10-13T19:31:40.002Z",
    url: JL,
    title: "ThinkPad X1 Carbon | John Lewis & Partners",
    transition: CHROME.RELOAD | CHROME.CHAIN_START | CHROME.CHAIN_END,
  },
  {
    at: "2026-10-13T19:33:05.515Z",
    url: "https://www.johnlewis.com/search?search-term=thinkpad",
    title: "thinkpad | John Lewis & Partners",
    transition: CHROME.FORM_SUBMIT | CHROME.CHAIN_START | CHROME.CHAIN_END,
    term: "thinkpad",
    keywordId: 7,
  },
  { at: "2026-10-13T19:34:00.127Z", url: "https://www.youtube.com/embed/Xc1", title: "", transition: CHROME.MANUAL_SUBFRAME },
  // (a page of edge:// or a local file)
  {
    at: "2026-10-13T19:35:00.000Z",
    url: "file:///C:/Users/meera/Desktop/specs.html",
    title: "specs",
    transition: CHROME.TYPED | CHROME.CHAIN_START | CHROME.CHAIN_END,
  },
];

const CHROME_DOWNLOADS = [
  {
    at: "2026-10-13T19:45:12.250Z",
    url: "https://psref.lenovo.com/syspool/Sys/PDF/X1_Carbon_Gen_13_Spec.pdf",
    target: "C:\\Users\\Meera\\Downloads\\X1_Carbon_Gen_13_Spec.pdf",
    tabUrl: "https://psref.lenovo.com/Product/ThinkPad/X1_Carbon_Gen_13",
    state: 1,
    mime: "application/pdf",
    bytes: 412_833,
  },
  {
    at: "2026-10-13T19:47:40.000Z",
    url: "https://download.lenovo.com/n3xgt12w.exe",
    target: "C:\\Users\\Meera\\Downloads\\n3xgt12w.exe",
    tabUrl: "https://pcsupport.lenovo.com/gb/en",
    state: 4,
    mime: "application/octet-stream",
    bytes: 31_457_280,
  },
];

describe("Firefox's places.sqlite", () => {
  it("is detected by its tables, whatever its name, and read as a day a note: searches, pages visited once a day with how often and how long, downloads; bookmarks a folder a note", async () => {
    const file = put("firefox/profile copy.bin", placesSqlite(PLACES));
    const before = readFileSync(file);
    expect(await detectFormat(file)).toBe("browser");
    const notes = await parsedConversations(file);
    expect(told(notes)).toEqual([
      {
        key: "myactivity:day:2026-10-10",
        title: "Browsing, Saturday 10 October 2026",
        turns: [
          ["search Google japan tourist visa", 'Searched Google for "japan tourist visa" (09:12).', "2026-10-10T09:12"],
          // (the https page the http link redirected to; the hidden source left out)
          [`visit ${EMBASSY}`, 'Visited "Short-term Stay Visa | Embassy of Japan in the UK" on uk.emb-japan.go.jp (09:13).', "2026-10-10T09:13"],
          // (a page with no title by its address, its fragment dropped; a local file left out)
          ["visit https://example.org/notes/visa", "Visited example.org/notes/visa (09:41).", "2026-10-10T09:41"],
          ["search DuckDuckGo yen to pound", 'Searched DuckDuckGo for "yen to pound" (09:42).', "2026-10-10T09:42"],
          ["download https://www.mofa.go.jp/files/000124525.pdf", 'Downloaded "japan visa form.pdf" from mofa.go.jp (09:50).', "2026-10-10T09:50"],
        ],
      },
      {
        key: "myactivity:day:2026-10-25",
        title: "Browsing, Sunday 25 October 2026",
        // (four visits, one with a fragment; the reload and the embedded video left out; 9 of its minutes in view that day)
        turns: [[`visit ${PHO}`, `Visited "${PHO_TITLE}" on recipetineats.com 4 times (first at 09:30, 9 minutes on the page).`, "2026-10-25T09:30"]],
      },
      {
        key: "bookmarks:Bookmarks Toolbar",
        title: "Bookmarks Toolbar",
        turns: [[null, 'Bookmarked "Getting Started" (www.mozilla.org/en-GB/firefox/central) on 1 September 2026.', "2026-09-01T18:00"]],
      },
      {
        key: "bookmarks:Travel / Japan trip",
        title: "Travel / Japan trip",
        turns: [
          [
            null,
            'Bookmarked "Short-term Stay Visa" (www.uk.emb-japan.go.jp/itpr_en/visa-shortterm.html) in Travel / Japan trip on 10 October 2026.\nTags: japan, visa.',
            "2026-10-10T09:20",
          ],
        ],
      },
      {
        key: "bookmarks:Recipes",
        title: "Recipes",
        turns: [[null, `Bookmarked "${PHO_TITLE}" (www.recipetineats.com/pho-vietnamese-noodle-soup) in Recipes on 24 October 2026.`, "2026-10-24T11:10"]],
      },
    ]);
    expect(notes.map((n) => [n.format, n.participants])).toEqual(Array(5).fill(["note", ["User"]]));
    expect(notes[0]!.turns.every((t) => t.speaker === "User" && t.role === "user")).toBe(true);
    expect(notes[1]!.turns[0]!.metadata).toEqual({
      browser: { kind: "visit", browser: "firefox", url: PHO, site: "recipetineats.com", times: 4, minutes: 9 },
    });
    // (the bookmark's keyword kept beside it, as a bookmarks export's)
    expect(notes[4]!.turns[0]!.metadata).toMatchObject({ bookmark: { folder: "Recipes", keyword: "pho", added: "2026-10-24T11:10:36.000Z" } });
    // (the user's own notes: file sources, trust user)
    expect(conversationItems(notes[0]!).map((i) => [i.source.kind, i.source.trust])[0]).toEqual(["file", "user"]);
    expect(await validateExport(file)).toMatchObject({ format: "browser", conversations: 5, turns: 9 });
    expect(await checkImportFile(file)).toBe("browser");
    expect(await parsedConversations(file, "browser")).toHaveLength(5);
    // (read-only: the browser's database is never written)
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it("leaves the profile folder as it was: the WAL files a read-only connection makes beside places.sqlite (kept in WAL mode) are removed", async () => {
    const file = put("wal/places.sqlite", placesSqlite(PLACES));
    const before = readFileSync(file);
    expect(before[18]).toBe(2);
    expect((await parsedConversations(file)).map((n) => n.turns.length)).toEqual([5, 1, 1, 1, 1]);
    expect(readdirSync(join(dir, "wal"))).toEqual(["places.sqlite"]);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it("reads a database the running browser holds locked from a copy, leaving no copy behind", async () => {
    const file = put("locked/places.sqlite", placesSqlite(PLACES));
    const browser = new Database(file);
    try {
      browser.pragma("journal_mode = DELETE");
      browser.pragma("locking_mode = EXCLUSIVE");
      // (a write takes the lock, which exclusive locking mode keeps until the browser closes)
      browser.prepare("UPDATE moz_places SET frecency = frecency + 1").run();
      expect(() => openForeignSqlite(file)).toThrow(LockedDatabaseError);
      const temps = () => readdirSync(tmpdir()).filter((n) => n.startsWith("engram-db-")).length;
      const copies = temps();
      expect(await detectFormat(file)).toBe("browser");
      expect(told(await parsedConversations(file))[1]!.turns[0]![1]).toMatch(/4 times/);
      expect(temps()).toBe(copies);
    } finally {
      browser.close();
    }
  });
});

describe("Chrome's History", () => {
  it("is read with the words typed into a search engine (Google's, a site's own), links at the end of their redirect chains, and finished downloads; reloads, frames and Chrome's own pages left out", async () => {
    const file = put("chrome/History", chromeHistory(CHROME_VISITS, CHROME_DOWNLOADS));
    expect(await detectFormat(file)).toBe("browser");
    expect(told(await parsedConversations(file))).toEqual([
      {
        key: "myactivity:day:2026-10-12",
        title: "Browsing, Monday 12 October 2026",
        turns: [
          ["search Google best lightweight laptop 2026 uk", 'Searched Google for "best lightweight laptop 2026 uk" (12:30).', "2026-10-12T12:30"],
          [`visit ${REVIEW}`, `Visited "${REVIEW_TITLE}" on notebookcheck.net (12:40).`, "2026-10-12T12:40"],
        ],
      },
      {
        key: "myactivity:day:2026-10-13",
        title: "Browsing, Tuesday 13 October 2026",
        turns: [
          // (the short link's visit starts the chain: only John Lewis's page, where it ends; its reload left out)
          [`visit ${JL}`, 'Visited "ThinkPad X1 Carbon | John Lewis & Partners" on johnlewis.com (19:30).', "2026-10-13T19:30"],
          ["search johnlewis.com thinkpad", 'Searched johnlewis.com for "thinkpad" (19:33).', "2026-10-13T19:33"],
          [
            "download https://psref.lenovo.com/syspool/Sys/PDF/X1_Carbon_Gen_13_Spec.pdf",
            'Downloaded "X1_Carbon_Gen_13_Spec.pdf" from psref.lenovo.com (19:45).',
            "2026-10-13T19:45",
          ],
        ],
      },
    ]);
  });

  it("tells a visit and a search that Takeout's Chrome History.json tells too in the same paragraph, so importing both adds it once", async () => {
    const file = put("takeout/History", chromeHistory(CHROME_VISITS.slice(0, 2)));
    const takeout = put(
      "takeout/Takeout/Chrome/History.json",
      takeoutJson(
        {
          "Browser History": [
            chromeVisit(CHROME_VISITS[1]!.at, "LINK", REVIEW_TITLE, REVIEW),
            chromeVisit(CHROME_VISITS[0]!.at, "GENERATED", CHROME_VISITS[0]!.title, CHROME_VISITS[0]!.url),
          ],
        },
        4,
      ),
    );
    const hashes = (notes: ParsedConversation[]) => notes.flatMap((n) => conversationItems(n).map((i) => i.source.contentHash)).sort();
    const fromDb = await parsedConversations(file);
    const fromTakeout = await parsedConversations(takeout);
    expect(fromDb.map((n) => n.externalId)).toEqual(fromTakeout.map((n) => n.externalId));
    expect(hashes(fromDb)).toHaveLength(2);
    expect(hashes(fromDb)).toEqual(hashes(fromTakeout));
  });

  it("imported again adds nothing, and a later copy of the growing database only its new days", async () => {
    const hashes = async (file: string) => new Set((await parsedConversations(file)).flatMap((n) => conversationItems(n).map((i) => i.source.contentHash)));
    const first = await hashes(put("later/1/History", chromeHistory(CHROME_VISITS, CHROME_DOWNLOADS)));
    expect(await hashes(put("later/1b/History", chromeHistory(CHROME_VISITS, CHROME_DOWNLOADS)))).toEqual(first);
    const later = await hashes(
      put(
        "later/2/History",
        chromeHistory(
          [...CHROME_VISITS, link("2026-11-02T08:00:00.000Z", "https://www.apple.com/uk/macbook-air/", "MacBook Air - Apple (UK)")],
          CHROME_DOWNLOADS,
        ),
      ),
    );
    expect([...first].every((h) => later.has(h))).toBe(true);
    expect(later.size - first.size).toBe(1);
  });
});

describe("Safari's History.db", () => {
  it("is read with each visit's own title, its time in seconds since 2001; a redirect's source and a page that did not load left out", async () => {
    const file = put(
      "safari/History.db",
      safariHistory([
        { at: "2026-10-20T21:04:59.000Z", url: "http://celestinehotels.jp/kyoto-gion/", title: null, redirectsTo: 1 },
        { at: "2026-10-20T21:05:01.233Z", url: "https://www.celestinehotels.jp/kyoto-gion/en/", title: "Hotel The Celestine Kyoto Gion (Official)" },
        { at: "2026-10-20T21:06:00.000Z", url: "https://www.japan-guide.com/e/e3900.html", title: "Kyoto Travel Guide", failed: true },
        { at: "2026-10-20T21:07:00.000Z", url: "https://www.bing.com/search?q=gion+kyoto+ryokan&form=QBLH", title: "gion kyoto ryokan - Search", origin: 1 },
      ]),
    );
    expect(await detectFormat(file)).toBe("browser");
    expect(told(await parsedConversations(file))).toEqual([
      {
        key: "myactivity:day:2026-10-20",
        title: "Browsing, Tuesday 20 October 2026",
        turns: [
          [
            "visit https://www.celestinehotels.jp/kyoto-gion/en/",
            'Visited "Hotel The Celestine Kyoto Gion (Official)" on celestinehotels.jp (21:05).',
            "2026-10-20T21:05",
          ],
          ["search Bing gion kyoto ryokan", 'Searched Bing for "gion kyoto ryokan" (21:07).', "2026-10-20T21:07"],
        ],
      },
    ]);
  });
});

describe("in a folder", () => {
  it("reads Chrome's History (no extension), Safari's History.db and a .sqlite with a browser's tables (places.sqlite); Firefox's other databases and a History that is no history are passed over saying why", async () => {
    const root = join(dir, "Browsers");
    put("Browsers/Chrome/History", chromeHistory(CHROME_VISITS));
    put("Browsers/Chrome/Preferences", '{"profile":{}}');
    put("Browsers/Firefox/places.sqlite", placesSqlite(PLACES));
    put("Browsers/Firefox copy/history-2026.sqlite", placesSqlite(PLACES));
    const favicons = new Database(join(root, "Firefox", "favicons.sqlite"));
    favicons.exec("CREATE TABLE moz_icons (id INTEGER PRIMARY KEY, icon_url TEXT)");
    favicons.close();
    put("Browsers/Safari/History.db", safariHistory([{ at: "2026-10-20T21:05:01.233Z", url: "https://www.japan-guide.com/", title: "japan-guide.com" }]));
    // (no browser's: another app's .db is not listed; a file named History of words, another app's History.db)
    put("Browsers/Safari/CloudTabs.db", safariHistory([]));
    put("Browsers/Notes/History", "What I did in October\n");
    mkdirSync(join(root, "Old Mac"));
    const app = new Database(join(root, "Old Mac", "History.db"));
    app.exec("CREATE TABLE entries (id INTEGER PRIMARY KEY, text TEXT)");
    app.close();
    const listed = importPaths(root).map((p) => p.file.slice(root.length + 1).replace(/\\/g, "/"));
    expect(listed).toEqual([
      "Chrome/History",
      "Firefox copy/history-2026.sqlite",
      "Firefox/favicons.sqlite",
      "Firefox/places.sqlite",
      "Notes/History",
      "Old Mac/History.db",
      "Safari/History.db",
    ]);
    const reads = await Promise.all(listed.map(async (f) => [f, (await passedOverInFolder(join(root, f))) ?? (await folderFileFormat(join(root, f)))]));
    expect(reads).toEqual([
      ["Chrome/History", "browser"],
      ["Firefox copy/history-2026.sqlite", "browser"],
      ["Firefox/favicons.sqlite", "Firefox's own favicons database, no pages visited: the history is read from places.sqlite"],
      ["Firefox/places.sqlite", "browser"],
      ["Notes/History", "not a SQLite database, no browser's history"],
      ["Old Mac/History.db", "a SQLite database that is no browser's history (Firefox's places.sqlite, Chrome's History, Safari's History.db)"],
      ["Safari/History.db", "browser"],
    ]);
  });

  it("a history with nothing visited is a note with no text, which a folder passes over saying why", async () => {
    const file = put(
      "empty/History",
      chromeHistory([
        { at: "2026-10-12T12:55:02.000Z", url: "chrome://newtab/", title: "New Tab", transition: CHROME.TYPED | CHROME.CHAIN_START | CHROME.CHAIN_END },
      ]),
    );
    const err = await checkImportFile(file).catch((e: unknown) => e);
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe("Chrome's or Edge's History with no web page visited, searched, downloaded or bookmarked, no note");
  });
});

describe("refusals", () => {
  it("names the file and the table or row: no SQLite database, another app's, a table without a column its browser writes, a time that is no time", async () => {
    const text = put("refuse/notes.txt", "Pho on Sunday\n");
    expect(await importErrorOf(parsedConversations(text, "browser"))).toMatchObject({
      name: "ImportError",
      file: text,
      location: "byte 0",
      message: expect.stringMatching(/not a SQLite database: a browser's history is Firefox's places\.sqlite/),
    });
    const app = join(dir, "refuse", "app.sqlite");
    const other = new Database(app);
    other.exec("CREATE TABLE items (id INTEGER)");
    other.close();
    expect(await importErrorOf(parsedConversations(app, "browser"))).toMatchObject({
      file: app,
      location: "byte 0",
      message: expect.stringMatching(/a SQLite database with no browser's history tables/),
    });
    const noTransition = join(dir, "refuse", "History");
    const db = new Database(noTransition);
    db.exec(`CREATE TABLE urls (id INTEGER PRIMARY KEY, url TEXT, title TEXT);
      CREATE TABLE visits (id INTEGER PRIMARY KEY, url INTEGER, visit_time INTEGER);`);
    db.close();
    expect(await importErrorOf(validateExport(noTransition))).toMatchObject({
      file: noTransition,
      location: "table visits",
      message: expect.stringMatching(/no transition column: not Chrome's or Edge's History$/),
    });
    const badTime = put("refuse/bad/History", chromeHistory([link("2026-10-12T12:40:33.150Z", REVIEW, REVIEW_TITLE)]));
    const bad = new Database(badTime);
    bad.exec("UPDATE visits SET visit_time = 0");
    bad.close();
    const err = await importErrorOf(validateExport(badTime));
    expect(err).toMatchObject({ file: badTime, location: "visits 1" });
    expect(err.message).toMatch(/its time is 0, not a time \(visit_time, microseconds since 1601\)$/);
    // (nothing made of a refused file: no copy, no WAL file left)
    expect(readdirSync(join(dir, "refuse", "bad"))).toEqual(["History"]);
    expect(existsSync(`${badTime}-wal`)).toBe(false);
    expect(statSync(badTime).size).toBeGreaterThan(0);
  });
});

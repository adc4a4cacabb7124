/**
 * The browser: Meera, in Chorlton, Manchester, on an Indian passport, spends October 2026 researching a
 * new laptop, cooking beef pho for friends and applying for a Japanese visa for a spring trip, in
 * Firefox at home and Chrome on her work laptop. On 30 November she copies each browser's own history
 * database into a folder, "Browsers", and imports it (`engram import Browsers`):
 * - `Browsers/Firefox/places.sqlite` from her Firefox profile folder (and beside it `favicons.sqlite`,
 *   Firefox's database of the sites' icons): the visa searches and pages (the embassy's page reached
 *   through an http → https redirect, the visa form's page and the form downloaded, VFS Global's
 *   appointments page), the recipe looked up on the Saturday and opened four times while cooking on the
 *   Sunday (a reload among them; Firefox's `moz_places_metadata` saying how long it was in view), a
 *   supermarket for star anise, a hotel in Kyoto; a page of her own disk (file://) and a video embedded
 *   in a page; her bookmarks: "Japan trip" in the Bookmarks Menu (the embassy's page, the hotel, with
 *   tags), "Recipes" on the Bookmarks Toolbar (the pho, with the keyword "pho"), Firefox's own "Getting
 *   Started", the Japan Rail Pass in Other Bookmarks.
 * - `Browsers/Chrome/History` (Chrome's file has no extension): laptop searches typed in the address bar
 *   (their words in `keyword_search_terms`), a review on Notebookcheck, a round-up on TechRadar, Apple's
 *   MacBook Air page, a short link redirecting to John Lewis's page for the ThinkPad (and a reload of it),
 *   a search on John Lewis's own site, a frame inside a page, the new tab page, a spec sheet downloaded
 *   (and a download that failed).
 * The databases are written with better-sqlite3 with the browsers' own tables (browser-db.ts says what they
 * were checked against). Hand-written by the developers while trying Engram as its users would, in
 * session 36, before Engram could read a browser's history (the first run's figures are in
 * bench/README.md). With it, the questions such a person asks later and the words a right answer holds,
 * and questions nothing here answers.
 */
import Database from "better-sqlite3";
import { CHROME, type ChromeVisit, chromeHistory, chromeLink as link, chromeSearch, FIREFOX, type FirefoxPlaces, placesSqlite } from "./browser-db.js";
import type { Person, PersonFile } from "./types.js";

const EMBASSY = "https://www.uk.emb-japan.go.jp/itpr_en/visa-shortterm.html";
const EMBASSY_TITLE = "Short-term Stay Visa (Tourism, Visiting Friends/Relatives) | Embassy of Japan in the UK";
const VISA_FORM_PAGE = "https://www.mofa.go.jp/j_info/visit/visa/visaforms.html";
const PHO = "https://www.recipetineats.com/pho-vietnamese-noodle-soup/";
const PHO_TITLE = "Vietnamese Pho recipe | RecipeTin Eats";
const CELESTINE = "https://www.celestinehotels.jp/kyoto-gion/en/";
const CELESTINE_TITLE = "Hotel The Celestine Kyoto Gion (Official) | Kyoto Gion Hotel";

/** A Google search from Firefox's address bar: its results page, as Firefox's search with Google names it. */
const firefoxSearch = (at: string, words: string) => ({
  at,
  url: `https://www.google.com/search?client=firefox-b-d&q=${encodeURIComponent(words).replace(/%20/g, "+")}`,
  title: `${words} - Google Search`,
  type: FIREFOX.LINK,
});

/** Firefox's places.sqlite: her visits, the visa form downloaded, her bookmarks, and how long the recipe was in view on the Sunday. */
const FIREFOX_PLACES: FirefoxPlaces = {
  visits: [
    // Saturday 10 October: the visa
    firefoxSearch("2026-10-10T09:12:40.118Z", "japan tourist visa indian passport uk"),
    // (the embassy's link is http: Firefox hides the redirect's source, the https page is a permanent redirect's target)
    { at: "2026-10-10T09:13:55.402Z", url: "http://www.uk.emb-japan.go.jp/itpr_en/visa-shortterm.html", title: null, type: FIREFOX.LINK, hidden: true },
    { at: "2026-10-10T09:13:55.871Z", url: EMBASSY, title: EMBASSY_TITLE, type: FIREFOX.REDIRECT_PERMANENT },
    {
      at: "2026-10-10T09:24:10.330Z",
      url: "https://www.uk.emb-japan.go.jp/itpr_en/visa-documents.html",
      title: "Documents required for a Short-term Stay Visa | Embassy of Japan in the UK",
      type: FIREFOX.LINK,
    },
    firefoxSearch("2026-10-10T09:31:02.774Z", "vfs global london appointment"),
    {
      at: "2026-10-10T09:31:40.019Z",
      url: "https://visa.vfsglobal.com/gbr/en/jpn/book-an-appointment",
      title: "Japan Visa Centre London – Book an appointment | VFS Global",
      type: FIREFOX.LINK,
    },
    // (a file of her own disk: no web page)
    { at: "2026-10-10T09:40:12.500Z", url: "file:///home/meera/Documents/passport-scan.pdf", title: "passport-scan.pdf", type: FIREFOX.TYPED },
    // Wednesday 14 October: the visa application form
    { at: "2026-10-14T20:05:12.907Z", url: VISA_FORM_PAGE, title: "Visa Application Form | Ministry of Foreign Affairs of Japan", type: FIREFOX.LINK },
    // Tuesday 20 October: Kyoto
    firefoxSearch("2026-10-20T21:02:33.640Z", "kyoto hotel gion"),
    { at: "2026-10-20T21:05:01.233Z", url: CELESTINE, title: CELESTINE_TITLE, type: FIREFOX.LINK },
    { at: "2026-10-20T21:29:45.120Z", url: "https://japanrailpass.net/en/", title: "Japan Rail Pass – Official Website", type: FIREFOX.TYPED },
    // Saturday 24 October: the pho
    firefoxSearch("2026-10-24T10:58:14.552Z", "beef pho recipe"),
    { at: "2026-10-24T11:04:20.418Z", url: PHO, title: PHO_TITLE, type: FIREFOX.LINK },
    firefoxSearch("2026-10-24T11:20:30.905Z", "star anise manchester"),
    {
      at: "2026-10-24T11:21:10.266Z",
      url: "https://www.wingyip.com/stores/manchester",
      title: "Wing Yip Manchester | Oriental Superstore",
      type: FIREFOX.LINK,
    },
    // Sunday 25 October: cooking, the recipe open four times (its keyword "pho" typed first), a reload, a video inside it
    { at: "2026-10-25T09:30:05.140Z", url: PHO, title: PHO_TITLE, type: FIREFOX.TYPED },
    firefoxSearch("2026-10-25T09:45:40.310Z", "how long to simmer pho broth"),
    { at: "2026-10-25T11:15:22.008Z", url: PHO, title: PHO_TITLE, type: FIREFOX.LINK },
    { at: "2026-10-25T11:16:03.551Z", url: "https://www.youtube.com/embed/Vq3oQ9xP2sM", title: "How to make Pho", type: FIREFOX.EMBED, hidden: true },
    { at: "2026-10-25T13:40:10.775Z", url: PHO, title: PHO_TITLE, type: FIREFOX.LINK },
    { at: "2026-10-25T13:41:02.093Z", url: PHO, title: PHO_TITLE, type: FIREFOX.RELOAD },
    { at: "2026-10-25T17:05:48.620Z", url: PHO, title: PHO_TITLE, type: FIREFOX.LINK },
  ],
  downloads: [{ at: "2026-10-14T20:07:30.264Z", url: "https://www.mofa.go.jp/files/000124525.pdf", file: "japan-visa-application-form.pdf" }],
  bookmarks: [
    { root: "toolbar", folders: [], url: "https://www.mozilla.org/en-GB/firefox/central/", title: "Getting Started", added: "2026-09-01T18:00:00.000Z" },
    { root: "menu", folders: ["Japan trip"], url: EMBASSY, title: EMBASSY_TITLE, added: "2026-10-10T09:20:44.000Z", tags: ["visa"] },
    { root: "menu", folders: ["Japan trip"], url: CELESTINE, title: CELESTINE_TITLE, added: "2026-10-20T21:08:12.000Z", tags: ["kyoto", "hotels"] },
    { root: "unfiled", folders: [], url: "https://japanrailpass.net/en/", title: "Japan Rail Pass – Official Website", added: "2026-10-20T21:30:02.000Z" },
    { root: "toolbar", folders: ["Recipes"], url: PHO, title: PHO_TITLE, added: "2026-10-24T11:10:36.000Z", keyword: "pho" },
  ],
  viewed: [
    { url: PHO, at: "2026-10-24T11:04:21.000Z", ms: 40_000 },
    { url: PHO, at: "2026-10-25T09:30:06.000Z", ms: 312_000 },
    { url: PHO, at: "2026-10-25T11:15:23.000Z", ms: 251_000 },
    { url: PHO, at: "2026-10-25T13:40:11.000Z", ms: 188_000 },
    { url: PHO, at: "2026-10-25T17:05:49.000Z", ms: 131_000 },
  ],
};

const JOHN_LEWIS = "https://www.johnlewis.com/lenovo-thinkpad-x1-carbon-gen-13-laptop-intel-core-ultra-7-32gb-ram-1tb-ssd-14-black/p111726245";
const JOHN_LEWIS_TITLE = 'Lenovo ThinkPad X1 Carbon Gen 13 Laptop, Intel Core Ultra 7, 32GB RAM, 1TB SSD, 14", Black | John Lewis & Partners';

/** Chrome's History: her laptop research. */
const CHROME_VISITS: ChromeVisit[] = [
  // Monday 12 October, at lunch
  chromeSearch("2026-10-12T12:30:11.204Z", "best lightweight laptop 2026 uk"),
  link("2026-10-12T12:31:05.688Z", "https://www.techradar.com/news/best-lightweight-laptops", "Best lightweight laptops 2026: tested and rated | TechRadar"),
  link(
    "2026-10-12T12:40:33.150Z",
    "https://www.notebookcheck.net/Lenovo-ThinkPad-X1-Carbon-Gen-13-review-The-business-ultrabook-to-beat.912345.0.html",
    "Lenovo ThinkPad X1 Carbon Gen 13 review: The business ultrabook to beat - Notebookcheck.net Reviews",
  ),
  // (the new tab page: Chrome's own)
  { at: "2026-10-12T12:55:02.000Z", url: "chrome://newtab/", title: "New Tab", transition: CHROME.TYPED | CHROME.CHAIN_START | CHROME.CHAIN_END },
  // Tuesday 13 October, the evening
  chromeSearch("2026-10-13T19:10:02.771Z", "macbook air m4 vs thinkpad x1 carbon"),
  link("2026-10-13T19:12:30.092Z", "https://www.apple.com/uk/macbook-air/", "MacBook Air 13- and 15-inch with M4 chip - Apple (UK)"),
  // (a short link: its visit starts the redirect chain, John Lewis's page ends it)
  { at: "2026-10-13T19:30:15.310Z", url: "https://bit.ly/x1c-gen13", title: "", transition: CHROME.LINK | CHROME.CHAIN_START },
  { at: "2026-10-13T19:30:15.644Z", url: JOHN_LEWIS, title: JOHN_LEWIS_TITLE, transition: CHROME.SERVER_REDIRECT | CHROME.CHAIN_END },
  { at: "2026-10-13T19:31:40.002Z", url: JOHN_LEWIS, title: JOHN_LEWIS_TITLE, transition: CHROME.RELOAD | CHROME.CHAIN_START | CHROME.CHAIN_END },
  // (a search on John Lewis's own site: Chrome keeps its words under the site's own search engine)
  {
    at: "2026-10-13T19:33:05.515Z",
    url: "https://www.johnlewis.com/search?search-term=thinkpad+x1+carbon",
    title: "thinkpad x1 carbon | John Lewis & Partners",
    transition: CHROME.FORM_SUBMIT | CHROME.CHAIN_START | CHROME.CHAIN_END,
    term: "thinkpad x1 carbon",
    keywordId: 7,
  },
  // (a video inside a review's page: a frame)
  { at: "2026-10-13T19:34:00.127Z", url: "https://www.youtube.com/embed/Xc1RevGen13", title: "", transition: CHROME.MANUAL_SUBFRAME },
  link("2026-10-13T19:44:58.339Z", "https://psref.lenovo.com/Product/ThinkPad/ThinkPad_X1_Carbon_Gen_13", "ThinkPad X1 Carbon Gen 13 (Intel) - PSREF - Lenovo"),
];

/** Chrome's downloads: the ThinkPad's spec sheet, and a driver whose download was interrupted. */
const CHROME_DOWNLOADS = [
  {
    at: "2026-10-13T19:45:12.250Z",
    url: "https://psref.lenovo.com/syspool/Sys/PDF/ThinkPad/ThinkPad_X1_Carbon_Gen_13_Intel/ThinkPad_X1_Carbon_Gen_13_Intel_Spec.pdf",
    target: "/Users/meera/Downloads/ThinkPad_X1_Carbon_Gen_13_Intel_Spec.pdf",
    tabUrl: "https://psref.lenovo.com/Product/ThinkPad/ThinkPad_X1_Carbon_Gen_13",
    state: 1,
    mime: "application/pdf",
    bytes: 412_833,
  },
  {
    at: "2026-10-13T19:47:40.000Z",
    url: "https://download.lenovo.com/pccbbs/mobiles/n3xgt12w.exe",
    target: "/Users/meera/Downloads/n3xgt12w.exe",
    tabUrl: "https://pcsupport.lenovo.com/gb/en/products/laptops-and-netbooks/thinkpad-x-series-laptops",
    state: 4,
    mime: "application/octet-stream",
    bytes: 31_457_280,
  },
];

/** Firefox's favicons.sqlite beside places.sqlite: the sites' icons, no history. */
function faviconsSqlite(): Uint8Array {
  const db = new Database(":memory:");
  try {
    db.exec(`
      CREATE TABLE moz_icons ( id INTEGER PRIMARY KEY, icon_url TEXT NOT NULL, fixed_icon_url_hash INTEGER NOT NULL, width INTEGER NOT NULL DEFAULT 0, root INTEGER NOT NULL DEFAULT 0, color INTEGER, expire_ms INTEGER NOT NULL DEFAULT 0, flags INTEGER NOT NULL DEFAULT 0, data BLOB );
      CREATE TABLE moz_pages_w_icons ( id INTEGER PRIMARY KEY, page_url TEXT NOT NULL, page_url_hash INTEGER NOT NULL );
      CREATE TABLE moz_icons_to_pages ( page_id INTEGER NOT NULL, icon_id INTEGER NOT NULL, expire_ms INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (page_id, icon_id), FOREIGN KEY (page_id) REFERENCES moz_pages_w_icons ON DELETE CASCADE, FOREIGN KEY (icon_id) REFERENCES moz_icons ON DELETE CASCADE ) WITHOUT ROWID;
      INSERT INTO moz_icons (icon_url, fixed_icon_url_hash, width, root, expire_ms, data) VALUES ('https://www.recipetineats.com/favicon.ico', 47348221, 32, 1, 1793000000000, x'89504e47');
      INSERT INTO moz_pages_w_icons (page_url, page_url_hash) VALUES ('${PHO}', 47356012);
      INSERT INTO moz_icons_to_pages (page_id, icon_id, expire_ms) VALUES (1, 1, 1793000000000);
    `);
    db.pragma("user_version = 1");
    return db.serialize();
  } finally {
    db.close();
  }
}

const FILES: PersonFile[] = [
  { name: "Browsers/Firefox/places.sqlite", text: placesSqlite(FIREFOX_PLACES) },
  { name: "Browsers/Firefox/favicons.sqlite", text: faviconsSqlite() },
  { name: "Browsers/Chrome/History", text: chromeHistory(CHROME_VISITS, CHROME_DOWNLOADS) },
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "Which laptop review did I read?", expect: ["ThinkPad X1 Carbon"] },
  { question: "What was the recipe site for the pho?", expect: ["RecipeTin"] },
  { question: "When did I look at the visa application page?", expect: ["14 October"] },
  { question: "What did I search about the Japan visa?", expect: ["indian passport"] },
  { question: "How many times did I open the pho recipe on Sunday?", expect: ["4 times"] },
  { question: "Where did I look at buying the ThinkPad?", expect: ["John Lewis"] },
  { question: "Which MacBook did I look at?", expect: ["MacBook Air"] },
  { question: "Where can I buy star anise in Manchester?", expect: ["Wing Yip"] },
  { question: "Which hotel in Kyoto did I bookmark?", expect: ["Celestine"] },
  { question: "What form did I download for the Japan visa?", expect: ["japan-visa-application-form"] },
  { question: "What did I search about the pho broth?", expect: ["simmer"] },
  { question: "Where do I book the visa appointment?", expect: ["VFS"] },
  { question: "How much did I pay for the new laptop?", expect: null },
  { question: "Which flight did I book to Japan?", expect: null },
  { question: "What's my visa application reference number?", expect: null },
];

export const browser: Person = {
  name: "browser",
  files: FILES,
  folder: "Browsers",
  askedAt: Date.UTC(2026, 10, 30, 19, 0),
  questions: QUESTIONS,
};

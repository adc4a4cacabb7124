/**
 * The searcher: Sam, in Headingley, Leeds, is learning to bake sourdough, fixing a leaking kitchen tap
 * and planning a December trip to Porto, all through Google Search, Chrome and Google Maps, from
 * October to November 2026. On 2 December Sam asks Google Takeout for "My Activity" (Activity records in
 * JSON: Takeout's default is HTML) and "Chrome", downloads the zip, unzips it and imports the folder
 * (`engram import Takeout`). Each file as Takeout writes it:
 * - `My Activity/<product>/MyActivity.json`: a JSON array, newest first, pretty-printed two spaces a level,
 *   each item `{ "header": <product>, "title": …, "titleUrl"?: …, "subtitles"?: [{ "name", "url"? }],
 *   "time": "2026-10-03T18:21:44.123Z", "products": [<product>], "activityControls": ["Web & App
 *   Activity"], "details"?: [{ "name" }], "locationInfos"?: [{ "name", "url", "source", "sourceUrl"? }] }`,
 *   Google's JSON writer escaping "=", "&" and "'" as `\u003d`, `\u0026` and `\u0027`. Search's: "Searched
 *   for <the words>" (`titleUrl` "https://www.google.com/search?q=…"), "Visited <the page's title>" (a
 *   result clicked: `titleUrl` "https://www.google.com/url?q=<the page>&usg=…"), an advert clicked the same
 *   with `"details": [{ "name": "From Google Ads" }]`. Chrome's: "Visited <the page's title>" (`titleUrl`
 *   the page itself), "Used Chrome". Maps': "Searched for <the words>" (`titleUrl`
 *   "https://www.google.com/maps/search/…"), "Directions to <place>" (".../maps/dir//…"), a place looked at
 *   by its name alone (".../maps/place/…"), "Viewed area around <place>", "Used Maps". Discover's: "7 cards
 *   in your feed", its topics as `subtitles`.
 * - `Chrome/History.json` (older Takeouts' BrowserHistory.json): `{ "Browser History": [ { "favicon_url"?,
 *   "page_transition": "LINK" | "TYPED" | "RELOAD" | "GENERATED" | "AUTO_TOPLEVEL" | "FORM_SUBMIT" …,
 *   "title", "url", "client_id", "time_usec": <microseconds since 1970> } ] }`, four spaces a level, in no
 *   order; beside it `Extensions.json`; and Takeout's `archive_browser.html`.
 * Checked against public readers of the export: google_takeout_parser's parse_json.py (`_parse_json_activity`,
 * "This is also the 'My Activity' JSON format"; `_parse_chrome_history`, `time_usec / 10**6`) and its tests
 * (a Discover item "7 cards in your feed" with `locationInfos` and `subtitles`; a "Browser History" item),
 * its locale map (`My Activity/.*?My\s*Activity.json`, `Chrome/BrowserHistory.json`, `archive_browser.html`
 * ignored), simonw's google-takeout-to-sqlite tests (Maps' "Viewed area around …" and "Searched for …",
 * Search's "Visited …" through "https://www.google.com/url?q=…&usg=…"), a Maps activity parser's title
 * prefixes ("Searched for", "Directions to", "Viewed area around", "Used Maps", a place's name alone),
 * MichaelCurrin/history-report's sample BrowserHistory.json (`favicon_url`, `page_transition`, `client_id`
 * "…\u003d\u003d", `time_usec`), and readers dropping search adverts by "From Google Ads".
 * Hand-written by the developers while trying Engram as its users would, in session 36, before Engram
 * could read My Activity (the first run's figures are in bench/README.md). With it, the questions such a
 * person asks later and the words a right answer holds, and questions nothing here answers.
 */
import { activityRecord, chromeVisit, takeoutJson } from "./takeout-json.js";
import type { Person, PersonFile } from "./types.js";

/** What My Activity's records hold besides their title and time. */
type Extra = Record<string, unknown>;

/** Where the searcher's phone and laptop put them, as a search's `locationInfos` says it. */
const HOME_AREA = [
  {
    name: "At this general area",
    url: "https://www.google.com/maps/@?api=1&map_action=map&center=53.819400,-1.577300&zoom=12",
    source: "From your places (Home)",
    sourceUrl: "https://support.google.com/maps/answer/3184808",
  },
];
const PORTO_AREA = [
  {
    name: "At this general area",
    url: "https://www.google.com/maps/@?api=1&map_action=map&center=41.149600,-8.611000&zoom=12",
    source: "Based on your past activity",
  },
];

/** A search's link: the words as a query string. */
const query = (words: string) => encodeURIComponent(words).replace(/%20/g, "+");

/** A Google search, as Search's My Activity holds it. */
const searched = (time: string, words: string, extra: Extra = { locationInfos: HOME_AREA }) =>
  activityRecord("Search", `Searched for ${words}`, time, `https://www.google.com/search?q=${query(words)}`, extra);

/** A result clicked from a search, as Search's My Activity holds it: the page's title, its link through Google's redirect. */
const clicked = (time: string, title: string, url: string, extra: Extra = {}) =>
  activityRecord("Search", `Visited ${title}`, time, `https://www.google.com/url?q=${url}&usg=AOvVaw${time.slice(11, 19).replace(/:/g, "")}Qx`, extra);

/** A page visited in Chrome, as Chrome's My Activity holds it. */
const visited = (time: string, title: string, url: string) => activityRecord("Chrome", `Visited ${title}`, time, url);

/** A Maps search, as Maps' My Activity holds it. */
const mapsSearch = (time: string, words: string, at: string, extra: Extra = {}) =>
  activityRecord("Maps", `Searched for ${words}`, time, `https://www.google.com/maps/search/${query(words)}/@${at},15z/data=!3m1!4b1`, extra);

const SOURDOUGH_ARTICLE = "https://www.theperfectloaf.com/understanding-dough-hydration/";
const KING_ARTHUR = "https://www.kingarthurbaking.com/blog/2026/09/28/how-to-feed-a-sourdough-starter";
const SHIPTON = "https://www.shipton-mill.com/products/organic-strong-white-bread-flour-no-4-16kg";
const RYANAIR = "https://www.ryanair.com/gb/en/cheap-flights/leeds-bradford-to-porto";
const BQ_TAP = "https://www.diy.com/ideas-advice/how-to-fix-a-dripping-tap/CC_npcart_400268.art";
const TOREL = "https://www.booking.com/hotel/pt/torel-avantgarde.en-gb.html";
const DOURO = "https://www.portugal-travel-blog.com/douro-valley-by-train-from-porto-pinhao-day-trip/";
const GRAHAMS = "https://www.grahams-port.com/visit-grahams-lodge/";
const AVILLEZ_PLACE =
  "https://www.google.com/maps/place/Cantinho+do+Avillez/@41.1432406,-8.6138452,17z/data=!3m1!4b1!4m6!3m5!1s0xd2464e1b6a0f4a7:0x8c3d9b2e5f1a7c44!8m2!3d41.1432406!4d-8.6138452";

/** Search's My Activity, newest first. */
const SEARCH = [
  searched("2026-11-08T10:02:37.514Z", "sourdough oven temperature dutch oven lid on"),
  searched("2026-10-24T19:12:03.881Z", "best francesinha porto", { locationInfos: HOME_AREA }),
  clicked("2026-10-18T16:44:51.207Z", "Douro Valley by train from Porto: a Pinhão day trip | Portugal Travel Blog", DOURO),
  searched("2026-10-18T16:43:20.118Z", "douro valley day trip from porto by train"),
  searched("2026-10-13T20:15:48.402Z", "1/2 inch tap washers bristan"),
  clicked("2026-10-13T20:11:26.930Z", "How to fix a dripping tap | B&Q", BQ_TAP),
  searched("2026-10-13T20:10:02.665Z", "bristan kitchen tap dripping from spout"),
  searched("2026-10-10T09:31:15.077Z", "porto airport to city centre metro line E"),
  clicked("2026-10-10T09:13:40.552Z", "Cheap flights from Leeds Bradford to Porto | Ryanair", RYANAIR),
  // (an advert clicked among the results: Google's words, not the searcher's)
  clicked("2026-10-10T09:12:58.300Z", "Porto Flights from £19 | Book Now with Jet2", "https://www.jet2.com/flights/porto", {
    details: [{ name: "From Google Ads" }],
  }),
  searched("2026-10-10T09:12:31.946Z", "flights leeds bradford to porto december"),
  searched("2026-10-07T21:05:12.380Z", "banneton 9 inch round"),
  searched("2026-10-07T20:58:44.019Z", "strong white bread flour 16kg"),
  searched("2026-10-03T18:30:15.611Z", "sourdough starter feeding schedule"),
  clicked("2026-10-03T18:24:02.409Z", "Understanding Dough Hydration | The Perfect Loaf", SOURDOUGH_ARTICLE),
  clicked("2026-10-03T18:22:10.774Z", "Sourdough Starter Kit | 20% Off Today | Bakery Bits", "https://www.bakerybits.co.uk/sourdough-starter-kit", {
    details: [{ name: "From Google Ads" }],
  }),
  searched("2026-10-03T18:21:44.123Z", "sourdough hydration 75%"),
];

/** Chrome's My Activity, newest first. */
const CHROME = [
  activityRecord("Chrome", "Used Chrome", "2026-11-08T10:01:02.000Z"),
  visited("2026-10-24T19:40:27.662Z", "Graham's Port Lodge | Tours & Tastings", GRAHAMS),
  activityRecord("Chrome", "Used Chrome", "2026-10-24T19:10:00.000Z"),
  visited("2026-10-18T17:02:09.845Z", "Torel Avantgarde, Porto – Updated 2026 Prices", TOREL),
  visited("2026-10-13T20:11:27.001Z", "How to fix a dripping tap | B&Q", BQ_TAP),
  visited("2026-10-07T20:59:30.250Z", "Shipton Mill Organic Strong White Bread Flour No. 4 – 16kg", SHIPTON),
  visited("2026-10-03T18:24:02.512Z", "Understanding Dough Hydration | The Perfect Loaf", SOURDOUGH_ARTICLE),
];

/** Maps' My Activity, newest first. */
const MAPS = [
  activityRecord("Maps", "Used Maps", "2026-10-24T20:15:00.000Z"),
  mapsSearch("2026-10-24T19:38:12.450Z", "Graham's Port Lodge", "41.1338,-8.6167"),
  activityRecord(
    "Maps",
    "Directions to Cantinho do Avillez",
    "2026-10-24T19:27:41.336Z",
    "https://www.google.com/maps/dir//Cantinho+do+Avillez,+R.+Mouzinho+da+Silveira+166,+4050-416+Porto,+Portugal/@41.1432406,-8.6138452,15z/data=!4m8!4m7!1m0!1m5!1m1!1s0xd2464e1b6a0f4a7:0x8c3d9b2e5f1a7c44!2m2!1d-8.6138452!2d41.1432406",
    { locationInfos: PORTO_AREA },
  ),
  activityRecord("Maps", "Cantinho do Avillez", "2026-10-24T19:26:55.004Z", AVILLEZ_PLACE),
  mapsSearch("2026-10-24T19:26:30.871Z", "cantinho do avillez porto", "41.1455,-8.6112"),
  activityRecord("Maps", "Viewed area around Ribeira, Porto", "2026-10-18T17:10:44.920Z", "https://www.google.com/maps/@41.1407,-8.6130,16z"),
  activityRecord(
    "Maps",
    "Directions to B&Q Leeds Crown Point",
    "2026-10-13T20:31:06.289Z",
    "https://www.google.com/maps/dir//B%26Q+Leeds+Crown+Point,+Crown+Point+Retail+Park,+Leeds+LS10+1ET/@53.7873,-1.5402,14z",
    { locationInfos: HOME_AREA },
  ),
  activityRecord(
    "Maps",
    "Headingley Plumbing & Heating",
    "2026-10-13T20:24:18.713Z",
    "https://www.google.com/maps/place/Headingley+Plumbing+%26+Heating/@53.8195,-1.5771,17z/data=!3m1!4b1!4m6!3m5!1s0x48795e3c2a1b0d9f:0x6a2f1c8e4b7d3a15",
  ),
  mapsSearch("2026-10-13T20:22:51.094Z", "plumbers near Headingley", "53.8194,-1.5773", { locationInfos: HOME_AREA }),
];

/** Discover's My Activity: the cards Google put in the feed, no words of the searcher's. */
const DISCOVER = [
  activityRecord("Discover", "7 cards in your feed", "2026-10-24T07:40:12.003Z", undefined, {
    subtitles: [{ name: "Porto" }, { name: "Sourdough" }, { name: "Leeds United F.C." }],
    locationInfos: HOME_AREA,
  }),
  activityRecord("Discover", "4 cards in your feed", "2026-10-10T07:12:44.551Z", undefined, { subtitles: [{ name: "Bread" }, { name: "Travel" }] }),
];

/** Chrome's own history (History.json), in no order, as Takeout writes it. */
const HISTORY = [
  chromeVisit(
    "2026-10-07T20:59:30.250Z",
    "LINK",
    "Shipton Mill Organic Strong White Bread Flour No. 4 – 16kg",
    SHIPTON,
    "https://www.shipton-mill.com/favicon.ico",
  ),
  chromeVisit(
    "2026-10-03T18:31:40.118Z",
    "LINK",
    "How to Feed a Sourdough Starter | King Arthur Baking",
    KING_ARTHUR,
    "https://www.kingarthurbaking.com/favicon.ico",
  ),
  chromeVisit("2026-10-03T18:24:02.512Z", "LINK", "Understanding Dough Hydration | The Perfect Loaf", SOURDOUGH_ARTICLE),
  // (the same article again, reloaded, the next morning; and the new tab page: no page)
  chromeVisit("2026-10-04T08:15:09.733Z", "RELOAD", "Understanding Dough Hydration | The Perfect Loaf", SOURDOUGH_ARTICLE),
  chromeVisit("2026-10-04T08:14:58.020Z", "TYPED", "New Tab", "chrome://newtab/"),
  chromeVisit(
    "2026-10-03T18:30:15.690Z",
    "GENERATED",
    "sourdough starter feeding schedule - Google Search",
    "https://www.google.com/search?q=sourdough+starter+feeding+schedule&oq=sourdough+starter+feeding&sourceid=chrome&ie=UTF-8",
  ),
  chromeVisit("2026-10-18T17:02:09.845Z", "LINK", "Torel Avantgarde, Porto – Updated 2026 Prices", TOREL, "https://www.booking.com/favicon.ico"),
  chromeVisit(
    "2026-10-18T16:58:31.204Z",
    "TYPED",
    "Porto travel guide - Lonely Planet | Portugal, Europe",
    "https://www.lonelyplanet.com/portugal/the-north/porto",
  ),
  chromeVisit("2026-10-24T19:40:27.662Z", "LINK", "Graham's Port Lodge | Tours & Tastings", GRAHAMS),
  chromeVisit("2026-10-13T20:11:27.001Z", "LINK", "How to fix a dripping tap | B&Q", BQ_TAP, "https://www.diy.com/favicon.ico"),
  chromeVisit(
    "2026-11-08T10:06:12.390Z",
    "LINK",
    "Why Is My Sourdough Dense? 9 Reasons and Fixes | The Clever Carrot",
    "https://www.theclevercarrot.com/2026/03/why-is-my-sourdough-dense/",
  ),
];

const FILES: PersonFile[] = [
  {
    name: "Takeout/archive_browser.html",
    text: '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Google Takeout</title></head><body><div class="job-id hidden">5c1e9a2f-3b7d-4e11-9a0c-72f4d8b6e213</div><h1 class="header_title">Archive for sam.okafor.leeds@gmail.com</h1><div class="header_subtext">Dec 2, 2026, 9:14:08 AM UTC • 1.2 MB</div><div class="service-detail"><div class="service-header"><h1>My Activity</h1>4 files exported successfully</div></div><div class="service-detail"><div class="service-header"><h1>Chrome</h1>2 files exported successfully</div></div></body></html>',
  },
  { name: "Takeout/My Activity/Search/MyActivity.json", text: takeoutJson(SEARCH, 2) },
  { name: "Takeout/My Activity/Chrome/MyActivity.json", text: takeoutJson(CHROME, 2) },
  { name: "Takeout/My Activity/Maps/MyActivity.json", text: takeoutJson(MAPS, 2) },
  { name: "Takeout/My Activity/Discover/MyActivity.json", text: takeoutJson(DISCOVER, 2) },
  { name: "Takeout/Chrome/History.json", text: takeoutJson({ "Browser History": HISTORY }, 4) },
  {
    name: "Takeout/Chrome/Extensions.json",
    text: takeoutJson({ Extensions: [{ name: "uBlock Origin", id: "cjpalhdlnbpafiamejdnhcphjbkeiagm", version: "1.62.0", enabled: true }] }, 4),
  },
];

const QUESTIONS: Person["questions"] = [
  { question: "What was that sourdough hydration article I read?", expect: ["Understanding Dough Hydration"] },
  { question: "When did I look up flights to Porto?", expect: ["10 October"] },
  { question: "Which restaurant in Porto did I get directions to?", expect: ["Cantinho do Avillez"] },
  { question: "What tap washer size did I search for?", expect: ["1/2"] },
  { question: "Which hotel in Porto did I look at?", expect: ["Torel Avantgarde"] },
  { question: "Which flour did I look at buying?", expect: ["Shipton Mill"] },
  { question: "Where did I read about feeding my sourdough starter?", expect: ["King Arthur"] },
  { question: "What brand is the kitchen tap I was fixing?", expect: ["Bristan"] },
  { question: "Which port lodge did I look up in Porto?", expect: ["Graham's"] },
  { question: "How did I plan to get from Porto airport to the city centre?", expect: ["metro"] },
  { question: "Which DIY shop did I get directions to?", expect: ["B&Q"] },
  { question: "Which plumber did I look at on Google Maps?", expect: ["Headingley Plumbing"] },
  { question: "When is my flight back from Porto?", expect: null },
  { question: "How much did the plumber charge?", expect: null },
  { question: "What did I name my sourdough starter?", expect: null },
];

export const searcher: Person = {
  name: "searcher",
  files: FILES,
  folder: "Takeout",
  askedAt: Date.UTC(2026, 11, 2, 19, 0),
  questions: QUESTIONS,
};

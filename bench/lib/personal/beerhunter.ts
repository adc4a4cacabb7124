/**
 * The beerhunter: Rob Fielding, in Bermondsey, logs every beer on Untappd: at The Kernel's taproom under the railway
 * arches, cask bitter at The Harp with Jonny and with Sam on Sam's birthday, bottles at home, a week in California in
 * June with Sam (Pliny the Elder at the source, Russian River Brewing in Santa Rosa; Toronado in San Francisco), a long
 * weekend in Brussels with Sam in September (Moeder Lambic, Cantillon, Delirium Café, À la Mort Subite, Brussels Beer
 * Project), a day at Cloudwater's taproom in Manchester with Priya. He rates most beers (in quarter caps, out of 5),
 * writes a few words on some, picks the serving, tags who he is with, and says where he bought what he drinks at home.
 * As an Untappd Supporter he downloads his check-ins twice: as CSV on 2 July 2026 (untappd.com → his profile → Beer
 * History → the CSV button; a link arrives by email, "Your Export from Untappd") and as JSON on 6 December 2026, and
 * keeps both in `Untappd/` (the names are his own: public readers do not quote the name Untappd gives the file),
 * which he imports as a folder (`engram import Untappd`).
 *
 * The files as Untappd writes them, checked against public readers of the export and what they quote of it:
 * - The columns, in the export's order (BeerGargoyle's untappd-csv reader and its test's header, and a Go importer's
 *   test row, each the 32 columns): `beer_name,brewery_name,beer_type,beer_abv,beer_ibu,comment,venue_name,
 *   venue_city,venue_state,venue_country,venue_lat,venue_lng,rating_score,created_at,checkin_url,beer_url,brewery_url,
 *   brewery_country,brewery_city,brewery_state,flavor_profiles,purchase_venue,serving_type,checkin_id,bid,brewery_id,
 *   photo_url,global_rating_score,global_weighted_rating_score,tagged_friends,total_toasts,total_comments`. The CSV
 *   opens with a UTF-8 byte order mark (BeerGargoyle strips it; Indivicivet/untappd_analytics renames its first
 *   column, "why does it seem corrupted…?"); an unrated check-in's `rating_score` is empty (untappd_analytics drops
 *   `rating_score == ""`); cells holding a comma are quoted (`flavor_profiles` "hoppy,bitter,fruity").
 * - The JSON export: one array of check-ins, oldest first, each object with the same keys in the same order (a blog
 *   post quoting a real export's first check-in, a 2010 Leffe Brune with `"venue_name": null` and the venue's other
 *   fields null, its numbers as strings, "checkin_id": "11215"; sjaakbanaan/untappd-data-visualised's example of a
 *   2023 export, numbers as numbers, `"tagged_friends": "Sjors"`, `photo_url` on untappd.s3.amazonaws.com; another
 *   viewer's sample, `"venue_name": "Untappd at Home"` with Untappd's own place, `"venue_state": "NC"`, `"venue_country":
 *   "United States"`, 34.2347, -77.9482, whatever the user's home). Written compact here; public copies are shown
 *   indented, which reads the same.
 * - `created_at` "2026-06-12 13:15:42", no zone (every reader parses "%Y-%m-%d %H:%M:%S"; BeerGargoyle as UTC,
 *   site_export_inspector on the user's own zone): his clock. `tagged_friends` the friends' Untappd names, split at
 *   commas by every reader (`split(',')`), none an empty string. `checkin_url` "https://untappd.com/c/<checkin_id>",
 *   `beer_url` "https://untappd.com/beer/<bid>", `brewery_url` "https://untappd.com/brewery/<brewery_id>";
 *   `serving_type` "Draft", "Bottle", "Can", "Cask", "Taster" or empty; `flavor_profiles` the flavours he picked,
 *   comma-separated, or empty.
 * Hand-written by the developers while trying Engram as its users would, in session 40, before Engram could read an
 * Untappd export (the first run's figures are in bench/README.md). With it, the questions such a person asks later and
 * the words a right answer holds, and questions nothing here answers.
 */
import type { Person } from "./types.js";

/** The export's 32 columns, in its order. */
const COLUMNS = [
  "beer_name",
  "brewery_name",
  "beer_type",
  "beer_abv",
  "beer_ibu",
  "comment",
  "venue_name",
  "venue_city",
  "venue_state",
  "venue_country",
  "venue_lat",
  "venue_lng",
  "rating_score",
  "created_at",
  "checkin_url",
  "beer_url",
  "brewery_url",
  "brewery_country",
  "brewery_city",
  "brewery_state",
  "flavor_profiles",
  "purchase_venue",
  "serving_type",
  "checkin_id",
  "bid",
  "brewery_id",
  "photo_url",
  "global_rating_score",
  "global_weighted_rating_score",
  "tagged_friends",
  "total_toasts",
  "total_comments",
] as const;

/** A beer on Untappd: its name, its brewery (name, id, country, city, state), its style, ABV, IBU, its id, and its global ratings. */
interface Beer {
  name: string;
  brewery: [name: string, id: number, country: string, city: string, state: string];
  style: string;
  abv: number;
  ibu: number;
  bid: number;
  global: [rating: number, weighted: number];
}

/** A venue: its name, city, state, country and place. */
type Venue = [name: string, city: string, state: string, country: string, lat: number, lng: number];

/** The venue Untappd gives a check-in at home: its own place in North Carolina, whoever's home it is. */
const AT_HOME: Venue = ["Untappd at Home", "", "NC", "United States", 34.2347, -77.9482];

const KERNEL: Venue = ["The Kernel Brewery", "London", "Greater London", "United Kingdom", 51.4957, -0.0738];
const HARP: Venue = ["The Harp", "London", "Greater London", "United Kingdom", 51.5099, -0.1252];
const RAKE: Venue = ["The Rake", "London", "Greater London", "United Kingdom", 51.5055, -0.0907];
const RUSSIAN_RIVER: Venue = ["Russian River Brewing Company", "Santa Rosa", "CA", "United States", 38.4404, -122.7144];
const TORONADO: Venue = ["Toronado", "San Francisco", "CA", "United States", 37.7717, -122.4311];
const ZEITGEIST: Venue = ["Zeitgeist", "San Francisco", "CA", "United States", 37.7699, -122.4222];
const MOEDER: Venue = ["Moeder Lambic Fontainas", "Brussels", "Brussels Capital", "Belgium", 50.8467, 4.3479];
const DELIRIUM: Venue = ["Delirium Café", "Brussels", "Brussels Capital", "Belgium", 50.8484, 4.3543];
const CANTILLON: Venue = ["Brasserie Cantillon", "Brussels", "Brussels Capital", "Belgium", 50.8414, 4.3354];
const MORT_SUBITE: Venue = ["À la Mort Subite", "Brussels", "Brussels Capital", "Belgium", 50.8478, 4.3566];
const BBP: Venue = ["Brussels Beer Project", "Brussels", "Brussels Capital", "Belgium", 50.8476, 4.3432];
const CLOUDWATER: Venue = ["Cloudwater Brew Co. Taproom", "Manchester", "Greater Manchester", "United Kingdom", 53.4769, -2.2236];

/** A beer from its name, brewery, style, ABV (%), IBU, Untappd id and global ratings. */
const beer = (name: string, brewery: Beer["brewery"], style: string, abv: number, ibu: number, bid: number, global: Beer["global"]): Beer => ({
  name,
  brewery,
  style,
  abv,
  ibu,
  bid,
  global,
});

const KERNEL_B: Beer["brewery"] = ["The Kernel Brewery", 3184, "England", "London", "Greater London"];
const TABLE = beer("Table Beer", KERNEL_B, "Table Beer", 3.2, 25, 283542, [3.62, 3.62]);
const NELSON = beer("India Pale Ale Nelson Sauvin", KERNEL_B, "IPA - American", 6.9, 70, 158229, [3.95, 3.95]);
const EXPORT = beer("Export Stout London 1890", KERNEL_B, "Stout - Foreign / Export", 7.8, 50, 11620, [3.93, 3.93]);
const PALE_CITRA = beer("Pale Ale Citra", KERNEL_B, "Pale Ale - American", 5.4, 45, 48753, [3.83, 3.83]);
const RASPUTIN = beer(
  "Old Rasputin",
  ["North Coast Brewing Co.", 1002, "United States", "Fort Bragg", "CA"],
  "Stout - Russian Imperial",
  9,
  75,
  1097,
  [3.97, 3.97],
);
const LANDLORD = beer("Landlord", ["Timothy Taylor's Brewery", 5235, "England", "Keighley", "West Yorkshire"], "Bitter - Best", 4.3, 32, 9407, [3.68, 3.68]);
const HEADY = beer("Heady Topper", ["The Alchemist", 1245, "United States", "Stowe", "VT"], "IPA - Imperial / Double", 8, 120, 4691, [4.44, 4.44]);
const RR: Beer["brewery"] = ["Russian River Brewing Company", 5143, "United States", "Santa Rosa", "CA"];
const PLINY = beer("Pliny the Elder", RR, "IPA - Imperial / Double", 8, 100, 7193, [4.47, 4.47]);
const BLIND_PIG = beer("Blind Pig", RR, "IPA - American", 6.25, 62, 7182, [4.14, 4.14]);
const SUPPLICATION = beer("Supplication", RR, "Wild Ale - American", 7.75, 27, 7195, [4.29, 4.29]);
const RACER = beer("Racer 5 IPA", ["Bear Republic Brewing Co.", 393, "United States", "Cloverdale", "CA"], "IPA - American", 7.5, 75, 2212, [3.89, 3.89]);
const ANCHOR = beer(
  "Anchor Steam Beer",
  ["Anchor Brewing Company", 1097, "United States", "San Francisco", "CA"],
  "California Common",
  4.9,
  35,
  5402,
  [3.53, 3.53],
);
const JAIPUR = beer("Jaipur", ["Thornbridge Brewery", 2896, "England", "Bakewell", "Derbyshire"], "IPA - English", 5.9, 55, 9736, [3.8, 3.8]);
const GEUZE_3F = beer("Oude Geuze", ["Brouwerij 3 Fonteinen", 3052, "Belgium", "Beersel", "Vlaanderen"], "Lambic - Gueuze", 6, 0, 12542, [4.15, 4.15]);
const TARAS = beer(
  "Taras Boulba",
  ["Brasserie de la Senne", 2988, "Belgium", "Brussels", "Brussels Capital"],
  "Pale Ale - Belgian",
  4.5,
  40,
  23410,
  [3.74, 3.74],
);
const DELIRIUM_T = beer(
  "Delirium Tremens",
  ["Brouwerij Huyghe", 1386, "Belgium", "Melle", "Vlaanderen"],
  "Belgian Strong Golden Ale",
  8.5,
  26,
  5318,
  [3.74, 3.74],
);
const CANT_B: Beer["brewery"] = ["Brasserie Cantillon", 2978, "Belgium", "Brussels", "Brussels Capital"];
const FOU_FOUNE = beer("Fou' Foune", CANT_B, "Lambic - Fruit", 5, 0, 7713, [4.5, 4.5]);
const GUEUZE_C = beer("Gueuze 100% Lambic Bio", CANT_B, "Lambic - Gueuze", 5.5, 0, 7711, [4.17, 4.17]);
const KRIEK = beer("Kriek", ["Brouwerij De Keersmaeker (Mort Subite)", 4104, "Belgium", "Kobbegem", "Vlaanderen"], "Lambic - Kriek", 4, 10, 9988, [3.33, 3.33]);
const DELTA = beer("Delta IPA", ["Brussels Beer Project", 74231, "Belgium", "Brussels", "Brussels Capital"], "IPA - Belgian", 6.5, 60, 561204, [3.72, 3.72]);
const GUINNESS = beer("Guinness Draught", ["Guinness", 49, "Ireland", "Dublin", "County Dublin"], "Stout - Irish Dry", 4.2, 45, 4473, [3.51, 3.51]);
const OAKHAM = beer("Citra", ["Oakham Ales", 2640, "England", "Peterborough", "Cambridgeshire"], "Pale Ale - English", 4.2, 35, 14392, [3.83, 3.83]);
const HARVEYS = beer("Sussex Best Bitter", ["Harvey's Brewery", 4186, "England", "Lewes", "East Sussex"], "Bitter - Best", 4, 30, 12283, [3.6, 3.6]);
const DIPA = beer(
  "Special Cloudwater DIPA",
  ["Cloudwater Brew Co.", 137813, "England", "Manchester", "Greater Manchester"],
  "IPA - Imperial / Double New England / Hazy",
  8,
  0,
  3621784,
  [3.98, 3.98],
);
const ABT = beer("Abt 12", ["Brouwerij St. Bernardus", 1380, "Belgium", "Watou", "Vlaanderen"], "Quadrupel (Quad)", 10, 22, 5942, [4.12, 4.12]);
const YETI = beer(
  "Yeti Imperial Stout",
  ["Great Divide Brewing Company", 1046, "United States", "Denver", "CO"],
  "Stout - Russian Imperial",
  9.5,
  75,
  4923,
  [3.98, 3.98],
);
const PILSNER = beer(
  "Running with Sceptres",
  ["Lost and Grounded Brewers", 271590, "England", "Bristol", "City of Bristol"],
  "Pilsner - German",
  4.8,
  30,
  1733207,
  [3.55, 3.55],
);

/** A check-in: the beer, when on his clock, where (null: no venue given), the serving, his rating (null: none), his words, the flavours he picked, where he bought it, whom he tagged. */
interface Checkin {
  beer: Beer;
  at: string;
  venue: Venue | null;
  serving: "Draft" | "Bottle" | "Can" | "Cask" | "Taster" | "";
  rating: number | null;
  comment?: string;
  flavours?: string;
  bought?: string;
  friends?: string;
}

const SAM = "Sam_Hughes";
const PRIYA = "priya_k";
const JONNY = "JonnyD";

/** His check-ins, oldest first, as Untappd lists them. */
const CHECKINS: Checkin[] = [
  { beer: TABLE, at: "2026-01-09 19:21:07", venue: KERNEL, serving: "Draft", rating: 3.5, friends: PRIYA },
  {
    beer: NELSON,
    at: "2026-01-09 20:04:33",
    venue: KERNEL,
    serving: "Draft",
    rating: 4.25,
    comment: "Nelson all the way: white wine and gooseberry. Best thing on the board tonight.",
    flavours: "hoppy,fruity,dank",
    friends: PRIYA,
  },
  { beer: EXPORT, at: "2026-01-09 20:52:18", venue: KERNEL, serving: "Draft", rating: 4, flavours: "roasty,chocolate", friends: PRIYA },
  { beer: RASPUTIN, at: "2026-02-14 21:12:40", venue: AT_HOME, serving: "Bottle", rating: 4, comment: "Valentine's night in.", bought: "Beer Merchants Tap" },
  { beer: LANDLORD, at: "2026-03-07 16:31:55", venue: HARP, serving: "Cask", rating: 4, comment: "Perfect pint, as always.", friends: JONNY },
  {
    beer: HEADY,
    at: "2026-03-28 20:40:12",
    venue: null,
    serving: "Can",
    rating: 4.5,
    comment: "A can Sam carried back from Vermont. Drink from the can, they say. Did.",
    flavours: "hoppy,bitter,juicy",
  },
  {
    beer: PLINY,
    at: "2026-06-12 13:15:42",
    venue: RUSSIAN_RIVER,
    serving: "Draft",
    rating: 4.75,
    comment: "Finally, at the source. Pine and grapefruit, dangerously drinkable for 8%.",
    flavours: "hoppy,piney,citrusy",
    friends: SAM,
  },
  { beer: BLIND_PIG, at: "2026-06-12 14:02:09", venue: RUSSIAN_RIVER, serving: "Draft", rating: 4.25, friends: SAM },
  { beer: SUPPLICATION, at: "2026-06-12 14:41:27", venue: RUSSIAN_RIVER, serving: "Taster", rating: 4.5, flavours: "sour,oaky,cherry", friends: SAM },
  { beer: RACER, at: "2026-06-14 20:33:51", venue: TORONADO, serving: "Draft", rating: 3.75, friends: SAM },
  { beer: ANCHOR, at: "2026-06-15 17:05:16", venue: ZEITGEIST, serving: "Draft", rating: 3.5, comment: "Beer garden in the sun before the flight home." },
  { beer: JAIPUR, at: "2026-07-01 19:48:02", venue: AT_HOME, serving: "Can", rating: 3.75, bought: "Sainsbury's" },
  // (after the CSV export: in the JSON export only)
  { beer: PALE_CITRA, at: "2026-08-22 18:10:44", venue: KERNEL, serving: "Draft", rating: 4, friends: SAM },
  { beer: GEUZE_3F, at: "2026-09-18 18:42:30", venue: MOEDER, serving: "Draft", rating: 4.25, flavours: "sour,funky,dry", friends: SAM },
  { beer: TARAS, at: "2026-09-18 19:31:12", venue: MOEDER, serving: "Draft", rating: 4, friends: SAM },
  {
    beer: DELIRIUM_T,
    at: "2026-09-18 22:16:05",
    venue: DELIRIUM,
    serving: "Draft",
    rating: 3.25,
    comment: "Tourist trap, but we had to. Pink elephants on everything.",
    friends: SAM,
  },
  {
    beer: FOU_FOUNE,
    at: "2026-09-19 11:34:48",
    venue: CANTILLON,
    serving: "Bottle",
    rating: 5,
    comment: "Apricot heaven. The best thing I've drunk all year.",
    flavours: "sour,fruity,funky",
    friends: SAM,
  },
  { beer: GUEUZE_C, at: "2026-09-19 12:12:20", venue: CANTILLON, serving: "Taster", rating: 4.25, friends: SAM },
  { beer: KRIEK, at: "2026-09-19 20:03:37", venue: MORT_SUBITE, serving: "Draft", rating: 3, comment: "Far too sweet after Cantillon.", friends: SAM },
  { beer: DELTA, at: "2026-09-20 15:08:59", venue: BBP, serving: "Draft", rating: 3.75, friends: SAM },
  { beer: GUINNESS, at: "2026-10-03 20:15:31", venue: AT_HOME, serving: "Can", rating: null },
  { beer: OAKHAM, at: "2026-10-17 19:46:14", venue: HARP, serving: "Cask", rating: 4, comment: "Sam's birthday pint.", friends: SAM },
  { beer: HARVEYS, at: "2026-10-17 21:02:50", venue: HARP, serving: "Cask", rating: 3.75, friends: SAM },
  { beer: DIPA, at: "2026-10-24 15:27:03", venue: CLOUDWATER, serving: "Draft", rating: 4.25, flavours: "hazy,juicy,sweet", friends: PRIYA },
  { beer: ABT, at: "2026-11-13 21:40:18", venue: AT_HOME, serving: "Bottle", rating: 4.5, flavours: "malty,dark fruit", bought: "Hop Burns & Black" },
  { beer: YETI, at: "2026-11-28 21:34:26", venue: AT_HOME, serving: "Bottle", rating: 4.25, comment: "Cold night, big stout.", bought: "Hop Burns & Black" },
  { beer: PILSNER, at: "2026-12-04 18:22:41", venue: RAKE, serving: "Draft", rating: 3.75 },
];

/** The check-in ids Untappd gave: rising with time, as its ids do. */
const checkinId = (n: number) => 1452087311 + n * 7_231_449;

/** Untappd's photo of a check-in (his photos on three of them), or none. */
const photoOf = (c: Checkin, n: number): string | null =>
  c.comment
    ? `https://untappd.s3.amazonaws.com/photos/${c.at.slice(0, 10).replace(/-/g, "_")}/${(0x9f3a1c2e5b7d + n * 0x1f3d).toString(16)}4e1a_raw.jpg`
    : null;

/** A check-in's values by column, as the JSON export holds them (numbers as numbers, no venue as null, nothing as ""). */
function values(c: Checkin, n: number): Record<(typeof COLUMNS)[number], string | number | null> {
  const id = checkinId(n);
  const [breweryName, breweryId, breweryCountry, breweryCity, breweryState] = c.beer.brewery;
  const v = c.venue;
  return {
    beer_name: c.beer.name,
    brewery_name: breweryName,
    beer_type: c.beer.style,
    beer_abv: c.beer.abv,
    beer_ibu: c.beer.ibu,
    comment: c.comment ?? "",
    venue_name: v ? v[0] : null,
    venue_city: v ? v[1] : null,
    venue_state: v ? v[2] : null,
    venue_country: v ? v[3] : null,
    venue_lat: v ? v[4] : null,
    venue_lng: v ? v[5] : null,
    rating_score: c.rating,
    created_at: c.at,
    checkin_url: `https://untappd.com/c/${id}`,
    beer_url: `https://untappd.com/beer/${c.beer.bid}`,
    brewery_url: `https://untappd.com/brewery/${breweryId}`,
    brewery_country: breweryCountry,
    brewery_city: breweryCity,
    brewery_state: breweryState,
    flavor_profiles: c.flavours ?? "",
    purchase_venue: c.bought ?? "",
    serving_type: c.serving,
    checkin_id: id,
    bid: c.beer.bid,
    brewery_id: breweryId,
    photo_url: photoOf(c, n),
    global_rating_score: c.beer.global[0],
    global_weighted_rating_score: c.beer.global[1],
    tagged_friends: c.friends ?? "",
    total_toasts: c.friends ? 2 : c.comment ? 1 : 0,
    total_comments: c.rating === 5 ? 1 : 0,
  };
}

/** A cell as CSV writes it: quoted when it holds a comma, a quote or a line break; nothing for null. */
function cell(value: string | number | null): string {
  const s = value === null ? "" : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The CSV export of `checkins` (the first `n` of his): a byte order mark, the header, a row each. */
function csvExport(count: number): string {
  const rows = CHECKINS.slice(0, count).map((c, n) => {
    const v = values(c, n);
    return COLUMNS.map((col) => cell(v[col])).join(",");
  });
  return `\uFEFF${[COLUMNS.join(","), ...rows].join("\n")}\n`;
}

/** The JSON export of all his check-ins: one array, oldest first. */
function jsonExport(): string {
  return JSON.stringify(CHECKINS.map((c, n) => values(c, n)));
}

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "Which IPA did I have at the Kernel taproom?", expect: ["Nelson Sauvin"] },
  { question: "What did I rate Pliny the Elder?", expect: ["4.75"] },
  { question: "Where did I drink with Sam in October?", expect: ["Harp"] },
  { question: "What was the best beer I had in Brussels?", expect: ["Foune"] },
  { question: "When did I last have a stout?", expect: ["28 November"] },
  { question: "Who was I with at Cantillon?", expect: ["Sam"] },
  { question: "What did I say about Delirium Tremens?", expect: ["tourist trap"] },
  { question: "Where did I buy the St. Bernardus Abt 12?", expect: ["Hop Burns"] },
  { question: "Which brewery makes Heady Topper?", expect: ["Alchemist"] },
  { question: "How strong was the Delirium Tremens?", expect: ["8.5"] },
  { question: "Where did I drink Pliny the Elder?", expect: ["Russian River"] },
  { question: "What did I drink at The Harp with Jonny?", expect: ["Landlord"] },
  { question: "What did I rate Westvleteren 12?", expect: null },
  { question: "How much was a pint at The Harp?", expect: null },
  { question: "When did I go to Munich?", expect: null },
];

/** The beerhunter: his CSV export of July and his JSON export of December in `Untappd/`, imported as a folder, asked on Monday 7 December 2026. */
export const beerhunter: Person = {
  name: "beerhunter",
  files: [
    { name: "Untappd/untappd-checkins-2026-07-02.csv", text: csvExport(12), mtime: Date.UTC(2026, 6, 2, 8, 14) },
    { name: "Untappd/untappd-checkins-2026-12-06.json", text: jsonExport(), mtime: Date.UTC(2026, 11, 6, 17, 52) },
  ],
  folder: "Untappd",
  askedAt: Date.UTC(2026, 11, 7, 10, 0),
  questions: QUESTIONS,
};

/**
 * The checkiner: Ellie Ward, in Hackney, checks in on Swarm everywhere she goes: her morning coffee at
 * Climpson & Sons, the climbing wall on Thursday evenings, a Fontaines D.C. gig at Brixton with Jess and
 * a salt beef bagel on Brick Lane after midnight, her birthday dinner at Dishoom with Jess, Sam and Tom,
 * and a long weekend in Lisbon with Sam in May (the airport, the hotel, Cervejaria Ramiro, Pastéis de
 * Belém, lunch at the Time Out Market, the sunset at a miradouro). She shouts a few words now and then,
 * tags who she is with, and has left a few tips. On 6 December 2026 she asks Foursquare for her data
 * (app.foursquare.com/settings/privacy → Initiate Data Download Request), gets `data-export-4417.zip`
 * by email, unzips it and imports the folder (`engram import data-export-4417`).
 *
 * The folder as Foursquare writes it, checked against public readers of the export and their fixtures:
 * a blog post reading a 2024 export (its check-ins' `id`, `createdAt` "2018-10-17 15:52:08.000000",
 * `type`, `visibility`, `timeZoneOffset` (minutes), `venue: { id, name, url }`, `comments: { count }`; a
 * tip, a photo, a venue rating, a visit, an unconfirmed visit and a comment quoted whole, slashes escaped
 * `https:\/\/foursquare.com\/v\/…`), jmissig/swarm-cadence (its export fixture `{ "count", "items" }`, a
 * check-in's `lat`, `lng` and `"venue": null`; its reader's createdAt, "yyyy-MM-dd HH:mm:ss.SSSSSS" in
 * UTC or epoch seconds), a Swarm archiver's importer and tests (`checkins*.json`, `photos1.json`,
 * `visits.json`, `unconfirmed_visits.json`, `tips.json`, `venueRatings.json`, `comments.json`; an export
 * check-in's `shout`, `hacc` and `entities` of tagged users), and the check-in's `with` (the friends tagged,
 * `{ id, firstName, lastName, … }`) as the Foursquare API gives a check-in. Her check-ins are split over
 * `checkins1.json` and `checkins2.json`, each `{"count":N,"items":[…]}` written compact with its slashes
 * escaped; one check-in's venue is `null` (a supper club's, since deleted), and beside them her tips
 * (`tips.json`), photos (`photos.json`, with the photo itself in `pix/`), venue ratings, visits,
 * unconfirmed visits and comments. Times are UTC with the check-in's own offset: her Saturday-night
 * bagel at 00:40 on 4 July is 23:40 on 3 July in UTC.
 * Hand-written by the developers while trying Engram as its users would, in session 38, before Engram
 * could read a Foursquare export (the first run's figures are in bench/README.md). With it, the questions
 * such a person asks later and the words a right answer holds, and questions nothing here answers.
 */
import type { Person, PersonFile } from "./types.js";

/** A friend as a check-in's `with` names one (the API's compact user). */
interface Friend {
  id: string;
  firstName: string;
  lastName: string;
}

const SAM: Friend = { id: "48213377", firstName: "Sam", lastName: "Rowe" };
const JESS: Friend = { id: "51190264", firstName: "Jess", lastName: "Okafor" };
const TOM: Friend = { id: "39921805", firstName: "Tom", lastName: "Baker" };

/** A venue: its Foursquare id and name (its page's link is made from them). */
type Venue = [id: string, name: string];

const CLIMPSON: Venue = ["4ac518cef964a520c1a420e3", "Climpson & Sons"];
const CASTLE: Venue = ["4ac518d3f964a52096a620e3", "The Castle Climbing Centre"];
const FLOWERS: Venue = ["4ac518eff964a5206fae20e3", "Columbia Road Flower Market"];
const BARBICAN: Venue = ["4ac518d1f964a520b9a520e3", "Barbican Centre"];
const HEATHROW: Venue = ["4c4f6f36c8b0a593e02b23bf", "London Heathrow Airport (LHR) - Terminal 2"];
const LIS: Venue = ["4b5a6c9ef964a520a9c328e3", "Lisbon Humberto Delgado Airport (LIS)"];
const MEMMO: Venue = ["52a1b7e3498e4f0b2e8d6c11", "Memmo Alfama Hotel"];
const RAMIRO: Venue = ["4b8d1a5cf964a520a7e632e3", "Cervejaria Ramiro"];
const BELEM: Venue = ["4b0586c3f964a5202a8f22e3", "Pastéis de Belém"];
const TIME_OUT: Venue = ["53d7a66a498e1c4c7f0b9d25", "Time Out Market Lisbon"];
const LX: Venue = ["4d2f1c6e8292236aa0a7e4c8", "LX Factory"];
const MIRADOURO: Venue = ["4c0e3a7b98102d7f7c4c7b7a", "Miradouro da Senhora do Monte"];
const CASTELO: Venue = ["4b0586c4f964a5204a8f22e3", "Castelo de São Jorge"];
const FLORES: Venue = ["55e6f9a2498e6d1b3c2f0a77", "Taberna da Rua das Flores"];
const BRIXTON: Venue = ["4ac518d8f964a520bfa720e3", "O2 Academy Brixton"];
const BEIGEL: Venue = ["4ac518e4f964a5209daa20e3", "Beigel Bake Brick Lane Bakery"];
const SPURSTOWE: Venue = ["4b3a2f4ef964a520d36525e3", "The Spurstowe Arms"];
const DISHOOM: Venue = ["4f3bd4f9e4b0a1a4b2d3c6f1", "Dishoom Shoreditch"];
const DENTIST: Venue = ["4c2b6d7e8ef52d7f0e7b1d9a", "Mare Street Dental Practice"];

/** A venue's page as the export links it: `https://foursquare.com/v/<its name as a slug>/<its id>`. */
function venueUrl([id, name]: Venue): string {
  const slug = name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return `https://foursquare.com/v/${slug}/${id}`;
}

/** A time as the export writes it, UTC to the microsecond: "2026-05-23 12:05:41.000000". */
function exportTime(utc: number): string {
  return `${new Date(utc).toISOString().slice(0, 19).replace("T", " ")}.000000`;
}

/** A check-in: when on her local clock ("2026-05-23 13:05:41"), that clock's offset from UTC (minutes), where, her shout, who she tagged, where she stood. */
interface Checkin {
  local: string;
  offset: number;
  venue: Venue | null;
  shout?: string;
  with?: Friend[];
  at: [lat: number, lng: number];
}

/** The check-in ids: 24 hex digits, Foursquare's, the first 8 its time in seconds. */
function checkinId(utc: number, n: number): string {
  return `${Math.floor(utc / 1000).toString(16)}${(0x4e8a1c + n).toString(16).padStart(8, "0")}c7d2e9f0`.slice(0, 24);
}

/** A check-in as the export writes it (its keys in the export's order). */
function exportCheckin(c: Checkin, n: number): Record<string, unknown> {
  const utc = Date.parse(`${c.local.replace(" ", "T")}Z`) - c.offset * 60_000;
  return {
    id: checkinId(utc, n),
    createdAt: exportTime(utc),
    type: "checkin",
    visibility: c.with?.length ? "friends" : "closeFriends",
    timeZoneOffset: c.offset,
    venue: c.venue ? { id: c.venue[0], name: c.venue[1], url: venueUrl(c.venue) } : null,
    comments: { count: 0 },
    lat: c.at[0],
    lng: c.at[1],
    hacc: 12,
    ...(c.shout ? { shout: c.shout } : {}),
    ...(c.with?.length
      ? {
          with: c.with.map((f) => ({
            id: f.id,
            firstName: f.firstName,
            lastName: f.lastName,
            relationship: "friend",
            photo: { prefix: "https://fastly.4sqi.net/img/user/", suffix: `/${f.id}-${f.firstName.toUpperCase()}PHOTO.jpg` },
          })),
        }
      : {}),
  };
}

const LONDON = 0;
const SUMMER = 60;

/** Her check-ins, oldest first (local times; London on GMT until 29 March and from 25 October, BST between; Lisbon on WEST, as BST). */
const CHECKINS: Checkin[] = [
  { local: "2026-01-15 19:12:04", offset: LONDON, venue: CASTLE, at: [51.5652, -0.0901] },
  { local: "2026-02-03 08:14:40", offset: LONDON, venue: CLIMPSON, at: [51.5367, -0.0617] },
  { local: "2026-02-12 19:05:22", offset: LONDON, venue: CASTLE, shout: "finally sent the yellow 6b", at: [51.5652, -0.0901] },
  { local: "2026-02-15 14:30:10", offset: LONDON, venue: BARBICAN, with: [TOM], shout: "Ryuichi Sakamoto exhibition", at: [51.52, -0.0937] },
  { local: "2026-03-19 19:20:51", offset: LONDON, venue: CASTLE, at: [51.5652, -0.0901] },
  { local: "2026-04-12 10:05:33", offset: SUMMER, venue: FLOWERS, with: [JESS], shout: "peonies for the flat 🌸", at: [51.5292, -0.0703] },
  { local: "2026-04-21 08:09:02", offset: SUMMER, venue: CLIMPSON, at: [51.5367, -0.0617] },
  { local: "2026-04-23 19:31:45", offset: SUMMER, venue: CASTLE, at: [51.5652, -0.0901] },
  { local: "2026-05-22 06:10:18", offset: SUMMER, venue: HEATHROW, with: [SAM], shout: "Lisbon here we come ✈️", at: [51.4713, -0.4525] },
  { local: "2026-05-22 09:52:37", offset: SUMMER, venue: LIS, with: [SAM], at: [38.7742, -9.1342] },
  { local: "2026-05-22 11:31:04", offset: SUMMER, venue: MEMMO, shout: "rooftop pool with a view over the river", at: [38.7114, -9.1289] },
  {
    local: "2026-05-22 20:41:56",
    offset: SUMMER,
    venue: RAMIRO,
    with: [SAM],
    shout: "garlic prawns, then a prego for dessert, as is tradition",
    at: [38.7246, -9.1357],
  },
  { local: "2026-05-23 10:15:09", offset: SUMMER, venue: BELEM, shout: "worth the queue, still warm from the oven", at: [38.6975, -9.2033] },
  { local: "2026-05-23 13:05:41", offset: SUMMER, venue: TIME_OUT, with: [SAM], shout: "lunch: best bifanas ever", at: [38.7069, -9.1458] },
  { local: "2026-05-23 16:22:30", offset: SUMMER, venue: LX, at: [38.7033, -9.1786] },
  { local: "2026-05-23 20:34:12", offset: SUMMER, venue: MIRADOURO, with: [SAM], shout: "sunset 🌅 the whole city turned pink", at: [38.7191, -9.1326] },
  { local: "2026-05-24 11:02:44", offset: SUMMER, venue: CASTELO, at: [38.7139, -9.1335] },
  {
    local: "2026-05-24 14:10:05",
    offset: SUMMER,
    venue: FLORES,
    with: [SAM],
    shout: "no bookings, 40 minute wait, worth every minute",
    at: [38.7101, -9.1437],
  },
  { local: "2026-05-25 17:48:19", offset: SUMMER, venue: LIS, with: [SAM], shout: "obrigada Lisboa", at: [38.7742, -9.1342] },
  { local: "2026-06-11 19:14:03", offset: SUMMER, venue: CASTLE, at: [51.5652, -0.0901] },
  { local: "2026-07-03 19:42:27", offset: SUMMER, venue: BRIXTON, with: [JESS], shout: "Fontaines D.C.!! front row", at: [51.4652, -0.1149] },
  { local: "2026-07-04 00:40:13", offset: SUMMER, venue: BEIGEL, with: [JESS], shout: "salt beef bagel to end the night", at: [51.5246, -0.0717] },
  { local: "2026-08-15 20:05:49", offset: SUMMER, venue: null, shout: "secret supper club, no sign on the door", at: [51.5431, -0.0556] },
  { local: "2026-09-10 19:08:30", offset: SUMMER, venue: CASTLE, at: [51.5652, -0.0901] },
  { local: "2026-09-11 20:15:17", offset: SUMMER, venue: SPURSTOWE, with: [TOM], shout: "pub quiz: came second, again", at: [51.5463, -0.0597] },
  { local: "2026-10-08 19:25:02", offset: SUMMER, venue: CASTLE, at: [51.5652, -0.0901] },
  { local: "2026-10-13 08:11:26", offset: SUMMER, venue: CLIMPSON, at: [51.5367, -0.0617] },
  {
    local: "2026-10-17 19:33:50",
    offset: SUMMER,
    venue: DISHOOM,
    with: [JESS, SAM, TOM],
    shout: "birthday dinner 🎂 black daal forever",
    at: [51.5245, -0.0767],
  },
  { local: "2026-11-05 19:16:38", offset: LONDON, venue: CASTLE, at: [51.5652, -0.0901] },
  { local: "2026-11-10 08:58:12", offset: LONDON, venue: DENTIST, at: [51.5441, -0.0554] },
  { local: "2026-11-24 08:12:09", offset: LONDON, venue: CLIMPSON, at: [51.5367, -0.0617] },
  { local: "2026-11-29 11:21:47", offset: LONDON, venue: CASTLE, shout: "Sunday session, the new wall is brutal", at: [51.5652, -0.0901] },
];

/** A tip as the export writes it: its time (UTC), its venue, its words. */
type Tip = [utc: string, venue: Venue, text: string];

const TIPS: Tip[] = [
  ["2026-02-03T08:31:12Z", CLIMPSON, "Best flat white in Hackney. Card only, and closed on Mondays."],
  ["2026-03-19T21:02:40Z", CASTLE, "Weekday mornings are quiet. The bouldering in the old boiler house is the best in north London; bring your own chalk."],
  ["2026-05-23T07:58:03Z", RAMIRO, "Order the garlic prawns and the clams, and finish with a prego (a steak sandwich), as the locals do."],
  ["2026-05-23T12:40:29Z", TIME_OUT, "Go before noon or you won't get a seat. The bifanas are the best thing here."],
  ["2026-10-18T09:47:55Z", DISHOOM, "Book ahead for groups of four or more: the walk-in queue on a Saturday is over an hour. Get the black daal."],
];

/** Her own compact user, as a tip embeds it. */
const ELLIE = {
  id: "60417723",
  firstName: "Ellie",
  lastName: "Ward",
  handle: "ellieward",
  privateProfile: false,
  gender: "female",
  address: "",
  city: "",
  state: "",
  countryCode: "GB",
  relationship: "self",
  photo: { prefix: "https://fastly.4sqi.net/img/user/", suffix: "/60417723-KQ3VJ0XW2MNB5LPA.jpg" },
};

/** A tip as tips.json holds one. */
function exportTip([utc, venue, text]: Tip, n: number): Record<string, unknown> {
  const id = `${Math.floor(Date.parse(utc) / 1000).toString(16)}${(0x7d1f30 + n).toString(16).padStart(8, "0")}a1b2c3d4`.slice(0, 24);
  return {
    id,
    createdAt: exportTime(Date.parse(utc)),
    text,
    type: "user",
    canonicalUrl: `https://foursquare.com/item/${id}`,
    flags: [],
    viewCount: 40 + n * 7,
    agreeCount: n,
    disagreeCount: 0,
    user: ELLIE,
    venue: { id: venue[0], name: venue[1], url: venueUrl(venue) },
  };
}

/** JSON as the export writes it: compact, its slashes escaped (`https:\/\/foursquare.com\/v\/…`). */
function exportJson(value: unknown): string {
  return JSON.stringify(value).replace(/\//g, "\\/");
}

/** A list file: `{"count":N,"items":[…]}`. */
const itemsFile = (items: unknown[]) => exportJson({ count: items.length, items });

const checkins = CHECKINS.map(exportCheckin);
const FIRST = checkins.slice(0, 18);
const SECOND = checkins.slice(18);

const DISHOOM_CHECKIN = checkins[27]!.id as string;
const PHOTO_SUFFIX = "/60417723_f3Hq0XbYc2LmNd8KpRtVw1sZ9uAeJiGo.jpg";

const PHOTOS = itemsFile([
  {
    id: "6313bd6a0f4e2d7a9c5b1e88",
    createdAt: "2026-10-17 18:41:02.000000",
    prefix: "https://fastly.4sqi.net/img/general/",
    suffix: PHOTO_SUFFIX,
    width: 1440,
    height: 1920,
    demoted: false,
    visibility: "friends",
    fullUrl: `https://fastly.4sqi.net/img/general/1440x1920${PHOTO_SUFFIX}`,
    relatedItemUrl: `https://www.swarmapp.com/checkin/${DISHOOM_CHECKIN}`,
  },
]);

const RATINGS = exportJson({
  venueLikes: [
    { id: CLIMPSON[0], name: CLIMPSON[1], url: venueUrl(CLIMPSON) },
    { id: TIME_OUT[0], name: TIME_OUT[1], url: venueUrl(TIME_OUT) },
  ],
  venueOkays: [{ id: LX[0], name: LX[1], url: venueUrl(LX) }],
  venueDislikes: [],
});

const VISITS = itemsFile([
  {
    id: "6363b1ccdc7d4627b68ceb3b",
    userId: ELLIE.id,
    timeArrived: "2026-11-03 08:02:11.483000",
    timeDeparted: "2026-11-03 08:19:40.419000",
    os: "iOS",
    osVersion: "18.1",
    deviceModel: "iPhone15,2",
    isTraveling: false,
    latitude: 51.5368,
    longitude: -0.0615,
    city: "London",
    state: "England",
    postalCode: "E8 4QJ",
    countryCode: "GB",
    locationType: "Venue",
  },
]);

const UNCONFIRMED = itemsFile([
  {
    id: "6363f09eddf0e34a16590965",
    startTime: "2026-11-03 12:30:21.628000",
    endTime: "2026-11-03 13:12:27.761000",
    venueId: "5a1f3c2e8ad62e3d4b9c7f10",
    lat: 51.5256,
    lng: -0.0849,
    venue: { id: "5a1f3c2e8ad62e3d4b9c7f10", name: "Leon Old Street", url: "https://foursquare.com/v/leon-old-street/5a1f3c2e8ad62e3d4b9c7f10" },
  },
]);

const COMMENTS = itemsFile([{ userId: 60417723, time: "2026-07-03 19:02:13.000000", comment: "See you by the bar at 7:30!" }]);

/** The photo in pix/: its bytes (a JPEG's start). */
const JPEG = new Uint8Array([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9,
]);

const FOLDER = "data-export-4417";
/** When she unzipped it: Sunday 6 December 2026. */
const UNZIPPED = Date.UTC(2026, 11, 6, 18, 20);

const FILES: PersonFile[] = [
  { name: `${FOLDER}/checkins1.json`, text: itemsFile(FIRST), mtime: UNZIPPED },
  { name: `${FOLDER}/checkins2.json`, text: itemsFile(SECOND), mtime: UNZIPPED },
  { name: `${FOLDER}/tips.json`, text: itemsFile(TIPS.map(exportTip)), mtime: UNZIPPED },
  { name: `${FOLDER}/photos.json`, text: PHOTOS, mtime: UNZIPPED },
  { name: `${FOLDER}/pix${PHOTO_SUFFIX}`, text: JPEG, mtime: UNZIPPED },
  { name: `${FOLDER}/venueRatings.json`, text: RATINGS, mtime: UNZIPPED },
  { name: `${FOLDER}/visits.json`, text: VISITS, mtime: UNZIPPED },
  { name: `${FOLDER}/unconfirmed_visits.json`, text: UNCONFIRMED, mtime: UNZIPPED },
  { name: `${FOLDER}/comments.json`, text: COMMENTS, mtime: UNZIPPED },
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "Where did I have lunch in Lisbon?", expect: ["Time Out Market"] },
  { question: "Who was I with at the Time Out Market?", expect: ["Sam"] },
  { question: "Which hotel did I stay at in Lisbon?", expect: ["Memmo Alfama"] },
  { question: "Where did I watch the sunset in Lisbon?", expect: ["Senhora do Monte"] },
  { question: "When did I fly to Lisbon?", expect: ["22 May"] },
  { question: "What did I say about Cervejaria Ramiro?", expect: ["prego"] },
  { question: "What tip did I leave for the Time Out Market?", expect: ["noon"] },
  { question: "What did I think of Climpson & Sons?", expect: ["flat white"] },
  { question: "When did I last go to the Castle Climbing Centre?", expect: ["29 November"] },
  { question: "Who came to my birthday dinner at Dishoom?", expect: ["Jess", "Sam", "Tom"] },
  { question: "When did I see Fontaines D.C.?", expect: ["3 July"] },
  { question: "What time did I check in at Beigel Bake after the gig?", expect: ["00:40"] },
  { question: "How much were the flights to Lisbon?", expect: null },
  { question: "What is Sam's phone number?", expect: null },
  { question: "When did I go to Porto?", expect: null },
];

/** The checkiner: her Foursquare export unzipped, imported as a folder, asked on Tuesday 8 December 2026. */
export const checkiner: Person = {
  name: "checkiner",
  files: FILES,
  folder: FOLDER,
  askedAt: Date.UTC(2026, 11, 8, 10, 0),
  questions: QUESTIONS,
};

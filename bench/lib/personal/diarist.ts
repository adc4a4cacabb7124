/**
 * The diarist: Olivia, in Manchester, keeps a diary in the Journey app on her phone (a new job's first
 * week at Northway Energy, a weekend in the Lake District with Sam, Hannah and Joe's wedding, the GP's
 * advice on her headaches, her book club, a curry she tried), and on 20 November 2026 exports it
 * (Journey: Settings → Export/Backup → "Export as JSON (ZIP)": `journey-1795205052000.zip`) and imports
 * the unzipped folder: one `<id>.json` per entry, its id the time it was made and a random tail
 * ("1791232800412-9d3f0b6c2a7e4f18"), and each photo beside it, `<id>-<random>.jpg`. An entry is a JSON
 * object as Journey's iPhone app writes it (checked against entries in the public converters'
 * repositories: alxhslm/journey2dayone's sample entry, andi0b/journey-markdown-converter's test entry and
 * its JourneyJsonEntry type, camflint/JourneyToDayOneImporter's reader): its keys in no fixed order,
 * "/" escaped as "\/", `date_journal` and `date_modified` in ms since 1970, `timezone` "Europe/London",
 * `text` HTML (`<p dir="auto">…</p>` a paragraph, an empty one between, `&nbsp;`, `<strong>`, a list),
 * `preview_text` its first hundred-odd characters cut anywhere, `mood`, `sentiment`, `lat`/`lon` (with
 * no place, 1.7976931348623157e+308, the largest double), `address`, `weather` `{ id, degree_c,
 * description, icon, place }` (none: `degree_c` the same largest double, `description` ""), `tags`,
 * `photos`, `type` "html"; one entry written in Journey's web app, its keys in the web app's order; one
 * entry only a photo. Hand-written by the developers while trying Engram as its users would, in session
 * 35, before Engram could read Journey (the first run's figures are in bench/README.md). With it, the
 * questions such a person asks later and the words a right answer holds, and questions nothing here
 * answers.
 */
import type { Person, PersonFile } from "./types.js";

const FOLDER = "journey-1795205052000";

/** The largest double: what Journey writes for a latitude, a longitude or a temperature it has none of. */
const NONE = Number.MAX_VALUE;

/** What Journey writes of the weather when it fetched it (`degree_c` in °C, OpenWeatherMap's words and icon). */
interface Weather {
  degree_c: number;
  description: string;
  icon: string;
  place: string;
}

/** One diary entry: its id's random tail, when it was written (UTC), its HTML, and what else Journey keeps of it. */
interface Entry {
  tail: string;
  at: number;
  html: string;
  address?: string;
  lat?: number;
  lon?: number;
  weather?: Weather;
  tags?: string[];
  photos?: string[];
  mood?: number;
  sentiment?: number;
  /** Written in Journey's web app (its keys in the web app's order, "/" not escaped), not on the phone. */
  web?: boolean;
}

/** Paragraphs as Journey's editor writes them: each `<p dir="auto">`, an empty one between them, lines joined by "\n". */
function html(...paragraphs: string[]): string {
  return paragraphs.map((p) => `<p dir="auto">${p}</p>`).join('\n<p dir="auto"></p>\n');
}

const ENTRIES: Entry[] = [
  {
    tail: "9d3f0b6c2a7e4f18",
    at: Date.UTC(2026, 9, 5, 20, 40), // Monday 5 October, 21:40 BST
    html: html(
      "First day at <strong>Northway Energy</strong>!&nbsp;",
      "My manager is Rachel Okoye, she seems lovely and very organised. I'm in the pricing analytics team, desk on the 3rd floor by the window.",
      "Laptop didn't arrive so I spent the afternoon reading the onboarding wiki.",
    ),
    address: "Piccadilly Place, Manchester M1 3BN, UK",
    lat: 53.4775,
    lon: -2.2309,
    weather: { degree_c: 14.2, description: "Overcast clouds", icon: "04d", place: "Manchester" },
    tags: ["work"],
    mood: 4,
    sentiment: 0.8,
  },
  {
    tail: "b71e5a09c4d2f836",
    at: Date.UTC(2026, 9, 8, 21, 10), // Thursday 8 October, 22:10 BST
    html: html(
      "Nearly through week one at Northway.",
      "Team lunch at Rudy's, the team goes every Thursday. Tom Ashworth is my buddy for the first month, he showed me the pricing dashboards.",
      "Standup is at 9:15 every morning, which is going to take some getting used to.",
    ),
    address: "Piccadilly Place, Manchester M1 3BN, UK",
    lat: 53.4775,
    lon: -2.2309,
    weather: { degree_c: 12.6, description: "Broken clouds", icon: "04n", place: "Manchester" },
    tags: ["work"],
    mood: 4,
    sentiment: 0.5,
  },
  {
    tail: "3c8a2e7f1b90d465",
    at: Date.UTC(2026, 9, 17, 19, 30), // Saturday 17 October, 20:30 BST
    html: html(
      "Made it to the Lake District with Sam, first time since uni.",
      "The cottage is perfect, a woodburner and a view of Helm Crag from the kitchen. Walked up to Easedale Tarn in the afternoon and got absolutely soaked.",
      "Sticky toffee pudding at the Jumble Room for dinner.",
    ),
    address: "Easedale Road, Grasmere, Ambleside LA22 9QN, UK",
    lat: 54.4601,
    lon: -3.0265,
    weather: { degree_c: 8.3, description: "Light rain", icon: "10d", place: "Grasmere" },
    tags: ["travel", "Sam"],
    photos: ["3c8a2e7f1b90d465-k2v9q4w1z8x3m5n7.jpg", "3c8a2e7f1b90d465-p6r1t8y3u5i0o2a4.jpg"],
    mood: 5,
    sentiment: 1.1,
  },
  {
    tail: "e5d4c3b2a1f09876",
    at: Date.UTC(2026, 9, 18, 12, 5), // Sunday 18 October, 13:05 BST: a photo, no words
    html: "",
    address: "Castlerigg Stone Circle, Keswick CA12 4RN, UK",
    lat: 54.6029,
    lon: -3.0984,
    weather: { degree_c: 10.9, description: "Clear sky", icon: "01d", place: "Keswick" },
    photos: ["e5d4c3b2a1f09876-h7j3k9l2z5x8c1v4.jpg"],
  },
  {
    tail: "71a0c9e8d2b3f456",
    at: Date.UTC(2026, 9, 18, 19, 45), // Sunday 18 October, 20:45 BST
    html: html(
      "Drove home the long way via Keswick. The Saturday market was still on, and I bought a Herdwick wool blanket for £45 for the sofa.",
      "Back to reality tomorrow.",
    ),
    address: "Market Square, Keswick CA12 5JR, UK",
    lat: 54.6013,
    lon: -3.1347,
    weather: { degree_c: 10.1, description: "Few clouds", icon: "02d", place: "Keswick" },
    tags: ["travel"],
    mood: 4,
    sentiment: 0.6,
  },
  {
    tail: "4f6e8d0c2b1a3957",
    at: Date.UTC(2026, 9, 24, 22, 50), // Saturday 24 October, 23:50 BST
    html: html(
      "Hannah and Joe's wedding at Hodsock Priory! Hannah wore her grandmother's veil and looked incredible.",
      "I did the reading, <em>Wild Geese</em> by Mary Oliver, and only cried a little. Their first dance was to Harvest Moon.",
      "Danced until midnight, feet are ruined.",
    ),
    address: "Hodsock Priory, Blyth, Worksop S81 0TY, UK",
    lat: 53.3612,
    lon: -1.0823,
    weather: { degree_c: 11.4, description: "Clear sky", icon: "01n", place: "Blyth" },
    tags: ["friends", "wedding"],
    photos: ["4f6e8d0c2b1a3957-w3e5r7t9y1u3i5o7.jpg"],
    mood: 5,
    sentiment: 1.4,
  },
  {
    tail: "a2b4c6d8e0f13579",
    at: Date.UTC(2026, 10, 3, 13, 20), // Tuesday 3 November, 13:20 GMT: written in the web app at work
    html: `${html(
      "Saw Dr Mensah at the Ancoats surgery about the headaches. She thinks it's tension and too much screen time, nothing worrying.",
      "Her advice:",
    )}\n<ul>\n<li dir="auto">the 20-20-20 rule: every 20 minutes look at something 20 feet away for 20 seconds</li>\n<li dir="auto">drink 2 litres of water a day</li>\n<li dir="auto">go back in six weeks if they haven't eased</li>\n</ul>`,
    address: "",
    lat: NONE,
    lon: NONE,
    tags: ["health"],
    mood: 3,
    sentiment: 0,
    web: true,
  },
  {
    tail: "5e7d9c1b3a2f4068",
    at: Date.UTC(2026, 10, 12, 22, 15), // Thursday 12 November, 22:15 GMT
    html: html(
      "Book club at Maya's. We did <em>Tomorrow, and Tomorrow, and Tomorrow</em>, mixed reviews, Dan hated it.",
      "Next month's book is <strong>The Safekeep</strong> by Yael van der Wouden, and it's at mine on 10 December. Need to make something other than hummus.",
    ),
    address: "Cotton Street, Ancoats, Manchester M4 5BF, UK",
    lat: 53.4846,
    lon: -2.2271,
    weather: { degree_c: 7.2, description: "Mist", icon: "50n", place: "Manchester" },
    tags: ["book club"],
    mood: 4,
    sentiment: 0.4,
  },
  {
    tail: "0f1e2d3c4b5a6978",
    at: Date.UTC(2026, 10, 15, 19, 30), // Sunday 15 November, 19:30 GMT
    html: html(
      "Tried Meera Sodha's chickpea and spinach curry from East tonight. Fry two onions slowly for 15 minutes, then garlic, ginger, cumin and garam masala, a tin of tomatoes and the chickpeas, and wilt the spinach in at the end.",
      "Sam had seconds. Next time double the ginger and add a squeeze of lime.",
    ),
    address: "Cotton Street, Ancoats, Manchester M4 5BF, UK",
    lat: 53.4846,
    lon: -2.2271,
    weather: { degree_c: 9.8, description: "Moderate rain", icon: "10n", place: "Manchester" },
    tags: ["cooking"],
    photos: ["0f1e2d3c4b5a6978-a1s2d3f4g5h6j7k8.jpg"],
    mood: 4,
    sentiment: 0.7,
  },
];

/** A temperature as the iPhone app writes it: a double's seventeen digits ("8.3000000000000007"), as in real exports. */
function seventeenDigits(n: number): string {
  if (Number.isInteger(n) || n === NONE) return JSON.stringify(n);
  const exact = n.toPrecision(17);
  return exact.replace(/0+$/, "").replace(/\.$/, ".0");
}

/** The entry's id: the time it was made (a little before it was last written, ms) and its random tail. */
function idOf(e: Entry): string {
  return `${e.at - 412_000}-${e.tail}`;
}

/** The entry's file as Journey writes it: the phone's (keys in no fixed order, "/" escaped) or the web app's (keys in order). */
function entryJson(e: Entry): string {
  const id = idOf(e);
  const weather = e.weather
    ? { id: -1, degree_c: e.weather.degree_c, description: e.weather.description, icon: e.weather.icon, place: e.weather.place }
    : { id: -1, degree_c: NONE, description: "", icon: "", place: "" };
  const photos = (e.photos ?? []).map((p) => `${e.at - 412_000}-${p}`);
  const fields = {
    id,
    date_modified: e.at + 95_000,
    date_journal: e.at,
    timezone: "Europe/London",
    text: e.html,
    preview_text: e.html.slice(0, 110),
    mood: e.mood ?? 0,
    lat: e.lat ?? NONE,
    lon: e.lon ?? NONE,
    address: e.address ?? "",
    label: "",
    folder: "",
    sentiment: e.sentiment ?? 0,
    favourite: false,
    music_title: "",
    music_artist: "",
    photos,
    weather,
    tags: e.tags ?? [],
    type: "html",
  };
  if (e.web) return JSON.stringify(fields, null, 4);
  // (the phone's: its own order of keys, 2-space indent, "/" escaped, a temperature's seventeen digits)
  const order = [
    "mood",
    "favourite",
    "date_modified",
    "sentiment",
    "tags",
    "folder",
    "type",
    "address",
    "label",
    "date_journal",
    "photos",
    "lon",
    "weather",
    "lat",
    "id",
    "timezone",
    "music_artist",
    "text",
    "music_title",
    "preview_text",
  ] as const;
  const phone = Object.fromEntries(order.map((k) => [k, fields[k]]));
  return JSON.stringify(phone, null, 2)
    .replace(/\//g, "\\/")
    .replace(/"(degree_c)": (-?[\d.e+]+)/g, (_m, key: string, n: string) => `"${key}": ${seventeenDigits(Number(n))}`);
}

/** A photo's bytes: a JPEG's start (the importer reads no photo). */
const JPEG = new Uint8Array([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x48, 0x00, 0x48, 0x00, 0x00, 0xff, 0xd9,
]);

const FILES: PersonFile[] = ENTRIES.flatMap((e) => {
  const id = idOf(e);
  return [
    { name: `${FOLDER}/${id}.json`, text: entryJson(e), mtime: e.at + 95_000 },
    ...(e.photos ?? []).map((p) => ({ name: `${FOLDER}/${e.at - 412_000}-${p}`, text: JPEG, mtime: e.at })),
  ];
});

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "Who is my manager at Northway?", expect: ["Rachel"] },
  { question: "What time is standup at work?", expect: ["9:15"] },
  { question: "Where did we stay in the Lake District?", expect: ["Grasmere"] },
  { question: "What was the weather like in the Lake District?", expect: ["rain"] },
  { question: "How much was the wool blanket?", expect: ["45"] },
  { question: "Where was Hannah and Joe's wedding?", expect: ["Hodsock Priory"] },
  { question: "What did I read at Hannah's wedding?", expect: ["Wild Geese"] },
  { question: "How much water did the doctor tell me to drink?", expect: ["2 litres"] },
  { question: "What is the next book club book?", expect: ["Safekeep"] },
  { question: "When is the next book club?", expect: ["10 December"] },
  { question: "What should I change next time I make the chickpea curry?", expect: ["ginger"] },
  { question: "What is my salary at Northway?", expect: null },
  { question: "Where did Hannah and Joe go on honeymoon?", expect: null },
  { question: "Who is my dentist?", expect: null },
];

/** Olivia: her Journey diary exported as JSON and unzipped (`journey-1795205052000/`), imported as the folder, asked on Sunday 22 November 2026. */
export const diarist: Person = {
  name: "diarist",
  files: FILES,
  folder: FOLDER,
  askedAt: Date.UTC(2026, 10, 22, 10),
  questions: QUESTIONS,
};

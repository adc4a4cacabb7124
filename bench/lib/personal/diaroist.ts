/**
 * The diaroist: Nadia, who kept a diary in the Diaro app on her Android phone for two years: Rui's job
 * offer in Porto and the move there from London, the first homesick week, Miso the dog adopted from a
 * shelter in Gaia, a trip to Kyoto over her birthday, a torn meniscus and the knee surgery after it. On
 * 20 November 2026 she makes a backup (Diaro → Settings → Backup & Restore → Create backup:
 * `Diaro_20261120.zip`) and imports it unzipped: `DiaroBackup.xml` and the `media/photo/` folder of the
 * entries' photos.
 *
 * The XML is written as Diaro writes it (checked against Diaro's own Android source, bazimogmbh/DiaroAndroid:
 * backuprestore/ExportToXml.java, autobackup/BackupRestore.java, storage/Tables.java and
 * storage/sqlite/helpers/SQLiteOpenHelperWrapper.java; and against public readers of the backup: Tim Waugh's
 * diaro.py and its tests, jimmy's Diaro converter, wickly's import_service.dart and its test): no XML
 * declaration, `<data version="2">`, then a `<table name="…">` per table that has rows, in Diaro's order
 * (diaro_folders, diaro_tags, diaro_moods, diaro_locations, diaro_entries, diaro_attachments,
 * diaro_templates), each row `<r>` with its columns a line each, indented three spaces, in the table's
 * column order; only titles, texts, addresses and file names escaped (Apache Commons' escapeXml11:
 * `&apos;`, `&quot;`, `&amp;`), a mood's title and the weather's words not; uids 32 hex digits (an md5),
 * but a mood's ("1" to "5", Diaro's five: Awesome, Happy, Neutral, Bad, Awful); `date` ms since 1970 (UTC)
 * and `tz_offset` the phone's offset then ("+00:00", "+01:00", "+09:00"); `tags` ",uid,uid,"; `mood` a
 * mood's uid, "0" for none; `weather_temperature` in °C ("0.0" with no weather, "null" for an entry made on
 * Diaro Online, whose temperature is SQL NULL), `weather_icon` a Weather Icons name ("day-sprinkle"),
 * `weather_description` OpenWeatherMap's words ("light rain"); a photo's file name
 * `photo_<yyyyMMdd>_<the ms' last 6 digits>.jpg` under `media/photo/`. Diaro's demo data is still there
 * (its folders, tags, the Maldives location, the four templates, and the "Get started with Diaro app!"
 * entry, uid 48b6afc3a21d255ef0cbe3ec758be441, with its three demo photos); an entry of a photo alone; one
 * entry back-dated (written after the ones around it, so out of date order).
 * Hand-written by the developers while trying Engram as its users would, in session 40, before Engram
 * could read a Diaro backup (the first run's figures are in bench/README.md). With it, the questions such a
 * person asks later and the words a right answer holds, and questions nothing here answers.
 */
import { createHash } from "node:crypto";
import type { Person, PersonFile } from "./types.js";

/** A uid as Diaro makes one (an md5's 32 hex digits), from a name so that it is the same every run. */
function uid(name: string): string {
  return createHash("md5").update(name).digest("hex");
}

/** Apache Commons Text's escapeXml11, as Diaro escapes titles, texts, addresses and file names. */
function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

/** A table as ExportToXml writes it: its rows, each column a line of its own (values already escaped where Diaro escapes them). */
function table(name: string, rows: Array<Array<[string, string]>>): string {
  if (rows.length === 0) return "";
  const r = rows.map((cols) => `\n<r>${cols.map(([k, v]) => `\n   <${k}>${v}</${k}>`).join("")}\n</r>`).join("");
  return `\n<table name="${name}">${r}\n</table>`;
}

/** Epoch ms of a wall-clock time ("2025-03-22T17:45") at an offset ("+01:00"). */
function at(wall: string, offset: string): number {
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(offset)!;
  const sign = m[1] === "-" ? -1 : 1;
  return Date.parse(`${wall}:00Z`) - sign * (Number(m[2]) * 60 + Number(m[3])) * 60_000;
}

/** Diaro's demo folders (SQLiteOpenHelperWrapper: their fixed uids and colours) and Nadia's own. */
const FOLDERS: Array<[uid: string, title: string, color: string]> = [
  ["d6e6cb19e3b9c02f89d6cd54cfa7c613", "Business", "#3F51B5"],
  ["336fdcf7d540e4b430a890b63da159c9", "Entertainment", "#673AB7"],
  ["3d594614f445f6b00014e9b77730b833", "Friends", "#4CAF50"],
  ["8bd7a1153a88761ad9d37e2f2394c947", "Love", "#F44336"],
  ["bc97e12414b8ea00107c66aa552029ae", "Todo", "#FFEB3B"],
  ["ec61fc61f7618879b42d938c07a3eda3", "Vacations", "#FF9800"],
  [uid("folder porto"), "Porto life", "#009688"],
  [uid("folder miso"), "Miso", "#795548"],
  [uid("folder health"), "Health", "#E91E63"],
];
const FOLDER = Object.fromEntries(FOLDERS.map(([u, t]) => [t, u])) as Record<string, string>;

/** Diaro's demo tags and Nadia's. */
const TAGS: Array<[uid: string, title: string]> = [
  ["2a2542f9e61a9a1d3b83ae31889ac954", "Dream"],
  ["158d7558ee87d9a8caa77b59abcdd9ef", "Idea"],
  ["1526e0ac850c241ee1631d9ad5664475", "Movie"],
  [uid("tag rui"), "Rui"],
  [uid("tag miso"), "Miso"],
  [uid("tag knee"), "knee"],
  [uid("tag kyoto"), "Kyoto"],
  [uid("tag food"), "food & drink"],
];
const TAG = Object.fromEntries(TAGS.map(([u, t]) => [t, u])) as Record<string, string>;

/** Diaro's five moods as it creates them: uid, title, icon, weight (5 the best). */
const MOODS: Array<[uid: string, title: string, icon: string, weight: string]> = [
  ["1", "Awesome", "mood_1happy", "5"],
  ["2", "Happy", "mood_2smile", "4"],
  ["3", "Neutral", "mood_3neutral", "3"],
  ["4", "Bad", "mood_4unhappy", "2"],
  ["5", "Awful", "mood_5teardrop", "1"],
];
const MOOD = { awesome: "1", happy: "2", neutral: "3", bad: "4", awful: "5" } as const;

/** Locations: uid, title (may be empty: Diaro keeps the address alone), address, lat, lng, zoom. */
const LOCATIONS: Array<[uid: string, title: string, address: string, lat: string, lng: string, zoom: string]> = [
  ["9f5ae4433ea9c6c78192aa16b62f1eed", "Cocoa Island, The Maldives", "Male, Maldives", "3.91786", "73.4676353", "17"],
  [uid("loc hackney"), "", "42 Navarino Road, London E8 1AD, UK", "51.547112", "-0.060381", "16"],
  [uid("loc dove"), "The Dove", "24-28 Broadway Market, London E8 4QJ, UK", "51.536212", "-0.061672", "17"],
  [uid("loc home"), "Home", "Rua de Cedofeita 214, 4050-174 Porto, Portugal", "41.153802", "-8.619114", "16"],
  [uid("loc ribeira"), "Cais da Ribeira", "Cais da Ribeira, 4050-510 Porto, Portugal", "41.140624", "-8.613211", "16"],
  [uid("loc santiago"), "Café Santiago", "Rua de Passos Manuel 226, 4000-382 Porto, Portugal", "41.147046", "-8.604851", "17"],
  [uid("loc shelter"), "Cantinho dos Animais", "Rua do Cabo Mor 1110, 4430-041 Vila Nova de Gaia, Portugal", "41.118770", "-8.594408", "15"],
  [uid("loc yachiyo"), "Ryokan Yachiyo", "34 Nanzenji Fukuchicho, Sakyo Ward, Kyoto 606-8435, Japan", "35.011388", "135.788612", "16"],
  [uid("loc inari"), "Fushimi Inari Taisha", "68 Fukakusa Yabunouchicho, Fushimi Ward, Kyoto 612-0882, Japan", "34.967146", "135.772695", "15"],
  [uid("loc luz"), "Hospital da Luz Arrábida", "Praceta de Henrique Moreira 150, 4400-346 Vila Nova de Gaia, Portugal", "41.138315", "-8.637462", "16"],
  [uid("loc foz"), "Passeio Alegre", "Rua do Passeio Alegre, 4150-570 Porto, Portugal", "41.148520", "-8.673301", "16"],
];
const LOCATION = Object.fromEntries(LOCATIONS.map(([u, t, a]) => [t || a, u])) as Record<string, string>;

/** The weather Diaro fetched for an entry: °C, Weather Icons' name, OpenWeatherMap's words. */
type Weather = [temperature: string, icon: string, description: string];

/** One diary entry as Nadia wrote it. */
interface Entry {
  key: string;
  /** Wall-clock time and the phone's offset then. */
  wall: string;
  offset: string;
  title: string;
  text: string;
  folder?: string;
  location?: string;
  tags?: string[];
  weather?: Weather | "null";
  mood?: keyof typeof MOOD;
  photos?: number;
}

const ENTRIES: Entry[] = [
  {
    key: "offer",
    wall: "2024-12-08T21:40",
    offset: "+00:00",
    title: "Big news",
    text: "Rui got the offer from the design studio in Porto! We talked it through over dinner and we're doing it: moving to Porto in February.\nScared and excited in equal measure.",
    location: "42 Navarino Road, London E8 1AD, UK",
    tags: ["Rui"],
    weather: ["7.21", "night-alt-cloudy", "broken clouds"],
    mood: "awesome",
  },
  {
    key: "leaving",
    wall: "2025-01-18T23:55",
    offset: "+00:00",
    title: "Leaving do",
    text: "Leaving drinks at The Dove with everyone. Priya made me promise we'd have her to stay by the summer.\nSold the sofa to Jack for £80, so that's one less thing to ship.",
    folder: "Friends",
    location: "The Dove",
    weather: ["5.8", "night-alt-showers", "light rain"],
    mood: "happy",
  },
  {
    key: "landed",
    wall: "2025-02-01T22:10",
    offset: "+00:00",
    title: "First night in Porto",
    text: "We landed in Porto this afternoon and picked up the keys from Dona Fernanda, our landlady. The flat on Rua de Cedofeita is smaller than in the photos, but the light in the living room is lovely.\n\nDinner was bifanas from the café on the corner because we were too tired to cook.",
    folder: "Porto life",
    location: "Home",
    tags: ["Rui"],
    weather: ["12.4", "night-alt-showers", "light rain"],
    mood: "neutral",
    photos: 1,
  },
  {
    key: "homesick",
    wall: "2025-02-03T21:05",
    offset: "+00:00",
    title: "",
    text: "Feeling really homesick today. Couldn't work out the bin collection, Dona Fernanda only speaks Portuguese, and I missed Mum's call because I spent three hours at the Loja do Cidadão sorting out my NIF.\nRui is loving the new studio, which makes me feel worse for moping.",
    folder: "Porto life",
    location: "Home",
    weather: ["11.0", "night-alt-cloudy", "overcast clouds"],
    mood: "bad",
  },
  {
    key: "week",
    wall: "2025-02-07T19:30",
    offset: "+00:00",
    title: "End of our first week in Porto",
    text: "Still homesick and a bit overwhelmed by all the paperwork, but we walked along the Douro to Ribeira at sunset and it felt like a holiday. Rui says it gets easier once we have friends here.",
    folder: "Porto life",
    location: "Cais da Ribeira",
    tags: ["Rui"],
    weather: ["14.1", "day-sunny", "clear sky"],
    mood: "neutral",
  },
  {
    key: "francesinha",
    wall: "2025-02-20T22:15",
    offset: "+00:00",
    title: "Francesinha!",
    text: "Tomás (Rui's cousin) says Café Santiago does the best francesinha in Porto, so we queued for 40 minutes tonight. He was right. I could not move afterwards.",
    folder: "Porto life",
    location: "Café Santiago",
    tags: ["Rui", "food & drink"],
    weather: ["13.0", "night-alt-cloudy-gusts", "few clouds"],
    mood: "happy",
  },
  {
    key: "miso",
    wall: "2025-03-22T17:45",
    offset: "+00:00",
    title: "Miso is home!",
    text: "We adopted Miso today from the Cantinho dos Animais shelter in Gaia! She's a two-year-old Podengo mix, ginger with one floppy ear, about 9 kg. She was found wandering near the motorway in January.\n\nShe slept on the sofa the whole evening with her head on Rui's knee. Already completely in love.",
    folder: "Miso",
    location: "Cantinho dos Animais",
    tags: ["Miso", "Rui"],
    weather: ["16.3", "day-cloudy-gusts", "scattered clouds"],
    mood: "awesome",
    photos: 2,
  },
  {
    key: "photo",
    wall: "2025-04-05T10:12",
    offset: "+01:00",
    title: "",
    text: "",
    folder: "Miso",
    tags: ["Miso"],
    photos: 1,
  },
  {
    key: "vet",
    wall: "2025-04-10T12:20",
    offset: "+01:00",
    title: "Miso's first vet visit",
    text: 'Took Miso to Clínica Veterinária da Boavista. Dr. Sofia Marques says she is healthy, 9.5 kg, and gave her the rabies jab. Next booster due in April 2026.\nShe hated the car and "sang" the whole way there.',
    folder: "Miso",
    tags: ["Miso"],
    weather: ["15.2", "day-sprinkle", "light rain"],
    mood: "happy",
  },
  {
    key: "saojoao",
    wall: "2025-06-23T23:50",
    offset: "+01:00",
    title: "São João",
    text: "Our first São João! Hit strangers on the head with plastic hammers all night, ate grilled sardines in Fontainhas and watched the fireworks over the Douro at midnight. Miso stayed home with the radio on.",
    folder: "Porto life",
    tags: ["Rui", "food & drink"],
    weather: ["21.5", "night-clear", "clear sky"],
    mood: "awesome",
  },
  {
    key: "exam",
    wall: "2025-09-14T18:02",
    offset: "+01:00",
    title: "",
    text: "Passed the A2 Portuguese exam at the Faculdade de Letras! Professora Helena says I should go straight on to B1 in January.",
    mood: "happy",
  },
  {
    key: "dropoff",
    wall: "2025-10-09T20:00",
    offset: "+01:00",
    title: "",
    text: "Miso is staying with Tomás while we're in Kyoto. Dropped her off with her bed, 3 kg of food and a list of her quirks. Flight to Osaka tomorrow via Frankfurt.",
    folder: "Miso",
    tags: ["Miso", "Kyoto"],
    weather: ["17.9", "night-clear", "clear sky"],
    mood: "happy",
  },
  {
    key: "kyoto",
    wall: "2025-10-11T21:30",
    offset: "+09:00",
    title: "Kyoto",
    text: "Landed in Kyoto after twenty hours of travel. We're staying at Ryokan Yachiyo near Nanzen-ji: a tatami room, a garden view and a yukata each.\nDinner was a kaiseki of eleven courses and I fell asleep before dessert.",
    folder: "Vacations",
    location: "Ryokan Yachiyo",
    tags: ["Kyoto", "Rui"],
    weather: ["22.4", "night-clear", "clear sky"],
    mood: "awesome",
    photos: 1,
  },
  {
    key: "birthday",
    wall: "2025-10-14T20:30",
    offset: "+09:00",
    title: "35!",
    text: "My 35th birthday! We got up at 5:30 to walk the torii gates at Fushimi Inari before the crowds, all the way to the summit.\nRui gave me a tenugui printed with little Shiba dogs that look exactly like Miso. Tempura dinner in Gion to finish.",
    folder: "Vacations",
    location: "Fushimi Inari Taisha",
    tags: ["Kyoto"],
    weather: ["18.6", "day-sprinkle", "light rain"],
    mood: "awesome",
    photos: 2,
  },
  {
    key: "uji",
    wall: "2025-10-17T16:00",
    offset: "+09:00",
    title: "Uji",
    text: "Day trip to Uji for matcha. Bought a tin of Ippodo's Ummon-no-mukashi for Tomás as a thank-you for having Miso.",
    folder: "Vacations",
    tags: ["Kyoto", "food & drink"],
    weather: ["21.0", "day-cloudy-gusts", "few clouds"],
    mood: "happy",
  },
  {
    key: "home",
    wall: "2025-10-20T21:15",
    offset: "+01:00",
    title: "Home again",
    text: "Miso went mad when she saw us. Tomás says she ate everything and slept on his bed every night.",
    folder: "Miso",
    location: "Home",
    tags: ["Miso"],
    weather: ["16.0", "night-alt-cloudy", "broken clouds"],
    mood: "happy",
  },
  {
    key: "twist",
    wall: "2026-03-07T13:40",
    offset: "+00:00",
    title: "",
    text: "Twisted my left knee on the steps down from Miradouro da Vitória while walking Miso. It swelled up like a melon. Dr. Pedro Alves at Hospital da Luz wants an MRI.",
    folder: "Health",
    tags: ["knee", "Miso"],
    weather: ["12.7", "day-sunny-overcast", "overcast clouds"],
    mood: "bad",
  },
  {
    key: "mri",
    wall: "2026-03-19T18:25",
    offset: "+00:00",
    title: "MRI results",
    text: "A torn medial meniscus in my left knee. Dr. Alves recommends arthroscopic surgery; it's booked for 12 May.",
    folder: "Health",
    tags: ["knee"],
    weather: ["14.0", "day-showers", "moderate rain"],
    mood: "bad",
  },
  {
    key: "surgery",
    wall: "2026-05-12T19:10",
    offset: "+01:00",
    title: "Knee surgery",
    text: "Knee surgery this morning at Hospital da Luz Arrábida: an arthroscopic repair of the torn meniscus in my left knee. Dr. Alves said it went well and he could stitch the tear rather than remove it. Crutches for two weeks, no driving for four.\n\nRui has been amazing. Miso knows something is up and won't leave my side.",
    folder: "Health",
    location: "Hospital da Luz Arrábida",
    tags: ["knee", "Rui", "Miso"],
    weather: ["19.8", "day-sunny", "clear sky"],
    mood: "neutral",
  },
  {
    key: "physio",
    wall: "2026-05-26T18:00",
    offset: "+01:00",
    title: "Physio",
    text: "First physio session with Joana at Clínica Fisio Douro. Bending to 90 degrees already. She says six weeks until I can run again, and to keep icing it twice a day.",
    folder: "Health",
    tags: ["knee"],
    weather: ["22.3", "day-sunny", "clear sky"],
    mood: "happy",
  },
  {
    key: "run",
    wall: "2026-07-04T09:20",
    offset: "+01:00",
    title: "",
    text: "Ran 3 km along the Foz promenade with Miso: the first run since the surgery! The knee felt fine.",
    folder: "Health",
    location: "Passeio Alegre",
    tags: ["knee", "Miso"],
    weather: ["20.1", "day-sunny", "clear sky"],
    mood: "awesome",
  },
  {
    key: "coimbra",
    wall: "2026-08-16T22:40",
    offset: "+01:00",
    title: "",
    text: "Rui's parents came up from Coimbra for the weekend. His mum taught me her arroz de pato and laughed at my Portuguese, kindly.",
    folder: "Porto life",
    tags: ["Rui", "food & drink"],
    mood: "happy",
  },
  {
    key: "christmas",
    wall: "2026-11-02T20:05",
    offset: "+00:00",
    title: "",
    text: "Booked flights to London for Christmas: out on 21 December, back on 2 January. Tomás will have Miso again.",
    tags: ["Miso", "Rui"],
    // (written on Diaro Online in a browser: its temperature is SQL NULL, which the backup writes "null")
    weather: "null",
    mood: "happy",
  },
  // (back-dated: written after the Christmas flights, about the weekend before)
  {
    key: "tomas",
    wall: "2026-10-31T23:10",
    offset: "+00:00",
    title: "Tomás's housewarming",
    text: "Tomás finally has his own flat in Matosinhos. Miso found the cheese board before anyone else did.",
    folder: "Friends",
    tags: ["Miso"],
    weather: ["15.5", "night-alt-cloudy", "broken clouds"],
    mood: "happy",
  },
];

/** Diaro's demo entry ("Get started with Diaro app!"), still in the diary since the app was installed, with its demo photos. */
const DEMO_ENTRY = "48b6afc3a21d255ef0cbe3ec758be441";
const DEMO_TEXT = [
  "Preserve your special memories, store personal moments & experiences, ideas, feelings and keep track of your life with help of Diaro.",
  "To start using Diaro app you should know:",
  "",
  "✍ HOW TO USE DIARO APP",
  "Create new entries, folders, tags or locations by using + buttons.",
  "Use search to find entries by any keyword in a title or text, filter results by date, folder, tags or locations from the left side menu.",
].join("\n");

/** Diaro's four demo templates (name, title, text's first lines). */
const TEMPLATES: Array<[uid: string, name: string, title: string, text: string]> = [
  ["9f5ae4433ea9c6c78192aa16b62f1eey", "Weekly Review", "⌛️ Week in review", "🔨 Things done:\n\n\n✏️ Plans:\n\n\n🏁 Achievements:\n\n"],
  ["9f5ae4433ea9c6c78192aa16b62f1eei", "Diet Log", "My diet", "• Breakfast:\n\n\n• Lunch:\n\n\n• Dinner:\n\n"],
  ["9f5ae4433ea9c6c78192aa16b62f1eef", "5 Minutes", "My day today", "• What did I do today?\n\n• What am I feeling right now?\n\n"],
  ["9f5ae4433ea9c6c78192aa16b62f1eeg", "Gratitude", "Today I am grateful for", "🌞 Morning\n\n• What am I thankful for right now?\n\n"],
];

/** The photos: an entry's key, the attachment's uid, its file name (photo_<day>_<ms' last 6 digits>.jpg), its position. */
function photosOf(e: Entry): Array<{ uid: string; filename: string; position: number }> {
  const ms = at(e.wall, e.offset);
  return Array.from({ length: e.photos ?? 0 }, (_, i) => ({
    uid: uid(`photo ${e.key} ${i}`),
    filename: `photo_${e.wall.slice(0, 10).replace(/-/g, "")}_${String(ms + 7_311 * (i + 1)).slice(-6)}.jpg`,
    position: i + 1,
  }));
}

/** DiaroBackup.xml as ExportToXml writes it. */
function backupXml(): string {
  const entryRow = (e: Entry): Array<[string, string]> => {
    const photos = photosOf(e);
    const w = e.weather === "null" ? (["null", "", ""] as Weather) : (e.weather ?? (["0.0", "", ""] as Weather));
    return [
      ["uid", uid(`entry ${e.key}`)],
      ["date", String(at(e.wall, e.offset))],
      ["tz_offset", e.offset],
      ["title", esc(e.title)],
      ["text", esc(e.text)],
      ["folder_uid", e.folder ? FOLDER[e.folder]! : ""],
      ["location_uid", e.location ? LOCATION[e.location]! : ""],
      ["tags", e.tags?.length ? `,${e.tags.map((t) => TAG[t]!).join(",")},` : ""],
      ["primary_photo_uid", photos[0]?.uid ?? ""],
      ["weather_temperature", w[0]],
      ["weather_icon", w[1]],
      ["weather_description", w[2]],
      ["mood", e.mood ? MOOD[e.mood] : "0"],
    ];
  };
  const demo: Array<[string, string]> = [
    ["uid", DEMO_ENTRY],
    ["date", String(Date.UTC(2024, 10, 30, 19, 2, 41, 118))],
    ["tz_offset", "+00:00"],
    ["title", esc("📒 Get started with Diaro app!")],
    ["text", esc(DEMO_TEXT)],
    ["folder_uid", FOLDER.Vacations!],
    ["location_uid", "9f5ae4433ea9c6c78192aa16b62f1eed"],
    ["tags", ""],
    ["primary_photo_uid", "f497a8b650b6d44fb13a61b321176348"],
    ["weather_temperature", "0.0"],
    ["weather_icon", ""],
    ["weather_description", ""],
    ["mood", "0"],
  ];
  const attachments: Array<Array<[string, string]>> = [
    ...[1, 2, 3].map(
      (i): Array<[string, string]> => [
        ["uid", `f497a8b650b6d44fb13a61b3211763${47 + i}`],
        ["entry_uid", DEMO_ENTRY],
        ["type", "photo"],
        ["filename", `entry_demo_image${i}.jpg`],
        ["position", String(i)],
      ],
    ),
    ...ENTRIES.flatMap((e) =>
      photosOf(e).map(
        (p): Array<[string, string]> => [
          ["uid", p.uid],
          ["entry_uid", uid(`entry ${e.key}`)],
          ["type", "photo"],
          ["filename", esc(p.filename)],
          ["position", String(p.position)],
        ],
      ),
    ),
  ];
  return [
    '<data version="2">',
    table(
      "diaro_folders",
      FOLDERS.map(([u, t, c]) => [
        ["uid", u],
        ["title", esc(t)],
        ["color", c],
        ["pattern", ""],
      ]),
    ),
    table(
      "diaro_tags",
      TAGS.map(([u, t]) => [
        ["uid", u],
        ["title", esc(t)],
      ]),
    ),
    table(
      "diaro_moods",
      MOODS.map(([u, t, i, w]) => [
        ["uid", u],
        ["title", t],
        ["icon", i],
        ["color", "#616161"],
        ["weight", w],
      ]),
    ),
    table(
      "diaro_locations",
      LOCATIONS.map(([u, t, a, lat, lng, z]) => [
        ["uid", u],
        ["title", esc(t)],
        ["address", esc(a)],
        ["lat", lat],
        ["lng", lng],
        ["zoom", z],
      ]),
    ),
    table("diaro_entries", [demo, ...ENTRIES.map(entryRow)]),
    table("diaro_attachments", attachments),
    table(
      "diaro_templates",
      TEMPLATES.map(([u, n, t, x]) => [
        ["uid", u],
        ["name", esc(n)],
        ["title", esc(t)],
        ["text", esc(x)],
        ["date_created", "2024-11-30 19:02:41"],
      ]),
    ),
    "\n</data>",
  ].join("");
}

/** A photo's bytes (a JPEG's start and end). */
const JPEG = new Uint8Array([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9,
]);

const FOLDER_NAME = "Diaro_20261120";
/** When she made the backup (and unzipped it). */
const BACKED_UP = Date.UTC(2026, 10, 20, 21, 14);

const FILES: PersonFile[] = [
  { name: `${FOLDER_NAME}/DiaroBackup.xml`, text: backupXml(), mtime: BACKED_UP },
  ...[1, 2, 3].map((i) => ({ name: `${FOLDER_NAME}/media/photo/entry_demo_image${i}.jpg`, text: JPEG, mtime: BACKED_UP })),
  ...ENTRIES.flatMap((e) => photosOf(e).map((p) => ({ name: `${FOLDER_NAME}/media/photo/${p.filename}`, text: JPEG, mtime: BACKED_UP }))),
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "When did we adopt Miso?", expect: ["22 March"] },
  { question: "Where was I on my birthday last year?", expect: ["Kyoto"] },
  { question: "What did I write about the knee surgery?", expect: ["meniscus"] },
  { question: "How was I feeling in the first week in Porto?", expect: ["homesick"] },
  { question: "When did we move to Porto?", expect: ["1 February"] },
  { question: "What breed is Miso?", expect: ["Podengo"] },
  { question: "Where did we stay in Kyoto?", expect: ["Yachiyo"] },
  { question: "Who looked after Miso while we were in Kyoto?", expect: ["Tomás"] },
  { question: "Which hospital was my knee surgery at?", expect: ["Hospital da Luz"] },
  { question: "How long did the physio say until I can run again?", expect: ["six weeks"] },
  { question: "Where does Tomás say the best francesinha is?", expect: ["Santiago"] },
  { question: "What was the weather like on my birthday in Kyoto?", expect: ["rain"] },
  { question: "What is Miso's microchip number?", expect: null },
  { question: "How much did the knee surgery cost?", expect: null },
  { question: "What is Dona Fernanda's phone number?", expect: null },
];

/** The diaroist: Diaro's backup unzipped (DiaroBackup.xml and media/photo/), imported as a folder, asked on Monday 23 November 2026. */
export const diaroist: Person = {
  name: "diaroist",
  files: FILES,
  folder: FOLDER_NAME,
  askedAt: Date.UTC(2026, 10, 23, 9, 0),
  questions: QUESTIONS,
};

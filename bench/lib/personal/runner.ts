/**
 * The runner: Jess trains for the Thames Path Half on Sunday 29 November 2026 and logs everything on
 * Strava. On 24 November she requests her archive (Settings → My Account → Download or Delete Your
 * Account → Request your archive), downloads `export_48213377.zip`, unzips it and imports the folder
 * (`engram import export_48213377`). The folder is as Strava writes it: `activities.csv` (a row per
 * activity, oldest first, its header the 94 columns Strava writes, `Activity ID,Activity Date,Activity
 * Name,Activity Type,Activity Description,Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute,
 * Activity Private Note,Activity Gear,Filename,Athlete Weight,Bike Weight,Elapsed Time,Moving Time,
 * Distance,…,Media`, five names twice: Elapsed Time, Distance, Max Heart Rate, Relative Effort and
 * Commute; the date in UTC as "Oct 17, 2026, 8:00:29 AM"; the first Distance in km with two decimals
 * (a swim's in metres), the second in metres; times in seconds, the second Elapsed Time and Moving Time
 * as "1421.0"; Commute "true"/"false", then "1.0"/"0.0"; an empty description `""`; the gear by its
 * name on Strava; Filename the recorded track under `activities/` (`.fit.gz` from her watch, `.gpx`
 * from the phone), empty for a manual entry; Media its photos, `media/<uuid>.jpg` joined by "|"),
 * `activities/` (the tracks: never words), `media/` (the photos) and `media.csv` (`Media
 * Filename,Media Caption`), `shoes.csv` (`Shoe Name,Shoe Brand,Shoe Model,Shoe Default Sport Types`),
 * `bikes.csv` (`Bike Name,Bike Brand,Bike Model,Bike Default Sport Types`), `profile.csv`,
 * `comments.csv` (`Comment Date,Comment`: her comments on friends' activities) and `goals.csv`.
 * Checked against public readers of the export (geo-activity-playground's strava_checkout.py and its
 * 94 expected columns, Athlytics' load_local_activities.R, which reads the second Distance in metres).
 * Hand-written by the developers while trying Engram as its users would, in session 35, before Engram
 * could read a Strava export (the first run's figures are in bench/README.md). With it, the questions
 * such a person asks later and the words a right answer holds, and questions nothing here answers.
 */
import { gzipSync } from "node:zlib";
import type { Person, PersonFile } from "./types.js";

/** activities.csv's header as Strava writes it (94 columns; five names twice). */
const HEADER = [
  "Activity ID",
  "Activity Date",
  "Activity Name",
  "Activity Type",
  "Activity Description",
  "Elapsed Time",
  "Distance",
  "Max Heart Rate",
  "Relative Effort",
  "Commute",
  "Activity Private Note",
  "Activity Gear",
  "Filename",
  "Athlete Weight",
  "Bike Weight",
  "Elapsed Time",
  "Moving Time",
  "Distance",
  "Max Speed",
  "Average Speed",
  "Elevation Gain",
  "Elevation Loss",
  "Elevation Low",
  "Elevation High",
  "Max Grade",
  "Average Grade",
  "Average Positive Grade",
  "Average Negative Grade",
  "Max Cadence",
  "Average Cadence",
  "Max Heart Rate",
  "Average Heart Rate",
  "Max Watts",
  "Average Watts",
  "Calories",
  "Max Temperature",
  "Average Temperature",
  "Relative Effort",
  "Total Work",
  "Number of Runs",
  "Uphill Time",
  "Downhill Time",
  "Other Time",
  "Perceived Exertion",
  "Type",
  "Start Time",
  "Weighted Average Power",
  "Power Count",
  "Prefer Perceived Exertion",
  "Perceived Relative Effort",
  "Commute",
  "Total Weight Lifted",
  "From Upload",
  "Grade Adjusted Distance",
  "Weather Observation Time",
  "Weather Condition",
  "Weather Temperature",
  "Apparent Temperature",
  "Dewpoint",
  "Humidity",
  "Weather Pressure",
  "Wind Speed",
  "Wind Gust",
  "Wind Bearing",
  "Precipitation Intensity",
  "Sunrise Time",
  "Sunset Time",
  "Moon Phase",
  "Bike",
  "Gear",
  "Precipitation Probability",
  "Precipitation Type",
  "Cloud Cover",
  "Weather Visibility",
  "UV Index",
  "Weather Ozone",
  "Jump Count",
  "Total Grit",
  "Average Flow",
  "Flagged",
  "Average Elapsed Speed",
  "Dirt Distance",
  "Newly Explored Distance",
  "Newly Explored Dirt Distance",
  "Activity Count",
  "Total Steps",
  "Carbon Saved",
  "Pool Length",
  "Training Load",
  "Intensity",
  "Average Grade Adjusted Pace",
  "Timer Time",
  "Total Cycles",
  "Media",
];

/** The column of the `nth` (1 or 2) occurrence of `name` in {@link HEADER}. */
function at(name: string, nth = 1): number {
  let seen = 0;
  for (let i = 0; i < HEADER.length; i++) if (HEADER[i] === name && ++seen === nth) return i;
  throw new Error(`no column ${name} #${nth}`);
}

/** An activity as Jess logged it. */
interface Activity {
  id: string;
  /** Start, UTC, "2026-10-17T08:00:29". */
  start: string;
  name: string;
  type: "Run" | "Ride" | "Swim" | "Walk" | "Weight Training";
  description?: string;
  privateNote?: string;
  /** Metres. */
  distance: number;
  /** Seconds. */
  moving: number;
  elapsed: number;
  gear?: string;
  commute?: boolean;
  avgHr?: number;
  maxHr?: number;
  climb?: number;
  /** The track's file, "fit" from the watch, "gpx" from the phone; none for a manual entry. */
  track?: "fit" | "gpx";
  media?: string[];
}

const PB_PHOTO = "media/3f1c9a2e-7b4d-4e8a-9c51-2d6f0b8e4a17.jpg";
const BOX_HILL_PHOTO = "media/a8d2e6c4-19f3-4b7e-8e0a-5c3b7d9f2e61.jpg";

const ACTIVITIES: Activity[] = [
  {
    id: "18402216730",
    start: "2026-10-04T07:32:10",
    name: "Sunday long run",
    type: "Run",
    description: "Easy 12k along the canal with Priya. Chatted the whole way.",
    distance: 12415.3,
    moving: 4003,
    elapsed: 4210,
    gear: "Pegasus 40",
    avgHr: 141,
    maxHr: 158,
    climb: 38,
    track: "fit",
  },
  {
    id: "18415530112",
    start: "2026-10-06T06:41:55",
    name: "Morning Commute",
    type: "Ride",
    distance: 8312.0,
    moving: 1655,
    elapsed: 1802,
    gear: "Brompton",
    commute: true,
    climb: 41,
    track: "gpx",
  },
  {
    id: "18421877045",
    start: "2026-10-06T16:58:20",
    name: "Evening Commute",
    type: "Ride",
    distance: 8440.6,
    moving: 1742,
    elapsed: 1990,
    gear: "Brompton",
    commute: true,
    climb: 52,
    track: "gpx",
  },
  {
    id: "18428893310",
    start: "2026-10-07T17:15:02",
    name: "Track intervals",
    type: "Run",
    description: "6 x 800m at Herne Hill track, 3:40-3:45 each with 400m jog recoveries.",
    distance: 8012.4,
    moving: 2410,
    elapsed: 2950,
    gear: "Race shoes",
    avgHr: 156,
    maxHr: 181,
    track: "fit",
  },
  {
    id: "18459102284",
    start: "2026-10-10T08:00:31",
    name: "Brockwell parkrun",
    type: "Run",
    description: "First parkrun in a month. Went out too fast.",
    distance: 5021.7,
    moving: 1458,
    elapsed: 1460,
    gear: "Race shoes",
    avgHr: 169,
    maxHr: 183,
    climb: 27,
    track: "fit",
  },
  {
    id: "18468340921",
    start: "2026-10-11T07:48:12",
    name: "Long run",
    type: "Run",
    description: "14k, steady. Three weeks of the block done.",
    privateNote: "Left calf tight from 10k onwards, stretched and foam rolled after.",
    distance: 14032.9,
    moving: 4431,
    elapsed: 4620,
    gear: "Pegasus 40",
    avgHr: 146,
    maxHr: 162,
    climb: 55,
    track: "fit",
  },
  {
    id: "18497720653",
    start: "2026-10-14T06:30:00",
    name: "Lido swim",
    type: "Swim",
    description: "1500m at Brockwell Lido before work. Water 12 degrees, brr.",
    distance: 1500,
    moving: 2040,
    elapsed: 2160,
  },
  {
    id: "18529561847",
    start: "2026-10-17T08:00:29",
    name: "Brockwell parkrun",
    type: "Run",
    description: "New PB at parkrun 23:41! Finally under 24.",
    distance: 5018.2,
    moving: 1421,
    elapsed: 1421,
    gear: "Race shoes",
    avgHr: 172,
    maxHr: 186,
    climb: 27,
    track: "fit",
    media: [PB_PHOTO],
  },
  {
    id: "18539877210",
    start: "2026-10-18T08:05:44",
    name: "Box Hill loop",
    type: "Ride",
    description: "Out to Box Hill via Leatherhead, coffee at Ryka's at the top. Zig Zag Road in 14 minutes.",
    distance: 62514.8,
    moving: 9412,
    elapsed: 11020,
    gear: "Ribble",
    avgHr: 134,
    maxHr: 171,
    climb: 712,
    track: "gpx",
    media: [BOX_HILL_PHOTO],
  },
  {
    id: "18562011934",
    start: "2026-10-20T06:44:10",
    name: "Morning Commute",
    type: "Ride",
    distance: 8298.3,
    moving: 1630,
    elapsed: 1785,
    gear: "Brompton",
    commute: true,
    climb: 40,
    track: "gpx",
  },
  {
    id: "18581245501",
    start: "2026-10-22T17:20:40",
    name: "Tempo run",
    type: "Run",
    description: "3 x 2k at half marathon pace (4:55/km), 2 min jog between.",
    distance: 10021.0,
    moving: 2935,
    elapsed: 3010,
    gear: "Pegasus 40",
    avgHr: 158,
    maxHr: 175,
    track: "fit",
  },
  {
    id: "18610338270",
    start: "2026-10-25T08:12:05",
    name: "Long run",
    type: "Run",
    description: "15k. The clocks went back so an extra hour in bed first.",
    distance: 15203.4,
    moving: 4790,
    elapsed: 4935,
    gear: "Pegasus 40",
    avgHr: 147,
    maxHr: 163,
    climb: 61,
    track: "fit",
  },
  {
    id: "18655902117",
    start: "2026-10-31T14:20:00",
    name: "Afternoon Walk",
    type: "Walk",
    description: "Dulwich Park with Mum.",
    distance: 6320.0,
    moving: 4500,
    elapsed: 5400,
    track: "gpx",
  },
  {
    id: "18667120498",
    start: "2026-11-01T08:30:19",
    name: "Long run",
    type: "Run",
    description: "15.5k, legs heavy after Friday's late night.",
    distance: 15511.0,
    moving: 4960,
    elapsed: 5102,
    gear: "Pegasus 40",
    avgHr: 151,
    maxHr: 166,
    climb: 58,
    track: "fit",
  },
  {
    id: "18688214533",
    start: "2026-11-03T07:42:08",
    name: "Morning Commute",
    type: "Ride",
    distance: 8305.1,
    moving: 1702,
    elapsed: 1840,
    gear: "Brompton",
    commute: true,
    climb: 41,
    track: "gpx",
  },
  {
    id: "18697705164",
    start: "2026-11-04T18:02:51",
    name: "Track intervals",
    type: "Run",
    description: "5 x 1k, 4:35 average. Felt slow in the cold.",
    distance: 8830.0,
    moving: 2772,
    elapsed: 3305,
    gear: "Race shoes",
    avgHr: 159,
    maxHr: 182,
    track: "fit",
  },
  {
    id: "18740093327",
    start: "2026-11-08T08:15:37",
    name: "Sunday long run",
    type: "Run",
    description: "Felt strong, negative split. Last 3k at 5:05/km.",
    distance: 16104.2,
    moving: 5132,
    elapsed: 5270,
    gear: "Pegasus 40",
    avgHr: 149,
    maxHr: 171,
    climb: 64,
    track: "fit",
  },
  {
    id: "18769451006",
    start: "2026-11-11T18:30:00",
    name: "Strength session",
    type: "Weight Training",
    privateNote: "Physio exercises: calf raises 3x15, single-leg squats, glute bridges.",
    distance: 0,
    moving: 2700,
    elapsed: 2700,
  },
  {
    id: "18792203518",
    start: "2026-11-14T09:00:33",
    name: "Brockwell parkrun",
    type: "Run",
    description: "Windy, nowhere near the PB. 24:05.",
    distance: 5015.0,
    moving: 1445,
    elapsed: 1447,
    gear: "Race shoes",
    avgHr: 170,
    maxHr: 184,
    climb: 27,
    track: "fit",
  },
  {
    id: "18801739560",
    start: "2026-11-15T08:02:11",
    name: "Long run - 18k",
    type: "Run",
    description: "Longest run of the block, two weeks out from the Thames Path Half. Gels at 6k and 12k worked.",
    distance: 18213.6,
    moving: 5866,
    elapsed: 6040,
    gear: "Pegasus 40",
    avgHr: 150,
    maxHr: 169,
    climb: 72,
    track: "fit",
  },
  {
    id: "18823660012",
    start: "2026-11-17T17:35:40",
    name: "Evening Commute",
    type: "Ride",
    distance: 8452.9,
    moving: 1770,
    elapsed: 2012,
    gear: "Brompton",
    commute: true,
    climb: 50,
    track: "gpx",
  },
  {
    id: "18834150027",
    start: "2026-11-18T07:05:12",
    name: "Easy run",
    type: "Run",
    description: "Easy 6k, taper starts now.",
    distance: 6204.0,
    moving: 2100,
    elapsed: 2160,
    gear: "Pegasus 40",
    avgHr: 138,
    maxHr: 149,
    track: "fit",
  },
  {
    id: "18871003981",
    start: "2026-11-22T09:30:00",
    name: "Sunday long run",
    type: "Run",
    description: "12k easy with Priya, the last long run before the half.",
    distance: 12050.0,
    moving: 3950,
    elapsed: 4105,
    gear: "Pegasus 40",
    avgHr: 140,
    maxHr: 155,
    climb: 36,
    track: "fit",
  },
];

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A UTC time as activities.csv writes it: "Oct 17, 2026, 8:00:29 AM". */
function stravaDate(iso: string): string {
  const d = new Date(`${iso}Z`);
  const h = d.getUTCHours();
  const two = (n: number) => String(n).padStart(2, "0");
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}, ${h % 12 || 12}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} ${h < 12 ? "AM" : "PM"}`;
}

/** A cell as Strava's CSV writes it: quoted when it holds a comma, a quote or a line break, its quotes doubled. */
function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The track file an activity's row names ("activities/18402216730.fit.gz"), or "" for a manual entry. */
function trackName(a: Activity): string {
  return a.track === "fit" ? `activities/${a.id}.fit.gz` : a.track === "gpx" ? `activities/${a.id}.gpx` : "";
}

/** An activity's row of activities.csv: every column of {@link HEADER}, most of them empty as Strava leaves them. */
function row(a: Activity): string {
  const cells = HEADER.map(() => "");
  const set = (name: string, value: string | number, nth = 1) => {
    cells[at(name, nth)] = String(value);
  };
  const float = (n: number) => (Number.isInteger(n) ? `${n}.0` : String(n));
  set("Activity ID", a.id);
  set("Activity Date", stravaDate(a.start));
  set("Activity Name", a.name);
  set("Activity Type", a.type);
  set("Elapsed Time", a.elapsed);
  // (the first Distance in km, two decimals; a swim's in metres)
  set("Distance", a.type === "Swim" ? String(Math.round(a.distance)) : (a.distance / 1000).toFixed(2));
  if (a.maxHr) set("Max Heart Rate", `${a.maxHr}.0`);
  set("Commute", a.commute ? "true" : "false");
  if (a.privateNote) set("Activity Private Note", a.privateNote);
  if (a.gear) set("Activity Gear", a.gear);
  set("Filename", trackName(a));
  set("Elapsed Time", float(a.elapsed), 2);
  set("Moving Time", float(a.moving));
  set("Distance", float(a.distance), 2);
  if (a.distance > 0) {
    set("Max Speed", (((a.distance / a.moving) * 1.4) | 0) + 0.6);
    set("Average Speed", (a.distance / a.moving).toFixed(4));
  }
  if (a.climb !== undefined) {
    set("Elevation Gain", float(a.climb));
    set("Elevation Loss", float(a.climb - 2));
    set("Elevation Low", "4.2");
    set("Elevation High", float(a.climb > 200 ? 224 : 31));
  }
  if (a.maxHr) set("Max Heart Rate", `${a.maxHr}.0`, 2);
  if (a.avgHr) {
    set("Average Heart Rate", `${a.avgHr}.0`);
    const effort = Math.round(((a.avgHr - 110) * a.moving) / 2400);
    set("Relative Effort", effort);
    set("Relative Effort", `${effort}.0`, 2);
  }
  set("Calories", float(Math.round(a.moving / 6)));
  set("Commute", a.commute ? "1.0" : "0.0", 2);
  set("From Upload", a.track ? "1.0" : "0.0");
  set("Flagged", "0.0");
  // (Strava quotes an empty description and an empty Media: `""`)
  const line = cells.map(cell);
  line[at("Activity Description")] = a.description ? cell(a.description) : '""';
  line[at("Media")] = a.media ? cell(a.media.join("|")) : '""';
  return line.join(",");
}

const ACTIVITIES_CSV = `${[HEADER.join(","), ...ACTIVITIES.map(row)].join("\n")}\n`;

/** A CSV of `rows` under `header`, as Strava writes its smaller files. */
function csv(header: string, rows: string[][]): string {
  return `${[header, ...rows.map((r) => r.map(cell).join(","))].join("\n")}\n`;
}

/** A track as the phone's app writes it: GPX 1.1, a few points (never words). */
function gpx(a: Activity): string {
  const t = new Date(`${a.start}Z`).toISOString().replace(/\.\d{3}Z$/, "Z");
  return `<?xml version="1.0" encoding="UTF-8"?>
<gpx creator="StravaGPX iPhone" version="1.1" xmlns="http://www.topografix.com/GPX/1/1">
 <metadata><time>${t}</time></metadata>
 <trk>
  <name>${a.name}</name>
  <type>cycling</type>
  <trkseg>
   <trkpt lat="51.4521340" lon="-0.1063720"><ele>31.2</ele><time>${t}</time></trkpt>
   <trkpt lat="51.4530170" lon="-0.1051940"><ele>30.8</ele><time>${t}</time></trkpt>
  </trkseg>
 </trk>
</gpx>
`;
}

/** A watch's FIT file, gzipped as Strava keeps it (a 14-byte FIT header and a few bytes of records: binary, never words). */
function fitGz(a: Activity): Uint8Array {
  const body = Buffer.from([
    14,
    0x20,
    0x5c,
    0x08,
    16,
    0,
    0,
    0,
    0x2e,
    0x46,
    0x49,
    0x54,
    0,
    0,
    0x40,
    0,
    0,
    0,
    0,
    5,
    0,
    1,
    0,
    0,
    0x84,
    0x04,
    0x86,
    ...a.id.split("").map(Number),
  ]);
  return new Uint8Array(gzipSync(body));
}

/** A phone photo's bytes (a JPEG's start and end markers around a few bytes). */
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]);

const FOLDER = "export_48213377";
/** When the archive was made: every file of the zip is of that time. */
const EXPORTED = Date.UTC(2026, 10, 24, 21, 14);

/** The files of the unzipped archive (besides activities.csv). */
const FILES: PersonFile[] = [
  {
    name: `${FOLDER}/profile.csv`,
    text: csv("Athlete ID,Email Address,First Name,Last Name,Sex,Description,Weight,City,State,Country,Health Consent Status,Date of Health Consent Status", [
      [
        "48213377",
        "jess.morgan@example.com",
        "Jess",
        "Morgan",
        "F",
        "Running, cycling, cake. Herne Hill Harriers.",
        "58.0",
        "London",
        "England",
        "United Kingdom",
        "",
        "",
      ],
    ]),
  },
  {
    name: `${FOLDER}/shoes.csv`,
    text: csv("Shoe Name,Shoe Brand,Shoe Model,Shoe Default Sport Types", [
      ["Pegasus 40", "Nike", "Pegasus 40", "Run"],
      ["Race shoes", "Saucony", "Endorphin Speed 3", ""],
    ]),
  },
  {
    name: `${FOLDER}/bikes.csv`,
    text: csv("Bike Name,Bike Brand,Bike Model,Bike Default Sport Types", [
      ["Brompton", "Brompton", "C Line Explore", ""],
      ["Ribble", "Ribble", "Endurance SL Disc", "Ride"],
    ]),
  },
  {
    name: `${FOLDER}/comments.csv`,
    text: csv("Comment Date,Comment", [
      ["Oct 17, 2026, 10:12:44 AM", "Great run Priya! See you at the start line in November."],
      ["Nov 8, 2026, 12:03:19 PM", "Nice one Tom, that hill is brutal."],
    ]),
  },
  {
    name: `${FOLDER}/media.csv`,
    text: csv("Media Filename,Media Caption", [
      [PB_PHOTO, "PB face at the finish funnel"],
      [BOX_HILL_PHOTO, "View from the top of Box Hill"],
    ]),
  },
  {
    name: `${FOLDER}/goals.csv`,
    text: csv("Goal Type,Activity Type,Goal,Start Date,End Date,Segment ID,Time Period,Interval Time", [
      ["Distance Goal", "Run", "150000.0", "Oct 1, 2026, 12:00:00 AM", "", "", "Month", ""],
    ]),
  },
  { name: `${FOLDER}/${PB_PHOTO}`, text: JPEG },
  { name: `${FOLDER}/${BOX_HILL_PHOTO}`, text: JPEG },
  ...ACTIVITIES.filter((a) => a.track).map((a) => ({ name: `${FOLDER}/${trackName(a)}`, text: a.track === "gpx" ? gpx(a) : fitGz(a) })),
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "When did I run my parkrun PB?", expect: ["17 October"] },
  { question: "What was my parkrun PB time?", expect: ["23:41"] },
  { question: "How far was my longest run?", expect: ["18.2"] },
  { question: "Which shoes did I wear for the long run on 8 November?", expect: ["Pegasus"] },
  { question: "When did my calf feel tight?", expect: ["11 October"] },
  { question: "Which shoes do I race parkrun in?", expect: ["Endorphin"] },
  { question: "Where did I go swimming?", expect: ["Brockwell Lido"] },
  { question: "Where did I stop for coffee on the Box Hill ride?", expect: ["Ryka"] },
  { question: "What session did I do at Herne Hill track?", expect: ["800"] },
  { question: "What exercises did the physio give me?", expect: ["calf raises"] },
  { question: "What pace did I do the tempo run at?", expect: ["4:55"] },
  { question: "How far did I cycle to Box Hill?", expect: ["62"] },
  { question: "What was my time at the Thames Path Half?", expect: null },
  { question: "How much did my Pegasus shoes cost?", expect: null },
  { question: "What's my resting heart rate?", expect: null },
];

/** Jess: her Strava archive, unzipped and imported as one folder, asked on Wednesday 25 November 2026. */
export const runner: Person = {
  name: "runner",
  files: [{ name: `${FOLDER}/activities.csv`, text: ACTIVITIES_CSV }, ...FILES].map((f) => ({ ...f, mtime: EXPORTED })),
  folder: FOLDER,
  askedAt: Date.UTC(2026, 10, 25, 20, 0),
  questions: QUESTIONS,
};

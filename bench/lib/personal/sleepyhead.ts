/**
 * The sleepyhead: Callum Reid, 38, a music teacher in Manchester who mixes live sound at gigs some evenings, sleeps with
 * his phone on the bedside table running Sleep Cycle. He reinstalled the app on a new phone on Monday 28 September
 * 2026 (starting afresh) and tracks every night until Sunday 15 November: two nights in Glasgow for a gig at the
 * Barrowland (Tuesday 13 and Wednesday 14 October), his longest sleep on Saturday 17 October, the one evening he drank
 * coffee (Tuesday 27 October, a bad night), a Halloween party and the snoring after it, the Sunday before a school
 * inspection (Sunday 1 November), Bonfire Night, a late gig on Friday 6 November. He taps his sleep notes at bedtime
 * ("Drank coffee", "Stressful day", "Worked out", "Ate late", "Slept late", and one he added himself, "Gig night") and
 * his mood when he wakes (the app's Good, OK or Bad). On Monday 16 November he exports his data (the app's Profile →
 * Settings → Database → Export) and keeps it in a folder beside the export he once mailed himself from his old phone
 * in 2019, renamed `sleepdata 2019.csv`, and imports the folder (`engram import "Sleep Cycle"`).
 *
 * The files as Sleep Cycle writes them, UTF-8 with no byte order mark, LF line ends, `;` between cells, no quoting:
 * - `sleepdata.csv`, today's export: `Start;End;Sleep Quality;Regularity;Mood;Heart rate (bpm);Steps;Alarm mode;Air
 *   Pressure (Pa);City;Movements per hour;Time in bed (seconds);Time asleep (seconds);Time before sleep (seconds);Window
 *   start;Window stop;Did snore;Snore time (seconds);Weather temperature (°C);Weather type;Notes`, a row per night,
 *   oldest first: times "2026-10-14 23:41:07" on his clock with no zone (British Summer Time until Sunday 25 October:
 *   the night over the clock change ends an hour earlier on his clock than its time in bed says), quality and regularity "82%" (regularity "—"
 *   for the first week, before the app has a rhythm to measure), a mood only on the mornings he gave one, durations in
 *   seconds with a decimal ("28747.0"), "Smart alarm" on weekdays and "No alarm" at weekends with the window cells
 *   empty, the air pressure as the app writes it ("101.2"), "true" or "false" and the seconds snored, the weather's
 *   temperature and type ("Clear", "Cloudy", "Rain"), and the sleep notes joined by ":" ("Ate late:Stressful day");
 * - `sleepdata 2019.csv`, the old app's export: `Start;End;Sleep quality;Time in bed;Wake up;Sleep Notes;Heart
 *   rate;Activity (steps)`, a blank line after each row, the time in bed as "7:21", the mood on waking as ":)", ":|"
 *   or ":(" (empty when not given), heart rate and steps "0" (no watch then), the notes joined by ":".
 *
 * Checked against public code that reads sleepdata.csv, found with the search tools: Josh5A/sleep-data-processor's
 * sample and demo exports (2023 and 2026: the new header with `Snore time` and `Weather temperature (°F)`, "73%",
 * "0%", "Smart alarm", "No alarm", an empty City and window, "28747.0", "false;0.0", "66.0;Clear", "No weather", a
 * session with 0.0 asleep), geocoug/vitalog's loader and test (the header with `Heart rate (bpm)`, `Time asleep
 * (seconds)`, `Snore time (seconds)`, the stages' `Awake (seconds);Dream (seconds);Light (seconds);Deep (seconds)` and
 * `Body temperature deviation (degrees Celsius)`), a Java test's string of 2021 rows (`Time in bed(seconds)`,
 * regularity "—", a nap, "true;77", notes "Ate late:Slept late"), a Kotlin test's rows "from the owner's real export"
 * (2026's renamed header `Went to bed;Woke up;Sleep Quality;Time in bed (seconds);Time asleep (seconds);Asleep after
 * (seconds);Regularity;Did snore;Snore time (seconds);Coughing (per hour);Steps;City;…;Wake up window start;Wake up
 * window stop`, a session with 0 asleep, regularity "—", windows "26-08-25 07:32:38"), a Python analysis of a recent
 * export (read as "utf-8-sig"; Mood "Bad", "OK", "Good"; `Weather temperature (°C)`; notes split at ":"), and older
 * readers' rows of the 2013–2019 export (`Start;End;Sleep quality;Time in bed;Wake up;Sleep Notes` then `;Heart
 * rate;Activity (steps)`, "75%;6:50;:|;", "93%;7:54;:);Worked out;0;0" with blank lines between rows, notes "Drank
 * coffee:Drank tea:Stressful day", "Ate late:Content:Woke up early:Worked out"). Weather types beside "Clear" and "No
 * weather" were not found in a public export: "Cloudy" and "Rain" are assumed.
 * Written by the developers in session 40 before Engram could read Sleep Cycle's export (the first run's figures are in
 * bench/README.md), with the questions he asks later, the words a right answer holds, and three that nothing here
 * answers.
 */
import { seeded } from "./seeded.js";
import type { Person, PersonFile } from "./types.js";
import { daysFrom } from "./whooper.js";

const random = seeded(4040);

/** The folder he keeps both exports in. */
const FOLDER = "Sleep Cycle";

/** When British Summer Time ends on his clock: 02:00 BST on Sunday 25 October 2026, read as UTC. */
const BST_ENDS_WALL = Date.UTC(2026, 9, 25, 2, 0);

/** A whole number from `lo` to `hi`. */
function between(lo: number, hi: number): number {
  return lo + Math.floor(random() * (hi - lo + 1));
}

/** A time as Sleep Cycle writes it, his wall clock with no zone: "2026-10-14 23:41:07". */
function cycleTime(wall: number): string {
  return new Date(wall).toISOString().slice(0, 19).replace("T", " ");
}

/** A night as he slept it, by the evening it began. */
interface Night {
  /** In bed, minutes after the evening's midnight (past 24 hours: after midnight). */
  bed: number;
  /** Minutes before he fell asleep. */
  latency: number;
  /** Minutes asleep. */
  asleep: number;
  /** Minutes awake after falling asleep, besides the latency. */
  awake: number;
  quality: number;
  mood: "Good" | "OK" | "Bad" | "";
  heart: number;
  steps: number;
  city: string;
  temperature: number;
  weather: "Clear" | "Cloudy" | "Rain";
  /** Seconds snored (0: none). */
  snore: number;
  notes: string[];
}

/** The nights the questions ask about, and the others that make them so; the rest are drawn. */
const NIGHTS: Record<string, Partial<Night>> = {
  "2026-10-03": { snore: 731.6, notes: ["Ate late"] },
  // (the gig at the Barrowland: two nights in a Glasgow hotel)
  "2026-10-13": { city: "Glasgow", bed: 24 * 60 + 48, asleep: 5 * 60 + 52, quality: 63, weather: "Rain", temperature: 8, notes: ["Gig night", "Slept late"] },
  "2026-10-14": { city: "Glasgow", bed: 23 * 60 + 41, asleep: 7 * 60 + 3, quality: 79, weather: "Cloudy", temperature: 9, mood: "OK" },
  // (a lie-in with nothing to get up for: his longest sleep of the autumn)
  "2026-10-17": { bed: 22 * 60 + 58, latency: 9, asleep: 9 * 60 + 41, awake: 12, quality: 96, mood: "Good", notes: ["Worked out"] },
  "2026-10-24": { snore: 1266.2, notes: ["Ate late"] },
  // (the one evening he drank coffee: marking mocks until late)
  "2026-10-27": { bed: 23 * 60 + 40, latency: 52, asleep: 5 * 60 + 6, awake: 31, quality: 48, mood: "Bad", notes: ["Drank coffee", "Stressful day"] },
  // (the Halloween party at his brother's)
  "2026-10-31": { bed: 25 * 60 + 35, asleep: 6 * 60 + 12, quality: 58, snore: 2822.4, mood: "OK", notes: ["Ate late", "Slept late"] },
  // (the Sunday before the inspection)
  "2026-11-01": { bed: 23 * 60 + 2, latency: 41, asleep: 5 * 60 + 57, quality: 52, mood: "Bad", notes: ["Stressful day"] },
  // (Bonfire Night: a clear, cold night)
  "2026-11-05": { weather: "Clear", temperature: 3 },
  // (a late gig in town)
  "2026-11-06": { bed: 24 * 60 + 52, asleep: 5 * 60 + 48, quality: 61, heart: 64, mood: "OK", notes: ["Gig night", "Slept late"] },
  "2026-11-10": { heart: 57 },
  "2026-11-12": { bed: 23 * 60 + 18, notes: ["Worked out"] },
  // (a curry with the band)
  "2026-11-13": { snore: 1103.7, notes: ["Ate late"] },
};

/** His evenings in today's export: Monday 28 September to Sunday 15 November 2026. */
const EVENINGS = daysFrom("2026-09-28", "2026-11-15");

/** Whether `day` is a Monday or a Thursday: the gym after school (a sleep note "Worked out"). */
function gymDay(day: string): boolean {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return weekday === 1 || weekday === 4;
}

/** Each night's figures, drawn once, in the evenings' order. */
const DRAWN = new Map<string, Night>();
for (const evening of EVENINGS) {
  const set = NIGHTS[evening] ?? {};
  const drawnMood = (["Good", "OK", "", "Good", "", "OK"] as const)[between(0, 5)]!;
  DRAWN.set(evening, {
    bed: set.bed ?? between(22 * 60 + 35, 23 * 60 + 35),
    latency: set.latency ?? between(8, 24),
    asleep: set.asleep ?? between(6 * 60 + 40, 8 * 60 + 20),
    awake: set.awake ?? between(10, 28),
    quality: set.quality ?? between(70, 92),
    mood: set.mood ?? drawnMood,
    heart: set.heart ?? between(52, 61),
    steps: between(4200, 12800),
    city: set.city ?? "Manchester",
    temperature: set.temperature ?? between(5, 14),
    weather: set.weather ?? (["Cloudy", "Rain", "Cloudy", "Clear"] as const)[between(0, 3)]!,
    snore: set.snore ?? 0,
    notes: set.notes ?? (gymDay(evening) && evening < "2026-11-12" ? ["Worked out"] : []),
  });
}

/** The night begun on `evening`. */
function night(evening: string): Night {
  return DRAWN.get(evening)!;
}

/** A number with one decimal, as Sleep Cycle writes its seconds and measures ("28747.0"). */
function tenth(n: number): string {
  return n.toFixed(1);
}

/** Today's export's header, as the app writes it. */
const HEADER =
  "Start;End;Sleep Quality;Regularity;Mood;Heart rate (bpm);Steps;Alarm mode;Air Pressure (Pa);City;Movements per hour;Time in bed (seconds);Time asleep (seconds);Time before sleep (seconds);Window start;Window stop;Did snore;Snore time (seconds);Weather temperature (°C);Weather type;Notes";

/** sleepdata.csv: a row per night, oldest first. */
function sleepdata(): string {
  const rows = EVENINGS.map((evening, i) => {
    const n = night(evening);
    const start = Date.parse(`${evening}T00:00:00Z`) + n.bed * 60_000 + between(0, 59) * 1000;
    const inBed = (n.latency + n.asleep + n.awake) * 60 + between(0, 59);
    let end = start + inBed * 1000;
    // (the clocks went back in the night: his clock read an hour less when he woke)
    if (start < BST_ENDS_WALL && end >= BST_ENDS_WALL) end -= 3_600_000;
    const weekday = new Date(`${evening}T12:00:00Z`).getUTCDay();
    // (the alarm is set for a school morning: Sunday to Thursday evenings)
    const alarm = weekday >= 0 && weekday <= 4 ? "Smart alarm" : "No alarm";
    const asleepSeconds = n.asleep * 60 + between(0, 59);
    return [
      cycleTime(start),
      cycleTime(end),
      `${n.quality}%`,
      i < 7 ? "—" : `${between(71, 92)}%`,
      n.mood,
      n.heart,
      n.steps,
      alarm,
      (99 + random() * 3.4).toFixed(1),
      n.city,
      tenth(12 + random() * 26),
      tenth(inBed),
      tenth(asleepSeconds),
      tenth(n.latency * 60 + between(0, 59)),
      "",
      "",
      n.snore > 0 ? "true" : "false",
      tenth(n.snore),
      tenth(n.temperature),
      n.weather,
      n.notes.join(":"),
    ].join(";");
  });
  return [HEADER, ...rows].map((l) => `${l}\n`).join("");
}

/** A night of the old app: start, end (his clock), quality %, the mood on waking and the notes. */
type OldNight = [start: string, end: string, quality: number, wake: string, notes: string];

/** The nights in the export from his old phone, January and February 2019. */
const OLD_NIGHTS: OldNight[] = [
  ["2019-01-21 23:12:40", "2019-01-22 06:48:02", 81, ":)", "Worked out"],
  ["2019-01-22 23:40:18", "2019-01-23 06:51:44", 74, ":|", "Drank tea"],
  ["2019-01-23 22:58:09", "2019-01-24 06:47:30", 88, ":)", ""],
  ["2019-01-24 23:25:51", "2019-01-25 06:49:13", 70, "", "Stressful day"],
  ["2019-01-26 00:41:27", "2019-01-26 08:12:55", 79, ":)", "Ate late:Slept late"],
  ["2019-01-27 23:02:33", "2019-01-28 06:45:08", 85, ":)", "Worked out"],
  ["2019-01-28 23:31:14", "2019-01-29 06:50:41", 77, ":|", "Drank tea:Stressful day"],
  ["2019-01-29 23:09:50", "2019-01-30 06:46:19", 83, ":)", ""],
  ["2019-01-30 23:47:02", "2019-01-31 06:52:36", 68, ":(", "Stressful day"],
  ["2019-01-31 23:15:45", "2019-02-01 06:48:27", 80, ":)", "Worked out"],
  // (the end of a long week: in bed 7 hours 21 minutes)
  ["2019-02-01 23:31:05", "2019-02-02 06:52:40", 72, ":|", "Ate late:Stressful day"],
  ["2019-02-02 23:55:31", "2019-02-03 08:40:12", 93, ":)", "Happy event"],
  ["2019-02-03 23:04:18", "2019-02-04 06:47:55", 84, "", "Worked out"],
  ["2019-02-04 23:20:06", "2019-02-05 06:49:31", 76, ":|", "Drank tea"],
];

/** sleepdata 2019.csv: the old app's export, a blank line after each row. */
function oldSleepdata(): string {
  const header = "Start;End;Sleep quality;Time in bed;Wake up;Sleep Notes;Heart rate;Activity (steps)";
  const rows = OLD_NIGHTS.map(([start, end, quality, wake, notes]) => {
    const minutes = Math.floor((Date.parse(`${end.replace(" ", "T")}Z`) - Date.parse(`${start.replace(" ", "T")}Z`)) / 60_000);
    const inBed = `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, "0")}`;
    return [start, end, `${quality}%`, inBed, wake, notes, 0, 0].join(";");
  });
  return [header, ...rows].map((l) => `${l}\n\n`).join("");
}

/** The folder of his exports. */
function files(): PersonFile[] {
  return [
    { name: `${FOLDER}/sleepdata 2019.csv`, text: oldSleepdata(), mtime: Date.UTC(2019, 1, 5, 7, 30) },
    { name: `${FOLDER}/sleepdata.csv`, text: sleepdata(), mtime: Date.UTC(2026, 10, 16, 7, 45) },
  ];
}

/**
 * Questions he asks later, each with the words a right answer holds (all of them, any case), or null for a question
 * nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "How did I sleep on the night of Friday 6 November?", expect: ["61%"] },
  { question: "When did I last snore?", expect: ["13 November"] },
  { question: "What was my sleep quality after I drank coffee?", expect: ["48%"] },
  { question: "Which night in October did I sleep the longest?", expect: ["17 October"] },
  { question: "Where did I sleep on 14 October?", expect: ["Glasgow"] },
  { question: "How long did I snore on the night of Saturday 31 October?", expect: ["47 minutes"] },
  { question: "What was my heart rate on the night of Tuesday 10 November?", expect: ["57 bpm"] },
  { question: "What time did I go to bed on Thursday 12 November?", expect: ["23:18"] },
  { question: "What was the weather like on the night of Thursday 5 November?", expect: ["3 °C"] },
  { question: "What mood did I wake up in on Monday 2 November?", expect: ["bad"] },
  { question: "How long was I in bed on the night of Friday 1 February 2019?", expect: ["7 hours 21 minutes"] },
  { question: "When did I last work out?", expect: ["12 November"] },
  { question: "What did I dream about on the night of Friday 6 November?", expect: null },
  { question: "What was my blood oxygen on the night of Tuesday 10 November?", expect: null },
  { question: "How much did the hotel in Glasgow cost?", expect: null },
];

/** The sleepyhead: his folder of Sleep Cycle exports imported as one, asked on Wednesday 18 November 2026. */
export const sleepyhead: Person = {
  name: "sleepyhead",
  files: files(),
  folder: FOLDER,
  askedAt: Date.UTC(2026, 10, 18, 9, 0),
  questions: QUESTIONS,
};

/**
 * The streaker: Nadia Haddad, 29, a junior architect in Manchester, keeps six habits in Loop Habit Tracker (Android, open
 * source) through October and November 2026: meditate (ten minutes with Headspace before work), the gym three times a
 * week, read 20 pages, no alcohol (Dry October, then keeping it going), water (a measurable habit: glasses a day, at least
 * 8) and her journal. From Saturday 14 to Saturday 21 November she is on holiday in Lisbon and the streaks lapse: no
 * gym (the hotel's is shut), little meditation, no journal, wine with dinner. She taps a day's box for what she did, leaves
 * the rest, and long-presses a box now and then to add a note ("New deadlift PB, 120 kg"). On Monday 30 November, in the
 * evening, she exports her data (Loop → Settings → Export as CSV: `Loop Habits CSV 2026-11-30.zip`), unzips it into a
 * folder and imports it (`engram import "Loop Habits CSV 2026-11-30"`). The folder is as Loop 2.3.1 and later writes it:
 *
 * - `Habits.csv` (`Position,Name,Type,Question,Description,FrequencyNumerator,FrequencyDenominator,Color,Unit,Target Type,
 *   Target Value,Archived?`): a row per habit, written with opencsv's CSVWriter (a cell quoted only when it holds a comma,
 *   a quote or a line break), `Position` "001", `Type` YES_NO or NUMERICAL, the frequency as a fraction (3 and 7 for three
 *   times a week), the colour "#FF8F00", `Unit`, `Target Type` (AT_LEAST, AT_MOST) and `Target Value` ("8.0") for a
 *   measurable habit only, `Archived?` "false";
 * - `Checkmarks.csv`: `Date,` then each habit's name and a comma, then a row per day from the day of the export back to
 *   the oldest box ticked, `2026-11-30,YES_MANUAL,…,6000,UNKNOWN,` (written with plain writes: a comma after every cell),
 *   each habit's value on that day: YES_MANUAL (ticked), YES_AUTO (not ticked, but not due: the gym's week already
 *   made), NO (ticked off), SKIP, UNKNOWN (never ticked), a measurable habit's amount times 1000 ("6000" for 6 glasses);
 * - `Scores.csv`: the same header, each habit's strength that day ("0.8123"), which Engram passes over;
 * - a folder per habit, `001 Meditate/` …, holding its `Checkmarks.csv` (`Date,Value,Notes`: the days Loop knows a value
 *   of, newest first, with the note typed on the day) and its `Scores.csv` (`Date,Score`).
 *
 * The values are computed as Loop computes them (EntryList.recomputeFrom: a YES_AUTO day inside an interval that three
 * gym visits in seven days make, intervals snapped together, a NO inside one told as YES_AUTO; a measurable habit's
 * entries as entered), the scores by Loop's formula (Score.compute: each day the score moves towards 1 or 0 by
 * 1 − 0.5^(√frequency / 13)).
 *
 * Checked against Loop's own source (github.com/iSoron/uhabits at 2.3.1: HabitsCSVExporter.kt, HabitList.writeCSV,
 * Entry.formattedValue, EntryList.recomputeFrom and buildEntriesFromInterval, DateFormats.getCSVDateFormat "yyyy-MM-dd" in
 * UTC, Frequency, NumericalHabitType) and its test export (uhabits-core/assets/test/csv_export: Habits.csv, Checkmarks.csv
 * and Scores.csv with their trailing commas, `001 Meditate/Checkmarks.csv` with its header alone, `002 Wake up early/
 * Checkmarks.csv` with notes "Sick", `"Forgot to do it, really"` and `"""Vacation"""`). Written by the developers in
 * session 39 before Engram could read Loop's export (the first run's figures are in bench/README.md), with the questions
 * she asks later, the words a right answer holds, and three that nothing here answers.
 */
import type { Person, PersonFile } from "./types.js";

/** The folder she unzipped the export into. */
const FOLDER = "Loop Habits CSV 2026-11-30";

/** Loop's values of a day's box (Entry.kt). */
const SKIP = 3;
const YES_MANUAL = 2;
const YES_AUTO = 1;
const NO = 0;
const UNKNOWN = -1;

/** A habit as Habits.csv writes it. */
interface Habit {
  name: string;
  numerical: boolean;
  question: string;
  description: string;
  num: number;
  den: number;
  color: string;
  unit: string;
  target: number;
}

const HABITS: Habit[] = [
  {
    name: "Meditate",
    numerical: false,
    question: "Did you meditate today?",
    description: "10 minutes with Headspace before work",
    num: 1,
    den: 1,
    color: "#FF8F00",
    unit: "",
    target: 0,
  },
  {
    name: "Gym",
    numerical: false,
    question: "Did you go to the gym?",
    description: "PureGym Ancoats, push/pull/legs",
    num: 3,
    den: 7,
    color: "#E64A19",
    unit: "",
    target: 0,
  },
  { name: "Read 20 pages", numerical: false, question: "Did you read 20 pages today?", description: "", num: 1, den: 1, color: "#00897B", unit: "", target: 0 },
  {
    name: "No alcohol",
    numerical: false,
    question: "Did you stay off alcohol today?",
    description: "Dry October, then keep it going",
    num: 1,
    den: 1,
    color: "#5E35B1",
    unit: "",
    target: 0,
  },
  {
    name: "Water",
    numerical: true,
    question: "How many glasses of water did you drink today?",
    description: "",
    num: 1,
    den: 1,
    color: "#039BE5",
    unit: "glasses",
    target: 8,
  },
  {
    name: "Journal",
    numerical: false,
    question: "Did you write in your journal tonight?",
    description: "Five minutes before bed",
    num: 1,
    den: 1,
    color: "#AFB42B",
    unit: "",
    target: 0,
  },
];

/** The days of her two months, Thursday 1 October to Monday 30 November 2026 (the day of the export). */
const DAYS: string[] = [];
for (let t = Date.UTC(2026, 9, 1); t <= Date.UTC(2026, 10, 30); t += 86_400_000) DAYS.push(new Date(t).toISOString().slice(0, 10));
const TODAY = "2026-11-30";

/** Whether `day` is on the holiday in Lisbon, Saturday 14 to Saturday 21 November. */
const onHoliday = (day: string) => day >= "2026-11-14" && day <= "2026-11-21";

/** A box she ticked (or ticked off, or entered an amount in) and the note she typed on it. */
interface Tap {
  value: number;
  notes?: string;
}

/** The notes she typed on a day's box, by habit and day. */
const NOTES: Record<string, Record<string, string>> = {
  Meditate: { "2026-11-15": "On the balcony in Alfama, trams going past" },
  Gym: {
    "2026-10-27": "New deadlift PB, 120 kg",
    "2026-11-16": "Hotel gym in Lisbon closed for refurbishment",
    "2026-11-23": "First session back, legs like jelly",
  },
  "Read 20 pages": {
    "2026-10-25": "Finished Tomorrow, and Tomorrow, and Tomorrow",
    "2026-11-17": "Started The Book of Disquiet, bought at Livraria Bertrand",
  },
  "No alcohol": {
    "2026-11-07": "Ella's birthday drinks at the Refuge",
    "2026-11-14": "Vinho verde with dinner in Alfama",
  },
  Water: { "2026-11-06": "Site visit in Salford all day, forgot my bottle" },
};

/** The gym days: Mondays, Wednesdays and Fridays, a Saturday now and then, none on holiday; the last on Saturday 28 November. */
const GYM_DAYS = new Set([
  "2026-10-01",
  "2026-10-03",
  "2026-10-05",
  "2026-10-07",
  "2026-10-09",
  "2026-10-12",
  "2026-10-14",
  "2026-10-16",
  "2026-10-19",
  "2026-10-21",
  "2026-10-24",
  "2026-10-27",
  "2026-10-29",
  "2026-10-31",
  "2026-11-02",
  "2026-11-04",
  "2026-11-06",
  "2026-11-09",
  "2026-11-11",
  "2026-11-13",
  "2026-11-23",
  "2026-11-25",
  "2026-11-28",
]);

/** The days she drank: her friend's birthday, and four evenings in Lisbon (each box ticked off, NO). */
const DRANK = new Set(["2026-11-07", "2026-11-14", "2026-11-15", "2026-11-17", "2026-11-20"]);

/** Mornings she did not meditate (besides the holiday but one), evenings she did not read, nights she wrote no journal. */
const NO_MEDITATION = new Set(["2026-10-06", "2026-10-22", "2026-11-03", "2026-11-27"]);
const NO_READING = new Set(["2026-10-02", "2026-10-09", "2026-10-16", "2026-10-30", "2026-11-07", "2026-11-13", "2026-11-21", "2026-11-28"]);
const NO_JOURNAL = new Set(["2026-10-10", "2026-10-17", "2026-10-31", "2026-11-07", "2026-11-30"]);

/** The glasses of water she entered each day (none on the day she flew home, nor on Sunday 18 October). */
const WATER = [8, 7, 9, 8, 10, 6, 8, 9, 7, 8, 9, 8, 7, 6, 9, 8, 10, 0, 8, 7, 9, 8, 6, 8, 9, 7, 8, 10, 8, 9, 7];
function glasses(day: string, i: number): number | null {
  if (day === "2026-10-18" || day === "2026-11-21") return null;
  if (day === "2026-11-06") return 3;
  if (onHoliday(day)) return 4 + (i % 3);
  if (day === TODAY) return 6;
  return WATER[i % WATER.length]!;
}

/** Her taps on `habit`'s boxes, by day (what Loop keeps as the habit's original entries). */
function taps(habit: Habit): Map<string, Tap> {
  const out = new Map<string, Tap>();
  DAYS.forEach((day, i) => {
    let value: number | null = null;
    switch (habit.name) {
      case "Meditate":
        value = (onHoliday(day) && day !== "2026-11-15") || NO_MEDITATION.has(day) ? null : YES_MANUAL;
        break;
      case "Gym":
        value = GYM_DAYS.has(day) ? YES_MANUAL : day === "2026-11-16" ? NO : null;
        break;
      case "Read 20 pages":
        value = NO_READING.has(day) ? null : YES_MANUAL;
        break;
      case "No alcohol":
        value = DRANK.has(day) ? NO : YES_MANUAL;
        break;
      case "Water": {
        const n = glasses(day, i);
        value = n === null ? null : n * 1000;
        break;
      }
      case "Journal":
        value = onHoliday(day) || NO_JOURNAL.has(day) ? null : YES_MANUAL;
        break;
    }
    const notes = NOTES[habit.name]?.[day];
    if (value !== null) out.set(day, { value, ...(notes ? { notes } : {}) });
  });
  return out;
}

const DAY_MS = 86_400_000;
const at = (day: string) => Date.parse(`${day}T00:00:00Z`);
const dayOf = (t: number) => new Date(t).toISOString().slice(0, 10);

/** An interval of Loop's EntryList: begin, center and end (epoch ms of days). */
interface Interval {
  begin: number;
  center: number;
  end: number;
}

/**
 * The values Loop computes from a habit's taps (EntryList.recomputeFrom): a measurable habit's as entered; a yes-or-no
 * habit's intervals of `den` days made by `num` ticks (buildIntervals), snapped together (snapIntervalsTogether), their
 * days YES_AUTO and the taps over them (buildEntriesFromInterval), the days neither UNKNOWN (left out, as getKnown does).
 */
function computed(habit: Habit): Map<string, Tap> {
  const original = taps(habit);
  if (habit.numerical) return original;
  const newestFirst = [...original.entries()].sort((a, b) => (a[0] < b[0] ? 1 : -1));
  const ticked = newestFirst.filter(([, t]) => t.value === YES_MANUAL).map(([d]) => at(d));
  const intervals: Interval[] = [];
  for (let i = habit.num - 1; i < ticked.length; i++) {
    const begin = ticked[i]!;
    const center = ticked[i - habit.num + 1]!;
    if ((center - begin) / DAY_MS < habit.den) intervals.push({ begin, center, end: begin + (habit.den - 1) * DAY_MS });
  }
  for (let i = 1; i < intervals.length; i++) {
    const curr = intervals[i]!;
    const next = intervals[i - 1]!;
    const gapNextToCurrent = (curr.end - next.begin) / DAY_MS;
    const gapCenterToEnd = (curr.end - curr.center) / DAY_MS;
    if (gapNextToCurrent >= 0) {
      const shift = Math.min(gapCenterToEnd, gapNextToCurrent + 1) * DAY_MS;
      intervals[i] = { begin: curr.begin - shift, center: curr.center, end: curr.end - shift };
    }
  }
  const result = new Map<string, Tap>();
  for (const iv of intervals) for (let t = iv.end; t >= iv.begin; t -= DAY_MS) result.set(dayOf(t), { value: YES_AUTO });
  for (const [day, tap] of original) {
    const was = result.get(day)?.value ?? UNKNOWN;
    const value = was === UNKNOWN || tap.value === SKIP || tap.value === YES_MANUAL ? tap.value : YES_AUTO;
    result.set(day, { value, ...(tap.notes ? { notes: tap.notes } : {}) });
  }
  return result;
}

/** A value as Loop 2.3.1 writes it (Entry.formattedValue): its name, else the number. */
function formatted(value: number): string {
  return (
    ({ [YES_MANUAL]: "YES_MANUAL", [YES_AUTO]: "YES_AUTO", [NO]: "NO", [SKIP]: "SKIP", [UNKNOWN]: "UNKNOWN" } as Record<number, string>)[value] ?? String(value)
  );
}

/** A cell as opencsv's CSVWriter writes it with quotes only where needed: quoted when it holds a quote, a comma or a line break, a quote doubled. */
function cell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Loop's score of a day from the day before's (Score.compute): towards the day's value by 1 − 0.5^(√frequency / 13). */
function nextScore(habit: Habit, previous: number, tap: Tap | undefined): number {
  const multiplier = 0.5 ** (Math.sqrt(habit.num / habit.den) / 13);
  const v = tap === undefined ? 0 : habit.numerical ? Math.min(1, tap.value / 1000 / habit.target) : tap.value === YES_MANUAL || tap.value === YES_AUTO ? 1 : 0;
  return previous * multiplier + v * (1 - multiplier);
}

/** Each habit's scores by day, from the first day to the export's. */
function scores(habit: Habit, values: Map<string, Tap>): Map<string, number> {
  const out = new Map<string, number>();
  let score = 0;
  for (const day of DAYS) {
    score = nextScore(habit, score, values.get(day));
    out.set(day, score);
  }
  return out;
}

/** The export's files, as Loop writes them into its ZIP. */
function files(): PersonFile[] {
  const mtime = Date.UTC(2026, 10, 30, 21, 12);
  const values = HABITS.map(computed);
  const score = HABITS.map((h, i) => scores(h, values[i]!));
  const newestFirst = [...DAYS].reverse();
  const habitsCsv = [
    "Position,Name,Type,Question,Description,FrequencyNumerator,FrequencyDenominator,Color,Unit,Target Type,Target Value,Archived?",
    ...HABITS.map((h, i) =>
      [
        String(i + 1).padStart(3, "0"),
        h.name,
        h.numerical ? "NUMERICAL" : "YES_NO",
        h.question,
        h.description,
        String(h.num),
        String(h.den),
        h.color,
        h.numerical ? h.unit : "",
        h.numerical ? "AT_LEAST" : "",
        h.numerical ? h.target.toFixed(1) : "",
        "false",
      ]
        .map(cell)
        .join(","),
    ),
  ];
  const header = `Date,${HABITS.map((h) => `${h.name},`).join("")}`;
  const checkmarks = [header, ...newestFirst.map((d) => `${d},${values.map((v) => `${formatted(v.get(d)?.value ?? UNKNOWN)},`).join("")}`)];
  const scoresCsv = [header, ...newestFirst.map((d) => `${d},${score.map((s) => `${s.get(d)!.toFixed(4)},`).join("")}`)];
  const out: PersonFile[] = [
    { name: `${FOLDER}/Habits.csv`, text: `${habitsCsv.join("\n")}\n`, mtime },
    { name: `${FOLDER}/Checkmarks.csv`, text: `${checkmarks.join("\n")}\n`, mtime },
    { name: `${FOLDER}/Scores.csv`, text: `${scoresCsv.join("\n")}\n`, mtime },
  ];
  HABITS.forEach((h, i) => {
    const dir = `${FOLDER}/${String(i + 1).padStart(3, "0")} ${h.name}`;
    const known = [...values[i]!.entries()].sort((a, b) => (a[0] < b[0] ? 1 : -1));
    const rows = known.map(([d, t]) => [d, formatted(t.value), t.notes ?? ""].map(cell).join(","));
    const oldest = known.at(-1)![0];
    const scoreRows = newestFirst.filter((d) => d >= oldest).map((d) => `${d},${score[i]!.get(d)!.toFixed(4)}`);
    out.push({ name: `${dir}/Checkmarks.csv`, text: `${["Date,Value,Notes", ...rows].join("\n")}\n`, mtime });
    out.push({ name: `${dir}/Scores.csv`, text: `${["Date,Score", ...scoreRows].join("\n")}\n`, mtime });
  });
  return out;
}

/**
 * Questions she asks later, each with the words a right answer holds (all of them, any case), or null for a question
 * nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "Did I meditate on Sunday 11 October?", expect: ["meditate", "11 October"] },
  { question: "When did I last go to the gym?", expect: ["28 November"] },
  { question: "How many glasses of water did I drink on Friday 6 November?", expect: ["3 glasses"] },
  { question: "How often am I meant to go to the gym?", expect: ["3 times"] },
  { question: "Which habits did I skip on Wednesday 18 November?", expect: ["meditate", "gym", "journal"] },
  { question: "How many glasses of water am I aiming for each day?", expect: ["8 glasses"] },
  { question: "Which app do I meditate with?", expect: ["Headspace"] },
  { question: "What was my deadlift PB?", expect: ["120 kg"] },
  { question: "What did I drink with dinner in Alfama?", expect: ["vinho verde"] },
  { question: "Which book did I finish in October?", expect: ["Tomorrow, and Tomorrow"] },
  { question: "When did I last write in my journal?", expect: ["29 November"] },
  { question: "Why didn't I go to the gym in Lisbon?", expect: ["closed"] },
  { question: "How much did I weigh at the start of November?", expect: null },
  { question: "What time is my spin class on Thursdays?", expect: null },
  { question: "How many steps did I walk on Sunday 11 October?", expect: null },
];

/** Nadia: her Loop Habit Tracker export unzipped into one folder and imported as one, asked on Wednesday 2 December 2026. */
export const streaker: Person = {
  name: "streaker",
  files: files(),
  folder: FOLDER,
  askedAt: Date.UTC(2026, 11, 2, 19, 0),
  questions: QUESTIONS,
};

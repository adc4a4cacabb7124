/**
 * WHOOP's data export (the app's More → App Settings → Data Export: WHOOP e-mails a ZIP, unzipped to four CSVs), read as
 * notes of the user's, a day a note (format `note`, said by the user; the file's format `whoop`), keyed
 * `whoop:day:2026-11-03`, titled "WHOOP, Tuesday 3 November 2026", an app's day of records (`records: "day"`), whose
 * paragraphs, in time order, are worded as Fitbit's, Oura's and Withings' days are (fitbit-words.ts, record-words.ts).
 * WHOOP counts its days in cycles, each from falling asleep to falling asleep the next night: a cycle is the day it is
 * lived, the day it starts when it starts before noon, else the next ("2026-11-02 23:32:44" is Tuesday 3 November's).
 * - each cycle of `physiological_cycles.csv`: its recovery, "On Tuesday 3 November my recovery was 31% (red), my HRV was
 *   41 ms, my resting heart rate was 60 bpm, my skin temperature was 33.4 °C, and my blood oxygen was 96.3%." (`Recovery
 *   score %`, `Heart rate variability (ms)`, `Resting heart rate (bpm)`, `Skin temp (celsius)`, `Blood oxygen %`; WHOOP's
 *   colours: green from 67%, yellow from 34%, else red), told at `Wake onset`, named `recovery <Cycle start time>`; its
 *   strain, "On Saturday 17 October my day strain was 16.8, I burned 3,402 calories, and my heart rate averaged 88 bpm
 *   (max 176 bpm)." (`Day Strain`, `Energy burned (cal)` in kcal, `Average HR (bpm)`, `Max HR (bpm)`), named `strain
 *   <Cycle start time>`; and its night, as sleeps.csv's are, when no sleeps.csv is beside it (else it is told from there);
 *   the current cycle has no end and no strain yet (a later export's supersedes it: the same names), a cycle the strap
 *   slept through off the wrist no recovery;
 * - each sleep of `sleeps.csv`, in the note of the evening it began: "Slept 5 hours 2 minutes on the night of Monday 2
 *   November, 00:41 to 06:34 (deep 1 hour 13 minutes, light 2 hours 35 minutes, REM 1 hour 14 minutes, awake 50 minutes).
 *   My sleep performance was 52%, my sleep efficiency was 86%, my sleep consistency was 80%, and my respiratory rate was
 *   14.9 breaths a minute." (`Asleep duration (min)`, `Deep (SWS) duration (min)`, `Light sleep duration (min)`, `REM
 *   duration (min)`, `Awake duration (min)`, from `Sleep onset` to `Wake onset`; `Sleep need (min)` and `Sleep debt (min)`
 *   kept in the metadata: a duration said beside the night's outranked it for "How long did I sleep …?"), a nap (`Nap`
 *   "true") begun from 09:00 to 19:00 "Napped 38 minutes on Sunday 18 October, 14:20 to 15:05. My sleep performance was
 *   14% …"; told at its onset, or its evening's 23:59 when that was after midnight (so that "the night of Monday 2
 *   November" is the 2nd's), named `sleep <Sleep onset>`;
 * - each workout of `workouts.csv`: "Played tennis for 1 hour 28 minutes on Tuesday 10 November, 19:00–20:28 (activity
 *   strain 13.4, average heart rate 142 bpm, max 182 bpm, 779 calories burned).", "Ran 10.4 km in 57 minutes 42 seconds
 *   (5:33 per km) on Sunday 15 November, …" (`Activity name` said as Fitbit's are, "Activity", WHOOP's name for one it
 *   noticed and no one named, "Worked out"; `Distance (meters)` and `Altitude gain (meters)` when WHOOP writes them, a
 *   climb of 100 m or more told), named `workout <Workout start time>`;
 * - each cycle's yes answers in `journal_entries.csv` (the WHOOP Journal, answered each morning about the day before; a
 *   cycle's answers are the day it is lived), what the user did that day: "On Friday 6 November I consumed caffeine and had
 *   alcoholic drinks ("Three pints at Jamie's leaving do")." (`Question text` said as done, its verb in the past, "Have
 *   any alcoholic drinks?" → "had alcoholic drinks", a question not opening with a verb "answered yes to "Sauna""; `Answered
 *   yes` "true", "TRUE"; `Notes` in brackets); a no, the Journal's default, only with the user's note ("In my WHOOP journal
 *   I answered no to "Have any alcoholic drinks?" ("Not a drop")."; every answer kept in the metadata: each day's
 *   "answered no to "Experienced a migraine?"" had outranked the day of the migraine); a cycle's rows read together as the
 *   file writes them, named `journal <Cycle start time>` (a cycle's rows met again later in the file `journal <Cycle
 *   start time> <question>`).
 * Workouts, sleeps and cycles written twice (the same start) are told once.
 *
 * Keys: a file tells its own records' days, so a day's note gathers the paragraphs of the four files (the same
 * conversation); importing the export again adds nothing, a later export adds the days new since, and a day whose words
 * changed (the current cycle's strain, an answer edited) supersedes what was remembered of it (its paragraph's name is the
 * same). Times: "2026-11-03 00:41:47" is the user's clock with no zone (`Cycle timezone`, "UTC+01:00", says its offset,
 * kept in the metadata), read as UTC as every reader keeps it.
 *
 * Checked against public code that reads WHOOP's export, by its text: headers "copied verbatim from a real export"
 * (physiological_cycles.csv's 26 columns, sleeps.csv's 18 ending `Nap`, workouts.csv's 17 ending `GPS enabled`,
 * journal_entries.csv's `Cycle start time,Cycle end time,Cycle timezone,Question text,Answered yes,Notes`; times
 * "2026-01-02 23:00:00", `Cycle timezone` "UTC+01:00", the current cycle with no end, rows newest first), fixtures that
 * "mirror the real WHOOP export format exactly" (local times, durations in minutes, a cycle with no sleep and its recovery
 * blank, a nap with no consistency, "Activity" as a workout's name, a journal note quoted with a comma), importers of
 * newer exports (`GPS enabled,Distance (meters),Altitude gain (meters),Altitude change (meters)`; one whose workouts.csv
 * has no `Cycle end time` or `Cycle timezone`), a reporter's journal_entries.csv lifted verbatim ("Have any alcoholic
 * drinks?,TRUE,", times with seconds), importers' lists of the Journal's questions ("Consumed caffeine?", "Ate food close
 * to bedtime?", "Spent time stretching?", "Experienced a migraine?") and WHOOP's pages on the Journal (asked each morning
 * about the day before). Not depended on: which cycle a journal row is written in (public readers differ: the day lived
 * is taken here), the heart-rate zones (kept in the metadata), an export in another language (its headers are not
 * English: not told as WHOOP's).
 */
import { existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import { dirname, join } from "node:path";
import { caloriesWords, effortWords, type FitbitSleep, heartRateWords, sleepDay, sleepWords, spanWords, sportNamed } from "./fitbit-words.js";
import { wallClockMs } from "../../time/import-dates.js";
import { fileStart } from "../kit/file-start.js";
import { type CsvColumns, cellOf, csvRecords, headerCells, headerColumns } from "../kit/csv-records.js";
import { clausesSentence, climbWords, dayNoteTitle, dayTotalsWords, dayWords, listed, restingClause } from "../kit/record-words.js";
import { type DayTurn, ImportError, type ParsedConversation, type ParsedTurn, type ReadOptions } from "../kit/types.js";
import { describeValue } from "../kit/validate.js";
import { HeldNotes, nothingToTell } from "../notes/held-notes.js";
import { NOTE_SPEAKER } from "../notes/note.js";

/** Most characters of one record: a journal note is the longest cell. */
const MAX_RECORD_CHARS = 1024 * 1024;

/** What a file of the export holds: its cycles, sleeps, workouts or journal answers. */
export type WhoopKind = "cycles" | "sleeps" | "workouts" | "journal";

/**
 * What a file of WHOOP's export holds, by its header (the first line of `start`, its first KiBs): a header naming `Cycle
 * start time` and `Recovery score %` (physiological_cycles.csv), `Sleep onset` and `Nap` (sleeps.csv), `Workout start
 * time` and `Activity name` (workouts.csv), or `Question text` and `Answered yes` (journal_entries.csv), in any case;
 * null for any other file.
 */
export function whoopKindOf(start: string): WhoopKind | null {
  const named = new Set(headerCells(start.replace(/^\uFEFF/, ""), true));
  if (!named.has("cycle start time")) return null;
  if (named.has("recovery score %")) return "cycles";
  if (named.has("sleep onset") && named.has("nap")) return "sleeps";
  if (named.has("workout start time") && named.has("activity name")) return "workouts";
  if (named.has("question text") && named.has("answered yes")) return "journal";
  return null;
}

/** A record as read: its cells by column (the header's name, any case), and how to refuse one of its values. */
interface Row {
  /** The cell of `column` (lower-cased), trimmed; "" when empty or absent. */
  cell(column: string): string;
  /** @throws ImportError naming the file, the line and `column` as the header writes it: `value` is not what `expected` says */
  fail(column: string, value: unknown, expected: string): never;
}

/** A time as WHOOP writes it, "2026-11-03 00:41:47" (or with a "T", or to the minute), on the user's clock. */
const TIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)(?:\.\d{1,9})?$/;

/** The wall time (ms, read as UTC) at `column`, or null when the cell is empty. */
function timeAt(row: Row, column: string): number | null {
  const v = row.cell(column);
  if (!v) return null;
  const m = TIME.exec(v);
  const wall = m ? wallClockMs(m[1]!, m[2]!) : null;
  return wall ?? row.fail(column, v, 'no time: expected one as WHOOP writes it, "2026-11-03 00:41:47"');
}

/** The number at `column` ("31", "33.43", "16.8"), or null when the cell is empty. */
function numberAt(row: Row, column: string, expected: string): number | null {
  const v = row.cell(column);
  if (!v) return null;
  return /^-?\d+(?:\.\d+)?$/.test(v) ? Number(v) : row.fail(column, v, `no number: expected ${expected}`);
}

/** The yes or no at `column` ("true", "FALSE"), or null when the cell is empty. */
function yesAt(row: Row, column: string): boolean | null {
  const v = row.cell(column).toLowerCase();
  if (!v) return null;
  return v === "true" ? true : v === "false" ? false : row.fail(column, row.cell(column), 'no yes or no: expected "true" or "false"');
}

/** The wall time's day ("2026-11-03"). */
function dayOf(wall: number): string {
  return new Date(wall).toISOString().slice(0, 10);
}

/** The day a cycle begun at the wall time `start` is lived: its own when it starts before noon, else the next. */
function cycleDay(start: number): string {
  return dayOf(start + 12 * 3_600_000);
}

/** A paragraph of the user's note at the wall time `at`, with its WHOOP metadata. */
function turnOf(name: string, at: number, text: string, whoop: Record<string, unknown>): ParsedTurn {
  return { externalId: name, speaker: NOTE_SPEAKER, role: "user", occurredAt: at, text, metadata: { whoop } };
}

/** A figure to a tenth as written ("33.43" → "33.4", "96" → "96"). */
function tenth(n: number): string {
  return String(Number(n.toFixed(1)));
}

/** The start of the row's cycle (`Cycle start time`), required. */
function cycleStart(row: Row): number {
  return timeAt(row, "cycle start time") ?? row.fail("cycle start time", "", 'no time: expected the cycle\'s start, "2026-11-02 23:32:44"');
}

/** A cycle's recovery paragraph (see the module's docs), or null when it has none. */
function recoveryOf(row: Row): DayTurn | null {
  const start = cycleStart(row);
  const day = cycleDay(start);
  const recovery = numberAt(row, "recovery score %", "a percentage, 31");
  const hrv = numberAt(row, "heart rate variability (ms)", "milliseconds, 41");
  const rhr = numberAt(row, "resting heart rate (bpm)", "beats a minute, 60");
  const skin = numberAt(row, "skin temp (celsius)", "degrees Celsius, 33.43");
  const spo2 = numberAt(row, "blood oxygen %", "a percentage, 96.33");
  const colour = recovery === null ? "" : recovery >= 67 ? "green" : recovery >= 34 ? "yellow" : "red";
  const clauses = [
    ...(recovery !== null ? [`my recovery was ${Math.round(recovery)}% (${colour})`] : []),
    ...(hrv ? [`my HRV was ${Math.round(hrv)} ms`] : []),
    ...(rhr ? [restingClause(rhr)] : []),
    ...(skin ? [`my skin temperature was ${tenth(skin)} °C`] : []),
    ...(spo2 ? [`my blood oxygen was ${tenth(spo2)}%`] : []),
  ];
  if (!clauses.length) return null;
  const at = timeAt(row, "wake onset") ?? Date.parse(`${day}T08:00:00Z`);
  const whoop = {
    kind: "recovery",
    cycleStart: row.cell("cycle start time"),
    zone: row.cell("cycle timezone") || null,
    recovery,
    hrv,
    restingHeartRate: rhr,
    skinTemperature: skin,
    bloodOxygen: spo2,
  };
  return { day, turn: turnOf(`recovery ${row.cell("cycle start time")}`, at, dayTotalsWords(day, clauses), whoop) };
}

/** A cycle's strain paragraph (see the module's docs), or null when it has none (the current cycle). */
function strainOf(row: Row): DayTurn | null {
  const start = cycleStart(row);
  const day = cycleDay(start);
  const strain = numberAt(row, "day strain", "WHOOP's strain, 0 to 21, 16.8");
  const kcal = numberAt(row, "energy burned (cal)", "kilocalories, 3402");
  const average = numberAt(row, "average hr (bpm)", "beats a minute, 88");
  const max = numberAt(row, "max hr (bpm)", "beats a minute, 176");
  const clauses = [
    ...(strain !== null ? [`my day strain was ${tenth(strain)}`] : []),
    ...(kcal ? [`I burned ${Math.round(kcal).toLocaleString("en-GB")} calories`] : []),
    ...(average ? [`my heart rate averaged ${Math.round(average)} bpm${max ? ` (max ${Math.round(max)} bpm)` : ""}`] : []),
  ];
  if (strain === null || !clauses.length) return null;
  const whoop = {
    kind: "strain",
    cycleStart: row.cell("cycle start time"),
    cycleEnd: row.cell("cycle end time") || null,
    strain,
    calories: kcal,
    averageHeartRate: average,
    maxHeartRate: max,
  };
  return { day, turn: turnOf(`strain ${row.cell("cycle start time")}`, Date.parse(`${day}T12:00:00Z`), dayTotalsWords(day, clauses), whoop) };
}

/** A sleep's paragraph (see the module's docs), or null for one with no time asleep; `nap` whether WHOOP calls it one. */
function sleepOf(row: Row, nap: boolean): DayTurn | null {
  const from = timeAt(row, "sleep onset");
  const to = timeAt(row, "wake onset");
  const minutes = (column: string) => numberAt(row, column, "minutes, 302");
  const asleep = minutes("asleep duration (min)");
  if (from === null || to === null || !asleep) return null;
  const stages: Array<[string, number | null]> = [
    ["deep", minutes("deep (sws) duration (min)")],
    ["light", minutes("light sleep duration (min)")],
    ["REM", minutes("rem duration (min)")],
    ["awake", minutes("awake duration (min)")],
  ];
  const s: FitbitSleep = {
    logId: row.cell("sleep onset"),
    dateOfSleep: dayOf(to),
    from,
    to,
    minutesAsleep: Math.round(asleep),
    main: !nap,
    stages: stages.flatMap(([stage, m]) => (m === null ? [] : [[stage, Math.round(m)] as [string, number]])),
  };
  const percent = (column: string) => numberAt(row, column, "a percentage, 86");
  const performance = percent("sleep performance %");
  const efficiency = percent("sleep efficiency %");
  const consistency = percent("sleep consistency %");
  const respiratory = numberAt(row, "respiratory rate (rpm)", "breaths a minute, 14.9");
  const need = minutes("sleep need (min)");
  const debt = minutes("sleep debt (min)");
  const clauses = [
    ...(performance !== null ? [`my sleep performance was ${Math.round(performance)}%`] : []),
    ...(efficiency ? [`my sleep efficiency was ${Math.round(efficiency)}%`] : []),
    ...(consistency ? [`my sleep consistency was ${Math.round(consistency)}%`] : []),
    ...(respiratory ? [`my respiratory rate was ${tenth(respiratory)} breaths a minute`] : []),
  ];
  const day = sleepDay(s);
  const slept = sleepWords(s);
  // (a night is told at its onset, or at its evening's last minute when that was after midnight: "the night of Monday 2 November" is the 2nd's)
  const at = slept.startsWith("Napped") ? from : Math.min(from, Date.parse(`${day}T23:59:00Z`));
  const whoop = {
    kind: slept.startsWith("Napped") ? "nap" : "sleep",
    cycleStart: row.cell("cycle start time") || null,
    onset: row.cell("sleep onset"),
    wake: row.cell("wake onset"),
    asleepMinutes: asleep,
    performance,
    efficiency,
    consistency,
    respiratoryRate: respiratory,
    needMinutes: need,
    debtMinutes: debt,
  };
  return { day, turn: turnOf(`sleep ${row.cell("sleep onset")}`, at, `${slept}${clausesSentence(clauses)}`, whoop) };
}

/** A workout's paragraph (see the module's docs). */
function workoutOf(row: Row): DayTurn {
  const from = timeAt(row, "workout start time") ?? row.fail("workout start time", "", 'no time: expected the workout\'s start, "2026-11-10 19:00:02"');
  const to = timeAt(row, "workout end time");
  const name = row.cell("activity name") || "Activity";
  const words = name.toLowerCase();
  const sport = sportNamed(words) ?? (words === "activity" ? { none: "Worked out" } : { none: `Did ${words}` });
  const duration = numberAt(row, "duration (min)", "minutes, 88");
  const seconds = to !== null ? Math.max(0, (to - from) / 1000) : (duration ?? 0) * 60;
  const metres = numberAt(row, "distance (meters)", "metres, 10412");
  const distance = metres && metres > 0 ? (sport.swim ? { value: metres, unit: "m" } : { value: metres / 1000, unit: "km" }) : null;
  const climb = numberAt(row, "altitude gain (meters)", "metres, 86");
  const strain = numberAt(row, "activity strain", "WHOOP's strain, 0 to 21, 13.4");
  const average = numberAt(row, "average hr (bpm)", "beats a minute, 142");
  const max = numberAt(row, "max hr (bpm)", "beats a minute, 182");
  const kcal = numberAt(row, "energy burned (cal)", "kilocalories, 779");
  const extras = [
    ...(strain !== null ? [`activity strain ${tenth(strain)}`] : []),
    ...(average ? [heartRateWords(average)] : []),
    ...(max ? [`max ${Math.round(max)} bpm`] : []),
    ...(kcal ? [caloriesWords(kcal)] : []),
  ];
  const climbed = climb !== null && climb >= 100 ? `, ${climbWords(climb)},` : "";
  const when = to !== null ? spanWords(from, to, false) : spanWords(from, from + seconds * 1000, false);
  const text = `${effortWords(sport, distance, seconds)}${climbed} on ${dayWords(from)}, ${when}${extras.length ? ` (${extras.join(", ")})` : ""}.`;
  const zones = [1, 2, 3, 4, 5].map((z) => numberAt(row, `hr zone ${z} %`, "a percentage, 24"));
  const whoop = {
    kind: "workout",
    activity: name,
    start: row.cell("workout start time"),
    end: row.cell("workout end time") || null,
    seconds,
    strain,
    calories: kcal,
    averageHeartRate: average,
    maxHeartRate: max,
    metres,
    altitudeGain: climb,
    zones,
  };
  return { day: dayOf(from), turn: turnOf(`workout ${row.cell("workout start time")}`, from, text, whoop) };
}

/** Present tenses the Journal's questions open with, in the past ("Have any alcoholic drinks?" → "had …"). */
const PAST: Readonly<Record<string, string>> = {
  have: "had",
  take: "took",
  use: "used",
  work: "worked",
  drink: "drank",
  eat: "ate",
  get: "got",
  see: "saw",
  wear: "wore",
  go: "went",
  do: "did",
  sleep: "slept",
  share: "shared",
  view: "viewed",
  feel: "felt",
  make: "made",
  spend: "spent",
  read: "read",
  watch: "watched",
  travel: "travelled",
  meditate: "meditated",
  experience: "experienced",
  consume: "consumed",
};

/** Pasts the Journal's questions open with that do not end in "ed" ("Ate food close to bedtime?"). */
const IRREGULAR_PAST = new Set([
  "ate",
  "spent",
  "read",
  "felt",
  "took",
  "had",
  "slept",
  "drank",
  "wore",
  "saw",
  "went",
  "did",
  "got",
  "made",
  "woke",
  "ran",
  "swam",
  "sat",
  "kept",
  "met",
  "lost",
]);

/**
 * A Journal question as what was done, "had alcoholic drinks" ("Have any alcoholic drinks?"), or null when it opens with no verb Engram knows;
 * a sleep note as Sleep Cycle writes it, "Drank coffee" → "drank coffee", alike (sleepcycle.ts).
 */
export function doneWords(question: string): string | null {
  const m = /^(\S+)\s+(.+?)\??$/.exec(question.trim());
  if (!m) return null;
  const first = m[1]!.toLowerCase();
  const past = PAST[first] ?? (/^[a-z]+ed$/.test(first) || IRREGULAR_PAST.has(first) ? first : null);
  if (!past) return null;
  return `${past} ${m[2]!.replace(/^any\s+/i, "").replace(/\s+today$/i, "")}`;
}

/** A Journal note in brackets after its answer: ` ("Three pints at Jamie's leaving do")`, its quotes made ″ ("" for none). */
function noteWords(note: string): string {
  return note ? ` ("${note.replace(/"/g, "″")}")` : "";
}

/** A cycle's Journal answers as read: its start as written, its zone, and each question's answer and note, in the file's order. */
interface Answers {
  start: string;
  zone: string;
  line: number;
  answers: Map<string, { yes: boolean; note: string }>;
}

/** A cycle's Journal answers as a paragraph of its day (see the module's docs), or null for none; `name` the paragraph's. */
function journalOf(file: string, a: Answers, name: string): DayTurn | null {
  if (!a.answers.size) return null;
  const m = TIME.exec(a.start);
  const wall = m ? wallClockMs(m[1]!, m[2]!) : null;
  if (wall === null)
    throw new ImportError(
      file,
      `line ${a.line}`,
      `Cycle start time ${describeValue(a.start)} is no time: expected one as WHOOP writes it, "2026-11-05 22:56:32"`,
    );
  const day = cycleDay(wall);
  const yes: string[] = [];
  const no: string[] = [];
  for (const [question, { yes: said, note }] of a.answers) {
    const quoted = `"${question.replace(/"/g, "″")}"`;
    if (said) yes.push(`${doneWords(question) ?? `answered yes to ${quoted}`}${noteWords(note)}`);
    // (a no is the Journal's default, told only with the user's note)
    else if (note) no.push(`${quoted}${noteWords(note)}`);
  }
  if (!yes.length && !no.length) return null;
  const on = dayWords(Date.parse(`${day}T12:00:00Z`));
  const said = yes.length ? `On ${on} I ${listed(yes)}.` : "";
  const denied = no.length ? `In my WHOOP journal${said ? "" : ` for ${on}`} I answered no to ${listed(no)}.` : "";
  const whoop = {
    kind: "journal",
    cycleStart: a.start,
    zone: a.zone || null,
    answers: Object.fromEntries([...a.answers].map(([q, { yes: y, note }]) => [q, note ? { yes: y, note } : y])),
  };
  return { day, turn: turnOf(name, Date.parse(`${day}T12:00:00Z`), [said, denied].filter(Boolean).join(" "), whoop) };
}

/** Whether a sleeps.csv of WHOOP's export is beside `file` (so the cycles' nights are told from it, not twice). */
function sleepsBeside(file: string): boolean {
  const beside = join(dirname(file), "sleeps.csv");
  return existsSync(beside) && whoopKindOf(fileStart(beside, 4096) ?? "") === "sleeps";
}

/** A CSV's record as a {@link Row}: a column by its lower-cased name, refused by its name as the header writes it. */
function csvRow(file: string, line: number, cells: string[], columns: CsvColumns, header: string[]): Row {
  return {
    cell: (column) => cellOf(cells, columns, column),
    fail: (column, value, expected) => {
      throw new ImportError(file, `line ${line}`, `${header[columns.get(column) ?? -1]?.trim() ?? column} ${describeValue(value)} is ${expected}`);
    },
  };
}

/**
 * Reads `file`, a CSV of WHOOP's export (told by `start`, its first KiBs: `whoopKindOf`), as notes of the user's (format
 * `note`, said by the user, speaker "User", `records: "day"`): a note per day (externalId `whoop:day:2026-11-03`, title
 * "WHOOP, Tuesday 3 November 2026") holding the file's paragraphs of that day (see the module's docs), in time order,
 * given once the file is read (or sooner past held-notes.ts's bound; a day met again adds to the same note). Turn metadata
 * `{ whoop: { kind, cycleStart | start | onset, … } }`: a record's figures as read, a cycle's zone, a workout's heart-rate
 * zones, a journal's answers and notes.
 * @throws ImportError naming the file, the line and the column: a time that is none (`line 3: Sleep onset "03/11/2026
 *   00:41" is no time: expected one as WHOOP writes it, "2026-11-03 00:41:47"`), a number, a yes or no that is none, a
 *   row with no cycle start or no workout start; a stray quote or invalid UTF-8 (csv-records.ts). A file with nothing to
 *   tell (a header alone, a Journal of bare noes) says so, "the note has no text: …"; a file that is none of WHOOP's says what was expected.
 */
export async function* parseWhoop(file: string, start: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const kind = whoopKindOf(start);
  if (!kind)
    throw new ImportError(
      file,
      "line 1",
      "not a file of WHOOP's export: expected physiological_cycles.csv, sleeps.csv, workouts.csv or journal_entries.csv by its header (`Cycle start time,Cycle end time,Cycle timezone,Recovery score %,…`)",
    );
  const size = (await stat(file)).size;
  const held = new HeldNotes({ records: "day" });
  const csv = csvRecords(file, size, MAX_RECORD_CHARS, opts.onProgress);
  // (the cycles' nights are told from sleeps.csv when it is beside them)
  const nights = kind === "cycles" && !sleepsBeside(file);
  const seen = new Set<string>();
  const journals = new Set<string>();
  let header: string[] | null = null;
  let columns: CsvColumns = new Map();
  let items = 0;
  let told = 0;
  // (the cycle whose Journal rows are being read)
  const reading: { answers: Answers | null } = { answers: null };
  const tell = function* (record: DayTurn | null): Generator<ParsedConversation> {
    const key = record?.turn.externalId ?? "";
    if (!record || seen.has(key)) return;
    seen.add(key);
    told++;
    yield* held.add(`whoop:day:${record.day}`, dayNoteTitle("WHOOP", record.day), record.turn);
  };
  const journalTold = function* (a: Answers | null): Generator<ParsedConversation> {
    if (!a) return;
    // (a cycle's rows met again later in the file are a paragraph of their own, named by their first question)
    const name = journals.has(a.start) ? `journal ${a.start} ${[...a.answers.keys()][0] ?? ""}` : `journal ${a.start}`;
    journals.add(a.start);
    yield* tell(journalOf(file, a, name));
  };
  for await (const { cells, line } of csv.records) {
    if (!header) {
      header = cells.map((c) => c.replace(/^\uFEFF/, ""));
      columns = headerColumns(header);
      continue;
    }
    items++;
    const row = csvRow(file, line, cells, columns, header);
    if (kind === "journal") {
      const cycle = row.cell("cycle start time") || row.fail("cycle start time", "", 'no time: expected the cycle\'s start, "2026-11-05 22:56:32"');
      const question = row.cell("question text");
      const yes = yesAt(row, "answered yes");
      if (reading.answers?.start !== cycle) {
        yield* journalTold(reading.answers);
        reading.answers = { start: cycle, zone: row.cell("cycle timezone"), line, answers: new Map() };
      }
      if (question && yes !== null) reading.answers.answers.set(question, { yes, note: row.cell("notes") });
      continue;
    }
    if (kind === "workouts") yield* tell(workoutOf(row));
    else if (kind === "sleeps") yield* tell(sleepOf(row, yesAt(row, "nap") === true));
    else {
      yield* tell(recoveryOf(row));
      yield* tell(strainOf(row));
      if (nights) yield* tell(sleepOf(row, false));
    }
  }
  yield* journalTold(reading.answers);
  yield* held.given();
  if (!told) await nothingToTell(file, "a WHOOP file", items, "a recovery, a strain, a sleep, a workout or a journal answer told");
}

/**
 * Sleep Cycle's data export (the app's Profile → Settings → Database → Export, or the web account's export: one file,
 * `sleepdata.csv`, every night the app has tracked), read as notes of the user's, a day a note (format `note`, said by the
 * user; the file's format `sleepcycle`), keyed `sleepcycle:day:2026-11-06`, titled "Sleep Cycle, Friday 6 November 2026",
 * an app's day of records (`records: "day"`). Each night is a paragraph of the note of the evening it began, worded as
 * Fitbit's, Oura's and WHOOP's nights are (fitbit-words.ts `sleepWords`), then what Sleep Cycle measured and what the user
 * noted: "Slept 5 hours 48 minutes on the night of Friday 6 November, 00:52 to 07:01. My sleep quality was 61%, it took
 * me 14 minutes to fall asleep, I snored for 12 minutes, I woke up feeling OK on Saturday 7 November, and my heart rate
 * averaged 64 bpm. I slept in Manchester, and it was 7 °C outside (clear). On Friday 6 November I had a gig night and slept late." (`Time asleep (seconds)`;
 * `Start` to `End`; `Sleep Quality`; `Time before sleep (seconds)`; `Did snore` and `Snore time (seconds)`; `Mood` "Good",
 * "OK", "Bad", with the morning's day when it is not the evening's; `Heart rate (bpm)`, none when 0; `City`; `Weather temperature (°C)` or "(°F)" and `Weather type`, none
 * when "No weather"; `Notes`, the sleep notes joined by ":", each said as done when it opens with a verb in the past,
 * "Drank coffee" → "drank coffee" (whoop.ts `doneWords`), as had when it names a day, an event, a snack or a night,
 * "Stressful day" → "had a stressful day", else quoted, noted "Content"). The sleep stages of the exports that write them
 * (`Deep (seconds)`, `Light (seconds)`, `Dream (seconds)`, `Awake (seconds)`) are said in brackets as Fitbit's are. A
 * session begun from 09:00 to 19:00 and shorter than four hours is a nap, told on its own day ("Napped 38 minutes on
 * Sunday 18 October, …"). Kept in the metadata, not said: `Regularity`, `Steps` (which day's the export does not say),
 * `Alarm mode`, the alarm's window, `Air Pressure (Pa)`, `Movements per hour`; not read: the newest export's coughing,
 * breathing disruptions, ambient noise and light and alertness, and the body temperature's deviation.
 *
 * The older export (the app before about 2020): `Start;End;Sleep quality;Time in bed;Wake up;Sleep Notes` (then `;Heart
 * rate;Activity (steps)`), "91%", the time in bed as "7:54", the mood on waking ":)", ":|" or ":(", a blank line after each
 * row: told alike, "Spent 7 hours 54 minutes in bed on the night of …" (it measured no time asleep). 2021's export
 * (`Time in bed(seconds)`, no time asleep) is told so too. The newest (2026)
 * names its columns anew (`Went to bed;Woke up;…;Asleep after (seconds);…;Wake up window start`): read by those names.
 * A column is found by its name in any case and spacing ("Time in bed(seconds)", 2021's, too).
 *
 * Passed over, not told: a session with no time asleep (`Time asleep` 0: tracking started and stopped, the app's own
 * "no sleep detected"), a row written twice (the same `Start`). Keys: a paragraph is named `sleep <Start>` as written, so
 * importing the file again adds nothing and a later export, which holds every night again, adds only the nights new
 * since (the older export's nights, in a later export too, are the same paragraphs). Times: "2026-11-07 00:52:41" is the
 * user's clock with no zone, read as UTC as every reader keeps it; a night over the autumn's clock change ends an hour
 * earlier on the clock than its time in bed says, as written.
 *
 * Checked against public code that reads sleepdata.csv (found by its header with the search tools): Josh5A/sleep-data-
 * processor's sample (2023) and demo (2026) exports, `Start;End;Sleep Quality;Regularity;Mood;Heart rate
 * (bpm);Steps;Alarm mode;Air Pressure (Pa);City;Movements per hour;Time in bed (seconds);Time asleep (seconds);Time before
 * sleep (seconds);Window start;Window stop;Did snore;Snore time;Weather temperature (°F);Weather type;Notes` ("73%", "0%",
 * "-96%", "Smart alarm", "No alarm", "97.5", an empty City and window, "28747.0", "true;260.3", "32.0;No weather",
 * "66.0;Clear", sessions with "0.0" asleep); geocoug/vitalog's loader and test (`Snore time (seconds)`, the stages'
 * columns, `Body temperature deviation (degrees Celsius)`, `;` read by DuckDB); a Java class's string of 2021 rows
 * (`Time in bed(seconds)`, regularity "—", "true;77", notes "Ate late:Slept late", a "Nap" at 17:31); a Kotlin test's rows
 * "from the owner's real export" (2026: `Went to bed;Woke up;Sleep Quality;Time in bed (seconds);Time asleep
 * (seconds);Asleep after (seconds);Regularity;Did snore;Snore time (seconds);Coughing (per hour);Steps;City;Breathing
 * disruptions (per hour);Ambient noise (dB);Ambient light (lux);Alertness score;…;Movements per hour;Wake up window
 * start;Wake up window stop`, a session with 0 asleep passed over, regularity "—", a row shorter than its header, CRLF);
 * a Python analysis of a recent export (read as "utf-8-sig", a byte order mark; `Weather temperature (°C)`; Mood "Bad",
 * "OK", "Good"; decimal commas replaced; notes split at ":"); and readers of the older export (`Start;End;Sleep
 * quality;Time in bed;Wake up;Sleep Notes;Heart rate;Activity (steps)`: "93%;7:54;:);Worked out;0;0" with a blank line
 * between rows, "75%;6:50;:|;", notes "Drank coffee:Drank tea:Stressful day", "Angry event:Ate late:Content:Stressful
 * day", a heart rate "" or "0"). Not depended on: the alarm's window's form (a 2026 export writes "26-08-25 07:32:38",
 * kept as written), an export in another language (its header is not English: not told as Sleep Cycle's).
 */
import { stat } from "node:fs/promises";
import { type FitbitSleep, sleepDay, sleepWords } from "./fitbit-words.js";
import { doneWords } from "./whoop.js";
import { wallClockMs } from "../../time/import-dates.js";
import { type CsvColumns, cellOf, csvRecords, headerCells } from "../kit/csv-records.js";
import { clausesSentence, dayNoteTitle, dayWords, durationWords, listed } from "../kit/record-words.js";
import { type DayTurn, ImportError, type ParsedConversation, type ReadOptions } from "../kit/types.js";
import { describeValue } from "../kit/validate.js";
import { HeldNotes, nothingToTell } from "../notes/held-notes.js";
import { NOTE_SPEAKER } from "../notes/note.js";

/** Most characters of one record: a night's notes are its longest cell. */
const MAX_RECORD_CHARS = 64 * 1024;

/** A column's name as it is looked up: lower-cased, its spaces and byte order mark dropped ("Time in bed(seconds)" is "Time in bed (seconds)"). */
function columnKey(name: string): string {
  return name
    .replace(/^\uFEFF/, "")
    .toLowerCase()
    .replace(/\s+/g, "");
}

/** Which export a sleepdata.csv is: today's (its durations in seconds) or the older one (its time in bed as "7:54"). */
export type SleepCycleKind = "current" | "older";

/**
 * Which export of Sleep Cycle's `start` (a file's first KiBs) opens: a header split at `;` whose first two columns are
 * `Start;End` (or the 2026 export's `Went to bed;Woke up`) and which names `Sleep Quality` (any case and spacing):
 * "older" when it names `Time in bed` without a unit ("7:54"), else "current"; null for any other file.
 */
export function sleepCycleKindOf(start: string): SleepCycleKind | null {
  const keys = headerCells(start.replace(/^\uFEFF/, ""), false, ";").map(columnKey);
  const opens = (a: string, b: string) => keys[0] === a && keys[1] === b;
  if (keys.length < 4 || !keys.includes("sleepquality") || !(opens("start", "end") || opens("wenttobed", "wokeup"))) return null;
  return keys.includes("timeinbed") ? "older" : "current";
}

/** The names each of a night's columns has in one export or another (as {@link columnKey} gives them), the first found read. */
const COLUMNS = {
  start: ["start", "wenttobed"],
  end: ["end", "wokeup"],
  quality: ["sleepquality"],
  regularity: ["regularity"],
  mood: ["mood", "wakeup"],
  heart: ["heartrate(bpm)", "heartrate"],
  steps: ["steps", "activity(steps)"],
  alarm: ["alarmmode"],
  pressure: ["airpressure(pa)"],
  city: ["city"],
  movements: ["movementsperhour"],
  inBedSeconds: ["timeinbed(seconds)"],
  inBedClock: ["timeinbed"],
  asleep: ["timeasleep(seconds)"],
  latency: ["timebeforesleep(seconds)", "asleepafter(seconds)"],
  windowStart: ["windowstart", "wakeupwindowstart"],
  windowStop: ["windowstop", "wakeupwindowstop"],
  snored: ["didsnore"],
  snore: ["snoretime(seconds)", "snoretime"],
  weather: ["weathertype"],
  temperature: ["weathertemperature(°c)", "weathertemperature(°f)"],
  notes: ["notes", "sleepnotes"],
  deep: ["deep(seconds)"],
  light: ["light(seconds)"],
  dream: ["dream(seconds)"],
  awake: ["awake(seconds)"],
} as const;

/** A night's column. */
type Column = keyof typeof COLUMNS;

/** The header as read: its columns by key, and its names as written. */
interface Header {
  columns: CsvColumns;
  names: string[];
}

/** The header `cells` as read. */
function headerOf(cells: string[]): Header {
  return { columns: new Map(cells.map((c, i) => [columnKey(c), i])), names: cells.map((c) => c.replace(/^\uFEFF/, "").trim()) };
}

/** A record as read under its header. */
interface Row {
  /** The cell of `column` (its first name the header has), trimmed; "" when empty or absent. */
  cell(column: Column): string;
  /** Whether the header has `column`. */
  has(column: Column): boolean;
  /** The name `column` has in the header (as {@link columnKey} gives it), or null when it has none. */
  key(column: Column): string | null;
  /** @throws ImportError naming the file, the line and `column` as the header writes it: `value` is not what `expected` says */
  fail(column: Column, value: unknown, expected: string): never;
}

/** A record of `file` at `line` as a {@link Row}. */
function rowOf(file: string, line: number, cells: string[], header: Header): Row {
  const keyOf = (column: Column) => COLUMNS[column].find((k) => header.columns.has(k));
  return {
    cell: (column) => {
      const key = keyOf(column);
      return key ? cellOf(cells, header.columns, key) : "";
    },
    has: (column) => keyOf(column) !== undefined,
    key: (column) => keyOf(column) ?? null,
    fail: (column, value, expected) => {
      const key = keyOf(column);
      const name = key ? header.names[header.columns.get(key)!] : COLUMNS[column][0];
      throw new ImportError(file, `line ${line}`, `${name} ${describeValue(value)} is ${expected}`);
    },
  };
}

/** A time as Sleep Cycle writes it, "2026-11-07 00:52:41" (or with a "T", or to the minute), on the user's clock. */
const TIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)(?:\.\d{1,9})?$/;

/** The wall time (ms, read as UTC) at `column`, required. */
function timeAt(row: Row, column: "start" | "end"): number {
  const v = row.cell(column);
  const m = TIME.exec(v);
  const wall = m ? wallClockMs(m[1]!, m[2]!) : null;
  return wall ?? row.fail(column, v, 'no time: expected one as Sleep Cycle writes it, "2026-11-07 00:52:41"');
}

/** The number at `column` ("28747.0", "82%", "-96%", a decimal comma "25,3"), or null when the cell is empty or a dash ("—": none measured). */
function numberAt(row: Row, column: Column, expected: string): number | null {
  const v = row.cell(column);
  if (!v || /^[—–-]$/.test(v)) return null;
  const n = v.replace(",", ".").replace(/%$/, "");
  return /^-?\d+(?:\.\d+)?$/.test(n) ? Number(n) : row.fail(column, v, `no number: expected ${expected}`);
}

/** The older export's time in bed ("7:54", hours and minutes) in seconds, or null when the cell is empty. */
function clockSecondsAt(row: Row): number | null {
  const v = row.cell("inBedClock");
  if (!v) return null;
  const m = /^(\d{1,3}):(\d{2})(?::(\d{2}))?$/.exec(v);
  return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0) : row.fail("inBedClock", v, 'no time in bed: expected hours and minutes, "7:54"');
}

/** A span of seconds as said, to the minute from a minute on ("12 minutes", "1 hour 3 minutes", "40 seconds"). */
function secondsWords(seconds: number): string {
  return durationWords(seconds >= 60 ? Math.round(seconds / 60) * 60 : Math.round(seconds));
}

/** The mood on waking as said, by `Mood` ("Good", "OK", "Bad") or the older export's `Wake up` (":)", ":|", ":("). */
const MOODS: Readonly<Record<string, string>> = {
  good: "I woke up in a good mood",
  ":)": "I woke up in a good mood",
  ok: "I woke up feeling OK",
  ":|": "I woke up feeling OK",
  bad: "I woke up in a bad mood",
  ":(": "I woke up in a bad mood",
};

/** A sleep note as what the user did that day: "drank coffee" ("Drank coffee"), "had a stressful day" ("Stressful day"), else quoted, `noted "Content"`. */
function sleepNoteWords(note: string): string {
  const done = doneWords(note);
  if (done) return done;
  const lower = note.toLowerCase();
  if (/\b(?:day|event|snack|meal|dinner|night|evening)$/.test(lower)) return `had ${/^[aeiou]/.test(lower) ? "an" : "a"} ${lower}`;
  return `noted "${note.replace(/"/g, "″")}"`;
}

/** The wall time's day ("2026-11-07"). */
function dayOf(wall: number): string {
  return new Date(wall).toISOString().slice(0, 10);
}

/** A row's night as its paragraph (see the module's docs), or null for a session with no time asleep or in bed. */
function nightOf(row: Row): DayTurn | null {
  const from = timeAt(row, "start");
  const to = timeAt(row, "end");
  // (an hour's grace: the clocks going back in the night)
  if (to < from - 3_600_000) row.fail("end", row.cell("end"), `before ${row.cell("start")}, the night's start`);
  const inBed = numberAt(row, "inBedSeconds", "seconds, 28747.0") ?? clockSecondsAt(row);
  const asleep = row.has("asleep") ? numberAt(row, "asleep", "seconds, 25316.0") : null;
  if (row.has("asleep") ? !asleep : !inBed) return null;
  const bedSeconds = inBed ?? (to - from) / 1000;
  const stages = (["deep", "light", "dream", "awake"] as const).flatMap((stage) => {
    const s = numberAt(row, stage, "seconds, 3600.0");
    return s ? [[stage, Math.round(s / 60)] as [string, number]] : [];
  });
  const hour = new Date(from).getUTCHours();
  const s: FitbitSleep = {
    logId: row.cell("start"),
    dateOfSleep: dayOf(to),
    from,
    to,
    minutesAsleep: Math.round((asleep ?? bedSeconds) / 60),
    main: !(hour >= 9 && hour < 19 && bedSeconds < 4 * 3600),
    stages,
  };
  const day = sleepDay(s);
  const slept = sleepWords(s);
  const nap = slept.startsWith("Napped");
  // (the older export measured the time in bed, not asleep: "Spent 7 hours 54 minutes in bed on the night of …")
  const head = asleep === null ? slept.replace(/^(?:Slept|Napped) (.+?) on /, "Spent $1 in bed on ") : slept;
  const quality = numberAt(row, "quality", "a percentage, 82%");
  const latency = asleep !== null ? numberAt(row, "latency", "seconds, 845.0") : null;
  const snoredCell = row.cell("snored").toLowerCase();
  const snore = numberAt(row, "snore", "seconds, 742.0");
  const mood = row.cell("mood");
  // (the morning woken, when it is not the night's evening: "I woke up in a bad mood on Monday 2 November")
  const woke = !nap && dayOf(to) !== day ? ` on ${dayWords(to)}` : "";
  const heart = numberAt(row, "heart", "beats a minute, 58");
  const clauses = [
    ...(quality !== null ? [`my sleep quality was ${Math.round(quality)}%`] : []),
    ...(latency && latency >= 60 ? [`it took me ${secondsWords(latency)} to fall asleep`] : []),
    ...(snore ? [`I snored for ${secondsWords(snore)}`] : snoredCell === "true" ? ["I snored"] : []),
    ...(mood ? [`${MOODS[mood.toLowerCase()] ?? `I woke up with the mood "${mood.replace(/"/g, "″")}"`}${woke}`] : []),
    ...(heart ? [`my heart rate averaged ${Math.round(heart)} bpm`] : []),
  ];
  const city = row.cell("city");
  const weatherType = row.cell("weather");
  const weather = /^no weather$/i.test(weatherType) ? "" : weatherType.toLowerCase();
  // (the temperature in the unit the header names, "Weather temperature (°F)" in an account set to Fahrenheit; none with "No weather")
  const unit = row.key("temperature")?.endsWith("°f)") ? "°F" : "°C";
  const degrees = weather || !weatherType ? numberAt(row, "temperature", "degrees, 9.0") : null;
  const where = [
    ...(city ? [`I slept in ${city}`] : []),
    ...(degrees !== null
      ? [`it was ${Number(degrees.toFixed(1))} ${unit} outside${weather ? ` (${weather})` : ""}`]
      : weather
        ? [`the weather was ${weather}`]
        : []),
  ];
  const notes = row
    .cell("notes")
    .split(":")
    .map((n) => n.trim())
    .filter(Boolean);
  // (the notes are of the day before the night: the evening's, or a nap's own day)
  const did = notes.length ? ` On ${dayWords(Date.parse(`${day}T12:00:00Z`))} I ${listed(notes.map(sleepNoteWords))}.` : "";
  const text = `${head}${clausesSentence(clauses)}${clausesSentence(where)}${did}`;
  const sleepcycle = {
    kind: nap ? "nap" : "sleep",
    start: row.cell("start"),
    end: row.cell("end"),
    quality,
    regularity: row.cell("regularity") || null,
    mood: mood || null,
    heartRate: heart || null,
    steps: numberAt(row, "steps", "a count of steps, 6455") || null,
    alarmMode: row.cell("alarm") || null,
    airPressure: numberAt(row, "pressure", "the air pressure, 101.2"),
    city: city || null,
    movementsPerHour: numberAt(row, "movements", "a rate, 25.3"),
    inBedSeconds: bedSeconds,
    asleepSeconds: asleep,
    beforeSleepSeconds: latency,
    windowStart: row.cell("windowStart") || null,
    windowStop: row.cell("windowStop") || null,
    snored: snoredCell ? snoredCell === "true" : null,
    snoreSeconds: snore,
    temperature: degrees !== null ? { value: degrees, unit } : null,
    weather: weatherType || null,
    notes,
  };
  const at = nap ? from : Math.min(from, Date.parse(`${day}T23:59:00Z`));
  return { day, turn: { externalId: `sleep ${row.cell("start")}`, speaker: NOTE_SPEAKER, role: "user", occurredAt: at, text, metadata: { sleepcycle } } };
}

/**
 * Reads `file`, Sleep Cycle's sleepdata.csv (told by `start`, its first KiBs: {@link sleepCycleKindOf}), as notes of the
 * user's (format `note`, said by the user, speaker "User", `records: "day"`): a note per day (externalId
 * `sleepcycle:day:2026-11-06`, title "Sleep Cycle, Friday 6 November 2026") holding the nights begun that evening and the
 * naps of that day (see the module's docs), in time order, given once the file is read (or sooner past held-notes.ts's
 * bound; a day met again adds to the same note). Each paragraph is told at its start, a night begun after midnight at
 * its evening's 23:59. Turn metadata `{ sleepcycle: { kind: "sleep" | "nap", start, end, quality, regularity, mood,
 * heartRate, steps, alarmMode, airPressure, city, movementsPerHour, inBedSeconds, asleepSeconds, beforeSleepSeconds,
 * windowStart, windowStop, snored, snoreSeconds, temperature: { value, unit }, weather, notes } }` (a measure not written
 * null).
 * @throws ImportError naming the file, the line and the column as the header writes it: a time that is none (`line 4:
 *   Start "07/11/2026 00:52" is no time: expected one as Sleep Cycle writes it, "2026-11-07 00:52:41"`), an end more than
 *   an hour before its start, a number or a time in bed that is none; invalid UTF-8 (csv-records.ts). A file with
 *   nothing to tell (a header alone, sessions with no sleep) says so, "the note has no text: …"; a file that is not
 *   Sleep Cycle's says what was expected.
 */
export async function* parseSleepCycle(file: string, start: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  if (!sleepCycleKindOf(start))
    throw new ImportError(
      file,
      "line 1",
      'not Sleep Cycle\'s export: expected sleepdata.csv, its header "Start;End;Sleep Quality;Regularity;…" (or the older "Start;End;Sleep quality;Time in bed;Wake up;Sleep Notes"), its cells separated by ";"',
    );
  const size = (await stat(file)).size;
  const held = new HeldNotes({ records: "day" });
  // (";" between cells, none quoted: a quote in a note is a character of it)
  const csv = csvRecords(file, size, MAX_RECORD_CHARS, opts.onProgress, true, ";");
  const seen = new Set<string>();
  let header: Header | null = null;
  let items = 0;
  let told = 0;
  for await (const { cells, line } of csv.records) {
    if (!header) {
      header = headerOf(cells);
      continue;
    }
    if (cells.every((c) => !c.trim())) continue;
    items++;
    const night = nightOf(rowOf(file, line, cells, header));
    const name = night?.turn.externalId ?? "";
    if (!night || seen.has(name)) continue;
    seen.add(name);
    told++;
    yield* held.add(`sleepcycle:day:${night.day}`, dayNoteTitle("Sleep Cycle", night.day), night.turn);
  }
  yield* held.given();
  if (!told) await nothingToTell(file, "a Sleep Cycle export", items, "a time asleep or in bed");
}

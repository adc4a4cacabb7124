/**
 * Apple Health's export (the Health app → the user's picture → Export All Health Data → Export:
 * `export.zip`, unzipped as `apple_health_export/`, its names translated on a phone in another language,
 * `exportar/exportar.xml`, `导出.xml`): `export.xml`, often hundreds of MB to GBs, read as a stream
 * (xml-stream.ts `streamXml`: one chunk at a time, never the whole file). Checked against public readers
 * of the export and their fixtures: dogsheep/healthkit-to-sqlite (its test export.xml and its streaming
 * reader: `<HealthData locale>`, `<ExportDate value>`, `<Me HKCharacteristicTypeIdentifierDateOfBirth …>`,
 * a `<Record>` of "Health Mate" with its `<MetadataEntry>`s, a `<Workout>` with `totalDistance` in miles and
 * its `<WorkoutRoute><FileReference path="/workout-routes/route_….gpx"/>`, `<ActivitySummary>`), the
 * HealthKit Export Version 14 DTD quoted whole in public code (the internal subset, `<!DOCTYPE HealthData [
 * … ]>`, that opens every export before `<HealthData>`; `<!ATTLIST Record type unit value sourceName
 * sourceVersion device creationDate startDate endDate>`; `<Correlation>`, whose `<Record>`s "also appear as
 * top-level records"), a real watchOS 26 run quoted in a parser's test (`duration="119.27…"
 * durationUnit="min"`, `<WorkoutActivity>`, `<WorkoutStatistics type="HKQuantityTypeIdentifierDistanceWalkingRunning"
 * … sum="16.1244" unit="km"/>`, `HKElevationAscended` "45443 cm"), notes that iOS 16 moved a workout's
 * distance and energy from its attributes into `<WorkoutStatistics>` and that the units are the phone's
 * (km or mi, kcal or Cal), that sleep is `HKCategoryTypeIdentifierSleepAnalysis` with a value of
 * `HKCategoryValueSleepAnalysisInBed`, `…Asleep` (before iOS 16), `…AsleepUnspecified`, `…AsleepCore`,
 * `…AsleepDeep`, `…AsleepREM` or `…Awake` and no unit, the watch's stages beside the phone's InBed, that body
 * fat is a fraction with `unit="%"` ("0.162"), and that times are "2026-10-03 08:12:44 +0100", the clock
 * the phone was on with its offset (no colon).
 *
 * What a person would recall of it, not the sensors' log: a note of the user's per day of theirs (format
 * `note`, said by the user; the file's format `applehealth`), keyed `applehealth:day:2026-10-18`, titled
 * "Apple Health, Sunday 18 October 2026", whose paragraphs are, in time order:
 * - each workout in words, its sport, how far in the unit written, how long, a run's pace, a ride's
 *   speed, a climb of 100 m or more, its day, its times and what recorded it: "Ran 10.6 km in 58 minutes 40
 *   seconds (5:32 per km) on Sunday 18 October, 09:02–10:00 (outdoor run workout, Apple Watch).", "Swam
 *   1,500 m in a 25 m pool in 38 minutes 55 seconds on … (pool swim workout, Apple Watch).", "Did strength
 *   training for 40 minutes on …", a run indoors "on a treadmill" (`HKIndoorWorkout`), each ended by its name
 *   in the Workout app; the distance from its `<WorkoutStatistics>` (`Distance…` `sum`), else its
 *   `totalDistance` (older exports); the same workout written twice (the watch's and an app's, of the same
 *   sport, started within two minutes) told once, the one with a distance kept;
 * - the night that began on the day (a sleep that starts from noon to noon the next day): "Slept 7 hours 12
 *   minutes on the night of Friday 30 October, 23:18 to 06:35." (one source's night, as the Health app
 *   shows one: the watch's stages before another app's, never both summed; its spells asleep within 90
 *   minutes of each other one sleep), a nap apart from it, "Napped 25 minutes on Monday 19 October, 14:05
 *   to 14:30."; a night with no asleep stage but time in bed, "In bed for …";
 * - the day's totals worth recalling: "On Saturday 7 November I took 14,382 steps, my resting heart rate
 *   was 53 bpm, and I weighed 74.8 kg at 08:12 (body fat 19.8%, Health Mate)." (the steps the source that
 *   counted most counted, as the watch and the phone count the same steps; the day's first weigh-in, in
 *   the unit written).
 * Times are told on the clock their offset says (read as UTC: the user's clock, as every reader keeps it;
 * the instant and the offset as written are in each paragraph's metadata). A paragraph is named by what it
 * is and when (`workout 2026-10-18T08:02:11.000Z`, `sleep 2026-10-30`, `day 2026-10-18`), so importing the
 * export again adds nothing, a later export adds only the days new since, and a day whose words changed
 * (the export's own day, steps grown since) supersedes what was remembered of it. A day with nothing worth
 * saying (heart-rate samples only) is no note.
 *
 * Not told: the samples themselves (heart rate, energy, distance, flights, noise …: a day's totals are the
 * recall), `<ActivitySummary>` (the rings' totals and goals: what the day's workouts and steps tell),
 * `<Correlation>`s (their records are top-level records too), `<Me>` (date of birth, sex, blood type),
 * `<ClinicalRecord>`, `<Audiogram>`, `<VisionPrescription>`. Beside export.xml (applehealthPassedOver), said
 * why: `export_cda.xml` (the same measurements as an HL7 clinical document), `workout-routes/*.gpx` (a
 * workout's GPS track, no words; the workout is told from export.xml), `electrocardiograms/*.csv` (an ECG's
 * voltages) and `clinical-records/` (health records from providers, FHIR resources).
 */
import { readdirSync } from "node:fs";
import { stat } from "node:fs/promises";
import { basename, dirname, join, sep } from "node:path";
import { rememberedTest } from "../kit/download-root.js";
import { fileStart } from "../kit/file-start.js";
import { type Stamp, sourceWords, type Workout, workoutTurn } from "./applehealth-workouts.js";
import { NO_TEXT, NOTE_SPEAKER } from "../notes/note.js";
import { clockOf, dayTotalsWords, dayWords, durationWords, restingClause, stepsClause, weighedClause } from "../kit/record-words.js";
import { ImportError, type ParsedConversation, type ParsedTurn, type ReadOptions } from "../kit/types.js";
import { streamXml } from "../kit/xml-stream.js";

/** Whether a file's start (its text, a byte-order mark dropped) is Apple Health's export.xml: `<!DOCTYPE HealthData [` or `<HealthData` after the XML declaration. */
export function isAppleHealthExport(start: string): boolean {
  return /^(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]{0,2000}?-->\s*)*(?:<!DOCTYPE\s+HealthData[\s[>]|<HealthData[\s/>])/.test(
    start.replace(/^\uFEFF/, "").trimStart(),
  );
}

/** Why each folder of an unzipped export holds no note. */
const ASIDE: Readonly<Record<string, string>> = {
  "workout-routes": "a workout's GPS route from Apple Health (its track, no words); the workout is told from export.xml",
  electrocardiograms: "an ECG recorded on the Apple Watch (its voltages, no words)",
  "clinical-records": "a health record a provider shared with Apple Health (FHIR data, no one's words)",
};

/** Why export_cda.xml (`exportar_cda.xml` …) is passed over. */
const CDA = "Apple Health's clinical document (export_cda.xml: the same measurements again, as HL7 CDA); the days are told from export.xml";

/** Whether the folder `root` holds Apple Health's export.xml, whatever its name (an .xml whose start is one), by the first KiB of at most eight .xml files (remembered per folder, at most 64). */
const isExportFolder = rememberedTest((root) => {
  const names = readdirSync(root).filter((n) => /\.xml$/i.test(n) && !/_cda\.xml$/i.test(n));
  names.sort((a, b) => Number(b.toLowerCase() === "export.xml") - Number(a.toLowerCase() === "export.xml"));
  return names.slice(0, 8).some((n) => isAppleHealthExport(fileStart(join(root, n)) ?? ""));
});

/**
 * Why `file` is passed over unread, in words, when it is a file of an unzipped Apple Health export but
 * its export.xml: `export_cda.xml` (`…_cda.xml`) beside it, or any file under its `workout-routes/`,
 * `electrocardiograms/` or `clinical-records/`; null for any other file. Reads the first KiB of the
 * folder's .xml files, remembered per folder.
 */
export function applehealthPassedOver(file: string): string | null {
  const parts = file.split(/[\\/]/);
  // (the folder right under the export: workout-routes/, electrocardiograms/, clinical-records/)
  for (let i = parts.length - 2; i >= 1; i--) {
    const why = ASIDE[parts[i]!.toLowerCase()];
    if (why && isExportFolder(parts.slice(0, i).join(sep) || sep)) return why;
  }
  if (/_cda\.xml$/i.test(basename(file)) && isExportFolder(dirname(file))) return CDA;
  return null;
}

/** "2026-10-18 09:02:11 +0100": the phone's clock and its offset, no colon. */
const HEALTH_TIME = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2}):?(\d{2})$/;

/** The time `value` gives, or null when it is none. */
function stampOf(value: string | undefined): Stamp | null {
  const m = HEALTH_TIME.exec((value ?? "").trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i]));
  const wall = Date.UTC(y!, mo! - 1, d!, h!, mi!, s!);
  const t = new Date(wall);
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo! - 1 || t.getUTCDate() !== d || h! > 23 || mi! > 59 || s! > 59) return null;
  const offset = (m[7] === "-" ? -1 : 1) * (Number(m[8]) * 60 + Number(m[9]));
  if (Math.abs(offset) > 18 * 60) return null;
  return { at: wall - offset * 60_000, wall, day: t.toISOString().slice(0, 10), written: value!.trim() };
}

/** A number an attribute writes, or null when it is absent or none. */
function numberOf(value: string | undefined): number | null {
  if (value === undefined || !value.trim()) return null;
  const n = Number(value.trim());
  return Number.isFinite(n) ? n : null;
}

/** An interval asleep or in bed: its instants, and the clocks (wall times) of its ends. */
type Span = { from: number; to: number; fromWall: number; toWall: number };

/** What a day holds worth saying. */
interface Day {
  /** Steps counted, by source. */
  steps: Map<string, number>;
  resting: { bpm: number; at: number } | null;
  weight: { value: number; unit: string; wall: number; at: number; source: string } | null;
  fat: { percent: number; at: number } | null;
  workouts: Workout[];
  /** The night begun on the day, by source: its spans asleep and in bed, and whether its asleep spans are stages (Core, Deep, REM: the watch's). */
  sleep: Map<string, { asleep: Span[]; inBed: Span[]; staged: boolean }>;
}

const STEPS = "HKQuantityTypeIdentifierStepCount";
const RESTING = "HKQuantityTypeIdentifierRestingHeartRate";
const BODY_MASS = "HKQuantityTypeIdentifierBodyMass";
const BODY_FAT = "HKQuantityTypeIdentifierBodyFatPercentage";
const SLEEP = "HKCategoryTypeIdentifierSleepAnalysis";

/** A sleep record's value: asleep (any stage), in bed, or awake; older exports' numbers as HealthKit numbers them. */
function sleepKind(value: string): "asleep" | "inBed" | "awake" | null {
  const v = value.trim().replace(/^HKCategoryValueSleepAnalysis/, "");
  if (/^(?:Asleep|AsleepUnspecified|AsleepCore|AsleepDeep|AsleepREM|1|3|4|5)$/.test(v)) return "asleep";
  if (v === "InBed" || v === "0") return "inBed";
  if (v === "Awake" || v === "2") return "awake";
  return null;
}

/** Adds `span` to `spans` (sorted by start), merging those that overlap or touch. */
function addSpan(spans: Span[], span: Span): void {
  let merged = { ...span };
  const kept: Span[] = [];
  for (const s of spans) {
    if (s.to < merged.from || s.from > merged.to) kept.push(s);
    else
      merged = {
        from: Math.min(s.from, merged.from),
        to: Math.max(s.to, merged.to),
        fromWall: s.from < merged.from ? s.fromWall : merged.fromWall,
        toWall: s.to > merged.to ? s.toWall : merged.toWall,
      };
  }
  kept.push(merged);
  kept.sort((a, b) => a.from - b.from);
  spans.splice(0, spans.length, ...kept);
}

/** Sleeps of a night apart by more than this (ms) are two (a nap and the night). */
const APART_MS = 90 * 60_000;

/** The time spans add up to (ms). */
function spanned(spans: Span[]): number {
  return spans.reduce((n, s) => n + (s.to - s.from), 0);
}

/**
 * The night's spans told: one source's, as the Health app shows one source's night, not every source's
 * summed: a source whose asleep spans are stages (the watch's Core, Deep and REM) first, else the one asleep
 * longest; with no source asleep, the one in bed longest. Whether they are asleep or in bed, and the source.
 */
function nightSpans(d: Day): { spans: Span[]; asleep: boolean; source: string } | null {
  const sources = [...d.sleep.entries()];
  const asleep = sources
    .filter(([, n]) => n.asleep.length)
    .sort(([, a], [, b]) => Number(b.staged) - Number(a.staged) || spanned(b.asleep) - spanned(a.asleep));
  if (asleep.length) return { spans: asleep[0]![1].asleep, asleep: true, source: asleep[0]![0] };
  const inBed = sources.filter(([, n]) => n.inBed.length).sort(([, a], [, b]) => spanned(b.inBed) - spanned(a.inBed));
  return inBed.length ? { spans: inBed[0]![1].inBed, asleep: false, source: inBed[0]![0] } : null;
}

/** Whether a sleep is a nap: begun from 09:00 to 19:00 on the clock, and under three hours. */
function isNap(sleep: Span[]): boolean {
  const hour = new Date(sleep[0]!.fromWall).getUTCHours();
  return hour >= 9 && hour < 19 && spanned(sleep) < 3 * 3_600_000;
}

/**
 * A night's paragraph, its spans grouped into sleeps (those within 90 minutes of each other are one, woken
 * between them): its longest sleep that is no nap ("Slept 7 hours 12 minutes on the night of Friday 30
 * October, 23:18 to 06:35."), or its time in bed ("In bed for …"), and its naps ("Napped 25 minutes on
 * Monday 19 October, 14:05 to 14:30."); null when it has none of a minute or more.
 */
function nightTurn(day: string, d: Day): ParsedTurn | null {
  const night = nightSpans(d);
  if (!night) return null;
  const sleeps: Span[][] = [];
  for (const s of night.spans) {
    const last = sleeps.at(-1);
    if (last && s.from - last.at(-1)!.to <= APART_MS) last.push(s);
    else sleeps.push([s]);
  }
  const naps = night.asleep ? sleeps.filter((g) => isNap(g) && spanned(g) >= 5 * 60_000) : [];
  const rest = sleeps.filter((g) => !naps.includes(g));
  const main = rest.length ? rest.reduce((a, b) => (spanned(b) > spanned(a) ? b : a)) : null;
  const minutes = (g: Span[]) => Math.round(spanned(g) / 60_000);
  const lines: string[] = [];
  if (main && minutes(main) >= 1) {
    const how = `${durationWords(minutes(main) * 60)} on the night of ${dayWords(Date.parse(`${day}T12:00:00Z`))}, ${clockOf(main[0]!.fromWall)} to ${clockOf(main.at(-1)!.toWall)}.`;
    lines.push(night.asleep ? `Slept ${how}` : `In bed for ${how}`);
  }
  for (const nap of naps)
    lines.push(`Napped ${durationWords(minutes(nap) * 60)} on ${dayWords(nap[0]!.fromWall)}, ${clockOf(nap[0]!.fromWall)} to ${clockOf(nap.at(-1)!.toWall)}.`);
  if (!lines.length) return null;
  const told = main && minutes(main) >= 1 ? main : naps[0]!;
  return {
    externalId: `sleep ${day}`,
    speaker: NOTE_SPEAKER,
    role: "user",
    occurredAt: Math.min(...[...(main && minutes(main) >= 1 ? [main] : []), ...naps].map((g) => g[0]!.fromWall)),
    text: lines.join(" "),
    metadata: {
      applehealth: {
        kind: "sleep",
        night: day,
        minutes: minutes(told),
        asleep: night.asleep,
        source: night.source,
        from: new Date(told[0]!.from).toISOString(),
        to: new Date(told.at(-1)!.to).toISOString(),
        ...(naps.length ? { naps: naps.map(minutes) } : {}),
      },
    },
  };
}

/** A day's totals' paragraph (steps, resting heart rate, weight), or null when it has none. */
function totalsTurn(day: string, d: Day): ParsedTurn | null {
  const steps = Math.round(Math.max(0, ...d.steps.values()));
  const parts: string[] = [];
  if (steps > 0) parts.push(stepsClause(steps));
  if (d.resting) parts.push(restingClause(d.resting.bpm));
  if (d.weight) parts.push(weighedClause({ value: d.weight.value, unit: d.weight.unit, wall: d.weight.wall, fat: d.fat?.percent, source: d.weight.source }));
  if (!parts.length) return null;
  return {
    externalId: `day ${day}`,
    speaker: NOTE_SPEAKER,
    role: "user",
    occurredAt: Date.parse(`${day}T12:00:00Z`),
    text: dayTotalsWords(day, parts),
    metadata: {
      applehealth: {
        kind: "day",
        day,
        ...(steps > 0 ? { steps, stepsBySource: Object.fromEntries(d.steps) } : {}),
        ...(d.resting ? { restingHeartRate: d.resting.bpm } : {}),
        ...(d.weight ? { weight: { value: d.weight.value, unit: d.weight.unit, at: new Date(d.weight.at).toISOString(), source: d.weight.source } } : {}),
        ...(d.fat ? { bodyFatPercent: d.fat.percent } : {}),
      },
    },
  };
}

const TITLE_DAY = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** A day's note: its workouts, its night and its totals, in time order; null when none has anything to say. */
function dayNote(day: string, d: Day): ParsedConversation | null {
  const turns = [...d.workouts.map(workoutTurn), nightTurn(day, d), totalsTurn(day, d)].filter((t): t is ParsedTurn => t !== null);
  if (!turns.length) return null;
  turns.sort((a, b) => a.occurredAt - b.occurredAt);
  return {
    format: "note",
    externalId: `applehealth:day:${day}`,
    title: `Apple Health, ${TITLE_DAY.format(Date.parse(`${day}T12:00:00Z`)).replace(",", "")}`,
    participants: [NOTE_SPEAKER],
    startedAt: turns[0]!.occurredAt,
    turns,
    records: "day",
  };
}

/** The day `day` (made when new). */
function dayOf(days: Map<string, Day>, day: string): Day {
  let d = days.get(day);
  if (!d) {
    d = { steps: new Map(), resting: null, weight: null, fat: null, workouts: [], sleep: new Map() };
    days.set(day, d);
  }
  return d;
}

/** The day whose night a sleep starting at `wall` belongs to: noon to noon the next day ("2026-10-30" for 00:30 on 31 October). */
function nightOf(wall: number): string {
  return new Date(wall - 12 * 3_600_000).toISOString().slice(0, 10);
}

/** A duration's seconds from a `duration` and its `durationUnit` ("min", "s", "hr", "ms", "d"), or null for a unit HealthKit has not. */
function secondsOf(value: number, unit: string | undefined): number | null {
  const factor: Record<string, number> = { s: 1, sec: 1, ms: 0.001, min: 60, hr: 3600, h: 3600, d: 86400 };
  const f = factor[(unit ?? "min").trim().toLowerCase()];
  return f === undefined ? null : value * f;
}

/** A quantity a MetadataEntry writes, "41230 cm", "25 m", "1380 ft", in metres; null for another. */
function metresOf(value: string | undefined): number | null {
  const m = /^(-?\d+(?:\.\d+)?)\s*(cm|m|km|ft|mi|yd)$/i.exec((value ?? "").trim());
  if (!m) return null;
  const factor: Record<string, number> = { cm: 0.01, m: 1, km: 1000, ft: 0.3048, mi: 1609.344, yd: 0.9144 };
  return Number(m[1]) * factor[m[2]!.toLowerCase()]!;
}

/** A workout being read: its element's attributes and what its children say. */
interface WorkoutDraft {
  attrs: Record<string, string>;
  line: number;
  n: number;
  meta: Map<string, string>;
  stats: Map<string, Record<string, string>>;
  route: string | null;
}

/**
 * Reads `file`, Apple Health's export.xml (UTF-8, streamed: xml-stream.ts), as notes of the user's
 * (format `note`, said by the user, speaker "User"): a note per day on the phone's clock (externalId
 * `applehealth:day:2026-10-18`, title "Apple Health, Sunday 18 October 2026"), its workouts, the night
 * that began on it and its totals each a paragraph in words (see the module's docs), in time order, the
 * days in order, given once the file is read (memory holds a few numbers a day and each workout, never a
 * sample). Turn metadata `{ applehealth: { kind: "workout", type, start, end (as written, with their
 * offsets), seconds, distance { value, unit }, energy, heartRate { average, maximum }, climbMetres, indoor,
 * source, route } | { kind: "sleep", night, minutes, asleep, from, to } | { kind: "day", day, steps,
 * stepsBySource, restingHeartRate, weight { value, unit, at, source }, bodyFatPercent } }`.
 * @throws ImportError naming the file and where: a time that is none in an element read (`line 8012,
 *   <Workout> 3 "startDate": "2026-13-01 09:00:00 +0100" is no time …`), a Record's value that is no number
 *   (steps, resting heart rate, weight, body fat), a workout's duration that is none; a root that is not
 *   `<HealthData>` (`line 1`), a file that ends before `</HealthData>` (cut short: export it again);
 *   invalid UTF-8 at its line and byte. A file that is not export.xml but one of the export's others
 *   says why, "the note has no text: …" (a folder passes it over: {@link applehealthPassedOver}); so does
 *   an export with nothing to tell.
 */
export async function* parseAppleHealth(file: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const aside = applehealthPassedOver(file);
  if (aside) throw new ImportError(file, "line 1", `${NO_TEXT}: ${aside}`);
  const size = (await stat(file)).size;
  const days = new Map<string, Day>();
  const open: string[] = [];
  let workout: WorkoutDraft | null = null;
  let records = 0;
  let workouts = 0;
  let rooted = false;
  let ended = false;
  const where = (line: number, element: string, n: number, attr: string) => `line ${line}, <${element}> ${n.toLocaleString("en-GB")} "${attr}"`;
  const timeOf = (attrs: Record<string, string>, attr: string, line: number, element: string, n: number): Stamp => {
    const s = stampOf(attrs[attr]);
    if (!s)
      throw new ImportError(
        file,
        where(line, element, n, attr),
        `${JSON.stringify(attrs[attr] ?? null)} is no time: expected one as the Health app writes it, "2026-10-18 09:02:11 +0100"`,
      );
    return s;
  };
  const amountOf = (attrs: Record<string, string>, line: number, n: number, expected: string): number => {
    const v = numberOf(attrs.value);
    if (v === null || v < 0)
      throw new ImportError(file, where(line, "Record", n, "value"), `${JSON.stringify(attrs.value ?? null)} is no number: expected ${expected}`);
    return v;
  };

  /** A top-level Record: steps, resting heart rate, weight, body fat and sleep are kept; any other sample is passed over unread. */
  const readRecord = (attrs: Record<string, string>, line: number, n: number) => {
    const type = attrs.type ?? "";
    if (type !== STEPS && type !== RESTING && type !== BODY_MASS && type !== BODY_FAT && type !== SLEEP) return;
    const start = timeOf(attrs, "startDate", line, "Record", n);
    const source = (attrs.sourceName ?? "").trim();
    if (type === SLEEP) {
      const kind = sleepKind(attrs.value ?? "");
      if (kind !== "asleep" && kind !== "inBed") return;
      const end = timeOf(attrs, "endDate", line, "Record", n);
      if (end.at <= start.at) return;
      const night = dayOf(days, nightOf(start.wall)).sleep;
      let spans = night.get(source);
      if (!spans) {
        spans = { asleep: [], inBed: [], staged: false };
        night.set(source, spans);
      }
      if (kind === "asleep" && /(?:Core|Deep|REM)$/.test(attrs.value ?? "")) spans.staged = true;
      addSpan(kind === "asleep" ? spans.asleep : spans.inBed, { from: start.at, to: end.at, fromWall: start.wall, toWall: end.wall });
      return;
    }
    const d = dayOf(days, start.day);
    if (type === STEPS) d.steps.set(source, (d.steps.get(source) ?? 0) + amountOf(attrs, line, n, 'a count of steps, "1204"'));
    else if (type === RESTING) {
      const bpm = amountOf(attrs, line, n, 'beats a minute, "53"');
      if (!d.resting || start.at >= d.resting.at) d.resting = { bpm, at: start.at };
    } else if (type === BODY_MASS) {
      const value = amountOf(attrs, line, n, 'a weight, "74.8"');
      if (!d.weight || start.at < d.weight.at)
        d.weight = { value, unit: (attrs.unit ?? "").trim() || "kg", wall: start.wall, at: start.at, source: sourceWords(source, attrs.device) };
    } else {
      const v = amountOf(attrs, line, n, 'a share, "0.192"');
      const percent = (attrs.unit ?? "%").trim() === "%" && v <= 1 ? v * 100 : v;
      if (!d.fat || start.at < d.fat.at) d.fat = { percent, at: start.at };
    }
  };

  /** The workout whose element has closed, added to its day (the same one written twice told once). */
  const endWorkout = (w: WorkoutDraft) => {
    const start = timeOf(w.attrs, "startDate", w.line, "Workout", w.n);
    const end = timeOf(w.attrs, "endDate", w.line, "Workout", w.n);
    const given = numberOf(w.attrs.duration);
    const seconds = given === null ? (end.at - start.at) / 1000 : secondsOf(given, w.attrs.durationUnit);
    if (seconds === null || seconds < 0)
      throw new ImportError(
        file,
        where(w.line, "Workout", w.n, "duration"),
        `${JSON.stringify(w.attrs.duration)} ${JSON.stringify(w.attrs.durationUnit ?? "")} is no duration: expected minutes, "58.67" "min"`,
      );
    let distance: Workout["distance"] = null;
    for (const [type, s] of w.stats) {
      const sum = numberOf(s.sum);
      if (/^HKQuantityTypeIdentifierDistance/.test(type) && sum !== null && sum > 0 && s.unit) {
        distance = { value: sum, unit: s.unit.trim() };
        break;
      }
    }
    const total = numberOf(w.attrs.totalDistance);
    if (!distance && total !== null && total > 0) distance = { value: total, unit: (w.attrs.totalDistanceUnit ?? "km").trim() };
    const energyStat = w.stats.get("HKQuantityTypeIdentifierActiveEnergyBurned");
    const energySum = numberOf(energyStat?.sum) ?? numberOf(w.attrs.totalEnergyBurned);
    const heart = w.stats.get("HKQuantityTypeIdentifierHeartRate");
    const location = w.meta.get("HKSwimmingLocationType");
    const done: Workout = {
      type: (w.attrs.workoutActivityType ?? "").trim(),
      start,
      end,
      seconds,
      distance,
      energy: energySum === null ? null : { value: energySum, unit: (energyStat?.unit ?? w.attrs.totalEnergyBurnedUnit ?? "kcal").trim() },
      heartRate: heart ? { average: numberOf(heart.average), maximum: numberOf(heart.maximum) } : null,
      climbMetres: metresOf(w.meta.get("HKElevationAscended")),
      indoor: w.meta.get("HKIndoorWorkout") === "1",
      swimWhere: location === "1" ? "pool" : location === "2" ? "open water" : null,
      lapLength: /^\d+(?:\.\d+)?\s*(?:m|yd)$/i.test(w.meta.get("HKLapLength") ?? "") ? w.meta.get("HKLapLength")!.trim() : null,
      source: sourceWords(w.attrs.sourceName ?? "", w.attrs.device),
      route: w.route,
    };
    const d = dayOf(days, start.day);
    const twin = d.workouts.findIndex((o) => o.type === done.type && Math.abs(o.start.at - done.start.at) <= 120_000);
    if (twin < 0) d.workouts.push(done);
    else if (!d.workouts[twin]!.distance && done.distance) d.workouts[twin] = done;
  };

  const xml = streamXml(
    file,
    size,
    {
      onopentag(name, attrs) {
        if (!rooted) {
          if (name !== "HealthData")
            throw new ImportError(file, `line ${xml.line()}`, `its root is <${name}>, not <HealthData>: not Apple Health's export.xml`);
          rooted = true;
        }
        const depth = open.length;
        open.push(name);
        if (depth === 1) {
          if (name === "Record") readRecord(attrs, xml.line(), ++records);
          else if (name === "Workout") workout = { attrs, line: xml.line(), n: ++workouts, meta: new Map(), stats: new Map(), route: null };
          return;
        }
        if (!workout || open[1] !== "Workout") return;
        // (a workout's own entries and statistics; those of its WorkoutActivity, a part of it, where it has none of its own)
        const own = depth === 2;
        const part = depth === 3 && open[2] === "WorkoutActivity";
        if ((own || part) && name === "MetadataEntry" && attrs.key && (own || !workout.meta.has(attrs.key))) workout.meta.set(attrs.key, attrs.value ?? "");
        else if ((own || part) && name === "WorkoutStatistics" && attrs.type && (own || !workout.stats.has(attrs.type))) workout.stats.set(attrs.type, attrs);
        else if (name === "FileReference" && open[depth - 1] === "WorkoutRoute" && attrs.path) workout.route = attrs.path;
      },
      onclosetag(name, implied) {
        open.pop();
        if (open.length === 0 && name === "HealthData") ended = !implied;
        // (a workout's element closed, or self-closing, an older export's with no children; one the file's end cuts short is refused below)
        if (open.length === 1 && name === "Workout" && workout) {
          const w = workout;
          workout = null;
          endWorkout(w);
        }
      },
    },
    { decodeEntities: true },
    opts.onProgress,
  );
  for await (const _ of xml.steps) {
    // (nothing is given before the file's end: a day's steps, sleep and workouts are written apart, each type of record in turn)
  }
  if (!rooted) throw new ImportError(file, "line 1", "no <HealthData> element: not Apple Health's export.xml");
  if (!ended)
    throw new ImportError(file, `byte ${xml.bytesRead()}`, "the file ends before </HealthData>: the export is cut short (export it again from the Health app)");
  let told = 0;
  for (const day of [...days.keys()].sort()) {
    const note = dayNote(day, days.get(day)!);
    if (!note) continue;
    told++;
    yield note;
  }
  if (!told)
    throw new ImportError(
      file,
      `byte ${xml.bytesRead()}`,
      `${NO_TEXT}: an Apple Health export with no workout, sleep, steps, resting heart rate or weight to tell (${records.toLocaleString("en-GB")} records)`,
    );
}

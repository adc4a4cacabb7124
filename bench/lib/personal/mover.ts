/**
 * The mover: Priya trains for the Bristol 10K (Sunday 29 November 2026) with an Apple Watch and a
 * Withings smart scale, both writing into Apple Health on her iPhone. On the morning of Tuesday 24
 * November she exports it (Health → her picture → Export All Health Data → Export: `export.zip`),
 * unzips it and imports the folder (`engram import apple_health_export`). The folder is as the Health
 * app writes it:
 *
 * - `export.xml`: `<?xml version="1.0" encoding="UTF-8"?>`, the long internal DTD that opens every
 *   export (`<!DOCTYPE HealthData [`, `<!-- HealthKit Export Version: 14 -->`, an `<!ELEMENT>` and
 *   `<!ATTLIST>` for each element, two `<!-- Note: … -->` comments, `]>`), then `<HealthData
 *   locale="en_GB">` holding `<ExportDate value="2026-11-24 08:41:17 +0000"/>`, `<Me
 *   HKCharacteristicTypeIdentifierDateOfBirth=… BiologicalSex=… BloodType=… FitzpatrickSkinType=…
 *   CardioFitnessMedicationsUse=…/>`, then every sample as a `<Record type sourceName sourceVersion
 *   device? unit creationDate startDate endDate value>` grouped by type (steps from both the iPhone and
 *   the watch, heart rate every few minutes, one resting heart rate a day, active energy, walking and
 *   running distance, sleep stages from the watch, `HKCategoryValueSleepAnalysisAsleepCore`/`Deep`/
 *   `REM`/`Awake`, beside the iPhone's `InBed`, her weight and body fat from "Health Mate" (Withings)
 *   with its `MetadataEntry`s, body fat a fraction, `value="0.192"` with `unit="%"`),
 *   then the `<Workout>`s as watchOS 11 writes them (`duration` in min,
 *   no `totalDistance` attributes: `<MetadataEntry>`s HKIndoorWorkout, HKTimeZone, HKWeatherTemperature
 *   "53.6 degF", HKElevationAscended "4521 cm", a swim's HKSwimmingLocationType and HKLapLength,
 *   `<WorkoutEvent>` segments, `<WorkoutActivity>`, `<WorkoutStatistics type sum|average|minimum|maximum
 *   unit>` for energy, distance (km; a swim's m) and heart rate, `<WorkoutRoute>` naming its
 *   `<FileReference path="/workout-routes/route_2026-10-18_10.01am.gpx"/>`), then an `<ActivitySummary
 *   dateComponents activeEnergyBurned … appleStandHoursGoal/>` per day. Times are the phone's clock with
 *   its offset, "2026-10-18 09:02:11 +0100", British Summer Time until Sunday 25 October, then "+0000".
 * - `export_cda.xml` (the same measurements as an HL7 CDA `<ClinicalDocument>`, "Health Export CDA"),
 *   `workout-routes/route_….gpx` (each outdoor workout's GPS track, `creator="Apple Health Export"`) and
 *   `electrocardiograms/ecg_2026-11-12.csv` (an ECG from the watch: its header lines, "Name,…",
 *   "Recorded Date,…", "Classification,Sinus Rhythm", "Sample Rate,512 hertz", "Lead,Lead I",
 *   "Unit,µV", then a voltage a line).
 *
 * Checked against public readers of the export and their fixtures: dogsheep/healthkit-to-sqlite (its
 * test export.xml: Me, a Health Mate Record with its MetadataEntries, a Workout with
 * HKTimeZone/HKWeatherTemperature and its WorkoutRoute's FileReference, ActivitySummary), an
 * export_cda.xml quoted in a parser's fixture (its header, "Health Export CDA", and observations), a HealthKit
 * Export Version 14 DTD quoted whole in public code and notes (Me's CardioFitnessMedicationsUse, Record's
 * and Workout's attributes, WorkoutStatistics' `sum|average|minimum|maximum|unit`, WorkoutActivity), a
 * real watchOS 26 running workout quoted in a parser's test (HKAverageMETs, segments, statistics in km
 * and kcal), notes that iOS 16 moved a workout's distance into WorkoutStatistics, that sleep stages are
 * AsleepCore/Deep/REM/Awake beside InBed with no unit, that body fat is written as a fraction with unit
 * "%", and ECG CSVs as the watch writes them. Hand-written by the developers while trying Engram as its
 * users would, in session 36, before Engram could read Apple Health (the first run's figures are in
 * bench/README.md). With it, the questions such a person asks later and the words a right answer holds,
 * and questions nothing here answers.
 */
import { seeded } from "./seeded.js";
import type { Person, PersonFile } from "./types.js";

const WATCH = "Priya’s Apple Watch";
const PHONE = "Priya’s iPhone";
const WATCH_DEVICE =
  "&lt;&lt;HKDevice: 0x302a1c0f0&gt;, name:Apple Watch, manufacturer:Apple Inc., model:Watch, hardware:Watch7,3, software:11.1, creation date:2026-09-19 08:12:40 +0000&gt;";
const PHONE_DEVICE = "&lt;&lt;HKDevice: 0x302a1c3c0&gt;, name:iPhone, manufacturer:Apple Inc., model:iPhone, hardware:iPhone16,1, software:26.1&gt;";

/** The export's prolog: its XML declaration and the internal DTD the Health app writes before `<HealthData>` (HealthKit Export Version 14). */
const PROLOG = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE HealthData [
<!-- HealthKit Export Version: 14 -->
<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary|ClinicalRecord|Audiogram|VisionPrescription)*)>
<!ATTLIST HealthData
  locale CDATA #REQUIRED
>
<!ELEMENT ExportDate EMPTY>
<!ATTLIST ExportDate
  value CDATA #REQUIRED
>
<!ELEMENT Me EMPTY>
<!ATTLIST Me
  HKCharacteristicTypeIdentifierDateOfBirth                 CDATA #REQUIRED
  HKCharacteristicTypeIdentifierBiologicalSex               CDATA #REQUIRED
  HKCharacteristicTypeIdentifierBloodType                   CDATA #REQUIRED
  HKCharacteristicTypeIdentifierFitzpatrickSkinType         CDATA #REQUIRED
  HKCharacteristicTypeIdentifierCardioFitnessMedicationsUse CDATA #REQUIRED
>
<!ELEMENT Record ((MetadataEntry|HeartRateVariabilityMetadataList)*)>
<!ATTLIST Record
  type          CDATA #REQUIRED
  unit          CDATA #IMPLIED
  value         CDATA #IMPLIED
  sourceName    CDATA #REQUIRED
  sourceVersion CDATA #IMPLIED
  device        CDATA #IMPLIED
  creationDate  CDATA #IMPLIED
  startDate     CDATA #REQUIRED
  endDate       CDATA #REQUIRED
>
<!-- Note: Any Records that appear as children of a correlation also appear as top-level records in this document. -->
<!ELEMENT Correlation ((MetadataEntry|Record)*)>
<!ATTLIST Correlation
  type          CDATA #REQUIRED
  sourceName    CDATA #REQUIRED
  sourceVersion CDATA #IMPLIED
  device        CDATA #IMPLIED
  creationDate  CDATA #IMPLIED
  startDate     CDATA #REQUIRED
  endDate       CDATA #REQUIRED
>
<!ELEMENT Workout ((MetadataEntry|WorkoutEvent|WorkoutRoute|WorkoutStatistics)*)>
<!ATTLIST Workout
  workoutActivityType   CDATA #REQUIRED
  duration              CDATA #IMPLIED
  durationUnit          CDATA #IMPLIED
  totalDistance         CDATA #IMPLIED
  totalDistanceUnit     CDATA #IMPLIED
  totalEnergyBurned     CDATA #IMPLIED
  totalEnergyBurnedUnit CDATA #IMPLIED
  sourceName            CDATA #REQUIRED
  sourceVersion         CDATA #IMPLIED
  device                CDATA #IMPLIED
  creationDate          CDATA #IMPLIED
  startDate             CDATA #REQUIRED
  endDate               CDATA #REQUIRED
>
<!ELEMENT WorkoutActivity ((MetadataEntry)*)>
<!ATTLIST WorkoutActivity
  uuid                 CDATA #REQUIRED
  startDate            CDATA #REQUIRED
  endDate              CDATA #IMPLIED
  duration             CDATA #IMPLIED
  durationUnit         CDATA #IMPLIED
>
<!ELEMENT WorkoutEvent ((MetadataEntry)*)>
<!ATTLIST WorkoutEvent
  type                 CDATA #REQUIRED
  date                 CDATA #REQUIRED
  duration             CDATA #IMPLIED
  durationUnit         CDATA #IMPLIED
>
<!ELEMENT WorkoutStatistics EMPTY>
<!ATTLIST WorkoutStatistics
  type                 CDATA #REQUIRED
  startDate            CDATA #REQUIRED
  endDate              CDATA #REQUIRED
  average              CDATA #IMPLIED
  minimum              CDATA #IMPLIED
  maximum              CDATA #IMPLIED
  sum                  CDATA #IMPLIED
  unit                 CDATA #IMPLIED
>
<!ELEMENT WorkoutRoute ((MetadataEntry|FileReference)*)>
<!ATTLIST WorkoutRoute
  sourceName    CDATA #REQUIRED
  sourceVersion CDATA #IMPLIED
  device        CDATA #IMPLIED
  creationDate  CDATA #IMPLIED
  startDate     CDATA #REQUIRED
  endDate       CDATA #REQUIRED
>
<!ELEMENT FileReference EMPTY>
<!ATTLIST FileReference
  path CDATA #REQUIRED
>
<!ELEMENT ActivitySummary EMPTY>
<!ATTLIST ActivitySummary
  dateComponents           CDATA #IMPLIED
  activeEnergyBurned       CDATA #IMPLIED
  activeEnergyBurnedGoal   CDATA #IMPLIED
  activeEnergyBurnedUnit   CDATA #IMPLIED
  appleMoveTime            CDATA #IMPLIED
  appleMoveTimeGoal        CDATA #IMPLIED
  appleExerciseTime        CDATA #IMPLIED
  appleExerciseTimeGoal    CDATA #IMPLIED
  appleStandHours          CDATA #IMPLIED
  appleStandHoursGoal      CDATA #IMPLIED
>
<!ELEMENT MetadataEntry EMPTY>
<!ATTLIST MetadataEntry
  key   CDATA #REQUIRED
  value CDATA #REQUIRED
>
<!-- Note: Heart Rate Variability records captured by Apple Watch may include an associated list of instantaneous beats-per-minute readings. -->
<!ELEMENT HeartRateVariabilityMetadataList (InstantaneousBeatsPerMinute*)>
<!ELEMENT InstantaneousBeatsPerMinute EMPTY>
<!ATTLIST InstantaneousBeatsPerMinute
  bpm  CDATA #REQUIRED
  time CDATA #REQUIRED
>
]>
`;

const random = seeded(36);

/** The days of the export, "2026-10-01" … "2026-11-24" (the last a morning only). */
const DAYS: string[] = [];
for (let t = Date.UTC(2026, 9, 1); t <= Date.UTC(2026, 10, 24); t += 86_400_000) DAYS.push(new Date(t).toISOString().slice(0, 10));

/** Minutes since midnight → "HH:MM:SS". */
function clock(minutes: number): string {
  const s = Math.round(minutes * 60);
  return `${String(Math.floor(s / 3600)).padStart(2, "0")}:${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`;
}

/** When British Summer Time ends: 01:00 UTC on Sunday 25 October 2026 (02:00 on the clock becomes 01:00). */
const BST_ENDS = Date.UTC(2026, 9, 25, 1, 0);

/** An instant (epoch ms) on the phone's clock as the export writes it, "2026-10-18 09:02:11 +0100" (BST until 25 October, then GMT). */
function stamp(instant: number): string {
  const offset = instant < BST_ENDS ? 60 : 0;
  const wall = new Date(Math.round((instant + offset * 60_000) / 1000) * 1000).toISOString();
  return `${wall.slice(0, 10)} ${wall.slice(11, 19)} ${offset ? "+0100" : "+0000"}`;
}

/** The instant of a wall-clock time on `day` (minutes after its midnight, under 24 hours; never the repeated hour of 25 October). */
function wallInstant(day: string, minutes: number): number {
  const guess = Date.parse(`${day}T00:00:00Z`) + minutes * 60_000;
  return guess - 60 * 60_000 < BST_ENDS ? guess - 60 * 60_000 : guess;
}

/** A wall-clock time on `day` as the export writes it, "2026-10-18 09:02:11 +0100". */
function at(day: string, minutes: number): string {
  return stamp(wallInstant(day, minutes));
}

/** The time `minutes` after `day`'s midnight has passed (past midnight, or over the hour the clocks go back), as the export writes it. */
function after(day: string, minutes: number): string {
  return stamp(wallInstant(day, 0) + minutes * 60_000);
}

/** A `<Record>` line as the export writes one (attributes in its order), with its MetadataEntry lines. */
function record(
  type: string,
  source: string,
  version: string,
  device: string | null,
  unit: string | null,
  start: string,
  end: string,
  value: string,
  meta: Array<[string, string]> = [],
): string {
  const attrs = [
    `type="${type}"`,
    `sourceName="${source}"`,
    `sourceVersion="${version}"`,
    ...(device ? [`device="${device}"`] : []),
    ...(unit ? [`unit="${unit}"`] : []),
    `creationDate="${end}"`,
    `startDate="${start}"`,
    `endDate="${end}"`,
    `value="${value}"`,
  ].join(" ");
  if (!meta.length) return ` <Record ${attrs}/>`;
  return [` <Record ${attrs}>`, ...meta.map(([k, v]) => `  <MetadataEntry key="${k}" value="${v}"/>`), " </Record>"].join("\n");
}

/** The steps each day as the watch counted them (the iPhone, left on the desk at times, counted fewer of the same steps). */
const STEPS: Record<string, number> = { "2026-11-07": 14382, "2026-11-24": 1840 };
for (const day of DAYS) STEPS[day] ??= 6500 + Math.round(random() * 9000);

/** Resting heart rate per day (bpm), falling as she gets fitter. */
const RESTING: Record<string, number> = { "2026-11-02": 53 };
DAYS.forEach((day, i) => {
  RESTING[day] ??= Math.round(58 - (i / DAYS.length) * 6 + (random() - 0.5) * 2);
});

/** Her weigh-ins: the day, the minute on the clock, kg and body fat (a fraction, as the export writes it). */
const WEIGH_INS: Array<[string, number, number, number]> = [
  ["2026-10-01", 7 * 60 + 2, 76.1, 0.214],
  ["2026-10-05", 7 * 60 + 15, 75.9, 0.212],
  ["2026-10-08", 6 * 60 + 58, 75.8, 0.211],
  ["2026-10-12", 7 * 60 + 20, 75.6, 0.208],
  ["2026-10-15", 7 * 60 + 4, 75.7, 0.207],
  ["2026-10-19", 7 * 60 + 11, 75.4, 0.205],
  ["2026-10-22", 7 * 60 + 1, 75.3, 0.203],
  ["2026-10-26", 7 * 60 + 30, 75.2, 0.202],
  ["2026-10-29", 7 * 60 + 6, 75.1, 0.2],
  ["2026-11-01", 8 * 60 + 12, 74.8, 0.198],
  ["2026-11-05", 7 * 60 + 9, 74.6, 0.197],
  ["2026-11-09", 7 * 60 + 14, 74.5, 0.195],
  ["2026-11-12", 7 * 60 + 3, 74.3, 0.194],
  ["2026-11-16", 7 * 60 + 18, 74.1, 0.192],
  ["2026-11-19", 7 * 60 + 7, 74.0, 0.191],
  ["2026-11-22", 8 * 60 + 25, 73.9, 0.19],
];

/** Each night: the evening's day, when she fell asleep (minutes after that day's midnight), when she woke, and minutes asleep. */
const NIGHTS: Array<[string, number, number, number]> = DAYS.slice(0, -1).map((day) => {
  if (day === "2026-10-30") return [day, 23 * 60 + 18, 24 * 60 + 6 * 60 + 47, 7 * 60 + 12];
  const start = 22 * 60 + 40 + Math.round(random() * 70);
  const end = 24 * 60 + 6 * 60 + 20 + Math.round(random() * 60);
  const asleep = end - start - 12 - Math.round(random() * 30);
  return [day, start, end, asleep];
});

/** A workout: its day, start (minutes after midnight), how long (seconds), what (HealthKit's name), how far (km, a swim's m), and whether indoors. */
type Session = { day: string; start: number; seconds: number; type: string; km?: number; metres?: number; indoor?: boolean; climb?: number };

const RUN = "HKWorkoutActivityTypeRunning";
const SESSIONS: Session[] = [
  { day: "2026-10-01", start: 18 * 60 + 10, seconds: 29 * 60 + 2, type: RUN, km: 5.1124 },
  { day: "2026-10-03", start: 9 * 60, seconds: 26 * 60 + 40, type: RUN, km: 5.0213 },
  { day: "2026-10-04", start: 9 * 60 + 15, seconds: 46 * 60 + 51, type: RUN, km: 8.2207 },
  { day: "2026-10-06", start: 18 * 60 + 5, seconds: 31 * 60 + 30, type: RUN, km: 5.6031 },
  { day: "2026-10-07", start: 7 * 60, seconds: 27 * 60 + 12, type: "HKWorkoutActivityTypeSwimming", metres: 1000 },
  { day: "2026-10-08", start: 18 * 60 + 30, seconds: 45 * 60, type: "HKWorkoutActivityTypeFunctionalStrengthTraining", indoor: true },
  { day: "2026-10-10", start: 9 * 60, seconds: 26 * 60 + 5, type: RUN, km: 5.0108 },
  { day: "2026-10-11", start: 9 * 60 + 10, seconds: 51 * 60 + 44, type: RUN, km: 9.1342 },
  { day: "2026-10-13", start: 18 * 60 + 2, seconds: 33 * 60 + 20, type: RUN, km: 6.0117 },
  { day: "2026-10-15", start: 18 * 60 + 15, seconds: 35 * 60 + 10, type: RUN, km: 6.4423 },
  { day: "2026-10-17", start: 10 * 60 + 30, seconds: 1 * 3600 + 42 * 60, type: "HKWorkoutActivityTypeWalking", km: 8.4391 },
  { day: "2026-10-18", start: 9 * 60 + 2, seconds: 58 * 60 + 40, type: RUN, km: 10.6021 },
  { day: "2026-10-20", start: 18 * 60 + 8, seconds: 30 * 60 + 11, type: RUN, km: 5.5206 },
  { day: "2026-10-21", start: 7 * 60 + 5, seconds: 39 * 60 + 48, type: "HKWorkoutActivityTypeSwimming", metres: 1500 },
  { day: "2026-10-22", start: 18 * 60 + 1, seconds: 34 * 60 + 2, type: RUN, km: 6.2035 },
  { day: "2026-10-24", start: 10 * 60, seconds: 4 * 3600 + 5 * 60, type: "HKWorkoutActivityTypeHiking", km: 14.2118, climb: 41230 },
  { day: "2026-10-25", start: 9 * 60 + 30, seconds: 1 * 3600 + 3 * 60 + 24, type: RUN, km: 11.3045 },
  { day: "2026-10-27", start: 18 * 60 + 5, seconds: 31 * 60 + 57, type: RUN, km: 5.8112 },
  { day: "2026-10-29", start: 19 * 60 + 10, seconds: 33 * 60, type: RUN, km: 6.0, indoor: true },
  { day: "2026-10-31", start: 9 * 60, seconds: 25 * 60 + 31, type: RUN, km: 5.0087 },
  { day: "2026-11-01", start: 9 * 60 + 20, seconds: 1 * 3600 + 8 * 60 + 15, type: RUN, km: 12.4133 },
  { day: "2026-11-03", start: 18 * 60 + 10, seconds: 33 * 60 + 9, type: RUN, km: 6.1092 },
  { day: "2026-11-04", start: 7 * 60 + 2, seconds: 38 * 60 + 55, type: "HKWorkoutActivityTypeSwimming", metres: 1500 },
  { day: "2026-11-05", start: 18 * 60 + 20, seconds: 37 * 60 + 40, type: RUN, km: 7.0021 },
  { day: "2026-11-07", start: 11 * 60, seconds: 1 * 3600 + 15 * 60, type: "HKWorkoutActivityTypeWalking", km: 6.3114 },
  { day: "2026-11-08", start: 9 * 60 + 15, seconds: 1 * 3600 + 11 * 60 + 3, type: RUN, km: 13.1208 },
  { day: "2026-11-09", start: 18 * 60 + 30, seconds: 40 * 60, type: "HKWorkoutActivityTypeFunctionalStrengthTraining", indoor: true },
  { day: "2026-11-10", start: 18 * 60 + 4, seconds: 32 * 60 + 30, type: RUN, km: 6.0124 },
  { day: "2026-11-12", start: 18 * 60 + 12, seconds: 35 * 60 + 1, type: RUN, km: 6.5039 },
  { day: "2026-11-14", start: 9 * 60, seconds: 24 * 60 + 48, type: RUN, km: 5.0031 },
  { day: "2026-11-14", start: 14 * 60, seconds: 1 * 3600 + 34 * 60 + 20, type: "HKWorkoutActivityTypeCycling", km: 32.5147, climb: 28712 },
  { day: "2026-11-15", start: 9 * 60 + 10, seconds: 1 * 3600 + 16 * 60 + 41, type: RUN, km: 14.0213 },
  { day: "2026-11-17", start: 18 * 60 + 6, seconds: 29 * 60 + 50, type: RUN, km: 5.5118 },
  { day: "2026-11-18", start: 7 * 60 + 1, seconds: 44 * 60 + 30, type: "HKWorkoutActivityTypeSwimming", metres: 1750 },
  { day: "2026-11-19", start: 18 * 60 + 3, seconds: 32 * 60 + 12, type: RUN, km: 6.0042 },
  { day: "2026-11-21", start: 9 * 60, seconds: 25 * 60 + 2, type: RUN, km: 5.0019 },
  { day: "2026-11-22", start: 9 * 60 + 30, seconds: 54 * 60 + 20, type: RUN, km: 10.0126 },
];

/** A route file's name as the Health app names it, by the workout's end on the clock: "route_2026-10-18_10.01am.gpx". */
function routeName(s: Session): string {
  const end = s.start + s.seconds / 60;
  const h = Math.floor(end / 60) % 24;
  const m = Math.floor(end % 60);
  return `route_${s.day}_${h % 12 || 12}.${String(m).padStart(2, "0")}${h < 12 ? "am" : "pm"}.gpx`;
}

/** Whether a session has a GPS route (outdoors, on land). */
function routed(s: Session): boolean {
  return !s.indoor && s.metres === undefined;
}

/** The `<Workout>` element of a session, as watchOS 11 writes it. */
function workout(s: Session, n: number): string {
  const start = at(s.day, s.start);
  const end = at(s.day, s.start + s.seconds / 60);
  const minutes = s.seconds / 60 + 0.00037 * (n % 7);
  const swim = s.metres !== undefined;
  const kcal = (s.seconds / 60) * (swim ? 9.1 : s.type === RUN ? 10.8 : 6.2);
  const hr = s.type === RUN ? 148 + (n % 9) : 118 + (n % 11);
  const stat = (type: string, rest: string) => `  <WorkoutStatistics type="${type}" startDate="${start}" endDate="${end}" ${rest}/>`;
  const lines = [
    ` <Workout workoutActivityType="${s.type}" duration="${minutes}" durationUnit="min" sourceName="${WATCH}" sourceVersion="11.1" device="${WATCH_DEVICE}" creationDate="${end}" startDate="${start}" endDate="${end}">`,
    `  <MetadataEntry key="HKIndoorWorkout" value="${s.indoor ? 1 : 0}"/>`,
    '  <MetadataEntry key="HKTimeZone" value="Europe/London"/>',
    ...(s.indoor || swim
      ? []
      : [
          '  <MetadataEntry key="HKWeatherHumidity" value="8200 %"/>',
          `  <MetadataEntry key="HKWeatherTemperature" value="${(50 + (n % 8)).toFixed(1)} degF"/>`,
        ]),
    ...(swim ? ['  <MetadataEntry key="HKSwimmingLocationType" value="1"/>', '  <MetadataEntry key="HKLapLength" value="25 m"/>'] : []),
    `  <MetadataEntry key="HKAverageMETs" value="${(kcal / (s.seconds / 3600) / 75).toFixed(4)} kcal/hr·kg"/>`,
    ...(s.climb ? [`  <MetadataEntry key="HKElevationAscended" value="${s.climb} cm"/>`] : []),
    ...(s.type === RUN
      ? [`  <WorkoutEvent type="HKWorkoutEventTypeSegment" date="${start}" duration="${(s.seconds / 60 / (s.km ?? 1)).toFixed(6)}" durationUnit="min"/>`]
      : []),
    `  <WorkoutActivity uuid="6F0C${String(n).padStart(4, "0")}-52B9-41CA-BCA9-9654D43F004E" startDate="${start}" endDate="${end}" duration="${minutes}" durationUnit="min"/>`,
    stat("HKQuantityTypeIdentifierActiveEnergyBurned", `sum="${kcal.toFixed(3)}" unit="kcal"`),
    stat("HKQuantityTypeIdentifierBasalEnergyBurned", `sum="${((s.seconds / 3600) * 68.4).toFixed(3)}" unit="kcal"`),
    stat("HKQuantityTypeIdentifierHeartRate", `average="${hr}.${n % 10}" minimum="${hr - 41}" maximum="${hr + 24}" unit="count/min"`),
    ...(s.km !== undefined
      ? [
          stat(
            s.type === "HKWorkoutActivityTypeCycling" ? "HKQuantityTypeIdentifierDistanceCycling" : "HKQuantityTypeIdentifierDistanceWalkingRunning",
            `sum="${s.km}" unit="km"`,
          ),
        ]
      : []),
    ...(swim
      ? [
          stat("HKQuantityTypeIdentifierDistanceSwimming", `sum="${s.metres}" unit="m"`),
          stat("HKQuantityTypeIdentifierSwimmingStrokeCount", `sum="${Math.round((s.metres ?? 0) * 0.41)}" unit="count"`),
        ]
      : []),
    ...(s.type === RUN && s.km !== undefined ? [stat("HKQuantityTypeIdentifierStepCount", `sum="${Math.round(s.km * 1420)}" unit="count"`)] : []),
    ...(routed(s)
      ? [
          `  <WorkoutRoute sourceName="${WATCH}" sourceVersion="11.1" creationDate="${end}" startDate="${start}" endDate="${end}">`,
          '   <MetadataEntry key="HKMetadataKeySyncVersion" value="2"/>',
          `   <MetadataEntry key="HKMetadataKeySyncIdentifier" value="8C1A${String(n).padStart(4, "0")}-7D0E-4F3B-9A61-1E2B3C4D5E6F"/>`,
          `   <FileReference path="/workout-routes/${routeName(s)}"/>`,
          "  </WorkoutRoute>",
        ]
      : []),
    " </Workout>",
  ];
  return lines.join("\n");
}

/** The sleep stages of a night, as the watch writes them: Core, Deep, REM and Awake segments, asleep for exactly `asleep` minutes, beside the iPhone's InBed. */
function night([day, start, end, asleep]: [string, number, number, number]): string[] {
  const awake = end - start - asleep;
  const stages = ["Core", "Deep", "Core", "REM"];
  const out: string[] = [
    record(
      "HKCategoryTypeIdentifierSleepAnalysis",
      PHONE,
      "26.1",
      null,
      null,
      after(day, start - 20),
      after(day, end + 6),
      "HKCategoryValueSleepAnalysisInBed",
      [["HKTimeZone", "Europe/London"]],
    ),
  ];
  // (two spells awake: a third of the time awake after the first half of the night, the rest just before waking)
  const firstAwake = Math.floor(awake / 3);
  const lastAwake = awake - firstAwake;
  const half = Math.floor(asleep / 2);
  let t = start;
  const sleepFor = (minutes: number, from: number) => {
    let left = minutes;
    let i = from;
    while (left > 0) {
      const len = Math.min(left, [34, 21, 28, 19][i % 4]!);
      out.push(
        record(
          "HKCategoryTypeIdentifierSleepAnalysis",
          WATCH,
          "11.1",
          WATCH_DEVICE,
          null,
          after(day, t),
          after(day, t + len),
          `HKCategoryValueSleepAnalysisAsleep${stages[i % 4]}`,
        ),
      );
      t += len;
      left -= len;
      i++;
    }
  };
  const wake = (minutes: number) => {
    if (minutes <= 0) return;
    out.push(
      record(
        "HKCategoryTypeIdentifierSleepAnalysis",
        WATCH,
        "11.1",
        WATCH_DEVICE,
        null,
        after(day, t),
        after(day, t + minutes),
        "HKCategoryValueSleepAnalysisAwake",
      ),
    );
    t += minutes;
  };
  sleepFor(half, 0);
  wake(firstAwake);
  sleepFor(asleep - half, 2);
  wake(lastAwake);
  return out;
}

/** Steps of a day split into records: the watch's and the iPhone's (fewer), each a spell of walking. */
function stepRecords(day: string): string[] {
  const total = STEPS[day]!;
  const spells =
    day === "2026-11-24"
      ? [7 * 60 + 5, 7 * 60 + 50, 8 * 60 + 20]
      : [7 * 60 + 40, 8 * 60 + 35, 12 * 60 + 10, 13 * 60 + 5, 17 * 60 + 30, 18 * 60 + 40, 20 * 60 + 15];
  const out: string[] = [];
  let left = total;
  spells.forEach((m, i) => {
    const n = i === spells.length - 1 ? left : Math.round(total / spells.length);
    left -= n;
    out.push(record("HKQuantityTypeIdentifierStepCount", WATCH, "11.1", WATCH_DEVICE, "count", at(day, m), at(day, m + 14), String(n)));
    out.push(record("HKQuantityTypeIdentifierStepCount", PHONE, "26.1", PHONE_DEVICE, "count", at(day, m + 1), at(day, m + 13), String(Math.round(n * 0.82))));
  });
  return out;
}

/** Heart rate samples of a day: every half hour from 07:00 (the watch samples far more often; these are enough to be many). */
function heartRates(day: string): string[] {
  const out: string[] = [];
  const last = day === "2026-11-24" ? 8 * 60 + 30 : 22 * 60;
  for (let m = 7 * 60; m <= last; m += 30) {
    const v = RESTING[day]! + 8 + Math.round(random() * 30);
    out.push(
      record("HKQuantityTypeIdentifierHeartRate", WATCH, "11.1", WATCH_DEVICE, "count/min", at(day, m), at(day, m), String(v), [
        ["HKMetadataKeyHeartRateMotionContext", String(m % 60 === 0 ? 1 : 0)],
      ]),
    );
  }
  return out;
}

/** The export.xml of her Health app, as of Tuesday 24 November 2026 at 08:41. */
function exportXml(): string {
  const lines: string[] = [
    PROLOG.trimEnd(),
    '<HealthData locale="en_GB">',
    ' <ExportDate value="2026-11-24 08:41:17 +0000"/>',
    ' <Me HKCharacteristicTypeIdentifierDateOfBirth="1992-03-14" HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexFemale" HKCharacteristicTypeIdentifierBloodType="HKBloodTypeNotSet" HKCharacteristicTypeIdentifierFitzpatrickSkinType="HKFitzpatrickSkinTypeNotSet" HKCharacteristicTypeIdentifierCardioFitnessMedicationsUse="None"/>',
  ];
  // (records grouped by type, as the Health app writes them: every day's steps, then every day's heart rate, …)
  for (const day of DAYS) lines.push(...stepRecords(day));
  for (const day of DAYS) lines.push(...heartRates(day));
  for (const day of DAYS.slice(0, -1))
    lines.push(
      record("HKQuantityTypeIdentifierRestingHeartRate", WATCH, "11.1", WATCH_DEVICE, "count/min", at(day, 0.2), at(day, 23 * 60 + 58), String(RESTING[day])),
    );
  for (const day of DAYS) {
    for (const m of [9 * 60, 13 * 60, 19 * 60])
      lines.push(
        record("HKQuantityTypeIdentifierActiveEnergyBurned", WATCH, "11.1", WATCH_DEVICE, "kcal", at(day, m), at(day, m + 5), (random() * 40 + 5).toFixed(3)),
      );
  }
  for (const day of DAYS)
    lines.push(
      record(
        "HKQuantityTypeIdentifierDistanceWalkingRunning",
        PHONE,
        "26.1",
        PHONE_DEVICE,
        "km",
        at(day, 12 * 60 + 10),
        at(day, 12 * 60 + 24),
        (STEPS[day]! / 1400).toFixed(5),
      ),
    );
  const withings = (day: string, minute: number): Array<[string, string]> => [
    ["Health Mate App Version", "6.12.0"],
    ["Withings User Identifier", "31827654"],
    ["Modified Date", `${day} ${clock(minute + 1)} +0000`],
    ["Withings Link", `withings-bd2://timeline/measure?userid=31827654&amp;date=${Date.parse(`${day}T00:00:00Z`) / 1000 + minute * 60}&amp;type=1`],
    ["HKWasUserEntered", "0"],
  ];
  for (const [day, minute, kg] of WEIGH_INS)
    lines.push(
      record("HKQuantityTypeIdentifierBodyMass", "Health Mate", "6120001", null, "kg", at(day, minute), at(day, minute), String(kg), withings(day, minute)),
    );
  for (const [day, minute, , fat] of WEIGH_INS)
    lines.push(
      record(
        "HKQuantityTypeIdentifierBodyFatPercentage",
        "Health Mate",
        "6120001",
        null,
        "%",
        at(day, minute),
        at(day, minute),
        String(fat),
        withings(day, minute),
      ),
    );
  for (const n of NIGHTS) lines.push(...night(n));
  SESSIONS.forEach((s, i) => {
    lines.push(workout(s, i));
  });
  for (const day of DAYS.slice(0, -1)) {
    const moved = SESSIONS.some((s) => s.day === day);
    lines.push(
      ` <ActivitySummary dateComponents="${day}" activeEnergyBurned="${(moved ? 620 : 380) + Math.round(random() * 90)}.${Math.round(random() * 999)}" activeEnergyBurnedGoal="500" activeEnergyBurnedUnit="kcal" appleMoveTime="0" appleMoveTimeGoal="0" appleExerciseTime="${moved ? 38 + Math.round(random() * 40) : 12}" appleExerciseTimeGoal="30" appleStandHours="${9 + Math.round(random() * 5)}" appleStandHoursGoal="12"/>`,
    );
  }
  lines.push("</HealthData>", "");
  return lines.join("\n");
}

/** export_cda.xml: the same measurements as an HL7 Clinical Document (its header and one observation of many), as the Health app writes it. */
const EXPORT_CDA = `<?xml version="1.0"?>
<?xml-stylesheet type="text/xsl" href="CDA.xsl"?>
<ClinicalDocument xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:hl7-org:v3 ../../../CDA%20R2/cda-schemas-and-samples/infrastructure/cda/CDA.xsd" xmlns="urn:hl7-org:v3" xmlns:cda="urn:hl7-org:v3" xmlns:sdtc="urn:l7-org:sdtc" xmlns:fhir="http://hl7.org/fhir/v3">
 <realmCode code="US"/>
 <typeId root="2.16.840.1.113883.1.3" extension="POCD_HD000040"/>
 <templateId root="2.16.840.1.113883.10.20.22.1.2"/>
 <id extension="Health Export CDA" root="1.1.1.1.1.1.1.1.1"/>
 <code codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC" code="34109-9" displayName="Note"/>
 <title>Health Data Export</title>
 <effectiveTime value="20261124084117+0000"/>
 <confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>
 <recordTarget>
  <patientRole>
   <id root="2.16.840.1.113883.4.6" nullFlavor="NA"/>
   <patient>
    <birthTime value="19920314"/>
   </patient>
  </patientRole>
 </recordTarget>
 <entry typeCode="DRIV">
  <organizer classCode="CLUSTER" moodCode="EVN">
   <templateId root="2.16.840.1.113883.10.20.22.4.26"/>
   <id root="c6f88320-67ad-11db-bd13-0800200c9a66"/>
   <code code="46680005" codeSystem="2.16.840.1.113883.6.96" codeSystemName="SNOMED CT" displayName="Vital signs"/>
   <statusCode code="completed"/>
   <effectiveTime>
    <low value="20261101081200+0000"/>
    <high value="20261101081200+0000"/>
   </effectiveTime>
   <component>
    <observation classCode="OBS" moodCode="EVN">
     <templateId root="2.16.840.1.113883.10.20.22.4.27"/>
     <id root="c6f88321-67ad-11db-bd13-0800200c9a66"/>
     <code code="3141-9" codeSystem="2.16.840.1.113883.6.1" codeSystemName="LOINC" displayName="Body weight Measured"/>
     <text>
      <sourceName>Health Mate</sourceName>
      <sourceVersion>6120001</sourceVersion>
      <value>74.8</value>
      <type>HKQuantityTypeIdentifierBodyMass</type>
      <unit>kg</unit>
     </text>
     <statusCode code="completed"/>
     <effectiveTime>
      <low value="20261101081200+0000"/>
      <high value="20261101081200+0000"/>
     </effectiveTime>
     <value xsi:type="PQ" value="74.8" unit="kg"/>
     <interpretationCode code="N" codeSystem="2.16.840.1.113883.5.83"/>
    </observation>
   </component>
  </organizer>
 </entry>
</ClinicalDocument>
`;

/** A workout's GPS track as the Health app writes it into workout-routes/ (a few of its points). */
function routeGpx(s: Session): string {
  const t0 = wallInstant(s.day, s.start);
  const pts = [0, 1, 2, 3].map((i) => {
    const time = new Date(t0 + i * 20_000).toISOString().replace(/\.000Z$/, "Z");
    return `   <trkpt lon="${(-2.6014 + i * 0.0004).toFixed(6)}" lat="${(51.4496 + i * 0.0003).toFixed(6)}"><ele>${(12.1 + i * 0.4).toFixed(6)}</ele><time>${time}</time><extensions><speed>${(2.9 + i * 0.1).toFixed(6)}</speed><course>${(48.2 + i).toFixed(6)}</course><hAcc>3.4</hAcc><vAcc>1.8</vAcc></extensions></trkpt>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gpx version="1.1" creator="Apple Health Export" xmlns="http://www.topografix.com/GPX/1/1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.topografix.com/GPX/1/1 http://www.topografix.com/GPX/1/1/gpx.xsd">',
    ` <metadata>\n  <time>${new Date(t0).toISOString().replace(/\.000Z$/, "Z")}</time>\n </metadata>`,
    " <trk>",
    `  <name>Route ${s.day}</name>`,
    "  <trkseg>",
    ...pts,
    "  </trkseg>",
    " </trk>",
    "</gpx>",
    "",
  ].join("\n");
}

/** An ECG recorded on the watch (Thursday 12 November), as electrocardiograms/ holds it: its header, then a voltage a line (µV). */
function ecgCsv(): string {
  const head = [
    "Name,Priya Shah",
    'Date of Birth,"14 Mar 1992"',
    "Recorded Date,2026-11-12 21:04:33 +0000",
    "Classification,Sinus Rhythm",
    "Symptoms,",
    "Software Version,2",
    'Device,"Watch7,3"',
    "Sample Rate,512 hertz",
    "",
    "",
    "Lead,Lead I",
    "Unit,µV",
    "",
    "",
  ];
  const samples: string[] = [];
  for (let i = 0; i < 1024; i++) {
    const t = (i % 512) / 512;
    samples.push((t > 0.2 && t < 0.24 ? 1100 * Math.sin(((t - 0.2) / 0.04) * Math.PI) : 55 * Math.sin(t * 2 * Math.PI)).toFixed(3));
  }
  return `${[...head, ...samples].join("\n")}\n`;
}

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "When did I last go swimming?", expect: ["18 November"] },
  { question: "How far did I run on Sunday 18 October?", expect: ["10.6 km"] },
  { question: "What did I weigh at the start of November?", expect: ["74.8"] },
  { question: "How much did I sleep on the night of 30 October?", expect: ["7 hours 12 minutes"] },
  { question: "How many steps did I do on Saturday 7 November?", expect: ["14,382"] },
  { question: "What was my resting heart rate on Monday 2 November?", expect: ["53"] },
  { question: "When did I go cycling?", expect: ["14 November"] },
  { question: "How far did I swim on Wednesday 4 November?", expect: ["1,500 m"] },
  { question: "What time did I go running on Tuesday 27 October?", expect: ["18:05"] },
  { question: "How long did my run on Saturday 14 November take?", expect: ["24 minutes"] },
  { question: "What workout did I do on Monday 9 November?", expect: ["strength training"] },
  { question: "When did I run on the treadmill?", expect: ["29 October"] },
  { question: "What was my time in the Bristol 10K?", expect: null },
  { question: "What's my blood pressure?", expect: null },
  { question: "How much water did I drink on Sunday 1 November?", expect: null },
];

const ROOT = "apple_health_export";

/** The mover: her unzipped Apple Health export imported as a folder, asked on Tuesday 24 November 2026. */
export const mover: Person = {
  name: "mover",
  files: [
    { name: `${ROOT}/export.xml`, text: exportXml(), mtime: Date.UTC(2026, 10, 24, 8, 41, 17) },
    { name: `${ROOT}/export_cda.xml`, text: EXPORT_CDA, mtime: Date.UTC(2026, 10, 24, 8, 41, 17) },
    ...SESSIONS.filter(routed).map(
      (s): PersonFile => ({ name: `${ROOT}/workout-routes/${routeName(s)}`, text: routeGpx(s), mtime: Date.UTC(2026, 10, 24, 8, 41, 17) }),
    ),
    { name: `${ROOT}/electrocardiograms/ecg_2026-11-12.csv`, text: ecgCsv(), mtime: Date.UTC(2026, 10, 24, 8, 41, 17) },
  ],
  folder: ROOT,
  askedAt: Date.UTC(2026, 10, 24, 9, 0),
  questions: QUESTIONS,
};

/**
 * Apple Health's export (core/ingest/applehealth.ts): export.xml, its internal DTD first, streamed, read
 * as a note of the user's per day: its workouts in words (the distance from WorkoutStatistics or an older
 * export's totalDistance, in the unit written; a run's pace; indoors, a pool; the same workout from two
 * sources told once), the night begun on it (the watch's and another app's stages merged, never counted
 * twice; a nap apart) and its totals (steps as the source that counted most counted them, resting heart
 * rate, the first weigh-in with its body fat), times on the clock of their offset; a day with nothing
 * worth saying left out; told by its start whatever its name, alone, in a folder and by --format; its
 * export_cda.xml, routes, ECGs and providers' records passed over, said why; importing again adds
 * nothing, a later export only the new days and a changed day's words; a bad file refused naming the
 * file, the line, the element and the attribute, and nothing stored.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, passedOverInFolder, whyPassedOver } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { applehealthPassedOver, isAppleHealthExport } from "../../core/ingest/health/applehealth.js";
import { type Workout, workoutTurn } from "../../core/ingest/health/applehealth-workouts.js";
import { importFile } from "../../core/ingest/import.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import type { ParsedConversation } from "../../core/ingest/kit/types.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-applehealth-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

/** A file of the test folder, its text (or bytes) as given. */
function write(name: string, text: string | Uint8Array): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** The start of every export.xml: the XML declaration and the internal DTD (HealthKit Export Version 14, a few of its declarations, its two notes). */
const PROLOG = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE HealthData [
<!-- HealthKit Export Version: 14 -->
<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary|ClinicalRecord|Audiogram|VisionPrescription)*)>
<!ATTLIST HealthData
  locale CDATA #REQUIRED
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
<!ELEMENT Workout ((MetadataEntry|WorkoutEvent|WorkoutRoute|WorkoutStatistics)*)>
<!ELEMENT WorkoutStatistics EMPTY>
<!-- Note: Heart Rate Variability records captured by Apple Watch may include an associated list of instantaneous beats-per-minute readings. -->
<!ELEMENT HeartRateVariabilityMetadataList (InstantaneousBeatsPerMinute*)>
]>
<HealthData locale="en_GB">
 <ExportDate value="2026-11-02 08:41:17 +0000"/>
 <Me HKCharacteristicTypeIdentifierDateOfBirth="1992-03-14" HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexFemale" HKCharacteristicTypeIdentifierBloodType="HKBloodTypeNotSet" HKCharacteristicTypeIdentifierFitzpatrickSkinType="HKFitzpatrickSkinTypeNotSet" HKCharacteristicTypeIdentifierCardioFitnessMedicationsUse="None"/>
`;

/** An export.xml of these elements' lines. */
function healthXml(lines: string[]): string {
  return `${PROLOG}${lines.join("\n")}\n</HealthData>\n`;
}

const WATCH = "Priya’s Apple Watch";
const PHONE = "Priya’s iPhone";
const WATCH_DEVICE = "&lt;&lt;HKDevice: 0x302a1c0f0&gt;, name:Apple Watch, manufacturer:Apple Inc., model:Watch, hardware:Watch7,3, software:11.1&gt;";
const PHONE_DEVICE = "&lt;&lt;HKDevice: 0x302a1c3c0&gt;, name:iPhone, manufacturer:Apple Inc., model:iPhone, hardware:iPhone16,1, software:26.1&gt;";

/** A `<Record>` as the export writes one: its type, source, unit (none for a category), start and end, value, and more attributes. */
function rec(type: string, source: string, unit: string | null, start: string, end: string, value: string, more = ""): string {
  const device = source === WATCH ? ` device="${WATCH_DEVICE}"` : source === PHONE ? ` device="${PHONE_DEVICE}"` : "";
  return ` <Record type="${type}" sourceName="${source}" sourceVersion="11.1"${device}${unit ? ` unit="${unit}"` : ""} creationDate="${end}" startDate="${start}" endDate="${end}" value="${value}"${more}/>`;
}

const STEPS = "HKQuantityTypeIdentifierStepCount";
const SLEEP = "HKCategoryTypeIdentifierSleepAnalysis";

/** A night's stage as the watch writes it. */
function stage(value: string, start: string, end: string, source = WATCH): string {
  return rec(SLEEP, source, null, start, end, `HKCategoryValueSleepAnalysis${value}`);
}

/** A run as watchOS 11 writes it: no totalDistance, its distance and energy in WorkoutStatistics, a route, a WorkoutActivity. */
const RUN = ` <Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="58.66666666666666" durationUnit="min" sourceName="${WATCH}" sourceVersion="11.1" device="${WATCH_DEVICE}" creationDate="2026-10-18 10:01:02 +0100" startDate="2026-10-18 09:02:00 +0100" endDate="2026-10-18 10:00:40 +0100">
  <MetadataEntry key="HKIndoorWorkout" value="0"/>
  <MetadataEntry key="HKTimeZone" value="Europe/London"/>
  <MetadataEntry key="HKWeatherTemperature" value="53.6 degF"/>
  <WorkoutEvent type="HKWorkoutEventTypeSegment" date="2026-10-18 09:02:00 +0100" duration="5.5" durationUnit="min"/>
  <WorkoutActivity uuid="936B9E1D-52B9-41CA-BCA9-9654D43F004E" startDate="2026-10-18 09:02:00 +0100" endDate="2026-10-18 10:00:40 +0100" duration="58.66666666666666" durationUnit="min">
   <WorkoutStatistics type="HKQuantityTypeIdentifierStepCount" startDate="2026-10-18 09:02:00 +0100" endDate="2026-10-18 10:00:40 +0100" sum="9120" unit="count"/>
   <MetadataEntry key="HKElevationAscended" value="4521 cm"/>
  </WorkoutActivity>
  <WorkoutStatistics type="HKQuantityTypeIdentifierActiveEnergyBurned" startDate="2026-10-18 09:02:00 +0100" endDate="2026-10-18 10:00:40 +0100" sum="633.6" unit="kcal"/>
  <WorkoutStatistics type="HKQuantityTypeIdentifierDistanceWalkingRunning" startDate="2026-10-18 09:02:00 +0100" endDate="2026-10-18 10:00:40 +0100" sum="10.6021" unit="km"/>
  <WorkoutStatistics type="HKQuantityTypeIdentifierHeartRate" startDate="2026-10-18 09:02:00 +0100" endDate="2026-10-18 10:00:40 +0100" average="152.3" minimum="98" maximum="176" unit="count/min"/>
  <WorkoutRoute sourceName="${WATCH}" sourceVersion="11.1" creationDate="2026-10-18 10:01:02 +0100" startDate="2026-10-18 09:02:00 +0100" endDate="2026-10-18 10:00:40 +0100">
   <MetadataEntry key="HKMetadataKeySyncVersion" value="2"/>
   <FileReference path="/workout-routes/route_2026-10-18_10.00am.gpx"/>
  </WorkoutRoute>
 </Workout>`;

/** Sunday 18 and Monday 19 October: steps from both devices, a resting heart rate, a weigh-in, a night, a run and the same run again from Strava, a swim, an older export's walk, a blood pressure's Correlation, the rings. */
const OCTOBER = [
  rec(STEPS, WATCH, "count", "2026-10-18 08:10:00 +0100", "2026-10-18 08:24:00 +0100", "4200"),
  rec(STEPS, PHONE, "count", "2026-10-18 08:11:00 +0100", "2026-10-18 08:23:00 +0100", "3400"),
  rec(STEPS, WATCH, "count", "2026-10-18 17:40:00 +0100", "2026-10-18 17:54:00 +0100", "8182"),
  rec(STEPS, PHONE, "count", "2026-10-18 17:41:00 +0100", "2026-10-18 17:53:00 +0100", "8100"),
  rec(STEPS, PHONE, "count", "2026-10-19 07:41:00 +0100", "2026-10-19 07:53:00 +0100", "2310"),
  rec("HKQuantityTypeIdentifierHeartRate", WATCH, "count/min", "2026-10-18 09:30:00 +0100", "2026-10-18 09:30:00 +0100", "161"),
  rec("HKQuantityTypeIdentifierRestingHeartRate", WATCH, "count/min", "2026-10-18 00:00:12 +0100", "2026-10-18 23:58:40 +0100", "51"),
  ` <Record type="HKQuantityTypeIdentifierBodyMass" sourceName="Health Mate" sourceVersion="6120001" unit="kg" creationDate="2026-10-18 07:12:40 +0100" startDate="2026-10-18 07:12:32 +0100" endDate="2026-10-18 07:12:32 +0100" value="74.8">
  <MetadataEntry key="Health Mate App Version" value="6.12.0"/>
  <MetadataEntry key="Withings Link" value="withings-bd2://timeline/measure?userid=31827654&amp;date=1792217552&amp;type=1"/>
  <MetadataEntry key="HKWasUserEntered" value="0"/>
 </Record>`,
  rec("HKQuantityTypeIdentifierBodyMass", "Health Mate", "kg", "2026-10-18 21:40:00 +0100", "2026-10-18 21:40:00 +0100", "75.6"),
  rec("HKQuantityTypeIdentifierBodyFatPercentage", "Health Mate", "%", "2026-10-18 07:12:32 +0100", "2026-10-18 07:12:32 +0100", "0.198"),
  ' <Correlation type="HKCorrelationTypeIdentifierBloodPressure" sourceName="Health Mate" sourceVersion="6120001" creationDate="2026-10-18 07:15:00 +0100" startDate="2026-10-18 07:15:00 +0100" endDate="2026-10-18 07:15:00 +0100">',
  `  ${rec(STEPS, "Health Mate", "count", "2026-10-18 07:15:00 +0100", "2026-10-18 07:15:00 +0100", "99999").trim()}`,
  " </Correlation>",
  rec(SLEEP, PHONE, null, "2026-10-18 22:41:00 +0100", "2026-10-19 06:58:00 +0100", "HKCategoryValueSleepAnalysisInBed"),
  stage("AsleepCore", "2026-10-18 23:02:00 +0100", "2026-10-19 01:00:00 +0100"),
  stage("AsleepDeep", "2026-10-19 01:00:00 +0100", "2026-10-19 02:00:00 +0100"),
  stage("Awake", "2026-10-19 02:00:00 +0100", "2026-10-19 02:10:00 +0100"),
  stage("AsleepREM", "2026-10-19 02:10:00 +0100", "2026-10-19 06:40:00 +0100"),
  // (another app's night, over the watch's: not counted twice)
  stage("Asleep", "2026-10-18 23:30:00 +0100", "2026-10-19 06:00:00 +0100", "AutoSleep"),
  stage("AsleepCore", "2026-10-19 14:05:00 +0100", "2026-10-19 14:30:00 +0100"),
  RUN,
  // (the same run, written by Strava as older apps write a workout: told once, the watch's kept)
  ` <Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="3520" durationUnit="s" totalDistance="10.55" totalDistanceUnit="km" totalEnergyBurned="610" totalEnergyBurnedUnit="kcal" sourceName="Strava" sourceVersion="402" creationDate="2026-10-18 10:05:00 +0100" startDate="2026-10-18 09:02:31 +0100" endDate="2026-10-18 10:01:11 +0100"/>`,
  ` <Workout workoutActivityType="HKWorkoutActivityTypeSwimming" duration="38.91666666666666" durationUnit="min" sourceName="${WATCH}" sourceVersion="11.1" device="${WATCH_DEVICE}" creationDate="2026-10-19 07:41:00 +0100" startDate="2026-10-19 07:02:00 +0100" endDate="2026-10-19 07:40:55 +0100">
  <MetadataEntry key="HKIndoorWorkout" value="0"/>
  <MetadataEntry key="HKSwimmingLocationType" value="1"/>
  <MetadataEntry key="HKLapLength" value="25 m"/>
  <WorkoutStatistics type="HKQuantityTypeIdentifierDistanceSwimming" startDate="2026-10-19 07:02:00 +0100" endDate="2026-10-19 07:40:55 +0100" sum="1500" unit="m"/>
  <WorkoutStatistics type="HKQuantityTypeIdentifierSwimmingStrokeCount" startDate="2026-10-19 07:02:00 +0100" endDate="2026-10-19 07:40:55 +0100" sum="615" unit="count"/>
 </Workout>`,
  ` <Workout workoutActivityType="HKWorkoutActivityTypeWalking" duration="102.4" durationUnit="min" totalDistance="5.2450" totalDistanceUnit="mi" totalEnergyBurned="312.1" totalEnergyBurnedUnit="kcal" sourceName="${PHONE}" sourceVersion="15.4" device="${PHONE_DEVICE}" creationDate="2026-10-19 12:15:00 +0100" startDate="2026-10-19 10:30:00 +0100" endDate="2026-10-19 12:12:24 +0100">
  <MetadataEntry key="HKTimeZone" value="Europe/London"/>
 </Workout>`,
  ` <Workout workoutActivityType="HKWorkoutActivityTypeTraditionalStrengthTraining" duration="40" durationUnit="min" sourceName="${WATCH}" sourceVersion="11.1" device="${WATCH_DEVICE}" creationDate="2026-10-19 19:10:00 +0100" startDate="2026-10-19 18:30:00 +0100" endDate="2026-10-19 19:10:00 +0100">
  <MetadataEntry key="HKIndoorWorkout" value="1"/>
 </Workout>`,
  ' <ActivitySummary dateComponents="2026-10-18" activeEnergyBurned="702.4" activeEnergyBurnedGoal="500" activeEnergyBurnedUnit="kcal" appleMoveTime="0" appleMoveTimeGoal="0" appleExerciseTime="71" appleExerciseTimeGoal="30" appleStandHours="11" appleStandHoursGoal="12"/>',
  // (a day of heart-rate samples and rings only: nothing worth saying)
  rec("HKQuantityTypeIdentifierHeartRate", WATCH, "count/min", "2026-10-21 12:00:00 +0100", "2026-10-21 12:00:00 +0100", "64"),
  ' <ActivitySummary dateComponents="2026-10-21" activeEnergyBurned="0" activeEnergyBurnedGoal="500" activeEnergyBurnedUnit="kcal" appleMoveTime="0" appleMoveTimeGoal="0" appleExerciseTime="0" appleExerciseTimeGoal="30" appleStandHours="0" appleStandHoursGoal="12"/>',
];

/** Each note's id and title, and each paragraph's id, speaker, role, time (its clock, read as UTC) and words. */
function told(notes: ParsedConversation[]): Array<[string, string | null, string, Array<[string | null, string, string, string, string]>]> {
  return notes.map((n) => [
    n.externalId,
    n.title,
    n.format,
    n.turns.map((t) => [t.externalId, t.speaker, t.role, new Date(t.occurredAt).toISOString(), t.text] as [string | null, string, string, string, string]),
  ]);
}

describe("Apple Health's export", () => {
  const exportXml = write("apple_health_export/export.xml", healthXml(OCTOBER));

  it("reads export.xml as a note per day: its workouts, its night and its totals in words, on the clock of their offset", async () => {
    expect(await detectFormat(exportXml)).toBe("applehealth");
    const notes = await parsedConversations(exportXml);
    expect(told(notes)).toEqual([
      [
        "applehealth:day:2026-10-18",
        "Apple Health, Sunday 18 October 2026",
        "note",
        [
          [
            "workout 2026-10-18T08:02:00.000Z",
            "User",
            "user",
            "2026-10-18T09:02:00.000Z",
            "Ran 10.6 km in 58 minutes 40 seconds (5:32 per km) on Sunday 18 October, 09:02–10:00 (outdoor run workout, Apple Watch).",
          ],
          [
            "day 2026-10-18",
            "User",
            "user",
            "2026-10-18T12:00:00.000Z",
            "On Sunday 18 October I took 12,382 steps, my resting heart rate was 51 bpm, and I weighed 74.8 kg at 07:12 (body fat 19.8%, Health Mate).",
          ],
          ["sleep 2026-10-18", "User", "user", "2026-10-18T23:02:00.000Z", "Slept 7 hours 28 minutes on the night of Sunday 18 October, 23:02 to 06:40."],
        ],
      ],
      [
        "applehealth:day:2026-10-19",
        "Apple Health, Monday 19 October 2026",
        "note",
        [
          [
            "workout 2026-10-19T06:02:00.000Z",
            "User",
            "user",
            "2026-10-19T07:02:00.000Z",
            "Swam 1,500 m in a 25 m pool in 38 minutes 55 seconds on Monday 19 October, 07:02–07:40 (pool swim workout, Apple Watch).",
          ],
          [
            "workout 2026-10-19T09:30:00.000Z",
            "User",
            "user",
            "2026-10-19T10:30:00.000Z",
            "Walked 5.2 mi in 1 hour 42 minutes on Monday 19 October, 10:30–12:12 (outdoor walk workout, iPhone).",
          ],
          ["day 2026-10-19", "User", "user", "2026-10-19T12:00:00.000Z", "On Monday 19 October I took 2,310 steps."],
          ["sleep 2026-10-19", "User", "user", "2026-10-19T14:05:00.000Z", "Napped 25 minutes on Monday 19 October, 14:05 to 14:30."],
          [
            "workout 2026-10-19T17:30:00.000Z",
            "User",
            "user",
            "2026-10-19T18:30:00.000Z",
            "Did strength training for 40 minutes on Monday 19 October, 18:30–19:10 (traditional strength training workout, Apple Watch).",
          ],
        ],
      ],
    ]);
    // (what is not said is kept with each paragraph: the times as written with their offsets, the heart rate, the energy, the route, each source's steps)
    expect(notes[0]!.turns[0]!.metadata).toEqual({
      applehealth: {
        kind: "workout",
        type: "HKWorkoutActivityTypeRunning",
        start: "2026-10-18 09:02:00 +0100",
        end: "2026-10-18 10:00:40 +0100",
        seconds: 3520,
        distance: { value: 10.6021, unit: "km" },
        energy: { value: 633.6, unit: "kcal" },
        heartRate: { average: 152.3, maximum: 176 },
        climbMetres: 45.21,
        source: "Apple Watch",
        route: "/workout-routes/route_2026-10-18_10.00am.gpx",
      },
    });
    // (the watch counted 12,382 steps, the phone 11,500 of the same: the day's are the watch's; the Correlation's record is no step of the day's)
    expect(notes[0]!.turns[1]!.metadata).toEqual({
      applehealth: {
        kind: "day",
        day: "2026-10-18",
        steps: 12382,
        stepsBySource: { [WATCH]: 12382, [PHONE]: 11500 },
        restingHeartRate: 51,
        weight: { value: 74.8, unit: "kg", at: "2026-10-18T06:12:32.000Z", source: "Health Mate" },
        bodyFatPercent: 19.8,
      },
    });
    // (the night is the watch's stages, not another app's over them: 7 hours 28 minutes, its 10 minutes awake left out)
    expect(notes[0]!.turns[2]!.metadata).toEqual({
      applehealth: {
        kind: "sleep",
        night: "2026-10-18",
        minutes: 448,
        asleep: true,
        source: WATCH,
        from: "2026-10-18T22:02:00.000Z",
        to: "2026-10-19T05:40:00.000Z",
      },
    });
  });

  it("tells each time on the clock of its offset: summer time, winter time after the clocks go back, and abroad", async () => {
    const file = write(
      "offsets/export.xml",
      healthXml([
        // (the night the clocks went back: 7 hours asleep by the clock's instants, though the clock read 8 hours between)
        stage("AsleepCore", "2026-10-24 23:30:00 +0100", "2026-10-25 01:59:00 +0100"),
        stage("AsleepDeep", "2026-10-25 01:00:00 +0000", "2026-10-25 05:31:00 +0000"),
        ` <Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="31.95" durationUnit="min" sourceName="${WATCH}" device="${WATCH_DEVICE}" startDate="2026-10-27 18:05:00 +0000" endDate="2026-10-27 18:36:57 +0000">
  <MetadataEntry key="HKIndoorWorkout" value="1"/>
  <WorkoutStatistics type="HKQuantityTypeIdentifierDistanceWalkingRunning" startDate="2026-10-27 18:05:00 +0000" endDate="2026-10-27 18:36:57 +0000" sum="5.8112" unit="km"/>
 </Workout>`,
        // (a ride in New York, 23:10 there, the next day's 04:10 in London: the day of its clock)
        ` <Workout workoutActivityType="HKWorkoutActivityTypeCycling" duration="1.5" durationUnit="hr" sourceName="Strava" startDate="2026-11-03 23:10:00 -0500" endDate="2026-11-04 00:40:00 -0500">
  <WorkoutStatistics type="HKQuantityTypeIdentifierDistanceCycling" startDate="2026-11-03 23:10:00 -0500" endDate="2026-11-04 00:40:00 -0500" sum="19.2" unit="mi"/>
  <MetadataEntry key="HKElevationAscended" value="1380 ft"/>
 </Workout>`,
      ]),
    );
    expect(told(await parsedConversations(file)).map(([id, , , turns]) => [id, turns.map((t) => [t[0], t[3], t[4]])])).toEqual([
      ["applehealth:day:2026-10-24", [["sleep 2026-10-24", "2026-10-24T23:30:00.000Z", "Slept 7 hours on the night of Saturday 24 October, 23:30 to 05:31."]]],
      [
        "applehealth:day:2026-10-27",
        [
          [
            "workout 2026-10-27T18:05:00.000Z",
            "2026-10-27T18:05:00.000Z",
            "Ran 5.8 km on a treadmill in 31 minutes 57 seconds (5:30 per km) on Tuesday 27 October, 18:05–18:36 (indoor run workout, Apple Watch).",
          ],
        ],
      ],
      [
        "applehealth:day:2026-11-03",
        [
          [
            "workout 2026-11-04T04:10:00.000Z",
            "2026-11-03T23:10:00.000Z",
            "Cycled 19.2 mi in 1 hour 30 minutes (12.8 mph), climbing 421 m, on Tuesday 3 November, 23:10–00:40 (outdoor cycle workout, Strava).",
          ],
        ],
      ],
    ]);
  });

  it("is told by its start whatever its name, read alone, in a folder or by --format, and not mistaken for another XML", async () => {
    const translated = write("exportar/exportar.xml", healthXml(OCTOBER.slice(0, 3)));
    expect(await detectFormat(translated)).toBe("applehealth");
    expect(await folderFileFormat(translated)).toBe("applehealth");
    // (an export whose DTD was taken off, as some tools save it: <HealthData> first)
    const bare = write("bare/export.xml", `<?xml version="1.0" encoding="UTF-8"?>\n<HealthData locale="en_US">\n${OCTOBER[0]}\n</HealthData>\n`);
    expect(await detectFormat(bare)).toBe("applehealth");
    expect(await validateExport(bare)).toMatchObject({ format: "applehealth", conversations: 1, turns: 1 });
    const named = write("other/health.txt", healthXml(OCTOBER.slice(0, 3)));
    expect(await parsedConversations(named, "applehealth")).toHaveLength(1);
    expect(isAppleHealthExport('\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE HealthData [\n<!-- HealthKit Export Version: 14 -->')).toBe(true);
    // (an SMS backup, a WordPress export and a GPX of another app are not Apple Health's)
    expect(isAppleHealthExport('<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>\n<smses count="1">')).toBe(false);
    expect(isAppleHealthExport('<?xml version="1.0"?>\n<gpx version="1.1" creator="Strava">')).toBe(false);
    const gpx = write(
      "elsewhere/route_2026-10-18_10.00am.gpx",
      '<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="Apple Health Export"></gpx>\n',
    );
    expect(applehealthPassedOver(gpx)).toBeNull();
    expect(await detectFormat(gpx)).not.toBe("applehealth");
    // (--format applehealth on another XML: refused, naming its root)
    const other = write("other/feed.xml", '<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>\n');
    expect((await importErrorOf(validateExport(other, { format: "applehealth" }))).message).toBe(
      "feed.xml: line 2: its root is <rss>, not <HealthData>: not Apple Health's export.xml",
    );
  });

  it("lists the export's files in its folder and passes over all but export.xml, saying why", async () => {
    const root = join(dir, "apple_health_export");
    write(
      "apple_health_export/export_cda.xml",
      '<?xml version="1.0"?>\n<?xml-stylesheet type="text/xsl" href="CDA.xsl"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3"/>\n',
    );
    write(
      "apple_health_export/workout-routes/route_2026-10-18_10.00am.gpx",
      '<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="Apple Health Export"></gpx>\n',
    );
    write(
      "apple_health_export/electrocardiograms/ecg_2026-10-19.csv",
      "Name,Priya Shah\nRecorded Date,2026-10-19 21:04:33 +0100\nClassification,Sinus Rhythm\nSample Rate,512 hertz\n\nLead,Lead I\nUnit,µV\n\n-12.3\n40.1\n",
    );
    write("apple_health_export/clinical-records/Observation-1A2B.json", '{"resourceType":"Observation","id":"1A2B"}');
    expect(importPaths(root).map((p) => p.file.slice(root.length + 1))).toEqual([
      "clinical-records/Observation-1A2B.json",
      "electrocardiograms/ecg_2026-10-19.csv",
      "export.xml",
      "export_cda.xml",
      "workout-routes/route_2026-10-18_10.00am.gpx",
    ]);
    const why: Record<string, string> = {};
    for (const { file } of importPaths(root)) {
      const aside = await passedOverInFolder(file);
      if (aside) why[file.slice(root.length + 1)] = aside;
      else expect([file.slice(root.length + 1), await folderFileFormat(file)]).toEqual(["export.xml", "applehealth"]);
    }
    expect(why).toEqual({
      "clinical-records/Observation-1A2B.json": "a health record a provider shared with Apple Health (FHIR data, no one's words)",
      "electrocardiograms/ecg_2026-10-19.csv": "an ECG recorded on the Apple Watch (its voltages, no words)",
      "export_cda.xml": "Apple Health's clinical document (export_cda.xml: the same measurements again, as HL7 CDA); the days are told from export.xml",
      "workout-routes/route_2026-10-18_10.00am.gpx": "a workout's GPS route from Apple Health (its track, no words); the workout is told from export.xml",
    });
    // (given alone, such a file is refused with the same reason, not read as a note of its XML or CSV)
    const route = join(root, "workout-routes/route_2026-10-18_10.00am.gpx");
    expect(await detectFormat(route)).toBe("applehealth");
    const err = await checkImportFile(route).catch((e: unknown) => e);
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe("a workout's GPS route from Apple Health (its track, no words); the workout is told from export.xml, no note");
    expect((await importErrorOf(validateExport(join(root, "export_cda.xml")))).message).toBe(
      "export_cda.xml: line 1: the note has no text: Apple Health's clinical document (export_cda.xml: the same measurements again, as HL7 CDA); the days are told from export.xml",
    );
  });

  it("adds nothing when imported again, and from a later export only the new days and a changed day's words", async () => {
    const first = write("later/before/export.xml", healthXml(OCTOBER.slice(0, 5)));
    const later = write(
      "later/after/export.xml",
      healthXml([
        ...OCTOBER.slice(0, 5),
        // (the export's own day had more steps by the next export)
        rec(STEPS, PHONE, "count", "2026-10-19 18:01:00 +0100", "2026-10-19 18:13:00 +0100", "6100"),
        rec(STEPS, PHONE, "count", "2026-10-20 08:01:00 +0100", "2026-10-20 08:13:00 +0100", "950"),
      ]),
    );
    const db = openDatabase(join(dir, "later.db"));
    try {
      expect(await importFile(db, embedder, first)).toMatchObject({ format: "applehealth", conversations: 2, added: 2, duplicates: 0 });
      expect(await importFile(db, embedder, first)).toMatchObject({ added: 0, duplicates: 2 });
      expect(await importFile(db, embedder, later)).toMatchObject({ conversations: 3, added: 2, duplicates: 1 });
      const days = db
        .prepare("SELECT s.external_id AS id, s.text FROM sources s JOIN conversations c ON c.id = s.conversation_id WHERE c.external_id = ? ORDER BY s.id")
        .all("applehealth:day:2026-10-19");
      expect(days).toEqual([
        { id: "day 2026-10-19", text: "On Monday 19 October I took 2,310 steps." },
        { id: "day 2026-10-19", text: "On Monday 19 October I took 8,410 steps." },
      ]);
      // (what was remembered of the day's first words is superseded by its new ones)
      const current = db
        .prepare("SELECT content FROM memories WHERE type = 'semantic' AND status = 'active' AND valid_to IS NULL AND content LIKE '%19 October%'")
        .all() as Array<{ content: string }>;
      expect(current.map((m) => m.content).join("\n")).toContain("8,410 steps");
      expect(current.map((m) => m.content).join("\n")).not.toContain("2,310");
    } finally {
      db.close();
    }
  });

  it("refuses a bad file naming the file, the line, the element and the attribute, and stores nothing", async () => {
    const at = (lines: string[]) => PROLOG.split("\n").length - 1 + lines.length;
    const badTime = [OCTOBER[0]!, rec(STEPS, WATCH, "count", "2026-13-01 08:10:00 +0100", "2026-13-01 08:24:00 +0100", "4200")];
    const badValue = [
      OCTOBER[0]!,
      OCTOBER[1]!,
      rec("HKQuantityTypeIdentifierBodyMass", "Health Mate", "kg", "2026-10-18 07:12:32 +0100", "2026-10-18 07:12:32 +0100", "seventy"),
    ];
    const badDuration = [
      ` <Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="30" durationUnit="fortnight" sourceName="${WATCH}" startDate="2026-10-18 09:02:00 +0100" endDate="2026-10-18 09:32:00 +0100">`,
      '  <MetadataEntry key="HKIndoorWorkout" value="0"/>',
      " </Workout>",
    ];
    const cases: Array<[string, string, string]> = [
      [
        "time.xml",
        healthXml(badTime),
        `time.xml: line ${at(badTime)}, <Record> 2 "startDate": "2026-13-01 08:10:00 +0100" is no time: expected one as the Health app writes it, "2026-10-18 09:02:11 +0100"`,
      ],
      ["value.xml", healthXml(badValue), `value.xml: line ${at(badValue)}, <Record> 3 "value": "seventy" is no number: expected a weight, "74.8"`],
      [
        "duration.xml",
        healthXml(badDuration),
        `duration.xml: line ${at(badDuration.slice(0, 1))}, <Workout> 1 "duration": "30" "fortnight" is no duration: expected minutes, "58.67" "min"`,
      ],
      [
        "cut.xml",
        `${PROLOG}${OCTOBER.slice(0, 4).join("\n")}\n <Record type="HKQuantityTypeIdentifierStepCount" sourceName="Priya`,
        `cut.xml: byte ${Buffer.byteLength(`${PROLOG}${OCTOBER.slice(0, 4).join("\n")}\n <Record type="HKQuantityTypeIdentifierStepCount" sourceName="Priya`)}: the file ends before </HealthData>: the export is cut short (export it again from the Health app)`,
      ],
    ];
    const db = openDatabase(join(dir, "bad.db"));
    try {
      for (const [name, text, message] of cases) {
        const file = write(`bad/${name}`, text);
        const err = await importErrorOf(validateExport(file));
        expect([err.name, err.file, err.message]).toEqual(["ImportError", file, message]);
        await expect(importFile(db, embedder, file)).rejects.toThrow(message);
      }
      // (bytes that are no UTF-8: named at their byte)
      const broken = write("bad/broken.xml", Buffer.concat([Buffer.from(healthXml([OCTOBER[0]!])), Buffer.from([0xff, 0xfe])]));
      expect((await importErrorOf(validateExport(broken))).message).toBe(
        `broken.xml: byte ${Buffer.byteLength(healthXml([OCTOBER[0]!]))}: not a text file (invalid UTF-8; save it as UTF-8)`,
      );
      await expect(importFile(db, embedder, broken)).rejects.toThrow("invalid UTF-8");
      expect(db.prepare("SELECT COUNT(*) AS n FROM sources").get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });

  it("names the line of a bad record far into a large export, read a chunk at a time", async () => {
    const samples: string[] = [];
    for (let i = 0; i < 6000; i++) {
      const m = String(i % 60).padStart(2, "0");
      samples.push(
        rec("HKQuantityTypeIdentifierHeartRate", WATCH, "count/min", `2026-10-18 10:${m}:00 +0100`, `2026-10-18 10:${m}:00 +0100`, String(60 + (i % 40))),
      );
    }
    const lines = [...samples, OCTOBER[0]!, rec("HKQuantityTypeIdentifierRestingHeartRate", WATCH, "count/min", "2026-10-18 00:00:12 +0100", "yesterday", "x")];
    const text = healthXml(lines);
    expect(text.length).toBeGreaterThan(4 * 256 * 1024);
    const err = await importErrorOf(validateExport(write("big/export.xml", text)));
    expect(err.message).toBe(
      `export.xml: line ${PROLOG.split("\n").length - 1 + lines.length}, <Record> 6,002 "value": "x" is no number: expected beats a minute, "53"`,
    );
    // (without it, the heart-rate samples are no note's: the day is its steps)
    const fine = await parsedConversations(write("big/ok/export.xml", healthXml([...samples, OCTOBER[0]!])));
    expect(told(fine).map(([id, , , turns]) => [id, turns.map((t) => t[4])])).toEqual([
      ["applehealth:day:2026-10-18", ["On Sunday 18 October I took 4,200 steps."]],
    ]);
  });

  it("passes over an export with nothing worth telling, saying why", async () => {
    const nothing = write(
      "empty/export.xml",
      healthXml([
        rec("HKQuantityTypeIdentifierHeartRate", WATCH, "count/min", "2026-10-21 12:00:00 +0100", "2026-10-21 12:00:00 +0100", "64"),
        stage("Awake", "2026-10-21 02:00:00 +0100", "2026-10-21 02:10:00 +0100"),
        ' <ActivitySummary dateComponents="2026-10-21" activeEnergyBurned="0" activeEnergyBurnedGoal="500" activeEnergyBurnedUnit="kcal" appleExerciseTime="0" appleExerciseTimeGoal="30" appleStandHours="0" appleStandHoursGoal="12"/>',
      ]),
    );
    const err = await checkImportFile(nothing).catch((e: unknown) => e);
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe("an Apple Health export with no workout, sleep, steps, resting heart rate or weight to tell (2 records), no note");
  });

  it("says each sport as a person would, its name in the Workout app after it, and one HealthKit names that it does not know by its words", () => {
    const at = (clock: string) => ({
      at: Date.parse(`2026-11-10T${clock}:00Z`),
      wall: Date.parse(`2026-11-10T${clock}:00Z`),
      day: "2026-11-10",
      written: `2026-11-10 ${clock}:00 +0000`,
    });
    const workout = (type: string, more: Partial<Workout> = {}): string =>
      workoutTurn({
        type,
        start: at("18:00"),
        end: at("18:45"),
        seconds: 2700,
        distance: null,
        energy: null,
        heartRate: null,
        climbMetres: null,
        indoor: false,
        swimWhere: null,
        lapLength: null,
        source: "Apple Watch",
        route: null,
        ...more,
      }).text;
    expect([
      workout("HKWorkoutActivityTypeHighIntensityIntervalTraining"),
      workout("HKWorkoutActivityTypeYoga"),
      workout("HKWorkoutActivityTypeFencing"),
      workout("HKWorkoutActivityTypeRowing", { indoor: true, distance: { value: 8000, unit: "m" } }),
      workout("HKWorkoutActivityTypeSwimming", { swimWhere: "open water", distance: { value: 1.2, unit: "km" } }),
      workout("HKWorkoutActivityTypeElliptical", { distance: { value: 6.1, unit: "km" } }),
      workout("HKWorkoutActivityTypeRunning", { source: "Strava" }),
    ]).toEqual([
      "Did a HIIT workout for 45 minutes on Tuesday 10 November, 18:00–18:45 (high intensity interval training workout, Apple Watch).",
      "Did yoga for 45 minutes on Tuesday 10 November, 18:00–18:45 (yoga workout, Apple Watch).",
      "Did fencing for 45 minutes on Tuesday 10 November, 18:00–18:45 (fencing workout, Apple Watch).",
      "Rowed 8,000 m on a rowing machine in 45 minutes on Tuesday 10 November, 18:00–18:45 (rowing workout, Apple Watch).",
      "Swam 1.2 km in open water in 45 minutes on Tuesday 10 November, 18:00–18:45 (open water swim workout, Apple Watch).",
      "Used the elliptical (6.1 km) for 45 minutes on Tuesday 10 November, 18:00–18:45 (elliptical workout, Apple Watch).",
      "Went for a run for 45 minutes on Tuesday 10 November, 18:00–18:45 (outdoor run workout, Strava).",
    ]);
  });
});

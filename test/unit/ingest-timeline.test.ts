/**
 * Google Maps Timeline (core/ingest/timeline.ts): a Takeout month of Semantic Location History and the
 * phone's Timeline.json, each read as a note of the user's per local day, a paragraph per visit and
 * journey in words (a journey's ends named by the visits beside it or its line's stops, a day's total),
 * and a note of the places met with their addresses; Takeout's UTC times told in the zone given (by default
 * this computer's), the phone's in their offsets; an older Takeout's `startTimestampMs`, child visits and
 * an address on lines; detected by content as a file and in a folder, Records.json, Settings.json and
 * Timeline Edits.json passed over, said why (and refused alone); imported twice adds nothing, a later
 * export only what is new; a bad file refused naming the file and the JSON path, its import checked
 * before anything is stored.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, passedOverInFolder, whyPassedOver } from "../../core/api/import-check.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { turnHash } from "../../core/ingest/store.js";
import { parseTimeline, timelineKind } from "../../core/ingest/places/timeline.js";
import type { ParsedConversation } from "../../core/ingest/kit/types.js";
import { locationHistoryJson } from "../../bench/lib/personal/commuter.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "engram-timeline-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `text` to `path` under the test's folder (its folders made); returns its path. */
function put(path: string, text: string): string {
  const file = join(dir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** Every conversation `parseTimeline` yields for `file` (its start read as the reader is given it), its Takeout times told in `zone`. */
async function read(file: string, text: string, zone: string): Promise<ParsedConversation[]> {
  const out: ParsedConversation[] = [];
  for await (const c of parseTimeline(file, text, { zone })) out.push(c);
  return out;
}

/** A place's `location` as a Takeout month writes it. */
const location = (lat: number, lng: number, placeId: string, address: string, name?: string, semanticType?: string) => ({
  latitudeE7: Math.round(lat * 1e7),
  longitudeE7: Math.round(lng * 1e7),
  placeId,
  address,
  ...(name ? { name } : {}),
  ...(semanticType ? { semanticType } : {}),
  sourceInfo: { deviceTag: 1114211210 },
  locationConfidence: 91.5,
});

const HOME = location(53.8178412, -1.5731186, "ChIJhome", "27 Ash Grove, Leeds LS6 1AH, UK", undefined, "TYPE_HOME");
const DENTIST = location(53.7955123, -1.5404391, "ChIJdentist", "42 Call Lane, Leeds LS1 7BT, UK", "Riverside Dental Practice");
const STATION = location(53.7949778, -1.5475625, "ChIJleeds", "New Station St, Leeds LS1 4DY, UK", "Leeds Station");
const MINSTER = location(53.9623008, -1.0818995, "ChIJminster", "Deangate, York YO1 7HH, UK", "York Minster");

const visit = (loc: unknown, start: string, end: string) => ({
  placeVisit: {
    location: loc,
    duration: { startTimestamp: start, endTimestamp: end },
    placeConfidence: "HIGH_CONFIDENCE",
    visitConfidence: 93,
    otherCandidateLocations: [{ latitudeE7: 537950000, longitudeE7: -15400000, placeId: "ChIJother", locationConfidence: 2.1 }],
    editConfirmationStatus: "NOT_CONFIRMED",
    placeVisitType: "SINGLE_PLACE",
  },
});

const journey = (type: string, metres: number, start: string, end: string, extra: Record<string, unknown> = {}) => ({
  activitySegment: {
    startLocation: { latitudeE7: 538178000, longitudeE7: -15731000 },
    endLocation: { latitudeE7: 537955000, longitudeE7: -15404000 },
    duration: { startTimestamp: start, endTimestamp: end },
    distance: metres,
    activityType: type,
    confidence: "HIGH",
    activities: [{ activityType: type, probability: 91.2 }],
    ...extra,
  },
});

/** Two days of October 2026 (British Summer Time, UTC+1) as Takeout writes them, in UTC. */
const OCTOBER = locationHistoryJson({
  timelineObjects: [
    visit(HOME, "2026-10-05T17:02:00.000Z", "2026-10-06T07:10:00.000Z"),
    journey("IN_PASSENGER_VEHICLE", 4620, "2026-10-06T07:10:00.000Z", "2026-10-06T07:31:00.000Z", {
      parkingEvent: { location: { latitudeE7: 537955000, longitudeE7: -15404000 }, method: "EXITING_VEHICLE_SIGNAL", timestamp: "2026-10-06T07:31:00.000Z" },
    }),
    visit(DENTIST, "2026-10-06T07:32:41.318Z", "2026-10-06T08:18:12.004Z"),
    journey("IN_PASSENGER_VEHICLE", 4711, "2026-10-06T08:20:00.000Z", "2026-10-06T08:41:00.000Z"),
    visit(HOME, "2026-10-06T08:41:00.000Z", "2026-10-17T08:05:00.000Z"),
    journey("WALKING", 850, "2026-10-17T08:05:00.000Z", "2026-10-17T08:19:00.000Z"),
    visit(STATION, "2026-10-17T08:19:00.000Z", "2026-10-17T08:21:00.000Z"),
    journey("IN_TRAIN", 40233, "2026-10-17T08:21:00.000Z", "2026-10-17T08:47:00.000Z", {
      transitPath: {
        transitStops: [
          { latitudeE7: 537949778, longitudeE7: -15475625, placeId: "ChIJleeds", address: "Leeds LS1 4DY", name: "Leeds" },
          { latitudeE7: 539578306, longitudeE7: -10929017, placeId: "ChIJyork", address: "York YO24 1AB", name: "York" },
        ],
        name: "TransPennine Express",
        hexRgbColor: "00A6E6",
        source: "INFERRED",
        distanceMeters: 40168.5,
      },
    }),
    journey("WALKING", 1312, "2026-10-17T08:49:00.000Z", "2026-10-17T09:07:00.000Z"),
    visit(MINSTER, "2026-10-17T09:07:00.000Z", "2026-10-17T10:52:00.000Z"),
  ],
});

describe("a Takeout month of Semantic Location History", () => {
  it("is a note per local day, each visit and journey a paragraph in words, its ends named by the visits beside it", async () => {
    const file = put("Takeout/Location History (Timeline)/Semantic Location History/2026/2026_OCTOBER.json", OCTOBER);
    expect(await detectFormat(file)).toBe("timeline");
    const notes = await read(file, OCTOBER, "Europe/London");
    expect(notes.map((n) => [n.format, n.externalId, n.title, n.participants])).toEqual([
      ["note", "timeline:day:2026-10-05", "Google Maps Timeline, 5 October 2026", ["User"]],
      ["note", "timeline:day:2026-10-06", "Google Maps Timeline, 6 October 2026", ["User"]],
      ["note", "timeline:day:2026-10-17", "Google Maps Timeline, 17 October 2026", ["User"]],
      ["note", "timeline:places", "Places in Google Maps Timeline", ["User"]],
    ]);
    expect(notes[1]!.turns.map((t) => [t.externalId, t.speaker, t.role, new Date(t.occurredAt).toISOString(), t.text])).toEqual([
      [
        "journey 2026-10-06T07:10:00.000Z",
        "User",
        "user",
        "2026-10-06T08:10:00.000Z",
        "Drove 4.6 km from home to Riverside Dental Practice on Tuesday 6 October, from 08:10 to 08:31 (21 minutes).",
      ],
      [
        "visit 2026-10-06T07:32:41.318Z",
        "User",
        "user",
        "2026-10-06T08:32:41.318Z",
        "Went to Riverside Dental Practice (42 Call Lane, Leeds LS1 7BT, UK) on Tuesday 6 October, from 08:32 to 09:18 (46 minutes).",
      ],
      [
        "journey 2026-10-06T08:20:00.000Z",
        "User",
        "user",
        "2026-10-06T09:20:00.000Z",
        "Drove 4.7 km from Riverside Dental Practice home on Tuesday 6 October, from 09:20 to 09:41 (21 minutes).",
      ],
      [
        "visit 2026-10-06T08:41:00.000Z",
        "User",
        "user",
        "2026-10-06T09:41:00.000Z",
        "Stayed at home (27 Ash Grove, Leeds LS6 1AH, UK) from 09:41 on Tuesday 6 October to 09:05 on Saturday 17 October (10 days 23 hours).",
      ],
      ["day total", "User", "user", "2026-10-06T09:41:00.001Z", "In all on Tuesday 6 October: drove 9.3 km (2 journeys)."],
    ]);
    expect(notes[2]!.turns.map((t) => t.text)).toEqual([
      "Walked 850 m from home to Leeds Station on Saturday 17 October, from 09:05 to 09:19 (14 minutes).",
      "Went to Leeds Station (New Station St, Leeds LS1 4DY, UK) on Saturday 17 October, from 09:19 to 09:21 (2 minutes).",
      "Took the train 40.2 km from Leeds to York (TransPennine Express) on Saturday 17 October, from 09:21 to 09:47 (26 minutes).",
      "Walked 1.3 km from York to York Minster on Saturday 17 October, from 09:49 to 10:07 (18 minutes).",
      "Went to York Minster (Deangate, York YO1 7HH, UK) on Saturday 17 October, from 10:07 to 11:52 (1 hour 45 minutes).",
      "In all on Saturday 17 October: walked 2.2 km (2 journeys), 40.2 km by train.",
    ]);
    expect(notes[2]!.turns[2]!.metadata).toEqual({
      path: "timelineObjects[7]",
      timeline: { kind: "journey", mode: "IN_TRAIN", metres: 40233, line: "TransPennine Express", stops: ["Leeds", "York"] },
    });
    expect(notes[1]!.turns[1]!.metadata).toEqual({
      path: "timelineObjects[2]",
      timeline: {
        kind: "visit",
        place: { placeId: "ChIJdentist", name: "Riverside Dental Practice", address: "42 Call Lane, Leeds LS1 7BT, UK", lat: 53.7955123, lng: -1.5404391 },
      },
    });
    // (each named place once, with its address: the home set in Google Maps the user's own)
    expect(notes[3]!.turns.map((t) => [t.externalId, t.text, t.metadata.undated])).toEqual([
      ["place ChIJhome", "My home address is 27 Ash Grove, Leeds LS6 1AH, UK.", true],
      ["place ChIJdentist", "The address of Riverside Dental Practice is 42 Call Lane, Leeds LS1 7BT, UK.", true],
      ["place ChIJleeds", "The address of Leeds Station is New Station St, Leeds LS1 4DY, UK.", true],
      ["place ChIJminster", "The address of York Minster is Deangate, York YO1 7HH, UK.", true],
    ]);
  });

  it("tells Takeout's UTC times on the clock of the zone given: a day in UTC is told in UTC", async () => {
    const file = put("2026_OCTOBER.json", OCTOBER);
    const [, tuesday] = await read(file, OCTOBER, "UTC");
    expect(tuesday!.turns[1]!.text).toBe(
      "Went to Riverside Dental Practice (42 Call Lane, Leeds LS1 7BT, UK) on Tuesday 6 October, from 07:32 to 08:18 (46 minutes).",
    );
    expect(tuesday!.turns[1]!.occurredAt).toBe(Date.parse("2026-10-06T07:32:41.318Z"));
    // (read as the importer reads it, in this computer's zone: the same keys, whatever the zone)
    const keys = (await parsedConversations(file)).flatMap((n) => n.turns.map((t) => t.externalId));
    expect(keys).toContain("visit 2026-10-06T07:32:41.318Z");
  });

  it("reads an older Takeout: times in ms, an address on lines, a labelled place, the places found within a visit, the type from its activities", async () => {
    const older = locationHistoryJson({
      timelineObjects: [
        {
          placeVisit: {
            location: {
              latitudeE7: 538290144,
              longitudeE7: -15360077,
              placeId: "ChIJhannah",
              address: "12 Montreal Avenue\nLeeds LS7 4LF\nUK",
              name: "Hannah's",
              semanticType: "TYPE_ALIASED_LOCATION",
            },
            duration: { startTimestampMs: "1602417600000", endTimestampMs: "1602432000000" },
            placeConfidence: "USER_CONFIRMED",
            childVisits: [
              {
                location: {
                  latitudeE7: 538291000,
                  longitudeE7: -15361000,
                  placeId: "ChIJcafe",
                  address: "Harrogate Rd, Leeds LS7",
                  name: "Chapel Allerton Café",
                },
                duration: { startTimestampMs: "1602421200000", endTimestampMs: "1602424800000" },
              },
            ],
          },
        },
        {
          activitySegment: {
            startLocation: { latitudeE7: 538290144, longitudeE7: -15360077 },
            endLocation: { latitudeE7: 538178412, longitudeE7: -15731186 },
            duration: { startTimestampMs: "1602432000000", endTimestampMs: "1602433260000" },
            activities: [{ activityType: "CYCLING", probability: 88.1 }],
            waypointPath: { waypoints: [], distanceMeters: 3912.4 },
          },
        },
      ],
    });
    const file = put("Location History/Semantic Location History/2020/2020_OCTOBER.json", older);
    const [day, places] = await read(file, older, "UTC");
    expect(day!.externalId).toBe("timeline:day:2020-10-11");
    expect(day!.turns.map((t) => t.text)).toEqual([
      "Went to Hannah's (12 Montreal Avenue, Leeds LS7 4LF, UK) on Sunday 11 October, from 12:00 to 16:00 (4 hours). While there: Chapel Allerton Café, from 13:00 to 14:00.",
      "Cycled 3.9 km from Hannah's on Sunday 11 October, from 16:00 to 16:21 (21 minutes).",
    ]);
    expect(places!.turns.map((t) => t.text)).toEqual(["Hannah's (my label in Google Maps) is at 12 Montreal Avenue, Leeds LS7 4LF, UK."]);
  });
});

/** The phone's Timeline.json: a weekend in Paris (UTC+1 in November), a visit told twice (a building and a shop in it), a path's points. */
const DEVICE = JSON.stringify(
  {
    semanticSegments: [
      {
        startTime: "2026-11-20T22:40:00.000+01:00",
        endTime: "2026-11-21T09:12:00.000+01:00",
        startTimeTimezoneUtcOffsetMinutes: 60,
        endTimeTimezoneUtcOffsetMinutes: 60,
        visit: {
          hierarchyLevel: 0,
          probability: 0.82,
          topCandidate: { placeId: "ChIJhotel", semanticType: "UNKNOWN", probability: 0.7, placeLocation: { latLng: "48.8606111°, 2.3376440°" } },
        },
      },
      {
        startTime: "2026-11-21T08:00:00.000+01:00",
        endTime: "2026-11-21T10:00:00.000+01:00",
        timelinePath: [{ point: "48.8606°, 2.3376°", time: "2026-11-21T09:15:00.000+01:00" }],
      },
      {
        startTime: "2026-11-21T09:12:00.000+01:00",
        endTime: "2026-11-21T09:40:00.000+01:00",
        startTimeTimezoneUtcOffsetMinutes: 60,
        endTimeTimezoneUtcOffsetMinutes: 60,
        activity: {
          start: { latLng: "48.8606111°, 2.3376440°" },
          end: { latLng: "48.8529682°, 2.3499021°" },
          distanceMeters: 1534.25,
          topCandidate: { type: "WALKING", probability: 0.93 },
        },
      },
      {
        startTime: "2026-11-21T09:40:00.000+01:00",
        endTime: "2026-11-21T11:05:00.000+01:00",
        visit: {
          hierarchyLevel: 0,
          probability: 0.9,
          topCandidate: { placeId: "ChIJnotre", semanticType: "SEARCHED_ADDRESS", placeLocation: { latLng: "48.8529682°, 2.3499021°" } },
        },
      },
      {
        startTime: "2026-11-21T09:40:00.000+01:00",
        endTime: "2026-11-21T11:05:00.000+01:00",
        visit: {
          hierarchyLevel: 1,
          probability: 0.4,
          topCandidate: { placeId: "ChIJshop", semanticType: "UNKNOWN", placeLocation: { latLng: "48.8530°, 2.3499°" } },
        },
      },
      {
        startTime: "2026-11-21T11:05:00.000+01:00",
        endTime: "2026-11-21T11:30:00.000+01:00",
        activity: {
          start: { latLng: "48.8529682°, 2.3499021°" },
          end: { latLng: "48.8606111°, 2.3376440°" },
          distanceMeters: 3120,
          topCandidate: { type: "IN_SUBWAY", probability: 0.6 },
        },
      },
      {
        startTime: "2026-11-23T08:33:00.000+00:00",
        endTime: "2026-11-23T17:31:00.000+00:00",
        visit: {
          hierarchyLevel: 0,
          probability: 0.9,
          topCandidate: { placeId: "ChIJwork", semanticType: "INFERRED_WORK", placeLocation: { latLng: "53.7960287°, -1.5564049°" } },
        },
      },
    ],
    rawSignals: [{ position: { LatLng: "53.79°, -1.55°", accuracyMeters: 13, source: "WIFI", timestamp: "2026-11-23T21:12:05.000+00:00" } }],
    userLocationProfile: { frequentPlaces: [{ placeId: "ChIJwork", placeLocation: "53.7960287°, -1.5564049°", label: "WORK" }] },
  },
  null,
  2,
);

describe("the phone's Timeline.json", () => {
  it("is a note per day on the clock its offsets say, places told as home, work or their coordinates; paths, raw signals and a shop within a visit passed over", async () => {
    const file = put("Timeline.json", DEVICE);
    expect(await detectFormat(file)).toBe("timeline");
    const notes = await parsedConversations(file);
    expect(notes.map((n) => n.externalId)).toEqual(["timeline:day:2026-11-20", "timeline:day:2026-11-21", "timeline:day:2026-11-23"]);
    expect(notes.flatMap((n) => n.turns.map((t) => [t.externalId, new Date(t.occurredAt).toISOString(), t.text]))).toEqual([
      [
        "visit 2026-11-20T21:40:00.000Z",
        "2026-11-20T22:40:00.000Z",
        "Went to a place at 48.86061°, 2.33764° from 22:40 on Friday 20 November to 09:12 on Saturday 21 November (10 hours 32 minutes).",
      ],
      [
        "journey 2026-11-21T08:12:00.000Z",
        "2026-11-21T09:12:00.000Z",
        "Walked 1.5 km from a place at 48.86061°, 2.33764° to a place at 48.85297°, 2.3499° on Saturday 21 November, from 09:12 to 09:40 (28 minutes).",
      ],
      [
        "visit 2026-11-21T08:40:00.000Z",
        "2026-11-21T09:40:00.000Z",
        "Went to a place I had searched for, at 48.85297°, 2.3499° on Saturday 21 November, from 09:40 to 11:05 (1 hour 25 minutes).",
      ],
      [
        "journey 2026-11-21T10:05:00.000Z",
        "2026-11-21T11:05:00.000Z",
        "Took the subway 3.1 km from a place at 48.85297°, 2.3499° on Saturday 21 November, from 11:05 to 11:30 (25 minutes).",
      ],
      ["day total", "2026-11-21T11:05:00.001Z", "In all on Saturday 21 November: walked 1.5 km, 3.1 km by subway."],
      ["visit 2026-11-23T08:33:00.000Z", "2026-11-23T08:33:00.000Z", "Went to work on Monday 23 November, from 08:33 to 17:31 (8 hours 58 minutes)."],
    ]);
    // (no place has an address in it: no note of places)
    expect(notes.some((n) => n.externalId === "timeline:places")).toBe(false);
  });

  it("reads a time with no offset of its own by its offset in minutes", async () => {
    const text = JSON.stringify({
      semanticSegments: [
        {
          startTime: "2026-07-04T16:00:00.000Z",
          endTime: "2026-07-04T18:30:00.000Z",
          startTimeTimezoneUtcOffsetMinutes: -240,
          endTimeTimezoneUtcOffsetMinutes: -240,
          visit: { topCandidate: { semanticType: "HOME", placeLocation: { latLng: "40.7128°, -74.006°" } } },
        },
      ],
    });
    const [note] = await parsedConversations(put("ny/Timeline.json", text));
    expect(note!.turns[0]!.text).toBe("Stayed at home on Saturday 4 July, from 12:00 to 14:30 (2 hours 30 minutes).");
  });
});

describe("a Takeout folder", () => {
  it("reads the months and the phone's Timeline.json, and passes over Records.json, Settings.json and Timeline Edits.json, said why", async () => {
    const root = "Takeout/Location History (Timeline)";
    const month = put(`${root}/Semantic Location History/2026/2026_OCTOBER.json`, OCTOBER);
    const records = put(
      `${root}/Records.json`,
      locationHistoryJson({
        locations: [
          { latitudeE7: 538178450, longitudeE7: -15731207, accuracy: 14, source: "WIFI", deviceTag: 1114211210, timestamp: "2026-10-01T06:58:12.114Z" },
        ],
      }),
    );
    const settings = put(
      `${root}/Settings.json`,
      locationHistoryJson({ createdTime: "2019-03-02T10:14:55.203Z", modifiedTime: "2026-09-12T18:02:41.661Z", historyEnabled: true, deviceSettings: [] }),
    );
    const edits = put(`${root}/Timeline Edits.json`, locationHistoryJson({ timelineEdits: [{ deviceId: "1", rawSignal: { signal: {} } }] }));
    const phone = put("Takeout/Timeline.json", DEVICE);
    expect(
      importPaths(join(dir, "Takeout"))
        .map((p) => p.file.slice(dir.length + 1))
        .sort(),
    ).toEqual([
      `${root}/Records.json`,
      `${root}/Semantic Location History/2026/2026_OCTOBER.json`,
      `${root}/Settings.json`,
      `${root}/Timeline Edits.json`,
      "Takeout/Timeline.json",
    ]);
    expect(await folderFileFormat(month)).toBe("timeline");
    expect(await folderFileFormat(phone)).toBe("timeline");
    expect(await passedOverInFolder(records)).toBe(
      "Location History's raw points (Records.json: each position the phone reported, no place or journey); the places and journeys are read from Semantic Location History",
    );
    expect(await passedOverInFolder(settings)).toBe("Location History's settings and devices (Settings.json), no place or journey");
    expect(await passedOverInFolder(edits)).toBe("Google's log of edits made to the Timeline (Timeline Edits.json), no place or journey of its own");
    for (const f of [records, settings, edits]) expect(await folderFileFormat(f)).toBeNull();
    // (given alone, each is refused as no note, saying what it is)
    expect(await detectFormat(records)).toBe("timeline");
    const refused = await checkImportFile(records).catch((e: unknown) => e);
    expect([isEmptyNote(refused), whyPassedOver(refused)]).toEqual([
      true,
      "Location History's raw points (Records.json: each position the phone reported, no place or journey); the places and journeys are read from Semantic Location History, no note",
    ]);
    // (a JSON of another app's is not Location History's to pass over)
    expect(await passedOverInFolder(put("Takeout/other.json", '{ "locations": [ { "name": "Leeds" } ] }'))).toBeNull();
  });

  it("is chosen with --format timeline, counting its days and paragraphs", async () => {
    const file = put("renamed.json", OCTOBER);
    expect(await validateExport(file, { format: "timeline" })).toMatchObject({ format: "timeline", conversations: 4, turns: 16 });
  });
});

describe("importing again", () => {
  /** The stored paragraphs' hashes of `file`, as the store names them. */
  async function hashes(file: string): Promise<string[]> {
    return (await parsedConversations(file)).flatMap((n) => n.turns.map((t) => turnHash(n, t)));
  }

  it("adds nothing the second time, and from a later export only the days and places new since", async () => {
    const before = put("before/2026_OCTOBER.json", OCTOBER);
    const stored = new Set(await hashes(before));
    expect((await hashes(before)).filter((h) => !stored.has(h))).toEqual([]);
    const later = JSON.parse(OCTOBER) as { timelineObjects: unknown[] };
    later.timelineObjects.push(
      journey("WALKING", 1180, "2026-10-24T09:00:00.000Z", "2026-10-24T09:15:00.000Z"),
      visit(location(53.7997, -1.5492, "ChIJmarket", "Vicar Ln, Leeds LS2 7HY, UK", "Kirkgate Market"), "2026-10-24T09:15:00.000Z", "2026-10-24T10:02:00.000Z"),
    );
    const after = put("after/2026_OCTOBER.json", locationHistoryJson(later));
    const added = (await parsedConversations(after)).flatMap((n) =>
      n.turns.filter((t) => !stored.has(turnHash(n, t))).map((t) => [n.externalId, t.externalId]),
    );
    expect(added).toEqual([
      ["timeline:day:2026-10-24", "journey 2026-10-24T09:00:00.000Z"],
      ["timeline:day:2026-10-24", "visit 2026-10-24T09:15:00.000Z"],
      ["timeline:places", "place ChIJmarket"],
    ]);
  });
});

describe("a bad file", () => {
  it("is refused naming the file and the JSON path of what is wrong, and checked before its import stores anything", async () => {
    const bad = JSON.parse(OCTOBER) as { timelineObjects: Array<{ placeVisit?: { duration: Record<string, unknown> } }> };
    bad.timelineObjects[2]!.placeVisit!.duration.startTimestamp = "6 October";
    const time = put("time/2026_OCTOBER.json", locationHistoryJson(bad));
    expect(await importErrorOf(validateExport(time))).toMatchObject({
      name: "ImportError",
      file: time,
      location: "timelineObjects[2].placeVisit.duration.startTimestamp",
      message:
        '2026_OCTOBER.json: timelineObjects[2].placeVisit.duration.startTimestamp: expected a time as Takeout writes it, "2026-10-06T07:32:41.318Z", got "6 October"',
    });
    expect((await importErrorOf(checkImportFile(time))).message).toContain("timelineObjects[2].placeVisit.duration.startTimestamp");
    const device = put("device/Timeline.json", DEVICE.replace('"2026-11-21T09:12:00.000+01:00",\n      "endTime"', '"soon",\n      "endTime"'));
    expect(await importErrorOf(validateExport(device))).toMatchObject({
      location: "semanticSegments[2].startTime",
      message:
        'Timeline.json: semanticSegments[2].startTime: expected a time with its offset, as Timeline.json writes it, "2026-12-01T08:06:00.000+00:00", got "soon"',
    });
    const item = put("item/2026_OCTOBER.json", '{\n  "timelineObjects": [7]\n}');
    expect((await importErrorOf(validateExport(item))).message).toBe(
      '2026_OCTOBER.json: timelineObjects[0]: expected a timeline object ({ "placeVisit": … } or { "activitySegment": … }), got 7',
    );
    // (a month cut short: the stream names the byte, line and column)
    const cut = put("cut/2026_OCTOBER.json", OCTOBER.slice(0, 900));
    const truncated = await importErrorOf(validateExport(cut));
    expect([truncated.file, /^byte \d+ \(line \d+, column \d+\)$/.test(truncated.location)]).toEqual([cut, true]);
    // (a month with nothing in it, and a JSON Google did not write forced as timeline)
    const empty = put("empty/2026_OCTOBER.json", '{\n  "timelineObjects": []\n}');
    expect((await importErrorOf(validateExport(empty))).message).toBe(
      "2026_OCTOBER.json: timelineObjects: the note has no text: a Location History month with no place nor journey",
    );
    const other = await importErrorOf(validateExport(put("other.json", '[{"name":"x"}]'), { format: "timeline" }));
    expect(other.message).toMatch(/^other\.json: byte 0: not a Google Maps Timeline file/);
  });
});

describe("detection", () => {
  it("tells Location History's files by their start, and not its neighbours for one", async () => {
    expect(timelineKind('{\n  "timelineObjects": [{\n    "activitySegment": {')).toBe("semantic");
    expect(timelineKind('{\n  "semanticSegments": [\n    {\n      "startTime":')).toBe("device");
    expect(timelineKind('{\n  "rawSignals": [\n    {\n      "position": {')).toBe("device");
    expect(timelineKind('{\n  "locations": [{\n    "latitudeE7": 414216106,')).toBe("records");
    expect(timelineKind('{\n  "locations": [{\n    "timestamp": "2022-01-12T17:18:24.190Z",\n    "latitudeE7": 414216106,')).toBe("records");
    expect(timelineKind('{\n  "createdTime": "2013-05-15T21:53:59.385Z",\n  "modifiedTime": "2020-07-01T21:27:31.880Z",\n  "historyEnabled": true,')).toBe(
      "settings",
    );
    expect(timelineKind('{\n  "timelineEdits": [{')).toBe("edits");
    expect(timelineKind('{ "locations": [ { "name": "Leeds" } ] }')).toBeNull();
    expect(timelineKind('{ "createdTime": "2026-01-01", "title": "x" }')).toBeNull();
    // (Google Maps' saved places, GeoJSON of the same Takeout, stay googlemaps'; a Telegram export stays telegram's)
    const saved = put(
      "Saved Places.json",
      '{\n  "type": "FeatureCollection",\n  "features": [\n    {\n      "geometry": { "coordinates": [-1.54, 53.79], "type": "Point" },\n      "properties": { "date": "2026-11-02T19:41:07Z", "google_maps_url": "http://maps.google.com/?cid=1", "location": { "address": "Leeds", "name": "X" } },\n      "type": "Feature"\n    }\n  ]\n}\n',
    );
    expect(await detectFormat(saved)).toBe("googlemaps");
    expect(await detectFormat(put("note.txt", "Timeline of the project\n\nWe met on Monday.\n"))).toBe("note");
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { folderFileFormat, importPaths, passedOverInFolder } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { importFile } from "../../core/ingest/import.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { polarstepsKind } from "../../core/ingest/places/polarsteps.js";
import type { ParsedConversation } from "../../core/ingest/kit/types.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-polarsteps-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

/** A file of the test folder, its text (or bytes) as given. */
function write(name: string, text: string | Uint8Array): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** Each conversation as its key, title, records and paragraphs (name, speaker, role, time, words). */
function told(conversations: ParsedConversation[]): Array<[string, string | null, string | undefined, Array<[string | null, string, string, string, string]>]> {
  return conversations.map((c) => [
    c.externalId,
    c.title,
    c.records,
    c.turns.map((t): [string | null, string, string, string, string] => [t.externalId, t.speaker, t.role, new Date(t.occurredAt).toISOString(), t.text]),
  ]);
}

/** A number the export writes as a float ("1772150400.0"), marked for {@link exportJson}. */
const float = (n: number) => `\u0000${Number.isInteger(n) ? n.toFixed(1) : String(n)}`;
/** JSON as Polarsteps' export writes it: indented two spaces, times and temperatures as floats. */
const exportJson = (value: unknown) => JSON.stringify(value, null, 2).replace(/"\\u0000([-0-9.e]+)"/g, "$1");

/** Epoch seconds of a UTC time. */
const seconds = (iso: string) => Date.parse(iso) / 1000;

/** A step as trip.json holds one, its keys in the export's order. */
function step(
  id: number,
  name: string | null,
  place: [string, string, string],
  startUtc: string,
  zone: string,
  description: string | null,
  more: Record<string, unknown> = {},
) {
  const shown = name ?? place[0];
  return {
    id,
    trip_id: 17268451,
    location_id: id + 1,
    main_media_item_path: null,
    name,
    display_name: shown,
    description,
    slug: shown.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
    display_slug: shown.toLowerCase().replace(/[^a-z0-9]+/g, "-"),
    type: 1,
    start_time: float(seconds(startUtc)),
    end_time: null,
    creation_time: float(seconds(startUtc) + 600.25),
    location: {
      id: id + 1,
      name: place[0],
      detail: place[1],
      full_detail: place[1],
      country_code: place[2],
      lat: 15.88,
      lon: 108.338,
      venue: null,
      uuid: "d5ee227a",
    },
    supertype: "normal",
    is_deleted: false,
    open_graph_id: null,
    fb_publish_status: null,
    timezone_id: zone,
    views: 0,
    comment_count: 0,
    weather_condition: "partly-cloudy-day",
    weather_temperature: float(30),
    uuid: `uuid-${id}`,
    ...more,
  };
}

const LONDON: [string, string, string] = ["London", "United Kingdom", "GB"];
const HANOI: [string, string, string] = ["Hanoi", "Vietnam", "VN"];
const HOI_AN: [string, string, string] = ["Hoi An", "Vietnam", "VN"];

const STEPS = [
  step(1001, "Off to Hanoi!", LONDON, "2026-02-27T18:40:00Z", "Europe/London", "Bag packed.\r\nQatar Airways tonight.", {
    weather_condition: "cloudy",
    weather_temperature: float(7),
  }),
  // (after midnight in Hanoi, UTC+7: still the 27th in UTC)
  step(1002, null, HANOI, "2026-02-27T17:20:00Z", "Asia/Ho_Chi_Minh", 'Landed!  Little Charm hostel, $9 a night.\n\n\n\nFirst bún chả 🍜 at "Hương Liên".'),
  step(1003, "Test", HANOI, "2026-02-28T02:00:00Z", "Asia/Ho_Chi_Minh", "delete me", { is_deleted: true }),
  step(1004, "Cooking class", HOI_AN, "2026-03-14T13:30:00Z", "Asia/Ho_Chi_Minh", "Red Bridge cooking class: Sanne was right.", {
    end_time: float(seconds("2026-03-15T02:00:00Z")),
    location: {
      id: 9,
      name: "Hoi An",
      detail: "Vietnam",
      full_detail: "Vietnam",
      country_code: "VN",
      locality: "Cam Nam",
      lat: 15.87,
      lon: 108.33,
      venue: null,
      uuid: "x",
    },
  }),
  step(1005, null, ["Moc Bai", "Vietnam", "VN"], "2026-03-24T03:15:00Z", "Asia/Ho_Chi_Minh", null, { weather_condition: null, weather_temperature: null }),
  step(1006, null, ["Siem Reap", "Cambodia", "KH"], "2026-04-01T03:00:00Z", "Asia/Phnom_Penh", "Angkor Wat at sunrise.", {
    weather_condition: "clear-day",
    weather_temperature: float(36),
  }),
];

/** A trip.json: its keys in the export's order, its steps last. */
function trip(steps: unknown[], more: Record<string, unknown> = {}) {
  return exportJson({
    id: 17268451,
    user_id: 8841207,
    name: "Vietnam and Cambodia",
    type: null,
    visibility: 1,
    slug: "vietnam-and-cambodia",
    start_date: float(seconds("2026-02-27T00:00:00Z")),
    end_date: float(seconds("2026-04-04T22:59:59Z")),
    is_deleted: false,
    open_graph_id: null,
    fb_publish_status: null,
    total_km: float(4318.274611930287),
    views: 212,
    featured: null,
    language: null,
    timezone_id: "Europe/London",
    summary: "Five weeks, two countries.",
    cover_photo_path: "https://polarsteps.s3.amazonaws.com/user_images/trip/large_thumb/u_8841207/a.jpg",
    cover_photo: { id: 1, path: "https://polarsteps.s3.amazonaws.com/a.jpg", type: 1, media_id: null, trip_id: 17268451, last_modified: float(1775600512.731) },
    planned_steps_visible: true,
    creation_time: float(1771805843.117),
    step_count: steps.length,
    travel_tracker_device: { id: 11870431, trip_id: 17268451, device_name: null, tracking_status: 0, uuid: "t" },
    uuid: "trip-uuid",
    ...more,
    all_steps: steps,
  });
}

const LOCATIONS = exportJson({
  locations: [
    { lat: 51.470022, lon: -0.454295, time: float(1772217600) },
    { lat: 21.033781, lon: 105.850176, time: float(1772263200) },
  ],
});
const USER = exportJson({
  id: 8841207,
  username: "olliegrant",
  first_name: "Oliver",
  last_name: "Grant",
  living_location: {
    id: 1,
    name: "Leeds",
    detail: "United Kingdom",
    full_detail: "United Kingdom",
    country_code: "GB",
    lat: 53.8,
    lon: -1.55,
    venue: null,
    uuid: "u",
  },
  living_location_name: "Leeds, United Kingdom",
  locale: "en_GB",
  description: "Slow traveller.",
  unit_is_km: true,
  visibility: 0,
  temperature_is_celsius: true,
  email: "oliver@example.com",
  saved_spots: [],
  currency: "GBP",
  uuid: "user-uuid",
});

const LONDON_NOTE = [
  "polarsteps:step:1001",
  "Off to Hanoi! (London)",
  "log",
  [
    [
      "step 1001",
      "User",
      "user",
      "2026-02-27T18:40:00.000Z",
      "I was in London, United Kingdom on Friday 27 February at 18:40.\n\nBag packed.\nQatar Airways tonight.\n\nThe weather in London was cloudy, 7°C.",
    ],
  ],
];
const HANOI_NOTE = [
  "polarsteps:step:1002",
  "Hanoi",
  "log",
  [
    [
      "step 1002",
      "User",
      "user",
      "2026-02-28T00:20:00.000Z",
      'I was in Hanoi, Vietnam on Saturday 28 February at 00:20.\n\nLanded!  Little Charm hostel, $9 a night.\n\nFirst bún chả 🍜 at "Hương Liên".\n\nThe weather in Hanoi was partly cloudy, 30°C.',
    ],
  ],
];
const HOI_AN_NOTE = [
  "polarsteps:step:1004",
  "Cooking class (Hoi An)",
  "log",
  [
    [
      "step 1004",
      "User",
      "user",
      "2026-03-14T20:30:00.000Z",
      "I was in Hoi An, Cam Nam, Vietnam from Saturday 14 March at 20:30 to Sunday 15 March at 09:00.\n\nRed Bridge cooking class: Sanne was right.\n\nThe weather in Hoi An was partly cloudy, 30°C.",
    ],
  ],
];
const MOC_BAI_NOTE = [
  "polarsteps:step:1005",
  "Moc Bai",
  "log",
  [["step 1005", "User", "user", "2026-03-24T10:15:00.000Z", "I was in Moc Bai, Vietnam on Tuesday 24 March at 10:15."]],
];
const SIEM_REAP_NOTE = [
  "polarsteps:step:1006",
  "Siem Reap",
  "log",
  [
    [
      "step 1006",
      "User",
      "user",
      "2026-04-01T10:00:00.000Z",
      "I was in Siem Reap, Cambodia on Wednesday 1 April at 10:00.\n\nAngkor Wat at sunrise.\n\nThe weather in Siem Reap was clear, 36°C.",
    ],
  ],
];
const SUMMARY = [
  "polarsteps:trip:17268451",
  "Vietnam and Cambodia",
  "log",
  [
    [
      "trip",
      "User",
      "user",
      "2026-02-27T00:00:00.000Z",
      'My trip "Vietnam and Cambodia" on Polarsteps: from Friday 27 February to Saturday 4 April (37 days); I travelled 4,318 km through the United Kingdom, Vietnam and Cambodia, in 5 steps.\n\nFive weeks, two countries.',
    ],
  ],
];

describe("Polarsteps' Download my data", () => {
  it("reads trip.json: each step a note of its place, its day on its own clock, the user's words and the weather; the trip's summary last", async () => {
    const file = write("read/trip.json", trip(STEPS));
    expect(await detectFormat(file)).toBe("polarsteps");
    expect(told(await parsedConversations(file))).toEqual([LONDON_NOTE, HANOI_NOTE, HOI_AN_NOTE, MOC_BAI_NOTE, SIEM_REAP_NOTE, SUMMARY]);
  });

  it("says a trip still going on since its start, with no distance, and its steps in any order", async () => {
    const file = write("ongoing/trip.json", trip([STEPS[3], STEPS[1]], { end_date: null, total_km: 0, summary: "" }));
    const notes = told(await parsedConversations(file));
    expect(notes.map(([key]) => key)).toEqual(["polarsteps:step:1004", "polarsteps:step:1002", "polarsteps:trip:17268451"]);
    expect(notes[2]![3][0]![4]).toBe('My trip "Vietnam and Cambodia" on Polarsteps: since Friday 27 February; I travelled through Vietnam, in 2 steps.');
  });

  it("tells the export's files by their content whatever their names, with --format too, and its neighbours' apart", async () => {
    expect(await detectFormat(write("renamed/vietnam.json", trip(STEPS.slice(0, 1))))).toBe("polarsteps");
    expect(told(await parsedConversations(write("renamed/export.json", trip(STEPS.slice(0, 1))), "polarsteps"))[0]).toEqual(LONDON_NOTE);
    expect(polarstepsKind(`\uFEFF${trip(STEPS)}`)).toBe("trip");
    expect(polarstepsKind(JSON.stringify(JSON.parse(trip(STEPS))))).toBe("trip");
    expect(polarstepsKind(LOCATIONS)).toBe("locations");
    expect(polarstepsKind(USER)).toBe("user");
    // (Google's Location History: its Records.json points name "latitudeE7"; an empty track is Polarsteps' only beside a trip.json)
    expect(
      polarstepsKind('{\n  "locations": [{\n    "latitudeE7": 414216106,\n    "longitudeE7": 21684775,\n    "timestamp": "2026-01-01T00:00:00Z"\n  }]\n}'),
    ).toBeNull();
    expect(await detectFormat(write("renamed/Records.json", '{\n  "locations": [{\n    "latitudeE7": 414216106,\n    "longitudeE7": 21684775\n  }]\n}'))).toBe(
      "timeline",
    );
    expect(polarstepsKind('{"locations": []}', join(dir, "nowhere/locations.json"))).toBeNull();
    write("empty/trip/Vietnam_1/trip.json", trip(STEPS.slice(0, 1)));
    const empty = write("empty/trip/Vietnam_1/locations.json", '{"locations": []}');
    expect(polarstepsKind('{"locations": []}', empty)).toBe("locations");
    expect(await detectFormat(empty)).toBe("polarsteps");
    // (a Journey entry, a Swarm check-ins file, the API's trips list: none)
    expect(polarstepsKind('{"id":"1625494049547-4BbDhzcByTFSg6MW","date_journal":1625494049547,"text":"hi","lat":51.5,"lon":-0.1}')).toBeNull();
    expect(polarstepsKind('{"count":1,"items":[{"id":"1","createdAt":"2026-01-01 00:00:00","type":"checkin","timeZoneOffset":0}]}')).toBeNull();
    expect(polarstepsKind('{"trips": [{"id": 1, "name": "Vietnam"}]}')).toBeNull();
  });

  it("reads the export unzipped as a folder: its trips, with locations.json, user.json and the steps' photos and videos passed over, said why", async () => {
    const folder = join(dir, "folder/user_data");
    const tripDir = "folder/user_data/trip/Vietnam and Cambodia_17268451";
    write(`${tripDir}/trip.json`, trip(STEPS));
    write(`${tripDir}/locations.json`, LOCATIONS);
    write("folder/user_data/user/user.json", USER);
    write(`${tripDir}/hanoi_1002/photos/5a1c2f0e-0b7d-4b8e-9a0e-2d9f3c1b7e11.jpg`, new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0xff, 0xd9]));
    write(`${tripDir}/cooking-class_1004/videos/0c9d2e5f-1a2b-4c3d-8e9f-a0b1c2d3e4f5.mp4`, new Uint8Array([0, 0, 0, 0x18, 0x66, 0x74, 0x79, 0x70]));
    const read: string[] = [];
    const passed: Array<[string, string]> = [];
    for (const { file } of importPaths(folder)) {
      const why = await passedOverInFolder(file);
      const name = file.slice(folder.length + 1);
      if (why) passed.push([name, why]);
      else {
        expect(await folderFileFormat(file)).toBe("polarsteps");
        read.push(name);
      }
    }
    expect(read).toEqual(["trip/Vietnam and Cambodia_17268451/trip.json"]);
    expect(Object.fromEntries(passed)).toEqual({
      "trip/Vietnam and Cambodia_17268451/cooking-class_1004/videos/0c9d2e5f-1a2b-4c3d-8e9f-a0b1c2d3e4f5.mp4":
        "a video of a Polarsteps step, no words (its step is read from trip.json)",
      "trip/Vietnam and Cambodia_17268451/hanoi_1002/photos/5a1c2f0e-0b7d-4b8e-9a0e-2d9f3c1b7e11.jpg":
        "a photo of a Polarsteps step, no words (its step is read from trip.json)",
      "trip/Vietnam and Cambodia_17268451/locations.json":
        "Polarsteps' GPS track of a trip (locations.json: points and times, no words); the trip's steps are read from trip.json beside it",
      "user/user.json": "Polarsteps' account profile and settings (user.json: the name, home, email and units), no trip",
    });
    // (forced alone, a file passed over is no note, saying what it holds)
    expect((await importErrorOf(validateExport(join(folder, "user/user.json")))).message).toMatch(
      /^user\.json: byte 0: the note has no text: Polarsteps' account profile and settings/,
    );
    // (a photo folder elsewhere, with no trip.json above it, is not the export's)
    expect(await passedOverInFolder(write("folder/other/album_12/photos/a.jpg", new Uint8Array([0xff, 0xd8])))).toBeNull();
  });

  it("adds nothing when imported again, and from a later export only the steps that are new and the summary changed", async () => {
    const db = openDatabase(join(dir, "later.db"));
    try {
      // (exported during the trip: three steps, no end yet)
      const first = write("later/1/trip.json", trip(STEPS.slice(0, 3), { end_date: null, total_km: float(1802.5) }));
      expect(await importFile(db, embedder, first)).toMatchObject({ format: "polarsteps", conversations: 3, added: 3, duplicates: 0 });
      expect(await importFile(db, embedder, first)).toMatchObject({ added: 0, duplicates: 3 });
      const later = write("later/2/trip.json", trip(STEPS));
      expect(await importFile(db, embedder, later)).toMatchObject({ conversations: 6, added: 4, duplicates: 2 });
      expect(db.prepare("SELECT external_id, records FROM conversations ORDER BY external_id").all()).toEqual([
        { external_id: "polarsteps:step:1001", records: "log" },
        { external_id: "polarsteps:step:1002", records: "log" },
        { external_id: "polarsteps:step:1004", records: "log" },
        { external_id: "polarsteps:step:1005", records: "log" },
        { external_id: "polarsteps:step:1006", records: "log" },
        { external_id: "polarsteps:trip:17268451", records: "log" },
      ]);
    } finally {
      db.close();
    }
  });

  it("names the file and the field a bad export goes wrong at, and stores nothing", async () => {
    const badTime = write("bad/time/trip.json", trip([STEPS[0], { ...STEPS[1], start_time: "yesterday" }]));
    expect((await importErrorOf(validateExport(badTime))).message).toBe(
      'trip.json: all_steps[1].start_time: expected a time in seconds since 1970 (1772150400.0), got "yesterday"',
    );
    const db = openDatabase(join(dir, "bad.db"));
    try {
      await expect(importFile(db, embedder, badTime)).rejects.toThrow(/all_steps\[1\]\.start_time/);
      expect(db.prepare("SELECT count(*) FROM sources").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
    const noTime = write("bad/notime/trip.json", trip([{ ...STEPS[0], start_time: null }]));
    expect((await importErrorOf(validateExport(noTime))).message).toBe(
      "trip.json: all_steps[0].start_time: expected the step's time in seconds since 1970, got nothing",
    );
    const badWords = write("bad/words/trip.json", trip([{ ...STEPS[0], description: 42 }]));
    expect((await importErrorOf(validateExport(badWords))).message).toBe("trip.json: all_steps[0].description: expected the step's words (a string), got 42");
    const badPlace = write("bad/place/trip.json", trip([{ ...STEPS[0], location: "London" }]));
    expect((await importErrorOf(validateExport(badPlace))).message).toBe(
      'trip.json: all_steps[0].location: expected the step\'s place (an object), got "London"',
    );
    const badHeat = write("bad/heat/trip.json", trip([{ ...STEPS[0], weather_temperature: "warm" }]));
    expect((await importErrorOf(validateExport(badHeat))).message).toBe(
      'trip.json: all_steps[0].weather_temperature: expected the temperature in °C (a number), got "warm"',
    );
    const noId = write("bad/id/trip.json", trip([{ ...STEPS[0], id: null }]));
    expect((await importErrorOf(validateExport(noId))).message).toBe("trip.json: all_steps[0].id: expected the step's id, got null");
    const notStep = write("bad/item/trip.json", trip([STEPS[0], 7]));
    expect((await importErrorOf(validateExport(notStep))).message).toBe("trip.json: all_steps[1]: expected a step (an object), got 7");
    const notSteps = write("bad/steps/trip.json", trip([]).replace('"all_steps": []', '"all_steps": "none"'));
    expect((await importErrorOf(validateExport(notSteps))).message).toBe('trip.json: all_steps: expected the trip\'s steps (an array), got "none"');
    const badKm = write("bad/km/trip.json", trip(STEPS.slice(0, 1), { total_km: "far" }));
    expect((await importErrorOf(validateExport(badKm))).message).toBe('trip.json: total_km: expected the trip\'s distance in km (a number), got "far"');
    const badEnd = write("bad/end/trip.json", trip(STEPS.slice(0, 1), { end_date: "April" }));
    expect((await importErrorOf(validateExport(badEnd))).message).toBe(
      'trip.json: end_date: expected a time in seconds since 1970 (1772150400.0), got "April"',
    );
    const cut = write("bad/cut/trip.json", trip(STEPS).slice(0, 2400));
    expect((await importErrorOf(validateExport(cut))).message).toMatch(/^trip\.json: byte \d+ \(line \d+, column \d+\): /);
    // (a trip with no step left, a planned one or every step deleted, is no note: a folder passes it over, saying so)
    const none = write("bad/none/trip.json", trip([STEPS[2]]));
    expect((await importErrorOf(validateExport(none))).message).toBe("trip.json: all_steps: the note has no text: a Polarsteps trip with no step");
    const other = write("bad/other/trip.json", '{"name": "Vietnam", "steps": []}');
    expect((await importErrorOf(validateExport(other, { format: "polarsteps" }))).message).toBe(
      'trip.json: byte 0: not a file of Polarsteps\' export: expected a trip.json ({"id": …, "user_id": …, "name": …, "start_date": …, "total_km": …, "all_steps": [ … ]})',
    );
  });
});

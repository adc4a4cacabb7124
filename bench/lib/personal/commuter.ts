/**
 * The commuter: Maya, in Leeds, takes the number 6 bus from Headingley to her office on Wellington Place
 * every weekday, climbs at Gritstone Climbing Centre on Thursdays after work, and keeps Google Maps'
 * Timeline on. In October and November 2026 it saw her go to the dentist, visit her friend Hannah, take
 * the train to York for a day, drive to the White Rose shopping centre and back, and drive to Casa Lupo
 * for her anniversary dinner. On 30 November she downloads her Location History with Google Takeout
 * (the old form, written while Google still kept the Timeline): `Takeout/Location History
 * (Timeline)/Semantic Location History/2026/2026_OCTOBER.json` and `2026_NOVEMBER.json` (`{
 * "timelineObjects": [ { "placeVisit": { "location": { "latitudeE7", "longitudeE7", "placeId", "address",
 * "name", "semanticType"?, "sourceInfo", "locationConfidence" }, "duration": { "startTimestamp",
 * "endTimestamp" }, "placeConfidence", "centerLatE7", "centerLngE7", "visitConfidence",
 * "otherCandidateLocations", "editConfirmationStatus", "locationConfidence", "placeVisitType",
 * "placeVisitImportance" } }, { "activitySegment": { "startLocation", "endLocation", "duration",
 * "distance", "activityType", "confidence", "activities", "waypointPath" | "transitPath", "parkingEvent"?
 * } } ] }`, times in UTC with milliseconds, "2026-10-06T07:32:41.318Z"; her home a `TYPE_HOME` place with
 * its address and no name, her office `TYPE_WORK`, Hannah's house a private label, `TYPE_ALIASED_LOCATION`,
 * named "Hannah's"), beside `Records.json` (the raw points, `{ "locations": [ { "latitudeE7",
 * "longitudeE7", "accuracy", "source", "deviceTag", "timestamp" } ] }`) and `Settings.json`; Takeout
 * writes them two spaces a level with an array's objects opening on its line (`"timelineObjects": [{`,
 * `}, {`). Then the Timeline moves onto her phone; on 5 December she exports it there (Settings →
 * Location → Location services → Timeline → Export Timeline data) as `Timeline.json`: `{
 * "semanticSegments": [ { "startTime": "2026-12-01T08:06:00.000+00:00", "endTime",
 * "startTimeTimezoneUtcOffsetMinutes", "endTimeTimezoneUtcOffsetMinutes", "visit": { "hierarchyLevel",
 * "probability", "topCandidate": { "placeId", "semanticType": "HOME" | "WORK" | "UNKNOWN", "probability",
 * "placeLocation": { "latLng": "53.8178412°, -1.5731186°" } } } | "activity": { "start": { "latLng" },
 * "end", "distanceMeters", "topCandidate": { "type", "probability" } } | "timelinePath": [ { "point",
 * "time" } ] } ], "rawSignals": [ … ], "userLocationProfile": { "frequentPlaces", "persona" } }`, no
 * place's name in it. She puts both in one folder and imports it (`engram import Location`).
 * Checked against the Location History format's JSON Schemas (CarlosBergillos/LocationHistoryFormat:
 * Semantic, Records, Settings; its examples' `transitPath`, `waypointPath`, `activities`), a Takeout
 * month file quoted whole in a public guide (its `"timelineObjects": [{` layout), forensic notes and
 * importers of older files (`startTimestampMs`, a `TYPE_HOME` place with only its address), and for
 * Timeline.json a public listing of its fields (nabedroid/google-timeline-viewer), a real file's first
 * segments quoted in a public design note (a timelinePath segment every two hours, offsets in every
 * time) and importers' tests (kgeo-device-timeline, a `HOME`/`WORK`/`UNKNOWN` semanticType).
 * Hand-written by the developers while trying Engram as its users would, in session 36, before Engram
 * could read a Timeline (the first run's figures are in bench/README.md). With it, the questions such a
 * person asks later and the words a right answer holds, and questions nothing here answers.
 */
import type { Person, PersonFile } from "./types.js";

/**
 * A JSON value as Google Takeout writes Location History (Semantic Location History's months, Records.json,
 * Settings.json): two spaces a level, `"key": value`, an array's items on its line (`[{`, `}, {`, `}]`);
 * also written by the timeline format's tests. (My Activity's files are written otherwise: takeout-json.ts.)
 */
export function locationHistoryJson(value: unknown, level = 0): string {
  if (Array.isArray(value)) return `[${value.map((v) => locationHistoryJson(v, level)).join(", ")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value);
    if (!entries.length) return "{}";
    const pad = "  ".repeat(level + 1);
    return `{\n${entries.map(([k, v]) => `${pad}${JSON.stringify(k)}: ${locationHistoryJson(v, level + 1)}`).join(",\n")}\n${"  ".repeat(level)}}`;
  }
  return JSON.stringify(value ?? null);
}

/** A place of hers: where it is (degrees), its Google place id, and what Takeout says of it. */
interface Place {
  lat: number;
  lng: number;
  placeId: string;
  address: string;
  name?: string;
  semanticType?: string;
}

const HOME: Place = {
  lat: 53.8178412,
  lng: -1.5731186,
  placeId: "ChIJm7Qb1h9ZeUgRk3d0s6pAsh0",
  address: "27 Ash Grove, Headingley, Leeds LS6 1AH, UK",
  semanticType: "TYPE_HOME",
};
const WORK: Place = {
  lat: 53.7960287,
  lng: -1.5564049,
  placeId: "ChIJ4x2R0cNeeUgR1pX0gA9kWlE",
  address: "1 Wellington Place, Leeds LS1 4AP, UK",
  name: "Northgate Insurance",
  semanticType: "TYPE_WORK",
};
const DENTIST: Place = {
  lat: 53.7955123,
  lng: -1.5404391,
  placeId: "ChIJb8v3pS1beUgRq0Zy2m4cTiY",
  address: "42 Call Lane, Leeds LS1 7BT, UK",
  name: "Riverside Dental Practice",
};
const GYM: Place = {
  lat: 53.8040518,
  lng: -1.5790273,
  placeId: "ChIJs1kY3r9ZeUgR7eHwq0LmGx8",
  address: "Unit 4, Kirkstall Road, Leeds LS4 2AZ, UK",
  name: "Gritstone Climbing Centre",
};
const HANNAH: Place = {
  lat: 53.8290144,
  lng: -1.5360077,
  placeId: "ChIJp0Vq8wVceUgRzK2lYt3oQbc",
  address: "12 Montreal Avenue, Chapel Allerton, Leeds LS7 4LF, UK",
  name: "Hannah's",
  semanticType: "TYPE_ALIASED_LOCATION",
};
const LEEDS_STATION: Place = {
  lat: 53.7949778,
  lng: -1.5475625,
  placeId: "ChIJ0xq1rdxdeUgRU2sFzqvdvUM",
  address: "New Station St, Leeds LS1 4DY, UK",
  name: "Leeds Station",
};
const YORK_STATION: Place = {
  lat: 53.9578306,
  lng: -1.0929017,
  placeId: "ChIJUQqV6bcxeUgRtmnm5XGl2Bg",
  address: "Station Rd, York YO24 1AB, UK",
  name: "York Station",
};
const MINSTER: Place = {
  lat: 53.9623008,
  lng: -1.0818995,
  placeId: "ChIJ7y3QmLkxeUgRxh1l3dYx2uU",
  address: "Deangate, York YO1 7HH, UK",
  name: "York Minster",
};
const TEA_ROOMS: Place = {
  lat: 53.9612551,
  lng: -1.0839902,
  placeId: "ChIJq2Bf0LoxeUgRb7yQpX4nVwM",
  address: "21 Stonegate, York YO1 8AW, UK",
  name: "Bramble Tea Rooms",
};
const WHITE_ROSE: Place = {
  lat: 53.7579941,
  lng: -1.5720166,
  placeId: "ChIJ3d7y2YVbeUgR8mN4xv0pQaA",
  address: "Dewsbury Rd, Leeds LS11 8LU, UK",
  name: "White Rose Shopping Centre",
};
const CASA_LUPO: Place = {
  lat: 53.8010338,
  lng: -1.5489927,
  placeId: "ChIJ5cW1n8NeeUgRr0oPq2dTz6E",
  address: "33 Great George St, Leeds LS1 3BB, UK",
  name: "Casa Lupo",
};

/** Her phone's device tag, as Takeout names the device that reported each place. */
const DEVICE = -1185344206;

/** A time of hers on Leeds' clock → the UTC instant Takeout writes ("2026-10-06T07:32:41.318Z"): British Summer Time until 01:00 UTC on Sunday 25 October 2026. */
function takeoutTime(month: number, day: number, hour: number, minute: number, ms = 0): string {
  const local = Date.UTC(2026, month - 1, day, hour, minute, 0, 0);
  const bst = local - 3_600_000 < Date.UTC(2026, 9, 25, 1);
  return new Date(local - (bst ? 3_600_000 : 0) + ms).toISOString();
}

const e7 = (deg: number): number => Math.round(deg * 1e7);

/** A place as a placeVisit's `location` writes it. */
function locationOf(p: Place): Record<string, unknown> {
  return {
    latitudeE7: e7(p.lat),
    longitudeE7: e7(p.lng),
    placeId: p.placeId,
    address: p.address,
    ...(p.name ? { name: p.name } : {}),
    ...(p.semanticType ? { semanticType: p.semanticType } : {}),
    sourceInfo: { deviceTag: DEVICE },
    locationConfidence: 92.4,
    calibratedProbability: 88.1,
  };
}

/** A stay at `p` from `from` to `to` (Takeout's UTC times). */
function visit(p: Place, from: string, to: string): Record<string, unknown> {
  return {
    placeVisit: {
      location: locationOf(p),
      duration: { startTimestamp: from, endTimestamp: to },
      placeConfidence: p.semanticType ? "USER_CONFIRMED" : "HIGH_CONFIDENCE",
      centerLatE7: e7(p.lat) + 113,
      centerLngE7: e7(p.lng) - 87,
      visitConfidence: 93,
      otherCandidateLocations: [
        {
          latitudeE7: e7(p.lat) + 2210,
          longitudeE7: e7(p.lng) - 1650,
          placeId: "ChIJxYk0m1xZeUgRwJ3b6sB8hFo",
          locationConfidence: 3.1,
          calibratedProbability: 2.9,
        },
      ],
      editConfirmationStatus: p.semanticType ? "CONFIRMED" : "NOT_CONFIRMED",
      locationConfidence: 92,
      placeVisitType: "SINGLE_PLACE",
      placeVisitImportance: "MAIN",
    },
  };
}

/** A transit line's journey: its name and the stops got on and off at. */
interface Transit {
  line: string;
  colour: string;
  stops: Array<{ name: string; address: string; lat: number; lng: number; placeId: string }>;
}

const BUS_6_IN: Transit = {
  line: "6",
  colour: "E4002B",
  stops: [
    { name: "Headingley Arndale Centre", address: "Otley Rd, Leeds LS6", lat: 53.8187, lng: -1.5769, placeId: "ChIJk4wQq6BZeUgRr9T0oIbQqz4" },
    { name: "Park Row", address: "Park Row, Leeds LS1", lat: 53.7985, lng: -1.5478, placeId: "ChIJt2jR0N1deUgRn0z2nK9yqU0" },
  ],
};
const BUS_6_OUT: Transit = { ...BUS_6_IN, stops: [...BUS_6_IN.stops].reverse() };
const TO_YORK: Transit = {
  line: "TransPennine Express",
  colour: "00A6E6",
  stops: [
    { name: "Leeds", address: "Leeds LS1 4DY", lat: LEEDS_STATION.lat, lng: LEEDS_STATION.lng, placeId: LEEDS_STATION.placeId },
    { name: "York", address: "York YO24 1AB", lat: YORK_STATION.lat, lng: YORK_STATION.lng, placeId: YORK_STATION.placeId },
  ],
};
const FROM_YORK: Transit = { ...TO_YORK, stops: [...TO_YORK.stops].reverse() };
const BUS_50_HOME: Transit = {
  line: "50",
  colour: "0072BC",
  stops: [
    { name: "Kirkstall Road Viaduct", address: "Kirkstall Rd, Leeds LS4", lat: 53.8036, lng: -1.5781, placeId: "ChIJc0pZ2r9ZeUgRf6y1wLq3mB4" },
    BUS_6_IN.stops[0]!,
  ],
};

/** A journey from `a` to `b` by `type` over `metres`, from `from` to `to`; a bus's or a train's line, a drive's parking. */
function journey(a: Place, b: Place, type: string, metres: number, from: string, to: string, transit?: Transit): Record<string, unknown> {
  const other = type === "WALKING" ? "IN_PASSENGER_VEHICLE" : "WALKING";
  return {
    activitySegment: {
      startLocation: { latitudeE7: e7(a.lat) + 321, longitudeE7: e7(a.lng) - 254, sourceInfo: { deviceTag: DEVICE } },
      endLocation: { latitudeE7: e7(b.lat) - 188, longitudeE7: e7(b.lng) + 97, sourceInfo: { deviceTag: DEVICE } },
      duration: { startTimestamp: from, endTimestamp: to },
      distance: metres,
      activityType: type,
      confidence: "HIGH",
      activities: [
        { activityType: type, probability: 91.27381563186646 },
        { activityType: other, probability: 6.1194241046905518 },
        { activityType: "STILL", probability: 1.2030251324176788 },
      ],
      ...(transit
        ? {
            transitPath: {
              transitStops: transit.stops.map((s) => ({ latitudeE7: e7(s.lat), longitudeE7: e7(s.lng), placeId: s.placeId, address: s.address, name: s.name })),
              name: transit.line,
              hexRgbColor: transit.colour,
              linePlaceId: "ChIJ2cB9o0tceUgRl3aYk5n2fD0",
              stopTimesInfo: [
                { scheduledDepartureTimestamp: from, realtimeDepartureTimestamp: from },
                { scheduleArrivalTimestamp: to, realtimeArrivalTimestamp: to },
              ],
              source: "INFERRED",
              confidence: 0.9317220051679802,
              distanceMeters: metres - 64.5,
            },
          }
        : {
            waypointPath: {
              waypoints: [
                { latE7: e7(a.lat) + 321, lngE7: e7(a.lng) - 254 },
                { latE7: e7(b.lat) - 188, lngE7: e7(b.lng) + 97 },
              ],
              source: "INFERRED",
              distanceMeters: metres + 12.7,
              travelMode: type === "WALKING" ? "WALK" : type === "CYCLING" ? "BICYCLE" : "DRIVE",
              confidence: 0.9876161813735962,
            },
          }),
      ...(type === "IN_PASSENGER_VEHICLE"
        ? {
            parkingEvent: {
              location: { latitudeE7: e7(b.lat) - 410, longitudeE7: e7(b.lng) + 260, accuracyMetres: 12 },
              method: "EXITING_VEHICLE_SIGNAL",
              locationSource: "FROM_RAW_LOCATION",
              timestamp: to,
            },
          }
        : {}),
    },
  };
}

/** A day of hers: its month, its day, and what she did, in Takeout's objects. */
type Day = [month: number, day: number, objects: Array<Record<string, unknown>>];

/** An ordinary working day: the bus in, the office, the bus home; on a Thursday, a walk to the climbing centre after work and the bus home from there. */
function workday(m: number, d: number, thursday: boolean, t = (h: number, min: number) => takeoutTime(m, d, h, min)): Array<Record<string, unknown>> {
  const out = [journey(HOME, WORK, "IN_BUS", 4312, t(8, 5), t(8, 30), BUS_6_IN), visit(WORK, t(8, 32), t(17, 30))];
  if (thursday)
    return [
      ...out,
      journey(WORK, GYM, "WALKING", 2418, t(17, 30), t(18, 2)),
      visit(GYM, t(18, 2), t(20, 5)),
      journey(GYM, HOME, "IN_BUS", 2306, t(20, 9), t(20, 24), BUS_50_HOME),
      visit(HOME, t(20, 24), "NEXT"),
    ];
  return [...out, journey(WORK, HOME, "IN_BUS", 4298, t(17, 35), t(18, 2), BUS_6_OUT), visit(HOME, t(18, 2), "NEXT")];
}

/** The days that were not ordinary, by month and day. */
const SPECIAL: Record<string, (t: (h: number, min: number) => string) => Array<Record<string, unknown>>> = {
  // (Tuesday 6 October: the bus to the dentist, then a walk to the office)
  "10-6": (t) => [
    journey(HOME, DENTIST, "IN_BUS", 4406, t(8, 5), t(8, 29), BUS_6_IN),
    visit(DENTIST, t(8, 32), t(9, 18)),
    journey(DENTIST, WORK, "WALKING", 1207, t(9, 18), t(9, 34)),
    visit(WORK, t(9, 34), t(17, 30)),
    journey(WORK, HOME, "IN_BUS", 4298, t(17, 35), t(18, 2), BUS_6_OUT),
    visit(HOME, t(18, 2), "NEXT"),
  ],
  // (Sunday 11 October: cycled to Hannah's for lunch)
  "10-11": (t) => [
    journey(HOME, HANNAH, "CYCLING", 3874, t(12, 10), t(12, 27)),
    visit(HANNAH, t(12, 27), t(16, 45)),
    journey(HANNAH, HOME, "CYCLING", 3912, t(16, 45), t(17, 6)),
    visit(HOME, t(17, 6), "NEXT"),
  ],
  // (Saturday 17 October: a day in York by train)
  "10-17": (t) => [
    journey(HOME, LEEDS_STATION, "IN_BUS", 4386, t(8, 38), t(9, 2), BUS_6_IN),
    visit(LEEDS_STATION, t(9, 4), t(9, 21)),
    journey(LEEDS_STATION, YORK_STATION, "IN_TRAIN", 40233, t(9, 21), t(9, 47), TO_YORK),
    journey(YORK_STATION, MINSTER, "WALKING", 1312, t(9, 49), t(10, 7)),
    visit(MINSTER, t(10, 7), t(11, 52)),
    journey(MINSTER, TEA_ROOMS, "WALKING", 418, t(11, 52), t(11, 59)),
    visit(TEA_ROOMS, t(11, 59), t(15, 11)),
    journey(TEA_ROOMS, YORK_STATION, "WALKING", 1207, t(15, 11), t(15, 28)),
    journey(YORK_STATION, LEEDS_STATION, "IN_TRAIN", 40233, t(15, 32), t(15, 58), FROM_YORK),
    journey(LEEDS_STATION, HOME, "IN_BUS", 4398, t(16, 10), t(16, 36), BUS_6_OUT),
    visit(HOME, t(16, 36), "NEXT"),
  ],
  // (Saturday 31 October: drove to the White Rose and back)
  "10-31": (t) => [
    journey(HOME, WHITE_ROSE, "IN_PASSENGER_VEHICLE", 11214, t(10, 20), t(10, 45)),
    visit(WHITE_ROSE, t(10, 47), t(13, 5)),
    journey(WHITE_ROSE, HOME, "IN_PASSENGER_VEHICLE", 11586, t(13, 10), t(13, 38)),
    visit(HOME, t(13, 38), "NEXT"),
  ],
  // (Sunday 8 November: drove to Hannah's and back)
  "11-8": (t) => [
    journey(HOME, HANNAH, "IN_PASSENGER_VEHICLE", 4871, t(14, 2), t(14, 16)),
    visit(HANNAH, t(14, 16), t(17, 40)),
    journey(HANNAH, HOME, "IN_PASSENGER_VEHICLE", 4905, t(17, 40), t(17, 55)),
    visit(HOME, t(17, 55), "NEXT"),
  ],
  // (Saturday 14 November: their anniversary dinner at Casa Lupo)
  "11-14": (t) => [
    journey(HOME, CASA_LUPO, "IN_PASSENGER_VEHICLE", 4126, t(18, 34), t(18, 51)),
    visit(CASA_LUPO, t(18, 53), t(21, 41)),
    journey(CASA_LUPO, HOME, "IN_PASSENGER_VEHICLE", 4158, t(21, 46), t(22, 2)),
    visit(HOME, t(22, 2), "NEXT"),
  ],
};

/** The days of a month, ordinary weekdays and the special days; a weekend day with nothing special is a day at home (told by the visit before it). */
function monthDays(month: number, days: number): Day[] {
  const out: Day[] = [];
  for (let d = 1; d <= days; d++) {
    const t = (h: number, min: number) => takeoutTime(month, d, h, min);
    const weekday = new Date(Date.UTC(2026, month - 1, d)).getUTCDay();
    const special = SPECIAL[`${month}-${d}`];
    if (special) out.push([month, d, special(t)]);
    else if (weekday >= 1 && weekday <= 5) out.push([month, d, workday(month, d, weekday === 4, t)]);
  }
  return out;
}

/**
 * A month's file: its days' objects in time order, each home visit ending when the next day's first
 * journey starts (a visit is written in the month it started), the month's last ending at `lastHomeEnds`; with
 * none (the Takeout's last month), that visit, still going on when it was downloaded, is not in it.
 */
function monthFile(month: number, days: number, lastHomeEnds: string | null): string {
  const objects: Array<Record<string, unknown>> = [];
  let openHome: Record<string, unknown> | null = null;
  for (const [, , day] of monthDays(month, days)) {
    const first = day[0]!.activitySegment as { duration: { startTimestamp: string } };
    if (openHome) {
      (openHome.placeVisit as { duration: { endTimestamp: string } }).duration.endTimestamp = first.duration.startTimestamp;
      objects.push(openHome);
    }
    objects.push(...day.slice(0, -1));
    openHome = day.at(-1)!;
  }
  if (lastHomeEnds && openHome) {
    // (the month's last evening at home runs into the next month: Takeout writes it in the month it started)
    (openHome.placeVisit as { duration: { endTimestamp: string } }).duration.endTimestamp = lastHomeEnds;
    objects.push(openHome);
  }
  return `${locationHistoryJson({ timelineObjects: objects })}\n`;
}

/** Records.json: the raw points the phone reported (a few of them here), which Engram passes over. */
const RECORDS = `${locationHistoryJson({
  locations: [
    {
      latitudeE7: e7(HOME.lat) + 38,
      longitudeE7: e7(HOME.lng) - 21,
      accuracy: 14,
      source: "WIFI",
      deviceTag: DEVICE,
      timestamp: "2026-10-01T06:58:12.114Z",
    },
    {
      latitudeE7: e7(DENTIST.lat) + 12,
      longitudeE7: e7(DENTIST.lng) - 44,
      accuracy: 9,
      velocity: 0,
      altitude: 41,
      verticalAccuracy: 3,
      source: "GPS",
      deviceTag: DEVICE,
      platformType: "ANDROID",
      activity: [{ activity: [{ type: "STILL", confidence: 98 }], timestamp: "2026-10-06T07:40:03.411Z" }],
      timestamp: "2026-10-06T07:40:01.000Z",
    },
  ],
})}\n`;

/** Settings.json: the account's Location History settings and her phone. */
const SETTINGS = `${locationHistoryJson({
  createdTime: "2019-03-02T10:14:55.203Z",
  modifiedTime: "2026-09-12T18:02:41.661Z",
  historyEnabled: true,
  deviceSettings: [
    {
      deviceTag: DEVICE,
      reportingEnabled: true,
      legalCountryCode: "gb",
      devicePrettyName: "Pixel 8",
      platformType: "ANDROID",
      deviceCreationTime: "2024-01-06T12:31:09.118Z",
      latestLocationReportingSettingChange: { reportingEnabledModificationTime: "2024-01-06T12:31:10.502Z" },
      androidOsLevel: 35,
      deviceSpec: { manufacturer: "Google", brand: "google", product: "shiba", device: "shiba", model: "Pixel 8", isLowRam: false },
    },
  ],
  retentionWindowDays: 2147483647,
  hasReportedLocations: true,
  hasSetRetention: false,
})}\n`;

/** A point as Timeline.json writes it: "53.8178412°, -1.5731186°". */
const latLng = (p: { lat: number; lng: number }): string => `${p.lat}°, ${p.lng}°`;

/** A time of hers in December (GMT) as Timeline.json writes it: "2026-12-01T08:06:00.000+00:00". */
const deviceTime = (day: number, h: number, min: number): string =>
  `2026-12-${String(day).padStart(2, "0")}T${String(h).padStart(2, "0")}:${String(min).padStart(2, "0")}:00.000+00:00`;

/** A visit segment of Timeline.json at `p` (its semanticType `type`). */
function deviceVisit(p: Place, type: string, from: string, to: string): Record<string, unknown> {
  return {
    startTime: from,
    endTime: to,
    startTimeTimezoneUtcOffsetMinutes: 0,
    endTimeTimezoneUtcOffsetMinutes: 0,
    visit: {
      hierarchyLevel: 0,
      probability: 0.8123456835746765,
      topCandidate: { placeId: p.placeId, semanticType: type, probability: 0.9512634873390198, placeLocation: { latLng: latLng(p) } },
    },
  };
}

/** An activity segment of Timeline.json from `a` to `b`. */
function deviceActivity(a: Place, b: Place, type: string, metres: number, from: string, to: string): Record<string, unknown> {
  return {
    startTime: from,
    endTime: to,
    startTimeTimezoneUtcOffsetMinutes: 0,
    endTimeTimezoneUtcOffsetMinutes: 0,
    activity: {
      start: { latLng: latLng(a) },
      end: { latLng: latLng(b) },
      distanceMeters: metres,
      topCandidate: { type, probability: 0.8876543045043945 },
    },
  };
}

/** A timelinePath segment of Timeline.json: the points of a two-hour window, which Engram passes over. */
function devicePath(day: number, h: number, points: Array<[Place, number]>): Record<string, unknown> {
  return {
    startTime: deviceTime(day, h, 0),
    endTime: deviceTime(day, h + 2, 0),
    timelinePath: points.map(([p, min]) => ({ point: latLng(p), time: deviceTime(day, h + Math.floor(min / 60), min % 60) })),
  };
}

/** Her phone's Timeline.json: Monday 30 November's evening at home to Friday 4 December's bus home (her evening at home, still going on, is not in it). */
const TIMELINE = `${JSON.stringify(
  {
    semanticSegments: [
      deviceVisit(HOME, "HOME", "2026-11-30T18:02:00.000+00:00", deviceTime(1, 8, 6)),
      devicePath(1, 8, [
        [HOME, 4],
        [WORK, 30],
      ]),
      deviceActivity(HOME, WORK, "IN_BUS", 4301.5, deviceTime(1, 8, 6), deviceTime(1, 8, 31)),
      deviceVisit(WORK, "WORK", deviceTime(1, 8, 33), deviceTime(1, 17, 31)),
      deviceActivity(WORK, HOME, "IN_BUS", 4288.25, deviceTime(1, 17, 36), deviceTime(1, 18, 1)),
      deviceVisit(HOME, "HOME", deviceTime(1, 18, 1), deviceTime(2, 7, 50)),
      deviceActivity(HOME, WORK, "CYCLING", 5312.75, deviceTime(2, 7, 50), deviceTime(2, 8, 14)),
      deviceVisit(WORK, "WORK", deviceTime(2, 8, 16), deviceTime(2, 17, 20)),
      deviceActivity(WORK, HOME, "CYCLING", 5387.5, deviceTime(2, 17, 22), deviceTime(2, 17, 47)),
      deviceVisit(HOME, "HOME", deviceTime(2, 17, 47), deviceTime(3, 8, 4)),
      deviceActivity(HOME, WORK, "IN_BUS", 4312, deviceTime(3, 8, 4), deviceTime(3, 8, 29)),
      deviceVisit(WORK, "WORK", deviceTime(3, 8, 31), deviceTime(3, 17, 30)),
      deviceActivity(WORK, GYM, "WALKING", 2406.5, deviceTime(3, 17, 30), deviceTime(3, 18, 1)),
      deviceVisit(GYM, "UNKNOWN", deviceTime(3, 18, 1), deviceTime(3, 19, 58)),
      deviceActivity(GYM, HOME, "IN_BUS", 2311, deviceTime(3, 20, 2), deviceTime(3, 20, 18)),
      deviceVisit(HOME, "HOME", deviceTime(3, 20, 18), deviceTime(4, 8, 7)),
      deviceActivity(HOME, WORK, "IN_BUS", 4309.5, deviceTime(4, 8, 7), deviceTime(4, 8, 33)),
      deviceVisit(WORK, "WORK", deviceTime(4, 8, 35), deviceTime(4, 17, 2)),
      deviceActivity(WORK, HOME, "IN_BUS", 4296, deviceTime(4, 17, 8), deviceTime(4, 17, 34)),
    ],
    rawSignals: [
      {
        position: {
          LatLng: latLng(HOME),
          accuracyMeters: 13,
          altitudeMeters: 118.4000015258789,
          source: "WIFI",
          timestamp: "2026-12-04T21:12:05.000+00:00",
          speedMetersPerSecond: 0.0,
        },
      },
      { activityRecord: { probableActivities: [{ type: "STILL", confidence: 0.97 }], timestamp: "2026-12-04T21:12:04.000+00:00" } },
    ],
    userLocationProfile: {
      frequentPlaces: [
        { placeId: HOME.placeId, placeLocation: latLng(HOME), label: "HOME" },
        { placeId: WORK.placeId, placeLocation: latLng(WORK), label: "WORK" },
      ],
      persona: {
        travelModeAffinities: [
          { mode: "IN_BUS", affinity: 0.61 },
          { mode: "WALKING", affinity: 0.22 },
        ],
      },
    },
  },
  null,
  2,
)}\n`;

/**
 * Questions she asks later, each with the words a right answer holds (all of them, any case), or null for
 * a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "When did I go to the dentist?", expect: ["6 October"] },
  { question: "What is the address of the climbing gym?", expect: ["Kirkstall Road"] },
  { question: "How did I get to York?", expect: ["train"] },
  { question: "When did I go to York?", expect: ["17 October"] },
  { question: "What did I visit in York?", expect: ["York Minster"] },
  { question: "Where did we have dinner on 14 November?", expect: ["Casa Lupo"] },
  { question: "How far did I drive on 31 October?", expect: ["22.8 km"] },
  { question: "Where does Hannah live?", expect: ["Montreal Avenue"] },
  { question: "What is the address of my office?", expect: ["Wellington Place"] },
  { question: "What time did I get to work on Tuesday 1 December?", expect: ["08:33"] },
  { question: "How far did I cycle on Wednesday 2 December?", expect: ["10.7 km"] },
  { question: "What is Hannah's phone number?", expect: null },
  { question: "When did I fly to Dublin?", expect: null },
  { question: "Where did I get my hair cut?", expect: null },
];

const TAKEOUT = "Location/Takeout/Location History (Timeline)";
/** When Takeout made the download (its files' modification times), and when she exported the phone's Timeline. */
const TAKEOUT_AT = Date.UTC(2026, 10, 30, 21, 14);
const EXPORTED_AT = Date.UTC(2026, 11, 5, 9, 3);

const FILES: PersonFile[] = [
  {
    name: "Location/Takeout/archive_browser.html",
    text: '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Archive Overview</title></head><body><h1>Your Google data archive</h1><p>Location History (Timeline)</p></body></html>\n',
    mtime: TAKEOUT_AT,
  },
  { name: `${TAKEOUT}/Records.json`, text: RECORDS, mtime: TAKEOUT_AT },
  { name: `${TAKEOUT}/Settings.json`, text: SETTINGS, mtime: TAKEOUT_AT },
  {
    name: `${TAKEOUT}/Semantic Location History/2026/2026_OCTOBER.json`,
    // (Saturday 31 October's evening at home runs to the bus on Monday 2 November)
    text: monthFile(10, 31, takeoutTime(11, 2, 8, 5)),
    mtime: TAKEOUT_AT,
  },
  {
    name: `${TAKEOUT}/Semantic Location History/2026/2026_NOVEMBER.json`,
    text: monthFile(11, 30, null),
    mtime: TAKEOUT_AT,
  },
  { name: "Location/Timeline.json", text: TIMELINE, mtime: EXPORTED_AT },
];

/** The commuter: Google Takeout's Location History (two months) and her phone's Timeline.json, imported as one folder, asked on Saturday 5 December 2026. */
export const commuter: Person = {
  name: "commuter",
  files: FILES,
  folder: "Location",
  askedAt: Date.UTC(2026, 11, 5, 10, 0),
  questions: QUESTIONS,
};

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, passedOverInFolder, whyPassedOver } from "../../core/api/import-check.js";
import { stravaKind, stravaPassedOver } from "../../core/ingest/health/strava.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { conversationItems, turnHash } from "../../core/ingest/store.js";
import type { ParsedConversation } from "../../core/ingest/kit/types.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-strava-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** activities.csv's header as Strava writes it: 94 columns, five names twice (Elapsed Time, Distance, Max Heart Rate, Relative Effort, Commute). */
const HEADER =
  "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,Filename,Athlete Weight,Bike Weight,Elapsed Time,Moving Time,Distance,Max Speed,Average Speed,Elevation Gain,Elevation Loss,Elevation Low,Elevation High,Max Grade,Average Grade,Average Positive Grade,Average Negative Grade,Max Cadence,Average Cadence,Max Heart Rate,Average Heart Rate,Max Watts,Average Watts,Calories,Max Temperature,Average Temperature,Relative Effort,Total Work,Number of Runs,Uphill Time,Downhill Time,Other Time,Perceived Exertion,Type,Start Time,Weighted Average Power,Power Count,Prefer Perceived Exertion,Perceived Relative Effort,Commute,Total Weight Lifted,From Upload,Grade Adjusted Distance,Weather Observation Time,Weather Condition,Weather Temperature,Apparent Temperature,Dewpoint,Humidity,Weather Pressure,Wind Speed,Wind Gust,Wind Bearing,Precipitation Intensity,Sunrise Time,Sunset Time,Moon Phase,Bike,Gear,Precipitation Probability,Precipitation Type,Cloud Cover,Weather Visibility,UV Index,Weather Ozone,Jump Count,Total Grit,Average Flow,Flagged,Average Elapsed Speed,Dirt Distance,Newly Explored Distance,Newly Explored Dirt Distance,Activity Count,Total Steps,Carbon Saved,Pool Length,Training Load,Intensity,Average Grade Adjusted Pace,Timer Time,Total Cycles,Media";

/** An activity's cells by their place in {@link HEADER} (0: Activity ID … 17: the second Distance, 93: Media). */
type Cells = Partial<Record<number, string>>;

/** A cell as Strava's CSV writes it: quoted when it holds a comma, a quote or a line break. */
function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** An activity's row: its cells in their places, the others empty; an empty description and Media `""`, as Strava writes them. */
function row(cells: Cells): string {
  const out: string[] = [];
  for (let i = 0; i < 94; i++) out.push(cells[i] !== undefined ? cell(cells[i]!) : i === 4 || i === 93 ? '""' : "");
  return out.join(",");
}

/** A run: id, start, name, elapsed and moving seconds, km shown and metres, gear, and more cells. */
function run(id: string, date: string, name: string, seconds: number, metres: number, more: Cells = {}): string {
  return row({
    0: id,
    1: date,
    2: name,
    3: "Run",
    5: String(seconds + 30),
    6: (metres / 1000).toFixed(2),
    9: "false",
    12: `activities/${id}.fit.gz`,
    15: `${seconds + 30}.0`,
    16: `${seconds}.0`,
    17: String(metres),
    31: "148.0",
    50: "0.0",
    ...more,
  });
}

/** A file of the test folder, its text as given. */
function write(name: string, text: string | Uint8Array): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** A CSV of `lines`, LF line ends as Strava writes them. */
function csv(lines: string[]): string {
  return `${lines.join("\n")}\n`;
}

/** An archive unzipped as `folder`: four activities over two months (a run with its gear, description, private note and photo; a commute; a swim entered by hand; a strength session), and the files beside them. */
function archive(folder: string): string {
  write(
    `${folder}/activities.csv`,
    csv([
      HEADER,
      run("18468340921", "Oct 11, 2026, 7:48:12 AM", "Long run", 4431, 14032.9, {
        4: "14k, steady.\nThree weeks of the block done.",
        10: "Left calf tight from 10k onwards.",
        11: "Pegasus 40",
        20: "55.0",
        93: "media/3f1c9a2e.jpg|media/77aa01b2.jpg",
      }),
      row({
        0: "18562011934",
        1: "Oct 20, 2026, 6:44:10 AM",
        2: "Morning Commute",
        3: "Ride",
        5: "1785",
        6: "8.30",
        9: "true",
        11: "Brompton",
        12: "activities/18562011934.gpx",
        15: "1785.0",
        16: "1630.0",
        17: "8298.3",
        50: "1.0",
      }),
      // (a swim entered by hand: no track, its first Distance in metres, no second)
      row({ 0: "18497720653", 1: "Nov 4, 2026, 6:30:00 AM", 2: "Lido swim", 3: "Swim", 4: "At Brockwell Lido.", 5: "2160", 6: "1500", 9: "false" }),
      row({
        0: "18769451006",
        1: "Nov 11, 2026, 6:30:00 PM",
        2: "Strength session",
        3: "Weight Training",
        5: "2700",
        6: "0.00",
        9: "false",
        10: "Physio: calf raises 3x15.",
        15: "2700.0",
        16: "2700.0",
        17: "0.0",
      }),
    ]),
  );
  write(`${folder}/shoes.csv`, csv(["Shoe Name,Shoe Brand,Shoe Model,Shoe Default Sport Types", "Pegasus 40,Nike,Pegasus 40,Run"]));
  write(`${folder}/bikes.csv`, csv(["Bike Name,Bike Brand,Bike Model,Bike Default Sport Types", "Brompton,Brompton,C Line Explore,"]));
  write(`${folder}/media.csv`, csv(["Media Filename,Media Caption", "media/3f1c9a2e.jpg,Canal at dawn", "media/77aa01b2.jpg,"]));
  write(
    `${folder}/profile.csv`,
    csv([
      "Athlete ID,Email Address,First Name,Last Name,Sex,Description,Weight,City,State,Country",
      "48213377,h@example.com,Jess,Morgan,F,,58.0,London,England,United Kingdom",
    ]),
  );
  write(`${folder}/comments.csv`, csv(["Comment Date,Comment", '"Oct 17, 2026, 10:12:44 AM",Great run Priya!']));
  write(
    `${folder}/goals.csv`,
    csv([
      "Goal Type,Activity Type,Goal,Start Date,End Date,Segment ID,Time Period,Interval Time",
      'Distance Goal,Run,150000.0,"Oct 1, 2026, 12:00:00 AM",,,Month,',
    ]),
  );
  write(`${folder}/activities/18468340921.fit.gz`, new Uint8Array(gzipSync(Buffer.from([14, 0x20, 0x5c, 0x08, 0, 0, 0, 0, 0x2e, 0x46, 0x49, 0x54, 0, 0]))));
  write(`${folder}/activities/18562011934.gpx`, '<?xml version="1.0"?>\n<gpx version="1.1"><trk><name>Morning Commute</name></trk></gpx>\n');
  write(`${folder}/media/3f1c9a2e.jpg`, new Uint8Array([0xff, 0xd8, 0xff, 0xd9]));
  return join(dir, folder);
}

/** Each conversation's key and title, and its turns' speaker, role, time and text. */
function told(notes: ParsedConversation[]): Array<[string, string | null, Array<[string, string, string, string]>]> {
  return notes.map((n) => [
    n.externalId,
    n.title,
    n.turns.map((t): [string, string, string, string] => [t.speaker, t.role, new Date(t.occurredAt).toISOString(), t.text]),
  ]);
}

describe("a Strava archive", () => {
  const folder = archive("export_48213377");

  it("reads activities.csv as a note per month, each activity a paragraph of the user's at its start, with its gear, words and photos", async () => {
    const activities = join(folder, "activities.csv");
    expect(await detectFormat(activities)).toBe("strava");
    const notes = await parsedConversations(activities);
    expect(told(notes)).toEqual([
      [
        "strava:activities:2026-10",
        "Activities, October 2026",
        [
          [
            "User",
            "user",
            "2026-10-11T07:48:12.000Z",
            // (the gear named by shoes.csv, the description's lines, the private note, a photo's caption from media.csv; one without a caption not said)
            'Ran 14 km, "Long run", on Sunday 11 October, in 1 hour 14 minutes (5:16 per km).\nShoes: Pegasus 40 (Nike Pegasus 40).\n14k, steady.\nThree weeks of the block done.\nPrivate note: Left calf tight from 10k onwards.\nPhoto: Canal at dawn.',
          ],
          [
            "User",
            "user",
            "2026-10-20T06:44:10.000Z",
            'Cycled 8.3 km, "Morning Commute", on Tuesday 20 October, commuting, in 27 minutes 10 seconds (18.3 km/h).\nBike: Brompton (Brompton C Line Explore).',
          ],
        ],
      ],
      [
        "strava:activities:2026-11",
        "Activities, November 2026",
        [
          ["User", "user", "2026-11-04T06:30:00.000Z", 'Swam 1500 m, "Lido swim", on Wednesday 4 November, in 36 minutes.\nAt Brockwell Lido.'],
          [
            "User",
            "user",
            "2026-11-11T18:30:00.000Z",
            'Did weight training, "Strength session", on Wednesday 11 November, for 45 minutes.\nPrivate note: Physio: calf raises 3x15.',
          ],
        ],
      ],
    ]);
    // (each paragraph named by the activity's link, its row's line and what Strava says of it beside it)
    expect(notes.flatMap((n) => n.turns.map((t) => [t.externalId, t.metadata.line]))).toEqual([
      ["https://www.strava.com/activities/18468340921", 2],
      ["https://www.strava.com/activities/18562011934", 4],
      ["https://www.strava.com/activities/18497720653", 5],
      ["https://www.strava.com/activities/18769451006", 6],
    ]);
    expect(notes[0]!.turns[0]!.metadata.strava).toEqual({
      id: "18468340921",
      type: "Run",
      name: "Long run",
      metres: 14032.9,
      seconds: 4431,
      gear: "Pegasus 40",
      track: "activities/18468340921.fit.gz",
      media: ["media/3f1c9a2e.jpg", "media/77aa01b2.jpg"],
      averageHeartRate: 148,
      climb: 55,
    });
    expect(notes[0]!.turns[1]!.metadata.strava).toMatchObject({ commute: true, gear: "Brompton" });
    expect(notes.map((n) => [n.format, n.participants, new Date(n.startedAt!).toISOString()])).toEqual([
      ["note", ["User"], "2026-10-11T07:48:12.000Z"],
      ["note", ["User"], "2026-11-04T06:30:00.000Z"],
    ]);
    // (the user's own words: file sources, trust user, named by the link)
    expect(conversationItems(notes[1]!).map((i) => [i.source.kind, i.source.trust, i.source.externalId])).toEqual([
      ["file", "user", "https://www.strava.com/activities/18497720653"],
      ["file", "user", "https://www.strava.com/activities/18769451006"],
    ]);
    expect(await validateExport(activities)).toMatchObject({ format: "strava", conversations: 2, turns: 4 });
    expect(await checkImportFile(activities)).toBe("strava");
  });

  it("reads a name given twice by its place: the second Distance in metres, whatever unit the first is in", async () => {
    // (an account in miles: the first Distance 10.00 miles, the second 16093.4 metres; a row of an older export without the second Distance, its first read as km)
    const miles = write(
      "miles/activities.csv",
      csv([
        HEADER,
        run("1001", "Nov 8, 2026, 8:15:37 AM", "Sunday long run", 5132, 16093.4, { 6: "10.00" }),
        row({ 0: "1002", 1: "Nov 9, 2026, 5:05:00 PM", 2: "Spin", 3: "Virtual Ride", 5: "1800", 6: "15.20", 9: "false" }),
        // (Commute read from its second column when the first is empty)
        row({ 0: "1003", 1: "Nov 10, 2026, 8:00:00 AM", 2: "", 3: "E-Bike Ride", 5: "900", 16: "900.0", 17: "5000.0", 50: "1.0" }),
      ]),
    );
    expect(told(await parsedConversations(miles))[0]![2].map((t) => t[3])).toEqual([
      'Ran 16.1 km, "Sunday long run", on Sunday 8 November, in 1 hour 26 minutes (5:19 per km).',
      'Cycled 15.2 km indoors, "Spin", on Monday 9 November, in 30 minutes (30.4 km/h).',
      "Rode 5 km on an e-bike on Tuesday 10 November, commuting, in 15 minutes (20 km/h).",
    ]);
  });

  it("lists the archive's CSVs, tracks and photos in its folder and passes over what is no note, saying why", async () => {
    expect(importPaths(folder).map((p) => p.file.slice(folder.length + 1))).toEqual([
      "activities.csv",
      "activities/18468340921.fit.gz",
      "activities/18562011934.gpx",
      "bikes.csv",
      "comments.csv",
      "media.csv",
      "media/3f1c9a2e.jpg",
      "profile.csv",
      "shoes.csv",
    ]);
    const why: Record<string, string> = {};
    for (const { file } of importPaths(folder)) {
      const name = file.slice(folder.length + 1);
      const aside = await passedOverInFolder(file);
      if (aside) {
        expect(await folderFileFormat(file)).toBeNull();
        why[name] = aside;
        continue;
      }
      expect(await folderFileFormat(file)).toBe("strava");
      const err = await checkImportFile(file, "strava").catch((e: unknown) => e);
      if (typeof err !== "string") why[name] = isEmptyNote(err) ? whyPassedOver(err) : String(err);
    }
    expect(why).toEqual({
      "activities/18468340921.fit.gz": "a Strava activity's recorded track (GPS, heart rate: no words); the activity is read from activities.csv",
      "activities/18562011934.gpx": "a Strava activity's recorded track (GPS, heart rate: no words); the activity is read from activities.csv",
      "bikes.csv": "the bikes on the Strava account, named with the activities they were ridden on (activities.csv), no note",
      "comments.csv": "comments left on others' Strava activities, without what they answer, no note",
      "media.csv": "the captions of a Strava account's photos, told with their activities (activities.csv), no note",
      "media/3f1c9a2e.jpg": "a photo or video of a Strava activity; its caption is told with the activity, from media.csv",
      "profile.csv": "the Strava account's profile, its name, email and weight, no note",
      "shoes.csv": "the shoes on the Strava account, named with the activities they were worn for (activities.csv), no note",
    });
    // (alone, such a file is refused with the same reason)
    expect((await importErrorOf(validateExport(join(folder, "profile.csv")))).message).toBe(
      "profile.csv: line 1: the note has no text: the Strava account's profile, its name, email and weight",
    );
    // (a track given alone, a GPX, is no note of its XML: refused, said why)
    const gpx = join(folder, "activities/18562011934.gpx");
    expect(await detectFormat(gpx)).toBe("strava");
    expect((await importErrorOf(validateExport(gpx))).message).toBe(
      "18562011934.gpx: line 1: the note has no text: a Strava activity's recorded track (GPS, heart rate: no words); the activity is read from activities.csv",
    );
    // (a track or a photo of any other folder is no Strava archive's: not said to be)
    const elsewhere = write("photos/media/beach.jpg", new Uint8Array([0xff, 0xd8, 0xff, 0xd9]));
    expect(stravaPassedOver(elsewhere)).toBeNull();
    expect(importPaths(join(dir, "photos"))).toEqual([]);
  });

  it("adds from a later archive only the activities new or edited since", async () => {
    const first = [
      HEADER,
      run("2001", "Oct 17, 2026, 8:00:29 AM", "Brockwell parkrun", 1421, 5018.2, { 4: "New PB at parkrun 23:41!" }),
      run("2002", "Oct 18, 2026, 8:05:44 AM", "Recovery jog", 1800, 5000),
    ];
    const before = write("later/before/activities.csv", csv(first));
    const after = write(
      "later/after/activities.csv",
      csv([
        ...first.slice(0, 2),
        // (its description edited since)
        run("2002", "Oct 18, 2026, 8:05:44 AM", "Recovery jog", 1800, 5000, { 4: "Legs heavy." }),
        run("2003", "Nov 1, 2026, 8:30:19 AM", "Long run", 4960, 15511),
      ]),
    );
    const hashes = async (file: string) => (await parsedConversations(file)).flatMap((n) => n.turns.map((t) => ({ id: t.externalId, hash: turnHash(n, t) })));
    const stored = new Set((await hashes(before)).map((h) => h.hash));
    expect((await hashes(after)).filter((h) => !stored.has(h.hash)).map((h) => h.id)).toEqual([
      "https://www.strava.com/activities/2002",
      "https://www.strava.com/activities/2003",
    ]);
  });

  it("names the file, the line and the column of a bad row", async () => {
    const cases: Array<[string, string[], string]> = [
      [
        "date.csv",
        [HEADER, run("1", "Nov 3, 2026, 6:42:10 AM", "Ok", 1800, 5000), run("2", "Octember 3, 2026, 6:42:10 AM", "Bad", 1800, 5000)],
        'date.csv: line 3, column 2 "Activity Date": "Octember 3, 2026, 6:42:10 AM": expected the start as Strava writes it, "Nov 3, 2026, 6:42:10 AM"',
      ],
      [
        "no-day.csv",
        [HEADER, run("1", "Feb 30, 2026, 6:42:10 AM", "Bad", 1800, 5000)],
        'no-day.csv: line 2, column 2 "Activity Date": "Feb 30, 2026, 6:42:10 AM": expected the start as Strava writes it, "Nov 3, 2026, 6:42:10 AM"',
      ],
      [
        "id.csv",
        [HEADER, run("abc", "Nov 3, 2026, 6:42:10 AM", "Bad", 1800, 5000)],
        'id.csv: line 2, column 1 "Activity ID": "abc": expected the activity\'s number, "18402216730"',
      ],
      // (the second Distance, by its place)
      [
        "distance.csv",
        [HEADER, run("1", "Nov 3, 2026, 6:42:10 AM", "Bad", 1800, 5000, { 17: "5 km" })],
        'distance.csv: line 2, column 18 "Distance": "5 km": expected metres, "16104.2"',
      ],
      [
        "moving.csv",
        [HEADER, run("1", "Nov 3, 2026, 6:42:10 AM", "Bad", 1800, 5000, { 16: "0:30:00" })],
        'moving.csv: line 2, column 17 "Moving Time": "0:30:00": expected seconds, "5132.0"',
      ],
      [
        "commute.csv",
        [HEADER, run("1", "Nov 3, 2026, 6:42:10 AM", "Bad", 1800, 5000, { 9: "yes" })],
        'commute.csv: line 2, column 10 "Commute": "yes": expected "true" or "false"',
      ],
      [
        "type.csv",
        [HEADER, run("1", "Nov 3, 2026, 6:42:10 AM", "Bad", 1800, 5000, { 3: "" })],
        'type.csv: line 2, column 4 "Activity Type": empty: expected the sport, "Run", "Ride", "Swim"',
      ],
      // (a description of two lines moves the next row's line on)
      [
        "two-lines.csv",
        [
          HEADER,
          run("1", "Nov 3, 2026, 6:42:10 AM", "Ok", 1800, 5000, { 4: "Felt strong.\nNegative split." }),
          run("2", "Nov 4, 2026, 6:42:10 PM", "Bad", 1800, 5000, { 31: "high" }),
        ],
        'two-lines.csv: line 4, column 32 "Average Heart Rate": "high": expected beats a minute, "149.0"',
      ],
      [
        "header.csv",
        ["Activity ID,Activity Name,Activity Type", "1,Run,Run"],
        "header.csv: line 1: not a Strava archive's file (its activities.csv opens Activity ID,Activity Date,Activity Name,Activity Type, in English)",
      ],
    ];
    for (const [name, lines, message] of cases) {
      const err = await importErrorOf(validateExport(write(`bad/${name}`, csv(lines)), { format: "strava" }));
      expect([err.name, err.message]).toEqual(["ImportError", message]);
    }
    const stray = await importErrorOf(validateExport(write("bad/stray.csv", csv([HEADER, `1,"Nov 3, 2026, 6:42:10 AM","Park" run,Run`]))));
    expect([stray.location, stray.message]).toEqual(["line 2", expect.stringMatching(/^stray\.csv: line 2: Invalid Closing Quote/)]);
    // (an archive with no activities is no note: a folder passes it over)
    expect((await importErrorOf(validateExport(write("bad/empty/activities.csv", csv([HEADER]))))).message).toBe(
      "activities.csv: line 1: the note has no text: a Strava archive with no activities",
    );
  });

  it("tells its files by their header, comments.csv by its name too", () => {
    expect(stravaKind(`${HEADER}\n`, "/x/activities.csv")).toBe("activities");
    // (an older archive's shorter header, under any file name)
    expect(
      stravaKind(
        "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Commute,Activity Gear,Filename\n",
        "/x/a.csv",
      ),
    ).toBe("activities");
    expect(stravaKind("Shoe Name,Shoe Brand,Shoe Model,Shoe Default Sport Types\n", "/x/shoes.csv")).toBe("shoes");
    expect(stravaKind("Bike Name,Bike Brand,Bike Model,Bike Default Sport Types\n", "/x/bikes.csv")).toBe("bikes");
    expect(stravaKind("Media Filename,Media Caption\n", "/x/media.csv")).toBe("media");
    expect(stravaKind("Comment Date,Comment\n", "/x/comments.csv")).toBe("comments");
    // (a "Comment Date,Comment" CSV elsewhere is anyone's; so is a header that only starts like Strava's)
    expect(stravaKind("Comment Date,Comment\n", "/x/feedback.csv")).toBeNull();
    expect(stravaKind("Activity ID,Activity Name\n", "/x/activities.csv")).toBeNull();
  });
});

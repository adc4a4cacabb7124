import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { folderFileFormat, importPaths, passedOverInFolder } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { importFile } from "../../core/ingest/import.js";
import { lastfmKind } from "../../core/ingest/media/lastfm.js";
import { Days, type Play } from "../../core/ingest/media/listening.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import type { ParsedConversation } from "../../core/ingest/kit/types.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-lastfm-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

/** A file of the test folder, its text as given. */
function write(name: string, text: string): string {
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

/** A scrobble: when the track started (UTC, to the second), its artist, album and title. */
type Scrobble = [at: string, artist: string, album: string, track: string];

const PB = "Phoebe Bridgers";
/** Thursday 21 May 2026 (the night before an exam) and Friday 22 May, oldest first. */
const SCROBBLES: Scrobble[] = [
  ["2026-05-21T20:41:18Z", "Beach House", "Bloom", "Myth"],
  ["2026-05-21T20:45:38Z", PB, "Stranger in the Alps", "Motion Sickness"],
  ["2026-05-21T20:49:29Z", PB, "Stranger in the Alps", "Motion Sickness"],
  ["2026-05-21T20:53:20Z", PB, "Stranger in the Alps", "Motion Sickness"],
  ["2026-05-21T20:57:11Z", PB, "Stranger in the Alps", "Motion Sickness"],
  ["2026-05-21T21:01:03Z", "Earth, Wind & Fire", "The Best of Earth, Wind & Fire Vol. 1", "September"],
  ["2026-05-21T21:05:10Z", "Chappell Roan", "Good Luck, Babe!", 'Good Luck, Babe! (the "single")'],
  ["2026-05-22T07:40:02Z", "Sam Fender", "People Watching", "People Watching"],
];

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/** Last.fm's date text of a time: "21 May 2026, 20:41". */
function dateText(iso: string): string {
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}
const uts = (iso: string) => String(Date.parse(iso) / 1000);

/** lastfm.ghan.nl's Recent Tracks CSV: its header, then each scrobble newest first, every cell quoted. */
function ghanCsv(scrobbles: Scrobble[]): string {
  const q = (c: string) => `"${c.replace(/"/g, '""')}"`;
  const rows = [...scrobbles].reverse().map(([at, artist, album, track]) => [uts(at), dateText(at), artist, "", album, "", track, ""].map(q).join(","));
  return `uts,utc_time,artist,artist_mbid,album,album_mbid,track,track_mbid\n${rows.join("\n")}\n`;
}

/** benjaminbenben's Last.fm to csv: no header, "artist,album,name,date" newest first, each cell's `"` and `,` taken out, the track playing first with no date. */
function benCsv(scrobbles: Scrobble[], playing?: [string, string, string]): string {
  const strip = (c: string) => c.replace(/[",]/g, "");
  const rows = [...(playing ? [[...playing, ""]] : []), ...[...scrobbles].reverse().map(([at, artist, album, track]) => [artist, album, track, dateText(at)])];
  return `${rows.map((r) => r.map(strip).join(",")).join("\n")}\n`;
}

/** A scrobble as the API gives it in ghan's JSON (Recent Tracks). */
const apiTrack = ([at, artist, album, track]: Scrobble) => ({
  artist: { mbid: "", "#text": artist },
  streamable: "0",
  image: [{ size: "small", "#text": "" }],
  mbid: "",
  album: { mbid: "", "#text": album },
  name: track,
  url: `https://www.last.fm/music/${encodeURIComponent(artist)}/_/${encodeURIComponent(track)}`,
  date: { uts: uts(at), "#text": dateText(at) },
});

/** A loved track as the API gives it in ghan's JSON (Loved Tracks): no album. */
const lovedTrack = (at: string, artist: string, track: string) => ({
  artist: { url: `https://www.last.fm/music/${encodeURIComponent(artist)}`, name: artist, mbid: "" },
  date: { uts: uts(at), "#text": dateText(at) },
  mbid: "",
  url: `https://www.last.fm/music/${encodeURIComponent(artist)}/_/${encodeURIComponent(track)}`,
  name: track,
  image: [{ size: "small", "#text": "" }],
  streamable: { fulltrack: "0", "#text": "0" },
});

const attr = (page: number, total: number) => ({ user: "rorycal", totalPages: "2", page: String(page), perPage: "5", total: String(total) });

/** The two days as the three exports tell them. */
const MAY_21 = [
  "lastfm:day:2026-05-21",
  "Last.fm listening, 21 May 2026",
  "day",
  [
    [
      "song Phoebe Bridgers – Motion Sickness",
      "User",
      "user",
      "2026-05-21T20:45:00.000Z",
      'Had "Motion Sickness" by Phoebe Bridgers on repeat on Last.fm on Thursday 21 May: played it 4 times between 20:45 and 20:57.',
    ],
    [
      "songs played once",
      "User",
      "user",
      "2026-05-21T20:41:00.000Z",
      'Played once on Last.fm on Thursday 21 May: "Myth" by Beach House at 20:41; "September" by Earth, Wind & Fire at 21:01; "Good Luck, Babe! (the ″single″)" by Chappell Roan at 21:05.',
    ],
  ],
];
const MAY_22 = [
  "lastfm:day:2026-05-22",
  "Last.fm listening, 22 May 2026",
  "day",
  [["songs played once", "User", "user", "2026-05-22T07:40:00.000Z", 'Listened to "People Watching" by Sam Fender on Last.fm on Friday 22 May at 07:40.']],
];

describe("a Last.fm export (lastfm.ghan.nl, benjaminbenben's Last.fm to csv)", () => {
  it("reads ghan's Recent Tracks CSV as a note per day in UTC, in Spotify's words without lengths, newest first read in time order, a double scrobble once", async () => {
    // (Last.fm took "Motion Sickness" twice at 20:49:29: one play)
    const doubled = [...SCROBBLES.slice(0, 3), SCROBBLES[2]!, ...SCROBBLES.slice(3)];
    const file = write("ghan/recenttracks-rorycal-1796727600.csv", ghanCsv(doubled));
    expect(await detectFormat(file)).toBe("lastfm");
    expect(told(await parsedConversations(file))).toEqual([MAY_21, MAY_22]);
  });

  it("reads benjaminbenben's headerless CSV alike (its commas and quotes taken out), the track playing as it ran passed over", async () => {
    const file = write("ben/rorycal.csv", benCsv(SCROBBLES, ["Clairo", "Immunity", "Bags"]));
    expect(await detectFormat(file)).toBe("lastfm");
    const [may21, may22] = told(await parsedConversations(file));
    expect(may21![3]![1]![4]).toBe(
      'Played once on Last.fm on Thursday 21 May: "Myth" by Beach House at 20:41; "September" by Earth Wind & Fire at 21:01; "Good Luck Babe! (the single)" by Chappell Roan at 21:05.',
    );
    expect([may21![3]![0], may22]).toEqual([MAY_21[3]![0], MAY_22]);
  });

  it("reads ghan's JSON: a page of scrobbles as the CSV's, the playing track and a page's one track as an object; loved tracks into their days", async () => {
    const pages = [
      {
        track: [
          { ...apiTrack(["2026-05-22T08:00:00Z", "Clairo", "Immunity", "Bags"]), "@attr": { nowplaying: "true" }, date: undefined },
          ...[...SCROBBLES].reverse().slice(0, 5).map(apiTrack),
        ],
        "@attr": attr(1, 8),
      },
      { track: [...SCROBBLES].reverse().slice(5).map(apiTrack), "@attr": attr(2, 8) },
    ];
    const file = write("ghan-json/recenttracks-rorycal-1796727600.json", JSON.stringify(pages));
    expect(await detectFormat(file)).toBe("lastfm");
    expect(told(await parsedConversations(file))).toEqual([MAY_21, MAY_22]);
    // (a page of one track, as the API gives it: an object)
    const one = write("ghan-json/one.json", JSON.stringify([{ track: apiTrack(SCROBBLES[7]!), "@attr": attr(1, 1) }]));
    expect(told(await parsedConversations(one))).toEqual([MAY_22]);
    const loved = write(
      "ghan-json/lovedtracks-rorycal-1796727660.json",
      JSON.stringify([
        {
          track: [lovedTrack("2026-06-02T17:26:13Z", PB, "Kyoto"), lovedTrack("2026-05-21T21:10:44Z", PB, "Motion Sickness")],
          "@attr": attr(1, 2),
        },
      ]),
    );
    expect(await detectFormat(loved)).toBe("lastfm");
    expect(told(await parsedConversations(loved))).toEqual([
      [
        "lastfm:day:2026-05-21",
        "Last.fm listening, 21 May 2026",
        "day",
        [
          [
            "loved Phoebe Bridgers – Motion Sickness",
            "User",
            "user",
            "2026-05-21T21:10:00.000Z",
            'Loved "Motion Sickness" by Phoebe Bridgers on Last.fm on Thursday 21 May.',
          ],
        ],
      ],
      [
        "lastfm:day:2026-06-02",
        "Last.fm listening, 2 June 2026",
        "day",
        [["loved Phoebe Bridgers – Kyoto", "User", "user", "2026-06-02T17:26:00.000Z", 'Loved "Kyoto" by Phoebe Bridgers on Last.fm on Tuesday 2 June.']],
      ],
    ]);
  });

  it("tells each exporter's file by its content whatever its name, with --format too, and its neighbours' apart", async () => {
    const renamed = write("renamed/my scrobbles.txt", ghanCsv(SCROBBLES));
    expect(await detectFormat(renamed)).toBe("lastfm");
    expect(told(await parsedConversations(write("renamed/export.csv", benCsv(SCROBBLES)), "lastfm"))).toHaveLength(2);
    expect(lastfmKind(ghanCsv(SCROBBLES))).toBe("recenttracks");
    expect(lastfmKind(benCsv(SCROBBLES, ["Clairo", "Immunity", "Bags"]))).toBe("lastfm-to-csv");
    expect(lastfmKind(JSON.stringify([{ track: [apiTrack(SCROBBLES[0]!)], "@attr": attr(1, 1) }]))).toBe("json");
    // (Spotify's extended history, Apple Music's play activity, Netflix's viewing history, a plain table, a four-cell CSV of no dates: none)
    expect(lastfmKind('[\n  {\n    "ts": "2026-10-10T10:05:44Z",\n    "platform": "android",\n    "ms_played": 211000,')).toBeNull();
    expect(lastfmKind("Album Name,Apple ID Number,Container Album Name,Event End Timestamp,Play Duration Milliseconds,Song Name\n")).toBeNull();
    expect(lastfmKind('Title,Date\n"Slow Horses: Season 4: Episode 1","21/10/2026"\n')).toBeNull();
    expect(lastfmKind("artist,album,track,plays\nWet Leg,Wet Leg,Chaise Longue,4\n")).toBeNull();
    expect(lastfmKind("a,b,c,d\ne,f,g,h\n")).toBeNull();
    expect(await detectFormat(write("renamed/plays.csv", "artist,album,track,plays\nWet Leg,Wet Leg,Chaise Longue,4\n"))).not.toBe("lastfm");
  });

  it("reads the exports in a folder, and importing both exporters' files of the same scrobbles adds them once", async () => {
    const folder = join(dir, "folder");
    write("folder/rorycal.csv", benCsv(SCROBBLES));
    write("folder/recenttracks-rorycal-1796727600.csv", ghanCsv(SCROBBLES.slice(0, 5).concat(SCROBBLES.slice(7))));
    write(
      "folder/lovedtracks-rorycal-1796727660.json",
      JSON.stringify([{ track: [lovedTrack("2026-05-21T21:10:44Z", PB, "Motion Sickness")], "@attr": attr(1, 1) }]),
    );
    const read: string[] = [];
    for (const { file } of importPaths(folder)) {
      expect(await passedOverInFolder(file)).toBeNull();
      expect(await folderFileFormat(file)).toBe("lastfm");
      read.push(file.slice(folder.length + 1));
    }
    expect(read.sort()).toEqual(["lovedtracks-rorycal-1796727660.json", "recenttracks-rorycal-1796727600.csv", "rorycal.csv"]);
    const db = openDatabase(join(dir, "both.db"));
    try {
      const ghan = await importFile(db, embedder, join(folder, "recenttracks-rorycal-1796727600.csv"));
      expect(ghan).toMatchObject({ format: "lastfm", added: 3, duplicates: 0 });
      // (the same scrobbles from the other exporter: only what ghan's file did not hold, 21 May's songs played once told with two more)
      expect(await importFile(db, embedder, join(folder, "rorycal.csv"))).toMatchObject({ added: 1, duplicates: 2 });
      expect(await importFile(db, embedder, join(folder, "lovedtracks-rorycal-1796727660.json"))).toMatchObject({ added: 1 });
      const days = db.prepare("SELECT external_id, records FROM conversations ORDER BY external_id").all();
      expect(days).toEqual([
        { external_id: "lastfm:day:2026-05-21", records: "day" },
        { external_id: "lastfm:day:2026-05-22", records: "day" },
      ]);
    } finally {
      db.close();
    }
  });

  it("adds nothing when imported again, and from a later export only the days new since", async () => {
    const db = openDatabase(join(dir, "later.db"));
    try {
      const first = write("later/1/recenttracks-rorycal-1.csv", ghanCsv(SCROBBLES.slice(0, 7)));
      expect(await importFile(db, embedder, first)).toMatchObject({ format: "lastfm", added: 2, duplicates: 0 });
      expect(await importFile(db, embedder, first)).toMatchObject({ added: 0, duplicates: 2 });
      const later = write("later/2/recenttracks-rorycal-2.csv", ghanCsv(SCROBBLES));
      expect(await importFile(db, embedder, later)).toMatchObject({ added: 1, duplicates: 2 });
    } finally {
      db.close();
    }
  });

  it("gives days early from a history read newest first: the days later than the one being read", () => {
    const play = (iso: string): Play => {
      const at = Date.parse(iso);
      return { end: at, start: at, ms: 0, kind: "song", video: false, title: "Myth", by: "Beach House", album: null, uri: null };
    };
    const days = new Days();
    for (const iso of ["2026-05-23T10:00:00Z", "2026-05-22T10:00:00Z", "2026-05-21T10:00:00Z"]) days.add(play(iso));
    expect(days.take("2026-05-22", true).map(([day]) => day)).toEqual(["2026-05-23"]);
    expect(days.take("2026-05-22").map(([day]) => day)).toEqual(["2026-05-21"]);
    expect([days.held, days.take(null).map(([day]) => day)]).toEqual([1, ["2026-05-22"]]);
  });

  it("names the file and the line or field a bad export goes wrong at, and stores nothing", async () => {
    const badUts = write("bad/uts/recenttracks-rorycal-1.csv", ghanCsv(SCROBBLES).replace(`"${uts(SCROBBLES[7]![0])}"`, '"22 May 2026"'));
    expect((await importErrorOf(validateExport(badUts))).message).toBe(
      'recenttracks-rorycal-1.csv: line 2, "uts": expected the scrobble\'s time in epoch seconds, got "22 May 2026"',
    );
    const db = openDatabase(join(dir, "bad.db"));
    try {
      await expect(importFile(db, embedder, badUts)).rejects.toThrow(/line 2/);
      expect(db.prepare("SELECT count(*) FROM sources").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
    const badDate = write("bad/date/rorycal.csv", benCsv(SCROBBLES).replace("21 May 2026 21:05", "21 May 2026 9pm"));
    expect((await importErrorOf(validateExport(badDate))).message).toBe(
      'rorycal.csv: line 2, date: expected Last.fm\'s date, "31 Jan 2021 14:22", got "21 May 2026 9pm"',
    );
    const badCells = write("bad/cells/rorycal.csv", `${benCsv(SCROBBLES)}Wet Leg,Chaise Longue,21 May 2026 22:00\n`);
    expect((await importErrorOf(validateExport(badCells))).message).toBe(
      'rorycal.csv: line 9: expected "artist,album,track,date" as Last.fm to csv writes a scrobble, got 3 cells',
    );
    const pages = [{ track: [apiTrack(SCROBBLES[0]!), { ...apiTrack(SCROBBLES[1]!), date: { uts: "yesterday", "#text": "" } }], "@attr": attr(1, 2) }];
    const badJson = write("bad/json/recenttracks.json", JSON.stringify(pages));
    expect((await importErrorOf(validateExport(badJson))).message).toBe(
      'recenttracks.json: [0].track[1].date.uts: expected the time in epoch seconds, "1779022496", got "yesterday"',
    );
    const header = write("bad/empty/recenttracks-rorycal-1.csv", "uts,utc_time,artist,artist_mbid,album,album_mbid,track,track_mbid\n");
    expect((await importErrorOf(validateExport(header, { format: "lastfm" }))).message).toBe(
      "recenttracks-rorycal-1.csv: line 1: the note has no text: an empty Last.fm export",
    );
    // (a file no exporter wrote, forced as lastfm)
    const other = await importErrorOf(validateExport(write("bad/other.csv", "Title,Artist\nx,y\n"), { format: "lastfm" }));
    expect(other.message).toMatch(/^other\.csv: byte 0: not a Last\.fm export/);
  });
});

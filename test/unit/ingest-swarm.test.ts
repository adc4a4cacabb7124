import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { folderFileFormat, importPaths, passedOverInFolder } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { importFile } from "../../core/ingest/import.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { swarmKind } from "../../core/ingest/places/swarm.js";
import type { ParsedConversation } from "../../core/ingest/kit/types.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-swarm-"));
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

/** JSON as Foursquare's export writes it: compact, its slashes escaped. */
const exportJson = (value: unknown) => JSON.stringify(value).replace(/\//g, "\\/");
/** A file of the export: `{"count":N,"items":[…]}`. */
const itemsFile = (items: unknown[]) => exportJson({ count: items.length, items });

const venue = (id: string, name: string, slug: string) => ({ id, name, url: `https://foursquare.com/v/${slug}/${id}` });
const SAM = {
  id: "48213377",
  firstName: "Sam",
  lastName: "Rowe",
  relationship: "friend",
  photo: { prefix: "https://fastly.4sqi.net/img/user/", suffix: "/48213377-X.jpg" },
};
const JESS = { id: "51190264", firstName: "Jess", lastName: "Okafor", relationship: "friend" };

/** A check-in as the export writes it, its keys in the export's order. */
function checkin(id: string, createdAt: string | number, offset: number | undefined, v: ReturnType<typeof venue> | null, more: Record<string, unknown> = {}) {
  return {
    id,
    createdAt,
    type: "checkin",
    visibility: "closeFriends",
    ...(offset === undefined ? {} : { timeZoneOffset: offset }),
    venue: v,
    comments: { count: 0 },
    lat: 38.7069,
    lng: -9.1458,
    ...more,
  };
}

const TIME_OUT = venue("53d7a66a498e1c4c7f0b9d25", "Time Out Market Lisbon", "time-out-market-lisbon");
const BEIGEL = venue("4ac518e4f964a5209daa20e3", "Beigel Bake Brick Lane Bakery", "beigel-bake-brick-lane-bakery");
const BRIXTON = venue("4ac518d8f964a520bfa720e3", "O2 Academy Brixton", "o2-academy-brixton");
const KATZ = venue("40a55d80f964a52020f31ee3", "Katz's Delicatessen", "katzs-delicatessen");

/** Four check-ins, newest first: New York after midnight UTC, Brick Lane after midnight BST, Lisbon with a shout, a gig whose venue is gone. */
const CHECKINS = [
  // (23:30 on Friday 20 November in New York, -300: 04:30 UTC on the 21st)
  checkin("5fb8a5e8c2749c4b190f5fb9", "2026-11-21 04:30:12.000000", -300, KATZ, { shout: 'pastrami on rye, "the" sandwich' }),
  // (00:40 on Saturday 4 July in London, BST: 23:40 UTC on the 3rd)
  checkin("6a48485d004e8a31c7d2e9f0", "2026-07-03 23:40:13.000000", 60, BEIGEL, { with: [JESS] }),
  checkin("6a480293004e8a30c7d2e9f0", "2026-07-03 18:42:27.000000", 60, null, {
    lat: 51.4652,
    lng: -0.1149,
    shout: "front row!!",
    event: { id: "e1", name: "Fontaines D.C." },
  }),
  checkin("6a119815004e8a29c7d2e9f0", "2026-05-23 12:05:41.000000", 60, TIME_OUT, { hacc: 12, shout: "lunch: best bifanas ever", with: [SAM] }),
];

const NOV_20 = [
  "swarm:day:2026-11-20",
  "Swarm check-ins, Friday 20 November 2026",
  "day",
  [
    [
      "checkin 5fb8a5e8c2749c4b190f5fb9",
      "User",
      "user",
      "2026-11-20T23:30:12.000Z",
      'Checked in at Katz\'s Delicatessen on Swarm on Friday 20 November at 23:30, and said: "pastrami on rye, ″the″ sandwich".',
    ],
  ],
];
const JULY_3 = [
  "swarm:day:2026-07-03",
  "Swarm check-ins, Friday 3 July 2026",
  "day",
  [
    [
      "checkin 6a480293004e8a30c7d2e9f0",
      "User",
      "user",
      "2026-07-03T19:42:27.000Z",
      'Checked in at an unnamed place (51.4652°, -0.1149°) for Fontaines D.C. on Swarm on Friday 3 July at 19:42, and said: "front row!!"',
    ],
  ],
];
const JULY_4 = [
  "swarm:day:2026-07-04",
  "Swarm check-ins, Saturday 4 July 2026",
  "day",
  [
    [
      "checkin 6a48485d004e8a31c7d2e9f0",
      "User",
      "user",
      "2026-07-04T00:40:13.000Z",
      "Checked in at Beigel Bake Brick Lane Bakery on Swarm on Saturday 4 July at 00:40 with Jess Okafor.",
    ],
  ],
];
const MAY_23 = [
  "swarm:day:2026-05-23",
  "Swarm check-ins, Saturday 23 May 2026",
  "day",
  [
    [
      "checkin 6a119815004e8a29c7d2e9f0",
      "User",
      "user",
      "2026-05-23T13:05:41.000Z",
      'Checked in at Time Out Market Lisbon on Swarm on Saturday 23 May at 13:05 with Sam Rowe, and said: "lunch: best bifanas ever".',
    ],
  ],
];

/** A tip as tips.json holds one. */
function tip(id: string, createdAt: string, text: string, v: ReturnType<typeof venue> | null) {
  return {
    id,
    createdAt,
    text,
    type: "user",
    canonicalUrl: `https://foursquare.com/item/${id}`,
    flags: [],
    viewCount: 29,
    agreeCount: 0,
    disagreeCount: 0,
    user: { id: "60417723", firstName: "Ellie", lastName: "Ward", relationship: "self" },
    venue: v,
  };
}

const TIPS = [
  tip("6a11a03d007d1f33a1b2c3d4", "2026-05-23 12:40:29.000000", "Go before noon or you won't get a seat. The bifanas are the best thing here", TIME_OUT),
  tip("670f00d47d191f5820d40dda", "2026-07-04 10:02:00.000000", "Salt beef bagel, with mustard. Open all night.", BEIGEL),
];

/** The export's files that hold no check-in nor tip, as quoted from real exports. */
const PHOTOS = itemsFile([
  {
    id: "4db1b674fd28f0dcfa1c0d2c",
    createdAt: "2026-05-23 12:10:12.000000",
    prefix: "https://fastly.4sqi.net/img/general/",
    suffix: "/60417723_GrwLQ564.jpg",
    width: 720,
    height: 960,
    demoted: false,
    visibility: "public",
    fullUrl: "https://fastly.4sqi.net/img/general/720x960/60417723_GrwLQ564.jpg",
    relatedItemUrl: "https://www.swarmapp.com/checkin/6a119815004e8a29c7d2e9f0",
  },
]);
const VISITS = itemsFile([
  {
    id: "673e69ccdc7d4627b68ceb3b",
    userId: "60417723",
    timeArrived: "2026-11-20 22:59:24.483000",
    timeDeparted: "2026-11-20 23:15:22.419000",
    os: "Android",
    isTraveling: false,
    latitude: 40.6436454,
    longitude: -74.072583,
    city: "Staten Island",
    countryCode: "US",
    locationType: "Venue",
  },
]);
const UNCONFIRMED = itemsFile([
  {
    id: "673a6e9eddf0e34a16590965",
    startTime: "2026-11-17 22:08:21.628000",
    endTime: "2026-11-17 22:31:27.761000",
    venueId: "59e63da08c35dc3e57ab5520",
    lat: 40.745,
    lng: -73.99,
    venue: venue("59e63da08c35dc3e57ab5520", "Patent Pending", "patent-pending"),
  },
]);
const COMMENTS = itemsFile([{ userId: 60417723, time: "2026-03-03 02:37:36.000000", comment: "Just saw this, we just got to Kimchi Grill" }]);
const RATINGS = exportJson({ venueLikes: [TIME_OUT], venueOkays: [], venueDislikes: [BRIXTON] });

describe("Foursquare's data export (Swarm's check-ins, Foursquare's tips)", () => {
  it("reads check-ins as a note per day on each check-in's own clock, its venue, people tagged, event and shout in words", async () => {
    const file = write("read/checkins1.json", itemsFile(CHECKINS));
    expect(await detectFormat(file)).toBe("swarm");
    expect(told(await parsedConversations(file))).toEqual([MAY_23, JULY_3, JULY_4, NOV_20]);
  });

  it("reads an older export's epoch seconds, a venueless check-in's place, and a check-in with no offset in UTC", async () => {
    const old = [
      {
        id: "4db1b66fa86e63d21171a701",
        createdAt: 1303492212,
        type: "checkin",
        timeZoneOffset: -240,
        venue: venue("4a4b8a43", "Sightglass Coffee", "sightglass-coffee"),
      },
      {
        id: "4db1b66fa86e63d21171a702",
        createdAt: "1303495812",
        type: "venueless",
        timeZoneOffset: -240,
        location: { name: "Dolores Park", lat: 37.76, lng: -122.43 },
      },
      checkin("4db1b66fa86e63d21171a703", "2011-04-23 09:00:00", undefined, null, { lat: undefined, lng: undefined }),
    ];
    const file = write("old/checkins1.json", itemsFile(old));
    expect(told(await parsedConversations(file)).map(([key, , , turns]) => [key, turns.map((t) => [t[3], t[4]])])).toEqual([
      [
        "swarm:day:2011-04-22",
        [
          ["2011-04-22T13:10:12.000Z", "Checked in at Sightglass Coffee on Swarm on Friday 22 April at 13:10."],
          ["2011-04-22T14:10:12.000Z", "Checked in at Dolores Park on Swarm on Friday 22 April at 14:10."],
        ],
      ],
      ["swarm:day:2011-04-23", [["2011-04-23T09:00:00.000Z", "Checked in at a place Foursquare no longer names on Swarm on Saturday 23 April at 09:00."]]],
    ]);
  });

  it("reads tips.json as one note of what the user thought of each place, of its day in UTC", async () => {
    const file = write("tips/tips.json", itemsFile(TIPS));
    expect(await detectFormat(file)).toBe("swarm");
    expect(told(await parsedConversations(file))).toEqual([
      [
        "swarm:tips",
        "My Foursquare tips",
        "log",
        [
          [
            "tip 6a11a03d007d1f33a1b2c3d4",
            "User",
            "user",
            "2026-05-23T12:40:29.000Z",
            'What I thought of Time Out Market Lisbon, in my tip on Foursquare on Saturday 23 May: "Go before noon or you won\'t get a seat. The bifanas are the best thing here".',
          ],
          [
            "tip 670f00d47d191f5820d40dda",
            "User",
            "user",
            "2026-07-04T10:02:00.000Z",
            'What I thought of Beigel Bake Brick Lane Bakery, in my tip on Foursquare on Saturday 4 July: "Salt beef bagel, with mustard. Open all night."',
          ],
        ],
      ],
    ]);
  });

  it("tells the export's files by their content whatever their names, with --format too, and its neighbours' apart", async () => {
    const renamed = write("renamed/my check-ins.json", itemsFile(CHECKINS.slice(3)));
    expect(await detectFormat(renamed)).toBe("swarm");
    expect(told(await parsedConversations(write("renamed/export.json", itemsFile(CHECKINS.slice(3))), "swarm"))).toEqual([MAY_23]);
    expect(swarmKind(itemsFile(CHECKINS))).toBe("checkins");
    expect(swarmKind(`\uFEFF  ${JSON.stringify({ items: TIPS, count: 2 }, null, "\t")}`)).toBe("tips");
    expect(
      [PHOTOS, VISITS, UNCONFIRMED, COMMENTS, RATINGS, itemsFile([{ id: "1", name: "Lisbon", listItems: { count: 0, items: [] } }])].map(swarmKind),
    ).toEqual(["photos", "visits", "unconfirmed", "comments", "ratings", "lists"]);
    // (an empty file, a Standard Notes backup, a Google Maps Timeline month, the API's own page, a list of other things: none)
    expect(swarmKind('{"count":0,"items":[]}')).toBeNull();
    expect(swarmKind('{"version":"004","items":[{"uuid":"a","content_type":"Note","created_at":"2026-01-01T00:00:00.000Z"}]}')).toBeNull();
    expect(swarmKind('{\n  "timelineObjects": [{\n    "placeVisit": {')).toBeNull();
    expect(swarmKind(JSON.stringify({ meta: { code: 200 }, response: { checkins: { count: 1, items: [CHECKINS[0]] } } }))).toBeNull();
    expect(swarmKind('{"count":1,"items":[{"id":"1","createdAt":"2026-01-01","type":"order","timeZoneOffset":0}]}')).toBeNull();
    expect(await detectFormat(write("renamed/timeline.json", '{\n  "timelineObjects": [{\n    "placeVisit": {}\n  }]\n}'))).toBe("timeline");
  });

  it("reads the export in a folder: its check-ins and tips, its photos, visits, comments and ratings passed over, said why", async () => {
    const folder = join(dir, "folder/data-export-4417");
    write("folder/data-export-4417/checkins1.json", itemsFile(CHECKINS.slice(0, 2)));
    write("folder/data-export-4417/checkins2.json", itemsFile(CHECKINS.slice(2)));
    write("folder/data-export-4417/tips.json", itemsFile(TIPS));
    write("folder/data-export-4417/photos.json", PHOTOS);
    write("folder/data-export-4417/pix/60417723_GrwLQ564.jpg", new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0xff, 0xd9]));
    write("folder/data-export-4417/visits.json", VISITS);
    write("folder/data-export-4417/unconfirmed_visits.json", UNCONFIRMED);
    write("folder/data-export-4417/comments.json", COMMENTS);
    write("folder/data-export-4417/venueRatings.json", RATINGS);
    const read: string[] = [];
    const passed: Array<[string, string]> = [];
    for (const { file } of importPaths(folder)) {
      const why = await passedOverInFolder(file);
      const name = file.slice(folder.length + 1);
      if (why) passed.push([name, why]);
      else {
        expect(await folderFileFormat(file)).toBe("swarm");
        read.push(name);
      }
    }
    expect(read.sort()).toEqual(["checkins1.json", "checkins2.json", "tips.json"]);
    expect(passed.map(([name]) => name).sort()).toEqual(["comments.json", "photos.json", "unconfirmed_visits.json", "venueRatings.json", "visits.json"]);
    expect(Object.fromEntries(passed)["photos.json"]).toMatch(/^Foursquare's list of the user's photos \(photos\.json: each photo's link and size, no words/);
    expect(Object.fromEntries(passed)["venueRatings.json"]).toMatch(/venues liked, okay or disliked, with no day and no words/);
    // (forced alone, a file passed over is no note, saying what it holds)
    expect((await importErrorOf(validateExport(join(folder, "visits.json")))).message).toMatch(/^visits\.json: byte 0: the note has no text: Swarm's visits/);
  });

  it("adds nothing when imported again, and from a later export (every check-in again) only what is new", async () => {
    const db = openDatabase(join(dir, "later.db"));
    try {
      const first = write("later/1/checkins1.json", itemsFile(CHECKINS.slice(1)));
      expect(await importFile(db, embedder, first)).toMatchObject({ format: "swarm", conversations: 3, added: 3, duplicates: 0 });
      expect(await importFile(db, embedder, first)).toMatchObject({ added: 0, duplicates: 3 });
      // (a later export: the New York check-in new, and one more on 23 May, a day already held)
      const more = checkin("6a11b0a0004e8a2ac7d2e9f0", "2026-05-23 15:22:30.000000", 60, venue("4d2f1c6e", "LX Factory", "lx-factory"));
      const later = write("later/2/checkins1.json", itemsFile([...CHECKINS, more]));
      expect(await importFile(db, embedder, later)).toMatchObject({ added: 2, duplicates: 3 });
      const days = db.prepare("SELECT external_id, records FROM conversations ORDER BY external_id").all();
      expect(days).toEqual([
        { external_id: "swarm:day:2026-05-23", records: "day" },
        { external_id: "swarm:day:2026-07-03", records: "day" },
        { external_id: "swarm:day:2026-07-04", records: "day" },
        { external_id: "swarm:day:2026-11-20", records: "day" },
      ]);
      expect(
        db
          .prepare("SELECT count(*) FROM sources WHERE conversation_id = (SELECT id FROM conversations WHERE external_id = ?)")
          .pluck()
          .get("swarm:day:2026-05-23"),
      ).toBe(2);
      const tips = write("later/2/tips.json", itemsFile(TIPS));
      expect(await importFile(db, embedder, tips)).toMatchObject({ added: 2 });
      expect(db.prepare("SELECT records FROM conversations WHERE external_id = 'swarm:tips'").pluck().get()).toBe("log");
    } finally {
      db.close();
    }
  });

  it("names the file and the field a bad export goes wrong at, and stores nothing", async () => {
    const badTime = write("bad/time/checkins1.json", itemsFile([CHECKINS[0], { ...CHECKINS[1], createdAt: "Saturday night" }]));
    expect((await importErrorOf(validateExport(badTime))).message).toBe(
      'checkins1.json: items[1].createdAt: expected a time, "2026-05-23 12:05:41.000000" (UTC) or epoch seconds, got "Saturday night"',
    );
    const db = openDatabase(join(dir, "bad.db"));
    try {
      await expect(importFile(db, embedder, badTime)).rejects.toThrow(/items\[1\]\.createdAt/);
      expect(db.prepare("SELECT count(*) FROM sources").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
    const badOffset = write("bad/offset/checkins1.json", itemsFile([{ ...CHECKINS[0], timeZoneOffset: "EST" }]));
    expect((await importErrorOf(validateExport(badOffset))).message).toBe(
      'checkins1.json: items[0].timeZoneOffset: expected the check-in\'s offset from UTC in minutes (60, -300), got "EST"',
    );
    const noId = write("bad/id/checkins1.json", itemsFile([CHECKINS[0], { ...CHECKINS[1], id: "" }]));
    expect((await importErrorOf(validateExport(noId))).message).toBe('checkins1.json: items[1].id: expected the check-in\'s id, got ""');
    const badVenue = write("bad/venue/checkins1.json", itemsFile([{ ...CHECKINS[0], venue: "Katz's" }]));
    expect((await importErrorOf(validateExport(badVenue))).message).toBe('checkins1.json: items[0].venue: expected the venue (an object), got "Katz\'s"');
    const badWith = write("bad/with/checkins1.json", itemsFile([{ ...CHECKINS[0], with: "Sam" }]));
    expect((await importErrorOf(validateExport(badWith))).message).toBe('checkins1.json: items[0].with: expected the people tagged (an array), got "Sam"');
    const notObject = write("bad/item/checkins1.json", `{"count":2,"items":[${JSON.stringify(CHECKINS[0])},42]}`);
    expect((await importErrorOf(validateExport(notObject))).message).toBe("checkins1.json: items[1]: expected a check-in (an object), got 42");
    const cut = write("bad/cut/checkins1.json", itemsFile(CHECKINS).slice(0, 300));
    expect((await importErrorOf(validateExport(cut))).message).toMatch(/^checkins1\.json: byte \d+ \(line 1, column \d+\): /);
    const empty = write("bad/empty/checkins1.json", '{"count":0,"items":[]}');
    expect((await importErrorOf(validateExport(empty, { format: "swarm" }))).message).toBe(
      'checkins1.json: byte 0: not a file of Foursquare\'s export: expected its check-ins ({"count": …, "items": [{"id": …, "createdAt": …, "type": "checkin", …}]}) or its tips',
    );
    const badTip = write("bad/tip/tips.json", itemsFile([{ ...TIPS[0], createdAt: "yesterday" }]));
    expect((await importErrorOf(validateExport(badTip))).message).toBe(
      'tips.json: items[0].createdAt: expected a time, "2026-05-23 12:05:41.000000" (UTC) or epoch seconds, got "yesterday"',
    );
  });
});

/**
 * Untappd's check-in history (core/ingest/places/untappd.ts) as an Untappd Supporter downloads it: the CSV (a byte order
 * mark, the 32-column header, cells with commas quoted, an unrated check-in's rating empty) and the JSON (one array of the
 * same check-ins keyed as the columns; a 2023 export's numbers as numbers, an older one's as strings, no venue null).
 * Each check-in a paragraph of the user's note of its day, a day of records: the beer, brewery, style and ABV, the
 * serving, the venue and its city ("at home" at Untappd's "Untappd at Home"; no place with no venue), where it was bought,
 * the friends tagged, the rating out of 5, the flavours picked and the user's comment in quotes; told by content whatever
 * the file's name, alone and in a folder (an export with no check-in passed over, said why), not taken for another
 * CSV or JSON; both forms word a check-in alike, so importing both, again, or a later export adds only what is new; a bad
 * file refused naming the file and the line and column, or the item and field, and nothing stored.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, passedOverInFolder, whyPassedOver } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { importFile } from "../../core/ingest/import.js";
import type { ParsedConversation } from "../../core/ingest/kit/types.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { untappdKind } from "../../core/ingest/places/untappd.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-untappd-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

/** A file of the test folder, its text as given. */
function write(name: string, text: string): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** The export's columns, in its order, as public readers quote its header. */
const COLUMNS =
  "beer_name,brewery_name,beer_type,beer_abv,beer_ibu,comment,venue_name,venue_city,venue_state,venue_country,venue_lat,venue_lng,rating_score,created_at,checkin_url,beer_url,brewery_url,brewery_country,brewery_city,brewery_state,flavor_profiles,purchase_venue,serving_type,checkin_id,bid,brewery_id,photo_url,global_rating_score,global_weighted_rating_score,tagged_friends,total_toasts,total_comments".split(
    ",",
  );

type Checkin = Record<string, string | number | null>;

/** A check-in of a 2023-form JSON export: every column, numbers as numbers, no venue null, nothing "". */
function checkin(id: number, values: Checkin): Checkin {
  const base: Checkin = Object.fromEntries(COLUMNS.map((c) => [c, ""]));
  return {
    ...base,
    venue_name: null,
    venue_city: null,
    venue_state: null,
    venue_country: null,
    venue_lat: null,
    venue_lng: null,
    checkin_url: `https://untappd.com/c/${id}`,
    checkin_id: id,
    photo_url: null,
    total_toasts: 0,
    total_comments: 0,
    ...values,
  };
}

const KERNEL = {
  venue_name: "The Kernel Brewery",
  venue_city: "London",
  venue_state: "Greater London",
  venue_country: "United Kingdom",
  venue_lat: 51.4957,
  venue_lng: -0.0738,
};
const AT_HOME = { venue_name: "Untappd at Home", venue_city: "", venue_state: "NC", venue_country: "United States", venue_lat: 34.2347, venue_lng: -77.9482 };

/** Four check-ins, oldest first: at a taproom with friends and a comment, at home bought from a shop, with no venue and no rating, in Brussels. */
const CHECKINS = [
  checkin(1452087311, {
    beer_name: "India Pale Ale Nelson Sauvin",
    brewery_name: "The Kernel Brewery",
    beer_type: "IPA - American",
    beer_abv: 6.9,
    beer_ibu: 70,
    comment: 'Nelson all the way: "white wine" and gooseberry.',
    ...KERNEL,
    rating_score: 4.25,
    created_at: "2026-01-09 20:04:33",
    beer_url: "https://untappd.com/beer/158229",
    flavor_profiles: "hoppy,fruity,dank",
    serving_type: "Draft",
    bid: 158229,
    brewery_id: 3184,
    global_rating_score: 3.95,
    global_weighted_rating_score: 3.95,
    tagged_friends: "priya_k,Sam_Hughes",
    total_toasts: 2,
  }),
  checkin(1459318760, {
    beer_name: "Yeti Imperial Stout",
    brewery_name: "Great Divide Brewing Company",
    beer_type: "Stout - Russian Imperial",
    beer_abv: 9.5,
    beer_ibu: 75,
    ...AT_HOME,
    rating_score: 4,
    created_at: "2026-11-28 21:34:26",
    purchase_venue: "Hop Burns & Black",
    serving_type: "Bottle",
    bid: 4923,
  }),
  checkin(1466550209, {
    beer_name: "Heady Topper",
    brewery_name: "The Alchemist",
    beer_type: "IPA - Imperial / Double",
    beer_abv: 8,
    rating_score: null,
    created_at: "2026-11-28 23:40:12",
    serving_type: "Can",
    bid: 4691,
  }),
  checkin(1473781658, {
    beer_name: "Fou' Foune",
    brewery_name: "Brasserie Cantillon",
    beer_type: "Lambic - Fruit",
    beer_abv: 5,
    comment: "Apricot heaven. The best thing I've drunk all year!",
    venue_name: "Brasserie Cantillon",
    venue_city: "Brussels",
    venue_state: "Brussels Capital",
    venue_country: "Belgium",
    rating_score: 5,
    created_at: "2026-12-05 11:34:48",
    serving_type: "Taster",
    tagged_friends: "Sam_Hughes",
  }),
];

/** A cell as CSV writes it: quoted when it holds a comma, a quote or a line break; nothing for null. */
const cell = (v: string | number | null) => {
  const s = v === null ? "" : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The CSV export of `checkins`: a byte order mark, the header, a row each. */
const csvOf = (checkins: Checkin[]) => `\uFEFF${[COLUMNS.join(","), ...checkins.map((c) => COLUMNS.map((col) => cell(c[col] ?? "")).join(","))].join("\n")}\n`;

/** Each conversation as its key, title, records and paragraphs (name, speaker, role, time, words). */
function told(conversations: ParsedConversation[]): Array<[string, string | null, string | undefined, Array<[string | null, string, string, string, string]>]> {
  return conversations.map((c) => [
    c.externalId,
    c.title,
    c.records,
    c.turns.map((t): [string | null, string, string, string, string] => [t.externalId, t.speaker, t.role, new Date(t.occurredAt).toISOString(), t.text]),
  ]);
}

const JANUARY = [
  "untappd:day:2026-01-09",
  "Untappd check-ins, Friday 9 January 2026",
  "day",
  [
    [
      "checkin 1452087311",
      "User",
      "user",
      "2026-01-09T20:04:33.000Z",
      'Drank India Pale Ale Nelson Sauvin by The Kernel Brewery (IPA - American, 6.9% ABV) on draft at The Kernel Brewery in London, United Kingdom with priya_k and Sam_Hughes on Friday 9 January at 20:04, rated it 4.25 out of 5, and found it hoppy, fruity and dank. What I said about India Pale Ale Nelson Sauvin by The Kernel Brewery: "Nelson all the way: ″white wine″ and gooseberry."',
    ],
  ],
];
const NOVEMBER = [
  "untappd:day:2026-11-28",
  "Untappd check-ins, Saturday 28 November 2026",
  "day",
  [
    [
      "checkin 1459318760",
      "User",
      "user",
      "2026-11-28T21:34:26.000Z",
      "Drank Yeti Imperial Stout by Great Divide Brewing Company (Stout - Russian Imperial, 9.5% ABV) from a bottle at home, bought from Hop Burns & Black, on Saturday 28 November at 21:34, and rated it 4 out of 5.",
    ],
    [
      "checkin 1466550209",
      "User",
      "user",
      "2026-11-28T23:40:12.000Z",
      "Drank Heady Topper by The Alchemist (IPA - Imperial / Double, 8% ABV) from a can on Saturday 28 November at 23:40.",
    ],
  ],
];
const DECEMBER = [
  "untappd:day:2026-12-05",
  "Untappd check-ins, Saturday 5 December 2026",
  "day",
  [
    [
      "checkin 1473781658",
      "User",
      "user",
      "2026-12-05T11:34:48.000Z",
      "Drank Fou' Foune by Brasserie Cantillon (Lambic - Fruit, 5% ABV) as a taster at Brasserie Cantillon in Brussels, Belgium with Sam_Hughes on Saturday 5 December at 11:34, and rated it 5 out of 5. What I said about Fou' Foune by Brasserie Cantillon: \"Apricot heaven. The best thing I've drunk all year!\"",
    ],
  ],
];

describe("Untappd's check-in history", () => {
  it("reads the CSV as a note per day, each check-in in words: the beer, serving, place, friends, rating, flavours and comment", async () => {
    const file = write("read/untappd.csv", csvOf(CHECKINS));
    expect(await detectFormat(file)).toBe("untappd");
    const conversations = await parsedConversations(file);
    expect(told(conversations)).toEqual([JANUARY, NOVEMBER, DECEMBER]);
    expect(conversations[0]!.format).toBe("note");
    expect(conversations[0]!.turns[0]!.metadata).toMatchObject({
      line: 2,
      untappd: { beer_name: "India Pale Ale Nelson Sauvin", beer_ibu: "70", global_weighted_rating_score: "3.95", venue_lat: "51.4957", total_toasts: "2" },
    });
  });

  it("reads the JSON, a 2023 export's numbers as numbers, in the same words as the CSV", async () => {
    const file = write("read/untappd.json", JSON.stringify(CHECKINS));
    expect(await detectFormat(file)).toBe("untappd");
    const conversations = await parsedConversations(file);
    expect(told(conversations)).toEqual([JANUARY, NOVEMBER, DECEMBER]);
    expect(conversations[1]!.turns[0]!.metadata).toMatchObject({
      item: 1,
      untappd: { checkin_id: 1459318760, venue_state: "NC", purchase_venue: "Hop Burns & Black" },
    });
  });

  it("reads an older export's numbers as strings, nulls for no venue, an id from the check-in's link, and a time to the minute", async () => {
    // (as a blog post quotes a 2010 check-in of a real export, indented, newest last)
    const old = {
      beer_name: "Leffe Brune / Bruin",
      brewery_name: "Abbaye de Leffe",
      beer_type: "Brown Ale - Belgian",
      beer_abv: "6.5",
      beer_ibu: "20",
      comment: "Christening Untappd with this, a fav of mine.",
      venue_name: null,
      venue_city: null,
      venue_state: null,
      venue_country: null,
      venue_lat: null,
      venue_lng: null,
      rating_score: "5",
      created_at: "2010-11-08 18:52:02",
      checkin_url: "https://untappd.com/c/11215",
      flavor_profiles: "",
      purchase_venue: "",
      serving_type: "",
      checkin_id: "11215",
      photo_url: null,
      global_rating_score: 3.55,
      tagged_friends: "",
      total_toasts: "1",
    };
    const noId = { ...old, checkin_id: null, checkin_url: "https://untappd.com/c/11216", created_at: "2010-11-08 19:30", comment: "", rating_score: "3.75" };
    const file = write("old/checkins.json", JSON.stringify([old, noId], null, 2));
    expect(told(await parsedConversations(file))).toEqual([
      [
        "untappd:day:2010-11-08",
        "Untappd check-ins, Monday 8 November 2010",
        "day",
        [
          [
            "checkin 11215",
            "User",
            "user",
            "2010-11-08T18:52:02.000Z",
            'Drank Leffe Brune / Bruin by Abbaye de Leffe (Brown Ale - Belgian, 6.5% ABV) on Monday 8 November at 18:52, and rated it 5 out of 5. What I said about Leffe Brune / Bruin by Abbaye de Leffe: "Christening Untappd with this, a fav of mine."',
          ],
          [
            "checkin 11216",
            "User",
            "user",
            "2010-11-08T19:30:00.000Z",
            "Drank Leffe Brune / Bruin by Abbaye de Leffe (Brown Ale - Belgian, 6.5% ABV) on Monday 8 November at 19:30, and rated it 3.75 out of 5.",
          ],
        ],
      ],
    ]);
  });

  it("tells the export by content whatever its name, with --format too, and its neighbours apart", async () => {
    expect(await detectFormat(write("named/Beer History (2).txt", csvOf(CHECKINS.slice(0, 1))))).toBe("untappd");
    expect(told(await parsedConversations(write("named/export", JSON.stringify(CHECKINS.slice(0, 1))), "untappd"))).toEqual([JANUARY]);
    expect(untappdKind(csvOf([]))).toBe("csv");
    expect(untappdKind(`  ${JSON.stringify(CHECKINS, null, 4)}`)).toBe("json");
    // (the keys of a check-in in any order)
    expect(untappdKind(JSON.stringify([{ created_at: "2022-01-01 19:30:00", checkin_id: 101, beer_name: "A", brewery_name: "B" }]))).toBe("json");
    // (an empty array, a table of beers someone keeps, an Untappd list's items, another app's array: none)
    expect(untappdKind("[]")).toBeNull();
    expect(untappdKind("beer_name,brewery_name,beer_type,beer_abv,beer_ibu,rating_score\nJaipur,Thornbridge,IPA,5.9,55,4\n")).toBeNull();
    expect(untappdKind(JSON.stringify([{ beer_name: "Jaipur", brewery_name: "Thornbridge", list_item_id: 9, created_at: "2026-01-01 10:00:00" }]))).toBeNull();
    expect(untappdKind(JSON.stringify([{ title: "x", created_at: "2026-01-01 10:00:00", checkin_id: 1 }]))).toBeNull();
    const table = write("named/beers.csv", "beer_name,brewery_name,rating\nJaipur,Thornbridge,4\n");
    expect(await detectFormat(table)).toBe("note");
    // (a file that is no export, forced: refused saying what was expected)
    expect((await importErrorOf(validateExport(table, { format: "untappd" }))).message).toBe(
      'beers.csv: byte 0: not Untappd\'s check-in export: expected its CSV (a header "beer_name,brewery_name,beer_type,beer_abv,…,created_at,checkin_url,…,checkin_id,…") or its JSON (an array of check-ins naming "beer_name", "created_at" and "checkin_id")',
    );
  });

  it("reads both forms in a folder, and passes over an export with no check-in, saying why", async () => {
    const folder = join(dir, "Untappd");
    write("Untappd/untappd-2026-07-02.csv", csvOf(CHECKINS.slice(0, 2)));
    write("Untappd/untappd-2026-12-06.json", JSON.stringify(CHECKINS));
    write("Untappd/empty.csv", csvOf([]));
    expect(importPaths(folder).map((p) => p.file.slice(folder.length + 1))).toEqual(["empty.csv", "untappd-2026-07-02.csv", "untappd-2026-12-06.json"]);
    for (const { file } of importPaths(folder)) {
      expect(await passedOverInFolder(file)).toBeNull();
      expect(await folderFileFormat(file)).toBe("untappd");
    }
    const err = await checkImportFile(join(folder, "empty.csv"), "untappd").catch((e: unknown) => e);
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe("an Untappd export with no check-ins, no note");
  });
});

describe("importing Untappd's exports again", () => {
  it("adds nothing the second time, nothing twice from both forms, and from a later export only the check-ins new since", async () => {
    const db = openDatabase(join(dir, "later.db"));
    try {
      const csv = write("later/1/untappd.csv", csvOf(CHECKINS.slice(0, 2)));
      expect(await importFile(db, embedder, csv)).toMatchObject({ format: "untappd", conversations: 2, added: 2, duplicates: 0 });
      expect(await importFile(db, embedder, csv)).toMatchObject({ added: 0, duplicates: 2 });
      // (the later export, as JSON, holds every check-in again and two since, one on a day already held)
      const json = write("later/2/untappd.json", JSON.stringify(CHECKINS));
      expect(await importFile(db, embedder, json)).toMatchObject({ added: 2, duplicates: 2 });
      expect(db.prepare("SELECT external_id, format, records FROM conversations ORDER BY external_id").all()).toEqual([
        { external_id: "untappd:day:2026-01-09", format: "note", records: "day" },
        { external_id: "untappd:day:2026-11-28", format: "note", records: "day" },
        { external_id: "untappd:day:2026-12-05", format: "note", records: "day" },
      ]);
    } finally {
      db.close();
    }
  });
});

describe("a bad Untappd export", () => {
  it("names the file, the line and the column, or the item and the field, and stores nothing", async () => {
    const badTime = write("bad/time/untappd.csv", csvOf([CHECKINS[0]!, { ...CHECKINS[1]!, created_at: "Saturday night" }]));
    expect((await importErrorOf(validateExport(badTime))).message).toBe(
      'untappd.csv: line 3: created_at "Saturday night": expected a time as Untappd writes it, "2026-06-12 13:15:42"',
    );
    const db = openDatabase(join(dir, "bad.db"));
    try {
      await expect(importFile(db, embedder, badTime)).rejects.toThrow(/line 3/);
      expect(db.prepare("SELECT count(*) FROM sources").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
    const badRating = write("bad/rating/untappd.json", JSON.stringify([{ ...CHECKINS[0]!, rating_score: "four" }]));
    expect((await importErrorOf(validateExport(badRating))).message).toBe(
      'untappd.json: [0].rating_score: expected a rating out of 5 (4.75), or nothing, got "four"',
    );
    const overFive = write("bad/five/untappd.csv", csvOf([{ ...CHECKINS[0]!, rating_score: 7 }]));
    expect((await importErrorOf(validateExport(overFive))).message).toBe(
      'untappd.csv: line 2: rating_score "7": expected a rating out of 5 (4.75), or nothing',
    );
    const badAbv = write("bad/abv/untappd.json", JSON.stringify([CHECKINS[0], { ...CHECKINS[1]!, beer_abv: "strong" }]));
    expect((await importErrorOf(validateExport(badAbv))).message).toBe(
      'untappd.json: [1].beer_abv: expected the beer\'s alcohol by volume, a number (8, 6.25), got "strong"',
    );
    const noId = write("bad/id/untappd.csv", csvOf([{ ...CHECKINS[0]!, checkin_id: "", checkin_url: "" }]));
    expect((await importErrorOf(validateExport(noId))).message).toBe(
      'untappd.csv: line 2: checkin_id "": expected the check-in\'s number (or its link, checkin_url, "https://untappd.com/c/…")',
    );
    const noBeer = write("bad/beer/untappd.json", JSON.stringify([{ ...CHECKINS[0]!, beer_name: "" }]));
    expect((await importErrorOf(validateExport(noBeer))).message).toBe('untappd.json: [0].beer_name: expected the beer\'s name, got ""');
    const objectValue = write("bad/object/untappd.json", JSON.stringify([{ ...CHECKINS[0]!, comment: { text: "hi" } }]));
    expect((await importErrorOf(validateExport(objectValue))).message).toBe("untappd.json: [0].comment: expected text or a number, got an object");
    const notObject = write("bad/item/untappd.json", `[${JSON.stringify(CHECKINS[0])},42]`);
    expect((await importErrorOf(validateExport(notObject))).message).toBe("untappd.json: [1]: expected a check-in (an object), got 42");
    const cut = write("bad/cut/untappd.json", JSON.stringify(CHECKINS).slice(0, 900));
    expect((await importErrorOf(validateExport(cut))).message).toMatch(/^untappd\.json: byte \d+ \(line 1, column \d+\): /);
    const stray = write("bad/quote/untappd.csv", `${csvOf(CHECKINS.slice(0, 1))}"Jaipur,Thornbridge\n`);
    expect((await importErrorOf(validateExport(stray))).location).toMatch(/^line \d+$/);
  });
});

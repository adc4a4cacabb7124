/**
 * IMDb's CSV exports (core/ingest/imdb.ts): Your Ratings (the newer header with Original Title, the older
 * without it and with lower-case title types), the watchlist, the check-ins and a list (one header, told
 * apart by the file's name, a list titled by it), each read as one note of the user's records, a title a
 * paragraph of its day in words ("Rated the film Past Lives (2023) 9/10 on IMDb on Saturday 14 February;
 * directed by Celine Song."), an episode, a series and a film in another language said as such; told by
 * its header whatever its name, alone and in a folder (an empty list passed over, said why), never taken
 * for Letterboxd's; importing again adds nothing, a later export only what is new, a rating changed
 * superseding the one stored; a bad file refused naming the file, the line and the column, and nothing stored.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, whyPassedOver } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { imdbKind } from "../../core/ingest/media/imdb.js";
import { importFile } from "../../core/ingest/import.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import type { ParsedConversation } from "../../core/ingest/kit/types.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-imdb-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

const RATINGS = "Const,Your Rating,Date Rated,Title,Original Title,URL,Title Type,IMDb Rating,Runtime (mins),Year,Genres,Num Votes,Release Date,Directors";
const OLD_RATINGS = "Const,Your Rating,Date Rated,Title,URL,Title Type,IMDb Rating,Runtime (mins),Year,Genres,Num Votes,Release Date,Directors";
const LIST =
  "Position,Const,Created,Modified,Description,Title,Original Title,URL,Title Type,IMDb Rating,Runtime (mins),Year,Genres,Num Votes,Release Date,Directors,Your Rating,Date Rated";
const OLD_LIST = "Position,Const,Created,Modified,Description,Title,URL,Title Type,IMDb Rating,Runtime (mins),Year,Genres,Num Votes,Release Date,Directors";

/** A file of the test folder: `lines` joined by `eol` (LF, as the newer exports are seen; CRLF in some tests). */
function write(name: string, lines: string[], eol = "\n"): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${lines.join(eol)}${eol}`);
  return file;
}

/** Ratings as the newer export writes them: a film, a film whose own title is another, a series, an episode and a mini-series. */
const RATING_ROWS = [
  'tt13238346,9,2026-02-14,"Past Lives","Past Lives",https://www.imdb.com/title/tt13238346/,Movie,7.8,105,2023,"Drama, Romance",142318,2023-06-02,"Celine Song"',
  'tt6751668,9,2026-03-07,"Parasite","Gisaengchung",https://www.imdb.com/title/tt6751668/,Movie,8.5,132,2019,"Drama, Thriller",1041233,2019-05-30,"Bong Joon Ho"',
  'tt2788316,9,2026-10-04,"Shōgun","Shōgun",https://www.imdb.com/title/tt2788316/,TV Series,8.6,60,2024,"Adventure, Drama, History",255901,2024-02-27,""',
  'tt2301451,10,2026-06-20,"Breaking Bad: Ozymandias","Breaking Bad: Ozymandias",https://www.imdb.com/title/tt2301451/,TV Episode,10.0,47,2013,"Crime, Drama, Thriller",253408,2013-09-15,"Rian Johnson"',
  'tt7366338,10,2026-02-28,"Chernobyl","Chernobyl",https://www.imdb.com/title/tt7366338/,TV Mini Series,9.3,330,2019,"Drama, History, Thriller",960212,2019-05-06,""',
];

/** Each conversation's key, title and records, and its turns' speaker, role, day and text. */
function told(notes: ParsedConversation[]): Array<[string, string | null, string | undefined, Array<[string, string, string, string]>]> {
  return notes.map((n) => [
    n.externalId,
    n.title,
    n.records,
    n.turns.map((t): [string, string, string, string] => [t.speaker, t.role, new Date(t.occurredAt).toISOString().slice(0, 10), t.text]),
  ]);
}

describe("IMDb's ratings export", () => {
  it("reads each title rated as a paragraph of the day it was rated, said by the user, in words", async () => {
    const file = write("ratings/ratings.csv", [RATINGS, ...RATING_ROWS]);
    expect(await detectFormat(file)).toBe("imdb");
    const notes = await parsedConversations(file);
    expect(told(notes)).toEqual([
      [
        "imdb:ratings",
        "IMDb ratings",
        "log",
        [
          ["User", "user", "2026-02-14", "Rated the film Past Lives (2023) 9/10 on IMDb on Saturday 14 February; directed by Celine Song."],
          ["User", "user", "2026-02-28", "Rated the TV mini-series Chernobyl (2019) 10/10 on IMDb on Saturday 28 February."],
          // (a film's own title when it is another, beside its year)
          ["User", "user", "2026-03-07", "Rated the film Parasite (Gisaengchung, 2019) 9/10 on IMDb on Saturday 7 March; directed by Bong Joon Ho."],
          // (an episode's Title is "<series>: <episode>", as IMDb writes it)
          ["User", "user", "2026-06-20", "Rated the TV episode Breaking Bad: Ozymandias (2013) 10/10 on IMDb on Saturday 20 June; directed by Rian Johnson."],
          ["User", "user", "2026-10-04", "Rated the TV series Shōgun (2024) 9/10 on IMDb on Sunday 4 October."],
        ],
      ],
    ]);
    // (each paragraph named by the title's Const, its row's line and what IMDb says of it beside it)
    expect(notes[0]!.turns.map((t) => [t.externalId, t.metadata.line])).toEqual([
      ["tt13238346", 2],
      ["tt7366338", 6],
      ["tt6751668", 3],
      ["tt2301451", 5],
      ["tt2788316", 4],
    ]);
    expect(notes[0]!.turns[2]!.metadata.imdb).toEqual({
      file: "ratings",
      const: "tt6751668",
      title: "Parasite",
      originalTitle: "Gisaengchung",
      type: "Movie",
      year: 2019,
      directors: "Bong Joon Ho",
      imdbRating: "8.5",
      runtime: "132",
      genres: "Drama, Thriller",
      released: "2019-05-30",
      rating: 9,
    });
    expect(notes.map((n) => [n.format, n.participants, new Date(n.startedAt!).toISOString()])).toEqual([["note", ["User"], "2026-02-14T12:00:00.000Z"]]);
    expect(await validateExport(file)).toMatchObject({ format: "imdb", conversations: 1, turns: 5 });
    expect(await checkImportFile(file)).toBe("imdb");
  });

  it("reads an older export: no Original Title, lower-case title types, CRLF and a byte order mark, whatever the file's name", async () => {
    const file = write(
      "old/ratings (2019).csv",
      [
        `\uFEFF${OLD_RATINGS}`,
        'tt1000252,10,2012-01-07,Doctor Who: Blink,https://www.imdb.com/title/tt1000252/,tvEpisode,9.8,45,2007,"Adventure, Drama, Family, Mystery, Sci-Fi",18217,2007-06-09,Hettie Macdonald',
        'tt2724064,3,2014-07-22,Sharknado,https://www.imdb.com/title/tt2724064/,tvMovie,3.3,86,2013,"Action, Adventure, Comedy, Horror, Sci-Fi, Thriller",49177,2013-07-11,Anthony C. Ferrante',
        // (a kind IMDb's words do not name, another language's, is not said; a title with no year is said without one)
        "tt0000003,7,2014-08-01,Un film,https://www.imdb.com/title/tt0000003/,Película,7.0,92,,Comedy,8902,,",
      ],
      "\r\n",
    );
    expect(await detectFormat(file)).toBe("imdb");
    expect(told(await parsedConversations(file))[0]![3]).toEqual([
      ["User", "user", "2012-01-07", "Rated the TV episode Doctor Who: Blink (2007) 10/10 on IMDb on Saturday 7 January; directed by Hettie Macdonald."],
      ["User", "user", "2014-07-22", "Rated the TV film Sharknado (2013) 3/10 on IMDb on Tuesday 22 July; directed by Anthony C. Ferrante."],
      ["User", "user", "2014-08-01", "Rated Un film 7/10 on IMDb on Friday 1 August."],
    ]);
  });
});

describe("IMDb's list exports", () => {
  it("reads the watchlist as one note, each title added a paragraph of its day with the user's note on it", async () => {
    const file = write("lists/WATCHLIST.csv", [
      LIST,
      '1,tt7160372,2025-12-28,2025-12-28,,"The Zone of Interest","The Zone of Interest",https://www.imdb.com/title/tt7160372/,Movie,7.3,105,2023,"Drama, History, War",131020,2024-02-02,"Jonathan Glazer",,',
      '2,tt27503384,2026-09-05,2026-09-05,Tomás from work says it\'s his favourite film,"Perfect Days","Perfect Days",https://www.imdb.com/title/tt27503384/,Movie,7.9,123,2023,"Drama",61544,2023-12-21,"Wim Wenders",,',
      // (a title rated since it was added: its rating is the ratings export's to tell)
      '3,tt11280740,2026-10-12,2026-11-01,"Everyone at work, all of them, keeps talking about it","Severance","Severance",https://www.imdb.com/title/tt11280740/,TV Series,8.7,55,2022,"Drama, Mystery, Sci-Fi",330115,2022-02-18,"",8,2026-11-01',
    ]);
    expect(await detectFormat(file)).toBe("imdb");
    const notes = await parsedConversations(file);
    expect(told(notes)).toEqual([
      [
        "imdb:watchlist",
        "IMDb watchlist",
        "log",
        [
          ["User", "user", "2025-12-28", "Added the film The Zone of Interest (2023) to my IMDb watchlist on Sunday 28 December."],
          [
            "User",
            "user",
            "2026-09-05",
            "Added the film Perfect Days (2023) to my IMDb watchlist on Saturday 5 September: Tomás from work says it's his favourite film.",
          ],
          [
            "User",
            "user",
            "2026-10-12",
            "Added the TV series Severance (2022) to my IMDb watchlist on Monday 12 October: Everyone at work, all of them, keeps talking about it.",
          ],
        ],
      ],
    ]);
    expect(notes[0]!.turns.map((t) => t.externalId)).toEqual(["tt7160372", "tt27503384", "tt11280740"]);
    expect(notes[0]!.turns[1]!.metadata.imdb).toMatchObject({ file: "watchlist", const: "tt27503384", note: "Tomás from work says it's his favourite film" });
  });

  it("reads the check-ins as what was watched that day, and a list as a note titled by its file's name, in the list's order", async () => {
    const checkins = write("lists/check-ins.csv", [
      OLD_LIST,
      '1,tt26484320,2026-07-02,2026-07-02,,"The Bear: Forks",https://www.imdb.com/title/tt26484320/,tvEpisode,9.6,37,2023,"Comedy, Drama",31207,2023-06-22,"Ramy Youssef"',
      '2,tt19847976,2026-11-28,2026-11-28,With Mum at the Odeon,"Wicked: For Good",https://www.imdb.com/title/tt19847976/,movie,6.9,137,2025,"Fantasy, Musical, Romance",88415,2025-11-21,"Jon M. Chu"',
    ]);
    expect(imdbKind(LIST, checkins)).toBe("checkins");
    expect(told(await parsedConversations(checkins))).toEqual([
      [
        "imdb:checkins",
        "IMDb check-ins",
        "log",
        [
          ["User", "user", "2026-07-02", "Watched the TV episode The Bear: Forks (2023) on Thursday 2 July, checked in on IMDb."],
          ["User", "user", "2026-11-28", "Watched the film Wicked: For Good (2025) on Saturday 28 November, checked in on IMDb: With Mum at the Odeon."],
        ],
      ],
    ]);
    expect((await parsedConversations(checkins))[0]!.turns.map((t) => t.externalId)).toEqual(["tt26484320@2026-07-02", "tt19847976@2026-11-28"]);
    const list = write("lists/Films to show the kids.csv", [
      LIST,
      '1,tt4468740,2026-01-04,2026-01-04,Start here.,"Paddington 2","Paddington 2",https://www.imdb.com/title/tt4468740/,Movie,7.8,103,2017,"Adventure, Comedy, Family",118904,2017-11-10,"Paul King",10,2026-01-03',
      '2,tt0096283,2026-01-04,2026-01-04,,"My Neighbor Totoro","Tonari no Totoro",https://www.imdb.com/title/tt0096283/,Movie,8.1,86,1988,"Animation, Comedy, Family",401229,1988-04-16,"Hayao Miyazaki",,',
      '11,tt0319343,2026-11-15,2026-11-15,"Christmas Eve, with hot chocolate","Elf","Elf",https://www.imdb.com/title/tt0319343/,Movie,7.1,97,2003,"Adventure, Comedy, Family",325108,2003-11-07,"Jon Favreau",,',
      '12,tt0245429,2026-01-04,2026-05-10,,"Spirited Away: The Making Of","Spirited Away: The Making Of",https://www.imdb.com/title/tt0000012/,Video,7.0,40,2002,"Documentary",1200,2002-01-01,"",,',
    ]);
    expect(await detectFormat(list)).toBe("imdb");
    expect(told(await parsedConversations(list))).toEqual([
      [
        "imdb:list:Films to show the kids",
        "Films to show the kids",
        "log",
        [
          // (in the list's order, each of the day it was added; a film's name alone, the list saying what it holds; a place up to ten in words)
          ["User", "user", "2026-01-04", "Films to show the kids, number one: Paddington 2 (2017). Start here."],
          ["User", "user", "2026-01-04", "Films to show the kids, number two: My Neighbor Totoro (Tonari no Totoro, 1988)."],
          ["User", "user", "2026-11-15", "Films to show the kids, number 11: Elf (2003). Christmas Eve, with hot chocolate."],
          ["User", "user", "2026-01-04", "Films to show the kids, number 12: the video Spirited Away: The Making Of (2002)."],
        ],
      ],
    ]);
    expect((await parsedConversations(list))[0]!.turns[2]!.metadata.imdb).toMatchObject({ list: "Films to show the kids", position: 11, const: "tt0319343" });
  });

  it("is told by its header, not by Letterboxd's, and tells a list's kind by its name", () => {
    expect(imdbKind(`${RATINGS}\n`, "/x/anything.csv")).toBe("ratings");
    expect(imdbKind(`${OLD_RATINGS}\r\n`, "/x/ratings.csv")).toBe("ratings");
    expect(imdbKind(`\uFEFF${LIST}\n`, "/x/watchlist (1).csv")).toBe("watchlist");
    expect(imdbKind(`${LIST}\n`, "/x/checkins.csv")).toBe("checkins");
    expect(imdbKind(`${OLD_LIST}\n`, "/x/Best of 2026.csv")).toBe("list");
    expect(imdbKind('"Position","Const","Created","Modified","Description","Title"\n', "/x/ls012345678.csv")).toBe("list");
    // (Letterboxd's ratings and watchlist, Netflix's, and a table of anyone's that names a Const)
    expect(imdbKind("Date,Name,Year,Letterboxd URI,Rating\r\n", "/x/ratings.csv")).toBeNull();
    expect(imdbKind("Date,Name,Year,Letterboxd URI\r\n", "/x/watchlist.csv")).toBeNull();
    expect(imdbKind("Profile Name,Title Name,Thumbs Value,Device Type,Event Utc Ts\n", "/x/Ratings.csv")).toBeNull();
    expect(imdbKind("Const,Title,Year\n", "/x/films.csv")).toBeNull();
  });
});

describe("an IMDb export in a folder", () => {
  it("reads each file by its header whatever its name, and passes over an empty list, saying why", async () => {
    const folder = join(dir, "IMDb exports");
    write("IMDb exports/ratings.csv", [RATINGS, ...RATING_ROWS.slice(0, 2)]);
    write("IMDb exports/watchlist.csv", [
      LIST,
      '1,tt7160372,2025-12-28,2025-12-28,,"The Zone of Interest","The Zone of Interest",https://www.imdb.com/title/tt7160372/,Movie,7.3,105,2023,"Drama",131020,2024-02-02,"Jonathan Glazer",,',
    ]);
    write("IMDb exports/Empty list.csv", [LIST]);
    writeFileSync(join(folder, "budget.csv"), "Month,Spent\nNovember,42\n");
    expect(importPaths(folder).map((p) => p.file.slice(folder.length + 1))).toEqual(["Empty list.csv", "ratings.csv", "watchlist.csv"]);
    for (const { file } of importPaths(folder)) expect(await folderFileFormat(file)).toBe("imdb");
    const err = await checkImportFile(join(folder, "Empty list.csv"), "imdb").catch((e: unknown) => e);
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe("an IMDb list with no titles, no note");
  });

  it("is read as chosen with --format, and a file that is none of IMDb's is refused as one", async () => {
    const file = write("format/mine.csv", [RATINGS, RATING_ROWS[0]!]);
    expect(await validateExport(file, { format: "imdb" })).toMatchObject({ format: "imdb", conversations: 1, turns: 1 });
    const budget = write("format/budget.csv", ["Month,Spent", "November,42"]);
    expect((await importErrorOf(validateExport(budget, { format: "imdb" }))).message).toBe(
      "budget.csv: line 1: not one of IMDb's exports (its ratings open Const,Your Rating,Date Rated,Title; a list, the watchlist or the check-ins Position,Const,Created,Modified,Description,Title)",
    );
  });
});

describe("importing IMDb's exports again", () => {
  it("adds nothing the second time, and from a later export only what is new, a changed rating a new version of its title's", async () => {
    const db = openDatabase(join(dir, "later.db"));
    try {
      const first = write("later/1/ratings.csv", [RATINGS, ...RATING_ROWS.slice(0, 3)]);
      expect(await importFile(db, embedder, first)).toMatchObject({ format: "imdb", added: 3, duplicates: 0 });
      expect(await importFile(db, embedder, first)).toMatchObject({ added: 0, duplicates: 3 });
      // (a later export: its rows in another order, a title rated since, and Parasite's rating changed from 9 to 10)
      const later = write("later/2/ratings.csv", [
        RATINGS,
        RATING_ROWS[3]!,
        RATING_ROWS[2]!,
        RATING_ROWS[1]!.replace(",9,2026-03-07,", ",10,2026-11-30,"),
        RATING_ROWS[0]!,
      ]);
      expect(await importFile(db, embedder, later)).toMatchObject({ added: 2, duplicates: 2 });
      const parasite = db.prepare("SELECT text FROM sources WHERE external_id = 'tt6751668' ORDER BY id").pluck().all() as string[];
      expect(parasite).toEqual([
        "Rated the film Parasite (Gisaengchung, 2019) 9/10 on IMDb on Saturday 7 March; directed by Bong Joon Ho.",
        "Rated the film Parasite (Gisaengchung, 2019) 10/10 on IMDb on Monday 30 November; directed by Bong Joon Ho.",
      ]);
    } finally {
      db.close();
    }
  });
});

describe("a bad IMDb export", () => {
  it("names the file, the line and the column, and stores nothing", async () => {
    const cases: Array<[string, string[], string]> = [
      [
        "rating.csv",
        [RATINGS, RATING_ROWS[0]!, RATING_ROWS[1]!.replace(",9,", ",11,")],
        'rating.csv: line 3: Your Rating "11": expected a whole number from 1 to 10, or nothing',
      ],
      ["half.csv", [RATINGS, RATING_ROWS[0]!.replace(",9,", ",8.5,")], 'half.csv: line 2: Your Rating "8.5": expected a whole number from 1 to 10, or nothing'],
      [
        "day.csv",
        [RATINGS, RATING_ROWS[0]!.replace("2026-02-14", "14/02/2026")],
        'day.csv: line 2: Date Rated "14/02/2026": expected a day as IMDb writes it, "2026-11-03"',
      ],
      ["no-day.csv", [RATINGS, RATING_ROWS[0]!.replace("2026-02-14", "")], 'no-day.csv: line 2: Date Rated is empty: expected a day, "2026-11-03"'],
      [
        "const.csv",
        [RATINGS, RATING_ROWS[0]!.replace("tt13238346,", "nm0000123,")],
        'const.csv: line 2: Const "nm0000123": expected the title\'s IMDb id, "tt0111161"',
      ],
      ["title.csv", [RATINGS, RATING_ROWS[0]!.replace('"Past Lives","Past Lives"', '"",""')], "title.csv: line 2: Title is empty: expected the title's name"],
      [
        "year.csv",
        [RATINGS, RATING_ROWS[0]!.replace(",2023,", ",2023-2024,")],
        'year.csv: line 2: Year "2023-2024": expected the title\'s year, "2023", or nothing',
      ],
      [
        "position.csv",
        [
          LIST,
          '0,tt0319343,2026-11-15,2026-11-15,,"Elf","Elf",https://www.imdb.com/title/tt0319343/,Movie,7.1,97,2003,"Comedy",325108,2003-11-07,"Jon Favreau",,',
        ],
        'position.csv: line 2: Position "0": expected the title\'s place in the list, "1"',
      ],
      [
        "created.csv",
        [LIST, '1,tt0319343,,2026-11-15,,"Elf","Elf",https://www.imdb.com/title/tt0319343/,Movie,7.1,97,2003,"Comedy",325108,2003-11-07,"Jon Favreau",,'],
        'created.csv: line 2: Created is empty: expected a day, "2026-11-03"',
      ],
      // (a note of two lines moves the next row's line on)
      [
        "two-lines.csv",
        [
          LIST,
          '1,tt0319343,2026-11-15,2026-11-15,"Christmas Eve,\nwith hot chocolate","Elf","Elf",https://www.imdb.com/title/tt0319343/,Movie,7.1,97,2003,"Comedy",325108,2003-11-07,"Jon Favreau",,',
          '2,tt0096283,2026-13-04,2026-01-04,,"My Neighbor Totoro","Tonari no Totoro",https://www.imdb.com/title/tt0096283/,Movie,8.1,86,1988,"Family",401229,1988-04-16,"Hayao Miyazaki",,',
        ],
        'two-lines.csv: line 4: Created "2026-13-04": expected a day as IMDb writes it, "2026-11-03"',
      ],
      ["empty.csv", [RATINGS], "empty.csv: line 1: the note has no text: an IMDb ratings export with no ratings"],
    ];
    for (const [name, lines, message] of cases) {
      const err = await importErrorOf(validateExport(write(`bad/${name}`, lines)));
      expect([err.name, err.message]).toEqual(["ImportError", message]);
    }
    const stray = await importErrorOf(validateExport(write("bad/stray.csv", [RATINGS, 'tt13238346,9,2026-02-14,"Past" Lives,Past Lives,,Movie,,,2023,,,,'])));
    expect([stray.location, stray.message]).toEqual(["line 2", expect.stringMatching(/^stray\.csv: line 2: Invalid Closing Quote/)]);
    const db = openDatabase(join(dir, "bad.db"));
    try {
      await expect(importFile(db, embedder, join(dir, "bad/rating.csv"))).rejects.toThrow(/line 3/);
      expect(db.prepare("SELECT count(*) FROM sources").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, whyPassedOver } from "../../core/api/import-check.js";
import { letterboxdKind } from "../../core/ingest/media/letterboxd.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { conversationItems, turnHash } from "../../core/ingest/store.js";
import type { ParsedConversation } from "../../core/ingest/kit/types.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-letterboxd-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DIARY = "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date";
const REVIEWS = "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Review,Tags,Watched Date";
const FILMS = "Date,Name,Year,Letterboxd URI";

/** A file of the test folder: `lines` joined by CRLF, as Letterboxd's export writes them. */
function write(name: string, lines: string[]): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${lines.join("\r\n")}\r\n`);
  return file;
}

/** An export unzipped as `folder`: a diary of four viewings over two months (a rewatch, a film without a rating), its reviews, and the files that hold no note. */
function exportFolder(folder: string): string {
  write(`${folder}/diary.csv`, [
    DIARY,
    "2026-10-18,Weapons,2025,https://boxd.it/b6HrWm,3.5,,horror-night,2026-10-17",
    '2026-11-01,The Thing,1982,https://boxd.it/bDe2Ys,4.5,,"halloween, with-sam",2026-10-31',
    "2026-11-08,Dune: Part Two,2024,https://boxd.it/bK9pMv,5,Yes,home,2026-11-08",
    "2026-11-23,Paddington 2,2017,https://boxd.it/bVq4Jx,,Yes,,2026-11-22",
  ]);
  write(`${folder}/reviews.csv`, [
    REVIEWS,
    '2026-11-08,Dune: Part Two,2024,https://boxd.it/bK9pMv,5,Yes,"Rewatched for <i>Part Three</i>. The arena fight &amp; the sound!\n\nStill the best of the decade.",home,2026-11-08',
    '2026-11-29,Aftersun,2022,https://boxd.it/c0Aa1,5,,"Thinking about it again, months on.",,',
  ]);
  write(`${folder}/profile.csv`, [
    "Date Joined,Username,Given Name,Family Name,Email Address,Location,Website,Bio,Pronoun,Favorite Films",
    "2019-03-02,elliemarsh,Ellie,Marsh,ellie@example.com,London,,Films,She / her,",
  ]);
  write(`${folder}/comments.csv`, ["Date,Content,Comment", "2026-11-09,https://boxd.it/bKa1Qe,Completely agree."]);
  write(`${folder}/watched.csv`, [FILMS, "2026-11-01,The Thing,1982,https://boxd.it/2aK4"]);
  write(`${folder}/likes/films.csv`, [FILMS, "2026-11-08,Dune: Part Two,2024,https://boxd.it/nwQk"]);
  write(`${folder}/likes/reviews.csv`, ["Date,Content", "2026-07-20,https://boxd.it/a4n2Rr"]);
  write(`${folder}/deleted/diary.csv`, [DIARY, "2026-07-26,Oppenheimer,2023,https://boxd.it/a6Tq2n,4,,,2026-07-25"]);
  write(`${folder}/orphaned/lists/old.csv`, [
    "Letterboxd list export v7",
    "Date,Name,Tags,URL,Description",
    "2025-01-01,Old,,https://boxd.it/Lx,",
    "",
    "Position,Name,Year,URL,Description",
    "1,Lost Film,1999,https://boxd.it/z,",
  ]);
  writeFileSync(join(dir, folder, "notes.csv"), "Month,Spent\nNovember,42\n");
  return join(dir, folder);
}

/** Each conversation's key and title, and its turns' speaker, role, day and text. */
function told(notes: ParsedConversation[]): Array<[string, string | null, Array<[string, string, string, string]>]> {
  return notes.map((n) => [
    n.externalId,
    n.title,
    n.turns.map((t): [string, string, string, string] => [t.speaker, t.role, new Date(t.occurredAt).toISOString().slice(0, 10), t.text]),
  ]);
}

describe("a Letterboxd export", () => {
  const folder = exportFolder("letterboxd-elliemarsh-2026-11-30-12-00-utc");

  it("reads the diary as a note per month of viewings, said by the user, each of the day it was watched and told with its review", async () => {
    const diary = join(folder, "diary.csv");
    expect(await detectFormat(diary)).toBe("letterboxd");
    const notes = await parsedConversations(diary);
    expect(told(notes)).toEqual([
      [
        "letterboxd:diary:2026-10",
        "Film diary, October 2026",
        [
          ["User", "user", "2026-10-17", "Watched Weapons (2025) on Saturday 17 October, rated 3.5 out of 5; tags: horror-night."],
          ["User", "user", "2026-10-31", "Watched The Thing (1982) on Saturday 31 October, rated 4.5 out of 5; tags: halloween, with-sam."],
        ],
      ],
      [
        "letterboxd:diary:2026-11",
        "Film diary, November 2026",
        [
          [
            "User",
            "user",
            "2026-11-08",
            // (the review from reviews.csv beside it, its HTML as words, its paragraphs kept)
            "Watched Dune: Part Two (2024) on Sunday 8 November, a rewatch, rated 5 out of 5; tags: home.\nMy review of Dune: Part Two (2024): Rewatched for Part Three. The arena fight & the sound!\n\nStill the best of the decade.",
          ],
          ["User", "user", "2026-11-22", "Watched Paddington 2 (2017) on Sunday 22 November, a rewatch."],
        ],
      ],
    ]);
    // (each paragraph named by the entry's link, its row's line and what Letterboxd says of it beside it)
    expect(notes.flatMap((n) => n.turns.map((t) => [t.externalId, t.metadata.line]))).toEqual([
      ["https://boxd.it/b6HrWm", 2],
      ["https://boxd.it/bDe2Ys", 3],
      ["https://boxd.it/bK9pMv", 4],
      ["https://boxd.it/bVq4Jx", 5],
    ]);
    expect(notes[1]!.turns[0]!.metadata.letterboxd).toEqual({
      file: "diary",
      film: "Dune: Part Two",
      year: 2024,
      uri: "https://boxd.it/bK9pMv",
      rating: 5,
      rewatch: true,
      tags: ["home"],
      logged: "2026-11-08",
      reviewed: true,
    });
    expect(notes.map((n) => [n.format, n.participants, new Date(n.startedAt!).toISOString()])).toEqual([
      ["note", ["User"], "2026-10-17T12:00:00.000Z"],
      ["note", ["User"], "2026-11-08T12:00:00.000Z"],
    ]);
    // (the user's own words: file sources, trust user)
    expect(conversationItems(notes[0]!).map((i) => [i.source.kind, i.source.trust, i.source.externalId])).toEqual([
      ["file", "user", "https://boxd.it/b6HrWm"],
      ["file", "user", "https://boxd.it/bDe2Ys"],
    ]);
    expect(await validateExport(diary)).toMatchObject({ format: "letterboxd", conversations: 2, turns: 4 });
    expect(await checkImportFile(diary)).toBe("letterboxd");
  });

  it("reads reviews.csv as the same viewings, so in a folder it adds only a review that has no diary entry", async () => {
    const fromDiary = await parsedConversations(join(folder, "diary.csv"));
    const fromReviews = await parsedConversations(join(folder, "reviews.csv"));
    expect(told(fromReviews)).toEqual([
      [
        "letterboxd:diary:2026-11",
        "Film diary, November 2026",
        [
          [
            "User",
            "user",
            "2026-11-08",
            "Watched Dune: Part Two (2024) on Sunday 8 November, a rewatch, rated 5 out of 5; tags: home.\nMy review of Dune: Part Two (2024): Rewatched for Part Three. The arena fight & the sound!\n\nStill the best of the decade.",
          ],
          // (a review with no day watched is of the day it was written)
          ["User", "user", "2026-11-29", "My review of Aftersun (2022), written on Sunday 29 November, rated 5 out of 5:\nThinking about it again, months on."],
        ],
      ],
    ]);
    const stored = new Set(fromDiary.flatMap((n) => conversationItems(n).map((i) => i.source.contentHash)));
    const added = fromReviews.flatMap((n) =>
      conversationItems(n)
        .filter((i) => !stored.has(i.source.contentHash))
        .map((i) => i.source.externalId),
    );
    expect(added).toEqual(["https://boxd.it/c0Aa1"]);
  });

  it("lists the export's CSVs in its folder and passes over what is no note, saying why", async () => {
    expect(importPaths(folder).map((p) => p.file.slice(folder.length + 1))).toEqual([
      "comments.csv",
      "deleted/diary.csv",
      "diary.csv",
      "likes/films.csv",
      "likes/reviews.csv",
      "orphaned/lists/old.csv",
      "profile.csv",
      "reviews.csv",
      "watched.csv",
    ]);
    const why: Record<string, string> = {};
    for (const { file } of importPaths(folder)) {
      expect(await folderFileFormat(file)).toBe("letterboxd");
      const err = await checkImportFile(file, "letterboxd").catch((e: unknown) => e);
      if (typeof err !== "string") why[file.slice(folder.length + 1)] = isEmptyNote(err) ? whyPassedOver(err) : String(err);
    }
    expect(why).toEqual({
      "comments.csv": "comments left on Letterboxd under others' reviews and lists, without what they answer, no note",
      "deleted/diary.csv": "entries deleted from the Letterboxd account, no note",
      "likes/films.csv": "films, reviews and lists liked on Letterboxd, no note",
      "likes/reviews.csv": "films, reviews and lists liked on Letterboxd, no note",
      "orphaned/lists/old.csv": "Letterboxd entries whose film is no longer on Letterboxd, no note",
      "profile.csv": "the Letterboxd account's profile, its name, email and bio, no note",
      "watched.csv": "the films marked watched on Letterboxd, each once with no day, which diary.csv and ratings.csv tell, no note",
    });
    // (alone, such a file is refused with the same reason)
    expect((await importErrorOf(validateExport(join(folder, "profile.csv")))).message).toBe(
      "profile.csv: line 1: the note has no text: the Letterboxd account's profile, its name, email and bio",
    );
  });

  it("reads the ratings and the watchlist each as one note, a film a paragraph of its day", async () => {
    const ratings = write("export2/ratings.csv", [
      "Date,Name,Year,Letterboxd URI,Rating",
      "2026-01-24,The Holdovers,2023,https://boxd.it/vNd6,3.5",
      "2026-02-01,Heat,1995,https://boxd.it/2aHM,",
      "2026-03-01,Ran,1985,https://boxd.it/1yVa,4",
    ]);
    const watchlist = write("export2/watchlist.csv", [
      FILMS,
      "2026-09-05,Perfect Days,2023,https://boxd.it/xK2w",
      "2026-11-09,Dune: Part Three,2026,https://boxd.it/Qe5r",
    ]);
    expect(told(await parsedConversations(ratings))).toEqual([
      [
        "letterboxd:ratings",
        "Film ratings",
        [
          ["User", "user", "2026-01-24", "Rated The Holdovers (2023) 3.5 out of 5 on Saturday 24 January."],
          // (a film whose rating was taken back has none to tell; a film's name never opens a sentence: "Ran (1985) …" read as "the user ran")
          ["User", "user", "2026-03-01", "Rated Ran (1985) 4 out of 5 on Sunday 1 March."],
        ],
      ],
    ]);
    expect(told(await parsedConversations(watchlist))).toEqual([
      [
        "letterboxd:watchlist",
        "Watchlist",
        [
          ["User", "user", "2026-09-05", "Added Perfect Days (2023) to my watchlist on Saturday 5 September."],
          ["User", "user", "2026-11-09", "Added Dune: Part Three (2026) to my watchlist on Monday 9 November."],
        ],
      ],
    ]);
    expect((await parsedConversations(watchlist))[0]!.turns.map((t) => t.externalId)).toEqual(["https://boxd.it/xK2w", "https://boxd.it/Qe5r"]);
  });

  it("reads a list as a note titled by the list: its description, then each film in the list's order", async () => {
    const list = write("export2/lists/best-of-2026.csv", [
      "Letterboxd list export v7",
      "Date,Name,Tags,URL,Description",
      '2026-11-29,Best of 2026,"ranked, 2026",https://boxd.it/Qx7Lm,"My favourite new releases of the year, <b>ranked</b>."',
      "",
      "Position,Name,Year,URL,Description",
      '1,Hamnet,2025,https://boxd.it/Hc2s,"Jessie Buckley, enough said."',
      "2,The Odyssey,2026,https://boxd.it/Kx9B,",
      "11,Sinners,2025,https://boxd.it/Dv3s,",
    ]);
    expect(await detectFormat(list)).toBe("letterboxd");
    const notes = await parsedConversations(list);
    expect(told(notes)).toEqual([
      [
        "letterboxd:list:https://boxd.it/Qx7Lm",
        "Best of 2026",
        [
          ["User", "user", "2026-11-29", "Best of 2026: My favourite new releases of the year, ranked."],
          // (a place up to ten in words: "What's number one on my list?")
          ["User", "user", "2026-11-29", "Best of 2026, number one: Hamnet (2025). Jessie Buckley, enough said."],
          ["User", "user", "2026-11-29", "Best of 2026, number two: The Odyssey (2026)."],
          ["User", "user", "2026-11-29", "Best of 2026, number 11: Sinners (2025)."],
        ],
      ],
    ]);
    expect(notes[0]!.turns.map((t) => [t.externalId, t.metadata.line])).toEqual([
      ["description", 3],
      ["https://boxd.it/Hc2s", 6],
      ["https://boxd.it/Kx9B", 7],
      ["https://boxd.it/Dv3s", 8],
    ]);
  });

  it("adds from a later export only what is new, though its rows moved, and an entry changed since is a new version of it", async () => {
    const before = write("later/before/diary.csv", [
      DIARY,
      "2026-10-18,Weapons,2025,https://boxd.it/b6HrWm,3.5,,horror-night,2026-10-17",
      "2026-11-01,The Thing,1982,https://boxd.it/bDe2Ys,4.5,,,2026-10-31",
    ]);
    const after = write("later/after/diary.csv", [
      DIARY,
      // (a viewing logged late for an earlier day: the diary is in the order watched, so the rows after it move)
      "2026-11-30,Anora,2024,https://boxd.it/aQ7vNc,4,,,2026-10-10",
      "2026-10-18,Weapons,2025,https://boxd.it/b6HrWm,3.5,,horror-night,2026-10-17",
      "2026-11-01,The Thing,1982,https://boxd.it/bDe2Ys,5,,,2026-10-31",
      "2026-11-29,Wicked,2024,https://boxd.it/cA2b9Q,3,,,2026-11-28",
    ]);
    const hashes = async (file: string) => (await parsedConversations(file)).flatMap((n) => n.turns.map((t) => ({ id: t.externalId, hash: turnHash(n, t) })));
    const stored = new Set((await hashes(before)).map((h) => h.hash));
    expect((await hashes(after)).filter((h) => !stored.has(h.hash)).map((h) => h.id)).toEqual([
      "https://boxd.it/aQ7vNc",
      "https://boxd.it/bDe2Ys",
      "https://boxd.it/cA2b9Q",
    ]);
  });

  it("names the file, the line and the column of a bad row", async () => {
    const cases: Array<[string, string[], string]> = [
      [
        "rating.csv",
        [DIARY, "2026-11-01,The Thing,1982,https://boxd.it/bDe2Ys,4.5,,,2026-10-31", "2026-11-02,Heat,1995,https://boxd.it/x,9,,,2026-11-02"],
        'rating.csv: line 3: Rating "9": expected half stars from 0.5 to 5, or nothing',
      ],
      [
        "quarter.csv",
        [DIARY, "2026-11-02,Heat,1995,https://boxd.it/x,4.25,,,2026-11-02"],
        'quarter.csv: line 2: Rating "4.25": expected half stars from 0.5 to 5, or nothing',
      ],
      [
        "watched-date.csv",
        [DIARY, "2026-11-02,Heat,1995,https://boxd.it/x,4,,,02/11/2026"],
        'watched-date.csv: line 2: Watched Date "02/11/2026": expected a day as Letterboxd writes it, "2026-11-03"',
      ],
      [
        "no-day.csv",
        [DIARY, "2026-02-30,Heat,1995,https://boxd.it/x,4,,,2026-02-28"],
        'no-day.csv: line 2: Date "2026-02-30": expected a day as Letterboxd writes it, "2026-11-03"',
      ],
      [
        "year.csv",
        [DIARY, "2026-11-02,Heat,95,https://boxd.it/x,4,,,2026-11-02"],
        'year.csv: line 2: Year "95": expected the film\'s year, "2023", or nothing',
      ],
      ["rewatch.csv", [DIARY, "2026-11-02,Heat,1995,https://boxd.it/x,4,Maybe,,2026-11-02"], 'rewatch.csv: line 2: Rewatch "Maybe": expected "Yes" or nothing'],
      ["name.csv", [DIARY, "2026-11-02,,1995,https://boxd.it/x,4,,,2026-11-02"], "name.csv: line 2: Name is empty: expected the film's name"],
      // (a review of two lines moves the next row's line on)
      [
        "two-lines.csv",
        [REVIEWS, '2026-11-02,Heat,1995,https://boxd.it/x,4,,"Great.\nReally.",,2026-11-02', "2026-11-03,Ran,1985,https://boxd.it/y,4,,Epic.,,2026-13-03"],
        'two-lines.csv: line 4: Watched Date "2026-13-03": expected a day as Letterboxd writes it, "2026-11-03"',
      ],
      [
        "position.csv",
        [
          "Letterboxd list export v7",
          "Date,Name,Tags,URL,Description",
          "2026-11-29,Top,,https://boxd.it/L,",
          "",
          "Position,Name,Year,URL,Description",
          "first,Heat,1995,https://boxd.it/x,",
        ],
        'position.csv: line 6: Position "first": expected the film\'s place in the list, "1"',
      ],
      [
        "no-films.csv",
        ["Letterboxd list export v7", "Date,Name,Tags,URL,Description", "2026-11-29,Top,,https://boxd.it/L,"],
        "no-films.csv: line 3: the note has no text: a Letterboxd list with no films (its films' header is Position,Name,Year,URL,Description)",
      ],
    ];
    for (const [name, lines, message] of cases) {
      const err = await importErrorOf(validateExport(write(`bad/${name}`, lines)));
      expect([err.name, err.message]).toEqual(["ImportError", message]);
    }
    const stray = await importErrorOf(validateExport(write("bad/stray.csv", [DIARY, '2026-11-02,"Heat" 2,1995,https://boxd.it/x,4,,,2026-11-02'])));
    expect([stray.location, stray.message]).toEqual(["line 2", expect.stringMatching(/^stray\.csv: line 2: Invalid Closing Quote/)]);
    // (a CSV that is no Letterboxd export's, asked for as one)
    const budget = write("bad/budget.csv", ["Month,Spent", "November,42"]);
    expect(await detectFormat(budget)).toBe("note");
    expect((await importErrorOf(validateExport(budget, { format: "letterboxd" }))).message).toMatch(/^budget\.csv: line 1: not a Letterboxd export's file/);
    // (a diary with no entries is no note: a folder passes it over)
    expect((await importErrorOf(validateExport(write("bad/empty/diary.csv", [DIARY])))).message).toBe(
      "diary.csv: line 1: the note has no text: a Letterboxd diary with no entries",
    );
  });

  it("reads an export kept in a folder named deleted: only the export's own deleted/ is passed over", async () => {
    const diary = write("deleted/letterboxd-sam-2026-11-30-12-00-utc/diary.csv", [DIARY, "2026-11-02,Heat,1995,https://boxd.it/x,4,,,2026-11-01"]);
    expect(told(await parsedConversations(diary))).toEqual([
      [
        "letterboxd:diary:2026-11",
        "Film diary, November 2026",
        [["User", "user", "2026-11-01", "Watched Heat (1995) on Sunday 1 November, rated 4 out of 5."]],
      ],
    ]);
  });

  it("tells its files by their header, and a plain list of films by its name", () => {
    expect(letterboxdKind(`${DIARY}\r\n`, "/x/diary.csv")).toBe("diary");
    expect(letterboxdKind(`${REVIEWS}\r\n`, "/x/reviews.csv")).toBe("reviews");
    expect(letterboxdKind("Date,Name,Year,Letterboxd URI,Rating\r\n", "/x/ratings.csv")).toBe("ratings");
    expect(letterboxdKind(`${FILMS}\r\n`, "/x/watchlist.csv")).toBe("watchlist");
    expect(letterboxdKind(`${FILMS}\r\n`, "/x/watched.csv")).toBe("watched");
    expect(letterboxdKind(`${FILMS}\r\n`, "/x/likes/films.csv")).toBe("likes");
    expect(letterboxdKind(`${FILMS}\r\n`, "/x/films (1).csv")).toBe("films");
    expect(letterboxdKind("Letterboxd list export v7,,,,\r\n", "/x/lists/top.csv")).toBe("list");
    expect(letterboxdKind("Date,Content\r\n", "/x/likes/lists.csv")).toBe("likes");
    // (a "Date,Content" CSV elsewhere is anyone's)
    expect(letterboxdKind("Date,Content\r\n", "/x/journal.csv")).toBeNull();
    expect(letterboxdKind("Date,Name,Year\r\n", "/x/diary.csv")).toBeNull();
  });
});

/**
 * Netflix's viewing history (core/ingest/netflix.ts): the Viewing activity page's NetflixViewingHistory.csv
 * (its days in the account's country's form, no times) and a "Download your personal information" download
 * unzipped (ViewingActivity.csv, Ratings.csv, MyList.csv, SearchHistory.csv), read as notes of the user's: a
 * day of a profile's viewing a note, a show's episodes of the day one paragraph, hooks, trailers and sittings
 * under a minute left out, searches that found what was watched, the ratings and My List one note each;
 * `--me` naming a profile reads only its rows, else every profile is named; told by content alone and in a
 * folder (the download's account, billing, devices, clickstream and guide passed over, said why);
 * importing again adds nothing, a later download only what is new; a bad file refused naming the file, the
 * line and the column, and nothing stored.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { folderFileFormat, importPaths, passedOverInFolder } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { importFile } from "../../core/ingest/import.js";
import {
  NETFLIX_ACTIVITY_COLUMNS,
  NETFLIX_MYLIST_COLUMNS,
  NETFLIX_RATINGS_COLUMNS,
  NETFLIX_SEARCH_COLUMNS,
  netflixKind,
} from "../../core/ingest/media/netflix.js";
import { parseNetflixTitle } from "../../core/ingest/media/netflix-titles.js";
import { detectFormat, parseExport } from "../../core/ingest/parse.js";
import type { ParsedConversation } from "../../core/ingest/kit/types.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-netflix-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

/** A file of the test folder, its text as given. */
function write(name: string, text: string): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** A CSV as Netflix's download writes it: a cell quoted when it holds a comma or a quote; LF line ends. */
function csv(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]) => cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",");
  return `${[line(header), ...rows.map(line)].join("\n")}\n`;
}

/** The page's NetflixViewingHistory.csv: its header, then every cell quoted, newest first. */
function history(rows: ReadonlyArray<readonly [string, string]>): string {
  return `Title,Date\n${rows.map(([t, d]) => `"${t.replace(/"/g, '""')}","${d}"`).join("\n")}\n`;
}

const NONE = "Autoplayed: user action: None; ";
const USER = "Autoplayed: user action: User_Interaction; ";

/** A ViewingActivity.csv row: profile, start, duration, attributes, title, supplemental type, and whether it is not the latest view. */
function view(profile: string, start: string, duration: string, title: string, attributes = "", supplemental = "", notLatest = false): string[] {
  return [
    profile,
    start,
    duration,
    attributes,
    title,
    supplemental,
    "Samsung 2021 Crystal UHD Smart TV",
    duration,
    notLatest ? "Not latest view" : duration,
    "GB (United Kingdom)",
  ];
}

const ACTIVITY_ROWS = [
  view("Priya", "2026-11-28 21:25:40", "00:59:31", "The Crown: Season 6: Ritz (Episode 8)", USER),
  view("Priya", "2026-11-28 20:31:07", "00:52:10", "The Crown: Season 6: Alma Mater (Episode 7)"),
  view("Priya", "2026-11-28 20:30:20", "00:00:31", "The Crown: Season 6: Alma Mater (Episode 7)", NONE, "", true),
  view("Priya", "2026-11-28 20:28:02", "00:01:10", "Adolescence: Limited Series (Trailer)", NONE, "TRAILER"),
  view("Priya", "2026-11-28 20:27:40", "00:00:20", "Ripley_hook_primary_16x9", NONE, "HOOK"),
  view("Priya", "2026-10-16 18:42:05", "02:19:40", "Glass Onion: A Knives Out Mystery"),
  view("Dan", "2026-11-28 22:30:12", "01:05:40", "Squid Game: Season 2: Bread and Lottery (Episode 1)"),
];

/** An unzipped download under `root`: its CONTENT_INTERACTION/ files (ViewingActivity.csv from `activity`) and the account's other folders. */
function download(root: string, activity: string[][] = ACTIVITY_ROWS): string {
  write(`${root}/CONTENT_INTERACTION/ViewingActivity.csv`, csv(NETFLIX_ACTIVITY_COLUMNS, activity));
  write(
    `${root}/CONTENT_INTERACTION/Ratings.csv`,
    csv(NETFLIX_RATINGS_COLUMNS, [
      ["Priya", "Emily in Paris", "thumb", "", "1", "Smart TV", "2026-10-22 19:30:02", ""],
      ["Priya", "The Queen's Gambit", "thumb", "", "3", "Smart TV", "2026-10-10 21:39:02", ""],
      ["Priya", "Bridgerton", "thumb", "", "0", "Smart TV", "2026-10-09 20:00:00", ""],
      ["Dan", "Squid Game", "thumb", "", "2", "iPhone", "2026-11-29 00:37:50", ""],
    ]),
  );
  write(`${root}/CONTENT_INTERACTION/MyList.csv`, csv(NETFLIX_MYLIST_COLUMNS, [["Priya", "Ripley", "United Kingdom", "2026-10-05"]]));
  write(
    `${root}/CONTENT_INTERACTION/SearchHistory.csv`,
    csv(NETFLIX_SEARCH_COLUMNS, [
      ["Priya", "GB", "Web", "0", "knives", "Glass Onion: A Knives Out Mystery", "play", "video_info", "2026-10-16 18:41:50"],
      ["Priya", "GB", "Web", "0", "knives", "Glass Onion: A Knives Out Mystery", "view_video_info", "title_results", "2026-10-16 18:41:31"],
      ["Priya", "GB", "Web", "0", "knives", "Knives Out", "view_suggestion_info", "suggestion_results", "2026-10-16 18:41:20"],
      ["Priya", "GB", "Web", "0", "", "Wednesday", "view_video_info", "popularSearches", "2026-10-16 18:40:02"],
    ]),
  );
  write(`${root}/CONTENT_INTERACTION/IndicatedPreferences.csv`, "Profile Name,Show,Has Watched,Is Interested,Event Date\nPriya,Bluey,,,2019-02-10\n");
  write(
    `${root}/PROFILES/Profiles.csv`,
    '"Profile Name","Email Address","Profile Creation Time","Maturity Level","Primary Lang","Has Auto Playback","Max Stream Quality","Profile Lock Enabled"\n"Priya","","2019-02-10T18:20:04Z","1000000","en-GB","true","UNSPECIFIED","false"\n"Dan","","2019-02-10T18:24:51Z","1000000","en-GB","true","UNSPECIFIED","false"\n',
  );
  write(
    `${root}/PAYMENT_AND_BILLING/BillingHistory.csv`,
    "Transaction Date,Service Period Start Date,Description,Item Price Amt,Currency\n2026-11-10,2026-11-10,SUBSCRIPTION,12.99,GBP\n",
  );
  write(`${root}/ACCOUNT/AccountDetails.csv`, '"First Name","Last Name","Email Address"\n"Priya","Nair","priya@example.co.uk"\n');
  write(
    `${root}/CLICKSTREAM/Clickstream.csv`,
    "Profile Name,Source,Navigation Level,Referrer Url,Webpage Url,Click Utc Ts\nPriya,tvui,search,,,2026-11-14 19:59:12\n",
  );
  write(`${root}/CUSTOMER_SERVICE/ChatTranscripts.txt`, "Agent: Hello, how can I help?\nPriya: I can't sign in on the TV.\n");
  write(`${root}/Cover sheet.pdf`, "%PDF-1.4\n%%EOF\n");
  return join(dir, root);
}

/** Every conversation of `file` read with `--me`. */
async function readAs(file: string, me?: string): Promise<ParsedConversation[]> {
  const out: ParsedConversation[] = [];
  for await (const c of parseExport(file, me ? { me } : {})) out.push(c);
  return out;
}

/** Each note's key and its paragraphs' keys and words. */
function told(conversations: ParsedConversation[]): Array<[string, Array<[string | null, string]>]> {
  return conversations.map((c) => [c.externalId, c.turns.map((t) => [t.externalId, t.text])]);
}

describe("Netflix's titles", () => {
  it("tells an episode by a season part or its number, and a film whole, colons and all", () => {
    expect(parseNetflixTitle("The Crown: Season 6: Ritz (Episode 8)")).toEqual({
      kind: "episode",
      show: "The Crown",
      season: "Season 6",
      episode: "Ritz",
      number: 8,
    });
    expect(parseNetflixTitle("Trollhunters: Tales of Arcadia: Part 2: Homecoming")).toMatchObject({
      show: "Trollhunters: Tales of Arcadia",
      season: "Part 2",
      episode: "Homecoming",
    });
    expect(parseNetflixTitle("Formula 1: Drive to Survive: Season 8: Lights Out (Episode 1)")).toMatchObject({
      show: "Formula 1: Drive to Survive",
      number: 1,
    });
    expect(parseNetflixTitle("Fuller House: Temporada 5: Algo emprestado (Episódio 17)")).toMatchObject({
      show: "Fuller House",
      season: "Temporada 5",
      number: 17,
    });
    expect(parseNetflixTitle("Peaky Blinders: Season 2: Episode 3")).toMatchObject({ show: "Peaky Blinders", episode: null, number: 3 });
    expect(parseNetflixTitle("The Queen's Gambit: Limited Series: Openings (Episode 1)")).toMatchObject({ season: "Limited Series", episode: "Openings" });
    expect(parseNetflixTitle("Glass Onion: A Knives Out Mystery")).toEqual({ kind: "title", name: "Glass Onion: A Knives Out Mystery" });
    expect(parseNetflixTitle("Harry Potter and the Deathly Hallows: Part 2")).toEqual({ kind: "title", name: "Harry Potter and the Deathly Hallows: Part 2" });
    expect(parseNetflixTitle("The Society: How it Happens")).toEqual({ kind: "title", name: "The Society: How it Happens" });
  });
});

describe("a Netflix download", () => {
  const root = download("netflix-report");
  const activity = join(root, "CONTENT_INTERACTION/ViewingActivity.csv");

  it("is told by its files' headers, and not mistaken for another table", async () => {
    for (const name of ["ViewingActivity.csv", "Ratings.csv", "MyList.csv", "SearchHistory.csv"])
      expect(await detectFormat(join(root, "CONTENT_INTERACTION", name))).toBe("netflix");
    expect(netflixKind(csv(NETFLIX_RATINGS_COLUMNS, []), "Ratings.csv")).toBe("ratings");
    // (whatever its name: a copy of the viewing activity outside the download)
    expect(await detectFormat(write("copies/priya-netflix.csv", csv(NETFLIX_ACTIVITY_COLUMNS, ACTIVITY_ROWS.slice(0, 2))))).toBe("netflix");
    expect(await detectFormat(write("other/films.csv", "Title,Date\nDune,2026-11-01\n"))).not.toBe("netflix");
    expect(await detectFormat(write("other/diary.csv", "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\n"))).toBe("letterboxd");
  });

  it("with --me, tells only that profile's viewing, a note per day, a show's episodes of the day together, supplemental videos and short sittings left out", async () => {
    expect(told(await readAs(activity, "priya"))).toEqual([
      [
        "netflix:day:2026-11-28",
        [
          [
            "show The Crown",
            'Watched 2 episodes of "The Crown" on Saturday 28 November: season 6, episode 7 "Alma Mater" (20:31–21:23 UTC) and episode 8 "Ritz" (21:25–22:25 UTC), 1 hour 52 minutes in all.',
          ],
        ],
      ],
      [
        "netflix:day:2026-10-16",
        [
          [
            "title Glass Onion: A Knives Out Mystery",
            'Watched "Glass Onion: A Knives Out Mystery" on Friday 16 October, 18:42–21:01 UTC (2 hours 20 minutes).',
          ],
        ],
      ],
    ]);
    const [note] = await readAs(activity, "Priya");
    expect(note).toMatchObject({
      format: "note",
      title: "Netflix viewing, 28 November 2026",
      participants: ["User"],
      startedAt: Date.UTC(2026, 10, 28, 20, 31, 7),
    });
    expect(note!.turns[0]).toMatchObject({
      speaker: "User",
      role: "user",
      metadata: { line: 3, netflix: { file: "activity", show: "The Crown", episodes: 2, sittings: 2 } },
    });
  });

  it("without --me, tells every profile, each named, in notes of its own", async () => {
    const notes = await parsedConversations(activity);
    expect(notes.map((c) => [c.externalId, c.title])).toEqual([
      ["netflix:day:2026-11-28:Priya", "Netflix viewing, 28 November 2026 (Priya's profile)"],
      ["netflix:day:2026-10-16:Priya", "Netflix viewing, 16 October 2026 (Priya's profile)"],
      ["netflix:day:2026-11-28:Dan", "Netflix viewing, 28 November 2026 (Dan's profile)"],
    ]);
    expect(notes[2]!.turns[0]!.text).toBe(
      'On Dan\'s profile, watched "Squid Game", season 2, episode 1 "Bread and Lottery" on Saturday 28 November, 22:30–23:35 UTC (1 hour 6 minutes).',
    );
    // (a --me naming no profile of the download reads them all, named)
    expect((await readAs(activity, "Somebody")).length).toBe(3);
  });

  it("tells the ratings, My List and the searches that found what was watched", async () => {
    const content = join(root, "CONTENT_INTERACTION");
    expect(told(await readAs(join(content, "Ratings.csv"), "Priya"))).toEqual([
      [
        "netflix:ratings",
        [
          ["rating The Queen's Gambit", 'Gave "The Queen\'s Gambit" two thumbs up on Netflix on Saturday 10 October.'],
          ["rating Emily in Paris", 'Gave "Emily in Paris" a thumbs down on Netflix on Thursday 22 October.'],
        ],
      ],
    ]);
    expect(told(await readAs(join(content, "MyList.csv"), "Priya"))).toEqual([
      ["netflix:mylist", [["list Ripley", 'Added "Ripley" to my Netflix list on Monday 5 October.']]],
    ]);
    expect(told(await readAs(join(content, "SearchHistory.csv"), "Priya"))).toEqual([
      ["netflix:day:2026-10-16", [["search knives", 'Searched Netflix for "knives" on Friday 16 October and played "Glass Onion: A Knives Out Mystery".']]],
    ]);
  });

  it("in a folder, reads its viewing, ratings, list and searches, and passes over the account's other data, said why", async () => {
    const listed = importPaths(root).map((p) => p.file.slice(root.length + 1));
    expect(listed).toContain("CONTENT_INTERACTION/ViewingActivity.csv");
    expect(listed).toContain("PAYMENT_AND_BILLING/BillingHistory.csv");
    for (const name of ["ViewingActivity.csv", "Ratings.csv", "MyList.csv", "SearchHistory.csv"])
      expect(await folderFileFormat(join(root, "CONTENT_INTERACTION", name))).toBe("netflix");
    const why = async (name: string) => passedOverInFolder(join(root, name));
    expect(await why("PAYMENT_AND_BILLING/BillingHistory.csv")).toMatch(/payments for the Netflix membership/);
    expect(await why("ACCOUNT/AccountDetails.csv")).toMatch(/account's details/);
    expect(await why("CLICKSTREAM/Clickstream.csv")).toMatch(/every click/);
    expect(await why("CUSTOMER_SERVICE/ChatTranscripts.txt")).toMatch(/customer service/);
    expect(await why("PROFILES/Profiles.csv")).toMatch(/profiles' settings/);
    expect(await why("CONTENT_INTERACTION/IndicatedPreferences.csv")).toMatch(/asked a profile about/);
    expect(await why("Cover sheet.pdf")).toMatch(/guide to the files/);
    expect(await folderFileFormat(join(root, "Cover sheet.pdf"))).toBeNull();
    // (alone, such a file is refused as no note, saying why)
    const err = await importErrorOf(parsedConversations(join(root, "PAYMENT_AND_BILLING/BillingHistory.csv")));
    expect(err.message).toMatch(/the note has no text: the payments for the Netflix membership/);
  });

  it("adds nothing when imported again, and from a later download only what is new", async () => {
    const db = openDatabase(join(dir, "later.db"));
    try {
      const first = join(download("later-1"), "CONTENT_INTERACTION/ViewingActivity.csv");
      expect(await importFile(db, embedder, first, { me: "Priya" })).toMatchObject({ format: "netflix", added: 2, duplicates: 0 });
      expect(await importFile(db, embedder, first, { me: "Priya" })).toMatchObject({ added: 0, duplicates: 2 });
      const later = join(
        download("later-2", [view("Priya", "2026-11-29 19:02:00", "00:51:00", "The Crown: Season 6: Hope Street (Episode 9)"), ...ACTIVITY_ROWS]),
        "CONTENT_INTERACTION/ViewingActivity.csv",
      );
      expect(await importFile(db, embedder, later, { me: "Priya" })).toMatchObject({ added: 1, duplicates: 2 });
    } finally {
      db.close();
    }
  });
});

describe("the Viewing activity page's NetflixViewingHistory.csv", () => {
  it("reads a US account's days, month first, a day's episodes of a show together, newest last", async () => {
    const file = write(
      "us/NetflixViewingHistory.csv",
      history([
        ["The Crown: Season 6: Ritz", "11/28/26"],
        ["The Crown: Season 6: Alma Mater", "11/28/26"],
        ["Glass Onion: A Knives Out Mystery", "10/16/26"],
        ["The Crown: Season 6: Persona Non Grata", "11/14/26"],
      ]),
    );
    expect(await detectFormat(file)).toBe("netflix");
    expect(told(await parsedConversations(file))).toEqual([
      ["netflix:history:2026-11-28", [["show The Crown", 'Watched 2 episodes of "The Crown" on Saturday 28 November: season 6, "Alma Mater" and "Ritz".']]],
      ["netflix:history:2026-10-16", [["title Glass Onion: A Knives Out Mystery", 'Watched "Glass Onion: A Knives Out Mystery" on Friday 16 October.']]],
      ["netflix:history:2026-11-14", [["show The Crown", 'Watched "The Crown", season 6, "Persona Non Grata" on Saturday 14 November.']]],
    ]);
  });

  it("reads a UK account's days day first, a Finnish account's dotted days, and a day first told by its numbers", async () => {
    const uk = write("uk/NetflixViewingHistory.csv", history([["His House", "31/10/2026"]]));
    expect((await parsedConversations(uk))[0]!.turns[0]!.occurredAt).toBe(Date.UTC(2026, 9, 31, 12));
    const fi = write("fi/NetflixViewingHistory.csv", history([["S.W.A.T.: Kausi 4: Lockdown", "14.7.2022"]]));
    expect((await parsedConversations(fi))[0]!.turns[0]!.text).toBe('Watched "S.W.A.T.", Kausi 4, "Lockdown" on Thursday 14 July.');
    const ambiguous = write(
      "uk2/NetflixViewingHistory.csv",
      history([
        ["Ripley", "05/10/2026"],
        ["His House", "13/09/2026"],
      ]),
    );
    expect((await parsedConversations(ambiguous))[0]!.externalId).toBe("netflix:history:2026-10-05");
  });

  it("refuses a day that is none, or days of both orders, naming the line, and stores nothing", async () => {
    const bad = write(
      "bad/NetflixViewingHistory.csv",
      history([
        ["Ripley", "5/10/2026"],
        ["His House", "31/02/2026"],
      ]),
    );
    expect((await importErrorOf(parsedConversations(bad))).message).toBe(
      'NetflixViewingHistory.csv: line 3: Date "31/02/2026": expected a day as Netflix writes it for the account\'s country ("11/14/26", "14/11/2026")',
    );
    const mixed = write(
      "mixed/NetflixViewingHistory.csv",
      history([
        ["Ripley", "10/21/26"],
        ["His House", "21/10/2026"],
      ]),
    );
    expect((await importErrorOf(parsedConversations(mixed))).location).toBe("line 3");
    const db = openDatabase(join(dir, "bad.db"));
    try {
      await expect(importFile(db, embedder, bad)).rejects.toThrow(/line 3/);
      expect(db.prepare("SELECT count(*) FROM sources").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});

describe("a bad download's file", () => {
  it("is refused naming the line and the column", async () => {
    const badTime = write("bad-dl/a/ViewingActivity.csv", csv(NETFLIX_ACTIVITY_COLUMNS, [view("Priya", "28/11/2026 20:31", "00:52:10", "His House")]));
    expect((await importErrorOf(parsedConversations(badTime))).message).toBe(
      'ViewingActivity.csv: line 2: Start Time "28/11/2026 20:31": expected a time as Netflix writes it, "2026-11-14 20:31:07" (UTC)',
    );
    const badDuration = write("bad-dl/b/ViewingActivity.csv", csv(NETFLIX_ACTIVITY_COLUMNS, [view("Priya", "2026-11-28 20:31:07", "52 min", "His House")]));
    expect((await importErrorOf(parsedConversations(badDuration))).message).toMatch(/line 2: Duration "52 min"/);
    const badThumbs = write("bad-dl/c/Ratings.csv", csv(NETFLIX_RATINGS_COLUMNS, [["Priya", "Ripley", "thumb", "", "5", "TV", "2026-10-05 20:00:00", ""]]));
    expect((await importErrorOf(parsedConversations(badThumbs))).message).toMatch(/line 2: Thumbs Value "5": expected 1 \(thumbs down\)/);
    const missing = write("bad-dl/d/ViewingActivity.csv", "Profile Name,Start Time,Title,Supplemental Video Type\nPriya,2026-11-28 20:31:07,His House,\n");
    expect(await importErrorOf(parsedConversations(missing, "netflix"))).toMatchObject({ location: "line 1" });
    const trailers = write(
      "bad-dl/e/ViewingActivity.csv",
      csv(NETFLIX_ACTIVITY_COLUMNS, [view("Priya", "2026-11-28 20:28:02", "00:01:10", "Trailer: Ripley", NONE, "TRAILER")]),
    );
    expect((await importErrorOf(parsedConversations(trailers))).message).toMatch(
      /the note has no text: a Netflix viewing activity with no viewing of a minute or more/,
    );
  });
});

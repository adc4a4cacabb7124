/**
 * MyAnimeList's list export (core/ingest/media/myanimelist.ts): the anime list as it downloads, gzipped
 * (`animelist_<epoch>_-_<user id>.xml.gz`), and the manga list gunzipped, each read as one note of the user's
 * records, each entry a paragraph of where it is on the list (watching, completed, on hold, dropped, plan to
 * watch; episodes or chapters of how many, the score, the times rewatched, the tags) of the export's time, the
 * user's comments, and the days started and finished as paragraphs of their own days; told by its content
 * whatever its name, never taken for its neighbours (SMS Backup & Restore, Overcast's OPML, Evernote), alone, with
 * --format and in a folder (another gzipped file and an empty list passed over, said why); importing again adds
 * nothing, a later export only what changed; a bad file refused naming the file and the line and element, and
 * nothing stored.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, passedOverInFolder, whyPassedOver } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { importFile } from "../../core/ingest/import.js";
import type { ParsedConversation } from "../../core/ingest/kit/types.js";
import { isMyAnimeListExport, MAX_ENTRY_CHARS } from "../../core/ingest/media/myanimelist.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-myanimelist-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

/** An anime as the export writes it: its elements in MyAnimeList's order, tab-indented; `over` replaces any. */
function anime(over: Record<string, string>): string {
  const el: Record<string, string> = {
    series_animedb_id: "0",
    series_title: "",
    series_type: "TV",
    series_episodes: "0",
    my_id: "0",
    my_watched_episodes: "0",
    my_start_date: "0000-00-00",
    my_finish_date: "0000-00-00",
    my_rated: "",
    my_score: "0",
    my_storage: "",
    my_storage_value: "0.00",
    my_status: "Plan to Watch",
    my_comments: "",
    my_times_watched: "0",
    my_rewatch_value: "",
    my_priority: "LOW",
    my_tags: "",
    my_rewatching: "0",
    my_rewatching_ep: "0",
    my_discuss: "1",
    my_sns: "default",
    update_on_import: "0",
    ...over,
  };
  const cdata = new Set(["series_title", "my_comments", "my_tags"]);
  const lines = Object.entries(el).map(([k, v]) => `\t\t\t\t\t<${k}>${cdata.has(k) ? `<![CDATA[${v}]]>` : v}</${k}>`);
  return ["\t\t\t\t<anime>", ...lines, "\t\t\t\t</anime>", "\t\t\t"].join("\n");
}

/** A manga as the export writes it. */
function manga(over: Record<string, string>): string {
  const el: Record<string, string> = {
    manga_mangadb_id: "0",
    manga_title: "",
    manga_volumes: "0",
    manga_chapters: "0",
    my_id: "0",
    my_read_volumes: "0",
    my_read_chapters: "0",
    my_start_date: "0000-00-00",
    my_finish_date: "0000-00-00",
    my_scanalation_group: "",
    my_score: "0",
    my_storage: "",
    my_retail_volumes: "0",
    my_status: "Plan to Read",
    my_comments: "",
    my_times_read: "0",
    my_tags: "",
    my_priority: "Low",
    my_reread_value: "",
    my_rereading: "NO",
    my_discuss: "YES",
    my_sns: "default",
    update_on_import: "0",
    ...over,
  };
  const cdata = new Set(["manga_title", "my_comments", "my_tags", "my_scanalation_group"]);
  const lines = Object.entries(el).map(([k, v]) => `\t\t\t\t\t<${k}>${cdata.has(k) ? `<![CDATA[${v}]]>` : v}</${k}>`);
  return ["\t\t\t\t<manga>", ...lines, "\t\t\t\t</manga>", "\t\t\t"].join("\n");
}

/** A list's export: the declaration, MyAnimeList's comment, `<myinfo>` (none when `info` is null), the entries. */
function exportXml(kind: "anime" | "manga", entries: string[], info: { id: string; name: string } | null = { id: "8817342", name: "harukabristol" }): string {
  return [
    '<?xml version="1.0" encoding="UTF-8" ?>',
    "\t\t<!--",
    "\t\t Created by XML Export feature at MyAnimeList.net",
    "\t\t Version 1.1.0",
    "\t\t-->",
    "\t\t<myanimelist>",
    ...(info
      ? [
          "\t\t\t<myinfo>",
          `\t\t\t\t<user_id>${info.id}</user_id>`,
          `\t\t\t\t<user_name>${info.name}</user_name>`,
          `\t\t\t\t<user_export_type>${kind === "anime" ? 1 : 2}</user_export_type>`,
          `\t\t\t\t<user_total_${kind}>${entries.length}</user_total_${kind}>`,
          "\t\t\t</myinfo>",
        ]
      : []),
    ...entries,
    "\t\t</myanimelist>",
    "",
  ].join("\n");
}

/** Writes `name` in the test folder: `text`, gzipped when the name ends .gz; its modification time `mtime` when given. */
function write(name: string, text: string, mtime?: number): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, name.endsWith(".gz") ? gzipSync(text) : text);
  if (mtime !== undefined) utimesSync(file, new Date(mtime), new Date(mtime));
  return file;
}

const FRIEREN = anime({
  series_animedb_id: "52991",
  series_title: "Sousou no Frieren",
  series_episodes: "28",
  my_watched_episodes: "28",
  my_start_date: "2025-12-02",
  my_finish_date: "2026-03-14",
  my_score: "10",
  my_status: "Completed",
  my_comments: "Cried at every Himmel flashback.\nStark and Fern's birthday episode is my favourite.",
  my_tags: "fantasy, comfy",
});
const ONE_PIECE = anime({
  series_animedb_id: "21",
  series_title: "One Piece",
  my_watched_episodes: "1089",
  my_start_date: "2025-06-15",
  my_score: "9",
  my_status: "Watching",
  my_tags: "long-runner, with-Dad",
});
const SOLO = anime({
  series_animedb_id: "52299",
  series_title: "Ore dake Level Up na Ken",
  series_episodes: "12",
  my_watched_episodes: "4",
  my_start_date: "2026-02-02",
  my_score: "5",
  my_status: "Dropped",
});
const KUSURIYA = anime({
  series_animedb_id: "54492",
  series_title: "Kusuriya no Hitorigoto",
  series_episodes: "24",
  my_priority: "HIGH",
  my_comments: "Aiko from book club says it's like a palace mystery novel.",
});
const BEBOP = anime({
  series_animedb_id: "1",
  series_title: "Cowboy Bebop",
  series_episodes: "26",
  my_watched_episodes: "26",
  my_score: "10",
  my_status: "Completed",
  my_times_watched: "1",
  my_rewatching: "1",
});
const KOE = anime({
  series_animedb_id: "28851",
  series_title: "Koe no Katachi",
  series_type: "Movie",
  series_episodes: "1",
  my_watched_episodes: "1",
  my_start_date: "2026-08-15",
  my_finish_date: "2026-08-15",
  my_score: "9",
  my_status: "Completed",
  my_times_watched: "2",
});
const DUNGEON = anime({
  series_animedb_id: "52701",
  series_title: "Dungeon Meshi",
  series_episodes: "24",
  my_watched_episodes: "13",
  my_start_date: "2026-06-10",
  my_score: "8",
  my_status: "On-Hold",
});

/** The anime list's export time: Sunday 6 December 2026, 10:14:33 UTC, the epoch its name holds. */
const EXPORTED = Date.UTC(2026, 11, 6, 10, 14, 33);

/** Each conversation's key, title and records, and its turns' id, speaker, role, day and text. */
function told(notes: ParsedConversation[]): Array<[string, string | null, string | undefined, Array<[string | null, string, string, string, string]>]> {
  return notes.map((n) => [
    n.externalId,
    n.title,
    n.records,
    n.turns.map((t): [string | null, string, string, string, string] => [
      t.externalId,
      t.speaker,
      t.role,
      new Date(t.occurredAt).toISOString().slice(0, 10),
      t.text,
    ]),
  ]);
}

describe("MyAnimeList's anime list, as it downloads (gzipped)", () => {
  it("reads each entry as the list has it, the user's comments, and the days started and finished, in the list's order", async () => {
    const file = write(`anime/animelist_${EXPORTED / 1000}_-_8817342.xml.gz`, exportXml("anime", [BEBOP, DUNGEON, KOE, KUSURIYA, ONE_PIECE, SOLO, FRIEREN]));
    expect(await detectFormat(file)).toBe("myanimelist");
    const notes = await parsedConversations(file);
    const exported = "2026-12-06";
    expect(told(notes)).toEqual([
      [
        "myanimelist:8817342:anime",
        "MyAnimeList anime list",
        "log",
        [
          [
            "anime 1",
            "User",
            "user",
            exported,
            "I've completed the anime Cowboy Bebop (TV, 26 episodes) on MyAnimeList, all 26 episodes, rewatched it once, and I'm rewatching it now; I scored it 10 out of 10.",
          ],
          [
            "anime 52701",
            "User",
            "user",
            exported,
            "I've put the anime Dungeon Meshi (TV, 24 episodes) on hold on MyAnimeList after 13 of 24 episodes; I scored it 8 out of 10.",
          ],
          ["anime 52701 started", "User", "user", "2026-06-10", "Started watching the anime Dungeon Meshi on Wednesday 10 June."],
          [
            "anime 28851",
            "User",
            "user",
            exported,
            "I've completed the anime Koe no Katachi (a film) on MyAnimeList, rewatched it twice; I scored it 9 out of 10.",
          ],
          ["anime 28851 started", "User", "user", "2026-08-15", "Started watching the anime Koe no Katachi on Saturday 15 August."],
          ["anime 28851 finished", "User", "user", "2026-08-15", "Finished watching the anime Koe no Katachi on Saturday 15 August."],
          [
            "anime 54492",
            "User",
            "user",
            exported,
            "I plan to watch the anime Kusuriya no Hitorigoto (TV, 24 episodes), on my MyAnimeList list, high priority.",
          ],
          [
            "anime 54492 comments",
            "User",
            "user",
            exported,
            "My comments on the anime Kusuriya no Hitorigoto (TV, 24 episodes) on MyAnimeList: Aiko from book club says it's like a palace mystery novel.",
          ],
          // (a show still airing: MyAnimeList writes 0 episodes, not known)
          [
            "anime 21",
            "User",
            "user",
            exported,
            "I'm watching the anime One Piece (TV) on MyAnimeList, 1089 episodes so far; I scored it 9 out of 10; tags: long-runner, with-Dad.",
          ],
          ["anime 21 started", "User", "user", "2025-06-15", "Started watching the anime One Piece on Sunday 15 June."],
          [
            "anime 52299",
            "User",
            "user",
            exported,
            "I dropped the anime Ore dake Level Up na Ken (TV, 12 episodes) on MyAnimeList after 4 of 12 episodes; I scored it 5 out of 10.",
          ],
          ["anime 52299 started", "User", "user", "2026-02-02", "Started watching the anime Ore dake Level Up na Ken on Monday 2 February."],
          [
            "anime 52991",
            "User",
            "user",
            exported,
            "I've completed the anime Sousou no Frieren (TV, 28 episodes) on MyAnimeList, all 28 episodes; I scored it 10 out of 10; tags: fantasy, comfy.",
          ],
          [
            "anime 52991 comments",
            "User",
            "user",
            exported,
            "My comments on the anime Sousou no Frieren (TV, 28 episodes) on MyAnimeList: Cried at every Himmel flashback.\nStark and Fern's birthday episode is my favourite.",
          ],
          ["anime 52991 started", "User", "user", "2025-12-02", "Started watching the anime Sousou no Frieren on Tuesday 2 December."],
          ["anime 52991 finished", "User", "user", "2026-03-14", "Finished watching the anime Sousou no Frieren on Saturday 14 March."],
        ],
      ],
    ]);
    // (the entry and its comments as of the export, marked undated; the days their own; the entry's line in the inflated text)
    const frieren = notes[0]!.turns.filter((t) => t.externalId?.startsWith("anime 52991"));
    expect(frieren.map((t) => [t.externalId, t.metadata.undated ?? false, new Date(t.occurredAt).toISOString()])).toEqual([
      ["anime 52991", true, "2026-12-06T10:14:33.000Z"],
      ["anime 52991 comments", true, "2026-12-06T10:14:33.000Z"],
      ["anime 52991 started", false, "2025-12-02T12:00:00.000Z"],
      ["anime 52991 finished", false, "2026-03-14T12:00:00.000Z"],
    ]);
    expect(frieren[0]!.metadata).toEqual({
      line: 169,
      undated: true,
      myanimelist: {
        list: "anime",
        id: 52991,
        title: "Sousou no Frieren",
        type: "TV",
        episodes: 28,
        watched: 28,
        started: "2025-12-02",
        finished: "2026-03-14",
        score: 10,
        status: "Completed",
        tags: ["fantasy", "comfy"],
      },
    });
    expect(notes.map((n) => [n.format, n.participants])).toEqual([["note", ["User"]]]);
    expect(await validateExport(file)).toMatchObject({ format: "myanimelist", conversations: 1, turns: 16 });
    expect(await checkImportFile(file)).toBe("myanimelist");
  });
});

describe("MyAnimeList's manga list, gunzipped", () => {
  it("reads chapters and volumes, a day whose day or month is not known, and a copy with no <myinfo>, whatever the file's name", async () => {
    const entries = [
      manga({
        manga_mangadb_id: "2",
        manga_title: "Berserk",
        my_read_volumes: "41",
        my_read_chapters: "364",
        my_start_date: "2025-09-00",
        my_score: "10",
        my_status: "On-Hold",
        my_comments: "Stopped after re-reading the Eclipse.",
        my_tags: "dark-fantasy",
      }),
      manga({ manga_mangadb_id: "104565", manga_title: "Blue Period", my_tags: "art" }),
      manga({
        manga_mangadb_id: "85781",
        manga_title: "Dungeon Meshi",
        manga_volumes: "14",
        manga_chapters: "97",
        my_read_volumes: "14",
        my_read_chapters: "97",
        my_start_date: "2026-07-01",
        my_finish_date: "2026-08-02",
        my_score: "10",
        my_status: "Completed",
        my_times_read: "1",
      }),
      manga({
        manga_mangadb_id: "113138",
        manga_title: "Jujutsu Kaisen",
        manga_volumes: "30",
        manga_chapters: "271",
        my_read_volumes: "24",
        my_read_chapters: "221",
        my_start_date: "2025-00-00",
        my_finish_date: "2026-10-11",
        my_score: "6",
        my_status: "Dropped",
      }),
      manga({ manga_mangadb_id: "104", manga_title: "Yotsuba to!", my_read_volumes: "15", my_read_chapters: "117", my_status: "Reading" }),
    ];
    // (CRLF line ends, as a file saved again on Windows; the name says nothing)
    const file = write("manga/my list.xml", exportXml("manga", entries, null).replace(/\n/g, "\r\n"), Date.UTC(2026, 11, 6, 10, 15));
    expect(await detectFormat(file)).toBe("myanimelist");
    const notes = await parsedConversations(file);
    expect(told(notes).map(([key, title, records, turns]) => [key, title, records, turns.map(([id, , , day, text]) => [id, day, text])])).toEqual([
      [
        "myanimelist:me:manga",
        "MyAnimeList manga list",
        "log",
        [
          [
            "manga 2",
            "2026-12-06",
            "I've put the manga Berserk on hold on MyAnimeList at chapter 364, volume 41; I scored it 10 out of 10; tags: dark-fantasy.",
          ],
          ["manga 2 comments", "2026-12-06", "My comments on the manga Berserk on MyAnimeList: Stopped after re-reading the Eclipse."],
          ["manga 2 started", "2025-09-01", "Started reading the manga Berserk in September."],
          ["manga 104565", "2026-12-06", "I plan to read the manga Blue Period, on my MyAnimeList list; tags: art."],
          [
            "manga 85781",
            "2026-12-06",
            "I've completed the manga Dungeon Meshi (14 volumes, 97 chapters) on MyAnimeList, all 97 chapters in 14 volumes, reread it once; I scored it 10 out of 10.",
          ],
          ["manga 85781 started", "2026-07-01", "Started reading the manga Dungeon Meshi on Wednesday 1 July."],
          ["manga 85781 finished", "2026-08-02", "Finished reading the manga Dungeon Meshi on Sunday 2 August."],
          [
            "manga 113138",
            "2026-12-06",
            "I dropped the manga Jujutsu Kaisen (30 volumes, 271 chapters) on MyAnimeList at chapter 221 of 271, volume 24 of 30; I scored it 6 out of 10.",
          ],
          ["manga 113138 started", "2025-01-01", "Started reading the manga Jujutsu Kaisen in 2025."],
          ["manga 113138 finished", "2026-10-11", "Dropped the manga Jujutsu Kaisen on Sunday 11 October."],
          ["manga 104", "2026-12-06", "I'm reading the manga Yotsuba to! on MyAnimeList, at chapter 117, volume 15."],
        ],
      ],
    ]);
    expect(notes[0]!.turns[6]!.metadata.myanimelist).toEqual({
      list: "manga",
      id: 85781,
      title: "Dungeon Meshi",
      chapters: 97,
      volumes: 14,
      read: 97,
      volumesRead: 14,
      started: "2026-07-01",
      finished: "2026-08-02",
      score: 10,
      status: "Completed",
      times: 1,
    });
  });

  it("reads what another site's copy of the shape holds: elements left out, the older API's numbers, entities outside CDATA", async () => {
    const file = write(
      "copy/anilist-anime.xml",
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<myanimelist>",
        "  <myinfo><user_id /><user_name>kirbon</user_name><user_export_type>1</user_export_type></myinfo>",
        "  <anime>",
        "    <series_animedb_id>9253</series_animedb_id>",
        "    <series_title>Steins;Gate &amp; more</series_title>",
        "    <series_episodes>24</series_episodes>",
        "    <my_watched_episodes>24</my_watched_episodes>",
        "    <my_score>8.5</my_score>",
        "    <my_status>2</my_status>",
        "    <my_rewatching>NO</my_rewatching>",
        "  </anime>",
        "</myanimelist>",
      ].join("\n"),
      EXPORTED,
    );
    const notes = await parsedConversations(file);
    expect(told(notes)).toEqual([
      [
        "myanimelist:kirbon:anime",
        "MyAnimeList anime list",
        "log",
        [
          [
            "anime 9253",
            "User",
            "user",
            "2026-12-06",
            "I've completed the anime Steins;Gate & more (24 episodes) on MyAnimeList, all 24 episodes; I scored it 8.5 out of 10.",
          ],
        ],
      ],
    ]);
  });

  it("is told by its root, and its neighbours' exports are not taken for it", () => {
    expect(isMyAnimeListExport(exportXml("anime", [FRIEREN]))).toBe(true);
    expect(isMyAnimeListExport('\uFEFF<?xml version="1.0"?>\n<myanimelist>\n</myanimelist>')).toBe(true);
    expect(isMyAnimeListExport("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"1\">")).toBe(false);
    expect(isMyAnimeListExport('<?xml version="1.0" encoding="utf-8"?>\n<opml version="1.0"><head><title>Overcast Podcast Subscriptions</title>')).toBe(false);
    expect(isMyAnimeListExport('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE en-export SYSTEM "x">\n<en-export>')).toBe(false);
    // (a tag merely named so, further in, is no root)
    expect(isMyAnimeListExport("<root><myanimelist></myanimelist></root>")).toBe(false);
  });
});

describe("a MyAnimeList export in a folder", () => {
  it("reads both lists, gzipped or not, and passes over another gzipped file and an empty list, saying why", async () => {
    const folder = join(dir, "MyAnimeList export");
    write(`MyAnimeList export/animelist_${EXPORTED / 1000}_-_8817342.xml.gz`, exportXml("anime", [FRIEREN]));
    write(`MyAnimeList export/mangalist_${EXPORTED / 1000 + 8}_-_8817342.xml`, exportXml("manga", [manga({ manga_mangadb_id: "2", manga_title: "Berserk" })]));
    write("MyAnimeList export/mangalist_1796552090_-_8817342 (1).xml.gz", exportXml("manga", []));
    write("MyAnimeList export/backup.tar.gz", "not MyAnimeList's\n");
    const files = importPaths(folder).map((p) => p.file);
    expect(files.map((f) => f.slice(folder.length + 1))).toEqual([
      "animelist_1796552073_-_8817342.xml.gz",
      "backup.tar.gz",
      "mangalist_1796552081_-_8817342.xml",
      "mangalist_1796552090_-_8817342 (1).xml.gz",
    ]);
    expect(await Promise.all(files.map((f) => folderFileFormat(f)))).toEqual(["myanimelist", null, "myanimelist", "myanimelist"]);
    expect(await passedOverInFolder(files[1]!)).toBe(
      "a gzipped file that is no MyAnimeList list export: Engram reads no other gzipped file (gunzip it to import what it holds)",
    );
    const err = await checkImportFile(files[3]!, "myanimelist").catch((e: unknown) => e);
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe("a MyAnimeList manga list with no entries, no note");
  });

  it("is read as chosen with --format, and a file that is no MyAnimeList export is refused as one", async () => {
    const gz = write("format/list.gz", exportXml("anime", [FRIEREN]));
    expect(await validateExport(gz, { format: "myanimelist" })).toMatchObject({ format: "myanimelist", conversations: 1, turns: 4 });
    const plain = write("format/list.txt", exportXml("anime", [FRIEREN]));
    expect(await validateExport(plain, { format: "myanimelist" })).toMatchObject({ format: "myanimelist", conversations: 1, turns: 4 });
    const sms = write("format/sms.xml", '<?xml version="1.0"?>\n<smses count="0">\n</smses>\n');
    expect((await importErrorOf(validateExport(sms, { format: "myanimelist" }))).message).toBe(
      "sms.xml: line 2: its root is <smses>, not <myanimelist>: not MyAnimeList's list export",
    );
    const notes = write("format/notes.gz", "Groceries: eggs, milk\n");
    expect((await importErrorOf(validateExport(notes, { format: "myanimelist" }))).message).toBe(
      "notes.gz: line 1: no <myanimelist> element: not MyAnimeList's list export",
    );
    // (not given the format, a gzipped file that is no list is no text file)
    expect((await importErrorOf(detectFormat(notes))).message).toMatch(/^notes\.gz: byte \d+: not a text file/);
  });
});

describe("importing MyAnimeList's lists again", () => {
  it("adds nothing the second time, and from a later export only the entries changed, each a new version of its paragraph", async () => {
    const db = openDatabase(join(dir, "later.db"));
    try {
      const first = write(`later/1/animelist_${EXPORTED / 1000}_-_8817342.xml.gz`, exportXml("anime", [ONE_PIECE, SOLO, FRIEREN]));
      expect(await importFile(db, embedder, first)).toMatchObject({ format: "myanimelist", added: 8, duplicates: 0 });
      expect(await importFile(db, embedder, first)).toMatchObject({ added: 0, duplicates: 8 });
      // (a month later: 13 more episodes of One Piece, Frieren and the dropped show as they were, and a show started since)
      const later = write(
        `later/2/animelist_${EXPORTED / 1000 + 30 * 86400}_-_8817342.xml.gz`,
        exportXml("anime", [
          ONE_PIECE.replace("<my_watched_episodes>1089<", "<my_watched_episodes>1102<"),
          SOLO,
          FRIEREN,
          anime({
            series_animedb_id: "59978",
            series_title: "Sousou no Frieren 2nd Season",
            series_episodes: "10",
            my_watched_episodes: "1",
            my_start_date: "2027-01-02",
            my_status: "Watching",
          }),
        ]),
      );
      expect(await importFile(db, embedder, later)).toMatchObject({ added: 3, duplicates: 7 });
      const onePiece = db.prepare("SELECT text FROM sources WHERE external_id = 'anime 21' ORDER BY id").pluck().all() as string[];
      expect(onePiece).toEqual([
        "I'm watching the anime One Piece (TV) on MyAnimeList, 1089 episodes so far; I scored it 9 out of 10; tags: long-runner, with-Dad.",
        "I'm watching the anime One Piece (TV) on MyAnimeList, 1102 episodes so far; I scored it 9 out of 10; tags: long-runner, with-Dad.",
      ]);
    } finally {
      db.close();
    }
  });
});

describe("a bad MyAnimeList export", () => {
  it("names the file, the line and the element, and stores nothing", async () => {
    const list = (entry: string) => exportXml("anime", [FRIEREN, entry]);
    // (the second entry starts on line 40 of the export: 12 lines before the first, Frieren's 26 and its comments' second line)
    const cases: Array<[string, string, string]> = [
      ["score.xml", list(SOLO.replace("<my_score>5<", "<my_score>11<")), 'score.xml: line 40: my_score "11": expected a score from 1 to 10, or 0 for none'],
      [
        "day.xml",
        list(SOLO.replace("2026-02-02", "02/02/2026")),
        'day.xml: line 40: my_start_date "02/02/2026": expected a day as MyAnimeList writes it, "2026-09-01", or 0000-00-00',
      ],
      [
        "no-such-day.xml",
        list(SOLO.replace("2026-02-02", "2026-02-30")),
        'no-such-day.xml: line 40: my_start_date "2026-02-30": expected a day as MyAnimeList writes it, "2026-09-01", or 0000-00-00',
      ],
      [
        "status.xml",
        list(SOLO.replace("<my_status>Dropped<", "<my_status>Abandoned<")),
        'status.xml: line 40: my_status "Abandoned": expected Watching, Completed, On-Hold, Dropped or Plan to Watch',
      ],
      ["title.xml", list(SOLO.replace("Ore dake Level Up na Ken", " ")), "title.xml: line 40: the anime has no series_title: expected its title"],
      [
        "count.xml",
        list(SOLO.replace("<my_watched_episodes>4<", "<my_watched_episodes>four<")),
        'count.xml: line 40: my_watched_episodes "four": expected a whole number, "12"',
      ],
      [
        "id.xml",
        list(SOLO.replace("<series_animedb_id>52299<", "<series_animedb_id>ABC<")),
        'id.xml: line 40: series_animedb_id "ABC": expected MyAnimeList\'s id of the anime, "52991"',
      ],
      [
        "long.xml",
        list(SOLO.replace("<my_comments><![CDATA[]]>", `<my_comments><![CDATA[${"a".repeat(MAX_ENTRY_CHARS + 1)}]]>`)),
        "long.xml: line 40: the anime holds over 1,048,576 characters: no list's entry is so long",
      ],
      [
        "cut.xml",
        exportXml("anime", [FRIEREN]).replace("\t\t</myanimelist>\n", ""),
        "cut.xml: line 40: the file ends before </myanimelist>: the export is cut short (export it again from myanimelist.net/panel.php?go=export)",
      ],
      [
        "root.xml",
        '<?xml version="1.0"?>\n<rss version="2.0"></rss>\n',
        "root.xml: line 2: its root is <rss>, not <myanimelist>: not MyAnimeList's list export",
      ],
      ["empty.xml", exportXml("anime", []), "empty.xml: line 14: the note has no text: a MyAnimeList anime list with no entries"],
    ];
    for (const [name, text, message] of cases) {
      const err = await importErrorOf(validateExport(write(`bad/${name}`, text), { format: "myanimelist" }));
      expect([err.name, err.message]).toEqual(["ImportError", message]);
    }
    // (gzipped data cut short, as a download stopped partway: named at the byte read)
    const whole = gzipSync(list(SOLO));
    const cutGz = join(dir, "bad/animelist_1796552073_-_8817342.xml.gz");
    writeFileSync(cutGz, whole.subarray(0, whole.length - 40));
    const cut = await importErrorOf(validateExport(cutGz));
    expect(cut.message).toMatch(
      /^animelist_1796552073_-_8817342\.xml\.gz: byte \d+: the gzipped data is damaged or cut short \(.+\): download the file again$/,
    );
    const db = openDatabase(join(dir, "bad.db"));
    try {
      await expect(importFile(db, embedder, join(dir, "bad/score.xml"))).rejects.toThrow(/line 40/);
      await expect(importFile(db, embedder, cutGz)).rejects.toThrow(/cut short/);
      expect(db.prepare("SELECT count(*) FROM sources").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});

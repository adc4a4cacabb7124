/**
 * The otaku: Haruka, in Bristol, keeps her anime and manga on MyAnimeList through a year, from One Piece
 * with her dad on Sunday nights (started in June 2025, 1089 episodes in) to Frieren (finished on Saturday
 * 14 March 2026, a 10), Chainsaw Man (a 7), Vinland Saga's second season, two shows dropped (Solo Leveling
 * after 4 episodes, Kaiju No. 8 after 6), Dungeon Meshi put on hold when her Netflix lapsed (and its manga
 * read to the end instead), films with Jun, Cowboy Bebop being rewatched with him, and a few shows to watch
 * (one Aiko from book club recommended). She scores, tags and comments on most. On Sunday 6 December 2026
 * she exports both lists (myanimelist.net/panel.php?go=export: "Export My List", once for the anime list and
 * once for the manga list; each downloads as `animelist_<epoch>_-_<user id>.xml.gz`,
 * `mangalist_<epoch>_-_<user id>.xml.gz`), puts the two files, still gzipped, in a folder and imports it
 * (`engram import "MyAnimeList export"`).
 *
 * The files as MyAnimeList writes them, checked against: a real anime export in Kurozora's library-import
 * test (LibraryImportTest.php, `animelist_1623616958_-_3667065.xml`: its entries in title order, every
 * element in the order written, `<series_title><![CDATA[…]]>`, `my_priority` "LOW"/"HIGH", `my_discuss`,
 * `my_sns` "default", `my_storage_value` "0.00", dates "0000-00-00" when unset), one in Floppy's issue #325
 * (the XML declaration `<?xml version="1.0" encoding="UTF-8" ?>`, tab-indented, `<myinfo>` with
 * `user_id`, `user_name`, `user_export_type` 1 and the totals), the attachments' names in tonkatsu_box's
 * issue #189 (`animelist_1776250133_-_220356.xml`, `mangalist_1776250137_-_220356.xml`), malexport's
 * parser of the downloaded export (parse/xml.py: every anime and manga element; the manga's
 * `manga_mangadb_id`, `manga_title`, `manga_volumes`, `manga_chapters`, `my_read_volumes`,
 * `my_read_chapters`, `my_scanalation_group`, `my_retail_volumes`, `my_times_read`, `my_reread_value`,
 * `my_rereading`) and its downloader (the gzipped files, `animelist_…`, `mangalist_…`), Ryot's importer
 * (mal.rs: the .gz read as it is, "0000…" no day, a score of 0 none), the "MyAnimeList XML Unofficial
 * Specification" (statuses "Watching", "Completed", "On-Hold", "Dropped", "Plan to Watch"; a manga's
 * "Reading", "Plan to Read"; `my_times_watched` the times re-watched; `my_rewatching` 0/1, a manga's
 * `my_rereading` NO/YES; tags comma-separated; `series_episodes` 0 when the count is unknown, as for a
 * show still airing) and a generator of manga exports "matching the exact format" (the comment "Created by
 * XML Export feature at MyAnimeList.net / Version 1.1.0", `my_priority` "Low" in a manga's). Hand-written
 * by the developers while trying Engram as its users would, in session 39, before Engram could read a
 * MyAnimeList export (the first run's figures are in bench/README.md). With it, the questions such a
 * person asks later and the words a right answer holds, and questions nothing here answers.
 */
import { gzipSync } from "node:zlib";
import type { Person, PersonFile } from "./types.js";

/** Her account. */
const USER_ID = 8817342;
const USER_NAME = "harukabristol";

/** An anime on her list, as MyAnimeList's export gives one. */
interface Anime {
  id: number;
  title: string;
  type: "TV" | "Movie" | "OVA" | "ONA" | "Special";
  /** Episodes the series has (0: not known yet, a show still airing). */
  episodes: number;
  watched: number;
  start: string;
  finish: string;
  score: number;
  status: "Watching" | "Completed" | "On-Hold" | "Dropped" | "Plan to Watch";
  comments: string;
  /** Times re-watched. */
  times: number;
  priority: "LOW" | "MEDIUM" | "HIGH";
  tags: string;
  rewatching: 0 | 1;
}

/** A manga on her list. */
interface Manga {
  id: number;
  title: string;
  volumes: number;
  chapters: number;
  readVolumes: number;
  readChapters: number;
  start: string;
  finish: string;
  score: number;
  status: "Reading" | "Completed" | "On-Hold" | "Dropped" | "Plan to Read";
  comments: string;
  times: number;
  tags: string;
}

const NONE = "0000-00-00";

/** Her anime list, in title order as MyAnimeList exports it. */
const ANIME: Anime[] = [
  {
    id: 28851,
    title: "Koe no Katachi",
    type: "Movie",
    episodes: 1,
    watched: 1,
    start: "2026-08-15",
    finish: "2026-08-15",
    score: 9,
    status: "Completed",
    comments: "Movie night at Jun's. Third time seeing it and I still cried at the bridge scene.",
    times: 2,
    priority: "LOW",
    tags: "movie-night, with-Jun",
    rewatching: 0,
  },
  {
    id: 1,
    title: "Cowboy Bebop",
    type: "TV",
    episodes: 26,
    watched: 26,
    start: NONE,
    finish: NONE,
    score: 10,
    status: "Completed",
    comments: "Rewatching with Jun, who has never seen it. Session 5 next.",
    times: 1,
    priority: "LOW",
    tags: "classic, with-Jun",
    rewatching: 1,
  },
  {
    id: 60543,
    title: "Dandadan 2nd Season",
    type: "TV",
    episodes: 12,
    watched: 9,
    start: "2026-07-04",
    finish: NONE,
    score: 0,
    status: "Watching",
    comments: "",
    times: 0,
    priority: "LOW",
    tags: "simulcast",
    rewatching: 0,
  },
  {
    id: 52701,
    title: "Dungeon Meshi",
    type: "TV",
    episodes: 24,
    watched: 13,
    start: "2026-06-10",
    finish: NONE,
    score: 8,
    status: "On-Hold",
    comments: "Paused when my Netflix subscription lapsed. Pick it up again at the Winged Lion arc.",
    times: 0,
    priority: "MEDIUM",
    tags: "fantasy, cooking",
    rewatching: 0,
  },
  {
    id: 44511,
    title: "Chainsaw Man",
    type: "TV",
    episodes: 12,
    watched: 12,
    start: "2026-01-10",
    finish: "2026-01-24",
    score: 7,
    status: "Completed",
    comments: "Gorgeous fights, but the ending felt rushed. Waiting for the Reze movie.",
    times: 0,
    priority: "LOW",
    tags: "action, MAPPA",
    rewatching: 0,
  },
  {
    id: 52588,
    title: "Kaijuu 8-gou",
    type: "TV",
    episodes: 12,
    watched: 6,
    start: "2026-05-01",
    finish: NONE,
    score: 6,
    status: "Dropped",
    comments: "",
    times: 0,
    priority: "LOW",
    tags: "action",
    rewatching: 0,
  },
  {
    id: 54492,
    title: "Kusuriya no Hitorigoto",
    type: "TV",
    episodes: 24,
    watched: 0,
    start: NONE,
    finish: NONE,
    score: 0,
    status: "Plan to Watch",
    comments: "Aiko from book club says it's like a palace mystery novel.",
    times: 0,
    priority: "HIGH",
    tags: "",
    rewatching: 0,
  },
  {
    id: 21,
    title: "One Piece",
    type: "TV",
    episodes: 0,
    watched: 1089,
    start: "2025-06-15",
    finish: NONE,
    score: 9,
    status: "Watching",
    comments: "Catching up with Dad on Sunday nights. We're in the Egghead arc now.",
    times: 0,
    priority: "LOW",
    tags: "long-runner, with-Dad",
    rewatching: 0,
  },
  {
    id: 52299,
    title: "Ore dake Level Up na Ken",
    type: "TV",
    episodes: 12,
    watched: 4,
    start: "2026-02-02",
    finish: NONE,
    score: 5,
    status: "Dropped",
    comments: "Solo Leveling is all grinding and no characters. Maybe the manhwa is better.",
    times: 0,
    priority: "LOW",
    tags: "action",
    rewatching: 0,
  },
  {
    id: 52991,
    title: "Sousou no Frieren",
    type: "TV",
    episodes: 28,
    watched: 28,
    start: "2025-12-02",
    finish: "2026-03-14",
    score: 10,
    status: "Completed",
    comments: "Cried at every Himmel flashback.\nStark and Fern's birthday episode is my favourite.",
    times: 0,
    priority: "LOW",
    tags: "fantasy, comfy, rewatch-worthy",
    rewatching: 0,
  },
  {
    id: 49387,
    title: "Vinland Saga Season 2",
    type: "TV",
    episodes: 24,
    watched: 24,
    start: "2026-04-02",
    finish: "2026-05-20",
    score: 9,
    status: "Completed",
    comments: "The farm arc is slow but it's the best character writing I've seen. Thorfinn: \"I have no enemies.\"",
    times: 0,
    priority: "LOW",
    tags: "historical, Thorfinn",
    rewatching: 0,
  },
].sort((a, b) => (a.title < b.title ? -1 : 1)) as Anime[];

/** Her manga list, in title order. */
const MANGA: Manga[] = [
  {
    id: 2,
    title: "Berserk",
    volumes: 0,
    chapters: 0,
    readVolumes: 41,
    readChapters: 364,
    start: "2025-09-20",
    finish: NONE,
    score: 10,
    status: "On-Hold",
    comments: "Stopped after re-reading the Eclipse. Too heavy to keep going right now.",
    times: 0,
    tags: "dark-fantasy",
  },
  {
    id: 104565,
    title: "Blue Period",
    volumes: 0,
    chapters: 0,
    readVolumes: 0,
    readChapters: 0,
    start: NONE,
    finish: NONE,
    score: 0,
    status: "Plan to Read",
    comments: "",
    times: 0,
    tags: "art",
  },
  {
    id: 85781,
    title: "Dungeon Meshi",
    volumes: 14,
    chapters: 97,
    readVolumes: 14,
    readChapters: 97,
    start: "2026-07-01",
    finish: "2026-08-02",
    score: 10,
    status: "Completed",
    comments: "Read the rest after pausing the anime. The ending is perfect.",
    times: 0,
    tags: "fantasy, cooking",
  },
  {
    id: 113138,
    title: "Jujutsu Kaisen",
    volumes: 30,
    chapters: 271,
    readVolumes: 24,
    readChapters: 221,
    start: "2025-10-11",
    finish: NONE,
    score: 6,
    status: "Dropped",
    comments: "Lost me after the Shinjuku fight.",
    times: 0,
    tags: "shounen",
  },
  {
    id: 104,
    title: "Yotsuba to!",
    volumes: 0,
    chapters: 0,
    readVolumes: 15,
    readChapters: 117,
    start: "2026-09-05",
    finish: NONE,
    score: 9,
    status: "Reading",
    comments: "A chapter before bed.",
    times: 0,
    tags: "comfy",
  },
];

/** Text as MyAnimeList writes it in CDATA. */
const cdata = (s: string) => `<![CDATA[${s}]]>`;

/** An anime as the export writes it: tab-indented, every element in its order. */
function animeXml(a: Anime): string {
  const t = "\t\t\t\t\t";
  return [
    "\t\t\t\t<anime>",
    `${t}<series_animedb_id>${a.id}</series_animedb_id>`,
    `${t}<series_title>${cdata(a.title)}</series_title>`,
    `${t}<series_type>${a.type}</series_type>`,
    `${t}<series_episodes>${a.episodes}</series_episodes>`,
    `${t}<my_id>0</my_id>`,
    `${t}<my_watched_episodes>${a.watched}</my_watched_episodes>`,
    `${t}<my_start_date>${a.start}</my_start_date>`,
    `${t}<my_finish_date>${a.finish}</my_finish_date>`,
    `${t}<my_rated></my_rated>`,
    `${t}<my_score>${a.score}</my_score>`,
    `${t}<my_storage></my_storage>`,
    `${t}<my_storage_value>0.00</my_storage_value>`,
    `${t}<my_status>${a.status}</my_status>`,
    `${t}<my_comments>${cdata(a.comments)}</my_comments>`,
    `${t}<my_times_watched>${a.times}</my_times_watched>`,
    `${t}<my_rewatch_value></my_rewatch_value>`,
    `${t}<my_priority>${a.priority}</my_priority>`,
    `${t}<my_tags>${cdata(a.tags)}</my_tags>`,
    `${t}<my_rewatching>${a.rewatching}</my_rewatching>`,
    `${t}<my_rewatching_ep>0</my_rewatching_ep>`,
    `${t}<my_discuss>1</my_discuss>`,
    `${t}<my_sns>default</my_sns>`,
    `${t}<update_on_import>0</update_on_import>`,
    "\t\t\t\t</anime>",
    "\t\t\t",
  ].join("\n");
}

/** A manga as the export writes it. */
function mangaXml(m: Manga): string {
  const t = "\t\t\t\t\t";
  return [
    "\t\t\t\t<manga>",
    `${t}<manga_mangadb_id>${m.id}</manga_mangadb_id>`,
    `${t}<manga_title>${cdata(m.title)}</manga_title>`,
    `${t}<manga_volumes>${m.volumes}</manga_volumes>`,
    `${t}<manga_chapters>${m.chapters}</manga_chapters>`,
    `${t}<my_id>0</my_id>`,
    `${t}<my_read_volumes>${m.readVolumes}</my_read_volumes>`,
    `${t}<my_read_chapters>${m.readChapters}</my_read_chapters>`,
    `${t}<my_start_date>${m.start}</my_start_date>`,
    `${t}<my_finish_date>${m.finish}</my_finish_date>`,
    `${t}<my_scanalation_group>${cdata("")}</my_scanalation_group>`,
    `${t}<my_score>${m.score}</my_score>`,
    `${t}<my_storage></my_storage>`,
    `${t}<my_retail_volumes>0</my_retail_volumes>`,
    `${t}<my_status>${m.status}</my_status>`,
    `${t}<my_comments>${cdata(m.comments)}</my_comments>`,
    `${t}<my_times_read>${m.times}</my_times_read>`,
    `${t}<my_tags>${cdata(m.tags)}</my_tags>`,
    `${t}<my_priority>Low</my_priority>`,
    `${t}<my_reread_value></my_reread_value>`,
    `${t}<my_rereading>NO</my_rereading>`,
    `${t}<my_discuss>YES</my_discuss>`,
    `${t}<my_sns>default</my_sns>`,
    `${t}<update_on_import>0</update_on_import>`,
    "\t\t\t\t</manga>",
    "\t\t\t",
  ].join("\n");
}

/** How many entries of a list have each status. */
const count = (statuses: string[], status: string) => statuses.filter((s) => s === status).length;

/** A list's export: the declaration, MyAnimeList's comment, `<myinfo>` with the totals, the entries. */
function exportXml(kind: "anime" | "manga", entries: string[], statuses: string[]): string {
  const t = "\t\t\t\t";
  const totals =
    kind === "anime"
      ? [
          ["anime", statuses.length],
          ["watching", count(statuses, "Watching")],
          ["completed", count(statuses, "Completed")],
          ["onhold", count(statuses, "On-Hold")],
          ["dropped", count(statuses, "Dropped")],
          ["plantowatch", count(statuses, "Plan to Watch")],
        ]
      : [
          ["manga", statuses.length],
          ["reading", count(statuses, "Reading")],
          ["completed", count(statuses, "Completed")],
          ["onhold", count(statuses, "On-Hold")],
          ["dropped", count(statuses, "Dropped")],
          ["plantoread", count(statuses, "Plan to Read")],
        ];
  return [
    '<?xml version="1.0" encoding="UTF-8" ?>',
    "\t\t",
    "\t\t<!--",
    "\t\t Created by XML Export feature at MyAnimeList.net",
    "\t\t Version 1.1.0",
    "\t\t-->",
    "\t\t",
    "\t\t<myanimelist>",
    "\t\t",
    "\t\t\t<myinfo>",
    `${t}<user_id>${USER_ID}</user_id>`,
    `${t}<user_name>${USER_NAME}</user_name>`,
    `${t}<user_export_type>${kind === "anime" ? 1 : 2}</user_export_type>`,
    ...totals.map(([name, n]) => `${t}<user_total_${name}>${n}</user_total_${name}>`),
    "\t\t\t</myinfo>",
    "\t\t",
    ...entries,
    "\t\t</myanimelist>",
    "",
  ].join("\n");
}

const FOLDER = "MyAnimeList export";
/** When she exported the lists: Sunday 6 December 2026, 10:14 UTC (the epoch in the files' names). */
const EXPORTED = Date.UTC(2026, 11, 6, 10, 14, 33);

const FILES: PersonFile[] = [
  {
    name: `${FOLDER}/animelist_${EXPORTED / 1000}_-_${USER_ID}.xml.gz`,
    text: new Uint8Array(
      gzipSync(
        exportXml(
          "anime",
          ANIME.map(animeXml),
          ANIME.map((a) => a.status),
        ),
      ),
    ),
    mtime: EXPORTED + 2000,
  },
  {
    name: `${FOLDER}/mangalist_${EXPORTED / 1000 + 8}_-_${USER_ID}.xml.gz`,
    text: new Uint8Array(
      gzipSync(
        exportXml(
          "manga",
          MANGA.map(mangaXml),
          MANGA.map((m) => m.status),
        ),
      ),
    ),
    mtime: EXPORTED + 10000,
  },
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "When did I finish Frieren?", expect: ["14 March"] },
  { question: "What score did I give Chainsaw Man?", expect: ["7"] },
  { question: "Which anime did I drop?", expect: ["Ore dake Level Up na Ken", "Kaijuu 8-gou"] },
  { question: "How many episodes of One Piece have I watched?", expect: ["1089"] },
  { question: "What did I write about Vinland Saga?", expect: ["farm"] },
  { question: "Which anime am I rewatching?", expect: ["Cowboy Bebop"] },
  { question: "When did I start watching Dungeon Meshi?", expect: ["10 June"] },
  { question: "Why did I put Dungeon Meshi on hold?", expect: ["Netflix"] },
  { question: "When did I finish reading the Dungeon Meshi manga?", expect: ["2 August"] },
  { question: "Who recommended Kusuriya no Hitorigoto to me?", expect: ["Aiko"] },
  { question: "How many times have I rewatched Koe no Katachi?", expect: ["twice"] },
  { question: "Which chapter of Jujutsu Kaisen did I stop at?", expect: ["221"] },
  { question: "What score did I give Attack on Titan?", expect: null },
  { question: "When did I finish Spy x Family?", expect: null },
  { question: "How much did I pay for the Berserk deluxe editions?", expect: null },
];

/** The otaku: her two MyAnimeList exports, still gzipped, imported as a folder, asked on Tuesday 8 December 2026. */
export const otaku: Person = {
  name: "otaku",
  files: FILES,
  folder: FOLDER,
  askedAt: Date.UTC(2026, 11, 8, 19, 0),
  questions: QUESTIONS,
};

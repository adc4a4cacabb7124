/**
 * MyAnimeList's list export (myanimelist.net/panel.php?go=export → "Export My List", once for the anime list and
 * once for the manga list): a gzipped XML file each, `animelist_<epoch>_-_<user id>.xml.gz` and
 * `mangalist_<epoch>_-_<user id>.xml.gz` (the epoch the export's time, in seconds), read as they download
 * (inflated as a stream, bytes.ts `gunzippedText`) or gunzipped (`animelist_….xml`). UTF-8, tab-indented:
 *
 * ```
 * <?xml version="1.0" encoding="UTF-8" ?>
 * <!-- Created by XML Export feature at MyAnimeList.net  Version 1.1.0 -->
 * <myanimelist>
 *   <myinfo><user_id>…</user_id><user_name>…</user_name><user_export_type>1</user_export_type><user_total_anime>…</myinfo>
 *   <anime>
 *     <series_animedb_id>52991</series_animedb_id><series_title><![CDATA[Sousou no Frieren]]></series_title>
 *     <series_type>TV</series_type><series_episodes>28</series_episodes><my_id>0</my_id>
 *     <my_watched_episodes>28</my_watched_episodes><my_start_date>2025-12-02</my_start_date>
 *     <my_finish_date>2026-03-14</my_finish_date><my_rated></my_rated><my_score>10</my_score><my_storage></my_storage>
 *     <my_storage_value>0.00</my_storage_value><my_status>Completed</my_status><my_comments><![CDATA[…]]></my_comments>
 *     <my_times_watched>0</my_times_watched><my_rewatch_value></my_rewatch_value><my_priority>LOW</my_priority>
 *     <my_tags><![CDATA[fantasy, comfy]]></my_tags><my_rewatching>0</my_rewatching><my_rewatching_ep>0</my_rewatching_ep>
 *     <my_discuss>1</my_discuss><my_sns>default</my_sns><update_on_import>0</update_on_import>
 *   </anime> …
 * ```
 *
 * and a manga list's `<manga>`: `manga_mangadb_id`, `manga_title`, `manga_volumes`, `manga_chapters`, `my_read_volumes`,
 * `my_read_chapters`, `my_scanalation_group`, `my_retail_volumes`, `my_times_read`, `my_reread_value`, `my_rereading`
 * (NO/YES) besides the same `my_…`. Entries in title order. `my_status` "Watching" (a manga's "Reading"), "Completed",
 * "On-Hold", "Dropped", "Plan to Watch" ("Plan to Read"); a day "2026-03-14", "0000-00-00" for none; a score 1–10, 0 for
 * none; `series_episodes` 0 when the count is not known (a show still airing); `my_times_watched` the times re-watched;
 * tags comma-separated. Nothing says when an entry was last changed.
 *
 * Checked against: a real anime export in Kurozora's library-import test (LibraryImportTest.php,
 * `animelist_1623616958_-_3667065.xml`: every element in the order above, `my_priority` "LOW"/"HIGH", the statuses,
 * CDATA titles, no `<myinfo>` in that copy), another in Floppy's issue #325 (the declaration, tabs, `<myinfo>`), the
 * attachments' names in tonkatsu_box's issue #189, malexport (parse/xml.py: every anime and manga element; its
 * downloader's gzipped `animelist_…`, `mangalist_…`), Ryot's importer (mal.rs: the .gz read as it is, `series_title` or
 * `manga_title`, "0000…" no day, a score of 0 none), tonkatsu_box's importer test (statuses, `my_times_watched`, tags,
 * comments, a manga's volumes and chapters), Shikimori's XML parser test (a manga's `series_mangadb_id` in another
 * site's copy of this shape), the "MyAnimeList XML Unofficial Specification" (the elements, their defaults, a manga's
 * YES/NO) and a generator "matching the exact format" of a manga export (the comment "Version 1.1.0"). MyAnimeList's
 * older API (malappinfo.php) wrote the statuses and types as numbers (`<my_status>2</my_status>`): read too. AniList's
 * Settings → Import reads this XML; an AniList export in it is not documented (AniList's users write one with
 * third-party tools, in this shape, some leaving elements out: an element left out is read as none). A day with its
 * month or day unknown, "2026-05-00" (MyAnimeList's form lets the day or month be left unset; no public parser reads
 * such a day, malexport's reads it as none), is said as its month or year ("in May").
 *
 * Each list is one note of the user's records (`records: "log"`; format `note`, said by the user, speaker "User"):
 * "MyAnimeList anime list" (`myanimelist:<user id>:anime`, else by the user's name), "MyAnimeList manga list". Each
 * entry gives paragraphs, in the list's order:
 * - the entry as the list has it at the export, of the export's time, marked `undated` (store.ts `turnHash`: a later
 *   export adds it again only when it changed, a new version superseding it): "I've completed the anime Sousou no
 *   Frieren (TV, 28 episodes) on MyAnimeList, all 28 episodes; I scored it 10 out of 10; tags: fantasy, comfy.", "I
 *   dropped the anime Ore dake Level Up na Ken (TV, 12 episodes) on MyAnimeList after 4 of 12 episodes; …", "I'm
 *   watching the anime One Piece (TV) on MyAnimeList, 1089 episodes so far; …", "I've put the manga Berserk on hold on
 *   MyAnimeList at chapter 364, volume 41; …" ("I put", its past, was read as "The user puts"), "I plan to watch the anime … on my MyAnimeList list, high priority.",
 *   "…, rewatched it twice, and I'm rewatching it now; …";
 * - the user's comments, of the same time and so marked: "My comments on the anime Vinland Saga Season 2 on MyAnimeList: …";
 * - the day started, a paragraph of that day: "Started watching the anime Sousou no Frieren on Tuesday 2 December.";
 * - the day finished (dropped, put on hold), of that day: "Finished watching the anime Sousou no Frieren on Saturday 14
 *   March.", "Finished reading the manga …", "Dropped the anime … on …".
 * A day is said without its year, as every reader of records says it (record-words.ts `dayWords`). A title never opens
 * a sentence (letterboxd.ts). Each paragraph is named by the entry's id and what it tells ("anime 52991", "anime 52991
 * comments", "anime 52991 started", "anime 52991 finished"), so the same export imported again adds nothing.
 *
 * Memory is bounded: the XML is streamed (xml-stream.ts), an entry's text at most {@link MAX_ENTRY_CHARS}, the notes
 * held to the file's end (held-notes.ts, given sooner past its bound, under the same key).
 */
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { gunzipSync } from "node:zlib";
import { GZIP_MAGIC, gunzippedText, readBytes } from "../kit/bytes.js";
import { dayWords } from "../kit/record-words.js";
import { ImportError, type ParsedConversation, type ParsedTurn, type ReadOptions } from "../kit/types.js";
import { streamXml } from "../kit/xml-stream.js";
import { HeldNotes } from "../notes/held-notes.js";
import { NO_TEXT, NOTE_SPEAKER } from "../notes/note.js";

/** Most characters of one entry's elements (a title, the user's comments and tags): a longer one is refused, not held. */
export const MAX_ENTRY_CHARS = 1024 * 1024;

/** Most bytes a gzipped export inflates to (a list of 20,000 entries is about 20 MB): past it the file is refused, not read on. */
export const MAX_INFLATED_BYTES = 1024 * 1024 * 1024;

/** How many bytes of a gzipped file's start are inflated to tell whether it is MyAnimeList's export. */
const SNIFF_BYTES = 64 * 1024;

/**
 * Whether a text's start is MyAnimeList's list export (or another site's copy of its shape): past an XML declaration,
 * comments and white space, a `<myanimelist>` element (a byte-order mark dropped).
 */
export function isMyAnimeListExport(start: string): boolean {
  return /^(?:<\?xml[^>]*\?>\s*)?(?:<!--(?:(?!-->)[\s\S])*-->\s*)*<myanimelist\s*\/?>/.test(start.replace(/^\uFEFF/, "").trimStart());
}

/** The start of `file`'s text when it is gzipped (its first {@link SNIFF_BYTES} inflated, as far as they go), else null; never throws. */
async function gzippedStart(file: string): Promise<string | null> {
  try {
    const head = await readBytes(file, 0, SNIFF_BYTES);
    if (head.length < 2 || !head.subarray(0, 2).equals(GZIP_MAGIC)) return null;
    // (Z_SYNC_FLUSH: the start of a stream, cut where the read ended, inflates as far as it goes)
    return gunzipSync(head, { finishFlush: 2 }).toString("utf8");
  } catch {
    return null;
  }
}

/** Whether `file` is gzipped (its first bytes); never throws. */
export async function isGzipFile(file: string): Promise<boolean> {
  try {
    return (await readBytes(file, 0, 2)).equals(GZIP_MAGIC);
  } catch {
    return false;
  }
}

/** Whether `file` is MyAnimeList's list export as it downloads, gzipped (its start, inflated: {@link isMyAnimeListExport}), whatever its name; never throws. */
export async function isMyAnimeListGzip(file: string): Promise<boolean> {
  const start = await gzippedStart(file);
  return start !== null && isMyAnimeListExport(start);
}

/**
 * Why a `.gz` file found in a folder is passed over: one that is not MyAnimeList's list export gzipped (Engram reads
 * no other gzipped file; a file so named that is no gzip at all, too), or null for one that is, and for any file not
 * named `.gz`.
 */
export async function myAnimeListPassedOver(path: string): Promise<string | null> {
  if (!/\.gz$/i.test(path) || (await isMyAnimeListGzip(path))) return null;
  return "a gzipped file that is no MyAnimeList list export: Engram reads no other gzipped file (gunzip it to import what it holds)";
}

/** Which list an entry is of. */
type Kind = "anime" | "manga";

/** Where an entry is on the list, whatever words the list uses. */
type Status = "current" | "completed" | "onhold" | "dropped" | "planned";

/** `my_status` as MyAnimeList writes it (its words folded to lower case without spaces or hyphens; the older API's numbers). */
const STATUSES: Readonly<Record<string, Status>> = {
  watching: "current",
  reading: "current",
  "1": "current",
  completed: "completed",
  "2": "completed",
  onhold: "onhold",
  "3": "onhold",
  dropped: "dropped",
  "4": "dropped",
  plantowatch: "planned",
  plantoread: "planned",
  "6": "planned",
};

/** What `series_type` names, said in an anime's parentheses ("TV, 28 episodes"); a film is "a film", alone. The older API's numbers too. */
const TYPES: Readonly<Record<string, string>> = {
  tv: "TV",
  "1": "TV",
  tvspecial: "TV special",
  movie: "film",
  "3": "film",
  ova: "OVA",
  "2": "OVA",
  ona: "ONA",
  "5": "ONA",
  special: "special",
  "4": "special",
  music: "music video",
  "6": "music video",
  cm: "commercial",
  pv: "promotional video",
};

/** A day an entry names: its time (noon UTC; the 1st of a month, or of a year, when the day, or the month, is not known) and how it is said. */
interface Day {
  at: number;
  /** "on Saturday 14 March", "in May", "in 2026". */
  said: string;
  /** As written, "2026-03-14". */
  written: string;
}

/** An entry of a list, read. */
interface Entry {
  kind: Kind;
  /** Its MyAnimeList id ("52991"), or "" when the file gives none (another site's copy). */
  id: string;
  title: string;
  /** Its kind of anime as said ("TV", "film"), or "". */
  type: string;
  /** Episodes (an anime's) or chapters (a manga's) it has, 0 when not known; a manga's volumes. */
  total: number;
  volumes: number;
  /** Episodes watched, or chapters read; a manga's volumes read. */
  done: number;
  volumesDone: number;
  start: Day | null;
  finish: Day | null;
  /** The user's score, 1–10, or null for none. */
  score: string | null;
  status: Status;
  comments: string;
  /** Times re-watched or re-read. */
  times: number;
  rewatching: boolean;
  /** "high" for an entry to watch or read first, else "". */
  priority: string;
  tags: string[];
}

/** The elements an entry's facts are read from, in order of preference (a manga's own, then another site's names). */
const FIELDS = {
  anime: {
    id: ["series_animedb_id"],
    title: ["series_title"],
    total: ["series_episodes"],
    volumes: [],
    done: ["my_watched_episodes"],
    volumesDone: [],
    times: ["my_times_watched"],
    rewatching: ["my_rewatching"],
  },
  manga: {
    id: ["manga_mangadb_id", "series_mangadb_id"],
    title: ["manga_title", "series_title"],
    total: ["manga_chapters", "series_chapters"],
    volumes: ["manga_volumes", "series_volumes"],
    done: ["my_read_chapters"],
    volumesDone: ["my_read_volumes"],
    times: ["my_times_read", "my_times_watched"],
    rewatching: ["my_rereading", "my_rewatching"],
  },
} as const;

/** An entry's elements as read: each element's text (white space at its ends trimmed). */
type Elements = Map<string, string>;

/** The first of `names` the entry holds, or "". */
function fieldOf(el: Elements, names: readonly string[]): { name: string; value: string } {
  for (const name of names) {
    const value = el.get(name);
    if (value !== undefined) return { name, value };
  }
  return { name: names[0] ?? "", value: "" };
}

/** A count an element holds ("28"; empty for 0). @throws ImportError naming the line and the element: anything but a whole number. */
function countOf(file: string, line: number, el: Elements, names: readonly string[]): number {
  const { name, value } = fieldOf(el, names);
  if (!value) return 0;
  if (!/^\d{1,7}$/.test(value)) throw new ImportError(file, `line ${line}`, `${name} ${JSON.stringify(value)}: expected a whole number, "12"`);
  return Number(value);
}

/**
 * A day as MyAnimeList writes it ("2026-03-14"; "0000-00-00", empty, or a year 0000 for none; "2026-05-00", "2026-00-00"
 * a month or a year whose day is not known), or null for none.
 * @throws ImportError naming the line and the element: anything else, or a day no calendar has ("2026-02-30").
 */
function dayOf(file: string, line: number, el: Elements, name: string): Day | null {
  const value = el.get(name) ?? "";
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const bad = () =>
    new ImportError(file, `line ${line}`, `${name} ${JSON.stringify(value)}: expected a day as MyAnimeList writes it, "2026-09-01", or 0000-00-00`);
  if (!m) throw bad();
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year === 0) return null;
  if (month === 0) return { at: Date.UTC(year, 0, 1, 12), said: `in ${year}`, written: value };
  if (month > 12) throw bad();
  if (day === 0) {
    const at = Date.UTC(year, month - 1, 1, 12);
    return { at, said: `in ${new Intl.DateTimeFormat("en-GB", { month: "long", timeZone: "UTC" }).format(at)}`, written: value };
  }
  const at = Date.UTC(year, month - 1, day, 12);
  if (new Date(at).getUTCDate() !== day) throw bad();
  return { at, said: `on ${dayWords(at)}`, written: value };
}

/** The user's score (`my_score`: 1–10, 0 or empty for none; another site's copy may give a tenth, "8.5"). @throws ImportError naming the line: any other value. */
function scoreOf(file: string, line: number, el: Elements): string | null {
  const value = el.get("my_score") ?? "";
  if (!value || /^0+(?:\.0+)?$/.test(value)) return null;
  if (!/^(?:10(?:\.0+)?|\d(?:\.\d+)?)$/.test(value))
    throw new ImportError(file, `line ${line}`, `my_score ${JSON.stringify(value)}: expected a score from 1 to 10, or 0 for none`);
  return String(Number(value));
}

/** Where an entry is (`my_status`; empty: "Plan to Watch", MyAnimeList's default). @throws ImportError naming the line: a status that is none of MyAnimeList's. */
function statusOf(file: string, line: number, el: Elements, kind: Kind): Status {
  const value = el.get("my_status") ?? "";
  if (!value) return "planned";
  const status = STATUSES[value.toLowerCase().replace(/[\s_-]/g, "")];
  if (status) return status;
  const expected = kind === "anime" ? "Watching, Completed, On-Hold, Dropped or Plan to Watch" : "Reading, Completed, On-Hold, Dropped or Plan to Read";
  throw new ImportError(file, `line ${line}`, `my_status ${JSON.stringify(value)}: expected ${expected}`);
}

/** Words as said inside a sentence: their runs of white space one. */
const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * The entry `el` (a `<anime>` or `<manga>` starting at `line`) as read.
 * @throws ImportError naming the line and the element: no title, an id that is no number, a count, day, score or
 *   status that is none (the helpers above).
 */
function entryOf(file: string, line: number, kind: Kind, el: Elements): Entry {
  const f = FIELDS[kind];
  const title = oneLine(fieldOf(el, f.title).value);
  if (!title) throw new ImportError(file, `line ${line}`, `the ${kind} has no ${f.title[0]}: expected its title`);
  const id = fieldOf(el, f.id);
  if (id.value && !/^\d+$/.test(id.value))
    throw new ImportError(file, `line ${line}`, `${id.name} ${JSON.stringify(id.value)}: expected MyAnimeList's id of the ${kind}, "52991"`);
  const typeValue = (el.get("series_type") ?? "").toLowerCase().replace(/\s+/g, "");
  const rewatching = fieldOf(el, f.rewatching).value.toLowerCase();
  const priority = (el.get("my_priority") ?? "").toLowerCase();
  return {
    kind,
    id: id.value && !/^0+$/.test(id.value) ? String(Number(id.value)) : "",
    title,
    type: kind === "anime" ? (TYPES[typeValue] ?? "") : "",
    total: countOf(file, line, el, f.total),
    volumes: countOf(file, line, el, f.volumes),
    done: countOf(file, line, el, f.done),
    volumesDone: countOf(file, line, el, f.volumesDone),
    start: dayOf(file, line, el, "my_start_date"),
    finish: dayOf(file, line, el, "my_finish_date"),
    score: scoreOf(file, line, el),
    status: statusOf(file, line, el, kind),
    comments: (el.get("my_comments") ?? "")
      .replace(/\r\n?/g, "\n")
      .split("\n")
      .map((l) => l.replace(/[ \t]+/g, " ").trim())
      .join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .trim(),
    times: countOf(file, line, el, f.times),
    rewatching: rewatching === "1" || rewatching === "yes" || rewatching === "true",
    priority: priority === "high" ? "high" : "",
    tags: (el.get("my_tags") ?? "").split(",").map(oneLine).filter(Boolean),
  };
}

/** `n` of `one` ("1 episode", "28 episodes"). */
const counted = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;

/** What an entry is, as said in a sentence: "the anime Sousou no Frieren (TV, 28 episodes)", "the anime Koe no Katachi (a film)", "the manga Jujutsu Kaisen (30 volumes, 271 chapters)". */
function whatWords(e: Entry): string {
  const parts: string[] = [];
  if (e.kind === "anime") {
    if (e.type === "film" && e.total <= 1) parts.push("a film");
    else {
      if (e.type) parts.push(e.type);
      if (e.total) parts.push(counted(e.total, "episode"));
    }
  } else {
    if (e.volumes) parts.push(counted(e.volumes, "volume"));
    if (e.total) parts.push(counted(e.total, "chapter"));
  }
  return `the ${e.kind} ${e.title}${parts.length ? ` (${parts.join(", ")})` : ""}`;
}

/** How far the user got: "4 of 12 episodes", "1089 episodes", "chapter 221 of 271, volume 24 of 30", "chapter 364, volume 41". */
function progressWords(e: Entry): string {
  if (e.kind === "anime") return e.total ? `${e.done} of ${counted(e.total, "episode")}` : counted(e.done, "episode");
  const chapter = `chapter ${e.done}${e.total ? ` of ${e.total}` : ""}`;
  const volume = e.volumesDone ? `, volume ${e.volumesDone}${e.volumes ? ` of ${e.volumes}` : ""}` : "";
  return `${chapter}${volume}`;
}

/** Times re-watched or re-read, as said: "once", "twice", "3 times". */
const timesWords = (n: number) => (n === 1 ? "once" : n === 2 ? "twice" : `${n} times`);

/**
 * The entry as the list has it, in the user's words: where it is on the list and how far they got, the times
 * re-watched and a rewatch under way, the score, the tags ({@link parseMyAnimeList}'s examples).
 */
function entryWords(e: Entry): string {
  const what = whatWords(e);
  const watch = e.kind === "anime" ? "watch" : "read";
  const unit = e.kind === "anime" ? "episode" : "chapter";
  let main: string;
  switch (e.status) {
    case "current":
      main = e.done
        ? `I'm ${watch}ing ${what} on MyAnimeList, ${e.kind === "anime" ? `${progressWords(e)} so far` : `at ${progressWords(e)}`}`
        : `I'm ${watch}ing ${what} on MyAnimeList, no ${unit} ${watch} yet`;
      break;
    case "completed": {
      const all =
        e.kind === "anime"
          ? e.done > 1
            ? `, all ${counted(e.done, "episode")}`
            : ""
          : e.done > 1
            ? `, all ${counted(e.done, "chapter")}${e.volumesDone ? ` in ${counted(e.volumesDone, "volume")}` : ""}`
            : "";
      main = `I've completed ${what} on MyAnimeList${e.total && e.done && e.done < e.total ? `, ${progressWords(e)}` : all}`;
      break;
    }
    case "onhold":
      main = `I've put ${what} on hold on MyAnimeList ${e.done ? `${e.kind === "anime" ? "after" : "at"} ${progressWords(e)}` : "before starting it"}`;
      break;
    case "dropped":
      main = `I dropped ${what} on MyAnimeList ${e.done ? `${e.kind === "anime" ? "after" : "at"} ${progressWords(e)}` : `without ${watch}ing a ${unit}`}`;
      break;
    case "planned":
      main = `I plan to ${watch} ${what}, on my MyAnimeList list${e.priority ? `, ${e.priority} priority` : ""}`;
      break;
  }
  const again = [
    ...(e.times ? [`re${watch === "watch" ? "watched" : "read"} it ${timesWords(e.times)}`] : []),
    ...(e.rewatching ? [`I'm re${watch}ing it now`] : []),
  ];
  const rest = [...(e.score ? [`I scored it ${e.score} out of 10`] : []), ...(e.tags.length ? [`tags: ${e.tags.join(", ")}`] : [])];
  return `${main}${again.length ? `, ${again.join(", and ")}` : ""}${rest.length ? `; ${rest.join("; ")}` : ""}.`;
}

/** The day an entry was finished, as said: "Finished watching …", "Dropped …", "Put … on hold" by where it is. */
function finishedWords(e: Entry, day: Day): string {
  const what = `the ${e.kind} ${e.title}`;
  if (e.status === "dropped") return `Dropped ${what} ${day.said}.`;
  if (e.status === "onhold") return `Put ${what} on hold ${day.said}.`;
  return `Finished ${e.kind === "anime" ? "watching" : "reading"} ${what} ${day.said}.`;
}

/** What the metadata keeps of an entry: its id, title, type, counts, days, score, status, times and tags. */
function entryMetadata(e: Entry, status: string): Record<string, unknown> {
  return {
    list: e.kind,
    ...(e.id ? { id: Number(e.id) } : {}),
    title: e.title,
    ...(e.type ? { type: e.type } : {}),
    ...(e.total ? { [e.kind === "anime" ? "episodes" : "chapters"]: e.total } : {}),
    ...(e.volumes ? { volumes: e.volumes } : {}),
    [e.kind === "anime" ? "watched" : "read"]: e.done,
    ...(e.kind === "manga" ? { volumesRead: e.volumesDone } : {}),
    ...(e.start ? { started: e.start.written } : {}),
    ...(e.finish ? { finished: e.finish.written } : {}),
    ...(e.score ? { score: Number(e.score) } : {}),
    status,
    ...(e.times ? { times: e.times } : {}),
    ...(e.rewatching ? { rewatching: true } : {}),
    ...(e.tags.length ? { tags: e.tags } : {}),
  };
}

/** An entry's paragraphs, named by its id (its title, quoted, when the file gives none), in the order told. */
function paragraphs(e: Entry, status: string, line: number, exported: number): ParsedTurn[] {
  const name = `${e.kind} ${e.id || JSON.stringify(e.title.toLowerCase())}`;
  const myanimelist = entryMetadata(e, status);
  const turn = (id: string, at: number, text: string, undated: boolean): ParsedTurn => ({
    externalId: id,
    speaker: NOTE_SPEAKER,
    role: "user",
    occurredAt: at,
    text,
    metadata: { line, ...(undated ? { undated: true } : {}), myanimelist },
  });
  const out = [turn(name, exported, entryWords(e), true)];
  if (e.comments) out.push(turn(`${name} comments`, exported, `My comments on ${whatWords(e)} on MyAnimeList: ${e.comments}`, true));
  const verb = e.kind === "anime" ? "watching" : "reading";
  if (e.start) out.push(turn(`${name} started`, e.start.at, `Started ${verb} the ${e.kind} ${e.title} ${e.start.said}.`, false));
  if (e.finish) out.push(turn(`${name} finished`, e.finish.at, finishedWords(e, e.finish), false));
  return out;
}

/** The export's time: the epoch its downloaded name holds (`animelist_1796552073_-_8817342.xml.gz`), else the file's modification time. */
async function exportedAt(file: string): Promise<number> {
  const m = /(?:anime|manga)list_(\d{9,11})_-_\d+/i.exec(basename(file));
  if (m) return Number(m[1]) * 1000;
  return Math.floor((await stat(file)).mtimeMs);
}

/**
 * Reads `file`, MyAnimeList's export of an anime or a manga list (gzipped as it downloads, or gunzipped; told by its
 * first bytes), as one note of the user's records per list (format `note`, speaker "User", `records: "log"`; key
 * `myanimelist:<user id>:anime` or `…:manga`, else by `user_name`, else `myanimelist:me:…`; title "MyAnimeList anime
 * list", "MyAnimeList manga list"), each entry's paragraphs in the list's order: the entry as listed and the user's
 * comments (of the export's time, metadata `undated`), the day started and the day finished (noon UTC), each named by
 * the entry's id and what it tells. Turn metadata: `{ line, undated?, myanimelist: { list, id, title, type, episodes |
 * chapters, volumes, watched | read, volumesRead, started, finished, score, status, times, rewatching, tags } }`
 * (`line`: where the entry starts, in the inflated text). Held to the file's end (held-notes.ts).
 * @throws ImportError naming the file and where: a root that is not `<myanimelist>` (`line N`); an entry with no title,
 *   an id, count, day, score or status that is none, at the entry's line by its element (`line 12: my_score "11":
 *   expected a score from 1 to 10, or 0 for none`); an entry over {@link MAX_ENTRY_CHARS}; a file that ends before
 *   `</myanimelist>` (cut short); gzipped data damaged or cut short, or inflating past {@link MAX_INFLATED_BYTES}, at the
 *   byte of the file; invalid UTF-8 at its line and byte. A list with no entry says why, "the note has no text: …" (a
 *   folder passes it over).
 */
export async function* parseMyAnimeList(file: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const size = (await stat(file)).size;
  const gzipped = await isGzipFile(file);
  const exported = await exportedAt(file);
  const notes = new HeldNotes({ records: "log", inTimeOrder: false });
  const ready: ParsedConversation[] = [];
  let account = "";
  let userId = "";
  let userName = "";
  let rooted = false;
  let ended = false;
  let entries = 0;
  let exportType = "";
  // (where the parser is: the elements open, the entry being read and its elements' text)
  const open: string[] = [];
  let entry: { kind: Kind; line: number; elements: Elements; chars: number } | null = null;
  let text = "";
  let inInfo = false;

  const xml = streamXml(
    file,
    size,
    {
      onopentag(name) {
        if (!rooted) {
          if (name !== "myanimelist")
            throw new ImportError(file, `line ${xml.line()}`, `its root is <${name}>, not <myanimelist>: not MyAnimeList's list export`);
          rooted = true;
          open.push(name);
          return;
        }
        open.push(name);
        text = "";
        if (open.length === 2 && (name === "anime" || name === "manga")) entry = { kind: name, line: xml.line(), elements: new Map(), chars: 0 };
        else if (open.length === 2 && name === "myinfo") inInfo = true;
      },
      ontext(t) {
        if (open.length !== 3 || !(entry || inInfo)) return;
        text += t;
        if (entry && entry.chars + text.length > MAX_ENTRY_CHARS)
          throw new ImportError(
            file,
            `line ${entry.line}`,
            `the ${entry.kind} holds over ${MAX_ENTRY_CHARS.toLocaleString("en-US")} characters: no list's entry is so long`,
          );
      },
      onclosetag(name, implied) {
        const depth = open.length;
        open.pop();
        if (depth === 1) {
          ended = !implied;
          return;
        }
        if (depth === 3) {
          const value = text.trim();
          text = "";
          if (entry) {
            entry.elements.set(name, value);
            entry.chars += value.length;
          } else if (inInfo) {
            if (name === "user_id") userId = value;
            else if (name === "user_name") userName = value;
            else if (name === "user_export_type") exportType = value;
          }
          return;
        }
        if (depth !== 2) return;
        if (name === "myinfo") {
          inInfo = false;
          account = /^[1-9]\d*$/.test(userId) ? userId : userName.toLowerCase();
          return;
        }
        if (!entry) return;
        const read = entryOf(file, entry.line, entry.kind, entry.elements);
        const status = entry.elements.get("my_status") || (entry.kind === "anime" ? "Plan to Watch" : "Plan to Read");
        entries++;
        const key = `myanimelist:${account || "me"}:${entry.kind}`;
        const title = `MyAnimeList ${entry.kind} list`;
        for (const p of paragraphs(read, status, entry.line, exported)) ready.push(...notes.add(key, title, p));
        entry = null;
      },
    },
    { decodeEntities: true },
    opts.onProgress,
    gzipped ? gunzippedText(file, size, MAX_INFLATED_BYTES, opts.onProgress) : undefined,
  );
  for await (const _ of xml.steps) yield* ready.splice(0);
  if (!rooted) throw new ImportError(file, "line 1", "no <myanimelist> element: not MyAnimeList's list export");
  if (!ended)
    throw new ImportError(
      file,
      `line ${xml.line()}`,
      "the file ends before </myanimelist>: the export is cut short (export it again from myanimelist.net/panel.php?go=export)",
    );
  if (!entries)
    throw new ImportError(
      file,
      `line ${xml.line()}`,
      `${NO_TEXT}: a MyAnimeList ${exportType === "2" || /mangalist/i.test(basename(file)) ? "manga" : "anime"} list with no entries`,
    );
  yield* notes.given();
}

/**
 * Netflix's two exports of what was watched, read as notes of the user's (format `netflix`; every
 * conversation a note: format `note`, said by the user):
 *
 * - the Viewing activity page's "Download all" (Account → Profile → Viewing activity):
 *   `NetflixViewingHistory.csv`, one profile's, `Title,Date` then a row per title watched, newest first,
 *   every cell quoted, the day as the account's country writes one ("10/21/20" in the US, "14/11/2026" in
 *   the UK, "16.8.2022" in Finland), no time;
 * - "Download your personal information" (Account → Security & privacy): `netflix-report.zip`, unzipped, a
 *   folder of CSVs for the whole household, every profile's rows named by its `Profile Name`:
 *   `CONTENT_INTERACTION/ViewingActivity.csv` (`Profile Name,Start Time,Duration,Attributes,Title,
 *   Supplemental Video Type,Device Type,Bookmark,Latest Bookmark,Country`: a row per sitting, `Start
 *   Time` "2026-11-14 20:31:07" in UTC, `Duration` "00:52:10", `Attributes` "Autoplayed: user action:
 *   None; ", a hook's or a trailer's `Supplemental Video Type` HOOK, TRAILER, TEASER_TRAILER, RECAP …, an
 *   earlier sitting of a title watched again `Latest Bookmark` "Not latest view"), `Ratings.csv`
 *   (`Profile Name,Title Name,Rating Type,Star Value,Thumbs Value,Device Model,Event Utc Ts,Region View
 *   Date`: `Thumbs Value` 1 a thumbs down, 2 up, 3 two thumbs up, 0 none; an older `Rating Type` "star"
 *   its `Star Value` 1–5), `MyList.csv` (`Profile Name,Title Name,Country,Utc Title Add Date`, a day
 *   "2026-10-05"), `SearchHistory.csv` (`Profile Name,Country Iso Code,Device,Is Kids,Query Typed,
 *   Displayed Name,Action,Section,Utc Timestamp`: a row per result looked at, `view_video_info`, or played,
 *   `play`), and beside them the account's other data ({@link netflixPassedOver}).
 *
 * Read: each profile's viewing a note per day (UTC for the download, as Netflix gives it; the file's
 * day for the page's history): "Netflix viewing, 28 November 2026" (`netflix:day:2026-11-28`;
 * `netflix:history:2026-11-28` of the page's history, which says less), a paragraph per show or film
 * ("Watched 4 episodes of "The Crown" on Saturday 28 November: season 6, episode 5 "Willsmania"
 * (14:02–14:58 UTC), … and episode 8 "Ritz" (21:25–22:25 UTC), 3 hours 40 minutes in all."; "Watched
 * "Glass Onion: A Knives Out Mystery" on Friday 16 October, 18:42–21:01 UTC (2 hours 20 minutes).")
 * and a search that found what was watched ("Searched Netflix for "chess" on Saturday 3 October and
 * played "The Queen's Gambit"."); the ratings one note ("Gave "Squid Game" a thumbs up on Netflix on
 * Sunday 22 November."), My List one note ("Added "Ripley" to my Netflix list on Monday 5 October.").
 * Hooks, trailers, recaps and any other supplemental video, and a sitting under a minute (an autoplayed
 * preview, a click away), are left out. A paragraph is named by what it tells (`show The Crown`,
 * `title His House`, `search chess`, `rating Squid Game`, `list Ripley`) and its note by its day, so a
 * later download adds only what is new (the day the first one ended on, told again whole, supersedes it).
 *
 * Whose: a download holds every profile of the account. With `--me NAME` naming one of its profiles (any
 * case), only that profile's rows are read, as the user's; without it, or naming none, every profile is
 * read, and where the download has more than one (PROFILES/Profiles.csv, else the file's own profile
 * names) each paragraph says whose ("On Dan's profile, watched …") and each note is the profile's
 * (`netflix:day:2026-11-28:Dan`, "Netflix viewing, 28 November 2026 (Dan's profile)").
 *
 * Memory stays bounded: each file is streamed (csv-records.ts) twice, once for its profiles (or the page's
 * order of day and month) and once for its rows; days are held as sittings, given early past
 * {@link MAX_HELD_ROWS}. Checked against a real download published on GitHub (allanmviana/Netflix-Screen-Time:
 * every folder, ViewingActivity.csv's hooks, trailers, "Not latest view" and "Autoplayed: user action:
 * …; ", Ratings.csv, MyList.csv, SearchHistory.csv, Profiles.csv), two more Ratings.csv
 * (honorejabiro/netflix-report, JessicaQueiroz/DashNetflix), NetflixViewingHistory.csv files in US and
 * Finnish forms (tsachit/import-netflix-viewing-history, JustAuramo/trakt-import-github-action), Ryot's
 * importer (Thumbs Value 1, 2, 3; the "_hook_", "Trailer:" and "_backfill" titles it skips) and the d3i
 * data-donation script (the download's file names; HOOK, TRAILER, TEASER_TRAILER, CINEMAGRAPH).
 */
import { readdirSync } from "node:fs";
import { stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { humanDate, isoDate } from "../../time/format.js";
import { inImportRange, isoToMs } from "../../time/import-dates.js";
import { type CsvColumns, cellOf, csvRecords, headerCells } from "../kit/csv-records.js";
import { downloadAbove, rememberedTest } from "../kit/download-root.js";
import { fileStart } from "../kit/file-start.js";
import { episodeWords, type NetflixTitle, parseNetflixTitle, type Sitting, timesWords, watchedWords } from "./netflix-titles.js";
import { NO_TEXT, NOTE_SPEAKER } from "../notes/note.js";
import { dayWords, listed } from "../kit/record-words.js";
import { ImportError, type ParsedConversation, type ParsedTurn } from "../kit/types.js";

/** What a file Netflix wrote holds, by its header: the page's history, or the download's viewing activity, ratings, My List or searches. */
export type NetflixKind = "history" | "activity" | "ratings" | "mylist" | "searches";

/** What a reader is told: where to report the bytes read, and who the user is (`--me`: a profile's name). */
export type NetflixOptions = { onProgress?: (bytesRead: number, totalBytes: number) => void; me?: string };

/** ViewingActivity.csv's header as Netflix writes it. */
export const NETFLIX_ACTIVITY_COLUMNS = [
  "Profile Name",
  "Start Time",
  "Duration",
  "Attributes",
  "Title",
  "Supplemental Video Type",
  "Device Type",
  "Bookmark",
  "Latest Bookmark",
  "Country",
] as const;

/** Ratings.csv's header as Netflix writes it. */
export const NETFLIX_RATINGS_COLUMNS = [
  "Profile Name",
  "Title Name",
  "Rating Type",
  "Star Value",
  "Thumbs Value",
  "Device Model",
  "Event Utc Ts",
  "Region View Date",
] as const;

/** MyList.csv's header as Netflix writes it. */
export const NETFLIX_MYLIST_COLUMNS = ["Profile Name", "Title Name", "Country", "Utc Title Add Date"] as const;

/** SearchHistory.csv's header as Netflix writes it. */
export const NETFLIX_SEARCH_COLUMNS = [
  "Profile Name",
  "Country Iso Code",
  "Device",
  "Is Kids",
  "Query Typed",
  "Displayed Name",
  "Action",
  "Section",
  "Utc Timestamp",
] as const;

/** Shortest sitting told (seconds): an autoplayed preview or a click away is shorter. */
export const MIN_VIEW_SECONDS = 60;

/** Most rows held (sittings, searches) before the days read so far are given. */
export const MAX_HELD_ROWS = 100_000;

/** Most characters of one CSV record: an unclosed quote is refused here, not read to the file's end into memory. */
const MAX_RECORD_CHARS = 1024 * 1024;

/** The columns each kind needs, as Netflix names them. */
const REQUIRED: Readonly<Record<NetflixKind, readonly string[]>> = {
  history: ["Title", "Date"],
  activity: ["Profile Name", "Start Time", "Duration", "Title"],
  ratings: ["Profile Name", "Title Name", "Thumbs Value", "Event Utc Ts"],
  mylist: ["Profile Name", "Title Name", "Utc Title Add Date"],
  searches: ["Profile Name", "Query Typed", "Displayed Name", "Action", "Utc Timestamp"],
};

/** The page's history's first row: both cells quoted, the second a day ("10/21/20", "14/11/2026", "16.8.2022", "2026-11-14"). */
const HISTORY_ROW = /^"(?:[^"]|"")*","\d{1,4}[./-]\d{1,2}[./-]\d{1,4}"\s*$/;

/**
 * What a Netflix file is, by its start (a byte-order mark dropped) and its name: ViewingActivity.csv,
 * Ratings.csv, MyList.csv and SearchHistory.csv by their headers' Netflix names; NetflixViewingHistory.csv
 * by its header `Title,Date` and its first row's quoted cells and day (or, with no row, its name); null for
 * any other file.
 */
export function netflixKind(start: string, file: string): NetflixKind | null {
  const cells = headerCells(start);
  const has = (names: readonly string[]) => names.every((n) => cells.includes(n));
  if (cells.length === 2 && cells[0] === "Title" && cells[1] === "Date") {
    const second = start.split(/\r?\n/)[1] ?? "";
    return HISTORY_ROW.test(second) || (!second.trim() && /^NetflixViewingHistory\b/i.test(basename(file))) ? "history" : null;
  }
  if (!cells.includes("Profile Name")) return null;
  if (has(REQUIRED.activity)) return "activity";
  if (has(REQUIRED.ratings)) return "ratings";
  if (has(REQUIRED.mylist)) return "mylist";
  if (has(REQUIRED.searches)) return "searches";
  return null;
}

/** Whether a file is Netflix's, by its start and name ({@link netflixKind}), or any other file of an unzipped download ({@link netflixPassedOver}). */
export function isNetflixFile(start: string, file: string): boolean {
  return netflixKind(start, file) !== null || netflixPassedOver(file) !== null;
}

/** Whether the folder `root` is an unzipped Netflix download: it holds CONTENT_INTERACTION/ (remembered per folder, at most 64). */
const isNetflixDownload = rememberedTest((root) => readdirSync(root, { withFileTypes: true }).some((e) => e.isDirectory() && e.name === "CONTENT_INTERACTION"));

/** The unzipped Netflix download `file` is of and its path inside it ("CONTENT_INTERACTION/Ratings.csv"), or null: its folder or one at most two above it holding CONTENT_INTERACTION/. */
function downloadOf(file: string): { root: string; parts: string[] } | null {
  return downloadAbove(file, isNetflixDownload, 2);
}

/** Why each other file of a download is passed over, by its folder (or its name, at the top). */
const ASIDE: ReadonlyArray<readonly [RegExp, string]> = [
  [/^content_interaction\/indicatedpreferences\.csv$/, "the titles Netflix asked a profile about when it was new, not what was watched"],
  [/^content_interaction\/interactivetitles\.csv$/, "the choices made in Netflix's interactive titles"],
  [/^content_interaction\/playbackrelatedevents\.csv$/, "every play, pause and seek of each viewing, which ViewingActivity.csv tells as a sitting"],
  [/^content_interaction\/gameplaysession\.csv$|^games\//, "Netflix games played, with the device and IP address"],
  [/^content_interaction\//, "Netflix's record of a profile's interactions, not what was watched"],
  [/^profiles\//, "the profiles' settings and avatars (each viewing is told with its profile)"],
  [/^account\//, "the Netflix account's details: name, email, phone, sign-up and consents"],
  [/^payment_and_billing\//, "the payments for the Netflix membership, with the card's last digits"],
  [/^devices\//, "the devices that played Netflix, by their ids"],
  [/^ip_addresses\//, "the IP addresses the Netflix account was used from"],
  [/^clickstream\//, "every click in Netflix's apps and website, no one's words"],
  [/^customer_service\//, "the account's contacts with Netflix's customer service"],
  [/^messages\//, "the emails and notifications Netflix sent"],
  [/^[^/]+\.pdf$/, "Netflix's guide to the files of its download"],
];

/**
 * Why `file`, a file of an unzipped Netflix download (a folder holding CONTENT_INTERACTION/), is passed
 * over, in words; null for its ViewingActivity.csv, Ratings.csv, MyList.csv and SearchHistory.csv (told by
 * their headers, {@link netflixKind}) and for a file of no download. Its CONTENT_INTERACTION/'s other files
 * (IndicatedPreferences.csv, InteractiveTitles.csv, PlaybackRelatedEvents.csv), PROFILES/, ACCOUNT/,
 * PAYMENT_AND_BILLING/, DEVICES/, IP_ADDRESSES/, CLICKSTREAM/, CUSTOMER_SERVICE/, MESSAGES/, GAMES/ and the
 * guides at its top ("Cover sheet.pdf", "Additional Information.pdf", in the account's language) are no
 * record of what was watched. Reads the first KiB of a CSV under CONTENT_INTERACTION/.
 */
export function netflixPassedOver(file: string): string | null {
  const download = downloadOf(file);
  if (!download) return null;
  const path = download.parts.join("/").toLowerCase();
  if (/^content_interaction\/[^/]+\.csv$/.test(path)) {
    const start = fileStart(file);
    if (start !== null && netflixKind(start, file) !== null) return null;
    if (/^content_interaction\/(?:viewingactivity|ratings|mylist|searchhistory)\.csv$/.test(path))
      return `Netflix's ${basename(file)}, but its header is none Engram knows (ViewingActivity.csv opens "Profile Name,Start Time,Duration,…"): not read`;
  }
  const known = ASIDE.find(([name]) => name.test(path));
  return known ? known[1] : `Netflix's ${basename(file)}, the account's data`;
}

/** A row's profile as said: "Dan's profile". */
function whose(profile: string): string {
  return `${profile}'s profile`;
}

/** Which profiles are read and which are named ({@link tellingOf}). */
interface Telling {
  keep: (profile: string) => boolean;
  named: boolean;
}

/**
 * Which profiles of `profiles` (the download's) are read, and whether they are named: with `me` naming one
 * (any case), that one, as the user's; else all, named when more than one.
 */
function tellingOf(profiles: ReadonlySet<string>, me: string | undefined): Telling {
  const wanted = me?.trim().toLowerCase();
  const mine = wanted ? [...profiles].find((p) => p.toLowerCase() === wanted) : undefined;
  if (mine !== undefined) return { keep: (p) => p === mine, named: false };
  return { keep: () => true, named: profiles.size > 1 };
}

/** The profiles PROFILES/Profiles.csv names, beside `file` in its download; empty when there is none or it cannot be read. */
async function downloadProfiles(file: string): Promise<Set<string>> {
  const names = new Set<string>();
  const download = downloadOf(file);
  if (!download) return names;
  const path = join(download.root, "PROFILES", "Profiles.csv");
  try {
    const info = await stat(path);
    let at = -1;
    for await (const { cells } of csvRecords(path, info.size, MAX_RECORD_CHARS).records) {
      if (at < 0) {
        at = cells.findIndex((c) => c.trim() === "Profile Name");
        if (at < 0) return names;
        continue;
      }
      const name = (cells[at] ?? "").trim();
      if (name) names.add(name);
      if (names.size >= 64) break;
    }
  } catch {
    return new Set();
  }
  return names;
}

/** The header of a file of `kind`. @throws ImportError (`line N`) naming a column it lacks. */
function columnsOf(file: string, cells: string[], line: number, kind: NetflixKind): CsvColumns {
  const columns = new Map(cells.map((name, i) => [name.trim(), i]));
  const missing = REQUIRED[kind].find((c) => !columns.has(c));
  if (missing)
    throw new ImportError(file, `line ${line}`, `no "${missing}" column: not Netflix's ${FILE_NAMES[kind]} (its header names ${REQUIRED[kind].join(",")})`);
  return columns;
}

/** The file Netflix writes each kind as. */
const FILE_NAMES: Readonly<Record<NetflixKind, string>> = {
  history: "NetflixViewingHistory.csv",
  activity: "ViewingActivity.csv",
  ratings: "Ratings.csv",
  mylist: "MyList.csv",
  searches: "SearchHistory.csv",
};

/** The profiles a file's rows name (its first pass), with the download's; the rows' `Profile Name` column. */
async function profilesOf(file: string, size: number): Promise<Set<string>> {
  const names = await downloadProfiles(file);
  let at = -1;
  for await (const { cells } of csvRecords(file, size, MAX_RECORD_CHARS).records) {
    if (at < 0) {
      at = cells.findIndex((c) => c.trim() === "Profile Name");
      continue;
    }
    const name = (cells[at] ?? "").trim();
    if (name && names.size < 10_000) names.add(name);
  }
  return names;
}

/** A time as the download writes one ("2026-11-14 20:31:07", UTC; "2026-09-14T12:00:00Z"), or a day ("2026-10-05", noon UTC). @throws ImportError naming the line and column. */
function timeCell(file: string, line: number, row: string[], columns: CsvColumns, column: string, dayOnly = false): number {
  const value = cellOf(row, columns, column);
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const at = isoToMs(day ? `${value}T12:00:00Z` : value);
  if (!value || Number.isNaN(at) || (dayOnly && !day && !/^\d{4}-\d{2}-\d{2}[T ]/.test(value)))
    throw new ImportError(
      file,
      `line ${line}`,
      `${column} ${JSON.stringify(value)}: expected ${dayOnly ? 'a day as Netflix writes it, "2026-10-05"' : 'a time as Netflix writes it, "2026-11-14 20:31:07" (UTC)'}`,
    );
  return at;
}

/** A row's title in `column`. @throws ImportError naming the line: an empty one. */
function titleCell(file: string, line: number, row: string[], columns: CsvColumns, column: string): string {
  const title = cellOf(row, columns, column).replace(/\s+/g, " ");
  if (!title) throw new ImportError(file, `line ${line}`, `${column} is empty: expected what was watched`);
  return title;
}

/** A title that is a hook, a clip or a trailer, by its name (a row whose Supplemental Video Type is empty may still be one). */
const SUPPLEMENTAL_TITLE = /_hook_|_backfill|_clip_|^(?:trailer|clip)\s*:|\((?:trailer|teaser)\)|\(bande-annonce\)/i;

/** A day's UTC date of a time ("2026-11-28"). */
function dayKey(at: number): string {
  return isoDate(at);
}

/** A note of a day being gathered: its key, its title, and its rows by what they tell. */
interface DayNote {
  key: string;
  title: string;
  profile: string | null;
  /** Each show's or film's sittings, by its paragraph's name. */
  viewings: Map<string, { title: NetflixTitle; sittings: Array<Sitting & { row: number; episode: string; line: number }> }>;
  /** Each search's results, by its query. */
  searches: Map<string, { query: string; at: number; line: number; played: string[]; looked: string[] }>;
}

/** The note of `profile`'s day `day` ("2026-11-28"): keyed `netflix:day:2026-11-28` (`netflix:history:…` of the page's history), the profile after it when named. */
function dayNote(day: string, profile: string, telling: Telling, history: boolean): { key: string; title: string } {
  const suffix = telling.named ? `:${profile}` : "";
  const title = `Netflix viewing, ${humanDate(Date.parse(`${day}T12:00:00Z`))}${telling.named ? ` (${whose(profile)})` : ""}`;
  return { key: `netflix:${history ? "history" : "day"}:${day}${suffix}`, title };
}

/** Days held, given as notes when the file ends or past {@link MAX_HELD_ROWS}. */
class HeldDays {
  private readonly days = new Map<string, DayNote>();
  private rows = 0;

  constructor(
    private readonly telling: Telling,
    private readonly history: boolean,
  ) {}

  /** The day note of `profile` on `day`, made when new. */
  day(day: string, profile: string): DayNote {
    const { key, title } = dayNote(day, profile, this.telling, this.history);
    let note = this.days.get(key);
    if (!note) {
      note = { key, title, profile: this.telling.named ? profile : null, viewings: new Map(), searches: new Map() };
      this.days.set(key, note);
    }
    this.rows++;
    return note;
  }

  /** The notes held, given when the file has ended (`all`) or past {@link MAX_HELD_ROWS}. */
  given(all: boolean): ParsedConversation[] {
    if (!all && this.rows <= MAX_HELD_ROWS) return [];
    const out = [...this.days.values()].map((d) => noteOf(d, this.history)).filter((c): c is ParsedConversation => c !== null);
    this.days.clear();
    this.rows = 0;
    return out;
  }
}

/** A note of `d`'s paragraphs, in time order; null when it has none. */
function noteOf(d: DayNote, history: boolean): ParsedConversation | null {
  const turns: ParsedTurn[] = [];
  for (const [name, v] of d.viewings) turns.push(viewingTurn(name, v.title, v.sittings, d.profile, history));
  for (const s of d.searches.values()) {
    const text = searchWords(s, d.profile);
    if (text)
      turns.push({
        externalId: `search ${s.query.toLowerCase()}`,
        speaker: NOTE_SPEAKER,
        role: "user",
        occurredAt: s.at,
        text,
        metadata: {
          line: s.line,
          netflix: { file: "searches", query: s.query, played: s.played, looked: s.looked, ...(d.profile ? { profile: d.profile } : {}) },
        },
      });
  }
  if (!turns.length) return null;
  turns.sort((a, b) => a.occurredAt - b.occurredAt);
  return { format: "note", externalId: d.key, title: d.title, participants: [NOTE_SPEAKER], startedAt: turns[0]!.occurredAt, turns, records: "day" };
}

/** A sentence's opening for `profile`'s row: "Watched …", or "On Dan's profile, watched …" when profiles are named. */
function opening(verb: string, profile: string | null): string {
  return profile ? `On ${whose(profile)}, ${verb.toLowerCase()}` : verb;
}

/**
 * A show's or film's viewings of a day as said: one episode "Watched "The Crown", season 6, episode 8 "Ritz"
 * on Saturday 28 November, 21:25–22:25 UTC (1 hour)."; several "Watched 4 episodes of "The Crown" on Saturday
 * 28 November: season 6, episode 5 "Willsmania" (14:02–14:58 UTC), … and episode 8 "Ritz" (21:25–22:25 UTC),
 * 3 hours 40 minutes in all."; a film "Watched "His House" on Saturday 31 October, 21:12–22:46 UTC (1 hour 33
 * minutes)."; the page's history, with no times, "Watched "The Crown", season 6, "Ritz" on Saturday 28 November."
 */
function viewingTurn(
  name: string,
  title: NetflixTitle,
  sittings: Array<Sitting & { row: number; episode: string; line: number }>,
  profile: string | null,
  history: boolean,
): ParsedTurn {
  const ordered = [...sittings].sort((a, b) => a.start - b.start || b.row - a.row);
  const day = dayWords(ordered[0]!.start);
  const seconds = ordered.reduce((n, s) => n + s.seconds, 0);
  let text: string;
  let episodes = 0;
  if (title.kind === "title") {
    text = history
      ? `${opening("Watched", profile)} "${title.name}" on ${day}.`
      : `${opening("Watched", profile)} "${title.name}" on ${day}, ${timesWords(ordered)} (${watchedWords(seconds)}).`;
  } else {
    // (each episode once, in the order first watched, with its sittings)
    const byEpisode = new Map<string, { e: NetflixTitle & { kind: "episode" }; sittings: Sitting[] }>();
    for (const s of ordered) {
      const e = parseNetflixTitle(s.episode) as NetflixTitle & { kind: "episode" };
      const held = byEpisode.get(s.episode) ?? { e, sittings: [] };
      held.sittings.push(s);
      byEpisode.set(s.episode, held);
    }
    const items = [...byEpisode.values()];
    episodes = items.length;
    let season: string | null | undefined;
    const said = items.map(({ e, sittings: times }) => {
      const words = episodeWords(e, e.season !== season);
      season = e.season;
      return history || items.length === 1 ? words : `${words} (${timesWords(times)})`;
    });
    const show = `"${title.show}"`;
    if (items.length === 1)
      text = history
        ? `${opening("Watched", profile)} ${show}, ${said[0]} on ${day}.`
        : `${opening("Watched", profile)} ${show}, ${said[0]} on ${day}, ${timesWords(ordered)} (${watchedWords(seconds)}).`;
    else
      text = history
        ? `${opening("Watched", profile)} ${items.length} episodes of ${show} on ${day}: ${listed(said)}.`
        : `${opening("Watched", profile)} ${items.length} episodes of ${show} on ${day}: ${listed(said)}, ${watchedWords(seconds)} in all.`;
  }
  return {
    externalId: name,
    speaker: NOTE_SPEAKER,
    role: "user",
    occurredAt: ordered[0]!.start,
    text,
    metadata: {
      line: ordered[0]!.line,
      netflix: {
        file: history ? "history" : "activity",
        ...(title.kind === "title" ? { title: title.name } : { show: title.show, episodes }),
        ...(history ? {} : { seconds, sittings: ordered.length }),
        ...(profile ? { profile } : {}),
      },
    },
  };
}

/** A search as said: "Searched Netflix for "chess" on Saturday 3 October and played "The Queen's Gambit"."; null when it found nothing looked at or played. */
function searchWords(s: { query: string; at: number; played: string[]; looked: string[] }, profile: string | null): string | null {
  const looked = s.looked.filter((t) => !s.played.includes(t));
  const quoted = (titles: string[]) => listed(titles.map((t) => `"${t}"`));
  const found = [looked.length ? `looked at ${quoted(looked)}` : "", s.played.length ? `played ${quoted(s.played)}` : ""].filter(Boolean);
  if (!found.length) return null;
  return `${opening("Searched", profile)} Netflix for "${s.query}" on ${dayWords(s.at)} and ${found.join(", then ")}.`;
}

/** The paragraph's name of a title: `show The Crown` for an episode, `title His House` for anything else. */
function viewingName(title: NetflixTitle): string {
  return title.kind === "episode" ? `show ${title.show}` : `title ${title.name}`;
}

/** "00:52:10" as seconds. @throws ImportError naming the line: no such duration. */
function durationCell(file: string, line: number, value: string): number {
  const m = /^(\d{1,4}):([0-5]\d):([0-5]\d)$/.exec(value);
  if (!m) throw new ImportError(file, `line ${line}`, `Duration ${JSON.stringify(value)}: expected how long was watched as Netflix writes it, "00:52:10"`);
  return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
}

/** Reads ViewingActivity.csv: each kept profile's sittings of a minute or more but supplemental videos, a note per profile and day. */
async function* parseActivity(file: string, size: number, telling: Telling, opts: NetflixOptions): AsyncGenerator<ParsedConversation> {
  const held = new HeldDays(telling, false);
  let columns: CsvColumns | null = null;
  let told = 0;
  let row = 0;
  for await (const { cells, line } of csvRecords(file, size, MAX_RECORD_CHARS, opts.onProgress).records) {
    if (!columns) {
      columns = columnsOf(file, cells, line, "activity");
      continue;
    }
    if (cells.every((c) => !c.trim())) continue;
    row++;
    const start = timeCell(file, line, cells, columns, "Start Time");
    const seconds = durationCell(file, line, cellOf(cells, columns, "Duration"));
    const title = titleCell(file, line, cells, columns, "Title");
    const profile = cellOf(cells, columns, "Profile Name");
    if (!telling.keep(profile)) continue;
    if (cellOf(cells, columns, "Supplemental Video Type") || SUPPLEMENTAL_TITLE.test(title) || seconds < MIN_VIEW_SECONDS) continue;
    const parsed = parseNetflixTitle(title);
    const name = viewingName(parsed);
    const note = held.day(dayKey(start), profile);
    const viewing = note.viewings.get(name) ?? { title: parsed, sittings: [] };
    viewing.sittings.push({ start, seconds, row, episode: title, line });
    note.viewings.set(name, viewing);
    told++;
    yield* held.given(false);
  }
  if (!columns) throw new ImportError(file, "line 1", "no header: not Netflix's ViewingActivity.csv");
  if (!told)
    throw new ImportError(
      file,
      "line 1",
      `${NO_TEXT}: a Netflix viewing activity with no viewing of a minute or more${telling.named ? "" : " of this profile"}`,
    );
  yield* held.given(true);
}

/** Reads SearchHistory.csv: each kept profile's searches that found what was looked at or played, in their day's note. */
async function* parseSearches(file: string, size: number, telling: Telling, opts: NetflixOptions): AsyncGenerator<ParsedConversation> {
  const held = new HeldDays(telling, false);
  let columns: CsvColumns | null = null;
  let told = 0;
  for await (const { cells, line } of csvRecords(file, size, MAX_RECORD_CHARS, opts.onProgress).records) {
    if (!columns) {
      columns = columnsOf(file, cells, line, "searches");
      continue;
    }
    if (cells.every((c) => !c.trim())) continue;
    const at = timeCell(file, line, cells, columns, "Utc Timestamp");
    const profile = cellOf(cells, columns, "Profile Name");
    const query = cellOf(cells, columns, "Query Typed").replace(/\s+/g, " ");
    const shown = cellOf(cells, columns, "Displayed Name").replace(/\s+/g, " ");
    const action = cellOf(cells, columns, "Action").toLowerCase();
    // (a row of Netflix's popular searches, nothing typed; a suggestion, a genre or a person, is no title)
    if (!telling.keep(profile) || !query || !shown || (action !== "play" && action !== "view_video_info")) continue;
    const note = held.day(dayKey(at), profile);
    const search = note.searches.get(query.toLowerCase()) ?? { query, at, line, played: [], looked: [] };
    const list = action === "play" ? search.played : search.looked;
    if (!list.includes(shown)) list.push(shown);
    if (at < search.at) Object.assign(search, { at, line });
    note.searches.set(query.toLowerCase(), search);
    told++;
    yield* held.given(false);
  }
  if (!columns) throw new ImportError(file, "line 1", "no header: not Netflix's SearchHistory.csv");
  if (!told) throw new ImportError(file, "line 1", `${NO_TEXT}: Netflix searches with no title looked at or played`);
  yield* held.given(true);
}

/** What a rating says: "a thumbs down", "a thumbs up", "two thumbs up", "4 out of 5 stars"; null for none (0). @throws ImportError naming the line: another value. */
function ratingWords(file: string, line: number, row: string[], columns: CsvColumns): string | null {
  const stars = cellOf(row, columns, "Star Value");
  const thumbs = cellOf(row, columns, "Thumbs Value");
  const type = cellOf(row, columns, "Rating Type").toLowerCase();
  if (type === "star" || (!thumbs && stars)) {
    if (!/^[0-5]$/.test(stars)) throw new ImportError(file, `line ${line}`, `Star Value ${JSON.stringify(stars)}: expected a star rating from 1 to 5`);
    return stars === "0" ? null : `${stars} out of 5 stars`;
  }
  const words = ["", "a thumbs down", "a thumbs up", "two thumbs up"][Number(thumbs)];
  if (!/^[0-3]$/.test(thumbs) || words === undefined)
    throw new ImportError(file, `line ${line}`, `Thumbs Value ${JSON.stringify(thumbs)}: expected 1 (thumbs down), 2 (thumbs up), 3 (two thumbs up) or 0`);
  return words || null;
}

/** Reads Ratings.csv or MyList.csv: one note of each kept profile's ratings ("Netflix ratings") or list ("Netflix My List"), a paragraph per title. */
async function* parseTitles(
  file: string,
  size: number,
  kind: "ratings" | "mylist",
  telling: Telling,
  opts: NetflixOptions,
): AsyncGenerator<ParsedConversation> {
  const notes = new Map<string, ParsedConversation>();
  let columns: CsvColumns | null = null;
  let held = 0;
  for await (const { cells, line } of csvRecords(file, size, MAX_RECORD_CHARS, opts.onProgress).records) {
    if (!columns) {
      columns = columnsOf(file, cells, line, kind);
      continue;
    }
    if (cells.every((c) => !c.trim())) continue;
    const title = titleCell(file, line, cells, columns, "Title Name");
    const profile = cellOf(cells, columns, "Profile Name");
    const at = kind === "ratings" ? timeCell(file, line, cells, columns, "Event Utc Ts") : timeCell(file, line, cells, columns, "Utc Title Add Date", true);
    const rating = kind === "ratings" ? ratingWords(file, line, cells, columns) : null;
    if (!telling.keep(profile) || (kind === "ratings" && rating === null)) continue;
    const named = telling.named ? profile : null;
    const text =
      kind === "ratings"
        ? `${opening("Gave", named)} "${title}" ${rating} on Netflix on ${dayWords(at)}.`
        : `Added "${title}" to ${named ? `${named}'s` : "my"} Netflix list on ${dayWords(at)}.`;
    const key = `netflix:${kind === "ratings" ? "ratings" : "mylist"}${named ? `:${named}` : ""}`;
    const note = notes.get(key) ?? {
      format: "note" as const,
      externalId: key,
      title: `${kind === "ratings" ? "Netflix ratings" : "Netflix My List"}${named ? ` (${whose(named)})` : ""}`,
      participants: [NOTE_SPEAKER],
      startedAt: at,
      turns: [] as ParsedTurn[],
      records: "log" as const,
    };
    notes.set(key, note);
    note.turns.push({
      externalId: `${kind === "ratings" ? "rating" : "list"} ${title}`,
      speaker: NOTE_SPEAKER,
      role: "user",
      occurredAt: at,
      text,
      metadata: { line, netflix: { file: kind, title, ...(named ? { profile: named } : {}) } },
    });
    if (++held > MAX_HELD_ROWS) {
      yield* givenNotes(notes);
      held = 0;
    }
  }
  if (!columns) throw new ImportError(file, "line 1", `no header: not Netflix's ${FILE_NAMES[kind]}`);
  if (!notes.size && !held)
    throw new ImportError(file, "line 1", `${NO_TEXT}: ${kind === "ratings" ? "Netflix ratings with no title rated" : "a Netflix list with no title"}`);
  yield* givenNotes(notes);
}

/** The notes held, each in time order, no longer held. */
function* givenNotes(notes: Map<string, ParsedConversation>): Generator<ParsedConversation> {
  for (const note of notes.values()) {
    note.turns.sort((a, b) => a.occurredAt - b.occurredAt);
    note.startedAt = note.turns[0]?.occurredAt ?? note.startedAt;
    if (note.turns.length) yield note;
  }
  notes.clear();
}

/** A day as the page's history writes one: its three numbers and what separates them ("10/21/20", "14/11/2026", "16.8.2022", "2026-11-14"). */
const HISTORY_DAY = /^(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})$/;

/**
 * The order of the page's history's days (its first pass): "ymd" when a year comes first; "dmy" when a
 * first number is over 12, "mdy" when a second is; else by their form, "mdy" for the US's two-digit year
 * after slashes ("10/21/20"), "dmy" for the rest. @throws ImportError: days of both orders.
 */
async function historyOrder(file: string, size: number): Promise<"ymd" | "dmy" | "mdy"> {
  let header = true;
  let dayFirst = false;
  let monthFirst = false;
  let usForm = false;
  let line = 0;
  for await (const record of csvRecords(file, size, MAX_RECORD_CHARS).records) {
    if (header) {
      header = false;
      continue;
    }
    const m = HISTORY_DAY.exec((record.cells[1] ?? "").trim());
    if (!m) continue;
    if (m[1]!.length === 4) return "ymd";
    if (Number(m[1]) > 12) dayFirst = true;
    if (Number(m[3]) > 12) monthFirst = true;
    if (m[2] === "/" && m[4]!.length === 2) usForm = true;
    if (dayFirst && monthFirst) {
      line = record.line;
      throw new ImportError(file, `line ${line}`, "its days are written both day first and month first: not one Netflix history");
    }
  }
  return dayFirst ? "dmy" : monthFirst ? "mdy" : usForm ? "mdy" : "dmy";
}

/** A day of the page's history at noon UTC (its day in any zone). @throws ImportError naming the line: no such day. */
function historyDay(file: string, line: number, value: string, order: "ymd" | "dmy" | "mdy"): number {
  const m = HISTORY_DAY.exec(value.trim());
  const [a, b, c] = m ? [Number(m[1]), Number(m[3]), Number(m[4])] : [0, 0, 0];
  const [y, mo, d] = order === "ymd" ? [a, b, c] : order === "dmy" ? [c, b, a] : [c, a, b];
  const year = y < 100 ? 2000 + y : y;
  const at = Date.UTC(year, mo - 1, d, 12);
  const back = new Date(at);
  if (!m || back.getUTCFullYear() !== year || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || !inImportRange(at))
    throw new ImportError(
      file,
      `line ${line}`,
      `Date ${JSON.stringify(value)}: expected a day as Netflix writes it for the account's country ("11/14/26", "14/11/2026")`,
    );
  return at;
}

/** Reads the page's NetflixViewingHistory.csv: a note per day of the titles watched, no times (the file gives none). */
async function* parseHistory(file: string, size: number, opts: NetflixOptions): AsyncGenerator<ParsedConversation> {
  const order = await historyOrder(file, size);
  const held = new HeldDays({ keep: () => true, named: false }, true);
  let columns: CsvColumns | null = null;
  let row = 0;
  for await (const { cells, line } of csvRecords(file, size, MAX_RECORD_CHARS, opts.onProgress).records) {
    if (!columns) {
      columns = columnsOf(file, cells, line, "history");
      continue;
    }
    if (cells.every((c) => !c.trim())) continue;
    row++;
    const title = titleCell(file, line, cells, columns, "Title");
    const at = historyDay(file, line, cellOf(cells, columns, "Date"), order);
    const parsed = parseNetflixTitle(title);
    const name = viewingName(parsed);
    const note = held.day(dayKey(at), "");
    const viewing = note.viewings.get(name) ?? { title: parsed, sittings: [] };
    // (newest first in the file: a later row is an earlier viewing of the day)
    viewing.sittings.push({ start: at, seconds: 0, row, episode: title, line });
    note.viewings.set(name, viewing);
    yield* held.given(false);
  }
  if (!columns) throw new ImportError(file, "line 1", "no header: not Netflix's NetflixViewingHistory.csv");
  if (!row) throw new ImportError(file, "line 1", `${NO_TEXT}: a Netflix viewing history with no title`);
  yield* held.given(true);
}

/**
 * Reads `file`, a file Netflix wrote (see the module comment), as notes of the user's (format `note`, said
 * by the user, speaker "User", trust `user`): the page's NetflixViewingHistory.csv and the download's
 * ViewingActivity.csv a note per profile and day (`netflix:history:2026-11-28`, `netflix:day:2026-11-28`,
 * ":<profile>" after it when profiles are named), its SearchHistory.csv's searches in the same day notes,
 * Ratings.csv one note (`netflix:ratings`), MyList.csv one (`netflix:mylist`); each paragraph named by what
 * it tells (`show <show>`, `title <title>`, `search <query>`, `rating <title>`, `list <title>`), of its
 * first sitting's time (a day of the page's history at noon UTC). Turn metadata `{ line, netflix: { file,
 * show, episodes, title, seconds, sittings, query, played, looked, profile } }`. `opts.me` names the user's
 * profile ({@link tellingOf}); every row is checked whoever's it is.
 * @throws ImportError naming the file and where: a header without its columns (`line 1: no "Start Time"
 *   column: …`); a cell that is wrong, at its row's line and by its column (`line 7: Start Time "x":
 *   expected a time as Netflix writes it, "2026-11-14 20:31:07" (UTC)`; a Duration, a Date, a Thumbs or
 *   Star Value, a Utc Title Add Date, an empty Title); the page's days written both day first and month
 *   first; the CSV's own faults at the line csv-parse stopped at; invalid UTF-8 at its line and byte. A
 *   file with nothing to tell, and any other file of a download ({@link netflixPassedOver}), says why,
 *   "the note has no text: …" (a folder passes it over, saying so).
 */
export async function* parseNetflix(file: string, opts: NetflixOptions = {}): AsyncGenerator<ParsedConversation> {
  const start = fileStart(file) ?? "";
  const kind = netflixKind(start, file);
  if (kind === null) {
    const aside = netflixPassedOver(file);
    if (aside) throw new ImportError(file, "line 1", `${NO_TEXT}: ${aside}`);
    throw new ImportError(
      file,
      "line 1",
      'not a file Netflix wrote (NetflixViewingHistory.csv opens "Title,Date"; a download\'s ViewingActivity.csv "Profile Name,Start Time,Duration,…")',
    );
  }
  const { size } = await stat(file);
  if (kind === "history") {
    yield* parseHistory(file, size, opts);
    return;
  }
  const telling = tellingOf(await profilesOf(file, size), opts.me);
  if (kind === "activity") yield* parseActivity(file, size, telling, opts);
  else if (kind === "searches") yield* parseSearches(file, size, telling, opts);
  else yield* parseTitles(file, size, kind, telling, opts);
}

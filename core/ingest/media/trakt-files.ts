/**
 * What a file of Trakt's data export is (Settings → Data → "Export now": a ZIP of JSON files, unzipped), told by
 * its first item's members and, for a list or a file with no item, by its name; and why each file Engram does not
 * read is passed over. Each file Trakt writes is a JSON array (the user's profile, settings and counts an object),
 * named by the API endpoint it was read from, a section too long for one file cut into pages numbered from 1
 * (`watched-history-1.json`, `watched-history-2.json` …; `watched-history.json` when it is one):
 *
 * - read (trakt.ts): `watched-history` (each viewing: `{ id, watched_at, action, type, movie | episode + show }`),
 *   `ratings-movies|shows|seasons|episodes` (`{ rated_at, rating, type, … }`), `lists-watchlist`, `lists-favorites`
 *   and each custom list's items, `lists-list-<list id>-<slug>` (`{ rank, id, listed_at, notes, type, … }`, in
 *   either order), `comments-movies|shows|seasons|episodes|lists` (`{ type, …, comment: { id, comment, … } }`);
 * - passed over ({@link traktPassedOver}): the aggregates `watched-movies`, `watched-shows`, `watched-playback`;
 *   `collection-*`, `hidden-*`, `likes-*`, `network-*`, `notes-*`; `lists-lists` (the lists' names, read with each
 *   list), `lists-collaborations`; `user-profile`, `user-settings` (read for its time zone), `user-stats`,
 *   `user-last-activities`, `user-saved-filters`.
 *
 * Checked against a real export's files in Yamtrack's test data (FuzzyGrim/Yamtrack,
 * src/integrations/tests/mock_data/trakt_export), the ZIP importers of Yamtrack (integrations/imports/trakt.py:
 * base names matched in any subfolder, pages followed from 1), Ryot (crates/services/importer/trakt/src/export.rs:
 * `lists-list-<id>-<slug>.json`, the aggregate watched files not read) and a web exporter writing the same files
 * from the API (each file's endpoint and its `-<page>` suffix).
 */
import { readdirSync } from "node:fs";
import { basename, dirname } from "node:path";
import { rememberedTest } from "../kit/download-root.js";

/** What a file of Trakt's export holds that Engram reads. */
export type TraktKind = "history" | "ratings" | "watchlist" | "favorites" | "list" | "comments";

/** A file's name without its page: "watched-history-2.json" → "watched-history". */
function stemOf(name: string): string {
  return name.replace(/\.json$/i, "").replace(/-\d+$/, "");
}

/** The kind a file of Trakt's export is by its name alone (its stem, any page), or null for a name Trakt gives no file Engram reads. */
export function traktKindByName(file: string): TraktKind | null {
  const name = basename(file);
  if (!/\.json$/i.test(name)) return null;
  if (/^lists-list-\d+-/i.test(name)) return "list";
  switch (stemOf(name).toLowerCase()) {
    case "watched-history":
      return "history";
    case "ratings-movies":
    case "ratings-shows":
    case "ratings-seasons":
    case "ratings-episodes":
      return "ratings";
    case "lists-watchlist":
      return "watchlist";
    case "lists-favorites":
      return "favorites";
    case "comments-movies":
    case "comments-shows":
    case "comments-seasons":
    case "comments-episodes":
    case "comments-lists":
      return "comments";
    default:
      return null;
  }
}

/**
 * The members of the first object of a JSON array's start (`start`: the file's first bytes as text), those at
 * its own level only (a nested object's or array's are skipped), in the order written; null when `start` is no
 * array opening with an object. Members cut off by `start`'s end are not named.
 */
export function firstItemKeys(start: string): string[] | null {
  const s = start.replace(/^\uFEFF/, "");
  const m = /^\s*\[\s*\{/.exec(s);
  if (!m) return null;
  const keys: string[] = [];
  let depth = 1;
  for (let i = m[0].length; i < s.length && depth > 0; i++) {
    const c = s[i];
    if (c === '"') {
      let j = i + 1;
      while (j < s.length && s[j] !== '"') j += s[j] === "\\" ? 2 : 1;
      if (j >= s.length) break;
      if (depth === 1 && /^\s*:/.test(s.slice(j + 1, j + 16))) keys.push(s.slice(i + 1, j));
      i = j;
    } else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") depth--;
  }
  return keys;
}

/**
 * What `file`, one of Trakt's export's, holds by its start (its first bytes as text) and its name: an array whose
 * first item names `watched_at` and `action` (history), `rated_at` and `rating` (ratings), `listed_at` (a list's item:
 * the watchlist, the favorites or a custom list, by its name: `lists-watchlist`, `lists-favorites`, else a list), or
 * a `comment` object (comments), each with its `type` and the title of that type (`"movie": {…}`, `"episode": {…}` …);
 * an empty array (`[]`), or one whose first object is of another shape, by its name alone
 * ({@link traktKindByName}). Null for anything else.
 */
export function traktKind(start: string, file: string): TraktKind | null {
  const s = start.replace(/^\uFEFF/, "").trimStart();
  if (/^\[\s*\]\s*$/.test(s)) return traktKindByName(file);
  const keys = firstItemKeys(s);
  if (!keys) return null;
  const has = (...names: string[]) => names.every((n) => keys.includes(n));
  // (and the title it is of, a member named by its type: "movie", "show", "season", "episode", a list's "person", a comment's "list")
  const of = (...types: string[]) => types.some((t) => keys.includes(t));
  if (has("watched_at", "action", "type") && of("movie", "episode")) return "history";
  if (has("rated_at", "rating", "type") && of("movie", "show", "season", "episode")) return "ratings";
  if (has("listed_at", "type") && of("movie", "show", "season", "episode", "person")) {
    const byName = traktKindByName(file);
    return byName === "watchlist" || byName === "favorites" ? byName : "list";
  }
  if (has("comment", "type") && of("movie", "show", "season", "episode", "list") && /"comment"\s*:\s*\{/.test(s)) return "comments";
  // (an item of another shape in a file named as Trakt names one it reads: its reader says which member is wrong)
  return traktKindByName(file);
}

/** Whether a file (its start and path) is one of Trakt's export's that Engram reads ({@link traktKind}). */
export function isTraktFile(start: string, file: string): boolean {
  return traktKind(start, file) !== null;
}

/** The names that make a folder Trakt's export: its history, ratings, watchlist, lists or watched aggregates. */
const EXPORT_MARK =
  /^(?:watched-(?:history|movies|shows)|ratings-(?:movies|shows|seasons|episodes)|lists-(?:watchlist|favorites|lists)|user-last-activities)(?:-\d+)?\.json$/i;

/** Whether the folder `dir` is an unzipped Trakt export, by the files it holds ({@link EXPORT_MARK}; remembered per folder). */
const isTraktExport = rememberedTest((dir) => readdirSync(dir).some((name) => EXPORT_MARK.test(name)));

/** Why each file of Trakt's export that Engram does not read is passed over, by its stem. */
const PASSED_OVER: ReadonlyArray<readonly [RegExp, string]> = [
  [/^watched-(?:movies|shows)$/i, "each film's and show's plays and when it was last watched, which watched-history.json tells a viewing at a time"],
  [/^watched-playback$/i, "where films and episodes were paused on Trakt, to resume them"],
  [/^collection-/i, "the films, shows and episodes in the Trakt collection (what is owned, and on what)"],
  [/^hidden-/i, "the shows and films hidden from Trakt's progress, calendar and recommendations"],
  [/^likes-/i, "the comments and lists liked on Trakt, others' words"],
  [/^network-/i, "the Trakt accounts followed and following, by username"],
  [/^notes-/i, "Trakt's private notes on titles and ratings, which Engram does not read yet"],
  [/^lists-lists$/i, "the custom lists' names and descriptions, read with each list's items (lists-list-<id>-<slug>.json)"],
  [/^lists-collaborations$/i, "other Trakt users' lists the account can edit"],
  [/^user-profile$/i, "the Trakt account's profile (username, name, location)"],
  [/^user-settings$/i, "the Trakt account's settings (read for its time zone only)"],
  [/^user-stats$/i, "Trakt's counts of plays, minutes and ratings, counted from the history and ratings read"],
  [/^user-last-activities$/i, "when each part of the Trakt account last changed"],
  [/^user-saved-filters$/i, "the Trakt account's saved search filters"],
];

/**
 * Why `file` is passed over unread, in words, when it is a file of an unzipped Trakt export (a folder holding its
 * history, ratings, watchlist, lists or watched aggregates) that Engram does not read ({@link PASSED_OVER}), or any
 * other of its JSON files named as Trakt names them ("Trakt's <name>, the account's data"); null for the files read,
 * for any other file, and for a file of no Trakt export. Lists the folder once (remembered).
 */
export function traktPassedOver(file: string): string | null {
  const name = basename(file);
  if (!/\.json$/i.test(name) || traktKindByName(name) !== null) return null;
  if (!isTraktExport(dirname(file))) return null;
  const stem = stemOf(name);
  const known = PASSED_OVER.find(([re]) => re.test(stem));
  if (known) return known[1];
  // (Trakt names its files in lower-case words joined by hyphens; a file of the user's own beside them is none of them)
  return /^_?[a-z]+(?:[-_][a-z]+)*$/.test(stem) ? `Trakt's ${stem}, the account's data` : null;
}

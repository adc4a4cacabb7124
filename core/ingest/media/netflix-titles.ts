/**
 * Netflix's titles and how a viewing of one is said (netflix.ts). Netflix names an episode by its show,
 * its season and its own title, ": " between them, in the profile's language: "The Crown: Season 6: Ritz
 * (Episode 8)" in a download's ViewingActivity.csv, "The Crown: Season 6: Ritz" in the Viewing activity
 * page's NetflixViewingHistory.csv; "Fuller House: Temporada 5: Algo emprestado (Episódio 17)", "S.W.A.T.:
 * Kausi 4: Lockdown", "Trollhunters: Tales of Arcadia: Part 2: Homecoming", "Sherlock: Series 4: The Six
 * Thatchers", "The Queen's Gambit: Limited Series: Openings (Episode 1)", "Peaky Blinders: Season 2:
 * Episode 3". A film is its name, colons and all ("Glass Onion: A Knives Out Mystery"). So a title is an
 * episode only when it says so: a part that names a season (a word for season, series, part, volume,
 * book or collection and its number, or a limited series), or an episode's number in brackets at its
 * end; anything else is told whole, as written (checked against real NetflixViewingHistory.csv files in
 * English and Finnish and a Brazilian download's ViewingActivity.csv published on GitHub).
 */
import { durationWords, listed } from "../kit/record-words.js";

/** A title as Netflix names it: an episode (its show, season and own title, its number when Netflix gives it), or a film or anything else told whole. */
export type NetflixTitle =
  | { kind: "episode"; show: string; season: string | null; episode: string | null; number: number | null }
  | { kind: "title"; name: string };

/** An episode's number in brackets at the end of its title, in the profile's language: "(Episode 8)", "(Episódio 17)", "(Folge 3)". */
const EPISODE_NUMBER = /\s*\(\s*[^()\d]{2,24}?\s+(\d{1,4})\s*\)\s*$/u;

/** A part of a title that names a season: "Season 6", "Series 4", "Part 2", "Volume 1", "Book 1", "Collection 12", "Temporada 5", "Kausi 3B", "Limited Series". */
const SEASON =
  /^(?:(?:season|series|part|volume|vol\.|book|collection|temporada|staffel|saison|stagione|seizoen|säsong|sesong|sæson|kausi|sezon|sezona|parte|teil|osa|deel|del|livro|libro|livre)\s+\d{1,4}[a-z]?|\d{1,2}(?:st|nd|rd|th)?\s+season|limited\s+series|mini-?series|minisarja|miniserie|minissérie|minisérie|série\s+limitée|serie\s+limitada)$/iu;

/** An episode named only by its number: "Episode 3", "Jakso 6", "Episódio 2". */
const EPISODE_ONLY = /^(?:episode|episodio|episódio|épisode|folge|aflevering|avsnitt|afsnit|jakso|odcinek|epizoda|bölüm)\s+(\d{1,4})$/iu;

/** The English words for a season, said lower-case in a sentence ("Season 6" → "season 6"). */
const ENGLISH_SEASON = /^(?:season|series|part|volume|book|collection|limited series|miniseries|mini-series)\b/i;

/**
 * What `title` names ({@link NetflixTitle}): an episode when a part after the first names a season and
 * a part follows it (the show all before it, "Trollhunters: Tales of Arcadia"), or when it ends with its
 * number in brackets (its show the first part, its season the second when three or more); else the
 * title whole. Spaces are made one.
 */
export function parseNetflixTitle(title: string): NetflixTitle {
  const whole = title.replace(/\s+/g, " ").trim();
  const numbered = EPISODE_NUMBER.exec(whole);
  const text = numbered ? whole.slice(0, numbered.index).trim() : whole;
  const parts = text.split(/\s*:\s+/).filter(Boolean);
  const at = parts.findIndex((p, i) => i > 0 && SEASON.test(p));
  const number = numbered ? Number(numbered[1]) : null;
  if (at > 0 && (at < parts.length - 1 || numbered)) return episodeOf(parts.slice(0, at).join(": "), parts[at]!, parts.slice(at + 1).join(": "), number);
  if (numbered && parts.length >= 2)
    return episodeOf(parts[0]!, parts.length >= 3 ? parts[1]! : null, parts.slice(parts.length >= 3 ? 2 : 1).join(": "), number);
  return { kind: "title", name: whole };
}

/** An episode of `show`: its own title "" or "Episode 3" taken as its number only. */
function episodeOf(show: string, season: string | null, episode: string, number: number | null): NetflixTitle {
  const only = EPISODE_ONLY.exec(episode);
  if (only) return { kind: "episode", show, season, episode: null, number: number ?? Number(only[1]) };
  return { kind: "episode", show, season, episode: episode || null, number };
}

/** A season as said in a sentence: "season 6", "limited series", "part 2"; another language's as written ("Temporada 5"). */
export function seasonWords(season: string): string {
  return ENGLISH_SEASON.test(season) ? season[0]!.toLowerCase() + season.slice(1).toLowerCase() : season;
}

/** An episode as said: `episode 8 "Ritz"`, `episode 3`, `"Ritz"` (the simple history gives no number), with its season first when `withSeason` ("season 6, episode 8 "Ritz""). */
export function episodeWords(e: { season: string | null; episode: string | null; number: number | null }, withSeason: boolean): string {
  const own = [e.number !== null ? `episode ${e.number}` : "", e.episode ? `"${e.episode}"` : ""].filter(Boolean).join(" ") || "an episode";
  return withSeason && e.season ? `${seasonWords(e.season)}, ${own}` : own;
}

/** A sitting of a viewing: its start (epoch ms) and the seconds watched. */
export interface Sitting {
  start: number;
  seconds: number;
}

/** "20:31" of a time (UTC). */
function hhmm(at: number): string {
  return new Date(at).toISOString().slice(11, 16);
}

/** The sittings' times as said: "20:31–21:23 UTC", "19:20–19:23 and 19:40–20:28 UTC". */
export function timesWords(sittings: readonly Sitting[]): string {
  return `${listed(sittings.map((s) => `${hhmm(s.start)}–${hhmm(s.start + s.seconds * 1000)}`))} UTC`;
}

/** Seconds watched as said, to the minute past one: "52 minutes", "1 hour 5 minutes", "45 seconds". */
export function watchedWords(seconds: number): string {
  return durationWords(seconds >= 60 ? Math.round(seconds / 60) * 60 : seconds);
}

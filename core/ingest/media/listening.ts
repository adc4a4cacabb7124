/**
 * How a music app's day of listening is told, the same words whichever app's history it is read from
 * (spotify.ts, applemusic.ts, lastfm.ts; overcast.ts its episodes): a note per day ("Spotify listening, 10 October 2026", `spotify:day:2026-10-10`)
 * whose paragraphs are each song played more than once, the most played first, with how many times, when and
 * for how long ("Had "Starburster" by Fontaines D.C. on repeat on Spotify on Saturday 10 October: played it 9
 * times between 10:02 and 21:41 (32 minutes in all)."), the songs played once together, in the order played
 * ("Played once on Apple Music on Sunday 27 September: "Dog Days Are Over" by Florence + The Machine at 07:58;
 * …"), and each podcast episode or audiobook apart ("Listened to "613. …" from the podcast The Rest Is History
 * on Spotify on Thursday 12 November, from 07:32 to 08:16 (44 minutes).") — past {@link MAX_SONGS_TOLD} songs
 * and {@link MAX_EPISODES_TOLD} episodes the rest counted with their artists. A play is counted when it lasted
 * {@link MIN_PLAY_MS} or more (Spotify's own count of a stream; a shorter one is a skip), in the day it ended.
 * A paragraph is named by what was played (`song <artist> – <title>`, `episode <show> – <episode>`, `songs
 * played once`), so a day told again (a later export, the same plays from another file) is the same paragraphs.
 * Times are the user's clock read as UTC, as every reader keeps them; each sentence says its day without its
 * year (record-words.ts `dayWords`), of the paragraph's time. An app whose records hold no lengths (Last.fm's
 * scrobbles: {@link ListeningApp.untimed}) is told alike without them ("… played it 9 times between 20:45 and 21:21.").
 */
import { humanDate, isoDate } from "../../time/format.js";
import { NOTE_SPEAKER } from "../notes/note.js";
import { clockOf, dayWords, listed } from "../kit/record-words.js";
import type { ParsedConversation, ParsedTurn } from "../kit/types.js";

/** The app a day is told of: its name in sentences ("Apple Music") and its key (`applemusic`: the notes' `applemusic:day:…`, the paragraphs' metadata). */
export interface ListeningApp {
  name: string;
  key: string;
  /**
   * Set when the app's records say when a play started but not how long it lasted (Last.fm's scrobbles): each
   * play is given at that minute (its `end` and `start` the same, `ms` 0) and no sentence tells a length.
   */
  untimed?: boolean;
}

/** A stream: a play of 30 seconds or more (shorter ones are skips). */
export const MIN_PLAY_MS = 30_000;

/** Plays of one song in a day from which it was on repeat ("Had … on repeat"). */
export const REPEAT_PLAYS = 4;

/** Most songs of a day played more than once told one by one (the most played first), and most songs played once named; the rest are counted, with their artists. */
export const MAX_SONGS_TOLD = 20;

/** Most episodes or audiobooks of a day told one by one; the rest are counted. */
export const MAX_EPISODES_TOLD = 20;

/**
 * A title in quotes, as a sentence says it: its straight quotes written ″; a comma after the closing quote
 * when it ends with ".", "?" or "!" ("Who Are You?", by …), else the sentence would end there.
 */
export function quoted(title: string): string {
  const t = title.replace(/"/g, "″");
  return /[.?!…]$/.test(t) ? `"${t}",` : `"${t}"`;
}

/** A length of time in words, to the minute: "1 minute", "44 minutes", "1 hour 5 minutes", "2 hours". */
export function minutesWords(ms: number): string {
  const total = Math.max(1, Math.round(ms / 60_000));
  const h = Math.floor(total / 60);
  const m = total % 60;
  const hours = h ? `${h} ${h === 1 ? "hour" : "hours"}` : "";
  const minutes = m ? `${m} ${m === 1 ? "minute" : "minutes"}` : "";
  return [hours, minutes].filter(Boolean).join(" ");
}

/** What was played: a song, a podcast episode, or an audiobook's chapter. */
export type PlayKind = "song" | "episode" | "audiobook";

/** One play, as a reader read it: when it ended (to the minute), for how long, and what. */
export interface Play {
  /** The minute the play ended (epoch ms, the user's clock read as UTC, seconds dropped). */
  end: number;
  /** How long it was played (ms). */
  ms: number;
  kind: PlayKind;
  /** A music video or a video podcast watched. */
  video: boolean;
  /** The song's, episode's or chapter's title; its artist, show or audiobook ("" when the export does not say). */
  title: string;
  by: string;
  album: string | null;
  uri: string | null;
  /** The minute it started, when the export says so (a play paused and taken up again started earlier than its end less its length). */
  start?: number;
}

/** A play's paragraph's name: `song Fontaines D.C. – Starburster`, `episode The Rest Is History – 613. …`. */
export function playKey(p: Play): string {
  return `${p.video ? "video " : ""}${p.kind} ${p.by} – ${p.title}`;
}

/** A song's, episode's or audiobook's plays of one day: how many, for how long, from when to when. */
export interface Tally {
  play: Play;
  /** Plays of 30 seconds or more ("sittings" of an episode). */
  plays: number;
  ms: number;
  /** The first play's start (not before its day's midnight: a play is of the day it ended) and the last play's end, to the minute. */
  from: number;
  to: number;
}

/** The minute a play started: as the export says, else its end less its length, to the minute. */
export const startOf = (p: Play) => p.start ?? p.end - Math.round(p.ms / 60_000) * 60_000;

/** Days being counted: by day ("2026-10-10"), each song's, episode's or audiobook's tally, and how many are held. */
export class Days {
  readonly days = new Map<string, Map<string, Tally>>();
  held = 0;

  /** Counts `p` (a play of 30 s or more) in the day it ended (one started before midnight from the day's first minute). */
  add(p: Play): void {
    const day = isoDate(p.end);
    const tallies = this.days.get(day) ?? new Map<string, Tally>();
    this.days.set(day, tallies);
    const start = Math.max(startOf(p), Date.parse(`${day}T00:00:00Z`));
    const key = playKey(p);
    const t = tallies.get(key);
    if (!t) {
      tallies.set(key, { play: p, plays: 1, ms: p.ms, from: start, to: p.end });
      this.held++;
      return;
    }
    t.plays++;
    t.ms += p.ms;
    t.from = Math.min(t.from, start);
    t.to = Math.max(t.to, p.end);
    if (!t.play.album && p.album) t.play = { ...t.play, album: p.album, uri: p.uri };
  }

  /** The days before `before` (all when null), or with `later` the days after it (a history read newest first), in time order, no longer held. */
  take(before: string | null, later = false): Array<[string, Map<string, Tally>]> {
    const out = [...this.days].filter(([day]) => before === null || (later ? day > before : day < before)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [day, tallies] of out) {
      this.days.delete(day);
      this.held -= tallies.size;
    }
    return out;
  }
}

/** Tallies most played first: by plays, then time listened, then the earliest. */
export function mostPlayed(a: Tally, b: Tally): number {
  return b.plays - a.plays || b.ms - a.ms || a.from - b.from;
}

/** What was played, as a sentence names it: ""Starburster" by Fontaines D.C.", ""613. …" from the podcast The Rest Is History", ""Chapter 3" of the audiobook "Piranesi"". */
export function playedWords(p: Play): string {
  if (p.kind === "song") return `${quoted(p.title)}${p.by ? ` by ${p.by}` : ""}`;
  if (p.kind === "episode") return `${quoted(p.title)}${p.by ? ` from the podcast ${p.by}` : ""}`;
  return p.title ? `${quoted(p.title)} of the audiobook ${quoted(p.by)}` : `the audiobook ${quoted(p.by)}`;
}

/**
 * A day's paragraph of what was played more than once, or of an episode or audiobook: a song a few times
 * "Listened to "…" by … on Spotify 3 times on Saturday 10 October, between 10:24 and 21:37 (11 minutes in
 * all).", on repeat (from {@link REPEAT_PLAYS}) "Had "…" by … on repeat on Spotify on …: played it 9 times
 * between … (32 minutes in all)."; an episode or audiobook "Listened to "…" from the podcast … on Spotify on
 * …, from 07:32 to 08:16 (44 minutes).", in several sittings "…, in 2 sittings between … (58 minutes in
 * all)."; a video "Watched the video of "…"", "Watched "…" from the podcast …".
 */
export function tallyWords(t: Tally, app: ListeningApp): string {
  const p = t.play;
  const on = `on ${app.name}`;
  const day = dayWords(t.to);
  const what = playedWords(p);
  const span = `between ${clockOf(t.from)} and ${clockOf(t.to)}${app.untimed ? "" : ` (${minutesWords(t.ms)} in all)`}`;
  if (p.kind === "song") {
    const verb = p.video ? `Watched the video of ${what}` : `Listened to ${what}`;
    if (t.plays < REPEAT_PLAYS) return `${verb} ${on} ${t.plays} times on ${day}, ${span}.`;
    return p.video
      ? `${verb} on repeat ${on} on ${day}: ${t.plays} times ${span}.`
      : `Had ${what} on repeat ${on} on ${day}: played it ${t.plays} times ${span}.`;
  }
  const verb = p.video ? `Watched ${what}` : `Listened to ${what}`;
  if (t.plays === 1) return `${verb} ${on} on ${day}, from ${clockOf(t.from)} to ${clockOf(t.to)} (${minutesWords(t.ms)}).`;
  return `${verb} ${on} on ${day}, in ${t.plays} sittings ${span}.`;
}

/** A tally's paragraph ({@link tallyWords}): named by what was played ({@link playKey}), of its first play's start; its metadata under the app's key. */
export function tallyTurn(t: Tally, app: ListeningApp): ParsedTurn {
  const p = t.play;
  return {
    externalId: playKey(p),
    speaker: NOTE_SPEAKER,
    role: "user",
    occurredAt: t.from,
    text: tallyWords(t, app),
    metadata: {
      [app.key]: {
        kind: p.video ? `video ${p.kind}` : p.kind,
        title: p.title,
        ...(p.kind === "song" ? { artist: p.by } : p.kind === "episode" ? { show: p.by } : { audiobook: p.by }),
        ...(p.album ? { album: p.album } : {}),
        ...(p.uri ? { uri: p.uri } : {}),
        plays: t.plays,
        ...(app.untimed ? {} : { ms: t.ms }),
        from: new Date(t.from).toISOString(),
        to: new Date(t.to).toISOString(),
      },
    },
  };
}

/** "Wet Leg, Keane and 6 other artists": the first three of `names` and how many more. */
export function fewOf(names: readonly string[], other: string, others: string): string {
  const named = names.slice(0, 3);
  const more = names.length - named.length;
  return listed(more ? [...named, `${more} other ${more === 1 ? other : others}`] : named);
}

/**
 * The paragraph of a day's songs played once (at most {@link MAX_SONGS_TOLD} named, in the order played; the
 * rest counted with their artists): one alone "Listened to "…" by … on Spotify on Sunday 27 September at
 * 07:58.", more "Played once on Spotify on Sunday 27 September: "Dog Days Are Over" by Florence + The Machine
 * at 07:58; "Mr. Brightside" by The Killers at 08:01; and 14 more songs, by Wet Leg, Keane and 6 other
 * artists." (a music video "the video of …"); named `songs played once`.
 */
export function singlesTurn(singles: readonly Tally[], app: ListeningApp): ParsedTurn {
  const inOrder = [...singles].sort((a, b) => a.from - b.from);
  const from = inOrder[0]!.from;
  const day = dayWords(from);
  const what = (t: Tally) => `${t.play.video ? "the video of " : ""}${playedWords(t.play)}`;
  let text: string;
  if (inOrder.length === 1) {
    const t = inOrder[0]!;
    text = `${t.play.video ? "Watched" : "Listened to"} ${what(t)} on ${app.name} on ${day} at ${clockOf(t.from)}.`;
  } else {
    const told = inOrder.slice(0, MAX_SONGS_TOLD);
    const rest = inOrder.slice(MAX_SONGS_TOLD);
    const artists: string[] = [];
    for (const t of rest) if (t.play.by && !artists.includes(t.play.by)) artists.push(t.play.by);
    const more = rest.length
      ? `; and ${rest.length} more ${rest.length === 1 ? "song" : "songs"}${artists.length ? `, by ${fewOf(artists, "artist", "artists")}` : ""}`
      : "";
    text = `Played once on ${app.name} on ${day}: ${told.map((t) => `${what(t).replace(/,$/, "")} at ${clockOf(t.from)}`).join("; ")}${more}.`;
  }
  return {
    externalId: "songs played once",
    speaker: NOTE_SPEAKER,
    role: "user",
    occurredAt: from,
    text,
    metadata: {
      [app.key]: {
        kind: "songs played once",
        songs: inOrder.map((t) => ({
          title: t.play.title,
          artist: t.play.by,
          ...(t.play.album ? { album: t.play.album } : {}),
          ...(t.play.uri ? { uri: t.play.uri } : {}),
          ...(t.play.video ? { video: true } : {}),
          at: new Date(t.from).toISOString(),
          ...(app.untimed ? {} : { ms: t.ms }),
        })),
      },
    },
  };
}

/** The paragraph of a day's songs played more than once, or episodes, past those told one by one: "Also played 14 other songs more than once on Spotify on …, by Wet Leg, Keane and 6 other artists (52 minutes in all)." */
export function othersTurn(rest: readonly Tally[], what: "songs" | "episodes", app: ListeningApp): ParsedTurn {
  const by: string[] = [];
  for (const t of rest) if (t.play.by && !by.includes(t.play.by)) by.push(t.play.by);
  const whose = by.length
    ? `, ${what === "songs" ? "by" : "from"} ${fewOf(by, what === "songs" ? "artist" : "podcast", what === "songs" ? "artists" : "podcasts")}`
    : "";
  const from = Math.min(...rest.map((t) => t.from));
  const ms = rest.reduce((n, t) => n + t.ms, 0);
  const noun =
    what === "songs" ? `other ${rest.length === 1 ? "song" : "songs"} more than once` : `other ${rest.length === 1 ? "podcast episode" : "podcast episodes"}`;
  return {
    externalId: `others ${what}`,
    speaker: NOTE_SPEAKER,
    role: "user",
    occurredAt: from,
    text: `Also ${what === "songs" ? "played" : "listened to"} ${rest.length} ${noun} on ${app.name} on ${dayWords(from)}${whose}${app.untimed ? "" : ` (${minutesWords(ms)} in all)`}.`,
    metadata: { [app.key]: { kind: `other ${what}`, count: rest.length, ...(app.untimed ? {} : { ms }), by } },
  };
}

/** What an app adds to a day's note besides its plays: paragraphs told after the songs played again, songs played once told there (by {@link playKey}), and paragraphs told last. */
export interface DayExtras {
  /** Told after the songs played more than once (an album or a playlist played from, with its songs). */
  between?: ParsedTurn[];
  /** Songs played once that {@link between} tells, left out of the songs played once. */
  toldBetween?: ReadonlySet<string>;
  /** Told last (what was added to the library, songs loved). */
  after?: ParsedTurn[];
}

/** A day's note's key and title (`day` "2026-10-10"): `spotify:day:2026-10-10`, "Spotify listening, 10 October 2026". */
export function dayNoteName(day: string, app: ListeningApp): { externalId: string; title: string } {
  return { externalId: `${app.key}:day:${day}`, title: `${app.name} listening, ${humanDate(Date.parse(`${day}T00:00:00Z`))}` };
}

/** A day's note of `turns` ({@link dayNoteName}), its records a day's (`records: "day"`). */
export function dayNoteOf(day: string, app: ListeningApp, turns: ParsedTurn[]): ParsedConversation {
  return {
    format: "note",
    ...dayNoteName(day, app),
    participants: [NOTE_SPEAKER],
    startedAt: Math.min(...turns.map((t) => t.occurredAt)),
    turns,
    records: "day",
  };
}

/**
 * A day's note ({@link dayNoteOf}): the songs played more than once, most played first, a paragraph each (at
 * most {@link MAX_SONGS_TOLD}, the rest in one paragraph), then the app's `between` paragraphs, then the songs
 * played once in one paragraph ({@link singlesTurn}; those `between` tells left out), then each podcast episode
 * and audiobook, most listened to first (at most {@link MAX_EPISODES_TOLD}, the rest in one paragraph), then the
 * app's `after` paragraphs.
 */
export function dayNote(day: string, tallies: Map<string, Tally>, app: ListeningApp, extras: DayExtras = {}): ParsedConversation {
  const all = [...tallies.values()].sort(mostPlayed);
  const repeated = all.filter((t) => t.play.kind === "song" && t.plays > 1);
  const singles = all.filter((t) => t.play.kind === "song" && t.plays === 1 && !extras.toldBetween?.has(playKey(t.play)));
  const others = all.filter((t) => t.play.kind !== "song");
  const turns = [
    ...repeated.slice(0, MAX_SONGS_TOLD).map((t) => tallyTurn(t, app)),
    ...(repeated.length > MAX_SONGS_TOLD ? [othersTurn(repeated.slice(MAX_SONGS_TOLD), "songs", app)] : []),
    ...(extras.between ?? []),
    ...(singles.length ? [singlesTurn(singles, app)] : []),
    ...others.slice(0, MAX_EPISODES_TOLD).map((t) => tallyTurn(t, app)),
    ...(others.length > MAX_EPISODES_TOLD ? [othersTurn(others.slice(MAX_EPISODES_TOLD), "episodes", app)] : []),
    ...(extras.after ?? []),
  ];
  return dayNoteOf(day, app, turns);
}

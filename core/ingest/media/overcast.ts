/**
 * Overcast's "All data" export (overcast.fm/account → Export OPML (extended), `overcast.fm/account/export_opml/extended`,
 * saved as `overcast.opml`): OPML 1.0, `<?xml version="1.0" encoding="utf-8"?>`, `<opml version="1.0">`,
 * `<head><title>Overcast Podcast Subscriptions</title></head>`, then a body of two outlines:
 *
 * - `<outline text="playlists">` holding each playlist, `<outline type="podcast-playlist" title smart="1"
 *   sorting="chronological" includePodcastIds="101,202"/>` (a smart playlist of those podcasts' episodes), or with
 *   its episodes by their ids, `includeEpisodeIds` or `sortedEpisodeIds` (a playlist put together by hand);
 *   `sorting` "chronological", "reverse-chronological" or either "-by-podcast";
 * - `<outline text="feeds">` holding each podcast the account has had, `<outline type="rss" overcastId text title
 *   xmlUrl htmlUrl subscribed="1" notifications overcastAddedDate>` (`subscribed` "1" while subscribed), holding each
 *   episode the user did something with, `<outline type="podcast-episode" overcastId pubDate title url overcastUrl
 *   enclosureUrl userUpdatedDate userRecommendedDate? played="1"? progress="1385"? userDeleted="1"?/>`.
 *
 * Checked against public readers of the export: alexwlchan/overcast-downloader (the file's shape, as its comment
 * gives it), hbmartin/overcast-to-sqlite (the feed's and episode's attributes, `played`/`userDeleted` "1",
 * `progress` an integer, the dates parsed by dateutil; a playlist's `title`, `smart`, `sorting`,
 * `includePodcastIds`), josh/overcast-data (read against the live export: `overcastAddedDate`, `pubDate` and
 * `userUpdatedDate` each with its zone; a playlist's `includeEpisodeIds` or `sortedEpisodeIds`, its four
 * sortings), dblume/overcast-podcast-activity-feed (`userUpdatedDate` as `%Y-%m-%dT%H:%M:%S%z`, "-04:00": ISO
 * 8601 on Overcast's clock, US Eastern; `played` present only when played, else `progress`), manuzhang/MyOvercast
 * (a starred episode is one with a `userRecommendedDate`) and a real 2023 export (bradenkwebb/skipcastify's
 * overcast.opml, its subscriptions only: `overcastAddedDate="Tue, 03 Oct 2023 20:31:09 +0000"`, RFC 822, and a
 * title's other letters as character references, "V&#x161;esvet"). Overcast's page for podcasters: listeners
 * "recommend" an episode with its star button.
 *
 * What the dates mean: `userUpdatedDate` is when the episode's state for the user last changed (Marco Arment,
 * ATP 353: Overcast keeps "for each episode you've interacted with, the current timestamp, and whether it's been
 * completed"): for an episode `played`, when it was finished; for one with `progress` (seconds in), when it was
 * last stopped there. `userRecommendedDate` is when it was starred; `pubDate` when it came out; a podcast's
 * `overcastAddedDate` when it was added to the account. Each is read at its zone (ISO 8601 with its offset, "Z",
 * or RFC 822's "+0000"): the offset is Overcast's server's, not the user's, so a time is kept as its instant in
 * UTC, as Spotify's are, and told on that clock.
 *
 * Read (format `overcast`; every conversation a note of the user's: format `note`, said by the user), in the words
 * of the listening apps' days (listening.ts), each podcast's name in quotes (unquoted, "You’re Dead to Me" would be read
 * as a clause of its own):
 * - a note per day of episodes listened to or recommended ("Overcast listening, 12 October 2026",
 *   `overcast:day:2026-10-12`, `records: "day"`), each a paragraph of its time: one finished "Listened to "612-
 *   Digging the Channel Tunnel" from the podcast "99% Invisible" on Overcast on Monday 12 October, finishing it at
 *   07:14.", one stopped partway, {@link MIN_PLAY_MS} in or more, "Listened to the first 23 minutes of "…" from the
 *   podcast "…" on Overcast on Friday 20 November, stopping at 07:58." (", then deleted it" when it was deleted
 *   unfinished), one starred "Recommended "…" from the podcast "…" on Overcast on Monday 14 September, starring it
 *   at 18:02." in the day it was starred; named by the episode's `overcastId` (`episode <id>`, `recommended <id>`),
 *   so importing a later export adds only what is new since (an episode finished since it was stopped partway is
 *   told again, in the day it was finished). An episode only queued, or deleted unheard, is passed over: nothing
 *   was listened to.
 * - the podcasts one note ("Overcast podcasts", `overcast:podcasts`, `records: "log"`): each podcast a paragraph of
 *   the day it was added ("Subscribed to "Desert Island Discs" on Saturday 19 September."; one no longer subscribed
 *   "…; unsubscribed from it since."), named `podcast <overcastId>`, then those subscribed to and those unsubscribed
 *   from, each one paragraph of the file's time (`undated`: "I am subscribed to these podcasts on Overcast: "The Rest
 *   Is History"; "Hard Fork"; …."; a podcast's own paragraph names no "podcasts" nor "Overcast", which would rank it before the
 *   list for "What podcasts am I subscribed to in Overcast?"). A subscriptions-only export (Export OPML, no `subscribed` on any podcast) lists the podcasts subscribed to.
 * - each playlist a note titled by its name (`overcast:playlist:<title>`, `records: "log"`), one paragraph of the
 *   file's time (`undated`): a smart one "My Overcast playlist "Commute" gathers the episodes of "The Rest Is
 *   History", "Hard Fork" and "99% Invisible", newest first.", one put together by hand "My Overcast playlist "Long
 *   Drives" holds these episodes, in this order: "The Field of the Cloth of Gold" from the podcast "You’re Dead to
 *   Me"; …" (an episode the export does not name counted).
 *
 * Memory is bounded: the file is streamed (xml-stream.ts), the days' notes held (held-notes.ts: given early past
 * its bound, the same keys), the podcasts named up to {@link MAX_PODCASTS} and each playlist's episodes up to
 * {@link MAX_PLAYLIST_EPISODES}, only the episodes a playlist names remembered.
 */
import { stat } from "node:fs/promises";
import { isoDate } from "../../time/format.js";
import { isoToMs } from "../../time/import-dates.js";
import { HeldNotes } from "../notes/held-notes.js";
import { dayNoteName, type ListeningApp, MIN_PLAY_MS, minutesWords, playedWords, quoted } from "./listening.js";
import { NO_TEXT, NOTE_SPEAKER } from "../notes/note.js";
import { clockOf, dayWords, listed } from "../kit/record-words.js";
import { ImportError, type ParsedConversation, type ParsedTurn, type ReadOptions } from "../kit/types.js";
import { streamXml } from "../kit/xml-stream.js";

/** Overcast, as its days are told (listening.ts): "Overcast listening, 12 October 2026", `overcast:day:2026-10-12`, "… on Overcast …". */
const OVERCAST: ListeningApp = { name: "Overcast", key: "overcast" };

/** Most podcasts named in the podcasts note (past it, the rest are counted). */
export const MAX_PODCASTS = 20_000;

/** Most episodes of one playlist named (past it, the rest are counted). */
export const MAX_PLAYLIST_EPISODES = 500;

/** Most podcasts named in one paragraph of a playlist or of the podcasts subscribed to (past it, the rest are counted). */
const NAMED_PER_PARAGRAPH = 200;

/**
 * Whether `head` (a file's start) is Overcast's export: an `<opml>` element first (after an XML declaration) and
 * Overcast's title, "Overcast Podcast Subscriptions", or an outline naming an `overcastId`.
 */
export function isOvercastExport(head: string): boolean {
  const s = head.replace(/^\uFEFF/, "").trimStart();
  return (
    /^(?:<\?xml[^>]*\?>\s*)?(?:<!--(?:(?!-->)[\s\S])*-->\s*)*<opml\b/.test(s) &&
    (/<title>\s*Overcast Podcast Subscriptions\s*<\/title>/.test(s) || /<outline\b[^>]*\sovercastId="/.test(s))
  );
}

/** The months as RFC 822 names them. */
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** RFC 822's date, as a podcast's `overcastAddedDate` is written: "Tue, 03 Oct 2023 20:31:09 +0000" (a weekday, seconds and the zone's name optional). */
const RFC822 = /^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([+-])(\d{2}):?(\d{2})|GMT|UTC?|Z)?$/;

/** Epoch ms of an export's time: ISO 8601 at its offset ("2026-10-12T03:14:40-04:00", "Z"; none read as UTC) or RFC 822 ("Tue, 03 Oct 2023 20:31:09 +0000"); NaN for anything else. */
export function overcastTime(text: string): number {
  const t = text.trim();
  const iso = isoToMs(t);
  if (!Number.isNaN(iso)) return iso;
  const m = RFC822.exec(t);
  if (!m) return Number.NaN;
  const month = MONTHS.findIndex((name) => name.toLowerCase() === m[2]!.toLowerCase());
  const [day, hour, minute] = [Number(m[1]), Number(m[4]), Number(m[5])];
  if (month < 0 || hour > 23 || minute > 59 || new Date(Date.UTC(Number(m[3]), month, day)).getUTCDate() !== day) return Number.NaN;
  const offset = m[7] ? (m[7] === "-" ? -1 : 1) * (Number(m[8]) * 60 + Number(m[9])) * 60_000 : 0;
  return Date.UTC(Number(m[3]), month, day, hour, minute, Number(m[6] ?? 0)) - offset;
}

/** An attribute's text as it is told: trimmed, its runs of white space one; "" for none. */
const textOf = (value: string | undefined): string => (value ?? "").replace(/\s+/g, " ").trim();

/** A value shown in an error: quoted, cut. */
const shown = (value: string): string => JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);

/** A podcast as the export names it: its key (its `overcastId`, else its feed), its title, when it was added (NaN when not said), whether `subscribed` says so (null when it says nothing). */
interface Podcast {
  key: string;
  title: string;
  added: number;
  subscribed: boolean | null;
}

/** A playlist as the export gives it: its title, whether smart, its sorting, the podcasts and episodes it names by id. */
interface Playlist {
  title: string;
  smart: boolean;
  sorting: string;
  /** The podcasts it gathers (`includePodcastIds`), up to {@link NAMED_PER_PARAGRAPH}; those past it counted. */
  podcasts: string[];
  morePodcasts: number;
  /** Its episodes (`sortedEpisodeIds`, else `includeEpisodeIds`), up to {@link MAX_PLAYLIST_EPISODES}; those past it counted; whether in their order. */
  episodes: string[];
  more: number;
  inOrder: boolean;
}

/**
 * A podcast's name as a sentence says it, in quotes ("You’re Dead to Me" unquoted would be read as a clause of its own, its
 * "You’re" the reader's); in a list (`inList`), without the comma {@link quoted} puts after one ending "!", "?" or ".".
 */
const showWords = (title: string, inList = false): string => (inList ? quoted(title).replace(/,$/, "") : quoted(title));

/** An episode's words in a sentence, as the listening apps' days say one (listening.ts `playedWords`): ""612- Digging the Channel Tunnel" from the podcast "99% Invisible"". */
function episodeWords(title: string, show: string): string {
  return playedWords({ end: 0, ms: 0, kind: "episode", video: false, title, by: showWords(show), album: null, uri: null });
}

/** A paragraph of the user's of `at` in a note of Overcast's, named `key`, its metadata under `overcast`. */
function paragraph(key: string, at: number, text: string, meta: Record<string, unknown>, undated = false): ParsedTurn {
  return { externalId: key, speaker: NOTE_SPEAKER, role: "user", occurredAt: at, text, metadata: { ...(undated ? { undated: true } : {}), overcast: meta } };
}

/** How a playlist's `sorting` is said: "oldest first", "newest first, podcast by podcast"; "" for one not known. */
function sortingWords(sorting: string): string {
  const m = /^(reverse-)?chronological(-by-podcast)?$/.exec(sorting);
  return m ? `${m[1] ? "newest" : "oldest"} first${m[2] ? ", podcast by podcast" : ""}` : "";
}

/** Names past `max` counted: ["A", "B", "3 more"]. */
function capped(names: readonly string[], max: number, what: string): string[] {
  return names.length > max ? [...names.slice(0, max), `${names.length - max} more ${what}`] : [...names];
}

/**
 * A playlist's note ("Commute", `overcast:playlist:Commute`, `records: "log"`) of one paragraph at `at` (the
 * file's time, `undated`), its podcasts named from `podcasts` and its episodes from `episodes` (by id); null for
 * one that names nothing the export holds and is not smart.
 */
function playlistNote(p: Playlist, podcasts: Map<string, string>, episodes: Map<string, string>, at: number): ParsedConversation | null {
  const shows = p.podcasts
    .map((id) => podcasts.get(id))
    .filter((t): t is string => t !== undefined)
    .map((t) => showWords(t, true));
  const named = p.episodes.map((id) => episodes.get(id)).filter((t): t is string => t !== undefined);
  const unnamed = p.episodes.length - named.length + p.more;
  const sorted = sortingWords(p.sorting);
  const sentences: string[] = [];
  const mine = `My Overcast playlist ${quoted(p.title)}`;
  const moreShows = p.morePodcasts ? [`${p.morePodcasts} more podcasts`] : [];
  if (shows.length) sentences.push(`${mine} gathers the episodes of ${listed([...shows, ...moreShows])}${sorted ? `, ${sorted}` : ""}.`);
  else if (p.smart) sentences.push(`${mine} is a smart playlist${sorted ? `, ${sorted}` : ""}.`);
  if (named.length || unnamed) {
    const count = (n: number, other: boolean) => `${n} ${other ? "other " : ""}${n === 1 ? "episode" : "episodes"}`;
    const what =
      named.length > 1 || (named.length === 1 && unnamed)
        ? `these episodes${p.inOrder ? ", in this order" : ""}: ${named.join("; ")}${unnamed ? `; and ${count(unnamed, true)}` : ""}`
        : named.length === 1
          ? `the episode ${named[0]}`
          : count(unnamed, false);
    sentences.push(`${shows.length || p.smart ? "It also holds" : `${mine} holds`} ${what}.`);
  }
  if (!sentences.length) return null;
  const turn = paragraph(
    "playlist",
    at,
    sentences.join(" "),
    { kind: "playlist", playlist: p.title, smart: p.smart, sorting: p.sorting, podcasts: shows.length + p.morePodcasts, episodes: named.length, unnamed },
    true,
  );
  return {
    format: "note",
    externalId: `overcast:playlist:${p.title}`,
    title: p.title,
    participants: [NOTE_SPEAKER],
    startedAt: at,
    turns: [turn],
    records: "log",
  };
}

/**
 * The podcasts note ("Overcast podcasts", `overcast:podcasts`, `records: "log"`): each podcast with a day it was
 * added a paragraph of that day, then those subscribed to and those unsubscribed from, a paragraph each at `at`
 * (`undated`); `more` podcasts past {@link MAX_PODCASTS} counted. With no `subscribed` said of any podcast (the
 * subscriptions-only export) every podcast is one subscribed to. Null when the export names no podcast.
 */
function podcastsNote(podcasts: readonly Podcast[], more: number, at: number): ParsedConversation | null {
  if (!podcasts.length) return null;
  const saysSubscribed = podcasts.some((p) => p.subscribed !== null);
  const subscribed = (p: Podcast) => (saysSubscribed ? p.subscribed === true : true);
  const turns: ParsedTurn[] = [];
  for (const p of podcasts) {
    if (Number.isNaN(p.added)) continue;
    const still = subscribed(p);
    turns.push(
      paragraph(`podcast ${p.key}`, p.added, `Subscribed to ${showWords(p.title)} on ${dayWords(p.added)}${still ? "" : "; unsubscribed from it since"}.`, {
        kind: "podcast",
        podcast: p.title,
        added: new Date(p.added).toISOString(),
        subscribed: still,
      }),
    );
  }
  const on = podcasts.filter(subscribed).map((p) => showWords(p.title, true));
  const off = podcasts.filter((p) => !subscribed(p)).map((p) => showWords(p.title, true));
  const extra = more ? ` And ${more} more podcasts the export names.` : "";
  if (on.length)
    turns.push(
      paragraph(
        "subscribed",
        at,
        `${on.length === 1 ? `I am subscribed to the podcast ${on[0]} on Overcast.` : `I am subscribed to these podcasts on Overcast: ${capped(on, NAMED_PER_PARAGRAPH, "podcasts").join("; ")}.`}${extra}`,
        { kind: "subscribed", count: on.length },
        true,
      ),
    );
  if (off.length)
    turns.push(
      paragraph(
        "unsubscribed",
        at,
        `${off.length === 1 ? `I have unsubscribed from the podcast ${off[0]} on Overcast.` : `I have unsubscribed from these podcasts on Overcast: ${capped(off, NAMED_PER_PARAGRAPH, "podcasts").join("; ")}.`}`,
        { kind: "unsubscribed", count: off.length },
        true,
      ),
    );
  return { format: "note", externalId: "overcast:podcasts", title: "Overcast podcasts", participants: [NOTE_SPEAKER], startedAt: at, turns, records: "log" };
}

/**
 * Reads `file`, Overcast's "All data" export (or its subscriptions-only export), streamed, as notes of the user's
 * (format `note`; the file's format `overcast`): a day of episodes listened to or recommended a note, given when the
 * file ends (or sooner past held-notes.ts' bound, the same keys), then the podcasts one note, then each playlist a
 * note.
 * @throws ImportError naming the file and where: a root that is no `<opml>` (`line 1`), an episode outside a
 *   podcast's outline (`line 12`), an episode's `overcastId` that is no number (`line 12, overcastId`), a date that
 *   is neither ISO 8601 nor RFC 822 (`line 12, userUpdatedDate`, `pubDate`, `userRecommendedDate`,
 *   `overcastAddedDate`), a `progress` that is no number of seconds (`line 12, progress`), a podcast or playlist
 *   with no title (`line 9, title`); a file cut short before `</opml>` (`byte …`); the file's bytes that are not
 *   UTF-8; "the note has no text" for an export with no podcast.
 */
export async function* parseOvercast(file: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const { size, mtimeMs } = await stat(file);
  const fileTime = Math.floor(mtimeMs);
  const days = new HeldNotes({ records: "day" });
  const ready: ParsedConversation[] = [];
  const podcasts: Podcast[] = [];
  let morePodcasts = 0;
  const podcastTitles = new Map<string, string>();
  const playlists: Playlist[] = [];
  const wanted = new Set<string>();
  const episodeTitles = new Map<string, string>();
  const open: string[] = [];
  let podcast: Podcast | null = null;
  // (how many elements were open with the podcast's outline: past its close, the episodes are no longer its)
  let podcastDepth = 0;
  let rooted = false;
  let ended = false;
  let episodes = 0;
  let told = 0;

  const where = (field?: string) => `line ${xml.line()}${field ? `, ${field}` : ""}`;
  /** The time of `attrs[field]` (NaN when absent), refused when it is none the export writes. */
  const timeOf = (attrs: Record<string, string>, field: string): number => {
    const text = textOf(attrs[field]);
    if (!text) return Number.NaN;
    const at = overcastTime(text);
    if (Number.isNaN(at))
      throw new ImportError(
        file,
        where(field),
        `expected a time as Overcast writes it, "2026-10-12T03:14:40-04:00" or "Tue, 03 Oct 2023 20:31:09 +0000", got ${shown(text)}`,
      );
    return at;
  };
  const add = (day: number, turn: ParsedTurn) => {
    const { externalId, title } = dayNoteName(isoDate(day), OVERCAST);
    ready.push(...days.add(externalId, title, turn));
    told++;
  };

  const readPodcast = (attrs: Record<string, string>) => {
    const title = textOf(attrs.title) || textOf(attrs.text);
    if (!title) throw new ImportError(file, where("title"), "expected the podcast's title");
    const id = textOf(attrs.overcastId);
    const key = id || textOf(attrs.xmlUrl) || title;
    const said = attrs.subscribed;
    podcast = { key, title, added: timeOf(attrs, "overcastAddedDate"), subscribed: said === undefined ? null : textOf(said) === "1" };
    if (id) podcastTitles.set(id, title);
    if (podcasts.length < MAX_PODCASTS) podcasts.push(podcast);
    else morePodcasts++;
  };

  const readEpisode = (attrs: Record<string, string>) => {
    if (!podcast) throw new ImportError(file, where(), 'an episode (type="podcast-episode") outside a podcast\'s outline (type="rss")');
    episodes++;
    const id = textOf(attrs.overcastId);
    if (!/^\d+$/.test(id)) throw new ImportError(file, where("overcastId"), `expected the episode's id in Overcast, a number, got ${shown(id)}`);
    const title = textOf(attrs.title);
    const show = podcast.title;
    if (wanted.has(id) && title) episodeTitles.set(id, episodeWords(title, show));
    const updated = timeOf(attrs, "userUpdatedDate");
    const recommended = timeOf(attrs, "userRecommendedDate");
    const published = timeOf(attrs, "pubDate");
    const progressText = textOf(attrs.progress);
    if (progressText && !/^\d+(?:\.\d+)?$/.test(progressText))
      throw new ImportError(file, where("progress"), `expected how far into the episode it was stopped, in seconds, got ${shown(progressText)}`);
    const progress = progressText ? Number(progressText) : 0;
    const played = textOf(attrs.played) === "1";
    const deleted = textOf(attrs.userDeleted) === "1";
    if (!title) return;
    const what = episodeWords(title, show);
    const meta = {
      episode: id,
      title,
      show,
      ...(attrs.overcastUrl ? { overcastUrl: textOf(attrs.overcastUrl) } : {}),
      ...(attrs.url ? { url: textOf(attrs.url) } : {}),
      ...(Number.isNaN(published) ? {} : { published: new Date(published).toISOString() }),
    };
    if (!Number.isNaN(updated) && played) {
      add(
        updated,
        paragraph(`episode ${id}`, updated, `Listened to ${what} on Overcast on ${dayWords(updated)}, finishing it at ${clockOf(updated)}.`, {
          kind: "played",
          ...meta,
          at: new Date(updated).toISOString(),
          ...(deleted ? { deleted } : {}),
        }),
      );
    } else if (!Number.isNaN(updated) && progress * 1000 >= MIN_PLAY_MS) {
      const then = deleted ? ", then deleted it" : "";
      add(
        updated,
        paragraph(
          `episode ${id}`,
          updated,
          `Listened to the first ${minutesWords(progress * 1000)} of ${what} on Overcast on ${dayWords(updated)}, stopping at ${clockOf(updated)}${then}.`,
          { kind: "started", ...meta, progress, at: new Date(updated).toISOString(), ...(deleted ? { deleted } : {}) },
        ),
      );
    }
    if (!Number.isNaN(recommended))
      add(
        recommended,
        paragraph(`recommended ${id}`, recommended, `Recommended ${what} on Overcast on ${dayWords(recommended)}, starring it at ${clockOf(recommended)}.`, {
          kind: "recommended",
          ...meta,
          at: new Date(recommended).toISOString(),
        }),
      );
  };

  const readPlaylist = (attrs: Record<string, string>) => {
    const title = textOf(attrs.title) || textOf(attrs.text);
    if (!title) throw new ImportError(file, where("title"), "expected the playlist's title");
    const ids = (field: string) =>
      textOf(attrs[field])
        .split(",")
        .map((id) => id.trim())
        .filter((id) => /^\d+$/.test(id));
    const sortedIds = ids("sortedEpisodeIds");
    const all = sortedIds.length ? sortedIds : ids("includeEpisodeIds");
    const kept = all.slice(0, MAX_PLAYLIST_EPISODES);
    for (const id of kept) wanted.add(id);
    const shows = ids("includePodcastIds");
    playlists.push({
      title,
      smart: textOf(attrs.smart) === "1",
      sorting: textOf(attrs.sorting),
      podcasts: shows.slice(0, NAMED_PER_PARAGRAPH),
      morePodcasts: Math.max(0, shows.length - NAMED_PER_PARAGRAPH),
      episodes: kept,
      more: all.length - kept.length,
      inOrder: sortedIds.length > 0,
    });
  };

  const xml = streamXml(
    file,
    size,
    {
      onopentag(name, attrs) {
        if (!rooted) {
          if (name.toLowerCase() !== "opml") throw new ImportError(file, where(), `its root is <${name}>, not <opml>: not Overcast's OPML export`);
          rooted = true;
        }
        open.push(name);
        if (name !== "outline") return;
        const type = textOf(attrs.type).toLowerCase();
        if (type === "rss") {
          readPodcast(attrs);
          podcastDepth = open.length;
        } else if (type === "podcast-episode") readEpisode(attrs);
        else if (type === "podcast-playlist") readPlaylist(attrs);
      },
      onclosetag(name, implied) {
        open.pop();
        if (open.length === 0 && name.toLowerCase() === "opml") ended = !implied;
        if (podcast && open.length < podcastDepth) podcast = null;
      },
    },
    { decodeEntities: true },
    opts.onProgress,
  );
  for await (const _ of xml.steps) yield* ready.splice(0);
  if (!rooted) throw new ImportError(file, "line 1", "no <opml> element: not Overcast's OPML export");
  if (!ended)
    throw new ImportError(file, `byte ${xml.bytesRead()}`, "the file ends before </opml>: the export is cut short (export it again from overcast.fm/account)");
  // (the days in time order: a day's key, "overcast:day:2026-10-12", sorts as its day)
  yield* days.given().sort((a, b) => (a.externalId < b.externalId ? -1 : a.externalId > b.externalId ? 1 : 0));
  const note = podcastsNote(podcasts, morePodcasts, fileTime);
  if (note) yield note;
  for (const p of playlists) {
    const list = playlistNote(p, podcastTitles, episodeTitles, fileTime);
    if (list) yield list;
  }
  if (!told && !note)
    throw new ImportError(file, `byte ${xml.bytesRead()}`, `${NO_TEXT}: an Overcast export with no podcast${episodes ? "" : " and no episode"}`);
}

/**
 * The podcaster: Joe Whitaker, a quantity surveyor in Bristol who takes the train to Swindon every weekday
 * and listens to podcasts in Overcast there and back: The Rest Is History, Hard Fork, 99% Invisible, The
 * Infinite Monkey Cage, Off Menu, Freakonomics Radio and You're Dead to Me; Radiolab and The Daily until he
 * unsubscribed from them in the summer; Desert Island Discs since Saturday 19 September. He stars ("recommends")
 * an episode now and then, keeps a smart playlist for the commute and a playlist of long episodes for drives.
 * On Tuesday 8 December 2026 he downloads his data from overcast.fm/account, "All data" (Export OPML
 * (extended), `https://overcast.fm/account/export_opml/extended`), saved as `overcast.opml`, and imports it.
 *
 * The file as Overcast writes it, checked against public readers of the export: alexwlchan/overcast-downloader
 * (its comment of the file's shape: `<?xml version="1.0" encoding="utf-8"?>`, `<opml version="1.0">`,
 * `<head><title>Overcast Podcast Subscriptions</title></head>`, a body of `<outline text="playlists">` then
 * `<outline text="feeds">`, a podcast `<outline type="rss" title xmlUrl>` holding its episodes `<outline
 * type="podcast-episode" overcastId pubDate="2001-01-01T01:01:01-00:00" title url overcastUrl enclosureUrl/>`),
 * hbmartin/overcast-to-sqlite (the feed's `overcastId`, `subscribed` "1", `notifications`, `overcastAddedDate`;
 * the episode's `played` "1", `progress` seconds, `userDeleted` "1", `userUpdatedDate`, `userRecommendedDate`;
 * a playlist `<outline type="podcast-playlist" title smart sorting includePodcastIds="101,202">`),
 * josh/overcast-data (read against the live export: every date zoned, a playlist's `smart` "1", `sorting`
 * "chronological" | "reverse-chronological" | …-"by-podcast", its episodes as `includeEpisodeIds` or
 * `sortedEpisodeIds`), dblume/overcast-podcast-activity-feed (`userUpdatedDate` read with
 * `%Y-%m-%dT%H:%M:%S%z` after taking the colon out of its "-04:00": Overcast's clock, US Eastern; `played`
 * there only when played, else `progress`), manuzhang/MyOvercast (a star is `userRecommendedDate`), and a
 * real 2023 export's feeds (bradenkwebb/skipcastify's overcast.opml: two-space indents, `overcastAddedDate="Tue,
 * 03 Oct 2023 20:31:09 +0000"`, titles' other letters as character references, `V&#x161;esvet`). Overcast
 * writes `userUpdatedDate` when the episode's state last changed (Marco Arment on ATP 353: "for each episode
 * you've interacted with, the current timestamp, and whether it's been completed"): for one finished, when it
 * was finished. A queued episode not yet played is there too, with no `played` nor `progress`; one deleted
 * unheard has `userDeleted="1"` alone.
 *
 * Hand-written by the developers while trying Engram as its users would, in session 38, before Engram could
 * read an Overcast export (the first run's figures are in bench/README.md). With it, the questions such a
 * person asks later and the words a right answer holds, and questions nothing here answers.
 */
import type { Person, PersonFile } from "./types.js";

const FOLDER = "Overcast";
/** When he downloads the export: Tuesday 8 December 2026, 18:30 UTC (GMT). */
const EXPORT_AT = Date.UTC(2026, 11, 8, 18, 30);
const DAY = 86_400_000;

/** A podcast as the export names it: Overcast's id, its title, its feed and site, when it was added to Overcast, whether he is still subscribed. */
interface Podcast {
  id: number;
  title: string;
  xmlUrl: string;
  htmlUrl: string;
  added: string;
  subscribed: boolean;
}

const podcast = (id: number, title: string, xmlUrl: string, htmlUrl: string, added: string, subscribed = true): Podcast => ({
  id,
  title,
  xmlUrl,
  htmlUrl,
  added,
  subscribed,
});

const RIH = podcast(
  2834771,
  "The Rest Is History",
  "https://feeds.megaphone.fm/GLT4787413333",
  "https://goalhanger.com/the-rest-is-history",
  "2024-09-14T07:02:11Z",
);
const HARD_FORK = podcast(3521907, "Hard Fork", "https://feeds.simplecast.com/l2i9YnTd", "https://www.nytimes.com/column/hard-fork", "2025-02-03T18:40:55Z");
const PI = podcast(126891, "99% Invisible", "https://feeds.simplecast.com/BqbsxVfO", "https://99percentinvisible.org", "2025-01-06T08:12:30Z");
const MONKEY = podcast(
  471120,
  "The Infinite Monkey Cage",
  "https://podcasts.files.bbci.co.uk/b00snr0w.rss",
  "https://www.bbc.co.uk/programmes/b00snr0w",
  "2025-03-22T10:05:12Z",
);
const OFF_MENU = podcast(
  1958823,
  "Off Menu with Ed Gamble and James Acaster",
  "https://feeds.acast.com/public/shows/offmenu",
  "https://www.offmenupodcast.co.uk",
  "2025-05-17T09:31:48Z",
);
const RADIOLAB = podcast(102265, "Radiolab", "https://feeds.simplecast.com/EmVW7VGp", "https://radiolab.org", "2024-11-02T12:44:09Z", false);
const DAILY = podcast(1100443, "The Daily", "https://feeds.simplecast.com/54nAGcIl", "https://www.nytimes.com/the-daily", "2024-09-14T07:05:40Z", false);
const DISCS = podcast(
  309818,
  "Desert Island Discs",
  "https://podcasts.files.bbci.co.uk/b006qnmr.rss",
  "https://www.bbc.co.uk/programmes/b006qnmr",
  "2026-09-19T08:41:05Z",
);
const FREAK = podcast(1468520, "Freakonomics Radio", "https://feeds.simplecast.com/Y8lFbOT4", "https://freakonomics.com", "2025-06-30T17:20:02Z");
const DEAD = podcast(
  2284410,
  "You\u2019re Dead to Me",
  "https://podcasts.files.bbci.co.uk/p07mdbhg.rss",
  "https://www.bbc.co.uk/programmes/p07mdbhg",
  "2025-08-09T15:11:37Z",
);

const PODCASTS: Podcast[] = [RIH, HARD_FORK, PI, MONKEY, OFF_MENU, RADIOLAB, DAILY, DISCS, FREAK, DEAD];

/** What he did with an episode: finished it, stopped partway (seconds in), only queued it, or deleted it unheard. */
type State = { played: true } | { progress: number } | { queued: true } | { deleted: true };

/** An episode in the export: its podcast, title, when it was published, when its state last changed (UTC), its state, when he starred it, whether he deleted it from his list. */
interface Episode {
  podcast: Podcast;
  title: string;
  published: number;
  updated: number;
  state: State;
  recommended?: number;
  deleted?: boolean;
}

/** A time on the UK clock (BST from 29 March to 25 October 2026, else GMT) as epoch ms UTC: "2026-10-12 08:14:40". */
function uk(local: string): number {
  const naive = Date.parse(`${local.replace(" ", "T")}Z`);
  const bst = naive >= Date.UTC(2026, 2, 29, 1) && naive < Date.UTC(2026, 9, 25, 1);
  return naive - (bst ? 3_600_000 : 0);
}

/** The episodes something is asked about (their days' times on the UK clock). */
const ASKED: Episode[] = [
  // (Monday 12 October: the Channel Tunnel on the way in, Hard Fork on the way home)
  { podcast: PI, title: "612- Digging the Channel Tunnel", published: uk("2026-10-06 10:00:00"), updated: uk("2026-10-12 08:14:40"), state: { played: true } },
  {
    podcast: HARD_FORK,
    title: "The A.I. Glasses Are Coming + Our Gadget Mailbag",
    published: uk("2026-10-09 11:00:00"),
    updated: uk("2026-10-12 18:32:05"),
    state: { played: true },
  },
  // (the one episode of The Rest Is History he starred, the evening he finished it)
  {
    podcast: RIH,
    title: "598. The Great Fire of London (Part 1)",
    published: uk("2026-09-10 05:00:00"),
    updated: uk("2026-09-14 08:09:52"),
    state: { played: true },
    recommended: uk("2026-09-14 19:02:13"),
  },
  // (Off Menu: heard on Friday 2 October, starred the next morning)
  {
    podcast: OFF_MENU,
    title: "Ep 262: Harriet Cole",
    published: uk("2026-09-30 05:00:00"),
    updated: uk("2026-10-02 18:21:17"),
    state: { played: true },
    recommended: uk("2026-10-03 09:47:30"),
  },
  // (the first Desert Island Discs after subscribing, starred too)
  {
    podcast: DISCS,
    title: "Tom Ashworth, lifeboat coxswain",
    published: uk("2026-09-13 11:15:00"),
    updated: uk("2026-09-21 08:05:33"),
    state: { played: true },
    recommended: uk("2026-09-21 08:06:02"),
  },
  // (the Freakonomics episode on sleep, stopped 23 minutes in and never taken up again)
  { podcast: FREAK, title: "Why Do We Sleep So Badly?", published: uk("2026-11-12 04:00:00"), updated: uk("2026-11-20 07:58:10"), state: { progress: 1385 } },
  // (the last Infinite Monkey Cage, Tuesday 1 December)
  { podcast: MONKEY, title: "Why Do Cats Purr?", published: uk("2026-11-27 17:00:00"), updated: uk("2026-12-01 18:25:48"), state: { played: true } },
  // (last Monday, 7 December: one episode on the way in, the evening train cancelled)
  {
    podcast: RIH,
    title: "622. The Siege of Leningrad (Part 2)",
    published: uk("2026-12-03 05:00:00"),
    updated: uk("2026-12-07 08:11:26"),
    state: { played: true },
    deleted: true,
  },
  // (the Long Drives playlist: queued, not yet heard)
  { podcast: DEAD, title: "The Field of the Cloth of Gold", published: uk("2026-11-25 06:00:00"), updated: uk("2026-11-28 10:14:00"), state: { queued: true } },
  { podcast: RADIOLAB, title: "The Voyager Golden Record", published: uk("2026-03-20 05:00:00"), updated: uk("2026-03-28 16:40:12"), state: { queued: true } },
  {
    podcast: RIH,
    title: "601. Lawrence of Arabia (Part 1)",
    published: uk("2026-09-21 05:00:00"),
    updated: uk("2026-11-28 10:15:30"),
    state: { queued: true },
  },
];

/** The topics of each podcast's other episodes he plays, none of them asked about, in the order he plays them; a numbered podcast's number is of its day ({@link titled}). */
const EVERYDAY: Array<[Podcast, string[]]> = [
  [
    RIH,
    [
      "The Borgias (Part 1)",
      "The Borgias (Part 2)",
      "Custer's Last Stand",
      "The Salem Witch Trials",
      "Napoleon's Retreat from Moscow",
      "The Wars of the Roses (Part 1)",
      "The Wars of the Roses (Part 2)",
      "Rasputin",
      "Cleopatra",
      "The Boston Tea Party",
      "The Space Race (Part 1)",
      "The Space Race (Part 2)",
      "Vikings in America",
      "The Gunpowder Plot",
      "The Titanic (Part 1)",
      "The Titanic (Part 2)",
      "Alexander the Great",
      "The Berlin Airlift",
      "Captain Cook",
      "The Fall of Constantinople",
      "Queen Victoria's Children",
      "The Zulu War",
      "The Suez Crisis",
      "Genghis Khan (Part 1)",
      "Genghis Khan (Part 2)",
    ],
  ],
  [
    HARD_FORK,
    [
      "Is TikTok Cooked?",
      "The Robotaxi Test Drive",
      "Crypto's Comeback",
      "Election Deepfakes + Listener Questions",
      "Apple's Big Week",
      "The Chatbot That Wouldn't Quit",
      "Inside the Data Centre Boom",
      "The Smartphone Ban Experiment",
      "Who Owns Your Face?",
      "The Great Subscription Squeeze",
      "Our Gadget Hall of Fame",
      "The Age-Check Internet",
      "Can Anyone Beat Google Search?",
      "The Drone Delivery Diaries",
      "Streaming's Bundle Era",
      "A Week Without Algorithms",
      "The Satellite Internet Race",
      "Your Questions, Answered",
      "Our Year in Tech",
    ],
  ],
  [
    PI,
    [
      "The Shipping Container",
      "Hostile Architecture",
      "The Pool Noodle",
      "Traffic Cones",
      "The Barcode",
      "Lawn Wars",
      "The Roundabout",
      "Desire Paths",
      "The Red Telephone Box",
      "The Cul-de-Sac",
      "Elevator Etiquette",
      "The Pedestrian Crossing",
      "Fonts on the Motorway",
      "The Bus Shelter",
      "The Shopping Trolley",
      "Flood Barriers",
      "The Brutalist Car Park",
      "The Street Light",
    ],
  ],
  [
    MONKEY,
    [
      "Why Do We Have Fingerprints?",
      "Is Time Travel Possible?",
      "The Science of Cheese",
      "What Is Dark Matter?",
      "Do Plants Talk?",
      "The Mathematics of Luck",
      "How Do Birds Navigate?",
      "Are We Alone?",
      "The Secret Life of Fungi",
      "What Makes a Volcano Erupt?",
      "Can We Live on Mars?",
      "Why Do We Laugh?",
    ],
  ],
  [
    OFF_MENU,
    [
      "Dan Fielding",
      "Priya Marsh",
      "Owen Blake",
      "Lucy Tran",
      "Callum Reid",
      "Grace Oduya",
      "Mark Hollis",
      "Bea Laurent",
      "Sunil Kapoor",
      "Holly Brennan",
      "Rob Kettle",
      "Amira Haddad",
      "Jack Penrose",
      "Tilly Vaughan",
      "Ed Mwangi",
      "Nina Castell",
    ],
  ],
  [RADIOLAB, ["Octopus Minds", "The Weight of a Cloud", "Forgetting", "The Ghost Particle", "Right to Repair"]],
  [
    DAILY,
    [
      "The Fight Over the Budget",
      "A Heat Wave in Europe",
      "The Strike at the Ports",
      "Inside the Ceasefire Talks",
      "The Housing Crunch",
      "A Supreme Court Surprise",
      "The Rise of Weight-Loss Drugs",
    ],
  ],
  [
    DISCS,
    [
      "Maya Goodwin, architect",
      "Sir Edward Pryce, conductor",
      "Ruth Akande, surgeon",
      "Kit Morrow, comedian",
      "Ines Baptiste, novelist",
      "Gareth Lloyd, rugby coach",
      "Dame Helen Strand, astronomer",
      "Sam Achebe, footballer",
      "Olivia Marr, gardener",
      "Declan Foyle, actor",
    ],
  ],
  [
    FREAK,
    [
      "Is Tipping Out of Control?",
      "The Economics of Sports Cards",
      "Why Is Flying So Miserable?",
      "How to Negotiate a Pay Rise",
      "The Hidden Cost of Free Parking",
      "Are Open-Plan Offices a Mistake?",
      "The Price of a Wedding",
      "Should You Rent or Buy?",
      "What's the Point of Homework?",
      "The Lottery Paradox",
      "Why Do Restaurants Fail?",
      "How Much Is a Life Worth?",
    ],
  ],
  [
    DEAD,
    [
      "Ada Lovelace",
      "The Great Stink",
      "Mary Seacole",
      "The Tulip Craze",
      "Hadrian's Wall",
      "The Bronte Sisters",
      "Boudica",
      "The Great Exhibition",
      "Medieval Medicine",
      "The Georgian Seaside",
      "Ancient Egyptian Beer",
    ],
  ],
];

/** How often each podcast comes out, and for one numbered in its titles the number of one episode and its day: The Rest Is History twice a week (598 on 10 September), 99% Invisible weekly (612 on 6 October), Off Menu weekly (262 on 30 September); The Daily every day. */
const RELEASES = new Map<Podcast, { days: number; anchor: number; number?: (n: number, topic: string) => string }>([
  [RIH, { days: 3.5, anchor: Date.parse("2026-09-10T04:00:00Z"), number: (n, t) => `${598 + n}. ${t}` }],
  [PI, { days: 7, anchor: Date.parse("2026-10-06T09:00:00Z"), number: (n, t) => `${612 + n}- ${t}` }],
  [OFF_MENU, { days: 7, anchor: Date.parse("2026-09-30T04:00:00Z"), number: (n, t) => `Ep ${262 + n}: ${t}` }],
  [HARD_FORK, { days: 3.5, anchor: Date.parse("2026-10-09T10:00:00Z") }],
  [MONKEY, { days: 7, anchor: Date.parse("2026-11-27T17:00:00Z") }],
  [RADIOLAB, { days: 7, anchor: Date.parse("2026-03-20T09:00:00Z") }],
  [DAILY, { days: 1, anchor: Date.parse("2026-06-01T10:00:00Z") }],
  [DISCS, { days: 7, anchor: Date.parse("2026-09-13T10:15:00Z") }],
  [FREAK, { days: 7, anchor: Date.parse("2026-11-12T09:00:00Z") }],
  [DEAD, { days: 14, anchor: Date.parse("2026-11-25T06:00:00Z") }],
]);

/** The releases of the episodes asked about (by their podcast's count from its anchor), which no other episode is. */
const ASKED_RELEASES = new Map<Podcast, Set<number>>([
  [RIH, new Set([0, 3, 24])],
  [PI, new Set([0])],
  [OFF_MENU, new Set([0])],
]);

/** A deterministic stream of numbers in [0, 1) (a linear congruential generator), so the commutes are the same each run. */
function numbers(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** "2026-10-12" of a time (UTC). */
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * His other listening: each weekday from 1 June to 4 December 2026 but the days asked about, most days an
 * episode on the 07:42 to Swindon (finished 07:55–07:59) and some days another on the 17:40 home (finished
 * 18:05–18:39), now and then one on a Saturday morning; each podcast's episodes in order, Radiolab's until June
 * and The Daily's until July (he unsubscribed then), Desert Island Discs' from his subscribing, none of The
 * Infinite Monkey Cage after 1 December's. A few stopped partway, a few deleted unheard, half of those heard
 * deleted from his list after.
 */
function everyday(): Episode[] {
  const asked = new Set(ASKED.filter((e) => "played" in e.state || "progress" in e.state).map((e) => isoDay(e.updated)));
  const next = numbers(38);
  const queues = new Map(EVERYDAY.map(([p, topics]) => [p, [...topics]]));
  const until = new Map<Podcast, number>([
    [RADIOLAB, Date.UTC(2026, 5, 30)],
    [DAILY, Date.UTC(2026, 6, 31)],
  ]);
  const from = new Map<Podcast, number>([[DISCS, Date.UTC(2026, 8, 19)]]);
  // (each podcast's last release he played: he plays them in order, none before it comes out)
  const last = new Map<Podcast, number>();
  const releaseAt = (p: Podcast, n: number) => RELEASES.get(p)!.anchor + Math.round(n * RELEASES.get(p)!.days * DAY);
  const released = (p: Podcast, at: number) => Math.floor((at - RELEASES.get(p)!.anchor) / (RELEASES.get(p)!.days * DAY));
  /** The next release of `p` he would play at `at`: after his last, not one asked about, out by then; null when none is. */
  const nextRelease = (p: Podcast, at: number): number | null => {
    let n = Math.max((last.get(p) ?? Number.NEGATIVE_INFINITY) + 1, released(p, at) - Math.floor(next() * 3));
    while (ASKED_RELEASES.get(p)?.has(n)) n++;
    return n <= released(p, at) && releaseAt(p, n) < at - 3_600_000 ? n : null;
  };
  const out: Episode[] = [];
  for (let day = Date.UTC(2026, 5, 1); day <= Date.UTC(2026, 11, 4); day += DAY) {
    const iso = isoDay(day);
    const weekday = new Date(day).getUTCDay();
    if (asked.has(iso)) continue;
    const trips: string[] = [];
    if (weekday >= 1 && weekday <= 5) {
      if (next() < 0.75) trips.push(`07:${String(55 + Math.floor(next() * 5)).padStart(2, "0")}`);
      if (next() < 0.45) trips.push(`18:${String(5 + Math.floor(next() * 35)).padStart(2, "0")}`);
    } else if (weekday === 6 && next() < 0.2) trips.push(`10:${String(10 + Math.floor(next() * 40)).padStart(2, "0")}`);
    for (const clock of trips) {
      const updated = uk(`${iso} ${clock}:${String(Math.floor(next() * 60)).padStart(2, "0")}`);
      const open = EVERYDAY.map(([p]) => p).filter(
        (p) =>
          (queues.get(p)?.length ?? 0) > 0 &&
          day < (until.get(p) ?? Number.POSITIVE_INFINITY) &&
          day >= (from.get(p) ?? 0) &&
          !(p === MONKEY && day >= Date.UTC(2026, 10, 28)),
      );
      const ready = open.map((p) => [p, nextRelease(p, updated)] as const).filter((r): r is readonly [Podcast, number] => r[1] !== null);
      // (the podcasts he stops or starts in the year have their few episodes on the days they are open)
      const urgent = ready.filter(([p]) => until.has(p) || from.has(p));
      const pool = urgent.length && next() < 0.4 ? urgent : ready;
      if (!pool.length) continue;
      const [p, n] = pool[Math.floor(next() * pool.length)]!;
      last.set(p, n);
      const topic = queues.get(p)!.shift()!;
      const published = releaseAt(p, n);
      const roll = next();
      const state: State = roll < 0.06 ? { progress: 300 + Math.floor(next() * 1500) } : roll < 0.1 ? { deleted: true } : { played: true };
      const title = RELEASES.get(p)!.number?.(n, topic) ?? topic;
      out.push({ podcast: p, title, published, updated, state, ...(next() < 0.5 && "played" in state ? { deleted: true } : {}) });
    }
  }
  return out;
}

const EPISODES: Episode[] = [...ASKED, ...everyday()];

/** The episode's id in Overcast: a large number, the same for the same episode each run. */
const EPISODE_IDS = new Map(EPISODES.map((e, i) => [e, 1_350_000_000_000_000 + i * 7_919_113 + e.podcast.id]));

/** Overcast's short link of an episode: "https://overcast.fm/+B7NAFKiP8" (its id in base 62, as its links look). */
function overcastUrl(id: number): string {
  const digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
  let n = BigInt(id);
  let s = "";
  while (n > 0n) {
    s = digits[Number(n % 62n)]! + s;
    n /= 62n;
  }
  return `https://overcast.fm/+${s}`;
}

/** A URL's path part of a title: "digging-the-channel-tunnel". */
const slug = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** An attribute's value as Overcast writes it: `&`, `<`, `>` and `"` escaped, every letter past ASCII a character reference (`&#x2019;`). */
function attr(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/[^\x20-\x7e]/gu, (c) => `&#x${c.codePointAt(0)!.toString(16).toUpperCase()};`);
}

/** A time as the export writes an episode's: ISO 8601 on Overcast's clock, US Eastern ("2026-10-12T03:14:40-04:00"; EST from 1 November). */
function eastern(ms: number): string {
  const edt = ms >= Date.UTC(2026, 2, 8, 7) && ms < Date.UTC(2026, 10, 1, 6);
  const hours = edt ? 4 : 5;
  return `${new Date(ms - hours * 3_600_000).toISOString().slice(0, 19)}-0${hours}:00`;
}

/** A time as the export writes a podcast's `overcastAddedDate`: "Sat, 19 Sep 2026 08:41:05 +0000". */
const rfc822 = (ms: number) => new Date(ms).toUTCString().replace("GMT", "+0000");

/** An episode's outline: its attributes in the order Overcast writes them, `played`, `progress` and `userDeleted` only when so. */
function episodeLine(e: Episode): string {
  const id = EPISODE_IDS.get(e)!;
  const s = e.state;
  const parts = [
    `type="podcast-episode"`,
    `overcastId="${id}"`,
    `pubDate="${eastern(e.published)}"`,
    `title="${attr(e.title)}"`,
    `url="${attr(`${e.podcast.htmlUrl}/episodes/${slug(e.title)}`)}"`,
    `overcastUrl="${overcastUrl(id)}"`,
    `enclosureUrl="${attr(`https://dts.podtrac.com/redirect.mp3/media.example-cdn.com/${e.podcast.id}/${slug(e.title)}.mp3?source=feed`)}"`,
    `userUpdatedDate="${eastern(e.updated)}"`,
    ...(e.recommended ? [`userRecommendedDate="${eastern(e.recommended)}"`] : []),
    ...("played" in s ? [`played="1"`] : []),
    ...("progress" in s ? [`progress="${s.progress}"`] : []),
    ...("deleted" in s || e.deleted ? [`userDeleted="1"`] : []),
  ];
  return `        <outline ${parts.join(" ")}/>`;
}

/** A podcast's outline with its episodes, newest first. */
function podcastLines(p: Podcast): string {
  const episodes = EPISODES.filter((e) => e.podcast === p).sort((a, b) => b.published - a.published);
  const head = `      <outline type="rss" overcastId="${p.id}" text="${attr(p.title)}" title="${attr(p.title)}" xmlUrl="${attr(p.xmlUrl)}" htmlUrl="${attr(p.htmlUrl)}"${p.subscribed ? ` subscribed="1"` : ""} notifications="0" overcastAddedDate="${rfc822(Date.parse(p.added))}"`;
  return episodes.length ? `${head}>\n${episodes.map(episodeLine).join("\n")}\n      </outline>` : `${head}/>`;
}

/** The episodes on the Long Drives playlist, in its order. */
const LONG_DRIVES = ASKED.filter((e) => "queued" in e.state);

/** His playlists: Overcast's own All Episodes, his smart Commute playlist of three podcasts, and Long Drives, put together by hand. */
function playlistLines(): string {
  const ids = (ps: Podcast[]) => ps.map((p) => p.id).join(",");
  return [
    `      <outline type="podcast-playlist" title="All Episodes" smart="1" sorting="chronological" includePodcastIds="${ids(PODCASTS.filter((p) => p.subscribed))}"/>`,
    `      <outline type="podcast-playlist" title="Commute" smart="1" sorting="reverse-chronological" includePodcastIds="${ids([RIH, HARD_FORK, PI])}"/>`,
    `      <outline type="podcast-playlist" title="Long Drives" smart="0" sorting="chronological" sortedEpisodeIds="${LONG_DRIVES.map((e) => EPISODE_IDS.get(e)).join(",")}"/>`,
  ].join("\n");
}

/** The whole export: OPML 1.0 as Overcast writes it, the playlists first, then every podcast he has had, each with the episodes he touched. */
function exportOpml(): string {
  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<opml version="1.0">`,
    `  <head><title>Overcast Podcast Subscriptions</title></head>`,
    `  <body>`,
    `    <outline text="playlists">`,
    playlistLines(),
    `    </outline>`,
    `    <outline text="feeds">`,
    ...PODCASTS.map(podcastLines),
    `    </outline>`,
    `  </body>`,
    `</opml>`,
    ``,
  ].join("\n");
}

const FILES: PersonFile[] = [{ name: `${FOLDER}/overcast.opml`, text: exportOpml(), mtime: EXPORT_AT }];

const QUESTIONS: Person["questions"] = [
  { question: "What did I listen to on 12 October?", expect: ["Channel Tunnel", "A.I. Glasses"] },
  { question: "When did I listen to the episode about the Channel Tunnel?", expect: ["12 October"] },
  { question: "Which episode of The Rest Is History did I recommend?", expect: ["Great Fire of London"] },
  { question: "Which Off Menu episode did I recommend?", expect: ["Harriet Cole"] },
  { question: "When did I subscribe to Desert Island Discs?", expect: ["19 September"] },
  { question: "How far did I get into the Freakonomics episode about sleep?", expect: ["23 minutes"] },
  { question: "When did I last listen to The Infinite Monkey Cage?", expect: ["1 December"] },
  { question: "What podcast episode did I listen to last Monday?", expect: ["Siege of Leningrad"] },
  { question: "Which podcasts have I unsubscribed from?", expect: ["Radiolab", "The Daily"] },
  { question: "What podcasts am I subscribed to in Overcast?", expect: ["The Rest Is History", "Desert Island Discs", "Off Menu"] },
  { question: "Which podcasts are in my Commute playlist?", expect: ["Hard Fork", "99% Invisible"] },
  { question: "What's on my Long Drives playlist?", expect: ["Field of the Cloth of Gold"] },
  { question: "How much do I pay for Overcast Premium?", expect: null },
  { question: "What did my brother say about the Hard Fork episode on A.I. glasses?", expect: null },
  { question: "When is The Rest Is History's live show in Manchester?", expect: null },
];

/** Joe: his Overcast "All data" export in a folder, imported as one, asked on Tuesday 8 December 2026. */
export const podcaster: Person = {
  name: "podcaster",
  files: FILES,
  folder: FOLDER,
  askedAt: Date.UTC(2026, 11, 8, 19, 0),
  questions: QUESTIONS,
};

/**
 * The tooter: Rosie posts on a Mastodon server (mastodonapp.uk) about her new allotment, her cycle
 * commute across Bristol and birdwatching, and on 1 December 2026 she downloads her account's archive
 * (Preferences → Import and export → Data export → Request your archive: `archive-<time>-<hex>.zip`,
 * unzipped) and imports its folder (`engram import archive-20261201083015-…`). The files are as
 * Mastodon's BackupService writes them (app/services/backup_service.rb: the outbox streamed as one line
 * of JSON, its items the ActivityPub serializers' output without their `@context`):
 * - `outbox.json`: `{ "@context": [ … ], "id": "outbox.json", "type": "OrderedCollection", "totalItems":
 *   N, "orderedItems": [ … ] }`, oldest first (by status id), each item a `Create` of a `Note` (`content`
 *   HTML as Mastodon formats it: `<p>`, `<br />`, a mention's `<span class="h-card">`, a hashtag's
 *   `<a class="mention hashtag">`, a link's `invisible` and `ellipsis` spans, `&#39;`; `published`
 *   "2026-10-04T09:12:33Z", `inReplyTo`, `to`/`cc`, a content warning in `summary`, `attachment` with
 *   alt text in `name` and a path under `media_attachments/`, `tag` Mentions and Hashtags) or of a
 *   `Question` (a poll: `oneOf` options), or an `Announce` (a boost: its `object` only a URL). A
 *   thread of her own replies to herself, a reply to someone else, a direct message, a boost.
 * - `actor.json` (the account: `preferredUsername`, `name`, `summary` HTML, profile fields in
 *   `attachment`), `likes.json` and `bookmarks.json` (OrderedCollections of URLs only), `avatar.png`,
 *   `header.jpg` and `media_attachments/files/…/original/….jpeg` (bytes).
 * Checked against Mastodon's own code (backup_service.rb, the ActivityPub Note serializer's fields) and
 * real archives unzipped into public repositories (their outbox.json, actor.json and likes.json).
 * Hand-written by the developers while trying Engram as its users would, in session 34, before Engram
 * could read a Mastodon archive (the first run's figures are in bench/README.md). With it, the questions
 * such a person asks later and the words a right answer holds, and questions nothing here answers.
 */
import type { Person } from "./types.js";

const HOST = "https://mastodonapp.uk";
const ME = `${HOST}/users/rosiegrows`;
const PUBLIC = "https://www.w3.org/ns/activitystreams#Public";
const FOLDER = "archive-20261201083015-5f2c9e0a71b34d8e96a1c0d4b7e2f318";

/** A status id as Mastodon makes one: the time in ms, shifted 16 bits, plus a sequence. */
function statusId(iso: string, seq = 7): string {
  return String((BigInt(Date.parse(iso)) << 16n) + BigInt(seq));
}

/** A hashtag as Mastodon writes it in a post's HTML. */
function hashtag(name: string): string {
  return `<a href="${HOST}/tags/${name.toLowerCase()}" class="mention hashtag" rel="tag">#<span>${name}</span></a>`;
}

/** A mention as Mastodon writes it in a post's HTML (`@user` shown, the profile linked). */
function mention(user: string, host: string): string {
  return `<span class="h-card" translate="no"><a href="https://${host}/@${user}" class="u-url mention">@<span>${user}</span></a></span>`;
}

/** A link as Mastodon writes it: the scheme (and "www.") hidden, the first 30 characters shown, the rest hidden. */
function link(url: string): string {
  const m = /^(https?:\/\/(?:www\.)?)(.*)$/.exec(url)!;
  const shown = m[2]!.slice(0, 30);
  const rest = m[2]!.slice(30);
  return `<a href="${url}" target="_blank" rel="nofollow noopener" translate="no"><span class="invisible">${m[1]}</span><span class="${rest ? "ellipsis" : ""}">${shown}</span><span class="invisible">${rest}</span></a>`;
}

/** Text as Mastodon escapes it in a post's HTML. */
function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** A photo attached to a post: its path in the archive (Mastodon's `/system/` left off) and its alt text. */
interface Photo {
  file: string;
  alt: string;
}

/** What a post is: when, its HTML, and what else it carries. */
interface PostSpec {
  at: string;
  html: string;
  inReplyTo?: string;
  summary?: string;
  visibility?: "public" | "unlisted" | "direct";
  mentions?: Array<{ href: string; name: string }>;
  hashtags?: string[];
  photos?: Photo[];
  poll?: string[];
  selfReplies?: string[];
}

/** A status's URL (its ActivityPub id). */
function statusUrl(id: string): string {
  return `${ME}/statuses/${id}`;
}

/** A post as the archive's outbox holds it: a Create activity wrapping a Note (or a Question: a poll). */
function post(id: string, p: PostSpec): Record<string, unknown> {
  const url = statusUrl(id);
  const direct = p.visibility === "direct";
  const to = direct ? (p.mentions ?? []).map((m) => m.href) : p.visibility === "unlisted" ? [`${ME}/followers`] : [PUBLIC];
  const cc = direct ? [] : [p.visibility === "unlisted" ? PUBLIC : `${ME}/followers`, ...(p.mentions ?? []).map((m) => m.href).filter((h) => !to.includes(h))];
  const day = p.at.slice(0, 10);
  const object: Record<string, unknown> = {
    id: url,
    type: p.poll ? "Question" : "Note",
    summary: p.summary ?? null,
    inReplyTo: p.inReplyTo ?? null,
    published: p.at,
    url: `${HOST}/@rosiegrows/${id}`,
    attributedTo: ME,
    to,
    cc,
    sensitive: p.summary !== undefined,
    atomUri: url,
    inReplyToAtomUri: p.inReplyTo ?? null,
    conversation: `tag:mastodonapp.uk,${day}:objectId=${Number(BigInt(id) % 90000000n)}:objectType=Conversation`,
    content: p.html,
    contentMap: { en: p.html },
    attachment: (p.photos ?? []).map((ph) => ({
      type: "Document",
      mediaType: "image/jpeg",
      url: ph.file,
      name: ph.alt,
      blurhash: "UHF5?xYk^6#M@-5c,1J5@[or[Q6.{dSis:s:",
      focalPoint: [0.0, 0.0],
      width: 1600,
      height: 1200,
    })),
    tag: [
      ...(p.mentions ?? []).map((m) => ({ type: "Mention", href: m.href, name: m.name })),
      ...(p.hashtags ?? []).map((h) => ({ type: "Hashtag", href: `${HOST}/tags/${h.toLowerCase()}`, name: `#${h.toLowerCase()}` })),
    ],
    replies: {
      id: `${url}/replies`,
      type: "Collection",
      first: {
        type: "CollectionPage",
        next: `${url}/replies?only_other_accounts=true&page=true`,
        partOf: `${url}/replies`,
        items: (p.selfReplies ?? []).map(statusUrl),
      },
    },
    likes: { id: `${url}/likes`, type: "Collection", totalItems: 3 },
    shares: { id: `${url}/shares`, type: "Collection", totalItems: 0 },
  };
  if (p.poll) {
    object.endTime = new Date(Date.parse(p.at) + 2 * 86400000).toISOString().replace(/\.000Z$/, "Z");
    object.votersCount = 14;
    object.oneOf = p.poll.map((name, i) => ({ type: "Note", name, replies: { type: "Collection", totalItems: [3, 8, 3][i] ?? 0 } }));
  }
  return { id: `${url}/activity`, type: "Create", actor: ME, published: p.at, to, cc, object };
}

/** A boost as the outbox holds it: an Announce whose object is only the boosted post's URL. */
function boost(id: string, at: string, of: string, author: string): Record<string, unknown> {
  return { id: `${statusUrl(id)}/activity`, type: "Announce", actor: ME, published: at, to: [PUBLIC], cc: [author, `${ME}/followers`], object: of };
}

/** A media attachment's path in the archive: `media_attachments/files/<id in threes>/original/<hex>.jpeg`. */
function mediaPath(id: string, hex: string): string {
  return `media_attachments/files/${id.match(/.{1,3}/g)!.join("/")}/original/${hex}.jpeg`;
}

const PLOT_PHOTO: Photo = {
  file: mediaPath("115290388321517568", "6a1f03c9d2e4b587"),
  alt: "An overgrown allotment plot with a rusty shed and a blue water butt in the corner",
};
const EGRET_PHOTO: Photo = {
  file: mediaPath("115425196014305280", "c40e7b19a85f2d36"),
  alt: "A great white egret standing in the shallows at Herriott's Bridge",
};

const KEYS = statusId("2026-09-27T15:42:10Z");
const PLANTING = statusId("2026-10-04T09:12:33Z");
const ONIONS = statusId("2026-10-04T09:31:05Z");
const PIGEONS = statusId("2026-10-05T18:20:44Z");
const SAM = { href: "https://birds.town/users/sam_birds", name: "@sam_birds@birds.town" };
const JEN = { href: `${HOST}/users/jen_k`, name: "@jen_k" };

const ITEMS: Array<Record<string, unknown>> = [
  post(KEYS, {
    at: "2026-09-27T15:42:10Z",
    html: `<p>Got the keys to plot 27B at Royate Hill allotments today! Half a plot, £68 a year, and about 80% bindweed. Let the digging begin.</p><p>${hashtag("allotment")} ${hashtag("GrowYourOwn")}</p>`,
    hashtags: ["allotment", "GrowYourOwn"],
    photos: [PLOT_PHOTO],
  }),
  post(PLANTING, {
    at: "2026-10-04T09:12:33Z",
    html: `<p>Planting day on the allotment: Solent Wight garlic in bed 2 and Aquadulce Claudia broad beans in bed 3. ${hashtag("allotment")}</p>`,
    hashtags: ["allotment"],
    selfReplies: [ONIONS],
  }),
  post(ONIONS, {
    at: "2026-10-04T09:31:05Z",
    inReplyTo: statusUrl(PLANTING),
    html: `<p>Also 50 Radar onion sets along the fence. Apparently they&#39;ll be ready by June.</p>`,
    selfReplies: [PIGEONS],
  }),
  post(PIGEONS, {
    at: "2026-10-05T18:20:44Z",
    inReplyTo: statusUrl(ONIONS),
    html: `<p>Pigeons have already dug up half the broad beans 😤 Netting goes on tomorrow.</p>`,
  }),
  post(statusId("2026-10-12T07:55:02Z"), {
    at: "2026-10-12T07:55:02Z",
    html: `<p>New commute: the Railway Path into Temple Meads, then along the harbourside to the office at Wapping Wharf. 8.2 km, 26 minutes door to desk, and no traffic lights for the first 5 km.</p><p>${hashtag("BikeCommute")} ${hashtag("cycling")} ${hashtag("Bristol")}</p>`,
    hashtags: ["BikeCommute", "cycling", "Bristol"],
  }),
  post(statusId("2026-10-19T08:40:19Z"), {
    at: "2026-10-19T08:40:19Z",
    html: `<p>Second puncture in a week on the Railway Path. Ordered a pair of Schwalbe Marathon Plus tyres from Bike Boutique on Gloucester Road, should be in on Thursday. ${hashtag("BikeCommute")}</p>`,
    hashtags: ["BikeCommute"],
  }),
  post(statusId("2026-10-25T10:05:37Z"), {
    at: "2026-10-25T10:05:37Z",
    html: `<p>Chew Valley Lake this morning: 2 great white egrets and a female goosander from Herriott&#39;s Bridge, plus a kingfisher at Heron&#39;s Green.<br />Cold hands, happy heart.</p><p>${hashtag("birding")} ${hashtag("birdwatching")}</p>`,
    hashtags: ["birding", "birdwatching"],
    photos: [EGRET_PHOTO],
  }),
  boost(statusId("2026-10-25T10:20:12Z"), "2026-10-25T10:20:12Z", "https://birds.town/users/sam_birds/statuses/115425244183920641", SAM.href),
  post(statusId("2026-11-01T19:02:11Z"), {
    at: "2026-11-01T19:02:11Z",
    inReplyTo: "https://birds.town/users/sam_birds/statuses/115476012274601984",
    html: `<p>${mention("sam_birds", "birds.town")} Count me in! Slimbridge on Saturday 14 November, meet at the visitor centre at 9. I&#39;ll bring my scope.</p>`,
    mentions: [SAM],
  }),
  post(statusId("2026-11-07T16:12:48Z"), {
    at: "2026-11-07T16:12:48Z",
    summary: "allotment rant",
    html: `<p>Someone has nicked the water butt from plot 27B. Reported it to Maureen, the site secretary, who says it&#39;s the third one this month.</p>`,
  }),
  post(statusId("2026-11-09T13:30:00Z"), {
    at: "2026-11-09T13:30:00Z",
    html: `<p>First proper frost on the allotment. Dug up the last of the Charlotte potatoes: 6 kg from two short rows, not bad for a first go. ${hashtag("allotment")}</p>`,
    hashtags: ["allotment"],
  }),
  post(statusId("2026-11-15T20:01:26Z"), {
    at: "2026-11-15T20:01:26Z",
    html: `<p>Which winter bike light should I get for the dark commutes? ${hashtag("BikeCommute")}</p>`,
    hashtags: ["BikeCommute"],
    poll: ["Exposure Strada", "Lezyne Macro Drive 1300", "Cateye Volt 800"],
  }),
  post(statusId("2026-11-18T12:47:03Z"), {
    at: "2026-11-18T12:47:03Z",
    html: `<p>The poll said Lezyne, so I went with the Lezyne Macro Drive 1300 from Bike Boutique. £55 and it&#39;s blinding.</p>`,
  }),
  post(statusId("2026-11-21T16:58:40Z"), {
    at: "2026-11-21T16:58:40Z",
    html: `<p>Starling murmuration at Ham Wall on the Avalon Marshes tonight. The warden reckoned 200,000 birds. Absolutely unreal. ${hashtag("birding")} ${hashtag("starlings")}</p>`,
    hashtags: ["birding", "starlings"],
  }),
  post(statusId("2026-11-22T09:14:55Z"), {
    at: "2026-11-22T09:14:55Z",
    visibility: "direct",
    html: `<p>${mention("jen_k", "mastodonapp.uk")} could you water the greenhouse on the allotment while I&#39;m in Lisbon, 3 to 7 December? The key&#39;s under the blue pot by the shed.</p>`,
    mentions: [JEN],
  }),
  post(statusId("2026-11-24T08:02:51Z"), {
    at: "2026-11-24T08:02:51Z",
    visibility: "unlisted",
    html: `<p>${esc("Handy guide to overwintering broad beans, worth a read before the cold snap:")} ${link("https://www.rhs.org.uk/vegetables/broad-beans/grow-your-own")}</p>`,
  }),
];

/** The outbox as BackupService writes it: the collection's skeleton with the full context, its items in one line of JSON. */
const OUTBOX = JSON.stringify({
  "@context": [
    "https://www.w3.org/ns/activitystreams",
    {
      ostatus: "http://ostatus.org#",
      atomUri: "ostatus:atomUri",
      inReplyToAtomUri: "ostatus:inReplyToAtomUri",
      conversation: "ostatus:conversation",
      sensitive: "as:sensitive",
      toot: "http://joinmastodon.org/ns#",
      votersCount: "toot:votersCount",
      blurhash: "toot:blurhash",
      focalPoint: { "@container": "@list", "@id": "toot:focalPoint" },
      Hashtag: "as:Hashtag",
    },
  ],
  id: "outbox.json",
  type: "OrderedCollection",
  totalItems: ITEMS.length,
  orderedItems: ITEMS,
});

const ACTOR = JSON.stringify({
  "@context": [
    "https://www.w3.org/ns/activitystreams",
    "https://w3id.org/security/v1",
    {
      manuallyApprovesFollowers: "as:manuallyApprovesFollowers",
      toot: "http://joinmastodon.org/ns#",
      featured: { "@id": "toot:featured", "@type": "@id" },
      schema: "http://schema.org#",
      PropertyValue: "schema:PropertyValue",
      value: "schema:value",
      discoverable: "toot:discoverable",
      indexable: "toot:indexable",
    },
  ],
  id: ME,
  type: "Person",
  following: `${ME}/following`,
  followers: `${ME}/followers`,
  inbox: `${ME}/inbox`,
  outbox: "outbox.json",
  featured: `${ME}/collections/featured`,
  preferredUsername: "rosiegrows",
  name: "Rosie Fenwick 🌱🚲",
  summary: "<p>Allotment newbie in east Bristol, bike commuter, patch birder. Mostly beans, bikes and birds. she/her</p>",
  url: `${HOST}/@rosiegrows`,
  manuallyApprovesFollowers: false,
  discoverable: true,
  indexable: true,
  published: "2023-02-11T00:00:00Z",
  memorial: false,
  publicKey: {
    id: `${ME}#main-key`,
    owner: ME,
    publicKeyPem: "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAr0s1n7hXq2c9Qe+example\n-----END PUBLIC KEY-----\n",
  },
  tag: [],
  attachment: [{ type: "PropertyValue", name: "Patch", value: "St Werburghs &amp; Chew Valley" }],
  endpoints: { sharedInbox: `${HOST}/inbox` },
  icon: { type: "Image", mediaType: "image/png", url: "avatar.png" },
  image: { type: "Image", mediaType: "image/jpeg", url: "header.jpg" },
  likes: "likes.json",
  bookmarks: "bookmarks.json",
});

/** likes.json and bookmarks.json as BackupService writes them: the collection's skeleton, its total left out, and URLs only. */
function urls(id: string, items: string[]): string {
  return JSON.stringify({ "@context": "https://www.w3.org/ns/activitystreams", id, type: "OrderedCollection", orderedItems: items });
}

/** A few bytes standing for an image (a JPEG's or PNG's start). */
function image(kind: "jpeg" | "png"): Uint8Array {
  const start = kind === "jpeg" ? [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00] : [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  return Uint8Array.from([...start, ...Array.from({ length: 64 }, (_, i) => (i * 37) % 256), 0xff, 0xd9]);
}

const MADE = Date.UTC(2026, 11, 1, 8, 30, 15);

const FILES: Person["files"] = [
  { name: `${FOLDER}/outbox.json`, text: OUTBOX, mtime: MADE },
  { name: `${FOLDER}/actor.json`, text: ACTOR, mtime: MADE },
  {
    name: `${FOLDER}/likes.json`,
    text: urls("likes.json", [
      "https://birds.town/users/sam_birds/statuses/115425244183920641",
      "https://mastodon.social/users/RHSGardening/statuses/115401882734519377",
      "https://toot.bike/users/bristolcycling/statuses/115466130257802044",
    ]),
    mtime: MADE,
  },
  {
    name: `${FOLDER}/bookmarks.json`,
    text: urls("bookmarks.json", ["https://mastodon.social/users/RHSGardening/statuses/115401882734519377"]),
    mtime: MADE,
  },
  { name: `${FOLDER}/avatar.png`, text: image("png"), mtime: MADE },
  { name: `${FOLDER}/header.jpg`, text: image("jpeg"), mtime: MADE },
  { name: `${FOLDER}/${PLOT_PHOTO.file}`, text: image("jpeg"), mtime: MADE },
  { name: `${FOLDER}/${EGRET_PHOTO.file}`, text: image("jpeg"), mtime: MADE },
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "What did I plant in the allotment in October?", expect: ["garlic", "broad beans"] },
  { question: "How many onion sets did I plant?", expect: ["50"] },
  { question: "How much is the rent for my allotment?", expect: ["£68"] },
  { question: "How long is my cycle commute?", expect: ["8.2 km"] },
  { question: "Which tyres did I order?", expect: ["Marathon Plus"] },
  { question: "Where did I see the great white egrets?", expect: ["Chew Valley"] },
  { question: "When am I going to Slimbridge?", expect: ["14 November"] },
  { question: "Who is the allotment site secretary?", expect: ["Maureen"] },
  { question: "How many potatoes did I dig up?", expect: ["6 kg"] },
  { question: "Which bike light did I buy?", expect: ["Lezyne", "Bike Boutique"] },
  { question: "Where did I watch the starling murmuration?", expect: ["Ham Wall"] },
  { question: "Where is the key for the allotment?", expect: ["blue pot"] },
  { question: "How much did the Schwalbe tyres cost?", expect: null },
  { question: "What birds did I see at Slimbridge?", expect: null },
  { question: "What is my allotment neighbour called?", expect: null },
];

/** Rosie: her Mastodon archive, unzipped and imported as one folder, asked on Tuesday 1 December 2026. */
export const tooter: Person = {
  name: "tooter",
  files: FILES,
  folder: FOLDER,
  askedAt: Date.UTC(2026, 11, 1, 19, 0),
  questions: QUESTIONS,
};

/**
 * The skyposter: Priya, a wedding and street photographer in Walkley, Sheffield, posts on Bluesky
 * (@priyashoots.bsky.social) about her cameras, a Peak District sunrise, her first wedding of the
 * season, a photowalk, a friend's exhibition, developing film at home and a Christmas market, and on 2
 * December 2026 she downloads her account's repository (Settings → Account → Export my data →
 * "Download CAR file") into "Bluesky backup" and imports that folder (`engram import "Bluesky
 * backup"`). The file, `repo-priyashoots.bsky.social-2026-12-02.car`, is a CAR v1 (Content Addressable
 * aRchive) as a PDS's `com.atproto.sync.getRepo` writes it: a varint-prefixed DAG-CBOR header `{ roots:
 * [<commit CID>], version: 1 }`, then each block `varint(length) CID bytes`, the commit first and the rest
 * in no tree order (a PDS writes them by revision, then by CID): the signed commit `{ did, version: 3,
 * data: <MST root>, rev, prev: null, sig }`, the Merkle Search Tree's nodes `{ l: CID | null, e: [ { p,
 * k, v, t } ] }` (keys `<collection>/<rkey>`, each key's depth the leading zero bits of its SHA-256 in
 * pairs, a node's keys compressed against the one before), and the records, each a DAG-CBOR block whose
 * CID is that of its bytes (codec dag-cbor, SHA-256):
 * - `app.bsky.feed.post` (`text`, `createdAt` "2026-10-03T09:14:22.518Z", `langs`, `facets` with UTF-8
 *   byte ranges: a tag, a mention's DID, a link's full URL where the text shows it cut; `reply` with its
 *   `root` and `parent` strong refs; `embed` of `app.bsky.embed.images` with alt text and a blob ref,
 *   `app.bsky.embed.external` with a link card's title and description, `app.bsky.embed.record` of a
 *   quoted post): a thread of three of her own over two days, a reply to a friend's post, a quote-post of
 *   another friend's, two alt-texted photos, a link card, a cut link;
 * - `app.bsky.actor.profile/self` (`displayName`, `description`, avatar and banner blob refs);
 * - what holds none of her words: likes, a repost, follows, a block, a threadgate and
 *   `chat.bsky.actor.declaration/self`.
 * Written with the libraries Engram reads it with (@ipld/dag-cbor, multiformats, @ipld/car's buffer
 * writer), the tree built as the spec builds it (atproto.com/specs/repository, and @atproto/repo's
 * mst/util.ts: `l` null, `t` null, prefix compression; checked against public readers of these exports).
 * Hand-written by the developers while trying Engram as its users would, in session 35, before Engram
 * could read a Bluesky repository (the first run's figures are in bench/README.md). With it, the
 * questions such a person asks later and the words a right answer holds, and questions nothing here
 * answers.
 */
import { createHash } from "node:crypto";
import * as CarBufferWriter from "@ipld/car/buffer-writer";
import * as dagCbor from "@ipld/dag-cbor";
import { CID } from "multiformats/cid";
import * as Digest from "multiformats/hashes/digest";
import type { Person } from "./types.js";

const DID = "did:plc:q7xk3m2vhd5nwb4tr6ycjz2e";
const JADE = "did:plc:3nfw6zq2k7v4yhx5rmtbd2ua";
const MARCUS = "did:plc:vd4k2xq7m3ntbzh6wy5r2cje";
const FOLDER = "Bluesky backup";

/** The CID of `bytes` as a repository names a block: CIDv1, `codec` (dag-cbor 0x71, raw 0x55 for a blob), SHA-256. */
function cidOf(bytes: Uint8Array, codec = 0x71): CID {
  return CID.createV1(codec, Digest.create(0x12, createHash("sha256").update(bytes).digest()));
}

const SORTABLE = "234567abcdefghijklmnopqrstuvwxyz";

/** A record key as the app makes one, a TID: the time in µs shifted 10 bits plus a clock id, in 13 sortable base32 characters. */
function tid(iso: string, clock = 17): string {
  let n = (BigInt(Date.parse(iso)) * 1000n) << 10n;
  n += BigInt(clock);
  let out = "";
  for (let i = 0; i < 13; i++) {
    out = SORTABLE[Number(n & 31n)] + out;
    n >>= 5n;
  }
  return out;
}

/** A blob's ref in a record (a photo's, an avatar's): its CID (raw codec), type and size; the blob itself is not in the repository. */
function blob(seed: string, mimeType = "image/jpeg", size = 412_318): Record<string, unknown> {
  return { $type: "blob", ref: cidOf(new TextEncoder().encode(seed), 0x55), mimeType, size };
}

/** A facet over the first `match` in `text`, by its UTF-8 byte range, with one feature. */
function facet(text: string, match: string, feature: Record<string, unknown>): Record<string, unknown> {
  const at = text.indexOf(match);
  if (at < 0) throw new Error(`no "${match}" in "${text}"`);
  const byteStart = Buffer.byteLength(text.slice(0, at));
  return { index: { byteStart, byteEnd: byteStart + Buffer.byteLength(match) }, features: [feature] };
}

/** A strong ref to a post: its at:// URI and its record's CID. */
interface Ref {
  uri: string;
  cid: CID;
}

/** A friend's post, outside this repository: its URI, and a CID standing for its record. */
function theirs(did: string, at: string, seed: string): Ref {
  return { uri: `at://${did}/app.bsky.feed.post/${tid(at, 3)}`, cid: cidOf(new TextEncoder().encode(seed)) };
}

/** The records of the repository, by key (`<collection>/<rkey>`), as DAG-CBOR bytes. */
const records = new Map<string, Uint8Array>();

/** Adds a record at `collection`/`rkey`; returns its strong ref. */
function put(collection: string, rkey: string, record: Record<string, unknown>): Ref {
  const bytes = dagCbor.encode(record);
  records.set(`${collection}/${rkey}`, bytes);
  return { uri: `at://${DID}/${collection}/${rkey}`, cid: cidOf(bytes) };
}

/** A post of hers at `at`, its words and what else it carries. */
function post(at: string, text: string, extra: Record<string, unknown> = {}): Ref {
  return put("app.bsky.feed.post", tid(at), { $type: "app.bsky.feed.post", text, createdAt: at, langs: ["en"], ...extra });
}

/** A reply's `reply` field: the thread's first post and the post answered. */
function replyTo(root: Ref, parent: Ref): Record<string, unknown> {
  return { reply: { root: { uri: root.uri, cid: root.cid }, parent: { uri: parent.uri, cid: parent.cid } } };
}

/** Photos as the app embeds them: each with its alt text, blob ref and aspect ratio. */
function images(...alts: string[]): Record<string, unknown> {
  return {
    embed: {
      $type: "app.bsky.embed.images",
      images: alts.map((alt, i) => ({ alt, image: blob(`${alt}${i}`), aspectRatio: { width: 3000, height: 2000 } })),
    },
  };
}

const JADE_SHOW = theirs(JADE, "2026-11-02T09:15:00.000Z", "jade: Steel City Nights poster");
const MARCUS_WALK = theirs(MARCUS, "2026-10-24T17:40:00.000Z", "marcus: who wants to lead a photowalk?");
const JADE_PRINTS = theirs(JADE, "2026-11-20T20:02:00.000Z", "jade: print sale");

const LENS = "Picked up a secondhand Fujifilm XF 56mm f/1.2 from MPB for £520. Portrait season starts now 📸 #photography";
post("2026-10-03T09:14:22.518Z", LENS, { facets: [facet(LENS, "#photography", { $type: "app.bsky.richtext.facet#tag", tag: "photography" })] });

const SUNRISE = "Worth the 5am alarm. #landscapephotography";
post("2026-10-10T07:48:05.102Z", SUNRISE, {
  facets: [facet(SUNRISE, "#landscapephotography", { $type: "app.bsky.richtext.facet#tag", tag: "landscapephotography" })],
  ...images("Misty sunrise from the top of Win Hill, the Ladybower valley filled with fog and Derwent Edge glowing pink"),
});

const WEDDING = post(
  "2026-10-17T20:31:40.221Z",
  "Thread on my first wedding of the season 🧵 Sarah & Tom at Thornbridge Hall: 640 frames, one rain shower, zero regrets.",
  images("Bride and groom laughing under a clear umbrella on the steps of Thornbridge Hall"),
);
const KIT = post(
  "2026-10-17T20:33:02.945Z",
  "Kit for the day: two X-T5 bodies, the 23mm and the new 56mm, plus a Godox V1 for the speeches.",
  replyTo(WEDDING, WEDDING),
);
post(
  "2026-10-18T10:05:17.330Z",
  "Sent Sarah and Tom their sneak peek this morning, 40 images. The full gallery goes out by 14 November.",
  replyTo(WEDDING, KIT),
);

post(
  "2026-10-24T18:12:55.610Z",
  "Count me in! I'll lead the Kelham Island photowalk on Sunday 8 November, meeting outside the Fat Cat at 10am.",
  replyTo(MARCUS_WALK, MARCUS_WALK),
);

post(
  "2026-11-02T12:40:09.004Z",
  "Go and see this! Jade's first solo show, Steel City Nights, opens at the Millennium Gallery on Friday 20 November. Two of my prints are in the back room 🥹",
  { embed: { $type: "app.bsky.embed.record", record: { uri: JADE_SHOW.uri, cid: JADE_SHOW.cid } } },
);

const BLOG = "New on the blog: my whole home film dev setup, from changing bag to scanning. #filmphotography";
post("2026-11-09T19:22:48.777Z", BLOG, {
  facets: [facet(BLOG, "#filmphotography", { $type: "app.bsky.richtext.facet#tag", tag: "filmphotography" })],
  embed: {
    $type: "app.bsky.embed.external",
    external: {
      uri: "https://priyaraman.photo/blog/developing-hp5-at-home",
      title: "Developing HP5 at home with Ilfosol 3",
      description: "Times, temperatures and agitation for Ilford HP5 Plus at box speed, and how I scan the negatives with a Valoi easy35.",
      thumb: blob("blog thumb", "image/jpeg", 48_211),
    },
  },
});

const MARKET =
  "Booked a stall at the Sheffield Christmas Makers Market, 12 and 13 December at the Cutlers' Hall. A4 prints £25, calendars £12. Details: sheffieldmakers.co.uk/christmas-mar...";
post("2026-11-14T16:55:30.412Z", MARKET, {
  facets: [
    facet(MARKET, "sheffieldmakers.co.uk/christmas-mar...", {
      $type: "app.bsky.richtext.facet#link",
      uri: "https://www.sheffieldmakers.co.uk/christmas-market-2026",
    }),
  ],
});

const PROOFS = "Printing test strips with @jadeprints.bsky.social at Bloc Studios today, she's lending me her Epson P900 until the market.";
post("2026-11-21T11:03:12.870Z", PROOFS, {
  facets: [facet(PROOFS, "@jadeprints.bsky.social", { $type: "app.bsky.richtext.facet#mention", did: JADE })],
});

put("app.bsky.actor.profile", "self", {
  $type: "app.bsky.actor.profile",
  displayName: "Priya Raman 📷",
  description:
    "Wedding & street photographer based in Walkley, Sheffield. Fuji X-T5, too much HP5 and the odd Peak District sunrise. Bookings: priyaraman.photo 🎞️ she/her",
  avatar: blob("avatar", "image/jpeg", 88_104),
  banner: blob("banner", "image/jpeg", 301_877),
  createdAt: "2023-09-18T20:11:04.337Z",
});

// (what holds none of her words: likes, a repost, follows, a block, a threadgate on the wedding thread, the chat setting)
for (const [i, subject] of [
  JADE_SHOW,
  MARCUS_WALK,
  JADE_PRINTS,
  theirs(MARCUS, "2026-11-12T08:00:00.000Z", "marcus: fog at the Botanical Gardens"),
].entries()) {
  const at = new Date(Date.parse("2026-11-02T09:20:00.000Z") + i * 86_400_000 * 5).toISOString();
  put("app.bsky.feed.like", tid(at, 9), { $type: "app.bsky.feed.like", subject: { uri: subject.uri, cid: subject.cid }, createdAt: at });
}
put("app.bsky.feed.repost", tid("2026-11-20T20:10:00.000Z", 9), {
  $type: "app.bsky.feed.repost",
  subject: { uri: JADE_PRINTS.uri, cid: JADE_PRINTS.cid },
  createdAt: "2026-11-20T20:10:00.000Z",
});
for (const [i, subject] of [JADE, MARCUS, "did:plc:k2v7tq4xwm5dnzr3hb6yjc2f", "did:plc:z5mxw2b7q4kdv3tnr6hcy2je"].entries()) {
  const at = `2023-09-${String(18 + i).padStart(2, "0")}T21:00:00.000Z`;
  put("app.bsky.graph.follow", tid(at, 9), { $type: "app.bsky.graph.follow", subject, createdAt: at });
}
put("app.bsky.graph.block", tid("2026-10-30T22:41:00.000Z", 9), {
  $type: "app.bsky.graph.block",
  subject: "did:plc:m4x7q2wz5vkdb3hn6trc2yje",
  createdAt: "2026-10-30T22:41:00.000Z",
});
put("app.bsky.feed.threadgate", WEDDING.uri.slice(WEDDING.uri.lastIndexOf("/") + 1), {
  $type: "app.bsky.feed.threadgate",
  post: WEDDING.uri,
  allow: [{ $type: "app.bsky.feed.threadgate#followingRule" }],
  createdAt: "2026-10-17T20:31:40.221Z",
});
put("chat.bsky.actor.declaration", "self", { $type: "chat.bsky.actor.declaration", allowIncoming: "following" });

/** A key's depth in the tree: the leading zero bits of its SHA-256, in pairs (a fanout of 4). */
function depthOf(key: string): number {
  const hash = createHash("sha256").update(key).digest();
  let zeros = 0;
  for (const byte of hash) {
    if (byte < 64) zeros++;
    if (byte < 16) zeros++;
    if (byte < 4) zeros++;
    if (byte !== 0) break;
    zeros++;
  }
  return zeros;
}

/** The tree's node blocks, by CID. */
const nodes: Array<{ cid: CID; bytes: Uint8Array }> = [];

/**
 * The node at `depth` holding `keys` (sorted): the keys of that depth its entries, each run of lower keys
 * a subtree one depth down (an empty node where none is that depth, as the spec keeps it); its CID.
 */
function node(keys: Array<{ key: string; value: CID; depth: number }>, depth: number): CID {
  const entries: Array<{ p: number; k: Uint8Array; v: CID; t: CID | null }> = [];
  let left: CID | null = null;
  let run: typeof keys = [];
  let last = "";
  const flush = (): CID | null => {
    const sub = run.length ? node(run, depth - 1) : null;
    run = [];
    return sub;
  };
  for (const k of keys) {
    if (k.depth < depth) {
      run.push(k);
      continue;
    }
    const sub = flush();
    if (entries.length) entries[entries.length - 1]!.t = sub;
    else left = sub;
    let p = 0;
    while (p < last.length && last[p] === k.key[p]) p++;
    entries.push({ p, k: new TextEncoder().encode(k.key.slice(p)), v: k.value, t: null });
    last = k.key;
  }
  const sub = flush();
  if (entries.length) entries[entries.length - 1]!.t = sub;
  else left = sub;
  const bytes = dagCbor.encode({ l: left, e: entries });
  const cid = cidOf(bytes);
  nodes.push({ cid, bytes });
  return cid;
}

/** The repository as the PDS exports it: header, the signed commit first, then the tree's nodes and the records by CID. */
function repoCar(): Uint8Array {
  const keys = [...records.keys()].sort().map((key) => ({ key, value: cidOf(records.get(key)!), depth: depthOf(key) }));
  const root = node(
    keys,
    keys.reduce((m, k) => Math.max(m, k.depth), 0),
  );
  const commit = dagCbor.encode({
    did: DID,
    version: 3,
    data: root,
    rev: tid("2026-12-02T18:39:51.204Z", 0),
    prev: null,
    sig: Uint8Array.from({ length: 64 }, (_, i) => (i * 73 + 41) % 256),
  });
  const commitCid = cidOf(commit);
  const blocks = [
    { cid: commitCid, bytes: commit },
    ...[...nodes, ...[...records.values()].map((bytes) => ({ cid: cidOf(bytes), bytes }))].sort((a, b) => a.cid.toString().localeCompare(b.cid.toString())),
  ];
  const size = CarBufferWriter.headerLength({ roots: [commitCid] }) + blocks.reduce((n, b) => n + CarBufferWriter.blockLength(b), 0);
  const writer = CarBufferWriter.createWriter(new ArrayBuffer(size), { roots: [commitCid] });
  for (const b of blocks) writer.write(b);
  return writer.close();
}

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "Which lens did I buy from MPB?", expect: ["56mm"] },
  { question: "How much did I pay for the 56mm lens?", expect: ["£520"] },
  { question: "Where did I shoot the misty sunrise?", expect: ["Win Hill"] },
  { question: "Where was Sarah and Tom's wedding?", expect: ["Thornbridge Hall"] },
  { question: "When does Sarah and Tom's full gallery go out?", expect: ["14 November"] },
  { question: "Where does the Kelham Island photowalk meet?", expect: ["Fat Cat"] },
  { question: "When does Jade's exhibition open?", expect: ["20 November"] },
  { question: "Where is Jade's exhibition?", expect: ["Millennium Gallery"] },
  { question: "Which developer do I use for HP5?", expect: ["Ilfosol 3"] },
  { question: "How much are my A4 prints at the Christmas market?", expect: ["£25"] },
  { question: "Which part of Sheffield do I live in?", expect: ["Walkley"] },
  { question: "What kind of photographer am I?", expect: ["wedding"] },
  { question: "How much did Sarah and Tom pay for their wedding photos?", expect: null },
  { question: "What camera does Jade use?", expect: null },
  { question: "Which lab develops my colour film?", expect: null },
];

/** Priya: her Bluesky repository's CAR file in "Bluesky backup", imported as one folder, asked on Wednesday 2 December 2026. */
export const skyposter: Person = {
  name: "skyposter",
  files: [{ name: `${FOLDER}/repo-priyashoots.bsky.social-2026-12-02.car`, text: repoCar(), mtime: Date.UTC(2026, 11, 2, 18, 40) }],
  folder: FOLDER,
  askedAt: Date.UTC(2026, 11, 2, 19, 0),
  questions: QUESTIONS,
};

/**
 * A Bluesky account's repository, as the app exports it (Settings → Account → Export my data →
 * "Download CAR file": `repo.car`, `repo-<handle or DID>-<date>.car`): the PDS's
 * `com.atproto.sync.getRepo`, a CAR v1 file (Content Addressable aRchive). A varint-prefixed DAG-CBOR
 * header `{ roots: [<commit CID>], version: 1 }`, then blocks, each `varint(length) CID bytes`, in no
 * set order (a PDS writes them by revision, then by CID; @atproto/repo's getFullRepo walks the tree):
 * - the signed commit (the root): `{ did, version: 3, data: <MST root CID>, rev, prev, sig }`;
 * - the Merkle Search Tree's nodes: `{ l: CID | null, e: [ { p: <bytes shared with the key before>, k:
 *   <the key's rest, bytes>, v: <the record's CID>, t: CID | null } ] }`, whose keys are
 *   `<collection>/<record key>` ("app.bsky.feed.post/3mxiyrq3dhk2l"), `l` the subtree before the node's
 *   first entry and each `t` the subtree after its entry (atproto.com/specs/repository; @atproto/repo
 *   mst/util.ts);
 * - the records, DAG-CBOR each: `app.bsky.feed.post` `{ $type, text, createdAt, langs?, facets?: [ {
 *   index: { byteStart, byteEnd } (UTF-8 bytes of `text`), features: [ mention { did } | link { uri } |
 *   tag { tag } ] } ], reply?: { root: { uri, cid }, parent: { uri, cid } }, embed?: images { images: [ {
 *   alt, image: <blob ref> } ] } | video { video, alt? } | external { external: { uri, title, description }
 *   } | record { record: { uri, cid } } (a quote) | recordWithMedia { record: { record }, media }, tags?,
 *   labels? }`; `app.bsky.actor.profile/self` `{ displayName, description, avatar, banner }`; and what
 *   holds none of the account's words (likes, reposts, follows, blocks, lists, threadgates, the chat
 *   setting `chat.bsky.actor.declaration/self` …). Photos and videos are blobs, not in the file.
 *
 * Read here (format `bluesky`), as a Mastodon archive's outbox is (mastodon.ts): the account's posts,
 * its own words, each said by the user (speaker "User", role "user"), a calendar day (UTC) of them one
 * conversation ("Bluesky posts, 3 October 2026"), a post that replies to one of the account's own (a
 * thread of self-replies) in the conversation of its thread's first post, so a thread continued the
 * next day stays together; a reply to someone else's post keeps whom it answers (metadata `reply_to`). A
 * post's text is read with its facets ({@link postWords}): a mention its handle ("@jadeprints.bsky.social"
 * → "jadeprints"), a link the URL it leads to (the app shows it cut, "sheffieldmakers.co.uk/christmas-mar..."),
 * a hashtag its word; then each image's or video's alt text as importers append an image ("[shared an
 * image: a photo of …]"), a link card's title ("Shared a link: Developing HP5 at home with Ilfosol 3
 * (https://…)") and a quoted post's author ("Quoting a post by jadeprints.") as its context. The
 * profile's description is one conversation of its own, of who the user is (titled with their display
 * name). Likes, reposts, follows, blocks and every other record are passed over (a repository with no
 * post is refused, {@link NO_TEXT}, saying what it holds).
 *
 * Streamed, in two passes over the file, with the blocks read by @ipld/car's decoder and decoded by
 * @ipld/dag-cbor (never all held): the first keeps the commit, the tree's nodes (their bytes) and, of
 * each post, its time and the post it answers; the tree is then walked from the commit for the
 * repository's keys (a block no key names is passed over, as the spec says), its nodes let go; the second
 * pass reads the posts' and the profile's words, holding the days not yet given (past
 * {@link MAX_HELD_POST_CHARS} characters given in parts, the same ids, as mastodon.ts does).
 */
import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import { asyncIterableReader, type BytesReader, bytesReader, readBlockHead, readHeader } from "@ipld/car/decoder";
import * as dagCbor from "@ipld/dag-cbor";
import { CID } from "multiformats/cid";
import { humanDate, isoDate } from "../../time/format.js";
import { isoToMs } from "../../time/import-dates.js";
import { linkWords } from "../kit/html-lines.js";
import { sharedMediaWords } from "./mastodon.js";
import { NO_TEXT } from "../notes/note.js";
import { ImportError, type ParsedConversation, type ParsedTurn, type ReadOptions } from "../kit/types.js";

/** How many bytes of a file's start are read to tell a Bluesky repository from any other CAR file. */
export const CAR_HEAD_BYTES = 256 * 1024;

/** The largest block read (bytes): a repository's records and nodes are a few KiB; @atproto/repo refuses a record over 1 MiB. */
export const MAX_BLOCK_BYTES = 2 * 1024 * 1024;

/** Most characters of posts held before the days read so far are given (the days come again, in parts, with the same ids). */
export const MAX_HELD_POST_CHARS = 8 * 1024 * 1024;

/** The most handles remembered from the posts' mentions, by DID, to name whom a reply or a quote is of. */
const MAX_HANDLES = 10_000;

/** The DAG-CBOR codec, which a repository's commit, nodes and records are in. */
const DAG_CBOR = 0x71;

/** A block of the file: its place (index, byte offset), its CID and its bytes (a view into the read chunk: copy to keep it). */
interface CarBlock {
  index: number;
  offset: number;
  cid: CID;
  bytes: Uint8Array;
}

/** Words for an error: `err`'s message. */
function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** A value shown in an error: its JSON (a CID as its string, bytes as their count), cut. */
function shown(value: unknown): string {
  const json =
    JSON.stringify(value ?? null, (_k, v) => (v instanceof Uint8Array ? `<${v.length} bytes>` : CID.asCID(v) ? String(CID.asCID(v)) : v)) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

/** Why a file is no CAR file, for an error. */
const NOT_CAR =
  "not a CAR file: a Bluesky repository export is one (Settings → Account → Export my data → Download CAR file), opening with its header { version: 1, roots: [ … ] }";

/**
 * The blocks of the CAR file `reader` reads ({@link fileReader}), in order, after its header (CAR v1
 * only), read with @ipld/car's decoder; `onHeader` is told the header's roots.
 * @throws ImportError naming the file and where: no CAR v1 header (`byte 0`), a block the file ends
 *   inside or whose length or CID is damaged, or one over {@link MAX_BLOCK_BYTES} (`byte N`, its block's index).
 */
async function* carBlocks(file: string, reader: BytesReader, onHeader: (roots: CID[]) => void): AsyncGenerator<CarBlock> {
  try {
    const header = await readHeader(reader, 1);
    onHeader(header.roots);
  } catch (err) {
    throw new ImportError(file, "byte 0", `${NOT_CAR} (${messageOf(err)})`);
  }
  for (let index = 0; ; index++) {
    const offset = reader.pos;
    let block: CarBlock;
    try {
      if ((await reader.upTo(8)).length === 0) return;
      const head = await readBlockHead(reader);
      if (head.blockLength > MAX_BLOCK_BYTES)
        throw new Error(`${head.blockLength.toLocaleString("en-US")} bytes, over the ${MAX_BLOCK_BYTES.toLocaleString("en-US")} a repository's block holds`);
      block = { index, offset, cid: head.cid, bytes: await reader.exactly(head.blockLength, true) };
    } catch (err) {
      const why = messageOf(err);
      throw new ImportError(
        file,
        `byte ${offset}`,
        `block ${index}: ${/end of data/i.test(why) ? "the file ends inside it (was the download cut short?)" : `a damaged block (${why})`}`,
      );
    }
    yield block;
  }
}

/** A reader of `file`'s bytes as @ipld/car's decoder reads them, streamed, `onRead` told the bytes read so far; `close` ends the stream (a pass left early). */
function fileReader(file: string, onRead: (bytesRead: number) => void): { reader: BytesReader; close: () => void } {
  const stream = createReadStream(file, { highWaterMark: 256 * 1024 });
  let read = 0;
  const chunks = async function* (): AsyncGenerator<Uint8Array> {
    for await (const chunk of stream) {
      read += (chunk as Buffer).length;
      onRead(read);
      yield chunk as Buffer;
    }
  };
  return { reader: asyncIterableReader(chunks()), close: () => stream.destroy() };
}

/** `bytes` decoded as DAG-CBOR. @throws ImportError naming the block (`byte N`): bytes that are no DAG-CBOR. */
function decoded(file: string, block: CarBlock): unknown {
  try {
    return dagCbor.decode(block.bytes);
  } catch (err) {
    throw new ImportError(file, `byte ${block.offset}`, `block ${block.index} (${block.cid}): not DAG-CBOR (${messageOf(err)})`);
  }
}

/** A repository's commit, as it is read: the account, and its tree's root. */
interface Commit {
  did: string;
  data: CID;
}

/** Whether `value` is a repository's commit (`did`, `version` 2 or 3, `data` a CID); its account and tree's root, or null. */
function commitOf(value: unknown): Commit | null {
  if (!value || typeof value !== "object") return null;
  const c = value as { did?: unknown; version?: unknown; data?: unknown };
  const data = CID.asCID(c.data);
  return typeof c.did === "string" && c.did.startsWith("did:") && (c.version === 3 || c.version === 2) && data ? { did: c.did, data } : null;
}

/** An MST node's entry, as its block holds it. */
interface TreeEntry {
  p: number;
  k: Uint8Array;
  v: CID;
  t: CID | null;
}

/** Whether `value` is a Merkle Search Tree node: an object of exactly `e` (a list of `{ p, k, v, t }`) and `l` (a CID or null). */
function isTreeNode(value: unknown): value is { l: CID | null; e: TreeEntry[] } {
  if (!value || typeof value !== "object" || Array.isArray(value) || CID.asCID(value)) return false;
  const keys = Object.keys(value);
  if (keys.length !== 2 || !keys.includes("e") || !keys.includes("l")) return false;
  const node = value as { l: unknown; e: unknown };
  return (
    (node.l === null || CID.asCID(node.l) !== null) &&
    Array.isArray(node.e) &&
    node.e.every(
      (x: { p?: unknown; k?: unknown; v?: unknown; t?: unknown }) =>
        x && typeof x.p === "number" && x.k instanceof Uint8Array && CID.asCID(x.v) !== null && (x.t === null || CID.asCID(x.t) !== null),
    )
  );
}

/**
 * What the first blocks of a CAR file say it is: `repo` when one of them is a repository's commit or a
 * node of its Merkle Search Tree (an AT Protocol repository: Bluesky's export), `car` for any other CAR
 * file (an IPFS archive, a Filecoin deal's), null when `start` (the file's first bytes, or all of it)
 * opens with no CAR v1 header.
 */
export async function carKindOf(start: Uint8Array): Promise<"repo" | "car" | null> {
  const reader = bytesReader(start);
  let roots: CID[] = [];
  try {
    roots = (await readHeader(reader, 1)).roots;
  } catch {
    return null;
  }
  try {
    while ((await reader.upTo(8)).length > 0) {
      const head = await readBlockHead(reader);
      if (head.blockLength > MAX_BLOCK_BYTES) break;
      const bytes = await reader.exactly(head.blockLength, true);
      if (head.cid.code !== DAG_CBOR) continue;
      const value = dagCbor.decode(bytes);
      if (isTreeNode(value) || (roots[0]?.equals(head.cid) && commitOf(value))) return "repo";
    }
  } catch {
    // (the start cuts a block, or a block is no DAG-CBOR: what was read says what it is)
  }
  return "car";
}

/** How many bytes of a file's start are read first, for its CAR header alone (a repository's names one root: some 60 bytes). */
const CAR_LEAD_BYTES = 1024;

/** Whether `start` opens with a CAR v1 header (@ipld/car's decoder reads it). */
async function opensAsCar(start: Uint8Array): Promise<boolean> {
  try {
    await readHeader(bytesReader(start), 1);
    return true;
  } catch {
    return false;
  }
}

/** The first `bytes` of `file`. @throws Node's fs error when it cannot be read. */
async function headOf(file: string, bytes: number): Promise<Uint8Array> {
  const fh = await open(file, "r");
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** Why a CAR file that is no Bluesky repository is not read, for an error or a folder's list. */
const NOT_REPO =
  "a CAR file that holds no Bluesky repository (no AT Protocol commit or Merkle Search Tree node among its first blocks): only a Bluesky account's export (Settings → Account → Export my data → Download CAR file) is read";

/**
 * Whether `file` is a Bluesky repository's export: a CAR v1 file whose first blocks hold its commit or
 * a node of its tree ({@link carKindOf}). False for a file that opens with no CAR header (a text file:
 * detect.ts reads it), and for one that cannot be read.
 * @throws ImportError `byte 0`: any other CAR file (an IPFS archive), saying it is no Bluesky repository.
 */
export async function isBlueskyRepo(file: string): Promise<boolean> {
  // (a kilobyte first: only a CAR file's start is read further, not every note's of a folder)
  const lead = await headOf(file, CAR_LEAD_BYTES).catch(() => null);
  if (!lead || !(await opensAsCar(lead))) return false;
  const start = await headOf(file, CAR_HEAD_BYTES).catch(() => null);
  const kind = start ? await carKindOf(start) : null;
  if (kind === "car") throw new ImportError(file, "byte 0", NOT_REPO);
  return kind === "repo";
}

/**
 * Why `path`, a `.car` found in a folder, is passed over: one that is no CAR file ("not a CAR file …"),
 * or a CAR file that holds no Bluesky repository ({@link NOT_REPO}); null for a Bluesky repository's
 * export (then read), for any other file, and for one that cannot be read (its import says why).
 */
export async function blueskyPassedOver(path: string): Promise<string | null> {
  if (!/\.car$/i.test(path)) return null;
  const start = await headOf(path, CAR_HEAD_BYTES).catch(() => null);
  if (!start) return null;
  const kind = await carKindOf(start);
  return kind === "repo" ? null : kind === "car" ? NOT_REPO : NOT_CAR;
}

/** What the first pass keeps of a post: its time, and the at:// URI of the post it answers (if any). */
interface PostHead {
  at: number;
  parent: string | null;
}

/** A post record's fields read here. */
interface PostRecord {
  $type?: unknown;
  text?: unknown;
  createdAt?: unknown;
  facets?: unknown;
  reply?: { parent?: { uri?: unknown }; root?: { uri?: unknown } };
  embed?: unknown;
  tags?: unknown;
  labels?: unknown;
  langs?: unknown;
}

/** The at:// URI's parts: the account's DID, the collection and the record key; null for another string. */
function uriParts(uri: unknown): { did: string; collection: string; rkey: string } | null {
  const m = typeof uri === "string" ? /^at:\/\/([^/]+)\/([^/]+)\/([^/?#]+)$/.exec(uri) : null;
  return m ? { did: m[1]!, collection: m[2]!, rkey: m[3]! } : null;
}

/** The default host's suffix of a handle, left off as a Mastodon handle's server is ("@jadeprints.bsky.social" → "jadeprints"). */
const DEFAULT_HOST = /\.bsky\.social$/i;

/** A handle as a post's words say it: without its "@" and the default host. */
function handleWords(handle: string): string {
  return handle.replace(/^@/, "").replace(DEFAULT_HOST, "");
}

/** A facet, as a post's record holds it: a UTF-8 byte range of its text and what that range is. */
interface Facet {
  index?: { byteStart?: unknown; byteEnd?: unknown };
  features?: Array<{ $type?: unknown; did?: unknown; uri?: unknown; tag?: unknown }>;
}

/** The facets of a post that can be read (a byte range inside the text, in order, none overlapping), with the feature read of each. */
function readFacets(bytes: Uint8Array, facets: unknown): Array<{ start: number; end: number; kind: "mention" | "link" | "tag"; value: string }> {
  if (!Array.isArray(facets)) return [];
  const out: Array<{ start: number; end: number; kind: "mention" | "link" | "tag"; value: string }> = [];
  for (const f of facets as Facet[]) {
    const start = f?.index?.byteStart;
    const end = f?.index?.byteEnd;
    if (typeof start !== "number" || typeof end !== "number" || start < 0 || end <= start || end > bytes.length) continue;
    for (const feature of Array.isArray(f.features) ? f.features : []) {
      const type = typeof feature?.$type === "string" ? feature.$type : "";
      if (type === "app.bsky.richtext.facet#mention" && typeof feature.did === "string") out.push({ start, end, kind: "mention", value: feature.did });
      else if (type === "app.bsky.richtext.facet#link" && typeof feature.uri === "string") out.push({ start, end, kind: "link", value: feature.uri });
      else if (type === "app.bsky.richtext.facet#tag" && typeof feature.tag === "string") out.push({ start, end, kind: "tag", value: feature.tag });
      else continue;
      break;
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out.filter((f, i) => i === 0 || f.start >= out[i - 1]!.end);
}

/** The handles a post's mentions show, by DID ("did:plc:3nfw…" → "jadeprints.bsky.social"), into `handles` (at most {@link MAX_HANDLES}). */
function learnHandles(record: PostRecord, handles: Map<string, string>): void {
  if (typeof record.text !== "string" || !Array.isArray(record.facets) || handles.size >= MAX_HANDLES) return;
  const bytes = new TextEncoder().encode(record.text);
  for (const f of readFacets(bytes, record.facets)) {
    if (f.kind !== "mention" || handles.has(f.value)) continue;
    const shown = new TextDecoder().decode(bytes.subarray(f.start, f.end)).trim();
    if (/^@[\w.-]+$/.test(shown)) handles.set(f.value, shown.slice(1));
  }
}

/**
 * A post's words, its facets read ({@link readFacets}): a mention its handle ({@link handleWords}), a
 * link its words and where it leads (the URL alone where the text shows it cut, "…" or "...": html-lines.ts
 * `linkWords`), a hashtag its word ("#filmphotography" → "filmphotography"); white space tidied, lines kept.
 */
export function postWords(text: string, facets: unknown): string {
  const bytes = new TextEncoder().encode(text);
  const decoder = new TextDecoder();
  let out = "";
  let at = 0;
  for (const f of readFacets(bytes, facets)) {
    out += decoder.decode(bytes.subarray(at, f.start));
    const shownText = decoder.decode(bytes.subarray(f.start, f.end));
    if (f.kind === "mention") out += handleWords(shownText.trim());
    else if (f.kind === "tag") out += shownText.replace(/^#/, "");
    else out += linkWords(f.value, shownText.replace(/\.{3}$/, "…"));
    at = f.end;
  }
  out += decoder.decode(bytes.subarray(at));
  return out
    .split("\n")
    .map((l) => l.replace(/[ \t\u00a0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Who a post is by, in words: the handle a mention showed for its DID ("jadeprints"), else the DID. */
function whoIs(did: string, handles: ReadonlyMap<string, string>): string {
  const handle = handles.get(did);
  return handle ? handleWords(handle) : did;
}

/** What a post's embed adds: its media's alt text, a link card's title, a quoted post's author; and what its metadata keeps. */
interface Embedded {
  media: string[];
  context: string[];
  links: string[];
  quotes: string | null;
}

/** What a quote embeds, by the quoted record's collection. */
const QUOTED: Record<string, string> = {
  "app.bsky.feed.post": "a post",
  "app.bsky.feed.generator": "a custom feed",
  "app.bsky.graph.list": "a list",
  "app.bsky.graph.starterpack": "a starter pack",
};

/** Reads an embed (`app.bsky.embed.images`, `.video`, `.external`, `.record`, `.recordWithMedia`) into `out`. */
function readEmbed(embed: unknown, did: string, handles: ReadonlyMap<string, string>, out: Embedded): void {
  if (!embed || typeof embed !== "object") return;
  const e = embed as {
    $type?: unknown;
    images?: unknown;
    video?: { mimeType?: unknown };
    alt?: unknown;
    external?: unknown;
    record?: unknown;
    media?: unknown;
  };
  switch (e.$type) {
    case "app.bsky.embed.images":
      for (const image of Array.isArray(e.images) ? e.images : []) {
        const i = image as { alt?: unknown; image?: { mimeType?: unknown } };
        const words = sharedMediaWords(typeof i?.alt === "string" ? i.alt : "", typeof i?.image?.mimeType === "string" ? i.image.mimeType : "image/jpeg");
        if (words) out.media.push(words);
      }
      return;
    case "app.bsky.embed.video": {
      const words = sharedMediaWords(typeof e.alt === "string" ? e.alt : "", "video/mp4");
      if (words) out.media.push(words);
      return;
    }
    case "app.bsky.embed.external": {
      const x = e.external as { uri?: unknown; title?: unknown } | undefined;
      const uri = typeof x?.uri === "string" ? x.uri.trim() : "";
      if (!/^https?:\/\//i.test(uri)) return;
      const title = typeof x?.title === "string" ? x.title.replace(/\s+/g, " ").trim() : "";
      out.links.push(uri);
      out.context.push(`Shared a link: ${title ? `${title} (${uri})` : uri}`);
      return;
    }
    case "app.bsky.embed.record": {
      const ref = e.record as { uri?: unknown } | undefined;
      const quoted = uriParts(ref?.uri);
      if (!quoted) return;
      out.quotes = ref!.uri as string;
      const what = QUOTED[quoted.collection] ?? "a record";
      out.context.push(quoted.did === did ? `Quoting ${what} of my own.` : `Quoting ${what} by ${whoIs(quoted.did, handles)}.`);
      return;
    }
    case "app.bsky.embed.recordWithMedia":
      readEmbed(e.record && typeof e.record === "object" ? { $type: "app.bsky.embed.record", ...(e.record as object) } : null, did, handles, out);
      readEmbed(e.media, did, handles, out);
      return;
    default:
      return;
  }
}

/** The time of a post's record, `createdAt` (ISO 8601). @throws ImportError naming the record and field: no time. */
function postTime(file: string, key: string, record: PostRecord): number {
  const at = typeof record.createdAt === "string" ? isoToMs(record.createdAt) : Number.NaN;
  if (Number.isNaN(at)) throw new ImportError(file, `${key}.createdAt`, `expected a time as "2026-10-03T09:14:22.518Z", got ${shown(record.createdAt)}`);
  return at;
}

/**
 * A post's turn (said by the user; externalId its at:// URI): its words ({@link postWords}), its media's
 * alt text after them, a link card or a quote as a paragraph of context; metadata `{ uri, reply_to?,
 * quotes?, links?, tags?, labels? }`. Null for a post with no words, media or context (a repost is no post).
 * @throws ImportError naming the record (`app.bsky.feed.post/<rkey>.text`): text that is no string, or no time.
 */
function postTurn(file: string, key: string, did: string, record: PostRecord, handles: ReadonlyMap<string, string>): ParsedTurn | null {
  if (record.text !== undefined && typeof record.text !== "string")
    throw new ImportError(file, `${key}.text`, `expected the post's words, got ${shown(record.text)}`);
  const at = postTime(file, key, record);
  const words = postWords(typeof record.text === "string" ? record.text : "", record.facets);
  const embedded: Embedded = { media: [], context: [], links: [], quotes: null };
  readEmbed(record.embed, did, handles, embedded);
  const text = [[words, ...embedded.media].filter(Boolean).join(" "), ...embedded.context].filter(Boolean).join("\n\n");
  if (!text) return null;
  const uri = `at://${did}/${key}`;
  const metadata: Record<string, unknown> = { uri };
  const parent = uriParts(record.reply?.parent?.uri);
  if (parent && parent.did !== did) metadata.reply_to = whoIs(parent.did, handles);
  if (embedded.quotes) metadata.quotes = embedded.quotes;
  if (embedded.links.length) metadata.links = embedded.links;
  const tags = [
    ...readFacets(new TextEncoder().encode(typeof record.text === "string" ? record.text : ""), record.facets)
      .filter((f) => f.kind === "tag")
      .map((f) => f.value),
    ...(Array.isArray(record.tags) ? record.tags.filter((t): t is string => typeof t === "string") : []),
  ];
  if (tags.length) metadata.tags = [...new Set(tags)];
  const labels = (record.labels as { values?: Array<{ val?: unknown }> } | undefined)?.values;
  if (Array.isArray(labels) && labels.length) metadata.labels = labels.flatMap((l) => (typeof l?.val === "string" ? [l.val] : []));
  return { externalId: uri, speaker: "User", role: "user", occurredAt: at, text, metadata };
}

/** What the records no post nor the profile are, by collection, in words: singular and plural. */
const PASSED_OVER: Record<string, [string, string]> = {
  "app.bsky.feed.like": ["like", "likes"],
  "app.bsky.feed.repost": ["repost", "reposts"],
  "app.bsky.graph.follow": ["follow", "follows"],
  "app.bsky.graph.block": ["block", "blocks"],
  "app.bsky.graph.list": ["list", "lists"],
  "app.bsky.graph.listitem": ["list member", "list members"],
  "app.bsky.graph.listblock": ["list blocked", "lists blocked"],
  "app.bsky.graph.starterpack": ["starter pack", "starter packs"],
  "app.bsky.feed.generator": ["custom feed", "custom feeds"],
  "app.bsky.feed.threadgate": ["thread's reply settings", "threads' reply settings"],
  "app.bsky.feed.postgate": ["post's quote settings", "posts' quote settings"],
  "app.bsky.actor.profile": ["profile", "profiles"],
  "app.bsky.actor.status": ["status", "statuses"],
  "chat.bsky.actor.declaration": ["chat setting", "chat settings"],
  "app.bsky.graph.verification": ["verification", "verifications"],
};

/** Records an account has one of, named without a count ("its profile", not "its 1 profile"). */
const ONE_OF = new Set(["app.bsky.actor.profile", "chat.bsky.actor.declaration"]);

/** The records passed over, in words, by collection name: "profile, 4 likes, 1 repost, 1 block, 4 follows, chat setting and 2 records of com.whtwnd.blog.entry". */
function passedOverWords(counts: ReadonlyMap<string, number>): string {
  const parts = [...counts]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([collection, n]) => {
      const names = PASSED_OVER[collection];
      if (names && n === 1 && ONE_OF.has(collection)) return names[0];
      return names ? `${n} ${n === 1 ? names[0] : names[1]}` : `${n} ${n === 1 ? "record" : "records"} of ${collection}`;
    });
  return parts.length <= 1 ? (parts[0] ?? "nothing") : `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

/** A day's posts as one conversation: `bluesky:<did>:posts:2026-10-03`, "Bluesky posts, 3 October 2026", in time order. */
function dayOf(key: string, turns: ParsedTurn[]): ParsedConversation {
  turns.sort((a, b) => a.occurredAt - b.occurredAt);
  const day = key.slice(key.lastIndexOf(":") + 1);
  return {
    format: "bluesky",
    externalId: key,
    title: `Bluesky posts, ${humanDate(Date.parse(`${day}T12:00:00Z`))}`,
    participants: ["User"],
    startedAt: turns[0]!.occurredAt,
    turns,
  };
}

/** The profile's fields read here. */
interface ProfileRecord {
  displayName?: unknown;
  description?: unknown;
}

/**
 * The profile (`app.bsky.actor.profile/self`) as one conversation (`bluesky:<did>:profile`, title
 * "Bluesky profile of Priya Raman 📷") of one turn said by the user, its description's words, of `at`
 * (the file's modification time: when the export was made), metadata `{ profile: <did>, name? }`; null
 * when it has no description.
 */
function profileOf(did: string, record: ProfileRecord, at: number): ParsedConversation | null {
  const text = typeof record.description === "string" ? postWords(record.description, null) : "";
  if (!text) return null;
  const name = typeof record.displayName === "string" ? record.displayName.replace(/\s+/g, " ").trim() : "";
  return {
    format: "bluesky",
    externalId: `bluesky:${did}:profile`,
    title: name ? `Bluesky profile of ${name}` : "Bluesky profile",
    participants: ["User"],
    startedAt: at,
    turns: [{ externalId: "profile", speaker: "User", role: "user", occurredAt: at, text, metadata: { profile: did, ...(name ? { name } : {}) } }],
  };
}

/** The most nodes deep a repository's tree is walked (a tree of millions of records is some 12 deep). */
const MAX_TREE_DEPTH = 128;

/**
 * Reads `file`, a Bluesky repository's CAR export, as one conversation per calendar day (UTC) of the
 * account's posts (format `bluesky`, externalId `bluesky:<did>:posts:<YYYY-MM-DD>`, so a later export adds
 * to the same day; title "Bluesky posts, 3 October 2026"), each post with words a turn said by the user
 * ({@link postTurn}), days in time order, a reply to one of the account's own posts in the day of its
 * thread's first post (metadata `thread`); then the profile ({@link profileOf}). Two passes over the file
 * (see the module's comment); `onProgress` is told each pass's bytes as half the file's.
 * @throws ImportError naming the file and where: no CAR v1 header (`byte 0`), a damaged or cut block
 *   (`byte N`), no commit at the header's root (`roots[0]`), a tree node the tree links to missing from the
 *   file (`data` and the node's CID), a post with no time or text that is no string
 *   (`app.bsky.feed.post/<rkey>.createdAt`), and a repository with no post ({@link NO_TEXT}, what it holds
 *   instead named: `data`).
 */
export async function* parseBluesky(file: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const info = await stat(file);
  const size = info.size;
  // pass 1: the commit, the tree's nodes (bytes, copied out of the read chunk), each post's time and parent, the handles mentions show
  const header: { root: CID | null } = { root: null };
  let commit: Commit | null = null;
  const nodes = new Map<string, Uint8Array>();
  const heads = new Map<string, PostHead>();
  const handles = new Map<string, string>();
  const first = fileReader(file, (n) => opts.onProgress?.(Math.floor(n / 2), size));
  try {
    for await (const block of carBlocks(file, first.reader, (roots) => (header.root = roots[0] ?? null))) {
      if (block.cid.code !== DAG_CBOR) continue;
      const value = decoded(file, block);
      if (header.root?.equals(block.cid)) {
        commit = commitOf(value);
        if (!commit)
          throw new ImportError(
            file,
            `byte ${block.offset}`,
            `block ${block.index}: the root is no repository commit ({ did, version: 3, data, rev, sig }), got ${shown(value)}`,
          );
      } else if (isTreeNode(value)) nodes.set(block.cid.toString(), block.bytes.slice());
      else if ((value as PostRecord | null)?.$type === "app.bsky.feed.post") {
        const record = value as PostRecord;
        const at = typeof record.createdAt === "string" ? isoToMs(record.createdAt) : Number.NaN;
        const parent = typeof record.reply?.parent?.uri === "string" ? record.reply.parent.uri : null;
        heads.set(block.cid.toString(), { at, parent });
        learnHandles(record, handles);
      }
    }
  } finally {
    first.close();
  }
  if (!header.root) throw new ImportError(file, "roots", "the CAR file's header names no root (a repository's export names its commit)");
  if (!commit)
    throw new ImportError(file, "roots[0]", `the commit the header names (${header.root}) is not in the file: no Bluesky repository, or an export cut short`);
  const { did, data } = commit as Commit;

  // the tree, walked from its root: each post's key by its record's CID; the profile's CID; how many records of each other collection
  const posts = new Map<string, string>();
  let profile: string | null = null;
  const others = new Map<string, number>();
  const stack: Array<{ cid: CID; depth: number }> = [{ cid: data, depth: 0 }];
  while (stack.length) {
    const { cid, depth } = stack.pop()!;
    const bytes = nodes.get(cid.toString());
    if (!bytes) throw new ImportError(file, "data", `a node of the repository's tree (${cid}) is not in the file: an export cut short or damaged`);
    if (depth > MAX_TREE_DEPTH) throw new ImportError(file, "data", `the repository's tree is over ${MAX_TREE_DEPTH} nodes deep at ${cid}: a damaged export`);
    const node = dagCbor.decode(bytes) as { l: CID | null; e: TreeEntry[] };
    // (the subtrees before and between the node's entries, walked after it)
    const later: Array<{ cid: CID; depth: number }> = [];
    if (node.l) later.push({ cid: node.l, depth: depth + 1 });
    let last = "";
    for (const entry of node.e) {
      const key = last.slice(0, entry.p) + new TextDecoder().decode(entry.k);
      last = key;
      const slash = key.indexOf("/");
      const collection = slash > 0 ? key.slice(0, slash) : key;
      if (collection === "app.bsky.feed.post") posts.set(entry.v.toString(), key);
      else if (key === "app.bsky.actor.profile/self") profile = entry.v.toString();
      else others.set(collection, (others.get(collection) ?? 0) + 1);
      if (entry.t) later.push({ cid: entry.t, depth: depth + 1 });
    }
    stack.push(...later.reverse());
  }
  nodes.clear();
  if (posts.size === 0) {
    const what = passedOverWords(new Map([...(profile ? ([["app.bsky.actor.profile", 1]] as const) : []), ...others]));
    throw new ImportError(file, "data", `${NO_TEXT}: a Bluesky repository with no post of yours (its ${what} are not imported)`);
  }

  // the day of each post's thread: a reply to one of the account's own posts is of its parent's thread (the chain up to its first own post)
  const own = `at://${did}/`;
  const byKey = new Map<string, PostHead>();
  for (const [cid, key] of posts) {
    const head = heads.get(cid);
    if (head) byKey.set(key, head);
  }
  heads.clear();
  const threadDay = new Map<string, string>();
  /** the key of the own post `key` answers, when that post is in the repository (a thread of self-replies), else null */
  const ownParent = (key: string): string | null => {
    const parent = byKey.get(key)?.parent;
    const parentKey = parent?.startsWith(own) ? parent.slice(own.length) : null;
    return parentKey && byKey.has(parentKey) ? parentKey : null;
  };
  /** the conversation of `key`'s thread: the day of its first own post ("" when that post has no time) */
  const dayKeyOf = (key: string): string => {
    const chain: string[] = [];
    let at = key;
    let day: string | undefined;
    for (let hops = 0; hops < 10_000; hops++) {
      day = threadDay.get(at);
      if (day) break;
      chain.push(at);
      const parent = ownParent(at);
      if (!parent || chain.includes(parent)) {
        const head = byKey.get(at)!;
        day = Number.isNaN(head.at) ? "" : `bluesky:${did}:posts:${isoDate(head.at)}`;
        break;
      }
      at = parent;
    }
    for (const k of chain) threadDay.set(k, day ?? "");
    return day ?? "";
  };

  // pass 2: the posts' words, a day of them a conversation, and the profile
  const days = new Map<string, ParsedTurn[]>();
  let held = 0;
  const given = function* () {
    for (const key of [...days.keys()].sort()) yield dayOf(key, days.get(key)!);
    days.clear();
    held = 0;
  };
  let profileRecord: ProfileRecord | null = null;
  const second = fileReader(file, (n) => opts.onProgress?.(Math.floor((size + n) / 2), size));
  try {
    for await (const block of carBlocks(file, second.reader, () => {})) {
      const cid = block.cid.toString();
      const key = posts.get(cid);
      if (key === undefined && cid !== profile) continue;
      const value = decoded(file, block);
      if (key === undefined) {
        profileRecord = (value && typeof value === "object" ? value : {}) as ProfileRecord;
        continue;
      }
      const turn = postTurn(file, key, did, value as PostRecord, handles);
      // (a post read once, though a CAR file may hold a block twice)
      posts.delete(cid);
      if (!turn) continue;
      const day = dayKeyOf(key) || `bluesky:${did}:posts:${isoDate(turn.occurredAt)}`;
      if (ownParent(key)) turn.metadata.thread = true;
      const turns = days.get(day);
      if (turns) turns.push(turn);
      else days.set(day, [turn]);
      held += turn.text.length;
      if (held > MAX_HELD_POST_CHARS) yield* given();
    }
  } finally {
    second.close();
  }
  yield* given();
  const profileConversation = profileRecord ? profileOf(did, profileRecord, Math.floor(info.mtimeMs)) : null;
  if (profileConversation) yield profileConversation;
  opts.onProgress?.(size, size);
}

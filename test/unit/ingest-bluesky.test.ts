/**
 * A Bluesky repository's CAR export (core/ingest/bluesky.ts): the files are written here as a PDS writes
 * them (a CAR v1 header, the commit, the Merkle Search Tree's nodes and the records, DAG-CBOR, with
 * @ipld/car's buffer writer), and read back: the posts a day of them a conversation of the user's words,
 * a thread of self-replies with its first post, a reply to someone else kept as one, facets, alt text, a
 * link card and a quote as context, the profile; likes and the rest passed over; detection by the bytes,
 * another CAR file refused, a folder's `.car` files, and a bad file's error naming the file and where.
 */
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as CarBufferWriter from "@ipld/car/buffer-writer";
import * as dagCbor from "@ipld/dag-cbor";
import { CID } from "multiformats/cid";
import * as Digest from "multiformats/hashes/digest";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, passedOverInFolder, whyPassedOver } from "../../core/api/import-check.js";
import { postWords } from "../../core/ingest/social/bluesky.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-bluesky-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DID = "did:plc:q7xk3m2vhd5nwb4tr6ycjz2e";
const JADE = "did:plc:3nfw6zq2k7v4yhx5rmtbd2ua";
const MARCUS = "did:plc:vd4k2xq7m3ntbzh6wy5r2cje";

/** A block's CID as a repository names it: CIDv1, dag-cbor (or raw, 0x55), SHA-256. */
function cidOf(bytes: Uint8Array, codec = 0x71): CID {
  return CID.createV1(codec, Digest.create(0x12, createHash("sha256").update(bytes).digest()));
}

/** A record key (a TID's 13 characters, made up here in order) for the n-th record. */
function rkey(n: number): string {
  return `3mx${String(n)
    .padStart(10, "a")
    .replace(/\d/g, (d) => "abcdefghij"[Number(d)]!)}`;
}

/** A key's depth in the tree: the leading zero bits of its SHA-256, in pairs. */
function depthOf(key: string): number {
  let zeros = 0;
  for (const byte of createHash("sha256").update(key).digest()) {
    if (byte < 64) zeros++;
    if (byte < 16) zeros++;
    if (byte < 4) zeros++;
    if (byte !== 0) break;
    zeros++;
  }
  return zeros;
}

/** A block: its CID and bytes. */
interface Block {
  cid: CID;
  bytes: Uint8Array;
}

/** The tree over `keys` (sorted) at `depth`, as the spec builds it, its nodes pushed into `nodes`; its root's CID. */
function tree(keys: Array<{ key: string; value: CID; depth: number }>, depth: number, nodes: Block[]): CID {
  const entries: Array<{ p: number; k: Uint8Array; v: CID; t: CID | null }> = [];
  let left: CID | null = null;
  let run: typeof keys = [];
  let last = "";
  const close = (): void => {
    const sub = run.length ? tree(run, depth - 1, nodes) : null;
    run = [];
    if (entries.length) entries[entries.length - 1]!.t = sub;
    else left = sub;
  };
  for (const k of keys) {
    if (k.depth < depth) {
      run.push(k);
      continue;
    }
    close();
    let p = 0;
    while (p < last.length && last[p] === k.key[p]) p++;
    entries.push({ p, k: new TextEncoder().encode(k.key.slice(p)), v: k.value, t: null });
    last = k.key;
  }
  close();
  const bytes = dagCbor.encode({ l: left, e: entries });
  const cid = cidOf(bytes);
  nodes.push({ cid, bytes });
  return cid;
}

/** What {@link repo} writes besides the records: block order, blocks left out or added, and another root. */
interface RepoOptions {
  /** "tree": the commit, the nodes, then the records (@atproto/repo's order); "reversed": the records first, the commit last. */
  order?: "tree" | "reversed";
  /** Keys whose tree node or record block is left out ("node" leaves out the root's first child node). */
  omit?: "node";
  /** Blocks added after the others (a record no key names, a block given twice). */
  extra?: Block[];
}

/**
 * A Bluesky repository's CAR file holding `records` (by key, `<collection>/<rkey>`), as a PDS writes it:
 * the header naming the commit, the commit `{ did, version: 3, data, rev, prev, sig }`, the tree's nodes and
 * the records; its bytes.
 */
function repo(records: Record<string, Record<string, unknown>>, opts: RepoOptions = {}): Uint8Array {
  const blocks = Object.entries(records).map(([key, record]) => {
    const bytes = dagCbor.encode(record);
    return { key, cid: cidOf(bytes), bytes };
  });
  const keys = blocks.map((b) => ({ key: b.key, value: b.cid, depth: depthOf(b.key) })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const nodes: Block[] = [];
  const root = tree(
    keys,
    keys.reduce((m, k) => Math.max(m, k.depth), 0),
    nodes,
  );
  const commit = dagCbor.encode({ did: DID, version: 3, data: root, rev: "3n3pfvxym7222", prev: null, sig: new Uint8Array(64).fill(7) });
  const commitCid = cidOf(commit);
  // (a node the root links to, left out: the first one written before the root)
  const kept = opts.omit === "node" ? nodes.filter((n, i) => i !== 0 || n.cid.equals(root)) : nodes;
  let all: Block[] = [{ cid: commitCid, bytes: commit }, ...kept.reverse(), ...blocks];
  if (opts.order === "reversed") all = all.reverse();
  all.push(...(opts.extra ?? []));
  return car([commitCid], all);
}

/** A CAR v1 file of `roots` and `blocks`, written with @ipld/car's buffer writer. */
function car(roots: CID[], blocks: Block[]): Uint8Array {
  const size = CarBufferWriter.headerLength({ roots }) + blocks.reduce((n, b) => n + CarBufferWriter.blockLength(b), 0);
  const writer = CarBufferWriter.createWriter(new ArrayBuffer(size), { roots });
  for (const b of blocks) writer.write(b);
  return writer.close();
}

/** Writes `bytes` to `name` under the test's folder; returns its path. */
function put(name: string, bytes: Uint8Array | string): string {
  const file = join(dir, name);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, bytes);
  return file;
}

/** A facet over the first `match` in `text`, by its UTF-8 byte range, with one feature. */
function facet(text: string, match: string, feature: Record<string, unknown>): Record<string, unknown> {
  const byteStart = Buffer.byteLength(text.slice(0, text.indexOf(match)));
  return { index: { byteStart, byteEnd: byteStart + Buffer.byteLength(match) }, features: [feature] };
}

/** A post of the user's. */
function post(createdAt: string, text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { $type: "app.bsky.feed.post", text, createdAt, langs: ["en"], ...extra };
}

/** A strong ref to the post at `key` of `records` (its URI and its record's CID). */
function ref(records: Record<string, Record<string, unknown>>, key: string): { uri: string; cid: CID } {
  return { uri: `at://${DID}/${key}`, cid: cidOf(dagCbor.encode(records[key])) };
}

const FRIEND_POST = { uri: `at://${MARCUS}/app.bsky.feed.post/3mxmarcuswalk2`, cid: cidOf(new TextEncoder().encode("marcus")) };
const JADE_POST = { uri: `at://${JADE}/app.bsky.feed.post/3mzjadeshow222`, cid: cidOf(new TextEncoder().encode("jade")) };

/** Priya's repository: a thread over two days, a reply to Marcus, a quote of Jade's post, a photo, a link card, a cut link, a mention; her profile; likes, a follow, a block. */
function priya(): Record<string, Record<string, unknown>> {
  const r: Record<string, Record<string, unknown>> = {};
  const lens = "Picked up a secondhand XF 56mm from MPB for £520 📸 #photography";
  r[`app.bsky.feed.post/${rkey(1)}`] = post("2026-10-03T09:14:22.518Z", lens, {
    facets: [facet(lens, "#photography", { $type: "app.bsky.richtext.facet#tag", tag: "photography" })],
  });
  r[`app.bsky.feed.post/${rkey(2)}`] = post("2026-10-17T20:31:40.221Z", "Sarah & Tom at Thornbridge Hall 🧵", {
    embed: {
      $type: "app.bsky.embed.images",
      images: [
        {
          alt: "Bride and groom under a clear umbrella",
          image: { $type: "blob", ref: cidOf(new TextEncoder().encode("img"), 0x55), mimeType: "image/jpeg", size: 1000 },
          aspectRatio: { width: 3, height: 2 },
        },
        { alt: "", image: { $type: "blob", ref: cidOf(new TextEncoder().encode("img2"), 0x55), mimeType: "image/jpeg", size: 1000 } },
      ],
    },
  });
  const root = ref(r, `app.bsky.feed.post/${rkey(2)}`);
  r[`app.bsky.feed.post/${rkey(3)}`] = post("2026-10-17T20:33:02.945Z", "Two X-T5 bodies and a Godox V1.", { reply: { root, parent: root } });
  const kit = ref(r, `app.bsky.feed.post/${rkey(3)}`);
  r[`app.bsky.feed.post/${rkey(4)}`] = post("2026-10-18T10:05:17.330Z", "Full gallery goes out by 14 November.", { reply: { root, parent: kit } });
  r[`app.bsky.feed.post/${rkey(5)}`] = post("2026-10-24T18:12:55.610Z", "Count me in! Meet at the Fat Cat at 10am.", {
    reply: { root: FRIEND_POST, parent: FRIEND_POST },
  });
  r[`app.bsky.feed.post/${rkey(6)}`] = post("2026-11-02T12:40:09.004Z", "Go and see Jade's show!", {
    embed: { $type: "app.bsky.embed.record", record: JADE_POST },
  });
  r[`app.bsky.feed.post/${rkey(7)}`] = post("2026-11-09T19:22:48.777Z", "New on the blog", {
    embed: {
      $type: "app.bsky.embed.external",
      external: { uri: "https://priyaraman.photo/blog/hp5", title: "Developing HP5 at home with Ilfosol 3", description: "Times and temperatures." },
    },
  });
  const market = "Stall at the Christmas market, details: sheffieldmakers.co.uk/christmas-mar...\n\nPrints £25.";
  r[`app.bsky.feed.post/${rkey(8)}`] = post("2026-11-14T16:55:30.412Z", market, {
    facets: [
      facet(market, "sheffieldmakers.co.uk/christmas-mar...", {
        $type: "app.bsky.richtext.facet#link",
        uri: "https://www.sheffieldmakers.co.uk/christmas-market",
      }),
    ],
  });
  const proofs = "Test strips with @jadeprints.bsky.social today";
  r[`app.bsky.feed.post/${rkey(9)}`] = post("2026-11-21T11:03:12.870Z", proofs, {
    facets: [facet(proofs, "@jadeprints.bsky.social", { $type: "app.bsky.richtext.facet#mention", did: JADE })],
  });
  r["app.bsky.actor.profile/self"] = {
    $type: "app.bsky.actor.profile",
    displayName: "Priya Raman",
    description: "Wedding & street photographer in Walkley, Sheffield.",
  };
  for (let i = 0; i < 4; i++)
    r[`app.bsky.feed.like/${rkey(20 + i)}`] = { $type: "app.bsky.feed.like", subject: JADE_POST, createdAt: "2026-11-02T09:20:00.000Z" };
  r[`app.bsky.graph.follow/${rkey(30)}`] = { $type: "app.bsky.graph.follow", subject: JADE, createdAt: "2023-09-18T21:00:00.000Z" };
  r[`app.bsky.graph.block/${rkey(31)}`] = { $type: "app.bsky.graph.block", subject: MARCUS, createdAt: "2026-10-30T22:41:00.000Z" };
  r["chat.bsky.actor.declaration/self"] = { $type: "chat.bsky.actor.declaration", allowIncoming: "following" };
  return r;
}

const URI = (n: number) => `at://${DID}/app.bsky.feed.post/${rkey(n)}`;

describe("a Bluesky repository's CAR export", () => {
  it("reads the posts a day of them a conversation said by the user, a thread with its first post's day, a reply to someone else kept as one, and the profile; likes, follows and blocks passed over", async () => {
    const file = put("repo-priyashoots.bsky.social-2026-12-02.car", repo(priya()));
    // (downloaded on 2 December: the profile is of that time)
    utimesSync(file, new Date("2026-12-02T18:40:00Z"), new Date("2026-12-02T18:40:00Z"));
    expect(await detectFormat(file)).toBe("bluesky");
    expect(await checkImportFile(file)).toBe("bluesky");
    const conversations = await parsedConversations(file);
    expect(conversations.map((c) => [c.externalId, c.title, c.participants, new Date(c.startedAt ?? Number.NaN).toISOString()])).toEqual([
      [`bluesky:${DID}:posts:2026-10-03`, "Bluesky posts, 3 October 2026", ["User"], "2026-10-03T09:14:22.518Z"],
      [`bluesky:${DID}:posts:2026-10-17`, "Bluesky posts, 17 October 2026", ["User"], "2026-10-17T20:31:40.221Z"],
      [`bluesky:${DID}:posts:2026-10-24`, "Bluesky posts, 24 October 2026", ["User"], "2026-10-24T18:12:55.610Z"],
      [`bluesky:${DID}:posts:2026-11-02`, "Bluesky posts, 2 November 2026", ["User"], "2026-11-02T12:40:09.004Z"],
      [`bluesky:${DID}:posts:2026-11-09`, "Bluesky posts, 9 November 2026", ["User"], "2026-11-09T19:22:48.777Z"],
      [`bluesky:${DID}:posts:2026-11-14`, "Bluesky posts, 14 November 2026", ["User"], "2026-11-14T16:55:30.412Z"],
      [`bluesky:${DID}:posts:2026-11-21`, "Bluesky posts, 21 November 2026", ["User"], "2026-11-21T11:03:12.870Z"],
      [`bluesky:${DID}:profile`, "Bluesky profile of Priya Raman", ["User"], "2026-12-02T18:40:00.000Z"],
    ]);
    const turns = conversations.flatMap((c) => c.turns.map((t) => [t.externalId, t.speaker, t.role, new Date(t.occurredAt).toISOString(), t.text, t.metadata]));
    expect(turns.slice(0, -1)).toEqual([
      [
        URI(1),
        "User",
        "user",
        "2026-10-03T09:14:22.518Z",
        "Picked up a secondhand XF 56mm from MPB for £520 📸 photography",
        { uri: URI(1), tags: ["photography"] },
      ],
      [
        URI(2),
        "User",
        "user",
        "2026-10-17T20:31:40.221Z",
        "Sarah & Tom at Thornbridge Hall 🧵 [shared an image: a photo of Bride and groom under a clear umbrella]",
        { uri: URI(2) },
      ],
      [URI(3), "User", "user", "2026-10-17T20:33:02.945Z", "Two X-T5 bodies and a Godox V1.", { uri: URI(3), thread: true }],
      // (the thread goes on the next day, and stays with its first post)
      [URI(4), "User", "user", "2026-10-18T10:05:17.330Z", "Full gallery goes out by 14 November.", { uri: URI(4), thread: true }],
      [URI(5), "User", "user", "2026-10-24T18:12:55.610Z", "Count me in! Meet at the Fat Cat at 10am.", { uri: URI(5), reply_to: MARCUS }],
      // (Jade's handle, known from a mention in another post)
      [URI(6), "User", "user", "2026-11-02T12:40:09.004Z", "Go and see Jade's show!\n\nQuoting a post by jadeprints.", { uri: URI(6), quotes: JADE_POST.uri }],
      [
        URI(7),
        "User",
        "user",
        "2026-11-09T19:22:48.777Z",
        "New on the blog\n\nShared a link: Developing HP5 at home with Ilfosol 3 (https://priyaraman.photo/blog/hp5)",
        { uri: URI(7), links: ["https://priyaraman.photo/blog/hp5"] },
      ],
      [
        URI(8),
        "User",
        "user",
        "2026-11-14T16:55:30.412Z",
        "Stall at the Christmas market, details: https://www.sheffieldmakers.co.uk/christmas-market\n\nPrints £25.",
        { uri: URI(8) },
      ],
      [URI(9), "User", "user", "2026-11-21T11:03:12.870Z", "Test strips with jadeprints today", { uri: URI(9) }],
    ]);
    expect(turns.at(-1)).toEqual([
      "profile",
      "User",
      "user",
      "2026-12-02T18:40:00.000Z",
      "Wedding & street photographer in Walkley, Sheffield.",
      { profile: DID, name: "Priya Raman" },
    ]);
    const summary = await validateExport(file);
    expect(summary).toMatchObject({ format: "bluesky", conversations: 8, turns: 10 });
  });

  it("reads the blocks in any order, a block given twice once, and passes over a record no key of the tree names", async () => {
    const records = priya();
    const deleted = dagCbor.encode(post("2026-11-30T10:00:00.000Z", "A post deleted since, its block still in the file"));
    const twice = dagCbor.encode(records[`app.bsky.feed.post/${rkey(1)}`]);
    const file = put(
      "reversed.car",
      repo(records, {
        order: "reversed",
        extra: [
          { cid: cidOf(deleted), bytes: deleted },
          { cid: cidOf(twice), bytes: twice },
        ],
      }),
    );
    const conversations = await parsedConversations(file);
    const texts = conversations.flatMap((c) => c.turns.map((t) => t.text));
    expect(texts).toHaveLength(10);
    expect(texts.filter((t) => t.startsWith("Picked up"))).toHaveLength(1);
    expect(texts.some((t) => t.includes("deleted since"))).toBe(false);
    expect(conversations[1]!.turns.map((t) => t.externalId)).toEqual([URI(2), URI(3), URI(4)]);
  });

  it("a repository with no post is a note with no text, saying what it holds, which a folder passes over", async () => {
    const records = priya();
    for (const key of Object.keys(records)) if (key.startsWith("app.bsky.feed.post/")) delete records[key];
    const file = put("noposts/repo.car", repo(records));
    const err = await importErrorOf(parsedConversations(file));
    expect(err).toMatchObject({ name: "ImportError", file, location: "data" });
    expect(err.message).toBe(
      "repo.car: data: the note has no text: a Bluesky repository with no post of yours (its profile, 4 likes, 1 block, 1 follow and chat setting are not imported)",
    );
    const checked = await checkImportFile(file).catch((e: unknown) => e);
    expect(isEmptyNote(checked)).toBe(true);
    expect(whyPassedOver(checked)).toBe(
      "a Bluesky repository with no post of yours (its profile, 4 likes, 1 block, 1 follow and chat setting are not imported), no note",
    );
  });

  it("in a folder: a Bluesky export is read as bluesky; another CAR file and a .car that is no CAR file are passed over saying why", async () => {
    const folder = join(dir, "Bluesky backup");
    put("Bluesky backup/repo-priyashoots.bsky.social-2026-12-02.car", repo(priya()));
    const ipfs = new TextEncoder().encode("hello from IPFS");
    put("Bluesky backup/photos.car", car([cidOf(ipfs, 0x55)], [{ cid: cidOf(ipfs, 0x55), bytes: ipfs }]));
    put("Bluesky backup/insurance.car", "Car insurance renewal: 14 January\n");
    const listed = importPaths(folder).map((p) => p.file.slice(folder.length + 1));
    expect(listed).toEqual(["insurance.car", "photos.car", "repo-priyashoots.bsky.social-2026-12-02.car"]);
    const reads = await Promise.all(
      listed.map(async (f) => {
        const path = join(folder, f);
        return [f, (await passedOverInFolder(path)) ?? (await folderFileFormat(path))];
      }),
    );
    expect(reads).toEqual([
      [
        "insurance.car",
        "not a CAR file: a Bluesky repository export is one (Settings → Account → Export my data → Download CAR file), opening with its header { version: 1, roots: [ … ] }",
      ],
      [
        "photos.car",
        "a CAR file that holds no Bluesky repository (no AT Protocol commit or Merkle Search Tree node among its first blocks): only a Bluesky account's export (Settings → Account → Export my data → Download CAR file) is read",
      ],
      ["repo-priyashoots.bsky.social-2026-12-02.car", "bluesky"],
    ]);
  });

  it("refuses another CAR file, a text file read as bluesky and a Bluesky export read as text, naming the file and why", async () => {
    const ipfs = new TextEncoder().encode("hello from IPFS");
    const other = put("ipfs.car", car([cidOf(ipfs, 0x55)], [{ cid: cidOf(ipfs, 0x55), bytes: ipfs }]));
    const detected = await importErrorOf(detectFormat(other));
    expect(detected).toMatchObject({ name: "ImportError", file: other, location: "byte 0" });
    expect(detected.message).toMatch(/^ipfs\.car: byte 0: a CAR file that holds no Bluesky repository/);
    const text = put("notes.txt", "Print order for the market: 20 A4\n");
    expect(await importErrorOf(parsedConversations(text, "bluesky"))).toMatchObject({
      file: text,
      location: "byte 0",
      message: expect.stringMatching(/^notes\.txt: byte 0: not a CAR file/),
    });
    const export_ = put("astext/repo.car", repo(priya()));
    expect(await importErrorOf(parsedConversations(export_, "note"))).toMatchObject({
      file: export_,
      location: "byte 0",
      message: "repo.car: byte 0: a CAR file, not a text file (a Bluesky repository's export is read as format bluesky)",
    });
  });

  it("refuses a file cut short, a tree node missing and a post whose time is no time, naming the file and where", async () => {
    const whole = repo(priya());
    const cut = put("cut.car", whole.subarray(0, whole.length - 10));
    const cutErr = await importErrorOf(parsedConversations(cut, "bluesky"));
    expect(cutErr).toMatchObject({ name: "ImportError", file: cut, location: expect.stringMatching(/^byte \d+$/) });
    expect(cutErr.message).toMatch(/^cut\.car: byte \d+: block \d+: the file ends inside it \(was the download cut short\?\)$/);
    const missing = put("missing.car", repo(priya(), { omit: "node" }));
    const missingErr = await importErrorOf(parsedConversations(missing));
    expect(missingErr).toMatchObject({ file: missing, location: "data" });
    expect(missingErr.message).toMatch(/^missing\.car: data: a node of the repository's tree \(bafyrei\w+\) is not in the file/);
    const records = priya();
    records[`app.bsky.feed.post/${rkey(8)}`]!.createdAt = "last Tuesday";
    const bad = put("badtime.car", repo(records));
    expect(await importErrorOf(parsedConversations(bad))).toMatchObject({
      file: bad,
      location: `app.bsky.feed.post/${rkey(8)}.createdAt`,
      message: `badtime.car: app.bsky.feed.post/${rkey(8)}.createdAt: expected a time as "2026-10-03T09:14:22.518Z", got "last Tuesday"`,
    });
  });
});

describe("a Bluesky post's text with its facets", () => {
  it("reads mentions as handles, hashtags as words and cut links as where they lead, by UTF-8 byte ranges; a facet out of range is left as written", () => {
    const text = "📷 Shoot with @marcus.bsky.social and @nat.example.com at #KelhamIsland: kelham.org/walks/nov... 🎉";
    expect(
      postWords(text, [
        facet(text, "@marcus.bsky.social", { $type: "app.bsky.richtext.facet#mention", did: MARCUS }),
        facet(text, "@nat.example.com", { $type: "app.bsky.richtext.facet#mention", did: JADE }),
        facet(text, "#KelhamIsland", { $type: "app.bsky.richtext.facet#tag", tag: "KelhamIsland" }),
        facet(text, "kelham.org/walks/nov...", { $type: "app.bsky.richtext.facet#link", uri: "https://kelham.org/walks/november-2026" }),
        { index: { byteStart: 500, byteEnd: 510 }, features: [{ $type: "app.bsky.richtext.facet#tag", tag: "x" }] },
      ]),
    ).toBe("📷 Shoot with marcus and nat.example.com at KelhamIsland: https://kelham.org/walks/november-2026 🎉");
    expect(postWords("  Two  spaces\n\n\n\nand lines  ", undefined)).toBe("Two spaces\n\nand lines");
  });
});

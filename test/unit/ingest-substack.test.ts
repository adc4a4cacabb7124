/**
 * A Substack newsletter's export (core/ingest/substack.ts, substack-html.ts): posts.csv and the posts'
 * bodies, posts/<post_id>.html, as Substack's export writes them. Each post a note of the user's of the
 * day it was published: its title, subtitle, whom it was for, its body's headings, lists, quotes, links'
 * words and images' captions, footnotes read where their marks are, Substack's subscribe widgets and
 * buttons left out; a draft marked so; posts.csv alone says where the words are; one post's HTML beside
 * its posts.csv is that post. Told by posts.csv's header or a post's place, never a note; the
 * subscribers' list and the delivery and open logs passed over in a folder and refused alone, said why;
 * importing again adds nothing, a later export only what is new or edited; a bad export refused naming
 * the file and line, nothing stored.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { folderFileFormat, importPaths, passedOverInFolder } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { importFile } from "../../core/ingest/import.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { INLINE_NOTE_CHARS, substackLines } from "../../core/ingest/social/substack-html.js";
import { isSubstackPostsCsv, SUBSTACK_POST_COLUMNS } from "../../core/ingest/social/substack.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "engram-substack-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `text` (or bytes) to `path` under the test's folder (its folders made), with modification time `mtime` (epoch ms) when given; returns its path. */
function put(path: string, text: string | Buffer, mtime?: number): string {
  const file = join(dir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  if (mtime !== undefined) utimesSync(file, new Date(mtime), new Date(mtime));
  return file;
}

/** posts.csv's header, as Substack writes it. */
const HEADER = SUBSTACK_POST_COLUMNS.join(",");

/** A row of posts.csv: its cells in the header's order, quoted where Substack quotes them. */
function row(...cells: string[]): string {
  return cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(",");
}

/** The subscribe widget Substack's editor puts in a post, with its default words. */
const SUBSCRIBE =
  '<div class="subscription-widget-wrap-editor" data-attrs="{&quot;url&quot;:&quot;https://plot.substack.com/subscribe?&quot;,&quot;text&quot;:&quot;Subscribe&quot;,&quot;language&quot;:&quot;en&quot;}" data-component-name="SubscribeWidgetToDOM"><div class="subscription-widget show-subscribe"><div class="preamble"><p class="cta-caption">Thanks for reading The Plot! Subscribe for free to receive new posts and support my work.</p></div><form class="subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email…" tabindex="-1"><input type="submit" class="button primary" value="Subscribe"><div class="fake-input-wrapper"><div class="fake-input"></div><div class="fake-button"></div></div></form></div></div>';

/** A post's body with Substack's parts: a heading, a list, a captioned image, a footnote, a blockquote, a link, buttons. */
const HARVEST = [
  '<p>Today I picked a kilo of Aquadulce Claudia broad beans<a class="footnote-anchor" data-component-name="FootnoteAnchorToDOM" id="footnote-anchor-1" href="#footnote-1" target="_self">1</a> from plot 14B.</p>',
  '<div class="captioned-image-container"><figure><a class="image-link image2 is-viewable-img" target="_blank" href="https://substackcdn.com/image/fetch/f_auto/x.jpeg" data-component-name="Image2ToDOM"><div class="image2-inset"><picture><source type="image/webp" srcset="https://substackcdn.com/x.webp 424w"><img src="https://substackcdn.com/x.jpeg" width="1456" height="1092" class="sizing-normal" alt=""></picture><div class="image-link-expand"><div class="pencraft pc-display-flex pc-gap-8 pc-reset"><button tabindex="0" type="button" class="pencraft pc-reset pencraft icon-container restack-image"><svg width="20" height="20"><path d="M3 12"></path></svg></button></div></div></div></a><figcaption class="image-caption">The first trug of the year</figcaption></figure></div>',
  "<h2>What worked</h2>",
  "<ol><li><p>Sowing in autumn.</p></li><li><p>Netting the radishes.</p></li></ol>",
  "<blockquote><p>Grow what you like eating.</p></blockquote>",
  '<p>Seeds from <a href="https://www.realseeds.co.uk/">Real Seeds</a>, as ever.</p>',
  '<p class="button-wrapper" data-attrs="{&quot;url&quot;:&quot;https://plot.substack.com/p/first-harvest/comments&quot;,&quot;text&quot;:&quot;Leave a comment&quot;,&quot;action&quot;:null,&quot;class&quot;:null}" data-component-name="ButtonCreateButton"><a class="button primary" href="https://plot.substack.com/p/first-harvest/comments"><span>Leave a comment</span></a></p>',
  '<div class="captioned-button-wrap" data-attrs="{&quot;url&quot;:&quot;https://plot.substack.com/p/first-harvest?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share&quot;,&quot;text&quot;:&quot;Share&quot;}" data-component-name="CaptionedButtonToDOM"><div class="preamble"><p class="cta-caption">Thanks for reading The Plot! This post is public so feel free to share it.</p></div><p class="button-wrapper" data-attrs="{}" data-component-name="ButtonCreateButton"><a class="button primary" href="https://plot.substack.com/p/first-harvest?utm_source=substack&amp;utm_medium=email&amp;utm_content=share&amp;action=share"><span>Share</span></a></p></div>',
  '<p class="button-wrapper" data-attrs="{&quot;url&quot;:&quot;https://drive.google.com/file/d/1Qp/view&quot;,&quot;text&quot;:&quot;My planting plan&quot;}" data-component-name="ButtonCreateButton"><a class="button primary" href="https://drive.google.com/file/d/1Qp/view"><span>My planting plan</span></a></p>',
  SUBSCRIBE,
  '<div class="footnote" data-component-name="FootnoteToDOM"><a id="footnote-1" href="#footnote-anchor-1" class="footnote-number" contenteditable="false" target="_self">1</a><div class="footnote-content"><p>Sown on 8 November last year.</p></div></div>',
].join("\n");

/** The posts of the export written by {@link writeExport}: a newsletter, a paid post, a podcast episode, a thread, a draft with no date. */
const ROWS = [
  row("181877021.to-dig-or-not", "", "false", "", "", "newsletter", "everyone", "To dig or not", "", ""),
  row("180299114.open-thread", "2026-11-21T12:00:00.000Z", "true", "", "", "thread", "everyone", "Open thread: next year?", "", ""),
  row(
    "179554018.episode-3",
    "2026-11-07T10:00:00.000Z",
    "true",
    "2026-11-07T10:00:01.503Z",
    "2026-11-07T10:00:01.503Z",
    "podcast",
    "everyone",
    "Episode 3: Seed swapping",
    "How the seed library began",
    "https://api.substack.com/feed/podcast/179554018/8c1f.mp3",
  ),
  row(
    "178102377.sharpening-chisels",
    "2026-10-10T07:45:00.000Z",
    "true",
    "2026-10-10T07:45:01.212Z",
    "2026-10-10T07:45:01.212Z",
    "newsletter",
    "only_paid",
    "Sharpening chisels",
    'The "only" three things you need, honestly',
    "",
  ),
  row(
    "174455210.first-harvest",
    "2026-06-20T16:05:44.902Z",
    "TRUE",
    "2026-06-20T16:05:45.311Z",
    "",
    "newsletter",
    "everyone",
    "First harvest!",
    "Radishes and beans",
    "",
  ),
];

/** When the export was unzipped (its files' modification time). */
const EXPORTED = Date.UTC(2026, 11, 12, 9, 14);

/** Writes a Substack export under `root`: posts.csv, the posts' bodies, the subscribers' list and a post's logs; returns posts.csv's path. */
function writeExport(root: string, rows = ROWS, bodies: Record<string, string> = {}): string {
  const csv = put(`${root}/posts.csv`, `${[HEADER, ...rows].join("\n")}\n`, EXPORTED);
  const html: Record<string, string> = {
    "174455210.first-harvest": HARVEST,
    "178102377.sharpening-chisels":
      '<p>Half of you asked.</p><div class="paywall-jump" data-component-name="PaywallToDOM"></div><p>The best tool for sharpening chisels is a diamond plate.</p><p class="button-wrapper" data-component-name="ButtonCreateButton"><a class="button primary" href="https://plot.substack.com/subscribe?"><span>Subscribe now</span></a></p>',
    "179554018.episode-3": "<p>The next seed swap is on Saturday 30 January.</p>",
    "180299114.open-thread": "<p>I'm going to try oca on the bottom bed.</p>",
    "181877021.to-dig-or-not": "<p>The bottom bed gets dug once.</p>",
    ...bodies,
  };
  for (const [id, body] of Object.entries(html)) put(`${root}/posts/${id}.html`, body, EXPORTED);
  put(
    `${root}/email_list.plot.csv`,
    "email,active_subscription,expiry,plan,email_disabled,created_at,first_payment_at\npauline@example.com,true,,yearly,false,2026-03-15T18:40:02.000Z,2026-03-20T10:11:09.000Z\n",
    EXPORTED,
  );
  put(
    `${root}/posts/174455210.delivers.csv`,
    "post_id,timestamp,email,post_type,post_audience,active_subscription\n174455210,2026-06-20T16:05:45.311Z,pauline@example.com,newsletter,everyone,true\n",
    EXPORTED,
  );
  put(
    `${root}/posts/174455210.opens.csv`,
    "post_id,timestamp,email,post_type,post_audience,active_subscription,country,city,region,device_type,client_os,client_type,user_agent\n174455210,2026-06-20T17:01:02.000Z,pauline@example.com,newsletter,everyone,true,GB,Sheffield,England,mobile,iOS,mobile app,Substack/312\n",
    EXPORTED,
  );
  return csv;
}

describe("a Substack export's posts.csv", () => {
  it("is a note per post, the user's words, of the day it was published, its title, subtitle and audience before its body", async () => {
    const csv = writeExport("export");
    expect(await detectFormat(csv)).toBe("substack");
    const notes = await parsedConversations(csv);
    expect(notes.map((n) => [n.format, n.externalId, n.title, n.startedAt])).toEqual([
      ["note", "substack:181877021", "To dig or not (draft)", EXPORTED],
      ["note", "substack:180299114", "Open thread: next year?", Date.UTC(2026, 10, 21, 12)],
      ["note", "substack:179554018", "Episode 3: Seed swapping", Date.UTC(2026, 10, 7, 10)],
      ["note", "substack:178102377", "Sharpening chisels", Date.UTC(2026, 9, 10, 7, 45)],
      ["note", "substack:174455210", "First harvest!", Date.parse("2026-06-20T16:05:44.902Z")],
    ]);
    for (const n of notes) for (const t of n.turns) expect([t.speaker, t.role, t.occurredAt]).toEqual(["User", "user", n.startedAt]);
    const texts = notes.map((n) => n.turns.map((t) => t.text));
    expect(texts[0]).toEqual(["The bottom bed gets dug once."]);
    expect(texts[1]).toEqual(["A discussion thread.", "I'm going to try oca on the bottom bed."]);
    expect(texts[2]).toEqual(["How the seed library began", "A podcast episode.", "The next seed swap is on Saturday 30 January."]);
    // (the paywall's mark and the subscribe button are no words; the audience is said with the title)
    expect(texts[3]).toEqual([
      'The "only" three things you need, honestly',
      '"Sharpening chisels" was for paid subscribers only.',
      "Half of you asked.",
      "The best tool for sharpening chisels is a diamond plate.",
    ]);
    expect(notes[2]!.turns[0]!.metadata.substack).toEqual({
      post_id: "179554018.episode-3",
      type: "podcast",
      audience: "everyone",
      published: true,
      podcast_url: "https://api.substack.com/feed/podcast/179554018/8c1f.mp3",
    });
    expect(notes[0]!.turns[0]!.metadata.substack).toMatchObject({ published: false });
  });

  it("reads a body's headings, lists, quotes, links' words, captions and footnotes, and leaves out Substack's widgets and buttons", async () => {
    const [, , , , harvest] = await parsedConversations(writeExport("export"));
    expect(harvest!.turns.map((t) => t.text)).toEqual([
      "Radishes and beans",
      "Today I picked a kilo of Aquadulce Claudia broad beans (Sown on 8 November last year) from plot 14B.",
      "The first trug of the year",
      "What worked:\n1. Sowing in autumn.\n2. Netting the radishes.",
      "What worked: “Grow what you like eating.”",
      "What worked: Seeds from Real Seeds (https://www.realseeds.co.uk/), as ever.",
      "What worked: My planting plan (https://drive.google.com/file/d/1Qp/view)",
    ]);
    const words = harvest!.turns.map((t) => t.text).join("\n");
    expect(words).not.toMatch(/Subscribe|Thanks for reading|Leave a comment|Share|footnote/);
  });

  it("keeps a long footnote at the post's end, its mark in the text", () => {
    const long = "a".repeat(INLINE_NOTE_CHARS);
    const html = `<p>Beans<a class="footnote-anchor" href="#footnote-1" id="footnote-anchor-1">1</a> and peas<a href="#footnote-2" class="footnote-anchor">2</a>.</p><div class="footnote"><a id="footnote-1" href="#footnote-anchor-1" class="footnote-number">1</a><div class="footnote-content"><p>Short one.</p></div></div><div class="footnote"><a id="footnote-2" href="#footnote-anchor-2" class="footnote-number">2</a><div class="footnote-content"><p>${long} b.</p><p>Second paragraph.</p></div></div>`;
    expect(substackLines(html)).toEqual(["Beans (Short one) and peas[2].", "", `[2] ${long} b.`, "", "Second paragraph."]);
  });

  it("is read in a folder, its bodies, subscribers' list and logs passed over, said why", async () => {
    const csv = writeExport("export");
    const listed = importPaths(join(dir, "export")).map((p) => p.file.slice(dir.length + 1));
    expect(listed).toEqual(
      expect.arrayContaining([
        "export/posts.csv",
        "export/email_list.plot.csv",
        "export/posts/174455210.first-harvest.html",
        "export/posts/174455210.delivers.csv",
        "export/posts/174455210.opens.csv",
      ]),
    );
    expect(await folderFileFormat(csv)).toBe("substack");
    expect(await passedOverInFolder(join(dir, "export/posts/174455210.first-harvest.html"))).toBe(
      "a post's words, read with its row of posts.csv beside the posts folder",
    );
    expect(await passedOverInFolder(join(dir, "export/email_list.plot.csv"))).toBe(
      "Substack's list of your subscribers: their email addresses and plans, other people's data, not imported",
    );
    for (const log of ["delivers", "opens"])
      expect(await passedOverInFolder(join(dir, `export/posts/174455210.${log}.csv`))).toMatch(/^Substack's log of who a post was emailed to/);
    for (const other of ["export/email_list.plot.csv", "export/posts/174455210.first-harvest.html", "export/posts/174455210.opens.csv"])
      expect(await folderFileFormat(join(dir, other))).toBeNull();
  });

  it("is told by its header whatever its name, with --format too, and is not mistaken for its neighbours", async () => {
    const csv = writeExport("export");
    const named = put("Downloads/my newsletter.csv", `${[HEADER, ROWS[1]].join("\n")}\n`);
    expect(await detectFormat(named)).toBe("substack");
    expect(isSubstackPostsCsv("post_id,post_date,is_published,email_sent_at,type,audience,title,subtitle,podcast_url\n")).toBe(true);
    // (a Reddit export's posts.csv; a web page beside no posts.csv)
    expect(isSubstackPostsCsv("id,permalink,date,ip,subreddit,gildings,title,url,body\n")).toBe(false);
    expect(await detectFormat(put("saved/posts/123.page.html", "<p>A saved page.</p>"))).not.toBe("substack");
    const [chosen] = await parsedConversations(named, "substack");
    expect(chosen!.title).toBe("Open thread: next year?");
    expect((await parsedConversations(csv, "substack")).length).toBe(5);
  });

  it("refuses the subscribers' list and a delivery or open log imported alone, saying they are other people's data", async () => {
    writeExport("export");
    const list = join(dir, "export/email_list.plot.csv");
    expect(await importErrorOf(detectFormat(list))).toMatchObject({
      file: list,
      location: "byte 0",
      message: "email_list.plot.csv: byte 0: Substack's list of your subscribers: their email addresses and plans, other people's data, not imported",
    });
    const opens = join(dir, "export/posts/174455210.opens.csv");
    expect((await importErrorOf(detectFormat(opens))).message).toMatch(/^174455210\.opens\.csv: byte 0: Substack's log of who a post was emailed to/);
  });
});

describe("posts.csv alone, or one post's body", () => {
  it("reads posts.csv without its posts folder as titles and days, saying where the words are", async () => {
    const csv = put("Downloads/posts.csv", `${[HEADER, ROWS[3], ROWS[4]].join("\n")}\n`);
    const notes = await parsedConversations(csv);
    expect(notes.map((n) => [n.title, n.startedAt, n.turns.map((t) => t.text)])).toEqual([
      [
        "Sharpening chisels",
        Date.UTC(2026, 9, 10, 7, 45),
        [
          'The "only" three things you need, honestly',
          '"Sharpening chisels" was for paid subscribers only.',
          "Its words are not in this import: Substack's export keeps them in posts/178102377.sharpening-chisels.html beside posts.csv.",
        ],
      ],
      [
        "First harvest!",
        Date.parse("2026-06-20T16:05:44.902Z"),
        ["Radishes and beans", "Its words are not in this import: Substack's export keeps them in posts/174455210.first-harvest.html beside posts.csv."],
      ],
    ]);
  });

  it("reads one post's body beside its posts.csv as that post alone, by its number when its slug has changed", async () => {
    writeExport("export");
    const html = join(dir, "export/posts/180299114.open-thread.html");
    expect(await detectFormat(html)).toBe("substack");
    const [one, more] = await parsedConversations(html);
    expect(more).toBeUndefined();
    expect([one!.externalId, one!.title, one!.turns.at(-1)!.text]).toEqual([
      "substack:180299114",
      "Open thread: next year?",
      "I'm going to try oca on the bottom bed.",
    ]);
    const renamed = put("export/posts/180299114.old-slug.html", "<p>I'm going to try oca and yacon.</p>");
    const [again] = await parsedConversations(renamed);
    expect([again!.externalId, again!.turns.at(-1)!.text]).toEqual(["substack:180299114", "I'm going to try oca and yacon."]);
    const stray = put("export/posts/999.not-listed.html", "<p>Not in posts.csv.</p>");
    expect(await importErrorOf(parsedConversations(stray))).toMatchObject({
      message: "999.not-listed.html: byte 0: posts.csv beside the posts folder lists no post 999.not-listed",
    });
  });
});

describe("importing a Substack export", () => {
  it("adds nothing when imported again, and from a later export only the new post and the edited paragraph", async () => {
    const db = openDatabase(join(dir, "engram.db"));
    try {
      const first = writeExport("first");
      const r1 = await importFile(db, embedder, first);
      expect(r1).toMatchObject({ format: "substack", conversations: 5, added: r1.turns, duplicates: 0 });
      expect(await importFile(db, embedder, first)).toMatchObject({ added: 0, duplicates: r1.turns });
      const newer = row("182000001.winter", "2026-12-10T08:00:00.000Z", "true", "", "", "newsletter", "founding", "Winter", "", "");
      const later = writeExport("later", [newer, ...ROWS], {
        "182000001.winter": "<p>Garlic goes in this week.</p>",
        "180299114.open-thread": "<p>I'm going to try oca and yacon on the bottom bed.</p>",
      });
      // (the new post's title line, audience and words, and the thread's edited paragraph)
      expect(await importFile(db, embedder, later)).toMatchObject({ conversations: 6, added: 3, duplicates: r1.turns - 1 });
    } finally {
      db.close();
    }
  });

  it("refuses a bad export naming the file, the line and the column, and stores nothing", async () => {
    const cases: Array<[string, string, string]> = [
      [
        "header/posts.csv",
        "id,date,title\n1,2026-01-01,Hello\n",
        'posts.csv: line 1: no "post_id" column: not Substack\'s posts.csv (its header is post_id,post_date,',
      ],
      ["empty/posts.csv", `${HEADER}\n`, "posts.csv: line 1: no post in this Substack posts.csv"],
      [
        "published/posts.csv",
        `${HEADER}\n${ROWS[1]}\n${row("1.a", "2026-01-01T00:00:00.000Z", "yes", "", "", "newsletter", "everyone", "A", "", "")}\n`,
        'posts.csv: line 3, "is_published": "yes": expected true or false',
      ],
      [
        "date/posts.csv",
        `${HEADER}\n${row("1.a", "2026-02-30T00:00:00.000Z", "true", "", "", "newsletter", "everyone", "A", "", "")}\n`,
        'posts.csv: line 2, "post_date": "2026-02-30T00:00:00.000Z": expected a time such as 2026-06-20T16:05:44.902Z',
      ],
    ];
    const db = openDatabase(join(dir, "bad.db"));
    try {
      for (const [path, text, message] of cases) {
        const file = put(path, text);
        const err = await importErrorOf(validateExport(file, { format: "substack" }));
        expect([err.name, err.file]).toEqual(["ImportError", file]);
        expect(err.message.startsWith(message)).toBe(true);
        await expect(importFile(db, embedder, file, { format: "substack" })).rejects.toThrow(message);
      }
      // (a post's body that is not UTF-8, named with its byte)
      const csv = put("utf8/posts.csv", `${HEADER}\n${ROWS[1]}\n`);
      const body = put("utf8/posts/180299114.open-thread.html", Buffer.from([0x3c, 0x70, 0x3e, 0xff, 0x3c]));
      expect(await importErrorOf(validateExport(csv))).toMatchObject({ file: body, location: "byte 3" });
      await expect(importFile(db, embedder, csv)).rejects.toThrow("open-thread.html: byte 3: invalid UTF-8");
      expect(db.prepare("SELECT COUNT(*) AS n FROM sources").get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });
});

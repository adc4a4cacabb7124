/**
 * Gemini's My Activity from Google Takeout (core/ingest/gemini.ts), `My Activity/Gemini Apps/MyActivity.json`:
 * read as conversations of the user and Gemini, each prompt the user's turn and its answer (HTML read as
 * text) Gemini's, prompts within 30 minutes of each other one conversation (two chats the records link two),
 * titled by the first prompt; attached files named, a Canvas Gemini's, features used and feedback passed
 * over; detected by its records' header alone and in a Takeout folder (myactivity.ts no longer reads it), its
 * attached files passed over, said why; imported twice adds nothing, a later Takeout only the new prompts; a
 * bad file's error naming the file and the record, storing nothing.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, passedOverInFolder, whyPassedOver } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { GAP_MS, isGeminiActivity } from "../../core/ingest/web/gemini.js";
import { importFile } from "../../core/ingest/import.js";
import { isMyActivity } from "../../core/ingest/web/myactivity.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { activityRecord, takeoutJson } from "../../bench/lib/personal/takeout-json.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-gemini-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

/** A file of the test folder, its text (or bytes) as given. */
function write(name: string, text: string | Uint8Array): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** Records as Takeout writes them: pretty-printed, "<", ">", "=", "&" and "'" escaped as Google's JSON writer escapes them. */
const json = (records: unknown[]) => takeoutJson(records).replace(/[<>]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);

/** A Gemini Apps record: its title, time and extras (`safeHtmlItem`, `subtitles`, `attachedFiles`, `imageFile`, `details`) in Takeout's order. */
const gemini = (title: string, time: string, extra: Record<string, unknown> = {}, header = "Gemini Apps") =>
  activityRecord(header, title, time, undefined, { activityControls: ["Gemini Apps Activity"], ...extra });
const answer = (...html: string[]) => ({ safeHtmlItem: html.map((h) => ({ html: h })) });

/** A Takeout's Gemini Apps records, newest first. */
const RECORDS = [
  gemini("Used an Assistant feature", "2026-11-04T20:39:51.208Z"),
  gemini(
    "Prompted Can you make the summary at the top of my CV sound stronger? I'm applying for the Payroll Manager job at Arla Foods.",
    "2026-11-04T20:31:09.455Z",
    {
      subtitles: [{ name: "Attached 1 file." }, { name: "-  Hannah Byrne CV.pdf", url: "Hannah Byrne CV-7c2e.pdf" }],
      ...answer(
        "<p>Here's a stronger summary:</p><blockquote><p><strong>Senior payroll professional</strong> with six years at Stockport Council.</p></blockquote>",
      ),
      attachedFiles: ["Hannah Byrne CV-7c2e.pdf"],
    },
  ),
  gemini("Created Gemini Canvas titled Isla's party plan", "2026-11-01T19:20:15.736Z", {
    subtitles: [{ name: "# Isla's party plan\n\n- 2:15 Pin the horn on the unicorn\n- 2:35 Pass the parcel" }],
  }),
  gemini(
    "Prompted She's mad about unicorns. Any unicorn games?",
    "2026-11-01T19:12:02.184Z",
    answer("<h3>Pin the horn on the unicorn</h3><p>Draw a big unicorn.</p>"),
  ),
  gemini(
    "Prompted My daughter Isla is turning 7 on Saturday 14 November. 12 kids are coming to her party at St Chad's church hall. Can you suggest some party games?",
    "2026-11-01T19:05:44.529Z",
    answer(
      "<p>Here are some games:</p><ol><li><p><strong>Pass the parcel</strong>: a sweet in every layer.</p></li><li><p><strong>Musical statues</strong></p></li></ol>",
      '<p>Have fun, and see <a href="https://www.nhs.uk/">the NHS\'s advice</a> on allergies &amp; food.</p>',
    ),
  ),
  gemini("Gave feedback: Good", "2026-10-19T07:01:18.020Z"),
  gemini("Prompted How long do I keep the valves open?", "2026-10-19T06:58:10.743Z"),
  gemini(
    "Prompted My boiler is down to 0.5 bar. What should it be?",
    "2026-10-19T06:52:31.402Z",
    answer("<p>Between <strong>1 and 1.5 bar</strong> when cold.</p>"),
  ),
  gemini("Prompted", "2026-10-10T09:41:07.318Z", {
    subtitles: [{ name: "Attached 1 file." }, { name: "-  IMG_4471.jpg", url: "IMG_4471.jpg" }],
    ...answer("<p>That's a <strong>hydrangea</strong>.</p>"),
    attachedFiles: ["IMG_4471.jpg"],
    imageFile: "IMG_4471.jpg",
  }),
];

/** The turns of `conversations` as [externalId, speaker, role, occurredAt (ISO), text]. */
const turnsOf = (c: { turns: Array<{ externalId: string | null; speaker: string; role: string; occurredAt: number; text: string }> }) =>
  c.turns.map((t) => [t.externalId, t.speaker, t.role, new Date(t.occurredAt).toISOString(), t.text]);

describe("Gemini Apps' MyActivity.json", () => {
  const file = write("Takeout/My Activity/Gemini Apps/MyActivity.json", json(RECORDS));

  it("is told by its records' header, whatever its name, and is no other product's My Activity", async () => {
    const start = json(RECORDS);
    expect(isGeminiActivity(start)).toBe(true);
    expect(isMyActivity(start)).toBe(false);
    expect(isGeminiActivity(json([gemini("Prompted hi", "2026-11-01T19:05:44.529Z", {}, "Bard")]))).toBe(true);
    expect(isGeminiActivity(json([gemini("送信したメッセージ: こんにちは", "2026-11-01T19:05:44.529Z", {}, "Gemini アプリ")]))).toBe(true);
    expect(isGeminiActivity(json([activityRecord("Search", "Searched for gemini", "2026-11-01T19:05:44.529Z")]))).toBe(false);
    expect(isGeminiActivity(json([activityRecord("YouTube", "Watched Gemini", "2026-11-01T19:05:44.529Z")]))).toBe(false);
    expect(await detectFormat(file)).toBe("gemini");
    expect(await detectFormat(write("renamed/activity.json", json(RECORDS)))).toBe("gemini");
    expect(await detectFormat(write("search/MyActivity.json", json([activityRecord("Search", "Searched for gemini", "2026-11-01T19:05:44.529Z")])))).toBe(
      "myactivity",
    );
  });

  it("reads the prompts within 30 minutes of each other as one conversation of the user and Gemini, titled by its first prompt", async () => {
    const conversations = await parsedConversations(file);
    expect(conversations.map((c) => [c.externalId, c.title, c.participants, c.startedAt === null ? null : new Date(c.startedAt).toISOString()])).toEqual([
      [
        "gemini:2026-11-04T20:31:09.455Z",
        "Can you make the summary at the top of my CV sound stronger? I'm applying for…",
        ["User", "Gemini"],
        "2026-11-04T20:31:09.455Z",
      ],
      [
        "gemini:2026-11-01T19:05:44.529Z",
        "My daughter Isla is turning 7 on Saturday 14 November. 12 kids are coming to her…",
        ["User", "Gemini"],
        "2026-11-01T19:05:44.529Z",
      ],
      ["gemini:2026-10-19T06:52:31.402Z", "My boiler is down to 0.5 bar. What should it be?", ["User", "Gemini"], "2026-10-19T06:52:31.402Z"],
      ["gemini:2026-10-10T09:41:07.318Z", "[attached: IMG_4471.jpg]", ["User", "Gemini"], "2026-10-10T09:41:07.318Z"],
    ]);
    const [cv, party, boiler, plant] = conversations;
    expect(conversations.every((c) => c.format === "gemini")).toBe(true);
    expect(turnsOf(party!)).toEqual([
      [
        "2026-11-01T19:05:44.529Z",
        "User",
        "user",
        "2026-11-01T19:05:44.529Z",
        "My daughter Isla is turning 7 on Saturday 14 November. 12 kids are coming to her party at St Chad's church hall. Can you suggest some party games?",
      ],
      [
        "2026-11-01T19:05:44.529Z/gemini",
        "Gemini",
        "assistant",
        "2026-11-01T19:05:44.529Z",
        "Here are some games:\n\n1. Pass the parcel: a sweet in every layer.\n2. Musical statues\n\nHave fun, and see the NHS's advice (https://www.nhs.uk/) on allergies & food.",
      ],
      ["2026-11-01T19:12:02.184Z", "User", "user", "2026-11-01T19:12:02.184Z", "She's mad about unicorns. Any unicorn games?"],
      ["2026-11-01T19:12:02.184Z/gemini", "Gemini", "assistant", "2026-11-01T19:12:02.184Z", "### Pin the horn on the unicorn\n\nDraw a big unicorn."],
      [
        "2026-11-01T19:20:15.736Z/canvas",
        "Gemini",
        "assistant",
        "2026-11-01T19:20:15.736Z",
        "# Isla's party plan\n\n- 2:15 Pin the horn on the unicorn\n- 2:35 Pass the parcel",
      ],
    ]);
    expect(party!.turns.at(-1)!.metadata).toEqual({ canvas: "Isla's party plan" });
    // (a prompt Gemini's answer is missing from is the user's turn alone; the feedback given passed over)
    expect(turnsOf(boiler!).map((t) => t[4])).toEqual([
      "My boiler is down to 0.5 bar. What should it be?",
      "Between 1 and 1.5 bar when cold.",
      "How long do I keep the valves open?",
    ]);
    // (an attached file named as it was attached; an image sent alone its name)
    expect(cv!.turns[0]!.metadata).toEqual({ attachments: ["Hannah Byrne CV.pdf"] });
    expect(turnsOf(plant!)).toEqual([
      ["2026-10-10T09:41:07.318Z", "User", "user", "2026-10-10T09:41:07.318Z", "[attached: IMG_4471.jpg]"],
      ["2026-10-10T09:41:07.318Z/gemini", "Gemini", "assistant", "2026-10-10T09:41:07.318Z", "That's a hydrangea."],
    ]);
    expect(plant!.turns[0]!.metadata).toEqual({ attachments: ["IMG_4471.jpg"] });
  });

  it("is read as gemini when --format says so, and myactivity's reader, told to read it, says it is Gemini's", async () => {
    const renamed = write("format/export.json", json(RECORDS));
    expect((await parsedConversations(renamed, "gemini")).length).toBe(4);
    const err = await importErrorOf(validateExport(renamed, { format: "myactivity" }));
    expect(err.message).toBe("export.json: [0]: the note has no text: Gemini's activity, which Engram reads as conversations with Gemini (--format gemini)");
  });
});

describe("conversations without ids", () => {
  const at = (minutes: number) => new Date(Date.UTC(2026, 10, 8, 9, 0) + minutes * 60_000).toISOString();
  const asked = (minutes: number, words: string, extra: Record<string, unknown> = {}) =>
    gemini(`Prompted ${words}`, at(minutes), { ...answer(`<p>On ${words}.</p>`), ...extra });

  it("starts a new one after 30 minutes with nothing said, and keys two prompts of one time apart", async () => {
    expect(GAP_MS).toBe(30 * 60_000);
    const file = write(
      "gap/MyActivity.json",
      json([asked(100, "late"), asked(60, "later"), asked(30, "same time B"), asked(30, "same time A"), asked(0, "first")]),
    );
    const conversations = await parsedConversations(file);
    expect(conversations.map((c) => [c.externalId, c.turns.filter((t) => t.role === "user").map((t) => [t.externalId, t.text])])).toEqual([
      ["gemini:2026-11-08T10:40:00.000Z", [["2026-11-08T10:40:00.000Z", "late"]]],
      [
        "gemini:2026-11-08T09:00:00.000Z",
        [
          ["2026-11-08T09:00:00.000Z", "first"],
          ["2026-11-08T09:30:00.000Z", "same time A"],
          ["2026-11-08T09:30:00.000Z#2", "same time B"],
          ["2026-11-08T10:00:00.000Z", "later"],
        ],
      ],
    ]);
  });

  it("tells two chats apart where the records link them, a record linking none going with the one before", async () => {
    const chat = (id: string) => ({ details: [{ name: `https://gemini.google.com/app/${id}`, url: `https://gemini.google.com/app/${id}` }] });
    const file = write(
      "chats/MyActivity.json",
      json([
        asked(9, "plan B again", chat("bbbb2222")),
        asked(7, "no link"),
        asked(5, "plan A again", chat("aaaa1111")),
        asked(2, "plan B", chat("bbbb2222")),
        asked(0, "plan A", chat("aaaa1111")),
      ]),
    );
    const conversations = await parsedConversations(file);
    expect(conversations.map((c) => [c.externalId, c.turns.filter((t) => t.role === "user").map((t) => t.text)])).toEqual([
      ["gemini:2026-11-08T09:02:00.000Z", ["plan B", "plan B again"]],
      ["gemini:2026-11-08T09:00:00.000Z", ["plan A", "plan A again", "no link"]],
    ]);
    expect(conversations[0]!.turns[0]!.metadata).toEqual({ gemini: { chat: "https://gemini.google.com/app/bbbb2222" } });
  });

  it("keeps a prompt in another language's words whole when Gemini answered it, and Bard's answers Bard's", async () => {
    const file = write(
      "lang/MyActivity.json",
      json([
        gemini("送信したメッセージ: 明日の天気は？", "2026-11-08T09:05:00.000Z", answer("<p>晴れです。</p>"), "Gemini アプリ"),
        gemini("Gemini アプリ を使用しました", "2026-11-08T09:01:00.000Z", {}, "Gemini アプリ"),
      ]),
    );
    expect((await parsedConversations(file)).map(turnsOf)).toEqual([
      [
        ["2026-11-08T09:05:00.000Z", "User", "user", "2026-11-08T09:05:00.000Z", "送信したメッセージ: 明日の天気は？"],
        ["2026-11-08T09:05:00.000Z/gemini", "Gemini", "assistant", "2026-11-08T09:05:00.000Z", "晴れです。"],
      ],
    ]);
    const bard = write("bard/MyActivity.json", json([gemini("Prompted write a haiku", "2023-06-01T12:00:00.000Z", answer("<p>Autumn moonlight</p>"), "Bard")]));
    expect((await parsedConversations(bard))[0]!.participants).toEqual(["User", "Bard"]);
  });
});

describe("importing again", () => {
  it("adds nothing the second time, and from a later Takeout only the new prompts, one said soon after joining its conversation", async () => {
    const db = openDatabase(join(dir, "later.db"));
    try {
      const first = write("again/first/MyActivity.json", json(RECORDS));
      expect(await importFile(db, embedder, first)).toMatchObject({ format: "gemini", conversations: 4, added: 12, duplicates: 0 });
      expect(await importFile(db, embedder, first)).toMatchObject({ added: 0, duplicates: 12 });
      const later = write(
        "again/later/MyActivity.json",
        json([
          gemini("Prompted What can I make with chickpeas?", "2026-11-12T17:48:30.077Z", answer("<p>A curry.</p>")),
          gemini("Prompted Shorter, please", "2026-11-04T20:50:00.000Z", answer("<p>Payroll lead, six years.</p>")),
          ...RECORDS,
        ]),
      );
      expect(await importFile(db, embedder, later)).toMatchObject({ added: 4, duplicates: 12 });
      const conversations = db.prepare("SELECT external_id FROM conversations ORDER BY external_id").pluck().all();
      expect(conversations).toEqual([
        "gemini:2026-10-10T09:41:07.318Z",
        "gemini:2026-10-19T06:52:31.402Z",
        "gemini:2026-11-01T19:05:44.529Z",
        "gemini:2026-11-04T20:31:09.455Z",
        "gemini:2026-11-12T17:48:30.077Z",
      ]);
    } finally {
      db.close();
    }
  });
});

describe("a bad file", () => {
  it("is refused naming the file and the record, storing nothing", async () => {
    const db = openDatabase(join(dir, "bad.db"));
    try {
      const cases: Array<[string, string, string]> = [
        [
          "time.json",
          json([RECORDS[1], { ...RECORDS[3], time: "yesterday" }]),
          'time.json: [1].time: expected a time as "2026-10-19T06:52:31.402Z", got "yesterday"',
        ],
        ["title.json", json([RECORDS[1], { ...RECORDS[3], title: null }]), 'title.json: [1].title: expected what was done, as "Prompted …", got null'],
        [
          "record.json",
          `${json([RECORDS[1]]).slice(0, -1)}, "Prompted hi"]`,
          'record.json: [1]: expected an activity ({ "header": "Gemini Apps", "title": "Prompted …", "time": … }), got "Prompted hi"',
        ],
      ];
      for (const [name, text, message] of cases) {
        const file = write(`bad/${name}`, text);
        const err = await importErrorOf(validateExport(file));
        expect([err.name, err.file, err.message]).toEqual(["ImportError", file, message]);
        await expect(importFile(db, embedder, file)).rejects.toThrow(message);
      }
      expect(db.prepare("SELECT COUNT(*) AS n FROM sources").get()).toEqual({ n: 0 });
      const used = write("bad/used.json", json([RECORDS[0], RECORDS[5]]));
      expect((await importErrorOf(validateExport(used))).message).toBe(
        "used.json: [0]: the note has no text: Gemini's activity with no prompt in it (features used, feedback given, drafts chosen), no words of yours",
      );
    } finally {
      db.close();
    }
  });
});

describe("a Takeout folder", () => {
  const root = join(dir, "Takeout");
  write("Takeout/My Activity/Gemini Apps/MyActivity.json", json(RECORDS));
  write("Takeout/My Activity/Gemini Apps/IMG_4471.jpg", new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0xff, 0xd9]));
  write("Takeout/My Activity/Gemini Apps/Hannah Byrne CV-7c2e.pdf", "%PDF-1.7\n%âãÏÓ\n");
  write("Takeout/My Activity/Search/MyActivity.json", json([activityRecord("Search", "Searched for arla foods leeds", "2026-11-04T20:44:03.117Z")]));
  write("Takeout/My Activity/Bard/MyActivity.json", json([gemini("Used an Assistant feature", "2026-11-04T20:39:51.208Z")]));

  it("reads Gemini's activity as gemini and Search's as myactivity, and passes over the files attached, said why", async () => {
    const listed = importPaths(root).map((p) => p.file.slice(root.length + 1));
    expect(listed).toEqual([
      "My Activity/Bard/MyActivity.json",
      "My Activity/Gemini Apps/Hannah Byrne CV-7c2e.pdf",
      "My Activity/Gemini Apps/IMG_4471.jpg",
      "My Activity/Gemini Apps/MyActivity.json",
      "My Activity/Search/MyActivity.json",
    ]);
    const formats: Record<string, string | null> = {};
    const why: Record<string, string> = {};
    for (const name of listed) {
      const file = join(root, name);
      const aside = await passedOverInFolder(file);
      if (aside) {
        why[name] = aside;
        continue;
      }
      formats[name] = await folderFileFormat(file);
      const checked = await checkImportFile(file, formats[name] as "gemini").catch((e: unknown) => e);
      if (isEmptyNote(checked)) why[name] = whyPassedOver(checked);
    }
    expect(formats).toEqual({
      "My Activity/Gemini Apps/MyActivity.json": "gemini",
      "My Activity/Bard/MyActivity.json": "gemini",
      "My Activity/Search/MyActivity.json": "myactivity",
    });
    const attached =
      "a file attached to a prompt to Gemini (Google Takeout's My Activity/Gemini Apps/): its name is kept with the prompt, read from MyActivity.json";
    expect(why).toEqual({
      "My Activity/Gemini Apps/Hannah Byrne CV-7c2e.pdf": attached,
      "My Activity/Gemini Apps/IMG_4471.jpg": attached,
      "My Activity/Bard/MyActivity.json": "Gemini's activity with no prompt in it (features used, feedback given, drafts chosen), no words of yours, no note",
    });
  });

  it("refuses Gemini's activity as a web page, saying to choose JSON", async () => {
    const page = write(
      "html/My Activity/Gemini Apps/MyActivity.html",
      '<html><body><div class="outer-cell mdl-cell mdl-cell--12-col mdl-shadow--2dp"><div class="mdl-grid"><div class="header-cell mdl-cell mdl-cell--12-col"><p class="mdl-typography--title">Gemini Apps<br></p></div><div class="content-cell mdl-cell mdl-cell--6-col mdl-typography--body-1">Prompted hi<br>Nov 1, 2026, 7:05:44 PM GMT<br><p>Hello!</p></div></div></div></body></html>',
    );
    expect(await passedOverInFolder(page)).toMatch(/^Google My Activity \(Gemini Apps\) as a web page, which Engram does not read: export it again/);
  });
});

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { folderFileFormat, importPaths, passedOverInFolder } from "../../core/api/import-check.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { logDaysDated, titledByTime } from "../../core/ingest/notes/standardnotes.js";
import { lexicalLines, lexicalState } from "../../core/ingest/notes/standardnotes-super.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-standardnotes-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `text` at `path` under the test's folder (making its folders) and returns the path. */
function put(path: string, text: string): string {
  const file = join(dir, path);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** An item as CreateDecryptedBackupFileContextPayload writes it: its kind, content, times (ISO and µs) and uuid. */
const item = (content_type: string, uuid: string, content: Record<string, unknown>, created = "2026-11-02T09:00:00.000Z", updated = created) => ({
  content_type,
  content: { references: [], appData: { "org.standardnotes.sn": { client_updated_at: updated } }, ...content },
  created_at_timestamp: Date.parse(created) * 1000,
  created_at: created,
  deleted: false,
  updated_at_timestamp: Date.parse(updated) * 1000,
  updated_at: updated,
  uuid,
});

/** A note item: its title, text and what else its content holds (noteType, trashed …). */
const note = (uuid: string, title: string, text: string, created: string, extra: Record<string, unknown> = {}, updated = created) =>
  item("Note", uuid, { title, text, ...extra }, created, updated);

/** A tag item naming `notes`, nested under `parent` when given. */
const tag = (uuid: string, title: string, notes: string[], parent?: string) =>
  item("Tag", uuid, {
    title,
    references: [
      ...notes.map((n) => ({ uuid: n, content_type: "Note" })),
      ...(parent ? [{ uuid: parent, content_type: "Tag", reference_type: "TagToParentTag" }] : []),
    ],
  });

/** The backup file as the app writes it: `{ version, items }`, pretty-printed by two spaces. */
const backup = (items: unknown[]) => JSON.stringify({ version: "004", items }, null, 2);

/** A Lexical text node and block, as the Super editor serializes them. */
const text = (words: string) => ({ detail: 0, format: 0, mode: "normal", style: "", text: words, type: "text", version: 1 });
const block = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  children,
  direction: "ltr",
  format: "",
  indent: 0,
  type,
  version: 1,
  ...extra,
});
const superText = (...children: unknown[]) => JSON.stringify({ root: block("root", children) });

const DISPUTE = superText(
  block("paragraph", [text("Deposit £1,200 with the DPS.")]),
  block("heading", [text("Log")], { tag: "h2" }),
  block("list", [block("listitem", [text("4 November: raised a dispute, case DPS-7734120.")], { value: 1 })], { listType: "bullet", tag: "ul", start: 1 }),
  block("heading", [text("Evidence")], { tag: "h2" }),
  block(
    "list",
    [
      block("listitem", [text("Upload inventory photos")], { checked: true, value: 1 }),
      block("listitem", [text("Find final-day photos")], { checked: false, value: 2 }),
    ],
    {
      listType: "check",
      tag: "ul",
      start: 1,
    },
  ),
);

const ITEMS = [
  item("SN|UserPreferences", "p0000000-0000-4000-8000-000000000000", { defaultEditor: "plain" }),
  tag("t1000000-0000-4000-8000-000000000000", "Home", ["n3000000-0000-4000-8000-000000000000"]),
  note("n1000000-0000-4000-8000-000000000000", "Meds", "## Sertraline\n50mg every morning with breakfast.", "2026-10-20T08:41:10.305Z", {
    noteType: "markdown",
    pinned: true,
    protected: true,
  }),
  note(
    "n2000000-0000-4000-8000-000000000000",
    "Deposit dispute",
    DISPUTE,
    "2026-10-02T18:12:04.771Z",
    { noteType: "super", editorIdentifier: "com.standardnotes.super-editor" },
    "2026-11-20T17:45:19.093Z",
  ),
  note(
    "n3000000-0000-4000-8000-000000000000",
    "Sunday 15 Nov 2026 at 21:04",
    "Long walk on the Downs with Hannah.\r\nTold her about the job offer.",
    "2026-11-15T21:04:33.120Z",
  ),
  note(
    "n4000000-0000-4000-8000-000000000000",
    "Emergency contacts",
    "<p>Sister: Ruth Okonjo, 07700 900412</p><p>Spare keys are with Mrs Patel.</p>",
    "2026-09-08T12:20:44.930Z",
    {
      noteType: "rich-text",
      editorIdentifier: "org.standardnotes.plus-editor",
    },
  ),
  note("n5000000-0000-4000-8000-000000000000", "Porto", "Stayed at Casa da Ribeira.", "2026-09-10T09:15:22.004Z", { archived: true }),
  note("n6000000-0000-4000-8000-000000000000", "", "Bins go out Wednesday night.", "2026-11-26T08:12:09.377Z"),
  // (passed over: the trash, as the app keeps it and as older apps did in appData; two-factor secrets; a spreadsheet; an empty note)
  note("n7000000-0000-4000-8000-000000000000", "Router", "Router admin password: tangerine-otter-91", "2026-09-01T16:02:18.441Z", { trashed: true }),
  item(
    "Note",
    "n8000000-0000-4000-8000-000000000000",
    { title: "Old wifi", text: "Password: sunflower-22", appData: { "org.standardnotes.sn": { trashed: true } } },
    "2026-08-01T10:00:00.000Z",
  ),
  note("n9000000-0000-4000-8000-000000000000", "2FA", '[{"service":"GitHub","secret":"JBSWY3DPEHPK3PXP"}]', "2026-09-05T21:48:30.117Z", {
    noteType: "authentication",
    editorIdentifier: "org.standardnotes.token-vault",
  }),
  note("na000000-0000-4000-8000-000000000000", "Budget", '{"sheets":[{"rows":[{"cells":[{"value":"Rent 950"}]}]}]}', "2026-09-06T10:00:00.000Z", {
    editorIdentifier: "org.standardnotes.standard-sheets",
  }),
  note("nb000000-0000-4000-8000-000000000000", "", "", "2026-11-28T23:59:01.002Z"),
  item("SN|Component", "c0000000-0000-4000-8000-000000000000", {
    name: "Autocomplete Tags",
    package_info: { identifier: "org.standardnotes.autocomplete-tags" },
  }),
  // (tags after the notes they name, one nested under another)
  tag("t2000000-0000-4000-8000-000000000000", "health", ["n1000000-0000-4000-8000-000000000000", "n4000000-0000-4000-8000-000000000000"]),
  tag("t3000000-0000-4000-8000-000000000000", "Flat", ["n2000000-0000-4000-8000-000000000000"], "t1000000-0000-4000-8000-000000000000"),
];

describe("a Standard Notes decrypted backup (Standard Notes Backup and Import File.txt)", () => {
  it("is detected, each note not in the trash read as a note of the day it was created, titled by its title, its tags kept", async () => {
    const file = put("alone/Standard Notes Backup and Import File.txt", backup(ITEMS));
    expect(await detectFormat(file)).toBe("standardnotes");
    expect((await validateExport(file)).format).toBe("standardnotes");
    const notes = await parsedConversations(file);
    expect(notes.map((n) => [n.format, n.externalId, n.title, new Date(n.startedAt!).toISOString(), n.participants])).toEqual([
      ["note", "standardnotes:n1000000-0000-4000-8000-000000000000", "Meds", "2026-10-20T08:41:10.305Z", ["User"]],
      ["note", "standardnotes:n2000000-0000-4000-8000-000000000000", "Deposit dispute", "2026-10-02T18:12:04.771Z", ["User"]],
      // (titled as Standard Notes titles a new note, by when it was made: the day, no topic of its words)
      ["note", "standardnotes:n3000000-0000-4000-8000-000000000000", "15 November 2026", "2026-11-15T21:04:33.120Z", ["User"]],
      ["note", "standardnotes:n4000000-0000-4000-8000-000000000000", "Emergency contacts", "2026-09-08T12:20:44.930Z", ["User"]],
      ["note", "standardnotes:n5000000-0000-4000-8000-000000000000", "Porto", "2026-09-10T09:15:22.004Z", ["User"]],
      // (a note with no title is listed by its words)
      ["note", "standardnotes:n6000000-0000-4000-8000-000000000000", "Bins go out Wednesday night.", "2026-11-26T08:12:09.377Z", ["User"]],
    ]);
    // (Markdown read as a note's: a section names its words; the tags that name the note kept, no words)
    expect(notes[0]!.turns.map((t) => [t.speaker, t.role, t.text, new Date(t.occurredAt).toISOString(), t.metadata])).toEqual([
      ["User", "user", "Sertraline: 50mg every morning with breakfast.", "2026-10-20T08:41:10.305Z", { line: 4, tags: ["health"] }],
    ]);
    // (a Super note's editor state read as Markdown: its heading a section, its list, its checklist a to-do;
    // a log's day of the months it was written in told with its year; a nested tag named with its parent)
    expect(notes[1]!.turns.map((t) => [t.text, t.metadata.tags])).toEqual([
      ["Deposit £1,200 with the DPS.", ["Home/Flat"]],
      // (a log's item under "Log" told as it happened, named by nothing, as note.ts tells a log)
      ["4 November 2026: raised a dispute, case DPS-7734120.", ["Home/Flat"]],
      ["Evidence to-do: Upload inventory photos (done); Find final-day photos.", ["Home/Flat"]],
    ]);
    expect(notes[2]!.turns.map((t) => [t.text, t.metadata])).toEqual([
      ["Long walk on the Downs with Hannah.\nTold her about the job offer.", { line: 1, tags: ["Home"] }],
    ]);
    // (a rich-text note's HTML read as its paragraphs)
    expect(notes[3]!.turns.map((t) => t.text)).toEqual(["Emergency contacts’ sister: Ruth Okonjo, 07700 900412", "Spare keys are with Mrs Patel."]);
    expect(notes[4]!.turns.map((t) => [t.text, t.metadata])).toEqual([["Stayed at Casa da Ribeira.", { line: 3 }]]);
    // (nothing of the trash, the secrets, the spreadsheet, the preferences nor the component)
    const all = JSON.stringify(notes);
    for (const word of ["tangerine", "sunflower", "JBSWY3DP", "Rent 950", "Autocomplete", "defaultEditor"]) expect(all).not.toContain(word);
  });

  it("reads a Super note's blocks as Markdown lines: headings, quotes, nested lists, checklists, tables, code; a link its words, a link to a note its title", () => {
    const state = superText(
      block("heading", [text("Plan")], { tag: "h1" }),
      block("paragraph", [
        text("Call "),
        block("link", [text("Hale Lettings")], { url: "https://hale.example" }),
        text(" on Monday."),
        { type: "linebreak", version: 1 },
        text("Ask for Graham."),
      ]),
      block("paragraph", []),
      block("quote", [text("Keep every receipt.")]),
      block(
        "list",
        [
          block("listitem", [text("Kitchen")], { value: 1 }),
          block("listitem", [block("list", [block("listitem", [text("Oven clean")], { value: 1 })], { listType: "number", tag: "ol" })], { value: 2 }),
        ],
        { listType: "bullet", tag: "ul" },
      ),
      block("table", [
        block("tablerow", [block("tablecell", [block("paragraph", [text("Room")])]), block("tablecell", [block("paragraph", [text("Cost")])])]),
        block("tablerow", [block("tablecell", [block("paragraph", [text("Hall")])]), block("tablecell", [block("paragraph", [text("£450")])])]),
      ]),
      block("code", [text("npm run build"), { type: "linebreak", version: 1 }, text("npm test")], { language: "shell" }),
      block("paragraph", [text("See "), { type: "snbubble", itemUuid: "n1", version: 1 }, text(" and "), { type: "snbubble", itemUuid: "gone", version: 1 }]),
      { type: "snfile", fileUuid: "f1", version: 1 },
    );
    const root = lexicalState(state);
    expect(root).not.toBeNull();
    expect(lexicalLines(root!, (uuid) => (uuid === "n1" ? "Meds" : null))).toEqual([
      "# Plan",
      "",
      "Call Hale Lettings on Monday.",
      "Ask for Graham.",
      "",
      "> Keep every receipt.",
      "",
      "- Kitchen",
      "    1. Oven clean",
      "",
      "| Room | Cost |",
      "| --- | --- |",
      "| Hall | £450 |",
      "",
      "npm run build",
      "npm test",
      "",
      "See Meds and",
    ]);
    expect(lexicalState("Just words")).toBeNull();
    expect(lexicalState('{"editorState":{}}')).toBeNull();
  });

  it("tells the year of a log's day the note was written in, from its making to its last change, and no other", () => {
    const created = Date.parse("2026-10-02T18:12:04.771Z");
    const edited = Date.parse("2026-11-20T17:45:19.093Z");
    expect(
      logDaysDated(
        [
          "2 October: moved out",
          "- Nov 4 - called the DPS",
          "- [x] 9 October: sent photos",
          "1 September: signed the inventory",
          "Evidence by 4 December: all of it",
          "4 November 2026: said",
        ],
        created,
        edited,
      ),
    ).toEqual([
      "2 October 2026: moved out",
      "- Nov 4, 2026 - called the DPS",
      "- [x] 9 October 2026: sent photos",
      // (before the note was made, or not opening the line, or with its year: as written)
      "1 September: signed the inventory",
      "Evidence by 4 December: all of it",
      "4 November 2026: said",
    ]);
    // (a note written across the new year: each day of the year it fell in)
    expect(logDaysDated(["30 December: booked", "3 January: paid"], Date.parse("2026-12-28T10:00:00Z"), Date.parse("2027-01-05T10:00:00Z"))).toEqual([
      "30 December 2026: booked",
      "3 January 2027: paid",
    ]);
  });

  it("knows a title Standard Notes gave a note by when it was made from one the user gave it", () => {
    for (const t of ["Sunday 15 Nov 2026 at 21:04", "Sunday, Nov 15, 2026 at 9:04 PM", "2026-11-15 at 09:04 PM", "15 November 2026"])
      expect(titledByTime(t)).toBe(true);
    for (const t of ["Porto, September", "Meds", "Notes 15 Nov 2026", "Sunday lunch"]) expect(titledByTime(t)).toBe(false);
  });

  it("in the unzipped download, reads the backup file and passes over the copies of its items under Items/, saying why", async () => {
    const root = join(dir, "Standard Notes Backup - Tue Dec 01 2026 19_45_12 GMT+0000");
    const sub = "Standard Notes Backup - Tue Dec 01 2026 19_45_12 GMT+0000";
    put(`${sub}/Standard Notes Backup and Import File.txt`, backup(ITEMS));
    put(`${sub}/Items/Note/Meds-n1000000.txt`, "## Sertraline\n50mg every morning with breakfast.");
    put(`${sub}/Items/Note/Router-n7000000.txt`, "Router admin password: tangerine-otter-91");
    put(`${sub}/Items/Tag/Tag-t1000000.txt`, JSON.stringify({ title: "Home", references: [] }, null, 2));
    put(`${sub}/Items/SN_UserPreferences/SN_UserPreferences-p0000000.txt`, "{}");
    expect(importPaths(root).map((p) => p.file.slice(root.length + 1))).toEqual([
      "Items/Note/Meds-n1000000.txt",
      "Items/Note/Router-n7000000.txt",
      "Items/SN_UserPreferences/SN_UserPreferences-p0000000.txt",
      "Items/Tag/Tag-t1000000.txt",
      "Standard Notes Backup and Import File.txt",
    ]);
    expect(await folderFileFormat(join(root, "Standard Notes Backup and Import File.txt"))).toBe("standardnotes");
    expect(await folderFileFormat(join(root, "Items", "Note", "Meds-n1000000.txt"))).toBeNull();
    expect(await passedOverInFolder(join(root, "Items", "Note", "Router-n7000000.txt"))).toBe(
      "a copy of a note in Standard Notes' backup, read from Standard Notes Backup and Import File.txt",
    );
    expect(await passedOverInFolder(join(root, "Items", "Tag", "Tag-t1000000.txt"))).toBe("a Standard Notes tag, no note");
    expect(await passedOverInFolder(join(root, "Items", "SN_UserPreferences", "SN_UserPreferences-p0000000.txt"))).toBe(
      "Standard Notes' UserPreferences, no note",
    );
    expect(await passedOverInFolder(join(root, "Standard Notes Backup and Import File.txt"))).toBeNull();
    // (a folder of notes named Items with no backup beside it keeps its notes)
    const mine = put("vault/Items/Note/Shopping.txt", "Oat milk and eggs");
    expect(await passedOverInFolder(mine)).toBeNull();
    expect(await folderFileFormat(mine)).toBe("note");
    // (the backup renamed .json is read too)
    expect(await folderFileFormat(put("renamed/backup.json", backup(ITEMS)))).toBe("standardnotes");
  });

  it("detects an older backup (no version, each item opening with its uuid) and reads it", async () => {
    const old = put(
      "old/Standard Notes Backup and Import File.txt",
      JSON.stringify(
        {
          items: [
            {
              uuid: "o1",
              content_type: "Note",
              content: { title: "Old", text: "Written in 2019 style", references: [] },
              created_at: "2026-11-01T10:00:00.000Z",
            },
          ],
        },
        null,
        2,
      ),
    );
    expect(await detectFormat(old)).toBe("standardnotes");
    expect((await parsedConversations(old)).map((n) => [n.externalId, n.title, n.turns.map((t) => t.text)])).toEqual([
      ["standardnotes:o1", "Old", ["Written in 2019 style"]],
    ]);
  });

  it("refuses an encrypted backup, saying to download a decrypted one", async () => {
    const encrypted = {
      version: "004",
      items: [
        {
          content_type: "SN|ItemsKey",
          content: "004:1f2e…:Zm9v:YmFy:eyJ1IjoiIn0=",
          created_at: "2026-09-01T15:55:03.000Z",
          enc_item_key: "004:aa:bb:cc",
          items_key_id: null,
          uuid: "k1",
        },
        {
          content_type: "Note",
          content: "004:9a8b…:c2VjcmV0:bm9uY2U=:eyJ1IjoiIn0=",
          created_at: "2026-11-02T09:00:00.000Z",
          enc_item_key: "004:dd:ee:ff",
          items_key_id: "k1",
          uuid: "e1",
        },
      ],
      keyParams: { identifier: "alex@example.com", pw_nonce: "abc", version: "004", origination: "registration", created: "1600000000000" },
    };
    const file = put("encrypted/Standard Notes Encrypted Backup and Import File - Tue Dec 01 2026 19_45_12 GMT+0000.txt", JSON.stringify(encrypted, null, 2));
    expect(await detectFormat(file)).toBe("standardnotes");
    expect(await importErrorOf(parsedConversations(file))).toEqual({
      name: "ImportError",
      file,
      location: "items[0]",
      message:
        'Standard Notes Encrypted Backup and Import File - Tue Dec 01 2026 19_45_12 GMT+0000.txt: items[0]: an encrypted Standard Notes backup (its items are ciphertext, "004:…"): download a decrypted backup instead (Standard Notes: Preferences → Backups → Download backup, with "Decrypted" chosen), unzip it and import its "Standard Notes Backup and Import File.txt"',
    });
  });

  it("names the item and the field a bad backup is wrong in, before any note is read, and refuses one with no note", async () => {
    const name = "Standard Notes Backup and Import File.txt";
    const bad = put(`bad/${name}`, backup([ITEMS[2], note("x1", "Call Gran", "Call Gran back", "yesterday")]));
    expect(await importErrorOf(parsedConversations(bad))).toEqual({
      name: "ImportError",
      file: bad,
      location: "items[1].created_at",
      message: `${name}: items[1].created_at: expected an ISO 8601 time, got "yesterday"`,
    });
    const content = put(
      `content/${name}`,
      backup([
        { ...ITEMS[2], content: "plain words" },
        { ...ITEMS[3], content: ["x"] },
      ]),
    );
    // (a content that is a string is an encrypted item's; one that is an array is wrong)
    expect((await importErrorOf(parsedConversations(content))).message).toBe(
      `${name}: items[1].content: expected the item's content (an object), got an array`,
    );
    const refs = put(`refs/${name}`, backup([ITEMS[2], item("Tag", "t9", { title: "work", references: "n1" })]));
    expect((await importErrorOf(parsedConversations(refs))).message).toBe(`${name}: items[1].content.references: expected a list of references, got "n1"`);
    const kind = put(`kind/${name}`, backup([{ ...ITEMS[2], content_type: 7 }]));
    expect((await importErrorOf(parsedConversations(kind))).message).toBe(`${name}: items[0].content_type: expected the item's kind ("Note", "Tag", …), got 7`);
    const superBad = put(`super/${name}`, backup([note("s1", "Plan", '{"editorState":{"root":null}}', "2026-11-01T10:00:00.000Z", { noteType: "super" })]));
    expect((await importErrorOf(parsedConversations(superBad))).message).toBe(
      `${name}: items[0].content.text: expected a Super note's editor state (JSON with a "root"), got "{\\"editorState\\":{\\"root\\":null}}"`,
    );
    // (a backup of trashed notes and settings only: nothing to read, said as a note with no text, so a folder passes it over)
    const none = put(`none/${name}`, backup([ITEMS[0], ITEMS[8], ITEMS[10]]));
    expect((await importErrorOf(parsedConversations(none))).message).toBe(
      `${name}: items: the note has no text: a Standard Notes backup with no note (the trash, Authenticator notes and spreadsheets are not imported)`,
    );
    // (a download cut short is named where it ends)
    const whole = backup(ITEMS.slice(0, 3));
    const cut = put(`cut/${name}`, whole.slice(0, whole.indexOf("50mg")));
    expect((await importErrorOf(parsedConversations(cut))).message).toMatch(
      /^Standard Notes Backup and Import File\.txt: byte \d+ \(line \d+, column \d+\): truncated JSON/,
    );
    // (another app's JSON given as a Standard Notes backup is refused, naming what it lacks)
    const other = put("other/notes.json", JSON.stringify({ notes: [] }));
    expect((await importErrorOf(parsedConversations(other, "standardnotes"))).message).toMatch(
      /^notes\.json: byte \d+ \(line 1, column \d+\): the JSON object has no "items" array/,
    );
  });
});

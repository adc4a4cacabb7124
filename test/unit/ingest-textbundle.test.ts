import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { folderFileFormat, importPaths, isEmptyNote, passedOverInFolder } from "../../core/api/import-check.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { bearLine } from "../../core/ingest/notes/textbundle.js";
import { zipOf } from "../fixtures/documents.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-textbundle-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `data` at `path` under the test's folder (making its folders), dated `mtime` when given, and returns the path. */
function put(path: string, data: string | Buffer, mtime?: string): string {
  const file = join(dir, path);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, data);
  if (mtime) utimesSync(file, new Date(mtime), new Date(mtime));
  return file;
}

/** A note's info.json as Bear 2 writes it (keys sorted, " : "), with what else is given in "net.shinyfrog.bear". */
function bearInfo(created: string, id: string, extra: Record<string, unknown> = {}): string {
  const bear = {
    archived: 0,
    creationDate: created,
    modificationDate: "2026-11-29T09:02:11Z",
    pinned: 0,
    trashed: 0,
    uniqueIdentifier: id,
    version: 3,
    ...extra,
  };
  return JSON.stringify(
    { creatorIdentifier: "net.shinyfrog.bear", "net.shinyfrog.bear": bear, transient: true, type: "net.daringfireball.markdown", version: 2 },
    null,
    2,
  ).replace(/": /g, '" : ');
}

/** The time the files of an export were written (every bundle's, so only info.json says when a note was written). */
const EXPORTED = "2026-12-01T20:15:00Z";

/** Writes a Bear note's bundle `<root>/<title>.textbundle/` (text.markdown, info.json, assets) and returns its text file's path. */
function bundle(root: string, title: string, text: string, info: string | null, assets: Record<string, string | Buffer> = {}): string {
  const file = put(`${root}/${title}.textbundle/text.markdown`, text, EXPORTED);
  if (info !== null) put(`${root}/${title}.textbundle/info.json`, info, EXPORTED);
  for (const [name, data] of Object.entries(assets)) put(`${root}/${title}.textbundle/assets/${name}`, data, EXPORTED);
  return file;
}

describe("TextBundles, as Bear and Ulysses export notes", () => {
  it("in an exported folder, reads each bundle's text once as the note the bundle names, of the day Bear says it was created; info.json and the assets are no note", async () => {
    const root = join(dir, "Bear export");
    const recipe = bundle(
      "Bear export",
      "Banana bread",
      "# Banana bread\n#recipes/baking #family favourites#\n\nGran's recipe, made for the #school fair.\n\n::Don't open the oven before 45 minutes.::\n",
      bearInfo("2026-11-08T15:12:40Z", "6A1F3C2E-8B4D-4E7A-9C10-2F5D8E7B6A41"),
    );
    const trip = bundle(
      "Bear export",
      "Lisbon trip",
      '# Lisbon trip\n\nFlying EZY8315 on Thursday 10 December.\n![](assets/IMG_4821.jpeg)<!-- {"width":640} -->\nCheck-in from 3pm.\n\n## Before we go\n- [x] Book the airport parking\n- [ ] Order euros #errands\n',
      bearInfo("2026-11-20T21:04:17Z", "C3D9E1F2-4A5B-4C6D-8E7F-90A1B2C3D4E5"),
      {
        "IMG_4821.jpeg": Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
        "Hartwell quote.pdf": "%PDF-1.4\n%\u00e2\u00e3\n",
        "notes.md": "# Not a note of the export",
      },
    );
    // (Bear 1, as Bear-Markdown-Export writes a bundle: text.md, an info.json with no "net.shinyfrog.bear", the text dated its last edit)
    const club = put("Bear export/Book club.textbundle/text.md", "# Book club\n\nWe meet at Hannah's on Wednesday 16 December.\n", "2026-11-24T19:20:00Z");
    put(
      "Bear export/Book club.textbundle/info.json",
      '{\n    "transient" : true,\n    "type" : "net.daringfireball.markdown",\n    "creatorIdentifier" : "net.shinyfrog.bear",\n    "version" : 2\n    }',
    );
    put("Bear export/Old trip.textpack", zipOf({ "Content.textbundle/text.md": "# Old trip" }));
    expect(importPaths(root).map((p) => [p.file.slice(root.length + 1), p.inFolder])).toEqual([
      ["Banana bread.textbundle/text.markdown", true],
      ["Book club.textbundle/text.md", true],
      ["Lisbon trip.textbundle/text.markdown", true],
      ["Old trip.textpack", true],
    ]);
    for (const text of [recipe, trip, club]) {
      expect(await passedOverInFolder(text)).toBeNull();
      expect(await folderFileFormat(text)).toBe("note");
      expect(await detectFormat(text)).toBe("note");
    }
    expect(await passedOverInFolder(join(root, "Old trip.textpack"))).toBe(
      "a TextPack (a zipped TextBundle): unzip it, then import the .textbundle folder in it",
    );
    expect(await folderFileFormat(join(root, "Old trip.textpack"))).toBeNull();

    const [bread] = await parsedConversations(recipe);
    expect([bread!.format, bread!.externalId, bread!.title, new Date(bread!.startedAt!).toISOString()]).toEqual([
      "note",
      "bear:6A1F3C2E-8B4D-4E7A-9C10-2F5D8E7B6A41",
      "Banana bread",
      "2026-11-08T15:12:40.000Z",
    ]);
    // (the tags are no words, but a tag inside a sentence is its word; a highlight is its words; the tags in each paragraph's metadata)
    expect(bread!.turns.map((t) => [t.speaker, t.role, t.text, new Date(t.occurredAt).toISOString(), t.metadata])).toEqual([
      [
        "User",
        "user",
        "Gran's recipe, made for the school fair.",
        "2026-11-08T15:12:40.000Z",
        { line: 4, tags: ["recipes/baking", "family favourites", "school"] },
      ],
      [
        "User",
        "user",
        "Don't open the oven before 45 minutes.",
        "2026-11-08T15:12:40.000Z",
        { line: 6, tags: ["recipes/baking", "family favourites", "school"] },
      ],
    ]);
    const [lisbon] = await parsedConversations(trip);
    expect([lisbon!.title, new Date(lisbon!.startedAt!).toISOString()]).toEqual(["Lisbon trip", "2026-11-20T21:04:17.000Z"]);
    // (the image and its size are no words and part no paragraph; a checklist is a to-do list, its closing tag no word)
    expect(lisbon!.turns.map((t) => t.text)).toEqual([
      "Flying EZY8315 on Thursday 10 December.\nCheck-in from 3pm.",
      "Before we go to-do: Book the airport parking (done); Order euros.",
    ]);
    const [book] = await parsedConversations(club);
    expect([book!.externalId.startsWith("sha256:"), book!.title, new Date(book!.startedAt!).toISOString()]).toEqual([
      true,
      "Book club",
      "2026-11-24T19:20:00.000Z",
    ]);
    expect(book!.turns.map((t) => [t.text, t.metadata])).toEqual([["We meet at Hannah's on Wednesday 16 December.", { line: 3 }]]);
  });

  it("given alone, a bundle's folder is one note; its text is a note whatever its lines look like, named by the bundle when no heading names it", async () => {
    const chatty = "Jordan: we can start on Monday 11 January\nPriya: and the deposit?\nJordan: £2,000 by 4 December\n";
    const text = bundle("alone", "Kitchen refit chat", chatty, bearInfo("2026-11-17T18:40:02Z", "9F8E7D6C-5B4A-4392-8170-6E5D4C3B2A19"), {
      "Hartwell quote.pdf": "%PDF-1.4\n",
    });
    const folder = join(dir, "alone", "Kitchen refit chat.textbundle");
    expect(importPaths(folder)).toEqual([{ file: text, inFolder: true }]);
    // (the same lines in a file of their own read as a chat)
    expect(await detectFormat(put("loose/meeting.md", chatty))).toBe("text");
    expect(await detectFormat(text)).toBe("note");
    const summary = await validateExport(text);
    expect([summary.format, summary.conversations, summary.turns]).toEqual(["note", 1, 1]);
    const [chat] = await parsedConversations(text);
    expect([chat!.title, chat!.participants, chat!.turns.length, new Date(chat!.startedAt!).toISOString()]).toEqual([
      "Kitchen refit chat",
      ["User"],
      1,
      "2026-11-17T18:40:02.000Z",
    ]);
    expect(chat!.turns[0]!.text).toContain("Jordan: we can start on Monday 11 January");
    expect(chat!.turns[0]!.text).toContain("Jordan: £2,000 by 4 December");
    // (a first line that is the bundle's name is its title, not words: Bear names a note by its first line,
    // a heading or not; a list under it is named by it; a note of one line keeps it as its words)
    const [gifts] = await parsedConversations(
      bundle("alone", "Christmas gifts", "Christmas gifts\n#christmas\n\n- Dad: Ottolenghi Simple\n- Sam: chalk bag\n", null),
    );
    expect([gifts!.title, gifts!.turns.map((t) => t.text)]).toEqual(["Christmas gifts", ["Christmas gifts: Dad: Ottolenghi Simple, Sam: chalk bag."]]);
    const [locker] = await parsedConversations(bundle("alone", "Gym locker 4471", "Gym locker 4471\n", null));
    expect([locker!.title, locker!.turns.map((t) => t.text)]).toEqual(["Gym locker 4471", ["Gym locker 4471"]]);
    // (with no heading and a bundle named by no word, the bundle's name still names it)
    const [day] = await parsedConversations(bundle("alone", "2026-11-09", "Ran 5k before work.\n", null));
    expect(day!.title).toBe("2026-11-09");
  });

  it("reads Bear's marks as words, or as none", () => {
    const tags = new Set<string>();
    expect(bearLine("Ask about the #home/kitchen budget #todo", tags)).toBe("Ask about the kitchen budget");
    expect(bearLine("#reading list#  #books", tags)).toBeNull();
    expect(bearLine("- ==Deposit £2,000== by ~Friday~, ~~Thursday~~", tags)).toBe("- Deposit £2,000 by Friday, Thursday");
    expect(bearLine("[ ] Call Mum", tags)).toBe("- [ ] Call Mum");
    expect(bearLine("  [x] Pay the invoice", tags)).toBe("  - [x] Pay the invoice");
    expect(bearLine("![](assets/photo.jpg)", tags)).toBeNull();
    expect(bearLine("[image:9A1B2C3D/IMG_1.jpeg]", tags)).toBeNull();
    // (a heading's closing tag is no word of it; "invoice #042", "C#" and a link's "#section" are no tags)
    expect(bearLine("## Ideas #travel", tags)).toBe("## Ideas");
    expect(bearLine("Paid invoice #042 in C# see https://example.com/a#section", tags)).toBe("Paid invoice #042 in C# see https://example.com/a#section");
    expect(bearLine("Hotel:: Memmo Alfama", tags)).toBe("Hotel:: Memmo Alfama");
    // (a tag of several words is short and no sentence: the words up to a later "#" stay words)
    expect(bearLine("#work meeting with Sam at 3pm, then learn C#", tags)).toBe("work meeting with Sam at 3pm, then learn C#");
    expect([...tags]).toEqual(["home/kitchen", "todo", "reading list", "books", "travel", "work"]);
  });

  it("passes over a note in Bear's trash in a folder (an unzipped backup), and refuses a zipped bundle or backup alone, saying to unzip it", async () => {
    const trashed = bundle("backup", "Old wifi", "# Old wifi\n\nPassword: sunflower-22\n", bearInfo("2026-09-01T09:00:00Z", "ABC", { trashed: 1 }));
    expect(await passedOverInFolder(trashed)).toBe("a note in Bear's trash, not imported");
    expect(await folderFileFormat(trashed)).toBeNull();
    // (given alone, it is read: the user chose it)
    expect((await parsedConversations(trashed)).map((n) => n.title)).toEqual(["Old wifi"]);
    const pack = put("packs/Trip.textpack", zipOf({ "Content.textbundle/text.md": "# Trip", "Content.textbundle/info.json": "{}" }));
    expect(await importErrorOf(parsedConversations(pack))).toEqual({
      name: "ImportError",
      file: pack,
      location: "byte 0",
      message: "Trip.textpack: byte 0: a TextPack (a zipped TextBundle): unzip it, then import the .textbundle folder in it",
    });
    const backup = put("packs/Bear Notes 2026-12-01.bear2bk", zipOf({ "a.textbundle/text.markdown": "# A" }));
    expect((await importErrorOf(parsedConversations(backup))).message).toBe(
      "Bear Notes 2026-12-01.bear2bk: byte 0: a Bear backup (a ZIP of TextBundles): unzip it, then import its folder",
    );
  });

  it("names info.json, the field and the bundle a bad bundle is wrong in; a note with no words is passed over in a folder", async () => {
    const badDate = bundle("bad", "Kitchen", "# Kitchen\n\nDeposit due 4 December\n", bearInfo("yesterday", "X1"));
    expect(await importErrorOf(parsedConversations(badDate))).toEqual({
      name: "ImportError",
      file: join(dir, "bad", "Kitchen.textbundle", "info.json"),
      location: '["net.shinyfrog.bear"].creationDate',
      message: 'Kitchen.textbundle/info.json: ["net.shinyfrog.bear"].creationDate: expected a time (ISO 8601), got "yesterday"',
    });
    const notJson = bundle("bad", "Trip", "# Trip\n\nFlying on Thursday\n", '{ "version" : 2, ');
    const err = await importErrorOf(parsedConversations(notJson));
    expect([err.file, err.location, err.message.startsWith("Trip.textbundle/info.json: JSON: ")]).toEqual([
      join(dir, "bad", "Trip.textbundle", "info.json"),
      "JSON",
      true,
    ]);
    const notObject = bundle("bad", "Bike", "# Bike\n\nFrame WTU312\n", "[2]");
    expect((await importErrorOf(parsedConversations(notObject))).message).toBe(
      "Bike.textbundle/info.json: JSON: expected the bundle's meta data (an object), got [2]",
    );
    const utf8 = bundle("bad", "Gifts", "", null);
    writeFileSync(utf8, Buffer.concat([Buffer.from("# Gifts\n\nDad: Ottolenghi\nMum: "), Buffer.from([0xc3, 0x28]), Buffer.from("\n")]));
    expect(await importErrorOf(parsedConversations(utf8))).toEqual({
      name: "ImportError",
      file: utf8,
      location: "byte 30",
      message: "Gifts.textbundle/text.markdown: byte 30: not a text file (invalid UTF-8; save it as UTF-8)",
    });
    // (a note of its title only, or of tags and an image, has no words: a folder passes it over as any empty note)
    const empty = bundle("bad", "Untitled", "# Untitled\n#inbox\n![](assets/scan.jpg)\n", bearInfo("2026-11-02T10:00:00Z", "X2"));
    const none = await importErrorOf(parsedConversations(empty));
    expect([none.file, none.message]).toEqual([empty, "Untitled.textbundle/text.markdown: line 3: the note has no text"]);
    expect(isEmptyNote(Object.assign(new Error(none.message), { name: none.name }))).toBe(true);
  });
});

/**
 * Anki's "Notes in Plain Text" export (core/ingest/notes/anki.ts, anki-words.ts): a note per deck, each
 * Anki note one fact of the user's in words (a vocabulary card, a cloze filled in, a question with its
 * answer, a label with its value), of the file's modification time, its tags kept; the header lines of
 * Anki 2.1.55 and later, and the older export of none (its deck by its file's name, its tags told by
 * their order); quoted fields as the csv crate and the old exporter write them; detected by content as
 * a file and in a folder, never a note; an .apkg or .colpkg refused saying to export Notes in Plain
 * Text; imported again or exported later, only what is new; a bad file's error naming the file and line.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { folderFileFormat, importPaths, isEmptyNote, passedOverInFolder } from "../../core/api/import-check.js";
import { isAnkiExport } from "../../core/ingest/notes/anki.js";
import { fieldLines, noteWords } from "../../core/ingest/notes/anki-words.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { conversationItems } from "../../core/ingest/store.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "engram-anki-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** When the exports were saved. */
const SAVED = Date.UTC(2026, 10, 29, 20, 14, 5);

/** Writes `data` to `path` under the test's folder (its folders made), modified at `mtime` (epoch ms); returns its path. */
function put(path: string, data: string | Uint8Array, mtime = SAVED): string {
  const file = join(dir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, data);
  utimesSync(file, new Date(mtime), new Date(mtime));
  return file;
}

/** A note as the export writes it with every box ticked: guid, notetype, deck, its five fields (padded), tags. */
type Row = [guid: string, notetype: string, deck: string, fields: string[], tags: string];

/** The notes of all decks, in the order Anki keeps them. */
const ROWS: Row[] = [
  ["b9W)pLk2xE", "Basic", "Japanese::Travel", ["駅", "train station<br><i>eki</i>"], "japanese JLPT::N5 travel"],
  [
    "Tb2#kR7!wQ",
    "Cloze",
    "Physio::Anatomy",
    ["The {{c1::biceps brachii}} flexes the elbow and {{c2::supinates::what?}} the forearm.", "Innervated by the musculocutaneous nerve."],
    "anatomy::upper_limb",
  ],
  ["Mv7~Ue3:Pd", "Basic", "Personal", ["Mum's blood type", "O+"], "family"],
  ["pX7&w3Ls0j", "Basic", "Japanese::Travel", ["トイレはどこですか？", "Where is the toilet?[sound:toire.mp3]"], "japanese phrases"],
  [
    "Cs1#oI6{rT",
    "Cloze",
    "Physio::Anatomy",
    ['<img src="plexus.png"><br>The brachial plexus is formed from the {{c1::ventral rami of C5–T1}}.', 'Roots, trunks:\n"Randy Travis"'],
    "nerves",
  ],
  ["Kq1.xZ0,aB", "Basic", "Physio::Anatomy", ["Which nerve supplies the diaphragm?", "The phrenic nerve (C3–C5)"], ""],
  [
    "Jq9(tR2)uV",
    "Image Occlusion",
    "Physio::Anatomy",
    ["{{c1::image-occlusion:rect:left=.31:top=.20:width=.13:height=.06:oi=1}}<br>", '<img src="scapula.png">', "Scapula landmarks", "Acromion", ""],
    "anatomy::shoulder",
  ],
  ["Qe3!yH6@pL", "Basic", "Japanese::Travel", ['<img src="paste-5b2e.jpg">', ""], "japanese"],
];

/** A field as the Rust csv crate writes it with Anki's settings: quoted when it holds a tab, a quote, a line break or "#" (the comment character), its quotes doubled. */
function csvField(s: string): string {
  return /[\t"\r\n#]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** `rows` as Anki 2.1.55 and later export them: every box ticked, or all but the unique identifier ("Include unique identifier" unticked). */
function modern(rows: Row[], guids = true): string {
  const header = [
    "#separator:tab",
    "#html:true",
    ...(guids ? ["#guid column:1", "#notetype column:2", "#deck column:3", "#tags column:9"] : ["#notetype column:1", "#deck column:2", "#tags column:8"]),
  ];
  const records = rows.map(([guid, type, deck, fields, tags]) => [...(guids ? [guid] : []), type, deck, ...fields, ...Array(5 - fields.length).fill(""), tags]);
  return `${header.join("\n")}\n${records.map((r) => `${r.map(csvField).join("\t")}\n`).join("")}`;
}

/** All decks as Anki 2.1.55 and later export them, every box ticked: a guid holding "#" quoted, a field with quotes and a line break quoted, Basic notes padded to Image Occlusion's five fields. */
const ALL_DECKS = modern(ROWS);

/** An export of Anki 2.1.49 (no header: each note's fields then its tags, a field holding ' or " quoted, no line break after the last). */
const LOWER_LIMB = [
  `"The {{c1::quadriceps femoris}} extends the knee; it's supplied by the {{c2::femoral}} nerve."\t\tanatomy::lower_limb muscles`,
  "The {{c1::ACL}} stops the tibia sliding forward on the femur.\tTested with the <b>anterior drawer</b> test.\tanatomy::knee",
].join("\n");

describe("an export of Anki 2.1.55 and later", () => {
  it("is a note per deck, each Anki note one fact of the user's at the file's modification time, its tags and guid kept", async () => {
    const file = put("Anki/All Decks.txt", ALL_DECKS);
    expect(await detectFormat(file)).toBe("anki");
    const convs = await parsedConversations(file);
    expect(convs.map((c) => [c.format, c.externalId, c.title, c.participants, c.startedAt])).toEqual([
      ["note", "anki:Japanese::Travel", "Japanese / Travel", ["User"], SAVED],
      ["note", "anki:Physio::Anatomy", "Physio / Anatomy", ["User"], SAVED],
      ["note", "anki:Personal", "Personal", ["User"], SAVED],
    ]);
    expect(convs.flatMap((c) => c.turns.map((t) => [t.externalId, t.speaker, t.role, t.occurredAt, t.text]))).toEqual([
      ["駅", "User", "user", SAVED, 'The Japanese word for "train station" is 駅 (eki).'],
      ["トイレはどこですか？", "User", "user", SAVED, 'The Japanese for asking "Where is the toilet" is トイレはどこですか？'],
      [
        "The biceps brachii flexes the elbow and supinates the forearm.",
        "User",
        "user",
        SAVED,
        "The biceps brachii flexes the elbow and supinates the forearm (innervated by the musculocutaneous nerve).",
      ],
      [
        "The brachial plexus is formed from the ventral rami of C5–T1.",
        "User",
        "user",
        SAVED,
        'The brachial plexus is formed from the ventral rami of C5–T1 (roots, trunks: "Randy Travis").',
      ],
      ["Which nerve supplies the diaphragm?", "User", "user", SAVED, 'The answer to "Which nerve supplies the diaphragm" is the phrenic nerve (C3–C5).'],
      ["Scapula landmarks: Acromion.", "User", "user", SAVED, "Scapula landmarks: Acromion."],
      ["Mum's blood type", "User", "user", SAVED, "Mum's blood type: O+."],
    ]);
    expect(convs[0]!.turns[0]!.metadata).toEqual({
      line: 7,
      undated: true,
      tags: ["japanese", "JLPT::N5", "travel"],
      anki: { guid: "b9W)pLk2xE", notetype: "Basic", deck: "Japanese::Travel" },
    });
    // (the quoted guid holding "#" is the note's, not a comment; a note with no tags has none)
    expect(convs[1]!.turns.map((t) => [t.metadata.line, (t.metadata.anki as { guid: string }).guid, t.metadata.tags])).toEqual([
      [8, "Tb2#kR7!wQ", ["anatomy::upper_limb"]],
      [11, "Cs1#oI6{rT", ["nerves"]],
      [13, "Kq1.xZ0,aB", undefined],
      [14, "Jq9(tR2)uV", ["anatomy::shoulder"]],
    ]);
    // (the user's own words: file sources of trust user; a picture's card of no words passed over)
    expect(conversationItems(convs[2]!).map((i) => [i.source.kind, i.source.trust])).toEqual([["file", "user"]]);
    expect(await validateExport(file)).toMatchObject({ format: "anki", conversations: 3, turns: 7 });
  });

  it("reads an export without HTML, deck or tags: the deck its file is named by, another separator Anki names", async () => {
    const plain = put("Japanese__Travel.txt", "#separator:tab\n#html:false\nいくらですか\tHow much is it?\n水\twater\n");
    const [c] = await parsedConversations(plain);
    expect(c).toMatchObject({ externalId: "anki:Japanese::Travel", title: "Japanese / Travel" });
    expect(c!.turns.map((t) => t.text)).toEqual(['The Japanese for asking "How much is it" is いくらですか.', 'The Japanese word for "water" is 水.']);
    // (a file made for import: "#separator:Semicolon", "#deck:", "#tags:"; a file of all decks names none)
    const semi = put("All Decks.txt", "#separator:Semicolon\n#html:true\n#deck:Spanish\n#tags:imported\ncomer;to eat\n");
    const [s] = await parsedConversations(semi);
    expect(s).toMatchObject({ externalId: "anki:Spanish", title: "Spanish" });
    expect(s!.turns.map((t) => [t.text, t.metadata.tags])).toEqual([['The Spanish word for "to eat" is comer.', ["imported"]]]);
    const none = put("Selected Notes.txt", "#separator:tab\n#html:true\nMum's blood type\tO+\n");
    const [n] = await parsedConversations(none);
    expect(n).toMatchObject({ externalId: "anki:Selected Notes.txt", title: null });
  });
});

describe("an export of Anki 2.1.49 and before", () => {
  it("reads notes with no header, the deck its file names, the last field the tags when every row's is a list of tags", async () => {
    const file = put("Physio__Anatomy__Lower limb.txt", LOWER_LIMB, Date.UTC(2026, 2, 14, 15, 2, 41));
    expect(await detectFormat(file)).toBe("anki");
    const [c, more] = await parsedConversations(file);
    expect(more).toBeUndefined();
    expect(c).toMatchObject({ externalId: "anki:Physio::Anatomy::Lower limb", title: "Physio / Anatomy / Lower limb" });
    expect(c!.turns.map((t) => [t.occurredAt, t.text, t.metadata])).toEqual([
      [
        Date.UTC(2026, 2, 14, 15, 2, 41),
        "The quadriceps femoris extends the knee; it's supplied by the femoral nerve.",
        { line: 1, undated: true, tags: ["anatomy::lower_limb", "muscles"], anki: { deck: "Physio::Anatomy::Lower limb" } },
      ],
      [
        Date.UTC(2026, 2, 14, 15, 2, 41),
        "The ACL stops the tibia sliding forward on the femur (tested with the anterior drawer test).",
        { line: 2, undated: true, tags: ["anatomy::knee"], anki: { deck: "Physio::Anatomy::Lower limb" } },
      ],
    ]);
  });

  it("reads an export of plain words, no tags, as Anki's when told so; by itself it is no Anki export", async () => {
    const file = put("French.txt", "la gare\tthe train station\nle billet\tthe ticket\n");
    expect(await detectFormat(file)).toBe("note");
    const [c] = await parsedConversations(file, "anki");
    expect(c!.turns.map((t) => [t.text, t.metadata.tags])).toEqual([
      ['The French word for "the train station" is la gare.', undefined],
      ['The French word for "the ticket" is le billet.', undefined],
    ]);
  });
});

describe("a note in words", () => {
  const note = (fields: string[], more: { notetype?: string; deck?: string; tags?: string[]; html?: boolean } = {}) =>
    noteWords({ fields, notetype: more.notetype ?? null, deck: more.deck ?? null, tags: more.tags ?? [], html: more.html ?? true });

  it("fills clozes in (hints, nested ones, several numbers), reads Anki's HTML and leaves pictures and sounds out", () => {
    expect(fieldLines("{{c1::Canberra::city}} is the capital of {{c2::Australia}}.", true)).toEqual(["Canberra is the capital of Australia."]);
    expect(fieldLines("{{c1::The {{c2::mitral}} valve}} has {{c1,3::two}} cusps.", true)).toEqual(["The mitral valve has two cusps."]);
    expect(fieldLines('<div>one&nbsp;two</div><div><b>three</b> [sound:three.mp3]</div><img src="x.png">', true)).toEqual(["one two", "three"]);
    expect(fieldLines("<ruby>駅<rt>えき</rt></ruby>に 行[い]きます", true)).toEqual(["駅(えき)に 行 (い)きます"]);
    expect(fieldLines("a <b>bold</b> word", false)).toEqual(["a <b>bold</b> word"]);
  });

  it("tells a vocabulary card by the language its deck, tags or script names, its reading under the meaning", () => {
    expect(note(["駅", "train station<br>えき (eki)"])).toBe('The Japanese word for "train station" is 駅 (えき, eki).');
    expect(note(["water", "물"], { deck: "Languages" })).toBe('The Korean word for "water" is 물.');
    expect(note(["水", "water"], { deck: "Mandarin HSK1" })).toBe('The Mandarin word for "water" is 水.');
    expect(note(["вокзал", "railway station"])).toBe('The Russian word for "railway station" is вокзал.');
    expect(note(["", "新幹線 (しんかんせん): the bullet train"], { tags: ["japanese"] })).toBe(
      'The Japanese word for "the bullet train" is 新幹線 (しんかんせん).',
    );
    // (words of the Latin script are no language's but the one the deck names)
    expect(note(["Biceps", "flexes the elbow"], { deck: "Anatomy" })).toBe("Biceps: flexes the elbow.");
  });

  it("says a question with its answer, a label with its value, and an occlusion by its header; none for a picture alone", () => {
    expect(note(["What is the capital of Australia?", "Canberra"])).toBe('The answer to "What is the capital of Australia" is Canberra.');
    expect(note(["Locker code", "2958"])).toBe("Locker code: 2958.");
    expect(note(["Front", "Back", "y"], { notetype: "Basic (optional reversed card)" })).toBe("Front: Back.");
    expect(
      note(["{{c1::image-occlusion:rect:left=.1:top=.2:width=.3:height=.2:oi=1}}", '<img src="a.png">', "", "", ""], { notetype: "Image Occlusion" }),
    ).toBeNull();
    expect(note(['<img src="a.png">', "[sound:a.mp3]"])).toBeNull();
  });
});

describe("detection", () => {
  it("tells an export by its header lines or an older one's notes, whatever its name; no note, Org file or table for one", async () => {
    expect(isAnkiExport("#separator:tab\n#html:true\n#tags column:3\nfront\tback\t\n", true)).toBe(true);
    expect(isAnkiExport("#html:false\nfront\tback\n", true)).toBe(true);
    expect(isAnkiExport("#deck column:3\nfront\tback\n", true)).toBe(false);
    expect(isAnkiExport("#+TITLE: Tasks\n* TODO Call Mum\n", true)).toBe(false);
    expect(isAnkiExport("# Shopping\n- eggs\n", true)).toBe(false);
    expect(isAnkiExport("The {{c1::ACL}} stops the tibia sliding forward.\t\tknee\n", true)).toBe(true);
    expect(isAnkiExport("Name\tPhone\nSam\t07700 900123\n", true)).toBe(false);
    const named = put("flashcards backup.txt", ALL_DECKS);
    expect(await detectFormat(named)).toBe("anki");
    expect(await detectFormat(put("notes.txt", "# Anki\n\nI should export my decks tonight.\n"))).toBe("note");
  });

  it("reads an export in a folder, and passes over an .apkg or .colpkg beside it, saying to export Notes in Plain Text", async () => {
    const txt = put("Anki/All Decks.txt", ALL_DECKS);
    const legacy = put("Anki/Physio__Anatomy__Lower limb.txt", LOWER_LIMB);
    const apkg = put("Anki/Japanese - Genki I.apkg", zip("collection.anki2"));
    const colpkg = put("Anki/collection-2026-11-29@20-14-05.colpkg", zip("meta"));
    expect(importPaths(join(dir, "Anki")).map((p) => p.file.slice(dir.length + 1))).toEqual([
      "Anki/All Decks.txt",
      "Anki/Japanese - Genki I.apkg",
      "Anki/Physio__Anatomy__Lower limb.txt",
      "Anki/collection-2026-11-29@20-14-05.colpkg",
    ]);
    expect(await folderFileFormat(txt)).toBe("anki");
    expect(await folderFileFormat(legacy)).toBe("anki");
    expect(await passedOverInFolder(apkg)).toBe(
      'an Anki deck package (.apkg), a database Engram does not open: in Anki, choose File → Export…, "Notes in Plain Text (.txt)" with "Include deck name" and "Include tags" ticked, and import the .txt it saves',
    );
    expect(await folderFileFormat(apkg)).toBeNull();
    expect(await passedOverInFolder(colpkg)).toMatch(/^an Anki collection package \(\.colpkg\), a database Engram does not open: /);
  });
});

/** A ZIP's start as an Anki package's: its first entry's local header, named `name` (its data left out). */
function zip(name: string): Uint8Array {
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(Buffer.byteLength(name), 26);
  return new Uint8Array(Buffer.concat([header, Buffer.from(name), Buffer.from("SQLite format 3\0")]));
}

describe("an Anki package", () => {
  it("is refused, alone or given as anki, saying to export Notes in Plain Text, whatever its name", async () => {
    const apkg = put("Genki.apkg", zip("collection.anki21"));
    const message =
      'Genki.apkg: byte 0: an Anki deck package (.apkg), a database Engram does not open: in Anki, choose File → Export…, "Notes in Plain Text (.txt)" with "Include deck name" and "Include tags" ticked, and import the .txt it saves';
    expect(await importErrorOf(detectFormat(apkg))).toMatchObject({ file: apkg, location: "byte 0", message });
    expect(await importErrorOf(parsedConversations(apkg, "anki"))).toMatchObject({ location: "byte 0", message });
    // (renamed: told by its first entry, Anki's collection)
    const renamed = put("deck.zip", zip("collection.anki2"));
    expect((await importErrorOf(detectFormat(renamed))).message).toMatch(/^deck\.zip: byte 0: an Anki deck package \(\.apkg\)/);
    expect((await importErrorOf(detectFormat(put("photos.zip", zip("IMG_0001.jpg"))))).message).toBe(
      "photos.zip: byte 0: a ZIP archive: unzip it, then import its folder or a file in it",
    );
  });
});

describe("importing again", () => {
  const hashes = async (file: string) => (await parsedConversations(file)).flatMap((c) => conversationItems(c).map((i) => i.source.contentHash));

  it("adds nothing from the same notes exported again later, with or without their guids; only a note new or changed", async () => {
    const earlier = await hashes(put("1/All Decks.txt", ALL_DECKS));
    expect(await hashes(put("2/All Decks.txt", ALL_DECKS, SAVED + 86_400_000))).toEqual(earlier);
    // (exported a week later without the unique identifier: a note added, one changed)
    const rows = ROWS.map((r): Row => (r[0] === "Mv7~Ue3:Pd" ? [r[0], r[1], r[2], ["Mum's blood type", "O negative"], r[4]] : r));
    const later = modern([...rows, ["Zq5*hJ2+oN", "Basic", "Japanese::Travel", ["空港", "airport"], "japanese"]], false);
    const next = await hashes(put("3/All Decks.txt", later, SAVED + 7 * 86_400_000));
    expect(next.filter((h) => !earlier.includes(h))).toHaveLength(2);
    expect(earlier.filter((h) => !next.includes(h))).toHaveLength(1);
  });
});

describe("a bad file", () => {
  it("is refused naming the file and line: a separator, a flag or a column that is none, a quote never closed, no note of words", async () => {
    const sep = put("sep.txt", "#separator:slash\n#html:true\na\tb\n");
    expect(await importErrorOf(parsedConversations(sep))).toMatchObject({
      name: "ImportError",
      file: sep,
      location: "line 1",
      message: 'sep.txt: line 1: "#separator:slash": expected tab, comma, semicolon, space, pipe or colon',
    });
    const html = put("html.txt", "#separator:tab\n#html:yes\na\tb\n");
    expect(await importErrorOf(parsedConversations(html))).toMatchObject({
      location: "line 2",
      message: 'html.txt: line 2: "#html:yes": expected true or false',
    });
    const column = put("column.txt", "#separator:tab\n#html:true\n#tags column:three\na\tb\tc\n");
    expect(await importErrorOf(parsedConversations(column))).toMatchObject({
      location: "line 3",
      message: 'column.txt: line 3: "#tags column:three": expected a column\'s number (1 for the first)',
    });
    const quote = put("quote.txt", '#separator:tab\n#html:true\nfront\t"back never closed\nnext\tcard\n');
    expect(await importErrorOf(parsedConversations(quote))).toMatchObject({ file: quote, name: "ImportError" });
    expect((await importErrorOf(parsedConversations(quote))).location).toMatch(/^line \d+$/);
    const pictures = put("pictures.txt", '#separator:tab\n#html:true\n<img src="a.png">\t[sound:a.mp3]\n');
    const err = await importErrorOf(parsedConversations(pictures));
    expect(err).toMatchObject({ location: "line 3", message: "pictures.txt: line 3: the note has no text: an Anki export of 1 note, none with words" });
    expect(isEmptyNote(Object.assign(new Error(err.message), { name: "ImportError" }))).toBe(true);
    const words = put("words.md", "Just a note.\n");
    expect(await importErrorOf(parsedConversations(words, "anki"))).toMatchObject({
      location: "line 1",
      message: 'words.md: line 1: not an Anki export: expected its header ("#separator:tab") or a note\'s fields separated by tabs',
    });
  });
});

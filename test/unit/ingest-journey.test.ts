import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, passedOverInFolder, whyPassedOver } from "../../core/api/import-check.js";
import { htmlLines } from "../../core/ingest/kit/html-lines.js";
import { journeyLines, journeyPassedOver, placeAndWeather, wallClock } from "../../core/ingest/notes/journey.js";
import { detectFormat } from "../../core/ingest/parse.js";
import { turnHash } from "../../core/ingest/store.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-journey-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `text` (or bytes) to `name` under the test's folder, its folders made; returns its path. */
function write(name: string, text: string | Uint8Array): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** The largest double: what Journey writes for a place or a temperature it has none of. */
const NONE = Number.MAX_VALUE;

/** An entry's fields as Journey writes them, `over` given. */
function entry(over: Record<string, unknown>): Record<string, unknown> {
  return {
    id: "1792264988000-3c8a2e7f1b90d465",
    date_modified: 1792265083000,
    date_journal: 1792265400000,
    timezone: "Europe/London",
    text: "",
    preview_text: "",
    mood: 0,
    lat: NONE,
    lon: NONE,
    address: "",
    label: "",
    folder: "",
    sentiment: 0,
    favourite: false,
    music_title: "",
    music_artist: "",
    photos: [],
    weather: { id: -1, degree_c: NONE, description: "", icon: "", place: "" },
    tags: [],
    type: "html",
    ...over,
  };
}

/** An entry as Journey's iPhone app writes it: its keys in its own order, "/" escaped, a temperature's seventeen digits. */
function phoneJson(e: Record<string, unknown>): string {
  const order = ["mood", "favourite", "date_modified", "sentiment", "tags", "folder", "type", "address", "label", "date_journal", "photos", "lon", "weather"];
  const rest = Object.keys(e).filter((k) => !order.includes(k));
  const phone = Object.fromEntries([...order, ...rest].map((k) => [k, e[k]]));
  return JSON.stringify(phone, null, 2)
    .replace(/\//g, "\\/")
    .replace(/"degree_c": 8\.3\b/, '"degree_c": 8.3000000000000007');
}

const LAKES = entry({
  date_journal: Date.UTC(2026, 9, 17, 19, 30),
  text: '<p dir="auto">Made it to the Lake District with Sam!&nbsp;</p>\n<p dir="auto"></p>\n<p dir="auto">The cottage has a woodburner. I read <em>Wild Geese </em>by the fire and got <strong>absolutely</strong> soaked on the walk.</p>\n<p dir="auto"></p>',
  preview_text: '<p dir="auto">Made it to the Lake District with Sam!&nbsp;</p>\n<p dir="auto"></p>\n<p dir="auto">The cottage has a wo',
  address: "Easedale Road, Grasmere, Ambleside LA22 9QN, UK",
  lat: 54.4601,
  lon: -3.0265,
  weather: { id: -1, degree_c: 8.3, description: "Light rain", icon: "10d", place: "Grasmere" },
  tags: ["travel", "Sam"],
  photos: ["1792264988000-3c8a2e7f1b90d465-k2v9q4w1z8x3m5n7.jpg"],
  mood: 5,
  sentiment: 1.1,
});

describe("a Journey diary (its Export as JSON (ZIP), unzipped)", () => {
  it("reads an entry as a note of the user's: titled by its first line, of its time on its zone's clock, its place and weather said, its tags kept", async () => {
    const file = write("export/1792264988000-3c8a2e7f1b90d465.json", phoneJson(LAKES));
    expect(await detectFormat(file)).toBe("journey");
    expect(await folderFileFormat(file)).toBe("journey");
    const [note, ...more] = await parsedConversations(file);
    expect(more).toEqual([]);
    expect([note!.format, note!.externalId, note!.title, new Date(note!.startedAt!).toISOString()]).toEqual([
      "note",
      "journey:1792264988000-3c8a2e7f1b90d465",
      "Made it to the Lake District with Sam!",
      // (19:30 UTC is 20:30 in London in October: the diarist's wall clock, read as UTC)
      "2026-10-17T20:30:00.000Z",
    ]);
    expect(note!.turns.map((t) => t.text)).toEqual([
      "Made it to the Lake District with Sam!",
      // (italics are a title's marks: the book's title in quotes, the space at their edge outside them; bold is its words)
      'The cottage has a woodburner. I read "Wild Geese" by the fire and got absolutely soaked on the walk.',
      "I was at Easedale Road, Grasmere, Ambleside LA22 9QN, UK.",
      "The weather in Grasmere was light rain, 8°C.",
    ]);
    expect(note!.turns.map((t) => [t.speaker, t.role, new Date(t.occurredAt).toISOString(), t.metadata.tags])).toEqual(
      Array(4).fill(["User", "user", "2026-10-17T20:30:00.000Z", ["travel", "Sam"]]),
    );
  });

  it("reads the web app's entry, keys in order: its list, no place nor weather when Journey has none, the day after midnight on the diarist's clock", async () => {
    const file = write(
      "export/1792884000000-a2b4c6d8e0f13579.json",
      JSON.stringify(
        entry({
          id: "1792884000000-a2b4c6d8e0f13579",
          // (23:30 UTC on Saturday 24 October is 00:30 on Sunday 25 October in London)
          date_journal: Date.UTC(2026, 9, 24, 23, 30),
          text: '<p dir="auto">Saw Dr Mensah about the headaches.</p>\n<p dir="auto">Her advice:</p>\n<ul>\n<li dir="auto">drink 2 litres of water a day</li>\n<li dir="auto">the 20-20-20 rule for screens</li>\n</ul>',
        }),
        null,
        4,
      ),
    );
    expect(await detectFormat(file)).toBe("journey");
    const [note] = await parsedConversations(file);
    expect([note!.title, new Date(note!.startedAt!).toISOString(), note!.turns.map((t) => t.text)]).toEqual([
      "Saw Dr Mensah about the headaches.",
      "2026-10-25T00:30:00.000Z",
      // (its paragraphs, then its list, one turn with the line that introduces it: the items had been
      // turns of their own, "Her advice:" one that said nothing)
      ["Saw Dr Mensah about the headaches.", "Her advice: drink 2 litres of water a day; the 20-20-20 rule for screens."],
    ]);
    // (no tags: none in its turns' metadata)
    expect(note!.turns.every((t) => t.metadata.tags === undefined)).toBe(true);
  });

  it("reads an older entry's Markdown, titled by its heading, and plain text as lines; a zone it does not know read as UTC", async () => {
    const md = write(
      "older/1580000000000-0a1b2c3d4e5f6a7b.json",
      JSON.stringify(
        entry({
          id: "1580000000000-0a1b2c3d4e5f6a7b",
          date_journal: Date.UTC(2020, 0, 26, 9, 15),
          timezone: "",
          type: "markdown",
          text: "# Gran's 90th\n\nParty at the **Lamb & Flag**, 1pm.\nCake from Patisserie Valerie.",
        }),
      ),
    );
    const [note] = await parsedConversations(md);
    expect([note!.title, new Date(note!.startedAt!).toISOString(), note!.turns.map((t) => t.text)]).toEqual([
      "Gran's 90th",
      "2020-01-26T09:15:00.000Z",
      ["Party at the Lamb & Flag, 1pm.\nCake from Patisserie Valerie."],
    ]);
    expect(journeyLines("Dear diary,\nrained all day.", "html")).toEqual(["Dear diary,", "rained all day."]);
    expect(wallClock(Date.UTC(2026, 6, 1, 12), "Mars/Olympus_Mons")).toBe(Date.UTC(2026, 6, 1, 12));
    expect(wallClock(Date.UTC(2026, 6, 1, 12), "America/New_York")).toBe(Date.UTC(2026, 6, 1, 8));
  });

  it("says the place and the weather only as far as Journey recorded them", () => {
    expect(placeAndWeather("", { id: -1, degree_c: NONE, description: "", icon: "", place: "" })).toEqual([]);
    expect(placeAndWeather("Market Square, Keswick", { degree_c: 10.1, description: "Few clouds", place: "" })).toEqual([
      "I was at Market Square, Keswick.",
      "The weather was few clouds, 10°C.",
    ]);
    expect(placeAndWeather(" ", { degree_c: -2.6, description: "", place: "Oslo" })).toEqual(["It was -3°C in Oslo."]);
    expect(placeAndWeather(undefined, { degree_c: NONE, description: "Light snow", place: "Oslo" })).toEqual(["The weather in Oslo was light snow."]);
  });

  it("keeps italics as Markdown only in a dialect that asks for them", () => {
    const dialect = {
      silent: new Set<string>(),
      line: new Set(["p"]),
      paragraph: new Set(["p"]),
      heading: (n: number) => n,
      links: false,
      plainTextLines: false,
      checklists: false,
    };
    const html = "<p>We did <em> Tomorrow, and Tomorrow</em>, then <i></i>tea.</p>";
    expect(htmlLines(html, { ...dialect, emphasis: true })).toEqual(["We did *Tomorrow, and Tomorrow*, then tea."]);
    expect(htmlLines(html, dialect)).toEqual(["We did Tomorrow, and Tomorrow, then tea."]);
  });

  it("lists a folder's entries and photos, reads the entries and passes over the photos and an entry of only photos, saying why", async () => {
    const folder = join(dir, "journey-1795205052000");
    write("journey-1795205052000/1792264988000-3c8a2e7f1b90d465.json", phoneJson(LAKES));
    write("journey-1795205052000/1792264988000-3c8a2e7f1b90d465-k2v9q4w1z8x3m5n7.jpg", new Uint8Array([0xff, 0xd8, 0xff, 0xd9]));
    write(
      "journey-1795205052000/1792324688000-e5d4c3b2a1f09876.json",
      phoneJson(entry({ id: "1792324688000-e5d4c3b2a1f09876", photos: ["1792324688000-e5d4c3b2a1f09876-h7j3k9l2z5x8c1v4.png"], address: "Keswick" })),
    );
    write("journey-1795205052000/1792324688000-e5d4c3b2a1f09876-h7j3k9l2z5x8c1v4.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
    write("journey-1795205052000/1792324688000-e5d4c3b2a1f09876-q1w2e3r4t5y6u7i8.m4a", new Uint8Array([0, 0, 0, 0x20]));
    // (a photo with no entry beside it is no Journey export's: not listed)
    write("journey-1795205052000/holiday.jpg", new Uint8Array([0xff, 0xd8, 0xff, 0xd9]));
    expect(importPaths(folder).map((p) => p.file.slice(folder.length + 1))).toEqual([
      "1792264988000-3c8a2e7f1b90d465-k2v9q4w1z8x3m5n7.jpg",
      "1792264988000-3c8a2e7f1b90d465.json",
      "1792324688000-e5d4c3b2a1f09876-h7j3k9l2z5x8c1v4.png",
      "1792324688000-e5d4c3b2a1f09876-q1w2e3r4t5y6u7i8.m4a",
      "1792324688000-e5d4c3b2a1f09876.json",
    ]);
    const why: Record<string, string> = {};
    const read: string[] = [];
    for (const { file } of importPaths(folder)) {
      const name = file.slice(folder.length + 1);
      const aside = await passedOverInFolder(file);
      if (aside) {
        expect(await folderFileFormat(file)).toBeNull();
        why[name] = aside;
        continue;
      }
      expect(await folderFileFormat(file)).toBe("journey");
      const err = await checkImportFile(file, "journey").then(
        () => null,
        (e: unknown) => e,
      );
      if (err === null) read.push(name);
      else why[name] = isEmptyNote(err) ? whyPassedOver(err) : String(err);
    }
    expect(read).toEqual(["1792264988000-3c8a2e7f1b90d465.json"]);
    expect(why).toEqual({
      "1792264988000-3c8a2e7f1b90d465-k2v9q4w1z8x3m5n7.jpg":
        "a photo of a Journey entry, no words (its entry is read from 1792264988000-3c8a2e7f1b90d465.json)",
      "1792324688000-e5d4c3b2a1f09876-h7j3k9l2z5x8c1v4.png":
        "a photo of a Journey entry, no words (its entry is read from 1792324688000-e5d4c3b2a1f09876.json)",
      "1792324688000-e5d4c3b2a1f09876-q1w2e3r4t5y6u7i8.m4a":
        "a voice note of a Journey entry, no words (its entry is read from 1792324688000-e5d4c3b2a1f09876.json)",
      "1792324688000-e5d4c3b2a1f09876.json": "a Journey entry with only a photo, no note",
    });
    expect(journeyPassedOver(join(folder, "holiday.jpg"))).toBeNull();
  });

  it("adds from a later export only the entries new or edited since", async () => {
    const first = entry({ id: "1791232388000-9d3f0b6c2a7e4f18", date_journal: Date.UTC(2026, 9, 5, 20, 40), text: '<p dir="auto">First day at Northway.</p>' });
    const second = entry({ id: "1791493388000-b71e5a09c4d2f836", date_journal: Date.UTC(2026, 9, 8, 21, 10), text: '<p dir="auto">Standup is at 9:15.</p>' });
    const third = entry({ id: "1792264988000-3c8a2e7f1b90d465", date_journal: Date.UTC(2026, 9, 17, 19, 30), text: '<p dir="auto">The Lakes!</p>' });
    for (const e of [first, second]) write(`before/${e.id}.json`, phoneJson(e));
    for (const e of [first, { ...second, text: '<p dir="auto">Standup is at 9:30 now.</p>' }, third]) write(`after/${e.id}.json`, JSON.stringify(e, null, 4));
    const hashes = async (folder: string) => {
      const out: Array<{ entry: string; hash: string }> = [];
      for (const { file } of importPaths(join(dir, folder)))
        for (const n of await parsedConversations(file)) for (const t of n.turns) out.push({ entry: n.externalId, hash: turnHash(n, t) });
      return out;
    };
    const stored = new Set((await hashes("before")).map((h) => h.hash));
    expect((await hashes("after")).filter((h) => !stored.has(h.hash)).map((h) => h.entry)).toEqual([
      "journey:1791493388000-b71e5a09c4d2f836",
      "journey:1792264988000-3c8a2e7f1b90d465",
    ]);
  });

  it("is no other JSON: an object without Journey's date is not one", async () => {
    const other = write("other/settings.json", JSON.stringify({ text: "Hello", theme: "dark", date: 1792264988000 }));
    expect(await folderFileFormat(other)).toBeNull();
  });

  it("names the file and the field or the byte, line and column of a bad entry", async () => {
    const cases: Array<[string, string, string]> = [
      [
        "1792264988000-aaaaaaaaaaaaaaaa.json",
        '{\n  "id": "1792264988000-aaaaaaaaaaaaaaaa",\n  "date_journal": 1792264988000,\n  "text": "<p>Hi</p>",\n  "tags": ["a",]\n}',
        "1792264988000-aaaaaaaaaaaaaaaa.json: byte 115 (line 5, column 16): invalid JSON in a Journey entry: expected a value, got ']'",
      ],
      [
        "1792264988000-bbbbbbbbbbbbbbbb.json",
        JSON.stringify(entry({ date_journal: "yesterday", text: "<p>Hi</p>" })),
        '1792264988000-bbbbbbbbbbbbbbbb.json: date_journal: expected the entry\'s time in ms since 1970, got "yesterday"',
      ],
      [
        "1792264988000-cccccccccccccccc.json",
        JSON.stringify(entry({ text: "<p>Hi</p>", tags: "work" })),
        '1792264988000-cccccccccccccccc.json: tags: expected a list of tags, got "work"',
      ],
      [
        "1792264988000-dddddddddddddddd.json",
        JSON.stringify(entry({ text: '<p dir="auto"></p>' })),
        "1792264988000-dddddddddddddddd.json: text: the note has no text: a Journey entry with no words",
      ],
    ];
    for (const [name, text, message] of cases) {
      const file = write(`bad/${name}`, text);
      expect((await importErrorOf(parsedConversations(file, "journey"))).message).toBe(message);
    }
    // (an array given as a Journey entry)
    const array = write("bad/list.json", "[1, 2]");
    expect((await importErrorOf(parsedConversations(array, "journey"))).message).toBe(
      "list.json: byte 0: expected a Journey entry (a JSON object), got an array",
    );
  });
});

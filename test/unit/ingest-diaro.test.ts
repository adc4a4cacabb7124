/**
 * A Diaro diary's backup (core/ingest/notes/diaro.ts): DiaroBackup.xml as Diaro's ExportToXml writes it (no XML declaration,
 * `<data version="2">`, a table per kind of row in Diaro's order, each column a line, titles, texts, addresses and file names
 * escaped, a mood's title and the weather's words not; the demo folders, tags, location, entry and templates Diaro installs),
 * with its `media/photo/` folder beside it. Each entry a note of its day on its offset's clock, its place, weather and mood said
 * after its words; told by its start whatever its name and not mistaken for its neighbours; read alone, in a folder and with
 * --format; importing again adds nothing, a later backup only the new; a bad backup refused naming the file, the line and the
 * column, and nothing stored.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { folderFileFormat, importPaths, isEmptyNote, passedOverInFolder, whyPassedOver } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { diaroPassedOver, isDiaroBackup } from "../../core/ingest/notes/diaro.js";
import { importFile } from "../../core/ingest/import.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "engram-diaro-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

/** Writes `text` (or bytes) to `name` under the test's folder, its folders made; returns its path. */
function put(name: string, text: string | Uint8Array): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** Apache Commons' escapeXml11, as Diaro escapes titles, texts, addresses and file names. */
function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

/** A table as ExportToXml writes it (its rows' columns a line each, indented three spaces); nothing for a table with no rows. */
function table(name: string, rows: Array<Record<string, string>>): string {
  if (rows.length === 0) return "";
  return `\n<table name="${name}">${rows
    .map(
      (r) =>
        `\n<r>${Object.entries(r)
          .map(([k, v]) => `\n   <${k}>${v}</${k}>`)
          .join("")}\n</r>`,
    )
    .join("")}\n</table>`;
}

/** An entry's row with Diaro's defaults for the columns not given: no folder, place, tags, photo, weather or mood. */
function entry(over: Record<string, string>): Record<string, string> {
  return {
    uid: "",
    date: "",
    tz_offset: "+00:00",
    title: "",
    text: "",
    folder_uid: "",
    location_uid: "",
    tags: "",
    primary_photo_uid: "",
    weather_temperature: "0.0",
    weather_icon: "",
    weather_description: "",
    mood: "0",
    ...over,
  };
}

const VACATIONS = "ec61fc61f7618879b42d938c07a3eda3";
const HEALTH = "b588f8319af292ac14247db55561059f";
const KYOTO_TAG = "0c1f4a7e2b3d5c6e8f9a0b1c2d3e4f5a";
const KNEE_TAG = "5e4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b";
const INARI = "a7c9e1f3b5d7092b4d6f8a0c2e4a6c8e";
const LUZ = "3b5d7f9a1c3e5a7c9e1b3d5f7a9c1e3b";
const DEMO = "48b6afc3a21d255ef0cbe3ec758be441";

const FOLDERS = table("diaro_folders", [
  { uid: VACATIONS, title: "Vacations", color: "#FF9800", pattern: "" },
  { uid: HEALTH, title: "Health", color: "#E91E63", pattern: "" },
]);
const TAGS = table("diaro_tags", [
  { uid: "2a2542f9e61a9a1d3b83ae31889ac954", title: "Dream" },
  { uid: KYOTO_TAG, title: "Kyoto" },
  { uid: KNEE_TAG, title: esc("knee & physio") },
]);
const MOODS = table(
  "diaro_moods",
  [
    ["1", "Awesome", "mood_1happy", "5"],
    ["2", "Happy", "mood_2smile", "4"],
    ["3", "Neutral", "mood_3neutral", "3"],
    ["4", "Bad", "mood_4unhappy", "2"],
    ["5", "Awful", "mood_5teardrop", "1"],
    ["9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a", "Grateful", "mood_1happy", "5"],
  ].map(([uid, title, icon, weight]) => ({ uid: uid!, title: title!, icon: icon!, color: "#616161", weight: weight! })),
);
const LOCATIONS = table("diaro_locations", [
  { uid: "9f5ae4433ea9c6c78192aa16b62f1eed", title: "Cocoa Island, The Maldives", address: "Male, Maldives", lat: "3.91786", lng: "73.4676353", zoom: "17" },
  {
    uid: INARI,
    title: "Fushimi Inari Taisha",
    address: "68 Fukakusa Yabunouchicho, Fushimi Ward, Kyoto 612-0882, Japan",
    lat: "34.967146",
    lng: "135.772695",
    zoom: "15",
  },
  {
    uid: LUZ,
    title: "",
    address: esc("Hospital da Luz Arrábida, Praceta de Henrique Moreira 150, Vila Nova de Gaia"),
    lat: "41.138315",
    lng: "-8.637462",
    zoom: "16",
  },
]);

/** Diaro's demo entry, still in the diary since the app was installed. */
const DEMO_ENTRY = entry({
  uid: DEMO,
  date: "1732993361118",
  title: esc("📒 Get started with Diaro app!"),
  text: esc("Preserve your special memories, store personal moments & experiences, ideas, feelings and keep track of your life with help of Diaro."),
  folder_uid: VACATIONS,
  location_uid: "9f5ae4433ea9c6c78192aa16b62f1eed",
  primary_photo_uid: "f497a8b650b6d44fb13a61b321176348",
});
/** 14 October 2025, 20:30 in Kyoto (+09:00): 11:30 UTC. */
const BIRTHDAY = entry({
  uid: "dde15acff6846eacee3ab35b37b39b48",
  date: String(Date.UTC(2025, 9, 14, 11, 30)),
  tz_offset: "+09:00",
  title: "35!",
  text: esc('My 35th birthday! We walked the torii gates at Fushimi Inari before the crowds.\n\nRui\'s present: a tenugui with little "Shiba" dogs on it.'),
  folder_uid: VACATIONS,
  location_uid: INARI,
  tags: `,${KYOTO_TAG},2a2542f9e61a9a1d3b83ae31889ac954,`,
  primary_photo_uid: "4c6e8a0c2e4a6c8e0a2c4e6a8c0e2a4c",
  weather_temperature: "18.6",
  weather_icon: "day-sprinkle",
  weather_description: "light rain",
  mood: "1",
});
/** 12 May 2026, 19:10 in Porto (+01:00): no title, a custom mood, an address with no title. */
const SURGERY = entry({
  uid: "79f0fcb6743e9cec962d934f87d33423",
  date: String(Date.UTC(2026, 4, 12, 18, 10)),
  tz_offset: "+01:00",
  text: esc("Knee surgery this morning: an arthroscopic repair of the torn meniscus in my left knee. Crutches for two weeks."),
  folder_uid: HEALTH,
  location_uid: LUZ,
  tags: `,${KNEE_TAG},`,
  weather_temperature: "19.8",
  weather_icon: "day-sunny",
  weather_description: "clear sky",
  mood: "9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a",
});
/** A photo alone, no words. */
const PHOTO_ONLY = entry({
  uid: "0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d",
  date: String(Date.UTC(2025, 3, 5, 9, 12)),
  tz_offset: "+01:00",
  primary_photo_uid: "7e9a1c3e5a7c9e1a3c5e7a9c1e3a5c7e",
});
/** Written on Diaro Online: its temperature SQL NULL, written "null"; a title only. */
const ONLINE = entry({
  uid: "c0ffee00c0ffee00c0ffee00c0ffee00",
  date: String(Date.UTC(2026, 10, 2, 20, 5)),
  title: esc("Flights to London booked: 21 December"),
  weather_temperature: "null",
  weather_icon: "day-sunny",
  weather_description: "clear sky",
  mood: "2",
});

const ATTACHMENTS = table("diaro_attachments", [
  ...[1, 2, 3].map((i) => ({
    uid: `f497a8b650b6d44fb13a61b3211763${47 + i}`,
    entry_uid: DEMO,
    type: "photo",
    filename: `entry_demo_image${i}.jpg`,
    position: String(i),
  })),
  { uid: "1c3e5a7c9e1a3c5e7a9c1e3a5c7e9a1c", entry_uid: BIRTHDAY.uid!, type: "photo", filename: "photo_20251014_414622.jpg", position: "2" },
  { uid: "4c6e8a0c2e4a6c8e0a2c4e6a8c0e2a4c", entry_uid: BIRTHDAY.uid!, type: "photo", filename: "photo_20251014_407311.jpg", position: "1" },
  { uid: "7e9a1c3e5a7c9e1a3c5e7a9c1e3a5c7e", entry_uid: PHOTO_ONLY.uid!, type: "photo", filename: "photo_20250405_327311.jpg", position: "1" },
]);
const TEMPLATES = table("diaro_templates", [
  {
    uid: "9f5ae4433ea9c6c78192aa16b62f1eeg",
    name: "Gratitude",
    title: "Today I am grateful for",
    text: "🌞 Morning\n\n• What am I thankful for right now?\n\n",
    date_created: "2024-11-30 19:02:41",
  },
]);

/** DiaroBackup.xml holding `entries`, the other tables around them as Diaro orders them. */
function backup(entries: Array<Record<string, string>>, attachments = ATTACHMENTS): string {
  return `<data version="2">${FOLDERS}${TAGS}${MOODS}${LOCATIONS}${table("diaro_entries", entries)}${attachments}${TEMPLATES}\n</data>`;
}

describe("a Diaro backup (Create backup, unzipped: DiaroBackup.xml)", () => {
  it("reads each entry as a note of its day on its offset's clock: its title and words, then its place, weather and mood; its folder, tags and photos kept", async () => {
    const file = put("Diaro_20261120/DiaroBackup.xml", backup([DEMO_ENTRY, BIRTHDAY, PHOTO_ONLY, SURGERY, ONLINE]));
    expect(await detectFormat(file)).toBe("diaro");
    const notes = await parsedConversations(file);
    expect(notes.map((n) => [n.format, n.externalId, n.title, new Date(n.startedAt!).toISOString()])).toEqual([
      // (the demo entry and the photo alone passed over; the template no entry)
      ["note", "diaro:dde15acff6846eacee3ab35b37b39b48", "35!", "2025-10-14T20:30:00.000Z"],
      // (no title: its first line, cut at a word, as Day One lists one)
      ["note", "diaro:79f0fcb6743e9cec962d934f87d33423", "Knee surgery this morning: an arthroscopic repair of the…", "2026-05-12T19:10:00.000Z"],
      ["note", "diaro:c0ffee00c0ffee00c0ffee00c0ffee00", "Flights to London booked: 21 December", "2026-11-02T20:05:00.000Z"],
    ]);
    const [birthday, surgery, online] = notes;
    expect(birthday!.turns.map((t) => t.text)).toEqual([
      "My 35th birthday! We walked the torii gates at Fushimi Inari before the crowds.",
      'Rui\'s present: a tenugui with little "Shiba" dogs on it.',
      "I was at Fushimi Inari Taisha, 68 Fukakusa Yabunouchicho, Fushimi Ward, Kyoto 612-0882, Japan. The weather was light rain, 19°C. My mood was awesome.",
    ]);
    expect(
      birthday!.turns.map((t) => [t.speaker, t.role, new Date(t.occurredAt).toISOString(), t.metadata.folder, t.metadata.tags, t.metadata.photos]),
    ).toEqual(
      Array(3).fill([
        "User",
        "user",
        "2025-10-14T20:30:00.000Z",
        "Vacations",
        ["Kyoto", "Dream"],
        // (in their order in the entry, not the file's)
        ["photo_20251014_407311.jpg", "photo_20251014_414622.jpg"],
      ]),
    );
    // (an address with no title said alone; a mood of the user's own by its name)
    expect(surgery!.turns.map((t) => t.text).at(-1)).toBe(
      "I was at Hospital da Luz Arrábida, Praceta de Henrique Moreira 150, Vila Nova de Gaia. The weather was clear sky, 20°C. My mood was grateful.",
    );
    expect([surgery!.turns[0]!.metadata.tags, surgery!.turns[0]!.metadata.photos]).toEqual([["knee & physio"], undefined]);
    // (a title alone is the entry's words; a temperature written "null" not said)
    expect(online!.turns.map((t) => t.text)).toEqual(["Flights to London booked: 21 December", "The weather was clear sky. My mood was happy."]);
  });

  it("says Diaro's five moods by name when the backup has no table of moods, and nothing for none", async () => {
    const file = put(
      "old/DiaroBackup.xml",
      `<data version="2">${table("diaro_entries", [
        entry({ uid: "e1", date: String(Date.UTC(2019, 5, 1, 12)), text: "A quiet Saturday.", mood: "5" }),
        entry({ uid: "e2", date: String(Date.UTC(2019, 5, 2, 12)), text: "Sunday roast.", mood: "0", tz_offset: "" }),
      ])}\n</data>`,
    );
    const notes = await parsedConversations(file);
    expect(notes.map((n) => n.turns.map((t) => t.text))).toEqual([["A quiet Saturday.", "My mood was awful."], ["Sunday roast."]]);
    // (no offset: UTC)
    expect(new Date(notes[1]!.startedAt!).toISOString()).toBe("2019-06-02T12:00:00.000Z");
  });

  it("tells a backup by its start whatever its name, and is not mistaken for its neighbours", async () => {
    expect(isDiaroBackup(backup([BIRTHDAY]))).toBe(true);
    expect(isDiaroBackup(`<?xml version="1.0" encoding="UTF-8"?>\n${backup([BIRTHDAY])}`)).toBe(true);
    const renamed = put("backup copy.xml", backup([BIRTHDAY]));
    expect(await detectFormat(renamed)).toBe("diaro");
    expect(await folderFileFormat(renamed)).toBe("diaro");
    // (another app's <data> and an SMS backup are no Diaro backup)
    const other = put("other/data.xml", '<data version="2">\n<table name="settings">\n<r><uid>1</uid></r>\n</table>\n</data>');
    expect(await detectFormat(other)).not.toBe("diaro");
    expect(await folderFileFormat(other)).toBeNull();
    const sms = put("sms/sms-20261120.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>\n<smses count="0">\n</smses>');
    expect(await detectFormat(sms)).toBe("sms");
  });

  it("reads with --format diaro, and refuses a file that is no Diaro backup given so", async () => {
    const file = put("export.txt", backup([SURGERY]));
    expect((await parsedConversations(file, "diaro")).map((n) => n.externalId)).toEqual(["diaro:79f0fcb6743e9cec962d934f87d33423"]);
    const notes = put("notes.xml", '<?xml version="1.0"?>\n<database name="diaro">\n</database>');
    expect((await importErrorOf(parsedConversations(notes, "diaro"))).message).toBe(
      'notes.xml: byte 0: expected a Diaro backup (<data version="2">), got <database>',
    );
  });

  it("reads the unzipped folder's DiaroBackup.xml and passes over its photos and an encrypted backup, saying why", async () => {
    const root = join(dir, "Diaro_20261120");
    put("Diaro_20261120/DiaroBackup.xml", backup([DEMO_ENTRY, BIRTHDAY, PHOTO_ONLY]));
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0xff, 0xd9]);
    put("Diaro_20261120/media/photo/photo_20251014_407311.jpg", jpeg);
    put("Diaro_20261120/media/photo/entry_demo_image1.jpg", jpeg);
    put("older/DiaroBackup.denc", new Uint8Array([0x53, 0x61, 0x6c, 0x74, 0x00, 0x9c]));
    // (a photo in a media/ folder with no backup beside it is none of Diaro's: not listed)
    put("camera/media/photo/IMG_0001.jpg", jpeg);
    const seen: Record<string, string> = {};
    for (const { file } of importPaths(dir)) seen[file.slice(dir.length + 1)] = (await passedOverInFolder(file)) ?? `read as ${await folderFileFormat(file)}`;
    expect(seen).toEqual({
      "Diaro_20261120/DiaroBackup.xml": "read as diaro",
      "Diaro_20261120/media/photo/entry_demo_image1.jpg": "a photo of a Diaro entry, no words (its entry is read from DiaroBackup.xml)",
      "Diaro_20261120/media/photo/photo_20251014_407311.jpg": "a photo of a Diaro entry, no words (its entry is read from DiaroBackup.xml)",
      "older/DiaroBackup.denc": "an encrypted Diaro backup: create the backup again in Diaro with encryption off, unzip it and import its DiaroBackup.xml",
    });
    expect(diaroPassedOver(join(dir, "camera/media/photo/IMG_0001.jpg"))).toBeNull();
    expect(importPaths(root).map((p) => p.file.slice(root.length + 1))).toContain("DiaroBackup.xml");
  });

  it("adds nothing imported again, and from a later backup only the entries new or edited since", async () => {
    const db = openDatabase(join(dir, "diaro.db"));
    try {
      const file = put("first/DiaroBackup.xml", backup([DEMO_ENTRY, BIRTHDAY, SURGERY]));
      expect(await importFile(db, embedder, file)).toMatchObject({ format: "diaro", conversations: 2, added: 5, duplicates: 0 });
      expect(await importFile(db, embedder, file)).toMatchObject({ added: 0, duplicates: 5 });
      // (the next backup: an entry written since, the surgery's edited, the birthday's as it was)
      const edited = {
        ...SURGERY,
        text: esc("Knee surgery this morning: an arthroscopic repair of the torn meniscus in my left knee. Crutches for three weeks."),
      };
      const later = put("later/DiaroBackup.xml", backup([DEMO_ENTRY, BIRTHDAY, edited, ONLINE]));
      expect(await importFile(db, embedder, later)).toMatchObject({ conversations: 3, added: 3, duplicates: 4 });
      const conversations = db.prepare("SELECT external_id FROM conversations ORDER BY external_id").pluck().all();
      expect(conversations).toEqual([
        "diaro:79f0fcb6743e9cec962d934f87d33423",
        "diaro:c0ffee00c0ffee00c0ffee00c0ffee00",
        "diaro:dde15acff6846eacee3ab35b37b39b48",
      ]);
    } finally {
      db.close();
    }
  });

  it("refuses a bad backup naming the file, the line and the column, and stores nothing", async () => {
    const cases: Array<[string, string]> = [
      [
        backup([{ ...SURGERY, date: "12/05/2026" }]),
        'DiaroBackup.xml: line 101, <date>: entry 79f0fcb6743e9cec962d934f87d33423: expected its time in ms since 1970, got "12/05/2026"',
      ],
      [
        backup([BIRTHDAY, { ...SURGERY, tz_offset: "Europe/Lisbon" }]),
        'DiaroBackup.xml: line 118, <tz_offset>: entry 79f0fcb6743e9cec962d934f87d33423: expected an offset from UTC such as +01:00, got "Europe/Lisbon"',
      ],
      [
        backup([BIRTHDAY, SURGERY]).slice(0, backup([BIRTHDAY, SURGERY]).indexOf("<mood>9d8c")),
        "the file ends inside diaro_entries row 2 (line 118): the backup is cut short",
      ],
    ];
    const db = openDatabase(join(dir, "bad.db"));
    try {
      for (const [i, [text, message]] of cases.entries()) {
        const file = put(`bad-${i}/DiaroBackup.xml`, text);
        const err = await importErrorOf(validateExport(file));
        expect([err.name, err.file]).toEqual(["ImportError", file]);
        expect(err.message).toContain(message);
        await expect(importFile(db, embedder, file)).rejects.toThrow(message);
      }
      // (a backup of no entry of the user's, Diaro's demo alone or a photo alone: nothing to tell, passed over in a folder)
      for (const [i, entries] of [[DEMO_ENTRY], [PHOTO_ONLY], []].entries()) {
        const err = await importFile(db, embedder, put(`empty-${i}/DiaroBackup.xml`, backup(entries))).catch((e: unknown) => e);
        expect(isEmptyNote(err)).toBe(true);
        expect(whyPassedOver(err)).toBe(entries.length ? "a Diaro backup with no entry with words, no note" : "a Diaro backup with no entries, no note");
      }
      expect(db.prepare("SELECT count(*) FROM conversations").pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});

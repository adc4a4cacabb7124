/**
 * Google Photos from Google Takeout (core/ingest/googlephotos.ts), unzipped: an album's metadata.json reads
 * its album as a note (its paragraph, then each photo in words: when in UTC, who, where, what the user
 * wrote, a favourite), a year's folder's first sidecar its photos in no album a note per day; the other
 * sidecars, the photos and videos and Google Photos' own files passed over in a folder, said why; sidecars'
 * names in their cut forms and "(1)" swapped; detected by content (and not mistaken for a Keep note or a
 * Journey entry); imported twice adds nothing, a later Takeout only the new photos; a bad sidecar refused
 * naming it and its field.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, passedOverInFolder, whyPassedOver } from "../../core/api/import-check.js";
import { googlePhotosPassedOver, isGooglePhotosAlbum, isGooglePhotosSidecar } from "../../core/ingest/media/googlephotos.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { turnHash } from "../../core/ingest/store.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "engram-googlephotos-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `text` to `path` under the test's folder (its folders made); returns its path. */
function put(path: string, text: string | Uint8Array): string {
  const file = join(dir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** A photo as a sidecar tells it: its name, when it was taken (epoch ms), where, who, what the user wrote, a favourite, in the trash, its id. */
interface Shot {
  title: string;
  taken?: number;
  uploaded: number;
  place?: [number, number];
  exif?: [number, number];
  people?: string[];
  description?: string;
  favorited?: boolean;
  trashed?: boolean;
  id?: string;
}

/** A time as Takeout writes it: seconds in a string, and in words. */
const stamp = (ms: number) => ({ timestamp: String(Math.floor(ms / 1000)), formatted: `${new Date(ms).toUTCString()}` });
/** A place as Takeout writes it (0.0 for none). */
const geo = ([latitude, longitude]: [number, number] = [0, 0]) => ({ latitude, longitude, altitude: 0, latitudeSpan: 0, longitudeSpan: 0 });

/** A sidecar as Takeout writes it: two spaces a level, `people`, `favorited` and `trashed` only when there are some. */
function sidecar(s: Shot): string {
  return JSON.stringify(
    {
      title: s.title,
      description: s.description ?? "",
      imageViews: "3",
      creationTime: stamp(s.uploaded),
      ...(s.taken !== undefined ? { photoTakenTime: stamp(s.taken) } : {}),
      geoData: geo(s.place),
      geoDataExif: geo(s.exif ?? s.place),
      ...(s.people ? { people: s.people.map((name) => ({ name })) } : {}),
      url: `https://photos.google.com/photo/${s.id ?? `AF1Qip${s.title.replace(/\W/g, "")}`}`,
      googlePhotosOrigin: { mobileUpload: { deviceType: "ANDROID_PHONE" } },
      ...(s.favorited ? { favorited: true } : {}),
      ...(s.trashed ? { trashed: true } : {}),
    },
    null,
    2,
  );
}

/** An album's metadata.json as Takeout writes it. */
function albumJson(title: string, description: string, made = Date.UTC(2026, 9, 4, 10, 12, 55)): string {
  return JSON.stringify({ title, description, access: "protected", date: stamp(made) }, null, 2);
}

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0xff, 0xd9]);

const ROOT = "Takeout/Google Photos";
const ANNA = `${ROOT}/Anna's 30th`;
const YEAR = `${ROOT}/Photos from 2026`;

const CANDLES: Shot = {
  title: "PXL_20261003_201530911.MP.jpg",
  taken: Date.UTC(2026, 9, 3, 20, 15, 30),
  uploaded: Date.UTC(2026, 9, 3, 20, 16, 14),
  place: [51.5246178, -0.0769411],
  people: ["Anna", "Priya"],
  description: "Anna blowing out the candles on the cake Priya baked",
};
const ARRIVING: Shot = {
  title: "PXL_20261003_183512345.jpg",
  taken: Date.UTC(2026, 9, 3, 18, 35, 12),
  uploaded: Date.UTC(2026, 9, 3, 18, 36, 2),
  place: [51.5246178, -0.0769411],
  people: ["Anna", "Ben"],
};
const SINGING: Shot = {
  title: "PXL_20261003_203002118.mp4",
  taken: Date.UTC(2026, 9, 3, 20, 30, 2),
  uploaded: Date.UTC(2026, 9, 3, 20, 34, 50),
  people: ["Anna", "Tom"],
  description: "Everyone singing",
};
const BOILER: Shot = {
  title: "IMG_20261012_093015.jpg",
  taken: Date.UTC(2026, 9, 12, 9, 30, 15),
  uploaded: Date.UTC(2026, 9, 12, 9, 31),
  description: "Boiler serial GC 47-311-95, installed 2019",
};
const BIKE: Shot = {
  title: "PXL_20260920_154210042.jpg",
  taken: Date.UTC(2026, 8, 20, 15, 42, 10),
  uploaded: Date.UTC(2026, 8, 20, 15, 43),
  place: [0, 0],
  exif: [51.4527, -0.1065],
  people: ["Lily"],
  description: "Lily's first bike ride\nwithout stabilisers",
  favorited: true,
};
/** A second "IMG_0001.JPG", of another camera: the same name as an album's photo, another photo. */
const METER: Shot = {
  title: "IMG_0001.JPG",
  taken: Date.UTC(2026, 6, 1, 17, 40, 5),
  uploaded: Date.UTC(2026, 6, 11, 20),
  description: "Gas meter reading 04512",
  id: "AF1QipMeter",
};

/** Anna's album (newer Takeout's names, cut at 51 characters) and the year's folder holding its photos too, and the year's own, with no metadata.json. */
function takeout(): void {
  put(`${ANNA}/metadata.json`, albumJson("Anna's 30th", "Anna's 30th birthday dinner at Dishoom Shoreditch, Saturday 3 October"));
  for (const folder of [ANNA, YEAR]) {
    put(`${folder}/PXL_20261003_201530911.MP.jpg`, JPEG);
    put(`${folder}/PXL_20261003_201530911.MP-edited.jpg`, JPEG);
    put(`${folder}/PXL_20261003_201530911.MP.jpg.supplemental-met.json`, sidecar(CANDLES));
    put(`${folder}/PXL_20261003_183512345.jpg`, JPEG);
    put(`${folder}/PXL_20261003_183512345.jpg.supplemental-metada.json`, sidecar(ARRIVING));
    put(`${folder}/PXL_20261003_203002118.mp4`, JPEG);
    put(`${folder}/PXL_20261003_203002118.mp4.supplemental-metada.json`, sidecar(SINGING));
  }
  put(`${ANNA}/IMG_0001.JPG`, JPEG);
  put(`${ANNA}/IMG_0001.JPG.supplemental-metadata.json`, sidecar({ ...METER, description: "Anna's card", id: "AF1QipCard", taken: Date.UTC(2026, 9, 3, 19) }));
  put(`${YEAR}/IMG_0001.JPG`, JPEG);
  put(`${YEAR}/IMG_0001.JPG.supplemental-metadata.json`, sidecar(METER));
  put(`${YEAR}/IMG_20261012_093015.jpg`, JPEG);
  put(`${YEAR}/IMG_20261012_093015.jpg.supplemental-metadata.json`, sidecar(BOILER));
  put(`${YEAR}/PXL_20260920_154210042.jpg`, JPEG);
  put(`${YEAR}/PXL_20260920_154210042.jpg.supplemental-metada.json`, sidecar(BIKE));
  put(
    `${YEAR}/IMG_20261001_090000.jpg.supplemental-metadata.json`,
    sidecar({ title: "IMG_20261001_090000.jpg", taken: Date.UTC(2026, 9, 1, 9), uploaded: Date.UTC(2026, 9, 1, 9), trashed: true }),
  );
  put(`${ROOT}/user-generated-memory-titles.json`, '{"title":["Summer 2026"]}');
}

describe("an album", () => {
  it("is a note titled by it: its paragraph, then each photo in words, of the time it was taken, in time order", async () => {
    takeout();
    const file = join(dir, ANNA, "metadata.json");
    expect(await detectFormat(file)).toBe("googlephotos");
    const notes = await parsedConversations(file);
    expect(notes.map((n) => [n.format, n.externalId, n.title, n.participants, n.startedAt])).toEqual([
      ["note", "googlephotos:album:Anna's 30th", "Anna's 30th", ["User"], ARRIVING.taken],
    ]);
    expect(notes[0]!.turns.map((t) => [t.externalId, t.speaker, t.role, t.occurredAt, t.text])).toEqual([
      [
        "album",
        "User",
        "user",
        ARRIVING.taken,
        "My Google Photos album \"Anna's 30th\": Anna's 30th birthday dinner at Dishoom Shoreditch, Saturday 3 October. Its 4 photos and videos were taken on Saturday 3 October, from 18:35 to 20:30 UTC, with Anna, Ben, Priya and Tom in them.",
      ],
      [
        "https://photos.google.com/photo/AF1QipPXL_20261003_183512345jpg",
        "User",
        "user",
        ARRIVING.taken,
        'Photo in my album "Anna\'s 30th", taken on Saturday 3 October at 18:35 UTC, at 51.52462, -0.07694, with Anna and Ben in it.',
      ],
      [
        "https://photos.google.com/photo/AF1QipCard",
        "User",
        "user",
        Date.UTC(2026, 9, 3, 19),
        "Anna's card. Photo in my album \"Anna's 30th\", taken on Saturday 3 October at 19:00 UTC.",
      ],
      [
        "https://photos.google.com/photo/AF1QipPXL_20261003_201530911MPjpg",
        "User",
        "user",
        CANDLES.taken,
        'Anna blowing out the candles on the cake Priya baked. Photo in my album "Anna\'s 30th", taken on Saturday 3 October at 20:15 UTC, at 51.52462, -0.07694, with Anna and Priya in it.',
      ],
      [
        "https://photos.google.com/photo/AF1QipPXL_20261003_203002118mp4",
        "User",
        "user",
        SINGING.taken,
        'Everyone singing. Video in my album "Anna\'s 30th", taken on Saturday 3 October at 20:30 UTC, with Anna and Tom in it.',
      ],
    ]);
    expect(notes[0]!.turns[0]!.metadata).toEqual({ undated: true, googlePhotos: { album: "Anna's 30th", photos: 3, videos: 1 } });
    expect(notes[0]!.turns[3]!.metadata).toEqual({
      googlePhotos: {
        file: CANDLES.title,
        url: "https://photos.google.com/photo/AF1QipPXL_20261003_201530911MPjpg",
        people: ["Anna", "Priya"],
        latitude: 51.5246178,
        longitude: -0.0769411,
      },
    });
  });

  it("reads an older Takeout's album (albumData, .jpg.json, \"(1)\" before .json) in another language's metadata file", async () => {
    put(
      "Album/metadaten.json",
      JSON.stringify({ albumData: { title: "Whitstable day trip", description: "", access: "protected", date: stamp(Date.UTC(2026, 7, 17)) } }),
    );
    put(
      "Album/IMG_0002.jpg.json",
      sidecar({ title: "IMG_0002.jpg", taken: Date.UTC(2026, 7, 16, 11, 22, 33), uploaded: Date.UTC(2026, 7, 16, 12), people: ["Sam"] }),
    );
    put(
      "Album/IMG_0002.jpg(1).json",
      sidecar({
        title: "IMG_0002.jpg",
        taken: Date.UTC(2026, 7, 16, 19, 15, 44),
        uploaded: Date.UTC(2026, 7, 16, 20),
        description: "Sunset",
        id: "AF1QipSunset",
      }),
    );
    const meta = join(dir, "Album/metadaten.json");
    expect(await folderFileFormat(meta)).toBe("googlephotos");
    expect(await passedOverInFolder(join(dir, "Album/IMG_0002.jpg(1).json"))).toBe(
      "a photo's details in Google Photos, read with its album from metadaten.json",
    );
    const [note] = await parsedConversations(meta);
    expect(note!.turns.map((t) => t.text)).toEqual([
      'My Google Photos album "Whitstable day trip". Its 2 photos were taken on Sunday 16 August, from 11:22 to 19:15 UTC, with Sam in them.',
      'Photo in my album "Whitstable day trip", taken on Sunday 16 August at 11:22 UTC, with Sam in it.',
      'Sunset. Photo in my album "Whitstable day trip", taken on Sunday 16 August at 19:15 UTC.',
    ]);
  });

  it("with no photo nor description is no note: the folder passes it over, saying why", async () => {
    const file = put("Empty/metadata.json", albumJson("Empty", ""));
    const err = await checkImportFile(file, "googlephotos").catch((e: unknown) => e);
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe("a Google Photos album with no photo, no note");
  });
});

describe("a year's folder", () => {
  it("is read from its first sidecar: its photos in no album a note per day, the trash passed over", async () => {
    takeout();
    const first = join(dir, YEAR, "IMG_0001.JPG.supplemental-metadata.json");
    expect(await folderFileFormat(first)).toBe("googlephotos");
    const notes = await parsedConversations(first);
    expect(notes.map((n) => [n.externalId, n.title, n.turns.map((t) => t.text)])).toEqual([
      ["googlephotos:day:2026-07-01", "Photos of 1 July 2026", ["Gas meter reading 04512. Photo taken on Wednesday 1 July at 17:40 UTC."]],
      [
        "googlephotos:day:2026-09-20",
        "Photos of 20 September 2026",
        [
          "Lily's first bike ride without stabilisers. Photo taken on Sunday 20 September at 15:42 UTC, at 51.45270, -0.10650, with Lily in it, marked as a favourite.",
        ],
      ],
      [
        "googlephotos:day:2026-10-12",
        "Photos of 12 October 2026",
        ["Boiler serial GC 47-311-95, installed 2019. Photo taken on Monday 12 October at 09:30 UTC."],
      ],
    ]);
    expect(notes[1]!.turns[0]).toMatchObject({ speaker: "User", role: "user", occurredAt: BIKE.taken, metadata: { googlePhotos: { favorite: true } } });
  });

  it("passes over the other sidecars, the photos and videos (no OCR), an edited copy and Google Photos' own files, said why", async () => {
    takeout();
    const listed = importPaths(join(dir, "Takeout")).map((p) => p.file.slice(dir.length + 1));
    expect(listed).toContain(`${YEAR}/IMG_0001.JPG`);
    expect(listed).toContain(`${ANNA}/PXL_20261003_201530911.MP-edited.jpg`);
    expect(listed).toContain(`${ROOT}/user-generated-memory-titles.json`);
    const read: string[] = [];
    for (const f of listed) if ((await passedOverInFolder(join(dir, f))) === null) read.push(f);
    expect(read).toEqual([`${ANNA}/metadata.json`, `${YEAR}/IMG_0001.JPG.supplemental-metadata.json`]);
    expect(await passedOverInFolder(join(dir, YEAR, "IMG_20261012_093015.jpg.supplemental-metadata.json"))).toBe(
      "a photo's details in Google Photos, read with its folder's photos from IMG_0001.JPG.supplemental-metadata.json",
    );
    expect(await passedOverInFolder(join(dir, ANNA, "PXL_20261003_183512345.jpg.supplemental-metada.json"))).toBe(
      "a photo's details in Google Photos, read with its album from metadata.json",
    );
    expect(await passedOverInFolder(join(dir, YEAR, "IMG_0001.JPG"))).toBe(
      "a photo in Google Photos, no words: Engram reads no text from a picture on import (no OCR); when it was taken, who is in it, where and its description are read from its sidecar",
    );
    expect(await passedOverInFolder(join(dir, ANNA, "PXL_20261003_203002118.mp4"))).toMatch(/^a video in Google Photos, no words/);
    expect(await passedOverInFolder(join(dir, ANNA, "PXL_20261003_201530911.MP-edited.jpg"))).toMatch(/read from its original's sidecar$/);
    expect(await passedOverInFolder(join(dir, ROOT, "user-generated-memory-titles.json"))).toBe("the titles given to Google Photos' memories, no photo's");
    expect(await folderFileFormat(join(dir, YEAR, "IMG_0001.JPG"))).toBeNull();
  });

  it("is read from its metadata.json when Takeout wrote one, and refused as no note when every photo is in an album", async () => {
    takeout();
    const meta = put(
      `${YEAR}/metadata.json`,
      JSON.stringify({ title: "Photos from 2026", description: "", access: "", date: stamp(Date.UTC(2026, 0, 1)) }, null, 2),
    );
    expect(await passedOverInFolder(join(dir, YEAR, "IMG_0001.JPG.supplemental-metadata.json"))).toBe(
      "a photo's details in Google Photos, read with its folder's photos from metadata.json",
    );
    expect((await parsedConversations(meta)).map((n) => n.externalId)).toEqual([
      "googlephotos:day:2026-07-01",
      "googlephotos:day:2026-09-20",
      "googlephotos:day:2026-10-12",
    ]);
    const only = put(`${ROOT}/Photos from 2025/PXL_20261003_183512345.jpg.supplemental-metada.json`, sidecar({ ...ARRIVING, trashed: true }));
    const err = await checkImportFile(only, "googlephotos").catch((e: unknown) => e);
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe(`every photo of Google Photos' "Photos from 2025" is in an album (told with it) or in the trash, no note`);
  });

  it("reads a sidecar given alone as its one photo, in its day's note or its album's; chosen with --format", async () => {
    takeout();
    const [day] = await parsedConversations(join(dir, YEAR, "IMG_20261012_093015.jpg.supplemental-metadata.json"), "googlephotos");
    expect(day).toMatchObject({ format: "note", externalId: "googlephotos:day:2026-10-12", title: "Photos of 12 October 2026", startedAt: BOILER.taken });
    expect(day!.turns.map((t) => t.text)).toEqual(["Boiler serial GC 47-311-95, installed 2019. Photo taken on Monday 12 October at 09:30 UTC."]);
    const [album] = await parsedConversations(join(dir, ANNA, "PXL_20261003_183512345.jpg.supplemental-metada.json"));
    expect(album).toMatchObject({ externalId: "googlephotos:album:Anna's 30th", title: "Anna's 30th" });
    expect(album!.turns).toHaveLength(1);
    // (a folder that is no year's, a download or an upload's: its photos all told, whatever is beside it)
    const copied = put(`${ROOT}/Copied/PXL_20261003_183512345.jpg.supplemental-metada.json`, sidecar(ARRIVING));
    expect((await parsedConversations(copied)).map((n) => [n.externalId, n.turns.length])).toEqual([["googlephotos:day:2026-10-03", 1]]);
  });
});

describe("importing again", () => {
  it("adds nothing the second time, and from a later Takeout only the new photo (and the album's paragraph that now counts it)", async () => {
    takeout();
    const hashes = async (file: string) => (await parsedConversations(file)).flatMap((n) => n.turns.map((t) => turnHash(n, t)));
    const meta = join(dir, ANNA, "metadata.json");
    const first = join(dir, YEAR, "IMG_0001.JPG.supplemental-metadata.json");
    const before = new Set([...(await hashes(meta)), ...(await hashes(first))]);
    expect([...(await hashes(meta)), ...(await hashes(first))].every((h) => before.has(h))).toBe(true);
    // (a later Takeout: a photo added to the album, and so to the year's folder, and one of the year alone)
    const cake: Shot = { title: "PXL_20261003_210000000.jpg", taken: Date.UTC(2026, 9, 3, 21), uploaded: Date.UTC(2026, 9, 3, 21, 1), description: "Cake" };
    for (const folder of [ANNA, YEAR]) put(`${folder}/PXL_20261003_210000000.jpg.supplemental-metada.json`, sidecar(cake));
    put(
      `${YEAR}/IMG_20261105_161244.jpg.supplemental-metadata.json`,
      sidecar({ title: "IMG_20261105_161244.jpg", taken: Date.UTC(2026, 10, 5, 16), uploaded: Date.UTC(2026, 10, 5, 16), description: "Receipt" }),
    );
    const added = [];
    for (const file of [meta, first])
      for (const n of await parsedConversations(file))
        for (const t of n.turns) if (!before.has(turnHash(n, t))) added.push([n.externalId, t.text.split(".")[0]]);
    expect(added).toEqual([
      ["googlephotos:album:Anna's 30th", "My Google Photos album \"Anna's 30th\": Anna's 30th birthday dinner at Dishoom Shoreditch, Saturday 3 October"],
      ["googlephotos:album:Anna's 30th", "Cake"],
      ["googlephotos:day:2026-11-05", "Receipt"],
    ]);
  });
});

describe("detection and names", () => {
  it("tells a sidecar and an album's metadata by their content, whatever their names, and no neighbour for one", async () => {
    expect(isGooglePhotosSidecar(sidecar(BOILER))).toBe(true);
    expect(isGooglePhotosSidecar(sidecar({ title: "old.jpg", uploaded: Date.UTC(2016, 0, 1) }))).toBe(true);
    expect(isGooglePhotosAlbum(albumJson("Anna's 30th", ""))).toBe(true);
    expect(isGooglePhotosAlbum('{"albumData": {"title": "Trip", "description": "", "access": "protected"}}')).toBe(true);
    expect(isGooglePhotosAlbum(sidecar(BOILER))).toBe(false);
    // (a Keep note, a Journey entry, a title alone: no Google Photos file)
    expect(
      await detectFormat(
        put(
          "keep.json",
          JSON.stringify({ color: "DEFAULT", isTrashed: false, title: "Boiler", textContent: "GC 47-311-95", userEditedTimestampUsec: 1791797415000000 }),
        ),
      ),
    ).toBe("keep");
    expect(await detectFormat(put("entry.json", JSON.stringify({ id: "1", date_journal: 1791797415000, text: "Boiler" })))).toBe("journey");
    expect(await folderFileFormat(put("other/title.json", JSON.stringify({ title: "Photos from 2021" })))).toBeNull();
    // (beside sidecars, Google Photos' own: a year's metadata.json holding only its title)
    put(`${ROOT}/Photos from 2021/IMG_1.jpg.json`, sidecar({ title: "IMG_1.jpg", taken: Date.UTC(2021, 0, 1), uploaded: Date.UTC(2021, 0, 1) }));
    expect(await passedOverInFolder(put(`${ROOT}/Photos from 2021/metadata.json`, JSON.stringify({ title: "Photos from 2021" })))).toBe(
      'the details Google Photos keeps of the folder "Photos from 2021", no photo\'s',
    );
    // (a sidecar whose photo's long name Takeout cut, and a renamed one: told by their content)
    const cut = put(
      `${YEAR}/Screenshot_2024-01-14-14-13-33-16_948cd9899890.json`,
      sidecar({ ...BOILER, title: "Screenshot_2024-01-14-14-13-33-16_948cd9899890cbd5c2798760b2b95377.jpg" }),
    );
    expect(await detectFormat(cut)).toBe("googlephotos");
    expect(googlePhotosPassedOver(join(dir, YEAR, "Screenshot_2024-01-14-14-13-33-16_948cd9899890cbd5c2798760b2b95377.jpg"))).toMatch(
      /^a photo in Google Photos/,
    );
    expect(await detectFormat(put("renamed.txt", sidecar(BOILER)))).toBe("googlephotos");
  });

  it("knows a sidecar by its name's cut forms and a copy's \"(1)\" without reading it", () => {
    for (const name of [
      "IMG_0001.jpg.json",
      "IMG_0001.jpg(1).json",
      "IMG_0001.JPG.supplemental-metadata.json",
      "IMG_0001.JPG.supplemental-metadata(1).json",
      "PXL_20261003_183512345.jpg.supplemental-metad.json",
      "Screenshot_20261109-203311_Chrome.jpg.suppl.json",
      "VID_20261003_203002118.mp4.s.json",
      "IMG_0001.heic..json",
    ]) {
      // (the sidecar's content is no sidecar's: only its name tells it, so it is said to be read with the folder's first)
      put(`names/${name}`, "{}");
    }
    put("names/AAA.jpg.json", sidecar(BOILER));
    expect(googlePhotosPassedOver(join(dir, "names/IMG_0001.JPG.supplemental-metadata(1).json"))).toBe(
      "a photo's details in Google Photos, read with its folder's photos from AAA.jpg.json",
    );
    expect(googlePhotosPassedOver(join(dir, "names/Screenshot_20261109-203311_Chrome.jpg.suppl.json"))).toMatch(/read with its folder's photos/);
    expect(googlePhotosPassedOver(join(dir, "names/IMG_0001.heic..json"))).toMatch(/read with its folder's photos/);
    expect(googlePhotosPassedOver(join(dir, "names/AAA.jpg.json"))).toBeNull();
    // (a photo or a .json in a folder of no sidecar is no Google Photos file)
    put("vault/attachments/diagram.png", JPEG);
    expect(googlePhotosPassedOver(join(dir, "vault/attachments/diagram.png"))).toBeNull();
  });
});

describe("a bad sidecar", () => {
  it("is refused naming it and its field, and its album's import stores nothing", async () => {
    const meta = put("Album/metadata.json", albumJson("Trip", ""));
    put("Album/a.jpg.json", sidecar({ title: "a.jpg", taken: Date.UTC(2026, 7, 16), uploaded: Date.UTC(2026, 7, 16) }));
    const bad = put(
      "Album/b.jpg.json",
      sidecar({ title: "b.jpg", taken: Date.UTC(2026, 7, 16), uploaded: Date.UTC(2026, 7, 16) }).replace(
        /"photoTakenTime": \{\n\s*"timestamp": "\d+"/,
        '"photoTakenTime": {\n    "timestamp": "soon"',
      ),
    );
    expect(await importErrorOf(validateExport(meta))).toMatchObject({
      name: "ImportError",
      file: bad,
      location: "photoTakenTime.timestamp",
      message: 'b.jpg.json: photoTakenTime.timestamp: expected seconds since 1970 (1970 to 2199) in a string, got "soon"',
    });
    expect(await importErrorOf(checkImportFile(meta))).toMatchObject({ message: expect.stringContaining("b.jpg.json: photoTakenTime.timestamp") });
    writeFileSync(
      bad,
      sidecar({ title: "b.jpg", taken: Date.UTC(2026, 7, 16), uploaded: Date.UTC(2026, 7, 16), people: ["Sam"] }).replace('"name": "Sam"', '"name": 7'),
    );
    expect(await importErrorOf(validateExport(meta))).toMatchObject({
      file: bad,
      location: "people[0].name",
      message: "b.jpg.json: people[0].name: expected a person's name, got 7",
    });
    writeFileSync(
      bad,
      sidecar({ title: "b.jpg", taken: Date.UTC(2026, 7, 16), uploaded: Date.UTC(2026, 7, 16), place: [51.5, -0.1] }).replace(
        '"latitude": 51.5',
        '"latitude": "north"',
      ),
    );
    expect(await importErrorOf(validateExport(meta))).toMatchObject({
      location: "geoData.latitude",
      message: 'b.jpg.json: geoData.latitude: expected a latitude in degrees, got "north"',
    });
    writeFileSync(bad, '{\n  "title": "b.jpg",\n  "photoTakenTime": {\n');
    expect(await importErrorOf(validateExport(meta))).toMatchObject({ file: bad, location: "JSON" });
    writeFileSync(bad, '{\n  "title": "b.jpg",\n  "description": "",\n  "imageViews": "1"\n}');
    expect(await importErrorOf(validateExport(meta))).toMatchObject({
      location: "photoTakenTime",
      message: "b.jpg.json: photoTakenTime: missing: a Google Photos sidecar says when its photo was taken (photoTakenTime) or uploaded (creationTime)",
    });
  });
});

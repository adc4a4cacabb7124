/**
 * Google Maps' saved places and reviews as Google Takeout exports them (core/ingest/googlemaps.ts):
 * `Maps (your places)/Saved Places.json` one note "Saved places", `Reviews.json` one note "Google Maps
 * reviews", each `Saved/<list>.csv` a note titled by its list, its places told with the address and
 * day Saved Places.json beside it gives; dropped pins, Google's own comments, coordinates and links no
 * words; a later Takeout adds only what is new; a bad file refused naming the file and where.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, whyPassedOver } from "../../core/api/import-check.js";
import { placeCid } from "../../core/ingest/places/googlemaps.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { conversationItems, turnHash } from "../../core/ingest/store.js";
import type { ParsedConversation } from "../../core/ingest/kit/types.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "engram-googlemaps-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `text` to `path` under the test's folder; returns its path. */
function put(path: string, text: string, mtime?: number): string {
  const file = join(dir, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  if (mtime !== undefined) utimesSync(file, new Date(mtime), new Date(mtime));
  return file;
}

/** A GeoJSON of Takeout's "Maps (your places)", pretty-printed as Google writes it. */
function geojson(features: unknown[]): string {
  return JSON.stringify({ type: "FeatureCollection", features }, null, 2);
}

/** A place of Saved Places.json: its point, the day saved, its link by cid (decimal), its name and address. */
function saved(name: string, address: string, cid: string, date: string): unknown {
  return {
    geometry: { coordinates: [-9.1445329, 38.7123604], type: "Point" },
    properties: { date, google_maps_url: `http://maps.google.com/?cid=${cid}`, location: { address, country_code: "PT", name } },
    type: "Feature",
  };
}

/** A place Google has no location for, as Takeout writes it: at [0, 0], its link's search, Google's comment. */
function pin(q: string, date: string): unknown {
  return {
    geometry: { coordinates: [0, 0], type: "Point" },
    properties: { date, google_maps_url: `http://maps.google.com/?q=${q}`, Comment: "No location information is available for this saved place" },
    type: "Feature",
  };
}

/** A list of Saved as Takeout writes it: CRLF, the empty row after the header. */
function list(lines: string[]): string {
  return `${lines.join("\r\n")}\r\n`;
}

/** Each note's key and title, and its paragraphs' speaker, role, day and words. */
function told(notes: ParsedConversation[]): Array<[string, string | null, Array<[string, string, string, string]>]> {
  return notes.map((n) => [
    n.externalId,
    n.title,
    n.turns.map((t): [string, string, string, string] => [t.speaker, t.role, new Date(t.occurredAt).toISOString().slice(0, 10), t.text]),
  ]);
}

// (cid 6502757002027735853 is 0x5a3e6f0a4e8c1b2d, the second half of the place's feature id in a list's link)
const CHICO = { cid: "6502757002027735853", ftid: "0xd19347f4b0b0c2b:0x5a3e6f0a4e8c1b2d" };
const MEMMO = { cid: "10038012760798617200", ftid: "0xd193479f6e1c0e7:0x8b4e2f6c1a3d5e70" };

describe("Google Maps' places from Google Takeout", () => {
  it("reads Saved Places.json as the user's note of saved places, each of the day it was saved; dropped pins and Google's comments no words", async () => {
    const file = put(
      "Takeout/Maps (your places)/Saved Places.json",
      geojson([
        saved("Memmo Alfama Hotel", "Travessa das Merceeiras 27, 1100-348 Lisboa, Portugal", MEMMO.cid, "2026-10-24T20:14:02Z"),
        pin("38.714002,-9.133771", "2026-10-25T09:18:27Z"),
        pin("00120+Vatican+City&ftid=0x1325890a57d42d3d:0x94f9ab23a7eb0", "2026-10-26T08:00:00Z"),
        saved("Tasca do Chico", "R. do Diário de Notícias 39, 1200-141 Lisboa, Portugal", CHICO.cid, "2026-10-24T20:40:15Z"),
      ]),
    );
    expect(await detectFormat(file)).toBe("googlemaps");
    expect(await folderFileFormat(file)).toBe("googlemaps");
    const notes = await parsedConversations(file);
    expect(told(notes)).toEqual([
      [
        "googlemaps:saved",
        "Saved places",
        [
          ["User", "user", "2026-10-24", "Saved Memmo Alfama Hotel (Travessa das Merceeiras 27, 1100-348 Lisboa, Portugal) on 24 October 2026."],
          ["User", "user", "2026-10-26", "Saved 00120 Vatican City on 26 October 2026."],
          ["User", "user", "2026-10-24", "Saved Tasca do Chico (R. do Diário de Notícias 39, 1200-141 Lisboa, Portugal) on 24 October 2026."],
        ],
      ],
    ]);
    // (each named by its place, so a later Takeout adds only what is new; its link kept, never its words)
    expect(notes[0]!.turns.map((t) => t.externalId)).toEqual([
      `cid:${MEMMO.cid}`,
      `cid:${placeCid("?ftid=0x1325890a57d42d3d:0x94f9ab23a7eb0")}`,
      `cid:${CHICO.cid}`,
    ]);
    expect(notes[0]!.turns[0]!.metadata).toEqual({
      googlemaps: {
        file: "saved",
        index: 0,
        name: "Memmo Alfama Hotel",
        address: "Travessa das Merceeiras 27, 1100-348 Lisboa, Portugal",
        country: "PT",
        url: `http://maps.google.com/?cid=${MEMMO.cid}`,
        at: "2026-10-24T20:14:02.000Z",
      },
    });
    expect(conversationItems(notes[0]!).map((i) => [i.source.kind, i.source.trust])).toEqual([
      ["file", "user"],
      ["file", "user"],
      ["file", "user"],
    ]);
    expect(await validateExport(file)).toMatchObject({ format: "googlemaps", conversations: 1, turns: 3 });
    expect(await checkImportFile(file)).toBe("googlemaps");
  });

  it("reads Reviews.json as the user's reviews: the stars, the words, the answers to Google's questions, of the day written", async () => {
    const file = put(
      "Takeout/Maps (your places)/Reviews.json",
      geojson([
        {
          geometry: { coordinates: [-0.0771342, 51.5244621], type: "Point" },
          properties: {
            date: "2026-10-18T21:12:40.512308Z",
            five_star_rating_published: 5,
            google_maps_url: "https://www.google.com/maps/place//data=!4m2!3m1!1s0x0:0x3c8e1f6a9d2b5047",
            location: { address: "7 Boundary St, London E2 7JE, United Kingdom", country_code: "GB", name: "Dishoom Shoreditch" },
            questions: [
              { question: "Meal type", selected_option: "Dinner" },
              { question: "Recommended dishes", selected_options: ["Black daal", "Lamb raan bun"] },
              { question: "Food", rating: 5 },
            ],
            review_text_published: "Worth the queue.\nThe black daal is the best thing I've eaten all year.",
          },
          type: "Feature",
        },
        {
          geometry: { coordinates: [-0.0937724, 51.5201438], type: "Point" },
          properties: {
            date: "2026-11-08T17:26:03.118094Z",
            five_star_rating_published: 3,
            google_maps_url: "https://www.google.com/maps/place//data=!4m2!3m1!1s0x0:0x6a1d4e8f2c7b3059",
            location: { address: "Silk St, London EC2Y 8DS, United Kingdom", country_code: "GB", name: "Barbican Kitchen" },
          },
          type: "Feature",
        },
        {
          geometry: { coordinates: [0, 0], type: "Point" },
          properties: {
            Comment: "No location information is available for this review",
            date: "2026-11-20T10:00:00.000001Z",
            five_star_rating_published: "4",
            google_maps_url: "https://www.google.com/maps/place//data=!4m2!3m1!1s0x0:0x1f",
            review_text_published: "Great little bakery, sadly closed now.",
          },
          type: "Feature",
        },
      ]),
    );
    expect(await detectFormat(file)).toBe("googlemaps");
    const notes = await parsedConversations(file);
    expect(told(notes)).toEqual([
      [
        "googlemaps:reviews",
        "Google Maps reviews",
        [
          [
            "User",
            "user",
            "2026-10-18",
            "My review of Dishoom Shoreditch (7 Boundary St, London E2 7JE, United Kingdom), 5 stars: Worth the queue. The black daal is the best thing I've eaten all year.\nMeal type: Dinner. Recommended dishes: Black daal, Lamb raan bun. Food: 5 out of 5.",
          ],
          ["User", "user", "2026-11-08", "My review of Barbican Kitchen (Silk St, London EC2Y 8DS, United Kingdom), 3 stars."],
          // (a place Google no longer knows: the review is still the user's words; Google's comment is none)
          ["User", "user", "2026-11-20", "My review of a place Google Maps no longer names, 4 stars: Great little bakery, sadly closed now."],
        ],
      ],
    ]);
    expect(notes[0]!.turns.map((t) => [t.externalId, (t.metadata.googlemaps as { stars: number }).stars])).toEqual([
      [`cid:${BigInt("0x3c8e1f6a9d2b5047")}`, 5],
      [`cid:${BigInt("0x6a1d4e8f2c7b3059")}`, 3],
      ["cid:31", 4],
    ]);
  });

  it('reads the places of a Takeout from before 2019 ("Google Maps URL", "Location", "Published"), a dropped pin titled by its coordinates passed over', async () => {
    const file = put(
      "Saved Places.json",
      geojson([
        {
          geometry: { coordinates: [-73.975535, 40.786627], type: "Point" },
          properties: {
            "Google Maps URL": "http://maps.google.com/?q=40.786627,-73.975535",
            Location: { Latitude: "40.786627", Longitude: "-73.975535" },
            Published: "2014-07-02T04:14:49Z",
            Title: "40.786627,-73.975535",
            Updated: "2017-09-13T05:38:42Z",
          },
          type: "Feature",
        },
        {
          geometry: { coordinates: [-73.984328, 40.729379], type: "Point" },
          properties: {
            "Google Maps URL": "http://maps.google.com/?cid=12991812944892854045",
            Location: {
              Address: "177 1st Avenue, New York, NY 10003, United States",
              "Business Name": "Little Tong Noodle Shop",
              "Country Code": "US",
              "Geo Coordinates": { Latitude: "40.7293790", Longitude: "-73.9843280" },
            },
            Published: "2017-09-06T21:32:41Z",
            Title: "Little Tong Noodle Shop",
            Updated: "2017-09-06T21:32:41Z",
          },
          type: "Feature",
        },
      ]),
    );
    expect(await detectFormat(file)).toBe("googlemaps");
    expect(told(await parsedConversations(file))).toEqual([
      [
        "googlemaps:saved",
        "Saved places",
        [["User", "user", "2017-09-06", "Saved Little Tong Noodle Shop (177 1st Avenue, New York, NY 10003, United States) on 6 September 2017."]],
      ],
    ]);
  });

  it("reads a saved list as a note titled by it, each place told with its note and the address and day Saved Places.json gives", async () => {
    put(
      "Takeout/Maps (your places)/Saved Places.json",
      geojson([
        saved("Tasca do Chico", "R. do Diário de Notícias 39, 1200-141 Lisboa, Portugal", CHICO.cid, "2026-10-24T20:40:15Z"),
        saved("Memmo Alfama Hotel", "Travessa das Merceeiras 27, 1100-348 Lisboa, Portugal", MEMMO.cid, "2026-10-24T20:14:02Z"),
      ]),
    );
    const lisbon = put(
      "Takeout/Saved/Lisbon trip.csv",
      list([
        "Long weekend in March: Alfama, fado",
        "",
        "Title,Note,URL,Tags,Comment",
        ",,,,",
        `Tasca do Chico,"Fado bar, singing from 9pm",https://www.google.com/maps/place/Tasca+do+Chico/data=!4m2!3m1!1s${CHICO.ftid},fado,`,
        `Memmo Alfama Hotel,"Booked 12–16 March,\nrooftop pool",https://www.google.com/maps/place/Memmo+Alfama+Hotel/data=!4m2!3m1!1s${MEMMO.ftid},,`,
      ]),
    );
    // (an older list: no Tags; a place Saved Places.json does not know, of the file's day; a film of Google TV's watchlist)
    const older = put(
      "Takeout/Saved/Want to go.csv",
      list([
        "Title,Note,URL,Comment",
        ",,,",
        "Brat,Turbot for two,https://www.google.com/maps/place/Brat/data=!4m2!3m1!1s0x48761cb0a8f2d5e3:0x2b9e4d7f1a6c3e58,",
        "Past Lives,,https://www.google.com/search?q=Past+Lives,",
      ]),
      Date.UTC(2026, 11, 1, 10),
    );
    expect(await detectFormat(lisbon)).toBe("googlemaps");
    expect(await folderFileFormat(older)).toBe("googlemaps");
    expect(told(await parsedConversations(lisbon))).toEqual([
      [
        "googlemaps:list:Lisbon trip",
        "Lisbon trip",
        [
          [
            "User",
            "user",
            "2026-10-24",
            "Saved Tasca do Chico (R. do Diário de Notícias 39, 1200-141 Lisboa, Portugal) to Lisbon trip on 24 October 2026.\nNote: Fado bar, singing from 9pm.\nTags: fado.",
          ],
          [
            "User",
            "user",
            "2026-10-24",
            "Saved Memmo Alfama Hotel (Travessa das Merceeiras 27, 1100-348 Lisboa, Portugal) to Lisbon trip on 24 October 2026.\nNote: Booked 12–16 March, rooftop pool.",
          ],
          ["User", "user", "2026-10-24", "Lisbon trip: Long weekend in March: Alfama, fado."],
        ],
      ],
    ]);
    const [want] = await parsedConversations(older);
    expect(want!.turns.map((t) => [t.externalId, new Date(t.occurredAt).toISOString().slice(0, 10), t.text])).toEqual([
      [`cid:${BigInt("0x2b9e4d7f1a6c3e58")}`, "2026-12-01", "Saved Brat to Want to go.\nNote: Turbot for two."],
      ["https://www.google.com/search?q=Past+Lives", "2026-12-01", 'Saved "Past Lives" to Want to go.'],
    ]);
  });

  it("reads a Takeout folder's Maps and Saved files, passing over the rest of the Takeout", async () => {
    put("Takeout/archive_browser.html", "<!DOCTYPE html><html><body><h1>Your Google data</h1></body></html>");
    put("Takeout/Maps (your places)/Saved Places.json", geojson([saved("Tasca do Chico", "Lisboa", CHICO.cid, "2026-10-24T20:40:15Z")]));
    put("Takeout/Maps (your places)/Reviews.json", geojson([]));
    put(
      "Takeout/Maps/My labeled places/Labeled places.json",
      geojson([{ geometry: { coordinates: [-0.1, 51.5], type: "Point" }, properties: { address: "1 Elm Rd, London", name: "Home" }, type: "Feature" }]),
    );
    put(
      "Takeout/Saved/Starred places.csv",
      list(["Title,Note,URL,Tags,Comment", ",,,,", `Tasca do Chico,,https://www.google.com/maps/place/x/data=!4m2!3m1!1s${CHICO.ftid},,`]),
    );
    put("Takeout/Fit/Daily activity metrics.csv", "Date,Move Minutes count\n2026-11-01,42\n");
    const root = join(dir, "Takeout");
    const files = importPaths(root).map((p) => p.file.slice(root.length + 1));
    // (Takeout's index listed so that it is said to be passed over: myactivity.ts `myActivityPassedOver`)
    expect(files).toEqual([
      "Maps (your places)/Reviews.json",
      "Maps (your places)/Saved Places.json",
      "Maps/My labeled places/Labeled places.json",
      "Saved/Starred places.csv",
      "archive_browser.html",
    ]);
    const formats = await Promise.all(files.map((f) => folderFileFormat(join(root, f))));
    // (a Reviews.json with no review names no Google Maps link: passed over as any other JSON, as Labeled places.json is)
    expect(formats).toEqual([null, "googlemaps", null, "googlemaps", null]);
    const empty = await checkImportFile(join(root, "Maps (your places)/Reviews.json"), "googlemaps").catch((e: unknown) => e);
    expect(isEmptyNote(empty)).toBe(true);
    expect(whyPassedOver(empty)).toBe("Google Maps places with no place, no note");
  });

  it("adds, from a later Takeout, only the places new or changed", async () => {
    const row = (name: string, note: string, ftid: string) =>
      `${name},${note},https://www.google.com/maps/place/${name.replace(/ /g, "+")}/data=!4m2!3m1!1s${ftid},,`;
    const before = put(
      "old/Saved/Lisbon trip.csv",
      list(["Title,Note,URL,Tags,Comment", ",,,,", row("Tasca do Chico", "Fado from 9pm", CHICO.ftid), row("Memmo Alfama Hotel", "Rooftop pool", MEMMO.ftid)]),
      Date.UTC(2026, 10, 1),
    );
    const after = put(
      "new/Saved/Lisbon trip.csv",
      list([
        "Title,Note,URL,Tags,Comment",
        ",,,,",
        row("Time Out Market Lisboa", "", "0xd19347f7b1c2e4d:0x4c7b1e9d3a6f2085"),
        row("Tasca do Chico", "Fado from 9pm", CHICO.ftid),
        row("Memmo Alfama Hotel", "Rooftop pool; booked 12–16 March", MEMMO.ftid),
      ]),
      Date.UTC(2026, 10, 1),
    );
    const hashes = async (file: string) => (await parsedConversations(file)).flatMap((n) => n.turns.map((t) => ({ id: t.externalId, hash: turnHash(n, t) })));
    const stored = new Set((await hashes(before)).map((h) => h.hash));
    expect((await hashes(after)).filter((h) => !stored.has(h.hash)).map((h) => h.id)).toEqual([`cid:${BigInt("0x4c7b1e9d3a6f2085")}`, `cid:${MEMMO.cid}`]);
  });

  it("refuses a bad file naming the file and the feature's field, or the list's line", async () => {
    const badDate = put(
      "Saved Places.json",
      geojson([saved("Tasca do Chico", "Lisboa", CHICO.cid, "2026-10-24T20:40:15Z"), saved("Memmo Alfama Hotel", "Lisboa", MEMMO.cid, "last Tuesday")]),
    );
    const err = await importErrorOf(parsedConversations(badDate));
    expect(err.name).toBe("ImportError");
    expect(err.file).toBe(badDate);
    expect(err.message).toBe('Saved Places.json: features[1].properties.date: expected a time (ISO 8601, "2026-11-02T19:41:07Z"), got "last Tuesday"');
    const stars = put(
      "Reviews.json",
      geojson([
        {
          geometry: { coordinates: [0, 0], type: "Point" },
          properties: {
            date: "2026-10-18T21:12:40Z",
            five_star_rating_published: 7,
            google_maps_url: "http://maps.google.com/?cid=1",
            location: { name: "Dishoom" },
          },
          type: "Feature",
        },
      ]),
    );
    expect((await importErrorOf(parsedConversations(stars))).message).toBe(
      "Reviews.json: features[0].properties.five_star_rating_published: expected stars from 1 to 5, got 7",
    );
    const notPlace = put("Odd.json", '{ "type": "FeatureCollection", "features": [ 42 ], "google_maps_url": "" }');
    expect((await importErrorOf(parsedConversations(notPlace))).message).toBe("Odd.json: features[0]: expected an object, got 42");
    // (only dropped pins: no note, so a folder passes it over)
    const pins = put("Pins.json", geojson([pin("38.714002,-9.133771", "2026-10-25T09:18:27Z")]));
    const none = await importErrorOf(parsedConversations(pins));
    expect(none.message).toBe("Pins.json: features: the note has no text: Google Maps places of which none is named (a dropped pin)");
    expect(isEmptyNote(await checkImportFile(pins).catch((e: unknown) => e))).toBe(true);
    // (a CSV given as a list that is none: its header's line)
    const other = put("Spending.csv", "Month,Spent\r\nNovember,42\r\nDecember,57\r\n");
    expect((await importErrorOf(parsedConversations(other, "googlemaps"))).message).toBe(
      "Spending.csv: line 2: expected the list's header, Title,Note,URL,Tags,Comment: not a list of Google Takeout's Saved",
    );
    const emptyList = put("Saved/Empty.csv", list(["Title,Note,URL,Tags,Comment", ",,,,"]));
    expect((await importErrorOf(parsedConversations(emptyList))).message).toBe(
      "Empty.csv: line 2: the note has no text: a Google Maps list with no place saved",
    );
  });
});

/**
 * The photographer: Jo, in Brixton, takes photos of everything, the good times and the things to keep
 * (the boiler's serial plate, a receipt, where the car is parked), and writes a line under the ones that
 * matter in Google Photos' "Add a description". On 23 November 2026 Jo asks Google Takeout for Google
 * Photos, unzips the download and imports the `Takeout` folder (`engram import Takeout`). Each file as
 * Takeout writes it:
 * - `Takeout/Google Photos/<album>/` for each album Jo made, "Anna's 30th" (a dinner at Dishoom, people
 *   tagged, a description with the day) and "Whitstable day trip" (no description): the album's photos
 *   and videos, each with its JSON sidecar beside it, and the album's `metadata.json`, `{ "title",
 *   "description", "access", "date": { "timestamp", "formatted" } }` (the album's date, when it was made);
 * - `Takeout/Google Photos/Photos from 2026/`: every photo of the year, the albums' too (Takeout copies a
 *   photo into its year's folder and into each album holding it), and no metadata.json;
 * - a sidecar, `{ "title", "description", "imageViews", "creationTime": { "timestamp", "formatted" },
 *   "photoTakenTime": { … }, "geoData": { "latitude", "longitude", "altitude", "latitudeSpan",
 *   "longitudeSpan" }, "geoDataExif": { … }, "people": [ { "name" } ], "url", "googlePhotosOrigin": {
 *   "mobileUpload": { "deviceType" } }, "favorited" }`, two spaces a level, times as seconds since 1970 in
 *   a string (UTC) and in words, 0.0 where there is no place, `people` only when someone is tagged, and
 *   `favorited` only on a favourite; named as newer Takeouts name them, `<photo>.supplemental-metadata.json`,
 *   the name cut to 51 characters with its `.json` (`….supplemental-metad.json`, `….suppl.json`), a
 *   second photo of the same name's `(1)` moved before `.json` (`IMG_0001(1).JPG` →
 *   `IMG_0001.JPG.supplemental-metadata(1).json`); an edited copy (`…-edited.jpg`) has none of its own;
 * - `Takeout/archive_browser.html`, Takeout's index of the download.
 * Checked against public readers of the download: TheLastGimbus/GooglePhotosTakeoutHelper (year folders
 * "Photos from YYYY", albums beside them holding copies of their photos; a sidecar's name cut at 51
 * characters, "(1)" swapped before ".json"; its integration fixtures' sidecars, two-space JSON with
 * `"people": [{` … `}]`), mattwilson1024/google-photos-exif (the sidecar's fields, `foo.jpg(1).json`, names
 * cut to 46 characters), papa-vova/gphotos-321sync's notes on the structure (album metadata.json's fields,
 * `supplemental-metadata` and its cut forms, `-edited` copies without a sidecar, `favorited` absent when
 * false, 0.0 where there is no place). Hand-written by the developers while trying Engram as its users
 * would, in session 36, before Engram could read Google Photos (the first run's figures are in
 * bench/README.md). With it, the questions such a person asks later and the words a right answer holds, and
 * questions nothing here answers.
 */
import type { Person, PersonFile } from "./types.js";

/** A photo as Google Photos keeps it: its file's name, when it was taken and uploaded (epoch ms, UTC), where, who is in it, what Jo wrote under it, whether it is a favourite. */
interface Photo {
  file: string;
  taken: number;
  uploaded: number;
  /** Latitude, longitude and altitude (metres); none: 0.0 in both geoData and geoDataExif. */
  place?: [number, number, number];
  people?: string[];
  description?: string;
  favorited?: boolean;
  /** Its id in Google Photos' address, "https://photos.google.com/photo/<id>". */
  id: string;
  device?: "ANDROID_PHONE" | "IOS_PHONE";
}

/** A number as Google writes it in a sidecar: a double, "0.0" for none. */
function num(n: number): string {
  return Number.isInteger(n) ? n.toFixed(1) : String(n);
}

/** A time as a sidecar writes it: its seconds since 1970 in a string, and in words as an English Takeout writes them ("3 Oct 2026, 18:35:12 UTC"). */
function time(ms: number, indent: string): string {
  const d = new Date(ms);
  const month = d.toLocaleString("en-GB", { month: "short", timeZone: "UTC" });
  const formatted = `${d.getUTCDate()} ${month} ${d.getUTCFullYear()}, ${d.toISOString().slice(11, 19)} UTC`;
  return `{\n${indent}  "timestamp": "${Math.floor(ms / 1000)}",\n${indent}  "formatted": "${formatted}"\n${indent}}`;
}

/** A place as a sidecar writes it (geoData, geoDataExif). */
function geo(place: Photo["place"]): string {
  const [lat, lon, alt] = place ?? [0, 0, 0];
  return `{\n    "latitude": ${num(lat)},\n    "longitude": ${num(lon)},\n    "altitude": ${num(alt)},\n    "latitudeSpan": 0.0,\n    "longitudeSpan": 0.0\n  }`;
}

/** A photo's sidecar, as Takeout writes it: two spaces a level, `people` only when someone is tagged, `favorited` only on a favourite. */
function sidecar(p: Photo, title = p.file): string {
  const lines = [
    `  "title": ${JSON.stringify(title)}`,
    `  "description": ${JSON.stringify(p.description ?? "")}`,
    `  "imageViews": "${p.favorited ? 14 : 3}"`,
    `  "creationTime": ${time(p.uploaded, "  ")}`,
    `  "photoTakenTime": ${time(p.taken, "  ")}`,
    `  "geoData": ${geo(p.place)}`,
    `  "geoDataExif": ${geo(p.place)}`,
    ...(p.people?.length ? [`  "people": [${p.people.map((n) => `{\n    "name": ${JSON.stringify(n)}\n  }`).join(", ")}]`] : []),
    `  "url": "https://photos.google.com/photo/${p.id}"`,
    `  "googlePhotosOrigin": {\n    "mobileUpload": {\n      "deviceType": "${p.device ?? "ANDROID_PHONE"}"\n    }\n  }`,
    ...(p.favorited ? [`  "favorited": true`] : []),
  ];
  return `{\n${lines.join(",\n")}\n}`;
}

/**
 * A sidecar's name as newer Takeouts write it: `<photo>.supplemental-metadata.json`, cut to 51 characters
 * with its ".json" (the name before it to 46), a second photo of the same name's "(1)" moved before
 * ".json": `IMG_0001(1).JPG` → `IMG_0001.JPG.supplemental-metadata(1).json`.
 */
export function sidecarName(file: string): string {
  const copy = /^(.*)(\(\d+\))(\.[^.]+)$/.exec(file);
  const photo = copy ? `${copy[1]}${copy[3]}` : file;
  const name = `${photo}.supplemental-metadata`;
  return `${name.length + 5 > 51 ? name.slice(0, 46) : name}${copy ? copy[2] : ""}.json`;
}

/** A photo's bytes: a JPEG's start and end (the importer reads no picture). */
const JPEG = new Uint8Array([
  0xff, 0xd8, 0xff, 0xe1, 0x00, 0x10, 0x45, 0x78, 0x69, 0x66, 0x00, 0x00, 0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08, 0xff, 0xd9,
]);
/** A video's bytes: an MP4's first box. */
const MP4 = new Uint8Array([
  0x00, 0x00, 0x00, 0x18, 0x66, 0x74, 0x79, 0x70, 0x6d, 0x70, 0x34, 0x32, 0x00, 0x00, 0x00, 0x00, 0x69, 0x73, 0x6f, 0x6d, 0x6d, 0x70, 0x34, 0x32,
]);

/** Dishoom Shoreditch, Boundary Street. */
const DISHOOM: Photo["place"] = [51.5246178, -0.0769411, 21.4];
/** Whitstable's harbour and beach. */
const WHITSTABLE: Photo["place"] = [51.3617046, 1.0246782, 4.2];
/** Jo's flat in Brixton. */
const HOME: Photo["place"] = [51.4613252, -0.1156034, 18.9];

/** "Anna's 30th": Saturday 3 October 2026 at Dishoom Shoreditch, from 19:35 BST (18:35 UTC). */
const ANNAS_30TH: Photo[] = [
  {
    file: "PXL_20261003_183512345.jpg",
    taken: Date.UTC(2026, 9, 3, 18, 35, 12),
    uploaded: Date.UTC(2026, 9, 3, 18, 36, 2),
    place: DISHOOM,
    people: ["Anna", "Ben"],
    description: "Anna and Ben arriving, she had no idea we'd all be there",
    id: "AF1QipM3kq7Yb2Lw9Xr4Tn8Vd1Ss6Hc0Pa5Ue3Gj",
  },
  {
    file: "PXL_20261003_191045678.jpg",
    taken: Date.UTC(2026, 9, 3, 19, 10, 45),
    uploaded: Date.UTC(2026, 9, 3, 19, 11, 30),
    place: DISHOOM,
    people: ["Anna", "Priya", "Tom", "Sam"],
    id: "AF1QipN8wRt2Zc5Lm1Qb7Xy4Kd9Fv3Hs6Jp0Ae2Uo",
  },
  {
    file: "PXL_20261003_201530911.MP.jpg",
    taken: Date.UTC(2026, 9, 3, 20, 15, 30),
    uploaded: Date.UTC(2026, 9, 3, 20, 16, 14),
    place: DISHOOM,
    people: ["Anna", "Priya"],
    description: "Anna blowing out the candles on the pistachio cake Priya baked",
    id: "AF1QipP4nVb8Yt1Kc6Rw3Zq9Lm2Xd5Gh7Js0Fa4Ee",
  },
  {
    file: "PXL_20261003_203002118.mp4",
    taken: Date.UTC(2026, 9, 3, 20, 30, 2),
    uploaded: Date.UTC(2026, 9, 3, 20, 34, 50),
    place: DISHOOM,
    people: ["Anna"],
    description: "Everyone singing happy birthday",
    id: "AF1QipQ1mZx6Wv3Bn8Tr5Ky2Hd7Lc4Ps9Ga0Uj1Oi",
  },
];

/** "Whitstable day trip": Sunday 16 August 2026, with Sam. */
const WHITSTABLE_TRIP: Photo[] = [
  {
    file: "IMG_20260816_112233.jpg",
    taken: Date.UTC(2026, 7, 16, 11, 22, 33),
    uploaded: Date.UTC(2026, 7, 16, 11, 23, 40),
    place: WHITSTABLE,
    people: ["Sam"],
    description: "Oysters at Wheelers Oyster Bar, the best in town",
    id: "AF1QipR7pLk2Nx5Vc8Bm1Zt4Yq9Wd3Hf6Gs0Ja2Ke",
  },
  {
    file: "IMG_20260816_143010.jpg",
    taken: Date.UTC(2026, 7, 16, 14, 30, 10),
    uploaded: Date.UTC(2026, 7, 16, 14, 31, 2),
    place: WHITSTABLE,
    description: "Bought a print of the harbour at the gallery on Harbour Street, £45",
    id: "AF1QipS2qMn7Bv4Xc9Lk1Zr6Yt3Wd8Hg5Fs0Pa7Ue",
  },
  {
    file: "IMG_20260816_191544.jpg",
    taken: Date.UTC(2026, 7, 16, 19, 15, 44),
    uploaded: Date.UTC(2026, 7, 16, 19, 16, 20),
    place: WHITSTABLE,
    people: ["Sam"],
    id: "AF1QipT5rNb1Cv6Xz2Lm8Kq4Yw9Hd3Gf7Js0Ea5Uo",
  },
];

/** The year's other photos, in no album. */
const OTHERS: Photo[] = [
  {
    file: "IMG_0001.JPG",
    taken: Date.UTC(2026, 6, 4, 7, 12, 40),
    uploaded: Date.UTC(2026, 6, 11, 20, 2, 18),
    description: "Parked at Heathrow Terminal 5 short stay, level 2, bay C14",
    id: "AF1QipU8sPc4Dv9Xb1Lz7Kn2Yr6Hq3Gm5Jt0Fa8Ew",
    device: "IOS_PHONE",
  },
  {
    file: "IMG_0001(1).JPG",
    taken: Date.UTC(2026, 6, 1, 17, 40, 5),
    uploaded: Date.UTC(2026, 6, 11, 20, 2, 31),
    place: HOME,
    description: "Gas meter reading 04512 on moving-in day",
    id: "AF1QipV3tQd7Ew2Xn5Lb9Kc1Ys8Hr4Gz6Jm0Pa3Uk",
    device: "IOS_PHONE",
  },
  {
    file: "PXL_20260920_154210042.jpg",
    taken: Date.UTC(2026, 8, 20, 15, 42, 10),
    uploaded: Date.UTC(2026, 8, 20, 15, 43, 1),
    place: [51.4527, -0.1065, 31.0],
    people: ["Lily"],
    description: "Lily's first bike ride without stabilisers, Brockwell Park",
    favorited: true,
    id: "AF1QipW6uRe1Fx5Yb8Lc2Kd4Zt9Hs3Gn7Jq0Ea6Ui",
  },
  {
    file: "IMG_20261012_093015.jpg",
    taken: Date.UTC(2026, 9, 12, 9, 30, 15),
    uploaded: Date.UTC(2026, 9, 12, 9, 31, 0),
    place: HOME,
    description: "Boiler serial GC 47-311-95, installed 2019",
    id: "AF1QipX9vSf4Gy8Zc1Ld5Ke7Bu2Ht6Go3Jr0Pa9Um",
  },
  {
    file: "IMG_20261105_161244.jpg",
    taken: Date.UTC(2026, 10, 5, 16, 12, 44),
    uploaded: Date.UTC(2026, 10, 5, 16, 13, 30),
    place: [51.4619, -0.1112, 20.5],
    description: "Receipt for the washing machine from Currys, £429, two-year warranty until November 2028",
    id: "AF1QipY2wTg7Hz1Ad4Le8Kf3Cv5Iu9Gp6Js0Ea2Un",
  },
  {
    file: "Screenshot_20261109-203311_Chrome.jpg",
    taken: Date.UTC(2026, 10, 9, 20, 33, 11),
    uploaded: Date.UTC(2026, 10, 9, 20, 33, 40),
    id: "AF1QipZ5xUh1Ja4Be7Lf2Kg6Dw8Iv3Gq9Jt0Pa5Uo",
  },
];

const ROOT = "Takeout/Google Photos";

/** A photo or video and its sidecar in `folder`; an edited copy beside it when `edited` (Takeout writes it no sidecar of its own). */
function photoFiles(folder: string, p: Photo, edited = false): PersonFile[] {
  const bytes = /\.mp4$/i.test(p.file) ? MP4 : JPEG;
  const copy = edited ? [{ name: `${folder}/${p.file.replace(/(\.[^.]+)$/, "-edited$1")}`, text: JPEG, mtime: p.uploaded }] : [];
  // (the sidecar's title is the photo's name as uploaded: a second "IMG_0001.JPG" is titled so too)
  return [
    { name: `${folder}/${p.file}`, text: bytes, mtime: p.uploaded },
    ...copy,
    { name: `${folder}/${sidecarName(p.file)}`, text: sidecar(p, p.file.replace(/\(\d+\)(?=\.[^.]+$)/, "")), mtime: p.uploaded },
  ];
}

/** An album's metadata.json, as Takeout writes it. */
function albumJson(title: string, description: string, made: number): string {
  return `{\n  "title": ${JSON.stringify(title)},\n  "description": ${JSON.stringify(description)},\n  "access": "protected",\n  "date": ${time(made, "  ")}\n}`;
}

/** Takeout's index of the download, beside its products' folders. */
const ARCHIVE_BROWSER =
  '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Archive Overview</title></head><body><h1>Your Google Photos data</h1><p>Your archive contains 1 product.</p></body></html>\n';

const FILES: PersonFile[] = [
  { name: "Takeout/archive_browser.html", text: ARCHIVE_BROWSER, mtime: Date.UTC(2026, 10, 23, 8, 12) },
  {
    name: `${ROOT}/Anna's 30th/metadata.json`,
    text: albumJson("Anna's 30th", "Anna's 30th birthday dinner at Dishoom Shoreditch, Saturday 3 October", Date.UTC(2026, 9, 4, 10, 12, 55)),
    mtime: Date.UTC(2026, 9, 4, 10, 12, 55),
  },
  ...ANNAS_30TH.flatMap((p, i) => photoFiles(`${ROOT}/Anna's 30th`, p, i === 2)),
  {
    name: `${ROOT}/Whitstable day trip/metadata.json`,
    text: albumJson("Whitstable day trip", "", Date.UTC(2026, 7, 17, 21, 4, 9)),
    mtime: Date.UTC(2026, 7, 17, 21, 4, 9),
  },
  ...WHITSTABLE_TRIP.flatMap((p) => photoFiles(`${ROOT}/Whitstable day trip`, p)),
  // (the year's folder holds every photo of the year, the albums' too)
  ...[...ANNAS_30TH, ...WHITSTABLE_TRIP, ...OTHERS].flatMap((p) => photoFiles(`${ROOT}/Photos from 2026`, p, p === ANNAS_30TH[2])),
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "Who came to Anna's 30th?", expect: ["Priya", "Tom"] },
  { question: "Where was Anna's birthday dinner?", expect: ["Dishoom"] },
  { question: "When was Anna's 30th?", expect: ["3 October"] },
  { question: "Who baked the cake for Anna's birthday?", expect: ["Priya"] },
  { question: "When did we go to Whitstable?", expect: ["16 August"] },
  { question: "Where did we have oysters in Whitstable?", expect: ["Wheelers"] },
  { question: "What's the boiler's serial number?", expect: ["GC 47-311-95"] },
  { question: "How much did the washing machine cost?", expect: ["429"] },
  { question: "When does the washing machine warranty run out?", expect: ["November 2028"] },
  { question: "Where did I park at Heathrow?", expect: ["C14"] },
  { question: "What was the gas meter reading?", expect: ["04512"] },
  { question: "Which photo did I mark as a favourite?", expect: ["bike"] },
  { question: "When was the boiler last serviced?", expect: null },
  { question: "How much was the bill at Dishoom?", expect: null },
  { question: "What is Anna's phone number?", expect: null },
];

/** The photographer: Google Photos from Google Takeout, unzipped, imported as the `Takeout` folder, asked on Monday 23 November 2026. */
export const photographer: Person = {
  name: "photographer",
  files: FILES,
  folder: "Takeout",
  askedAt: Date.UTC(2026, 10, 23, 9, 0),
  questions: QUESTIONS,
};

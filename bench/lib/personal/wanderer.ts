/**
 * The wanderer: Maya saves places on Google Maps (a list for a trip to Lisbon, "Want to go", starred
 * places with a note on each, two reviews she wrote) and imports her Google Takeout, unzipped (`engram
 * import Takeout`), with "Maps (your places)" and "Saved" ticked, each file as Takeout writes it
 * (checked against public importers of Takeout and their real exports: a Go importer's and a Python
 * one's tests, a connector's Maps reader, an Organic Maps test of a real file):
 * - `Maps (your places)/Saved Places.json`: GeoJSON, `{ "type": "FeatureCollection", "features": [ {
 *   "geometry": { "coordinates": [lng, lat], "type": "Point" }, "properties": { "date":
 *   "2026-11-02T19:41:07Z", "google_maps_url": "http://maps.google.com/?cid=<decimal>", "location": {
 *   "address", "country_code", "name" } }, "type": "Feature" } ] }` pretty-printed two spaces a level; a
 *   dropped pin with no place is at [0, 0], its URL `?q=<lat>,<lng>` and a `"Comment": "No location
 *   information is available for this saved place"` of Google's, no words of hers;
 * - `Maps (your places)/Reviews.json`: the same shape, each review's `date` with microseconds,
 *   `five_star_rating_published`, `google_maps_url` (`…/maps/place//data=!4m2!3m1!1s0x0:0x<hex>`),
 *   `questions` (`{ question, selected_option }` or `{ question, rating }`) and `review_text_published`;
 * - `Saved/<list>.csv`, one per list: a header `Title,Note,URL,Tags,Comment` (an older list's
 *   `Title,Note,URL,Comment`), an empty row `,,,,` after it, a row per place (its URL
 *   `https://www.google.com/maps/place/<Name>/data=!4m2!3m1!1s0x<hex>:0x<hex>`, the second hex the
 *   place's cid of Saved Places.json), CRLF; a list with a description has it on the first line and a
 *   blank line before the header. No address nor day in a list: those are Saved Places.json's.
 * Lists "Lisbon trip" (a hotel, a restaurant, a fado bar, a viewpoint, the market), "Want to go" (a
 * London restaurant, a museum), "Starred places" (Mum's favourite café, the dentist) and "Favourite
 * places"; beside them Takeout's `archive_browser.html`. Hand-written by the developers while trying
 * Engram as its users would, in session 34, before Engram could read Google Maps (the first run's
 * figures are in bench/README.md). With it, the questions such a person asks later and the words a
 * right answer holds, and questions nothing here answers.
 */
import type { Person } from "./types.js";

/** A place as Google Maps knows it: its name, address, country, position, and the second half of its feature id (hex), whose decimal is its cid. */
interface Place {
  name: string;
  address: string;
  country: string;
  lng: number;
  lat: number;
  /** The feature id's first half (hex) and second half (hex, the cid). */
  ftid: [string, string];
}

const PLACES = {
  memmo: {
    name: "Memmo Alfama Hotel",
    address: "Travessa das Merceeiras 27, 1100-348 Lisboa, Portugal",
    country: "PT",
    lng: -9.1318652,
    lat: 38.7110843,
    ftid: ["d193479f6e1c0e7", "8b4e2f6c1a3d5e70"],
  },
  taberna: {
    name: "Taberna da Rua das Flores",
    address: "R. das Flores 103, 1200-194 Lisboa, Portugal",
    country: "PT",
    lng: -9.1437468,
    lat: 38.7096533,
    ftid: ["d19347e0b2d3a51", "3f1c9a7e5b2d4c86"],
  },
  chico: {
    name: "Tasca do Chico",
    address: "R. do Diário de Notícias 39, 1200-141 Lisboa, Portugal",
    country: "PT",
    lng: -9.1445329,
    lat: 38.7123604,
    ftid: ["d19347f4b0b0c2b", "5a3e6f0a4e8c1b2d"],
  },
  miradouro: {
    name: "Miradouro da Senhora do Monte",
    address: "Largo Monte, 1170-107 Lisboa, Portugal",
    country: "PT",
    lng: -9.1327154,
    lat: 38.7191889,
    ftid: ["d193478c1b5f0a3", "6e2d8b4f1c7a9e05"],
  },
  market: {
    name: "Time Out Market Lisboa",
    address: "Av. 24 de Julho 49, 1200-479 Lisboa, Portugal",
    country: "PT",
    lng: -9.1458981,
    lat: 38.7069166,
    ftid: ["d19347f7b1c2e4d", "4c7b1e9d3a6f2085"],
  },
  brat: {
    name: "Brat",
    address: "First Floor, 4 Redchurch St, London E1 6JL, United Kingdom",
    country: "GB",
    lng: -0.0762861,
    lat: 51.5235724,
    ftid: ["48761cb0a8f2d5e3", "2b9e4d7f1a6c3e58"],
  },
  soane: {
    name: "Sir John Soane's Museum",
    address: "13 Lincoln's Inn Fields, London WC2A 3BP, United Kingdom",
    country: "GB",
    lng: -0.1173519,
    lat: 51.5170569,
    ftid: ["48761b34e9d2c8a1", "7d3a5f2e8c1b4960"],
  },
  pavilion: {
    name: "Pavilion Café",
    address: "Old Ford Rd, London E9 7DE, United Kingdom",
    country: "GB",
    lng: -0.0379211,
    lat: 51.5371043,
    ftid: ["48761d3d1f0c2b4e", "1e6c8a3f5d2b7904"],
  },
  dentist: {
    name: "Canonbury Dental Practice",
    address: "18 Canonbury Ln, London N1 2AP, United Kingdom",
    country: "GB",
    lng: -0.1016384,
    lat: 51.5432118,
    ftid: ["48761b6a4c2e8f13", "5f2a9c7e1d3b6084"],
  },
  dishoom: {
    name: "Dishoom Shoreditch",
    address: "7 Boundary St, London E2 7JE, United Kingdom",
    country: "GB",
    lng: -0.0771342,
    lat: 51.5244621,
    ftid: ["48761cb1e3a5d7f9", "3c8e1f6a9d2b5047"],
  },
  barbican: {
    name: "Barbican Kitchen",
    address: "Barbican Centre, Silk St, London EC2Y 8DS, United Kingdom",
    country: "GB",
    lng: -0.0937724,
    lat: 51.5201438,
    ftid: ["48761b5629c1e3f7", "6a1d4e8f2c7b3059"],
  },
  monmouth: {
    name: "Monmouth Coffee Company",
    address: "2 Park St, London SE1 9AB, United Kingdom",
    country: "GB",
    lng: -0.0913542,
    lat: 51.5054187,
    ftid: ["4876035700a3c1d5", "2f7c3b9e1a5d8046"],
  },
} satisfies Record<string, Place>;

/** A place's cid: the decimal of its feature id's second half, as Saved Places.json's URL gives it. */
function cid(p: Place): string {
  return BigInt(`0x${p.ftid[1]}`).toString();
}

/** A place's link in a saved list's CSV, as Google writes it: its name, then its feature id. */
function listUrl(p: Place): string {
  return `https://www.google.com/maps/place/${encodeURIComponent(p.name).replace(/%20/g, "+")}/data=!4m2!3m1!1s0x${p.ftid[0]}:0x${p.ftid[1]}`;
}

/** A saved place as Saved Places.json holds it: its point, the day it was saved, its link by cid, its name and address. */
function saved(p: Place, date: string): Record<string, unknown> {
  return {
    geometry: { coordinates: [p.lng, p.lat], type: "Point" },
    properties: {
      date,
      google_maps_url: `http://maps.google.com/?cid=${cid(p)}`,
      location: { address: p.address, country_code: p.country, name: p.name },
    },
    type: "Feature",
  };
}

const SAVED_PLACES = {
  type: "FeatureCollection",
  features: [
    saved(PLACES.dentist, "2026-02-14T10:05:33Z"),
    saved(PLACES.pavilion, "2026-05-17T12:48:09Z"),
    saved(PLACES.monmouth, "2026-06-06T09:21:44Z"),
    saved(PLACES.dishoom, "2026-09-26T18:02:51Z"),
    saved(PLACES.soane, "2026-10-11T15:37:20Z"),
    saved(PLACES.memmo, "2026-10-24T20:14:02Z"),
    saved(PLACES.taberna, "2026-10-24T20:31:47Z"),
    saved(PLACES.chico, "2026-10-24T20:40:15Z"),
    saved(PLACES.miradouro, "2026-10-25T09:12:38Z"),
    saved(PLACES.market, "2026-10-25T09:15:03Z"),
    {
      geometry: { coordinates: [0, 0], type: "Point" },
      properties: {
        date: "2026-10-25T09:18:27Z",
        google_maps_url: "http://maps.google.com/?q=38.714002,-9.133771",
        Comment: "No location information is available for this saved place",
      },
      type: "Feature",
    },
    saved(PLACES.brat, "2026-11-02T19:41:07Z"),
  ],
};

/** A review as Reviews.json holds it: the day written (microseconds), the stars, the place, the questions answered and the words. */
function review(p: Place, date: string, stars: number, questions: Array<Record<string, unknown>>, text: string): Record<string, unknown> {
  return {
    geometry: { coordinates: [p.lng, p.lat], type: "Point" },
    properties: {
      date,
      five_star_rating_published: stars,
      google_maps_url: `https://www.google.com/maps/place//data=!4m2!3m1!1s0x0:0x${p.ftid[1]}`,
      location: { address: p.address, country_code: p.country, name: p.name },
      questions,
      review_text_published: text,
    },
    type: "Feature",
  };
}

const REVIEWS = {
  type: "FeatureCollection",
  features: [
    review(
      PLACES.dishoom,
      "2026-10-18T21:12:40.512308Z",
      5,
      [
        { question: "Meal type", selected_option: "Dinner" },
        { question: "Price per person", selected_option: "£20–30" },
        { question: "Food", rating: 5 },
        { question: "Service", rating: 5 },
        { question: "Atmosphere", rating: 4 },
      ],
      "Worth the queue. The black daal is the best thing I've eaten all year and the lamb raan bun is a close second. They bring you chai while you wait outside.",
    ),
    review(
      PLACES.barbican,
      "2026-11-08T17:26:03.118094Z",
      3,
      [
        { question: "Meal type", selected_option: "Lunch" },
        { question: "Food", rating: 2 },
      ],
      "Handy café for a coffee before a concert, but the sandwiches were dry and it's pricey for what it is. Lovely view over the lake though.",
    ),
  ],
};

/** A CSV cell as Google writes it: quoted when it holds a comma, a quote or a line break. */
function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A saved list's CSV: its description (if any) and a blank line, the header, the empty row, a row per place; CRLF. */
function list(header: string, rows: Array<[Place, string]>, description?: string): string {
  const columns = header.split(",").length;
  const row = ([p, note]: [Place, string]) => [p.name, note, listUrl(p), ...Array(columns - 3).fill("")].map(cell).join(",");
  return [...(description ? [description, ""] : []), header, ",".repeat(columns - 1), ...rows.map(row), ""].join("\r\n");
}

const FILES: Person["files"] = [
  {
    name: "Takeout/archive_browser.html",
    text: "<!DOCTYPE html><html><head><title>Archive overview</title></head><body><h1>Your Google data</h1><p>Maps (your places), Saved</p></body></html>",
  },
  { name: "Takeout/Maps (your places)/Saved Places.json", text: JSON.stringify(SAVED_PLACES, null, 2) },
  { name: "Takeout/Maps (your places)/Reviews.json", text: JSON.stringify(REVIEWS, null, 2) },
  {
    name: "Takeout/Saved/Lisbon trip.csv",
    text: list(
      "Title,Note,URL,Tags,Comment",
      [
        [PLACES.memmo, "Booked 12–16 March, rooftop pool"],
        [PLACES.taberna, "No bookings – queue from 6.30pm, cash only"],
        [PLACES.chico, "Fado bar, singing from 9pm. Tiny, so get there early"],
        [PLACES.miradouro, "Best viewpoint for the sunset"],
        [PLACES.market, ""],
      ],
      "Long weekend in March: Alfama, fado, pastéis de nata",
    ),
  },
  {
    name: "Takeout/Saved/Want to go.csv",
    text: list("Title,Note,URL,Comment", [
      [PLACES.brat, "Turbot for two. Priya says book 4 weeks ahead"],
      [PLACES.soane, "Candlelit evenings, free"],
    ]),
  },
  {
    name: "Takeout/Saved/Starred places.csv",
    text: list("Title,Note,URL,Tags,Comment", [
      [PLACES.dentist, "Dentist – Dr Mehta"],
      [PLACES.pavilion, "Mum's favourite café"],
      [PLACES.dishoom, ""],
    ]),
  },
  { name: "Takeout/Saved/Favourite places.csv", text: list("Title,Note,URL,Tags,Comment", [[PLACES.monmouth, "Best flat white"]]) },
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "Which fado bar did I save for Lisbon?", expect: ["Tasca do Chico"] },
  { question: "Which hotel did I save for the Lisbon trip?", expect: ["Memmo Alfama"] },
  { question: "Where should I watch the sunset in Lisbon?", expect: ["Senhora do Monte"] },
  { question: "When does the queue start at Taberna da Rua das Flores?", expect: ["6.30pm"] },
  { question: "What time does the fado start at Tasca do Chico?", expect: ["9pm"] },
  { question: "What's the address of my dentist?", expect: ["Canonbury Ln", "N1 2AP"] },
  { question: "What's Mum's favourite café?", expect: ["Pavilion"] },
  { question: "What did I say about Dishoom in my review?", expect: ["black daal"] },
  { question: "How many stars did I give the Barbican café?", expect: ["3"] },
  { question: "Which London restaurant did I want to try?", expect: ["Brat"] },
  { question: "Which museum do I want to go to?", expect: ["Soane"] },
  { question: "What did I order at Brat?", expect: null },
  { question: "What's my dentist's phone number?", expect: null },
  { question: "Which hotel did I book in Porto?", expect: null },
];

/** Maya: her Google Takeout (Maps (your places) and Saved), unzipped and imported as one folder, asked on Saturday 5 December 2026. */
export const wanderer: Person = {
  name: "wanderer",
  files: FILES,
  folder: "Takeout",
  askedAt: Date.UTC(2026, 11, 5, 19, 0),
  questions: QUESTIONS,
};

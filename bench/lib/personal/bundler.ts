/**
 * The Bear writer: Ellie keeps her notes in Bear on her Mac (a recipe with tags, a trip plan with a
 * checklist, meeting notes with a highlight and a PDF attached, a note with a photo of her new bike, gift
 * ideas under a first line that is no heading) and exports them (File → Export Notes… → TextBundle) into a folder, "Bear export", which she
 * imports (`engram import "Bear export"`). Each note is a folder `<Title>.textbundle/` as Bear writes
 * one (the TextBundle spec, textbundle.org/spec; Bear's info.json as its exports and backups hold it,
 * pretty-printed by Apple's JSON writer, keys sorted, " : "): `text.markdown` (Bear's Markdown: the
 * title its first "# " line, `#tag`, `#nested/tag` and `#multi word tag#` tags, `::highlight::`, "- [ ]"
 * and "- [x]" checkboxes, `![](assets/IMG_4821.jpeg)<!-- {"width":640} -->` for an image and a link
 * into `assets/` for a file), `info.json` (`{ "creatorIdentifier" : "net.shinyfrog.bear",
 * "net.shinyfrog.bear" : { "creationDate" : "2026-11-08T15:12:40Z", "modificationDate" : …, … },
 * "transient" : true, "type" : "net.daringfireball.markdown", "version" : 2 }`) and `assets/` (a JPEG,
 * a PDF of the kitchen fitter's quote). The files were written on export, 1 December 2026, so only
 * info.json says when each note was written. One older note was exported by Bear 1 as Bear-Markdown-Export
 * writes it (rovest/Bear-Markdown-Export make_text_bundle: `text.md`, an info.json with no
 * "net.shinyfrog.bear", the text file dated its last edit). Hand-written by the developers while trying
 * Engram as its users would, in session 32, before Engram read a TextBundle (the first run's figures
 * are in bench/README.md). With it, the questions such a person asks later and the words a right
 * answer holds, and questions nothing here answers.
 */
import { pdfDocument } from "../../../test/fixtures/documents.js";
import type { Person, PersonFile } from "./types.js";

/** When Ellie exported her notes: every file Bear wrote is of this time. */
const EXPORTED = Date.parse("2026-12-01T20:15:00Z");

/** A Bear note's info.json as Bear 2 writes it: its creation and last edit (ISO 8601, UTC) and its id. */
function bearInfo(created: string, modified: string, id: string): string {
  return `{
  "creatorIdentifier" : "net.shinyfrog.bear",
  "net.shinyfrog.bear" : {
    "archived" : 0,
    "creationDate" : "${created}",
    "lastEditingDevice" : "Ellie's MacBook Air",
    "modificationDate" : "${modified}",
    "pinned" : 0,
    "trashed" : 0,
    "uniqueIdentifier" : "${id}",
    "version" : 3
  },
  "transient" : true,
  "type" : "net.daringfireball.markdown",
  "version" : 2
}`;
}

/** A Bear note exported as a TextBundle: its text.markdown, its info.json and its assets, all written at the export's time. */
function bundle(title: string, text: string, info: string, assets: Record<string, string | Uint8Array> = {}): PersonFile[] {
  const dir = `Bear export/${title}.textbundle`;
  return [
    { name: `${dir}/text.markdown`, text, mtime: EXPORTED },
    { name: `${dir}/info.json`, text: info, mtime: EXPORTED },
    ...Object.entries(assets).map(([name, bytes]) => ({ name: `${dir}/assets/${name}`, text: bytes, mtime: EXPORTED })),
  ];
}

const BANANA_BREAD = `# Banana bread
#recipes/baking #family favourites#

Gran's recipe, the one Mum still makes. Makes one 2lb loaf.

## Ingredients
- 3 very ripe bananas
- 75g melted butter
- 150g light brown sugar
- 1 egg, beaten
- 1 tsp bicarbonate of soda
- 190g plain flour
- a handful of chopped walnuts

## Method
1. Heat the oven to 170°C (150°C fan) and line the loaf tin.
2. Mash the bananas and stir in the melted butter.
3. Mix in the sugar, egg and bicarb, then fold in the flour and walnuts.
4. Bake for 55 minutes, until a skewer comes out clean.

::Don't open the oven door before 45 minutes or it sinks in the middle.::
`;

const LISBON = `# Lisbon trip
#travel/2026

Flying out Thursday 10 December with easyJet, EZY8315 from Gatwick at 06:40. Back on Monday 14 December.
Staying at Casa do Largo in Alfama, check-in from 3pm. Booking ref 4471-LX.

## Before we go
- [x] Book the airport parking
- [ ] Order euros from the post office
- [ ] Renew the travel insurance
- [ ] Print the boarding passes

## Ideas
- Time Out Market for lunch on Friday
- Tram 28 up to the castle
- Day trip to Sintra on Saturday, train from Rossio
`;

const KITCHEN = `# Kitchen refit meeting
#home/kitchen

Met Jordan Hale from Hartwell Kitchens at the house today, with Priya.

- Quote for the full refit is £14,800 including fitting
- Oak worktops, cabinets in sage green
- ::Deposit of £2,000 due by 4 December to hold the January slot::
- Work starts Monday 11 January and takes about three weeks

[Hartwell quote.pdf](assets/Hartwell%20quote.pdf)

Priya to pick the splashback tiles by the end of the month.
`;

const BIKE = `# New bike
#bike

![](assets/IMG_4821.jpeg)<!-- {"width":640} -->

Ribble Endurance AL, bought on 2 November from Bike Hub in Clifton for £1,150.
Frame number WTU312C4471K, registered on BikeRegister.
First service is free after 500 miles.
`;

// (Bear names a note by its first line, a heading or not)
const GIFTS = `Christmas gifts
#christmas

- Mum: the Le Creuset casserole dish, in sage
- Dad: Ottolenghi Simple
- Sam: climbing chalk bag
- Secret Santa at work: £20 limit, I got Marcus
`;

const BOOK_CLUB = `# Book club
#books

December pick is *Tomorrow, and Tomorrow, and Tomorrow*. We meet at Hannah's on Wednesday 16 December, 7.30pm.
`;

/** The fitter's quote, attached to the meeting note: a one-page PDF. */
const QUOTE = pdfDocument(
  [
    {
      blocks: [
        { text: "Hartwell Kitchens – Quotation", size: 18, bold: true },
        { text: "Full kitchen refit at 9 Ashgrove Road: supply and fit of units, oak worktops and appliances. Total £14,800." },
      ],
    },
  ],
  { title: "Quotation", created: new Date("2026-11-16T09:00:00Z") },
);

/** A JPEG's first bytes (Bear copies the photo as it was taken). */
const PHOTO = new Uint8Array([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x48, 0x00, 0x48, 0x00, 0x00, 0xff, 0xd9,
]);

const FILES: PersonFile[] = [
  ...bundle("Banana bread", BANANA_BREAD, bearInfo("2026-11-08T15:12:40Z", "2026-11-29T09:02:11Z", "6A1F3C2E-8B4D-4E7A-9C10-2F5D8E7B6A41")),
  ...bundle("Lisbon trip", LISBON, bearInfo("2026-11-20T21:04:17Z", "2026-11-30T22:41:05Z", "C3D9E1F2-4A5B-4C6D-8E7F-90A1B2C3D4E5")),
  ...bundle("Kitchen refit meeting", KITCHEN, bearInfo("2026-11-17T18:40:02Z", "2026-11-17T18:52:44Z", "9F8E7D6C-5B4A-4392-8170-6E5D4C3B2A19"), {
    "Hartwell quote.pdf": QUOTE,
  }),
  ...bundle("New bike", BIKE, bearInfo("2026-11-03T12:30:55Z", "2026-11-03T12:41:09Z", "1B2C3D4E-5F60-4718-92A3-B4C5D6E7F809"), { "IMG_4821.jpeg": PHOTO }),
  ...bundle("Christmas gifts", GIFTS, bearInfo("2026-11-14T21:33:50Z", "2026-11-26T22:10:41Z", "0E1F2A3B-4C5D-4E6F-8A9B-0C1D2E3F4A5B")),
  // (exported by Bear 1 through Bear-Markdown-Export: text.md, no "net.shinyfrog.bear" in info.json, the text dated its last edit)
  { name: "Bear export/Book club.textbundle/text.md", text: BOOK_CLUB, mtime: Date.parse("2026-11-24T19:20:00Z") },
  {
    name: "Bear export/Book club.textbundle/info.json",
    text: `{
    "transient" : true,
    "type" : "net.daringfireball.markdown",
    "creatorIdentifier" : "net.shinyfrog.bear",
    "version" : 2
    }`,
    mtime: Date.parse("2026-11-24T19:20:00Z"),
  },
];

/** Ellie: her Bear notes exported as TextBundles, imported as one folder ("Bear export"), asked on Thursday 3 December 2026. */
export const bundler: Person = {
  name: "bundler",
  files: FILES,
  folder: "Bear export",
  askedAt: Date.parse("2026-12-03T19:00:00Z"),
  questions: [
    { question: "How long does the banana bread bake for?", expect: ["55 minutes"] },
    { question: "What is my flight number to Lisbon?", expect: ["EZY8315"] },
    { question: "What do I still need to do before the Lisbon trip?", expect: ["euros"] },
    { question: "When did I meet Jordan from Hartwell Kitchens?", expect: ["17 November"] },
    { question: "How much is the kitchen deposit?", expect: ["2,000"] },
    { question: "When is the kitchen deposit due?", expect: ["4 December"] },
    { question: "When does the kitchen work start?", expect: ["11 January"] },
    { question: "When does Priya need to pick the tiles by?", expect: ["30 November"] },
    { question: "What is my bike's frame number?", expect: ["WTU312C4471K"] },
    { question: "Where did I buy my bike?", expect: ["Bike Hub"] },
    { question: "Where is book club meeting in December?", expect: ["Hannah"] },
    { question: "What am I getting Dad for Christmas?", expect: ["Ottolenghi"] },
    { question: "What is the Wi-Fi password?", expect: null },
    { question: "How much did the Lisbon hotel cost?", expect: null },
    { question: "When is my dentist appointment?", expect: null },
  ],
};

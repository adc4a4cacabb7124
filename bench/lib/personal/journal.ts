/**
 * The journal person: Hannah, who keeps a diary in Day One (a physio course for her knee, her mum's
 * visit, a weekend in Edinburgh, a sourdough starter she feeds, a new desk at work, a running goal).
 * Their data: the journal as Day One exports it in JSON (Journal.json inside the export's zip: each
 * entry its Markdown text with its punctuation escaped, creation time in UTC with its time zone, tags, a place and the weather;
 * photos as `dayone-moment://` links in the text; an entry starred), hand-written by the developers
 * while trying Engram as its users would. With them, the questions such a person asks later and the
 * words a right answer holds, and questions nothing here answers. Written in session 28 before
 * Engram could read a Day One journal (the first run's figures are in bench/README.md).
 */
import type { Person } from "./types.js";

/** One entry: when (ISO, UTC), its Markdown text, and what else Day One writes with it. */
type Entry = [at: string, text: string, extra?: Record<string, unknown>];

const LONDON = { localityName: "London", country: "United Kingdom", administrativeArea: "England", placeName: "Home" };

const ENTRIES: Entry[] = [
  [
    "2026-03-03T19:40:00Z",
    "# First physio session\n\nFirst session with Dr Hale at Balance Physio on Upper Street. She thinks my knee pain is patellar tendinopathy. Six sessions, every Tuesday at 8am.\n\nHomework: 3 sets of 15 slow squats and calf raises every day.\n\n![](dayone-moment://9F2C3A1B4D5E6F708192A3B4C5D6E7F8)",
    { tags: ["health"], location: LONDON, weather: { temperatureCelsius: 7, conditionsDescription: "Rain" } },
  ],
  [
    "2026-03-14T21:05:00Z",
    "Mum came down for the weekend. She brought the blue tablecloth from Nan's house and a jar of her damson jam. We walked up Primrose Hill and she told me she's finally retiring in June.",
    { tags: ["family"], starred: true, location: { ...LONDON, placeName: "Primrose Hill" } },
  ],
  [
    "2026-03-22T10:15:00Z",
    "# Sourdough\n\nStarted a sourdough starter and named it Clint. To feed the starter: discard half of it, add 50 g of flour and 50 g of water, then stir and leave it on the counter.\n\nFirst loaf next weekend hopefully.",
    { tags: ["baking"], location: LONDON },
  ],
  [
    "2026-04-11T18:30:00Z",
    "Edinburgh! Train up this morning. Staying at the Balmoral until Monday. Climbed Arthur's Seat in the wind, knee held up fine.\n\n![](dayone-moment://0A1B2C3D4E5F60718293A4B5C6D7E8F9)",
    {
      tags: ["travel"],
      location: { localityName: "Edinburgh", country: "United Kingdom", administrativeArea: "Scotland", placeName: "Arthur's Seat" },
      weather: { temperatureCelsius: 9, conditionsDescription: "Windy" },
    },
  ],
  [
    "2026-04-20T17:50:00Z",
    "Moved desks at work today, I'm on the 4th floor now next to the design team. My new extension is 4417.",
    { tags: ["work"], location: { ...LONDON, placeName: "Office" } },
  ],
  [
    "2026-05-02T07:30:00Z",
    "Signed up for the Hackney Half on 17 May. Goal: under 2 hours. Ran 12 km this morning without knee pain.",
    { tags: ["running", "health"], location: LONDON },
  ],
];

/** Markdown as Day One writes it in `text`: its punctuation escaped ("Edinburgh\\!", "4\\.30"), but for a photo's link and a heading's marks. */
function dayOneMarkdown(text: string): string {
  return text
    .split("\n")
    .map((line) => {
      if (line.startsWith("![](")) return line;
      const heading = /^#+ /.exec(line)?.[0] ?? "";
      return heading + line.slice(heading.length).replace(/[.!()\-+#]/g, (c) => `\\${c}`);
    })
    .join("\n");
}

/** The journal as Day One's JSON export writes it (metadata, then the entries in the order written). */
function journalJson(): string {
  return JSON.stringify(
    {
      metadata: { version: "1.0" },
      entries: ENTRIES.map(([at, text, extra], i) => ({
        uuid: `5C0D1E2F3A4B5C6D7E8F9A0B1C2D3E${String(i).padStart(2, "0")}`,
        creationDate: at.replace(/\.\d+Z$/, "Z"),
        modifiedDate: at,
        timeZone: "Europe/London",
        text: dayOneMarkdown(text),
        richText: JSON.stringify({ meta: { version: 1 }, contents: [{ text }] }),
        starred: false,
        isPinned: false,
        creationDevice: "Hannah's iPhone",
        creationDeviceType: "iPhone",
        duration: 0,
        ...extra,
      })),
    },
    null,
    2,
  );
}

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "Who is my physio?", expect: ["Dr Hale"] },
  { question: "When are my physio sessions?", expect: ["Tuesday", "8am"] },
  { question: "What exercises did the physio give me?", expect: ["squats"] },
  { question: "What did Mum bring when she visited?", expect: ["tablecloth"] },
  { question: "When is Mum retiring?", expect: ["June"] },
  { question: "How do I feed my sourdough starter?", expect: ["discard half"] },
  { question: "What is my sourdough starter called?", expect: ["Clint"] },
  { question: "Where did I stay in Edinburgh?", expect: ["Balmoral"] },
  { question: "What is my work extension?", expect: ["4417"] },
  { question: "When is the Hackney Half?", expect: ["17 May"] },
  { question: "What is my goal for the half marathon?", expect: ["2 hours"] },
  { question: "What is Mum's phone number?", expect: null },
  { question: "When is my dentist appointment?", expect: null },
  { question: "Where did I go skiing?", expect: null },
];

/** Hannah: a Day One journal (Journal.json), asked on Sunday 10 May 2026. */
export const journal: Person = {
  name: "journal",
  files: [{ name: "Journal.json", text: journalJson() }],
  askedAt: Date.UTC(2026, 4, 10, 9),
  questions: QUESTIONS,
};

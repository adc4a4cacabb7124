/**
 * The Evernote person: Priya, who kept her second brain in Evernote for years and moves it to Engram
 * (a boiler service, a dal recipe with its method, a planning meeting with its checklist, flights to
 * Kochi in a table, a web clip on descaling the coffee machine, a packing list of ticked boxes, a
 * receipt with its photo, a password kept encrypted). Their data: one notebook as Evernote exports it
 * (File → Export notes → ENEX: `<en-export>` of `<note>`s, each its title, times, tags, attributes, its
 * ENML content as CDATA, and its attachments as base64 `<resource>`s), written in Evernote 10's ENML
 * (`<div>` lines, `<div><br /></div>` between paragraphs, checklists as `--en-todo` lists) and, for one
 * older note, the legacy `<en-todo>`; hand-written by the developers while trying Engram as its users
 * would. With them, the questions such a person asks later and the words a right answer holds, and
 * questions nothing here answers. Written in session 29 before Engram could read an ENEX file (the
 * first run's figures are in bench/README.md).
 */
import type { Person } from "./types.js";

/** One note: its title, when it was created and updated (Evernote's "20260115T093000Z"), tags, attributes, ENML body (inside `<en-note>`), attachments. */
interface Note {
  title: string;
  created: string;
  updated: string;
  tags?: string[];
  attributes?: string;
  body: string;
  resources?: string[];
}

/** A PNG's first bytes as base64, repeated: an attachment's data (a photo's bytes are no words). */
const PHOTO = `${"iVBORw0KGgoAAAANSUhEUgAAAoAAAAHgCAIAAAC6s0uzAAAAA3NCSVQICAjb4U/gAAAgAElEQVR4nO3deXxU5b3".repeat(40)}==`;

const NOTES: Note[] = [
  {
    title: "Boiler service",
    created: "20260114T183000Z",
    updated: "20260114T184500Z",
    tags: ["home"],
    body: [
      "<div>Boiler serviced today by Tom Price from Warmfront Heating, 07700 900318.</div>",
      "<div>Cost £95. He says the pressure valve is getting old.</div>",
      "<div><br /></div>",
      "<div>Next service due in January 2027.</div>",
    ].join(""),
  },
  {
    title: "Dal tadka",
    created: "20260208T120000Z",
    updated: "20260301T091000Z",
    tags: ["recipes"],
    body: [
      "<h2>Ingredients</h2>",
      "<ul><li><div>200 g toor dal</div></li><li><div>1 tsp turmeric</div></li><li><div>2 tbsp ghee</div></li><li><div>1 tsp cumin seeds</div></li></ul>",
      "<h2>Method</h2>",
      "<ol><li><div>Rinse the dal until the water runs clear</div></li><li><div>Simmer it with the turmeric for 25 minutes</div></li>",
      "<li><div>Fry the cumin seeds in the ghee and pour over the dal</div></li></ol>",
      "<div><br /></div>",
      "<div>From Amma, who makes it every Sunday.</div>",
    ].join(""),
  },
  {
    title: "Q4 planning meeting",
    created: "20260910T140000Z",
    updated: "20260912T090000Z",
    tags: ["work"],
    attributes: "<author>Priya Nair</author>",
    body: [
      "<div>With Farah and Ben. We decided the team offsite is in Lisbon, 14–16 October.</div>",
      "<div>Budget: €8,000.</div>",
      "<div><br /></div>",
      '<ul style="--en-todo:true;"><li style="--en-checked:true;"><div>Send the budget to Farah</div></li>',
      '<li style="--en-checked:false;"><div>Book a venue for the offsite</div></li></ul>',
    ].join(""),
  },
  {
    title: "Flights to Kochi",
    created: "20261002T201500Z",
    updated: "20261002T201500Z",
    tags: ["travel"],
    body: [
      "<div>Booking reference <b>Q7XK2P</b> with Emirates.</div>",
      "<table><tbody>",
      "<tr><td><div>Flight</div></td><td><div>Date</div></td><td><div>Departs</div></td></tr>",
      "<tr><td><div>EK 2</div></td><td><div>18 December 2026</div></td><td><div>21:40 from Heathrow</div></td></tr>",
      "<tr><td><div>EK 530</div></td><td><div>19 December 2026</div></td><td><div>09:15 from Dubai</div></td></tr>",
      "</tbody></table>",
    ].join(""),
  },
  {
    title: "How to descale a Nespresso machine",
    created: "20261015T073000Z",
    updated: "20261015T073000Z",
    tags: ["web clip"],
    attributes: "<source>web.clip7</source><source-url>https://www.example.com/help/descaling</source-url>",
    body: [
      '<div style="font-family: Helvetica;"><h1>How to descale your machine</h1>',
      "<p>Descale every 3 months, or when the orange light blinks.</p>",
      "<ol><li>Empty the drip tray and the capsule container.</li><li>Fill the water tank with 0.5 l of water and one descaling sachet.</li>",
      "<li>Hold both buttons for 3 seconds and let the solution run through.</li><li>Rinse the tank and run clean water through twice.</li></ol>",
      '<p><a href="https://www.example.com/shop">Buy descaling kits</a></p></div>',
    ].join(""),
  },
  {
    title: "Packing list",
    created: "20131104T081500Z",
    updated: "20261101T190000Z",
    tags: ["travel"],
    body: ['<div><en-todo checked="true"/>Passport</div>', '<div><en-todo checked="false"/>Adapter plug</div>', "<div><en-todo/>Mosquito repellent</div>"].join(
      "",
    ),
  },
  {
    title: "Receipt: new glasses",
    created: "20261107T113000Z",
    updated: "20261107T113000Z",
    body: [
      "<div>Paid £240 at Specsavers on Upper Street for new glasses. Two-year warranty.</div>",
      '<div><en-media hash="4f1c2e9a7b3d5f60718293a4b5c6d7e8" type="image/png" /></div>',
    ].join(""),
    resources: [
      `<resource><data encoding="base64">${PHOTO}</data><mime>image/png</mime><width>640</width><height>480</height><resource-attributes><file-name>receipt.png</file-name></resource-attributes></resource>`,
    ],
  },
  {
    title: "Wifi",
    created: "20250602T100000Z",
    updated: "20250602T100000Z",
    body: '<div>Home network: Nair-5G</div><div><en-crypt hint="usual" cipher="AES" length="128">RU5DMI1mnQ7fKjBk9EkK0Q1Eg4KzVZ6XQk7nDA==</en-crypt></div>',
  },
];

/** The notebook as Evernote 10 exports it: ENEX, each note's ENML in a CDATA section. */
function enex(): string {
  const notes = NOTES.map((n) =>
    [
      "  <note>",
      `    <title>${n.title}</title>`,
      `    <created>${n.created}</created>`,
      `    <updated>${n.updated}</updated>`,
      ...(n.tags ?? []).map((t) => `    <tag>${t}</tag>`),
      `    <note-attributes>${n.attributes ?? ""}</note-attributes>`,
      "    <content>",
      `      <![CDATA[<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">\n<en-note>${n.body}</en-note>      ]]>`,
      "    </content>",
      ...(n.resources ?? []).map((r) => `    ${r}`),
      "  </note>",
    ].join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">',
    '<en-export export-date="20261120T093000Z" application="Evernote" version="10.105.4">',
    ...notes,
    "</en-export>",
    "",
  ].join("\n");
}

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "Who serviced my boiler?", expect: ["Tom Price"] },
  { question: "When is the next boiler service due?", expect: ["January 2027"] },
  { question: "How much did the boiler service cost?", expect: ["£95"] },
  { question: "How do I make dal tadka?", expect: ["rinse"] },
  { question: "Where is the team offsite?", expect: ["Lisbon"] },
  { question: "What do I still need to do for the offsite?", expect: ["venue"] },
  { question: "What is my booking reference for Kochi?", expect: ["Q7XK2P"] },
  { question: "When do I fly to Kochi?", expect: ["18 December"] },
  { question: "How do I descale the coffee machine?", expect: ["descaling sachet"] },
  { question: "What's on my packing list?", expect: ["adapter plug"] },
  { question: "How much were my new glasses?", expect: ["£240"] },
  { question: "What is my wifi password?", expect: null },
  { question: "When is my dentist appointment?", expect: null },
  { question: "What is my car's registration?", expect: null },
];

/** Priya: an Evernote notebook exported as ENEX (Priya's notebook.enex), asked on Friday 20 November 2026. */
export const evernote: Person = {
  name: "evernote",
  files: [{ name: "Priya's notebook.enex", text: enex() }],
  askedAt: Date.UTC(2026, 10, 20, 9),
  questions: QUESTIONS,
};

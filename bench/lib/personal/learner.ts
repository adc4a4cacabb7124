/**
 * The learner: Priya, a second-year physiotherapy student in Bristol who is going to Japan in April
 * 2027, revises in Anki every day: a deck of Japanese vocabulary for the trip (Basic notes, some with
 * their reading under the meaning, one read aloud, one a picture), her anatomy decks (Cloze notes, one
 * an Image Occlusion of the scapula) and a small deck of things she keeps forgetting ("Mum's blood
 * type" → "O+"). She exports them from Anki's File → Export… as "Notes in Plain Text (.txt)", all
 * decks, with every box ticked (HTML and media references, tags, deck name, notetype name, unique
 * identifier), and imports the folder they are in (`engram import Anki`), beside an older export of her
 * lower-limb deck made in March on the university's library PC (Anki 2.1.49: no header lines, tags
 * only) and a shared deck she downloaded from AnkiWeb as an `.apkg` (a package, passed over saying to
 * export it as Notes in Plain Text).
 *
 * The files are as Anki writes them. Since 2.1.55 (rslib/src/import_export/text/csv/export.rs
 * `export_note_csv`): header lines `#separator:tab`, `#html:true`, then `#guid column:1`, `#notetype
 * column:2`, `#deck column:3` and `#tags column:N` for the boxes ticked (N = 1 + the deck's column + the
 * most fields of any notetype exported, here Image Occlusion's five: 9), then a note per record written
 * by the Rust csv crate (tab-delimited, `\n` ends, a field quoted when it holds a tab, a quote, a line
 * break or `#`, the comment character it is told of, with quotes doubled; a note's fields padded to the
 * most fields with empty ones; its tags joined by spaces). The old exporter (pylib anki/exporting.py
 * `TextNoteExporter`, `escapeText`): no header, the fields then the tags joined by tabs, a line break
 * made a space, a field quoted when it holds `"` or `'`, lines joined by `\n` with none after the last.
 * The export dialog names the file by the deck chosen, `\ / ? < > : * | " ^` made `_`
 * (qt/aqt/import_export/exporting.py `filename`): "All Decks.txt", "Physio__Anatomy__Lower limb.txt".
 * Stock notetypes' fields: Basic (Front, Back), Basic (and reversed card) (Front, Back), Cloze (Text,
 * Back Extra, `{{c1::answer::hint}}`), Image Occlusion (Occlusion, Image, Header, Back Extra,
 * Comments; its Occlusion `{{c1::image-occlusion:rect:left=…:oi=1}}`). Checked against Anki's source
 * (rslib's csv export and metadata.rs, which reads the same header keys; pylib's legacy exporter;
 * aqt's export dialog and exporting.ui, whose boxes default to HTML and tags only), the Anki manual's
 * Text Files page and the csv crate's writer (csv-core writer.rs: `comment` quotes any field holding it).
 * Hand-written by the developers while trying Engram as its users would, in session 40, before Engram
 * could read an Anki export (the first run's figures are in bench/README.md). With it, the questions
 * such a person asks later and the words a right answer holds, and questions nothing here answers.
 */
import { crc32 } from "node:zlib";
import type { Person } from "./types.js";

/** A note as the modern export writes it: its guid, notetype, deck, fields (in the notetype's order) and tags. */
type Note = [guid: string, notetype: string, deck: string, fields: string[], tags: string];

/** The most fields of any notetype exported (Image Occlusion's five): every note's fields padded to it. */
const FIELD_COLUMNS = 5;

/** A field as the Rust csv crate writes it with Anki's settings: quoted when it holds a tab, a quote, a line break or "#", its quotes doubled. */
function csvField(s: string): string {
  return /[\t"\r\n#]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** A note's tags as Anki keeps them: no two alike, in order ignoring case (rslib tags `canonify_tags`). */
function sortedTags(tags: string): string {
  return [...new Set(tags.split(" ").filter(Boolean))].sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1)).join(" ");
}

/** A "Notes in Plain Text" export as Anki 2.1.55 and later write it, every box ticked. */
function modernExport(notes: Note[]): string {
  const header = ["#separator:tab", "#html:true", "#guid column:1", "#notetype column:2", "#deck column:3", `#tags column:${4 + FIELD_COLUMNS}`];
  const rows = notes.map(([guid, type, deck, fields, tags]) =>
    [guid, type, deck, ...fields, ...Array(FIELD_COLUMNS - fields.length).fill(""), sortedTags(tags)].map(csvField).join("\t"),
  );
  return `${header.join("\n")}\n${rows.map((r) => `${r}\n`).join("")}`;
}

/** A field as Anki's old exporter wrote it (escapeText): line breaks made spaces, tabs eight spaces, quoted when it holds `"` or `'`. */
function legacyField(s: string): string {
  const t = s.replace(/\n/g, " ").replace(/\r/g, "").replace(/\t/g, " ".repeat(8));
  return /["']/.test(t) ? `"${t.replaceAll('"', '""')}"` : t;
}

/** An export of Anki 2.1.49 and before: no header, each note's fields then its tags, joined by tabs; no line break after the last. */
function legacyExport(notes: Array<[fields: string[], tags: string]>): string {
  return notes.map(([fields, tags]) => [...fields.map(legacyField), sortedTags(tags)].join("\t")).join("\n");
}

const JAPANESE = "Japanese::Travel";
const UPPER = "Physio::Anatomy::Upper limb";
const PERSONAL = "Personal";

/** All her decks, exported on Sunday 29 November 2026, in the order Anki keeps the notes (when each was added). */
const ALL_DECKS: Note[] = [
  ["b9W)pLk2xE", "Basic", JAPANESE, ["駅", "train station<br><i>eki</i>"], "JLPT::N5 japanese travel"],
  ["f>4rT!m8Qa", "Basic", JAPANESE, ["切符", "ticket<br>きっぷ (kippu)"], "japanese travel"],
  [
    "Tb2#kR7!wQ",
    "Cloze",
    UPPER,
    ["The {{c1::biceps brachii}} flexes the elbow and {{c2::supinates}} the forearm.", "Innervated by the musculocutaneous nerve (C5–C6)."],
    "anatomy::upper_limb muscles physio",
  ],
  ["H#2vNq9@cZ", "Basic (and reversed card)", JAPANESE, ["乗り換え", "transfer (changing trains)<br>のりかえ (norikae)"], "japanese travel"],
  ["Mv7~Ue3:Pd", "Basic", PERSONAL, ["Mum's blood type", "O+"], "family"],
  ["pX7&w3Ls0j", "Basic", JAPANESE, ["トイレはどこですか？", "Where is the toilet?[sound:toire_wa_doko_desu_ka.mp3]"], "japanese phrases"],
  [
    "Yv8@sD1%nM",
    "Cloze",
    UPPER,
    [
      "The rotator cuff muscles are {{c1::supraspinatus}}, {{c1::infraspinatus}}, {{c1::teres minor}} and {{c1::subscapularis}} (SITS).",
      "<i>Tip:</i> all four hold the head of the humerus in the glenoid fossa.",
    ],
    "anatomy::shoulder anatomy::upper_limb rotator_cuff",
  ],
  ["Rm1$eY6^tB", "Basic", JAPANESE, ["いくらですか", "How much is it?"], "japanese phrases shopping"],
  [
    "Gk3^pL5&xZ",
    "Cloze",
    UPPER,
    ["{{c1::Supraspinatus}} initiates shoulder abduction (the first 15°); the {{c2::deltoid}} takes over after that.", ""],
    "anatomy::shoulder rotator_cuff",
  ],
  ["u8K%dF0~sG", "Basic", JAPANESE, ["<b>水</b>", "water<br>みず (mizu)"], "JLPT::N5 japanese food"],
  ["Dq4!zB8]hY", "Basic", PERSONAL, ["Dad's birthday", "14 March (1958)"], "birthdays family"],
  [
    "Wn6*fH0=eC",
    "Cloze",
    UPPER,
    ["The {{c1::triceps brachii}} extends the elbow; it is supplied by the {{c2::radial::nerve}} nerve.", ""],
    "anatomy::upper_limb muscles",
  ],
  ["Vx3&cN7)yR", "Basic", UPPER, ["What is the normal carrying angle at the elbow?", "About 10–15° in men<br>15–20° in women"], "anatomy::upper_limb"],
  ["Zq5*hJ2+oN", "Basic", JAPANESE, ["空港", "airport<br>くうこう (kūkō)"], "japanese travel"],
  [
    "Cs1#oI6{rT",
    "Cloze",
    UPPER,
    [
      '<img src="brachial-plexus.png"><br>The brachial plexus is formed from the {{c1::ventral rami of C5–T1}}.',
      'Roots, trunks, divisions, cords, branches:\n"Randy Travis Drinks Cold Beer"',
    ],
    "anatomy::upper_limb nerves",
  ],
  ["aT3=gW9?yV", "Basic", JAPANESE, ['<img src="paste-5b2e8c1f0a.jpg">', "新幹線 (しんかんせん, shinkansen): the bullet train"], "japanese travel"],
  [
    "Jq9(tR2)uV",
    "Image Occlusion",
    UPPER,
    [
      "{{c1::image-occlusion:rect:left=.3183:top=.2045:width=.1367:height=.0612:oi=1}}<br>{{c2::image-occlusion:rect:left=.5520:top=.4410:width=.1102:height=.0588:oi=1}}<br>",
      '<img src="scapula-posterior.png">',
      "Scapula, posterior view",
      "Acromion; spine of the scapula",
      "",
    ],
    "anatomy::shoulder",
  ],
  ["Ee6-nM4;rP", "Basic", JAPANESE, ["ありがとうございます", "thank you (polite)"], "japanese phrases"],
  [
    "Kp2<vW8}lQ",
    "Basic",
    PERSONAL,
    ["Physio placement supervisor", "Helen Bryce, MSK outpatients at Southmead Hospital<br>helen.bryce@nbt.nhs.uk"],
    "physio placement",
  ],
  ["Lw0,cX8.kS", "Basic", JAPANESE, ["右", "right (direction)<br>みぎ (migi)"], "japanese travel"],
  ["Nf5|bV1_aA", "Basic", JAPANESE, ["お会計お願いします", "The bill,&nbsp;please"], "japanese food phrases"],
];

/** Her lower-limb deck, exported on the library PC's Anki 2.1.49 on Saturday 14 March 2026 (HTML and tags, the old defaults): Cloze notes' Text and Back Extra. */
const LOWER_LIMB: Array<[string[], string]> = [
  [["The {{c1::quadriceps femoris}} extends the knee; it's supplied by the {{c2::femoral}} nerve (L2–L4).", ""], "anatomy::lower_limb muscles"],
  [["The {{c1::hamstrings}} flex the knee and extend the hip.", "Semitendinosus, semimembranosus and biceps femoris"], "anatomy::lower_limb muscles"],
  [["The {{c1::gastrocnemius}} and {{c1::soleus}} plantarflex the ankle through the {{c2::Achilles}} tendon.", "<br>"], "anatomy::lower_limb"],
  [["The {{c1::ACL}} stops the tibia sliding forward on the femur.", "Tested with the <b>anterior drawer</b> and Lachman tests."], "anatomy::knee"],
];

/** A ZIP archive of `entries` stored uncompressed, as Anki's legacy .apkg writer lays it out (collection.anki2, collection.anki21, media). */
function storedZip(entries: Array<[name: string, data: Uint8Array]>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const n = Buffer.from(name, "utf8");
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, Buffer.from(data));
    centrals.push(central, n);
    offset += 30 + n.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, end]));
}

/** A shared deck from AnkiWeb as it downloads: an .apkg (a SQLite collection in a ZIP; only its start here). */
const SHARED_DECK = storedZip([
  ["collection.anki2", new Uint8Array(Buffer.from("SQLite format 3\0", "latin1"))],
  ["collection.anki21", new Uint8Array(Buffer.from("SQLite format 3\0", "latin1"))],
  ["media", new Uint8Array(Buffer.from("{}", "utf8"))],
]);

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "What's the Japanese for train station?", expect: ["駅"] },
  { question: "How do you say ticket in Japanese?", expect: ["切符"] },
  { question: "What's the Japanese word for changing trains?", expect: ["乗り換え"] },
  { question: "How do I ask where the toilet is in Japanese?", expect: ["トイレはどこですか"] },
  { question: "Which muscle flexes the elbow?", expect: ["biceps brachii"] },
  { question: "What did I study about the rotator cuff?", expect: ["supraspinatus", "subscapularis"] },
  { question: "Which muscle initiates shoulder abduction?", expect: ["supraspinatus"] },
  { question: "Which nerve supplies the triceps?", expect: ["radial"] },
  { question: "Which muscle extends the knee?", expect: ["quadriceps"] },
  { question: "What is Mum's blood type?", expect: ["O+"] },
  { question: "When is Dad's birthday?", expect: ["14 March"] },
  { question: "Who is my physio placement supervisor?", expect: ["Helen Bryce"] },
  { question: "What's the Japanese for bank?", expect: null },
  { question: "What is Dad's blood type?", expect: null },
  { question: "Which nerve supplies the deltoid?", expect: null },
];

/** Priya: her Anki exports in one folder, imported as a folder, asked on Monday 7 December 2026. */
export const learner: Person = {
  name: "learner",
  files: [
    { name: "Anki/All Decks.txt", text: modernExport(ALL_DECKS), mtime: Date.UTC(2026, 10, 29, 20, 14, 5) },
    { name: "Anki/Physio__Anatomy__Lower limb.txt", text: legacyExport(LOWER_LIMB), mtime: Date.UTC(2026, 2, 14, 15, 2, 41) },
    { name: "Anki/Japanese - Genki I.apkg", text: SHARED_DECK, mtime: Date.UTC(2026, 9, 3, 18, 30, 0) },
  ],
  folder: "Anki",
  askedAt: Date.UTC(2026, 11, 7, 9, 0),
  questions: QUESTIONS,
};

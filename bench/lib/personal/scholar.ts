/**
 * The scholar: Niamh, a PhD student in cognitive neuroscience at the University of York, works on sleep
 * and memory consolidation (targeted memory reactivation, closed-loop auditory stimulation) and keeps her
 * reading in Zotero 7, with notes and tags. She exports her library as CSV (File → Export Library… →
 * CSV, "Export Notes" ticked) into a folder "Zotero export" and imports that folder (`engram import
 * "Zotero export"`): `My Library.csv`, the whole library on Saturday 28 November 2026, and `Exported
 * Items.csv`, two items she had exported (right-click → Export Items…) in September for her supervisor,
 * the same items and keys, their notes as they were then.
 *
 * Written as Zotero's CSV translator writes it (CSV.js, zotero/translators, as last changed in June 2022,
 * read in full with its history): a byte-order mark, the header of 87 columns, every cell quoted
 * (`"Key","Item Type","Publication Year","Author","Title","Publication Title","ISBN","ISSN","DOI","Url",
 * "Abstract Note","Date","Date Added","Date Modified","Access Date","Pages",…,"Extra","Notes","File
 * Attachments","Link Attachments","Manual Tags","Automatic Tags","Editor",…`), then each item's record
 * after a line break (none after the last); quotes doubled, a cell's line breaks written as a space;
 * notes and attachments are no records of their own (a child note is in its parent's "Notes"). "Key"
 * the item's 8-character key; "Item Type" Zotero's (`journalArticle`, `book`, `bookSection`, `thesis`,
 * `webpage`); "Author" each author "Last, First" joined by "; " (a one-field name alone: "Sleep
 * Research Society"), editors under "Editor"; "Publication Title" the journal, the book a chapter is in,
 * the website (base fields mapped: a thesis's university is its "Publisher", its "PhD Thesis" its
 * "Type"); "Date" ISO as far as it is known ("2013-04", "2009-11-20"); "Date Added", "Date Modified" and
 * "Access Date" as SQL writes them in UTC ("2026-10-03 14:22:07": the export's legacy format, CSV.js's
 * minVersion 4.0.26, Zotero's itemToExportFormat "SQL instead of ISO-8601", as a public test fixture's
 * row shows, `"2025-12-12 21:29:21"`); "Extra" as typed ("PMID: 23589831" from a PubMed import);
 * "Notes" each child note's HTML joined by "; " (Zotero 7's `<div data-schema-version="9"><p>…</p> </div>`,
 * a note made from a PDF's annotations with its `data-citation-items`, `<span class="highlight">` and
 * `<span class="citation">`, an older note's bare `<p>`); "Manual Tags" her tags and "Automatic Tags"
 * those a database gave (PubMed's MeSH terms), each joined by "; "; "File Attachments" the PDFs' paths.
 * Hand-written by the developers while trying Engram as its users would, in session 40, before Engram
 * could read Zotero's CSV (the first run's figures are in bench/README.md). With it, the questions such a
 * person asks later and the words a right answer holds, and questions nothing here answers.
 */
import type { Person } from "./types.js";

/** The columns CSV.js writes, in its order (its `exportedFields`, labelled as `writeColumnHeaders` labels them). */
const COLUMNS = [
  "Key",
  "Item Type",
  "Publication Year",
  "Author",
  "Title",
  "Publication Title",
  "ISBN",
  "ISSN",
  "DOI",
  "Url",
  "Abstract Note",
  "Date",
  "Date Added",
  "Date Modified",
  "Access Date",
  "Pages",
  "Num Pages",
  "Issue",
  "Volume",
  "Number Of Volumes",
  "Journal Abbreviation",
  "Short Title",
  "Series",
  "Series Number",
  "Series Text",
  "Series Title",
  "Publisher",
  "Place",
  "Language",
  "Rights",
  "Type",
  "Archive",
  "Archive Location",
  "Library Catalog",
  "Call Number",
  "Extra",
  "Notes",
  "File Attachments",
  "Link Attachments",
  "Manual Tags",
  "Automatic Tags",
  "Editor",
  "Series Editor",
  "Translator",
  "Contributor",
  "Attorney Agent",
  "Book Author",
  "Cast Member",
  "Commenter",
  "Composer",
  "Cosponsor",
  "Counsel",
  "Interviewer",
  "Producer",
  "Recipient",
  "Reviewed Author",
  "Scriptwriter",
  "Words By",
  "Guest",
  "Number",
  "Edition",
  "Running Time",
  "Scale",
  "Medium",
  "Artwork Size",
  "Filing Date",
  "Application Number",
  "Assignee",
  "Issuing Authority",
  "Country",
  "Meeting Name",
  "Conference Name",
  "Court",
  "References",
  "Reporter",
  "Legal Status",
  "Priority Numbers",
  "Programming Language",
  "Version",
  "System",
  "Code",
  "Code Number",
  "Section",
  "Session",
  "Committee",
  "History",
  "Legislative Body",
] as const;

/** An item as the export holds it: its cells by column (the rest empty). */
type Item = Partial<Record<(typeof COLUMNS)[number], string>>;

/** A cell as CSV.js writes it: in quotes, its line breaks a space, its quotes doubled. */
function cell(value: string | undefined): string {
  return `"${(value ?? "").replace(/[\r\n]+/g, " ").replace(/"/g, '""')}"`;
}

/** A library as CSV.js exports it: a byte-order mark, the header, each record after a line break (none after the last). */
function zoteroCsv(items: Item[]): string {
  const header = COLUMNS.map((c) => cell(c)).join(",");
  return `\uFEFF${header}${items.map((item) => `\n${COLUMNS.map((c) => cell(item[c])).join(",")}`).join("")}`;
}

/** A note as Zotero 7's note editor saves it: its paragraphs in `<p>`, a line break after each, in the schema's `<div>`. */
function note(...paragraphs: string[]): string {
  return `<div data-schema-version="9">${paragraphs.map((p) => `<p>${p}</p>\n`).join("")}</div>`;
}

/** Her Zotero user id, as the items' URIs in a note's citations name it. */
const USER = "http://zotero.org/users/11482097/items/";

/**
 * A note Zotero 7 made from a PDF's annotations ("Add Note from Annotations"): the cited item's data in
 * `data-citation-items`, a heading "Annotations" with the day it was made, each highlight in quotes with
 * its citation, then her comment.
 */
function annotationsNote(
  item: { key: string; pdf: string; title: string },
  made: string,
  highlights: Array<{ text: string; page: string; cited: string; comment: string }>,
): string {
  const uris = [`${USER}${item.key}`];
  const items = encodeURIComponent(JSON.stringify([{ uris, itemData: { id: uris[0], type: "article-journal", title: item.title } }]));
  const body = highlights.map((h) => {
    const annotation = encodeURIComponent(
      JSON.stringify({
        attachmentURI: `${USER}${item.pdf}`,
        annotationKey: "H7QK2M9C",
        color: "#ffd400",
        pageLabel: h.page,
        citationItem: { uris, locator: h.page },
      }),
    );
    const citation = encodeURIComponent(JSON.stringify({ citationItems: [{ uris, locator: h.page }], properties: {} }));
    return `<p><span class="highlight" data-annotation="${annotation}">“${h.text}”</span> <span class="citation" data-citation="${citation}">(<span class="citation-item">${h.cited}</span>)</span> ${h.comment}</p>\n`;
  });
  return `<div data-citation-items="${items}" data-schema-version="9"><h1>Annotations<br>(${made})</h1>\n${body.join("")}</div>`;
}

const RASCH: Item = {
  Key: "7XQ2KDMB",
  "Item Type": "journalArticle",
  "Publication Year": "2013",
  Author: "Rasch, Björn; Born, Jan",
  Title: "About Sleep's Role in Memory",
  "Publication Title": "Physiological Reviews",
  ISSN: "0031-9333",
  DOI: "10.1152/physrev.00032.2012",
  Url: "https://journals.physiology.org/doi/10.1152/physrev.00032.2012",
  "Abstract Note":
    'Over more than a century of research has established the fact that sleep benefits the retention of memory. In this review we aim to comprehensively cover the field of "sleep and memory" research by providing a historical perspective on concepts and a discussion of more recent key findings. Sleep facilitates memory consolidation through the reactivation of newly encoded representations during slow-wave sleep.',
  Date: "2013-04",
  "Date Added": "2026-09-14 10:03:51",
  "Date Modified": "2026-11-12 16:20:44",
  "Access Date": "2026-09-14 10:03:51",
  Pages: "681-766",
  Issue: "2",
  Volume: "93",
  "Journal Abbreviation": "Physiol Rev",
  Language: "en",
  "Library Catalog": "PubMed",
  Extra: "PMID: 23589831 PMCID: PMC3768102",
  Notes: note(
    "The review to cite for active systems consolidation in ch. 2.",
    "Section IV, on how slow oscillations, spindles and ripples are coupled, is the core of my introduction.",
  ),
  "File Attachments": "/Users/niamh/Zotero/storage/TQ8ZP3LA/Rasch and Born - 2013 - About Sleep's Role in Memory.pdf",
  "Manual Tags": "chapter 2; review; systems consolidation",
  "Automatic Tags": "Animals; Humans; Memory; Sleep; Sleep, REM",
};

const DIEKELMANN: Item = {
  Key: "K3M8WQ2P",
  "Item Type": "journalArticle",
  "Publication Year": "2010",
  Author: "Diekelmann, Susanne; Born, Jan",
  Title: "The memory function of sleep",
  "Publication Title": "Nature Reviews Neuroscience",
  ISSN: "1471-0048",
  DOI: "10.1038/nrn2762",
  Url: "https://www.nature.com/articles/nrn2762",
  "Abstract Note":
    "Sleep has been identified as a state that optimizes the consolidation of newly acquired information in memory, depending on the specific conditions of learning and the timing of sleep.",
  Date: "2010-02",
  "Date Added": "2026-09-15 09:12:30",
  "Date Modified": "2026-10-26 11:48:02",
  "Access Date": "2026-09-15 09:12:30",
  Pages: "114-126",
  Issue: "2",
  Volume: "11",
  "Journal Abbreviation": "Nat Rev Neurosci",
  Language: "en",
  "Library Catalog": "www.nature.com",
  Notes: [
    note("Older than Rasch &amp; Born, but its figure 3 draws the active system consolidation model more clearly."),
    note("Use figure 3 on the slides for my confirmation review; Dr Okafor says to redraw it, not to copy it."),
  ].join("; "),
  "File Attachments": "/Users/niamh/Zotero/storage/3FJW9KXR/Diekelmann and Born - 2010 - The memory function of sleep.pdf",
  "Manual Tags": "chapter 2; review",
};

const RUDOY: Item = {
  Key: "BN4T6ZRA",
  "Item Type": "journalArticle",
  "Publication Year": "2009",
  Author: "Rudoy, John D.; Voss, Joel L.; Westerberg, Carmen E.; Paller, Ken A.",
  Title: "Strengthening individual memories by reactivating them during sleep",
  "Publication Title": "Science",
  ISSN: "0036-8075",
  DOI: "10.1126/science.1179013",
  Url: "https://www.science.org/doi/10.1126/science.1179013",
  Date: "2009-11-20",
  "Date Added": "2026-10-01 15:37:19",
  "Date Modified": "2026-10-08 09:02:11",
  "Access Date": "2026-10-01 15:37:19",
  Pages: "1079",
  Issue: "5956",
  Volume: "326",
  Language: "en",
  "Library Catalog": "science.org (Atypon)",
  Notes: note(
    "The classic cueing study: object-location pairs, each with its sound, and half of the sounds played again during slow-wave sleep.",
    "My pilot uses the same design with 50 sound-picture pairs.",
  ),
  "Manual Tags": "chapter 3; TMR",
};

const HU: Item = {
  Key: "Q9D3NV7E",
  "Item Type": "journalArticle",
  "Publication Year": "2020",
  Author: "Hu, Xiaoqing; Cheng, Larry Y.; Chiu, Man Hin; Paller, Ken A.",
  Title: "Promoting memory consolidation during sleep: A meta-analysis of targeted memory reactivation",
  "Publication Title": "Psychological Bulletin",
  ISSN: "1939-1455",
  DOI: "10.1037/bul0000223",
  Url: "https://doi.apa.org/doi/10.1037/bul0000223",
  "Abstract Note":
    "Targeted memory reactivation (TMR) is a technique for manipulating memory processing during sleep. We analysed 91 experiments from 45 articles.",
  Date: "2020-03",
  "Date Added": "2026-10-05 20:41:06",
  "Date Modified": "2026-11-02 10:15:37",
  "Access Date": "2026-10-05 20:41:06",
  Pages: "218-244",
  Issue: "3",
  Volume: "146",
  "Short Title": "Promoting memory consolidation during sleep",
  Language: "en",
  "Library Catalog": "DOI.org (Crossref)",
  Notes: note(
    "Overall effect of cueing in NREM sleep is about g = 0.29; none in REM sleep.",
    'Use 0.29 as the effect size in the power analysis for study 2 (G*Power: 80% power needs about 96 participants, "don\'t oversell TMR" as Dr Okafor put it).',
  ),
  "File Attachments": "/Users/niamh/Zotero/storage/M2WQ8DJT/Hu et al. - 2020 - Promoting memory consolidation during sleep.pdf",
  "Manual Tags": "chapter 3; meta-analysis; TMR",
};

const WALKER: Item = {
  Key: "ZP6H2R8L",
  "Item Type": "book",
  "Publication Year": "2017",
  Author: "Walker, Matthew",
  Title: "Why We Sleep: Unlocking the Power of Sleep and Dreams",
  ISBN: "978-1-5011-4431-8",
  Date: "2017-10-03",
  "Date Added": "2026-10-03 14:22:07",
  "Date Modified": "2026-10-03 14:25:40",
  "Num Pages": "368",
  "Short Title": "Why We Sleep",
  Publisher: "Scribner",
  Place: "New York",
  Language: "en",
  "Library Catalog": "Library of Congress ISBN",
  "Call Number": "RA786 .W35 2017",
  Notes: `<p>Borrowed from Priya. Fine for the public engagement talk, but check any numbers against Guzey's critique before quoting them.</p>`,
  "Manual Tags": "popular science",
  "Automatic Tags": "Sleep; Popular works",
};

const TONONI: Item = {
  Key: "E5R7YC3N",
  "Item Type": "journalArticle",
  "Publication Year": "2014",
  Author: "Tononi, Giulio; Cirelli, Chiara",
  Title: "Sleep and the price of plasticity: from synaptic and cellular homeostasis to memory consolidation and integration",
  "Publication Title": "Neuron",
  ISSN: "1097-4199",
  DOI: "10.1016/j.neuron.2013.12.025",
  Url: "https://www.cell.com/neuron/abstract/S0896-6273(13)01186-0",
  Date: "2014-01-08",
  "Date Added": "2026-09-18 11:27:45",
  "Date Modified": "2026-11-12 16:31:09",
  "Access Date": "2026-09-18 11:27:45",
  Pages: "12-34",
  Issue: "1",
  Volume: "81",
  "Short Title": "Sleep and the price of plasticity",
  Language: "en",
  "Library Catalog": "PubMed",
  Extra: "PMID: 24411729",
  Notes: note(
    "The synaptic homeostasis hypothesis (SHY), the main rival to active systems consolidation.",
    "Dr Okafor wants SHY and active consolidation framed as complementary in ch. 2; not as opposed.",
  ),
  "Manual Tags": "chapter 2; SHY",
  "Automatic Tags": "Animals; Homeostasis; Humans; Memory; Neuronal Plasticity; Sleep",
};

const NGO: Item = {
  Key: "Q7N2XK4D",
  "Item Type": "journalArticle",
  "Publication Year": "2013",
  Author: "Ngo, Hong-Viet V.; Martinetz, Thomas; Born, Jan; Mölle, Matthias",
  Title: "Auditory closed-loop stimulation of the sleep slow oscillation enhances memory",
  "Publication Title": "Neuron",
  ISSN: "0896-6273",
  DOI: "10.1016/j.neuron.2013.03.006",
  Url: "https://www.sciencedirect.com/science/article/pii/S0896627313002274",
  Date: "2013-05-08",
  "Date Added": "2026-10-20 21:02:33",
  "Date Modified": "2026-10-20 21:40:12",
  "Access Date": "2026-10-20 21:02:33",
  Pages: "545-553",
  Issue: "3",
  Volume: "78",
  Language: "en",
  "Library Catalog": "ScienceDirect",
  Notes: annotationsNote(
    {
      key: "Q7N2XK4D",
      pdf: "W4C9P2HX",
      title: "Auditory closed-loop stimulation of the sleep slow oscillation enhances memory",
    },
    "20/10/2026, 21:40:12",
    [
      {
        text: "two clicks were presented, the second following the first by 1.075 s",
        page: "547",
        cited: "Ngo et al., 2013, p. 547",
        comment: "The two-click timing to copy for the closed-loop condition of study 2.",
      },
    ],
  ),
  "File Attachments": "/Users/niamh/Zotero/storage/W4C9P2HX/Ngo et al. - 2013 - Auditory closed-loop stimulation of the sleep slow oscillation.pdf",
  "Manual Tags": "chapter 3; closed-loop",
};

const MENSAH: Item = {
  Key: "H2L9TF6S",
  "Item Type": "thesis",
  "Publication Year": "2024",
  Author: "Mensah, Hannah",
  Title: "Cueing memories in sleep: closed-loop auditory stimulation and targeted memory reactivation in older adults",
  Url: "https://etheses.whiterose.ac.uk/34122/",
  Date: "2024",
  "Date Added": "2026-11-04 12:10:58",
  "Date Modified": "2026-11-04 12:16:23",
  "Access Date": "2026-11-04 12:10:58",
  "Num Pages": "241",
  Publisher: "University of York",
  Place: "York",
  Language: "en",
  Type: "PhD Thesis",
  "Library Catalog": "White Rose eTheses Online",
  Notes: note("Hannah's thesis from the lab. Her closed-loop code (appendix B) is on the lab GitLab: ask her for access before the end of November."),
  "Manual Tags": "closed-loop; lab",
};

const YASA: Item = {
  Key: "R8V4MJ2W",
  "Item Type": "webpage",
  Author: "Vallat, Raphael",
  Title: "YASA: Yet Another Spindle Algorithm, documentation",
  "Publication Title": "YASA",
  Url: "https://raphaelvallat.com/yasa/",
  "Date Added": "2026-10-27 17:45:20",
  "Date Modified": "2026-10-27 17:52:03",
  "Access Date": "2026-10-27 17:45:20",
  Language: "en",
  Notes: note(
    'The tool for spindle detection in the pilot EEG: <a href="https://raphaelvallat.com/yasa/generated/yasa.spindles_detect.html">spindles_detect</a> with thresholds rel_pow 0.2, corr 0.65, rms 1.5.',
  ),
  "Manual Tags": "methods; spindles",
};

const SRS: Item = {
  Key: "C6W3NP8F",
  "Item Type": "bookSection",
  "Publication Year": "2022",
  Author: "Sleep Research Society",
  Title: "Scoring sleep in research studies",
  "Publication Title": "The Handbook of Sleep Research Methods",
  ISBN: "978-0-19-886740-2",
  Date: "2022",
  "Date Added": "2026-11-09 10:30:14",
  "Date Modified": "2026-11-09 10:30:14",
  Pages: "45-78",
  Publisher: "Oxford University Press",
  Place: "Oxford",
  Editor: "Redline, Susan; Kryger, Meir",
  "Manual Tags": "methods; to-read",
};

const MANDER: Item = {
  Key: "U3K7BX5G",
  "Item Type": "journalArticle",
  "Publication Year": "2013",
  Author: "Mander, Bryce A.; Rao, Vikram; Lu, Brandon; Saletin, Jared M.; Lindquist, John R.; Ancoli-Israel, Sonia; Jagust, William; Walker, Matthew P.",
  Title: "Prefrontal atrophy, disrupted NREM slow waves and impaired hippocampal-dependent memory in aging",
  "Publication Title": "Nature Neuroscience",
  ISSN: "1546-1726",
  DOI: "10.1038/nn.3324",
  Url: "https://www.nature.com/articles/nn.3324",
  Date: "2013-03",
  "Date Added": "2026-11-16 09:55:42",
  "Date Modified": "2026-11-16 09:55:42",
  "Access Date": "2026-11-16 09:55:42",
  Pages: "357-364",
  Issue: "3",
  Volume: "16",
  Language: "en",
  "Library Catalog": "www.nature.com",
  "Manual Tags": "ageing; to-read",
  "Automatic Tags": "Aging; Memory; Prefrontal Cortex; Sleep",
};

/** Her whole library, exported on Saturday 28 November 2026, in Zotero's order (by title). */
const MY_LIBRARY = zoteroCsv([RASCH, NGO, MENSAH, SRS, TONONI, MANDER, HU, YASA, RUDOY, DIEKELMANN, WALKER]);

/** Two items she exported in September for Dr Okafor, the Diekelmann review's second note not yet written. */
const EXPORTED_ITEMS = zoteroCsv([RASCH, { ...DIEKELMANN, Notes: DIEKELMANN.Notes!.split("; <div")[0], "Date Modified": "2026-09-15 09:20:11" }]);

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "Which paper did I save about targeted memory reactivation?", expect: ["Promoting memory consolidation during sleep"] },
  { question: "When did I add the Walker book?", expect: ["3 October"] },
  { question: "What did I note about the Diekelmann review?", expect: ["confirmation review"] },
  { question: "What's the DOI of the Rasch and Born paper?", expect: ["10.1152/physrev.00032.2012"] },
  { question: "Which papers did I tag 'chapter 2'?", expect: ["Rasch", "Tononi"] },
  { question: "What effect size should I use in the power analysis for study 2?", expect: ["0.29"] },
  { question: "Which tool did I save for spindle detection?", expect: ["YASA"] },
  { question: "Whose closed-loop code do I need to ask for?", expect: ["Hannah"] },
  { question: "How does Dr Okafor want SHY framed in chapter 2?", expect: ["complementary"] },
  { question: "How many sound-picture pairs does my pilot use?", expect: ["50"] },
  { question: "Who published Why We Sleep?", expect: ["Scribner"] },
  { question: "What timing did I highlight in the Ngo closed-loop paper?", expect: ["1.075"] },
  { question: "What did I note about the Mednick nap study?", expect: null },
  { question: "What's the DOI of the Siegel paper on REM sleep?", expect: null },
  { question: "When is my thesis committee meeting?", expect: null },
];

/** Niamh: the folder of her Zotero exports, her library exported on Saturday 28 November 2026, asked on Thursday 3 December 2026. */
export const scholar: Person = {
  name: "scholar",
  folder: "Zotero export",
  files: [
    { name: "Zotero export/Exported Items.csv", text: EXPORTED_ITEMS, mtime: Date.UTC(2026, 8, 21, 8, 47) },
    { name: "Zotero export/My Library.csv", text: MY_LIBRARY, mtime: Date.UTC(2026, 10, 28, 15, 12) },
  ],
  askedAt: Date.UTC(2026, 11, 3, 10, 0),
  questions: QUESTIONS,
};

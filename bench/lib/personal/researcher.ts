/**
 * The researcher: Aisha, a PhD student in urban planning, keeps her reading in a reference manager and
 * imports the folder of her BibTeX files (`engram import "PhD references"`), three of them as the apps
 * write them:
 * - `My Library.bib`, Zotero 7's File → Export Library… → BibTeX with "Export Notes" ticked (the
 *   translator BibTeX.js, zotero/translators): a blank first line, entries parted by a blank line, each
 *   `@type{key` then `,\n\tfield = {value}` in the translator's order (title, volume, isbn, issn,
 *   shorttitle, url, doi, abstract, language, number, urldate, journal or booktitle, publisher, school or
 *   institution, author, month, year, note, keywords, pages, annote, file) and `,\n}`; keys `%a_%t_%y`
 *   ("jacobs_death_1961"); every capitalised word of a title in braces ("The {Death} and {Life} …"); `&`,
 *   `%`, `_`, `#`, `$` escaped (`\&`); Unicode kept (UTF-8: "Sørensen", "“15-Minute City”", "—"); `month =
 *   oct` a macro; `urldate` the day she saved it from the web; `keywords` her tags; each note of hers an
 *   `annote` of its own, its HTML made plain text; `note` the item's Extra ("Publisher: SAGE Publications
 *   Ltd"); `file` the attached PDF's path; a corporate author in double braces.
 * - `mendeley-msc.bib`, her MSc's Mendeley Desktop library: Mendeley's three-line preamble, fields in
 *   alphabetical order, unindented, the title in double braces (`{{Cities for People}}`), accents as
 *   LaTeX (`G{\"{o}}ssling`), `mendeley-tags` her own tags among `keywords`, `annote` her notes, `file`
 *   a Windows path (`:C$\backslash$:/Users/…:pdf`), no `urldate` (dated by the file's modification
 *   time).
 * - `thesis.bib`, kept by hand in Overleaf: `%` comments, `@preamble`, `@string` macros and `#`
 *   concatenation, a `@comment` block holding an entry, quoted values, a bare number, an entry pasted
 *   from Google Scholar (`title={…}`, `author={Newman, Peter WG and …}`), her `comment`s.
 * Hand-written by the developers while trying Engram as its users would, in session 34, before Engram
 * could read BibTeX (the first run's figures are in bench/README.md). With it, the questions such a
 * person asks later and the words a right answer holds, and questions nothing here answers.
 */
import type { Person } from "./types.js";

/** Zotero's escaping of a field's text (BibTeX.js escapeSpecialCharacters): `|<>~^\{}` as commands, `#$%&_` with a backslash. */
function zoteroEscape(value: string): string {
  const always: Record<string, string> = {
    "|": "{\\textbar}",
    "<": "{\\textless}",
    ">": "{\\textgreater}",
    "~": "{\\textasciitilde}",
    "^": "{\\textasciicircum}",
    "\\": "{\\textbackslash}",
  };
  return value.replace(/[|<>~^\\]/g, (c) => always[c]!).replace(/([#$%&_])/g, "\\$1");
}

/** Zotero's protection of a title's capitals (BibTeX.js protectCapsRE): each word with a capital in braces, but a first word capitalised only at its start. */
function protectCaps(value: string): string {
  return value.replace(
    /(.)\b([\p{L}\d]*\p{Lu}[\p{L}\d]*)|^([\p{L}\d]+\p{Lu}[\p{L}\d]*)/gu,
    (_m, before: string | undefined, word: string | undefined, first: string | undefined) => `${before ?? ""}{${word ?? ""}${first ?? ""}}`,
  );
}

/** A field of a Zotero item: its value as text, or a macro written bare (`month = oct`). */
type ZoteroField = [name: string, value: string] | [name: string, value: string, "macro"];

/** The fields Zotero protects the capitals of (BibTeX.js caseProtectedFields). */
const CASE_PROTECTED = new Set(["title", "type", "shorttitle", "booktitle", "series"]);

/** An entry as Zotero's BibTeX export writes it: `@type{key`, then `,\n\tname = {value}` per field (url, doi and file unescaped), then `,\n}`. */
function zotero(type: string, key: string, fields: ZoteroField[]): string {
  const written = fields.map(([name, value, macro]) => {
    if (macro) return `,\n\t${name} = ${value}`;
    const raw = name === "url" || name === "doi" || name === "file" || name === "author" || name === "editor";
    const escaped = raw ? value : zoteroEscape(value);
    return `,\n\t${name} = {${CASE_PROTECTED.has(name) ? protectCaps(escaped) : escaped}}`;
  });
  return `@${type}{${key}${written.join("")},\n}`;
}

/** Creators as Zotero writes them: "Last, First" joined by " and " (already escaped). */
function authors(...names: string[]): string {
  return names.join(" and ");
}

const ZOTERO_ENTRIES = [
  zotero("book", "jacobs_death_1961", [
    ["address", "New York"],
    ["title", "The Death and Life of Great American Cities"],
    ["isbn", "978-0-679-74195-4"],
    ["urldate", "2026-09-08"],
    ["publisher", "Random House"],
    ["author", authors("Jacobs, Jane")],
    ["year", "1961"],
    ["keywords", "ch3, classic, density"],
    [
      "annote",
      "Ch. 3 anchor text. Jacobs' four generators of diversity: mixed primary uses, short blocks, old buildings and a dense concentration of people (pp. 150–151).",
    ],
    ["annote", "Supervisor meeting 12 Nov: Dr Patel wants Jacobs framed as a hypothesis to test in Manchester, not as a given."],
    [
      "file",
      "Jacobs - 1961 - The Death and Life of Great American Cities.pdf:/Users/aisha/Zotero/storage/5QKD8W2E/Jacobs - 1961 - The Death and Life of Great American Cities.pdf:application/pdf",
    ],
  ]),
  zotero("article", "moreno_introducing_2021", [
    ["title", "Introducing the “15-Minute City”: Sustainability, Resilience and Place Identity in Future Post-Pandemic Cities"],
    ["volume", "4"],
    ["issn", "2624-6511"],
    ["shorttitle", "Introducing the “15-Minute City”"],
    ["url", "https://www.mdpi.com/2624-6511/4/1/6"],
    ["doi", "10.3390/smartcities4010006"],
    [
      "abstract",
      "The COVID-19 pandemic has shown how much daily life depends on what can be reached close to home. This paper introduces the concept of the 15-minute city, in which residents reach most of their daily needs (work, shopping, health care, education and leisure) within a short walk or bicycle ride. Drawing on chrono-urbanism, it sets out four dimensions of the model, density, proximity, diversity and digitalisation, and discusses how they can support sustainability, resilience and place identity in post-pandemic cities.",
    ],
    ["language", "en"],
    ["number", "1"],
    ["urldate", "2026-10-14"],
    ["journal", "Smart Cities"],
    ["author", authors("Moreno, Carlos", "Allam, Zaheer", "Chabaud, Didier", "Gall, Catherine", "Pratlong, Florent")],
    ["month", "mar", "macro"],
    ["year", "2021"],
    ["keywords", "15-minute city, ch4, proximity"],
    ["pages", "93--111"],
    ["annote", "The original 15-minute city paper. Cite in the ch. 4 introduction, and use their four dimensions to structure section 4.2."],
    ["file", "Full Text PDF:/Users/aisha/Zotero/storage/8XK2M4QP/Moreno et al. - 2021 - Introducing the “15-Minute City”.pdf:application/pdf"],
  ]),
  zotero("article", "okonkwo_density_2024", [
    ["title", "Density without diversity? Revisiting Jacobs in post-industrial English cities"],
    ["volume", "61"],
    ["issn", "0042-0980"],
    ["shorttitle", "Density without diversity?"],
    ["url", "https://doi.org/10.1177/00420980231219874"],
    ["doi", "10.1177/00420980231219874"],
    [
      "abstract",
      "High-density residential development has been promoted in English city centres since the 2000s, often with appeals to Jane Jacobs. Using pedestrian counts, business registers and 46 interviews in Salford, Leeds and Sheffield, we find that new-build districts of over 150 dwellings per hectare did not generate the street life or small-business diversity the Jacobsian argument predicts. We argue that density is a weak proxy for urbanity where ground floors are given over to car parking and single-use lettings.",
    ],
    ["language", "en"],
    ["number", "9"],
    ["urldate", "2026-10-21"],
    ["journal", "Urban Studies"],
    ["author", authors("Okonkwo, Adaeze", "Hartley, Tom")],
    ["month", "jul", "macro"],
    ["year", "2024"],
    ["note", "Publisher: SAGE Publications Ltd"],
    ["keywords", "ch3, density, Salford"],
    ["pages", "1734--1752"],
    ["annote", "Useful for ch. 3 — contradicts Jacobs on density: the dense new-build districts in Salford and Leeds stayed dead at street level."],
    ["file", "Full Text PDF:/Users/aisha/Zotero/storage/RZ3W9H6N/Okonkwo and Hartley - 2024 - Density without diversity.pdf:application/pdf"],
  ]),
  zotero("article", "nielsen_cycle_2023", [
    ["title", "Cycle superhighways and commuter mode shift: a before-and-after study in Greater Copenhagen"],
    ["volume", "171"],
    ["issn", "0965-8564"],
    ["shorttitle", "Cycle superhighways and commuter mode shift"],
    ["url", "https://doi.org/10.1016/j.tra.2023.103650"],
    ["doi", "10.1016/j.tra.2023.103650"],
    [
      "abstract",
      "Greater Copenhagen has built over 200 km of regional cycle superhighways since 2012. We compare commuter counts and a panel survey of 3,100 commuters before and after the upgrade of eight routes. Cycle commuting on the upgraded routes rose by 23% in three years, and 14% of the new riders had previously commuted by car. Gains were largest for trips of 5 to 15 km and among e-bike users.",
    ],
    ["language", "en"],
    ["urldate", "2026-11-02"],
    ["journal", "Transportation Research Part A: Policy and Practice"],
    ["author", authors("Nielsen, Mette Rask", "Sørensen, Jens")],
    ["month", "may", "macro"],
    ["year", "2023"],
    ["keywords", "ch4, ch5, cycling, Copenhagen"],
    ["pages", "103650"],
    [
      "annote",
      "Compare with Manchester's Bee Network for ch. 5. Their car-to-bike figure is the one Dr Patel wants in the lit review, with the e-bike caveat.",
    ],
    [
      "file",
      "ScienceDirect Full Text PDF:/Users/aisha/Zotero/storage/T2PBC7A4/Nielsen and Sørensen - 2023 - Cycle superhighways and commuter mode shift.pdf:application/pdf",
    ],
  ]),
  zotero("phdthesis", "hughes_walking_2022", [
    ["type", "PhD Thesis"],
    ["title", "Walking the suburbs: everyday mobility in Greater Manchester's outer estates"],
    ["url", "https://research.manchester.ac.uk/en/studentTheses/walking-the-suburbs"],
    ["urldate", "2026-10-07"],
    ["school", "University of Manchester"],
    ["author", authors("Hughes, Rebecca")],
    ["year", "2022"],
    ["keywords", "ch5, methods, walking"],
    ["annote", "Rebecca's thesis. She said I can borrow her walk-along interview protocol (appendix C); email her in January."],
  ]),
  zotero("techreport", "transport_for_greater_manchester_greater_2021", [
    ["title", "Greater Manchester Transport Strategy 2040: Right Mix Technical Note"],
    ["url", "https://www.tfgm.com/strategy"],
    ["urldate", "2026-11-10"],
    ["institution", "Transport for Greater Manchester"],
    ["author", "{Transport for Greater Manchester}"],
    ["month", "jan", "macro"],
    ["year", "2021"],
    ["keywords", "ch5, policy"],
    ["annote", "Right Mix target: 50% of all trips in Greater Manchester by walking, cycling and public transport by 2040. Baseline in 2017 was 39%."],
  ]),
  zotero("inproceedings", "bianchi_measuring_2025", [
    ["title", "Measuring proximity: open-data isochrones for 15-minute neighbourhoods"],
    ["url", "https://aesop2025.eu/proceedings/bianchi-rossi.pdf"],
    [
      "abstract",
      "We present an open workflow for measuring the share of residents who can reach everyday services within 15 minutes on foot or by bicycle, built on OpenStreetMap and r5py. Applied to Milan, Turin and Bologna, it shows that central districts meet the 15-minute standard for 90% of residents while peripheral districts fall below 40%.",
    ],
    ["urldate", "2026-11-17"],
    ["booktitle", "Proceedings of the AESOP Annual Congress 2025"],
    ["author", authors("Bianchi, Luca", "Rossi, Giulia")],
    ["month", "jul", "macro"],
    ["year", "2025"],
    ["keywords", "15-minute city, ch4, methods, GIS"],
    ["pages", "412--425"],
    ["annote", "Their method is close to mine: OSM + r5py isochrones. Code is on GitHub — check the licence before reusing it."],
  ]),
  zotero("article", "adeyemi_15-minute_2025", [
    ["title", "The 15-minute city and its discontents: equity, gentrification and the right to proximity"],
    ["volume", "158"],
    ["issn", "0264-2751"],
    ["shorttitle", "The 15-minute city and its discontents"],
    ["url", "https://doi.org/10.1016/j.cities.2025.105612"],
    ["doi", "10.1016/j.cities.2025.105612"],
    [
      "abstract",
      "Proximity-based planning has spread quickly from Paris to cities worldwide. Reviewing 64 local plans, we show that amenity-led proximity upgrades are associated with rising rents and the displacement of lower-income households, and that few plans include measures to protect existing residents.",
    ],
    ["language", "en"],
    ["urldate", "2026-11-19"],
    ["journal", "Cities"],
    ["author", authors("Adeyemi, Kola", "Brennan, Siobhán")],
    ["month", "mar", "macro"],
    ["year", "2025"],
    ["keywords", "15-minute city, ch4, critique, gentrification"],
    ["pages", "105612"],
    [
      "annote",
      "The gentrification critique for the ch. 4 discussion: proximity upgrades can push rents up. Dr Patel says to engage with it properly in the text, not in a footnote.",
    ],
  ]),
  zotero("article", "mueller_changing_2020", [
    ["title", "Changing the urban design of cities for health: the superblock model"],
    ["volume", "134"],
    ["issn", "0160-4120"],
    ["shorttitle", "Changing the urban design of cities for health"],
    ["url", "https://doi.org/10.1016/j.envint.2019.105132"],
    ["doi", "10.1016/j.envint.2019.105132"],
    ["language", "en"],
    ["urldate", "2026-11-03"],
    ["journal", "Environment International"],
    [
      "author",
      authors("Mueller, Natalie", "Rojas-Rueda, David", "Khreis, Haneen", "Cirach, Marta", "Andrés, David", "Ballester, Joan", "Nieuwenhuijsen, Mark"),
    ],
    ["month", "jan", "macro"],
    ["year", "2020"],
    ["keywords", "Barcelona, superblocks, to-read"],
    ["pages", "105132"],
  ]),
];

/** Aisha's Zotero library exported as BibTeX with her notes: a blank first line, entries parted by a blank line, a line end after the last. */
const MY_LIBRARY = `\n${ZOTERO_ENTRIES.join("\n\n")}\n`;

/** Her MSc library as Mendeley Desktop exported it: its preamble, fields in alphabetical order, titles in double braces, accents as LaTeX. */
const MENDELEY = String.raw`Automatically generated by Mendeley Desktop 1.19.8
Any changes to this file will be lost if it is regenerated by Mendeley.

BibTeX export options can be customized via Options -> BibTeX in Mendeley Desktop

@book{Gehl2010,
address = {Washington, DC},
annote = {Read for my MSc dissertation.

Ch. 4 "The city at eye level" has the 5 km/h architecture idea: buildings and streets designed for people walking, not for cars passing at 60 km/h.},
author = {Gehl, Jan},
isbn = {9781597265737},
keywords = {msc,public life,walkability},
mendeley-tags = {msc},
publisher = {Island Press},
title = {{Cities for People}},
year = {2010}
}
@article{Gossling2016,
author = {G{\"{o}}ssling, Stefan},
doi = {10.1016/j.jtrangeo.2016.05.002},
file = {:C$\backslash$:/Users/Aisha/Documents/Mendeley Desktop/G{\"{o}}ssling - 2016 - Urban transport justice.pdf:pdf},
issn = {0966-6923},
journal = {Journal of Transport Geography},
keywords = {Cycling,Equity,Transport justice,Urban planning,msc},
mendeley-groups = {MSc/Chapter 2},
mendeley-tags = {msc},
pages = {1--9},
title = {{Urban transport justice}},
url = {https://doi.org/10.1016/j.jtrangeo.2016.05.002},
volume = {54},
year = {2016}
}
`;

/** Her thesis's own .bib, kept by hand in Overleaf: comments, a preamble, macros, a block commented out, quoted values, an entry pasted from Google Scholar. */
const THESIS = String.raw`% thesis.bib: the references I cite directly, kept by hand in Overleaf
% Encoding: UTF-8

@preamble{ "\providecommand{\noopsort}[1]{}" }

@string{japa = "Journal of the American Planning Association"}
@string{ch3 = "Ch.~3"}

@comment{
  Moved the rest to Zotero in September.
  @article{marshall_streets_2005, title = {Streets and Patterns}, author = {Marshall, Stephen}}
}

@article{newman1989gasoline,
  title={Gasoline consumption and cities: a comparison of {US} cities with a global survey},
  author={Newman, Peter WG and Kenworthy, Jeffrey R},
  journal=japa,
  volume={55},
  number={1},
  pages={24--37},
  year={1989},
  publisher={Taylor \& Francis},
  comment = ch3 # ": the density--fuel use curve. It supports Jacobs on density, the opposite of Okonkwo \& Hartley."
}

@Book{hall2014cities,
  author    = "Hall, Peter",
  title     = "Cities of Tomorrow: An Intellectual History of Urban Planning and Design since 1880",
  edition   = "Fourth",
  publisher = "Wiley-Blackwell",
  address   = "Chichester",
  year      = 2014,
  comment   = "Background for ch. 2 only. Howard's garden city chapter is the useful one."
}
`;

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "Which paper did I say contradicts Jacobs on density?", expect: ["Density without diversity"] },
  { question: "Who wrote the paper on 15-minute cities I saved?", expect: ["Moreno"] },
  { question: "What did I note about the Copenhagen cycling study?", expect: ["Bee Network"] },
  { question: "What share of the new riders in the Copenhagen study used to commute by car?", expect: ["14%"] },
  { question: "What does Dr Patel want me to do with Jacobs?", expect: ["hypothesis"] },
  { question: "Which book has the 5 km/h architecture idea?", expect: ["Cities for People"] },
  { question: "Whose interview protocol can I borrow?", expect: ["Rebecca"] },
  { question: "What is Greater Manchester's Right Mix target?", expect: ["50%"] },
  { question: "Which paper's method is close to mine?", expect: ["Measuring proximity"] },
  { question: "When did I save the Barcelona superblocks paper?", expect: ["3 November"] },
  { question: "What did Dr Patel say about the gentrification critique?", expect: ["footnote"] },
  { question: "Which journal published Newman and Kenworthy's paper on gasoline consumption?", expect: ["Journal of the American Planning Association"] },
  { question: "What did I note about The Economy of Cities?", expect: null },
  { question: "Who wrote the paper on Paris bike lanes I saved?", expect: null },
  { question: "When is my thesis submission deadline?", expect: null },
];

/** Aisha: the folder of her three .bib files, her Zotero library exported on Saturday 28 November 2026, asked on Thursday 3 December 2026. */
export const researcher: Person = {
  name: "researcher",
  folder: "PhD references",
  files: [
    { name: "PhD references/My Library.bib", text: MY_LIBRARY, mtime: Date.UTC(2026, 10, 28, 16, 40) },
    { name: "PhD references/mendeley-msc.bib", text: MENDELEY, mtime: Date.UTC(2026, 8, 19, 11, 5) },
    { name: "PhD references/thesis.bib", text: THESIS, mtime: Date.UTC(2026, 10, 26, 22, 14) },
  ],
  askedAt: Date.UTC(2026, 11, 3, 10, 0),
  questions: QUESTIONS,
};

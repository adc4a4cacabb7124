/**
 * The Roam user: Nadia, a freelance UX researcher in Bristol, keeps her life in a Roam Research graph
 * and imports its export (Roam's "Export All" → JSON: a zip, `Roam-Export-<ms>.zip`, holding
 * `<graph>.json`), unzipped (`engram import Roam-Export-1763650000000`): one JSON array of pages, each
 * `{ title, children: [blocks], create-time, edit-time, uid, :create/user, :edit/user }` (an empty
 * page without `children`), each block `{ string, uid, create-time, edit-time, children?, heading?,
 * refs?, :block/refs?, … }`, nested in `children`, written on one line. Daily notes pages ("November
 * 2nd, 2026", uid "11-02-2026") hold meetings with blocks nested under them, `{{[[TODO]]}}` and
 * `{{[[DONE]]}}` tasks, `[[page refs]]` (to days too), `#tags` and `#[[multi word tags]]`, a
 * `^^highlight^^`, a `__book title__` in italics and a `**bold**` word, a reference to a block of
 * another page (`((uid))`, before and after that page), an `{{embed: ((uid))}}`, an image; topic pages
 * (a person, a builder, a project, a book) open with attributes (`Phone:: 07700 900553`) and have
 * heading blocks (`heading: 2`) and a `{{[[query]]: …}}`; Roam's own pages are there too (an empty
 * "TODO", a `roam/css` page of CSS), and an empty daily page. Hand-written by the developers while
 * trying Engram as its users would, in session 31, before Engram could read Roam (the first run's
 * figures are in bench/README.md). With it, the questions such a person asks later and the words a
 * right answer holds, and questions nothing here answers.
 */
import type { Person } from "./types.js";

/** Nadia's user id, as Roam writes who created and edited each page and block. */
const USER = { ":user/uid": "k3PzVh0wQbT8rXe2yLmN4sAdGf71" };

/** A block as Roam exports it: its words, its uid, when it was written (epoch ms), and its nested blocks or heading. */
interface Block {
  string: string;
  uid: string;
  at: number;
  children?: Block[];
  heading?: number;
}

/** The uids of the pages the graph's blocks link to (`refs`), by title. */
const PAGE_UIDS: Record<string, string> = {
  "Marta Kowalski": "Mk0wa1sKi",
  "Harbour Bank diary study": "HbDs7uDy2",
  "Dan Whitfield": "DWh1tf1eL",
  "Garden office": "G4rdnOffc",
  "Oakline Builds": "0akL1neBd",
  "Four Thousand Weeks": "4kWeeksBk",
  "Oliver Burkeman": "0lBurkmn5",
  "The Grain Barge": "GrainBrg3",
  Velfac: "VeLfaC9wn",
  TODO: "TODO",
  DONE: "DONE",
  meetings: "mEetings1",
  admin: "aDm1nPg00",
  query: "qUeryPg01",
};

/** A day's uid as Roam names a daily page's ("11-02-2026"). */
function dayUid(y: number, m: number, d: number): string {
  return `${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}-${y}`;
}

/** The uids of the pages a block's words link to (its `[[page]]`, `#tag`, `#[[tag]]`, `{{[[TODO]]}}`), as Roam lists them in `refs`. */
function refsOf(text: string): string[] {
  const titles = [...text.matchAll(/\[\[([^[\]]+)\]\]|#([\w-]+)/g)].map((m) => m[1] ?? m[2]!);
  const days = [...text.matchAll(/\[\[(\w+) (\d+)\w\w, (\d{4})\]\]/g)].map((m) => {
    const month = new Date(`${m[1]} 1, 2000`).getMonth() + 1;
    return dayUid(Number(m[3]), month, Number(m[2]));
  });
  return [...new Set([...titles.flatMap((t) => (PAGE_UIDS[t] ? [PAGE_UIDS[t]!] : [])), ...days])];
}

/** A block in the export's own key order: its string, times, users, refs, uid, heading and children. */
function block(b: Block): Record<string, unknown> {
  const refs = refsOf(b.string);
  return {
    string: b.string,
    "create-time": b.at,
    ...(refs.length ? { ":block/refs": refs.map((uid) => ({ ":block/uid": uid })), refs: refs.map((uid) => ({ uid })) } : {}),
    ":create/user": USER,
    ...(b.heading ? { heading: b.heading } : {}),
    ...(b.children ? { children: b.children.map(block) } : {}),
    uid: b.uid,
    "edit-time": b.at + 41_000,
    ":edit/user": USER,
  };
}

/** A page as Roam exports it; a page with no blocks has no `children`. */
function page(title: string, uid: string, at: number, children: Block[]): Record<string, unknown> {
  return {
    "create-time": at,
    title,
    ":create/user": USER,
    ...(children.length ? { children: children.map(block) } : {}),
    uid,
    "edit-time": Math.max(at, ...children.map((c) => c.at + 41_000)),
    ":edit/user": USER,
  };
}

/** A daily notes page ("November 2nd, 2026", uid "11-02-2026"), created that morning at `hour`:`minute` UTC. */
function daily(d: number, hour: number, minute: number, children: Block[]): Record<string, unknown> {
  const suffix = d % 10 === 1 && d !== 11 ? "st" : d % 10 === 2 && d !== 12 ? "nd" : d % 10 === 3 && d !== 13 ? "rd" : "th";
  return page(`November ${d}${suffix}, 2026`, dayUid(2026, 11, d), Date.UTC(2026, 10, d, hour, minute), children);
}

/** The time `minutes` after `hour`:00 UTC on `d` November 2026. */
const nov = (d: number, hour: number, minutes = 0): number => Date.UTC(2026, 10, d, hour, minutes);
const oct = (d: number, hour: number, minutes = 0): number => Date.UTC(2026, 9, d, hour, minutes);

/** Nadia's graph, in the order Roam wrote it (not by date: a daily page refers to a block of a page after it). */
const GRAPH = [
  daily(5, 8, 2, [
    {
      string: "Site visit with [[Dan Whitfield]] for the [[Garden office]]",
      uid: "sV5nDw1tA",
      at: nov(5, 8, 2),
      children: [
        { string: "Build starts on [[January 11th, 2027]], takes about three weeks", uid: "bSt4rts11", at: nov(5, 8, 4) },
        { string: "Confirmed on site: ((q7Rk2LmPa))", uid: "cNf0nS1te", at: nov(5, 8, 6) },
        { string: "{{embed: ((w3Nd8TxQe))}}", uid: "eMbW1ndw5", at: nov(5, 8, 9) },
        {
          string: "![](https://firebasestorage.googleapis.com/v0/b/firescript-577a2.appspot.com/o/imgs%2Fapp%2Fnadia-brennan%2Fsite.jpeg?alt=media)",
          uid: "1mgS1teP4",
          at: nov(5, 8, 11),
        },
      ],
    },
    { string: "{{[[TODO]]}} Renew passport before [[December 18th, 2026]] #admin", uid: "tDpAsspRt", at: nov(5, 9, 30) },
    { string: "^^Door code for the co-working space is 4417^^", uid: "d00rC0de4", at: nov(5, 10, 15) },
  ]),
  page("Garden office", PAGE_UIDS["Garden office"]!, oct(20, 19, 5), [
    { string: "Builder:: [[Dan Whitfield]]", uid: "bLdrAttr1", at: oct(20, 19, 6) },
    { string: "Status:: Booked", uid: "sTatAttr2", at: oct(20, 19, 7) },
    {
      string: "Budget",
      uid: "bUdgetHd2",
      at: oct(20, 19, 8),
      heading: 2,
      children: [
        { string: "Dan's quote is £18,400 including electrics and insulation", uid: "q7Rk2LmPa", at: oct(20, 19, 9) },
        { string: "Contingency of £1,500", uid: "cNt1ngNcy", at: oct(20, 19, 10) },
      ],
    },
    {
      string: "Spec",
      uid: "sPecHdr03",
      at: oct(20, 19, 12),
      heading: 2,
      children: [
        { string: "Cedar cladding, 3.6m x 2.4m", uid: "cEdarCld1", at: oct(20, 19, 13) },
        { string: "Windows: triple glazed, from [[Velfac]]", uid: "w3Nd8TxQe", at: oct(20, 19, 14) },
        { string: "No planning permission needed: under 2.5m high, so it's permitted development", uid: "pLanN1ng0", at: oct(20, 19, 15) },
      ],
    },
    { string: "{{[[query]]: {and: [[TODO]] [[Garden office]]}}}", uid: "qRyG4rdn0", at: oct(20, 19, 17) },
  ]),
  daily(2, 9, 12, [
    {
      string: "Meeting with [[Marta Kowalski]] about the [[Harbour Bank diary study]] #meetings",
      uid: "mTgMrta02",
      at: nov(2, 9, 12),
      children: [
        { string: "She wants the findings deck by [[November 27th, 2026]]", uid: "fNdDeck27", at: nov(2, 9, 20) },
        { string: "Budget for the diary study is £6,500, **12 participants**", uid: "bDgtDry65", at: nov(2, 9, 24) },
      ],
    },
    { string: "{{[[TODO]]}} Send Marta the participant consent form", uid: "tDcOnsent", at: nov(2, 11, 40) },
    { string: "{{[[DONE]]}} Paid Dan the £2,000 deposit for the [[Garden office]]", uid: "dNdEpos1t", at: nov(2, 16, 5) },
  ]),
  page("Dan Whitfield", PAGE_UIDS["Dan Whitfield"]!, oct(18, 20, 30), [
    { string: "Company:: [[Oakline Builds]]", uid: "dWcOmpny1", at: oct(18, 20, 31) },
    { string: "Phone:: 07700 900218", uid: "dWpH0ne01", at: oct(18, 20, 32) },
    { string: "Built the Hendersons' studio two doors down", uid: "dWhEndrsn", at: oct(18, 20, 34) },
    { string: "Prefers texts to calls, replies in the evening", uid: "dWtExts01", at: oct(18, 20, 36) },
  ]),
  daily(9, 7, 45, [
    { string: "Dentist with Dr Osei, filling booked for [[November 30th, 2026]] at 8:30am", uid: "dEntOse1i", at: nov(9, 7, 45) },
    { string: "Started __Four Thousand Weeks__ on the train, up to chapter 3", uid: "sTrtd4kW3", at: nov(9, 18, 10) },
    { string: "Called Mum: she's moving to Exeter in the spring", uid: "cAllMum09", at: nov(9, 20, 2) },
  ]),
  page("Marta Kowalski", PAGE_UIDS["Marta Kowalski"]!, oct(6, 14, 0), [
    { string: "Role:: Head of Research at [[Harbour Bank]]", uid: "mKr0le001", at: oct(6, 14, 1) },
    { string: "Phone:: 07700 900553", uid: "mKph0ne01", at: oct(6, 14, 2) },
    { string: "Client contact for the [[Harbour Bank diary study]]", uid: "mKcl1ent1", at: oct(6, 14, 4) },
    { string: "Lent me ((bK4kwTtl1)) in October", uid: "mKlEnt001", at: oct(6, 14, 6) },
  ]),
  page("Four Thousand Weeks", PAGE_UIDS["Four Thousand Weeks"]!, oct(28, 21, 15), [
    { string: "Author:: [[Oliver Burkeman]]", uid: "bK4kwAuth", at: oct(28, 21, 16) },
    { string: "Status:: Reading", uid: "bK4kwStat", at: oct(28, 21, 17) },
    { string: "__Four Thousand Weeks: Time Management for Mortals__", uid: "bK4kwTtl1", at: oct(28, 21, 18) },
    {
      string: "Book club",
      uid: "bK4kwClub",
      at: oct(28, 21, 20),
      heading: 3,
      children: [
        { string: "We're discussing it on [[December 3rd, 2026]] at [[The Grain Barge]]", uid: "bK4kwDisc", at: oct(28, 21, 21) },
        { string: "^^We never get everything done; the point is choosing what to neglect^^", uid: "bK4kwQte1", at: oct(28, 21, 24) },
      ],
    },
  ]),
  daily(12, 8, 0, [{ string: "", uid: "eMptY1211", at: nov(12, 8, 0) }]),
  daily(16, 8, 30, [
    {
      string: "Booked the train to London for the #[[Harbour Bank diary study]] workshop on [[November 24th, 2026]]",
      uid: "tRa1nLdn1",
      at: nov(16, 8, 30),
      children: [{ string: "07:30 from Temple Meads, seat 42 in coach C", uid: "tRa1nT1me", at: nov(16, 8, 33) }],
    },
    { string: "Dan sent the drawings, signed them off #[[Garden office]]", uid: "dRaw1ngs1", at: nov(16, 13, 12) },
    { string: "Reread ((bK4kwQte1)) before bed", uid: "rEread001", at: nov(16, 22, 40) },
  ]),
  page("TODO", "TODO", oct(1, 9, 0), []),
  page("DONE", "DONE", oct(1, 9, 0), []),
  page("Harbour Bank diary study", PAGE_UIDS["Harbour Bank diary study"]!, oct(6, 14, 5), []),
  page("Oakline Builds", PAGE_UIDS["Oakline Builds"]!, oct(18, 20, 31), []),
  page("roam/css", "r0amCss01", oct(1, 9, 5), [
    {
      string: "```css\n.rm-page-ref--tag { background: #f4efe6; border-radius: 4px; }\n.roam-article { max-width: 760px; }\n```",
      uid: "cSsBlock1",
      at: oct(1, 9, 6),
    },
  ]),
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "How much is Dan's quote for the garden office?", expect: ["18,400"] },
  { question: "When does the garden office build start?", expect: ["11 January"] },
  { question: "What windows are going in the garden office?", expect: ["triple glazed"] },
  { question: "How much deposit did I pay Dan?", expect: ["2,000"] },
  { question: "What company is Dan Whitfield with?", expect: ["Oakline"] },
  { question: "What is Marta's phone number?", expect: ["07700 900553"] },
  { question: "When does Marta want the findings deck?", expect: ["27 November"] },
  { question: "Who wrote Four Thousand Weeks?", expect: ["Burkeman"] },
  { question: "When is the book club discussing Four Thousand Weeks?", expect: ["3 December"] },
  { question: "When do I need to renew my passport?", expect: ["18 December"] },
  { question: "What's the door code for the co-working space?", expect: ["4417"] },
  { question: "What time is my train to London?", expect: ["07:30"] },
  { question: "What is Dan's email address?", expect: null },
  { question: "When is Marta's birthday?", expect: null },
  { question: "How much did the passport renewal cost?", expect: null },
];

/** Nadia: her Roam graph's JSON export, unzipped and imported as one folder, asked on Friday 20 November 2026. */
export const roamer: Person = {
  name: "roamer",
  files: [{ name: "Roam-Export-1763650000000/nadia-brennan.json", text: JSON.stringify(GRAPH) }],
  folder: "Roam-Export-1763650000000",
  askedAt: Date.UTC(2026, 10, 20, 19, 0),
  questions: QUESTIONS,
};

/**
 * The Standard Notes user: Alex, who keeps what is private in Standard Notes because it is end-to-end
 * encrypted (a journal entry, the medication they take and its dose, a gym locker's combination, a log
 * of a deposit dispute with their old landlord, a reading list, emergency contacts, a trip, bin day, two-factor
 * secrets in the Authenticator editor), downloads a decrypted backup (Preferences → Backups → Download
 * backup, "Decrypted") and imports the unzipped folder (`engram import "Standard Notes Backup - …"`).
 * The zip as the app's ArchiveManager writes it (standardnotes/app
 * packages/ui-services/src/Archive/ArchiveManager.ts): `Standard Notes Backup and Import File.txt`,
 * the backup `{ version: "004", items: [...] }` as `JSON.stringify(data, null, 2)`, each item as
 * CreateDecryptedBackupFileContextPayload writes it (`content_type`, `content`, `created_at_timestamp`
 * in µs, `created_at`, `deleted: false`, `updated_at_timestamp`, `updated_at`, `uuid`); beside it
 * `Items/<content type>/<title>-<uuid's first part>.txt`, each note's text (a Super note's Lexical JSON)
 * and each other item's content as JSON (`Items/Tag/Tag-….txt`, `Items/SN_UserPreferences/…`). Notes of
 * every editor Alex used: plain text (the default, two titled by SN's default "Sunday 15 Nov 2026 at
 * 21:04"), Markdown, Super (Lexical JSON: a heading, a bulleted log, a checklist, a link), the old Plus
 * editor's HTML, the Authenticator's JSON of secrets; a pinned and protected note, an archived one, a
 * trashed one (an old router password), an empty one; tags, one nested under another
 * (`TagToParentTag`), listed before and after the notes they name. Hand-written by the developers while
 * trying Engram as its users would, in session 32, before Engram could read a Standard Notes backup
 * (the first run's figures are in bench/README.md). With it, the questions such a person asks later
 * and the words a right answer holds, and questions nothing here answers.
 */
import type { Person, PersonFile } from "./types.js";

/** A time as a Standard Notes item holds it: ISO 8601 UTC, and its `_timestamp` twin in microseconds. */
function stamp(iso: string): { iso: string; us: number } {
  return { iso, us: Date.parse(iso) * 1000 };
}

/** A Lexical text node, as the Super editor serializes one. */
function text(words: string, format = 0): Record<string, unknown> {
  return { detail: 0, format, mode: "normal", style: "", text: words, type: "text", version: 1 };
}

/** A Lexical block (paragraph, heading, quote, list, list item) with its children, as serialized. */
function block(type: string, children: Array<Record<string, unknown>>, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { children, direction: children.length ? "ltr" : null, format: "", indent: 0, type, version: 1, ...extra };
}

/** A Lexical list (`bullet`, `number` or `check`) of items, each its words (and, in a checklist, whether it is ticked). */
function list(listType: "bullet" | "number" | "check", items: Array<{ words: string; checked?: boolean }>): Record<string, unknown> {
  return block(
    "list",
    items.map((item, i) => block("listitem", [text(item.words)], { value: i + 1, ...(listType === "check" ? { checked: item.checked ?? false } : {}) })),
    { listType, start: 1, tag: listType === "number" ? "ol" : "ul" },
  );
}

/** The deposit dispute's log, as the Super editor keeps it: its Lexical editor state, serialized. */
const DISPUTE = JSON.stringify({
  root: block("root", [
    block("paragraph", [text("Deposit £1,200, protected with the DPS. Landlord: Mr Graham Hale (Hale Lettings, 0117 496 0831).")], { textFormat: 0 }),
    block("heading", [text("Log")], { tag: "h2" }),
    list("bullet", [
      { words: "2 October: moved out of 27 Cotham Vale, keys handed back to Hale Lettings." },
      { words: "9 October: Mr Hale emailed saying he's keeping £450 of the deposit for repainting the hallway." },
      { words: "16 October: sent him the check-in inventory photos showing the scuffs were already there." },
      { words: "4 November: raised a dispute with the DPS, case reference DPS-7734120." },
      { words: "20 November: the DPS adjudicator wants all my evidence by 4 December." },
    ]),
    block("heading", [text("Evidence")], { tag: "h2" }),
    list("check", [
      { words: "Check-in inventory, signed September 2024", checked: true },
      { words: "Emails from Mr Hale", checked: true },
      { words: "Photos from moving-out day", checked: false },
    ]),
    block("paragraph", [
      text("Upload it all on the "),
      block("link", [text("DPS dispute portal")], { rel: "noreferrer", target: null, title: null, url: "https://www.depositprotection.com/" }),
      text("."),
    ]),
    block("paragraph", []),
  ]),
});

/** The Authenticator editor's note: JSON of two-factor secrets (no words of Alex's; never to be imported). */
const SECRETS = JSON.stringify([
  { service: "GitHub", account: "privacynut", secret: "JBSWY3DPEHPK3PXPJBSWY3DP", notes: "" },
  { service: "Proton", account: "alex.morgan@proton.me", secret: "KRUGKIDROVUWG2ZAMJZG653O", notes: "backup codes in the safe" },
]);

/** What a note of Alex's holds (times ISO, UTC; a Super note's text its serialized editor state). */
interface NoteFields {
  uuid: string;
  title: string;
  text: string;
  created: string;
  updated: string;
  noteType?: "plain-text" | "markdown" | "super" | "rich-text" | "authentication";
  editorIdentifier?: string;
  preview?: string;
  pinned?: boolean;
  archived?: boolean;
  trashed?: boolean;
  protected?: boolean;
}

/** A note as the backup holds it: the payload's fields in CreateDecryptedBackupFileContextPayload's order, its content as the app keeps it. */
function note(n: NoteFields): Record<string, unknown> {
  const created = stamp(n.created);
  const updated = stamp(n.updated);
  return {
    content_type: "Note",
    content: {
      title: n.title,
      text: n.text,
      ...(n.noteType ? { noteType: n.noteType } : {}),
      ...(n.editorIdentifier ? { editorIdentifier: n.editorIdentifier } : {}),
      ...(n.preview ? { preview_plain: n.preview, preview_html: null } : {}),
      references: [],
      appData: { "org.standardnotes.sn": { client_updated_at: n.updated } },
      ...(n.pinned ? { pinned: true } : {}),
      ...(n.archived ? { archived: true } : {}),
      ...(n.trashed ? { trashed: true } : {}),
      ...(n.protected ? { protected: true } : {}),
    },
    created_at_timestamp: created.us,
    created_at: created.iso,
    deleted: false,
    updated_at_timestamp: updated.us,
    updated_at: updated.iso,
    uuid: n.uuid,
  };
}

/** A tag as the backup holds it: its title, the notes it is on, and the tag it is nested under (`TagToParentTag`). */
function tag(uuid: string, title: string, notes: string[], at: string, parent?: string): Record<string, unknown> {
  const t = stamp(at);
  return {
    content_type: "Tag",
    content: {
      title,
      expanded: true,
      references: [
        ...notes.map((n) => ({ uuid: n, content_type: "Note" })),
        ...(parent ? [{ uuid: parent, content_type: "Tag", reference_type: "TagToParentTag" }] : []),
      ],
      appData: { "org.standardnotes.sn": { client_updated_at: at } },
    },
    created_at_timestamp: t.us,
    created_at: t.iso,
    deleted: false,
    updated_at_timestamp: t.us,
    updated_at: t.iso,
    uuid,
  };
}

const N = {
  journal: "3f2a1b4c-8d7e-4f60-9a1b-2c3d4e5f6a7b",
  meds: "7c1e9d20-4b3a-4e8f-b6c5-d4e3f2a1b0c9",
  locker: "a4b5c6d7-e8f9-4a0b-8c1d-2e3f4a5b6c7d",
  dispute: "d9e8f7a6-b5c4-4d3e-9f2a-1b0c9d8e7f6a",
  reading: "5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9",
  contacts: "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e",
  porto: "c8d9e0f1-a2b3-4c4d-9e5f-6a7b8c9d0e1f",
  bins: "e2f3a4b5-c6d7-4e8f-a9b0-c1d2e3f4a5b6",
  router: "f0e1d2c3-b4a5-4968-8776-655443322110",
  twofa: "19283746-5a6b-4c7d-8e9f-a0b1c2d3e4f5",
  empty: "0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d",
};
const T = {
  journal: "6d5c4b3a-2918-4776-a5b4-c3d2e1f0a9b8",
  health: "8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d",
  home: "2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e",
  flat: "4c5d6e7f-8a9b-4c0d-ae1f-2a3b4c5d6e7f",
  reading: "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
  codes: "1e2d3c4b-5a69-4788-96a5-b4c3d2e1f0a9",
};

const NOTES: NoteFields[] = [
  {
    uuid: N.journal,
    // (Standard Notes titles a new note by when it was made, "Sunday 15 Nov 2026 at 21:04" in en-GB, until it is renamed)
    title: "Sunday 15 Nov 2026 at 21:04",
    text: "Long walk on the Downs with Hannah this afternoon, then tea at the kiosk. Told her about the job offer from Calder & Finch - she thinks I should take it, even with the longer commute.\n\nSlept badly again. No screens after 10pm this week.",
    created: "2026-11-15T21:04:33.120Z",
    updated: "2026-11-15T21:31:02.884Z",
  },
  {
    uuid: N.meds,
    title: "Meds",
    text: "## Sertraline\n50mg every morning with breakfast. Prescribed by Dr Ferreira at Whiteladies Health Centre.\nNext review: 8 January 2027\n\n## Propranolol\n10mg when needed before big presentations, no more than 3 a day.\n\n## Repeat prescription\nOrder through the NHS App a week before running out. Pharmacy is Boots on Whiteladies Road.",
    created: "2026-10-20T08:41:10.305Z",
    updated: "2026-11-12T19:02:47.551Z",
    noteType: "markdown",
    editorIdentifier: "org.standardnotes.advanced-markdown-editor",
    pinned: true,
    protected: true,
  },
  {
    uuid: N.locker,
    title: "Gym locker",
    text: "Locker 112 in the changing rooms at Clifton Lido.\nCombination 3-19-27 (turn right first).",
    created: "2026-09-03T07:12:55.018Z",
    updated: "2026-09-03T07:13:40.442Z",
    protected: true,
  },
  {
    uuid: N.dispute,
    title: "Deposit dispute - Hale Lettings",
    text: DISPUTE,
    created: "2026-10-02T18:12:04.771Z",
    updated: "2026-11-20T17:45:19.093Z",
    noteType: "super",
    editorIdentifier: "com.standardnotes.super-editor",
    preview: "Deposit £1,200, protected with the DPS. Landlord: Mr Graham Hale (Hale Lettings, 0117 496 0831).",
  },
  {
    uuid: N.reading,
    title: "Reading list",
    text: "- [x] Permanent Record - Edward Snowden\n- [x] The Shock Doctrine - Naomi Klein\n- [ ] The Age of Surveillance Capitalism - Shoshana Zuboff\n- [ ] Klara and the Sun - Kazuo Ishiguro\n- [ ] Means of Control - Byron Tau\n\nReading now: The Age of Surveillance Capitalism, borrowed from Dan (give it back by Christmas).",
    created: "2026-09-14T20:30:00.512Z",
    updated: "2026-11-22T22:05:31.206Z",
    noteType: "markdown",
    editorIdentifier: "org.standardnotes.advanced-markdown-editor",
  },
  {
    uuid: N.contacts,
    title: "Emergency contacts",
    text: "<p>Sister: Ruth Okonjo, 07700 900412</p><p>GP: Whiteladies Health Centre, 0117 973 1201</p><p>Spare keys are with Mrs Patel at number 14.</p>",
    created: "2026-09-08T12:20:44.930Z",
    updated: "2026-09-08T12:24:03.118Z",
    noteType: "rich-text",
    editorIdentifier: "org.standardnotes.plus-editor",
  },
  {
    uuid: N.porto,
    title: "Porto, September",
    text: "Stayed at Casa da Ribeira, right on the river. Flights with TAP, TP1331 out on the 18th.\nPort tasting at Graham's Lodge was the highlight.",
    created: "2026-09-10T09:15:22.004Z",
    updated: "2026-09-24T18:40:11.650Z",
    archived: true,
  },
  {
    uuid: N.bins,
    title: "Thursday 26 Nov 2026 at 08:12",
    text: "Bins go out Wednesday night for the Thursday collection. Recycling every other week, next one 3 December.",
    created: "2026-11-26T08:12:09.377Z",
    updated: "2026-11-26T08:13:15.829Z",
  },
  {
    uuid: N.router,
    title: "Router",
    text: "Router admin password: tangerine-otter-91\nWifi: MorganHome5G",
    created: "2026-09-01T16:02:18.441Z",
    updated: "2026-11-02T10:11:54.020Z",
    trashed: true,
  },
  {
    uuid: N.twofa,
    title: "2FA",
    text: SECRETS,
    created: "2026-09-05T21:48:30.117Z",
    updated: "2026-10-11T13:27:06.509Z",
    noteType: "authentication",
    editorIdentifier: "org.standardnotes.token-vault",
  },
  {
    uuid: N.empty,
    title: "",
    text: "",
    created: "2026-11-28T23:59:01.002Z",
    updated: "2026-11-28T23:59:01.002Z",
  },
];

/** The preferences item every account has: no words. */
const PREFERENCES = {
  content_type: "SN|UserPreferences",
  content: {
    references: [],
    appData: {
      "org.standardnotes.sn": {
        client_updated_at: "2026-11-01T10:00:00.000Z",
        newNoteTitleFormat: "current-date-time",
        defaultEditorIdentifier: "com.standardnotes.plain-text",
        notesShowArchived: false,
      },
    },
  },
  created_at_timestamp: stamp("2026-09-01T15:55:03.000Z").us,
  created_at: "2026-09-01T15:55:03.000Z",
  deleted: false,
  updated_at_timestamp: stamp("2026-11-01T10:00:00.000Z").us,
  updated_at: "2026-11-01T10:00:00.000Z",
  uuid: "55aa66bb-77cc-48dd-99ee-00ff11aa22bb",
};

/** The backup's items, as the app lists them (no order of kind: tags before and after the notes they name). */
const ITEMS: Array<Record<string, unknown>> = [
  PREFERENCES,
  tag(T.journal, "journal", [N.journal], "2026-09-01T16:10:00.000Z"),
  note(NOTES[0]!),
  note(NOTES[1]!),
  note(NOTES[2]!),
  tag(T.home, "Home", [N.bins], "2026-09-01T16:11:00.000Z"),
  note(NOTES[3]!),
  note(NOTES[4]!),
  note(NOTES[5]!),
  note(NOTES[6]!),
  note(NOTES[7]!),
  note(NOTES[8]!),
  note(NOTES[9]!),
  note(NOTES[10]!),
  tag(T.health, "health", [N.meds, N.contacts], "2026-10-20T08:45:00.000Z"),
  tag(T.flat, "Flat", [N.dispute], "2026-10-02T18:15:00.000Z", T.home),
  tag(T.reading, "reading", [N.reading], "2026-09-14T20:31:00.000Z"),
  tag(T.codes, "codes", [N.locker, N.router, N.twofa], "2026-09-03T07:14:00.000Z"),
];

/** When Alex downloaded the backup: every file of the zip is of that time. */
const DOWNLOADED = Date.UTC(2026, 11, 1, 19, 45, 12);
/** The unzipped folder, named as the download is ("Standard Notes Backup - Tue Dec 01 2026 19:45:12 GMT+0000.zip", its colons made "_"). */
const FOLDER = "Standard Notes Backup - Tue Dec 01 2026 19_45_12 GMT+0000";

/** A name as the app's `sanitizeFileName` makes it: ". \ / : \" ? * | < >" made "_". */
function sanitized(name: string): string {
  return name.trim().replace(/[.\\/:"?*|<>]/g, "_");
}

/** An item's file under `Items/` as ArchiveManager writes it: a note's text, any other item's content as JSON. */
function itemFile(item: Record<string, unknown>): PersonFile {
  const type = item.content_type as string;
  const content = item.content as { title?: string; text?: string };
  const isNote = type === "Note";
  const name = `${sanitized(isNote ? (content.title ?? "") : type).slice(0, 100)}-${(item.uuid as string).split("-")[0]}.txt`;
  return {
    name: `${FOLDER}/Items/${sanitized(type)}/${name}`,
    text: isNote ? (content.text ?? "") : JSON.stringify(content, null, 2),
    mtime: DOWNLOADED,
  };
}

const FILES: PersonFile[] = [
  {
    name: `${FOLDER}/Standard Notes Backup and Import File.txt`,
    text: JSON.stringify({ version: "004", items: ITEMS }, null, 2),
    mtime: DOWNLOADED,
  },
  ...ITEMS.map(itemFile),
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "What dose of sertraline do I take?", expect: ["50mg"] },
  { question: "When is my sertraline review?", expect: ["8 January"] },
  { question: "What's the combination for my gym locker?", expect: ["3-19-27"] },
  { question: "How much of my deposit is the landlord keeping?", expect: ["£450"] },
  { question: "What's my DPS case reference?", expect: ["DPS-7734120"] },
  { question: "When does the DPS need my evidence by?", expect: ["4 December"] },
  { question: "What book am I reading at the moment?", expect: ["Surveillance Capitalism"] },
  { question: "Which company offered me a job?", expect: ["Calder"] },
  { question: "What's Ruth's phone number?", expect: ["07700 900412"] },
  { question: "Who has my spare keys?", expect: ["Mrs Patel"] },
  { question: "Where did I stay in Porto?", expect: ["Casa da Ribeira"] },
  { question: "Which night do the bins go out?", expect: ["Wednesday"] },
  { question: "What's the router admin password?", expect: null },
  { question: "What's my passport number?", expect: null },
  { question: "When is my dentist appointment?", expect: null },
];

/** Alex: their Standard Notes decrypted backup, unzipped and imported as one folder, asked on Tuesday 1 December 2026. */
export const privacynut: Person = {
  name: "privacynut",
  files: FILES,
  folder: FOLDER,
  askedAt: Date.UTC(2026, 11, 1, 20, 30),
  questions: QUESTIONS,
};

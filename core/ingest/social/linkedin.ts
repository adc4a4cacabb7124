/**
 * LinkedIn's data archive (Settings & Privacy → Data privacy → Get a copy of your data: `Basic_` or
 * `Complete_LinkedInDataExport_11-24-2026.zip`, unzipped): a folder of CSV files (RFC 4180, UTF-8, parsed
 * by csv-parse, streamed; csv-records.ts), each with its header:
 *
 * - `messages.csv`: a row per message, `CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,
 *   RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER` (newer archives add `ATTACHMENTS` and `IS MESSAGE
 *   DRAFT`): `CONVERSATION ID` "2-NTg3YjNm…" names the conversation its rows share (in no promised order:
 *   a conversation's newest first), `CONVERSATION TITLE` a group's name (else empty), `FROM` the sender's
 *   name and `SENDER PROFILE URL` their profile (`https://www.linkedin.com/in/<slug>`), `TO` and
 *   `RECIPIENT PROFILE URLS` the others (several joined by "," or ";"), `DATE` the time in UTC
 *   ("2026-10-14 09:12:33 UTC"), `SUBJECT` an InMail's, `CONTENT` the words (line breaks kept; a
 *   sponsored InMail's in HTML), `FOLDER` "INBOX" (or "ARCHIVE", "SPAM"), `IS MESSAGE DRAFT` "Yes" for a
 *   draft never sent. LinkedIn's own lines ("Message request accepted", "A LinkedIn member left the
 *   conversation.") are no one's words;
 * - `Connections.csv`: a "Notes:" preamble (LinkedIn's note on missing email addresses, quoted, then a blank
 *   line) before its header `First Name,Last Name,URL,Email Address,Company,Position,Connected On` (older
 *   archives without the preamble or `URL`), a row per first-degree connection, newest first, `Connected
 *   On` "14 Oct 2026", company and position as they are when the archive is made;
 * - `Positions.csv`: the account's own jobs, `Company Name,Title,Description,Location,Started On,Finished
 *   On`, months as "Apr 2023" (a year alone, "2016", when no month was given), the current job with no end;
 * - `Profile.csv` (`First Name,Last Name,Maiden Name,Address,Birth Date,Headline,…`): whose archive it is;
 * - `guide_messages.csv` and `learning_role_play_messages.csv` (messages.csv's header): chats with
 *   LinkedIn's AI, no person's; and some forty other CSVs of the account's data (`Invitations.csv`,
 *   `Education.csv`, `Skills.csv`, `Endorsement_Received_Info.csv`, `Ad_Targeting.csv`, `Registration.csv`,
 *   `Jobs/Job Applications.csv` …) and `Articles/Articles/*.html`, the articles published, as web pages.
 *
 * Messages are read as conversations (format `linkedin`): each conversation id one conversation, its
 * messages in time order, each said by its sender, the account's own by the user (speaker "User", role
 * "user", as sms.ts names them): the sender is the account when their name is the one Profile.csv beside
 * the file gives, else when their profile is the one in every message (the account is in every message
 * it holds, sending or receiving). Connections and positions are the user's records, read as notes of the
 * user's (format `note`): connections a note per month they were made ("LinkedIn connections, October
 * 2026"), each a paragraph of the day ("Connected with Priya Shah on LinkedIn on Wednesday 14 October.
 * Priya Shah works at Starling Bank as Head of Product."); positions one note ("Work history (LinkedIn)"),
 * each a paragraph of its start ("Started at Ocado Technology as Senior Product Manager in April 2023, in
 * Hatfield, England, United Kingdom; still there."). Every other file of the archive is passed over, said
 * why ({@link linkedinPassedOver}).
 */
import { stat } from "node:fs/promises";
import { fileStart } from "../kit/file-start.js";
import { basename, dirname, join } from "node:path";
import { readBytes } from "../kit/bytes.js";
import { rememberedTest } from "../kit/download-root.js";
import { type CsvColumns, type CsvRecord, cellOf, csvRecords, headerCells } from "../kit/csv-records.js";
import { HeldNotes } from "../notes/held-notes.js";
import { NO_TEXT, NOTE_SPEAKER } from "../notes/note.js";
import { ImportError, type ParsedConversation, type ParsedTurn, type ReadOptions } from "../kit/types.js";
import { keyedByTime } from "../kit/time-keys.js";
import { monthYear } from "../../time/format.js";

/** The columns that open LinkedIn's messages.csv (and its AI chats' guide_messages.csv, learning_role_play_messages.csv). */
export const LINKEDIN_MESSAGE_COLUMNS = ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL"] as const;
/** The columns of Connections.csv (after its "Notes:" preamble). */
export const LINKEDIN_CONNECTION_COLUMNS = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"] as const;
/** The columns of Positions.csv. */
export const LINKEDIN_POSITION_COLUMNS = ["Company Name", "Title", "Description", "Location", "Started On", "Finished On"] as const;

/** What a CSV of a LinkedIn archive holds, by its header (and its name: messages.csv's header is also its AI chats'). */
export type LinkedInKind = "messages" | "connections" | "positions" | "profile" | "invitations" | "ai";

/** Most characters of one CSV record (a message and its row): an unclosed quote is refused here, not read to the file's end into memory. */
export const MAX_RECORD_CHARS = 4 * 1024 * 1024;

/** Most characters of messages held before the conversations read so far are given (a conversation met again after is given again, in parts, with the same externalId). */
export const MAX_HELD_MESSAGE_CHARS = 8 * 1024 * 1024;

/** What a held message counts besides its text: its turn's and metadata's objects. */
const HELD_PER_MESSAGE = 512;

/** The AI chats' files, whose header is messages.csv's, by their name lower-cased. */
const AI_CHATS: Readonly<Record<string, string>> = {
  "guide_messages.csv": "chats with LinkedIn's AI job-search guide, no person's words",
  "learning_role_play_messages.csv": "LinkedIn Learning's role-play practice with an AI, no person's words",
};

/** Whether the header `cells` open with `columns` (any case). */
function opensWith(cells: readonly string[], columns: readonly string[]): boolean {
  return columns.every((c, i) => (cells[i] ?? "").toLowerCase() === c.toLowerCase());
}

/**
 * What a CSV of a LinkedIn archive is, from its start (its text, a byte-order mark dropped) and its path,
 * or null when it is none of those Engram knows by their header: messages.csv (its AI chats, by their
 * names, "ai"), Connections.csv (after its "Notes:" preamble, or without it), Positions.csv, Profile.csv,
 * Invitations.csv.
 */
export function linkedinKind(start: string, file: string): LinkedInKind | null {
  const cells = headerCells(start);
  if (opensWith(cells, LINKEDIN_MESSAGE_COLUMNS)) return AI_CHATS[basename(file).toLowerCase()] ? "ai" : "messages";
  if (opensWith(cells, LINKEDIN_POSITION_COLUMNS.slice(0, 2)) && cells.some((c) => c.toLowerCase() === "started on")) return "positions";
  if (opensWith(cells, ["First Name", "Last Name"]) && cells.some((c) => c.toLowerCase() === "headline")) return "profile";
  if (opensWith(cells, ["From", "To", "Sent At", "Message", "Direction"])) return "invitations";
  if (isConnectionsHeader(cells)) return "connections";
  // (Connections.csv's preamble: "Notes:", LinkedIn's note in quotes, a blank line, then its header)
  if (/^Notes:\s*$/i.test(start.slice(0, start.search(/\r|\n|$/)).trim())) {
    const header = start.split(/\r\n|\n|\r/).find((l) => /^"?First Name"?,/i.test(l));
    if (header && isConnectionsHeader(headerCells(header))) return "connections";
  }
  return null;
}

/** Whether header cells are Connections.csv's: first and last name, and when connected. */
function isConnectionsHeader(cells: readonly string[]): boolean {
  return opensWith(cells, ["First Name", "Last Name"]) && cells.some((c) => c.toLowerCase() === "connected on");
}

/** Whether a file's start and path are one of a LinkedIn archive's CSVs Engram knows by its header ({@link linkedinKind}), or any file of a LinkedIn archive's folder ({@link linkedinPassedOver}). */
export function isLinkedInCsv(start: string, file: string): boolean {
  return linkedinKind(start, file) !== null || (/\.csv$/i.test(file) && linkedinPassedOver(file) !== null);
}

/** Why a CSV of a LinkedIn archive Engram knows by its header is no note (the detail of an ImportError after "the note has no text: "), or null for one it reads. */
function noNote(kind: LinkedInKind, file: string): string | null {
  switch (kind) {
    case "profile":
      return "the LinkedIn account's profile, whose name tells which messages of messages.csv are the user's";
    case "invitations":
      return "LinkedIn connection invitations sent and received; the connections made are read from Connections.csv";
    case "ai":
      return AI_CHATS[basename(file).toLowerCase()] ?? "chats with LinkedIn's AI";
    default:
      return null;
  }
}

/** The other files of a LinkedIn archive, by their name lower-cased without what is not a letter, and what each is. */
const ARCHIVE_FILES: Readonly<Record<string, string>> = {
  profilesummary: "the LinkedIn profile's summary",
  education: "the schools and degrees on the LinkedIn profile",
  skills: "the skills listed on the LinkedIn profile",
  languages: "the languages on the LinkedIn profile",
  certifications: "the certifications on the LinkedIn profile",
  honors: "the honours on the LinkedIn profile",
  courses: "the courses on the LinkedIn profile",
  projects: "the projects on the LinkedIn profile",
  publications: "the publications on the LinkedIn profile",
  patents: "the patents on the LinkedIn profile",
  volunteering: "the volunteering on the LinkedIn profile",
  organizations: "the organisations on the LinkedIn profile",
  causesyoucareabout: "the causes on the LinkedIn profile",
  endorsementreceivedinfo: "skill endorsements received on LinkedIn",
  endorsementgiveninfo: "skill endorsements given on LinkedIn",
  recommendationsreceived: "recommendations received on LinkedIn",
  recommendationsgiven: "recommendations given on LinkedIn",
  shares: "posts shared on LinkedIn",
  comments: "comments on LinkedIn posts, without the posts they answer",
  reactions: "reactions to LinkedIn posts",
  votes: "votes in LinkedIn polls",
  richmedia: "photos and files uploaded to LinkedIn (their links)",
  companyfollows: "companies followed on LinkedIn",
  memberfollows: "members followed on LinkedIn",
  events: "LinkedIn events",
  learning: "LinkedIn Learning's courses watched",
  jobapplications: "jobs applied for on LinkedIn",
  savedjobs: "jobs saved on LinkedIn",
  savedjobalerts: "LinkedIn job alerts",
  jobseekerpreferences: "LinkedIn's job-seeking settings",
  jobapplicantsavedanswers: "answers saved for LinkedIn job applications",
  jobapplicantsavedscreeningquestionresponses: "answers saved for LinkedIn job applications",
  adtargeting: "LinkedIn's advertising profile of the account",
  inferencesaboutyou: "what LinkedIn infers about the account",
  registration: "the LinkedIn account's registration",
  emailaddresses: "the LinkedIn account's email addresses",
  phonenumbers: "the LinkedIn account's phone numbers",
  whatsappphonenumbers: "the LinkedIn account's phone numbers",
  receipts: "LinkedIn's receipts",
  receiptsv: "LinkedIn's receipts",
  searchqueries: "searches made on LinkedIn",
  logins: "sign-ins to LinkedIn",
  securitychallenges: "LinkedIn's security challenges",
  privateidentityasset: "documents of the LinkedIn account's identity",
  verifications: "the LinkedIn account's verifications",
  contacts: "an address book imported into LinkedIn",
  importedcontacts: "an address book imported into LinkedIn",
};

/** Whether the folder `root` is an unzipped LinkedIn archive: its messages.csv, Connections.csv or Profile.csv, by its header (remembered per folder, at most 64). */
const isLinkedInArchive = rememberedTest((root) =>
  (["messages.csv", "Connections.csv", "Profile.csv"] as const).some((name) => {
    const start = fileStart(join(root, name));
    const kind = start === null ? null : linkedinKind(start, join(root, name));
    return kind === "messages" || kind === "connections" || kind === "profile";
  }),
);

/** The folders of a LinkedIn archive that hold files of it: `Jobs/` and `Verifications/` (CSVs), `Articles/Articles/` (the articles, as web pages). */
const CSV_FOLDERS = /^(?:jobs|verifications)$/i;
const ARTICLES = /^articles$/i;

/**
 * The LinkedIn archive `file` is a file of, or null: its folder when that holds LinkedIn's messages.csv,
 * Connections.csv or Profile.csv (by its header); for a CSV in `Jobs/` or `Verifications/`, the folder above;
 * for an .html in `Articles/` (`Articles/Articles/`), the folder above that. A file anywhere else is no
 * archive's, even under one (a folder the user keeps beside it).
 */
function archiveOf(file: string): string | null {
  const dir = dirname(file);
  if (isLinkedInArchive(dir)) return dir;
  const up = dirname(dir);
  if (/\.csv$/i.test(file)) return CSV_FOLDERS.test(basename(dir)) && isLinkedInArchive(up) ? up : null;
  if (!/\.html?$/i.test(file) || !ARTICLES.test(basename(dir))) return null;
  if (isLinkedInArchive(up)) return up;
  return ARTICLES.test(basename(up)) && isLinkedInArchive(dirname(up)) ? dirname(up) : null;
}

/**
 * Why `file` is passed over unread, in words, when it is a file of an unzipped LinkedIn archive
 * ({@link archiveOf}: its folder holding LinkedIn's messages.csv, Connections.csv or Profile.csv) that Engram
 * does not read: Profile.csv, Invitations.csv, the AI chats (guide_messages.csv …), the profile's education,
 * skills and endorsements, the account's data (Ad_Targeting.csv, Registration.csv …), the jobs applied for
 * and saved (`Jobs/…`), an article published, as a web page (`Articles/Articles/….html`); null for
 * messages.csv, Connections.csv and Positions.csv (by their header), for a file of no LinkedIn archive, and
 * for an .html of the archive's folder itself (no article). Reads the first KiB of the file and of those
 * beside it, the folder's answer remembered. A CSV of the archive's folder that another app's export is
 * (import-check.ts asks before this) is not asked about.
 */
export function linkedinPassedOver(file: string): string | null {
  if (archiveOf(file) === null) return null;
  if (/\.html?$/i.test(file)) return ARTICLES.test(basename(dirname(file))) ? "an article published on LinkedIn, as a web page" : null;
  if (!/\.csv$/i.test(file)) return null;
  const start = fileStart(file);
  const kind = start === null ? null : linkedinKind(start, file);
  if (kind !== null) return noNote(kind, file);
  const key = basename(file)
    .replace(/\.csv$/i, "")
    .toLowerCase()
    .replace(/[^a-z]/g, "");
  return ARCHIVE_FILES[key] ?? `LinkedIn's ${basename(file)}, the account's data`;
}

/** Where a cell is, as an ImportError's location: `line 7, column 7 "DATE"`. */
function where(line: number, columns: CsvColumns, name: string): string {
  return `line ${line}, column ${(columns.get(name) ?? 0) + 1} "${name}"`;
}

/** The columns of a header record by name, upper-cased when `upper` (messages.csv's), else as LinkedIn writes them, trimmed; the first of a name given twice. */
function columnsOf(cells: string[], upper: boolean): CsvColumns {
  const columns: CsvColumns = new Map();
  cells.forEach((name, i) => {
    const key = upper ? name.trim().toUpperCase() : name.trim();
    if (!columns.has(key)) columns.set(key, i);
  });
  return columns;
}

/** A time as messages.csv writes it, "2026-10-14 09:12:33 UTC" (also with "T", "Z", an offset of nought, or no zone: UTC). */
const MESSAGE_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(?:UTC|GMT|Z|[+-]00:?00)?$/i;

/** The epoch ms of a UTC time given by its parts, or null when they name no such time. */
function utcTime(y: number, mo: number, d: number, h = 12, mi = 0, s = 0): number | null {
  const at = Date.UTC(y, mo - 1, d, h, mi, s);
  const t = new Date(at);
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d && h < 24 && mi < 60 && s < 60 ? at : null;
}

/** The time `DATE` gives ("2026-10-14 09:12:33 UTC"), or null when it is none. */
export function linkedinMessageTime(value: string): number | null {
  const m = MESSAGE_TIME.exec(value.trim());
  return m ? utcTime(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0)) : null;
}

const MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** A month's number (1–12) from its English name or its first three letters ("Oct", "October", "Sept"), or undefined. */
function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, "");
  const at = MONTH_NAMES.findIndex((m) => m === w || m.slice(0, 3) === w || (m === "september" && w === "sept"));
  return at < 0 ? undefined : at + 1;
}

/**
 * The day `Connected On` gives, at noon UTC: "14 Oct 2026" as LinkedIn writes it (also "14 October 2026",
 * "Oct 14, 2026", "2026-10-14", "10/14/2026" and "10/14/26", month first), or null when it is none.
 */
export function linkedinDay(value: string): number | null {
  const v = value.trim();
  let m = /^(\d{1,2})[ -]([A-Za-z]{3,9}\.?)[ -,]*(\d{4})$/.exec(v);
  if (m) {
    const month = monthNumber(m[2]!);
    return month ? utcTime(Number(m[3]), month, Number(m[1])) : null;
  }
  m = /^([A-Za-z]{3,9}\.?) (\d{1,2}),? (\d{4})$/.exec(v);
  if (m) {
    const month = monthNumber(m[1]!);
    return month ? utcTime(Number(m[3]), month, Number(m[2])) : null;
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (m) return utcTime(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(v);
  if (m) return utcTime(m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]), Number(m[1]), Number(m[2]));
  return null;
}

/** A month of Positions.csv ("Apr 2023", "April 2023", a year alone "2016", "04/2023"): its first day at noon UTC and how it is said ("April 2023", "2016"), or null when it is none. */
export function linkedinMonth(value: string): { at: number; words: string } | null {
  const v = value.trim();
  let m = /^([A-Za-z]{3,9}\.?) (\d{4})$/.exec(v);
  if (m) {
    const month = monthNumber(m[1]!);
    const at = month ? utcTime(Number(m[2]), month, 1) : null;
    return at === null || !month ? null : { at, words: `${capitalised(MONTH_NAMES[month - 1]!)} ${m[2]}` };
  }
  m = /^(\d{1,2})\/(\d{4})$/.exec(v);
  if (m) {
    const at = utcTime(Number(m[2]), Number(m[1]), 1);
    return at === null ? null : { at, words: `${capitalised(MONTH_NAMES[Number(m[1]) - 1]!)} ${m[2]}` };
  }
  m = /^(\d{4})$/.exec(v);
  if (m) {
    const at = utcTime(Number(m[1]), 1, 1);
    return at === null ? null : { at, words: m[1]! };
  }
  return null;
}

/** `word` with its first letter upper-cased. */
function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

const DAY_WORDS = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });

/**
 * A day as a log says it, without its year: "Wednesday 14 October" (its UTC day). Each paragraph is of its
 * day, so the memory engine reads the year from the paragraph's time (as strava.ts says its days).
 */
function dayWords(at: number): string {
  return DAY_WORDS.format(at).replace(",", "");
}

/** LinkedIn's own lines in a conversation, no one's words. */
const LINKEDIN_NOTICE =
  /^(?:message request accepted|a linkedin member left the conversation|.{1,80} (?:left|joined) the conversation|this message has been deleted)\.?$/i;

/** HTML of a sponsored InMail's content: a tag LinkedIn writes (HTML_TAGS: each of them). */
const HTML_TAG = /<\/?(?:p|br|div|span|a|strong|b|em|i|u|ul|ol|li|h[1-6]|table|tr|td|img)\b[^>]*>/i;
const HTML_TAGS = new RegExp(HTML_TAG.source, "gi");

/** Character references a message's HTML holds. */
const ENTITIES: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", "#39": "'" };

/** A message's words: its HTML (a sponsored InMail's) read as text, line breaks kept, blank lines folded, trimmed. */
function messageWords(content: string): string {
  let text = content.replace(/\r\n?/g, "\n");
  if (HTML_TAG.test(text)) {
    text = text
      .replace(/<br\s*\/?>/gi, "\n")
      .replace(/<\/(?:p|div|li|h[1-6]|tr)>/gi, "\n")
      .replace(/<li\b[^>]*>/gi, "- ")
      .replace(HTML_TAGS, "")
      .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, e: string) => ENTITIES[e] ?? "")
      .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)));
  }
  return text
    .split("\n")
    .map((l) => l.replace(/[ \t\u00a0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** A profile link as read here: lower-cased, without "https://", "www.", a query or a closing "/". */
function profileKey(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, "")
    .replace(/^www\./, "")
    .replace(/[?#].*$/, "")
    .replace(/\/+$/, "");
}

/** The profile links of `RECIPIENT PROFILE URLS` (several joined by ",", ";" or spaces). */
function profileKeys(urls: string): string[] {
  return urls
    .split(/[,;\s]+/)
    .map(profileKey)
    .filter(Boolean);
}

/** A name as read here to compare: white space folded, lower-cased. */
function nameKey(name: string): string {
  return name.replace(/\s+/g, " ").trim().toLowerCase();
}

/** The records of `file` after its header (found by `isHeader`, a preamble before it passed over), with the header's columns. @throws ImportError naming the file: no header (`line N`, `expected`), the CSV's own faults. */
async function* rowsOf(
  file: string,
  isHeader: (cells: string[]) => boolean,
  upper: boolean,
  expected: string,
  opts: ReadOptions,
): AsyncGenerator<{ record: CsvRecord; columns: CsvColumns }> {
  const info = await stat(file);
  const csv = csvRecords(file, info.size, MAX_RECORD_CHARS, opts.onProgress);
  let columns: CsvColumns | null = null;
  for await (const record of csv.records) {
    if (!columns) {
      if (isHeader(record.cells)) columns = columnsOf(record.cells, upper);
      // (Connections.csv's "Notes:" and LinkedIn's note; no more than that before a header)
      else if (record.line > 8) break;
      continue;
    }
    if (record.cells.every((c) => !c.trim())) continue;
    yield { record, columns };
  }
  if (!columns) throw new ImportError(file, `line ${Math.max(1, csv.lastLine())}`, `no header: ${expected}`);
}

/** The name Profile.csv beside `file` gives ("Chloe Bennett"), or null when there is none or it cannot be read. */
async function profileName(file: string): Promise<string | null> {
  const path = join(dirname(file), "Profile.csv");
  if (path === file || fileStart(path) === null) return null;
  try {
    for await (const { record, columns } of rowsOf(path, (c) => opensWith(c, ["First Name", "Last Name"]), false, "", {})) {
      const name = `${cellOf(record.cells, columns, "First Name")} ${cellOf(record.cells, columns, "Last Name")}`.replace(/\s+/g, " ").trim();
      return name || null;
    }
  } catch {
    return null;
  }
  return null;
}

/** A message of messages.csv as read from its row. */
interface Message {
  conversation: string;
  title: string;
  from: string;
  fromKey: string;
  to: string;
  toKeys: string[];
  at: number;
  subject: string;
  text: string;
  folder: string;
  line: number;
}

/** The columns messages.csv must have to be read. */
const NEEDED_MESSAGE_COLUMNS = ["CONVERSATION ID", "FROM", "DATE", "CONTENT"] as const;

/** What messages.csv's header is, for an error. */
const MESSAGES_HEADER = `not LinkedIn's messages.csv (its header opens ${LINKEDIN_MESSAGE_COLUMNS.join(",")},…)`;

/** The rows of messages.csv, each as a {@link Message} (null for a draft, a message in spam or one of no words). @throws ImportError naming the line and column of a bad cell. */
async function* messagesOf(file: string, opts: ReadOptions): AsyncGenerator<Message | null> {
  let checked = false;
  for await (const { record, columns } of rowsOf(file, (c) => opensWith(c, LINKEDIN_MESSAGE_COLUMNS), true, MESSAGES_HEADER, opts)) {
    const missing = checked ? undefined : NEEDED_MESSAGE_COLUMNS.find((c) => !columns.has(c));
    if (missing) throw new ImportError(file, "line 1", `no "${missing}" column: ${MESSAGES_HEADER}`);
    checked = true;
    const { cells, line } = record;
    const conversation = cellOf(cells, columns, "CONVERSATION ID");
    if (!conversation) throw new ImportError(file, where(line, columns, "CONVERSATION ID"), "empty: expected the conversation's id");
    const date = cellOf(cells, columns, "DATE");
    const at = linkedinMessageTime(date);
    if (at === null)
      throw new ImportError(file, where(line, columns, "DATE"), `${JSON.stringify(date)}: expected a time as LinkedIn writes it, "2026-10-14 09:12:33 UTC"`);
    const folder = cellOf(cells, columns, "FOLDER").toUpperCase();
    const draft = /^(?:yes|true)$/i.test(cellOf(cells, columns, "IS MESSAGE DRAFT")) || folder === "DRAFT" || folder === "DRAFTS";
    const text = messageWords(cellOf(cells, columns, "CONTENT"));
    if (draft || folder === "SPAM" || !text || LINKEDIN_NOTICE.test(text)) {
      yield null;
      continue;
    }
    yield {
      conversation,
      title: cellOf(cells, columns, "CONVERSATION TITLE").replace(/\s+/g, " "),
      from: cellOf(cells, columns, "FROM").replace(/\s+/g, " "),
      fromKey: profileKey(cellOf(cells, columns, "SENDER PROFILE URL")),
      to: cellOf(cells, columns, "TO").replace(/\s+/g, " "),
      toKeys: profileKeys(cellOf(cells, columns, "RECIPIENT PROFILE URLS")),
      at,
      subject: cellOf(cells, columns, "SUBJECT").replace(/\s+/g, " "),
      text,
      folder,
      line,
    };
  }
}

/**
 * Whose messages.csv `file` is: the profile link of the sender Profile.csv beside it names (by name), else
 * the one profile in every message (sending or receiving) when the file names at least two; null when
 * neither tells (a file of one conversation of two, given alone). Reads the file through once.
 */
async function ownerOf(file: string): Promise<{ key: string | null; name: string | null }> {
  const name = await profileName(file);
  const named = name ? nameKey(name) : null;
  let common: Set<string> | null = null;
  const everyone = new Set<string>();
  let byName: string | null = null;
  for await (const m of messagesOf(file, {})) {
    if (!m) continue;
    const keys = [m.fromKey, ...m.toKeys].filter(Boolean);
    if (named && !byName && m.fromKey && nameKey(m.from) === named) byName = m.fromKey;
    if (!keys.length) continue;
    if (everyone.size < 3) for (const k of keys) everyone.add(k);
    common = common ? new Set(keys.filter((k) => common!.has(k))) : new Set(keys);
  }
  if (byName) return { key: byName, name };
  return { key: common?.size === 1 && everyone.size > 2 ? [...common][0]! : null, name };
}

/** A conversation being gathered: its group title, first subject, messages so far, and the others who wrote in it (or whom the user wrote to). */
interface HeldConversation {
  title: string;
  subject: string;
  turns: ParsedTurn[];
  others: string[];
}

/** The conversation gathered as {@link ParsedConversation}: its turns in time order, each named by its time ("#2" for a second message in the same second). */
function conversationOf(id: string, c: HeldConversation): ParsedConversation {
  const turns = keyedByTime([...c.turns]);
  const others = c.others.length > 3 ? `${c.others.slice(0, 3).join(", ")} and others` : c.others.join(c.others.length > 2 ? ", " : " and ");
  return {
    format: "linkedin",
    externalId: `linkedin:${id}`,
    title: c.title || c.subject || others || "LinkedIn messages",
    participants: [...new Set(turns.map((t) => t.speaker))],
    startedAt: turns[0]?.occurredAt ?? null,
    turns,
  };
}

/** Reads messages.csv: each conversation id a conversation, its messages in time order, the account's said by the user. */
async function* parseMessages(file: string, opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  const owner = await ownerOf(file);
  const conversations = new Map<string, HeldConversation>();
  let held = 0;
  let read = 0;
  const given = function* (): Generator<ParsedConversation> {
    const all = [...conversations].map(([id, c]) => conversationOf(id, c)).sort((a, b) => (a.startedAt ?? 0) - (b.startedAt ?? 0));
    conversations.clear();
    held = 0;
    yield* all;
  };
  for await (const m of messagesOf(file, opts)) {
    if (!m) continue;
    read++;
    const mine = owner.key !== null && m.fromKey === owner.key;
    const speaker = mine ? NOTE_SPEAKER : m.from || "LinkedIn Member";
    const c = conversations.get(m.conversation) ?? { title: "", subject: "", turns: [], others: [] };
    conversations.set(m.conversation, c);
    if (!c.title && m.title) c.title = m.title;
    if (!c.subject && m.subject) c.subject = m.subject;
    if (!mine && !c.others.includes(speaker)) c.others.push(speaker);
    if (mine && !c.others.length && m.to && !c.others.includes(m.to)) c.others.push(m.to);
    c.turns.push({
      externalId: null,
      speaker,
      role: mine ? "user" : "other",
      occurredAt: m.at,
      text: m.text,
      metadata: {
        line: m.line,
        linkedin: {
          ...(m.to ? { to: m.to } : {}),
          ...(m.subject ? { subject: m.subject } : {}),
          ...(m.folder && m.folder !== "INBOX" ? { folder: m.folder } : {}),
        },
        // (a message to the user alone is a letter to them: its "you" is theirs, memory/letters.ts)
        ...(!mine && owner.key !== null && m.toKeys.length === 1 && m.toKeys[0] === owner.key ? { letter: { to: ["the user"] } } : {}),
      },
    });
    held += m.text.length + HELD_PER_MESSAGE;
    if (held > MAX_HELD_MESSAGE_CHARS) yield* given();
  }
  yield* given();
  if (!read) throw new ImportError(file, "line 2", `${NO_TEXT}: a LinkedIn archive's messages.csv with no message`);
}

/** What Connections.csv's header is, for an error. */
const CONNECTIONS_HEADER = `not LinkedIn's Connections.csv (its header, after its "Notes:", is ${LINKEDIN_CONNECTION_COLUMNS.join(",")})`;

/** A connection in words: the day it was made, then where they work as what, and their email ("Connected with Priya Shah on LinkedIn on Wednesday 14 October. Priya Shah works at Starling Bank as Head of Product."). */
function connectionWords(name: string, at: number, company: string, position: string, email: string): string {
  const work =
    company && position ? `${name} works at ${company} as ${position}.` : company ? `${name} works at ${company}.` : position ? `${name}: ${position}.` : "";
  return [`Connected with ${name} on LinkedIn on ${dayWords(at)}.`, work, email ? `${name}'s email address: ${email}.` : ""].filter(Boolean).join(" ");
}

/** Reads Connections.csv: each connection a paragraph of the day it was made, in a note per month. */
async function* parseConnections(file: string, opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  const notes = new HeldNotes({ records: "log" });
  let read = 0;
  for await (const { record, columns } of rowsOf(file, isConnectionsHeader, false, CONNECTIONS_HEADER, opts)) {
    const { cells, line } = record;
    const name = `${cellOf(cells, columns, "First Name")} ${cellOf(cells, columns, "Last Name")}`.replace(/\s+/g, " ").trim();
    // (a member who left LinkedIn, or hides their name: a row of no one, ",,,,,,01 Sep 2026")
    if (!name) continue;
    const connected = cellOf(cells, columns, "Connected On");
    const at = linkedinDay(connected);
    if (at === null)
      throw new ImportError(file, where(line, columns, "Connected On"), `${JSON.stringify(connected)}: expected a day as LinkedIn writes it, "14 Oct 2026"`);
    const url = cellOf(cells, columns, "URL");
    const company = cellOf(cells, columns, "Company").replace(/\s+/g, " ");
    const position = cellOf(cells, columns, "Position").replace(/\s+/g, " ");
    const email = cellOf(cells, columns, "Email Address");
    read++;
    const month = new Date(at).toISOString().slice(0, 7);
    yield* notes.add(`linkedin:connections:${month}`, `LinkedIn connections, ${monthYear(at)}`, {
      externalId: url || `linkedin:connection:${name}`,
      speaker: NOTE_SPEAKER,
      role: "user",
      occurredAt: at,
      text: connectionWords(name, at, company, position, email),
      metadata: {
        line,
        linkedin: { name, ...(url ? { url } : {}), ...(company ? { company } : {}), ...(position ? { position } : {}), ...(email ? { email } : {}) },
      },
    });
  }
  if (!read) throw new ImportError(file, "line 1", `${NO_TEXT}: a LinkedIn archive's Connections.csv with no connection`);
  yield* notes.given();
}

/** What Positions.csv's header is, for an error. */
const POSITIONS_HEADER = `not LinkedIn's Positions.csv (its header is ${LINKEDIN_POSITION_COLUMNS.join(",")})`;

/** A description's lines, trimmed, blank ones dropped, each ended with a full stop unless it ends with one already. */
function descriptionLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(/^[-•*·]\s*/, "").trim())
    .filter(Boolean)
    .map((l) => (/[.!?…:;]["')\]]*$/.test(l) ? l : `${l}.`));
}

/**
 * A position in words, as the user would say it: "Started at Ocado Technology as Senior Product Manager in
 * April 2023, in Hatfield, England, United Kingdom; still there." for the current job, "Worked at Just Eat
 * Takeaway.com as Product Manager from June 2019 to March 2023, in London, …." for one that ended, then its
 * description's lines.
 */
function positionWords(company: string, title: string, location: string, started: string | null, finished: string | null): string {
  const as = title ? ` as ${title}` : "";
  const place = location ? `, in ${location}` : "";
  if (finished) return `Worked at ${company}${as}${started ? ` from ${started}` : ""} to ${finished}${place}.`;
  return started ? `Started at ${company}${as} in ${started}${place}; still there.` : `Work at ${company}${as}${place}.`;
}

/** Reads Positions.csv: one note of the user's jobs, each a paragraph of its start. */
async function* parsePositions(file: string, opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  const mtime = (await stat(file)).mtimeMs;
  const notes = new HeldNotes();
  let read = 0;
  for await (const { record, columns } of rowsOf(file, (c) => opensWith(c, LINKEDIN_POSITION_COLUMNS.slice(0, 2)), false, POSITIONS_HEADER, opts)) {
    const { cells, line } = record;
    const company = cellOf(cells, columns, "Company Name").replace(/\s+/g, " ");
    const title = cellOf(cells, columns, "Title").replace(/\s+/g, " ");
    if (!company && !title) continue;
    const month = (name: string) => {
      const value = cellOf(cells, columns, name);
      if (!value) return null;
      const m = linkedinMonth(value);
      if (!m) throw new ImportError(file, where(line, columns, name), `${JSON.stringify(value)}: expected a month as LinkedIn writes it, "Apr 2023"`);
      return m;
    };
    const started = month("Started On");
    const finished = month("Finished On");
    const location = cellOf(cells, columns, "Location").replace(/\s+/g, " ");
    const head = positionWords(company || "a company", title, location, started?.words ?? null, finished?.words ?? null);
    read++;
    yield* notes.add("linkedin:positions", "Work history (LinkedIn)", {
      externalId: `linkedin:position:${company}|${title}|${started?.words ?? ""}`,
      speaker: NOTE_SPEAKER,
      role: "user",
      occurredAt: started?.at ?? Math.round(mtime),
      text: [head, ...descriptionLines(cellOf(cells, columns, "Description"))].join("\n"),
      metadata: {
        line,
        linkedin: {
          ...(company ? { company } : {}),
          ...(title ? { title } : {}),
          ...(location ? { location } : {}),
          ...(started ? { startedOn: started.words } : {}),
          ...(finished ? { finishedOn: finished.words } : {}),
        },
      },
    });
  }
  if (!read) throw new ImportError(file, "line 1", `${NO_TEXT}: a LinkedIn archive's Positions.csv with no position`);
  yield* notes.given();
}

/**
 * Reads `file`, a CSV of an unzipped LinkedIn archive (UTF-8, streamed through csv-parse):
 *
 * - `messages.csv`: one conversation per `CONVERSATION ID` (format `linkedin`, externalId
 *   `linkedin:<conversation id>`, so a later archive adds only the messages new since; title the group's
 *   `CONVERSATION TITLE`, else the first InMail `SUBJECT`, else the others' names, "Rachel Evans", "Tom
 *   Becker and Ella Ward"), its messages in time order, each a turn of its `DATE` (UTC) said by its `FROM`
 *   (role "other"), the account's by the user (speaker "User", role "user"): the account is the sender
 *   Profile.csv beside names, else the one profile in every message. Turn externalId: its time
 *   (`2026-10-12T08:47:15.000Z`, "#2" for a second one in the same second); metadata `{ line, linkedin:
 *   { to, subject, folder } }` (`folder` when not "INBOX"), and `letter: { to: ["the user"] }` on a message
 *   sent to the user alone, which the memory engine reads as a letter to them (memory/letters.ts). Drafts (`IS MESSAGE DRAFT` "Yes"), spam,
 *   LinkedIn's own notices and messages of no words are passed over; a sponsored InMail's HTML is read
 *   as text. Conversations are held to the file's end (its rows are in no promised order), given sooner
 *   past {@link MAX_HELD_MESSAGE_CHARS} (the same externalId: a conversation met again adds to it);
 * - `Connections.csv` (after its "Notes:" preamble): notes of the user's (format `note`), a note per month
 *   of `Connected On` (externalId `linkedin:connections:2026-10`, title "LinkedIn connections, October
 *   2026"), each connection a paragraph of its day at noon UTC, named by its profile link, with where
 *   they work as what and their email when shared; metadata `{ line, linkedin: { name, url, company,
 *   position, email } }`;
 * - `Positions.csv`: one note of the user's (externalId `linkedin:positions`, title "Work history
 *   (LinkedIn)"), each job a paragraph of its start (its month's first day at noon UTC; the file's
 *   modification time when it has none) with its description; metadata `{ line, linkedin: { company,
 *   title, location, startedOn, finishedOn } }`.
 *
 * @throws ImportError naming the file and where: a cell that is wrong, at its row's line and by its
 *   column's place and name (`line 7, column 7 "DATE": "yesterday": expected a time as LinkedIn writes it,
 *   "2026-10-14 09:12:33 UTC"`; an empty CONVERSATION ID; a Connected On that is no day, a Started On or
 *   Finished On that is no month); a header not found (`line N: no header: …`) or without a column read;
 *   the CSV's own faults (an unclosed or stray quote, a record over {@link MAX_RECORD_CHARS} characters)
 *   at the line csv-parse stopped at; invalid UTF-8 at its line and byte. A file that is no note says why,
 *   "the note has no text: …" (a folder passes it over, saying so): Profile.csv, Invitations.csv, the AI
 *   chats, any other file of the archive ({@link linkedinPassedOver}), and a messages.csv, Connections.csv
 *   or Positions.csv with no message, connection or position.
 */
export async function* parseLinkedIn(file: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const start = (await readHead(file)).replace(/^\uFEFF/, "");
  const kind = linkedinKind(start, file);
  const aside = kind === null ? linkedinPassedOver(file) : noNote(kind, file);
  if (aside) throw new ImportError(file, "line 1", `${NO_TEXT}: ${aside}`);
  if (kind === "messages") yield* parseMessages(file, opts);
  else if (kind === "connections") yield* parseConnections(file, opts);
  else if (kind === "positions") yield* parsePositions(file, opts);
  else
    throw new ImportError(
      file,
      "line 1",
      `not a LinkedIn archive's file (its messages.csv opens ${LINKEDIN_MESSAGE_COLUMNS.join(",")}; Connections.csv, after its "Notes:", ${LINKEDIN_CONNECTION_COLUMNS.join(",")}; Positions.csv ${LINKEDIN_POSITION_COLUMNS.join(",")})`,
    );
}

/** The first KiB of `file` as text (a character cut at its end dropped). */
async function readHead(file: string): Promise<string> {
  return new TextDecoder("utf-8").decode(await readBytes(file, 0, 1024), { stream: true });
}

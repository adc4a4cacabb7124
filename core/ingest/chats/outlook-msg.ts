/**
 * Outlook's saved emails (.msg: a message dragged out of Outlook into a folder, or saved with File →
 * Save As → Outlook Message Format) → one conversation per file, read as an email is (format `email`,
 * email.ts `mailTurns`): the memory engine reads a .msg as it reads an .eml (a letter to its recipient,
 * a reply under its "Re:" subject, an email thread titled by its subject), and a reply saved as .msg
 * joins its thread from an mbox or an .eml, keyed alike.
 *
 * A .msg is an OLE compound file (CFB, [MS-CFB]: its first bytes D0 CF 11 E0 A1 B1 1A E1) laid out as
 * [MS-OXMSG] says: the root storage holds the message's property stream `__properties_version1.0` and a
 * `__substg1.0_TTTTPPPP` stream per variable-length property, a `__recip_version1.0_#N` storage per
 * recipient and an `__attach_version1.0_#N` storage per attachment (an attached message in its
 * `__substg1.0_3701000D` storage). It is told by its content ({@link compoundFileOf}): a compound file
 * whose root holds a property stream and property streams of its own; Word's, Excel's and PowerPoint's
 * 97–2003 files (.doc, .xls, .ppt), compound files too, are refused saying what they are. The file is
 * read whole (a .msg over {@link MAX_MSG_BYTES} is refused, saying so) and its properties by
 * @kenjiuno/msgreader (its CFB reader lists the root's streams; its MsgReader reads the properties):
 * - who: the sender's display name (PidTagSenderName) and SMTP address (PidTagSenderSmtpAddress; an
 *   Exchange colleague's PidTagSenderEmailAddress is an X.500 address, "/O=EXCHANGELABS/…", kept for
 *   none); to whom: the recipients of type To, each by display name, else SMTP address;
 * - when: PidTagClientSubmitTime (sent), else PidTagMessageDeliveryTime (received), else the transport
 *   headers' Date, else (an unsent draft) PidTagLastModificationTime; FILETIMEs are UTC;
 * - its words: the HTML body (PidTagHtml, in PidTagInternetCodepage; Outlook derives its plain body
 *   from it, tables cell by cell), else the plain body (PidTagBody), else the RTF body, decompressed and
 *   read as text (rtf-body.ts); then the quoted mail cut as an .eml's is (email-body.ts);
 * - a meeting's request, response or cancellation (PidTagMessageClass IPM.Schedule.Meeting.*) says
 *   what it does with which meeting, when (PidLidAppointmentStartWhole to …EndWhole, in UTC) and where
 *   (PidLidLocation): "Accepted the invitation to Q4 budget review on Thursday 3 December 2026,
 *   14:00–15:00 UTC, at Room 4.12.";
 * - attachments named, never read ("Attached: Onboarding pack.pdf, Welcome to Harbourline.msg."): a
 *   file by its long name, an attached message by its name with ".msg"; pictures shown in the body
 *   (hidden, or named by a `cid:` of the HTML) are none;
 * - keys: the thread as email.ts keys it (the first message PidTagInternetReferences names, else
 *   PidTagInReplyToId, else its own PidTagInternetMessageId, else the Message-ID of its transport
 *   headers; a message with none, a draft, its content key `sha256:…`), the turn by its Message-ID.
 * An ANSI .msg (PtypString8 properties, older Outlooks') is read in its PidTagMessageCodepage.
 * Not an email and refused, saying what it is ({@link outlookItemKind}): an Outlook contact, calendar
 * item, task, note or distribution list saved as .msg, an encrypted (S/MIME) message; in a folder these
 * are passed over, said why ({@link outlookMsgPassedOver}).
 * Checked against [MS-OXMSG] (the storages' and streams' names, the property stream's headers),
 * [MS-OXPROPS] (the property tags), [MS-OXRTFCP] and [MS-OXRTFEX], Apache POI's HSMF and MsgKit.
 */
import { open, readFile, stat } from "node:fs/promises";
import msgreader, { type FieldsData } from "@kenjiuno/msgreader";
import { Reader } from "@kenjiuno/msgreader/lib/Reader.js";
import { htmlText } from "./email-body.js";
import { firstId, MAIL_PREFIXES, MAX_EMAIL_BYTES, mailTurns } from "./email.js";
import { contentKey } from "../kit/bytes.js";
import { codepageDecoder, decompressedRtf, rtfText } from "./rtf-body.js";
import { ImportError, type ParsedConversation } from "../kit/types.js";

/** The first 8 bytes of a compound file ([MS-CFB] 2.2: the header signature). */
export const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** The largest .msg read (bytes): it is read whole, attachments and all; as an email's bound (email.ts MAX_EMAIL_BYTES). */
export const MAX_MSG_BYTES = MAX_EMAIL_BYTES;

/** What a compound file is: an Outlook item (.msg), or something else, said in words ("an Excel 97–2003 workbook (.xls)"). */
export type CompoundFile = { kind: "msg" } | { kind: "other"; what: string };

/** Streams at a compound file's root that say what it is, and what it then is. */
const OTHER_COMPOUND: Array<[stream: string, what: string]> = [
  ["WordDocument", "a Word 97–2003 document (.doc): save it as .docx or PDF to import it"],
  ["Workbook", "an Excel 97–2003 workbook (.xls), a spreadsheet, no one's words"],
  ["Book", "an Excel 5.0/95 workbook (.xls), a spreadsheet, no one's words"],
  ["PowerPoint Document", "a PowerPoint 97–2003 presentation (.ppt): save it as PDF to import it"],
  ["VisioDocument", "a Visio drawing (.vsd), no one's words"],
  ["Catalog", "Windows' cache of thumbnails (Thumbs.db), no one's words"],
  ["EncryptedPackage", "an Office document protected by a password: open it and save it without one to import it"],
];

/** The first bytes of `file` (up to `n`). */
async function firstBytes(file: string, n: number): Promise<Buffer> {
  const fh = await open(file, "r");
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** Whether `file` opens with the compound file signature ({@link CFB_SIGNATURE}). */
export async function isCompoundFile(file: string): Promise<boolean> {
  return (await firstBytes(file, 8)).equals(CFB_SIGNATURE);
}

/**
 * What `file` is, when it is a compound file (see the module comment): an Outlook item when its root
 * holds the property stream `__properties_version1.0` and property streams (`__substg1.0_…`); else
 * what its root's streams say (a Word, Excel or PowerPoint 97–2003 file, a Visio drawing, Thumbs.db,
 * a password-protected Office file), or that it is no Outlook message; one over {@link MAX_MSG_BYTES},
 * or one whose directory cannot be read, said so. Null for a file that is no compound file.
 * @throws Node's fs error when the file cannot be read.
 */
export async function compoundFileOf(file: string): Promise<CompoundFile | null> {
  if (!(await isCompoundFile(file))) return null;
  const size = (await stat(file)).size;
  if (size > MAX_MSG_BYTES)
    return {
      kind: "other",
      what: `a compound file (an Outlook message or an Office 97–2003 file) of ${megabytes(size)}, larger than the ${megabytes(MAX_MSG_BYTES)} Engram reads of an Outlook message`,
    };
  let names: string[];
  try {
    const reader = new Reader(await fileBuffer(file));
    reader.parse();
    const root = reader.rootFolder();
    names = [...root.fileNames(), ...root.subFolders().map((f) => f.name)];
  } catch {
    return { kind: "other", what: "a damaged compound file (its directory cannot be read), no Outlook message" };
  }
  if (names.includes("__properties_version1.0") && names.some((n) => n.startsWith("__substg1.0_"))) return { kind: "msg" };
  const known = OTHER_COMPOUND.find(([stream]) => names.includes(stream));
  return { kind: "other", what: known?.[1] ?? "a compound file that holds no Outlook message (an Office 97–2003 file or another program's)" };
}

/**
 * The format `file`, a compound file, is read as: `email` for an Outlook item (see {@link compoundFileOf}).
 * @throws ImportError "byte 0" saying what else it is: a Word, Excel or PowerPoint 97–2003 file, one
 *   over {@link MAX_MSG_BYTES}, no compound file at all; Node's fs error when it cannot be read.
 */
export async function compoundFileFormat(file: string): Promise<"email"> {
  const cfb = await compoundFileOf(file);
  if (!cfb) throw new ImportError(file, "byte 0", "not an Outlook message (.msg): it is no compound file (its first bytes are not D0 CF 11 E0 A1 B1 1A E1)");
  if (cfb.kind === "other") throw new ImportError(file, "byte 0", `${cfb.what}; not an Outlook message (.msg)`);
  return "email";
}

/** "64 MB" (bytes in MiB, as a person reads a file's size). */
function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0).replace(/\.0$/, "")} MB`;
}

/** What an Outlook item is by its PidTagMessageClass, when it is no email Engram reads (null for an email, a post, a meeting's message or a report). */
export function outlookItemKind(messageClass: string): string | null {
  const c = messageClass.toLowerCase();
  if (/^ipm\.note\.smime(?!\.multipartsigned)/.test(c)) return "an encrypted (S/MIME) Outlook message: its words cannot be read without its key";
  if (c.startsWith("ipm.contact")) return "an Outlook contact, no email: export contacts as a vCard (.vcf) to import them";
  if (c.startsWith("ipm.distlist")) return "an Outlook contact group (distribution list), no email";
  if (c.startsWith("ipm.appointment")) return "an Outlook calendar item, no email: save it (or the calendar) as an iCalendar file (.ics) to import it";
  if (c.startsWith("ipm.task")) return "an Outlook task, no email";
  if (c.startsWith("ipm.stickynote")) return "an Outlook note, no email";
  if (c.startsWith("ipm.activity")) return "an Outlook journal entry, no email";
  return null;
}

/** Why `path`, a file of a folder the user imports, is passed over when it is a compound file that is no email Engram reads (see {@link compoundFileOf}, {@link outlookItemKind}); null when it is an email, or no compound file. */
export async function outlookMsgPassedOver(path: string): Promise<string | null> {
  if (!/\.(?:msg|doc|xls|ppt)$/i.test(path)) return null;
  const cfb = await compoundFileOf(path).catch(() => null);
  if (!cfb) return null;
  if (cfb.kind === "other") return cfb.what;
  const fields = await readFields(path).catch(() => null);
  return fields ? outlookItemKind(fields.messageClass ?? "") : null;
}

/** The MsgReader class: the package's CommonJS `exports.default` (the module itself where a loader has unwrapped it). */
const MsgReader: typeof msgreader.default = msgreader.default ?? (msgreader as unknown as typeof msgreader.default);

/** Properties of a message MsgReader does not name (PidTagInReplyToId, PidTagInternetReferences), and whether it is an ANSI .msg. */
interface MoreFields {
  inReplyTo?: string;
  references?: string;
  /** Whether a string property of its is PtypString8 (an ANSI .msg, in its code page). */
  ansi: boolean;
}

/** The bytes of `file` as an ArrayBuffer of their own (MsgReader reads its whole buffer). */
async function fileBuffer(file: string): Promise<ArrayBuffer> {
  const bytes = await readFile(file);
  const whole = bytes.byteOffset === 0 && bytes.buffer.byteLength === bytes.length;
  return (whole ? bytes.buffer : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)) as ArrayBuffer;
}

/** A string property of `f` by its id (as read from its stream: MsgReader's raw properties), or undefined. */
function rawString(f: FieldsData, id: number): string | undefined {
  const prefix = id.toString(16).padStart(4, "0");
  const p = f.rawProps?.find((r) => r.propertyTag?.startsWith(prefix) && typeof r.value === "string");
  return (p?.value as string | undefined)?.trim() || undefined;
}

/** The message of `file` as MsgReader reads it, with {@link MoreFields}; its PtypString8 strings in `ansi`'s code page when given (iconv-lite's name). */
async function readFields(file: string, ansi?: string): Promise<FieldsData & MoreFields> {
  const reader = new MsgReader(await fileBuffer(file));
  reader.parserConfig = { includeRawProps: true, ...(ansi ? { ansiEncoding: ansi } : {}) };
  const data = reader.getFileData();
  if (data.error) throw new Error(data.error);
  const all = [data, ...(data.recipients ?? []), ...(data.attachments ?? [])];
  const isAnsi = all.some((x) => x.rawProps?.some((r) => r.propertyTag?.endsWith("001e")));
  return Object.assign(data, { inReplyTo: rawString(data, 0x1042), references: rawString(data, 0x1039), ansi: isAnsi });
}

/** The iconv-lite name MsgReader decodes an ANSI .msg's strings with, for its code page. */
function ansiEncoding(codepage: number | undefined): string {
  const cp = codepage ?? 1252;
  return cp === 65001 ? "utf8" : cp >= 28591 && cp <= 28606 ? `iso-8859-${cp - 28590}` : `cp${cp}`;
}

/** Epoch ms of MsgReader's time ("Mon, 02 Nov 2026 09:30:00 GMT"), or null. */
function timeOf(value: string | undefined): number | null {
  const ms = value ? Date.parse(value) : Number.NaN;
  return Number.isNaN(ms) ? null : ms;
}

/** The value of header `name` in a transport header block (unfolded), or null. */
function header(headers: string | undefined, name: string): string | null {
  if (!headers) return null;
  const m = new RegExp(`^${name}:[ \\t]*(.*(?:\\r?\\n[ \\t].*)*)`, "im").exec(headers);
  return m?.[1]?.replace(/\r?\n[ \t]+/g, " ").trim() || null;
}

/** An SMTP address of a sender or recipient: its SMTP property, else its address when that is of type SMTP; "" for none. */
function smtpOf(smtp: string | undefined, address: string | undefined, type: string | undefined): string {
  if (smtp) return smtp.trim();
  return address && (!type || /^smtp$/i.test(type)) && address.includes("@") ? address.trim() : "";
}

/** The body of a message as text: its HTML, else its plain body, else its RTF (see the module comment); "" when it has none. */
function bodyText(f: FieldsData): string {
  if (f.html?.length) return htmlText(codepageDecoder(f.internetCodepage ?? 65001).decode(f.html));
  if (f.bodyHtml?.trim()) return htmlText(f.bodyHtml);
  if (f.body?.trim()) return f.body.replace(/\r\n?/g, "\n");
  const rtf = f.compressedRtf ? decompressedRtf(f.compressedRtf) : null;
  return rtf ? rtfText(rtf) : "";
}

/** The names of a message's attachments (see the module comment): files by their long names, attached messages with ".msg"; pictures shown in its body left out. */
function attachmentNames(f: FieldsData, html: string): string[] {
  return (f.attachments ?? []).flatMap((a) => {
    if (a.innerMsgContent) {
      const name = (a.name ?? a.innerMsgContentFields?.subject ?? "").trim() || "Attached message";
      return [/\.msg$/i.test(name) ? name : `${name}.msg`];
    }
    if (a.attachmentHidden || (a.pidContentId && html.includes(`cid:${a.pidContentId}`))) return [];
    const name = (a.fileName ?? a.name ?? a.fileNameShort ?? "").trim();
    return name ? [name] : [];
  });
}

/** "Thursday 3 December 2026". */
const DAY = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
/** "14:00". */
const CLOCK = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "UTC" });

/** What a meeting's message does, by its class: "Accepted the invitation to", "Invitation to" … (null for no meeting's message). */
function meetingVerb(messageClass: string): string | null {
  const c = messageClass.toLowerCase();
  if (!c.startsWith("ipm.schedule.meeting.")) return null;
  if (c.includes(".resp.pos")) return "Accepted the invitation to";
  if (c.includes(".resp.neg")) return "Declined the invitation to";
  if (c.includes(".resp.tent")) return "Tentatively accepted the invitation to";
  if (c.includes(".canceled")) return "Cancelled";
  return "Invitation to";
}

/** A meeting's message in words (see the module comment), or null for another message. */
function meetingLine(f: FieldsData, topic: string): string | null {
  const verb = meetingVerb(f.messageClass ?? "");
  const start = timeOf(f.apptStartWhole);
  if (!verb || !topic) return null;
  const end = timeOf(f.apptEndWhole);
  const when =
    start === null
      ? ""
      : ` on ${DAY.format(start).replace(",", "")}, ${CLOCK.format(start)}${end !== null && end > start && end - start < 86_400_000 ? `–${CLOCK.format(end)}` : ""} UTC`;
  const where = f.apptLocation?.trim() ? `, at ${f.apptLocation.trim()}` : "";
  return `${verb} ${topic}${when}${where}.`;
}

/**
 * Reads `file`, an Outlook .msg (see the module comment), as one conversation: format `email`,
 * externalId `email:<thread>`, title its subject without "RE:"/"FW:" (or a meeting's response's
 * "Accepted:"), its turns (email.ts `mailTurns`) its sender's, and a forwarded mail's. Null when the
 * message has no words of its own nor a forwarded mail's. `onProgress` gets (size, size) once read.
 * @throws ImportError naming the file: no compound file or no Outlook item ("byte 0"), one over
 *   {@link MAX_MSG_BYTES}, an Outlook item that is no email ({@link outlookItemKind}: "PidTagMessageClass"),
 *   a message with no time at all ("PidTagClientSubmitTime"), or one MsgReader cannot read.
 */
export async function parseOutlookMsg(
  file: string,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {},
): Promise<ParsedConversation | null> {
  await compoundFileFormat(file);
  let f: FieldsData & MoreFields;
  try {
    f = await readFields(file);
    if (f.ansi) f = await readFields(file, ansiEncoding(f.messageCodepage ?? f.internetCodepage));
  } catch (err) {
    throw new ImportError(file, "byte 0", `an Outlook message that cannot be read (${(err as Error).message})`);
  }
  const size = (await stat(file)).size;
  opts.onProgress?.(size, size);
  const kind = outlookItemKind(f.messageClass ?? "");
  if (kind) throw new ImportError(file, "PidTagMessageClass", `${kind} (${f.messageClass})`);
  const headers = f.headers;
  const dateHeader = timeOf(header(headers, "Date") ?? undefined);
  const date = timeOf(f.clientSubmitTime) ?? timeOf(f.messageDeliveryTime) ?? dateHeader ?? timeOf(f.lastModificationTime);
  if (date === null) throw new ImportError(file, "PidTagClientSubmitTime", "a message with no time it was sent, received or written");
  const subject = (f.subject ?? "").trim();
  const messageId = f.messageId?.trim() || firstId(header(headers, "Message-ID"));
  const key =
    firstId(f.references ?? header(headers, "References")) ?? firstId(f.inReplyTo ?? header(headers, "In-Reply-To")) ?? messageId ?? (await contentKey(file));
  const html = f.html ? codepageDecoder(f.internetCodepage ?? 65001).decode(f.html) : (f.bodyHtml ?? "");
  const meeting = meetingVerb(f.messageClass ?? "") !== null;
  const topic = (meeting ? (f.conversationTopic ?? f.normalizedSubject ?? subject) : subject).replace(MAIL_PREFIXES, "").trim();
  const line = meetingLine(f, topic);
  const to = (f.recipients ?? [])
    .filter((r) => (r.recipType ?? "to") === "to")
    .map((r: FieldsData) => (r.name ?? "").trim() || smtpOf(r.smtpAddress, r.email, r.addressType));
  const turns = mailTurns({
    id: messageId ?? (await contentKey(file)),
    messageId,
    date,
    from: { name: (f.senderName ?? "").trim(), address: smtpOf(f.senderSmtpAddress ?? f.sentRepresentingSmtpAddress, f.senderEmail, f.senderAddressType) },
    to: to.filter(Boolean),
    subject,
    text: bodyText(f),
    attachments: attachmentNames(f, html),
    notes: line ? [line] : [],
    where: {},
  });
  if (!turns.length) return null;
  turns.sort((a, b) => a.occurredAt - b.occurredAt);
  return {
    format: "email",
    externalId: `email:${key}`,
    title: topic || null,
    participants: [...new Set(turns.map((t) => t.speaker))],
    startedAt: turns[0]!.occurredAt,
    turns,
  };
}

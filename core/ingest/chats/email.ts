/**
 * Email: a mailbox as an mbox (Gmail's Google Takeout, Thunderbird, Apple Mail's export: messages
 * after "From " separator lines) or one message saved as an .eml → one conversation per thread
 * (Gmail's X-GM-THRID, else the first message its References name, else the one it replies to),
 * each message a turn said by its sender, in its own words (email-body.ts: the quoted mail cut, the
 * signature on one line). The file is read as a stream of bytes (a message's body may be in any
 * charset) and each message parsed alone with mailparser (Nodemailer's MIME parser); attachments are
 * named, not kept. Bulk mail (List-Unsubscribe, "Precedence: bulk", Gmail's Promotions, Spam and
 * Trash) is passed over. A message's turns are made by {@link mailTurns}, which outlook-msg.ts shares
 * for an email saved from Outlook (.msg), read from its properties instead of MIME.
 *
 * Memory: a Gmail Takeout mbox may hold hundreds of thousands of messages, and a thread's replies
 * may come anywhere after its first message. A first pass reads only each message's headers and
 * notes, per thread, the index of its last message (as a 32-bit hash of the thread's key: a collision
 * only keeps a thread held longer); the second parses the messages and gives each thread as soon as
 * its last message is read. Memory thus holds the threads still open, not the mailbox: validating a
 * synthetic mbox of 80,000 messages (150 MB, 23,057 threads, replies up to 200 messages after what
 * they answer) peaked at 527 MB RSS when every thread was held to the end, 267 MB so (20,000
 * messages: 349 → 253 MB; a process with nothing read is ~150 MB). Should the open threads' text pass {@link MAX_HELD_BYTES}, the longest-held
 * are given as they are and the rest of their messages come later as another part with the same
 * conversation id, which an import adds to the same conversation.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { type AddressObject, type ParsedMail, simpleParser } from "mailparser";
import { htmlText, mailOwnWords, splitForwarded } from "./email-body.js";
import { parseHumanDate } from "../../time/import-dates.js";
import { ImportError, type ParsedConversation, type ParsedTurn } from "../kit/types.js";

/** The longest message read (bytes, attachments included): a longer one is refused, naming its line. */
export const MAX_EMAIL_BYTES = 64 * 1024 * 1024;

/**
 * An mbox's separator line: "From", the sender (or "-"), then the time as ctime writes it ("From
 * sofia@example.com Mon Nov  2 18:20:11 2026", Thunderbird's "From - Mon Nov 16 10:02:00 2026",
 * Takeout's "From 1785…@xxx Mon Nov 02 18:20:11 +0000 2026"); a note's "From Monday to Friday …" is none.
 */
export const MBOX_SEPARATOR =
  /^From \S+\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?:[+-]\d{4}\s+)?\d{4}\s*$/;

/** What a turn's metadata says of its message (`ParsedTurn.metadata.email`). */
export interface EmailMessage {
  messageId: string | null;
  from: string | null;
  to: string[];
  subject: string;
  /** File names of its attachments. */
  attachments: string[];
}

/** One message's bytes as the file holds them, and the line it starts on. */
interface RawMessage {
  bytes: Buffer;
  line: number;
}

/** Most bytes of open threads' text held before the longest-held are given in parts (see the module comment). */
export const MAX_HELD_BYTES = 64 * 1024 * 1024;

/**
 * Reads `file`, an mbox or one .eml (see the module comment), as one conversation per thread, each
 * given when its last message has been read (format `email`, externalId `email:<thread>`, title the
 * thread's subject without "Re:"/"Fwd:"). A turn: externalId the Message-ID (else `line N`), speaker
 * the sender's name (else address), role `other` (`--me` names the user), at its Date header;
 * metadata `{ line, email }` ({@link EmailMessage}). A message with nothing of its own (only a quote)
 * is passed over. `maxHeldBytes` (default {@link MAX_HELD_BYTES}) bounds the open threads' text.
 * @throws ImportError naming the line: a message over {@link MAX_EMAIL_BYTES}, one with no Date or a
 *   Date that is no time, or a file with no message.
 */
export async function* parseEmail(
  file: string,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void; maxHeldBytes?: number } = {},
): AsyncGenerator<ParsedConversation> {
  const size = (await stat(file)).size;
  const cap = opts.maxHeldBytes ?? MAX_HELD_BYTES;
  const lastOf = await lastMessages(file, size);
  // (open threads in the order they were opened: a Map iterates in insertion order)
  const open = new Map<string, ParsedConversation>();
  let held = 0;
  let index = -1;
  for await (const raw of rawMessages(file, size, opts.onProgress)) {
    index++;
    const key = threadKey(headerBlock(raw.bytes), raw.line);
    const mail = await simpleParser(raw.bytes, { skipHtmlToText: true, skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true });
    for (const turn of isBulk(mail) ? [] : turnsOf(file, mail, raw.line)) {
      const thread = open.get(key);
      held += turn.text.length;
      if (thread) {
        thread.turns.push(turn);
        if (!thread.participants.includes(turn.speaker)) thread.participants.push(turn.speaker);
      } else {
        const subject = (mail.subject ?? "").replace(MAIL_PREFIXES, "").trim();
        open.set(key, { format: "email", externalId: `email:${key}`, title: subject || null, participants: [turn.speaker], startedAt: null, turns: [turn] });
      }
    }
    const ended = lastOf.get(keyHash(key)) === index ? open.get(key) : undefined;
    if (ended) {
      open.delete(key);
      held -= textBytes(ended);
      yield finished(ended);
    }
    // (past the bound, the longest-held threads are given as they are)
    for (const [k, t] of open) {
      if (held <= cap) break;
      open.delete(k);
      held -= textBytes(t);
      yield finished(t);
    }
  }
  if (index < 0) throw new ImportError(file, "line 1", "no email message in this file");
  opts.onProgress?.(size, size);
  for (const t of open.values()) yield finished(t);
}

/** A thread given: its turns in time order, started at its first. */
function finished(t: ParsedConversation): ParsedConversation {
  const turns = t.turns.sort((a, b) => a.occurredAt - b.occurredAt);
  return { ...t, turns, startedAt: turns[0]!.occurredAt };
}

/** The length of a thread's turns' text (what {@link MAX_HELD_BYTES} counts). */
function textBytes(t: ParsedConversation): number {
  return t.turns.reduce((n, x) => n + x.text.length, 0);
}

/** The first pass: per thread (its key's hash), the index of its last message in the file. */
async function lastMessages(file: string, size: number): Promise<Map<number, number>> {
  const last = new Map<number, number>();
  let index = 0;
  for await (const raw of rawMessages(file, size)) last.set(keyHash(threadKey(headerBlock(raw.bytes), raw.line)), index++);
  return last;
}

/** 32-bit FNV-1a of a thread key (Fowler, Noll and Vo's hash). */
function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Most bytes of a message read for its headers (a header block is a few KB; a longer one is cut). */
const MAX_HEADER_BYTES = 256 * 1024;

/** A message's header block (up to its first empty line), unfolded, as Latin-1 text. */
function headerBlock(bytes: Buffer): string {
  const head = bytes.subarray(0, MAX_HEADER_BYTES).toString("latin1");
  const end = head.search(/\r?\n\r?\n/);
  return (end < 0 ? head : head.slice(0, end)).replace(/\r?\n[ \t]+/g, " ");
}

/** The first value of header `name` in an unfolded header block, or null. */
function headerValue(block: string, name: string): string | null {
  const m = new RegExp(`^${name}:[ \t]*(.*)$`, "im").exec(block);
  return m?.[1]?.trim() || null;
}

/** A subject's "Re:", "Fwd:", "AW:", "SV:" (and "RE[2]:") prefixes, taken off for a thread's title. */
export const MAIL_PREFIXES = /^(?:\s*(?:re|fwd?|aw|sv)\s*(?:\[\d+\])?:\s*)+/i;

/** The first message id ("<id@host>") a header value names, else its first word, or null. */
export function firstId(value: string | null): string | null {
  if (!value) return null;
  return /<[^<>\s]+>/.exec(value)?.[0] ?? value.split(/\s+/)[0] ?? null;
}

/** Whether a message is bulk mail: a list's (List-Unsubscribe), "Precedence: bulk/junk/list", or Gmail's Promotions, Spam or Trash. */
function isBulk(mail: ParsedMail): boolean {
  const h = mail.headers;
  const labels = String(h.get("x-gmail-labels") ?? "");
  return (
    h.has("list-unsubscribe") ||
    (h.get("list") as { unsubscribe?: unknown } | undefined)?.unsubscribe != null ||
    /^(?:bulk|junk|list)$/i.test(String(h.get("precedence") ?? "").trim()) ||
    /\b(?:Category Promotions|Spam|Trash)\b/i.test(labels)
  );
}

/**
 * The thread a message belongs to, read from its header block (both passes read it alike): Gmail's
 * thread id (X-GM-THRID), else the first message its References name, else the one it replies to
 * (In-Reply-To), else its own Message-ID, else `line N`.
 */
function threadKey(headers: string, line: number): string {
  const gmail = headerValue(headers, "X-GM-THRID");
  if (gmail) return `gmail:${gmail}`;
  return (
    firstId(headerValue(headers, "References")) ?? firstId(headerValue(headers, "In-Reply-To")) ?? firstId(headerValue(headers, "Message-ID")) ?? `line ${line}`
  );
}

/** Names and addresses of an address header's people ("Mark Jones <mark@…>" → "Mark Jones"). */
function people(field: AddressObject | AddressObject[] | undefined): Array<{ name: string; address: string }> {
  const all = Array.isArray(field) ? field : field ? [field] : [];
  return all.flatMap((a) => a.value).map((v) => ({ name: (v.name ?? "").trim(), address: (v.address ?? "").trim() }));
}

/**
 * A message of an mbox or .eml as turns (see {@link parseEmail} and {@link mailTurns}): its text part,
 * else its HTML part as text, its attachments named (not those shown inline).
 * @throws ImportError naming the line: a message with no Date header, or one that is no time
 */
function turnsOf(file: string, mail: ParsedMail, line: number): ParsedTurn[] {
  if (!mail.date || Number.isNaN(mail.date.getTime())) throw new ImportError(file, `line ${line}`, "a message with no Date header (or one that is no time)");
  // (a mail sent as HTML only has no text part: mailparser gives "")
  return mailTurns({
    id: mail.messageId ?? `line ${line}`,
    messageId: mail.messageId ?? null,
    date: mail.date.getTime(),
    from: people(mail.from)[0],
    to: people(mail.to).map((p) => p.name || p.address),
    subject: mail.subject ?? "",
    text: mail.text?.trim() ? mail.text : typeof mail.html === "string" ? htmlText(mail.html) : "",
    attachments: mail.attachments.filter((a) => a.contentDisposition !== "inline" && a.filename).map((a) => a.filename!),
    where: { line },
  });
}

/** One email, whichever file held it (an mbox's or an .eml's MIME, an Outlook .msg's properties), as {@link mailTurns} reads it. */
export interface MailParts {
  /** Its Message-ID, else a stand-in unique to it ("line 12" of an mbox, a .msg's content key). */
  id: string;
  messageId: string | null;
  /** When it was sent, epoch ms. */
  date: number;
  /** Its sender: a display name ("" when none) and an address ("" when none). */
  from: { name: string; address: string } | undefined;
  /** Whom it was sent to (its To), each by name, else address. */
  to: string[];
  subject: string;
  /** Its body as plain text, the mail it quotes or forwards still in it. */
  text: string;
  /** File names of its attachments. */
  attachments: string[];
  /** Lines said after its own words, before its attachments ("Accepted the invitation to …": a meeting's time and room). */
  notes?: string[];
  /** What every turn of it carries in its metadata besides `email` (`{ line }` of an mbox's message). */
  where: Record<string, unknown>;
}

/**
 * An email as turns: its own words (email-body.ts: the quoted mail cut, the signature on one line),
 * then `notes` and "Attached: a.pdf, b.docx.", said by its sender (name, else address) at its date,
 * none when it says nothing of its own; and a mail it forwards as a turn of its own, said by whom it
 * forwards, at the time its header gives (else the message's), to whom it was sent first ("Your table
 * for 12 is confirmed" is Priya's table, not the one she forwarded it to), its externalId the
 * message's with "#forwarded". Each turn's role is `other` (`--me` names the user) and its metadata
 * `{ ...where, email }` ({@link EmailMessage}).
 */
export function mailTurns(m: MailParts): ParsedTurn[] {
  const { own, forwarded } = splitForwarded(m.text);
  const text = [mailOwnWords(own), ...(m.notes ?? []), m.attachments.length ? `Attached: ${m.attachments.join(", ")}.` : ""].filter(Boolean).join("\n\n");
  const email: EmailMessage = { messageId: m.messageId, from: m.from?.address || null, to: m.to, subject: m.subject, attachments: m.attachments };
  const turns: ParsedTurn[] = [];
  if (forwarded?.text && forwarded.from) {
    const sent = parseHumanDate(forwarded.date.replace(/\s+at\s+/i, " "));
    turns.push({
      externalId: `${m.id}#forwarded`,
      speaker: forwarded.from,
      role: "other",
      occurredAt: sent?.ms ?? m.date,
      text: forwarded.text,
      metadata: {
        ...m.where,
        email: { messageId: null, from: null, to: forwarded.to ? [forwarded.to] : [], subject: forwarded.subject, attachments: [] } satisfies EmailMessage,
      },
    });
  }
  if (text)
    turns.push({
      externalId: m.id,
      speaker: m.from?.name || m.from?.address || "Unknown sender",
      role: "other",
      occurredAt: m.date,
      text,
      metadata: { ...m.where, email },
    });
  return turns;
}

/**
 * The messages of `file` as bytes, streamed: an mbox's (its first line a "From " separator; a
 * message ends where a separator follows a blank line, and ">From " lines are unescaped, mboxrd), or
 * the whole file as one message. `onProgress` gets the bytes read and the file's size.
 * @throws ImportError naming the line of a message over {@link MAX_EMAIL_BYTES}
 */
async function* rawMessages(file: string, size: number, onProgress?: (bytesRead: number, totalBytes: number) => void): AsyncGenerator<RawMessage> {
  let lines: Buffer[] = [];
  let bytes = 0;
  let n = 0;
  let start = 1;
  let mbox: boolean | null = null;
  let blankBefore = true;
  let read = 0;
  let carry = Buffer.alloc(0);
  const take = (line: Buffer): RawMessage | null => {
    n++;
    const text = line.subarray(0, 6).toString("latin1");
    if (mbox === null) mbox = text.startsWith("From ") && MBOX_SEPARATOR.test(line.subarray(0, 200).toString("latin1").replace(/\r$/, ""));
    const separator = mbox && blankBefore && text.startsWith("From ") && MBOX_SEPARATOR.test(line.subarray(0, 200).toString("latin1").replace(/\r$/, ""));
    blankBefore = line.length === 0 || (line.length === 1 && line[0] === 0x0d);
    let done: RawMessage | null = null;
    if (separator) {
      if (lines.length) done = { bytes: Buffer.concat(lines), line: start };
      lines = [];
      bytes = 0;
      start = n;
      return done;
    }
    // (mboxrd: a body line ">From …" was "From …")
    const body = mbox && /^>+From /.test(line.subarray(0, 12).toString("latin1")) ? line.subarray(1) : line;
    bytes += body.length + 1;
    if (bytes > MAX_EMAIL_BYTES) throw new ImportError(file, `line ${start}`, `a message longer than ${MAX_EMAIL_BYTES} bytes`);
    lines.push(body, NEWLINE);
    return null;
  };
  for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 }) as AsyncIterable<Buffer>) {
    read += chunk.length;
    onProgress?.(read, Math.max(size, read));
    let buf = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    for (let at = buf.indexOf(0x0a); at >= 0; at = buf.indexOf(0x0a)) {
      const done = take(buf.subarray(0, at));
      buf = buf.subarray(at + 1);
      if (done) yield done;
    }
    // (a line with no end in sight is held whole only up to a message's bound)
    if (buf.length > MAX_EMAIL_BYTES) throw new ImportError(file, `line ${n + 1}`, `a line longer than ${MAX_EMAIL_BYTES} bytes`);
    carry = Buffer.from(buf);
  }
  if (carry.length) take(carry);
  if (lines.length && lines.some((l) => l.length > 1)) yield { bytes: Buffer.concat(lines), line: start };
}

const NEWLINE = Buffer.from("\n");

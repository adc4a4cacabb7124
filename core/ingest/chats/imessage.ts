/**
 * iMessage and SMS conversations from a Mac, as imessage-exporter (ReagentX) writes them with `-f txt`:
 * one file per conversation, named by the contact ("Mum.txt"), the handle ("+447700900456.txt") or a
 * group's people ("Alice, Bob.txt"), → one conversation. Each message is a date line ("Nov 02, 2026
 * 7:14:03 PM", the hour space-padded: two spaces before a one-digit hour; a read receipt "(Read by you
 * after 3 minutes)" may follow it), a sender line ("Me" for the user's own), its lines, and a blank
 * line; a reply is written again under the message it answers, each of its lines indented by four
 * spaces (and at its own time too, with "This message responded to an earlier message."), and an
 * announcement is one line after a date ("… You named the conversation Family"). Times have no zone
 * and are read as UTC, as a WhatsApp transcript's are (import-dates.ts).
 *
 * What is no one's words is passed over: attachments' paths, "Reactions:" and the reactions under it
 * ("Loved by Me"), "Sent with Gentle", the reply note, stickers, shared locations, SharePlay, deleted
 * messages; an edited message is its last version ("Edited 1 minute later: …"). What the user sent is
 * theirs (speaker "User", role "user", as sms.ts); a message with no words left is passed over, and so
 * is a reply's second copy. The file is read line by line (bytes.ts `fileLines`); its messages are held
 * until its end (one conversation).
 */
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { isoToMs, timeOfDayMs } from "../../time/import-dates.js";
import { fileLines } from "../kit/bytes.js";
import { introducedNames, titled, withIntroducedNames } from "../kit/introduced.js";
import { ImportError, type ParsedConversation, type ParsedTurn } from "../kit/types.js";
import { keyedByTime } from "../kit/time-keys.js";

/**
 * A line that opens with imessage-exporter's date (`%b %d, %Y %l:%M:%S %p`): group 1 the month, 2
 * the day, 3 the year, 4 the time of day ("7:14:03 PM"), 5 the rest of the line (a read receipt, an
 * announcement, an edited message's first words, or nothing).
 */
const DATE_LINE = /^([A-Z][a-z]{2}) (\d{1,2}), (\d{4}) {1,2}(\d{1,2}:\d{2}:\d{2} [AP]M)(.*)$/;
/** The rest of a message's date line: nothing, or a note in brackets ("(Read by them after 1 minute)"). */
const RECEIPT = /^(?:\s+\(.*\))?\s*$/;
/** What imessage-exporter writes, with no date, for an announcement it cannot tell. */
const UNTOLD = "Unable to format announcement!";
/** How a reply's lines are indented under the message it answers. */
const INDENT = "    ";
/** The months as `%b` writes them, three letters each. */
const MONTHS = "JanFebMarAprMayJunJulAugSepOctNovDec";

/** A line that is an attachment's file: an absolute path (or one in the export's attachments folder) ending in an extension or an iOS backup's hash. */
const ATTACHMENT = /^(?:(?:~|\.{0,2})\/|attachments\/)(?:[^/]+\/)+[^/]*(?:\.[A-Za-z0-9]{1,6}|[0-9a-f]{40})$/;
/** Lines imessage-exporter writes of a message that are no one's words. */
const NO_WORDS =
  /^(?:Sent with [\w ]+|This message responded to an earlier message\.|Attachment missing!|(?:[\w ]+ )?Sticker from .+|(?:Started|Stopped) sharing location!|Handwritten messages are not yet supported!|Unable to format app message.*|This message was deleted from the conversation!|.{1,40} deleted a message\.)$/;
/** Lines that open a block of lines that are no one's words, with the lines of that block: a reaction under "Reactions:" ("Loved by Me", "☕️ by Sam"), a SharePlay's end. */
const BLOCKS: ReadonlyMap<string, RegExp> = new Map([
  ["Reactions:", /^\S.{0,40} by .+$/],
  ["SharePlay Message", /^Ended$/],
]);
/** An edit of a message's text: "Edited 1 minute later: …". */
const EDITED = /^Edited .{1,60}? later: (.*)$/;

/**
 * The time of a date line's match ({@link DATE_LINE}): epoch ms UTC (the file's local time read as
 * UTC), or NaN for a day or a time that is none ("Feb 30", "13:05:00 PM") or one outside 1970–2199.
 */
function timeOf(m: RegExpExecArray): number {
  const month = MONTHS.indexOf(m[1]!);
  if (month < 0 || month % 3) return Number.NaN;
  const day = isoToMs(`${m[3]}-${String(month / 3 + 1).padStart(2, "0")}-${m[2]!.padStart(2, "0")}`);
  return day + timeOfDayMs(m[4]!);
}

/** Whether `line` can be a sender's: words on a line of their own that is no date line. */
const isSender = (line: string | undefined): boolean => !!line?.trim() && !/^\s/.test(line) && line.length <= 200 && !DATE_LINE.test(line);

/**
 * Whether `head` (a file's start) is a conversation imessage-exporter wrote as text: its first
 * meaningful line, after any announcements, is a date line (with or without a read receipt) and the
 * next one a sender. Only the first lines are read.
 */
export function isImessageExport(head: string): boolean {
  const lines = head.split(/\r?\n|\r/, 64);
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.trim() || lines[i] === UNTOLD) continue;
    const m = DATE_LINE.exec(lines[i]!);
    if (!m) return false;
    if (RECEIPT.test(m[5]!)) return isSender(lines[i + 1]);
    // (an announcement: "Nov 02, 2026  7:14:03 PM You named the conversation Family")
  }
  return false;
}

/** A message being read: its date line's number and time, its sender, its lines, and what is being read of it. */
interface Draft {
  line: number;
  at: number;
  speaker: string | null;
  lines: string[];
  reply: boolean;
  /** where an edited text's versions start in `lines` (a later one replaces them), or null */
  edit: number | null;
  /** the lines of the block being read that are no one's words ({@link BLOCKS}), or null */
  under: RegExp | null;
}

/** A draft's next line (its indent taken off): dropped when it is no one's words, an edit's version in place of the one before it. */
function addLine(d: Draft, text: string, m: RegExpExecArray | null): void {
  const line = text.trimEnd();
  if (d.under?.test(line)) return;
  d.under = BLOCKS.get(line) ?? null;
  if (d.under || ATTACHMENT.test(line) || NO_WORDS.test(line)) {
    if (line === "This message responded to an earlier message.") d.reply = true;
    return;
  }
  const edited = EDITED.exec(line);
  if (m) {
    // (an edited message's first version, after its time)
    d.edit = d.lines.length;
    d.lines.push(m[5]!.trim());
  } else if (edited && d.edit !== null) d.lines.splice(d.edit, Infinity, edited[1]!);
  else if (line || d.lines.length) d.lines.push(line);
}

/**
 * Reads `file`, a conversation imessage-exporter wrote as text, into one conversation (format
 * `imessage`, externalId `imessage:<file name without .txt>`, so a later export of the growing file
 * adds only its new messages; title that name, "Mum" or "+447700900456"), its turns in time order:
 * each message said by its sender line, "Me" as the user (speaker "User", role "user"), anyone else
 * role "other"; a message they sent in a conversation with one person is said to the user (metadata `{
 * sms: { to: ["the user"] } }`, as sms.ts). Turn externalId: its time, ISO 8601 ("…Z#2" for a second
 * message in the same second); metadata `{ line }` (its date line), and `reply: true` for a reply.
 * Null when no message has words (only photos). `onProgress` gets the bytes read.
 * @throws ImportError naming the file and line: a date that is no day or time ("Feb 30, 2026"), a date
 *   line with no sender after it, words before the first message, no message at all; `line N (byte M)`
 *   for bytes that are not UTF-8.
 */
export async function parseImessage(
  file: string,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {},
): Promise<ParsedConversation | null> {
  const info = await stat(file);
  const input = fileLines(file, info.size, opts.onProgress);
  const turns: ParsedTurn[] = [];
  const replies = new Set<string>();
  let top: Draft | null = null;
  let reply: Draft | null = null;
  /** the draft whose sender line comes next */
  let opened: Draft | null = null;
  let messages = 0;
  let blank = true;
  let n = 0;
  const close = (d: Draft | null): void => {
    const text = d?.lines
      .join("\n")
      .trim()
      .replace(/\n{3,}/g, "\n\n");
    if (!d || !text) return;
    const me = d.speaker === "Me";
    const speaker = me ? "User" : d.speaker!;
    // (a reply is written twice: under the message it answers and at its own time; replies are kept to know it)
    const key = `${d.at} ${speaker}\n${text}`;
    if (replies.has(key)) return;
    if (d.reply) replies.add(key);
    turns.push({
      externalId: null,
      speaker,
      role: me ? "user" : "other",
      occurredAt: d.at,
      text,
      metadata: { line: d.line, ...(d.reply ? { reply: true } : {}) },
    });
  };
  try {
    for await (const raw of input.lines) {
      n++;
      const indented: boolean = raw.startsWith(INDENT) && (reply !== null || DATE_LINE.test(raw.slice(INDENT.length)));
      const text = indented ? raw.slice(INDENT.length) : raw;
      if (opened) {
        if (!isSender(text))
          throw new ImportError(
            file,
            `line ${n}`,
            `expected the sender ("Me", a name or a number) after the date line, got ${JSON.stringify(text.trim().slice(0, 60))}`,
          );
        opened.speaker = text.trim();
        opened = null;
        blank = false;
        continue;
      }
      const m = DATE_LINE.exec(text);
      if (text === UNTOLD && (blank || !top)) continue;
      if (m) {
        const at = timeOf(m);
        if (Number.isNaN(at))
          throw new ImportError(file, `line ${n}`, `${JSON.stringify(text.trim())} is no date and time (expected one like "Nov 02, 2026  7:14:03 PM")`);
        if (RECEIPT.test(m[5]!)) {
          close(reply);
          if (!indented) close(top);
          opened = { line: n, at, speaker: null, lines: [], reply: indented, edit: null, under: null };
          if (indented) reply = opened;
          else [top, reply] = [opened, null];
          messages++;
          continue;
        }
        if (blank || !top) {
          // (an announcement, a line of its own: "… Mum named the conversation Family")
          close(reply);
          close(top);
          [top, reply] = [null, null];
          continue;
        }
      }
      blank = !text.trim();
      const d = indented ? (reply ?? top) : top;
      if (d) addLine(d, text, m);
      else if (!blank)
        throw new ImportError(
          file,
          `line ${n}`,
          `expected a message's date line like "Nov 02, 2026  7:14:03 PM", got ${JSON.stringify(text.trim().slice(0, 60))}`,
        );
    }
  } finally {
    input.close();
  }
  if (opened) throw new ImportError(file, `line ${n}`, "the file ends after a date line, before its sender");
  close(reply);
  close(top);
  if (!messages) throw new ImportError(file, `line ${n}`, 'no messages found (expected a date line like "Nov 02, 2026  7:14:03 PM", then the sender)');
  input.finished();
  return conversationOf(basename(file).replace(/\.txt$/i, ""), turns);
}

/** The conversation `name` holds: its turns in time order, each named by its time, what others sent said to the user when only one person did. */
function conversationOf(name: string, turns: ParsedTurn[]): ParsedConversation | null {
  if (!turns.length) return null;
  keyedByTime(turns);
  // (a number that says who it is is said by that name: "this is Graham your landlord")
  const names = introducedNames(turns);
  withIntroducedNames(turns, names);
  const participants = [...new Set(turns.map((t) => t.speaker))];
  const others = participants.filter((p) => p !== "User");
  for (const t of turns) {
    // (a text the user received is said to them, as sms.ts's: its "you" is theirs; a group's is all of them)
    if (t.role === "other") t.metadata.sms = { to: others.length === 1 && !name.includes(", ") ? ["the user"] : [] };
  }
  return { format: "imessage", externalId: `imessage:${name}`, title: titled(name, names), participants, startedAt: turns[0]!.occurredAt, turns };
}

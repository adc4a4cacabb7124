/**
 * Google Voice from Google Takeout (`Takeout/Voice/`, unzipped): `Calls/` holds one XHTML file per
 * text conversation or call, named by the other party (the contact's name, else the number) or
 * "Group Conversation", the kind and the first message's time in UTC ("Greg Novak - Text -
 * 2026-10-05T14_02_11Z.html", "+16145550187 - Text - …", "Group Conversation - …", "… - Voicemail -
 * …" with its .mp3 beside it, "… - Placed - …", "… - Received - …", "… - Missed - …", "… - Recorded -
 * …"; an older call's has no kind, "+17323218888 - 2015-03-20T03_59_29Z.html"), and a photo or a
 * contact card sent in a text beside its conversation ("…Z-2-1.jpg"); beside `Calls/`, `Phones.vcf`
 * (the account's own numbers), `Greetings/` (the voicemail greeting's audio) and `Bills.html`.
 *
 * A text conversation's markup (as Takeout writes it; the same in psanford's google-voice-takeout-parser
 * and wjcarpenter's gvoice-sms-takeout-xml samples): `<div class="hChatLog hfeed">`, a group's
 * `<div class="participants">Group conversation with: <cite class="sender vcard">…</cite>, …</div>`,
 * then each message `<div class="message"><abbr class="dt" title="2026-10-05T10:02:11.482-04:00">Oct 5,
 * 2026, 10:02:11 AM Eastern Time</abbr>: <cite class="sender vcard"><a class="tel"
 * href="tel:+16145550123"><span class="fn">Greg Novak</span></a></cite>: <q>words<br>more</q></div>`,
 * the user's own sender `<abbr class="fn" title="">Me</abbr>`, a photo `<img>` or a card `<a
 * class="vcard">` after the words. A call's: `<div class="haudio">`, its kind and party in `<span
 * class="fn">Voicemail from Bright Smile Dental</span>`, `<div class="contributor vcard">` with the
 * caller's `tel` and `fn`, `<abbr class="published" title="…">`, `<abbr class="duration"
 * title="PT24S">`, and a voicemail's transcript in `<span class="full-text">` (each word again in a
 * `<span class="word">` with its timing, not read).
 *
 * Each file is read as a stream (htmlparser2, a line at a time), holding one file's messages. A text
 * conversation is one conversation keyed by the other party's number (`googlevoice:+16145550123`), so
 * that the several files of one person over time, and a later Takeout, add to one conversation only
 * what is new (each message named by its time); a voicemail is a turn of its caller in that same
 * conversation; a group is keyed by its people's numbers. Calls placed, received, missed or recorded
 * are no one's words: refused as a note with no text, which a folder passes over saying why (and
 * passes over unread by their name: {@link googleVoicePassedOver}).
 */
import { existsSync, statSync } from "node:fs";
import { stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { Parser } from "htmlparser2";
import { isoToMs } from "../../time/import-dates.js";
import { feedHtmlLines } from "../kit/html-feed.js";
import { introducedNames, titled, withIntroducedNames } from "../kit/introduced.js";
import { NO_TEXT } from "../notes/note.js";
import { MAX_MESSAGE_CHARS } from "../kit/passages.js";
import { ImportError, type ParsedConversation, type ParsedTurn } from "../kit/types.js";
import { keyedByTime } from "../kit/time-keys.js";
import { listed } from "../kit/record-words.js";

/** Most characters one element's words (a message, a name, a transcript) may run on before the file is refused: one not closed would hold the rest of the file. */
export const MAX_VOICE_TEXT_CHARS = MAX_MESSAGE_CHARS;

/**
 * A file of Takeout's `Voice/Calls/` by its name: group 1 the party ("Greg Novak", "+16145550187",
 * "Group Conversation", "" for a number withheld), 2 the kind (Text, Voicemail, Placed, Received,
 * Missed, Recorded; none in an older call's or a group's), 3 the time ("2026-10-05T14_02_11Z"), 4 an
 * attachment's place ("-2-1": the message's and the file's number), 5 the extension.
 */
const VOICE_NAME = /^(.*?) - (?:(Text|Voicemail|Placed|Received|Missed|Recorded) - )?(\d{4}-\d{2}-\d{2}T\d{2}_\d{2}_\d{2}Z?)(-\d+-\d+)?\.([A-Za-z0-9]+)$/;

/** A message's or a call's time as Takeout writes it in a `title`: ISO 8601 with its offset. */
const STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/;
/** How Takeout stamps a time, in an error's words. */
const STAMP_EXAMPLE = '"2026-10-05T10:02:11.482-04:00"';

/** What Takeout writes for a photo's message that has no words of its own. */
const MMS_PLACEHOLDER = /^MMS (?:Sent|Received)$/i;

/** A call's heading (`<span class="fn">` of its `haudio`), its first words: what kind of call it was. */
const CALL_HEADING = /^(voicemail|missed call|placed call|received call|recorded call)\b/i;

/** A call's kind as its log is said in words (a call with no words is passed over saying this). */
const CALL_WORDS: Record<string, string> = {
  voicemail: "a Google Voice voicemail with no transcript, its audio only",
  "missed call": "a Google Voice missed call's log, who called and when",
  "placed call": "a Google Voice placed call's log, whom and when",
  "received call": "a Google Voice received call's log, who and when",
  "recorded call": "a Google Voice recorded call's audio, no transcript",
};

/** Attachments' kinds in `Calls/`, by extension, as a folder passes them over. */
const ATTACHMENT_KINDS: Record<string, string> = {
  jpg: "a photo",
  jpeg: "a photo",
  png: "a picture",
  gif: "a picture",
  webp: "a picture",
  heic: "a photo",
  mp4: "a video",
  "3gp": "a video",
  mov: "a video",
  amr: "a voice message",
  m4a: "a voice message",
  mp3: "a voice message",
  wav: "a voice message",
};

/**
 * Whether `head` (a file's start) is a Google Voice file of Takeout: a text conversation (its `<div
 * class="hChatLog hfeed">`, then a message's or the group's `<cite class="sender vcard">`) or a call (its
 * `<div class="haudio">` with a `<div class="contributor vcard">`). Looked for in the first 64 KiB
 * (Takeout's style block comes first, about 1 KiB).
 */
export function isGoogleVoiceHtml(head: string): boolean {
  const start = head.slice(0, 65_536);
  if (!/^(?:<\?xml[^>]*\?>\s*)?(?:<!DOCTYPE[^>]*>\s*)?<html\b/i.test(start.trimStart())) return false;
  return (
    (/<div class="hChatLog hfeed">/.test(start) && /<cite class="sender vcard">/.test(start)) ||
    (/<div class="haudio">/.test(start) && /<div class="contributor vcard">/.test(start))
  );
}

/**
 * Why `file`, a file of Google Voice's Takeout folder, is passed over unread, in words, or null when it
 * is read (a text conversation's or a voicemail's .html, a contact card sent in a text) or is no file
 * of it: a call's log by its name ("Greg Novak - Placed - ….html", Missed, Received, Recorded: who
 * and when, no words); a voicemail's or a recorded call's audio ("….mp3"; a voicemail's transcript is
 * read from its .html); a photo, a video or a voice message sent in a text ("…Z-2-1.jpg"); and beside
 * `Calls/`, `Phones.vcf` (the account's own numbers, no contact: not read as contacts), `Bills.html`
 * (the account's billing) and `Greetings/` (the voicemail greeting's audio).
 */
export function googleVoicePassedOver(file: string): string | null {
  const name = basename(file);
  const dir = dirname(file);
  const besideCalls = (folder: string) => isFolder(join(folder, "Calls"));
  if (/^Phones\.vcf$/i.test(name) && besideCalls(dir)) return "Google Voice's list of the account's own phone numbers, no contact";
  if (/^Bills\.html?$/i.test(name) && besideCalls(dir)) return "Google Voice's billing history, no one's words";
  if (basename(dir) === "Greetings" && besideCalls(dirname(dir))) return "a Google Voice voicemail greeting: audio, no words";
  const m = VOICE_NAME.exec(name);
  if (!m) return null;
  const [, , kind, , attached, ext] = m;
  const extension = ext!.toLowerCase();
  if (attached) {
    const what = ATTACHMENT_KINDS[extension];
    return what ? `${what} sent in a Google Voice text, no words: its message is read from its conversation's .html` : null;
  }
  if (extension === "mp3" && (kind === "Voicemail" || kind === "Recorded"))
    return kind === "Voicemail"
      ? `a Google Voice voicemail's audio: its transcript is read from ${name.replace(/\.mp3$/i, ".html")}`
      : "a Google Voice recorded call's audio, no transcript";
  if (/^html?$/.test(extension) && (kind === "Placed" || kind === "Received" || kind === "Missed" || kind === "Recorded"))
    return `a Google Voice ${kind === "Recorded" ? "recorded call" : `${kind.toLowerCase()} call`}'s log: who and when, no words`;
  return null;
}

/** Whether `path` is a folder. */
function isFolder(path: string): boolean {
  try {
    return existsSync(path) && statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * A phone number as a key: spaces, dashes, dots and brackets dropped, a US number's country code added
 * when Takeout left out its "+" ("17323211010", "7323211010" → "+17323211010"); "" for none.
 */
export function voiceNumber(tel: string): string {
  const n = tel
    .replace(/^tel:/i, "")
    .replace(/[\s().-]/g, "")
    .trim();
  if (/^1\d{10}$/.test(n)) return `+${n}`;
  if (/^\d{10}$/.test(n)) return `+1${n}`;
  return n;
}

/** A person a message, a call or a group names: their number and the name shown (the number itself when not in the contacts). */
interface Party {
  tel: string;
  fn: string;
}

/** A message being read: where it opens, its time's `title`, its sender, its words so far, whether it holds an attachment. */
interface Draft {
  line: number;
  stamp: string | null;
  sender: Party;
  me: boolean;
  words: string;
  attached: boolean;
}

/** A call being read (a `haudio`): its heading, its party, its time's `title`, its duration, its transcript. */
interface CallDraft {
  line: number;
  heading: string;
  party: Party;
  stamp: string | null;
  duration: string | null;
  transcript: string;
}

/** An element open while the file is read: its tag, its classes. */
interface Open {
  tag: string;
  classes: string[];
}

/** Whose words the text being read is: a message's, a sender's or a group member's name, a call's heading, party or transcript. */
type Target = "words" | "sender" | "member" | "heading" | "caller" | "transcript";

/** White space as HTML shows it: runs of spaces and line breaks one space; a `<br>`'s "\n" kept, the spaces around it dropped. */
function shownText(text: string): string {
  return text
    .split("\n")
    .map((l) => l.replace(/[ \t\r\f\u00a0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The seconds of an ISO 8601 duration as Takeout writes a call's ("PT24S", "PT3M12S", "PT1H2M"), or null for none. */
function seconds(duration: string | null): number | null {
  const m = duration ? /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(duration) : null;
  return m ? Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Math.round(Number(m[3] ?? 0)) : null;
}

/**
 * Reads `file`, a Google Voice file of Takeout's `Voice/Calls/`, into one conversation (format
 * `googlevoice`), or null for a text conversation none of whose messages has words (photos only):
 *
 * - a text conversation with one person: externalId `googlevoice:<their number>` ("googlevoice:+16145550123";
 *   the party its file is named by when no message of theirs gives a number: `googlevoice:Greg Novak`), title
 *   their name (`fn`), else the file's, else their number (with the name they gave in their first messages:
 *   "Marcus (+16145550187)", introduced.ts);
 * - a group ("Group Conversation - …"): externalId `googlevoice:group:<its people's numbers, sorted, "," between>`,
 *   title its people (`<div class="participants">`) in words, "Rachel Reyes and Danny Reyes";
 * - a voicemail: one turn of its caller, in the caller's conversation (`googlevoice:<their number>`), its
 *   words the transcript after "(voicemail) ", metadata `{ voicemail: { seconds } }` (its length), its
 *   externalId its time and " voicemail" ("2026-11-03T15:12:40.000Z voicemail").
 *
 * Each message a turn in time order, at its `abbr.dt` title's time with its offset; what the user sent ("Me")
 * is theirs (speaker "User", role "user"), anyone else's role "other", said to the user in a conversation of
 * two (metadata `{ sms: { to: ["the user"] } }`, as sms.ts). Turn externalId: its time, ISO 8601 UTC ("…Z#2"
 * for a second message in the same ms). Passed over: a message with no words, or only "MMS Sent" / "MMS
 * Received" (a photo); the photos, cards and videos sent; each word's timing of a transcript. `onProgress`
 * gets the bytes read.
 * @throws ImportError naming the file and line: a message with no time or a time that is no ISO 8601 with
 *   its offset (`message N`), a message with no sender, an element whose words run on over
 *   {@link MAX_VOICE_TEXT_CHARS} characters (or a tag over 16 MiB: not closed), a file that holds no
 *   text conversation nor call ("not a Google Voice file"); a call with no words (placed, received,
 *   missed, recorded; a voicemail with no transcript) as a note with no text ({@link NO_TEXT}: a folder
 *   passes it over, saying why); `line N (byte M)` for bytes that are not UTF-8.
 */
export async function parseGoogleVoice(
  file: string,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {},
): Promise<ParsedConversation | null> {
  const info = await stat(file);
  const stack: Open[] = [];
  const messages: Draft[] = [];
  const members: Party[] = [];
  let chat = false;
  let call: CallDraft | null = null;
  let message: Draft | null = null;
  let messageDepth = -1;
  let member: Party | null = null;
  let memberDepth = -1;
  let target: Target | null = null;
  let targetDepth = -1;
  let targetLine = 0;
  let n = 0;
  const has = (o: Open | undefined, cls: string) => o?.classes.includes(cls) ?? false;
  const within = (cls: string) => stack.some((o) => o.classes.includes(cls));
  const collect = (into: Target) => {
    target = into;
    targetDepth = stack.length - 1;
    targetLine = n;
  };
  const grow = (current: string, text: string): string => {
    const next = current + text;
    if (next.length > MAX_VOICE_TEXT_CHARS)
      throw new ImportError(
        file,
        `line ${targetLine}`,
        `${target === "transcript" ? "a voicemail's transcript" : target === "words" ? "a message's words" : "a name"} runs on over ${MAX_VOICE_TEXT_CHARS.toLocaleString("en-US")} characters: its element is not closed`,
      );
    return next;
  };
  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        const classes = (attrs.class ?? "").split(/\s+/).filter(Boolean);
        const parent = stack.at(-1);
        stack.push({ tag, classes });
        if (tag === "div" && classes.includes("hChatLog")) chat = true;
        else if (tag === "div" && classes.includes("haudio") && !call)
          call = { line: n, heading: "", party: { tel: "", fn: "" }, stamp: null, duration: null, transcript: "" };
        else if (tag === "div" && classes.includes("message") && chat) {
          message = { line: n, stamp: null, sender: { tel: "", fn: "" }, me: false, words: "", attached: false };
          messageDepth = stack.length - 1;
        } else if (message) {
          if (tag === "abbr" && classes.includes("dt") && message.stamp === null) message.stamp = attrs.title ?? "";
          else if (tag === "a" && classes.includes("tel") && within("sender")) message.sender.tel = attrs.href ?? "";
          else if (classes.includes("fn") && within("sender")) {
            // (the user's own: <abbr class="fn" title="">Me</abbr>)
            if (tag === "abbr") message.me = true;
            else collect("sender");
          } else if (tag === "q") collect("words");
          else if (tag === "br" && target === "words") message.words = grow(message.words, "\n");
          else if (tag === "img" || (tag === "a" && (classes.includes("vcard") || classes.includes("video") || classes.includes("audio"))))
            message.attached = true;
        } else if (chat && has(parent, "participants") && tag === "cite") {
          member = { tel: "", fn: "" };
          memberDepth = stack.length - 1;
        } else if (member) {
          if (tag === "a" && classes.includes("tel")) member.tel = attrs.href ?? "";
          else if (classes.includes("fn")) collect("member");
        } else if (call) {
          if (tag === "span" && classes.includes("fn") && has(parent, "haudio")) collect("heading");
          else if (tag === "a" && classes.includes("tel") && within("contributor")) call.party.tel = attrs.href ?? "";
          else if (classes.includes("fn") && within("contributor")) collect("caller");
          else if (tag === "abbr" && classes.includes("published") && call.stamp === null) call.stamp = attrs.title ?? "";
          else if (tag === "abbr" && classes.includes("duration")) call.duration = attrs.title ?? null;
          else if (tag === "span" && classes.includes("full-text")) collect("transcript");
        }
      },
      ontext(text) {
        if (target === null) return;
        // (source line breaks are white space; a <br> is a message's line break)
        const words = text.replace(/[\r\n]+/g, " ");
        if (target === "words") message!.words = grow(message!.words, words);
        else if (target === "sender") message!.sender.fn = grow(message!.sender.fn, words);
        else if (target === "member") member!.fn = grow(member!.fn, words);
        else if (target === "heading") call!.heading = grow(call!.heading, words);
        else if (target === "caller") call!.party.fn = grow(call!.party.fn, words);
        else call!.transcript = grow(call!.transcript, words);
      },
      onclosetag() {
        const depth = stack.length - 1;
        stack.pop();
        if (depth === targetDepth) {
          target = null;
          targetDepth = -1;
        }
        if (depth === messageDepth && message) {
          messages.push(message);
          message = null;
          messageDepth = -1;
        } else if (depth === memberDepth && member) {
          members.push(member);
          member = null;
          memberDepth = -1;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  await feedHtmlLines(parser, file, info.size, opts.onProgress, {
    onLine: (line) => {
      n = line;
    },
  });
  if (chat) return textConversation(file, messages, members);
  if (call) return voicemail(file, call);
  throw new ImportError(
    file,
    `line ${n}`,
    'not a Google Voice file: no text conversation (<div class="hChatLog hfeed">) nor call (<div class="haudio">) in it; Takeout\'s Voice/Calls/ holds them',
  );
}

/** The party `file` is named by ("Greg Novak", "+16145550187"), or "" for none ("Group Conversation", a number withheld, a file renamed). */
function namedParty(file: string): string {
  const party = VOICE_NAME.exec(basename(file))?.[1]?.trim() ?? "";
  return party === "Group Conversation" ? "" : party;
}

/** A name that is only a phone number ("+16145550187"): Takeout's name for someone not in the contacts. */
const A_NUMBER = /^\+?[\d\s().-]{7,}$/;

/**
 * A text conversation's `messages` as one conversation (see {@link parseGoogleVoice}), a group's when
 * `members` (its `participants`) are named; null when no message has words.
 * @throws ImportError naming the file and the message's line: no time or one that is no ISO 8601 with its offset, no sender.
 */
function textConversation(file: string, messages: Draft[], members: Party[]): ParsedConversation | null {
  const turns: ParsedTurn[] = [];
  const party = namedParty(file);
  let other: Party | null = null;
  for (const [i, m] of messages.entries()) {
    const where = `line ${m.line}`;
    const stamp = m.stamp?.trim() ?? "";
    const at = STAMP.test(stamp) ? isoToMs(stamp) : Number.NaN;
    if (Number.isNaN(at))
      throw new ImportError(
        file,
        where,
        `message ${i + 1}: its time (<abbr class="dt" title="…">) is ${m.stamp === null ? "missing" : JSON.stringify(m.stamp)}; expected ISO 8601 with its offset, as Takeout writes it (${STAMP_EXAMPLE})`,
      );
    const fn = shownText(m.sender.fn);
    const tel = voiceNumber(m.sender.tel);
    if (!m.me && !fn && !tel) throw new ImportError(file, where, `message ${i + 1}: no sender (<cite class="sender vcard"> with its tel and fn)`);
    if (!m.me && !other) other = { tel, fn };
    const words = shownText(m.words);
    if (!words || MMS_PLACEHOLDER.test(words)) continue;
    turns.push({ externalId: null, speaker: m.me ? "User" : fn || tel, role: m.me ? "user" : "other", occurredAt: at, text: words, metadata: {} });
  }
  if (!turns.length) return null;
  keyedByTime(turns);
  const group = members.length > 0;
  const names = introducedNames(turns);
  withIntroducedNames(turns, names);
  for (const t of turns) {
    // (a text the user received is said to them, as sms.ts's: its "you" is theirs; a group's is all of them)
    if (t.role === "other") t.metadata.sms = { to: group ? [] : ["the user"] };
  }
  let externalId: string;
  let title: string;
  if (group) {
    const numbers = [...new Set(members.map((p) => voiceNumber(p.tel) || shownText(p.fn)))].sort();
    externalId = `googlevoice:group:${numbers.join(",")}`;
    title = listed(members.map((p) => shownText(p.fn) || voiceNumber(p.tel)));
  } else {
    const number = other?.tel || (A_NUMBER.test(party) ? voiceNumber(party) : "");
    externalId = `googlevoice:${number || party || other?.fn || basename(file)}`;
    const name = [other?.fn, party].find((s) => s && !A_NUMBER.test(s));
    title = name ?? titled(number || other?.fn || party, names);
  }
  const participants = [...new Set(turns.map((t) => t.speaker))];
  return { format: "googlevoice", externalId, title, participants, startedAt: turns[0]!.occurredAt, turns };
}

/**
 * A call's file as a voicemail's conversation (see {@link parseGoogleVoice}): one turn of the caller, the
 * transcript's words after "(voicemail) " (what the caller said, and how), said to the user.
 * @throws ImportError naming the file and the call's line: no time or one that is no ISO 8601 with its
 *   offset; a call with no words (placed, received, missed, recorded, a voicemail with no transcript: {@link NO_TEXT}).
 */
function voicemail(file: string, call: CallDraft): ParsedConversation {
  const kind = CALL_HEADING.exec(shownText(call.heading))?.[1]?.toLowerCase() ?? null;
  const words = shownText(call.transcript);
  if (!words || (kind !== null && kind !== "voicemail"))
    throw new ImportError(file, `line ${call.line}`, `${NO_TEXT}: ${CALL_WORDS[kind ?? ""] ?? "a Google Voice call's log, who and when"}`);
  const stamp = call.stamp?.trim() ?? "";
  const at = STAMP.test(stamp) ? isoToMs(stamp) : Number.NaN;
  if (Number.isNaN(at))
    throw new ImportError(
      file,
      `line ${call.line}`,
      `the voicemail's time (<abbr class="published" title="…">) is ${call.stamp === null ? "missing" : JSON.stringify(call.stamp)}; expected ISO 8601 with its offset, as Takeout writes it (${STAMP_EXAMPLE})`,
    );
  const fn = shownText(call.party.fn);
  const party = namedParty(file);
  const number = voiceNumber(call.party.tel) || (A_NUMBER.test(party) ? voiceNumber(party) : "");
  const caller = (fn && !A_NUMBER.test(fn) ? fn : "") || (party && !A_NUMBER.test(party) ? party : "") || number || "Unknown caller";
  const turns: ParsedTurn[] = [
    {
      // (named apart from a text sent the same millisecond in the same conversation)
      externalId: `${new Date(at).toISOString()} voicemail`,
      speaker: caller,
      role: "other",
      occurredAt: at,
      text: `(voicemail) ${words}`,
      metadata: { voicemail: { seconds: seconds(call.duration) }, sms: { to: ["the user"] } },
    },
  ];
  const names = introducedNames(turns);
  withIntroducedNames(turns, names);
  return {
    format: "googlevoice",
    externalId: `googlevoice:${number || caller}`,
    title: caller === number ? titled(number, names) : caller,
    participants: [turns[0]!.speaker],
    startedAt: at,
    turns,
  };
}

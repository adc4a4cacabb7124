/**
 * Text messages as the Android app "SMS Backup & Restore" backs them up (sms-<time>.xml: `<smses>`
 * of `<sms>` and `<mms>` elements) → one conversation per thread: the messages with one number (or
 * sender name: "BrightSmile"), or with one group, in time order. An `<sms>` is a message's `address`,
 * `contact_name` ("(Unknown)" when the phone knew none), `date` (epoch ms), `type` (1 received, 2
 * sent; drafts, failed and queued ones were never sent and are passed over) and `body`; an `<mms>` (a
 * group text, a photo with words) its text parts' words, its `msg_box` as an sms's `type`, its sender
 * the `<addr>` of type 137, a group's members `address` ("~" between them) named in order by
 * `contact_name` (", " between them). What the user sent is theirs (speaker "User", role "user").
 * A one-time sign-in code ("Your Monzo verification code is 482913") is no memory and is passed over.
 *
 * The file is streamed (htmlparser2, XML mode); a photo's base64 `data` is dropped as soon as it is
 * read. Threads are held until the end, as the app writes all texts before all group texts; past
 * {@link MAX_HELD_CHARS} of held words they are given in parts (the same externalId: the import adds
 * them to one conversation). Numeric character references are decoded here, not by the parser, so
 * an emoji written as its surrogate pair's two references ("&#55357;&#56856;") stays one emoji.
 */
import { stat } from "node:fs/promises";
import { introducedNames, titled, withIntroducedNames } from "../kit/introduced.js";
import { streamXml } from "../kit/xml-stream.js";
import { ImportError, type ParsedConversation, type ParsedTurn } from "../kit/types.js";

/** Most characters of messages held before the threads read so far are given in parts. */
export const MAX_HELD_CHARS = 32 * 1024 * 1024;

/** Whether `head` (a file's start) is an SMS Backup & Restore backup: `<smses` after the XML prolog, the app's comment and its stylesheet. */
export function isSmsBackup(head: string): boolean {
  return /^(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]{0,500}?-->\s*)?(?:<\?xml-stylesheet[^>]*\?>\s*)?<smses\b/.test(head.trimStart());
}

/** XML's five named references, as the app writes them. */
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** An attribute's value with its references decoded; a numeric one is a UTF-16 unit, so a surrogate pair's two make one character. */
function decodeAttribute(value: string): string {
  return value.replace(
    /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|lt|gt|quot|apos));/gi,
    (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (name) return NAMED[name.toLowerCase()]!;
      const code = dec ? Number(dec) : Number.parseInt(hex!, 16);
      if (code > 0x10ffff) return whole;
      return code <= 0xffff ? String.fromCharCode(code) : String.fromCodePoint(code);
    },
  );
}

/** A one-time code sent to sign in or confirm something: no memory. */
const SIGN_IN_CODE =
  /\b(?:verification|security|sign-?in|log-?in|one-?time|confirmation|access|auth(?:entication)?)\s+(?:code|pin|password)\b|\bcode\b[^.]{0,20}\b\d{4,8}\b[\s\S]*\b(?:never share|do not share|don't share)\b|\bOTP\b/i;

/** A thread being read: whom it is with, its title, its messages, and how many of them were sent at each time (ISO) so far. */
interface Thread {
  key: string;
  title: string;
  participants: Set<string>;
  turns: ParsedTurn[];
  sentAt: Map<string, number>;
}

/** A number as a key: spaces, dashes and brackets dropped ("+44 7700 900123" = "+447700900123"). */
function numberKey(address: string): string {
  return address.replace(/[\s\-()]/g, "");
}

/**
 * Reads `file`, an SMS Backup & Restore backup, as one conversation per thread (format `sms`,
 * externalId `sms:<numbers, sorted, "~" between>`, title the contact's name or the group's names),
 * each message a turn whose id is its time ("2026-11-02T09:00:00.000Z"). `onProgress` gets the bytes read.
 * @throws ImportError naming the message (`<sms> 7.date`): a time that is no number of ms, a type
 *   that is no number; the file's (`byte N`) for one that ends before `</smses>` or holds no message;
 *   utf8Text's for bytes that are not UTF-8.
 */
export async function* parseSmsBackup(
  file: string,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {},
): AsyncGenerator<ParsedConversation> {
  const size = (await stat(file)).size;
  const threads = new Map<string, Thread>();
  // (who a number said they are, kept while the threads are given in parts)
  const introduced = new Map<string, string>();
  let held = 0;
  let messages = 0;
  let kept = 0;
  /** the <mms> being read: its attributes, its text parts, its sender */
  let mms: { n: number; attrs: Record<string, string>; text: string[]; from: string | null } | null = null;
  /** whether `</smses>` was read: a backup without it was cut short */
  let ended = false;
  const add = (n: number, tag: string, attrs: Record<string, string>, text: string, from: string | null) => {
    const where = `<${tag}> ${n}`;
    const at = Number(attrs.date);
    if (!attrs.date || !Number.isFinite(at)) throw new ImportError(file, `${where}.date`, `expected a time in ms, got ${JSON.stringify(attrs.date ?? null)}`);
    const box = Number(tag === "sms" ? attrs.type : attrs.msg_box);
    if (!Number.isInteger(box))
      throw new ImportError(
        file,
        `${where}.${tag === "sms" ? "type" : "msg_box"}`,
        `expected a number, got ${JSON.stringify(attrs.type ?? attrs.msg_box ?? null)}`,
      );
    const words = text.replace(/\r\n?/g, "\n").trim();
    // (1 received, 2 sent: a draft, a failed or a queued message was never sent)
    if ((box !== 1 && box !== 2) || !words || (box === 1 && SIGN_IN_CODE.test(words))) return;
    const addresses = decodeAttribute(attrs.address ?? "")
      .split("~")
      .map(numberKey)
      .filter(Boolean);
    if (addresses.length === 0) return;
    const names = decodeAttribute(attrs.contact_name ?? "").split(", ");
    const nameOf = (address: string) => {
      const i = addresses.indexOf(address);
      const name = names.length === addresses.length && i >= 0 ? names[i]! : "";
      return name && name !== "(Unknown)" ? name : address;
    };
    const key = [...addresses].sort().join("~");
    let thread = threads.get(key);
    if (!thread) {
      thread = { key, title: addresses.map(nameOf).join(", "), participants: new Set(), turns: [], sentAt: new Map() };
      threads.set(key, thread);
    }
    const speaker = box === 2 ? "User" : nameOf(from && addresses.includes(numberKey(from)) ? numberKey(from) : addresses[0]!);
    thread.participants.add(speaker);
    const id = new Date(at).toISOString();
    // (a second message sent the same millisecond is "…Z#2")
    const same = thread.sentAt.get(id) ?? 0;
    thread.sentAt.set(id, same + 1);
    thread.turns.push({
      externalId: same ? `${id}#${same + 1}` : id,
      speaker,
      role: box === 2 ? "user" : "other",
      occurredAt: at,
      text: words,
      // (a text the user received is said to them: its "you" is theirs, as a letter's, letters.ts; a group's is all of them)
      metadata: box === 1 ? { sms: { to: addresses.length === 1 ? ["the user"] : [] } } : {},
    });
    held += words.length;
    kept++;
  };
  const xml = streamXml(
    file,
    size,
    {
      onopentag(name, attrs) {
        if (name === "sms") {
          messages++;
          add(messages, "sms", attrs, decodeAttribute(attrs.body ?? ""), null);
        } else if (name === "mms") mms = { n: ++messages, attrs, text: [], from: null };
        else if (mms && name === "part" && attrs.ct === "text/plain" && attrs.text && attrs.text !== "null") mms.text.push(decodeAttribute(attrs.text));
        else if (mms && name === "addr" && attrs.type === "137") mms.from = decodeAttribute(attrs.address ?? "");
      },
      onclosetag(name, implied) {
        if (name === "smses") ended = !implied;
        if (name !== "mms" || !mms) return;
        if (implied) throw new ImportError(file, `byte ${xml.bytesRead()}`, `the file ends inside <mms> ${mms.n}: the backup is cut short`);
        const m = mms;
        mms = null;
        add(m.n, "mms", m.attrs, m.text.join("\n"), m.from);
      },
    },
    { decodeEntities: false },
    opts.onProgress,
  );
  for await (const _ of xml.steps) {
    if (held > MAX_HELD_CHARS) {
      yield* given(threads, introduced);
      threads.clear();
      held = 0;
    }
  }
  const read = xml.bytesRead();
  if (!ended) throw new ImportError(file, `byte ${read}`, "the file ends before </smses>: the backup is cut short");
  if (messages === 0) throw new ImportError(file, `byte ${read}`, "the backup holds no <sms> or <mms> message");
  if (kept === 0) throw new ImportError(file, `byte ${read}`, "the backup has no message sent or received with words in it");
  yield* given(threads, introduced);
}

/**
 * The threads as conversations, their messages in time order, a sender known only by a number said by
 * the name they gave (introduced.ts: `introduced`, by number, grows as the threads are given).
 */
function* given(threads: Map<string, Thread>, introduced: Map<string, string>): Generator<ParsedConversation> {
  for (const t of threads.values()) {
    const turns = t.turns.sort((a, b) => a.occurredAt - b.occurredAt);
    for (const [number, name] of introducedNames(turns)) introduced.set(number, name);
    withIntroducedNames(turns, introduced);
    const participants = [...new Set([...t.participants].map((p) => introduced.get(p) ?? p))];
    yield { format: "sms", externalId: `sms:${t.key}`, title: titled(t.title, introduced), participants, startedAt: turns[0]!.occurredAt, turns };
  }
}

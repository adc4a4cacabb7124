/**
 * An address book as phones and mail apps export it (contacts.vcf: vCard 2.1, 3.0 or 4.0, RFC 6350)
 * → one conversation per card, whose one turn is the contact in words, as the user keeps it: "Lena
 * Fischer (works at BMW Group as Product Designer): mobile +49 170 1234567; email
 * lena.fischer@example.de; home address Leopoldstraße 12, München, 80802, Germany; birthday 14 March
 * 1994; note: Met at Sofia's wedding, 2019. Allergic to peanuts." The memory engine keeps it whole (core/memory/
 * contacts.ts). The file is read line by line: folded lines (a leading space or tab) and quoted-printable
 * soft breaks (a line ending in "=") are joined, vCard 3/4 escapes (\n, \,, \;, \\) undone,
 * quoted-printable UTF-8 (Android's vCard 2.1) decoded; a PHOTO, LOGO, SOUND or KEY is never held.
 */
import { stat } from "node:fs/promises";
import { fileLines } from "../kit/bytes.js";
import { NOTE_SPEAKER } from "./note.js";
import { ImportError, type ParsedConversation } from "../kit/types.js";

/** Most characters of one card's kept properties (its photo is not kept); a longer card is refused, naming its line. */
export const MAX_CARD_CHARS = 1024 * 1024;

/** Whether `head` (a file's start) is a vCard file: its first line with anything on it is BEGIN:VCARD. */
export function isVcard(head: string): boolean {
  return /^BEGIN:VCARD[ \t]*$/im.test(head.trimStart().split(/\r?\n/, 1)[0] ?? "");
}

/** A property whose value is a file's bytes, never words, by its name at a content line's start ("PHOTO;ENCODING=b;…", "item2.LOGO:…"). */
const BINARY = /^(?:[\w-]+\.)?(?:PHOTO|LOGO|SOUND|KEY)[;:]/i;

/** One property of a card: its name (upper case), its parameters (TYPE values upper case, bare 2.1 ones as TYPE), its value as written. */
interface Property {
  name: string;
  group: string | null;
  types: string[];
  params: Record<string, string>;
  value: string;
}

/** The property a content line is ("item1.TEL;TYPE=CELL:+44 …"), or null for a line that is none. */
function propertyOf(line: string): Property | null {
  const m = /^(?:([\w-]+)\.)?([\w-]+)((?:;(?:[^:;"]|"[^"]*")*)*):(.*)$/s.exec(line);
  if (!m) return null;
  const params: Record<string, string> = {};
  const types: string[] = [];
  for (const p of m[3]!.split(";").slice(1)) {
    const [k, v] = p.includes("=") ? [p.slice(0, p.indexOf("=")), p.slice(p.indexOf("=") + 1)] : ["TYPE", p];
    const key = k!.toUpperCase();
    if (key === "TYPE") types.push(...v!.replace(/"/g, "").toUpperCase().split(","));
    else params[key] = v!.replace(/"/g, "");
  }
  return { name: m[2]!.toUpperCase(), group: m[1] ?? null, types, params, value: m[4]! };
}

/** A quoted-printable value's text ("Zo=C3=AB" → "Zoë"), its bytes read as UTF-8. */
function fromQuotedPrintable(value: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const hex = value[i] === "=" ? /^[0-9A-F]{2}/i.exec(value.slice(i + 1))?.[0] : undefined;
    if (hex) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(value[i]!, "utf8"));
  }
  return Buffer.from(bytes).toString("utf8");
}

/** A value's parts (split at ";" not escaped), each with vCard's escapes undone ("\n", "\,", "\;", "\\"). */
function parts(p: Property): string[] {
  const raw = p.params.ENCODING?.toUpperCase() === "QUOTED-PRINTABLE" ? fromQuotedPrintable(p.value) : p.value;
  return raw.split(/(?<!\\);/).map((s) => s.replace(/\\([nN,;:\\])/g, (_, c: string) => (c === "n" || c === "N" ? "\n" : c)).trim());
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** A BDAY or ANNIVERSARY as words: "1994-03-14", "19940314" → "14 March 1994"; "--0314", "--03-14" → "14 March"; else as written. */
export function dayWords(value: string): string {
  const m = /^(?:(\d{4})|--)-?(\d{2})-?(\d{2})(?:T.*)?$/.exec(value.trim());
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return value.trim();
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]}${m[1] ? ` ${m[1]}` : ""}`;
}

/** What a TEL's types say it is: mobile, home, work, fax, else phone. */
function phoneKind(types: string[]): string {
  if (types.includes("CELL") || types.includes("MOBILE") || types.includes("IPHONE")) return "mobile";
  if (types.includes("FAX")) return "fax";
  if (types.includes("WORK")) return "work phone";
  if (types.includes("HOME")) return "home phone";
  return "phone";
}

/** A card read: its name, its words, its uid and revision time (epoch ms) when it has them. */
interface Contact {
  name: string;
  text: string;
  uid: string | null;
  revised: number | null;
}

/** The contact `props` (one card's properties) tell, or null for a card with no name, number, email or organisation. */
function contactOf(props: Property[]): Contact | null {
  const first = (name: string) => props.find((p) => p.name === name);
  const n = first("N") ? parts(first("N")!) : [];
  const org = first("ORG") ? parts(first("ORG")!)[0] : undefined;
  const phones = props.filter((p) => p.name === "TEL" && p.value.trim());
  const emails = props.filter((p) => p.name === "EMAIL" && p.value.trim());
  const name =
    (first("FN") && parts(first("FN")!).join(" ").trim()) || [n[3], n[1], n[2], n[0], n[4]].filter(Boolean).join(" ") || org || phones[0]?.value.trim();
  if (!name) return null;
  const said: string[] = [];
  // (where they work goes with the name, so the clause of their first number says who they are: "my dentist's phone number")
  const title = first("TITLE") ? parts(first("TITLE")!).join(" ") : "";
  const role = org && org !== name ? (title ? `works at ${org} as ${title}` : `works at ${org}`) : title ? `works as ${title}` : "";
  for (const p of phones) said.push(`${phoneKind(p.types)} ${parts(p)[0]}`);
  for (const p of emails) said.push(`email ${parts(p)[0]}`);
  for (const p of props.filter((x) => x.name === "ADR")) {
    const [, , street, locality, region, postcode, country] = parts(p);
    const where = [street, locality, region, postcode, country].filter(Boolean).join(", ");
    if (where) said.push(`${p.types.includes("WORK") ? "work address" : p.types.includes("HOME") ? "home address" : "address"} ${where}`);
  }
  if (first("BDAY")) said.push(`birthday ${dayWords(parts(first("BDAY")!)[0]!)}`);
  if (first("ANNIVERSARY")) said.push(`anniversary ${dayWords(parts(first("ANNIVERSARY")!)[0]!)}`);
  for (const p of props.filter((x) => x.name === "URL")) {
    const label = p.group ? props.find((x) => x.group === p.group && x.name === "X-ABLABEL") : undefined;
    said.push(`${label ? `${parts(label)[0]} ` : ""}website ${parts(p)[0]}`);
  }
  const note = first("NOTE") ? parts(first("NOTE")!).join("; ").replace(/\s+/g, " ").trim() : "";
  if (note) said.push(`note: ${note}`);
  const rev = first("REV") ? Date.parse(first("REV")!.value.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})/, "$1-$2-$3T$4:$5:$6")) : Number.NaN;
  return {
    name,
    text: said.length
      ? `${name}${role ? ` (${role})` : ""}: ${said.join("; ")}${/[.!?]$/.test(said.at(-1)!) ? "" : "."}`
      : `${name}${role ? ` (${role})` : ""}.`,
    uid: first("UID")?.value.trim() || null,
    revised: Number.isNaN(rev) ? null : rev,
  };
}

/**
 * Reads `file`, a vCard file, as one conversation per card (format `vcard`, externalId
 * `vcard:<UID, else the name>`, title the contact's name; one turn, the user's, at the card's REV or
 * the file's modification time, metadata `{ line, contact: { name, uid } }`). A card with no name,
 * number, email or organisation is passed over.
 * @throws ImportError naming the line: a card not ended (END:VCARD), a card over {@link MAX_CARD_CHARS},
 *   a line inside a card that is no property; a file with no card; utf8Text's for bytes that are not UTF-8.
 */
export async function* parseVcard(
  file: string,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {},
): AsyncGenerator<ParsedConversation> {
  const info = await stat(file);
  const input = fileLines(file, info.size, opts.onProgress);
  let line = 0;
  let card: { start: number; props: Property[]; chars: number } | null = null;
  /** the property being read (a folded line goes on with it), and whether its value is a file's bytes (not kept) */
  let current: { text: string; line: number; binary: boolean } | null = null;
  let cards = 0;
  const end = (): void => {
    if (!current || !card) return;
    if (!current.binary) {
      const p = propertyOf(current.text);
      if (!p)
        throw new ImportError(
          file,
          `line ${current.line}`,
          `expected a property such as "TEL;TYPE=CELL:+44 7700 900123", got ${JSON.stringify(current.text.slice(0, 60))}`,
        );
      card.props.push(p);
      card.chars += current.text.length;
      if (card.chars > MAX_CARD_CHARS) throw new ImportError(file, `line ${card.start}`, `the card is longer than ${MAX_CARD_CHARS / 1024 / 1024} MB of text`);
    }
    current = null;
  };
  try {
    for await (const raw of input.lines) {
      line++;
      // (a folded line goes on with the one before; so does the line after a quoted-printable soft break)
      if (current && (/^[ \t]/.test(raw) || (!current.binary && /QUOTED-PRINTABLE/i.test(current.text.split(":", 1)[0]!) && current.text.endsWith("=")))) {
        if (!current.binary)
          current.text = /^[ \t]/.test(raw) && !current.text.endsWith("=") ? current.text + raw.slice(1) : current.text.slice(0, -1) + raw.trimStart();
        continue;
      }
      end();
      if (!raw.trim()) continue;
      if (/^BEGIN:VCARD\s*$/i.test(raw)) {
        if (card) throw new ImportError(file, `line ${card.start}`, "the card has no END:VCARD before the next BEGIN:VCARD");
        card = { start: line, props: [], chars: 0 };
      } else if (/^END:VCARD\s*$/i.test(raw)) {
        if (!card) throw new ImportError(file, `line ${line}`, "END:VCARD with no BEGIN:VCARD before it");
        const contact = contactOf(card.props);
        const start = card.start;
        card = null;
        if (!contact) continue;
        cards++;
        const at = contact.revised ?? Math.floor(info.mtimeMs);
        yield {
          format: "vcard",
          externalId: `vcard:${contact.uid ?? contact.name}`,
          title: contact.name,
          participants: [NOTE_SPEAKER],
          startedAt: at,
          turns: [
            {
              // (one id for the card in every version: a changed card imported again supersedes the memory of the old one)
              externalId: "card",
              speaker: NOTE_SPEAKER,
              role: "user",
              occurredAt: at,
              text: contact.text,
              metadata: { line: start, contact: { name: contact.name, uid: contact.uid } },
            },
          ],
        };
      } else if (card) current = { text: raw, line, binary: BINARY.test(raw) };
    }
    end();
    if (card) throw new ImportError(file, `line ${card.start}`, "the card has no END:VCARD: the file is cut short");
    if (cards === 0) throw new ImportError(file, `line ${line}`, "the file holds no contact card with a name, number or email");
    input.finished();
  } finally {
    input.close();
  }
}

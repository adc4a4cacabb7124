/**
 * What an email says itself, from its body as text: the reply without the mail it quotes (cut at
 * "On Mon, 16 Nov 2026 at 10:02, Mark Jones <…> wrote:", "-----Original Message-----", Outlook's
 * "From: … / Sent: …" block, and every "> " line), without "Sent from my iPhone", with its signature
 * (after the RFC 3676 separator "-- ", or, as Outlook writes one, the name and lines after a closing
 * "Best regards,") told on one line as the sender's ("Signature: Priya Shah, Head of Product, +44 7700
 * 900123": it holds their phone number and role), and an HTML mail's table rows
 * each on a line with single spaces. A forwarded mail is kept, apart ({@link splitForwarded}): the
 * user passed it on for what it says, which it says to whom it was sent first.
 */
import { convert } from "html-to-text";

/** A line that opens the mail a reply quotes (Gmail, Apple Mail, Thunderbird: "On … wrote:"; Outlook's separators). */
const QUOTE_HEADER = /^(?:On\b.{0,300}\bwrote:|-{2,}\s*Original Message\s*-{2,}|_{20,})\s*$/i;
/** Outlook's header of the quoted mail: "From: Mark Jones" followed by "Sent:" or "Date:". */
const OUTLOOK_FROM = /^From:\s.+$/i;
const OUTLOOK_SENT = /^(?:Sent|Date):\s.+$/i;
/** A mobile client's line ("Sent from my iPhone", "Get Outlook for Android"). */
const SENT_FROM = /^(?:Sent from my \w[\w ]{0,30}|Sent from (?:Mail|Outlook|Yahoo Mail)\b.*|Get Outlook for (?:iOS|Android))\s*$/i;
/** The signature separator (RFC 3676 §4.3: "-- " on a line of its own; mail clients often drop the space). */
const SIGNATURE = /^--\s?$/;

/** Lines a signature may hold before it is no signature but a forwarded or pasted text. */
const MAX_SIGNATURE_LINES = 8;
/** A letter's closing line ("Best regards,", "Kind regards", "Thanks,"), after which Outlook's and most clients' signatures come with no "-- " (as letters.ts tells a letter's end). */
const CLOSING =
  /^(?:(?:best|kind|warm|warmest|many)\s+(?:wishes|regards|thanks)|regards|best|cheers|thanks|thank\s+you|sincerely|yours\s+(?:truly|sincerely|faithfully)|all\s+the\s+best)[,!.]*$/i;
/** A signature's first line: its sender's name, up to four capitalised words. */
const NAME_LINE = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u;

/** Options for html-to-text: headings as written (not upper-cased), tables a row per line, no link targets or images. */
const HTML_TEXT = {
  wordwrap: false as const,
  selectors: [
    ...["h1", "h2", "h3", "h4", "h5", "h6"].map((selector) => ({ selector, options: { uppercase: false } })),
    { selector: "table", format: "dataTable", options: { uppercaseHeaderCells: false, colSpacing: 1 } },
    { selector: "a", options: { ignoreHref: true } },
    { selector: "img", format: "skip" },
  ],
};

/** An HTML body as plain text (html-to-text, {@link HTML_TEXT}); runs of spaces inside a line are one. */
export function htmlText(html: string): string {
  return convert(html, HTML_TEXT)
    .split("\n")
    .map((l) => l.replace(/[ \t]{2,}/g, " ").trimEnd())
    .join("\n");
}

/**
 * What the mail `text` says itself (see the module comment): the quoted mail cut, "> " lines and a
 * mobile client's line dropped, the signature on one line ("Signature: …") when it is short, blank
 * lines kept as paragraph breaks (at most one), trimmed. "" when nothing is left.
 */
export function mailOwnWords(text: string): string {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const two = `${line} ${lines[i + 1] ?? ""}`;
    // (Gmail wraps a long "On … wrote:" over two lines)
    if (QUOTE_HEADER.test(line.trim()) || (/^On\b/.test(line) && /\bwrote:\s*$/.test(two) && !/wrote:/.test(line))) break;
    if (OUTLOOK_FROM.test(line.trim()) && OUTLOOK_SENT.test((lines[i + 1] ?? "").trim())) break;
    if (/^\s*>/.test(line) || SENT_FROM.test(line.trim())) continue;
    // (a closing, then the sender's name and up to seven lines more to the end, at least one, and no "-- " after it: Outlook's signature,
    // "Best regards, / Daniel Okafor / Account Manager, Fenwick Supplies / Tel: 0113 496 0781", told on one line as after "-- ")
    const rest = CLOSING.test(line.trim()) ? lines.slice(i + 1).filter((l) => l.trim() && !SENT_FROM.test(l.trim())) : [];
    if (
      rest.length >= 2 &&
      rest.length <= MAX_SIGNATURE_LINES &&
      NAME_LINE.test(rest[0]!.trim()) &&
      !rest.some((l) => SIGNATURE.test(l) || QUOTE_HEADER.test(l.trim()) || /^\s*>/.test(l) || OUTLOOK_FROM.test(l.trim()))
    ) {
      kept.push(line.trimEnd(), "", `Signature: ${rest.map((l) => l.trim().replace(/[.,;]$/, "")).join(", ")}.`);
      break;
    }
    if (SIGNATURE.test(line)) {
      const rest = lines.slice(i + 1).filter((l) => l.trim() && !SENT_FROM.test(l.trim()));
      if (rest.length > 0 && rest.length <= MAX_SIGNATURE_LINES && !rest.some((l) => QUOTE_HEADER.test(l.trim()) || /^\s*>/.test(l)))
        kept.push("", `Signature: ${rest.map((l) => l.trim().replace(/[.,;]$/, "")).join(", ")}.`);
      break;
    }
    kept.push(line.trimEnd());
  }
  return kept
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The line that opens a forwarded mail (Gmail's, Apple Mail's, Thunderbird's and Outlook's). */
const FORWARDED =
  /^(?:-{2,}\s*Forwarded message\s*-{2,}|Begin forwarded message:|-{2,}\s*Forwarded Message\s*-{2,}|-{2,}\s*Original Message\s*-{2,}\s*Forwarded)\s*$/i;
/** A header line of a forwarded mail ("From: The Old Rectory <…>", "Date: Fri, 13 Nov 2026 at 17:40"). */
const FORWARDED_HEADER = /^(From|Date|Sent|Subject|To|Cc):\s*(.*)$/i;

/** A mail forwarded inside another: who sent it, when (as written), its subject, to whom, and its text. */
export interface ForwardedMail {
  from: string;
  date: string;
  subject: string;
  to: string;
  text: string;
}

/**
 * A mail's text parted at the first mail it forwards: the forwarder's own words before it, and the
 * forwarded mail (its header lines read, its text what follows them up to the end, itself read as a
 * mail by {@link mailOwnWords}); `forwarded` null when the text forwards none.
 */
export function splitForwarded(text: string): { own: string; forwarded: ForwardedMail | null } {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const at = lines.findIndex((l) => FORWARDED.test(l.trim()));
  if (at < 0) return { own: text, forwarded: null };
  const header: Record<string, string> = {};
  let i = at + 1;
  for (; i < lines.length; i++) {
    const h = FORWARDED_HEADER.exec(lines[i]!.trim());
    if (h) header[h[1]!.toLowerCase()] = h[2]!.trim();
    else if (lines[i]!.trim() || Object.keys(header).length > 0) break;
  }
  const from =
    (header.from ?? "")
      .replace(/\s*<[^>]*>\s*$/, "")
      .replace(/^"|"$/g, "")
      .trim() || (header.from ?? "").replace(/[<>]/g, "").trim();
  const to = (header.to ?? "")
    .replace(/\s*<[^>]*>/g, "")
    .replace(/"/g, "")
    .trim();
  return {
    own: lines.slice(0, at).join("\n"),
    forwarded: { from, date: header.date ?? header.sent ?? "", subject: header.subject ?? "", to, text: mailOwnWords(lines.slice(i).join("\n")) },
  };
}

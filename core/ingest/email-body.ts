/**
 * What an email says itself, from its body as text: the reply without the mail it quotes (cut at
 * "On Mon, 16 Nov 2026 at 10:02, Mark Jones <…> wrote:", "-----Original Message-----", Outlook's
 * "From: … / Sent: …" block, and every "> " line), without "Sent from my iPhone", with its signature
 * (after the RFC 3676 separator "-- ") told on one line as the sender's ("Signature: Priya Shah, Head
 * of Product, +44 7700 900123": it holds their phone number and role), and an HTML mail's table rows
 * each on a line with single spaces. A forwarded mail is kept: the user passed it on for what it says.
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

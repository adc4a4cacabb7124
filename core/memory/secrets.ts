import { redact, type RedactionKind } from "../util/redact.js";
import type { Turn } from "./episodes.js";
import type { Candidate } from "./types.js";

/**
 * Credentials said in a chat or a note (an account's password, a PIN, a card's number, expiry and
 * security code, a one-time or verification code, an API key or token) are never copied into a
 * memory: the memory says what the credential is for and shows `[hidden password]` where its value
 * was, and the value stays only in the source message the memory cites (which the user opens in the
 * app; an agent over MCP reads memories, never sources). After MIRIX's Knowledge Vault (Wang & Chen
 * 2025), which keeps credentials apart from the memories an assistant reads out; applied to what
 * every engine writes.
 *
 * What a household shares is no credential and is remembered as said: a wifi network's password,
 * a door, gate or locker code, a padlock's combination ("What's the wifi password?" is what people
 * ask a second brain; bench:personal asks it of notes and chats).
 *
 * What is a credential: what core/util/redact.ts finds in captured screens (cards by Luhn, labelled
 * CVC and expiry, API keys by prefix, PEM private keys, `password:` values, high-entropy tokens
 * outside links), and, in chat words, a code-like value said of a password or PIN ("my new gmail
 * password is hunter2-Lisbon", "PIN 4821") or given in answer to a question that asks for one
 * ("What's your bank PIN?" "It's 0921"); a password said with a wifi network is the network's.
 */

/** What a hidden value was, as the placeholder names it. */
export type SecretKind = "password" | "code" | "card detail" | "API key" | "private key" | "secret";

/** A value to hide in a memory and what it is. */
export interface Secret {
  value: string;
  kind: SecretKind;
}

const FROM_REDACTION: Record<RedactionKind, SecretKind> = {
  password: "password",
  card: "card detail",
  api_key: "API key",
  private_key: "private key",
  secret: "secret",
  custom: "secret",
};

/** A credential's name, and which kind of value it holds. */
const SECRET_NAME = /\b(?:(pass(?:word|code|phrase))|(PIN(?:\s+(?:code|number))?|(?:security|verification|one-time|login|2FA|OTP)\s+code|passkey))\b/gi;

/** Words that make a password a wifi network's, which a household shares (no credential). */
const NETWORK = /\b(?:wi-?fi|wlan|ssid|hotspot|network|router)\b/i;

/** Links, where a random-looking path is an id, not a secret (screens redact their URLs without the entropy rule too). */
const LINK = /\b(?:https?:\/\/|www\.)\S+/gi;

/** After a secret's name: what it is of ("for the flat", "at your mum's"), then the verb or colon before its value ("PIN 4821" has neither). */
const BEFORE_VALUE = [
  String.raw`(?:\s+(?:for|of|at|to|on)\s+[^.,;!?\n]{1,40}?)?\s*(?:is|was|'s|’s|are|=|:)\s+(?:now\s+|still\s+|just\s+)?["'“‘#]?`,
  String.raw`\s+#?`,
];

/** A value as written: a run of letters, digits and the symbols passwords use. */
const VALUE = String.raw`([A-Za-z0-9][A-Za-z0-9!@#$%^&*_+\-.]*[A-Za-z0-9!@#$%^&*_+\-]|\d{3,})`;

/** "It's X" / "it is X" / "X": a value given in answer to a question asking for a secret. */
const ANSWERED = new RegExp(String.raw`(?:^|[.!?]\s+|\b(?:it's|it’s|it is|that's|that is)\s+)["'“‘]?${VALUE}["'”’]?(?=[\s.,!?;)]|$)`, "gi");

/** True when a word reads as a code or password, not as a word of the sentence: it has a digit, an inner capital after a lower-case letter, or a symbol between letters; never a time, an amount, an ordinal or a year alone. */
export function codeLike(token: string): boolean {
  if (token.length < 3 || token.length > 64) return false;
  if (
    /^\d{1,2}(?:am|pm|st|nd|rd|th|s)$/i.test(token) ||
    /^(?:19|20)\d\d$/.test(token) ||
    (/^\d+(?:\.\d+)?(?:k|m|km|kg|mins?|hrs?)?$/i.test(token) && token.length < 4)
  )
    return false;
  return /\d/.test(token) || /[a-z][A-Z]/.test(token) || (/[A-Za-z][!@#$%^&*_+\-.][A-Za-z0-9]/.test(token) && /[!@#$%^&*_+]|\d/.test(token));
}

/** The credentials a name announces in `text`: "my card PIN is 0921" → 0921 (a code). */
function namedSecrets(text: string): Secret[] {
  const found: Secret[] = [];
  for (const m of text.matchAll(SECRET_NAME)) {
    const after = text.slice(m.index + m[0].length);
    const v = BEFORE_VALUE.map((before) => new RegExp(`^${before}${VALUE}`, "i").exec(after)?.[1]).find((x) => x && codeLike(x));
    if (v) found.push({ value: v, kind: m[1] ? "password" : "code" });
  }
  return found;
}

/** The kind of credential a question asks for ("What's your bank PIN?" → code), or null (also for a wifi password). */
export function secretAsked(question: string): SecretKind | null {
  if (!/\?/.test(question) || NETWORK.test(question)) return null;
  const [m] = question.matchAll(SECRET_NAME);
  return m ? (m[1] ? "password" : "code") : null;
}

/**
 * The credentials in a message: what redaction finds, values named as passwords or PINs, and, when
 * `asked` (the question it answers asks for one: {@link secretAsked}), a code-like value the answer
 * gives; none of the passwords of a message that names a wifi network.
 * @param text a message or a memory's text
 * @param asked the kind the question before it asks for, or null
 * @returns the values to hide (deduplicated, longest first, so a value inside another is hidden with it)
 */
export function secretsIn(text: string, asked: SecretKind | null = null): Secret[] {
  const outsideLinks = text.replace(LINK, (link) => " ".repeat(link.length));
  // (read once when the text has no link, as most messages do; else the high-entropy rule only outside its links)
  const redactions =
    outsideLinks === text
      ? redact(text).redactions
      : [...redact(text, { highEntropy: false }).redactions, ...redact(outsideLinks).redactions.filter((r) => r.kind === "secret")];
  const found: Secret[] = redactions.map((r) => ({ value: r.value, kind: FROM_REDACTION[r.kind] }));
  found.push(...namedSecrets(text));
  if (asked) for (const m of text.matchAll(ANSWERED)) if (codeLike(m[1]!)) found.push({ value: m[1]!, kind: asked });
  const network = NETWORK.test(text);
  const seen = new Map<string, Secret>();
  for (const s of found) if (!seen.has(s.value) && !(network && s.kind === "password")) seen.set(s.value, s);
  return [...seen.values()].sort((a, b) => b.value.length - a.value.length);
}

/**
 * A value as a pattern that also finds it retold with other separators or case ("hunter2-Lisbon" in
 * a title's keywords "hunter2 Lisbon"): its runs of letters and digits, with up to three other
 * characters between them, never inside a longer word or code.
 */
function valuePattern(value: string): RegExp {
  const runs = value.match(/[A-Za-z0-9]+/g) ?? [value];
  // (never a part of a longer code: a PIN "4471" is not the middle of the policy number "ADM-4471-2298")
  return new RegExp(`(?<![A-Za-z0-9][_/.-]?)${runs.join("[^A-Za-z0-9]{0,3}")}(?![_/-]?[A-Za-z0-9]|\\.[A-Za-z0-9])`, "gi");
}

/** Where a memory's text hides a credential: `[hidden password]`, `[hidden card details]`. */
export const HIDDEN_MARK = /\[hidden [^\]]+\]/;

/** A card's hidden number, expiry and code said together ("[hidden card detail] exp [hidden card detail] CVV …") read as one. */
const CARD_RUN = /\[hidden card detail\](?:[\s,;:/]*(?:exp(?:iry|ires)?|cvv2?|cvc2?|security code|valid (?:thru|until))?\.?[\s,;:/]*\[hidden card detail\])+/gi;

/** `text` with every value of `secrets` shown as `[hidden <kind>]`. */
export function hideIn(text: string, secrets: Secret[]): string {
  let out = text;
  for (const s of secrets) out = out.replace(valuePattern(s.value), `[hidden ${s.kind}]`);
  return out.replace(CARD_RUN, "[hidden card details]");
}

/** Every string inside a JSON-like value, with the secrets hidden (objects and arrays copied, other values kept). */
function hideDeep(value: unknown, secrets: Secret[]): unknown {
  if (typeof value === "string") return hideIn(value, secrets);
  if (Array.isArray(value)) return value.map((v) => hideDeep(v, secrets));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, hideDeep(v, secrets)]));
  return value;
}

/** A memory's title, content and details, as {@link hiddenIn} reads and writes them. */
export interface MemoryText {
  title: string;
  content: string;
  details: Record<string, unknown>;
}

/**
 * A memory's text with the secrets of its source messages and of its own text hidden, and their kinds
 * recorded in `details.hidden` (e.g. `["password"]`) so a reader knows the value is in the source; null
 * when it holds none. `present` are the secrets it held (to hide them elsewhere: its entities, its history).
 * @param sourceSecrets the secrets of the messages it was made from ({@link secretsIn} of each)
 */
export function hiddenIn(m: MemoryText, sourceSecrets: Secret[]): (MemoryText & { present: Secret[] }) | null {
  const own = secretsIn(`${m.title}\n${m.content}`);
  const secrets = [...sourceSecrets, ...own].sort((a, b) => b.value.length - a.value.length);
  const text = `${m.title}\n${m.content}\n${JSON.stringify(m.details)}`;
  const present = secrets.filter((s) => valuePattern(s.value).test(text));
  if (present.length === 0) return null;
  const hidden = [...new Set([...(Array.isArray(m.details.hidden) ? (m.details.hidden as SecretKind[]) : []), ...present.map((s) => s.kind)])];
  return {
    title: hideIn(m.title, present),
    content: hideIn(m.content, present),
    details: { ...(hideDeep(m.details, present) as Record<string, unknown>), hidden },
    present,
  };
}

/**
 * Hides in a candidate memory (title, content, details, structured fact, entity names) the secrets
 * of its source messages and of its own text ({@link hiddenIn}). Changes the candidate in place.
 * @param c a candidate from any extractor
 * @param sourceSecrets the secrets of the messages it was made from ({@link secretsIn} of each)
 */
export function hideSecrets(c: Candidate, sourceSecrets: Secret[]): void {
  const hidden = hiddenIn(c, sourceSecrets);
  if (!hidden) return;
  const { present } = hidden;
  c.title = hidden.title;
  c.content = hidden.content;
  c.details = hidden.details;
  if (c.fact) c.fact = { ...c.fact, object: hideIn(c.fact.object, present), subject: hideIn(c.fact.subject, present) };
  if (c.subject) c.subject = hideIn(c.subject, present);
  // an entity named by the value or a part of it ("BlueHeron" of "BlueHeron-7741") is no entity
  const parts = new Set(present.flatMap((s) => (s.value.match(/[A-Za-z0-9]+/g) ?? []).map((p) => p.toLowerCase())));
  c.entities = c.entities.filter((e) => !parts.has(e.name.toLowerCase()) && !present.some((s) => valuePattern(s.value).test(e.name)));
}

/**
 * The secrets of each message of a run of turns in order (a batch with its open episode's turns
 * before it): a message's own, and the value it gives when the message before asks for a secret.
 * @returns source id → its secrets (only messages that hold one)
 */
export function secretsOfTurns(turns: Turn[]): Map<number, Secret[]> {
  const out = new Map<number, Secret[]>();
  turns.forEach((t, i) => {
    const prev = turns[i - 1];
    const asked = prev && prev.source.speaker !== t.source.speaker ? secretAsked(prev.source.text) : null;
    const found = secretsIn(t.source.text, asked);
    if (found.length) out.set(t.source.id, found);
  });
  return out;
}

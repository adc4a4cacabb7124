/**
 * Redaction of secrets in captured text, before anything is stored. Each finding is replaced by
 * `[REDACTED:<kind>]`; the values are returned so the caller can keep them in the vault or drop them.
 *
 * Rules (in this order; later rules do not look inside earlier findings):
 * - `private_key`: PEM private key blocks (`-----BEGIN … PRIVATE KEY-----` to the END line, or to
 *   the end of the text when the END line is off screen);
 * - `api_key`: tokens with a known prefix — OpenAI/Anthropic `sk-`, Stripe `sk_live_`/`rk_live_`,
 *   GitHub `ghp_ gho_ ghu_ ghs_ ghr_ github_pat_`, Slack `xoxb- xoxp- xoxa- xoxr- xoxs-`, AWS
 *   `AKIA`/`ASIA` key ids, Google `AIza`, GitLab `glpat-`, npm `npm_`, Hugging Face `hf_`, JWTs;
 * - `card`: 13–19 digit runs (spaces or dashes allowed between digits) that pass the Luhn check
 *   (H. P. Luhn, US patent 2,950,048, 1960); and the card's other details where they are labelled:
 *   the security code after `CVC`/`CVV`/`CVV2`/`CID`/`CSC`/`security code` and the expiry date
 *   (`MM/YY`, `MM/YYYY`) after `Expiry`/`Exp`/`Expires`/`Valid thru`/`Good thru`;
 * - `password`: the value after `password:` / `passwd=` / `pwd:` and the like;
 * - `custom`: the user's patterns (setting `capture.redactPatterns`);
 * - `secret`: other high-entropy tokens — at least 20 characters mixing upper case, lower case
 *   and digits, with a Shannon entropy of at least 4 bits per character (random base62 of that
 *   length scores ~4.2; English words and identifiers score lower; the idea is the one of
 *   truffleHog and Yelp's detect-secrets).
 */

/** What was redacted. */
export type RedactionKind = "private_key" | "api_key" | "card" | "password" | "custom" | "secret";

/** Counts of redacted values by kind, e.g. `{ card: 1, api_key: 2 }`. */
export type RedactionCounts = Partial<Record<RedactionKind, number>>;

/** One finding: its kind, the original value, and where it was in the input (UTF-16 offsets). */
export interface Redaction {
  kind: RedactionKind;
  value: string;
  start: number;
  end: number;
}

/** The redacted text and what was taken out. */
export interface RedactionResult {
  text: string;
  redactions: Redaction[];
}

interface Rule {
  kind: RedactionKind;
  re: RegExp;
  /** which capture group is the secret (default: the whole match) */
  group?: number;
  accept?: (value: string) => boolean;
}

const PREFIXED = [
  String.raw`sk-(?:proj-|ant-(?:api\d\d-)?)?[A-Za-z0-9_-]{16,}`,
  "[sr]k_(?:live|test)_[A-Za-z0-9]{16,}",
  "gh[pousr]_[A-Za-z0-9]{20,}",
  "github_pat_[A-Za-z0-9_]{20,}",
  "xox[bpars]-[A-Za-z0-9-]{10,}",
  "(?:AKIA|ASIA)[0-9A-Z]{16}",
  "AIza[0-9A-Za-z_-]{30,}",
  "glpat-[A-Za-z0-9_-]{20,}",
  "npm_[A-Za-z0-9]{30,}",
  "hf_[A-Za-z0-9]{30,}",
  String.raw`eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}`,
];

/** True when the digits (separators ignored) pass the Luhn checksum. */
export function luhnValid(digits: string): boolean {
  const d = digits.replace(/\D/g, "");
  if (d.length < 13 || d.length > 19) return false;
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let n = d.charCodeAt(d.length - 1 - i) - 48;
    if (i % 2 === 1) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
  }
  return sum % 10 === 0;
}

/** Shannon entropy of a string's characters, bits per character. */
export function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / s.length;
    h -= p * Math.log2(p);
  }
  return h;
}

function looksRandom(token: string): boolean {
  return /[a-z]/.test(token) && /[A-Z]/.test(token) && /\d/.test(token) && entropy(token) >= 4;
}

const BUILT_IN: Rule[] = [
  { kind: "private_key", re: /-{3,}\s*BEGIN ([A-Z0-9]+ )*PRIVATE KEY\s*-{3,}[\s\S]*?(?:-{3,}\s*END ([A-Z0-9]+ )*PRIVATE KEY\s*-{3,}|$)/g },
  { kind: "api_key", re: new RegExp(`(?<![A-Za-z0-9_-])(?:${PREFIXED.join("|")})`, "g") },
  { kind: "card", re: /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d])/g, accept: luhnValid },
  { kind: "card", re: /\b(?:cvc2?|cvv2?|cid|csc|security\s+code|card\s+code)\b\.?\s*[:=#]?\s*(\d{3,4})(?!\d)/gi, group: 1 },
  {
    kind: "card",
    re: /\b(?:exp(?:iry|iration|ires)?(?:\s+date)?|valid\s+(?:thru|through|until)|good\s+thru)\b\.?\s*[:=]?\s*((?:0?[1-9]|1[0-2])\s*[/-]\s*(?:\d{4}|\d{2}))(?!\d)/gi,
    group: 1,
  },
  { kind: "password", re: /\b(?:password|passwd|passphrase|pwd|pass)\s*[:=]\s*(\S{4,})/gi, group: 1 },
];
const HIGH_ENTROPY: Rule = { kind: "secret", re: /(?<![A-Za-z0-9+/_=-])[A-Za-z0-9+/_=-]{20,}(?![A-Za-z0-9+/_=-])/g, accept: looksRandom };

/**
 * Compiles the user's patterns (case-insensitive, Unicode).
 * @throws Error naming the pattern when it is not a valid regular expression.
 */
export function compileUserPatterns(patterns: string[]): RegExp[] {
  return patterns.map((p) => {
    try {
      return new RegExp(p, "giu");
    } catch (err) {
      throw new Error(`redaction pattern "${p}" is not a valid regular expression (${(err as Error).message})`);
    }
  });
}

/**
 * Redacts `text`. `userPatterns` come from {@link compileUserPatterns}; `highEntropy: false` skips
 * the entropy rule (used for URLs and titles, whose ids are often random-looking but harmless).
 */
export function redact(text: string, opts: { userPatterns?: RegExp[]; highEntropy?: boolean } = {}): RedactionResult {
  const rules: Rule[] = [
    ...BUILT_IN,
    ...(opts.userPatterns ?? []).map((re) => ({ kind: "custom" as const, re })),
    ...(opts.highEntropy === false ? [] : [HIGH_ENTROPY]),
  ];
  const found: Redaction[] = [];
  const taken = (s: number, e: number) => found.some((f) => s < f.end && e > f.start);
  for (const rule of rules) {
    rule.re.lastIndex = 0;
    for (const m of text.matchAll(rule.re)) {
      if (m[0].length === 0) continue;
      const value = rule.group ? m[rule.group] : m[0];
      if (!value) continue;
      const start = m.index + (rule.group ? m[0].indexOf(value) : 0);
      const end = start + value.length;
      if (taken(start, end) || (rule.accept && !rule.accept(value))) continue;
      found.push({ kind: rule.kind, value, start, end });
    }
  }
  found.sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const f of found) {
    out += `${text.slice(at, f.start)}[REDACTED:${f.kind}]`;
    at = f.end;
  }
  return { text: out + text.slice(at), redactions: found };
}

const PLACEHOLDER = /\[REDACTED:[a-z_]+\]/g;

/**
 * The redactions {@link redact} would make in a text it already redacted, ignoring its
 * `[REDACTED:<kind>]` placeholders (a `password: [REDACTED:password]` is not a new password): what
 * the current rules find that the rules of the time did not (a pattern added since, redaction
 * turned on since).
 */
export function unredacted(text: string, opts: { userPatterns?: RegExp[]; highEntropy?: boolean } = {}): Redaction[] {
  const placeholders = [...text.matchAll(PLACEHOLDER)].map((m) => [m.index, m.index + m[0].length] as const);
  return redact(text, opts).redactions.filter((r) => !placeholders.some(([s, e]) => r.start < e && r.end > s));
}

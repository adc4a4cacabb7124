// A statement without its fillers: openers, asides to the listener, intensifiers and hedges dropped from
// a parsed sentence's terms (withoutFillers), or the same openers from a text's start (stripOpeners). See README.md, "Facts".
import {
  BARE_OPENERS,
  FILLER_OPENERS,
  FILLER_PHRASES,
  HEDGES,
  INTENSIFIERS,
  INTERJECTIONS,
  KISSES,
  LAUGH,
  MID_SENTENCE_FILLERS,
  SET_OFF_PHRASES,
  TRAILING_FILLERS,
} from "./filler-words.js";
import { KIN_WORDS } from "./kin.js";
import { NAMED_BY } from "./sentence-names.js";
import type { Term } from "./sentence-types.js";

/** The most words of an opening "Speaking of …," that turns to the news ("Speaking of special moments,"). */
const SPEAKING_OF_WORDS = 6;
/** The same opening in text: "Speaking of which, …", "Speaking of special moments, …". */
const SPEAKING_OF_OPENING = new RegExp(`^speaking\\s+of(?:\\s+[\\p{L}'’-]+){1,${SPEAKING_OF_WORDS - 2}}\\s*,\\s*(?=\\S)`, "iu");
/** A statement's closing "speaking of" or "speaking of which" (its last three terms, normalised). */
const SPEAKING_OF = /(?:^|\s)speaking of(?: which)?$/;

/**
 * The words of an aside that closes a statement, said to the listener: an exhortation ("let's make it
 * happen"), thanks for asking ("cheers for asking"), or, at a question mark, a question ("how could I
 * forget", "right", "you know"). Matched against the normalised terms after the last comma or dash.
 */
const ASIDE = /^(?:(?:so|and)\s+)?let(?:'s|\s+us)\b|^(?:cheers|thanks|thank\s+you)(?:\s+so\s+much)?(?:\s+for\s+asking)?$/;
/** An aside that is a question, when the statement ends on a question mark. */
const ASIDE_QUESTION = /^(?:how|what|why|who|right|you\s+know|is\s+not\s+it|do\s+not\s+you\s+think)\b/;

/** Where an aside to the listener that closes `terms` starts ({@link ASIDE}): the index of its first term, or -1 (none, or no statement before it). */
function asideFrom(terms: Term[]): number {
  for (let k = terms.length - 2; k >= 2; k--) {
    if (!/,|\s[-–—]\s|[–—]/.test(terms[k]!.post)) continue;
    const clause = terms
      .slice(k + 1)
      .map((t) => t.normal)
      .join(" ");
    return ASIDE.test(clause) || (/\?/.test(terms.at(-1)!.post) && ASIDE_QUESTION.test(clause)) ? k + 1 : -1;
  }
  return -1;
}

function startsWithPhrase(terms: Term[], i: number, phrase: string[]): boolean {
  return phrase.every((w, k) => terms[i + k]?.normal === w);
}

/** A reminder announced before what it tells ("reminder", "quick reminder", "just a reminder", "remember"). */
const REMINDER_PHRASES = [["reminder"], ["quick", "reminder"], ["friendly", "reminder"], ["gentle", "reminder"], ["just", "a", "reminder"], ["remember"]];
/**
 * The first words of what a reminder tells, said with no colon after it: "the landlord is coming", "that rent is due", "we're out tonight",
 * "Dad is allergic to nuts" (a relative called by who they are).
 */
const REMINDED_WORDS = `the|that|our|my|your|we|i|it|there|rent|bins?|tomorrow|tonight|today|${KIN_WORDS}`;
const REMINDED = new RegExp(`^(?:${REMINDED_WORDS})$`);
/** The same reminder in text, for stripOpeners. */
const REMINDER_OPENING = new RegExp(`^(?:${REMINDER_PHRASES.map((p) => p.join("\\s+")).join("|")})\\s+(?:that\\s+)?(?=(?:${REMINDED_WORDS})\\b)`, "i");

/**
 * Where `terms`' statement starts once the openers from `from` on are skipped: fillers ("Well,", "So I
 * …", "by the way"), set-off phrases before punctuation ("I mean,", "Great news -"), interjections, a
 * "+1" and "For me I …" (withoutFillers' first step, run again after a name called).
 */
function openersEnd(terms: Term[], from: number): number {
  let start = from;
  for (let changed = true; changed && start < terms.length; ) {
    changed = false;
    const t = terms[start]!;
    const phrase =
      FILLER_PHRASES.find((p) => startsWithPhrase(terms, start, p)) ??
      SET_OFF_PHRASES.find((p) => startsWithPhrase(terms, start, p) && /[,!.…:;–—-]/.test(terms[start + p.length - 1]!.post));
    // ("Reminder the landlord is coming on Tuesday", "Also quick reminder that …": a reminder before what it tells, with no colon)
    const reminder = phrase
      ? undefined
      : REMINDER_PHRASES.find((p) => startsWithPhrase(terms, start, p) && REMINDED.test(terms[start + p.length]?.normal ?? ""));
    if (phrase) {
      start += phrase.length;
      changed = true;
    } else if (reminder) {
      start += reminder.length + (terms[start + reminder.length]!.normal === "that" ? 1 : 0);
      changed = true;
    } else if (t.normal === "1" && t.pre.trim() === "+" && terms[start + 1]) {
      // "+1, 8 December works for me": agreement with what was said before, no number of the statement
      start++;
      changed = true;
    } else if (t.normal === "for" && terms[start + 1]?.normal === "me" && terms[start + 2]?.normal === "i") {
      // "For me(,) I just get …" is "I just get …"
      start += 2;
      changed = true;
    } else if (
      t.normal === "as" &&
      terms[start + 1]?.normal === "for" &&
      /^(?:me|us)$/.test(terms[start + 2]?.normal ?? "") &&
      /[,:-]/.test(terms[start + 2]!.post) &&
      /^(?:i|we)$/.test(terms[start + 3]?.normal ?? "")
    ) {
      // "As for me, I've been volunteering …" is "I've been volunteering …" ("As for me, life's been ok" keeps it: it says whose life)
      start += 3;
      changed = true;
    } else if (FILLER_OPENERS.has(t.normal) || t.tags.has("Expression") || INTERJECTIONS.has(t.normal)) {
      // an opener only when it stands apart ("Wow, …", "So I …") — not "Great news is …"; an
      // interjection whatever follows it ("Woah Joanna, I won …")
      const next = terms[start + 1];
      // ("No regrets", "No pets right now": a "no" that says what there is not is part of the statement)
      const denies = t.normal === "no" && !/[,!.…:;-]/.test(t.post);
      // ("So much that I got tattoos of them": a result of what was said before, whose "so" is part of it;
      // and "So far they seem …" is until now)
      const result = t.normal === "so" && !/[,!.…:;-]/.test(t.post) && (terms[start + 2]?.normal === "that" || next?.normal === "far");
      if (next && !denies && !result && (/[,!.…:;-]/.test(t.post) || BARE_OPENERS.has(t.normal) || t.tags.has("Expression") || INTERJECTIONS.has(t.normal))) {
        start++;
        changed = true;
      }
    }
  }
  return start;
}

/**
 * Whether `terms` from `i` on tell whose a name said before is, between commas, and the sentence goes
 * on: "my best friend, moved …", "our neighbour from upstairs, is …" (an appositive of at most 6 words,
 * no verb in it); not "my day was great, thanks" said after a name called.
 */
function toldWhose(terms: Term[], i: number): boolean {
  if (!/^(?:my|our)$/.test(terms[i]?.normal ?? "")) return false;
  for (let j = i; j < Math.min(terms.length - 1, i + 6); j++) {
    if (terms[j]!.tags.has("Verb")) return false;
    if (/,/.test(terms[j]!.post)) return true;
  }
  return false;
}

/**
 * Drops what carries no fact from a sentence's terms: openers ("Wow,", "Yeah, so", "By the way,",
 * interjections, "Speaking of special moments,"), mid-sentence "you know" / "by the way", and intensifiers before an adjective or
 * adverb ("so powerful" → "powerful"). Returns a new array; the first kept term is capitalised.
 */
export function withoutFillers(input: Term[]): Term[] {
  const terms = input.map((t) => ({ ...t }));
  let start = openersEnd(terms, 0);
  // thanks that open a statement ("Thanks for asking, we got another cat") are not part of it
  if (/^(thanks|thank)$/.test(terms[start]?.normal ?? "")) {
    const end = terms.findIndex((t, i) => i >= start && /[,!.;:]/.test(t.post));
    if (end >= 0 && end < terms.length - 1) start = end + 1;
  }
  // nor is a "speaking of …" before a comma, which turns to the news ("Speaking of special moments, my wife and I …")
  if (terms[start]?.normal === "speaking" && terms[start + 1]?.normal === "of") {
    const end = terms.findIndex((t, i) => i > start && i <= start + SPEAKING_OF_WORDS && /,/.test(t.post));
    if (end >= 0 && end < terms.length - 2) start = end + 1;
  }
  // a name said to the listener ("Caroline, since we last chatted …") is not part of the statement, nor are
  // the openers after it ("Hey John, great news - I'm now friends with …")
  // (but a name told whose it is between commas is the subject: "Jake, my best friend, moved to Berlin")
  if (terms[start]?.tags.has("Person") && /,/.test(terms[start]!.post) && terms[start + 1] && !toldWhose(terms, start + 1))
    start = openersEnd(terms, start + 1);
  const out: Term[] = [];
  for (let i = start; i < terms.length; i++) {
    const t = terms[i]!;
    const phrase = i > start ? MID_SENTENCE_FILLERS.find((p) => startsWithPhrase(terms, i, p)) : undefined;
    if (phrase && /[,]/.test(terms[i + phrase.length - 1]!.post)) {
      // (set off by commas, it goes with both: "I went, by the way, to Paris"; after no comma, the comma after it
      // stays, between the clauses it parted: "Mum's birthday is on 3 December btw, we're doing a lunch"; not
      // after a conjunction, which opens the clause: "I'd get one, but you know, it's tough")
      const prev = out.at(-1);
      const opens = prev && (prev.tags.has("Conjunction") || prev.tags.has("Preposition") || /^(?:so|then|cause|cos)$/.test(prev.normal));
      if (prev) prev.post = /,\s*$/.test(prev.post) || opens ? prev.post.replace(/,\s*$/, " ") || " " : `,${prev.post || " "}`;
      i += phrase.length - 1;
      continue;
    }
    const next = terms[i + 1];
    if (
      INTENSIFIERS.has(t.normal) &&
      next &&
      // ("so far" is until now, not "far")
      !(t.normal === "so" && next.normal === "far") &&
      !/[,;:.!?]/.test(t.post) &&
      (next.tags.has("Adjective") || next.tags.has("Adverb") || next.tags.has("Comparable"))
    )
      continue;
    if (HEDGES.has(t.normal) && next && !/[,;:.!?]/.test(t.post) && next.tags.has("Verb")) continue;
    out.push(t);
  }
  // (a name called at the end, or a "though" or "anyway" that turns back to the talk: "I'm seeing the
  // physio on Friday though")
  if (endsWithVocative(out) || (out.length > 3 && (TRAILING_FILLERS.has(out.at(-1)!.normal) || KISSES.test(out.at(-1)!.text)))) {
    out[out.length - 2]!.post = out[out.length - 1]!.post;
    out.pop();
  }
  // (and a "speaking of" after a comma, which turns back to what was said: "I just reorganized my book shelf, speaking of")
  const speaking =
    out.length > 4
      ? SPEAKING_OF.exec(
          out
            .slice(-3)
            .map((t) => t.normal)
            .join(" "),
        )
      : null;
  const said = speaking ? speaking[0].trim().split(" ").length : 0;
  if (speaking && /,\s*$/.test(out[out.length - 1 - said]!.post)) {
    const cut = out.length - said;
    out[cut - 1]!.post = out[out.length - 1]!.post.replace(/^[^.!?…]*/, "");
    out.splice(cut);
  }
  // (and an aside after a comma or a dash, said to the listener: "…, how could I forget?!", "… - let's
  // make it happen!", "I'm doing OK, cheers for asking")
  const aside = asideFrom(out);
  if (aside > 0) {
    out[aside - 1]!.post = out[out.length - 1]!.post.replace(/\?/g, "").trim() || ".";
    out.splice(aside);
  }
  const first = out[0];
  if (first) {
    // (an opening quote or bracket of its own stays: '"Becoming Nicole" is my favorite book')
    first.pre = first.pre.replace(/[^"“'‘([]/g, "");
    first.text = first.text[0] ? first.text[0].toUpperCase() + first.text.slice(1) : first.text;
  }
  return out;
}

/**
 * Whether `terms` end with a name said to the listener after a comma ("It was an awesome time,
 * Caroline!"), not one that names a relative or a pet ("my brother, James"); at least four terms.
 */
export function endsWithVocative(terms: Term[]): boolean {
  const last = terms[terms.length - 1];
  const before = terms[terms.length - 2];
  return terms.length > 3 && last!.tags.has("Person") && /,\s*$/.test(before!.post) && !NAMED_BY.has(before!.normal);
}

const OPENER_PHRASES = [
  ...FILLER_PHRASES.map((p) => new RegExp(`^${p.join("[\\s,]+")}\\b[\\s,!.…:;-]*`, "i")),
  ...SET_OFF_PHRASES.map((p) => new RegExp(`^${p.join("\\s+")}\\s*[,!.…:;–—-]+\\s*`, "i")),
  REMINDER_OPENING,
];
const OPENER_WORD = /^([\p{L}']+)([\s,!.…:;-]*)/u;

/**
 * The text-level twin of withoutFillers' opener rule, for sentences compromise did not parse: drops
 * the same openers from the start of `text` (FILLER_OPENERS when punctuation follows them;
 * BARE_OPENERS, interjections, laughs and FILLER_PHRASES whatever follows; SET_OFF_PHRASES when punctuation
 * follows them; a "Speaking of …," of up to six words). "Yeah, so by the way the
 * show was sold out" → "the show was sold out" (case kept as written).
 */
export function stripOpeners(text: string): string {
  let rest = text.trimStart().replace(GREETING_CALLED, "").replace(PLUS_ONE, "");
  for (;;) {
    const m = OPENER_WORD.exec(rest);
    if (!m || m[0].length === rest.length) return rest;
    const word = m[1]!.toLowerCase();
    const phrase = OPENER_PHRASES.find((re) => re.test(rest)) ?? (SPEAKING_OF_OPENING.test(rest) ? SPEAKING_OF_OPENING : undefined);
    if (phrase) rest = rest.replace(phrase, "");
    else if (AS_FOR_ME.test(rest)) rest = rest.replace(AS_FOR_ME, "");
    else if (SO_THAT.test(rest)) return rest;
    else if (BARE_OPENERS.has(word) || INTERJECTIONS.has(word) || LAUGH.test(word) || (FILLER_OPENERS.has(word) && /[,!.…:;-]/.test(m[2]!)))
      rest = rest.slice(m[0].length);
    else return rest;
  }
}

/**
 * The text-level twin of withoutFillers' closing rule, for laughs and asides only: drops a "lol", "lmao",
 * "haha", "btw" or "fyi" that ends `text` after at least three words, with the comma before it ("He also hates anything with
 * raisins lol." → "He also hates anything with raisins."); any other text as it was. (A closing "anyway"
 * may say something here: "scared but explored the world anyway".)
 */
export function withoutTrailingFiller(text: string): string {
  const m = /(?:,\s*|\s+)([\p{L}]+)(\s*[.!?…]*\s*)$/u.exec(text);
  if (!m) return text;
  const word = m[1]!.toLowerCase();
  if (!(/^(?:lol|lmao|rofl|btw|fyi)$/.test(word) || /^(?:ha){2,}h?$/.test(word)) || text.slice(0, m.index).split(/\s+/).length < 3) return text;
  return `${text.slice(0, m.index)}${m[2]!.trim()}`;
}

/** A turn to the speaker before they say what they did: "As for me, I …", "As for us, we …" (the match is what is dropped). */
const AS_FOR_ME = /^as for (?:me|us)\s*[,:-]\s*(?=(?:i|we)\b)/i;

/** A result opening a sentence, or "so far" (until now), whose "so" is no opener: "So much that …", "So far they …". */
const SO_THAT = /^so\s+(?:\S+\s+that|far)\b/i;

/** A "+1" agreeing with what was said before ("+1, 8 December works for me"). */
const PLUS_ONE = /^\+1\b[\s,!.…:;-]*/;
/** A greeting with whom it calls, before a comma: "Hi love, …", "Morning Dan, …", "Hey Sam Patel! …". */
const GREETING_CALLED = /^(?:hi|hey|hello|hiya|morning|evening|afternoon)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s*[,!]\s*(?=\S)/iu;

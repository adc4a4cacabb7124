// A text's sentences, parsed: image captions and contact cards made sentences, stage directions, emoji and
// code left out (parseSentences), a note's labelling line joined to the line under it (withLineLabels).
// The sentence modules' API is re-exported here, where the extractors import it from.
import nlp from "compromise";
import { escapeRegExp } from "../util/quote.js";
import { capitalise } from "./fact-text.js";
import { parseSentence } from "./sentence-parse.js";
import { sentenceSpans } from "./sentence-spans.js";
import type { Sentence } from "./sentence-types.js";

export { ABSTRACT_NOUNS, isCommonWord, isContentNoun, knownWord, mayBeName } from "./lexicon.js";
export { endsWithVocative, stripOpeners, withoutFillers, withoutTrailingFiller } from "./fillers.js";
export { type CompiledMatch, compileMatch, entitiesSaid, fullyParsed, isQuestion, nounPhrases, parseSentence, termsText } from "./sentence-parse.js";
export { sentenceSpans } from "./sentence-spans.js";
export type { Sentence, Term, View } from "./sentence-types.js";
export { baseFormAfterDeterminer, baseFormAfterThing, presentOrFuture, saysPast } from "./tense.js";

/** An image a speaker shared, as importers append it ("shared an image: a photo of …"). */
export const CAPTION = /^shared an image: (.+)$/i;

/** A heart or a smiley written in characters ("<3", ":)", ";-P"), as a regex source: no word and no number. */
export const EMOTICON_SOURCE = "<3+|[:;]-?[()DPp3]";
/** An emoticon set off by spaces, with the spaces before it, which parseSentences leaves out. */
const EMOTICON_SET_OFF = new RegExp(`(?:^|\\s+)(?:${EMOTICON_SOURCE})+(?=[\\s.!?]|$)`, "g");

/** An emoji picture with its modifiers (skin tone, variation selector, joined pictures) and the spaces before it; not ©, ® or ™. */
const EMOJI = /\s*(?![©®™])\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F|\u200D\p{Extended_Pictographic})*/gu;
/** Emoji after a word, before a capitalised one: where a sentence ended without its full stop. */
const EMOJI_STOP = new RegExp(`(\\p{L})(?:${EMOJI.source})+\\s+(?=\\p{Lu})`, "gu");

/** A fenced code block of Markdown ("```js … ```", "~~~ … ~~~"), to its closing fence or the end of the text. */
const FENCED = /(?:^|\n)[ \t]*(```|~~~)[^\n]*\n[\s\S]*?(?:\n[ \t]*\1[^\n]*(?=\n|$)|$)/g;
/**
 * Code said inline, which is no sentence of a person's: a call ("now()"), an arrow or a comparison
 * ("=>", "==", "!="), braces, or a SQL statement ("SELECT * FROM orders WHERE …").
 */
const CODE = /\w\(\)|=>|[=!]==?|[{}]|\b(?:SELECT|INSERT|UPDATE|DELETE|CREATE|DROP|ALTER)\b[^.?!]*\b(?:FROM|INTO|TABLE|WHERE|SET|VALUES)\b/;

/** A contact card a reader tells as shared, with a name and a number: group 1 the name, 2 who they are with (in brackets), 3 the number. */
const SHARED_CONTACT = /\[shared a contact: ([^\],()]+?)(?:\s+\(([^)\]]*)\))?,\s*(\+?[\d][\d ()-]{5,}\d)\]/g;

/** Stage directions a transcript writes in brackets ("[laughs]", "[Sighs]", "[pause]"). */
const STAGE_DIRECTION =
  /^\s*(?:laughs?|laughing|lol|sighs?|pause[sd]?|inaudible|crosstalk|music|applause|silence|coughs?|smiles?|grins?|chuckles?|winks?|shrugs?|cries|crying|sobs?|nods?|gasps?)\b/i;

/**
 * Whether a bracketed text (`inner`, at `at` in `whole`, `length` characters with its brackets) is
 * content, not a stage direction: capitalised, no stage direction's word, and inside a sentence (a
 * letter before it on its line and after it).
 */
function bracketedContent(inner: string, whole: string, at: number, length: number): boolean {
  if (!/^\s*\p{Lu}/u.test(inner) || STAGE_DIRECTION.test(inner)) return false;
  return /\p{L}[^.!?\n]*$/u.test(whole.slice(0, at)) && /^\s*\p{L}/u.test(whole.slice(at + length));
}

/** A modal's or an auxiliary's negation typed without its "n" ("would't", "could’t", "does't"): group 1 the verb, group 2 the apostrophe and "t". */
const N_DROPPED = /\b(would|could|should|does|did|was|were|is|are|has|have|had|must|need)(['’]t)\b/gi;

/**
 * Splits `text` into sentences with the ICU sentence segmenter (Intl.Segmenter), then parses each
 * with compromise (tags, contractions expanded). Bracketed image captions that importers append
 * ("[shared an image: …]") become their own sentence without brackets, and so does an image the
 * speaker announces in a stage direction ("[Shares a photo of the view from the top]" → "shared an
 * image: a photo of the view from the top"), and a contact card shared is whose number it is ("[shared a
 * contact: Marcus Hale, +44 117 496 0785]" → "Marcus Hale's number is +44 117 496 0785."); any other stage direction ("[laughs]") goes, but not a
 * capitalised bracketed word inside a sentence ("followed by [Data set]", bracketedContent). Code is
 * no sentence: a fenced block goes, and so does a sentence that reads as code (CODE).
 */
export function parseSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const caption = /\[shared an image: ([^\]]*)\]/g;
  const directed = text
    .replace(FENCED, "\n")
    .replace(/\[\s*(?:shares|sends|shows|posts)\s+((?:an?|the|some|two|three|\p{N}+)\s[^\]]*?)\s*\]\.?/giu, "[shared an image: $1]")
    // (a contact card shared is whose number it is: "[shared a contact: Marcus Hale (Clifton & Co), +44 117 496 0785]")
    .replace(SHARED_CONTACT, (_all, name: string, org: string | undefined, phone: string) => `${name}'s number is ${phone}${org ? ` (${org})` : ""}.`);
  // a backtick typed for an apostrophe ("I`m", "That`s") would leave "I" in a third-person fact
  const plain = directed
    .replace(caption, " ")
    .replace(LABEL_OVER_LINE, ": ")
    .replace(PLUS_ONE_TO, "$1I vote for ")
    // (not a Markdown link's text, "[the docs](https://…)", nor a bracketed word inside a sentence
    // that is content, "followed by [Data set] in square brackets")
    .replace(/\[([^\]]*)\](?!\()\.?/g, (all, inner: string, at: number, whole: string) => (bracketedContent(inner, whole, at, all.length) ? all : " "))
    .replace(/(?<=\p{L})`(?=\p{L})/gu, "'")
    // (and a negation typed without its "n", "I would't want to", would be told "would'ts not want")
    .replace(N_DROPPED, "$1n$2")
    // an emoticon ("<3", ":)", ";-P") or an emoji picture is no word of a sentence: it would stay in a fact's text and title
    .replace(EMOTICON_SET_OFF, "")
    // (one between a word and a capitalised one ends a sentence: "Thanks love 😘 Sunday lunch is at 1")
    .replace(EMOJI_STOP, "$1. ")
    .replace(EMOJI, "")
    // (nor is the space it leaves in a quotation it opened: ""🏠 October rent"" → ""October rent"")
    .replace(OPENED_ON_SPACE, "$1")
    // (a word said short is said whole, as search asks for it: "my biz" is "my business", "Mum's bday" "Mum's birthday")
    .replace(CLIPPED, unclip)
    .trim();
  for (const { text: s } of sentenceSpans(plain)) if (s.trim() && !CODE.test(s)) out.push(parseSentence(s.trim()));
  for (const m of directed.matchAll(caption)) if (m[1]!.trim()) out.push(parseSentence(`shared an image: ${m[1]!.trim()}`));
  return out;
}

/**
 * A line's closing colon and the line break after it, where the line under it is no list's item: the
 * line says what the next one is ("New address for the contacts:" "302ho, 27 Poeun-ro…"; "OK decided:"
 * "Kindle Paperwhite…"), one sentence with it; the segmenter ends a sentence at each line break, and the
 * label alone says nothing.
 */
const LABEL_OVER_LINE = /(?<=[\p{L}\p{N})'’"”])[ \t]*:[ \t]*\r?\n[ \t]*(?![-*•+][ \t]|\d{1,3}[.)][ \t]|\[[ xX]?\])(?=\S)/gu;

/** A line that labels the lines under it in a note: one to four words, the first capitalised, no stop nor a verb's ending ("Cheat day", "Shopping", "Car insurance"). */
const LABEL_LINE = /^\p{Lu}[\p{L}'’&-]*(?:\s+[\p{L}\p{N}'’&-]+){0,3}$/u;

/**
 * `sentences` of a note's paragraph (`text`), a line that labels the line under it said as its label
 * ("Cheat day" "Dishoom with the work lot, …" → "Cheat day: Dishoom with the work lot, …", which the
 * facts tell as "The user's cheat day: …"), as a Markdown heading is: alone, a verbless line says nothing
 * and was lost.
 */
export function withLineLabels(sentences: Sentence[], text: string): Sentence[] {
  const out: Sentence[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const [s, next] = [sentences[i]!, sentences[i + 1]];
    const label = s.text.trim();
    const under = () => new RegExp(`${escapeRegExp(label)}[^\\S\\n]*\\r?\\n\\s*${escapeRegExp(next!.text.slice(0, 20))}`).test(text);
    if (next && LABEL_LINE.test(label) && under() && !nlp(label).has("#Verb")) {
      out.push(parseSentence(`${label}: ${next.text}`));
      i++;
    } else out.push(s);
  }
  return out;
}

/**
 * Informal clippings and their whole words: "biz", "fam", "fave", "bday", "gf" … (not "info", which
 * opens email addresses, nor "pic", which the rules for pictures shared read as it is).
 */
const CLIPPED_WORDS: Record<string, string> = {
  biz: "business",
  fam: "family",
  fave: "favorite",
  faves: "favorites",
  edu: "education",
  convo: "conversation",
  convos: "conversations",
  bday: "birthday",
  bdays: "birthdays",
  gf: "girlfriend",
  bf: "boyfriend",
};

/** A clipping of {@link CLIPPED_WORDS} as a word of prose: not part of an address, a path or a domain ("shop.biz", "x.edu", "fam@…"). */
const CLIPPED = new RegExp(`(?<![\\p{L}\\p{N}@./_-])(?:${Object.keys(CLIPPED_WORDS).join("|")})(?![\\p{L}\\p{N}@/_-]|\\.\\p{L})`, "giu");

/**
 * A clipping's whole word, capitalised as the clipping is: "biz" → "business", "Biz" → "Business". One in
 * capitals is an initialism as written ("marked GF" is gluten-free), but someone's ("my GF") is theirs: "my girlfriend".
 * `at` is where `word` starts in `text`.
 */
const unclip = (word: string, at: number, text: string) => {
  const whole = CLIPPED_WORDS[word.toLowerCase()]!;
  if (word === word.toUpperCase()) return SOMEONES.test(text.slice(Math.max(0, at - 8), at)) ? whole : word;
  return /^\p{Lu}/u.test(word) ? capitalise(whole) : whole;
};

/** A possessive determiner just before a word: "my ", "their ". */
const SOMEONES = /\b(?:my|our|his|her|their|your)\s+$/i;

/** `text` with its informal clippings said whole ({@link CLIPPED_WORDS}: "a successful biz" → "a successful business"), as sentences are read. */
export function unclipped(text: string): string {
  return text.replace(CLIPPED, unclip);
}

/** A quote mark opening a quotation (at the start, after a space or a bracket), then spaces. */
const OPENED_ON_SPACE = /(?<=^|[\s([{])(["“‘])[^\S\n]+(?=\S)/g;

/** A "+1" agreeing with what it names, opening a sentence: "+1 to dropping it" is "I vote for dropping it". */
const PLUS_ONE_TO = /(^|[.!?]\s+)\+1\s+(?:to|for|on)\s+(?=\p{L})/giu;

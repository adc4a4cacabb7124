import nlp from "compromise";
import { DAY_NAMES, MONTH_NAMES, NAME_TITLES } from "../time/mentions.js";
import { LruCache } from "../util/lru.js";
import { escapeRegExp } from "../util/quote.js";
import { installFastSweep } from "./compromise-sweep.js";

installFastSweep();
// compromise's last parse step splits a sentence into chunks (noun, verb, adjective phrases), ~8 % of
// a parse; only `nouns()` reads them (its `<Noun>` match; `verbs()` does without), so nounPhrases
// computes them for the few sentences it is asked about, not every sentence parsed
const world = (nlp as unknown as { world(): { hooks: string[] } }).world();
world.hooks = world.hooks.filter((hook) => hook !== "chunks");

/** A compromise document or match. */
export type View = ReturnType<typeof nlp>;

/** One term of a parsed sentence (compromise's JSON view, contractions expanded). */
export interface Term {
  text: string;
  pre: string;
  post: string;
  /** lower-cased, punctuation-free form */
  normal: string;
  tags: Set<string>;
}

/** A sentence of a source, parsed once and shared by the extractors. */
export interface Sentence {
  /** The sentence as written (trimmed). */
  text: string;
  /** The compromise document (contractions expanded), for pattern matching; null when not parsed. */
  doc: View | null;
  /** compromise terms, first-person and negative contractions expanded ("I'm" → "I", "am"; "don't" → "do", "not"); empty when not parsed. */
  terms: Term[];
  /** Ends with a question mark. */
  question: boolean;
  /** Contains I / me / my / mine / myself. */
  firstPerson: boolean;
  /** Contains we / us / our / ours (and no singular first person). */
  firstPlural: boolean;
  /** Contains a past-tense verb (used to resolve bare weekdays backwards). */
  past: boolean;
  /**
   * People, places and organisations compromise found, capitalised ones only (names as written,
   * trailing punctuation removed); a name said as the title of a work or as a breed is a thing (namesAWork).
   */
  entities: Array<{ name: string; kind: "person" | "place" | "organisation" | "thing" }>;
}

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

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
const FIRST_PERSON = new Set(["i", "me", "my", "mine", "myself"]);

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
 * The sentences of `text` in order, each as written (with its trailing space) and its offset (UTF-16
 * code units), by the ICU sentence segmenter (Intl.Segmenter): the segmenter ends a sentence at
 * "J.K.", "George R." and "Dr.", where the name goes on in the next, so such a segment is joined to
 * the one after it ({@link BEFORE_A_NAME}); and at an "!" or "?" followed by a preposition in lower case, a
 * name's or a title's ("by Wham! at 18:49", ""Standing desk frame - thanks!" on Sunday"), where no sentence
 * ends (a chat's "I did! the sky was gorgeous" is two).
 */
export function* sentenceSpans(text: string): Generator<{ text: string; index: number }> {
  let held: { text: string; index: number } | null = null;
  for (const seg of segmenter.segment(text)) {
    // ("No." holds only its number: "Hague Blue No. 30"; an "!" only what goes on in lower case)
    if (held && ((BEFORE_A_NUMBER.test(held.text) && !/^\d/.test(seg.segment)) || (heldOnlyForLowerCase(held.text) && !GOES_ON.test(seg.segment)))) {
      yield* atLowerCaseStops(held);
      held = null;
    }
    const span: { text: string; index: number } = held ? { text: held.text + seg.segment, index: held.index } : { text: seg.segment, index: seg.index };
    if (BEFORE_A_NAME.test(span.text) || BEFORE_A_NUMBER.test(span.text) || inQuotes(span.text) || EXCLAIMED.test(span.text)) held = span;
    else {
      held = null;
      yield* atLowerCaseStops(span);
    }
  }
  if (held) yield* atLowerCaseStops(held);
}

/** Text that ends on an "!" or a "?" (and a closing quote or bracket): a sentence's end, unless what follows goes on ({@link GOES_ON}). */
const EXCLAIMED = /[!?]+["”’')\]]*\s*$/;

/** A preposition in lower case, which goes on with the sentence before it ("Wham! at 18:49"). */
const GOES_ON = /^(?:at|on|in|for|from|to|by|with|of|via|after|before|until|till|during|near|since|into|onto|than|per)\b/;

/** Whether `text` is held only for {@link EXCLAIMED}, not for a name, a number or an open quotation that goes on whatever follows. */
function heldOnlyForLowerCase(text: string): boolean {
  return EXCLAIMED.test(text) && !BEFORE_A_NAME.test(text) && !BEFORE_A_NUMBER.test(text) && !inQuotes(text);
}

/** A quote mark opening a quotation (at the start, after a space or a bracket), then spaces. */
const OPENED_ON_SPACE = /(?<=^|[\s([{])(["“‘])[^\S\n]+(?=\S)/g;

/** The most characters a quotation is held open over sentences: past it, a quote mark is taken for a stray one (an inch's). */
const MAX_QUOTED_CHARS = 600;

/**
 * Whether `text` ends inside a quotation (a straight double quote opened and not closed, or more “
 * than ”) that opened within {@link MAX_QUOTED_CHARS}: the sentences quoted ("with the message "Happy birthday
 * Mum! See you at Christmas."") are one with the sentence that quotes them.
 */
function inQuotes(text: string): boolean {
  if (text.length > MAX_QUOTED_CHARS) return false;
  // (a straight mark opens a quotation at the start or after a space or a bracket, and closes an open
  // one; any other is no quote's: an inch's, 5")
  let straight = false;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) {
    if (straight) straight = false;
    else if (i === 0 || /[\s([{]/.test(text[i - 1]!)) straight = true;
  }
  return straight || text.split("“").length > text.split("”").length;
}

/** Text that ends on what goes on with a number: "No.", "Nos.", "Nr." written with a capital ("Hague Blue No. 30"; "she said no." ends). */
const BEFORE_A_NUMBER = /\b(?:No|Nos|Nr)\.\s*$/;

/**
 * A full stop between a word and a lower-case one, where a text in lower case ends a sentence ("at the
 * wall. btw I got …"); or between a word and a number a lower-case word follows, where the segmenter
 * (Unicode's rule SB8) ends none ("you were amazing. 45 loaves and every single cinnamon knot gone by 1pm").
 */
const LOWER_CASE_STOP = /(?<=[\p{L}\p{N})"”'’])(?<!\.[\p{L}\p{N})"”'’]*)\.\s+(?=\p{Ll})|(?<=\p{Ll}{2})(?<!\.\p{L}*)\.\s+(?=\d[\d,.]*\s+\p{Ll})/gu;
/** Words a full stop ends without ending the sentence ("e.g.", "etc.", "approx.", a note's "incl.", "excl.", "tel."). */
const ABBREVIATION = new RegExp(
  `(?:^|[\\s(])(?:e\\.g|i\\.e|etc|vs|approx|a\\.m|p\\.m|no|${NAME_TITLES}|inc|incl|excl|esp|est|dept|tel|ref|ltd|co|corp|bros|jr|sr|min|max|fig|vol|ca|cf|al|\\p{L})$`,
  "iu",
);

/** A day's or a month's name cut short, with its capital ("on Tues. 5 pm", "5 Dec. 10 am"; not "the cat sat."). */
const DAY_OR_MONTH_SHORT = /(?:^|[\s(])(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;

/**
 * `span` split where the segmenter ended no sentence, at a full stop before a lower-case word (chats
 * written in lower case: "6:30 at the wall. btw I got the job") or a number and one ("… amazing. 45
 * loaves …"); not after an abbreviation ("approx. 45 people", "on Tues. 5 pm") or a single letter, nor at an ellipsis.
 */
function* atLowerCaseStops(span: { text: string; index: number }): Generator<{ text: string; index: number }> {
  let from = 0;
  for (const m of span.text.matchAll(LOWER_CASE_STOP)) {
    const before = span.text.slice(0, m.index);
    if (ABBREVIATION.test(before) || DAY_OR_MONTH_SHORT.test(before)) continue;
    const to = m.index + m[0].length;
    yield { text: span.text.slice(from, to), index: span.index + from };
    from = to;
  }
  yield from === 0 ? span : { text: span.text.slice(from), index: span.index + from };
}

/**
 * Text that ends on what goes on with a name: initials ("J.K."), an initial after a capitalised word
 * ("George R.", "R. R."), or a title ("Dr.", "Mrs.", "St."); "My favourite letter is B." ends.
 */
const BEFORE_A_NAME = new RegExp(`(?:(?:\\b\\p{Lu}\\.){2,}|\\b\\p{Lu}[\\p{L}.]*\\s+\\p{Lu}\\.|\\b(?:${NAME_TITLES})\\.)\\s*$`, "u");

/** A sentence that ends with a question mark (before closing quotes or brackets). */
export function isQuestion(text: string): boolean {
  return /\?\s*["')\]]*\s*$/.test(text);
}

const FIRST_PERSON_RE = /\b(i|me|my|mine|myself|we|us|our|ours)\b/i;
const FIRST_PLURAL = new Set(["we", "us", "our", "ours"]);
const NAME_RE = /\s\p{Lu}/u;

/** Month, weekday and season names, which compromise sometimes tags as a person ("August's been eventful"). */
const CALENDAR_NAMES = new RegExp(`^(?:${MONTH_NAMES}|${DAY_NAMES}|spring|summer|autumn|fall|winter)$`, "i");
/** A lower-case word inside a name other than a particle: "Chelsea match", "Hawaiian pizza" are no names ("The Cliffs of Moher" is). */
const COMMON_WORD_IN_NAME = /\s(?!(?:of|the|de|da|del|van|von|la|le|du|and|for|on|upon)\b)\p{Ll}/u;

/**
 * The names compromise found, as entities of `kind`: trimmed of punctuation and a possessive "'s",
 * without common words and calendar names, a person without the lower-case words before their name
 * ("sister Jill" is Jill). A place written with the region or country it is in
 * ("Edinburgh, Scotland", which compromise reads as one place) is two places, so the city said alone
 * later is the same entity; a name in brackets after another is a name of its own.
 */
function names(list: { out(format: "array"): string[] }, kind: Sentence["entities"][number]["kind"]): Sentence["entities"] {
  return (
    list
      .out("array")
      .flatMap((n) => (kind === "place" ? n.split(/,\s+(?=\p{Lu})/u) : [n]))
      // (a name in brackets after another is a name of its own: "Dr Hussain (Omar took him)")
      .flatMap((n) => n.split(/\s*[()[\]]\s*/))
      .map((n) => n.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "").replace(/['’]s$/i, ""))
      // (a person after who they are to the speaker: "sister Jill", which compromise reads as one name, is Jill)
      .map((n) => (kind === "person" ? n.replace(/^(?:\p{Ll}[\p{L}'’-]*\s+)+(?=\p{Lu})/u, "") : n))
      // (nor a day after it, which compromise may read as a last name: "ring Auntie Jo tonight")
      .map((n) => (kind === "person" ? n.replace(/\s+(?:tonight|today|tomorrow|yesterday)$/i, "") : n))
      .filter((n) => n.length > 1 && /^\p{Lu}/u.test(n) && !COMMON_WORD_IN_NAME.test(n) && !(kind === "person" && CALENDAR_NAMES.test(n)))
      .map((name) => ({ name, kind }))
  );
}

/** compromise's lexicon (word → tag), to tell a word it knows from one it guessed by its suffix. */
const LEXICON = (nlp as unknown as { model(): { one: { lexicon: Record<string, unknown> } } }).model().one.lexicon;

/**
 * Whether a capitalised word (without "'s") may be a person's name by what compromise's lexicon
 * knows of it: one it knows only as a name or as a bare noun that is also a name ("Leo", "Maya",
 * "Daisy"), or, with `unknown`, a word it does not know ("Bluebell"); not one it knows as a common
 * word ("Mom", "Today", "Everyone").
 */
export function mayBeName(word: string, opts: { unknown: boolean } = { unknown: true }): boolean {
  const known = [LEXICON[word.toLowerCase()] ?? []].flat() as string[];
  return (opts.unknown || known.length > 0) && known.every((tag) => tag === "Noun" || /Name$/.test(tag));
}

/** Whether compromise's lexicon knows `word` (any case) at all: "Sora", "Cotham" and "booked" it does not. */
export function knownWord(word: string): boolean {
  return LEXICON[word.toLowerCase()] !== undefined;
}

/**
 * Whether one word is a common word by compromise's lexicon, never a person's name: it knows the
 * word and only as a common noun, a verb or a question word ("Budget", "Notes", "Where", "Phone"),
 * not as a name, a bare noun that is also a name ("Leo", "Daisy"), who someone is ("Mom"), a modal
 * ("Will") or a month ("June"). A word it does not know ("Attendees", "Priya") is not.
 */
export function isCommonWord(word: string): boolean {
  const known = [LEXICON[word.toLowerCase()] ?? []].flat() as string[];
  return known.length > 0 && known.every((tag) => !/Name$|^(?:Noun|Actor|Modal|Month)$/.test(tag));
}

/** Verbs after which an "-ing" word is the activity done ("doing kickboxing", "took up boxing"). */
const DOES_ACTIVITY =
  /^(?:do|does|doing|did|done|start|starts|started|starting|try|tries|tried|trying|took|take|taking|practice|practicing|learn|learning|learned|enjoy|enjoys|enjoyed|love|loves|loved|began|begun|quit)$/;
/** "-ing" words that judge, feel or hear rather than name an activity ("doing amazing", "I love hearing about it"). */
const NO_ACTIVITY =
  /^(?:hearing|seeing|knowing|talking|chatting|amazing|exciting|interesting|inspiring|relaxing|rewarding|challenging|fulfilling|satisfying|amusing|boring|annoying|refreshing|surprising|encouraging|thrilling|stunning|touching|charming|loving|caring|willing|outstanding|promising|welcoming|overwhelming|disappointing|frustrating|exhausting)$/;

/**
 * Tags, in place, an "-ing" word after a verb of doing, with no noun after it, as the activity done
 * (tag "Activity", and a gerund when compromise took it for an adjective): in "I'm doing kickboxing
 * and it's giving me so much energy" kickboxing is what the sentence is about, so it names a thing
 * (informative.ts `vague`); "doing amazing" and "started exciting projects" stay as tagged.
 */
function markActivities(terms: Term[]): void {
  terms.forEach((t, i) => {
    const next = terms[i + 1];
    if (!/ing$/.test(t.normal) || NO_ACTIVITY.test(t.normal) || !DOES_ACTIVITY.test(terms[i - 1]?.normal ?? "")) return;
    if (!(t.tags.has("Gerund") || t.tags.has("Adjective")) || next?.tags.has("Noun") || next?.tags.has("Adjective")) return;
    t.tags = new Set(["Gerund", "Verb", "PresentTense", "Activity"]);
  });
}

/**
 * A name compromise took for an adverb by its "-ly" ("Tilly helps me stay focused and brings me so
 * much joy"): a capitalised first word it does not know, whose stem is no adjective it knows
 * ("Finally" is "final" + "ly", "Happily" "happy"), before a verb in the third person singular.
 */
function nameGuessedAsAdverb(terms: Term[]): string | null {
  const [first, next] = terms;
  if (!first || !next || !/^\p{Lu}\p{Ll}+ly$/u.test(first.text) || !first.tags.has("Adverb") || first.normal in LEXICON) return null;
  const stems = [first.normal.slice(0, -2), first.normal.replace(/ily$/, "y")];
  if (stems.some((w) => LEXICON[w] === "Adjective")) return null;
  return next.tags.has("PresentTense") && /[^s]s$/.test(next.normal) ? first.text : null;
}

/**
 * Nouns that a title or a franchise names but a person's name does not: "a Harry Potter movie", "the
 * Star Wars universe", "a Harry Potter fan project" ("a Taylor Swift concert", "a Taylor Swift fan" are
 * a person's).
 */
const WORK_AFTER =
  "(?:universe|franchise|series|saga|trilogy|books?|novels?|movies?|films?|games?|tournaments?|fandom|theme|trivia|merch|fan (?:project|fiction|club|art|theory|convention))";

/** Nouns after which a name is a breed ("Two of them are Jack Russell mixes", "a Chihuahua puppy"). */
const BREED_AFTER = "(?:mix(?:es)?|breeds?|pupp(?:y|ies)|pups?|terriers?)";

/** Verbs whose object is a game or a book ("I'd play Super Mario and The Legend of Zelda", "reading Dune"). */
const PLAYED = "(?:[Pp]lay(?:s|ed|ing)?|[Rr]ead(?:s|ing)?)";
/** Nouns before a title ("the game Mario", "the book Dune"). */
const WORK_BEFORE = "(?:game|book|novel|movie|film|show|series|song|album)";

/** A WORK_AFTER or BREED_AFTER noun, a PLAYED verb, a WORK_BEFORE noun or a quote anywhere: without one, no name of the sentence is a work or a breed. */
const WORK_OR_BREED_NOUN = new RegExp(`\\b(?:${WORK_AFTER}|${BREED_AFTER}|${PLAYED}|${WORK_BEFORE})\\b|["“]`, "i");

/**
 * Whether `text` says `name` as the title of a work (after an article and before a WORK_AFTER noun,
 * after "the game" or another WORK_BEFORE noun, in quotes, or as what is played or read) or as a
 * breed (before a BREED_AFTER noun). A name's own pattern is compiled only for a sentence
 * that holds such a noun (WORK_OR_BREED_NOUN), so most sentences compile none.
 */
function namesAWork(text: string, name: string): boolean {
  if (!WORK_OR_BREED_NOUN.test(text)) return false;
  const said = escapeRegExp(name);
  if (
    quoted(text, name) ||
    new RegExp(
      `\\b(?:a|an|the|my|our|this|that)\\s+(?:\\p{L}+\\s+)?${said}\\s+${WORK_AFTER}\\b|\\b${said}\\s+${BREED_AFTER}\\b|` +
        `\\b(?:the|a)\\s+${WORK_BEFORE}\\s+${said}\\b`,
      "iu",
    ).test(text)
  )
    return true;
  // (after "play" or "read", with the other titles of a list before it: case-sensitive, so that the
  // words between are titles, not "playing with Max")
  return new RegExp(`\\b${PLAYED}\\s+(?:(?:[Tt]he|[Aa])\\s+)?(?:\\p{Lu}[\\p{L}'’:-]*(?:\\s+(?:of|the|and|&))*,?\\s+)*?${said}\\b`, "u").test(text);
}

/** A verb of watching, reading, hearing or getting through a work ("Watched", "Finished", "listened to"). */
const VIEWED = "(?:[Ww]atch(?:ed|ing)?|[Rr]e-?watch(?:ed|ing)?|[Ss]aw|[Ss]een|[Ff]inish(?:ed|ing)|[Ss]tart(?:ed|ing)|[Ll]isten(?:ed|ing) to|[Rr]ead(?:ing)?)";

/** Capitalised words after a possessive that are the person's family or home, not a title's ("Jacob's Mum"). */
const KIN_OR_HOME =
  "(?:Mum|Mom|Mam|Dad|Mother|Father|Sister|Brother|Wife|Husband|Partner|Girlfriend|Boyfriend|Son|Daughter|Family|Parents|Grandma|Grandpa|Nan|Auntie|Aunt|Uncle|Cousin|House|Place|Flat)\\b";

/**
 * Whether `text` says `name` with a possessive that opens a title, watched, read or heard ("Watched
 * Jacob's Ladder", "Finished Schindler's List, then Sophie's Choice"): after a {@link VIEWED} verb,
 * directly or after a comma, "and" or "then", before a capitalised word that is no {@link KIN_OR_HOME}.
 */
function possessiveTitle(text: string, name: string): boolean {
  return new RegExp(`\\b${VIEWED}\\s+(?:[^.!?;]*?(?:,|\\band\\b|\\bthen\\b)\\s+)?${escapeRegExp(name)}['’]s\\s+(?!${KIN_OR_HOME})\\p{Lu}`, "u").test(text);
}

/** Whether `text` says `name` inside a title in quotes ("I loved "Becoming Nicole"", "Kingkiller Chronicle" in quotes). */
function quoted(text: string, name: string): boolean {
  return /["“]/.test(text) && new RegExp(`["“][^"“”]*?\\b${escapeRegExp(name)}[,.!?]?["”]`, "u").test(text);
}

/** Whether `words` are said inside double quotes in `text` ("…" or “…”). */
function withinQuotes(text: string, words: string): boolean {
  return /["“]/.test(text) && new RegExp(`["“][^"“”]*?(?<![\\p{L}'’])${escapeRegExp(words)}(?![\\p{L}])[^"“”]*["”]`, "u").test(text);
}

/**
 * Parses one sentence with compromise (see {@link Sentence}). Sentences with no first-person word
 * and no capitalised word after the first are not worth a full parse (nothing to extract): they get
 * no terms, which keeps processing fast.
 */
export function parseSentence(text: string): Sentence {
  if (!FIRST_PERSON_RE.test(text) && !NAME_RE.test(text)) {
    return { text, doc: null, terms: [], question: isQuestion(text), firstPerson: false, firstPlural: false, past: false, entities: [] };
  }
  return cachedParse(text);
}

/**
 * `s` with its terms and entities even when {@link parseSentence} skipped the parse (no first-person
 * word, no capitalised word after the first): for a short answer, whose one noun ("Pepperoni of
 * course!") is what it says.
 */
export function fullyParsed(s: Sentence): Sentence {
  return s.doc ? s : cachedParse(s.text);
}

/** `text` parsed with compromise, from {@link parsedSentences} when it was parsed lately. */
function cachedParse(text: string): Sentence {
  let s = parsedSentences.get(text);
  if (!s) {
    s = parseWithCompromise(text);
    parsedSentences.set(text, s);
  }
  return s;
}

/**
 * The last sentences parsed with compromise, by text (least recently used first). The same sentence
 * comes back often: greetings and thanks ("Thanks, Caroline!"), a statement whose "I" was dropped
 * (parsed again with it each time a batch that continues its session extracts its facts), a message
 * quoted or pasted twice. A parsed sentence is read-only
 * (its users copy its terms before changing them; compromise's match, nouns and json do not change
 * a document), so one object can serve every use.
 */
const parsedSentences = new LruCache<string, Sentence>(1_000);

function parseWithCompromise(text: string): Sentence {
  const doc = nlp(text);
  // people(), places() and organizations() match #Person, #Place|#Address and #Organization terms:
  // a sentence without such a tag has none of them (their splitting and matching is ~10% of a parse)
  const tagged = new Set<string>();
  // a contraction's terms carry their expansion (`implicit`); contractions() matches only those
  let contracted = false;
  for (const sentence of doc.docs as Array<Array<{ tags: Set<string>; implicit?: string }>>) {
    for (const t of sentence) {
      for (const tag of t.tags) tagged.add(tag);
      if (t.implicit) contracted = true;
    }
  }
  const asThing = (e: Sentence["entities"][number]): Sentence["entities"][number] =>
    namesAWork(text, e.name) || possessiveTitle(text, e.name) ? { ...e, kind: "thing" } : e;
  const entities = [
    ...(tagged.has("Person") ? names(doc.people(), "person").map(asThing) : []),
    ...(tagged.has("Place") || tagged.has("Address") ? names(doc.places(), "place").map(asThing) : []),
    // (an organisation's name before "game" is its league or maker, "an NBA game": only quotes make it a title)
    ...(tagged.has("Organization") ? names(doc.organizations(), "organisation").map((e) => (quoted(text, e.name) ? { ...e, kind: "thing" as const } : e)) : []),
  ];
  // only the contractions a third-person rewrite needs ("I'm" → "I am" → "Caroline is", "don't" → "do
  // not" → "does not"); an "'s" is left as written, as compromise cannot tell "is" from a possessive
  // ("Here's" → "Here has", "Ed Sheeran's song" → "Ed Sheeran is song")
  if (contracted)
    doc.contractions().forEach((m) => {
      // (not in quotes, kept as written: "Don't Stop Me Now")
      if (m.has(EXPANDED_CONTRACTION) && !withinQuotes(text, m.text().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ""))) (m as unknown as View).contractions().expand();
    });
  const json = doc.json() as Array<{ terms: Array<{ text: string; pre: string; post: string; normal: string; tags: string[] }> }>;
  const terms: Term[] = json
    .flatMap((s) => s.terms.map((t) => ({ text: t.text, pre: t.pre, post: t.post, normal: t.normal, tags: new Set(t.tags) })))
    // "we've gotta" expands to "we have have got to": "have" is never said twice in a row
    .filter((t, i, all) => !(t.normal === "have" && all[i - 1]?.normal === "have"));
  markActivities(terms);
  for (const name of [nameGuessedAsAdverb(terms), ...namedByRelation(terms)])
    if (name && !entities.some((e) => e.name === name)) entities.push({ name, kind: "person" });
  const firstPerson = terms.some((t) => FIRST_PERSON.has(t.normal));
  return {
    text,
    doc,
    terms,
    question: isQuestion(text),
    firstPerson,
    firstPlural: !firstPerson && terms.some((t) => FIRST_PLURAL.has(t.normal)),
    past: saysPast(terms),
    entities,
  };
}

/** Past verbs that report or settle what a clause after them says ("We decided the offsite is in Lisbon", "She said the party is on Friday"). */
const REPORTING =
  /^(?:decided|said|told|agreed|confirmed|announced|heard|learned|learnt|found|realised|realized|mentioned|wrote|promised|emailed|texted|messaged|replied)$/;
/** Whether `t` is a verb of the present or the future ("is", "'s", "are", "starts", "will"). */
export function presentOrFuture(t: Term): boolean {
  return t.tags.has("PresentTense") || t.tags.has("Modal") || /^(?:is|are|am|will|shall)$/.test(t.normal);
}

/**
 * Whether `terms` say something in the past tense: a past verb, but for one that reports or settles a
 * present or future clause after it, whose dates are that clause's ("We decided the team offsite is in
 * Lisbon, 14–16 October", said in September: October to come, not last October), for "have got",
 * which is to have ("I've got the hackathon on Saturday 21st"), and for "I meant", which corrects what
 * was said ("Sorry, I meant Saturday 14th").
 */
export function saysPast(terms: Term[]): boolean {
  // (an infinitive is no clause of its own: "never heard of James's desire to cook"; nor is a base form
  // after one thing named, which no verb of its agrees with: "found your old train set in the loft")
  const finite = (j: number) => presentOrFuture(terms[j]!) && terms[j - 1]?.normal !== "to" && !baseFormAfterThing(terms, j);
  return terms.some(
    (t, i) =>
      (t.tags.has("PastTense") || (t.tags.has("Verb") && IRREGULAR_PAST.has(t.normal))) &&
      !wantedDone(terms, i) &&
      // ("have got" is to have: "I've got the hackathon on Saturday 21st" is a day to come)
      !(t.normal === "got" && /^(?:have|has)$/.test(terms[i - 1]?.normal ?? "")) &&
      // ("I meant" corrects what was said: "Sorry, I meant Saturday 14th" is the day meant, to come; not "meant to")
      !(t.normal === "meant" && terms[i + 1]?.normal !== "to") &&
      !PRESENT_BE.test(terms[i - 1]?.normal ?? "") &&
      !(REPORTING.test(t.normal) && terms.some((_, j) => j > i && finite(j))),
  );
}

/**
 * Whether the term at `j` is a verb's base form right after one thing named, which no verb agrees
 * with ("your old train set", "a spare bike lock"): the tagger's verb is the phrase's last noun.
 */
export function baseFormAfterThing(terms: Term[], j: number): boolean {
  const before = terms[j - 1];
  return terms[j]!.tags.has("Infinitive") && before?.tags.has("Noun") === true && !before.tags.has("Pronoun") && !before.tags.has("Plural");
}

/** Determiners before a noun, which no verb follows: "this", "the", "my" … (not "that", which may open a clause: "I think that works"). */
const NOUN_DETERMINER = /^(?:this|these|those|the|a|an|my|our|your|his|her|their)$/;

/**
 * Whether the term at `j` is a verb's base form right after a determiner, which no verb follows: the
 * tagger's verb is a noun ("I picked this color because it's bright", "color" read as a verb), as
 * {@link baseFormAfterThing} is after a noun.
 */
export function baseFormAfterDeterminer(terms: Term[], j: number): boolean {
  return j > 0 && NOUN_DETERMINER.test(terms[j - 1]!.normal) && terms[j]!.tags.has("Infinitive");
}

/**
 * Past forms of irregular verbs, which the tagger reads as the present in a phrasal verb ("The server
 * went down in March": "went" tagged an infinitive) and are never a present form (not "read", "put", "cut").
 */
const IRREGULAR_PAST = new Set(
  (
    "went came took gave saw ran ate broke fell left bought brought sold told found lost won paid sent spent met sat stood flew drove " +
    "wrote rode swam began drank sang threw grew knew blew caught taught thought fought built kept slept felt heard held made said " +
    "woke wore tore shook forgot chose froze spoke stole"
  ).split(" "),
);

/** A present "be" before a participle, which is then a state or a passive of the present ("the gym is closed on Monday"). */
const PRESENT_BE = /^(?:is|are|am|be)$/;

/** Verbs of the present that want their object in a state to come ("wants the page shipped", "need the boiler serviced"). */
const WANTING = /^(?:want|wants|need|needs|expect|expects|prefer|prefers|would like|'d like)$/;

/**
 * Whether the past participle at `i` ("-ed") says the state a verb of wanting wants its object in
 * ("she wants the pricing page shipped before 15 January"): what is wanted is to come, not past.
 */
function wantedDone(terms: Term[], i: number): boolean {
  if (!/ed$/.test(terms[i]!.normal)) return false;
  for (let p = i - 1; p >= 0 && i - p <= 6; p--) {
    const t = terms[p]!;
    if (WANTING.test(t.normal)) return p < i - 1;
    if (!(t.tags.has("Determiner") || t.tags.has("Adjective") || t.tags.has("Noun")) || t.tags.has("Pronoun") || /[,.!?;:]/.test(t.post)) return false;
  }
  return false;
}

/** A possessive before who someone is to its owner ("my dog", "our puppy"). */
const OWNER = /^(?:my|our|his|her|their|your)$/;
/** Tags of a word that is no name, though capitalised ("My mom Is here", "My sister Loves it"): as compromise tagged it, or as its lexicon knows it. */
const NO_NAME_TAGS =
  /^(?:Verb|Copula|Modal|Auxiliary|PresentTense|PastTense|Infinitive|Gerund|Preposition|Determiner|Conjunction|Adverb|Pronoun|Adjective|Comparative|Superlative)$/;

/**
 * Names said right after who they are to their owner, which compromise does not know as names ("my
 * dog Biscuit", "our puppy Max"): a capitalised word after a possessive and a word of NAMED_BY, not a
 * calendar name nor a word compromise tags as some other part of speech. Names as written, without "'s".
 */
function namedByRelation(terms: Term[]): string[] {
  return terms.flatMap((t, i) => {
    const name = t.text.replace(/['’]s$/i, "");
    if (i < 2 || t.tags.has("Person") || !/^\p{Lu}\p{Ll}+$/u.test(name) || CALENDAR_NAMES.test(name)) return [];
    if (!OWNER.test(terms[i - 2]!.normal) || !NAMED_BY.has(terms[i - 1]!.normal)) return [];
    const known = [LEXICON[t.normal] ?? []].flat() as string[];
    return [...t.tags, ...known].some((tag) => NO_NAME_TAGS.test(tag)) ? [] : [name];
  });
}

/**
 * Nouns that name a feeling, a value or life in general, not a thing, a place or an event (lower case):
 * a fact made only of them is a truism (facts.ts), a topic headed by one says nothing (summary.ts).
 */
export const ABSTRACT_NOUNS: ReadonlySet<string> = new Set(
  (
    "journey growth learning life lives moment moments memory memories joy happiness impact difference break passion passions support inspiration " +
    "progress motivation attitude feeling feelings experience experiences effort efforts perspective perspectives reminder strength love care kindness " +
    "positivity peace energy courage confidence balance success world feedback " +
    "opportunity opportunities chance challenge challenges struggle struggles fun blast lot lots heart mind soul sense thought thoughts idea ideas " +
    "help encouragement advice words belief beliefs value values dream dreams hope hopes goal goals fear fears emotion emotions mood vibe vibes " +
    "patience determination dedication resilience appreciation gratitude comfort relief pride part meaning purpose power bond bonds connection connections"
  ).split(" "),
);

/** A compromise match pattern parsed once (`nlp.parseMatch`), for `match` and `has`. */
export type CompiledMatch = ReturnType<typeof nlp.parseMatch>;

/**
 * Parses a compromise match pattern once, for patterns used on every sentence (compromise parses a
 * string pattern on each call). Only for `match`, `has` and the like, which read a parsed pattern:
 * `growLeft`, `growRight` and `join` write to the one they are given.
 */
export function compileMatch(pattern: string): CompiledMatch {
  return nlp.parseMatch(pattern);
}

const EXPANDED_CONTRACTION = compileMatch("(i|we|#Negative)");

const nounCache = new WeakMap<View, string[]>();

/**
 * The noun phrases compromise finds in a parsed sentence (`doc.nouns()`, as written), computed once
 * per sentence: a session's title looks at the same turns every time a batch continues it. Empty
 * for a sentence that was not parsed. Read-only.
 */
export function nounPhrases(s: Sentence): string[] {
  if (!s.doc) return [];
  let out = nounCache.get(s.doc);
  if (!out) {
    s.doc.compute("chunks");
    out = s.doc.nouns().out("array") as string[];
    nounCache.set(s.doc, out);
  }
  return out;
}

/**
 * The entities of `s` still said in `terms` (its terms after {@link withoutFillers}): a name said to
 * the listener ("Hey John, I'm good", "Andrew, I got …"), dropped with the opener, is not among them.
 */
export function entitiesSaid(s: Sentence, terms: Term[]): Sentence["entities"] {
  const said = new Set(terms.map((t) => t.normal));
  return s.entities.filter((e) =>
    e.name
      .toLowerCase()
      .split(/\s+/)
      .some((w) => said.has(w)),
  );
}

/** Joins terms back into text with their own spacing and punctuation. */
export function termsText(terms: Term[]): string {
  return terms
    .map((t, i) => `${i ? t.pre : t.pre.trimStart()}${t.text}${i < terms.length - 1 ? t.post : t.post.replace(/\s+$/, "")}`)
    .join("")
    .trim();
}

/** Words that open a sentence without saying anything ("Wow, …", "Yeah, so …", "By the way, …"). */
const FILLER_OPENERS = new Set([
  "oh",
  "wow",
  "whoa",
  "woah",
  "yeah",
  "yes",
  "yep",
  "yup",
  "hey",
  "hi",
  "hello",
  "haha",
  "hahaha",
  "lol",
  "omg",
  "well",
  "so",
  "anyway",
  "anyways",
  "btw",
  "okay",
  "ok",
  "aww",
  "awww",
  "awesome",
  "cool",
  "great",
  "perfect",
  "nice",
  "sure",
  "totally",
  "honestly",
  "actually",
  "man",
  "dude",
  "gosh",
  "ah",
  "ahh",
  "hmm",
  "um",
  "uh",
  "and",
  "but",
  "also",
  "plus",
  "yay",
  "ooh",
  "gee",
  "absolutely",
  "definitely",
  "right",
  "true",
  // (a turn of the argument set off by a comma: "Still, the photo is amazing")
  "still",
  "besides",
  "however",
  "otherwise",
  // (a group addressed: "guys my passport expires …", "ok team, Lisbon is booked")
  "guys",
  // (and one called by a pet name: "Hi love, Dad's op went fine")
  "love",
  "hun",
  "hon",
  "babe",
  "darling",
  "sweetie",
  "sweetheart",
  "mate",
  "team",
  "folks",
  "everyone",
]);
/** Openers dropped even without punctuation after them ("So I …", "And we …"). */
const BARE_OPENERS = new Set(["so", "and", "but", "also", "plus", "actually", "honestly", "guys", "ok", "okay"]);
/** Openers of several words with the same role, dropped whatever follows them (the first three also mid-sentence before a comma: "I can't eat gluten btw, so …"). */
const FILLER_PHRASES = [
  ["by", "the", "way"],
  ["you", "know"],
  ["btw"],
  ["to", "be", "honest"],
  ["guess", "what"],
  // how it goes, said before what does: "So far, so good - customers love …"
  ["so", "far", "so", "good"],
  ["oh", "my"],
  ["thank", "goodness"],
  // "Like I said, I do enjoy …": a reminder, not "I like"
  ["like", "i", "said"],
  ["as", "i", "said"],
  ["like", "i", "mentioned"],
  ["as", "i", "mentioned"],
  // a change of subject or of time, not part of what is said ("On another note, I just adopted …")
  ["on", "another", "note"],
  ["on", "a", "different", "note"],
  ["on", "a", "side", "note"],
  ["in", "the", "meantime"],
  ["speaking", "of", "which"],
  // asking to be remembered is no part of what is to be ("Remember that my car insurance renews on March 3")
  ["please", "remember", "that"],
  ["please", "remember"],
  ["remember", "that"],
  ["please", "note", "that"],
  ["note", "that"],
  ["do", "not", "forget", "that"],
  ["keep", "in", "mind", "that"],
  ["just", "so", "you", "know"],
  ["for", "the", "record"],
  ["for", "your", "information"],
  ["fyi"],
];
/** Openers that are fillers only when a comma or a stop ends them ("I see, so that's …", "I mean, …"; not "I see the sea"). */
const SET_OFF_PHRASES = [
  ["i", "see"],
  ["i", "mean"],
  // a shrug before what is said ("What can I say, I love turtles")
  ["what", "can", "i", "say"],
  // (and "of course," before what goes without saying: "And, of course, very tasty street food")
  ["of", "course"],
  // (and an avowal: "I'll be honest, one of the criteria for our apartment was this bar")
  ["i", "will", "be", "honest"],
  ["i", "must", "say"],
  ["i", "have", "to", "say"],
  ["i", "must", "admit"],
  ["i", "have", "to", "admit"],
  ["not", "gonna", "lie"],
  ["no", "way"],
  ["no", "doubt"],
  ["no", "kidding"],
  // (what the other said taken in, before what the speaker will do: "Got it, I'll bring orange slices")
  ["got", "it"],
  // (and agreed with, before what is so: "You're right, the deposit is £1,609.62")
  ["you're", "right"],
  ["you", "are", "right"],
  ["you're", "so", "right"],
  ["good", "point"],
  ["fair", "point"],
  ["good", "catch"],
  // news or a reminder announced before it is told ("Big news: I got a job at …", not "Great news is coming")
  ["big", "news"],
  ["good", "news"],
  ["great", "news"],
  ["exciting", "news"],
  ["some", "news"],
  ["news"],
  ["quick", "update"],
  ["update"],
  // and a reminder of what is told after it ("Reminder: Grandma's lunch is on Sunday 15 March")
  ["quick", "reminder"],
  ["friendly", "reminder"],
  ["reminder"],
  // and a favour announced before it is asked ("Huge favour to ask: could you feed Biscuit …?")
  ...["huge", "big", "quick", "small", ""].flatMap((size) =>
    ["favour", "favor"]
      .flatMap((f) => [
        [size, f, "to", "ask"],
        [size, f],
      ])
      .map((p) => p.filter(Boolean)),
  ),
];
/** Fillers set off by commas in the middle of a sentence: "I went, by the way, …", "… and, like I said, working on studies". */
const MID_SENTENCE_FILLERS = FILLER_PHRASES.filter((p) => /^(?:by the way|you know|btw|(?:like|as) i (?:said|mentioned))$/.test(p.join(" ")));
/** Intensifiers dropped before an adjective or adverb ("so powerful" → "powerful"): they add words, not facts. */
const INTENSIFIERS = new Set(["so", "really", "very", "super", "totally", "pretty", "quite", "truly", "absolutely", "incredibly", "extremely", "sooo", "soo"]);

/** The most words of an opening "Speaking of …," that turns to the news ("Speaking of special moments,"). */
const SPEAKING_OF_WORDS = 6;
/** The same opening in text: "Speaking of which, …", "Speaking of special moments, …". */
const SPEAKING_OF_OPENING = new RegExp(`^speaking\\s+of(?:\\s+[\\p{L}'’-]+){1,${SPEAKING_OF_WORDS - 2}}\\s*,\\s*(?=\\S)`, "iu");
/** A statement's closing "speaking of" or "speaking of which" (its last three terms, normalised). */
const SPEAKING_OF = /(?:^|\s)speaking of(?: which)?$/;
/** Words that end a statement by turning back to the talk, no part of what it states ("… on Friday though", "… anyway"). */
const TRAILING_FILLERS = new Set(["though", "tho", "anyway", "anyways", "lol", "haha", "hahaha"]);

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

/** Kisses that sign off a text ("… after work x", "xx"). */
const KISSES = /^x{1,4}$/;

/** Hedges dropped before a verb ("I really collect …" → "I collect …"). */
const HEDGES = new Set(["really", "totally", "definitely", "actually", "honestly", "literally", "basically", "truly"]);

function startsWithPhrase(terms: Term[], i: number, phrase: string[]): boolean {
  return phrase.every((w, k) => terms[i + k]?.normal === w);
}

/**
 * Drops what carries no fact from a sentence's terms: openers ("Wow,", "Yeah, so", "By the way,",
 * interjections, "Speaking of special moments,"), mid-sentence "you know" / "by the way", and intensifiers before an adjective or
 * adverb ("so powerful" → "powerful"). Returns a new array; the first kept term is capitalised.
 */
export function withoutFillers(input: Term[]): Term[] {
  const terms = input.map((t) => ({ ...t }));
  let start = 0;
  for (let changed = true; changed && start < terms.length; ) {
    changed = false;
    const t = terms[start]!;
    const phrase =
      FILLER_PHRASES.find((p) => startsWithPhrase(terms, start, p)) ??
      SET_OFF_PHRASES.find((p) => startsWithPhrase(terms, start, p) && /[,!.…:;–—-]/.test(terms[start + p.length - 1]!.post));
    if (phrase) {
      start += phrase.length;
      changed = true;
    } else if (t.normal === "1" && t.pre.trim() === "+" && terms[start + 1]) {
      // "+1, 8 December works for me": agreement with what was said before, no number of the statement
      start++;
      changed = true;
    } else if (t.normal === "for" && terms[start + 1]?.normal === "me" && terms[start + 2]?.normal === "i") {
      // "For me(,) I just get …" is "I just get …"
      start += 2;
      changed = true;
    } else if (FILLER_OPENERS.has(t.normal) || t.tags.has("Expression") || INTERJECTIONS.has(t.normal)) {
      // an opener only when it stands apart ("Wow, …", "So I …") — not "Great news is …"; an
      // interjection whatever follows it ("Woah Joanna, I won …")
      const next = terms[start + 1];
      // ("No regrets", "No pets right now": a "no" that says what there is not is part of the statement)
      const denies = t.normal === "no" && !/[,!.…:;-]/.test(t.post);
      // ("So much that I got tattoos of them": a result of what was said before, whose "so" is part of it)
      const result = t.normal === "so" && !/[,!.…:;-]/.test(t.post) && terms[start + 2]?.normal === "that";
      if (next && !denies && !result && (/[,!.…:;-]/.test(t.post) || BARE_OPENERS.has(t.normal) || t.tags.has("Expression") || INTERJECTIONS.has(t.normal))) {
        start++;
        changed = true;
      }
    }
  }
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
  // a name said to the listener ("Caroline, since we last chatted …") is not part of the statement
  if (terms[start]?.tags.has("Person") && /,/.test(terms[start]!.post) && terms[start + 1]) start++;
  const out: Term[] = [];
  for (let i = start; i < terms.length; i++) {
    const t = terms[i]!;
    const phrase = i > start ? MID_SENTENCE_FILLERS.find((p) => startsWithPhrase(terms, i, p)) : undefined;
    if (phrase && /[,]/.test(terms[i + phrase.length - 1]!.post)) {
      if (out.length) out[out.length - 1]!.post = out[out.length - 1]!.post.replace(/,\s*$/, " ") || " ";
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

/** Nouns an appositive name follows ("my brother, James", "our puppy, Max"): the name is no vocative. */
const NAMED_BY = new Set(
  "friend friends brother sister mom mum dad mother father husband wife partner son daughter cousin uncle aunt boyfriend girlfriend buddy pal colleague coworker boss teacher mentor neighbor neighbour grandma grandpa grandmother grandfather kid child baby dog cat puppy kitten pet horse bird turtle".split(
    " ",
  ),
);

/** A laugh or an "aww" however long ("hahaha", "awww"). */
const LAUGH = /^(?:(?:ha)+h?|aw+|a+h+|o+h+)$/;
/** Interjections, openers whatever follows them (compromise tags them Expression, which withoutFillers drops). */
const INTERJECTIONS = new Set([
  "oh",
  "wow",
  "whoa",
  "woah",
  "yeah",
  "yep",
  "yup",
  "hey",
  "lol",
  "omg",
  "ooh",
  "gee",
  "yay",
  "hmm",
  "um",
  "uh",
  "gosh",
  "btw",
  "oof",
  "ugh",
  "yikes",
  "phew",
  "whew",
  // (compromise tags these nouns: "Woohoo, Nate!")
  "woohoo",
  "yum",
  "mm",
  "gotcha",
]);
const OPENER_PHRASES = [
  ...FILLER_PHRASES.map((p) => new RegExp(`^${p.join("[\\s,]+")}\\b[\\s,!.…:;-]*`, "i")),
  ...SET_OFF_PHRASES.map((p) => new RegExp(`^${p.join("\\s+")}\\s*[,!.…:;–—-]+\\s*`, "i")),
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
    else if (SO_THAT.test(rest)) return rest;
    else if (BARE_OPENERS.has(word) || INTERJECTIONS.has(word) || LAUGH.test(word) || (FILLER_OPENERS.has(word) && /[,!.…:;-]/.test(m[2]!)))
      rest = rest.slice(m[0].length);
    else return rest;
  }
}

/** A result opening a sentence, whose "so" is no opener: "So much that …". */
const SO_THAT = /^so\s+\S+\s+that\b/i;

/** A "+1" agreeing with what it names, opening a sentence: "+1 to dropping it" is "I vote for dropping it". */
const PLUS_ONE_TO = /(^|[.!?]\s+)\+1\s+(?:to|for|on)\s+(?=\p{L})/giu;
/** A "+1" agreeing with what was said before ("+1, 8 December works for me"). */
const PLUS_ONE = /^\+1\b[\s,!.…:;-]*/;
/** A greeting with whom it calls, before a comma: "Hi love, …", "Morning Dan, …", "Hey Sam Patel! …". */
const GREETING_CALLED = /^(?:hi|hey|hello|hiya|morning|evening|afternoon)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s*[,!]\s*(?=\S)/iu;

/** Gerunds that name no activity ("I'm going", "I was thinking"). */
const EMPTY_GERUNDS = new Set([
  "going",
  "doing",
  "getting",
  "thinking",
  "trying",
  "looking",
  "feeling",
  "having",
  "being",
  "saying",
  "wondering",
  "hoping",
  "planning",
]);

/** A noun that names content: an activity ("counseling"), or a noun that is no pronoun, no light noun ("way", "thing", "lot") and no indefinite pronoun ("something"). */
export function isContentNoun(t: Term): boolean {
  if (t.tags.has("Gerund")) return !EMPTY_GERUNDS.has(t.normal); // an activity: "counseling", "painting"
  return (
    t.tags.has("Noun") &&
    !t.tags.has("Pronoun") &&
    !["way", "thing", "things", "lot", "bit", "time", "day", "one", "stuff", "kind", "sort"].includes(t.normal) &&
    // an indefinite pronoun names nothing ("Something exciting happened recently for me")
    !/^(?:some|any|every|no)(?:thing|one|body)$/.test(t.normal)
  );
}

// How a fact's text is written, for the parts of the engine that read it back: the day it was said
// at its end, the first letter's case, an image's caption, a pronoun for what was said before.
import { DAY_NAMES, MONTH_NAMES, QUOTED } from "../time/mentions.js";
import { LEXICON } from "./lexicon.js";
import { ADDRESSED } from "./reactions.js";

/** A day's or a month's name, which keeps its capital ("Sunday's", "May"). */
const CALENDAR_WORD = new RegExp(`^(?:${DAY_NAMES}|${MONTH_NAMES})(?:['’]s)?$`, "i");

/** A fact's text without the day it was said ("… (8 May 2023)."), which a restatement on another day changes. */
export function withoutSaidDate(text: string): string {
  return text.replace(SAID_DATE, "$2");
}

/** The day a fact's text ends by saying it was said ("8 May 2023"), or null. */
export function saidDate(text: string): string | null {
  return SAID_DATE.exec(text)?.[1] ?? null;
}

/**
 * A fact's closing "(8 May 2023)": group 1 the date, group 2 the end punctuation after it. Not the
 * date a relative time at the end stands for ("Jon has been to Paris yesterday (28 January 2023)!", "the
 * other day (…)", "in two days (…)"); a day that is no time said ("for the day (…)", "every day (…)") is
 * followed by the day it was said.
 */
const SAID_DATE =
  /(?<!\b(?:yesterday|today|tonight|tomorrow|ago|(?:other|next|previous|following|that|few|couple|couple of|\d+|two|three|four|five|six|seven|eight|nine|ten) days?|morning|afternoon|evening|night))\s\((\d{1,2} [A-Z][a-z]+ \d{4})\)([.!?…]*)$/;

/**
 * `s` with its first word in lower case, unless it is "I", a day or a month ("Sunday lunch is at 1"),
 * one of `names` ("Max and Daisy"), or the first word of a name of several ({@link opensOnName}:
 * "British Airways, leaving at 7:40am", "Taberna da Rua das Flores").
 */
export function lowerFirst(s: string, names: ReadonlySet<string> = new Set()): string {
  const first = s.split(/\s/)[0] ?? "";
  return /^\p{Lu}[\p{Ll}'’]*(?:-\p{Ll}+)*$/u.test(first) &&
    !/^(I|I'm|I've|I'll|I'd)$/.test(first) &&
    !CALENDAR_WORD.test(first) &&
    !names.has(first.replace(/['’]s$/u, "")) &&
    !opensOnName(s)
    ? s[0]!.toLowerCase() + s.slice(1)
    : s;
}

/** A word of a name between its words in capitals: "Taberna da Rua", "Ludwig van Beethoven", "Pizza di Roma". */
const NAME_PARTICLE = /^(?:da|das|de|del|della|der|di|do|dos|du|la|le|van|von|y)$/;

/** compromise's tags of a word that names a person, who someone is or a place: "Sam", "Mum", "Paris". */
const WHO_OR_WHERE_TAG = /Name$|^(?:Actor|Place|City|Country|Region)$/;
/** compromise's tags of a word that may open a name of several words: "New York", "Harry Potter", "Costa Coffee". */
const NAME_OPENING_TAG = /Name$|^(?:Adjective|Demonym|Place|City|Country|Region|Organization|ProperNoun)$/;

/** compromise's lexicon's tags of `word` (any case; none when it does not know it). */
function tagsOf(word: string): string[] {
  return [LEXICON[word.toLowerCase()] ?? []].flat() as string[];
}

/**
 * Whether `s` opens on a name of several words: a first word in capitals and a next one in capitals (or
 * a particle and one in capitals: "Taberna da Rua"), no day or month, nor whose ("Tap Melanie's card").
 * The first is one compromise's lexicon knows only as a word that opens a name (an adjective, a
 * name, a place: "New York", "Harry Potter", "Costa Coffee"; not "Feed Biscuit", "Call Mum", "Last
 * Friday", "It's Shia Labeouf"), or one it does not know ("British Airways", "Taberna"), not a verb's
 * "-ed" or "-ing" nor before a person, who someone is or a place ("Tap Sam").
 */
function opensOnName(s: string): boolean {
  const [first = "", second = "", third = ""] = s.split(/\s+/);
  const capital = (w: string) => /^\p{Lu}\p{L}/u.test(w) && !/^I(?:['’]|$)/.test(w);
  if (!(capital(second) || (NAME_PARTICLE.test(second) && capital(third)))) return false;
  const next = second.replace(/[,.!?;:]+$/, "");
  if (CALENDAR_WORD.test(next) || /['’]s$/.test(next)) return false;
  // (a contraction is known by its first part: "It's Shia Labeouf")
  const known = tagsOf(first);
  const tags = known.length > 0 ? known : tagsOf(first.replace(/['’].*$/, ""));
  if (tags.length > 0) return tags.every((t) => NAME_OPENING_TAG.test(t));
  return !/(?:ed|ing)$/i.test(first) && !tagsOf(next).some((t) => WHO_OR_WHERE_TAG.test(t));
}

/** `s` with its first letter in upper case ("walks" → "Walks"). */
export function capitalise(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

/**
 * Whether a fact's text or title is the statement extractFacts (facts.ts) writes for an image `name`
 * shared ("Tim shared a photo of a book on a court"), as the other parts of the engine that tell such a
 * caption from a statement (titles, follow-ups, importance) need to know.
 */
export function tellsSharedImage(text: string, name: string): boolean {
  return name !== "" && text.startsWith(`${capitalise(name)} shared `);
}

/** An image's caption as a captioner writes it, after "<name> shared ": "a photo of" and an article or a count ("a photo of a dog …", "a picture of two women …"). */
const CAPTIONED = /^an?\s+(?:close[\s-]up\s+)?(?:photo|picture|pic|image)\s+of\s+(?=(?:an?|the|two|three|four|five|six|several|some|many|\d+)\b)/i;

/**
 * Whether a fact's text is only the image `name` shared, as a captioner described it ("Maria shared a
 * photo of a microphone and a charger on a table (9 January 2023)."): the machine's words, none of the
 * speaker's, unlike "Melanie shared a pic of their family camping (photo: …)" or a photo the user
 * captioned themselves ("… shared an image: a photo captioned "…"").
 */
export function tellsCaptionOnly(text: string, name: string): boolean {
  if (!tellsSharedImage(text, name)) return false;
  const rest = withoutSaidDate(text).slice(`${capitalise(name)} shared `.length);
  return CAPTIONED.test(rest) && !/[()]/.test(rest) && !/[.!?]\s+\S/.test(rest);
}

/**
 * A sentence telling the image `name` shared, as the captioner described it, worded as a note of the
 * statement before it: "Caroline shared a photo of a dog walking past a wall." → "Photo: a dog walking
 * past a wall." (5 words fewer in a memory that tells what the image shows beside what was said); any
 * other sentence as it is ("Caroline shared a pic of their family", the speaker's own words, also
 * with the caption after them in parentheses).
 */
export function asPhotoNote(sentence: string, name: string): string {
  if (!tellsSharedImage(sentence, name)) return sentence;
  const rest = sentence.slice(`${capitalise(name)} shared `.length);
  // (what the speaker said they shared, with the captioner's words after it, stays theirs: "Audrey shared
  // a photo of the lake Audrey found online (photo: a lake with a boat …)", not "Photo: the lake … (photo: …)")
  if (/\((?:photo|picture|image):/.test(rest)) return sentence;
  const opening = CAPTIONED.exec(rest);
  return opening ? `Photo: ${rest.slice(opening[0].length)}` : sentence;
}

/** An image's note in a memory ("Photo: a dog walking past a wall."), with the day its fact was said when that closes it. */
const PHOTO_NOTE = /\s*Photo: [^()]*?(?:\s*(\([^()]*\)))?[.!?]+(?=\s|$)/g;
/**
 * The caption of a photo told in brackets after what its speaker said they shared, as turn-sentences.ts
 * foldCaption writes it ("… at the beach (photo: a family sitting around a campfire)"): a title leaves
 * it out (titles.ts), and so does an episode's summary ({@link withoutPhotoNotes}).
 */
export const CAPTION_NOTE = /\s\(photo: [^()]*\)/g;

/**
 * A memory's text without what its images show (PHOTO_NOTE, CAPTION_NOTE), for a summary of
 * what happened: "The whole team gave James autographs. Photo: a notepad with a pen (4 April 2022)." →
 * "The whole team gave James autographs (4 April 2022)." (the closing day moves to what is left); a
 * text that is only an image's note stays as it is.
 */
export function withoutPhotoNotes(text: string): string {
  let day = "";
  const out = text
    .replace(CAPTION_NOTE, "")
    .replace(PHOTO_NOTE, (_note, said?: string) => {
      if (said) day = said;
      return "";
    })
    .trim();
  if (!out) return text;
  return day && !out.includes(day) ? out.replace(/([.!?]*)$/, (stop) => ` ${day}${stop || "."}`) : out;
}

/**
 * The label an answer's memory opens with, which tells what it answers (answers.ts): "Asked about dose: ",
 * "Replying to Priya Kapoor about Moving our 1:1: " (up to the first colon a space follows, so a subject's
 * "1:1" is no end of it).
 */
export const ANSWER_LABEL = /^(?:Asked about|Replying to) .+?:\s+/;

/** A sentence that opens on a pronoun or demonstrative standing for what was said before ("It's helped …", "They're …", "That sign …"). */
export const OPENS_ON_REFERENCE = /^(?:it|it's|its|this|that|that's|these|those|they|they're|their|he|he's|she|she's)\b/i;

/** `text` with `f` applied to all but the spans `spans` (a global regex) matches, which stay as written. */
export function outsideOf(text: string, spans: RegExp, f: (part: string) => string): string {
  let out = "";
  let at = 0;
  for (const m of text.matchAll(spans)) {
    out += f(text.slice(at, m.index)) + m[0];
    at = m.index + m[0].length;
  }
  return out + f(text.slice(at));
}

/** `text` with `f` applied to all but its spans in quotes (mentions.ts QUOTED: a title, words quoted), which stay as written. */
export function outsideQuotes(text: string, f: (part: string) => string): string {
  return outsideOf(text, QUOTED, f);
}

/** `text` with one exclamation mark where it wrote several ("got the promotion!!" → "got the promotion!"), outside quotes ("Yes!!" as a title stays). */
export function oneExclamation(text: string): string {
  return outsideQuotes(text, (part) => part.replace(/!{2,}/g, "!"));
}

/**
 * A title's capitalised "You", "You're" or "Your" inside a sentence, after a word with no punctuation
 * between, before or after another capitalised word ("Listened to You're Dead to Me", "Watched Your Name
 * with Sam", "Thank You Next"): no one is spoken to, as third-person.ts `inTitle` reads a title's "We".
 */
const TITLE_YOU =
  /(?<=\p{L}\s)(?:You(?:['’](?:re|ll|ve|d))?|Yours?|Yourself)(?=\s+\p{Lu})|(?<=\p{Lu}[\p{L}'’]*\s)(?:You(?:['’](?:re|ll|ve|d))?|Yours?|Yourself)\b/gu;

/** A thank-you as a thing given ("as a thank-you", "a small thank-you"), not thanks said to anyone. */
export const THANK_YOU_GIVEN = /\b(?:a|an|the|my|our|as\s+a)\s+(?:\p{L}+\s+)?thank[-‐]you\b/giu;

/**
 * Whether `text` says "you" or "your" to the listener outside its quotes, titles and a thank-you given
 * ("Watched "Why Your Japanese Sounds Weird"", "Listened to You're Dead to Me", "Bought Tomás tea as a
 * thank-you" say it to no one).
 */
export function addressed(text: string): boolean {
  return ADDRESSED.test(text.replace(QUOTED, '""').replace(TITLE_YOU, "").replace(THANK_YOU_GIVEN, ""));
}

// Where a text's sentences begin and end: ICU's sentence segmenter (Intl.Segmenter), its ends joined
// where a name, a number or a quotation goes on, and split at a full stop before a lower-case word.
import { NAME_TITLES } from "../time/mentions.js";

const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });

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

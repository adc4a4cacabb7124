import * as chrono from "chrono-node";
import { humanDate, isoDate, monthYear } from "./format.js";
import { durationsSince } from "./durations.js";

/** How precise a resolved date is. */
export type DateGranularity = "day" | "weekend" | "week" | "month" | "season" | "year";

/** A date expression found in a text and resolved against the time the text was written. */
export interface DateMention {
  /** The expression as written ("yesterday", "last Friday"). */
  text: string;
  /** Offset of the expression in the input, in UTF-16 code units. */
  index: number;
  /** Start of the period meant, epoch ms UTC (a day, the Saturday of a weekend, the 1st of a month, 1 January). */
  start: number;
  granularity: DateGranularity;
  /** Absolute wording for people: "7 May 2023", "the weekend of 6–7 May 2023", "April 2023", "2022". */
  label: string;
}

const DAY = 86_400_000;
/** The weekday names, lower case, as a regular-expression alternation ("monday|tuesday|…"). */
export const DAY_NAMES = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
/** The month names, lower case, as a regular-expression alternation ("january|february|…"). */
export const MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october|november|december";
/** Titles written with a full stop before a name ("Dr. Okafor", "St. Ives"), which ends no sentence nor clause. */
export const NAME_TITLES = "Dr|Mr|Mrs|Ms|Mx|St|Mt|Prof";
/** A day with a month's short name, as a reminder text writes it ("Tue 17 Nov", "Nov 17"): alone, "mar" or "dec" may be any word. */
const SHORT_MONTH_DAY =
  "\\d{1,2}(?:st|nd|rd|th)?\\s+(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?";
/** A date expression worth resolving names one of these (bare abbreviations such as "sun" or "sat" are too ambiguous). */
const RELATIVE = new RegExp(
  `\\b(yesterday|today|tonight|tomorrow|ago|last|next|this|past|coming|weekends?|weeks?|months?|years?|${DAY_NAMES}|${MONTH_NAMES}|${SHORT_MONTH_DAY})\\b`,
  "i",
);
/**
 * A weekday shortened after "last", "next", "this" or "past" ("last Tues", "next Fri"); alone
 * ("sat", "sun") a short form is too ambiguous.
 */
const SHORT_WEEKDAY = "(?:last|next|this|past)\\s+(?:mon|tues?|weds?|thu|thurs?|fri|sat|sun)";
/** Cheap test before running chrono: text without any of these words holds no relative date. */
const MAY_HOLD_DATE = new RegExp(
  `\\b(yesterday|today|tonight|tomorrow|ago|weekends?|weeks?|months?|years?|night|morning|spring|summer|fall|autumn|winter|${DAY_NAMES}|${MONTH_NAMES}|${SHORT_WEEKDAY}|${SHORT_MONTH_DAY})\\b|\\bthe\\s+\\d{1,2}(?:st|nd|rd|th)\\b`,
  "i",
);
/** The short weekdays chrono does not read ("Tues", "Weds"), cut to the ones it does, the length kept ("Tue "). */
const UNREAD_SHORT_WEEKDAY = /\b(tue|wed)s\b/gi;
/** A time of day written with a full stop, as British English writes it: "3.40pm", "11.15 am" (groups: the hour, the minutes and what follows). */
const DOTTED_TIME = /\b(\d{1,2})\.([0-5]\d\s?[ap]\.?m\b)/gi;
/** A weekday's name, whole or short ("Friday", "Fri"). */
const WEEKDAY_WORD = "(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?";
/** A range of days of a month, each with its weekday: "Friday 13 to Sunday 15 November", "Fri 13th - Sun 15th November". */
const WEEKDAY_DAY_RANGE = new RegExp(
  `\\b${WEEKDAY_WORD}\\s+\\d{1,2}(?:st|nd|rd|th)?\\s*(?:to|until|till|-|–|—)\\s*(?:${WEEKDAY_WORD}\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH_NAMES})\\b`,
  "gi",
);
/** A weekday written short, alone ("Sun", "Mon", "Thurs"). */
const SHORT_WEEKDAY_ALONE = /^(?:sun|mon|tues?|weds?|thu|thurs?|fri|sat)\.?$/i;
const VAGUE = /\b(few|couple|several|many)\b/i;

function startOfDay(ms: number): number {
  return Math.floor(ms / DAY) * DAY;
}

/** The month of `start`'s name nearest to `ref` (the year before, the same or the year after), as a month mention: "£186 for September", said on 5 October 2026, is September 2026. */
function nearestMonth(start: number, ref: number): Omit<DateMention, "text" | "index"> {
  const month = new Date(start).getUTCMonth();
  const year = new Date(ref).getUTCFullYear();
  const starts = [year - 1, year, year + 1].map((y) => Date.UTC(y, month, 1));
  const nearest = starts.reduce((a, b) => (Math.abs(b + 15 * DAY - ref) < Math.abs(a + 15 * DAY - ref) ? b : a));
  return { start: nearest, granularity: "month", label: monthYear(nearest) };
}

/** "the weekend of 6–7 May 2023" for the weekend containing `ms` (Saturday + Sunday, UTC). */
function weekendLabel(ms: number): { start: number; label: string } {
  const day = new Date(ms).getUTCDay();
  const saturday = startOfDay(ms) - (day === 0 ? 1 : day === 6 ? 0 : day + 1) * DAY;
  const sunday = saturday + DAY;
  const sat = new Date(saturday);
  const sun = new Date(sunday);
  const range =
    sat.getUTCMonth() === sun.getUTCMonth()
      ? `${sat.getUTCDate()}–${humanDate(sunday)}`
      : `${sat.toLocaleDateString("en-GB", { day: "numeric", month: "long", timeZone: "UTC" })} – ${humanDate(sunday)}`;
  return { start: saturday, label: `the weekend of ${range}` };
}

/** A vague "a few weeks ago" as said before the day: "a few weeks before 8 May 2023" (lower case, as the label follows its expression). */
function vagueBefore(expression: string, ref: number): string {
  const said = expression.replace(/\s*\bago\b/i, "");
  return `${said[0]!.toLowerCase()}${said.slice(1)} before ${humanDate(ref)}`;
}

/**
 * The day, week, month or year chrono's `r` names, said at `ref`: `past`, in a past-tense clause
 * and not said with "next" (a bare weekday, weekend or month is the last one); `ahead`, with "next",
 * as a deadline ("by Friday") or in a clause of what will be (a weekday, or a month without its year,
 * is the one to come). Null for an expression already absolute or none.
 */
function resolveOne(r: ParsedDate, ref: number, past: boolean, ahead: boolean): Omit<DateMention, "text" | "index"> | null {
  const text = r.text.toLowerCase();
  if (/\b\d{4}\b/.test(text) && !/\bago\b/.test(text)) return null; // already absolute
  if (/^(for|since)\b/.test(text) || /^(now|right now|just now)$/.test(text) || !RELATIVE.test(text)) return null;
  const s = r.start;
  let ms = s.date().getTime();
  const refDay = humanDate(ref);
  if (/\bweekend\b/.test(text)) {
    // in a past-tense sentence, the weekend gone ("over the weekend" said on a Wednesday), not the coming one
    if (past && weekendLabel(ms).start > ref) ms -= 7 * DAY;
    const w = weekendLabel(ms);
    return { start: w.start, granularity: "weekend", label: w.label };
  }
  if (/\bweeks?\b/.test(text)) {
    if (/\bago\b/.test(text)) {
      if (VAGUE.test(text)) return { start: startOfDay(ms), granularity: "week", label: vagueBefore(r.text, ref) };
      return { start: startOfDay(ms), granularity: "week", label: `the week of ${humanDate(ms)}` };
    }
    if (/^(?:in|after)\b/.test(text)) return { start: startOfDay(ms), granularity: "day", label: humanDate(ms) };
    if (/\b(last|past|previous)\b/.test(text)) return { start: startOfDay(ref) - 7 * DAY, granularity: "week", label: `the week before ${refDay}` };
    if (/\b(next|coming)\b/.test(text)) return { start: startOfDay(ref) + 7 * DAY, granularity: "week", label: `the week after ${refDay}` };
    return { start: startOfDay(ref), granularity: "week", label: `the week of ${refDay}` };
  }
  if (s.isCertain("day")) {
    // a day of the year ("June 30"): chrono takes the nearest; of what was, the one gone, of what will be, the one to come
    if (s.isCertain("month") && !s.isCertain("year") && !/\b(?:yesterday|today|tomorrow|tonight)\b/.test(text)) {
      const d = new Date(ms);
      // (a day written with its weekday is of the year whose calendar agrees, the nearest: "office
      // closed Friday 20 November", said on 17 November 2026, is that Friday, whatever the tense)
      const weekday = s.isCertain("weekday") ? s.get("weekday") : null;
      const agreeing =
        weekday == null
          ? []
          : [0, -1, 1].map((k) => Date.UTC(d.getUTCFullYear() + k, d.getUTCMonth(), d.getUTCDate())).filter((t) => new Date(t).getUTCDay() === weekday);
      if (agreeing.length > 0) ms = agreeing[0]!;
      else if (past && ms > ref) ms = Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate());
      else if (ahead && ms < startOfDay(ref)) ms = Date.UTC(d.getUTCFullYear() + 1, d.getUTCMonth(), d.getUTCDate());
    }
    return { start: startOfDay(ms), granularity: "day", label: humanDate(ms) };
  }
  if (s.isCertain("weekday")) {
    // A bare weekday ("on Friday", "this Tuesday") in a past-tense sentence means the last one, not the next one.
    if (past && ms > ref) ms -= 7 * DAY;
    // and in one of what will be, or a deadline, the coming one ("Tom wants it done by Friday" said
    // on a Monday: chrono takes the nearest Friday, three days gone)
    if (ahead && !/\b(last|past|previous)\b/.test(text) && ms < startOfDay(ref)) ms += 7 * DAY;
    // (today's weekday named for what is to come is next week's: "I'll have the notes in by Monday",
    // said on a Monday; today would be "today")
    else if (ahead && !/\b(?:this|today|tonight)\b/.test(text) && startOfDay(ms) === startOfDay(ref)) ms += 7 * DAY;
    return { start: startOfDay(ms), granularity: "day", label: dayWithWeekday(ms) };
  }
  if (s.isCertain("month") || /\bmonths?\b/.test(text)) {
    if (past && !s.isCertain("year") && ms > ref) ms = Date.UTC(new Date(ms).getUTCFullYear() - 1, new Date(ms).getUTCMonth(), 1);
    // "next June", or June in what will be, said in November: the June to come (chrono takes the nearest)
    const said = new Date(ref);
    if (!s.isCertain("year") && s.isCertain("month") && ahead && ms < Date.UTC(said.getUTCFullYear(), said.getUTCMonth(), 1))
      ms = Date.UTC(new Date(ms).getUTCFullYear() + 1, new Date(ms).getUTCMonth(), 1);
    const d = new Date(ms);
    if (/\bago\b/.test(text) && VAGUE.test(text)) {
      return { start: Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1), granularity: "month", label: vagueBefore(r.text, ref) };
    }
    return { start: Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1), granularity: "month", label: monthYear(d.getTime()) };
  }
  if (s.isCertain("year") || /\byears?\b/.test(text)) {
    const y = new Date(ms).getUTCFullYear();
    // (a vague count names no year: "a few years ago" is said before the day, as "a few weeks ago" is)
    if (/\bago\b/.test(text) && VAGUE.test(text)) return { start: Date.UTC(y, 0, 1), granularity: "year", label: vagueBefore(r.text, ref) };
    return { start: Date.UTC(y, 0, 1), granularity: "year", label: String(y) };
  }
  if (/\b(this|last|yesterday|tomorrow|tonight)\b/.test(text)) return { start: startOfDay(ms), granularity: "day", label: humanDate(ms) };
  return null;
}

/** Words that place a statement in the future. */
const FUTURE = /\b(?:will|shall|(?:I|you|we|they|he|she|it)['’]ll|going to|gonna|plan(?:ning)? to)\b/i;

/**
 * What was to come, said in the past ("it would be fixed", "I was going to visit", "we're gonna"), or
 * what is needed ("she needs a dental clean in October", "I have to renew it by Friday"): a weekday in
 * such a clause is the coming one.
 */
const FUTURE_IN_CLAUSE = /\b(?:would|will|shall|going to|gonna|needs?|has to|have to|must|should)\b|['’]ll\b/i;
/** What someone was asked to do, a favour's or a request's clause: "Tom asked Priya to water …", "asked me to", "asked the user to". */
const REQUESTED_IN_CLAUSE = /\basked\s+(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?|me|him|her|them|us|the\s+user)\s+to\s+\p{Ll}/u;
/** What is booked for a time, as a regular-expression alternation: "appointment|meeting|…". */
const APPOINTMENTS = "appointment|meeting|interview|exam|flight|reservation";

/**
 * A verb of a schedule in the present ("My lease ends on June 30", "Our membership renews on August 1",
 * "The course starts on January 5"), or an appointment ("I have a dentist appointment on Friday"): in a
 * statement not of the past, the day it names is one to come.
 */
const SCHEDULED_IN_CLAUSE = new RegExp(`\\b(?:ends|renews|expires|starts|begins|opens|closes|is due|are due|${APPOINTMENTS})\\b`, "i");

/**
 * A word of a clause that is a verb or may be one, or a subject that has one: a clause without them is
 * a day said beside the sentence's verb ("…, 11-14 November"), not one of its own ("and we ate there on Friday").
 */
const VERB_IN_CLAUSE = /\b(?:i|we|you|he|she|they|it|am|is|are|was|were|be|been|had|has|have|did|do|does|will|would|\p{L}{2,}(?:ed|ing))\b/iu;

/** What is booked for a time (an appointment, a meeting): in a clause of its own, one to come. */
const APPOINTED_IN_CLAUSE = new RegExp(`\\b(?:${APPOINTMENTS})\\b`, "i");
/** A verb in the past tense: a regular one, or the irregular ones a clause of an appointment says ("had", "went"). */
const PAST_VERB = /\b(?:had|was|were|did|went|got|missed|\p{L}{2,}ed)\b/iu;

/**
 * A verb of arranging what is to come ("I booked him in with the vet on Thursday", "I signed up for the
 * half marathon on October 4", "Tom offered Ruby a hand with the move on Saturday"): said in the past,
 * the day it names is still one to come.
 */
const ARRANGED_IN_CLAUSE =
  /\b(?:booked|signed up|registered|enrolled|scheduled|reserved|made an appointment|bought tickets|got tickets|suggested|proposed|offered)\b/i;

/** "-ing" words that judge or name, not a verb of an arrangement ("It's amazing in June", "is nothing"). */
const NOT_PROGRESSIVE =
  "amazing|interesting|exciting|boring|relaxing|stunning|annoying|inspiring|frustrating|exhausting|challenging|rewarding|charming|refreshing|surprising|thrilling|overwhelming|disappointing|fascinating|amusing|touching|nothing|something|everything";

/**
 * An arrangement said in the present progressive ("Chris is getting married in June", "I'm moving to
 * Berlin on March 1", "she's finally retiring in June"): the day or month it names is one to come,
 * whatever the sentence around it says ("Chris told me he is getting married in June"); not an
 * "-ing" word that judges ("It's amazing in June"). A "'s" counts after a pronoun only ("Mum's cooking" is hers).
 */
const PROGRESSIVE_IN_CLAUSE = new RegExp(
  `(?:\\b(?:am|is|are)\\s+|['’](?:m|re)\\s+|\\b(?:he|she|it|who|that)['’]s\\s+)(?:\\p{L}+ly\\s+)?(?!(?:${NOT_PROGRESSIVE})\\b)\\p{L}{2,}ing\\b`,
  "iu",
);

/**
 * Where a clause starts: punctuation or a conjunction ("I said I would help, and on Friday I did");
 * not the full stop of a title before a name ("Dr. Okafor").
 */
const CLAUSE_BREAK = new RegExp(`[,;:!?]|(?<!\\b(?:${NAME_TITLES}))\\.|\\b(?:and|but|so|then)\\b`, "gi");

/** The words of the clause before `index` (from the last {@link CLAUSE_BREAK}). */
function clauseBefore(text: string, index: number): string {
  const before = text.slice(0, index);
  let from = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) from = m.index + m[0].length;
  return before.slice(from);
}

/** The clause that ends where the clause starting at `start` begins, without the break between them. */
function clauseEndingAt(text: string, start: number): string {
  const before = text.slice(0, start).replace(/[\s,;:–—-]+$/, "");
  return clauseBefore(before, before.length);
}

/** A clause that opens on a verb's -ing, with no subject ("moving to Porto in February"). */
const GERUND_OPENING = /^\s*\p{L}{2,}ing\s/u;

/** The sentence `text` holds up to `index`: from after the last full stop, question or exclamation mark, or line break before it. */
function sentenceBefore(text: string, index: number): string {
  const before = text.slice(0, index);
  const from = Math.max(...[".", "!", "?", "\n"].map((c) => before.lastIndexOf(c)));
  return before.slice(from + 1).trimStart();
}

/**
 * A sentence opening with a verb of an errand or an arrangement, an instruction (a to-do's line):
 * "Meet …", "Renew …", "Pay …"; not a log's noun ("Call with Priya on 2 November", "Book club …").
 */
const INSTRUCTION_OPENING =
  /^(?:meet|call|ring|phone|pay|book|renew|send|collect|pick\s+up|drop\s+off|buy|order|email|text|visit|submit|return|post|cancel|finish|remember\s+to|don't\s+forget\s+to)\b(?!\s+(?:with|club|launch|group|notes?|from)\b)/i;

/**
 * A request to the listener, the opening of its sentence: "Could you feed Miso on …", "Would you pick up
 * Leo …", "Can you please …", after a word set off before it ("Huge favour: could you …", "Sam, can
 * you …"); not one that asks them to recall or judge ("Can you remember what we ate …", "Can you
 * believe …"). The days it names are to come.
 */
const REQUEST_OPENING =
  /^(?:[^,:;]{1,30}[,:;]\s*)?(?:please\s+)?(?:could|can|would|will)\s+(?:you|u)\s+(?:please\s+)?(?!(?:believe|imagine|remember|recall|guess|think|see|tell|say)\b)\p{L}/iu;

/** A web address ("https://…", "www.…"), to its first white space. */
const WEB_ADDRESS = /\bhttps?:\/\/\S+|\bwww\.\S+/gi;

/** A span in quotes, straight or curly, of at most 120 characters: a title ("Tomorrow, and Tomorrow, and Tomorrow") or words quoted. */
export const QUOTED = /"[^"\n]{2,120}"|“[^”\n]{2,120}”/g;

/** Words before an expression that make it recurring ("every Sunday", "each week", "most weekends"; a rate's days, "30 buns a day, Monday to Saturday"). */
const RECURRING_BEFORE = /\b(?:every|each|most|all)\s+(?:other\s+)?$|\b(?:a|per)\s+(?:day|night|week),?\s+$/i;
/**
 * Whether the weekday `r` (a mention chrono read in `text`) names a kind of day, not a date: a rate's
 * day ("Saturday hire is £6,800, Friday £5,200", "How much is Saturday hire?"), what is held on it
 * every week ("The Saturday market was still on"), or a word of a name, after a determiner or a
 * modifier and before a capitalised word ("a 30-minute Sunday Yoga Flow class", "the Sunday Times";
 * not "On Friday Tom fixed the gate").
 */
export function kindOfDay(text: string, r: { index: number; text: string }): boolean {
  if (!BARE_WEEKDAY.test(r.text.trim())) return false;
  const after = text.slice(r.index + r.text.length);
  return KIND_OF_DAY_AFTER.test(after) || (NAME_WORD_BEFORE.test(text.slice(0, r.index)) && NAME_WORD_AFTER.test(after));
}

/** What a weekday that is a word of a name follows: a determiner, or a modifier with a hyphen ("the", "a 30-minute"). */
const NAME_WORD_BEFORE = /(?:\b(?:the|a|an|my|your|his|her|their|our|its|this|that)|\S-\S+)\s+$/i;
/** What a weekday that is a word of a name comes before: a capitalised word, not a month's name nor "I" ("Sunday Yoga Flow"). */
const NAME_WORD_AFTER = new RegExp(`^\\s+(?!(?:${MONTH_NAMES.replace(/\b\w/g, (c) => c.toUpperCase())}|I)\\b)\\p{Lu}`, "u");

/** A weekday's name alone ("Saturday"). */
const BARE_WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;
/** What follows a weekday that names a kind of day: a rate's noun, or a price ("Saturday hire", "Sunday rates", "Friday £5,200"); or a thing held on that day of every week ("the Saturday market", "Tobacco Factory Sunday Market", "Sunday league"). */
const KIND_OF_DAY_AFTER = /^\s+(?:hire|rates?|prices?|fees?|tariffs?|surcharge|opening\s+hours|timetable|menu|markets?|league|roast|papers?)\b|^\s+[£$€]\s?\d/i;

/** Words after an expression that make it recurring: a plural ("on Sunday|s", "on Sunday nights"), "of every month" ("the first Thursday of every month", "of the month"). */
const RECURRING_AFTER = /^(?:\s*s\b|\s+(?:nights|mornings|evenings|afternoons|lunchtimes)\b|\s+(?:of\s+)?(?:every|each)\b|\s+of\s+the\s+month\b)/i;

/** A month's short name in lower case ("dec", "mar"), which is seldom a month's. */
const LOWER_SHORT_MONTH = /\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b/;
/** A month's name alone, as chrono reads it ("June"): in a name, a person's ("Aunt June"). */
const MONTH_ALONE = new RegExp(`^(?:${MONTH_NAMES})$`, "i");
/** Who someone is, or their title, right before their name ("Aunt ", "Mrs "). */
const NAMED_AFTER = /\b(?:aunt|auntie|aunty|uncle|gran|granny|grandma|nana|cousin|sister|brother|mr|mrs|ms|miss|dr)\.?\s+$/i;

/**
 * chrono-node's date expressions in `text`, read against `ref` (epoch ms, UTC), each with its
 * `text` as written: chrono reads neither "Tues" nor "Weds", which it is given as "Tue " and "Wed "
 * (the same length, so indexes hold), nor a time written with a full stop, "3.40pm", which it is given
 * as "3:40pm" (it had read "9 December, 3.40pm" as the 3rd of December); the full stop after a short form ("last Wed.") and a comma
 * chrono takes in ("Last weekend,") are the sentence's, not the expression's; a short weekday after
 * "the" is a word of a name ("Klara and the Sun"), a month's name after who someone is a
 * person's ("Aunt June"), a "long weekend" a holiday's, not a date, a number of one or two digits
 * after a day's comma no year ("20 November, 12 months"), and "the night of" a date no night of today.
 */
export function parseDates(text: string, ref: number): ParsedDate[] {
  const at = { instant: new Date(ref), timezone: "UTC" };
  // (a range of days with their weekdays is read without them, and told as written: "Friday 13 to Sunday 15 November")
  const ranges = [...text.matchAll(WEEKDAY_DAY_RANGE)];
  // (a number of one or two digits after a day's comma counts something, not a year: "20 November, 12 months")
  const read = chrono
    .parse(
      text
        .replace(UNREAD_SHORT_WEEKDAY, "$1 ")
        .replace(DOTTED_TIME, "$1:$2")
        .replace(WEEKDAY_DAY_RANGE, withoutWeekdays)
        .replace(COMMA_AFTER_DAY, ";")
        .replace(PART_OF_DAY_BEFORE_DATE, (m) => " ".repeat(m.length)),
      at,
    )
    .map((r) => {
      const range = ranges.find((m) => r.index >= m.index && r.index < m.index + m[0].length);
      return range ? Object.assign(r, { index: range.index, text: range[0] }) : r;
    })
    .flatMap((r) =>
      NUMBER_AFTER_DAY.test(r.text) ? chrono.parse(r.text.replace(NUMBER_AFTER_DAY, ""), at).map((x) => Object.assign(x, { index: r.index + x.index })) : [r],
    );
  // (a short weekday after "the" is a word of a name: "Klara and the Sun"; a month after who someone
  // is, a person's name: "recommended by Aunt June", "Mrs May")
  return (
    read
      .filter((r) => !(SHORT_WEEKDAY_ALONE.test(r.text) && /\bthe\s+$/i.test(text.slice(0, r.index))))
      .filter((r) => !(MONTH_ALONE.test(r.text) && NAMED_AFTER.test(text.slice(0, r.index))))
      // (a month's short name is one only capitalised: "3 Dec", not "3 dec points")
      .filter((r) => !LOWER_SHORT_MONTH.test(r.text))
      // (a long weekend is a holiday's, not the one of the day it is said: "Long weekend in March")
      .filter((r) => !(/^weekend$/i.test(r.text) && /\blong\s+$/i.test(text.slice(0, r.index))))
      // ("the last day" is the final one of something, not yesterday: "The last day I went to the gym: …")
      // (nor is one's "last day", at work: "their last day at Northgate will be Friday 4 December")
      .filter((r) => !(/^last\s+day$/i.test(r.text) && /\b(?:the|my|our|your|his|her|their|\p{L}+['’]s)\s+$/iu.test(text.slice(0, r.index))))
      .map((r) => ({
        text: (
          text.slice(r.index, r.index + r.text.length) +
          (/(?:tue|wed)$/i.test(r.text) && /^s\b/i.test(text.slice(r.index + r.text.length)) ? text[r.index + r.text.length] : "")
        ).replace(/[.,;:]$/, ""),
        index: r.index,
        start: r.start,
        end: r.end ?? null,
      }))
  );
}

/**
 * A range of days with their weekdays (WEEKDAY_DAY_RANGE) without them, spaces before it in their
 * place (the same length, so what follows keeps its index): chrono reads "Friday 13 to Sunday 15
 * November" as the Friday nearest, and "13 to 15 November" as those days.
 */
function withoutWeekdays(range: string): string {
  const days = range.replace(new RegExp(`\\b${WEEKDAY_WORD}\\s+(?=\\d)`, "gi"), "");
  return " ".repeat(range.length - days.length) + days;
}

/** What a month's name opening a sentence is said to be when it names someone: "is a monster", "was so funny" (not "was a busy month"). */
const SAID_TO_BE =
  /^\s+(?:is|was|isn['’]t|wasn['’]t)\s+(?:a|an|so|such|the|my|really|just|very)\b(?![^.!?]*\b(?:month|time|season|summer|winter|spring|autumn|year)\b)/i;

/**
 * The part of a day before a date it belongs to ("the night of Monday 12 October", "the morning of 3 November"),
 * which chrono reads as that part of the day it is said, dropping the date: read as spaces (the same length, so
 * offsets hold), the date alone then read, and told after it as written.
 */
const PART_OF_DAY_BEFORE_DATE = new RegExp(
  `\\b(?:night|evening|morning|afternoon)\\s+of\\s+(?=(?:the\\s+)?(?:(?:${DAY_NAMES})\\b|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH_NAMES})\\b|(?:${MONTH_NAMES})\\s+\\d))`,
  "gi",
);

/** A day and month's comma before a number of one or two digits ("9 October, 4 days early"), which chrono reads as the month's day ("October, 4"): read as no comma of a date (same length, so offsets hold); not before a time ("9 December, 3:40pm"). */
const COMMA_AFTER_DAY = new RegExp(`(?<=\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH_NAMES})),(?=\\s*\\d{1,2}\\b(?![:.]\\d|\\s*[ap]\\.?m\\b))`, "gi");

/** A year of one or two digits chrono took after a day's comma ("20 November, 12" of "20 November, 12 months"), or a number opening the next sentence ("14 November. 12" of "… on Saturday 14 November. 12 kids are coming"). */
const NUMBER_AFTER_DAY = /(?:,|[.!?]\s)\s*\d{1,2}$/;

/** A date expression chrono-node found: as written, its offset (UTF-16 code units), and the time it names (a range has an end). */
export interface ParsedDate {
  text: string;
  index: number;
  start: chrono.ParsedComponents;
  end: chrono.ParsedComponents | null;
}

/**
 * Finds relative date expressions ("yesterday", "last Tuesday", "next month", "three years ago",
 * "last weekend") in `text` with chrono-node and resolves them against `ref`, the time the text
 * was written (epoch ms UTC). Expressions that already carry a year, durations ("for 4 years",
 * "after 3 years" in a statement not about the future), but one that says when something began
 * (durations.ts: "I've had them for 3 years now" → since 2019),
 * recurring times ("every Sunday", "on Sundays", "the first Thursday of every month"), "now" and bare times of day are left out; "two
 * weekends ago", "last summer" and "two years back", which chrono does not read, are read here.
 * @param opts.past the text speaks of the past (a bare weekday then means the previous one, unless
 *   its clause says what would come: "He said it would be fixed by Friday").
 * @returns mentions in text order.
 */
export function resolveDates(text: string, ref: number, opts: { past?: boolean } = {}): DateMention[] {
  const out: DateMention[] = [];
  if (!MAY_HOLD_DATE.test(text)) return out;
  // a date already written out ("(the weekend of 5–6 August 2023)") holds no expression to resolve
  const written = [...text.matchAll(/\([^()]*\d{4}\)/g)].map((m) => [m.index, m.index + m[0].length] as const);
  // (and a title in quotes names no day: "Tomorrow, and Tomorrow, and Tomorrow")
  const quoted = [...text.matchAll(QUOTED)].map((m) => [m.index, m.index + m[0].length] as const);
  // (nor does a web address: "…/Design-sync-6-October-3f9a12c7")
  const links = [...text.matchAll(WEB_ADDRESS)].map((m) => [m.index - 1, m.index + m[0].length] as const);
  for (const r of parseDates(text, ref)) {
    if ([...written, ...quoted, ...links].some(([from, to]) => r.index > from && r.index < to)) continue;
    // a recurring time ("every Sunday", "each morning", "on Sundays") is no date
    if (RECURRING_BEFORE.test(text.slice(0, r.index)) || RECURRING_AFTER.test(text.slice(r.index + r.text.length))) continue;
    // (nor is "a Monday": "we meet once a month, on a Monday")
    if (BARE_WEEKDAY.test(r.text.trim()) && /\ban\s+$|\ba\s+$/i.test(text.slice(0, r.index))) continue;
    // (nor a weekday that names a kind of day, a rate's: "Saturday hire is £6,800, Friday £5,200")
    if (kindOfDay(text, r)) continue;
    // (nor a month's name a sentence opens on and says someone is: "June is a monster", a character's)
    if (MONTH_ALONE.test(r.text) && /(?:^|[.!?]\s+)$/.test(text.slice(0, r.index)) && SAID_TO_BE.test(text.slice(r.index + r.text.length))) continue;
    // "left my job after 3 years" is how long; "after 3 days" is when only of what will be ("I'll call after 3 days")
    if (/^after\b/i.test(r.text) && !FUTURE.test(text)) continue;
    const before = text.slice(0, r.index);
    // a weekday of what would happen ("He said it would be fixed by Friday") is the coming one
    const clause = clauseBefore(text, r.index);
    // (and so is the day of what someone was asked to do, told when asked: "Tom asked Priya to water Tom's plants on Sunday";
    // not a day the thing asked for is from: "asked Melanie to send the photos from Saturday")
    const future = FUTURE_IN_CLAUSE.test(clause) || (REQUESTED_IN_CLAUSE.test(clause) && !/\b(?:from|since|of)\s+$/i.test(before));
    // (a schedule or an appointment said in the present is to come; said in the past, it was, unless it was arranged then)
    // (a day in a clause of its own, with no verb, is of what the sentence arranged: "Booked flights, 11-14 November")
    // (and so is one that opens on a verb's -ing after a clause in the progressive, which it says more of: "we're doing it: moving to Porto in February")
    const arranged =
      ARRANGED_IN_CLAUSE.test(clause) ||
      PROGRESSIVE_IN_CLAUSE.test(clause) ||
      (!VERB_IN_CLAUSE.test(clause) && ARRANGED_IN_CLAUSE.test(before)) ||
      (GERUND_OPENING.test(clause) && PROGRESSIVE_IN_CLAUSE.test(clauseEndingAt(text, r.index - clause.length)));
    // (and so is an appointment in a clause with no verb of the past: "Called the GP, appointment on Thursday")
    // (and what is on a day, said in the present: "parents' evening is on 26 March")
    const scheduled =
      ((!opts.past || (APPOINTED_IN_CLAUSE.test(clause) && !PAST_VERB.test(clause))) && SCHEDULED_IN_CLAUSE.test(clause)) ||
      arranged ||
      (!opts.past && (/\b(?:is|are)\s+(?:on|in)\s+(?:the\s+)?$/i.test(before) || (/\b(?:is|are)\s+$/i.test(before) && /^(?:on|in)\b/i.test(r.text)))) ||
      // (and a day said beside where it is: "Book launch is at Golden Hare Books, 26 November, 7pm")
      (!opts.past && !VERB_IN_CLAUSE.test(clause) && /\b(?:is|are)\s+(?:at|on|in)\b/i.test(before));
    // ("next Friday"; chrono leaves "next" out of "next June": it reads "June")
    const next = /\b(?:next|coming)\s+$/i.test(before) || /\b(?:next|coming)\b/i.test(r.text);
    // (a deadline is one to come: "done by Friday", "due Friday", "until Monday"; what is due is to come
    // in a past sentence too: "I attached the invoice, £180, due by 30 November", unless it was due)
    const deadline = /\b(?:by|until|till|due)\s+(?:this\s+)?$/i.test(before) || /^(?:by|until|till)\b/i.test(r.text);
    const due = /\bdue\s+(?:by\s+|on\s+|before\s+)?(?:this\s+)?$/i.test(before) && !/\b(?:was|were|had\s+been)\s+due\b/i.test(clause);
    // (and so is when something new starts, said in the past too: "I got a job, starting September 1",
    // and the day something was moved to: "Dentist appointment moved to Friday", "the launch slipped to 29 January")
    const starting =
      /\b(?:starting|beginning|effective|commencing)\s+(?:on\s+|from\s+)?$/i.test(before) ||
      /\b(?:moved|rescheduled|postponed|pushed(?:\s+(?:back|out))?|changed|slipped|delayed|bumped|brought\s+forward)\s+(?:to|till|until)\s+$/i.test(before) ||
      MOVED_FROM.test(before) ||
      // (and the day something was fixed for: "Viewing at Hartwell Barn confirmed for Saturday 14 November";
      // and the day a plan is for: "Plan for Saturday: …", "Any plans for Sunday?")
      /\b(?:confirmed|booked|scheduled|arranged|planned|fixed|set|plans?)\s+for\s+$/i.test(before);
    // (a month something is for is the nearest of its name, said in any tense: "We picked a book for
    // December", said in November, is the December to come; "I paid rent for October", the one gone)
    const forMonth = MONTH_ALONE.test(r.text) && /\bfor\s+$/i.test(before);
    // (and a day in an instruction, as a to-do's line gives one, is to come: "Meet Sam on 9 December")
    // (and so is one in a request to the listener: "Could you feed Miso on Wednesday?")
    const sentence = sentenceBefore(text, r.index);
    const instructed = INSTRUCTION_OPENING.test(sentence) || REQUEST_OPENING.test(sentence);
    // (and so is a weekday at a clock time in a clause with no verb, a schedule's: "First delivery Monday at 7am")
    const timed = !VERB_IN_CLAUSE.test(clause) && r.start.isCertain("weekday") && !r.start.isCertain("month") && r.start.isCertain("hour");
    // (what has been so since a day began on one gone, in any tense: "I've been leaning towards the compost bins since March")
    const since = /\bsince\s+(?:(?:last|the\s+(?:start|beginning|end)\s+of)\s+)?$/i.test(before) || /^since\b/i.test(r.text);
    const resolved = resolveOne(
      r,
      ref,
      since || ((opts.past ?? false) && !future && !next && !arranged && !starting && !due && !forMonth),
      !since &&
        !forMonth &&
        ((future && !opts.past) || scheduled || next || starting || due || (deadline && !opts.past) || ((instructed || timed) && !opts.past)),
    );
    if (resolved) out.push({ text: r.text, index: r.index, ...(forMonth && resolved.granularity === "month" ? nearestMonth(resolved.start, ref) : resolved) });
  }
  // (chrono reads no "weekends ago", no season and no "years back": at most their "weekend", which they replace)
  // (nor when what lasted began: "I've had them for 3 years now" → since 2019)
  const unread = [
    ...weekendsAgo(text, ref),
    ...seasons(text, ref, opts.past ?? false),
    ...unitsBack(text, ref),
    ...ordinalDays(text, ref, opts.past ?? false),
    ...durationsSince(text, ref),
  ];
  const read = weekdaysInOrder(monthOfYear(out, text), text);
  if (unread.length === 0) return read;
  const overlaps = (d: DateMention) => unread.some((w) => w.index < d.index + d.text.length && d.index < w.index + w.text.length);
  return [...read.filter((d) => !overlaps(d)), ...unread].sort((a, b) => a.index - b.index);
}

/**
 * A month followed by the year it is of ("in April next year", "in May this year"): chrono reads two
 * expressions, which would be annotated twice ("April (April 2027) next year (2027)"); they are one
 * mention, the month of that year. `mentions` in text order; returns them so joined.
 */
function monthOfYear(mentions: DateMention[], text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of mentions) {
    const prev = out.at(-1);
    const between = prev ? text.slice(prev.index + prev.text.length, m.index) : "";
    if (prev?.granularity === "month" && m.granularity === "year" && /^\s*$/.test(between) && /^(?:next|this|last) year$/i.test(m.text)) {
      const start = Date.UTC(new Date(m.start).getUTCFullYear(), new Date(prev.start).getUTCMonth(), 1);
      out[out.length - 1] = { ...prev, text: text.slice(prev.index, m.index + m.text.length), start, label: monthYear(start) };
    } else out.push(m);
  }
  return out;
}

/** Whether a mention's text is a weekday's name alone, with "on" before it or not ("Thursday", "on Thursday"; {@link BARE_WEEKDAY}). */
function weekdayAlone(said: string): boolean {
  return BARE_WEEKDAY.test(said.trim().replace(/^on\s+/i, ""));
}
/** What joins weekdays said in a row: "Wednesday and Thursday", "Monday, Tuesday or Wednesday", "Friday to Sunday". */
const WEEKDAY_JOIN = /^\s*(?:,\s*)?(?:(?:and|or|to|through|till|until|then)\s+|[-–—]\s*)?$/i;

/**
 * Weekdays said in a row ("on Wednesday and Thursday"): each is resolved on its own, and chrono takes
 * the nearest of each, so a request said on a Thursday read "Wednesday 14 October" and "Thursday 8
 * October". A weekday after another one, joined by "and", "or", "to" or a comma, is the first of its
 * name on or after the one before it (Thursday 15 October). `mentions` in text order; returns them so
 * moved.
 */
function weekdaysInOrder(mentions: DateMention[], text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of mentions) {
    const prev = out.at(-1);
    const joined =
      prev !== undefined &&
      m.granularity === "day" &&
      prev.granularity === "day" &&
      weekdayAlone(m.text) &&
      weekdayAlone(prev.text) &&
      WEEKDAY_JOIN.test(text.slice(prev.index + prev.text.length, m.index));
    let start = m.start;
    while (joined && start < prev.start) start += 7 * DAY;
    out.push(start === m.start ? m : { ...m, start, label: dayWithWeekday(start) });
  }
  return out;
}

/** "two years back", "a few months back": "ago" said as "back". Group 1: how long. */
const UNITS_BACK = /\b((?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|a few|a couple of|several)\s+(?:days?|weeks?|months?|years?))\s+back\b/gi;

/** The "N units back" of `text`, read as "N units ago" said at `ref` (epoch ms). */
function unitsBack(text: string, ref: number): DateMention[] {
  if (!/\sback\b/i.test(text)) return [];
  return [...text.matchAll(UNITS_BACK)].flatMap((m) => {
    const [r] = parseDates(`${m[1]} ago`, ref);
    const resolved = r ? resolveOne(r, ref, true, false) : null;
    return resolved ? [{ text: m[0], index: m.index, ...resolved }] : [];
  });
}

/** "last summer", "this winter", "past spring", "next summer". Group 1: which; group 2: the season. */
const SEASON = /\b(last|this|past|next|coming)\s+(spring|summer|fall|autumn|winter)\b/gi;
/** The month (0-based) a season starts in, meteorological and northern: spring March–May, …, winter December–February. */
export const SEASON_START: Record<string, number> = { spring: 2, summer: 5, fall: 8, autumn: 8, winter: 11 };

/**
 * The seasons `text` names, said at `ref` (epoch ms; question.ts reads a question's with them): "last summer" is the last one over by then
 * (said in August 2023, summer 2022; in December, summer 2023); "this winter" the one of the year
 * said in (in January or February, the one begun in December), the one before in a past-tense
 * sentence when it is yet to come; "next summer" the first to begin after the day said. Northern meteorological seasons; labels "summer 2022", "winter 2022–23".
 */
export function seasons(text: string, ref: number, past: boolean): DateMention[] {
  return [...text.matchAll(SEASON)].map((m) => {
    const name = m[2]!.toLowerCase();
    const startOf = (y: number) => Date.UTC(y, SEASON_START[name]!, 1);
    const said = new Date(ref);
    let year = said.getUTCFullYear();
    const which = m[1]!.toLowerCase();
    if (which === "this") {
      if (name === "winter" && said.getUTCMonth() < 2) year--;
      if (past && startOf(year) > ref) year--;
    } else if (which === "next" || which === "coming") {
      // (the first to begin after the day said)
      if (name === "winter" && said.getUTCMonth() < 2) year--;
      while (startOf(year) <= ref) year++;
    } else while (Date.UTC(year, SEASON_START[name]! + 3, 1) > ref) year--;
    const label = name === "winter" ? `winter ${year}–${String(year + 1).slice(2)}` : `${name} ${year}`;
    return { text: m[0], index: m.index, start: startOf(year), granularity: "season" as const, label };
  });
}

/**
 * A bare ordinal day after a preposition of time ("by the 28th", "on the 3rd"): group 1 the day.
 * Not one that counts something ("the 18th century", "my 2nd time", "down 10 in the 4th"): only after
 * "on", "by", "until" …, and before a break, a preposition or a conjunction.
 */
const ORDINAL_DAY =
  /\b(?:on|by|until|till|before|after|from|since)\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?=\s*(?:$|[,.;:!?)]|(?:at|in|for|and|or|but|so|to|when|then|from|until|till)\b))/gi;

/** A day with its weekday, as a weekday said is annotated: "Saturday 14 November 2026". */
function dayWithWeekday(ms: number): string {
  return `${new Date(ms).toLocaleDateString("en-GB", { weekday: "long", timeZone: "UTC" })} ${humanDate(ms)}`;
}

/** A weekday with its ordinal day ("Saturday the 14th", "Saturday 14th"): group 1 the weekday, group 2 the day. */
const WEEKDAY_ORDINAL = new RegExp(`\\b(${DAY_NAMES})\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\b`, "gi");

/**
 * The bare ordinal days of `text` ("I need it back by the 28th"), which chrono does not read, said at
 * `ref` (epoch ms): that day of the month said in, or of the next when it is gone; in a past-tense
 * sentence (`pastSaid`), of the month said in, or of the last when it is yet to come, but for a day
 * something was moved from ({@link MOVED_FROM}), which is to come. A weekday with its ordinal
 * day ("on Saturday the 14th", "Saturday 14th") is the nearest month's day that falls on that weekday, from the month
 * said in on (back from it in the past), within a year.
 */
/** The day something was moved from, before it: "we've moved your cleaning from " (the day it was, like the one it goes to, to come). */
const MOVED_FROM = /\b(?:moved|rescheduled|postponed|pushed(?:\s+(?:back|out))?|changed|brought\s+forward|swapped)\b[^.;!?]*?\bfrom\s+(?:the\s+|on\s+)?$/i;

function ordinalDays(text: string, ref: number, pastSaid: boolean): DateMention[] {
  if (!/\bthe\s+\d|day\s+\d{1,2}(?:st|nd|rd|th)\b/i.test(text)) return [];
  const said = new Date(ref);
  const today = startOfDay(ref);
  const on = (months: number, day: number) => Date.UTC(said.getUTCFullYear(), said.getUTCMonth() + months, day);
  const dated = (m: RegExpMatchArray, start: number, weekday: boolean): DateMention => ({
    text: m[0],
    index: m.index!,
    start,
    granularity: "day",
    label: weekday ? dayWithWeekday(start) : humanDate(start),
  });
  // (a day something was moved from is one to come, said in the past too)
  const pastAt = (m: RegExpMatchArray) => pastSaid && !MOVED_FROM.test(text.slice(0, m.index));
  const weekdays = [...text.matchAll(WEEKDAY_ORDINAL)].flatMap((m) => {
    const past = pastAt(m);
    const weekday = DAY_NAMES.split("|").indexOf(m[1]!.toLowerCase());
    const day = Number(m[2]);
    for (let i = 0; i < 12; i++) {
      const start = on(past ? -i : i, day);
      const fits = new Date(start).getUTCDate() === day && (new Date(start).getUTCDay() + 6) % 7 === weekday;
      if (fits && (past ? start <= today : start >= today)) return [dated(m, start, true)];
    }
    return [];
  });
  const bare = [...text.matchAll(ORDINAL_DAY)].flatMap((m) => {
    const past = pastAt(m);
    const day = Number(m[1]);
    const start = past ? (on(0, day) > today ? on(-1, day) : on(0, day)) : on(0, day) < today ? on(1, day) : on(0, day);
    // (a day the month has not: "the 31st" of April, "the 0th", "the 45th")
    if (new Date(start).getUTCDate() !== day) return [];
    return [dated(m, start, false)];
  });
  const inWeekday = (d: DateMention) => weekdays.some((w) => d.index >= w.index && d.index < w.index + w.text.length);
  return [...weekdays, ...bare.filter((d) => !inWeekday(d))];
}

/** "two weekends ago", "a weekend ago", "a couple of weekends ago". Group 1: how many. */
const WEEKENDS_AGO = /\b(a|one|two|three|four|five|six|\d+|a couple of|a few|several)\s+weekends?\s+ago\b/gi;
const COUNTS: Record<string, number> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };

/**
 * The "N weekends ago" of `text`, said at `ref` (epoch ms): the Nth weekend before the day, counting
 * the last one whole (said on a Saturday or Sunday, the weekend then is none of them): "two weekends
 * ago" said on Monday 17 July 2023 is the weekend of 8–9 July; a vague count ("a couple of weekends
 * ago") is said before the day, as "a few weeks ago" is.
 */
function weekendsAgo(text: string, ref: number): DateMention[] {
  if (!/weekends?\s+ago/i.test(text)) return [];
  const sinceSaturday = (new Date(ref).getUTCDay() + 1) % 7;
  const lastSaturday = startOfDay(ref) - (sinceSaturday + (sinceSaturday <= 1 ? 7 : 0)) * DAY;
  return [...text.matchAll(WEEKENDS_AGO)].map((m) => {
    const count = m[1]!.toLowerCase();
    const n = COUNTS[count] ?? Number(count);
    if (Number.isNaN(n))
      return {
        text: m[0],
        index: m.index,
        start: lastSaturday - 7 * DAY,
        granularity: "week",
        label: vagueBefore(m[0], ref),
      };
    const w = weekendLabel(lastSaturday - (n - 1) * 7 * DAY);
    return { text: m[0], index: m.index, start: w.start, granularity: "weekend", label: w.label };
  });
}

/**
 * Text right after an expression that was already resolved: " (21 December 2022)", " (the week
 * before …)", and ", (Friday 4 August 2023)" as earlier versions wrote it, after chrono's comma.
 */
const RESOLVED_AFTER = /^[,;:]?\s*\((?:[^()]*\d{4}|the (?:week|weekend)[^()]*)\)/;

/**
 * Writes the absolute date after each relative expression of `text`:
 * "I went there yesterday" said on 8 May 2023 → "I went there yesterday (7 May 2023)". An expression
 * already followed by its resolved date (text quoted from a memory) is left as it is.
 * @returns the annotated text and the mentions found (see {@link resolveDates}).
 */
export function annotateDates(text: string, ref: number, opts: { past?: boolean } = {}): { text: string; dates: DateMention[] } {
  // an expression already resolved ("yesterday (21 December 2022)", e.g. quoted from a memory) keeps its date
  const dates = resolveDates(text, ref, opts).filter((d) => !RESOLVED_AFTER.test(text.slice(d.index + d.text.length)));
  let out = text;
  for (const d of [...dates].reverse()) {
    const end = d.index + d.text.length;
    const after = out.slice(end);
    const s = /^['’]s\b\s*/.exec(after);
    if (!s) out = `${out.slice(0, end)} (${d.label})${after}`;
    else if (CONTRACTED.test(after.slice(s[0].length))) {
      // "Tomorrow's gonna be …" → "Tomorrow (9 May 2023) is gonna be …", "This week's been …" → "… has been …"
      const verb = /^been\b/i.test(after.slice(s[0].length)) ? "has" : "is";
      out = `${out.slice(0, end)} (${d.label}) ${verb} ${after.slice(s[0].length)}`;
    } else out = `${out.slice(0, end)}${after.slice(0, 2)} (${d.label})${after.slice(2)}`; // "Friday night's (…) board game"
  }
  return { text: out, dates };
}

/** A resolved date as {@link annotateDates} writes it after its expression: " (4 June 2022)", " (the week before …)"; group 1 the label. */
const WRITTEN_LABEL = /\s\(((?:[^()]*\d{4})|the (?:week|weekend)[^()]*)\)/g;

/**
 * `text` without a resolved date written again, whole, after a later expression: a fact or a summary
 * joins sentences each annotated alone ("Yesterday (4 June 2022) was crazy cool - I wrote a few bits
 * for a screenplay that appeared on the big screen yesterday (4 June 2022)!" → "… on the big screen
 * yesterday!"). The first stays, so the text still says the day once.
 */
export function withoutRepeatedDates(text: string): string {
  const seen = new Set<string>();
  return text.replace(WRITTEN_LABEL, (written, label: string) => {
    if (seen.has(label)) return "";
    seen.add(label);
    return written;
  });
}

/** Words after "'s" that make it "is" or "has" ("Tomorrow's gonna be", "This week's been"), not a possessive. */
const CONTRACTED =
  /^(?:been|gonna|going|not|so|really|just|a|an|the|very|pretty|too|all|always|never|finally|still|here|coming|almost|over|already|getting|when|my|your|our|his|her|their|gone|got|off|on|about|looking|definitely|totally|it)\b/i;

/** A date mention as stored in memory details: `{ text, date: "2023-05-07", granularity, label }`. */
export function dateDetail(d: DateMention): { text: string; date: string; granularity: DateGranularity; label: string } {
  return { text: d.text, date: isoDate(d.start), granularity: d.granularity, label: d.label };
}

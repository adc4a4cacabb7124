// The date expressions chrono-node reads in a text (parseDates), each as written, with what it is given
// instead where it misreads ("Tues", "3.40pm", "Friday 13 to Sunday 15 November") and what it reads that names no date.
import * as chrono from "chrono-node";
import { BARE_WEEKDAY, DAY_NAMES, MONTH_ALONE, MONTH_NAMES } from "./date-words.js";

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

/** A month's short name in lower case ("dec", "mar"), which is seldom a month's. */
const LOWER_SHORT_MONTH = /\b(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b/;

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
      // (and "the Saturday" closing its clause is one the talk already named, a trip's: "Should we book Belcanto for the
      // Saturday?" of a weekend in Lisbon in January; no date is better than the next Saturday; "the Saturday after
      // next" and "the Thursday collection" go on to say which)
      .filter(
        (r) => !(BARE_WEEKDAY.test(r.text.trim()) && /\bthe\s+$/i.test(text.slice(0, r.index)) && !/^\s+\p{L}/u.test(text.slice(r.index + r.text.length))),
      )
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
        )
          // (and without the dash of a range chrono began to read, nor the space before it: "due in March — last done
          // by Dave" had been annotated after the dash)
          .replace(/\s*(?:[-–—]+\s*)?$/, "")
          .replace(/[.,;:]$/, ""),
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

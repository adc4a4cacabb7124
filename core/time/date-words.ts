// The names of weekdays and months as regular expressions: the alternations other modules build theirs
// from (DAY_NAMES, MONTH_NAMES), a day with a month's short name, and a weekday's or a month's name alone;
// and the number words a count of time says (NUMBER_WORDS, COUNTS).

/** The weekday names, lower case, as a regular-expression alternation ("monday|tuesday|…"). */
export const DAY_NAMES = "monday|tuesday|wednesday|thursday|friday|saturday|sunday";
/** The month names, lower case, as a regular-expression alternation ("january|february|…"). */
export const MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october|november|december";

/** A day with a month's short name, as a reminder text writes it ("Tue 17 Nov", "Nov 17"): alone, "mar" or "dec" may be any word. */
export const SHORT_MONTH_DAY =
  "\\d{1,2}(?:st|nd|rd|th)?\\s+(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?";

/** A month's name alone, as chrono reads it ("June"): in a name, a person's ("Aunt June"). */
export const MONTH_ALONE = new RegExp(`^(?:${MONTH_NAMES})$`, "i");

/** A weekday's name alone ("Saturday"). */
export const BARE_WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;

/** Number words of a count of time ("three years ago", "for seven years"), as their values. */
export const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
};

/** {@link NUMBER_WORDS} with "a" and "an" as one ("a week from Friday", "a month ago"). */
export const COUNTS: Record<string, number> = { a: 1, an: 1, ...NUMBER_WORDS };

// What reads as a date and names none: a title in quotes, a web address, a recurring time ("every Sunday"),
// a kind of day ("Saturday hire", "the Sunday Times"), a month's name that is someone's ("June is a monster").
import { BARE_WEEKDAY, MONTH_NAMES } from "./date-words.js";

/** A web address ("https://…", "www.…"), to its first white space. */
export const WEB_ADDRESS = /\bhttps?:\/\/\S+|\bwww\.\S+/gi;

/** A span in quotes, straight or curly, of at most 120 characters: a title ("Tomorrow, and Tomorrow, and Tomorrow") or words quoted. */
export const QUOTED = /"[^"\n]{2,120}"|“[^”\n]{2,120}”/g;

/** Words before an expression that make it recurring ("every Sunday", "each week", "most weekends"; a rate's days, "30 buns a day, Monday to Saturday"). */
export const RECURRING_BEFORE = /\b(?:every|each|most|all)\s+(?:other\s+)?$|\b(?:a|per)\s+(?:day|night|week),?\s+$/i;
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

/** What follows a weekday that names a kind of day: a rate's noun, or a price ("Saturday hire", "Sunday rates", "Friday £5,200"); or a thing held on that day of every week ("the Saturday market", "Tobacco Factory Sunday Market", "Sunday league"). */
const KIND_OF_DAY_AFTER = /^\s+(?:hire|rates?|prices?|fees?|tariffs?|surcharge|opening\s+hours|timetable|menu|markets?|league|roast|papers?)\b|^\s+[£$€]\s?\d/i;

/** A sentence that says what is done every day or every year, whose months come round again: "every morning", "every year", "each spring", "annually". */
export const EVERY_IN_SENTENCE =
  /\b(?:every|each)\s+(?:other\s+)?(?:day|morning|evening|night|week|month|year|spring|summer|autumn|fall|winter|season)\b|\b(?:daily|annually|yearly)\b/i;

/** Words after an expression that make it recurring: a plural ("on Sunday|s", "on Sunday nights"), "of every month" ("the first Thursday of every month", "of the month"). */
export const RECURRING_AFTER = /^(?:\s*s\b|\s+(?:nights|mornings|evenings|afternoons|lunchtimes)\b|\s+(?:of\s+)?(?:every|each)\b|\s+of\s+the\s+month\b)/i;

/** What a month's name opening a sentence is said to be when it names someone: "is a monster", "was so funny" (not "was a busy month"). */
export const SAID_TO_BE =
  /^\s+(?:is|was|isn['’]t|wasn['’]t)\s+(?:a|an|so|such|the|my|really|just|very)\b(?![^.!?]*\b(?:month|time|season|summer|winter|spring|autumn|year)\b)/i;

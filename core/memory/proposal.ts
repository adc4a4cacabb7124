// A plan proposed as a question or a "Let's …" ("How about Dishoom on the 23rd?", "Shall we meet at
// Café Nero on Saturday?", "Let's start with 30 buns a day"), told as the speaker's suggestion ("I
// suggested …"); and the day or time a clause names.
import nlp from "compromise";
import { DAY_NAMES, MONTH_NAMES } from "../time/mentions.js";

/** A day, a month or a time of day a clause names ("tomorrow", "26 March", "at 6:40", "5pm"). */
export const SAYS_WHEN = new RegExp(`\\b(?:today|tonight|tomorrow|${DAY_NAMES}|${MONTH_NAMES})\\b|\\b\\d{1,2}[:.]\\d{2}\\b|\\b\\d{1,2}\\s?(?:am|pm)\\b`, "i");

/** A period to come a plan names: "next month", "this weekend" ("Let's do it next month when the weather is more pleasant"). */
const NEXT_PERIOD = /\b(?:next|this|coming)\s+(?:week|weekend|month|year|spring|summer|autumn|fall|winter)\b/i;

/** A proposal put as a question: "How about Dishoom on the 23rd?", "What about the Crown on Friday at 7?" (group 1 what is proposed). */
const PROPOSAL = /^(?:how|what)\s+about\s+(.+?)\s*\?+$/i;
/** A place by its name, then where it is by a name: "Dalbit Sikdang near Mangwon market", "Nando's in Camden" (not "Lisbon", "the park near us"). */
const PLACE_BY_NAME = /^(?:the\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+[\p{L}'’&-]+){0,3}?\s+(?:near|in|by|off|opposite|behind)\s+(?:the\s+)?\p{Lu}/u;
/** A proposal to do something together: "Shall we meet at Café Nero on Saturday?", "Why don't we grab lunch at Dishoom on Friday?", "How about we go to McGee's pub then?" (group 1 the verb, 2 the rest, without a closing "then"). */
const PROPOSED_DOING =
  /^(?:shall\s+we|should\s+we|why\s+don['’]t\s+we|how\s+about\s+we|(?:do\s+you\s+)?want\s+to|fancy)\s+(\p{Ll}+)\s+(.+?)(?:\s+(?:then|instead))?\s*\?+$/iu;
/** Going to or meeting at a place by its name, proposed: "going to McGee's pub", "meeting at Café Nero" (no day needed). */
const TO_NAMED_PLACE = /^(?:going|heading|meeting|trying)\s+(?:to|at|out\s+to)\s+(?:the\s+)?\p{Lu}/u;
/** A meal or a drink proposed with when, as a question of its own: "Drinks on Thursday 19 November?", "Coffee at 11 tomorrow?" (group 1 what and when). */
const MEAL_ASKED =
  /^((?:drinks?|a drink|pints?|a pint|dinner|lunch|brunch|breakfast|coffee|a coffee|tea|a curry|food)\s+(?:on|at|this|next|tomorrow|tonight|in)\b[^?]*?)\s*\?+$/i;
/**
 * An event of a named day at a place by its name, asked as a question with no verb: "Boxing Day walk at
 * Epping Forest as usual?", "Sunday roast at the Crown?" (group 1 the event and where, group 2 what after).
 */
const DAY_EVENT_ASKED = new RegExp(
  String.raw`^((?:the\s+)?(?:boxing\s+day|christmas(?:\s+(?:eve|day))?|new\s+year['’]?s(?:\s+(?:eve|day))?|easter(?:\s+(?:sunday|monday))?|bonfire\s+night|${DAY_NAMES})\s+\p{Ll}+(?:\s+\p{Ll}+)?\s+(?:at|in|on)\s+(?:the\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+\p{Lu}[\p{L}'’&-]*)*)((?:\s+(?:as\s+usual|again|this\s+year))?)\s*\?+$`,
  "iu",
);

/** A proposal said as "Let's …": "Let's start with 30 cardamom buns a day, Monday to Saturday." (group 1 the verb, 2 the rest); not a wish or a turn of talk ("Let's hope …", "Let's see", "Let's be honest"). */
const LETS = /^let['’]?s\s+(?!(?:hope|pray|wish|see|say|not|face|just|assume|imagine|remember|agree|admit|be)\b)(\p{Ll}+)\s+(.+?)\s*[.!]*$/iu;
/** After "Let's go", one named gone for: "for Cotham Brow", "for the Hartley quote" (group 1; not "for a walk", "for dinner at Dishoom"). */
const GOING_FOR_NAMED = /^for\s+((?:the\s+)?\p{Lu}.*)$/u;
/** A word that is, or opens with, a day's or a month's name ("Friday", "Friday?"). */
const OPENS_CALENDAR_NAME = new RegExp(`^(?:${DAY_NAMES}|${MONTH_NAMES})\\b`, "i");
/** A day of a month named: "14 November", "November 14th". */
const DAY_OF_MONTH = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH_NAMES})\\b|\\b(?:${MONTH_NAMES})\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`, "i");
/** A day of the month said alone ("the 23rd"). */
const ORDINAL_DAY = /\bthe\s+\d{1,2}(?:st|nd|rd|th)\b/i;

/**
 * What a question proposes, as the speaker's suggestion in the first person ("How about Dishoom on the
 * 23rd?" → "I suggested Dishoom on the 23rd."; "Shall we meet at Café Nero at 11 on Saturday?" → "I
 * suggested meeting at Café Nero at 11 on Saturday."), when it names a day or a time and a place or
 * thing by its name (a capitalised word that is no day or month), or a meal or a drink and when ("Drinks
 * on Thursday 19 November?" → "I suggested drinks on Thursday 19 November."), or a place by its name and
 * where it is ({@link PLACE_BY_NAME}: "How about Dalbit Sikdang near Mangwon market?"); null for any other
 * question ("How about you?", "What about tomorrow?", "Shall we go for a walk on Sunday?"). A "Let's …"
 * that names a number, a day or a time, or a thing by its name is one too ("Let's start with 30 buns a
 * day, Monday to Saturday" → "I suggested starting with 30 buns a day, Monday to Saturday."; not
 * "Let's catch up soon"); and so is an event of a named day at a place by its name ({@link DAY_EVENT_ASKED}:
 * "Boxing Day walk at Epping Forest as usual?" → "I suggested the Boxing Day walk at Epping Forest as usual.").
 */
export function proposal(text: string): string | null {
  // (a "Let's …" that names a number, a day or a time, or a thing by its name: "Let's start with 30 buns a day")
  const lets = LETS.exec(text.trim());
  if (lets) {
    // (the name it ends on is whom it is said to: "Let's do it, Maria!")
    // (and its question mark asks no question of a suggestion: "Let's do the 23rd instead?")
    const rest = lets[2]!.replace(/[?!.…\s]+$/u, "").replace(/,\s*\p{Lu}[\p{L}'’-]*$/u, "");
    const named = rest.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && !OPENS_CALENDAR_NAME.test(w));
    // (a wish to make something of a day names nothing to do: "Let's make tomorrow unforgettable")
    const specific =
      /\d/.test(rest) || named || (lets[1]!.toLowerCase() !== "make" && (SAYS_WHEN.test(rest) || ORDINAL_DAY.test(rest) || NEXT_PERIOD.test(rest)));
    // (going for one named is choosing it: "Let's go for Cotham Brow" → "I suggested choosing Cotham Brow.")
    const chosen = lets[1]!.toLowerCase() === "go" ? GOING_FOR_NAMED.exec(rest)?.[1] : undefined;
    if (chosen) return `I suggested choosing ${chosen}.`;
    const verb = (nlp(lets[1]!).verbs().conjugate()[0] as { Gerund?: string } | undefined)?.Gerund;
    return specific && verb ? `I suggested ${verb} ${rest}.` : null;
  }
  const doing = PROPOSED_DOING.exec(text.trim());
  const gerund = doing ? (nlp(doing[1]!).verbs().conjugate()[0] as { Gerund?: string } | undefined)?.Gerund : undefined;
  // (a meal or a drink and when, asked: "Drinks on Thursday 19 November?", "Lunch at Dishoom on Friday?")
  const social = MEAL_ASKED.exec(text.trim());
  if (social && (SAYS_WHEN.test(social[1]!) || ORDINAL_DAY.test(social[1]!))) return `I suggested ${social[1]![0]!.toLowerCase()}${social[1]!.slice(1)}.`;
  // (an event of a named day at a place, asked: "Boxing Day walk at Epping Forest as usual?" → "I suggested the Boxing Day walk …")
  const event = DAY_EVENT_ASKED.exec(text.trim());
  if (event) return `I suggested the ${event[1]!.replace(/^the\s+/i, "")}${event[2]}.`;
  const what = doing ? (gerund ? `${gerund} ${doing[2]}` : null) : (PROPOSAL.exec(text.trim())?.[1] ?? null);
  // (a place by its name and where it is needs no day: "How about Dalbit Sikdang near Mangwon market?"; nor does going
  // to one by its name: "How about we go to McGee's pub then?" → "I suggested going to McGee's pub.")
  if (what && ((!doing && PLACE_BY_NAME.test(what)) || (doing && TO_NAMED_PLACE.test(what)))) return `I suggested ${what}.`;
  if (!what || !(SAYS_WHEN.test(what) || ORDINAL_DAY.test(what))) return null;
  // (a thing by its name, or a day of the month: "Shall we film it on Saturday 14 November?")
  const named = what.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && !OPENS_CALENDAR_NAME.test(w)) || DAY_OF_MONTH.test(what);
  return named ? `I suggested ${what}.` : null;
}

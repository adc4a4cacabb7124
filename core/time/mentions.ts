// Relative dates said in a text found and resolved against the time it was said (resolveDates), and written
// after their expressions (annotateDates). The date modules' API is re-exported here, where other folders import it from.
import { clauseBefore, clauseEndingAt, sentenceAround, sentenceBefore } from "./clause-spans.js";
import { countedDates } from "./counted-dates.js";
import type { DateMention } from "./date-mention.js";
import { monthRange, movedDays, spannedDaysLabel, spannedMonthsLabel, weekdayRange } from "./day-ranges.js";
import { BARE_WEEKDAY, DAY_NAMES, MONTH_ALONE, MONTH_NAMES, SHORT_MONTH_DAY } from "./date-words.js";
import { durationsSince } from "./durations.js";
import { holidaysSaid } from "./holidays.js";
import { monthOfYear, weekdaysInOrder } from "./joined-mentions.js";
import { EVERY_IN_SENTENCE, kindOfDay, QUOTED, RECURRING_AFTER, RECURRING_BEFORE, SAID_TO_BE, WEB_ADDRESS } from "./not-dates.js";
import { parseDates } from "./parse-dates.js";
import { nearestMonth, resolveOne } from "./resolve-mention.js";
import { seasons } from "./seasons.js";
import {
  APPOINTED_IN_CLAUSE,
  ARRANGED_IN_CLAUSE,
  FUTURE,
  FUTURE_IN_CLAUSE,
  GERUND_OPENING,
  INSTRUCTION_OPENING,
  MOVED_FROM,
  MOVED_TO,
  PAST_VERB,
  PROGRESSIVE_IN_CLAUSE,
  REQUEST_OPENING,
  REQUESTED_IN_CLAUSE,
  SCHEDULED_IN_CLAUSE,
  VERB_IN_CLAUSE,
} from "./tense-cues.js";
import { ordinalDays, unitsBack, weekendsAgo } from "./unread-dates.js";

export { NAME_TITLES } from "./clause-spans.js";
export type { DateGranularity, DateMention } from "./date-mention.js";
export { dateDetail, startOfDay } from "./date-labels.js";
export { DAY_NAMES, MONTH_NAMES } from "./date-words.js";
export { kindOfDay, QUOTED } from "./not-dates.js";
export { type ParsedDate, parseDates } from "./parse-dates.js";
export { withoutRepeatedDates } from "./repeated-dates.js";
export { SEASON_START, seasons } from "./seasons.js";

/**
 * A weekday shortened after "last", "next", "this" or "past" ("last Tues", "next Fri"); alone
 * ("sat", "sun") a short form is too ambiguous.
 */
const SHORT_WEEKDAY = "(?:last|next|this|past)\\s+(?:mon|tues?|weds?|thu|thurs?|fri|sat|sun)";
/** Cheap test before running chrono: text without any of these words holds no relative date. */
const MAY_HOLD_DATE = new RegExp(
  `\\b(yesterday|today|tonight|tomorrow|ago|weekends?|weeks?|months?|years?|night|morning|spring|summer|fall|autumn|winter|${DAY_NAMES}|${MONTH_NAMES}|${SHORT_WEEKDAY}|${SHORT_MONTH_DAY})\\b|\\bthe\\s+\\d{1,2}(?:st|nd|rd|th)\\b|\\bdays?\\s+from\\b|\\bin\\s+\\w+\\s+days?\\b|\\b(?:last|this|next)\\s+(?:christmas|xmas|easter|hallowe['’]?en|thanksgiving|valentine|new\\s+year|boxing\\s+day|bonfire\\s+night|good\\s+friday|independence\\s+day|fourth\\s+of\\s+july|st\\.?\\s+patrick)`,
  "i",
);

/**
 * Finds relative date expressions ("yesterday", "last Tuesday", "next month", "three years ago",
 * "last weekend") in `text` with chrono-node and resolves them against `ref`, the time the text
 * was written (epoch ms UTC). Expressions that already carry a year, durations ("for 4 years",
 * "after 3 years" in a statement not about the future), but one that says when something began
 * (durations.ts: "I've had them for 3 years now" → since 2019),
 * recurring times ("every Sunday", "on Sundays", "the first Thursday of every month"), "now" and bare times of day are left out; "two
 * weekends ago", "last summer", "two years back" and "three weeks from today", which chrono does not read, are read
 * here; "two years later" counts from what the sentence tells, not from `ref`, and is left out.
 * @param opts.past the text speaks of the past (a bare weekday then means the previous one, unless
 *   its clause says what would come: "He said it would be fixed by Friday").
 * @param opts.ahead the text speaks of what is to come, as a question in the present of a plan does
 *   ("What time is Mia's swimming lesson on Saturday?", asked on a Tuesday: the Saturday to come).
 * @returns mentions in text order.
 */
export function resolveDates(text: string, ref: number, opts: { past?: boolean; ahead?: boolean } = {}): DateMention[] {
  const out: DateMention[] = [];
  if (!MAY_HOLD_DATE.test(text)) return out;
  // a date already written out ("(the weekend of 5–6 August 2023)") holds no expression to resolve
  const written = [...text.matchAll(/\([^()]*\d{4}\)/g)].map((m) => [m.index, m.index + m[0].length] as const);
  // (and a title in quotes names no day: "Tomorrow, and Tomorrow, and Tomorrow")
  const quoted = [...text.matchAll(QUOTED)].map((m) => [m.index, m.index + m[0].length] as const);
  // (nor does a web address: "…/Design-sync-6-October-3f9a12c7")
  const links = [...text.matchAll(WEB_ADDRESS)].map((m) => [m.index - 1, m.index + m[0].length] as const);
  const inside = (index: number) => [...written, ...quoted, ...links].some(([from, to]) => index > from && index < to);
  for (const r of parseDates(text, ref)) {
    if (inside(r.index)) continue;
    // a recurring time ("every Sunday", "each morning", "on Sundays") is no date
    if (RECURRING_BEFORE.test(text.slice(0, r.index)) || RECURRING_AFTER.test(text.slice(r.index + r.text.length))) continue;
    // (nor a range of months in a sentence of what is done every day or year: "Taking cetirizine every morning from March to July")
    if (monthRange(r) && EVERY_IN_SENTENCE.test(sentenceAround(text, r.index))) continue;
    // (nor is "a Monday": "we meet once a month, on a Monday")
    if (BARE_WEEKDAY.test(r.text.trim()) && /\ban\s+$|\ba\s+$/i.test(text.slice(0, r.index))) continue;
    // (nor a weekday that names a kind of day, a rate's: "Saturday hire is £6,800, Friday £5,200")
    if (kindOfDay(text, r)) continue;
    // (nor a weekend named by what it is for, an event's name: "the Peak District weekend", "our Glastonbury weekend";
    // a holiday's weekend is its dates: "the Easter weekend")
    if (/^weekend$/i.test(r.text.trim()) && namedWeekend(text.slice(0, r.index))) continue;
    // (nor a month's name a sentence opens on and says someone is: "June is a monster", a character's)
    if (MONTH_ALONE.test(r.text) && /(?:^|[.!?]\s+)$/.test(text.slice(0, r.index)) && SAID_TO_BE.test(text.slice(r.index + r.text.length))) continue;
    // "left my job after 3 years" is how long; "after 3 days" is when only of what will be ("I'll call after 3 days")
    if (/^after\b/i.test(r.text) && !FUTURE.test(text)) continue;
    const before = text.slice(0, r.index);
    // a weekday of what would happen ("He said it would be fixed by Friday") is the coming one
    const clause = clauseBefore(text, r.index);
    // (and so is the day of what someone was asked to do, told when asked: "Tom asked Priya to water Tom's plants on Sunday";
    // not a day the thing asked for is from: "asked Melanie to send the photos from Saturday")
    const future = (opts.ahead ?? false) || FUTURE_IN_CLAUSE.test(clause) || (REQUESTED_IN_CLAUSE.test(clause) && !/\b(?:from|since|of)\s+$/i.test(before));
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
      // (and a clause that opens on it: "I got a new job! Starting at Google in March as a product designer")
      /^\s*(?:starting|beginning)\s+(?!to\b)/i.test(clause) ||
      MOVED_TO.test(before) ||
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
    if (!resolved) continue;
    // (a range of weekdays alone said of no time in particular is a week's hours or working days: "The shop is open Tuesday to Saturday")
    if (weekdayRange(r) && !(opts.past || future || arranged || next || starting || instructed)) continue;
    // (and one that tells a move is its two days, each annotated after its word: "moved the meeting from Friday (…) to Monday (…)")
    const moved = MOVED_FROM.test(`${clause}from `) ? movedDays(r, resolved.start) : null;
    if (moved) {
      out.push(...moved);
      continue;
    }
    const spanned =
      resolved.granularity === "day" ? spannedDaysLabel(r, resolved.start) : resolved.granularity === "month" ? spannedMonthsLabel(r, resolved.start) : null;
    const label = spanned ?? resolved.label;
    out.push({ text: r.text, index: r.index, ...(forMonth && resolved.granularity === "month" ? nearestMonth(resolved.start, ref) : { ...resolved, label }) });
  }
  // (chrono reads no "weekends ago", no season, no "years back" and no "weeks from today": at most their "weekend" or "today", which they replace)
  // (nor when what lasted began: "I've had them for 3 years now" → since 2019)
  const unread = [
    ...weekendsAgo(text, ref),
    ...seasons(text, ref, opts.past ?? false),
    ...unitsBack(text, ref),
    ...countedDates(text, ref),
    ...holidaysSaid(text, ref, opts.past ?? false),
    ...ordinalDays(text, ref, opts.past ?? false),
    ...durationsSince(text, ref),
  ].filter((d) => !inside(d.index)); // (nor those chrono does not read: a song's "Last Christmas" in quotes)
  const read = weekdaysInOrder(monthOfYear(out, text), text);
  if (unread.length === 0) return read;
  const overlaps = (d: DateMention) => unread.some((w) => w.index < d.index + d.text.length && d.index < w.index + w.text.length);
  return [...read.filter((d) => !overlaps(d)), ...unread].sort((a, b) => a.index - b.index);
}

/** Words a weekend may be named by that date it: a holiday's, a calendar's ("the Easter weekend", "the Bank Holiday weekend"). */
const DATING_NAME = new RegExp(
  String.raw`^(?:easter|christmas|xmas|holiday|bank|thanksgiving|whitsun|pentecost|memorial|labou?r|independence|day|year|${DAY_NAMES}|${MONTH_NAMES})$`,
  "i",
);

/** Whether the words before a "weekend" name it by what it is for: "the Peak District ", "our Glastonbury " (capitalised, after a determiner; no holiday). */
function namedWeekend(before: string): boolean {
  const words = /\b(?:the|our|my|their|his|her|your)\s+((?:\S+\s+){1,3})$/i.exec(before)?.[1]?.trim().split(/\s+/);
  return !!words && words.every((w) => /^\p{Lu}/u.test(w) && !DATING_NAME.test(w.replace(/['’]s$/, "")));
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
export function annotateDates(text: string, ref: number, opts: { past?: boolean; ahead?: boolean } = {}): { text: string; dates: DateMention[] } {
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

/** Words after "'s" that make it "is" or "has" ("Tomorrow's gonna be", "This week's been"), not a possessive. */
const CONTRACTED =
  /^(?:been|gonna|going|not|so|really|just|a|an|the|very|pretty|too|all|always|never|finally|still|here|coming|almost|over|already|getting|when|my|your|our|his|her|their|gone|got|off|on|about|looking|definitely|totally|it)\b/i;

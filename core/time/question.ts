import * as chrono from "chrono-node";
import { countedDates } from "./counted-dates.js";
import { humanDate } from "./format.js";
import { holidayIn } from "./holidays.js";
import { MONTH_NAMES } from "./date-words.js";
import { kindOfDay, QUOTED } from "./not-dates.js";
import { type ParsedDate, parseDates } from "./parse-dates.js";
import { monthsCounted } from "./resolve-mention.js";
import { SEASON_START, seasons } from "./seasons.js";

const DAY = 86_400_000;

/** A period a question is about: [from, to) in epoch ms UTC, with the words that named it. */
export interface QuestionTime {
  from: number;
  to: number;
  /** The expression as written ("last week", "in May 2023"). */
  text: string;
  /** The period for people: "8–14 May 2023", "May 2023", "2022". */
  label: string;
}

function startOfDay(ms: number): number {
  return Math.floor(ms / DAY) * DAY;
}

/** Monday 00:00 UTC of the week holding `ms` (ISO weeks). */
function startOfWeek(ms: number): number {
  const day = (new Date(ms).getUTCDay() + 6) % 7;
  return startOfDay(ms) - day * DAY;
}

function range(from: number, to: number, text: string): QuestionTime {
  const last = to - 1;
  return { from, to, text, label: to - from <= DAY ? humanDate(from) : `${humanDate(from)} – ${humanDate(last)}` };
}

/**
 * Whether the date words `r` are a title's: quoted ("Who recommended "Today Will Be Different"?") or a
 * day's word capitalised inside the question ("What did I say about Tomorrow, and Tomorrow, and Tomorrow?").
 */
function titleWords(question: string, r: ParsedDate): boolean {
  if ([...question.matchAll(QUOTED)].some((m) => r.index > m.index && r.index < m.index + m[0].length)) return true;
  return r.index > 0 && /^(?:Today|Tomorrow|Tonight|Yesterday)\b/.test(r.text);
}

/**
 * The period a question asks about, resolved against `now` (epoch ms, the time of asking): "last
 * week" → the previous Monday–Sunday; "yesterday" → that day; "in May 2023" / "last month" → that
 * month; "in 2022" / "last year" → that year; "last weekend" → Saturday–Sunday; "on Monday" → the
 * last Monday (today on a Monday; the coming one in a question about what is to come); "the Monday
 * before July 24, 2023" → 17–24 July; "between August 11 and August 15 2023" → those days; "last Tues"
 * → that Tuesday; "at the start of November", "early November" → its first week, "the end of October"
 * → its last; a holiday its day ("on Halloween", "for Christmas": holidays.ts); a week or a weekend
 * said of a date as Engram's own facts write it ("the week before 16 June 2022", "the weekend of 5–6
 * August 2023", "two weeks before August 11, 2023") or of a month ("the first weekend of August 2023":
 * {@link anchoredWeek}, {@link ordinalWeek}); a season ("summer 2021", "last summer": {@link season}). Uses chrono-node (mentions.ts `parseDates`).
 * Durations ("for 4 years") and "now" are not periods.
 * @returns the period, or null when the question names none.
 */
export function questionTime(question: string, now: number): QuestionTime | null {
  const between =
    betweenRange(question, now) ??
    monthPart(question, now) ??
    ordinalWeek(question, now) ??
    anchoredWeek(question, now) ??
    season(question, now) ??
    countedPeriod(question, now);
  if (between) return between;
  // (a holiday is its day: "What did I watch on Halloween?", "What am I doing for Christmas?")
  const holiday = holidayIn(question, now, FUTURE_QUESTION.test(question) && !PAST_QUESTION.test(question));
  if (holiday) return range(holiday.day, holiday.day + DAY, holiday.text);
  const year = /\b(?:in|during|of|since)\s+((?:19|20)\d\d)\b/i.exec(question);
  const found = parseDates(question, now);
  for (const [i, r] of found.entries()) {
    const text = r.text.toLowerCase();
    if (/^(for|since)\b/.test(text) || /^(now|right now|just now)$/.test(text) || kindOfDay(question, r) || titleWords(question, r)) continue;
    const s = r.start;
    const ms = yearMeant(r, question, now);
    if (r.end) return range(startOfDay(ms), startOfDay(r.end.date().getTime()) + DAY, r.text);
    if (/\bweekend\b/.test(text)) {
      // ("this coming weekend": chrono reads "weekend", the one gone)
      const coming = /\b(?:next|coming)\s+$/i.test(question.slice(0, r.index)) && startOfWeek(ms) + 5 * DAY < startOfDay(now) - DAY;
      const sat = startOfWeek(ms) + (coming ? 12 : 5) * DAY;
      return range(sat, sat + 2 * DAY, r.text);
    }
    if (/\bweeks?\b/.test(text) && !/\bago\b/.test(text)) {
      const base = /\b(last|past|previous)\b/.test(text) ? now - 7 * DAY : /\b(next|coming)\b/.test(text) ? now + 7 * DAY : now;
      return range(startOfWeek(base), startOfWeek(base) + 7 * DAY, r.text);
    }
    if (s.isCertain("day")) return range(startOfDay(ms), startOfDay(ms) + DAY, r.text);
    if (s.isCertain("weekday")) {
      // "the Monday before July 24, 2023": from that weekday to the date said after it (both: people
      // write "the Monday before July 24" for Monday 24 July too)
      const next = found[i + 1];
      const link = /^\s+(before|after)\s+$/i.exec(question.slice(r.index + r.text.length, next?.index));
      if (next && link && next.start.isCertain("day")) {
        const anchor = startOfDay(next.start.date().getTime());
        const step = link[1]!.toLowerCase() === "before" ? -1 : 1;
        const gap = (((s.get("weekday") ?? 0) - new Date(anchor).getUTCDay()) * step + 7) % 7 || 7;
        const day = anchor + step * gap * DAY;
        return range(Math.min(day, anchor), Math.max(day, anchor) + DAY, question.slice(r.index, next.index + next.text.length));
      }
      // beside a date ("last Friday on 23 January, 2022") the date says when
      if (found.some((f) => f !== r && f.start.isCertain("day"))) continue;
      // alone, the last one ("What did I do on Monday?"), unless the question is about what is to come
      const ahead = /\b(?:next|coming)\b/.test(text) || (FUTURE_QUESTION.test(question) && !PAST_QUESTION.test(question));
      // (by day: "on Monday" asked on a Monday morning is that day, whatever hour chrono gave it)
      const day = startOfDay(ms);
      const today = startOfDay(now);
      const meant = ahead ? (day < today ? day + 7 * DAY : day) : day > today ? day - 7 * DAY : day;
      return range(meant, meant + DAY, r.text);
    }
    if (s.isCertain("month") || /\bmonths?\b/.test(text)) {
      // (a count of months from the month asked in: "last month" asked on 31 March is February)
      const months = monthsCounted(text);
      const d = months == null ? new Date(ms) : new Date(Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth() + months, 1));
      const from = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
      const to = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
      return { from, to, text: r.text, label: d.toLocaleDateString("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }) };
    }
    if (s.isCertain("year") || /\byears?\b/.test(text)) {
      const y = new Date(ms).getUTCFullYear();
      return { from: Date.UTC(y, 0, 1), to: Date.UTC(y + 1, 0, 1), text: r.text, label: String(y) };
    }
  }
  if (year) {
    const y = Number(year[1]);
    return { from: Date.UTC(y, 0, 1), to: Date.UTC(y + 1, 0, 1), text: year[0], label: String(y) };
  }
  return null;
}

/**
 * The period of a date a question counts from the day asked (counted-dates.ts: "two weeks from now",
 * "the weekend before last", "a year ago today"), which chrono reads as this week or in pieces: its
 * day, weekend, week (Monday to Sunday), month or year; null when it counts none.
 */
function countedPeriod(question: string, now: number): QuestionTime | null {
  const [d] = countedDates(question, now);
  if (!d) return null;
  if (d.granularity === "day") return range(d.start, d.start + DAY, d.text);
  if (d.granularity === "weekend") return range(d.start, d.start + 2 * DAY, d.text);
  if (d.granularity === "week") return range(startOfWeek(d.start), startOfWeek(d.start) + 7 * DAY, d.text);
  const at = new Date(d.start);
  const to = d.granularity === "month" ? Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1) : Date.UTC(at.getUTCFullYear() + 1, 0, 1);
  return { from: d.start, to, text: d.text, label: d.label };
}

/**
 * When a day or a month said with no year is (epoch ms): chrono-node takes the nearest one, which may be
 * months ahead ("on 18 April" asked on 8 December: April next year); a question is of the last one gone
 * (today's included), unless it is about what is to come ({@link FUTURE_QUESTION}), then of the next.
 */
function yearMeant(r: ParsedDate, question: string, now: number): number {
  const s = r.start;
  const ms = s.date().getTime();
  if (s.isCertain("year") || !s.isCertain("month")) return ms;
  const ahead = FUTURE_QUESTION.test(question) && !PAST_QUESTION.test(question);
  const d = new Date(ms);
  const inYear = (y: number) => Date.UTC(y, d.getUTCMonth(), s.isCertain("day") ? d.getUTCDate() : 1);
  const start = inYear(d.getUTCFullYear());
  // (its day, or its month's first, against today's)
  const today = s.isCertain("day") ? startOfDay(now) : Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth(), 1);
  if (!ahead && start > today) return ms - (start - inYear(d.getUTCFullYear() - 1));
  if (ahead && start < today) return ms + (inYear(d.getUTCFullYear() + 1) - start);
  return ms;
}

/**
 * A question about what is to come ("What date is Andrew going on Sunday?", "What will I do …", "… plan
 * to …", "What am I doing on Monday?", what is on a day or a calendar: "What's on Monday?", "What do I
 * have on Friday?", what is due or coming up: "What's due on Friday?"), unless PAST_QUESTION.
 */
const FUTURE_QUESTION =
  /\b(?:will|going|gonna|plans?|planning)\b|['’]ll\b|\b(?:am|is|are)\s+(?:i|we|you|he|she|they|it)\s+\p{L}+ing\b|(?:['’]s|\bis|\bare)\s+(?:happening|on|due|coming\s+up)\b|\bwhat\s+(?:do|have)\s+(?:i|we)\s+(?:have|got)\b|\b(?:calendar|schedule|agenda|diary)\b/iu;
/** The start or the end of a month: "at the start of November", "the beginning of May 2023", "early December", "the end of October", "late June" (group 1 or 2 which, 3 the month). */
const MONTH_PART = new RegExp(`\\b(?:(?:at\\s+)?the\\s+(start|beginning|end)\\s+of|(early|late))\\s+((?:${MONTH_NAMES})(?:\\s+\\d{4})?)\\b`, "i");

/** The first or last week of a month a question names as its start or end ({@link MONTH_PART}), or null. */
function monthPart(question: string, now: number): QuestionTime | null {
  const m = MONTH_PART.exec(question);
  const [month] = m ? parseDates(m[3]!, now) : [];
  if (!m || !month) return null;
  const d = month.start.date();
  const from = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  const to = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  return /^(?:end|late)$/i.test(m[1] ?? m[2]!) ? range(to - 7 * DAY, to, m[0]) : range(from, from + 7 * DAY, m[0]);
}

/**
 * A week or a weekend said of a date (group 1 how many weeks, group 2 "week" or "weekend", group 3
 * "before", "after" or "of", group 4 the date's words): "the week before 16 June 2022", "the weekend
 * of 5–6 August 2023", "last weekend before April 10, 2023", "two weeks before August 11, 2023".
 */
const ANCHORED_WEEK =
  /\b(?:(?:the|last|this|that)\s+)?(?:(\d+|two|three|four|a\s+couple\s+of|a\s+few)\s+)?(week|weekend)s?\s+(before|after|of)\s+([^?!;,]{3,40}?(?:,\s*\d{4})?)(?=\s*(?:[?.!;,]|$)|\s+(?:and|when|while|with|involving|to|for)\b)/i;
/** The first, second … or last week or weekend of a month (group 1 which, 2 "week" or "weekend", 3 the month): "the first weekend of August 2023", "the second week of November". */
const ORDINAL_WEEK = new RegExp(`\\b(first|second|third|fourth|last)\\s+(week|weekend)\\s+(?:of|in)\\s+((?:${MONTH_NAMES})(?:\\s+\\d{4})?)\\b`, "i");
const ORDINALS: Record<string, number> = { first: 0, second: 1, third: 2, fourth: 3 };

/** The week (days 1–7, 8–14 …, or the last seven) or the weekend (its first Saturday and Sunday …) of a month a question names ({@link ORDINAL_WEEK}), or null. */
function ordinalWeek(question: string, now: number): QuestionTime | null {
  const m = ORDINAL_WEEK.exec(question);
  const [month] = m ? parseDates(m[3]!, now) : [];
  if (!m || !month) return null;
  const d = new Date(yearMeant(month, question, now));
  const from = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  const to = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  const which = m[1]!.toLowerCase();
  const text = m[0];
  if (m[2]!.toLowerCase() === "week")
    return which === "last" ? range(to - 7 * DAY, to, text) : range(from + 7 * ORDINALS[which]! * DAY, from + 7 * (ORDINALS[which]! + 1) * DAY, text);
  // (the first Saturday of the month, and so on; the last: the last Saturday with its Sunday, which may be the next month's first day)
  const firstSat = from + ((6 - new Date(from).getUTCDay() + 7) % 7) * DAY;
  const lastSat = firstSat + Math.floor((to - 1 - firstSat) / (7 * DAY)) * 7 * DAY;
  const sat = which === "last" ? lastSat : firstSat + 7 * ORDINALS[which]! * DAY;
  return range(sat, sat + 2 * DAY, text);
}

/** A season of a year: "summer 2021", "the summer of 2022", "winter 2022–23" (group 1 the season, 2 the year). */
const SEASON_OF_YEAR = /\b(spring|summer|fall|autumn|winter)\s+(?:of\s+)?((?:19|20)\d\d)(?:[–-]\d{2}(?:\d{2})?)?\b/i;

/**
 * The three months of a season a question names: "in summer 2021", "winter 2022–23" (from December
 * 2022; "winter 2023" alone, the one that ends in 2023), or one said relative to the time of asking,
 * "last summer" (mentions.ts `seasons`: the last one over); null for none. Its `text` is the year or
 * "last" only: the season stays a word of the question, as what people do in it ("summer" of a fact's
 * "last summer (summer 2022)"; a LoCoMo question dates that summer 2021, and had abstained), and its
 * label names it ("summer 2021").
 */
function season(question: string, now: number): QuestionTime | null {
  const m = SEASON_OF_YEAR.exec(question);
  if (m) {
    const name = m[1]!.toLowerCase();
    const said = Number(m[2]);
    const year = name === "winter" && !/[–-]\d/.test(m[0]) ? said - 1 : said;
    const from = Date.UTC(year, SEASON_START[name]!, 1);
    return { ...range(from, Date.UTC(year, SEASON_START[name]! + 3, 1), m[0].slice(m[1]!.length).trim()), label: m[0] };
  }
  const [relative] = seasons(question, now, PAST_QUESTION.test(question));
  if (!relative) return null;
  const d = new Date(relative.start);
  return { ...range(relative.start, Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 3, 1), relative.text.split(/\s+/)[0]!), label: relative.label };
}

/** Counts of weeks said in words. */
const WEEKS: Record<string, number> = { two: 2, three: 3, four: 4, "a couple of": 2, "a few": 3 };

/**
 * The period of a week or a weekend said of a date ({@link ANCHORED_WEEK}), as Engram's facts write
 * them (mentions.ts): "the week before D" the seven days before D, "the week after D" the two weeks
 * from D (the next week, said on any day of D's), "the week of D" from the Monday of D's week to a week
 * after D, "N weeks before D" the week from D less N weeks; "the weekend of D" the Saturday and Sunday
 * of D's week, "the weekend before D" the last ones before D, "the weekend after D" the first after.
 * Null when the question says none, or its words after "before"/"after"/"of" are no day.
 */
function anchoredWeek(question: string, now: number): QuestionTime | null {
  const m = ANCHORED_WEEK.exec(question);
  const [date] = m ? parseDates(m[4]!, now) : [];
  if (!m || !date?.start.isCertain("day") || date.index !== 0) return null;
  const d = startOfDay(yearMeant(date, question, now));
  const link = m[3]!.toLowerCase();
  const text = m[0].replace(/^(?:the|last|this|that)\s+/i, "");
  if (m[2]!.toLowerCase() === "weekend") {
    const saturday = startOfWeek(d) + 5 * DAY;
    const sat =
      link === "of" ? saturday : link === "before" ? (saturday + DAY < d ? saturday : saturday - 7 * DAY) : saturday > d ? saturday : saturday + 7 * DAY;
    return range(sat, sat + 2 * DAY, text);
  }
  const weeks = m[1] ? Number(m[1]) || WEEKS[m[1].toLowerCase().replace(/\s+/g, " ")] || 1 : 1;
  if (link === "before") return range(d - 7 * weeks * DAY, d - 7 * (weeks - 1) * DAY, text);
  if (link === "after") return range(d, d + 14 * DAY, text);
  return range(Math.min(startOfWeek(d), d), d + 7 * DAY, text);
}

/** A question about what was ("What did I plan …", "What was I going to …"). */
const PAST_QUESTION = /\b(?:did|was|were|had)\b/i;

/** "between <date> and <date>": chrono-node reads "from … to …" as one range (the year said once, at its end, holds for both). */
const BETWEEN = /\bbetween\s+(.{3,40}?)\s+and\s+(.{3,40}?)(?=[?.!,;]|$)/i;

/** A period said as "between August 11 and August 15 2023" or "between March and May" (to the end of May), or null. */
function betweenRange(question: string, now: number): QuestionTime | null {
  const m = BETWEEN.exec(question);
  if (!m) return null;
  const [r] = chrono.parse(`from ${m[1]} to ${m[2]}`, { instant: new Date(now), timezone: "UTC" });
  if (!r?.end) return null;
  const end = r.end.date();
  // "between March and May": to the end of May
  const to = r.end.isCertain("day") ? startOfDay(end.getTime()) + DAY : Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 1);
  return range(startOfDay(r.start.date().getTime()), to, m[0]);
}

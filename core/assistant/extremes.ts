// Questions for the greatest or least of a measure across records ("When was my blood pressure highest?",
// "What was my lowest resting heart rate in October?", "What's my heaviest deadlift?"): the records that
// answer are ordered by the value each states for the measure, not by how well they match the words.
import { MONTH_NAMES } from "../time/mentions.js";
import { stems } from "./format.js";

/** A question for the greatest or least of a measure: `most` for the greatest, `measure` its words ("blood pressure"). */
export interface ExtremeAsked {
  most: boolean;
  measure: string;
}

/** Words of the greatest ("highest", "heaviest", "most") and of the least ("lowest", "lightest", "least"). */
const MOST = /\b(?:highest|heaviest|longest|fastest|biggest|largest|greatest|most|maximum|max|peak|top)\b/i;
const LEAST = /\b(?:lowest|lightest|shortest|slowest|smallest|least|minimum|min)\b/i;

/** What a question says besides its measure: question words, the user, the verb, the superlative, a period. */
const NOT_MEASURE = new RegExp(
  `\\b(?:when|what|which|was|were|is|are|did|do|does|has|have|had|i|my|me|ever|so\\s+far|of\\s+all\\s+time|in|on|during|last|this|the|a|an|day|night|week|month|year|${MONTH_NAMES}|\\d{4})\\b|\\?`,
  "gi",
);

/**
 * The greatest or least a question asks for and its measure ("When was my blood pressure highest?" →
 * most, "blood pressure"), or null for any other question (and for "most" of a count: "How many …
 * the most?", "Who did I see most?"). `question` without the period it names.
 */
export function asksExtreme(question: string): ExtremeAsked | null {
  if (/^\s*(?:how\s+many|who|where)\b/i.test(question)) return null;
  const most = MOST.test(question);
  if (!most && !LEAST.test(question)) return null;
  const measure = question
    .replace(most ? MOST : LEAST, " ")
    .replace(NOT_MEASURE, " ")
    .replace(/\s+/g, " ")
    .trim();
  return /\p{L}{2}/u.test(measure) ? { most, measure: MEASURE_OF_DOING.find(([doing]) => doing.test(measure))?.[1] ?? measure } : null;
}

/** A measure asked by what was done, and the unit a record states it in ("Which day did I walk the most?": its steps). */
const MEASURE_OF_DOING: Array<[RegExp, string]> = [[/^walk(?:ed|ing)?$/i, "steps"]];

/** A number that is no day's, month's, year's or clock time's ("164/101" → 164, "47 bpm" → 47, "95.6 kg" → 95.6, "31,212" → 31212). */
const VALUE = new RegExp(
  `(?<![\\d:.,/])(\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+(?:\\.\\d+)?)(?![\\d:]|\\.\\d|(?:st|nd|rd|th)?\\s+(?:${MONTH_NAMES})\\b|\\s*(?:am|pm)\\b|\\))`,
  "i",
);

/**
 * The value `text` states for the measure: the first number after the last word of the measure it says
 * ("… blood pressure was 164/101 mmHg …" → 164; "… lowest resting heart rate 47 bpm …" → 47), within its
 * clause, unless a count right before it is what it is the unit of ("took 31,212 steps" → 31212, "2,678
 * calories (protein 105 g)" → 2678); null when
 * the text says none of the measure's words or no such number.
 */
export function statedValue(text: string, measure: string): number | null {
  const words = stems(measure);
  let [start, at] = [-1, -1];
  for (const m of text.matchAll(/\p{L}+/gu)) if ([...stems(m[0])].some((s) => words.has(s))) [start, at] = [m.index!, m.index! + m[0].length];
  if (at < 0) return null;
  const clause = text.slice(at).split(/[;.!?](?:\s|$)|,\s+(?=\p{L})/u)[0] ?? "";
  // (the count the measure is the unit of first, "2,678 calories (protein 105 g …)", else the number after it)
  const v = COUNT_BEFORE.exec(text.slice(0, start)) ?? VALUE.exec(clause);
  return v ? Number(v[1]!.replace(/,/g, "")) : null;
}

/** A count right before a word, its unit ("31,212 steps", "12 km"). */
const COUNT_BEFORE = /(?<![\d:.,/])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*$/;

/**
 * `hits` with those relevant that state a value for the asked measure first, greatest first for `most`
 * (else least first), then the rest in their order. Stable.
 */
export function byExtreme<T extends { relevant: boolean; title: string; content: string }>(hits: T[], asked: ExtremeAsked): T[] {
  const value = (h: T) => (h.relevant ? statedValue(h.content, asked.measure) : null);
  const ranked = hits.map((h, i) => ({ h, i, v: value(h) }));
  ranked.sort((a, b) => {
    if ((a.v == null) !== (b.v == null)) return a.v == null ? 1 : -1;
    if (a.v != null && b.v != null && a.v !== b.v) return asked.most ? b.v - a.v : a.v - b.v;
    return a.i - b.i;
  });
  return ranked.map((r) => r.h);
}

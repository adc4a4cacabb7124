// A statement that something said before has changed, told in free text ("Dad's cardiology appointment has
// been moved to Tuesday 8 December", "Brightwire have revised the offer to a base salary of £68,000", "the
// GP review is Thursday 3 December, not Tuesday 1 December", "6 weeks' notice, not 4 weeks"), and the
// earlier memory it replaces: the one on the same matter that states another value of the kind that
// changed. That memory is no longer true from the change on (bi-temporal INVALIDATE, after Zep/Graphiti);
// structured facts have their own rule (decide.ts, single-valued predicates). See README.md, "Decisions".

import { ANSWER_LABEL } from "./fact-text.js";
import { KIN_WORD } from "./kin.js";

/** The kinds of value a change replaces. */
export type ValueKind = "date" | "money" | "measure" | "phone" | "clock" | "duration";

/** A value a statement says: its kind, a normal form to compare by ("£68,000" → "£68000"), its words as said, and where it is said (index into the text; -1 when not found). */
export interface Value {
  kind: ValueKind;
  norm: string;
  said: string;
  at: number;
}

/** Values written in text, by kind (dates come from the memory's resolved dates instead). */
const VALUE_PATTERNS: ReadonlyArray<readonly [Exclude<ValueKind, "date">, RegExp]> = [
  ["phone", /(?<![\d.])(?:\+\d{1,3}\s?)?\(?0?\d{2,5}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\d|\.\d)/g],
  ["money", /[£$€]\s?\d[\d,]*(?:\.\d+)?(?:\s?k\b)?/gi],
  ["measure", /\b\d+(?:\.\d+)?\s?(?:mg|mcg|µg|ml|g|kg|units?|iu|%)(?![\p{L}])/giu],
  ["clock", /\b\d{1,2}[:.]\d{2}\s?(?:am|pm)?(?!\d)|\b\d{1,2}\s?(?:am|pm)\b/gi],
  ["duration", /\b\d+\s(?:weeks?|days?|months?|years?)(?:['’])?(?![\p{L}])/giu],
];

/** The normal form of a value written one way or another ("£68,000", "£ 68000"; "10 mg", "10mg"; "4 weeks'", "4 weeks"). */
function normal(kind: ValueKind, text: string): string {
  const t = text.toLowerCase().replace(/['’]$/, "");
  if (kind === "phone") return t.replace(/\D/g, "").replace(/^44/, "0");
  if (kind === "duration") return t.replace(/s$/, "");
  return t.replace(/[\s,]/g, "");
}

/**
 * The values `text` says, by kind: sums of money, measures ("10mg", "70.5 kg"), phone numbers (seven
 * digits or more), clock times, durations ("6 weeks"), and the dates its details resolve from its words
 * (details.dates[] of a day: "Tuesday 8 December at 9:40am" → 2026-12-08; not the day it was said). What a phone
 * number's digits say is not read again as a measure or a time.
 */
export function valuesOf(text: string, details: Record<string, unknown>): Value[] {
  const dates = Array.isArray(details.dates) ? (details.dates as Array<{ date?: string; text?: string; granularity?: string }>) : [];
  // (a day, not a week or a month: "moved to a new city last month" moves no appointment)
  const out: Value[] = dates
    .filter((d) => d.date && d.granularity === "day")
    .map((d) => ({ kind: "date" as const, norm: d.date!, said: d.text ?? "", at: d.text ? text.indexOf(d.text) : -1 }));
  let rest = text;
  for (const [kind, pattern] of VALUE_PATTERNS) {
    for (const m of rest.matchAll(pattern)) {
      if (kind === "phone" && m[0].replace(/\D/g, "").length < 7) continue;
      out.push({ kind, norm: normal(kind, m[0]), said: m[0], at: m.index });
    }
    // (blanked to the same length, so the indexes of what is found after stay those of `text`)
    if (kind === "phone") rest = rest.replace(pattern, (p) => (p.replace(/\D/g, "").length >= 7 ? " ".repeat(p.length) : p));
  }
  return out;
}

/**
 * Words that say something changed or was put right: a verb of change, whose new value follows "to",
 * "until" or "till" ("moved to Tuesday 8 December", "revised the offer to £68,000", "put his amlodipine up
 * to 10mg"; not "hand cut dovetails … at 19:58"), or words the new value follows straight ("is now Jade
 * Kowalski, 0113 496 0871", "meant Saturday 14th", "correction: …").
 */
const CHANGED =
  /\b(?:(?<to>moved|rescheduled|postponed|put\s+back|brought\s+forward|pushed\s+back|changed|revised|raised|increased|reduced|lowered|cut|upped|bumped\s+up|put\s+(?:\p{L}+\s+){0,2}(?:up|down)|goes\s+up|gone\s+up|went\s+up|went\s+down)|(?:is|are)\s+now|corrected|correction|meant)\b/giu;
/** What a verb of change says before the value it changes to. */
const TO_G = /\b(?:to|until|till)\b/gi;
/** What may come between that "to" and the value: a few words in lower case ("to a base salary of £68,000"), no name ("to High Yield Savings on …"). */
const TO_VALUE = /^\s*(?:[\p{Ll}'’-]+\s+){0,4}$/u;
/** The old value a change names: "from 5mg to 10mg" (not "an offer from Kestrel"), "not Tuesday 1 December", "not 4 weeks" (group 1 the words after). */
const OLD_NAMED =
  /\b(?:from\s+(?=(?:\S+\s+){1,5}to\b)|not\s+|rather\s+than\s+|instead\s+of\s+)((?:(?!(?:to|until|till|and|but|so)\b)[\p{L}£$€\d][^\s,;.]*\s*){1,5})/giu;
/** How far after the words of a change (characters) the value it changes to is said: "moved to Tuesday 8 December", "revised the offer to a base salary of £68,000". */
const CHANGED_TO_WITHIN = 60;

/** A statement that says a change: the values it names as the old ones ("from 5mg", "not 4 weeks") and those it changes to. */
export interface ChangeSaid {
  /** Values named as the old ones. */
  old: Value[];
  /** The values said after the words of the change (within CHANGED_TO_WITHIN characters), but the old ones; or, with old ones named, those of their kinds. */
  now: Value[];
}

/**
 * Whether `text` (a memory's content, `details` its details) says that something changed or was put
 * right, and which of its values are the old and which the new: "… has been moved to Tuesday 8 December"
 * (new: 8 December), "… the GP review is Thursday 3 December, not Tuesday 1 December" (old: 1 December),
 * "… put his amlodipine up from 5mg to 10mg" (old 5mg, new 10mg).
 * @returns null when it says no change, or no value of a kind a change replaces after its words.
 */
export function changeSaid(text: string, details: Record<string, unknown>): ChangeSaid | null {
  const all = valuesOf(text, details);
  if (all.length === 0) return null;
  const cues = [...text.matchAll(CHANGED)].map((m) => ({ end: m.index + m[0].length, to: m.groups?.to != null }));
  const old: Value[] = [];
  for (const m of text.matchAll(OLD_NAMED)) {
    // ("from … to …" names an old value only after words of change: "from 07:32 to 08:18" is a span)
    if (/^from\b/i.test(m[0]) && !cues.some((c) => c.end <= m.index)) continue;
    const from = m.index + m[0].length - m[1]!.length;
    old.push(...all.filter((v) => v.at >= from && v.at < from + m[1]!.length));
  }
  const isOld = (v: Value) => old.some((o) => o.kind === v.kind && o.norm === v.norm);
  // (a verb of change's value follows its "to" closely: "moved to Tuesday 8 December", "revised the offer to a base
  // salary of £68,000"; not "moved $500.00 to High Yield Savings on Saturday 3 October", a transfer)
  const after = (v: Value, c: (typeof cues)[number]) => {
    if (v.at < c.end || v.at - c.end > CHANGED_TO_WITHIN) return false;
    if (!c.to) return true;
    const to = [...text.slice(c.end, v.at).matchAll(TO_G)].at(-1);
    return to != null && TO_VALUE.test(text.slice(c.end + to.index + to[0].length, v.at));
  };
  const now = all.filter((v) => !isOld(v) && cues.some((c) => after(v, c)));
  // (a value set against the old one is the new one though no word of change comes before it: "6 weeks' notice …, not 4 weeks")
  if (old.length > 0 && now.length === 0) now.push(...all.filter((v) => !isOld(v) && old.some((o) => o.kind === v.kind)));
  return now.length > 0 ? { old, now } : null;
}

/** Words that name no matter a change is about: function words, the words of change, days and months, "the user" every fact of theirs says. */
const NOT_TOPIC = new Set(
  (
    "about after again also been before being could does from have having here into just more most much only other over said says some such than that " +
    "their them then there these they this those through very were what when where which while will with would your yours the and for are was has had " +
    "not now new old today tomorrow yesterday sorry correction corrected meant moved changed revised raised increased reduced lowered instead rather " +
    "cancelled canceled called scrapped happening news sadly unfortunately " +
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december " +
    "week weeks month months year years morning afternoon evening night user others each every"
  ).split(" "),
);

/** The first names and surnames of `people`, lower case: words of no matter ({@link wordsOfMatter}). */
export function nameWords(people: readonly string[]): Set<string> {
  return new Set(people.flatMap((p) => p.toLowerCase().split(/\s+/)));
}

/** A group's or a note's name a memory opens with ("5 Ash Grove 🏠: ", "Job hunt 2026: "). */
const GROUP_LABEL = /^[^:.!?\n]{1,40}:\s+/;

/** Kin called by what they are ("Dad", "Mum", "Uncle"): a family's memories share them whatever their matter. */
const kin = (word: string) => KIN_WORD.test(word) || word === "uncle";

/**
 * The words of a statement that may say what it is about: four letters or more, no function word, no
 * word of the names of `people` (who said it and whom it is about: "Nadia", "Omar", whose memories share
 * them whatever their matter) nor kin called by what they are ("Dad"), nor the label it opens with.
 * Other names are words of the matter: "Bluebell Home Care", "Brightwire".
 */
export function wordsOfMatter(text: string, people: ReadonlySet<string>): Set<string> {
  const words = text
    .replace(ANSWER_LABEL, "")
    .replace(/\([^()]*\)/g, " ")
    .toLowerCase()
    .match(/(?<![\p{L}'’-])\p{L}[\p{L}'’-]{3,}/gu);
  return new Set((words ?? []).map((w) => w.replace(/['’]s$/, "")).filter((w) => !NOT_TOPIC.has(w) && !people.has(w) && !kin(w)));
}

/** The sentences of a memory's content (its said date kept with the sentence it closes). */
function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[\p{Lu}"“])/u).filter((s) => s.trim());
}

/** A number a sentence states outside the dates it names in brackets ("BP this morning (10 November 2026) 132/80"): a fact of its own. */
function statesNumber(sentence: string): boolean {
  return /\d/.test(sentence.replace(/\([^()]*\)/g, " "));
}

/**
 * Whether a statement that says a change (`change`, of `text`) replaces an earlier memory (`old`,
 * `oldDetails`): the old memory states a value of a kind the change names, not the new one, on the same
 * matter (words shared, but those of `people`, who said them and whom they are about), and nothing else
 * of its own:
 * - with an old value named ("not 4 weeks"), the memory says that value and shares a word of the matter
 *   ("notice");
 * - else it says another value of a kind the change says now and shares two words of the matter
 *   ("cardiology appointment");
 * - and each of its sentences shares a word of the matter or states no number: a note's paragraph that
 *   goes on to another matter ("… BP this morning 132/80") stays true; one that says how it was told
 *   ("Nadia says letter from the LGI came today") goes with it.
 */
export function replaces(text: string, change: ChangeSaid, old: string, oldDetails: Record<string, unknown>, people: readonly string[] = []): boolean {
  const names = nameWords(people);
  // (a label both open with is the group's or the note's they were said in, no word of their matter: "5 Ash Grove 🏠: ")
  const label = GROUP_LABEL.exec(text)?.[0];
  const unlabelled = (t: string) => (label && t.startsWith(label) ? t.slice(label.length) : t);
  const topicWords = (t: string) => wordsOfMatter(unlabelled(t), names);
  const topic = topicWords(text);
  const oldValues = valuesOf(old, oldDetails);
  const has = (v: Value) => oldValues.some((o) => o.kind === v.kind && o.norm === v.norm);
  const shared = [...topicWords(old)].filter((w) => topic.has(w));
  if (change.old.length > 0) {
    if (!change.old.some(has) || shared.length === 0) return false;
  } else {
    const kinds = new Set(change.now.map((v) => v.kind));
    const other = oldValues.some((v) => kinds.has(v.kind) && !change.now.some((n) => n.kind === v.kind && n.norm === v.norm));
    if (!other || change.now.some(has) || shared.length < 2) return false;
  }
  const written = new Set<ValueKind>(change.now.map((v) => v.kind).filter((k) => k !== "date"));
  const sharedBy = (s: string) => [...topicWords(s)].filter((w) => topic.has(w)).length;
  return sentencesOf(unlabelled(old).replace(ANSWER_LABEL, "")).every((s) => {
    // (a sum, a measure, a number or a time of the kind changed, said of another matter, stays true: "an offer from
    // Kestrel Health at £65,000" beside Brightwire's revised offer)
    const values = valuesOf(s, {}).filter((v) => written.has(v.kind) && ![...change.old, ...change.now].some((o) => o.kind === v.kind && o.norm === v.norm));
    const shares = sharedBy(s);
    if (values.length > 0 && shares < 2) return false;
    return shares > 0 || !statesNumber(s);
  });
}

/**
 * A habit tracker's export (habits-export.ts tells its files) read as notes of the user's: Loop Habit Tracker's CSV
 * export (Settings → Export as CSV: `Loop Habits CSV 2026-11-30.zip`, unzipped) and HabitBull's CSV export.
 *
 * - Loop's `Checkmarks.csv`: each day a note of records (`records: "day"`), keyed `habits:day:2026-10-11`, titled
 *   "Loop Habit Tracker, Sunday 11 October 2026", one paragraph (named `Loop`) in the words of each habit's question
 *   (Habits.csv beside it): "On Sunday 11 October I did meditate, read 20 pages, stay off alcohol and drink 9 glasses of
 *   water; I did not go to the gym; I skipped Journal." A question "Did you X?" is said "I did X" or "I did not X" ("your"
 *   said "my", "today" and "tonight" left out); a measurable habit's "How many N did you V?" is said "V 9 N" (its
 *   amount, stored times 1000, to three decimals at most, with its unit); a habit with no such question by its name ("I
 *   ticked off Yoga", "I did not tick off Floss", "I logged 30 for Pushups"). YES_MANUAL is done; NO not done; SKIP
 *   skipped; YES_AUTO (not due that day) is not said; UNKNOWN (never ticked: Loop shows it as not done) is said not done
 *   after the habit's first day known and before the export's own day, unless the habit is archived or measurable (an
 *   amount not entered is not said). A day with nothing to say is no note. Without Habits.csv each habit is said by its
 *   name, measurable when its values say so (a number but -1 to 3); with the habit's names holding a comma (which Loop
 *   writes unquoted in the header) the header's cells are matched to Habits.csv's names.
 * - Loop's `Habits.csv`: one note of records (`records: "log"`), keyed `habits:loop:habits`, titled "Loop Habit Tracker
 *   habits", a paragraph per habit (named `habit <name>`, `undated`, of the last day of the Checkmarks.csv beside it, else
 *   of the file's time), with the last day it was done as that file tells it: "My habit "Gym" in Loop Habit Tracker
 *   ("PureGym Ancoats, push/pull/legs"): I mean to go to the gym 3 times per week. Loop Habit Tracker asks me "Did you
 *   go to the gym?" Most recently, on Saturday 28 November, I did go to the gym." (how often in Loop's words, "every
 *   day", "3 times per week", "every 3 days", "2 times in 3 days"; a measurable habit's target "at least 8 glasses of
 *   water a day"; an archived one said so). The last day done is said because the newest of many days alike is not
 *   found by search (core/assistant/recall.ts LATEST_K: "When did I last go to the gym?").
 * - A habit's own `Checkmarks.csv` (`001 Meditate/`): each day with a note typed on it a paragraph (named `note
 *   <habit>`) of the same day's note: "On Saturday 14 November I did not stay off alcohol, and noted: "Vinho verde with
 *   dinner in Alfama"." The habit is Habits.csv's of the folder's position, else named by the folder. Its days without a
 *   note are told from the export's Checkmarks.csv; a file with no note (every file before Loop 2.3.1) is refused as a
 *   note with no text, so a folder passes it over.
 * - HabitBull's CSV: each day a note of records keyed `habits:day:2016-03-18:habitbull`, titled "HabitBull, Friday 18
 *   March 2016", its habits by their names (1 done, 0 not, a count logged) and the comments typed ("I noted on "Breed
 *   dragons": "text"."), held to the file's end (held-notes.ts; past its bound, a day met again later is given a second
 *   paragraph of the same name), and the habits one note of records, `habits:habitbull:habits` (each habit's name,
 *   category and description, its last day done). The file is read twice: first for which habits are counted.
 * - Loop's scores (`Scores.csv`, the export's and each habit's) are passed over, said why.
 *
 * Keys: a day's note is keyed by its day and its paragraphs by what they tell, so importing the export again adds
 * nothing and a later export adds the days since, a day whose words changed superseding what was remembered of it. Days
 * are the user's (Loop writes each day's midnight in UTC as "yyyy-MM-dd"), each paragraph of its day's noon UTC.
 *
 * Checked against Loop's source and HabitBull's importer in it (habits-export.ts says what): the values' names and
 * numbers (Entry.kt), how YES_AUTO days are made (EntryList.recomputeFrom), measurable amounts times 1000
 * (ListHabitsBehavior), Loop's words for frequencies and targets (EditHabitActivity.formatFrequency, strings.xml).
 */
import { stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { existsSync } from "node:fs";
import { wallClockMs } from "../../time/import-dates.js";
import { type CsvColumns, cellOf, csvRecords, headerColumns } from "../kit/csv-records.js";
import { dayNoteTitle, dayWords, listed, quotedEnd } from "../kit/record-words.js";
import { ImportError, type ParsedConversation, type ParsedTurn, type ReadOptions } from "../kit/types.js";
import { HeldNotes } from "./held-notes.js";
import { type HabitsKind, habitsKindOf, habitsPassedOver, LOOP_DAY, LOOP_HABIT_FOLDER, LOOP_VALUE, SCORES_PASSED_OVER } from "./habits-export.js";
import { NO_TEXT, NOTE_SPEAKER } from "./note.js";

export { habitsKindOf, habitsPassedOver } from "./habits-export.js";

/** Most characters of one record (a habit's note, its description). */
const MAX_RECORD_CHARS = 1024 * 1024;

/** Most habits read of one export: a file naming more is refused. */
export const MAX_HABITS = 10_000;

/** A habit as its export says it. */
export interface HabitInfo {
  /** Loop's position ("001"), "" for HabitBull's. */
  position: string;
  name: string;
  /** Whether it is measurable: null when the export does not say (Loop before 2.3.1; told by its values). */
  numerical: boolean | null;
  question: string;
  description: string;
  /** Loop's frequency, `num` times in `den` days (1 and 1: every day); null when the export has none. */
  num: number | null;
  den: number | null;
  /** A measurable habit's unit ("glasses", "km"), its target (the amount, not times 1000) and whether it is at most that. */
  unit: string;
  target: number | null;
  atMost: boolean;
  archived: boolean;
  /** HabitBull's category. */
  category?: string;
}

/** How a habit's day is: done, not done, skipped, or an amount (measurable, not times 1000). */
type Mark = { kind: "done" | "not" | "skip" } | { kind: "amount"; amount: number };

/** Loop's values by their names (Entry.formattedValue). */
const VALUE_OF: Readonly<Record<string, number>> = { YES_MANUAL: 2, YES_AUTO: 1, NO: 0, SKIP: 3, UNKNOWN: -1 };

/** A value as Loop writes it (a name or a number), as its number. */
function loopValue(cell: string): number {
  return VALUE_OF[cell] ?? Number(cell);
}

/** Whether a value (a number) can only be a measurable habit's amount: none of a yes-or-no habit's. */
const onlyAmount = (value: number) => value < -1 || value > 3;

/** How a day's value is said: done, not done, skipped, an amount; null for nothing to say (YES_AUTO, UNKNOWN). */
function markOf(value: number, numerical: boolean): Mark | null {
  if (value === -1) return null;
  if (value === 3) return { kind: "skip" };
  if (numerical) return { kind: "amount", amount: value / 1000 };
  return value === 2 ? { kind: "done" } : value === 0 ? { kind: "not" } : null;
}

/** Words of a time a question closes with, left out of what was done ("today", "tonight", "this morning"). */
const TIME_WORDS = /\s+(?:today|tonight|yesterday|this (?:morning|afternoon|evening|week|month))$/i;

/** A question's words as the user's: "your" → "my", "you" → "me". */
function mine(words: string): string {
  return words
    .replace(/\byourself\b/gi, "myself")
    .replace(/\byours\b/gi, "mine")
    .replace(/\byour\b/gi, "my")
    .replace(/\byou\b/gi, "me");
}

/** How a habit is said: by its question's words ("go to the gym"; a measurable one's verb and noun, "drink", "glasses of water"), else by its name. */
interface Said {
  name: string;
  did: string | null;
  measure: { verb: string; noun: string } | null;
  unit: string;
}

/** How `h` is said, measurable or not. */
function saidOf(h: HabitInfo, numerical: boolean): Said {
  const q = h.question.replace(/\s+/g, " ").trim();
  const said: Said = { name: h.name, did: null, measure: null, unit: h.unit.trim() };
  if (numerical) {
    const m = /^how (?:many|much) (.+?) did you (.+?)\s*\?*$/i.exec(q);
    if (m) said.measure = { verb: mine(m[2]!.replace(TIME_WORDS, "")), noun: mine(m[1]!) };
  } else {
    const m = /^did you (.+?)\s*\?*$/i.exec(q);
    if (m) said.did = mine(m[1]!.replace(TIME_WORDS, ""));
  }
  return said;
}

/** An amount as said: to three decimals at most, thousands grouped ("9", "5.2", "1,500"). */
function amountWords(amount: number): string {
  return amount.toLocaleString("en-GB", { maximumFractionDigits: 3 });
}

/** An amount of a measurable habit with its unit: "9 glasses of water" (the noun opening with the unit), "2 litres of water", "30" (no unit). */
function quantity(amount: number, s: Said): string {
  const n = amountWords(amount);
  if (!s.measure) return s.unit ? `${n} ${s.unit}` : n;
  const noun = s.measure.noun;
  return !s.unit || noun.toLowerCase().startsWith(s.unit.toLowerCase()) ? `${n} ${noun}` : `${n} ${s.unit} of ${noun}`;
}

/** `items` as a list joined by "or": "a", "a or b", "a, b or c". */
function orListed(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;
}

/** A day's marks as clauses: "I did meditate and drink 9 glasses of water", "I did not go to the gym", "I skipped Journal", "I ticked off Yoga" … */
function dayClauses(marks: ReadonlyArray<{ said: Said; mark: Mark }>): string[] {
  const did: string[] = [];
  const didNot: string[] = [];
  const ticked: string[] = [];
  const unticked: string[] = [];
  const skipped: string[] = [];
  const logged: string[] = [];
  for (const { said, mark } of marks) {
    if (mark.kind === "skip") skipped.push(said.name);
    else if (mark.kind === "amount") {
      if (!said.measure) logged.push(`${quantity(mark.amount, said)} for ${said.name}`);
      else if (mark.amount > 0) did.push(`${said.measure.verb} ${quantity(mark.amount, said)}`);
      else didNot.push(`${said.measure.verb} any ${said.measure.noun}`);
    } else if (said.did) (mark.kind === "done" ? did : didNot).push(said.did);
    else (mark.kind === "done" ? ticked : unticked).push(said.name);
  }
  return [
    ...(did.length ? [`I did ${listed(did)}`] : []),
    ...(ticked.length ? [`I ticked off ${listed(ticked)}`] : []),
    ...(logged.length ? [`I logged ${listed(logged)}`] : []),
    ...(didNot.length ? [`I did not ${orListed(didNot)}`] : []),
    ...(unticked.length ? [`I did not tick off ${orListed(unticked)}`] : []),
    ...(skipped.length ? [`I skipped ${listed(skipped)}`] : []),
  ];
}

/** Noon UTC of a day ("2026-10-11"), or null when it is none ("2026-02-30"). */
function noonOf(day: string): number | null {
  return wallClockMs(day, "12:00");
}

/** A paragraph of the user's note. */
function turnOf(externalId: string, occurredAt: number, text: string, metadata: Record<string, unknown>): ParsedTurn {
  return { externalId, speaker: NOTE_SPEAKER, role: "user", occurredAt, text, metadata };
}

/** A day's note of records: keyed `habits:day:<day>` (and `:<app>` but Loop's), titled by the app and the day. */
function dayNote(day: string, app: string, key: string, turns: ParsedTurn[]): ParsedConversation {
  return {
    format: "note",
    externalId: `habits:day:${day}${key ? `:${key}` : ""}`,
    title: dayNoteTitle(app, day),
    participants: [NOTE_SPEAKER],
    startedAt: turns[0]!.occurredAt,
    turns,
    records: "day",
  };
}

/** Loop's words for how often ("every day", "3 times per week", "every 3 days", "2 times in 3 days"), a measurable habit's target period ("a day", "a week"). */
function oftenWords(num: number, den: number, numerical: boolean): string {
  if (numerical) return den === 1 ? "a day" : den === 7 ? "a week" : den === 30 || den === 31 ? "a month" : `in ${den} days`;
  if (num === den) return "every day";
  if (den === 30 || den === 31) return num === 1 ? "every month" : `${num} times per month`;
  if (num === 1) return den === 7 ? "every week" : `every ${den} days`;
  return den === 7 ? `${num} times per week` : `${num} times in ${den} days`;
}

/** The last day a habit was done (a measurable one's amount that day, not times 1000), as of an export. */
interface LastDone {
  day: string;
  amount: number | null;
}

/**
 * A habit as its paragraph of the habits' note says it: what it means to do and how often, Loop's question, the user's
 * description, archived, and the last day it was done as of the export ("Most recently, on Saturday 28 November, I did go
 * to the gym.").
 */
function habitWords(h: HabitInfo, app: string, last: LastDone | null): string {
  const numerical = h.numerical === true;
  const s = saidOf(h, numerical);
  const often = h.num !== null && h.den !== null ? oftenWords(h.num, h.den, numerical) : "";
  const target = numerical && h.target !== null ? `${h.atMost ? "at most" : "at least"} ${quantity(h.target, s)}` : "";
  let meant = "";
  if (numerical && target)
    meant = s.measure ? `I mean to ${s.measure.verb} ${target}${often ? ` ${often}` : ""}.` : `My target is ${target}${often ? ` ${often}` : ""}.`;
  else if (often) meant = s.did ? `I mean to ${s.did} ${often}.` : `I mean to do it ${often}.`;
  else if (numerical) meant = "I count it.";
  const about = [...(h.category ? [h.category] : []), ...(h.description ? [`"${h.description.replace(/"/g, "″")}"`] : [])];
  const lastDay = last ? dayWords(noonOf(last.day)!) : "";
  // (not "the last day I …", which reads as a day before the paragraph's)
  const lastWords = !last
    ? ""
    : last.amount !== null
      ? s.measure
        ? `Most recently, on ${lastDay}, I did ${s.measure.verb} ${quantity(last.amount, s)}.`
        : `Most recently, on ${lastDay}, I logged ${quantity(last.amount, s)} for it.`
      : s.did
        ? `Most recently, on ${lastDay}, I did ${s.did}.`
        : `Most recently, on ${lastDay}, I ticked it off.`;
  return [
    `My habit "${h.name}" in ${app}${about.length ? ` (${about.join(", ")})` : ""}:${meant ? ` ${meant}` : ""}`,
    ...(h.question ? [`${app} asks me ${quotedEnd(h.question)}`] : []),
    ...(h.archived ? ["It is archived: I no longer track it."] : []),
    ...(lastWords ? [lastWords] : []),
  ].join(" ");
}

/**
 * The habits' note of an app (`habits:<app>:habits`, titled "<App> habits"), a paragraph per habit named `habit <name>`
 * ("#2" for a second of a name), `undated` (so a later export's adds only what changed), of the time `at` (the export's
 * last day, else the file's time), each with the last day it was done ({@link habitWords}).
 */
function habitsNote(
  key: string,
  app: string,
  habits: readonly HabitInfo[],
  lines: readonly number[],
  at: number,
  last: (h: HabitInfo) => LastDone | null,
): ParsedConversation {
  const seen = new Map<string, number>();
  const turns = habits.map((h, i) => {
    const n = (seen.get(h.name) ?? 0) + 1;
    seen.set(h.name, n);
    return turnOf(`habit ${h.name}${n > 1 ? ` #${n}` : ""}`, at, habitWords(h, app, last(h)), { line: lines[i], undated: true });
  });
  const startedAt = turns.reduce((min, t) => Math.min(min, t.occurredAt), Number.POSITIVE_INFINITY);
  return { format: "note", externalId: `habits:${key}:habits`, title: `${app} habits`, participants: [NOTE_SPEAKER], startedAt, turns, records: "log" };
}

/**
 * The last day of Loop's export and each habit's last day done, by its name, from the Checkmarks.csv in `folder` (its
 * first pass): null when there is none or it cannot be read.
 */
async function lastDoneIn(folder: string): Promise<{ lastDay: string; last: Map<string, LastDone> } | null> {
  const file = join(folder, "Checkmarks.csv");
  if (!existsSync(file)) return null;
  const plan = await planDays(file, {}).catch(() => null);
  if (!plan) return null;
  return { lastDay: plan.lastDay, last: new Map(plan.habits.flatMap((h, i) => (plan.lastDone[i] ? [[h.name, plan.lastDone[i]!] as const] : []))) };
}

/**
 * Loop's Habits.csv read: each habit and the line its row starts on.
 * @throws ImportError naming the file and where: a header naming no Position, Name and frequency (`line 1`); a row's
 *   bad cell (`line 4, "FrequencyNumerator"`: not a whole number; `"Type"`: not YES_NO nor NUMERICAL; `"Target Value"`: not
 *   a number); more than {@link MAX_HABITS} habits; the CSV's own faults
 */
export async function loopHabits(file: string, opts: ReadOptions = {}): Promise<{ habits: HabitInfo[]; lines: number[] }> {
  const csv = csvRecords(file, (await stat(file)).size, MAX_RECORD_CHARS, opts.onProgress);
  let columns: CsvColumns | null = null;
  const habits: HabitInfo[] = [];
  const lines: number[] = [];
  for await (const { cells, line } of csv.records) {
    if (!columns) {
      columns = headerColumns(cells);
      const missing =
        ["position", "name"].find((c) => !columns!.has(c)) ??
        (columns.has("frequencynumerator") || columns.has("numrepetitions") ? undefined : "FrequencyNumerator");
      if (missing) throw new ImportError(file, `line ${line}`, `no "${missing}" column: not Loop Habit Tracker's Habits.csv`);
      continue;
    }
    if (cells.every((c) => !c.trim())) continue;
    if (habits.length >= MAX_HABITS)
      throw new ImportError(file, `line ${line}`, `more than ${MAX_HABITS.toLocaleString("en-GB")} habits: more than Engram reads of one export`);
    const cols = columns;
    const cell = (name: string) => cellOf(cells, cols, name);
    const bad = (name: string, detail: string) => new ImportError(file, `line ${line}, "${name}"`, detail);
    const whole = (names: string[], label: string): number | null => {
      const name = names.find((n) => cols.has(n));
      if (!name) return null;
      const v = cell(name);
      if (!/^\d+$/.test(v) || Number(v) < 1) throw bad(label, `${JSON.stringify(v)} is no whole number of times or days`);
      return Number(v);
    };
    const type = cell("type");
    if (type && type !== "YES_NO" && type !== "NUMERICAL") throw bad("Type", `${JSON.stringify(type)} is no type of Loop's (YES_NO or NUMERICAL)`);
    const targetCell = cell("target value");
    const target = targetCell ? Number(targetCell) : null;
    if (target !== null && !Number.isFinite(target)) throw bad("Target Value", `${JSON.stringify(targetCell)} is no number`);
    const name = cell("name");
    if (!name) throw bad("Name", "a habit with no name");
    // (Loop 1.x has no Question column: its Description is the habit's question)
    const hasQuestion = cols.has("question");
    habits.push({
      position: cell("position"),
      name,
      numerical: type ? type === "NUMERICAL" : null,
      question: hasQuestion ? cell("question") : cell("description"),
      description: hasQuestion ? cell("description") : "",
      num: whole(["frequencynumerator", "numrepetitions"], "FrequencyNumerator"),
      den: whole(["frequencydenominator", "interval"], "FrequencyDenominator"),
      unit: cell("unit"),
      target,
      atMost: cell("target type") === "AT_MOST",
      archived: cell("archived?") === "true",
    });
    lines.push(line);
  }
  if (!columns) throw new ImportError(file, "line 1", "no header: not Loop Habit Tracker's Habits.csv");
  return { habits, lines };
}

/** The habits of Loop's Habits.csv in `folder`, or null when there is none or it cannot be read (each habit is then said by its name). */
async function habitsIn(folder: string): Promise<HabitInfo[] | null> {
  const file = join(folder, "Habits.csv");
  if (!existsSync(file)) return null;
  return loopHabits(file).then(
    (r) => r.habits,
    () => null,
  );
}

/** A habit known only by its name (Checkmarks.csv's header, a habit's folder). */
function namedHabit(name: string, position = ""): HabitInfo {
  return { position, name, numerical: null, question: "", description: "", num: null, den: null, unit: "", target: null, atMost: false, archived: false };
}

/**
 * The habits of Checkmarks.csv's header cells (the date's left out, and the trailing empty one), each with Habits.csv's
 * row when it names one: a name holding a comma spans several cells (Loop writes the header unquoted), matched whole.
 */
function headerHabits(cells: string[], known: HabitInfo[] | null): HabitInfo[] {
  const names = cells.at(-1) === "" ? cells.slice(1, -1) : cells.slice(1);
  const unused = [...(known ?? [])];
  const out: HabitInfo[] = [];
  for (let i = 0; i < names.length; ) {
    let taken = 1;
    let habit: HabitInfo | undefined;
    for (let k = names.length - i; k >= 1 && !habit; k--) {
      const name = names.slice(i, i + k).join(",");
      const at = unused.findIndex((h) => h.name === name);
      if (at >= 0) [habit, taken] = [unused.splice(at, 1)[0], k];
    }
    out.push(habit ?? namedHabit(names[i]!));
    i += taken;
  }
  return out;
}

/** What the first pass over Checkmarks.csv learns: the habits, whether each is measurable, its first day known, the export's own day. */
interface DaysPlan {
  habits: HabitInfo[];
  numerical: boolean[];
  firstKnown: Array<string | null>;
  /** The last day each was done: a yes-or-no habit's last YES_MANUAL, a measurable one's last amount over 0. */
  lastDone: Array<LastDone | null>;
  lastDay: string;
}

/**
 * The first pass over Loop's Checkmarks.csv, checking every row.
 * @throws ImportError naming the file and where: a header that is none of Loop's (`line 1`); a row's day (`line 7, "Date"`),
 *   a value Loop does not write (`line 7, "Gym"`), a row of more or fewer values than habits (`line 7`); no day (`line 1`: a
 *   note with no text, so a folder passes it over)
 */
async function planDays(file: string, opts: ReadOptions): Promise<DaysPlan> {
  const known = await habitsIn(dirname(file));
  const csv = csvRecords(file, (await stat(file)).size, MAX_RECORD_CHARS, opts.onProgress);
  let plan: DaysPlan | null = null;
  let ticked: Array<LastDone | null> = [];
  let amounts: Array<LastDone | null> = [];
  for await (const { cells, line } of csv.records) {
    if (!plan) {
      if (cells[0]?.replace(/^\uFEFF/, "") !== "Date") throw new ImportError(file, `line ${line}`, `no "Date" column: not Loop Habit Tracker's Checkmarks.csv`);
      const habits = headerHabits(cells, known);
      if (habits.length > MAX_HABITS)
        throw new ImportError(file, `line ${line}`, `more than ${MAX_HABITS.toLocaleString("en-GB")} habits: more than Engram reads of one export`);
      plan = { habits, numerical: habits.map((h) => h.numerical === true), firstKnown: habits.map(() => null), lastDone: habits.map(() => null), lastDay: "" };
      ticked = habits.map(() => null);
      amounts = habits.map(() => null);
      continue;
    }
    const day = dayOfRow(file, cells, line, plan.habits);
    if (day > plan.lastDay) plan.lastDay = day;
    plan.habits.forEach((h, i) => {
      const value = loopValue(cells[i + 1]!);
      if (h.numerical === null && onlyAmount(value)) plan!.numerical[i] = true;
      if (value !== -1 && (plan!.firstKnown[i] === null || day < plan!.firstKnown[i]!)) plan!.firstKnown[i] = day;
      if (value === 2 && day > (ticked[i]?.day ?? "")) ticked[i] = { day, amount: null };
      if (onlyAmount(value) && value > 0 && day > (amounts[i]?.day ?? "")) amounts[i] = { day, amount: value / 1000 };
    });
  }
  if (!plan) throw new ImportError(file, "line 1", "no header: not Loop Habit Tracker's Checkmarks.csv");
  plan.lastDone = plan.habits.map((_, i) => (plan!.numerical[i] ? amounts[i]! : ticked[i]!));
  if (!plan.lastDay) throw new ImportError(file, `line ${csv.lastLine() || 1}`, `${NO_TEXT}: Loop Habit Tracker's checkmarks with no day`);
  return plan;
}

/** A row's day, its values checked. @throws ImportError naming the line and the column of a bad cell, or the line of a row of the wrong length */
function dayOfRow(file: string, cells: string[], line: number, habits: HabitInfo[]): string {
  const day = cells[0]!.trim();
  if (!LOOP_DAY.test(day) || noonOf(day) === null)
    throw new ImportError(file, `line ${line}, "Date"`, `${JSON.stringify(day)} is no day (Loop writes 2026-11-30)`);
  const values = cells.at(-1) === "" ? cells.length - 2 : cells.length - 1;
  if (values !== habits.length)
    throw new ImportError(
      file,
      `line ${line}`,
      `${values} values for ${habits.length} habits (the header names ${habits.length}; a habit's name with a comma is told by the Habits.csv beside it)`,
    );
  habits.forEach((h, i) => {
    if (!LOOP_VALUE.test(cells[i + 1]!))
      throw new ImportError(
        file,
        `line ${line}, "${h.name}"`,
        `${JSON.stringify(cells[i + 1])} is no value Loop writes (YES_MANUAL, YES_AUTO, NO, SKIP, UNKNOWN or a number)`,
      );
  });
  return day;
}

/** Loop's Checkmarks.csv: a note per day with something to say ({@link dayClauses}), read twice (its plan, then its days). */
async function* loopDays(file: string, opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  const plan = await planDays(file, {});
  const said = plan.habits.map((h, i) => saidOf(h, plan.numerical[i]!));
  const csv = csvRecords(file, (await stat(file)).size, MAX_RECORD_CHARS, opts.onProgress);
  let header = true;
  let days = 0;
  for await (const { cells, line } of csv.records) {
    if (header) {
      header = false;
      continue;
    }
    const day = cells[0]!.trim();
    const marks = plan.habits.flatMap((h, i) => {
      const value = loopValue(cells[i + 1]!);
      const first = plan.firstKnown[i];
      // (a yes-or-no habit never ticked that day is shown not done by Loop, after its first day known and before the export's own day)
      const unticked = value === -1 && !plan.numerical[i] && !h.archived && first !== null && day > first && day < plan.lastDay;
      const mark = unticked ? ({ kind: "not" } as const) : markOf(value, plan.numerical[i]!);
      return mark ? [{ said: said[i]!, mark }] : [];
    });
    const clauses = dayClauses(marks);
    if (!clauses.length) continue;
    const at = noonOf(day)!;
    days++;
    yield dayNote(day, "Loop Habit Tracker", "", [turnOf("Loop", at, `On ${dayWords(at)} ${clauses.join("; ")}.`, { line })]);
  }
  if (!days) throw new ImportError(file, `line ${csv.lastLine()}`, `${NO_TEXT}: Loop Habit Tracker's checkmarks with no habit done, missed or skipped`);
}

/**
 * A habit's own Checkmarks.csv (`001 Meditate/Checkmarks.csv`): each day with a note a paragraph of that day's note.
 * @throws ImportError naming the file and where: a row's day or value (`line 4, "Date"`, `line 4, "Value"`); no note at
 *   all (a note with no text: the habit's days are told from the export's Checkmarks.csv)
 */
async function* loopHabitNotes(file: string, opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  const folder = LOOP_HABIT_FOLDER.exec(basename(dirname(file)));
  const position = folder?.[1] ?? "";
  const habit = (await habitsIn(dirname(dirname(file))))?.find((h) => h.position === position) ?? namedHabit(folder?.[2] || basename(dirname(file)), position);
  const csv = csvRecords(file, (await stat(file)).size, MAX_RECORD_CHARS, opts.onProgress);
  let notes = 0;
  for await (const { cells, line } of csv.records) {
    if (line === 1 && cells[0] === "Date") continue;
    const day = (cells[0] ?? "").trim();
    if (!LOOP_DAY.test(day) || noonOf(day) === null)
      throw new ImportError(file, `line ${line}, "Date"`, `${JSON.stringify(day)} is no day (Loop writes 2026-11-30)`);
    const cell = (cells[1] ?? "").trim();
    if (!LOOP_VALUE.test(cell))
      throw new ImportError(
        file,
        `line ${line}, "Value"`,
        `${JSON.stringify(cell)} is no value Loop writes (YES_MANUAL, YES_AUTO, NO, SKIP, UNKNOWN or a number)`,
      );
    const note = (cells[2] ?? "").replace(/\s+/g, " ").trim();
    if (!note) continue;
    const value = loopValue(cell);
    const numerical = habit.numerical ?? onlyAmount(value);
    const mark = markOf(value, numerical);
    const clauses = mark ? dayClauses([{ said: saidOf(habit, numerical), mark }]) : [];
    const at = noonOf(day)!;
    const text = clauses.length
      ? `On ${dayWords(at)} ${clauses.join("; ")}, and noted: ${quotedEnd(note)}`
      : `On ${dayWords(at)} I noted on my habit "${habit.name}": ${quotedEnd(note)}`;
    notes++;
    yield dayNote(day, "Loop Habit Tracker", "", [turnOf(`note ${habit.name}`, at, text, { line })]);
  }
  if (!notes)
    throw new ImportError(
      file,
      `line ${csv.lastLine() || 1}`,
      `${NO_TEXT}: a habit's checkmarks with no note (its days are read from the Checkmarks.csv beside its folder)`,
    );
}

/** A HabitBull day ("2016-03-18", or "11/5/2020" month first, as Loop's importer reads it) as "yyyy-MM-dd", or null. */
function habitBullDay(cell: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(cell);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(cell);
  const [y, m, d] = iso ? [iso[1]!, iso[2]!, iso[3]!] : us ? [us[3]!, us[1]!, us[2]!] : [];
  if (!y) return null;
  const day = `${y}-${m!.padStart(2, "0")}-${d!.padStart(2, "0")}`;
  return noonOf(day) === null ? null : day;
}

/** A HabitBull row as held until its day is given: the habit, the value and the comment. */
interface HabitBullMark {
  habit: string;
  value: number;
  comment: string;
}

/**
 * HabitBull's CSV: the habits' note, then each day's note, held to the file's end (held-notes.ts) and said in one
 * paragraph (named `HabitBull`). Read twice: first for each habit's description, category and whether it counts (a value
 * over 1).
 * @throws ImportError naming the file and where: a header without CalendarDate or Value (`line 1`); a row's day or value
 *   (`line 4, "CalendarDate"`: not "2016-03-18" nor "11/5/2020"; `"Value"`: no whole number); no habit (a note with no text)
 */
async function* habitBull(file: string, opts: ReadOptions): AsyncGenerator<ParsedConversation> {
  const info = await stat(file);
  const habits = new Map<string, HabitInfo>();
  const lines: number[] = [];
  const rows = (progress?: ReadOptions["onProgress"]) => csvRecords(file, info.size, MAX_RECORD_CHARS, progress);
  type Row = { name: string; day: string; value: number; comment: string; line: number };
  /** Each row read, checked. */
  async function* read(progress?: ReadOptions["onProgress"]): AsyncGenerator<Row> {
    let columns: CsvColumns | null = null;
    for await (const { cells, line } of rows(progress).records) {
      if (!columns) {
        columns = headerColumns(cells);
        const missing = ["habitname", "calendardate", "value"].find((c) => !columns!.has(c));
        if (missing)
          throw new ImportError(
            file,
            `line ${line}`,
            `no "${missing}" column: not HabitBull's CSV export (HabitName,HabitDescription,HabitCategory,CalendarDate,Value,CommentText)`,
          );
        continue;
      }
      const cols = columns;
      const cell = (name: string) => cellOf(cells, cols, name);
      if (cells.every((c) => !c.trim())) continue;
      const day = habitBullDay(cell("calendardate"));
      if (!day)
        throw new ImportError(
          file,
          `line ${line}, "CalendarDate"`,
          `${JSON.stringify(cell("calendardate"))} is no day (HabitBull writes 2016-03-18 or 11/5/2020)`,
        );
      const v = cell("value");
      if (!/^-?\d+$/.test(v))
        throw new ImportError(file, `line ${line}, "Value"`, `${JSON.stringify(v)} is no whole number (HabitBull writes 1 for done, 0 for not, or a count)`);
      const name = cell("habitname");
      if (!habits.has(name)) {
        if (habits.size >= MAX_HABITS)
          throw new ImportError(file, `line ${line}`, `more than ${MAX_HABITS.toLocaleString("en-GB")} habits: more than Engram reads of one export`);
        habits.set(name, { ...namedHabit(name), numerical: false, description: cell("habitdescription"), category: cell("habitcategory") });
        lines.push(line);
      }
      yield { name, day, value: Number(v), comment: cell("commenttext").replace(/\s+/g, " "), line };
    }
    if (!columns) throw new ImportError(file, "line 1", "no header: not HabitBull's CSV export");
  }
  // (each habit's last day done, and the export's last day)
  const lastDone = new Map<string, LastDone>();
  let lastDay = "";
  for await (const row of read()) {
    if (row.value > 1) habits.get(row.name)!.numerical = true;
    if (row.day > lastDay) lastDay = row.day;
    if (row.value >= 1 && row.day > (lastDone.get(row.name)?.day ?? "")) lastDone.set(row.name, { day: row.day, amount: row.value });
  }
  if (!habits.size) throw new ImportError(file, "line 1", `${NO_TEXT}: a HabitBull export with no habit`);
  yield habitsNote("habitbull", "HabitBull", [...habits.values()], lines, noonOf(lastDay)!, (h) => {
    const last = lastDone.get(h.name);
    return last ? { day: last.day, amount: h.numerical ? last.amount : null } : null;
  });
  const held = new HeldNotes({ records: "day" });
  const said = new Map([...habits].map(([name, h]) => [name, saidOf(h, h.numerical === true)]));
  /** A held day's rows said in one paragraph. */
  const told = (conv: ParsedConversation): ParsedConversation[] => {
    const rows = conv.turns.map((t) => t.metadata.habitbull as HabitBullMark);
    const marks = rows.flatMap((r) => {
      const mark =
        r.value < 0
          ? null
          : habits.get(r.habit)!.numerical
            ? { kind: "amount" as const, amount: r.value }
            : r.value === 1
              ? { kind: "done" as const }
              : { kind: "not" as const };
      return mark ? [{ said: said.get(r.habit)!, mark }] : [];
    });
    const clauses = dayClauses(marks).join("; ");
    const comments = rows.filter((r) => r.comment).map((r) => `I noted on "${r.habit}": ${quotedEnd(r.comment)}`);
    const at = conv.turns[0]!.occurredAt;
    const text = [...(clauses ? [`On ${dayWords(at)} ${clauses}.`] : [`On ${dayWords(at)}:`]), ...comments].join(" ");
    if (!clauses && !comments.length) return [];
    const day = new Date(at).toISOString().slice(0, 10);
    return [dayNote(day, "HabitBull", "habitbull", [turnOf("HabitBull", at, text, { line: conv.turns[0]!.metadata.line })])];
  };
  for await (const row of read(opts.onProgress)) {
    const turn = turnOf(row.name, noonOf(row.day)!, row.name, { line: row.line, habitbull: { habit: row.name, value: row.value, comment: row.comment } });
    for (const conv of held.add(row.day, "", turn)) yield* told(conv);
  }
  for (const conv of held.given()) yield* told(conv);
}

/**
 * Reads `file`, a file of a habit tracker's export (habits-export.ts `habitsKindOf`; `start` its first KiB or more),
 * yielding notes of the user's (format `note`, said by the user, role `user`): Loop's Checkmarks.csv a note per day
 * (`habits:day:2026-10-11`, `records: "day"`, one paragraph named `Loop`), its Habits.csv one note of the habits
 * (`habits:loop:habits`, `records: "log"`, a paragraph per habit named `habit <name>`), a habit's own Checkmarks.csv a
 * paragraph per note typed (named `note <habit>`, in its day's note), HabitBull's CSV its habits' note and a note per day
 * (`habits:day:2016-03-18:habitbull`). Turn metadata: `{ line }` (`undated` for a habit's paragraph).
 * @throws ImportError naming the file and where: Loop's scores (`byte 0` by their place, `line 1` by their content: a
 *   note with no text, so a folder passes them over, saying why); a file that is none of these (`line 1`); a bad row
 *   (its line and column); a file with nothing to tell (a note with no text)
 */
export async function* parseHabits(file: string, start: string, opts: ReadOptions = {}): AsyncGenerator<ParsedConversation> {
  const aside = habitsPassedOver(file);
  if (aside) throw new ImportError(file, "byte 0", `${NO_TEXT}: ${aside}`);
  const kind: HabitsKind | null = habitsKindOf(start, file);
  switch (kind) {
    case "loop-habits": {
      const { habits, lines } = await loopHabits(file, opts);
      if (!habits.length) throw new ImportError(file, "line 1", `${NO_TEXT}: Loop Habit Tracker's Habits.csv with no habit`);
      // (as of the export's last day, each habit's last day done, from the Checkmarks.csv beside it)
      const done = await lastDoneIn(dirname(file));
      const at = (done && noonOf(done.lastDay)) ?? Math.floor((await stat(file)).mtimeMs);
      yield habitsNote("loop", "Loop Habit Tracker", habits, lines, at, (h) => done?.last.get(h.name) ?? null);
      return;
    }
    case "loop-checkmarks":
      yield* loopDays(file, opts);
      return;
    case "loop-habit-checkmarks":
      yield* loopHabitNotes(file, opts);
      return;
    case "loop-scores":
      throw new ImportError(file, "line 1", `${NO_TEXT}: ${SCORES_PASSED_OVER}`);
    case "habitbull":
      yield* habitBull(file, opts);
      return;
    default:
      throw new ImportError(
        file,
        "line 1",
        "not a habit tracker's export: expected Loop Habit Tracker's Habits.csv (Position,Name,…) or Checkmarks.csv (Date, then each habit), or HabitBull's CSV (HabitName,HabitDescription,HabitCategory,CalendarDate,Value,CommentText)",
      );
  }
}

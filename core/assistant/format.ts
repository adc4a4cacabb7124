import { stemmer } from "stemmer";
import type { ProvenanceSource } from "../db/repos/provenance.js";
import { queryTerms } from "../retrieval/fts-query.js";
import type { MemoryHit } from "../retrieval/search.js";
import { saidDate, withoutSaidDate } from "../memory/fact-text.js";
import { humanDate } from "../time/format.js";

/** A source behind a cited memory (its provenance row without app and window title). Times epoch ms. */
export type CitationSource = Omit<ProvenanceSource, "app" | "window_title">;

/** A memory an answer relies on, with the sources it came from. */
export interface Citation {
  memory_id: number;
  title: string;
  occurred_at: number | null;
  sources: CitationSource[];
}

/**
 * An answer: its text, the memories it cites (each resolving to its sources), which engine wrote
 * it (`llm`: the local model; `heuristic`: the memories themselves, no model), and whether it
 * abstained because no relevant memory was found. With an abstention, `closest` holds the memories
 * search ranked first that come close to the question (at most 3; recall.ts): not an answer, but what
 * the user may want to read; empty when Engram answered.
 */
export interface Answer {
  answer: string;
  citations: Citation[];
  engine: "llm" | "heuristic";
  abstained: boolean;
  closest: Citation[];
}

/** What Engram says when it has no relevant memory. */
export const ABSTAIN = "I don't have a memory of that.";

/** A memory hit as a citation. */
export function toCitation(h: Pick<MemoryHit, "id" | "title" | "occurred_at" | "sources">): Citation {
  return {
    memory_id: h.id,
    title: h.title,
    occurred_at: h.occurred_at,
    sources: h.sources.map((s: ProvenanceSource) => ({
      source_id: s.source_id,
      kind: s.kind,
      external_id: s.external_id,
      conversation: s.conversation,
      speaker: s.speaker,
      occurred_at: s.occurred_at,
    })),
  };
}

/**
 * Word stems for loose matching: the Porter stem, as the full-text index stems ("painting" ~
 * "painted", "live" ~ "lives", "dog" ~ "dogs"; 5-letter prefixes missed the plurals of short words).
 */
export function stems(text: string): Set<string> {
  return new Set(queryTerms(text).map((w) => stemmer(IRREGULAR_BASE[w] ?? agentBase(w))));
}

/**
 * One who does a trade as the trade's stem ("plumber" → "plumb", as Porter stems "plumbing"; so
 * "gardener", "cleaner", "builder", "painter", "teacher"): "the plumber's invoice" is Leeds Plumbing's.
 * An "-er" or "-ers" word whose rest has at least four letters; both sides of a comparison are read
 * alike, so "water" or "dinner" still match themselves. And one an act is done to, or who does it, by
 * "-ee" as the act ("interviewee" → "interview", "attendees" → "attend"; "coffee" still matches itself).
 */
function agentBase(word: string): string {
  const base = /^(\p{L}{4,})(?:ers?|ees?)$/u.exec(word)?.[1];
  return base ?? word;
}

/**
 * Irregular past forms and participles, as their base verb, which no stemmer finds ("What bike did I
 * buy?" and "I bought a second-hand Trek"; "Where did we go?" and "We went to Lisbon"), and the -ies and
 * -ied of a verb too short for Porter to stem alike ("fly" and "flies", "try" and "tried"); and adjectives
 * of a condition as its noun ("What am I allergic to?" and "The user's allergies: penicillin"), and a
 * clipped word as the word ("tix" of a payment's note is "tickets", "pics" are pictures).
 */
const IRREGULAR_BASE: Record<string, string> = Object.fromEntries(
  (
    "bought:buy brought:bring went:go gone:go goes:go does:do flies:fly tries:try cries:cry dries:dry fries:fry spies:spy tried:try cried:cry dried:dry fried:fry spied:spy saw:see seen:see ate:eat eaten:eat taught:teach thought:think made:make took:take taken:take " +
    "got:get gotten:get gave:give given:give met:meet left:leave told:tell said:say paid:pay ran:run wrote:write written:write sold:sell " +
    "kept:keep felt:feel found:find began:begin begun:begin chose:choose chosen:choose drove:drive driven:drive flew:fly flown:fly grew:grow " +
    "grown:grow knew:know known:know lost:lose sent:send spent:spend overspent:overspend underspent:underspend won:win wore:wear worn:wear heard:hear held:hold built:build caught:catch " +
    "slept:sleep stood:stand swam:swim sang:sing sung:sing sat:sit spoke:speak spoken:speak stole:steal stolen:steal broke:break broken:break " +
    "fell:fall fallen:fall forgot:forget forgotten:forget hid:hide rode:ride ridden:ride rose:rise understood:understand woke:wake woken:wake " +
    "allergic:allergy asthmatic:asthma diabetic:diabetes pregnant:pregnancy anxious:anxiety " +
    "tix:ticket pics:picture pic:picture withdrew:withdraw withdrawn:withdraw " +
    "led:lead fed:feed bled:bleed fought:fight sought:seek bent:bend lent:lend meant:mean dealt:deal drew:draw drawn:draw threw:throw thrown:throw"
  )
    .split(" ")
    .map((pair) => pair.split(":") as [string, string]),
);

/** A name written as one word of capitalised parts ("PureGym", "EasyJet", "RecipeTin"). */
const JOINED_NAME = /(?<![\p{L}])\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+(?![\p{L}])/gu;

/** The stems of the parts of each name `text` writes as one word ("PureGym" → "pure", "gym"): the words it names ("What's my gym membership?"). */
function nameParts(text: string): string[] {
  return [...text.matchAll(JOINED_NAME)].flatMap((m) => (m[0].match(/\p{Lu}\p{Ll}+/gu) ?? []).map((w) => stemmer(w.toLowerCase())));
}

/** Share (0..1) of the question's words that `text` contains (compared by Porter stems). */
export function coverage(question: string, text: string): number {
  const { shared, words } = sharedWords(question, text);
  return words === 0 ? 0 : shared / words;
}

/** How many of the question's distinct words (Porter stems, no stop words) `text` contains, of how many; a name `text` writes as one word of parts ("PureGym") contains each part. */
export function sharedWords(question: string, text: string): { shared: number; words: number } {
  const q = stems(question);
  const t = stems(text);
  for (const part of nameParts(text)) t.add(part);
  let shared = 0;
  for (const w of q) if (t.has(w)) shared++;
  return { shared, words: q.size };
}

/** A numbered step of a procedure's text ("1. Grind coarse"). */
const STEP = /^\d+\.\s/;
/** The most steps of a procedure an answer lists; a longer one ends with "…". */
const MAX_STEPS = 12;

/** Whether a memory's lines are a procedure's: a header, then numbered steps only ("1. Grind coarse"). */
export function isProcedureText(lines: string[]): boolean {
  return lines.length > 1 && lines.slice(1).every((line) => STEP.test(line));
}

/**
 * The lines of a memory worth showing for a question: for a procedure (a header then numbered
 * steps), all of it on one line, since its steps are what it answers (up to MAX_STEPS, then "…");
 * for an episode (a header then one line per turn), the `max` lines sharing most words with the
 * question, in their order; when none shares a word ("What did I do on Monday?" and a day of screen
 * time), the first `max` lines, header included, which say what and when; else the whole text.
 */
export function relevantLines(content: string, question: string, max = 2): string[] {
  const lines = content.split("\n");
  if (lines.length <= 2) return [lines.join(" ")];
  const rest = lines.slice(1);
  if (isProcedureText(lines)) return [`${lines.slice(0, 1 + MAX_STEPS).join(" ")}${rest.length > MAX_STEPS ? " …" : ""}`];
  const body = rest.map((line, i) => ({ line, i, score: coverage(question, line) }));
  const best = [...body].sort((a, b) => b.score - a.score || a.i - b.i).slice(0, max);
  if (best.every((b) => b.score === 0)) return lines.slice(0, max);
  return best.sort((a, b) => a.i - b.i).map((b) => b.line);
}

/** "conv-26 D1:3, D1:4 +2" — where a memory came from, short. */
export function sourceLabel(sources: CitationSource[]): string {
  if (sources.length === 0) return "";
  const conv = sources[0]!.conversation;
  const ids = sources.map((s) => s.external_id ?? `#${s.source_id}`);
  const shown = ids.slice(0, 3).join(", ") + (ids.length > 3 ? ` +${ids.length - 3}` : "");
  return `${conv ? `${conv.length > 40 ? `${conv.slice(0, 37)}…` : conv} ` : ""}${shown}`;
}

/**
 * The answer without a model: the best memories themselves, dated and with their sources, plainly
 * presented as what Engram remembers (not a made-up sentence). A fact's closing "(8 May 2023)", the day it
 * was said, is left out where it repeats the date the item is listed under.
 * @param opts.outside the period the question names (its label, "2025"), when none of the memories
 *   is of it: the answer says so before listing them, so memories of another time are not read as
 *   an answer about that period.
 */
export function rememberedAnswer(question: string, citations: Array<Citation & { content: string }>, opts: { outside?: string } = {}): string {
  const items = citations.map((c, i) => {
    const when = c.occurred_at != null ? humanDate(c.occurred_at) : "undated";
    const lines = relevantLines(c.content, question).join(" … ");
    const text = saidDate(lines) === when ? withoutSaidDate(lines) : lines;
    const from = sourceLabel(c.sources);
    return `${i + 1}. ${when} — ${text}${from ? ` [${from}]` : ""}`;
  });
  const lead = opts.outside ? `I remember nothing of that from ${opts.outside}. Here is what I remember from other times:` : "Here is what I remember:";
  return `${lead}\n${items.join("\n")}`;
}

/** The citation numbers ([1], [2][3]) an answer uses, in order of first use. */
export function citedNumbers(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/\[(\d{1,3})\]/g)) {
    const n = Number(m[1]);
    if (!out.includes(n)) out.push(n);
  }
  return out;
}

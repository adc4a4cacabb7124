// What kind of word a word is: what compromise's lexicon knows of it (a name, a common word, a word at
// all), nouns that name a feeling or a value rather than a thing, and nouns that name content.
import nlp from "compromise";
import type { Term } from "./sentence-types.js";

/** compromise's lexicon (word → tag), to tell a word it knows from one it guessed by its suffix. */
export const LEXICON = (nlp as unknown as { model(): { one: { lexicon: Record<string, unknown> } } }).model().one.lexicon;

/**
 * Whether a capitalised word (without "'s") may be a person's name by what compromise's lexicon
 * knows of it: one it knows only as a name or as a bare noun that is also a name ("Leo", "Maya",
 * "Daisy"), or, with `unknown`, a word it does not know ("Bluebell"); not one it knows as a common
 * word ("Mom", "Today", "Everyone").
 */
export function mayBeName(word: string, opts: { unknown: boolean } = { unknown: true }): boolean {
  const known = [LEXICON[word.toLowerCase()] ?? []].flat() as string[];
  return (opts.unknown || known.length > 0) && known.every((tag) => tag === "Noun" || /Name$/.test(tag));
}

/** Whether compromise's lexicon knows `word` (any case) at all: "Sora", "Cotham" and "booked" it does not. */
export function knownWord(word: string): boolean {
  return LEXICON[word.toLowerCase()] !== undefined;
}

/**
 * Whether one word is a common word by compromise's lexicon, never a person's name: it knows the
 * word and only as a common noun, a verb or a question word ("Budget", "Notes", "Where", "Phone"),
 * not as a name, a bare noun that is also a name ("Leo", "Daisy"), who someone is ("Mom"), a modal
 * ("Will") or a month ("June"). A word it does not know ("Attendees", "Priya") is not.
 */
export function isCommonWord(word: string): boolean {
  const known = [LEXICON[word.toLowerCase()] ?? []].flat() as string[];
  return known.length > 0 && known.every((tag) => !/Name$|^(?:Noun|Actor|Modal|Month)$/.test(tag));
}

/**
 * Nouns that name a feeling, a value or life in general, not a thing, a place or an event (lower case):
 * a fact made only of them is a truism (facts.ts), a topic headed by one says nothing (summary.ts).
 */
export const ABSTRACT_NOUNS: ReadonlySet<string> = new Set(
  (
    "journey growth learning life lives moment moments memory memories joy happiness impact difference break passion passions support inspiration " +
    "progress motivation attitude feeling feelings experience experiences effort efforts perspective perspectives reminder strength love care kindness " +
    "positivity peace energy courage confidence balance success world feedback " +
    "opportunity opportunities chance challenge challenges struggle struggles fun blast lot lots heart mind soul sense thought thoughts idea ideas " +
    "help encouragement advice words belief beliefs value values dream dreams hope hopes goal goals fear fears emotion emotions mood vibe vibes " +
    "patience determination dedication resilience appreciation gratitude comfort relief pride part meaning purpose power bond bonds connection connections future"
  ).split(" "),
);

/** Gerunds that name no activity ("I'm going", "I was thinking"). */
const EMPTY_GERUNDS = new Set([
  "going",
  "doing",
  "getting",
  "thinking",
  "trying",
  "looking",
  "feeling",
  "having",
  "being",
  "saying",
  "wondering",
  "hoping",
  "planning",
]);

/** A noun that names content: an activity ("counseling"), or a noun that is no pronoun, no light noun ("way", "thing", "lot") and no indefinite pronoun ("something"). */
export function isContentNoun(t: Term): boolean {
  if (t.tags.has("Gerund")) return !EMPTY_GERUNDS.has(t.normal); // an activity: "counseling", "painting"
  return (
    t.tags.has("Noun") &&
    !t.tags.has("Pronoun") &&
    !["way", "thing", "things", "lot", "bit", "time", "day", "one", "stuff", "kind", "sort"].includes(t.normal) &&
    // an indefinite pronoun names nothing ("Something exciting happened recently for me")
    !/^(?:some|any|every|no)(?:thing|one|body)$/.test(t.normal)
  );
}

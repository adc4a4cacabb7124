// What a short statement may say that makes it a fact, not a reaction: a list under its label
// ("Shopping: oat milk, eggs"), who or what someone named is ("Mia's teacher is Mrs. Patel") or has ("Mum's
// blood type: O+"), what they
// do or did ("Dot hates thunderstorms", "Bluebell approved the homepage design"), a plan settled
// ("Lisbon is booked!!"), a place in a contest ("We came second!!").
import { fullyParsed, mayBeName, type Sentence } from "./sentences.js";

/**
 * A label of one to four words and the items listed under it: "Shopping: oat milk, eggs, coffee
 * beans." (group 1 the label, 2 the items); not a clause of the speaker's ("I got ideas from
 * everywhere: …", "My advice: …", told as advice), nor news or a reminder told after a heading ("Big
 * news: I got a job …", "Reminder: Grandma's lunch is on Sunday"), nor what is presented ("So here it
 * is: how I sharpen chisels" had become "The user's so here it is: …"), nor an answer's opening clause ("They
 * did: Table 2 shows …" had become "Priya's they did: …"), nor a clause of the speaker's ("What I said about
 * Citra: …" had become "The user's what i said about citra: …").
 */
export const LABELLED_LIST =
  /^(?![^:]*\s(?:I|me|my|we|us|our)\s[^:]*:)(?!(?:I|My|Our|We|You|Your|They|He|She|Yes|Yeah|No|Nope|The|This|That|It|A|An|(?:So\s+)?[Hh]ere|Reminder|Update|News|(?:Big|Good|Great|Exciting|Quick|Friendly|Some)\s+(?:news|update|reminder))\b)(\p{Lu}[\p{L}'’-]*(?:\s[\p{L}'’-]+){0,4}):\s+(?!(?:I|I'm|I've|I'd|I'll|[Ww]e|[Ww]e're|[Ww]e've|[Mm]y|[Oo]ur)\b)([^:]+?)[.!]?$/u;

/**
 * Whether a list's label is a name: two words or more, each capitalised, one a word compromise knows
 * only as a name or not at all ("Bluebell Bakery", not "Favorite Books"), also before when ("Chew
 * Valley Lake this morning"); one word that compromise knows only as a name ("Mia", not "Todo", which
 * may be any word, nor "Priya", which it does not know).
 */
export function namedLabel(label: string): boolean {
  const words = label.split(/\s+/);
  // (one word is a name when compromise knows it only as one: "Mia: swimming on Tuesdays", not "Password: …")
  if (words.length === 1) return /^\p{Lu}/u.test(label) && mayBeName(label, { unknown: false });
  const capitalised = words.findIndex((w) => !/^\p{Lu}/u.test(w));
  const name = capitalised === -1 ? words : WHEN_AFTER_NAME.test(words.slice(capitalised).join(" ")) ? words.slice(0, capitalised) : [];
  return name.length >= 2 && name.some((w) => mayBeName(w.replace(/['’]s$/u, "")));
}

/** When, after a name that labels a line: "this morning", "today", "yesterday", "last night", "on Saturday". */
const WHEN_AFTER_NAME = /^(?:this|last|yesterday|today|tonight|on)\b/;

/**
 * A statement of where a thing is, short as it is: "The key's under the blue pot by the shed", "Mum's
 * spare key is in the top drawer", "The passports are in the safe"; not "It's in the past" nor "That's
 * on me" (no thing named), nor a judgement ("The vibe is in the air": no place that is a thing's).
 */
export const SAYS_WHERE =
  /^(?:[Tt]he|\p{Lu}\p{Ll}+['’]s)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+(?:['’]s|\s+(?:is|are))\s+(?:still\s+)?(?:under|in|inside|behind|on|at|beside|by|next\s+to|on\s+top\s+of|in\s+front\s+of)\s+(?:the|a|my|our|your|his|her|their|\p{Lu}\p{Ll}+['’]s)\s+\S/u;

/**
 * A statement of who or what someone named is: "<Name>'s <relation> is <a name or a noun phrase>"
 * ("Mia's teacher is Mrs. Patel", "Maya's nursery is Sunflower Nursery", "Omar's brother is a dentist"),
 * "<Name> is a <noun>"; not a
 * judgement ("Omar's cooking is amazing").
 */
export const NAMED_IS =
  /^\p{Lu}\p{Ll}+(?:['’]s\s+\p{Ll}+)?\s+is\s+(?:(?:a|an|the)\s+(?!(?:very|really|so|great|good|bad|little|bit)\b)\p{Ll}+(?:\s+\p{Ll}+)?|(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})[.!]?$/u;

/**
 * What someone named cannot eat or take, or what they eat: "Dad is allergic to nuts", "Mia is lactose
 * intolerant", "Jo is vegan", "Tom is coeliac" (short as it is, what a person keeps to).
 */
export const NAMED_DIET =
  /^\p{Lu}\p{Ll}+(?:['’]s\s+\p{Ll}+)?\s+(?:is|are|has\s+been|was)\s+(?:(?:badly|severely|mildly|really|very)\s+)?(?:allergic\s+to\s+\S|(?:lactose|gluten|dairy)[\s-]+intolerant|intolerant\s+to\s+\S|vegan|vegetarian|pescatarian|coeliac|celiac|diabetic|halal|kosher|teetotal)/u;

/**
 * What someone named has, under a label of what it is: "<Name>'s <one to three words>: <value>" ("Mum's
 * blood type: O+", "Mum's favourite flower: peonies", "Leo's shoe size: 34"); not a judgement of theirs
 * ("Mum's verdict: amazing!" names what, but its value is a reaction word, left to the length rule).
 */
export const NAMED_HAS = /^\p{Lu}\p{Ll}+['’]s\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+:\s+(?!(?:amazing|great|good|bad|awesome|lovely|nice|perfect|wow|yes|no)\b)\S/u;

/**
 * Whether a sentence tells what someone named does, did or likes, to a thing it names ("Dot hates
 * thunderstorms", "Jo works at the hospital", "Bluebell approved the homepage design", "Kofi also hates
 * raisins"): a capitalised first word, a verb in the present or the past (after an adverb such as "also",
 * "never"), then no pronoun ("Max loves it!" is a reaction).
 */
export function namedDoes(s: Sentence): boolean {
  const m =
    /^\p{Lu}\p{Ll}+\s+((?:also|still|really|never|always|usually|often)\s+)?\p{Ll}+(?:s|ed)\s+(?!(?:it|that|this|them|those|these|her|him|me|you|us)\b)\p{Ll}/u.exec(
      s.text,
    );
  if (!m) return false;
  // (an adverb of how often or how much may come before the verb: "Kofi also hates anything with raisins")
  const terms = fullyParsed(s).terms;
  const [first, verb, next] = m[1] ? [terms[0], terms[2], terms[3]] : terms;
  if (!first?.tags.has("Noun") || ["Pronoun", "Determiner", "Gerund", "Adverb", "Adjective"].some((t) => first.tags.has(t))) return false;
  // (how someone looks or is, "Toby looks so adorable", "Garlic is indeed delicious", is a judgement)
  if (!(verb?.tags.has("PresentTense") || verb?.tags.has("PastTense")) || verb.tags.has("Copula") || LINKING.test(verb.normal.replace(/ed$/, "s")))
    return false;
  return !!next && !next.tags.has("Adverb") && !next.tags.has("Adjective");
}

/** Who or what a settled thing is not said of: a person's pronoun, or a reference to what was said before ("It's done!", "All sorted"). */
const PERSON_OR_REFERENCE = "it|that|this|everything|all|he|she|they|we|i|you";
/** The first word of a thing named, after "the", "our" or "my" ("New boiler", "The Airbnb", "Flights"). */
const THING_NAMED = "(?:(?:the|our|my)\\s+)?\\p{L}[\\p{L}'’-]*";
/** What a thing settled or done is, said with a verb or without one ("is booked", "Flights booked!"). */
const DONE = "booked|confirmed|sorted|paid|done|fixed|finished|installed|fitted|delivered";

/**
 * A plan of something named settled: "Lisbon is booked!!", "The Airbnb is paid", "Our flights are
 * confirmed"; a thing done or come: "New boiler is in!", "The kitchen is finished", "Sofa's been
 * delivered"; or news of it that came: "Monzo offer came through!", "My visa was approved"; said with
 * no verb, "Flights booked!", "First ever market stall done!". Not of a pronoun ("It's done!", "That is
 * fixed"): what it is, is said before; nor "Well done!", "Job done".
 */
export const SETTLED = new RegExp(
  `^(?!(?:${PERSON_OR_REFERENCE})\\b)${THING_NAMED}(?:\\s\\p{L}[\\p{L}'’-]*)?\\s+(?:(?:is|are|has\\s+been|have\\s+been)\\s+(?:all\\s+|now\\s+|finally\\s+|officially\\s+)?(?:${DONE}|cancell?ed|rescheduled|postponed|in)|(?:finally\\s+)?(?:came|went)\\s+through|(?:was|were|got)\\s+(?:approved|accepted|granted))\\b` +
    `|^(?!(?:${PERSON_OR_REFERENCE}|nothing|well|job|half|nearly|almost|mostly|not)\\b)${THING_NAMED}(?:\\s\\p{L}[\\p{L}'’-]*){0,3}\\s+(?:${DONE})[.!]*$`,
  "iu",
);

/**
 * Where the speaker, their team or one named came in a contest: "We came second!!", "I finished 14th",
 * "Our team placed third" (a result, short as it is; not a bare "We won!", which says no more than its talk).
 */
export const PLACED =
  /^(?:we|i|(?:our|my|the)\s+\p{L}+|\p{Lu}[\p{L}'’-]*)\s+(?:came|finished|placed|ended\s+up)\s+(?:in\s+)?(?:first|second|third|fourth|fifth|last|runners?[-\s]up|\d+(?:st|nd|rd|th))\b/iu;

/** The answer one named gave, a decision: "Lumen said no.", "Brightwire said yes!" (not "She said no", whose who is said before). */
export const ANSWER_GIVEN = /^(?!(?:She|He|They|It|I|We|You)\b)\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?\s+(?:said|says)\s+(?:no|yes)\b/u;

/** Verbs that link a subject to how it seems ("looks", "seems", "sounds", "feels"). */
const LINKING = /^(?:looks|seems|sounds|feels|appears|gets|becomes|remains|stays)$/;

// Whether a sentence's terms say something in the past, by which a bare weekday is dated backwards,
// and the base forms the tagger reads as a verb after a noun or a determiner ("this color").
import type { Term } from "./sentence-types.js";

/** Past verbs that report or settle what a clause after them says ("We decided the offsite is in Lisbon", "She said the party is on Friday"). */
const REPORTING =
  /^(?:decided|said|told|agreed|confirmed|announced|heard|learned|learnt|found|realised|realized|mentioned|wrote|promised|emailed|texted|messaged|replied)$/;
/** Whether `t` is a verb of the present or the future ("is", "'s", "are", "starts", "will"). */
export function presentOrFuture(t: Term): boolean {
  return t.tags.has("PresentTense") || t.tags.has("Modal") || /^(?:is|are|am|will|shall)$/.test(t.normal);
}

/**
 * Whether `terms` say something in the past tense: a past verb, but for one that reports or settles a
 * present or future clause after it, whose dates are that clause's ("We decided the team offsite is in
 * Lisbon, 14–16 October", said in September: October to come, not last October), for "have got",
 * which is to have ("I've got the hackathon on Saturday 21st"), and for "I meant", which corrects what
 * was said ("Sorry, I meant Saturday 14th").
 */
export function saysPast(terms: Term[]): boolean {
  // (an infinitive is no clause of its own: "never heard of James's desire to cook"; nor is a base form
  // after one thing named, which no verb of its agrees with: "found your old train set in the loft")
  const finite = (j: number) => presentOrFuture(terms[j]!) && terms[j - 1]?.normal !== "to" && !baseFormAfterThing(terms, j);
  return terms.some(
    (t, i) =>
      (t.tags.has("PastTense") || (t.tags.has("Verb") && IRREGULAR_PAST.has(t.normal))) &&
      !wantedDone(terms, i) &&
      // ("have got" is to have: "I've got the hackathon on Saturday 21st" is a day to come)
      !(t.normal === "got" && /^(?:have|has)$/.test(terms[i - 1]?.normal ?? "")) &&
      // ("I meant" corrects what was said: "Sorry, I meant Saturday 14th" is the day meant, to come; not "meant to")
      !(t.normal === "meant" && terms[i + 1]?.normal !== "to") &&
      !PRESENT_BE.test(terms[i - 1]?.normal ?? "") &&
      !(REPORTING.test(t.normal) && terms.some((_, j) => j > i && finite(j))),
  );
}

/**
 * Whether the term at `j` is a verb's base form right after one thing named, which no verb agrees
 * with ("your old train set", "a spare bike lock"): the tagger's verb is the phrase's last noun.
 */
export function baseFormAfterThing(terms: Term[], j: number): boolean {
  const before = terms[j - 1];
  return terms[j]!.tags.has("Infinitive") && before?.tags.has("Noun") === true && !before.tags.has("Pronoun") && !before.tags.has("Plural");
}

/** Determiners before a noun, which no verb follows: "this", "the", "my" … (not "that", which may open a clause: "I think that works"). */
const NOUN_DETERMINER = /^(?:this|these|those|the|a|an|my|our|your|his|her|their)$/;

/**
 * Whether the term at `j` is a verb's base form right after a determiner, which no verb follows: the
 * tagger's verb is a noun ("I picked this color because it's bright", "color" read as a verb), as
 * {@link baseFormAfterThing} is after a noun.
 */
export function baseFormAfterDeterminer(terms: Term[], j: number): boolean {
  return j > 0 && NOUN_DETERMINER.test(terms[j - 1]!.normal) && terms[j]!.tags.has("Infinitive");
}

/**
 * Past forms of irregular verbs, which the tagger reads as the present in a phrasal verb ("The server
 * went down in March": "went" tagged an infinitive) and are never a present form (not "read", "put", "cut").
 */
const IRREGULAR_PAST = new Set(
  (
    "went came took gave saw ran ate broke fell left bought brought sold told found lost won paid sent spent met sat stood flew drove " +
    "wrote rode swam began drank sang threw grew knew blew caught taught thought fought built kept slept felt heard held made said " +
    "woke wore tore shook forgot chose froze spoke stole"
  ).split(" "),
);

/** A present "be" before a participle, which is then a state or a passive of the present ("the gym is closed on Monday"). */
const PRESENT_BE = /^(?:is|are|am|be)$/;

/** Verbs of the present that want their object in a state to come ("wants the page shipped", "need the boiler serviced"). */
const WANTING = /^(?:want|wants|need|needs|expect|expects|prefer|prefers|would like|'d like)$/;

/**
 * Whether the past participle at `i` ("-ed") says the state a verb of wanting wants its object in
 * ("she wants the pricing page shipped before 15 January"): what is wanted is to come, not past.
 */
function wantedDone(terms: Term[], i: number): boolean {
  if (!/ed$/.test(terms[i]!.normal)) return false;
  for (let p = i - 1; p >= 0 && i - p <= 6; p--) {
    const t = terms[p]!;
    if (WANTING.test(t.normal)) return p < i - 1;
    if (!(t.tags.has("Determiner") || t.tags.has("Adjective") || t.tags.has("Noun")) || t.tags.has("Pronoun") || /[,.!?;:]/.test(t.post)) return false;
  }
  return false;
}

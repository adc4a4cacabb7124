// "her", "him" or "his" in a user's message told with the one person their message before named, in
// a chat with an assistant: "My sister Jill turns 30 on October 14." [the assistant's reply] "I think
// I'll get her the camera backpack." → "… get Jill the camera backpack". A fact stands on its own only
// when it says whom it is about (after the classic recency rule of pronoun resolution, Hobbs 1978,
// narrowed to one candidate: with two people named, nothing is changed).
import { escapeRegExp } from "../util/quote.js";
import { FEMALE_KIN, KIN_NAMES } from "./kin.js";
import { fullyParsed, mayBeName, parseSentence, type Sentence } from "./sentences.js";

/** A person a message named, and what compromise knows of their gender from the first name. */
export interface NamedPerson {
  name: string;
  female: boolean;
  male: boolean;
}

/** "her", "him" or "his", or "she" or "he" opening a sentence or a clause: the pronouns told as the person named before. */
export const PERSON_PRONOUN = /\b(?:her|him|his)\b|(?:^|[.!?,;:]\s+)(?:she|he)\b/i;

/** What a clause opens after ("…and it helped, she sleeps until 6:30 now", "Promotion case: she led …"). */
const CLAUSE_BEFORE = /[,;:]\s*$/;

/** Words after "her" that make it the object ("get her the backpack", "visit her in May"), not a possessive ("her birthday"). */
const AFTER_OBJECT =
  /^(?:[.,!?;:]|$|(?:the|a|an|some|this|that|these|those|my|your|our|their|to|in|on|at|for|with|about|from|by|up|out|back|off|over|again|too|and|or|but|so|when|if|because|soon|today|tomorrow|tonight|yesterday)\b)/i;

/** A relative called by who they are, capitalised as a name ("Nana", "Dad", "Grandma"; not before a name of theirs, "Grandma Effie"): {@link KIN_NAMES}. */
const KIN_NAME = new RegExp(`\\b(?:${KIN_NAMES})\\b(?!\\s+\\p{Lu})`, "gu");

/** The relatives `text` calls by who they are, as names ("Can someone pick up Nana …?" → Nana, female), each once. */
export function kinNamed(text: string): NamedPerson[] {
  const names = [...new Set([...text.matchAll(KIN_NAME)].map((m) => m[0]))];
  return names.map((name) => ({ name, female: FEMALE_KIN.test(name), male: !FEMALE_KIN.test(name) }));
}

/**
 * The one person `sentences` (a message) name, or null when they name none or several: the person
 * a later "her" or "him" of the same speaker may stand for. Of several, the one the speaker named
 * as theirs ("my cat Pixel", "my sister Jill"), when only one was: what the message is about ("My
 * cat Pixel … The vet, Dr. Lin, put her on a renal diet"); else the one a sentence opens on, when only
 * one does ("Dad's GP review is … with Dr Hussain").
 * @param exclude names that are not that person (the user's and the assistant's), nor what they are
 *   called for short (a name of three letters or more that opens one: "Mel" of Melanie)
 */
export function onePersonNamed(sentences: Sentence[], exclude: readonly string[]): NamedPerson | null {
  const names = exclude.map((n) => n.toLowerCase());
  // (nor one of them called by a short name: "Mel" is Melanie)
  const excluded = (name: string) => {
    const n = name.toLowerCase();
    return names.some((x) => x === n || (n.length >= 3 && x.startsWith(n)));
  };
  const people = new Map<string, NamedPerson>();
  for (const s of sentences) {
    const parsed = fullyParsed(s);
    for (const e of parsed.entities) {
      if (e.kind !== "person" || excluded(e.name)) continue;
      const first = parsed.terms.find((t) => t.text.replace(/['’]s$/, "") === e.name.split(/\s/)[0]);
      people.set(e.name, { name: e.name, female: !!first?.tags.has("FemaleName"), male: !!first?.tags.has("MaleName") });
    }
    // (a name compromise knows as a word too, opening the sentence before its verb: "Maya turns 5")
    const [subject, verb] = parsed.terms;
    const name = subject?.text.replace(/['’]s$/, "") ?? "";
    if (subject && !parsed.entities.length && /^\p{Lu}\p{Ll}+$/u.test(name) && mayBeName(name, { unknown: false }) && verb?.tags.has("Verb") && !excluded(name))
      people.set(name, { name, female: false, male: false });
  }
  // (and a relative called by who they are, as a name: "Can someone pick up Nana … ? Her train gets in at 14:52")
  for (const s of sentences) for (const kin of kinNamed(s.text)) if (!excluded(kin.name) && !people.has(kin.name)) people.set(kin.name, kin);
  if (people.size === 1) return [...people.values()][0]!;
  const text = sentences.map((s) => s.text).join(" ");
  const own = [...people.values()].filter((p) => new RegExp(`\\b(?:[Mm]y|[Oo]ur)\\s+\\p{Ll}+\\s+${escapeRegExp(p.name)}\\b`, "u").test(text));
  if (own.length === 1) return own[0]!;
  // (else the one a sentence opens on, its subject or whose its subject is, who is what the talk is about
  // (the subject ranks first among what a sentence names: centering theory, Grosz, Joshi and Weinstein 1995):
  // "Dad's GP review is on Thursday with Dr Hussain. Can you take him?" is of Dad; not one of two said together, "Jill and Tom")
  const opening = [...people.values()].filter((p) =>
    sentences.some((s) => new RegExp(`^${escapeRegExp(p.name)}(?:['’]s)?\\b(?!\\s*(?:,|and|&)\\s*\\p{Lu})`, "u").test(s.text.trim())),
  );
  return opening.length === 1 ? opening[0]! : null;
}

/**
 * `sentences` with their "her", "him" and "his" told as `person` ("Jill", "Jill's"), where the
 * gender compromise knows, or the first pronoun told as them, does not say otherwise; a pronoun after a person the sentence names itself
 * is left as it is (it may be theirs: "I'll ask Maria to help her"), one before them is not ("I
 * booked him in with Dr. Okafor").
 */
export function withPersonNamed(sentences: Sentence[], person: NamedPerson): Sentence[] {
  // (one whose gender no name tells takes the gender of the first pronoun told as them: "She wants to keep
  // him on 10mg" is Dr Hussain keeping someone else on it)
  const who = { ...person };
  const learnGender = (female: boolean) => {
    if (!who.male && !who.female) Object.assign(who, female ? { female: true } : { male: true });
  };
  return sentences.map((s) => {
    if (!PERSON_PRONOUN.test(s.text)) return s;
    const own = fullyParsed(s)
      .entities.filter((e) => e.kind === "person")
      .map((e) => e.name);
    const text = s.text.replace(
      /\b(her|him|his|she|he)\b(['’](?:s|ll|d|ve)\b)?(\s*)/gi,
      (word, pronoun: string, is: string | undefined, space: string, at: number, all: string) => {
        const p = pronoun.toLowerCase();
        const female = p === "her" || p === "she";
        if ((female && who.male) || (!female && who.female)) return word;
        if (own.some((name) => all.slice(0, at).includes(name))) return word;
        // ("she" and "he" only as a subject, opening the sentence or a clause; "She's" as "Pixel is", or "has" before "been" or "got"; "She'll" as "Pixel will")
        if (p === "she" || p === "he") {
          if (at !== 0 && !CLAUSE_BEFORE.test(all.slice(0, at))) return word;
          const verb = is ? contracted(is, all.slice(at + word.length)) : "";
          learnGender(female);
          return `${person.name}${verb}${space}`;
        }
        if (is) return word;
        const object = p === "him" || (p === "her" && AFTER_OBJECT.test(all.slice(at + word.length)));
        learnGender(female);
        return `${object ? person.name : `${person.name}'s`}${space}`;
      },
    );
    if (text === s.text) return s;
    // (the name told is a person's, which compromise may not know: "Pixel only eats …" keeps its capital)
    const told = fullyParsed(parseSentence(text));
    return told.entities.some((e) => e.name === person.name) ? told : { ...told, entities: [...told.entities, { name: person.name, kind: "person" as const }] };
  });
}

/** The verb a pronoun's contraction stands for, told after a name: "'s" is "is", or "has" before "been" or "got"; "'ll" "will", "'d" "would", "'ve" "has" (after one name). */
function contracted(contraction: string, after: string): string {
  const c = contraction.slice(1).toLowerCase();
  if (c === "s") return /^(?:been|got|gotten|had)\b/i.test(after) ? " has" : " is";
  return c === "ll" ? " will" : c === "d" ? " would" : " has";
}

/**
 * `sentences` (one message) with the "her", "him" and "his" of a sentence, and a "She" or "He"
 * opening it or a clause, told as the one person the message's sentences before it named ("Maya turns
 * 5 on November 14th. We're having her party at Little Explorers" → "… Maya's party …"); a sentence
 * that names no person before its pronoun, after sentences that name exactly one (not the speaker:
 * `exclude`). Else as they are.
 */
export function withPeopleNamedBefore(sentences: Sentence[], exclude: readonly string[]): Sentence[] {
  if (sentences.length < 2 || !sentences.slice(1).some((s) => PERSON_PRONOUN.test(s.text))) return sentences;
  return sentences.map((s, k) => {
    if (k === 0 || !PERSON_PRONOUN.test(s.text)) return s;
    const person = onePersonNamed(sentences.slice(0, k), exclude);
    return person ? withPersonNamed([s], person)[0]! : s;
  });
}

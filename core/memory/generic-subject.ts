import { ABSTRACT_NOUNS, fullyParsed, parseSentence, type Term } from "./sentences.js";

/** Tags of a term that cannot be part of a generic subject: a determiner, a pronoun, a possessive, a name, a number, a date. */
const NOT_GENERIC = ["Determiner", "Pronoun", "Possessive", "Person", "Place", "Organization", "ProperNoun", "Value", "Date"];
/** A noun that names a quality or an activity in general ("determination", "kindness", "happiness"). */
const MASS_SUFFIX = /(?:ness|ity|ment|tion|sion|ence|ance|ship|dom)$/;

const isA = (t: Term | undefined, tag: string) => t?.tags.has(tag) ?? false;
const generic = (t: Term | undefined) => t != null && !NOT_GENERIC.some((g) => t.tags.has(g));
/** A modifier before a noun: an adjective or a gerund used as one ("helping hands"). */
const modifier = (t: Term | undefined) => generic(t) && (isA(t, "Adjective") || isA(t, "Gerund"));
const noun = (t: Term | undefined) => generic(t) && isA(t, "Noun");

/**
 * Whether `text` opens on a generic subject and its verb: a kind of thing or a quality with no
 * determiner, possessive or name ("Books can be …", "Little acts of kindness can …", "Determination
 * and confidence make …", "Animals are …"), so that it states a general truth (a *generic* sentence
 * in the sense of Carlson's bare plurals, 1977), not something about a person, a place or a plan.
 * The subject is up to three modifiers and a noun, optionally "of" another noun, and up to three
 * more joined by "and" or commas; at least one of its nouns is plural, uncountable or abstract
 * (ABSTRACT_NOUNS, or "-ness", "-ity", "-tion" …), or two are joined. Its verb is in the present
 * ("is", "can be", "make", "really matter"), after adverbs and modals, and not the present perfect of
 * what it has done ("Pigeons have dug up the beans": news). Parses `text` with
 * compromise (sentence-parse.ts) when it was not parsed.
 */
export function opensOnGenericSubject(text: string): boolean {
  const t = fullyParsed(parseSentence(text)).terms;
  let i = 0;
  const nouns: Term[] = [];
  const phrase = () => {
    let n = 0;
    while (n < 3 && modifier(t[i]) && !noun(t[i])) {
      i++;
      n++;
    }
    // (a modifier compromise read as a noun: "little acts" keeps "acts" as the head)
    while (noun(t[i]) && noun(t[i + 1])) i++;
    if (!noun(t[i])) return false;
    nouns.push(t[i++]!);
    return true;
  };
  if (!phrase()) return false;
  if (t[i]?.normal === "of" && (i++, !phrase())) return false;
  for (let more = 0; more < 3 && (t[i]?.normal === "and" || /,\s*$/.test(t[i - 1]?.post ?? "")); more++) {
    if (t[i]?.normal === "and") i++;
    if (!phrase()) return false;
  }
  const kind = nouns.some((n) => isA(n, "Plural") || isA(n, "Uncountable") || ABSTRACT_NOUNS.has(n.normal) || MASS_SUFFIX.test(n.normal)) || nouns.length > 1;
  if (!kind) return false;
  while (isA(t[i], "Adverb") || isA(t[i], "Modal")) i++;
  const verb = t[i];
  // (what a kind of thing has done is news, not a truth: "Pigeons have already dug up half the broad beans")
  let k = i + 1;
  while (isA(t[k], "Adverb")) k++;
  if (verb && /^(?:have|has)$/.test(verb.normal) && isA(t[k], "PastTense") && t[k]!.normal !== "been") return false;
  return verb != null && isA(verb, "Verb") && !isA(verb, "PastTense") && !isA(verb, "Gerund");
}

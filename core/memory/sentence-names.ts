// The names a parsed sentence says, as entities: compromise's people, places and organisations put
// right (a title of a work or a breed is a thing), and names it missed ("my dog Biscuit"). See README.md, "Entities and the graph".
import { DAY_NAMES, MONTH_NAMES } from "../time/mentions.js";
import { escapeRegExp } from "../util/quote.js";
import { LEXICON } from "./lexicon.js";
import type { Sentence, Term } from "./sentence-types.js";

/** Month, weekday and season names, which compromise sometimes tags as a person ("August's been eventful"). */
const CALENDAR_NAMES = new RegExp(`^(?:${MONTH_NAMES}|${DAY_NAMES}|spring|summer|autumn|fall|winter)$`, "i");
/** A lower-case word inside a name other than a particle: "Chelsea match", "Hawaiian pizza" are no names ("The Cliffs of Moher" is). */
const COMMON_WORD_IN_NAME = /\s(?!(?:of|the|de|da|del|van|von|la|le|du|and|for|on|upon)\b)\p{Ll}/u;

/**
 * The names compromise found, as entities of `kind`: trimmed of punctuation and a possessive "'s",
 * without common words and calendar names, a person without the lower-case words before their name
 * ("sister Jill" is Jill). A place written with the region or country it is in
 * ("Edinburgh, Scotland", which compromise reads as one place) is two places, so the city said alone
 * later is the same entity; a name in brackets after another is a name of its own.
 */
export function names(list: { out(format: "array"): string[] }, kind: Sentence["entities"][number]["kind"]): Sentence["entities"] {
  return (
    list
      .out("array")
      .flatMap((n) => (kind === "place" ? n.split(/,\s+(?=\p{Lu})/u) : [n]))
      // (a name in brackets after another is a name of its own: "Dr Hussain (Omar took him)")
      .flatMap((n) => n.split(/\s*[()[\]]\s*/))
      .map((n) => n.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "").replace(/['’]s$/i, ""))
      // (a person after who they are to the speaker: "sister Jill", which compromise reads as one name, is Jill)
      .map((n) => (kind === "person" ? n.replace(/^(?:\p{Ll}[\p{L}'’-]*\s+)+(?=\p{Lu})/u, "") : n))
      // (nor a day after it, which compromise may read as a last name: "ring Auntie Jo tonight")
      .map((n) => (kind === "person" ? n.replace(/\s+(?:tonight|today|tomorrow|yesterday)$/i, "") : n))
      .filter((n) => n.length > 1 && /^\p{Lu}/u.test(n) && !COMMON_WORD_IN_NAME.test(n) && !(kind === "person" && CALENDAR_NAMES.test(n)))
      .map((name) => ({ name, kind }))
  );
}

/**
 * A name compromise took for an adverb by its "-ly" ("Tilly helps me stay focused and brings me so
 * much joy"): a capitalised first word it does not know, whose stem is no adjective it knows
 * ("Finally" is "final" + "ly", "Happily" "happy"), before a verb in the third person singular.
 */
export function nameGuessedAsAdverb(terms: Term[]): string | null {
  const [first, next] = terms;
  if (!first || !next || !/^\p{Lu}\p{Ll}+ly$/u.test(first.text) || !first.tags.has("Adverb") || first.normal in LEXICON) return null;
  const stems = [first.normal.slice(0, -2), first.normal.replace(/ily$/, "y")];
  if (stems.some((w) => LEXICON[w] === "Adjective")) return null;
  return next.tags.has("PresentTense") && /[^s]s$/.test(next.normal) ? first.text : null;
}

/**
 * Nouns that a title or a franchise names but a person's name does not: "a Harry Potter movie", "the
 * Star Wars universe", "a Harry Potter fan project" ("a Taylor Swift concert", "a Taylor Swift fan" are
 * a person's).
 */
const WORK_AFTER =
  "(?:universe|franchise|series|saga|trilogy|books?|novels?|movies?|films?|games?|tournaments?|fandom|theme|trivia|merch|fan (?:project|fiction|club|art|theory|convention))";

/** Nouns after which a name is a breed ("Two of them are Jack Russell mixes", "a Chihuahua puppy"). */
const BREED_AFTER = "(?:mix(?:es)?|breeds?|pupp(?:y|ies)|pups?|terriers?)";

/** Verbs whose object is a game or a book ("I'd play Super Mario and The Legend of Zelda", "reading Dune"). */
const PLAYED = "(?:[Pp]lay(?:s|ed|ing)?|[Rr]ead(?:s|ing)?)";
/** Nouns before a title ("the game Mario", "the book Dune"). */
const WORK_BEFORE = "(?:game|book|novel|movie|film|show|series|song|album)";

/** A WORK_AFTER or BREED_AFTER noun, a PLAYED verb, a WORK_BEFORE noun or a quote anywhere: without one, no name of the sentence is a work or a breed. */
const WORK_OR_BREED_NOUN = new RegExp(`\\b(?:${WORK_AFTER}|${BREED_AFTER}|${PLAYED}|${WORK_BEFORE})\\b|["“]`, "i");

/**
 * Whether `text` says `name` as the title of a work (after an article and before a WORK_AFTER noun,
 * after "the game" or another WORK_BEFORE noun, in quotes, or as what is played or read) or as a
 * breed (before a BREED_AFTER noun). A name's own pattern is compiled only for a sentence
 * that holds such a noun (WORK_OR_BREED_NOUN), so most sentences compile none.
 */
export function namesAWork(text: string, name: string): boolean {
  if (!WORK_OR_BREED_NOUN.test(text)) return false;
  const said = escapeRegExp(name);
  if (
    quoted(text, name) ||
    new RegExp(
      `\\b(?:a|an|the|my|our|this|that)\\s+(?:\\p{L}+\\s+)?${said}\\s+${WORK_AFTER}\\b|\\b${said}\\s+${BREED_AFTER}\\b|` +
        `\\b(?:the|a)\\s+${WORK_BEFORE}\\s+${said}\\b`,
      "iu",
    ).test(text)
  )
    return true;
  // (after "play" or "read", with the other titles of a list before it: case-sensitive, so that the
  // words between are titles, not "playing with Max")
  return new RegExp(`\\b${PLAYED}\\s+(?:(?:[Tt]he|[Aa])\\s+)?(?:\\p{Lu}[\\p{L}'’:-]*(?:\\s+(?:of|the|and|&))*,?\\s+)*?${said}\\b`, "u").test(text);
}

/** A verb of watching, reading, hearing or getting through a work ("Watched", "Finished", "listened to"). */
const VIEWED = "(?:[Ww]atch(?:ed|ing)?|[Rr]e-?watch(?:ed|ing)?|[Ss]aw|[Ss]een|[Ff]inish(?:ed|ing)|[Ss]tart(?:ed|ing)|[Ll]isten(?:ed|ing) to|[Rr]ead(?:ing)?)";

/** Capitalised words after a possessive that are the person's family or home, not a title's ("Jacob's Mum"). */
const KIN_OR_HOME =
  "(?:Mum|Mom|Mam|Dad|Mother|Father|Sister|Brother|Wife|Husband|Partner|Girlfriend|Boyfriend|Son|Daughter|Family|Parents|Grandma|Grandpa|Nan|Auntie|Aunt|Uncle|Cousin|House|Place|Flat)\\b";

/**
 * Whether `text` says `name` with a possessive that opens a title, watched, read or heard ("Watched
 * Jacob's Ladder", "Finished Schindler's List, then Sophie's Choice"): after a {@link VIEWED} verb,
 * directly or after a comma, "and" or "then", before a capitalised word that is no {@link KIN_OR_HOME}.
 */
export function possessiveTitle(text: string, name: string): boolean {
  return new RegExp(`\\b${VIEWED}\\s+(?:[^.!?;]*?(?:,|\\band\\b|\\bthen\\b)\\s+)?${escapeRegExp(name)}['’]s\\s+(?!${KIN_OR_HOME})\\p{Lu}`, "u").test(text);
}

/** Whether `text` says `name` inside a title in quotes ("I loved "Becoming Nicole"", "Kingkiller Chronicle" in quotes). */
export function quoted(text: string, name: string): boolean {
  return /["“]/.test(text) && new RegExp(`["“][^"“”]*?\\b${escapeRegExp(name)}[,.!?]?["”]`, "u").test(text);
}

/** A possessive before who someone is to its owner ("my dog", "our puppy"). */
const OWNER = /^(?:my|our|his|her|their|your)$/;
/** Tags of a word that is no name, though capitalised ("My mom Is here", "My sister Loves it"): as compromise tagged it, or as its lexicon knows it. */
const NO_NAME_TAGS =
  /^(?:Verb|Copula|Modal|Auxiliary|PresentTense|PastTense|Infinitive|Gerund|Preposition|Determiner|Conjunction|Adverb|Pronoun|Adjective|Comparative|Superlative)$/;

/**
 * Names said right after who they are to their owner, which compromise does not know as names ("my
 * dog Biscuit", "our puppy Max"): a capitalised word after a possessive and a word of NAMED_BY, not a
 * calendar name nor a word compromise tags as some other part of speech. Names as written, without "'s".
 */
export function namedByRelation(terms: Term[]): string[] {
  return terms.flatMap((t, i) => {
    const name = t.text.replace(/['’]s$/i, "");
    if (i < 2 || t.tags.has("Person") || !/^\p{Lu}\p{Ll}+$/u.test(name) || CALENDAR_NAMES.test(name)) return [];
    if (!OWNER.test(terms[i - 2]!.normal) || !NAMED_BY.has(terms[i - 1]!.normal)) return [];
    const known = [LEXICON[t.normal] ?? []].flat() as string[];
    return [...t.tags, ...known].some((tag) => NO_NAME_TAGS.test(tag)) ? [] : [name];
  });
}

/** Nouns an appositive name follows ("my brother, James", "our puppy, Max"): the name is no vocative. */
export const NAMED_BY = new Set(
  "friend friends brother sister mom mum dad mother father husband wife partner son daughter cousin uncle aunt boyfriend girlfriend buddy pal colleague coworker boss teacher mentor neighbor neighbour grandma grandpa grandmother grandfather kid child baby dog cat puppy kitten pet horse bird turtle".split(
    " ",
  ),
);

// Structured relations (subject / predicate / object) in a first-person sentence, by compromise
// match patterns: "I live in Paris" → lives_in "Paris", titled "Caroline lives in Paris.".
import { compileMatch, mayBeName, type Sentence, type View } from "./sentences.js";

interface Pattern {
  predicate: string;
  single: boolean;
  /** A word the sentence must contain (lower case, as written) before the pattern is tried: matching is the costly part. */
  cue: RegExp;
  /** What the sentence as written (its case kept) must match too, where case tells ("I'm Ravi", not "I'm home"). */
  written?: RegExp;
  /** Whether the object found is one of this predicate's (a name: "Ravi", not "English"). */
  accepts?: (object: string) => boolean;
  /** compromise match syntax over the contraction-expanded sentence; group `o` is the object. */
  match: string;
  /** Canonical statement; {s} subject, {o} object, {a} the object's indefinite article, {k} group `k`. */
  say: string;
  /** The object runs to the sentence's end, its commas part of it (an address: "27 Ash Grove, Headingley, Leeds"). */
  toEnd?: true;
}

/**
 * A role at a named organisation, as said: "I'm a backend developer at", "I am a senior nurse at"
 * (a word of a role: -er, -or, -ist, -ian, -ant, -ent and a few more), followed by a capitalised name.
 * Not one that says no employer: a member, fan, customer, regular, volunteer, user, player, guest.
 */
const ROLE_AT = rolePlaced("(?:at|for)");
/** A role in a named place, as said: "I'm a freelance web designer in Bristol" (where the speaker lives and works). */
const ROLE_IN = rolePlaced("in");

/** A role (see ROLE_AT) said with `preposition` (a regular-expression source) and a capitalised name after it. */
function rolePlaced(preposition: string): RegExp {
  return new RegExp(
    `\\bi(?:'m|’m| am) an? (?:[\\w-]+ ){0,2}(?!(?:member|fan|customer|regular|volunteer|user|player|guest|visitor|subscriber|beginner|newcomer|lover|supporter|follower|believer|owner)\\b)(?:[\\w-]+(?:er|or|ist|ian|ant|ent|eer)|nurse|chef|cook|doctor|intern|clerk|nanny|pilot|barista|dev|lead|head)\\s+${preposition}\\s+\\p{Lu}`,
    "iu",
  );
}

/**
 * What one says one is, capitalised, that is no name and that compromise's lexicon does not know:
 * a nationality or a language ("English", "Japanese", "Canadian"), a faith or a diet ("Jewish", "Vegan").
 */
const NO_NAME_AFTER_I_AM =
  /^(?:\p{L}+(?:ish|ese)|american|canadian|mexican|german|korean|indian|african|asian|european|australian|italian|russian|brazilian|vegan|vegetarian|muslim|christian|catholic|hindu|buddhist|atheist|sikh)$/iu;

/** A self-introduction, the name closing its clause (lower case, as cues are tested): "hi! i'm sam, …", "i'm sam ortiz.". */
const SELF_INTRODUCTION = /^(?:(?:hi|hello|hey)\W+)?i(?:'m|’m| am) [\p{L}'’-]+(?: [\p{L}'’-]+)?(?:[,.!;]|\s+and\b|\s*$)/u;

/** Jobs compromise tags no #Actor ("nurse", "solicitor", "vet"), as words of a pattern's alternation. */
const UNTAGGED_JOBS =
  "nurse|midwife|paramedic|barista|vet|vicar|solicitor|barrister|paralegal|physio|postman|postwoman|waitress|librarian|doctor|gp|carer|caregiver|cleaner|hairdresser|beautician|dentist|optician|pharmacist";

/** What someone is that is no job, as the last word of "I'm a …": a citizen, a vegetarian, a fan, a parent, a beginner. */
const NOT_A_JOB =
  /\b(?:citizens?|residents?|nationals?|immigrants?|expats?|refugees?|natives?|vegetarians?|vegans?|fans?|members?|parents?|mums?|moms?|dads?|mothers?|fathers?|beginners?|introverts?|extroverts?|believers?|christians?|muslims?|atheists?|adults?|kids?|customers?|patients?)$/i;

/**
 * Structured predicates (compromise match syntax). Single-valued ones (lives_in, works_at, …) are
 * what the contradiction rule of decide.ts acts on: a new value invalidates the old one.
 */
const PATTERNS: Pattern[] = [
  {
    predicate: "lives_in",
    single: true,
    cue: /\bliv(e|ing|ed)\b/,
    // (the place of the home lived in: "I've lived in this flat in Arroios", "a small apartment in Brooklyn")
    match:
      "(i|we) (still|now|currently)? (live|am living|are living|have lived|have been living) in (a|an|the|this|that|my|our)? #Adjective? (flat|apartment|house|studio|condo|place|home|cottage|loft|townhouse|room) in [<o>#ProperNoun+]",
    say: "{s} lives in {o}.",
  },
  {
    predicate: "lives_in",
    single: true,
    cue: /\bliv(e|ing|ed)\b/,
    match: "(i|we) (still|now|currently)? (live|am living|are living|have lived|have been living) in [<o>.+]",
    say: "{s} lives in {o}.",
  },
  {
    predicate: "lives_in",
    single: true,
    cue: /\b(moved|relocated)\b/,
    // (also from where: "I moved from Berlin to Amsterdam in 2024")
    match: "(i|we) (just|recently|finally|have|had)? (moved|relocated) (from #ProperNoun+)? (to|into) [<o>.+]",
    say: "{s} lives in {o}.",
  },
  // (where the speaker is what they are: "I'm a freelance web designer in Bristol")
  { predicate: "lives_in", single: true, cue: ROLE_IN, match: "i am (a|an) .{1,3} in [<o>#ProperNoun+]", say: "{s} lives in {o}." },
  // (a move arranged: "We're moving to Salford next month", said as it is: one to come, not done)
  {
    predicate: "lives_in",
    single: true,
    cue: /\bmoving to\b/,
    match: "(i|we) (am|are) (now|finally|officially)? moving to [<o>#ProperNoun+]",
    say: "{s} is moving to {o}.",
  },
  { predicate: "lives_in", single: true, cue: /\b(based|settled)\b/, match: "(i|we) (am|are) (now)? (based|settled) in [<o>.+]", say: "{s} lives in {o}." },
  // (the address of one's home: "My home address is 27 Ash Grove, Headingley, Leeds", as a Timeline export's home place says)
  { predicate: "lives_in", single: true, cue: /\bhome address\b/, match: "(my|our) home address is [<o>.+]", say: "{s} lives at {o}.", toEnd: true },
  { predicate: "from", single: true, cue: /\bfrom\b/, match: "(i|we) (am|are) (originally)? from [<o>.+]", say: "{s} is from {o}." },
  {
    predicate: "works_at",
    single: true,
    cue: /\bwork(ing)?\b/,
    match: "i (still|now|currently)? (work|am working) (at|for) [<o>.+]",
    say: "{s} works at {o}.",
  },
  {
    predicate: "works_at",
    single: true,
    cue: /\band (?:now |currently )?work (?:at|for) /,
    // (the subject dropped after "and": "I moved to Manchester and work at Boots now"; "works" is someone else's)
    match: "^(i|we) .{1,8} and (now|currently)? work (at|for) [<o>#ProperNoun+]",
    say: "{s} works at {o}.",
  },
  {
    predicate: "works_at",
    single: true,
    cue: /\band (?:now |currently )?work as an? .{1,40} (?:at|for) /,
    // (and the role said between: "I live in Manchester and work as a pharmacist at Boots")
    match: "^(i|we) .{1,8} and (now|currently)? work as (a|an) .{1,3} (at|for) [<o>#ProperNoun+]",
    say: "{s} works at {o}.",
  },
  {
    predicate: "works_at",
    single: true,
    cue: /\b(job|position|role)\b/,
    match: "i (just|recently)? (started|got|landed|accepted|took) (a|an|the)? (new)? (job|position|role) (at|with) [<o>.+]",
    say: "{s} works at {o}.",
  },
  {
    predicate: "works_at",
    single: true,
    cue: /\b(job|position|role) as\b/,
    // (the role said between: "I started a new job as a UX researcher at Monzo")
    match: "i (just|recently)? (started|got|landed|accepted|took) (a|an|the)? (new)? (job|position|role) as .{1,5} (at|with) [<o>#ProperNoun+]",
    say: "{s} works at {o}.",
  },
  {
    predicate: "works_at",
    single: true,
    cue: /\bleft\b/,
    // (where they are after leaving a job: "I left Monzo, I'm now at Wise")
    match: "i left .{1,3} i am (now)? (at|with) [<o>#ProperNoun+]",
    say: "{s} works at {o}.",
  },
  {
    // the job a move or a change was for: "I just moved to Denver for a new job at Stripe"
    predicate: "works_at",
    single: true,
    cue: /\bfor (?:a|an|the|my) (?:new )?(?:job|position|role) (?:at|with) /,
    match: "(i|we) .{1,6} for (a|an|the|my) (new)? (job|position|role) (at|with) [<o>#ProperNoun+]",
    say: "{s} works at {o}.",
  },
  {
    // a role at a named organisation: "I'm a backend developer at Shopify" (a role noun, not "a member",
    // "a fan" or "a regular", whose place is no employer)
    predicate: "works_at",
    single: true,
    cue: ROLE_AT,
    match: "i am (a|an) .{1,3} (at|for) [<o>#ProperNoun+]",
    say: "{s} works at {o}.",
  },
  {
    predicate: "works_as",
    single: true,
    cue: /\bpromoted to\b/,
    match: "i (just|recently|finally)? (got|was|have been|have|am) promoted to (a|an)? [<o>.+]",
    say: "{s} works as {a} {o}.",
  },
  { predicate: "works_as", single: true, cue: /\bas\b/, match: "i (work|am working) as (a|an)? [<o>.+]", say: "{s} works as {a} {o}." },
  {
    // (the subject dropped after "and": "I live in Manchester and work as a pharmacist at Boots")
    predicate: "works_as",
    single: true,
    cue: /\band (?:now |currently )?work as an? /,
    match: "^(i|we) .{1,8} and (now|currently)? work as (a|an) [<o>#Noun+]",
    say: "{s} works as {a} {o}.",
  },
  {
    // (the role a new job starts as, on a day: "I start on April 1 as an exhibition designer"; not "started making jewelry as a hobby")
    predicate: "works_as",
    single: true,
    cue: /\b(?:start|starting|started|begin|beginning)\b.*\bas an?\b/,
    match: "i (start|will start|am starting|started|begin|will begin|am beginning) (on|in|next|this)? #Date{0,3} as (a|an) [<o>.+]",
    say: "{s} works as {a} {o}.",
  },
  {
    predicate: "works_as",
    single: true,
    cue: /\bi(?:'m| am) an?\b/,
    match: "i am (a|an) [<o>#Actor+]",
    say: "{s} works as {a} {o}.",
    // (who one is by birth, belief, habit or stage of life is no job: "I'm an Indian citizen", "I'm a vegetarian")
    accepts: (o) => !NOT_A_JOB.test(o),
  },
  {
    // (and a job the tagger knows as no actor: "I am a nurse", "I'm a staff nurse at the Royal Infirmary")
    predicate: "works_as",
    single: true,
    cue: new RegExp(`\\bi(?:'m| am) an? (?:\\w+ )?(?:${UNTAGGED_JOBS})\\b`),
    match: `i am (a|an) [<o>#Noun? (${UNTAGGED_JOBS})]`,
    say: "{s} works as {a} {o}.",
  },
  { predicate: "is_married_to", single: true, cue: /\bmarried\b/, match: "i (am|got) married to [<o>.+]", say: "{s} is married to {o}." },
  { predicate: "is_married_to", single: true, cue: /\b(husband|wife)\b/, match: "my (husband|wife) is? [<o>#Person+]", say: "{s} is married to {o}." },
  // (a partner said beside another statement is kept as its own fact: "I live in Bristol with my partner Jo" outlives a move)
  // (not a list of who went: "My girlfriend, Toby and I are going camping", Toby the dog)
  {
    predicate: "partner",
    single: true,
    cue: /\bmy (?:partner|girlfriend|boyfriend|fianc[ée]e?)\b(?!,\s*[\p{L}'’-]+\s+and\s+(?:i|me)\b)/u,
    match: "^(i|we)? .{0,8} my (partner|girlfriend|boyfriend|fiance|fiancee|fiancé|fiancée) [<o>#Person+]",
    say: "{s}'s partner is {o}.",
  },
  {
    predicate: "partner",
    single: true,
    cue: /\bis my (?:partner|girlfriend|boyfriend|fianc[ée]e?)\b/,
    match: "^[<o>#Person+] is my (partner|girlfriend|boyfriend|fiance|fiancee|fiancé|fiancée)",
    say: "{s}'s partner is {o}.",
  },
  { predicate: "name", single: true, cue: /\bmy name\b/, match: "my name is [<o>.+]", say: "{s}'s name is {o}." },
  { predicate: "name", single: true, cue: /^call me\b/, match: "^call me [<o>.+]", say: "{s}'s name is {o}." },
  {
    // a self-introduction, the name closing its clause: "Hi! I'm Sam, I just moved …", "I'm Sam Ortiz." (not "I'm tired")
    predicate: "name",
    single: true,
    cue: SELF_INTRODUCTION,
    match: "i am [<o>#Person+]",
    say: "{s}'s name is {o}.",
  },
  {
    // (a name compromise does not know as one, capitalised: "Hi, I'm Ravi.", "I'm Priya Shah.")
    predicate: "name",
    single: true,
    cue: SELF_INTRODUCTION,
    written: /^(?:(?:[Hh]i|[Hh]ello|[Hh]ey)\W+)?I(?:'m|’m| am) \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?(?:[,.!;]|\s+and\b|\s*$)/u,
    match: "i am [<o>#Noun+]",
    accepts: (o) => o.split(/\s+/).every((w) => mayBeName(w) && !NO_NAME_AFTER_I_AM.test(w)),
    say: "{s}'s name is {o}.",
  },
  { predicate: "age", single: true, cue: /\byears old\b/, match: "i am [<o>#Value] years old", say: "{s} is {o} years old." },
  { predicate: "favorite", single: true, cue: /\bfavou?rite\b/, match: "my (favorite|favourite) [<k>#Noun+] is [<o>.+]", say: "{s}'s favourite {k} is {o}." },
  { predicate: "allergic_to", single: false, cue: /\ballergic\b/, match: "i am (very|severely|really)? allergic to [<o>.+]", say: "{s} is allergic to {o}." },
  {
    predicate: "likes",
    single: false,
    cue: /\b(love|like|enjoy|adore)\b/,
    match: "i (really|also|absolutely|just)? (love|like|enjoy|adore) [<o>.+]",
    say: "{s} likes {o}.",
  },
  {
    predicate: "dislikes",
    single: false,
    cue: /\b(hate|dislike|like|stand|enjoy)\b/,
    match: "i (really)? (hate|dislike|do not like|can not stand|do not enjoy) [<o>.+]",
    say: "{s} dislikes {o}.",
  },
  { predicate: "has", single: false, cue: /\b(have|own|i've)\b/, match: "i (have|own) (got)? [<o>(a|an|#Value) .+]", say: "{s} has {o}." },
];

/**
 * The predicates a subject can hold many values of ("likes", "has"): such a relation says less about
 * who someone is than a single-valued one (where they live, their name) or a life event.
 */
export const MULTI_VALUED_PREDICATES: readonly string[] = PATTERNS.filter((p) => !p.single).map((p) => p.predicate);

/** PATTERNS' match syntax, parsed once. */
const COMPILED_PATTERNS = new Map(PATTERNS.map((p) => [p, compileMatch(p.match)]));

/**
 * A "has" object that announces what comes next rather than naming a thing owned: an article or
 * quantifier, adjectives, then a plan, story, picture, question, idea, time… ("a few plans", "a funny
 * story", "a pic of them", "a great time doing walks").
 */
const TEASER_OBJECT =
  /^(?:an?|some|a few|few|many|lots of|a lot of|two|three)?\s*(?:[\p{L}'’-]+\s+){0,2}?(?:plans?|stor(?:y|ies)|pic(?:ture)?s?|photos?|questions?|ideas?|time|times|news|thoughts?|things?|stuff|updates?|setup|surprise)\b(?:\s+(?:of|for|about|doing|to|coming)\b.*)?$/iu;

/** First-person words of a relation's object, after its subject has named the speaker ("breaking up my studying" → "their studying"). */
const OBJECT_PRONOUN: Record<string, string> = { my: "their", mine: "theirs", me: "them", myself: "themself", our: "their", ours: "theirs", us: "them" };

const STOP_OBJECT = new Set(["Preposition", "Conjunction", "Date", "Duration", "Adverb", "QuestionWord"]);
/** A unit of time after a number, which ends an object ("two years later", "three weeks ago"). */
const TIME_UNIT = /^(?:days?|weeks?|weekends?|months?|years?|hours?|minutes?)$/;
const STOP_WORDS = new Set(["with", "as", "because", "since", "and", "but", "last", "next", "this", "yesterday", "today", "tomorrow", "tonight", "ago", "now"]);

/**
 * Cuts a captured object at the first clause boundary (comma, preposition other than "of",
 * conjunction, date word, adverb, a count of time: "two years later"); null when what is left is not a thing (no noun, a pronoun, or a
 * clause such as "how you use it").
 */
function objectText(group: View): string | null {
  const terms = (group.json() as Array<{ terms: Array<{ text: string; post: string; normal: string; tags: string[] }> }>).flatMap((s) => s.terms);
  const kept: string[] = [];
  for (const [i, t] of terms.entries()) {
    if (kept.length && ((t.tags.some((x) => STOP_OBJECT.has(x)) && t.normal !== "of") || STOP_WORDS.has(t.normal))) break;
    // (nor a count of time after it: "moved to Porto two years later")
    if (kept.length && t.tags.includes("Value") && TIME_UNIT.test(terms[i + 1]?.normal ?? "")) break;
    // the object of a statement about the listener ("I love your painting") is no relation of the speaker's
    if (/^(?:you|your|yours|yourself)$/.test(t.normal)) return null;
    kept.push(OBJECT_PRONOUN[t.normal] ?? t.text);
    // (a dash between words ends it, "authors - it's a fun escape"; one inside a word does not, "self-acceptance")
    if (/[,;:!?.]|\s[-–—]|[-–—]\s/.test(t.post)) break;
  }
  const first = terms[0];
  // a conjugated verb after the verb: "I love" closed a relative clause ("the things I love makes writing fun")
  if (
    first?.tags.includes("Verb") &&
    !first.tags.some((x) => x === "Gerund" || x === "Noun") &&
    (first.tags.includes("PastTense") || (first.tags.includes("PresentTense") && !first.tags.includes("Infinitive")))
  )
    return null;
  if (!first || kept.length === 0 || first.tags.includes("QuestionWord") || /^(how|what|why|when|where|which|who|that|it|this|i)$/.test(first.normal))
    return null;
  if (!terms.slice(0, kept.length).some((t) => t.tags.includes("Noun") && !t.tags.includes("Pronoun"))) return null;
  const out = kept.join(" ").replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}'’]+$/gu, "");
  if (!out || /^(it|that|this|them|those|you|him|her|so|too)$/i.test(out)) return null;
  return out;
}

/** A relation a sentence states of its speaker: "Caroline lives in Paris." */
export interface Relation {
  /** e.g. lives_in, works_at, likes, favorite_book */
  predicate: string;
  /** the object as said, in the third person ("their own studio") */
  object: string;
  /** The predicate holds one value at a time (a new value contradicts the old one). */
  single: boolean;
  /** The canonical statement, e.g. "Caroline lives in Paris." */
  title: string;
}

/**
 * The relations of PATTERNS that a parsed first-person sentence states about `subject` (the
 * speaker's name), one per predicate; none for an unparsed sentence.
 */
export function relationsOf(sentence: Sentence, subject: string): Relation[] {
  const doc = sentence.doc;
  if (!doc) return [];
  const out: Relation[] = [];
  const seen = new Set<string>();
  const lower = sentence.text.toLowerCase();
  for (const p of PATTERNS) {
    if (!p.cue.test(lower) || (p.written && !p.written.test(sentence.text))) continue;
    const m = doc.match(COMPILED_PATTERNS.get(p)!);
    if (!m.found) continue;
    const groups = m.groups() as Record<string, View>;
    const object = groups.o ? (p.toEnd ? groups.o.text().replace(/[\s.!?]+$/, "") || null : objectText(groups.o)) : null;
    if (!object || (p.accepts && !p.accepts(object))) continue;
    // "I have a few plans", "I have a funny story", "I have a pic of them": a teaser, not a possession
    if (p.predicate === "has" && TEASER_OBJECT.test(object)) continue;
    const k = groups.k?.text().toLowerCase().trim();
    const predicate = p.predicate === "favorite" && k ? `favorite_${k.replace(/\s+/g, "_")}` : p.predicate;
    if (seen.has(predicate)) continue;
    seen.add(predicate);
    const title = p.say
      .replace("{s}", subject)
      // (the article of a role: "works as a nurse", "an engineer")
      .replace("{a}", /^[aeio]/i.test(object) ? "an" : "a")
      .replace("{o}", object)
      .replace("{k}", k ?? "");
    out.push({ predicate, object, single: p.single, title: title[0]!.toUpperCase() + title.slice(1) });
  }
  return out;
}

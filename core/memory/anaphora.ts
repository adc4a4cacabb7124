// A sentence that opens on "It", "They", "He" or "She" told with the thing or the one it stands for,
// when the sentence before named exactly one of that kind ("I wanted to share this bookshelf. It's
// filled with my favorite novels" → "The bookshelf is filled with my favorite novels"; "How are your
// dogs?" "They're good" → "My dogs are good"; "Meet Toby, my puppy. He's a bundle of joy" → "Toby is
// a bundle of joy"). See README.md, "It" and "They".
import { impliedSubject } from "./implied-subject.js";
import { ABSTRACT_NOUNS, baseFormAfterThing, CAPTION, fullyParsed, parseSentence, type Sentence, stripOpeners, type Term } from "./sentences.js";

/** A thing a sentence named, as the next speaker or sentence would say it ("my pups", "the bookshelf"), and its number. */
export interface Referent {
  phrase: string;
  plural: boolean;
  /** Whether a later pronoun may stand for it: the sentence's subject, or its object when the speaker or listener is the subject, and no place or predicate. Others of its number make the pronoun ambiguous. */
  eligible: boolean;
  /** Introduced as new or pointed at ("a", "an", "this", "that"): what a later "it" goes on about, unlike "my ankle" or "the name". */
  introduced: boolean;
  /** A person or a pet named ("Max", "Jean"): what a later "he" or "she" stands for, never "it" or "they". */
  person?: boolean;
  /** The object pronoun of the question that asked of it ("How long have you had them?"), which the answer may say again. */
  asked?: "them";
  /** The id of the source turn that named it, when another turn's pronoun may stand for it (set by whoever reads the turns; provenance of what is told with it). */
  from?: number;
  /** The object of a preposition: where or with what ("in the loft", "for the Arsenal game"), not the thing done with. */
  located?: true;
  /** Named by a question or request of the other person's ("can you bring back my copy of Piranesi?"), which the answer may do something to. */
  requested?: true;
}

/** Determiners that open a phrase naming one thing, by who says it: the speaker's own, or any. */
const OWN = new Set(["my", "our"]);
const POINTING = new Set(["this", "that", "these", "those", "the", "a", "an"]);
const INTRODUCING = new Set(["this", "that", "a", "an"]);

/** Nouns that name no thing a later "it" or "they" could stand for: times, amounts, kinds, the talk itself. */
const NOT_A_THING = new Set(
  (
    "day days week weeks weekend weekends month months year years time times morning mornings night nights evening afternoon today tonight " +
    "lot lots bit bunch ton tons couple way ways thing things stuff kind kinds sort sorts type types one ones while pic pics picture pictures photo photos " +
    "chat talk news update question questions story stories point end start rest side piece half past name names"
  ).split(" "),
);

/**
 * The things and people `s` names that a later pronoun may stand for: phrases of a determiner ("my",
 * "our", "this", "the", "a"; with `fromListener`, the other person's "your" is the speaker's "my", and
 * what their question asks of their own the speaker's "your": "can you bring back my copy of
 * Piranesi?" → "your copy of Piranesi"), adjectives and nouns, the last of them a concrete noun (not
 * abstract, not a time or an amount), with the name it is of ("copy of Piranesi"); titles
 * in quotes; and the people or pets compromise names (for "he" and "she"), but those in `exclude` (the
 * two talking). A phrase is given as the speaker of the later sentence would say it: "this bookshelf" →
 * "the bookshelf", "your dogs" → "my dogs".
 * @param s a sentence (parsed fully here if it was not)
 * @param fromListener `s` is the other person's (their "your" is this speaker's "my")
 * @param exclude names not to stand for (any case; a first name matches too)
 */
export function referents(s: Sentence, fromListener: boolean, exclude: readonly string[] = []): Referent[] {
  const parsed = fullyParsed(s);
  const terms = parsed.terms;
  // (the thing "it" goes on about is the subject of the sentence before, or its object when the
  // speaker or the listener was the subject: "I took my pups to the park. They loved it"; not the
  // object of another subject, "Seeing their faces when they hit the court was priceless. It was …")
  const verb = terms.findIndex((t) => t.tags.has("Verb"));
  const subject = terms.slice(0, verb < 0 ? terms.length : verb);
  // (an imperative's subject is the listener: "Check out this pic of my best buds")
  // (and so is the subject of "It's great that you …": "It's great that you care so much about your pets")
  const personal = s.question || subject.length === 0 || subject.some((t) => PERSONAL_SUBJECT.has(t.normal)) || JUDGED_CLAUSE.test(s.text);
  // (and the speaker's object in a later clause of theirs: "It's tough to pick just one, but I really enjoy the upside-down poses")
  const ownClause = personalClause(terms);
  const out: Referent[] = [];
  for (let i = 0; i < terms.length; i++) {
    const det = terms[i]!.normal;
    const own = fromListener ? det === "your" : OWN.has(det);
    // (what the other person asks of their own is the listener's: "can you bring back my copy of Piranesi?" → "your copy of Piranesi")
    const theirs = fromListener && s.question && det === "my";
    if (!own && !theirs && !POINTING.has(det)) continue;
    let j = i + 1;
    // (adjectives and ordinals: "my first full screenplay")
    while (j < terms.length && (terms[j]!.tags.has("Adjective") || terms[j]!.tags.has("Ordinal")) && !terms[j]!.tags.has("Noun") && j - i <= 2) j++;
    let k = j;
    const inPhrase = (at: number) => at < terms.length && (isCommonNoun(terms[at]!) || (at > j && nounAsVerb(terms, at)) || nameBefore(terms, at));
    while (inPhrase(k) && !/[,.!?;:]/.test(terms[k]!.post)) k++;
    if (inPhrase(k)) k++;
    if (k === j) continue;
    // ("How does that sound?", "Does this work?": the verb of a question about what was said, no thing)
    if ((det === "that" || det === "this") && k === terms.length && /^(?:do|does|did)$/.test(terms[i - 1]?.normal ?? "")) continue;
    const head = terms[k - 1]!;
    const next = terms[k];
    // (a phrase the tagger may have cut short, "this chocolate raspberry | tart", is not taken)
    const cut = next != null && !/[,.!?;:]/.test(head.post) && (next.tags.has("Adjective") || next.tags.has("Noun"));
    // (nor one a dash or colon goes on to name: "a major career milestone - making my first mobile game")
    const explained = /[-–—:]/.test(head.post);
    const inSubject = i < subject.length;
    // (the object of a preposition is where or with whom, "to a national park", "with my group")
    // what the subject is ("… is such a blessing") or what is done ("grabbing a coffee") is not a thing talked about
    const before = terms
      .slice(0, i)
      .reverse()
      .find((t) => !t.tags.has("Adverb") && !/^(?:such|quite|just)$/.test(t.normal));
    // (but what a picture shows is the thing talked about: "this pic of my best buds")
    const shown = before?.normal === "of" && PICTURE.test(terms[terms.indexOf(before) - 1]?.normal ?? "");
    const placed =
      before != null &&
      !shown &&
      (before.tags.has("Preposition") || (before.tags.has("Copula") && !s.question) || before.tags.has("Gerund") || before.tags.has("Conjunction"));
    if (isThing(head) && !/['’]s$/i.test(head.text)) {
      // (and the name it is of: "my copy of Piranesi", "a photo of Paris")
      let end = k;
      if (terms[k]?.normal === "of" && !/[,.!?;:]/.test(head.post) && /^\p{Lu}/u.test(terms[k + 1]?.text ?? "")) {
        end = k + 2;
        while (end < terms.length && /^\p{Lu}/u.test(terms[end]!.text) && !/[,.!?;:]/.test(terms[end - 1]!.post)) end++;
      }
      // (a hyphenated word stays one: "the upside-down poses")
      const words = terms.slice(i + 1, end).map((t, n, all) => t.text.replace(/[^\p{L}\p{N}'-]+$/u, "") + (t.post === "-" && n < all.length - 1 ? "-" : " "));
      const lead = own ? (fromListener ? "my" : det) : theirs ? "your" : "the";
      // (a family or a team is "they")
      const plural = head.tags.has("Plural") || COLLECTIVE.has(head.normal);
      out.push({
        phrase: `${lead} ${words.join("").trimEnd()}`,
        plural,
        // (one's own ones after a preposition are still what "they" goes on about: "I love hanging out with my friends. They're …")
        eligible:
          !cut &&
          !explained &&
          (!placed || (own && plural && before!.tags.has("Preposition"))) &&
          (personal || inSubject || (i >= ownClause.from && i < ownClause.to)),
        introduced: INTRODUCING.has(det),
        ...(before?.tags.has("Preposition") && !shown ? { located: true as const } : {}),
      });
    }
    i = k - 1;
  }
  // the kind a question asks of what it points at ("What plant is this?", "Which cafe is that?"): the thing "it" goes on about
  const kind = ASKS_KIND_OF_THIS.exec(s.text);
  if (kind) out.push({ phrase: `the ${kind[1]!.toLowerCase()}`, plural: false, eligible: true, introduced: true });
  // a title in quotes ("I loved "Becoming Nicole" by Amy Ellis Nutt"): one thing, the sentence's
  // subject when it opens the sentence
  for (const m of s.text.matchAll(QUOTED_TITLE)) {
    out.push({ phrase: `"${m[1]}"`, plural: false, eligible: personal || m.index === 0, introduced: true });
  }
  // a person or pet named, not the two talking ("Max is a real go-getter! He's awesome at catching frisbees")
  const talking = new Set(exclude.map((n) => n.toLowerCase()));
  for (const e of parsed.entities) {
    if (e.kind === "person" && !talking.has(e.name.toLowerCase()) && !talking.has(e.name.split(/\s/)[0]!.toLowerCase())) {
      out.push({ phrase: e.name, plural: false, eligible: true, introduced: true, person: true });
    }
  }
  return out;
}

/** A break between clauses after a term: a comma, a semicolon or a dash. */
const CLAUSE_BREAK = /[,;–—]|\s-\s|^\s*-/;

/**
 * The terms `[from, to)` of the first clause after the first one whose subject is the speaker or the
 * listener: after a comma, a semicolon or a dash, opening on "I", "we" or "you", or on "but", "and" or "so"
 * and one of them ("It's tough to pick just one, but I really enjoy the upside-down poses"), up to the
 * next break; `{ from: -1, to: -1 }` when there is none.
 */
function personalClause(terms: Term[]): { from: number; to: number } {
  for (let i = 1; i < terms.length; i++) {
    if (!CLAUSE_BREAK.test(terms[i - 1]!.post)) continue;
    const subject = /^(?:but|and|so)$/.test(terms[i]!.normal) ? terms[i + 1] : terms[i];
    if (!subject || !PERSONAL_SUBJECT.has(subject.normal)) continue;
    let to = i + 1;
    while (to < terms.length && !CLAUSE_BREAK.test(terms[to - 1]!.post)) to++;
    return { from: i, to };
  }
  return { from: -1, to: -1 };
}

/** A question for the kind of a thing pointed at: "What plant is this?", "Which bird was that?"; group 1 the kind. */
const ASKS_KIND_OF_THIS = /^\s*(?:what|which)\s+(\p{L}+)\s+(?:is|was)\s+(?:this|that|it)\s*\?/iu;

/** "It's great that you …", "It's so nice how we …": a judgement of a clause whose subject is the speaker or the listener. */
const JUDGED_CLAUSE = /^it(?:'s|’s| is| was)\s+(?:\p{L}+\s+){1,3}(?:that|how)\s+(?:you|i|we)\b/iu;

/** A title in quotes: capitalised, at most 61 characters ("Becoming Nicole", "The Name of the Wind"). */
const QUOTED_TITLE = /["“](\p{Lu}[^"“”]{1,60}?)[,.!?]?["”]/gu;

/** Nouns of a group of people, said "they". */
const COLLECTIVE = new Set(["family", "fam", "team", "group", "class", "crew", "club", "band", "parents", "folks"]);
/** Words for a picture, whose "of" names what it shows. */
const PICTURE = /^(?:pic|pics|picture|pictures|photo|photos|shot|snap|video|videos)$/;

/** Subjects that leave the thing talked about to the object: the speaker or the listener. */
const PERSONAL_SUBJECT = new Set(["i", "we", "you"]);

/** A noun that names a thing "it" or "they" could stand for: not abstract, not a time or an amount, not an adjective used as a noun ("my best"). */
function isThing(t: Term): boolean {
  return !ABSTRACT_NOUNS.has(t.normal) && !NOT_A_THING.has(t.normal) && !t.tags.has("Adjective") && !t.tags.has("Superlative") && !t.tags.has("Comparative");
}

/**
 * The base form of a verb the tagger reads after one thing named, which no verb agrees with, ending a
 * phrase: a noun ("your old train set in the loft", "a spare bike lock.").
 */
function nounAsVerb(terms: Term[], at: number): boolean {
  const t = terms[at]!;
  const next = terms[at + 1];
  return (
    baseFormAfterThing(terms, at) &&
    !t.tags.has("Copula") &&
    !t.tags.has("Modal") &&
    !/[,.!?;:]/.test(terms[at - 1]!.post) &&
    (next == null || next.tags.has("Preposition") || /[,.!?;:]/.test(t.post))
  );
}

/** A name that says what kind a noun after it is ("your old Subbuteo set", "the Arsenal game"): not a person's, a date or a number. */
function nameBefore(terms: Term[], at: number): boolean {
  const t = terms[at]!;
  if (!t.tags.has("ProperNoun") || t.tags.has("Person") || t.tags.has("Date") || t.tags.has("Value") || /[,.!?;:'’]/.test(t.post) || /['’]s$/i.test(t.text))
    return false;
  return at + 1 < terms.length && (isCommonNoun(terms[at + 1]!) || nounAsVerb(terms, at + 1));
}

/** A noun that is no pronoun, name, date, number or possessive. */
function isCommonNoun(t: Term): boolean {
  return t.tags.has("Noun") && !t.tags.has("Pronoun") && !t.tags.has("ProperNoun") && !t.tags.has("Date") && !t.tags.has("Value") && !t.tags.has("Possessive");
}

/**
 * Assent alone, which names nothing and answers the question before it ("Yes!", "Of course!",
 * "Yeah, Nate!"): what a pronoun after it stands for is what the question asked of. (Not thanks: after
 * "Thanks!" an "It" is as often the event congratulated on, "It was a big achievement for me".)
 */
const ASSENT_ALONE = /^(?:(?:yes|yep|yeah|yup|of course|sure|definitely|totally|absolutely)\b[\s,!.…]*)+(?:\p{Lu}[\p{L}'’-]*)?[\s,!.…]*$/iu;

/** A sentence that opens on "It", "They", "He" or "She" (a cheap test before any parse). */
export const OPENS_ON_PRONOUN = /^(?:it|they|he|she)\b/i;
/** A sentence that says "it", "they", "he" or "she" anywhere. */
const SAYS_PRONOUN = /\b(?:it|they|he|she)\b/i;

/**
 * Assent that asks the other person to do something to what they offered, and names nothing ("Yes
 * keep it please!", "Sure, save them for me"): what the turn says next of "it" is that thing.
 */
const ASSENT_TO_IT =
  /^(?:yes|yep|yeah|sure|of course|definitely|absolutely|ok|okay)\b[\s,!.]*(?:please[\s,]+)?(?:keep|take|save|hold|send|bring|post)\s+(?:it|them)\b(?:\s+(?:please|for me|thanks))*[\s,!.…]*$/i;

/** A sentence a pronoun after it looks past for what it stands for: an image shared, or assent alone ("Of course! They look tired from all the walking", "Yes keep it please! I'll pick it up at Christmas"). */
function passedOver(text: string): boolean {
  return CAPTION.test(text) || ASSENT_ALONE.test(text) || ASSENT_TO_IT.test(text);
}

/** "It"/"They"/"He"/"She" opening a sentence, with its contraction, and what follows. */
const OPENING_PRONOUN = /^(it|they|he|she)(?:('s|’s)|('re|’re)|('ve|’ve)|('ll|’ll))?\b\s*/i;
/** "It" as no thing: a judgement of what follows ("It's great to see", "It's a relief to have", "It would be fun seeing"). */
const DUMMY_IT =
  /^it(?:'s|’s| is| was| has been| had been|'s been|’s been| would be| will be|'d be|’d be|'ll be|’ll be| could be| might be| can be| must have| must)?\s+(?:[\p{L}'-]+\s+){0,3}?(?:to|that|how|when|what|like|as if|because|since|\p{Ll}+ing\s+(?:the|a|an|my|your|our|their|his|her|them|us|you|it|this|that|these|those|people|everyone|others))\b/iu;
/** "It" of the time, the weather or a feeling ("It's been tough", "It took a while", "It feels great"). */
const IT_VERB_DUMMY =
  /^it(?:'s|’s| is| was)?\s+(?:been|feels?|felt|seems?|seemed|looks?|looked|sounds?|sounded|gets?|got|means?|meant|(?:takes|took)\s+(?:a\s+(?:while|bit|lot|long|little)|some|so|much|time|ages|forever|guts|courage|strength|work|effort|patience|\S+\s+(?:minutes?|hours?|days?|weeks?|months?|years?)|me|us|him|her|them|you)\b)/i;
/** Prepositions that say where a thing is ("on the hook", "under the mat"). */
const PLACED_AT = /^(?:on|in|under|behind|beside|inside|by|above|below)$/;
/** "It"/"They" and a form of "be" before what is said of them. */
const PRONOUN_BE =
  /^(?:it|they)(?:'s|’s|'re|’re|'ll be|’ll be|'d be|’d be| is| was| are| were| would be| will be| must have been| must be| can be| could be)\s+/i;

/**
 * Whether what a sentence opening on "It/They + be" says of its subject is a thing (a concrete noun
 * before the first preposition or clause break: "It's a game", "They're all mutts") rather than a
 * judgement ("It was great", "It was an awesome feeling"), which is as often of the event as of the
 * thing named before ("I dropped the stuff off at the shelter. It was great").
 */
function saysAThing(s: Sentence): boolean {
  const m = PRONOUN_BE.exec(s.text);
  if (!m) return true;
  const rest = fullyParsed(s).terms;
  const from = rest.findIndex((t, i) => i > 0 && t.tags.has("Copula"));
  const predicate = rest.slice(from < 0 ? 1 : from + 1);
  // (a passive or a progressive tells what was done or is doing: "It's filled with my favorite novels", "They're loving the yard")
  if (predicate[0]?.tags.has("Verb")) return true;
  // (and what a work is about: "It's about an astronaut who wakes up alone")
  if (predicate[0]?.normal === "about" && predicate[1]?.normal !== "time") return true;
  // (and where a thing is: "It's on the hook by reception", "They're in the top drawer", "It's by my front door")
  if (
    PLACED_AT.test(predicate[0]?.normal ?? "") &&
    (predicate[1]?.tags.has("Determiner") || predicate[1]?.tags.has("Possessive")) &&
    predicate.slice(2).some((t) => isCommonNoun(t) && !ABSTRACT_NOUNS.has(t.normal))
  )
    return true;
  let noun: Term | undefined;
  let determined = false;
  for (const t of predicate) {
    // (after an article a gerund describes: "a real inspiring true story")
    if (t.tags.has("Preposition") || t.tags.has("Conjunction") || (t.tags.has("Verb") && !(determined && t.tags.has("Gerund")))) break;
    if (t.tags.has("Determiner")) determined = true;
    if (isCommonNoun(t)) noun = t;
    if (/[,.!?;:-]/.test(t.post)) break;
  }
  // (a predicate may name the kind of thing it is, "a true story", which could not stand for one)
  return noun != null && !ABSTRACT_NOUNS.has(noun.normal) && !noun.tags.has("Adjective");
}

/**
 * `s` with its opening pronoun replaced by `referent` when they agree ("It" one thing, "They" several,
 * "He" or "She" a person or pet named) and `referent` is eligible, or null when `s` does not open on
 * such a pronoun, "It" stands for no thing ("It's been tough", "It's great to see …", "It took a
 * while"), what is said of it is a judgement ("It was great") or they do not agree. The contraction
 * becomes its verb ("They're" → "are", "It's filled" → "is filled", "It's been" → "has been").
 */
export function withReferent(s: Sentence, referent: Referent): Sentence | null {
  if (!referent.eligible) return null;
  const m = OPENING_PRONOUN.exec(s.text);
  if (!m) return null;
  const pronoun = m[1]!.toLowerCase();
  const plural = pronoun === "they";
  if (pronoun === "he" || pronoun === "she") {
    if (!referent.person) return null;
  } else {
    if (referent.person || plural !== referent.plural || (!plural && !referent.introduced)) return null;
    if (!plural && (DUMMY_IT.test(s.text) || IT_VERB_DUMMY.test(s.text))) return null;
    if (!saysAThing(s)) return null;
  }
  const rest = s.text.slice(m[0].length);
  // (never what the sentence says of it: "Are they still your favorites?" "Yes, they are still my favorites")
  if (rest.toLowerCase().includes(referent.phrase.toLowerCase())) return null;
  const verb = m[2] ? (/^been\b/i.test(rest) ? "has " : "is ") : m[3] ? "are " : m[4] ? "have " : m[5] ? "will " : "";
  const phrase = referent.phrase[0]!.toUpperCase() + referent.phrase.slice(1);
  return parseSentence(`${phrase} ${verb}${rest}`);
}

/**
 * A statement of the speaker's with "them" as a word after its first: "I've had them for 3 years".
 * (Not "it", which is as often the event or a judgement's dummy subject: "… and it was comforting".)
 */
const SAYS_OBJECT_AGAIN = /^I\b.*\sthem\b/i;

/**
 * The answer `s` (the turn's first statement, its speaker the subject) told with the things the
 * question before it asked of, when it says the question's "them" again, once ("How long have you had
 * them?" "I've had them for 3 years now" → "I've had my turtles for 3 years now"): `options` (from
 * the turn before, marked `asked`) must hold exactly one plural thing. Null otherwise.
 */
function withAskedObject(s: Sentence, options: Referent[]): Told | null {
  const asked = options[0]?.asked;
  if (!asked) return null;
  // (whatever its place in the statement: the question pointed at it)
  const fit = options.filter((r) => !r.person && r.plural);
  const word = /(?<=\s)them\b/gi;
  if (fit.length !== 1 || (s.text.match(word) ?? []).length !== 1) return null;
  return { sentence: parseSentence(s.text.replace(word, fit[0]!.phrase)), thing: fit[0]!.phrase, from: fit[0]!.from };
}

/** A statement of the speaker's with "it" after a verb of theirs: "I named it Bubbles" (the first "it" is told). */
const SAYS_IT_AFTER = /^I\b.*\s(?!is\b|was\b)\p{L}+\s+it\b/iu;

/**
 * The statement `s` that follows its speaker's own question told with the one thing the question
 * named, for its "it" after a verb ("How do I feed my sourdough starter? I named it Bubbles" → "I
 * named my sourdough starter Bubbles"): `options` (the question's things) must hold exactly one
 * thing, not a person and not several. Null otherwise.
 */
function withQuestionedThing(s: Sentence, options: Referent[]): Told | null {
  // (one thing it may be in all: "my car and my bike" leaves which one open; where a thing is, "in the
  // loft", is no thing done with)
  const fit = options.filter((r) => !r.person && !r.located);
  if (fit.length !== 1 || !fit[0]!.eligible || fit[0]!.plural) return null;
  const verbIt = fullyParsed(s).terms.findIndex((t, i, all) => t.normal === "it" && all[i - 1]?.tags.has("Verb") && !all[i - 1]?.tags.has("Copula"));
  if (verbIt < 0) return null;
  return { sentence: parseSentence(s.text.replace(/(?<=\s)it\b/i, fit[0]!.phrase)), thing: fit[0]!.phrase, from: fit[0]!.from };
}

/** A statement that opens on "Mine" for the speaker's own one of what was named ("Mine keeps peeling every winter"). */
const OPENS_ON_MINE = /^Mine\s+\p{Ll}/u;

/**
 * The statement `s` (OPENS_ON_MINE) after its speaker's own question that ends on the listener's one
 * thing, told with the speaker's own of it ("Which paint did you use on your garden bench? Mine keeps
 * peeling" → "My garden bench keeps peeling"; "How old is your car? Mine is ten"): the question says
 * "your" once, in its last one to three words. Null otherwise.
 */
function withOwnOne(s: Sentence, question: string): Told | null {
  const yours = YOURS_AT_END.exec(question);
  if (!yours || (question.match(/\byour\b/gi) ?? []).length !== 1) return null;
  return { sentence: parseSentence(s.text.replace(/^Mine\b/, `My ${yours[1]}`)), thing: `my ${yours[1]}` };
}

/** A question's last words, "your" and one to three lower-case words after it ("… on your garden bench?"): group 1 those words. */
const YOURS_AT_END = /\byour\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\s*\?+$/u;

/** An exclamation of one to three words ("Great news!", "Oh brilliant!"). */
const SHORT_EXCLAMATION = /^(?:\p{L}[\p{L}'’-]*[\s,]*){1,3}!+[\s!]*$/u;

/**
 * A statement of the speaker's with "him" or "her" as the object of a verb of theirs, where the word
 * after is no noun it could own ("I will ring her after work", not "I'll ring her mum").
 */
const SAYS_PERSON_AFTER =
  /^I\b.*\s\p{L}+\s+(?:him|her)(?=\s*(?:$|[,.!?…]|\s(?:after|before|at|on|in|tomorrow|tonight|today|later|now|soon|this|next|when|and|back|first|again|once)\b))/iu;

/**
 * The statement `bare` (SAYS_PERSON_AFTER) told with the one person the other's request named, for its
 * "him" or "her" ("Can you ring Auntie Jo tonight?" "Will ring her after work" → "I will ring Auntie Jo
 * after work"): `options` must name exactly one person. Null otherwise.
 */
function withAskedPerson(bare: string, options: Referent[]): Told | null {
  const people = options.filter((r) => r.person);
  if (people.length !== 1) return null;
  const name = people[0]!.phrase;
  return { sentence: parseSentence(bare.replace(/(?<=\s)(?:him|her)\b/i, name)), thing: name, from: people[0]!.from };
}

/** A sentence told with the thing or person its opening pronoun stands for, and that one's phrase. */
export interface Told {
  sentence: Sentence;
  thing: string;
  /** The source turn that named the thing, when it was another turn (Referent.from). */
  from?: number;
  /** It answers the other person's offer or request by doing something to the thing it named ("Shall I keep it?" "I'll pick it up at Christmas"): a fact as told, however short as said ("I'll take it"). */
  takesUp?: true;
}

/**
 * For each sentence of a turn, the sentence told with the thing or person its opening "It", "They",
 * "He" or "She" stands for (withReferent), or null (the turn's first statement that does something to
 * "it" after the other person's request is told with the one thing the request named:
 * Referent.requested): the one of that kind the sentence before named (an image shared
 * between them passed over: "They bring me peace. [a photo of a turtle] They don't need much"), or
 * for the turn's first, what `before` gives (the things the turn before named); the same thing is
 * carried while the sentences keep opening so.
 * @param sentences a turn's sentences, in order
 * @param before the things the turn before named, as this speaker would say them (read only when the turn opens so)
 * @param talking the names of the two talking, whom "he" and "she" do not stand for
 */
export function resolveOpenings(sentences: Sentence[], before?: () => Referent[], talking: readonly string[] = []): Array<Told | null> {
  let carried: Referent | null = null;
  return sentences.map((said, at) => {
    // (after an opener: "Yeah, they love …" is "They love …"; only a sentence that says a pronoun can open on one)
    const plain = OPENS_ON_PRONOUN.test(said.text) || !SAYS_PRONOUN.test(said.text) ? null : stripOpeners(said.text);
    const s = plain && OPENS_ON_PRONOUN.test(plain) ? parseSentence(plain[0]!.toUpperCase() + plain.slice(1)) : said;
    let back = at - 1;
    while (back >= 0 && passedOver(sentences[back]!.text)) back--;
    if (!OPENS_ON_PRONOUN.test(s.text)) {
      if (!passedOver(s.text)) carried = null;
      // (the turn before is read only for an answer that may say the question's pronoun again, or do
      // something to "it", the one thing the other person's request named: "can you bring back my copy
      // of Piranesi?" "Sure, I'll bring it Saturday")
      // (past an exclamation that greets their news: "Great news! Will ring her after work")
      let first = back;
      while (first >= 0 && SHORT_EXCLAMATION.test(sentences[first]!.text)) first--;
      if (first < 0) {
        if (!before) return null;
        if (back < 0 && SAYS_OBJECT_AGAIN.test(s.text)) return withAskedObject(s, before());
        if (!before().some((r) => r.requested)) return null;
        // (with its dropped "I": "Will ring her after work")
        const bare = stripOpeners(impliedSubject(s).text);
        const taken = SAYS_IT_AFTER.test(bare)
          ? withQuestionedThing(parseSentence(bare), before())
          : SAYS_PERSON_AFTER.test(bare)
            ? withAskedPerson(bare, before())
            : null;
        return taken && { ...taken, takesUp: true };
      }
      // (a question of the speaker's own points at the thing their statement then does something with,
      // or has one of their own of: "Which paint did you use on your garden bench? Mine keeps peeling")
      if (!sentences[back]!.question) return null;
      if (SAYS_IT_AFTER.test(s.text)) return withQuestionedThing(s, referents(sentences[back]!, false, talking));
      return OPENS_ON_MINE.test(s.text) ? withOwnOne(s, sentences[back]!.text) : null;
    }
    const options = carried ? [carried] : back >= 0 ? referents(sentences[back]!, false, talking) : (before?.() ?? []);
    // (the things of the pronoun's kind: a person for "he" and "she", several things for "they", one for "it")
    const pronoun = /^\w+/.exec(s.text)![0].toLowerCase();
    const fit = options.filter((r) => (pronoun === "he" || pronoun === "she" ? r.person : !r.person && r.plural === (pronoun === "they")));
    const told = fit.length === 1 ? withReferent(s, fit[0]!) : null;
    carried = told ? fit[0]! : null;
    return told && carried ? { sentence: told, thing: carried.phrase, from: carried.from } : null;
  });
}

// Third-person rewriting of a first-person sentence ("I love my dog" said by Melanie → "Melanie
// loves their dog"): the verb after "I" conjugated, pronouns resolved to the speaker.
import nlp from "compromise";
import { entitiesSaid, type Sentence, type Term, termsText, withoutFillers } from "./sentences.js";

/** `replacement` with a capital first letter when `word`, the word it replaces, has one ("Love" → "Loves", "My" → "Their"). */
function inCaseOf(word: string, replacement: string): string {
  return word[0] === word[0]!.toUpperCase() ? replacement[0]!.toUpperCase() + replacement.slice(1) : replacement;
}

const conjugated = new Map<string, string>();
/** Third-person singular present of a verb ("love" → "loves"), via compromise; cached. */
function thirdPersonVerb(verb: string): string {
  const key = verb.toLowerCase();
  let out = conjugated.get(key);
  if (out === undefined) {
    if (key === "am") out = "is";
    else {
      const forms = nlp(`they ${key}`).verbs().conjugate()[0] as { PresentTense?: string } | undefined;
      // a word compromise does not know as a verb ("I mentor", "I coach") takes English's -s/-es/-ies
      out = forms?.PresentTense ?? (/(?:s|x|z|ch|sh)$/.test(key) ? `${key}es` : /[^aeiou]y$/.test(key) ? `${key.slice(0, -1)}ies` : `${key}s`);
    }
    conjugated.set(key, out);
  }
  return inCaseOf(verb, out);
}

/** Past-tense verbs without the -ed ending, for a sentence whose "I" was dropped ("Got back from …"). */
export const IRREGULAR_PAST = new Set([
  "got",
  "went",
  "made",
  "took",
  "had",
  "saw",
  "met",
  "found",
  "bought",
  "came",
  "did",
  "gave",
  "left",
  "ran",
  "began",
  "brought",
  "felt",
  "kept",
  "lost",
  "paid",
  "put",
  "read",
  "sent",
  "spent",
  "thought",
  "told",
  "won",
  "wrote",
  "built",
  "caught",
  "chose",
  "drove",
  "ate",
  "fell",
  "flew",
  "forgot",
  "grew",
  "heard",
  "held",
  "knew",
  "led",
  "sat",
  "sold",
  "slept",
  "spoke",
  "stood",
  "swam",
  "taught",
  "threw",
  "woke",
  "wore",
  "became",
  "drew",
  "rode",
  "sang",
  "broke",
  "dug",
  "fought",
  "froze",
  "hid",
  "hung",
  "meant",
  "rang",
  "rose",
  "shook",
  "shot",
  "stole",
  "stuck",
  "tore",
  "forgave",
]);

/** What each of a group has one of, said in the plural after "our" ("our lives", "our hearts"). */
const EACH_HAS_ONE = new Set(["lives", "hearts", "minds", "souls", "spirits"]);

/** What is everyone's, said after "our": "our planet", "our society" (and "our future generations"): "the planet", not the speaker's. */
const EVERYONES = new Set(["planet", "world", "society", "environment", "earth", "humanity", "species", "civilization", "civilisation"]);

/** Words a comparison's "me" follows ("like me", "as me", "than me"). */
const COMPARING = new Set(["like", "as", "than"]);

/** Pronouns of another person, whom a later "them" or "their" could mean (the listener's too, once named: "the dog you gave me"). */
const ANOTHER_PERSON = new Set(["he", "him", "his", "she", "her", "hers", "they", "them", "their", "theirs", "you", "your"]);

/** First-person words and what they become once the speaker's name has been said in the sentence. */
const PRONOUN_AGAIN: Record<string, string> = { me: "them", my: "their", mine: "theirs", our: "their", ours: "theirs" };
const FIRST_WORDS = new Set(["i", "me", "my", "mine", "we", "us", "our", "ours"]);

/** Past forms spelt like the present ("I read every day"): left to compromise's tags, unless a past time is named. */
const SAME_IN_PRESENT = new Set([
  "read",
  "put",
  "hurt",
  "quit",
  "set",
  "cut",
  "hit",
  "let",
  "shut",
  "spread",
  "cost",
  "bet",
  "split",
  "burst",
  "cast",
  "upset",
]);
/**
 * Of {@link SAME_IN_PRESENT}, the verbs a person says of what they did ("I put the anime on hold", "I quit
 * my job", "I hurt my back"): past unless a habit is named ({@link HABIT}: "I put my phone away every night").
 * "read", "set", "let" and "cost" say a habit or a state as often, and are left to the tagger.
 */
const DONE_BY_DEFAULT = new Set(["put", "quit", "cut", "hurt", "hit", "shut", "split", "burst", "upset"]);
/** Words that make a verb a habit or a state of now ("every night", "usually", "these days"). */
const HABIT =
  /\b(?:every|each|always|usually|often|never|sometimes|normally|generally|tend|daily|weekly|nightly|now|these days|whenever|on (?:weekends|weekdays|\w+days))\b/i;
/** Whether "and" joins the verb at `j` to a past verb in its clause ("I read that book and loved it": "read" is past too). */
function joinedToPast(terms: Term[], j: number): boolean {
  for (let k = j + 1; k < terms.length - 1 && !CLAUSE_BREAK.test(terms[k - 1]!.post); k++) {
    if (terms[k]!.normal === "and" && terms[k + 1]!.tags.has("PastTense")) return true;
  }
  return false;
}

/** Words that place a sentence in the past ("This book I read last year", "I recently read", "I just put up", "I read it a while back"): "read" then stays "read". */
const PAST_TIME =
  /\b(?:last|ago|yesterday|earlier|recently|just|already|finally|the other day|as a (?:kid|child|teen|student)|when I was|back then|a while back|back in|in the past|in (?:19|20)\d\d)\b/i;

const SKIP_BEFORE_VERB = new Set([
  "also",
  "really",
  "just",
  "still",
  "now",
  "totally",
  "actually",
  "recently",
  "finally",
  "always",
  "never",
  "usually",
  "often",
  "already",
]);

/** Who "and I" may follow as one plural subject ("my wife and I", "the kids and I", "she and I"). */
const PARTNERS = new Set([
  "he",
  "she",
  "they",
  "family",
  "team",
  "kids",
  "children",
  "parents",
  "friends",
  "husband",
  "wife",
  "partner",
  "sister",
  "brother",
  "mom",
  "dad",
  "mum",
  "mother",
  "father",
  "son",
  "daughter",
  "girlfriend",
  "boyfriend",
  "fiance",
  "fiancé",
  "fiancee",
  "fiancée",
  "spouse",
  "cousin",
  "friend",
  "buddy",
  "roommate",
  "flatmate",
  "neighbor",
  "neighbour",
  "colleague",
  "coworker",
]);

/**
 * Whether `terms[i]` is the numeral "I" of a title ("Genki I", "Rocky I"): a capital "I" after a
 * capitalised word that is not the sentence's first, ending the sentence or a clause.
 */
function romanOne(terms: Term[], i: number): boolean {
  const t = terms[i]!;
  if (t.text !== "I" || i < 2 || !/^\p{Lu}/u.test(terms[i - 1]!.text) || /[,;:]/.test(terms[i - 1]!.post)) return false;
  return i === terms.length - 1 || /[.,!?;:]/.test(t.post);
}

/**
 * Whether the first-person word at `i` is a word of a title: capitalised inside the sentence, beside
 * another capitalised word with no punctuation between ("Why We Sleep", "All of Us Strangers", "My
 * Brilliant Friend"; "I" between two: "How I Learned 2,000 Kanji"), or right after a word in lower case
 * ("You're Dead to Me").
 */
function inTitle(terms: Term[], i: number): boolean {
  const t = terms[i]!;
  if (i === 0 || !/^\p{Lu}/u.test(t.text)) return false;
  const before = terms[i - 1]!;
  const after = terms[i + 1];
  const capitalBefore = /^\p{Lu}/u.test(before.text) && !/[,;:.!?]/.test(before.post);
  const capitalAfter = !!after && /^\p{Lu}/u.test(after.text) && !/[,;:.!?]/.test(t.post);
  // (or capitalised right after a word in lower case, as no one writes their "me": "You're Dead to Me")
  const afterLower = /^\p{Ll}/u.test(before.text) && !/[,;:.!?]/.test(before.post);
  // ("I", always a capital, only between two: "How I Learned 2,000 Kanji")
  return t.normal === "i" ? capitalBefore && capitalAfter : capitalBefore || capitalAfter || afterLower;
}

/** For each of `terms`, whether it is inside double quotes ("…" or “…”), opened before it or by its own `pre`. */
function insideQuotes(terms: Term[]): boolean[] {
  let open = false;
  return terms.map((t) => {
    if (/["“]/.test(t.pre)) open = true;
    const inside = open;
    if (/["”]/.test(t.post)) open = false;
    return inside;
  });
}

/**
 * Rewrites a first-person sentence in the third person about `name`, without fillers: "Wow, I love
 * my dog so much" said by Melanie → "Melanie loves their dog much" (the name once, then "their" and
 * "them", unless the sentence names another person, or says another's pronoun or a name before them:
 * "she's always with Joanna while Joanna writes"; "me" after a plural, or after "like", is the name
 * too: "taking my dogs out helps Audrey"; "I" always becomes the name, which keeps
 * the verb's agreement). Handles I / me / my / mine /
 * myself and the verb right after "I" (am → is, have → has, present tense → third person via
 * compromise; past tenses and modals stay as they are); "we" becomes "<name> and <company>"
 * ("Melanie and their kids", when the turn named them: {@link companyIn}), else, like "us", "<name> and others",
 * then "they" / "them" when the sentence says them again, and "our" / "ours" "<name>'s" (the speaker
 * is among them; "their" once the group is named), "our lives" "<name> and others' lives". A `company`
 * that is `name` itself (an organisation's letter) makes "we" and "us" the name alone.
 */
export function toThirdPerson(s: Sentence, name: string, company?: string): string {
  if (!s.firstPerson && !s.firstPlural) return s.text;
  const terms = withoutFillers(s.terms);
  // once the name is said, "my" / "me" become "their" / "them" (unless another person is named, whom they could mean); "we" is
  // "<name> and others" until the sentence has named that group ("they" alone could be anything said before)
  // (a name said to the listener, "Andrew, I got …", which withoutFillers dropped, is no other person here)
  const alone = !entitiesSaid(s, terms).some((e) => e.kind === "person" && e.name.toLowerCase() !== name.toLowerCase());
  let named = false;
  let group = false;
  // (nor after "she" or "they": "I named her Tilly, and she's always with me" is "with Joanna", not "with them")
  let someoneSaid = false;
  let othersSaid = false;
  // the subject said last, whose verb a clause with none after "but" shares
  let lastSubject: string | undefined;
  const quoted = insideQuotes(terms);
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    // (a name said after the first word is someone "them" could be: "my friend Daisy came and lay down next to me"; "their" stays theirs)
    if (i > 0 && t.tags.has("ProperNoun") && !t.tags.has("Pronoun") && /^\p{Lu}/u.test(t.text) && t.normal !== name.toLowerCase()) othersSaid = true;
    // a word joined by a hyphen ("me-time") is part of a compound, not a pronoun
    if (/^[-‐]/.test(t.post) || /[-‐]$/.test(terms[i - 1]?.post ?? "")) continue;
    // (nor is a word inside quotes, kept as written: "Why Is My Sourdough Dense?", "Love from Claire")
    if (quoted[i]) continue;
    // ("I ordered Genki I.": a numeral of a title, not the speaker; "reading Why We Sleep", "(My List)": a title's word)
    if (romanOne(terms, i) || inTitle(terms, i)) continue;
    if (t.normal === "our" && (EVERYONES.has(terms[i + 1]?.normal ?? "") || (terms[i + 1]?.normal === "future" && terms[i + 2]?.normal === "generations"))) {
      // "protect our planet", "investing in our future generations": everyone's, not "John's planet"
      t.text = inCaseOf(t.text, "the");
      continue;
    }
    if (t.normal === "our" && EACH_HAS_ONE.has(terms[i + 1]?.normal ?? "")) {
      // "joy to our lives" is to the lives of the group, each their own ("Andrew and others' lives", not "Andrew's lives")
      t.text = group ? inCaseOf(t.text, "their") : `${name} and others'`;
      named = group = true;
      continue;
    }
    // (once the group is named, "our" is theirs whoever else was said: "they make sure John and others … listen to their bodies")
    if (group && (t.normal === "our" || t.normal === "ours")) {
      t.text = inCaseOf(t.text, PRONOUN_AGAIN[t.normal]!);
      continue;
    }
    // ("a teen just like me" is like the speaker: "like them" would be like the teen)
    // (and "me" after things said in the plural: "taking my dogs for a walk helps me" is "helps Audrey", not "helps them")
    const again = named && alone && !someoneSaid && !(t.normal === "me" && (othersSaid || COMPARING.has(terms[i - 1]?.normal ?? "")));
    if (ANOTHER_PERSON.has(t.normal)) someoneSaid = true;
    if (t.tags.has("Plural") && !t.tags.has("Pronoun")) othersSaid = true;
    if (t.normal !== "i" && again && PRONOUN_AGAIN[t.normal]) {
      t.text = inCaseOf(t.text, PRONOUN_AGAIN[t.normal]!);
      continue;
    }
    if (FIRST_WORDS.has(t.normal)) named = true;
    // ("…, but haven't in a while" goes on with the speaker as its subject: "… but has not in a while")
    if (lastSubject === "i" && (t.normal === "have" || t.normal === "do") && terms[i - 1]?.normal === "but" && terms[i + 1]?.tags.has("Negative"))
      t.text = thirdPersonVerb(t.text);
    if (SUBJECT_PRONOUNS.has(t.normal)) lastSubject = t.normal;
    if (t.normal === "i" && (thinkingOfThemself(terms, i) || againAfterSubordinator(terms, i))) {
      // "I think I'm ready" → "Caroline thinks they are ready": the speaker again in what they think
      t.text = "they";
      const v = terms.slice(i + 1).find((x) => !(x.tags.has("Adverb") && !x.tags.has("Negative")));
      if (v && THEY_FORM[v.normal]) v.text = THEY_FORM[v.normal]!;
    } else if (t.normal === "i") {
      // "I'm vegetarian and I work night shifts" → "… is vegetarian and works night shifts": the subject
      // said once for the verbs it joins (its verb still agrees below)
      t.text = sharesSubject(terms, i) ? "" : name;
      let j = i + 1;
      while (j < terms.length && (SKIP_BEFORE_VERB.has(terms[j]!.normal) || (terms[j]!.tags.has("Adverb") && !terms[j]!.tags.has("Negative")))) j++;
      // a misspelt adverb is no verb ("I absolutley love DIYs"): the verb is the word after it
      if (ADVERB_LIKE.test(terms[j]?.normal ?? "") && !VERBS_IN_LY.has(terms[j]!.normal) && /^\p{Ll}+$/u.test(terms[j + 1]?.text ?? "")) j++;
      const v = terms[j];
      // "I still paint landscapes": a word right after "I" is a verb, whatever the tagger made of it
      const bareNoun = !!v && v.tags.has("Noun") && !v.tags.has("Pronoun") && !v.tags.has("Plural") && !v.tags.has("Possessive") && /^\p{Ll}+$/u.test(v.text);
      // "Samantha and I have decided", "my wife and I are": a plural subject keeps its verb (not "…
      // an awesome night and I am")
      const partner = terms[i - 2];
      // (not when the partner is what a verb before says: "I'm Sam and I work at Stripe", "He's my buddy and I hope …")
      let phrase = i - 2;
      while (phrase > 0 && ["Determiner", "Possessive", "Adjective"].some((tag) => terms[phrase - 1]!.tags.has(tag))) phrase--;
      // (and so does any "… and I are": no one says "I are", whoever the tagger knows "Efua" to be)
      const plural =
        terms[i - 1]?.normal === "and" &&
        !!partner &&
        !/,/.test(partner.post) &&
        !terms[phrase - 1]?.tags.has("Verb") &&
        ((partner.tags.has("Person") && /^\p{Lu}/u.test(partner.text)) || PARTNERS.has(partner.normal) || v?.normal === "are" || v?.normal === "were");
      // "how could I forget", "do I need": after a modal or "do", the verb stays bare ("how could John forget")
      // (not "whenever I can, I try": a comma ends the clause of the modal)
      const before = terms[i - 1];
      const inverted = !!before && INVERTING.has(before.normal) && !/[,;:.!?]/.test(before.post);
      // (only when "I" opens its clause do the verbs joined to its verb agree: in "the chances I get and
      // leave a legacy" or "what I believe in and reach out" the verb after "and" belongs to the clause around it)
      const opensClause = i === 0 || CLAUSE_BREAK.test(before!.post) || CLAUSE_JOINERS.has(before!.normal);
      if (
        v &&
        !plural &&
        !inverted &&
        !v.tags.has("PastTense") &&
        !(SAME_IN_PRESENT.has(v.normal) && (PAST_TIME.test(s.text) || joinedToPast(terms, j) || (DONE_BY_DEFAULT.has(v.normal) && !HABIT.test(s.text)))) &&
        !(IRREGULAR_PAST.has(v.normal) && !SAME_IN_PRESENT.has(v.normal)) &&
        // (the tagger calls the "have" of "I've read" a modal: it still agrees with its subject)
        !(v.tags.has("Modal") && v.normal !== "have") &&
        !v.tags.has("Gerund") &&
        (v.tags.has("PresentTense") || v.tags.has("Infinitive") || v.tags.has("Copula") || v.tags.has("Auxiliary") || bareNoun)
      ) {
        if (["am", "have", "do"].includes(v.normal) || v.tags.has("PresentTense") || v.tags.has("Infinitive") || bareNoun) {
          v.text = thirdPersonVerb(v.text);
          // (only a verb of its own: after "I'm gonna go …" or "I am a part of …" the joined verbs are bare)
          if (opensClause && !["am", "have", "do"].includes(v.normal) && !v.tags.has("Copula") && !v.tags.has("Auxiliary")) conjugateJoined(terms, j);
        }
      } else if (v && !plural && !inverted && v.tags.has("PastTense") && opensClause)
        // (a past verb keeps its form, but a present one joined to it agrees: "I named it Bubbles and keep it
        // in the fridge" → "… and keeps it"; one the same in the past is the past: "I cut the grass and put …")
        conjugateJoined(terms, j, true);
    } else if (t.normal === "me")
      // "reminding me we need …": the clause after it is said with "that" (not "reminding Maria Maria and others")
      t.text = SUBJECTS.has(terms[i + 1]?.normal ?? "") && /^\s*$/.test(t.post) ? `${name} that` : name;
    else if (t.normal === "myself") t.text = "themself";
    else if (t.normal === "my" || t.normal === "mine" || t.normal === "our" || t.normal === "ours") t.text = `${name}'s`;
    else if (t.normal === "we" || t.normal === "us") {
      // the group once, then "they" / "them" ("… have things that make Melanie and others happy", not "when
      // Melanie and others have things that make Melanie and others happy")
      const pronoun = t.normal === "we" ? "they" : "them";
      // (who "us" is, is less sure: "for all of us" is everyone)
      // (a company that is the speaker itself, an organisation's letter, is "we" and "us" alone: "call Smiles Dental Care")
      t.text = group ? inCaseOf(t.text, pronoun) : company === name ? name : `${name} and ${(t.normal === "we" && company) || "others"}`;
      group = true;
    } else if (t.normal === "ourselves") t.text = "themselves";
  }
  const out = termsText(terms).replace(/ {2,}/g, " ").replace(TRAILING_FILLER, "$1");
  return out[0] ? out[0].toUpperCase() + out.slice(1) : out;
}

/** Verbs of thinking, hoping or feeling whose clause can say its subject again ("I think I'll …"). */
const THINKING = new Set([
  "think",
  "thought",
  "guess",
  "guessed",
  "hope",
  "hoped",
  "feel",
  "felt",
  "believe",
  "believed",
  "know",
  "knew",
  "wish",
  "realize",
  "realized",
  "realise",
  "realised",
  "reckon",
  "suppose",
  "figure",
  "figured",
]);
/** A verb's form after "they" where it differs from after "I". */
const THEY_FORM: Record<string, string> = { am: "are", was: "were" };

/**
 * Whether the "I" at `i` is the speaker again in a clause of what they think, hope or feel, said
 * right after that verb (optionally "like" or "that"), whose own subject is "I" (adverbs between):
 * "I think I'm ready", "I really hope I can", "I feel like I was". Not "My sister thinks I should".
 */
function thinkingOfThemself(terms: Term[], i: number): boolean {
  let k = i - 1;
  if (k >= 0 && (terms[k]!.normal === "like" || terms[k]!.normal === "that")) k--;
  if (k < 1 || !THINKING.has(terms[k]!.normal) || CLAUSE_BREAK.test(terms[k]!.post)) return false;
  let subject = k - 1;
  while (subject > 0 && terms[subject]!.tags.has("Adverb")) subject--;
  return terms[subject]!.normal === "i";
}

/**
 * Whether the "I" at `i` follows a bare "and" (no comma) in a sentence that "I" opened, with no one
 * else named or said between (a plural, a person, another pronoun, "me"): "I'm vegetarian and I work
 * night shifts", whose second "I" can go. Not "Sam and I work" (a plural subject), nor "I told Ana
 * and I left".
 */
function sharesSubject(terms: Term[], i: number): boolean {
  if (i < 2 || terms[i - 1]!.normal !== "and" || /[,;]/.test(terms[i - 2]!.post)) return false;
  if (terms[0]?.normal !== "i") return false;
  // (nor "the gf and I" after a dash or a colon: a clause of its own, whose subject is both, "I got some
  // great news - the gf and I are hitting the beach", had lost its "I": "… - the gf and are hitting …")
  if (PARTNERS.has(terms[i - 2]!.normal) || terms.slice(0, i - 1).some((t) => /[;:–—]|\s-/.test(t.post))) return false;
  return !terms.slice(1, i - 1).some((t) => t.normal === "i" || t.normal === "me" || someoneElse(t));
}

/** Words that open a clause inside a sentence, whose "I" is the sentence's subject again ("… since I started …"). */
const SUBORDINATORS = new Set(["since", "because", "when", "after", "before", "until", "while", "once", "whenever"]);

/**
 * Whether the "I" at `i` opens a clause of time or cause ("since", "because", "when", …) of a sentence
 * whose subject was "I", with no one else between who "they" could be (a plural, a person, another
 * pronoun): "I've been sleeping badly since I started the night shift" → "… since they started".
 * Not "My kids love it when I read to them" (the kids are "they").
 */
function againAfterSubordinator(terms: Term[], i: number): boolean {
  if (i < 2 || !SUBORDINATORS.has(terms[i - 1]!.normal)) return false;
  const first = terms.findIndex((t) => t.normal === "i");
  if (first < 0 || first >= i - 1) return false;
  return !terms.slice(0, i - 1).some((t, j) => (j < first && t.tags.has("Noun")) || someoneElse(t));
}

/** Pronouns of someone else, whom "they" could be. */
const OTHERS = new Set(["they", "them", "he", "him", "she", "her", "we", "us", "you"]);

/** Whether a word says someone other than the speaker, whom a later "they" could be: a plural, a person, another pronoun. */
function someoneElse(t: Term): boolean {
  return t.tags.has("Plural") || (t.tags.has("Person") && t.normal !== "i") || OTHERS.has(t.normal);
}

/** People a speaker has with them: "my kids", "our family", "my best friends". */
const MY_PEOPLE =
  /\b(?:my|our)\s+((?:(?:little|two|three|older|younger|best|new|lovely|whole)\s+)?(?:kids|children|family|fam|husband|wife|partner|boyfriend|girlfriend|bf|gf|friends|siblings|brothers?|sisters?|parents|mom|dad|mum|son|daughter|sons|daughters|team|teammates|colleagues|coworkers|classmates|grandparents|cousins))\b/gi;

/** Kin called by what they are, as a name, capitalised and not after "my" ("Mum came down", "I rang Dad"). */
const KIN_NAMES =
  /(?<!\b(?:[Mm]y|[Oo]ur|[Yy]our|[Hh]is|[Hh]er|[Tt]heir)\s)(?<![\p{L}'’])(Mum|Mom|Dad|Nan|Nana|Gran|Granny|Grandma|Grandpa|Grandad)\b(?!['’]s)/gu;

/**
 * Who a sentence says the speaker is with, as a third-person fact names them: "my kids" → "their
 * kids", "Samantha and I" or "my wife Sara" → "Sara" (a person the sentence names, `people`), without repeats; who
 * "we" are in what the speaker says next.
 */
export function companyIn(text: string, people: string[]): string[] {
  // (a person named right after who they are is that one: "my wife Sara and I" → "Sara")
  const found = [...text.matchAll(MY_PEOPLE)].map((m) => {
    const named = /^\s+(\p{Lu}[\p{L}'’-]+)/u.exec(text.slice(m.index + m[0].length))?.[1];
    return named && people.includes(named) ? named : `their ${m[1]!}`;
  });
  for (const m of text.matchAll(/(?<![\p{L}])(\p{Lu}[\p{L}'’-]+) and I\b/gu)) if (people.includes(m[1]!)) found.push(m[1]!);
  // (a parent or grandparent called by what they are, as a name: "Mum came down for the weekend")
  for (const m of text.matchAll(KIN_NAMES)) found.push(m[1]!);
  return [...new Set(found)];
}

/** A word spelt like an adverb ("-ly", or the common misspelling "-ley"). */
const ADVERB_LIKE = /^\p{L}{3,}l(?:e)?y$/u;
/** Verbs that end in "-ly" ("I apply", "I rely"): after "I" they are the verb. */
const VERBS_IN_LY = new Set(["apply", "reply", "rely", "supply", "fly", "ally", "rally", "tally", "bully", "comply", "multiply", "imply", "dally"]);

/**
 * Makes the verbs joined by "and" to the verb at `j` agree with the third-person subject, as that verb
 * does ("I go to the gym and lift weights" → "goes … and lifts"), within its clause: the scan stops at
 * punctuation, at the "to" of an infinitive (which stays bare: "I want to learn and grow"), at another
 * verb and at a word that opens a clause with a subject of its own. `afterPast`: the verb at `j` is
 * past, so only a bare verb agrees ("stories and sketches" name things), one the same in the past
 * ("put", "read") is past too and stays, and the scan stops at a preposition, whose objects an "and"
 * then joins ("the support and cheer of my friends").
 */
function conjugateJoined(terms: Term[], j: number, afterPast = false): void {
  for (let k = j + 1; k < terms.length - 1 && !CLAUSE_BREAK.test(terms[k - 1]!.post); k++) {
    const t = terms[k]!;
    // (another verb between them opens a clause or a complement of its own: "I think everyone's gotta ditch the hustle and bustle")
    // ("it" or "you" right after a verb is its object: "I named it Bubbles and keep it in the fridge")
    const object = (t.normal === "it" || t.normal === "you") && terms[k - 1]!.tags.has("Verb");
    // (a phrasal verb's particle is no verb of its own: "I wake up at 5:30 and run 8 km")
    // (nor is a word after a preposition or a determiner, which the tagger may read as one: "I get deep in thought and think …")
    const verb =
      t.tags.has("Verb") && !t.tags.has("Particle") && !(k > j + 1 && (terms[k - 1]!.tags.has("Preposition") || terms[k - 1]!.tags.has("Determiner")));
    if ((t.normal === "to" && terms[k + 1]!.tags.has("Verb")) || (CLAUSE_OPENERS.has(t.normal) && !object) || verb) return;
    // (after a past verb, "and" past a preposition joins its objects: "I made it with the support and cheer of …")
    if (afterPast && t.tags.has("Preposition")) return;
    // (an adverb may come between: "… and just chill")
    let n = k + 1;
    while (n < terms.length - 1 && terms[n]!.tags.has("Adverb") && !terms[n]!.tags.has("Negative")) n++;
    const next = terms[n]!;
    if (
      t.normal === "and" &&
      // (not "and, like I said, …": a comma after "and" sets off an aside)
      !CLAUSE_BREAK.test(t.post) &&
      /^\p{Ll}+$/u.test(next.text) &&
      next.tags.has("Verb") &&
      (next.tags.has("PresentTense") || next.tags.has("Infinitive")) &&
      !next.tags.has("Gerund") &&
      // (after a past verb, only a bare verb: "stories and sketches" names things)
      !(afterPast && (SAME_IN_PRESENT.has(next.normal) || !next.tags.has("Infinitive")))
    )
      next.text = thirdPersonVerb(next.text);
  }
}
/** Punctuation after a word that ends its clause. */
const CLAUSE_BREAK = /[,;:.!?–—-]/;
/** Words that open a clause with its own subject, after which a verb need not agree with the speaker. */
const CLAUSE_OPENERS = new Set(["that", "who", "which", "when", "because", "if", "while", "where", "but", "so", "they", "we", "he", "she", "it", "you"]);

/** Conjunctions after which "I" opens a clause of its own ("… and I go …", "because I train …"). */
const CLAUSE_JOINERS = new Set(["and", "but", "so", "because", "then", "now", "also", "still", "just", "really", "usually", "often", "always"]);

/** Pronouns that are a clause's subject. */
const SUBJECT_PRONOUNS = new Set(["i", "we", "they", "he", "she", "you", "it"]);

/** Subject pronouns, which open a clause of their own right after "me". */
const SUBJECTS = new Set(["i", "we", "they", "he", "she"]);

/** Modals and "do" before "I": a question's inverted order, whose verb after "I" is bare. */
const INVERTING = new Set(["can", "could", "would", "should", "will", "shall", "may", "might", "must", "do", "did", "does"]);

/** A filler closing a sentence: "…, by the way." or "…, btw." → "…." */
const TRAILING_FILLER = /,?\s*\b(?:by the way|btw|you know|haha|lol)\b\s*([.!?…]*)$/i;

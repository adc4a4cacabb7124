// Whether a sentence says something worth keeping about its speaker, and how much it pins down: not
// small talk ("I'm so happy for you"), a resolution that names nothing ("I'll keep working hard!"), a
// vague or abstract statement ("I'm gonna give it a try"), catching up that tells no news ("Long time
// no talk!") or a judgement ("It was so fun!"); a sentence's specificity ranks a turn's statements
// (facts.ts). See README.md, "Facts".
import { queryTerms } from "../retrieval/fts-query.js";
import {
  ABSTRACT_NOUNS,
  CAPTION,
  compileMatch,
  entitiesSaid,
  isContentNoun,
  parseSentence,
  withoutFillers,
  type Sentence,
  type Term,
  baseFormAfterDeterminer,
  termsText,
} from "./sentences.js";
import { MAXIM_OPENING, namesAfterFirstWord, WHEN } from "./truisms.js";
import { THANK_YOU_GIVEN } from "./fact-text.js";
import { WAIT_FOR } from "./implied-subject.js";
import { PLACED } from "./short-facts.js";

const SMALL_TALK = [
  "i (am|was) (so|really|very|super|just)? (glad|happy|sorry|proud|thrilled|excited|thankful|grateful) (for|to|that|about) (you|hear|see|your)",
  // (sympathy or an apology, whatever it is for: "I'm sorry about Max", "Sorry about the search for dog-friendly spots")
  "i (am|was) (so|really|very|super|truly|just)? sorry (about|for|to)",
  "i (totally|completely|really|definitely|#Value)? agree",
  "i (could not|couldn't|can not|can't) agree more",
  "i (know|see|understand|bet|guess|think|hope) (so|right|what you mean|that feeling)?$",
  "i can not wait",
  "i (really)? (appreciate|love|like) (it|that|this|you|your)",
  "(thank|thanks) you",
  "let me know",
  // a greeting's wish ("Hope all is good", "I hope everything is well"), not one about the speaker's plans
  "i hope (all|everything) (is|has been|was) (good|well|great|fine|ok|okay)",
];

const SMALL_TALK_COMPILED = SMALL_TALK.map(compileMatch);

/** "I'm sure" and a clause about someone or something else: a guess at what the other lives ("I'm sure it's been a wild ride", "I'm sure they're having a blast"), group 1 the clause. */
const SURE_OF_OTHERS = /^i(?:['’]m| am)\s+(?:so\s+|really\s+|pretty\s+)?sure\s+((?:it|its|it['’]s|they|they['’]re|there|he|she)\b.*)$/i;

/** Whether `text` guesses at what the other person lives, naming nothing of the speaker's ({@link SURE_OF_OTHERS}; "I'm sure it was the right call to quit my job" is theirs). */
function guessAtOthers(text: string): boolean {
  const clause = SURE_OF_OTHERS.exec(text.trim())?.[1];
  return clause != null && !/\b(?:i|me|my|mine|myself|we|us|our)\b/i.test(clause);
}

const SMALL_TALK_CUE =
  /\b(glad|happy|sorry|proud|thrilled|excited|thankful|grateful|agree|know|see|understand|bet|guess|think|hope|wait|appreciate|love|like|thank|thanks|let me know)\b/i;

/** A verb of something done, in the past ("petted", "spoke"), not a "was", "had" or "did" that helps another verb. */
export const isActDone = (t: Sentence["terms"][number]) =>
  t.tags.has("PastTense") && !t.tags.has("Copula") && !t.tags.has("Auxiliary") && !t.tags.has("Modal") && !/^(?:had|did|got)$/i.test(t.normal);

/**
 * Whether a first-person sentence says something about its speaker worth remembering: not a
 * question, not an imperative, at least four words besides fillers, a content noun or a name, and
 * not small talk ("I'm so happy for you", "I agree"); or a place in a contest ("We came second!!").
 */
export function isInformative(s: Sentence): boolean {
  if (s.question || !(s.firstPerson || s.firstPlural) || !s.doc) return false;
  // (a place in a contest names no thing, short as it is: "We came second!!")
  if (PLACED.test(s.text)) return true;
  const kept = withoutFillers(s.terms);
  const words = kept.filter((t) => /[\p{L}\p{N}]/u.test(t.text));
  if (words.length < 3) return false;
  // no subject: an imperative ("Take a look at this", "Tell me more") or a clipped reply ("Been a busy week")
  const head = words[0]!;
  if (head.tags.has("Verb") && !head.tags.has("Gerund")) return false;
  // a number counts as content ("I hold it for 30-60 seconds": compromise tags the unit a Value)
  // (a name said to the listener is no name of the statement: "Hey John, I'm good")
  // (and a noun the tagger read as a verb after a determiner: "I picked this color because it's bright", "color" a verb)
  // (or three things the speaker did, though to no named thing: "I petted and hugged her, spoke calmly, and slowly walked her to relax")
  if (
    contentNouns(words).length === 0 &&
    !words.some((t) => /\d/.test(t.text)) &&
    entitiesSaid(s, kept).length === 0 &&
    words.filter(isActDone).length < 3 &&
    !habit(words)
  )
    return false;
  if (guessAtOthers(s.text)) return false;
  // (a thank-you given is no thanks said: "Bought a tin of matcha for Tomás as a thank-you")
  return !(SMALL_TALK_CUE.test(s.text.replace(THANK_YOU_GIVEN, "")) && SMALL_TALK_COMPILED.some((p) => s.doc!.has(p)));
}

/**
 * A habit told with no thing named: "I" and an activity in the present, then how often ("I paint every
 * day", "I cook and bake a lot", "We swim on weekends"). A verb of thinking, feeling or saying is no
 * activity ("I think about it every day", "I miss them a lot").
 */
function habit(terms: Term[]): boolean {
  const [subject, ...rest] = terms.filter((t) => /[\p{L}\p{N}]/u.test(t.text));
  if (!subject || !/^(?:i|we)$/.test(subject.normal)) return false;
  let k = 0;
  while (rest[k]?.tags.has("Adverb") && !HOW_OFTEN.test(rest[k]!.normal)) k++;
  const verb = rest[k];
  if (!verb?.tags.has("Verb") || !verb.tags.has("PresentTense") || verb.tags.has("Copula") || verb.tags.has("Auxiliary") || verb.tags.has("Modal"))
    return false;
  if (NOT_AN_ACTIVITY.has(verb.normal)) return false;
  return HOW_OFTEN.test(termsText(rest.slice(k + 1)));
}
/** How often something is done: "every day", "each morning", "a lot", "daily", "on weekends", "twice a week". */
const HOW_OFTEN =
  /\b(?:every|each)\s+(?:day|morning|evening|night|week|weekend|month|year)\b|\b(?:a lot|daily|weekly|nightly|on weekends|(?:once|twice|\w+ times) a (?:day|week|month))\b/i;
/** Present verbs after "I" that tell no activity done: thinking, feeling, saying, having. */
const NOT_AN_ACTIVITY = new Set(
  "think know feel guess hope wish agree mean see love like miss worry wonder say talk have get need want try do go appreciate believe remember forget".split(
    " ",
  ),
);

/** The content nouns of `terms` (lexicon.ts isContentNoun), with those the tagger read as verbs after a determiner (baseFormAfterDeterminer). */
function contentNouns(terms: Term[]): Term[] {
  return terms.filter((t, i) => isContentNoun(t) || baseFormAfterDeterminer(terms, i));
}

/**
 * The opening of a resolution: "I'll keep …", "I'm going to continue …", "We will stay …", "I won't
 * give up …", "I'm gonna make my dreams come true". A resolution that names nothing ({@link resolution}) is encouragement returned, not a plan.
 */
const RESOLVE =
  /^(?:i'?ll|i will|i'm gonna|i am gonna|i'm going to|i am going to|we'?ll|we will|we're gonna|we're going to|we are going to)\s+(?:\p{L}+ly\s+|just\s+|still\s+|always\s+)?(?:keep|continue|stay|do|try|give|never (?:stop|give up)|not (?:stop|give up)|make (?:it|this|that|(?:my|our) (?:dreams?|goals?|vision)) (?:happen|come true|a reality|work))\b|^(?:i|we) will not let (?:this|that|it|anything) (?:bring|get) (?:me|us) down\b|^(?:i|we) won['’]?t (?:ever )?(?:stop|give up|let (?:this|that|it|anything) (?:bring|get|stop))\b|^(?:i['’]m|i am|we['’]re|we are) (?:not (?:giving up|quitting|stopping|gonna (?:give up|quit|stop)|going to (?:give up|quit|stop))|(?:still )?(?:pushing (?:on|through|forward)|going for (?:it|my|our)|keeping at it|sticking (?:with|to) it))\b/iu;
/** Nouns a resolution may name and still name nothing ("my best", "on this path", "no matter what", "give it a try"). */
const RESOLVE_NOUNS = new Set(["best", "path", "matter", "work", "track", "try", "shot", "end", "forward"]);
/** A possessive determiner, which the tagger may call a noun ("my best"). */
const POSSESSIVE_PRONOUN = /^(?:my|our|your|his|her|their|its)$/;

/**
 * A resolution that names nothing ("I'll keep working hard!", "I'm going to keep going and reach my dreams no
 * matter what", "We'll keep pushing each other on this path", "I'll do my best", "I'm not giving up", "I'm
 * pushing on", "I won't let this bring me down"; not "I won't quit on my dreams", which says what the
 * speaker will not do, and was asked of): its opening is
 * {@link RESOLVE}, it says no name, number or time, and its nouns are all abstract. "I'll keep practicing
 * piano every day" names a thing and stays a fact.
 */
export function resolution(text: string): boolean {
  if (!RESOLVE.test(text) || /\d/.test(text) || WHEN.test(text) || namesAfterFirstWord(text)) return false;
  // (the words of the resolution only, not of the thanks before it; a gerund is a verb, "keep working",
  // unless a preposition or a determiner leads it, "my passion for writing"; and so is a "noun" with an
  // object after it, "let this bring me down", whose "bring" the tagger reads as a noun)
  const terms = parseSentence(text).terms;
  const named = terms.filter(
    (t, i) =>
      isContentNoun(t) &&
      !POSSESSIVE_PRONOUN.test(t.normal) &&
      !/^(?:me|us|him|them)$/.test(terms[i + 1]?.normal ?? "") &&
      (!t.tags.has("Gerund") || ["Preposition", "Determiner", "Possessive"].some((tag) => terms[i - 1]?.tags.has(tag))),
  );
  return named.every((t) => ABSTRACT_NOUNS.has(t.normal) || RESOLVE_NOUNS.has(t.normal));
}

/**
 * A short statement whose object is only a reference to what was said before ("I'm gonna give it a
 * try", "I'd love to take the dogs there"): without it, it says nothing. One that names a thing of
 * its own says what was done with it ("I made it with coconut milk so it's lactose-free", "It taught
 * me self-acceptance"), unless it is a wish ("I'd love to …") or a judgement ("It's great to …").
 * LoCoMo dev split: answer_recall@100/200/500w 0.612/0.689/0.766 → 0.617/0.691/0.765, 1,910 → 1,956
 * facts, soft F1 0.266 → 0.268.
 */
export function vague(s: Sentence, text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (!(words.length <= 10 && REFERENCE.test(text) && !/\d/.test(text) && !namesAfterFirstWord(text) && !WHEN.test(text))) return false;
  if (MAXIM_OPENING.test(text) || WISHED.test(text)) return true;
  return contentNouns(s.terms).every(
    (t) => (t.tags.has("Gerund") && !t.tags.has("Activity")) || POSSESSIVE_PRONOUN.test(t.normal) || ABSTRACT_NOUNS.has(t.normal) || LIGHT_NOUNS.has(t.normal),
  );
}

/**
 * Whether `text` looks forward to a dated event ("Can't wait for our hike with the dogs next month",
 * "Can't wait for tomorrow's grand opening"): a plan, not a reaction, when it says when and names a
 * thing besides the time ("I can't wait for the weekend" names none).
 */
export function lookingForward(s: Sentence, text: string): boolean {
  return WAIT_FOR.test(text) && WHEN.test(text) && s.terms.some((t) => isContentNoun(t) && !WHEN.test(t.normal));
}

/** Nouns of a light verb's phrase or a wish, which name nothing ("take a look at it", "give it a try", "wish them luck", "check it out sometime"). */
const LIGHT_NOUNS = new Set(["look", "try", "shot", "go", "chance", "part", "list", "luck", "sometime", "someday"]);
/** A wish ("I'd love to take the dogs there", "I would like to see it"). */
const WISHED = /\b(?:would|'d|’d)\s+(?:really\s+|so\s+)?(?:love|like)\s+to\b/i;

/** A pronoun standing for what was said before: "it", "there", "them", or a bare "this"/"that" ("give that a try"), not a determiner ("this spring", "that cello"). */
const REFERENCE =
  /\b(?:it|there|them)\b|\b(?:this|that|these|those)\b(?=\s*(?:[.!?,;:]|$|\s+(?:a|an|the|is|was|are|were|one|ones|too|again|out|up|with|for|to|in|on|at)\b))/i;

/** Words that say news is good or big ("some amazing news"), as a regular expression's source. */
export const NEWS_WORDS = "(?:great|amazing|awesome|exciting|big|good|cool|fantastic|wonderful|crazy|huge|incredible|fun|interesting)";
/** The end of news announced: nothing more in its clause, only punctuation, a break before the news, or the end. */
const TEASER_END = "(?=\\s*(?:[-–—:;!.…]|$))";

/** "Quite a week": a time that judges, not one that says when. */
const QUITE_A_TIME = "quite\\s+(?:a|the)\\s+(?:week|day|month|weekend|year)";

/** Catching up, which tells no news ("Long time no talk!", "A lot has been going on in my life", "It's been a while", "Been a few days", "Not much has changed"). */
const CATCHING_UP_FORMS = [
  "long time no (?:talk|see|chat)",
  // "A lot's been going on", "Lots of stuff happened", "Some big things have happened", "A few new things have come up"
  "(?:a lot|lots|so much|much|(?:lots|a lot|loads|tons) of (?:stuff|things)|(?:(?:some|many|so many|a few|a couple of)\\s+)?(?:(?:big|new|interesting|crazy|cool|exciting|wild)\\s+)*(?:stuff|things))(?:'s|\\s+has|\\s+have|\\s+is|\\s+are|\\s+was)?\\s+(?:been\\s+)?(?:going on|goin'? on|happening|happened|changed|come up)",
  "not much (?:has changed|is new|new|going on|happening)",
  // "I've had a lot of things happening"
  "(?:i'?ve|i have|we'?ve|we have) had (?:(?:a lot|lots|so much|many things|a ton)(?: of (?:things|stuff))? (?:going on|happening)|quite (?:the|an?) (?:adventure|ride|week|time))",
  "(?:it'?s|it has|has)?\\s*been (?:a while|a bit|ages|forever|too long|(?:a (?:couple|few)(?: of)?|two|three|several|some) (?:days|weeks|months))",
  "(?:we\\s+|i\\s+)?(?:haven'?t|have not|hadn'?t) (?:talked|chatted|spoken|caught up|seen each other)",
  // news announced, not told: "I have some amazing news (to share)", "I've some amazing news", "Something cool
  // (recently) happened (to me, with my pups)", "Crazy thing happened", "Quite a week", "I've been working on something exciting (too)": what follows tells it
  `(?:(?:i|we)['’]ve\\s+(?:got\\s+)?|(?:(?:i|we)(?: have)?\\s+)?(?:got|have|had|have got)\\s+)(?:some\\s+)?(?:(?:really|super|pretty|such)\\s+)?(?:${NEWS_WORDS}\\s+)?news(?:\\s+to\\s+share)?${TEASER_END}`,
  `(?:something\\s+(?:[a-z-]+\\s+){1,2}|(?:a\\s+)?(?:crazy|funny|cool|wild|weird|strange|amazing|awesome)\\s+thing\\s+)happened(?:\\s+(?:to|with|for)\\s+(?:me|us|my\\s+[^-–—:;!?.]{1,30}?))?${TEASER_END}`,
  `${QUITE_A_TIME}${TEASER_END}`,
  `(?:i'?ve\\s+|i have\\s+|i'?m\\s+|i am\\s+)?(?:been\\s+)?working\\s+on\\s+something(?:\\s+(?:new|exciting|cool|big|special|fun))?(?:\\s+too)?${TEASER_END}`,
];
const CATCHING_UP = new RegExp(`^(?:${CATCHING_UP_FORMS.map((p) => `(?:${p})`).join("|")})\\b`, "i");
/** Where catching up ends and its news begins: a spaced dash or colon, a double hyphen ("Exciting things are happening--I'm exploring …") or a semicolon. */
const NEWS_BREAK = /\s[-–—:]\s+|\s*-{2,}\s*|;\s+/;
/**
 * Catching up that opens `text` ({@link CATCHING_UP}) and does not say when ("Much has happened in the
 * last month - …" says when and is kept): `news` is what follows its break ({@link NEWS_BREAK}), ""
 * when nothing does; null for any other text.
 */
export function catchingUp(text: string): { news: string } | null {
  if (!CATCHING_UP.test(text)) return null;
  const brk = NEWS_BREAK.exec(text);
  const head = brk ? text.slice(0, brk.index) : text;
  if (WHEN.test(head) && !new RegExp(`^${QUITE_A_TIME}$`, "i").test(head.trim())) return null;
  return { news: brk ? text.slice(brk.index + brk[0].length) : "" };
}

/**
 * Words that judge rather than tell. A sentence that is not about its speaker, names no one and no
 * number, has at most 12 words and one of these only judges ("It was so fun!", "Networking is great for
 * gaining new perspectives", "Having a solid support group really helps"): it tells how something
 * felt or a general truth, not what happened. Longer sentences often carry a fact beside the
 * judgement ("It was emotional - so many people wanted to create loving homes for children").
 */
export const JUDGEMENT =
  /\b(busy|different|everything|fun|great|awesome|amazing|cool|nice|special|beautiful|lovely|hard|tough|powerful|inspiring|incredible|fantastic|wonderful|good|bad|crazy|insane|rewarding|exciting|important|worth|blast|stunning|gorgeous|meaningful|calming|relaxing|(?:is|are|was|['’]s) key|vital|essential|best|perfect|scary|awful|tiring|empowering|enlightening|emotional|yummy|mouthwatering|interesting|fascinating|impressive|adorable|cute|helps|matters|makes? a difference|so much)\b/i;

/**
 * How much a sentence pins down (after Luhn's significance and Edmundson's cue words): names,
 * numbers, dates, an image's description and content nouns per word, with a small length prior.
 * The speaker's own name is no name here: the third-person rewrite puts it where "I" and "my" were,
 * which says nothing more ("It reminded Maria why Maria is passionate" outranked "Maria participated
 * in a 5K charity run"). Higher is more specific.
 */
export function specificity(s: Sentence, text: string, dates: number, speaker: string): number {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const own = speaker.toLowerCase();
  const names = words.slice(1).filter((w) => /^\p{Lu}/u.test(w) && !/^I('|$)/.test(w) && w.toLowerCase().replace(/'s$|[^\p{L}\p{N}]+$/gu, "") !== own).length;
  const numbers = words.filter((w) => /\d/.test(w)).length;
  // (a sentence the cheap parse skipped, with no first-person word, counts the nouns a parse could find:
  // as none, "They talked about different therapeutic methods …" had always lost to a judgement of the speaker's)
  const nouns = s.doc ? s.terms.filter((t) => isContentNoun(t)).length : candidateNouns(text);
  const caption = CAPTION.test(s.text) ? 2 : 0;
  return (2 * names + 2 * numbers + 2 * dates + nouns + caption + (s.firstPerson ? 1 : 0)) / Math.sqrt(Math.max(4, words.length));
}

/**
 * A short first-person statement (≤ 16 words) that names no one, no number and no date and whose content nouns
 * are all abstract ("We can make a real impact together", "Those moments make me thankful", "They give me
 * peace and make me appreciate life"): a feeling or a truism, not a fact. On the LoCoMo dev split: facts per
 * observation 1.208 → 1.184, precision 0.593 → 0.598, answer_recall@200w 0.635 → 0.633.
 */
export function abstractOnly(s: Sentence, text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length > 16 || /\d/.test(text) || WHEN.test(text) || s.entities.length > 0) return false;
  // (three things done tell what happened: "I petted and hugged her, spoke calmly, and slowly walked her")
  // (nor does a habit: "I paint every day")
  if (namesAfterFirstWord(text) || s.terms.filter(isActDone).length >= 3 || habit(withoutFillers(s.terms))) return false;
  return contentNouns(s.terms).every((t) => ABSTRACT_NOUNS.has(t.normal));
}

/**
 * Whether a sentence names a thing: a content noun, or a name ("Pepperoni of course!", "Luna and
 * Oliver!") other than the one it ends by calling the listener ("It was so inspiring, Mel!").
 */
export function namesThing(s: Sentence): boolean {
  const called = /,\s*(\p{Lu}[\p{L}'-]*)[.!?]*$/u.exec(s.text)?.[1];
  return s.entities.some((e) => e.name !== called) || s.terms.some((t) => isContentNoun(t) && t.text !== called);
}

/**
 * How many of a sentence's words could be content nouns, cheaply (words of 4+ letters that are no
 * stop word, judgement or -ly adverb): a bound on what a parse would find, to skip parsing a
 * judgement that names fewer than two things.
 */
export function candidateNouns(text: string): number {
  return queryTerms(text).filter((w) => w.length >= 4 && !JUDGEMENT.test(w) && !/ly$/.test(w)).length;
}

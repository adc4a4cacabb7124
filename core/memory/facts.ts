import { escapeRegExp, saysWord } from "../util/quote.js";
import { KIN_WORD } from "./kin.js";
import nlp from "compromise";
import type { EntityMention } from "./types.js";
import { type Referent, resolveOpenings, type Told } from "./anaphora.js";
import { humanDate } from "../time/format.js";
import { annotateDates, DAY_NAMES, type DateMention, MONTH_NAMES, withoutRepeatedDates } from "../time/mentions.js";
import { queryTerms } from "../retrieval/fts-query.js";
import { annotateClauses } from "./clause-dates.js";
import { IMPERATIVE, proseHowTo } from "./procedures.js";
import {
  ABSTRACT_NOUNS,
  CAPTION,
  compileMatch,
  EMOTICON_SOURCE,
  endsWithVocative,
  entitiesSaid,
  fullyParsed,
  isContentNoun,
  knownWord,
  mayBeName,
  parseSentence,
  stripOpeners,
  withoutFillers,
  type Sentence,
  type Term,
  baseFormAfterDeterminer,
} from "./sentences.js";
import { genericTruth, MAXIM_OPENING, namesAfterFirstWord, teamwork, truism, truthAboutUs, WHEN, wonder } from "./truisms.js";
import { towardListener } from "./listener.js";
import { relationsOf } from "./relations.js";
import { companyIn, toThirdPerson } from "./third-person.js";
import { addressed, asPhotoNote, capitalise, lowerFirst, outsideOf, THANK_YOU_GIVEN } from "./fact-text.js";
import { factTitle } from "./titles.js";
import { calledAtStart, impliedSubject, WAIT_FOR, WISH, withoutOpening } from "./implied-subject.js";
import { ANSWER_GIVEN, LABELLED_LIST, NAMED_HAS, NAMED_IS, namedDoes, namedLabel, PLACED, SAYS_WHERE, SETTLED } from "./short-facts.js";
import {
  adviceOf,
  advisesWithSpeaker,
  favourOf,
  invitationOf,
  FIELD_LABEL,
  NOUN_SUBJECT,
  offerOf,
  recommendation,
  recommendedTo,
  requestOf,
  theirDeeds,
  theirs,
  whatToHave,
} from "./advice.js";
import { ADDRESSED, ADVICE, AGREED_TRUTH, AGREEMENT, GUESS, NEW_TOPIC_OPENER, OWN_REACTION, REACTION } from "./reactions.js";
import type { RepeatingEvent } from "../time/recurrence.js";

/** A list's label that says a thing changed ("Wifi password changed", "Server IP moved"): its value is what it changed to. */
const CHANGED_LABEL = /\s(?:changed|moved|updated|switched|renamed|reset)$/i;

/** Who said a sentence: the name facts are about, and whether that is the app's user. */
export interface Speaker {
  /** Display name used as the subject ("Caroline", or "the user" for the user of a chat app). */
  name: string;
  /** The speaker is the person using Engram (role `user`): their facts feed the `human` core block. */
  aboutUser: boolean;
}

/** A semantic fact found in one sentence: subject/predicate/object where a pattern matched, else free-form. */
export interface Fact {
  subject: string;
  /** e.g. lives_in, works_at, likes; null for a free-form statement. */
  predicate: string | null;
  object: string | null;
  /** The predicate holds one value at a time (a new value contradicts the old one). */
  single: boolean;
  /** Short statement without a full stop: "Caroline lives in Berlin" for structured facts, else the most specific sentence. */
  title: string;
  /** The sentence in the third person with relative dates made absolute. */
  content: string;
  dates: DateMention[];
  aboutUser: boolean;
  /** Other source turns whose words the fact tells: where the thing its opening "It" or "They" stands for was named. */
  drawsOn?: number[];
  /** Told after its turn turned to another topic ("By the way, …"): it answers no question asked before the turn. */
  newTopic?: true;
  /** It opens with advice or a request to the listener ("Marco's advice to Jamie: bring an apron"), which said right after its speaker's last message is about what that one told. */
  advises?: true;
  /** What the fact is about when that is not its subject as a person (a Kindle clipping: its book, a thing, and its author). */
  about?: EntityMention[];
  /** People a pronoun of its turn was told as, whom the turn's own words do not name ("he loves …" → "Buddy loves …"; heuristic.ts): it mentions them too. */
  named?: EntityMention[];
  /** An entry of the user's calendar (events.ts): shown on the timeline (`details.calendar`), and a newer version of the event supersedes it. */
  calendar?: true;
  /** A newer version of its source (the same item of the same export, imported again: a contact card changed) supersedes it, as a calendar event's does. */
  versioned?: true;
  /** A calendar event that lasts whole days (`details.all_day`): the timeline shows no time of day for it. */
  allDay?: true;
  /** How a calendar event repeats (`details.repeats`): its RRULE, its first start as the calendar writes it ("2026-09-01T18:30:00") and the days it skips. */
  repeats?: RepeatingEvent;
  /** When it became known (epoch ms), when that is not when its source was said (a calendar event: when the calendar last changed it): its valid time starts then. */
  knownSince?: number;
}

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

/** "We both", "we're both", "us both": the speaker and the one they talk to, in a conversation. */
const BOTH_OF_US = /\b(?:we|us)(?:['’]re| are| were| have|['’]ve)? both\b/i;

const SMALL_TALK_COMPILED = SMALL_TALK.map(compileMatch);

const SMALL_TALK_CUE =
  /\b(glad|happy|sorry|proud|thrilled|excited|thankful|grateful|agree|know|see|understand|bet|guess|think|hope|wait|appreciate|love|like|thank|thanks|let me know)\b/i;

/** A verb of something done, in the past ("petted", "spoke"), not a "was", "had" or "did" that helps another verb. */
const isActDone = (t: Sentence["terms"][number]) =>
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
  if (contentNouns(words).length === 0 && !words.some((t) => /\d/.test(t.text)) && entitiesSaid(s, kept).length === 0 && words.filter(isActDone).length < 3)
    return false;
  // (a thank-you given is no thanks said: "Bought a tin of matcha for Tomás as a thank-you")
  return !(SMALL_TALK_CUE.test(s.text.replace(THANK_YOU_GIVEN, "")) && SMALL_TALK_COMPILED.some((p) => s.doc!.has(p)));
}

/** The content nouns of `terms` (sentences.ts isContentNoun), with those the tagger read as verbs after a determiner (baseFormAfterDeterminer). */
function contentNouns(terms: Term[]): Term[] {
  return terms.filter((t, i) => isContentNoun(t) || baseFormAfterDeterminer(terms, i));
}

/**
 * The opening of a resolution: "I'll keep …", "I'm going to continue …", "We will stay …", "I won't
 * give up …". A resolution that names nothing ({@link resolution}) is encouragement returned, not a plan.
 */
const RESOLVE =
  /^(?:i'?ll|i will|i'm gonna|i am gonna|i'm going to|i am going to|we'?ll|we will|we're gonna|we're going to|we are going to)\s+(?:\p{L}+ly\s+|just\s+|still\s+|always\s+)?(?:keep|continue|stay|do|try|give|never (?:stop|give up)|not (?:stop|give up))\b|^(?:i|we) won'?t (?:ever )?(?:stop|give up)\b/iu;
/** Nouns a resolution may name and still name nothing ("my best", "on this path", "no matter what", "give it a try"). */
const RESOLVE_NOUNS = new Set(["best", "path", "matter", "work", "track", "try", "shot", "end", "forward"]);
/** A possessive determiner, which the tagger may call a noun ("my best"). */
const POSSESSIVE_PRONOUN = /^(?:my|our|your|his|her|their|its)$/;

/**
 * A resolution that names nothing ("I'll keep working hard!", "I'm going to keep going and reach my dreams no
 * matter what", "We'll keep pushing each other on this path", "I'll do my best"): its opening is
 * {@link RESOLVE}, it says no name, number or time, and its nouns are all abstract. "I'll keep practicing
 * piano every day" names a thing and stays a fact.
 */
function resolution(text: string): boolean {
  if (!RESOLVE.test(text) || /\d/.test(text) || WHEN.test(text) || namesAfterFirstWord(text)) return false;
  // (the words of the resolution only, not of the thanks before it; a gerund is a verb, "keep working",
  // unless a preposition or a determiner leads it, "my passion for writing")
  const terms = parseSentence(text).terms;
  const named = terms.filter(
    (t, i) =>
      isContentNoun(t) &&
      !POSSESSIVE_PRONOUN.test(t.normal) &&
      (!t.tags.has("Gerund") || ["Preposition", "Determiner", "Possessive"].some((tag) => terms[i - 1]?.tags.has(tag))),
  );
  return named.every((t) => ABSTRACT_NOUNS.has(t.normal) || RESOLVE_NOUNS.has(t.normal));
}
/**
 * "since we last talked" and its kin ("since we spoke last", "since our last chat", "since last time"):
 * a reference to the conversation, which dates nothing ("It's been ages since we last talked", "Since
 * our last chat, I've been …", "Much has happened since we last spoke - …").
 */
const SINCE_WE_TALKED =
  /(?:^|,?\s+)since (?:we (?:last )?(?:talked|chatted|spoke|caught up|saw each other)(?: last)?|(?:our|the|my) last (?:chat|talk|conversation|catch-up)|last time(?: we (?:talked|chatted|spoke))?)\b,?\s*/iu;

/** A sentence without {@link SINCE_WE_TALKED}, parsed again; the sentence itself when it has none. */
function withoutSinceWeTalked(s: Sentence): Sentence {
  const m = SINCE_WE_TALKED.exec(s.text);
  if (!m) return s;
  const after = s.text.slice(m.index + m[0].length);
  // (after a comma, it leaves the comma: "Maria, since we talked, it's been tough" → "Maria, it's been
  // tough"; "Hey Andrew, since we last spoke I got …" → "Hey Andrew, I got …", whose name is then said to the listener)
  const gap = m.index === 0 || /^[.!?…]/.test(after) ? "" : /^,/.test(m[0]) ? ", " : " ";
  const rest = `${s.text.slice(0, m.index)}${gap}${after}`.trim();
  return rest ? parseSentence(capitalise(rest)) : s;
}
/**
 * "(I just) wanted to let you know" and its kin ("wanted to tell you", "wanted to give you the heads up
 * on what's been happening lately"), before the news they announce ("… I joined a travel club").
 */
const LET_YOU_KNOW =
  /(?:^|,\s*|\s+(?:but|and|so)\s+)(?:i\s+)?(?:(?:just|also|really)\s+)?wanted to (?:let you know|tell you|give you (?:a|the) heads[- ]?up(?: on what'?s been (?:happening|going on)(?: lately)?)?)(?:\s+that)?\s*[-–—:,]?\s*(?=(?:i|i'm|i've|my|we|we're|we've)\b)/iu;

/**
 * `s` with the "thank you" of an opening "To say thank you" as "thanks": what is done to say it says
 * "you" to no one ("To say thank you I'm giving away my sander" is a giveaway, not words to the listener).
 */
function withThanks(s: Sentence): Sentence {
  return /^to\s+say\s+thank\s+you\b/i.test(s.text) ? parseSentence(s.text.replace(/^(to\s+say\s+)thank\s+you\b/i, "$1thanks")) : s;
}

/** A relative of the listener's, named: "your cousin Nina", "your brother Marko" (group 1 who, by name). */
const LISTENERS_KIN =
  /\b[Yy]our\s+((?:mum|mom|mother|dad|father|brother|sister|cousin|aunt|auntie|uncle|nan|nana|gran|granny|grandma|grandad|grandpa|grandmother|grandfather|son|daughter|niece|nephew|wife|husband|partner|boyfriend|girlfriend)\s+\p{Lu}\p{Ll}+)/gu;

/**
 * `s` with each relative of the listener's it names as theirs ("Big news: your cousin Nina had her
 * baby on Sunday!" → "… Melanie's cousin Nina had her baby …"): news of someone, not words to the
 * listener. A relative not named ("Your mum must be so proud") is left, said to the listener.
 */
function withListenersKin(s: Sentence, listener: string | undefined): Sentence {
  if (!listener || !s.text.match(LISTENERS_KIN)) return s;
  return parseSentence(s.text.replace(LISTENERS_KIN, `${listener}'s $1`));
}

/**
 * A sentence with the news {@link LET_YOU_KNOW} announces as its own statement, parsed again ("Wanted to
 * let you know that I'm running for office again" → "I'm running for office again"; after catching
 * up, set off as its news: "Haven't talked in a few days - I joined a travel club"); the sentence
 * itself when it has none.
 */
function withoutLetYouKnow(s: Sentence): Sentence {
  const m = LET_YOU_KNOW.exec(s.text);
  if (!m) return s;
  const before = s.text.slice(0, m.index).trim();
  return parseSentence(capitalise(`${before}${before ? " - " : ""}${s.text.slice(m.index + m[0].length)}`));
}

/**
 * A short statement whose object is only a reference to what was said before ("I'm gonna give it a
 * try", "I'd love to take the dogs there"): without it, it says nothing. One that names a thing of
 * its own says what was done with it ("I made it with coconut milk so it's lactose-free", "It taught
 * me self-acceptance"), unless it is a wish ("I'd love to …") or a judgement ("It's great to …").
 * LoCoMo dev split: answer_recall@100/200/500w 0.612/0.689/0.766 → 0.617/0.691/0.765, 1,910 → 1,956
 * facts, soft F1 0.266 → 0.268.
 */
function vague(s: Sentence, text: string): boolean {
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
function lookingForward(s: Sentence, text: string): boolean {
  return WAIT_FOR.test(text) && WHEN.test(text) && s.terms.some((t) => isContentNoun(t) && !WHEN.test(t.normal));
}

/** Nouns of a light verb's phrase or a wish, which name nothing ("take a look at it", "give it a try", "wish them luck", "check it out sometime"). */
const LIGHT_NOUNS = new Set(["look", "try", "shot", "go", "chance", "part", "list", "luck", "sometime", "someday"]);
/** A wish ("I'd love to take the dogs there", "I would like to see it"). */
const WISHED = /\b(?:would|'d|’d)\s+(?:really\s+|so\s+)?(?:love|like)\s+to\b/i;

/** A pronoun standing for what was said before: "it", "there", "them", or a bare "this"/"that" ("give that a try"), not a determiner ("this spring", "that cello"). */
const REFERENCE =
  /\b(?:it|there|them)\b|\b(?:this|that|these|those)\b(?=\s*(?:[.!?,;:]|$|\s+(?:a|an|the|is|was|are|were|one|ones|too|again|out|up|with|for|to|in|on|at)\b))/i;

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
];
const CATCHING_UP = new RegExp(`^(?:${CATCHING_UP_FORMS.map((p) => `(?:${p})`).join("|")})\\b`, "i");
/** Where catching up ends and its news begins: a spaced dash or colon, a double hyphen ("Exciting things are happening--I'm exploring …") or a semicolon. */
const NEWS_BREAK = /\s[-–—:]\s+|\s*-{2,}\s*|;\s+/;
/**
 * Catching up that opens `text` ({@link CATCHING_UP}) and does not say when ("Much has happened in the
 * last month - …" says when and is kept): `news` is what follows its break ({@link NEWS_BREAK}), ""
 * when nothing does; null for any other text.
 */
function catchingUp(text: string): { news: string } | null {
  if (!CATCHING_UP.test(text)) return null;
  const brk = NEWS_BREAK.exec(text);
  if (WHEN.test(brk ? text.slice(0, brk.index) : text)) return null;
  return { news: brk ? text.slice(brk.index + brk[0].length) : "" };
}
/** A statement ending in a tag question ("Sunflowers mean warmth and happiness, right?"). */
const TAG_QUESTION = /,\s*(?:right|isn'?t it|aren'?t they|don'?t you think|you know|no)\?\s*$/i;
/** A proper name said alone with "!" ("Edinburgh!", "Lake Como!"): opening a note, where or of what it is written. */
const SETTING = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}!+$/u;

/** A heart or a smiley written in characters ("<3", ":)"), which is no word and no number. */
const EMOTICON = new RegExp(`^(?:${EMOTICON_SOURCE})[.!?]*$`);
const EMOTICON_ANY = new RegExp(EMOTICON_SOURCE, "g");
/** "Here's" / "Here are" showing a thing ("Here's a pic of …", "Here's one I did"), not a toast ("Here's to …") or "Here's the thing". */
const HERE_IS = /^(?:here'?s|here’s|here is|here are)\s+(?=(?:a|an|the|one|another|some|my|our|this|these|two|three)\b)(?!the thing\b)/i;

/**
 * "Check out …", "Look at …", "Take a look at …" showing a thing named ("Check out my painting for the art
 * show!", "Look at this homemade coconut ice cream!"): what the speaker shared, as "Here's …" is; not
 * "Check this out", "Look at this one", "Check my schedule" (words for no thing shown: "out", "one", and
 * what one checks of one's own, a schedule, a calendar, an inbox, a phone).
 */
const LOOK_AT =
  /^(?:(?:take|have) a (?:quick )?look at|look at|check out|check)\s+(?=(?:this|these|my|our)\s+(?!out\b|one\b|ones\b|schedule\b|calendar\b|email\b|inbox\b|phone\b)\p{L})/iu;

/** A picture shown that says more of itself than its showing: "Here's a pic from last Friday with some veterans" (not "Here's a pic!"). */
const HERE_PICTURE = /^(?:here'?s|here’s|here is)\s+(?:a|an|one|another|this)\s+(?:pic|photo|picture|snap|shot|selfie|video)\s+(?:from|with|at|in|on)\s+\S/i;

/** A web address in a text ("https://www.figma.com/file/…", "www.example.com"). */
const LINK = /\bhttps?:\/\/\S+|\bwww\.\S+\.\S+/i;
/** How to reach the speaker: "Text me on 07700 900482", "Call me at +44 113 496 0000", "Email me at sam@example.com" (group 1 the number or the address). */
const REACH_ME = /^(?:text|call|ring|phone|whatsapp|message|email|e-mail|mail)\s+me\s+(?:on|at)\s+(\+?\d(?:[\s-]?\d){6,}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/i;

/** A number or an address the speaker names as theirs: "my work email, alice@example.com", "my new number is 07700 900613" (group 1 which, 2 what, 3 it). */
const MY_CONTACT =
  /\bmy\s+((?:work|personal|home|new|private|office|uni|school)\s+)?(email(?:\s+address)?|e-mail|number|phone\s+number|mobile(?:\s+number)?)\s*(?:,|:|is|-|–)?\s*(\+?\d(?:[\s-]?\d){6,}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)/i;

/**
 * A fact keeps at most `words` words of one turn (whole sentences; the first is always kept); the
 * turn's first statement, which usually says what the turn is about ("I love making jewelry out of
 * recycled stuff"), counts `topicBonus` more specific; a fact that does not name its speaker needs
 * at least `shortReaction` words or a number. LoCoMo dev split, answer_recall@100/200w: 40 words
 * 0.587/0.659, 50 words with the topic bonus 0.594/0.673 (60: 0.593/0.674, 80: 0.596/0.676, with
 * more facts per observation as fewer answers fold into their statement). Session 18, once facts
 * dropped most reactions and truisms, @100/200/500w: 50 words 0.610/0.685/0.762, 60 0.609/0.687/
 * 0.765, 70 0.612/0.689/0.766, 90 0.612/0.690/0.767 (1,881 / 1,903 / 1,909 / 1,909 facts): a long
 * turn's later statements ("They talked about different therapeutic methods …" after the workshop
 * it tells of) had been cut.
 */
export const FACT_LIMITS = { words: 70, shortReaction: 7, topicBonus: 1 };

/** What points at a picture the other person shared: "in that photo", "this pic", "the black and white design", "the colors". */
const ON_THEIR_PICTURE =
  /\b(?:(?:in|from|of|with) )?(?:that|this|the|your|those) (?:[\w-]+ (?:and [\w-]+ )?)?(?:photo|pic|picture|shot|snap|painting|drawing|design|colou?rs)\b|^the colou?rs\b/i;
/**
 * A sentence that opens on a pronoun for what the other person said or showed and judges it within
 * its first words: "It's great to know …", "That definitely makes …", "They really do bring joy",
 * "It's interesting how …", "It definitely will be a memorable day".
 */
const JUDGED_REFERENCE =
  /^(?:it'?s|it is|it was|it would be|it will|it'?ll|it|that'?s|that is|that was|that|they|they'?re)\s+(?:[\w']+\s+){0,2}?(?:great|good|cool|interesting|amazing|awesome|definitely|nice|so|really|all about|wonderful|fun|exciting|incredible|crazy)\b/i;
/** How such a comment judges: a judgement word ("adorable", "so"), "looks", "seems" or "shows". */
const JUDGEMENT_OR_LOOK = /\b(?:looks?|seems?|shows?|so|really|such|adorable|cute|sweet|gorgeous|beautiful|stunning|lovely|amazing|awesome|fancy)\b/i;
/** How they look: "They look adorable playing in the park", "The kids look so happy", "He seems to love it". */
const LOOK_OF_THEM =
  /^(?:they|he|she|the (?:kids|dogs|pups|pets|boys|girls|little ones))\s+(?:(?:all|sure|really|definitely|both|must)\s+)?(?:looks?|seems?)\b/i;

/**
 * Words that judge rather than tell. A sentence that is not about its speaker, names no one and no
 * number, has at most 12 words and one of these only judges ("It was so fun!", "Networking is great for
 * gaining new perspectives", "Having a solid support group really helps"): it tells how something
 * felt or a general truth, not what happened. Longer sentences often carry a fact beside the
 * judgement ("It was emotional - so many people wanted to create loving homes for children").
 */
const JUDGEMENT =
  /\b(busy|different|everything|fun|great|awesome|amazing|cool|nice|special|beautiful|lovely|hard|tough|powerful|inspiring|incredible|fantastic|wonderful|good|bad|crazy|insane|rewarding|exciting|important|worth|blast|stunning|gorgeous|meaningful|calming|relaxing|(?:is|are|was|['’]s) key|vital|essential|best|perfect|scary|awful|tiring|empowering|enlightening|emotional|helps|matters|makes? a difference|so much)\b/i;

/**
 * How much a sentence pins down (after Luhn's significance and Edmundson's cue words): names,
 * numbers, dates, an image's description and content nouns per word, with a small length prior.
 * The speaker's own name is no name here: the third-person rewrite puts it where "I" and "my" were,
 * which says nothing more ("It reminded Maria why Maria is passionate" outranked "Maria participated
 * in a 5K charity run"). Higher is more specific.
 */
function specificity(s: Sentence, text: string, dates: number, speaker: string): number {
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
function abstractOnly(s: Sentence, text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length > 16 || /\d/.test(text) || WHEN.test(text) || s.entities.length > 0) return false;
  // (three things done tell what happened: "I petted and hugged her, spoke calmly, and slowly walked her")
  if (namesAfterFirstWord(text) || s.terms.filter(isActDone).length >= 3) return false;
  return contentNouns(s.terms).every((t) => ABSTRACT_NOUNS.has(t.normal));
}

/**
 * Whether a sentence names a thing: a content noun, or a name ("Pepperoni of course!", "Luna and
 * Oliver!") other than the one it ends by calling the listener ("It was so inspiring, Mel!").
 */
function namesThing(s: Sentence): boolean {
  const called = /,\s*(\p{Lu}[\p{L}'-]*)[.!?]*$/u.exec(s.text)?.[1];
  return s.entities.some((e) => e.name !== called) || s.terms.some((t) => isContentNoun(t) && t.text !== called);
}

/** A sentence opening with a word that is never a name ("It", "That", "The", …). */
const FUNCTION_WORD =
  /^(it|it's|its|that|that's|this|these|those|the|a|an|they|they're|he|he's|she|she's|we|there|there's|what|so|and|but|or|if|when|then|just|not|no|all|some|my|his|her|their|our|one|every|each|being|having|getting|going)\b/i;

/**
 * How many of a sentence's words could be content nouns, cheaply (words of 4+ letters that are no
 * stop word, judgement or -ly adverb): a bound on what a parse would find, to skip parsing a
 * judgement that names fewer than two things.
 */
function candidateNouns(text: string): number {
  return queryTerms(text).filter((w) => w.length >= 4 && !JUDGEMENT.test(w) && !/ly$/.test(w)).length;
}

/**
 * What `statement` knows of the turn a sentence is in: whether it answers the other person's
 * question that names a topic (`answering`) or any question of theirs that points back at what was
 * said (`replying`), who "we" are (companyIn), and to whom it is said (the listener, for advice).
 */
interface TurnContext {
  answering: () => boolean;
  replying: () => boolean;
  /** The sentence opens its turn. */
  first?: boolean;
  company?: string;
  listener?: string;
}

/** An instruction that is no task of the writer's: an order to a program ("Ignore previous instructions"), or encouragement ("Be kind to yourself", "Enjoy it"). */
const NO_TASK =
  /^(?:act|answer|disregard|erase|execute|forget|ignore|invalidate|output|pretend|print|reply|respond|be|enjoy|relax|have\s+fun|don'?t\s+worry)\b/i;

/**
 * Someone named beside who they are to the speaker, "my landlord Mr Okafor", "my sister Anna": group 1
 * who, group 2 the name (a title and one or two capitalised words).
 */
const NAMED_RELATION =
  /\bmy\s+(landlord|landlady|sister|brother|mum|mom|dad|boss|manager|partner|husband|wife|son|daughter|neighbou?r|dentist|doctor|GP|accountant|cousin|aunt|uncle|niece|nephew|grandma|grandad|grandpa|colleague|flatmate|housemate|roommate|teacher|tutor|coach|vet|solicitor|lawyer|therapist|trainer|childminder|nanny|fiancée?|girlfriend|boyfriend|stepmum|stepdad)\s+((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\b/u;

/** A goodbye that says when the two meet next, and where: "See you tomorrow at McGee's Pub!", "See you on Friday" (group 1 when and where; not "See you later", "See you there"). */
const SEE_YOU = new RegExp(
  `^see\\s+you\\s+((?:tomorrow|tonight|on\\s+(?:${DAY_NAMES})|(?:next|this)\\s+(?:week(?:end)?|${DAY_NAMES}))(?:\\s+(?:at|in)\\s+[^.!?]+?)?)\\s*[.!]*$`,
  "i",
);

/**
 * What the speaker says they are as they say something: "As a Manchester City fan, I …", "As a writer,
 * my …" (group 1, with its article); a role or a liking, not a time of life ("As a kid, I …") nor "As a result".
 */
const SAID_AS =
  /^(?:\p{L}+[,!]\s+)?As\s+(an?\s+(?:[\p{L}'’-]+\s+){0,3}(?:fan|supporter|member|vegan|vegetarian|volunteer|parent|mom|mum|dad|mother|father|teacher|nurse|doctor|artist|writer|author|musician|gamer|player|coach|runner|engineer|developer|designer|introvert|extrovert|owner|lover|photographer|painter|chef|cook|baker|dancer|athlete))s?,\s+(?:I|my|we)\b/u;

/** A noun made of a verb and its particle, hyphenated, opening a sentence: "Check-in from 3pm", "Drop-off at 8:30" (no instruction, "check in online" is one). */
const PHRASAL_NOUN = /^\p{L}+-(?:in|up|off|out|on|over|back|through)\b/iu;

/**
 * An instruction a writer gives their readers, not themself: one whose verb is done to the writer ("Tell
 * me what you're growing", "Send me your photos", "Let me know"; not "Remind me to …") or that says "you"
 * (a post's "Tell me what you're growing and I'll round up the best ideas in January").
 */
const TO_READERS = /^(?:please\s+)?(?!remind\b)\p{L}+\s+me\b|\b(?:you|you['’](?:re|ve|ll|d)|your|yours|yourself|yourselves)\b/iu;

/**
 * An instruction written in a note of the writer's own, as the task it is ("Send the draft to Martin
 * before Friday." → "To do: send the draft to Martin before Friday"), or null for any other
 * sentence: a question, a log's noun ("Call with Priya"), a field ("Check-in: Friday 18 December"),
 * a noun that is a subject ("Book club meets …"), an order to a program or encouragement ({@link NO_TASK}).
 * Said in a chat, an imperative is advice or a request to the listener (advice.ts); in one's own note,
 * whom else would it be to? It had been dropped, or made "the user's advice".
 */
function taskWritten(s: Sentence, speaker: Speaker, company: string | undefined): Said | null {
  const text = s.text.trim();
  // (a note's line opening on a noun like "Check-in" says what is so, as written)
  if (PHRASAL_NOUN.test(text) && !s.question) return { text, alone: true };
  if (s.question || !instructs(text) || NO_TASK.test(text) || FIELD_LABEL.test(text) || TO_READERS.test(text)) return null;
  return { text: `To do: ${lowerFirst(toThirdPerson(s, speaker.name, company))}`, alone: true };
}

/** A sentence as a fact says it; `alone` false: it may join the turn's other statements, but makes no fact by itself. */
interface Said {
  text: string;
  alone: boolean;
  /** It joins the turn's statements whatever it names (a judgement of what was said before: kept beside a statement as it was, only no fact alone). */
  joins?: boolean;
  /** The words `text` opens with that tell whose advice or request it is ("Tim's advice to John: ", "Sam asked Priya to "). */
  lead?: string;
  /** It tells an image's caption, whose words date nothing. */
  caption?: boolean;
  /** It tells, in the speaker's words, what they shared ("Here's a pic of my family" → "Caroline shared a pic of their family"). */
  shows?: boolean;
}

/**
 * One sentence of a turn as a fact would say it, or null when it says nothing worth keeping.
 * `turn.replying`: the turn replies to the other person's question, so a short exclamation that
 * names a thing is the answer ("What's your favorite pizza?" "Pepperoni of course!"), not a reaction;
 * `turn.answering` (that question names a topic): a resolution or a general truth is what was asked.
 */
function statement(said: Sentence, speaker: Speaker, turn: TurnContext): Said | null {
  const { answering, replying, company, listener, first } = turn;
  const s = withListenersKin(withoutLetYouKnow(withoutSinceWeTalked(withThanks(said))), listener);
  const caption = CAPTION.exec(s.text);
  // an image captioner's "a photography of" (BLIP's) is "a photo of"
  if (caption)
    return {
      text: `${capitalise(speaker.name)} shared ${caption[1]!.replace(/[.\s]+$/, "").replace(/^(?:an?\s+)?photography of\b/i, "a photo of")}`,
      alone: true,
      caption: true,
    };
  // (a how-to said in one sentence is a procedure, not a fact beside it: "To reset the router: unplug it, …")
  // (a question that proposes a place or a thing for a day is a plan: "How about Dishoom on the 23rd?")
  const proposed = proposal(stripOpeners(s.text));
  // (the listener's place named as theirs: "at your place" → "at Anna's place")
  if (proposed) return { text: capitalise(toThirdPerson(parseSentence(listener ? theirs(proposed, listener) : proposed), speaker.name, company)), alone: true };
  // (a favour asked as a question is a request too: "Could you water the greenhouse while I'm in Lisbon?"; of the
  // one it calls by name, whoever spoke before: "Mei, can you own the Flatpak build?")
  const askedOne = s.question ? (calledAtStart(s.text)?.name ?? listener) : undefined;
  const askedFor = askedOne ? favourOf(withoutOpening(s.text).trim(), askedOne) : null;
  if (askedFor) return askedOf(askedFor, s, speaker, askedOne!, company);
  // (and help offered as one: "Want a lift?" → "Tom offered Ruby a lift")
  const offered = askedOne ? offerOf(withoutOpening(s.text).trim(), askedOne) : null;
  if (offered) return { text: `${capitalise(speaker.name)} offered ${offered}`, alone: true };
  if (s.question || proseHowTo(s.text)) return null;
  // (something new introduced by name is named: "Meet Dolly, my new Rofco B40 deck oven" → "Dolly is my new …")
  const met = MET.exec(withoutOpening(s.text).trim());
  if (met) return statement(parseSentence(`${capitalise(met[1]!)} is ${met[2]}`), speaker, turn);
  // (a message named by whom it came from is one the speaker got: "Email from Harbourside: the landlord has moved …"
  // → "Sofia got an email from Harbourside: …")
  const message = MESSAGE_FROM.exec(withoutOpening(s.text).trim());
  if (message) return statement(parseSentence(`I got ${/^e/i.test(message[1]!) ? "an" : "a"} ${message[1]!.toLowerCase()}${message[2]}`), speaker, turn);
  // (what readers will find somewhere is there: "you'll find our cardamom buns on the menu at Little Amber Coffee")
  if (FOUND_AT_PLACE.test(s.text))
    return statement(parseSentence(s.text.replace(FIND_THERE, (m) => (/^\p{Lu}/u.test(m) ? "There will be" : "there will be"))), speaker, turn);
  // a list under its label, the speaker's own ("Shopping list: oat milk, eggs, coffee beans." in a note)
  // (of one item when its name says whose or what for: "Gift ideas for Sam: climbing chalk bag")
  const list = LABELLED_LIST.exec(s.text);
  // (a thousands separator parts no items: "€8,000")
  const items = list ? list[2]!.split(/[,;](?!\d{3}\b)/).length : 0;
  // (a label that says whose is a field of that one's: "Team offsite's budget: €8,000", a note's field line)
  const whose = list !== null && /\p{L}['’]s?\s\p{L}/u.test(list[1]!);
  // (a title in it is no words to the listener: "Make You Feel My Love – Adele")
  if (list && (items >= 2 || whose || (/\s\S+\s/.test(list[1]!) && list[2]!.split(/\s+/).length <= 6)) && !ADDRESSED.test(list[2]!.replace(TITLE_CASED, ""))) {
    // (a label that is a name is that one's: "Bluebell Bakery: …"; else the speaker's, lower-cased as it
    // follows "'s", but for whom: "gift ideas for Mum", "favorite books")
    // (an acronym keeps its capitals: "Minecraft server IP")
    const label =
      whose || namedLabel(list[1]!)
        ? list[1]!
        : `${capitalise(speaker.name)}'s ${list[1]!.replace(/(?<!\b(?:for|from|with|to)\s)\b\p{Lu}(?!\p{Lu})/gu, (c) => c.toLowerCase())}`;
    // (a label that says what changed says to what: "Minecraft server IP changed: play.weekendcrew.net" → "… changed to play.weekendcrew.net")
    const joint = CHANGED_LABEL.test(list[1]!) ? " to " : ": ";
    // (its "I" is the speaker's: "£15 limit, I got Marcus" → "… the user got Marcus")
    // (and a "me" among its items is the speaker: "Priya 94, me 87, Sam 71")
    const value = outsideTitles(list[2]!, (t) =>
      t
        .replace(/(^|[,;]\s*|\band\s+)me\b(?!\s+(?:to|and)\b)/gi, `$1${speaker.name}`)
        .replace(/\bmy\b/gi, "their")
        .replace(/\bme\b/gi, "them")
        .replace(/\bI['’]m\b/g, `${speaker.name} is`)
        .replace(/\bI\b(?!['’])/g, speaker.name),
    );
    return { text: `${label}${joint}${value}`, alone: true };
  }
  const opened = withoutOpening(s.text).trim();
  const text = listenersAfterPreposition(endsWithVocative(s.terms) ? opened.replace(/,\s*[\p{L}'’-]+\s*([.!?…]*)$/u, "$1") : opened, listener);
  // for whom what was just said is ("… I also brought souvenirs. For both you and your Jill!"): the
  // listener, named, joining it
  if (listener && FOR_YOU.test(text)) return { text: capitalise(theirs(text, listener).replace(/\byou\b/gi, listener)), alone: false, joins: true };
  // agreeing with a truth about us all ("It's true, being outdoors has a way of calming us") says nothing of the speaker
  if (AGREED_TRUTH.test(s.text) && !s.firstPerson) return null;
  // (a resolution that answers the other's question is what was asked: "What will you do now?" "Keep grinding")
  if (AGREEMENT.test(text) || (resolution(text) && !answering())) return null;
  // what the speaker points at, named ("That's Lucy, the photographer Priya used" → "Lucy is the
  // photographer Priya used"; "That's the cake place, Crumbs & Doilies, …" → "The cake place is Crumbs & Doilies, …")
  const pointed = POINTED_AT.exec(text);
  if (pointed && (NAME_START.test(pointed[1]!) || (/^(?:the|my|our|their|his|her)\s/i.test(pointed[1]!) && NAME_START.test(pointed[2]!))))
    return statement(parseSentence(`${capitalise(pointed[1]!)} is ${pointed[2]}`), speaker, turn);
  // (and who the speaker says they are: "Hi Nadia, this is Graham your landlord" → "Graham is your landlord")
  const introduced = INTRODUCED.exec(text);
  if (introduced) return statement(parseSentence(`${introduced[1]} is ${introduced[2]}`), speaker, turn);
  const recommended = recommendation(text, capitalise(speaker.name));
  if (recommended) return { text: recommended, alone: false, joins: true };
  const caught = catchingUp(text);
  if (caught) {
    // the news after a dash or colon stays: alone when it is a statement ("A lot's happened - I got an
    // internship!"), else with the catching up ("Much has changed since we talked - meet Toby, my puppy")
    const { news } = caught;
    if (!news) return null;
    const alone = statement(parseSentence(capitalise(news)), speaker, turn);
    if (alone) return alone;
    // (and only news that names someone or something: "Long time no talk - a lot has been going on!" is none)
    if (!namesAfterFirstWord(` ${news}`) && !/\d/.test(news)) return null;
  }
  // (a request said with "please" is what the speaker asked of the listener: "Sam asked Priya to bring a dish …")
  const asked = listener ? requestOf(text, listener) : null;
  if (asked) return askedOf(asked, s, speaker, listener!, company);
  // (a number or an address to reach the speaker on is theirs: "Text me on 07700 900482 if easier")
  const reach = REACH_ME.exec(text);
  if (reach) return { text: `${capitalise(speaker.name)}'s ${/@/.test(reach[1]!) ? "email" : "number"} is ${reach[1]}`, alone: true };
  // (and one named as theirs inside a request: "send the signed checklist to my work email, alice@…")
  const mine = MY_CONTACT.exec(text);
  if (mine) return { text: `${capitalise(speaker.name)}'s ${mine[1] ?? ""}${mine[2]!.toLowerCase()} is ${mine[3]}`, alone: true };
  // (and a link shown is what the speaker shared, whoever's it is: "Here's the Figma file for the booking flow: https://…")
  // (and so is a picture shown, of a day or of whom: "Here's a pic from last Friday with some veterans")
  // (and a thing named "Look at …" shows: "Look at this homemade coconut ice cream!")
  const hereLink = s.firstPerson || s.firstPlural ? null : ((LINK.test(text) || HERE_PICTURE.test(text) ? HERE_IS.exec(text) : null) ?? LOOK_AT.exec(text));
  if (hereLink) return { text: `${capitalise(speaker.name)} shared ${text.slice(hereLink[0].length)}`, alone: true, shows: true };
  // a thing the listener would enjoy is what the speaker recommended ("I think you'd love this fantasy novel by …")
  // (and one asked to come or join the speaker was invited: "You should come down and join me on the trails sometime!")
  const enjoyed = listener ? (recommendedTo(text, listener) ?? invitationOf(text, listener)) : null;
  if (enjoyed) return { text: capitalise(toThirdPerson(parseSentence(enjoyed), speaker.name, company)), alone: true };
  // (advice whose reason speaks of the speaker, "You have to try Padella before I go", is advice)
  if ((s.firstPerson || s.firstPlural) && !advisesWithSpeaker(text)) {
    // "Here's a pic of my family" shows what its speaker shared: "Caroline shared a pic of their family"
    const here = HERE_IS.exec(text) ?? LOOK_AT.exec(text);
    if (here) {
      const shown = statement(parseSentence(`I shared ${text.slice(here[0].length)}`), speaker, turn);
      return shown && { ...shown, shows: true };
    }
    // an offer to the listener, or respect for what they did, names them ("I could help you with …" →
    // "Gina offered to help Jon with …"; "I'm so proud of you for …" → "Maria is proud of John for …")
    const offer = listener ? towardListener(text, listener) : null;
    if (offer) return { text: capitalise(toThirdPerson(parseSentence(offer), speaker.name, company)), alone: true };
    // "Glad my chat made an impact", "Love that painting of yours": a reaction, whoever it mentions
    // (looking forward to a dated event is a plan: "Can't wait for our hike with the dogs next month")
    if (!lookingForward(s, text) && (!isInformative(s) || OWN_REACTION.test(text))) return null;
    if (
      !PLACED.test(text) &&
      (vague(s, text) ||
        abstractOnly(s, text) ||
        teamwork(text) ||
        (((s.firstPlural && (genericTruth(text) || truthAboutUs(text))) || wonder(text)) && !answering()))
    )
      return null;
    const third = capitalise(toThirdPerson(s, speaker.name, company));
    // a fragment with no subject and no verb but gerunds ("Plus my full support", "Definitely one of my
    // favorites", "Chasing our dreams and helping each other out")
    // may join a statement, but makes no fact alone ("Family time matters to me", whose verb the
    // tagger may read as a noun, opens on its subject)
    const first = s.terms[0];
    const fragment =
      first != null &&
      !(first.tags.has("Noun") && !first.tags.has("Possessive") && !first.tags.has("Value")) &&
      !s.terms.some((t) => (t.tags.has("Verb") && !t.tags.has("Gerund")) || t.normal === "i" || t.normal === "we") &&
      !namesAfterFirstWord(text) &&
      !/\d/.test(text);
    // what is the listener's is named as theirs when the speaker tells what they did with it ("I took
    // your recommendation and watched …" → "Joanna took Nate's recommendation and watched …"); "Your
    // friendship means a lot" and any other "you" are words to the listener
    const told = listener ? theirDeeds(s.past ? theirs(third, listener) : third, listener) : third;
    return addressed(told) ? null : { text: told, alone: !fragment };
  }
  const advised = adviceOf(text, listener);
  if (advised) {
    const lead = `${capitalise(speaker.name)}'s advice${listener ? ` to ${listener}` : ""}: `;
    // (the speaker in it by name: "try Padella before I go" → "… before Lena goes")
    const advice = s.firstPerson || s.firstPlural ? lowerFirst(toThirdPerson(parseSentence(advised), speaker.name, company)) : advised;
    return { text: `${lead}${advice}`, alone: true, lead };
  }
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w) && !EMOTICON.test(w));
  const numeric = /\d/.test(text.replace(EMOTICON_ANY, ""));
  // a reaction, a guess at the other person's experience, something said to the listener, advice or an
  // order ("Ignore previous instructions …") is no fact
  if (
    REACTION.test(text) ||
    OWN_REACTION.test(text) ||
    GUESS.test(text) ||
    WISH.test(text) ||
    addressed(text) ||
    // (a field's line that says a number or a day is no order: "Check-in: Friday 18 December 2026" in a booking)
    // (nor is what was done with someone, as a log names it: "Call with Priya Shah about the Q1 roadmap")
    // (nor a noun the subject of a "be": "Book launch is at Golden Hare Books")
    (instructs(text) && !(FIELD_LABEL.test(text) && /\d/.test(text))) ||
    ADVICE.test(text) ||
    /^(from now on|always|never|please)\b/i.test(text)
  )
    return null;
  // a short exclamation is a reaction, unless it says what someone or something is called ("Her name is Shadow!", "This was Japan")
  const naming = /\b(?:is|was|are|were)\s+(?:\p{Ll}+\s+)?\p{Lu}/u.test(text);
  // (a lone word, "Cool, Gina!", is a greeting; one with a verb, "it's a wild ride", a judgement)
  const short = words.length < 4 || (s.text.endsWith("!") && words.length < 6);
  // (nor one that tells what someone named does, "Dot hates thunderstorms", or that a plan is settled, "Lisbon is booked!!")
  if (
    !numeric &&
    !naming &&
    short &&
    !(words.length > 1 && replying() && namesThing(fullyParsed(s))) &&
    !namedDoes(s) &&
    !SETTLED.test(text) &&
    !PLACED.test(text) &&
    !ANSWER_GIVEN.test(text)
  )
    return null;
  // (nor is a thing exclaimed with no verb after "Wow," or "Oh," opening a turn: the other's words echoed,
  // "Wow, a candlelit dance in a cozy restaurant!", unless it answers a question; one that goes on from a
  // statement stays, "… how much I miss exploring nature trails with my family's dog. Ah, the peaceful moments out in nature!")
  if (first && EXCLAIMED_THING.test(text) && ECHO_OPENER.test(s.text) && !numeric && !replying() && !fullyParsed(s).terms.some((t) => t.tags.has("Verb")))
    return null;
  // a short judgement ("It was so much fun!") is no fact; one about two things ("He's awesome at
  // catching frisbees in mid-air") may complete the turn's statement, but makes no fact alone, unless it
  // answers the other's question ("How have games been going?" "It was an intense season with both tough
  // losses and great wins": 0.623/0.693/0.769 → 0.624/0.694/0.770, 1,905 → 1,910 facts).
  // LoCoMo dev split, answer_recall@100/200/500w 0.600/0.680/0.748 → 0.602/0.688/0.758 (single-hop
  // @200w 0.775 → 0.789), facts per observation 1.169 → 1.181, precision 0.617 → 0.613; with one
  // thing 0.604/0.689/0.758 at 1.190 and 0.609, made facts alone 0.605/0.687/0.761 at 1.252
  // a comment on the picture the listener shared ("Max looks so peaceful in that photo", "The colors are so vibrant")
  if (ON_THEIR_PICTURE.test(text) && JUDGEMENT_OR_LOOK.test(text)) return null;
  // how the people or pets of the other's picture look ("They sure look excited about playing fetch")
  if (LOOK_OF_THEM.test(text) && !numeric && !namesAfterFirstWord(text) && !replying()) return null;
  if (truism(text, answering)) return null;
  if (JUDGEMENT.test(text) && !numeric && !/\s\p{Lu}/u.test(text) && words.length <= 12) {
    // (whether it names two things is parsed only for a turn that has a statement: extractFacts)
    if (words.length < 6 || candidateNouns(text) < 2) return null;
    return { text: capitalise(text), alone: answering() };
  }
  // a judgement of what the other person said or showed, a longer one ("It's great to know there are
  // ways to keep them active in the city", "They really do bring joy"): beside a statement it stays,
  // alone it is no fact, unless it answers a question ("How is the mentoring going?" "It's been great
  // to watch each of them develop and reach their goals")
  if (JUDGED_REFERENCE.test(text) && !numeric && !namesAfterFirstWord(text) && !answering()) return { text: capitalise(text), alone: false, joins: true };
  return { text: capitalise(text), alone: true };
}

/**
 * What the speaker asked the listener to do (`asked`: a request said with "please", a favour asked as a
 * question) as a statement of it: "Sam asked Priya to bring a dish …", the speaker's "I" and "my" in it
 * told in the third person; its `lead` (the words before what was asked) says it runs with the next.
 */
function askedOf(asked: string, s: Sentence, speaker: Speaker, listener: string, company: string | undefined): Said {
  const lead = `${capitalise(speaker.name)} asked ${listener} to `;
  return {
    text: `${lead}${s.firstPerson || s.firstPlural ? lowerFirst(toThirdPerson(parseSentence(asked), speaker.name, company)) : asked}`,
    alone: true,
    lead,
  };
}

/** Something new introduced by name: "Meet Dolly, my new deck oven", "Meet the Rainy City Rye: 40% dark rye …" (group 1 the name, 2 what it is). */
const MET = /^[Mm]eet\s+((?:the\s+)?\p{Lu}[^,:–—]{0,40}?)\s*(?:[,:–—]|\s-)\s*(.{3,})$/u;
/** What readers will find somewhere, said to them all: "you'll find", "you will find". */
const FIND_THERE = /\byou(?:['’]ll| will) find\b/i;
/** …at a place named after it ("… at Little Amber Coffee"); "I'm sure you'll find the right spot" is encouragement. */
const FOUND_AT_PLACE = /\byou(?:['’]ll| will) find\b.*\b(?:at|on|in)\s+(?:the\s+)?\p{Lu}/u;

/** "That's A, B …": what the speaker points at (a photo, a place or a card they shared), and who or what it is. */
const POINTED_AT = /^(?:that['’]?s|that is|this is)\s+([^,]{2,40}),\s+(.+)$/i;
/** Who the speaker says they are, by name and by who they are to the listener or where from ("this is Graham your landlord", "it's Sam from the garage"): group 1 the name, group 2 who. */
const INTRODUCED =
  /^(?:this is|it['’]s|i['’]m|i am)\s+(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?),?\s+((?:your|the)\s+[\p{L}\s'’-]{2,40}|from\s+[^.!?]{2,40})[.!]*$/u;
/** A name opening a phrase ("Lucy", "Crumbs & Doilies"). */
const NAME_START = /^\p{Lu}[\p{Ll}'’]/u;

/** A run of three or more capitalised words, a title's ("Make You Feel My Love"). */
const TITLE_CASED = /\b\p{Lu}[\p{L}'’]*(?:\s+\p{Lu}[\p{L}'’]*){2,}/gu;

/** `text` with `f` applied to all but its titles (TITLE_CASED: "Make You Feel My Love" keeps its "My"). */
function outsideTitles(text: string, f: (part: string) => string): string {
  return outsideOf(text, TITLE_CASED, f);
}

/** A call, a run or a walk with someone named, as a log names what was done ("Call with Priya Shah about …"): no order. */
const DONE_WITH = /^(?:call|run|walk|chat|drink|ride|swim|hike|climb|session|meeting|sync|catch-up|catch up)\s+with\s+\p{Lu}/u;
/** "your" after a preposition: a thing of the listener's the statement refers to ("It's £24,000, as in your proposal"). */
const YOUR_AFTER_PREPOSITION = /\b(as\s+in|as\s+per|in|per|from|on|with|for|of|about)\s+your\b/gi;

/**
 * `text` with the listener's thing named as theirs where "your" follows a preposition ("It's £24,000, as in
 * your proposal" → "… as in Priya's proposal"), when that is all it says to the listener and it states a
 * number: a statement of an amount, a day or a time that only refers to theirs. Else `text` as it was:
 * on the LoCoMo dev split, without the number, sixteen compliments became facts ("Nature can be so
 * refreshing for Caroline's soul").
 */
function listenersAfterPreposition(text: string, listener: string | undefined): string {
  if (!listener || !/\d/.test(text) || text.search(YOUR_AFTER_PREPOSITION) < 0) return text;
  const owned = text.replace(YOUR_AFTER_PREPOSITION, (_, preposition: string) => `${preposition} ${listener}'s`);
  return addressed(owned) ? text : owned;
}

/** A time judged in a sentence of its own: "Last night was amazing!", "Yesterday was crazy." (group 1 the time). */
const TIME_JUDGED = /^(last night|yesterday|last weekend|last week|this weekend|this morning|today|tonight)\s+(?:was|has been|is)\s+[^.!?,;]{1,30}[.!?…]*$/i;
/** A time looked forward to in a sentence of its own: "Can't wait for the weekend!" (group 1 the time). */
const TIME_AWAITED = /^(?:i\s+)?(?:can['’]?t|cannot|can not)\s+wait\s+for\s+((?:the|this|next)\s+(?:weekend|week)|tomorrow|tonight)\s*[.!…]*$/i;

/**
 * The time a sentence says alone, a judgement of it or a wait for it, which makes no fact but dates
 * the statement after it: "Last night was amazing!" → "Last night"; "Can't wait for the weekend." →
 * "This weekend". Null for any other sentence.
 */
function timeSaidAlone(text: string): string | null {
  const said = withoutOpening(text).trim();
  const time = TIME_JUDGED.exec(said)?.[1] ?? TIME_AWAITED.exec(said)?.[1]?.replace(/^the\b/i, "this");
  return time ? capitalise(time.toLowerCase()) : null;
}

/** A phrase for the listener alone, or them and theirs, with no verb: "For you!", "For both you and your Jill!", "And to you and your family". */
const FOR_YOU = /^(?:and\s+)?(?:for|to)\s+(?:both\s+)?you(?:\s+(?:and|&)\s+your\s+[\p{L}'’-]+)?\s*[.!…]*$/iu;

/**
 * A message named by whom it came from, before what it says ("Email from Harbourside: the landlord has
 * moved …"): news the speaker got, no order to email. Group 1 the kind of message, 2 from whom and what it says.
 */
const MESSAGE_FROM = /^(email|e-mail|text|message|call|letter|note|voicemail|reply)(\s+from\s+(?:the\s+)?\p{L}[^:]{0,40}:\s*\S.*)$/iu;

/**
 * Whether `text` opens with an instruction's verb (procedures.ts IMPERATIVE), not a log's noun ("Call
 * with Priya Shah about the roadmap", {@link DONE_WITH}), a message's ("Email from Harbourside: …",
 * {@link MESSAGE_FROM}) nor a noun that is the subject ("Book launch
 * is at …", advice.ts NOUN_SUBJECT).
 */
function instructs(text: string): boolean {
  return IMPERATIVE.test(text) && !DONE_WITH.test(lowerFirst(text)) && !MESSAGE_FROM.test(text) && !NOUN_SUBJECT.test(text);
}

/** An exclamation that is a noun phrase ("A candlelit dance in a cozy restaurant!", "What a view!"). */
const EXCLAIMED_THING = /^(?:what an?|such an?|an?|the)\s[^.?]*!+$/i;
/** An interjection opening an exclamation ("Wow, …", "Oh, …", "Aww, …"). */
const ECHO_OPENER = /^(?:wow|whoa|woah|oh|ooh|aww+|omg|yay|ah)\b/i;

/** A text that opens on two capitalised words, a name of two: "Cotham Brow is lovely", "Apex Legends has awesome graphics". */
const TWO_WORD_NAME = /^\p{Lu}[\p{L}'’-]*\s+\p{Lu}\p{Ll}/u;

/** Whether `word`, capitalised as written, names one of what the turns before said (`opts.before`, anaphora.ts referents). */
function namedBefore(word: string, opts: FactOptions): boolean {
  if ((opts.before?.() ?? []).some((r) => saysWord(r.phrase, word))) return true;
  // (or the other's message said it with a capital inside a sentence: "We adopted another puppy called Pixie")
  return new RegExp(`[\\p{L},;:]\\s+${escapeRegExp(word)}(?![\\p{L}])`, "u").test(opts.heard?.() ?? "");
}

/** Names said together at a statement's start: "Max and Daisy", "Luna, Oliver and Bailey" (each a capital then small letters). */
const NAMES_TOGETHER = /^\p{Lu}\p{Ll}+(?:,\s+\p{Lu}\p{Ll}+)*,?\s+(?:and|&)\s+\p{Lu}\p{Ll}+(?!\p{L})/u;

/** What {@link extractFacts} is told of a turn (see there). */
export interface FactOptions {
  answering?: () => boolean;
  replying?: () => boolean;
  listener?: string;
  before?: () => Referent[];
  /** The text of the other's message just before the turn, in its session ("" when none): a word it said as a name is one here too. */
  heard?: () => string;
  company?: () => string | undefined;
  written?: boolean;
  /** The one its turn was sent to, as a letter (letters.ts `letterRecipient`: a mail's recipient, "the user" of a text they received): what it says is told to them. */
  toldTo?: string;
}

/**
 * The facts of one turn (see {@link turnFacts}); a turn that turns to another topic after its first
 * sentence ("Thanks for the tip! … BTW, recently I had a setback") tells each part as a fact of its
 * own, the second answering no question asked before the turn (`newTopic`).
 */
export function extractFacts(sentences: Sentence[], speaker: Speaker, ref: number, opts: FactOptions = {}): Fact[] {
  const shift = sentences.findIndex((s, i) => i > 0 && NEW_TOPIC_OPENER.test(s.text));
  if (shift < 0) return turnFacts(sentences, speaker, ref, opts);
  const fresh = { ...opts, answering: undefined, replying: undefined, before: undefined };
  const after = turnFacts(sentences.slice(shift), speaker, ref, fresh).map((f) => ({ ...f, newTopic: true as const }));
  return [...turnFacts(sentences.slice(0, shift), speaker, ref, opts), ...after];
}

/** "Don't forget Gran's 90th!": a reminder of a thing named (group 1), not of a deed ("Don't forget to …") nor of what is unnamed ("Don't forget the bins"). */
const REMINDER_OF = /^(?:[Dd]on['’]t|[Dd]o\s+not)\s+forget\s+(\p{Lu}[^!?.]{1,40}?)\s*[!.]+$/u;

/**
 * `sentences` with a reminder of a thing said before a statement joined to it as its label: "Don't
 * forget Gran's 90th! Lunch at The Swan on Sunday 27 December." → "Gran's 90th: Lunch at The Swan on
 * Sunday 27 December." (the reminder alone, an order to the listener, was dropped, and with it what
 * the lunch was for); and a thing arranged said alone before the verbless sentence that says what it was
 * told with it ({@link DONE_ALONE}: "Booked! Friday 4 December, 7:30pm" → "I booked Friday 4 December, 7:30pm").
 */
function withReminders(sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const thing = REMINDER_OF.exec(sentences[i]!.text.trim())?.[1];
    const done = DONE_ALONE.exec(sentences[i]!.text.trim())?.[1];
    const next = sentences[i + 1];
    if (thing && next && !next.question) {
      out.push(parseSentence(`${capitalise(thing)}: ${next.text}`));
      i++;
    } else if (done && next && !next.question && !fullyParsed(next).terms.some((t) => t.tags.has("Verb"))) {
      // ("Booked! Friday 4 December, 7:30pm" → "I booked Friday 4 December, 7:30pm": the exclamation alone
      // was dropped as a reaction, and with it what the date was)
      out.push(parseSentence(`I ${done.toLowerCase()} ${next.text.replace(/^(?:The|A|An|Our|My)\b/, (w) => w.toLowerCase())}`));
      i++;
    } else out.push(sentences[i]!);
  }
  return out;
}

/** "Booked!", "All paid!": a thing arranged, said alone (group 1 the verb), what it was said in the verbless sentence after it. */
const DONE_ALONE = /^(?:all\s+|just\s+)?(booked|reserved|ordered|paid|bought)\s*!+$/i;

/**
 * The fact of one turn said by `speaker` at `ref` (epoch ms): the turn condensed to what it states.
 * Questions, reactions ("That's great!"), small talk, imperatives and what is said to the listener
 * are dropped; fillers and intensifiers go ("Yeah, so I went…" → "Caroline went…"); first-person
 * sentences are rewritten in the third person; an image the speaker shared is told as
 * "<speaker> shared a photo of …"; relative dates are made absolute ("yesterday (7 May 2023)"); at most
 * FACT_LIMITS.words words of whole sentences. A fact that would not name its speaker starts with
 * "<speaker> says"; one that names no date ends with the day it was said ("(8 May 2023)"). Structured (subject/predicate/object) when a pattern of PATTERNS matches one of
 * its sentences (the canonical statement is then the title; matches of further predicates become their
 * own short facts, so each single-valued key can be contradicted on its own).
 * `opts.answering`: whether the turn answers the other person's question that names a topic
 * (answersQuestion in answers.ts; asked only for a sentence that needs it): a resolution, a general
 * truth or a judgement of what was said is then what was asked.
 * `opts.replying`: whether it replies to a question of theirs that points back at what was said
 * (repliesToQuestion; asked only when `answering` is false, which counts too), so a short sentence that names a thing is kept as what
 * it says ("Pepperoni of course!" → "James says pepperoni of course"; "What's it about?" "It's a mix
 * of drama and romance!"; the question's topic is added by withQuestionTopics). LoCoMo dev split:
 * answer_recall@100/200/500w 0.593/0.673/0.740 → 0.597/0.677/0.743 (verbless answers to a topic), then
 * 0.617/0.691/0.766 → 0.621/0.693/0.768 (any short sentence that names a thing, and pointing-back questions).
 * `opts.listener`: the other person of the conversation, to whom advice is told ("Tim's advice to
 * John: … John's values"); without one, advice that says "your" is words to the listener.
 * `opts.company`: who "we" are when the turn names no group of its own (the one its speaker's earlier
 * messages named with them: heuristic.ts companyBefore), asked at most once, only of a sentence that says "we".
 * `opts.written`: the turn is a note the speaker wrote (a file, or a memory written by hand), whose
 * statements are theirs as written, not reported as "<speaker> says".
 * `opts.before`: the things the turn before named (anaphora.ts referents, as this speaker would say
 * them), for an "It" or "They" opening the turn ("How are your dogs?" "They're good").
 * @returns zero or more facts (usually zero or one per turn).
 */
function turnFacts(said: Sentence[], speaker: Speaker, ref: number, opts: FactOptions = {}): Fact[] {
  const sentences = withReminders(said);
  let asked: boolean | undefined;
  const answering = () => (asked ??= opts.answering?.() ?? false);
  let replied: boolean | undefined;
  const replying = () => (replied ??= answering() || (opts.replying?.() ?? false));
  const candidates: Array<{
    sentence: Sentence;
    text: string;
    dates: DateMention[];
    score: number;
    words: number;
    at: number;
    alone: boolean;
    joins: boolean;
    lead: string | undefined;
    shows: boolean;
    caption: boolean;
    /** The thing an opening "It"/"They" was told as, and the statement as said (dates not yet resolved), for a run about it. */
    thing?: { phrase: string; asSaid: string; from?: number };
  }> = [];
  // who "we" are: the one group the turn has named with the speaker so far ("my kids"), none once it named two
  let company: string | null | undefined;
  // (else the group the speaker's earlier messages named, asked only of a sentence that says "we")
  let earlier: string | null | undefined;
  const companyOf = (s: Sentence): string | undefined => {
    if (company !== undefined) return company ?? undefined;
    // "we both" said to the other person of the present is the two of them ("So we both have similar
    // interests"); in a story of the past, someone the story is about ("We both helped with the painting")
    if (opts.listener && !s.past && BOTH_OF_US.test(s.text)) return opts.listener;
    if (!/\b(?:we|us|our|ours)\b/i.test(s.text)) return undefined;
    earlier ??= opts.company?.() ?? null;
    return earlier ?? undefined;
  };
  // (a colon that introduced what followed, code or a list left out, ends the sentence: "I wrote this helper:")
  const ended = (text: string) => (/[.!?…]["'”’)]*$/.test(text) ? text : `${text.replace(/\s*:$/, "")}.`);
  const consider = (s: Sentence, at: number, resolved?: Told | null): boolean => {
    const context = { answering, replying, company: companyOf(s), listener: opts.listener, first: at === 0 };
    // (the sentence as said decides whether it is a fact; the thing its "It" stands for only words it)
    // (an instruction in a note of the writer's own is a task of theirs: "Call the bank about the offer")
    const asSaid = (opts.written ? taskWritten(s, speaker, context.company) : null) ?? statement(s, speaker, context);
    // (but an answer that takes up what the other person offered or asked of is told with it: "I'll take it" → "… will take the spare ticket";
    // and so is what the thing does to the speaker: "I really enjoy the upside-down poses. They make me feel free and light")
    const told = resolved && (asSaid || resolved.takesUp || s.firstPerson) ? statement(resolved.sentence, speaker, context) : null;
    // (a note's opening "Edinburgh!" says where, or of what, what follows is written: it leads the statement)
    const said = told ?? asSaid ?? (opts.written && at === 0 && SETTING.test(s.text.trim()) ? { text: s.text.trim(), alone: false, joins: true } : null);
    if (!said) return false;
    // (an image's caption describes the picture: "a sign that says june" dates nothing)
    const { text, dates } = said.caption ? { text: said.text, dates: [] } : annotateClauses(said.text, ref, s);
    const words = text.split(/\s+/).length;
    candidates.push({
      sentence: s,
      text: ended(text),
      thing: told && asSaid && resolved ? { phrase: resolved.thing, asSaid: asSaid.text, from: resolved.from } : undefined,
      dates,
      words,
      at,
      alone: said.alone,
      joins: said.joins ?? false,
      lead: said.lead,
      shows: said.shows ?? false,
      caption: said.caption ?? false,
      score: specificity(s, text, dates.length, speaker.name),
    });
    return true;
  };
  // (the statement of sentence `at`, said again after `time`, when it names no time of its own: see timeSaidAlone)
  const redate = (time: string, s: Sentence, at: number) => {
    const last = candidates[candidates.length - 1];
    if (!last || last.at !== at || last.dates.length > 0 || last.caption) return;
    candidates.pop();
    const opened = withoutOpening(s.text).trim();
    if (!consider(impliedSubject(parseSentence(`${time}, ${/^I\b/.test(opened) ? opened : lowerFirst(opened)}`)), at)) candidates.push(last);
  };
  // (a time said in the sentence before, which made no fact)
  let carried: string | null = null;
  const openings = resolveOpenings(sentences, opts.before, [speaker.name, ...(opts.listener ? [opts.listener] : [])]);
  sentences.forEach((sentence, at) => {
    const resolved = openings[at];
    // (only a group named before "we": in "we had a blast with our friends" the friends are others)
    const groups = companyIn(
      sentence.text.split(/\b(?:we|us)\b/i)[0]!,
      sentence.entities.filter((e) => e.kind === "person").map((e) => e.name),
    );
    if (groups.length > 0) company = (company === undefined || company === groups[0]) && groups.length === 1 ? groups[0]! : null;
    // a tag question is a statement ("X, right?" → "X.")
    const tagged = sentence.question && TAG_QUESTION.test(sentence.text) ? parseSentence(sentence.text.replace(TAG_QUESTION, ".")) : sentence;
    const considered = consider(impliedSubject(tagged), at, resolved);
    // a time said in a sentence that makes no fact dates the statement after it, when that names none
    // ("Last night was amazing! We celebrated my daughter's birthday …" → "Last night (13 August 2023),
    // Melanie and others celebrated …", had been dated the day it was said)
    if (considered && carried && !resolved) redate(carried, tagged, at);
    carried = considered ? null : timeSaidAlone(sentence.text);
    // (a request or a question that names who someone is to the speaker says it all the same: "Help me
    // write a text to my landlord Mr Okafor" → "… landlord is Mr Okafor"; a statement tells it itself)
    const named = NAMED_RELATION.exec(sentence.text);
    if (named && !candidates.some((c) => c.at === at && c.alone)) consider(parseSentence(`My ${named[1]!.toLowerCase()} is ${named[2]}.`), at);
    // (and a sentence said "as" what the speaker is, which says nothing else worth keeping: "As a Manchester City
    // fan, I can't agree with you" → "I am a Manchester City fan")
    const role = considered ? null : SAID_AS.exec(sentence.text);
    if (role) consider(parseSentence(`I am ${role[1]}.`), at);
    // (and a goodbye that names when and where the two meet next is a plan: "See you tomorrow at McGee's Pub!"
    // → "I will meet James tomorrow at McGee's Pub")
    const meeting = considered || !opts.listener ? null : SEE_YOU.exec(stripOpeners(sentence.text));
    if (meeting) consider(parseSentence(`I will meet ${opts.listener} ${meeting[1]}.`), at);
    if (considered) return;
    // a sentence dropped whole may join a statement to a question or to words said to the listener:
    // "Spider-Man has always been a favorite of mine - I mean, who doesn't love …?", "I made a cake
    // with berries the other day, maybe you would like that!"
    // (only a clause about the speaker: other fragments are mostly reactions, "been a long road";
    // and not in a reaction: "No worries, I'm here to help")
    const opening = withoutOpening(sentence.text).trim();
    if (
      REACTION.test(opening) ||
      OWN_REACTION.test(opening) ||
      resolution(opening) ||
      truism(opening, answering) ||
      /^no\b/i.test(opening) ||
      AGREED_TRUTH.test(sentence.text)
    )
      return;
    const parts = clauses(sentence.text);
    // (a clause with no subject after a first one whose subject is someone else's is no act of the
    // speaker's: "Each of you will get a packet of climbing beans, saved from plot 14B this autumn, …"
    // had made "The user saved from plot 14B this autumn")
    const first = parts.length > 0 ? parseSentence(parts[0]!) : null;
    const othersFirst = first != null && !first.firstPerson && !first.firstPlural && impliedSubject(first).text === first.text;
    for (const [i, clause] of parts.entries()) {
      const c = i > 0 && othersFirst ? parseSentence(clause) : impliedSubject(parseSentence(clause));
      // (or a clause that says when something is, not to the listener: "Train gets in at 6:40
      // tomorrow, can someone pick me up?", "parents evening is on 26 March, Mr Davies wants to see you")
      // (not one that says "it" or "they" for what was named before: "it came by mail on Tuesday")
      const own = !c.question && !/\b(?:you|your)\b/i.test(clause) && !/^(?:it|that|this|they|he|she|there)\b/i.test(clause);
      const dated = own && SAYS_WHEN.test(clause);
      // (or a statement the sentence said beside words to the listener: "The spare key is with Mrs Doyle at
      // number 14, I'll tell her you're coming")
      const besideWords = own && STATES_OF_A_THING.test(clause) && parts.some((p, j) => j !== i && /\b(?:you|your)\b/i.test(p));
      // (or what to have with one, told to the listener: "Bring an apron, we'll make ravioli")
      if (c.firstPerson || c.firstPlural || dated || besideWords || (opts.listener && !sentence.question && whatToHave(clause, opts.listener))) consider(c, at);
    }
  });
  if (!candidates.some((c) => c.alone)) return [];
  // a sentence that cannot stand alone (a judgement) joins only when it names two things, or when it
  // judges what was said before (`joins`)
  const usable = candidates.filter((c) => c.alone || c.joins || fullyParsed(c.sentence).terms.filter(isContentNoun).length >= 2);
  // the most specific sentences first (the turn's first statement a little ahead), while the budget
  // lasts; then back in the order they were said
  const firstAt = Math.min(...usable.map((c) => c.at));
  const prio = (c: (typeof candidates)[number]) => c.score + (c.at === firstAt ? FACT_LIMITS.topicBonus : 0);
  const budgeted = (from: typeof candidates): { kept: typeof candidates; words: number } => {
    const kept: typeof candidates = [];
    let words = 0;
    for (const c of [...from].sort((a, b) => prio(b) - prio(a) || a.at - b.at)) {
      if (kept.length && words + c.words > FACT_LIMITS.words) continue;
      kept.push(c);
      words += c.words;
    }
    return { kept: kept.sort((a, b) => a.at - b.at), words };
  };
  // (what a chat's turn says past the budget is its least specific talk, left out; a letter's or a
  // note's sentences are all written to be kept: those past the budget make the next fact, in order,
  // "Your new salary will be £52,500 a year" of a four-paragraph offer letter had been left out)
  const groups = [budgeted(usable)];
  if (opts.written || opts.toldTo)
    for (let rest = usable.filter((c) => !groups[0]!.kept.includes(c)); rest.some((c) => c.alone); ) {
      const next = budgeted(rest);
      groups.push(next);
      rest = rest.filter((c) => !next.kept.includes(c));
    }
  return groups.flatMap(({ kept, words }) => factOfKept(kept, words));

  /** The fact (and the facts of its relations) that `kept`, statements of the turn in order of `words` words, tell. */
  function factOfKept(kept: typeof candidates, words: number): Fact[] {
    foldCaption(kept);
    if (!kept.some((k) => k.alone)) return [];
    // advice is told once ("Tim's advice to John: when picking endorsements, … Look for a company that
    // …", not "Tim's advice to John:" before each sentence), also after a sentence between ("Caroline's
    // advice to Melanie: do … They'll help with the process … Gather documents …")
    // (a run about one thing names it once: ""Dune" is a great story … It made John think", not the title twice)
    // (an image's caption after what was said is a note of it: "… it was powerful. Photo: a dog walking past a wall.")
    const noted = kept.map((k, i) => k.caption && i > 0);
    const worded = kept.map((k, i) =>
      k.thing && kept[i - 1]?.thing?.phrase === k.thing.phrase
        ? ended(annotateDates(k.thing.asSaid, ref, { past: k.sentence.past }).text)
        : noted[i]
          ? asPhotoNote(k.text, speaker.name)
          : k.text,
    );
    let content = kept
      .map((k, i) => (k.lead && kept.slice(0, i).some((x) => x.lead === k.lead) ? capitalise(k.text.slice(k.lead.length)) : worded[i]!))
      .join(" ");
    // (an image's note names whose it is as its caption did: "Chew Valley Lake this morning: … Photo: …" is the user's, not "The user says …")
    if (!content.toLowerCase().includes(speaker.name.toLowerCase()) && !noted.includes(true)) {
      // a short statement that names neither its speaker nor a number is a reaction ("it's a wild
      // ride", "will check it out", "been a long road"): 1 in 4 of these were facts in LoCoMo's
      // annotations; dropping them: precision 0.592 → 0.607, facts per observation 1.212 → 1.175,
      // answer_recall@200w 0.654 → 0.652
      // (not one that says who someone named is to another, or what they are: "Mia's teacher is Mrs. Patel";
      // nor that a thing is done or come, "The new shed is finished!")
      if (
        words < FACT_LIMITS.shortReaction &&
        !/\d/.test(content) &&
        !(replying() && kept.some((k) => namesThing(fullyParsed(k.sentence)))) &&
        !kept.some(
          (k) =>
            NAMED_IS.test(k.text) ||
            NAMED_HAS.test(k.text) ||
            SAYS_WHERE.test(k.text) ||
            ANSWER_GIVEN.test(k.text) ||
            SETTLED.test(k.sentence.text) ||
            namedDoes(k.sentence),
        )
      )
        return [];
      // (the first word keeps its capital when it is a name: "James says Max and Daisy")
      const first = kept[0]!.sentence;
      const names = FUNCTION_WORD.test(content) ? new Set<string>() : new Set(fullyParsed(first).entities.map((e) => e.name.split(/\s/)[0]!));
      // (a first name the sentence opens on as someone's: "Mia's teacher is Mrs. Patel", "Toby hates thunderstorms")
      const opening = fullyParsed(first).terms[0];
      // (or the listener, named: "Melanie's cousin Nina had her baby")
      if (opts.listener) names.add(opts.listener.split(/\s/)[0]!);
      // (or a relative called by who they are, as a name: "Grandma's lunch is on Sunday", "Mum is helping")
      const kin = /^(\p{Lu}\p{Ll}+)(?:['’]s)?\b/u.exec(content)?.[1];
      if (kin && KIN_WORD.test(kin)) names.add(kin);
      // (or the one whose answer it tells: "Lumen said no")
      if (ANSWER_GIVEN.test(content)) names.add(content.split(/\s/)[0]!);
      // (or a list's label that is a name: "Bluebell Bakery: Website redesign, …")
      // (its date said after it: "Chew Valley Lake this morning (25 October 2026): …")
      const label = /^([^:()]{1,40}?)(?:\s\([^():]{1,60}\))?:\s/.exec(content)?.[1];
      if (label && namedLabel(label)) names.add(label.split(/\s/)[0]!);
      // (or as someone's whose name compromise knows as a word too: "Leo's teacher is Mr. Okoro")
      const owner = /^(\p{Lu}\p{Ll}+)['’]s$/u.exec(opening?.text ?? "")?.[1];
      if (owner && mayBeName(owner)) names.add(owner);
      // (and a word no dictionary knows, tagged one thing, that opens a name of two words or that a turn before
      // named: "Cotham Brow is lovely", "Pixie is so cute" of the puppy named before; not "Nature has a way …")
      if (opening && !knownWord(opening.text) && opening.tags.has("Singular") && (TWO_WORD_NAME.test(content) || namedBefore(opening.text, opts)))
        names.add(opening.text);
      // (or the first of names said together, whatever the dictionary knows: "Max and Daisy", "Bill and Ted went …")
      if (opening && NAMES_TOGETHER.test(content)) names.add(opening.text);
      // (a word compromise does not know may be a common one: "nature has a way of being soothing")
      if (opening && (opening.tags.has("Person") || mayBeName(opening.text, { unknown: false })) && (NAMED_IS.test(kept[0]!.text) || namedDoes(first)))
        names.add(opening.text);
      // (what the user wrote in a note of their own is theirs as written: "The bins go out every Tuesday night")
      // (a letter's news is told to its recipient: "Graham told the user rent goes up to £1,150", whose rent it is)
      if (!opts.written) content = `${capitalise(speaker.name)} ${opts.toldTo ? `told ${opts.toldTo}` : "says"} ${lowerFirst(content, names)}`;
    }
    const dates = kept.flatMap((k) => k.dates);
    content = withoutRepeatedDates(content);
    // a fact that names no date carries the day it was said, so it stands on its own when read (or
    // laid in a prompt) without its row: LoCoMo temporal answer_recall@200w 0.64 vs 0.62 without
    // (not one that writes out a day of its own: "The MOT is due on 14 January 2027", not "… 2027 (8 May 2023)")
    if (dates.length === 0 && !WRITTEN_DAY.test(content)) content = content.replace(/([.!?…]*)$/, ` (${humanDate(ref)})$1`);
    const drawsOn = [...new Set(kept.flatMap((k) => (k.thing?.from == null ? [] : [k.thing.from])))];
    const base = {
      subject: speaker.name,
      content,
      dates,
      aboutUser: speaker.aboutUser,
      ...(drawsOn.length ? { drawsOn } : {}),
      ...(kept[0]!.lead ? { advises: true as const } : {}),
    };
    const found = kept.flatMap((k) => relationsOf(k.sentence, speaker.name));
    const seen = new Set<string>();
    const unique = found.filter((f) => !seen.has(f.predicate!) && seen.add(f.predicate!));
    if (unique.length === 0) return [{ ...base, predicate: null, object: null, single: false, title: factTitle(kept, speaker.name, content) }];
    // a relation's canonical statement is the content of a further predicate's fact; as a title it
    // has no full stop, as no other memory's title has. A relation of many values titles the turn's fact
    // with what was said: its object is cut at the first "and" or preposition ("Nate likes action" for
    // "Nate loves action and sci-fi movies", "John likes the connection" for "… the connection to nature")
    return unique.map((f, i) => ({
      ...base,
      ...f,
      title: i === 0 && !f.single ? factTitle(kept, speaker.name, content) : f.title.replace(/\.$/, ""),
      ...(i === 0 ? {} : { content: f.title }),
    }));
  }
}

/** A captioner's opening that says only that it is an image: "a photo of", "a close up picture of". */
const IMAGE_OPENING = /^(?:an?\s+)?(?:close[\s-]up\s+)?(?:photo|picture|pic|image)\s+of\s+/i;

/**
 * The caption of the image a turn shares, told after what its speaker said they shared: "Melanie
 * shared a pic of their family camping at the beach (photo: a family sitting around a campfire on
 * the beach)", not a second "Melanie shared a photo of …" sentence. A turn shows one image, so only when
 * `kept` (a turn's statements in order, changed in place) holds one of each.
 */
function foldCaption(kept: Array<{ text: string; words: number; shows: boolean; caption: boolean; thing?: unknown }>): void {
  const shown = kept.filter((k) => k.shows);
  const captions = kept.filter((k) => k.caption);
  // (a statement told with what its "It" stands for is worded again later, from its words as said)
  if (shown.length !== 1 || captions.length !== 1 || shown[0]!.thing) return;
  const caption = captions[0]!;
  const what = caption.text
    .replace(/^\S+ shared /, "")
    .replace(IMAGE_OPENING, "")
    .replace(/[.\s]+$/, "");
  const into = shown[0]!;
  into.text = into.text.replace(/([.!?…]*)$/, ` (photo: ${what})$1`);
  into.words = into.text.split(/\s+/).length;
  kept.splice(kept.indexOf(caption), 1);
}

/** A day, a month or a time of day a clause names ("tomorrow", "26 March", "at 6:40", "5pm"). */
const SAYS_WHEN = new RegExp(`\\b(?:today|tonight|tomorrow|${DAY_NAMES}|${MONTH_NAMES})\\b|\\b\\d{1,2}[:.]\\d{2}\\b|\\b\\d{1,2}\\s?(?:am|pm)\\b`, "i");

/** A period to come a plan names: "next month", "this weekend" ("Let's do it next month when the weather is more pleasant"). */
const NEXT_PERIOD = /\b(?:next|this|coming)\s+(?:week|weekend|month|year|spring|summer|autumn|fall|winter)\b/i;

/** A proposal put as a question: "How about Dishoom on the 23rd?", "What about the Crown on Friday at 7?" (group 1 what is proposed). */
const PROPOSAL = /^(?:how|what)\s+about\s+(.+?)\s*\?+$/i;
/** A place by its name, then where it is by a name: "Dalbit Sikdang near Mangwon market", "Nando's in Camden" (not "Lisbon", "the park near us"). */
const PLACE_BY_NAME = /^(?:the\s+)?\p{Lu}[\p{L}'’&-]*(?:\s+[\p{L}'’&-]+){0,3}?\s+(?:near|in|by|off|opposite|behind)\s+(?:the\s+)?\p{Lu}/u;
/** A proposal to do something together: "Shall we meet at Café Nero on Saturday?", "Why don't we grab lunch at Dishoom on Friday?", "How about we go to McGee's pub then?" (group 1 the verb, 2 the rest, without a closing "then"). */
const PROPOSED_DOING =
  /^(?:shall\s+we|should\s+we|why\s+don['’]t\s+we|how\s+about\s+we|(?:do\s+you\s+)?want\s+to|fancy)\s+(\p{Ll}+)\s+(.+?)(?:\s+(?:then|instead))?\s*\?+$/iu;
/** Going to or meeting at a place by its name, proposed: "going to McGee's pub", "meeting at Café Nero" (no day needed). */
const TO_NAMED_PLACE = /^(?:going|heading|meeting|trying)\s+(?:to|at|out\s+to)\s+(?:the\s+)?\p{Lu}/u;
/** A meal or a drink proposed with when, as a question of its own: "Drinks on Thursday 19 November?", "Coffee at 11 tomorrow?" (group 1 what and when). */
const MEAL_ASKED =
  /^((?:drinks?|a drink|pints?|a pint|dinner|lunch|brunch|breakfast|coffee|a coffee|tea|a curry|food)\s+(?:on|at|this|next|tomorrow|tonight|in)\b[^?]*?)\s*\?+$/i;
/** A proposal said as "Let's …": "Let's start with 30 cardamom buns a day, Monday to Saturday." (group 1 the verb, 2 the rest); not a wish or a turn of talk ("Let's hope …", "Let's see", "Let's be honest"). */
const LETS = /^let['’]?s\s+(?!(?:hope|pray|wish|see|say|not|face|just|assume|imagine|remember|agree|admit|be)\b)(\p{Ll}+)\s+(.+?)\s*[.!]*$/iu;
/** After "Let's go", one named gone for: "for Cotham Brow", "for the Hartley quote" (group 1; not "for a walk", "for dinner at Dishoom"). */
const GOING_FOR_NAMED = /^for\s+((?:the\s+)?\p{Lu}.*)$/u;
/** A word that is, or opens with, a day's or a month's name ("Friday", "Friday?"). */
const OPENS_CALENDAR_NAME = new RegExp(`^(?:${DAY_NAMES}|${MONTH_NAMES})\\b`, "i");
/** A day of a month named: "14 November", "November 14th". */
const DAY_OF_MONTH = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH_NAMES})\\b|\\b(?:${MONTH_NAMES})\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`, "i");
/** A day of the month said alone ("the 23rd"). */
const ORDINAL_DAY = /\bthe\s+\d{1,2}(?:st|nd|rd|th)\b/i;

/**
 * What a question proposes, as the speaker's suggestion in the first person ("How about Dishoom on the
 * 23rd?" → "I suggested Dishoom on the 23rd."; "Shall we meet at Café Nero at 11 on Saturday?" → "I
 * suggested meeting at Café Nero at 11 on Saturday."), when it names a day or a time and a place or
 * thing by its name (a capitalised word that is no day or month), or a meal or a drink and when ("Drinks
 * on Thursday 19 November?" → "I suggested drinks on Thursday 19 November."), or a place by its name and
 * where it is ({@link PLACE_BY_NAME}: "How about Dalbit Sikdang near Mangwon market?"); null for any other
 * question ("How about you?", "What about tomorrow?", "Shall we go for a walk on Sunday?"). A "Let's …"
 * that names a number, a day or a time, or a thing by its name is one too ("Let's start with 30 buns a
 * day, Monday to Saturday" → "I suggested starting with 30 buns a day, Monday to Saturday."; not
 * "Let's catch up soon").
 */
function proposal(text: string): string | null {
  // (a "Let's …" that names a number, a day or a time, or a thing by its name: "Let's start with 30 buns a day")
  const lets = LETS.exec(text.trim());
  if (lets) {
    // (the name it ends on is whom it is said to: "Let's do it, Maria!")
    const rest = lets[2]!.replace(/,\s*\p{Lu}[\p{L}'’-]*$/u, "");
    const named = rest.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && !OPENS_CALENDAR_NAME.test(w));
    // (a wish to make something of a day names nothing to do: "Let's make tomorrow unforgettable")
    const specific =
      /\d/.test(rest) || named || (lets[1]!.toLowerCase() !== "make" && (SAYS_WHEN.test(rest) || ORDINAL_DAY.test(rest) || NEXT_PERIOD.test(rest)));
    // (going for one named is choosing it: "Let's go for Cotham Brow" → "I suggested choosing Cotham Brow.")
    const chosen = lets[1]!.toLowerCase() === "go" ? GOING_FOR_NAMED.exec(rest)?.[1] : undefined;
    if (chosen) return `I suggested choosing ${chosen}.`;
    const verb = (nlp(lets[1]!).verbs().conjugate()[0] as { Gerund?: string } | undefined)?.Gerund;
    return specific && verb ? `I suggested ${verb} ${rest}.` : null;
  }
  const doing = PROPOSED_DOING.exec(text.trim());
  const gerund = doing ? (nlp(doing[1]!).verbs().conjugate()[0] as { Gerund?: string } | undefined)?.Gerund : undefined;
  // (a meal or a drink and when, asked: "Drinks on Thursday 19 November?", "Lunch at Dishoom on Friday?")
  const social = MEAL_ASKED.exec(text.trim());
  if (social && (SAYS_WHEN.test(social[1]!) || ORDINAL_DAY.test(social[1]!))) return `I suggested ${social[1]![0]!.toLowerCase()}${social[1]!.slice(1)}.`;
  const what = doing ? (gerund ? `${gerund} ${doing[2]}` : null) : (PROPOSAL.exec(text.trim())?.[1] ?? null);
  // (a place by its name and where it is needs no day: "How about Dalbit Sikdang near Mangwon market?"; nor does going
  // to one by its name: "How about we go to McGee's pub then?" → "I suggested going to McGee's pub.")
  if (what && ((!doing && PLACE_BY_NAME.test(what)) || (doing && TO_NAMED_PLACE.test(what)))) return `I suggested ${what}.`;
  if (!what || !(SAYS_WHEN.test(what) || ORDINAL_DAY.test(what))) return null;
  // (a thing by its name, or a day of the month: "Shall we film it on Saturday 14 November?")
  const named = what.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && !OPENS_CALENDAR_NAME.test(w)) || DAY_OF_MONTH.test(what);
  return named ? `I suggested ${what}.` : null;
}

/** A day written out with its year: "14 January 2027", "March 3, 2029", "2026-10-20". */
const WRITTEN_DAY = new RegExp(
  `\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH_NAMES})|(?:${MONTH_NAMES})\\s+\\d{1,2}(?:st|nd|rd|th)?,?)\\s+\\d{4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b`,
  "i",
);

/** A spaced dash between clauses (" - ", " – ", " — "). */
const DASH = /\s+[-–—]\s+/;
/** A comma or semicolon between clauses. */
const COMMA = /[,;]\s+/;
/** A clause that states where or what a thing is, or will be: "The spare key is with Mrs Doyle …", "My train will be late". */
const STATES_OF_A_THING = /^(?:the|my|our)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}\s+(?:is|are|was|were|will|has|have)\b/iu;

/**
 * The clauses of a sentence joined by spaced dashes (else by commas or semicolons), each as a
 * sentence of its own (a statement gets a full stop; the last clause keeps its end), or [] when
 * there is no such break. Clauses of fewer than 3 words are left out.
 */
function clauses(text: string): string[] {
  const parts = DASH.test(text) ? text.split(DASH) : text.split(COMMA);
  if (parts.length < 2) return [];
  // (a clause cut before an aside ends on no conjunction: "I joined a travel club and, like I said, …")
  return parts
    .map((p) => p.replace(/\s+(?:and|but|or|so)$/i, ""))
    .map((p, i) => (i === parts.length - 1 || /[.!?…]$/.test(p) ? p : `${p}.`).trim())
    .filter((p) => p.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length >= 3)
    .map((p) => p[0]!.toUpperCase() + p.slice(1));
}

// General truths said in reply, which tell nothing of the speaker: a maxim ("It's important to
// appreciate the small things"), cheering as a team ("We make a great team"), wonder at what a kind of
// thing can do, a truth about a kind of thing ("Animals are amazing"); and what makes a sentence
// particular instead (a name, a number, a time).
import { opensOnGenericSubject } from "./generic-subject.js";

/** Whether `text` names someone or something after its first word: a capitalised word other than "I" ("… met Toby", "… in Paris"). */
export function namesAfterFirstWord(text: string): boolean {
  return /\s\p{Lu}/u.test(text.replace(/\bI\b/g, ""));
}

/** Words that date a statement ("next week", "yesterday", "on Friday", "this spring"; not the verb that ends "… will surely last."): a dated plan is a fact even when its object is a reference. */
export const WHEN =
  /\b(?:yesterday|today|tonight|tomorrow|ago|last(?!\s*[.!?…]|\s*$)|next|week|weekend|month|year|spring|summer|autumn|fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|soon|later)\b/i;

/**
 * The opening of a general truth said in reply ("It's amazing how a little kindness can …", "Life can be
 * tough but …", "Life's too short …", "Taking care of ourselves is so important", "It's all about growing …", "It's like
 * having sunshine on a cloudy day"): a judgement of the world, not of a person, a place or a plan.
 */
export const MAXIM_OPENING =
  /^(?:(?:it'?s|it is|it can be|that'?s)\s+(?:(?:so|really|truly|just|definitely|pretty|such|always|also)\s+)*(?:an?\s+)?(?:great|important|amazing|inspiring|incredible|crazy|sad|easy|hard|tough|refreshing|humbling|awesome|fun|cool|nice|good|wonderful|fantastic|beautiful|crucial|essential|key|vital|necessary|normal|okay|ok|true|interesting|rewarding|empowering|heartwarming|encouraging|frustrating|smart)(?:\s+(?:way|thing|feeling|reminder))?\s+(?:to|how|that|when|seeing|being|having|knowing)\b|(?:it'?s|it is)\s+(?:all about|like)\b|life(?:\s+(?:is|can|has)|['’]s(?!\s+been))\b|(?:everyone|everybody|no one|nobody)\b|\p{L}+ing\b[^.!?,;]*?\s(?:is|are|can|could|makes?|helps?)\s)/iu;
/** A person or a personal thing a sentence refers to, which makes it more than a maxim. */
const PERSONAL = /\b(?:he|she|they|him|her|them|his|hers|their|i|me|my|we|us|our)\b/i;

/**
 * A maxim ({@link MAXIM_OPENING}) that names no one and nothing in particular: no person or
 * pronoun of one, no capitalised name after its first word, no number and no time ("It's important
 * to appreciate the small things", "Going for a nature walk is so refreshing"). A description that
 * happens to open alike ("It's dairy-free vanilla with strawberry filling") is not one.
 */
function maxim(text: string): boolean {
  return MAXIM_OPENING.test(text) && !PERSONAL.test(text) && !particular(text);
}

/** Cheering the pair as a team ("We make a great team", "We're all in this together", "Together we can make a real difference"). */
const TEAMWORK =
  /\b(?:make|makes|are|rock as|such)\s+(?:a\s+)?(?:(?:good|great|awesome|amazing|perfect|dream|real)\s+)?team\b|\bin (?:it|this) together\b|^together\b|\bcan\b[^.!?]*\btogether[.!…]*$/i;

/**
 * Cheering ({@link TEAMWORK}, a present or a modal form) that names no one and nothing in particular:
 * what "we" can do together is encouragement, not a plan ("We went hiking together" and "We should bake a
 * cake together sometime" are not cheering).
 */
export function teamwork(text: string): boolean {
  return TEAMWORK.test(text) && !particular(text);
}

/** Wonder at what a kind of thing can do ("It's amazing how something as simple as a walk can switch up my outlook"). */
const WONDER =
  /^(?:it'?s|it is)\s+(?:(?:so|really|just|truly|pretty)\s+)*(?:amazing|incredible|awesome|crazy|wild|cool|funny|interesting|wonderful|fascinating|insane|remarkable|great|nice)\s+(?:how|what)\b[^.!?]*\b(?:can|could)\b/i;

/**
 * Wonder ({@link WONDER}) that names no one in particular and no number or time: said of the speaker's
 * life ("It's amazing how much playing a game can help us grow", "… take my breath away") it is still
 * a truism, not a fact about them.
 */
export function wonder(text: string): boolean {
  return WONDER.test(text) && !particular(text);
}

/** A person a general truth about a kind of thing does not mention (its "we", "us", "they" are people in general). */
const SOMEONE = /\b(?:he|she|him|her|his|hers|i|me|my|mine|myself)\b/i;

/**
 * A general truth about a kind of thing (opensOnGenericSubject: "Books can be captivating, taking
 * us on such journeys", "Little acts of kindness can brighten someone's day", "Animals are amazing")
 * that mentions no "I", "he" or "she", no name after its first word, no number and no time. "Dogs
 * are my favorite animals" is none. Said in answer to a question, it is the speaker's view, and kept
 * ("What do sunflowers mean to you?" "Sunflowers mean warmth and happiness").
 */
export function genericTruth(text: string): boolean {
  return !SOMEONE.test(text) && !particular(text) && opensOnGenericSubject(text);
}

/** "Us" as people in general: its object or reflexive form, or "our" before a quality or a self ("our well-being", "our true selves"). */
const INCLUSIVE_US =
  /\b(?:us|ourselves|our\s+(?:own\s+)?(?:true\s+)?(?:selves|lives|life|well-?being|health|hearts?|minds?|souls?|feelings|emotions|dreams|passions|loved ones|own thing))\b/i;
/**
 * A kind of thing or a moment that does something to "us" ("Dancing lets us be ourselves", "Those joyful
 * moments show us life's beauty", "moments like these remind us …", "Nature has a way of leaving us
 * speechless", "Yoga is cool for showing us what we can do").
 */
const DOES_TO_US =
  /\b(?:remind(?:s|ing)?|show(?:s|ing)?|teach(?:es|ing)?|let(?:s|ting)?|giv(?:e|es|ing)|mak(?:e|es|ing)|help(?:s|ing)?|keep(?:s|ing)?|bring(?:s|ing)?|tak(?:e|es|ing)|allow(?:s|ing)?|leav(?:e|es|ing)|calm(?:s|ing)?|humbl(?:e|es|ing)|refresh(?:es|ing)?|motivat(?:e|es|ing)|inspir(?:e|es|ing))\s+(?:\p{L}+\s+)?us\b/iu;
/** Every inclusive "us" of a text, to take out before looking for any other person. */
const INCLUSIVE_US_ALL = new RegExp(INCLUSIVE_US.source, "gi");
/**
 * Personal words a truism said of "us" must not hold before its first "us": the speaker or someone
 * else, by pronoun, "we" (what "we" do is a plan or a habit: "We hike every Sunday") and "our" of
 * someone's own ("Our kids remind us …"). After it, "we" and "they" are the people it is said of
 * ("Nature reminds us how tiny we are"); the speaker or someone else still makes it theirs.
 */
const SOMEONE_OR_WE = /\b(?:he|she|him|her|his|hers|i|me|my|mine|myself|we|our|they|them|their)\b/i;

/**
 * A general truth said of "us", people in general, in reply: a maxim or a kind of thing doing
 * something to "us" ({@link DOES_TO_US}), whose only person is that inclusive "us" ({@link INCLUSIVE_US}:
 * "Taking care of ourselves and looking out for our well-being is key", "Showing off our true selves is
 * the best thing ever", "Dancing lets us be ourselves", "Life's unpredictable, but moments like these
 * remind us how important our loved ones are"), and which names nothing particular. Made third person it
 * had read "Showing off Melanie's true selves is the best thing ever". "Our kids", "our trip" and "we"
 * before the "us" are someone's, and kept ("Our kids remind us …"); after it, "we" and "they" are the
 * people it is said of ("Nature reminds us how tiny we are").
 */
export function truthAboutUs(text: string): boolean {
  const at = text.search(INCLUSIVE_US);
  if (at < 0 || particular(text)) return false;
  if (SOMEONE_OR_WE.test(text.slice(0, at)) || SOMEONE.test(text.slice(at).replace(INCLUSIVE_US_ALL, " "))) return false;
  return MAXIM_OPENING.test(text) || DOES_TO_US.test(text);
}

/** A maxim, cheering as a team, or a general truth that answers no question: what `statement` and the clauses of a dropped sentence both leave out. */
export function truism(text: string, answering: () => boolean): boolean {
  return maxim(text) || teamwork(text) || ((genericTruth(text) || wonder(text)) && !answering());
}

/** Whether `text` names something particular: a capitalised name after its first word (not a pronoun opening a clause), a number or a time. */
export function particular(text: string): boolean {
  return namesAfterFirstWord(text.replace(/\b(?:They|We|It|This|That|These|Those|There|The)\b/g, "x")) || /\d/.test(text) || WHEN.test(text);
}

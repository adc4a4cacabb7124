import nlp from "compromise";
// A statement whose "I" was dropped, as people write in chats and notes ("Just got back from a road
// trip", "Excited to try this", "Called Dr. Nguyen about Leo's cough"), read with its subject; and the
// openings (thanks, a name said to the listener, fillers) a statement is read without.
import { IRREGULAR_PAST } from "./third-person.js";
import { CAPTION, parseSentence, stripOpeners, type Sentence } from "./sentences.js";

/** "Can't wait for …" said of something, not of what the listener will tell ("Can't wait for it", "for you to …"). */
export const WAIT_FOR = /^(?:i\s+)?(?:can['’]?t|cannot|can not)\s+wait\s+for\s+(?!(?:it|that|this|you|your)\b)/i;

/** A name said to the listener at the start ("Caroline, it's been tough …"); not a date word. */
const VOCATIVE =
  /^(?!(?:Yesterday|Today|Tonight|Tomorrow|Recently|Lately|Now|Then|Last|Next|Also|Anyway|Well|So|Plus|Sadly|Luckily|Thankfully|Honestly|Actually|Together|Sometimes|Unfortunately)\b)\p{Lu}\p{Ll}+,\s+(?=\p{Ll}|I\b|Let'?s\b)/u;
/** A label's words and its colon, going on from a word and a comma ("Scapula, posterior view: …"). */
const LABEL_GOES_ON = /^[\p{Ll}'’-]+(?:\s[\p{Ll}'’-]+){0,2}:\s/u;
/** Thanks opening a statement ("Thanks, Mel! …", "Thank you for asking, they're good"). */
const THANKS = /^(?:thanks|thank you)\b[^,!.]*[,!.]\s*/i;
/** Participles and adjectives that open a subjectless "I am …" ("Excited to try this", "Based in Denver"). */
const STATE_OPENERS = new Set([
  "excited",
  "thrilled",
  "stoked",
  "pumped",
  "interested",
  "tired",
  "amazed",
  "blessed",
  "inspired",
  "impressed",
  "bored",
  "worried",
  "scared",
  "surprised",
  "pleased",
  "based",
  "located",
  "married",
  "engaged",
  "retired",
  "hooked",
  "obsessed",
  "glad",
  "happy",
  "sorry",
  "proud",
  "grateful",
  "thankful",
  "busy",
  "gonna",
  "planning",
  "hoping",
  "thinking",
  "working",
  "trying",
  "looking",
  "heading",
  // (where one is and where one goes: a diary's "Staying at the Balmoral until Monday")
  "staying",
  "flying",
  "leaving",
  "travelling",
  "traveling",
  "visiting",
  "moving",
  "off",
  "still",
  "currently",
]);
/** A state's participle that is a past tense before its object ("Retired the Hoka shoes after 640 km", "Married my best friend"): "I retired …", not "I am retired …". */
const PAST_BEFORE_OBJECT = /^(?:retired|married|inspired)\s+(?:the|a|an|my|our|his|her|their|this|that|these|those|some|both)\b/i;
/**
 * What one is doing, as a plan, said with no subject and no other verb ("Bringing Sam", "Going to the
 * gym later", "Cooking for six tonight"); with another verb it is a gerund subject ("Taking risks pays
 * off", "Getting to meet new pups must bring so much happiness").
 */
const PLAN_OPENERS = new Set([
  "bringing",
  "taking",
  "going",
  "driving",
  "cooking",
  "hosting",
  "picking",
  // ("Getting a 6ft Nordmann from the Clapham market on Saturday": a plan, its Saturday the one to come)
  "getting",
  "buying",
  "meeting",
  "grabbing",
  "collecting",
  "visiting",
  "seeing",
  "catching",
  "flying",
  "ordering",
  "baking",
]);
/** What a plan's verb goes on with: someone named, a thing of someone's, where or when ("Sam", "the kids", "to the gym", "home"); not "so much love and joy". */
const PLANNED = /^\s+(?:\p{Lu}|(?:the|my|our|a|an|some|his|her|their|to|for|back|over|home|out|up)\b)/u;
/** Present-tense verbs of a subjectless "I …" ("Love experimenting with spices", "Need a new lens"). */
const PRESENT_OPENERS = new Set(["love", "like", "enjoy", "miss", "need", "want", "plan", "prefer", "hate", "wish", "hope", "have", "own", "collect"]);
/** Verbs that do something to whom they name after them ("Got me thinking", "Made me cry", "Reminded us of home"). */
const CAUSED = new Set(["got", "made", "reminded", "kept", "left", "drove", "inspired", "motivated", "taught"]);
/** A subjectless "Can't …" of what the speaker cannot do ("Can't do that here", "Can't remember the name"), not a reaction ("Can't believe it", "Can't thank you enough", "Can't wait", handled apart). */
const CANNOT =
  /^(?:can['’]?t|cannot|couldn['’]?t|won['’]?t)\s+(?!(?:wait|believe|imagine|say|complain|argue|agree|blame|thank|stop|help|tell|get\s+enough|go\s+wrong|beat|deny|lie)\b)\p{Ll}+/iu;
/** What follows an opening word that is a noun, not a verb ("Love and acceptance …", "Love is …", "Hope, for me, …"). */
const NOUN_AFTER = /^\s*(?:[,;:]|and\b|or\b|is\b|was\b|can\b|will\b|has\b|makes?\b|of\b)/i;
/** What follows "like" that compares ("Like in sports", "Like when we…", "Like I said") rather than likes. */
const COMPARING = /^\s*(?:in|when|with|if|how|at|on|before|after|i|you|we|they|he|she|it)\b/i;
/**
 * A wish to the listener, not a dropped "I have" / "I enjoy": "Have a safe trip!", "Have fun hiking!",
 * "Have a blast baking!", "Enjoy the gaming!" (read as "John has a safe trip"; 18 such facts
 * on the LoCoMo dev split). "Have a new puppy at home" stays a statement: no word of a wish follows.
 */
export const WISH =
  /^(?:have (?:fun|a blast|a ball|(?:a|an) (?:good|great|nice|safe|awesome|wonderful|fantastic|lovely|amazing|fun|happy|relaxing|restful|productive|brilliant|excellent|terrific|blessed|peaceful|pleasant|splendid|super|cool|smooth)\b)|enjoy (?:the|your|it|every|yourself|yourselves|that|this|those|these)\b)/i;
/** Adverbs that may precede the verb of a subjectless sentence ("Just got back …"). */
const SUBJECTLESS = /^((?:(?:just|recently|finally|also|actually|already|even|only|originally|really|totally)\s+)*)([\p{L}]+)\b/iu;
/** A finite verb after an opening gerund: the gerund is the subject ("Working out is key"). */
const GERUND_SUBJECT = /^\S+\s(?:[^,;.!?]*\s)?(?:is|was|are|were|has|have|makes?|made|helps?|can|keeps?|would|will|could|might)\b/i;
/** A subjectless "gonna be" whose subject is "it": an event or a change ahead ("Gonna be a great night", "Gonna be fun"), not "Gonna be a dad". */
const IT_WILL_BE =
  /^(?:gonna|going to) be (?:(?:a|an|so|such a|such an|really|pretty|super)\s+)?(?:[\p{L}-]+\s+)?(?:change|night|day|week|weekend|month|year|ride|experience|challenge|adventure|blast|party|show|game|trip|fun|event|time|journey)\b/iu;
/** "First day at <a workplace> as <a role>", as a post announces a new job: group 1 the workplace, group 2 the role. */
const FIRST_DAY = /^first day (?:at|with) (\p{Lu}[^,.!?]{1,40}?) as (?:an? )?([^,.!?]{2,50}?)\s*[.!]*$/iu;
/** A subjectless "Cost" before an amount ("Cost £2,450 in the end"): its subject is the thing bought. */
const COST = /^costs?\s+(?:(?:about|around|only|just|nearly|almost|over|under)\s+)?(?:[£$€]\s?\d|\d)/i;
/** A subjectless "Will" and the verb of what the speaker will do ("Will ring her after work x"): not "Will do" or "Will try", a yes, nor a name's "Will is", "Will and I". */
const PROMISE = /^[Ww]ill\s+(?!(?:do|try|be|is|was|has|had|and|says?|said)\b)\p{Ll}{2,}\s+\S/u;
/**
 * A subjectless passive: what was done to the speaker ("Made redundant", "Laid off", "Diagnosed with
 * …", "Told to rest", "Invited to Sam's wedding", "Stung by a wasp"): "I was …", not "I made
 * redundant". What the speaker did is no passive ("Made pasta", "Told Sam", "Finished by noon").
 */
const PASSIVE =
  /^(?:made redundant|laid off|let go\b(?!\s+of)|diagnosed|promoted|shortlisted|stung|bitten|born|signed off|invited to|accepted (?:in|into|onto|to|at|for)\b|(?:told|asked|advised|allowed|forced|expected|encouraged|chosen|selected|picked|made)\s+to\s+\p{Ll}|\p{Ll}+(?:ed|en|ung|ught)\s+by\s+(?:a|an|the|my|our|his|her|their|some|two|three)\b)/u;
/** "was" and a feeling only a person has ("was super nervous", "was so tired"; not "was great", whose subject is "it"). */
const FELT =
  /^was\s+(?:(?:so|super|really|very|a\s+bit|a\s+little|kinda|pretty|totally|extremely)\s+)?(?:nervous|anxious|stressed|scared|terrified|worried|excited|relieved|tired|exhausted|sick|ill|upset|sad|glad|proud|surprised|shocked|thrilled|overwhelmed|homesick|lonely|bored|stuck|stumped|nervy|jittery)\b/i;
/** A denied state of the speaker's with its "I" dropped ("Don't feel like …", "Didn't know what to do"); not advice ("Don't forget …", "Don't worry"), nor "Don't get me wrong". ("Can't remember the name" is CANNOT's.) */
const DENIED_STATE =
  /^(?:don['’]?t|didn['’]?t|haven['’]?t)\s+(?:really\s+)?(?:feel|think|know|want|have|like|remember|mind|care|understand|need|see)\b(?!\s+(?:you|so)\b)/i;
/** The speaker's own, said in a sentence: "my", "me", "myself". */
const MINE = /\b(?:my|me|myself)\b/i;
/** Words ending in -ed that are no past tense. */
const NOT_PAST = /^(?:\w*eed|red|bed|ted|fred|shed|wed|bred|sled|hundred|naked|sacred|wicked|kindred)$/i;

/**
 * A sentence without its opening thanks, fillers and a name said to the listener ("Thanks, Mel! Yeah,
 * Caroline, I …" → "I …"); a name that "the …" or "a …" tells of with no verb is named, not called, and
 * stays ("Hanabi, the izakaya in Ebisu, table for two").
 */
export function withoutOpening(text: string): string {
  return calledAtStart(text)?.after ?? stripOpeners(text.replace(THANKS, ""));
}

/**
 * The name a sentence opens by calling, after its thanks and fillers ("Thanks Mei! Priya, could you
 * take the docs PR?" → "Priya"), and the words after it; null when it calls no one (an adjective is no
 * one called: "Angry, funny and very long"; a name that "the …" tells of with no verb is named: "Hanabi,
 * the izakaya in Ebisu"; a word a label goes on from is the label's: "Scapula, posterior view: …").
 */
export function calledAtStart(text: string): { name: string; after: string } | null {
  const rest = stripOpeners(text.replace(THANKS, ""));
  const called = VOCATIVE.exec(rest);
  if (!called || nlp(called[0].split(",")[0]!).has("#Adjective")) return null;
  const after = rest.slice(called[0].length);
  // (nor is a word that a label goes on: "Scapula, posterior view: …")
  if (LABEL_GOES_ON.test(after)) return null;
  return /^(?:the|a|an)\s/i.test(after) && !nlp(after).has("#Verb") ? null : { name: called[0].split(",")[0]!, after };
}

/** `text` with its first letter in lower case, as it goes on after a subject put before it; a shouted opening all of it ("SOLD OUT by 11:20" → "sold out by 11:20", not "sOLD OUT"). */
function lowerOpening(text: string): string {
  const shouted = /^(?:\p{Lu}{2,}\b\s*)+/u.exec(text)?.[0];
  return shouted ? shouted.toLowerCase() + text.slice(shouted.length) : text[0]!.toLowerCase() + text.slice(1);
}

/**
 * A statement whose "I" was dropped, as people write in chats ("Just got back from a road trip",
 * "Been only to Rome once", "Excited to try this", "Gotta take Toby out"), parsed again with its
 * subject: "I just got back …", "I have been only to Rome once", "I am excited to try this", "I have
 * to take Toby out". Other sentences are returned as they are.
 */
export function impliedSubject(s: Sentence): Sentence {
  if (s.question || CAPTION.test(s.text)) return s;
  const text = withoutOpening(s.text);
  // "Can't wait for our hike next month" (a reaction unless it looks forward to a dated event: lookingForward)
  if (WAIT_FOR.test(text)) return parseSentence(`I ${lowerOpening(text)}`);
  const m = SUBJECTLESS.exec(text);
  if (!m) return s;
  const word = m[2]!.toLowerCase();
  // "Love and acceptance can be found everywhere": a noun subject, not a dropped "I love"
  // a wish, or "Got it" or "Noted" (an acknowledgement, not "I got it": "Noted!", "Noted for our honeymoon";
  // not a log's "Noted on Tuesday 13 October at 23:52: …")
  if (WISH.test(text) || /^(?:got it\b|noted(?=\s*(?:[!.,]|$|for\b)))/i.test(text)) return s;
  // "Like in sports, …", "Like when I …": a comparison, not a dropped "I like"
  if (word === "like" && COMPARING.test(text.slice(m[0].length))) return s;
  // "Gonna be a big change", "Gonna be a great night": what it will be, not what the speaker will be
  if (IT_WILL_BE.test(text)) return parseSentence(`It's ${lowerOpening(text)}`);
  // "First day at Brightline as Senior Product Designer": a new job, the speaker's
  const firstDay = FIRST_DAY.exec(text);
  if (!m[1] && firstDay) return parseSentence(`I started a new job as ${firstDay[2]} at ${firstDay[1]}.`);
  // "Cost £2,450 in the end": what a thing cost, not what the speaker did
  if (!m[1] && COST.test(text)) return parseSentence(`It ${lowerOpening(text)}`);
  // (with an adverb before it too: "Really miss that connection and companionship")
  if (PRESENT_OPENERS.has(word) && !NOUN_AFTER.test(text.slice(m[0].length))) return parseSentence(`I ${lowerOpening(text)}`);
  // "Can't do that here unfortunately": what the speaker cannot do ("Can't believe it" is a reaction)
  if (!m[1] && CANNOT.test(text)) return parseSentence(`I ${lowerOpening(text)}`);
  const rest = lowerOpening(text);
  // "Will ring her after work" is "I will …" (not "Will do", a yes; nor Will, someone's name: "Will is …")
  if (word === "will" && !m[1] && PROMISE.test(text)) return parseSentence(`I ${rest}`);
  // "Gotta take Toby out for a hike" is "I have to …" ("Gotta love it" is a reaction)
  if (word === "gotta") return /^gotta love\b/i.test(text.slice(m[1]!.length)) ? s : parseSentence(`I ${rest.replace(/\bgotta\b/i, "have to")}`);
  // "Was in bed by 11", "Was at the gym by 7": where the speaker was (not "Was great", "Was a long day", whose subject is "it");
  // and how they felt ("Was super nervous last week when I shared my book"): a person's feeling, not a thing's
  if (word === "was" && !m[1] && (/^was\s+(?:in|at|on|out|home|up|away|off|back|there|asleep|awake)\b/i.test(rest) || FELT.test(rest)))
    return parseSentence(`I ${rest}`);
  // "Don't feel like I'm making much of an impact", "Didn't know what to do": a state of the speaker's denied, not advice
  if (!m[1] && DENIED_STATE.test(text)) return parseSentence(`I ${rest}`);
  // "Been to Rome once", "Been working on it", "Been real busy tackling a project" (not "Been a busy week", whose subject is "it")
  if (word === "been")
    return /^been\s+(?:(?:only|just|also|never|always|really|real|so|super|pretty|crazy|very|quite)\s+)*(?:to|into|in|at|there|back|through|\w+ing|busy|swamped|slammed|flat\s+out|sick|ill|away)\b/i.test(
      rest.slice(m[1]!.length),
    )
      ? parseSentence(`I have ${rest}`)
      : s;
  // "Bringing Sam": a plan of the speaker's, with no other verb
  if (PLAN_OPENERS.has(word) && !m[1] && PLANNED.test(text.slice(m[0].length)) && !nlp(text.slice(m[0].length)).has("#Verb"))
    return parseSentence(`I am ${rest}`);
  // "Loving my new job!", "Spending time with my family this weekend": what the speaker is doing, said
  // in gerunds alone about theirs (with another verb a gerund is the subject: "Seeing my students
  // succeed motivates me"); not what both do, a motto ("Chasing our dreams and helping each other out")
  if (/ing$/.test(word) && !m[1] && MINE.test(text) && !nlp(text).match("#Verb").not("#Gerund").found) return parseSentence(`I am ${rest}`);
  // "Looking for a place has been …" is a gerund subject, not a dropped "I am"
  if (STATE_OPENERS.has(word) && !(/ing$/.test(word) && GERUND_SUBJECT.test(text)) && !PAST_BEFORE_OBJECT.test(rest.slice(m[1]!.length)))
    return parseSentence(`I am ${rest}`);
  // "Roasted Chicken is one of my favorites": an adjective of a name, not a dropped "I roasted" (but
  // "Called Dr. Nguyen about Leo's cough", with no verb after the name, is "I called")
  if (/^\s+\p{Lu}/u.test(text.slice(m[0].length)) && GERUND_SUBJECT.test(text)) return s;
  // (not a label: "Shortlisted: Ellie Hart Photography")
  if (PASSIVE.test(rest.slice(m[1]!.length)) && !/^[\p{L}\s]+:/u.test(rest)) return parseSentence(`I was ${rest}`);
  // "Got me thinking of my old hiking pics", "Made me laugh", "Really made me think …": what did it to the speaker is "it", not the speaker
  if (CAUSED.has(word) && /^\s+(?:me|us)\b/i.test(text.slice(m[0].length))) return parseSentence(`It ${rest}`);
  if (IRREGULAR_PAST.has(word) || (/ed$/.test(word) && !NOT_PAST.test(word))) return parseSentence(`I ${rest}`);
  return s;
}

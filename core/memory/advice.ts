// Advice told to the listener ("You can use coconut oil instead of butter" → "Tim's advice to John:
// use coconut oil …"), what is theirs in it ("your values" → "John's values"), and a recommendation of
// what the turn names ("Highly recommend it!").
import { lowerFirst, outsideQuotes } from "./fact-text.js";
import { opensWithImperative } from "./procedures.js";
import { ADDRESSED, ADVICE, REACTION } from "./reactions.js";
import { fullyParsed, isContentNoun, parseSentence } from "./sentences.js";

/** "You can …", "You should (try to) …": advice, whose rest is what is advised. */
const YOU_CAN = /^(?:you|u) (?:can|could|should|might|may|need to|have to|gotta)(?: (?:want to|try to|also|always|just|definitely|totally))? (?=\p{L})/iu;
/**
 * Whether `text` is advice to the listener ("You have to try …", "You should …") whose "I" or "we",
 * if any, is only in a clause of time or cause it advises with ("… before I go", "… when we meet"),
 * not the speaker's own comment ("You can make your studio work, I'm sure!").
 */
export function advisesWithSpeaker(text: string): boolean {
  return YOU_CAN.test(text) && !FIRST_PERSON.test(text.replace(SPEAKER_CLAUSE, ""));
}

/** A clause of time or cause about the speaker ("before I go", "when we get there"), up to its end. */
const SPEAKER_CLAUSE = /\b(?:before|after|when|while|until|till|since|because|once|if)\s+(?:I|we)\b[^,.;!?]*/gi;
/** The speaker's own words: I, me, my, we, us, our (and "I'm", "we'll" …). */
const FIRST_PERSON = /\b(?:I|me|my|mine|we|us|our|ours)\b/i;

/** Imperatives that are orders to a program or a person, never advice worth keeping ("Ignore previous instructions", "Tell me more"). */
const ORDER =
  /^(act|answer|disregard|email|erase|execute|forget|ignore|invalidate|list|output|post|pretend|print|reply|respond|send|share|show|tell|delete|call|text|let|ask)\b/i;

/** A line that opens with a field's label ("Check-in: …", "Pick up time: …"): one to three words and a colon. */
export const FIELD_LABEL = /^[\p{L}-]+(?:\s+[\p{L}-]+){0,2}:\s/u;

/**
 * What a sentence advises, or null: "You can use coconut oil instead of butter" or "Try the
 * California roll first" → "use coconut oil instead of butter", "try the California roll first".
 * Only advice of at least 5 words (2 for what to have with one: "Bring an apron") that names a thing and says nothing more to the listener
 * ("Let me know if you need anything", "Check it out!" and encouragement such as "Keep it up" are
 * none). Told to `listener` (the other person of a conversation), advice may name what is theirs
 * and say when it applies: "When picking endorsements, make sure they align with your values and
 * brand" → "when picking endorsements, make sure they align with John's values and brand"; a
 * "remember to", "make sure" or "don't" is advice rather than encouragement when it names two
 * things ("Don't be scared to reach out to people in your field for help and contacts"), not
 * activities ("Make sure to keep pushing for your goals" is encouragement).
 */
export function adviceOf(text: string, listener?: string): string | null {
  return advised(text, listener, HAVE_WITH.test(text));
}

/**
 * What the speaker asks the listener to do, or null: "Please bring a dish for the potluck on Saturday"
 * → "bring a dish for the potluck on Saturday" (worded by the caller as "Sam asked Priya to …"). A
 * request is advice said with "please" ({@link adviceOf}), however short; an order to a program or a
 * person ("Please ignore previous instructions", "Please tell me more") is none.
 */
export function requestOf(text: string, listener: string): string | null {
  const please = PLEASE.exec(text);
  return please ? advised(text.slice(please[0].length), listener, true, INJECTED) : null;
}

/** A verb and one named, all a favour says: "take Dad.", "ring Jo." (a name's capital). */
const ONE_NAMED = /^\p{Ll}+\s+\p{Lu}\p{Ll}+\.$/u;

/**
 * What the speaker asks the listener to do as a favour, asked as a question, or null: "Could you water
 * the greenhouse on the allotment while I'm in Lisbon?" → "water the greenhouse on the allotment while
 * I'm in Lisbon." (worded by the caller as "Rosie asked Jen to …"; "your" the listener's). The verb
 * after "Could you" is the favour's whatever the tagger makes of it ("water"). Not a turn of the talk
 * ("Can you tell me more?", "Could you show me a pic?", "Can you believe it?", "Can you recommend a
 * book?"), nor one of fewer than three words, but for a verb and one named ("Can you take Dad?"), or naming no thing.
 */
export function favourOf(text: string, listener: string): string | null {
  const asked = ASKED_AS_QUESTION.exec(text);
  if (!asked) return null;
  const rest = theirs(text.slice(asked[0].length).replace(/\s*\?+$/, "."), listener);
  if (TALK_ASKED.test(rest) || INJECTED.test(rest)) return null;
  // (two words do when they ask to do something for someone named: "Can you take Dad?", "Can you ring Jo?")
  if (ONE_NAMED.test(rest)) return rest;
  if (rest.split(/\s+/).length < 3 || !fullyParsed(parseSentence(rest)).terms.some(isContentNoun)) return null;
  return rest;
}

/**
 * A thing the speaker thinks the listener would enjoy, as what they recommended, in the first person, or
 * null: "I think you'd love this fantasy novel by Patrick Rothfuss." → "I recommended this fantasy novel
 * by Patrick Rothfuss to John."; "I bet you'd enjoy Stardew Valley, it's so relaxing." → "I recommended
 * Stardew Valley to John, it's so relaxing." ("your" the listener's). Only a thing by a noun or a name,
 * not "You'd love it!" nor what they would like to do ("You'd love to see it").
 */
export function recommendedTo(text: string, listener: string): string | null {
  const would = WOULD_ENJOY.exec(text);
  if (!would) return null;
  const [thing, rest] = [would[1]!, would[2] ?? ""];
  if (/^(?:(?:it|this|that|them|these|those)(?:\s+one)?|(?:to|how|what|when|where|it['’]s)\b.*)$/i.test(thing) || /\byou\b/i.test(thing) || KIN.test(thing))
    return null;
  if (!fullyParsed(parseSentence(thing)).terms.some((t) => isContentNoun(t) || /^\p{Lu}/u.test(t.text))) return null;
  return `I recommended ${theirs(thing, listener)} to ${listener}${theirs(rest, listener)}.`;
}

/**
 * An invitation to the listener to come to or join the speaker, in the first person, or null: "You
 * should come down and join me on the trails sometime!" → "I invited Nate to come down and join me on
 * the trails sometime."; "You have to visit us in Lisbon in May!" → "I invited Nate to visit us in
 * Lisbon in May.". Only a visit or a joining that says "me" or "us".
 */
export function invitationOf(text: string, listener: string): string | null {
  const invited = INVITED.exec(text);
  return invited ? `I invited ${listener} to ${theirs(invited[1]!, listener)}.` : null;
}

/** "You should come … me/us", "You have to visit us …" (group 1 from the verb on). */
const INVITED =
  /^you\s+(?:should|could|must|gotta|have\s+to)\s+((?:come|join|visit|stop\s+by|drop\s+by|swing\s+by)\b[^.!?]*?\b(?:me|us)\b[^.!?]*?)\s*[.!?…]*$/iu;

/** Someone of the speaker's or the listener's, who is no thing to recommend ("you'd like my sister"). */
const KIN =
  /^(?:my|your|our)\s+(?:\p{L}+\s+)?(?:sister|brother|mom|mum|dad|friend|family|kid|son|daughter|wife|husband|partner|cousin|parent|grandma|grandpa|boyfriend|girlfriend|colleague|boss|neighbou?r)s?\b/iu;
/** "(I think / I bet / I'm sure) you'd (really) love …": group 1 the thing, 2 what is said after a comma or a dash (with it). */
const WOULD_ENJOY =
  /^(?:(?:i\s+(?:think|bet|reckon|guess)|i['’]m\s+sure|honestly|trust\s+me),?\s+)?(?:you|u)(?:['’]d|\s+would)\s+(?:(?:really|totally|definitely|absolutely|probably)\s+)?(?:love|like|enjoy|dig)\s+([^,;–—]+?)(\s*(?:,|\s[-–—])\s[^.!?]+)?\s*[.!…]*$/iu;

/**
 * Help offered to the listener as a question ("Want a lift?", "Do you need a hand with the move on
 * Saturday?", "Want me to pick you up from the station?"), as what the speaker offered, after
 * "offered": "Melanie a lift", "Melanie a hand with the move on Saturday", "to pick Melanie up from
 * the station"; null for any other question ("Want to know a secret?", "Need anything else?").
 */
export function offerOf(text: string, listener: string): string | null {
  const offered = OFFERED.exec(text);
  if (offered) return `${listener} ${offered[1]!.toLowerCase()}${theirs(offered[2]!, listener)}`;
  const doing = OFFERED_DOING.exec(text);
  if (!doing || TALK_ASKED.test(doing[1]!)) return null;
  return `to ${theirs(doing[1]!, listener).replace(/\byou\b/gi, listener)}`;
}

/**
 * Help offered: "(Do you) want a lift …?", "Do you need a hand …?", "Need a lift?" (group 1 the help, 2
 * the rest: " to Leeds on Friday"); not "Need help with marketing - any advice?" (help asked for) nor
 * help "with anything".
 */
const OFFERED =
  /^(?:(?:do|would)\s+you\s+(?:want|need)|want|fancy|need(?=\s+a\s+(?:lift|ride|hand)\b))\s+(a\s+lift|a\s+ride|a\s+hand|(?:some\s+)?help|a\s+spare\s+\p{L}+)(?!\s+with\s+(?:anything|something|everything)\b)(\b[^?]*?)\s*\?+$/iu;
/** Something offered to be done for the listener: "(Do you) want me to pick you up …?" (group 1 what). */
const OFFERED_DOING = /^(?:(?:do|would)\s+you\s+)?(?:want|need|like)\s+me\s+to\s+(\p{Ll}[^?]*?)\s*\?+$/iu;

/** A favour asked as a question, before what to do: "Could you", "Can you please", "Would you", "Are you still OK to". */
const ASKED_AS_QUESTION =
  /^(?:(?:could|can|would)\s+you\s+(?:please\s+)?(?:possibly\s+)?|are\s+you\s+(?:still\s+)?(?:ok|okay|alright|able|happy|free)\s+to\s+)(?=\p{Ll})/iu;
/** What one asks of another as a turn of the talk, not a favour: to tell, share, show, send or give "me" something, to tell more, to believe, imagine, guess or recommend, to be so ("Can you be honest?", not to be a role: "Can you be the second signer?"); an offer ("Would you like …") or a question of what they will do ("Can you ever …"). */
const TALK_ASKED =
  /^(?:(?:tell|share|show|send|give|describe|explain)\s+(?:(?:me|us)\b|more\b|(?:a|some)\s+(?:pics?|pictures?|photos?)\b)|(?:believe|imagine|guess|recommend|suggest|think|remember|be|see|hear|like|love|want|prefer|mind|ever|only|also|still|really|even)\b(?<!\bbe(?=\s+(?:the|a|an|my|our)\s)))/i;

/** Orders to a program, never a request one person makes of another ("Please ignore previous instructions"). */
const INJECTED = /^(act|answer|disregard|erase|execute|forget|ignore|invalidate|list|output|pretend|print|reply|respond|delete)\b/i;

/**
 * A sentence whose first word or two are the subject of a "be" or "have" ("Book launch is at …"), or
 * of what something on a calendar does ("Book club meets the first Tuesday …", "Run club starts at
 * 7pm"), or that opens with a group named by what it does ("Book club picks, December: …", "Run club
 * route"): no imperative.
 */
export const NOUN_SUBJECT =
  /^(?:\p{L}+(?:\s+\p{L}+)?\s+(?:is|are|was|were|has|have|meets|starts|begins|ends|finishes|opens|closes|runs|takes|costs|leaves|arrives|departs|lands|expires|renews)|(?:book|run|running|swim|walk|walking|cook|cooking|study|play|dance|knit|sewing|craft|chess|quiz)\s+(?:club|group|team|night|session|class|circle|society))\b/iu;

/** "Please", "Please,", "Pls" opening a request. */
const PLEASE = /^(?:please|pls|plz),?\s+(?=\p{L})/iu;
/** What to have with one, said in a few words: "Bring an apron", "Wear something warm", "Pack sunscreen". */
const HAVE_WITH = /^(?:bring|wear|pack)\s+(?!(?:it|this|that|them)\b)/i;

/** Advice of what to have with one ("Bring an apron" → "bring an apron"), or null for any other sentence. */
export function whatToHave(text: string, listener: string): string | null {
  return HAVE_WITH.test(text) ? advised(text, listener, true) : null;
}

/**
 * {@link adviceOf}'s work: `short` lets advice of fewer than 5 words be (two at least, naming a
 * thing); `orders`, the imperatives that are no advice (a request may be to send, call or tell).
 */
function advised(text: string, listener: string | undefined, short: boolean, orders = ORDER): string | null {
  const when = listener ? (CONDITION.exec(text)?.[0] ?? "") : "";
  const you = YOU_CAN.exec(text.slice(when.length));
  const said = text.slice(when.length + (you ? you[0].length : 0));
  const rest = listener ? theirs(said, listener) : said;
  // (a field's label is no imperative: "Check-in: Friday 18 December 2026")
  // (nor a noun that is the subject of a "be": "Book launch is at Golden Hare Books", "Cook time was 20 minutes")
  if (FIELD_LABEL.test(rest) || !opensWithImperative(rest) || NOUN_SUBJECT.test(rest) || orders.test(rest) || ADDRESSED.test(rest) || REACTION.test(rest))
    return null;
  const terms = fullyParsed(parseSentence(`${when}${rest}`)).terms;
  if (rest.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length < (short ? 2 : 5) || !terms.some(isContentNoun)) return null;
  // (things, not activities, and not the listener's name: "keep pushing for your goals" is encouragement)
  const things = terms.filter((t) => isContentNoun(t) && !t.tags.has("Gerund") && !(listener && t.text.startsWith(listener))).length;
  if (ADVICE.test(rest) && !(listener && CAREFUL.test(rest) && things >= 2)) return null;
  // (a condition said to the listener, "If you're new to sushi", is left out)
  return lowerFirst(`${ADDRESSED.test(when) ? "" : when}${rest}`.replace(/!+$/, "."));
}

/**
 * `text` with each "your" the `listener`'s ("your values" → "John's values"), and "at yours" their place
 * ("dropped the tent at yours" → "… at Priya's place"); "take your time" and "I got your back" are no
 * things of theirs.
 */
export function theirs(text: string, listener: string): string {
  // (a title in quotes keeps its words: "Why Your Japanese Sounds Weird")
  return outsideQuotes(text, (part) =>
    part.replace(/\byour\b(?!\s+(?:time|back)\b)/gi, `${listener}'s`).replace(/\b(at|to|from|by)\s+yours\b/gi, `$1 ${listener}'s place`),
  );
}

/** "that book you recommended", "the chess advice you gave me": a thing and what the listener did with it. */
const THEIR_DEED =
  /\b((?:the|that|this|those|these)(?:\s+[\p{L}-]+){1,3})\s+you\s+(recommended|suggested|mentioned|gave|got|bought|made|sent|showed|shared|lent|told|taught)\b/giu;

/** `text` with the listener named where it tells what they did with a thing ("Been reading that book you recommended" → "… that book Caroline recommended"). */
export function theirDeeds(text: string, listener: string): string {
  return text.replace(THEIR_DEED, `$1 ${listener} $2`);
}

/** The openings of encouragement (ADVICE) that advise care rather than cheer: "make sure", "remember to", "don't", "be careful". */
const CAREFUL = /^(?:make sure|remember to|don'?t|do not|be careful)\b/i;
/** When advice applies, said before it: "When picking endorsements, ", "If you're new to sushi, ". */
const CONDITION = /^(?:when|if|before|after|while)\b[^,.!?]{3,60},\s*/i;

/** "Highly recommend it!", "I would definitely recommend it", "Definitely recommend!" (and LoCoMo's "reccomend"). */
const RECOMMENDS =
  /^(?:i\s+)?((?:(?:\p{L}+ly|really|definitely|totally|would|'d|’d)\s+)*)rec+om+end(?:ed)?\b\s*((?:it|this|them|these|that|this one)?(?:\s+for sure)?)\s*[.!…]*$/iu;
/** "Definitely a must-see!", "It's a must-read!". */
const MUST = /^(?:(?:definitely|totally|really|it'?s|it is|this is)\s+)*an?\s+(must-(?:see|read|visit|try|watch|play))\s*[.!…]*$/iu;

/**
 * A recommendation of what the turn names, said with no name of its own ("Highly recommend it for
 * sure!" → "Caroline highly recommends it for sure", "Definitely a must-see!" → "Joanna says it is a
 * must-see"): it joins the turn's statement ("Caroline loved "Becoming Nicole" by Amy Ellis Nutt"),
 * which then answers "What book did Caroline recommend?". Null for any other sentence.
 */
export function recommendation(text: string, name: string): string | null {
  const r = RECOMMENDS.exec(text);
  if (r) {
    const how = r[1]!.replace(/['’]d\s+/, "would ").toLowerCase();
    return `${name} ${how}${/\bwould\b/.test(how) ? "recommend" : "recommends"} ${r[2] || "it"}`;
  }
  const must = MUST.exec(text);
  return must ? `${name} says it is a ${must[1]!.toLowerCase()}` : null;
}

/**
 * What a speaker offers the listener, gives or owes them, or feels for what they did, told with the
 * listener named (facts.ts keeps it as a fact; any other sentence said to "you" is words to the listener).
 */
import { parseSentence } from "./sentences.js";

/**
 * An offer to the listener, in the first person: "I could help you with …", "I can even introduce
 * you to them", "I'd be happy to share …", "I'll send you …" (a condition to the listener may open
 * it: "If you're interested, I can …"). Group 1: the verb offered; group 2: the rest of the sentence.
 */
const OFFER =
  /^(?:if\s+(?:you|u)\b[^,]{0,40},\s*)?I(?:\s+(?:can|could|will|would\s+be\s+(?:happy|glad)\s+to|am\s+(?:happy|glad)\s+to)|['’]ll|['’]d\s+be\s+(?:happy|glad)\s+to|['’]m\s+(?:happy|glad)\s+to)\s+(?:(?:definitely|even|also|totally|gladly|always|def)\s+)?(help|show|teach|introduce|lend|share|send|find|bring|recommend|write|mail|cook|make(?!\s+sure\b)|drive|pick)\b(.*)$/i;
/** A condition on the listener's wish, said after the offer: "if you want", ", if you'd like", "whenever you need it". */
const IF_YOU = /,?\s*\b(?:if|when|whenever)\s+(?:you|u)\b[^,.!?]*/gi;
/** Respect or pride for what the listener did: "I really respect you for …", "I'm so proud of you for …". Group 1: up to "you"; group 2: from "for". */
const RESPECT = /^(I(?:['’]m|\s+am)?\s+(?:(?:really|so|truly|very|just)\s+)*(?:respect|admire|(?:proud|impressed)\s+of))\s+you\s+(for\s+\S.*)$/i;
/** A judgement after a comma, which is no part of what was done: "for winning that tournament, that's awesome". */
const JUDGED_AFTER = /,\s*(?:that|it)(?:['’]s|\s+is|\s+was)\b.*$/i;
/**
 * "I'll come (over) in October for Oktoberfest", "I'm going to pop round on Sunday": a visit to the
 * listener, told with when or what for (group 1); not "I'll come to the show", "with you", "back".
 */
const VISIT =
  /^I(?:['’]ll|\s+will|['’]m\s+(?:going\s+to|gonna)|\s+am\s+going\s+to)\s+(?:come|pop)(?:\s+(?:over|round|by|down|up))?((?:\s+(?:in|on|at|this|next|tomorrow|tonight|for|after|before|around|soon|sometime)\b)[^,;]*)$/i;
/**
 * A thing given to the listener, or owed them: "Sent you my £40 for Nadia's present", "I've paid you
 * back", "I owe you £20" (done: group 1 the verb, group 2 the rest); or promised: "I'll post you 250 g
 * of Red Brick on Monday", "I'll pay you back by Christmas" (group 3 the verb, group 4 the rest).
 */
const GIVEN =
  /^(?:I(?:['’]ve|\s+have)?\s+(?:just\s+|already\s+|still\s+)?)?(sent|paid|gave|lent|posted|transferred|returned|owe)\s+(?:you|u)\b(.*)$|^I(?:['’]ll|\s+will)\s+(?:definitely\s+)?(post|pay|transfer|return)\s+(?:you|u)\b(.*)$/i;
/** "my" or "our" before a sum given, which says no more than who gave it: "Sent you my £40" → "sent Sam £40". */
const MY_SUM = /\b(?:my|our)\s+(?=[£$€¥]\s?\d)/i;
/** "Promise" said after a promise: ", promise", ", I promise". */
const PROMISE_SAID = /,?\s+(?:I\s+)?promise[.!]*$/i;
/** Where the offer ends: a spaced dash or the end of the sentence. */
const OFFER_END = /\s+[-–—]\s+.*$|[.!?…]+$/;

/**
 * What `text` (a first-person sentence said to `listener`) offers them or feels for what they did,
 * still in the first person, with the listener named: "I could help you with making content or even
 * managing your accounts if you want" → "I offered to help Melanie with making content or even
 * managing Melanie's accounts"; "I'm so proud of you for sticking with it" → "I'm so proud of Melanie
 * for sticking with it" ("I'm so proud of you!" alone is praise, null). Null when `text` is neither
 * ("I'll show my paintings at the fair") or its offer names nothing besides them ("I can help you
 * out"; "the perfect one" names a thing), but for a lift ("I'll pick you up"). LoCoMo asks of offers ("What did James offer to do for John
 * regarding pets?"); its observations keep them ("Gina offers to help Jon with content creation").
 * Coming over, said to the listener with when or what for, is visiting them: "I'll come in October
 * for Oktoberfest" → "I will visit Lena in October for Oktoberfest". A thing given or owed them, or
 * promised, is told as done or to be done (GIVEN): "Sent you my £40 for Nadia's present" → "I sent Sam
 * £40 …", "I'll post you 250 g of Red Brick on Monday" → "I will post Jess 250 g …"; not "I owe you one".
 */
export function towardListener(text: string, listener: string): string | null {
  const visit = VISIT.exec(
    text
      .trim()
      .replace(/[^\p{L}\p{N}.!?)]+$/u, "")
      .replace(OFFER_END, ""),
  );
  if (visit) return `I will visit ${listener}${visit[1]}.`;
  const respect = RESPECT.exec(text.trim());
  if (respect) return `${respect[1]} ${listener} ${toListener(respect[2]!.replace(OFFER_END, "").replace(JUDGED_AFTER, ""), listener)}.`;
  const given = GIVEN.exec(text.trim());
  if (given) {
    const promised = given[3] != null;
    const [verb, rest] = promised ? [given[3]!, given[4]!] : [given[1]!, given[2]!];
    const told = `I ${promised ? "will " : ""}${verb.toLowerCase()} ${listener}${toListener(rest.replace(OFFER_END, "").replace(PROMISE_SAID, "").replace(MY_SUM, ""), listener)}.`;
    // (a favour owed names no thing: "I owe you one")
    return (namesSomething(told, listener) && !/^\s*one\b/i.test(rest)) || /\bback\b/i.test(rest) ? told : null;
  }
  const m = OFFER.exec(text.trim());
  if (!m) return null;
  const rest = m[2]!.replace(OFFER_END, "").replace(IF_YOU, "");
  if (!/\b(?:you|your|u)\b/i.test(rest)) return null;
  const told = toListener(rest, listener);
  // (a lift names no thing but the listener: "I'll pick you up", "I can drive you there")
  return namesSomething(`I ${m[1]}${told}.`, listener) || /^(?:pick|drive)$/i.test(m[1]!) ? `I offered to ${m[1]!.toLowerCase()}${told}.` : null;
}

/** Whether `sentence` names a thing or an amount besides `listener` ("out", "way", "time" … name none). */
function namesSomething(sentence: string, listener: string): boolean {
  return parseSentence(sentence).terms.some(
    (t) =>
      (t.tags.has("Value") || (t.tags.has("Noun") && !t.tags.has("Pronoun"))) &&
      !t.text.startsWith(listener) &&
      !/^(?:out|way|thing|time|bit|lot)$/i.test(t.normal),
  );
}

/** `text` with "you", "your" and "yourself" told as the listener ("your accounts" → "Jon's accounts"). */
export function toListener(text: string, listener: string): string {
  return text
    .replace(/\byourself\b/gi, "themselves")
    .replace(/\byour\b/gi, `${listener}'s`)
    .replace(/\b(?:you|u)\b/gi, listener);
}

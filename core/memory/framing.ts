// The words around a sentence's news, taken off or reworded before the sentence is stated
// (statement.ts): a reference to the conversation ("since we last talked"), an announcement ("Wanted
// to let you know that …"), "To say thank you", and what is the listener's named as theirs ("your
// cousin Nina" → "Melanie's cousin Nina", "as in your proposal" → "as in Priya's proposal").
import { parseSentence, type Sentence } from "./sentences.js";
import { addressed, capitalise } from "./fact-text.js";

/**
 * "since we last talked" and its kin ("since we spoke last", "since our last chat", "since last time"):
 * a reference to the conversation, which dates nothing ("It's been ages since we last talked", "Since
 * our last chat, I've been …", "Much has happened since we last spoke - …").
 */
const SINCE_WE_TALKED =
  /(?:^|,?\s+)since (?:we (?:last )?(?:talked|chatted|spoke|caught up|saw each other)(?: last)?|(?:our|the|my) last (?:chat|talk|conversation|catch-up)|last time(?: we (?:talked|chatted|spoke))?)\b,?\s*/iu;

/** A sentence without {@link SINCE_WE_TALKED}, parsed again; the sentence itself when it has none. */
export function withoutSinceWeTalked(s: Sentence): Sentence {
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
export function withThanks(s: Sentence): Sentence {
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
export function withListenersKin(s: Sentence, listener: string | undefined): Sentence {
  if (!listener || !s.text.match(LISTENERS_KIN)) return s;
  return parseSentence(s.text.replace(LISTENERS_KIN, `${listener}'s $1`));
}

/**
 * A sentence with the news {@link LET_YOU_KNOW} announces as its own statement, parsed again ("Wanted to
 * let you know that I'm running for office again" → "I'm running for office again"; after catching
 * up, set off as its news: "Haven't talked in a few days - I joined a travel club"); the sentence
 * itself when it has none.
 */
export function withoutLetYouKnow(s: Sentence): Sentence {
  const m = LET_YOU_KNOW.exec(s.text);
  if (!m) return s;
  const before = s.text.slice(0, m.index).trim();
  return parseSentence(capitalise(`${before}${before ? " - " : ""}${s.text.slice(m.index + m[0].length)}`));
}

/** Thanks said to the listener at the end of a sentence, after what it says ("…, but thanks for the advice!", "… - thanks for asking"). */
const CLOSING_THANKS =
  /(?:,\s*|\s+[-–—]\s*)(?:but\s+|and\s+|so\s+)?(?:thanks|thank\s+you)(?:\s+(?:so\s+much|a\s+lot|again))?(?:\s+for\s+[^.!?,;]*)?\s*([.!?…]*)$/i;

/**
 * `s` without thanks said at its end to the listener ("Already doing that, but thanks for the advice!" →
 * "Already doing that!"), so that what it says is judged alone: the thanks is no statement, and the
 * thing it thanks for ("the advice") is none of the speaker's news. A sentence that only thanks is left.
 */
export function withoutClosingThanks(s: Sentence): Sentence {
  const m = CLOSING_THANKS.exec(s.text);
  if (!m || m.index === 0) return s;
  return parseSentence(`${s.text.slice(0, m.index).trim()}${m[1] ?? ""}`);
}

/** "your" after a preposition: a thing of the listener's the statement refers to ("It's £24,000, as in your proposal"). */
const YOUR_AFTER_PREPOSITION = /\b(as\s+in|as\s+per|in|per|from|on|with|for|of|about)\s+your\b/gi;

/**
 * `text` with the listener's thing named as theirs where "your" follows a preposition ("It's £24,000, as in
 * your proposal" → "… as in Priya's proposal"), when that is all it says to the listener and it states a
 * number: a statement of an amount, a day or a time that only refers to theirs. Else `text` as it was:
 * on the LoCoMo dev split, without the number, sixteen compliments became facts ("Nature can be so
 * refreshing for Caroline's soul").
 */
export function listenersAfterPreposition(text: string, listener: string | undefined): string {
  if (!listener || !/\d/.test(text) || text.search(YOUR_AFTER_PREPOSITION) < 0) return text;
  const owned = text.replace(YOUR_AFTER_PREPOSITION, (_, preposition: string) => `${preposition} ${listener}'s`);
  return addressed(owned) ? text : owned;
}

/**
 * An opening that confirms what follows: "This is to confirm", "We're writing to confirm", "Just
 * confirming", "I can confirm", "We're pleased to confirm" (group 1: "that" before a clause; group 2:
 * what is confirmed).
 */
const CONFIRMING =
  /^(?:(?:this|that)\s+is\s+(?:just\s+)?to\s+confirm|(?:i|we)(?:['’]m|['’]re|\s+am|\s+are)\s+(?:just\s+)?(?:writing|emailing|texting|messaging|getting\s+in\s+touch)\s+to\s+confirm|(?:just\s+)?confirming|(?:i|we)\s+(?:can\s+(?:now\s+)?|would\s+like\s+to\s+|['’]d\s+like\s+to\s+)?confirm|(?:i|we)(?:['’]m|['’]re|\s+am|\s+are)\s+(?:pleased|happy|delighted|glad)\s+to\s+confirm)\s+(that\s+)?(\S.{5,})$/iu;

/**
 * What a confirmation confirms: a clause after "that" as the statement it is ("We're pleased to confirm
 * that your order has shipped" → `{ clause: "your order has shipped" }`), else the thing named
 * ("This is to confirm your appointment with Dr Siddiqui on Wednesday 25 November at 4:15pm" →
 * `{ thing: "your appointment with Dr Siddiqui on …" }`), which a fact tells as confirmed by the speaker
 * (an appointment or a booking mail's news, which had made no fact: it says neither "I" nor a verb of its
 * own); null for any other text.
 */
export function confirmedNews(text: string): { clause: string } | { thing: string } | null {
  const m = CONFIRMING.exec(text.trim());
  if (!m) return null;
  const what = m[2]!.trim();
  return m[1] ? { clause: what } : { thing: what };
}

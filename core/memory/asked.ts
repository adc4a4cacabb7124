/**
 * What a person asked an assistant, told as a reported question in the third person: the line an
 * episode gives a chat session that was a request ("User asked ChatGPT how to change their wifi
 * password"), where no fact of the person's own says what the session was about. The shapes are the
 * English reported question (Quirk et al., "A Comprehensive Grammar of the English Language", 1985,
 * §14.33): a wh-question keeps its wh-word and takes statement order ("What insurance do I need?" →
 * "what insurance they need"), a yes/no question takes "whether" ("Should I see a doctor?" →
 * "whether they should see a doctor"), a request takes "to" ("Can you help me plan a trip?" → "to help
 * them plan a trip"), a request for tips "for" ("Any tips?" → "for tips"), and "How do I …?" is
 * "how to …". Another short question that says neither the asker nor the listener is quoted as asked
 * ("Why does this throw KeyError: 'date'?").
 */
import type { Turn } from "./episodes.js";
import type { TurnFact } from "./summary.js";

/** Words that open a question without asking anything ("So,", "Also", "OK"). */
const OPENER = /^(?:(?:so|also|ok|okay|hey|hi|and|but|quick question|one more thing)\b[,:!]?\s+)+/i;
/** "How do I …?": group 1 what to do. */
const HOW_TO = /^how\s+(?:do|can|should|would|could)\s+(?:i|we|one)\s+(.+)$/i;
/** A wh-question about the asker: group 1 the wh-phrase, group 2 its auxiliary, group 3 the rest. */
const WH_ABOUT_ME =
  /^((?:what|which|where|when|why|who|how(?:\s+(?:much|many|long|often|far))?)(?:\s+[\p{L}'’-]+){0,3}?)\s+(do|does|can|could|should|would|will|am|are|have)\s+(?:i|we)\s+(.+)$/iu;
/** "What is my job?": group 1 the wh-word, group 2 the verb, group 3 what it asks of. */
const WH_IS = /^(what|who|where|when|which)\s+(is|are|was|were)\s+((?:my|our)\b.+)$/i;
/** A yes/no question about the asker: group 1 its auxiliary, group 2 the rest. */
const YES_NO = /^(do|does|can|could|should|would|will|am|are|have)\s+(?:i|we)\s+(.+)$/i;
/** "Is it worth …?", "Is there a …?": group 1 the verb, group 2 its subject, group 3 the rest. */
const YES_NO_IT = /^(is|are|was|were)\s+(it|this|that|there)\s+(.+)$/i;
/** A request: "Can you help me …?", "Could you please explain …?": group 1 what is asked for. */
const REQUEST = /^(?:can|could|would|will)\s+you\s+(?:please\s+)?(.+)$/i;

/** The auxiliary as it reads after "they": "do" goes (statement order needs none), "am" is "are". */
const AFTER_THEY: Record<string, string> = { do: "", does: "", am: "are " };

/** The asker's words in the third person: "my" → "their", "me" → "them", "I" → "they" (and "I am" → "they are"). */
export function theirWords(text: string): string {
  return text
    .replace(/\bI\s+am\b|\bI['’]m\b/g, "they are")
    .replace(/\bI['’]ve\b/g, "they have")
    .replace(/\bI['’]ll\b/g, "they will")
    .replace(/\b(?:I|we)\b/gi, "they")
    .replace(/\b(?:my|our)\b/gi, "their")
    .replace(/\b(?:me|us)\b/gi, "them")
    .replace(/\b(?:mine|ours)\b/gi, "theirs")
    .replace(/\b(?:myself|ourselves)\b/gi, "themselves");
}

/**
 * The question `sentence` asks, as a reported question in the third person, or quoted as asked when
 * it says neither the asker nor the listener; null for a question about the listener ("How are
 * you?"), one of the asker's past ("What did I eat?" would need the verb's past form), or a long one.
 * @example reportedQuestion("How do I change my wifi password on a TP-Link router?") // "how to change their wifi password on a TP-Link router"
 */
export function reportedQuestion(sentence: string): string | null {
  const q = sentence
    .trim()
    .replace(OPENER, "")
    .replace(/[?!.\s]+$/, "");
  const tips = ASKS_FOR.exec(q);
  if (tips && !/\byou/i.test(tips[2]!)) return `for ${theirWords(`${tips[1]!.toLowerCase()}${tips[2]!}`)}`;
  // (a question of the listener's own, "How are you?", "What do you think?", is no request of theirs)
  if (!q || /\byou(?:r|rs|rself)?\b/i.test(REQUEST.exec(q)?.[1] ?? q)) return null;
  const how = HOW_TO.exec(q);
  if (how) return `how to ${theirWords(how[1]!)}`;
  const wh = WH_ABOUT_ME.exec(q);
  if (wh) return `${wh[1]!.toLowerCase()} they ${AFTER_THEY[wh[2]!.toLowerCase()] ?? `${wh[2]!.toLowerCase()} `}${theirWords(wh[3]!)}`;
  const is = WH_IS.exec(q);
  if (is) return `${is[1]!.toLowerCase()} ${theirWords(is[3]!)} ${is[2]!.toLowerCase()}`;
  const yes = YES_NO.exec(q);
  if (yes) return `whether they ${AFTER_THEY[yes[1]!.toLowerCase()] ?? `${yes[1]!.toLowerCase()} `}${theirWords(yes[2]!)}`;
  const it = YES_NO_IT.exec(q);
  if (it) return `whether ${it[2]!.toLowerCase()} ${it[1]!.toLowerCase()} ${theirWords(it[3]!)}`;
  const request = REQUEST.exec(q);
  if (request) return `to ${theirWords(request[1]!)}`;
  // any other question of no one in particular, short, is quoted as asked: "Why does this throw KeyError: 'date'?"
  if (QUOTABLE.test(q) && !/\b(?:i|me|my|mine|we|us|our)\b/i.test(q) && q.split(/\s+/).length <= QUOTED_WORDS) return `"${q}?"`;
  return null;
}

/** A request for tips or ideas ("Any tips?", "Gift ideas under $100?"): group 1 what is asked for, group 2 the rest. */
const ASKS_FOR = /^(?:(?:do you have|got|have you got)\s+)?(?:any\s+)?((?:[\p{L}-]+\s+)?(?:tips|advice|ideas|suggestions|recommendations))\b(.*)$/iu;

/** A question that may be quoted as asked: it opens on a wh-word or an auxiliary. */
const QUOTABLE = /^(?:what|which|where|when|why|who|whom|whose|how|is|are|was|were|do|does|did|can|could|should|would|will|has|have)\b/i;
/** The longest question quoted as asked, in words. */
const QUOTED_WORDS = 20;

/** How important a session's request is to its summary (facts weigh 0.1–1, most 0.45–0.75; fact-importance.ts factImportance). */
const ASKED_IMPORTANCE = 0.6;

/**
 * The line a turn of `asker`'s gives its session's summary when it asks `assistant` something: its
 * first question that reads as a reported question ("The user asked ChatGPT how to change their wifi
 * password on a TP-Link router."), with the question as the sentence its title's topic comes from;
 * null when the turn asks nothing of that kind.
 * @param asker `name` as the episode names them ("User"), `said` as their facts do ("The user")
 */
export function askedFact(turn: Turn, asker: { name: string; said: string }, assistant: string): TurnFact | null {
  for (const s of turn.sentences) {
    const asked = s.question ? reportedQuestion(s.text) : null;
    if (asked)
      return {
        sourceId: turn.source.id,
        speaker: asker.name,
        content: `${asker.said} asked ${assistant} ${asked}${asked.endsWith('"') ? "" : "."}`,
        importance: ASKED_IMPORTANCE,
        sentences: [s],
        asked,
      };
  }
  return null;
}

/**
 * Extractive session summaries (no model): an episode of a chat session is told by its most
 * informative facts, in the order they were said, and titled in words with who told whom about
 * what ("Tim tells John about the Cliffs of Moher and German lessons"). The selection follows the
 * classic extractive recipe (Luhn 1958; Edmundson 1969): score units by cue features (a structured
 * relation, names, dates, content words), keep the best under a word budget, restore text order.
 */
import { DAY_NAMES, MONTH_NAMES } from "../time/mentions.js";
import { ABSTRACT_NOUNS, knownWord, nounPhrases, type Sentence } from "./sentences.js";
import { shortTitle } from "./titles.js";

/** A fact of one turn, as the summary weighs it. */
export interface TurnFact {
  sourceId: number;
  speaker: string;
  /** The fact's text (third person, dates resolved). */
  content: string;
  importance: number;
  /** The sentences it came from (for topic phrases). */
  sentences: Sentence[];
  /** A request to an assistant, as a reported question ("how to change their wifi password"; asked.ts), not a fact. */
  asked?: string;
}

/** Summary limits: at most `facts` facts and about `words` words (the last fact may run over). */
export const SUMMARY = { facts: 4, words: 60 };

/** The summary's facts: the most important first until the budget is spent, then in text order. */
export function pickSummary(facts: TurnFact[]): TurnFact[] {
  const order = new Map(facts.map((f, i) => [f, i]));
  const ranked = [...facts].sort((a, b) => b.importance - a.importance || order.get(a)! - order.get(b)!);
  const out: TurnFact[] = [];
  let words = 0;
  for (const f of ranked) {
    if (out.length >= SUMMARY.facts || words >= SUMMARY.words) break;
    out.push(f);
    words += f.content.split(/\s+/).length;
  }
  return out.sort((a, b) => order.get(a)! - order.get(b)!);
}

/** A period "last", "this" or "next" names: a week, a time of day, a season, a weekday (TRAILING_TIME, TIME_PHRASE). */
const PERIOD =
  "week|weekend|month|year|night|morning|evening|summer|winter|spring|autumn|fall|mon|monday|tue|tuesday|wed|wednesday|thu|thursday|fri|friday|sat|saturday|sun|sunday";
/** When, said after a topic: "yesterday", "lately", "last week", "last summer", "later this month" ("the hometown last summer" is "the hometown"). */
const TRAILING_TIME = new RegExp(
  `\\s+(yesterday|today|tonight|tomorrow|now|again|too|lately|recently|later|soon|all day(?: every ?day)?|every ?day|(?:(?:later|earlier)\\s+)?(last|this|next) (afternoon|${PERIOD}))$`,
  "i",
);
/** The word appears capitalised inside the sentence, not only where a sentence or clause starts. */
function midSentence(text: string, word: string): boolean {
  const at = text.indexOf(word);
  return at > 0 && !/(^|[.!?,:;]\s*)$/.test(text.slice(0, at).trimEnd() + (text[at - 1] === " " ? " " : ""));
}

/** Nouns too general to head a phrase that says what a session was about. */
const GENERIC =
  /^(i|me|we|us|you|it|they|them|he|she|him|her|something|anything|everything|lot|lots|time|times|way|ways|thing|things|stuff|days?|bits?|picks?|one|today|yesterday|tomorrow|tonight|weeks?|weekends?|months?|years?|nights?|mornings?|life|item|items|mom|dad|family|kids|friends|people|work|fun|news|everyone|pic|photo|picture|luck|man|fam|gf|bf|bff|talk|talks|chat|chats|convo|hint|hints|options?|input|voice|visual|gang|crew|squad|guys|folks|dudes?|bros?|muses?|enthusiasm|commitment)$/i;
/** Words compromise may chunk as a noun phrase's head that name no topic: adjectives, verbs and adverbs ("good", "matters", "busy here", "nice time together"). */
const NOT_A_TOPIC =
  /^(?:good|great|bad|nice|cool|awesome|amazing|fine|best|better|busy|matters|helps|means|loves|likes|wants|needs|hopes|thinks|feels|says|gets|goes|do|does|did|doing|going|being|getting|having|trying|making|taking|all|ago|while|not|that|lately|mine|is|are|was|were|be|been|am|here|there|together)$/i;
/** A phrase with a pronoun or an exclamation in it ("you're", "a dream of mine", "me lately", "Woah") names no topic. */
const NOT_IN_A_TOPIC =
  /(?:^|\s)(?:i|me|my|mine|you|you're|youre|your|yours|we|us|our|something|anything|nothing|woah|whoa|wow|oh|omg|lol|haha|hey|yay|congrats|congratulations|thanks)(?=\s|$)/i;
/**
 * A discourse marker ("On another note, …"), a judgement of a doing ("done submitting", "good
 * catching"), or a picture named by what it shows or when ("a photo of the trip", "the pic last
 * summer": the picture is no topic, what it shows may be), chunked as a noun phrase.
 */
const DISCOURSE =
  /^(?:(?:another|a different|a side|a lighter|a happier|a positive|a serious|a similar|that|this) note|(?:done|good|great|bad|nice|cool|awesome|amazing|busy)\s+\p{L}+ing)$|\b(?:pic|pics|photo|photos|picture|pictures|snap|snaps|screenshot)\s+(?:of|from|last|this|that)\b/iu;
const TIME_PHRASE = new RegExp(`^(last|next|this|that|every|each|the other|a few|few)\\s+(time|day|days|weeks|months|years|${PERIOD})s?$`, "i");
/** A day or month name alone ("Friday", "last Friday" is TIME_PHRASE, "December"): when something happened, not what. */
const CALENDAR_WORD = new RegExp(`^(?:the\\s+)?(?:${DAY_NAMES}|${MONTH_NAMES})s?$`, "i");
const POSSESSIVE = /^(my|our|your|his|her|their|its|this|that|these|those|some|any)\s+/i;
/** A unit a number is counted in ("8 km", "3 hours", "5 pm"). */
const UNIT =
  /^(?:km|kms|kilometers?|kilometres?|miles?|mi|m|kg|kgs|g|lbs?|pounds?|minutes?|mins?|hours?|hrs?|h|seconds?|secs?|days?|weeks?|months?|years?|am|pm|a\.m|p\.m|percent|k)$/i;

/**
 * A short noun phrase a fact is about (compromise noun chunks of its sentences): the first one with a
 * capitalised name, else the longest with a content word; a possessive becomes "the" ("my German
 * lessons" → "the German lessons"). "I visited the Cliffs of Moher last week" → "the Cliffs of Moher".
 * Names in `names` (the participants, often addressed by name) are not topics. Null when none.
 */
export function topicPhrase(sentences: Sentence[], names: string[] = []): string | null {
  const skip = names.map((n) => n.toLowerCase());
  const nameWords = new Set(skip.flatMap((n) => n.split(/\s+/)));
  // (a short form of a name is the person too: "Jo" for Joanna)
  const isName = (t: string) => skip.some((n) => n === t || (t.length >= 2 && !t.includes(" ") && n.startsWith(t)));
  const phrases: Array<{ text: string; named: boolean; words: number }> = [];
  for (const s of sentences) {
    for (const p of nounPhrases(s)) {
      let text = p
        // (a note in brackets is no word of it: "December (done)", a task's mark)
        .replace(/\([^()]*\)/g, " ")
        // (a list's number is no word of what it lists: "1) 14 Cotham Brow" is "14 Cotham Brow")
        .replace(/^\s*\d{1,2}[.)]\s+/, "")
        // (a sum is how much, no word of what: "electricity £96" is "electricity", not "electricity 96")
        .replace(/[£$€¥]\s?\d[\d,.]*k?/gi, " ")
        .replace(/&/g, " and ")
        .replace(/[^\p{L}\p{N}'’ .-]+/gu, " ")
        // (a full stop only after an initial: "J.K. Rowling", "George R. R. Martin")
        .replace(/(?<!(?:^|[\s.])\p{Lu})\./gu, " ")
        // (a dash is punctuation unless it joins two words: "world-building", not "manager-" or "--")
        .replace(/-+(?!\p{L})|(?<!\p{L})-+/gu, " ")
        .replace(/\s+/g, " ")
        .trim();
      text = text
        .replace(TRAILING_TIME, "")
        .replace(/(\s+(of|for|to|with|and|in|on|at|under|over|from|about|into|by|like|around|through|after|before|-))+$/i, "")
        .trim();
      text = text.replace(/\s+(?:a few|a couple of|\w+) (?:days|weeks|weekends|months|years) ago$/i, "");
      // (a participant's name after the phrase is whom it was said to: "Thanks for the quiz Tom!")
      while (/\s/.test(text) && nameWords.has(text.slice(text.lastIndexOf(" ") + 1).toLowerCase())) text = text.slice(0, text.lastIndexOf(" "));
      text = text.replace(/^(?:such|many|all(?: the)?|so much|lots of|a lot of|some|way)\s+/i, "");
      if (POSSESSIVE.test(text)) {
        const rest = text.replace(POSSESSIVE, "").replace(/^own\s+/i, "");
        // "my Harry Potter" is "Harry Potter": a name takes no article
        text = /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)*$/u.test(rest) ? rest : `the ${rest}`;
      }
      // "hard the leash" ("pulled so hard the leash busted"): the chunk took the word before the article
      text = text.replace(/^\p{Ll}+\s+(?=(?:the|a|an)\s)/u, "");
      if (NOT_IN_A_TOPIC.test(text) || DISCOURSE.test(text)) continue;
      if (
        isName(text.toLowerCase()) ||
        TIME_PHRASE.test(text) ||
        CALENDAR_WORD.test(text) ||
        // (or a pronoun for what was said before: "them playing in the ocean")
        /^(here|there|this|that|it|what|which|who|how|woo+hoo|yay|wow|them|they|he|she|him|her|we|us|you|i|me)\b/i.test(text)
      )
        continue;
      if (text.split(" ").some((w) => skip.includes(w.toLowerCase()))) continue;
      const words = text.split(" ").filter((w) => !/^(a|an|the)$/i.test(w));
      if (words.length === 0 || words.length > 5) continue;
      // (a date or a measure is when or how much, not what: "12 June 2027", "8 km"; "Tesla Model 3" names a thing)
      // (nor are days said together: "Tuesday and Wednesday")
      if (words.every((w) => /\d/.test(w) || CALENDAR_WORD.test(w) || UNIT.test(w) || /^(?:and|or)$/i.test(w))) continue;
      // "stuff", "abstract stuff", "joy": a phrase headed by a general or abstract noun says nothing of the
      // session, and "lot's", "the painting's", "good": a contraction or an adjective parsed as a noun
      // "an LGBTQ": an acronym alone is the modifier of a noun the chunk lost
      if (words.length === 1 && /^\p{Lu}{2,}\+?$/u.test(words[0]!) && /^(a|an)\s/i.test(text)) continue;
      const head = words[words.length - 1]!.toLowerCase();
      // ("askin'": a clipped verb)
      if (GENERIC.test(head) || ABSTRACT_NOUNS.has(head) || /['’]s?$/.test(head) || NOT_A_TOPIC.test(head)) continue;
      // a name inside the phrase (a name compromise found, or a capital past the first word)
      const named = words.some((w, i) => /^\p{Lu}/u.test(w) && (i > 0 || midSentence(s.text, w) || s.entities.some((e) => e.name.split(" ").includes(w))));
      // a capital only because the sentence starts there ("The pattern", "Books and movies") is not
      // kept, unless the word is a name or a day compromise knows
      const first = text.split(" ")[0]!;
      // (or someone's whose name no dictionary knows: "Ama's parents")
      const known =
        s.entities.some((e) => e.name.split(" ").includes(first)) ||
        s.terms.some((t) => t.text === first && (t.tags.has("ProperNoun") || t.tags.has("Date"))) ||
        (/['’]s$/.test(first) && !knownWord(first.replace(/['’]s$/, "")));
      if (/^\p{Lu}\p{Ll}/u.test(first) && !midSentence(s.text, first) && !known) text = first.toLowerCase() + text.slice(first.length);
      // (a judgement is no part of what it was about: "the coolest Harry Potter party" is "the Harry Potter party";
      // the phrase still ranks by the words it was said with)
      phrases.push({ text: withoutJudgement(text), named, words: words.length });
    }
  }
  // a named phrase first, then the most specific (most words)
  phrases.sort((a, b) => Number(b.named) - Number(a.named) || b.words - a.words);
  return phrases[0]?.text ?? null;
}

/** Adjectives that judge a thing without saying what it is ("a great hike", "the coolest party", "an amazing adventure"). */
const JUDGING =
  /^(?:great|greatest|cool|coolest|awesome|amazing|gorgeous|beautiful|fantastic|incredible|wonderful|lovely|nice|nicest|crazy|wild|epic|fun|fabulous|terrific|stunning|sarcastic|superb|brilliant|unbelievable|insane|sweet|super)$/i;

/**
 * A topic without the adjectives after its article that only judge it, when two words or more follow
 * them, "a" or "an" as the next word asks ("the coolest Harry Potter party" → "the Harry Potter party",
 * "an awesome hiking trail" → "a hiking trail", "awesome storylines and characters" → "storylines and
 * characters"); before one noun they stay ("a great hike", "the gorgeous sunset").
 */
function withoutJudgement(text: string): string {
  const words = text.split(" ");
  const at = /^(?:a|an|the)$/i.test(words[0]!) ? 1 : 0;
  let end = at;
  while (end < words.length - 1 && JUDGING.test(words[end]!)) end++;
  const rest = words.slice(end);
  // (before one noun the judgement says what kind it was: "a great hike", "the gorgeous sunset", "crazy ride")
  if (end === at || rest.length < 2) return text;
  if (at === 0) return rest.join(" ");
  const article = /^an?$/i.test(words[0]!) ? (/^[aeiou]/i.test(rest[0]!) ? "an" : "a") : words[0]!;
  return [article, ...rest].join(" ");
}

/** "A", "A and B", "A, B and C". */
export function listWords(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** The longest reported question or fact a session's title keeps whole, in words; a longer one is cut as a fact's title is (titles.ts shortTitle). */
const TITLE_WORDS = 16;

/**
 * The title of a session in words, from its two most important facts: "<teller> tells <others> about
 * <topic> and <topic>" when one person said both, "<A> and <B> talk about <topic> and <topic>" when
 * each said one; the most important fact itself when none names a topic ("<A> and <B> chat" when there
 * is none); "<A> asks <B> how to …" when the session
 * was only requests to an assistant (asked.ts).
 * @param participants everyone who spoke, in order of first turn
 */
export function sessionTitle(participants: string[], summary: TurnFact[]): string {
  // a session that was only requests is titled by the first: "User asks ChatGPT how to change their wifi password"
  const request = summary.every((f) => f.asked) ? summary[0] : undefined;
  if (request) return `${request.speaker} asks ${listWords(participants.filter((p) => p !== request.speaker))} ${shortTitle(request.asked!, TITLE_WORDS)}`;
  const ranked = [...summary].sort((a, b) => b.importance - a.importance);
  const picked: Array<{ topic: string; speaker: string }> = [];
  for (const f of ranked) {
    const t = topicPhrase(f.sentences, participants);
    const lower = t?.toLowerCase();
    // (the same thing twice: one phrase in the other, or the same head, "the cute pup" and "the new pup")
    const head = (x: string) => x.toLowerCase().split(" ").at(-1);
    if (t && !picked.some((x) => x.topic.toLowerCase().includes(lower!) || lower!.includes(x.topic.toLowerCase()) || head(x.topic) === head(t)))
      picked.push({ topic: t, speaker: f.speaker });
    if (picked.length === 2) break;
  }
  // (facts that name no topic: the most important one says what happened, "The user usually wakes up at 5:30 …")
  if (picked.length === 0 && ranked[0]) return shortTitle(ranked[0].content, TITLE_WORDS);
  if (picked.length === 0) return participants.length ? `${listWords(participants)} chat` : "Conversation";
  // "a wedding ceremony, and books and movies": a comma keeps two topics apart when one holds "and"
  const topics =
    picked.length === 2 && picked.some((p) => / and /.test(p.topic)) ? `${picked[0]!.topic}, and ${picked[1]!.topic}` : listWords(picked.map((p) => p.topic));
  const tellers = [...new Set(picked.map((p) => p.speaker))];
  if (tellers.length > 1) return `${listWords(participants)} talk about ${topics}`;
  const others = participants.filter((p) => p !== tellers[0]);
  return `${tellers[0]} ${others.length ? `tells ${listWords(others)}` : "talks"} about ${topics}`;
}

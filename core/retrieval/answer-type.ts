import { DAY_NAMES } from "../time/mentions.js";

/**
 * The expected answer type of a question, as question-answering systems use it to prefer passages
 * that hold an answer of that type (Moldovan et al., "The Structure and Performance of an
 * Open-Domain Question Answering System", ACL 2000). Only the one type a chat memory states
 * unambiguously is used: a quantity. And whether a question asks about a whole period, which the
 * period's summary answers (asksOverview).
 */

/** "How many…", "How much…", "How long…", "How often…", "How old…", "How far…". */
const QUANTITY_QUESTION = /^\s*(?:and\s+|so\s+)?how\s+(?:many|much|long|often|old|far)\b/i;

const MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
/** Dates, which hold numbers that are no quantity: "(8 May 2023)", "3 June", "June 3rd", "2022". */
const DATES = new RegExp(
  `\\([^)]*\\b\\d{4}\\)|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\b|\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\b(?:19|20)\\d\\d\\b`,
  "gi",
);
/** A quantity: digits or a number word. */
const QUANTITY =
  /\b(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|thousand|once|twice|couple|several|dozens?)\b/i;

/** Whether `question` asks for a quantity ("How long has Nate had his turtles?"). */
export function asksQuantity(question: string): boolean {
  return QUANTITY_QUESTION.test(question);
}

/**
 * Whether `text` states a quantity: digits or a number word ("for 3 years", "twice a week"),
 * not counting the numbers of the dates it names.
 */
export function statesQuantity(text: string): boolean {
  return QUANTITY.test(text.replace(DATES, " "));
}

/** Who talked: "I", "we", or one or two names ("Caroline and Melanie"). */
const TALKERS = String.raw`(?:i|we|\p{Lu}[\p{L}'-]+(?:\s+and\s+(?:i|\p{Lu}[\p{L}'-]+))?)`;

/**
 * The opening of a question about a whole period rather than one thing in it: "What did I do …",
 * "What have we been working on …", "What was I doing …", "What am I doing …", "What happened …", "What did Caroline and
 * Melanie talk about …", "What was the topic of discussion between …", "Summarise …", "Give me a
 * recap of …", "What's on (my calendar) …", "What do I have on …". (Only talk may have a named
 * subject: "What did Caroline do …?" asks for a fact.)
 */
const OVERVIEW = new RegExp(
  String.raw`^\s*(?:and\s+|so\s+)?(?:` +
    String.raw`what\s+(?:did|have|had|do)\s+(?:i|we)\s+(?:been\s+)?(?:do|doing|done|get\s+up\s+to|up\s+to|work(?:ed|ing)?\s+on)` +
    String.raw`|what\s+(?:did|have|had|do)\s+${TALKERS}\s+(?:been\s+)?(?:talk(?:ed|ing)?|chat(?:ted|ting)?|speak|spoke)\s+about|what\s+(?:did|have|had)\s+${TALKERS}\s+(?:been\s+)?discuss(?:ed|ing)?` +
    String.raw`|what\s+(?:was|were|am|are)\s+(?:i|we)\s+(?:doing|up\s+to|working\s+on)|what\s+(?:happened|went\s+on)` +
    // what is on a day, or on a calendar: what is planned for it ("What's on my calendar on Friday?", "What do I have on Friday?")
    String.raw`|what(?:\s+is|\s+was|'s|’s)\s+on(?:\s+(?:my|our|the)\s+(?:calendar|schedule|agenda|diary))?|what\s+(?:do|did|have)\s+(?:i|we)\s+(?:have|got)(?=\s+on\b|\s+(?:today|tomorrow|tonight|this|next)\b)` +
    String.raw`|what\s+(?:is|was|were)\s+(?:the\s+)?(?:topics?|subjects?)\s+of\s+(?:the\s+|our\s+)?(?:discussion|conversation|chat)s?` +
    String.raw`|(?:please\s+)?(?:summari[sz]e|recap)|give\s+me\s+an?\s+(?:summary|recap|overview)|what(?:\s+is|'s)\s+(?:a|the)\s+(?:summary|recap|overview)` +
    String.raw`)\b`,
  "iu",
);

/** "How much time did I spend in Firefox?", "How long did I spend on email?": a total, which a day of screen time adds up. */
const TIME_SPENT = /^\s*(?:and\s+|so\s+)?how\s+(?:much\s+time|long|many\s+(?:hours|minutes))\s+(?:did|have)\s+(?:i|we)\s+spen[dt]\b/i;

/** Words that may follow an overview's opening without narrowing it to one thing: when, where on the screen, with whom, fillers. */
const ALONG = new RegExp(
  "^(?:on|in|at|during|over|for|from|to|of|the|a|an|my|our|this|that|these|those|last|past|previous|so|far|all|whole|entire|computer|screen|laptop|pc|desktop|machine|morning|afternoon|evening|night|day|days|today|tonight|tomorrow|yesterday|week|weeks|weekend|month|months|year|together|lately|recently|then|earlier|with|between|and|me|us|you|engram|please|\\d+(?:st|nd|rd|th)?|" +
    `${DAY_NAMES}|${MONTH})$`,
  "i",
);

/** A question about a whole period: what kind of summary answers it, and the people it names as talking. */
export interface Overview {
  /** "period": the period's summaries (days of screen time, chat sessions); "time": days only (their time per app). */
  kind: "period" | "time";
  /** Names the question gives the talkers ("What did Caroline and Melanie talk about …": both), as written. */
  people: string[];
}

/**
 * What kind of summary a question asks for, if any: "period" for a question about a whole period
 * ("What did I do on the computer on Monday morning?", "What did we talk about last week?", "What is
 * the topic of discussion between John and Tim on 11 December, 2023?": its opening, then only words
 * that say when and names of who talked), answered by the memories that summarise that period (a
 * day of screen time, a chat session, with those people); "time" for a total of time spent ("How much
 * time did I spend in Firefox?"), answered by a day of screen time (its time per app). Null otherwise
 * ("What did I do in VS Code?" is about one thing).
 */
export function asksOverview(question: string): Overview | null {
  if (TIME_SPENT.test(question)) return { kind: "time", people: [] };
  const open = OVERVIEW.exec(question);
  if (!open) return null;
  const name = (w: string) => /^\p{Lu}/u.test(w) && !ALONG.test(w) && w !== "I";
  const talkers = (open[0].replace(/^\s*\S+/, "").match(/[\p{L}\p{N}'-]+/gu) ?? []).filter(name);
  const rest = question.slice(open[0].length).match(/[\p{L}\p{N}'-]+/gu) ?? [];
  // after the opening, a name is who talked only after "with", "between" or "and" ("… with Ana", "between
  // John and Tim"); elsewhere it is a thing ("What did I do in VS Code?")
  for (const [i, w] of rest.entries()) {
    if (!name(w)) {
      if (!ALONG.test(w)) return null;
      continue;
    }
    const before = rest[i - 1]?.toLowerCase();
    if (before !== "with" && before !== "between" && before !== "and" && !(i > 0 && name(rest[i - 1]!))) return null;
    talkers.push(w);
  }
  return { kind: "period", people: talkers };
}

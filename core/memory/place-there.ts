// Where "there" is in a chat: the one place said just before it ("By the way, have you been to Italy?
// I had a blast there last month" → "I had a blast in Italy last month"; "I want to visit The Cliffs of
// Moher." "I could stop by there after my season" → "I could stop by The Cliffs of Moher …"), so the
// fact says where. A question or an exclamation that named the place is dropped as no fact, and with
// it the place; a statement's "there" alone answers no "Where …?".
import { DAY_NAMES, MONTH_NAMES } from "../time/mentions.js";
import { fullyParsed, parseSentence, type Sentence } from "./sentences.js";

/**
 * "there" said of a place after a verb of going, visiting or being somewhere (group 1 what is said
 * before it, from that verb), at the end of its clause or before when or with whom ("there next
 * month", "there sometime soon", "there with my family"); not "there is", "out there", "getting
 * there", "not there yet", "hang in there", "over there".
 */
const THERE =
  /\b((?:visit(?:s|ed|ing)?|go(?:es|ing)?|went|gone|been|come|coming|came|trips?|travel(?:l?ed|l?ing)?|mov(?:e|ed|ing)|head(?:ed|ing)?|(?:take|took|taking|bring|brought|drive|drove|fly|flew)(?:\s+(?!there\b)[\p{L}'’]+){0,2}|stop(?:ped)?\s+by|stay(?:ed|ing)?|liv(?:e|ed|es|ing)|(?:a|an)\s+(?:great\s+|amazing\s+|good\s+)?(?:blast|time)))\s+there\b(?=\s*(?:$|[.,;:!?)]|(?:next|last|this|in|on|at|for|with|sometime|soon|after|before|again|together|someday|one\s+day)\b))/iu;

/** A capitalised name: "Universal Studios", "The Cliffs of Moher". */
const NAME = "(?:The\\s+)?\\p{Lu}[\\p{L}'’-]+(?:\\s+(?:of\\s+(?:the\\s+)?)?\\p{Lu}[\\p{L}'’-]+)*";
/** Names after a word that says where (group 1, and more after "and", "or" or a comma): "been to Universal Studios", "in Ebisu", "to Rome and Florence". */
const NAMED_AFTER = new RegExp(`\\b(?:to|in|at|visit(?:s|ed|ing)?)\\s+(${NAME}(?:(?:,\\s*|\\s+(?:and|or)\\s+)${NAME})*)`, "gu");

/** Capitalised words that name no place: days, months, "I". */
const NOT_A_PLACE = new RegExp(`^(?:i|${DAY_NAMES}|${MONTH_NAMES})$`, "i");

/** Whether `text` says "there" of a place (a cheap test before any parse). */
export function saysThereOfPlace(text: string): boolean {
  return THERE.test(text);
}

/** The places a sentence names: compromise's places, and capitalised names after "to", "in", "at" or "visit". */
function placesIn(s: Sentence): Set<string> {
  const places = new Set(
    fullyParsed(s)
      .entities.filter((e) => e.kind === "place")
      .map((e) => e.name),
  );
  for (const m of s.text.matchAll(NAMED_AFTER)) {
    for (const said of m[1]!.split(/,\s*|\s+(?:and|or)\s+/)) {
      const name = said.replace(/['’]s$/, "");
      if (!NOT_A_PLACE.test(name) && ![...places].some((p) => p.includes(name) || name.includes(p))) places.add(name);
    }
  }
  return places;
}

/**
 * `sentences` (one message, in order) with a place's "there" told as the place: the one place the
 * nearest sentence before it that names any names, when that sentence is a question or an exclamation
 * of this message (dropped as no fact: "have you been to Italy?", "Oh, Italy!"), or of `earlier` (the
 * message just before, in the same session) its last question that names one, else its nearest sentence
 * that does ("Have you been to Paris? The Eiffel Tower is so cool!" "Yeah, I've been there before" →
 * "I've been to Paris before"). "visiting there" → "visiting Italy", "a trip there"
 * → "a trip to Italy", "stop by there" → "stop by Italy", "a blast there" → "a blast in Italy". As they
 * are when the nearest such sentence names two places (which one is not known), or when it is a
 * statement of this message (its fact already says where).
 * @param earlier the sentences of the message before, in the same session (none for the first)
 */
export function withPlaceThere(sentences: Sentence[], earlier: Sentence[]): Sentence[] {
  return sentences.map((s, i) => {
    const m = THERE.exec(s.text);
    if (!m) return s;
    const own = sentences.slice(0, i).reverse();
    const at = own.findIndex((x) => placesIn(x).size > 0);
    // (of the message before, a question that named a place is what an answer's "there" is of: "Have you been to
    // Paris? The Eiffel Tower is so cool!" "Yeah, I've been there before")
    const before = [...earlier].reverse();
    const source = at >= 0 ? own[at]! : (before.find((x) => x.question && placesIn(x).size > 0) ?? before.find((x) => placesIn(x).size > 0));
    if (!source || (at >= 0 && !source.question && !/!\s*$/.test(source.text))) return s;
    const places = placesIn(source);
    if (places.size !== 1) return s;
    const [place] = places as Set<string>;
    const said = m[1]!;
    const last = said.split(/\s+/).at(-1)!.toLowerCase();
    const how = /^visit/.test(last) || last === "by" ? "" : /^(?:stay|stayed|staying|live|lived|lives|living|blast|time)$/.test(last) ? "in " : "to ";
    return parseSentence(`${s.text.slice(0, m.index)}${said} ${how}${place}${s.text.slice(m.index + m[0].length)}`);
  });
}

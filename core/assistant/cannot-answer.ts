// Hits that share a question's words but cannot answer it, whatever their score (`cannotAnswer`): one
// that lacks the form asked for, someone else's fact for a question about the asker, one that names
// no one the question names; recall.ts judges them no answer.
import type { EngramDb } from "../db/connection.js";
import { getSources } from "../db/repos/sources.js";
import { holdsUsersNote, isClippingText } from "../memory/clippings.js";
import { normName } from "../memory/entities.js";
import { UNNAMED_USER } from "../memory/extractor.js";
import type { MemoryHit } from "../retrieval/search.js";
import { missesAnswerForm } from "./answer-form.js";
import { mentions, saidAsSubject, saidBy, subjectOf } from "./hit-names.js";
import { namesPlace } from "./answer-types.js";
import { KIN_WORD } from "../memory/kin.js";
import { type AskedRelation, theUser } from "./beside-search.js";
import { KIN_IN_TEXT, knownNames } from "./question-names.js";

/**
 * Hits that share a question's words but cannot answer it, whatever their score:
 * - a memory that does not say what the question's form asks for: a contact detail, a place, a time
 *   to come (answer-form.ts);
 * - for "Where does Jon live?" / "Where is Maria from?" with no structured fact of it, a memory that
 *   names no place ("Jon is living their dream": it shares only the verb);
 * - beside a relation's structured fact ("Where do I live?" → "Melanie moved to Porto"), a memory
 *   that does not name the same person (Audrey's "must be tough living in the city");
 * - for a question about the asker ("I", "my", naming no one else) but "Who …?" of theirs (ASKS_WHO_ELSE), a fact whose subject is another
 *   speaker (James's amusement park for "Where did I park my car?"); the user is the name an import
 *   gave them (setting `user.name`), else "the user"; a highlight, about its book, is the user's reading
 *   for a question about what they read ({@link ASKS_READING}) or should do ({@link ASKS_ADVICE}); a cost split among a group ("rent is
 *   €650 each", {@link SPLIT_COST}) is the user's share too;
 * - for a question that names people or things the memories know (`names`, theirNames), a memory that
 *   names none of them ("Where did Caroline move from?" and "Samantha and James have decided to move in
 *   together").
 * @param details memory id → its details JSON, for the hits judged
 * @param beside memory id → the names it does not say that the turns beside it do ({@link namedBeside})
 */
export function cannotAnswer(
  db: EngramDb,
  question: string,
  asked: AskedRelation,
  people: Set<string>,
  details: Map<number, string>,
  names: Map<string, { name: string; known: boolean }>,
  beside: ReadonlyMap<number, string[]>,
): (h: MemoryHit) => boolean {
  // (a memory of Dad's need not say "Dad": "Dr Hussain has put his amlodipine up to 10mg", said by his son)
  const known = knownNames(names);
  // (what someone said names them by its sources: an AI assistant's answer, "You've got the makings of a
  // chickpea curry …", is what "What did Gemini say I could make?" asks for, though it never says "Gemini")
  // (kin the question names need not be named, but a memory of other kin is theirs: "Mum's blood type" for Dad's)
  const kin = [...names.values()].filter((n) => KIN_WORD.test(n.name)).map((n) => n.name);
  const otherKin = (h: MemoryHit) =>
    kin.length > 0 &&
    !kin.some((n) => mentions(h, n)) &&
    (`${h.title}\n${h.content}`.match(KIN_IN_TEXT) ?? []).some((w) => !kin.some((n) => n.toLowerCase() === w.toLowerCase()));
  // (nor is a fact about someone else theirs because they asked for it: "What are Maria's dogs' names?" and
  // "John's one-year-old is cute, his name is Kyle", told after Maria asked)
  const namesNoOne = (h: MemoryHit) =>
    (known.length > 0 && !known.some((n) => mentions(h, n) || saidAsSubject(h, n, details.get(h.id))) && !beside.has(h.id)) || otherKin(h);
  const placeOnly = asked.hits.length === 0 && (asked.predicate === "lives_in" || asked.predicate === "from");
  const subject = asked.hits.length > 0 ? asked.subject : null;
  // (but "Who …?" of the user's things asks for someone else: "Who is coming to fix my kitchen sink?" and
  // "Greg Novak will send Tony …"; not "Who did I meet …?", which the user did)
  const user = people.size === 0 && ASKS_ABOUT_ME.test(question) && !ASKS_WHO_ELSE.test(question) ? theUser(db) : null;
  const me = user ? normName(user) : null;
  const asksReading = ASKS_READING.test(question) || ASKS_ADVICE.test(question);
  // (someone else's fact that names the user is theirs too: "Sam left it with Priya's neighbour Greg")
  // (and "the user", as facts said before an import named them: "Dolly is the user's new Rofco B40 deck oven")
  const unnamed = normName(UNNAMED_USER);
  const someoneElses = (h: MemoryHit) => {
    // (a highlight is about its book, and the user's own reading when asked as such: "What did I highlight about habits?")
    // (and a note the user typed at one is their own words: "What is my two-minute rule for guitar?" and "… ” Note: Guitar: just take it out of the case after dinner")
    if (!user || h.type !== "semantic" || (asksReading && isClippingText(h.content)) || holdsUsersNote(h.content)) return false;
    const of = subjectOf(details.get(h.id));
    // (a cost split among a group, "rent is €650 each", is the user's share too, whoever said it)
    if (SPLIT_COST.test(h.content)) return false;
    // (nor is an answer to what the user asked, their question in its provenance: "When do I water the orchid?"
    // and "Asked about fern and water: Ana Costa says the orchid only once, on Sundays"; unless all they said
    // asked the other of their own: "When do you start the new job?" and Jo's "Head of Product at Wise")
    if (of === undefined || normName(of) === me || normName(of) === unnamed || mentions(h, user) || mentions(h, UNNAMED_USER)) return false;
    // (the sources' texts read last, of a fact that is someone else's by all else)
    return !saidBy(h, user) || onlyAskedOfThem(db, h, user);
  };
  const missesForm = missesAnswerForm(question);
  return (h) =>
    asked.replaced.has(h.id) ||
    missesForm(h) ||
    (placeOnly && !namesPlace(`${h.title}\n${h.content}`)) ||
    (placeOnly && asked.predicate === "from" && !SAYS_ORIGIN.test(`${h.title}\n${h.content}`)) ||
    (subject != null && !mentions(h, subject)) ||
    someoneElses(h) ||
    namesNoOne(h);
}

/** A question to the listener of their own: "When do you start the new job?", "How was your trip?" (no "I", "my", "we" in it). */
const ASKS_OF_THEM = /\b(?:you|your|yours)\b[^?]*\?/i;
/** Words of the asker's own matter in a question: "When do I water the orchid?", "Is our flight at 9?". */
const OWN_WORDS = /\b(?:I|I'm|I've|I'll|I'd|me|my|mine|we|we're|our|us)\b/i;

/** Whether every source `user` said of a memory is a question to the other about their own (the other's answer is theirs, not the user's). */
function onlyAskedOfThem(db: EngramDb, h: MemoryHit, user: string): boolean {
  const who = normName(user);
  const theirs = h.sources.filter((s) => s.speaker != null && normName(s.speaker) === who).map((s) => s.source_id);
  const texts = getSources(db, theirs).map((s) => s.text.split(/(?<=[.!?…])\s+|\p{Extended_Pictographic}+\s*/u).filter((q) => /\?\s*$/.test(q)));
  return texts.length > 0 && texts.every((questions) => questions.length > 0 && questions.every((q) => ASKS_OF_THEM.test(q) && !OWN_WORDS.test(q)));
}

/** An amount of money split among people: "€650 each", "£11 per person", "30 quid a head". */
const SPLIT_COST = /(?:[£$€¥]\s?\d[\d,.]*|\b\d[\d,.]*\s?(?:pounds|euros|dollars|quid|bucks))\s+(?:each|per\s+person|a\s+head|apiece)\b/i;

/** A question for what the user should do ("What temperature should I bake the loaf at?"), which advice they highlighted answers as their reading does. */
const ASKS_ADVICE = /\bshould\s+(?:I|we)\b/i;
/** A question about what the user read and kept: "What did I highlight about habits?", "What was my note on the habit loop?". */
const ASKS_READING = /\b(?:highlight(?:ed|s)?|underlin(?:e|ed)|notes?|noted|read|clip(?:ped|s)?|bookmark(?:ed|s)?|quotes?)\b/i;

/**
 * Words that tell where someone is from ("from Sweden", "grew up in", "born in", "hometown", "native"):
 * a memory without them names a place but not one's origin ("Kofi says should be fine for EU trips").
 */
const SAYS_ORIGIN = /\bfrom\s+(?:the\s+)?\p{Lu}|\bgrew\s+up\b|\bborn\b|\bhome\s?town\b|\bnative\b|\braised\b|\bback home\b/u;

/** A question for who did something of the user's, its subject another ("Who agreed to be my referee?"), not what the user did to whom ("Who did I meet?"). */
const ASKS_WHO_ELSE = /^\s*who\s+(?!(?:did|do|does|have|had|am|was|should|will|would|can|could|shall)\s+(?:I|we)\b)/i;

/** A question about the asker: "I", "me", "my", "mine", "myself". */
const ASKS_ABOUT_ME = /\b(?:I|me|my|mine|myself)\b/;

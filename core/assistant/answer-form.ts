/**
 * What a memory must say to answer a question of a given form, whatever words it shares with it: a
 * question for a contact detail is answered by the detail of whom it names, "Where …?" by a place,
 * "When will …?" by a time (recall.ts judges a hit that does not say it no answer).
 */
import type { MemoryHit } from "../retrieval/search.js";
import { withoutSaidDate } from "../memory/fact-text.js";
import { DAY_NAMES, MONTH_NAMES } from "../time/mentions.js";
import { asksPrice, CONTACT_DETAILS, namesPlace, STATES_VENUE, statesAmountPaid } from "./answer-types.js";
import { sharedWords } from "./format.js";

/** Words of a question for a contact detail that name the detail, not whose it is. */
const DETAIL_WORDS = /\b(?:what|whats|is|are|the|my|a|an|(?:tele)?phone|number|mobile|cell|e-?mail|address|contact|details?)\b/gi;

/**
 * Whether `content` gives the contact detail a question asks for (`states`) in a clause (parted by
 * ";" or a line; not one that gives it as another's, {@link givenAsAnothers}) that names whose it is, when the question says ("What is the electrician's phone
 * number?" and "Plumber: Gary, 07700 900456; Electrician: Priya Nair, priya.nair@…": the number is
 * the plumber's), or in any clause of a memory that opens on whose it is ("Mum: home phone …; home
 * address 3 Orchard Close"); any clause that gives one when the question names no one ("What is my phone number?").
 */
function givesDetailOf(question: string, content: string, states: RegExp): boolean {
  // (an office is where the user works: "What is the address of my office?" and "The user's work address is 1 Wellington Place …")
  const whose = question
    .replace(/['’]s\b/g, "")
    .replace(DETAIL_WORDS, " ")
    .replace(/\b(?:office|workplace)\b/gi, "$& work");
  // (a number that opens a memory is who said it, a sender known by their number: "+447700900456 will send Mike the electrician")
  const parts = content.replace(SENDER_NUMBER, "").split(/;|\n/);
  // (nor is one a sentence of the clause gives as another's: a recruiter's signature after news of Gareth, "Tom Reilly's signature: …")
  const clauses = parts.filter((c) => states.test(c) && !givenAsAnothers(c, whose, states));
  // (a memory that opens on whose it is, its other clauses naming no one of their own, gives it in any clause: "Mum: home phone …; home address 3 Orchard Close")
  const label = /^([^:;\n]{1,60}):/.exec(content)?.[1];
  const ownedWhole = label != null && sharedWords(whose, label).shared > 0 && !parts.slice(1).some((c) => /^\s*[^:,]{1,40}:/.test(c));
  return clauses.length > 0 && (sharedWords(whose, whose).words === 0 || ownedWhole || clauses.some((c) => sharedWords(whose, c).shared > 0));
}

/**
 * Whether every sentence of `clause` that gives the detail (`states`) gives it as the detail of someone
 * named with "'s" or a label, and says nothing of whom the question names (`whose`): "Tom Reilly's
 * signature: …, 0161 496 0732" for Gareth's number (not "Ben's new letting agent is Marcus Hale, 0117 …"
 * for the letting agent's). A sentence that names no one's ("His mobile is …", "The user saved
 * Canonbury Dental Practice (18 Canonbury Ln …)") is of whom its clause is.
 */
function givenAsAnothers(clause: string, whose: string, states: RegExp): boolean {
  const giving = clause.split(/(?<=[.!?])\s+(?=\p{Lu})/u).filter((s) => states.test(s));
  return (
    giving.length > 0 &&
    giving.every((s) => {
      const owner = OWNER.exec(s)?.[1];
      return owner != null && sharedWords(whose, s).shared === 0;
    })
  );
}

/** Whose a sentence gives a detail as: a name before "'s" ("Tom Reilly's signature: …") or a label ("Plumber: Gary, …"); group 1. */
const OWNER = /^\s*(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})(?:['’]s\b|\s*:)/u;

/**
 * A sender's number opening a memory, its episode's head, or the episode's first line after it
 * ("+447700900456 told the user …", "+447700900456, 28 October 2026: +447700900456 will send …").
 */
const SENDER_NUMBER = /(?<=^|:\s)\+\d{7,15}\b(?:,[^:\n]{1,40}:)?/g;

/**
 * A question for when something will be or is held ("When will the kitchen be finished?", "When are we
 * going to move?", "When is Kate's birthday?", "When is five-a-side?"), which the day a memory was said
 * cannot answer: "birthday card for Kate" on a shopping list says no day of the birthday.
 */
const ASKS_WHEN_TO_COME = /^\s*when\s+(?:will|shall|is|are)\b|^\s*when\s+am\s+.*\bgoing\s+to\b/i;
/**
 * A time a memory states besides the day it was said: a day, a month, a year, a time of day ("at 7"),
 * a relative day ("tomorrow", "next week"), a day of the month ("the 23rd"), a day that repeats
 * ("Thursdays"), "soon" or "later".
 */
const SAYS_A_TIME = new RegExp(
  `\\b(?:today|tonight|tomorrow|yesterday|soon|later|weekends?|weeks?|months?|years?|mornings?|afternoons?|evenings?|nights?|(?:${DAY_NAMES})s?|${MONTH_NAMES})\\b|\\b\\d{1,2}[:.]\\d{2}\\b|\\b\\d{1,2}\\s?(?:am|pm)\\b|\\bat\\s+\\d{1,2}\\b(?![:.]?\\d|%)|\\b\\d{4}\\b|\\b\\d{1,2}(?:st|nd|rd|th)\\b`,
  "i",
);

/** An episode's opening, who and the day ("User and Engram, 21 September 2026: "): the day it was said, too. */
export const EPISODE_HEAD = /^[^:\n]*\b\d{4}:\s*/;

/** A question for where something is or was done ("Where did I park my car?"). */
const ASKS_WHERE = /^\s*where\b/i;
/**
 * A question for where a thing is ("Where is the Figma file for the booking flow?", "Where is Tom and
 * Priya's gift list?"), which a web address answers: not where something was done, nor where someone is.
 */
const ASKS_WHERE_IS = /^\s*where\s+(?:is|are|was|were|'s)\s+(?:the|my|our|that|this|those|these|(?:[\p{L}-]+\s+){0,3}[\p{L}-]+['’]s)(?![\p{L}])/iu;
/** A web address a memory gives. */
const WEB_ADDRESS = /\bhttps?:\/\/\S/i;
/** A time said after a preposition ("in September", "on Friday", "in 2023"): when, not where. */
const NOT_A_TIME = `(?!(?:the\\s+)?(?:${DAY_NAMES}|${MONTH_NAMES}|\\d|morning|afternoon|evening|night|weekend|week|month|year|time|moment|end|start|future|past)\\b)`;
/** A preposition of place before a thing, not a time ("in the blue bowl", "at Kings Cross", "on the third floor"; not "in September", "on Friday"). */
const SAYS_AT = new RegExp(
  `\\b(?:at|in|on|near|by|outside|behind|under|inside|into|onto|beside|next\\s+to|opposite)\\s+${NOT_A_TIME}(?:(?:the|a|an|my|their|his|her|our|your)\\s+)?\\p{L}`,
  "iu",
);
/** "to", "from" or "with" and the words after it (read by {@link saysWhere}). */
const TOWARDS = new RegExp(`\\b(?:from|to|with)\\s+${NOT_A_TIME}((?:the|a|an|my|their|his|her|our|your)\\s+\\p{L}|[\\p{L}'’]+)`, "giu");
/** Places said without an article after "to", "from" or "with" ("went to work", "back from school"). */
const BARE_PLACE = /^(?:work|school|church|college|uni|university|class|practice|hospital|town|bed|camp|court|market|mass|prison|jail)$/i;

/**
 * Whether a memory says where something is or was done: a preposition of place before a thing
 * ({@link SAYS_AT}), or "to", "from" or "with" before a thing, someone named or a place said bare
 * ("went to the Decathlon", "left it with Greg", "back from school"); not before a verb or a thing
 * that is no place ("want to buy", "allergic to peanuts").
 */
function saysWhere(text: string): boolean {
  if (SAYS_AT.test(text)) return true;
  for (const m of text.matchAll(TOWARDS)) {
    const next = m[1]!;
    if (/\s/.test(next) || /^\p{Lu}/u.test(next) || BARE_PLACE.test(next)) return true;
  }
  return false;
}

/** A question for a password, a passcode or a PIN ("What is my wifi password?"). */
const ASKS_SECRET = /\b(?:password|passcode|pin(?:\s+(?:code|number))?)\b/i;
/** A memory that gives one says so: "password", "passcode", "PIN" or "pw" ("Wifi's home network: Nair-5G" gives none). */
const SAYS_SECRET = /\b(?:password|passcode|pin|pw)\b/i;

/**
 * Who someone is to another, as a question asks for them by it ("What is Priya's husband called?",
 * "Who is my sister?", "What are Priya's kids called?"), and the words a memory that tells them says
 * (a husband is also told as whom one is married to; kids as a son or a daughter).
 */
const KIN: Array<{ asked: RegExp; says: RegExp }> = [
  { asked: /\b(?:husband|wife|spouse)\b/i, says: /\b(?:husband|wife|spouse|married|partner)\b/i },
  { asked: /\b(?:kids?|children|child|sons?|daughters?)\b/i, says: /\b(?:kids?|child(?:ren)?|sons?|daughters?|baby|babies)\b/i },
  { asked: /\b(?:mum|mom|mother)\b/i, says: /\b(?:mum|mom|mother|mam|mama)\b/i },
  { asked: /\b(?:dad|father)\b/i, says: /\b(?:dad|father|papa)\b/i },
  { asked: /\b(?:brother|sister|siblings?)\b/i, says: /\b(?:brothers?|sisters?|siblings?)\b/i },
  { asked: /\b(?:boyfriend|girlfriend|partner|fianc[ée]e?)\b/i, says: /\b(?:boyfriend|girlfriend|partner|fianc[ée]e?|dating|husband|wife)\b/i },
];
/** A question for someone by who they are to another: "What is Priya's husband called?", "Who are my kids?", "What's my sister's name?". */
const ASKS_KIN = /^\s*(?:who|what)(?:'s|’s|\s+is|\s+are|\s+was|\s+were)\s+(?:my|\S+?['’]s?)\s+(\S+?)(?:['’]s\s+names?|\s+called|\s+names?)?\s*\??\s*$/i;

/**
 * Kinds of appointment by whom or where it is with, and the words that name each: "When is my dentist
 * appointment?" is not answered by a physio appointment, nor Dad's by his cardiology one.
 */
const APPOINTMENT_KINDS: RegExp[] = [
  /\b(?:dentists?|dental|orthodontists?|hygienists?)\b/i,
  /\b(?:physio|physios|physiotherap\w*|physical\s+therapy)\b/i,
  /\b(?:opticians?|optometrists?|eye\s+(?:test|exam))\b/i,
  /\b(?:cardiology|cardiologists?)\b/i,
  /\b(?:vets?|veterinary)\b/i,
  /\b(?:hairdressers?|barbers?|haircut)\b/i,
  /\b(?:GP|GPs)\b/,
];
/** A question for an appointment, a check-up or a review ("When is my dentist appointment?", "When is Dad's next GP review?"). */
const ASKS_APPOINTMENT = /\b(?:appointments?|check-?ups?|reviews?|visits?)\b/i;

/** A version or a dotted number a question names ("the v2.5 launch", "iOS 18.2"): group 1 its number. */
const VERSION = /\bv?(\d+(?:\.\d+)+)\b/gi;

/** Whether `text` says the dotted number `n` ("2.5" in "v2.5" or "2.5", not in "12.5" or "2.54"). */
function saysNumber(text: string, n: string): boolean {
  return new RegExp(`(?<![\\d.])v?${n.replace(/\./g, "\\.")}(?![\\d]|\\.\\d)`, "i").test(text);
}

/** A question for the calories eaten ("How many calories did I eat on Saturday?"), and a memory of food (not of a workout's "calories burned"). */
const ASKS_CALORIES_EATEN = /\bcalories?\b[^?]*\b(?:eat|ate|eaten|eating|consumed?|intake)\b|\b(?:eat|ate|eaten|consumed?)\b[^?]*\bcalories?\b/i;
const SAYS_FOOD = /\b(?:ate|eaten|eat|food|meals?|breakfast|lunch|dinner|snacks?|consumed|intake|logged)\b/i;
/** A question for where one finished in a race or a contest ("What was my finishing position in the Kinder Trail 30K?", "What place did I come in the quiz?", "Where did I finish on the leaderboard?"), and a memory that says one ("came 14th", "third place", "placed", "out of 212"). */
const ASKS_PLACING =
  /\bfinish(?:ing|ed)?\s+(?:position|place)\b|\b(?:what|which)\s+(?:position|place)\s+did\s+\S+\s+(?:finish|come|get|place)\b|\bplacings?\b|\bwhere\s+did\s+\S+\s+(?:finish|place|come)\b|\bleaderboard\b/i;
const SAYS_PLACING =
  /\b\d+(?:st|nd|rd|th)\b|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\s+(?:place|overall|of|out)\b|\b(?:placed|position|podium|won|winner|out\s+of\s+\d)/i;
/** A question for the cinema or the theatre where something was seen ("Which cinema did I see Wicked: For Good at?"): a memory names a venue (a film checked in on IMDb names none). */
const ASKS_SHOWN_AT = /\b(?:which|what)\s+(?:cinema|theatre|theater)\b/i;
/** A question for the way back of a journey ("When is my flight back from Lisbon?", "What time is the return train?"). */
const ASKS_WAY_BACK = /\b(?:flights?|trains?|trip|journey|ferry|bus|coach|drive)\s+(?:back|home)\b|\breturn\s+(?:flights?|trains?|trip|journey|ferry|leg)\b/i;
/** A memory of the way back says so: "back", "return", "home", "inbound" ("flights: TAP TP1353 on 11 December from Heathrow" is the way out). */
const SAYS_WAY_BACK = /\b(?:back|return(?:s|ing)?|home|homeward|inbound)\b/i;

/**
 * Whether a memory (`h`) fails to say what `question`'s form asks for:
 * - for a version or a dotted number the question names, that number ("When is the v2.5 launch?" and
 *   "Launch of v2.4 moved to Thursday 26 November");
 * - for the way back of a journey, that it is the way back ("When is my flight back from Lisbon?" and
 *   "The user booked the Lisbon trip flights: TAP TP1353 on 11 December … from Heathrow");
 * - for someone by who they are to another (KIN), the word for it ("What is Priya's husband
 *   called?" and "Call with Priya Shah about the Q1 roadmap", which names her only);
 * - for a password or a PIN, the word for one ("What is my wifi password?" and "Wifi's home network:
 *   Nair-5G", the password kept encrypted in the note);
 * - for what something cost, an amount ("How much was the Le Creuset pan?" and "Christmas gifts: Mum:
 *   Le Creuset pan; …"; "It's 310 each" answers "How much is the airbnb each?");
 * - for a phone number or an email (CONTACT_DETAILS), one in a clause that names whose it is
 *   ("What is Tom Reed's phone number?" and "The owner is Tom Reed"; {@link givesDetailOf});
 * - for "Where …?", a place, or that something is at, in or on a thing ("Where did I park my car?"
 *   and "The user just bought a used 2019 Honda Civic, their first car"); for where a thing is, a web
 *   address too ("Where is the Figma file?" and "Amara shared the Figma file: https://…");
 * - for "When will …?", a time besides the day it was said or its episode's day ("When will the
 *   kitchen be finished?" and "Finish: The user will go with eggshell");
 * - for the calories eaten, food ("How many calories did I eat on Saturday?" and a run's "190 calories burned");
 * - for a finishing position, a placing ("came 14th", "third place"), not only that the race was finished;
 * - for the cinema or theatre something was seen at, a venue named ("at the Everyman Leeds").
 * - for an appointment of a kind ("When is my dentist appointment?"), no other kind's (a physio
 *   appointment; APPOINTMENT_KINDS); one that names no kind may answer it.
 * The question is read once; the returned predicate is asked of each hit.
 */
export function missesAnswerForm(question: string): (h: Pick<MemoryHit, "title" | "content">) => boolean {
  const detail = CONTACT_DETAILS.find((d) => d.asked.test(question));
  const where = ASKS_WHERE.test(question);
  const whereIs = ASKS_WHERE_IS.test(question);
  const whenToCome = ASKS_WHEN_TO_COME.test(question);
  const secret = ASKS_SECRET.test(question);
  const price = asksPrice(question);
  const wayBack = ASKS_WAY_BACK.test(question);
  const eaten = ASKS_CALORIES_EATEN.test(question);
  const placing = ASKS_PLACING.test(question);
  const shownAt = ASKS_SHOWN_AT.test(question);
  const numbers = [...question.matchAll(VERSION)].map((m) => m[1]!);
  // (the kind of appointment asked for: another kind's is no answer, one that names no kind may be)
  const kind = ASKS_APPOINTMENT.test(question) ? APPOINTMENT_KINDS.find((k) => k.test(question)) : undefined;
  const otherKind = (text: string) => kind != null && !kind.test(text) && APPOINTMENT_KINDS.some((k) => k !== kind && k.test(text));
  const kinWord = ASKS_KIN.exec(question)?.[1];
  const kin = kinWord ? KIN.find((k) => k.asked.test(kinWord)) : undefined;
  return (h) => {
    const text = `${h.title}\n${h.content}`;
    return (
      (kin != null && !kin.says.test(text)) ||
      otherKind(text) ||
      (wayBack && !SAYS_WAY_BACK.test(text)) ||
      (eaten && !SAYS_FOOD.test(text)) ||
      (placing && !SAYS_PLACING.test(text)) ||
      (shownAt && !STATES_VENUE.test(text)) ||
      numbers.some((n) => !saysNumber(text, n)) ||
      (detail != null && !givesDetailOf(question, h.content, detail.states)) ||
      (secret && !SAYS_SECRET.test(text)) ||
      (price && !statesAmountPaid(h.content)) ||
      (where && !namesPlace(text) && !saysWhere(h.content) && !(whereIs && WEB_ADDRESS.test(h.content))) ||
      (whenToCome && !SAYS_A_TIME.test(withoutSaidDate(h.content).replace(EPISODE_HEAD, "")))
    );
  };
}

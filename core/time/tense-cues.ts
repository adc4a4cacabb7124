// The words of a clause or a sentence that say whether a date it names is to come or gone: what would be
// ("it would be fixed by Friday"), an arrangement ("I booked him in on Thursday"), a request, a verb of the past.

/** Words that place a statement in the future. */
export const FUTURE = /\b(?:will|shall|(?:I|you|we|they|he|she|it)['’]ll|going to|gonna|plan(?:ning)? to)\b/i;

/**
 * What was to come, said in the past ("it would be fixed", "I was going to visit", "we're gonna"), or
 * what is needed ("she needs a dental clean in October", "I have to renew it by Friday"): a weekday in
 * such a clause is the coming one.
 */
export const FUTURE_IN_CLAUSE = /\b(?:would|will|shall|going to|gonna|needs?|has to|have to|must|should)\b|['’]ll\b/i;
/**
 * What someone was asked, or is wanted, to do, a favour's or a request's clause: "Tom asked Priya to water …",
 * "asked me to", "asked the user to", "Mrs Okoro wants everyone to bring a cardboard box on Friday".
 */
export const REQUESTED_IN_CLAUSE =
  /\b(?:asked|asks|wants|told|tells|reminded|reminds|expects)\s+(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?|me|him|her|them|us|you|everyone|everybody|all\s+of\s+us|the\s+(?:user|kids|class|team|parents))\s+to\s+\p{Ll}/u;
/** What is booked for a time, as a regular-expression alternation: "appointment|meeting|…". */
const APPOINTMENTS = "appointment|meeting|interview|exam|flight|reservation";

/**
 * A verb of a schedule in the present ("My lease ends on June 30", "Our membership renews on August 1",
 * "The course starts on January 5"), or an appointment ("I have a dentist appointment on Friday"): in a
 * statement not of the past, the day it names is one to come.
 */
export const SCHEDULED_IN_CLAUSE = new RegExp(`\\b(?:ends|renews|expires|starts|begins|opens|closes|is due|are due|${APPOINTMENTS})\\b`, "i");

/**
 * A word of a clause that is a verb or may be one, or a subject that has one: a clause without them is
 * a day said beside the sentence's verb ("…, 11-14 November"), not one of its own ("and we ate there on Friday").
 */
export const VERB_IN_CLAUSE = /\b(?:i|we|you|he|she|they|it|am|is|are|was|were|be|been|had|has|have|did|do|does|will|would|\p{L}{2,}(?:ed|ing))\b/iu;

/** What is booked for a time (an appointment, a meeting): in a clause of its own, one to come. */
export const APPOINTED_IN_CLAUSE = new RegExp(`\\b(?:${APPOINTMENTS})\\b`, "i");
/** A verb in the past tense: a regular one, or the irregular ones a clause of an appointment says ("had", "went"). */
export const PAST_VERB = /\b(?:had|was|were|did|went|got|missed|\p{L}{2,}ed)\b/iu;

/**
 * A verb of arranging what is to come ("I booked him in with the vet on Thursday", "I signed up for the
 * half marathon on October 4", "Tom offered Ruby a hand with the move on Saturday"): said in the past,
 * the day it names is still one to come.
 */
export const ARRANGED_IN_CLAUSE =
  /\b(?:booked|signed up|registered|enrolled|scheduled|reserved|made an appointment|bought tickets|got tickets|suggested|proposed|offered)\b/i;

/** "-ing" words that judge or name, not a verb of an arrangement ("It's amazing in June", "is nothing"). */
const NOT_PROGRESSIVE =
  "amazing|interesting|exciting|boring|relaxing|stunning|annoying|inspiring|frustrating|exhausting|challenging|rewarding|charming|refreshing|surprising|thrilling|overwhelming|disappointing|fascinating|amusing|touching|nothing|something|everything";

/**
 * An arrangement said in the present progressive ("Chris is getting married in June", "I'm moving to
 * Berlin on March 1", "she's finally retiring in June"): the day or month it names is one to come,
 * whatever the sentence around it says ("Chris told me he is getting married in June"); not an
 * "-ing" word that judges ("It's amazing in June"). A "'s" counts after a pronoun only ("Mum's cooking" is hers).
 */
export const PROGRESSIVE_IN_CLAUSE = new RegExp(
  `(?:\\b(?:am|is|are)\\s+|['’](?:m|re)\\s+|\\b(?:he|she|it|who|that)['’]s\\s+)(?:\\p{L}+ly\\s+)?(?!(?:${NOT_PROGRESSIVE})\\b)\\p{L}{2,}ing\\b`,
  "iu",
);

/** A clause that opens on a verb's -ing, with no subject ("moving to Porto in February"). */
export const GERUND_OPENING = /^\s*\p{L}{2,}ing\s/u;

/**
 * A sentence opening with a verb of an errand or an arrangement, an instruction (a to-do's line):
 * "Meet …", "Renew …", "Pay …"; not a log's noun ("Call with Priya on 2 November", "Book club …").
 */
export const INSTRUCTION_OPENING =
  /^(?:meet|call|ring|phone|pay|book|renew|send|collect|pick\s+up|drop\s+off|buy|order|email|text|visit|submit|return|post|cancel|finish|remember\s+to|don't\s+forget\s+to)\b(?!\s+(?:with|club|launch|group|notes?|from)\b)/i;

/**
 * A request to the listener, the opening of its sentence: "Could you feed Miso on …", "Would you pick up
 * Leo …", "Can you please …", after a word set off before it ("Huge favour: could you …", "Sam, can
 * you …"); not one that asks them to recall or judge ("Can you remember what we ate …", "Can you
 * believe …"). The days it names are to come.
 */
export const REQUEST_OPENING =
  /^(?:[^,:;]{1,30}[,:;]\s*)?(?:please\s+)?(?:could|can|would|will)\s+(?:you|u)\s+(?:please\s+)?(?!(?:believe|imagine|remember|recall|guess|think|see|tell|say)\b)\p{L}/iu;

/** What a move names between its verb and "to": "it", "them", "the booking", "our dinner". */
const MOVED_THING = String.raw`(?:\s+(?:it|them|(?:the|our|my|your|his|her|their)\s+\p{L}+))?`;
/**
 * Text ending where the day something was moved to is said: "Dentist appointment moved to ", "moved the booking to ",
 * "pushed our dinner back to ", "brought it forward to " (that day is to come, said in the past too).
 */
export const MOVED_TO = new RegExp(
  String.raw`\b(?:(?:moved|rescheduled|postponed|pushed|changed|slipped|delayed|bumped)${MOVED_THING}(?:\s+(?:back|out))?|brought${MOVED_THING}\s+forward)\s+(?:to|till|until)\s+$`,
  "iu",
);

/** The day something was moved from, before it: "we've moved your cleaning from " (the day it was, like the one it goes to, to come). */
export const MOVED_FROM =
  /\b(?:moved|rescheduled|postponed|pushed(?:\s+(?:back|out))?|changed|brought\s+forward|swapped)\b[^.;!?]*?\bfrom\s+(?:the\s+|on\s+)?$/i;

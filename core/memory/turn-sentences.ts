// How a turn's sentences are read together: a reminder or a "Booked!" joined to the sentence after
// it, a time said alone that dates the next statement, what a sentence that makes no fact still says
// (who someone named is to the speaker, what the speaker is, when the two meet next, its clauses), and
// an image's caption folded into what its speaker said they shared. facts.ts uses them on each turn.
import { DAY_NAMES } from "../time/mentions.js";
import { fullyParsed, parseSentence, type Sentence } from "./sentences.js";
import { capitalise, lowerFirst } from "./fact-text.js";
import { withoutOpening } from "./implied-subject.js";

/**
 * Someone named beside who they are to the speaker, "my landlord Mr Okafor", "my sister Anna": group 1
 * who, group 2 the name (a title and one or two capitalised words).
 */
export const NAMED_RELATION =
  /\bmy\s+(landlord|landlady|sister|brother|mum|mom|dad|boss|manager|partner|husband|wife|son|daughter|neighbou?r|dentist|doctor|GP|accountant|cousin|aunt|uncle|niece|nephew|grandma|grandad|grandpa|colleague|flatmate|housemate|roommate|teacher|tutor|coach|vet|solicitor|lawyer|therapist|trainer|childminder|nanny|fiancée?|girlfriend|boyfriend|stepmum|stepdad)\s+((?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\b/u;

/** A goodbye that says when the two meet next, and where: "See you tomorrow at McGee's Pub!", "See you on Friday" (group 1 when and where; not "See you later", "See you there"). */
export const SEE_YOU = new RegExp(
  `^see\\s+you\\s+((?:tomorrow|tonight|on\\s+(?:${DAY_NAMES})|(?:next|this)\\s+(?:week(?:end)?|${DAY_NAMES}))(?:\\s+(?:at|in)\\s+[^.!?]+?)?)\\s*[.!]*$`,
  "i",
);

/**
 * What the speaker says they are as they say something: "As a Manchester City fan, I …", "As a writer,
 * my …" (group 1, with its article); a role or a liking, not a time of life ("As a kid, I …") nor "As a result".
 */
export const SAID_AS =
  /^(?:\p{L}+[,!]\s+)?As\s+(an?\s+(?:[\p{L}'’-]+\s+){0,3}(?:fan|supporter|member|vegan|vegetarian|volunteer|parent|mom|mum|dad|mother|father|teacher|nurse|doctor|artist|writer|author|musician|gamer|player|coach|runner|engineer|developer|designer|introvert|extrovert|owner|lover|photographer|painter|chef|cook|baker|dancer|athlete))s?,\s+(?:I|my|we)\b/u;

/** A time judged in a sentence of its own: "Last night was amazing!", "Yesterday was crazy." (group 1 the time). */
const TIME_JUDGED = /^(last night|yesterday|last weekend|last week|this weekend|this morning|today|tonight)\s+(?:was|has been|is)\s+[^.!?,;]{1,30}[.!?…]*$/i;
/** A time looked forward to in a sentence of its own: "Can't wait for the weekend!" (group 1 the time). */
const TIME_AWAITED = /^(?:i\s+)?(?:can['’]?t|cannot|can not)\s+wait\s+for\s+((?:the|this|next)\s+(?:weekend|week)|tomorrow|tonight)\s*[.!…]*$/i;

/**
 * The time a sentence says alone, a judgement of it or a wait for it, which makes no fact but dates
 * the statement after it: "Last night was amazing!" → "Last night"; "Can't wait for the weekend." →
 * "This weekend". Null for any other sentence.
 */
export function timeSaidAlone(text: string): string | null {
  const said = withoutOpening(text).trim();
  const time = TIME_JUDGED.exec(said)?.[1] ?? TIME_AWAITED.exec(said)?.[1]?.replace(/^the\b/i, "this");
  return time ? capitalise(time.toLowerCase()) : null;
}

/** "Don't forget Gran's 90th!": a reminder of a thing named (group 1), not of a deed ("Don't forget to …") nor of what is unnamed ("Don't forget the bins"). */
const REMINDER_OF = /^(?:[Dd]on['’]t|[Dd]o\s+not)\s+forget\s+(\p{Lu}[^!?.]{1,40}?)\s*[!.]+$/u;

/**
 * `sentences` with a reminder of a thing said before a statement joined to it as its label: "Don't
 * forget Gran's 90th! Lunch at The Swan on Sunday 27 December." → "Gran's 90th: Lunch at The Swan on
 * Sunday 27 December." (the reminder alone, an order to the listener, was dropped, and with it what
 * the lunch was for); and a thing arranged said alone before the verbless sentence that says what it was
 * told with it ({@link DONE_ALONE}: "Booked! Friday 4 December, 7:30pm" → "I booked Friday 4 December, 7:30pm").
 */
export function withReminders(sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const thing = REMINDER_OF.exec(sentences[i]!.text.trim())?.[1];
    const done = DONE_ALONE.exec(sentences[i]!.text.trim())?.[1];
    const next = sentences[i + 1];
    if (thing && next && !next.question) {
      out.push(parseSentence(`${capitalise(thing)}: ${next.text}`));
      i++;
    } else if (done && next && !next.question && !fullyParsed(next).terms.some((t) => t.tags.has("Verb"))) {
      // ("Booked! Friday 4 December, 7:30pm" → "I booked Friday 4 December, 7:30pm": the exclamation alone
      // was dropped as a reaction, and with it what the date was)
      out.push(parseSentence(`I ${done.toLowerCase()} ${next.text.replace(/^(?:The|A|An|Our|My)\b/, (w) => w.toLowerCase())}`));
      i++;
    } else out.push(sentences[i]!);
  }
  return out;
}

/** "Have you watched Slow Horses?", "Have you been to Dishoom?" (group 1 the thing, by its name). */
const ASKED_IF_KNOWN =
  /^(?:[Hh]ave|[Dd]id)\s+you\s+(?:ever\s+|already\s+|still\s+not\s+)?(?:watch(?:ed)?|seen?|read|tr(?:y|ied)|been\s+to|go\s+to|listen(?:ed)?\s+to|play(?:ed)?|visit(?:ed)?|hear(?:d)?\s+of|check(?:ed)?\s+out|eat(?:en)?\s+at)\s+((?:the\s+)?\p{Lu}[^?]{0,60}?)\s*\?+$/u;
/** Praise of a thing, or a "you'd love it", which makes the question before a recommendation. */
const PRAISED =
  /\b(?:brilliant|amazing|incredible|fantastic|excellent|superb|great|awesome|so\s+good|really\s+good|worth\s+(?:it|a\s+(?:watch|read|visit|try|listen))|must-(?:see|watch|read|try)|highly\s+recommend|(?:you['’]d|you\s+would|you['’]ll|you\s+will)\s+(?:really\s+|totally\s+|definitely\s+)?(?:love|like|enjoy))\b/i;

/**
 * `sentences` with a question whether the listener knows a thing by name, then praise of it, told as
 * the speaker's recommendation: "Have you watched Slow Horses? Season 4 is brilliant, you'd love it" →
 * "I recommend Slow Horses: season 4 is brilliant, you'd love it" (the question, and the praise with
 * no name of its own, were dropped; "What did Sam recommend?" found nothing). Praise that opens on
 * "It" or "They" stays a sentence of its own; praise with no verb ("So good!") goes with the question.
 */
export function withRecommendationsAsked(sentences: Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const thing = ASKED_IF_KNOWN.exec(sentences[i]!.text.trim())?.[1];
    const next = sentences[i + 1];
    if (thing && next && !next.question && PRAISED.test(next.text)) {
      // (praise with no verb, "So good!", says nothing the recommendation does not)
      const verbless = !fullyParsed(next).terms.some((t) => t.tags.has("Verb"));
      const own = !verbless && !/^(?:it|they|that|this)\b/i.test(next.text);
      out.push(parseSentence(own ? `I recommend ${thing}: ${lowerFirst(next.text)}` : `I recommend ${thing}.`));
      if (own || verbless) i++;
    } else out.push(sentences[i]!);
  }
  return out;
}

/** "Booked!", "All paid!": a thing arranged, said alone (group 1 the verb), what it was said in the verbless sentence after it. */
const DONE_ALONE = /^(?:all\s+|just\s+)?(booked|reserved|ordered|paid|bought)\s*!+$/i;

/** A captioner's opening that says only that it is an image: "a photo of", "a close up picture of". */
const IMAGE_OPENING = /^(?:an?\s+)?(?:close[\s-]up\s+)?(?:photo|picture|pic|image)\s+of\s+/i;

/**
 * The caption of the image a turn shares, told after what its speaker said they shared: "Melanie
 * shared a pic of their family camping at the beach (photo: a family sitting around a campfire on
 * the beach)", not a second "Melanie shared a photo of …" sentence; people or animals shared are a
 * photo of them ("Maria shared a photo of these kids Maria met …", not "shared these kids"). A turn shows one image, so only when
 * `kept` (a turn's statements in order, changed in place) holds one of each.
 */
export function foldCaption(kept: Array<{ text: string; words: number; shows: boolean; caption: boolean; thing?: unknown }>): void {
  const shown = kept.filter((k) => k.shows);
  const captions = kept.filter((k) => k.caption);
  // (a statement told with what its "It" stands for is worded again later, from its words as said)
  if (shown.length !== 1 || captions.length !== 1 || shown[0]!.thing) return;
  const caption = captions[0]!;
  const what = caption.text
    .replace(/^\S+ shared /, "")
    .replace(IMAGE_OPENING, "")
    .replace(/[.\s]+$/, "");
  const into = shown[0]!;
  // (who was shared is a picture of them: "Here are these kids I met" → "… shared a photo of these kids I met")
  into.text = into.text.replace(SHARED_SOMEONE, "$1a photo of ");
  into.text = into.text.replace(/([.!?…]*)$/, ` (photo: ${what})$1`);
  into.words = into.text.split(/\s+/).length;
  kept.splice(kept.indexOf(caption), 1);
}

/** "… shared" before people or animals, a picture of whom was sent: "these kids", "their cousin's dog" (group 1 up to "shared "). */
const SHARED_SOMEONE =
  /^(.*?\bshared )(?=(?:(?:these|those|this|the|my|their|our|his|her|some|two|three|\p{L}+['’]s)\s+){0,2}(?:kids|children|family|friends|dogs?|pups?|puppy|puppies|cats?|kittens?|girls|boys|baby|babies|turtles|pets)\b)/iu;

/** A spaced dash between clauses (" - ", " – ", " — "). */
const DASH = /\s+[-–—]\s+/;
/** A comma or semicolon between clauses. */
const COMMA = /[,;]\s+/;

/**
 * The clauses of a sentence joined by spaced dashes (else by commas or semicolons), each as a
 * sentence of its own (a statement gets a full stop; the last clause keeps its end), or [] when
 * there is no such break. Clauses of fewer than 3 words are left out.
 */
export function clauses(text: string): string[] {
  const parts = DASH.test(text) ? text.split(DASH) : text.split(COMMA);
  if (parts.length < 2) return [];
  // (a clause cut before an aside ends on no conjunction: "I joined a travel club and, like I said, …")
  return parts
    .map((p) => p.replace(/\s+(?:and|but|or|so)$/i, ""))
    .map((p, i) => (i === parts.length - 1 || /[.!?…]$/.test(p) ? p : `${p}.`).trim())
    .filter((p) => p.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length >= 3)
    .map((p) => p[0]!.toUpperCase() + p.slice(1));
}

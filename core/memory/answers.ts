import nlp from "compromise";
import { type Turn, WINDOW } from "./episodes.js";
import { capitalise, tellsSharedImage } from "./fact-text.js";
import { NEW_TOPIC, POINTS_BACK } from "./follow-ups.js";
import { theirWords } from "./asked.js";
import { letterRecipient } from "./letters.js";
import { toListener } from "./listener.js";
import { metadataEntry } from "./source-metadata.js";
import { fullyParsed, isQuestion, parseSentence, stripOpeners } from "./sentences.js";
import { shortTitle } from "./titles.js";
import type { Candidate } from "./types.js";
import type { SourceRow } from "../db/types.js";
import { LruCache } from "../util/lru.js";
import { escapeRegExp } from "../util/quote.js";
import { type DateMention, resolveDates, startOfDay } from "../time/mentions.js";

/**
 * Nouns that name no topic ("anything", "the best part", "any good ones", "need a hand", "need any
 * help?", "give it a try?"), and words the tagger may take for nouns in a question: "Looks like its
 * dog friendly?" ("looks", "its", misspelt for "it's"), "how does that sound?", "Where specifically?";
 * and the whole of one's days ("What's new in your world?", "How's life?", "What about the others?").
 */
const VAGUE_NOUNS = new Set([
  "looks",
  "sounds",
  "seems",
  "look",
  "sound",
  "seem",
  "specifically",
  "its",
  "hand",
  "help",
  "try",
  "anything",
  "something",
  "everything",
  "nothing",
  "thing",
  "things",
  "stuff",
  "part",
  "one",
  "ones",
  "kind",
  "sort",
  "lot",
  "bit",
  "time",
  "way",
  "care",
  "happening",
  "having",
  "doing",
  "getting",
  "going",
  "guys",
  "fam",
  "plans",
  "plan",
  "day",
  "week",
  "weekend",
  "you",
  "here",
  "there",
  "more",
  "most",
  "all",
  "favorite",
  // (an adjective or a verb the tagger may read as a noun: "What new has happened in your life?", "Moments like that make us love sports, huh?")
  "new",
  "make",
  "makes",
  "moment",
  "end",
  "idea",
  "ideas",
  "suggestions",
  "tips",
  "recommendations",
  "options",
  "chance",
  "anyone",
  "person",
  "people",
  "world",
  "life",
  "others",
  "bits",
  "someone",
  "everyone",
  "anybody",
  "somebody",
  "experience",
  // closed-class words the tagger sometimes takes for nouns ("enjoying the most", "what about yours?")
  "the",
  "an",
  "anytime",
  "yours",
  "mine",
  "ours",
  "theirs",
  "hers",
  // adverbs and times the tagger sometimes takes for nouns ("Anything else?", "looking forward", "coming up", "this month")
  "else",
  "forward",
  "coming",
  "month",
  "year",
  "type",
  "folks",
  // greetings
  "wassup",
  "sup",
  "hiya",
  "howdy",
]);
/** Laughter written out ("haha", "Ahhahha", "hehe", "lol"): no topic. */
const LAUGHTER = /^(?:a*h+a+h*|(?:he)+h?|lo+l)+$/i;
/** Verbs and auxiliaries that may follow "what" / "which" without a noun between ("What are you …", "What makes …"). */
const AFTER_WH = /^(?:are|is|was|were|do|does|did|have|has|had|can|could|will|would|should)$/;
/** A topic keeps at most this many nouns. */
const TOPIC_NOUNS = 3;

/** The last question of a turn's text (image captions left out), or null. */
function lastQuestion(text: string): string | null {
  return questionsOf(text).at(-1) ?? null;
}

/** The questions of a text, in order (an image's caption left out). */
function questionsOf(text: string): string[] {
  const plain = text.replace(/\[shared an image:[^\]]*\]/g, "").trim();
  return plain.split(/(?<=[.!?])\s+/).filter(isQuestion);
}

/** The names, in lower case, of whoever spoke `turns` (a question's topic is none of them). */
function namesOf(...turns: Array<Turn | undefined>): string[] {
  return turns.flatMap((t) => (t?.source.speaker ? [t.source.speaker.toLowerCase()] : []));
}

/**
 * The topic of the question `turn` answers: `question` (the turn before it, if any) is the other
 * person's, came within REPLY_GAP_MS and ends with a question that names a
 * topic (questionTopic); null otherwise.
 */
function answeredTopic(question: Turn | undefined, turn: Turn): string | null {
  const asked = askedBefore(question, turn);
  const names = namesOf(question, turn);
  const topic = asked && topicOf(asked, names);
  if (topic || !asked || !(VAGUE_REQUEST.test(asked) || WHICH_ONE.test(asked))) return topic;
  // (a request that names nothing asks about the trouble said just before it: "the kitchen sink is
  // leaking again under the cabinet. Can someone take a look this week?"; and "Which one …?" of what
  // was said just before it: "Cool, I love pizza too! Which one do you love the most?")
  const said = question!.source.text.split(/(?<=[.!?])\s+/);
  const before = said[said.lastIndexOf(asked) - 1];
  return before && !isQuestion(before) ? topicOf(before, names) : null;
}

/**
 * The topic of the last question a turn asks (`topic`), after the topic of the question it asked just
 * before, when each names one thing: "What kind of music do you like? Do you play any instruments?" →
 * "music and instruments", as an answer often tells of both ("John is into electronic and rock music.
 * John used to play drums"), which the last question's alone would mislabel ("Asked about instruments").
 */
function withTopicAskedBefore(topic: string, question: Turn, turn: Turn): string {
  const asked = askedBefore(question, turn);
  const questions = questionsOf(question.source.text);
  const before = asked ? questions[questions.lastIndexOf(asked) - 1] : undefined;
  const names = namesOf(question, turn);
  const earlier = before ? topicOf(before, names) : null;
  const single = (t: string) => !/, | and /.test(t);
  return earlier && single(earlier) && single(topic) && earlier.toLowerCase() !== topic.toLowerCase() ? `${earlier} and ${topic}` : topic;
}

/**
 * A request for someone to see to a trouble, naming nothing it is about: "Can someone take a look this
 * week?", "Could you have a look?", "Can you fix it?" (not "Any tips?": on the LoCoMo dev split the
 * sentence before it gave a chat's facts topics such as "difference matters").
 */
const VAGUE_REQUEST = /\b(?:take|have)\s+a\s+look\b|\blook\s+at\s+it\b|\b(?:fix|sort)\s+it\b/i;

/** A question for one of a kind it does not name: "Which one do you love the most?", "What ones did you get?". */
const WHICH_ONE = /\b(?:which|what)\s+ones?\b/i;

/**
 * The longest a reply may come after the question it answers (ms): the other person's next message,
 * hours later as texts are answered ("Can you fix the extractor fan?" at 11:02, "Will send Mike the
 * electrician next week" at 11:40), not another day's.
 */
const REPLY_GAP_MS = 6 * 3_600_000;

/** The last question of `question` (the turn before `turn`), when it is the other person's and came within REPLY_GAP_MS; else null. */
function askedBefore(question: Turn | undefined, turn: Turn): string | null {
  if (!question || question.source.speaker === turn.source.speaker || turn.source.occurred_at - question.source.occurred_at > REPLY_GAP_MS) return null;
  return lastQuestion(question.source.text);
}

/** "Can I borrow your tent for the trip?": asking leave to do something (group 1: what). */
const PERMISSION = /^(?:can|could|may)\s+i\s+(?:please\s+)?((?:borrow|use|take|have|keep|bring|come|join|stay|visit|drop|pick|leave|invite)\b[^?]*?)\s*\?*$/i;

/**
 * The request a permission question asked of `turn`'s speaker makes, in the third person ("Can I
 * borrow your tent for the trip?" asked by Lena of Jamie → "Lena asked to borrow Jamie's tent for the
 * trip"), when `question` is the other person's turn just before, ending with one; else null.
 */
function permissionAsked(question: Turn, turn: Turn): string | null {
  const asked = askedBefore(question, turn);
  const what = asked ? PERMISSION.exec(stripOpeners(asked).trim()) : null;
  const asker = question.source.speaker;
  const listener = turn.source.speaker;
  if (!what || !asker || !listener) return null;
  return `${capitalise(asker)} asked to ${theirWords(toListener(what[1]!, listener))}`;
}

/** Whether `turn` answers the other person's question that names a topic (the turn before it, `question`). */
export function answersQuestion(question: Turn | undefined, turn: Turn): boolean {
  return answeredTopic(question, turn) != null;
}

/**
 * Whether `turn` replies to the other person's question (the turn before it, `question`) that points
 * back at what was said ("What's it about?" "A mix of drama and romance"; "How did they react?" "They
 * were awestruck and humbled"), not one that opens a new topic ("What about you?"). A question that
 * names a topic is answersQuestion's, which the caller asks first: this one parses nothing.
 */
export function repliesToQuestion(question: Turn | undefined, turn: Turn): boolean {
  const asked = askedBefore(question, turn);
  return asked != null && !NEW_TOPIC.test(asked) && POINTS_BACK.test(asked);
}

/**
 * What a question asks about: its noun phrases (adjacent nouns kept together: "support system"),
 * without pronouns, vague nouns and the names of the people talking (`names`, lower case; a name the
 * question calls the listener by, such as "Mel" for Melanie, is a prefix of theirs), at most
 * TOPIC_NOUNS phrases ("What got you into running?" → "running"; "Did you go to the beach with your
 * kids?" → "beach and kids"), or null when it names nothing ("How are you?") or opens a new topic
 * ("What about you?").
 */
export function questionTopic(asked: string, names: string[] = []): string | null {
  // (a backtick typed for an apostrophe is one: "What`s more new in your world?")
  // (and its question is the words after an emoji that ends what was said before it: "Noted for our honeymoon 😍 When do you start the new job?")
  const afterEmoji = asked.split(EMOJI_BREAK).at(-1)?.trim() ?? "";
  // (and without the openers and the one it calls by a pet name: "Mate, can we move it to Friday?" asks of no mate)
  const question = stripOpeners((afterEmoji.includes("?") ? afterEmoji : asked).replace(/(?<=\p{L})`(?=\p{L})/gu, "'"));
  if (NEW_TOPIC.test(question)) return null;
  const terms = wholeWords((nlp(question).json() as Array<{ terms: QuestionTerm[] }>).flatMap((x) => x.terms));
  // (a participant's first name or its start, "Dan"; or, written with a capital, another word of their name: "@Daniel Mensah are we …?")
  const isName = (w: string) =>
    w.length >= 3 && names.some((n) => n.startsWith(w.toLowerCase()) || (/^\p{Lu}/u.test(w) && n.split(/\s+/).slice(1).includes(w.toLowerCase())));
  const phrases: string[][] = [];
  let open = false;
  terms.forEach((t, i) => {
    // "What game are you …": the word between "what" and its verb is a noun, whatever the tagger says
    const whNoun = /^(?:what|which)$/.test(terms[i - 1]?.normal ?? "") && AFTER_WH.test(terms[i + 1]?.normal ?? "") && !AFTER_WH.test(t.normal);
    const noun = (t.tags.includes("Noun") && !t.tags.includes("Pronoun")) || whNoun;
    const gerund = t.tags.includes("Gerund") && terms[i - 1]?.tags.includes("Preposition");
    // (a slash inside a word stays: "r/espresso")
    const word = t.text
      .replace(/[^\p{L}\p{N}'/ -]+/gu, "")
      .replace(/^\/+|\/+$/g, "")
      .trim();
    // (not a weekday, "next Fri", nor a verb whose "g" was dropped, "comin'", nor the verb of a plan
    // put to someone: "Does £2.20 each work for you?", "Would Friday suit you?")
    const keep =
      (noun || gerund) &&
      !(
        SUITS.test(t.normal) &&
        SUITS_WHOM.test(
          terms
            .slice(i + 1, i + 3)
            .map((x) => x.normal)
            .join(" "),
        )
      ) &&
      /^(?:\p{L}+\/)?\p{L}{3,}/u.test(word) &&
      !/'/.test(word) &&
      !/^['’]/.test(t.post) &&
      !t.tags.includes("WeekDay") &&
      // (nor "Talking of birds, …": a turn to the topic, not one)
      !(/^(?:talking|speaking)$/.test(t.normal) && terms[i + 1]?.normal === "of") &&
      !VAGUE_NOUNS.has(t.normal) &&
      !LAUGHTER.test(word) &&
      !isName(word);
    // (a common word capitalised only because the question or one of its sentences starts with it is written in
    // lower case: "Dogs are awesome, huh?" → "dogs", "Wow! Moments like that …" → "moments")
    const opensSentence = i === 0 || /[.!?]\s*$/.test(terms[i - 1]!.post);
    const shown = opensSentence && !t.tags.includes("ProperNoun") && /^\p{Lu}\p{Ll}/u.test(word) ? word[0]!.toLowerCase() + word.slice(1) : word;
    if (keep && open) phrases.at(-1)!.push(shown);
    else if (keep) phrases.push([shown]);
    // a phrase goes on only while its nouns are adjacent, in the same clause
    open = keep && !/[,;:.!?]/.test(t.post);
  });
  const unique = [...new Set(phrases.map((p) => p.join(" ")))];
  if (unique.length === 0) return null;
  const kept = unique.slice(0, TOPIC_NOUNS);
  return kept.length === 1 ? kept[0]! : `${kept.slice(0, -1).join(", ")} and ${kept.at(-1)}`;
}

/** Verbs of a plan that suits someone, which the tagger may read as nouns ("Does £2.20 each work for you?"). */
const SUITS = /^(?:work|works|suit|suits)$/;
/** Whom a plan suits, after its verb: "you", "for you", "for everyone", "us". */
const SUITS_WHOM = /^(?:for\s+)?(?:you|me|us|them|him|her|everyone|everybody|both|all)\b/;

/** A word of a question as compromise reads it. */
interface QuestionTerm {
  text: string;
  post: string;
  normal: string;
  tags: string[];
}

/**
 * The terms with a hyphenated word made one ("sci" "fi" → "sci-fi") and a title in title case made
 * one proper noun ("The Name of the Wind", "Lord of the Rings"), so neither is cut into topics.
 */
function wholeWords(terms: QuestionTerm[]): QuestionTerm[] {
  const out: QuestionTerm[] = [];
  const proper = (t: QuestionTerm | undefined) => t?.tags.includes("ProperNoun") ?? false;
  for (let i = 0; i < terms.length; i++) {
    let t = terms[i]!;
    while (t.post === "-" && terms[i + 1]) {
      const next = terms[++i]!;
      t = { text: `${t.text}-${next.text}`, post: next.post, normal: `${t.normal}-${next.normal}`, tags: [...new Set([...t.tags, ...next.tags])] };
    }
    // "Name of the Wind": a proper noun, "of" (and "the"), a proper noun; with a capitalised "The" before it
    for (let j = i + 1; proper(t) && /^(?:of|and)$/.test(terms[j]?.normal ?? ""); j = i + 1) {
      const k = terms[j + 1]?.normal === "the" ? j + 2 : j + 1;
      if (!proper(terms[k]) || !/^\s*$/.test(t.post)) break;
      const joined = terms.slice(j, k + 1);
      t = { ...t, text: [t.text, ...joined.map((x) => x.text)].join(" "), normal: [t.normal, ...joined.map((x) => x.normal)].join(" "), post: terms[k]!.post };
      i = k;
    }
    const before = out.at(-1);
    if (proper(t) && t.text.includes(" ") && before?.text === "The") out[out.length - 1] = { ...t, text: `The ${t.text}`, normal: `the ${t.normal}` };
    else out.push(t);
  }
  return out;
}

/** Topics of the last questions read (a batch that continues a session reads its turns again). */
const topics = new LruCache<string, string | null>(1_000);

function topicOf(question: string, names: string[]): string | null {
  const key = `${names.join("\u0000")}\u0001${question}`;
  let topic = topics.get(key);
  if (topic === undefined) {
    topic = questionTopic(question, names);
    topics.set(key, topic);
  }
  return topic;
}

/** "How long have you been married?", "How many kids do you have?" asked of the listener alone: group 1 how, 2 the auxiliary, 3 the rest. */
const HOW_OF_LISTENER =
  /^(how\s+(?:long|often|old|many\s+[\p{L}-]+|much\s+[\p{L}-]+))\s+(have|are|were|can|will|would)\s+you\s+(?!two\b|both\b|guys\b|all\b)([^?]+?)\s*\?+$/iu;
/** The auxiliary of "you" as it agrees with one person named. */
const AGREES: Record<string, string> = { have: "has", are: "is", were: "was" };

/**
 * "What keeps you …?" (what else, anything else that …; makes, helps, inspires, motivates, gets, drives,
 * brings, gives, in the present or the past) asked of the listener alone: group 1 or 2 "else" when said
 * ("what else", "anything else that"), 3 the verb, 4 the rest.
 */
const WHAT_OF_LISTENER =
  /^(?:(?:and|so)\s+)?(?:what(\s+else)?|anything(\s+else)\s+that)\s+(keeps|makes|helps|inspires|motivates|gets|drives|brings|gives|kept|made|helped|inspired|motivated|got|drove|brought|gave)\s+you\b\s*([^?]*?)\s*\?+$/iu;

/**
 * The question the turn before `turn` ends with, asked of `turn`'s speaker and naming nothing else to be a
 * topic, as reported: a "How long …?" (how often, how old, how many …: "How long have you been married?"
 * asked of Melanie → "Asked how long Melanie has been married") or a "What keeps you …?" ("Anything else
 * that keeps you inspired?" asked of John → "Asked what else keeps John inspired", whose answer may name
 * no verb: "My family, exercise, and spending time with friends"); null for any other question, or one
 * that says "I", "me" or "you" again (whose words would need more than the listener's name), or a "What
 * …?" that points back ("What made you paint it?", whose "it" the label would not say).
 */
function askedOfListener(question: Turn, turn: Turn): string | null {
  const asked = askedBefore(question, turn);
  const who = turn.source.speaker;
  if (!asked || !who) return null;
  const text = stripOpeners(asked).trim();
  const how = HOW_OF_LISTENER.exec(text);
  if (how && !/\b(?:i|me|my|you|we|us|our)\b/i.test(how[3]!)) {
    const aux = how[2]!.toLowerCase();
    return `Asked ${how[1]!.toLowerCase()} ${who} ${AGREES[aux] ?? aux} ${how[3]!.replace(/\byour\b/gi, "their")}`;
  }
  const what = WHAT_OF_LISTENER.exec(text);
  if (!what || /\b(?:i|me|my|you|we|us|our|it|this|that|these|those|them)\b/i.test(what[4]!)) return null;
  const rest = what[4]!.replace(/\byour\b/gi, "their");
  return `Asked what${what[1] || what[2] ? " else" : ""} ${what[3]!.toLowerCase()} ${who}${rest ? ` ${rest}` : ""}`;
}

/**
 * Whether `text` says no verb but gerunds and the items of a list, by compromise's tags: an answer said as
 * a list or a phrase ("John's family, exercise, and spending time with friends", whose "exercise" the
 * tagger reads as a verb), not a statement ("Sam's family and their running club keep them going").
 */
function saysNoVerb(text: string): boolean {
  const { terms } = fullyParsed(parseSentence(text));
  // (an item of a list: a comma before it, and a comma or "and" after it)
  const listed = (i: number) => /,/.test(terms[i - 1]?.post ?? "") && (/,/.test(terms[i]!.post) || /^(?:and|or)$/.test(terms[i + 1]?.normal ?? ""));
  return !terms.some((t, i) => t.tags.has("Verb") && !t.tags.has("Gerund") && !listed(i));
}

/**
 * A statement that opens on a pronoun for a thing said before ("They just sent Joanna …", "It inspired
 * Caroline …", "It's a symbol of …"), not an "it" that stands for what follows ("It was amazing being
 * around …", "It's fulfilling to use …", "It's so cool that …").
 */
const POINTING_OPENING =
  /^(?:It|They|That|This|These|Those)\b(?!\s+(?:way|time|day|week|year|kind)\b)(?!(?:['’]s|\s+is|\s+was|['’]s\s+been|\s+has\s+been|\s+(?:can|could|would|will|must|might|may)\s+be|\s+feels?|\s+felt|\s+seems?|\s+seemed|\s+makes?|\s+made|\s+takes?|\s+took)\s+(?:(?:so|really|such|always|just|also|pretty|very|super|truly|definitely|kinda|a\s+bit|an?)\s+)*\p{Ll}+\s+(?:to|that|how|when|what|being|\p{Ll}+ing)\b)/u;

/** A question about what was ("How was the concert on Friday?", "Did you go …"): its day is the one gone. */
const ASKS_OF_THE_PAST = /\b(?:did|was|were|went|had)\b/i;
/** An emoji (with its variation selector and joined ones) and the spaces after it: where what was said before a question ends. */
const EMOJI_BREAK = /\p{Extended_Pictographic}(?:\uFE0F|\u200D\p{Extended_Pictographic})*\s*/u;
/** A question in the present or of what will be ("what time is …?", "are we still on for …?", "will you …?"): of what is to come. */
const ASKS_IN_THE_PRESENT = /\b(?:is|are|am|will|shall|does|do)\b/i;

/**
 * The day a question asked at `at` (epoch ms) names, resolved by its tense; a day gone, asked in the
 * present, is the one to come ("what time is Mia's swimming lesson on Saturday?", asked on a Tuesday:
 * the Saturday after, had been the one before), and today stays today ("are we still on for climbing
 * thursday?", asked on a Thursday).
 */
function dayAsked(asked: string, at: number): DateMention | undefined {
  const past = ASKS_OF_THE_PAST.test(asked);
  const [day] = resolveDates(asked, at, { past });
  if (!day || past || !ASKS_IN_THE_PRESENT.test(asked) || day.start >= startOfDay(at)) return day;
  return resolveDates(asked, at, { ahead: true })[0] ?? day;
}

/** `text` without the name `name` (a speaker's, as a fact writes it: "Ellie.paints says …"), any case. */
function withoutName(text: string, name: string | null): string {
  return name ? text.replace(new RegExp(escapeRegExp(name), "gi"), " ") : text;
}

function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => w.replace(/(?:ing|es|s)$/, "")));
}

/** A yes-or-no question: it opens with an auxiliary ("Is it ok …?", "Should I be worried?", "Do I need …?"), not a request ("Can you …?"). */
const YES_NO = /^\s*(?:is|are|was|were|am|do|does|did|should|shall|will|would|have|has|had|must|may|might|could|can)\s+(?!you\b)/i;

/**
 * Gives what the user says right after an assistant's answer to their own request the request's
 * topic, its first noun phrase ("Which booster seat is good for a 7 year old?" … "We bought the
 * Maxi-Cosi RodiFix" → "Booster seat: The user … bought the Maxi-Cosi RodiFix"; of the last of its
 * questions that names one), with the request's
 * turn in its provenance: what they chose or did is about what they asked, which the statement
 * alone does not name. Not a statement that shares a word with the topic, nor one after a request
 * that names none ("What can I do?") or a yes-or-no question; within a session's gap.
 * @returns whether the candidate was given the topic (changed in place)
 */
function withRequestTopic(c: Candidate, turns: Turn[], i: number): boolean {
  const [request, reply, turn] = [turns[i - 2], turns[i - 1], turns[i]!];
  if (!request || reply?.source.role !== "assistant" || request.source.speaker !== turn.source.speaker) return false;
  if (turn.source.occurred_at - request.source.occurred_at > WINDOW.maxGapMs) return false;
  const names = namesOf(request, reply);
  // (the last of its questions that names a topic: "What paint finish should I use on kitchen cabinets? And how
  // do I paint them so it lasts?" is of the finish; a yes-or-no question says what is asked of it, not what the
  // user then chose: "Is it ok to ask for the Saturday before my conference off?" … "My manager Sophie said yes")
  const asked = questionsOf(request.source.text).reverse();
  if (!asked[0] || YES_NO.test(asked[0])) return false;
  const topic = asked
    .filter((q) => !YES_NO.test(q))
    .map((q) => topicOf(q, names))
    .find((t) => t)
    ?.split(/, | and /)[0];
  const said = contentWords(c.content);
  if (!topic || [...contentWords(topic)].some((w) => said.has(w))) return false;
  c.content = `${capitalise(topic)}: ${c.content}`;
  c.title = `${capitalise(topic)}: ${c.title}`;
  c.sourceIds = [request.source.id, ...c.sourceIds];
  return true;
}

/**
 * Gives a fact of an email that replies to one person (its subject "Re: …", its To one name) what it
 * replies to, when its words leave out the subject's: "Thanks Mark, that works for me. I'll sign the
 * renewal next week" under "Re: Lease renewal" → "Replying to Mark Jones about Lease renewal: Sofia
 * Reyes will sign the renewal next week" (a reply's words lean on the mail it answers, which the
 * thread's subject names; "What did I tell Mark about the lease?"). Changes `c` in place.
 * @returns whether it did
 */
function withReplySubject(c: Candidate, source: SourceRow): boolean {
  const e = metadataEntry(source, "email") as { subject?: unknown } | undefined;
  const to = letterRecipient(source);
  if (!e || !to || typeof e.subject !== "string") return false;
  const re = REPLY_SUBJECT.exec(e.subject);
  const subject = re ? e.subject.slice(re[0].length).trim() : "";
  const said = contentWords(c.content);
  if (!subject || [...contentWords(subject)].every((w) => said.has(w))) return false;
  c.content = `Replying to ${to} about ${subject}: ${c.content}`;
  return true;
}

/** The "Re:" (or Outlook's "AW:", "SV:") that opens a reply's subject. */
const REPLY_SUBJECT = /^(?:\s*(?:re|aw|sv)\s*(?:\[\d+\])?:\s*)+/i;

/**
 * Gives an answer the topic of the question it answers: B asks "What got you into running?", A
 * answers "To de-stress and clear my mind" → "Asked about running: Melanie says to de-stress and
 * clear their mind", with the question's turn in its provenance (a reply to a question that points
 * back, "What's it about?", keeps the question's turn too, with no topic: LoCoMo dev split,
 * recall_frac@10 0.790 → 0.795 at 1.54 dia_ids per item); a title that names neither the
 * speaker nor the topic is led by the topic ("Walks: Often, multiple times a day even…"). Only a
 * free-form fact whose first turn answers (what the speaker's next turns added to it, an image shown, comes after it),
 * not one told after its turn turned to another topic ("By the way, …"), that shares no word with the topic (an answer that repeats it stands on
 * its own, but keeps the question in its provenance), right after the other person's question, within
 * one session and one batch (the question must be among `turns`).
 * @param candidates the batch's candidates, in turn order (answers are changed in place)
 * @param turns the batch's turns in order
 * @returns the same candidates
 */
export function withQuestionTopics(candidates: Candidate[], turns: Turn[]): Candidate[] {
  const at = new Map(turns.map((t, i) => [t.source.id, i]));
  for (const c of candidates) {
    if (c.type !== "semantic" || c.fact || c.newTopic || c.sourceIds.length === 0) continue;
    const i = at.get(c.sourceIds[0]!);
    // (what the speaker's next turns added, an image shown or a statement gone on with, is after it: the first turn answers)
    if (i == null || c.sourceIds.slice(1).some((id) => (at.get(id) ?? -1) <= i)) continue;
    const q = turns[i - 1];
    const turn = turns[i];
    if (withRequestTopic(c, turns, i)) continue;
    if (turn && withReplySubject(c, turn.source)) continue;
    const topic = turn && answeredTopic(q, turn);
    // the question it answers is in its provenance: one that gives it a topic, or one that points back
    // and says what it answers ("What's it about?" "A mix of drama and romance")
    if (q && turn && (topic || repliesToQuestion(q, turn))) c.sourceIds = [q.source.id, ...c.sourceIds];
    // (a permission asked, "Can I borrow your tent for the trip?", is the asker's request: "Lena asked to
    // borrow Jamie's tent for the trip: It's in the garage …", which answers who borrowed it)
    const permission = q && turn ? permissionAsked(q, turn) : null;
    // (a "How long …?" that names no thing is told as asked: "How long have you been married?" "5 years already!"
    // → "Asked how long Melanie has been married: 5 years already!")
    // (and so is a "What keeps you …?": "Asked what else keeps John inspired: John's family, exercise, …")
    const how = !topic && !permission && q && turn ? askedOfListener(q, turn) : null;
    if (how) {
      // (titled as asked when its title is only the picture shown with the answer: "Asked how long Melanie
      // has been married: 5 years already!", not "Melanie shared a photo of a bride in a wedding dress …";
      // or says no verb: "Asked what else keeps John inspired: John's family, exercise…", not the list alone)
      if (tellsSharedImage(c.title, c.subject ?? "") || saysNoVerb(c.title)) c.title = shortTitle(`${how}: ${c.content.split(/(?<=[.!?])\s+/)[0]!}`);
      c.content = `${how}: ${c.content}`;
      if (!c.sourceIds.includes(q!.source.id)) c.sourceIds = [q!.source.id, ...c.sourceIds];
      continue;
    }
    if (!permission) {
      if (!topic) continue;
      // (the answerer's name is no word of what they said: "ellie.paints" says nothing of paint)
      const said = contentWords(withoutName(c.content, turn!.source.speaker));
      if ([...contentWords(topic)].some((w) => said.has(w))) continue;
    }
    // (with the day the question named: "are we still on for climbing thursday?" "6:30 at the wall" →
    // "Asked about climbing (Thursday 5 March 2026): …")
    const asked = askedBefore(q, turn!);
    const day = asked ? dayAsked(asked, q!.source.occurred_at) : undefined;
    const about = topic && q ? withTopicAskedBefore(topic, q, turn!) : topic;
    c.content = `${permission ?? `Asked about ${about}`}${day && !c.content.includes(day.label) ? ` (${day.label})` : ""}: ${c.content}`;
    if (permission || !topic) continue;
    // a title that names neither the speaker nor the topic says what it answers ("Walks: Often, multiple
    // times a day even…", not "Often, multiple times a day even…"), as does one that opens on a pronoun
    // for it ("Production company: They just sent Joanna a generic rejection letter…")
    const subject = c.subject ?? "";
    if (subject && (!c.title.includes(subject) || POINTING_OPENING.test(c.title))) c.title = `${capitalise(about!)}: ${c.title}`;
  }
  return candidates;
}

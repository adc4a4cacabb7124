/**
 * A terse answer, as people text: to "which one?" about a thing of the answerer's own ("my exam is
 * on the 2nd of December" … "good luck!! which one?" … "organic chem 😭"), or to "when do you …?"
 * ("When do you fly?" … "Thursday 19th, back on the 26th"). Alone, "organic chem" states nothing and
 * made no fact, and "Thursday 19th" says not what happens then; told as the answerer would have said
 * it whole ("My exam is organic chem", "I fly Thursday 19th, back on the 26th"), they are facts:
 * "Sam's exam is organic chem", "Ana flies Thursday 19th (Thursday 19 November 2026) …". And an answer
 * to "What plant is this?" that points at it ("That's a hydrangea …"), told as what the thing is; and a
 * yes to "Are you going to …?" ("Definitely! And some old friends"), told as the plan confirmed.
 */
import nlp from "compromise";
import { DAY_NAMES, MONTH_NAMES } from "../time/mentions.js";
import type { Turn } from "./episodes.js";
import { capitalise, lowerFirst } from "./fact-text.js";
import { parseSentences, type Sentence } from "./sentences.js";

/** Where a question that closes its message begins: the message's start, a sentence's end, or an emoji ("Noted 😍 When do you …?"). */
const QUESTION_OPENS = String.raw`(?:^|[.!?]\s*|\p{Extended_Pictographic}\uFE0F?\s*)`;
/** A question that asks which of a thing the other person just named: "which one?", "what kind?", closing its message. */
const WHICH = /(?:^|[.!?]\s*)(?:which(?:\s+ones?)?|what\s+(?:kind|type|sort)|what\s+(?:kind|type|sort)\s+of\s+\p{L}+)\s*\?+\s*$/iu;
/** The most words a terse answer has. */
const TERSE_WORDS = 5;

/** A question closing its message (after a stop or an emoji) that asks when the listener does something ("When do you fly?"): group 1 the auxiliary, group 2 what they do. */
const WHEN_ASKED = new RegExp(String.raw`${QUESTION_OPENS}(?:when|what time|what day)\s+(do|will|are|can)\s+you\s+([^?.!]{1,40}?)\s*\?+\s*$`, "iu");
/** A terse answer to "when …?": a time first ("Thursday 19th, back on the 26th", "on the 3rd", "next week", "6:30"). */
const A_TIME = new RegExp(
  `^(?:(?:on|at|in|around|about|from|by)\\s+)?(?:the\\s+)?(?:next|this|tomorrow|tonight|today|\\d|${DAY_NAMES}|${MONTH_NAMES}|(?:mon|tues?|wed|thu|thurs|fri|sat|sun)\\b)`,
  "i",
);
/** The answerer's own auxiliary for "you" asked with one: "have" stays, "are" is "am", "were" is "was". */
const OWN_AUXILIARY: Record<string, string> = { are: "am", were: "was" };
/** The most words of a terse answer's first sentence to "when …?". */
const WHEN_WORDS = 8;

/**
 * The other person's question right before `turns[i]`, in the same conversation, matched by `asked` (on
 * its whole text), and the turn's first sentence as its answer (without the full stops or exclamation
 * marks it ends on) with the sentences after it; null when no such question came before or the turn
 * opens with a question of its own.
 */
function answerTo(turns: readonly Turn[], i: number, asked: RegExp): { asked: RegExpExecArray; first: Sentence; answer: string; rest: Sentence[] } | null {
  const [question, turn] = [turns[i - 1], turns[i]];
  const m = question && turn && question.source.speaker !== turn.source.speaker ? asked.exec(question.source.text.trim()) : null;
  const [first, ...rest] = turn?.sentences ?? [];
  const answer = first?.text.replace(/[.!]+$/, "").trim();
  return m && first && answer && !first.question ? { asked: m, first, answer, rest } : null;
}

/**
 * The sentences `turns[i]` says when it opens with a terse answer (a first sentence of at most
 * WHEN_WORDS words, a time first) to the other person's "When do you …?" right before it: its first
 * sentence told with what was asked, as the answerer's own ("When do you fly?" "Thursday 19th, back
 * on the 26th. Spare key is under the blue pot" → "I fly Thursday 19th, back on the 26th." and the
 * rest as it was). Null for any other turn.
 */
export function whenAnswered(turns: readonly Turn[], i: number): Sentence[] | null {
  const found = answerTo(turns, i, WHEN_ASKED);
  if (!found || found.answer.split(/\s+/).length > WHEN_WORDS || !A_TIME.test(found.answer)) return null;
  const { asked, answer, rest } = found;
  const aux = asked[1]!.toLowerCase();
  const said = `I ${aux === "do" ? "" : `${OWN_AUXILIARY[aux] ?? aux} `}${asked[2]} ${answer}.`;
  return [...parseSentences(said), ...rest];
}

/** A question closing its message for how long (group 1 the auxiliary, 2 its subject, 3 the rest): "How long has it been broken?", "How long are you staying?". */
const HOW_LONG_ASKED = new RegExp(
  String.raw`${QUESTION_OPENS}how\s+long\s+(has|have|is|are|was|were|will)\s+(you|it|they|he|she|we)\s+([^?.!]{1,40}?)\s*\?+\s*$`,
  "iu",
);
/** A duration said alone: "Three weeks", "About two years", "A week", "Nearly 3 months". */
const A_DURATION =
  /^(?:(?:about|around|nearly|almost|over|just over|only|roughly|maybe)\s+)?(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of|several|\d+)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)$/i;

/**
 * The sentences `turns[i]` says when it opens with a bare duration (A_DURATION) answering the other
 * person's "How long …?" right before it: its first sentence told with what was asked, as the
 * answerer's own ("How long has it been broken?" "Three weeks. I've been showering at the gym" →
 * "It has been broken for three weeks." and the rest as it was; "How long are you staying?" "A week!"
 * → "I am staying for a week."). Alone, "Three weeks." said nothing of what lasted. Null for any other turn.
 */
export function howLongAnswered(turns: readonly Turn[], i: number): Sentence[] | null {
  const found = answerTo(turns, i, HOW_LONG_ASKED);
  if (!found || !A_DURATION.test(found.answer)) return null;
  const { asked, answer, rest } = found;
  const aux = asked[1]!.toLowerCase();
  const who = asked[2]!.toLowerCase();
  const subject = who === "you" ? "I" : who === "we" ? "We" : capitalise(who);
  const said = `${subject} ${who === "you" ? (OWN_AUXILIARY[aux] ?? aux) : aux} ${asked[3]} for ${lowerFirst(answer)}.`;
  return [...parseSentences(said), ...rest];
}

/**
 * A question closing its message for a name (group 1 what is named, after "the name of"; or group 2 whose
 * and 3 what, before "'s name"; or 4 the verb and 5 what, before "called"): "What's the name of that
 * restaurant your cousin recommended?", "What's your dog's name?", "What was the ryokan called?".
 */
const NAME_ASKED = new RegExp(
  String.raw`${QUESTION_OPENS}(?:quick one,?\s+)?what(?:['’]s|\s+is|\s+was)\s+(?:the\s+name\s+of\s+([^?.!]{3,60}?)|(your|his|her|their)\s+([^?.!]{2,30}?)['’]s\s+name)\s*\?+\s*$|${QUESTION_OPENS}what\s+(is|was|are|were)\s+((?:the|that|your|his|her|their)\s+[^?.!]{2,40}?)\s+called\s*\?+\s*$`,
  "iu",
);
/** A name said alone, its words in capitals (and the particles and joining words of names between them): "Taberna da Rua das Flores", "Biscuit", "The Crown and Anchor". */
const A_NAME = /^\p{Lu}[\p{L}'’&.-]*(?:\s+(?:\p{Lu}[\p{L}'’&.-]*|da|das|de|del|della|di|do|dos|du|la|le|van|von|of|the|and|&))*$/u;

/** Whether `text` is a name said alone: A_NAME, at most six words. */
function saidName(text: string): boolean {
  return text.split(/\s+/).length <= 6 && A_NAME.test(text);
}

/**
 * The sentences `turns[i]` says when it opens with a name said alone (A_NAME, at most six words) answering
 * the other person's "What's the name of …?" or "What's your …'s name?" right before it: its first
 * sentence told with what was asked, as the answerer's own, the name first ("What's the name of that
 * Portuguese restaurant your cousin recommended?" "Taberna da Rua das Flores." → "Taberna da Rua das
 * Flores is the Portuguese restaurant my cousin recommended."; "What's your dog's name?" "Biscuit!" →
 * "My dog's name is Biscuit."; "What was the ryokan called?" "Hiiragiya." → "The ryokan was called
 * Hiiragiya."). Alone, the name said nothing of what it names. Null for any other turn.
 */
export function nameAnswered(turns: readonly Turn[], i: number): Sentence[] | null {
  const found = answerTo(turns, i, NAME_ASKED);
  if (!found || !saidName(found.answer)) return null;
  const { asked, answer, rest } = found;
  // (the asker's "your" and "you" are the answerer's "my" and "I"; "that restaurant" is the one)
  const own = (words: string) =>
    words
      .replace(/^(?:that|this)\s+/i, "the ")
      .replace(/\byour\b/gi, "my")
      .replace(/\byou\b/gi, "I");
  const said = asked[1]
    ? `${answer} is ${own(asked[1])}.`
    : asked[2]
      ? `${capitalise(own(asked[2]))} ${asked[3]}'s name is ${answer}.`
      : `${capitalise(own(asked[5]!))} ${asked[4]!.toLowerCase()} called ${answer}.`;
  return [...parseSentences(said), ...rest];
}

/** A question closing its message for which of a kind something was (group 1 the kind, 2 the verb): "Which company was it again?", "Which hotel is it?". */
const WHICH_WAS_IT = new RegExp(String.raw`${QUESTION_OPENS}(?:so\s+)?which\s+(\p{L}+)\s+(is|was)\s+(?:it|that)(?:\s+again)?\s*\?+\s*$`, "iu");

/**
 * The sentences `turns[i]` says when it opens with a name (A_NAME, at most six words, what follows a
 * comma with it) answering the other person's "Which … was it?" right before it: told with what was
 * asked ("Which company was it again?" "Octopus Energy, the platform team" → "The company was Octopus
 * Energy, the platform team."). Alone, it had been "Sam says Octopus Energy, the platform team". Null for any other turn.
 */
export function whichAnswered(turns: readonly Turn[], i: number): Sentence[] | null {
  const found = answerTo(turns, i, WHICH_WAS_IT);
  const name = found?.answer.split(/,\s*/)[0] ?? "";
  if (!found || !saidName(name)) return null;
  const { asked, answer, rest } = found;
  return [...parseSentences(`The ${asked[1]!.toLowerCase()} ${asked[2]!.toLowerCase()} ${answer}.`), ...rest];
}

/** A question closing its message for who will do something (group 1 the verb, 2 the rest): "Who's doing the Christmas tree this year?", "Who can pick up the keys?"; not of the listener's ("Who's coming to your party?"). */
const WHO_ASKED = new RegExp(
  String.raw`${QUESTION_OPENS}who(['’]s|\s+is|\s+will|\s+can|\s+wants\s+to)\s+((?![^?]*\b(?:you|your)\b)[^?.!]{2,60}?)\s*\?+\s*$`,
  "iu",
);
/**
 * A question for anyone to do something, wherever it is in its message ("Can someone pick up Nana from
 * Stratford station on the 24th at 3pm? Her train gets in at 14:52"): group 1 the verb, 2 what; not of
 * the listener's.
 */
const SOMEONE_ASKED = new RegExp(
  String.raw`${QUESTION_OPENS}(can|could|will)\s+(?:someone|anyone|somebody|anybody)\s+((?![^?]*\b(?:you|your)\b)[^?.!]{2,80}?)\s*\?`,
  "iu",
);
/** The speaker saying it is them: "Me!", "I am", "I'll do it", "I can". */
const ME = /^(?:me|me\s+me|i\s+am|i['’]m|i\s+will|i['’]ll(?:\s+do\s+it)?|i\s+can|i\s+do)$/i;

/**
 * The sentences `turns[i]` says when it opens with "Me!" (ME), or "Me," before what the speaker goes on
 * to say, answering the other person's "Who's …?" (or "Can someone …?") right before it: told with what was asked, as the answerer's own ("Who's doing the Christmas tree
 * this year?" "Me! Getting a 6ft Nordmann …" → "I am doing the Christmas tree this year." and the rest
 * as it was). Alone, "Me!" said nothing of what the speaker would do. Null for any other turn.
 */
export function whoAnswered(turns: readonly Turn[], i: number): Sentence[] | null {
  const found = answerTo(turns, i, WHO_ASKED) ?? answerTo(turns, i, SOMEONE_ASKED);
  // (or "Me," before what the speaker goes on to say, of three words or more: "Me, I'll share the slides by Monday")
  const then = found ? ME_THEN.exec(found.answer) : null;
  if (!found || !(ME.test(found.answer) || then)) return null;
  const { asked, rest } = found;
  const verb = asked[1]!
    .trim()
    .toLowerCase()
    .replace(/^could$/, "can");
  const said = `I ${/^(?:['’]s|is)$/.test(verb) ? "am" : verb === "wants to" ? "want to" : verb} ${asked[2]}.`;
  return [...parseSentences(said), ...(then ? parseSentences(`${then[1]}.`) : []), ...rest];
}

/** "Me," then a clause of three words or more (group 1): "Me, I'll share the slides by Monday". */
const ME_THEN = /^me\s*[,;–—-]\s*(\S+(?:\s+\S+){2,})$/i;

/**
 * The sentences `turns[i]` says when it is a terse answer (at most TERSE_WORDS words, no verb, no
 * question) to the other person's "which one?" right before it, which asked of the thing the
 * answerer's own message before that named as theirs ("my exam"): that thing is the answer ("My exam
 * is organic chem"). Null for any other turn.
 */
export function terseAnswer(turns: readonly Turn[], i: number): Sentence[] | null {
  const [own, question, turn] = [turns[i - 2], turns[i - 1], turns[i]];
  if (!own || !question || !turn || !WHICH.test(question.source.text.trim())) return null;
  if (question.source.speaker === turn.source.speaker || own.source.speaker !== turn.source.speaker) return null;
  const answer = turn.source.text
    .replace(/\p{Extended_Pictographic}\uFE0F?/gu, "")
    .trim()
    .replace(/[.!]+$/, "");
  if (!answer || answer.split(/\s+/).length > TERSE_WORDS || /\?/.test(answer) || nlp(answer).has("#Verb")) return null;
  // (the last thing of the answerer's own their message named: "my exam", "my new job")
  const things = nlp(own.source.text).match("my #Adjective? #Noun+").out("array") as string[];
  const thing = things.at(-1)?.replace(/^my\s+/i, "");
  return thing ? parseSentences(`My ${thing} is ${answer}.`) : null;
}

/** A question for what kind of thing something shown is ("What plant is this?", "what bird is that?"): group 1 the kind. */
const WHAT_KIND_IS_THIS = /\bwhat\s+(\p{L}+)\s+is\s+(?:this|that|it)\s*\?/iu;
/** An answer that points at the thing shown and names it: "That's a hydrangea …", "It's a robin", "This is a moth orchid" (group 1 what follows). */
const POINTS_AND_NAMES = /^(?:that['’]?s|that\s+is|it['’]?s|it\s+is|this\s+is|this['’]s)\s+((?:a|an)\s+.+)$/iu;

/**
 * The sentences `turns[i]` says when it answers the other person's "What plant is this?" right before
 * it by pointing at the thing ("That's a hydrangea (Hydrangea macrophylla), a mophead type"): its first
 * sentence told as what the thing of that kind is ("The plant is a hydrangea …"), the rest as it was.
 * Pointing, it had been read as a reaction ("That's a great idea") and made no fact. Null for any other turn.
 */
export function identityAnswered(turns: readonly Turn[], i: number): Sentence[] | null {
  const found = answerTo(turns, i, WHAT_KIND_IS_THIS);
  const named = found ? POINTS_AND_NAMES.exec(found.first.text.trim()) : null;
  if (!found || !named) return null;
  return [...parseSentences(`The ${found.asked[1]!.toLowerCase()} is ${named[1]}`), ...found.rest];
}

/** A question closing its message for whether the listener will do something ("Are you going to invite your tournament friends?", "Will you enter the contest?"): group 1 the auxiliary, group 2 what. */
const PLAN_ASKED =
  /(?:^|[.!?]\s*)(?:(?:so|and)\s+)?(?:(are)\s+you\s+((?:going\s+to|gonna|planning\s+(?:to|on))\s+[^?.!]{1,60}?)|(will)\s+you\s+([^?.!]{1,60}?))\s*\?+\s*$/iu;
/** An answer's first sentence that only says yes: "Definitely!", "Yes.", "Yep, of course!". */
const YES = /^(?:yes|yeah|yep|yup|definitely|sure|of course|absolutely|for sure|totally)(?:\s*,?\s*(?:definitely|totally|of course|for sure))?\s*[!.]*$/i;
/** A sentence that adds to what was said before it, with no verb of its own: "And some old friends from other tournaments." (group 1 what it adds). */
const AND_MORE = /^(?:and|plus)\s+(.+?)[.!]*$/i;

/**
 * The sentences `turns[i]` says when it opens with a bare yes to the other person's "Are you going to
 * …?" (or "Will you …?", or "Are we still doing …?", told as "We are still doing …", with when the yes
 * says it is planned for: "Yes, planned for Wednesday night") right before it: the plan told as the answerer's own ("Are you going to invite
 * your tournament friends?" "Definitely! And some old friends from other tournaments." → "I am going to
 * invite my tournament friends and some old friends from other tournaments."), a verbless "And …" after
 * the yes joined to it, the rest as it was. Alone, "Definitely!" made no fact and "And some old friends …"
 * one that says not what of them. Null for any other turn, or a question whose "you" is more than
 * "your" ("even if you lose").
 */
export function yesAnswered(turns: readonly Turn[], i: number): Sentence[] | null {
  const [question, turn] = [turns[i - 1], turns[i]];
  const other = question && turn && question.source.speaker !== turn.source.speaker;
  const asked = other ? PLAN_ASKED.exec(question.source.text.trim()) : null;
  const ours = other && !asked ? OUR_PLAN_ASKED.exec(question.source.text.trim()) : null;
  const [first, second, ...rest] = turn?.sentences ?? [];
  // (a yes may say when the plan is, "Yes, planned for Wednesday night": it follows the plan)
  const when = first ? YES_WHEN.exec(first.text.trim()) : null;
  if (!(asked || ours) || !first || !(YES.test(first.text.trim()) || when)) return null;
  const plan = (asked ? (asked[2] ?? asked[4]!) : ours![2]!).replace(/\byour\b/gi, "my");
  if (/\byou\b/i.test(plan)) return null;
  const more = second && !second.question ? AND_MORE.exec(second.text.trim()) : null;
  const adds = more && !nlp(more[1]!).has("#Verb") ? ` and ${more[1]}` : "";
  // (of a plan of ours, a verbless answer after the yes says what of it, "yes!! 6:30 at the wall": told as answering its topic, answers.ts)
  if (ours && second && !adds && !nlp(second.text).has("#Verb")) return null;
  const subject = ours ? `We are ${ours[1] ? `${ours[1].toLowerCase()} ` : ""}` : `I ${asked![1] ? "am" : "will"} `;
  const said = `${subject}${plan}${adds}${when ? `, ${when[1]}` : ""}.`;
  return [...parseSentences(said), ...(adds || !second ? rest : [second, ...rest])];
}

/** A question closing its message for whether a plan of the speaker's and the listener's holds ("Are we still doing the upgrade before the freeze?", "Are we going to the lake on Sunday?"; not "still on for …", whose answer tells its topic, answers.ts): group 1 "still", group 2 what. */
const OUR_PLAN_ASKED =
  /(?:^|[.!?]\s*)(?:(?:so|and)\s+)?(?:@?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?,?\s+)?are\s+we\s+(?:(still)\s+)?((?:going\s+to|gonna|doing|planning\s+(?:to|on))\b[^?.!]{1,60}?)\s*\?+\s*$/iu;
/** A yes, then when the plan is arranged for: "Yes, planned for Wednesday night" (group 1 from the participle on). */
const YES_WHEN =
  /^(?:yes|yeah|yep|yup|definitely|sure|of course|absolutely)\s*[,!.–—-]\s*((?:planned|booked|scheduled|set|arranged|confirmed|pencilled\s+in)\s+for\b.+?)[.!]*$/i;

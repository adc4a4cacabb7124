// The facts of a turn: each sentence stated (statement.ts), the most specific statements kept within
// the word budget (FACT_LIMITS) and told as one fact in the third person, with its dates, its
// relations and its title. See README.md, "Facts".
import { escapeRegExp, saysWord } from "../util/quote.js";
import { KIN_WORD } from "./kin.js";
import type { EntityMention } from "./types.js";
import { type Referent, resolveOpenings, type Told } from "./anaphora.js";
import { humanDate } from "../time/format.js";
import { annotateDates, type DateMention, MONTH_NAMES, withoutRepeatedDates } from "../time/mentions.js";
import { annotateClauses } from "./clause-dates.js";
import { fullyParsed, isContentNoun, knownWord, mayBeName, parseSentence, stripOpeners, type Sentence } from "./sentences.js";
import { truism } from "./truisms.js";
import { relationsOf } from "./relations.js";
import { companyIn } from "./third-person.js";
import { asPhotoNote, capitalise, lowerFirst, oneExclamation } from "./fact-text.js";
import { factTitle } from "./titles.js";
import { impliedSubject, withoutOpening } from "./implied-subject.js";
import { ANSWER_GIVEN, NAMED_DIET, NAMED_HAS, NAMED_IS, namedDoes, namedLabel, SAYS_WHERE, SETTLED } from "./short-facts.js";
import { whatToHave } from "./advice.js";
import { AGREED_TRUTH, NEW_TOPIC_OPENER, OWN_REACTION, REACTION } from "./reactions.js";
import type { RepeatingEvent } from "../time/recurrence.js";
import { type Speaker, statement, taskWritten } from "./statement.js";
import { namesThing, resolution, specificity } from "./informative.js";
import { clauses, foldCaption, NAMED_RELATION, SAID_AS, SEE_YOU, timeSaidAlone, withRecommendationsAsked, withReminders } from "./turn-sentences.js";
import { SAYS_WHEN } from "./proposal.js";

export type { Speaker } from "./statement.js";

/** A semantic fact found in one sentence: subject/predicate/object where a pattern matched, else free-form. */
export interface Fact {
  subject: string;
  /** e.g. lives_in, works_at, likes; null for a free-form statement. */
  predicate: string | null;
  object: string | null;
  /** The predicate holds one value at a time (a new value contradicts the old one). */
  single: boolean;
  /** Short statement without a full stop: "Caroline lives in Berlin" for structured facts, else the most specific sentence. */
  title: string;
  /** The sentence in the third person with relative dates made absolute. */
  content: string;
  dates: DateMention[];
  aboutUser: boolean;
  /** Other source turns whose words the fact tells: where the thing its opening "It" or "They" stands for was named. */
  drawsOn?: number[];
  /** Told after its turn turned to another topic ("By the way, …"): it answers no question asked before the turn. */
  newTopic?: true;
  /** It opens with advice or a request to the listener ("Marco's advice to Jamie: bring an apron"), which said right after its speaker's last message is about what that one told. */
  advises?: true;
  /** What the fact is about when that is not its subject as a person (a Kindle clipping: its book, a thing, and its author). */
  about?: EntityMention[];
  /** People a pronoun of its turn was told as, whom the turn's own words do not name ("he loves …" → "Buddy loves …"; turn-facts.ts): it mentions them too. */
  named?: EntityMention[];
  /** An entry of the user's calendar (events.ts): shown on the timeline (`details.calendar`), and a newer version of the event supersedes it. */
  calendar?: true;
  /** A newer version of its source (the same item of the same export, imported again: a contact card changed) supersedes it, as a calendar event's does. */
  versioned?: true;
  /** A calendar event that lasts whole days (`details.all_day`): the timeline shows no time of day for it. */
  allDay?: true;
  /** How a calendar event repeats (`details.repeats`): its RRULE, its first start as the calendar writes it ("2026-09-01T18:30:00") and the days it skips. */
  repeats?: RepeatingEvent;
  /** When it became known (epoch ms), when that is not when its source was said (a calendar event: when the calendar last changed it): its valid time starts then. */
  knownSince?: number;
}

/** "We both", "we're both", "us both": the speaker and the one they talk to, in a conversation. */
const BOTH_OF_US = /\b(?:we|us)(?:['’]re| are| were| have|['’]ve)? both\b/i;

/** A statement ending in a tag question ("Sunflowers mean warmth and happiness, right?"). */
const TAG_QUESTION = /,\s*(?:right|isn'?t it|aren'?t they|don'?t you think|you know|no)\?\s*$/i;
/** A statement ending in a tag of an auxiliary and a pronoun, whatever ends it ("I should start a cork board of my own shouldn't I."). */
const AUX_TAG = /,?\s+(?:is|are|was|were|do|does|did|have|has|had|should|would|could|can|wo)n['’]?t\s+(i|we|you|it|they|he|she|that)\s*[?.!]\s*$/i;

/** Whether the tag's pronoun agrees with the statement's subject: "I …, didn't I?", not "I has been a while …, hasn't it?" (a typo for "It"). */
function tagAgrees(text: string): boolean {
  const pronoun = AUX_TAG.exec(text)?.[1]?.toLowerCase();
  const opensOnSpeaker = /^(?:i|we)\b/i.test(text.trim());
  if (pronoun === "i" || pronoun === "we") return opensOnSpeaker;
  return pronoun !== undefined && !opensOnSpeaker;
}
/** A proper name said alone with "!" ("Edinburgh!", "Lake Como!"): opening a note, where or of what it is written. */
const SETTING = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}!+$/u;

/**
 * A fact keeps at most `words` words of one turn (whole sentences; the first is always kept); the
 * turn's first statement, which usually says what the turn is about ("I love making jewelry out of
 * recycled stuff"), counts `topicBonus` more specific; a fact that does not name its speaker needs
 * at least `shortReaction` words or a number. LoCoMo dev split, answer_recall@100/200w: 40 words
 * 0.587/0.659, 50 words with the topic bonus 0.594/0.673 (60: 0.593/0.674, 80: 0.596/0.676, with
 * more facts per observation as fewer answers fold into their statement). Session 18, once facts
 * dropped most reactions and truisms, @100/200/500w: 50 words 0.610/0.685/0.762, 60 0.609/0.687/
 * 0.765, 70 0.612/0.689/0.766, 90 0.612/0.690/0.767 (1,881 / 1,903 / 1,909 / 1,909 facts): a long
 * turn's later statements ("They talked about different therapeutic methods …" after the workshop
 * it tells of) had been cut.
 */
export const FACT_LIMITS = { words: 70, shortReaction: 7, topicBonus: 1 };

/** A sentence opening with a word that is never a name ("It", "That", "The", …). */
const FUNCTION_WORD =
  /^(it|it's|its|that|that's|this|these|those|the|a|an|they|they're|he|he's|she|she's|we|there|there's|what|so|and|but|or|if|when|then|just|not|no|all|some|my|his|her|their|our|one|every|each|being|having|getting|going)\b/i;

/** A text that opens on two capitalised words, a name of two: "Cotham Brow is lovely", "Apex Legends has awesome graphics". */
const TWO_WORD_NAME = /^\p{Lu}[\p{L}'’-]*\s+\p{Lu}\p{Ll}/u;

/** Whether `word`, capitalised as written, names one of what the turns before said (`opts.before`, anaphora.ts referents). */
function namedBefore(word: string, opts: FactOptions): boolean {
  if ((opts.before?.() ?? []).some((r) => saysWord(r.phrase, word))) return true;
  // (or the talk around it wrote it with a capital inside a sentence: "We adopted another puppy called Pixie")
  return new RegExp(`[\\p{L},;:]\\s+${escapeRegExp(word)}(?![\\p{L}])`, "u").test(opts.heard?.() ?? "");
}

/** The line a mail's signature is told on by the ingest (core/ingest/chats/email-body.ts): "Signature: Priya Shah, Head of Product, …". */
const SIGNATURE_LINE = /^Signature:\s/;

/** Names said together at a statement's start: "Max and Daisy", "Luna, Oliver and Bailey" (each a capital then small letters). */
const NAMES_TOGETHER = /^\p{Lu}\p{Ll}+(?:,\s+\p{Lu}\p{Ll}+)*,?\s+(?:and|&)\s+\p{Lu}\p{Ll}+(?!\p{L})/u;

/** What {@link extractFacts} is told of a turn (see there). */
export interface FactOptions {
  answering?: () => boolean;
  replying?: () => boolean;
  listener?: string;
  before?: () => Referent[];
  /** The text of the messages around the turn in its session, its own among them (turns-before.ts talkAround; "" when none): a word they write as a name is one here too. */
  heard?: () => string;
  company?: () => string | undefined;
  written?: boolean;
  /** The one its turn was sent to, as a letter (letters.ts `letterRecipient`: a mail's recipient, "the user" of a text they received): what it says is told to them. */
  toldTo?: string;
}

/**
 * The facts of one turn (see {@link turnFacts}); a turn that turns to another topic after its first
 * sentence ("Thanks for the tip! … BTW, recently I had a setback") tells each part as a fact of its
 * own, the second answering no question asked before the turn (`newTopic`).
 */
export function extractFacts(sentences: Sentence[], speaker: Speaker, ref: number, opts: FactOptions = {}): Fact[] {
  const shift = sentences.findIndex((s, i) => i > 0 && NEW_TOPIC_OPENER.test(s.text));
  if (shift < 0) return turnFacts(sentences, speaker, ref, opts);
  const fresh = { ...opts, answering: undefined, replying: undefined, before: undefined };
  const after = turnFacts(sentences.slice(shift), speaker, ref, fresh).map((f) => ({ ...f, newTopic: true as const }));
  return [...turnFacts(sentences.slice(0, shift), speaker, ref, opts), ...after];
}

/**
 * The fact of one turn said by `speaker` at `ref` (epoch ms): the turn condensed to what it states.
 * Questions, reactions ("That's great!"), small talk, imperatives and what is said to the listener
 * are dropped; fillers and intensifiers go ("Yeah, so I went…" → "Caroline went…"); first-person
 * sentences are rewritten in the third person; an image the speaker shared is told as
 * "<speaker> shared a photo of …"; relative dates are made absolute ("yesterday (7 May 2023)"); at most
 * FACT_LIMITS.words words of whole sentences. A fact that would not name its speaker starts with
 * "<speaker> says"; one that names no date ends with the day it was said ("(8 May 2023)"). Structured (subject/predicate/object) when a pattern of PATTERNS matches one of
 * its sentences (the canonical statement is then the title; matches of further predicates become their
 * own short facts, so each single-valued key can be contradicted on its own).
 * `opts.answering`: whether the turn answers the other person's question that names a topic
 * (answersQuestion in answers.ts; asked only for a sentence that needs it): a resolution, a general
 * truth or a judgement of what was said is then what was asked.
 * `opts.replying`: whether it replies to a question of theirs that points back at what was said
 * (repliesToQuestion; asked only when `answering` is false, which counts too), so a short sentence that names a thing is kept as what
 * it says ("Pepperoni of course!" → "James says pepperoni of course"; "What's it about?" "It's a mix
 * of drama and romance!"; the question's topic is added by withQuestionTopics). LoCoMo dev split:
 * answer_recall@100/200/500w 0.593/0.673/0.740 → 0.597/0.677/0.743 (verbless answers to a topic), then
 * 0.617/0.691/0.766 → 0.621/0.693/0.768 (any short sentence that names a thing, and pointing-back questions).
 * `opts.listener`: the other person of the conversation, to whom advice is told ("Tim's advice to
 * John: … John's values"); without one, advice that says "your" is words to the listener.
 * `opts.company`: who "we" are when the turn names no group of its own (the one its speaker's earlier
 * messages named with them: turns-before.ts companyBefore), asked at most once, only of a sentence that says "we".
 * `opts.written`: the turn is a note the speaker wrote (a file, or a memory written by hand), whose
 * statements are theirs as written, not reported as "<speaker> says".
 * `opts.before`: the things the turn before named (anaphora.ts referents, as this speaker would say
 * them), for an "It" or "They" opening the turn ("How are your dogs?" "They're good").
 * @returns zero or more facts (usually zero or one per turn).
 */
function turnFacts(said: Sentence[], speaker: Speaker, ref: number, opts: FactOptions = {}): Fact[] {
  const sentences = withRecommendationsAsked(withReminders(said));
  let asked: boolean | undefined;
  const answering = () => (asked ??= opts.answering?.() ?? false);
  let replied: boolean | undefined;
  const replying = () => (replied ??= answering() || (opts.replying?.() ?? false));
  const candidates: Array<{
    sentence: Sentence;
    text: string;
    dates: DateMention[];
    score: number;
    words: number;
    at: number;
    alone: boolean;
    joins: boolean;
    lead: string | undefined;
    shows: boolean;
    caption: boolean;
    /** The thing an opening "It"/"They" was told as, and the statement as said (dates not yet resolved), for a run about it. */
    thing?: { phrase: string; asSaid: string; from?: number };
  }> = [];
  // who "we" are: the one group the turn has named with the speaker so far ("my kids"), none once it named two
  let company: string | null | undefined;
  // (else the group the speaker's earlier messages named, asked only of a sentence that says "we")
  let earlier: string | null | undefined;
  const companyOf = (s: Sentence): string | undefined => {
    if (company !== undefined) return company ?? undefined;
    // "we both" said to the other person of the present is the two of them ("So we both have similar
    // interests"); in a story of the past, someone the story is about ("We both helped with the painting")
    if (opts.listener && !s.past && BOTH_OF_US.test(s.text)) return opts.listener;
    if (!/\b(?:we|us|our|ours)\b/i.test(s.text)) return undefined;
    earlier ??= opts.company?.() ?? null;
    return earlier ?? undefined;
  };
  // (a colon that introduced what followed, code or a list left out, ends the sentence: "I wrote this helper:")
  const ended = (text: string) => (/[.!?…]["'”’)]*$/.test(text) ? text : `${text.replace(/\s*:$/, "")}.`);
  const consider = (s: Sentence, at: number, resolved?: Told | null): boolean => {
    const context = { answering, replying, company: companyOf(s), listener: opts.listener, first: at === 0 };
    // (the sentence as said decides whether it is a fact; the thing its "It" stands for only words it)
    // (an instruction in a note of the writer's own is a task of theirs: "Call the bank about the offer")
    const asSaid = (opts.written ? taskWritten(s, speaker, context.company) : null) ?? statement(s, speaker, context);
    // (but an answer that takes up what the other person offered or asked of is told with it: "I'll take it" → "… will take the spare ticket";
    // and so is what the thing does to the speaker: "I really enjoy the upside-down poses. They make me feel free and light")
    const told = resolved && (asSaid || resolved.takesUp || s.firstPerson) ? statement(resolved.sentence, speaker, context) : null;
    // (a note's opening "Edinburgh!" says where, or of what, what follows is written: it leads the statement)
    const said = told ?? asSaid ?? (opts.written && at === 0 && SETTING.test(s.text.trim()) ? { text: s.text.trim(), alone: false, joins: true } : null);
    if (!said) return false;
    // (an image's caption describes the picture: "a sign that says june" dates nothing)
    const { text, dates } = said.caption ? { text: said.text, dates: [] } : annotateClauses(said.text, ref, s);
    const words = text.split(/\s+/).length;
    candidates.push({
      sentence: s,
      text: ended(text),
      thing: told && asSaid && resolved ? { phrase: resolved.thing, asSaid: asSaid.text, from: resolved.from } : undefined,
      dates,
      words,
      at,
      alone: said.alone,
      joins: said.joins ?? false,
      lead: said.lead,
      shows: said.shows ?? false,
      caption: said.caption ?? false,
      score: specificity(s, text, dates.length, speaker.name),
    });
    return true;
  };
  // (the statement of sentence `at`, said again after `time`, when it names no time of its own: see timeSaidAlone)
  const redate = (time: string, s: Sentence, at: number) => {
    const last = candidates[candidates.length - 1];
    if (!last || last.at !== at || last.dates.length > 0 || last.caption) return;
    candidates.pop();
    const opened = withoutOpening(s.text).trim();
    if (!consider(impliedSubject(parseSentence(`${time}, ${/^I\b/.test(opened) ? opened : lowerFirst(opened)}`)), at)) candidates.push(last);
  };
  // (a time said in the sentence before, which made no fact)
  let carried: string | null = null;
  const openings = resolveOpenings(sentences, opts.before, [speaker.name, ...(opts.listener ? [opts.listener] : [])]);
  sentences.forEach((sentence, at) => {
    const resolved = openings[at];
    // (only a group named before "we": in "we had a blast with our friends" the friends are others)
    const groups = companyIn(
      sentence.text.split(/\b(?:we|us)\b/i)[0]!,
      sentence.entities.filter((e) => e.kind === "person").map((e) => e.name),
    );
    if (groups.length > 0) company = (company === undefined || company === groups[0]) && groups.length === 1 ? groups[0]! : null;
    // a tag question is a statement ("X, right?" → "X.", "X shouldn't I." → "X.")
    const tag = sentence.question && TAG_QUESTION.test(sentence.text) ? TAG_QUESTION : tagAgrees(sentence.text) ? AUX_TAG : null;
    const tagged = tag ? parseSentence(sentence.text.replace(tag, ".")) : sentence;
    const considered = consider(impliedSubject(tagged), at, resolved);
    // a time said in a sentence that makes no fact dates the statement after it, when that names none
    // ("Last night was amazing! We celebrated my daughter's birthday …" → "Last night (13 August 2023),
    // Melanie and others celebrated …", had been dated the day it was said)
    if (considered && carried && !resolved) redate(carried, tagged, at);
    carried = considered ? null : timeSaidAlone(sentence.text);
    // (a request or a question that names who someone is to the speaker says it all the same: "Help me
    // write a text to my landlord Mr Okafor" → "… landlord is Mr Okafor"; a statement tells it itself)
    const named = NAMED_RELATION.exec(sentence.text);
    if (named && !candidates.some((c) => c.at === at && c.alone)) consider(parseSentence(`My ${named[1]!.toLowerCase()} is ${named[2]}.`), at);
    // (and a sentence said "as" what the speaker is, which says nothing else worth keeping: "As a Manchester City
    // fan, I can't agree with you" → "I am a Manchester City fan")
    const role = considered ? null : SAID_AS.exec(sentence.text);
    if (role) consider(parseSentence(`I am ${role[1]}.`), at);
    // (and a goodbye that names when and where the two meet next is a plan: "See you tomorrow at McGee's Pub!"
    // → "I will meet James tomorrow at McGee's Pub")
    const meeting = considered || !opts.listener ? null : SEE_YOU.exec(stripOpeners(sentence.text));
    if (meeting) consider(parseSentence(`I will meet ${opts.listener} ${meeting[1]}.`), at);
    if (considered) return;
    // a sentence dropped whole may join a statement to a question or to words said to the listener:
    // "Spider-Man has always been a favorite of mine - I mean, who doesn't love …?", "I made a cake
    // with berries the other day, maybe you would like that!"
    // (only a clause about the speaker: other fragments are mostly reactions, "been a long road";
    // and not in a reaction: "No worries, I'm here to help")
    const opening = withoutOpening(sentence.text).trim();
    if (
      REACTION.test(opening) ||
      OWN_REACTION.test(opening) ||
      resolution(opening) ||
      truism(opening, answering) ||
      /^no\b/i.test(opening) ||
      AGREED_TRUTH.test(sentence.text)
    )
      return;
    const parts = clauses(sentence.text);
    // (a clause with no subject after a first one whose subject is someone else's is no act of the
    // speaker's: "Each of you will get a packet of climbing beans, saved from plot 14B this autumn, …"
    // had made "The user saved from plot 14B this autumn")
    const first = parts.length > 0 ? parseSentence(parts[0]!) : null;
    const othersFirst = first != null && !first.firstPerson && !first.firstPlural && impliedSubject(first).text === first.text;
    for (const [i, clause] of parts.entries()) {
      const c = i > 0 && othersFirst ? parseSentence(clause) : impliedSubject(parseSentence(clause));
      // (or a clause that says when something is, not to the listener: "Train gets in at 6:40
      // tomorrow, can someone pick me up?", "parents evening is on 26 March, Mr Davies wants to see you")
      // (not one that says "it" or "they" for what was named before: "it came by mail on Tuesday")
      const own = !c.question && !/\b(?:you|your)\b/i.test(clause) && !/^(?:it|that|this|they|he|she|there)\b/i.test(clause);
      const dated = own && SAYS_WHEN.test(clause);
      // (or a statement the sentence said beside words to the listener: "The spare key is with Mrs Doyle at
      // number 14, I'll tell her you're coming")
      const besideWords = own && STATES_OF_A_THING.test(clause) && parts.some((p, j) => j !== i && /\b(?:you|your)\b/i.test(p));
      // (or what to have with one, told to the listener: "Bring an apron, we'll make ravioli")
      if (c.firstPerson || c.firstPlural || dated || besideWords || (opts.listener && !sentence.question && whatToHave(clause, opts.listener))) consider(c, at);
    }
  });
  if (!candidates.some((c) => c.alone)) return [];
  // a sentence that cannot stand alone (a judgement) joins only when it names two things, or when it
  // judges what was said before (`joins`)
  const usable = candidates.filter((c) => c.alone || c.joins || fullyParsed(c.sentence).terms.filter(isContentNoun).length >= 2);
  // the most specific sentences first (the turn's first statement a little ahead), while the budget
  // lasts; then back in the order they were said
  const firstAt = Math.min(...usable.map((c) => c.at));
  const prio = (c: (typeof candidates)[number]) => c.score + (c.at === firstAt ? FACT_LIMITS.topicBonus : 0);
  const budgeted = (from: typeof candidates): { kept: typeof candidates; words: number } => {
    const kept: typeof candidates = [];
    let words = 0;
    for (const c of [...from].sort((a, b) => prio(b) - prio(a) || a.at - b.at)) {
      if (kept.length && words + c.words > FACT_LIMITS.words) continue;
      kept.push(c);
      words += c.words;
    }
    return { kept: kept.sort((a, b) => a.at - b.at), words };
  };
  // (what a chat's turn says past the budget is its least specific talk, left out; a letter's or a
  // note's sentences are all written to be kept: those past the budget make the next fact, in order,
  // "Your new salary will be £52,500 a year" of a four-paragraph offer letter had been left out)
  // (a mail's signature, which the ingest writes on a line of its own, is a fact of its own: the sender's
  // contact details, not the news of the mail, whose title it had become)
  const signed = usable.filter((c) => SIGNATURE_LINE.test(c.sentence.text));
  const news = signed.length > 0 && signed.length < usable.length ? usable.filter((c) => !signed.includes(c)) : usable;
  const groups = [budgeted(news)];
  if (opts.written || opts.toldTo)
    for (let rest = news.filter((c) => !groups[0]!.kept.includes(c)); rest.some((c) => c.alone); ) {
      const next = budgeted(rest);
      groups.push(next);
      rest = rest.filter((c) => !next.kept.includes(c));
    }
  if (news !== usable) groups.push({ kept: signed, words: signed.reduce((n, c) => n + c.words, 0) });
  return groups.flatMap(({ kept, words }) => factOfKept(kept, words));

  /** The fact (and the facts of its relations) that `kept`, statements of the turn in order of `words` words, tell. */
  function factOfKept(kept: typeof candidates, words: number): Fact[] {
    foldCaption(kept);
    if (!kept.some((k) => k.alone)) return [];
    // advice is told once ("Tim's advice to John: when picking endorsements, … Look for a company that
    // …", not "Tim's advice to John:" before each sentence), also after a sentence between ("Caroline's
    // advice to Melanie: do … They'll help with the process … Gather documents …")
    // (a run about one thing names it once: ""Dune" is a great story … It made John think", not the title twice)
    // (an image's caption after what was said is a note of it: "… it was powerful. Photo: a dog walking past a wall.")
    const noted = kept.map((k, i) => k.caption && i > 0);
    const worded = kept.map((k, i) =>
      k.thing && kept[i - 1]?.thing?.phrase === k.thing.phrase
        ? ended(annotateDates(k.thing.asSaid, ref, { past: k.sentence.past }).text)
        : noted[i]
          ? asPhotoNote(k.text, speaker.name)
          : k.text,
    );
    let content = kept
      .map((k, i) => (k.lead && kept.slice(0, i).some((x) => x.lead === k.lead) ? capitalise(k.text.slice(k.lead.length)) : worded[i]!))
      .join(" ");
    // (an image's note names whose it is as its caption did: "Chew Valley Lake this morning: … Photo: …" is the user's, not "The user says …")
    if (!content.toLowerCase().includes(speaker.name.toLowerCase()) && !noted.includes(true)) {
      // a short statement that names neither its speaker nor a number is a reaction ("it's a wild
      // ride", "will check it out", "been a long road"): 1 in 4 of these were facts in LoCoMo's
      // annotations; dropping them: precision 0.592 → 0.607, facts per observation 1.212 → 1.175,
      // answer_recall@200w 0.654 → 0.652
      // (not one that says who someone named is to another, or what they are: "Mia's teacher is Mrs. Patel";
      // nor that a thing is done or come, "The new shed is finished!")
      if (
        words < FACT_LIMITS.shortReaction &&
        !/\d/.test(content) &&
        !(replying() && kept.some((k) => namesThing(fullyParsed(k.sentence)))) &&
        !kept.some(
          (k) =>
            NAMED_IS.test(k.text) ||
            NAMED_HAS.test(k.text) ||
            NAMED_DIET.test(k.text) ||
            SAYS_WHERE.test(k.text) ||
            ANSWER_GIVEN.test(k.text) ||
            SETTLED.test(k.sentence.text) ||
            namedDoes(k.sentence),
        )
      )
        return [];
      // (the first word keeps its capital when it is a name: "James says Max and Daisy")
      const first = kept[0]!.sentence;
      const names = FUNCTION_WORD.test(content) ? new Set<string>() : new Set(fullyParsed(first).entities.map((e) => e.name.split(/\s/)[0]!));
      // (and whom a pronoun it opened on was told as: "She's a paediatric nurse" told as "Anna is a paediatric nurse")
      if (/^(?:she|he)\b/i.test(first.text) && !/^(?:she|he)\b/i.test(kept[0]!.text)) names.add(kept[0]!.text.split(/\s/)[0]!.replace(/['’]s$/, ""));
      // (a first name the sentence opens on as someone's: "Mia's teacher is Mrs. Patel", "Toby hates thunderstorms")
      const opening = fullyParsed(first).terms[0];
      // (or the listener, named: "Melanie's cousin Nina had her baby")
      if (opts.listener) names.add(opts.listener.split(/\s/)[0]!);
      // (or a relative called by who they are, as a name: "Grandma's lunch is on Sunday", "Mum is helping")
      const kin = /^(\p{Lu}\p{Ll}+)(?:['’]s)?\b/u.exec(content)?.[1];
      if (kin && KIN_WORD.test(kin)) names.add(kin);
      // (or the one whose answer it tells: "Lumen said no")
      if (ANSWER_GIVEN.test(content)) names.add(content.split(/\s/)[0]!);
      // (or a list's label that is a name: "Bluebell Bakery: Website redesign, …")
      // (its date said after it: "Chew Valley Lake this morning (25 October 2026): …")
      const label = /^([^:()]{1,40}?)(?:\s\([^():]{1,60}\))?:\s/.exec(content)?.[1];
      if (label && namedLabel(label)) names.add(label.split(/\s/)[0]!);
      // (or as someone's whose name compromise knows as a word too: "Leo's teacher is Mr. Okoro")
      const owner = /^(\p{Lu}\p{Ll}+)['’]s$/u.exec(opening?.text ?? "")?.[1];
      if (owner && mayBeName(owner)) names.add(owner);
      // (and a word no dictionary knows, tagged one thing, that opens a name of two words or that the talk around
      // it named: "Cotham Brow is lovely", "Pixie is so cute" of the puppy named before, "Kofi also hates raisins"
      // of "My son Kofi is 7"; not "Nature has a way …")
      if (opening && !knownWord(opening.text) && opening.tags.has("Singular") && (TWO_WORD_NAME.test(content) || namedBefore(opening.text, opts)))
        names.add(opening.text);
      // (or the first of names said together, whatever the dictionary knows: "Max and Daisy", "Bill and Ted went …")
      if (opening && NAMES_TOGETHER.test(content)) names.add(opening.text);
      // (a word compromise does not know may be a common one: "nature has a way of being soothing")
      if (opening && (opening.tags.has("Person") || mayBeName(opening.text, { unknown: false })) && (NAMED_IS.test(kept[0]!.text) || namedDoes(first)))
        names.add(opening.text);
      // (what the user wrote in a note of their own is theirs as written: "The bins go out every Tuesday night")
      // (a letter's news is told to its recipient: "Graham told the user rent goes up to £1,150", whose rent it is)
      if (!opts.written) content = `${capitalise(speaker.name)} ${opts.toldTo ? `told ${opts.toldTo}` : "says"} ${lowerFirst(content, names)}`;
    }
    const dates = kept.flatMap((k) => k.dates);
    content = oneExclamation(withoutRepeatedDates(content));
    // a fact that names no date carries the day it was said, so it stands on its own when read (or
    // laid in a prompt) without its row: LoCoMo temporal answer_recall@200w 0.64 vs 0.62 without
    // (not one that writes out a day of its own: "The MOT is due on 14 January 2027", not "… 2027 (8 May 2023)")
    if (dates.length === 0 && !WRITTEN_DAY.test(content)) content = content.replace(/([.!?…]*)$/, ` (${humanDate(ref)})$1`);
    const drawsOn = [...new Set(kept.flatMap((k) => (k.thing?.from == null ? [] : [k.thing.from])))];
    const base = {
      subject: speaker.name,
      content,
      dates,
      aboutUser: speaker.aboutUser,
      ...(drawsOn.length ? { drawsOn } : {}),
      ...(kept[0]!.lead ? { advises: true as const } : {}),
    };
    const found = kept.flatMap((k) => relationsOf(k.sentence, speaker.name));
    const seen = new Set<string>();
    const unique = found.filter((f) => !seen.has(f.predicate!) && seen.add(f.predicate!));
    if (unique.length === 0) return [{ ...base, predicate: null, object: null, single: false, title: factTitle(kept, speaker.name, content) }];
    // a relation's canonical statement is the content of a further predicate's fact; as a title it
    // has no full stop, as no other memory's title has. A relation of many values titles the turn's fact
    // with what was said: its object is cut at the first "and" or preposition ("Nate likes action" for
    // "Nate loves action and sci-fi movies", "John likes the connection" for "… the connection to nature")
    return unique.map((f, i) => ({
      ...base,
      ...f,
      title: i === 0 && !f.single ? factTitle(kept, speaker.name, content) : f.title.replace(/\.$/, ""),
      ...(i === 0 ? {} : { content: f.title }),
    }));
  }
}

/** A day written out with its year: "14 January 2027", "March 3, 2029", "2026-10-20". */
const WRITTEN_DAY = new RegExp(
  `\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH_NAMES})|(?:${MONTH_NAMES})\\s+\\d{1,2}(?:st|nd|rd|th)?,?)\\s+\\d{4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b`,
  "i",
);

/** A clause that states where or what a thing is, or will be: "The spare key is with Mrs Doyle …", "My train will be late". */
const STATES_OF_A_THING = /^(?:the|my|our)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}\s+(?:is|are|was|were|will|has|have)\b/iu;

import { isKeptWhole, wholeFact } from "./whole.js";
import { askedFact } from "./asked.js";
import { assistantAnswer } from "./assistant-answers.js";
import { answersQuestion, repliesToQuestion, withQuestionTopics } from "./answers.js";
import { type Referent, referents } from "./anaphora.js";
import { personaInstruction } from "./core-blocks.js";
import { DAY_NAMES, dateDetail, MONTH_NAMES } from "../time/mentions.js";
import { metadataEntry } from "./source-metadata.js";
import { describeWindow, segment, toldTurns, type Turn, WINDOW, type Window } from "./episodes.js";
import type { SourceRow } from "../db/types.js";
import { isOwnReply, speakerName, speakerOf, type Extraction, type Extractor, type PersonaLine, type SourceBatch, UNNAMED_USER } from "./extractor.js";
import { extractFacts, type Fact, type Speaker } from "./facts.js";
import { capitalise, tellsSharedImage } from "./fact-text.js";
import { mergeCorrections } from "./corrections.js";
import { mergeBursts, mergeFollowUps, mergeSharedImages } from "./follow-ups.js";
import { fileStem, underTitle } from "./note-context.js";
import { saysTheirAttribute, withPlaceOwning } from "./place-owner.js";
import { saysThereOfPlace, withPlaceThere } from "./place-there.js";
import { letterRecipient } from "./letters.js";
import { onePersonNamed, PERSON_PRONOUN, withPeopleNamedBefore, withPersonNamed } from "./named-again.js";
import { companyIn } from "./third-person.js";
import { withAdviceNamed } from "./worked.js";
import { identityAnswered, terseAnswer, whenAnswered } from "./terse-answers.js";
import { fullyParsed, parseSentence, parseSentences, type Sentence, withLineLabels } from "./sentences.js";
import type { TurnFact } from "./summary.js";
import { extractProcedure, isStepList, procedureContent, writtenSteps } from "./procedures.js";
import type { Candidate, EntityMention } from "./types.js";

function windowEntities(w: Window): EntityMention[] {
  const out: EntityMention[] = [];
  for (const t of w.turns) {
    if (t.source.speaker && !/^(user|assistant|system)$/i.test(t.source.role ?? "")) out.push({ name: t.source.speaker, kind: "person" });
    if (t.source.app) out.push({ name: t.source.app, kind: "app" });
    for (const s of t.sentences) out.push(...s.entities);
  }
  return out;
}

/**
 * How specific and lasting a fact is (0..1): a structured relation, names, numbers and above all a
 * time it happened or will happen raise it, as do news ("just", "recently", "new") and a life event
 * (MILESTONE: started, joined, moved, won, lost…, a wedding, a diagnosis, an award: 0.261 → 0.264 below); feelings and
 * reactions ("excited", "happy") lower it, as do a fact that only tells a shared image or only what
 * someone "says"; facts about the user rank above others. Measured against LoCoMo's event summaries
 * (the life events its conversations were written from; scratch, never an input): of each
 * conversation's k most important facts (k = its events), the share of events one of them tells
 * (token F1 ≥ 0.3) went 0.231 → 0.272, 0.279 with life events (0.488 → 0.533 at F1 ≥ 0.25); k random facts give 0.18–0.19.
 * What did not happen (a wish, a condition: HYPOTHETICAL) counts less: 0.272 → 0.274.
 */
export function factImportance(f: Fact, sentences: Sentence[]): number {
  const names = new Set(sentences.flatMap((s) => s.entities.map((e) => e.name))).size;
  const numbers = /\d/.test(f.content.replace(/\([^)]*\d{4}\)/g, "")) ? 1 : 0;
  const feeling = /\b(feel|feels|felt|happy|glad|excited|proud|grateful|thankful|love|loves|loved|fun|great|amazing|awesome|cool|nice|blast)\b/i.test(f.content)
    ? 1
    : 0;
  const news = /\b(just|recently|finally|new)\b/i.test(f.content) ? 1 : 0;
  const milestone = MILESTONE.test(f.content) ? 1 : 0;
  const plain = f.content.replace(/\s*\([^)]*\)/g, "");
  const secondHand = plain.startsWith(`${f.subject} says `) || (tellsSharedImage(plain, f.subject) && !/[.!?]\s+\S/.test(plain)) ? 1 : 0;
  const words = f.content.split(/\s+/).length;
  const hypothetical = HYPOTHETICAL.test(f.content) ? 1 : 0;
  const v =
    0.45 +
    (f.predicate ? 0.1 : 0) +
    Math.min(2, names) * 0.05 +
    (f.dates.length ? 0.15 : 0) +
    news * 0.05 +
    milestone * 0.05 +
    numbers * 0.04 -
    feeling * 0.05 -
    secondHand * 0.1 -
    (words < 7 ? 0.1 : 0) -
    hypothetical * 0.1 +
    (f.aboutUser ? 0.1 : 0);
  return Math.round(Math.max(0.1, Math.min(1, v)) * 100) / 100;
}

/** What did not happen: a wish or a condition ("would get two turtles today if Joanna could", "wishes …"). */
const HYPOTHETICAL = /\bwould\b[^.!?]*\bif\b|\bif\b[^.!?]*\b(?:would|could)\b|\bwish(?:es|ed)?\b/i;

/** Verbs of a life event: starting, joining, finishing, winning or losing something, moving, marrying; and its nouns (a wedding, a diagnosis, an award). */
const MILESTONE =
  /\b(started|starting|joined|joining|passed|adopted|adopting|moved|moving|married|engaged|graduated|graduating|bought|lost|won|received|hired|promoted|launched|opened|signed up|signed with|applied|injured|broke up|quit|retired|published|enrolled|born|wedding|engagement|proposed|pregnant|gave birth|passed away|died|funeral|diagnosed|diagnosis|surgery|accident|promotion|graduation|new job|internship|scholarship|endorsement|award|medal)\b/i;

/** The facts of each turn (by source id), computed once per extraction. */
export type FactsOf = (t: Turn) => Fact[];

/**
 * The heuristic facts of each turn of a batch (or of its open window), computed once and cached.
 * A turn's listener, to whom its advice is told, is the other person of the nearest turn before it
 * (else after it, within 3 turns) said by someone else; none when that is Engram or another assistant.
 */
export function factsMemo(batch: SourceBatch): FactsOf {
  const cache = new Map<number, Fact[]>();
  const all = [...(batch.open?.turns ?? []), ...batch.turns];
  const at = new Map(all.map((t, i) => [t.source.id, i]));
  // (who talks in the batch, listed once, when a message says a pronoun: sentencesOf)
  let speakers: string[] | undefined;
  const talking = () => (speakers ??= [...new Set(all.map((t) => t.source.speaker ?? ""))]);
  // (a note's or a meeting's title, parsed once when a paragraph says a pronoun: sentencesOf)
  let titled: Sentence[] | undefined;
  const note = noteTitle(batch.conversation) ?? meetingTitle(batch.conversation) ?? commentedPost(batch.conversation);
  const title = () => (titled ??= parseSentences(note ?? ""));
  // (a group chat's name says what its talk is of, as a note's title does: "Just Eat product alumni", "Hiking club")
  // (not an app's day of records, "Google activity, Saturday 3 October 2026", "Apple Health, …", so declared
  // by its reader: each record names its app and carries its day, so the title adds only noise)
  const under = (batch.conversation?.records === "day" ? null : note) ?? groupName(batch);
  const listenerOf = (i: number, name: string): string | undefined => {
    for (const j of [i - 1, i - 2, i - 3, i + 1, i + 2, i + 3]) {
      const other = all[j];
      if (!other || (other.source.speaker ?? "") === (all[i]!.source.speaker ?? "")) continue;
      const who = speakerOf(other.source, batch.userName)?.name;
      return who && who !== name ? who : undefined;
    }
    return undefined;
  };
  return (t) => {
    let out = cache.get(t.source.id);
    if (!out) {
      const speaker = speakerOf(t.source, batch.userName);
      const i = at.get(t.source.id) ?? -1;
      const answering = () => answersQuestion(all[i - 1], t);
      const replying = () => repliesToQuestion(all[i - 1], t);
      const toldTo = letterRecipient(t.source);
      // (a letter's listener is its one recipient, whoever spoke around it: a Zoom meeting's direct message to the user)
      const listener = toldTo || (speaker && i >= 0 ? listenerOf(i, speaker.name) : undefined);
      let things: Referent[] | undefined;
      const before = () => (things ??= thingsBefore(all, i));
      const whole = wholeFact(t.source, speaker?.name ?? null);
      const written = isWritten(t.source);
      // an answer read with its question as it is, else the turn's sentences as told (a pronoun told as a
      // name), whose people its facts mention (a note's line that labels the line under it is said with
      // it: "Cheat day" "Dishoom with …")
      const facts = (speaker: Speaker) => {
        const answer = terseAnswer(all, i) ?? whenAnswered(all, i) ?? identityAnswered(all, i);
        const said = answer ? undefined : sentencesOf(t, all, i, speaker.name, talking, title);
        const told = said && written ? withLineLabels(said, t.source.text) : said;
        return extractFacts(answer ?? told!, speaker, t.source.occurred_at, {
          answering,
          replying,
          listener,
          before,
          heard: () => otherBefore(all, i)?.source.text ?? "",
          company: () => companyBefore(all, i),
          written,
          ...(toldTo ? { toldTo } : {}),
        })
          .map((f) => (under && f.predicate === null ? { ...f, content: underTitle(f.content, under) } : f))
          .map((f) => withPeopleTold(f, told, t.sentences));
      };
      out = whole
        ? [whole]
        : // (a turn that is a step list is its procedure only)
          speaker &&
            !isOwnReply(t.source, batch.conversation) &&
            !isStepList(t.source.text) &&
            !(
              written &&
              writtenSteps(
                t.sentences.map((x) => x.text),
                note,
              )
            )
          ? facts(speaker)
          : [];
      cache.set(t.source.id, out);
    }
    return out;
  };
}

/**
 * `f` with the people its turn's sentences were told with (`told`: a pronoun told as a name, sentencesOf)
 * and that it names, when the turn as said (`said`) does not name them: they are whom it mentions too.
 */
function withPeopleTold(f: Fact, told: Sentence[] | undefined, said: Sentence[]): Fact {
  if (!told || told === said) return f;
  const own = new Set(said.flatMap((s) => s.entities.map((e) => e.name)));
  const named = [...new Map(told.flatMap((s) => s.entities).map((e) => [e.name, e])).values()].filter(
    (e) => e.kind === "person" && !own.has(e.name) && f.content.includes(e.name),
  );
  return named.length ? { ...f, named } : f;
}

/**
 * The sentences of `said` (`turns[i]`), a user's message that follows an assistant's reply in the same
 * session: an opening "That worked" told as the reply's instruction that worked (worked.ts); and,
 * after the reply to their own message before, "she", "her", "him" and "his" told as the one person
 * that message named ("My sister Jill turns 30." … "I'll get her the camera backpack" → "… get Jill
 * …"; named-again.ts). In any message, a pronoun for the one person its sentences before named
 * ("Maya turns 5 … We're having her party"; withPeopleNamedBefore), not one of `talking()`, who talk
 * in the batch; a note's paragraph is said after its title (`title()`, the note's parsed title, none
 * for a conversation: "# 1:1 Lena" … "Promotion case: she led the search revamp design" → "Lena
 * led"); "their price list" as the one venue the messages before named (place-owner.ts), and a place's
 * "there" as the one place said just before (place-there.ts: "have you been to Italy? I had a blast
 * there" → "I had a blast in Italy"). Else as they are.
 */
function sentencesOf(turn: Turn, turns: Turn[], i: number, user: string, talking: () => string[], title: () => Sentence[]): Sentence[] {
  // (a pronoun for the one person the message named before it: "Maya turns 5 … We're having her party";
  // not one who talks in the conversation, whom a message names when it speaks to them: "Hey Mel!")
  const named = (before: Sentence[]) => withPeopleNamedBefore([...before, ...turn.sentences], [user, ...talking()]).slice(before.length);
  // (and "their price list" as the one venue the messages just before named: "That's Hartwell Barn's price list")
  const owning = saysTheirAttribute(turn.source.text) ? { ...turn, sentences: withPlaceOwning(turn.sentences, sessionBefore(turns, i)) } : turn;
  // (and a place's "there" as the one place said just before: "have you been to Italy? I had a blast there")
  const owned = saysThereOfPlace(turn.source.text) ? { ...owning, sentences: withPlaceThere(owning.sentences, sessionBefore(turns, i, 1)) } : owning;
  const said = PERSON_PRONOUN.test(turn.source.text)
    ? { ...owned, sentences: namedInReply(named, turn.sentences, title(), otherTurnBefore(turns, i), talking) }
    : owned;
  const [reply, before] = i >= 2 ? [turns[i - 1], turns[i - 2]] : [turns[i - 1], undefined];
  if (said.source.role !== "user" || reply?.source.role !== "assistant") return said.sentences;
  // (within one session: a message after a pause of more than WINDOW.maxGapMs may be about something else)
  if (said.source.occurred_at - reply.source.occurred_at > WINDOW.maxGapMs) return said.sentences;
  const told = withAdviceNamed(said.sentences, reply.sentences, reply.source.text);
  if (before?.source.role !== "user" || said.source.occurred_at - before.source.occurred_at > WINDOW.maxGapMs) return told;
  // (the message before is parsed for its people only when this one says a pronoun for one)
  if (!PERSON_PRONOUN.test(said.source.text)) return told;
  const person = onePersonNamed(before.sentences, [user, before.source.speaker ?? "", reply.source.speaker ?? ""]);
  return person ? withPersonNamed(told, person) : told;
}

/**
 * A turn's sentences with a pronoun for a person told as the one its sentences (after a note's `title`)
 * named before it (`named`, given the sentences said before the turn's); or, in the sentences before
 * the turn names anyone itself, as the one the other's turn just before named (`heard`): "Buddy seems
 * to be having a great time!" "Yep, he loves checking out new hiking trails with us" → "Buddy loves …".
 * A sentence that names a person itself keeps its pronoun ("That's right, his name is Ned").
 */
function namedInReply(
  named: (before: Sentence[]) => Sentence[],
  sentences: Sentence[],
  title: Sentence[],
  heard: Sentence[],
  talking: () => string[],
): Sentence[] {
  const own = named(title);
  if (heard.length === 0) return own;
  const skip = new Set(talking().map((n) => n.toLowerCase()));
  const naming = sentences.findIndex((s) => fullyParsed(s).entities.some((e) => e.kind === "person" && !skip.has(e.name.toLowerCase())));
  const before = naming < 0 ? sentences.length : naming;
  if (before === 0) return own;
  const told = named([...title, ...heard]);
  return own.map((s, k) => (k < before && s === sentences[k] ? told[k]! : s));
}

/**
 * The sentences of the turn before `turns[i]` when another person said it to them within the session
 * (not an assistant, whose reply names again whom the user named), else none: whom a reply's "he" or
 * "she" may stand for.
 */
function otherTurnBefore(turns: Turn[], i: number): Sentence[] {
  const prev = otherBefore(turns, i);
  return prev && prev.source.role !== "assistant" ? prev.sentences : [];
}

/** How many messages before a turn {@link sessionBefore} reads at most. */
const PLACE_LOOKBACK = 6;

/** The sentences of the messages before `turns[i]` in its session (no pause over WINDOW.maxGapMs), at most `lookback` of them. */
function sessionBefore(turns: Turn[], i: number, lookback = PLACE_LOOKBACK): Sentence[] {
  const out: Sentence[] = [];
  for (let j = i - 1; j >= Math.max(0, i - lookback); j--) {
    if (turns[j + 1]!.source.occurred_at - turns[j]!.source.occurred_at > WINDOW.maxGapMs) break;
    out.unshift(...turns[j]!.sentences);
  }
  return out;
}

/** Whether a source is words the user wrote down themself: a note's file, or a memory typed in. */
function isWritten(source: SourceBatch["turns"][number]["source"]): boolean {
  return source.kind === "file" || source.kind === "manual";
}

/**
 * The title a note's writer gave it: its first heading ("# Banana bread"), or the name of its file
 * when that names it, as an Obsidian vault's notes are named ("People/Marcus.md" → "Marcus"; its
 * folder is not kept); null for any other conversation, for a note titled only by its day ("5 November
 * 2026", a Roam daily page), and for a note whose file names only a day or nothing ("2026-10-05.md",
 * "Untitled.md", "notes.txt").
 */
function noteTitle(conversation: SourceBatch["conversation"]): string | null {
  if (conversation?.format !== "note" || !conversation.title) return null;
  if (!/\.\w{1,5}$/.test(conversation.title)) return ONLY_A_DAY.test(conversation.title) ? null : conversation.title;
  const stem = fileStem(conversation.title);
  return /\p{L}{2}/u.test(stem) && !UNNAMED_FILE.test(stem) ? stem : null;
}

/**
 * A recorded meeting's topic, as its transcript's or its saved chat's title gives it ("Weekly design
 * sync", "Checkout study recruitment with Lumen Research"; core/ingest/captions.ts, zoomchat.ts), or
 * null for a meeting it does not name ("Zoom meeting", "Recording 2", "Zoom meeting chat, 6 October 2026"): what is said in a meeting is said of its topic, as a note's
 * paragraph is of the note's title, and is asked about by its words ("How much is Lumen's quote?" of
 * "Sofia Lindqvist's quote is £3,400", said in the meeting with Lumen Research).
 */
function meetingTitle(conversation: SourceBatch["conversation"]): string | null {
  if ((conversation?.format !== "captions" && conversation?.format !== "zoomchat") || !conversation.title) return null;
  return UNNAMED_MEETING.test(conversation.title) ? null : conversation.title;
}

/**
 * The post a thread of comments is under, as its title gives it (core/ingest/wordpress.ts: `Comments on
 * "Stove-top soda bread"`), or null: what a comment says is said of its post ("What did Jo add to the
 * soda bread?" of Jo's "Made this, I added a handful of grated cheddar").
 */
function commentedPost(conversation: SourceBatch["conversation"]): string | null {
  if (conversation?.format !== "wordpress" || !conversation.title) return null;
  return /^Comments on "(.+)"$/.exec(conversation.title)?.[1] ?? null;
}

/**
 * The name a group chat of three people or more, or a server's channel, was given ("Just Eat product
 * alumni", "Hiking club", "#hackathon-team (UoM Code Club)"), or null: for a chat of two, one titled only by its people's names ("Ella, Tom and Chloe"), a
 * channel's stock name ("general", "random"), a transcript's (titled by its file) and any conversation
 * that is no chat app's (a note, a meeting, a blog's comments, Engram's own).
 */
function groupName(batch: SourceBatch): string | null {
  const c = batch.conversation;
  // (a server's channel, "#hackathon-team (UoM Code Club)", is a group whoever of it the export shows: a Discord
  // data package holds only the user's own messages)
  if (!c?.title || !NAMED_GROUPS.has(c.format) || (batch.participants.length < 3 && !c.title.startsWith("#"))) return null;
  const title = c.title.replace(/^#/, "").trim();
  // (a server's channel, "general (Weekend Crew)", is named by the channel)
  if (STOCK_CHANNEL.test(title.replace(/\s*\([^)]*\)$/, ""))) return null;
  const names = new Set(batch.participants.flatMap((p) => p.toLowerCase().split(/\s+/)));
  const words = title.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.length > 0 && !words.every((w) => names.has(w) || w === "and") ? title : null;
}

/** Chat apps whose export gives a group chat the name its people gave it (an IRC channel's, "#tidepool"; a transcript's title is its file's name). */
const NAMED_GROUPS = new Set([
  "telegram",
  "line",
  "slack",
  "discord",
  "googlechat",
  "messenger",
  "linkedin",
  "reddit",
  "imessage",
  "sms",
  "skype",
  "snapchat",
  "matrix",
  "signal",
  "kakaotalk",
  "irc",
]);

/** A channel's stock name, which says nothing of its talk. */
const STOCK_CHANNEL = /^(?:general|random|chat|main|lobby|off-?topic|announcements?|welcome|introductions?|group(?:\s+chat)?|untitled)$/i;

/** Meeting titles that name no topic: an app's default, a recording's number. */
const UNNAMED_MEETING =
  /^(?:(?:zoom|teams|otter|google\s+meet|webex)\s+)?(?:meeting|call|recording|transcript|audio|video|untitled)(?:\s*\d+|\s+chat,\s+.+)?$/i;

/** A title that is only a day: "5 November 2026", "Thursday 5 November 2026", "November 5th, 2026". */
const ONLY_A_DAY = new RegExp(
  `^(?:(?:${DAY_NAMES}),?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH_NAMES})|(?:${MONTH_NAMES})\\s+\\d{1,2}(?:st|nd|rd|th)?),?\\s+\\d{4}$`,
  "i",
);

/** File names that name no note ("Untitled", "notes", "New note 2"). */
const UNNAMED_FILE = /^(?:untitled|new\s+note|notes?|text|document|file|draft|scratch|temp|tmp)(?:\s*\d+)?$/i;

/** How many of the user's earlier messages {@link companyBefore} reads at most. */
const COMPANY_LOOKBACK = 10;

/**
 * Who "we" are in `turns[i]`, a user's message after an assistant's reply, when it names no group of
 * its own: the one group the latest of the user's earlier messages of the same session (no pause over
 * WINDOW.maxGapMs, at most COMPANY_LOOKBACK back) that named one named with them ("Ana and I are
 * going to Japan" … "We decided to skip Osaka" → "the user and Ana"; third-person.ts companyIn);
 * undefined when none did, or one named two.
 */
function companyBefore(turns: Turn[], i: number): string | undefined {
  let after = turns[i];
  for (let j = i - 2; j >= Math.max(0, i - 2 * COMPANY_LOOKBACK) && after; j -= 2) {
    const [said, reply] = [turns[j]!, turns[j + 1]];
    if (said.source.role !== "user" || reply?.source.role !== "assistant" || after.source.role !== "user") return undefined;
    if (after.source.occurred_at - said.source.occurred_at > WINDOW.maxGapMs) return undefined;
    const people = said.sentences.flatMap((s) => s.entities.filter((e) => e.kind === "person").map((e) => e.name));
    const groups = companyIn(said.source.text, people);
    if (groups.length > 0) return groups.length === 1 ? groups[0] : undefined;
    after = said;
  }
  return undefined;
}

/** The turn just before `turns[i]` when another person said it in the same session (no pause over WINDOW.maxGapMs). */
function otherBefore(turns: Turn[], i: number): Turn | undefined {
  const prev = turns[i - 1];
  const gap = (turns[i]?.source.occurred_at ?? 0) - (prev?.source.occurred_at ?? 0);
  return prev && (prev.source.speaker ?? "") !== (turns[i]?.source.speaker ?? "") && gap <= WINDOW.maxGapMs ? prev : undefined;
}

/** A question that points back with a pronoun ("What did you take away from it?"). */
const ASKS_OF_IT = /\b(?:it|them|they)\b/i;

/**
 * What the turn before `turns[i]` named, as its speaker would say it (anaphora.ts): the other person's
 * last sentence ("How are your dogs?" → "my dogs"); when that is a question pointing back at what this
 * speaker said before it ("I loved "Becoming Nicole" …" "What did you take away from it?"), the things
 * of their statement that named one. None when the turn before is their own or of an earlier session.
 */
function thingsBefore(turns: Turn[], i: number): Referent[] {
  const prev = otherBefore(turns, i);
  const speaker = turns[i]?.source.speaker ?? "";
  const last = prev?.sentences.at(-1);
  if (!prev || !last) return [];
  const talking = [speaker, prev.source.speaker ?? ""];
  // (an assistant's reply names again whom the user named: the user's "She" is whom they were telling of, named-again.ts)
  const toAssistant = prev.source.role === "assistant" && turns[i]?.source.role === "user";
  // (a text or mail the speaker received was read as said of them, "the user's old Subbuteo set": their "your" again)
  const to = letterRecipient(prev.source);
  const heard = (s: Sentence) => (to && s.text.includes(`${to}'s`) ? parseSentence(s.text.replaceAll(`${to}'s`, "your")) : s);
  const theirs = referents(heard(last), true, talking)
    .filter((r) => !(toAssistant && r.person))
    .map((r) => ({ ...r, from: prev.source.id, ...(last.question ? { requested: true as const } : {}) }));
  if (theirs.length > 0 || !last.question || !ASKS_OF_IT.test(last.text)) return theirs;
  // (a question that points back at what its own message named offers or asks of that: "Found your old
  // Subbuteo set in the loft. Shall I keep it?" "Yes! I'll pick it up at Christmas")
  for (const s of prev.sentences.slice(0, -1).reverse()) {
    const named = s.question ? [] : referents(heard(s), true, talking).filter((r) => !r.person);
    if (named.some((r) => r.eligible)) return named.map((r) => ({ ...r, from: prev.source.id, requested: true as const }));
  }
  const earlier = turns[i - 2];
  if (!earlier || (earlier.source.speaker ?? "") !== speaker) return theirs;
  const asked = /\bthem\b/i.test(last.text) ? ("them" as const) : undefined;
  let named: Referent[] = [];
  for (const s of earlier.sentences) {
    const said = s.question ? [] : referents(s, false, talking);
    // (the question's pronoun made the thing what is talked about, as "a" or "this" would have: "I
    // finished my first screenplay." "What's it about?" "It's a mix of drama and romance")
    if (said.some((r) => r.eligible)) return said.map((r) => ({ ...r, introduced: true, asked, from: earlier.source.id }));
    if (said.length) named = said;
  }
  // (failing that, what their last statement named, only for an answer that says the question's "them"
  // again: "I like having my turtles around" "How long have you had them?" "I've had them for 3 years")
  return asked ? named.map((r) => ({ ...r, eligible: false, asked, from: earlier.source.id })) : [];
}

/**
 * Whether a window is a session of one message that states a fact (a post, a comment, a text no one
 * answered within the session, a mail no other in its thread answers): its facts tell it, and an episode
 * would say the same again under a title of its words ("User talks about the tip Sam" beside "The user
 * commented on sam.bakes's post: Rice flour in the bannetons …"); its first fact stands for it on the
 * timeline (`details.lone`). Not one that continues a stored episode, nor a note or a document, whose
 * episode is titled by the name its writer gave it ("User's note: Renew car tax"); and only once the
 * session is over (isClosed).
 */
function isLone(w: Window, factsOf: FactsOf): boolean {
  return w.memoryId == null && w.turns.length === 1 && w.turns[0]!.source.kind === "chat_turn" && factsOf(w.turns[0]!).length > 0;
}

/**
 * Whether a window's session is over: a later turn of the batch began another (`last` false), or the
 * conversation's next stored source came after a pause longer than `gapMs` (SourceBatch.next), or, with
 * none stored, the conversation is stored whole (SourceBatch.complete: an import's last batch of it; a
 * chat going on may yet answer its last message, and an import still storing a conversation may be
 * about to store the rest of its session), or it is a mail thread, imported whole.
 */
function isClosed(last: boolean, w: Window, batch: SourceBatch, gapMs: number): boolean {
  if (!last || batch.conversation?.format === "email") return true;
  return batch.next != null ? batch.next - w.turns[w.turns.length - 1]!.source.occurred_at > gapMs : batch.complete === true;
}

/**
 * Episodic candidates for a batch: one per window (a chat session, see episodes.ts), summarised from
 * its turns' facts, with provenance to every turn it covers. A window that continues the
 * conversation's last stored episode `extends` it. A session of the user's chat with Engram that
 * states nothing (only questions and Engram's replies) makes no episode.
 * With `loneTold`, a session of one message that states a fact makes no episode (isLone): the engine
 * stores `factsOf`'s facts (the heuristic engine; the llm engine stores its model's, so keeps the episode,
 * but of a mail no other in its thread answers).
 * @returns the candidates; per source id, the key of its window; and the sources of the sessions of one
 *   message that make no episode, whose first fact stands for them on the timeline.
 */
export function episodeCandidates(
  batch: SourceBatch,
  factsOf: FactsOf,
  { loneTold = false }: { loneTold?: boolean } = {},
): { candidates: Candidate[]; windowOf: Map<number, string>; lone: Set<number> } {
  const conversation = batch.conversation ? (batch.conversation.title ?? batch.conversation.external_id) : null;
  const nameOf = (s: SourceRow) => speakerName(s, batch.userName);
  const windowOf = new Map<number, string>();
  // a chat with Engram in which the user only asked (no fact in it) is kept as the chat itself, not
  // as an episode: asking twice made two "User and Engram chat" memories that led the browser
  // (a calendar's events are each a memory of its own, at its own time: no episode retells them)
  // (nor does one retell an address book's cards: each contact is a memory of its own)
  const calendar = batch.conversation?.format === "ics" || batch.conversation?.format === "vcard";
  // (an email thread is one session however long its replies take, and a note one however far apart the
  // times its paragraphs tell: a Timeline day's journeys, a bank month's payments)
  const oneSession = batch.conversation?.format === "email" || batch.conversation?.format === "note";
  const gapMs = oneSession ? Number.POSITIVE_INFINITY : WINDOW.maxGapMs;
  const segmented = segment(batch.turns, batch.open, gapMs);
  // (a mail no other in its thread answers is told by its facts whichever engine made them, as before)
  const tellsLone = loneTold || batch.conversation?.format === "email";
  const lone = new Set(
    segmented.filter((w, i) => tellsLone && isLone(w, factsOf) && isClosed(i === segmented.length - 1, w, batch, gapMs)).map((w) => w.turns[0]!.source.id),
  );
  const windows = segmented.filter(
    (w) =>
      !calendar &&
      !lone.has(w.turns[0]!.source.id) &&
      (w.memoryId != null || !w.turns.some((t) => isOwnReply(t.source, batch.conversation)) || w.turns.some((t) => factsOf(t).length > 0)),
  );
  const candidates = windows.map((w, i): Candidate => {
    const key = `window:${i}`;
    for (const t of w.turns) windowOf.set(t.source.id, key);
    // (what the user asked an assistant of an imported chat is what its session was about: not so of Engram's own chat)
    const assistant = w.turns.find((t) => t.source.role === "assistant" && !isOwnReply(t.source, batch.conversation))?.source;
    const assistantName = assistant ? nameOf(assistant) : null;
    // (a paragraph a later import changed is told in its new words only: a day's old total had stayed beside its new one)
    const told = toldTurns(w.turns);
    const facts: TurnFact[] = told.flatMap((t) => {
      const told = factsOf(t)
        .slice(0, 1)
        .map((f) => ({
          sourceId: t.source.id,
          speaker: nameOf(t.source) ?? f.subject,
          content: f.content,
          importance: factImportance(f, t.sentences),
          sentences: t.sentences,
        }));
      const asker = t.source.role === "user" ? nameOf(t.source) : null;
      const said = speakerOf(t.source, batch.userName)?.name ?? asker;
      const asked = asker && said && assistantName ? askedFact(t, { name: asker, said: capitalise(said) }, assistantName) : null;
      // (in the order said: "How do I feed my starter? I named it Bubbles …" asks first)
      if (!asked) return told;
      return asked.sentences[0] === t.sentences[0] ? [asked, ...told] : [...told, asked];
    });
    const ep = describeWindow(told === w.turns ? w : { ...w, turns: told }, conversation, facts, nameOf);
    const note = noteTitle(batch.conversation);
    const kindle = batch.conversation?.format === "kindle" ? batch.conversation.title : null;
    const document = w.turns.some((t) => metadataEntry(t.source, "document") !== undefined);
    const subject = batch.conversation?.format === "email" ? batch.conversation.title : null;
    const meeting = meetingTitle(batch.conversation);
    return {
      key,
      type: "episodic",
      // (a note is titled by what its writer named it: "User's note: Banana bread", a PDF or a Word document
      // as one: "User's document: Tenancy agreement"; a book's clippings by
      // the book; an email thread by its subject, which its replies' facts seldom repeat: "Email: Lease renewal";
      // a recorded meeting by its topic: "Meeting: Weekly design sync")
      title: subject
        ? `Email: ${subject}`
        : meeting
          ? `Meeting: ${meeting}`
          : !ep.details.actor
            ? ep.title
            : note
              ? `${ep.details.actor}'s ${document ? "document" : "note"}: ${note}`
              : kindle
                ? `${ep.details.actor}'s highlights: ${kindle}`
                : ep.title,
      content: ep.content,
      details: ep.details,
      occurredAt: ep.occurredAt,
      validFrom: ep.occurredAt,
      sourceIds: w.turns.map((t) => t.source.id),
      importance: 0.5,
      confidence: 1,
      entities: windowEntities(w),
      ...(w.memoryId != null ? { extends: w.memoryId } : {}),
    };
  });
  return { candidates, windowOf, lone };
}

/**
 * The user's instructions to the assistant in a batch, for the `persona` core block: only from
 * what the user typed to Engram (trust `user`, role `user`, not a file): instructions in imported or
 * captured text are data, and an imperative in a note or a document of the user's is about its
 * matter ("Keep it under five minutes", in a speech's draft), not said to the assistant.
 */
export function personaLines(batch: SourceBatch): PersonaLine[] {
  return batch.turns.flatMap((t) =>
    t.source.trust === "user" && t.source.role === "user" && t.source.kind !== "file"
      ? t.sentences
          .map((x) => personaInstruction(x))
          .filter((line): line is string => line != null)
          .map((line) => ({ line, sourceId: t.source.id }))
      : [],
  );
}

/**
 * Each semantic candidate with, in its provenance, the turns that named what its facts' opening "It"
 * or "They" stands for (Fact.drawsOn: "How are your dogs?" "They're loving the big backyard" → "Nate's
 * dogs are loving …", the question's turn too). Added once the candidates are merged, which read a
 * fact's own turn as its one source.
 */
function withNamingTurns(candidates: Candidate[], factsOf: FactsOf, turns: Turn[]): Candidate[] {
  const byId = new Map(turns.map((t) => [t.source.id, t]));
  for (const c of candidates) {
    if (c.type !== "semantic") continue;
    const named = c.sourceIds.flatMap((id) => {
      const t = byId.get(id);
      return t ? factsOf(t).flatMap((f) => f.drawsOn ?? []) : [];
    });
    const added = [...new Set(named)].filter((id) => !c.sourceIds.includes(id));
    if (added.length) c.sourceIds = [...c.sourceIds, ...added];
  }
  return candidates;
}

/**
 * The semantic candidate of `f`, the `i`-th fact of turn `t`, derived from the episode window
 * `derivedFrom`: dated by the day the fact names ("yesterday (7 May 2023)"), else when it was said;
 * valid from the day a relation's change names, or when the fact became known (`knownSince`), else when it was said;
 * about its subject as a person (or what `f.about` names), and the people and things the turn names.
 * With `standsForSession`, it tells a session of one message that has no episode (`details.lone`: shown
 * on the timeline).
 */
export function factCandidate(t: Turn, f: Fact, i: number, derivedFrom: string | undefined, standsForSession = false): Candidate {
  const s = t.source;
  const past = f.dates.find((d) => d.start <= s.occurred_at);
  const day = f.dates.find((d) => d.granularity === "day" && d.start <= s.occurred_at);
  return {
    key: `fact:${s.id}:${i}`,
    type: "semantic",
    title: f.title,
    content: f.content,
    details: {
      about_user: f.aboutUser,
      dates: f.dates.map(dateDetail),
      ...(f.calendar ? { calendar: true } : {}),
      ...(standsForSession ? { lone: true } : {}),
      ...(f.allDay ? { all_day: true } : {}),
      ...(f.repeats ? { repeats: f.repeats } : {}),
    },
    occurredAt: day ? day.start : s.occurred_at,
    validFrom: f.knownSince ?? (f.predicate && past ? past.start : s.occurred_at),
    sourceIds: [s.id],
    importance: factImportance(f, t.sentences),
    confidence: f.predicate ? 0.9 : 0.7,
    entities: [
      ...(f.about ?? (f.aboutUser ? [] : [{ name: f.subject, kind: "person" as const }])),
      ...t.sentences.flatMap((x) => x.entities),
      ...(f.named ?? []),
    ],
    subject: f.subject,
    ...(f.newTopic ? { newTopic: true } : {}),
    ...(f.advises ? { advises: true } : {}),
    ...(f.predicate && f.object ? { fact: { subject: f.subject, predicate: f.predicate, object: f.object, single: f.single } } : {}),
    ...(derivedFrom ? { derivedFrom } : {}),
    // (a note's paragraph its export names, edited and imported again, is a newer version of itself: a canvas card, a Trello card)
    ...(f.calendar || f.versioned || (s.kind === "file" && s.external_id != null) ? { supersedesEarlier: true as const } : {}),
  };
}

/**
 * The `heuristic` engine (no model): episodes per conversation window; semantic facts from
 * first-person statements (structured subject/predicate/object where a pattern matches);
 * procedures from step lists (not from captured screens, whose text is too noisy); persona lines
 * from the user's own instructions. Screens (no speaker) give episodes of what was on screen. NLP with
 * compromise (sentences, tags, people/places/organisations) and chrono-node (dates).
 */
export function heuristicExtractor(): Extractor {
  return {
    name: "heuristic",
    pooledVectors: true,
    async extract(batch: SourceBatch): Promise<Extraction> {
      const factsOf = factsMemo(batch);
      const { candidates, windowOf, lone } = episodeCandidates(batch, factsOf, { loneTold: true });
      // (the turn before each: the question a how-to or an assistant's answer replies to)
      let before: Turn | undefined = batch.open?.turns.at(-1);
      for (const t of batch.turns) {
        const s = t.source;
        const derivedFrom = windowOf.get(s.id);
        factsOf(t).forEach((f, i) => {
          candidates.push(factCandidate(t, f, i, derivedFrom, i === 0 && lone.has(s.id)));
        });
        if (!isOwnReply(s, batch.conversation) && s.trust !== "captured" && !isKeptWhole(s)) {
          const p = extractProcedure(
            s.text,
            t.sentences.map((x) => x.text),
            before?.source.text ?? null,
            isWritten(s) ? { title: noteTitle(batch.conversation) } : undefined,
          );
          if (p) {
            // tips given to someone who asked are the adviser's: "Caroline's tips for getting started on it"
            const adviser = p.advice && s.speaker ? s.speaker : null;
            const told = adviser ? { ...p, title: `${adviser}'s ${p.title[0]!.toLowerCase()}${p.title.slice(1)}` } : p;
            candidates.push({
              key: `procedure:${s.id}`,
              type: "procedural",
              title: told.title,
              content: procedureContent(told),
              details: { steps: p.steps },
              occurredAt: s.occurred_at,
              validFrom: s.occurred_at,
              // a how-to titled after the question it answers keeps the question's turn
              sourceIds: p.asked && before ? [s.id, before.source.id] : [s.id],
              importance: 0.7,
              confidence: 0.8,
              entities: t.sentences.flatMap((x) => x.entities),
              ...(adviser ? { subject: adviser } : {}),
              ...(derivedFrom ? { derivedFrom } : {}),
            });
          } else if (before) {
            // (what an imported assistant answered in prose: "What did Gemini say the plant by my front door is?")
            const user = speakerOf(before.source, batch.userName)?.name ?? UNNAMED_USER;
            const answer = assistantAnswer(t, before, { user, assistant: speakerName(s, batch.userName) ?? "The assistant" });
            if (answer) candidates.push({ ...answer, ...(derivedFrom ? { derivedFrom } : {}) });
          }
        }
        before = t;
      }
      return {
        candidates: withNamingTurns(
          withQuestionTopics(
            mergeCorrections(mergeBursts(mergeSharedImages(mergeFollowUps(candidates, batch.turns), batch.turns), batch.turns), batch.turns),
            batch.turns,
          ),
          factsOf,
          batch.turns,
        ),
        persona: personaLines(batch),
      };
    },
  };
}

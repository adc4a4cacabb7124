// The facts of each turn of a batch, computed once: its sentences as told, read with the turns around it
// (the question it answers, its listener, what the turn before named) and under its conversation's title.
import { answersQuestion, repliesToQuestion } from "./answers.js";
import type { Referent } from "./anaphora.js";
import { commentedPost, groupName, isWritten, meetingTitle, noteTitle } from "./conversation-titles.js";
import type { Turn } from "./episodes.js";
import { isOwnReply, type SourceBatch, speakerOf } from "./extractor.js";
import { extractFacts, type Fact, type Speaker } from "./facts.js";
import { isOrganisation, letterRecipient } from "./letters.js";
import { underTitle } from "./note-context.js";
import { isStepList, writtenSteps } from "./procedures.js";
import { parseSentences, type Sentence, withLineLabels } from "./sentences.js";
import { howLongAnswered, identityAnswered, nameAnswered, terseAnswer, whenAnswered, whichAnswered, whoAnswered, yesAnswered } from "./terse-answers.js";
import { sentencesOf } from "./told-sentences.js";
import { companyBefore, talkAround, thingsBefore } from "./turns-before.js";
import { wholeFact } from "./whole.js";

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
      let talk: string | undefined;
      const before = () => (things ??= thingsBefore(all, i));
      const whole = wholeFact(t.source, speaker?.name ?? null);
      const written = isWritten(t.source);
      // an answer read with its question as it is, else the turn's sentences as told (a pronoun told as a
      // name), whose people its facts mention (a note's line that labels the line under it is said with
      // it: "Cheat day" "Dishoom with …")
      const facts = (speaker: Speaker) => {
        const answer =
          terseAnswer(all, i) ??
          whenAnswered(all, i) ??
          howLongAnswered(all, i) ??
          nameAnswered(all, i) ??
          whoAnswered(all, i) ??
          whichAnswered(all, i) ??
          identityAnswered(all, i) ??
          yesAnswered(all, i);
        const said = answer ? undefined : sentencesOf(t, all, i, speaker.name, talking, title);
        const told = said && written ? withLineLabels(said, t.source.text) : said;
        return extractFacts(answer ?? told!, speaker, t.source.occurred_at, {
          answering,
          replying,
          listener,
          before,
          heard: () => (talk ??= talkAround(all, i)),
          // (an organisation's letter says "we" of itself: "call us" is "call Smiles Dental Care")
          company: () => companyBefore(all, i) ?? (toldTo !== null && isOrganisation(speaker.name) ? speaker.name : undefined),
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

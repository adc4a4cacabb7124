// The episodic candidates of a batch: one per chat session, titled and summarised from its turns' facts;
// a session of one message that states a fact makes none once it is over (isLone, isClosed).
import type { SourceRow } from "../db/types.js";
import { askedFact } from "./asked.js";
import { aiChatTitle, meetingTitle, noteTitle } from "./conversation-titles.js";
import { describeWindow, segment, toldTurns, WINDOW, type Window } from "./episodes.js";
import { isOwnReply, type SourceBatch, speakerName, speakerOf } from "./extractor.js";
import { capitalise } from "./fact-text.js";
import { factImportance } from "./fact-importance.js";
import { metadataEntry } from "./source-metadata.js";
import type { TurnFact } from "./summary.js";
import type { FactsOf } from "./turn-facts.js";
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
    // (a chat with an assistant in which the user told more than they asked is titled by the name its app gave
    // it, "Chat with ChatGPT: Japan trip itinerary"; one that was only requests by what was asked, as before)
    const aiChat = assistantName && !facts.every((f) => f.asked) ? aiChatTitle(batch.conversation) : null;
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
          : aiChat
            ? `Chat with ${assistantName}: ${aiChat}`
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

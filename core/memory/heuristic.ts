// The heuristic memory engine (no model): a batch of turns made into facts, procedures and session episodes
// (heuristicExtractor). See README.md, "The heuristic engine".
import { isKeptWhole } from "./whole.js";
import { assistantAnswer } from "./assistant-answers.js";
import { withQuestionTopics } from "./answers.js";
import { isWritten, noteTitle } from "./conversation-titles.js";
import { episodeCandidates } from "./episode-candidates.js";
import { isOwnReply, speakerName, speakerOf, type Extraction, type Extractor, type SourceBatch, UNNAMED_USER } from "./extractor.js";
import { factCandidate, withNamingTurns } from "./fact-candidates.js";
import { mergeCorrections } from "./corrections.js";
import { mergeBursts, mergeFollowUps, mergeSharedImages } from "./follow-ups.js";
import type { Turn } from "./episodes.js";
import { personaLines } from "./persona-lines.js";
import { extractProcedure, procedureContent } from "./procedures.js";
import { factsMemo } from "./turn-facts.js";

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
        const p =
          !isOwnReply(s, batch.conversation) && s.trust !== "captured" && !isKeptWhole(s)
            ? extractProcedure(
                s.text,
                t.sentences.map((x) => x.text),
                before?.source.text ?? null,
                isWritten(s) ? { title: noteTitle(batch.conversation) } : undefined,
              )
            : undefined;
        // (an answer to "How do I …?" given as instructions is its procedure only: the same instructions as
        // "Sam's advice to Priya: fill the tank …" had been a fact beside it)
        if (!(p?.asked && !p.advice))
          factsOf(t).forEach((f, i) => {
            candidates.push(factCandidate(t, f, i, derivedFrom, i === 0 && lone.has(s.id)));
          });
        if (p) {
          // tips given to someone who asked are the adviser's: "Caroline's tips for getting started"
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
        } else if (p === null && before) {
          // (null: the turn was read for a procedure and gives none; undefined: it is not read for one)
          // (what an imported assistant answered in prose: "What did Gemini say the plant by my front door is?")
          const user = speakerOf(before.source, batch.userName)?.name ?? UNNAMED_USER;
          const answer = assistantAnswer(t, before, { user, assistant: speakerName(s, batch.userName) ?? "The assistant" });
          if (answer) candidates.push({ ...answer, ...(derivedFrom ? { derivedFrom } : {}) });
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

// The semantic candidate of a turn's fact (dated, valid from, about whom, its importance), and the turns
// that named what its opening "It" or "They" stands for added to its provenance.
import { dateDetail } from "../time/mentions.js";
import type { Turn } from "./episodes.js";
import { factImportance } from "./fact-importance.js";
import type { Fact } from "./facts.js";
import type { FactsOf } from "./turn-facts.js";
import type { Candidate } from "./types.js";

/**
 * Each semantic candidate with, in its provenance, the turns that named what its facts' opening "It"
 * or "They" stands for (Fact.drawsOn: "How are your dogs?" "They're loving the big backyard" → "Nate's
 * dogs are loving …", the question's turn too). Added once the candidates are merged, which read a
 * fact's own turn as its one source.
 */
export function withNamingTurns(candidates: Candidate[], factsOf: FactsOf, turns: Turn[]): Candidate[] {
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

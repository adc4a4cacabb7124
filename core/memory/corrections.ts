// A message that puts right a value its speaker's message before said ("Our new agent is Marcus Hale,
// 0117 496 0758" — "Sorry, 0117 496 0785"; "The balance is £1,250" — "Typo: £1,205"; "Flu jab clinic is
// Saturday 7th" — "Sorry, I meant Saturday 14th. The 7th is the children's clinic"): folded into the fact
// of the message before, with the value put right, as one memory with both messages in its provenance.
// Alone, "Sorry, 0117 496 0785" says nothing of what it is, and the mistyped number stayed an answer.
import { valuesOf, type Value } from "./changes.js";
import { type Turn, WINDOW } from "./episodes.js";
import type { Candidate } from "./types.js";

/** A message that only puts a value right: "Sorry, 0117 496 0785", "Oops, I meant £1,205", "Typo: 14:30", "*0785". */
const CORRECTS = /^\s*(?:(?:sorry|oops|whoops|typo|correction|edit)\b[\s,:!.-]*(?:i\s+meant\s+|it['’]?s\s+|should\s+be\s+)?|\*\s*)(.{1,40}?)[\s.!]*$/i;
/** The kinds of value a correction puts right (a day by the words said and the day they resolve to, "Saturday 14th (Saturday 14 November 2026)"). */
const PUT_RIGHT = new Set<Value["kind"]>(["phone", "money", "measure", "clock", "duration", "date"]);
/** A message's first sentence, where a correction is said before what follows it ("Sorry, I meant Saturday 14th." of "… The 7th is the children's clinic"). */
const FIRST_SENTENCE = /^.*?[.!?](?=\s+\p{Lu})/su;

/** A date as a memory tells it: its words and the day they resolve to after them ("Saturday 7th (Saturday 7 November 2026)"); null when the words are not there. */
function toldDate(content: string, said: string): string | null {
  const i = said ? content.indexOf(said) : -1;
  if (i < 0) return null;
  return said + (/^\s\([^()]*\)/.exec(content.slice(i + said.length))?.[0] ?? "");
}

/** The date details of a candidate (time/date-labels.ts dateDetail). */
type DateDetail = { text?: string; date?: string };

/**
 * The candidates of a batch with each correction folded into the fact of its speaker's message before
 * (a chat's messages of one session, episodes.ts WINDOW.maxGapMs apart at most, the other's message at most between them): the one value
 * of that kind the fact says is put right in its content and title, and the correction's source joins its
 * provenance. A correction whose value has no one value of its kind to put right stays its own fact.
 * @param candidates the batch's candidates, in turn order
 * @param turns the batch's turns in order
 * @returns the candidates without the folded corrections
 */
export function mergeCorrections(candidates: Candidate[], turns: Turn[]): Candidate[] {
  const at = new Map(turns.map((t, i) => [t.source.id, i]));
  const factOf = new Map<number, Candidate>();
  const gone = new Set<Candidate>();
  for (const c of candidates) {
    if (c.type !== "semantic" || c.sourceIds.length !== 1) continue;
    const i = at.get(c.sourceIds[0]!);
    if (i == null) continue;
    factOf.set(i, c);
    const turn = turns[i]!;
    const said = CORRECTS.exec(FIRST_SENTENCE.exec(turn.source.text)?.[0] ?? turn.source.text)?.[1];
    if (!said || turn.source.kind !== "chat_turn") continue;
    // (a day of the correction's own words, not one said after them: "The 7th is the children's clinic")
    const value = valuesOf(said, c.details).find((v) => PUT_RIGHT.has(v.kind) && v.at >= 0);
    if (!value) continue;
    // (the speaker's message before, the other's at most between them)
    const j = [i - 1, i - 2].find((k) => turns[k]?.source.speaker === turn.source.speaker && factOf.has(k));
    const before = j == null ? undefined : factOf.get(j);
    if (j == null || !before || gone.has(before) || before.fact || turn.source.occurred_at - turns[j]!.source.occurred_at > WINDOW.maxGapMs) continue;
    const wrong = valuesOf(before.content, before.details).filter((v) => v.kind === value.kind);
    if (wrong.length !== 1 || wrong[0]!.norm === value.norm) continue;
    if (value.kind === "date") {
      const was = toldDate(before.content, wrong[0]!.said);
      const now = toldDate(c.content, value.said);
      if (!was || !now) continue;
      before.content = before.content.replace(was, now);
      before.title = before.title.replace(was, now).replace(wrong[0]!.said, value.said);
      const dates = (before.details.dates ?? []) as DateDetail[];
      const put = ((c.details.dates ?? []) as DateDetail[]).find((d) => d.date === value.norm && d.text === value.said);
      before.details = { ...before.details, dates: dates.map((d) => (d.date === wrong[0]!.norm && d.text === wrong[0]!.said && put ? put : d)) };
    } else {
      before.content = before.content.replace(wrong[0]!.said, value.said);
      before.title = before.title.replace(wrong[0]!.said, value.said);
    }
    before.sourceIds = [...before.sourceIds, ...c.sourceIds];
    gone.add(c);
  }
  return candidates.filter((c) => !gone.has(c));
}

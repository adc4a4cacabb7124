// A turn's sentences as told: a pronoun told as the person named before it, "their price list" as the
// venue, a place's "there" as the place, "That worked" as the instruction that worked.
import { type Turn, WINDOW } from "./episodes.js";
import { kinNamed, onePersonNamed, PERSON_PRONOUN, withPeopleNamedBefore, withPersonNamed } from "./named-again.js";
import { saysTheirAttribute, withPlaceOwning } from "./place-owner.js";
import { saysThereOfPlace, withPlaceThere } from "./place-there.js";
import { fullyParsed, type Sentence } from "./sentences.js";
import { otherTurnBefore, sessionBefore } from "./turns-before.js";
import { withAdviceNamed } from "./worked.js";

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
export function sentencesOf(turn: Turn, turns: Turn[], i: number, user: string, talking: () => string[], title: () => Sentence[]): Sentence[] {
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
  // (a relative called by who they are names one too: "Can someone pick up Nana …? Her train …")
  const naming = sentences.findIndex(
    (s) => fullyParsed(s).entities.some((e) => e.kind === "person" && !skip.has(e.name.toLowerCase())) || kinNamed(s.text).length > 0,
  );
  const before = naming < 0 ? sentences.length : naming;
  if (before === 0) return own;
  const told = named([...title, ...heard]);
  return own.map((s, k) => (k < before && s === sentences[k] ? told[k]! : s));
}

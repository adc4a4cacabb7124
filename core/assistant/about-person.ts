/**
 * Questions about one person as a whole ("Who is Ola?", "Tell me about Gina", "What do you know
 * about Jon?", "What is Jon like?", "Describe Gina", "What attributes describe John?"): no memory
 * holds "know", "like" or "describe", so search ranks whatever says the name and abstained or
 * answered with a passing mention ("Gina says it's Shia Labeouf!"). Answered instead, as a contact
 * card or a people page would, from the memories linked to that person's entities (graph edges,
 * core/memory/entities.ts), facts before the episodes that retell them: first what says who they are
 * ("Anna's sister Ola", "Ola is Anna's sister"), then a sentence that says their name and someone's
 * role apart ("I asked Sam to become my girlfriend"), then what they are the subject of, then the rest; each
 * group by importance, then newest first. A question about what someone is like puts first, among
 * those, what says so in the present ("Jon is passionate about…", "Gina loves…").
 */
import type { EngramDb } from "../db/connection.js";
import { memoriesOfEntity, peopleNamed } from "../db/repos/entities.js";
import type { MemoryRow } from "../db/types.js";
import { normName } from "../memory/entities.js";
import { escapeRegExp } from "../util/quote.js";

/** A name as a question writes it: one to four capitalised words ("Ola", "Anna Kowalska", "Dr. Okafor"). */
const NAME = String.raw`(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})`;
const OPENING = String.raw`^\s*(?:(?:and|so|ok|okay)[,\s]+)?`;
const CLOSING = String.raw`\s*(?:,?\s*please)?\s*[?.!]*\s*$`;

/** "Who is X?", "Tell me (a bit / more / what you know) about X", "What do you know / remember about X?". */
const WHO = new RegExp(
  `${OPENING}(?:who(?:'s|’s|\\s+is|\\s+was)\\s+|(?:please\\s+)?tell\\s+me\\s+(?:(?:a\\s+(?:bit|little)|more|everything|all)\\s+)?(?:(?:what|everything)\\s+you\\s+(?:know|remember)\\s+)?about\\s+|what\\s+(?:do|did|can)\\s+you\\s+(?:know|remember|recall)\\s+about\\s+)${NAME}${CLOSING}`,
  "iu",
);

/** "What is X like?", "Describe X", "How would you describe X?", "What attributes / traits describe X?", "What kind of person is X?". */
const LIKE = new RegExp(
  `${OPENING}(?:what(?:'s|’s|\\s+is|\\s+was)\\s+${NAME}\\s+like|(?:please\\s+)?describe\\s+${NAME}|how\\s+would\\s+you\\s+describe\\s+${NAME}|what\\s+(?:attributes|traits|qualities|characteristics|personality\\s+traits|words|adjectives)\\s+(?:best\\s+)?describe\\s+${NAME}|what\\s+(?:kind|sort|type)\\s+of\\s+(?:a\\s+)?person\\s+(?:is|was)\\s+${NAME})${CLOSING}`,
  "iu",
);

/** A question about one person as a whole: the name it says, and whether it asks what they are like. */
export interface PersonAsked {
  /** The name as the question writes it ("Ola", "Anna Kowalska"). */
  name: string;
  /** It asks what they are like ("What is Jon like?", "What attributes describe John?"), not who they are. */
  like: boolean;
}

/**
 * The person a question asks about as a whole ({@link WHO}, {@link LIKE}), or null for any other
 * question ("Who is Maria married to?", "Who is my manager?", "Who is Alfie's teacher?" ask for one
 * relation and are not these). The name's case is the question's; the lower-case forms of the
 * patterns' words are accepted ("who is ola?" is not: a name is capitalised).
 */
export function personAsked(question: string): PersonAsked | null {
  const who = WHO.exec(question);
  const like = who ? null : LIKE.exec(question);
  const name = (who ?? like)?.slice(1).find((g) => g != null);
  // (each of a name's words is capitalised, whatever the "i" flag lets through: "Who is Maria married to?" names no "Maria married to")
  if (!name?.split(/\s+/).every((w) => /^\p{Lu}/u.test(w))) return null;
  return { name: name.replace(/[.’']+$/u, ""), like: like != null };
}

/** Words that say who someone is to another: kin, partners, friends, people of work, school, care, and pets. */
const ROLE =
  "sister|brother|sibling|mum|mom|mother|dad|father|parent|son|daughter|kid|child|wife|husband|partner|girlfriend|boyfriend|fianc[ée]e?|spouse|" +
  "friend|best\\s+friend|bestie|buddy|pal|colleague|co-?worker|manager|boss|mentor|coach|neighbou?r|cousin|aunt|uncle|niece|nephew|" +
  "grandma|grandmother|grandpa|grandfather|granddaughter|grandson|teacher|tutor|teammate|classmate|flatmate|roommate|housemate|landlord|landlady|" +
  "doctor|gp|dentist|therapist|physio|vet|client|assistant|secretary|pup|puppy|dog|cat|kitten";

/** Whose a role is: "my", "her", "Anna Kowalska's", "the user's". */
const WHOSE = String.raw`(?:my|our|his|her|their|your|the\s+user['’]s|\p{L}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?['’]s)`;

/**
 * The memories that say who one of `names` is: a role, someone's, before the name ("Anna Kowalska's sister
 * Ola", "my friend Ola", not "a group of friends Gina …") or the name said to be one ("Ola is Anna's
 * younger sister", "Ola, my sister,").
 */
function saysWho(names: string[]): RegExp {
  const n = `(?:${names.map(escapeRegExp).join("|")})`;
  return new RegExp(
    // (a word may come between: "her younger sister Ola", "Andrew's new pup Toby", "a close friend")
    // (after a comma, an apposition, not a list: "Andrew's girlfriend, Toby and Andrew are going camping")
    `${WHOSE}\\s+(?:[\\p{L}-]+\\s+)?(?:${ROLE})(?:,\\s+${n}(?=\\s*(?:[,.;:!?)]|$))|\\s+(?:called\\s+|named\\s+)?${n}(?![\\p{L}]))|(?<![\\p{L}])${n}(?:,\\s+|\\s+(?:is|was)\\s+)(?:a|an|the|${WHOSE})\\s+(?:[\\p{L}-]+\\s+)?(?:${ROLE})s?(?![\\p{L}])`,
    "iu",
  );
}

/** Someone's role ("Lee's girlfriend", "my sister"), anywhere: said in one sentence with a name, it may be theirs. */
const SOMEONES_ROLE = new RegExp(`${WHOSE}\\s+(?:[\\p{L}-]+\\s+)?(?:${ROLE})(?![\\p{L}])`, "iu");

/** What someone is like, said in the present after their name: "is passionate about …", "is so determined", "loves …", "values …", "cares about …". */
const TRAIT = String.raw`\s+(?:(?:really|truly|also|always|just)\s+)?(?:loves|values|cares|believes|enjoys|adores|(?:is|has\s+always\s+been)\s+(?:(?:so|very|really|truly|super|always|such\s+an?|an?|incredibly)\s+)*(?:passionate|determined|dedicated|committed|kind|caring|creative|driven|hard-?working|ambitious|resilient|selfless|generous|patient|positive|optimistic|outgoing|shy|introverted|extroverted|adventurous|curious|friendly|thoughtful|supportive|motivated|proud|grateful|family-oriented|independent|organi[sz]ed|disciplined|competitive|artistic|musical|sporty|athletic|loyal|honest|funny|brave|confident|compassionate|empathetic|devoted|focused|a\s+fan|into|big\s+on|all\s+about))\b`;

/** The most linked memories read per entity (a person of thousands of memories is ranked on the most important of them). */
const PER_ENTITY = 200;

/**
 * The memories of the person `asked` names, for an answer: every person entity of that name or
 * alias (the most mentioned first; two circles' Johns are both read), their linked active, valid
 * memories that say their name but core blocks and vault items, ordered as the module's comment
 * says; at most `k`. [] when no memory names a person of that name (the question is then answered by search, and abstains
 * when nothing names them).
 * @param k the most memories returned
 */
export function personMemories(db: EngramDb, asked: PersonAsked, k: number): MemoryRow[] {
  const people = peopleNamed(db, normName(asked.name));
  if (people.length === 0) return [];
  const seen = new Set<number>();
  const rows: MemoryRow[] = [];
  for (const p of people)
    for (const m of memoriesOfEntity(db, p.id, { limit: PER_ENTITY }).rows)
      if (m.type !== "core" && m.type !== "vault" && !seen.has(m.id)) {
        seen.add(m.id);
        rows.push(m);
      }
  const names = [...new Set([asked.name, ...people.map((p) => p.name)])];
  const norms = new Set(names.map(normName));
  const who = saysWho(names);
  const either = `(?<![\\p{L}])(?:${names.map(escapeRegExp).join("|")})`;
  const trait = new RegExp(`${either}${TRAIT}`, "iu");
  // (a memory linked to them that does not say their name, one whose turn named them in passing, tells a reader nothing of them)
  const naming = new RegExp(`${either}(?![\\p{L}])`, "iu");
  const rank = (m: MemoryRow): number[] => {
    const subject = norms.has(normName(String((JSON.parse(m.details) as { subject?: unknown }).subject ?? "")));
    // (a session's episode retells its facts at length: after them)
    return [
      m.type === "episodic" ? 0 : 1,
      who.test(m.content) ? 2 : m.content.split(/(?<=[.!?…])\s+/).some((x) => naming.test(x) && SOMEONES_ROLE.test(x)) ? 1 : 0,
      subject ? 1 : 0,
      asked.like && trait.test(m.content) ? 1 : 0,
      m.importance,
      m.occurred_at ?? m.valid_from,
    ];
  };
  const keyed = rows.filter((m) => naming.test(m.content)).map((m) => ({ m, key: rank(m) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return b.key[i]! - a.key[i]!;
    return a.m.id - b.m.id;
  });
  return keyed.slice(0, k).map((x) => x.m);
}

// The names a question says (`namedPeople`: compromise's person tags and capitalised words, but
// NOT_A_NAME), the names the memories use for them (`theirNames`, aliases) and whether any memory says
// them (`knownNames`), and kin a memory names as a name (KIN_IN_TEXT); recall.ts judges hits by them.
import type { EngramDb } from "../db/connection.js";
import { peopleByAlias } from "../db/repos/entities.js";
import { anyMemoryMentions } from "../db/repos/recall.js";
import { normName } from "../memory/entities.js";
import { parseSentence } from "../memory/sentences.js";
import { KIN_NAMES, KIN_WORD } from "../memory/kin.js";
import { DAY_NAMES, MONTH_NAMES } from "../time/mentions.js";

/** The names a question says that some memory says too, but kin ("Dad": his children say "his"). */
export function knownNames(names: Map<string, { name: string; known: boolean }>): string[] {
  return [...names.values()].filter((n) => n.known && !KIN_WORD.test(n.name)).map((n) => n.name);
}

/**
 * The name the memories use for each person a question names, and whether any memory says it: a name
 * no memory says that is another name (alias, recorded by the engine) of one person becomes that
 * person's ("Mel", as Caroline calls Melanie → "Melanie"), so search and the judging of its hits find
 * their memories; any other name stays as it is.
 */
export function theirNames(db: EngramDb, people: Set<string>): Map<string, { name: string; known: boolean }> {
  return new Map(
    [...people].map((p) => {
      // (a run of capitalised words may name two things, an employer and a role: "the Wise Product Lead
      // role", of "hiring for Wise Business" and "a Product Lead"; a memory that says each of its words knows it)
      if (anyMemoryMentions(db, p, true)) return [p, { name: p, known: true }];
      const norm = normName(p);
      const names = [
        ...new Set(
          peopleByAlias(db, [norm])
            .filter((e) => e.norm !== norm)
            .map((e) => e.name),
        ),
      ];
      return [p, names.length === 1 ? { name: names[0]!, known: anyMemoryMentions(db, names[0]!) } : { name: p, known: false }];
    }),
  );
}

/**
 * The people a question names (compromise's person tags, as the engine finds them, and runs of
 * capitalised words after its first, a run ending at a possessive: "Jon's Dance Studio" is "Jon" and
 * "Dance Studio"), names of things included. When none of them is in any memory ("What book is Jon
 * reading?" asked of memories that never name a Jon), no memory can answer it, however many of its
 * other words they share. LoCoMo dev split: questions of another conversation abstained 79.8% → 99.3%, a
 * conversation's own questions answered 96.4% either way (README.md).
 */
export function namedPeople(question: string): Set<string> {
  const people = new Set(
    parseSentence(question)
      .entities.filter((e) => e.kind === "person")
      .map((e) => e.name),
  );
  // compromise misses some ("What book is Caroline reading?"): capitalised words after the first count
  // too, a run of them as one name ("VS Code": that a memory says "code" does not make it known)
  for (const m of question.matchAll(/(?<=\s)\p{Lu}[\p{L}\p{N}'’-]+(?:\s+\p{Lu}[\p{L}\p{N}'’-]+)*/gu)) {
    let run: string[] = [];
    const end = () => {
      if (run.length > 0) people.add(run.join(" ").replace(/['’]s$/, ""));
      run = [];
    };
    for (const word of m[0].split(/\s+/)) {
      if (NOT_A_NAME.test(word)) end();
      else run.push(word);
      if (/['’]s$/.test(word)) end();
    }
    end();
  }
  return people;
}

/**
 * Capitalised words of a question that name no one: "I'm", days, months, holidays ("What am I getting Tom for
 * Christmas?"), the kinds of identifier a question asks for ("What's the DOI of the Rasch and Born paper?",
 * "What's my PIN for the garage?", "the VIN of my car"), and a doctor called by what they are ("my blood
 * pressure at the GP", which a day's record of it answers without saying "GP").
 */
const NOT_A_NAME = new RegExp(
  `^(?:i['’]\\w+|${DAY_NAMES}|${MONTH_NAMES}|christmas|xmas|easter|halloween|thanksgiving|hanukkah|chanukah|diwali|eid|ramadan|passover|` +
    "doi|isbn|issn|pin|puk|imei|vin|iban|bic|swift|vat|url|id|ssn|otp|wifi|wi-fi|gp|gps)$",
  "i",
);

/** Kin a memory names by what they are, capitalised as a name ("Mum's blood type", "Gran turns 90"). */
export const KIN_IN_TEXT = new RegExp(`(?<![\\p{L}])(?:${KIN_NAMES})(?![\\p{L}])`, "gu");

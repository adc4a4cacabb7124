/**
 * Questions about a single-valued relation of one person ("Where do I live?", "Where does Jon
 * work?", "Who is Maria married to?", "What is my wife's name?"): the relation the memory engine keeps as a structured fact
 * (core/memory/relations.ts: `lives_in`, `works_at`, `works_as`, `from`, `is_married_to`, `partner`), whose
 * current value answers it. Search ranks by words, and "Jon is living their dream" shares "live"
 * with the question as much as "Jon lives in Porto" does.
 */

/** The relation a question asks for and whose: `user` for "I", "me", "my". */
export interface RelationQuestion {
  predicate: "lives_in" | "works_at" | "works_as" | "from" | "is_married_to" | "partner";
  subject: { user: true } | { name: string };
}

const PATTERNS: Array<[RegExp, RelationQuestion["predicate"]]> = [
  // (not where one stayed in a place or on a trip the question names: "Where did I stay in Edinburgh?" asks for a hotel)
  [/^\s*where\s+(?:do|does|did)\s+(\S+)\s+(?:currently\s+|now\s+|use\s+to\s+)?(?:live\b|stay\b(?!\s+(?:in|at|on|during|for|while|when)\b))/i, "lives_in"],
  [/^\s*where\s+(?:am|is|are)\s+(\S+)\s+(?:currently\s+|now\s+)?(?:living|based)\b/i, "lives_in"],
  [/^\s*where\s+(?:do|does|did)\s+(\S+)\s+(?:currently\s+|now\s+|use\s+to\s+)?work\b/i, "works_at"],
  [/^\s*what\s+(?:do|does)\s+(\S+)\s+do\s+for\s+(?:a\s+)?(?:living|work)\b/i, "works_as"],
  [/^\s*what(?:'s|’s|\s+is)\s+(\S+?)(?:['’]s)?\s+job\b/i, "works_as"],
  [/^\s*where\s+(?:am|is|are)\s+(\S+)\s+(?:originally\s+)?from\b/i, "from"],
  [/^\s*who\s+(?:am|is|are)\s+(\S+)\s+married\s+to\b/i, "is_married_to"],
  // "Who is my wife?", "What is Tim's husband's name?"
  [/^\s*who(?:'s|’s|\s+is)\s+(\S+?)(?:['’]s)?\s+(?:wife|husband|spouse)\s*\??\s*$/i, "is_married_to"],
  [/^\s*what(?:'s|’s|\s+is)\s+(\S+?)(?:['’]s)?\s+(?:wife|husband|spouse)['’]s\s+name\b/i, "is_married_to"],
  // "Who is my girlfriend?", "What's my partner's name?"
  [/^\s*who(?:'s|’s|\s+is)\s+(\S+?)(?:['’]s)?\s+(?:partner|girlfriend|boyfriend|fianc[ée]e?)\s*\??\s*$/i, "partner"],
  [/^\s*what(?:'s|’s|\s+is)\s+(\S+?)(?:['’]s)?\s+(?:partner|girlfriend|boyfriend|fianc[ée]e?)['’]s\s+name\b/i, "partner"],
];

/** The relation `question` asks about, or null when it asks something else. */
export function relationQuestion(question: string): RelationQuestion | null {
  for (const [re, predicate] of PATTERNS) {
    const m = re.exec(question);
    if (!m) continue;
    const who = m[1]!.replace(/['’]s$/u, "");
    return { predicate, subject: /^(?:i|me|my)$/i.test(who) ? { user: true } : { name: who } };
  }
  return null;
}

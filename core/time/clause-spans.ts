// Where a clause or a sentence before a date begins ("I said I would help, and on Friday I did"), which
// the title before a name ("Dr. Okafor") does not mark.

/** Titles written with a full stop before a name ("Dr. Okafor", "St. Ives"), which ends no sentence nor clause. */
export const NAME_TITLES = "Dr|Mr|Mrs|Ms|Mx|St|Mt|Prof";

/**
 * Where a clause starts: punctuation or a conjunction ("I said I would help, and on Friday I did");
 * not the full stop of a title before a name ("Dr. Okafor").
 */
const CLAUSE_BREAK = new RegExp(`[,;:!?]|(?<!\\b(?:${NAME_TITLES}))\\.|\\b(?:and|but|so|then)\\b`, "gi");

/** The words of the clause before `index` (from the last {@link CLAUSE_BREAK}). */
export function clauseBefore(text: string, index: number): string {
  const before = text.slice(0, index);
  let from = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) from = m.index + m[0].length;
  return before.slice(from);
}

/** The clause that ends where the clause starting at `start` begins, without the break between them. */
export function clauseEndingAt(text: string, start: number): string {
  const before = text.slice(0, start).replace(/[\s,;:–—-]+$/, "");
  return clauseBefore(before, before.length);
}

/** The whole sentence of `text` that holds `index`: {@link sentenceBefore} and the rest to its full stop, question or exclamation mark, or line break. */
export function sentenceAround(text: string, index: number): string {
  const end = text.slice(index).search(/[.!?\n]/);
  return `${sentenceBefore(text, index)}${end < 0 ? text.slice(index) : text.slice(index, index + end)}`;
}

/** The sentence `text` holds up to `index`: from after the last full stop, question or exclamation mark, or line break before it. */
export function sentenceBefore(text: string, index: number): string {
  const before = text.slice(0, index);
  const from = Math.max(...[".", "!", "?", "\n"].map((c) => before.lastIndexOf(c)));
  return before.slice(from + 1).trimStart();
}

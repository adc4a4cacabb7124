/**
 * Escapes text quoted inside a tag (`<source …>…</source>`, `<memory …>…</memory>`) so it cannot
 * close the tag or open another one: `&`, `<` and `>` become `&amp;`, `&lt;` and `&gt;`. Used where
 * stored text is shown to a model as data (the llm engine's prompts, the MCP tools' results).
 */
export function escapeData(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * `text` with every character that means something in a regular expression escaped (`.`, `*`,
 * `+`, `?`, `^`, `$`, `{`, `}`, `(`, `)`, `|`, `[`, `]`, `\\`), to match it literally inside a
 * pattern built with `new RegExp` (a name, an app name, a speaker label).
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Whether `text` says `word` (any text, escaped) as a whole word: no letter just before or after it
 * ("Max" in "Max's bed", not in "Maxine"); `ignoreCase` for any case.
 */
export function saysWord(text: string, word: string, ignoreCase = false): boolean {
  return new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, ignoreCase ? "iu" : "u").test(text);
}

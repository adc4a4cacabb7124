/**
 * Refusing a message over MAX_MESSAGE_CHARS without reading it into memory. The JSON reader leaves
 * out every string longer than {@link LONG_STRING_BYTES} in the file (json-stream.ts
 * `elideStringsOver`: it reads through it, checks it, and puts a marker in its place). Whether such
 * a string matters is known only once the whole conversation is read, by its parser: a ChatGPT
 * message off the current branch, hidden, or of a skipped content type, a Claude attachment's
 * extracted text, DeepSeek's reasoning (`THINK`), LoCoMo's answers are all dropped, and they must still import. So the parser runs
 * on the value with markers, and then:
 * - no marker reached the conversation: the result is exact (the strings were dropped);
 * - a marker is in a turn's text and the string's non-white-space characters alone pass the
 *   limit: that turn is refused ("over 1,000,000 characters long", its exact length unknown);
 * - anything else (a marker in a title, a speaker, a shorter text; the parser threw): the item is
 *   read again from the file and parsed whole, as without elision. So is an item in which a long
 *   string was an object key, or was not valid (json-stream.ts reads those whole itself).
 * The reader cannot stop before the item's end: what decides (`current_node`, a hidden flag, a
 * later `content_type`) may come after the string.
 */
import type { JsonItem } from "../kit/json-stream.js";
import { MAX_MESSAGE_CHARS, messageTooLong } from "../kit/passages.js";
import type { ParsedConversation } from "../kit/types.js";

/**
 * Strings longer than this in the file (4 MiB) are left out while reading. A message within the
 * limit is at most 1,000,000 characters, rarely over 4 MiB even as 3-byte UTF-8 or with escapes
 * (then it is read again, as a whole item); a string over it holds over 1,000,000 characters
 * unless it is mostly escapes, white space or the few 3-byte sequences json-skip.ts does not count.
 */
export const LONG_STRING_BYTES = 4 * 1024 * 1024;

/**
 * Converts JSON `item` with `toConversation`, exactly as on its whole value (see the module
 * comment), or refuses the first turn that is too long.
 * @throws ImportError `<file>: [index] message <id>: the message is over 1,000,000 characters long; …`,
 *   or what `toConversation` throws on the whole value.
 */
export async function convertItem(
  file: string,
  item: JsonItem,
  toConversation: (value: unknown, index: number, file: string) => ParsedConversation,
): Promise<ParsedConversation> {
  if (!item.elided.length) return toConversation(item.value, item.index, file);
  const exact = async (): Promise<ParsedConversation> => toConversation(await item.whole(), item.index, file);
  let conv: ParsedConversation;
  try {
    conv = toConversation(item.value, item.index, file);
  } catch {
    return exact();
  }
  for (const turn of conv.turns) {
    const inTurn = item.elided.filter((e) => turn.text.includes(e.marker));
    if (!inTurn.length) {
      if (turn.text.length > MAX_MESSAGE_CHARS) return conv; // the first turn too long: parse.ts checkMessageSizes refuses it
      continue;
    }
    if (inTurn.reduce((n, e) => n + e.minChars, 0) <= MAX_MESSAGE_CHARS) return exact();
    throw messageTooLong(file, conv, turn, item.index, `over ${MAX_MESSAGE_CHARS.toLocaleString("en-US")}`);
  }
  return JSON.stringify(conv).includes(item.markerTag) ? exact() : conv;
}

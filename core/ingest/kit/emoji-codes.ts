/**
 * Emoji written as their codes, as chat apps export them (Slack's `:tada:`, Discord's custom
 * `:PepeLaugh:`): no words of a message. Shared by slack.ts and discord.ts. A picture emoji ("😭")
 * is left as it is (the memory layer reads it, core/memory/sentences.ts).
 */

/**
 * An emoji code with the spaces before it: letters, digits, `_`, `+` and `-` between colons, any
 * case; not between digits ("10:30:00" is a time).
 */
const EMOJI_CODE = /[ \t]*(?<!\d):[a-z0-9_+-]+:(?!\d)/gi;

/** `text` without its emoji codes (":tada:", ":PepeLaugh:", ":+1:") and the spaces before each ("GG :tada: well played" → "GG well played"). */
export function dropEmojiCodes(text: string): string {
  return text.replace(EMOJI_CODE, "");
}

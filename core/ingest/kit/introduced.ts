/**
 * Someone a text thread knows only by their number, who says who they are ("Hi Nadia, this is Graham
 * your landlord", "It's Sam from the garage"): their messages are said by that name, the number kept
 * in each turn's metadata (`number`), so memories read "Graham told the user …", not "+447700900456
 * told the user …". Used by the text-message readers (sms.ts, imessage.ts).
 */
import { DAY_NAMES, MONTH_NAMES } from "../../time/mentions.js";
import type { ParsedTurn } from "./types.js";

/** A sender known only by a phone number ("+447700900456", "07700 900456"). */
const NUMBER = /^\+?\d[\d\s-]{6,}$/;
/** Who a message says its sender is, opening a sentence: group 1 the name ("this is Graham", "it's Sam", "I'm Dr Okafor"). */
const INTRODUCTION = /(?:^|[.!?,]\s*)(?:this is|it['’]s|i['’]m|i am)\s+((?:Dr\.?\s+)?\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)(?=[\s,.!]|$)/u;
/** Capitalised words that name no one: days and months ("It's Tuesday"). */
const NOT_A_NAME = new RegExp(`^(?:${DAY_NAMES}|${MONTH_NAMES})\\b`, "i");
/** How many of a sender's first messages are read for who they are. */
const FIRST_MESSAGES = 3;

/**
 * The name each sender known only by a number gave themselves in one of their first FIRST_MESSAGES
 * messages of `turns` (in time order), by their number; senders who gave none are not in it.
 */
export function introducedNames(turns: readonly ParsedTurn[]): Map<string, string> {
  const out = new Map<string, string>();
  const seen = new Map<string, number>();
  for (const t of turns) {
    if (t.role !== "other" || !NUMBER.test(t.speaker.trim()) || out.has(t.speaker)) continue;
    const n = (seen.get(t.speaker) ?? 0) + 1;
    seen.set(t.speaker, n);
    if (n > FIRST_MESSAGES) continue;
    const name = INTRODUCTION.exec(t.text)?.[1];
    if (name && !NOT_A_NAME.test(name)) out.set(t.speaker, name);
  }
  return out;
}

/**
 * `turns` with each sender known only by a number who said who they are (`names`, by number; by
 * default {@link introducedNames} of `turns`) said by that name, their number in the turn's metadata
 * (`number`); changed in place and returned.
 */
export function withIntroducedNames(turns: ParsedTurn[], names: ReadonlyMap<string, string> = introducedNames(turns)): ParsedTurn[] {
  for (const t of turns) {
    const name = names.get(t.speaker);
    if (name) {
      t.metadata.number = t.speaker;
      t.speaker = name;
    }
  }
  return turns;
}

/** A thread's title that is a number, with the name its sender gave ("+447700900456" → "Graham (+447700900456)"); any other as it is. */
export function titled(title: string, names: ReadonlyMap<string, string>): string {
  const name = names.get(title);
  return name ? `${name} (${title})` : title;
}

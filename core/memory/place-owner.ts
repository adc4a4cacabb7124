// Whose "their price list" is in a chat: the one venue or business the conversation named just
// before ("Viewing at Hartwell Barn confirmed …" … "That's their price list. Saturday hire is
// £6,800" → "That's Hartwell Barn's price list"), so the fact names what it is about.
import { fullyParsed, parseSentence, type Sentence } from "./sentences.js";

/** "their" before what a venue or a business has: its prices, menu, hours, address, terms (group 1). */
const THEIR_ATTRIBUTE =
  /\btheir\s+(price\s+list|prices|rates|menu|website|opening\s+hours|hours|address|phone\s+number|deposit|terms|availability|brochure|packages?|fees?|quote)\b/i;

/** A sentence that only points at what a venue has ("That's their price list.", "Here's their menu!"): group 1 what. */
const POINTED_AT_THEIR = new RegExp(`^(?:that['’]?s|this is|here['’]?s|here is)\\s+${THEIR_ATTRIBUTE.source.replace("\\b", "")}[.!…]*\\s*$`, "i");

/** Whether `text` says "their" of what a venue or a business has (a cheap test before any parse). */
export function saysTheirAttribute(text: string): boolean {
  return THEIR_ATTRIBUTE.test(text);
}

/**
 * `sentences` with "their" before what a venue or a business has told as the one place or
 * organisation the `earlier` sentences name (compromise's places and organisations), when they name
 * exactly one; a sentence that only points at it, before another, leads that one ("That's their price
 * list. Saturday hire is £6,800" → "Hartwell Barn's price list: Saturday hire is £6,800"); as they are
 * otherwise (none, or two: which one's is not known).
 * @param earlier the sentences of the messages just before, in the same session
 */
export function withPlaceOwning(sentences: Sentence[], earlier: Sentence[]): Sentence[] {
  const places = new Set(
    earlier.flatMap((s) =>
      fullyParsed(s)
        .entities.filter((e) => e.kind === "place" || e.kind === "organisation")
        .map((e) => e.name),
    ),
  );
  if (places.size !== 1) return sentences;
  const [place] = places as Set<string>;
  const out: Sentence[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    const shown = POINTED_AT_THEIR.exec(s.text);
    const next = sentences[i + 1];
    // ("That's their price list. Saturday hire is £6,800" → "Hartwell Barn's price list: Saturday hire is £6,800")
    if (shown && next) {
      out.push(parseSentence(`${place}'s ${shown[1]}: ${next.text}`));
      i++;
    } else out.push(THEIR_ATTRIBUTE.test(s.text) ? parseSentence(s.text.replace(THEIR_ATTRIBUTE, (_all, what: string) => `${place}'s ${what}`)) : s);
  }
  return out;
}

// A fact's title: its most specific sentence about the speaker, cut short at a clause.
import { CAPTION_NOTE, capitalise, OPENS_ON_REFERENCE, tellsSharedImage } from "./fact-text.js";
import { escapeRegExp } from "../util/quote.js";
import { NAME_TITLES } from "../time/mentions.js";
import { NEWS_WORDS } from "./informative.js";
import { toldFeeling } from "./reactions.js";
import { wordTags } from "./sentence-parse.js";
import { LruCache } from "../util/lru.js";

/**
 * A free-form fact's title: its most specific sentence that opens with the speaker's name, else that
 * names them (the first sentence when none does), as a title ({@link shortTitle}: whole up to 14 words, else cut at a clause), so the title tells what
 * the body tells most specifically ("Melanie ran a charity race for mental health in Boston last Saturday",
 * not "Since we last talked, Melanie has had a…"); a sentence whose last clause says "it" for what was said
 * before is read without that clause ({@link withoutReferringEnd}).
 */
export function factTitle(kept: Array<{ text: string; score: number }>, name: string, content: string): string {
  const teasers = teaserPatterns(name);
  const named = kept
    .map((k) => ({ ...k, text: withoutReferringEnd(teasers ? withoutTeaser(k.text, teasers.opening) : k.text) }))
    .filter((k) => k.text.toLowerCase().includes(name.toLowerCase()));
  // (nor one that only says how they feel when another says more: "Jon is excited!" beside "Jon is ready for the opening night")
  const felt = toldFeeling(name);
  const telling = named.filter((k) => !felt(k.text));
  // (and when the only ones that name them say how they feel, one that tells what happened: "Mia got her
  // 25m swimming badge today", not "Priya is proud")
  const happened = telling.length || !named.length ? [] : kept.filter((k) => !felt(k.text) && !named.some((n) => n.text === k.text));
  const said = telling.length ? telling : happened.length ? happened : named;
  // (a sentence that only announces news is no title when another tells some: "Caroline has great news!")
  const news = teasers ? said.filter((k) => !teasers.alone.test(k.text)) : said;
  const own = news.length ? news : said;
  // a sentence the speaker is the subject of ("Tim is proud of researching visa requirements") before one
  // that names them in passing ("It feels like … making Tim's travel dreams a reality"), and either
  // before one that says "it" or "this" for what it is about ("Joanna … made this"); and a statement
  // before the caption of an image shared with it ("Nate made vegan ice cream last Friday", not "Nate
  // shared a photo of a group of people sitting on a bench")
  // (as a sentence opens on it, "The user is allergic to penicillin", alone or after one other: "Ana and the user are going…")
  // (and after when it happened: "Yesterday (19 September 2022) John started a new startup", not "John has already welded one")
  const opens = new RegExp(
    `^(?:${SAID_WHEN}(?:\\s+\\([^()]*\\))?,?\\s+)?(?:${escapeRegExp(capitalise(name))}|(?!(?:She|He|They|It|You|This|That)\\b)\\p{Lu}\\p{Ll}+ and ${escapeRegExp(name)})\\b`,
    "u",
  );
  // (not one that says when something vague happened, whose news comes after: "Last weekend Maria did something new …")
  const subject = own.filter((k) => opens.test(k.text) && !(SAID_WHEN_FIRST.test(k.text) && VAGUE_EVENT.test(k.text)));
  const plain = (list: typeof kept) => list.filter((k) => !ENDS_ON_REFERENCE.test(shortTitle(k.text)));
  const told = (list: typeof kept) => list.filter((k) => !tellsSharedImage(k.text, name));
  // (and among those, one that does not open on a pronoun for what was said before: "Yoga's been
  // awesome for John", not "It's helped John improve in terms of strength")
  const standing = (list: typeof kept) => list.filter((k) => !OPENS_ON_REFERENCE.test(k.text));
  const pool = [told(plain(subject)), standing(told(plain(own))), told(plain(own)), plain(subject), subject, plain(own), own].find((l) => l.length) ?? [];
  const best = pool.length ? pool.reduce((a, b) => (b.score > a.score ? b : a)) : null;
  return shortTitle(fromTheName(best?.text ?? content, name));
}

/** When something happened, opening a sentence: "Yesterday", "Last Tuesday", "This weekend", "On Friday", "A few days ago". */
const SAID_WHEN =
  "(?:Yesterday|Today|Tonight|Recently|Lately|(?:Last|This|Next|On)\\s+\\p{L}+|(?:A\\s+few|Two|Three|A\\s+couple\\s+of)\\s+(?:days|weeks|months|years)\\s+ago)";

/** A sentence that opens on when something happened ({@link SAID_WHEN}). */
const SAID_WHEN_FIRST = new RegExp(`^${SAID_WHEN}\\b`, "u");
/** An event said without what it was: "something new", "an experience that …", "a personal milestone", "exploring options". */
const VAGUE_EVENT = /\b(?:something|experience|milestone|options)\b/i;

/** Words that say news is good or big ("some amazing news", "great news"). */
const NEWS_ADJECTIVE = `(?:(?:really|super|pretty|such)\\s+)?${NEWS_WORDS}\\s+`;

/**
 * A clause that announces news without telling it, after an optional time said before a comma ("On
 * Friday (…), Tim got great news"): "Caroline has some amazing news (to share)", "Something cool
 * (recently) happened (with Audrey's furry friends)", "Quite a week", "Joanna has been working on
 * something exciting (too)". `name` is the speaker, its subject.
 */
function teaser(name: string): string {
  const who = `${escapeRegExp(capitalise(name))}(?:\\s+and\\s+others)?`;
  return (
    "^(?:[^,;:!?.–—]{1,60},\\s*)?(?:" +
    `${who}\\s+(?:has|have|had|got|has\\s+got|['’]s\\s+got|just\\s+got)\\s+(?:some\\s+)?(?:${NEWS_ADJECTIVE})?news(?:\\s+to\\s+share)?` +
    "|[Ss]omething\\s+(?:[\\p{Ll}-]+\\s+){1,2}happened(?:\\s+(?:to|with)\\s+[^,;:!?.–—]{1,40}?)?" +
    "|[Qq]uite\\s+(?:a|the)\\s+(?:week|day|month|weekend|year)" +
    `|${who}\\s+(?:has\\s+been|is|was)\\s+working\\s+on\\s+something(?:\\s+(?:new|exciting|cool|big|special|fun))?` +
    ")(?:\\s+too)?"
  );
}

/** A break after a teaser, before the news it announces: a dash or a colon. */
const NEWS_BREAK = "\\s*(?:-+|–|—|:)\\s+";

/**
 * The teasers ({@link teaser}) of speaker `name`, compiled once for a fact's sentences: `opening`, one
 * that opens a sentence before a dash or a colon and the news; `alone`, a sentence that only announces
 * news (a teaser and nothing after it but "!" and the day it was said: "Caroline has great news!").
 * Null without a name.
 */
function teaserPatterns(name: string): { opening: RegExp; alone: RegExp } | null {
  if (!name) return null;
  return {
    opening: new RegExp(`${teaser(name)}${NEWS_BREAK}(?=\\S)`, "u"),
    alone: new RegExp(`${teaser(name)}(?:\\s*\\([^()]*\\))?[\\s!.…]*$`, "u"),
  };
}

/**
 * A sentence without the teasers that open it before a dash or a colon (`opening`, {@link teaserPatterns}),
 * from the news on ("Caroline has some amazing news - Caroline held a gaming tourney …" → "Caroline held a
 * gaming tourney …"; "Quite a week - something awesome happened to Joanna!" → "Something awesome happened
 * to Joanna!"); any other sentence as it is.
 */
function withoutTeaser(text: string, opening: RegExp): string {
  let rest = text;
  for (let m = opening.exec(rest); m; m = opening.exec(rest)) rest = capitalise(rest.slice(m[0].length));
  return rest;
}

/** The last clause of a sentence joined by "and" ("… and is feeling good about it"; not "but", whose contrast is part of what is said: "tried their best but did not make it"). */
const LAST_CLAUSE = /(?:\s*,)?\s+and\s+[^,;:–—]*$/;
/** A pronoun for what was said before, anywhere in a title ("Joanna pitched it to some producers"). */
const REFERENCE = /\b(?:it|this|that|these|those)\b/i;

/**
 * A sentence without its last clause after "and" when that clause ends on a pronoun for what was said
 * before and the rest, of four words or more, says none: as a title it tells what it is about ("Nate has got a
 * gaming tournament next month (May 2022) and is feeling good about it" → "Nate has got a gaming
 * tournament next month (May 2022)"; "John has been to Paris before and loved it!" → "John has been to
 * Paris before"). Any other sentence as it is.
 */
function withoutReferringEnd(text: string): string {
  if (!ENDS_ON_REFERENCE.test(shortTitle(text))) return text;
  const rest = text.replace(LAST_CLAUSE, "");
  const title = shortTitle(rest);
  return rest !== text && title.split(" ").length >= 4 && !REFERENCE.test(title) ? rest : text;
}

/**
 * A short judgement that opens a sentence before a clause break: "Yesterday (4 June 2022) was crazy
 * cool - Joanna wrote …", "Taking a risk is scary, but Jon is sure …" (whether it names the speaker,
 * which makes it part of the title, {@link fromTheName} reads).
 */
const JUDGED_FIRST =
  /^(?:\p{Lu}[\p{Ll}'’-]*)(?:\s+(?:\([^()]*\)|[\p{Ll}'’-]+)){0,6}?\s+(?:is|was|are|were|feels|felt|sounds|looked|looks)\s+(?:[\p{Ll}'’-]+\s+){0,2}[\p{Ll}'’-]+(?:,\s*(?:but|and|so)|\s*[-–—]+)\s/u;

/**
 * A sentence that opens on a pronoun for what was said before, or on a short judgement
 * ({@link JUDGED_FIRST}), and names `name` after a clause break, from the name on ("It's been tough,
 * but John is staying positive" → "John is staying positive"; "They're good- Melanie and others got
 * another cat"; "Yesterday was crazy cool - Joanna wrote a few bits for a screenplay …"); any other
 * sentence as it is.
 */
function fromTheName(text: string, name: string): string {
  const reference = OPENS_ON_REFERENCE.test(text);
  // (a judgement only when the sentence is too long to be the title whole, and says no name before the break:
  // "Running a business is not easy, but Jon is determined to make it work" stays whole, and so does
  // "Joanna is lactose intolerant, so Joanna will …")
  const judged = !reference && JUDGED_FIRST.test(text) && shortTitle(text).endsWith("…");
  if (!name || !(reference || judged)) return text;
  const said = escapeRegExp(capitalise(name));
  const at = new RegExp(`(?:,\\s*(?:but|and|so)|\\s*[-–—]+)\\s+(?=${said}\\b)`).exec(text);
  if (!at || (judged && new RegExp(`\\b${said}\\b`).test(text.slice(0, at.index)))) return text;
  const rest = text.slice(at.index + at[0].length);
  // (a judgement is kept when what follows it says "it" for what it judged: "The food was great, and Maria's mom loved it …")
  return reference || !ENDS_ON_REFERENCE.test(shortTitle(rest)) ? rest : text;
}

/**
 * A title that ends on a pronoun for what was said before ("… and made this", "Audrey got it a while
 * ago", "Melanie is obsessed with those"); not "them", the third person of the speaker's own "me", nor
 * a caption's "with books on it".
 */
const ENDS_ON_REFERENCE =
  /(?<!\b(?:on|in|of|inside|around)\s)\b(?:it|this|that|these|those|there)(?:\s+(?:a\s+while(?:\s+ago)?|again|too|now|yet|already|quite\s+a\s+bit|a\s+lot|so\s+much))?[\s.!?…]*$/i;

/** A word a title cut short does not end on: an article, preposition, conjunction, determiner or auxiliary. */
const LEADS_ON =
  /^(?:a|an|the|of|at|in|on|to|for|with|from|by|about|into|onto|over|under|through|and|or|nor|but|their|his|her|my|our|its|this|that|these|those|some|any|is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|can|could|should|as|than|so|very|just|really|such|last|next|every|each|other|another|no|not|more|most)$/i;
/** Words that join the capitalised words of a name ("The Name of the Wind", "Leonardo da Vinci"). */
const NAME_JOINER = /^(?:of|the|and|de|da|du|la|le|von|van|der)$/;

/**
 * The names in a title's words, as [start, end) word indexes: runs of capitalised words after the first
 * word, joined by "of", "the", "and" … when a capitalised word follows ("The Name of the Wind"); a
 * comma, semicolon or colon ends a run.
 */
function nameSpans(parts: string[]): Array<[number, number]> {
  const cap = (i: number) => /^["'“‘(]?\p{Lu}/u.test(parts[i] ?? "");
  const spans: Array<[number, number]> = [];
  for (let i = 1; i < parts.length; i++) {
    if (!cap(i)) continue;
    let end = i + 1;
    while (end < parts.length && !/[,;:]$/.test(parts[end - 1]!)) {
      let j = end;
      while (j < parts.length && NAME_JOINER.test(parts[j]!)) j++;
      if (!cap(j)) break;
      end = j + 1;
    }
    spans.push([i, end]);
    i = end - 1;
  }
  return spans;
}

/** A word before which a title may end: it opens a subordinate or contrasting clause. */
const CLAUSE_OPENER = /^(?:but|so|because|which|who|when|while|since|though|although|whereas|where|if|until|after|before|plus)$/i;
/** After "and": a new subject ("… cards and John went …"), not more of a phrase ("a safe and loving home"). */
const NEW_SUBJECT = /^(?:\p{Lu}\p{Ll}+|he|she|they|it|we|I)$/u;

/** A title before a name ("Mrs.", "Prof.") or "vs.", whose full stop ends no sentence. */
const TITLE_OR_VS = new RegExp(`^(?:${NAME_TITLES}|vs)\\.`);

/** The dates a fact's text adds in parentheses ("last month (September 2023)", "(8 May 2023)"), which a title leaves out. */
export const RESOLVED_DATES = /\s\([^()]*\d{4}[^()]*\)/g;

/**
 * A statement as a title: without the dates resolved in parentheses ("last Saturday (Saturday 6 May
 * 2023)": the body keeps them), a photo's caption in brackets ("(photo: a family sitting around a
 * campfire)") and its end punctuation. A statement over `max` words is cut at a
 * clause boundary between word 5 and word 12: the last comma, dash, colon or semicolon, else the
 * last word that opens a clause ("but", "because", "which", "when" …, or "and" before a new subject),
 * else after 10 words (fewer, down to 5, not to end on an article, preposition, conjunction, determiner
 * or auxiliary: "… a crowd of people at" → "… a crowd of people"), and never inside a name (after it
 * when it ends within `max` words: "… a fantasy novel called The Name of the Wind…"); it ends with "…"
 * ("Audrey is always in awe of people who can climb mountains and rocks all day long" → "Audrey is
 * always in awe of people…").
 * @param max the most words a title keeps whole (14)
 */
export function shortTitle(text: string, max = 14): string {
  const plain = text.replace(RESOLVED_DATES, "").replace(CAPTION_NOTE, "").replace(/\s+/g, " ").trim();
  const parts = plain.split(" ");
  if (parts.length <= max) return plain.replace(/[.!…]+$/, "");
  // a first sentence of four words or more is the title whole ("Joanna says a mix of emotions for sure",
  // not "… for sure. It leads…"); "J.K." or "Dr." ends none, nor a question mark inside a quote
  // ('visited "Why Is My Sourdough Dense? 9 Reasons …"')
  const open = quoteOpenAfter(parts);
  const end = parts.findIndex((w, i) => i >= 3 && i < max && !open[i] && /\p{Ll}{2,}[.!?]+["”’')]*$/u.test(w) && !TITLE_OR_VS.test(w));
  if (end >= 0)
    return parts
      .slice(0, end + 1)
      .join(" ")
      .replace(/[.!?]+(["”’')]*)$/, "$1");
  const at = (test: (i: number) => boolean): number => {
    for (let i = 12; i >= 5; i--) if (test(i)) return i;
    return 0;
  };
  const opens = (i: number) =>
    CLAUSE_OPENER.test(parts[i]!) || (parts[i] === "and" && NEW_SUBJECT.test(parts[i + 1] ?? "") && !/^others\b/.test(parts[i + 2] ?? ""));
  // else after 10 words, or fewer so that it does not end on a word that leads into the rest ("… of people at…")
  let cut = at((i) => /[,;:–—-]$/.test(parts[i - 1]!)) || at(opens) || 10;
  // nor inside a name ("… called The Name…"): after it when it ends within `max` words, else before it
  const name = nameSpans(parts).find(([start, end]) => start < cut && cut < end);
  if (name) cut = name[1] <= max ? name[1] : name[0] >= 5 ? name[0] : cut;
  while (cut > 5 && LEADS_ON.test(parts[cut - 1]!)) cut--;
  cut = throughNounPhrase(parts, cut, max);
  return `${parts
    .slice(0, cut)
    .join(" ")
    .replace(/[\s,;:.–—-]+$/, "")}…`;
}

/**
 * Where a title cut at word `cut` ends instead, so as not to end inside a noun phrase: after its head
 * noun when that comes within 3 more words and within `max` ("… is a constant…" → "… is a constant
 * reminder…", "… to create an online…" → "… an online board game…"), else at `cut`. Only when the word
 * before the cut modifies what follows (an adjective, or a common noun in the singular: "reliable dog
 * walkers"), by compromise's tags; a name, a date or a verb after it ends no phrase to complete.
 */
function throughNounPhrase(parts: string[], cut: number, max: number): number {
  if (cut >= parts.length || /[,;:.!?–—-]$/.test(parts[cut - 1]!) || !/^\p{Ll}/u.test(parts[cut]!)) return cut;
  // (the words about the cut are tagged, up to the last one a title may keep, once per text: a fact's
  // title is tried again and again)
  const from = Math.max(0, cut - TAGGED_BEFORE);
  const around = parts.slice(from, max + 1).join(" ");
  let window = tagged.get(around);
  if (!window) {
    window = wordTags(around);
    tagged.set(around, window);
  }
  const has = (i: number, tag: string) => window[i - from]?.has(tag) ?? false;
  // (a word in lower case is no name, whatever the tagger says: "the visa requirements", Visa a company to it)
  const common = (i: number) => /^\p{Ll}/u.test(parts[i]!) && has(i, "Noun") && !["Pronoun", "Date", "Verb"].some((tag) => has(i, tag));
  const modifies = (i: number) => !/[,;:.!?–—-]$/.test(parts[i]!) && (has(i, "Adjective") || (common(i) && !has(i, "Plural")));
  let end = cut;
  let noun = false;
  while (end < parts.length && end < cut + 3 && end < max && modifies(end - 1)) {
    if (common(end)) noun = true;
    else if (noun || !has(end, "Adjective") || !/^\p{Ll}/u.test(parts[end]!)) break;
    end++;
  }
  // (a phrase that goes on past the words allowed is left as it was cut)
  return noun && !(end < parts.length && common(end) && modifies(end - 1)) ? end : cut;
}

/** How many words before a title's cut are tagged with it, for context. */
const TAGGED_BEFORE = 4;
/** The words' tags of the last titles cut ({@link throughNounPhrase}), by their first words. */
const tagged = new LruCache<string, Array<Set<string>>>(1_000);

/** For each word of `parts`, whether a double quote ('"' or '“') opened before it or in it is still open after it. */
function quoteOpenAfter(parts: string[]): boolean[] {
  let open = false;
  return parts.map((w) => {
    for (const ch of w)
      if (ch === "“") open = true;
      else if (ch === "”") open = false;
      else if (ch === '"') open = !open;
    return open;
  });
}

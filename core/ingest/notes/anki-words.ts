/**
 * An Anki note in words: what the user learned from it, one fact the memory engine can read (anki.ts
 * reads the export). A field is HTML as Anki's editor writes it (`<br>`, `<div>`, `<b>`, `&nbsp;`,
 * `<img src="…">`, `[sound:…]`) unless the export was made without HTML; pictures and sounds are no
 * words. A cloze deletion, `{{c1::answer}}` or `{{c1::answer::hint}}` (nested ones too), is its answer,
 * so a Cloze note is its sentence filled in, its Back Extra after it; an Image Occlusion note's shapes,
 * `{{c1::image-occlusion:rect:…}}`, are no words, its Header, Back Extra and Comments are. Furigana as
 * Anki's `{{furigana:}}` filter reads it (`駅[えき]`) and `<ruby>` are the word and its reading, "駅
 * (えき)". A Basic note's front and back are one fact: a vocabulary card (one side in the language the
 * deck, its tags or its notetype name, else its script names: "Japanese::Travel", kana, Hangul …) "The
 * Japanese word for "train station" is 駅 (eki)."; a question and its answer "The answer to "Which muscle flexes
 * the elbow" is the biceps brachii."; a label and its value "Mum's blood type: O+.". Checked against Anki's source
 * (rslib cloze.rs: `{{cN::text::hint}}`, the hint after the first "::"; template_filters.rs: the
 * furigana, kana and kanji filters of `word[reading]`; notetype/stock.rs: Basic's Front and Back, Basic
 * (optional reversed card)'s third field "Add Reverse", Cloze's Text and Back Extra) and, for Image
 * Occlusion (Anki 23.10) and multi-number clozes (`{{c1,2::…}}`), public code that writes and reads them:
 * its fields Occlusion, Image, Header, Back Extra and Comments.
 */
import { type HtmlDialect, htmlLines } from "../kit/html-lines.js";

/** A note of an export, as anki.ts reads its record: its fields in its notetype's order, its notetype's name and deck when the export says them, whether its fields are HTML. */
export interface AnkiNote {
  fields: string[];
  notetype: string | null;
  deck: string | null;
  tags: string[];
  html: boolean;
}

/** How Anki's editor writes a field's HTML: a `<div>` or `<br>` a line, pictures, sounds and styles no words. */
const ANKI_HTML: HtmlDialect = {
  silent: new Set(["style", "script", "img", "audio", "video", "svg", "object", "embed", "iframe", "rp", "template"]),
  line: new Set(["div", "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "pre"]),
  paragraph: new Set(["ul", "ol", "table", "blockquote", "pre", "hr"]),
  heading: (n) => n,
  links: false,
  plainTextLines: true,
  checklists: false,
  // (a sound, "[sound:eki.mp3]", and a typed answer's box, "[[type:Back]]", are no words)
  strip: /\[sound:[^\]]*\]|\[\[type:[^\]]*\]\]/g,
};

/** A cloze deletion with nothing nested in it: its numbers ("c1", "c1,2"), its answer (group 1), its hint (group 2). */
const CLOZE = /\{\{c\d+(?:,\d+)*::((?:(?!\{\{|\}\})[\s\S])*?)(?:::((?:(?!\{\{|\}\})[\s\S])*?))?\}\}/g;
/** Whether a field holds a cloze deletion. */
const HAS_CLOZE = /\{\{c\d+(?:,\d+)*::/;
/** An Image Occlusion note's shape: a cloze of no words. */
const OCCLUSION = /\{\{c\d+(?:,\d+)*::image-occlusion:[^{}]*\}\}/g;
/** Furigana as Anki's furigana filter reads it: a word (group 1, after a space or the line's start) and its reading in kana (group 2), "駅[えき]". */
const FURIGANA = /([^\s[\]<>]+?)\[([\p{Script=Hiragana}\p{Script=Katakana}ー・]+)\]/gu;
/** A `<ruby>`'s reading: its `<rt>` (group 1), said after the word in brackets. */
const RUBY_TEXT = /<rt>([\s\S]*?)<\/rt>/gi;

/** Languages a deck, a tag or a notetype may be named by. */
const LANGUAGES =
  "Japanese|Chinese|Mandarin|Cantonese|Korean|French|Spanish|German|Italian|Portuguese|Russian|Ukrainian|Polish|Dutch|Swedish|Norwegian|Danish|Finnish|Icelandic|Greek|Turkish|Arabic|Persian|Hebrew|Hindi|Urdu|Bengali|Thai|Vietnamese|Indonesian|Malay|Tagalog|Swahili|Welsh|Irish|Gaelic|Latin|Esperanto|Czech|Slovak|Hungarian|Romanian|Bulgarian|Serbian|Croatian|Catalan|Basque";
const LANGUAGE_NAME = new RegExp(`(?<![\\p{L}])(${LANGUAGES})(?![\\p{L}])`, "iu");
/** The languages written in the Latin script, whose words a script does not tell from English's. */
const LATIN_LANGUAGES = new Set(
  "French|Spanish|German|Italian|Portuguese|Polish|Dutch|Swedish|Norwegian|Danish|Finnish|Icelandic|Turkish|Vietnamese|Indonesian|Malay|Tagalog|Swahili|Welsh|Irish|Gaelic|Latin|Esperanto|Czech|Slovak|Hungarian|Romanian|Croatian|Catalan|Basque".split(
    "|",
  ),
);
/** A script and the language it tells, when nothing names another that is written in it. */
const SCRIPTS: Array<[RegExp, string, RegExp]> = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/u, "Japanese", /^Japanese$/],
  [/\p{Script=Hangul}/u, "Korean", /^Korean$/],
  [/\p{Script=Han}/u, "Chinese", /^(?:Chinese|Mandarin|Cantonese|Japanese)$/],
  [/\p{Script=Cyrillic}/u, "Russian", /^(?:Russian|Ukrainian|Bulgarian|Serbian)$/],
  [/\p{Script=Greek}/u, "Greek", /^Greek$/],
  [/\p{Script=Arabic}/u, "Arabic", /^(?:Arabic|Persian|Urdu)$/],
  [/\p{Script=Hebrew}/u, "Hebrew", /^Hebrew$/],
  [/\p{Script=Devanagari}/u, "Hindi", /^Hindi$/],
  [/\p{Script=Bengali}/u, "Bengali", /^Bengali$/],
  [/\p{Script=Thai}/u, "Thai", /^Thai$/],
];
/** A letter of no Latin script: a word of another language's. */
const NOT_LATIN = /(?!\p{Script=Latin})\p{L}/u;
/** A reading: kana alone, or kana with its romaji in brackets ("きっぷ (kippu)"), or one word of romaji ("eki", "kūkō"). */
const READING = /^(?:[\p{Script=Hiragana}\p{Script=Katakana}ー・\s]+(?:\s*\(([\p{Script=Latin}\s'-]+)\))?|\(?([a-zāēīōūâêîôû'-]+)\)?)$/u;
/** A sentence's end (full-width ones too), after which no full stop is added. */
const ENDED = /[.!?。？！…:;"”]$/u;

/** The words of a field, a line each: clozes filled in, HTML read as Anki's editor writes it (or as it is, for an export without HTML), pictures and sounds left out. */
export function fieldLines(field: string, html: boolean): string[] {
  let text = field.replace(OCCLUSION, "");
  for (let before = ""; before !== text; ) {
    before = text;
    text = text.replace(CLOZE, (_all, answer: string) => answer);
  }
  const lines = html ? htmlLines(text.replace(RUBY_TEXT, "($1)"), ANKI_HTML) : text.split(/\r?\n|\r/);
  return lines
    .map((l) =>
      l
        .replace(FURIGANA, (_all, word: string, reading: string) => `${word} (${reading})`)
        .replace(/\s+/g, " ")
        .trim(),
    )
    .filter((l) => /[\p{L}\p{N}]/u.test(l));
}

/** `s` ended as a sentence: a full stop added unless it ends with one (or a question, a colon, a quote). */
function sentence(s: string): string {
  return ENDED.test(s) ? s : `${s}.`;
}

/** The language `note` is about, as its deck, its tags or its notetype name it ("Japanese::Travel" → "Japanese"), or null. */
function namedLanguage(note: AnkiNote): string | null {
  for (const said of [note.deck ?? "", ...note.tags, note.notetype ?? ""]) {
    const m = LANGUAGE_NAME.exec(said.replace(/[_:]+/g, " "));
    if (m) return m[1]![0]!.toUpperCase() + m[1]!.slice(1).toLowerCase();
  }
  return null;
}

/** The language the words `s` are in by their script (a named language written in it first), or null for words in the Latin script. */
function scriptLanguage(s: string, named: string | null): string | null {
  if (!NOT_LATIN.test(s)) return null;
  for (const [script, language, names] of SCRIPTS) if (script.test(s)) return named && names.test(named) ? named : language;
  return named;
}

/** A word's reading from its lines ("きっぷ (kippu)" → "きっぷ, kippu"; "eki"), or null when the line is no reading. */
function readingOf(line: string): string | null {
  const m = READING.exec(line.trim());
  if (!m) return null;
  if (m[2] !== undefined) return m[2];
  const romaji = m[1]?.trim();
  const kana = line.replace(/\([^)]*\)/, "").trim();
  return romaji ? `${kana}, ${romaji}` : kana;
}

/**
 * A vocabulary card in words, or null when it is none: one side in a language (`word`, its first line;
 * its other lines a reading when they are one), the other its meaning in English (its first line; its
 * other lines a reading or a note said after). "The Japanese word for "train station" is 駅 (eki).", "The
 * Japanese for "The bill, please" is お会計お願いします.", "The Japanese for asking "Where is the toilet" is
 * トイレはどこですか？"
 */
function vocabulary(note: AnkiNote, front: string[], back: string[]): string | null {
  if (!front.length || !back.length) return null;
  const named = namedLanguage(note);
  const frontLanguage = scriptLanguage(front[0]!, named);
  const backLanguage = scriptLanguage(back[0]!, named);
  let word: string[];
  let meaning: string[];
  let language: string;
  if (frontLanguage && !backLanguage) [word, meaning, language] = [front, back, frontLanguage];
  else if (backLanguage && !frontLanguage) [word, meaning, language] = [back, front, backLanguage];
  // (a language written in the Latin script, named by the deck: its word on the front, as such decks are made)
  else if (!frontLanguage && !backLanguage && named && LATIN_LANGUAGES.has(named)) [word, meaning, language] = [front, back, named];
  else return null;
  // (a word in Chinese characters is Japanese when its card writes kana: its reading, "駅" "えき (eki)")
  if (language === "Chinese" && !named) language = scriptLanguage([...front, ...back].join(" "), null) ?? language;
  const readings: string[] = [];
  const notes: string[] = [];
  for (const line of [...word.slice(1), ...meaning.slice(1)]) {
    const reading = readingOf(line);
    if (reading && language === "Japanese") readings.push(reading);
    else notes.push(sentence(line));
  }
  const said = meaning[0]!;
  const term = `${word[0]!}${readings.length ? ` (${readings.join("; ")})` : ""}`;
  // (the meaning in quotes, its words its own, "excuse me" no one's; a question asked: "The Japanese for asking "Where is the toilet"
  // is トイレはどこですか？", its question mark left to the words asked; a word of three words at most, "The Japanese word for "water" is 水.")
  const asked = /^(.*?)\s*[?？]$/u.exec(said)?.[1];
  const wordFor = !asked && word[0]!.split(/\s+/).length <= 3 && said.split(/\s+/).length <= 3 && !/[,.!;:]/.test(said);
  const head = asked ? `The ${language} for asking "${asked}"` : `The ${language} ${wordFor ? "word " : ""}for "${said}"`;
  return [sentence(`${head} is ${term}`), ...notes].join("\n");
}

/** A field's lines as one: "; " between them, a line that ends with a colon going on to the next ("Roots, trunks, …: "Randy Travis …""), a closing full stop or semicolon dropped. */
function joined(lines: readonly string[]): string {
  return lines.map((l) => l.replace(/[.;,]$/, "")).reduce((all, l) => (!all ? l : /:$/.test(all) ? `${all} ${l}` : `${all}; ${l}`), "");
}

/** A picture's card's one side of words as a word and its meaning, "新幹線 (しんかんせん): the bullet train" → [["新幹線 (しんかんせん)"], ["the bullet train"]]: a line split at a colon or a dash into two parts, one of a script the other has none of; else the lines as they are, one side. */
function sidesOf(lines: string[]): [string[], string[]] {
  const m = /^(.+?)\s*(?:[:：]|\s[–—-])\s+(.+)$/u.exec(lines[0] ?? "");
  if (!m || NOT_LATIN.test(m[1]!) === NOT_LATIN.test(m[2]!)) return [lines, []];
  return [[m[1]!, ...lines.slice(1)], [m[2]!]];
}

/**
 * A Cloze note's text (`text`, its lines) with its Back Extra (`extra`): a short extra of no sentences of its own said in brackets
 * after the text, as what it adds to it ("The ACL stops the tibia sliding forward on the femur (tested with the anterior drawer and
 * Lachman tests)."); a longer one, or one after a question, its own lines.
 */
function withExtra(text: string[], extra: string[]): string[] {
  const said = text.join(" ");
  const added = joined(extra);
  if (!said || !added || added.length > 200 || /[.!?]\s+\p{Lu}/u.test(added) || /[?!？！]$/u.test(said))
    return [...(said ? [said] : []), ...extra].map(sentence);
  // (its first letter in lower case, but an abbreviation's: "Tested with …" → "tested with …", "ACL" as it is)
  const aside = /^\p{Lu}\p{Ll}/u.test(added) ? added[0]!.toLowerCase() + added.slice(1) : added;
  return [sentence(`${said.replace(/\.$/, "")} (${aside})`)];
}

/**
 * What `note` says, as one fact in words (its lines joined by line breaks), or null when it has no
 * words (a picture alone, an occlusion with no header): a Cloze note its sentence filled in, its Back
 * Extra after it (in brackets when short: {@link withExtra}); an Image Occlusion note its Header, Back
 * Extra and Comments; any other note its first two fields as a vocabulary card, a question and its
 * answer or a label and its value, its other fields after them (but Basic (optional reversed card)'s
 * "Add Reverse").
 */
export function noteWords(note: AnkiNote): string | null {
  const fields = note.fields.map((f) => fieldLines(f, note.html));
  const type = note.notetype ?? "";
  const occlusion =
    /image occlusion/i.test(type) || (note.fields[0] !== undefined && /^(?:\s|<br\s*\/?>)*\{\{c\d+(?:,\d+)*::image-occlusion:/.test(note.fields[0]));
  let lines: string[];
  if (occlusion) {
    const [header, ...rest] = [fields[2] ?? [], ...fields.slice(3)].map((f) => f.join("; "));
    const said = rest.filter(Boolean).map(sentence);
    lines = header ? [said.length ? `${header}: ${said.join(" ")}` : sentence(header)] : said;
  } else if (/cloze/i.test(type) || note.fields.some((f) => HAS_CLOZE.test(f))) {
    lines = withExtra(fields[0] ?? [], fields.slice(1).flat());
  } else {
    const [front = [], back = [], ...more] = /optional reversed/i.test(type) ? fields.slice(0, 2) : fields;
    const rest = more.flat().map(sentence);
    const sides: [string[], string[]] = front.length && back.length ? [front, back] : sidesOf([...front, ...back]);
    const card = vocabulary(note, ...sides);
    if (card) lines = [card, ...rest];
    else if (!front.length || !back.length) lines = [...front, ...back].map(sentence).concat(rest);
    else {
      const asked = front.join(" ");
      const answer = joined(back).replace(/^(?:The|A|An|About)\s/, (w) => w.toLowerCase());
      // (a question with its answer: "The answer to "Which muscle flexes the elbow" is Biceps brachii."; a label with its value:
      // "Mum's blood type: O+."; a statement with what it says next)
      const question = /^(.*?)\s*[?？]$/u.exec(asked)?.[1];
      lines = [sentence(question ? `The answer to "${question}" is ${answer}` : ENDED.test(asked) ? `${asked} ${answer}` : `${asked}: ${answer}`), ...rest];
    }
  }
  const text = lines.join("\n").trim();
  return text ? text : null;
}

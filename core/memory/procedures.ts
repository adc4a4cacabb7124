import { capitalise, lowerFirst } from "./fact-text.js";
import { fullyParsed, parseSentence, unclipped } from "./sentences.js";

/** A how-to found in a text: a title and its ordered steps. */
export interface Procedure {
  title: string;
  steps: string[];
  /** The steps answer a request for tips ("Got any tips for …?"): advice of the one who gave them. */
  advice?: boolean;
  /** Titled after the question the text answers (`previous`: "How do I …?"), whose turn is then its source too. */
  asked?: boolean;
}

const LIST_ITEM = /^\s*(?:(?:step\s*)?(\d+)\s*[.):-]|[-*•])\s+(.+?)\s*$/i;
const SEQUENCE_CUE = /^(first(?:ly)?|to start|to begin|second(?:ly)?|third(?:ly)?|then|next|after that|afterwards|after this|finally|lastly|last)\b[,:]?\s*/i;

/**
 * "How do I reset my router?", "How I deploy a client site" → "How to reset my router", "How to deploy
 * a client site"; a pronoun for whom it is done before what is done goes, as the how-to is for anyone
 * ("How do I give him difficult feedback?" → "How to give difficult feedback"), and "that" the thing
 * ("How do you make that dal …?" → "How to make the dal …"); other lines lose a
 * trailing colon, and an opening "Here's a" ("Here's a schedule for a loaf …" → "Schedule for a loaf …").
 */
export function howToTitle(line: string): string {
  const text = line
    .trim()
    .replace(/^#{1,6}\s+/, "")
    .replace(/[:：]\s*$/, "")
    .replace(HERE_IS, (_, first: string) => first.toUpperCase())
    .replace(MAKINGS_OF, (_, first: string) => first.toUpperCase());
  const q = /^(?:so,?\s*)?how (?:(?:do|can|should|would) )?(?:i|you|we|one) (.+?)\s*\??$/i.exec(text);
  // (an "again" of asking once more is no part of the how-to: "how do you descale the coffee machine again?")
  if (q)
    return `How to ${q[1]!
      .replace(/^(\S+) (?:him|her|them) (?=\S)/i, "$1 ")
      .replace(/^(\S+) (?:that|this) (?=\S)/i, "$1 the ")
      .replace(/,?\s+again$/i, "")}`;
  const need = NEEDED.exec(text);
  if (need) return `${need[1]![0]!.toUpperCase()}${need[1]!.slice(1)} needed ${need[2]} ${need[3]}`;
  return text.replace(/\?$/, "");
}

/** What an answer says the asker can make, before its name: "You've got the makings of a chickpea curry" → "Chickpea curry" (group 1, its first letter). */
const MAKINGS_OF = /^you(?:['’]ve|\s+have)?(?:\s+got)?\s+(?:the\s+makings|everything|all\s+you\s+need|enough)\s+(?:of|for)\s+(?:a|an|some)\s+(\p{L})/iu;
/** "What documents do I need for the visa application?": what is needed (group 1), "for" or "to" (2), and for what (3). */
const NEEDED = /^what\s+(\p{L}+(?:\s+\p{L}+)?)\s+(?:do|will|would)\s+(?:i|we)\s+need\s+(for|to)\s+(.+?)\s*\??$/iu;

/** A line's "Here's a …" before what it names: "Here's a schedule for a loaf …" → "Schedule for a loaf …" (group 1, its first letter). */
const HERE_IS = /^here(?:['’]s| is| are)\s+(?:(?:a|an|the|your|my|some)\s+)?(\p{L})/iu;
/** Markdown's bold ("**Friday 1pm**"; not "__", which a step's code says: "__init__.py"): group 2 its words. */
const BOLD = /(\*\*)(\S(?:.*?\S)?)\1/g;

/** A run of ≥ 2 consecutive list lines (numbered, or bullets: `bulleted`) and the line above it. */
function listSteps(text: string): { before: string | null; steps: string[]; bulleted?: boolean } | null {
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const steps: string[] = [];
    let j = i;
    let expected = 1;
    for (; j < lines.length; j++) {
      const m = LIST_ITEM.exec(lines[j]!);
      if (!m) {
        if (lines[j]!.trim() === "" && steps.length) continue;
        break;
      }
      if (m[1] && Number(m[1]) !== expected) break;
      expected++;
      steps.push(m[2]!);
    }
    if (steps.length >= 2) {
      const before =
        lines
          .slice(0, i)
          .reverse()
          .find((l) => l.trim() !== "") ?? null;
      return { before, steps, bulleted: !LIST_ITEM.exec(lines[i]!)![1] };
    }
  }
  return null;
}

/**
 * A numbered list written inside a paragraph ("1. Pick three recipes. 2. Cook grains in bulk. 3. …"):
 * markers 1, 2, 3 … in order, the first opening the text or following a colon or a sentence's end,
 * each step opening with a capital; ≥ 2 steps. The text before "1." is the line above the list.
 */
function inlineListSteps(text: string): { before: string | null; steps: string[] } | null {
  const marks = [...text.matchAll(/(?:^|(?<=[.:!?]\s+))(\d{1,2})[.)]\s+(?=\p{Lu})/gu)];
  const start = marks.findIndex((m) => m[1] === "1");
  if (start < 0) return null;
  const run = [marks[start]!];
  for (const m of marks.slice(start + 1)) if (Number(m[1]) === run.length + 1) run.push(m);
  if (run.length < 2) return null;
  const steps = run.map((m, i) => text.slice(m.index! + m[0].length, run[i + 1]?.index ?? text.length).trim());
  const before = text.slice(0, run[0]!.index).trim();
  return { before: before || null, steps };
}

/**
 * Whether `text` is a step list and little else: numbered or bulleted lines, or a numbered list inside a
 * paragraph, with at most the line before them (its title: "Pancakes:", "Here's how I make cold brew:")
 * and a word or two besides. Such a turn is a procedure only, not also a fact of its lines, as a how-to
 * said in one sentence is (facts.ts).
 */
export function isStepList(text: string): boolean {
  const found = listSteps(text) ?? inlineListSteps(text);
  if (!found || thingsListed(found, null)) return false;
  const words = (t: string | null) => (t ? t.split(/\s+/).filter(Boolean).length : 0);
  const rest = words(text) - words(found.before) - found.steps.reduce((n, step) => n + words(step) + 1, 0);
  return rest <= 2;
}

/** Sentences led by first / then / next / finally (≥ 3, starting with "first"). */
function sequenceSteps(sentences: string[]): { before: string | null; steps: string[] } | null {
  const start = sentences.findIndex((s) => /^(first(?:ly)?|to (start|begin))\b/i.test(s.trim()));
  if (start < 0) return null;
  const steps: string[] = [];
  for (let i = start; i < sentences.length; i++) {
    const s = sentences[i]!.trim();
    if (!SEQUENCE_CUE.test(s)) break;
    const step = s.replace(SEQUENCE_CUE, "");
    steps.push(step[0] ? step[0].toUpperCase() + step.slice(1) : step);
  }
  return steps.length >= 3 ? { before: start > 0 ? sentences[start - 1]! : null, steps } : null;
}

/**
 * "To make cold brew at home: grind coarse, steep twelve hours in cold water, then filter through
 * paper.", also after the name of a note's section that leads it ("Home: To reset the router: …"); a to-do list
 * is none ("To do list: Ask Mum for the photo; Practise the speech").
 */
const PROSE_HOWTO = /^(?:[\p{L}\p{N}][^:.!?]{0,39}:\s+)?(?:here'?s\s+)?(?:how\s+)?to\s+(?!do(?:\s+list)?\s*[:—–-])([^:]{3,80}?)\s*[:—–-]\s+(.+)$/iu;
/** Separators between steps said in one sentence: commas, semicolons, "and then", "then". */
const STEP_SPLIT = /\s*(?:;|,\s*(?:and\s+)?(?:then\s+)?|\s+and\s+then\s+|\s+then\s+)\s*/i;

/** What goes on the step before it rather than being a step: a piece opening with "or", "but", "when", "if", "unless". */
const GOES_ON = /^(?:or|but|when|if|unless|whichever)\b/i;

function capitaliseStep(step: string): string {
  const t = step
    .replace(/^(?:and|then|finally|first)\s+/i, "")
    .replace(/[.!\s]+$/, "")
    .trim();
  return t ? t[0]!.toUpperCase() + t.slice(1) : t;
}

/** A how-to said in one sentence: "To X: a, b, then c." → title "How to X", steps [a, b, c] (≥ 2). */
function proseSteps(sentences: string[]): { title: string; steps: string[] } | null {
  for (const sentence of sentences) {
    const found = proseHowTo(sentence);
    if (found) return found;
  }
  return null;
}

/**
 * The how-to `sentence` says in one sentence ("To make cold brew: grind coarse, steep twelve hours,
 * then filter." → "How to make cold brew", three steps), or null: what becomes a procedure, and
 * (facts.ts) no fact beside it.
 */
export function proseHowTo(sentence: string): { title: string; steps: string[] } | null {
  const m = PROSE_HOWTO.exec(sentence.trim());
  if (!m) return null;
  // (a piece that opens with "or", "but", "when" or "if" goes on the step before it: "Descale every 3
  // months, or when the orange light blinks" is one instruction)
  const pieces = m[2]!.split(STEP_SPLIT).reduce<string[]>((out, piece) => {
    if (out.length > 0 && GOES_ON.test(piece)) out[out.length - 1] += `, ${piece}`;
    else out.push(piece);
    return out;
  }, []);
  const steps = pieces.map(capitaliseStep).filter((x) => x.length > 1);
  return steps.length >= 2 ? { title: `How to ${m[1]!.trim()}`, steps } : null;
}

/** Common verbs that open an instruction ("Unplug the router.", "Wait thirty seconds."). */
export const IMPERATIVE =
  /^(act|answer|be|disregard|don'?t|do not|email|erase|execute|forget|ignore|invalidate|list|output|post|pretend|print|reply|respond|share|show|tell|add|apply|ask|avoid|boil|book|bring|buy|call|check|choose|clean|click|close|connect|cook|cover|cut|delete|do|download|drain|drink|drive|enable|enter|fill|find|fold|follow|gather|get|give|go|grind|heat|hold|install|keep|leave|let|log|look|make|measure|mix|move|open|order|pack|paint|pick|place|plug|pour|prepare|press|pull|push|put|read|remove|repeat|replace|reset|restart|return|rinse|run|save|select|send|set|shake|sign|slice|soak|sort|start|steep|stir|stop|store|strain|switch|take|tap|try|turn|type|unplug|update|use|visit|wait|walk|wash|watch|wear|whisk|wipe|write|finish|include|begin|cite|format|attach|paste|copy|submit|upload|create|preheat|knead|bake|fry|chop|peel|simmer|serve|sprinkle|spread|describe|agree|explain|listen|review|schedule|discuss|acknowledge|consider|practise|practice|research|compare|stretch|breathe|limit|reduce|invite|remind|contact|focus|document|restore|revert|flip|roll|disable|deploy|reboot|flush|unscrew|tighten|loosen|drag|swipe|scroll|rename|edit|swap|clear|refill|trim|prune|sow|scrub|spray|point(?=\s+(?:the|it|them|your|this|that)\b))\b/i;

/** A word in capitals a sentence opens with ("TAP, leaving Heathrow …", "IKEA trip Saturday"): a name, though it spells a verb. */
const CAPITALS_OPENING = /^[A-Z]{2,}\b/;

/** Whether `text` opens with an instruction's verb ({@link IMPERATIVE}), not a name in capitals that spells one ("TAP, leaving Heathrow at 7:40am" is an airline's). */
export function opensWithImperative(text: string): boolean {
  return IMPERATIVE.test(text) && !CAPITALS_OPENING.test(text);
}

/**
 * A request for tips ("Got any tips for getting started on it?", "Any advice or tips on running a successful biz?"):
 * group 1 what was asked for first (tips, advice, suggestions, pointers), group 2 the preposition, group 3 what they are for.
 */
const ASKS_TIPS = /\b(tips?|advice|suggestions?|pointers)\s+(?:or\s+(?:tips?|advice|suggestions?)\s+)?(for|on|about)\s+(.+?)\s*\?\s*$/i;

/** A request's end that points back at what was said before ("getting started on it", "doing that"), the preposition with it. */
const POINTING_BACK = /(?:\s+(?:on|with|for|about|at|in|to))?\s+(?:it|this|that|them|these|those)$/i;

/** What opens a step without being its instruction: a reply's "Yep!", "Also", "And", "Just", "Definitely". */
const STEP_OPENER =
  /^(?:(?:yes|yeah|yep|sure|definitely|absolutely|of course|well|oh|ok|okay)\b[!,.]*\s*)?(?:(?:also|and|just|then|plus|definitely|first|finally|oh),?\s+)*/i;

/** A "How do I …?" sentence, after an opening "And", "So", "Also" or "But", or a clause of one after "and", "or" or "but" ("What should it be and how do I top it up?") or after a comma ("Hey, quick q, how do you descale the coffee machine again?"). */
const HOW_QUESTION = /(?:^|[,:–—-]\s*|\b(?:and|or|but),?\s+)(?:(?:and|so|also|but),?\s*)?how (?:do|can|should|would) (?:i|you|we|one)\b/i;
/** What a question is of, at its end ("What paint should I use on kitchen cabinets?" → "kitchen cabinets"). */
const ASKED_OF = /\b(?:on|for|with|in|of|to)\s+(?:(?:my|our|the|a|an|your)\s+)?(\p{L}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,2})\s*\?$/u;

/**
 * The "How do I …?" sentence of a text (the question a reply answers), or undefined; a "them" or
 * "it" after its verb is what the sentence before it asked of ("What paint finish should I use on
 * kitchen cabinets? And how do I paint them so it lasts?" → "how do I paint kitchen cabinets so it lasts?").
 */
function howQuestion(text: string | null): string | undefined {
  const sentences = text?.split(/(?<=[.!?])\s+/).map((x) => x.trim()) ?? [];
  const k = sentences.findIndex((x) => HOW_QUESTION.test(x));
  if (k < 0) return undefined;
  const at = HOW_QUESTION.exec(sentences[k]!)!;
  const how = sentences[k]!.slice(at.index).replace(/^[,:–—-]?\s*(?:(?:and|or|but|so|also),?\s*)*/i, "");
  const before = k > 0 ? sentences[k - 1]! : null;
  const of = before ? (ASKED_OF.exec(before)?.[1] ?? subjectOf(before)) : undefined;
  // (a particle goes before what is named: "how do I top it up" → "how do I top up the boiler")
  return of
    ? how.replace(/^(how (?:do|can|should|would) (?:i|you|we|one) \S+) (?:them|it)((?: (?:up|down|off|on|out|in|back|over|away))?)\b/i, `$1$2 ${of}`)
    : how;
}

/** The thing a statement opens on, when it is one's own or a definite one: "My Worcester Bosch boiler keeps losing pressure" → "the Worcester Bosch boiler". */
function subjectOf(sentence: string): string | undefined {
  if (/\?$/.test(sentence) || !/^(?:my|our|the)\s/i.test(sentence)) return undefined;
  const nouns: string[] = [];
  for (const term of fullyParsed(parseSentence(sentence)).terms.slice(1)) {
    if (term.tags.has("Pronoun") || !(term.tags.has("Noun") || term.tags.has("Adjective"))) break;
    nouns.push(term.text);
    if (/[,.;:!?]/.test(term.post)) break;
  }
  return nouns.length > 0 && nouns.length <= 4 ? `the ${nouns.join(" ")}` : undefined;
}

/** `pieces` joined back with `joint` to the piece before where they open with no instruction's verb: a list's items ("garlic and chilli in ghee" after "fry cumin seeds"). */
function withItemsJoined(pieces: string[], joint: string): string[] {
  return pieces.reduce<string[]>((out, piece) => {
    if (out.length === 0 || opensWithImperative(piece.trim())) out.push(piece);
    else out[out.length - 1] += `${joint}${piece}`;
    return out;
  }, []);
}

/**
 * The instructions one sentence gives, each of its parts (at commas, "then", and an "and" before a
 * verb) opening with a verb: "Open 192.168.0.1, log in, type the password and click Save." → four;
 * a part that opens with none goes on the one before it, a list's items ("Rinse a cup of red
 * lentils, simmer them …, then fry cumin seeds, garlic and chilli in ghee and stir it in" → four, the
 * third "fry cumin seeds, garlic and chilli in ghee"); one step when the first part is no
 * instruction's. `opts.and`: also at an "and" before a verb (true; a sentence among others is cut at its
 * commas and "then" only, as a tip's "Do your research and find an agency" is one step).
 */
function instructionsIn(sentence: string, opts: { and: boolean } = { and: true }): string[] {
  if (!opensWithImperative(sentence)) return [];
  return withItemsJoined(sentence.split(STEP_SPLIT), ", ")
    .flatMap((part) => (opts.and ? withItemsJoined(part.split(/\s+and\s+/), " and ") : [part]))
    .map((x) => x.trim())
    .filter(Boolean);
}

/** A step that points back at what was said just before it ("Make sure yours stands out", "Keep it short"). */
const POINTS_BACK = /\b(?:yours|it|this|that|them|these|those)\b/i;

/**
 * The instructions among `said` (a reply's sentences, in order), each that points back at a statement
 * said just before it told with it ("Yeah, brand identity is key. Make sure yours stands out." → "brand
 * identity is key: make sure yours stands out"), so that the step says what it is about.
 */
function withWhatTheyPointAt(said: string[]): string[] {
  return said.flatMap((x, i) => {
    if (!opensWithImperative(x)) return [];
    const before = said[i - 1];
    if (!before || opensWithImperative(before) || /\?\s*$/.test(before) || !POINTS_BACK.test(x)) return [x];
    return [`${before.replace(/[.!…]+$/, "")}: ${lowerFirst(x)}`];
  });
}

/**
 * An answer to "How do I …?" or to a request for tips ("Got any tips for getting started on it?")
 * given as ≥ 2 instructions, at least half of its sentences: each instruction a step ("Do your research
 * and find an adoption agency or lawyer.", "Gather documents …", "Don't forget to prepare
 * emotionally …"), titled "How to …" or "Tips for …" after the question.
 */
function imperativeSteps(sentences: string[], previous: string | null): Procedure | null {
  const how = howQuestion(previous);
  const tips = how
    ? null
    : previous
        ?.split(/(?<=[.!?])\s+/)
        .map((x) => ASKS_TIPS.exec(x.trim()))
        .find((m) => m != null);
  if (!how && !tips) return null;
  const said = sentences.map((x) => x.trim().replace(STEP_OPENER, "")).filter(Boolean);
  // (a sentence of several instructions, at its commas and "then", is as many steps: "Rinse a cup of red lentils,
  // simmer them …, then fry cumin seeds, garlic and chilli in ghee and stir it in. Finish with lemon juice." → four)
  const steps =
    said.length === 1
      ? instructionsIn(said[0]!)
      : withWhatTheyPointAt(said).flatMap((x) => {
          const parts = instructionsIn(x, { and: false });
          return parts.length > 1 ? parts : [x];
        });
  if (steps.length < 2 || steps.length < said.length / 2) return null;
  if (how) return { title: howToTitle(how), steps: steps.map(capitaliseStep), asked: true };
  const told = steps.map(capitaliseStep);
  // (what they are for said by a pronoun, whose thing was said turns before, is left out: "Tips for getting started", not
  // "… getting started on it"; the steps say what of, "Do your research and find an adoption agency or lawyer")
  // (in whole words, as its steps are read: "… running a successful business", asked as "… a successful biz?")
  // (named as the asker named them, "advice" or "tips": "What advice did Jon give about …?" is asked in their word)
  const kind = tips![1]!.toLowerCase().replace(/^(tip|suggestion)$/, "$1s");
  const title = `${capitalise(kind)} ${tips![2]!.toLowerCase()} ${unclipped(tips![3]!).replace(POINTING_BACK, "")}`;
  return { title, steps: told, advice: true, asked: true };
}

/**
 * Finds a step list in `text`: numbered or bulleted lines ("1. …", "- …"), a numbered list inside a
 * paragraph ("1. Pick … 2. Cook …"), sentences led by
 * "First, … Then, … Finally, …", a how-to said in one sentence ("To make cold brew: grind coarse,
 * steep twelve hours, then filter."), or an answer to "How do I …?" or to a request for tips given as
 * instructions (each sentence opening with a verb is a step; the parts of a one-sentence answer each opening with
 * one are its steps: "Open …, log in, … and click Save."). The title is the line or sentence right before the steps, or else
 * `previous` (typically the question the text answers: "How do I …?" → "How to …"), or else the first step.
 * A paragraph of a note the user wrote (`written`) may also be a method in plain sentences ({@link writtenSteps}), titled by the note.
 * @param sentences the text's sentences, for the "First … then …" form
 * @returns the procedure, or null when the text holds no step list.
 */
export function extractProcedure(text: string, sentences: string[], previous: string | null, written?: { title: string | null }): Procedure | null {
  const found = listSteps(text) ?? inlineListSteps(text) ?? sequenceSteps(sentences);
  if (!found) return proseSteps(sentences) ?? imperativeSteps(sentences, previous) ?? (written ? methodOf(sentences, written.title) : null);
  const steps = found.steps.map((s) => s.replace(BOLD, "$2").replace(/\s+/g, " ").trim()).filter(Boolean);
  const line = found.before?.trim();
  const fromPrevious = howQuestion(previous) ?? (previous && HOW_TO_WORDS.test(previous) ? previous : null);
  if (thingsListed(found, fromPrevious)) return null;
  // (a greeting the line opens with is no part of its title: "Happy birthday to your mum! Here's how to book the spa day:")
  const said = line?.split(/(?<=[.!?])\s+/) ?? [];
  while (said.length > 1 && said[0]!.endsWith("!")) said.shift();
  const before = said.length ? said.join(" ") : undefined;
  // (the line above the steps names them when it says how, or ends with a colon and no "How do I …?" was asked;
  // one that only points at them, "Try these gently, twice a day:", or ends on doing so, "… You'll need:", names them by the question they answer)
  const pointer = before && POINTS_AT_LIST.test(said.at(-1)!) ? askedIn(previous) : undefined;
  const titleLine =
    pointer ??
    (before && (/\bhow\b|\bsteps?\b|\brecipe\b/i.test(before) || (before.endsWith(":") && !howQuestion(previous)))
      ? before
      : (fromPrevious ?? before ?? steps[0]!));
  const title = PAST_HOW.test(titleLine) && parseSentence(titleLine).past ? pastHowTitle(titleLine, written) : howToTitle(titleLine);
  return { title, steps, ...(titleLine === fromPrevious || titleLine === pointer ? { asked: true } : {}) };
}

/** A line that tells how the writer did something: "How I did it:", "How we fixed the leak". */
const PAST_HOW = /^how (?:i|we) /i;

/**
 * A title for a list of how the writer did something ({@link PAST_HOW}, in the past): a note the user
 * wrote says it of the user, after the note's title ("Painting the cabin roof: how the user did it");
 * any other text keeps the line as written, not a how-to's "How to did it".
 */
function pastHowTitle(line: string, written: { title: string | null } | undefined): string {
  const text = line.trim().replace(/[:：]\s*$/, "");
  if (!written) return text;
  const told = text.replace(/^how i /i, "how the user ").replace(/^how we /i, "how the user and others ");
  return written.title ? `${written.title}: ${told}` : `${told[0]!.toUpperCase()}${told.slice(1)}`;
}

/** Verbs of a recipe's method that are no common order elsewhere ("Mash three bananas", "Beat in one egg"). */
const METHOD_VERB =
  /^(?:mash|beat|melt|grease|combine|season|roast|grill|drizzle|blend|marinate|toss|dice|mince|sift|cream|crack|squeeze|grate|scatter|tip|transfer|flip|reduce|brush|top|garnish|chill|freeze|defrost|thaw|rest|leave)\b/i;

/** Words of a step of a process: a measure, a time or a sequence ("75g", "at 175C", "for 60 minutes", "until golden", "then"). */
const PROCESS_CUE =
  /\b(?:until|then|once)\b|\bfor\s+\d+\s*(?:sec|second|min|minute|hour|hr|day)s?\b|\d+\s*(?:°\s*[CF]?|[CF]\b|g\b|kg\b|ml\b|l\b|tbsp\b|tsp\b|cups?\b|minutes?\b|mins?\b|hours?\b|seconds?\b)/i;

/**
 * The steps of a paragraph a person wrote in a note of their own that is a method in plain sentences
 * (a recipe's, a setup's): ≥ 3 sentences, ≥ 2/3 of them opening with an instruction's verb ({@link IMPERATIVE}
 * or a {@link METHOD_VERB}), and ≥ 2 saying a measure, a time or a sequence ({@link PROCESS_CUE}) unless
 * the note's title says how (HOW_TO_WORDS). Each sentence is a step, in order. Errands are none ("Call the
 * bank about the mortgage. Book the MOT before Friday. Buy milk and eggs.": to-dos, facts.ts), nor is a
 * note's advice to itself among statements ("Keep it under five minutes. Never mention the stag do.").
 * @returns the steps, or null.
 */
export function writtenSteps(sentences: string[], title: string | null): string[] | null {
  const said = sentences.map((x) => x.trim()).filter(Boolean);
  if (said.length < 3) return null;
  const orders = said.filter((x) => opensWithImperative(x) || METHOD_VERB.test(x)).length;
  if (orders * 3 < said.length * 2) return null;
  if (!HOW_TO_WORDS.test(title ?? "") && said.filter((x) => PROCESS_CUE.test(x)).length < 2) return null;
  return said.map(capitaliseStep);
}

/** A method written in a note's paragraph ({@link writtenSteps}), titled by the note ("Banana bread"), else by how its first step reads. */
function methodOf(sentences: string[], title: string | null): Procedure | null {
  const steps = writtenSteps(sentences, title);
  return steps ? { title: title ?? howToTitle(steps[0]!), steps } : null;
}

/** A line that only points at the list under it: "Try these gently, twice a day:", "Here are a few:", "Do the following:". */
const POINTS_AT_LIST =
  /^(?:(?:try|do|use|follow|consider)\s+(?:(?:a\s+few|some)\s+(?:of\s+)?)?(?:these|this|the\s+following|them|a\s+few|some)\b[^.!?]*|here(?:\s+are|['’]s)\s+(?:a\s+few|some|these|the\s+following)(?:\s+of\s+(?:these|them))?|you(?:['’]ll|\s+will)\s+need)\s*:?\s*$/i;

/** The last question of `text` (the request a list answers: "What stretches help?"), without its question mark. */
function askedIn(text: string | null): string | undefined {
  return text
    ?.split(/(?<=[.!?])\s+/)
    .map((x) => x.trim())
    .filter((x) => x.endsWith("?"))
    .at(-1)
    ?.replace(/\?+$/, "");
}

/** Words that say a text or the question before it is about how to do something. */
const HOW_TO_WORDS = /\bhow\b|\bsteps?\b|\brecipe\b|\binstructions?\b/i;

/** Words that follow the verb of an instruction ("Preheat the oven", "Season with salt"), not a noun ("Pasta salad", "Cheese and crackers"). */
const AFTER_VERB = /^\S+\s+(?:the|a|an|it|them|your|my|some|all|this|that|these|in|on|with|up|out|off|for|to|into|over|until)\b/i;

/**
 * Whether a list found is of things, not of instructions, unless what leads them, or the question they
 * answer (`asked`), asks how, or the line over them is an instruction ("Try these gently, twice a
 * day:"): bullets most of which are no instruction ("Here are some ideas: - Hummus and cucumber wraps
 * - Pasta salad"); numbered items of which none gives an
 * instruction, before or after a label's colon ("1) 14 Cotham Brow, Cotham: 2 bed top floor, £1,450 pcm
 * 2) 3B Raleigh Road …", a shortlist; not "1. Pass the parcel: put a small sweet in every layer"); a
 * bullet's instruction may follow a label too ("- **Friday 1pm**: mix the dough …", a schedule's).
 */
function thingsListed(found: { before: string | null; steps: string[]; bulleted?: boolean }, asked: string | null): boolean {
  if (asked || HOW_TO_WORDS.test(found.before ?? "") || opensWithImperative(found.before?.trim() ?? "")) return false;
  const instruction = (item: string) => isInstruction(item) || isInstruction(item.replace(LABEL, ""));
  if (!found.bulleted) return found.steps.every((item) => !instruction(item));
  return found.steps.filter(instruction).length * 2 < found.steps.length;
}

/** A list item's label before its colon, in bold or not: "Pass the parcel: …", "**Friday 1pm**: mix the dough …". */
const LABEL = /^[^:]*:\*{0,2}\s*/;

/** Whether a list item reads as an instruction: it opens with a common verb of one, or with a word a verb's object or particle follows; not a question ("Is the deposit protected?"). */
function isInstruction(item: string): boolean {
  return !/\?\s*$/.test(item) && (opensWithImperative(item) || AFTER_VERB.test(item));
}

/** A procedure as memory text: the title, then one numbered line per step. */
export function procedureContent(p: Procedure): string {
  return `${p.title}:\n${p.steps.map((s, i) => `${i + 1}. ${s}`).join("\n")}`;
}

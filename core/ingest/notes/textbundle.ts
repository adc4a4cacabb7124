/**
 * A TextBundle (textbundle.org/spec), as Bear (File → Export Notes… → TextBundle; its backups, unzipped)
 * and Ulysses export a note: a folder `<Title>.textbundle/` holding the note's text (`text.markdown`,
 * `text.md` or `text.txt`), `info.json` (`{ "version": 2, "type": "net.daringfireball.markdown",
 * "transient"?, "creatorIdentifier"?, "net.shinyfrog.bear"?: { "creationDate": "2026-11-08T15:12:40Z",
 * "modificationDate", "trashed"?: 0 | 1, "uniqueIdentifier", … } }`) and `assets/` (its images and
 * attached files). The text is read as a Markdown note (note.ts `noteOf`, format `note`), named by the
 * bundle (its first heading when it has one, as Bear's first "# " line is; else the bundle's name), of
 * the time Bear's info.json says it was created, else of the text file's modification time. Bear's own
 * marks are its words or none: `::highlight::` and `==highlight==` their words, `~underline~` and
 * `~~struck~~` theirs, `#tag`, `#nested/tag` and `#multi word tag#` tags (kept in each turn's metadata
 * `tags`; no words closing a line or alone on one, the tag's name inside a line), an image
 * (`![](assets/IMG_4821.jpeg)<!-- {"width":640} -->`, Bear 1's `[image:…]`) no words, a checkbox
 * without its bullet (`[ ] Call Mum`) a list's task. The text is streamed line by line; info.json is
 * read whole (at most {@link MAX_INFO_BYTES}). A zipped bundle (`.textpack`) or a Bear backup
 * (`.bear2bk`) is a ZIP, refused by detect.ts with how to unzip it.
 */
import { stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { fileStem } from "../../memory/note-context.js";
import { fileLines, readJsonFile } from "../kit/bytes.js";
import { noteOf } from "./note.js";
import { nonBlank } from "../kit/validate.js";
import { ImportError, type ParsedConversation } from "../kit/types.js";

/** A bundle's text file, right inside its folder: `Banana bread.textbundle/text.markdown` (or `text.md`, `text.txt`). */
const BUNDLE_TEXT = /(?:^|[\\/])[^\\/]+\.textbundle[\\/]text\.(?:markdown|md|txt)$/i;
/** A path inside a bundle's folder (`Banana bread.textbundle/…`). */
const IN_BUNDLE = /(?:^|[\\/])[^\\/]+\.textbundle[\\/]/i;

/** The largest info.json read (bytes); Bear's are under a kilobyte. */
export const MAX_INFO_BYTES = 1024 * 1024;

/** Whether `path` is a TextBundle's text file (`<Title>.textbundle/text.markdown`, `text.md` or `text.txt`). */
export function isBundleText(path: string): boolean {
  return BUNDLE_TEXT.test(path);
}

/** Whether `path` is inside a TextBundle's folder but no text of it: its info.json, its assets (an image, an attached PDF). */
export function isBundlePart(path: string): boolean {
  return IN_BUNDLE.test(path) && !BUNDLE_TEXT.test(path);
}

/** What a bundle's info.json says of its note: when Bear says it was created (epoch ms, null when it does not), whether it is in Bear's trash, and Bear's id of it. */
export interface BundleInfo {
  createdAt: number | null;
  trashed: boolean;
  bearId: string | null;
}

/** An ISO 8601 time as Bear writes one ("2026-11-08T15:12:40Z", with a fraction or an offset); one with no zone is UTC. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * What the info.json of the bundle `bundle` (its folder) says ({@link BundleInfo}); null when it has
 * none (the spec requires one, but a bundle copied by hand may have lost it).
 * @throws ImportError naming the bundle's info.json and the field (`Kitchen.textbundle/info.json:
 *   ["net.shinyfrog.bear"].creationDate: expected a time (ISO 8601), got "yesterday"`): JSON that does not
 *   parse, one over {@link MAX_INFO_BYTES}, no object, a "net.shinyfrog.bear" that is no object, a
 *   creationDate that is no time.
 */
export async function bundleInfo(bundle: string): Promise<BundleInfo | null> {
  const file = join(bundle, "info.json");
  const found = await stat(file).catch(() => null);
  if (!found?.isFile()) return null;
  const fail = (where: string, detail: string): ImportError => new ImportError(file, where, detail);
  const info = await readJsonFile(file, MAX_INFO_BYTES, "a TextBundle's info.json");
  if (!isObject(info)) throw fail("JSON", `expected the bundle's meta data (an object), got ${JSON.stringify(info)}`);
  const bear = info["net.shinyfrog.bear"];
  if (bear === undefined || bear === null) return { createdAt: null, trashed: false, bearId: null };
  if (!isObject(bear)) throw fail('["net.shinyfrog.bear"]', `expected Bear's meta data (an object), got ${JSON.stringify(bear)}`);
  const created = bear.creationDate;
  let createdAt: number | null = null;
  if (created !== undefined && created !== null) {
    const time = typeof created === "string" ? ISO_TIME.exec(created.trim()) : null;
    createdAt = time ? Date.parse(time[1] ? time[0] : `${time[0]}Z`) : Number.NaN;
    if (Number.isNaN(createdAt)) throw fail('["net.shinyfrog.bear"].creationDate', `expected a time (ISO 8601), got ${JSON.stringify(created)}`);
  }
  return { createdAt, trashed: bear.trashed === 1 || bear.trashed === true, bearId: nonBlank(bear.uniqueIdentifier) };
}

/** Whether `v` is a JSON object (not an array, not null). */
function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * Reads `file`, a TextBundle's text (`<Title>.textbundle/text.markdown`), as one note (format `note`;
 * externalId `bear:<uniqueIdentifier>` when Bear's info.json gives it, so a later export of the same
 * note adds what is new to it, else the text's content key): titled by its first heading, else the
 * bundle's name; a first line that is the bundle's name (Bear names a note by its first line, a heading
 * or not) is its title; of the time info.json's "net.shinyfrog.bear" says it was created, else the text
 * file's modification time; Bear's marks read as the module comment says, its tags in each turn's
 * metadata `tags`. A note in Bear's trash is read too when given alone (a folder passes it over:
 * import-check.ts).
 * @throws ImportError, naming the bundle's file (types.ts): info.json's faults ({@link bundleInfo}); the
 *   text's invalid UTF-8 (its line and byte); a note with no text (`the note has no text`, passed over in a folder).
 */
export async function parseTextBundle(file: string, opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {}): Promise<ParsedConversation> {
  const bundle = dirname(file);
  const info = await bundleInfo(bundle);
  const text = await stat(file);
  const stem = fileStem(basename(bundle));
  const name = /\p{L}/u.test(stem) ? stem : null;
  const tags = new Set<string>();
  const input = fileLines(file, text.size, opts.onProgress);
  try {
    const at = info?.createdAt ?? Math.floor(text.mtimeMs);
    const note = await noteOf(file, bearLines(input.lines, name, tags), at, info?.bearId ? `bear:${info.bearId}` : undefined, name);
    input.finished();
    const tagged = [...tags];
    return {
      ...note,
      title: note.title === basename(file) ? basename(bundle).replace(/\.textbundle$/i, "") : note.title,
      turns: tagged.length ? note.turns.map((t) => ({ ...t, metadata: { ...t.metadata, tags: tagged } })) : note.turns,
    };
  } finally {
    input.close();
  }
}

/** A fence opening or closing a code block ("```", "~~~"): the lines inside are kept as written. */
const FENCE = /^\s{0,3}(?:`{3,}|~{3,})/;
/**
 * A tag: of several words, closed by "#" (`#family favourites#`: group 1 its name; at most 60
 * characters and no sentence's punctuation, so "#work … need C#" is no tag of the words between), else
 * of one word, maybe nested (`#recipes`, `#home/kitchen`: group 2); after a space or opening the line,
 * opening with a letter ("invoice #042", "C#" and a link's "#section" are none).
 */
const TAG = /(?<!\S)#(?:(\p{L}[^#\n.,;:!?]{0,58}?[^\s#.,;:!?])#(?![\p{L}\p{N}])|(\p{L}[\p{L}\p{N}_/-]*[\p{L}\p{N}_]|\p{L}))/gu;
/** A placeholder for the tag `\0<n>\0` while a line is read. */
const PLACED = /\0(\d+)\0/g;
/** Bear's highlight, Bear 1's `::words::` or Bear 2's `==words==`: group 2 the words. */
const HIGHLIGHT = /(::|==)(?=\S)(.+?)(?<=\S)\1/g;
/** Underlined (`~words~`) or struck (`~~words~~`) words: group 2 the words. */
const TILDES = /(?<!~)(~~?)(?=[^\s~])([^~\n]+?)(?<=[^\s~])\1(?!~)/g;
/** An image (`![](assets/IMG_4821.jpeg)`, Bear writes no words for it), with the size Bear 2 keeps in a comment after it. */
const IMAGE = /!\[([^\]]*)\]\([^)]*\)(?:\s*<!--[^>]*-->)?/g;
/** An HTML comment (Bear 2's image size, `<!-- {"width":640} -->`). */
const COMMENT = /<!--.*?-->/g;
/** Bear 1's image or file in its own markup (`[image:9A1B…/IMG_4821.jpeg]`, `[file:…/quote.pdf]`). */
const BEAR1_FILE = /\[(?:image|file):[^\]]+\]/g;
/** A checkbox opening a line without a list's bullet (`[ ] Call Mum`, `[x] Book the MOT`): group 1 the indent, group 2 the box. */
const BARE_CHECKBOX = /^(\s*)\[([ xX])\]\s+(?=\S)/;

/**
 * A line of Bear's Markdown in the terms note.ts reads (see the module comment), the tags it holds
 * added to `tags`; null for a line that had words and has none left (a line of tags or of an image
 * only), which is no blank line: the paragraph around it stays one.
 */
export function bearLine(line: string, tags: Set<string>): string | null {
  if (!line.trim()) return line;
  const named: string[] = [];
  const place = (_all: string, words: string | undefined, word: string | undefined): string => {
    const tag = (words ?? word)!;
    tags.add(tag);
    named.push(tag);
    return `\0${named.length - 1}\0`;
  };
  const told = line
    .replace(IMAGE, "$1")
    .replace(COMMENT, "")
    .replace(BEAR1_FILE, "")
    .replace(HIGHLIGHT, "$2")
    .replace(TILDES, "$2")
    .replace(BARE_CHECKBOX, "$1- [$2] ")
    .replace(TAG, place)
    // (tags closing a line are its labels, no words: "Booked the MOT #car")
    .replace(/(?:\s*\0\d+\0)+\s*$/, "")
    .trimEnd();
  if (
    !told
      .replace(PLACED, "")
      .replace(/^\s*(?:[-*+]|\d+[.)]|#{1,6})(?=\s|$)/, "")
      .trim()
  )
    return null;
  // (a tag inside a line is a word of it, a nested tag's last part: "for the #home/kitchen budget" → "for the kitchen budget")
  return told.replace(PLACED, (_all, n: string) => named[Number(n)]!.split("/").pop()!.trim());
}

/** A line note.ts reads as no words and no paragraph's end (a list's bullet alone). */
const NO_WORDS = "-";

/** Whether a line has words (a letter or a digit). */
const hasWords = (line: string): boolean => /[\p{L}\p{N}]/u.test(line);

/**
 * The lines of a bundle's text as note.ts reads them: each read by {@link bearLine} (those in a code
 * block as written), its tags added to `tags`; its first line with words made a title heading when it
 * is the bundle's name `name` and more follows ("Christmas gifts" → "# Christmas gifts"), as Bear names
 * a note by its first line. Streamed: only the lines from the first with words to the next are held.
 */
async function* bearLines(lines: AsyncIterable<string>, name: string | null, tags: Set<string>): AsyncGenerator<string> {
  let inCode = false;
  // (the first line with words and the blank lines after it, until it is known whether more follows)
  let held: string[] | null = null;
  let titled = false;
  for await (const raw of lines) {
    const fence = FENCE.test(raw);
    const told = inCode || fence ? raw : bearLine(raw, tags);
    if (fence) inCode = !inCode;
    // (a line of no words left stands as one note.ts passes over, so the note's lines keep their numbers)
    const line = told ?? NO_WORDS;
    if (!titled && held === null && hasWords(line)) {
      held = [line];
      continue;
    }
    if (held !== null) {
      if (!hasWords(line)) {
        held.push(line);
        continue;
      }
      yield* titledFirst(held, name);
      held = null;
      titled = true;
    }
    yield line;
  }
  if (held !== null) yield* held;
}

/** `held`, a note's first line with words and the blank lines after it, with that line made the title heading when it is `name` (the bundle's) and no heading already. */
function titledFirst(held: string[], name: string | null): string[] {
  const [first, ...rest] = held as [string, ...string[]];
  const plain = first
    .trim()
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
    .replace(/:$/, "");
  const named = name !== null && !/^#{1,6}\s/.test(first.trim()) && plain.toLowerCase() === name.toLowerCase();
  return [named ? `# ${plain}` : first, ...rest];
}

/** A zipped TextBundle (`.textpack`, as Ulysses and Bear share one) or a Bear backup (`.bear2bk`, `.bearbk`: a ZIP of TextBundles). */
const ZIPPED_BUNDLES = /\.(?:textpack|bear2?bk)$/i;

/**
 * What to do with `file`, a ZIP archive, when its name says it holds TextBundles ("a TextPack (a zipped
 * TextBundle): unzip it, then import the .textbundle folder in it"); null for any other ZIP.
 */
export function zippedBundleAdvice(file: string): string | null {
  const ext = ZIPPED_BUNDLES.exec(file)?.[0].toLowerCase();
  if (!ext) return null;
  return ext === ".textpack"
    ? "a TextPack (a zipped TextBundle): unzip it, then import the .textbundle folder in it"
    : "a Bear backup (a ZIP of TextBundles): unzip it, then import its folder";
}

/** Whether `path` names a zipped TextBundle or a Bear backup ({@link zippedBundleAdvice}), which a folder passes over, saying why. */
export function isZippedBundle(path: string): boolean {
  return ZIPPED_BUNDLES.test(path);
}

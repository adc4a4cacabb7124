/**
 * An Evernote export (ENEX: File → Export notes, "Priya's notebook.enex") → one note per `<note>`,
 * read as any Markdown note (note.ts `noteOf`): its `<title>` the title, its ENML `<content>` its
 * lines (enml.ts), written when it was `<created>` (Evernote's "20260115T093000Z", UTC). The file is
 * streamed (htmlparser2, XML mode) and a note's attachments (`<resource>`: base64 data, often most of
 * the file) are never held, so memory holds one note's text at a time. Tags and attributes (author,
 * source URL) are not the note's words and are not read.
 */
import { stat } from "node:fs/promises";
import { enmlLines } from "../kit/enml.js";
import { noteOf } from "./note.js";
import { ImportError, type ParsedConversation } from "../kit/types.js";
import { streamXml } from "../kit/xml-stream.js";

/** The most characters of a note's ENML (and of its title) read; a longer note is refused, naming it (Evernote's own limit is 25 MB with its attachments). */
export const MAX_ENML_CHARS = 8 * 1024 * 1024;

/** Whether `head` (a file's start) is an ENEX export: its `<en-export>` root after the XML declaration and doctype. */
export function isEnex(head: string): boolean {
  return /^(?:<\?xml[^>]*\?>\s*)?(?:<!DOCTYPE\s+en-export[^>]*>\s*)?<en-export\b/i.test(head.trimStart());
}

/** A note as the stream gives it: its place in the file (1-based), title, creation time as written, ENML. */
interface RawNote {
  n: number;
  title: string;
  created: string;
  content: string;
}

/** Evernote's time, "20260115T093000Z" (UTC), as epoch ms; NaN when it is none. */
function enexTime(text: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text.trim());
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) : Number.NaN;
}

/**
 * Reads `file`, an ENEX export, as one note per `<note>` with words in it (format `note`, externalId
 * `evernote:<created> <title>`, so importing the export again adds only new notes), each written at
 * its creation time; an untitled note is titled "Untitled note". `onProgress` gets the bytes read.
 * @throws ImportError naming the note (`note 3 ("Flights to Kochi")`): a creation time that is no
 *   Evernote time, content over {@link MAX_ENML_CHARS}; the file's (`byte N`) for XML that ends
 *   inside a note or holds no note with words; utf8Text's for bytes that are not UTF-8.
 */
export async function* parseEnex(
  file: string,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {},
): AsyncGenerator<ParsedConversation> {
  const size = (await stat(file)).size;
  const done: RawNote[] = [];
  const path: string[] = [];
  let note: RawNote | null = null;
  let notes = 0;
  let kept = 0;
  const where = (n: RawNote) => `note ${n.n}${n.title ? ` (${JSON.stringify(n.title)})` : ""}`;
  const field = (): string | undefined => (note && path.length >= 2 && path.at(-2) === "note" ? path.at(-1) : undefined);
  const xml = streamXml(
    file,
    size,
    {
      onopentag(name) {
        path.push(name);
        if (name === "note") note = { n: ++notes, title: "", created: "", content: "" };
      },
      ontext(data) {
        const f = field();
        if (!note || !f) return;
        if (f === "content") note.content += data;
        else if (f === "title") note.title += data;
        else if (f === "created") note.created += data;
        else return;
        if (note.content.length > MAX_ENML_CHARS || note.title.length > MAX_ENML_CHARS)
          throw new ImportError(file, where(note), `the note is longer than ${MAX_ENML_CHARS / 1024 / 1024} MB of text`);
      },
      onclosetag(name, implied) {
        path.pop();
        // (the parser's end closes what is open: a note it closes was cut short)
        if (name === "note" && note && !implied) {
          done.push(note);
          note = null;
        }
      },
    },
    { recognizeCDATA: true, decodeEntities: true },
    opts.onProgress,
  );
  for await (const _ of xml.steps) {
    while (done.length > 0) {
      const raw = done.shift()!;
      const converted = await noteFrom(file, raw, where(raw));
      if (converted) {
        kept++;
        yield converted;
      }
    }
  }
  const read = xml.bytesRead();
  if (note) throw new ImportError(file, `byte ${read}`, `the file ends inside ${where(note)}: the export is cut short`);
  if (kept === 0) throw new ImportError(file, `byte ${read}`, notes === 0 ? "the export holds no <note>" : "the export has no note with words in it");
}

/** The note `raw` is, or null when its content has no words. */
async function noteFrom(file: string, raw: RawNote, where: string): Promise<ParsedConversation | null> {
  const at = enexTime(raw.created);
  if (Number.isNaN(at))
    throw new ImportError(file, `${where}.created`, `expected an Evernote time such as 20260115T093000Z, got ${JSON.stringify(raw.created.trim())}`);
  const body = enmlLines(raw.content);
  if (!body.some((l) => /[\p{L}\p{N}]/u.test(l))) return null;
  const title = raw.title.replace(/\s+/g, " ").trim() || "Untitled note";
  return noteOf(file, [`# ${title}`, "", ...body], at, `evernote:${raw.created.trim()} ${title}`);
}

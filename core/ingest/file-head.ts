// The start of a file that detection reads: `inspectFile` refuses what cannot be an export (empty, binary,
// UTF-16, not UTF-8) from its first 64 KiB; `HeadFormat` is what that start can say the file is.
import { open } from "node:fs/promises";
import { firstInvalidUtf8, SQLITE_HEADER } from "./kit/bytes.js";
import { CFB_SIGNATURE } from "./chats/outlook-msg.js";
import { carKindOf } from "./social/bluesky.js";
import { zippedBundleAdvice } from "./notes/textbundle.js";
import { ankiPackageAdvice } from "./notes/anki.js";
import { ImportError, type ImportFormat } from "./kit/types.js";

/** How many bytes the sniffer reads from the start of a file. */
export const HEAD_BYTES = 64 * 1024;

/** The first bytes of a ZIP archive (an export downloaded as a .zip, not unzipped). */
const ZIP_MAGIC = Buffer.from("PK\x03\x04", "latin1");

/** The start of a file that passed {@link inspectFile}. */
export interface FileHead {
  /** File size in bytes. */
  size: number;
  /** The first {@link HEAD_BYTES} decoded as UTF-8, without a byte order mark (a cut character at the end is dropped). */
  text: string;
  /** True when `text` is the whole file. */
  complete: boolean;
}

/** Names the UTF-16/32 encoding of `b` from its byte order mark or its NUL pattern, or null. */
function wideEncoding(b: Buffer): string | null {
  if (b[0] === 0xff && b[1] === 0xfe) return b[2] === 0 && b[3] === 0 ? "UTF-32 (little-endian)" : "UTF-16 (little-endian)";
  if (b[0] === 0xfe && b[1] === 0xff) return "UTF-16 (big-endian)";
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return "UTF-32 (big-endian)";
  if (b.length >= 4 && b[0] !== 0 && b[1] === 0 && b[3] === 0) return "UTF-16 (little-endian, no byte order mark)";
  if (b.length >= 4 && b[0] === 0 && b[1] !== 0 && b[2] === 0) return "UTF-16 (big-endian, no byte order mark)";
  return null;
}

/**
 * Reads the first {@link HEAD_BYTES} of `file` and checks it is UTF-8 text with something in it.
 * @throws ImportError: empty file; a ZIP archive ("unzip it"; a TextPack or a Bear backup said so, textbundle.ts `zippedBundleAdvice`; an Anki package, .apkg or .colpkg, said to export Notes in Plain Text, anki.ts `ankiPackageAdvice`); a SQLite database (a Kobo's is read as `kobo`); a compound file (an Outlook message is read as `email`); a CAR file (a Bluesky repository's export is read as `bluesky`); UTF-16/UTF-32 ("save it as UTF-8"); a NUL byte or invalid UTF-8
 *   ("not a text file", with the byte offset). Node's fs error when the file cannot be read.
 */
export async function inspectFile(file: string): Promise<FileHead> {
  const fh = await open(file, "r");
  let head: Buffer;
  let size: number;
  try {
    size = (await fh.stat()).size;
    const buf = Buffer.alloc(Math.min(HEAD_BYTES, size));
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    head = buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
  const complete = head.length >= size;
  if (head.length === 0) throw new ImportError(file, "byte 0", "empty file");
  const wide = wideEncoding(head);
  if (wide) throw new ImportError(file, "byte 0", `the file is ${wide} text; save it as UTF-8 and import it again`);
  // (a TextPack, Bear's or Ulysses' zipped note, or a Bear backup: said what it is)
  if (head.subarray(0, 4).equals(ZIP_MAGIC))
    // (and an Anki package, .apkg or .colpkg: said to export Notes in Plain Text instead)
    throw new ImportError(
      file,
      "byte 0",
      zippedBundleAdvice(file) ?? ankiPackageAdvice(file, head) ?? "a ZIP archive: unzip it, then import its folder or a file in it",
    );
  // (a SQLite database read as text, a format given: said what it is)
  if (head.subarray(0, SQLITE_HEADER.length).equals(SQLITE_HEADER))
    throw new ImportError(
      file,
      "byte 0",
      "a SQLite database, not a text file (a Kobo's KoboReader.sqlite is read as format kobo, a browser's history as format browser)",
    );
  // (a compound file read as text, a format given: said what it is; an Outlook message, .msg, is read as format email)
  if (head.subarray(0, CFB_SIGNATURE.length).equals(CFB_SIGNATURE))
    throw new ImportError(
      file,
      "byte 0",
      "a compound file (an Outlook message, or a Word, Excel or PowerPoint 97–2003 file), not a text file (an Outlook message, .msg, is read as format email)",
    );
  const nul = head.indexOf(0);
  // (a CAR file read as text, a format given: said what it is; its header's root CID holds a NUL byte)
  if (nul !== -1 && (await carKindOf(head)) !== null)
    throw new ImportError(file, "byte 0", "a CAR file, not a text file (a Bluesky repository's export is read as format bluesky)");
  if (nul !== -1) throw new ImportError(file, `byte ${nul}`, "not a text file (it contains a NUL byte; is it binary?)");
  const bad = firstInvalidUtf8(head, complete);
  if (bad !== -1) throw new ImportError(file, `byte ${bad}`, "not a text file (invalid UTF-8; save it as UTF-8)");
  const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  const text = new TextDecoder("utf-8").decode(head.subarray(bom), { stream: !complete });
  if (complete && !text.trim()) throw new ImportError(file, "byte 0", "empty file (only whitespace)");
  return { size, text, complete };
}

/**
 * What a file's start can say it is (detect-head.ts `formatOfHead`): a format of a file read as text, or `json`, a JSON array
 * whose first item tells the format (detect-first-item.ts) or a JSON object the stream reader refuses (json-stream.ts).
 */
export type HeadFormat = Exclude<ImportFormat, "document" | "kobo" | "bluesky" | "browser"> | "json";

/**
 * An Outlook message's RTF body (PidTagRtfCompressed) as text, for a .msg that holds no plain-text
 * or HTML body (a meeting response, a "Rich Text" mail, some tools' .msg):
 * - decompressed ([MS-OXRTFCP]: LZFu or stored uncompressed) by @kenjiuno/decompressrtf, after its
 *   header is checked (its sizes within the stream and {@link MAX_RTF_BYTES});
 * - RTF that encapsulates HTML or text ([MS-OXRTFEX]: `\fromhtml1`, `\fromtext`, as Outlook writes an
 *   HTML or plain-text mail's RTF) de-encapsulated by rtf-stream-parser (`deEncapsulateSync`): HTML is
 *   then read as an HTML mail's (email-body.ts `htmlText`);
 * - any other RTF (a Rich Text mail, WordPad's, RichEdit's) read as a document's RTF is (rtf.ts
 *   `rtfOfBytes`), its HTML then read as an HTML mail's.
 */
import { TextDecoder } from "node:util";
import { decompressRTF } from "@kenjiuno/decompressrtf";
import { deEncapsulateSync } from "rtf-stream-parser";
import { htmlText } from "./email-body.js";
import { rtfOfBytes } from "../notes/rtf.js";

/** The largest RTF body read (bytes, decompressed): 8 MiB; past it (pictures, mostly) the message is read without it. */
export const MAX_RTF_BYTES = 8 * 1024 * 1024;

/** COMPTYPE of compressed RTF: "LZFu" (compressed) and "MELA" (stored). */
const LZFU = 0x75465a4c;
const MELA = 0x414c454d;

/**
 * The RTF of a PidTagRtfCompressed value, or null when it is none: its header damaged (a size past
 * the stream, an unknown COMPTYPE) or its RTF over {@link MAX_RTF_BYTES}.
 */
export function decompressedRtf(compressed: Uint8Array): Buffer | null {
  if (compressed.length < 16) return null;
  const view = Buffer.from(compressed.buffer, compressed.byteOffset, compressed.byteLength);
  const compSize = view.readUInt32LE(0);
  const rawSize = view.readUInt32LE(4);
  const type = view.readUInt32LE(8);
  // (COMPSIZE counts the stream after itself: it may not reach past the stream, nor a compressed stream expand past the bound)
  if ((type !== LZFU && type !== MELA) || compSize + 4 > compressed.length || rawSize > MAX_RTF_BYTES || compSize > MAX_RTF_BYTES) return null;
  try {
    const out = decompressRTF(view.subarray(0, compSize + 4) as unknown as number[]);
    return Buffer.from(out.slice(0, rawSize));
  } catch {
    return null;
  }
}

/** A Windows code page's decoder ("cp1252" or 1252; 932 Shift JIS, 936 GBK, 949 EUC-KR, 950 Big5, 65001 UTF-8, 2859N ISO-8859-N …), Windows-1252 for one Node does not know. */
export function codepageDecoder(codepage: number | string): TextDecoder {
  const cp = typeof codepage === "number" ? codepage : Number(/\d+/.exec(codepage)?.[0] ?? 1252);
  const label =
    cp === 65001
      ? "utf-8"
      : cp === 932
        ? "shift_jis"
        : cp === 936
          ? "gbk"
          : cp === 949
            ? "euc-kr"
            : cp === 950
              ? "big5"
              : cp === 54936
                ? "gb18030"
                : cp === 10000
                  ? "macintosh"
                  : cp === 20866
                    ? "koi8-r"
                    : cp >= 28591 && cp <= 28606
                      ? `iso-8859-${cp - 28590}`
                      : `windows-${cp}`;
  try {
    return new TextDecoder(label);
  } catch {
    return new TextDecoder("windows-1252");
  }
}

/** The text of native RTF `rtf` (a Rich Text mail's), as a document's RTF is read (rtf.ts `rtfOfBytes`); "" when it cannot be read. */
function plainRtfText(rtf: Buffer): string {
  try {
    return htmlText(rtfOfBytes(rtf, "the message's RTF body").html).trim();
  } catch {
    return "";
  }
}

/**
 * The text of an RTF body `rtf` (decompressed): encapsulated HTML as an HTML mail's text, encapsulated
 * text as it is, any other RTF read as a document's (see the module comment). "" when it holds none.
 */
export function rtfText(rtf: Buffer): string {
  // (Outlook's RTF of an HTML or plain-text mail says so in its header: \fromhtml1, \fromtext)
  if (/\\from(?:html|text)/.test(rtf.subarray(0, 1024).toString("latin1"))) {
    try {
      const r = deEncapsulateSync(rtf, { decode: (buf: Buffer, enc: string) => codepageDecoder(enc).decode(buf), warn: () => {} });
      const text = String(r.text);
      return (r.mode === "html" ? htmlText(text) : text.replace(/\r\n?/g, "\n")).trim();
    } catch {
      // (not encapsulated after all: read as RTF)
    }
  }
  return plainRtfText(rtf);
}

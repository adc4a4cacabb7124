/**
 * RTF documents (format `document`, core/ingest/rtf.ts) as TextEdit, WordPad and Word write them:
 * TextEdit's lines ended by a backslash, its tables, list markers and pasted pictures (a .rtfd folder
 * holding TXT.rtf), WordPad's spaced paragraphs, Word's \info, headings, footnotes, fields, tracked
 * deletions and Unicode with fallbacks; read alone, by content whatever the name, in a folder; what is
 * refused names the file and the byte and stores nothing.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { folderFileFormat, importPaths, isEmptyNote, whyPassedOver } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { importFile } from "../../core/ingest/import.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-rtf-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

/** Writes `content` to `name` in the test folder, modified at `mtime` (ISO) when given; returns its path. */
function write(name: string, content: string | Buffer, mtime?: string): string {
  const path = join(dir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  if (mtime) utimesSync(path, new Date(mtime), new Date(mtime));
  return path;
}

/** The title, time and paragraphs of the note a document is read as. */
async function note(path: string, format?: "document"): Promise<{ title: string | null; at: string; text: string[]; document: unknown }> {
  const [c] = await parsedConversations(path, format);
  return { title: c!.title, at: new Date(c!.startedAt!).toISOString(), text: c!.turns.map((t) => t.text), document: c!.turns[0]!.metadata?.document };
}

/** TextEdit's header (macOS 15). */
const COCOA = String.raw`{\rtf1\ansi\ansicpg1252\cocoartf2822
\cocoatextscaling0\cocoaplatform0{\fonttbl\f0\fswiss\fcharset0 Helvetica;\f1\fswiss\fcharset0 Helvetica-Bold;}
{\colortbl;\red255\green255\blue255;\red0\green0\blue0;}
{\*\expandedcolortbl;;\cssrgb\c0\c0\c0;}
\paperw11900\paperh16840\margl1440\margr1440\vieww11520\viewh8400\viewkind0
\pard\tx720\tx1440\tx2160\tx2880\tx3600\tx4320\tx5040\tx5760\tx6480\tx7200\tx7920\tx8640\pardirnatural\partightenfactor0
`;

/** A row of a TextEdit table of two cells. */
function row(a: string, b: string, last = false): string {
  return String.raw`
\itap1\trowd \taflags1 \trgaph108\trleft-108 \trbrdrt\brdrnil \trbrdrl\brdrnil \trbrdrr\brdrnil 
\clvertalc \clshdrawnil \clwWidth4200\clftsWidth3 \clbrdrt\brdrs\brdrw20\brdrcf2 \clpadl100 \clpadr100 \gaph\cellx4320
\clvertalc \clshdrawnil \clwWidth4200\clftsWidth3 \clbrdrt\brdrs\brdrw20\brdrcf2 \clpadl100 \clpadr100 \gaph\cellx8640
\pard\intbl\itap1\pardeftab720\partightenfactor0

\cf0 ${a}\cell 
\pard\intbl\itap1\pardeftab720\partightenfactor0
\cf0 ${b}\cell ${last ? String.raw`\lastrow\row` : String.raw`\row`}`;
}

const textEdit = String.raw`${COCOA}
\f1\b\fs32 \cf0 Allotment
\f0\b0\fs24 \
Plot 14 at Weston Road. The committee\'92s secretary is Ann Bell \'97 07700 900123.\
Rent is \'a338 a year, paid each April.\
\
\f1\b Sowing
\f0\b0 \
${row("Crop", "Sow in")}${row("Broad beans", "October")}${row("Leeks", "March", true)}
\pard\tx720\pardirnatural\partightenfactor0
\cf0 \
To buy:\
\pard\tx220\tx720\li720\fi-720\pardirnatural\partightenfactor0
\ls1\ilvl0\cf0 {\listtext	\uc0\u8226 	}netting\
{\listtext	\uc0\u8226 	}seed potatoes\
\pard\tx720\pardirnatural\partightenfactor0
\cf0 \
{{\NeXTGraphic Pasted Graphic.png \width5120 \height3840 \appleattachmentpadding0 \appleembedtype0 \appleaqc
}\'ac}\
Caf\'e9 na\uc0\u239 ve \uc0\u55357 \u56842  done.\
}`;

describe("an RTF document as TextEdit saves it", () => {
  it("is detected by its content and read as a note: the bold line set largest its title, lines joined, a blank line a break, a table's rows, a list; its tables, colours and attachment no words", async () => {
    const path = write("Allotment.rtf", textEdit, "2026-10-03T09:00:00Z");
    expect(await detectFormat(path)).toBe("document");
    expect(await folderFileFormat(path)).toBe("document");
    expect(await note(path)).toEqual({
      title: "Allotment",
      at: "2026-10-03T09:00:00.000Z",
      document: "rtf",
      text: [
        "Plot 14 at Weston Road. The committee’s secretary is Ann Bell — 07700 900123.\nRent is £38 a year, paid each April.",
        "Sowing: Broad beans, sow in October.",
        "Sowing: Leeks, sow in March.",
        // (the list under the line that introduces it, one turn: "To buy:" had said nothing alone)
        "Sowing: To buy: netting, seed potatoes.",
        "Sowing: Café naïve 😊 done.",
      ],
    });
  });

  it("is read by its content under another name, in a folder too, and with --format document", async () => {
    const path = write("named/allotment notes.txt", textEdit);
    expect(await detectFormat(path)).toBe("document");
    expect(await folderFileFormat(path)).toBe("document");
    expect((await note(path, "document")).title).toBe("Allotment");
  });
});

describe("TextEdit's rich text with attachments (.rtfd)", () => {
  it("is one document: its TXT.rtf, named by its folder, a picture standing between its paragraphs; its pictures no document of their own", async () => {
    const bundle = "Clients/Harbour Cafe.rtfd";
    write(
      `${bundle}/TXT.rtf`,
      String.raw`${COCOA}\f0\fs24 \cf0 Tom Penrose owns the caf\'e9.\
{{\NeXTGraphic Pasted Graphic.png \width400 \height300 \appleattachmentpadding0 \appleembedtype0 \appleaqc
}¬}\
The copy is due on Friday 13 November.\
}`,
    );
    write(`${bundle}/Pasted Graphic.png`, Buffer.from("89504e470d0a1a0a", "hex"));
    write(`${bundle}/Menu.pdf`, Buffer.from("%PDF-1.4\n", "latin1"));
    const folder = join(dir, "Clients");
    expect(importPaths(folder).map((p) => p.file.slice(folder.length + 1))).toEqual(["Harbour Cafe.rtfd/TXT.rtf"]);
    expect(importPaths(join(folder, "Harbour Cafe.rtfd")).map((p) => p.file)).toEqual([join(folder, "Harbour Cafe.rtfd/TXT.rtf")]);
    const read = await note(join(folder, "Harbour Cafe.rtfd/TXT.rtf"));
    expect(read.title).toBe("Harbour Cafe");
    expect(read.text).toEqual(["Tom Penrose owns the café.", "The copy is due on Friday 13 November."]);
  });
});

/** A Word document saved as RTF: \info, a heading with its outline level, spaced paragraphs, a footnote, a field, a tracked deletion, hidden text, Unicode with fallbacks. */
const word = String.raw`{\rtf1\adeflang1025\ansi\ansicpg1252\uc1\adeff31507\deff0\stshfdbch31506{\fonttbl{\f0\froman\fcharset0\fprq2{\*\panose 02020603050405020304}Times New Roman;}
{\f38\fswiss\fcharset204\fprq2 Calibri Cyr;}{\f39\fnil\fcharset128\fprq2 MS Mincho;}}
{\colortbl;\red0\green0\blue0;}{\stylesheet{\ql \li0\ri0\widctlpar\wrapdefault\aspalpha\aspnum\faauto\adjustright\rin0\lin0\itap0 \fs24 \snext0 Normal;}
{\s1\ql \outlinelevel0 \b\fs32 \sbasedon0 \snext0 heading 1;}}{\*\rsidtbl \rsid1071153}
{\info{\title Lease notes}{\author Priya Shah}{\creatim\yr2026\mo1\dy20\hr10\min12}{\revtim\yr2026\mo2\dy3\hr18\min5}{\nofpages1}}
{\*\xmlnstbl {\xmlns1 http://schemas.microsoft.com/office/word/2003/wordml}}\paperw11906\paperh16838
{\header \pard\plain \s15\ql \fs20 Lease notes, page {\field{\*\fldinst PAGE}{\fldrslt 1}}\par}
\pard\plain \s1\ql \sb240\sa60\keepn\outlinelevel0 \b\fs32 The flat\par
\pard\plain \ql \sa200\fs24 The rent is \u163\'a31,250 a month{\chftn}{\footnote \pard\plain \s16\fs20 {\chftn} Paid by standing order on the 1st.}.\par
\pard\plain \ql \sa200\fs24 The landlord is {\field{\*\fldinst {HYPERLINK "mailto:graham@example.co.uk"}}{\fldrslt {Graham Whitfield}}}{\deleted\revauthdel1 Smith}{\v hidden words}.\par
\pard\plain \ql \sa200\fs24 Keys:\line front door\tab 2\line back door\tab 1\par
\pard\plain \ql \sa200\fs24 {\f38 \'cf\'f0\'e8\'e2\'e5\'f2} {\f39 \'93\'8c\'8b\'9e} \uc2\u8364\'80\'80 euros{\*\bkmkstart x}{\*\bkmkend x}{\pict\wmetafile8\picw10\pich10 0100090000}\par
}`;

describe("an RTF document as Word and WordPad save it", () => {
  it("reads its \\info title and revision time, its headings, spaced paragraphs, footnotes, fields' words, line breaks and code pages; leaves out deletions, hidden text, headers, pictures and fields' instructions", async () => {
    const path = write("Lease notes.rtf", word, "2026-11-01T00:00:00Z");
    expect(await note(path)).toEqual({
      title: "Lease notes",
      at: "2026-02-03T18:05:00.000Z",
      document: "rtf",
      text: [
        "The flat: The rent is £1,250 a month.",
        "The flat: Paid by standing order on the 1st.",
        "The flat: The landlord is Graham Whitfield.",
        "The flat: Keys:\nfront door 2\nback door 1",
        "The flat: Привет 東京 € euros",
      ],
    });
  });

  it("reads WordPad's paragraphs, each set apart, of the file's day", async () => {
    const path = write(
      "Standard terms.rtf",
      String.raw`{\rtf1\ansi\ansicpg1252\deff0\nouicompat\deflang2057{\fonttbl{\f0\fnil\fcharset0 Calibri;}}
{\*\generator Riched20 10.0.19041}\viewkind4\uc1 
\pard\sa200\sl276\slmult1\f0\fs22\lang9 Payment terms: 14 days.\par
Kill fee: 50% of the agreed fee.\par
}
`,
      "2024-02-12T11:30:00Z",
    );
    expect(await note(path)).toEqual({
      title: "Standard terms.rtf",
      at: "2024-02-12T11:30:00.000Z",
      document: "rtf",
      text: ["Standard terms’ payment terms: 14 days.", "Kill fee: 50% of the agreed fee."],
    });
  });

  it("reads a control word, an escape and a character cut across the reader's chunks, and passes over a picture's data of megabytes", async () => {
    // (the reader takes 256 KiB at a time: a \'e9 straddles the first boundary, a picture's hex runs over several)
    const lead = String.raw`{\rtf1\ansi\ansicpg1252{\fonttbl\f0\fswiss Helvetica;}\f0\fs24 `;
    const pad = " ".repeat(256 * 1024 - lead.length - "Caf".length - 2);
    const rtf = `${lead}${pad}Caf\\'e9 opens at 8.\\par{\\pict\\pngblip ${"0a".repeat(1_500_000)}}Closes at 5.\\par}`;
    const path = write("long.rtf", rtf);
    expect((await note(path)).text).toEqual(["Café opens at 8.\nCloses at 5."]);
  });
});

describe("RTF's lists and tables as Word and TextEdit write them", () => {
  it("reads Word's numbered list, a table whose row is defined after its cells, and TextEdit's box of one cell as its lines", async () => {
    const path = write(
      "lists.rtf",
      String.raw`{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman\fcharset0 Times New Roman;}{\f1\fnil\fcharset2 Symbol;}}
\pard\plain \ql \sa200\fs24 Steps to bleed a radiator\par
{\listtext\pard\plain \f0\fs24 1.\tab}\pard\plain \ql \fi-360\li720\sa200\ls1\fs24 Turn the heating off.\par
{\listtext\pard\plain \f0\fs24 2.\tab}Open the valve a quarter turn.\par
\pard\plain \ql \sa200\fs24 Readings\par
\pard\plain \intbl Room\cell Pressure\cell \pard\plain \intbl {\trowd\cellx2000\cellx4000\row}
\pard\plain \intbl Kitchen\cell 1.4 bar\cell \pard\plain \intbl {\trowd\cellx2000\cellx4000\row}
\pard\plain \ql \sa200\fs24 Done.\par
\itap1\trowd \cellx8640\pard\intbl\itap1 bleed key in the drawer\
spare washers in the shed\cell \lastrow\row
}`,
    );
    expect((await note(path)).text).toEqual([
      "Steps to bleed a radiator",
      "lists:\n1. Turn the heating off.\n2. Open the valve a quarter turn.",
      "Readings",
      "lists: Kitchen, pressure 1.4 bar.",
      "Done.",
      "bleed key in the drawer\nspare washers in the shed",
    ]);
  });
});

describe("what an RTF document holds that is no text", () => {
  it("a document of pictures alone is a note with no text, passed over in a folder, said why", async () => {
    const path = write(
      "pictures/Moodboard.rtf",
      String.raw`{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fnil\fcharset0 Calibri;}}
\pard\sa200\f0\fs22{\pict{\*\picprop}\pngblip\picw26\pich26 89504e470d0a1a0a}\par
{\*\shppict{\pict\jpegblip ffd8ffe0}}\par
}`,
    );
    const err = await parsedConversations(path).then(
      () => null,
      (e: unknown) => e,
    );
    expect((err as Error).message).toBe("Moodboard.rtf: byte 0: the note has no text: a document of pictures only");
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe("a document of pictures only, no note");
  });
});

describe("importing an RTF document", () => {
  it("adds nothing when imported again, or copied into another folder (a note's paragraphs are keyed by the file's content)", async () => {
    const db = openDatabase(join(dir, "again.db"));
    try {
      const first = write("again/Allotment.rtf", textEdit);
      const r1 = await importFile(db, embedder, first);
      expect(r1).toMatchObject({ format: "document", duplicates: 0 });
      expect(await importFile(db, embedder, first)).toMatchObject({ added: 0, duplicates: r1.added });
      const copy = write("again/copy/Allotment (2).rtf", textEdit);
      expect(await importFile(db, embedder, copy)).toMatchObject({ added: 0, duplicates: r1.added });
    } finally {
      db.close();
    }
  });

  it("refuses a file cut short inside \\bin's data, or no RTF given as a document, naming the file and the byte, and stores nothing", async () => {
    const db = openDatabase(join(dir, "bad.db"));
    try {
      const cases: Array<[string, string, string]> = [
        [
          "cut.rtf",
          String.raw`{\rtf1\ansi Hello\par{\object{\*\objdata\bin400 abc`,
          "cut.rtf: byte 40: the file ends inside \\bin's binary data (397 bytes short): it is cut short",
        ],
        [
          "plain.txt",
          "Just a note, no RTF.\n",
          "plain.txt: byte 0: not a document (expected a PDF, starting %PDF-, a Word .docx, an RTF document, starting {\\rtf, or an OpenDocument text .odt)",
        ],
      ];
      for (const [name, text, message] of cases) {
        const file = write(`bad/${name}`, text);
        const err = await importErrorOf(validateExport(file, { format: "document" }));
        expect([err.name, err.file, err.message]).toEqual(["ImportError", file, message]);
        await expect(importFile(db, embedder, file, { format: "document" })).rejects.toThrow(message);
      }
      expect(db.prepare("SELECT COUNT(*) AS n FROM sources").get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });
});

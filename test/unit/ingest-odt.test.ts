/**
 * OpenDocument texts (format `document`, core/ingest/odt.ts) as LibreOffice Writer saves them and
 * Google Docs downloads them: its Title, headings, lists, tables, footnotes and meta data read;
 * tracked deletions, comments and indexes left out; told by content whatever its name, in a folder
 * too; a password-protected one, another kind of OpenDocument or a broken ZIP refused naming the file
 * and the entry, nothing stored.
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
import { zipOf } from "../fixtures/documents.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";
import { ODT_LIST_STYLES, odtDocument } from "../fixtures/opendocument.js";

const dir = mkdtempSync(join(tmpdir(), "engram-odt-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

/** Writes `bytes` to `name` in the test folder, modified at `mtime` (ISO) when given; returns its path. */
function write(name: string, bytes: Buffer, mtime?: string): string {
  const path = join(dir, name);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
  if (mtime) utimesSync(path, new Date(mtime), new Date(mtime));
  return path;
}

/** The title, time and paragraphs of the note a document is read as. */
async function note(path: string, format?: "document"): Promise<{ title: string | null; at: string; text: string[]; document: unknown }> {
  const [c] = await parsedConversations(path, format);
  return { title: c!.title, at: new Date(c!.startedAt!).toISOString(), text: c!.turns.map((t) => t.text), document: c!.turns[0]!.metadata?.document };
}

/** A paragraph of LibreOffice's, in a style. */
const p = (text: string, style = "Text_20_body") => `<text:p text:style-name="${style}">${text}</text:p>`;

const brief = odtDocument({
  meta: { title: "Fernleaf – website refresh brief", created: "2026-10-19T16:42:10.512000000", modified: "2026-10-20T09:15:33.204000000" },
  body:
    '<text:tracked-changes text:track-changes="false"><text:changed-region xml:id="ct1" text:id="ct1"><text:deletion><office:change-info><dc:creator>Zoë Hartley</dc:creator><dc:date>2026-10-20T09:14:02</dc:date></office:change-info><text:p>£2,000</text:p></text:deletion></text:changed-region></text:tracked-changes>' +
    p("Website refresh brief", "P1") +
    '<text:table-of-content text:name="Contents1"><text:index-body><text:p text:style-name="Contents_20_1">Background<text:tab/>1</text:p></text:index-body></text:table-of-content>' +
    '<text:h text:style-name="Heading_20_1" text:outline-level="1"><text:number>1.</text:number>Background</text:h>' +
    p(
      'Fernleaf opens its second shop<text:s text:c="2"/>in <text:span text:style-name="T1">Lewes</text:span> in March.<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p text:style-name="Footnote">The lease was signed on 2 October.</text:p></text:note-body></text:note><office:annotation><dc:creator>Zoë</dc:creator><text:p>Check the date</text:p></office:annotation>',
    ) +
    '<text:h text:style-name="Heading_20_1" text:outline-level="1">Pages</text:h>' +
    '<text:list xml:id="list1" text:style-name="L2"><text:list-item><text:p text:style-name="P3">Home</text:p></text:list-item><text:list-item><text:p text:style-name="P3">Visit us</text:p><text:list><text:list-item><text:p text:style-name="P3">opening hours</text:p></text:list-item></text:list></text:list-item></text:list>' +
    '<text:h text:style-name="Heading_20_1" text:outline-level="1">Schedule</text:h>' +
    '<table:table table:name="Table1"><table:table-column table:number-columns-repeated="2"/><table:table-header-rows><table:table-row><table:table-cell office:value-type="string"><text:p>Stage</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Due</text:p></table:table-cell></table:table-row></table:table-header-rows>' +
    '<table:table-row><table:table-cell office:value-type="string"><text:p>First draft</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Friday</text:p><text:p>20 November</text:p></table:table-cell></table:table-row></table:table>' +
    '<text:h text:style-name="Heading_20_1" text:outline-level="1">Budget</text:h>' +
    p('The budget is <text:change text:change-id="ct1"/>£2,400<text:line-break/>invoiced on delivery.'),
});

describe("an OpenDocument text as LibreOffice saves it", () => {
  it("is detected by its content and read as a note: its Title (named more fully by its properties), headings, a numbered list, a table, a footnote after its paragraph; of the day it was last saved", async () => {
    const path = write("Fernleaf brief.odt", brief, "2026-11-01T08:00:00Z");
    expect(await detectFormat(path)).toBe("document");
    expect(await folderFileFormat(path)).toBe("document");
    expect(await note(path)).toEqual({
      title: "Fernleaf – website refresh brief",
      at: "2026-10-20T09:15:33.204Z",
      document: "odt",
      text: [
        "Background: Fernleaf opens its second shop in Lewes in March.",
        "Background: The lease was signed on 2 October.",
        "Pages:\n1. Home\n2. Visit us\n3. opening hours",
        "Schedule: First draft, due Friday 20 November.",
        "Budget: The budget is £2,400\ninvoiced on delivery.",
      ],
    });
  });

  it("leaves out tracked deletions, comments, a table of contents and a heading's number", async () => {
    const text = (await note(write("again/Fernleaf brief.odt", brief))).text.join("\n");
    expect(text).not.toMatch(/2,000|Check the date|Contents|1\.\s*Background|\t1/);
  });

  it("is read by its content under another name (a Google Docs download saved without its extension), with --format document", async () => {
    const gdoc = odtDocument({ body: p("Call the printer on Monday.", "Standard"), stored: true });
    const path = write("downloads/Printer notes", gdoc, "2026-11-02T10:00:00Z");
    expect(await detectFormat(path)).toBe("document");
    expect(await note(path, "document")).toEqual({
      title: "Printer notes",
      at: "2026-11-02T10:00:00.000Z",
      document: "odt",
      text: ["Call the printer on Monday."],
    });
  });
});

describe("a folder holding OpenDocument texts", () => {
  it("lists them, and passes over one of pictures only, saying why", async () => {
    const folder = join(dir, "Clients");
    write("Clients/brief.odt", brief);
    const pictures = write(
      "Clients/Moodboard.odt",
      odtDocument({
        body: '<text:p text:style-name="Standard"><draw:frame draw:name="Image1" text:anchor-type="as-char" svg:width="4cm" svg:height="3cm"><draw:image xlink:href="Pictures/100000000000.png" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"><svg:title>Moodboard</svg:title></draw:image></draw:frame></text:p>',
      }),
    );
    expect(importPaths(folder).map((f) => f.file.slice(folder.length + 1))).toEqual(["Moodboard.odt", "brief.odt"]);
    expect(await folderFileFormat(pictures)).toBe("document");
    const err = await parsedConversations(pictures).then(
      () => null,
      (e: unknown) => e,
    );
    expect((err as Error).message).toBe("Moodboard.odt: byte 0: the note has no text: a document of pictures only");
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe("a document of pictures only, no note");
  });

  it("reads a text box's words after its paragraph, and a bulleted list", async () => {
    const path = write(
      "box.odt",
      odtDocument({
        styles: ODT_LIST_STYLES,
        body:
          p('Shop front<draw:frame draw:name="Frame1"><draw:text-box><text:p>Sign: Fernleaf, est. 2019</text:p></draw:text-box></draw:frame>.') +
          '<text:list text:style-name="L1"><text:list-item><text:p>oak shelves</text:p></text:list-item><text:list-item><text:p>brass hooks</text:p></text:list-item></text:list>',
      }),
    );
    expect((await note(path)).text).toEqual(["Shop front.", "box's sign: Fernleaf, est. 2019", "box: oak shelves, brass hooks."]);
  });
});

describe("importing an OpenDocument text", () => {
  it("adds nothing when imported again", async () => {
    const db = openDatabase(join(dir, "again.db"));
    try {
      const path = write("twice/brief.odt", brief);
      const first = await importFile(db, embedder, path);
      expect(first).toMatchObject({ format: "document", added: 5, duplicates: 0 });
      expect(await importFile(db, embedder, path)).toMatchObject({ added: 0, duplicates: 5 });
    } finally {
      db.close();
    }
  });

  it("refuses a password-protected document, another kind of OpenDocument and a broken one, naming the file and the entry, and stores nothing", async () => {
    const cases: Array<[string, Buffer, string]> = [
      [
        "Contract.odt",
        odtDocument({ body: p("secret"), encrypted: true }),
        'Contract.odt: META-INF/manifest.xml: the document is protected by a password: open it in LibreOffice, save a copy without the password (File → Save As, "Save with password" unticked), and import that',
      ],
      [
        "Budget.ods",
        odtDocument({ body: "", mimetype: "application/vnd.oasis.opendocument.spreadsheet" }),
        "Budget.ods: mimetype: a spreadsheet (LibreOffice Calc's .ods), not a text document: only text documents (.odt) are read",
      ],
      ["Broken.odt", Buffer.concat([Buffer.from("PK\x03\x04", "latin1"), Buffer.alloc(40)]), "Broken.odt: ZIP: not a readable OpenDocument text ("],
      [
        "Bad XML.odt",
        zipOf({ mimetype: "application/vnd.oasis.opendocument.text", "content.xml": Buffer.from([0x3c, 0x61, 0x3e, 0xff, 0xfe, 0x3c, 0x2f, 0x61, 0x3e]) }),
        "Bad XML.odt: content.xml, line 1 (byte 3): cannot be read (invalid UTF-8: this is not UTF-8 text (save the file as UTF-8))",
      ],
    ];
    const db = openDatabase(join(dir, "bad.db"));
    try {
      for (const [name, bytes, message] of cases) {
        const file = write(`bad/${name}`, bytes);
        const err = await importErrorOf(validateExport(file, { format: "document" }));
        expect([err.name, err.file]).toEqual(["ImportError", file]);
        expect(err.message.startsWith(message)).toBe(true);
        await expect(importFile(db, embedder, file, { format: "document" })).rejects.toThrow(message);
      }
      expect(db.prepare("SELECT COUNT(*) AS n FROM sources").get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });
});

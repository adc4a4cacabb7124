import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { folderFileFormat, importPaths, isEmptyNote, whyPassedOver } from "../../core/api/import-check.js";
import { documentLines, type PageLine } from "../../core/ingest/notes/pdf-layout.js";
import { detectFormat } from "../../core/ingest/parse.js";
import { docxDocument, pdfDocument, scannedPdf, zipOf } from "../fixtures/documents.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-document-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `bytes` to `name` in the test folder, modified at `mtime` (ISO) when given; returns its path. */
function file(name: string, bytes: Buffer, mtime?: string): string {
  const path = join(dir, name);
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, bytes);
  if (mtime) utimesSync(path, new Date(mtime), new Date(mtime));
  return path;
}

/** The text of a parsed document's paragraphs, one per line. */
async function paragraphs(path: string): Promise<{ title: string | null; at: string; text: string[] }> {
  const [note] = await parsedConversations(path);
  return { title: note!.title, at: new Date(note!.startedAt!).toISOString(), text: note!.turns.map((t) => t.text) };
}

const lease = pdfDocument(
  [
    {
      header: "14 Elm Road – Tenancy Agreement",
      footer: "Page 1 of 2",
      blocks: [
        { text: "Assured Shorthold Tenancy Agreement", size: 18, bold: true },
        { text: "3. Rent", size: 13, bold: true },
        {
          text: "The rent is £1,250 per calendar month, payable in advance on the 1st day of each month by standing order to the landlord's account, and it will not be increased during the fixed term.",
        },
      ],
    },
    {
      header: "14 Elm Road – Tenancy Agreement",
      footer: "Page 2 of 2",
      blocks: [{ text: "Moving out", size: 13, bold: true }, { text: "1. Return both sets of keys." }, { text: "2. Leave the meters read." }],
    },
  ],
  { title: "Lease", created: new Date("2026-01-20T10:12:00Z") },
);

describe("a PDF", () => {
  it("is detected by its bytes and read as a note: its title, headings without clause numbers, wrapped lines joined, a list kept whole, running headers and page numbers left out, of the day it was created", async () => {
    const path = file("Tenancy agreement.pdf", lease, "2026-02-01T08:00:00Z");
    expect(await detectFormat(path)).toBe("document");
    expect(await folderFileFormat(path)).toBe("document");
    const note = await paragraphs(path);
    expect(note.title).toBe("Assured Shorthold Tenancy Agreement");
    expect(note.at).toBe("2026-01-20T10:12:00.000Z");
    expect(note.text).toEqual([
      "Rent: The rent is £1,250 per calendar month, payable in advance on the 1st day of each month by standing order to the landlord's account, and it will not be increased during the fixed term.",
      expect.stringMatching(/^Moving out:\n1\. Return both sets of keys\.\n2\. Leave the meters read\.$/),
    ]);
    expect(note.text.join("\n")).not.toMatch(/Page \d|Elm Road – Tenancy/);
  });

  it("is titled by its document information when no first line is set larger, and of the file's day without a creation date", async () => {
    const path = file(
      "receipt.pdf",
      pdfDocument([{ blocks: [{ text: "Paid £95 for the boiler service on 3 March." }] }], { title: "Boiler service receipt" }),
      "2026-03-04T09:00:00Z",
    );
    expect(await paragraphs(path)).toEqual({
      title: "Boiler service receipt",
      at: "2026-03-04T09:00:00.000Z",
      text: ["Paid £95 for the boiler service on 3 March."],
    });
  });

  it("refuses a scan with no text layer as a note with no text, passed over in a folder and said why; and names a PDF it cannot read", async () => {
    const scan = file("scan.pdf", scannedPdf(2));
    const err = await parsedConversations(scan).then(
      () => null,
      (e: unknown) => e,
    );
    expect((err as Error).message).toBe("scan.pdf: PDF: the note has no text: a scanned PDF (images of pages, no text to read)");
    expect(isEmptyNote(err)).toBe(true);
    expect(whyPassedOver(err)).toBe("a scanned PDF (images of pages, no text to read), no note");
    const broken = file("broken.pdf", Buffer.from("%PDF-1.7\n1 0 obj\n<< /Type /Catalog", "latin1"));
    expect((await importErrorOf(parsedConversations(broken))).message).toMatch(/^broken\.pdf: PDF: not a readable PDF \(.+\)$/);
  });
});

describe("the layout of a PDF's lines", () => {
  const line = (text: string, y: number, size = 11, bold = false): PageLine => ({ text, x: 72, y, size, bold });

  it("makes a word hyphenated at a line's end whole, keeps a hyphen before a capital, and drops a page's number", () => {
    const page = [line("The agree-", 700), line("ment ends in Janu-", 686), line("ary. Well-", 672), line("Known Ltd signs.", 658), line("- 3 -", 40)];
    expect(documentLines([page])).toEqual(["The agreement ends in January. Well- Known Ltd signs."]);
  });

  it("breaks a paragraph where the gap between lines is wider than the page's usual one, and at a bullet", () => {
    const page = [line("First paragraph goes", 700), line("on here.", 686), line("Second one.", 660), line("• milk", 646), line("• eggs", 632)];
    expect(documentLines([page])).toEqual(["First paragraph goes on here.", "", "Second one.", "", "- milk", "- eggs"]);
  });
});

describe("a Word document (.docx)", () => {
  it("is detected by its bytes and name and read as a note: its Title paragraph the title, headings its sections, bullets a list, a table's rows; of the day it was last modified", async () => {
    const path = file(
      "CV.docx",
      docxDocument([
        { title: "Priya Shah" },
        { heading: "Experience" },
        { heading: "Senior Data Analyst, Northwind Logistics (March 2023 – present)", level: 2 },
        { bullet: "Built the delivery-time forecasting model." },
        { bullet: "Lead a team of three analysts." },
        { heading: "Education" },
        "MSc Statistics, University of Leeds, 2019.",
        {
          table: [
            ["Language", "Level"],
            ["Hindi", "Fluent"],
          ],
        },
      ]),
      "2026-09-14T20:45:00Z",
    );
    expect(await detectFormat(path)).toBe("document");
    const note = await paragraphs(path);
    expect(note.title).toBe("Priya Shah");
    expect(note.at).toBe("2026-09-14T20:45:00.000Z");
    expect(note.text).toEqual([
      "Senior Data Analyst, Northwind Logistics (March 2023 – present): Built the delivery-time forecasting model; Lead a team of three analysts.",
      "Education: MSc Statistics, University of Leeds, 2019.",
      "Education: language Hindi, level Fluent.",
    ]);
  });

  it("names a .docx it cannot read; a ZIP archive that is no .docx is told to be unzipped", async () => {
    const notWord = file("notes.docx", zipOf({ "readme.txt": "hello" }));
    expect((await importErrorOf(parsedConversations(notWord))).message).toMatch(/^notes\.docx: DOCX: not a readable Word document \(.+\)$/);
    const zip = file("slack-export.zip", zipOf({ "general/2026-11-09.json": "[]" }));
    expect((await importErrorOf(parsedConversations(zip))).message).toBe(
      "slack-export.zip: byte 0: a ZIP archive: unzip it, then import its folder or a file in it",
    );
  });
});

describe("a folder of documents", () => {
  it("holds its PDFs and Word documents but Word's lock files", () => {
    const folder = join(dir, "Documents");
    file("Documents/CV.docx", docxDocument(["Hello."]));
    file("Documents/~$CV.docx", Buffer.from("lock"));
    file("Documents/lease.pdf", lease);
    expect(importPaths(folder).map((p) => p.file.slice(folder.length + 1))).toEqual(["CV.docx", "lease.pdf"]);
  });
});

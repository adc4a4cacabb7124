/**
 * Outlook's saved emails (core/ingest/outlook-msg.ts), .msg files written as Outlook writes them
 * (test/fixtures/outlook-msg.ts: an OLE compound file of [MS-OXMSG]'s property streams, recipient and
 * attachment storages): each read as an email (format `email`), one conversation keyed by its thread,
 * the sender's turn at its sent time in its own words (the quoted mail cut, an Outlook signature on one
 * line), to its To recipients; an HTML body, a plain one, a body only in compressed RTF (encapsulated
 * HTML, encapsulated text, native RTF), an ANSI .msg in its code page; attachments named, an attached
 * message too; a meeting's response saying when and where; detected by content alone and in a folder,
 * `--format email` on any name; a reply joins its thread, imported twice adds nothing; Word's and Excel's
 * 97–2003 files, Outlook items that are no email, a damaged or too large file refused (alone) or passed
 * over (in a folder), saying what they are, nothing stored.
 */
import { closeSync, mkdirSync, mkdtempSync, openSync, rmSync, truncateSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, passedOverInFolder } from "../../core/api/import-check.js";
import { openDatabase } from "../../core/db/connection.js";
import { importFile } from "../../core/ingest/import.js";
import { CFB_SIGNATURE, compoundFileOf, MAX_MSG_BYTES } from "../../core/ingest/chats/outlook-msg.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import type { Embedder } from "../../models/embedder.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";
import { compoundDocument, type MsgPerson, type OutlookMessage, outlookMsg, rtfFromHtml, rtfFromText } from "../fixtures/outlook-msg.js";

const dir = mkdtempSync(join(tmpdir(), "engram-msg-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const embedder: Embedder = { id: "zero@test", dimension: 8, embed: async (texts) => texts.map(() => new Float32Array(8).fill(0.35)) };

/** A file of the test folder holding `bytes`. */
function put(name: string, bytes: Uint8Array | string): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  return file;
}

const NADIA: MsgPerson = {
  name: "Nadia Hussain",
  email: "nadia.hussain@harbourline.co.uk",
  exchange: "/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP (FYDIBOHF23SPDLT)/CN=RECIPIENTS/CN=5B1F0C7A-NADIA.HUSSA",
};
const DANIEL: MsgPerson = { name: "Daniel Okafor", email: "daniel.okafor@fenwicksupplies.co.uk" };
const QUOTE_ID = "<DB9PR03MB7321C0FFEE42@DB9PR03MB7321.eurprd03.prod.outlook.com>";

/** A supplier's quote, HTML with a table (and Outlook's plain body beside it), received. */
const QUOTE: OutlookMessage = {
  subject: "Quote for office chairs",
  from: DANIEL,
  recipients: [NADIA, { name: "Tom Brennan", email: "tom.brennan@harbourline.co.uk", type: "cc" }],
  sentAt: Date.UTC(2026, 10, 17, 11, 5, 12),
  receivedAt: Date.UTC(2026, 10, 17, 11, 5, 19),
  body: "Hi Nadia,\r\n\r\nItem\r\n\r\nQty\r\n\r\n…",
  html: [
    "<html><body><p class=MsoNormal>Hi Nadia,</p>",
    "<table><tr><td><p class=MsoNormal>Ergonomic mesh chair</p></td><td><p class=MsoNormal>40</p></td><td><p class=MsoNormal>£4,860.00</p></td></tr></table>",
    "<p class=MsoNormal>We can deliver on Wednesday 9 December.</p>",
    "<p class=MsoNormal>Best regards,<br>Daniel Okafor<br>Account Manager, Fenwick Supplies<br>Tel: 0113 496 0781</p>",
    '<p><img src="cid:image001.png@01DB3F2A.5C1E7E40"></p></body></html>',
  ].join("\n"),
  messageId: QUOTE_ID,
  attachments: [
    { fileName: "Quote FS-4471.pdf", data: new Uint8Array([0x25, 0x50, 0x44, 0x46]), mimeType: "application/pdf" },
    { fileName: "image001.png", data: new Uint8Array([0x89, 0x50, 0x4e, 0x47]), mimeType: "image/png", contentId: "image001.png@01DB3F2A.5C1E7E40" },
  ],
};

/** The user's reply from Sent Items: plain text, Outlook's header of the quoted mail, an RTF beside it. */
const REPLY_TEXT = [
  "Hi Daniel,",
  "",
  "Thanks, please go ahead with the order for 40 chairs.",
  "",
  "Regards,",
  "Nadia",
  "",
  "From: Daniel Okafor <daniel.okafor@fenwicksupplies.co.uk>",
  "Sent: 17 November 2026 11:05",
  "To: Nadia Hussain <nadia.hussain@harbourline.co.uk>",
  "Subject: Quote for office chairs",
  "",
  "Hi Nadia, we can deliver on Wednesday 9 December.",
].join("\r\n");
const REPLY: OutlookMessage = {
  subject: "RE: Quote for office chairs",
  from: NADIA,
  recipients: [DANIEL],
  sentAt: Date.UTC(2026, 10, 23, 9, 42, 3),
  body: REPLY_TEXT,
  rtf: rtfFromText(REPLY_TEXT),
  messageId: "<LO2P265MB5123D1E2F3A4B5C6@LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM>",
  inReplyTo: QUOTE_ID,
  references: QUOTE_ID,
};

describe("an Outlook .msg", () => {
  it("is one email: its sender's words at its sent time, to its To recipients, the quoted table as rows, the signature on one line, attachments named", async () => {
    const file = put("Saved emails/Quote for office chairs.msg", outlookMsg(QUOTE));
    expect(await compoundFileOf(file)).toEqual({ kind: "msg" });
    expect(await detectFormat(file)).toBe("email");
    const [c, more] = await parsedConversations(file);
    expect(more).toBeUndefined();
    expect(c).toMatchObject({
      format: "email",
      externalId: `email:${QUOTE_ID}`,
      title: "Quote for office chairs",
      participants: ["Daniel Okafor"],
      startedAt: Date.UTC(2026, 10, 17, 11, 5, 12),
    });
    expect(c!.turns).toEqual([
      {
        externalId: QUOTE_ID,
        speaker: "Daniel Okafor",
        role: "other",
        occurredAt: Date.UTC(2026, 10, 17, 11, 5, 12),
        text: [
          "Hi Nadia,",
          "",
          "Ergonomic mesh chair 40 £4,860.00",
          "",
          "We can deliver on Wednesday 9 December.",
          "",
          "Best regards,",
          "",
          "Signature: Daniel Okafor, Account Manager, Fenwick Supplies, Tel: 0113 496 0781.",
          "",
          "Attached: Quote FS-4471.pdf.",
        ].join("\n"),
        metadata: {
          email: {
            messageId: QUOTE_ID,
            from: "daniel.okafor@fenwicksupplies.co.uk",
            to: ["Nadia Hussain"],
            subject: "Quote for office chairs",
            attachments: ["Quote FS-4471.pdf"],
          },
        },
      },
    ]);
  });

  it("reads a colleague's Exchange sender by their SMTP address, cuts the mail a reply quotes, and keys the reply by the thread it answers", async () => {
    const [c] = await parsedConversations(put("reply.msg", outlookMsg(REPLY)));
    expect(c).toMatchObject({ externalId: `email:${QUOTE_ID}`, title: "Quote for office chairs", startedAt: Date.UTC(2026, 10, 23, 9, 42, 3) });
    expect(c!.turns.map((t) => [t.speaker, t.text, t.metadata])).toEqual([
      [
        "Nadia Hussain",
        "Hi Daniel,\n\nThanks, please go ahead with the order for 40 chairs.\n\nRegards,\nNadia",
        {
          email: {
            messageId: "<LO2P265MB5123D1E2F3A4B5C6@LO2P265MB5123.GBRP265.PROD.OUTLOOK.COM>",
            from: "nadia.hussain@harbourline.co.uk",
            to: ["Daniel Okafor"],
            subject: "RE: Quote for office chairs",
            attachments: [],
          },
        },
      ],
    ]);
  });

  it("reads a body held only as compressed RTF: Outlook's encapsulated HTML and text, and native RTF", async () => {
    const base = { subject: "Parking", from: DANIEL, recipients: [NADIA], sentAt: Date.UTC(2026, 10, 2, 9) };
    const html = put(
      "rtf-html.msg",
      outlookMsg({
        ...base,
        rtf: rtfFromHtml("<html><body><p>Your permit is for Level 2, bay 14.</p><p>It costs £35 a month – café included.</p></body></html>"),
      }),
    );
    const text = put("rtf-text.msg", outlookMsg({ ...base, rtf: rtfFromText("Your permit is for Level 2.\nSee you Monday.") }));
    const native = put(
      "rtf-native.msg",
      outlookMsg({
        ...base,
        rtf: [
          "{\\rtf1\\ansi\\ansicpg1252\\deff0\\nouicompat\\deflang2057{\\fonttbl{\\f0\\fswiss\\fcharset0 Calibri;}}",
          "{\\colortbl ;\\red0\\green0\\blue0;}{\\*\\generator Riched20 16.0.17928}{\\info{\\author Daniel}}\\viewkind4\\uc1 ",
          "\\pard\\sa200\\sl276\\slmult1\\f0\\fs22\\lang9 Your permit costs \\'a335 \\endash  bay {\\b 14}.\\par",
          'Caf\\u233?s nearby: {\\field{\\*\\fldinst HYPERLINK "https://example.com"}{\\fldrslt Bean There}}.\\par',
          "{\\*\\bkmkstart x}{\\pict\\pngblip 89504e47}\\par",
          "}",
        ].join("\r\n"),
      }),
    );
    expect((await parsedConversations(html))[0]!.turns[0]!.text).toBe("Your permit is for Level 2, bay 14.\n\nIt costs £35 a month – café included.");
    expect((await parsedConversations(text))[0]!.turns[0]!.text).toBe("Your permit is for Level 2.\nSee you Monday.");
    // (native RTF read as a document's RTF is: each \par a paragraph of its own)
    expect((await parsedConversations(native))[0]!.turns[0]!.text).toBe("Your permit costs £35 – bay 14.\n\nCafés nearby: Bean There.");
  });

  it("reads an ANSI .msg's strings in its code page", async () => {
    const file = put(
      "ansi.msg",
      outlookMsg({
        subject: "Don’t forget: £20 for the collection",
        from: { name: "Siân Davies", email: "sian@example.co.uk" },
        recipients: [{ name: "Nadia Hussain", email: "nadia@example.co.uk" }],
        sentAt: Date.UTC(2026, 10, 3, 8),
        body: "It’s £20 each – café at 5.\r\n",
        ansiCodepage: 1252,
      }),
    );
    const [c] = await parsedConversations(file);
    expect(c!.title).toBe("Don’t forget: £20 for the collection");
    expect([c!.turns[0]!.speaker, c!.turns[0]!.text]).toEqual(["Siân Davies", "It’s £20 each – café at 5."]);
  });

  it("names an attached message with .msg, and says what a meeting's response does, when and where", async () => {
    const welcome: OutlookMessage = { subject: "Welcome to Harbourline", from: NADIA, recipients: [DANIEL], sentAt: Date.UTC(2026, 8, 1), body: "Welcome!" };
    const pack = put(
      "pack.msg",
      outlookMsg({
        ...REPLY,
        subject: "Your onboarding pack",
        body: "Your pack is attached.",
        rtf: undefined,
        inReplyTo: undefined,
        references: undefined,
        attachments: [{ message: welcome }],
      }),
    );
    expect((await parsedConversations(pack))[0]!.turns[0]!.text).toBe("Your pack is attached.\n\nAttached: Welcome to Harbourline.msg.");
    const accepted = put(
      "accepted.msg",
      outlookMsg({
        messageClass: "IPM.Schedule.Meeting.Resp.Pos",
        subject: "Accepted: Q4 budget review",
        from: { name: "Tom Brennan", email: "tom.brennan@harbourline.co.uk" },
        recipients: [NADIA],
        sentAt: Date.UTC(2026, 10, 25, 8, 51, 30),
        rtf: "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Calibri;}}\\pard Happy to join.\\par}",
        meeting: { start: Date.UTC(2026, 11, 3, 14), end: Date.UTC(2026, 11, 3, 15), location: "Room 4.12" },
      }),
    );
    const [c] = await parsedConversations(accepted);
    expect(c!.title).toBe("Q4 budget review");
    expect(c!.externalId).toMatch(/^email:sha256:[0-9a-f]{64}$/);
    expect(c!.turns[0]!.text).toBe("Happy to join.\n\nAccepted the invitation to Q4 budget review on Thursday 3 December 2026, 14:00–15:00 UTC, at Room 4.12.");
  });

  it("is read whatever its name with --format email, and a reply joins its thread: imported twice, nothing is added", async () => {
    const quote = put("import/quote.bin", outlookMsg(QUOTE));
    expect(await validateExport(quote, { format: "email" })).toMatchObject({ format: "email", conversations: 1, turns: 1 });
    expect(await checkImportFile(quote)).toBe("email");
    const db = openDatabase(join(dir, "twice.db"));
    try {
      expect(await importFile(db, embedder, quote)).toMatchObject({ format: "email", conversations: 1, added: 1, duplicates: 0 });
      expect(await importFile(db, embedder, quote)).toMatchObject({ added: 0, duplicates: 1 });
      expect(await importFile(db, embedder, put("import/reply.msg", outlookMsg(REPLY)))).toMatchObject({ added: 1, duplicates: 0 });
      expect(db.prepare("SELECT COUNT(*) AS n FROM conversations").get()).toEqual({ n: 1 });
      expect(db.prepare("SELECT title FROM conversations").get()).toEqual({ title: "Quote for office chairs" });
    } finally {
      db.close();
    }
  });
});

describe("in a folder", () => {
  it("reads each .msg as email and passes over Excel's and Word's 97–2003 files and Outlook items that are no email, saying what they are", async () => {
    const folder = join(dir, "Documents");
    const quote = put("Documents/Saved emails/Quote.msg", outlookMsg(QUOTE));
    const xls = put("Documents/Saved emails/Team rota.xls", compoundDocument(["Workbook", "\u0005SummaryInformation"]));
    const doc = put("Documents/Letter.doc", compoundDocument(["WordDocument", "1Table"]));
    const contact = put(
      "Documents/Saved emails/Daniel Okafor.msg",
      outlookMsg({ messageClass: "IPM.Contact", subject: "Daniel Okafor", from: NADIA, recipients: [], body: "Account manager" }),
    );
    expect(importPaths(folder).map((p) => p.file)).toEqual([doc, contact, quote, xls]);
    expect(await folderFileFormat(quote)).toBe("email");
    expect(await passedOverInFolder(quote)).toBeNull();
    expect(await passedOverInFolder(xls)).toBe("an Excel 97–2003 workbook (.xls), a spreadsheet, no one's words");
    expect(await passedOverInFolder(doc)).toBe("a Word 97–2003 document (.doc): save it as .docx or PDF to import it");
    expect(await passedOverInFolder(contact)).toBe("an Outlook contact, no email: export contacts as a vCard (.vcf) to import them");
  });
});

describe("what is refused", () => {
  it("refuses, naming the file, a Word or Excel 97–2003 file, an Outlook item that is no email, an encrypted message, a damaged or too large compound file, and stores nothing", async () => {
    const damaged = put("bad/damaged.msg", Buffer.concat([CFB_SIGNATURE, Buffer.alloc(600, 0xff)]));
    const large = join(dir, "bad/large.msg");
    const fd = openSync(large, "w");
    writeSync(fd, CFB_SIGNATURE);
    closeSync(fd);
    // (a sparse file: its size past the bound, nothing written)
    truncateSync(large, MAX_MSG_BYTES + 10 * 1024 * 1024);
    const cases: Array<[string, string, string]> = [
      [
        put("bad/letter.doc", compoundDocument(["WordDocument", "1Table"])),
        "byte 0",
        "letter.doc: byte 0: a Word 97–2003 document (.doc): save it as .docx or PDF to import it; not an Outlook message (.msg)",
      ],
      [
        put("bad/rota.xls", compoundDocument(["Workbook"])),
        "byte 0",
        "rota.xls: byte 0: an Excel 97–2003 workbook (.xls), a spreadsheet, no one's words; not an Outlook message (.msg)",
      ],
      [
        put("bad/dentist.msg", outlookMsg({ messageClass: "IPM.Appointment", subject: "Dentist", from: NADIA, recipients: [], body: "Check-up" })),
        "PidTagMessageClass",
        "dentist.msg: PidTagMessageClass: an Outlook calendar item, no email: save it (or the calendar) as an iCalendar file (.ics) to import it (IPM.Appointment)",
      ],
      [
        put(
          "bad/secret.msg",
          outlookMsg({ messageClass: "IPM.Note.SMIME", subject: "Payslip", from: DANIEL, recipients: [NADIA], sentAt: Date.UTC(2026, 10, 1) }),
        ),
        "PidTagMessageClass",
        "secret.msg: PidTagMessageClass: an encrypted (S/MIME) Outlook message: its words cannot be read without its key (IPM.Note.SMIME)",
      ],
      [damaged, "byte 0", "damaged.msg: byte 0: a damaged compound file (its directory cannot be read), no Outlook message; not an Outlook message (.msg)"],
      [
        large,
        "byte 0",
        "large.msg: byte 0: a compound file (an Outlook message or an Office 97–2003 file) of 74 MB, larger than the 64 MB Engram reads of an Outlook message; not an Outlook message (.msg)",
      ],
    ];
    const db = openDatabase(join(dir, "bad.db"));
    try {
      for (const [file, location, message] of cases) {
        const err = await importErrorOf(validateExport(file));
        expect([err.name, err.file, err.location, err.message]).toEqual(["ImportError", file, location, message]);
        await expect(importFile(db, embedder, file)).rejects.toThrow(message);
      }
      expect(db.prepare("SELECT COUNT(*) AS n FROM sources").get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
    // (read as text, a format given: said what it is)
    const quote = put("bad/quote.msg", outlookMsg(QUOTE));
    expect((await importErrorOf(validateExport(quote, { format: "note" }))).message).toBe(
      "quote.msg: byte 0: a compound file (an Outlook message, or a Word, Excel or PowerPoint 97–2003 file), not a text file (an Outlook message, .msg, is read as format email)",
    );
  });
});

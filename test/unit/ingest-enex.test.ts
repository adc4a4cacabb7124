import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { folderFileFormat } from "../../core/api/import-check.js";
import { enmlLines } from "../../core/ingest/kit/enml.js";
import { detectFormat } from "../../core/ingest/parse.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-enex-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A note as Evernote 10 writes it in an ENEX export: title, times, a tag, ENML `body` as CDATA, then `extra` (attachments). */
const note = (title: string, created: string, body: string, extra = "") =>
  [
    "  <note>",
    `    <title>${title}</title>`,
    `    <created>${created}</created>`,
    `    <updated>${created}</updated>`,
    "    <tag>home</tag>",
    "    <note-attributes><author>Priya Nair</author></note-attributes>",
    `    <content><![CDATA[<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">\n<en-note>${body}</en-note>]]></content>`,
    extra,
    "  </note>",
  ].join("\n");

/** An ENEX export of `notes`. */
const enex = (...notes: string[]) =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export4.dtd">',
    '<en-export export-date="20261120T093000Z" application="Evernote" version="10.105.4">',
    ...notes,
    "</en-export>",
  ].join("\n");

describe("an Evernote export (ENEX)", () => {
  it("is detected, and read as one note per <note> at its creation time, its lines, lists, checklists and tables as Markdown; attachments and encrypted text are no words", async () => {
    const file = join(dir, "Priya's notebook.enex");
    const photo = "iVBORw0KGgoAAAANSUhEUgAAAoAAAAHgCAIAAAC6s0uz".repeat(5000);
    writeFileSync(
      file,
      enex(
        note(
          "Flights to Kochi",
          "20261002T201500Z",
          "<div>Booking reference <b>Q7XK2P</b>&nbsp;with Emirates.</div><div><br /></div>" +
            "<table><tbody><tr><td><div>Flight</div></td><td><div>Date</div></td></tr><tr><td><div>EK 2</div></td><td><div>18 December 2026</div></td></tr></tbody></table>" +
            '<div><en-media hash="4f1c" type="image/png" /></div>',
          `<resource><data encoding="base64">${photo}</data><mime>image/png</mime></resource>`,
        ),
        note(
          "Q4 planning &amp; offsite",
          "20260910T140000Z",
          "<h2>Decisions</h2><div>The offsite is in Lisbon.</div>" +
            '<ul style="--en-todo:true;"><li style="--en-checked:true;"><div>Send the budget to Farah</div></li><li style="--en-checked:false;"><div>Book a venue</div></li></ul>' +
            '<div><en-todo checked="true"/>Passport</div><ol><li>Rinse the dal</li><li>Simmer it</li></ol>',
        ),
        note("Wifi", "20250602T100000Z", '<div><en-crypt hint="usual" cipher="AES">RU5DMI1mnQ7fKjBk9EkK0Q1Eg4KzVZ6XQk7nDA==</en-crypt></div>'),
      ),
    );
    expect(await detectFormat(file)).toBe("enex");
    // (also in a folder of notes)
    expect(await folderFileFormat(file)).toBe("enex");
    const notes = await parsedConversations(file);
    // (a note of encrypted text only has no words: no note)
    expect(notes.map((n) => [n.format, n.externalId, n.title, new Date(n.startedAt!).toISOString()])).toEqual([
      ["note", "evernote:20261002T201500Z Flights to Kochi", "Flights to Kochi", "2026-10-02T20:15:00.000Z"],
      ["note", "evernote:20260910T140000Z Q4 planning & offsite", "Q4 planning & offsite", "2026-09-10T14:00:00.000Z"],
    ]);
    const text = notes.flatMap((n) => n.turns.map((t) => t.text)).join("\n");
    expect(text).toContain("Booking reference Q7XK2P with Emirates.");
    expect(text).toContain("Flights to Kochi: EK 2, date 18 December 2026.");
    expect(text).toContain("Send the budget to Farah (done); Book a venue.");
    expect(text).not.toMatch(/iVBORw0|RU5DMI1m|en-media|<div>/);
    expect(notes[0]!.turns.map((t) => [t.speaker, t.role, new Date(t.occurredAt).toISOString()])).toContainEqual(["User", "user", "2026-10-02T20:15:00.000Z"]);
  });

  it("writes ENML as Markdown lines: a blank line between paragraphs, headings below the title, lists, checklists and a table's first row as its header", () => {
    expect(
      enmlLines(
        "<en-note><div>One line.</div><div>Next line.</div><div><br /></div><div>New paragraph.</div>" +
          "<h1>Section</h1><ul><li><div>a</div></li></ul><ol><li>first</li><li>second</li></ol>" +
          '<div><en-todo/>open</div><div><en-todo checked="true"/>ticked</div>' +
          "<table><tr><td>Name</td><td>Phone</td></tr><tr><td>Tom</td><td></td></tr></table></en-note>",
      ),
    ).toEqual([
      "One line.",
      "Next line.",
      "",
      "New paragraph.",
      "",
      "## Section",
      "",
      "- a",
      "",
      "1. first",
      "2. second",
      "",
      "- [ ] open",
      "- [x] ticked",
      "",
      "| Name | Phone |",
      "| --- | --- |",
      "| Tom |  |",
    ]);
  });

  it("names the note whose creation time it cannot read, a file cut inside a note, and an export with no note", async () => {
    const bad = join(dir, "bad.enex");
    writeFileSync(bad, enex(note("Boiler", "20260114T183000Z", "<div>Serviced.</div>"), note("Dentist", "next Tuesday", "<div>Check-up.</div>")));
    expect((await importErrorOf(parsedConversations(bad))).message).toBe(
      'bad.enex: note 2 ("Dentist").created: expected an Evernote time such as 20260115T093000Z, got "next Tuesday"',
    );
    const cut = join(dir, "cut.enex");
    writeFileSync(cut, enex(note("Boiler", "20260114T183000Z", "<div>Serviced.</div>")).slice(0, -40));
    expect((await importErrorOf(parsedConversations(cut))).message).toMatch(
      /^cut\.enex: byte \d+: the file ends inside note 1 \("Boiler"\): the export is cut short$/,
    );
    const empty = join(dir, "empty.enex");
    writeFileSync(empty, enex());
    expect((await importErrorOf(parsedConversations(empty))).message).toMatch(/^empty\.enex: byte \d+: the export holds no <note>$/);
  });
});

import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { folderFileFormat } from "../../core/api/import-check.js";
import { detectFormat } from "../../core/ingest/parse.js";
import { dayWords } from "../../core/ingest/notes/vcard.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-vcard-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A .vcf of `cards` (each its lines), CRLF as phones write it. */
const vcf = (...cards: string[][]) => `${cards.map((c) => ["BEGIN:VCARD", ...c, "END:VCARD"].join("\r\n")).join("\r\n")}\r\n`;

describe("contacts exported as vCards (.vcf)", () => {
  it("is detected, and read as one contact per card in words: folded lines joined, escapes undone, quoted-printable decoded, the photo no words", async () => {
    const file = join(dir, "contacts.vcf");
    writeFileSync(
      file,
      vcf(
        [
          "VERSION:3.0",
          "FN:Lena Fischer",
          "N:Fischer;Lena;;;",
          "UID:c-101",
          "TEL;TYPE=CELL:+49 170 1234567",
          "EMAIL;TYPE=INTERNET:lena.fischer@example.de",
          "ADR;TYPE=HOME:;;Leopoldstraße 12;München;;80802;Germany",
          "ORG:BMW Group",
          "TITLE:Product Designer",
          "BDAY:1994-03-14",
          "NOTE:Met at Sofia's wedding\\, 2019.\\nAllergic to pea",
          " nuts.",
          `PHOTO;ENCODING=b;TYPE=JPEG:${"/9j/4AAQSkZJRgABAQ".repeat(4)}`,
          ` ${"AAAQABAAD/2wBDAAgG".repeat(4)}`,
          "REV:20260915T101500Z",
        ],
        [
          "VERSION:2.1",
          "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Martin;Zo=C3=AB;;;",
          "TEL;CELL;PREF:07700900777",
          "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Owns Caf=C3=A9 Zo=C3=AB=",
          "=20on Brick Lane.",
        ],
        // (a card with no name, number or email is passed over)
        ["VERSION:3.0", "CATEGORIES:starred"],
      ),
    );
    expect(await detectFormat(file)).toBe("vcard");
    expect(await folderFileFormat(file)).toBe("vcard");
    const cards = await parsedConversations(file);
    expect(cards.map((c) => [c.format, c.externalId, c.title, c.turns.map((t) => [t.speaker, t.role, t.text])])).toEqual([
      [
        "vcard",
        "vcard:c-101",
        "Lena Fischer",
        [
          [
            "User",
            "user",
            "Lena Fischer (works at BMW Group as Product Designer): mobile +49 170 1234567; email lena.fischer@example.de; home address Leopoldstraße 12, München, 80802, Germany; birthday 14 March 1994; note: Met at Sofia's wedding, 2019. Allergic to peanuts.",
          ],
        ],
      ],
      ["vcard", "vcard:Zoë Martin", "Zoë Martin", [["User", "user", "Zoë Martin: mobile 07700900777; note: Owns Café Zoë on Brick Lane."]]],
    ]);
    // (a card's time is its REV, when it has one)
    expect(new Date(cards[0]!.startedAt!).toISOString()).toBe("2026-09-15T10:15:00.000Z");
  });

  it("writes a birthday in words, with its year or without", () => {
    expect(["1994-03-14", "19940314", "--0709", "--07-09", "1961-11-30T00:00:00Z", "sometime"].map(dayWords)).toEqual([
      "14 March 1994",
      "14 March 1994",
      "9 July",
      "9 July",
      "30 November 1961",
      "sometime",
    ]);
  });

  it("names the line of a card not ended or of a line that is no property, and refuses a file with no contact", async () => {
    const cut = join(dir, "cut.vcf");
    writeFileSync(cut, vcf(["VERSION:3.0", "FN:Mum"]).replace(/END:VCARD\r\n$/, ""));
    expect((await importErrorOf(parsedConversations(cut))).message).toBe("cut.vcf: line 1: the card has no END:VCARD: the file is cut short");
    const bad = join(dir, "bad.vcf");
    writeFileSync(bad, vcf(["VERSION:3.0", "FN:Mum"], ["VERSION:3.0", "FN:Dad", "just some words"]));
    expect((await importErrorOf(parsedConversations(bad))).message).toBe(
      'bad.vcf: line 8: expected a property such as "TEL;TYPE=CELL:+44 7700 900123", got "just some words"',
    );
    const empty = join(dir, "empty.vcf");
    writeFileSync(empty, vcf(["VERSION:3.0", "CATEGORIES:starred"]));
    expect((await importErrorOf(parsedConversations(empty))).message).toBe("empty.vcf: line 4: the file holds no contact card with a name, number or email");
  });
});

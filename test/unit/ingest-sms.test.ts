import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { folderFileFormat } from "../../core/api/import-check.js";
import { detectFormat } from "../../core/ingest/parse.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-sms-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An `<sms>` as SMS Backup & Restore writes it: `type` 1 received, 2 sent, 3 a draft. */
const sms = (address: string, contact: string, at: string, type: number, body: string) =>
  `  <sms protocol="0" address="${address}" date="${Date.parse(at)}" type="${type}" subject="null" body="${body}" toa="null" read="1" status="-1" locked="0" date_sent="0" sub_id="1" readable_date="x" contact_name="${contact}" />`;

/** A backup of `messages`, with the app's comment and stylesheet before `<smses>`. */
const backup = (...messages: string[]) =>
  [
    "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>",
    "<!--File Created By SMS Backup & Restore v10.20.002 on 20/11/2026 09:30:12-->",
    '<?xml-stylesheet type="text/xsl" href="sms.xsl"?>',
    `<smses count="${messages.length}" backup_set="x" backup_date="1763631012000" type="full">`,
    ...messages,
    "</smses>",
    "",
  ].join("\n");

describe("text messages backed up by SMS Backup & Restore", () => {
  it("is detected, and read as one conversation per thread in time order: what the user sent theirs, a group text by its members, an emoji's two references one emoji; codes, drafts and photos are no words", async () => {
    const file = join(dir, "sms-20261120093012.xml");
    const group = [
      '  <mms date="1794249000000" msg_box="1" address="+447700900789~+447700900321" contact_name="Sam Patel, Priya Shah" text_only="0">',
      "    <parts>",
      '      <part seq="-1" ct="application/smil" text="&lt;smil&gt;&lt;/smil&gt;" />',
      `      <part seq="0" ct="image/jpeg" name="IMG_1.jpg" text="null" data="${"/9j/4AAQSkZJRgABAQ".repeat(200)}" />`,
      '      <part seq="0" ct="text/plain" chset="106" text="Five-a-side moved to Thursdays at 7.&#10;Bring &#163;6 cash." />',
      "    </parts>",
      '    <addrs><addr address="+447700900789" type="137" charset="106" /><addr address="+447700900001" type="151" charset="106" /><addr address="+447700900321" type="151" charset="106" /></addrs>',
      "  </mms>",
    ].join("\n");
    writeFileSync(
      file,
      backup(
        sms("+447700900123", "Mum", "2026-10-03T17:11:00Z", 1, "Thanks love &#55357;&#56856; Sunday lunch is at 1"),
        sms("+44 7700 900123", "Mum", "2026-10-03T17:10:00Z", 2, "Great news! Will ring her after work x"),
        sms("60777", "(Unknown)", "2026-11-05T12:01:00Z", 1, "Your Monzo verification code is 482913. Never share this code."),
        sms("+447700900123", "Mum", "2026-10-04T08:00:00Z", 3, "draft never sent"),
        sms("BrightSmile", "(Unknown)", "2026-11-02T09:00:00Z", 1, "Reminder: your appointment with Dr Okafor is on Tue 17 Nov at 09:30."),
        group,
      ),
    );
    expect(await detectFormat(file)).toBe("sms");
    // (also in a folder; an .xml of anything else is passed over)
    expect(await folderFileFormat(file)).toBe("sms");
    const other = join(dir, "settings.xml");
    writeFileSync(other, '<?xml version="1.0"?>\n<settings><theme>dark</theme></settings>\n');
    expect(await folderFileFormat(other)).toBeNull();
    const threads = await parsedConversations(file);
    expect(threads.map((t) => [t.format, t.externalId, t.title, t.participants])).toEqual([
      ["sms", "sms:+447700900123", "Mum", ["Mum", "User"]],
      ["sms", "sms:BrightSmile", "BrightSmile", ["BrightSmile"]],
      ["sms", "sms:+447700900321~+447700900789", "Sam Patel, Priya Shah", ["Sam Patel"]],
    ]);
    expect(threads[0]!.turns.map((t) => [t.externalId, t.speaker, t.role, t.text])).toEqual([
      ["2026-10-03T17:10:00.000Z", "User", "user", "Great news! Will ring her after work x"],
      ["2026-10-03T17:11:00.000Z", "Mum", "other", "Thanks love 😘 Sunday lunch is at 1"],
    ]);
    expect(threads[2]!.turns.map((t) => t.text)).toEqual(["Five-a-side moved to Thursdays at 7.\nBring £6 cash."]);
  });

  it("names a sender known only by their number by the name they give ('Hi Nadia, this is Graham your landlord'), their number kept", async () => {
    const file = join(dir, "sms-introduced.xml");
    writeFileSync(
      file,
      backup(
        sms("+447700900456", "(Unknown)", "2026-10-28T10:30:15Z", 1, "Hi Nadia, this is Graham your landlord. Rent goes up to £1,350 from 1 January."),
        sms("+447700900456", "(Unknown)", "2026-10-28T11:02:47Z", 2, "Thanks Graham. Can you fix the extractor fan?"),
        sms("+447700900456", "(Unknown)", "2026-10-28T11:40:09Z", 1, "Will send Mike the electrician next week"),
        // (a day is no name: "It's Tuesday")
        sms("+447700900999", "(Unknown)", "2026-10-29T09:00:00Z", 1, "It's Tuesday already! Your parcel is out for delivery"),
      ),
    );
    const [landlord, courier] = await parsedConversations(file);
    expect(landlord).toMatchObject({ title: "Graham (+447700900456)", participants: ["Graham", "User"] });
    expect(landlord!.turns.map((t) => [t.speaker, t.metadata.number ?? null])).toEqual([
      ["Graham", "+447700900456"],
      ["User", null],
      ["Graham", "+447700900456"],
    ]);
    expect(courier).toMatchObject({ title: "+447700900999", participants: ["+447700900999"] });
  });

  it("names the message whose time it cannot read, and refuses a backup cut short or with no message", async () => {
    const bad = join(dir, "bad.xml");
    writeFileSync(
      bad,
      backup(
        sms("+447700900123", "Mum", "2026-10-03T17:11:00Z", 1, "Hi"),
        sms("+447700900123", "Mum", "2026-10-03T17:11:00Z", 1, "x").replace(/date="\d+"/, 'date="yesterday"'),
      ),
    );
    expect((await importErrorOf(parsedConversations(bad))).message).toBe('bad.xml: <sms> 2.date: expected a time in ms, got "yesterday"');
    const cut = join(dir, "cut.xml");
    writeFileSync(cut, backup(sms("+447700900123", "Mum", "2026-10-03T17:11:00Z", 1, "Hi")).slice(0, -12));
    expect((await importErrorOf(parsedConversations(cut))).message).toMatch(/^cut\.xml: byte \d+: the file ends before <\/smses>: the backup is cut short$/);
    const empty = join(dir, "empty.xml");
    writeFileSync(empty, backup());
    expect((await importErrorOf(parsedConversations(empty))).message).toMatch(/^empty\.xml: byte \d+: the backup holds no <sms> or <mms> message$/);
  });
});

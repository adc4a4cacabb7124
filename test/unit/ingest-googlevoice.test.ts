/**
 * Google Voice from Google Takeout (core/ingest/googlevoice.ts): each text conversation of `Voice/Calls/`
 * one conversation keyed by the other party's number (their several files and a later Takeout adding
 * only what is new), "Me" the user, offsets honoured; a group titled by its people; a voicemail's
 * transcript a turn of its caller; calls, audio, photos, Phones.vcf, Greetings/ and Bills.html passed
 * over, said why; a bad file refused naming the file, the line and the message.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, passedOverInFolder, whyPassedOver } from "../../core/api/import-check.js";
import { googleVoicePassedOver, voiceNumber } from "../../core/ingest/chats/googlevoice.js";
import { detectFormat } from "../../core/ingest/parse.js";
import { turnHash } from "../../core/ingest/store.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-googlevoice-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `text` (or bytes) to `name` under the test's folder, its folders made; returns its path. */
function write(name: string, text: string | Uint8Array): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

const ME = "+16145550100";
const GREG = { fn: "Greg Novak", tel: "+16145550123" };
const COACH = { fn: "+16145550187", tel: "+16145550187" };
const RACHEL = { fn: "Rachel Reyes", tel: "+16145550141" };
const DANNY = { fn: "Danny Reyes", tel: "+13125550199" };
const DENTIST = { fn: "Bright Smile Dental", tel: "+16145550142" };

/**
 * A page as Takeout writes one (five lines before its body's first message: the XML prolog, the
 * doctype and head, the title, its style, the body's opening), `body` after it.
 */
function page(title: string, body: string): string {
  return [
    '<?xml version="1.0" ?>',
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd"><html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />',
    `<title>${title}</title>`,
    '<style type="text/css">.message { max-width: 640px; } .full-text { display: none; }</style></head>',
    body,
  ].join("\n");
}

/** A sender as Takeout writes one: a person's `tel` and `fn`, or the user's "Me". */
function cite(who: { fn: string; tel: string } | "me"): string {
  return who === "me"
    ? `<cite class="sender vcard"><a class="tel" href="tel:${ME}"><abbr class="fn" title="">Me</abbr></a></cite>`
    : `<cite class="sender vcard"><a class="tel" href="tel:${who.tel}"><span class="fn">${who.fn}</span></a></cite>`;
}

/** A message: its `abbr.dt` title, its sender, its `<q>`'s markup, what follows it (a photo). Four lines, the next opening on its last. */
type Message = [title: string, who: { fn: string; tel: string } | "me", q: string, after?: string];

/** A text conversation's page: the group's people (if any) on the body's line, then each message (message k, from 0, opens on line 5 + 4k). */
function texts(title: string, messages: Message[], group: Array<{ fn: string; tel: string }> = []): string {
  const people = group.length ? `<div class="participants">Group conversation with:\n${group.map(cite).join(", ")}</div>` : "";
  const body = messages
    .map(
      ([at, who, q, after]) =>
        `<div class="message"><abbr class="dt" title="${at}">Oct 5, 2026, 10:02:11&#8239;AM\nEastern Time</abbr>:\n${cite(who)}:\n<q>${q}</q>\n${after ?? ""}</div>`,
    )
    .join(" ");
  return page(
    title,
    `<body><div class="hChatLog hfeed">${people}${body}</div>\n<div class="tags">Labels:\n<a rel="tag" href="http://www.google.com/voice#sms">Text</a></div>\n<div class="deletedStatusContainer">User Deleted:\nFalse</div></body></html>\n`,
  );
}

/** A call's page: its heading ("Voicemail from"), its party, its time's title, its duration, a voicemail's transcript (each word again in its timing spans, as Takeout writes them). */
function call(heading: string, who: { fn: string; tel: string }, at: string, duration: string | null, transcript?: string): string {
  const words = transcript
    ? `Transcript:\n<span class="description"><span class="full-text">${transcript}</span>\n${transcript
        .split(" ")
        .map(
          (w) =>
            `<span class="word high">${w}\n<span class="start-time">0.0</span>\n<span class="end-time">0.0</span>\n<span class="confidence">0.9</span></span>`,
        )
        .join(" ")}\n</span>\n<br />\n<audio controls="controls" src="x.mp3"><a rel="enclosure" href="x.mp3">Audio</a></audio>\n`
    : "\n<br />\n";
  return page(
    `${heading}\n${who.fn}`,
    `<body><div class="haudio"><span class="album">Call Log for\n</span>\n<span class="fn">${heading}\n${who.fn}</span>\n<div class="contributor vcard">${heading}\n<a class="tel" href="tel:${who.tel}"><span class="fn">${who.fn}</span></a></div>\n<abbr class="published" title="${at}">Nov 3, 2026</abbr>\n${words}${duration ? `<abbr class="duration" title="${duration}">(00:00:24)</abbr>\n` : ""}<div class="tags">Labels:\n<a rel="tag" href="http://www.google.com/voice#voicemail">Voicemail</a></div></div></body></html>\n`,
  );
}

/** Each turn as [externalId, speaker, role, time (ISO, UTC), text]. */
const shown = (turns: Array<{ externalId: string | null; speaker: string; role: string; occurredAt: number; text: string }>) =>
  turns.map((t) => [t.externalId, t.speaker, t.role, new Date(t.occurredAt).toISOString(), t.text]);

describe("Google Voice from Google Takeout", () => {
  it("reads a text conversation with one person: keyed by their number, 'Me' the user's, in time order across the end of daylight time, photos passed over", async () => {
    const file = write(
      "one/Takeout/Voice/Calls/Greg Novak - Text - 2026-10-31T14_02_11Z.html",
      texts("Me to\nGreg Novak", [
        ["2026-10-31T10:02:11.482-04:00", "me", "Hi Greg, the kitchen sink is leaking again.<br>Can someone look?"],
        ["2026-10-31T10:02:48.901-04:00", "me", "MMS Sent", '<div><img src="Greg Novak - Text - 2026-10-31T14_02_11Z-2-1" alt="Image MMS Attachment" /></div>'],
        // (written after, said before: 9:40 at -05:00 is 14:40 UTC, 10:20 at -04:00 is 14:20 UTC)
        ["2026-11-01T09:40:00.000-05:00", GREG, "Tony from Flow Right can&#39;t come till Tuesday &amp; says sorry"],
        ["2026-10-31T10:20:45.117-04:00", GREG, "Sorry about that Jordan. I&#39;ll send Tony on Monday"],
        ["2026-10-31T10:20:45.117-04:00", GREG, "  Between 9 and 11am  "],
      ]),
    );
    expect(await detectFormat(file)).toBe("googlevoice");
    const [c, more] = await parsedConversations(file);
    expect(more).toBeUndefined();
    expect(c).toMatchObject({
      format: "googlevoice",
      externalId: "googlevoice:+16145550123",
      title: "Greg Novak",
      participants: ["User", "Greg Novak"],
      startedAt: Date.UTC(2026, 9, 31, 14, 2, 11, 482),
    });
    expect(shown(c!.turns)).toEqual([
      ["2026-10-31T14:02:11.482Z", "User", "user", "2026-10-31T14:02:11.482Z", "Hi Greg, the kitchen sink is leaking again.\nCan someone look?"],
      ["2026-10-31T14:20:45.117Z", "Greg Novak", "other", "2026-10-31T14:20:45.117Z", "Sorry about that Jordan. I'll send Tony on Monday"],
      ["2026-10-31T14:20:45.117Z#2", "Greg Novak", "other", "2026-10-31T14:20:45.117Z", "Between 9 and 11am"],
      ["2026-11-01T14:40:00.000Z", "Greg Novak", "other", "2026-11-01T14:40:00.000Z", "Tony from Flow Right can't come till Tuesday & says sorry"],
    ]);
    // (a text the user received is said to them; what they sent is theirs)
    expect(c!.turns.map((t) => t.metadata)).toEqual([{}, { sms: { to: ["the user"] } }, { sms: { to: ["the user"] } }, { sms: { to: ["the user"] } }]);
  });

  it("keys a person's several files, and a later Takeout's, to one conversation, adding only the messages new", async () => {
    const october: Message[] = [
      ["2026-10-05T10:02:11.482-04:00", "me", "Is the rent going up?"],
      ["2026-10-05T10:21:30.650-04:00", GREG, "Rent goes up to $1,475 starting January 1"],
    ];
    const november: Message[] = [["2026-11-09T18:40:05.219-05:00", GREG, "The furnace inspection is Tuesday Nov 17 at 1pm"]];
    const later: Message[] = [...november, ["2026-11-09T18:52:19.566-05:00", "me", "Will do"]];
    write("before/Calls/Greg Novak - Text - 2026-10-05T14_02_11Z.html", texts("Greg Novak", october));
    write("before/Calls/Greg Novak - Text - 2026-11-09T23_40_05Z.html", texts("Greg Novak", november));
    // (the later Takeout: the same files, the second grown; the contact's name in the file's name the number's now)
    write("after/Calls/+16145550123 - Text - 2026-10-05T14_02_11Z.html", texts("Greg Novak", october));
    write("after/Calls/Greg Novak - Text - 2026-11-09T23_40_05Z.html", texts("Greg Novak", later));
    const hashes = async (folder: string) => {
      const out: Array<{ conversation: string; text: string; hash: string }> = [];
      for (const { file } of importPaths(join(dir, folder)))
        for (const c of await parsedConversations(file)) for (const t of c.turns) out.push({ conversation: c.externalId, text: t.text, hash: turnHash(c, t) });
      return out;
    };
    const before = await hashes("before");
    expect(new Set(before.map((h) => h.conversation))).toEqual(new Set(["googlevoice:+16145550123"]));
    const stored = new Set(before.map((h) => h.hash));
    expect((await hashes("after")).filter((h) => !stored.has(h.hash)).map((h) => [h.conversation, h.text])).toEqual([["googlevoice:+16145550123", "Will do"]]);
  });

  it("names someone not in the contacts by the name they gave, else by their number", async () => {
    const coach = write(
      "coach/+16145550187 - Text - 2026-10-08T00_15_22Z.html",
      texts("+16145550187", [
        ["2026-10-07T20:15:22.347-04:00", COACH, "Hi, this is Marcus, Ella&#39;s soccer coach. Practice is at Westgate Park"],
        ["2026-10-07T20:18:40.912-04:00", "me", "Thanks Marcus!"],
      ]),
    );
    const [c] = await parsedConversations(coach);
    expect(c).toMatchObject({ externalId: "googlevoice:+16145550187", title: "Marcus (+16145550187)", participants: ["Marcus", "User"] });
    expect(c!.turns[0]!.metadata).toEqual({ number: "+16145550187", sms: { to: ["the user"] } });
    // (only the user wrote: the number the file is named by keys it)
    const mine = write(
      "coach/+16145550199 - Text - 2026-10-09T00_15_22Z.html",
      texts("+16145550199", [["2026-10-08T20:15:22.000-04:00", "me", "Running late"]]),
    );
    expect((await parsedConversations(mine))[0]).toMatchObject({ externalId: "googlevoice:+16145550199", title: "+16145550199" });
  });

  it("keys a group by its people's numbers, titled by their names, its messages said to the group", async () => {
    const file = write(
      "group/Group Conversation - 2026-10-20T01_05_33Z.html",
      texts(
        "Group Conversation",
        [
          ["2026-10-19T21:05:33.120-04:00", RACHEL, "We&#39;re hosting Thanksgiving in Dublin this year"],
          ["2026-10-19T21:07:10.584-04:00", DANNY, "I&#39;ll smoke the turkey"],
          ["2026-10-19T21:09:48.230-04:00", "me", "I&#39;ll bring pecan pie"],
        ],
        [RACHEL, DANNY],
      ),
    );
    const [c] = await parsedConversations(file);
    expect(c).toMatchObject({
      externalId: "googlevoice:group:+13125550199,+16145550141",
      title: "Rachel Reyes and Danny Reyes",
      participants: ["Rachel Reyes", "Danny Reyes", "User"],
    });
    expect(c!.turns.map((t) => [t.speaker, t.text, t.metadata])).toEqual([
      ["Rachel Reyes", "We're hosting Thanksgiving in Dublin this year", { sms: { to: [] } }],
      ["Danny Reyes", "I'll smoke the turkey", { sms: { to: [] } }],
      ["User", "I'll bring pecan pie", {}],
    ]);
  });

  it("reads a voicemail's transcript as what its caller said, in their conversation, its words' timings not read", async () => {
    const file = write(
      "vm/Bright Smile Dental - Voicemail - 2026-11-03T15_12_40Z.html",
      call(
        "Voicemail from",
        DENTIST,
        "2026-11-03T10:12:40.000-05:00",
        "PT24S",
        "Hi, this is Karen from Bright Smile Dental. Dr. Patel moved your cleaning to Friday, November 20th at 2:30 PM.",
      ),
    );
    expect(await detectFormat(file)).toBe("googlevoice");
    const [c] = await parsedConversations(file);
    expect(c).toMatchObject({ externalId: "googlevoice:+16145550142", title: "Bright Smile Dental", participants: ["Bright Smile Dental"] });
    expect(shown(c!.turns)).toEqual([
      [
        "2026-11-03T15:12:40.000Z voicemail",
        "Bright Smile Dental",
        "other",
        "2026-11-03T15:12:40.000Z",
        "(voicemail) Hi, this is Karen from Bright Smile Dental. Dr. Patel moved your cleaning to Friday, November 20th at 2:30 PM.",
      ],
    ]);
    expect(c!.turns[0]!.metadata).toEqual({ voicemail: { seconds: 24 }, sms: { to: ["the user"] } });
  });

  it("reads a Takeout's Voice folder: texts and voicemails; calls, audio, photos, Phones.vcf, Greetings and Bills.html passed over, said why; a card sent read as contacts", async () => {
    const voice = join(dir, "folder/Takeout/Voice");
    write(
      "folder/Takeout/Voice/Phones.vcf",
      "BEGIN:VCARD\nVERSION:3.0\nFN:\nN:;;;;\nitem1.TEL:+16145550100\nitem1.X-ABLabel:Google Voice\nTEL;TYPE=CELL:+16145550177\nEND:VCARD\n",
    );
    write("folder/Takeout/Voice/Bills.html", "<html><head><title>Bills</title></head><body><h1>Billing history</h1></body></html>");
    write("folder/Takeout/Voice/Greetings/Greeting 1.mp3", new Uint8Array([0x49, 0x44, 0x33, 0x03]));
    write(
      "folder/Takeout/Voice/Calls/Greg Novak - Text - 2026-10-05T14_02_11Z.html",
      texts("Greg Novak", [["2026-10-05T10:02:11.482-04:00", GREG, "Lockbox code is 4817"]]),
    );
    write("folder/Takeout/Voice/Calls/Greg Novak - Text - 2026-10-05T14_02_11Z-2-1.jpg", new Uint8Array([0xff, 0xd8, 0xff, 0xd9]));
    write(
      "folder/Takeout/Voice/Calls/Greg Novak - Text - 2026-10-05T14_02_11Z-3-1.vcf",
      "BEGIN:VCARD\nVERSION:3.0\nFN:Tony Russo\nTEL;TYPE=CELL:+16145550166\nEND:VCARD\n",
    );
    write(
      "folder/Takeout/Voice/Calls/Greg Novak - Placed - 2026-10-06T13_15_00Z.html",
      call("Placed call to", GREG, "2026-10-06T09:15:00.000-04:00", "PT3M12S"),
    );
    write(
      "folder/Takeout/Voice/Calls/Bright Smile Dental - Missed - 2026-11-03T15_11_58Z.html",
      call("Missed call from", DENTIST, "2026-11-03T10:11:58.000-05:00", null),
    );
    write(
      "folder/Takeout/Voice/Calls/Bright Smile Dental - Voicemail - 2026-11-03T15_12_40Z.html",
      call("Voicemail from", DENTIST, "2026-11-03T10:12:40.000-05:00", "PT24S", "Your cleaning is on Friday"),
    );
    write("folder/Takeout/Voice/Calls/Bright Smile Dental - Voicemail - 2026-11-03T15_12_40Z.mp3", new Uint8Array([0x49, 0x44, 0x33, 0x03]));
    // (an older Takeout's call, named with no kind: told by its heading)
    write(
      "folder/Takeout/Voice/Calls/+17323218888 - 2015-03-20T03_59_29Z.html",
      call("Placed call to", { fn: "", tel: "+17323218888" }, "2015-03-19T20:59:29.000-07:00", "PT1M"),
    );
    // (a saved web page is no one's words: not listed)
    write("folder/Takeout/Voice/saved page.html", "<html><head><title>Google Voice help</title></head><body><p>Calls and texts</p></body></html>");
    expect(importPaths(voice).map((p) => p.file.slice(voice.length + 1))).toEqual([
      "Bills.html",
      "Calls/+17323218888 - 2015-03-20T03_59_29Z.html",
      "Calls/Bright Smile Dental - Missed - 2026-11-03T15_11_58Z.html",
      "Calls/Bright Smile Dental - Voicemail - 2026-11-03T15_12_40Z.html",
      "Calls/Bright Smile Dental - Voicemail - 2026-11-03T15_12_40Z.mp3",
      "Calls/Greg Novak - Placed - 2026-10-06T13_15_00Z.html",
      "Calls/Greg Novak - Text - 2026-10-05T14_02_11Z-2-1.jpg",
      "Calls/Greg Novak - Text - 2026-10-05T14_02_11Z-3-1.vcf",
      "Calls/Greg Novak - Text - 2026-10-05T14_02_11Z.html",
      "Greetings/Greeting 1.mp3",
      "Phones.vcf",
    ]);
    const why: Record<string, string> = {};
    const read: Record<string, string> = {};
    for (const { file } of importPaths(voice)) {
      const name = file.slice(voice.length + 1);
      const aside = await passedOverInFolder(file);
      if (aside) {
        expect(await folderFileFormat(file)).toBeNull();
        why[name] = aside;
        continue;
      }
      const format = await folderFileFormat(file);
      const err = await checkImportFile(file, format ?? undefined).then(
        () => null,
        (e: unknown) => e,
      );
      if (err === null) read[name] = format!;
      else why[name] = isEmptyNote(err) ? whyPassedOver(err) : String(err);
    }
    expect(read).toEqual({
      "Calls/Bright Smile Dental - Voicemail - 2026-11-03T15_12_40Z.html": "googlevoice",
      "Calls/Greg Novak - Text - 2026-10-05T14_02_11Z-3-1.vcf": "vcard",
      "Calls/Greg Novak - Text - 2026-10-05T14_02_11Z.html": "googlevoice",
    });
    expect(why).toEqual({
      "Bills.html": "Google Voice's billing history, no one's words",
      "Calls/+17323218888 - 2015-03-20T03_59_29Z.html": "a Google Voice placed call's log, whom and when, no note",
      "Calls/Bright Smile Dental - Missed - 2026-11-03T15_11_58Z.html": "a Google Voice missed call's log: who and when, no words",
      "Calls/Bright Smile Dental - Voicemail - 2026-11-03T15_12_40Z.mp3":
        "a Google Voice voicemail's audio: its transcript is read from Bright Smile Dental - Voicemail - 2026-11-03T15_12_40Z.html",
      "Calls/Greg Novak - Placed - 2026-10-06T13_15_00Z.html": "a Google Voice placed call's log: who and when, no words",
      "Calls/Greg Novak - Text - 2026-10-05T14_02_11Z-2-1.jpg":
        "a photo sent in a Google Voice text, no words: its message is read from its conversation's .html",
      "Greetings/Greeting 1.mp3": "a Google Voice voicemail greeting: audio, no words",
      "Phones.vcf": "Google Voice's list of the account's own phone numbers, no contact",
    });
    // (a Phones.vcf, a Bills.html or a Greetings folder with no Calls/ beside them is no Google Voice's)
    expect(googleVoicePassedOver(write("elsewhere/Phones.vcf", "BEGIN:VCARD\nVERSION:3.0\nFN:Ana\nEND:VCARD\n"))).toBeNull();
    expect(await folderFileFormat(join(dir, "elsewhere/Phones.vcf"))).toBe("vcard");
  });

  it("reads numbers Takeout wrote without their '+' as the same number", () => {
    expect(["tel:+16145550123", "tel:16145550123", "6145550123", "+1 (614) 555-0123"].map(voiceNumber)).toEqual([
      "+16145550123",
      "+16145550123",
      "+16145550123",
      "+16145550123",
    ]);
  });

  it("refuses a message with no time of Takeout's, or no sender, naming the file, its line and the message; a call alone as no words; another page as no Google Voice file", async () => {
    const bad = write(
      "bad/Greg Novak - Text - 2026-10-05T14_02_11Z.html",
      texts("Greg Novak", [
        ["2026-10-05T10:02:11.482-04:00", GREG, "fine"],
        ["Oct 5, 2026", GREG, "no stamp"],
      ]),
    );
    const err = await importErrorOf(parsedConversations(bad));
    expect(err.name).toBe("ImportError");
    expect(err.file).toBe(bad);
    expect(err.message).toBe(
      'Greg Novak - Text - 2026-10-05T14_02_11Z.html: line 9: message 2: its time (<abbr class="dt" title="…">) is "Oct 5, 2026"; expected ISO 8601 with its offset, as Takeout writes it ("2026-10-05T10:02:11.482-04:00")',
    );
    const noZone = write("bad/b.html", texts("Greg Novak", [["2026-10-05T10:02:11", GREG, "no offset"]]));
    expect((await importErrorOf(parsedConversations(noZone))).message).toContain(
      'b.html: line 5: message 1: its time (<abbr class="dt" title="…">) is "2026-10-05T10:02:11"',
    );
    const nobody = write("bad/c.html", texts("Greg Novak", [["2026-10-05T10:02:11.482-04:00", { fn: "", tel: "" }, "who?"]]));
    expect((await importErrorOf(parsedConversations(nobody))).message).toBe(
      'c.html: line 5: message 1: no sender (<cite class="sender vcard"> with its tel and fn)',
    );
    // (its haudio opens on line 6: the call's title takes two)
    const missed = write("bad/Dentist - Missed - 2026-11-03T15_11_58Z.html", call("Missed call from", DENTIST, "2026-11-03T10:11:58.000-05:00", null));
    const noWords = await importErrorOf(parsedConversations(missed));
    expect(noWords.message).toBe(
      "Dentist - Missed - 2026-11-03T15_11_58Z.html: line 6: the note has no text: a Google Voice missed call's log, who called and when",
    );
    // (in a folder, passed over saying why)
    const checked = await checkImportFile(missed).catch((e: unknown) => e);
    expect(isEmptyNote(checked)).toBe(true);
    expect(whyPassedOver(checked)).toBe("a Google Voice missed call's log, who called and when, no note");
    const other = write("bad/page.html", "<html><head><title>Recipes</title></head><body><p>Pancakes</p></body></html>\n");
    expect(await detectFormat(other)).not.toBe("googlevoice");
    expect((await importErrorOf(parsedConversations(other, "googlevoice"))).message).toBe(
      'page.html: line 1: not a Google Voice file: no text conversation (<div class="hChatLog hfeed">) nor call (<div class="haudio">) in it; Takeout\'s Voice/Calls/ holds them',
    );
  });
});

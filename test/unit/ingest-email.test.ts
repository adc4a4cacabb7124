import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseEmail } from "../../core/ingest/chats/email.js";
import { detectFormat } from "../../core/ingest/parse.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-email-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One message of an mbox as Google Takeout writes it: a "From " line, headers, a blank line, the body. */
function message(headers: string[], body: string): string {
  return ["From 1785943211234567890@xxx Mon Nov 16 10:02:00 +0000 2026", ...headers, "", body, ""].join("\n");
}

const LEASE = message(
  [
    "Date: Mon, 16 Nov 2026 10:02:00 +0000",
    "From: Mark Jones <mark@lettings.example.com>",
    "To: Sofia Reyes <sofia@example.com>",
    "Message-ID: <lease-1@lettings.example.com>",
    "Subject: Lease renewal",
    'Content-Type: text/plain; charset="UTF-8"',
  ],
  "Hi Sofia,\n\nThe new rent from 1 February will be £1,250 per month.\n>From now on, rent is due on the 1st.\n\nBest wishes,\nMark\n\n-- \nMark Jones\nLettings Manager\n0113 496 0001",
);
const REPLY = message(
  [
    "Date: Tue, 17 Nov 2026 08:45:30 +0000",
    "From: Sofia Reyes <sofia@example.com>",
    "To: Mark Jones <mark@lettings.example.com>",
    "Message-ID: <reply-1@mail.gmail.com>",
    "In-Reply-To: <lease-1@lettings.example.com>",
    "References: <lease-1@lettings.example.com>",
    "Subject: Re: Lease renewal",
    'Content-Type: text/plain; charset="UTF-8"',
  ],
  "Thanks Mark, I'll sign the renewal next week.\n\nSent from my iPhone\n\nOn Mon, 16 Nov 2026 at 10:02, Mark Jones <mark@lettings.example.com>\nwrote:\n> The new rent from 1 February will be £1,250 per month.",
);
const HOTEL = message(
  [
    "Date: Mon, 2 Nov 2026 18:20:11 +0000",
    "From: Booking.com <noreply@booking.com>",
    "To: Sofia Reyes <sofia@example.com>",
    "Message-ID: <conf-1@booking.com>",
    "Subject: Your booking is confirmed",
    'Content-Type: text/html; charset="UTF-8"',
  ],
  "<h1>Your booking is confirmed.</h1><table><tr><td>Confirmation number:</td><td>4021.887.331</td></tr><tr><td>Check-in:</td><td>Friday 18 December 2026</td></tr></table>",
);
const DEALS = message(
  [
    "Date: Sat, 14 Nov 2026 06:00:00 +0000",
    "From: Trainline <deals@trainline.example.com>",
    "Message-ID: <deals-1@trainline.example.com>",
    "List-Unsubscribe: <https://trainline.example.com/unsubscribe>",
    "Subject: Your weekly deals",
  ],
  "Save up to 60% on advance tickets.",
);

describe("email: an mbox or an .eml", () => {
  it("reads an mbox as one conversation per thread, each message in its own words: no quoted mail, no 'Sent from my iPhone', the signature on a line, HTML tables a row per line, bulk mail passed over", async () => {
    const file = join(dir, "mail.mbox");
    writeFileSync(file, [LEASE, REPLY, HOTEL, DEALS].join("\n"));
    expect(await detectFormat(file)).toBe("email");
    const threads = await parsedConversations(file);
    expect(threads.map((t) => [t.format, t.externalId, t.title, t.participants])).toEqual([
      ["email", "email:<lease-1@lettings.example.com>", "Lease renewal", ["Mark Jones", "Sofia Reyes"]],
      ["email", "email:<conf-1@booking.com>", "Your booking is confirmed", ["Booking.com"]],
    ]);
    expect(threads.flatMap((t) => t.turns.map((x) => [x.externalId, x.speaker, x.role, new Date(x.occurredAt).toISOString(), x.text]))).toEqual([
      [
        "<lease-1@lettings.example.com>",
        "Mark Jones",
        "other",
        "2026-11-16T10:02:00.000Z",
        // (mboxrd: the body's ">From now on" was "From now on")
        "Hi Sofia,\n\nThe new rent from 1 February will be £1,250 per month.\nFrom now on, rent is due on the 1st.\n\nBest wishes,\nMark\n\nSignature: Mark Jones, Lettings Manager, 0113 496 0001.",
      ],
      ["<reply-1@mail.gmail.com>", "Sofia Reyes", "other", "2026-11-17T08:45:30.000Z", "Thanks Mark, I'll sign the renewal next week."],
      [
        "<conf-1@booking.com>",
        "Booking.com",
        "other",
        "2026-11-02T18:20:11.000Z",
        "Your booking is confirmed.\n\nConfirmation number: 4021.887.331\nCheck-in: Friday 18 December 2026",
      ],
    ]);
    expect(threads[0]!.turns[0]!.metadata.email).toEqual({
      messageId: "<lease-1@lettings.example.com>",
      from: "mark@lettings.example.com",
      to: ["Sofia Reyes"],
      subject: "Lease renewal",
      attachments: [],
    });
  });

  it("reads a mail forwarded inside another as a message of its own, from whom and when it was sent first, to whom it was sent", async () => {
    const eml = join(dir, "forwarded.eml");
    writeFileSync(
      eml,
      [
        "From: Priya Nair <priya.nair@example.com>",
        "To: Sam Carter <sam.carter@example.com>",
        "Subject: Fwd: Your booking at The Old Rectory is confirmed",
        "Date: Mon, 16 Nov 2026 09:12:44 +0000",
        "Message-ID: <fwd-1@example.com>",
        "",
        "Sam, here's the confirmation for Mum's 70th.",
        "",
        "---------- Forwarded message ---------",
        "From: The Old Rectory <bookings@oldrectory.example>",
        "Date: Fri, 13 Nov 2026 at 17:40",
        "Subject: Your booking at The Old Rectory is confirmed",
        "To: Priya Nair <priya.nair@example.com>",
        "",
        "",
        "Dear Ms Nair,",
        "",
        "Your table for 12 is confirmed for Saturday 5 December 2026 at 19:30.",
        "",
      ].join("\r\n"),
    );
    const [thread] = await parsedConversations(eml);
    // (the forwarded mail had been cut at its "From:" and "Date:" lines, as a reply's quote)
    expect(
      thread!.turns.map((t) => [t.externalId, t.speaker, new Date(t.occurredAt).toISOString(), t.text, (t.metadata.email as { to: string[] }).to]),
    ).toEqual([
      [
        "<fwd-1@example.com>#forwarded",
        "The Old Rectory",
        "2026-11-13T17:40:00.000Z",
        "Dear Ms Nair,\n\nYour table for 12 is confirmed for Saturday 5 December 2026 at 19:30.",
        ["Priya Nair"],
      ],
      ["<fwd-1@example.com>", "Priya Nair", "2026-11-16T09:12:44.000Z", "Sam, here's the confirmation for Mum's 70th.", ["Sam Carter"]],
    ]);
  });

  it("tells the signature Outlook writes after a closing, with no '-- ', on one line; a closing with only a name after it stays as written", async () => {
    const eml = join(dir, "offer.eml");
    writeFileSync(
      eml,
      [
        "From: Grace Whitfield <grace.whitfield@harbourline.co.uk>",
        "To: Nadia Hussain <nadia.hussain@harbourline.co.uk>",
        "Subject: Your new role",
        "Date: Fri, 20 Nov 2026 16:12:41 +0000",
        "Message-ID: <offer-1@harbourline.co.uk>",
        "",
        "Your start date is Monday 11 January 2027.",
        "",
        "Kind regards,",
        "Grace Whitfield",
        "HR Business Partner, Harbourline Logistics",
        "Tel: 0113 496 0200",
        "",
      ].join("\r\n"),
    );
    const [offer] = await parsedConversations(eml);
    expect(offer!.turns[0]!.text).toBe(
      "Your start date is Monday 11 January 2027.\n\nKind regards,\n\nSignature: Grace Whitfield, HR Business Partner, Harbourline Logistics, Tel: 0113 496 0200.",
    );
    const short = join(dir, "short.eml");
    writeFileSync(
      short,
      ["From: Dan <dan@example.net>", "Subject: Dinner", "Date: Wed, 18 Nov 2026 21:04:00 +0000", "", "See you at 7.", "", "Cheers,", "Dan", ""].join("\r\n"),
    );
    expect((await parsedConversations(short))[0]!.turns[0]!.text).toBe("See you at 7.\n\nCheers,\nDan");
  });

  it("detects a saved .eml by its headers (CRLF), and names the line of a message with no date", async () => {
    const eml = join(dir, "dinner.eml");
    writeFileSync(
      eml,
      [
        "Return-Path: <dan@example.net>",
        "From: Dan Reyes <dan@example.net>",
        "To: Sofia Reyes <sofia@example.com>",
        "Subject: Mum's 70th",
        "Date: Wed, 18 Nov 2026 21:04:00 +0000",
        "Message-Id: <E1@example.net>",
        "",
        "I've booked the table at Ottolenghi for 9 December at 7pm.",
        "",
      ].join("\r\n"),
    );
    expect(await detectFormat(eml)).toBe("email");
    const [thread] = await parsedConversations(eml);
    expect(thread!.turns.map((t) => [t.speaker, t.text])).toEqual([["Dan Reyes", "I've booked the table at Ottolenghi for 9 December at 7pm."]]);
    // (a note that opens with one "From:" line, or with "From … 2019", is no email)
    const note = join(dir, "note.md");
    writeFileSync(note, "From: the garden centre\nBuy compost and seeds.\n");
    expect(await detectFormat(note)).toBe("note");
    const since = join(dir, "work.md");
    writeFileSync(since, "From Monday to Friday I have worked at the bakery since 2019\n");
    expect(await detectFormat(since)).toBe("note");
    const undated = join(dir, "undated.mbox");
    writeFileSync(undated, [LEASE, message(["From: Ana <ana@example.org>", "Subject: Hi"], "See you Saturday at Café Nero.")].join("\n"));
    expect((await importErrorOf(parsedConversations(undated))).message).toBe("undated.mbox: line 22: a message with no Date header (or one that is no time)");
  });

  it("gives each thread as soon as its last message is read, so a mailbox is never held whole, and a thread held too long in parts with the same id", async () => {
    const file = join(dir, "long.mbox");
    const filler = (i: number) =>
      message(
        [
          `Date: Sun, 15 Nov 2026 ${10 + Math.floor(i / 60)}:${String(i % 60).padStart(2, "0")}:00 +0000`,
          `From: Ana <ana@example.org>`,
          `Message-ID: <note-${i}@example.org>`,
          `Subject: Note ${i}`,
        ],
        `Remember item ${i} for the garden. ${"Compost, seeds and a new trowel. ".repeat(40)}`,
      );
    writeFileSync(file, [LEASE, REPLY, ...Array.from({ length: 300 }, (_, i) => filler(i))].join("\n"));
    const size = statSync(file).size;
    let read = 0;
    const seen: Array<[string, number]> = [];
    for await (const thread of parseEmail(file, { onProgress: (bytes) => (read = bytes) })) seen.push([thread.externalId, read]);
    // (the lease thread ends at its second message: it is given before the rest of the file is read)
    expect(seen[0]).toEqual(["email:<lease-1@lettings.example.com>", expect.any(Number)]);
    expect(seen).toHaveLength(301);
    // (the file, ~400 KiB, is read in chunks of 256 KiB: the thread came with the first)
    expect(seen[0]![1]).toBeLessThan(size);
    // a thread open while more than the bound is held is given in parts: the same conversation id, its messages in order
    const parts: Array<[string, string[]]> = [];
    writeFileSync(file, [LEASE, ...Array.from({ length: 6 }, (_, i) => filler(i)), REPLY].join("\n"));
    // (a bound below the first mail's own text: it is given at once, its reply later as a second part)
    for await (const t of parseEmail(file, { maxHeldBytes: 64 })) parts.push([t.externalId, t.turns.map((x) => x.externalId ?? "")]);
    expect(parts.filter(([id]) => id === "email:<lease-1@lettings.example.com>")).toEqual([
      ["email:<lease-1@lettings.example.com>", ["<lease-1@lettings.example.com>"]],
      ["email:<lease-1@lettings.example.com>", ["<reply-1@mail.gmail.com>"]],
    ]);
    expect(parts).toHaveLength(8);
  });
});

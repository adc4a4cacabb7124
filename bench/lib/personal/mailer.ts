/**
 * The mailer person: Sofia, whose life runs through her inbox. Their data: an mbox exported from
 * Gmail (Google Takeout: "From " separator lines, X-GM-THRID and X-Gmail-Labels headers): a hotel
 * booking confirmation sent as HTML only, a lease renewal thread with her landlord (her reply quotes
 * his mail below "On … wrote:"), a work mail with a signature, a note from her GP surgery in
 * quoted-printable, a friend's mail whose subject is an encoded word, a newsletter, and an invoice
 * with a PDF attached; and a single .eml saved from Apple Mail. Hand-written by the developers while
 * trying Engram as its users would. With them, the questions such a person asks later and the words a
 * right answer holds, and questions nothing here answers. Written in session 27 before Engram could
 * read email (the first run's figures are in bench/README.md).
 */
import type { Person } from "./types.js";

/** One message of the mbox: its Takeout separator's time, headers and body (lines joined with "\n"). */
function message(separator: string, headers: string[], body: string): string {
  return [`From 1785943211234567890@xxx ${separator}`, ...headers, "", body, ""].join("\n");
}

const ME = "Sofia Reyes <sofia.reyes@example.com>";

const MBOX = [
  message(
    "Mon Nov 02 18:20:11 +0000 2026",
    [
      "X-GM-THRID: 1785943211234567001",
      "X-Gmail-Labels: Inbox,Category Updates",
      "Delivered-To: sofia.reyes@example.com",
      "Date: Mon, 2 Nov 2026 18:20:11 +0000",
      "From: Booking.com <noreply@booking.com>",
      `To: ${ME}`,
      "Message-ID: <conf-4021887331@booking.com>",
      "Subject: Your booking is confirmed: Hotel Lisboa Plaza",
      "MIME-Version: 1.0",
      'Content-Type: text/html; charset="UTF-8"',
      "Content-Transfer-Encoding: 7bit",
    ],
    `<html><body><h1>Thanks, Sofia! Your booking in Lisbon is confirmed.</h1>
<table><tr><td>Confirmation number:</td><td>4021.887.331</td></tr>
<tr><td>Check-in:</td><td>Friday 18 December 2026 (from 15:00)</td></tr>
<tr><td>Check-out:</td><td>Tuesday 22 December 2026 (until 11:00)</td></tr>
<tr><td>Total price:</td><td>&euro;512</td></tr></table>
<p>Hotel Lisboa Plaza, Travessa do Salitre 7, Lisbon</p></body></html>`,
  ),
  message(
    "Mon Nov 16 10:02:00 +0000 2026",
    [
      "X-GM-THRID: 1785943211234567002",
      "X-Gmail-Labels: Inbox,Important",
      "Date: Mon, 16 Nov 2026 10:02:00 +0000",
      "From: Mark Jones <mark.jones@lettings.example.com>",
      `To: ${ME}`,
      "Message-ID: <lease-1@lettings.example.com>",
      "Subject: Lease renewal",
      "MIME-Version: 1.0",
      'Content-Type: text/plain; charset="UTF-8"',
    ],
    `Hi Sofia,

Your lease ends on 31 January. If you want to stay, the new rent from 1 February will be £1,250 per month.

Please let me know by 15 December.

Best wishes,
Mark`,
  ),
  message(
    "Tue Nov 17 08:45:30 +0000 2026",
    [
      "X-GM-THRID: 1785943211234567002",
      "X-Gmail-Labels: Sent",
      "Date: Tue, 17 Nov 2026 08:45:30 +0000",
      `From: ${ME}`,
      "To: Mark Jones <mark.jones@lettings.example.com>",
      "Message-ID: <CAF-reply-1@mail.gmail.com>",
      "In-Reply-To: <lease-1@lettings.example.com>",
      "References: <lease-1@lettings.example.com>",
      "Subject: Re: Lease renewal",
      "MIME-Version: 1.0",
      'Content-Type: text/plain; charset="UTF-8"',
    ],
    `Thanks Mark, that works for me. I'll sign the renewal next week.

Sofia

On Mon, 16 Nov 2026 at 10:02, Mark Jones <mark.jones@lettings.example.com> wrote:
> Hi Sofia,
>
> Your lease ends on 31 January. If you want to stay, the new rent from 1 February will be £1,250 per month.
>
> Please let me know by 15 December.`,
  ),
  message(
    "Wed Nov 11 16:12:00 +0000 2026",
    [
      "X-GM-THRID: 1785943211234567003",
      "X-Gmail-Labels: Inbox,Work",
      "Date: Wed, 11 Nov 2026 16:12:00 +0000",
      "From: Priya Shah <priya.shah@northwind.example.com>",
      `To: ${ME}`,
      "Message-ID: <offsite-2@northwind.example.com>",
      "Subject: Offsite moved",
      "MIME-Version: 1.0",
      'Content-Type: text/plain; charset="UTF-8"',
    ],
    `Hi all,

The team offsite has moved to 3 March, and it will be in Bristol now, at the Watershed.

I booked rooms for everyone at the Mercure.

Cheers,
Priya

-- 
Priya Shah
Head of Product, Northwind
+44 7700 900123`,
  ),
  message(
    "Thu Nov 12 09:00:00 +0000 2026",
    [
      "X-GM-THRID: 1785943211234567004",
      "X-Gmail-Labels: Inbox",
      "Date: Thu, 12 Nov 2026 09:00:00 +0000",
      "From: Kirkstall Medical Practice <no-reply@kirkstallmedical.example.nhs.uk>",
      `To: ${ME}`,
      "Message-ID: <results-88@kirkstallmedical.example.nhs.uk>",
      "Subject: Your test results",
      "MIME-Version: 1.0",
      'Content-Type: text/plain; charset="UTF-8"',
      "Content-Transfer-Encoding: quoted-printable",
    ],
    `Dear Ms Reyes,

Dr Okafor has reviewed your blood test from 5 November. Your results are norm=
al and no action is needed.

Please book a follow-up blood test in 6 months.

Kirkstall Medical Practice =E2=80=93 0113 496 0000`,
  ),
  message(
    "Fri Nov 13 19:30:00 +0000 2026",
    [
      "X-GM-THRID: 1785943211234567005",
      "X-Gmail-Labels: Inbox",
      "Date: Fri, 13 Nov 2026 19:30:00 +0000",
      "From: Ana Costa <ana.costa@example.org>",
      `To: ${ME}`,
      "Message-ID: <cafe-1@example.org>",
      "Subject: =?UTF-8?Q?Caf=C3=A9_on_Saturday=3F?=",
      "MIME-Version: 1.0",
      'Content-Type: multipart/alternative; boundary="b1"',
    ],
    `--b1
Content-Type: text/plain; charset="UTF-8"

Hey! Shall we meet at Café Nero on Briggate at 11 on Saturday? I'll bring the photos from Porto.

Ana

Sent from my iPhone
--b1
Content-Type: text/html; charset="UTF-8"

<div>Hey! Shall we meet at Café Nero on Briggate at 11 on Saturday? I'll bring the photos from Porto.</div><div>Ana</div><div>Sent from my iPhone</div>
--b1--`,
  ),
  message(
    "Sat Nov 14 06:00:00 +0000 2026",
    [
      "X-GM-THRID: 1785943211234567006",
      "X-Gmail-Labels: Inbox,Category Promotions",
      "Date: Sat, 14 Nov 2026 06:00:00 +0000",
      "From: Trainline <deals@trainline.example.com>",
      `To: ${ME}`,
      "Message-ID: <deals-7781@trainline.example.com>",
      "List-Unsubscribe: <https://trainline.example.com/unsubscribe>",
      "Subject: Your weekly deals",
      "MIME-Version: 1.0",
      'Content-Type: text/plain; charset="UTF-8"',
    ],
    `Save up to 60% on advance tickets this winter. Book now and travel from 1 January.

Unsubscribe at any time.`,
  ),
  message(
    "Sun Nov 15 12:00:00 +0000 2026",
    [
      "X-GM-THRID: 1785943211234567007",
      "X-Gmail-Labels: Inbox",
      "Date: Sun, 15 Nov 2026 12:00:00 +0000",
      "From: Leeds Plumbing <accounts@leedsplumbing.example.com>",
      `To: ${ME}`,
      "Message-ID: <inv-2231@leedsplumbing.example.com>",
      "Subject: Invoice 2231",
      "MIME-Version: 1.0",
      'Content-Type: multipart/mixed; boundary="m1"',
    ],
    `--m1
Content-Type: text/plain; charset="UTF-8"

Dear Sofia,

Please find attached invoice 2231 for the boiler repair on 10 November: £180, due by 30 November.

Leeds Plumbing
--m1
Content-Type: application/pdf; name="invoice-2231.pdf"
Content-Disposition: attachment; filename="invoice-2231.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFI+PgpzdHJlYW0K
--m1--`,
  ),
].join("\n");

/** A mail saved from Apple Mail as an .eml: CRLF line ends, headers only it writes. */
const EML = [
  "Return-Path: <dan@example.net>",
  "Received: from mail.example.net by mx.example.com; Wed, 18 Nov 2026 21:04:00 +0000",
  "From: Dan Reyes <dan@example.net>",
  `To: ${ME}`,
  "Subject: Mum's 70th",
  "Date: Wed, 18 Nov 2026 21:04:00 +0000",
  "Message-Id: <E1A2B3C4@example.net>",
  "Mime-Version: 1.0 (Mac OS X Mail 16.0)",
  "Content-Type: text/plain; charset=us-ascii",
  "",
  "Hi sis,",
  "",
  "I've booked the table at Ottolenghi for Mum's 70th on 9 December at 7pm. You're in charge of the cake.",
  "",
  "Dan",
  "",
].join("\r\n");

const FILES: Person["files"] = [
  { name: "All mail Including Spam and Trash.mbox", text: MBOX },
  { name: "Mum's 70th.eml", text: EML },
];

const QUESTIONS: Person["questions"] = [
  { question: "What is the hotel confirmation number?", expect: ["4021.887.331"] },
  { question: "When do I check in at the hotel in Lisbon?", expect: ["18 December"] },
  { question: "What will the new rent be?", expect: ["1,250"] },
  { question: "When do I need to reply to Mark about the lease?", expect: ["15 December"] },
  { question: "What did I tell Mark about the lease?", expect: ["sign the renewal"] },
  { question: "Where is the offsite?", expect: ["Bristol"] },
  { question: "When is the offsite?", expect: ["3 March"] },
  { question: "What is Priya's phone number?", expect: ["7700 900123"] },
  { question: "What were my blood test results?", expect: ["normal"] },
  { question: "When should I book a follow-up blood test?", expect: ["6 months"] },
  { question: "Where am I meeting Ana on Saturday?", expect: ["Café Nero"] },
  { question: "How much is the plumber's invoice?", expect: ["180"] },
  { question: "Where is Mum's 70th dinner?", expect: ["Ottolenghi"] },
  { question: "What do I need to bring to Mum's 70th?", expect: ["cake"] },
  { question: "What is Mark's phone number?", expect: null },
  { question: "When is my flight to Rome?", expect: null },
  { question: "How much did the hotel in Porto cost?", expect: null },
];

/** Sofia: a Gmail mbox (Takeout) and an Apple Mail .eml, imported with --me "Sofia Reyes", asked on Thursday 19 November 2026. */
export const mailer: Person = {
  name: "mailer",
  files: FILES,
  me: "Sofia Reyes",
  askedAt: Date.UTC(2026, 10, 19, 9),
  questions: QUESTIONS,
};

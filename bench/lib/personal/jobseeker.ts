/**
 * The jobseeker: Daniel Okafor, a backend developer at Northgate Insurance in Manchester, looks for a
 * new job from September to November 2026, and what he knows changes as he goes. Harbour Talent's
 * Sophie Marsh puts him forward for Brightwire (a payments company in Spinningfields) and hands him over
 * to her colleague Tom Reilly when she goes on maternity leave; Oakridge Search's Chris Bamford puts
 * him forward for Lumen Analytics, who turn him down after the technical interview (their talent team
 * mails the rejection); he applies to Kestrel Health directly, whose talent partner Hannah Price moves
 * his final interview from Wednesday 7 October, 14:00 to Tuesday 13 October, 10:00. Kestrel offers
 * £65,000; Brightwire offers £62,000, then £68,000 after he pushes back; he takes Brightwire, first
 * giving 23 November as his start, then 7 December when HR tells him his notice is 6 weeks, not 4.
 *
 * Their data, three files of formats Engram reads (docs/import.md: "Email", "A calendar's .ics
 * export", "Plain-text or Markdown notes"):
 * - `All mail Including Spam and Trash.mbox`: his Gmail as Google Takeout writes it, shaped as
 *   bench/lib/personal/mailer.ts and test/unit/ingest-email.test.ts have it ("From <id>@xxx <ctime
 *   in UTC>" separator lines, X-GM-THRID and X-Gmail-Labels, his own mail labelled Sent, replies
 *   quoting the mail they answer below Gmail's "On … wrote:", signatures after "-- ", an offer letter
 *   attached as a PDF, an invitation attached as invite.ics, a LinkedIn job alert that is bulk mail);
 *   imported with `me` "Daniel Okafor".
 * - `daniel.okafor@gmail.com.ics`: his Google Calendar export (the file Google's export ZIP holds,
 *   named by the calendar), shaped as bench/lib/personal/planner.ts and test/unit/ingest-ics.test.ts
 *   have it (CRLF, a VTIMEZONE for Europe/London, escaped commas, folded lines). The moved interview is
 *   there once, as a calendar writes an event changed after it was made: its later version, the same
 *   UID with SEQUENCE:1, the new DTSTART and a LAST-MODIFIED after its CREATED; the old time is only
 *   in the mail and the notes.
 * - `Job hunt 2026.md`: his Markdown note with a heading per day ("## Tuesday 22 September 2026",
 *   dated by the note reader as test/unit/ingest-note.test.ts "dates a journal's entries by the days
 *   their headings name"): what he wants, interview prep, what he was asked, the two offers and his
 *   decision, his notice period.
 *
 * Written in session 41 as a person whose facts change over time: questions ask what is true now,
 * what was true before and when it changed.
 */
import { londonCalendarIcs } from "./google-calendar.js";
import type { Person } from "./types.js";

const ME = "Daniel Okafor <daniel.okafor@gmail.com>";
const SOPHIE = "Sophie Marsh <sophie.marsh@harbourtalent.example.com>";
const TOM = "Tom Reilly <tom.reilly@harbourtalent.example.com>";
const CHRIS = "Chris Bamford <chris@oakridgesearch.example.com>";
const HANNAH = "Hannah Price <hannah.price@kestrelhealth.example.com>";
const ELLIE = "Ellie Ward <ellie.ward@lumenanalytics.example.com>";

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const pad = (n: number) => String(n).padStart(2, "0");

/** A time on Daniel's clock ("2026-09-03T09:14:22", London: BST until 25 October 2026) as epoch ms and its offset in hours. */
function local(at: string): { ms: number; offset: number } {
  const offset = at < "2026-10-25T02:00:00" ? 1 : 0;
  return { ms: Date.parse(`${at}Z`) - offset * 3_600_000, offset };
}

/** The Date header's time ("Thu, 3 Sep 2026 09:14:22 +0100"). */
function dateHeader(at: string): string {
  const { ms, offset } = local(at);
  const d = new Date(ms + offset * 3_600_000);
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0${offset}00`;
}

/** Takeout's separator line's time, in UTC ("Thu Sep 03 08:14:22 +0000 2026"). */
function separatorTime(at: string): string {
  const d = new Date(local(at).ms);
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000 ${d.getUTCFullYear()}`;
}

/** One message of the mbox. */
interface Mail {
  /** Gmail's thread id's last digits (its X-GM-THRID). */
  thread: number;
  /** When it was sent, on Daniel's clock. */
  at: string;
  from: string;
  to: string;
  cc?: string;
  id: string;
  /** The Message-ID it replies to (In-Reply-To and References). */
  replyTo?: string[];
  subject: string;
  body: string;
  /** A PDF or invitation attached: its file name and content type. */
  attachment?: { name: string; type: string; data: string };
  labels?: string;
  extra?: string[];
}

/** A message as Takeout writes it: the separator, Gmail's headers, the message's, its body. */
function message(m: Mail, n: number): string {
  const sent = m.from === ME;
  const headers = [
    `X-GM-THRID: 17790311228${pad(m.thread)}0000000`,
    `X-Gmail-Labels: ${m.labels ?? (sent ? "Sent" : "Inbox,Opened")}`,
    ...(sent ? [] : ["Delivered-To: daniel.okafor@gmail.com"]),
    `Date: ${dateHeader(m.at)}`,
    `From: ${m.from}`,
    `To: ${m.to}`,
    ...(m.cc ? [`Cc: ${m.cc}`] : []),
    `Message-ID: <${m.id}>`,
    ...(m.replyTo ? [`In-Reply-To: <${m.replyTo.at(-1)}>`, `References: ${m.replyTo.map((r) => `<${r}>`).join(" ")}`] : []),
    `Subject: ${m.subject}`,
    ...(m.extra ?? []),
    "MIME-Version: 1.0",
  ];
  const boundary = `000000000000a1b2c3${pad(n)}05f6`;
  const body = m.attachment
    ? [
        `Content-Type: multipart/mixed; boundary="${boundary}"`,
        "",
        `--${boundary}`,
        'Content-Type: text/plain; charset="UTF-8"',
        "",
        m.body,
        "",
        `--${boundary}`,
        `Content-Type: ${m.attachment.type}; name="${m.attachment.name}"`,
        `Content-Disposition: attachment; filename="${m.attachment.name}"`,
        "Content-Transfer-Encoding: base64",
        "",
        m.attachment.data,
        `--${boundary}--`,
      ]
    : ['Content-Type: text/plain; charset="UTF-8"', "", m.body];
  return [`From 17790311228${pad(m.thread)}${pad(n)}00000@xxx ${separatorTime(m.at)}`, ...headers, ...body, ""].join("\n");
}

/** Gmail's line over the mail a reply quotes, and that mail's body quoted. */
function quoting(m: Mail, whoWrote: string): string {
  const { ms, offset } = local(m.at);
  const d = new Date(ms + offset * 3_600_000);
  const month = ["Jan", "Feb", "Mar", "Apr", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"][d.getUTCMonth()];
  const head = `On ${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${month} ${d.getUTCFullYear()} at ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}, ${whoWrote} wrote:`;
  return `${head}\n${m.body
    .split("\n")
    .map((l) => (l ? `> ${l}` : ">"))
    .join("\n")}`;
}

const SOPHIE_SIG = `-- 
Sophie Marsh
Senior Consultant, Technology
Harbour Talent, 2 St Peter's Square, Manchester M2 3DF
0161 496 0518`;

const TOM_SIG = `-- 
Tom Reilly
Consultant, Technology
Harbour Talent
0161 496 0732 | 07700 900461`;

const HANNAH_SIG = `-- 
Hannah Price
Talent Partner | Kestrel Health
Blue Tower, MediaCityUK, Salford M50 2ST`;

// Brightwire, through Harbour Talent.
const B1: Mail = {
  thread: 1,
  at: "2026-09-03T09:14:22",
  from: SOPHIE,
  to: ME,
  id: "CAJ7p1sophie0903@mail.gmail.com",
  subject: "Senior Backend Engineer - Brightwire (Spinningfields)",
  body: `Hi Daniel,

Thanks for the chat yesterday. As promised, here's the role I mentioned: Senior Backend Engineer at Brightwire, the payments company in Spinningfields. They're building out their ledger and payouts platform in Go, with some Python around the edges. Salary is £58,000 to £65,000 plus a 10% bonus, hybrid with two days a week in the office.

Shall I put you forward? If so, please send me your latest CV.

Best,
Sophie

${SOPHIE_SIG}`,
};
const B2: Mail = {
  thread: 1,
  at: "2026-09-03T12:40:05",
  from: ME,
  to: SOPHIE,
  id: "CAFdan0903reply@mail.gmail.com",
  replyTo: [B1.id],
  subject: "Re: Senior Backend Engineer - Brightwire (Spinningfields)",
  body: `Hi Sophie,

Yes please, put me forward. CV attached. I'm on £54,000 at Northgate at the moment, so I'd be looking for the top of that range.

Thanks,
Daniel

${quoting(B1, SOPHIE)}`,
  attachment: { name: "Daniel Okafor CV 2026.pdf", type: "application/pdf", data: "JVBERi0xLjcKJeLjz9MKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c+PgplbmRvYmoK" },
};
const B3: Mail = {
  thread: 1,
  at: "2026-09-14T10:02:47",
  from: SOPHIE,
  to: ME,
  id: "CAJ7p1sophie0914@mail.gmail.com",
  replyTo: [B1.id, B2.id],
  subject: "Re: Senior Backend Engineer - Brightwire (Spinningfields)",
  body: `Hi Daniel,

Good news, Brightwire would like to meet you. First interview is a 45-minute video call with Gareth Lowe, their Engineering Manager, on Thursday 17 September at 11:00. He'll send a Google Meet link.

If that goes well there's a take-home exercise and then a final interview at their office.

Sophie

${SOPHIE_SIG}`,
};
const B4: Mail = {
  thread: 1,
  at: "2026-10-01T15:21:09",
  from: SOPHIE,
  to: ME,
  id: "CAJ7p1sophie1001@mail.gmail.com",
  replyTo: [B1.id, B2.id, B3.id],
  subject: "Re: Senior Backend Engineer - Brightwire (Spinningfields)",
  body: `Hi Daniel,

Gareth really liked your take-home, especially the tests. They'd like you in for the final interview on Thursday 8 October at 15:00 at their office, 3 Hardman Street, Spinningfields. It's two hours: pairing on your take-home with one of the engineers, then a system design session with Gareth, then a coffee with the team.

Sophie

${SOPHIE_SIG}`,
};
// Sophie hands Daniel over to Tom.
const H1: Mail = {
  thread: 2,
  at: "2026-10-12T09:05:30",
  from: SOPHIE,
  to: ME,
  cc: TOM,
  id: "CAJ7p1sophie1012@mail.gmail.com",
  subject: "Handing over to my colleague Tom",
  body: `Hi Daniel,

A quick heads-up: I start my maternity leave this Friday, 16 October. From today my colleague Tom Reilly (copied in) will be looking after you and the Brightwire process. He's been briefed on everything, and Brightwire know to go through him.

Tom's details: tom.reilly@harbourtalent.example.com, 0161 496 0732.

It's been a pleasure, and I really hope Brightwire comes off for you!

Sophie

${SOPHIE_SIG}`,
};
const H2: Mail = {
  thread: 2,
  at: "2026-10-13T11:48:02",
  from: TOM,
  to: ME,
  cc: SOPHIE,
  id: "CAK9tom1013@mail.gmail.com",
  replyTo: [H1.id],
  subject: "Re: Handing over to my colleague Tom",
  body: `Hi Daniel,

Good to e-meet you. I've spoken to Gareth: the feedback from Thursday's final is very positive and they'll make a decision by the end of next week. Give me a call any time.

Cheers,
Tom

${TOM_SIG}

${quoting(H1, SOPHIE)}`,
};
// The offer, negotiated, accepted, and the start date moved.
const O1: Mail = {
  thread: 3,
  at: "2026-10-20T10:15:40",
  from: TOM,
  to: ME,
  id: "CAK9tom1020@mail.gmail.com",
  subject: "Brightwire offer",
  body: `Hi Daniel,

Great news: Brightwire want to offer you the Senior Backend Engineer role!

The offer: base salary £62,000, a 10% annual bonus, 27 days' holiday plus bank holidays, 5% employer pension, and hybrid working with Tuesdays and Thursdays in the Spinningfields office. They'd like you to start as soon as your notice allows.

Let me know your thoughts.

Tom

${TOM_SIG}`,
};
const O2: Mail = {
  thread: 3,
  at: "2026-10-20T19:32:11",
  from: ME,
  to: TOM,
  id: "CAFdan1020reply@mail.gmail.com",
  replyTo: [O1.id],
  subject: "Re: Brightwire offer",
  body: `Hi Tom,

Thanks, really pleased! To be straight with you, I also have an offer from Kestrel Health at £65,000, fully remote. Brightwire is my first choice, but I'd need the base salary nearer £70,000 to make the move. Is there any room?

Daniel

${quoting(O1, TOM)}`,
};
const O3: Mail = {
  thread: 3,
  at: "2026-10-22T14:06:55",
  from: TOM,
  to: ME,
  id: "CAK9tom1022@mail.gmail.com",
  replyTo: [O1.id, O2.id],
  subject: "Re: Brightwire offer",
  body: `Hi Daniel,

Good news: Gareth went back to their finance team and Brightwire have revised the offer to a base salary of £68,000. The bonus (10%), holiday and pension stay the same. I'm told that's as far as they can go. Their HR will send the revised offer letter today.

Tom

${TOM_SIG}`,
};
const O4: Mail = {
  thread: 3,
  at: "2026-10-23T08:41:17",
  from: ME,
  to: TOM,
  id: "CAFdan1023accept@mail.gmail.com",
  replyTo: [O1.id, O2.id, O3.id],
  subject: "Re: Brightwire offer",
  body: `Morning Tom,

I'm happy to accept at £68,000, please tell Gareth yes! I'm handing in my notice at Northgate today. My notice is 4 weeks, so I could start on Monday 23 November.

Daniel

${quoting(O3, TOM)}`,
};
const O5: Mail = {
  thread: 3,
  at: "2026-10-23T10:02:33",
  from: TOM,
  to: ME,
  id: "CAK9tom1023@mail.gmail.com",
  replyTo: [O1.id, O2.id, O3.id, O4.id],
  subject: "Re: Brightwire offer",
  body: `Fantastic, congratulations Daniel! I've let Gareth know and pencilled in Monday 23 November as your start date. Contract to follow from their HR.

Tom

${TOM_SIG}`,
};
const O6: Mail = {
  thread: 3,
  at: "2026-10-26T09:12:48",
  from: ME,
  to: TOM,
  id: "CAFdan1026notice@mail.gmail.com",
  replyTo: [O1.id, O2.id, O3.id, O4.id, O5.id],
  subject: "Re: Brightwire offer",
  body: `Hi Tom,

Apologies, I got my notice period wrong. HR reminded me that after two years' service it goes up to 6 weeks, so my last day at Northgate will be Friday 4 December. Could we move my start date to Monday 7 December?

Daniel

${quoting(O5, TOM)}`,
};
const O7: Mail = {
  thread: 3,
  at: "2026-10-27T13:30:04",
  from: TOM,
  to: ME,
  id: "CAK9tom1027@mail.gmail.com",
  replyTo: [O1.id, O2.id, O3.id, O4.id, O5.id, O6.id],
  subject: "Re: Brightwire offer",
  body: `No problem at all. Brightwire have confirmed Monday 7 December as your start date instead. Gareth says 9:30 at 3 Hardman Street, ask for him at reception.

Tom

${TOM_SIG}`,
};
// Lumen Analytics, through Oakridge Search: the technical interview, then no.
const L1: Mail = {
  thread: 4,
  at: "2026-09-09T16:44:19",
  from: CHRIS,
  to: ME,
  id: "0102018e-chris-0909@oakridgesearch.example.com",
  subject: "Backend Engineer (Python) at Lumen Analytics, Ancoats",
  body: `Hi Daniel,

I found your profile on LinkedIn. I'm working with Lumen Analytics in Ancoats on a Backend Engineer role: Python, Postgres and Kafka, building their event pipeline. Up to £60,000, three days in the office.

Would you be open to a chat?

Chris Bamford
Oakridge Search`,
};
const L2: Mail = {
  thread: 4,
  at: "2026-09-10T08:20:51",
  from: ME,
  to: CHRIS,
  id: "CAFdan0910chris@mail.gmail.com",
  replyTo: [L1.id],
  subject: "Re: Backend Engineer (Python) at Lumen Analytics, Ancoats",
  body: `Hi Chris,

Sounds interesting, happy to be put forward. I haven't used Kafka in production (RabbitMQ at Northgate), just so you know.

Daniel

${quoting(L1, CHRIS)}`,
};
const L3: Mail = {
  thread: 4,
  at: "2026-09-15T12:10:36",
  from: CHRIS,
  to: ME,
  id: "0102018e-chris-0915@oakridgesearch.example.com",
  replyTo: [L1.id, L2.id],
  subject: "Re: Backend Engineer (Python) at Lumen Analytics, Ancoats",
  body: `Hi Daniel,

Lumen would like to go straight to the technical interview: Tuesday 22 September at 14:00, 90 minutes, at their office at 4 Jersey Street, Ancoats. You'll meet Rachel Kim, their Lead Engineer. Expect some system design and some live coding in Python.

Chris Bamford
Oakridge Search`,
};
const L4: Mail = {
  thread: 5,
  at: "2026-09-29T11:03:27",
  from: ELLIE,
  to: ME,
  cc: CHRIS,
  id: "lumen-talent-0929-okafor@lumenanalytics.example.com",
  subject: "Your application for Backend Engineer at Lumen Analytics",
  body: `Dear Daniel,

Thank you for coming in to meet Rachel and the team last week. Unfortunately we have decided not to move forward with your application.

Rachel asked me to pass on some feedback: your live coding was strong and clearly explained, but for this role we need someone with more hands-on experience running Kafka in production.

We wish you the best of luck with your search.

Kind regards,
Ellie Ward
Talent Acquisition, Lumen Analytics`,
};
const L5: Mail = {
  thread: 4,
  at: "2026-09-30T09:37:40",
  from: CHRIS,
  to: ME,
  id: "0102018e-chris-0930@oakridgesearch.example.com",
  replyTo: [L1.id, L2.id, L3.id],
  subject: "Re: Backend Engineer (Python) at Lumen Analytics, Ancoats",
  body: `Hi Daniel,

Sorry Lumen didn't come off. It really was just the Kafka point. I'll keep an eye out for Python roles for you.

Chris Bamford
Oakridge Search`,
};
// Kestrel Health, applied to directly: the final interview moved, an offer, declined.
const K1: Mail = {
  thread: 6,
  at: "2026-09-10T14:25:13",
  from: HANNAH,
  to: ME,
  id: "CAL3hannah0910@mail.gmail.com",
  subject: "Kestrel Health - Backend Engineer II",
  body: `Hi Daniel,

Thanks for applying for our Backend Engineer II role. I'd love to have a 30-minute call to tell you more about Kestrel and hear about you. Would Friday 18 September at 10:00 work? I'll ring your mobile.

Best wishes,
Hannah

${HANNAH_SIG}`,
};
const K2: Mail = {
  thread: 6,
  at: "2026-09-28T16:50:02",
  from: HANNAH,
  to: ME,
  id: "CAL3hannah0928@mail.gmail.com",
  replyTo: [K1.id],
  subject: "Re: Kestrel Health - Backend Engineer II",
  body: `Hi Daniel,

I'm pleased to invite you to your final interview on Wednesday 7 October at 14:00, at our office in Blue Tower, MediaCityUK, Salford. It's 90 minutes: a system design session with Femi Adeyemi (Engineering Manager) and Jo Whitfield (Principal Engineer), then a values conversation with me. Please bring photo ID for reception.

I've sent a calendar invite.

Hannah

${HANNAH_SIG}`,
  attachment: {
    name: "invite.ics",
    type: "application/ics",
    data: "QkVHSU46VkNBTEVOREFSDQpQUk9ESUQ6LS8vR29vZ2xlIEluYy8vR29vZ2xlIENhbGVuZGFyIDcwLjkwNTQvL0VODQo=",
  },
};
const K3: Mail = {
  thread: 6,
  at: "2026-10-02T11:30:44",
  from: HANNAH,
  to: ME,
  id: "CAL3hannah1002@mail.gmail.com",
  replyTo: [K1.id, K2.id],
  subject: "Re: Kestrel Health - Backend Engineer II",
  body: `Hi Daniel,

I'm so sorry, Femi now has to be in London on the 7th. Could we move your final interview to Tuesday 13 October at 10:00 instead? Same place, same panel.

Hannah

${HANNAH_SIG}`,
};
const K4: Mail = {
  thread: 6,
  at: "2026-10-02T12:04:19",
  from: ME,
  to: HANNAH,
  id: "CAFdan1002hannah@mail.gmail.com",
  replyTo: [K1.id, K2.id, K3.id],
  subject: "Re: Kestrel Health - Backend Engineer II",
  body: `Hi Hannah,

No problem, Tuesday 13 October at 10:00 works for me. See you then.

Daniel

${quoting(K3, HANNAH)}`,
};
const K5: Mail = {
  thread: 6,
  at: "2026-10-02T12:20:37",
  from: HANNAH,
  to: ME,
  id: "CAL3hannah1002b@mail.gmail.com",
  replyTo: [K1.id, K2.id, K3.id, K4.id],
  subject: "Re: Kestrel Health - Backend Engineer II",
  body: `Thanks Daniel, I've updated the invite.

Hannah

${HANNAH_SIG}`,
  attachment: {
    name: "invite.ics",
    type: "application/ics",
    data: "QkVHSU46VkNBTEVOREFSDQpQUk9ESUQ6LS8vR29vZ2xlIEluYy8vR29vZ2xlIENhbGVuZGFyIDcwLjkwNTQvL0VODQo=",
  },
};
const K6: Mail = {
  thread: 7,
  at: "2026-10-19T17:02:58",
  from: HANNAH,
  to: ME,
  id: "CAL3hannah1019@mail.gmail.com",
  subject: "Your offer from Kestrel Health",
  body: `Hi Daniel,

Following our call, I'm delighted to confirm our offer for the Backend Engineer II role. The headline terms: a base salary of £65,000, 25 days' holiday plus bank holidays, 6% employer pension, and remote-first working with one team day a month in Salford. The full offer letter is attached.

Could you let me know your decision by Friday 23 October?

Hannah

${HANNAH_SIG}`,
  attachment: {
    name: "Kestrel Health - Offer Letter - Daniel Okafor.pdf",
    type: "application/pdf",
    data: "JVBERi0xLjcKJeLjz9MKMSAwIG9iago8PC9UeXBlL0NhdGFsb2c+PgplbmRvYmoK",
  },
};
const K7: Mail = {
  thread: 7,
  at: "2026-10-23T09:15:26",
  from: ME,
  to: HANNAH,
  id: "CAFdan1023hannah@mail.gmail.com",
  replyTo: [K6.id],
  subject: "Re: Your offer from Kestrel Health",
  body: `Hi Hannah,

Thank you so much for the offer, and for how smoothly the process went. After a lot of thought I've decided to accept another offer, so I'm going to decline. It was a really hard decision, I liked Femi and Jo a lot.

Best wishes,
Daniel

${quoting(K6, HANNAH)}`,
};
const K8: Mail = {
  thread: 7,
  at: "2026-10-23T11:41:09",
  from: HANNAH,
  to: ME,
  id: "CAL3hannah1023@mail.gmail.com",
  replyTo: [K6.id, K7.id],
  subject: "Re: Your offer from Kestrel Health",
  body: `Hi Daniel,

Sorry to hear it, but thanks for letting me know so quickly. The door's always open, good luck in the new role!

Hannah

${HANNAH_SIG}`,
};
/** Bulk mail, as Gmail files it: passed over by the reader. */
const ALERT: Mail = {
  thread: 8,
  at: "2026-10-05T07:00:12",
  from: "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
  to: ME,
  id: "1183420657.2211904.1791180012@ltx1-app.linkedin.com",
  subject: "30+ new jobs for 'backend engineer' in Greater Manchester",
  labels: "Inbox,Category Updates",
  extra: ["List-Unsubscribe: <https://www.linkedin.com/jobs/alerts/unsubscribe?id=88213>"],
  body: `Your job alert for backend engineer in Greater Manchester

Monzo - Backend Engineer - Manchester (Hybrid)
Booking.com - Senior Software Engineer - Manchester
Auto Trader UK - Developer - Manchester

See all jobs: https://www.linkedin.com/jobs/search?alert=88213`,
};

const MAILS: Mail[] = [B1, B2, B3, L1, K1, L2, L3, K2, L4, L5, B4, K3, K4, K5, ALERT, H1, H2, K6, O1, O2, O3, O4, K7, O5, K8, O6, O7];
const MBOX = MAILS.map((m, i) => message(m, i)).join("\n");

/** The calendar's events, as Google Calendar writes them (londonCalendarIcs gives its head and end). */
const CALENDAR_EVENTS = [
  "BEGIN:VEVENT",
  "DTSTART;TZID=Europe/London:20260902T190000",
  "DTEND;TZID=Europe/London:20260902T200000",
  "RRULE:FREQ=WEEKLY;BYDAY=WE",
  "DTSTAMP:20261110T201500Z",
  "UID:5fa1side0wed9k2m4n6p8q0r@google.com",
  "CREATED:20250903T181200Z",
  "DESCRIPTION:",
  "LAST-MODIFIED:20250903T181200Z",
  "LOCATION:Powerleague Manchester Central",
  "SEQUENCE:0",
  "STATUS:CONFIRMED",
  "SUMMARY:Five-a-side",
  "TRANSP:OPAQUE",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "DTSTART;TZID=Europe/London:20260917T110000",
  "DTEND;TZID=Europe/London:20260917T114500",
  "DTSTAMP:20261110T201500Z",
  "UID:3b7brightwire1st0917a8c@google.com",
  "CREATED:20260914T101500Z",
  "DESCRIPTION:Video call with Gareth Lowe (Engineering Manager). Via Sophie at ",
  " Harbour Talent.",
  "LAST-MODIFIED:20260914T101500Z",
  "LOCATION:https://meet.google.com/xka-pqrt-vwm",
  "SEQUENCE:0",
  "STATUS:CONFIRMED",
  "SUMMARY:Brightwire – first interview",
  "TRANSP:OPAQUE",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "DTSTART;TZID=Europe/London:20260918T100000",
  "DTEND;TZID=Europe/London:20260918T103000",
  "DTSTAMP:20261110T201500Z",
  "UID:6k2kestrelscreen0918q1w@google.com",
  "CREATED:20260910T143100Z",
  "DESCRIPTION:Hannah Price will ring my mobile.",
  "LAST-MODIFIED:20260910T143100Z",
  "SEQUENCE:0",
  "STATUS:CONFIRMED",
  "SUMMARY:Kestrel Health phone screen",
  "TRANSP:OPAQUE",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "DTSTART;TZID=Europe/London:20260922T140000",
  "DTEND;TZID=Europe/London:20260922T153000",
  "DTSTAMP:20261110T201500Z",
  "UID:1m9lumentech0922z7x5c3v@google.com",
  "CREATED:20260915T121500Z",
  "DESCRIPTION:With Rachel Kim (Lead Engineer). System design and live coding i",
  " n Python. Via Chris at Oakridge Search.",
  "LAST-MODIFIED:20260915T121500Z",
  "LOCATION:Lumen Analytics\\, 4 Jersey Street\\, Ancoats\\, Manchester M4 6JW",
  "SEQUENCE:0",
  "STATUS:CONFIRMED",
  "SUMMARY:Lumen technical interview",
  "TRANSP:OPAQUE",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "DTSTART;VALUE=DATE:20260928",
  "DTEND;VALUE=DATE:20260929",
  "DTSTAMP:20261110T201500Z",
  "UID:8h4brightwiretakehome0928@google.com",
  "CREATED:20260918T090000Z",
  "DESCRIPTION:Ledger API in Go: send to Sophie.",
  "LAST-MODIFIED:20260918T090000Z",
  "SEQUENCE:0",
  "STATUS:CONFIRMED",
  "SUMMARY:Brightwire take-home due",
  "TRANSP:TRANSPARENT",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "DTSTART;TZID=Europe/London:20261008T150000",
  "DTEND;TZID=Europe/London:20261008T170000",
  "DTSTAMP:20261110T201500Z",
  "UID:2c6brightwirefinal1008p0o@google.com",
  "CREATED:20261001T152500Z",
  "DESCRIPTION:Pairing on my take-home\\, system design with Gareth\\, coffee wit",
  " h the team.",
  "LAST-MODIFIED:20261001T152500Z",
  "LOCATION:Brightwire\\, 3 Hardman Street\\, Spinningfields\\, Manchester M3 3HF",
  "SEQUENCE:0",
  "STATUS:CONFIRMED",
  "SUMMARY:Brightwire – final interview",
  "TRANSP:OPAQUE",
  "END:VEVENT",
  // (Hannah's invitation, moved on 2 October from Wednesday 7 October at 14:00: its later version)
  "BEGIN:VEVENT",
  "DTSTART;TZID=Europe/London:20261013T100000",
  "DTEND;TZID=Europe/London:20261013T113000",
  "DTSTAMP:20261110T201500Z",
  "ORGANIZER;CN=Hannah Price:mailto:hannah.price@kestrelhealth.example.com",
  "UID:7c1q9h3e5kb0gqj2m6v4t8s1ra@google.com",
  "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Hannah P",
  " rice;X-NUM-GUESTS=0:mailto:hannah.price@kestrelhealth.example.com",
  "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Femi Ade",
  " yemi;X-NUM-GUESTS=0:mailto:femi.adeyemi@kestrelhealth.example.com",
  "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Jo Whitf",
  " ield;X-NUM-GUESTS=0:mailto:jo.whitfield@kestrelhealth.example.com",
  "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=daniel.o",
  " kafor@gmail.com;X-NUM-GUESTS=0:mailto:daniel.okafor@gmail.com",
  "CREATED:20260928T155000Z",
  "DESCRIPTION:System design with Femi Adeyemi and Jo Whitfield\\, then a values",
  "  conversation with Hannah. Bring photo ID for reception.",
  "LAST-MODIFIED:20261002T112100Z",
  "LOCATION:Kestrel Health\\, Blue Tower\\, MediaCityUK\\, Salford M50 2ST",
  "SEQUENCE:1",
  "STATUS:CONFIRMED",
  "SUMMARY:Kestrel Health – Final interview (Daniel Okafor)",
  "TRANSP:OPAQUE",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "DTSTART;TZID=Europe/London:20261019T160000",
  "DTEND;TZID=Europe/London:20261019T163000",
  "DTSTAMP:20261110T201500Z",
  "UID:4d8kestrelofferc1019m2n@google.com",
  "CREATED:20261016T093000Z",
  "DESCRIPTION:",
  "LAST-MODIFIED:20261016T093000Z",
  "SEQUENCE:0",
  "STATUS:CONFIRMED",
  "SUMMARY:Call with Hannah (Kestrel)",
  "TRANSP:OPAQUE",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "DTSTART;TZID=Europe/London:20261203T173000",
  "DTEND;TZID=Europe/London:20261203T220000",
  "DTSTAMP:20261110T201500Z",
  "UID:9r5leavingdrinks1203s6t@google.com",
  "CREATED:20261109T210000Z",
  "DESCRIPTION:",
  "LAST-MODIFIED:20261109T210000Z",
  "LOCATION:The Briton's Protection\\, 50 Great Bridgewater Street\\, Manchester",
  "SEQUENCE:0",
  "STATUS:CONFIRMED",
  "SUMMARY:Leaving drinks",
  "TRANSP:OPAQUE",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "DTSTART;VALUE=DATE:20261204",
  "DTEND;VALUE=DATE:20261205",
  "DTSTAMP:20261110T201500Z",
  "UID:0a3northgatelastday1204@google.com",
  "CREATED:20261026T083000Z",
  "DESCRIPTION:",
  "LAST-MODIFIED:20261026T083000Z",
  "SEQUENCE:0",
  "STATUS:CONFIRMED",
  "SUMMARY:Last day at Northgate",
  "TRANSP:TRANSPARENT",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "DTSTART;TZID=Europe/London:20261207T093000",
  "DTEND;TZID=Europe/London:20261207T173000",
  "DTSTAMP:20261110T201500Z",
  "UID:5e2brightwirefirstday1207@google.com",
  "CREATED:20261027T134000Z",
  "DESCRIPTION:Ask for Gareth at reception.",
  "LAST-MODIFIED:20261027T134000Z",
  "LOCATION:Brightwire\\, 3 Hardman Street\\, Spinningfields\\, Manchester M3 3HF",
  "SEQUENCE:0",
  "STATUS:CONFIRMED",
  "SUMMARY:First day at Brightwire",
  "TRANSP:OPAQUE",
  "END:VEVENT",
];

/** When the note was last saved (epoch ms): Monday 9 November 2026, 21:10 UTC. */
const NOTE_MODIFIED = Date.UTC(2026, 10, 9, 21, 10);

const NOTE = `# Job hunt 2026

## Tuesday 1 September 2026

Decided to start looking properly. Two years at Northgate Insurance now, on £54,000, and the claims platform rewrite has been shelved again.

What I want: backend (Go or Python), £60k or more, no more than two days a week in an office, a team that takes code review seriously.

Notice period at Northgate: 4 weeks, I think. Check the contract.

## Monday 7 September 2026

Applied to Kestrel Health directly on their careers page (Backend Engineer II, remote-first, office in Salford). Sophie at Harbour Talent has put me forward for Brightwire.

## Monday 21 September 2026

Prep for Lumen tomorrow:

- revise Kafka basics (partitions, consumer groups, offsets): I've only used RabbitMQ
- Postgres: EXPLAIN ANALYZE, index types
- rate limiting and caching patterns
- have the story of the Northgate outage in March ready

## Tuesday 22 September 2026

Lumen technical interview with Rachel Kim (Lead Engineer) and one of her seniors, 90 minutes. What they asked me:

1. Design a rate limiter for their public API. I went with a token bucket in Redis; they pushed on what happens across two regions.
2. Live coding in Python: merge overlapping time intervals. Got there, after a bug in the sort key.
3. How I'd find out why a Postgres query got slow: EXPLAIN ANALYZE, then a covering index.
4. Lots on running Kafka in production (consumer rebalancing, exactly-once delivery). My weakest part.

Felt like a 6 out of 10.

## Tuesday 29 September 2026

Lumen said no. The feedback: good coding, but they want someone who has run Kafka in production. Fair enough.

## Thursday 8 October 2026

Brightwire final at Hardman Street. Paired with Aisha on my ledger take-home, adding idempotency keys to the payments endpoint. Then Gareth had me design webhook delivery with retries and a dead-letter queue. Met the team over coffee and liked them a lot.

## Tuesday 13 October 2026

Kestrel final today (it was moved from last Wednesday). Femi and Jo asked me to design a booking service for GP appointments: how to stop double bookings (row locks or a unique constraint) and what happens when the NHS API is down. The values part with Hannah: a time I disagreed with a product manager.

## Tuesday 20 October 2026

Two offers! Brightwire offered £62,000 plus a 10% bonus; Kestrel offered £65,000, fully remote. Leaning towards Kestrel. Told Tom I'd need nearer £70k from Brightwire.

## Thursday 22 October 2026

Brightwire came back with £68,000, the bonus still 10%.

- Kestrel Health: £65,000, remote-first, 25 days' holiday, meaningful NHS work.
- Brightwire: £68,000 plus 10% bonus, Senior title, 27 days' holiday, Tuesdays and Thursdays in Spinningfields.

Decision: I'm taking Brightwire. The title and the money come to about £10k a year more, and I liked Gareth's team. Telling Tom in the morning, then emailing Hannah.

## Monday 26 October 2026

Gave my notice letter to Lorraine in HR on Friday. She pointed out that my contract gives 6 weeks' notice after two years' service, not 4 weeks. So my last day at Northgate is Friday 4 December, and I've asked Tom to move my Brightwire start from 23 November to Monday 7 December.

## Monday 9 November 2026

Leaving drinks booked for Thursday 3 December at the Briton's Protection. Need to hand the claims-export service over to Kasia before I go.
`;

const FILES: Person["files"] = [
  { name: "All mail Including Spam and Trash.mbox", text: MBOX },
  { name: "daniel.okafor@gmail.com.ics", text: londonCalendarIcs("daniel.okafor@gmail.com", CALENDAR_EVENTS) },
  { name: "Job hunt 2026.md", text: NOTE, mtime: NOTE_MODIFIED },
];

/**
 * Questions Daniel asks later, each with the words a right answer holds (all of them, any case), or
 * null for a question nothing here answers (a right answer abstains). A "now" question expects the
 * new value only.
 */
const QUESTIONS: Person["questions"] = [
  // (moved from Wednesday 7 October at 14:00)
  { question: "When was my final interview with Kestrel Health?", expect: ["13 October"] },
  { question: "When was the Kestrel final interview originally booked for?", expect: ["7 October"] },
  // (first £62,000)
  { question: "What salary did Brightwire offer me?", expect: ["68,000"] },
  { question: "What was Brightwire's first offer?", expect: ["62,000"] },
  { question: "When did Brightwire raise their offer?", expect: ["22 October"] },
  { question: "What salary did Kestrel Health offer?", expect: ["65,000"] },
  // (Sophie Marsh until 12 October)
  { question: "Who is my recruiter at Harbour Talent now?", expect: ["Tom Reilly"] },
  { question: "Which offer did I accept?", expect: ["Brightwire"] },
  // (23 November until 26 October)
  { question: "When do I start at Brightwire?", expect: ["7 December"] },
  // (4 weeks, he thought)
  { question: "What is my notice period?", expect: ["6 weeks"] },
  { question: "What was I asked in the Lumen technical interview?", expect: ["rate limiter"] },
  { question: "Which company rejected me?", expect: ["Lumen"] },
  { question: "When is my interview with Monzo?", expect: null },
  { question: "What is Gareth Lowe's phone number?", expect: null },
  { question: "What is the signing bonus at Brightwire?", expect: null },
];

/** Daniel: his Gmail (Takeout mbox, imported with --me "Daniel Okafor"), his Google Calendar export and his job-hunt note, asked on Thursday 12 November 2026. */
export const jobseeker: Person = {
  name: "jobseeker",
  files: FILES,
  me: "Daniel Okafor",
  askedAt: Date.UTC(2026, 10, 12, 9),
  questions: QUESTIONS,
};

/**
 * The networker: Chloe, a senior product manager in London, is job-hunting in autumn 2026 and does it on
 * LinkedIn: recruiters' InMails, ex-colleagues' referrals, a new contact from a meetup. On 24 November
 * she downloads her data (Settings & Privacy → Data privacy → Get a copy of your data → "Download larger
 * data archive"), unzips `Complete_LinkedInDataExport_11-24-2026.zip` and imports the folder (`engram
 * import Complete_LinkedInDataExport_11-24-2026`). The folder is as LinkedIn writes it: `messages.csv`
 * (`CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,
 * CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT`, a row per message, a conversation's newest first, the
 * date in UTC as "2026-10-12 08:47:15 UTC", an InMail's subject, a group's title, a draft never sent),
 * `Connections.csv` (a "Notes:" preamble of three lines, then `First Name,Last Name,URL,Email Address,
 * Company,Position,Connected On`, newest first, "14 Oct 2026"; company and position as they are when the
 * archive is made), `Positions.csv` (`Company Name,Title,Description,Location,Started On,Finished On`,
 * "Apr 2023", the current job with no end), `Profile.csv` (whose the archive is), `Invitations.csv`
 * (`From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl`, "10/14/26, 8:58 PM"), and
 * what else it holds (Education, Skills, Endorsements, Registration, Email Addresses, the AI guide's
 * empty `guide_messages.csv`, `Jobs/Job Applications.csv`, `Jobs/Saved Jobs.csv`). Checked against
 * public readers of the export (linkedin_md's messages.csv reader: "2023-06-11 15:33:58 UTC"; a fixture
 * generator's headers "copied verbatim from the real LinkedIn export"; importers of Connections.csv and
 * its preamble). Hand-written by the developers while trying Engram as its users would, in session 34,
 * before Engram could read a LinkedIn export (the first run's figures are in bench/README.md). With it,
 * the questions such a person asks later and the words a right answer holds, and questions nothing here
 * answers.
 */
import type { Person, PersonFile } from "./types.js";

const FOLDER = "Complete_LinkedInDataExport_11-24-2026";
/** When the archive was made (its files' modification time). */
const EXPORTED = Date.UTC(2026, 10, 24, 7, 12);

/** A person on LinkedIn: their name and profile link. */
interface Member {
  name: string;
  url: string;
}

const member = (name: string, slug: string): Member => ({ name, url: `https://www.linkedin.com/in/${slug}` });
const CHLOE = member("Chloe Bennett", "chloe-bennett-pm");
const RACHEL = member("Rachel Evans", "rachel-evans-fintech-recruiter");
const MARCUS = member("Marcus Doyle", "marcusdoyle");
const TOM = member("Tom Becker", "tom-becker-4a1b2c");
const PRIYA = member("Priya Shah", "priyashah-product");
const ELLA = member("Ella Ward", "ella-ward-design");
const LAURA = member("Laura Kim", "laurakim-product");

/** A cell as LinkedIn's CSVs write it: quoted when it holds a comma, a quote or a line break. */
function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A CSV file: its header and rows, each line ended with a line break. */
function csv(header: string, rows: string[][]): string {
  return `${[header, ...rows.map((r) => r.map(cell).join(","))].join("\n")}\n`;
}

/** A conversation's id as LinkedIn writes one: "2-" and a base64 of an id. */
function conversationId(seed: string): string {
  return `2-${Buffer.from(`${seed}-4f6b-9a0e-8c21d7e5b3a1_010`).toString("base64")}`;
}

/** A message: its conversation, group title, sender, recipients, time (UTC), subject, words, and whether it is a draft. */
interface Message {
  conversation: string;
  title?: string;
  from: Member;
  to: Member[];
  at: string;
  subject?: string;
  content: string;
  draft?: boolean;
}

const MONZO = conversationId("b1d4e2a7-5c3f");
const WISE = conversationId("c7a9f1e3-2b8d");
const DELIVEROO = conversationId("d3e5a7c9-1f2b");
const MEETUP = conversationId("e9b1c3d5-7a4f");
const ALUMNI = conversationId("f2c4e6a8-3d5b");
const REFEREE = conversationId("a5d7f9b1-6c8e");

const MESSAGES: Message[] = [
  // (a recruiter's InMail about a role at Monzo, and the interview it led to)
  {
    conversation: MONZO,
    from: RACHEL,
    to: [CHLOE],
    at: "2026-11-13 16:22:09",
    content:
      "Quick update from Monzo: they loved you! The second stage will be a product case study with the Payments team. I'll confirm a date as soon as Hannah is back from leave.",
  },
  {
    conversation: MONZO,
    from: CHLOE,
    to: [RACHEL],
    at: "2026-10-20 12:14:05",
    content: "Brilliant, thank you Rachel! Tuesday 27th at 11 works for me.",
  },
  {
    conversation: MONZO,
    from: RACHEL,
    to: [CHLOE],
    at: "2026-10-20 10:31:48",
    content:
      "Good news, Chloe: Monzo would like to invite you to a first-stage interview with Hannah Li, their Group Product Manager for Payments. It's on Tuesday 27 October at 11am on Google Meet, 45 minutes. I'll send the calendar invite today.",
  },
  {
    conversation: MONZO,
    from: CHLOE,
    to: [RACHEL],
    at: "2026-10-13 19:20:11",
    content: "Great, speak then. I've emailed my CV over to you.",
  },
  {
    conversation: MONZO,
    from: RACHEL,
    to: [CHLOE],
    at: "2026-10-13 07:55:02",
    content: "Perfect. Let's say Thursday 15 October at 2:30pm, I'll ring your mobile. Could you send me your latest CV before then?",
  },
  {
    conversation: MONZO,
    from: CHLOE,
    to: [RACHEL],
    at: "2026-10-12 18:03:40",
    content: "Hi Rachel, thanks for reaching out! Yes, I'd definitely be interested. I'm free on Thursday afternoon if that works for a call?",
  },
  {
    conversation: MONZO,
    from: RACHEL,
    to: [CHLOE],
    at: "2026-10-12 08:47:15",
    subject: "Senior Product Manager, Payments – Monzo",
    content:
      "Hi Chloe,\n\nI hope you're well. I'm a recruiter at Northbridge Talent and I'm working exclusively with Monzo on a Senior Product Manager role in their Payments team. Given your checkout and payments experience at Just Eat, I think you'd be a great fit.\n\nIt's hybrid (two days a week in their Old Street office) and the salary is up to £105,000 plus share options.\n\nWould you be open to a quick call this week?\n\nBest,\nRachel",
  },
  // (an in-house recruiter's InMail, turned down; and a draft of a change of mind, never sent)
  {
    conversation: WISE,
    from: CHLOE,
    to: [MARCUS],
    at: "2026-11-03 21:40:12",
    content: "Hi Marcus, I've been thinking again about the Product Lead role. Would Wise consider someone based in London for it?",
    draft: true,
  },
  {
    conversation: WISE,
    from: MARCUS,
    to: [CHLOE],
    at: "2026-10-17 10:02:44",
    content: "Totally understand, Chloe. I'll keep you in mind for London roles.",
  },
  {
    conversation: WISE,
    from: CHLOE,
    to: [MARCUS],
    at: "2026-10-17 09:40:19",
    content:
      "Hi Marcus, thanks for thinking of me. It sounds like a great team, but I can't relocate to Tallinn at the moment, so I'll have to pass. I'd love to hear about anything London-based in future though!",
  },
  {
    conversation: WISE,
    from: MARCUS,
    to: [CHLOE],
    at: "2026-10-16 14:05:33",
    subject: "Product Lead – Wise Business",
    content:
      "Hi Chloe, I lead product hiring for Wise Business. We're looking for a Product Lead to own onboarding for business customers, based in our Tallinn office with relocation support. Would you like to hear more?",
  },
  // (an ex-colleague's referral)
  {
    conversation: DELIVEROO,
    from: CHLOE,
    to: [TOM],
    at: "2026-10-22 09:30:02",
    content: "You're a star, I owe you a pint 🍺",
  },
  {
    conversation: DELIVEROO,
    from: TOM,
    to: [CHLOE],
    at: "2026-10-22 09:18:55",
    content: "Done, referral's in. The hiring manager is Aisha Khan, she's lovely. Expect to hear from their recruiter this week.",
  },
  {
    conversation: DELIVEROO,
    from: CHLOE,
    to: [TOM],
    at: "2026-10-21 20:12:37",
    content: "Tom!! So good to hear from you, and congrats on the move. Yes please, I'd love a referral.",
  },
  {
    conversation: DELIVEROO,
    from: TOM,
    to: [CHLOE],
    at: "2026-10-21 17:44:10",
    content:
      "Hey Chloe! Long time no speak. Saw you're open to work. I moved to Deliveroo in September, I'm a Staff Engineer on the rider app now. We're hiring a Senior PM for the rider experience team. Want me to refer you?",
  },
  // (a new contact from a meetup)
  {
    conversation: MEETUP,
    from: CHLOE,
    to: [PRIYA],
    at: "2026-10-14 21:40:03",
    content: "Thanks so much Priya, that would be great. I really enjoyed your talk on pricing experiments.",
  },
  {
    conversation: MEETUP,
    from: PRIYA,
    to: [CHLOE],
    at: "2026-10-14 21:05:27",
    content:
      "Hi Chloe, lovely to meet you at the Mind the Product meetup tonight! As promised, I'll introduce you to Ben Carter, who runs product for Starling's business banking team. They're hiring in the new year.",
  },
  // (a group of ex-colleagues)
  {
    conversation: ALUMNI,
    title: "Just Eat product alumni",
    from: CHLOE,
    to: [ELLA, TOM],
    at: "2026-11-09 13:02:51",
    content: "Count me in, I'll bring my interview war stories",
  },
  {
    conversation: ALUMNI,
    title: "Just Eat product alumni",
    from: TOM,
    to: [ELLA, CHLOE],
    at: "2026-11-09 12:15:20",
    content: "I'm in!",
  },
  {
    conversation: ALUMNI,
    title: "Just Eat product alumni",
    from: ELLA,
    to: [TOM, CHLOE],
    at: "2026-11-09 12:01:44",
    content: "Right, it's been far too long. Drinks on Thursday 19 November? I've booked the back room at The Harp in Covent Garden from 6:30.",
  },
  // (a former manager, asked for a reference)
  {
    conversation: REFEREE,
    from: LAURA,
    to: [CHLOE],
    at: "2026-11-02 11:47:36",
    content: "Of course, Chloe! Happy to be a referee. Give them laura.kim@example.com and tell them I'm best reached after 4pm.",
  },
  {
    conversation: REFEREE,
    from: CHLOE,
    to: [LAURA],
    at: "2026-11-02 08:30:00",
    content:
      "Hi Laura, I hope you're well! I'm interviewing for a Senior PM role at Monzo and they've asked for references. Would you be willing to be one of my referees?",
  },
];

const MESSAGES_CSV = csv(
  "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT",
  MESSAGES.map((m) => [
    m.conversation,
    m.title ?? "",
    m.from.name,
    m.from.url,
    m.to.map((t) => t.name).join(", "),
    m.to.map((t) => t.url).join(", "),
    `${m.at} UTC`,
    m.subject ?? "",
    m.content,
    "INBOX",
    "",
    m.draft ? "Yes" : "No",
  ]),
);

/** Connections.csv: LinkedIn's note about email addresses, a blank line, then the connections, newest first. */
const CONNECTIONS_CSV = `Notes:
"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"

${csv("First Name,Last Name,URL,Email Address,Company,Position,Connected On", [
  ["Daniel", "Park", "https://www.linkedin.com/in/danielpark-monzo", "", "Monzo", "Senior Product Manager", "11 Nov 2026"],
  ["Ben", "Carter", "https://www.linkedin.com/in/bencarter-starling", "", "Starling Bank", "Director of Product, Business Banking", "16 Oct 2026"],
  ["Priya", "Shah", PRIYA.url, "", "Starling Bank", "Head of Product", "14 Oct 2026"],
  ["Rachel", "Evans", RACHEL.url, "rachel.evans@northbridgetalent.example", "Northbridge Talent", "Senior Recruiter – Fintech Product", "13 Oct 2026"],
  ["Sofia", "Rossi", "https://www.linkedin.com/in/sofia-rossi-ocado", "", "Ocado Technology", "Product Director", "02 May 2023"],
  ["Ella", "Ward", ELLA.url, "", "Just Eat Takeaway.com", "Principal Product Designer", "15 Aug 2019"],
  ["Tom", "Becker", TOM.url, "", "Deliveroo", "Staff Software Engineer", "08 Jul 2019"],
  ["Laura", "Kim", LAURA.url, "", "Gousto", "VP Product", "03 Jun 2019"],
  ["James", "O'Connor", "https://www.linkedin.com/in/jamesoconnor-eng", "", "Skyscanner", "Engineering Manager", "21 Mar 2017"],
])}`;

const POSITIONS_CSV = csv("Company Name,Title,Description,Location,Started On,Finished On", [
  [
    "Ocado Technology",
    "Senior Product Manager",
    "Leading the customer fulfilment product team: delivery slots, substitutions and the driver app.",
    "Hatfield, England, United Kingdom",
    "Apr 2023",
    "",
  ],
  [
    "Just Eat Takeaway.com",
    "Product Manager",
    "Owned checkout and payments for the UK app; launched Apple Pay and cut checkout drop-off by 12%.",
    "London, England, United Kingdom",
    "Jun 2019",
    "Mar 2023",
  ],
  ["Skyscanner", "Associate Product Manager", "Flight search filters and price alerts.", "Edinburgh, Scotland, United Kingdom", "Sep 2016", "May 2019"],
]);

const FILES: PersonFile[] = [
  { name: `${FOLDER}/messages.csv`, text: MESSAGES_CSV },
  { name: `${FOLDER}/Connections.csv`, text: CONNECTIONS_CSV },
  { name: `${FOLDER}/Positions.csv`, text: POSITIONS_CSV },
  {
    name: `${FOLDER}/Profile.csv`,
    text: csv(
      "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers",
      [
        [
          "Chloe",
          "Bennett",
          "",
          "",
          "",
          "Senior Product Manager at Ocado Technology | Ex-Just Eat, Skyscanner | Marketplaces, logistics & payments",
          "Product manager with ten years in marketplaces, logistics and payments. I like small teams, fast experiments and products people actually enjoy using.",
          "Software Development",
          "",
          "London, England, United Kingdom",
          "",
          "[PORTFOLIO:https://chloebennett.example]",
          "",
        ],
      ],
    ),
  },
  {
    name: `${FOLDER}/Invitations.csv`,
    text: csv("From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl", [
      ["Daniel Park", "Chloe Bennett", "11/11/26, 4:45 PM", "", "INCOMING", "https://www.linkedin.com/in/danielpark-monzo", CHLOE.url],
      [
        "Chloe Bennett",
        "Ben Carter",
        "10/16/26, 9:10 AM",
        "Hi Ben, Priya Shah suggested we connect. I'd love to hear about your team's plans for next year.",
        "OUTGOING",
        CHLOE.url,
        "https://www.linkedin.com/in/bencarter-starling",
      ],
      ["Priya Shah", "Chloe Bennett", "10/14/26, 8:58 PM", "Great chatting at Mind the Product tonight!", "INCOMING", PRIYA.url, CHLOE.url],
      ["Chloe Bennett", "Rachel Evans", "10/13/26, 7:22 PM", "", "OUTGOING", CHLOE.url, RACHEL.url],
    ]),
  },
  {
    name: `${FOLDER}/Education.csv`,
    text: csv("School Name,Start Date,End Date,Notes,Degree Name,Activities", [
      ["The University of Edinburgh", "2012", "2016", "", "MA Economics", "Hillwalking Club"],
    ]),
  },
  { name: `${FOLDER}/Skills.csv`, text: csv("Name", [["Product Management"], ["Payments"], ["A/B Testing"], ["Product Roadmapping"], ["SQL"]]) },
  {
    name: `${FOLDER}/Endorsement_Received_Info.csv`,
    text: csv("Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorser Public Url,Endorsement Status", [
      ["2026/10/02 10:14:25 UTC", "Product Management", "Laura", "Kim", "www.linkedin.com/in/laurakim-product", "ACCEPTED"],
      ["2026/09/18 08:02:51 UTC", "Payments", "Tom", "Becker", "www.linkedin.com/in/tom-becker-4a1b2c", "ACCEPTED"],
    ]),
  },
  { name: `${FOLDER}/Registration.csv`, text: csv("Registered At,Registration Ip,Subscription Types", [["3/2/12, 9:41 AM", "192.0.2.41", ""]]) },
  {
    name: `${FOLDER}/Email Addresses.csv`,
    text: csv("Email Address,Confirmed,Primary,Updated On", [["chloe.bennett@example.com", "Yes", "Yes", "3/2/12, 9:41 AM"]]),
  },
  {
    name: `${FOLDER}/guide_messages.csv`,
    text: "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n",
  },
  {
    name: `${FOLDER}/Jobs/Job Applications.csv`,
    text: csv("Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,Question And Answers", [
      [
        "11/3/26, 10:12 AM",
        "chloe.bennett@example.com",
        "+44 7700 900123",
        "Deliveroo",
        "Senior Product Manager - Rider Experience",
        "https://www.linkedin.com/jobs/view/4012345678",
        "Chloe_Bennett_CV_2026.pdf",
        "",
      ],
    ]),
  },
  {
    name: `${FOLDER}/Jobs/Saved Jobs.csv`,
    text: csv("Saved Date,Job Url,Job Title,Company Name", [
      ["10/28/26, 8:15 PM", "https://www.linkedin.com/jobs/view/4019876543", "Group Product Manager, Checkout", "Trainline"],
    ]),
  },
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "Which recruiter offered the product role at Monzo?", expect: ["Rachel Evans"] },
  { question: "What's the salary for the Monzo role?", expect: ["105,000"] },
  { question: "When is my first interview at Monzo?", expect: ["27 October"] },
  { question: "Who is my Monzo interview with?", expect: ["Hannah Li"] },
  { question: "When did I connect with Priya Shah?", expect: ["14 October"] },
  { question: "What's Priya Shah's job?", expect: ["Head of Product"] },
  { question: "Where does Tom Becker work now?", expect: ["Deliveroo"] },
  { question: "Who is the hiring manager for the Deliveroo role?", expect: ["Aisha Khan"] },
  { question: "Where is the Wise Product Lead role based?", expect: ["Tallinn"] },
  { question: "Where are the Just Eat alumni drinks?", expect: ["The Harp"] },
  { question: "When did I start at Ocado?", expect: ["April 2023"] },
  { question: "Who agreed to be my referee?", expect: ["Laura Kim"] },
  { question: "When is my second interview at Monzo?", expect: null },
  { question: "What salary did Deliveroo offer me?", expect: null },
  { question: "What's Priya Shah's phone number?", expect: null },
];

/** Chloe: her LinkedIn data archive, unzipped and imported as one folder, asked on Wednesday 25 November 2026. */
export const networker: Person = {
  name: "networker",
  files: FILES.map((f) => ({ ...f, mtime: EXPORTED })),
  folder: FOLDER,
  askedAt: Date.UTC(2026, 10, 25, 18, 0),
  questions: QUESTIONS,
};

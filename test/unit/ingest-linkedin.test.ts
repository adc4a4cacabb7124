import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkImportFile, folderFileFormat, importPaths, isEmptyNote, passedOverInFolder, whyPassedOver } from "../../core/api/import-check.js";
import { linkedinKind, linkedinPassedOver } from "../../core/ingest/social/linkedin.js";
import { detectFormat, validateExport } from "../../core/ingest/parse.js";
import { conversationItems, turnHash } from "../../core/ingest/store.js";
import type { ParsedConversation } from "../../core/ingest/kit/types.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

const dir = mkdtempSync(join(tmpdir(), "engram-linkedin-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** messages.csv's header as LinkedIn writes it now (older archives end at FOLDER). */
const MESSAGES_HEADER =
  "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER,ATTACHMENTS,IS MESSAGE DRAFT";
/** Connections.csv's preamble: "Notes:", LinkedIn's note in quotes, a blank line. */
const PREAMBLE =
  'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"\n\n';
const CONNECTIONS_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On";
const POSITIONS_HEADER = "Company Name,Title,Description,Location,Started On,Finished On";
const PROFILE_HEADER =
  "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers";

const CHLOE = ["Chloe Bennett", "https://www.linkedin.com/in/chloe-bennett-pm"] as const;
const RACHEL = ["Rachel Evans", "https://www.linkedin.com/in/rachel-evans"] as const;
const TOM = ["Tom Becker", "https://www.linkedin.com/in/tom-becker"] as const;
const ELLA = ["Ella Ward", "https://www.linkedin.com/in/ella-ward"] as const;

/** A cell as LinkedIn's CSVs write it: quoted when it holds a comma, a quote or a line break. */
function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A file of the test folder, its text as given. */
function write(name: string, text: string): string {
  const file = join(dir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

/** A CSV of a header and rows, LF line ends. */
function csv(header: string, rows: string[][]): string {
  return `${[header, ...rows.map((r) => r.map(cell).join(","))].join("\n")}\n`;
}

/** A row of messages.csv: conversation, title, sender, recipients, time, subject, words; folder INBOX, not a draft, unless `more` says. */
function message(
  id: string,
  title: string,
  from: readonly [string, string],
  to: ReadonlyArray<readonly [string, string]>,
  date: string,
  subject: string,
  content: string,
  more: { folder?: string; draft?: string } = {},
): string[] {
  return [
    id,
    title,
    from[0],
    from[1],
    to.map((t) => t[0]).join(", "),
    to.map((t) => t[1]).join(", "),
    date,
    subject,
    content,
    more.folder ?? "INBOX",
    "",
    more.draft ?? "No",
  ];
}

/** The messages of an archive: an InMail and its replies (newest first, as LinkedIn writes a conversation), a group, a draft, spam, LinkedIn's notice. */
const MESSAGE_ROWS = [
  message("2-MONZO", "", RACHEL, [CHLOE], "2026-10-20 10:31:48 UTC", "", "Your first interview is on Tuesday 27 October at 11am."),
  message("2-MONZO", "", CHLOE, [RACHEL], "2026-10-12 18:03:40 UTC", "", "Hi Rachel, yes, I'd be interested. Free Thursday?"),
  message(
    "2-MONZO",
    "",
    RACHEL,
    [CHLOE],
    "2026-10-12 08:47:15 UTC",
    "Senior Product Manager, Payments – Monzo",
    "Hi Chloe,\n\nI'm working with Monzo on a Senior Product Manager role.\n\nBest,\nRachel",
  ),
  message("2-ALUMNI", "Just Eat product alumni", ELLA, [TOM, CHLOE], "2026-11-09 12:01:44 UTC", "", "Drinks at The Harp on Thursday 19 November?"),
  // (two messages in the same second: the second named "#2")
  message("2-ALUMNI", "Just Eat product alumni", TOM, [ELLA, CHLOE], "2026-11-09 12:15:20 UTC", "", "I'm in!"),
  message("2-ALUMNI", "Just Eat product alumni", CHLOE, [ELLA, TOM], "2026-11-09 12:15:20 UTC", "", "Count me in"),
  message("2-ALUMNI", "Just Eat product alumni", CHLOE, [ELLA, TOM], "2026-11-10 08:00:00 UTC", "", "Message request accepted"),
  // (a draft never sent, and spam: passed over)
  message("2-MONZO", "", CHLOE, [RACHEL], "2026-11-03 21:40:12 UTC", "", "Actually, could we talk salary?", { draft: "Yes" }),
  message("2-SPAM", "", ["Crypto Jobs", "https://www.linkedin.com/in/crypto-jobs"], [CHLOE], "2026-11-01 09:00:00 UTC", "Earn 10x", "Click here", {
    folder: "SPAM",
  }),
  // (a sponsored InMail's HTML, read as text; the subject its title)
  message(
    "2-SPONSORED",
    "",
    ["Hays Recruitment", ""],
    [CHLOE],
    "2026-11-05 14:00:00 UTC",
    "Salary guide 2027",
    "<p>Hi Chloe,</p><p>Our <strong>Salary Guide</strong> is out &amp; free.<br>Download it today.</p>",
  ),
];

/** An archive unzipped as `folder`: messages.csv, Connections.csv, Positions.csv, Profile.csv and files of the account's data. */
function archive(folder: string): string {
  write(`${folder}/messages.csv`, csv(MESSAGES_HEADER, MESSAGE_ROWS));
  write(
    `${folder}/Connections.csv`,
    PREAMBLE +
      csv(CONNECTIONS_HEADER, [
        ["Priya", "Shah", "https://www.linkedin.com/in/priyashah", "", "Starling Bank", "Head of Product", "14 Oct 2026"],
        ["Rachel", "Evans", RACHEL[1], "rachel@northbridge.example", "Northbridge Talent", "Senior Recruiter", "13 Oct 2026"],
        // (a member who left LinkedIn: a row of no one)
        ["", "", "", "", "", "", "01 Sep 2026"],
        ["Tom", "Becker", TOM[1], "", "Deliveroo", "Staff Software Engineer", "08 Jul 2019"],
      ]),
  );
  write(
    `${folder}/Positions.csv`,
    csv(POSITIONS_HEADER, [
      ["Ocado Technology", "Senior Product Manager", "Delivery slots and substitutions.", "Hatfield, England, United Kingdom", "Apr 2023", ""],
      ["Just Eat Takeaway.com", "Product Manager", "- Owned checkout\n- Launched Apple Pay", "London, England, United Kingdom", "Jun 2019", "Mar 2023"],
    ]),
  );
  write(`${folder}/Profile.csv`, csv(PROFILE_HEADER, [["Chloe", "Bennett", "", "", "", "Senior Product Manager", "", "", "", "London", "", "", ""]]));
  write(
    `${folder}/Invitations.csv`,
    csv("From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl", [
      ["Priya Shah", "Chloe Bennett", "10/14/26, 8:58 PM", "Great chatting tonight!", "INCOMING", "https://www.linkedin.com/in/priyashah", CHLOE[1]],
    ]),
  );
  write(`${folder}/Skills.csv`, csv("Name", [["Product Management"], ["SQL"]]));
  write(`${folder}/guide_messages.csv`, `${MESSAGES_HEADER}\n`);
  write(
    `${folder}/Jobs/Job Applications.csv`,
    csv("Application Date,Contact Email,Contact Phone Number,Company Name,Job Title,Job Url,Resume Name,Question And Answers", [
      ["11/3/26, 10:12 AM", "chloe@example.com", "", "Deliveroo", "Senior Product Manager", "https://www.linkedin.com/jobs/view/1", "cv.pdf", ""],
    ]),
  );
  write(`${folder}/Articles/Articles/2026-09-01 10:00:00.0-Shipping substitutions.html`, "<html><body><p>What I learned</p></body></html>\n");
  return join(dir, folder);
}

/** Each conversation's format, key and title, and its turns' speaker, role, time and text. */
function told(conversations: ParsedConversation[]): Array<[string, string, string | null, Array<[string, string, string, string]>]> {
  return conversations.map((c) => [
    c.format,
    c.externalId,
    c.title,
    c.turns.map((t): [string, string, string, string] => [t.speaker, t.role, new Date(t.occurredAt).toISOString(), t.text]),
  ]);
}

describe("a LinkedIn archive", () => {
  const folder = archive("Complete_LinkedInDataExport_11-24-2026");

  it("reads messages.csv as conversations, in time order, the account's messages the user's (by Profile.csv's name)", async () => {
    const messages = join(folder, "messages.csv");
    expect(await detectFormat(messages)).toBe("linkedin");
    const conversations = await parsedConversations(messages);
    expect(told(conversations)).toEqual([
      [
        "linkedin",
        "linkedin:2-MONZO",
        // (no group title: the InMail's subject)
        "Senior Product Manager, Payments – Monzo",
        [
          ["Rachel Evans", "other", "2026-10-12T08:47:15.000Z", "Hi Chloe,\n\nI'm working with Monzo on a Senior Product Manager role.\n\nBest,\nRachel"],
          ["User", "user", "2026-10-12T18:03:40.000Z", "Hi Rachel, yes, I'd be interested. Free Thursday?"],
          ["Rachel Evans", "other", "2026-10-20T10:31:48.000Z", "Your first interview is on Tuesday 27 October at 11am."],
        ],
      ],
      [
        "linkedin",
        "linkedin:2-SPONSORED",
        "Salary guide 2027",
        [["Hays Recruitment", "other", "2026-11-05T14:00:00.000Z", "Hi Chloe,\nOur Salary Guide is out & free.\nDownload it today."]],
      ],
      [
        "linkedin",
        "linkedin:2-ALUMNI",
        "Just Eat product alumni",
        [
          ["Ella Ward", "other", "2026-11-09T12:01:44.000Z", "Drinks at The Harp on Thursday 19 November?"],
          ["Tom Becker", "other", "2026-11-09T12:15:20.000Z", "I'm in!"],
          ["User", "user", "2026-11-09T12:15:20.000Z", "Count me in"],
        ],
      ],
    ]);
    // (each message named by its time, a second one in the same second "#2", and the line its row starts on, after the InMail's six lines)
    expect(conversations[2]!.turns.map((t) => [t.externalId, t.metadata.line])).toEqual([
      ["2026-11-09T12:01:44.000Z", 10],
      ["2026-11-09T12:15:20.000Z", 11],
      ["2026-11-09T12:15:20.000Z#2", 12],
    ]);
    expect(conversations[0]!.turns[0]!.metadata.linkedin).toEqual({ to: "Chloe Bennett", subject: "Senior Product Manager, Payments – Monzo" });
    // (a message to the user alone is a letter to them, its "you" theirs; not the user's own, nor one to a group)
    expect(conversations.map((c) => c.turns.map((t) => t.metadata.letter ?? null))).toEqual([
      [{ to: ["the user"] }, null, { to: ["the user"] }],
      [{ to: ["the user"] }],
      [null, null, null],
    ]);
    expect(conversations.map((c) => [c.participants, new Date(c.startedAt!).toISOString()])).toEqual([
      [["Rachel Evans", "User"], "2026-10-12T08:47:15.000Z"],
      [["Hays Recruitment"], "2026-11-05T14:00:00.000Z"],
      [["Ella Ward", "Tom Becker", "User"], "2026-11-09T12:01:44.000Z"],
    ]);
    // (a chat's messages: chat turns, trust imported)
    expect(conversationItems(conversations[0]!).map((i) => [i.source.kind, i.source.trust, i.source.speaker])).toEqual([
      ["chat_turn", "imported", "Rachel Evans"],
      ["chat_turn", "imported", "User"],
      ["chat_turn", "imported", "Rachel Evans"],
    ]);
    expect(await validateExport(messages)).toMatchObject({ format: "linkedin", conversations: 3, turns: 7 });
    expect(await checkImportFile(messages)).toBe("linkedin");
  });

  it("tells the user without Profile.csv as the one profile in every message, and no one when a file cannot tell", async () => {
    const alone = write("no-profile/messages.csv", csv(MESSAGES_HEADER, MESSAGE_ROWS.slice(0, 6)));
    const speakers = (await parsedConversations(alone)).map((c) => c.turns.map((t) => `${t.speaker}/${t.role}`));
    expect(speakers).toEqual([
      ["Rachel Evans/other", "User/user", "Rachel Evans/other"],
      ["Ella Ward/other", "Tom Becker/other", "User/user"],
    ]);
    // (one conversation of two: either could be the account; names kept, so `--me` can say)
    const two = write("two/messages.csv", csv(MESSAGES_HEADER, MESSAGE_ROWS.slice(0, 3)));
    expect((await parsedConversations(two))[0]!.turns.map((t) => `${t.speaker}/${t.role}`)).toEqual([
      "Rachel Evans/other",
      "Chloe Bennett/other",
      "Rachel Evans/other",
    ]);
  });

  it("reads Connections.csv after its preamble as a note per month, each connection a paragraph of its day with where they work", async () => {
    const connections = join(folder, "Connections.csv");
    expect(await detectFormat(connections)).toBe("linkedin");
    const notes = await parsedConversations(connections);
    expect(told(notes)).toEqual([
      [
        "note",
        "linkedin:connections:2026-10",
        "LinkedIn connections, October 2026",
        [
          [
            "User",
            "user",
            "2026-10-13T12:00:00.000Z",
            "Connected with Rachel Evans on LinkedIn on Tuesday 13 October. Rachel Evans works at Northbridge Talent as Senior Recruiter. Rachel Evans's email address: rachel@northbridge.example.",
          ],
          [
            "User",
            "user",
            "2026-10-14T12:00:00.000Z",
            "Connected with Priya Shah on LinkedIn on Wednesday 14 October. Priya Shah works at Starling Bank as Head of Product.",
          ],
        ],
      ],
      [
        "note",
        "linkedin:connections:2019-07",
        "LinkedIn connections, July 2019",
        [
          [
            "User",
            "user",
            "2019-07-08T12:00:00.000Z",
            "Connected with Tom Becker on LinkedIn on Monday 8 July. Tom Becker works at Deliveroo as Staff Software Engineer.",
          ],
        ],
      ],
    ]);
    // (each named by its profile link, its row's line after the preamble)
    expect(notes.flatMap((n) => n.turns.map((t) => [t.externalId, t.metadata.line]))).toEqual([
      ["https://www.linkedin.com/in/rachel-evans", 6],
      ["https://www.linkedin.com/in/priyashah", 5],
      ["https://www.linkedin.com/in/tom-becker", 8],
    ]);
    expect(notes[0]!.turns[1]!.metadata.linkedin).toEqual({
      name: "Priya Shah",
      url: "https://www.linkedin.com/in/priyashah",
      company: "Starling Bank",
      position: "Head of Product",
    });
    // (the user's records: file sources, trust user)
    expect(conversationItems(notes[1]!).map((i) => [i.source.kind, i.source.trust])).toEqual([["file", "user"]]);
  });

  it("reads Positions.csv as one note of the user's jobs, each of its start, the current one still held", async () => {
    const positions = join(folder, "Positions.csv");
    expect(await detectFormat(positions)).toBe("linkedin");
    expect(told(await parsedConversations(positions))).toEqual([
      [
        "note",
        "linkedin:positions",
        "Work history (LinkedIn)",
        [
          [
            "User",
            "user",
            "2019-06-01T12:00:00.000Z",
            "Worked at Just Eat Takeaway.com as Product Manager from June 2019 to March 2023, in London, England, United Kingdom.\nOwned checkout.\nLaunched Apple Pay.",
          ],
          [
            "User",
            "user",
            "2023-04-01T12:00:00.000Z",
            "Started at Ocado Technology as Senior Product Manager in April 2023, in Hatfield, England, United Kingdom; still there.\nDelivery slots and substitutions.",
          ],
        ],
      ],
    ]);
  });

  it("lists the archive's files in its folder and passes over all but messages, connections and positions, saying why", async () => {
    expect(importPaths(folder).map((p) => p.file.slice(folder.length + 1))).toEqual([
      "Articles/Articles/2026-09-01 10:00:00.0-Shipping substitutions.html",
      "Connections.csv",
      "Invitations.csv",
      "Jobs/Job Applications.csv",
      "Positions.csv",
      "Profile.csv",
      "Skills.csv",
      "guide_messages.csv",
      "messages.csv",
    ]);
    const why: Record<string, string> = {};
    const read: string[] = [];
    for (const { file } of importPaths(folder)) {
      const name = file.slice(folder.length + 1);
      const aside = await passedOverInFolder(file);
      if (aside) {
        expect(await folderFileFormat(file)).toBeNull();
        why[name] = aside;
        continue;
      }
      expect(await folderFileFormat(file)).toBe("linkedin");
      expect(await checkImportFile(file, "linkedin")).toBe("linkedin");
      read.push(name);
    }
    expect(read).toEqual(["Connections.csv", "Positions.csv", "messages.csv"]);
    expect(why).toEqual({
      "Articles/Articles/2026-09-01 10:00:00.0-Shipping substitutions.html": "an article published on LinkedIn, as a web page",
      "Invitations.csv": "LinkedIn connection invitations sent and received; the connections made are read from Connections.csv",
      "Jobs/Job Applications.csv": "jobs applied for on LinkedIn",
      "Profile.csv": "the LinkedIn account's profile, whose name tells which messages of messages.csv are the user's",
      "Skills.csv": "the skills listed on the LinkedIn profile",
      "guide_messages.csv": "chats with LinkedIn's AI job-search guide, no person's words",
    });
    // (alone, such a file is refused with the same reason, as a note with no text: a folder would pass it over)
    const profile = await validateExport(join(folder, "Profile.csv")).catch((e: unknown) => e);
    expect((profile as Error).message).toBe(
      "Profile.csv: line 1: the note has no text: the LinkedIn account's profile, whose name tells which messages of messages.csv are the user's",
    );
    expect(isEmptyNote(profile)).toBe(true);
    const skills = await validateExport(join(folder, "Skills.csv")).catch((e: unknown) => e);
    expect([isEmptyNote(skills), whyPassedOver(skills)]).toEqual([true, "the skills listed on the LinkedIn profile, no note"]);
    // (a CSV of any other folder is no LinkedIn archive's: not said to be)
    const elsewhere = write("spreadsheets/Skills.csv", csv("Name", [["Knitting"]]));
    expect(linkedinPassedOver(elsewhere)).toBeNull();
    expect(importPaths(join(dir, "spreadsheets"))).toEqual([]);
    // (nor is a folder the user keeps in it, nor another app's export beside its files: read as what they are)
    const kept = write("Complete_LinkedInDataExport_11-24-2026/Job hunt/bookmarks.html", "<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<TITLE>Bookmarks</TITLE>\n");
    const table = write("Complete_LinkedInDataExport_11-24-2026/Job hunt/Applications.csv", csv("Company,Role", [["Monzo", "Senior PM"]]));
    const readwise = write(
      "Complete_LinkedInDataExport_11-24-2026/readwise-data.csv",
      csv("Highlight,Book Title,Book Author,Amazon Book ID,Note,Color,Tags,Location Type,Location,Highlighted at,Document tags", [
        ["Hire slowly.", "The Manager's Path", "Camille Fournier", "", "", "yellow", "", "page", "12", "2026-11-01 09:00:00+00:00", ""],
      ]),
    );
    expect([linkedinPassedOver(kept), linkedinPassedOver(table)]).toEqual([null, null]);
    expect(await folderFileFormat(kept)).toBe("bookmarks");
    expect([await passedOverInFolder(readwise), await folderFileFormat(readwise)]).toEqual([null, "readwise"]);
  });

  it("adds from a later archive only the messages and connections new since", async () => {
    const later = archive("Complete_LinkedInDataExport_12-20-2026");
    write(
      "Complete_LinkedInDataExport_12-20-2026/messages.csv",
      csv(MESSAGES_HEADER, [message("2-MONZO", "", RACHEL, [CHLOE], "2026-12-01 09:00:00 UTC", "", "Monzo made you an offer!"), ...MESSAGE_ROWS]),
    );
    write(
      "Complete_LinkedInDataExport_12-20-2026/Connections.csv",
      PREAMBLE +
        csv(CONNECTIONS_HEADER, [
          ["Daniel", "Park", "https://www.linkedin.com/in/danielpark", "", "Monzo", "Senior Product Manager", "02 Dec 2026"],
          ["Priya", "Shah", "https://www.linkedin.com/in/priyashah", "", "Starling Bank", "Head of Product", "14 Oct 2026"],
          ["Rachel", "Evans", RACHEL[1], "rachel@northbridge.example", "Northbridge Talent", "Senior Recruiter", "13 Oct 2026"],
          // (moved since: told anew)
          ["Tom", "Becker", TOM[1], "", "Wise", "Staff Software Engineer", "08 Jul 2019"],
        ]),
    );
    const hashes = async (file: string) => (await parsedConversations(file)).flatMap((c) => c.turns.map((t) => ({ text: t.text, hash: turnHash(c, t) })));
    for (const [name, added] of [
      ["messages.csv", ["Monzo made you an offer!"]],
      [
        "Connections.csv",
        [
          "Connected with Daniel Park on LinkedIn on Wednesday 2 December. Daniel Park works at Monzo as Senior Product Manager.",
          "Connected with Tom Becker on LinkedIn on Monday 8 July. Tom Becker works at Wise as Staff Software Engineer.",
        ],
      ],
    ] as const) {
      const stored = new Set((await hashes(join(folder, name))).map((h) => h.hash));
      expect((await hashes(join(later, name))).filter((h) => !stored.has(h.hash)).map((h) => h.text)).toEqual(added);
    }
  });

  it("names the file, the line and the column of a bad row", async () => {
    const cases: Array<[string, string, string]> = [
      [
        "date/messages.csv",
        csv(MESSAGES_HEADER, [MESSAGE_ROWS[0]!, message("2-X", "", TOM, [CHLOE], "yesterday at 9", "", "Hi")]),
        'messages.csv: line 3, column 7 "DATE": "yesterday at 9": expected a time as LinkedIn writes it, "2026-10-14 09:12:33 UTC"',
      ],
      [
        "id/messages.csv",
        csv(MESSAGES_HEADER, [message("", "", TOM, [CHLOE], "2026-10-14 09:12:33 UTC", "", "Hi")]),
        'messages.csv: line 2, column 1 "CONVERSATION ID": empty: expected the conversation\'s id',
      ],
      // (a message of two lines moves the next row's line on)
      [
        "lines/messages.csv",
        csv(MESSAGES_HEADER, [
          message("2-X", "", TOM, [CHLOE], "2026-10-14 09:12:33 UTC", "", "Line one\nLine two"),
          message("2-X", "", TOM, [CHLOE], "2026-02-30 09:12:33 UTC", "", "Hi"),
        ]),
        'messages.csv: line 4, column 7 "DATE": "2026-02-30 09:12:33 UTC": expected a time as LinkedIn writes it, "2026-10-14 09:12:33 UTC"',
      ],
      [
        "connected/Connections.csv",
        PREAMBLE + csv(CONNECTIONS_HEADER, [["Tom", "Becker", TOM[1], "", "Deliveroo", "Engineer", "sometime in 2019"]]),
        'Connections.csv: line 5, column 7 "Connected On": "sometime in 2019": expected a day as LinkedIn writes it, "14 Oct 2026"',
      ],
      [
        "started/Positions.csv",
        csv(POSITIONS_HEADER, [["Ocado Technology", "Senior Product Manager", "", "", "Spring 2023", ""]]),
        'Positions.csv: line 2, column 5 "Started On": "Spring 2023": expected a month as LinkedIn writes it, "Apr 2023"',
      ],
      [
        "header/Connections.csv",
        'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n',
        'Connections.csv: line 1: not a LinkedIn archive\'s file (its messages.csv opens CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL; Connections.csv, after its "Notes:", First Name,Last Name,URL,Email Address,Company,Position,Connected On; Positions.csv Company Name,Title,Description,Location,Started On,Finished On)',
      ],
    ];
    for (const [name, text, wanted] of cases) {
      const err = await importErrorOf(validateExport(write(`bad/${name}`, text), { format: "linkedin" }));
      expect([err.name, err.message]).toEqual(["ImportError", wanted]);
    }
    const stray = await importErrorOf(
      validateExport(write("bad/stray/messages.csv", `${MESSAGES_HEADER}\n2-X,,Tom,"https://x" y,Chloe,,2026-10-14 09:12:33 UTC,,Hi,INBOX,,No\n`)),
    );
    expect([stray.location, stray.message]).toEqual(["line 2", expect.stringMatching(/^messages\.csv: line 2: Invalid Closing Quote/)]);
    // (no message but drafts: no words, a folder passes it over)
    expect((await importErrorOf(validateExport(write("bad/drafts/messages.csv", csv(MESSAGES_HEADER, [MESSAGE_ROWS[7]!]))))).message).toBe(
      "messages.csv: line 2: the note has no text: a LinkedIn archive's messages.csv with no message",
    );
  });

  it("tells its files by their header, the AI chats by their name too", () => {
    expect(linkedinKind(`${MESSAGES_HEADER}\n`, "/x/messages.csv")).toBe("messages");
    // (an older archive's shorter header, under any name)
    expect(linkedinKind("CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT\n", "/x/old.csv")).toBe("messages");
    expect(linkedinKind(`${MESSAGES_HEADER}\n`, "/x/guide_messages.csv")).toBe("ai");
    expect(linkedinKind(PREAMBLE + CONNECTIONS_HEADER, "/x/Connections.csv")).toBe("connections");
    // (an older Connections.csv: no preamble, no URL)
    expect(linkedinKind("First Name,Last Name,Email Address,Company,Position,Connected On\n", "/x/c.csv")).toBe("connections");
    expect(linkedinKind(`${POSITIONS_HEADER}\n`, "/x/Positions.csv")).toBe("positions");
    expect(linkedinKind(`${PROFILE_HEADER}\n`, "/x/Profile.csv")).toBe("profile");
    expect(linkedinKind("From,To,Sent At,Message,Direction\n", "/x/Invitations.csv")).toBe("invitations");
    // (a contacts list of names is no connections file; a "Notes:" of a note no preamble of one)
    expect(linkedinKind("First Name,Last Name,Email\n", "/x/contacts.csv")).toBeNull();
    expect(linkedinKind("Notes:\nBuy milk\n", "/x/notes.csv")).toBeNull();
  });
});

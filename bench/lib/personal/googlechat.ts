/**
 * The Google Chat user: Leo downloads his Google Chat from Google Takeout and imports the unzipped
 * folder (`engram import "Takeout/Google Chat" --me "Leo Martin"`): Groups/<DM or Space id>/ with a
 * group_info.json (its members; a Space's name) and a messages.json (`{ messages: [ { creator: {
 * name, email, user_type }, created_date: "Tuesday, November 3, 2026 at 6:42:10 PM UTC", text,
 * topic_id, message_id, attached_files?, quoted_message_metadata?, deletion_metadata?, reactions? } ]
 * }`), and Users/User <id>/user_info.json of the account. A message with a file only, a deleted one, a
 * quote of an earlier message, a bot's message and an emoji reaction are there. Hand-written by the
 * developers while trying Engram as its users would, in session 31, before Engram could read it (the
 * first run's figures are in bench/README.md). With it, the questions such a person asks later and
 * the words a right answer holds, and questions nothing here answers.
 */
import type { Person } from "./types.js";

const LEO = { name: "Leo Martin", email: "leo.martin@gmail.com", user_type: "Human" };
const ANA = { name: "Ana Costa", email: "ana.costa@gmail.com", user_type: "Human" };
const RAJ = { name: "Raj Patel", email: "raj.patel@gmail.com", user_type: "Human" };
const BOT = { name: "Google Drive", user_type: "Bot" };

/** A message as Takeout writes one: its author, its time as Takeout words it (US English), its text, and what else it carries. */
function message(creator: Record<string, string>, created: string, text: string, id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { creator, created_date: created, text, topic_id: `t${id}`, message_id: `${id}/${id}`, ...extra };
}

const DM = {
  messages: [
    message(ANA, "Tuesday, November 3, 2026 at 6:42:10 PM UTC", "Are you still ok to water my plants while I'm in Porto?", "a1"),
    message(LEO, "Tuesday, November 3, 2026 at 6:44:57 PM UTC", "Of course! When do you fly?", "a2"),
    message(ANA, "Tuesday, November 3, 2026 at 6:46:30 PM UTC", "Thursday 19th, back on the 26th. Spare key is under the blue pot", "a3"),
    message(ANA, "Tuesday, November 3, 2026 at 6:47:02 PM UTC", "", "a4", {
      attached_files: [{ original_name: "IMG_5531.jpg", export_name: "File-IMG_5531.jpg" }],
    }),
    message(LEO, "Tuesday, November 3, 2026 at 6:48:40 PM UTC", "Got it. The fern needs water twice a week, right?", "a5", {
      reactions: [{ emoji: { unicode: "👍" }, reactor_emails: ["ana.costa@gmail.com"] }],
    }),
    message(ANA, "Tuesday, November 3, 2026 at 6:49:15 PM UTC", "Yes, and the orchid only once, on Sundays", "a6"),
    message(ANA, "Wednesday, November 4, 2026 at 9:05:00 AM UTC", "", "a7", { deletion_metadata: { deletion_type: "CREATOR" } }),
  ],
};

const SPACE = {
  messages: [
    message(RAJ, "Saturday, November 7, 2026 at 10:15:33 AM UTC", "Plot 14 rent is due by 1 December, £38 each this year", "b1"),
    message(LEO, "Saturday, November 7, 2026 at 10:20:01 AM UTC", "I'll pay it on Monday. Who has the shed padlock code?", "b2"),
    message(RAJ, "Saturday, November 7, 2026 at 10:22:47 AM UTC", "It's 4-7-1-9, changed it last week", "b3", {
      quoted_message_metadata: { creator: LEO, text: "Who has the shed padlock code?" },
    }),
    message(BOT, "Saturday, November 7, 2026 at 11:00:00 AM UTC", "Raj Patel shared a file: Planting plan 2027", "b4"),
    message(ANA, "Sunday, November 8, 2026 at 4:31:12 PM UTC", "Garlic is in, 3 rows by the compost bins. Raj is bringing the leaf mould next Saturday", "b5"),
  ],
};

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "When does Ana fly to Porto?", expect: ["19 November"] },
  { question: "When is Ana back from Porto?", expect: ["26 November"] },
  { question: "Where is Ana's spare key?", expect: ["blue pot"] },
  { question: "How often does the fern need water?", expect: ["twice a week"] },
  { question: "When do I water the orchid?", expect: ["Sunday"] },
  { question: "How much is the allotment rent?", expect: ["£38"] },
  { question: "When is the allotment rent due?", expect: ["1 December"] },
  { question: "What's the shed padlock code?", expect: ["4-7-1-9"] },
  { question: "Where did Ana plant the garlic?", expect: ["compost"] },
  { question: "Who is bringing the leaf mould?", expect: ["Raj"] },
  { question: "What is Ana's flight number?", expect: null },
  { question: "How much did the garlic cost?", expect: null },
  { question: "When is Raj's birthday?", expect: null },
];

/** Leo: his Google Chat from Takeout, a DM and a Space, imported as one folder as the user "Leo Martin", asked on Monday 9 November 2026. */
export const googlechat: Person = {
  name: "googlechat",
  files: [
    {
      name: "Google Chat/Groups/DM 8y2W_wAAAAE/group_info.json",
      text: JSON.stringify({ members: [LEO, ANA] }, null, 2),
    },
    { name: "Google Chat/Groups/DM 8y2W_wAAAAE/messages.json", text: JSON.stringify(DM, null, 2) },
    {
      name: "Google Chat/Groups/Space AAAAq3Zl2xE/group_info.json",
      text: JSON.stringify({ name: "Allotment crew", members: [LEO, ANA, RAJ] }, null, 2),
    },
    { name: "Google Chat/Groups/Space AAAAq3Zl2xE/messages.json", text: JSON.stringify(SPACE, null, 2) },
    {
      name: "Google Chat/Users/User 104385229713664520431/user_info.json",
      text: JSON.stringify(
        {
          user: LEO,
          membership_info: [
            { group_name: "Ana Costa", group_id: "DM 8y2W_wAAAAE", membership_state: "MEMBER_JOINED" },
            { group_name: "Allotment crew", group_id: "Space AAAAq3Zl2xE", membership_state: "MEMBER_JOINED" },
          ],
        },
        null,
        2,
      ),
    },
  ],
  folder: "Google Chat",
  me: "Leo Martin",
  askedAt: Date.UTC(2026, 10, 9, 19, 0),
  questions: QUESTIONS,
};

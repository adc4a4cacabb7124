/**
 * The LINE user: Emma, a British teacher in Tokyo, exports two of her LINE chats (the chat's menu →
 * Settings → Export chat history) and imports the folder she saved them in (`engram import "LINE
 * chats" --me Emma`): her chat with her friend Yuki, saved from an iPhone (`[LINE] Chat with
 * Yuki.txt`: "[LINE] Chat history with Yuki", "Saved on: 2026/11/30 21:04", a blank line, day headers
 * "2026/11/10(Tue)", messages `18:42<TAB>Yuki<TAB>text` on the 24-hour clock), and her hiking club's
 * group chat, saved from an Android phone (`[LINE] Hiking club.txt`: "[LINE] Chat history in Hiking
 * club", "Saved on: 11/30/2026, 9:04 PM", day headers "Sun, 11/22/2026", times "7:02 PM"). A message of
 * several lines is written in double quotes, its lines going on without a time; stickers and photos
 * are "[Sticker]" and "[Photo]"; calls "☎ Missed call" and "☎ Call time 12:04" under their caller; an
 * unsent message or someone joining a line with no sender ("Yuki unsent a message.", or after an empty
 * sender column, "Tom joined the group."). Checked against public parsers of LINE's export (ChatLab's
 * line-native-txt, chonyy/line-message-analyzer's English sample, the chatlib LineChatData reader).
 * Hand-written by the developers while trying Engram as its users would, in session 35, before Engram
 * could read it (the first run's figures are in bench/README.md). With it, the questions such a person
 * asks later and the words a right answer holds, and questions nothing here answers.
 */
import type { Person } from "./types.js";

/** Lines of a LINE export joined as the app writes them (a message's columns joined by tabs already). */
const lines = (...all: string[]): string => `${all.join("\n")}\n`;

const YUKI = lines(
  "[LINE] Chat history with Yuki",
  "Saved on: 2026/11/30 21:04",
  "",
  "2026/11/10(Tue)",
  "18:42\tYuki\tEmma!! I got the job at Rakuten 🎉",
  "18:42\tYuki\t[Sticker]",
  "18:44\tEmma\tNo way!! Congratulations! Which team?",
  "18:46\tYuki\tMarketing, in the travel team. I start on 1 December",
  "18:47\tEmma\tWe have to celebrate. Dinner's on me, I'll book somewhere nice",
  "18:50\tYuki\tYay 🥳 Anywhere but ramen lol",
  "18:51\tYuki unsent a message.",
  "",
  "2026/11/12(Thu)",
  '12:31\tEmma\t"Booked! Friday 4 December, 7:30pm',
  "Hanabi, the izakaya in Ebisu, table for two under Emma",
  "It's five minutes from the east exit\"",
  "12:35\tYuki\tPerfect!! I've wanted to go there for ages",
  "12:36\tYuki\t[Photo]",
  "",
  "2026/11/15(Sun)",
  "21:03\tYuki\t☎ Missed call",
  "21:05\tYuki\tSorry, wrong button! By the way I've still got your umbrella from Thursday, the navy one with white spots",
  "21:06\tEmma\tHa, I wondered where it went! Keep it till the 4th",
  "21:07\tYuki\tOK, I'll bring it to dinner",
  "21:40\tEmma\t☎ Call time 12:04",
  "",
  "2026/11/27(Fri)",
  '08:15\tYuki\t"Quick update: my first day at Rakuten is Tuesday 1 December',
  'Orientation at the Futako-Tamagawa office at 9am"',
  "08:20\tEmma\tGood luck!! You'll be brilliant",
);

const HIKING_CLUB = lines(
  "[LINE] Chat history in Hiking club",
  "Saved on: 11/30/2026, 9:04 PM",
  "",
  "Sun, 11/22/2026",
  "7:02 PM\tKen\tNext hike: Mount Takao on Saturday 5 December! Who's in?",
  "7:05 PM\tHaruka\tMe!! 🙋‍♀️",
  "7:06 PM\tEmma\tCount me in",
  "7:10 PM\t\tKen invited Tom.",
  "7:11 PM\t\tTom joined the group.",
  "7:13 PM\tTom\tHi all, thanks for the invite! Happy to come along",
  "7:13 PM\tTom\t[Sticker]",
  "",
  "Thu, 11/26/2026",
  "8:30 PM\tHaruka\t[Photo]",
  '8:31 PM\tHaruka\t"Forecast for Saturday 5th: sunny, 9°C at the summit',
  'Bring a warm layer and gloves"',
  "8:40 PM\tTom\tIs there anywhere to buy lunch at the top?",
  "8:42 PM\tKen\tOnly a soba place and it gets busy. Bring a packed lunch",
  "",
  "Mon, 11/30/2026",
  '6:15 PM\tKen\t"Plan for Saturday:',
  "Meet at Shinjuku station, Keio line west exit ticket gates, 8:00",
  "Train at 8:12 to Takaosanguchi",
  'Up Trail 6, down via Inariyama"',
  "6:20 PM\tEmma\t👍 See you there",
  "6:24 PM\tHaruka\tSee you Saturday!",
  "6:25 PM\t\tHaruka unsent a message.",
);

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "Where are we meeting for the Takao hike?", expect: ["Shinjuku"] },
  { question: "What time is the hike?", expect: ["8:00"] },
  { question: "When is the Takao hike?", expect: ["5 December"] },
  { question: "Which trail are we taking up Mount Takao?", expect: ["Trail 6"] },
  { question: "What's the forecast for the hike?", expect: ["sunny"] },
  { question: "Is there anywhere to get lunch on Takao?", expect: ["soba"] },
  { question: "Where does Yuki work now?", expect: ["Rakuten"] },
  { question: "When does Yuki start her new job?", expect: ["1 December"] },
  { question: "Who has my umbrella?", expect: ["Yuki"] },
  { question: "Where am I taking Yuki for dinner?", expect: ["Hanabi"] },
  { question: "What time is the dinner booking?", expect: ["7:30"] },
  { question: "How much is the train to Takaosanguchi?", expect: null },
  { question: "What's Yuki's salary at Rakuten?", expect: null },
  { question: "When is Ken's birthday?", expect: null },
];

/** Emma: two LINE chats as the app exports them, imported as one folder ("LINE chats") as the user "Emma", asked on Tuesday 1 December 2026. */
export const tokyo: Person = {
  name: "tokyo",
  files: [
    { name: "LINE chats/[LINE] Chat with Yuki.txt", text: YUKI },
    { name: "LINE chats/[LINE] Hiking club.txt", text: HIKING_CLUB },
  ],
  folder: "LINE chats",
  me: "Emma",
  askedAt: Date.UTC(2026, 11, 1, 20, 0),
  questions: QUESTIONS,
};

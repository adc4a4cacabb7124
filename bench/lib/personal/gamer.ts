/**
 * The gamer: Leo, a student whose friends talk on Discord, exports a direct message and a server's
 * channel with DiscordChatExporter, the tool people use for it, as JSON (`engram import "Discord
 * exports" --me Leo`): per file a guild, a channel and its messages, each with an ISO timestamp
 * (milliseconds and an offset), an author (`name` the username, `nickname` the name shown), the
 * content with mentions already written as `@Name`, attachments, embeds, stickers, reactions, a reply's
 * reference, a pinned message, a member's join, a call, and a bot's level-up post. Hand-written by the
 * developers while trying Engram as its users would, in session 31, before Engram could read it (the
 * first run's figures are in bench/README.md). With it, the questions such a person asks later and the
 * words a right answer holds, and questions nothing here answers.
 */
import type { Person } from "./types.js";

/** An author as DiscordChatExporter writes one. */
interface Author {
  id: string;
  name: string;
  discriminator: string;
  nickname: string;
  color: string | null;
  isBot: boolean;
  roles: unknown[];
  avatarUrl: string;
}

/** An author: their id, username and the name shown. */
function author(id: string, name: string, nickname: string, isBot = false): Author {
  return {
    id,
    name,
    discriminator: "0000",
    nickname,
    color: null,
    isBot,
    roles: [],
    avatarUrl: `https://cdn.discordapp.com/embed/avatars/${Number(id) % 5}.png`,
  };
}

const LEO = author("310000000000000001", "leo.m", "Leo");
const SAM = author("310000000000000002", "sam_k", "Sam");
const PRIYA = author("310000000000000003", "priya.dev", "Priya");
const TOM = author("310000000000000004", "tommo", "Tom");
const MEE6 = author("159985870458322944", "MEE6", "MEE6", true);

let nextId = 1180000000000000000n;

/** A message as DiscordChatExporter writes one: `at` an ISO time, its author, its content, and what else it carries. */
function message(at: string, from: Author, content: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  nextId += 1000n;
  return {
    id: String(nextId),
    type: "Default",
    timestamp: at,
    timestampEdited: null,
    callEndedTimestamp: null,
    isPinned: false,
    content,
    author: from,
    attachments: [],
    embeds: [],
    stickers: [],
    reactions: [],
    mentions: [],
    ...extra,
  };
}

/** The export of one channel, as DiscordChatExporter writes it. */
function exported(guild: { id: string; name: string }, channel: Record<string, unknown>, messages: Array<Record<string, unknown>>): string {
  return JSON.stringify(
    {
      guild: { ...guild, iconUrl: "https://cdn.discordapp.com/embed/avatars/0.png" },
      channel,
      dateRange: { after: null, before: null },
      exportedAt: "2026-11-20T18:05:41.2231337+00:00",
      messages,
      messageCount: messages.length,
    },
    null,
    2,
  );
}

const lan = message("2026-11-03T18:42:10.512+00:00", SAM, "yo are we still on for the LAN party?");
const dm = [
  lan,
  message("2026-11-03T18:44:57.03+00:00", LEO, "yep, Saturday 14th at mine, 2pm. bring your own headset", {
    type: "Reply",
    reference: { messageId: lan.id, channelId: "1043000000000000001", guildId: null },
  }),
  message("2026-11-03T18:45:30.871+00:00", SAM, "bet. I'll bring the spare monitor too"),
  message("2026-11-03T18:45:41.1+00:00", LEO, "legend", {
    reactions: [{ emoji: { id: null, name: "🔥", code: "fire", isAnimated: false, imageUrl: "" }, count: 1, users: [SAM] }],
  }),
  message("2026-11-10T20:03:12.4+00:00", SAM, "did you get the Steam Deck OLED in the end?"),
  message("2026-11-10T20:05:09.66+00:00", LEO, "yeah, the 1TB one, £569. arrived monday"),
  message("2026-11-10T20:05:15.2+00:00", LEO, "", {
    attachments: [
      { id: "1180000000000999001", url: "https://cdn.discordapp.com/attachments/1/2/IMG_2231.jpg", fileName: "IMG_2231.jpg", fileSizeBytes: 2381044 },
    ],
  }),
  message("2026-11-10T20:07:40.9+00:00", SAM, "my exam is on the 2nd of December so I'm offline till then"),
  message("2026-11-10T20:08:02.3+00:00", LEO, "good luck!! which one?"),
  message("2026-11-10T20:08:30.75+00:00", SAM, "organic chem 😭"),
  message("2026-11-12T21:30:00+00:00", LEO, "", { type: "Call", callEndedTimestamp: "2026-11-12T21:52:13+00:00" }),
];

const general = [
  message("2026-11-04T17:00:05.12+00:00", PRIYA, "@everyone Minecraft server IP changed: play.weekendcrew.net, port 25570", { isPinned: true }),
  message("2026-11-04T17:00:06+00:00", PRIYA, "", { type: "ChannelPinnedMessage", content: "Pinned a message." }),
  message("2026-11-05T09:12:44+00:00", TOM, "", { type: "GuildMemberJoin", content: "Joined the server." }),
  message("2026-11-05T19:20:31.5+00:00", MEE6, "GG @Leo, you just advanced to level 12!"),
  message("2026-11-06T19:41:02.8+00:00", TOM, "who's bringing snacks on the 14th?"),
  message("2026-11-06T19:43:15.1+00:00", LEO, "I'll do pizza, @Priya said she'd bring drinks", { mentions: [PRIYA] }),
  message("2026-11-06T19:45:00.4+00:00", PRIYA, "yep, drinks sorted. also i'm vegan now fyi"),
  message("2026-11-06T19:46:12+00:00", PRIYA, "https://www.bbc.co.uk/food/recipes/vegan_pizza", {
    embeds: [
      {
        title: "Vegan pizza recipe - BBC Food",
        url: "https://www.bbc.co.uk/food/recipes/vegan_pizza",
        description: "A crisp base topped with tomato and vegetables.",
        fields: [],
        images: [],
      },
    ],
  }),
  message("2026-11-18T18:30:10.2+00:00", LEO, "Valorant tonight 9pm?"),
  message("2026-11-18T18:33:47.7+00:00", TOM, "can't, I'm on a work shift till 10", {
    stickers: [{ id: "749054660769218631", name: "Sad", format: "Lottie", sourceUrl: "" }],
  }),
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "When is the LAN party?", expect: ["14 November"] },
  { question: "What is Sam bringing to the LAN party?", expect: ["monitor"] },
  { question: "How much did my Steam Deck cost?", expect: ["569"] },
  { question: "When is Sam's exam?", expect: ["2 December"] },
  { question: "What is Sam's exam in?", expect: ["chem"] },
  { question: "What is the Minecraft server address?", expect: ["play.weekendcrew.net"] },
  { question: "What port is the Minecraft server on?", expect: ["25570"] },
  { question: "Who is bringing drinks?", expect: ["Priya"] },
  { question: "What am I bringing to the LAN party?", expect: ["pizza"] },
  { question: "What diet is Priya on?", expect: ["vegan"] },
  { question: "Why couldn't Tom play Valorant?", expect: ["work"] },
  { question: "What is Tom's surname?", expect: null },
  { question: "When is Priya's birthday?", expect: null },
  { question: "What graphics card does Sam have?", expect: null },
];

/** Leo: two DiscordChatExporter JSON files in one folder, imported as the user Leo, asked on Friday 20 November 2026. */
export const gamer: Person = {
  name: "gamer",
  files: [
    {
      name: "Discord exports/Direct Messages - Private - sam_k [1043000000000000001].json",
      text: exported(
        { id: "0", name: "Direct Messages" },
        { id: "1043000000000000001", type: "DirectTextChat", categoryId: "0", category: "Private", name: "sam_k", topic: null },
        dm,
      ),
    },
    {
      name: "Discord exports/Weekend Crew - Text Channels - general [1100000000000000002].json",
      text: exported(
        { id: "1099000000000000000", name: "Weekend Crew" },
        {
          id: "1100000000000000002",
          type: "GuildTextChat",
          categoryId: "1099000000000000100",
          category: "Text Channels",
          name: "general",
          topic: "LAN parties and late-night games",
        },
        general,
      ),
    },
  ],
  folder: "Discord exports",
  me: "Leo",
  askedAt: Date.UTC(2026, 10, 20, 19, 0),
  questions: QUESTIONS,
};

/**
 * The redditor: Tom, a hobby woodworker in Leeds, asks and answers on r/woodworking, r/espresso and
 * r/AskUK, and buys a second-hand Niche Zero grinder from a seller he messages on Reddit. On 30 November
 * 2026 he requests his data (reddit.com/settings/data-request), downloads the zip Reddit emails him,
 * unzips it and imports the folder (`engram import reddit_export_oak_and_crema`). The folder is flat, a
 * CSV per kind of data, each as Reddit writes it (Python's csv module: a header row, cells quoted only
 * when they hold a comma, a quote or a line break, quotes doubled, CRLF between rows; dates "2026-10-04
 * 18:44:10 UTC"; ids base 36 without their "t1_"/"t3_" prefix, `parent` with it; `ip` empty):
 * - `posts.csv` (`id,permalink,date,ip,subreddit,gildings,title,url,body`): his posts, a self post's
 *   `url` its own link, a photo post's its image (`https://i.redd.it/…`) with no body;
 * - `comments.csv` (`id,permalink,date,ip,subreddit,gildings,link,parent,body,media`): his comments,
 *   `link` the post they are under, `parent` the post (`t3_…`) or the comment (`t1_…`) they answer;
 * - `messages.csv` and `messages_archive.csv` (`id,permalink,thread_id,date,ip,from,to,subject,body`):
 *   private messages sent and received, a reply's subject "re: …", `from`/`to` usernames;
 * - `chat_history.csv` (`message_id,created_at,updated_at,username,message,thread_parent_message_id,
 *   channel_url,subreddit,channel_name,conversation_type`): Reddit Chat, both sides;
 * - `statistics.csv` (`statistic,value`: "account name", "export time", "registration date", …): whose
 *   export it is;
 * - id-only files: `saved_posts.csv`, `saved_comments.csv`, `hidden_posts.csv` (`id,permalink`),
 *   `post_votes.csv`, `comment_votes.csv` (`id,permalink,direction`), `subscribed_subreddits.csv`
 *   (`subreddit`), and the `*_headers.csv` copies of posts, comments and messages without their bodies.
 * Checked against public readers of the export (potluck's reddit.py, "member set and column headers
 * verified against a real 2025 export"; reddit-user-to-sqlite's statistics.csv fixture, "account
 * name,xavdid"; Epicenter's Reddit ingest spec of the export's 38 files; d4data-archive-lib's getChats.ts
 * for chat_history.csv). Hand-written by the developers while trying Engram as its users would, in
 * session 34, before Engram could read a Reddit export (the first run's figures are in bench/README.md).
 * With it, the questions such a person asks later and the words a right answer holds, and questions
 * nothing here answers.
 */
import type { Person, PersonFile } from "./types.js";

const ME = "oak_and_crema";
const SELLER = "beanmachine_hg";
const MAKER = "woodbutcher_ls";
const FOLDER = "reddit_export_oak_and_crema";

/** A cell as Python's csv writer writes it: quoted when it holds a comma, a quote or a line break, its quotes doubled. */
function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A CSV file as Reddit writes one: the header, then a row per record, CRLF after each. */
function csv(header: string, rows: string[][]): string {
  return [header, ...rows.map((r) => r.map(cell).join(","))].map((line) => `${line}\r\n`).join("");
}

/** A post's link on Reddit. */
const postLink = (sub: string, id: string, slug: string) => `https://www.reddit.com/r/${sub}/comments/${id}/${slug}/`;

/** posts.csv: id, permalink, date, ip, subreddit, gildings, title, url, body. */
const POSTS = csv("id,permalink,date,ip,subreddit,gildings,title,url,body", [
  [
    "1g3k9xa",
    postLink("woodworking", "1g3k9xa", "finished_my_first_walnut_dining_table"),
    "2026-10-04 18:44:10 UTC",
    "",
    "woodworking",
    "0",
    "Finished my first walnut dining table",
    postLink("woodworking", "1g3k9xa", "finished_my_first_walnut_dining_table"),
    "Six months of weekends in the garage and it's finally in the dining room.\n\nBlack walnut top, 2 m by 90 cm, breadboard ends with drawbored oak pegs. The finish is three coats of Osmo Polyx-Oil satin, buffed with a white pad between coats.\n\nHappy to answer questions, and yes, the wife approves.",
  ],
  [
    "1g5p2rt",
    postLink("woodworking", "1g5p2rt", "walnut_offcuts_chopping_board"),
    "2026-10-11 10:02:37 UTC",
    "",
    "woodworking",
    "0",
    "Walnut offcuts turned into an end-grain chopping board",
    "https://i.redd.it/8kq2m4x7vzsd1.jpeg",
    "",
  ],
  [
    "1gb7w3e",
    postLink("espresso", "1gb7w3e", "upgrading_from_the_encore_esp_grinder_advice"),
    "2026-10-21 20:15:52 UTC",
    "",
    "espresso",
    "0",
    "Upgrading from the Encore ESP - grinder advice? (UK, ~£450)",
    postLink("espresso", "1gb7w3e", "upgrading_from_the_encore_esp_grinder_advice"),
    "I've had a Sage Bambino Plus for a year, paired with a Baratza Encore ESP, and the grinder is now the weak link. Mostly medium roasts, one or two drinks a day, single dosing.\n\nBudget is about £450. Torn between a second-hand Niche Zero and a new DF64 Gen 2. Anyone gone from one to the other?",
  ],
  [
    "1gk4d8m",
    postLink("AskUK", "1gk4d8m", "how_much_do_you_give_the_bin_men_at_christmas"),
    "2026-11-15 09:31:18 UTC",
    "",
    "AskUK",
    "0",
    "How much do you give the bin men at Christmas?",
    postLink("AskUK", "1gk4d8m", "how_much_do_you_give_the_bin_men_at_christmas"),
    "Our bin crew in Headingley have been brilliant this year, they even wheeled the bins back up the drive for weeks after my knee op. I'm thinking £20 in a card for each of the three of them. Is that about right or is it a bit much these days?",
  ],
]);

/** comments.csv: id, permalink, date, ip, subreddit, gildings, link, parent, body, media. */
const COMMENTS = csv("id,permalink,date,ip,subreddit,gildings,link,parent,body,media", [
  [
    "lrx2k9d",
    `${postLink("woodworking", "1g3k9xa", "finished_my_first_walnut_dining_table")}lrx2k9d/`,
    "2026-10-04 21:07:33 UTC",
    "",
    "woodworking",
    "0",
    postLink("woodworking", "1g3k9xa", "finished_my_first_walnut_dining_table"),
    "t1_lrx0qfa",
    "Thanks! The walnut came from Yandles in Somerset, I drove down for their woodworking show and brought the boards back in the estate car.",
    "",
  ],
  [
    "ls3m1vb",
    `${postLink("woodworking", "1g4a7yz", "first_attempt_at_drawbored_mortise_and_tenon")}ls3m1vb/`,
    "2026-10-07 19:22:05 UTC",
    "",
    "woodworking",
    "0",
    postLink("woodworking", "1g4a7yz", "first_attempt_at_drawbored_mortise_and_tenon"),
    "t3_1g4a7yz",
    "For a drawbore I offset the hole by about 1.5 mm towards the shoulder and use riven oak pegs. Any more than 2 mm and you risk splitting the tenon.\n\n> should I glue it as well?\n\nI still glue mine, belt and braces.",
    "",
  ],
  [
    "lt9c4zq",
    `${postLink("espresso", "1gb7w3e", "upgrading_from_the_encore_esp_grinder_advice")}lt9c4zq/`,
    "2026-10-22 07:48:26 UTC",
    "",
    "espresso",
    "0",
    postLink("espresso", "1gb7w3e", "upgrading_from_the_encore_esp_grinder_advice"),
    "t1_lt8zz01",
    "Thanks all, sounds like the Niche is the way to go for medium roasts. Keeping an eye on the second-hand listings.",
    "",
  ],
  [
    "lu2h7kc",
    `${postLink("espresso", "1ggq5nd", "whats_your_go_to_recipe_for_square_mile_red_brick")}lu2h7kc/`,
    "2026-11-03 08:12:40 UTC",
    "",
    "espresso",
    "0",
    postLink("espresso", "1ggq5nd", "whats_your_go_to_recipe_for_square_mile_red_brick"),
    "t3_1ggq5nd",
    "Since getting the Niche I've settled on 18 g in, 40 g out in about 30 seconds for Red Brick. Sweet with a bit of chocolate, great in a flat white.",
    "",
  ],
  [
    "lv5t2aa",
    `${postLink("AskUK", "1gh2n6p", "whats_the_best_thing_you_ever_bought_for_under_20")}lv5t2aa/`,
    "2026-11-06 22:35:09 UTC",
    "",
    "AskUK",
    "0",
    postLink("AskUK", "1gh2n6p", "whats_the_best_thing_you_ever_bought_for_under_20"),
    "t3_1gh2n6p",
    "A Stanley block plane from a car boot sale in Otley for £8. Sharpened it up and I still use it every week.",
    "",
  ],
  [
    "lw8f3qp",
    `${postLink("AskUK", "1gj8r2c", "do_you_actually_save_money_on_a_smart_tariff")}lw8f3qp/`,
    "2026-11-12 18:03:51 UTC",
    "",
    "AskUK",
    "0",
    postLink("AskUK", "1gj8r2c", "do_you_actually_save_money_on_a_smart_tariff"),
    "t3_1gj8r2c",
    "We're on Octopus Agile and run the dishwasher and the washing machine overnight. Saves us around £30 a month compared to the fixed tariff.",
    "",
  ],
]);

/** A private message's link. */
const messageLink = (id: string) => `https://www.reddit.com/message/messages/${id}`;

/** messages.csv: id, permalink, thread_id, date, ip, from, to, subject, body (the seller's thread). */
const MESSAGES = csv("id,permalink,thread_id,date,ip,from,to,subject,body", [
  [
    "2f8k1qz",
    messageLink("2f8k1qz"),
    "2f8k1qz",
    "2026-10-27 19:02:44 UTC",
    "",
    ME,
    SELLER,
    "Niche Zero",
    "Hi, is the Niche Zero from your r/espresso post still available? I'm in Leeds and could collect.",
  ],
  [
    "2f8m7wd",
    messageLink("2f8m7wd"),
    "2f8k1qz",
    "2026-10-27 20:15:03 UTC",
    "",
    SELLER,
    ME,
    "re: Niche Zero",
    "Hi! Yes, still available. I'm asking £420 for it. It's the black one, about 18 months old, and comes with the original box and a WDT tool.",
  ],
  ["2f8n2xa", messageLink("2f8n2xa"), "2f8k1qz", "2026-10-27 20:41:37 UTC", "", ME, SELLER, "re: Niche Zero", "Would you take £400 if I collect this weekend?"],
  [
    "2f8t5hb",
    messageLink("2f8t5hb"),
    "2f8k1qz",
    "2026-10-28 08:05:12 UTC",
    "",
    SELLER,
    ME,
    "re: Niche Zero",
    "Go on then, £400 collected. Saturday 31st at 10am works. The address is 14 Cold Bath Road, Harrogate. Cash or bank transfer please.",
  ],
  ["2fa9c3m", messageLink("2fa9c3m"), "2f8k1qz", "2026-10-31 13:26:50 UTC", "", ME, SELLER, "re: Niche Zero", "Got it home and it's brilliant, thanks again!"],
]);

/** messages_archive.csv: older messages, a thread whose first message has no thread_id. */
const MESSAGES_ARCHIVE = csv("id,permalink,thread_id,date,ip,from,to,subject,body", [
  [
    "2e1r6tp",
    messageLink("2e1r6tp"),
    "",
    "2026-10-05 12:10:22 UTC",
    "",
    MAKER,
    ME,
    "Leeds Makerspace",
    "Saw your walnut table, lovely work. You're in Leeds too? Leeds Makerspace is running a bandsaw induction on Saturday 12 December, it's £15 and there are two spaces left if you fancy it.",
  ],
  [
    "2e1v0kk",
    messageLink("2e1v0kk"),
    "2e1r6tp",
    "2026-10-05 14:47:31 UTC",
    "",
    ME,
    MAKER,
    "re: Leeds Makerspace",
    "Thanks! Yes please, count me in for the induction. I've been after a bandsaw for resawing.",
  ],
]);

/** chat_history.csv: Reddit Chat, both sides of a direct chat. */
const CHAT_HISTORY = csv("message_id,created_at,updated_at,username,message,thread_parent_message_id,channel_url,subreddit,channel_name,conversation_type", [
  [
    "7312450981",
    "2026-11-04 19:30:12 UTC",
    "2026-11-04 19:30:12 UTC",
    "jess_brews",
    "Fancy a bean swap? I've got a spare bag of Dark Arts Lost Highway",
    "",
    "sendbird_group_channel_248813907_6f1c0d2e9b7a4e5d8c3b2a1f0e9d8c7b",
    "",
    "",
    "direct",
  ],
  [
    "7312461177",
    "2026-11-04 19:41:55 UTC",
    "2026-11-04 19:41:55 UTC",
    ME,
    "Deal. I'll post you 250 g of Red Brick on Monday",
    "",
    "sendbird_group_channel_248813907_6f1c0d2e9b7a4e5d8c3b2a1f0e9d8c7b",
    "",
    "",
    "direct",
  ],
]);

/** The id-only files: what was saved, hidden and voted on, by id and link. */
const ID_ONLY: PersonFile[] = [
  {
    name: `${FOLDER}/saved_posts.csv`,
    text: csv("id,permalink", [
      ["1g2x8qa", postLink("woodworking", "1g2x8qa", "how_i_sharpen_chisels_in_under_five_minutes")],
      ["1gd1m0v", postLink("espresso", "1gd1m0v", "niche_zero_vs_df64_gen_2_blind_taste_test")],
    ]),
  },
  {
    name: `${FOLDER}/saved_comments.csv`,
    text: csv("id,permalink", [["lt1q8nn", `${postLink("espresso", "1gb7w3e", "upgrading_from_the_encore_esp_grinder_advice")}lt1q8nn/`]]),
  },
  { name: `${FOLDER}/hidden_posts.csv`, text: csv("id,permalink", [["1gf0a2s", postLink("AskUK", "1gf0a2s", "whats_the_most_overrated_british_food")]]) },
  {
    name: `${FOLDER}/post_votes.csv`,
    text: csv("id,permalink,direction", [
      ["1g4a7yz", postLink("woodworking", "1g4a7yz", "first_attempt_at_drawbored_mortise_and_tenon"), "up"],
      ["1gd1m0v", postLink("espresso", "1gd1m0v", "niche_zero_vs_df64_gen_2_blind_taste_test"), "up"],
      ["1gf0a2s", postLink("AskUK", "1gf0a2s", "whats_the_most_overrated_british_food"), "down"],
    ]),
  },
  {
    name: `${FOLDER}/comment_votes.csv`,
    text: csv("id,permalink,direction", [["lrx0qfa", `${postLink("woodworking", "1g3k9xa", "finished_my_first_walnut_dining_table")}lrx0qfa/`, "up"]]),
  },
  { name: `${FOLDER}/subscribed_subreddits.csv`, text: csv("subreddit", [["woodworking"], ["espresso"], ["AskUK"], ["Leeds"], ["BritishBakeOff"]]) },
  {
    name: `${FOLDER}/post_headers.csv`,
    text: csv("id,permalink,date,ip,subreddit,gildings,url", [
      [
        "1g3k9xa",
        postLink("woodworking", "1g3k9xa", "finished_my_first_walnut_dining_table"),
        "2026-10-04 18:44:10 UTC",
        "",
        "woodworking",
        "0",
        postLink("woodworking", "1g3k9xa", "finished_my_first_walnut_dining_table"),
      ],
    ]),
  },
  {
    name: `${FOLDER}/comment_headers.csv`,
    text: csv("id,permalink,date,ip,subreddit,gildings,link,parent", [
      [
        "lrx2k9d",
        `${postLink("woodworking", "1g3k9xa", "finished_my_first_walnut_dining_table")}lrx2k9d/`,
        "2026-10-04 21:07:33 UTC",
        "",
        "woodworking",
        "0",
        postLink("woodworking", "1g3k9xa", "finished_my_first_walnut_dining_table"),
        "t1_lrx0qfa",
      ],
    ]),
  },
  {
    name: `${FOLDER}/message_headers.csv`,
    text: csv("id,permalink,thread_id,date,ip,from,to", [["2f8k1qz", messageLink("2f8k1qz"), "2f8k1qz", "2026-10-27 19:02:44 UTC", "", ME, SELLER]]),
  },
];

const FILES: PersonFile[] = [
  {
    name: `${FOLDER}/statistics.csv`,
    text: csv("statistic,value", [
      ["account name", ME],
      ["export time", "2026-11-30 21:14:09 UTC"],
      ["is_deleted", "False"],
      ["registration date", "2019-03-11 19:22:40 UTC"],
      ["email verified", "True"],
      ["email address", "tom.haworth@example.co.uk"],
    ]),
  },
  { name: `${FOLDER}/posts.csv`, text: POSTS },
  { name: `${FOLDER}/comments.csv`, text: COMMENTS },
  { name: `${FOLDER}/messages.csv`, text: MESSAGES },
  { name: `${FOLDER}/messages_archive.csv`, text: MESSAGES_ARCHIVE },
  { name: `${FOLDER}/chat_history.csv`, text: CHAT_HISTORY },
  ...ID_ONLY,
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "What finish did I say I used on the walnut table?", expect: ["Osmo"] },
  { question: "Where did I get the walnut for the table?", expect: ["Yandles"] },
  { question: "How much did the seller want for the Niche Zero?", expect: ["420"] },
  { question: "What's the seller's address in Harrogate?", expect: ["Cold Bath Road"] },
  { question: "Which grinder was I using before the Niche?", expect: ["Encore"] },
  { question: "What recipe do I use for Red Brick?", expect: ["18 g", "40 g"] },
  { question: "How far do I offset a drawbore?", expect: ["1.5 mm"] },
  { question: "What did I buy at a car boot sale?", expect: ["block plane"] },
  { question: "Which energy tariff are we on?", expect: ["Agile"] },
  { question: "How much was I thinking of giving the bin men?", expect: ["£20"] },
  { question: "When is the bandsaw induction at Leeds Makerspace?", expect: ["12 December"] },
  { question: "What coffee is Jess swapping with me?", expect: ["Lost Highway"] },
  { question: "What's the seller's phone number?", expect: null },
  { question: "How much did I pay for the Sage Bambino?", expect: null },
  { question: "When is my boiler being serviced?", expect: null },
];

/** Tom: his Reddit data export, unzipped and imported as one folder, asked on Wednesday 2 December 2026. */
export const redditor: Person = {
  name: "redditor",
  files: FILES,
  folder: FOLDER,
  askedAt: Date.UTC(2026, 11, 2, 19, 0),
  questions: QUESTIONS,
};

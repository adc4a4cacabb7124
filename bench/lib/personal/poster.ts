/**
 * The poster: Emma Harding, a parent in Bishopston, Bristol, posts family news on Facebook in autumn
 * 2026 (her son Alfie starting Year 1 and his first school play, a check-in at a restaurant for her and
 * Dan's tenth wedding anniversary, the Bristol 10K she runs for a hospice, the house extension finished,
 * her daughter Poppy's party) and comments on friends' posts. On 1 December 2026 she downloads her
 * information (Accounts Centre → Your information and permissions → Download your information, format
 * JSON: `facebook-emmaharding-2026-12-01-Qm7ZpL2x.zip`), unzips it and imports the folder (`engram import
 * facebook-emmaharding-2026-12-01-Qm7ZpL2x --me "Emma Harding"`). The files are as Meta writes them
 * today: JSON indented by two spaces, every non-ASCII character written as the bytes of its UTF-8, each
 * escaped as a Latin-1 character ("’" as "\u00e2\u0080\u0099", "£" as "\u00c2\u00a3"), times in epoch seconds:
 * - `your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json`: a JSON array of her
 *   posts, newest first, each `{ timestamp, attachments?: [{ data: [{ media: { uri, creation_timestamp,
 *   media_metadata, title, description } } | { place: { name, coordinate, address, url } } | {
 *   external_context: { url } }] }], data: [{ post }, { update_timestamp }], title: "Emma Harding updated
 *   her status." | "… was at Casa Marino." | "… added 3 new photos." | "… shared a link.", tags?: [{ name }]
 *   }`: a photo post whose photo's description repeats its text, photos with captions of their own, two
 *   check-ins, a link shared with words and one without, a post on a friend's timeline, a photo with no
 *   words and a new profile picture (no words);
 * - `your_facebook_activity/comments_and_reactions/comments.json`: `{ "comments_v2": [{ timestamp, data:
 *   [{ comment: { timestamp, comment, author } }], attachments?, title: "Emma Harding commented on Sarah
 *   Mitchell's post." }] }`, a GIF-only reply among them; `likes_and_reactions_1.json` beside it: `[{
 *   timestamp, data: [{ reaction: { reaction: "LIKE", actor } }], title }]`;
 * - `your_facebook_activity/messages/inbox/danharding_10158234567891234/message_1.json`: a Messenger
 *   thread with Dan (read by the `messenger` format), and `messages/autofill_information.json`;
 * - what else the download holds: `posts/album/0.json` (an album's photos), `posts/your_uncategorized_photos.json`,
 *   `personal_information/profile_information/profile_information.json`, `connections/friends/your_friends.json`,
 *   and the photos themselves (`posts/media/…/….jpg`, bytes).
 * Checked against public readers of the download and samples of its files (NorseKode/Waultar-App's
 * content examples of `posts/your_posts_1.json`, `comments_and_reactions/comments.json` and
 * `your_videos.json` from a real download; eaton/fyi-api's types of posts, places and comments; parsers of
 * a 2025 download reading `your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json`
 * and `comments_and_reactions/likes_and_reactions_*.json`). Hand-written by the developers while trying
 * Engram as its users would, in session 34, before Engram could read Facebook posts (the first run's
 * figures are in bench/README.md). With it, the questions such a person asks later and the words a right
 * answer holds, and questions nothing here answers.
 */
import type { Person, PersonFile } from "./types.js";
import { metaJson } from "./meta-json.js";

const ME = "Emma Harding";
const FOLDER = "facebook-emmaharding-2026-12-01-Qm7ZpL2x";
const ACTIVITY = `${FOLDER}/your_facebook_activity`;
const MEDIA = "your_facebook_activity/posts/media/Mobileuploads_3kq8ZpLw2A";

/** Epoch seconds of an ISO time. */
const sec = (iso: string): number => Date.parse(iso) / 1000;

/** A photo as a post's attachment holds it: its file in the download, when it was uploaded, and its description. */
function photo(file: string, at: string, description: string, album = "Mobile uploads"): Record<string, unknown> {
  return {
    media: {
      uri: `${MEDIA}/${file}.jpg`,
      creation_timestamp: sec(at) + 4,
      media_metadata: { photo_metadata: { exif_data: [{ upload_ip: "2a02:c7c:5a1e:4d00:9d3b:6c1f:27a0:11e4", taken_timestamp: sec(at) - 1800 }] } },
      title: album,
      description,
    },
  };
}

/** A place a post checks in at, as Meta writes it. */
function place(name: string, latitude: number, longitude: number, address: string, url: string): Record<string, unknown> {
  return { place: { name, coordinate: { latitude, longitude }, address, url } };
}

/** A post: when, its title, its words (none for a photo or a share without), what is attached and who is tagged. */
function post(at: string, title: string, text: string | null, attached: Array<Record<string, unknown>> = [], tags: string[] = []): Record<string, unknown> {
  const item: Record<string, unknown> = { timestamp: sec(at) };
  if (attached.length) item.attachments = [{ data: attached }];
  item.data = text === null ? [{ update_timestamp: sec(at) }] : [{ post: text }, { update_timestamp: sec(at) }];
  item.title = title;
  if (tags.length) item.tags = tags.map((name) => ({ name }));
  return item;
}

/** Her posts, oldest first (the file holds them newest first). */
const POSTS = [
  post(
    "2026-09-03T15:42:18Z",
    `${ME} added a new photo.`,
    "First day of Year 1 for Alfie at Bishop Road Primary! His new teacher is Mrs Okafor and he came home telling us she has a pet tortoise called Gerald 🐢",
    [
      photo(
        "459823017_10161198234512345_2817364510293847561_n_10161198234507345",
        "2026-09-03T15:42:18Z",
        "First day of Year 1 for Alfie at Bishop Road Primary! His new teacher is Mrs Okafor and he came home telling us she has a pet tortoise called Gerald 🐢",
      ),
    ],
  ),
  post(
    "2026-09-19T19:05:40Z",
    `${ME} was at Casa Marino.`,
    "Ten years married to this one ❤️ Anniversary dinner and the seafood linguine was unreal. Here’s to the next ten!",
    [place("Casa Marino", 51.46621, -2.60513, "14 Cotham Hill, Bristol, United Kingdom, BS6 6LF", "https://www.facebook.com/casamarinobristol")],
    ["Dan Harding"],
  ),
  post(
    "2026-09-27T10:22:03Z",
    `${ME} shared a link.`,
    "I’ve signed up for the Bristol 10K on Sunday 18 October, running for St Peter’s Hospice, who looked after Grandad so well last year. Any donations hugely appreciated 💜",
    [{ external_context: { url: "https://www.justgiving.com/page/emma-harding-bristol10k" } }],
  ),
  post("2026-10-09T07:31:27Z", `${ME} wrote on Sarah Mitchell's timeline.`, "Happy birthday lovely! Hope the boys spoil you rotten 🎂"),
  post(
    "2026-10-18T12:47:30Z",
    `${ME} added a new photo.`,
    "Done!! Bristol 10K in 58:41, my first time under the hour 🏃‍♀️ And we’ve raised £1,240 for St Peter’s Hospice. Thank you all so much!",
    [photo("463011982_10161254412098765_1198273645509182736_n_10161254412093765", "2026-10-18T12:47:30Z", "With my medal at the finish on Anchor Road")],
  ),
  post("2026-10-31T18:12:44Z", `${ME} added a new photo.`, null, [
    photo("465122870_10161281198734521_6610293847561029384_n_10161281198729521", "2026-10-31T18:12:44Z", ""),
  ]),
  post(
    "2026-11-06T17:15:09Z",
    `${ME} added 3 new photos.`,
    "After five months of dust and takeaways, the extension is FINALLY finished! Huge thanks to Hartley & Sons, who were brilliant from start to finish. Kitchen-diner with bifold doors onto the garden 🙌",
    [
      photo(
        "466712038_10161293376541728_5188219437650287412_n_10161293376536728",
        "2026-11-06T17:15:09Z",
        "The new kitchen: sage green units from Howdens and a quartz worktop",
      ),
      photo("466712044_10161293376601728_2209384756102938475_n_10161293376596728", "2026-11-06T17:15:09Z", "Bifolds open on the first dry day in weeks"),
      photo("466712051_10161293376659728_7718293645501928374_n_10161293376654728", "2026-11-06T17:15:09Z", ""),
    ],
  ),
  post(
    "2026-11-20T16:40:12Z",
    `${ME} is feeling proud at Bishop Road Primary School.`,
    "Alfie’s first ever school play! Year 1 did The Enormous Turnip and he was the Farmer. Didn’t miss a single line 🥹",
    [
      photo("468830125_10161322098451234_3029384756610293847_n_10161322098446234", "2026-11-20T16:40:12Z", "Alfie in his farmer costume, straw hat and all"),
      place("Bishop Road Primary School", 51.48102, -2.59377, "Bishop Road, Bristol, United Kingdom, BS7 8LS", "https://www.facebook.com/bishoproadprimary"),
    ],
  ),
  post("2026-11-25T08:03:55Z", `${ME} shared a link.`, null, [
    { external_context: { url: "https://www.bristol.gov.uk/residents/schools-learning-and-early-years/school-term-dates" } },
  ]),
  post(
    "2026-11-28T20:11:09Z",
    `${ME} updated her status.`,
    "Poppy’s 4th birthday party is at Wonderplay next Saturday, 5 December 🎈 Invitations going out to her nursery friends this week!",
  ),
  post("2026-11-29T11:20:31Z", `${ME} updated her profile picture.`, null, [
    photo("469102337_10161330871234567_4410293847561928374_n_10161330871229567", "2026-11-29T11:20:31Z", "", "Profile pictures"),
  ]),
];

/** A comment of hers as comments.json holds it: when, on what (the title), its words, and a GIF it carries. */
function comment(at: string, title: string, text: string, gif?: string): Record<string, unknown> {
  const item: Record<string, unknown> = { timestamp: sec(at) };
  if (gif) item.attachments = [{ data: [{ external_context: { url: gif } }] }];
  item.data = [{ comment: { timestamp: sec(at), comment: text, author: ME } }];
  item.title = title;
  return item;
}

/** Her comments, oldest first (the file holds them newest first). */
const COMMENTS = [
  comment(
    "2026-10-02T18:30:05Z",
    `${ME} commented on Sarah Mitchell's post.`,
    "Count us in for the Halloween party on the 31st! Poppy’s going as a pumpkin and we’ll bring pumpkin muffins 🎃",
  ),
  comment("2026-10-18T15:02:41Z", `${ME} replied to Sarah Mitchell's comment.`, "", "https://media.tenor.com/Xq2bE1aXw9AAAAAC/thank-you-thanks.gif"),
  comment("2026-11-07T09:12:10Z", `${ME} replied to Sarah Mitchell's comment.`, "Hartley & Sons in Horfield, ask for Gary. Tell him I sent you!"),
  comment("2026-11-20T19:02:44Z", `${ME} commented on her own post.`, "Thank you all! His costume was made by my mum, she’s a whizz with a sewing machine"),
];

/** Her likes and reactions: whose post, the reaction, when. */
const REACTIONS = [
  { timestamp: sec("2026-10-02T18:29:51Z"), data: [{ reaction: { reaction: "LIKE", actor: ME } }], title: `${ME} liked Sarah Mitchell's post.` },
  { timestamp: sec("2026-11-06T20:44:02Z"), data: [{ reaction: { reaction: "LOVE", actor: ME } }], title: `${ME} reacted to Dan Harding's comment.` },
  { timestamp: sec("2026-11-21T08:15:37Z"), data: [{ reaction: { reaction: "HAHA", actor: ME } }], title: `${ME} reacted to Jo Barker's post.` },
];

/** The Messenger thread with Dan (newest first, as Meta writes it). */
const THREAD = {
  participants: [{ name: "Dan Harding" }, { name: ME }],
  messages: [
    ["2026-11-12T12:41:55Z", "Dan Harding", "Five minutes’ walk to Porthmeor beach"],
    ["2026-11-12T12:36:20Z", ME, "Amazing, the kids will love it. Is it near the beach?"],
    ["2026-11-12T12:30:02Z", "Dan Harding", "Booked the cottage in St Ives for February half term, 15th to 19th. £640 for the week"],
  ].map(([at, from, content]) => ({ sender_name: from, timestamp_ms: Date.parse(at!), content, is_geoblocked_for_viewer: false })),
  title: "Dan Harding",
  is_still_participant: true,
  thread_path: "inbox/danharding_10158234567891234",
  magic_words: [],
};

/** An album as posts/album/0.json holds it: its photos with the captions their posts carry. */
const ALBUM = {
  name: "Mobile uploads",
  photos: [
    {
      uri: `${MEDIA}/466712038_10161293376541728_5188219437650287412_n_10161293376536728.jpg`,
      creation_timestamp: sec("2026-11-06T17:15:13Z"),
      title: "Mobile uploads",
      description: "The new kitchen: sage green units from Howdens and a quartz worktop",
    },
  ],
  cover_photo: {
    uri: `${MEDIA}/466712038_10161293376541728_5188219437650287412_n_10161293376536728.jpg`,
    creation_timestamp: sec("2026-11-06T17:15:13Z"),
    title: "Mobile uploads",
  },
  last_modified_timestamp: sec("2026-11-29T11:20:35Z"),
  description: "",
};

/** A few bytes standing for a photo (a JPEG's start and end). */
function jpeg(seed: number): Uint8Array {
  return Uint8Array.from([
    0xff,
    0xd8,
    0xff,
    0xe0,
    0x00,
    0x10,
    0x4a,
    0x46,
    0x49,
    0x46,
    0x00,
    ...Array.from({ length: 64 }, (_, i) => (i * seed) % 256),
    0xff,
    0xd9,
  ]);
}

const MADE = Date.UTC(2026, 11, 1, 7, 58, 12);

const FILES: PersonFile[] = [
  { name: `${ACTIVITY}/posts/your_posts__check_ins__photos_and_videos_1.json`, text: metaJson([...POSTS].reverse()), mtime: MADE },
  { name: `${ACTIVITY}/posts/album/0.json`, text: metaJson(ALBUM), mtime: MADE },
  {
    name: `${ACTIVITY}/posts/your_uncategorized_photos.json`,
    text: metaJson({
      other_photos_v2: [
        { uri: `${MEDIA}/465122870_10161281198734521_6610293847561029384_n_10161281198729521.jpg`, creation_timestamp: sec("2026-10-31T18:12:48Z"), title: "" },
      ],
    }),
    mtime: MADE,
  },
  { name: `${FOLDER}/${MEDIA}/466712038_10161293376541728_5188219437650287412_n_10161293376536728.jpg`, text: jpeg(37), mtime: MADE },
  { name: `${FOLDER}/${MEDIA}/468830125_10161322098451234_3029384756610293847_n_10161322098446234.jpg`, text: jpeg(53), mtime: MADE },
  { name: `${ACTIVITY}/comments_and_reactions/comments.json`, text: metaJson({ comments_v2: [...COMMENTS].reverse() }), mtime: MADE },
  { name: `${ACTIVITY}/comments_and_reactions/likes_and_reactions_1.json`, text: metaJson([...REACTIONS].reverse()), mtime: MADE },
  { name: `${ACTIVITY}/messages/inbox/danharding_10158234567891234/message_1.json`, text: metaJson(THREAD), mtime: MADE },
  {
    name: `${ACTIVITY}/messages/autofill_information.json`,
    text: metaJson({ autofill_information_v2: { EMAIL: ["emma.harding@example.co.uk"], FIRST_NAME: ["Emma"], CITY: ["Bristol"] } }),
    mtime: MADE,
  },
  {
    name: `${FOLDER}/personal_information/profile_information/profile_information.json`,
    text: metaJson({
      profile_v2: {
        name: { full_name: ME, first_name: "Emma", middle_name: "", last_name: "Harding" },
        emails: { emails: ["emma.harding@example.co.uk"], previous_emails: [], pending_emails: [], ad_account_emails: [] },
        registration_timestamp: 1241193600,
        current_city: { name: "Bristol, United Kingdom", timestamp: 1420070400 },
        hometown: { name: "Cheltenham, United Kingdom", timestamp: 1241193600 },
        relationship: { status: "Married", partner: "Dan Harding", anniversary: { year: 2016, month: 9, day: 17 }, timestamp: 1474070400 },
      },
    }),
    mtime: MADE,
  },
  {
    name: `${FOLDER}/connections/friends/your_friends.json`,
    text: metaJson({
      friends_v2: [
        { name: "Sarah Mitchell", timestamp: 1388534400 },
        { name: "Dan Harding", timestamp: 1262304000 },
        { name: "Jo Barker", timestamp: 1577836800 },
      ],
    }),
    mtime: MADE,
  },
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "Which restaurant did we go to for our anniversary?", expect: ["Casa Marino"] },
  { question: "What part did Alfie play in the school play?", expect: ["Farmer"] },
  { question: "Who is Alfie's teacher?", expect: ["Okafor"] },
  { question: "Which charity did I run the Bristol 10K for?", expect: ["St Peter"] },
  { question: "What was my 10K time?", expect: ["58:41"] },
  { question: "How much did we raise for the hospice?", expect: ["£1,240"] },
  { question: "Who built our extension?", expect: ["Hartley"] },
  { question: "What colour are the new kitchen units?", expect: ["sage green"] },
  { question: "Who made Alfie's costume?", expect: ["mum"] },
  { question: "What are we bringing to the Halloween party?", expect: ["muffins"] },
  { question: "Where is Poppy's birthday party?", expect: ["Wonderplay"] },
  { question: "Where are we going for February half term?", expect: ["St Ives"] },
  { question: "How much did the extension cost?", expect: null },
  { question: "What time does Alfie's swimming lesson start?", expect: null },
  { question: "Where did we go on holiday in the summer?", expect: null },
];

/** Emma: her Facebook download, unzipped and imported as one folder with --me "Emma Harding", asked on Tuesday 1 December 2026. */
export const poster: Person = {
  name: "poster",
  files: FILES,
  folder: FOLDER,
  me: ME,
  askedAt: Date.UTC(2026, 11, 1, 19, 0),
  questions: QUESTIONS,
};

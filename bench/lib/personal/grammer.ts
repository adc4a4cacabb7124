/**
 * The grammer: Niamh Doyle in Levenshulme, Manchester, leaves her payroll job in autumn 2026 to bake
 * sourdough from home (Slow Rise Bakehouse, @slowrise.mcr) and posts it on Instagram: the news, the new
 * deck oven, a new loaf and its name, her first market stall, a collab with a coffee shop in Chorlton, a
 * batch sold out at Altrincham Market; her stories say what the photos do not (her starter's name, her
 * stall's number), and she comments on other bakers' and the café's posts, and on her own. On 1 December
 * 2026 she downloads her information (Accounts Centre → Your information and permissions → Download your
 * information, format JSON: `instagram-slowrise.mcr-2026-12-01-Xk3pQ9rT.zip`), unzips it and imports the
 * folder (`engram import instagram-slowrise.mcr-2026-12-01-Xk3pQ9rT --me "Niamh Doyle"`). The files are as
 * Meta writes them: JSON indented by two spaces, every non-ASCII character written as the bytes of its
 * UTF-8, each escaped as a Latin-1 character ("’" as "\u00e2\u0080\u0099", "£" as "\u00c2\u00a3", an
 * emoji as four), times in epoch seconds:
 * - `your_instagram_activity/content/posts_1.json`: a JSON array of her posts, newest first; a post of one
 *   photo holds its caption and time in its one media (`{ "media": [{ uri: "media/posts/202611/….jpg",
 *   creation_timestamp, media_metadata: { photo_metadata: { exif_data: [{ latitude, longitude }] } }, title:
 *   "<caption>", cross_post_source: { source_app: "FB" } }] }`), a post of several its caption and time
 *   beside them (`{ media: [ … each titled "" ], title, creation_timestamp }`); one photo has no caption;
 *   captions end with hashtags and name accounts (`@littleamber.coffee`);
 * - `your_instagram_activity/content/reels.json` (`{ "ig_reels_media": [{ media: [{ uri, creation_timestamp,
 *   title, … }] }] }`) and `stories.json` (`{ "ig_stories": [{ uri, creation_timestamp, media_metadata,
 *   title, cross_post_source }] }`, one story with no words);
 * - `your_instagram_activity/comments/post_comments_1.json`: a JSON array of `{ media_list_data: [{ uri: ""
 *   }], string_map_data: { Comment: { value }, "Media Owner": { value: "sam.bakes" }, Time: { timestamp } }
 *   }`, one on her own post;
 * - `your_instagram_activity/messages/inbox/ambercoleman_17912345678901234/message_1.json`: a direct-message
 *   thread with Amber, who runs the café (read by the `messenger` format);
 * - what else the download holds: `your_instagram_activity/likes/liked_posts.json` (`likes_media_likes`),
 *   `your_instagram_activity/saved/saved_posts.json`, `connections/followers_and_following/followers_1.json`
 *   and `following.json`, `personal_information/personal_information/personal_information.json` (her
 *   username, name and bio), `ads_information/ads_and_topics/ads_viewed.json`,
 *   `security_and_login_information/login_and_profile_creation/login_activity.json`, and the photos
 *   themselves (`media/posts/202611/….jpg`, bytes).
 * Checked against public readers of the download (a data-donation tool's table of Instagram's files and
 * their fields: posts_1.json under `your_instagram_activity/content/` and, in 2025's, `…/media/`, stories'
 * `ig_stories`, reels' `ig_reels_media`, post_comments_1.json's `string_map_data` "Comment", "Media Owner"
 * and "Time", reels_comments.json's `comments_reels_comments`, liked_posts.json's `likes_media_likes`;
 * importers reading a single post's caption from `media[0].title` and a carousel's from the post's
 * `title`; readers of `media_metadata.photo_metadata.exif_data[0].latitude`; the mojibake undone as
 * Latin-1 bytes of UTF-8). Hand-written by the developers while trying Engram as its users would, in
 * session 34, before Engram could read Instagram posts (the first run's figures are in bench/README.md).
 * With it, the questions such a person asks later and the words a right answer holds, and questions
 * nothing here answers.
 */
import type { Person, PersonFile } from "./types.js";
import { metaJson } from "./meta-json.js";

const ME = "Niamh Doyle";
const USERNAME = "slowrise.mcr";
const FOLDER = "instagram-slowrise.mcr-2026-12-01-Xk3pQ9rT";
const ACTIVITY = `${FOLDER}/your_instagram_activity`;

/** Epoch seconds of an ISO time. */
const sec = (iso: string): number => Date.parse(iso) / 1000;

/** Levenshulme, where she bakes; Altrincham Market. */
const HOME = { latitude: 53.4436, longitude: -2.1938 };
const ALTRINCHAM = { latitude: 53.3874, longitude: -2.3497 };

/** One photo or video as a post, reel or story holds it: its file, when it was uploaded, its caption, and where it was taken when the phone said. */
function media(id: string, at: string, title: string, where?: { latitude: number; longitude: number }, video = false): Record<string, unknown> {
  const month = at.slice(0, 7).replace("-", "");
  const kind = video ? "reels" : "posts";
  return {
    uri: `media/${kind}/${month}/${id}.${video ? "mp4" : "jpg"}`,
    creation_timestamp: sec(at),
    media_metadata: video
      ? { video_metadata: { exif_data: [{ source_type: "library" }] } }
      : { photo_metadata: { exif_data: [where ? { ...where, source_type: "camera" } : { source_type: "camera" }] } },
    title,
    cross_post_source: { source_app: "FB" },
  };
}

/** A post of one photo: its caption and time in the photo, as Meta writes it. */
function single(id: string, at: string, caption: string, where?: { latitude: number; longitude: number }): Record<string, unknown> {
  return { media: [media(id, at, caption, where)] };
}

/** A post of several photos: each untitled, the caption and the time beside them. */
function carousel(ids: string[], at: string, caption: string, where?: { latitude: number; longitude: number }): Record<string, unknown> {
  return { media: ids.map((id) => media(id, at, "", where)), title: caption, creation_timestamp: sec(at) };
}

/** Her posts, oldest first (the file holds them newest first). */
const POSTS = [
  single(
    "18044128573019384",
    "2026-10-04T08:12:40Z",
    "Some news: after 9 years in payroll I’ve handed in my notice 😅 From November I’m baking sourdough full time from my kitchen in Levenshulme. Slow Rise Bakehouse is officially a thing! Pre-orders open soon 🍞\n\n#sourdough #manchesterbakery #levenshulme #microbakery #realbread",
    HOME,
  ),
  carousel(
    ["18051234987654321", "18051234987654322", "18051234987654323"],
    "2026-10-22T18:40:05Z",
    "She’s arrived!! Meet Dolly, my new Rofco B40 deck oven 🔥 Three stone decks, 12 loaves a bake. It took four of us to get her through the back door. First bake in her tomorrow morning.\n\n#rofco #sourdough #microbakery",
    HOME,
  ),
  single(
    "18060098123456789",
    "2026-11-06T17:30:22Z",
    "New loaf alert 🌧️ Meet the Rainy City Rye: 40% dark rye with black treacle and caraway, fermented for 36 hours. It’ll be on the stall from next week at £6.50.\n\n#ryebread #sourdough #manchester",
  ),
  single("18061555000111222", "2026-11-10T09:02:11Z", ""),
  carousel(
    ["18063321456789012", "18063321456789013"],
    "2026-11-14T14:22:48Z",
    "First ever market stall done! Thank you Levenshulme Market, you were amazing. 45 loaves and every single cinnamon knot gone by 1pm 🙌\n\n#levenshulmemarket #sourdough",
  ),
  single(
    "18065010987650001",
    "2026-11-19T19:05:33Z",
    "Collab news ☕ From Monday 23 November you’ll find our cardamom buns and a Slow Rise sourdough toastie on the menu at Little Amber Coffee on Beech Road in Chorlton (@littleamber.coffee). Huge thanks to Amber for taking a punt on a tiny bakery!\n\n#chorlton #manchestercoffee #cardamombuns",
  ),
  single(
    "18067788990011223",
    "2026-11-28T12:48:09Z",
    "SOLD OUT by 11:20 at Altrincham Market 😭💛 120 loaves and 60 cardamom buns gone. Sorry to everyone who missed out, I’ll bring more next time! Thank you Altrincham\n\n#altrinchammarket #sourdough #soldout",
    ALTRINCHAM,
  ),
];

/** Her reels (one), as reels.json holds them. */
const REELS = [
  {
    media: [
      media(
        "18066543210987654",
        "2026-11-25T20:10:44Z",
        "Flour day! 16 sacks of Shipton Mill organic white just landed and I have nowhere to put them 🫠 #flour #bakerylife",
        undefined,
        true,
      ),
    ],
  },
];

/** A story as stories.json holds it. */
function story(id: string, at: string, title: string): Record<string, unknown> {
  const month = at.slice(0, 7).replace("-", "");
  return {
    uri: `media/stories/${month}/${id}.jpg`,
    creation_timestamp: sec(at),
    media_metadata: { photo_metadata: { exif_data: [{ source_type: "camera" }] } },
    title,
    cross_post_source: { source_app: "FB" },
  };
}

/** Her stories, oldest first (the file holds them newest first). */
const STORIES = [
  story("18052000111222333", "2026-10-23T06:05:17Z", "First bake in Dolly ✅ 5am starts are the new normal"),
  story("18058777666555444", "2026-11-02T18:30:00Z", "Brenda (my starter, 7 years old this winter) has been fed 🫙 Pre-orders go live at 7pm!"),
  story("18063300000000001", "2026-11-14T07:10:02Z", ""),
  story("18067700000000002", "2026-11-28T07:15:40Z", "Setting up at Altrincham Market, stall 14 by the flower seller 💐 Come and say hi!"),
];

/** A comment of hers as post_comments_1.json holds it: when, on whose post, its words. */
function comment(at: string, owner: string, text: string): Record<string, unknown> {
  return {
    media_list_data: [{ uri: "" }],
    string_map_data: { Comment: { value: text }, "Media Owner": { value: owner }, Time: { timestamp: sec(at) } },
  };
}

/** Her comments, oldest first (the file holds them newest first). */
const COMMENTS = [
  comment("2026-10-10T21:14:03Z", "levymarket", "Yes please!! I’d love a stall, just emailed you 🙏"),
  comment("2026-11-08T20:41:55Z", "sam.bakes", "Rice flour in the bannetons changed my life, thank you for the tip Sam!! No more stuck doughs"),
  comment("2026-11-19T20:30:12Z", "littleamber.coffee", "Can’t wait! First delivery Monday at 7am, I’ll bring the cardamom buns still warm 🫶"),
  comment("2026-11-29T10:02:37Z", USERNAME, "Next market is Levenshulme on Saturday 12 December, pre-orders open Thursday at 7pm!"),
];

/** The direct-message thread with Amber (newest first, as Meta writes it). */
const THREAD = {
  participants: [{ name: "Amber Coleman" }, { name: ME }],
  messages: [
    ["2026-11-17T16:12:40Z", ME, "Perfect, deal! I’ll drop them off by 7am each morning"],
    ["2026-11-17T16:05:02Z", "Amber Coleman", "Let’s start with 30 cardamom buns a day, Monday to Saturday. Does £2.20 each work for you?"],
    ["2026-11-17T15:58:31Z", ME, "Oh wow, I’d love to! What were you thinking?"],
    ["2026-11-17T15:51:19Z", "Amber Coleman", "Hi Niamh! We loved your buns at Levenshulme. Would you do a wholesale order for the café?"],
  ].map(([at, from, content]) => ({
    sender_name: from,
    timestamp_ms: Date.parse(at!),
    content,
    is_geoblocked_for_viewer: false,
    is_unsent_image_by_messenger_kid_parent: false,
  })),
  title: "Amber Coleman",
  is_still_participant: true,
  thread_path: "inbox/ambercoleman_17912345678901234",
  magic_words: [],
};

/** An entry of a list Instagram keeps of accounts or posts (likes, saves, followers): a name, a link, a time. */
function listed(title: string, href: string, at: string, value?: string): Record<string, unknown> {
  return { title, media_list_data: [], string_list_data: [{ href, ...(value === undefined ? {} : { value }), timestamp: sec(at) }] };
}

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

const MADE = Date.UTC(2026, 11, 1, 8, 41, 5);

const FILES: PersonFile[] = [
  { name: `${ACTIVITY}/content/posts_1.json`, text: metaJson([...POSTS].reverse()), mtime: MADE },
  { name: `${ACTIVITY}/content/reels.json`, text: metaJson({ ig_reels_media: REELS }), mtime: MADE },
  { name: `${ACTIVITY}/content/stories.json`, text: metaJson({ ig_stories: [...STORIES].reverse() }), mtime: MADE },
  { name: `${ACTIVITY}/comments/post_comments_1.json`, text: metaJson([...COMMENTS].reverse()), mtime: MADE },
  { name: `${ACTIVITY}/messages/inbox/ambercoleman_17912345678901234/message_1.json`, text: metaJson(THREAD), mtime: MADE },
  {
    name: `${ACTIVITY}/likes/liked_posts.json`,
    text: metaJson({
      likes_media_likes: [
        listed("littleamber.coffee", "https://www.instagram.com/p/DCk2vQ8sXyZ/", "2026-11-19T19:20:11Z", "👍"),
        listed("sam.bakes", "https://www.instagram.com/p/DCbT9xLsAbC/", "2026-11-08T20:40:02Z", "👍"),
      ],
    }),
    mtime: MADE,
  },
  {
    name: `${ACTIVITY}/saved/saved_posts.json`,
    text: metaJson({
      saved_saved_media: [
        {
          title: "theperfectloaf",
          string_map_data: { "Saved on": { href: "https://www.instagram.com/p/DBq1wE2sQrS/", timestamp: sec("2026-10-12T22:03:44Z") } },
        },
      ],
    }),
    mtime: MADE,
  },
  {
    name: `${FOLDER}/connections/followers_and_following/followers_1.json`,
    text: metaJson([
      listed("", "https://www.instagram.com/littleamber.coffee", "2026-11-19T19:21:40Z", "littleamber.coffee"),
      listed("", "https://www.instagram.com/sam.bakes", "2026-10-05T09:44:10Z", "sam.bakes"),
    ]),
    mtime: MADE,
  },
  {
    name: `${FOLDER}/connections/followers_and_following/following.json`,
    text: metaJson({
      relationships_following: [
        listed("levymarket", "https://www.instagram.com/_u/levymarket", "2026-10-09T12:00:31Z"),
        listed("sam.bakes", "https://www.instagram.com/_u/sam.bakes", "2026-10-05T09:45:02Z"),
      ],
    }),
    mtime: MADE,
  },
  {
    name: `${FOLDER}/personal_information/personal_information/personal_information.json`,
    text: metaJson({
      profile_user: [
        {
          media_map_data: { "Profile Photo": { uri: "media/other/18040000000000001.jpg", creation_timestamp: sec("2026-10-04T08:01:00Z"), title: "" } },
          string_map_data: {
            Email: { href: "", value: "niamh@slowrisebakehouse.co.uk", timestamp: 0 },
            "Phone Confirmed": { href: "", value: "True", timestamp: 0 },
            Username: { href: "", value: USERNAME, timestamp: 0 },
            Name: { href: "", value: "Niamh | Slow Rise Bakehouse", timestamp: 0 },
            Bio: { href: "", value: "Sourdough micro-bakery in Levenshulme, M19 🍞 Pre-orders Thursdays 7pm", timestamp: 0 },
            "Private Account": { href: "", value: "False", timestamp: 0 },
          },
        },
      ],
    }),
    mtime: MADE,
  },
  {
    name: `${FOLDER}/ads_information/ads_and_topics/ads_viewed.json`,
    text: metaJson({
      impressions_history_ads_seen: [{ string_map_data: { Author: { value: "Bakery Bits" }, Time: { timestamp: sec("2026-11-20T21:10:00Z") } } }],
    }),
    mtime: MADE,
  },
  {
    name: `${FOLDER}/security_and_login_information/login_and_profile_creation/login_activity.json`,
    text: metaJson({
      account_history_login_history: [
        {
          title: "2026-11-30T07:58:12+00:00",
          string_map_data: {
            "IP address": { value: "2a00:23c7:9a0e:1e01:5d2f:1c3b:8a41:77e0" },
            Time: { timestamp: sec("2026-11-30T07:58:12Z") },
            "User agent": { value: "Instagram 356.0.0.41.101 (iPhone14,5; iOS 18_1)" },
          },
        },
      ],
    }),
    mtime: MADE,
  },
  { name: `${FOLDER}/media/posts/202611/18067788990011223.jpg`, text: jpeg(41), mtime: MADE },
  { name: `${FOLDER}/media/posts/202611/18060098123456789.jpg`, text: jpeg(59), mtime: MADE },
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "Which market did I sell at on Saturday?", expect: ["Altrincham"] },
  { question: "What did I name the new loaf?", expect: ["Rainy City Rye"] },
  { question: "Which coffee shop am I doing the collab with?", expect: ["Little Amber"] },
  { question: "What oven did I buy?", expect: ["Rofco"] },
  { question: "How many loaves did I sell at Altrincham Market?", expect: ["120"] },
  { question: "How much is the Rainy City Rye?", expect: ["£6.50"] },
  { question: "What was my job before the bakery?", expect: ["payroll"] },
  { question: "What is my sourdough starter called?", expect: ["Brenda"] },
  { question: "Which stall was I at in Altrincham Market?", expect: ["14"] },
  { question: "What should I dust the bannetons with?", expect: ["rice flour"] },
  { question: "Where does my flour come from?", expect: ["Shipton Mill"] },
  { question: "How many cardamom buns a day is Amber ordering?", expect: ["30"] },
  { question: "How much did the oven cost?", expect: null },
  { question: "What time does Altrincham Market open?", expect: null },
  { question: "Which bakery did I train at?", expect: null },
];

/** Niamh: her Instagram download, unzipped and imported as one folder with --me "Niamh Doyle", asked on Tuesday 1 December 2026. */
export const grammer: Person = {
  name: "grammer",
  files: FILES,
  folder: FOLDER,
  me: ME,
  askedAt: Date.UTC(2026, 11, 1, 19, 0),
  questions: QUESTIONS,
};

/**
 * The tiktoker: Hannah Price in Bedminster, Bristol, flips second-hand furniture and films it for TikTok
 * (@hannah.fixes): a dresser stripped and painted, a garden bench rescued on a friend's tip, a giveaway
 * for 10k followers, a collab with a woodworker, her first market stall; she answers followers in the
 * comments, and messages a few people: Tom (@tomsworkshop), with whom she films a collab; Ellie
 * (@ellie.paints), who tells her which paint to use outdoors; Sophie (@sophie_r), with whom she is going
 * to Copenhagen. On 28 November 2026 she downloads her data (Settings and privacy → Account → Download
 * your data, "JSON": `TikTok_Data_1764322000.zip`), unzips it and imports the folder (`engram import
 * TikTok_Data_1764322000`). The one file, `user_data_tiktok.json`, is as TikTok writes it: one JSON object
 * of sections, each of sub-sections holding a list or a map, dates "2026-10-04 16:12:33" (no zone, UTC):
 * - "Comment" → "Comments" → "CommentsList": her comments, `{ date, comment, photo, sticker, video, url,
 *   "original post link" }` (a reply on her own video opening with the handle it answers);
 * - "Direct Message" → "Direct Messages" → "ChatHistory" → "Chat History with tomsworkshop:": a chat's
 *   messages, oldest first, `{ Date, From, Content }`, From a handle; "Group Chat" → "GroupChat" (none);
 * - "Post" → "Posts" → "VideoList": her videos, newest first, `{ Date, Link, Likes, Title, Sound,
 *   Location, CoverImage, WhoCanView, AllowComments, … }` (one with no title);
 * - "Profile And Settings" → "Profile Info" → "ProfileMap" (`userName: "hannah.fixes"`, `bioDescription`,
 *   …), "Follower", "Following", "Block List", "Settings";
 * - what else it holds, no words of hers to remember: "Your Activity" ("Watch History" → "VideoList" of
 *   240 videos watched, "Searches", "Login History", "Share History", "Hashtag", "Most Recent Location
 *   Data"), "Likes and Favorites" ("Like List", "Favorite Videos", "Favorite Sounds"), "Ads and data",
 *   "Tiktok Live", "TikTok Shop", "Income+ Wallet".
 * Checked against public readers of the download: a forensic parser of `user_data_tiktok.json` and the
 * older `user_data.json` ("Your Activity" or "Activity", "Post" or "Video" → "Posts" or "Videos" →
 * "VideoList" with `Title`, `Sound`, `Location`; "Comment" → "Comments" → "CommentsList" with `date` and
 * `comment`; "Direct Message" or "Direct Messages" → "Direct Messages" or "Chat History" → "ChatHistory",
 * its keys "Chat History with <handle>:", messages `Date`, `From`, `Content`; "Profile Info" → "ProfileMap"
 * → `userName`), a data-donation reader (messages from the profile's `userName` the user's, else from
 * anyone but the chat's other person; dates without a zone read as UTC; "Profile And Settings"), a
 * generator of demo downloads following 2026's keys, and tools reading the DMs and comments. Hand-written
 * by the developers while trying Engram as its users would, in session 35, before Engram could read
 * TikTok's download (the first run's figures are in bench/README.md). With it, the questions such a person
 * asks later and the words a right answer holds, and questions nothing here answers.
 */
import type { Person } from "./types.js";

const USERNAME = "hannah.fixes";
const FOLDER = "TikTok_Data_1764322000";

/** A video's link as the download gives it (a share link, numbered). */
const link = (n: number): string => `https://www.tiktokv.com/share/video/74${String(31_000_000_000_000_000 + n * 7_919)}/`;

/** A time as TikTok writes it: "2026-10-04 16:12:33" (UTC, no zone). */
const at = (iso: string): string => iso.replace("T", " ").replace(/Z$/, "");

/** One of her videos as the download lists it. */
function video(n: number, when: string, title: string, location = "", likes = 0): Record<string, string> {
  return {
    Date: at(when),
    Link: link(n),
    Likes: String(likes),
    WhoCanView: "Everyone",
    AllowComments: "Yes",
    AllowStitches: "Yes",
    AllowDuets: "Yes",
    AllowStickers: "Yes",
    AllowSharingToStory: "Yes",
    ContentDisclosure: "",
    AIGeneratedContent: "No",
    Sound: "original sound - hannah.fixes",
    Location: location,
    Title: title,
    AddYoursText: "",
    AlternateText: "",
    CoverImage: `https://p16-sign-useast2a.tiktokcdn.com/obj/tos-useast2a-p-0037-aiso/cover-${n}.jpeg`,
    NumberOfCollections: String(Math.floor(likes / 40)),
  };
}

/** Her videos, oldest first (the download lists them newest first). */
const VIDEOS = [
  video(
    1,
    "2026-10-04T16:12:33Z",
    "Dresser flip part 1 🪵 Stripped this £15 Facebook Marketplace dresser back to the original pine. Three days of sanding, zero regrets #furnitureflip #upcycling #diy",
    "Bedminster, Bristol",
    412,
  ),
  video(
    2,
    "2026-10-11T17:30:08Z",
    "Dresser flip part 2: painted in Little Greene Aquamarine Deep with new brass cup handles from Harbour Hardware on North Street. She's finished! #furnitureflip #beforeandafter",
    "",
    2_310,
  ),
  video(
    3,
    "2026-10-18T15:02:51Z",
    "Garden bench rescue 🌿 Sanded back with 120 grit and two coats of Frenchic Al Fresco, no topcoat needed. Thanks @ellie.paints for the tip! #gardendiy #upcycling",
    "",
    980,
  ),
  video(4, "2026-10-25T12:44:10Z", "", "", 96),
  video(
    5,
    "2026-11-01T19:20:45Z",
    "We hit 10k!! 🎉 To say thank you I'm giving away my favourite sander, a Bosch PSM 100 A. Follow and comment to enter, winner picked on 15 November #giveaway #diytools",
    "",
    3_104,
  ),
  video(
    6,
    "2026-11-15T18:05:29Z",
    "Collab with @tomsworkshop! He made new tapered oak legs, I did the paint. 1960s G-Plan sideboard, before and after #collab #gplan #midcenturymodern",
    "Bedminster, Bristol",
    5_870,
  ),
  video(
    7,
    "2026-11-21T10:15:02Z",
    "Big news: my first market stall! I'll be selling my flips at the Tobacco Factory Sunday Market on 6 December, come and say hi 👋 #bristolmakers",
    "Tobacco Factory Market",
    1_422,
  ),
];

/** Her comments, oldest first (as the download lists them): when, and what she wrote. */
const COMMENTS: Array<[string, string]> = [
  ["2026-10-11T20:41:17Z", "@marco.builds it's Little Greene, two coats and a matt varnish on top"],
  ["2026-10-20T09:12:40Z", "Sand with 120 grit first or the paint will peel, trust me 😅"],
  ["2026-11-03T21:05:56Z", "@daisy.diy sorry, the giveaway is UK only this time!"],
  ["2026-11-16T08:33:21Z", "@rob_renovates it sold in two hours for £340 🙌"],
];

/** A direct message: when, from whom (a handle), what it says. */
type Message = [string, string, string];

/** Her chats, each with its messages oldest first, as the download lists them. */
const CHATS: Record<string, Message[]> = {
  "ellie.paints": [
    ["2026-10-06T19:48:02Z", USERNAME, "Which paint did you use on your garden bench? Mine keeps peeling every winter"],
    ["2026-10-06T19:55:31Z", "ellie.paints", "Frenchic Al Fresco! It's made for outdoors, no topcoat needed"],
    ["2026-10-06T19:56:10Z", "ellie.paints", "Sand it with 120 grit first though"],
    ["2026-10-06T20:01:44Z", USERNAME, "Legend, ordering some tonight"],
    ["2026-10-18T16:20:09Z", "ellie.paints", link(3)],
  ],
  tomsworkshop: [
    ["2026-10-29T19:02:15Z", "tomsworkshop", "Loved the dresser flip! Fancy a collab? I build, you paint"],
    ["2026-10-29T19:10:52Z", USERNAME, "YES. I've got a 1960s G-Plan sideboard waiting in my garage"],
    [
      "2026-10-29T19:14:30Z",
      "tomsworkshop",
      "Perfect. Shall we film it on Saturday 14 November at your place? I'll bring the router and some oak for new legs",
    ],
    ["2026-10-29T19:20:03Z", USERNAME, "Saturday 14 November works! The garage is at 22 Dean Lane, Bedminster. Come for 10am"],
    ["2026-11-13T21:40:18Z", "tomsworkshop", "See you at 10 tomorrow, I'm bringing bacon rolls"],
  ],
  sophie_r: [
    ["2026-11-02T12:31:40Z", "sophie_r", "COPENHAGEN IS BOOKED ✈️ Flights from Bristol on Friday 4 December, back Monday 7 December"],
    ["2026-11-02T12:33:05Z", USERNAME, "AHHH amazing!! Did you sort the hotel too?"],
    ["2026-11-02T12:35:47Z", "sophie_r", "Yep, three nights at Hotel Alsik near the station"],
    ["2026-11-02T12:36:20Z", USERNAME, "Perfect, I'll do the Tivoli tickets"],
  ],
};

/** `n` times going back from `from` by `stepMinutes`, as TikTok writes them, newest first. */
function times(n: number, from: string, stepMinutes: number): string[] {
  const start = Date.parse(from);
  return Array.from({ length: n }, (_, i) => at(new Date(start - i * stepMinutes * 60_000).toISOString().replace(/\.\d{3}Z$/, "Z")));
}

/** The download: one object of sections, in the order TikTok writes them. */
const DATA = {
  "Ads and data": {
    "Ad Interests": { AdInterestCategories: "Home & Garden | DIY | Travel | Food & Beverage" },
    "Off TikTok Activity": {
      OffTikTokActivityDataList: times(12, "2026-11-27T21:00:00Z", 600).map((t, i) => ({
        TimeStamp: t,
        Source: ["B&Q", "Screwfix", "Skyscanner"][i % 3],
        Event: ["Page View", "Add to Cart", "Search"][i % 3],
      })),
    },
  },
  Comment: {
    Comments: {
      App: 1,
      CommentsList: COMMENTS.map(([when, comment], i) => ({
        date: at(when),
        comment,
        photo: "N/A",
        sticker: "N/A",
        video: "N/A",
        url: "",
        "original post link": link(100 + i),
      })),
    },
  },
  "Direct Message": {
    "Direct Messages": {
      ChatHistory: Object.fromEntries(
        Object.entries(CHATS).map(([handle, messages]) => [
          `Chat History with ${handle}:`,
          messages.map(([when, from, content]) => ({ Date: at(when), From: from, Content: content })),
        ]),
      ),
    },
    "Group Chat": { GroupChat: {} },
  },
  "Income+ Wallet": { "Coin Purchase History": { CoinPurchaseHistoryList: null }, "Transaction History": { TransactionsList: null } },
  "Likes and Favorites": {
    "Favorite Effects": { FavoriteEffectsList: null },
    "Favorite Hashtags": { FavoriteHashtagList: [{ Date: "2026-09-30 20:11:02", Link: "https://www.tiktok.com/tag/furnitureflip" }] },
    "Favorite Sounds": { FavoriteSoundList: [{ Date: "2026-10-02 08:40:19", Link: "https://www.tiktok.com/music/original-sound-7298765432101234567" }] },
    "Favorite Videos": {
      App: 1,
      FavoriteVideoList: times(15, "2026-11-26T22:10:00Z", 1_440).map((t, i) => ({ Date: t, Link: link(300 + i) })),
    },
    "Like List": { App: 1, ItemFavoriteList: times(60, "2026-11-27T23:02:00Z", 300).map((t, i) => ({ date: t, link: link(400 + i) })) },
  },
  Post: { Posts: { VideoList: [...VIDEOS].reverse() } },
  "Profile And Settings": {
    "Profile Info": {
      App: 1,
      ProfileMap: {
        userName: USERNAME,
        displayName: "Hannah | furniture flips",
        emailAddress: "hannah.price@example.com",
        telephoneNumber: "",
        birthDate: "19-Mar-1995",
        bioDescription: "Second-hand furniture, new life 🔨 Bristol | flips most Sundays",
        accountRegion: "GB",
        followerCount: 10_482,
        followingCount: 212,
        likesReceived: "14.2K",
        profilePhoto: "https://p16-sign-useast2a.tiktokcdn.com/obj/tos-useast2a-avt-0068/avatar.jpeg",
        profileVideo: "",
        instagramLink: "",
        youtubeLink: "",
        PlatformInfo: [],
      },
    },
    Follower: {
      App: 1,
      FansList: times(20, "2026-11-27T18:00:00Z", 2_000).map((t, i) => ({ Date: t, UserName: `fan_${1_000 + i}` })),
    },
    Following: {
      App: 1,
      Following: [
        { Date: "2026-10-29 19:03:40", UserName: "tomsworkshop" },
        { Date: "2026-09-12 10:22:08", UserName: "ellie.paints" },
        { Date: "2026-03-01 09:00:00", UserName: "sophie_r" },
      ],
    },
    "Block List": { App: 1, BlockList: null },
    Settings: {
      App: 1,
      SettingsMap: {
        "Allow DownLoad": "On",
        "Private Account": "Off",
        "Personalized Ads": "On",
        "App Language": "en",
        "Who Can Send Me Message": "Friends",
        "Who Can Post Comments": "Everyone",
        Interests: "DIY | Home & Garden | Travel",
      },
    },
  },
  "Tiktok Live": {
    "Go Live History": { GoLiveList: null },
    "Watch Live History": { WatchLiveMap: { "7441234567890123456": { WatchTime: "2026-11-09 20:14:03", Link: "", Comments: [], Questions: null } } },
  },
  "TikTok Shop": {
    "Order History": { OrderHistories: null },
    "Product Browsing History": {
      ProductBrowsingHistories: [{ browsing_date: "2026-11-20 21:45:10", shop_name: "ToolStation Deals", product_name: "Cordless detail sander 18V" }],
    },
  },
  "Your Activity": {
    "Activity Summary": {
      ActivitySummaryMap: {
        videosCommentedOnSinceAccountRegistration: 318,
        videosSharedSinceAccountRegistration: 87,
        videosWatchedToTheEndSinceAccountRegistration: 15_204,
      },
    },
    Hashtag: { HashtagList: [{ HashtagName: "furnitureflip", HashtagLink: "https://www.tiktok.com/tag/furnitureflip" }] },
    "Login History": {
      LoginHistoryList: times(8, "2026-11-28T07:30:00Z", 4_320).map((t) => ({
        Date: t,
        IP: "203.0.113.47",
        DeviceModel: "iPhone15,3",
        DeviceSystem: "iOS 19.1",
        NetworkType: "Wi-Fi",
        Carrier: "",
      })),
    },
    "Most Recent Location Data": { LocationData: { Date: "2026-11-28 07:30:00", GpsData: "", LastRegion: "GB" } },
    Searches: {
      SearchList: [
        { Date: "2026-11-26 22:31:09", SearchTerm: "copenhagen cheap eats" },
        { Date: "2026-11-20 21:40:55", SearchTerm: "how to price upcycled furniture" },
        { Date: "2026-10-30 18:02:13", SearchTerm: "g plan sideboard legs" },
      ],
    },
    "Share History": {
      ShareHistoryList: [{ Date: "2026-10-18 16:19:40", SharedContent: "video", Link: link(3), Method: "chat_merge" }],
    },
    "Watch History": { VideoList: times(240, "2026-11-28T06:55:00Z", 37).map((t, i) => ({ Date: t, Link: link(1_000 + i) })) },
  },
};

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "When am I filming the collab with tomsworkshop?", expect: ["14 November"] },
  { question: "What time is tomsworkshop coming over for the collab?", expect: ["10"] },
  { question: "Which paint did ellie.paints recommend for the garden bench?", expect: ["Frenchic Al Fresco"] },
  { question: "When do Sophie and I fly to Copenhagen?", expect: ["4 December"] },
  { question: "Which hotel are we staying at in Copenhagen?", expect: ["Alsik"] },
  { question: "What colour did I paint the dresser?", expect: ["Aquamarine Deep"] },
  { question: "Where did I get the brass cup handles?", expect: ["Harbour Hardware"] },
  { question: "Which sander am I giving away?", expect: ["Bosch"] },
  { question: "When is the giveaway winner picked?", expect: ["15 November"] },
  { question: "Which market am I selling my flips at?", expect: ["Tobacco Factory"] },
  { question: "How much did the G-Plan sideboard sell for?", expect: ["340"] },
  { question: "How much did the Copenhagen flights cost?", expect: null },
  { question: "Which airline are we flying to Copenhagen with?", expect: null },
  { question: "How many followers does tomsworkshop have?", expect: null },
];

/** Hannah: her TikTok data download (JSON), unzipped and imported as one folder, asked on Saturday 28 November 2026. */
export const tiktoker: Person = {
  name: "tiktoker",
  files: [{ name: `${FOLDER}/user_data_tiktok.json`, text: JSON.stringify(DATA, null, 2) }],
  folder: FOLDER,
  askedAt: Date.UTC(2026, 10, 28, 18, 0),
  questions: QUESTIONS,
};

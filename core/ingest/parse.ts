/**
 * Entry point of the chat-export parsers: `parseExport` streams conversations one at a time from
 * a LoCoMo, ChatGPT, Claude or text export; `validateExport` runs the same parse without keeping
 * anything, for a dry run or a validation pass before an import. A format that is not given is
 * detected as the file is read (a JSON export's by its first item): the file is read once.
 */
import { detectFormat, emptyArrayError, type FileHead, formatOfFirstItem, formatOfHead, inspectFile, type JsonExportFormat } from "./detect.js";
import { streamJsonArray } from "./kit/json-stream.js";
import { parseLocomoSample } from "./chats/locomo.js";
import { parseChatgptConversation } from "./chats/chatgpt.js";
import { parseClaudeConversation } from "./chats/claude.js";
import { parseDeepseekConversation } from "./chats/deepseek.js";
import { parseEmail } from "./chats/email.js";
import { isCompoundFile, parseOutlookMsg } from "./chats/outlook-msg.js";
import { parseIcs } from "./notes/ics.js";
import { parseKeep } from "./notes/keep.js";
import { parseMessenger } from "./chats/messenger.js";
import { parseSlackDay } from "./chats/slack.js";
import { parseDiscord } from "./chats/discord.js";
import { isDiscordPackageMessages, parseDiscordPackage } from "./chats/discord-package.js";
import { parseGoogleChat } from "./chats/googlechat.js";
import { parseGoogleVoice } from "./chats/googlevoice.js";
import { parseDayOne } from "./notes/dayone.js";
import { parseJourney } from "./notes/journey.js";
import { parseDiaro } from "./notes/diaro.js";
import { documentKind, parseDocument } from "./notes/document.js";
import { isBrowserHistory, parseBrowser } from "./web/browser.js";
import { isKoboDatabase, parseKobo } from "./reading/kobo.js";
import { isBlueskyRepo, parseBluesky } from "./social/bluesky.js";
import { parseEnex } from "./notes/enex.js";
import { parseSimplenote } from "./notes/simplenote.js";
import { parseStandardNotes } from "./notes/standardnotes.js";
import { parseGoogleTasks } from "./notes/googletasks.js";
import { parseSmsBackup } from "./chats/sms.js";
import { parseWordPress } from "./social/wordpress.js";
import { parseSubstack } from "./social/substack.js";
import { parseMedium } from "./social/medium.js";
import { parseImessage } from "./chats/imessage.js";
import { parseLine } from "./chats/line.js";
import { parseKakaoTalk } from "./chats/kakaotalk.js";
import { parseIrc } from "./chats/irc.js";
import { parseCaptions } from "./chats/captions.js";
import { parseZoomChat } from "./chats/zoomchat.js";
import { parseSignal } from "./chats/signal.js";
import { parseTwitter } from "./social/twitter.js";
import { parseMastodon } from "./social/mastodon.js";
import { parseFacebook } from "./social/facebook.js";
import { parseInstagram } from "./social/instagram.js";
import { parseSnapchat } from "./social/snapchat.js";
import { parseSkype } from "./chats/skype.js";
import { parseHangouts } from "./chats/hangouts.js";
import { parseMatrix } from "./chats/matrix.js";
import { parseTikTok } from "./social/tiktok.js";
import { parseVcard } from "./notes/vcard.js";
import { isVenmoStatement, parseVenmo } from "./money/venmo.js";
import { isYnabCsv, parseYnab } from "./money/ynab.js";
import { isSplitwiseExport, parseSplitwise } from "./money/splitwise.js";
import { isMonarchCsv, parseMonarch } from "./money/monarch.js";
import { isCopilotCsv, parseCopilot } from "./money/copilot.js";
import { isCashAppCsv, parseCashApp } from "./money/cashapp.js";
import { isMintCsv, parseMint } from "./money/mint.js";
import { parseKindle } from "./reading/kindle.js";
import { opensAsNotebook, parseKindleNotebook } from "./reading/kindle-notebook.js";
import { parseReadwise } from "./reading/readwise.js";
import { parseHypothesis } from "./reading/hypothesis.js";
import { parseHypothesisCsv } from "./reading/hypothesis-csv.js";
import { parseTodoist } from "./notes/todoist.js";
import { parseTickTick } from "./notes/ticktick.js";
import { parseTrello } from "./notes/trello.js";
import { parseCanvas } from "./notes/canvas.js";
import { parseGoodreads } from "./reading/goodreads.js";
import { parseStoryGraph } from "./reading/storygraph.js";
import { parseBibtex } from "./reading/bibtex.js";
import { parseZotero } from "./reading/zotero.js";
import { parseDaylio } from "./notes/daylio.js";
import { parseStrava } from "./health/strava.js";
import { parseLinkedIn } from "./social/linkedin.js";
import { parseAmazon } from "./money/amazon.js";
import { parseUber } from "./places/uber.js";
import { parseBank } from "./money/bank.js";
import { parseOfx, statementFileKind } from "./money/ofx.js";
import { isPayPalActivity, parsePayPal } from "./money/paypal.js";
import { parseQif } from "./money/qif.js";
import { parseSpotify } from "./media/spotify.js";
import { parseNetflix } from "./media/netflix.js";
import { parseGooglePhotos } from "./media/googlephotos.js";
import { parseTimeline } from "./places/timeline.js";
import { parseAppleHealth } from "./health/applehealth.js";
import { parseFitbit } from "./health/fitbit.js";
import { parseGarmin } from "./health/garmin.js";
import { parseOura } from "./health/oura.js";
import { parseWithings } from "./health/withings.js";
import { parseSamsungHealth } from "./health/samsunghealth.js";
import { parseWhoop } from "./health/whoop.js";
import { parseSleepCycle } from "./health/sleepcycle.js";
import { parseCronometer } from "./health/cronometer.js";
import { parseGoogleFit } from "./health/googlefit.js";
import { isGzipFile, isMyAnimeListGzip, parseMyAnimeList } from "./media/myanimelist.js";
import { parseAppleMusic } from "./media/applemusic.js";
import { parseLastfm } from "./media/lastfm.js";
import { parseOvercast } from "./media/overcast.js";
import { parseMyFitnessPal } from "./health/myfitnesspal.js";
import { parseSwarm } from "./places/swarm.js";
import { parseUntappd } from "./places/untappd.js";
import { parsePolarsteps } from "./places/polarsteps.js";
import { parseHabits } from "./notes/habits.js";
import { parseFlights } from "./places/flights.js";
import { parseReddit } from "./social/reddit.js";
import { parseYouTube } from "./media/youtube.js";
import { parseMyActivity } from "./web/myactivity.js";
import { parseGemini } from "./web/gemini.js";
import { parseLetterboxd } from "./media/letterboxd.js";
import { parseImdb } from "./media/imdb.js";
import { parseTrakt } from "./media/trakt.js";
import { parsePeloton } from "./health/peloton.js";
import { parseStrong } from "./health/strong.js";
import { parseToggl } from "./notes/toggl.js";
import { parseLibby } from "./reading/libby.js";
import { parseNote } from "./notes/note.js";
import { parseBookmarks } from "./web/bookmarks.js";
import { isRaindropCsv, parseRaindropCsv } from "./web/raindrop.js";
import { parseReadLater } from "./web/readlater.js";
import { parseGoogleMaps } from "./places/googlemaps.js";
import { isBundleText, parseTextBundle } from "./notes/textbundle.js";
import { parseRoam } from "./notes/roam.js";
import { parseOrg } from "./notes/orgmode.js";
import { parseAnki } from "./notes/anki.js";
import { isTelegramAccountExport, parseTelegram } from "./chats/telegram.js";
import { parseTelegramAccount } from "./chats/telegram-account.js";
import { convertItem, LONG_STRING_BYTES } from "./chats/elided.js";
import { MAX_MESSAGE_CHARS, messageTooLong } from "./kit/passages.js";
import { parseTextTranscript } from "./chats/text.js";
import { IMPORT_FORMATS, ImportError, type ImportFormat, type ParseOptions, type ParsedConversation } from "./kit/types.js";

const ITEM_PARSERS: Record<JsonExportFormat, (value: unknown, index: number, file: string) => ParsedConversation> = {
  locomo: parseLocomoSample,
  chatgpt: parseChatgptConversation,
  claude: parseClaudeConversation,
  deepseek: parseDeepseekConversation,
};

/** The formats that are no JSON array of conversations, each read by a reader of its own from its text (a document, a browser's history, a Kobo's database and a Bluesky repository's CAR export, which are no text, are read before: {@link parseExport}). */
type FileFormat = Exclude<ImportFormat, JsonExportFormat | "document" | "kobo" | "bluesky" | "browser">;
/** What a reader is told besides the file and its start: where to report the bytes read, and who the user is (`--me`: a Netflix download's profile). */
type ReaderOptions = Pick<ParseOptions, "onProgress" | "me">;

/** A reader's one conversation (none for `null`: a Keep note in the trash), as a stream. */
async function* one(conversation: Promise<ParsedConversation | null>): AsyncGenerator<ParsedConversation> {
  const c = await conversation;
  if (c) yield c;
}

/** A reader's conversations, read whole (a Kindle's books), as a stream. */
async function* all(conversations: Promise<ParsedConversation[]>): AsyncGenerator<ParsedConversation> {
  yield* await conversations;
}

/**
 * The reader of each format that is no JSON array of conversations, yielding its file's conversations
 * in order: a transcript, a note, a Telegram chat (a whole Telegram account's export a chat at a time), a LINE chat, a calendar, a Messenger thread, a Todoist project, a Journey diary's entry, a meeting's captions, a Zoom meeting's saved chat or a Signal chat (signal-export's data.json or chat.md) is one; an IRC client's log
 * gives a day of its channel or query at a time; a mailbox gives a thread, a Day One journal an entry, a Diaro backup an entry, a Simplenote export or a Standard Notes backup a note, Google Tasks a task list, at a time; a Kindle's clippings a book each (the Kindle app's notebook its book), a Readwise export too, a Hypothesis export a page's annotations at a time, a Goodreads export a book at a time, a StoryGraph export too; a BibTeX library an entry at a time (its note, then its abstract); a Letterboxd
 * export's diary a month of viewings, its ratings, watchlist or a list a note; one of IMDb's exports (its ratings, watchlist, check-ins or a list) a note; a file of Trakt's export its history a day of viewing each (on the account's time zone), its ratings, watchlist, favorites, a custom list or comments a note (trakt.ts); Libby's timeline (its Data or Spreadsheet) a month of loans and holds each; browser bookmarks (and Raindrop.io's HTML or CSV export) a folder each; a read-later export (Pocket's, Instapaper's) a list each; Google Maps' saved places or reviews a note, a saved list its note; a Daylio export a day of entries at a time; a Strava archive's activities.csv a month of activities each; a LinkedIn archive's messages.csv a conversation each, its Connections.csv a month of connections each, its Positions.csv one note; Amazon's order history (Retail.OrderHistory.1.csv) a month of orders each; Uber's rides (trips_data.csv) or Eats orders (eats_order_details.csv) a month each; Spotify's streaming history a day of listening each, its Playlist1.json a playlist each, its YourLibrary.json one note; Apple Music's Play Activity.csv a day of listening each (its Library Tracks.json and Likes and Dislikes.csv into the same days, its Library Playlists.json a playlist each); a Last.fm export (lastfm.ghan.nl's CSV or JSON, Last.fm to csv's rows) a day of scrobbles each, its loved tracks into the same days; Overcast's OPML export a day of episodes listened to or recommended each, its podcasts one note, its playlists a note each; Netflix's viewing history (NetflixViewingHistory.csv, a download's ViewingActivity.csv) a day of a profile's viewing each, its Ratings.csv and MyList.csv one note each; Google Photos' album (its metadata.json) a note, a year's photos (its folder's first sidecar) a note per day, read from the folder a sidecar at a time; a Reddit export's posts.csv or comments.csv a post each (with the comments under it), its messages.csv a thread each; YouTube's watch or search history (Google Takeout) a day each, its comments.csv a video's comments each, its subscriptions.csv one note; Google's My Activity (MyActivity.json of Search, Chrome, Maps …) or Chrome's History.json from Takeout a day each; Gemini's My Activity (MyActivity.json of Gemini Apps) its prompts within 30 minutes of each other a conversation each; an
 * X archive's posts a day, its direct messages a conversation, each; a Mastodon archive's posts a day (a thread with its first post's), its profile one; a WordPress export a post or page at a time, then its approved comments; a Substack export's posts.csv a post at a time (a post's body beside it, posts/<post_id>.html, that post); a Facebook download's posts a day, its comments a day; an Instagram download's posts, reels, stories or comments a day; a Snapchat download's chat_history.json a conversation each; a Google Voice file of Takeout (a text conversation, a group's, a voicemail) one; a DiscordChatExporter file or a Discord data package's channel (messages.json, messages.csv) one; a Skype export's messages.json a chat or group each; Google Hangouts' Hangouts.json a Hangouts conversation each; Element's JSON export of a Matrix room one; TikTok's download each chat of its direct messages, then a day of its posts or comments, each; a Roam graph a page at a time; a Trello board one note (in parts past
 * trello.ts MAX_HELD_CHARS); a TickTick backup a note per list and per note (ticktick.ts); an Obsidian canvas one note (canvas.ts); a Google Maps Timeline file (a Takeout month, the phone's Timeline.json) a day of places and journeys each (timeline.ts); a bank's statement (Monzo's export, Revolut's; Venmo's statement, PayPal's activity download; YNAB's Register) a month of each account's transactions each, YNAB's Plan a month of its categories each, a Splitwise group's export a month of its expenses and payments each, Monarch's, Copilot's and Mint's transactions a month of each account's each, Cash App's statement export a month each (bank.ts, venmo.ts, paypal.ts, ynab.ts, splitwise.ts, monarch.ts, copilot.ts, mint.ts, cashapp.ts); Apple Health's export.xml a day of workouts, sleep and totals each, given at its end (applehealth.ts); a JSON file of Fitbit's export a day of its exercises, sleeps, steps, resting heart rate or weigh-ins each, given at its end (fitbit.ts); a JSON file of Garmin Connect's export a day of its activities, nights, steps and resting heart rate or weigh-ins each, given at its end (garmin.ts); a file of Oura's export (a CSV of its App Data folder, Oura Cloud's older JSON) a day of its sleep, scores, steps, workouts or tags each, given at its end (oura.ts); a file of Withings' export (weight.csv, bp.csv, sleep.csv, activities.csv, aggregates_steps.csv …) a day of its weigh-ins, readings, nights, activities or totals each, given at its end (withings.ts); a file of a habit tracker's export (Loop Habit Tracker's Checkmarks.csv, read twice) a day of habits each, Loop's Habits.csv one note of the habits, a habit's own Checkmarks.csv a paragraph per note typed in its day's note, HabitBull's CSV its habits' note and a day each, given at its end (habits.ts); a CSV of MyFitnessPal's export a day of its meals, exercises or measurements each, given at its end (myfitnesspal.ts); a CSV of Cronometer's export a day of its summary, meals, exercises, readings or notes each, given at its end (cronometer.ts); a Foursquare export's check-ins (checkins1.json …) a day of check-ins each on their own clock, its tips.json one note, given at its end (swarm.ts); Untappd's check-in history, CSV or JSON, a day of check-ins each, given at its end (untappd.ts); a Polarsteps trip.json a note per step on the step's own clock as it is read, then the trip's summary a note (polarsteps.ts); MyAnimeList's export of an anime or a manga list (gzipped as it downloads, or gunzipped) one note of its entries, given at its end (myanimelist.ts); Anki's "Notes in Plain Text" export a deck's notes a note each, given at its end (anki.ts).
 */
const FILE_READERS: Record<FileFormat, (file: string, head: FileHead, opts: ReaderOptions) => AsyncIterable<ParsedConversation>> = {
  text: (file, _head, opts) => one(parseTextTranscript(file, opts)),
  // (a TextBundle's text, Bear's or Ulysses' "<Title>.textbundle/text.markdown", is the note its bundle names, of the day its info.json says)
  note: (file, _head, opts) => one(isBundleText(file) ? parseTextBundle(file, opts) : parseNote(file, opts)),
  // (a whole account's export, "Export Telegram data", a chat at a time, each as its own export reads it)
  telegram: (file, head, opts) =>
    isTelegramAccountExport(head.text.trimStart()) ? parseTelegramAccount(file, opts) : one(parseTelegram(file, head.text.trimStart(), opts)),
  email: (file, _head, opts) => parseEmail(file, opts),
  dayone: (file, _head, opts) => parseDayOne(file, opts),
  // (a Journey diary's entry, one <id>.json of its export: one note)
  journey: (file, _head, opts) => one(parseJourney(file, opts)),
  // (a Diaro backup's DiaroBackup.xml: each entry a note, streamed)
  diaro: (file, _head, opts) => parseDiaro(file, opts),
  simplenote: (file, _head, opts) => parseSimplenote(file, opts),
  standardnotes: (file, _head, opts) => parseStandardNotes(file, opts),
  googletasks: (file, _head, opts) => parseGoogleTasks(file, opts),
  enex: (file, _head, opts) => parseEnex(file, opts),
  sms: (file, _head, opts) => parseSmsBackup(file, opts),
  // (a WordPress export: each post and page a note, as it is read, then its approved comments a conversation)
  wordpress: (file, head, opts) => parseWordPress(file, head.text, opts),
  // (a Substack export's posts.csv, each post a note with its body from posts/ beside it; or one post's body, posts/<post_id>.html, with its row)
  substack: (file, _head, opts) => parseSubstack(file, opts),
  // (a page of Medium's export: a story, response or draft a note; a page of highlights, claps or bookmarks a conversation of records)
  medium: (file, _head, opts) => parseMedium(file, opts),
  imessage: (file, _head, opts) => one(parseImessage(file, opts)),
  line: (file, _head, opts) => one(parseLine(file, opts)),
  // (a KakaoTalk chat: the PC app's or a phone's text, or the Mac app's CSV, one conversation)
  kakaotalk: (file, _head, opts) => one(parseKakaoTalk(file, opts)),
  // (an IRC client's log, WeeChat's, irssi's, HexChat's, ZNC's or The Lounge's: a day of its channel or query a conversation, each as its day ends)
  irc: (file, _head, opts) => parseIrc(file, opts),
  captions: (file, _head, opts) => one(parseCaptions(file, opts)),
  // (a Zoom meeting's saved chat, meeting_saved_chat.txt: one conversation, of the day its Zoom folder names)
  zoomchat: (file, _head, opts) => one(parseZoomChat(file, opts)),
  // (a Signal chat as signal-export writes it: its data.json or chat.md, told by its start, one conversation)
  signal: (file, head, opts) => one(parseSignal(file, head.text, opts)),
  twitter: (file, _head, opts) => parseTwitter(file, opts),
  // (a Mastodon archive's outbox.json, a day of posts at a time, or its actor.json, the profile, told by its start)
  mastodon: (file, head, opts) => parseMastodon(file, head.text, opts),
  // (a Facebook download's posts, a day of them at a time, or its comments, a day of them at a time, told by its start)
  facebook: (file, head, opts) => parseFacebook(file, head.text, opts),
  // (an Instagram download's posts, reels, stories or comments, a day of them at a time, told by its start)
  instagram: (file, head, opts) => parseInstagram(file, head.text, opts),
  // (a Snapchat download's chat_history.json, a conversation at a time; friends.json beside it names their people)
  snapchat: (file, _head, opts) => parseSnapchat(file, opts),
  // (a Skype export's messages.json, streamed a chat at a time; its userId, the account's, read from its start)
  skype: (file, head, opts) => parseSkype(file, head.text, opts),
  // (Google Hangouts' Hangouts.json of Takeout, either shape, streamed: each Hangouts conversation as it is read)
  hangouts: (file, _head, opts) => parseHangouts(file, opts),
  // (Element's JSON export of a Matrix room, streamed: one conversation, its edits and reactions folded into their messages)
  matrix: (file, _head, opts) => one(parseMatrix(file, opts)),
  // (TikTok's download in JSON, streamed: each chat of its direct messages a conversation as it is read, then a day of posts or of comments each)
  tiktok: (file, head, opts) => parseTikTok(file, head.text, opts),
  vcard: (file, _head, opts) => parseVcard(file, opts),
  messenger: (file, _head, opts) => one(parseMessenger(file, opts)),
  slack: (file, _head, opts) => one(parseSlackDay(file, opts)),
  // (a DiscordChatExporter file, or a Discord data package's channel, messages.json or messages.csv, told by its start)
  discord: (file, head, opts) =>
    one(isDiscordPackageMessages(head.text.trimStart(), file) ? parseDiscordPackage(file, head.text, opts) : parseDiscord(file, head.text.trimStart(), opts)),
  googlechat: (file, _head, opts) => one(parseGoogleChat(file, opts)),
  // (a Google Voice file of Takeout's Voice/Calls/: a text conversation, or a voicemail a turn of its caller's conversation; a call with no words refused as a note with no text)
  googlevoice: (file, _head, opts) => one(parseGoogleVoice(file, opts)),
  keep: (file, _head, opts) => one(parseKeep(file, opts)),
  ics: (file, _head, opts) => one(parseIcs(file, opts)),
  // (a Kindle's My Clippings.txt, a book each; or the Kindle app's notebook of a book, told by its start, an HTML page: that book's)
  kindle: (file, head, opts) => (opensAsNotebook(head.text.trimStart()) ? one(parseKindleNotebook(file, opts)) : all(parseKindle(file, opts))),
  roam: (file, _head, opts) => parseRoam(file, opts),
  readwise: (file, _head, opts) => parseReadwise(file, opts),
  // (Hypothesis annotations: the sidebar's JSON export, hypexport's file or the API's search response, a page each, read twice: who wrote what, then the annotations; or the sidebar's CSV export, its page)
  hypothesis: (file, head, opts) => (/^[[{]/.test(head.text.trimStart()) ? parseHypothesis(file, opts) : one(parseHypothesisCsv(file, opts))),
  todoist: (file, _head, opts) => one(parseTodoist(file, opts)),
  // (TickTick's backup: a list's tasks a note, given at the file's end; each note a note of its own, as it is read)
  ticktick: (file, _head, opts) => parseTickTick(file, opts),
  trello: (file, _head, opts) => parseTrello(file, opts),
  // (an Obsidian canvas: its cards, groups and edges one note)
  canvas: (file, _head, opts) => one(parseCanvas(file, opts)),
  goodreads: (file, _head, opts) => parseGoodreads(file, opts),
  storygraph: (file, _head, opts) => parseStoryGraph(file, opts),
  // (a BibTeX library, streamed: each entry a note of the user's, then its abstract, the paper's words, as it is read)
  bibtex: (file, _head, opts) => parseBibtex(file, opts),
  // (Zotero's library exported as CSV, told by its header, streamed: each item a note of the user's as it is read)
  zotero: (file, _head, opts) => parseZotero(file, opts),
  letterboxd: (file, _head, opts) => parseLetterboxd(file, opts),
  // (one of IMDb's CSV exports, told by its header: the ratings, the watchlist, the check-ins or a list, one note of records)
  imdb: (file, head, opts) => parseImdb(file, head.text, opts),
  // (a file of Trakt's data export, told by its first item and its name: the history a day of viewing a note on the account's clock, the ratings,
  // watchlist, favorites, each custom list and the comments a note each; its aggregates, profile and settings no note)
  trakt: (file, head, opts) => parseTrakt(file, head.text, opts),
  // (Peloton's workouts CSV, told by its header: a day of classes a note of records)
  peloton: (file, head, opts) => parsePeloton(file, head.text, opts),
  // (Strong's or Hevy's workout export, told by its header: a day of workouts a note of records, read twice for its personal bests)
  strong: (file, head, opts) => parseStrong(file, head.text, opts),
  // (a Toggl Track Detailed report's CSV, told by its header: a day of time entries a note of records, the day's total last; --me naming a member reads only theirs)
  toggl: (file, head, opts) => parseToggl(file, head.text, opts),
  // (Libby's timeline, its Data (JSON) or its Spreadsheet (CSV), told by its start: a month of loans and holds a note of records)
  libby: (file, head, opts) => parseLibby(file, head.text, opts),
  // (a Netscape bookmark file, streamed, or Chrome's own Bookmarks JSON, or Raindrop.io's CSV export, told by its start)
  bookmarks: (file, head, opts) => (isRaindropCsv(head.text) ? parseRaindropCsv(file, opts) : parseBookmarks(file, head.text, opts)),
  // (Google Maps' Saved Places.json or Reviews.json, streamed a place at a time, or a saved list's CSV, told by its start)
  googlemaps: (file, head, opts) => parseGoogleMaps(file, head.text, opts),
  daylio: (file, _head, opts) => parseDaylio(file, opts),
  // (a Strava archive's activities.csv, a month of activities a note; its profile, gear and captions no note)
  strava: (file, _head, opts) => parseStrava(file, opts),
  // (a LinkedIn archive's messages.csv, a conversation each; its Connections.csv a month of connections a note, its Positions.csv one note; its other files no note)
  linkedin: (file, _head, opts) => parseLinkedIn(file, opts),
  // (a Reddit export's posts.csv or comments.csv, a note per post written or commented under; messages.csv a thread each, chat_history.csv a chat each; its id-only files no one's words)
  reddit: (file, _head, opts) => parseReddit(file, opts),
  // (YouTube's Takeout: its watch or search history a day a note, comments.csv a video's comments a note, subscriptions.csv one note; told by its start)
  youtube: (file, head, opts) => parseYouTube(file, head.text, opts),
  // (Google's My Activity of another product, or Chrome's History.json, from Takeout: a day a note; told by its start)
  myactivity: (file, head, opts) => parseMyActivity(file, head.text, opts),
  // (Gemini's My Activity from Takeout, MyActivity.json of Gemini Apps: read twice, its prompts within 30 minutes of each other a conversation each)
  gemini: (file, head, opts) => parseGemini(file, head.text, opts),
  // (Pocket's CSV or HTML export, or Instapaper's CSV, told by its start; a list of either a note)
  readlater: (file, head, opts) => parseReadLater(file, head.text, opts),
  // (Amazon's order history, Retail.OrderHistory.1.csv: a month of orders a note, each order a paragraph with its returns; the download's other files no note)
  amazon: (file, _head, opts) => parseAmazon(file, opts),
  // (Uber's download, told by its header: trips_data.csv a month of rides a note, eats_order_details.csv a month of Eats orders a note; its other files no note)
  uber: (file, _head, opts) => parseUber(file, opts),
  // (a bank's statement, Monzo's export or Revolut's, Venmo's statement, PayPal's activity download or YNAB's Register, told by its header: a month of
  // each account's transactions a note, each transaction a paragraph (Monarch Money's transactions and Copilot Money's export too, Monarch's balance
  // history each account's last balance of a month; Cash App's statement export a month a note, Mint's export each account's month); YNAB's Plan a month of its categories a note; a Splitwise group's export a month
  // of the group's expenses and payments a note, with --me naming the user; an OFX, QFX or QIF download is
  // read before a text file's checks, parseExport)
  bank: (file, head, opts) =>
    isVenmoStatement(head.text)
      ? parseVenmo(file, opts)
      : isPayPalActivity(head.text)
        ? parsePayPal(file, opts)
        : isYnabCsv(head.text)
          ? parseYnab(file, opts)
          : isSplitwiseExport(head.text)
            ? parseSplitwise(file, opts)
            : isMonarchCsv(head.text)
              ? parseMonarch(file, opts)
              : isCopilotCsv(head.text)
                ? parseCopilot(file, opts)
                : isCashAppCsv(head.text)
                  ? parseCashApp(file, opts)
                  : isMintCsv(head.text)
                    ? parseMint(file, opts)
                    : parseBank(file, opts),
  // (Spotify's download: a streaming history a day of listening a note, Playlist1.json a playlist a note, YourLibrary.json one note; told by its start; its other files no note)
  spotify: (file, head, opts) => parseSpotify(file, head.text, opts),
  // (Netflix: the Viewing activity page's NetflixViewingHistory.csv, or a download's ViewingActivity.csv, a day of a profile's viewing a note; its
  // Ratings.csv and MyList.csv one note each; its SearchHistory.csv in the day notes; --me naming a profile reads only that one's rows)
  netflix: (file, _head, opts) => parseNetflix(file, opts),
  // (Google Photos of Takeout: an album's metadata.json its album a note, a year folder's first sidecar its photos in no album a note per day, read a sidecar at a time; another sidecar its one photo)
  googlephotos: (file, head, opts) => parseGooglePhotos(file, head.text, opts),
  // (Google Maps Timeline: a Takeout month of Semantic Location History, or the phone's Timeline.json, a day of places and journeys a note; told by its start; Records.json, Settings.json and Timeline Edits.json no note)
  timeline: (file, head, opts) => parseTimeline(file, head.text, opts),
  // (Apple Health's export.xml, streamed: a day of workouts, sleep, steps, resting heart rate and weight a note, given at the file's end; the export's other files no note)
  applehealth: (file, _head, opts) => parseAppleHealth(file, opts),
  // (a JSON file of Fitbit's export, told by its start: its exercises, sleep logs, steps, resting heart rate or weigh-ins, a day a note, given at the file's end; the export's other files no note)
  fitbit: (file, head, opts) => parseFitbit(file, head.text, opts),
  // (a JSON file of Garmin Connect's export, told by its start: its activities, nights, daily summaries or weigh-ins, a day a note of records, given at the file's end; the export's other files no note)
  garmin: (file, head, opts) => parseGarmin(file, head.text, opts),
  // (a file of Oura's export, told by its start: a CSV of its App Data folder or Oura Cloud's older JSON, a day a note of records, given at the file's end; the export's other files no note)
  oura: (file, head, opts) => parseOura(file, head.text, opts),
  // (a file of Withings' export, told by its header (its day totals by their names): its weigh-ins, readings, nights, activities or a day's totals, a day a note of records, given at the file's end; the export's other files no note)
  withings: (file, head, opts) => parseWithings(file, head.text, opts),
  // (a table of Samsung Health's export, told by its first line: a day's steps, nights, weigh-ins, workouts or blood pressure, a day a note of records, given at the file's end; the export's other tables and jsons/ no note)
  samsunghealth: (file, head, opts) => parseSamsungHealth(file, head.text, opts),
  // (a CSV of WHOOP's export, told by its header: its cycles' recovery and strain, its sleeps, workouts or journal answers, a day a note of records, given at the file's end)
  whoop: (file, head, opts) => parseWhoop(file, head.text, opts),
  // (Sleep Cycle's sleepdata.csv, told by its header: each night in its evening's note, a day a note of records, given at the file's end)
  sleepcycle: (file, head, opts) => parseSleepCycle(file, head.text, opts),
  // (a CSV of Cronometer's export, told by its header: its daily summary, servings, exercises, biometrics or notes, a day a note of records, given at the file's end)
  cronometer: (file, head, opts) => parseCronometer(file, head.text, opts),
  // (a file of Google Fit's Takeout, told by its start: the daily activity metrics, a day a note of records given at the file's end, or a
  // session, a paragraph of its day's note; the 15-minute rows, raw points and tracks no note)
  googlefit: (file, head, opts) => parseGoogleFit(file, head.text, opts),
  // (Apple Music's export, told by its start: Apple Music Play Activity.csv a day of listening a note, streamed; Library Tracks.json and Likes and
  // Dislikes.csv into the same days; Library Playlists.json a playlist a note; its other files no note)
  applemusic: (file, head, opts) => parseAppleMusic(file, head.text, opts),
  // (a Last.fm export, told by its start: ghan's Recent Tracks CSV or JSON, benjaminbenben's headerless CSV; a day of scrobbles a note, streamed; loved tracks in their days)
  lastfm: (file, head, opts) => parseLastfm(file, head.text, opts),
  // (Overcast's OPML export, streamed: a day of episodes listened to or recommended a note, given at the file's end; the podcasts one note, each playlist a note)
  overcast: (file, _head, opts) => parseOvercast(file, opts),
  // (a CSV of MyFitnessPal's export, told by its header: its meals, exercises or measurements, a day a note of records, given at the file's end)
  myfitnesspal: (file, head, opts) => parseMyFitnessPal(file, head.text, opts),
  // (a file of Foursquare's data export, told by its start: check-ins a day a note on their own clock, tips one note, given at the file's end; its photos, visits, comments and ratings no note)
  swarm: (file, head, opts) => parseSwarm(file, head.text, opts),
  // (Untappd's check-in history, CSV or JSON, told by its start: a day of check-ins a note of records, given at the file's end)
  untappd: (file, head, opts) => parseUntappd(file, head.text, opts),
  // (a file of Polarsteps' export, told by its start: a trip.json's steps each a note on the step's own clock as they are read, then the trip's summary a note; its GPS track and profile no note)
  polarsteps: (file, head, opts) => parsePolarsteps(file, head.text, opts),
  // (a file of a habit tracker's export, told by its header: Loop's Checkmarks.csv a day a note, streamed (read twice); its Habits.csv one note; a habit's own
  // Checkmarks.csv its notes in their days; HabitBull's CSV its habits' note and a day a note, given at the file's end; Loop's scores no note)
  habits: (file, head, opts) => parseHabits(file, head.text, opts),
  // (a flight log, Flighty's export or myFlightradar24's, told by its header: a day of flights a note of records, given at the file's end)
  flights: (file, head, opts) => parseFlights(file, head.text, opts),
  // (MyAnimeList's list export gunzipped, told by its <myanimelist> root: one note of the list's entries, given at the file's end)
  myanimelist: (file, _head, opts) => parseMyAnimeList(file, opts),
  // (an Emacs Org file: its days' notes, then the rest's note, given at the file's end or as they pass held-notes.ts' bound)
  orgmode: (file, _head, opts) => parseOrg(file, opts),
  // (Anki's "Notes in Plain Text" export: a deck's notes a note, given at the file's end; its header read from its start)
  anki: (file, head, opts) => parseAnki(file, head.text, head.complete, opts),
};

/** Whether `format` is read by a reader of its own ({@link FILE_READERS}), not as a JSON array of conversations. */
function isFileFormat(format: ImportFormat | "json"): format is FileFormat {
  return format in FILE_READERS;
}

/**
 * Yields the conversations of the export `file` one at a time, reading it as a stream: memory
 * holds one read chunk and one conversation, whatever the file size. The format is
 * `opts.format`, else detected as {@link detectFormat} does, from the same read (a JSON export's
 * first item is parsed once, for its format and its conversation; a Roam graph, told by its first
 * page, is handed to its own reader, roam.ts, which reads the file from its start). A text transcript is one conversation.
 *
 * Errors are thrown when reached: a fault in item 7 (or a truncated end) is thrown after items
 * 0–6 were yielded. To change nothing on a bad file, run {@link validateExport} first.
 * @throws ImportError (file + location: JSON path, byte/line/column, or line) for any bad input;
 *   Node's fs errors when the file cannot be read.
 */
export async function* parseExport(file: string, opts: ParseOptions = {}): AsyncGenerator<ParsedConversation> {
  if (opts.format !== undefined && !IMPORT_FORMATS.includes(opts.format)) {
    throw new ImportError(file, "format", `unknown format ${JSON.stringify(opts.format)}; expected one of ${IMPORT_FORMATS.join(", ")}`);
  }
  // (an Outlook message, .msg, is no text: a compound file told by its first bytes and its property streams, read as email; Word's, Excel's
  // and PowerPoint's 97–2003 files, compound files too, refused saying what they are)
  if ((opts.format === undefined || opts.format === "email") && (await isCompoundFile(file))) {
    const message = await parseOutlookMsg(file, { onProgress: opts.onProgress });
    opts.onFormat?.("email");
    if (message) yield checkMessageSizes(file, message, null);
    return;
  }
  // (a bank's OFX, QFX or QIF download, told by its first bytes before a text file's checks: its text is Windows-1252 in some, no UTF-8)
  const statement = opts.format === undefined || opts.format === "bank" ? await statementFileKind(file) : null;
  if (statement) {
    opts.onFormat?.("bank");
    for await (const conv of statement === "qif" ? parseQif(file, { onProgress: opts.onProgress }) : parseOfx(file, { onProgress: opts.onProgress }))
      yield checkMessageSizes(file, conv, null);
    return;
  }
  // (MyAnimeList's list export as it downloads, animelist_<epoch>_-_<user id>.xml.gz: gzip, told by its first bytes and its start inflated,
  // before a text file's checks; given as the format, any gzipped file, refused by its reader when it is no such export)
  if (opts.format === "myanimelist" ? await isGzipFile(file) : opts.format === undefined && (await isMyAnimeListGzip(file))) {
    opts.onFormat?.("myanimelist");
    for await (const conv of parseMyAnimeList(file, { onProgress: opts.onProgress })) yield checkMessageSizes(file, conv, null);
    return;
  }
  // (a PDF, a Word document, an RTF document or an OpenDocument text is no text to read as is: told by its first bytes, before a text file's checks)
  // (and a browser's history, places.sqlite, History, History.db: a SQLite database told by its first bytes and its tables)
  // (and a Kobo's KoboReader.sqlite, a SQLite database: told by its first bytes and its tables, any other SQLite database refused saying so)
  // (and a Bluesky repository's CAR export: told by its header and first blocks, any other CAR file refused saying so)
  const given =
    opts.format ??
    ((await documentKind(file))
      ? "document"
      : (await isBrowserHistory(file))
        ? "browser"
        : (await isKoboDatabase(file))
          ? "kobo"
          : (await isBlueskyRepo(file))
            ? "bluesky"
            : undefined);
  if (given === "document") {
    opts.onFormat?.("document");
    yield checkMessageSizes(file, await parseDocument(file, { onProgress: opts.onProgress }), null);
    return;
  }
  if (given === "bluesky") {
    opts.onFormat?.("bluesky");
    for await (const conv of parseBluesky(file, { onProgress: opts.onProgress })) yield checkMessageSizes(file, conv, null);
    return;
  }
  if (given === "browser") {
    opts.onFormat?.("browser");
    for await (const conv of parseBrowser(file, { onProgress: opts.onProgress })) yield checkMessageSizes(file, conv, null);
    return;
  }
  if (given === "kobo") {
    opts.onFormat?.("kobo");
    for await (const conv of parseKobo(file, { onProgress: opts.onProgress })) yield checkMessageSizes(file, conv, null);
    return;
  }
  const head = await inspectFile(file);
  const format = given ?? formatOfHead(file, head);
  if (format !== "json") opts.onFormat?.(format);
  if (isFileFormat(format)) {
    // (a Telegram, Discord or Google Chat chat's messages are named as a JSON export's: by their index in the file)
    for await (const conv of FILE_READERS[format](file, head, { onProgress: opts.onProgress, me: opts.me }))
      yield checkMessageSizes(file, conv, format === "telegram" || format === "discord" || format === "googlechat" ? 0 : null);
    return;
  }
  // a JSON export whose format is not given is told by its first item, as it is read for its conversation
  let toConversation = format === "json" ? null : ITEM_PARSERS[format];
  // (a first item that is a Roam page: the graph is read by its own reader, from the file's start)
  let handedOver: FileFormat | null = null;
  for await (const item of streamJsonArray(file, { onProgress: opts.onProgress, elideStringsOver: LONG_STRING_BYTES })) {
    if (!toConversation) {
      const first = await formatOfFirstItem(file, item);
      opts.onFormat?.(first);
      if (isFileFormat(first)) {
        handedOver = first;
        break;
      }
      toConversation = ITEM_PARSERS[first];
    }
    yield checkMessageSizes(file, await convertItem(file, item, toConversation), item.index);
  }
  if (handedOver) {
    for await (const conv of FILE_READERS[handedOver](file, head, { onProgress: opts.onProgress, me: opts.me })) yield checkMessageSizes(file, conv, null);
    return;
  }
  if (!toConversation) throw emptyArrayError(file);
}

/**
 * Refuses a conversation holding a message longer than MAX_MESSAGE_CHARS (core/ingest/passages.ts).
 * @param index the conversation's index in a JSON export, null for a text file (the message is then named by its line)
 * @throws ImportError `<file>: [index] message <id>: …` or `<file>: line N: …`
 */
export function checkMessageSizes(file: string, conv: ParsedConversation, index: number | null): ParsedConversation {
  const big = conv.turns.find((t) => t.text.length > MAX_MESSAGE_CHARS);
  if (!big) return conv;
  throw messageTooLong(file, conv, big, index, big.text.length.toLocaleString("en-US"));
}

/** What a full parse of an export found. */
export interface ExportSummary {
  format: ImportFormat;
  conversations: number;
  turns: number;
  /** File size in bytes. */
  bytes: number;
  /** Earliest and latest turn time, epoch ms UTC (null when there is no turn). */
  firstTurnAt: number | null;
  lastTurnAt: number | null;
}

/**
 * Parses the whole export without keeping anything (a dry run, or the validation pass before an
 * import so that a bad file changes nothing) and returns what it holds.
 * @throws ImportError for the first fault in the file (see {@link parseExport}).
 */
export async function validateExport(file: string, opts: ParseOptions = {}): Promise<ExportSummary> {
  // (the file's format, not its conversations': a Google Keep note is read as a note)
  let format: ImportFormat | null = opts.format ?? null;
  let bytes = 0;
  const summary = { conversations: 0, turns: 0, firstTurnAt: null as number | null, lastTurnAt: null as number | null };
  const onProgress = (read: number, total: number): void => {
    bytes = total;
    opts.onProgress?.(read, total);
  };
  for await (const conv of parseExport(file, { ...opts, onProgress, onFormat: (f) => (format = f) })) {
    summary.conversations++;
    summary.turns += conv.turns.length;
    for (const t of conv.turns) {
      if (summary.firstTurnAt === null || t.occurredAt < summary.firstTurnAt) summary.firstTurnAt = t.occurredAt;
      if (summary.lastTurnAt === null || t.occurredAt > summary.lastTurnAt) summary.lastTurnAt = t.occurredAt;
    }
  }
  return { format: format ?? (await detectFormat(file)), bytes, ...summary };
}

export { detectFormat } from "./detect.js";
export { ImportError } from "./kit/types.js";
export type { ImportFormat, ParsedConversation, ParsedTurn, ParseOptions } from "./kit/types.js";

// Why a file found in a folder the user imports is passed over unread, in words (passedOverInFolder): each export's advice,
// asked in turn of the format readers (core/ingest) and of import-passed-over-notes.ts.
import { existsSync, readdirSync } from "node:fs";
import { fileStart } from "../ingest/kit/file-start.js";
import { basename, dirname, join } from "node:path";
import { detectFormat } from "../ingest/detect.js";
import { captionsCopy } from "../ingest/chats/captions.js";
import { zoomChatCopy } from "../ingest/chats/zoomchat.js";
import { ankiPackagePassedOver } from "../ingest/notes/anki.js";
import { deepseekPassedOver } from "../ingest/chats/deepseek.js";
import { kakaotalkPassedOver } from "../ingest/chats/kakaotalk.js";
import { ircPassedOver } from "../ingest/chats/irc.js";
import { signalPassedOver } from "../ingest/chats/signal.js";
import { stravaPassedOver } from "../ingest/health/strava.js";
import { applehealthPassedOver } from "../ingest/health/applehealth.js";
import { fitbitPassedOver } from "../ingest/health/fitbit-export.js";
import { garminPassedOver } from "../ingest/health/garmin-export.js";
import { ouraPassedOver } from "../ingest/health/oura-export.js";
import { withingsPassedOver } from "../ingest/health/withings-export.js";
import { samsungPassedOver } from "../ingest/health/samsunghealth-export.js";
import { googleFitPassedOver } from "../ingest/health/googlefit-export.js";
import { appleMusicPassedOver } from "../ingest/media/applemusic-export.js";
import { redditPassedOver } from "../ingest/social/reddit.js";
import { linkedinPassedOver } from "../ingest/social/linkedin.js";
import { amazonPassedOver } from "../ingest/money/amazon.js";
import { uberPassedOver } from "../ingest/places/uber.js";
import { spotifyPassedOver } from "../ingest/media/spotify.js";
import { traktPassedOver } from "../ingest/media/trakt-files.js";
import { myAnimeListPassedOver } from "../ingest/media/myanimelist.js";
import { netflixPassedOver } from "../ingest/media/netflix.js";
import { timelinePassedOver } from "../ingest/places/timeline.js";
import { swarmPassedOver } from "../ingest/places/swarm.js";
import { polarstepsPassedOver } from "../ingest/places/polarsteps.js";
import { habitsPassedOver } from "../ingest/notes/habits-export.js";
import { orgPassedOver } from "../ingest/notes/orgmode.js";
import { mastodonPassedOver } from "../ingest/social/mastodon.js";
import { facebookPassedOver } from "../ingest/social/facebook.js";
import { instagramPassedOver } from "../ingest/social/instagram.js";
import { snapchatPassedOver } from "../ingest/social/snapchat.js";
import { skypePassedOver } from "../ingest/chats/skype.js";
import { matrixPassedOver } from "../ingest/chats/matrix.js";
import { discordPackagePassedOver } from "../ingest/chats/discord-package.js";
import { journeyPassedOver } from "../ingest/notes/journey.js";
import { diaroPassedOver } from "../ingest/notes/diaro.js";
import { googleVoicePassedOver } from "../ingest/chats/googlevoice.js";
import { googlePhotosPassedOver } from "../ingest/media/googlephotos.js";
import { youtubePassedOver } from "../ingest/media/youtube.js";
import { myActivityPassedOver } from "../ingest/web/myactivity.js";
import { geminiPassedOver } from "../ingest/web/gemini.js";
import { browserPassedOver, isHistoryInFolder } from "../ingest/web/browser.js";
import { koboPassedOver } from "../ingest/reading/kobo.js";
import { blueskyPassedOver } from "../ingest/social/bluesky.js";
import { outlookMsgPassedOver } from "../ingest/chats/outlook-msg.js";
import { substackPassedOver } from "../ingest/social/substack.js";
import { mediumPassedOver } from "../ingest/social/medium.js";
import { bundlePassedOver, isSimplenoteJson, standardNotesCopy } from "./import-passed-over-notes.js";

/**
 * Why a file found in a folder the user imports is passed over unread, in words, or null when it is
 * read: a note's `.txt` copy that Simplenote's export writes beside its `source/` folder (`notes.zip`
 * unzipped: `source/notes.json`, `Golf-service.txt`, `trash/Gym-locker-code-4471.txt`; or beside
 * `notes.json` itself), the note notes.json holds and is imported from ("a copy of a note in
 * Simplenote's source/notes.json, imported from there"), or a trashed note's ("a note in Simplenote's
 * trash, not imported"); a copy of an item a Standard Notes decrypted backup writes under `Items/<kind>/`
 * beside its backup file ({@link standardNotesCopy}). Only a .txt is asked about; notes.json and the
 * backup file are known by their start (detect.ts). Besides, a TextBundle's ({@link bundlePassedOver}): a
 * zipped one or a Bear backup, to unzip, and the text of a note in Bear's trash. A Zoom cloud recording's live captions
 * (`GMT…_Recording.cc.vtt`) beside its transcript (`GMT…_Recording.transcript.vtt`), and a local recording's or a saved meeting's
 * (`closed_caption.txt`, `meeting_saved_closed_caption.txt`) beside a transcript of the meeting (a `.vtt` or `.srt`), the same meeting's
 * words (captions.ts `captionsCopy`). A Zoom local recording's `chat.txt` beside the meeting's saved chat (`meeting_saved_chat.txt`), the
 * recorded part of the same chat (zoomchat.ts `zoomChatCopy`). A `.log` or `.weechatlog` that is no IRC client's log of a channel or a query: an
 * app's or a server's log, or a client's buffer of the server (WeeChat's `irc.server.libera.weechatlog` and `core.weechat.weechatlog`,
 * HexChat's `server.log`, ZNC's `status/` window, The Lounge's lobby: irc.ts `ircPassedOver`). A file a phone's KakaoTalk export ("Save as documents") saved beside the chat's
 * `Talk_….txt`, named by when it was shared ("20231030_123053.txt", "20231114_042004.docx": an attachment, not the chat's words;
 * kakaotalk.ts `kakaotalkPassedOver`). A file under an unzipped Strava archive's `activities/`, `media/` or `routes/` (a recorded track, a photo,
 * a planned route: strava.ts `stravaPassedOver`). A file of an unzipped Apple Health export but its export.xml: its export_cda.xml (the same
 * measurements as a clinical document), a workout's route under `workout-routes/`, an ECG under `electrocardiograms/` and a provider's
 * record under `clinical-records/` (applehealth.ts `applehealthPassedOver`). A file of an unzipped Fitbit export (Takeout's `Fitbit/`, the older
 * archive's `<Name>/`) but its exercise-N.json, sleep-….json, steps-….json, resting_heart_rate-….json and weight-….json: the heart-rate samples
 * (heart_rate-….json, never opened), calories, distance, active minutes and the other measures, badges, food and water logs, Profile.csv (read
 * for the export's clock), the folders of scores, readings and settings, Google's `*_GoogleData` copies and Fitbit's README guides
 * (fitbit-export.ts `fitbitPassedOver`). A file of an unzipped Garmin Connect export (its `DI_CONNECT/`, or a folder of Garmin's other apps
 * beside it) but its …_summarizedActivities.json, …_sleepData.json, UDSFile_….json and …_userBioMetrics.json: the watch's uploaded FIT files
 * (zipped), the training metrics, the profile and settings, the devices, heart-rate zones, fitness age, health status, water and food logs,
 * personal records, gear and workouts (garmin-export.ts `garminPassedOver`). A CSV of an unzipped Oura export (its `App Data/`) but its daily files, sleep periods, workouts and tags: the heart-rate and temperature series, daytimestress.csv, sleeptime.csv (the bedtime advice), ringconfiguration.csv, ringbatterylevel.csv, session.csv, the cardiovascular age and VO2 max estimates (oura-export.ts `ouraPassedOver`). A file of an unzipped Withings export (a folder holding bp.csv, aggregates_steps.csv, raw_hr_hr.csv or signal.csv …) but its weight.csv, bp.csv, sleep.csv, activities.csv, height.csv, aggregates_steps.csv, aggregates_calories_earned.csv and manual_spo2.csv: Withings' README.txt, the devices' samples (raw_*.csv), the other day totals, signal.csv and other.csv (the ECG), note.csv, pwv.csv and the account's files (withings-export.ts `withingsPassedOver`). A file of an unzipped Google Takeout's `Fit/` but its daily activity metrics and sessions: a day's 15-minute CSV, `All Data/`'s raw points and `Activities/`' tracks (googlefit-export.ts `googleFitPassedOver`). Loop Habit Tracker's scores, a Scores.csv beside its Habits.csv or in a habit's folder (`001 Meditate/Scores.csv`: each habit's strength, computed from the checkmarks read: habits-export.ts `habitsPassedOver`). A CSV of an unzipped Reddit export that holds no one's words: the ids and
 * links of what was saved, hidden or voted on (saved_posts.csv, saved_comments.csv, hidden_posts.csv, post_votes.csv,
 * comment_votes.csv), the subreddits subscribed to, the account's statistics.csv, and the posts', comments' and messages'
 * `*_headers.csv` without their bodies (reddit.ts `redditPassedOver`). A file of an unzipped LinkedIn archive but its messages.csv,
 * Connections.csv and Positions.csv: Profile.csv (read for whose the messages are), Invitations.csv, the AI chats
 * (guide_messages.csv, learning_role_play_messages.csv), the profile's education, skills and endorsements, the account's data
 * (Ad_Targeting.csv, Registration.csv …), the jobs applied for and saved (Jobs/…), an article published, as a web page
 * (Articles/Articles/….html) (linkedin.ts `linkedinPassedOver`); a CSV there that is another app's export by its header (detect.ts
 * tells a LinkedIn archive's CSV by its folder last) is read as that.
 * A Mastodon archive's likes.json and bookmarks.json (the posts favourited and bookmarked, as links only: mastodon.ts
 * `mastodonPassedOver`). YouTube's files of Google Takeout that hold no words to remember: its history as a web page
 * (watch-history.html, search-history.html, older my-comments.html: the reason says to choose JSON for History in Takeout), the
 * playlists (playlists.csv, a playlist's `<title>-videos.csv` of video ids), the account's channel.csv, its uploads' videos.csv
 * and its music library (youtube.ts `youtubePassedOver`). Google Takeout's index of its archive (archive_browser.html) and
 * My Activity as a web page (`My Activity/Search/MyActivity.html`: the reason says to choose JSON for Activity records in
 * Takeout) (myactivity.ts `myActivityPassedOver`). A file attached to a prompt to Gemini, beside MyActivity.json in Takeout's
 * `My Activity/Gemini Apps/` (a photo, a PDF, a recording: its name is kept with its prompt; gemini.ts `geminiPassedOver`). DeepSeek's
 * export's user.json beside its conversations.json (the account's phone number or email, no chat: deepseek.ts `deepseekPassedOver`). A Facebook download's likes and reactions (likes_and_reactions_1.json, by
 * its start: what was reacted to, no words), and its other `.json` that are none of its posts, comments or Messenger threads, said by
 * where they are (an album's list of photos, Messenger's data on the account, the profile, the friends, the account's records:
 * facebook.ts `facebookPassedOver`). An Instagram download's likes (liked_posts.json, liked_comments.json, by their start: what was
 * liked, no words), and its other `.json` that are none of its posts, reels, stories, comments or direct messages, said by where they
 * are (the posts saved, what was deleted, Instagram's data on the messages, the followers, the profile, the ads, the account's records:
 * instagram.ts `instagramPassedOver`). A Snapchat download's `json/` files but chat_history.json, said by their name (its snaps,
 * friends, account, profile, locations, Memories list and calls: no one's words; snapchat.ts `snapchatPassedOver`). A Kobo's files of its
 * `.kobo` folder but KoboReader.sqlite (Kobo eReader.conf, affiliate.conf, BookReader.sqlite: its settings and own data, no highlights) and any
 * `.sqlite` that is no Kobo's KoboReader.sqlite nor a browser's history (kobo.ts `koboPassedOver`). A browser's databases that hold no history:
 * Firefox's favicons.sqlite, cookies.sqlite, formhistory.sqlite … by their names, and a file named History or History.db that is no SQLite
 * database or another app's (browser.ts `browserPassedOver`). A `.car` that is no Bluesky repository's export (another CAR
 * file, an IPFS archive's, or no CAR file: bluesky.ts `blueskyPassedOver`). A Skype export's `media/<doc id>.json` beside its messages.json,
 * the description of a file shared in a chat (skype.ts `skypePassedOver`). An unzipped Discord data package's files but its channels'
 * messages.json and messages.csv, said by where they are: its analytics (`activity/`, gigabytes: never opened), `activities/`, the account
 * (`account/user.json`, read only for its friends' names; `avatar.png`), `servers/`, `programs/`, `ads/`, `support_tickets/`, `README.txt`,
 * `messages/index.json` and each channel's `channel.json` (read with its messages) (discord-package.ts `discordPackagePassedOver`). A Journey export's photos, videos and voice notes
 * (`<entry id>-<random>.jpg`, `.mp4`, `.m4a` …) beside their entry's `<entry id>.json` (journey.ts `journeyPassedOver`). A Diaro backup's photos (any file under the `media/` beside its DiaroBackup.xml, named in its entries) and an
 * encrypted backup's DiaroBackup.denc, said to back up again without encryption (diaro.ts `diaroPassedOver`). A file of an unzipped Amazon download ("Your
 * Orders": a folder holding Retail.OrderHistory.N) but its order history: Retail.CustomerReturns (each return told with its order),
 * Retail.OrdersReturned and its Payments, Retail.CartItems, Digital-Ordering (Kindle books, apps, subscriptions), invoices
 * (Retail.TransactionalInvoicing's PDFs), Amazon's README.txt guides and its other datasets (amazon.ts `amazonPassedOver`).
 * A file of an unzipped Uber download ("Uber Data": a folder whose Rider/ or Eats/ holds trips_data.csv, eats_order_details.csv or
 * their newer names) but its rides and Eats orders: eats_restaurant_names.csv (its names told with the orders), the app's analytics
 * (rider_app_analytics-0.csv), the ratings received, Account and Profile's profile, payment methods, saved places and support tickets,
 * Driver/'s records, Regional information/'s notice (For_California_users.txt) and Uber's guide (uber.ts `uberPassedOver`).
 * A file of an unzipped Spotify download (a folder holding a streaming history, Playlist1.json, YourLibrary.json or Userdata.json) but
 * its streaming histories, playlists and library: SearchQueries.json (searches logged as typed), Userdata.json, Identity.json, Payments.json,
 * Inferences.json, Marquee.json, Follow.json, Wrapped and Sound Capsule figures, the account's address and plan, its other JSON files, and
 * Spotify's Read_Me_First.pdf guide, which would otherwise be read as a document (spotify.ts `spotifyPassedOver`).
 * A file of an unzipped Trakt export (a folder holding its watched-history, ratings, watchlist, lists or watched aggregates) but its history,
 * ratings, watchlist, favorites, custom lists and comments: watched-movies.json and watched-shows.json (each title's plays, which the history
 * tells), watched-playback.json, collection-*, hidden-*, likes-*, network-*, notes-*, lists-lists.json (the lists' names, read with each
 * list), lists-collaborations.json, user-profile.json, user-settings.json (read for its time zone), user-stats.json and its other files
 * (trakt-files.ts `traktPassedOver`).
 * A file of Apple Music's export (Apple Media Services information: its `Apple Music Activity/` folder) but its Play Activity, Library
 * Tracks.json, Library Playlists.json and Likes and Dislikes.csv: the Play History Daily Tracks and Recently Played Tracks (the same
 * plays summed, read beside the activity for the artists' names), Track Play History, Library Activity.json, Identifier
 * Information.json, Apple Music - Favorites.csv and any other file of the folder (applemusic-export.ts `appleMusicPassedOver`).
 * A file of an unzipped Netflix download (a folder holding CONTENT_INTERACTION/) but its ViewingActivity.csv, Ratings.csv, MyList.csv and
 * SearchHistory.csv: the other interaction logs (IndicatedPreferences.csv, InteractiveTitles.csv, PlaybackRelatedEvents.csv), PROFILES/,
 * ACCOUNT/, PAYMENT_AND_BILLING/, DEVICES/, IP_ADDRESSES/, CLICKSTREAM/, CUSTOMER_SERVICE/, MESSAGES/ and Netflix's guides at its top
 * (Cover sheet.pdf), which would otherwise be read as a document (netflix.ts `netflixPassedOver`).
 * A file of Google Takeout's Location History that holds no place nor journey, told by its start: Records.json (every raw point the
 * phone reported), Settings.json and Timeline Edits.json (timeline.ts `timelinePassedOver`).
 * A file of Foursquare's data export that holds no check-in nor tip, told by its start: photos.json (the photos' links; the photos in pix/ are
 * no text), visits.json and unconfirmed_visits.json (where the phone noticed a stop), comments.json (naming no check-in), venueRatings.json
 * and lists.json (swarm.ts `swarmPassedOver`).
 * A file of Polarsteps' export that holds no trip: locations.json (the GPS track, told by its start), user.json (the account's profile and
 * settings) and a step's photos and videos (`<trip>_<id>/<slug>_<step id>/photos/…`, `videos/…`, beside the trip's trip.json)
 * (polarsteps.ts `polarstepsPassedOver`).
 * A file of Google Voice's Takeout folder that holds no words: a call's log (`Calls/… - Placed|Received|Missed|Recorded - ….html`),
 * a voicemail's or recorded call's audio (`….mp3`; a voicemail's transcript is read from its .html), a photo, video or voice message
 * sent in a text (`…Z-2-1.jpg`), and beside `Calls/` its `Phones.vcf` (the account's own numbers: not read as contacts), `Bills.html`
 * and `Greetings/` (googlevoice.ts `googleVoicePassedOver`).
 * A file of Google Photos' Takeout folder that is not read itself: a photo or a video (`IMG_0001.jpg`, `PXL_….mp4`, an edited copy
 * `…-edited.jpg`) beside sidecars, no words (Engram reads no text from a picture on import, no OCR; what Google Photos knows of it is in
 * its sidecar); a sidecar read with its folder (from its album's metadata.json, or a year's folder's first sidecar); Google Photos' own
 * print-subscriptions.json, shared_album_comments.json and user-generated-memory-titles.json (googlephotos.ts `googlePhotosPassedOver`).
 * A Matrix room's chat as Element exports it in another format than JSON: a page of its HTML export (`index.html`, `messages.html`,
 * `messages2.html` … of its unzipped folder, told by its start) or its plain text export (`matrix - <room> - Chat Export - <time>.txt`,
 * its first line "24/11/2026, 18:02:11 - …"), said to be exported again as JSON (matrix.ts `matrixPassedOver`).
 * A file of signal-export's folder that is no chat's words: any file under a chat's `media/` (an attachment, a photo or a .txt alike,
 * named in its message, never read), a chat's chat.md beside its data.json (the same messages, read from data.json), a group's
 * meta.json of `--chat-members`, and chat.js at the export's top (signal.ts `signalPassedOver`).
 * A file of an unzipped Substack export but its posts.csv: a post's body (`posts/<post_id>.html`, read with its row of posts.csv), the
 * subscribers' list (`email_list.<publication>.csv`) and a post's delivery, open or click log (`posts/<number>.opens.csv` …), other
 * people's email addresses (substack.ts `substackPassedOver`).
 * A page of an unzipped Medium export that holds no words of the user's: interests/, lists/, profile/, sessions/, blocks/, the follows,
 * partner-program/, ips.html and README.html, beside the export's posts/ (medium.ts `mediumPassedOver`).
 * An Anki package, a deck's `.apkg` or a collection's `.colpkg` (a ZIP of Anki's database): said to be exported from Anki as "Notes in
 * Plain Text" instead (anki.ts `ankiPackagePassedOver`).
 * A .msg, .doc, .xls or .ppt that is a compound file but no email Engram reads: Word's, Excel's and PowerPoint's 97–2003 files
 * (said to be saved as .docx or PDF, or a spreadsheet), an Outlook contact, calendar item, task or note saved as .msg, an encrypted
 * (S/MIME) message, or one larger than outlook-msg.ts MAX_MSG_BYTES (outlook-msg.ts `outlookMsgPassedOver`).
 * A gzipped file (`.gz`) that is no MyAnimeList list export, by its start inflated: Engram reads no other gzipped file (myanimelist.ts
 * `myAnimeListPassedOver`).
 * Emacs's copies beside Org files: a backup (`tasks.org~`), an auto-save (`#tasks.org#`), and an encrypted Org file (`journal.org.gpg`),
 * said to be decrypted first (orgmode.ts `orgPassedOver`).
 */
export async function passedOverInFolder(path: string): Promise<string | null> {
  // (Emacs's backup and auto-save copies of an Org file, and an encrypted one: its .org is read, or said to be decrypted)
  const org = orgPassedOver(path);
  if (org) return org;
  // (signal-export's folder: its chats' attachments, media/, named in their messages; a chat's chat.md beside its data.json, the same
  // messages; a group's meta.json of --chat-members; the script of its web pages)
  const signal = signalPassedOver(path);
  if (signal) return signal;
  // (a Substack export's posts' bodies, read with posts.csv; its subscribers' list and its posts' delivery and open logs: other people's data)
  const substack = substackPassedOver(path);
  if (substack) return substack;
  // (a Medium export's pages of no words of the user's: interests, lists, the profile, sessions, follows, ips.html, README.html)
  const medium = mediumPassedOver(path);
  if (medium) return medium;
  // (Google Voice's Takeout folder: its calls' logs, the audio, the photos sent in texts, Phones.vcf (the account's own numbers: no contacts), Greetings/ and Bills.html)
  const voice = googleVoicePassedOver(path);
  if (voice) return voice;
  // (Google Photos of Takeout: its photos and videos, no words (no text is read from a picture), its sidecars read with their album or folder, its own files)
  const photos = googlePhotosPassedOver(path);
  if (photos) return photos;
  // (an unzipped Discord data package's files but its channels' messages: its analytics, never opened, its account, servers, README)
  const discord = discordPackagePassedOver(path);
  if (discord) return discord;
  // (a Journey export's photos, videos and voice notes beside their entry's <id>.json: no words; the entry is read from its .json)
  const journey = journeyPassedOver(path);
  if (journey) return journey;
  // (a Diaro backup's photos, media/photo/… beside its DiaroBackup.xml: no words, named in their entries; an encrypted backup's DiaroBackup.denc, said to back up without encryption)
  const diaro = diaroPassedOver(path);
  if (diaro) return diaro;
  // (Element's chat export as HTML, its pages, or as plain text: said to export the room as JSON, not read as a note of markup or a transcript with no user)
  const element = matrixPassedOver(path, /\.(?:html?|txt)$/i.test(path) ? fileStart(path, 8192) : null);
  if (element) return element;
  // (a Skype export's media/<doc id>.json beside its messages.json: a shared file's description, no words; its message is read from messages.json)
  const skype = skypePassedOver(path);
  if (skype) return skype;
  // (a Strava archive's tracks, photos and routes: no words; each activity is read from its activities.csv)
  const strava = stravaPassedOver(path);
  if (strava) return strava;
  // (Apple Health's export but its export.xml: export_cda.xml, the workouts' routes, the ECGs and the providers' records: no note)
  const health = applehealthPassedOver(path);
  if (health) return health;
  // (Fitbit's export but its exercises, sleep, steps, resting heart rate and weigh-ins: the heart-rate samples (never opened), the other
  // measures, badges, food logs, Profile.csv, the scores' and readings' folders, Google's *_GoogleData copies, README guides)
  const fitbit = fitbitPassedOver(path);
  if (fitbit) return fitbit;
  // (Garmin Connect's export but its activities, nights, daily summaries and body records: the uploaded FIT files, metrics, the profile and
  // settings, the other measures and records, Garmin's other apps' folders)
  const garmin = garminPassedOver(path);
  if (garmin) return garmin;
  // (Oura's export but its sleep, daily scores, activity, workouts and tags: the heart-rate and temperature series, the day's stress every few
  // minutes, the bedtime advice, the ring's settings and battery, the app's sessions)
  const oura = ouraPassedOver(path);
  if (oura) return oura;
  // (Withings' export but its weigh-ins, readings, nights, activities and day totals: README.txt, the devices' samples, the ECG, the other
  // day totals, the temperature notes and the account's files)
  const withings = withingsPassedOver(path);
  if (withings) return withings;
  // (Samsung Health's export but its steps, sleep, weight, exercise and blood pressure: the watch's samples, the other tables, jsons/'s binned data)
  const samsung = samsungPassedOver(path);
  if (samsung) return samsung;
  // (Google Fit's Takeout but its daily activity metrics and sessions: the 15-minute CSVs, All Data/'s raw points, Activities/' tracks)
  const googleFit = googleFitPassedOver(path);
  if (googleFit) return googleFit;
  // (Loop Habit Tracker's scores, Scores.csv beside its Habits.csv and in each habit's folder: computed from the checkmarks, which are read)
  const habits = habitsPassedOver(path);
  if (habits) return habits;
  // (a Reddit export's ids and links of what was saved, hidden or voted on, its subscriptions, statistics and *_headers.csv: no one's words)
  const reddit = redditPassedOver(path);
  if (reddit) return reddit;
  // (a LinkedIn archive's files but messages.csv, Connections.csv and Positions.csv: its profile, invitations, AI chats, the account's data, articles as web pages)
  // (but a CSV there that is another app's export, by its header: detect.ts tells a LinkedIn archive's by its folder last)
  const linkedin = linkedinPassedOver(path);
  if (linkedin && (!/\.csv$/i.test(path) || (await detectFormat(path).catch(() => "linkedin" as const)) === "linkedin")) return linkedin;
  // (an Amazon download's files but its order history: the returns, told with their orders; Amazon's records of refunds, the basket, digital
  // orders, invoices, its README.txt guides and its other datasets)
  const amazon = amazonPassedOver(path);
  if (amazon) return amazon;
  // (an Uber download's files but its rides and Eats orders: the restaurants' names, told with their orders; the app's analytics, ratings,
  // the profile, payment methods, saved places, support tickets, a driver's records, the regional notice and Uber's guide)
  const uber = uberPassedOver(path);
  if (uber) return uber;
  // (a Spotify download's files but its streaming histories, playlists and library: the searches, the account's details, payments,
  // inferences, marketing segments, followers, Wrapped figures and Spotify's Read_Me_First.pdf)
  const spotify = spotifyPassedOver(path);
  if (spotify) return spotify;
  // (Trakt's export but its history, ratings, lists and comments: the watched aggregates, playback, collection, hidden items, likes,
  // network, notes, the lists' names (read with each list), the profile, the settings (read for their time zone) and the counts)
  const trakt = traktPassedOver(path);
  if (trakt) return trakt;
  // (a gzipped file that is no MyAnimeList list export, by its start inflated: Engram reads no other gzipped file)
  const mal = await myAnimeListPassedOver(path);
  if (mal) return mal;
  // (Apple Music's export but its Play Activity, library, playlists and likes: its summed histories (read beside the activity for the
  // artists' names), the library's activity, the identifiers, the favourites and the folder's other files)
  const appleMusic = appleMusicPassedOver(path, /\.(?:csv|json)$/i.test(path) ? fileStart(path, 8192) : null);
  if (appleMusic) return appleMusic;
  // (a Netflix download's files but its viewing activity, ratings, My List and searches: the account's details, billing, devices, IP addresses,
  // clickstream, customer service, the profiles' settings, the other interaction logs and Netflix's Cover sheet.pdf)
  const netflix = netflixPassedOver(path);
  if (netflix) return netflix;
  // (Polarsteps' export but its trips: the GPS track, locations.json (an empty one too, which Timeline's Records.json would claim), the
  // profile, user.json, and the steps' photos and videos)
  const polarsteps = await polarstepsPassedOver(path);
  if (polarsteps) return polarsteps;
  // (Google Takeout's Location History but its Semantic Location History: Records.json's raw points, Settings.json, Timeline Edits.json)
  const timeline = await timelinePassedOver(path);
  if (timeline) return timeline;
  // (Foursquare's data export but its check-ins and tips: the photos' links, visits, unconfirmed visits, comments, venue ratings, lists)
  const swarm = await swarmPassedOver(path);
  if (swarm) return swarm;
  // (a Mastodon archive's likes.json and bookmarks.json: the URLs of others' posts, no words; its own posts are read from outbox.json)
  const mastodon = await mastodonPassedOver(path);
  if (mastodon) return mastodon;
  // (a Facebook download's likes and reactions, and its files that hold no post, comment or message: its albums' lists, profile, friends, the account's records)
  const facebook = await facebookPassedOver(path);
  if (facebook) return facebook;
  // (an Instagram download's likes, and its files that hold no post, story, comment or message: saved posts, followers, profile, ads, the account's records)
  const instagram = await instagramPassedOver(path);
  if (instagram) return instagram;
  // (a Snapchat download's json/ files but chat_history.json: its snaps, friends, account, profile, locations, Memories, calls: no one's words)
  const snapchat = snapchatPassedOver(path);
  if (snapchat) return snapchat;
  // (YouTube's Takeout: its history as a web page, to be exported again in JSON; its playlists (ids only), channel, uploads' details, music library)
  const youtube = youtubePassedOver(path);
  if (youtube) return youtube;
  // (Google Takeout's index, archive_browser.html, and My Activity as a web page, MyActivity.html, to be exported again in JSON)
  const takeout = myActivityPassedOver(path);
  if (takeout) return takeout;
  // (the files attached to prompts to Gemini, beside Gemini Apps' MyActivity.json: named with their prompt, not read as the user's notes or documents)
  const gemini = geminiPassedOver(path);
  if (gemini) return gemini;
  // (DeepSeek's export: its user.json beside its conversations.json, the account's details, no chat)
  const deepseek = deepseekPassedOver(path);
  if (deepseek) return deepseek;
  // (a browser's databases that hold no history, Firefox's favicons.sqlite, cookies.sqlite …; a file named History or History.db that is no browser's history)
  const browser = await browserPassedOver(path);
  if (browser) return browser;
  // (a browser's history, Firefox's places.sqlite, is read, not passed over as no Kobo's)
  if (await isHistoryInFolder(path)) return null;
  // (a Kobo's .kobo folder: its settings, Kobo eReader.conf and affiliate.conf, and its own BookReader.sqlite; any .sqlite that is no Kobo's KoboReader.sqlite)
  const kobo = await koboPassedOver(path);
  if (kobo) return kobo;
  // (a .car that is no Bluesky repository's export: another CAR file, an IPFS archive, or no CAR file at all)
  const bluesky = await blueskyPassedOver(path);
  if (bluesky) return bluesky;
  // (a .msg, .doc, .xls or .ppt that is a compound file but no email: Word's, Excel's and PowerPoint's 97–2003 files, an Outlook contact, calendar item or task, an encrypted message, one too large)
  const outlook = await outlookMsgPassedOver(path);
  if (outlook) return outlook;
  // (Zoom's live captions of a meeting whose transcript is beside them: GMT…_Recording.cc.vtt, closed_caption.txt, meeting_saved_closed_caption.txt)
  const captions = captionsCopy(path, existsSync);
  if (captions) return captions;
  // (a zipped TextBundle, said to unzip; a note in Bear's trash, in a Bear backup unzipped)
  const bundled = await bundlePassedOver(path);
  if (bundled) return bundled;
  // (a .log or .weechatlog that is no IRC client's log of a channel or a query: another app's log, a client's buffer of the server)
  const irc = ircPassedOver(path);
  if (irc) return irc;
  // (a file shared in a KakaoTalk chat, "20231030_123053.txt", saved beside the chat's Talk_….txt by a phone's "Save as documents")
  const kakao = kakaotalkPassedOver(path, (d) => {
    try {
      return readdirSync(d);
    } catch {
      return [];
    }
  });
  if (kakao) return kakao;
  // (an Anki package, .apkg or .colpkg: said to be exported as Notes in Plain Text)
  const ankiPackage = ankiPackagePassedOver(path);
  if (ankiPackage) return ankiPackage;
  if (!/\.txt$/i.test(path)) return null;
  // (a Zoom local recording's chat.txt, the recorded part of the chat saved whole beside it, meeting_saved_chat.txt)
  const zoomChat = zoomChatCopy(path, existsSync);
  if (zoomChat) return zoomChat;
  // (Standard Notes' copies of its items, Items/Note/Meds-7c1e9d20.txt, beside the backup that holds them)
  const copy = await standardNotesCopy(path);
  if (copy) return copy;
  const dir = dirname(path);
  const trash = basename(dir).toLowerCase() === "trash";
  const root = trash ? dirname(dir) : dir;
  for (const json of [join(root, "source", "notes.json"), join(root, "notes.json")]) {
    if (!(await isSimplenoteJson(json))) continue;
    return trash
      ? "a note in Simplenote's trash, not imported"
      : `a copy of a note in Simplenote's ${json === join(root, "notes.json") ? "" : "source/"}notes.json, imported from there`;
  }
  return null;
}

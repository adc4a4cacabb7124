// What a file's start says its format is (`formatOfHead`): by its name, then its start, in order: a tracker's export,
// a JSON document, a page, a table (detect-health.ts, detect-json.ts, detect-csv.ts), markup, else a transcript or a note.
import { MBOX_SEPARATOR } from "./chats/email.js";
import { isKindleNotebook } from "./reading/kindle-notebook.js";
import { isGoogleVoiceHtml } from "./chats/googlevoice.js";
import { isCanvasFile } from "./notes/canvas.js";
import { isEnex } from "./notes/enex.js";
import { isDiaroBackup } from "./notes/diaro.js";
import { isImessageExport } from "./chats/imessage.js";
import { isSmsBackup } from "./chats/sms.js";
import { isOvercastExport } from "./media/overcast.js";
import { isMyAnimeListExport } from "./media/myanimelist.js";
import { elementExportAdvice } from "./chats/matrix.js";
import { isWordPressExport } from "./social/wordpress.js";
import { substackPostsCsvOf } from "./social/substack.js";
import { mediumPageOf, mediumPassedOver } from "./social/medium.js";
import { isVcard } from "./notes/vcard.js";
import { youtubeHtmlAdvice } from "./media/youtube.js";
import { takeoutPageAdvice } from "./web/myactivity.js";
import { isCaptions } from "./chats/captions.js";
import { isZoomChat } from "./chats/zoomchat.js";
import { isOrgFile, isOrgText, orgPassedOver } from "./notes/orgmode.js";
import { isBibtex } from "./reading/bibtex.js";
import { isBookmarksFile } from "./web/bookmarks.js";
import { isBundleText } from "./notes/textbundle.js";
import { isAnkiExport } from "./notes/anki.js";
import { isTwitterWords, notTwitterWords, twitterDataName } from "./social/twitter-archive.js";
import { ImportError } from "./kit/types.js";
import type { FileHead, HeadFormat } from "./file-head.js";
import { formatOfHealthExport } from "./detect-health.js";
import { formatOfJsonStart } from "./detect-json.js";
import { formatOfCsvHeader } from "./detect-csv.js";
import { detectText } from "./detect-text.js";

/** Header names of a saved email (RFC 5322 and what mail servers and clients add). */
const MAIL_HEADERS =
  /^(?:from|to|cc|bcc|date|subject|message-id|received|return-path|mime-version|content-type|content-transfer-encoding|delivered-to|reply-to|in-reply-to|references|x-[\w-]+|dkim-signature|arc-[\w-]+|authentication-results|thread-topic|thread-index|importance|user-agent)$/i;

/**
 * Whether a file's start is a saved email (an .eml): its lines up to the first blank one are headers
 * (folded lines go on with a space), three or more of them, one a From: and one a Date:, Message-ID:
 * or Received: (a note or a chat does not open so).
 */
function isMailHeader(start: string): boolean {
  const head = start.split(/\r?\n\r?\n/, 1)[0]!.split(/\r?\n/);
  const names = head.filter((l) => !/^[ \t]/.test(l)).map((l) => /^([\w-]+):/.exec(l)?.[1] ?? "");
  if (names.length < 3 || names.some((n) => !MAIL_HEADERS.test(n))) return false;
  const lower = names.map((n) => n.toLowerCase());
  return lower.includes("from") && (lower.includes("date") || lower.includes("message-id") || lower.includes("received"));
}

/**
 * What the file's start says about its format: `json` for a JSON array (the format is then told by
 * its first item, detect-first-item.ts `formatOfFirstItem`) or a JSON object (which the stream reader refuses, as
 * whole or as truncated, json-stream.ts), `bibtex` for a BibTeX library (a `.bib` file, whatever it holds, or a text whose first line past `%` comments and Mendeley's preamble opens `@article{key,`, `@string{`, `@comment{`), `canvas` for an Obsidian canvas (a `.canvas` file, whatever it holds, or JSON Canvas opening with its `nodes`, the first naming its type), `telegram` for an object that is a Telegram chat export, `trello` for a Trello board's JSON export (its `id` first, the board's link "https://trello.com/b/…" among its fields),
 * `keep` for one that is a Google Keep note (Takeout), `messenger` for one that is a Facebook Messenger or Instagram thread, `dayone` for a Day One journal, `discord` for a DiscordChatExporter channel or a Discord data package's channel (`messages/c<id>/messages.json`, an array whose first message opens with `"ID"` and `"Timestamp"`; an older package's messages.csv, "ID,Timestamp,Contents,Attachments"), `googlechat` for a Google Chat group's messages.json from Google Takeout, `simplenote` for a Simplenote export's notes.json (`activeNotes` first), `googletasks` for Google Takeout's Tasks.json (`"kind": "tasks#taskLists"` first), `standardnotes` for a Standard Notes backup (`"version"` then `"items"`, its first item opening with `content_type`), `bookmarks` for Chrome's own `Bookmarks` file (`"checksum"` then `"roots"`), for a Netscape bookmark file (`<!DOCTYPE NETSCAPE-Bookmark-file-1>`: browsers' and Raindrop.io's exported bookmarks) and for Raindrop.io's CSV export (its header "id,title,note,excerpt,url,folder,tags,created,…"), `googlemaps` for Google Maps' places of Google Takeout (Saved Places.json, Reviews.json: a GeoJSON FeatureCollection naming `"google_maps_url"`) and a list of its Saved (`Saved/<list>.csv`: its header "Title,Note,URL,Tags,Comment"),
 * `ics` for an iCalendar file (BEGIN:VCALENDAR), `enex` for an Evernote export (`<en-export>`), `diaro` for a Diaro backup's DiaroBackup.xml (`<data version="2">`, then a `<table name="diaro_…">`, whatever its name), `sms` for an SMS Backup & Restore backup (`<smses>`), `wordpress` for a WordPress export (WordPress eXtended RSS: an `<rss>` declaring `xmlns:wp="http://wordpress.org/export/1.2/"`), `vcard` for contacts (BEGIN:VCARD), `email` for an mbox or an .eml, `imessage` for a conversation imessage-exporter wrote as text (a date line "Nov 02, 2026  7:14:03 PM", then a sender), `line` for a chat the LINE app exported (its header "[LINE] Chat history with Yuki", or its first day "2026/11/03(Tue)" or "Tue, 11/03/2026", then a message "18:42<TAB>Yuki<TAB>…"), `kakaotalk` for a chat KakaoTalk exported (the PC app's text: its header "<chat> 님과 카카오톡 대화" or "KakaoTalk Chats with <chat>", a day rule "--------------- 2026년 11월 3일 화요일 ---------------", then "[Yuki] [오후 6:42] …"; a phone's: its header lines, then a day "2026년 11월 3일 화요일" or "Tuesday, November 3, 2026" and a message "2026. 11. 3. 오후 6:42, Yuki : …", "2026년 11월 3일 오후 6:42, Yuki : …", "Nov 3, 2026, 6:42 PM, Yuki : …" or "Nov 3, 2026 at 18:42, Yuki : …"; the Mac app's CSV, its header "Date,User,Message" then a row "2026-11-03 18:42:12,…"), `kindle` for a Kindle's clippings or the Kindle app's notebook of a book (an XHTML page, its `<div class="bodyContainer">` holding `class="bookTitle"` and `class="notebookFor"` or `class="noteHeading"`), `captions` for a meeting's captions (WebVTT, its first line "WEBVTT": Zoom's or Teams' transcript; SubRip, a cue's number then its timing "00:00:01,120 --> 00:00:04,560": Otter.ai's .srt), `zoomchat` for a Zoom meeting's saved chat (meeting_saved_chat.txt: its first line "15:02:11 From Leo Grant to Everyone:", the message after a tab on the next, or the older "15:02:11\t From  Leo Grant : hello"), `signal` for a Signal chat as signal-export writes it (its data.json, a message's JSON a line opening `{"date": "2026-10-03T18:21:05.482000", "sender": …`; its chat.md, "[2026-10-03 18:21:05] SamOkafor: …", its first message ended by two spaces, reactions, a sticker, an attachment's link or a deletion's note, then a blank line), `zotero` for Zotero's library exported as CSV (its header "Key","Item Type","Publication Year","Author","Title",… naming "Date Added", every cell quoted, after a byte-order mark), `readwise` for a Readwise export's CSV (its header "Highlight,Book Title,Book Author,…"), `hypothesis` for Hypothesis annotations in JSON (the sidebar's export, "export_date" then "export_userid"; hypexport's or the API search's `annotations` or `rows` array, or a bare array, whose first annotation names `"user": "acct:…"`, `"uri"` and `"target"`; the sidebar's CSV export, its header "Created at,Author,Page,URL,Group,Type,…"), `todoist` for a Todoist project's CSV (its header "TYPE,CONTENT,…,PRIORITY,INDENT,…"), `ticktick` for TickTick's backup (its preamble "Date: 2026-11-13+0000", "Version: 7.1", "Status: …", then its header "Folder Name","List Name","Title",…), `goodreads` for Goodreads' library export (its header "Book Id,Title,Author,…,Exclusive Shelf,…"), `storygraph` for The StoryGraph's library export (its header "Title,Authors,…,Read Status,…,Moods,Pace,…,Star Rating,…", an older one's "Title,Author,…"), `letterboxd` for a Letterboxd export's CSV (its header "Date,Name,Year,Letterboxd URI,…", a list's "Letterboxd list export v7", the profile's "Date Joined,Username,…", comments.csv's or likes/'s "Date,Content"), `peloton` for Peloton's workouts CSV (its header "Workout Timestamp,Live/On-Demand,Instructor Name,Length (minutes),Fitness Discipline,…"), `strong` for Strong's workout export (its header naming Date, Workout Name, Exercise Name and Set Order, `,` or `;` between them) or Hevy's (its header naming title, start_time, exercise_title and set_type), `imdb` for one of IMDb's CSV exports (its ratings' header "Const,Your Rating,Date Rated,Title,…"; a list's, the watchlist's or the check-ins' "Position,Const,Created,Modified,Description,Title,…"), `trakt` for a file of Trakt's data export (a JSON array whose first item names "watched_at" and "action", "rated_at" and "rating", "listed_at", or a "comment"; an empty one, and the export's files not read, by their names), `libby` for Libby's timeline (its Data export, libbytimeline-activities.json, `{ "version": 1, "timeline": [` of activities naming their "activity", "titleId" and "library"; its Spreadsheet export, a CSV whose header names "title", "author", "timestamp", "activity" and "library"), `daylio` for a Daylio export's CSV (its header "full_date,date,weekday,time,mood,activities,…"), `strava` for a Strava archive's CSV (activities.csv, its header "Activity ID,Activity Date,Activity Name,Activity Type,…"; profile.csv, shoes.csv, bikes.csv, media.csv, comments.csv by theirs; a track under its `activities/` or `routes/`, a `.gpx`, by its place), `reddit` for a Reddit data export's CSV (posts.csv "id,permalink,date,ip,subreddit,gildings,title,url,body", comments.csv "…,link,parent,body,media", messages.csv "id,permalink,thread_id,date,ip,from,to,subject,body", chat_history.csv "message_id,created_at,…"; its id-only files, saved_posts.csv, post_votes.csv …, statistics.csv and subscribed_subreddits.csv by their headers and names), `readlater` for a read-later list's export (Pocket's CSV, its header "title,url,time_added,tags,status", or its HTML, `ril_export.html`, titled "Pocket Export"; Instapaper's CSV, its header "URL,Title,Selection,Folder,…"), `linkedin` for a LinkedIn archive's CSV (messages.csv, its header "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,…"; Connections.csv, "Notes:" then "First Name,Last Name,URL,…,Connected On"; Positions.csv, Profile.csv, Invitations.csv by theirs; any other CSV of a folder holding them), `amazon` for Amazon's order history from "Request your data" (Retail.OrderHistory.1.csv, its header "Website","Order ID","Order Date",…,"Total Owed",…,"Product Name",…; Retail.CustomerReturns' "OrderId","ContractId","DateOfReturn",…; any other CSV of a folder holding Retail.OrderHistory.N), `uber` for Uber's "Download your data" (its rides, trips_data.csv, its header "City,Product Type,Trip or Order Status,Request Time,…,Begin Trip Address,…,Dropoff Address,…", or the newer trips_data-0.csv, "…,request_timestamp_utc,…,begintrip_timestamp_utc,…"; its Eats orders, eats_order_details.csv, "…,Order Time,Order Status,Item Name,…,Order Price,…", or user_orders-0.csv, "…,Request_Time_Local,…,Order_Status,Item_Name,…"; eats_restaurant_names.csv and any other CSV of an unzipped "Uber Data" folder), `flights` for a flight log (Flighty's export, its header "Date,Airline,Flight,From,To,…" naming "Canceled" and "Gate Departure (Scheduled)"; myFlightradar24's, `Date,"Flight number",From,To,"Dep time","Arr time",Duration,…` after an empty line), `bank` for a bank's statement (Monzo's export, its header "Transaction ID,Date,Time,Type,Name,Emoji,Category,Amount,…"; Revolut's, "Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State,Balance"; Venmo's statement, "Account Statement - (@…)", "Account Activity", then ",ID,Datetime,Type,Status,Note,From,To,Amount (total),…"; PayPal's activity download, "Date","Time","TimeZone","Name","Type","Status","Currency","Gross",…; YNAB's export, its Register "Account","Flag","Date","Payee","Category Group/Category",…,"Outflow","Inflow","Cleared", its Plan "Month","Category Group/Category",…,"Assigned","Activity","Available"; Splitwise's export of a group, "Date,Description,Category,Cost,Currency," then its members; Monarch Money's transactions, "Date,Merchant,Category,Account,Original Statement,Notes,Amount,…", and balance history, "Date,Balance,Account"; Copilot Money's export, "date,name,amount,status,category,parent category,excluded,tags,type,account,…"; Cash App's statement export, "Transaction ID","Date","Transaction Type","Currency","Amount","Fee","Net Amount",… in any order; Mint's export of transactions, "Date","Description","Original Description","Amount","Transaction Type","Category","Account Name",…; an OFX or QFX download, OFX 1.x's header "OFXHEADER:100", OFX 2.x's "<?xml …?><?OFX …?>" or "<OFX>" first; a QIF download, its first line "!Type:Bank", "!Account", "!Option:AutoSwitch"), else `text` when the first meaningful line is a
 * `Speaker: text` line or a `## Speaker` heading of a chat, `note` for plain text or a note's sections (and for a TextBundle's text, `<Title>.textbundle/text.markdown`, by its path);
 * `twitter` for an X (Twitter) archive's data file of posts or direct messages (`window.YTD.tweets.part0 = [`,
 * `window.YTD.direct_messages.part0 = [`, `window.YTD.direct_messages_group.part0 = [`);
 * `mastodon` for a Mastodon archive's outbox.json (`"id": "outbox.json", "type": "OrderedCollection"`) or actor.json (an account whose `"outbox"` is "outbox.json");
 * `youtube` for YouTube's data from Google Takeout: its watch-history.json or search-history.json (an array whose first entry opens
 * `"header": "YouTube"`), comments.csv ("Comment ID,…,Comment Text"), live chats.csv, subscriptions.csv ("Channel Id,Channel Url,Channel
 * Title"), and its playlists' and channel's CSVs (which its reader refuses as no words);
 * `gemini` for Gemini's (formerly Bard's) My Activity from Google Takeout (My Activity/Gemini Apps/MyActivity.json: an array
 * whose first record opens with its `"header"` naming Gemini or Bard, "Gemini Apps", then its `"title"`, "Prompted …");
 * `myactivity` for Google's My Activity of any other product from Google Takeout (My Activity/Search/MyActivity.json: an array
 * whose first record opens with its `"header"`, "Search", "Maps", "Chrome" …, then its `"title"`) and Chrome's history of Takeout
 * (Chrome/History.json: an object opening with its `"Browser History"` array);
 * `facebook` for a Facebook download's posts (your_posts__check_ins__photos_and_videos_1.json: an array whose first item opens
 * `"timestamp": <seconds>`, then its `attachments`, `data`, `title` or `tags`; `{ "group_posts_v2": [` of the posts in groups) or
 * comments (comments.json: `{ "comments_v2": [`, `{ "comments": [`, `{ "group_comments_v2": [`);
 * `instagram` for an Instagram download's posts (posts_1.json: an array whose first item opens with its `"media"`, a
 * `{ "uri": …` first, and names a `"creation_timestamp"` in seconds; `{ "ig_archived_post_media": [` of the posts archived),
 * reels (`{ "ig_reels_media": [`), stories (`{ "ig_stories": [`) or comments (post_comments_1.json: an array whose first item's
 * `string_map_data` names its `"Comment"` and `"Media Owner"`; `{ "comments_reels_comments": [`, `{ "comments_media_comments": [`).
 * `snapchat` for a Snapchat download's chat_history.json (an object whose first member is an array of messages, the first naming
 * `"From"`, `"Media Type"`, `"Created"` and its words, `"Content"`; the older `{ "Received Saved Chat History": [`).
 * `skype` for a Skype export's messages.json (an object opening with `"userId"` or `"exportDate"`, its `"conversations"` array
 * within its first 16 KiB; Microsoft Teams (free)'s export of a Skype account is the same).
 * `hangouts` for Google Hangouts' Hangouts.json of Google Takeout (an object opening with its `"conversations"` array, its first
 * item opening `"conversation": { "conversation_id"`, or empty; or the older shape's, opening `"continuation_end_timestamp"` then
 * `"conversation_state": [ { "conversation_id"`).
 * `matrix` for a Matrix room's chat as Element exports it in JSON (`matrix - <room> - Chat Export - <time>.json`, a ZIP's
 * `export.json`: an object opening with its `"room_name"`, then `"room_creator"` or `"topic"`); Element's HTML export (a page
 * holding `<div id="matrixchat">` and `mx_MatrixChat`) and its plain text export (so named, its first line "24/11/2026, 18:02:11 - …")
 * refused, saying to export as JSON.
 * `tiktok` for TikTok's download in JSON (user_data_tiktok.json, older user_data.json: an object whose first key is one of its
 * sections, "Activity", "Ads and data", "Comment", "Direct Message", "Post", "Your Activity" …, naming one of its lists or maps,
 * `"ChatHistory"`, `"VideoList"`, `"ProfileMap"`, `"ItemFavoriteList"` …; so named, either of the two).
 * `journey` for a Journey diary's entry (`<id>.json` of its JSON export: an object naming its `"date_journal"`, a number, and its
 * `"text"` or `"preview_text"`, in any order within the first 64 KiB).
 * `spotify` for a file of Spotify's download: a streaming history (StreamingHistory_music_0.json, an array whose first play opens
 * `"endTime" : "2026-10-03 18:21"` and names its `"artistName"`, `"podcastName"` or `"audiobookName"`; Streaming_History_Audio_…_0.json,
 * one whose first play opens `"ts": "2026-10-03T18:21:44Z"` and names `"ms_played"`; an empty one so named), Playlist1.json (`{ "playlists" : [`),
 * YourLibrary.json (`{ "tracks" : [`), and any other JSON of an unzipped download (which its reader refuses saying why);
 * `googlevoice` for a Google Voice file of Google Takeout (`Voice/Calls/<party> - Text - <time>.html`, a group's, a voicemail's
 * or a call's: an XHTML page holding a text conversation's `<div class="hChatLog hfeed">` and a sender's `<cite class="sender
 * vcard">`, or a call's `<div class="haudio">` and its `<div class="contributor vcard">`).
 * `googlephotos` for a Google Photos file of Google Takeout: a photo's or a video's JSON sidecar (`IMG_0001.jpg.json`,
 * `IMG_0001.jpg.supplemental-metadata.json` or a cut form of it: an object opening with its photo's `"title"`, naming its
 * `"photoTakenTime": {`, or its `"creationTime": {` and `"imageViews"`) or an album's metadata.json in any language's name (an
 * object opening with its `"title"`, naming its `"date": { "timestamp"` or its `"access"` and no photo's time; older Takeouts'
 * `{ "albumData": {`).
 * `timeline` for a file of Google Maps Timeline (Location History): a Takeout month of Semantic Location History (2026_OCTOBER.json,
 * an object opening `"timelineObjects": [`), the phone's Timeline.json (an object opening `"semanticSegments": [`, or its
 * `"rawSignals"` or `"userLocationProfile"`), and Takeout's Records.json (`"locations": [` of points naming `"latitudeE7"`),
 * Settings.json (`"createdTime"`, naming `"historyEnabled"` or `"deviceSettings"`) and Timeline Edits.json (`"timelineEdits": [`),
 * which its reader refuses as no place nor journey, saying why.
 * `netflix` for Netflix's viewing history: the Viewing activity page's NetflixViewingHistory.csv (`Title,Date`, its first row's cells
 * quoted, the second a day), a download's ViewingActivity.csv, Ratings.csv, MyList.csv and SearchHistory.csv (`Profile Name,…` with their
 * columns), and any other file of an unzipped download (a folder holding CONTENT_INTERACTION/: netflix.ts `netflixPassedOver`), which its
 * reader refuses as no note, saying why.
 * `applehealth` for Apple Health's export.xml, whatever its name (`exportar.xml`, `导出.xml`: `<!DOCTYPE HealthData [` or `<HealthData` after the
 * XML declaration), and for the export's files beside it that hold no note (its `…_cda.xml`, anything under its `workout-routes/`,
 * `electrocardiograms/` or `clinical-records/`: applehealth.ts `applehealthPassedOver`), which its reader refuses as no note, saying why.
 * `fitbit` for a JSON file of Fitbit's export (Google Takeout's `Fitbit/Global Export Data/`), whatever its name: an array whose first item
 * opens `"logId"` then `"activityName"` (exercise-0.json), `"dateOfSleep"` (sleep-….json) or `"weight"` (weight-….json), or a series of
 * `{ "dateTime" : "11/14/26 08:02:00", "value" : … }` (steps, resting heart rate, heart rate, another measure by its name); and for the
 * export's files that are not read (heart_rate-….json, calories, badges, Profile.csv, the scores' folders, README guides: fitbit-export.ts
 * `fitbitPassedOver`), which its reader refuses as no note, saying why.
 * `garmin` for a JSON file of Garmin Connect's export (Export Your Data: `DI_CONNECT/`), whatever its name: an array opening
 * `[{"summarizedActivitiesExport":[` (…_summarizedActivities.json), or an array of objects whose start names `"sleepStartTimestampGMT"`
 * and `"calendarDate"` (…_sleepData.json), `"calendarDate"` and `"wellnessStartTimeGmt"` (UDSFile_….json) or opens a `"metaData"`
 * object naming `"calendarDate"` (…_userBioMetrics.json); and for the export's files that are not read (the uploaded FIT files, metrics,
 * settings, other measures, Garmin's other apps' folders: garmin-export.ts `garminPassedOver`), which its reader refuses as no note, saying why.
 * `oura` for a file of Oura's export (the membership hub's Export data: `App Data/`), whatever its name: a CSV whose header opens `id` and
 * names, after `;` or `,`, the columns of a sleep period (`bedtime_start`, `bedtime_end`, `total_sleep_duration`), a day's activity (`steps`,
 * `active_calories`), readiness (`score`, `contributors`, `temperature_deviation`), resilience (`level`), sleep score (`score`,
 * `contributors`), a workout (`activity`, `start_datetime`, `end_datetime`), a tag (`tag_type_code`, `start_day`), SpO2 (`spo2_percentage`)
 * or stress (`day_summary`); Oura Cloud's older JSON, an object opening with its `"sleep"`, `"activity"` or `"readiness"` array of summaries
 * naming `"summary_date"`; and for the export's files that are not read (heartrate.csv, sleeptime.csv, ringconfiguration.csv …: oura-export.ts
 * `ouraPassedOver`), which its reader refuses as no note, saying why.
 * `withings` for a file of Withings' data export (Download my data: a ZIP of CSVs, unzipped), whatever its name but its day totals': a CSV
 * whose header opens `Date,"Weight (…)"` and names a "Fat mass (…)" (weight.csv), is `Date,"Heart rate",Systolic,Diastolic,Comments`
 * (bp.csv), names "Duration to sleep (s)" and "Duration to wake up (s)" as its 8th and 9th columns (sleep.csv, its first seven in the
 * account's language), opens `from,to` and names "Activity type", "Data" and "Timezone" (activities.csv), or opens `Date,"Height (…)"`
 * (height.csv); aggregates_steps.csv, aggregates_calories_earned.csv and manual_spo2.csv by their names and their header `date,value`;
 * and for the export's files that are not read (README.txt, the raw_* samples, signal.csv, the account's …: withings-export.ts
 * `withingsPassedOver`), which its reader refuses as no note, saying why.
 * `samsunghealth` for a table of Samsung Health's export (Download personal data: a folder `samsunghealth_<account>_<time>/` of CSVs),
 * whatever its name: a CSV whose first line is its data type, a number and a count (`com.samsung.shealth.sleep,6315005,21`); and for
 * the files of its `jsons/` folder (samsunghealth-export.ts `samsungPassedOver`), which its reader refuses as no note, saying why (so
 * are the tables it does not read).
 * `whoop` for a CSV of WHOOP's export (Data Export: an e-mailed ZIP, unzipped), whatever its name (whoop.ts `whoopKindOf`): a header naming
 * "Cycle start time" and "Recovery score %" (physiological_cycles.csv), "Sleep onset" and "Nap" (sleeps.csv), "Workout start time" and
 * "Activity name" (workouts.csv), or "Question text" and "Answered yes" (journal_entries.csv).
 * `sleepcycle` for Sleep Cycle's export (sleepdata.csv), whatever its name (sleepcycle.ts `sleepCycleKindOf`): a header split at `;` opening
 * "Start;End" (2026's "Went to bed;Woke up") that names "Sleep Quality", today's export or the older one ("Start;End;Sleep quality;Time in bed;…").
 * `cronometer` for a CSV of Cronometer's export, whatever its name (cronometer.ts `cronometerKindOf`): a header opening "Date,Energy (kcal)"
 * (dailysummary.csv), or opening "Day" and naming "Group", "Food Name" and "Amount" (servings.csv), "Exercise", "Minutes" and "Calories Burned"
 * (exercises.csv), "Metric", "Unit" and "Amount" (biometrics.csv), or only "Day", "Time", "Group" and "Note" (notes.csv); and its fasts
 * ("Name,Start,End,Recurrence,Comments", fasts.csv), which its reader refuses as no note, saying why.
 * `googlefit` for a file of Google Fit's Takeout (`Takeout/Fit/`), whatever its name (googlefit-export.ts `googleFitKindOf`): the daily
 * activity metrics, a CSV whose header is "Date" then Fit's measures ("Move Minutes count", "Calories (kcal)", "Step count" …); a
 * session of `All Sessions/`, a JSON object naming `"fitnessActivity"` and `"startTime"`; and a day's 15-minute rows ("Start
 * time,End time," then the measures), a data source's raw points (`{"Data Source": …`) and the files of `All Data/`, `Activities/`
 * and the 15-minute CSVs by their place (`googleFitPassedOver`), which its reader refuses as no note, saying why.
 * `applemusic` for a file of Apple Music's export (Apple Media Services information: `Apple_Media_Services/Apple Music Activity/`),
 * whatever its name: a CSV whose header names "Play Duration Milliseconds", "Event End Timestamp" (or "Event Start Timestamp") and "Song
 * Name" (or "Content Name": Apple Music Play Activity.csv), "Date Played" and "Track Description" (Daily Tracks), "Container Description"
 * and "Total plays" (Recently Played Tracks), "Item Description", "Preference" and "Created" (Likes and Dislikes); a JSON array whose first
 * object opens `"Content Type"` and names a `"Track Identifier"` and a `"Title"` (Library Tracks.json), opens `"Container Type"` and names a
 * `"Container Identifier"` (Library Playlists.json), or opens `"Transaction Type"` (Library Activity.json); and any other file of its
 * folder (applemusic-export.ts `appleMusicPassedOver`), which its reader refuses as no note, saying why.
 * `lastfm` for a Last.fm export, whatever its name (lastfm.ts `lastfmKind`): lastfm.ghan.nl's Recent Tracks CSV (a header opening
 * "uts" that names "utc_time", "artist" and "track"), its JSON (an array of the API's pages, the first opening `{"track": [` or
 * `{"@attr"`, a track's `"date": {"uts"` in it), or benjaminbenben's Last.fm to csv (no header: its first lines four cells each,
 * "artist,album,track,31 Jan 2021 14:22", a date or none).
 * `myfitnesspal` for a CSV of MyFitnessPal's export, whatever its name (myfitnesspal.ts `myFitnessPalKindOf`): its Nutrition-Summary (a
 * header opening "Date,Meal" that names "Calories", "Fat (g)", "Carbohydrates (g)" and "Protein (g)"), its Exercise-Summary (a header
 * opening "Date,Exercise,Type,Exercise Calories,Exercise Minutes") or its Measurement-Summary (a header opening "Date" that names
 * "Weight", then a row of a day, "2026-10-17", and numbers).
 * `swarm` for a file of Foursquare's data export, whatever its name (swarm.ts `swarmKind`): `{ "count": N, "items": [` whose first
 * item names `"createdAt"`, `"timeZoneOffset"` and `"type": "checkin"` (checkins1.json …) or `"createdAt"`, `"text"` and
 * `"canonicalUrl"` (tips.json); and for the export's files that hold no check-in nor tip (photos.json, visits.json,
 * unconfirmed_visits.json, comments.json, lists.json by their first item's fields, venueRatings.json by its `"venueLikes"`), which its
 * reader refuses as no note, saying why.
 * `untappd` for Untappd's check-in history, CSV or JSON, whatever its name (untappd.ts `untappdKind`): a CSV whose header opens
 * "beer_name,brewery_name" and names "created_at" and "checkin_id" or "checkin_url" (a byte order mark first), or a JSON array whose
 * first item names `"beer_name"`, `"brewery_name"`, `"created_at"` and `"checkin_id"` or `"checkin_url"`, in any order.
 * `polarsteps` for a file of Polarsteps' export, whatever its name (polarsteps.ts `polarstepsKind`): a JSON object naming
 * `"user_id"`, `"start_date"` and `"total_km"` (a trip's trip.json); and for the export's files that hold no trip (locations.json,
 * `{ "locations": [` of points naming `"lat"`, `"lon"` and `"time"`, an empty one by its name beside a trip.json; user.json, naming
 * `"username"`, `"living_location"` and its units), which its reader refuses as no note, saying why.
 * `habits` for a file of a habit tracker's export, whatever its name (habits-export.ts `habitsKindOf`): Loop Habit Tracker's Habits.csv (a
 * header opening "Position,Name" naming "Color" and "FrequencyNumerator" or "NumRepetitions"), its Checkmarks.csv (a header "Date," then
 * each habit's name and a comma, and a first row of a day and Loop's values, "2026-11-30,YES_MANUAL,6000,UNKNOWN,"), a habit's own
 * Checkmarks.csv ("Date,Value,Notes", then "2026-11-30,YES_MANUAL,"; before Loop 2.3.1 no header, told by its place, `001 Meditate/`),
 * and Loop's scores (Scores.csv, the export's and each habit's, by their first row or place), which its reader refuses as no note,
 * saying why; HabitBull's CSV export (a header opening "HabitName,HabitDescription,HabitCategory").
 * `trakt` for a file of Trakt's data export (trakt-files.ts `traktKind`): a JSON array whose first item names `"watched_at"`,
 * `"action"` and `"type"` (watched-history.json), `"rated_at"`, `"rating"` and `"type"` (ratings-movies.json …), `"listed_at"` and
 * `"type"` (lists-watchlist.json, lists-favorites.json, a custom list's lists-list-<id>-<slug>.json), or a `"comment"` and a `"type"`
 * (comments-movies.json …), whatever its name; an empty array (`[]`) by its name; and the export's files that are not read (its
 * aggregates, collection, profile, settings …, by their names in a folder holding its history, ratings or lists: `traktPassedOver`),
 * which its reader refuses as no note, saying why.
 * `substack` for a Substack newsletter's export: its posts.csv (a header opening "post_id,post_date,is_published" that names "title"),
 * whatever its name, and a post's body by its place (`posts/<post_id>.html` beside the export's posts.csv: an HTML fragment with no page of
 * its own); its subscribers' list (`email_list.<publication>.csv`, "email,active_subscription,…") and a post's delivery, open or click log
 * ("post_id,timestamp,email,…") refused, saying they are other people's data.
 * `medium` for a page of Medium's account export (Download your information, unzipped), whatever its name (medium.ts
 * `mediumPageOf`): a story's, response's or draft's page (`<article class="h-entry">` with `<h1 class="p-name">` and `<section
 * data-field="body">`), or a page of highlights, claps or bookmarks (its `<title>` "<name>’s quotes, page N", "…’s claps, page N",
 * "…’s bookmarks, page N", with its items' marks); the export's other pages (interests, lists, profile, sessions, follows, ips.html,
 * README.html: `mediumPassedOver`, by their folder beside the export's posts/) refused, saying why.
 * `overcast` for Overcast's OPML export, whatever its name (overcast.ts `isOvercastExport`): an `<opml>` element first, after an XML
 * declaration, with Overcast's title "Overcast Podcast Subscriptions" or an outline naming an `overcastId` (the "All data" export, the
 * subscriptions-only one).
 * `myanimelist` for MyAnimeList's list export gunzipped (`animelist_<epoch>_-_<user id>.xml`, `mangalist_…`), whatever its name
 * (myanimelist.ts `isMyAnimeListExport`): a `<myanimelist>` element first, after an XML declaration and comments (the export as it
 * downloads, gzipped, is told by detect.ts `detectFormat` before a text file's checks).
 * `orgmode` for an Emacs Org file: named `.org` or `.org_archive` (org-archive's), whatever it holds; under another name, its first line a
 * keyword ("#+TITLE: Tasks", "#+title:"), org-roam's file-level ":PROPERTIES:" drawer or Emacs's mode line for Org, or a headline
 * ("* Tuesday, 11/03/26") with what only Org writes in the start (a planning line, a drawer, a block, a timestamp with its weekday, a
 * described link, a "** " headline): orgmode.ts `isOrgText`; an encrypted one (`.org.gpg`) refused, saying to decrypt it.
 * `anki` for Anki's "Notes in Plain Text" export, whatever its name (anki.ts `isAnkiExport`): its first lines Anki's header lines, among
 * them `#separator:` or `#html:` (Anki 2.1.55 and later: "#separator:tab", "#html:true", "#guid column:1" …); or, an older export of no
 * header, rows of tab-separated fields, one holding what only Anki writes (a cloze "{{c1::…}}", "[sound:…]", "<img src=…", "<br>",
 * "<div>", "&nbsp;"); an older one of plain words alone is read with `--format anki`.
 * @throws ImportError naming the file and where: no recognisable first line; an X archive's data file
 *   that holds no posts nor messages (`byte 0`: like.js, account.js), which is no note either; a Mastodon
 *   archive's likes.json or bookmarks.json (`byte 0`: links only); YouTube's history as Takeout's web page
 *   (`byte 0`: watch-history.html, saying to choose JSON in Takeout); Takeout's index, archive_browser.html, and My Activity
 *   as a web page (`byte 0`: MyActivity.html, saying to choose JSON in Takeout); a Facebook download's likes and reactions
 *   (`byte 0`: likes_and_reactions_1.json, what was reacted to, no words); an Instagram download's likes (`byte 0`:
 *   liked_posts.json, liked_comments.json, what was liked, no words); a Snapchat download's snap_history.json (`byte 0`: who sent
 *   a snap when, no words) or friends.json (`byte 0`: usernames and display names, no words); Element's chat export as HTML or
 *   plain text (`byte 0`: saying to export the room as JSON); a Substack export's subscribers' list or a post's delivery or open log
 *   (`byte 0`: other people's email addresses)
 */
export function formatOfHead(file: string, head: FileHead): HeadFormat {
  // (a TextBundle's text, "<Title>.textbundle/text.markdown", is a note, whatever its lines look like)
  if (isBundleText(file)) return "note";
  // (a Substack export's post, posts/<post_id>.html beside its posts.csv: by its place, its HTML a fragment of no page of its own)
  if (substackPostsCsvOf(file)) return "substack";
  // (an Obsidian canvas: a ".canvas" file, whatever it holds)
  if (isCanvasFile(file)) return "canvas";
  // (a reference library exported as BibTeX: a ".bib" file, whatever it holds; its reader names a fault's line and entry)
  if (/\.bib$/i.test(file)) return "bibtex";
  // (an Emacs Org file, ".org" or org-archive's ".org_archive", whatever it holds; an encrypted one, ".org.gpg", refused saying to decrypt it)
  if (isOrgFile(file)) return "orgmode";
  if (/\.org\.gpg$/i.test(file)) throw new ImportError(file, "byte 0", orgPassedOver(file)!);
  const start = head.text.trimStart();
  // (Element's chat export as HTML or plain text: refused, saying to export it as JSON, not read as a note of markup or a transcript with no user)
  const element = elementExportAdvice(file, start);
  if (element) throw new ImportError(file, "byte 0", element);
  // (a health or fitness tracker's export, a bank's OFX or QIF download, Apple Music's export, by start or place: detect-health.ts)
  const tracked = formatOfHealthExport(file, start);
  if (tracked) return tracked;
  // (a JSON document of an app or a service, or an array of conversations; the chat logs told before a JSON array's "[": detect-json.ts)
  const json = formatOfJsonStart(file, start);
  if (json) return json;
  // (BibTeX under another name, Google Scholar's copied into a .txt: "@article{key," first, after "%" comments or Mendeley's preamble)
  if (isBibtex(start)) return "bibtex";
  // (browser bookmarks: "<!DOCTYPE NETSCAPE-Bookmark-file-1>", as Chrome, Firefox, Safari, Edge and Pinboard export them)
  if (isBookmarksFile(start)) return "bookmarks";
  // (Google Voice from Google Takeout: a text conversation's or a call's XHTML of Voice/Calls/, its <div class="hChatLog hfeed"> or <div class="haudio">)
  if (isGoogleVoiceHtml(start)) return "googlevoice";
  // (a Kindle app's notebook of a book, "<Book title> - Notebook.html": its <div class="bodyContainer">, its bookTitle and notebookFor or noteHeading)
  if (isKindleNotebook(start)) return "kindle";
  // (Medium's export: a story's page in posts/, a page of highlights, claps or bookmarks, by their markup; its other pages refused, saying why)
  if (mediumPageOf(start) !== null) return "medium";
  const mediumOther = mediumPassedOver(file);
  if (mediumOther) throw new ImportError(file, "byte 0", mediumOther);
  // (YouTube's history as Takeout's web page, watch-history.html: refused, saying to choose JSON in Takeout)
  const youtubeHtml = youtubeHtmlAdvice(file, start);
  if (youtubeHtml) throw new ImportError(file, "byte 0", youtubeHtml);
  // (Takeout's archive_browser.html, its index, and My Activity as a web page, MyActivity.html: refused, the latter saying to choose JSON in Takeout)
  const takeoutPage = takeoutPageAdvice(file, start);
  if (takeoutPage) throw new ImportError(file, "byte 0", takeoutPage);
  const ytd = twitterDataName(start);
  if (ytd !== null) {
    if (isTwitterWords(ytd)) return "twitter";
    throw new ImportError(file, "byte 0", notTwitterWords(ytd));
  }
  // (a table told by its header, or by its place among an export's files: detect-csv.ts)
  const table = formatOfCsvHeader(file, start);
  if (table) return table;
  const first = start.slice(0, start.search(/\r|\n|$/));
  if (/^(?:\uFEFF)?BEGIN:VCALENDAR\s*$/i.test(first)) return "ics";
  if (isVcard(start)) return "vcard";
  if (MBOX_SEPARATOR.test(first) || isMailHeader(start)) return "email";
  if (isEnex(start)) return "enex";
  // (a Diaro backup's DiaroBackup.xml, whatever its name: <data version="2"> then a <table name="diaro_…">)
  if (isDiaroBackup(start)) return "diaro";
  if (isSmsBackup(start)) return "sms";
  // (Overcast's OPML export, "All data" or subscriptions only: an <opml> titled "Overcast Podcast Subscriptions", or naming an overcastId)
  if (isOvercastExport(start)) return "overcast";
  // (MyAnimeList's list export, gunzipped: a <myanimelist> element first, after the XML declaration and MyAnimeList's comment)
  if (isMyAnimeListExport(start)) return "myanimelist";
  // (a WordPress export, WXR: an <rss> declaring the wp namespace "http://wordpress.org/export/1.2/", after WordPress's comments)
  if (isWordPressExport(start)) return "wordpress";
  // (Anki's "Notes in Plain Text" export: its header lines "#separator:tab", "#html:true" …, or an older one's tab-separated notes
  // holding a cloze, a sound, a picture or its editor's HTML; no note nor transcript, whatever its name)
  if (isAnkiExport(start, head.complete)) return "anki";
  // (a meeting's captions: "WEBVTT" first, or a SubRip cue's number and timing "00:00:01,120 --> 00:00:04,560")
  if (isCaptions(start)) return "captions";
  // (a Zoom meeting's saved chat, meeting_saved_chat.txt: "15:02:11 From Leo Grant to Everyone:" then a line after a tab, or
  // the older "15:02:11\t From  Leo Grant : hello"; no note nor a "Speaker: text" transcript, whatever its name)
  if (isZoomChat(start)) return "zoomchat";
  if (isImessageExport(start)) return "imessage";
  // (an Org file under another name: "#+TITLE:" or org-roam's ":PROPERTIES:" first, or a first headline "* …" with what only Org writes, a
  // planning line, a drawer, a timestamp, a "** " headline; a Markdown list's "* item" alone is a note's)
  if (isOrgText(start)) return "orgmode";
  return detectText(file, head);
}

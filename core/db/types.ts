/** Row shapes of the Engram database (see core/db/migrations/001_init.sql). Times: epoch ms, UTC. */

/** What a source is: a chat turn, a screenshot's OCR text, a file, or something the user typed in. */
export type SourceKind = "chat_turn" | "screenshot" | "file" | "manual";
export const SOURCE_KINDS: readonly SourceKind[] = ["chat_turn", "screenshot", "file", "manual"];

/** How far a source is trusted: typed by the user, imported from an export, or captured from the screen. */
export type Trust = "user" | "imported" | "captured";

/** The six memory types (after MIRIX). */
export type MemoryType = "core" | "episodic" | "semantic" | "procedural" | "resource" | "vault";
export const MEMORY_TYPES: readonly MemoryType[] = ["core", "episodic", "semantic", "procedural", "resource", "vault"];

/** Lifecycle state of a memory; `deleted` rows exist only transiently (user deletion removes the row). */
export type MemoryStatus = "active" | "archived" | "deleted";

/** A stored source (table `sources`). */
export interface SourceRow {
  id: number;
  kind: SourceKind;
  external_id: string | null;
  conversation_id: number | null;
  seq: number | null;
  speaker: string | null;
  role: string | null;
  app: string | null;
  window_title: string | null;
  url: string | null;
  occurred_at: number;
  text: string;
  context: string;
  content_hash: string;
  image_path: string | null;
  trust: Trust;
  metadata: string;
  created_at: number;
  processed_at: number | null;
}

/** A stored memory (table `memories`). `details` is JSON text. */
export interface MemoryRow {
  id: number;
  type: MemoryType;
  title: string;
  content: string;
  details: string;
  occurred_at: number | null;
  valid_from: number;
  valid_to: number | null;
  recorded_at: number;
  invalidated_at: number | null;
  superseded_by: number | null;
  status: MemoryStatus;
  importance: number;
  pinned: number;
  user_edited: number;
  access_count: number;
  last_accessed_at: number | null;
  confidence: number;
  engine: string;
  updated_at: number;
}

/** The export formats Engram can import, in detection order, as `conversations.format` stores them (core/ingest reads each; Engram's own chats are `engram`) (`text`: a `Speaker: text` transcript; `note`: plain text or Markdown that is not a chat (a TextBundle's text too, as Bear and Ulysses export a note: `<Title>.textbundle/text.markdown`); `kindle`: a Kindle's "My Clippings.txt", or the Kindle app's notebook of a book, "<Book title> - Notebook.html"; `telegram`: a Telegram chat's result.json, or a whole account's (Export Telegram data), a conversation per chat; `ics`: an iCalendar file of events; `email`: an mbox, an .eml, or an email saved from Outlook as a .msg (an OLE compound file of the message's properties, read as an .eml is); `keep`: a Google Keep note from Takeout, read as a note; `messenger`: a Facebook Messenger or Instagram thread from Meta's JSON download; `dayone`: a Day One journal's JSON export, each entry read as a note; `enex`: an Evernote export, each note read as a note; `sms`: an Android phone's text messages backed up by SMS Backup & Restore; `vcard`: an address book's contacts.vcf, each card a contact kept whole; `discord`: a Discord DM's or channel's JSON export by DiscordChatExporter, or a channel's messages (messages.json; an older package's messages.csv) in Discord's own data package (Request all of my Data: package.zip, unzipped), the user's words only; `googlechat`: a Google Chat DM's or Space's messages.json from Google Takeout; `imessage`: a Mac's iMessage or SMS conversation as imessage-exporter writes it in text; `line`: a LINE chat as the LINE app exports it in text ("[LINE] Chat with Yuki.txt"), the file one conversation; `twitter`: an X (Twitter) archive's posts (tweets.js, a day of them a conversation) or direct messages (direct-messages.js, direct-messages-group.js); `readwise`: a Readwise export of highlights (readwise-data.csv), a book's highlights read as a `kindle` conversation; `hypothesis`: Hypothesis (hypothes.is) web annotations as JSON, the sidebar's export (Share → Export, JSON: `{ export_date, export_userid, client_version, annotations }`), hypexport's file of an account's (`{ annotations, profile }`) or the API's search response (`{ total, rows }`), and the sidebar's CSV export, each page's annotations read as a `kindle` conversation titled by the page, the owner's highlights with their notes and tags the user's, the group's annotations and replies said by their authors; `simplenote`: a Simplenote export's source/notes.json, each active note read as a note; `document`: a PDF, a Word document (.docx), an RTF document (.rtf: TextEdit's, WordPad's; TextEdit's .rtfd folder as one) or an OpenDocument text (.odt: LibreOffice's, Google Docs'), read as a note of its text, detected by its bytes before any text format; `roam`: a Roam Research graph's JSON export (`<graph>.json`), each page with words read as a note, a daily page of its day; `googletasks`: Google Tasks from Google Takeout (Tasks/Tasks.json), each task list read as a to-do note; `todoist`: a Todoist project's CSV (a project's "Export as a template", or a file of Todoist's backups), read as a to-do note of its tasks; `standardnotes`: a Standard Notes decrypted backup ("Standard Notes Backup and Import File.txt"), each note not in the trash read as a note; `goodreads`: Goodreads' library export (goodreads_library_export.csv), each book read as a note of the user's: its shelf, rating, review and private notes; `storygraph`: The StoryGraph's library export (Manage Account → Export StoryGraph Library: a CSV, its header "Title,Authors,Contributors,ISBN/UID,…,Moods,Pace,…,Star Rating,Review,…"), each book read as a note of the user's in Goodreads' words: where it is (read, currently reading, to-read, did not finish), when it was read, its stars, its moods and pace, the answers on its characters, the review, content warnings and tags, keyed by its ISBN/UID; `captions`: a meeting's transcript as a video-call or recorder app saves it, WebVTT (Zoom's `GMT…_Recording.transcript.vtt`, a Teams transcript's .vtt) or SubRip (an Otter.ai .srt), read as one conversation of its speakers; `letterboxd`: a Letterboxd export's CSV (diary.csv, reviews.csv, ratings.csv, watchlist.csv, lists/<list>.csv), read as notes of the user's: the diary a note per month of viewings, each in words with its review, the ratings, the watchlist and each list a note; `peloton`: Peloton's workout history (the website's Workouts → Download Workouts: `<username>_workouts.csv`), read as notes of the user's records, a day a note, each class taken a paragraph in words (its length, name and instructor, when on the file's clock, live or on demand, its output, distance, heart rate and calories, a personal best for its length said so), keyed by its time and title; `flights`: a flight log, Flighty's export (Settings → Export flights: `FlightyExport-<day>.csv`) or myFlightradar24's (Settings → Export: `flightdiary_<time>.csv`), read as notes of the user's records, a day a note, each flight a paragraph in words (from where to where, the airline and flight number, when it left and arrived against when it was due, a delay, a cancellation or a diversion, the seat, cabin, aircraft and tail number, the booking reference, the terminals and gates, why it was flown and the user's note), keyed by its day, airline, number and route; `imdb`: IMDb's CSV exports (imdb.com/exports: Your Ratings, the watchlist, the check-ins, a list), each read as a note of the user's records, a title a paragraph of the day it was rated, added or checked in; `trakt`: Trakt's data export (Settings → Data → Export now: a ZIP of JSON files, unzipped), read as notes of the user's: a day of viewing a note of records (each film or episode watched, scrobbled or checked in, at its time on the account's time zone), the ratings, the watchlist, the favorites, each custom list and the comments a note each; its aggregates, collection, profile, settings and the other files passed over, said why; `libby`: Libby's timeline of library loans (Shelf → Timeline → Actions → Export Timeline: its Data, libbytimeline-activities.json, or its Spreadsheet, a CSV), read as notes of the user's records, a month of borrows, returns, renewals and holds a note, each activity a paragraph of its time with its title, authors, format and library; `bookmarks`: browser bookmarks as every browser exports them, the Netscape Bookmark File Format (Chrome's `bookmarks_11_30_26.html`, Firefox's, Safari's, Edge's, Pinboard's `bookmarks.html`; Chrome's own `Bookmarks` JSON too), each folder read as a note of the user's, each bookmark a line of it: what was saved, where it is filed, the day it was added, its description and tags; `daylio`: a Daylio mood journal's CSV export (daylio_export_2026_11_30.csv), read as notes of the user's: a day's entries a note, each entry its mood, activities and note in words; `googlemaps`: Google Maps' saved places and reviews from Google Takeout (`Maps (your places)/Saved Places.json` and `Reviews.json`, GeoJSON; `Saved/<list>.csv`), read as notes of the user's: the saved places a note, each list a note titled by it, the reviews a note, each place a paragraph in words with its address, of the day it was saved; `trello`: a Trello board's JSON export (Export as JSON), read as a to-do note of its cards; `readlater`: read-later lists as their apps export them, Pocket's (`part_000000.csv` of its `pocket.zip`, or the older `ril_export.html`) and Instapaper's (`instapaper-export.csv`), each list (Pocket's unread or archive, an Instapaper folder) read as a note of the user's, each article a line of the day it was saved: its title, link, tags, whether it was read, and Instapaper's selection; `strava`: a Strava archive's activities.csv (Request your archive: `export_<athlete id>.zip`, unzipped), read as notes of the user's: a month of activities a note, each activity a paragraph in words, with its gear, description, private note and photos' captions; `ticktick`: TickTick's backup of an account (Settings → Account → Generate backup: `TickTick-backup-2026-11-13.csv`), read as notes of the user's: each list's tasks a to-do note, each task a paragraph in words with its due date, whether and when it was done, its tags, content, checklist and sub-tasks, each note a note of its own; `reddit`: a Reddit data export's CSVs (reddit.com/settings/data-request, unzipped): posts.csv and comments.csv read as the user's own words, a subreddit's day of posts or of comments a conversation, each post its title and body; messages.csv and messages_archive.csv a conversation per thread, chat_history.csv one per chat, the account statistics.csv names the user; `linkedin`: LinkedIn's data archive (Get a copy of your data: `Complete_LinkedInDataExport_11-24-2026.zip`, unzipped), its `messages.csv` each conversation a conversation, the account's own messages the user's, and its `Connections.csv` and `Positions.csv` read as notes of the user's: a month of connections a note, each connection a paragraph of the day it was made with where they work, the jobs held a note; `mastodon`: a Mastodon account's archive, unzipped: its outbox.json's posts (a day of them a conversation, a thread of self-replies with its first post) and actor.json's profile; `youtube`: YouTube's data from Google Takeout ("YouTube and YouTube Music", unzipped): history/watch-history.json and search-history.json (History in JSON) read as the user's day-by-day log, a day a note, each video watched, song played or search a line (adverts and removed videos passed over), comments/comments.csv (and live chats) a note per video commented on, subscriptions/subscriptions.csv one note; playlists, the channel and the HTML history passed over, said why; `facebook`: the user's own Facebook posts and comments from Meta's JSON download (your_posts__check_ins__photos_and_videos_1.json, comments.json; the posts and comments in groups), a day of posts a conversation and a day of comments another, each said by the user, check-ins with their place, shared links and photos' captions in words; likes and reactions passed over, said why; `wordpress`: a WordPress site's export (Tools → Export → All content: `<site>.WordPress.2026-12-01.xml`, WordPress eXtended RSS), each published, private, scheduled or draft post and page read as a note of the user's of the day it was published (a draft marked so), its categories and tags kept, and each one's approved comments a conversation under it, said by their authors (the post's author's own the user's); attachments, menu items, the trash and comments awaiting moderation passed over; `canvas`: an Obsidian canvas (a vault's `.canvas`, JSON Canvas 1.0), read as a note of the user's titled by its file's name: each text card's Markdown a paragraph in reading order, under its group's label, a file card a mention of its note, a link card its address, an edge what links two cards ("Venue —(needs)→ Deposit paid"), each keyed by its card so a later save adds only what changed); `instagram`: the user's own Instagram posts, reels, stories and comments from Meta's JSON download (your_instagram_activity/content/posts_1.json, reels.json, stories.json, comments/post_comments_1.json; 2025's `media/`, older downloads' `content/` at the root), a day of each kind a conversation said by the user, a caption's closing hashtags its labels, a comment told as said on whose post; likes, followers, ads and the download's other files passed over, said why; its direct messages are `messenger`'s; `bibtex`: a reference library exported as BibTeX (a `.bib`: Zotero's File → Export Library, Better BibTeX, Mendeley, JabRef, BibDesk, Google Scholar), each entry read as a note of the user's, its title, authors, year and venue, the day it was saved (`urldate`), the user's tags and notes (`annote`, `comment`), and its abstract kept apart as the paper's words (a `kindle` conversation, trust imported), keyed by its citation key; `kobo`: a Kobo e-reader's highlights and notes, read from the device's own database (`KoboReader.sqlite`, copied from its `.kobo` folder, opened read-only), each book's highlights read as a `kindle` conversation, each with its chapter and the note typed at it; dog-ears, drawings and deleted highlights passed over; `snapchat`: Snapchat's chats from its My Data download (JSON: `json/chat_history.json`, today's shape keyed by conversation or the older "Received Saved Chat History" and "Sent Saved Chat History"), each conversation a conversation titled by the group's name or the friend's display name from friends.json beside it, the account's own messages the user's; photos, stickers, voice notes and Snapchat's notices passed over, and the download's other files (snaps, friends, account, locations, Memories) passed over, said why; `skype`: Skype's chats from its "Export your data" (and Microsoft Teams (free)'s, for an account moved there: `8_live_<id>_export.tar`, unpacked), `messages.json`, each chat or group a conversation in time order, the account's own messages the user's, a reply's quote kept as its context, photos and files a short mention; calls, member changes, edits' earlier versions, deleted messages, bots and the call log passed over; `tiktok`: TikTok's "Download your data" in JSON (`user_data_tiktok.json`, older `user_data.json`), each chat of its direct messages a conversation with the person it is with, the user's own messages theirs, and the user's posts (their titles and where they were posted) and comments read as their own words, a day of each a conversation; what was watched, liked and searched, logins, followers, ads, settings, lives and the shop passed over; `journey`: a Journey diary's export (Export as JSON (ZIP), unzipped: one `<id>.json` per entry, its photos beside it), each entry with words read as a note of the user's of its day and time in its time zone, where it was written and the weather then said after its words, its tags kept; photos and entries with no words passed over, said why; `amazon`: Amazon's order history from "Request your data" (Your Orders: `Your Orders.zip`, unzipped), its `Retail.OrderHistory.1/Retail.OrderHistory.1.csv` read as notes of the user's: a month of orders a note, each order a paragraph keyed by its link, each item what was bought, for how much and when, a gift's recipient, town and message, a cancelled item said so, its returns from Retail.CustomerReturns beside it; the addresses but the recipient's name and town not kept; the download's other files passed over, said why; `googlevoice`: Google Voice from Google Takeout (`Takeout/Voice/Calls/`, unzipped: one XHTML file per text conversation or call, "Greg Novak - Text - 2026-10-05T14_02_11Z.html"), each person's texts one conversation keyed by their number (so their several files and a later Takeout add only what is new), a group's by its people, "Me" the user's, a voicemail's transcript a turn of its caller; calls placed, received or missed, the audio, Phones.vcf, Greetings/ and Bills.html passed over, said why; `zoomchat`: a Zoom meeting's saved chat (`meeting_saved_chat.txt` in the meeting's folder under Documents/Zoom, "2026-10-06 15.00.08 Weekly design sync 81234567890"), read as one conversation titled by the meeting's topic, each message a turn of its sender at the folder's day and its clock time, "Me" the user's, a direct message to the user said to them, replies and reactions folded into the message they answer; `bluesky`: a Bluesky account's repository as the app exports it (Settings → Account → Export my data → Download CAR file: `repo.car`, a CAR v1 file of DAG-CBOR blocks), its posts read as the user's own words, a day of them a conversation, a thread of self-replies with its first post, a reply to someone else kept as one, images' alt text, a link card's title and a quoted post's author as context, and its profile's description a conversation of its own; likes, reposts, follows, blocks and the other records passed over; `spotify`: Spotify's "Download your data", unzipped (Account data: `Spotify Account Data/`; Extended streaming history: `Spotify Extended Streaming History/`), its streaming histories (StreamingHistory_music_0.json, _podcast_0, Streaming_History_Audio_2025-2026_0.json …) read as the user's day-by-day listening, a day a note, each song, podcast episode or audiobook played for 30 seconds or more a paragraph with how many times, when and for how long, the most played first, a private session's plays passed over; Playlist1.json each playlist a note of its description and tracks, each with the day it was added; YourLibrary.json one note of the podcasts and artists followed, albums saved and songs liked; the searches, account details, payments, inferences and marketing segments passed over, said why; `matrix`: a Matrix room's chat as Element exports it (Room info → Export chat → Format: JSON: `matrix - <room> - Chat Export - <time>.json`), read as one conversation keyed by the room's ID, each message a turn of its sender's display name at its server time, keyed by its event ID, the exporter (`exported_by`) the user's; a reply's fallback quote taken off, an edit read once with its newest words, reactions folded into the message reacted to, a direct chat titled by the other person; deleted and undecryptable messages and state events passed over; Element's HTML and plain text exports refused, saying to export as JSON; `myactivity`: Google's My Activity and Chrome's history from Google Takeout, unzipped (`My Activity/<product>/MyActivity.json`, Activity records in JSON: Search's, Chrome's, Maps' …; `Chrome/History.json`), read as the user's day-by-day log, a day a note, each search, page visited (with its site), Maps search, directions and place looked at a paragraph at its time, once a day whichever file tells it; adverts, apps used, Discover's feed cards and YouTube's records (youtube's) passed over, and Takeout's archive_browser.html and My Activity as a web page passed over, said why; `gemini`: the user's conversations with Google's Gemini (formerly Bard) from Google Takeout (My Activity → Gemini Apps in JSON: `My Activity/Gemini Apps/MyActivity.json`, unzipped), each prompt a turn of the user's and Gemini's answer (its HTML read as text) a turn of the assistant's, prompts within 30 minutes of each other one conversation (My Activity has no conversation ids; two chats its newer records link are two) titled by its first prompt, attached files named with their prompt, a Canvas made told in words with its text as Gemini's; features used, feedback and the files attached beside it passed over, said why; `timeline`: Google Maps Timeline (Location History): a Takeout month of Semantic Location History (`Takeout/Location History (Timeline)/Semantic Location History/2026/2026_OCTOBER.json`, `{ "timelineObjects": [ … ] }`) or the phone's own export (Settings → Location → Location services → Timeline → Export Timeline data: `Timeline.json`, `{ "semanticSegments": [ … ] }`), read as notes of the user's: a day a note, each place visited (its name and address, or home, work, or its coordinates) and each journey (how, how far, from where to where) a paragraph at its time on the local clock, a day of two journeys or more how far by each way in all; Records.json's raw points, Settings.json, Timeline Edits.json and the phone's raw signals passed over, said why; `googlephotos`: Google Photos from Google Takeout, unzipped (`Takeout/Google Photos/`: a folder per album and per year, "Photos from 2026", each photo beside its JSON sidecar, `IMG_0001.jpg.supplemental-metadata.json` or `IMG_0001.jpg.json`, an album's `metadata.json`), read as notes of the user's: an album a note titled by it, its description, when its photos were taken and who is in them, then each photo a paragraph of the time it was taken (in UTC) with who is in it, where (its coordinates), what the user wrote under it and whether it is a favourite; the photos in no album a note per day; the pictures and videos themselves passed over (no text is read from images on import), and the sidecars read with their folder, said why; `bank`: bank statements as the UK's app banks export them, Monzo's (Account → Export transactions → CSV: MonzoDataExport_….csv, its header "Transaction ID,Date,Time,Type,Name,Emoji,Category,Amount,…") and Revolut's (Statement → Excel or CSV: account-statement_….csv, "Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State,Balance"), read as notes of the user's: a month of each bank's transactions a note, each transaction a sentence of who was paid or paid the user, how much in what currency, when, its category and the user's notes and #tags as written, transfers between the user's own pots said so; declined and reverted payments, card checks and round-ups left out; and any bank's download for Microsoft Money or Quicken, told by its content whatever its name: OFX or QFX (.ofx, .qfx: OFX 1.x's SGML, its header "OFXHEADER:100", or OFX 2.x's XML, "<?OFX …?>"; a bank account's or a credit card's statement), a month of each account's transactions a note titled by the bank's name (its <FI><ORG>, else the file's), each a sentence in the account's currency (<CURDEF>), keyed by its FITID so an overlapping download adds only the new ones; and QIF (.qif: "!Type:Bank", "!Type:CCard", "!Account"), its days read in the order all of them fit, its amounts with no currency (QIF names none); and the payment apps' CSVs, told by their headers: Venmo's statement (Statements → Download CSV: VenmoStatement_Oct_2026.csv, "Account Statement - (@…)", "Account Activity", then ",ID,Datetime,Type,Status,Note,From,To,Amount (total),…") and PayPal's activity download (Download.CSV, "Date","Time","TimeZone","Name","Type","Status","Currency","Gross",…), a month of each account's payments a note of the user's records, each who paid whom, how much, what for as its note says, an item sold or bought, keyed by the app's transaction ID; and YNAB's export of a budget (Export budget data, a ZIP unzipped: `… - Register.csv` and `… - Plan.csv`, Budget.csv before 2025), a month of each account's transactions a note (the payee, the category, the user's memo, transfers between their own accounts and split transactions told once), and a month of the plan a note (what was assigned to each category, spent and left); `signal`: a Signal chat as signal-export (carderne/signal-export, `sigexport`) writes it from Signal Desktop's database, a folder per chat (`SamOkafor/`, `HackneyHarriers/`, `NotetoSelf/`), its data.json (a message's JSON a line) or, without it, its chat.md ("[2026-10-03 18:21:05] SamOkafor: …"), read as one conversation of the chat, each message a turn of its sender at its time, "Me" the user's, a direct chat titled by the person it is with, a group by its name; a reply's quote and reactions folded into the message they answer, attachments named, never read; deleted messages, calls and stickers passed over, and media/ (the attachments) passed over, said why; `uber`: Uber's "Download your data", unzipped (`Uber Data/`: `Rider/trips_data.csv` and `Eats/eats_order_details.csv`, or the newer `Rider/trips_data-0.csv` and `Eats/user_orders-0.csv`), read as notes of the user's: a month of rides a note, each ride a paragraph of where from and to, when (with its zone), how far and what it cost, a cancelled one said so; a month of Uber Eats orders a note, each order what was ordered from where, when and for how much, with its note to the restaurant; the restaurants' names told with their orders, the app's analytics, the profile, payment methods and the download's other files passed over, said why; `applehealth`: Apple Health's export (Health → the user's picture → Export All Health Data: `export.zip`, unzipped, its `apple_health_export/export.xml` streamed), read as notes of the user's: a day a note, its workouts in words (what, how far in the unit written, how long, a run's pace, when and what recorded it), the night's sleep begun on it, and its steps, resting heart rate and weight when weighed; the samples themselves, the activity rings, export_cda.xml, workout-routes/, electrocardiograms/ and clinical-records/ passed over, said why; `browser`: a browser's own history database, read where the browser keeps it (Firefox's places.sqlite in its profile folder, Chrome's or Edge's History, Safari's History.db; told by its tables, whatever its name; opened read-only, copied first when the running browser holds it locked), read as the user's day-by-day log in My Activity's words and keys (a day a note, each search, page visited with its site and how many times, and download a paragraph at its first time; a visit told by Takeout's Chrome history too told once), and Firefox's bookmarks a folder a note as a bookmarks export's; reloads, redirects, frames, the browser's own and local pages passed over; `substack`: a Substack newsletter's export (Settings → Exports, a ZIP unzipped: posts.csv and posts/<post_id>.html), each post a note of the user's of the day it was published (its title, subtitle, whom it was for, its body's words; drafts marked so), told by posts.csv's header or a post's place beside it; the subscribers' list and the posts' delivery and open logs passed over, said why; `netflix`: Netflix's viewing history (the Viewing activity page's NetflixViewingHistory.csv, or a "Download your personal information" download unzipped: its ViewingActivity.csv, Ratings.csv, MyList.csv and SearchHistory.csv), read as notes of the user's: a day of viewing a note per profile (a show's episodes of a day one paragraph, with their times from the download), the ratings one note, My List one; hooks, trailers and sittings under a minute left out; with `--me` naming a profile only its rows, else every profile, each named; the download's account, billing, devices, IP addresses, clickstream and customer service passed over, said why; `fitbit`: Fitbit's account data from Google Takeout (`Takeout/Fitbit/Global Export Data/`, unzipped; Fitbit's older archive's `Physical Activity/` and `Sleep/` too), read as notes of the user's: a day a note, its exercises in words (what, how far, how long, a run's pace, when on the clock of the export's profile), the night's sleep begun on it with its stages, its steps summed from the minutes, its resting heart rate and its weigh-ins; the heart-rate samples, the other measures, badges, food logs, the profile and the scores' folders passed over, said why; `garmin`: Garmin Connect's account export (the Garmin account's Data Management page → Export Your Data, the ZIP unzipped: its `DI_CONNECT/` folder), read as notes of the user's, a day a note of records: its activities in words (what, how far, how long, a run's pace, the climb, when on the owner's clock, a race said so, the heart rate), the night's sleep begun on it with its stages and score, its steps and resting heart rate, and its weigh-ins; the uploaded FIT files, the training metrics, the profile, settings and the other measures passed over, said why; `oura`: Oura's data export (the membership hub's Export data, the ZIP unzipped: its `App Data/` CSVs, `;`-separated, each told by its header; or Oura Cloud's older JSON, `{ "sleep": [ … ], "activity": [ … ], "readiness": [ … ] }`), read as notes of the user's, a day a note of records: each night's sleep in the note of its evening (how long, when, its stages, the lowest resting heart rate, HRV and efficiency) and its sleep score, the day's readiness score and temperature, steps, active calories and activity score, SpO2, stress and resilience, each workout in words, and each tag or note the user added with its comment; the heart-rate and temperature series, bedtime advice, the ring's settings and the app's sessions passed over, said why; `applemusic`: Apple Music's listening from Apple's "Request a copy of your data" (Apple Media Services information, unzipped: `Apple_Media_Services/Apple Music Activity/`), its Apple Music Play Activity.csv read as the user's day-by-day listening on their clock, a day a note, each song played again a paragraph with how many times and when, each album or playlist played from with its songs, the songs played once together, skips under 30 seconds left out; its Library Tracks.json what was added to the library and the songs loved, in the same days; its Library Playlists.json each playlist a note of its songs; Likes and Dislikes.csv the songs loved and disliked; the summed histories, the library's activity and identifiers passed over, said why; `lastfm`: a Last.fm listening history as the exporters people use write it (Last.fm offers no download): lastfm.ghan.nl/export's Recent Tracks CSV (`recenttracks-<user>-<digits>.csv`, "uts,utc_time,artist,artist_mbid,album,album_mbid,track,track_mbid") or JSON (the API's pages, its Loved Tracks too), and benjaminbenben's Last.fm to csv (`<user>.csv`, "artist,album,track,31 Jan 2021 14:22" rows, no header), read as the user's day-by-day listening in UTC, a day a note in the words of Spotify's and Apple Music's days, each song scrobbled again a paragraph with how many times and when, the rest together, with no lengths (a scrobble has none), a double scrobble once; the loved tracks in their days); `myfitnesspal`: MyFitnessPal's data export (Premium: Settings → Export Data, a zip emailed, unzipped: `File-Export-<from>-to-<to>/`), its Nutrition-Summary, Exercise-Summary and Measurement-Summary CSVs read as notes of the user's, a day a note of records: each meal's calories and macros and the day's total, each exercise (cardio's minutes and calories, strength's sets, reps and weight, the phone's or a tracker's steps), the day's weigh-in and measurements, and the day's food and exercise notes as the user typed them; `swarm`: Foursquare Swarm's check-ins from Foursquare's data export (Settings → Privacy → Initiate Data Download Request, a zip emailed, unzipped: `data-export-NNNN/`), its checkins1.json, checkins2.json … read as notes of the user's, a day a note of records on each check-in's own clock, each check-in where, when, with whom and what the user shouted; its tips.json one note of what the user thought of places; photos, visits, ratings and comments passed over, said why; `overcast`: Overcast's "All data" export (overcast.fm/account → Export OPML (extended): `overcast.opml`, OPML 1.0 of its playlists and of each podcast with the episodes the user played, started, starred or queued), read as notes of the user's in the words of Spotify's podcast episodes: a day of episodes finished, stopped partway (how far in) or recommended (starred) a note of records, the podcasts subscribed to and unsubscribed from one note, each playlist a note; episodes only queued or deleted unheard passed over; `toggl`: Toggl Track's time entries as its Detailed report exports them (Reports → Detailed → Export → Download as CSV: `Toggl_time_entries_<from>_to_<to>.csv`), read as notes of the user's, a day of entries a note of records: each entry what was worked on, for which client and project, from when to when, for how long, billable or not and its tags, and the day's total last). */
export const IMPORT_FORMATS = [
  "locomo",
  "chatgpt",
  "claude",
  "text",
  "note",
  "kindle",
  "telegram",
  "ics",
  "email",
  "keep",
  "messenger",
  "dayone",
  "enex",
  "sms",
  "vcard",
  "slack",
  "discord",
  "googlechat",
  "imessage",
  "line",
  "twitter",
  "readwise",
  "hypothesis",
  "simplenote",
  "document",
  "roam",
  "googletasks",
  "todoist",
  "standardnotes",
  "goodreads",
  "storygraph",
  "captions",
  "letterboxd",
  "peloton",
  "toggl",
  "imdb",
  "trakt",
  "libby",
  "bookmarks",
  "daylio",
  "googlemaps",
  "trello",
  "readlater",
  "strava",
  "ticktick",
  "reddit",
  "linkedin",
  "mastodon",
  "youtube",
  "facebook",
  "instagram",
  "wordpress",
  "canvas",
  "bibtex",
  "kobo",
  "snapchat",
  "skype",
  "tiktok",
  "journey",
  "amazon",
  "googlevoice",
  "zoomchat",
  "bluesky",
  "spotify",
  "matrix",
  "myactivity",
  "gemini",
  "timeline",
  "googlephotos",
  "bank",
  "signal",
  "uber",
  "applehealth",
  "browser",
  "substack",
  "netflix",
  "fitbit",
  "garmin",
  "oura",
  "applemusic",
  "lastfm",
  "overcast",
  "myfitnesspal",
  "swarm",
  "flights",
] as const;
/** One of {@link IMPORT_FORMATS}. */
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** A conversation (table `conversations`): groups chat-turn sources. */
export interface ConversationRow {
  id: number;
  format: string;
  external_id: string;
  title: string | null;
  participants: string;
  started_at: number | null;
  created_at: number;
  /** `day` or `log` when the conversation is an app's records of what the user did (core/ingest/types.ts `ParsedConversation.records`), else null. */
  records: "day" | "log" | null;
}

/** What an entity is (the CHECK constraint of `entities.kind`). */
export type EntityKind = "person" | "place" | "organisation" | "app" | "thing" | "other";

/** An entity as lists show it (table `entities`). */
export interface EntityRow {
  id: number;
  name: string;
  kind: EntityKind;
}

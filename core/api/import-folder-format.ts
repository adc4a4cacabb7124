// What a file found in a folder the user imports is read as (folderFileFormat), by its name and start, or null for one that holds
// no one's words; the formats a folder's JSON and other files may be read as.
import { basename } from "node:path";
import { detectFormat } from "../ingest/detect.js";
import { isBundleText } from "../ingest/notes/textbundle.js";
import { isTwitterWordsFile } from "../ingest/social/twitter-archive.js";
import { isCanvasFile } from "../ingest/notes/canvas.js";
import { isOrgFile } from "../ingest/notes/orgmode.js";
import { isHistoryInFolder } from "../ingest/web/browser.js";
import type { ImportFormat } from "./types.js";
import { passedOverInFolder } from "./import-passed-over.js";
import { OUTLOOK_OR_OFFICE_97 } from "./import-paths.js";

/**
 * The format of a `.txt`/`.md`/`.enex`/`.ics`/`.vcf`/`.eml`/`.mbox`/`.xml`/`.html`/`.json`/`.js` file found in a folder the user imports: a
 * Kindle's "My Clippings.txt" as Kindle clippings, a conversation imessage-exporter wrote as text ("Mum.txt") as one, a chat the LINE app exported ("[LINE] Chat with Yuki.txt") as one, an iCalendar file as a calendar, a saved mail or a
 * mailbox as email, contacts (a .vcf) as vCards, an Evernote export as one, an SMS Backup & Restore backup (an .xml) as one, a WordPress export (Tools → Export: `<site>.WordPress.2026-12-01.xml`, WordPress eXtended RSS) as one, any other .xml null, browsers' exported bookmarks (an .html or .htm opening with `<!DOCTYPE NETSCAPE-Bookmark-file-1>`: Chrome's bookmarks_11_30_26.html, Firefox's, Safari's, Pinboard's) as bookmarks, Pocket's export (ril_export.html, an HTML page titled "Pocket Export") as readlater, Raindrop.io's exports (its HTML export, a Netscape bookmark file; its CSV export by its header "id,title,note,excerpt,url,folder,…") as bookmarks, Google Voice's text conversations and voicemails of Google Takeout (`Voice/Calls/Greg Novak - Text - 2026-10-05T14_02_11Z.html`, told by their start) as googlevoice (its calls' logs, the audio, the photos sent, Phones.vcf, Greetings/ and Bills.html passed over, said why: {@link passedOverInFolder}), the Kindle app's notebooks of books (`Atomic Habits - Notebook.html`, told by their start; one with no highlight nor note passed over, said so) as kindle, any other .html null (a saved web page, Takeout's archive_browser.html: no one's words), a Telegram Desktop export's result.json (a chat's, ChatExport_<day>/, or a whole
 * account's, DataExport_<day>/: its chats, the media beside it no text; one with no chat of words passed over, said why) as telegram, a Google Keep note (a Takeout folder's .json) as Keep's, a Messenger or Instagram
 * thread (a Meta download's message_1.json) as one, a Day One journal's Journal.json as one, a Slack channel's day as one, a Discord channel exported by
 * DiscordChatExporter as one, a Discord data package's channel (`messages/c<id>/messages.json`, an older package's `messages.csv`, told by
 * their start) as discord (the package's index.json, channel.json, account, analytics, servers and README passed over, said why:
 * {@link passedOverInFolder}), a Google Chat group's messages.json (Google Takeout) as one (its group_info.json and the
 * account's user_info.json null: no conversation), a Simplenote export's source/notes.json as one (the .txt copies of its
 * notes beside it null: {@link passedOverInFolder}), a Roam Research graph's JSON export (`<graph>.json`, the one file
 * of Roam's Roam-Export-….zip, told by its first page) as one, Google Tasks from Google Takeout (`Tasks/Tasks.json`, told by
 * its opening `"kind": "tasks#taskLists"`) as one, a Trello board's JSON export (`<board short link>.json`, told by its
 * start: the board's id, then its link "https://trello.com/b/…"; a board with no card that is not archived is refused as
 * a note with no text, so the folder passes it over, saying why) as one, a Standard Notes decrypted backup ("Standard Notes Backup and Import
 * File.txt", or renamed .json) as one (the copies of its items under `Items/` beside it null: {@link passedOverInFolder}), a copy of Chrome's own `Bookmarks` file named .json as bookmarks, Google Maps' saved places and reviews of Google Takeout (`Maps (your places)/Saved Places.json`, `Reviews.json`, told by their start, a GeoJSON FeatureCollection naming `"google_maps_url"`, whatever their translated names) as googlemaps, any other JSON null (Takeout's `Labeled places.json`, a map's GeoJSON) (no
 * note: an app's settings, such as an Obsidian vault's), any other file as a note (a Markdown note may open with a "## heading" that would
 * read as a chat's speaker). An X (Twitter) archive's posts (tweets.js, tweets-part1.js …) and direct
 * messages (direct-messages.js, direct-messages-group.js) as its, any other .js null (account.js,
 * like.js, manifest.js: no one's words, as Slack's users.json). A Mastodon archive's outbox.json and actor.json (its posts and its
 * profile, told by their start) as mastodon (its likes.json and bookmarks.json, links only, passed over: {@link passedOverInFolder}). YouTube's files of
 * Google Takeout (history/watch-history.json and search-history.json, comments/comments.csv, live chats.csv,
 * subscriptions/subscriptions.csv, told by their start) as youtube (its playlists, channel and HTML history passed over:
 * {@link passedOverInFolder}). Google's My Activity of Takeout's other products (My Activity/Search/MyActivity.json, Chrome's,
 * Maps' …) and Chrome's history (Chrome/History.json), told by their start, as myactivity (one of adverts, apps used or feed cards
 * only refused as a note with no text, so the folder passes it over, saying what it holds; its HTML form and Takeout's
 * archive_browser.html passed over, said why: {@link passedOverInFolder}). Gemini's My Activity (My Activity/Gemini Apps/MyActivity.json),
 * told by its start, as gemini (one of features used and feedback only refused as a note with no text, so the folder passes it over,
 * saying what it holds; the files attached to its prompts beside it passed over, said why: {@link passedOverInFolder}). DeepSeek's chat export
 * (Settings → Data → Export data, unzipped: conversations.json, told by its first chat) as deepseek (its user.json, the account's
 * details, passed over, said why: {@link passedOverInFolder}). Google Maps Timeline's files (a Takeout month of Semantic Location
 * History, `Location History (Timeline)/Semantic Location History/2026/2026_OCTOBER.json`, and the phone's Timeline.json), told by their start,
 * as timeline (Takeout's Records.json, Settings.json and Timeline Edits.json passed over, said why: {@link passedOverInFolder}). Foursquare's
 * data export (`data-export-NNNN/`: checkins1.json, checkins2.json … and tips.json, told by their start) as swarm (its photos.json, visits.json,
 * unconfirmed_visits.json, comments.json, venueRatings.json and lists.json passed over, said why: {@link passedOverInFolder}). Polarsteps' export (`user_data/`: each trip's `trip/<trip name>_<id>/trip.json`, told by its start) as polarsteps (its
 * locations.json, user/user.json and the steps' photos and videos passed over, said why: {@link passedOverInFolder}). A Facebook download's posts and comments (your_posts__check_ins__photos_and_videos_1.json,
 * comments.json, the posts and comments in groups, told by their start) as facebook (its Messenger threads, message_1.json, as
 * messenger; its likes and reactions and its other files passed over, said why: {@link passedOverInFolder}). An Instagram download's posts,
 * reels, stories and comments (content/posts_1.json, reels.json, stories.json, comments/post_comments_1.json, told by their start) as
 * instagram (its direct messages, message_1.json, as messenger; its likes and its other files passed over, said why:
 * {@link passedOverInFolder}). A Snapchat download's chat_history.json (`json/`, told by its start) as snapchat (its snap_history.json, friends.json,
 * account.json and the download's other files passed over, said why: {@link passedOverInFolder}). A Skype export's messages.json (Skype's or
 * Microsoft Teams (free)'s "Export your data", unpacked; told by its start) as skype (its media/<doc id>.json, a shared file's
 * description, passed over, said why: {@link passedOverInFolder}; a shared PDF there read as a document). Google Hangouts' Hangouts.json
 * of Takeout (`Takeout/Hangouts/`, told by its start, either shape) as hangouts (one with no message refused as a note with no text, so
 * the folder passes it over, saying so). TikTok's download in JSON
 * (`TikTok_Data_<digits>.zip` unzipped: its one user_data_tiktok.json, older user_data.json, told by its start) as tiktok (its direct
 * messages, posts and comments read; what was watched, liked and searched, the ads and settings inside it passed over; one holding none of
 * the user's messages, posts or comments is refused as a note with no text, saying so, so the folder passes it over). A Journey diary's
 * entries (its "Export as JSON (ZIP)" unzipped: each `<id>.json`, told by its start) as journey (an entry with no words, a photo alone, is
 * refused as a note with no text, so the folder passes it over, saying why; its photos beside it passed over: {@link passedOverInFolder}). A Diaro backup's DiaroBackup.xml (Create backup, unzipped; an .xml
 * opening `<data version="2">` and a `<table name="diaro_…">`, told by its start) as diaro (its photos under media/ and an encrypted
 * DiaroBackup.denc passed over, said why: {@link passedOverInFolder}; one with no entry of words refused as a note with no text, so the folder passes it over). Google Photos of Google Takeout (`Takeout/Google Photos/`:
 * an album's metadata.json, told by its start, its album; a year's folder's first sidecar, "Photos from 2026/…supplemental-metadata.json",
 * its photos in no album) as googlephotos (the folder's other sidecars, read with it, and the photos and videos themselves passed over,
 * said why: {@link passedOverInFolder}). A Spotify download's streaming histories (StreamingHistory_music_0.json,
 * _podcast_0, Streaming_History_Audio_…_0.json), Playlist1.json and YourLibrary.json, told by their start, as spotify (an empty history, or one
 * whose days are told with the file before it, refused as a note with no text, so the folder passes it over; the download's other files and its
 * Read_Me_First.pdf passed over, said why: {@link passedOverInFolder}). A Trakt export's files (Settings → Data → Export now, unzipped: its
 * watched-history.json, ratings-*.json, lists-watchlist.json, lists-favorites.json, lists-list-<id>-<slug>.json and comments-*.json, told by their
 * start, an empty one by its name) as trakt (an empty one refused as a note with no text, so the folder passes it over; the export's other files
 * passed over, said why: {@link passedOverInFolder}). Hypothesis annotations in JSON (the sidebar's export, `<day>-<page title>-<group>.json`; hypexport's file; the API's search response;
 * told by their start) as hypothesis. A Matrix room's chat as Element exports it in JSON (`matrix - <room> - Chat
 * Export - <time>.json`, a ZIP's `export.json`, told by its start) as matrix (one with no message of words gives no conversation;
 * its HTML pages and a plain text export passed over, said to export as JSON: {@link passedOverInFolder}). A Readwise export (a .csv with its
 * header, readwise-data.csv) as one, a Todoist project's CSV (its header "TYPE,CONTENT,…": "Home [6Jf8VQXxpwv56VQ7].csv" of a
 * backup) as one, TickTick's backup (TickTick-backup-2026-11-13.csv, its preamble "Date: …" then its header "Folder Name","List Name","Title",…) as one, Goodreads' library export (goodreads_library_export.csv, its header "Book Id,Title,Author,…") as one, The StoryGraph's library export (a CSV named by a hash, its header "Title,Authors,…,Read Status,…,Moods,…") as storygraph, a
 * Letterboxd export's CSVs (diary.csv, reviews.csv, ratings.csv, watchlist.csv, lists/<list>.csv; its profile.csv,
 * comments.csv, watched.csv, likes/ and deleted/ too, which its reader refuses as no note, saying why, so the folder passes
 * them over) as one, Peloton's workouts CSV (<username>_workouts.csv, its header "Workout Timestamp,Live/On-Demand,Instructor Name,…",
 * whatever its name; one with no workout refused as a note with no text, so the folder passes it over) as peloton, Strong's workout export (strong.csv, its header naming Date, Workout Name, Exercise Name and Set Order) and Hevy's (workout_data.csv, its header naming title, start_time, exercise_title and set_type), whatever their names (one with no workout refused as a note with no text, so the folder passes it over), as strong, a Toggl Track Detailed report's CSV (Toggl_time_entries_<from>_to_<to>.csv, its header "User,Email,Client,Project,Task,Description,Billable,Start
 * date,…" or a newer report's columns, whatever its name; one with no entry refused as a note with no text, so the folder passes it over) as toggl, IMDb's exports (Your Ratings "Const,Your Rating,Date Rated,Title,…"; the watchlist, the check-ins and a list
 * "Position,Const,Created,Modified,Description,Title,…", whatever their names; one with no title refused as a note with no text, so the
 * folder passes it over, saying so) as imdb, Libby's timeline (its Data, libbytimeline-activities.json, and its Spreadsheet, a .csv whose header names "title", "author",
 * "timestamp", "activity" and "library"; one with no activity refused as a note with no text, so the folder passes it over) as libby, a list of Google Takeout's Saved (`Saved/<list>.csv`, its header "Title,Note,URL,Tags,Comment") as googlemaps, Daylio's export (daylio_export_2026_11_30.csv, its header "full_date,date,weekday,time,mood,…") as one, a Strava archive's CSVs (activities.csv; its profile.csv, shoes.csv, bikes.csv, media.csv and comments.csv too, which its reader refuses as no note, saying why) as strava, a Reddit data export's CSVs (posts.csv, comments.csv, messages.csv, messages_archive.csv, chat_history.csv; its id-only files, statistics.csv and the *_headers.csv copies are passed over, said why: {@link passedOverInFolder}) as reddit, a LinkedIn archive's CSVs (messages.csv, Connections.csv, Positions.csv; its other files are passed over, said why: {@link passedOverInFolder}) as linkedin, Amazon's order history from "Request your data" (Retail.OrderHistory.1.csv of "Your Orders" unzipped; its returns and its other files passed over, said why: {@link passedOverInFolder}) as amazon, a bank's statement (Monzo's export, MonzoDataExport_….csv; Revolut's, account-statement_….csv; Venmo's statement, VenmoStatement_Oct_2026.csv; PayPal's activity download, Download.CSV; YNAB's export unzipped, its Register and Plan; Splitwise's export of a group, <group>_2026-11-28_export.csv; Monarch Money's transactions and balance history downloads; Copilot Money's export, transactions.csv; Cash App's statement export, cash_app_report_….csv; Mint's export of transactions, transactions.csv; by their headers, whatever their names) as bank, Uber's download ("Uber Data" unzipped: Rider/trips_data.csv and Eats/eats_order_details.csv by their headers, or the newer trips_data-0.csv and user_orders-0.csv; its restaurants' names and its other files passed over, said why: {@link passedOverInFolder}) as uber, Apple Health's export.xml (an .xml opening `<!DOCTYPE HealthData [` or `<HealthData`, whatever its name; the export's other files passed over, said why: {@link passedOverInFolder}) as applehealth, a JSON file of Fitbit's export (Takeout's `Fitbit/Global Export Data/`: exercise-N.json, sleep-….json, steps-….json, resting_heart_rate-….json and weight-….json, told by their start; the export's other files passed over, said why: {@link passedOverInFolder}) as fitbit, a JSON file of Garmin Connect's export (`DI_CONNECT/`: …_summarizedActivities.json, …_sleepData.json, UDSFile_….json and …_userBioMetrics.json, told by their start; the export's other files passed over, said why: {@link passedOverInFolder}) as garmin, MyFitnessPal's export (`File-Export-<from>-to-<to>/`: its Nutrition-Summary, Exercise-Summary and Measurement-Summary CSVs, told by their headers; one with nothing logged refused as a note with no text, so the folder passes it over) as myfitnesspal, Oura's export (`App Data/`: its dailysleep.csv, dailyreadiness.csv, dailyactivity.csv, sleepmodel.csv, workout.csv, enhancedtag.csv, dailyspo2.csv, dailystress.csv and dailyresilience.csv, told by their headers; Oura Cloud's older JSON by its start; one with nothing to tell refused as a note with no text, so the folder passes it over; its other files passed over, said why: {@link passedOverInFolder}) as oura, Withings' export (weight.csv, bp.csv, sleep.csv, activities.csv and height.csv told by their headers, aggregates_steps.csv, aggregates_calories_earned.csv and manual_spo2.csv by their names; its README.txt, samples and other files passed over, said why: {@link passedOverInFolder}) as withings, a habit tracker's export (Loop Habit Tracker's, unzipped: Habits.csv, Checkmarks.csv and each habit's folder's Checkmarks.csv by their headers, one with no note refused as a note with no text, so the folder passes it over; its Scores.csv passed over, said why: {@link passedOverInFolder}; HabitBull's CSV by its header) as habits, a read-later list's (Pocket's part_000000.csv, its header "title,url,time_added,tags,status"; Instapaper's instapaper-export.csv, "URL,Title,Selection,Folder,…"; Pocket's ril_export.html, titled "Pocket Export") as readlater, not as a Notion database's; a Notion database's .csv as a note. A file that cannot be read is a note
 * here; checkImportFile then names what is wrong with it. A PDF, a Word document, an RTF document or an OpenDocument text (.pdf, .docx, .rtf, .odt; an RTF or a PDF named .txt, by its first bytes) as a document. Outlook's saved
 * email (a .msg: a compound file holding a message's property streams, by its content) as email; a .msg, .doc, .xls or .ppt that is
 * no compound file by what it holds (a mail's text as email, an RTF document named .doc as a document), else null. A
 * TextBundle's text (`<Title>.textbundle/text.markdown`, as Bear and Ulysses export a note) as a note, whatever it looks like. A
 * meeting's captions (.vtt, .srt: Zoom's, Teams', Otter's transcripts) as captions, whatever they look like (one that is
 * none is then refused naming its line, not read as a note); Zoom's live captions beside the recording's transcript null
 * ({@link passedOverInFolder}). A Zoom meeting's saved chat (meeting_saved_chat.txt, told by its start: "15:02:11 From Leo Grant to
 * Everyone:") as zoomchat, not as a note; a local recording's chat.txt beside it, and Zoom's live captions (closed_caption.txt) beside
 * the meeting's transcript, null ({@link passedOverInFolder}). A KakaoTalk chat's export (the PC app's or a phone's .txt, the Mac app's
 * .csv "Date,User,Message", told by its content) as kakaotalk, not as a note; the files a phone's "Save as documents" saved beside its
 * Talk_….txt null ({@link passedOverInFolder}). An IRC client's log (WeeChat's `.weechatlog`, irssi's, HexChat's, ZNC's or The Lounge's `.log`, told by its start) as irc; a client's buffer of the server and any other `.log` null ({@link passedOverInFolder}). A reference library exported as BibTeX (a `.bib`: Zotero's, Mendeley's, JabRef's) as bibtex, whatever
 * it holds (one with no entry is refused as a note with no text, so the folder passes it over; a fault is refused naming its line and
 * entry); a `.txt` holding BibTeX (Google Scholar's, copied) too, by its start. Zotero's library exported as CSV (`My Library.csv`, `Exported Items.csv`: its header "Key","Item Type",…, whatever its name) as zotero (one with no item refused as a note with no text, so the folder passes it over). An Obsidian canvas (a vault's `.canvas`, JSON Canvas; a `.json` that is one, by its start)
 * as canvas, whatever it holds (one with no card of words is refused as a note with no text, so the folder passes it over). A browser's history as browser: Chrome's or
 * Edge's History and Safari's History.db by their names, a `.sqlite` by its tables (Firefox's places.sqlite; browser.ts `isHistoryInFolder`). Any other `.sqlite` as a Kobo's
 * KoboReader.sqlite (one that is no Kobo's database, and the Kobo's own BookReader.sqlite, are passed over before, said why: {@link passedOverInFolder};
 * a Kobo with no highlight is refused as a note with no text, so the folder passes it over). A `.car` as a Bluesky repository's export
 * (`repo-<handle>-<date>.car`: one that is no CAR file, or a CAR file that holds no Bluesky repository, is passed over before, said why:
 * {@link passedOverInFolder}; a repository with no post is refused as a note with no text, so the folder passes it over, saying what it holds).
 * A Signal chat as signal-export writes it (`<chat>/data.json`, told by its start; `<chat>/chat.md` where no data.json is beside it, told by
 * its start too) as signal, not as an app's JSON or a note (its media/, chat.md beside data.json, meta.json and chat.js passed over, said
 * why: {@link passedOverInFolder}). A Substack newsletter's export (its ZIP unzipped) by its posts.csv (told by its header) as substack, each
 * post read with its body from `posts/` (the bodies, the subscribers' list and the posts' delivery and open logs passed over, said why:
 * {@link passedOverInFolder}). A bank's download for Money or Quicken (`.ofx`, `.qfx`: OFX 1.x's "OFXHEADER:100" or OFX 2.x's
 * "<?OFX …?>" first; `.qif`: "!Type:Bank" …) as bank, by its start; any other file so named is no statement, null. Overcast's
 * OPML export (`overcast.opml`, or `overcast.opml.xml` as some browsers save it: an `<opml>` titled "Overcast Podcast Subscriptions" or
 * naming an `overcastId`) as overcast, by its start; any other .opml, another app's list of feeds, null. A flight log (Flighty's export,
 * FlightyExport-<day>.csv, its header "Date,Airline,Flight,From,To,…"; myFlightradar24's, flightdiary_<time>.csv, `Date,"Flight
 * number",From,To,…` after an empty line) as flights, by its header whatever its name (one with no flight is refused as a note with no
 * text, so the folder passes it over). Untappd's check-in history (an Untappd Supporter's Beer History as CSV or JSON, told by its header
 * or its first check-in, whatever its name) as untappd (one with no check-in refused as a note with no text, so the folder passes it
 * over). MyAnimeList's list export (`animelist_<epoch>_-_<user id>.xml.gz`, `mangalist_…`: a `.gz`, gzipped
 * as it downloads, any other gzipped file passed over before, said why: {@link passedOverInFolder}; or gunzipped, an `.xml` opening
 * `<myanimelist>`) as myanimelist (a list with no entry refused as a note with no text, so the folder passes it over). An Emacs Org
 * file (`.org`, org-archive's `.org_archive`) as orgmode, whatever it holds (one with no words refused as a note with no text, so the
 * folder passes it over); Emacs's backup and auto-save copies and an encrypted one null ({@link passedOverInFolder}). Anki's "Notes in
 * Plain Text" export (a `.txt`: its header lines "#separator:tab" …, or an older one's tab-separated notes holding a cloze, a sound, a
 * picture or its editor's HTML) as anki, by its start (one with no note of words refused as a note with no text, so the folder passes it
 * over); an Anki package (`.apkg`, `.colpkg`) null, said to be exported as Notes in Plain Text ({@link passedOverInFolder}).
 */
export async function folderFileFormat(path: string): Promise<ImportFormat | null> {
  if (await passedOverInFolder(path)) return null;
  // (a TextBundle's text, Bear's or Ulysses', is a note: never a chat, whatever its lines look like)
  if (isBundleText(path)) return "note";
  if (/\.(?:pdf|docx|rtf|odt)$/i.test(path)) return "document";
  // (Outlook's saved email, a .msg, by its content: a compound file, or a saved mail's text; a .doc, .xls or .ppt that is none, an RTF document named .doc, as what it is; a compound file that is no email passed over before, said why)
  if (OUTLOOK_OR_OFFICE_97.test(path)) {
    const format = await detectFormat(path).catch(() => null);
    return format === "email" || format === "document" ? format : null;
  }
  // (a browser's history, Chrome's History or Safari's History.db (another such file passed over before, said why), or a .sqlite by its tables, Firefox's places.sqlite)
  if (await isHistoryInFolder(path)) return "browser";
  // (a Kobo's KoboReader.sqlite: any other .sqlite, the Kobo's own BookReader.sqlite or another app's database, is passed over before, said why)
  if (/\.sqlite$/i.test(path)) return "kobo";
  // (a Bluesky repository's CAR export: any other .car, an IPFS archive, is passed over before, said why)
  if (/\.car$/i.test(path)) return "bluesky";
  if (/\.(?:vtt|srt)$/i.test(path)) return "captions";
  // (an IRC client's log, WeeChat's .weechatlog or another's .log, by its start: any other was passed over before, said why)
  if (/\.(?:log|weechatlog)$/i.test(path)) return (await detectFormat(path).catch(() => null)) === "irc" ? "irc" : null;
  // (MyAnimeList's list export as it downloads, animelist_<epoch>_-_<user id>.xml.gz: any other gzipped file is passed over before, said why)
  if (/\.gz$/i.test(path)) return "myanimelist";
  // (a reference library exported as BibTeX, Zotero's, Mendeley's, JabRef's .bib: whatever it holds; one with no entry is then passed over as a note with no text)
  if (/\.bib$/i.test(path)) return "bibtex";
  // (an Obsidian canvas, a vault's .canvas: its cards, groups and edges, whatever it holds; one with no card of words is then passed over as a note with no text)
  if (isCanvasFile(path)) return "canvas";
  // (an Emacs Org file, a .org or org-archive's .org_archive, whatever it holds; one with no words is then passed over as a note with no text)
  if (isOrgFile(path)) return "orgmode";
  if (/\.js$/i.test(path)) return isTwitterWordsFile(basename(path)) && (await detectFormat(path).catch(() => null)) === "twitter" ? "twitter" : null;
  if (/\.json$/i.test(path)) {
    const format = await detectFormat(path).catch(() => null);
    return format && FOLDER_JSON_FORMATS.has(format) ? format : null;
  }
  // (a bank's download for Money or Quicken, .ofx, .qfx or .qif, by its start: any other so named, an OpenFX plug-in, is no statement)
  if (/\.(?:ofx|qfx|qif)$/i.test(path)) return (await detectFormat(path).catch(() => null)) === "bank" ? "bank" : null;
  // (an .xml is read when it is an SMS Backup & Restore backup, a WordPress export, Apple Health's export.xml, Overcast's export saved as
  // overcast.opml.xml, MyAnimeList's list export gunzipped or a Diaro backup's DiaroBackup.xml, by its start: any other is an app's data)
  if (/\.xml$/i.test(path)) {
    const format = await detectFormat(path).catch(() => null);
    return format === "sms" || format === "wordpress" || format === "applehealth" || format === "overcast" || format === "myanimelist" || format === "diaro"
      ? format
      : null;
  }
  // (an .opml is read when it is Overcast's export, by its start: another app's list of feeds is no one's words)
  if (/\.opml$/i.test(path)) return (await detectFormat(path).catch(() => null)) === "overcast" ? "overcast" : null;
  // (a web page is no one's words: only browsers' exported bookmarks, Pocket's export, ril_export.html, Google Voice's texts and voicemails of Takeout
  // and the Kindle app's notebooks, "<Book title> - Notebook.html", are read of a folder's .html; and a Medium export's stories, highlights, claps and bookmarks)
  if (/\.html?$/i.test(path)) {
    const format = await detectFormat(path).catch(() => null);
    return format === "bookmarks" || format === "readlater" || format === "googlevoice" || format === "kindle" || format === "medium" ? format : null;
  }
  const format = await detectFormat(path).catch(() => "note" as const);
  return FOLDER_TEXT_FORMATS.has(format) ? format : "note";
}

/** The formats a `.json` found in a folder is read as (any other JSON is an app's, no one's words). */
const FOLDER_JSON_FORMATS: ReadonlySet<ImportFormat> = new Set([
  "telegram",
  "keep",
  "messenger",
  "dayone",
  "slack",
  "discord",
  "googlechat",
  "simplenote",
  "roam",
  "googletasks",
  "standardnotes",
  "bookmarks",
  "trello",
  "canvas",
  "googlemaps",
  "mastodon",
  "youtube",
  "facebook",
  "instagram",
  "snapchat",
  "skype",
  "hangouts",
  "tiktok",
  "journey",
  "spotify",
  "googlephotos",
  "matrix",
  "myactivity",
  "gemini",
  "timeline",
  "signal",
  "fitbit",
  "garmin",
  // (a session of Google Fit's Takeout, All Sessions/<start>_<ACTIVITY>.json)
  "googlefit",
  // (Oura Cloud's older JSON, {"sleep": [{"summary_date": …)
  "oura",
  "applemusic",
  "lastfm",
  "hypothesis",
  "swarm",
  // (Untappd's check-in history as JSON, told by its first check-in)
  "untappd",
  // (Polarsteps' export: each trip's trip.json)
  "polarsteps",
  // (Libby's timeline exported as Data, libbytimeline-activities.json)
  "libby",
  // (Trakt's data export: watched-history.json, ratings-*.json, lists-watchlist.json, lists-list-<id>-<slug>.json, comments-*.json)
  "trakt",
  // (DeepSeek's chat export unzipped: its conversations.json, told by its first chat)
  "deepseek",
]);
/** The formats another file found in a folder is read as besides a note (a transcript's lines in a folder of notes are a note's). */
const FOLDER_TEXT_FORMATS: ReadonlySet<ImportFormat> = new Set([
  "bibtex",
  // (Zotero's library exported as CSV, by its header)
  "zotero",
  // (Raindrop.io's CSV export, by its header)
  "bookmarks",
  "kindle",
  "readwise",
  // (the Hypothesis sidebar's CSV export, by its header)
  "hypothesis",
  "todoist",
  "ticktick",
  "goodreads",
  "storygraph",
  "letterboxd",
  // (Peloton's workouts CSV, by its header)
  "peloton",
  // (Strong's and Hevy's workout exports, by their headers)
  "strong",
  // (a Toggl Track Detailed report's CSV, by its header)
  "toggl",
  "imdb",
  // (Libby's timeline exported as a Spreadsheet, by its header)
  "libby",
  "googlemaps",
  "daylio",
  "readlater",
  "strava",
  "reddit",
  "linkedin",
  "amazon",
  "bank",
  "uber",
  // (a flight log, Flighty's export or myFlightradar24's, by its header)
  "flights",
  // (Untappd's check-in history as CSV, by its header)
  "untappd",
  "netflix",
  "applemusic",
  "lastfm",
  "myfitnesspal",
  // (a CSV of Oura's export, its App Data folder, by its header)
  "oura",
  // (a CSV of Withings' export by its header, its day totals by their names)
  "withings",
  // (a table of Samsung Health's export by its first line)
  "samsunghealth",
  // (a CSV of WHOOP's export by its header)
  "whoop",
  // (Sleep Cycle's sleepdata.csv by its header)
  "sleepcycle",
  // (a CSV of Cronometer's export by its header)
  "cronometer",
  // (Google Fit's daily activity metrics of Takeout, by its header)
  "googlefit",
  // (a file of a habit tracker's export, Loop Habit Tracker's or HabitBull's, by its header)
  "habits",
  "youtube",
  "standardnotes",
  "ics",
  "email",
  "enex",
  "vcard",
  "imessage",
  "line",
  // (a KakaoTalk chat's export: the PC app's or a phone's .txt, the Mac app's .csv, by its content)
  "kakaotalk",
  "zoomchat",
  // (Anki's "Notes in Plain Text" export, by its header lines or its notes)
  "anki",
  "discord",
  "signal",
  "substack",
  // (an RTF document or a PDF named .txt, by its first bytes)
  "document",
]);

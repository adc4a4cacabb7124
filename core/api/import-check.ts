import { accessSync, constants, existsSync, readdirSync, statSync } from "node:fs";
import { fileStart } from "../ingest/kit/file-start.js";
import { basename, dirname, join } from "node:path";
import { detectFormat } from "../ingest/detect.js";
import { NO_TEXT } from "../ingest/notes/note.js";
import { isReadwiseCsv } from "../ingest/reading/readwise.js";
import { isZoteroCsv } from "../ingest/reading/zotero.js";
import { isHypothesisCsv } from "../ingest/reading/hypothesis-csv.js";
import { bundleInfo, isBundlePart, isBundleText, isZippedBundle, zippedBundleAdvice } from "../ingest/notes/textbundle.js";
import { isRtfdPart } from "../ingest/notes/rtf.js";
import { BACKUP_FILE } from "../ingest/notes/standardnotes.js";
import { captionsCopy } from "../ingest/chats/captions.js";
import { zoomChatCopy } from "../ingest/chats/zoomchat.js";
import { ankiPackagePassedOver } from "../ingest/notes/anki.js";
import { deepseekPassedOver } from "../ingest/chats/deepseek.js";
import { kakaotalkPassedOver } from "../ingest/chats/kakaotalk.js";
import { ircPassedOver } from "../ingest/chats/irc.js";
import { signalPassedOver } from "../ingest/chats/signal.js";
import { isBookmarksFile } from "../ingest/web/bookmarks.js";
import { isTodoistCsv } from "../ingest/notes/todoist.js";
import { isTickTickBackup } from "../ingest/notes/ticktick.js";
import { isGoodreadsCsv } from "../ingest/reading/goodreads.js";
import { isStoryGraphCsv } from "../ingest/reading/storygraph.js";
import { isLetterboxdCsv } from "../ingest/media/letterboxd.js";
import { isImdbCsv } from "../ingest/media/imdb.js";
import { isPelotonCsv } from "../ingest/health/peloton.js";
import { isStrongCsv } from "../ingest/health/strong.js";
import { isTogglCsv } from "../ingest/notes/toggl.js";
import { isLibbyCsv } from "../ingest/reading/libby.js";
import { isDaylioCsv } from "../ingest/notes/daylio.js";
import { isGoogleSavedList } from "../ingest/places/googlemaps.js";
import { isStravaCsv, stravaPassedOver } from "../ingest/health/strava.js";
import { applehealthPassedOver } from "../ingest/health/applehealth.js";
import { fitbitPassedOver } from "../ingest/health/fitbit-export.js";
import { garminPassedOver } from "../ingest/health/garmin-export.js";
import { ouraKindOf, ouraPassedOver } from "../ingest/health/oura-export.js";
import { withingsKindOf, withingsPassedOver } from "../ingest/health/withings-export.js";
import { samsungPassedOver, samsungTypeOf } from "../ingest/health/samsunghealth-export.js";
import { whoopKindOf } from "../ingest/health/whoop.js";
import { sleepCycleKindOf } from "../ingest/health/sleepcycle.js";
import { cronometerKindOf } from "../ingest/health/cronometer.js";
import { googleFitKindOf, googleFitPassedOver } from "../ingest/health/googlefit-export.js";
import { appleMusicPassedOver, isAppleMusicFile } from "../ingest/media/applemusic-export.js";
import { isLastfmFile } from "../ingest/media/lastfm.js";
import { isMyFitnessPalCsv } from "../ingest/health/myfitnesspal.js";
import { isRedditCsv, redditPassedOver } from "../ingest/social/reddit.js";
import { isLinkedInCsv, linkedinPassedOver } from "../ingest/social/linkedin.js";
import { amazonPassedOver, isAmazonCsv } from "../ingest/money/amazon.js";
import { isBankCsv } from "../ingest/money/bank.js";
import { isPayPalActivity } from "../ingest/money/paypal.js";
import { isVenmoStatement } from "../ingest/money/venmo.js";
import { isYnabCsv } from "../ingest/money/ynab.js";
import { isSplitwiseExport } from "../ingest/money/splitwise.js";
import { isMonarchCsv } from "../ingest/money/monarch.js";
import { isCopilotCsv } from "../ingest/money/copilot.js";
import { isCashAppCsv } from "../ingest/money/cashapp.js";
import { isMintCsv } from "../ingest/money/mint.js";
import { isUberCsv, uberPassedOver } from "../ingest/places/uber.js";
import { isFlightsCsv } from "../ingest/places/flights.js";
import { spotifyPassedOver } from "../ingest/media/spotify.js";
import { traktPassedOver } from "../ingest/media/trakt-files.js";
import { myAnimeListPassedOver } from "../ingest/media/myanimelist.js";
import { isNetflixFile, netflixPassedOver } from "../ingest/media/netflix.js";
import { timelinePassedOver } from "../ingest/places/timeline.js";
import { swarmPassedOver } from "../ingest/places/swarm.js";
import { isUntappdExport } from "../ingest/places/untappd.js";
import { polarstepsMediaPassedOver, polarstepsPassedOver } from "../ingest/places/polarsteps.js";
import { habitsKindOf, habitsPassedOver } from "../ingest/notes/habits-export.js";
import { isInstapaperCsv, isPocketCsv, isPocketHtml } from "../ingest/web/readlater.js";
import { isRaindropCsv } from "../ingest/web/raindrop.js";
import { isTwitterWordsFile } from "../ingest/social/twitter-archive.js";
import { isCanvasFile } from "../ingest/notes/canvas.js";
import { isOrgFile, orgPassedOver } from "../ingest/notes/orgmode.js";
import { mastodonPassedOver } from "../ingest/social/mastodon.js";
import { facebookPassedOver } from "../ingest/social/facebook.js";
import { instagramPassedOver } from "../ingest/social/instagram.js";
import { snapchatPassedOver } from "../ingest/social/snapchat.js";
import { skypePassedOver } from "../ingest/chats/skype.js";
import { isElementHtml, matrixPassedOver } from "../ingest/chats/matrix.js";
import { discordPackagePassedOver, inDiscordPackage, isDiscordPackageMessages } from "../ingest/chats/discord-package.js";
import { journeyPassedOver } from "../ingest/notes/journey.js";
import { diaroPassedOver } from "../ingest/notes/diaro.js";
import { googleVoicePassedOver, isGoogleVoiceHtml } from "../ingest/chats/googlevoice.js";
import { isKindleNotebook } from "../ingest/reading/kindle-notebook.js";
import { googlePhotosPassedOver } from "../ingest/media/googlephotos.js";
import { isYouTubeCsv, youtubePassedOver } from "../ingest/media/youtube.js";
import { myActivityPassedOver } from "../ingest/web/myactivity.js";
import { geminiPassedOver } from "../ingest/web/gemini.js";
import { browserPassedOver, HISTORY_NAME, isHistoryInFolder } from "../ingest/web/browser.js";
import { isKoboConf, koboPassedOver } from "../ingest/reading/kobo.js";
import { blueskyPassedOver } from "../ingest/social/bluesky.js";
import { outlookMsgPassedOver } from "../ingest/chats/outlook-msg.js";
import { isSubstackPostsCsv, substackPassedOver } from "../ingest/social/substack.js";
import { mediumPageOf, mediumPassedOver } from "../ingest/social/medium.js";
import { validateForImport } from "../ingest/validated.js";
import { ApiError, toApiError } from "./errors.js";
import { checkExportWhole, isEngramExport } from "./export-import.js";
import type { ImportFormat } from "./types.js";

/**
 * Checks a file before anything is opened for its import (`engram import` runs it before the API,
 * so a missing or malformed file is refused without loading the engine or creating a database): it
 * exists, is a readable file, and is an Engram export whole to its end marker (export-import.ts
 * `checkExportWhole`; the restore then validates it against the database) or a chat export valid to
 * its end (core/ingest/validated.ts `validateForImport`: UTF-8 text, the format recognised from the
 * first conversation of a JSON array or the first lines of a transcript, every conversation parsed,
 * a file truncated at its end refused). Pass the format it returns to `importFile`: the import of
 * the unchanged file then takes this validation's result and reads the file once more, to store it.
 * @param format the format the user chose (then checked as that format, or as an Engram export)
 * @param onProgress bytes of a chat export read so far and the file's size, as it is validated
 * @returns the format to import the file as
 * @throws ApiError bad_request naming the file and, for bad content, where (byte, line, column or JSON path)
 */
export async function checkImportFile(
  path: string,
  format?: ImportFormat,
  onProgress?: (bytesRead: number, totalBytes: number) => void,
): Promise<ImportFormat> {
  let isFile: boolean;
  try {
    isFile = statSync(path).isFile();
    accessSync(path, constants.R_OK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new ApiError("bad_request", `${path}: no such file`, { field: "path" });
    if (code === "EACCES" || code === "EPERM") throw new ApiError("bad_request", `${path}: not readable (permission denied)`, { field: "path" });
    throw toApiError(err);
  }
  if (!isFile) throw new ApiError("bad_request", `${path}: not a file`, { field: "path" });
  if (!format || format === "engram") {
    if (isEngramExport(path)) {
      await checkExportWhole(path);
      return "engram";
    }
    if (format) throw new ApiError("bad_request", `${path}: line 1: not an Engram export (no engram-export header)`, { field: "path" });
  }
  try {
    return (await validateForImport(path, { format, onProgress })).format;
  } catch (err) {
    throw toApiError(err);
  }
}

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

/**
 * Why `path`, a `.txt` in `Items/<kind>/` of an unzipped Standard Notes decrypted backup (a folder
 * whose "Standard Notes Backup and Import File.txt" is a backup, by its start), is passed over: a note's
 * text ("a copy of a note in Standard Notes' backup, read from Standard Notes Backup and Import
 * File.txt": the note, or its being in the trash, is read there), a tag's or another item's content
 * ("a Standard Notes tag, no note", "Standard Notes' UserPreferences, no note"; the folder is the item's
 * kind, its "SN|" made "SN_"); null for any other file.
 */
async function standardNotesCopy(path: string): Promise<string | null> {
  const kind = basename(dirname(path));
  const items = dirname(dirname(path));
  if (basename(items) !== "Items") return null;
  const root = dirname(items);
  let names: string[];
  try {
    names = readdirSync(root).filter((n) => BACKUP_FILE.test(n));
  } catch {
    return null;
  }
  for (const name of names) {
    if (!(await isExportFile(join(root, name), "standardnotes"))) continue;
    if (kind === "Note") return `a copy of a note in Standard Notes' backup, read from ${name}`;
    return kind === "Tag" ? "a Standard Notes tag, no note" : `Standard Notes' ${kind.replace(/^SN_/, "")}, no note`;
  }
  return null;
}

/** Whether `path` is a Simplenote export's notes.json, by its start (see {@link isExportFile}). */
function isSimplenoteJson(path: string): Promise<boolean> {
  return isExportFile(path, "simplenote");
}

/** Whether `path` is an export of `format`, by its start; remembered for the file as it is (size and modification time), for the folder's other .txt files. */
async function isExportFile(path: string, format: ImportFormat): Promise<boolean> {
  let key: string;
  try {
    const info = statSync(path);
    if (!info.isFile()) return false;
    key = `${format}\0${path}\0${info.size}\0${info.mtimeMs}`;
  } catch {
    return false;
  }
  let known = EXPORT_FILES.get(key);
  if (known === undefined) {
    if (EXPORT_FILES.size >= 64) EXPORT_FILES.clear();
    known = detectFormat(path).then(
      (f) => f === format,
      () => false,
    );
    EXPORT_FILES.set(key, known);
  }
  return known;
}

/** {@link isExportFile}'s answers so far, by format, path, size and modification time (at most 64). */
const EXPORT_FILES = new Map<string, Promise<boolean>>();

/**
 * The files `engram import PATH` reads for a path: a file as is (`inFolder` false); for a folder, the
 * note files it holds (.txt, .md, .markdown, .log and .weechatlog (IRC clients' logs; any other log, so that it is said to be passed over), .org and .org_archive (Emacs's Org files; beside them its backups "tasks.org~", auto-saves
 * "#tasks.org#" and encrypted "journal.org.gpg", so that they are said to be passed over), .canvas (an Obsidian vault's canvases), .bib (reference libraries exported as BibTeX), .enex from Evernote, .ics calendars, .eml and .mbox mail,
 * .xml text message backups and WordPress exports, .vcf contacts, .json such as Google Keep's notes, Messenger's
 * threads and Simplenote's notes.json, .js such as an X archive's data files, meetings' captions, .vtt and .srt, browsers' exported bookmarks and Pocket's ril_export.html (an .html whose start is one: a saved web page is passed over), and documents, .pdf and
 * .docx, but Word's lock files "~$name.docx", .rtf and .odt (of TextEdit's .rtfd folder only its TXT.rtf, its pictures no document); .opml files (Overcast's export); .gz files (MyAnimeList's list export as it downloads; any other, so that it is said to be passed over); .sqlite databases, a Kobo's KoboReader.sqlite, and a Kobo's settings, Kobo eReader.conf and affiliate.conf, .car files, a Bluesky repository's export, .ofx, .qfx and .qif files, a bank's downloads for Money or Quicken,
 * so that they are said to be passed over), a browser's history by its name (Chrome's and Edge's History, no extension; Safari's History.db), .msg files (Outlook's saved emails) and .doc, .xls and .ppt files (Office 97–2003's,
 * compound files too, so that they are said to be passed over), in every subfolder but hidden ones (an Obsidian vault's .obsidian and .trash; a Kobo's own .kobo folder
 * is read, only its .sqlite and .conf files) and an app's
 * copies of its notes (Logseq's logseq/bak and logseq/version-files), signal-export's chats' attachments (any file under a chat's media/, so
 * that they are said to be passed over: signal.ts `signalPassedOver`), an Apple Health export's routes (.gpx), ECGs (.csv) and export_cda.xml
 * (so that they are said to be passed over: applehealth.ts `applehealthPassedOver`), a Fitbit export's files that are not read, its heart-rate samples, Profile.csv, its scores' CSVs and
 * its profile's picture (so that they are said to be passed over: fitbit-export.ts `fitbitPassedOver`), a Garmin Connect export's files that are not read, its uploaded FIT files' ZIPs too (so that they are said to be passed over: garmin-export.ts `garminPassedOver`), Google Voice's Takeout folder's audio, photos sent in texts, Greetings/ and Bills.html (so that they are said to be passed over: {@link passedOverInFolder}; its texts' and calls' .html by their start), Google Photos' photos and videos of Takeout, beside their sidecars (so that they are said to be passed over: googlephotos.ts `googlePhotosPassedOver`), the files attached to prompts to Gemini beside Takeout's My Activity/Gemini Apps/MyActivity.json (so that they are said to be passed over: gemini.ts `geminiPassedOver`), a Notion database's .csv (only
 * its "_all" copy when there is one), a Readwise export's .csv, a Todoist project's, TickTick's backup, Goodreads' library export, The StoryGraph's, a Letterboxd export's, a list of Google Takeout's Saved, Daylio's export, a read-later list's, Pocket's or Instapaper's, Raindrop.io's CSV export, a Strava archive's (and its tracks, photos and routes, any file under its activities/, media/ and routes/, so that they are said to be passed over: {@link passedOverInFolder}), a Journey export's photos, videos and voice notes beside their entries' .json (so that they are said to be passed over), a Diaro backup's photos under the media/ beside its DiaroBackup.xml and an encrypted DiaroBackup.denc (so that they are said to be passed over), an unzipped Discord data package's (its channels' messages.json and an older package's messages.csv; its other files too, whatever their kind, `account/avatar.png`, so that they are said to be passed over: {@link passedOverInFolder}), and a Reddit export's (its posts, comments, messages and chats; its saved, hidden and voted ids, subscriptions, statistics and *_headers.csv too, so that they are said to be passed over), and a LinkedIn archive's (messages.csv, Connections.csv, Positions.csv; its other CSVs and its articles' .html too, so that they are said to be passed over), and YouTube's of Google Takeout (comments.csv, subscriptions.csv; its playlists' and channel's CSVs and its history as a web page, watch-history.html, too, so that they are said to be passed over), and an Amazon download's ("Your Orders" unzipped: Retail.OrderHistory.1.csv; its returns and other datasets' CSVs too, so that they are said to be passed over), and an Uber download's ("Uber Data" unzipped: Rider/trips_data.csv and Eats/eats_order_details.csv, or their newer names; its restaurants' names, analytics and account's CSVs too, so that they are said to be passed over), and a bank's statement (Monzo's export, Revolut's, Venmo's statement, PayPal's activity download, YNAB's Register and Plan, Monarch Money's and Copilot Money's downloads, by their headers)
 * (their header read: a Letterboxd export's profile, likes and comments too, so its import says why it passes them over;
 * any other .csv is data, not a note: passed over), in name
 * order, each `inFolder` (its format is then {@link folderFileFormat}'s; Zotero's CSV export among the CSVs read, by its header). Of a TextBundle (`<Title>.textbundle/`, Bear's
 * or Ulysses' note; the folder may be one), only its text: its info.json is what the text is read with, its
 * assets/ the note's images and attached files, no note. A zipped bundle (.textpack) or a Bear backup (.bear2bk)
 * is listed so that it is said to be unzipped, and an Anki package (.apkg, .colpkg) so that it is said to be exported as Notes in
 * Plain Text ({@link passedOverInFolder}). Empty for a folder that holds none.
 */
export function importPaths(path: string): Array<{ file: string; inFolder: boolean }> {
  if (!existsSync(path) || !statSync(path).isDirectory()) return [{ file: path, inFolder: false }];
  const names = new Set(readdirSync(path, { recursive: true, encoding: "utf8" }) as string[]);
  return [...names]
    .filter(
      (n) =>
        (/\.(txt|md|markdown|canvas|bib|enex|ics|vcf|eml|mbox|xml|json|csv|js|pdf|docx|rtf|odt|vtt|srt|html?|textpack|bear2bk|apkg|colpkg|bearbk|sqlite|car|ofx|qfx|qif|opml|gz|log|weechatlog)$/i.test(
          n,
        ) ||
          isKoboConf(n) ||
          // (a browser's history by its name: Chrome's and Edge's History, no extension, and Safari's History.db)
          HISTORY_NAME.test(n) ||
          // (Outlook's saved emails; Word's, Excel's and PowerPoint's 97–2003 files, listed to be said passed over: outlook-msg.ts `outlookMsgPassedOver`)
          OUTLOOK_OR_OFFICE_97.test(n) ||
          stravaPassedOver(join(path, n)) !== null ||
          applehealthPassedOver(join(path, n)) !== null ||
          fitbitPassedOver(join(path, n)) !== null ||
          garminPassedOver(join(path, n)) !== null ||
          journeyPassedOver(join(path, n)) !== null ||
          // (a Diaro backup's photos under media/ and an encrypted DiaroBackup.denc: listed so that they are said to be passed over)
          diaroPassedOver(join(path, n)) !== null ||
          // (a Polarsteps step's photos and videos, beside its trip's trip.json: listed so that they are said to be passed over)
          polarstepsMediaPassedOver(join(path, n)) !== null ||
          googleVoicePassedOver(join(path, n)) !== null ||
          googlePhotosPassedOver(join(path, n)) !== null ||
          // (the files attached to prompts to Gemini, beside MyActivity.json: listed so that they are said to be passed over)
          geminiPassedOver(join(path, n)) !== null ||
          signalPassedOver(join(path, n)) !== null ||
          // (Emacs's Org files, org-archive's, and Emacs's copies and encrypted ones beside them, listed so that they are said to be passed over)
          isOrgFile(n) ||
          orgPassedOver(join(path, n)) !== null ||
          inDiscordPackage(join(path, n))) &&
        !isBundlePart(join(path, n)) &&
        !isRtfdPart(join(path, n)) &&
        !/(?:^|[\\/])~\$[^\\/]*$/.test(n) &&
        // (but a Kobo's own .kobo folder, where its KoboReader.sqlite is, a Kobo's drive imported whole: of it only its databases and settings)
        !n.split(/[\\/]/).some((part) => part.startsWith(".") && part !== ".kobo") &&
        (!inKoboFolder(join(path, n)) || /\.sqlite$/i.test(n) || isKoboConf(n)) &&
        !APP_COPIES.test(n) &&
        readable(n, names, path),
    )
    .sort()
    .map((n) => ({ file: join(path, n), inFolder: true }))
    .filter((n) => statSync(n.file).isFile());
}

/** Outlook's saved emails (.msg) and Word's, Excel's and PowerPoint's 97–2003 files (.doc, .xls, .ppt): compound files, told apart by their content. */
const OUTLOOK_OR_OFFICE_97 = /\.(?:msg|doc|xls|ppt)$/i;

/** Whether `path` is in a Kobo's own `.kobo` folder (the device's cache and books, its databases and settings). */
function inKoboFolder(path: string): boolean {
  return path.split(/[\\/]/).slice(0, -1).includes(".kobo");
}

/** A graph's copies an app keeps of its own notes: Logseq's backups and versions (logseq/bak/…, logseq/version-files/…). */
const APP_COPIES = /(?:^|[\\/])logseq[\\/](?:bak|version-files)[\\/]/i;
/** A Notion database exported as CSV: its name, Notion's id, and "_all" for the copy of all its rows ("Reading list 6e7f….csv", "… 6e7f…_all.csv"). */
const NOTION_TABLE = /\s[0-9a-f]{32}(_all)?\.csv$/i;

/**
 * Whether `name`, a file of the folder `root` that holds `names`, is one to read: an .html that is browsers' exported
 * bookmarks (its start, bookmarks.ts `isBookmarksFile`) or Pocket's export (ril_export.html, readlater.ts `isPocketHtml`), or a LinkedIn
 * archive's article (listed to be said passed over: linkedin.ts `linkedinPassedOver`), or YouTube's history as Takeout's web page
 * (watch-history.html, listed to be said to choose JSON: youtube.ts `youtubePassedOver`), or Google Takeout's index
 * (archive_browser.html) or My Activity as a web page (MyActivity.html), listed to be said passed over (myactivity.ts
 * `myActivityPassedOver`), or a Google Voice file of Takeout (a text
 * conversation's or a call's, by its first 8 KiB: googlevoice.ts `isGoogleVoiceHtml`; Bills.html and a call's log by their names,
 * listed to be said passed over: `googleVoicePassedOver`), or the Kindle app's notebook of a book (by its first 8 KiB:
 * kindle-notebook.ts `isKindleNotebook`); any file of an Apple Health export but its export.xml, an ECG's CSV
 * too (listed to be said passed over: applehealth.ts `applehealthPassedOver`); any file of a Fitbit export but its families read, its
 * Profile.csv and scores' CSVs too (listed to be said passed over: fitbit-export.ts `fitbitPassedOver`); any file of a Garmin Connect export
 * but those read, its uploaded FIT files' ZIPs too (listed to be said passed over: garmin-export.ts `garminPassedOver`); any file of a Withings export but those read, its README.txt too (listed to be said passed over: withings-export.ts `withingsPassedOver`); Loop Habit Tracker's scores (listed to be said passed over: habits-export.ts `habitsPassedOver`); a Substack export's posts' bodies, its subscribers' list and its
 * posts' delivery and open logs (listed to be said passed over: substack.ts `substackPassedOver`); a Medium export's stories and pages of
 * highlights, claps and bookmarks (by their start: medium.ts `mediumPageOf`) and its other pages (listed to be said passed over:
 * `mediumPassedOver`); not a CSV but a
 * Readwise export, a Todoist project's, Goodreads' library export or a Letterboxd export's (its header, {@link opensAsExport}) or a Notion database's,
 * and of those only the copy of all its rows when Notion wrote one.
 */
function readable(name: string, names: ReadonlySet<string>, root: string): boolean {
  // (a file of Apple Health's export but its export.xml, an ECG's .csv too, listed so that it is said to be passed over)
  if (applehealthPassedOver(join(root, name)) !== null) return true;
  // (a file of Fitbit's export but its families read, its Profile.csv and scores' CSVs too, listed so that it is said to be passed over)
  if (fitbitPassedOver(join(root, name)) !== null) return true;
  // (a file of Garmin Connect's export but those read, its uploaded FIT files' ZIPs too, listed so that it is said to be passed over)
  if (garminPassedOver(join(root, name)) !== null) return true;
  // (a CSV of Oura's export but those read, heartrate.csv, sleeptime.csv …, listed so that it is said to be passed over)
  if (ouraPassedOver(join(root, name)) !== null) return true;
  // (a file of Withings' export but those read, its README.txt and raw_*.csv too, listed so that it is said to be passed over)
  if (withingsPassedOver(join(root, name)) !== null) return true;
  // (a file of Samsung Health's export but the tables read, jsons/'s too, listed so that it is said to be passed over)
  if (samsungPassedOver(join(root, name)) !== null) return true;
  // (a file of Google Fit's Takeout but those read, its 15-minute CSVs and tracks too, listed so that it is said to be passed over)
  if (googleFitPassedOver(join(root, name)) !== null) return true;
  // (Loop Habit Tracker's scores, listed so that they are said to be passed over)
  if (habitsPassedOver(join(root, name)) !== null) return true;
  // (a file of Apple Music's export but those read, its summed histories' CSVs too, listed so that it is said to be passed over)
  if (/\.(?:csv|txt|pdf)$/i.test(name) && appleMusicPassedOver(join(root, name), null) !== null) return true;
  // (a Substack export's posts' bodies, its subscribers' list and delivery and open logs, listed so that they are said to be passed over)
  if (/\.(?:html?|csv)$/i.test(name) && substackPassedOver(join(root, name)) !== null) return true;
  // (an .html is read when it is browsers' exported bookmarks or Pocket's export, by its start: a saved web page is no one's words)
  if (/\.html?$/i.test(name)) {
    const start = fileStart(join(root, name))?.trimStart() ?? "";
    // (an article of a LinkedIn archive, listed so that it is said to be passed over)
    // (and YouTube's history as Takeout's web page, watch-history.html, listed so that it is said to choose JSON; My Activity's, MyActivity.html, too;
    // and Takeout's index, archive_browser.html, listed so that it is said to be passed over)
    // (and Google Voice's files of Takeout: a text conversation's, a voicemail's, by their start; a call's log and Bills.html, listed so that they are said to be passed over)
    return (
      isBookmarksFile(start) ||
      isPocketHtml(start) ||
      linkedinPassedOver(join(root, name)) !== null ||
      youtubePassedOver(join(root, name)) !== null ||
      myActivityPassedOver(join(root, name)) !== null ||
      googleVoicePassedOver(join(root, name)) !== null ||
      isGoogleVoiceHtml(fileStart(join(root, name), 8192) ?? "") ||
      // (and the Kindle app's notebooks, "<Book title> - Notebook.html", by their start: its style sheet, about 2 KiB, comes first)
      isKindleNotebook(fileStart(join(root, name), 8192)?.trimStart() ?? "") ||
      // (and the pages of Element's HTML export of a Matrix room, listed so that they are said to be exported again as JSON)
      isElementHtml(fileStart(join(root, name), 8192) ?? "") ||
      // (and a Medium export's stories and pages of highlights, claps and bookmarks, by their start; its other pages, listed so that they are said to be passed over)
      mediumPageOf(fileStart(join(root, name), 16384) ?? "") !== null ||
      mediumPassedOver(join(root, name)) !== null
    );
  }
  if (!/\.csv$/i.test(name)) return true;
  if (opensAsExport(join(root, name))) return true;
  const table = NOTION_TABLE.exec(name);
  return table !== null && (table[1] !== undefined || !names.has(name.replace(/\.csv$/i, "_all.csv")));
}

/**
 * Whether the file at `path` opens with the CSV header of an app's export Engram reads, a Readwise
 * export's, Zotero's library exported as CSV (zotero.ts `isZoteroCsv`), the Hypothesis sidebar's CSV export's (hypothesis-csv.ts `isHypothesisCsv`), a Todoist project's, TickTick's backup (its preamble, then its header "Folder Name","List Name","Title",…: ticktick.ts `isTickTickBackup`), Goodreads' library export's, The StoryGraph's (storygraph.ts `isStoryGraphCsv`) or a Letterboxd export's (diary.csv, lists/<list>.csv,
 * profile.csv …: letterboxd.ts `isLetterboxdCsv`), Peloton's workouts CSV (peloton.ts `isPelotonCsv`), Strong's or Hevy's workout export (strong.ts `isStrongCsv`), a flight log, Flighty's or myFlightradar24's (flights.ts `isFlightsCsv`), Untappd's check-in history (untappd.ts `isUntappdExport`), a Toggl Track Detailed report's (toggl.ts `isTogglCsv`), one of IMDb's (imdb.ts `isImdbCsv`), Libby's timeline exported as a Spreadsheet (libby.ts `isLibbyCsv`), a list of Google Takeout's Saved (`Saved/<list>.csv`: googlemaps.ts `isGoogleSavedList`), Daylio's export (daylio_export_2026_11_30.csv: daylio.ts `isDaylioCsv`) or a read-later list's, Pocket's or Instapaper's (part_000000.csv, instapaper-export.csv: readlater.ts `isPocketCsv`, `isInstapaperCsv`), or Raindrop.io's CSV export (raindrop.ts `isRaindropCsv`), or a Strava archive's (activities.csv, profile.csv …: strava.ts `isStravaCsv`), or a Reddit export's (posts.csv, comments.csv, messages.csv, saved_posts.csv, statistics.csv …: reddit.ts `isRedditCsv`), or a LinkedIn archive's (messages.csv, Connections.csv, Positions.csv by their headers, and any other CSV of its folder: linkedin.ts `isLinkedInCsv`), or YouTube's of Google Takeout (comments.csv, subscriptions.csv, playlists.csv, a playlist's -videos.csv, channel.csv: youtube.ts `isYouTubeCsv`), or an older Discord data package's messages.csv (its header "ID,Timestamp,Contents,Attachments": discord-package.ts `isDiscordPackageMessages`), or an Amazon download's (Retail.OrderHistory.1.csv and Retail.CustomerReturns.1.1.csv by their headers, and any other CSV of a folder holding Retail.OrderHistory.N: amazon.ts `isAmazonCsv`), or an Uber download's (trips_data.csv, eats_order_details.csv and their newer names by their headers, and any other CSV of its folder: uber.ts `isUberCsv`) (or a bank's statement (Monzo's export, Revolut's, by their headers: bank.ts `isBankCsv`; Venmo's statement, venmo.ts `isVenmoStatement`; PayPal's activity download, paypal.ts `isPayPalActivity`; YNAB's Register and Plan, ynab.ts `isYnabCsv`; a Splitwise group's export, splitwise.ts `isSplitwiseExport`; Monarch Money's transactions and balance history, monarch.ts `isMonarchCsv`; Copilot Money's export, copilot.ts `isCopilotCsv`; Cash App's statement export, cashapp.ts `isCashAppCsv`; Mint's export of transactions, mint.ts `isMintCsv`), or a Substack export's posts.csv (substack.ts `isSubstackPostsCsv`), or Apple Music's export (Apple Music Play Activity.csv, its summed histories, Likes and Dislikes.csv, by their headers (8 KiB read: the activity's header is longer than a KiB) or their folder: applemusic-export.ts `isAppleMusicFile`), or a Last.fm export's (lastfm.ghan.nl's Recent Tracks CSV by its header, Last.fm to csv's headerless rows: lastfm.ts `isLastfmFile`), or MyFitnessPal's export's (its Nutrition-, Exercise- and Measurement-Summary by their headers: myfitnesspal.ts `isMyFitnessPalCsv`), or Oura's export's (a CSV of its App Data folder, by its header: oura-export.ts `ouraKindOf`), or Withings' export's (by its header, its day totals by their names: withings-export.ts `withingsKindOf`), or WHOOP's export's (by its header: whoop.ts `whoopKindOf`), or Sleep Cycle's sleepdata.csv (by its header: sleepcycle.ts `sleepCycleKindOf`), or Cronometer's export's (dailysummary.csv, servings.csv, exercises.csv, biometrics.csv, notes.csv by their headers: cronometer.ts `cronometerKindOf`), or a habit tracker's (Loop Habit Tracker's Habits.csv, Checkmarks.csv and a habit's own Checkmarks.csv, HabitBull's CSV: habits-export.ts `habitsKindOf`) (its first KiB read; false when it cannot be read: a folder named ….csv).
 */
function opensAsExport(path: string): boolean {
  const start = fileStart(path);
  return (
    start !== null &&
    (isReadwiseCsv(start) ||
      // (Zotero's library exported as CSV: "Key","Item Type","Publication Year","Author","Title",… naming "Date Added")
      isZoteroCsv(start) ||
      // (the Hypothesis sidebar's CSV export: "Created at,Author,Page,URL,Group,Type,…")
      isHypothesisCsv(start) ||
      isTodoistCsv(start) ||
      isTickTickBackup(start) ||
      isGoodreadsCsv(start) ||
      isStoryGraphCsv(start) ||
      isLetterboxdCsv(start, path) ||
      // (Peloton's workouts CSV: "Workout Timestamp,Live/On-Demand,Instructor Name,…")
      isPelotonCsv(start) ||
      // (Strong's workout export, "Date,Workout Name,Duration,Exercise Name,Set Order,…", and Hevy's, "title","start_time",…,"set_type",…)
      isStrongCsv(start) ||
      // (a Toggl Track Detailed report's CSV: "User,Email,Client,Project,Task,Description,Billable,Start date,…", in any order)
      isTogglCsv(start) ||
      // (IMDb's exports: Your Ratings, the watchlist, the check-ins, a list, by their headers)
      isImdbCsv(start, path) ||
      // (Libby's timeline exported as a Spreadsheet: "cover,title,author,publisher,isbn,timestamp,activity,details,library")
      isLibbyCsv(start) ||
      isGoogleSavedList(start) ||
      isDaylioCsv(start) ||
      isPocketCsv(start) ||
      isInstapaperCsv(start) ||
      isRaindropCsv(start) ||
      isStravaCsv(start, path) ||
      isRedditCsv(start, path) ||
      isYouTubeCsv(start) ||
      isDiscordPackageMessages(start, path) ||
      isLinkedInCsv(start, path) ||
      isAmazonCsv(start, path) ||
      isBankCsv(start) ||
      isVenmoStatement(start) ||
      isPayPalActivity(start) ||
      isYnabCsv(start) ||
      isSplitwiseExport(start) ||
      // (Monarch Money's transactions and balance history; Copilot Money's export)
      isMonarchCsv(start) ||
      isCopilotCsv(start) ||
      // (Cash App's statement export; Mint's export of transactions)
      isCashAppCsv(start) ||
      isMintCsv(start) ||
      isUberCsv(start, path) ||
      // (a flight log: Flighty's export, "Date,Airline,Flight,From,To,…"; myFlightradar24's, `Date,"Flight number",From,To,…` after an empty line)
      isFlightsCsv(start) ||
      // (Untappd's check-in history as CSV: "beer_name,brewery_name,beer_type,…,created_at,checkin_url,…,checkin_id,…", a byte order mark first)
      isUntappdExport(start) ||
      isSubstackPostsCsv(start) ||
      isNetflixFile(start, path) ||
      // (a Last.fm export's CSV: lastfm.ghan.nl's "uts,utc_time,artist,…", or Last.fm to csv's rows with no header)
      isLastfmFile(start) ||
      // (MyFitnessPal's export: its Nutrition-, Exercise- and Measurement-Summary by their headers)
      isMyFitnessPalCsv(start) ||
      // (Oura's export: a CSV of its App Data folder by its header, "id;" then its columns)
      ouraKindOf(start) !== null ||
      // (Withings' export: weight.csv, bp.csv, sleep.csv, activities.csv, height.csv by their headers; its day totals by their names)
      withingsKindOf(start, path) !== null ||
      // (Samsung Health's export: a table by its first line, "com.samsung.shealth.sleep,6315005,21")
      samsungTypeOf(start) !== null ||
      // (WHOOP's export: physiological_cycles.csv, sleeps.csv, workouts.csv, journal_entries.csv by their headers, "Cycle start time,…")
      whoopKindOf(start) !== null ||
      // (Sleep Cycle's sleepdata.csv: "Start;End;Sleep Quality;…", or the older "Start;End;Sleep quality;Time in bed;…")
      sleepCycleKindOf(start) !== null ||
      // (Cronometer's export: dailysummary.csv, servings.csv, exercises.csv, biometrics.csv and notes.csv by their headers)
      cronometerKindOf(start) !== null ||
      // (Google Fit's Takeout: its daily activity metrics, "Date,Move Minutes count,…", and a day's 15-minute rows by their headers)
      googleFitKindOf(start) !== null ||
      // (a habit tracker's export: Loop Habit Tracker's Habits.csv, Checkmarks.csv, a habit's own Checkmarks.csv; HabitBull's CSV)
      habitsKindOf(start, path) !== null ||
      // (Apple Music Play Activity.csv's header runs past the first KiB: 118 columns or more)
      isAppleMusicFile(fileStart(path, 8192) ?? start, path))
  );
}

/**
 * Whether `err`, thrown by {@link checkImportFile}, refuses a file for having no words: an empty file
 * (an Obsidian vault's "Untitled.md"), or a note with no text (an index of links only, a template): in
 * a folder, such a file is passed over, not the folder refused.
 */
export function isEmptyNote(err: unknown): boolean {
  const cause = err instanceof ApiError ? err.cause : err;
  return cause instanceof Error && cause.name === "ImportError" && (NO_TEXT_SAID.test(cause.message) || /: byte 0: empty file\b/.test(cause.message));
}

/** An import error's "the note has no text", and what the file is instead when it says so (group 1: "a Joplin notebook"). */
const NO_TEXT_SAID = new RegExp(`: ${NO_TEXT}(?:: (.+))?$`);

/** Why {@link isEmptyNote}'s file was passed over, in words: "the note has no text to remember", or what else it is ("a Joplin notebook, no note"). */
export function whyPassedOver(err: unknown): string {
  const cause = err instanceof ApiError ? err.cause : err;
  const what = cause instanceof Error ? NO_TEXT_SAID.exec(cause.message)?.[1] : undefined;
  return what ? `${what}, no note` : "the note has no text to remember";
}

/**
 * Why a file of a folder is passed over when it is a TextBundle's (textbundle.ts): a zipped bundle or a
 * Bear backup ("a TextPack (a zipped TextBundle): unzip it, then import the .textbundle folder in it"),
 * or the text of a note in Bear's trash, as an unzipped backup holds them (its info.json's
 * "net.shinyfrog.bear" says `trashed`: "a note in Bear's trash, not imported"); null otherwise, and for
 * a bundle whose info.json cannot be read (the import then says what is wrong with it).
 */
async function bundlePassedOver(path: string): Promise<string | null> {
  if (isZippedBundle(path)) return zippedBundleAdvice(path);
  if (!isBundleText(path)) return null;
  const info = await bundleInfo(dirname(path)).catch(() => null);
  return info?.trashed ? "a note in Bear's trash, not imported" : null;
}

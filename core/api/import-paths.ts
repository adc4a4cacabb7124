// The files `engram import PATH` reads of a folder (importPaths): the walk, and which names and starts are listed, as a note, an
// app's export, or a file to be said passed over; hidden folders, apps' copies and a Notion database's partial copies left out.
import { existsSync, readdirSync, statSync } from "node:fs";
import { fileStart } from "../ingest/kit/file-start.js";
import { join } from "node:path";
import { isReadwiseCsv } from "../ingest/reading/readwise.js";
import { isZoteroCsv } from "../ingest/reading/zotero.js";
import { isHypothesisCsv } from "../ingest/reading/hypothesis-csv.js";
import { isBundlePart } from "../ingest/notes/textbundle.js";
import { isRtfdPart } from "../ingest/notes/rtf.js";
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
import { isRedditCsv } from "../ingest/social/reddit.js";
import { isLinkedInCsv, linkedinPassedOver } from "../ingest/social/linkedin.js";
import { isAmazonCsv } from "../ingest/money/amazon.js";
import { isBankCsv } from "../ingest/money/bank.js";
import { isPayPalActivity } from "../ingest/money/paypal.js";
import { isVenmoStatement } from "../ingest/money/venmo.js";
import { isYnabCsv } from "../ingest/money/ynab.js";
import { isSplitwiseExport } from "../ingest/money/splitwise.js";
import { isMonarchCsv } from "../ingest/money/monarch.js";
import { isCopilotCsv } from "../ingest/money/copilot.js";
import { isCashAppCsv } from "../ingest/money/cashapp.js";
import { isMintCsv } from "../ingest/money/mint.js";
import { isUberCsv } from "../ingest/places/uber.js";
import { isFlightsCsv } from "../ingest/places/flights.js";
import { isNetflixFile } from "../ingest/media/netflix.js";
import { isUntappdExport } from "../ingest/places/untappd.js";
import { polarstepsMediaPassedOver } from "../ingest/places/polarsteps.js";
import { habitsKindOf, habitsPassedOver } from "../ingest/notes/habits-export.js";
import { isInstapaperCsv, isPocketCsv, isPocketHtml } from "../ingest/web/readlater.js";
import { isRaindropCsv } from "../ingest/web/raindrop.js";
import { isOrgFile, orgPassedOver } from "../ingest/notes/orgmode.js";
import { isElementHtml } from "../ingest/chats/matrix.js";
import { inDiscordPackage, isDiscordPackageMessages } from "../ingest/chats/discord-package.js";
import { journeyPassedOver } from "../ingest/notes/journey.js";
import { diaroPassedOver } from "../ingest/notes/diaro.js";
import { googleVoicePassedOver, isGoogleVoiceHtml } from "../ingest/chats/googlevoice.js";
import { isKindleNotebook } from "../ingest/reading/kindle-notebook.js";
import { googlePhotosPassedOver } from "../ingest/media/googlephotos.js";
import { isYouTubeCsv, youtubePassedOver } from "../ingest/media/youtube.js";
import { myActivityPassedOver } from "../ingest/web/myactivity.js";
import { geminiPassedOver } from "../ingest/web/gemini.js";
import { HISTORY_NAME } from "../ingest/web/browser.js";
import { isKoboConf } from "../ingest/reading/kobo.js";
import { isSubstackPostsCsv, substackPassedOver } from "../ingest/social/substack.js";
import { mediumPageOf, mediumPassedOver } from "../ingest/social/medium.js";

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
export const OUTLOOK_OR_OFFICE_97 = /\.(?:msg|doc|xls|ppt)$/i;

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

// A table told by its header: the CSV exports of reading, viewing, workout, bank, ride and social apps, whatever
// the file's name (detect-head.ts reads JSON documents and pages before it, markup and text after).
import { isReadwiseCsv } from "./reading/readwise.js";
import { isHypothesisCsv } from "./reading/hypothesis-csv.js";
import { isSubstackPostsCsv, substackOthersData } from "./social/substack.js";
import { isTodoistCsv } from "./notes/todoist.js";
import { isTickTickBackup } from "./notes/ticktick.js";
import { isGoodreadsCsv } from "./reading/goodreads.js";
import { isStoryGraphCsv } from "./reading/storygraph.js";
import { isLetterboxdCsv } from "./media/letterboxd.js";
import { isImdbCsv } from "./media/imdb.js";
import { isPelotonCsv } from "./health/peloton.js";
import { isStrongCsv } from "./health/strong.js";
import { isTogglCsv } from "./notes/toggl.js";
import { isLibbyCsv } from "./reading/libby.js";
import { isDaylioCsv } from "./notes/daylio.js";
import { isStravaCsv, stravaPassedOver } from "./health/strava.js";
import { isLinkedInCsv } from "./social/linkedin.js";
import { isAmazonCsv } from "./money/amazon.js";
import { isUberCsv } from "./places/uber.js";
import { isFlightsCsv } from "./places/flights.js";
import { isBankCsv } from "./money/bank.js";
import { isPayPalActivity } from "./money/paypal.js";
import { isVenmoStatement } from "./money/venmo.js";
import { isYnabCsv } from "./money/ynab.js";
import { isSplitwiseExport } from "./money/splitwise.js";
import { isMonarchCsv } from "./money/monarch.js";
import { isCopilotCsv } from "./money/copilot.js";
import { isCashAppCsv } from "./money/cashapp.js";
import { isMintCsv } from "./money/mint.js";
import { isRedditCsv } from "./social/reddit.js";
import { isYouTubeCsv } from "./media/youtube.js";
import { isNetflixFile } from "./media/netflix.js";
import { isReadLaterExport } from "./web/readlater.js";
import { isRaindropCsv } from "./web/raindrop.js";
import { lastfmKind } from "./media/lastfm.js";
import { isMyFitnessPalCsv } from "./health/myfitnesspal.js";
import { isZoteroCsv } from "./reading/zotero.js";
import { isGoogleSavedList } from "./places/googlemaps.js";
import { ImportError } from "./kit/types.js";
import type { HeadFormat } from "./file-head.js";

/**
 * What a CSV file's header says it is (after a preamble in some: TickTick's, LinkedIn's Connections.csv, Venmo's,
 * Splitwise's), whatever the file's name, or its place among an export's files (Strava's tracks, LinkedIn's, Amazon's,
 * Uber's and Netflix's other files, which their readers refuse saying why); null when none claims it. Checked after
 * JSON documents and pages, before markup and text (detect-head.ts `formatOfHead`, whose docstring names each format).
 * @throws ImportError `byte 0`: a Substack export's subscribers' list or a post's delivery or open log (other people's data)
 */
export function formatOfCsvHeader(file: string, start: string): HeadFormat | null {
  // (Zotero's library exported as CSV: its header "Key","Item Type","Publication Year","Author","Title",… naming "Date Added", whatever the file's name)
  if (isZoteroCsv(start)) return "zotero";
  // (a Readwise export: its CSV header "Highlight,Book Title,Book Author,…,Highlighted at,…")
  if (isReadwiseCsv(start)) return "readwise";
  // (the Hypothesis sidebar's CSV export: its header "Created at,Author,Page,URL,Group,Type,Quote/description,Comment,Tags")
  if (isHypothesisCsv(start)) return "hypothesis";
  // (a Todoist project's CSV: its header "TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT,…")
  if (isTodoistCsv(start)) return "todoist";
  // (TickTick's backup: its preamble "Date: 2026-11-13+0000", "Version: 7.1", "Status: …", then its header "Folder Name","List Name","Title",…)
  if (isTickTickBackup(start)) return "ticktick";
  // (Goodreads' library export: its CSV header "Book Id,Title,Author,…,Exclusive Shelf,…")
  if (isGoodreadsCsv(start)) return "goodreads";
  // (The StoryGraph's library export: its CSV header "Title,Authors,…,Read Status,…,Moods,Pace,…,Star Rating,…", whatever the file's name)
  if (isStoryGraphCsv(start)) return "storygraph";
  // (a Letterboxd export's CSV: "Date,Name,Year,Letterboxd URI,…", "Letterboxd list export v7", its profile's or comments' header)
  if (isLetterboxdCsv(start, file)) return "letterboxd";
  // (Peloton's workouts CSV, `<username>_workouts.csv`: its header "Workout Timestamp,Live/On-Demand,Instructor Name,Length (minutes),Fitness Discipline,…")
  if (isPelotonCsv(start)) return "peloton";
  // (Strong's workout export, strong.csv: its header naming "Date", "Workout Name", "Exercise Name" and "Set Order", `,` or `;` between them;
  // Hevy's, workout_data.csv: "title","start_time",…,"exercise_title",…,"set_type",…)
  if (isStrongCsv(start)) return "strong";
  // (a Toggl Track Detailed report's CSV, Toggl_time_entries_<from>_to_<to>.csv: its header naming "Start date", "Description", "Duration" or
  // "End time"/"Stop time", and "Project", "Client", "Tags", "User" or "Billable", in any order)
  if (isTogglCsv(start)) return "toggl";
  // (IMDb's exports: Your Ratings "Const,Your Rating,Date Rated,Title,…", a list, the watchlist or the check-ins "Position,Const,Created,Modified,Description,Title,…")
  if (isImdbCsv(start, file)) return "imdb";
  // (Libby's timeline exported as a Spreadsheet: its header "cover,title,author,publisher,isbn,timestamp,activity,details,library", in any order)
  if (isLibbyCsv(start)) return "libby";
  // (a list of Google Takeout's Saved: its header "Title,Note,URL,Tags,Comment", after the list's description and a blank line in some)
  if (isGoogleSavedList(start)) return "googlemaps";
  // (a Daylio export's CSV: its header "full_date,date,weekday,time,mood,activities,…")
  if (isDaylioCsv(start)) return "daylio";
  // (a Strava archive's CSV: activities.csv "Activity ID,Activity Date,Activity Name,Activity Type,…", its profile's, shoes', bikes', media's or comments' header;
  // a track of its activities/ or routes/, a GPX, which its reader refuses as no words rather than a note of XML)
  if (isStravaCsv(start, file) || stravaPassedOver(file) !== null) return "strava";
  // (a Reddit export's CSV: posts.csv, comments.csv, messages.csv, chat_history.csv by their headers; its id-only files, statistics.csv and
  // subscribed_subreddits.csv by their headers and names, which its reader refuses as no one's words)
  if (isRedditCsv(start, file)) return "reddit";
  // (YouTube's CSVs of Google Takeout: comments.csv, live chats.csv, subscriptions.csv by their headers; its playlists, channel.csv and
  // video metadata by theirs, which its reader refuses as no words to remember)
  if (isYouTubeCsv(start)) return "youtube";
  // (a read-later list: Pocket's CSV "title,url,time_added,tags,status" or its HTML titled "Pocket Export", Instapaper's CSV "URL,Title,Selection,Folder,…")
  if (isReadLaterExport(start)) return "readlater";
  // (Raindrop.io's CSV export: its header "id,title,note,excerpt,url,folder,tags,created,cover,highlights,favorite", read as bookmarks)
  if (isRaindropCsv(start)) return "bookmarks";
  // (a LinkedIn archive's CSV: messages.csv "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,…", Connections.csv (after its
  // "Notes:" preamble), Positions.csv, Profile.csv, Invitations.csv by their headers; any other CSV of its folder, which its reader refuses as no note, saying why)
  if (isLinkedInCsv(start, file)) return "linkedin";
  // (Amazon's order history, Retail.OrderHistory.1.csv "Website","Order ID","Order Date",…, and its returns, Retail.CustomerReturns "OrderId",…,"DateOfReturn",…
  // by their headers; any other CSV of an unzipped "Your Orders" download, which its reader refuses as no note, saying why)
  if (isAmazonCsv(start, file)) return "amazon";
  // (a bank's statement: Monzo's export, "Transaction ID,Date,Time,Type,Name,Emoji,Category,Amount,…", Revolut's "Type,Product,Started Date,
  // Completed Date,Description,Amount,Fee,Currency,State,Balance", by its header whatever the file's name; never a plain table)
  // (and Venmo's statement, "Account Statement - (@…)", "Account Activity", then ",ID,Datetime,Type,Status,Note,From,To,Amount (total),…"; PayPal's activity
  // download, "Date","Time","TimeZone","Name","Type","Status","Currency","Gross",…)
  // (and YNAB's export, its Register "Account","Flag","Date","Payee","Category Group/Category",…,"Outflow","Inflow","Cleared" and its Plan
  // "Month","Category Group/Category","Category Group","Category","Assigned","Activity","Available")
  // (and Splitwise's export of a group, "Date,Description,Category,Cost,Currency,<members>", after a friend's export's "Note: does not include group expenses")
  // (and Monarch Money's downloads, its transactions "Date,Merchant,Category,Account,Original Statement,Notes,Amount,Tags,…" and its balance history
  // "Date,Balance,Account"; Copilot Money's export, "date,name,amount,status,category,parent category,excluded,tags,type,account,…")
  // (and Cash App's statement export, "Transaction ID","Date","Transaction Type","Currency","Amount","Fee","Net Amount",…; Mint's export of
  // transactions, "Date","Description","Original Description","Amount","Transaction Type","Category","Account Name","Labels","Notes")
  if (isBankCsv(start) || isVenmoStatement(start) || isPayPalActivity(start) || isYnabCsv(start) || isSplitwiseExport(start)) return "bank";
  if (isMonarchCsv(start) || isCopilotCsv(start) || isCashAppCsv(start) || isMintCsv(start)) return "bank";
  // (Uber's download: its rides, trips_data.csv "City,Product Type,Trip or Order Status,Request Time,…" or the newer trips_data-0.csv
  // "…,request_timestamp_utc,…,begintrip_timestamp_utc,…", and its Eats orders, eats_order_details.csv or user_orders-0.csv, by their headers;
  // any other CSV of an unzipped "Uber Data" folder, which its reader refuses as no note, saying why)
  if (isUberCsv(start, file)) return "uber";
  // (a flight log: Flighty's export, FlightyExport-<day>.csv, its header "Date,Airline,Flight,From,To,…" naming "Canceled" and "Gate Departure
  // (Scheduled)"; myFlightradar24's, flightdiary_<time>.csv, an empty line then `Date,"Flight number",From,To,"Dep time","Arr time",Duration,…`)
  if (isFlightsCsv(start)) return "flights";
  // (Netflix's viewing history: the Viewing activity page's NetflixViewingHistory.csv, "Title,Date" then quoted rows with a day; a download's
  // ViewingActivity.csv, Ratings.csv, MyList.csv and SearchHistory.csv by their headers; any other file of an unzipped download (a folder holding
  // CONTENT_INTERACTION/), which its reader refuses as no note, saying why)
  if (isNetflixFile(start, file)) return "netflix";
  // (a Last.fm export in CSV: lastfm.ghan.nl's "uts,utc_time,artist,artist_mbid,album,album_mbid,track,track_mbid", or Last.fm to csv's
  // rows with no header, "artist,album,track,31 Jan 2021 14:22", whatever the file's name)
  if (lastfmKind(start) !== null) return "lastfm";
  // (MyFitnessPal's export: Nutrition-Summary "Date,Meal,Calories,Fat (g),…", Exercise-Summary "Date,Exercise,Type,Exercise Calories,Exercise
  // Minutes,…", Measurement-Summary "Date,…,Weight" then a day's numbers, by their headers whatever the files' names)
  if (isMyFitnessPalCsv(start)) return "myfitnesspal";
  // (a Substack export's posts.csv: "post_id,post_date,is_published,…,title,…"; its subscribers' list and its posts' delivery and open logs,
  // other people's email addresses, refused saying so)
  if (isSubstackPostsCsv(start)) return "substack";
  const othersData = substackOthersData(start);
  if (othersData) throw new ImportError(file, "byte 0", othersData);
  return null;
}

import { useEffect, useId, useRef, useState, type DragEvent } from "react";
import type { FileInput, ImportFormat, ImportResult } from "../../core/api/types.js";
import { transport } from "../api/index.js";
import { useApi } from "../app/api-context.js";
import { useData } from "../app/data.js";
import { useToasts } from "../app/toasts.js";
import { countOf, errorMessage, formatCount } from "../lib/format.js";
import { addEvent, startProgress, type ImportProgressState } from "../lib/import-progress.js";
import { Icon } from "./icons.js";
import { ImportProgressView } from "./ImportProgressView.js";

const FORMATS: Array<{ value: ImportFormat | ""; label: string }> = [
  { value: "", label: "Detect automatically" },
  { value: "chatgpt", label: "ChatGPT export (conversations.json)" },
  { value: "claude", label: "Claude export" },
  { value: "deepseek", label: "DeepSeek export (conversations.json, from Settings → Data → Export data)" },
  { value: "locomo", label: "LoCoMo JSON" },
  { value: "note", label: "Note (plain text or Markdown; a Bear or Ulysses TextBundle's text.markdown)" },
  { value: "document", label: "Document (a PDF, a Word .docx, an RTF .rtf or an OpenDocument .odt)" },
  { value: "text", label: "Chat transcript (Speaker: text)" },
  { value: "telegram", label: "Telegram export (result.json: a chat's, or the whole account's from Export Telegram data)" },
  { value: "messenger", label: "Facebook Messenger or Instagram chat (message_1.json)" },
  { value: "kindle", label: "Kindle highlights (My Clippings.txt, a book's Notebook.html)" },
  { value: "readwise", label: "Readwise highlights (its CSV export, readwise-data.csv)" },
  { value: "hypothesis", label: "Hypothesis annotations (the sidebar's Share → Export as JSON or CSV, or hypexport's file)" },
  { value: "kobo", label: "Kobo highlights and notes (KoboReader.sqlite, from the Kobo's .kobo folder)" },
  { value: "goodreads", label: "Goodreads library (its export, goodreads_library_export.csv)" },
  { value: "storygraph", label: "StoryGraph library (its export's CSV, from Manage Account → Export StoryGraph Library)" },
  { value: "bibtex", label: "Reference library (BibTeX .bib: Zotero, Mendeley, JabRef, Google Scholar)" },
  { value: "zotero", label: "Zotero library (File → Export Library… → CSV, with notes)" },
  { value: "letterboxd", label: "Letterboxd films (its export's diary.csv, reviews.csv, ratings.csv, watchlist.csv or a list)" },
  { value: "imdb", label: "IMDb ratings, watchlist, check-ins or a list (each exported from imdb.com/exports as a CSV)" },
  {
    value: "trakt",
    label: "Trakt history, ratings, watchlist, lists and comments (Settings → Data → Export now, unzipped: watched-history.json, ratings-movies.json …)",
  },
  { value: "libby", label: "Libby loans and holds (Timeline → Export Timeline: Data, libbytimeline-activities.json, or Spreadsheet, a CSV)" },
  { value: "ics", label: "Calendar (.ics: Google, Apple, Outlook)" },
  { value: "email", label: "Email (.mbox from Gmail or Thunderbird, an .eml, or an Outlook .msg saved from Outlook)" },
  { value: "keep", label: "Google Keep note (Takeout .json)" },
  { value: "dayone", label: "Day One journal (Journal.json)" },
  { value: "journey", label: "Journey diary entry (its Export as JSON (ZIP), unzipped: an entry's <id>.json)" },
  { value: "diaro", label: "Diaro diary backup (Create backup, unzipped: DiaroBackup.xml)" },
  { value: "daylio", label: "Daylio mood journal (its CSV export, daylio_export_2026_11_30.csv)" },
  { value: "strava", label: "Strava activities (its archive's activities.csv, export_<athlete id> unzipped)" },
  { value: "enex", label: "Evernote notes (.enex)" },
  { value: "simplenote", label: "Simplenote notes (an export's source/notes.json)" },
  { value: "standardnotes", label: "Standard Notes decrypted backup (Standard Notes Backup and Import File.txt)" },
  { value: "wordpress", label: "WordPress blog (Tools → Export's <site>.WordPress.2026-12-01.xml): posts, pages and their comments" },
  {
    value: "substack",
    label: "Substack newsletter (Settings → Exports, its ZIP unzipped: posts.csv with its posts/ folder, or one post's .html in it)",
  },
  {
    value: "medium",
    label: "Medium stories (Settings → Download your information, its ZIP unzipped: posts/, highlights/, claps/, bookmarks/)",
  },
  { value: "roam", label: "Roam Research graph (its JSON export, <graph>.json)" },
  {
    value: "orgmode",
    label: "Emacs Org files: org-journal days, a datetree journal, tasks with their dates, org-roam notes (your ~/org folder, .org files)",
  },
  {
    value: "anki",
    label: "Anki flashcards: what you learned, a deck a note, with tags (File → Export… → Notes in Plain Text (.txt); not an .apkg)",
  },
  { value: "googletasks", label: "Google Tasks (Google Takeout's Tasks.json)" },
  { value: "todoist", label: "Todoist project (its CSV: Export as a template, or a backup's <project>.csv)" },
  { value: "trello", label: "Trello board (its JSON export: Print, export and share → Export as JSON)" },
  { value: "canvas", label: "Obsidian canvas (a vault's .canvas: its cards, groups and arrows)" },
  { value: "ticktick", label: "TickTick tasks and notes (its backup, TickTick-backup-2026-11-13.csv)" },
  { value: "sms", label: "Text messages (SMS Backup & Restore .xml)" },
  { value: "vcard", label: "Contacts (.vcf)" },
  { value: "slack", label: "Slack channel day (a workspace export's <channel>/<day>.json)" },
  { value: "discord", label: "Discord DM or channel (DiscordChatExporter .json, or the data package's messages/c<id>/messages.json)" },
  { value: "googlechat", label: "Google Chat DM or Space (Google Takeout's messages.json)" },
  { value: "signal", label: "Signal chat (signal-export's output: a chat folder's data.json or chat.md)" },
  { value: "googlevoice", label: "Google Voice texts and voicemails (Google Takeout's Voice/Calls/<name> - Text - <time>.html)" },
  { value: "snapchat", label: "Snapchat chats (its My Data download in JSON: json/chat_history.json)" },
  { value: "skype", label: "Skype chats (its Export your data, or Teams (free)'s, unpacked: messages.json)" },
  { value: "hangouts", label: "Google Hangouts chats (Google Takeout's Hangouts.json)" },
  { value: "matrix", label: "Matrix room (Element's Export chat in JSON: matrix - <room> - Chat Export - <time>.json)" },
  { value: "imessage", label: "iMessage conversation (imessage-exporter .txt)" },
  { value: "line", label: "LINE chat (its exported .txt: [LINE] Chat with …)" },
  { value: "kakaotalk", label: "KakaoTalk chat (its exported .txt, KakaoTalk_….txt or Talk_….txt, or the Mac app's .csv)" },
  { value: "irc", label: "IRC logs (WeeChat's .weechatlog, irssi's, HexChat's, ZNC's or The Lounge's .log)" },
  { value: "twitter", label: "X (Twitter) posts or messages (an archive's tweets.js or direct-messages.js)" },
  { value: "mastodon", label: "Mastodon posts (its archive's outbox.json, unzipped; actor.json the profile)" },
  { value: "bluesky", label: "Bluesky posts and profile (its Export my data → Download CAR file: repo.car)" },
  { value: "facebook", label: "Facebook posts or comments (Meta's JSON download: your_posts__check_ins__photos_and_videos_1.json, comments.json)" },
  {
    value: "instagram",
    label: "Instagram posts, reels, stories or comments (Meta's JSON download: posts_1.json, reels.json, stories.json, post_comments_1.json)",
  },
  { value: "tiktok", label: "TikTok messages, posts and comments (its Download your data in JSON: user_data_tiktok.json)" },
  { value: "linkedin", label: "LinkedIn messages, connections or jobs (its data archive's messages.csv, Connections.csv or Positions.csv)" },
  { value: "reddit", label: "Reddit posts, comments or messages (its data export's posts.csv, comments.csv, messages.csv)" },
  {
    value: "youtube",
    label: "YouTube history, comments or subscriptions (Google Takeout's watch-history.json, search-history.json, comments.csv, subscriptions.csv)",
  },
  {
    value: "myactivity",
    label: "Google searches, pages visited and Maps (Google Takeout's My Activity MyActivity.json, Chrome's History.json)",
  },
  { value: "gemini", label: "Gemini conversations (Google Takeout's My Activity, Gemini Apps' MyActivity.json)" },
  {
    value: "browser",
    label: "Browser history (Firefox's places.sqlite, Chrome's or Edge's History, Safari's History.db, copied from the browser's profile folder)",
  },
  { value: "captions", label: "Meeting transcript (Zoom or Teams .vtt, Otter.ai .srt)" },
  { value: "zoomchat", label: "Zoom meeting chat (meeting_saved_chat.txt)" },
  { value: "bookmarks", label: "Bookmarks (exported .html: Chrome, Firefox, Safari, Edge, Pinboard; Raindrop.io's .html or .csv)" },
  { value: "readlater", label: "Read-later list (Pocket's part_000000.csv or ril_export.html, Instapaper's instapaper-export.csv)" },
  { value: "googlemaps", label: "Google Maps saved places and reviews (Takeout's Saved Places.json, Reviews.json or a Saved list's .csv)" },
  { value: "amazon", label: "Amazon orders (Request your data, Your Orders: Retail.OrderHistory.1.csv)" },
  {
    value: "bank",
    label:
      "Bank statements (Monzo's Export transactions CSV, MonzoDataExport_….csv; Revolut's statement as Excel or CSV, account-statement_….csv; any bank's download for Microsoft Money or Quicken: .ofx, .qfx or .qif; Venmo's statement CSV, VenmoStatement_….csv; PayPal's activity download, Download.CSV; YNAB's export unzipped, its … - Register.csv and … - Plan.csv; Splitwise's Export as spreadsheet of a group, <group>_…_export.csv; Monarch Money's transactions and balance history downloads; Copilot Money's export, transactions.csv; Cash App's statement, Activity → Statements → Export CSV, cash_app_report_….csv; Mint's Export all transactions, transactions.csv)",
  },
  { value: "uber", label: "Uber rides and Uber Eats orders (Download your data: Uber Data/Rider/trips_data.csv, Eats/eats_order_details.csv)" },
  {
    value: "spotify",
    label:
      "Spotify listening, playlists and library (Download your data: StreamingHistory_music_0.json, Streaming_History_Audio_…_0.json, Playlist1.json, YourLibrary.json)",
  },
  {
    value: "netflix",
    label:
      "Netflix viewing, ratings and My List (Viewing activity's NetflixViewingHistory.csv, or Download your personal information: CONTENT_INTERACTION/ViewingActivity.csv, Ratings.csv, MyList.csv)",
  },
  {
    value: "googlephotos",
    label: "Google Photos albums and what you wrote under your photos (Google Takeout's Google Photos folder: an album's metadata.json, a photo's .json)",
  },
  {
    value: "timeline",
    label: "Google Maps Timeline (Takeout's Semantic Location History 2026_OCTOBER.json, or the phone's exported Timeline.json)",
  },
  {
    value: "applehealth",
    label: "Apple Health: workouts, sleep, steps and weight, a day a note (Export All Health Data: export.zip unzipped, its export.xml)",
  },
  {
    value: "fitbit",
    label: "Fitbit: exercises, sleep, steps, resting heart rate and weight, a day a note (Google Takeout → Fitbit, unzipped: Global Export Data)",
  },
  {
    value: "garmin",
    label: "Garmin Connect: activities, sleep, steps, resting heart rate and weight, a day a note (Data Management → Export Your Data, unzipped: DI_CONNECT)",
  },
  {
    value: "oura",
    label: "Oura: sleep, readiness, steps, workouts and your tags and notes, a day a note (the membership hub's Export data, unzipped: App Data)",
  },
  {
    value: "withings",
    label: "Withings: weight, blood pressure and your comments, sleep, steps and walks, a day a note (Download my data, unzipped)",
  },
  {
    value: "samsunghealth",
    label: "Samsung Health: steps, sleep, weight, workouts and blood pressure, a day a note (Settings → Download personal data: the samsunghealth_… folder)",
  },
  {
    value: "whoop",
    label: "WHOOP: recovery, HRV, strain, sleep, workouts and your Journal's answers, a day a note (More → App Settings → Data Export, unzipped)",
  },
  {
    value: "sleepcycle",
    label: "Sleep Cycle: each night's sleep, quality, snoring, mood, city, weather and sleep notes, a day a note (Settings → Database → Export)",
  },
  {
    value: "cronometer",
    label:
      "Cronometer: what you ate at each meal, the day's nutrition, exercise, biometrics and notes, a day a note (More → Account → Export Data: dailysummary, servings, exercises, biometrics, notes)",
  },
  {
    value: "googlefit",
    label: "Google Fit: steps, distance, Move Minutes, Heart Points and each session, a day a note (Google Takeout → Fit, unzipped: Takeout/Fit)",
  },
  {
    value: "habits",
    label: "Habits: Loop Habit Tracker (Export as CSV, unzipped) or HabitBull, what you did, missed and measured a day a note, and your habits",
  },
  {
    value: "peloton",
    label: "Peloton: the classes you took, a day a note (your profile's Workouts → Download Workouts: <username>_workouts.csv)",
  },
  {
    value: "strong",
    label: "Strong or Hevy: your workouts, a day a note (Settings → Export Strong Data: strong.csv; Hevy's Export workouts)",
  },
  {
    value: "toggl",
    label: "Toggl Track: your time entries, a day a note (Reports → Detailed → Export → Download as CSV: Toggl_time_entries_….csv)",
  },
  {
    value: "myfitnesspal",
    label:
      "MyFitnessPal: meals, exercise, weigh-ins and notes, a day a note (Settings → Export Data, unzipped: Nutrition-Summary, Exercise-Summary, Measurement-Summary)",
  },
  {
    value: "applemusic",
    label:
      "Apple Music listening, library and playlists (privacy.apple.com → Apple Media Services information, unzipped: Apple Music Activity/Apple Music Play Activity.csv, Library Tracks.json)",
  },
  {
    value: "lastfm",
    label: "Last.fm scrobbles and loved tracks (lastfm.ghan.nl/export: recenttracks-<user>-….csv or its JSON; benjaminbenben's Last.fm to csv: <user>.csv)",
  },
  {
    value: "overcast",
    label: 'Overcast podcasts listened to, recommended and subscribed to (overcast.fm/account → Export OPML (extended), "All data": overcast.opml)',
  },
  {
    value: "swarm",
    label: "Foursquare Swarm check-ins and tips (Settings → Privacy → Download data, unzipped: data-export-NNNN, checkins1.json … and tips.json)",
  },
  {
    value: "untappd",
    label: "Untappd check-ins: beers, where, with whom, ratings and comments (Beer History → CSV or JSON, a link emailed to Untappd Supporters)",
  },
  {
    value: "polarsteps",
    label: "Polarsteps trips, each step's place, day, words and weather (Account settings → Download my data, unzipped: trip/<trip>_<id>/trip.json)",
  },
  {
    value: "flights",
    label: "Flights: Flighty (Settings → Export flights: FlightyExport-….csv) or myFlightradar24 (Settings → Export: flightdiary_….csv), a day a note",
  },
  {
    value: "myanimelist",
    label: "MyAnimeList anime and manga lists (panel.php?go=export → Export My List: animelist_….xml.gz, mangalist_….xml.gz, as downloaded)",
  },
  { value: "engram", label: "Engram export" },
];

type ImportState =
  | { step: "idle" }
  | { step: "running"; name: string; progress: ImportProgressState; cancelling?: boolean }
  | { step: "done"; result: ImportResult; again?: { input: FileInput; name: string } }
  | { step: "cancelled" }
  | { step: "error"; message: string };

const CANCELLED = "Import cancelled. What was imported so far is kept; import the file again to add the rest.";

/** What the drop zone reads, by kind, as the apps people know name it (core/ingest reads each; the format list names each file). */
const APPS_BY_KIND: Array<[kind: string, apps: string]> = [
  [
    "Chats",
    "ChatGPT, Claude, WhatsApp, Telegram, Messenger, Instagram, TikTok, Slack, Discord, Google Chat, Google Voice, Signal, Skype, Matrix (Element), Snapchat, iMessage, LINE, text messages, X, Mastodon, Bluesky, Facebook, Reddit, LinkedIn",
  ],
  [
    "Notes",
    "Markdown, Obsidian (notes and canvases), Notion, Logseq, Roam, Evernote, Joplin, Bear, Google Keep, Simplenote, Standard Notes, Day One, Journey, Diaro, Daylio, WordPress",
  ],
  ["Tasks", "Google Tasks, Todoist, Trello, TickTick"],
  ["Documents", "PDF, Word, RTF (TextEdit, WordPad), OpenDocument (LibreOffice, Google Docs)"],
  ["Meetings", "Zoom, Teams, Otter"],
  ["Highlights", "Kindle, Kobo, Readwise"],
  [
    "Lists",
    "flashcards learned (Anki), books (Goodreads, StoryGraph), papers (Zotero, Mendeley, BibTeX), films (Letterboxd), films and shows rated (IMDb), films and episodes watched, rated and listed (Trakt), anime and manga watched, read, scored and dropped (MyAnimeList), library loans and holds (Libby), shows and films watched (Netflix), workouts (Strava), workouts, sleep, steps and weight (Apple Health, Fitbit, Garmin), sleep, readiness and tags (Oura), weight, blood pressure and sleep (Withings), habits kept and missed (Loop Habit Tracker, HabitBull), classes taken (Peloton), sets lifted (Strong, Hevy), hours worked (Toggl Track), meals, gym sessions and weigh-ins (MyFitnessPal), meals, nutrition, workouts and biometrics (Cronometer), bookmarks (Chrome, Firefox, Safari, Raindrop.io), saved articles (Pocket, Instapaper), places (Google Maps), places visited and journeys (Google Maps Timeline), check-ins and tips (Foursquare Swarm), beers checked in, rated and commented on (Untappd), trips, their places, days and what you wrote (Polarsteps), flights (Flighty, myFlightradar24), videos watched and searched (YouTube), searches and pages visited (Google My Activity; Chrome, Firefox, Edge and Safari history), orders (Amazon), payments (Monzo, Revolut), rides and takeaways (Uber, Uber Eats), music and podcasts listened to (Spotify, Apple Music, Last.fm, Overcast), albums and photos' descriptions, people and places (Google Photos)",
  ],
  ["Calendar, email, contacts", "a calendar (.ics), email (.mbox, .eml, Outlook's .msg), contacts (.vcf)"],
];

/**
 * Importing a chat export: drop a file on the zone, pick one, or (desktop app only) type a path on this machine; shows
 * progress per phase, then what was added. Cancel aborts the import. `compact`: the panel of the
 * Import dialog, which stays open and says what happened itself; the first-run panel (gone once
 * something is imported) says it in a toast as well.
 */
export function ImportPanel({ compact = false, onDone }: { compact?: boolean; onDone?: (r: ImportResult) => void }) {
  const api = useApi();
  const { changed } = useData();
  const toasts = useToasts();
  const [state, setState] = useState<ImportState>({ step: "idle" });
  const [dragging, setDragging] = useState(false);
  const dropTitleId = useId();
  const [format, setFormat] = useState<ImportFormat | "">("");
  const [path, setPath] = useState("");
  const [me, setMe] = useState("");
  const fileRef = useRef<HTMLInputElement>(null);
  const abortRef = useRef<AbortController | null>(null);
  const now = useTicker(state.step === "running");

  /** Imports `input`; `who`: the person the user is, else what the field says. */
  const run = async (input: FileInput, name: string, who = me.trim()): Promise<void> => {
    const ac = new AbortController();
    abortRef.current = ac;
    setState({ step: "running", name, progress: startProgress(Date.now()) });
    try {
      const result = await api.importFile(
        { ...input, ...(format ? { format } : {}), ...(who ? { me: who } : {}) },
        {
          signal: ac.signal,
          onEvent: (event) => setState((s) => (s.step === "running" ? { ...s, progress: addEvent(s.progress, event, Date.now()) } : s)),
        },
      );
      setState({ step: "done", result, again: { input, name } });
      // in the dialog a toast would only cover the same words in the banner below it
      if (!compact) toasts.show({ message: `Imported ${what(result)} and made ${countOf(result.memories, "memory", "memories")}`, tone: "success" });
      changed();
      onDone?.(result);
    } catch (e) {
      if (ac.signal.aborted) {
        // the call settles once the import has stopped between two batches: what it stored is
        // kept, all of it committed by now, and counted again
        setState({ step: "cancelled" });
        if (!compact) toasts.show({ message: CANCELLED, tone: "info" });
        changed();
      } else setState({ step: "error", message: errorMessage(e) });
    } finally {
      abortRef.current = null;
    }
  };

  const onFiles = (files: FileList | null): void => {
    const f = files?.[0];
    if (f) void run({ file: f, name: f.name }, f.name);
  };

  const onDrop = (e: DragEvent): void => {
    e.preventDefault();
    setDragging(false);
    onFiles(e.dataTransfer.files);
  };

  if (state.step === "running") {
    const cancel = (): void => {
      setState((s) => (s.step === "running" ? { ...s, cancelling: true } : s));
      abortRef.current?.abort();
    };
    return <ImportProgressView name={state.name} state={state.progress} now={now} onCancel={cancel} cancelling={state.cancelling} />;
  }

  return (
    <div className={compact ? "import-panel compact" : "import-panel"}>
      {state.step === "done" && (
        <div className="banner banner-info" role="status">
          <Icon name="check" />
          <div>
            Imported {what(state.result)} ({countOf(state.result.added, `new ${unitsOf(state.result).part}`)}
            {state.result.duplicates > 0 && `, ${formatCount(state.result.duplicates)} already there`}) and made{" "}
            {countOf(state.result.memories, "memory", "memories")} in {state.result.seconds.toFixed(1)} s.
            {state.result.coreMemory && <p className="import-core-note">{state.result.coreMemory}</p>}
            {(state.result.claimed ?? 0) > 0 && (
              <p className="import-core-note">
                {countOf(state.result.claimed!, unitsOf(state.result).part)} stored before as another person's are yours now: what you said in them makes your
                core memory.
              </p>
            )}
            {/* the same file again, naming who is you: its stored messages become yours, and your core memory is built */}
            {state.again && (state.result.people?.length ?? 0) > 0 && (
              <fieldset className="import-who">
                <legend>Which of these people are you?</legend>
                {state.result.people!.map((p) => (
                  <button key={p} type="button" className="btn btn-sm" onClick={() => void run(state.again!.input, state.again!.name, p)}>
                    {p}
                  </button>
                ))}
              </fieldset>
            )}
          </div>
        </div>
      )}
      {state.step === "cancelled" && (
        <div className="banner banner-info" role="status">
          <Icon name="alert" />
          <div>{CANCELLED}</div>
        </div>
      )}
      {state.step === "error" && (
        <div className="banner banner-error" role="alert">
          <Icon name="alert" />
          <div>Import failed: {state.message}</div>
        </div>
      )}
      {/* before the drop zone: choosing a file starts the import, so the format and who you are come first */}
      <div className="import-options">
        <label className="field">
          <span className="field-label">Format</span>
          <select className="select" value={format} onChange={(e) => setFormat(e.target.value as ImportFormat | "")}>
            {FORMATS.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
        <label className="field import-me">
          <span className="field-label">Which of these people are you? (optional)</span>
          <input
            className="input"
            value={me}
            onChange={(e) => setMe(e.target.value)}
            placeholder="Your name as the chat shows it"
            aria-label="Which of these people are you?"
          />
          <span className="field-help">
            Fill in before choosing the file, or pick yourself among the people found after the import: that speaker's messages become yours, and what they say
            about themselves becomes what Engram knows about you.
          </span>
        </label>
      </div>
      <section
        className={dragging ? "dropzone dragging" : "dropzone"}
        aria-labelledby={dropTitleId}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="dropzone"
      >
        <Icon name="upload" size={26} />
        <p>
          <strong id={dropTitleId}>Drop an export or a file here</strong>
          <br />
          <span className="muted">Chats, notes, tasks, documents, calendars, email, contacts and the lists apps keep, or an Engram export.</span>
        </p>
        <details className="import-apps">
          <summary>Which apps?</summary>
          <ul>
            {APPS_BY_KIND.map(([kind, apps]) => (
              <li key={kind}>
                <strong>{kind}</strong> {apps}
              </li>
            ))}
          </ul>
          <p className="muted">The format list above names each file.</p>
        </details>
        <button type="button" className="btn btn-primary" onClick={() => fileRef.current?.click()}>
          Choose a file…
        </button>
        <input ref={fileRef} type="file" className="visually-hidden" tabIndex={-1} aria-label="Chat export file" onChange={(e) => onFiles(e.target.files)} />
      </section>
      {/* a path typed here would be a client-chosen path: over HTTP the server refuses those (files are uploaded) */}
      {transport() === "ipc" && (
        <form
          className="field import-path"
          onSubmit={(e) => {
            e.preventDefault();
            if (path.trim()) void run({ path: path.trim() }, path.trim().split(/[\\/]/).pop() ?? path);
          }}
        >
          <span className="field-label">Or a file path on this computer</span>
          <div className="input-row">
            <input
              className="input"
              value={path}
              onChange={(e) => setPath(e.target.value)}
              placeholder="/home/me/Downloads/conversations.json"
              aria-label="File path"
            />
            <button type="submit" className="btn" disabled={!path.trim()}>
              Import
            </button>
          </div>
        </form>
      )}
    </div>
  );
}

/** The current time, refreshed every second while `on` (so the time left counts down between events). */
function useTicker(on: boolean): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (!on) return;
    setNow(Date.now());
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [on]);
  return now;
}

/** What an import's whole items and their parts are called, by format, where not "conversation" and "message". */
const UNITS: Partial<Record<ImportFormat, { whole: string; part: string; wholes?: string }>> = {
  note: { whole: "note", part: "paragraph" },
  keep: { whole: "note", part: "paragraph" },
  dayone: { whole: "entry", part: "paragraph", wholes: "entries" },
  journey: { whole: "entry", part: "paragraph", wholes: "entries" },
  diaro: { whole: "entry", part: "paragraph", wholes: "entries" },
  daylio: { whole: "entry", part: "paragraph", wholes: "entries" },
  enex: { whole: "note", part: "paragraph" },
  standardnotes: { whole: "note", part: "paragraph" },
  googletasks: { whole: "list", part: "task" },
  todoist: { whole: "project", part: "task" },
  ticktick: { whole: "note", part: "paragraph" },
  orgmode: { whole: "note", part: "paragraph" },
  anki: { whole: "deck", part: "note" },
  trello: { whole: "board", part: "paragraph" },
  canvas: { whole: "canvas", part: "paragraph" },
  document: { whole: "document", part: "paragraph" },
  sms: { whole: "thread", part: "message" },
  vcard: { whole: "contact", part: "card" },
  slack: { whole: "channel day", part: "message" },
  kindle: { whole: "book", part: "clipping" },
  readwise: { whole: "book", part: "highlight" },
  hypothesis: { whole: "page", part: "annotation" },
  kobo: { whole: "book", part: "highlight" },
  goodreads: { whole: "book", part: "paragraph" },
  storygraph: { whole: "book", part: "paragraph" },
  bibtex: { whole: "note", part: "paragraph" },
  zotero: { whole: "note", part: "paragraph" },
  letterboxd: { whole: "note", part: "paragraph" },
  imdb: { whole: "note", part: "paragraph" },
  trakt: { whole: "note", part: "paragraph" },
  libby: { whole: "month", part: "paragraph" },
  ics: { whole: "calendar", part: "event" },
  email: { whole: "thread", part: "email" },
  captions: { whole: "meeting", part: "turn" },
  googlemaps: { whole: "note", part: "place" },
  readlater: { whole: "list", part: "article" },
  strava: { whole: "month", part: "paragraph" },
  reddit: { whole: "thread", part: "message" },
  amazon: { whole: "month", part: "order" },
  bank: { whole: "month", part: "transaction" },
  uber: { whole: "month", part: "paragraph" },
  spotify: { whole: "note", part: "paragraph" },
  netflix: { whole: "note", part: "paragraph" },
  googlephotos: { whole: "note", part: "paragraph" },
  timeline: { whole: "day", part: "paragraph" },
  browser: { whole: "note", part: "paragraph" },
  applehealth: { whole: "day", part: "paragraph" },
  fitbit: { whole: "day", part: "paragraph" },
  garmin: { whole: "day", part: "paragraph" },
  oura: { whole: "day", part: "paragraph" },
  withings: { whole: "day", part: "paragraph" },
  samsunghealth: { whole: "day", part: "paragraph" },
  whoop: { whole: "day", part: "paragraph" },
  sleepcycle: { whole: "day", part: "paragraph" },
  cronometer: { whole: "day", part: "paragraph" },
  googlefit: { whole: "day", part: "paragraph" },
  habits: { whole: "day", part: "paragraph" },
  peloton: { whole: "day", part: "paragraph" },
  strong: { whole: "day", part: "workout" },
  toggl: { whole: "day", part: "paragraph" },
  myfitnesspal: { whole: "day", part: "paragraph" },
  applemusic: { whole: "note", part: "paragraph" },
  lastfm: { whole: "note", part: "paragraph" },
  overcast: { whole: "note", part: "paragraph" },
  swarm: { whole: "note", part: "paragraph" },
  untappd: { whole: "day", part: "paragraph" },
  polarsteps: { whole: "note", part: "paragraph" },
  flights: { whole: "day", part: "paragraph" },
  myanimelist: { whole: "list", part: "paragraph" },
  substack: { whole: "post", part: "paragraph" },
  medium: { whole: "story or list", part: "paragraph" },
};

/** What an import's items and their parts are called: conversations of messages; notes of paragraphs, books of clippings, calendars of events, threads of emails. */
function unitsOf(r: ImportResult): { whole: string; part: string; wholes?: string } {
  return UNITS[r.format] ?? { whole: "conversation", part: "message" };
}

/** "3 conversations", "1 note", "2 books", "1 calendar", "12 threads". */
function what(r: ImportResult): string {
  const units = unitsOf(r);
  return countOf(r.conversations, units.whole, units.wholes);
}

import { basename } from "node:path";
import type { Command } from "commander";
import type { ImportEvent, ImportFormat, ImportResult } from "../../../api/types.js";
import { IMPORT_FORMATS } from "../../../api/vocabulary.js";
import { CliError } from "../cli-error.js";
import { printJson, withApi } from "../cli-context.js";
import { counted, formatBytes, progressBar } from "../progress.js";

/** `--format`'s choices: the import formats (core/db/types.ts, through the API's vocabulary, which loads no engine part). */
export const FORMATS: ReadonlyArray<Exclude<ImportFormat, "engram">> = IMPORT_FORMATS;

/** What an import's whole items and their parts are called, by format, where not conversations and turns. */
const UNITS: Partial<Record<Imported["format"], [whole: string, part: string, wholes?: string]>> = {
  dayone: ["entry", "paragraph", "entries"],
  journey: ["entry", "paragraph", "entries"],
  diaro: ["entry", "paragraph", "entries"],
  enex: ["note", "paragraph"],
  simplenote: ["note", "paragraph"],
  standardnotes: ["note", "paragraph"],
  googletasks: ["list", "task"],
  todoist: ["project", "task"],
  ticktick: ["note", "paragraph"],
  orgmode: ["note", "paragraph"],
  anki: ["deck", "note"],
  trello: ["board", "paragraph"],
  canvas: ["canvas", "paragraph"],
  document: ["document", "paragraph"],
  sms: ["thread", "message"],
  vcard: ["contact", "card"],
  slack: ["channel day", "message"],
  irc: ["day", "message"],
  kindle: ["book", "clipping"],
  readwise: ["book", "highlight"],
  hypothesis: ["page", "annotation"],
  kobo: ["book", "highlight"],
  goodreads: ["book", "paragraph"],
  storygraph: ["book", "paragraph"],
  bibtex: ["note", "paragraph"],
  zotero: ["note", "paragraph"],
  letterboxd: ["note", "paragraph"],
  imdb: ["note", "paragraph"],
  trakt: ["note", "paragraph"],
  libby: ["month", "paragraph"],
  ics: ["calendar", "event"],
  email: ["thread", "message"],
  captions: ["meeting", "turn"],
  bookmarks: ["folder", "bookmark"],
  googlemaps: ["note", "place"],
  daylio: ["entry", "paragraph", "entries"],
  readlater: ["list", "article"],
  strava: ["month", "paragraph"],
  reddit: ["thread", "message"],
  amazon: ["month", "order"],
  bank: ["month", "transaction"],
  uber: ["month", "paragraph"],
  spotify: ["note", "paragraph"],
  netflix: ["note", "paragraph"],
  googlephotos: ["note", "paragraph"],
  myactivity: ["day", "paragraph"],
  browser: ["note", "paragraph"],
  timeline: ["day", "paragraph"],
  applehealth: ["day", "paragraph"],
  fitbit: ["day", "paragraph"],
  garmin: ["day", "paragraph"],
  oura: ["day", "paragraph"],
  withings: ["day", "paragraph"],
  samsunghealth: ["day", "paragraph"],
  whoop: ["day", "paragraph"],
  sleepcycle: ["day", "paragraph"],
  cronometer: ["day", "paragraph"],
  googlefit: ["day", "paragraph"],
  habits: ["day", "paragraph"],
  peloton: ["day", "paragraph"],
  strong: ["day", "workout"],
  toggl: ["day", "paragraph"],
  myfitnesspal: ["day", "paragraph"],
  applemusic: ["note", "paragraph"],
  lastfm: ["note", "paragraph"],
  overcast: ["note", "paragraph"],
  swarm: ["note", "paragraph"],
  untappd: ["day", "paragraph"],
  polarsteps: ["note", "paragraph"],
  flights: ["day", "paragraph"],
  myanimelist: ["list", "paragraph"],
  googlevoice: ["conversation", "message"],
  substack: ["post", "paragraph"],
  medium: ["story or list", "paragraph"],
};

/**
 * One entry of `--json`'s `imports` (a stable shape, README): a chat export's report, or for an
 * Engram export `{ file, format: "engram", restored: { <table>: rows }, reembedded }`.
 */
export type Imported =
  | (Omit<ImportResult, "restored" | "reembedded" | "format"> & { format: (typeof FORMATS)[number]; coreMemory: string | null; resumed: number })
  | { file: string; format: "engram"; restored: Record<string, number>; reembedded: boolean };

/**
 * `engram import <file...> [--format F] [--me NAME] [--db PATH] [--json]`: imports chat exports, or restores an
 * Engram export (`engram export`) into an empty database, through the API's `importFile`.
 */
export function register(program: Command): void {
  program
    .command("import")
    .description("import chat exports (LoCoMo JSON, ChatGPT, Claude or DeepSeek conversations.json, text/markdown transcripts) or an Engram export")
    .argument(
      "<file...>",
      "files to import, or folders of .txt/.md notes (an Obsidian vault's .canvas canvases with them; and .ics calendars, .eml/.mbox mail and Outlook's saved .msg emails (Word's and Excel's 97–2003 .doc and .xls passed over), Google Keep's .json notes, Messenger and Instagram chats' message_1.json, Day One's Journal.json, a Journey diary's export unzipped (its Export as JSON (ZIP): each entry's <id>.json, its photos passed over), a Diaro backup unzipped (its DiaroBackup.xml, each entry with its place, weather and mood; its media/ photos passed over), Evernote's .enex, an SMS Backup & Restore .xml, a WordPress export (<site>.WordPress.2026-12-01.xml: its posts, pages and their comments), contacts .vcf, an unzipped Slack export's channel days, DiscordChatExporter's .json channels, Discord's own data package unzipped (package: each channel's messages/c<id>/messages.json, the messages you sent, named from index.json and account/user.json; its activity/ analytics never read), Google Chat's messages.json from Takeout, DeepSeek's chat export unzipped (Settings → Data → Export data: its conversations.json, each chat's last branch; user.json passed over), Google Voice from Takeout unzipped (Takeout/Voice: each text conversation, group text and voicemail of its Calls/, a person's files one conversation; calls' logs, audio, Phones.vcf, Greetings/ and Bills.html passed over), Telegram Desktop's result.json (a chat's export, or the whole account's DataExport_<day> folder: each chat), Skype's (or Teams (free)'s) Export your data unpacked (its messages.json: each chat and group), Google Hangouts' chats from Takeout (Takeout/Hangouts/Hangouts.json: each Hangouts conversation), Element's chat exports of Matrix rooms in JSON (Room info → Export chat, Format: JSON: matrix - <room> - Chat Export - <time>.json, each room a conversation), Simplenote's unzipped export (its source/notes.json), Bear's or Ulysses' notes exported as TextBundles (<Title>.textbundle folders, each read as one note), a Standard Notes decrypted backup, unzipped (its Standard Notes Backup and Import File.txt), a Roam Research graph's JSON export (<graph>.json, unzipped), Google Tasks' Tasks.json from Takeout, imessage-exporter's .txt conversations, LINE's exported chats ([LINE] Chat with Yuki.txt), an unzipped X (Twitter) archive's tweets.js and direct-messages.js, an unzipped Mastodon archive's outbox.json (its posts) and actor.json (its profile), a Bluesky account's repository export (Settings → Account → Export my data → Download CAR file: repo.car, its posts and profile; likes, reposts and follows passed over), a Facebook download unzipped (JSON: its your_posts__check_ins__photos_and_videos_1.json and comments_and_reactions/comments.json, your posts and comments, with its Messenger threads), an Instagram download unzipped (JSON: its your_instagram_activity/content/posts_1.json, reels.json, stories.json and comments/post_comments_1.json, your posts, reels, stories and comments, with its direct messages), a Snapchat download unzipped (mydata~…, JSON: its json/chat_history.json, your saved chats, each friend's or group's a conversation, named from friends.json beside it), TikTok's download in JSON unzipped (TikTok_Data_<digits>: its user_data_tiktok.json, your direct messages, posts and comments), a Readwise export's readwise-data.csv, Hypothesis annotations exported as JSON (the sidebar's Share → Export, JSON: <day>-<page title>-<group>.json; hypexport's file of all of yours) or as CSV, a Kobo's KoboReader.sqlite (its highlights and notes; the .kobo folder copied, or the Kobo's drive, its other files passed over), a browser's own history (Firefox's places.sqlite, Chrome's or Edge's History, Safari's History.db, copied from the browser's profile folder: a day of searches, pages visited and downloads a note, Firefox's bookmarks a folder a note), Todoist's project CSVs (an export as a template, or a backup unzipped), TickTick's backup (TickTick-backup-2026-11-13.csv), a Trello board's JSON export (<board short link>.json), Goodreads' goodreads_library_export.csv, The StoryGraph's library export (its CSV, whatever its name), reference libraries exported as BibTeX (.bib: Zotero's, Mendeley's, JabRef's, Google Scholar's), Zotero's library exported as CSV (File → Export Library… → CSV with notes: My Library.csv, each item with your tags and notes), a Letterboxd export unzipped (its diary.csv, reviews.csv, ratings.csv, watchlist.csv and lists/), IMDb's exports (imdb.com/exports: Your Ratings, the watchlist, the check-ins and each list, a CSV each; a list named by its file), Trakt's data export unzipped (Settings → Data → Export now: its watched-history.json, a day of viewing a note on your time zone, with ratings-*.json, lists-watchlist.json, lists-favorites.json, each custom list's lists-list-<id>-<slug>.json and comments-*.json; its aggregates, collection, profile and settings passed over), Libby's timeline (Shelf → Timeline → Actions → Export Timeline: its Data, libbytimeline-activities.json, or its Spreadsheet, a CSV: a month of loans, returns, renewals and holds a note), meetings' transcripts as captions (Zoom's GMT…_Recording.transcript.vtt, a Teams transcript's .vtt, an Otter.ai .srt), Zoom meetings' saved chats (meeting_saved_chat.txt in each meeting's folder of Documents/Zoom), Signal chats as signal-export (sigexport) writes them from Signal Desktop (its output folder: each chat's folder, its data.json or, without it, its chat.md; the attachments in media/ passed over), browsers' exported bookmarks (.html: Chrome's bookmarks_11_30_26.html, Firefox's, Safari's, Edge's, Pinboard's bookmarks.html) and Raindrop.io's exports (its HTML or CSV export: a collection a note, with your notes and highlights), read-later lists (Pocket's part_000000.csv of pocket.zip, unzipped, or its older ril_export.html; Instapaper's instapaper-export.csv), Google Maps' saved places and reviews from Takeout (Maps (your places)/Saved Places.json and Reviews.json, Saved/<list>.csv), Daylio's CSV export (daylio_export_2026_11_30.csv), a Strava archive unzipped (export_<athlete id>: its activities.csv, with shoes.csv, bikes.csv and media.csv beside it), Apple Health's export unzipped (apple_health_export: its export.xml, a day of workouts, sleep, steps, resting heart rate and weight a note; export_cda.xml, workout-routes/ and electrocardiograms/ passed over), Peloton's workouts download (<username>_workouts.csv: a day of classes a note), flight logs (Flighty's export, FlightyExport-….csv, or myFlightradar24's, flightdiary_….csv: a day of flights a note), MyFitnessPal's Export Data unzipped (File-Export-<from>-to-<to>: its Nutrition-Summary, Exercise-Summary and Measurement-Summary CSVs, a day of meals, exercise, weigh-ins and notes a note), Reddit's data export unzipped (its posts.csv, comments.csv, messages.csv, messages_archive.csv and chat_history.csv, with statistics.csv beside them), a LinkedIn data archive unzipped (Complete_LinkedInDataExport_11-24-2026: its messages.csv, Connections.csv and Positions.csv, with Profile.csv beside them), Amazon's order history from Request your data (Your Orders.zip unzipped: its Retail.OrderHistory.1/Retail.OrderHistory.1.csv, with Retail.CustomerReturns beside it), Last.fm scrobbles exported by lastfm.ghan.nl/export (recenttracks-<user>-<digits>.csv, or its JSON, Loved Tracks too) or benjaminbenben's Last.fm to csv (<user>.csv): a day of listening a note, Overcast's All data export (overcast.opml, from overcast.fm/account: a day of podcast episodes listened to or recommended a note, your podcasts one note, each playlist a note), MyAnimeList's list exports as they download (myanimelist.net/panel.php?go=export: animelist_<epoch>_-_<id>.xml.gz and mangalist_<epoch>_-_<id>.xml.gz, or gunzipped: each list a note of its entries, their scores, comments and tags, with the days started and finished), bank statements (Monzo's Export transactions CSV, MonzoDataExport_….csv, and Revolut's statement as Excel or CSV, account-statement_….csv: a month of each bank's transactions a note; any bank's download for Microsoft Money or Quicken, OFX or QFX (.ofx, .qfx) and QIF (.qif); Venmo's statements, VenmoStatement_Oct_2026.csv, and PayPal's activity download, Download.CSV: a month of payments a note, each who paid whom and what for; YNAB's export unzipped, its Register a month of each account's transactions a note and its Plan a month of the categories' money a note; Splitwise's Export as spreadsheet of a group, <group>_2026-11-28_export.csv: a month of the group's expenses and payments a note, with --me naming which member you are; Monarch Money's transactions and balance history downloads, Copilot Money's export, transactions.csv, and Mint's, transactions.csv: a month of each account's transactions a note, with your notes and tags; Cash App's statement export, cash_app_report_….csv: a month of its payments, with what they were for, card purchases and deposits a note), Uber's Download your data unzipped (Uber Data: its Rider/trips_data.csv, a month of rides a note, and Eats/eats_order_details.csv with eats_restaurant_names.csv, a month of Uber Eats orders a note, or the newer trips_data-0.csv and user_orders-0.csv; the app's analytics, the profile and payment methods passed over), Spotify's Download your data unzipped (Spotify Account Data and Spotify Extended Streaming History: its StreamingHistory_music_0.json, StreamingHistory_podcast_0.json and Streaming_History_Audio_…_0.json, a day of listening a note, with Playlist1.json and YourLibrary.json; its searches, account details and payments passed over), Netflix's viewing history (Viewing activity's NetflixViewingHistory.csv, or Download your personal information unzipped, netflix-report: its CONTENT_INTERACTION/ViewingActivity.csv, Ratings.csv, MyList.csv and SearchHistory.csv, with --me naming your profile; its account, billing, devices, IP addresses and clickstream passed over), YouTube's Google Takeout unzipped (Takeout/YouTube and YouTube Music: its history/watch-history.json and search-history.json, History in JSON, comments/comments.csv and subscriptions/subscriptions.csv), Google Photos' Google Takeout unzipped (Takeout/Google Photos: each album's metadata.json and each photo's .json sidecar, an album a note and the year's other photos a note per day; the photos and videos themselves passed over), Google's My Activity and Chrome's history from Takeout unzipped (Takeout/My Activity/Search/MyActivity.json, Chrome's, Maps' …, Activity records in JSON, and Takeout/Chrome/History.json: a day of searches, pages visited and places looked up a note; adverts, apps used and Discover's cards passed over), Foursquare's data export unzipped (data-export-NNNN: its checkins1.json, checkins2.json … and tips.json: a day of Swarm check-ins a note, your tips one; its photos, visits, ratings and comments passed over), Untappd's check-in history (Beer History → CSV or JSON: a day of beers checked in a note, each its brewery, style, ABV, serving, place, friends, rating and comment), Polarsteps' Download my data unzipped (user_data: each trip's trip/<trip name>_<id>/trip.json, each step a note and the trip's summary one; locations.json, user.json and the steps' photos and videos passed over), Anki's Notes in Plain Text exports (File → Export… → Notes in Plain Text: a deck a note of what you learned; .apkg and .colpkg packages passed over), and documents: PDFs, Word .docx files, RTF documents (.rtf, TextEdit's and WordPad's; a TextEdit .rtfd folder read as one) and OpenDocument texts (.odt, LibreOffice's and Google Docs'))",
    )
    .option("--format <format>", `force the format (${FORMATS.join(", ")}); detected by default`)
    .option(
      "--me <name>",
      "the speaker who is you: their messages become yours, and build your core memory (a Netflix download: your profile's name, only its viewing read; a Splitwise group's export: which member you are, said as I and me)",
    )
    .option("--db <path>", "database file (default: $ENGRAM_DB or the app's data folder)")
    .option("--json", "print a JSON report on stdout")
    .action(async (files: string[], opts: { format?: string; db?: string; json?: boolean; me?: string }) => {
      if (opts.format && !FORMATS.includes(opts.format as (typeof FORMATS)[number])) {
        throw new CliError(`--format must be one of ${FORMATS.join(", ")} (got "${opts.format}")`, 2);
      }
      const reports: Imported[] = [];
      // every file is checked whole (exists, readable, valid to its end) before the API opens: a bad
      // file is refused and no database is created; the import of the unchanged file then takes the
      // check's result (format, counts) and reads the file once more, to store it
      const { checkImportFile, folderFileFormat, importPaths, isEmptyNote, passedOverInFolder, whyPassedOver } = await import("../../../api/import-check.js");
      const todo: Array<{ file: string; format: ImportFormat }> = [];
      const passed: Array<{ file: string; why: string }> = [];
      const unread: string[] = [];
      for (const { file, inFolder } of expandFolders(files, importPaths)) {
        const bar = progressBar(file);
        const checking = (done: number, total: number) => {
          const p = importProgress({}, { type: "progress", phase: "validate", unit: "bytes", done, total, conversations: 0, turns: 0 });
          bar.update(p.value, p.total, p.text);
        };
        try {
          // (a copy of a note an export holds already, Simplenote's .txt beside its notes.json, is passed over, said so)
          const copy = inFolder ? await passedOverInFolder(file) : null;
          if (copy) {
            passed.push({ file, why: copy });
            continue;
          }
          // a folder holds notes (a Markdown note may start with a "## heading" that would read as a speaker),
          // and may hold a Kindle's clippings, which are no note
          const given = (opts.format as ImportFormat | undefined) ?? (inFolder ? await folderFileFormat(file) : undefined);
          // (a folder's JSON that is no Keep note nor a Messenger thread is an app's, not the user's: passed over)
          if (given !== null) todo.push({ file, format: await checkImportFile(file, given, checking) });
          else unread.push(file);
        } catch (err) {
          // (a folder's empty page or index of links is passed over, said so)
          if (!inFolder || !isEmptyNote(err)) throw err;
          passed.push({ file, why: whyPassedOver(err) });
        } finally {
          bar.stop();
        }
      }
      // (a folder of files none of which Engram reads is said so, not imported as nothing)
      if (todo.length === 0 && passed.length === 0 && unread.length > 0) {
        const names = unread
          .slice(0, 3)
          .map((f) => basename(f))
          .join(", ");
        throw new CliError(`${files.join(", ")}: nothing to import: no file here is in a format Engram reads (${names}${unread.length > 3 ? ", …" : ""})`, 2);
      }
      await withApi({ ...opts, embedder: "batch" }, async ({ api }) => {
        for (const { file, format } of todo) {
          const bar = progressBar(file);
          const stages: StageCounts = {};
          try {
            const r = await api.importFile(
              { path: file, format, ...(opts.me ? { me: opts.me } : {}) },
              {
                onEvent: (e) => {
                  const p = importProgress(stages, e);
                  bar.update(p.value, p.total, p.text);
                },
              },
            );
            reports.push(asReport(r, file));
          } finally {
            bar.stop();
          }
        }
      });
      if (opts.json) return printJson({ imports: reports, ...(passed.length ? { passedOver: passed.map((p) => p.file) } : {}) });
      for (const r of reports) process.stdout.write(`${importSummary(r)}\n`);
      for (const line of passedOverLines(passed)) process.stdout.write(`${line}\n`);
    });
}

/** Messages each stage of a chat import has reached so far. */
export type StageCounts = Partial<Record<"embed" | "import" | "process", number>>;

const VERB = { upload: "uploading", validate: "checking", embed: "embedding", import: "storing", process: "remembering" } as const;

/**
 * The progress bar's value, total and words for an import event. A chat import's stages overlap
 * (core/ingest/import.ts embeds and stores ahead of the memory engine), so the bar follows the last
 * stage that has started (remembering, once it has) and names every stage's count: "embedding 640 ·
 * storing 512 · remembering 448 of 4,124 turns · 3 conversations"; its value never goes back when
 * another stage reports. Other events (checking bytes, an export's rows) are shown as they come.
 * @param stages the counts seen so far for this file (updated)
 */
export function importProgress(stages: StageCounts, e: ImportEvent): { value: number; total: number; text: string } {
  if (e.phase === "validate") return { value: e.done, total: e.total ?? e.done, text: `checking ${formatBytes(e.done)} of ${formatBytes(e.total ?? e.done)}` };
  if (e.phase === "index") return { value: e.done, total: e.total ?? e.done, text: `indexing for search: ${e.done} of ${e.total ?? "?"} postings` };
  if (e.unit !== "messages" || e.phase === "upload") return { value: e.done, total: e.total ?? e.done, text: `${VERB[e.phase]} ${e.done} ${e.unit}` };
  stages[e.phase] = Math.max(stages[e.phase] ?? 0, e.done);
  const order = ["embed", "import", "process"] as const;
  const lead = [...order].reverse().find((p) => stages[p] !== undefined)!;
  const counts = order.filter((p) => stages[p] !== undefined).map((p) => `${VERB[p]} ${stages[p]}`);
  return {
    value: stages[lead]!,
    total: e.total ?? stages[lead]!,
    text: `${counts.join(" · ")} of ${e.total === null ? "? turns" : counted(e.total, "turn")} · ${counted(e.conversations, "conversation")}`,
  };
}

/** The API's result in the CLI's stable `--json` shape. */
function asReport(r: ImportResult, file: string): Imported {
  if (r.format === "engram") return { file, format: "engram", restored: r.restored ?? {}, reembedded: r.reembedded ?? false };
  const { restored: _r, reembedded: _e, ...chat } = r;
  return { ...chat, format: r.format, file, coreMemory: r.coreMemory ?? null, resumed: r.resumed ?? 0 };
}

/** {@link importPaths} of each path, refusing a folder that holds nothing to import. */
function expandFolders(paths: string[], importPaths: (path: string) => Array<{ file: string; inFolder: boolean }>): Array<{ file: string; inFolder: boolean }> {
  return paths.flatMap((path) => {
    const files = importPaths(path);
    if (files.length === 0)
      throw new CliError(`${path}: this folder has no notes (.txt, .md, .enex, Keep's .json), calendars (.ics) or mail (.eml, .mbox, .msg) to import`, 2);
    return files;
  });
}

/**
 * The line (and notes) `engram import` prints for one file. A chat export's rate is over the import's
 * own work: the time spent afterwards bringing a large database's search index up to date
 * (`indexSeconds`) is given apart, when there was any (0.05 s or more).
 */
export function importSummary(r: Imported): string {
  if (r.format === "engram") {
    return `${r.file} (Engram export): restored ${counted(r.restored.memories ?? 0, "memory", "memories")}, ${counted(r.restored.sources ?? 0, "source")}${r.reembedded ? ", re-embedded" : ""}`;
  }
  const indexing = r.indexSeconds ?? 0;
  const importing = Math.max(r.seconds - indexing, 0);
  const rate = r.turns / Math.max(importing, 1e-3);
  const [whole, part, wholes] = UNITS[r.format] ?? ["conversation", "turn"];
  return (
    `${r.file} (${r.format}): ${counted(r.conversations, whole, wholes)}, ${counted(r.turns, part)}: ${r.added} added, ${r.duplicates} already present, ${counted(r.memories, "memory", "memories")} made` +
    `; ${counted(r.turns, part)} in ${importing.toFixed(1)} s (${rate < 10 ? rate.toFixed(1) : Math.round(rate)} ${part}s/s)` +
    (indexing >= 0.05 ? `; indexing for search ${indexing.toFixed(1)} s` : "") +
    (r.resumed ? `\n  finished ${counted(r.resumed, "source")} an interrupted run had left unprocessed` : "") +
    (r.claimed ? `\n  ${counted(r.claimed, part)} stored before as another person's are yours now, and so are their facts` : "") +
    (r.coreMemory ? `\n  note: ${r.coreMemory}` : "")
  );
}

/** How many files passed over for one reason are named one by one; past it, the first few and a count. */
const PASSED_OVER_NAMED = 10;

/**
 * The lines that say which files of a folder were passed over and why, one per file; a reason shared by
 * more than {@link PASSED_OVER_NAMED} files (a Google Photos Takeout's thousands of photos) names the first
 * three and counts the rest: "… and 2,817 more files passed over (a photo or video: …)".
 * @param passed the files passed over and why, in the order found
 */
export function passedOverLines(passed: ReadonlyArray<{ file: string; why: string }>): string[] {
  const byWhy = new Map<string, string[]>();
  for (const { file, why } of passed) {
    const files = byWhy.get(why);
    if (files) files.push(file);
    else byWhy.set(why, [file]);
  }
  return [...byWhy].flatMap(([why, files]) =>
    files.length <= PASSED_OVER_NAMED
      ? files.map((f) => `${f}: passed over (${why})`)
      : [...files.slice(0, 3).map((f) => `${f}: passed over (${why})`), `… and ${(files.length - 3).toLocaleString("en-GB")} more files passed over (${why})`],
  );
}

/**
 * What is this file? `inspectFile` refuses what cannot be a chat export (empty, binary, UTF-16,
 * not UTF-8) from its first 64 KiB; `detectFormat` tells the formats apart by the keys of the
 * first JSON array item, the first members of a JSON object, or the first lines of a text file.
 */
import { open } from "node:fs/promises";
import { firstInvalidUtf8, SQLITE_HEADER } from "./kit/bytes.js";
import { LONG_STRING_BYTES } from "./chats/elided.js";
import { type JsonItem, streamJsonArray } from "./kit/json-stream.js";
import { frontMatterEnd } from "./notes/front-matter.js";
import { isCommonWord } from "../memory/sentences.js";
import { MBOX_SEPARATOR } from "./chats/email.js";
import { isKeepNote } from "./notes/keep.js";
import { KINDLE_META } from "./reading/kindle.js";
import { isKindleNotebook } from "./reading/kindle-notebook.js";
import { isReadwiseCsv } from "./reading/readwise.js";
import { isHypothesisJson } from "./reading/hypothesis.js";
import { isHypothesisCsv } from "./reading/hypothesis-csv.js";
import { isDayOneJournal } from "./notes/dayone.js";
import { documentKind } from "./notes/document.js";
import { CFB_SIGNATURE, compoundFileFormat, isCompoundFile } from "./chats/outlook-msg.js";
import { isBrowserHistory } from "./web/browser.js";
import { isKoboDatabase } from "./reading/kobo.js";
import { carKindOf, isBlueskyRepo } from "./social/bluesky.js";
import { isDiscordExport } from "./chats/discord.js";
import { isDiscordPackageMessages } from "./chats/discord-package.js";
import { isGoogleChatMessages } from "./chats/googlechat.js";
import { isGoogleTasksExport } from "./notes/googletasks.js";
import { isGoogleVoiceHtml } from "./chats/googlevoice.js";
import { isTrelloBoard } from "./notes/trello.js";
import { isCanvasFile, isJsonCanvas } from "./notes/canvas.js";
import { isRoamPage } from "./notes/roam.js";
import { isEnex } from "./notes/enex.js";
import { isDiaroBackup } from "./notes/diaro.js";
import { isImessageExport } from "./chats/imessage.js";
import { isLineExport } from "./chats/line.js";
import { isKakaoTalkCsv, isKakaoTalkExport } from "./chats/kakaotalk.js";
import { isIrcLog } from "./chats/irc.js";
import { isSimplenoteExport } from "./notes/simplenote.js";
import { isSmsBackup } from "./chats/sms.js";
import { isOvercastExport } from "./media/overcast.js";
import { isMyAnimeListExport, isMyAnimeListGzip } from "./media/myanimelist.js";
import { isSkypeExport } from "./chats/skype.js";
import { isHangoutsExport } from "./chats/hangouts.js";
import { elementExportAdvice, isElementExport } from "./chats/matrix.js";
import { isWordPressExport } from "./social/wordpress.js";
import { isSubstackPostsCsv, substackOthersData, substackPostsCsvOf } from "./social/substack.js";
import { mediumPageOf, mediumPassedOver } from "./social/medium.js";
import { isStandardNotesBackup } from "./notes/standardnotes.js";
import { isVcard } from "./notes/vcard.js";
import { isMessengerThread } from "./chats/messenger.js";
import { isSlackDay } from "./chats/slack.js";
import { isTelegramExport } from "./chats/telegram.js";
import { isTodoistCsv } from "./notes/todoist.js";
import { isTickTickBackup } from "./notes/ticktick.js";
import { isGoodreadsCsv } from "./reading/goodreads.js";
import { isStoryGraphCsv } from "./reading/storygraph.js";
import { isLetterboxdCsv } from "./media/letterboxd.js";
import { isImdbCsv } from "./media/imdb.js";
import { isTraktFile, traktPassedOver } from "./media/trakt-files.js";
import { isPelotonCsv } from "./health/peloton.js";
import { isStrongCsv } from "./health/strong.js";
import { isTogglCsv } from "./notes/toggl.js";
import { isLibbyCsv, isLibbyJson } from "./reading/libby.js";
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
import { isOfx, statementFileKind } from "./money/ofx.js";
import { isQif } from "./money/qif.js";
import { isRedditCsv } from "./social/reddit.js";
import { isYouTubeCsv, isYouTubeHistory, youtubeHtmlAdvice } from "./media/youtube.js";
import { isChromeHistory, isMyActivity, takeoutPageAdvice } from "./web/myactivity.js";
import { isGeminiActivity } from "./web/gemini.js";
import { isSpotifyFile } from "./media/spotify.js";
import { isNetflixFile } from "./media/netflix.js";
import { isTimelineFile } from "./places/timeline.js";
import { swarmKind } from "./places/swarm.js";
import { isUntappdExport } from "./places/untappd.js";
import { polarstepsKind } from "./places/polarsteps.js";
import { habitsKindOf, habitsPassedOver } from "./notes/habits-export.js";
import { isReadLaterExport } from "./web/readlater.js";
import { isRaindropCsv } from "./web/raindrop.js";
import { mastodonFileOf, notMastodonWords } from "./social/mastodon.js";
import { facebookFileOf, notFacebookWords } from "./social/facebook.js";
import { instagramFileOf, notInstagramWords } from "./social/instagram.js";
import { isTikTokData } from "./social/tiktok.js";
import { notSnapchatWords, snapchatFileOf } from "./social/snapchat.js";
import { isCaptions } from "./chats/captions.js";
import { isZoomChat } from "./chats/zoomchat.js";
import { isOrgFile, isOrgText, orgPassedOver } from "./notes/orgmode.js";
import { applehealthPassedOver, isAppleHealthExport } from "./health/applehealth.js";
import { fitbitKindOf, fitbitPassedOver } from "./health/fitbit-export.js";
import { garminKindOf, garminPassedOver } from "./health/garmin-export.js";
import { ouraKindOf, ouraPassedOver } from "./health/oura-export.js";
import { withingsKindOf, withingsPassedOver } from "./health/withings-export.js";
import { samsungPassedOver, samsungTypeOf } from "./health/samsunghealth-export.js";
import { whoopKindOf } from "./health/whoop.js";
import { sleepCycleKindOf } from "./health/sleepcycle.js";
import { cronometerKindOf } from "./health/cronometer.js";
import { googleFitKindOf, googleFitPassedOver } from "./health/googlefit-export.js";
import { isAppleMusicFile } from "./media/applemusic-export.js";
import { lastfmKind } from "./media/lastfm.js";
import { isMyFitnessPalCsv } from "./health/myfitnesspal.js";
import { isSignalJson, isSignalMarkdown } from "./chats/signal.js";
import { isBibtex } from "./reading/bibtex.js";
import { isZoteroCsv } from "./reading/zotero.js";
import { isBookmarksFile, isChromeBookmarksJson } from "./web/bookmarks.js";
import { isGoogleMapsPlaces, isGoogleSavedList } from "./places/googlemaps.js";
import { isJourneyEntry } from "./notes/journey.js";
import { isGooglePhotosFile } from "./media/googlephotos.js";
import { isBundleText, zippedBundleAdvice } from "./notes/textbundle.js";
import { ankiPackageAdvice, isAnkiExport } from "./notes/anki.js";
import { isTwitterWords, notTwitterWords, twitterDataName } from "./social/twitter-archive.js";
import { classifyLine } from "./chats/text.js";
import { ImportError, type ImportFormat } from "./kit/types.js";

/** How many bytes the sniffer reads from the start of a file. */
export const HEAD_BYTES = 64 * 1024;

/** The first bytes of a ZIP archive (an export downloaded as a .zip, not unzipped). */
const ZIP_MAGIC = Buffer.from("PK\x03\x04", "latin1");

/** The start of a file that passed {@link inspectFile}. */
export interface FileHead {
  /** File size in bytes. */
  size: number;
  /** The first {@link HEAD_BYTES} decoded as UTF-8, without a byte order mark (a cut character at the end is dropped). */
  text: string;
  /** True when `text` is the whole file. */
  complete: boolean;
}

/** Names the UTF-16/32 encoding of `b` from its byte order mark or its NUL pattern, or null. */
function wideEncoding(b: Buffer): string | null {
  if (b[0] === 0xff && b[1] === 0xfe) return b[2] === 0 && b[3] === 0 ? "UTF-32 (little-endian)" : "UTF-16 (little-endian)";
  if (b[0] === 0xfe && b[1] === 0xff) return "UTF-16 (big-endian)";
  if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return "UTF-32 (big-endian)";
  if (b.length >= 4 && b[0] !== 0 && b[1] === 0 && b[3] === 0) return "UTF-16 (little-endian, no byte order mark)";
  if (b.length >= 4 && b[0] === 0 && b[1] !== 0 && b[2] === 0) return "UTF-16 (big-endian, no byte order mark)";
  return null;
}

/**
 * Reads the first {@link HEAD_BYTES} of `file` and checks it is UTF-8 text with something in it.
 * @throws ImportError: empty file; a ZIP archive ("unzip it"; a TextPack or a Bear backup said so, textbundle.ts `zippedBundleAdvice`; an Anki package, .apkg or .colpkg, said to export Notes in Plain Text, anki.ts `ankiPackageAdvice`); a SQLite database (a Kobo's is read as `kobo`); a compound file (an Outlook message is read as `email`); a CAR file (a Bluesky repository's export is read as `bluesky`); UTF-16/UTF-32 ("save it as UTF-8"); a NUL byte or invalid UTF-8
 *   ("not a text file", with the byte offset). Node's fs error when the file cannot be read.
 */
export async function inspectFile(file: string): Promise<FileHead> {
  const fh = await open(file, "r");
  let head: Buffer;
  let size: number;
  try {
    size = (await fh.stat()).size;
    const buf = Buffer.alloc(Math.min(HEAD_BYTES, size));
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    head = buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
  const complete = head.length >= size;
  if (head.length === 0) throw new ImportError(file, "byte 0", "empty file");
  const wide = wideEncoding(head);
  if (wide) throw new ImportError(file, "byte 0", `the file is ${wide} text; save it as UTF-8 and import it again`);
  // (a TextPack, Bear's or Ulysses' zipped note, or a Bear backup: said what it is)
  if (head.subarray(0, 4).equals(ZIP_MAGIC))
    // (and an Anki package, .apkg or .colpkg: said to export Notes in Plain Text instead)
    throw new ImportError(
      file,
      "byte 0",
      zippedBundleAdvice(file) ?? ankiPackageAdvice(file, head) ?? "a ZIP archive: unzip it, then import its folder or a file in it",
    );
  // (a SQLite database read as text, a format given: said what it is)
  if (head.subarray(0, SQLITE_HEADER.length).equals(SQLITE_HEADER))
    throw new ImportError(
      file,
      "byte 0",
      "a SQLite database, not a text file (a Kobo's KoboReader.sqlite is read as format kobo, a browser's history as format browser)",
    );
  // (a compound file read as text, a format given: said what it is; an Outlook message, .msg, is read as format email)
  if (head.subarray(0, CFB_SIGNATURE.length).equals(CFB_SIGNATURE))
    throw new ImportError(
      file,
      "byte 0",
      "a compound file (an Outlook message, or a Word, Excel or PowerPoint 97–2003 file), not a text file (an Outlook message, .msg, is read as format email)",
    );
  const nul = head.indexOf(0);
  // (a CAR file read as text, a format given: said what it is; its header's root CID holds a NUL byte)
  if (nul !== -1 && (await carKindOf(head)) !== null)
    throw new ImportError(file, "byte 0", "a CAR file, not a text file (a Bluesky repository's export is read as format bluesky)");
  if (nul !== -1) throw new ImportError(file, `byte ${nul}`, "not a text file (it contains a NUL byte; is it binary?)");
  const bad = firstInvalidUtf8(head, complete);
  if (bad !== -1) throw new ImportError(file, `byte ${bad}`, "not a text file (invalid UTF-8; save it as UTF-8)");
  const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  const text = new TextDecoder("utf-8").decode(head.subarray(bom), { stream: !complete });
  if (complete && !text.trim()) throw new ImportError(file, "byte 0", "empty file (only whitespace)");
  return { size, text, complete };
}

/** The formats whose files are a JSON array of conversations (every other format is a file of its own kind: parse.ts FILE_READERS). */
export type JsonExportFormat = Extract<ImportFormat, "locomo" | "chatgpt" | "claude" | "deepseek" | "engram">;

/**
 * What a JSON array's first item says the file is: a JSON export of conversations, or a Roam graph
 * (its first page: the file is then read by roam.ts, whose pages' block refs reach across the graph,
 * parse.ts hands it over).
 */
export type FirstItemFormat = JsonExportFormat | "roam";

/** Which JSON export the keys of the first array item belong to, or null (a Roam page's keys come in no fixed order: told here, not from the file's start). */
function formatOfKeys(keys: Set<string>): FirstItemFormat | null {
  if (keys.has("conversation") && (keys.has("qa") || keys.has("sample_id"))) return "locomo";
  if (keys.has("mapping") && keys.has("create_time")) return "chatgpt";
  if (keys.has("chat_messages") && keys.has("uuid")) return "claude";
  // (DeepSeek's chat: its message tree, `mapping`, as ChatGPT's, but its times `inserted_at`, no `create_time`)
  if (keys.has("mapping") && keys.has("inserted_at")) return "deepseek";
  if (isRoamPage(keys)) return "roam";
  return null;
}

/**
 * Which JSON export `first`, the first item of the file's array, belongs to (streamed without its
 * long strings, elided.ts: the keys it looks for are short, none was left out; an item that is not
 * recognised is read whole for the error). parse.ts calls this on the item it then parses, so a
 * file whose format is detected is not read an extra time for it (but a Roam graph, read again from
 * its start by roam.ts, its first page twice).
 * @throws ImportError `[0]`: not an object, or keys of no known export (named in the message)
 */
export async function formatOfFirstItem(file: string, first: JsonItem): Promise<FirstItemFormat> {
  const v = first.value;
  const keyed = v && typeof v === "object" && !Array.isArray(v) ? formatOfKeys(new Set(Object.keys(v))) : null;
  if (keyed) return keyed;
  const value = await first.whole();
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    throw new ImportError(file, "[0]", `expected an object (a conversation), got ${Array.isArray(value) ? "an array" : JSON.stringify(value)}`);
  }
  const keys = Object.keys(value);
  const format = formatOfKeys(new Set(keys));
  if (format) return format;
  const shown = keys.slice(0, 12).join(", ") + (keys.length > 12 ? ", ..." : "");
  throw new ImportError(
    file,
    "[0]",
    `unrecognised JSON export: the first item has keys {${shown}}; expected LoCoMo (conversation, qa), ChatGPT (mapping, create_time), Claude (chat_messages, uuid), DeepSeek (mapping, inserted_at) or a Roam Research graph (title, children)`,
  );
}

/** The error for a JSON export whose array is empty and whose format was not given. */
export function emptyArrayError(file: string): ImportError {
  return new ImportError(file, "[0]", "the export is an empty array: nothing to import (pass a format to accept it)");
}

/** Detects a JSON export from its first array item (streamed: only that item is read and parsed, {@link formatOfFirstItem}). */
async function detectJson(file: string): Promise<ImportFormat> {
  for await (const item of streamJsonArray(file, { elideStringsOver: LONG_STRING_BYTES })) return formatOfFirstItem(file, item);
  throw emptyArrayError(file);
}

/** Headings that name a side of a chat with an assistant ("## User", "## Assistant"). */
const ROLE_HEADING = /^(?:user|assistant|human|ai|me|you|bot|system|model|chatgpt|claude|gemini|copilot|gpt[\w.-]*)$/i;

/**
 * Whether the `## Heading` lines of `lines` are the speakers of a chat: a name comes back (turns go
 * back and forth) or one is a role ("## User", "## Assistant"). A note's sections ("## Shopping",
 * "## Todo") each come once.
 */
function headingsTalk(lines: string[]): boolean {
  const seen = new Set<string>();
  for (const raw of lines) {
    const line = classifyLine(raw);
    if (line.kind !== "heading") continue;
    const name = line.speaker.toLowerCase();
    if (seen.has(name) || ROLE_HEADING.test(name)) return true;
    seen.add(name);
  }
  return false;
}

/**
 * A word in lower case after the first word of a speaker, other than a name's particle ("Leo da Silva",
 * "Maria van Dijk"): a note's label over the lines under it ("Ferry from Split:", "Cheat day:"), no one's name.
 */
const LABEL_WORD = /\s(?!(?:de|da|del|della|di|do|dos|du|van|von|der|den|la|le|bin|ibn|al|y)\b)\p{Ll}/u;

/** Characters of a line cut by the head's end that hold any stamp and speaker ({@link detectText}). */
const CUT_LINE_JUDGED = 100;

/** How many meaningful lines at a file's start {@link speakersTalk} weighs. */
const TALK_LINES = 40;

/**
 * Whether the `Speaker: text` lines at the start of a file (its first {@link TALK_LINES} meaningful
 * lines) are a chat's messages: one is stamped ("[14:02] Alice: hi") or said by a role ("User:",
 * "Assistant:"), two people say them (a speaker that is not one common word, core/memory/lexicon.ts
 * `isCommonWord`: "Sam" and "Alex"), or a speaker comes back and messages are at least half of the
 * lines. A note's labelled lines ("Attendees: Sam Patel, Lena Fischer"; "Where: Schloss Elmau",
 * "Budget: €8,000") are each said once, by at most one name; an unstamped label with a word in lower
 * case ({@link LABEL_WORD}: "Ferry from Split:") is no speaker at all.
 */
function speakersTalk(lines: string[]): boolean {
  const seen = new Set<string>();
  const people = new Set<string>();
  let said = 0;
  let other = 0;
  let back = false;
  for (const raw of lines) {
    const line = classifyLine(raw);
    if (line.kind === "blank" || line.kind === "rule" || line.kind === "event" || line.kind === "date") continue;
    if (line.kind === "speaker" && !line.stamp && LABEL_WORD.test(line.speaker)) other++;
    else if (line.kind === "speaker") {
      if (line.stamp || ROLE_HEADING.test(line.speaker)) return true;
      const name = line.speaker.toLowerCase();
      back ||= seen.has(name);
      seen.add(name);
      if (!isCommonWord(name)) people.add(name);
      said++;
    } else other++;
    if (said + other >= TALK_LINES) break;
  }
  return people.size >= 2 || (back && said >= other);
}

/** Detects a text transcript from the first lines of `head`: `text` when the first meaningful line
 * is a chat's `Speaker: text` ({@link speakersTalk}) or `## Speaker` heading ({@link headingsTalk}), `note` when it is
 * plain text or a section of a Markdown note (a note, not a chat); a front matter block opening the
 * file (front-matter.ts) is passed over. */
function detectText(file: string, head: FileHead): "text" | "note" | "kindle" {
  const all = head.text.split(/\r?\n|\r/);
  // a line the head cuts is judged by its start when that holds a stamp and a speaker whole (a first
  // line longer than the head, a long message of a chat's second speaker); a shorter cut is dropped
  if (!head.complete && all.length > 1 && all.at(-1)!.length < CUT_LINE_JUDGED) all.pop();
  // (a note's front matter, "---" "tags: [health]" "---", is no chat's "Speaker: text")
  const lines = all.slice(frontMatterEnd(all) ?? 0);
  // (a Kindle's clippings: a book line, then "- Your Highlight on page 27 | … | Added on …")
  if (lines.slice(0, 3).some((l) => KINDLE_META.test(l))) return "kindle";
  for (const raw of lines) {
    const line = classifyLine(raw);
    if (line.kind === "speaker") return speakersTalk(lines) ? "text" : "note";
    if (line.kind === "event") continue; // (a chat export's notice before its first message)
    if (line.kind === "heading") return headingsTalk(lines) ? "text" : "note";
    if (line.kind === "text") return "note";
  }
  throw new ImportError(file, `line ${lines.length}`, 'unrecognised format: no "Speaker: text" line at the start of the file');
}

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
 * its first item, {@link formatOfFirstItem}) or a JSON object (which the stream reader refuses, as
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
 * downloads, gzipped, is told by {@link detectFormat} before a text file's checks).
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
export function formatOfHead(file: string, head: FileHead): Exclude<ImportFormat, "document" | "kobo" | "bluesky" | "browser"> | "json" {
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
  // (Apple Health's export.xml, by its start whatever its name; the export's files beside it that hold no note, a route's GPX, an ECG's CSV,
  // export_cda.xml, by their place, which its reader refuses saying why rather than reading them as a note)
  if (isAppleHealthExport(start) || applehealthPassedOver(file) !== null) return "applehealth";
  // (a bank's download for Money or Quicken, whatever its name: OFX's header "OFXHEADER:100" or "<?OFX …?>", QIF's "!Type:Bank")
  if (isOfx(start) || isQif(start)) return "bank";
  // (Fitbit's export: a JSON array of its exercises, sleep logs, weigh-ins or minutes ("dateTime" : "11/14/26 08:02:00"), by its start whatever
  // its name; the export's files that are not read, heart-rate samples, calories, badges, Profile.csv, by their place, which its reader refuses saying why)
  if ((start[0] === "[" && fitbitKindOf(start, file) !== null) || fitbitPassedOver(file) !== null) return "fitbit";
  // (Garmin Connect's export: its activities, nights, daily summaries or body records, by their start whatever their names; the export's files
  // that are not read, FIT files, metrics, the profile, by their place, which its reader refuses saying why)
  if ((start[0] === "[" && garminKindOf(start, file) !== null) || garminPassedOver(file) !== null) return "garmin";
  // (Oura's export: a CSV of its App Data folder by its header, "id;" then its columns in the order of their names (or "," between them), whatever
  // its name; Oura Cloud's older JSON, {"sleep": [{"summary_date": …; the export's files that are not read, heartrate.csv, sleeptime.csv, by
  // their place, which its reader refuses saying why)
  if (ouraKindOf(start) !== null || ouraPassedOver(file) !== null) return "oura";
  // (Withings' export: weight.csv, bp.csv, sleep.csv, activities.csv and height.csv by their headers whatever their names, its day totals and
  // SpO2 readings, "date,value", by their names; the export's files that are not read, README.txt, raw_*.csv, signal.csv, by their place,
  // which its reader refuses saying why)
  if (withingsKindOf(start, file) !== null || withingsPassedOver(file) !== null) return "withings";
  // (Samsung Health's export: a table by its first line, "com.samsung.shealth.sleep,6315005,21", whatever its name; the files of its jsons/
  // folder by their place, which its reader refuses saying why)
  if (samsungTypeOf(start) !== null || samsungPassedOver(file) !== null) return "samsunghealth";
  // (WHOOP's export: physiological_cycles.csv, sleeps.csv, workouts.csv and journal_entries.csv by their headers, "Cycle start time,…", whatever
  // their names)
  if (whoopKindOf(start) !== null) return "whoop";
  // (Sleep Cycle's sleepdata.csv by its header, "Start;End;Sleep Quality;…", whatever its name)
  if (sleepCycleKindOf(start) !== null) return "sleepcycle";
  // (Cronometer's export: dailysummary.csv "Date,Energy (kcal),…", servings.csv "Day,Time,Group,Food Name,Amount,…", exercises.csv
  // "Day,Time,Group,Exercise,Minutes,Calories Burned", biometrics.csv "Day,Time,Group,Metric,Unit,Amount", notes.csv "Day,Group,Note", by their
  // headers whatever their names)
  if (cronometerKindOf(start) !== null) return "cronometer";
  // (Google Fit's Takeout: the daily activity metrics by their header, a session by its start, whatever their names; the 15-minute rows,
  // raw points and tracks by their start or place, which its reader refuses saying why)
  if (googleFitKindOf(start) !== null || googleFitPassedOver(file) !== null) return "googlefit";
  // (a habit tracker's export: Loop Habit Tracker's Habits.csv, Checkmarks.csv and a habit's own Checkmarks.csv by their headers and first rows,
  // whatever their names (a habit's before Loop 2.3.1, with no header, by its place); its scores, which its reader refuses saying why; HabitBull's CSV)
  if (habitsKindOf(start, file) !== null || habitsPassedOver(file) !== null) return "habits";
  // (Apple Music's export: Apple Music Play Activity.csv, its Daily Tracks, Recently Played Tracks, Likes and Dislikes by their headers' names, its
  // Library Tracks.json and Library Playlists.json by their first keys, whatever their names; any other file of its "Apple Music Activity" folder by
  // its place, which its reader refuses as no note, saying why)
  if (isAppleMusicFile(start, file)) return "applemusic";
  // (Hypothesis annotations: the sidebar's JSON export, "export_date" then "export_userid"; hypexport's { "annotations": [, the API's search
  // response { "total", "rows": [, or a bare array, its first annotation naming "user": "acct:…", its "uri" and its "target")
  if ((start[0] === "{" || start[0] === "[") && isHypothesisJson(start)) return "hypothesis";
  // (JSON Canvas saved under another name: an object opening with its "nodes", the first naming its type)
  if (start[0] === "{" && isJsonCanvas(start)) return "canvas";
  // (a Signal chat as signal-export writes it: its data.json, a message's JSON a line opening {"date": "2026-10-03T18:21:05.482000", "sender": …;
  // its chat.md, "[2026-10-03 18:21:05] SamOkafor: …", each message ended as sigexport ends one, two spaces then a blank line: no transcript)
  if ((start[0] === "{" && isSignalJson(start)) || (start[0] === "[" && isSignalMarkdown(start))) return "signal";
  // (Untappd's check-in history, CSV or JSON: a header opening "beer_name,brewery_name" that names "created_at" and "checkin_id", or an array
  // whose first check-in names them, whatever its name)
  if (isUntappdExport(start)) return "untappd";
  const firstLine = classifyLine(start.slice(0, start.search(/\r|\n|$/)));
  // (a LINE chat's export: "[LINE] Chat history with Yuki", its saved date, a day "2026/11/03(Tue)", then "18:42<TAB>Yuki<TAB>…")
  if (isLineExport(start)) return "line";
  // (a KakaoTalk chat's export: the PC app's "<chat> 님과 카카오톡 대화", its day rules and "[Yuki] [오후 6:42] …"; a phone's
  // "2026. 11. 3. 오후 6:42, Yuki : …", "Nov 3, 2026 at 18:42, Yuki : …"; the Mac app's CSV, "Date,User,Message" then "2026-11-03 18:42:12,…")
  if (isKakaoTalkExport(start) || isKakaoTalkCsv(start)) return "kakaotalk";
  // (an IRC client's log: WeeChat's "2026-11-03 18:42:07<TAB>alice<TAB>…", irssi's "--- Log opened …" or "18:42 < alice> …", HexChat's
  // "**** BEGIN LOGGING AT …" or "Nov 03 18:42:07 <alice><TAB>…", ZNC's "[18:42:07] <alice> …", The Lounge's "[2026-11-03T18:42:07.000Z] <alice> …";
  // before a JSON array's "[", and no "[14:02] Alice: hi" transcript)
  if (isIrcLog(start)) return "irc";
  // (a Facebook download's posts, an array of `{ "timestamp": …, "data": … }`, or its comments, `{ "comments_v2": [ … ] }`;
  // its likes and reactions, no words, refused saying so)
  const facebook = start[0] === "[" || start[0] === "{" ? facebookFileOf(start) : null;
  if (facebook === "reactions") throw new ImportError(file, "byte 0", notFacebookWords());
  if (facebook) return "facebook";
  // (an Instagram download's posts, an array of `{ "media": [ … ] }`, its reels, stories or comments; its likes, no words, refused saying so)
  const instagram = start[0] === "[" || start[0] === "{" ? instagramFileOf(start) : null;
  if (instagram === "likes") throw new ImportError(file, "byte 0", notInstagramWords());
  if (instagram) return "instagram";
  // (a Snapchat download's chat_history.json, an object keyed by conversation or its older "Received Saved Chat History";
  // its snap_history.json and friends.json, no words, refused saying so)
  const snapchat = start[0] === "{" ? snapchatFileOf(start) : null;
  if (snapchat === "snaps" || snapchat === "friends") throw new ImportError(file, "byte 0", notSnapchatWords(snapchat));
  if (snapchat) return "snapchat";
  // (TikTok's download in JSON, user_data_tiktok.json: an object of its sections, "Activity", "Comment", "Direct Message" …, naming its lists)
  if (start[0] === "{" && isTikTokData(start, file)) return "tiktok";
  // (a Slack export's day is an array of messages, read whole; any other array holds conversations)
  // (YouTube's watch or search history from Google Takeout: an array of activities whose first opens `"header": "YouTube"`)
  // (a Discord data package's messages of a channel: messages.json, an array whose first message opens with "ID" and "Timestamp";
  // an older package's messages.csv, its header "ID,Timestamp,Contents,Attachments")
  if (isDiscordPackageMessages(start, file)) return "discord";
  // (Spotify's download: a streaming history, an array of plays opening "endTime" : "2026-10-03 18:21" or "ts": "2026-10-03T18:21:44Z";
  // Playlist1.json, { "playlists" : [; YourLibrary.json, { "tracks" : [; any other JSON of an unzipped download, which its reader refuses saying why)
  // (Trakt's data export: its history, ratings, lists and comments, a JSON array told by its first item's members, an empty one by its name;
  // its files that are not read, the aggregates, profile and settings, by their names in its folder, which its reader refuses saying why)
  if ((start[0] === "[" && isTraktFile(start, file)) || traktPassedOver(file) !== null) return "trakt";
  if ((start[0] === "[" || start[0] === "{") && isSpotifyFile(start, file)) return "spotify";
  // (a Last.fm export in JSON, lastfm.ghan.nl's: an array of the API's pages, [{"track": [ … ], "@attr": … }], a track's "date": {"uts": …} in it)
  if (start[0] === "[" && lastfmKind(start) === "json") return "lastfm";
  // (Google's My Activity of another product, My Activity/Search/MyActivity.json: an array whose first record opens with its "header", then "title")
  if (start[0] === "[" && firstLine.kind !== "speaker")
    // (Gemini's My Activity, My Activity/Gemini Apps/MyActivity.json: its first record's "header" names Gemini or Bard; read as conversations, not a day's note)
    return isSlackDay(start) ? "slack" : isYouTubeHistory(start) ? "youtube" : isGeminiActivity(start) ? "gemini" : isMyActivity(start) ? "myactivity" : "json"; // not "[14:02] Alice: hi"
  // (Chrome's history from Google Takeout, Chrome/History.json: an object opening with its "Browser History" array)
  if (start[0] === "{" && isChromeHistory(start)) return "myactivity";
  // (Polarsteps' export: a trip.json, told by its "user_id", "start_date" and "total_km"; its locations.json (the GPS track, an empty one
  // beside a trip.json too, before Timeline's Records.json claims it) and user.json, which its reader refuses as no note, saying why)
  if (start[0] === "{" && polarstepsKind(start, file) !== null) return "polarsteps";
  // (Google Maps Timeline: a Takeout month of Semantic Location History, { "timelineObjects": [; the phone's Timeline.json, { "semanticSegments": [;
  // Takeout's Records.json, Settings.json and Timeline Edits.json, which its reader refuses as no place nor journey, saying why)
  if (start[0] === "{" && isTimelineFile(start)) return "timeline";
  // (Foursquare's data export: its check-ins (checkins1.json …) and tips, {"count": N, "items": [ … ]} told by their first item's fields; its
  // photos, visits, comments and ratings, which its reader refuses as no note, saying why)
  if (start[0] === "{" && swarmKind(start) !== null) return "swarm";
  // (Libby's timeline exported as Data, libbytimeline-activities.json: { "version": 1, "timeline": [ its activities, each naming its "activity", "titleId" and "library" ] })
  if (start[0] === "{" && isLibbyJson(start)) return "libby";
  // a JSON object is a Telegram chat export or a whole account's (telegram.ts), or refused by the stream reader (json-stream.ts),
  // which reads it to its end first: a whole object is "a JSON object; expected a JSON array", a cut one is "truncated JSON"
  // (a Trello board's JSON export: the board's id first, its link "https://trello.com/b/…" among its fields)
  if (start[0] === "{" && isTrelloBoard(start)) return "trello";
  // (a Mastodon archive's outbox.json or actor.json; its likes.json and bookmarks.json, links only, refused saying so)
  const mastodon = start[0] === "{" ? mastodonFileOf(start) : null;
  if (mastodon === "likes" || mastodon === "bookmarks") throw new ImportError(file, "byte 0", notMastodonWords(mastodon));
  if (mastodon) return "mastodon";
  // (Google Hangouts' Hangouts.json of Takeout: "conversations" first, its first item's "conversation": { "conversation_id" …; or the older
  // shape's "continuation_end_timestamp" and "conversation_state" list)
  if (start[0] === "{" && isHangoutsExport(start)) return "hangouts";
  // (a Skype export's messages.json, or Microsoft Teams (free)'s: "userId" and "exportDate" first, then its "conversations")
  if (start[0] === "{" && isSkypeExport(start)) return "skype";
  // (a Matrix room's chat as Element exports it in JSON: "room_name" first, then "room_creator" or "topic")
  if (start[0] === "{" && isElementExport(start)) return "matrix";
  // (Google Photos of Google Takeout: a photo's sidecar, `{ "title": …, "photoTakenTime": {`, or an album's metadata.json, `{ "title", "description", "access", "date": {`)
  if (start[0] === "{" && isGooglePhotosFile(start)) return "googlephotos";
  if (start[0] === "{")
    return isTelegramExport(start)
      ? "telegram"
      : isKeepNote(start)
        ? "keep"
        : isMessengerThread(start)
          ? "messenger"
          : isDayOneJournal(start)
            ? "dayone"
            : isDiscordExport(start)
              ? "discord"
              : isGoogleChatMessages(start)
                ? "googlechat"
                : isSimplenoteExport(start)
                  ? "simplenote"
                  : isGoogleTasksExport(start)
                    ? "googletasks"
                    : isStandardNotesBackup(start)
                      ? "standardnotes"
                      : isChromeBookmarksJson(start)
                        ? "bookmarks"
                        : isGoogleMapsPlaces(start)
                          ? "googlemaps"
                          : isJourneyEntry(start)
                            ? "journey"
                            : "json";
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
  const first = start.slice(0, start.search(/\r|\n|$/));
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

/**
 * Detects the format of an export from the file's start (the given {@link FileHead}, or read now):
 * an Outlook message (.msg: a compound file, its first bytes D0 CF 11 E0 A1 B1 1A E1, whose root holds `__properties_version1.0` and
 * `__substg1.0_…` property streams: outlook-msg.ts `compoundFileOf`) when no head is given → "email" (a Word, Excel or PowerPoint 97–2003 file,
 * or another compound file, refused saying what it is);
 * a PDF, a Word document (.docx), an RTF document (opening `{\rtf`, whatever its name) or an OpenDocument text (a ZIP whose first entry is its `mimetype`, whatever its name), told by its first bytes when no head is given → "document";
 * a browser's history database (Firefox's places.sqlite, Chrome's or Edge's History, Safari's History.db), told by its first bytes ("SQLite
 * format 3\0") and its tables (moz_places and moz_historyvisits; urls and visits; history_items and history_visits) when no head is given → "browser";
 * a Kobo's KoboReader.sqlite, told by its first bytes ("SQLite format 3\0") and its Bookmark and content tables when no head is
 * given → "kobo" (any other SQLite database is refused, saying it is no Kobo's);
 * a Bluesky repository's export (Settings → Account → Export my data → Download CAR file: a CAR v1 file, told by its header
 * `{ version: 1, roots: [ … ] }` and, among its first blocks, the repository's commit or a node of its Merkle Search Tree)
 * when no head is given → "bluesky" (any other CAR file is refused, saying it is no Bluesky repository);
 * a JSON array whose first item has `conversation` + `qa`/`sample_id` → "locomo", `mapping` +
 * `create_time` → "chatgpt", `chat_messages` + `uuid` → "claude", `mapping` + `inserted_at` (DeepSeek's conversations.json) → "deepseek", `title` + `children`, `create-time` or
 * `edit-time` (a Roam Research graph's first page) → "roam"; a BibTeX library (a `.bib` file: Zotero's, Mendeley's, JabRef's export; or a text opening, past `%` comments and Mendeley's preamble, with `@article{key,`, `@string{`, `@comment{`) → "bibtex"; Zotero's library exported as CSV (its header "Key","Item Type","Publication Year","Author","Title",… naming "Date Added") → "zotero"; an Obsidian canvas (a `.canvas` file, or a JSON object
 * opening with its `"nodes"` array, the first node naming its `"type"`: text, file, link or group) → "canvas"; a JSON object that is a Telegram
 * chat export, or a whole account's ("about", then one of its sections: "personal_information", "chats" …) → "telegram"; a Trello board's JSON export (an object opening with the board's 24-hex-digit `id`, its fields
 * linking "https://trello.com/b/…") → "trello"; a file of Spotify's download (a streaming history, Playlist1.json, YourLibrary.json, or another JSON of an unzipped download: formatOfHead) → "spotify"; a file of Google Maps Timeline (a Takeout month of Semantic Location History, `{ "timelineObjects": [`; the phone's Timeline.json, `{ "semanticSegments": [`; Takeout's Records.json, Settings.json, Timeline Edits.json: formatOfHead) → "timeline"; a Google Keep note → "keep"; a Messenger or Instagram thread → "messenger"; a Day One journal → "dayone"; a DiscordChatExporter channel (a `guild` and a `channel` before its `messages`) or a Discord data package's channel (messages.json: a JSON array whose first message opens with `"ID"` and `"Timestamp"`; an older package's messages.csv, its header "ID,Timestamp,Contents,Attachments") → "discord"; a Google Chat messages.json from Takeout (`messages` first, its first message with a `creator` and a `created_date`) → "googlechat"; a Simplenote export's notes.json (an object opening with its `activeNotes` array) → "simplenote"; Google Takeout's Tasks.json (an object opening with `"kind": "tasks#taskLists"`) → "googletasks"; a Standard Notes backup ("Standard Notes Backup and Import File.txt": an object opening with `"version": "004"` and its `items`, the first opening with `content_type`) → "standardnotes"; an iCalendar file → "ics"; an Evernote export → "enex"; a Diaro backup's DiaroBackup.xml (Settings → Backup & Restore → Create backup, unzipped: `<data version="2">`, then a `<table name="diaro_…">`) → "diaro"; an SMS Backup & Restore backup → "sms"; a WordPress export (Tools → Export: WordPress eXtended RSS, an `<rss>` whose start tag declares the `wp` namespace "http://wordpress.org/export/1.2/") → "wordpress"; a vCard file → "vcard"; an mbox or a saved email → "email"; imessage-exporter's text of a conversation (a date line "Nov 02, 2026  7:14:03 PM", then a sender) → "imessage"; a LINE chat's export ("[LINE] Chat history with Yuki", or its first day header "2026/11/03(Tue)" or "Tue, 11/03/2026", then a line of a time, a tab, the sender, a tab and the text) → "line"; a KakaoTalk chat's export (the PC app's text, its header "<chat> 님과 카카오톡 대화", its day rules and "[Yuki] [오후 6:42] …" lines; a phone's, "2026. 11. 3. 오후 6:42, Yuki : …" or "Nov 3, 2026, 6:42 PM, Yuki : …" after its header and a day; the Mac app's CSV, "Date,User,Message") → "kakaotalk"; an IRC client's log (WeeChat's logger, "2026-11-03 18:42:07<TAB>alice<TAB>…"; irssi's, "--- Log opened …" or "18:42 < alice> …"; HexChat's, "**** BEGIN LOGGING AT …" or "Nov 03 18:42:07 <alice><TAB>…"; ZNC's, "[18:42:07] <alice> …"; The Lounge's, "[2026-11-03T18:42:07.000Z] <alice> …": its first line and its second its client's) → "irc"; an X (Twitter) archive's posts or direct messages (a file opening with `window.YTD.tweets.part0 =`, `window.YTD.direct_messages.part0 =` or `window.YTD.direct_messages_group.part0 =`) → "twitter"; a Mastodon archive's outbox.json (an OrderedCollection whose `id` is "outbox.json") or actor.json (an account whose `outbox` is "outbox.json") → "mastodon"; Kindle clippings, or a Kindle app's notebook of a book ("<Book title> - Notebook.html": its `<div class="bodyContainer">` holding the book's title and "Notebook Export" or a highlight's heading) → "kindle"; a meeting's captions (a WebVTT file, its first line "WEBVTT", or a SubRip file, its first line a cue's number and the next its timing "00:00:01,120 --> 00:00:04,560") → "captions"; a Zoom meeting's saved chat (meeting_saved_chat.txt: its first line a message's clock time, "From", who to whom and a colon, "15:02:11 From Leo Grant to Everyone:", its words after a tab on the next line; or the older one-line "15:02:11\t From  Leo Grant : hello") → "zoomchat"; a Signal chat as signal-export writes it (a chat's data.json: its first line a message's JSON object, `{"date": "2026-10-03T18:21:05.482000", "sender": …`, naming its `"body"` and `"quote"`; its chat.md: its first line "[2026-10-03 18:21:05] SamOkafor: …", its first message ended as sigexport ends one, then a blank line) → "signal"; a Readwise export (a CSV whose header opens "Highlight,Book Title,Book Author" and names "Highlighted at") → "readwise"; an export of Hypothesis annotations (the sidebar's JSON export, `{ "export_date", "export_userid", "client_version", "annotations": [ … ] }`; hypexport's `{ "annotations": [ … ], "profile" }`; the API's search response `{ "total", "rows": [ … ] }`; a bare array: its first annotation naming its `"user": "acct:…"`, its `"uri"` and its `"target"`; the sidebar's CSV export, its header "Created at,Author,Page,URL,Group,Type,Quote/description,Comment,Tags") → "hypothesis"; a Todoist project's CSV (a header opening "TYPE,CONTENT" that names "PRIORITY" and "INDENT") → "todoist"; TickTick's backup (TickTick-backup-2026-11-13.csv: its preamble "Date: …", "Version: …", "Status: …", then a header naming "List Name", "Title" and "Status") → "ticktick"; Goodreads' library export (goodreads_library_export.csv: a header opening "Book Id,Title,Author" that names "Exclusive Shelf") → "goodreads"; The StoryGraph's library export (a CSV named by a hash, `2d23d820….csv`: a header opening "Title" that names "Read Status", "Star Rating" and "Moods") → "storygraph"; a Letterboxd export's CSV (diary.csv, reviews.csv, ratings.csv, watchlist.csv …: a header opening "Date,Name,Year,Letterboxd URI"; a list, "Letterboxd list export v7"; profile.csv, comments.csv, likes/) → "letterboxd"; Peloton's workouts CSV, whatever its name (the website's Workouts → Download Workouts, `<username>_workouts.csv`: a header opening "Workout Timestamp,Live/On-Demand,Instructor Name,Length (minutes),Fitness Discipline") → "peloton"; a Toggl Track Detailed report's CSV, whatever its name (Reports → Detailed → Export → Download as CSV, `Toggl_time_entries_2026-09-28_to_2026-10-25.csv`: a header naming "Start date" (so cased), "Description", one of "Duration", "End time" and "Stop time", and one of "Project", "Client", "Tags", "User" and "Billable", "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (GBP)") → "toggl"; one of IMDb's CSV exports, whatever its name (Your Ratings: a header opening "Const,Your Rating,Date Rated,Title"; the watchlist, the check-ins or a list: one opening "Position,Const,Created,Modified,Description,Title") → "imdb"; a file of Trakt's data export (Settings → Data → Export now, unzipped: watched-history.json, ratings-movies.json …, lists-watchlist.json, lists-list-<id>-<slug>.json, comments-movies.json …: a JSON array whose first item names "watched_at" and "action", "rated_at" and "rating", "listed_at" and "type", or a "comment" and a "type"; an empty one, and the files not read, watched-movies.json, user-settings.json …, by their names in its folder: formatOfHead) → "trakt"; Libby's timeline (Shelf → Timeline → Export Timeline: its Data, `{ "version": 1, "timeline": [` of activities naming "activity", "titleId" and "library"; its Spreadsheet, a CSV header "cover,title,author,publisher,isbn,timestamp,activity,details,library" in any order) → "libby"; Daylio's export (daylio_export_2026_11_30.csv: a header opening "full_date,date,weekday,time,mood" that names "activities") → "daylio"; a Strava archive's CSV (activities.csv: a header opening "Activity ID,Activity Date,Activity Name,Activity Type"; profile.csv, shoes.csv, bikes.csv, media.csv, comments.csv) → "strava"; a Reddit data export's CSV (posts.csv, comments.csv, messages.csv, messages_archive.csv, chat_history.csv by their headers, "id,permalink,date,ip,subreddit,…"; saved_posts.csv, post_votes.csv, statistics.csv, subscribed_subreddits.csv and the *_headers.csv copies by their headers and names) → "reddit"; browser bookmarks (a file opening with `<!DOCTYPE NETSCAPE-Bookmark-file-1>`, as every browser and Raindrop.io export them; Chrome's own `Bookmarks` JSON, opening with `"checksum"` then `"roots"`; Raindrop.io's CSV export, a header naming "title", "note", "excerpt", "url", "folder", "tags" and "created": "id,title,note,excerpt,url,folder,tags,created,cover,highlights,favorite") → "bookmarks"; Google Maps' saved places or reviews from Google Takeout (`Maps (your places)/Saved Places.json`, `Reviews.json`: a GeoJSON FeatureCollection opening the file, naming `"google_maps_url"`) and a list of its Saved (`Saved/<list>.csv`, a header "Title,Note,URL,Tags,Comment") → "googlemaps"; a Journey diary's entry (an `<id>.json` of its "Export as JSON (ZIP)": a JSON object naming its `"date_journal"` and its `"text"` or `"preview_text"`, in any order) → "journey"; a read-later list's export (Pocket's `part_000000.csv`, a header naming "title", "url" and "time_added"; Pocket's `ril_export.html`, an HTML page titled "Pocket Export"; Instapaper's `instapaper-export.csv`, a header opening "URL,Title,Selection,Folder") → "readlater"; a LinkedIn archive's CSV (messages.csv: a header opening "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL"; Connections.csv: a "Notes:" preamble, then a header opening "First Name,Last Name" that names "Connected On"; Positions.csv: "Company Name,Title,…,Started On,…"; Profile.csv, Invitations.csv; any other CSV in a folder holding LinkedIn's messages.csv, Connections.csv or Profile.csv) → "linkedin"; Amazon's order history from "Request your data" (Retail.OrderHistory.1.csv: a header naming "Order ID", "Order Date", "Product Name", "ASIN" and "Total Owed" or "Total Amount"; Retail.CustomerReturns' "OrderId",…,"DateOfReturn",…,"ReturnReason"; any other CSV of a download's folder, one holding Retail.OrderHistory.N) → "amazon"; Uber's "Download your data" (trips_data.csv: a header naming "Trip or Order Status", "Request Time", "Begin Trip Address" and "Dropoff Address"; trips_data-0.csv: one naming "request_timestamp_utc" and "begintrip_timestamp_utc"; eats_order_details.csv or user_orders-0.csv: one naming "Order Status", "Item Name", "Order Price" and "Order Time" or "Request_Time_Local"; eats_restaurant_names.csv, "City,Restaurant ID,Restaurant Name,Order Time"; any other CSV of a folder holding Rider/ or Eats/ with those) → "uber"; a flight log (Flighty's export, `FlightyExport-2026-11-29.csv`: a header opening "Date,Airline,Flight,From,To" that names "Canceled" and "Gate Departure (Scheduled)"; myFlightradar24's, `flightdiary_2026_03_02_09_14.csv`: an empty line, then a header opening `Date,"Flight number",From,To,"Dep time","Arr time",Duration`) → "flights"; a bank's statement (Monzo's export, MonzoDataExport_….csv: a header naming "Transaction ID", "Date", "Time", "Type", "Name", "Amount", "Currency" and "Notes and #tags", "Emoji" or "Local amount"; Revolut's, account-statement_….csv: a header naming "Type", "Product", "Started Date", "Completed Date", "Description", "Amount", "Currency" and "State"; Venmo's statement, VenmoStatement_Oct_2026.csv: one of its first lines a header naming "ID", "Datetime", "Type", "Status", "Note", "From", "To" and "Amount (total)"; PayPal's activity download, Download.CSV: a header naming "Date", "Time", "TimeZone" or "Time zone", "Name", "Currency", "Gross" or "Amount", "Type" or "Description" and "Status", "Transaction ID" or "Receipt ID"; YNAB's export, its Register (`… - Register.csv`: a header naming "Account", "Date", "Payee", "Memo", "Outflow", "Inflow" and "Category Group/Category", "Category Group" or YNAB 4's "Master Category") and its Plan (`… - Plan.csv`, Budget.csv before 2025: one naming "Month", "Category", the group, "Assigned" or "Budgeted" and "Available" or "Category Balance"); Splitwise's export of a group, `lisbon-2026_2026-11-28_export.csv`: a header opening "Date,Description,Category,Cost,Currency" and naming the members, after "Note: does not include group expenses" in a friend's export; a download for Money or Quicken, told by its first bytes before a text file's checks, its text being Windows-1252 in some: OFX or QFX, "OFXHEADER:100", "<?xml …?><?OFX …?>" or "<OFX>" first; QIF, "!Type:Bank", "!Account" …) → "bank"; YouTube's data from Google Takeout (history/watch-history.json and search-history.json: a JSON array whose first entry opens `"header": "YouTube"` or "YouTube Music", then its `"title"`; comments/comments.csv, a header naming "Comment ID" and "Comment Text"; live chats.csv; subscriptions/subscriptions.csv, "Channel Id,Channel Url,Channel Title"; playlists/playlists.csv, a playlist's "-videos.csv", channels/channel.csv) → "youtube" (its history as a web page, watch-history.html, refused: choose JSON in Takeout); a Facebook download's posts (your_posts__check_ins__photos_and_videos_1.json, posts/your_posts_1.json: a JSON array whose first item opens with its `"timestamp"` in seconds, then `attachments`, `data`, `title` or `tags`; groups/your_posts_in_groups.json, `{ "group_posts_v2": [ … ] }`) or comments (comments.json: `{ "comments_v2": [ … ] }`, an older download's `"comments"`; `group_comments_v2`) → "facebook" (its likes and reactions, likes_and_reactions_1.json, refused: no words); an Instagram download's posts (content/posts_1.json, 2025's media/posts_1.json: a JSON array whose first item opens with its `"media"`, the first `{ "uri": …`, naming a `"creation_timestamp"`; archived_posts.json, `{ "ig_archived_post_media": [ … ] }`), reels (reels.json, `{ "ig_reels_media": [ … ] }`), stories (stories.json, `{ "ig_stories": [ … ] }`) or comments (comments/post_comments_1.json: a JSON array whose first item's `string_map_data` names `"Comment"` and `"Media Owner"`; reels_comments.json, `{ "comments_reels_comments": [ … ] }`; an older download's post_comments.json, `{ "comments_media_comments": [ … ] }`) → "instagram" (its likes, liked_posts.json, refused: no words); a Snapchat download's chat_history.json (an object keyed by conversation, each an array of messages naming `"From"`, `"Media Type"`, `"Created"` and `"Content"`; the older `{ "Received Saved Chat History": [ … ], "Sent Saved Chat History": [ … ] }`) → "snapchat" (its snap_history.json and friends.json refused: no words); a Skype export's messages.json (`{ "userId": "8:live:…", "exportDate": …, "conversations": [ … ] }`, or Microsoft Teams (free)'s of a Skype account) → "skype"; Google Hangouts' chat history of Google Takeout (Hangouts.json: an object opening with its `"conversations"` list, its first item opening `"conversation": { "conversation_id"`; or the older shape, `{ "continuation_end_timestamp", "conversation_state": [ { "conversation_id" …`) → "hangouts"; a Matrix room's chat as Element exports it in JSON (`{ "room_name": …, "room_creator": …, "topic": …, "export_date": …, "exported_by": …, "messages": [ … ] }`) → "matrix" (its HTML and plain text exports refused, saying to export as JSON); TikTok's download in JSON (user_data_tiktok.json, older user_data.json: an object whose first key is one of its sections, "Activity", "Comment", "Direct Message", "Post", "Your Activity" …, naming one of its lists or maps, `"ChatHistory"`, `"VideoList"`, `"ProfileMap"`, `"ItemFavoriteList"` …) → "tiktok"; Google Voice's files of Google Takeout (`Voice/Calls/Greg Novak - Text - 2026-10-05T14_02_11Z.html`: an XHTML page holding a text conversation's `<div class="hChatLog hfeed">` and a `<cite class="sender vcard">`, or a voicemail's or a call's `<div class="haudio">` and `<div class="contributor vcard">`) → "googlevoice"; Google Photos of Google Takeout (a photo's JSON sidecar, `IMG_0001.jpg.supplemental-metadata.json` or `IMG_0001.jpg.json`: an object opening with its photo's `"title"`, naming its `"photoTakenTime"`; an album's metadata.json in any language's name: an object opening with its `"title"`, naming its `"date": { "timestamp"` or its `"access"`) → "googlephotos"; Apple Health's export.xml, whatever its name (`<!DOCTYPE HealthData [` or `<HealthData` after the XML declaration), and the export's files beside it that hold no note (its export_cda.xml, workout-routes/, electrocardiograms/, clinical-records/) → "applehealth"; a JSON file of Fitbit's export (an array opening `[{ "logId" : …, "activityName"`, `"dateOfSleep"` or `"weight"`, or a series of `{ "dateTime" : "11/14/26 08:02:00", "value" : … }`), and the export's files that are not read (heart_rate-….json, badges, Profile.csv …: formatOfHead) → "fitbit"; a JSON file of Garmin Connect's export (`[{"summarizedActivitiesExport":[`, a night's `"sleepStartTimestampGMT"`, a day's `"wellnessStartTimeGmt"`, a body record's `"metaData"`), and the export's files that are not read (the uploaded FIT files, metrics, the profile …: formatOfHead) → "garmin"; a file of Oura's export (a CSV of its App Data folder, dailysleep.csv, sleepmodel.csv, enhancedtag.csv …, by its header, "id;" then its columns, `;` or `,` between them; Oura Cloud's older JSON, `{"sleep": [{"summary_date": …`), and the export's files that are not read (heartrate.csv, sleeptime.csv …: formatOfHead) → "oura"; a file of Withings' export (weight.csv, bp.csv, sleep.csv, activities.csv, height.csv by their headers; aggregates_steps.csv, aggregates_calories_earned.csv and manual_spo2.csv by their names; the export's files that are not read, README.txt, raw_*.csv, signal.csv …: formatOfHead) → "withings"; a file of a habit tracker's export (Loop Habit Tracker's Habits.csv, Checkmarks.csv and a habit's own Checkmarks.csv by their headers and first rows, its Scores.csv refused saying why; HabitBull's CSV by its header: formatOfHead) → "habits"; a file of Apple Music's export (Apple Music Play Activity.csv, its summed histories and Likes and Dislikes.csv by their headers; Library Tracks.json, Library Playlists.json and Library Activity.json by their first keys; any other file of its "Apple Music Activity" folder: formatOfHead) → "applemusic"; a Last.fm export (lastfm.ghan.nl's Recent Tracks CSV, "uts,utc_time,artist,…", or its JSON of the API's pages; Last.fm to csv's headerless "artist,album,track,31 Jan 2021 14:22" rows: formatOfHead) → "lastfm"; a CSV of MyFitnessPal's export (Nutrition-Summary-….csv, "Date,Meal,Calories,Fat (g),…"; Exercise-Summary-….csv, "Date,Exercise,Type,Exercise Calories,Exercise Minutes,…"; Measurement-Summary-….csv, "Date,…,Weight" then a day's numbers: formatOfHead) → "myfitnesspal"; a Substack newsletter's export (its posts.csv, a header opening "post_id,post_date,is_published" that names "title"; a post's body, `posts/<post_id>.html`, by its place beside the export's posts.csv) → "substack" (its subscribers' list and its posts' delivery and open logs refused: other people's data); a file of Foursquare's data export (checkins1.json …, `{"count": N, "items": [` of check-ins naming `"timeZoneOffset"` and `"type": "checkin"`; tips.json, of tips naming `"canonicalUrl"`; its photos, visits, comments and ratings: formatOfHead) → "swarm"; Untappd's check-in history (an Untappd Supporter's Beer History as CSV, a header opening "beer_name,brewery_name" that names "created_at" and "checkin_id", or as JSON, an array whose first check-in names them: formatOfHead) → "untappd"; a file of Polarsteps' export (a trip's trip.json, an object naming `"user_id"`, `"start_date"` and `"total_km"`; its locations.json and user.json: formatOfHead) → "polarsteps"; Overcast's OPML export (overcast.opml: an `<opml>` titled "Overcast Podcast Subscriptions" or naming an `overcastId`: formatOfHead) → "overcast"; MyAnimeList's list export (myanimelist.net/panel.php?go=export: `animelist_<epoch>_-_<user id>.xml.gz`, `mangalist_…`, gzipped as it downloads, told by its first bytes and its start inflated before a text file's checks; gunzipped, a `<myanimelist>` element first: formatOfHead) → "myanimelist"; an Emacs Org file (named `.org` or `.org_archive`, whatever it holds; else its first line "#+TITLE:", org-roam's ":PROPERTIES:" or Org's mode line, or a first headline with what only Org writes: formatOfHead) → "orgmode"; otherwise "text" when the first
 * meaningful line is a `Speaker: text` line or a `## Speaker` heading of a chat, else "note" (a TextBundle's text, Bear's or Ulysses', always). A JSON export's first item
 * is read here: to parse the file too, let parse.ts `parseExport` detect it as it reads.
 * @throws ImportError naming the file and where detection failed (byte, line or `[0]`), including
 *   every {@link inspectFile} error and JSON syntax errors in the first item.
 */
export async function detectFormat(file: string, head?: FileHead): Promise<ImportFormat> {
  // (an Outlook message, .msg: a compound file told by its property streams; Word's, Excel's and PowerPoint's 97–2003 files, compound files too, refused saying what they are)
  if (!head && (await isCompoundFile(file))) return compoundFileFormat(file);
  if (!head && (await documentKind(file))) return "document";
  // (a browser's history, Firefox's places.sqlite, Chrome's or Edge's History, Safari's History.db: a SQLite database, told by its tables)
  if (!head && (await isBrowserHistory(file))) return "browser";
  // (a Kobo's KoboReader.sqlite: a SQLite database, told by its first bytes and its tables; any other SQLite database refused saying so)
  if (!head && (await isKoboDatabase(file))) return "kobo";
  // (a Bluesky repository's CAR export: told by its header and its first blocks; any other CAR file refused saying so)
  if (!head && (await isBlueskyRepo(file))) return "bluesky";
  // (a bank's OFX, QFX or QIF download: told by its first bytes, its text Windows-1252 where it is no UTF-8)
  if (!head && (await statementFileKind(file))) return "bank";
  // (MyAnimeList's list export as it downloads, animelist_<epoch>_-_<user id>.xml.gz: gzip, told by its first bytes and its start inflated)
  if (!head && (await isMyAnimeListGzip(file))) return "myanimelist";
  const format = formatOfHead(file, head ?? (await inspectFile(file)));
  return format === "json" ? detectJson(file) : format;
}

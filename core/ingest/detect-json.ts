// A file told by its start as a JSON document of an app or a service (Meta's, Google's, Spotify's, Telegram's
// downloads …), or `json`, an array of conversations whose first item tells its format (detect-first-item.ts).
import { isKeepNote } from "./notes/keep.js";
import { isHypothesisJson } from "./reading/hypothesis.js";
import { isDayOneJournal } from "./notes/dayone.js";
import { isDiscordExport } from "./chats/discord.js";
import { isDiscordPackageMessages } from "./chats/discord-package.js";
import { isGoogleChatMessages } from "./chats/googlechat.js";
import { isGoogleTasksExport } from "./notes/googletasks.js";
import { isTrelloBoard } from "./notes/trello.js";
import { isJsonCanvas } from "./notes/canvas.js";
import { isLineExport } from "./chats/line.js";
import { isKakaoTalkCsv, isKakaoTalkExport } from "./chats/kakaotalk.js";
import { isIrcLog } from "./chats/irc.js";
import { isSimplenoteExport } from "./notes/simplenote.js";
import { isSkypeExport } from "./chats/skype.js";
import { isHangoutsExport } from "./chats/hangouts.js";
import { isElementExport } from "./chats/matrix.js";
import { isStandardNotesBackup } from "./notes/standardnotes.js";
import { isMessengerThread } from "./chats/messenger.js";
import { isSlackDay } from "./chats/slack.js";
import { isTelegramExport } from "./chats/telegram.js";
import { isTraktFile, traktPassedOver } from "./media/trakt-files.js";
import { isLibbyJson } from "./reading/libby.js";
import { isYouTubeHistory } from "./media/youtube.js";
import { isChromeHistory, isMyActivity } from "./web/myactivity.js";
import { isGeminiActivity } from "./web/gemini.js";
import { isSpotifyFile } from "./media/spotify.js";
import { isTimelineFile } from "./places/timeline.js";
import { swarmKind } from "./places/swarm.js";
import { isUntappdExport } from "./places/untappd.js";
import { polarstepsKind } from "./places/polarsteps.js";
import { mastodonFileOf, notMastodonWords } from "./social/mastodon.js";
import { facebookFileOf, notFacebookWords } from "./social/facebook.js";
import { instagramFileOf, notInstagramWords } from "./social/instagram.js";
import { isTikTokData } from "./social/tiktok.js";
import { notSnapchatWords, snapchatFileOf } from "./social/snapchat.js";
import { lastfmKind } from "./media/lastfm.js";
import { isSignalJson, isSignalMarkdown } from "./chats/signal.js";
import { isChromeBookmarksJson } from "./web/bookmarks.js";
import { isGoogleMapsPlaces } from "./places/googlemaps.js";
import { isJourneyEntry } from "./notes/journey.js";
import { isGooglePhotosFile } from "./media/googlephotos.js";
import { classifyLine } from "./chats/text.js";
import { ImportError } from "./kit/types.js";
import type { HeadFormat } from "./file-head.js";

/**
 * What a file's start says it is when it opens as a JSON document of an app or a service (and, before a JSON array's `[`,
 * the chat logs whose lines may open with one: LINE, KakaoTalk, IRC): a download's file told by its first members, or
 * `json` for any other array or object (told by its first item, detect-first-item.ts, or refused by the stream reader,
 * json-stream.ts); null for a file that opens as neither. Checked after detect-health.ts, before pages and tables
 * (detect-head.ts `formatOfHead`, whose docstring names each format).
 * @throws ImportError `byte 0`: what holds no one's words (a Facebook download's likes and reactions, an Instagram
 *   download's likes, a Snapchat download's snaps and friends, a Mastodon archive's likes and bookmarks)
 */
export function formatOfJsonStart(file: string, start: string): HeadFormat | null {
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
  return null;
}

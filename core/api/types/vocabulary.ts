// The shared vocabulary of the API (memory types, source kinds, import formats, file input, paging), its errors and stream options.

// ───────────────────────────── shared vocabulary ─────────────────────────────

/** The six memory types (after MIRIX). */
export type MemoryType = "core" | "episodic" | "semantic" | "procedural" | "resource" | "vault";

/** What a source is: a chat turn, a screenshot's OCR text + image, a file, something typed in. */
export type SourceKind = "chat_turn" | "screenshot" | "file" | "manual";

/** Chat-export formats `importFile` understands; `engram` is an Engram export (`exportData`). */
export type ImportFormat =
  | "locomo"
  | "chatgpt"
  | "claude"
  | "deepseek"
  | "text"
  | "note"
  | "kindle"
  | "telegram"
  | "ics"
  | "email"
  | "keep"
  | "messenger"
  | "dayone"
  | "enex"
  | "sms"
  | "vcard"
  | "slack"
  | "discord"
  | "googlechat"
  | "imessage"
  | "line"
  | "kakaotalk"
  | "twitter"
  | "readwise"
  | "hypothesis"
  | "simplenote"
  | "document"
  | "roam"
  | "googletasks"
  | "todoist"
  | "standardnotes"
  | "goodreads"
  | "storygraph"
  | "captions"
  | "letterboxd"
  | "peloton"
  | "strong"
  | "toggl"
  | "imdb"
  | "trakt"
  | "libby"
  | "bookmarks"
  | "daylio"
  | "googlemaps"
  | "trello"
  | "readlater"
  | "strava"
  | "ticktick"
  | "reddit"
  | "linkedin"
  | "mastodon"
  | "youtube"
  | "facebook"
  | "instagram"
  | "wordpress"
  | "canvas"
  | "bibtex"
  | "zotero"
  | "kobo"
  | "snapchat"
  | "skype"
  | "tiktok"
  | "journey"
  | "diaro"
  | "amazon"
  | "googlevoice"
  | "zoomchat"
  | "bluesky"
  | "spotify"
  | "matrix"
  | "myactivity"
  | "gemini"
  | "timeline"
  | "googlephotos"
  | "bank"
  | "signal"
  | "uber"
  | "applehealth"
  | "browser"
  | "substack"
  | "medium"
  | "netflix"
  | "fitbit"
  | "garmin"
  | "oura"
  | "applemusic"
  | "lastfm"
  | "overcast"
  | "myfitnesspal"
  | "swarm"
  | "untappd"
  | "flights"
  | "withings"
  | "samsunghealth"
  | "whoop"
  | "sleepcycle"
  | "cronometer"
  | "googlefit"
  | "myanimelist"
  | "hangouts"
  | "polarsteps"
  | "habits"
  | "irc"
  | "orgmode"
  | "anki"
  | "engram";

/** Which memory engine produced an answer or a memory. */
export type EngineKind = "llm" | "heuristic";

/** Search ranking: hybrid (BM25 + vector, fused by RRF), keyword only, or vector only. */
export type SearchMode = "hybrid" | "bm25" | "vector";

/** Kind of an entity node in the memory graph. */
export type EntityKind = "person" | "place" | "organisation" | "app" | "thing" | "other";

/** A file the user picked. `path`: a path on the machine running the engine (desktop app, CLI,
 * or typed by the user in browser mode). `file`: bytes from a browser (drag and drop / file input);
 * the HTTP client uploads them, the IPC client turns them into a path with `webUtils`. */
export type FileInput = { path: string } | { file: Blob; name: string };

/** Paging by opaque cursor: pass `nextCursor` back as `cursor`; null means no more. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  /** total matching rows when cheap to count, else null */
  total: number | null;
}

// ───────────────────────────── errors ─────────────────────────────

/**
 * Error codes. `bad_request`: the request is invalid (message names the field). `not_found`: the
 * memory/source/model does not exist (any more). `unavailable`: the part needed is missing or off
 * (no model installed, capture only in the desktop app, engine still starting). `conflict`: the
 * request clashes with the current state (download already running, database not empty).
 * `internal`: a bug or I/O failure; the message says what failed.
 */
export type ApiErrorCode = "bad_request" | "not_found" | "unavailable" | "conflict" | "internal";

/** The error shape every transport carries. `message` is written for the user: what went wrong and
 * what to do. `field` names the offending request field for `bad_request`. */
export interface ApiErrorInfo {
  code: ApiErrorCode;
  message: string;
  field?: string;
}

// ───────────────────────────── streams ─────────────────────────────

/**
 * Options of a streaming call. `onEvent` receives intermediate events (progress, tokens) in order;
 * the returned promise resolves with the final result after the last event, or rejects with an
 * ApiError. Aborting `signal` cancels the work where the engine can (ask, chat, download, import)
 * and rejects with the abort reason.
 */
export interface StreamOptions<E> {
  onEvent?: (event: E) => void;
  signal?: AbortSignal;
}

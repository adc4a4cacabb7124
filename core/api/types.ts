/**
 * The one typed façade of Engram: `EngramApi`, its request/response shapes, errors and streams.
 *
 * Everything the UI can do goes through this interface. It has two transports with the same
 * contract (see core/api/README.md):
 * - desktop app: IPC. The preload exposes `window.engram` (an `EngramBridge`); the main process
 *   validates every request again (core/api/schemas.ts) and forwards it to the engine process.
 * - browser mode (`engram serve`): HTTP on 127.0.0.1 with a per-start token. Every method is
 *   `POST /api/<method>` with the request as JSON body; a plain method answers JSON, a streaming
 *   method answers `text/event-stream` (SSE frames `event: <type>` + `data: <json>`, ending with
 *   `event: result` or `event: error`).
 *
 * This file is types only (no runtime code, no imports) so the renderer can `import type` it and
 * type-check with DOM libs and without Node types. Conventions: times are integer epoch
 * milliseconds UTC; sizes are bytes; field names are camelCase; ids of memories and sources are
 * the database integer ids.
 */

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

// ───────────────────────────── memories ─────────────────────────────

/** A memory as the UI shows it (table `memories`, JSON decoded). */
export interface Memory {
  id: number;
  type: MemoryType;
  title: string;
  content: string;
  /** per type: episodic {actor, participants, place}, procedural {steps[]}, semantic {subject,
   * predicate, object}, core {label}, vault {secretRef} (the secret itself is never returned) */
  details: Record<string, unknown>;
  occurredAt: number | null;
  validFrom: number;
  /** null = still valid */
  validTo: number | null;
  recordedAt: number;
  invalidatedAt: number | null;
  supersededBy: number | null;
  status: "active" | "archived" | "deleted";
  /** 0..1 */
  importance: number;
  pinned: boolean;
  userEdited: boolean;
  accessCount: number;
  lastAccessedAt: number | null;
  /** 0..1 */
  confidence: number;
  /** who wrote it: import | heuristic | llm | user */
  engine: string;
  updatedAt: number;
}

/** A memory in the memory browser's list, with who it is about or who said it: a fact's subject, an
 * episode's actor, else its earliest source's speaker (a screenshot's app); null when nobody is named. */
export interface ListedMemory extends Memory {
  who: string | null;
}

/** A short reference to a memory (lists, graph tooltips, timeline). */
export interface MemorySummary {
  id: number;
  type: MemoryType;
  title: string;
  occurredAt: number | null;
  validTo: number | null;
  pinned: boolean;
  /** A calendar event that lasts whole days (`details.all_day`; set on the timeline's entries): shown without a time of day. */
  allDay?: true;
}

/** One source behind a memory or a citation. */
export interface SourceRef {
  sourceId: number;
  kind: SourceKind;
  /** id in the original export (LoCoMo dia_id, ChatGPT message id), null for captures */
  externalId: string | null;
  /** conversation database id, null for screenshots */
  conversationId: number | null;
  /** conversation title or external id, for display */
  conversation: string | null;
  speaker: string | null;
  occurredAt: number;
  app: string | null;
  windowTitle: string | null;
}

/** One entry of a memory's history (`memory_versions`). Snapshots are `Memory` objects or null. */
export interface MemoryVersion {
  /** ADD | UPDATE | INVALIDATE | NOOP | EDIT | PIN | UNPIN | DELETE | MERGE | DECAY | RESTORE */
  op: string;
  before: Memory | null;
  after: Memory | null;
  reason: string | null;
  /** user | mcp | import | heuristic | llm | consolidation (`mcp`: an agent over MCP, see `Actor`) */
  actor: string;
  at: number;
}

/** An entity linked to a memory. */
export interface EntityRef {
  id: number;
  name: string;
  kind: EntityKind;
}

/** Everything the memory panel shows. */
export interface MemoryDetail {
  memory: Memory;
  sources: SourceRef[];
  versions: MemoryVersion[];
  /** the memory that replaced this one, when invalidated */
  supersededBy: MemorySummary | null;
  /** memories this one replaced */
  supersedes: MemorySummary[];
  entities: EntityRef[];
  /** memories linked by graph edges (related, derived_from, …), with the relation */
  related: Array<MemorySummary & { relation: string }>;
}

/** `getMemory` request. */
export interface MemoryIdRequest {
  id: number;
}

/** `listMemories`: browse one type (or all), newest first by default. `limit` ≤ 500 (default 100). */
export interface ListMemoriesRequest {
  types?: MemoryType[];
  pinnedOnly?: boolean;
  /** include invalidated (superseded) memories; default false */
  includeInvalid?: boolean;
  sort?: "occurred_desc" | "occurred_asc" | "updated_desc" | "importance_desc";
  /** event time (`occurredAt`) in [from, to), epoch ms; memories without an event time are left out once either is given */
  from?: number;
  to?: number;
  /** only memories with a source of one of these kinds */
  sourceKinds?: SourceKind[];
  /** only memories with a source from one of these apps (case-insensitive) */
  apps?: string[];
  cursor?: string;
  limit?: number;
}

/** `createMemory`: a memory added by hand (any type but `vault`). `title` defaults to the start of
 * `content`; `occurredAt`: when it happened (episodes), if it matters. */
export interface CreateMemoryRequest {
  type: MemoryType;
  title?: string;
  content: string;
  details?: Record<string, unknown>;
  occurredAt?: number | null;
  importance?: number;
  pinned?: boolean;
}

/** `updateMemory`: the user's edit. Only given fields change; the memory becomes `userEdited`
 * (engines never change it again) and an `EDIT` version is written. */
export interface UpdateMemoryRequest {
  id: number;
  title?: string;
  content?: string;
  details?: Record<string, unknown>;
  occurredAt?: number | null;
  importance?: number;
}

/** `pinMemory`: pin (true) or unpin. Pinned memories are never changed by an engine. */
export interface PinMemoryRequest {
  id: number;
  pinned: boolean;
}

/**
 * `deleteMemory` request. `withSources`: forget the sources too — the sources the memory was made
 * from, every other memory made only from them, their FTS rows, vectors and images are deleted
 * for good (not undoable).
 */
export interface DeleteMemoryRequest {
  id: number;
  withSources?: boolean;
}

/** What `deleteMemory` with `withSources` removed. */
export interface ForgottenCounts {
  memories: number;
  sources: number;
  /** image files deleted from the data folder */
  images: number;
  /** conversations left without any source, deleted too */
  conversations: number;
}

/**
 * `deleteMemory` result. The memory is really deleted at once (row, FTS, vector, provenance
 * links); a snapshot is kept in the engine's RAM only until `undoUntil` so `undoDelete` can
 * restore it with the same id and history. With `withSources` nothing can be undone: `undoToken`
 * is "" and `undoUntil` 0, and `forgotten` says what was deleted.
 */
export interface DeleteMemoryResult {
  undoToken: string;
  /** epoch ms after which the undo token is void (about 10 s after deletion) */
  undoUntil: number;
  forgotten?: ForgottenCounts;
}

/**
 * `forgetMemories`: deletes the memories `ids` for good, in one transaction (not undoable; the
 * command line's `engram delete`). `withSources` as in `DeleteMemoryRequest`. Nothing is deleted
 * when one id is not a memory (`not_found` names it).
 */
export interface ForgetMemoriesRequest {
  ids: number[];
  withSources?: boolean;
}

/** `undoDelete` request. */
export interface UndoDeleteRequest {
  undoToken: string;
}

// ───────────────────────────── search ─────────────────────────────

/** `search`: hybrid search over memories with filters. `k` ≤ 200 (default 20). */
export interface SearchRequest {
  query: string;
  types?: MemoryType[];
  /** event time window [from, to) */
  from?: number;
  to?: number;
  /** valid-time instant: memories valid then (history view) */
  asOf?: number;
  includeInvalid?: boolean;
  sourceKinds?: SourceKind[];
  /** only memories with a source captured in one of these apps */
  apps?: string[];
  k?: number;
  mode?: SearchMode;
}

/** One search result. `score` is the fused RRF score (higher is better). */
export interface SearchHit {
  memory: Memory;
  score: number;
  /** rank (from 1) in each ranker, null when that ranker did not find it; cosine similarity −1..1 */
  scores: { bm25Rank: number | null; vectorRank: number | null; vectorSimilarity: number | null };
  sources: SourceRef[];
  /** who the memory is about or who said it (as `ListedMemory.who`) */
  who: string | null;
  /**
   * the memory from its sentence that shares most of the query's words on, after "…" (core/assistant/
   * excerpt.ts `bestPart`), for a list that shows a memory in one line; null when that sentence is
   * its first or no part shares a word
   */
  excerpt: string | null;
}

/** `search` result. */
export interface SearchResult {
  hits: SearchHit[];
  /** engine time, ms */
  tookMs: number;
}

// ───────────────────────────── sources ─────────────────────────────

/** A source as the UI shows it. */
export interface Source {
  id: number;
  kind: SourceKind;
  externalId: string | null;
  conversationId: number | null;
  seq: number | null;
  speaker: string | null;
  role: string | null;
  app: string | null;
  windowTitle: string | null;
  url: string | null;
  occurredAt: number;
  text: string;
  trust: "user" | "imported" | "captured";
  metadata: Record<string, unknown>;
  /** URL of the screenshot image usable in an <img> (transport-specific), null when none */
  imageUrl: string | null;
}

/** `getSource`: a source with up to `context` turns before and after it in its conversation
 * (default 5, ≤ 50). */
export interface GetSourceRequest {
  id: number;
  context?: number;
}

/** `getSource` result. */
export interface SourceDetail {
  source: Source;
  /** present for chat turns */
  conversation: ConversationInfo | null;
  /** neighbouring turns, in order, the requested source included */
  turns: Source[];
  /** memories derived from this source */
  memories: MemorySummary[];
}

/** A conversation (imported chat or an Engram chat). */
export interface ConversationInfo {
  id: number;
  format: string;
  externalId: string;
  title: string | null;
  participants: string[];
  startedAt: number | null;
  turnCount: number;
}

// ───────────────────────────── graph ─────────────────────────────

/**
 * `graph`: memories and entities with their links. Nodes are chosen by importance and degree,
 * at most `limit` (default 2000, ≤ 5000) per page; `cursor` pages on to the next nodes. Edges are
 * returned only between nodes of this and earlier pages (the client accumulates).
 */
export interface GraphRequest {
  types?: MemoryType[];
  includeEntities?: boolean;
  /** event-time window [from, to) */
  from?: number;
  to?: number;
  /** only current memories unless true */
  includeInvalid?: boolean;
  limit?: number;
  cursor?: string;
}

/** A graph node. `id` is `m<id>` for memories, `e<id>` for entities. */
export interface GraphNode {
  id: string;
  kind: "memory" | "entity";
  /** memory or entity database id */
  refId: number;
  label: string;
  /** memory type, or entity kind */
  group: MemoryType | EntityKind;
  occurredAt: number | null;
  /** number of edges in the whole graph */
  degree: number;
  importance: number;
}

/** A graph edge between two node ids. */
export interface GraphEdge {
  id: number;
  source: string;
  target: string;
  /** mentions | related | supersedes | derived_from | … */
  relation: string;
  weight: number;
}

/** `graph` result. */
export interface GraphResult {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** memories matching the filter in total (entity nodes come with them) */
  totalNodes: number;
  nextCursor: string | null;
  /** event-time span of all memories (for the time slider), null when empty */
  span: { from: number; to: number } | null;
}

// ───────────────────────────── timeline ─────────────────────────────

/**
 * `timeline`: days that have episodes (with them, the user's calendar events) or screenshots,
 * newest first, going back from `before` (exclusive; default now, or after the last memory when
 * it is to come: a calendar's next events). Returns at most `days` non-empty days (default 7, ≤ 31); empty days
 * are skipped. Days are local days at `tzOffsetMinutes` (as `Date#getTimezoneOffset()`, default 0).
 * To jump to a date pass `before` = the start of the day after it.
 */
export interface TimelineRequest {
  before?: number;
  days?: number;
  tzOffsetMinutes?: number;
  types?: MemoryType[];
  /** per day, at most this many episodes and this many screenshots (default 50, ≤ 500) */
  perDay?: number;
  /** only memories with a source in this conversation */
  conversationId?: number;
  /** only memories that mention this entity (a person, place or thing) */
  entityId?: number;
  /** also return `activity`: memories and captures per day over the whole range */
  activity?: boolean;
}

/** One day of the activity overview (a histogram to jump through months). */
export interface ActivityDay {
  /** YYYY-MM-DD in the requested time zone */
  date: string;
  /** epoch ms of the local day start */
  start: number;
  memories: number;
  captures: number;
}

/** A screenshot thumbnail in the timeline. */
export interface ScreenshotItem {
  sourceId: number;
  occurredAt: number;
  app: string | null;
  windowTitle: string | null;
  imageUrl: string | null;
  /** first characters of the OCR text */
  snippet: string;
}

/** One day of the timeline. */
export interface TimelineDay {
  /** YYYY-MM-DD in the requested time zone */
  date: string;
  /** epoch ms of the local day start */
  start: number;
  episodes: MemorySummary[];
  screenshots: ScreenshotItem[];
  counts: { memories: number; screenshots: number; chatTurns: number };
  /** the conversations with messages that day, most messages first */
  conversations: Array<{ id: number; title: string | null; messages: number }>;
  /** the apps captured that day, most screenshots first */
  apps: Array<{ app: string; screenshots: number }>;
}

/** `timeline` result. `nextBefore` continues to older days; null when nothing is older. */
export interface TimelineResult {
  days: TimelineDay[];
  nextBefore: number | null;
  /** first and last event time in the database, for the date picker */
  range: { first: number; last: number } | null;
  /** with `activity`: every day with memories or captures, oldest first */
  activity?: ActivityDay[];
}

// ───────────────────────────── ask / chat ─────────────────────────────

/** A citation of an answer: the memory and its sources. */
export interface Citation {
  memoryId: number;
  title: string;
  /** the memory's whole text (its content as it is now; the title when the memory is gone) */
  text: string;
  /**
   * the part of a long memory that answers the question it was cited for (its sentences or lines that
   * share most of the question's words, "…" where some are left out; core/assistant/excerpt.ts), null
   * when the whole text is what to show (it is short, a procedure, or no part shares a word)
   */
  excerpt: string | null;
  /** whose memory it is: the person it is about when one of its sources is theirs (an answer's
   * sources start with the question, asked by someone else), else its first source's speaker;
   * null when its sources have no speaker (screenshots, notes) */
  speaker: string | null;
  occurredAt: number | null;
  sources: SourceRef[];
}

/** An answer with citations. `abstained`: the engine found nothing to answer from. When no chat
 * model is installed `engine` is `heuristic` and the answer lists "what I remember". */
export interface Answer {
  answer: string;
  citations: Citation[];
  engine: EngineKind;
  abstained: boolean;
}

/** `ask`: a one-off question over the memories. `k`: memories to retrieve (default 8, ≤ 50). */
export interface AskRequest {
  question: string;
  k?: number;
  /** the question's "now" (resolves "last week"); default: current time */
  now?: number;
  /** store the question and the answer as a chat, processed into memories (default false) */
  remember?: boolean;
}

/** Events of `ask` and `chat`: answer text as it is generated, then the citations. */
export type AnswerEvent = { type: "token"; text: string } | { type: "citations"; citations: Citation[] };

/** `chat`: one turn of a conversation with the assistant; both turns are stored as sources. */
export interface ChatRequest {
  message: string;
  /** continue this conversation; omitted = a new one */
  conversationId?: number;
}

/** `chat` result. */
export interface ChatResult extends Answer {
  conversationId: number;
  userSourceId: number;
  assistantSourceId: number;
}

/** `listChats`: the assistant conversations, newest first. `limit` ≤ 200 (default 50). */
export interface ListChatsRequest {
  cursor?: string;
  limit?: number;
}

/** `getChat`: all turns of one conversation in order (≤ `limit`, default 500). */
export interface GetChatRequest {
  conversationId: number;
  limit?: number;
}

/** `getChat` result. */
export interface ChatThread {
  conversation: ConversationInfo;
  turns: Source[];
}

// ───────────────────────────── import / export ─────────────────────────────

/** `importFile`: a chat export or an Engram export. `format` default: detected from content. `me`:
 * the speaker who is the user (their messages become the user's and build the `human` core memory). */
export type ImportRequest = FileInput & { format?: ImportFormat; me?: string };

/** Progress of an import: `validate` and `import` passes over the file, then `process` (memory
 * engine over the new sources) and, for Engram exports on a different embedder, `embed`. */
export interface ImportEvent {
  type: "progress";
  /** `validate`: reading and checking the file; then per conversation `embed` (embedding its
   * messages), `import` (storing them) and `process` (building memories from them). A restore of
   * an Engram export goes validate, import, embed. `upload` is reserved for a client's own upload.
   * A chat import into a large database ends with `index`. */
  phase: "upload" | "validate" | "import" | "process" | "embed" | "index";
  /** what `done`/`total` count: bytes of the file, messages (chat exports), rows (an Engram export) or postings (`index`: a large database's term bitmaps for search, core/retrieval/term-bitmaps.ts) */
  unit: "bytes" | "messages" | "rows" | "postings";
  /** units done in this phase */
  done: number;
  /** units in total; null when unknown */
  total: number | null;
  conversations: number;
  turns: number;
}

/** `importFile` result. */
export interface ImportResult {
  file: string;
  format: ImportFormat;
  conversations: number;
  turns: number;
  /** new sources stored (duplicates are skipped by content hash) */
  added: number;
  duplicates: number;
  /** memories created */
  memories: number;
  /** wall time, seconds */
  seconds: number;
  /** the part of `seconds` spent bringing a large database's search index up to date (the `index` phase; chat exports), seconds */
  indexSeconds?: number;
  /** why no core memory came of the import, when none did (e.g. nobody in it was named as you); null otherwise */
  coreMemory?: string | null;
  /** who speaks in it (at most 6), when no core memory was made because nobody in it was named as you: whom importing it again with `me` can name */
  people?: string[];
  /** sources an earlier, interrupted import had stored but not processed, processed by this one (chat exports) */
  resumed?: number;
  /** messages an earlier import stored as another person's that are yours now (`me` named their speaker), their facts with them (chat exports) */
  claimed?: number;
  /** rows restored per table (an Engram export) */
  restored?: Record<string, number>;
  /** whether the restored vectors were re-embedded because the export was made with another embedder (an Engram export) */
  reembedded?: boolean;
}

/** `exportData`: one portable gzip JSON-Lines file (see core/api/export-import.ts). `path`: where
 * to write (on the engine's machine); omitted = `<data folder>/exports/engram-<date>.jsonl.gz`. */
export interface ExportRequest {
  path?: string;
  withScreenshots?: boolean;
  /** `engram` (default): the portable restore file; `markdown`: a ZIP of Markdown files people can
   * read and take elsewhere (one per memory type and one per person or thing; no vault items) */
  format?: "engram" | "markdown";
}

/** Progress of an export: rows written per table. */
export interface ExportEvent {
  type: "progress";
  table: string;
  rows: number;
}

/** `exportData` result. `downloadUrl`: in browser mode, a URL that downloads the file. */
export interface ExportResult {
  path: string;
  bytes: number;
  counts: Record<string, number>;
  downloadUrl: string | null;
}

/** `deleteEverything`: `confirm` must be exactly "delete everything". Deletes every memory,
 * source, conversation, entity, edge, frame and screenshot image, and the embedding cache;
 * keeps installed models, and keeps settings and vault keys unless `includeSettings`. */
export interface DeleteEverythingRequest {
  confirm: "delete everything";
  includeSettings?: boolean;
}

/** `deleteEverything` result: rows deleted per table and image files removed. */
export interface DeleteEverythingResult {
  deleted: Record<string, number>;
  imageFiles: number;
}

// ───────────────────────────── capture ─────────────────────────────

/** Screen-capture settings (stored in `settings` under `capture.*`). */
export interface CaptureSettings {
  enabled: boolean;
  /** ms between captures */
  intervalMs: number;
  /** app names never captured (matched case-insensitively) */
  excludedApps: string[];
  /** window-title substrings never captured */
  excludedTitles: string[];
  /** URL host names never captured */
  excludedHosts: string[];
  /** days screenshots are kept (0 = forever) */
  retentionDays: number;
  /** keep the image files (false: only the OCR text) */
  keepImages: boolean;
  /** redact e-mail addresses, card numbers, keys in OCR text */
  redact: boolean;
  /** also capture when the focused window cannot be identified (then exclusions cannot apply) */
  allowUnidentified: boolean;
}

/**
 * Capture state. `unavailable`: capture runs only in the desktop app (browser mode, CLI) or the
 * OS denied screen recording; `reason` says which. `paused` until `pausedUntil` (null = until
 * resumed).
 */
export interface CaptureStatus {
  state: "running" | "paused" | "off" | "unavailable";
  reason: string | null;
  pausedUntil: number | null;
  lastFrameAt: number | null;
  framesToday: number;
  framesTotal: number;
  /** bytes of screenshot images on disk */
  imageBytes: number;
  settings: CaptureSettings;
}

/** `pauseCapture`: for `minutes` (omitted = until resumed). */
export interface PauseCaptureRequest {
  minutes?: number;
}

/**
 * `captureFile`: one screenshot file on this computer (PNG, JPEG or WebP) through the capture
 * pipeline (exclusions, dedup, OCR, redaction, storage, screen memories; core/capture). Only for
 * a host on this computer: HTTP refuses the `path` field. `capturedAt`: epoch ms (default: the
 * file's modification time); `display` default 0. Redacted values are kept in the vault when it
 * opens (`passphrase`, the app's key, or the host asking the user), else dropped.
 */
export interface CaptureFileRequest {
  path: string;
  capturedAt?: number;
  display?: number;
  app?: string;
  windowTitle?: string;
  url?: string;
  passphrase?: string;
}

/**
 * What became of one screenshot file (`captureFile`): the pipeline's verdict (`stored` as frame
 * `frameId`; `duplicate`, `excluded` or `paused` with a `reason`), or `error` naming the file
 * (unreadable or missing image; nothing was stored for it).
 */
export type CapturedFile = { file: string } & (Omit<CapturedFrame, "timings"> | { status: "error"; error: string });

/** Raw pixels as the desktop app grabs them (Electron `NativeImage.toBitmap`): 4 bytes per pixel,
 * rows top to bottom, no padding; `data.byteLength` is `width × height × 4`. */
export interface RawFrame {
  data: Uint8Array;
  width: number;
  height: number;
  /** byte order of each pixel: `rgba`, or `bgra` (Electron on Windows, Linux and macOS) */
  order: "rgba" | "bgra";
}

/**
 * `captureFrame`: one grabbed screen frame (the desktop app's capture scheduler) through the same
 * capture pipeline as `captureFile`: exactly one of `png` (encoded image bytes: PNG, JPEG or WebP)
 * and `raw` (a bitmap), each at most `MAX_FRAME_BYTES` (core/api/schemas.ts: 256 MiB, an
 * 8192×8192 bitmap). The bytes travel as a Uint8Array (or Buffer) over IPC; JSON cannot carry
 * them, and only a host that captures the screen (`ApiContext.capture.available`: the desktop app)
 * takes them — `engram serve` refuses. `capturedAt`: epoch ms; `display` default 0; `app`,
 * `windowTitle`, `url`: the active window, null when unknown; `name`: how errors name the frame
 * (default `frame@<capturedAt>`). Redacted values are kept in the vault when the app's key opens
 * it, else dropped (said in the host's log).
 */
export interface CaptureFrameRequest {
  png?: Uint8Array;
  raw?: RawFrame;
  capturedAt: number;
  display?: number;
  app?: string | null;
  windowTitle?: string | null;
  url?: string | null;
  name?: string;
}

/** Wall-clock ms one frame spent in each phase of the pipeline (present for the phases it went through). */
export interface FrameTimings {
  decodeMs: number;
  dedupMs: number;
  ocrMs: number;
  encodeMs: number;
  storeMs: number;
  /** making memories of the frames so far (only in the frames that triggered it) */
  memoryMs: number;
}

/**
 * What became of one grabbed frame (`captureFrame`): `stored` as frame `frameId` (source
 * `sourceId`), or `duplicate`, `excluded` or `paused` with a `reason`; the other fields as in
 * `CapturedFile`, plus the time spent per phase.
 */
export interface CapturedFrame {
  status: "stored" | "duplicate" | "excluded" | "paused";
  frameId?: number;
  sourceId?: number;
  reason?: string;
  /** stored only because the screen stayed still long enough */
  keyframe?: boolean;
  words?: number;
  /** mean OCR word confidence 0..100, null without words */
  confidence?: number | null;
  /** redacted values by kind, e.g. `{ card: 2 }` */
  redactions?: Record<string, number>;
  /** redacted values kept encrypted in the vault (the rest were dropped) */
  vaulted?: number;
  /** OCR blocks in the frame and how many had to be read (the rest came from the cache) */
  blocks?: number;
  blocksRead?: number;
  timings: Partial<FrameTimings>;
}

/** `captureConfig`: every capture setting, after applying `set` (CLI assignments `name=value`,
 * e.g. `intervalMs=10000`, `excludedApps=Slack,Signal`, `paused=true`, `pausedUntil=<epoch ms>`;
 * core/capture/settings.ts). The desktop app's scheduler reads its settings and persists its
 * pauses with it too. */
export interface CaptureConfigRequest {
  set?: string[];
}

/** `captureConfig` result: every capture setting (the pipeline's knobs too), whether capture is
 * paused now, and the built-in exclusions when they apply (null when `defaultExclusions` is off). */
export type CaptureConfig = Record<string, unknown> & {
  enabled: boolean;
  intervalMs: number;
  /** epoch ms until which capture is paused; 0 = not paused; Number.MAX_SAFE_INTEGER = until resumed */
  pausedUntil: number;
  /** capture only inside these local-time hours (end < start spans midnight); null = always */
  hours: { start: string; end: string } | null;
  /** keep frames whose active window is unknown (exclusions cannot apply to them) */
  allowUnidentified: boolean;
  paused: boolean;
  builtInExclusions: { apps: readonly string[]; titles: readonly string[] } | null;
};

/** `captureStorage`: what capture keeps: frames, image bytes, oldest/newest frame (epoch ms), the vault. */
export interface CaptureStorage {
  enabled: boolean;
  paused: boolean;
  /** the folder of frame images, null for an in-memory database */
  framesDir: string | null;
  frames: number;
  keyframes: number;
  pinned: number;
  bytes: number;
  oldest: number | null;
  newest: number | null;
  vault: { exists: boolean; unlockWith: string[]; items: number };
}

/** `pruneCapture` result: frames and image bytes deleted by retention. */
export interface PruneCaptureResult {
  frames: number;
  bytes: number;
}

/** `pinFrames`: pin frames (`pinned` false: release them) so retention never deletes them. */
export interface PinFramesRequest {
  ids: number[];
  pinned: boolean;
}

/** `pinFrames` result: the ids that are not frames (the others were changed). */
export interface PinFramesResult {
  missing: number[];
}

/** `listRedactions`: values redacted from captures and kept in the vault; `reveal` decrypts them
 * (with `passphrase`, the app's key, or the host asking the user). */
export interface ListRedactionsRequest {
  reveal?: boolean;
  passphrase?: string;
}

/** One vault item: what it is, where it came from; `value` only when revealed. */
export interface RedactedValue {
  id: number;
  kind: string;
  label: string | null;
  sourceId: number | null;
  createdAt: number;
  value?: string;
}

// ───────────────────────────── models ─────────────────────────────

/** A catalog model or an installed one. */
export interface ModelInfo {
  id: string;
  name: string;
  role: "chat" | "embedding";
  /** bytes to download (catalog) or on disk (installed) */
  sizeBytes: number;
  parameters: string | null;
  quantization: string | null;
  license: string | null;
  contextLength: number | null;
  recommendedRamBytes: number | null;
  inCatalog: boolean;
  installed: boolean;
  active: boolean;
  /** catalog | import, null when not installed */
  origin: "catalog" | "import" | null;
}

/** An installed LoRA adapter for one memory operation of a base model. */
export interface AdapterInfo {
  id: number;
  baseModel: string;
  /** extract | update | answer | … */
  op: string;
  path: string;
  scale: number;
  rank: number | null;
  alpha: number | null;
  createdAt: number;
}

/** An OpenAI-compatible model server used as the chat model (Ollama, LM Studio, llama.cpp's
 * server, vLLM, LocalAI). No key is stored: only the name of the environment variable holding it. */
export interface EndpointInfo {
  name: string;
  /** base URL of its API, e.g. `http://127.0.0.1:11434/v1` */
  url: string;
  /** the model name the server knows */
  model: string;
  apiKeyEnv: string | null;
  /** the server is not on this computer: memories and questions are sent there */
  allowRemote: boolean;
  /** tokens; null = unknown (4096 assumed) */
  contextLength: number | null;
  /** the active chat model (wins over an active GGUF model) */
  active: boolean;
}

/** `addEndpoint`: register a model server (it becomes active when no chat model is). A URL that
 * is not loopback is refused unless `allowRemote`. `contextLength` omitted: asked from the server. */
export interface AddEndpointRequest {
  name: string;
  url: string;
  model: string;
  apiKeyEnv?: string;
  allowRemote?: boolean;
  contextLength?: number;
}

/** `removeEndpoint` request. */
export interface EndpointNameRequest {
  name: string;
}

/** `listModels` result. `embedder`: the active embedder's id and dimension (always present: the
 * bundled one when nothing else is installed). `engine` is `llm` when a chat model or endpoint is active. */
export interface ModelsState {
  models: ModelInfo[];
  /** model servers; LoRA adapters do not apply to them */
  endpoints: EndpointInfo[];
  adapters: AdapterInfo[];
  embedder: { id: string; dimension: number };
  engine: EngineKind;
  /** this computer's memory and the catalog models recommended for it (core/api/recommend.ts) */
  machine?: { memoryBytes: number; recommended: { chat: string | null; embedding: string | null } };
}

/** `downloadModel`: a catalog model. `allowUnverified`: accept a file without a published sha256. */
export interface DownloadModelRequest {
  id: string;
  allowUnverified?: boolean;
}

/** Progress of a model download. */
export interface DownloadEvent {
  type: "progress";
  file: string;
  receivedBytes: number;
  /** null when the server sent no length */
  totalBytes: number | null;
  phase: "download" | "verify";
  /** which of the model's files this is (from 0), of `fileCount` */
  fileIndex?: number;
  fileCount?: number;
  /** download rate, bytes/s */
  bytesPerSecond?: number;
  /** seconds left at this rate, null when unknown */
  etaSeconds?: number | null;
}

/** `downloadModel` result: the model, and each file written with its sha256 and whether it matched
 * the catalog's published hash (false: none was published and `allowUnverified` accepted it). */
export type DownloadedModel = ModelInfo & { files: Array<{ path: string; sha256: string; verified: boolean }> };

/** Progress of `importModel`: bytes of the file hashed so far. */
export interface ImportModelEvent {
  type: "progress";
  phase: "hash";
  receivedBytes: number;
  totalBytes: number;
}

/** `importModel`: a local GGUF (chat) or an ONNX model folder (embedding), named by its `path` (the
 * desktop app's file dialog, the CLI) or by the `choice` of a `findModelFiles` listing (browser
 * mode, where no request may name a path). */
export type ImportModelRequest = ({ path: string } | { choice: string }) & {
  /** the role the file must have (the app's pickers); absent: whatever the file is (`engram models import`) */
  role?: "chat" | "embedding";
  id?: string;
  /** register the file where it is instead of copying it into the models folder */
  inPlace?: boolean;
};

/** `findModelFiles`: model files on this computer the user can import, for `role`. */
export interface FindModelFilesRequest {
  role: "chat" | "embedding";
}

/** A model file (GGUF) or folder (ONNX) found on this computer. `choice` names it to `importModel`. */
export interface ModelFileChoice {
  choice: string;
  /** file or folder name */
  name: string;
  /** the folder it is in, for display (`~` for the home folder) */
  folder: string;
  /** bytes (a folder: its files together) */
  sizeBytes: number;
  modifiedAt: number;
}

/** `findModelFiles` result: what was found (newest first), and the folders that were looked in. */
export interface ModelFileList {
  files: ModelFileChoice[];
  /** the folders searched, for display (`~/Downloads`, the models folder, …) */
  searched: string[];
}

/** `useModel`: make an installed model the active one for its role; `id` may name an endpoint
 * (then it becomes the chat model). */
export interface UseModelRequest {
  id: string;
}

/** `importAdapter`: a LoRA GGUF for `baseModel` and memory operation `op`. `scale` default 1. */
export interface ImportAdapterRequest {
  path: string;
  baseModel: string;
  op: string;
  scale?: number;
}

/** `removeModel`: forgets a model (and its adapters); `deleteFiles` (default true) also deletes
 * the files Engram copied into the models folder. */
export interface RemoveModelRequest {
  id: string;
  deleteFiles?: boolean;
}
/** `removeAdapter` request: the adapter's id, or the operation `op` of base model `baseModel`. */
export type AdapterIdRequest = { id: number } | { baseModel: string; op: string };

// ───────────────────────────── the model registry (engram models, engram adapters) ─────────────────────────────

/** An installed model as the registry keeps it (table `models`). */
export interface InstalledModel {
  id: string;
  role: "chat" | "embedding";
  /** GGUF file (chat) or model folder (embedding) */
  path: string;
  sizeBytes: number;
  /** hex sha256 of the GGUF file (a folder: over its files' hashes) */
  sha256: string | null;
  origin: "catalog" | "import";
  active: boolean;
  /** architecture, context length, quantisation, … (from the GGUF header or the catalog) */
  metadata: Record<string, unknown>;
  /** epoch ms */
  installedAt: number;
}

/** A model server as the registry keeps it (`EndpointInfo` with when it was added, epoch ms). */
export type EndpointEntry = EndpointInfo & { createdAt: number };

/** A catalog model: its size and RAM, whether its files have a published sha256 and whether it is installed. */
export interface CatalogListing {
  id: string;
  name: string;
  role: "chat" | "embedding";
  sizeBytes: number;
  license: string;
  contextLength: number;
  recommendedRamBytes: number;
  verified: boolean;
  installed: boolean;
}

/** A LoRA adapter as the registry keeps it (table `adapters`). */
export interface AdapterEntry {
  id: number;
  baseModel: string;
  op: string;
  path: string;
  scale: number;
  sha256: string;
  origin: "import" | "catalog";
  rank: number | null;
  alpha: number | null;
  /** epoch ms */
  createdAt: number;
}

/** `modelRegistry` result: installed models, model servers, the catalog and adapters, as stored. */
export interface ModelRegistry {
  installed: InstalledModel[];
  endpoints: EndpointEntry[];
  catalog: CatalogListing[];
  adapters: AdapterEntry[];
}

/** `inspectModelFile`: a GGUF file on this computer (HTTP refuses the `path` field). */
export interface InspectModelFileRequest {
  path: string;
}

/** What a GGUF file holds: a model or a LoRA adapter (models/gguf.ts, models/adapters/inspect.ts). */
export type ModelFileSummary =
  | {
      kind: "model";
      path: string;
      sizeBytes: number;
      ggufVersion: number;
      name: string | null;
      architecture: string;
      /** total weights */
      parameterCount: number;
      quantization: string;
      contextLength: number | null;
      embeddingLength: number | null;
      blockCount: number | null;
      vocabSize: number | null;
      chatTemplate: boolean;
    }
  | {
      kind: "adapter";
      path: string;
      sizeBytes: number;
      ggufVersion: number;
      name: string | null;
      baseArchitecture: string;
      rank: number;
      alpha: number | null;
      tensorPairs: number;
      targets: string[];
      blocks: number[];
    };

/** `exportDataset`: an operation's training examples as chat JSONL written to `path` on this
 * computer (HTTP refuses the field); `onlyCorrected`: only those the user corrected. */
export interface ExportDatasetRequest {
  op: string;
  path: string;
  onlyCorrected?: boolean;
}

/** `exportDataset` result: examples written, how many the user corrected, and where they came from. */
export interface DatasetExport {
  path: string;
  examples: number;
  corrected: number;
  from: "llm_calls" | "memories" | "none";
}

// ───────────────────────────── settings / stats / info ─────────────────────────────

/** `setSettings`: keys to write (JSON values). Keys are `section.name`, e.g. `ui.theme`,
 * `capture.intervalMs`. A null value removes the key. */
export interface SetSettingsRequest {
  values: Record<string, unknown>;
}

/** Row counts of the database. */
export interface Stats {
  memories: Record<MemoryType, number>;
  memoriesTotal: number;
  sources: Record<SourceKind, number>;
  conversations: number;
  entities: number;
  edges: number;
  frames: number;
  /** sources the memory engine has not processed yet */
  unprocessedSources: number;
}

/** Where the data lives and what runs. */
export interface Info {
  version: string;
  dataDir: string;
  dbPath: string;
  /** database file + WAL, bytes */
  dbBytes: number;
  /** screenshot images, bytes */
  imageBytes: number;
  embedder: { id: string; dimension: number };
  engine: EngineKind;
  /** active chat model id (or model server name), null when none */
  chatModel: string | null;
  /** the active model server (`addEndpoint`); `remote`: not on this computer, so questions and
   * the memories that answer them are sent there */
  modelServer: { name: string; url: string; remote: boolean } | null;
  transport: "ipc" | "http" | "cli";
  platform: string;
}

/** The empty request of methods without parameters. */
export type Empty = Record<string, never>;

// ───────────────────────────── agents: remember, entities ─────────────────────────────

/**
 * Who a change is recorded as in a memory's version history (`MemoryVersion.actor`): the person
 * at the app or the CLI (`user`), or an agent connected over MCP (`mcp`). The transport sets it
 * (core/api/context.ts `ApiContext.actor`); a request cannot choose it.
 */
export type Actor = "user" | "mcp";

/** `remember`: something to keep, stored as a `manual` source (trust `user`) and turned into
 * memories by the memory engine at once. `occurredAt`: when it happened (default: now). */
export interface RememberRequest {
  text: string;
  occurredAt?: number;
}

/** `remember` result: the stored source and the memories made or changed from it. `duplicate`:
 * the same text at the same time was already stored (nothing new was written). */
export interface RememberResult {
  sourceId: number;
  duplicate: boolean;
  memories: Memory[];
}

/** `listEntities`: the entities the current memories mention most, for name suggestions (the
 * timeline's Person filter); `kind` only those of one kind; `limit` how many (default 100, ≤ 500). */
export interface ListEntitiesRequest {
  kind?: EntityKind;
  limit?: number;
}

/** `listEntities` result: entities by how many active memories mention them (most first), then by
 * name; an entity no active memory mentions is not listed. */
export interface EntityList {
  /** `circle`: the people of the imported conversations a person belongs to (two Johns of two
   * exports are two entities: this tells them apart), their names; empty for the user's own chats and for other kinds */
  items: Array<EntityRef & { mentions: number; circle: string[] }>;
}

/** `getEntity`: one entity by `id` or by `name` (any of its names, case-insensitive); `limit`:
 * memories to return (default 50, ≤ 500). */
export interface GetEntityRequest {
  id?: number;
  name?: string;
  limit?: number;
  /** also the memories no longer valid (superseded facts, with `validTo`); default false */
  includeInvalid?: boolean;
}

/** `mergeEntities`: entity `from` becomes part of entity `into` (its names, mentions and circle). */
export interface MergeEntitiesRequest {
  into: number;
  from: number;
}

/** `splitEntity`: the memories `memoryIds` (1-500) stop mentioning entity `id` and mention a new
 * entity of the same kind named `name` (default: the same name). Result: the new entity. */
export interface SplitEntityRequest {
  id: number;
  memoryIds: number[];
  name?: string;
}

/** `editNote`: the user rewrites a note of theirs (a `manual` or `file` source with trust `user`).
 * Its text is replaced and it is made into memories again: the memories made only from it are no
 * longer valid (an `INVALIDATE` version says the note was edited), those that also come from other
 * sources stop citing it, those you edited or pinned stay as they are. */
export interface EditNoteRequest {
  sourceId: number;
  text: string;
}

/** `editNote` result: the note as it is now, what became of its old memories, and its new ones. */
export interface EditNoteResult {
  source: Source;
  /** old memories made only from the note, now no longer valid */
  invalidated: number;
  /** old memories kept: you edited or pinned them, or other sources say the same */
  kept: number;
  /** the note's current memories */
  memories: Memory[];
}

/** `vaultStatus`: whether a vault exists and what can unlock it. */
export interface VaultStatus {
  exists: boolean;
  /** key kinds that open it: `passphrase`, `keychain` */
  unlockWith: string[];
  /** this app holds a key of its own (the desktop app's keychain key): no passphrase is needed once the vault knows it */
  keyAvailable: boolean;
  items: number;
}

/** `addVaultItem`: a secret the user adds by hand. `value` is encrypted in the vault and never
 * searchable; `label` (not secret) names it and becomes a `vault` memory pointing at it. The vault
 * opens with `passphrase`, or without one with the app's own key; the first item creates the vault
 * with the given passphrase. */
export interface AddVaultItemRequest {
  label: string;
  value: string;
  /** what it is: password, pin, card, api_key, note … (default `secret`) */
  kind?: string;
  passphrase?: string;
}

/** `revealVaultItem`: the secret of a `vault` memory, decrypted with the passphrase or the app's key. */
export interface RevealVaultItemRequest {
  id: number;
  passphrase?: string;
}

/** `revealVaultItem` result. */
export interface RevealedSecret {
  value: string;
  kind: string;
}

/** `getEntity` result: the entity, its other names, and the current memories that mention it,
 * facts (semantic) first, then by importance. */
export interface EntityDetail {
  entity: EntityRef & { aliases: string[] };
  memories: Memory[];
  /** memories mentioning it in all (`memories` holds at most `limit`) */
  total: number;
  /** the people, places and things mentioned together with it most often (at most 8), with how many memories they share */
  linked?: Array<EntityRef & { shared: number }>;
}

// ───────────────────────────── the façade ─────────────────────────────

/**
 * The Engram API. Every method validates its request (core/api/schemas.ts) and rejects with an
 * `ApiErrorInfo`-shaped error (`ApiError` in core/api/errors.ts, `EngramApiError` in the renderer)
 * on failure. Streaming methods take `StreamOptions` as second argument.
 */
export interface EngramApi {
  // memories
  search(req: SearchRequest): Promise<SearchResult>;
  listMemories(req: ListMemoriesRequest): Promise<Page<ListedMemory>>;
  getMemory(req: MemoryIdRequest): Promise<MemoryDetail>;
  updateMemory(req: UpdateMemoryRequest): Promise<Memory>;
  createMemory(req: CreateMemoryRequest): Promise<Memory>;
  pinMemory(req: PinMemoryRequest): Promise<Memory>;
  deleteMemory(req: DeleteMemoryRequest): Promise<DeleteMemoryResult>;
  /** Deletes several memories for good in one transaction (`engram delete`). */
  forgetMemories(req: ForgetMemoriesRequest): Promise<ForgottenCounts>;
  undoDelete(req: UndoDeleteRequest): Promise<Memory>;
  memoryHistory(req: MemoryIdRequest): Promise<MemoryVersion[]>;
  memoryProvenance(req: MemoryIdRequest): Promise<SourceRef[]>;
  // sources and views
  getSource(req: GetSourceRequest): Promise<SourceDetail>;
  graph(req: GraphRequest): Promise<GraphResult>;
  timeline(req: TimelineRequest): Promise<TimelineResult>;
  // assistant
  ask(req: AskRequest, opts?: StreamOptions<AnswerEvent>): Promise<Answer>;
  chat(req: ChatRequest, opts?: StreamOptions<AnswerEvent>): Promise<ChatResult>;
  listChats(req: ListChatsRequest): Promise<Page<ConversationInfo>>;
  getChat(req: GetChatRequest): Promise<ChatThread>;
  // data in and out
  importFile(req: ImportRequest, opts?: StreamOptions<ImportEvent>): Promise<ImportResult>;
  exportData(req: ExportRequest, opts?: StreamOptions<ExportEvent>): Promise<ExportResult>;
  deleteEverything(req: DeleteEverythingRequest): Promise<DeleteEverythingResult>;
  // capture
  captureStatus(req: Empty): Promise<CaptureStatus>;
  setCaptureSettings(req: Partial<CaptureSettings>): Promise<CaptureStatus>;
  pauseCapture(req: PauseCaptureRequest): Promise<CaptureStatus>;
  resumeCapture(req: Empty): Promise<CaptureStatus>;
  /** One screenshot file through the capture pipeline (`engram capture add|import|watch`). */
  captureFile(req: CaptureFileRequest): Promise<CapturedFile>;
  /** A screen frame the desktop app grabbed, as bytes, through the same pipeline (refused where capture is unavailable, e.g. `engram serve`). */
  captureFrame(req: CaptureFrameRequest): Promise<CapturedFrame>;
  /** Every capture setting, changed by `set` first (`engram capture settings`). */
  captureConfig(req: CaptureConfigRequest): Promise<CaptureConfig>;
  /** Frames, image bytes and vault of capture (`engram capture status`). */
  captureStorage(req: Empty): Promise<CaptureStorage>;
  /** Applies retention now (`engram capture prune`). */
  pruneCapture(req: Empty): Promise<PruneCaptureResult>;
  /** Pins or releases frames (`engram capture pin`). */
  pinFrames(req: PinFramesRequest): Promise<PinFramesResult>;
  /** Values redacted from captures into the vault (`engram capture redactions`). */
  listRedactions(req: ListRedactionsRequest): Promise<{ items: RedactedValue[] }>;
  // models
  listModels(req: Empty): Promise<ModelsState>;
  downloadModel(req: DownloadModelRequest, opts?: StreamOptions<DownloadEvent>): Promise<DownloadedModel>;
  importModel(req: ImportModelRequest, opts?: StreamOptions<ImportModelEvent>): Promise<ModelInfo>;
  useModel(req: UseModelRequest): Promise<ModelsState>;
  removeModel(req: RemoveModelRequest): Promise<ModelsState>;
  importAdapter(req: ImportAdapterRequest): Promise<AdapterInfo>;
  removeAdapter(req: AdapterIdRequest): Promise<ModelsState>;
  addEndpoint(req: AddEndpointRequest): Promise<ModelsState>;
  removeEndpoint(req: EndpointNameRequest): Promise<ModelsState>;
  /** Installed models, model servers, the catalog and adapters as stored (`engram models list`, `engram adapters list`). */
  modelRegistry(req: Empty): Promise<ModelRegistry>;
  /** What a GGUF file on this computer holds (`engram models inspect`). */
  inspectModelFile(req: InspectModelFileRequest): Promise<ModelFileSummary>;
  /** Writes an operation's training examples as chat JSONL (`engram adapters export-dataset`). */
  exportDataset(req: ExportDatasetRequest): Promise<DatasetExport>;
  // settings and info
  getSettings(req: Empty): Promise<Record<string, unknown>>;
  setSettings(req: SetSettingsRequest): Promise<Record<string, unknown>>;
  stats(req: Empty): Promise<Stats>;
  info(req: Empty): Promise<Info>;
  // the memory engine on demand (`engram process`, `engram consolidate`)
  /** Turns the sources not yet processed into memories; progress in sources. */
  processSources(req: ProcessSourcesRequest, opts?: StreamOptions<ProcessEvent>): Promise<ProcessResult>;
  /** Merges near-duplicates, summarises old episodes, decays unrecalled memories (or says what it would do). */
  consolidate(req: ConsolidateRequest): Promise<ConsolidateResult>;
  // what background consolidation did
  lastConsolidation(req: Empty): Promise<ConsolidationNotice | null>;
  undoMerge(req: MemoryIdRequest): Promise<Memory>;
  // agents (MCP tools)
  remember(req: RememberRequest): Promise<RememberResult>;
  getEntity(req: GetEntityRequest): Promise<EntityDetail>;
  /** The entities the memories mention most (of one kind: the people, for name suggestions). */
  listEntities(req: ListEntitiesRequest): Promise<EntityList>;
  /** The user merges entity `from` into `into` (two names of one person); the engine never undoes it. */
  mergeEntities(req: MergeEntitiesRequest): Promise<EntityDetail>;
  /** The user splits entity `id`: `memoryIds` mention a new entity (named `name`); the engine never undoes it. */
  splitEntity(req: SplitEntityRequest): Promise<EntityDetail>;
  // notes and the vault
  /** The user rewrites a note; its memories are rebuilt. */
  editNote(req: EditNoteRequest): Promise<EditNoteResult>;
  vaultStatus(req: Empty): Promise<VaultStatus>;
  /** A secret added by hand: encrypted in the vault, with a `vault` memory naming it. */
  addVaultItem(req: AddVaultItemRequest): Promise<Memory>;
  revealVaultItem(req: RevealVaultItemRequest): Promise<RevealedSecret>;
  /** Model files on this computer to import (browser mode's picker). */
  findModelFiles(req: FindModelFilesRequest): Promise<ModelFileList>;
}

/** A memory that consolidation hid: merged into a near-duplicate, or summarised into an episode. */
export interface ConsolidatedMemory {
  memory: MemorySummary;
  kind: "merged" | "summarised";
  /** the memory that took its place (null when that one is gone too) */
  into: MemorySummary | null;
  /** the user has brought it back since (`undoMerge`) */
  restored: boolean;
}

/** `processSources`: which engine writes the memories (default `heuristic`; `llm` needs a chat model). */
export interface ProcessSourcesRequest {
  engine?: EngineKind;
}

/** Progress of `processSources`: sources processed of those to process. */
export type ProcessEvent = { type: "progress"; done: number; total: number };

/** What one `processSources` run did. */
export interface ProcessResult {
  engine: EngineKind;
  /** sources marked processed */
  sources: number;
  /** operations applied, per op */
  operations: Record<"ADD" | "UPDATE" | "INVALIDATE" | "NOOP", number>;
  /** memories added, per type */
  added: Record<MemoryType, number>;
  entities: number;
  edges: number;
  /** wall time, s */
  seconds: number;
}

/** `consolidate`: `dryRun` only reports; `now` (epoch ms) is the time ages and decay are measured from. */
export interface ConsolidateRequest {
  dryRun?: boolean;
  now?: number;
}

/** What a `consolidate` run did (or would do). */
export interface ConsolidateResult {
  dryRun: boolean;
  actions: Array<{ kind: "merge" | "summarise" | "decay"; memoryIds: number[]; resultId: number | null; description: string }>;
  merged: number;
  summarised: number;
  decayed: number;
}

/** `lastConsolidation`: what the latest consolidation run that hid memories did. `items`: up to 200
 * of the hidden memories; `merged`/`summarised`: how many in all; `decayed`: importances lowered. */
export interface ConsolidationNotice {
  /** when it ran, epoch ms */
  at: number;
  merged: number;
  summarised: number;
  decayed: number;
  items: ConsolidatedMemory[];
}

/** Names of all API methods. */
export type ApiMethod = keyof EngramApi;

/** Methods that stream events (second argument `StreamOptions`). */
export type StreamingMethod = "ask" | "chat" | "importFile" | "exportData" | "downloadModel" | "importModel" | "processSources";

/** Request type of a method. */
export type ApiRequest<M extends ApiMethod> = Parameters<EngramApi[M]>[0];
/** Result type of a method. */
export type ApiResult<M extends ApiMethod> = Awaited<ReturnType<EngramApi[M]>>;
/** Event type of a streaming method. */
export type ApiEvent<M extends StreamingMethod> = NonNullable<Parameters<EngramApi[M]>[1]> extends StreamOptions<infer E> ? E : never;

/** What a bridge call resolves to: the result, or the error (Electron IPC keeps only the message
 * of a thrown Error, so errors travel as values). */
export type BridgeReply<T> = { ok: true; value: T } | { ok: false; error: ApiErrorInfo };

/**
 * What the preload exposes as `window.engram` (desktop app): the same methods as `EngramApi`, but
 * each resolves to a `BridgeReply`, and `signal` cannot cross the context bridge: a streaming call
 * takes `{ onEvent, callId }` and `cancel(callId)` aborts it. renderer/api/ipc-client.ts turns
 * this back into an `EngramApi`.
 */
export type EngramBridge = {
  [M in ApiMethod]: M extends StreamingMethod
    ? (req: ApiRequest<M>, opts?: { onEvent?: (event: ApiEvent<M>) => void; callId?: string }) => Promise<BridgeReply<ApiResult<M>>>
    : (req: ApiRequest<M>) => Promise<BridgeReply<ApiResult<M>>>;
} & {
  cancel(callId: string): void;
  /** the path of a dropped/picked File (Electron `webUtils.getPathForFile`), "" when it has none */
  pathForFile(file: Blob): string;
  /** the system's open dialog (main process): the chosen file or folder, null when cancelled */
  pickPath(req: PickPathRequest): Promise<string | null>;
};

/** What the desktop app's open dialog asks for: a file (with the allowed extensions) or a folder. */
export interface PickPathRequest {
  title: string;
  kind: "file" | "folder";
  /** file name extensions without the dot, e.g. ["gguf"] */
  extensions?: string[];
}

/**
 * Google Hangouts' chat history as Google Takeout exported it (`Takeout/Hangouts/Hangouts.json`, kept by
 * many from before Hangouts closed in 2022) → a conversation per Hangouts conversation. The file is one JSON
 * object in either of two shapes:
 * - Takeout's since 2017: `{ "conversations": [ { "conversation": { "conversation_id": { "id" },
 *   "conversation": <details> }, "events": [ <event> … ] } ] }`;
 * - the older: `{ "continuation_end_timestamp", "conversation_state": [ { "conversation_id": { "id" },
 *   "response_header", "conversation_state": { "conversation_id", "conversation": <details>, "event": [
 *   <event> … ] } } ] }`.
 * A conversation's details: `{ id, type: "STICKY_ONE_TO_ONE" | "GROUP", name? (a group's), self_conversation_state:
 * { self_read_state: { participant_id: { gaia_id, chat_id } } … }, participant_data: [ { id: { gaia_id, chat_id },
 * fallback_name?, phone_number?: { e164, i18n_data: { international_number } } … } ] … }`. An event: `{ conversation_id,
 * sender_id: { gaia_id, chat_id }, timestamp (microseconds since 1970, a string), self_event_state: { user_id }, event_id,
 * event_type: "REGULAR_CHAT_MESSAGE" | "SMS" | "HANGOUT_EVENT" | "ADD_USER" | "REMOVE_USER" | "RENAME_CONVERSATION" …,
 * chat_message?: { message_content: { segment?: [ { type: "TEXT" | "LINK" | "LINE_BREAK", text, link_data?: {
 * link_target } } ], attachment?: [ { embed_item: { type: ["PLUS_PHOTO" | "PLACE_V2" …], plus_photo (the older
 * "embeds.PlusPhoto.plus_photo")?: { media_type: "PHOTO" | "ANIMATED_PHOTO" | "VIDEO", url … }, place_v2?: { name,
 * address: { postal_address_v2: { name } } … } }, id } ] } }, hangout_event?: { event_type: "START_HANGOUT" |
 * "END_HANGOUT", media_type?: "AUDIO_ONLY" | "AUDIO_VIDEO" | "VIDEO", hangout_duration_secs? }, membership_change?,
 * conversation_rename? }`. Checked against public readers of the file: hossain-khan/kotlin-google-hangouts-parser
 * (its Moshi models' documented samples and its README's redacted Hangouts.json of the 2017+ shape),
 * Dophin2009/hangouts-rs (its raw serde models of the 2017+ shape, which deny unknown fields: segments and
 * link_data, attachments' plus_photo and place_v2, hangout_event's media_type and hangout_duration_secs), a Go
 * reader's structs of the older shape (continuation_end_timestamp, response_header, conversation_state.event)
 * and several Python and JavaScript readers of both (the older attachment key "embeds.PlusPhoto.plus_photo").
 *
 * The file can be hundreds of MB: it is streamed (json-paths.ts `streamJsonPaths`), each conversation's details
 * and then each of its events kept one at a time, `response_header` and everything else read through, so
 * memory holds one read chunk, one event and the current conversation's turns. Each message is a turn of its
 * sender (their `fallback_name`, else a phone number, else a name another conversation gave their id) at its
 * time: its segments' words (a line break a new line; a link its text, its target after it when the text is
 * no address), then a photo, a video, a place or another attachment said as shared ("[shared a photo]"). The
 * user is the archive's owner (`self_read_state`'s participant, else the events' `self_event_state.user_id`):
 * their messages are role "user" (`--me` names them besides, import.ts). A finished video or voice call
 * (END_HANGOUT with its length) is said briefly as its starter's turn ("[video call, 47 minutes]"). Passed
 * over: a call's start, members added or removed, renames and any other event with no message; messages with
 * no words and no attachment; a conversation with no message.
 */
import { NO_TEXT } from "../notes/note.js";
import { durationWords, listed } from "../kit/record-words.js";
import { type PathChoice, type PathKey, streamJsonPaths, type ValueKind } from "../kit/json-paths.js";
import { MAX_MESSAGE_CHARS } from "../kit/passages.js";
import { ImportError, type ParsedConversation, type ParsedTurn } from "../kit/types.js";
import { formatPath, nonBlank } from "../kit/validate.js";
import { inImportRange } from "../../time/import-dates.js";
import { shown } from "./meta-download.js";

/** How far into a file's start its first conversation's words are looked for (characters). */
const HEAD_CHARS = 16_384;

/**
 * Whether `head` (a file's start, from its '{') is a Hangouts.json: an object opening with its `"conversations"`
 * array whose first item opens with `"conversation": { "conversation_id"` (or that is empty), or with the older
 * shape's `"continuation_end_timestamp"` or `"conversation_state"` array whose first item opens with its
 * `"conversation_id"`.
 */
export function isHangoutsExport(head: string): boolean {
  const start = head.slice(0, HEAD_CHARS);
  return (
    /^\{\s*"conversations"\s*:\s*\[\s*(?:\]|\{\s*"conversation"\s*:\s*\{\s*"conversation_id"\s*:)/.test(start) ||
    /^\{\s*(?:"continuation_end_timestamp"\s*:\s*(?:"\d*"|\d+)\s*,\s*)?"conversation_state"\s*:\s*\[\s*(?:\]|\{\s*"conversation_id"\s*:)/.test(start)
  );
}

/** A participant id as Hangouts writes one. */
interface ParticipantId {
  gaia_id?: unknown;
  chat_id?: unknown;
}

/** A conversation's details (the fields read here). */
interface Details {
  id?: { id?: unknown } | null;
  type?: unknown;
  name?: unknown;
  self_conversation_state?: { self_read_state?: { participant_id?: ParticipantId | null } | null } | null;
  participant_data?: unknown;
}

/** A message or a finished call, its sender not yet named: who (their id), when, its words, its event's id. */
interface Draft {
  from: string;
  at: number;
  text: string;
  id: string | null;
  call?: { media: string | null; seconds: number };
}

/** A conversation being read: its index in the file's list, its id and details when read, the owner its events name, its drafts. */
interface Reading {
  index: number;
  id: string | null;
  details: Details | null;
  self: string | null;
  drafts: Draft[];
}

/** A participant id's `gaia_id` (else its `chat_id`), or null. */
function idOf(p: ParticipantId | null | undefined): string | null {
  return p && typeof p === "object" ? (nonBlank(p.gaia_id) ?? nonBlank(p.chat_id)) : null;
}

/** A link segment's words: its text, and its target after it when the text is no address ("the gift list (https://…)"). */
function linkWords(text: string, target: string | null): string {
  if (!target || target === text || /^(?:https?:\/\/|www\.)/i.test(text.trim()) || !/^https?:\/\//i.test(target)) return text;
  return `${text} (${target})`;
}

/** What an attachment shares, in words: "a photo", "a video", "a GIF", "a place: The Swan, Durham", else "an attachment". */
function attachmentWords(attachment: unknown): string {
  const item = (attachment as { embed_item?: Record<string, unknown> } | null)?.embed_item;
  if (!item || typeof item !== "object") return "an attachment";
  const types = Array.isArray(item.type) ? item.type : [];
  const photo = (item.plus_photo ?? item["embeds.PlusPhoto.plus_photo"]) as { media_type?: unknown } | undefined;
  if (types.includes("PLUS_PHOTO") || photo) {
    const media = photo?.media_type;
    return media === "VIDEO" ? "a video" : media === "ANIMATED_PHOTO" ? "a GIF" : "a photo";
  }
  const place = item.place_v2 as { name?: unknown; address?: { postal_address_v2?: { name?: unknown } } } | undefined;
  if (types.includes("PLACE_V2") || place) {
    const where = [nonBlank(place?.name), nonBlank(place?.address?.postal_address_v2?.name)].filter((w): w is string => w !== null);
    return where.length ? `a place: ${[...new Set(where)].join(", ")}` : "a place";
  }
  return "an attachment";
}

/** A chat message's words: its segments' text, then each attachment said as shared; "" for none. */
function messageWords(content: { segment?: unknown; attachment?: unknown } | null | undefined): string {
  const segments = content && typeof content === "object" && Array.isArray(content.segment) ? (content.segment as Array<Record<string, unknown>>) : [];
  const attachments = content && typeof content === "object" && Array.isArray(content.attachment) ? (content.attachment as unknown[]) : [];
  let text = "";
  for (const s of segments) {
    if (!s || typeof s !== "object") continue;
    const words = typeof s.text === "string" ? s.text : "";
    if (s.type === "LINE_BREAK") text += "\n";
    else if (s.type === "LINK") text += linkWords(words, nonBlank((s.link_data as { link_target?: unknown } | null)?.link_target));
    else text += words;
  }
  const shared = attachments.map((a) => `[shared ${attachmentWords(a)}]`);
  return [text.replace(/\r\n?/g, "\n").trim(), ...shared].filter(Boolean).join("\n");
}

/** A call's kind, in words, by its `media_type`: a voice call, a video call, else a call. */
function callKind(media: string | null): string {
  return media === "AUDIO_ONLY" ? "voice call" : media === "AUDIO_VIDEO" || media === "VIDEO" ? "video call" : "call";
}

/**
 * Event `value` (at `where`) as a draft: a message with words or an attachment, or a finished call with its
 * length; null for anything else. Records its `self_event_state.user_id` in `reading` when it names one.
 * @throws ImportError naming `where` and the field: no sender, a `timestamp` that is no time from 1970 to 2199,
 *   a message longer than MAX_MESSAGE_CHARS.
 */
function draftOf(file: string, value: unknown, where: string, reading: Reading): Draft | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new ImportError(file, where, `expected an event (an object), got ${shown(value)}`);
  const e = value as {
    sender_id?: ParticipantId;
    timestamp?: unknown;
    event_id?: unknown;
    self_event_state?: { user_id?: ParticipantId } | null;
    chat_message?: { message_content?: { segment?: unknown; attachment?: unknown } | null } | null;
    hangout_event?: { event_type?: unknown; media_type?: unknown; hangout_duration_secs?: unknown } | null;
  };
  reading.self ??= idOf(e.self_event_state?.user_id);
  const call = e.hangout_event?.event_type === "END_HANGOUT" ? Number(e.hangout_event.hangout_duration_secs) : Number.NaN;
  const text = e.chat_message ? messageWords(e.chat_message.message_content) : "";
  if (!text && !(call > 0)) return null;
  const from = idOf(e.sender_id);
  if (!from) throw new ImportError(file, `${where}.sender_id`, `expected the sender's id ({ "gaia_id", "chat_id" }), got ${shown(e.sender_id)}`);
  const us =
    typeof e.timestamp === "string" && /^\d{1,17}$/.test(e.timestamp) ? Number(e.timestamp) : typeof e.timestamp === "number" ? e.timestamp : Number.NaN;
  const at = Math.floor(us / 1000);
  if (!Number.isSafeInteger(at) || !inImportRange(at))
    throw new ImportError(file, `${where}.timestamp`, `expected microseconds since 1970 (1970 to 2199), got ${shown(e.timestamp)}`);
  if (text.length > MAX_MESSAGE_CHARS)
    throw new ImportError(
      file,
      where,
      `the message is ${text.length.toLocaleString("en-US")} characters long; the largest message Engram imports is ${MAX_MESSAGE_CHARS.toLocaleString("en-US")} characters (shorten it or remove it from the file)`,
    );
  const id = nonBlank(e.event_id);
  if (text) return { from, at, text, id };
  const media = nonBlank(e.hangout_event?.media_type);
  return { from, at, id, text: `[${callKind(media)}, ${durationWords(call)}]`, call: { media, seconds: call } };
}

/** The participants of `details`, in its order, each by id with their name: their `fallback_name`, else their phone number as Hangouts writes it, else null. */
function participantsOf(details: Details | null): Map<string, string | null> {
  const people = new Map<string, string | null>();
  for (const p of Array.isArray(details?.participant_data) ? (details.participant_data as Array<Record<string, unknown>>) : []) {
    const id = idOf(p?.id as ParticipantId | undefined);
    const phone = p?.phone_number as { e164?: unknown; i18n_data?: { international_number?: unknown } } | undefined;
    if (id) people.set(id, nonBlank(p?.fallback_name) ?? nonBlank(phone?.i18n_data?.international_number) ?? nonBlank(phone?.e164));
  }
  return people;
}

/**
 * The conversation `reading` made, its speakers named by its participants (else by `known`, the names other
 * conversations gave; else "Hangouts user <id>"); null when it has no message. Adds its names to `known`.
 * @throws ImportError naming the conversation: no conversation id.
 */
function finished(file: string, list: string, reading: Reading, known: Map<string, string>): ParsedConversation | null {
  const people = participantsOf(reading.details);
  for (const [id, name] of people) if (name) known.set(id, name);
  if (!reading.drafts.length) return null;
  if (!reading.id) throw new ImportError(file, `${list}[${reading.index}]`, "expected the conversation's id (conversation_id.id)");
  const self = idOf(reading.details?.self_conversation_state?.self_read_state?.participant_id) ?? reading.self;
  const nameOf = (id: string) => people.get(id) ?? known.get(id) ?? (id === self ? "User" : `Hangouts user ${id}`);
  const turns: ParsedTurn[] = reading.drafts.map((d) => ({
    externalId: d.id,
    speaker: nameOf(d.from),
    role: d.from === self ? "user" : "other",
    occurredAt: d.at,
    text: d.text,
    metadata: d.call ? { call: d.call } : {},
  }));
  turns.sort((a, b) => a.occurredAt - b.occurredAt);
  const participants = [...new Set(turns.map((t) => t.speaker))];
  const others = [...people.keys()].filter((id) => id !== self).map(nameOf);
  const spoke = [...new Set(reading.drafts.filter((d) => d.from !== self).map((d) => nameOf(d.from)))];
  const title = nonBlank(reading.details?.name) ?? (listed(others.length ? others : spoke) || "Hangouts chat");
  return { format: "hangouts", externalId: `hangouts:${reading.id}`, title, participants, startedAt: turns[0]!.occurredAt, turns };
}

/**
 * What to read at `path` (of kind `kind`) of either shape ({@link streamJsonPaths}): the list of conversations
 * entered, each conversation entered, its id and details kept, its events entered and each kept; the rest read
 * through. A value of the wrong kind at a place entered is kept, to be refused naming its place.
 */
function choose(path: readonly PathKey[], kind: ValueKind): PathChoice {
  const enter = (want: ValueKind): PathChoice => (kind === want ? "enter" : "keep");
  const [list, , key, inner] = path;
  if (path.length === 0) return enter("object");
  if (list !== "conversations" && list !== "conversation_state") return "skip";
  if (path.length === 1) return enter("array");
  if (path.length === 2) return enter("object");
  if (list === "conversations") {
    if (key === "conversation") return "keep";
    if (key !== "events") return "skip";
    return path.length === 3 ? enter("array") : "keep";
  }
  if (key === "conversation_id") return path.length === 3 ? "keep" : "skip";
  if (key !== "conversation_state") return "skip";
  if (path.length === 3) return enter("object");
  if (inner === "conversation") return "keep";
  if (inner !== "event") return "skip";
  return path.length === 4 ? enter("array") : "keep";
}

/**
 * Reads `file`, a Hangouts.json of Google Takeout (told by its start: {@link isHangoutsExport}), as one
 * conversation per Hangouts conversation with a message, in the file's order, each as it is read (format
 * `hangouts`, externalId `hangouts:<conversation id>`, so a later Takeout adds only what is new; title a group's
 * name, else the other people's names, "Emma Hart"; each message a turn of its sender, the owner's role "user";
 * turn externalId the event's `event_id`; metadata `{ call: { media, seconds } }` for a call). What is read and
 * passed over: the module's comment.
 * @throws ImportError naming the file and where: the stream's own errors (byte, line and column: invalid JSON,
 *   a cut file); no list of conversations, or one, a conversation or its events of the wrong kind
 *   (`conversations[2].events`); an event that is no object, with no sender, or whose `timestamp` is no time
 *   (`conversations[2].events[7].timestamp`); a message over MAX_MESSAGE_CHARS; a conversation with a message and
 *   no id; an archive with no message at all ({@link NO_TEXT}: a folder passes it over).
 */
export async function* parseHangouts(
  file: string,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {},
): AsyncGenerator<ParsedConversation> {
  const known = new Map<string, string>();
  let reading: Reading | null = null;
  let list: string | null = null;
  let read = 0;
  let seen = 0;
  for await (const { path, value } of streamJsonPaths(file, { choose, onProgress: opts.onProgress })) {
    const where = formatPath(path);
    if (path.length === 0) throw new ImportError(file, "byte 0", `expected Hangouts.json's object ({ "conversations": [ … ] }), got ${shown(value)}`);
    list = path[0] as string;
    if (path.length === 1) throw new ImportError(file, where, `expected the list of conversations (an array), got ${shown(value)}`);
    const index = path[1] as number;
    if (reading !== null && reading.index !== index) {
      const conv = finished(file, list, reading, known);
      reading = null;
      if (conv) {
        read++;
        yield conv;
      }
    }
    if (path.length === 2) throw new ImportError(file, where, `expected a conversation (an object), got ${shown(value)}`);
    if (reading === null) seen++;
    reading ??= { index, id: null, details: null, self: null, drafts: [] };
    // (an event's place: conversations[i].events[j], or the older conversation_state[i].conversation_state.event[j])
    const eventAt = list === "conversations" ? 4 : 5;
    const deep = path[eventAt - 2];
    if (path.length === eventAt) {
      const draft = draftOf(file, value, where, reading);
      if (draft) reading.drafts.push(draft);
    } else if (path.length === 3 && path[2] === "conversation_id") {
      reading.id ??= nonBlank((value as { id?: unknown } | null)?.id);
    } else if (path.length === eventAt - 1 && deep === "conversation") {
      const header = value as { conversation_id?: { id?: unknown }; conversation?: Details; id?: { id?: unknown } } | null;
      if (!header || typeof header !== "object" || Array.isArray(header))
        throw new ImportError(file, where, `expected the conversation (an object), got ${shown(value)}`);
      const details = list === "conversations" ? (header.conversation ?? null) : (header as Details);
      reading.details = details && typeof details === "object" ? details : null;
      reading.id = nonBlank(header.conversation_id?.id) ?? nonBlank(reading.details?.id?.id) ?? reading.id;
    } else {
      // (a value of the wrong kind the chooser kept: the older shape's conversation_state, or the events)
      const what = path.length === 3 && list === "conversation_state" ? "the conversation's state (an object)" : "its events (an array)";
      throw new ImportError(file, where, `expected ${what}, got ${shown(value)}`);
    }
  }
  if (reading !== null && list !== null) {
    const conv = finished(file, list, reading, known);
    if (conv) {
      read++;
      yield conv;
    }
  }
  if (read === 0)
    throw new ImportError(
      file,
      list ?? "conversations",
      `${NO_TEXT}: a Hangouts archive with no message in it${seen ? ` (${seen} conversation${seen === 1 ? "" : "s"}, none with a message)` : ""}`,
    );
}

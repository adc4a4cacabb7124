// What a conversation's title says its talk is of (a note's, a recorded meeting's, a commented post's, a
// group chat's name), and whether a source is words the user wrote down themself.
import { DAY_NAMES, MONTH_NAMES } from "../time/mentions.js";
import type { SourceBatch } from "./extractor.js";
import { fileStem } from "./note-context.js";

/** Whether a source is words the user wrote down themself: a note's file, or a memory typed in. */
export function isWritten(source: SourceBatch["turns"][number]["source"]): boolean {
  return source.kind === "file" || source.kind === "manual";
}

/**
 * The title a note's writer gave it: its first heading ("# Banana bread"), or the name of its file
 * when that names it, as an Obsidian vault's notes are named ("People/Marcus.md" → "Marcus"; its
 * folder is not kept); null for any other conversation, for a note titled only by its day ("5 November
 * 2026", a Roam daily page), and for a note whose file names only a day or nothing ("2026-10-05.md",
 * "Untitled.md", "notes.txt").
 */
export function noteTitle(conversation: SourceBatch["conversation"]): string | null {
  if (conversation?.format !== "note" || !conversation.title) return null;
  if (!/\.\w{1,5}$/.test(conversation.title)) return ONLY_A_DAY.test(conversation.title) ? null : conversation.title;
  const stem = fileStem(conversation.title);
  return /\p{L}{2}/u.test(stem) && !UNNAMED_FILE.test(stem) ? stem : null;
}

/** Formats of an AI assistant's exported chats, each named by its app (ChatGPT names a chat by its first exchange). */
const AI_CHATS = new Set(["chatgpt", "claude", "deepseek"]);
/** A name an AI chat has before it is named: "New chat", "Untitled", "New conversation". */
const UNNAMED_AI_CHAT = /^(?:new\s+(?:chat|conversation)|untitled(?:\s+(?:chat|conversation))?|chat|conversation)$/i;

/**
 * The name an AI assistant's app gave an exported chat ("Japan trip itinerary", "Peanut allergy snacks"),
 * or null for any other conversation and for a chat it never named ("New chat").
 */
export function aiChatTitle(conversation: SourceBatch["conversation"]): string | null {
  if (!conversation || !AI_CHATS.has(conversation.format) || !conversation.title) return null;
  return UNNAMED_AI_CHAT.test(conversation.title.trim()) ? null : conversation.title.trim();
}

/**
 * A recorded meeting's topic, as its transcript's or its saved chat's title gives it ("Weekly design
 * sync", "Checkout study recruitment with Lumen Research"; core/ingest/captions.ts, zoomchat.ts), or
 * null for a meeting it does not name ("Zoom meeting", "Recording 2", "Zoom meeting chat, 6 October 2026"): what is said in a meeting is said of its topic, as a note's
 * paragraph is of the note's title, and is asked about by its words ("How much is Lumen's quote?" of
 * "Sofia Lindqvist's quote is £3,400", said in the meeting with Lumen Research).
 */
export function meetingTitle(conversation: SourceBatch["conversation"]): string | null {
  if ((conversation?.format !== "captions" && conversation?.format !== "zoomchat") || !conversation.title) return null;
  return UNNAMED_MEETING.test(conversation.title) ? null : conversation.title;
}

/**
 * The post a thread of comments is under, as its title gives it (core/ingest/wordpress.ts: `Comments on
 * "Stove-top soda bread"`), or null: what a comment says is said of its post ("What did Jo add to the
 * soda bread?" of Jo's "Made this, I added a handful of grated cheddar").
 */
export function commentedPost(conversation: SourceBatch["conversation"]): string | null {
  if (conversation?.format !== "wordpress" || !conversation.title) return null;
  return /^Comments on "(.+)"$/.exec(conversation.title)?.[1] ?? null;
}

/**
 * The name a group chat of three people or more, or a server's channel, was given ("Just Eat product
 * alumni", "Hiking club", "#hackathon-team (UoM Code Club)"), or null: for a chat of two, one titled only by its people's names ("Ella, Tom and Chloe"), a
 * channel's stock name ("general", "random"), a transcript's (titled by its file) and any conversation
 * that is no chat app's (a note, a meeting, a blog's comments, Engram's own).
 */
export function groupName(batch: SourceBatch): string | null {
  const c = batch.conversation;
  // (a server's channel, "#hackathon-team (UoM Code Club)", is a group whoever of it the export shows: a Discord
  // data package holds only the user's own messages)
  if (!c?.title || !NAMED_GROUPS.has(c.format) || (batch.participants.length < 3 && !c.title.startsWith("#"))) return null;
  const title = c.title.replace(/^#/, "").trim();
  // (a server's channel, "general (Weekend Crew)", is named by the channel)
  if (STOCK_CHANNEL.test(title.replace(/\s*\([^)]*\)$/, ""))) return null;
  const names = new Set(batch.participants.flatMap((p) => p.toLowerCase().split(/\s+/)));
  const words = title.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.length > 0 && !words.every((w) => names.has(w) || w === "and") ? title : null;
}

/** Chat apps whose export gives a group chat the name its people gave it (an IRC channel's, "#tidepool"; a transcript's title is its file's name). */
const NAMED_GROUPS = new Set([
  "telegram",
  "line",
  "slack",
  "discord",
  "googlechat",
  "messenger",
  "linkedin",
  "reddit",
  "imessage",
  "sms",
  "skype",
  "snapchat",
  "matrix",
  "signal",
  "kakaotalk",
  "irc",
]);

/** A channel's stock name, which says nothing of its talk. */
const STOCK_CHANNEL = /^(?:general|random|chat|main|lobby|off-?topic|announcements?|welcome|introductions?|group(?:\s+chat)?|untitled)$/i;

/** Meeting titles that name no topic: an app's default, a recording's number. */
const UNNAMED_MEETING =
  /^(?:(?:zoom|teams|otter|google\s+meet|webex)\s+)?(?:meeting|call|recording|transcript|audio|video|untitled)(?:\s*\d+|\s+chat,\s+.+)?$/i;

/** A title that is only a day: "5 November 2026", "Thursday 5 November 2026", "November 5th, 2026". */
const ONLY_A_DAY = new RegExp(
  `^(?:(?:${DAY_NAMES}),?\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH_NAMES})|(?:${MONTH_NAMES})\\s+\\d{1,2}(?:st|nd|rd|th)?),?\\s+\\d{4}$`,
  "i",
);

/** File names that name no note ("Untitled", "notes", "New note 2"). */
const UNNAMED_FILE = /^(?:untitled|new\s+note|notes?|text|document|file|draft|scratch|temp|tmp)(?:\s*\d+)?$/i;

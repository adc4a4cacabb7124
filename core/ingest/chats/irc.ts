/**
 * IRC logs as the clients write them → a conversation per channel (or private query) and day. Read:
 * WeeChat's logger, irssi's autolog, HexChat's logs, ZNC's log module and The Lounge's text logs, each
 * told by its first lines and read line by line (irc-lines.ts says each client's lines and what they
 * were checked against); where a log is, its network and its channel, is told by its path as each
 * client names it by default:
 * - WeeChat: `~/.local/share/weechat/logs/irc.libera.#tidepool.weechatlog` (the mask
 *   `$plugin.$name.weechatlog`, lower-cased), a query `irc.libera.alice.weechatlog`, the server's buffer
 *   `irc.server.libera.weechatlog`, WeeChat's own `core.weechat.weechatlog`;
 * - irssi: `~/irclogs/libera/#tidepool.log` (`autolog_path` `~/irclogs/$tag/$0.log`, the target
 *   lower-cased);
 * - HexChat: `~/.config/hexchat/logs/libera.chat/#tidepool.log` (`%n/%c.log`, both lower-cased), the
 *   server's tab `server.log`;
 * - ZNC: `moddata/log/libera/#tidepool/2026-11-03.log` (`$NETWORK/$WINDOW/%Y-%m-%d.log`, the window
 *   lower-cased; a network's module `…/networks/libera/moddata/log/#tidepool/…`), its status window
 *   `status/`;
 * - The Lounge: `logs/<user>/libera.chat-<part of a UUID>/#tidepool.log`, its network's lobby
 *   `libera.chat.log`.
 * A file named otherwise is read as the channel its name says, of no network.
 *
 * What is said is a turn of whoever said it: a message, an action ("* cmurphy is writing the guide",
 * told as "cmurphy is writing the guide", metadata `irc.action`), and a topic its setter chose (a change,
 * or the topic shown on joining when the next line names its setter and it is not the topic last told:
 * `Topic of #tidepool: …`, metadata `irc.topic`). Joins, parts, quits, kicks, modes, notices, the
 * server's and the client's own lines are no one's words, passed over. A nick is named by its first
 * nick in the file ("bjorn_", after "bjorn is now known as bjorn_", is "bjorn"; metadata `irc.nick` the
 * nick written), its mode taken off ("@alice" is "alice"); IRC's formatting codes are taken off.
 *
 * The user: `--me NICK` (and every nick they changed to), the nick "You are now known as" names, and in a
 * private query whoever is not the query's nick (once that nick has spoken in the log: a channel's log
 * renamed is no query); their turns are role "user", everyone else's "other". A query's other turns are
 * said to the user (`letter`, memory/letters.ts: its "you" is the user's), and
 * so is a channel's message that opens by naming the user ("kestrel: I can review your patch"), that name
 * taken off; a message opening with another's name keeps it, that nick its metadata `irc.to`.
 *
 * Times are the clock each client wrote (WeeChat 4.8's and The Lounge's UTC, the others' the computer's
 * or the bouncer's own clock, read as UTC as every time with no zone is); irssi's day is its last "Log
 * opened" or "Day changed" line's, HexChat's year its last BEGIN LOGGING's, ZNC's day its file's name's
 * (else the day its file was last written, on this computer's clock). A day's turns are held until the
 * next day's first, so memory holds one day of one channel.
 */
import { stat } from "node:fs/promises";
import { basename, dirname } from "node:path";
import { DAY, inImportRange, utcDay } from "../../time/import-dates.js";
import { fileLines } from "../kit/bytes.js";
import { fileStart } from "../kit/file-start.js";
import { addMessageLine, type MessageDraft } from "../kit/passages.js";
import { keyedByTime } from "../kit/time-keys.js";
import { ImportError, type ParsedConversation, type ParsedTurn, type ReadOptions } from "../kit/types.js";
import { dayMs, type IrcDialect, type IrcStamp, ircDialectOf, ircLine } from "./irc-lines.js";
import { onThisClock } from "./zoomchat.js";

export { ircDialectOf };

/** Each client's name, for what is said of its files. */
const CLIENT: Record<IrcDialect, string> = { weechat: "WeeChat", irssi: "irssi", hexchat: "HexChat", znc: "ZNC", lounge: "The Lounge" };
/** A line of each client's log, for errors. */
const EXAMPLE: Record<IrcDialect, string> = {
  weechat: '"2026-11-03 18:42:07<TAB>alice<TAB>hello"',
  irssi: '"18:42 < alice> hello"',
  hexchat: '"Nov 03 18:42:07 <alice><TAB>hello"',
  znc: '"[18:42:07] <alice> hello"',
  lounge: '"[2026-11-03T18:42:07.000Z] <alice> hello"',
};
/** What each client calls its buffer of the server. */
const SERVER_BUFFER: Record<IrcDialect, string> = {
  weechat: "server buffer",
  irssi: "status window",
  hexchat: "server tab",
  znc: "status window",
  lounge: "network lobby",
};
/** IRC's formatting codes (bold, colours, italics, reverse, reset …) and the ANSI colours of WeeChat's `color_lines`. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: IRC's formatting codes are control characters
const FORMATTING = /\x03(?:\d{1,2}(?:,\d{1,2})?)?|\x04(?:[0-9a-fA-F]{6}(?:,[0-9a-fA-F]{6})?)?|[\x02\x0f\x11\x16\x1d\x1e\x1f]|\x1b\[[0-9;]*m/g;
/** A channel's name: what a channel's first character is. */
const CHANNEL = /^[#&!+]/;
/** A message that opens by naming whom it is said to: the nick (1), the rest (2). */
const ADDRESSED = /^([^\s:,]+)[:,]\s+(\S[\s\S]*)$/;
/** A file a ZNC log module writes a day to: its day in its name (groups 1–3), "2026-11-03.log", or "…_20261103.log". */
const ZNC_DAY = /(?:^|_)(\d{4})-?(\d{2})-?(\d{2})$/;

/**
 * Where a log is, told by its path: its network (lower case, null when unknown), its buffer's name (lower
 * case), what the buffer is (a channel, a private query, the server's; "unknown" for a file named by no
 * client's scheme, read as a channel), and the day a ZNC file's name says (UTC midnight).
 */
export interface IrcBuffer {
  network: string | null;
  name: string;
  kind: "channel" | "query" | "server" | "unknown";
  day: number | null;
}

/** Whether `head` (a file's start) is an IRC client's log ({@link ircDialectOf}). */
export function isIrcLog(head: string): boolean {
  return ircDialectOf(head) !== null;
}

/** A buffer's kind by its name: a channel, a query (a nick), or the server's when it is named so. */
function kindOf(name: string, server: boolean): IrcBuffer["kind"] {
  return server ? "server" : CHANNEL.test(name) ? "channel" : "query";
}

/**
 * Where the log `file` is ({@link IrcBuffer}), told by its path as each client names its logs (see the
 * module comment): WeeChat's `irc.<server>.<buffer>.weechatlog`; ZNC's `<network>/<window>/<day>.log`;
 * irssi's, HexChat's and The Lounge's `<network>/<buffer>.log` (The Lounge's folder its network and a part
 * of a UUID, `libera.chat-4f3c-8d2e-0c5a7b11aaaa`). A server's buffer: WeeChat's `irc.server.*` or any
 * other plugin's, HexChat's `server.log`, ZNC's `status` window, The Lounge's lobby (its network's name).
 */
export function ircBufferOf(file: string, dialect: IrcDialect): IrcBuffer {
  const name = basename(file).toLowerCase();
  const folder = basename(dirname(file)).toLowerCase();
  const weechat = /^(.+)\.weechatlog$/.exec(name);
  if (weechat) {
    const stem = weechat[1]!;
    const server = /^irc\.server\.(.+)$/.exec(stem);
    if (server) return { network: server[1]!, name: server[1]!, kind: "server", day: null };
    if (!stem.startsWith("irc.")) return { network: null, name: stem, kind: "server", day: null };
    const rest = stem.slice(4);
    // (a channel's name may hold dots, a nick none: "irc.libera.#python.de", "irc.libera.alice")
    const at = rest.search(/\.[#&!+]/);
    const dot = at >= 0 ? at : rest.lastIndexOf(".");
    if (dot <= 0) return { network: null, name: rest, kind: kindOf(rest, false), day: null };
    const buffer = rest.slice(dot + 1);
    return { network: rest.slice(0, dot), name: buffer, kind: kindOf(buffer, false), day: null };
  }
  // (a file named by no client's scheme: the channel its name says, of no network)
  if (!/\.log$/.test(name)) {
    const named = name.replace(/\.[^.]*$/, "");
    return { network: null, name: named || name, kind: CHANNEL.test(named) ? "channel" : "unknown", day: null };
  }
  const stem = name.replace(/\.log$/, "");
  const day = dialect === "znc" ? ZNC_DAY.exec(stem) : null;
  if (day) {
    const ms = dayMs(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
    const dated = Number.isNaN(ms) ? null : ms;
    const named = stem.slice(0, day.index);
    if (named) return { network: null, name: named, kind: kindOf(named, false), day: dated };
    // (a user's or the whole ZNC's module: <network>/<window>/; a network's: networks/<network>/moddata/log/<window>/)
    const up = dirname(dirname(file));
    const network = (basename(up) === "log" && basename(dirname(up)) === "moddata" ? basename(dirname(dirname(up))) : basename(up)).toLowerCase();
    return { network: network || null, name: folder, kind: kindOf(folder, folder === "status"), day: dated };
  }
  const network = dialect === "lounge" ? folder.replace(/-[0-9a-f]{0,8}(?:-[0-9a-f]{1,12}){1,4}$/, "") : folder;
  const server = (dialect === "hexchat" && stem === "server") || (dialect === "lounge" && stem === network);
  return { network: network || null, name: stem, kind: kindOf(stem, server), day: null };
}

/** The words of a line: IRC's formatting codes taken off, its white space at the ends. */
function wordsOf(text: string): string {
  return text.replace(FORMATTING, "").trim();
}

/**
 * The nicks of one log: each nick's name (its first nick in the file, through its changes) and which are
 * the user's (`me`, the nicks the user changed to, "You are now known as").
 */
class Nicks {
  private readonly names = new Map<string, string>();
  private readonly users = new Set<string>();
  private current: string | null;

  /** @param me the user's nick (`--me`), or undefined */
  constructor(me: string | undefined) {
    this.current = me?.trim() || null;
    if (this.current) this.users.add(this.current.toLowerCase());
  }

  /** The name of `nick`: its first nick in the file. */
  nameOf(nick: string): string {
    return this.names.get(nick.toLowerCase()) ?? nick;
  }

  /** `from` is now known as `to` (`from` null: the user is now known as `to`). */
  changed(from: string | null, to: string): void {
    const was = from ?? this.current;
    const name = was ? this.nameOf(was) : to;
    if (name.toLowerCase() === to.toLowerCase()) this.names.delete(to.toLowerCase());
    else this.names.set(to.toLowerCase(), name);
    if (from === null) this.users.add(name.toLowerCase());
    if (from === null || (this.current && from.toLowerCase() === this.current.toLowerCase())) this.current = to;
  }

  /** Whether the nick named `name` ({@link nameOf}) is the user's. */
  isUser(name: string): boolean {
    return this.users.has(name.toLowerCase());
  }
}

/** A day's turns of the buffer being read, and its day as written (YYYY-MM-DD). */
interface Day {
  day: string;
  turns: ParsedTurn[];
}

/**
 * Reads `file`, an IRC client's log (see the module comment), a conversation per day (format `irc`;
 * externalId `irc:<network>/<buffer>:<YYYY-MM-DD>`, "irc:libera/#tidepool:2026-11-03", or
 * `irc:<buffer>:<day>` when its network is unknown, so a later log of the same day, or the same file
 * grown, adds only what is new; title the channel's name, "#tidepool", or a query's nick), yielded as
 * each day ends. Each turn (see the module comment) has externalId its time, ISO 8601
 * ("2026-11-03T18:42:07.000Z", "…#2" for a second turn in the same second, keyedByTime) and metadata `{
 * line, irc?: { action, topic, nick, to }, letter? }`. A server's buffer yields nothing. `opts.me` names
 * the user's nick; `onProgress` gets the bytes read.
 * @throws ImportError naming the file and line: a first line of no client's log (`line 1: expected an IRC
 *   client's log …`); a line that is none of its client's (`line N: expected a line of WeeChat's log like
 *   "…", got "…"`); a time or a day that is none ("2026-02-30", "25:10"); irssi's message before its first
 *   "--- Log opened"; a time outside 1970–2199; The Lounge's message over passages.ts MAX_MESSAGE_CHARS;
 *   `line N (byte M)` for bytes that are not UTF-8.
 */
export async function* parseIrc(file: string, opts: ReadOptions & { me?: string } = {}): AsyncGenerator<ParsedConversation> {
  const info = await stat(file);
  const dialect = ircDialectOf(fileStart(file, 16_384) ?? "", true);
  if (!dialect)
    throw new ImportError(
      file,
      "line 1",
      'expected an IRC client\'s log: WeeChat\'s ("2026-11-03 18:42:07<TAB>alice<TAB>hello"), irssi\'s ("--- Log opened …"), HexChat\'s ("**** BEGIN LOGGING AT …"), ZNC\'s ("[18:42:07] <alice> hello") or The Lounge\'s',
    );
  const buffer = ircBufferOf(file, dialect);
  const saved = onThisClock(Math.floor(info.mtimeMs));
  const nicks = new Nicks(opts.me);
  const talk = new Talk(buffer, nicks);
  // (irssi's day so far, from its headers; ZNC's, its file's; HexChat's year and month, from its header)
  let day: number | null = dialect === "znc" ? (buffer.day ?? utcDay(saved)) : null;
  let begun: { year: number; month: number } | null = null;
  let held: { line: number; stamp: IrcStamp; topic: string } | null = null;
  // (the message The Lounge's further lines, "| …", go on)
  let last: (MessageDraft & { turn: ParsedTurn }) | null = null;
  let current: Day | null = null;
  const input = fileLines(file, info.size, opts.onProgress);
  let n = 0;
  /** The time of a stamp on line `n` (epoch ms), from the day or year so far. */
  const timeOf = (stamp: IrcStamp): number => {
    if ("at" in stamp) return stamp.at;
    if ("month" in stamp) {
      if (stamp.month < 0) return Number.NaN;
      const year = begun ? begun.year + (stamp.month < begun.month ? 1 : 0) : new Date(saved).getUTCFullYear();
      const at = dayMs(year, stamp.month, stamp.day) + stamp.clock;
      // (no header: the year that puts the line at or before the file was last written)
      return !begun && at > saved + DAY ? dayMs(year - 1, stamp.month, stamp.day) + stamp.clock : at;
    }
    if (day === null) throw new ImportError(file, `line ${n}`, 'a line before the log\'s first day (irssi opens its log with "--- Log opened …")');
    return day + stamp.clock;
  };
  try {
    for await (const raw of input.lines) {
      n++;
      const text = (n === 1 ? raw.replace(/^\uFEFF/, "") : raw).trimEnd();
      const line = ircLine(dialect, text);
      if (!line)
        throw new ImportError(
          file,
          `line ${n}`,
          `expected a line of ${CLIENT[dialect]}'s log like ${EXAMPLE[dialect]}, got ${JSON.stringify(text.slice(0, 60))}`,
        );
      if (line.kind === "blank") continue;
      // (a topic shown on joining is its setter's, told by the next line)
      const topic = held;
      held = null;
      if (topic && line.kind === "topicSetter") {
        const turn = talk.topicSet(topic.line, timeAt(file, topic.line, timeOf(topic.stamp)), nicks.nameOf(line.nick), topic.topic);
        if (turn) current = yield* into(turn, current, talk);
        continue;
      }
      if (line.kind === "more") {
        const more = wordsOf(line.text);
        if (last && more) {
          addMessageLine(file, last, more);
          last.turn.text += `\n${more}`;
        }
        continue;
      }
      last = null;
      if (line.kind === "day") {
        if (Number.isNaN(line.day)) throw new ImportError(file, `line ${n}`, `${JSON.stringify(text)} names no day`);
        if (dialect === "hexchat") begun = { year: new Date(line.day).getUTCFullYear(), month: new Date(line.day).getUTCMonth() };
        else day = line.day;
        continue;
      }
      if (line.kind === "event" || line.kind === "topicSetter") continue;
      const at = timeAt(file, n, timeOf(line.stamp));
      if (line.kind === "nick") {
        nicks.changed(line.from, line.to);
        continue;
      }
      if (line.kind === "topic") {
        if (line.nick === null) held = { line: n, stamp: line.stamp, topic: line.topic };
        else {
          const turn = talk.topicSet(n, at, nicks.nameOf(line.nick.replace(/^[~&@%+]+/, "")), line.topic);
          if (turn) current = yield* into(turn, current, talk);
        }
        continue;
      }
      const turn = talk.said(n, at, line);
      if (!turn) continue;
      last = { line: n, lines: [turn.text], chars: turn.text.length, turn };
      current = yield* into(turn, current, talk);
    }
  } finally {
    input.close();
  }
  input.finished();
  if (current) yield* finish(current, talk);
}

/** `at` (epoch ms) of line `line` of `file`, refused when it is no time or none Engram imports. */
function timeAt(file: string, line: number, at: number): number {
  if (Number.isNaN(at)) throw new ImportError(file, `line ${line}`, "the line's day or time is none (a day like 2026-02-30, a time like 25:10)");
  if (!inImportRange(at)) throw new ImportError(file, `line ${line}`, "the line's day is no day Engram imports (1970 to 2199)");
  return at;
}

/** What is said in one log: its buffer, its nicks, who has spoken, and the topic last told; each line said made a turn. */
class Talk {
  /** The topic last told (its words), so a topic shown again on joining is not told twice. */
  private topic: string | null = null;
  /** The names of those who have spoken (lower case), whom a message may open by naming. */
  private readonly known = new Set<string>();

  /**
   * @param buffer where the log is
   * @param nicks its nicks so far
   */
  constructor(
    readonly buffer: IrcBuffer,
    readonly nicks: Nicks,
  ) {}

  /** The turn of `name` on line `line` at `at` saying `words`, with its IRC extras and, when it is said to the user, its letter. */
  private turnOf(line: number, at: number, name: string, words: string, irc: Record<string, unknown>, toUser: boolean): ParsedTurn {
    const user = this.nicks.isUser(name);
    this.known.add(name.toLowerCase());
    return {
      externalId: null,
      speaker: name,
      role: user ? "user" : "other",
      occurredAt: at,
      text: words,
      metadata: {
        line,
        ...(Object.keys(irc).length ? { irc } : {}),
        // (a channel's message that opens with the user's nick is said to them: its "you" is theirs, memory/letters.ts)
        ...(toUser && !user ? { letter: { to: ["the user"] } } : {}),
      },
    };
  }

  /**
   * `turns`, a day of a private query, told as such once the query's nick has spoken in the log: whoever
   * else speaks is the user, and what the nick says is said to them (a query's file renamed after a
   * channel's talk, where the nick never speaks, is read as a channel's).
   */
  settle(turns: ParsedTurn[]): void {
    const other = this.nicks.nameOf(this.buffer.name).toLowerCase();
    if (this.buffer.kind !== "query" || !this.known.has(other)) return;
    for (const t of turns) {
      if (t.speaker.toLowerCase() !== other) t.role = "user";
      else if (t.role !== "user") t.metadata.letter = { to: ["the user"] };
    }
  }

  /** The turn of a message or an action on line `line` at `at`, or null when it has no words. */
  said(line: number, at: number, l: { kind: "message" | "action"; nick: string; text: string }): ParsedTurn | null {
    const name = this.nicks.nameOf(l.nick);
    let words = wordsOf(l.text);
    if (!words) return null;
    const irc: Record<string, unknown> = name === l.nick ? {} : { nick: l.nick };
    let toUser = false;
    if (l.kind === "action") {
      words = `${name} ${words}`;
      irc.action = true;
    } else {
      const addressed = ADDRESSED.exec(words);
      const to = addressed ? this.nicks.nameOf(addressed[1]!) : null;
      if (to && this.nicks.isUser(to) && this.buffer.kind !== "query") {
        toUser = true;
        words = addressed![2]!;
      } else if (to && this.known.has(to.toLowerCase())) irc.to = to;
    }
    return this.turnOf(line, at, name, words, irc, toUser);
  }

  /** The turn of a topic `setter` set on line `line` at `at`, or null when it is the topic last told or has no words. */
  topicSet(line: number, at: number, setter: string, topic: string): ParsedTurn | null {
    const words = wordsOf(topic);
    if (!words || words === this.topic) return null;
    this.topic = words;
    return this.turnOf(line, at, setter, `Topic of ${this.buffer.name}: ${words}`, { topic: true }, false);
  }
}

/** Adds `turn` to the day it is of: the day held so far, else a new one, the day held before yielded first. Returns the day now held. */
async function* into(turn: ParsedTurn, current: Day | null, said: Talk): AsyncGenerator<ParsedConversation, Day> {
  const day = new Date(turn.occurredAt).toISOString().slice(0, 10);
  if (current && current.day !== day) {
    yield* finish(current, said);
    current = null;
  }
  const held = current ?? { day, turns: [] };
  held.turns.push(turn);
  return held;
}

/** The conversation of a day's turns (none for a day with none). */
function* finish(d: Day, said: Talk): Generator<ParsedConversation> {
  if (!d.turns.length) return;
  said.settle(d.turns);
  keyedByTime(d.turns);
  const { network, name } = said.buffer;
  yield {
    format: "irc",
    externalId: `irc:${network ? `${network}/` : ""}${name}:${d.day}`,
    title: name,
    participants: [...new Set(d.turns.map((t) => t.speaker))],
    startedAt: d.turns[0]!.occurredAt,
    turns: d.turns,
  };
}

/**
 * Why `path`, a `.log` or `.weechatlog` file in a folder the user imports, is passed over, or null when
 * it is read (an IRC client's log of a channel or a query) or is neither: a log that is no IRC client's
 * (an app's, a server's: no one's words), or a client's buffer of the server (WeeChat's
 * `irc.server.libera.weechatlog`, its core or another plugin's buffer; HexChat's `server.log`; ZNC's
 * `status/` window; The Lounge's network lobby), which holds the server's and services' notices.
 */
export function ircPassedOver(path: string): string | null {
  if (!/\.(?:log|weechatlog)$/i.test(path)) return null;
  const dialect = ircDialectOf(fileStart(path, 16_384) ?? "");
  if (!dialect) return "a log file that is no IRC client's log (an app's or a server's log, no one's words)";
  const buffer = ircBufferOf(path, dialect);
  if (buffer.kind !== "server") return null;
  if (dialect === "weechat" && buffer.network === null) return `WeeChat's ${buffer.name} buffer: WeeChat's own messages, no channel's or query's talk`;
  return `${CLIENT[dialect]}'s ${SERVER_BUFFER[dialect]}${buffer.network ? ` of ${buffer.network}` : ""}: the server's and its services' notices, no channel's or query's talk`;
}

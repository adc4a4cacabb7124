/**
 * The lines of an IRC client's log, as each client writes them by default, read one at a time: what a
 * line is (a message, an action, a topic, a nick change, a day's mark, or an event that is no one's
 * words) and its time as written. irc.ts makes conversations of them. Checked against each client's
 * source:
 *
 * - WeeChat's logger (weechat/weechat src/plugins/logger/logger.c `logger_print_cb`: `<time>\t<prefix>\t
 *   <message>`; logger-config.c: the time `%Y-%m-%d %H:%M:%S` before 4.8, `%@%F %T.%fZ`, UTC to the
 *   microsecond, since; gui-chat.h's prefixes `-->` join, `<--` part and quit, `--` the network, ` *`
 *   an action, `=!=` an error; irc-protocol.c's messages: `alice has changed topic for #c from "…" to
 *   "…"`, `Topic for #c is "…"`, `Topic set by alice (~a@h) on …`, `bjorn is now known as bjorn_`, `You
 *   are now known as …`, `Mode #c [+o x] by y`; irc-ctcp.c an action's nick with its mode, `@alice
 *   waves`; notices under `--`). A nick's prefix carries its mode (`@alice`, `+bjorn`). The logger's
 *   start and end lines (`****  Beginning of log  ****`) have no prefix column.
 * - irssi's autolog (irssi/irssi src/core/log.c: `--- Log opened %a %b %d %H:%M:%S %Y`, `--- Log closed
 *   …`, `--- Day changed %a %b %d %Y`, `log_timestamp` `%H:%M `; themes/default.theme and
 *   fe-common/core/module-formats.c: `< alice>` and `<@alice>` (the mode or a space), an action ` *
 *   alice waves`, `-!- ` before an event: `alice [~a@h] has joined #c`, `alice changed the topic of #c
 *   to: …`, `Topic for #c: …`, `Topic set by alice [~a@h] [date]`, `bjorn is now known as bjorn_`,
 *   `You're now known as …`; a notice `-NickServ(…)- …`, a server's `!server …`).
 * - HexChat's log (hexchat/hexchat src/common/text.c: `**** BEGIN LOGGING AT <ctime>` and `**** ENDING
 *   LOGGING AT <ctime>`, each followed by a blank line, ctime's "Thu Nov  5 16:58:40 2026"; each line
 *   stamped `%b %d %H:%M:%S ` (cfgfiles.c `stamp_log_format`), then a text event of textevents.in whose
 *   left column ends at a tab: `<@alice>\t…`, an action `*\talice waves`, every event `*\t…`: `dsouza
 *   (~d@h) has joined`, `alice has changed the topic to: …`, `Topic for #c is: …`, `Topic for #c set by
 *   alice (date)`, `bjorn is now known as bjorn_`, `You are now known as …`, `Now talking on #c`; a
 *   notice `-nick-\t…`, a private action `**\talice waves **`). Its lines name no year: the year is the
 *   last BEGIN LOGGING's, a month before that one's in the next year.
 * - ZNC's log module (znc/znc modules/log.cpp: `[%H:%M:%S] ` then `<alice> …`, `* alice waves`, `***
 *   Joins: …`, `*** Parts: …`, `*** Quits: …`, `*** bjorn is now known as bjorn_`, `*** alice changes
 *   topic to '…'`, `*** x sets mode: …`, `*** x was kicked by y (…)`, a notice `-nick- …`, the status
 *   window's `Connected to IRC (…)`, `Disconnected from IRC (…)`, `Broadcast: …`). Its lines name no day:
 *   the day is its file's, `2026-11-03.log`.
 * - The Lounge's text logs (thelounge/thelounge server/plugins/messageStorage/text.ts: `[<ISO 8601 UTC>] `
 *   then `<@alice> …`, `* @alice waves`, `*** alice (~a@h) joined`, `*** alice changed topic to '…'`,
 *   `*** alice changed nick to alicia`, `-nick- …`; a message's further lines `[<time>] | …`).
 * Quassel keeps its backlog in a database and writes no text log of its own: not read here.
 */

import { isoToMs } from "../../time/import-dates.js";

/** Which client wrote a log. */
export type IrcDialect = "weechat" | "irssi" | "hexchat" | "znc" | "lounge";

/**
 * When a line was written, as far as the line says: a whole time (epoch ms, its clock read as UTC),
 * a clock time alone (ms since midnight: irssi's and ZNC's lines), or a month, a day and a clock time
 * (HexChat's: month 0–11). NaN in a field for a time that is none ("25:10").
 */
export type IrcStamp = { at: number } | { clock: number } | { month: number; day: number; clock: number };

/**
 * What a line of a log is: someone's message or action (`nick` as written, its mode taken off), a topic
 * changed by `nick` or shown on joining (`nick` null), who set the topic shown, a nick changed (`from`
 * null: the user's own, "You are now known as"), the start of a day (irssi's "Log opened", "Day
 * changed"; HexChat's "BEGIN LOGGING": `day` its UTC midnight, NaN for none), a message's further line
 * (The Lounge's `| …`), an event that is no one's words, or a blank line.
 */
export type IrcLine =
  | { kind: "message" | "action"; stamp: IrcStamp; nick: string; text: string }
  | { kind: "topic"; stamp: IrcStamp; nick: string | null; topic: string }
  | { kind: "topicSetter"; nick: string }
  | { kind: "nick"; stamp: IrcStamp; from: string | null; to: string }
  | { kind: "day"; day: number }
  | { kind: "more"; text: string }
  | { kind: "event" }
  | { kind: "blank" };

/** A nick as clients write it: no white space, no brackets of a message's mark. */
const NICK = String.raw`[^\s<>()\[\]:,*!]+|[\[\]\\\x60_^{|}][^\s<>(),:*!]*`;
/** A nick's mode before it: owner, admin, operator, half-operator, voice. */
const MODE = /^[~&@%+]+/;
/** English month names, cut to three letters, as strftime's %b writes them in the C locale. */
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** WeeChat's line: its day (1), clock (2), fraction of a second (3), "Z" (4), then its prefix (5) and message (6), or the logger's own line with no prefix column (7). */
const WEECHAT = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(?:\.(\d{1,6}))?(Z?)\t(?:([^\t]*)\t(.*)|(.*))$/;
/** irssi's header lines: "Log opened"/"Day changed" and a ctime-like day (group 1 the weekday, 2 the month, 3 the day, 4 the year). */
const IRSSI_DAY = /^--- (?:Log opened|Day changed) (\w{3}) (\w{3}) {1,2}(\d{1,2})(?: \d{2}:\d{2}:\d{2})? (\d{4})$/;
/** irssi's other header: the log closed. */
const IRSSI_CLOSED = /^--- Log closed /;
/** irssi's stamped line: hour (1), minute (2), second (3), the rest (4). */
const IRSSI = /^(\d{2}):(\d{2})(?::(\d{2}))? (.*)$/;
/** HexChat's header: group 1 the month, 2 the day, 3 the year of ctime's "Thu Nov  5 16:58:40 2026". */
const HEXCHAT_BEGIN = /^\*\*\*\* BEGIN LOGGING AT \w{3} (\w{3}) {1,2}(\d{1,2}) \d{2}:\d{2}:\d{2} (\d{4})\s*$/;
/** HexChat's other header. */
const HEXCHAT_END = /^\*\*\*\* ENDING LOGGING AT /;
/** HexChat's stamped line: month (1), day (2), hour (3), minute (4), second (5), the rest (6). */
const HEXCHAT = /^([A-Z][a-z]{2}) (\d{2}) (\d{2}):(\d{2}):(\d{2}) (.*)$/;
/** ZNC's stamped line: hour (1), minute (2), second (3), the rest (4). */
const ZNC = /^\[(\d{2}):(\d{2}):(\d{2})\] (.*)$/;
/** The Lounge's stamped line: its ISO 8601 time (1), the rest (2). */
const LOUNGE = /^\[(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z)\] (.*)$/;

/** A message in angle brackets, as irssi, HexChat, ZNC and The Lounge write it: its nick (1, a mode or irssi's space before it), its words (2; 3 after a tab, HexChat's). */
const BRACKETED = new RegExp(String.raw`^< ?([~&@%+]*(?:${NICK}))>(?: (.*)|\t(.*))?$`);
/** An action's nick (1) and words (2): "alice waves", "@alice waves". */
const ACTION = new RegExp(`^([~&@%+]*(?:${NICK}))(?: (.*))?$`);
/** A nick change: from (1), to (2). */
const NICK_CHANGE = /^(\S+) is now known as (\S+)$/;
/** The user's own nick change, in WeeChat's, irssi's or HexChat's words: the new nick (1). */
const OWN_NICK = /^You(?:'re| are) now known as (\S+)$/;
/** An event line of HexChat's after a nick: joins, parts, quits, modes, kicks, invitations, notify lists, DCC offers. */
const HEXCHAT_NICK_EVENT =
  /^\S+ (?:\([^)]*\) has (?:joined|left)\b|has (?:quit|kicked|been invited|requested to resume|offered)\b|is (?:already in use|erroneous)\b|sets (?:mode|modes|ban|exempt|invite|quiet|channel)\b|removes (?:channel|ban|exempt|invite|quiet|voice|user limit)\b|gives (?:channel|voice)\b|added to notify|deleted from notify|users in notify)/;
/** An event line of HexChat's that opens with its own words (the server's, a connection's, a WHOIS reply, a DCC transfer). */
const HEXCHAT_EVENT =
  /^(?:Now talking on|Channel \S+ (?:created on|modes:|url:)|Cannot join|Capabilities|Connected|Connecting|Connection failed|Received|DCC|Disconnected|Found your IP|You(?:'ve| have| are)?\b|Notify|No (?:such|ping|DCC|process)|Ping reply|Looking up|Authenticating|Stopped previous|Unknown host|Users on|MOTD|Nickname is|A process|The file|Topic for|\[)/;

/** A clock time's ms since midnight from its hour, minute and second as written, NaN for one that is none. */
function clockMs(h: string, m: string, s: string | undefined): number {
  const [hour, minute, second] = [Number(h), Number(m), Number(s ?? 0)];
  return hour < 24 && minute < 60 && second < 60 ? ((hour * 60 + minute) * 60 + second) * 1000 : Number.NaN;
}

/** A day's UTC midnight (epoch ms), NaN for one that is none ("Feb 30") or out of 1970–2199 (`month` 0–11). */
export function dayMs(year: number, month: number, day: number): number {
  return month < 0 ? Number.NaN : isoToMs(`${year}-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
}

/** The month (0–11) of strftime's %b in English ("Nov"), -1 for none. */
function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase());
}

/** `nick` without its mode ("@alice" → "alice"), or null when what is left is no nick. */
function nickOf(written: string): string | null {
  const nick = written.trim().replace(MODE, "");
  return nick && new RegExp(`^(?:${NICK})$`).test(nick) ? nick : null;
}

/** A message or an action of `nick` (as written, with its mode), or an event when the nick is none. */
function said(kind: "message" | "action", stamp: IrcStamp, written: string, text: string): IrcLine {
  const nick = nickOf(written);
  return nick ? { kind, stamp, nick, text } : { kind: "event" };
}

/** What a network line says (WeeChat's `--`, irssi's `-!-`): a topic changed or shown, its setter, a nick changed, else an event. */
function networkLine(stamp: IrcStamp, text: string, dialect: "weechat" | "irssi"): IrcLine {
  const changed =
    dialect === "weechat" ? /^(\S+) has changed topic for \S+ (?:from ".*" )?to "(.*)"$/.exec(text) : /^(\S+) changed the topic of \S+ to: (.*)$/.exec(text);
  if (changed) return { kind: "topic", stamp, nick: changed[1]!, topic: changed[2]! };
  const shown = dialect === "weechat" ? /^Topic for \S+ is "(.*)"$/.exec(text) : /^Topic for \S+: (.*)$/.exec(text);
  if (shown) return { kind: "topic", stamp, nick: null, topic: shown[1]! };
  const setter = /^Topic (?:for \S+ )?set by ([~&@%+]?[^\s([]+)/.exec(text);
  if (setter) return { kind: "topicSetter", nick: setter[1]!.replace(MODE, "") };
  return nickLine(stamp, text);
}

/** A nick change (someone's, or the user's own), else an event. */
function nickLine(stamp: IrcStamp, text: string): IrcLine {
  const own = OWN_NICK.exec(text);
  if (own) return { kind: "nick", stamp, from: null, to: own[1]! };
  const change = NICK_CHANGE.exec(text);
  return change ? { kind: "nick", stamp, from: change[1]!.replace(MODE, ""), to: change[2]!.replace(MODE, "") } : { kind: "event" };
}

/** A line of WeeChat's log, or null when it is none. */
function weechatLine(line: string): IrcLine | null {
  const m = WEECHAT.exec(line);
  if (!m) return null;
  // (the logger's own lines, "****  Beginning of log  ****", have no prefix column)
  if (m[7] !== undefined) return { kind: "event" };
  const stamp = { at: isoToMs(`${m[1]}T${m[2]}${m[3] ? `.${m[3]}` : ""}Z`) };
  // (the logger's own prefix and suffix around a nick, when set: "<@alice>")
  const prefix = m[5]!.trim().replace(/^<(.*)>$/, "$1");
  const text = m[6]!;
  if (prefix === "*") {
    const a = ACTION.exec(text);
    return a ? said("action", stamp, a[1]!, a[2] ?? "") : { kind: "event" };
  }
  if (prefix === "--") return networkLine(stamp, text, "weechat");
  if (prefix === "-->" || prefix === "<--" || prefix === "=!=" || prefix === "") return { kind: "event" };
  return said("message", stamp, prefix, text);
}

/** A line of irssi's log, or null when it is none. */
function irssiLine(line: string): IrcLine | null {
  const day = IRSSI_DAY.exec(line);
  if (day) return { kind: "day", day: dayMs(Number(day[4]), monthOf(day[2]!), Number(day[3])) };
  if (IRSSI_CLOSED.test(line)) return { kind: "event" };
  const m = IRSSI.exec(line);
  if (!m) return null;
  const stamp = { clock: clockMs(m[1]!, m[2]!, m[3]) };
  const rest = m[4]!;
  const message = BRACKETED.exec(rest);
  if (message) return said("message", stamp, message[1]!, message[2] ?? message[3] ?? "");
  // (an action: " * alice waves"; in a query's window with another theme " (*) alice waves")
  const action = /^ (?:\(\*\)|\*) (.*)$/.exec(rest);
  if (action) {
    const a = ACTION.exec(action[1]!);
    return a ? said("action", stamp, a[1]!, a[2] ?? "") : { kind: "event" };
  }
  if (rest.startsWith("-!- ")) return networkLine(stamp, rest.slice(4), "irssi");
  // (a notice, "-NickServ(NickServ@services.)- …", a server's "!server …", the names list "[Users #c]", another client line)
  return { kind: "event" };
}

/** A line of HexChat's log, or null when it is none. */
function hexchatLine(line: string): IrcLine | null {
  const begin = HEXCHAT_BEGIN.exec(line);
  if (begin) return { kind: "day", day: dayMs(Number(begin[3]), monthOf(begin[1]!), Number(begin[2])) };
  if (HEXCHAT_END.test(line)) return { kind: "event" };
  const m = HEXCHAT.exec(line);
  if (!m) return null;
  const stamp = { month: monthOf(m[1]!), day: Number(m[2]), clock: clockMs(m[3]!, m[4]!, m[5]) };
  const tab = m[6]!.indexOf("\t");
  if (tab < 0) return { kind: "event" };
  const left = m[6]!.slice(0, tab).trim();
  const text = m[6]!.slice(tab + 1);
  const message = /^<(.+)>$/.exec(left);
  if (message) return said("message", stamp, message[1]!, text);
  // (a private action outside its dialog: "**\talice waves **")
  if (left === "*" || left === "**") return hexchatStarLine(stamp, left === "**" ? text.replace(/\s*\*\*$/, "") : text);
  return { kind: "event" };
}

/** What HexChat's `*` line says: a topic changed or shown, its setter, a nick changed, another event, else an action. */
function hexchatStarLine(stamp: IrcStamp, text: string): IrcLine {
  const changed = /^(\S+) has changed the topic to: (.*)$/.exec(text);
  if (changed) return { kind: "topic", stamp, nick: changed[1]!, topic: changed[2]! };
  const shown = /^Topic for \S+ is: (.*)$/.exec(text);
  if (shown) return { kind: "topic", stamp, nick: null, topic: shown[1]! };
  const setter = /^Topic for \S+ set by ([^\s(]+)/.exec(text);
  if (setter) return { kind: "topicSetter", nick: setter[1]! };
  const nick = nickLine(stamp, text);
  if (nick.kind !== "event" || HEXCHAT_NICK_EVENT.test(text) || HEXCHAT_EVENT.test(text)) return nick;
  const a = ACTION.exec(text);
  return a ? said("action", stamp, a[1]!, a[2] ?? "") : { kind: "event" };
}

/** What a line of ZNC's or The Lounge's says after its stamp (the two write alike): a message, an action, a topic, a nick change, else an event. */
function bouncerLine(stamp: IrcStamp, rest: string): IrcLine {
  const message = BRACKETED.exec(rest);
  if (message) return said("message", stamp, message[1]!, message[2] ?? "");
  if (rest.startsWith("*** ")) {
    const event = rest.slice(4);
    const topic = /^(\S+) change[sd] topic to '(.*)'$/.exec(event);
    if (topic) return { kind: "topic", stamp, nick: topic[1]!, topic: topic[2]! };
    const lounge = /^(\S+) changed nick to (\S+)$/.exec(event);
    if (lounge) return { kind: "nick", stamp, from: lounge[1]!, to: lounge[2]! };
    return nickLine(stamp, event);
  }
  if (rest.startsWith("* ")) {
    const a = ACTION.exec(rest.slice(2));
    return a ? said("action", stamp, a[1]!, a[2] ?? "") : { kind: "event" };
  }
  // (a notice "-nick- …", ZNC's "Connected to IRC (…)", "Broadcast: …")
  return { kind: "event" };
}

/**
 * What `line` of a log `dialect` wrote is ({@link IrcLine}), or null when it is no line of that
 * client's log. Control codes of IRC's formatting and ANSI colours are left for the caller to take
 * off; a stamp's day or clock that is none is NaN, for the caller to refuse.
 */
export function ircLine(dialect: IrcDialect, line: string): IrcLine | null {
  if (!line.trim()) return { kind: "blank" };
  switch (dialect) {
    case "weechat":
      return weechatLine(line);
    case "irssi":
      return irssiLine(line);
    case "hexchat":
      return hexchatLine(line);
    case "znc": {
      const m = ZNC.exec(line);
      return m ? bouncerLine({ clock: clockMs(m[1]!, m[2]!, m[3]) }, m[4]!) : null;
    }
    case "lounge": {
      const m = LOUNGE.exec(line);
      if (!m) return null;
      const more = /^\| ?(.*)$/.exec(m[2]!);
      return more ? { kind: "more", text: more[1]! } : bouncerLine({ at: isoToMs(m[1]!) }, m[2]!);
    }
  }
}

/** Lines of each client's log that only it writes, told from a file's first lines. */
const FIRST_LINES: ReadonlyArray<[IrcDialect, RegExp]> = [
  ["weechat", /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(?:\.\d{1,6})?Z?\t(?:(?:-->|<--|--| ?\*|=!=|[~&@%+ ]?[^\s\t]+)?\t|\*{4} )/],
  ["irssi", /^--- Log opened \w{3} \w{3} {1,2}\d{1,2} \d{2}:\d{2}:\d{2} \d{4}$|^\d{2}:\d{2}(?::\d{2})? (?:<[ ~&@%+]?[^\s>]+> |-!- | \* )/],
  [
    "hexchat",
    /^\*\*\*\* BEGIN LOGGING AT \w{3} \w{3} {1,2}\d{1,2} \d{2}:\d{2}:\d{2} \d{4}$|^[A-Z][a-z]{2} \d{2} \d{2}:\d{2}:\d{2} (?:<[^\t>]+>|\*{1,2}|-[^\t]+-|-->|<--)\t/,
  ],
  ["znc", /^\[\d{2}:\d{2}:\d{2}\] (?:<[^\s>]+> |\* \S|\*\*\* |-[^\s-][^\s]*- |(?:Connected to|Disconnected from) IRC \(|Broadcast: )/],
  ["lounge", /^\[\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z\] (?:<[^\s>]+> |\* \S|\*\*\* |-[^\s-][^\s]*- )/],
];

/**
 * Which IRC client wrote the log whose start is `head` (a file's first bytes), or null for none: its
 * first line that is not blank is a line only that client writes (WeeChat's `2026-11-03 18:42:07\t
 * nick\t…`; irssi's `--- Log opened …` or `18:42 < nick> …`; HexChat's `**** BEGIN LOGGING AT …` or
 * `Nov 03 18:42:07 <nick>\t…`; ZNC's `[18:42:07] <nick> …`; The Lounge's `[2026-11-03T18:42:07.000Z]
 * <nick> …`), and so is its second, when it has one (`firstLineOnly`: the first line alone tells, as
 * when the format is given and a bad second line is to be named as such).
 */
export function ircDialectOf(head: string, firstLineOnly = false): IrcDialect | null {
  const lines = head
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/, 12)
    .filter((l) => l.trim());
  const first = lines[0];
  if (first === undefined) return null;
  const found = FIRST_LINES.find(([, re]) => re.test(first));
  if (!found) return null;
  const [dialect] = found;
  const second = lines[1];
  // (the second line is its client's too: HexChat's header is followed by stamped lines, irssi's by its own)
  return firstLineOnly || second === undefined || ircLine(dialect, second) !== null ? dialect : null;
}

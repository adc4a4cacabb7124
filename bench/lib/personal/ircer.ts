/**
 * The ircer: Kim, a Python developer (nick "kestrel") who works on Tidepool, an open-source library of
 * async connection pools, whose people talk on Libera.Chat. Kim keeps the IRC logs of the project's
 * channels and a few private queries, written by the clients they have used, each as it writes them
 * by default (checked against each client's source):
 * - WeeChat on the laptop (logger plugin: `~/.local/share/weechat/logs/`, the file mask
 *   `$plugin.$name.weechatlog` lower-cased, so `irc.libera.#tidepool.weechatlog` and a query
 *   `irc.libera.alice.weechatlog`; each line `<time>\t<prefix>\t<message>`, the time on the older default
 *   `%Y-%m-%d %H:%M:%S` (4.8 made it `%@%F %T.%fZ`, UTC: in the unit tests), the prefix a nick with its
 *   mode (`@alice`), ` *` for an action, `-->` and `<--` for a join and a part or quit, `--` for what the
 *   network says: the topic, a mode, a nick change; weechat/weechat src/plugins/logger/logger.c
 *   `logger_print_cb`, irc-protocol.c's messages, gui-chat.h's prefixes); the server's buffer
 *   `irc.server.libera.weechatlog` beside them;
 * - HexChat on the desktop, for the weekly meeting (`~/.config/hexchat/logs/`, the mask `%n/%c.log`, the
 *   network lower-cased: `libera.chat/#tidepool-meeting.log`; `**** BEGIN LOGGING AT <ctime>` then a blank
 *   line, each line stamped `%b %d %H:%M:%S ` then a text event with a tab after its left column,
 *   `<alice>\t…`, `*\tdsouza (~dsouza@…) has joined`; hexchat/hexchat src/common/text.c, textevents.in);
 * - irssi on an older laptop (`autolog_path` `~/irclogs/$tag/$0.log`: `libera/#python-packaging.log`;
 *   `--- Log opened Wed Oct 21 20:10:33 2026`, `20:12 < kestrel> …`, `20:15  * mkrause …`, `-!- … has
 *   joined`, `--- Day changed Thu Oct 22 2026`; irssi/irssi src/core/log.c and themes/default.theme);
 * - ZNC on a small server, its log module (`$NETWORK/$WINDOW/%Y-%m-%d.log`, the window lower-cased:
 *   `libera/#tidepool/2026-11-16.log`, `libera/bjorn/2026-11-12.log`, `libera/status/…`; `[09:01:40]
 *   <alice> …`, `* cmurphy …`, `*** Joins: …`; znc/znc modules/log.cpp).
 * What the logs hold: the 2.0 release's date and its release candidates, a decision at the weekly meeting
 * (dropping Python 3.8), a review offered for Kim's patch, who writes the migration guide (an action),
 * the channel's topic changed for the release, the staging server, a maintainer's email in a query, a
 * sprint's place and its dinner, and advice from #python-packaging; and around them joins, quits,
 * modes, nick changes, NickServ's notices and the server's buffer, which are no one's words.
 * Imported as one folder with `--me kestrel`. Hand-written by the developers while trying Engram as
 * its users would, in session 40, before Engram could read an IRC log (the first run's figures are in
 * bench/README.md). With it, the questions such a person asks later and the words a right answer
 * holds, and questions nothing here answers.
 */
import type { Person } from "./types.js";

/** A WeeChat log line: its time ("2026-11-03 18:42:07"), its prefix (a nick, " *", "-->", "<--", "--") and its message. */
type WeechatLine = [time: string, prefix: string, message: string];

/** A WeeChat log as its logger writes it: `<time>\t<prefix>\t<message>` a line. */
function weechatLog(lines: WeechatLine[]): string {
  return lines.map(([time, prefix, message]) => `${time}\t${prefix}\t${message}\n`).join("");
}

/** #tidepool as WeeChat logged it on the laptop (Tuesday 3 and Tuesday 10 November 2026). */
const TIDEPOOL = weechatLog([
  ["2026-11-03 18:40:02", "-->", "kestrel (~kestrel@user/kestrel) has joined #tidepool"],
  ["2026-11-03 18:40:02", "--", 'Topic for #tidepool is "Tidepool: async connection pools for Python | docs: https://tidepool.readthedocs.io | be excellent"'],
  ["2026-11-03 18:40:02", "--", "Topic set by alice (~alice@user/alice) on Mon, 12 Oct 2026 09:14:55"],
  ["2026-11-03 18:40:02", "--", "Channel #tidepool: 14 nicks (2 ops, 1 voiced, 11 regulars)"],
  ["2026-11-03 18:40:03", "--", "Channel created on Sat, 04 Mar 2023 11:02:37"],
  ["2026-11-03 18:41:10", "@alice", "evening all. the 2.0 planning thread is here: https://github.com/tidepool-dev/tidepool/discussions/812"],
  ["2026-11-03 18:42:07", "kestrel", "I pushed my connection-pool timeout patch as PR #1432, would love a review"],
  ["2026-11-03 18:43:30", "bjorn", "kestrel: I can review your timeout patch tomorrow morning, I wrote most of that pool code"],
  ["2026-11-03 18:43:55", "kestrel", "bjorn: thanks, that would be great"],
  ["2026-11-03 18:45:12", " *", "+cmurphy is writing the 2.0 migration guide this week"],
  ["2026-11-03 18:47:40", "@alice", "Release date for 2.0: Thursday 19 November. I'll tag rc1 on Thursday 12 November"],
  ["2026-11-03 18:48:01", "<--", "dsouza (~dsouza@192.0.2.44) has quit (Ping timeout: 260 seconds)"],
  ["2026-11-03 18:50:33", "--", "Mode #tidepool [+v dsouza] by alice"],
  ["2026-11-03 19:02:15", "<--", "kestrel (~kestrel@user/kestrel) has left #tidepool"],
  ["2026-11-10 08:58:40", "-->", "kestrel (~kestrel@user/kestrel) has joined #tidepool"],
  [
    "2026-11-10 09:02:11",
    "--",
    'alice has changed topic for #tidepool from "Tidepool: async connection pools for Python | docs: https://tidepool.readthedocs.io | be excellent" to "Tidepool 2.0 rc1 testing: https://github.com/tidepool-dev/tidepool/issues/1450 | release Nov 19 | be excellent"',
  ],
  ["2026-11-10 09:05:00", "bjorn", "the staging box for rc testing is staging.tidepool.dev, port 8443, creds are in the team vault"],
  ["2026-11-10 09:05:31", "kestrel", "nice, I'll point my load tests at it"],
  ["2026-11-10 09:30:00", "--", "bjorn is now known as bjorn_lunch"],
  ["2026-11-10 12:31:00", "--", "bjorn_lunch is now known as bjorn"],
  ["2026-11-10 12:33:20", "bjorn", "reminder: the sprint in December still needs a room for the Friday, I'm asking LX Factory"],
  ["2026-11-10 12:40:02", "--", "Mode #tidepool [+o bjorn] by ChanServ"],
]);

/** The private query with alice, in WeeChat on the laptop (Monday 9 November 2026). */
const ALICE_QUERY = weechatLog([
  ["2026-11-09 21:14:02", "alice", "hey, can you be the second signer for the 2.0 release on PyPI?"],
  ["2026-11-09 21:15:10", "kestrel", "sure, happy to"],
  ["2026-11-09 21:16:45", "alice", "thanks! send the signed checklist to my work email, alice.nakamura@tidepool.dev"],
  ["2026-11-09 21:17:02", "kestrel", "will do"],
  ["2026-11-09 21:40:19", "<--", "alice (~alice@user/alice) has quit (Quit: bbl)"],
]);

/** The server's buffer in WeeChat: the server's notices and NickServ's, no one's words. */
const SERVER_BUFFER = weechatLog([
  ["2026-11-03 18:39:58", "--", "irc: connecting to server irc.libera.chat/6697 (TLS)..."],
  ["2026-11-03 18:39:59", "--", "Welcome to the Libera.Chat Internet Relay Chat Network kestrel"],
  ["2026-11-03 18:40:00", "--", "NickServ (NickServ@services.libera.chat): You are now identified for kestrel."],
]);

/** A HexChat log: the ctime its logging began at, its lines as `<Mon DD HH:MM:SS> <left column>\t<text>`, the ctime it ended at. */
function hexchatLog(begin: string, lines: string[], end: string): string {
  return `**** BEGIN LOGGING AT ${begin}\n\n${lines.join("\n")}\n**** ENDING LOGGING AT ${end}\n\n`;
}

/** The weekly meeting in #tidepool-meeting, logged by HexChat on the desktop (Thursday 5 November 2026). */
const MEETING = hexchatLog(
  "Thu Nov  5 16:58:40 2026",
  [
    "Nov 05 16:58:40 *\tNow talking on #tidepool-meeting",
    "Nov 05 16:58:40 *\tTopic for #tidepool-meeting is: Weekly meeting Thursdays 17:00 UTC | agenda: https://hackmd.io/@tidepool/meetings",
    "Nov 05 16:58:40 *\tTopic for #tidepool-meeting set by alice (Mon Oct 12 09:20:11 2026)",
    "Nov 05 17:00:03 <@alice>\t#startmeeting tidepool weekly",
    "Nov 05 17:00:05 <meetbot>\tMeeting started Thu Nov  5 17:00:03 2026 UTC.  The chair is alice.",
    "Nov 05 17:02:10 <@alice>\t#topic Python 3.8 support",
    "Nov 05 17:03:30 <bjorn>\t3.8 has been end-of-life since October 2024, and keeping it blocks the TaskGroup rewrite",
    "Nov 05 17:04:12 <kestrel>\t+1 to dropping it, the CI matrix takes 40 minutes because of 3.8",
    "Nov 05 17:05:40 <@alice>\t#agreed Tidepool 2.0 drops Python 3.8 support; the minimum is Python 3.9",
    "Nov 05 17:06:02 *\tdsouza (~dsouza@192.0.2.44) has joined",
    "Nov 05 17:06:30 *\tdsouza waves, sorry I'm late",
    "Nov 05 17:08:19 <@alice>\t#action cmurphy to write the 2.0 migration guide",
    "Nov 05 17:12:44 *\tbjorn is now known as bjorn_",
    "Nov 05 17:13:01 <bjorn_>\tsprint update: the December sprint is in Lisbon, 4-6 December, at LX Factory",
    "Nov 05 17:15:00 <@alice>\t#endmeeting",
    "Nov 05 17:15:02 <meetbot>\tMeeting ended Thu Nov  5 17:15:00 2026 UTC.",
  ],
  "Thu Nov  5 17:20:12 2026",
);

/** irssi's log of #python-packaging on the older laptop (Wednesday 21 October 2026). */
const PACKAGING = `${[
  "--- Log opened Wed Oct 21 20:10:33 2026",
  "20:10 -!- kestrel [~kestrel@user/kestrel] has joined #python-packaging",
  "20:10 -!- Topic for #python-packaging: Python packaging discussion | https://packaging.python.org",
  "20:10 -!- Topic set by ChanServ [services@services.libera.chat] [Tue Mar 14 10:00:00 2023]",
  "20:10 -!- Irssi: #python-packaging: Total of 231 nicks [1 ops, 0 halfops, 0 voices, 230 normal]",
  "20:10 -!- Irssi: Join to #python-packaging was synced in 1 secs",
  "20:12 < kestrel> what's the recommended way to publish to PyPI from GitHub Actions these days?",
  "20:13 < mkrause> kestrel: trusted publishing. use the pypa/gh-action-pypi-publish action and add the repo as a trusted publisher on pypi.org, no API token needed",
  "20:14 < kestrel> mkrause: perfect, thanks",
  "20:15  * mkrause wrote it up at https://packaging.python.org/en/latest/guides/publishing-package-distribution-releases-using-github-actions-ci-cd-workflows/",
  "20:31 -!- ServerMode/#python-packaging [+b *!*@192.0.2.99] by services.libera.chat",
  "--- Day changed Thu Oct 22 2026",
  "09:01 -!- mkrause [~mk@user/mkrause] has quit [Quit: Leaving]",
  "--- Log closed Thu Oct 22 09:30:12 2026",
].join("\n")}\n`;

/** A ZNC log file: `[HH:MM:SS] <line>` a line. */
function zncLog(lines: Array<[time: string, line: string]>): string {
  return lines.map(([time, line]) => `[${time}] ${line}\n`).join("");
}

/** #tidepool on the bouncer, Monday 16 November 2026, while the laptop was off. */
const TIDEPOOL_ZNC = zncLog([
  ["08:55:12", "*** Joins: dsouza (~dsouza@192.0.2.44)"],
  ["09:01:40", "<alice> rc2 is tagged: https://github.com/tidepool-dev/tidepool/releases/tag/v2.0.0rc2"],
  ["09:03:15", "<dsouza> I'll run the rc2 benchmarks on the ARM runners today"],
  ["09:10:02", "* cmurphy pushed the migration guide draft: https://tidepool.readthedocs.io/en/latest/migrating-to-2.0.html"],
  ["09:12:30", "-ChanServ- [#tidepool] Please read the code of conduct: https://tidepool.dev/conduct"],
  ["09:20:44", "*** Quits: dsouza (~dsouza@192.0.2.44) (Quit: Client closed)"],
]);

/** The query with bjorn on the bouncer, Thursday 12 November 2026. */
const BJORN_QUERY = zncLog([
  ["19:20:41", "<bjorn> hey, reviewed #1432, two small nits, otherwise LGTM"],
  ["19:21:05", "<kestrel> great, I'll fix them tonight"],
  ["19:22:30", "<bjorn> are you coming to the sprint in Lisbon?"],
  ["19:23:10", "<kestrel> yes! booked my flight already"],
  ["19:24:00", "<bjorn> cool, the sprint dinner is on Saturday 5 December at Taberna da Rua das Flores"],
]);

/** The bouncer's status window: ZNC's own lines, no one's words. */
const ZNC_STATUS = zncLog([
  ["19:00:00", "Connected to IRC (irc.libera.chat +6697)"],
  ["23:59:10", "Disconnected from IRC (irc.libera.chat +6697)"],
]);

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "What did alice say about the release date?", expect: ["19 November"] },
  { question: "When did we decide to drop Python 3.8?", expect: ["5 November"] },
  { question: "Who offered to review my patch?", expect: ["bjorn"] },
  { question: "What was the channel topic in November?", expect: ["rc1 testing"] },
  { question: "What is the minimum Python version for Tidepool 2.0?", expect: ["3.9"] },
  { question: "Who is writing the 2.0 migration guide?", expect: ["cmurphy"] },
  { question: "Where is the staging server for rc testing?", expect: ["staging.tidepool.dev"] },
  { question: "What is alice's email address?", expect: ["alice.nakamura@tidepool.dev"] },
  { question: "Where is the December sprint?", expect: ["Lisbon"] },
  { question: "When is the sprint dinner?", expect: ["5 December"] },
  { question: "Which GitHub action did someone recommend for publishing to PyPI?", expect: ["gh-action-pypi-publish"] },
  { question: "Who is running the rc2 benchmarks?", expect: ["dsouza"] },
  { question: "What is bjorn's phone number?", expect: null },
  { question: "When is the Tidepool 3.0 release?", expect: null },
  { question: "Who offered to pay for the CI runners?", expect: null },
];

/** Kim's logs folder, gathered from each client's log folder. */
const DIR = "irclogs";

/** Kim: the logs of four IRC clients in one folder, imported as one with --me kestrel, asked on Monday 23 November 2026. */
export const ircer: Person = {
  name: "ircer",
  files: [
    { name: `${DIR}/weechat/irc.libera.#tidepool.weechatlog`, text: TIDEPOOL, mtime: Date.UTC(2026, 10, 10, 12, 40, 2) },
    { name: `${DIR}/weechat/irc.libera.alice.weechatlog`, text: ALICE_QUERY, mtime: Date.UTC(2026, 10, 9, 21, 40, 19) },
    { name: `${DIR}/weechat/irc.server.libera.weechatlog`, text: SERVER_BUFFER, mtime: Date.UTC(2026, 10, 3, 18, 40) },
    { name: `${DIR}/hexchat/libera.chat/#tidepool-meeting.log`, text: MEETING, mtime: Date.UTC(2026, 10, 5, 17, 20, 12) },
    { name: `${DIR}/irssi/libera/#python-packaging.log`, text: PACKAGING, mtime: Date.UTC(2026, 9, 22, 9, 30, 12) },
    { name: `${DIR}/znc/libera/#tidepool/2026-11-16.log`, text: TIDEPOOL_ZNC, mtime: Date.UTC(2026, 10, 16, 9, 20, 44) },
    { name: `${DIR}/znc/libera/bjorn/2026-11-12.log`, text: BJORN_QUERY, mtime: Date.UTC(2026, 10, 12, 19, 24) },
    { name: `${DIR}/znc/libera/status/2026-11-12.log`, text: ZNC_STATUS, mtime: Date.UTC(2026, 10, 12, 23, 59, 10) },
  ],
  folder: DIR,
  me: "kestrel",
  askedAt: Date.UTC(2026, 10, 23, 9, 0),
  questions: QUESTIONS,
};

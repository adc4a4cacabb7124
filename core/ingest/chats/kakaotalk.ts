/**
 * KakaoTalk chats as the KakaoTalk apps export them (a chat's menu → 대화 내보내기 / Export chat) → one
 * conversation per chat. Three kinds of file, told by their content:
 *
 * - The PC app's text (Windows: `KakaoTalk_20261103_1842_12_345_group.txt`, CRLF): a header, "<chat name>
 *   님과 카카오톡 대화" (English: "KakaoTalk Chats with <chat name>") and "저장한 날짜 : 2026-11-03 18:42:12"
 *   ("Date Saved : …"), then each day's rule, "--------------- 2026년 11월 3일 화요일 ---------------"
 *   ("--------------- Tuesday, November 3, 2026 ---------------"), and its messages, "[Yuki] [오후 6:42]
 *   text" ("[Yuki] [6:42 PM] text"). Who joined, left or was invited is a line of its own with no time
 *   ("Jiwoo님이 Sora님을 초대했습니다.", "Jiwoo invited Sora.").
 * - The phone apps' text ("Send text only"): a header of the export's own file name ("Talk_2026.11.3 18:42-1.txt",
 *   older "<chat name>님과 카카오톡 대화-1.txt", "KakaoTalk Chats with <chat name>-1.txt") or the chat's name,
 *   and the day it was saved; a line per day ("2026년 11월 3일 화요일", "2026. 11. 3. 화요일", "Tuesday, November
 *   3, 2026"); each message stamped with its day and time, then its sender and " : ": Android "2026년 11월 3일
 *   오후 6:42, Yuki : text", iOS "2026. 11. 3. 오후 6:42, Yuki : text", in English "Nov 3, 2026, 6:42 PM, Yuki :
 *   text", "November 3, 2026 at 6:42 PM, Yuki : text", "Nov 3, 2026 at 18:42, Yuki : text", "Jul 16, 2020 22:23,
 *   Yuki : text" (a phone on the 24-hour clock writes no AM/PM; iOS puts U+202F before it). A stamp with no
 *   " : " after it is a notice ("2026. 11. 3. 오후 8:26: 홍길동님이 방장이 되었습니다.", "Feb 1, 2026 at 20:29: 홍길동
 *   invited 김철수."); a stamp alone is a day's marker.
 * - The PC app's CSV (Mac: "Save as CSV", `KakaoTalk_Chat_<chat name>_….csv`): a header "Date,User,Message",
 *   then a row per message, "2026-11-03 18:42:12,"Yuki","text"", a message of several lines in its quotes; a
 *   row with no user is a notice.
 *
 * In the text files a message of several lines goes on in the lines after it that are no stamp, rule or
 * day. What is no one's words is passed over: notices, and a message that is only a placeholder (a photo,
 * "사진", "사진 3장", "Photo", "2 photos"; a video, a voice message, an emoticon "이모티콘", "(이모티콘)",
 * "Emoticons"; a contact, a map, a call "보이스톡", "Live Talk"; a deleted message "삭제된 메시지입니다.",
 * "This message was deleted.", "The message has been deleted."; one hidden by an open chat's host). An
 * emoticon sent with words ("(이모티콘) 안녕") keeps its words. Times have no zone and are read as UTC, as
 * every chat export's are (import-dates.ts). A file that is not UTF-8 (an older PC export in CP949) is
 * refused naming its line and byte.
 *
 * Checked against public readers of these exports and their tests: kakaotalkparse (1kko: the PC file's name
 * and CRLF lines, its day rules and "[어피치] [오후 10:38] …"; an iOS "2019. 12. 22. 오후 2:22, 산들바람 : …"),
 * a TypeScript reader's detect.ts (the prefixes "2024년 1월 1일 오전 9:00", "2024. 1. 1. 오전 9:00", "January 1,
 * 2024 at 9:00 AM", U+202F before AM/PM, the placeholders of both languages, "The message has been deleted.",
 * "This message was deleted.", the Mac CSV's exact header "Date,User,Message"), a Python reader's tests of the
 * newer phone exports ("Talk_2026.2.10 08:50-1.txt", "저장한 날짜 : 2026. 2. 10. 오후 12:16", "Date Saved : Feb 13,
 * 2026 at 18:42", "Feb 1, 2026 at 20:35, 김예슬 : …", notices "…: 홍길동 invited 김철수."), an archive app's notes
 * on five real exports (the folders "Kakaotalk_Chat_[chat-name]" and "KakaoTalk Chats with [chat-name]", their
 * Talk_…-N.txt parts and shared files "20231030_123053.txt", "Jul 16, 2020 22:23, sender : content"), the 2017
 * reader of DiscoveryChannel ("<name> (N명)과 카카오톡 대화-1.txt", "KakaoTalk Chats with <name> (N people)-1.txt",
 * "Nov 3, 2026, 6:42 PM, name : …", "… invited ….", "… left this chatroom."), a C# reader's detection tests, a
 * test of a PC export with "홍길동님이 새사용자님을 초대했습니다." on a line of its own, and kcachat's Mac CSV
 * reader (claudianus/kakaotalk-chat-analyzer: "2024-06-01 10:00:00,Alice,…", quoted multi-line cells).
 *
 * The chat's name: the header's ("Bukhansan hikers 님과 카카오톡 대화"), else its folder's ("KakaoTalk Chats
 * with Jiwoo/", "Kakaotalk_Chat_Jiwoo_20260526_152352/"), else its file's ("KakaoTalk_Chat_Jiwoo_….csv"), else
 * the file's name. Files are read line by line (bytes.ts `fileLines`, csv-records.ts); a chat's messages are
 * held to its end (one conversation).
 */
import { stat } from "node:fs/promises";
import { basename, dirname, extname } from "node:path";
import { isoToMs } from "../../time/import-dates.js";
import { fileLines } from "../kit/bytes.js";
import { csvRecords } from "../kit/csv-records.js";
import { addMessageLine, MAX_MESSAGE_CHARS } from "../kit/passages.js";
import { timeKeyedChat } from "../kit/time-keys.js";
import { ImportError, type ParsedConversation, type ParsedTurn, type ReadOptions } from "../kit/types.js";

/** English months, as KakaoTalk writes them whole ("November") or cut ("Nov"). */
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
/** A weekday in Korean ("화요일", also "(화)"). */
const KO_WEEKDAY = String.raw`\(?[월화수목금토일](?:요일)?\)?`;
/** An English weekday's name. */
const EN_WEEKDAY = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
/** A Korean day: "2026년 11월 3일" or "2026. 11. 3." (groups 1–3 or 4–6), "2026-11-03" (7–9). */
const KO_DATE = String.raw`(?:(\d{4})년\s*(\d{1,2})월\s*(\d{1,2})일|(\d{4})\.\s*(\d{1,2})\.\s*(\d{1,2})\.|(\d{4})-(\d{2})-(\d{2}))`;
/** A day of its own, a phone's line or inside a PC rule: Korean with its weekday (groups as KO_DATE), or English "Tuesday, November 3, 2026" (10 the month, 11 the day, 12 the year). */
const DAY = new RegExp(String.raw`^(?:${KO_DATE}\s*${KO_WEEKDAY}|${EN_WEEKDAY},\s+([A-Za-z]{3,9})\.?\s+(\d{1,2}),\s+(\d{4}))$`);
/** The PC app's day rule: "--------------- 2026년 11월 3일 화요일 ---------------" (group 1 the day). */
const RULE = /^-{3,}\s*(.+?)\s*-{3,}$/;
/** The PC app's message: "[Yuki] [오후 6:42] text", "[Yuki] [6:42 PM] text": group 1 the sender, 2 오전/오후, 3 the hour, 4 the minute, 5 a/p, 6 the text. */
const PC_MESSAGE = /^\[(.+?)\] \[(?:(오전|오후)\s?)?(\d{1,2}):(\d{2})(?:\s?([AaPp])\.?[Mm]\.?)?\](?: (.*))?$/;
/** A phone's Korean stamp: a day (groups as KO_DATE), 오전/오후 (10), the hour (11), the minute (12), the rest of the line (13). */
const KO_STAMP = new RegExp(String.raw`^${KO_DATE}\s+(?:(오전|오후)\s*)?(\d{1,2}):(\d{2})(.*)$`);
/** A phone's English stamp: the month (1), day (2), year (3), the hour (4), minute (5), a/p (6), the rest of the line (7). */
const EN_STAMP = /^([A-Z][a-z]{2,8})\.? (\d{1,2}), (\d{4})(?:,| at)? (\d{1,2}):(\d{2})(?: ?([AaPp])\.?[Mm]\.?)?(.*)$/;
/** A notice of the PC app on a line of its own: who joined, left, was invited or sent out. */
const PC_NOTICE =
  /^(?:.{1,80}님이 .{1,400}님을 초대했습니다\.|.{1,80}님이 (?:들어왔습니다|나갔습니다)\.|.{1,80}님을 내보냈습니다\.|.{1,80} invited .{1,400}\.|.{1,80} (?:left|joined) this chatroom\.|.{1,80} has (?:left|joined) the chat(?:room)?\.)$/;
/** The header's chat name: "Bukhansan hikers 님과 카카오톡 대화", "Jiwoo님과 카카오톡 대화-1.txt", "Hikers (4명)과 카카오톡 대화-1.txt", "KakaoTalk Chats with Jiwoo (4 people)-1.txt": group 1 or 2 the name. */
const BANNER = /^(?:(.+?)(?:\s*님과| \(\d+명\)과) 카카오톡 대화|KakaoTalk Chats with (.+?)(?: \(\d+ people\))?)(?:-\d+\.txt)?$/i;
/** The header's line of the export's own file name, "Talk_2026.11.3 18:42-1.txt", which names no chat. */
const FILE_LINE = /^(?:Kakao)?Talk_\S.{0,80}\.txt$/i;
/** The header's day it was saved: "저장한 날짜 : 2026-11-03 18:42:12", "Date Saved : Nov 3, 2026 at 18:42". */
const SAVED = /^(?:저장한 날짜|Date Saved)\s*:/i;
/** A folder an export was saved in that names its chat: "KakaoTalk Chats with Jiwoo", "Kakaotalk_Chat_Jiwoo_20260526_152352". */
const FOLDER_NAME = /^(?:KakaoTalk Chats with (.+?)(?: \(\d+ people\))?|Kakaotalk_Chat_(.+?)(?:_\d{8}_\d{6})?)$/i;
/** A CSV's file name that names its chat: "KakaoTalk_Chat_Jiwoo_2026-11-03-18-42-12". */
const FILE_NAME = /^KakaoTalk_Chat_(.+?)(?:_\d{4}-?\d{2}-?\d{2}[-_\d.]*)?$/i;
/** The Mac CSV's header. */
const CSV_HEADER = /^\uFEFF?"?Date"?,"?User"?,"?Message"?\s*$/i;
/** A CSV row's date: "2026-11-03 18:42:12". */
const CSV_DATE = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}(?::\d{2})?)$/;
/** Spaces a phone writes in a time (U+202F before AM/PM, U+00A0, U+2009). */
const ODD_SPACES = /[\u202f\u00a0\u2009]/g;
/** A message that is only a placeholder for what was sent or a deleted message, in Korean or English. */
const PLACEHOLDER =
  /^(?:사진(?:\s*\d+\s*장)?|동영상|음성\s?메시지|\(?이모티콘\)?|파일|연락처|지도|보이스톡.{0,20}|페이스톡.{0,20}|라이브톡.{0,20}|삭제된 메시지입니다\.?|메시지가 삭제되었습니다\.?|관리자가 메시지를 가렸습니다\.?|Photos?|\d+ (?:photos|videos|files)|Videos?|\(?emoticons?\)?|Voice (?:Note|Message)|Audio|File|Contact|Map|Live Talk.{0,20}|Voice ?Talk.{0,20}|Face ?Talk.{0,20}|This message was deleted\.?|The message has been deleted\.?|Deleted message\.?|This message has been hidden by the host\.?)$/i;
/** An emoticon sent with words, as older exports write it: "(이모티콘) 안녕", "(emoticon) hi". */
const EMOTICON_WITH_WORDS = /^\((?:이모티콘|emoticon)\)\s+/i;

/** What a line of a text export is. */
type Line =
  | { kind: "day"; day: number; rule: boolean }
  | { kind: "message"; at: number; speaker: string; text: string }
  | { kind: "pc"; clock: number; speaker: string; text: string }
  | { kind: "notice"; at: number }
  | { kind: "marker" }
  | { kind: "other" };

/** The UTC midnight of a day (epoch ms), NaN for one that is none ("2026년 2월 30일") or outside 1970–2199. */
function dayMs(year: string, month: string | number, day: string): number {
  return isoToMs(`${year}-${String(month).padStart(2, "0")}-${day.padStart(2, "0")}`);
}

/** A Korean day's match (KO_DATE's groups from `at`): its UTC midnight. */
function koDay(m: RegExpExecArray, at: number): number {
  const g = m.slice(at, at + 9);
  const [y, mo, d] = g[0] ? g.slice(0, 3) : g[3] ? g.slice(3, 6) : g.slice(6, 9);
  return dayMs(y!, mo!, d!);
}

/** An English month's number (1–12), as a whole name or its first three letters ("Nov"), 0 for a word that is none. */
function monthOf(word: string): number {
  const w = word.toLowerCase();
  const i = MONTHS.findIndex((m) => m === w || m.slice(0, 3) === w);
  return i + 1;
}

/** A time of day (ms since midnight) of an hour, a minute and whether it is p.m. (undefined on the 24-hour clock; "오전 0:05" is read as midnight's); NaN for one that is none ("25:10", "13:05 PM"). */
function clockMs(hour: number, minute: number, pm: boolean | undefined): number {
  if (pm !== undefined) {
    if (hour > 12) return Number.NaN;
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  return hour < 24 && minute < 60 ? (hour * 60 + minute) * 60_000 : Number.NaN;
}

/** Whether 오전/오후 or an "a"/"p" says p.m. (undefined: neither, the 24-hour clock). */
function isPm(korean: string | undefined, latin: string | undefined): boolean | undefined {
  if (latin) return latin.toLowerCase() === "p";
  return korean ? korean === "오후" : undefined;
}

/** What follows a phone's stamp: a message (", Yuki : text"), a notice (", …" or ": …" with no sender), a day's marker (nothing), or null when the line is no stamped line. */
function afterStamp(rest: string, at: number): Line | null {
  if (!rest.trim()) return { kind: "marker" };
  // (seconds, "18:42:12": no KakaoTalk stamp but another app's, imessage-exporter's "Nov 02, 2026 10:14:03 PM")
  if (/^:\d/.test(rest)) return null;
  if (rest.startsWith(":")) return { kind: "notice", at };
  if (!rest.startsWith(",")) return null;
  const body = rest.slice(1).trimStart();
  const colon = body.indexOf(" : ");
  if (colon > 0) return { kind: "message", at, speaker: body.slice(0, colon).trim(), text: body.slice(colon + 3) };
  if (/ :$/.test(body) && body.length > 2) return { kind: "message", at, speaker: body.slice(0, -2).trim(), text: "" };
  return { kind: "notice", at };
}

/** What `raw`, a line of a text export, is (its odd spaces made plain); NaN in a day or time that is none. */
function lineOf(raw: string): Line {
  const line = raw.replace(ODD_SPACES, " ").trimEnd();
  const rule = RULE.exec(line);
  const day = DAY.exec(rule ? rule[1]! : line);
  if (day) return { kind: "day", day: day[10] ? dayMs(day[12]!, monthOf(day[10]) || "00", day[11]!) : koDay(day, 1), rule: rule !== null };
  const pc = PC_MESSAGE.exec(line);
  if (pc) return { kind: "pc", clock: clockMs(+pc[3]!, +pc[4]!, isPm(pc[2], pc[5])), speaker: pc[1]!.trim(), text: pc[6] ?? "" };
  const ko = KO_STAMP.exec(line);
  if (ko) {
    const stamped = afterStamp(ko[13]!, koDay(ko, 1) + clockMs(+ko[11]!, +ko[12]!, isPm(ko[10], undefined)));
    if (stamped) return stamped;
  }
  const en = EN_STAMP.exec(line);
  const month = en ? monthOf(en[1]!) : 0;
  if (en && month) {
    const stamped = afterStamp(en[7]!, dayMs(en[3]!, month, en[2]!) + clockMs(+en[4]!, +en[5]!, isPm(undefined, en[6])));
    if (stamped) return stamped;
  }
  return { kind: "other" };
}

/** The chat's name a header line gives ("Bukhansan hikers 님과 카카오톡 대화" → "Bukhansan hikers"), "" for a header line naming none, null for no header line. */
function headerName(line: string): string | null {
  const s = line.replace(/^\uFEFF/, "").trim();
  const m = BANNER.exec(s);
  if (m) return (m[1] ?? m[2]!).trim();
  return FILE_LINE.test(s) || SAVED.test(s) ? "" : null;
}

/**
 * Whether `head` (a file's start) is a chat KakaoTalk exported as text: past its header lines (the chat's
 * name, the export's file name, the day it was saved) and blank lines, a day (a PC rule or a phone's day
 * line) followed by a message or a notice, or a phone's stamped message ("2026. 11. 3. 오후 6:42, Yuki : …").
 * Only the first lines are read.
 */
export function isKakaoTalkExport(head: string): boolean {
  const lines = head.split(/\r?\n|\r/, 64);
  let day = false;
  for (const raw of lines) {
    if (!raw.trim() || (!day && headerName(raw) !== null)) continue;
    const line = lineOf(raw);
    if (line.kind === "message") return true;
    if (line.kind === "pc") return day;
    if (line.kind === "day") day = true;
    // (a phone's notice or day marker before the first message; a PC export's notice, a line of its own, after the first day)
    else if (line.kind !== "notice" && line.kind !== "marker" && !(day && PC_NOTICE.test(raw.trim()))) return false;
  }
  return false;
}

/** Whether `start` (a file's start) is the Mac app's CSV of a chat: its header "Date,User,Message", then a row opening with a date "2026-11-03 18:42:12," (or no row yet). */
export function isKakaoTalkCsv(start: string): boolean {
  const [header, row] = start.replace(/^\uFEFF/, "").split(/\r?\n|\r/, 2);
  return CSV_HEADER.test(header ?? "") && (row === undefined || !row.trim() || /^"?\d{4}-\d{2}-\d{2} \d{2}:\d{2}/.test(row));
}

/** The chat's name its folder or file name gives ("KakaoTalk Chats with Jiwoo/…", "KakaoTalk_Chat_Jiwoo_….csv"), else the file's name (a phone's part's without its "-1"). */
function pathChatName(file: string): string {
  const folder = FOLDER_NAME.exec(basename(dirname(file)));
  if (folder) return (folder[1] ?? folder[2]!).trim();
  const name = basename(file, extname(file));
  const named = FILE_NAME.exec(name) ?? /^KakaoTalk Chats with (.+?)(?: \(\d+ people\))?(?:-\d+)?$/i.exec(name);
  // (a phone's parts of one export, "Talk_2026.5.25 15:10-1.txt" and "-2.txt", are one chat)
  return named ? named[1]!.trim() : name.replace(/^(Talk_.+)-\d+$/i, "$1");
}

/** A message's words as KakaoTalk wrote them, or null when it is only a placeholder (a photo, an emoticon, a deleted message). */
function wordsOf(lines: string[]): string | null {
  const text = lines
    .join("\n")
    .replace(/[\u2028\u2029]/g, "\n")
    .trim()
    .replace(EMOTICON_WITH_WORDS, "");
  return !text || PLACEHOLDER.test(text) ? null : text;
}

/** A message being read: its first line's number, its time, its sender (null for a notice, whose lines are passed over) and its lines. */
interface Draft {
  line: number;
  at: number;
  speaker: string | null;
  lines: string[];
  chars: number;
}

/**
 * Reads `file`, a chat KakaoTalk exported (the PC app's or a phone's text, told by its lines, or the Mac
 * app's CSV, by its header), into one conversation (format `kakaotalk`, externalId `kakaotalk:<the chat's
 * name>`, "kakaotalk:Bukhansan hikers", so a later export of the growing chat adds only its new messages;
 * title that name), its turns in time order: each message said by its sender, role "other" (`--me` names
 * the user, import.ts). Turn externalId: its time, ISO 8601 ("2026-11-03T18:42:00.000Z", "…Z#2" for a
 * second message in the same minute); metadata `{ line }` (its first line's number). Null when no message
 * has words (only photos and emoticons). `onProgress` gets the bytes read.
 * @throws ImportError naming the file and line: a line before the first message that is no header nor day,
 *   a PC message before the first day, a day or time that is none ("2026년 2월 30일", "25:10"), a CSV row
 *   whose date is none, a message over passages.ts MAX_MESSAGE_CHARS, no message at all; `line N (byte M)`
 *   for bytes that are not UTF-8.
 */
export async function parseKakaoTalk(file: string, opts: ReadOptions = {}): Promise<ParsedConversation | null> {
  const info = await stat(file);
  const input = fileLines(file, info.size);
  let csv = false;
  try {
    for await (const line of input.lines) {
      csv = isKakaoTalkCsv(line);
      break;
    }
  } finally {
    input.close();
  }
  return csv ? parseCsv(file, info.size, opts) : parseText(file, info.size, opts);
}

/** Reads a text export (the PC app's or a phone's): see {@link parseKakaoTalk}. */
async function parseText(file: string, size: number, opts: ReadOptions): Promise<ParsedConversation | null> {
  const input = fileLines(file, size, opts.onProgress);
  const turns: ParsedTurn[] = [];
  let name: string | null = null;
  let header = false;
  let day: number | null = null;
  /** whether the file is the PC app's (its days are rules, its messages "[Yuki] [오후 6:42] …"), whose notices are lines of their own */
  let pc = false;
  let draft: Draft | null = null;
  let messages = 0;
  let n = 0;
  const close = (): void => {
    const d = draft;
    draft = null;
    const text = d?.speaker ? wordsOf(d.lines) : null;
    if (d?.speaker && text) turns.push({ externalId: null, speaker: d.speaker, role: "other", occurredAt: d.at, text, metadata: { line: d.line } });
  };
  const open = (at: number, speaker: string | null, first: string): void => {
    close();
    if (Number.isNaN(at)) throw new ImportError(file, `line ${n}`, "the message's day or time is none");
    draft = { line: n, at, speaker, lines: [first], chars: first.length };
    if (speaker) messages++;
  };
  try {
    for await (const raw of input.lines) {
      n++;
      const line = lineOf(raw);
      if (line.kind === "day") {
        if (Number.isNaN(line.day)) throw new ImportError(file, `line ${n}`, `${JSON.stringify(raw.trim())} is no day`);
        close();
        day = line.day;
        pc ||= line.rule;
        continue;
      }
      if (line.kind === "message" || line.kind === "notice") {
        open(line.at, line.kind === "message" ? line.speaker : null, line.kind === "message" ? line.text : "");
        continue;
      }
      if (line.kind === "pc") {
        pc = true;
        if (day === null)
          throw new ImportError(
            file,
            `line ${n}`,
            'a message before the first day (expected a day like "--------------- 2026년 11월 3일 화요일 ---------------" first)',
          );
        open(day + line.clock, line.speaker, line.text);
        continue;
      }
      if (line.kind === "marker") {
        close();
        continue;
      }
      // (a PC export's notice, a line of its own: "Jiwoo님이 Sora님을 초대했습니다.")
      if (pc && PC_NOTICE.test(raw.trim())) {
        close();
        continue;
      }
      if (draft) {
        addMessageLine(file, draft, raw);
        continue;
      }
      if (!raw.trim()) continue;
      if (day === null && !messages) {
        const named = headerName(raw);
        if (named !== null) {
          header = true;
          if (named && name === null) name = named;
          continue;
        }
        // (an open chat's notice under the header, before the first day: its rules, as the export copies them)
        if (header) continue;
      }
      throw new ImportError(
        file,
        `line ${n}`,
        day === null
          ? `expected KakaoTalk's header ("<chat> 님과 카카오톡 대화", "저장한 날짜 : …"), a day or a message like "2026. 11. 3. 오후 6:42, Yuki : text", got ${JSON.stringify(raw.trim().slice(0, 60))}`
          : `expected a message like "[Yuki] [오후 6:42] text" or "2026. 11. 3. 오후 6:42, Yuki : text" after the day, got ${JSON.stringify(raw.trim().slice(0, 60))}`,
      );
    }
  } finally {
    input.close();
  }
  close();
  if (!messages)
    throw new ImportError(file, `line ${n}`, 'no messages found (expected messages like "[Yuki] [오후 6:42] text" or "2026. 11. 3. 오후 6:42, Yuki : text")');
  input.finished();
  return timeKeyedChat("kakaotalk", name ?? pathChatName(file), turns);
}

/** Reads the Mac app's CSV: see {@link parseKakaoTalk}. */
async function parseCsv(file: string, size: number, opts: ReadOptions): Promise<ParsedConversation | null> {
  const { records } = csvRecords(file, size, MAX_MESSAGE_CHARS + 1_000, opts.onProgress);
  const turns: ParsedTurn[] = [];
  let rows = 0;
  let last = 0;
  for await (const { cells, line } of records) {
    last = line;
    if (!rows++) continue; // (the header, "Date,User,Message")
    const [date = "", user = "", ...rest] = cells;
    const m = CSV_DATE.exec(date.trim());
    const at = m ? isoToMs(`${m[1]}T${m[2]}`) : Number.NaN;
    if (Number.isNaN(at))
      throw new ImportError(file, `line ${line}`, `${JSON.stringify(date.slice(0, 40))} is no date (expected one like "2026-11-03 18:42:12")`);
    const text = rest.join(",");
    if (text.length > MAX_MESSAGE_CHARS)
      throw new ImportError(
        file,
        `line ${line}`,
        `the message is ${text.length.toLocaleString("en-US")} characters long; the largest message Engram imports is ${MAX_MESSAGE_CHARS.toLocaleString("en-US")} characters`,
      );
    // (a row with no user is KakaoTalk's notice: who joined, left or was invited)
    const words = user.trim() ? wordsOf([text]) : null;
    if (words) turns.push({ externalId: null, speaker: user.trim(), role: "other", occurredAt: at, text: words, metadata: { line } });
  }
  if (rows < 2)
    throw new ImportError(
      file,
      `line ${Math.max(last, 1)}`,
      'no messages found (expected rows like "2026-11-03 18:42:12,Yuki,text" under "Date,User,Message")',
    );
  return timeKeyedChat("kakaotalk", pathChatName(file), turns);
}

/** A file a phone's "Save as documents" export saves beside the chat, named by when it was sent: "20231030_123053.txt", "20251225_230420_8657.pdf". */
const SHARED_FILE = /^\d{8}_\d{6}(?:_\d+)?\.[A-Za-z0-9]{1,5}$/;
/** A phone export's chat file: "Talk_2026.5.25 15:10-1.txt". */
const TALK_FILE = /^Talk_.{1,80}\.txt$/i;

/**
 * Why `path`, a file in a folder the user imports, is passed over: a file shared in a KakaoTalk chat that
 * a phone's "Save as documents" export saved beside the chat's `Talk_….txt` ("20231030_123053.txt",
 * "20231114_042004.docx": someone's attachment, named by when it was sent, not the chat's words); null for
 * any other file. `names` lists the names in the file's folder.
 */
export function kakaotalkPassedOver(path: string, names: (dir: string) => string[]): string | null {
  const name = basename(path);
  if (!SHARED_FILE.test(name)) return null;
  const talk = names(dirname(path)).find((n) => TALK_FILE.test(n));
  return talk
    ? `a file shared in the KakaoTalk chat, saved with its export beside ${talk} (an attachment, not the chat's words; import it on its own to read it)`
    : null;
}

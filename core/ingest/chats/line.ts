/**
 * LINE chats as the LINE app exports them (a chat's menu → Settings → Export chat history: one text
 * file per chat, "[LINE] Chat with Yuki.txt", "[LINE] Hiking club.txt") → one conversation per file.
 *
 * The file opens with a header, "[LINE] Chat history with Yuki" (a one-to-one chat) or "[LINE] Chat
 * history in Hiking club" (a group; in Japanese "[LINE] Yukiとのトーク履歴", "[LINE] 山友のトーク履歴", in
 * Chinese "[LINE] 与Yuki的聊天记录", "[LINE] 與Yuki的聊天記錄"), the day it was saved ("Saved on:
 * 2026/11/30 21:04", "Saved on: 11/30/2026, 9:04 PM") and a blank line; an export without that
 * header opens with its first day. Each day opens with a day header: "2026/11/03(Tue)" (iPhone),
 * "2026/11/03（火）", "2026/11/3周二", "2026.11.03 Tuesday", or "Tue, 11/03/2026" (Android,
 * month or day first as the phone's language writes it: told by its weekday, else by a header of the
 * same file whose day is over 12, else month first). A message is its time, its sender and its text
 * joined by tabs ("18:42<TAB>Yuki<TAB>See you at 7!"; the time on the 24-hour clock or "6:42 PM",
 * "06:42PM", "午後6:42", "下午06:42"); a message of several lines goes on in the lines after it that
 * have no time, written inside double quotes in the newer versions (its quotes doubled inside them),
 * which are taken off. Times have no zone and are read as UTC, as a WhatsApp transcript's are
 * (import-dates.ts). The older "Save chat" of LINE for PC, its columns joined by spaces
 * ("16:23 Bob Today I …"), is not read: a sender's name cannot be told from the text.
 *
 * What is no one's words is passed over: a line with no sender (the time, then the notice, with or
 * without an empty sender column: "Yuki unsent a message.", "Tom joined the group.", "Ken changed the
 * group name to …") and the lines after it; a message that is only a placeholder ("[Sticker]",
 * "[Photo]", "[Video]", "[File]", "[Voice message]", "[Location]", "[スタンプ]", "[写真]" …), a call
 * ("☎ Missed call", "☎ Call time 12:04") or an unsent message. The file is read line by line (bytes.ts
 * `fileLines`); its messages are held until its end (one conversation).
 */
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { isoToMs } from "../../time/import-dates.js";
import { fileLines } from "../kit/bytes.js";
import { addMessageLine } from "../kit/passages.js";
import { ImportError, type ParsedConversation, type ParsedTurn } from "../kit/types.js";
import { timeKeyedChat } from "../kit/time-keys.js";

/** The header's first line: group 1 what follows "[LINE]" (the chat's name, in the export's words), or group 2 an older export's "Chat history with Yuki" without "[LINE]". */
const BANNER = /^(?:\[LINE\]\s*(.*?)|(Chat history (?:with|in) .+?))\s*$/;
/** The chat's name in the header's words, English, Japanese, Chinese or Thai: group 1 the name. */
const CHAT_NAMES: readonly RegExp[] = [
  /^Chat history (?:with|in) (.+)$/i,
  /^(.+?)(?:との|の)トーク履歴$/,
  /^(?:与|與)?(.+?)的聊天(?:记录|記錄)$/,
  /^ประวัติการแชท(?:กับ|ใน)?\s*(.+)$/,
];
/**
 * A day header of the year first: "2026/11/03(Tue)", "2026/11/3（火）", "2026/11/3周二", "2026.11.03
 * Tuesday", "2026/11/03 Tue": group 1 the year, 2 the month, 3 the day.
 */
const DAY_YEAR_FIRST = /^(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})(?:\s*[(（][^)）\t]{1,12}[)）]|\s*[^\s\d\t:]{1,12})?\s*$/u;
/**
 * Android's day header: "Tue, 11/03/2026" (month first) or "Tue, 03/11/2026" (day first), in another
 * language "Mi., 04.11.2026": group 1 the weekday, 2 and 3 the numbers, 4 the year.
 */
const DAY_WEEKDAY_FIRST = /^(\p{L}{1,12})\.?,\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/u;
/**
 * A message's or a notice's line: its time, then a tab. Group 1 a time of day before it in Japanese,
 * Chinese or Korean (午前/午後, 上午/下午, 오전/오후), 2 the hour, 3 the minute, 4 "a" or "p" of AM/PM,
 * 5 the rest (the sender, a tab and the text; or a notice).
 */
const MESSAGE_LINE = /^(?:(午前|午後|上午|下午|오전|오후)\s*)?(\d{1,2}):(\d{2})(?:\s*([AaPp])\.?[Mm]\.?)?\t(.*)$/;
/** The first letters of the English days of the week, Sunday first (Date.getUTCDay). */
const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
/** Placeholders LINE writes for what was sent that is no words, in the languages of its exports. */
const PLACEHOLDER =
  /^\[(?:Sticker|Animated sticker|Photo|Photos|Image|Video|File|Voice message|Audio|GIF|Contact|Location|Album|Note|Notes|Poll|Gift|Event|Emoji|スタンプ|写真|動画|ファイル|ボイスメッセージ|音声メッセージ|連絡先|位置情報|アルバム|ノート|投票|贴图|貼圖|照片|图片|圖片|视频|影片|文件|檔案|语音信息|語音訊息|位置|联系人|聯絡人|相簿|记事本|記事本)\]$/i;
/** A call (its sender the caller) or an unsent message, in a message's text. */
const NO_WORDS =
  /^(?:☎.*|\[(?:Call|Video call|通話|ビデオ通話)\]|(?:Missed call|Canceled call|Cancelled call|No answer|Call time \d[\d:]*)\.?|(?:.{1,60} )?unsent a message\.?|Message unsent\.?|メッセージの送信を取り消しました|.{0,60}撤回了一条消息|.{0,60}已收回訊息)$/i;

/**
 * Whether `head` (a file's start) is a chat LINE exported: its first meaningful line is the header
 * ("[LINE] Chat history with Yuki") or a day header ("2026/11/03(Tue)", "Tue, 11/03/2026"), and,
 * after the header's saved date and the first day header, its first message is a line of a time, a
 * tab and the rest ("18:42<TAB>Yuki<TAB>…"). Only the first lines are read.
 */
export function isLineExport(head: string): boolean {
  const lines = head
    .split(/\r?\n|\r/, 64)
    .map((l) => l.trimEnd())
    .filter((l) => l.trim());
  let i = 0;
  if (BANNER.test((lines[0] ?? "").replace(/^\uFEFF/, "").trim())) i = dayOf(lines[1] ?? "", null) ? 1 : 2;
  if (!dayOf(lines[i] ?? "", null)) return false;
  return MESSAGE_LINE.test(lines[i + 1] ?? "");
}

/** The order of an Android day header's numbers: "mdy" (11/03/2026 is 3 November), "dmy", or null when no header has told. */
type DayOrder = "mdy" | "dmy" | null;

/** A day header's day: its UTC midnight and the order its numbers were read in, or null when `line` is no day header or names no day (epoch ms, NaN for "2026/02/30"). */
function dayOf(line: string, order: DayOrder): { day: number; order: DayOrder } | null {
  const s = line.trim();
  const y = DAY_YEAR_FIRST.exec(s);
  if (y) return { day: dayMs(+y[1]!, +y[2]!, +y[3]!), order };
  const w = DAY_WEEKDAY_FIRST.exec(s);
  if (!w) return null;
  const [a, b, year] = [+w[2]!, +w[3]!, +w[4]!];
  const mdy = dayMs(year, a, b);
  const dmy = dayMs(year, b, a);
  if (Number.isNaN(dmy)) return { day: mdy, order: Number.isNaN(mdy) ? order : "mdy" };
  if (Number.isNaN(mdy)) return { day: dmy, order: "dmy" };
  if (a === b) return { day: mdy, order };
  // (both are days: the weekday says which, "Tue, 11/03/2026" is 3 November 2026, a Tuesday)
  const weekday = WEEKDAYS.indexOf(w[1]!.slice(0, 3).toLowerCase());
  const mdyDay = new Date(mdy).getUTCDay();
  const dmyDay = new Date(dmy).getUTCDay();
  if (weekday >= 0 && (weekday === mdyDay) !== (weekday === dmyDay)) return weekday === mdyDay ? { day: mdy, order: "mdy" } : { day: dmy, order: "dmy" };
  return order === "dmy" ? { day: dmy, order } : { day: mdy, order };
}

/** The UTC midnight of a day (epoch ms), or NaN for one that is no day ("2026/02/30") or one outside 1970–2199. */
function dayMs(year: number, month: number, day: number): number {
  return isoToMs(`${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
}

/** The time of day of a message line's match ({@link MESSAGE_LINE}): ms since midnight, or NaN for one that is none ("25:10", "13:05 PM"). */
function timeOfDay(m: RegExpExecArray): number {
  let hour = +m[2]!;
  const minute = +m[3]!;
  const pm = m[4] ? m[4].toLowerCase() === "p" : m[1] ? /午後|下午|오후/.test(m[1]) : undefined;
  if (pm !== undefined) {
    if (hour > 12 || (m[4] && hour < 1)) return Number.NaN;
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  return hour < 24 && minute < 60 ? (hour * 60 + minute) * 60_000 : Number.NaN;
}

/** The chat's name a header's first line gives (after "[LINE]"), without the export's words around it ("Chat history with Yuki" → "Yuki"). */
function chatName(banner: string): string {
  for (const re of CHAT_NAMES) {
    const m = re.exec(banner);
    if (m) return m[1]!.trim();
  }
  return banner.trim();
}

/** The chat's name its file's name gives: "[LINE] Chat with Yuki.txt" → "Yuki", "[LINE] Hiking club.txt" → "Hiking club". */
function fileChatName(file: string): string {
  const name = basename(file)
    .replace(/\.txt$/i, "")
    .replace(/^\[LINE\]\s*/i, "")
    .replace(/^Chat (?:history )?(?:with|in) /i, "")
    .replace(/(?:との|の)?トーク(?:履歴)?$/, "")
    .trim();
  return name || basename(file);
}

/** A message being read: its first line's number, its time, its sender (null for a notice, whose lines are passed over) and its lines. */
interface Draft {
  line: number;
  at: number;
  speaker: string | null;
  lines: string[];
  chars: number;
}

/** A message's words as LINE wrote them: its lines, the double quotes around a message of several lines taken off (its doubled quotes undone), line separators as new lines. */
function wordsOf(d: Draft): string {
  const lines = d.lines.slice();
  while (lines.length > 1 && !lines.at(-1)!.trim()) lines.pop();
  let text = lines.join("\n").replace(/[\u2028\u2029]/g, "\n");
  if (lines.length > 1 && text.length >= 2 && text.startsWith('"') && text.endsWith('"')) text = text.slice(1, -1).replace(/""/g, '"');
  return text.trim();
}

/**
 * Reads `file`, a chat LINE exported as text, into one conversation (format `line`, externalId
 * `line:<the chat's name>`, the name its header gives, "line:Yuki", "line:Hiking club", else its file's
 * name without "[LINE]" and ".txt", so a later export of the growing chat adds only its new messages;
 * title that name), its turns in time order: each message said by its sender, role "other" (`--me`
 * names the user, import.ts). Turn externalId: its time, ISO 8601 ("2026-11-03T18:42:00.000Z", "…Z#2"
 * for a second message in the same minute); metadata `{ line }` (its first line's number). Null when
 * no message has words (only stickers and photos). `onProgress` gets the bytes read.
 * @throws ImportError naming the file and line: a line before the first day header that is no
 *   header, a message before the first day header, a day header that names no day ("2026/02/30"), a
 *   time that is none ("25:10"), a message over passages.ts MAX_MESSAGE_CHARS, no message at all; `line N (byte
 *   M)` for bytes that are not UTF-8.
 */
export async function parseLine(file: string, opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {}): Promise<ParsedConversation | null> {
  const info = await stat(file);
  const input = fileLines(file, info.size, opts.onProgress);
  const turns: ParsedTurn[] = [];
  let name: string | null = null;
  let headerLines = 0;
  let day: number | null = null;
  let order: DayOrder = null;
  let draft: Draft | null = null;
  let messages = 0;
  let n = 0;
  const close = (): void => {
    const d = draft;
    draft = null;
    if (!d?.speaker) return;
    const text = wordsOf(d);
    if (!text || PLACEHOLDER.test(text) || NO_WORDS.test(text)) return;
    turns.push({ externalId: null, speaker: d.speaker, role: "other", occurredAt: d.at, text, metadata: { line: d.line } });
  };
  try {
    for await (const raw of input.lines) {
      n++;
      const line = n === 1 ? raw.replace(/^\uFEFF/, "") : raw;
      const m = MESSAGE_LINE.exec(line);
      if (m && day !== null) {
        close();
        const time = timeOfDay(m);
        if (Number.isNaN(time)) throw new ImportError(file, `line ${n}`, `${JSON.stringify(line.split("\t", 1)[0])} is no time of day`);
        const tab = m[5]!.indexOf("\t");
        const speaker = tab < 0 ? "" : m[5]!.slice(0, tab).trim();
        const first = tab < 0 ? "" : m[5]!.slice(tab + 1);
        // (a line with no sender is LINE's notice: "Yuki unsent a message.", "Tom joined the group.")
        draft = { line: n, at: day + time, speaker: speaker || null, lines: [first], chars: first.length };
        messages++;
        continue;
      }
      const header: { day: number; order: DayOrder } | null = m ? null : dayOf(line, order);
      if (header) {
        if (Number.isNaN(header.day)) throw new ImportError(file, `line ${n}`, `${JSON.stringify(line.trim())} is no day`);
        close();
        day = header.day;
        order = header.order;
        continue;
      }
      if (draft) {
        // (a message's next line; a wrapped line may be indented by the tabs of the two columns before its text)
        const next = line.replace(/^\t{1,2}/, "");
        addMessageLine(file, draft, next);
        continue;
      }
      if (!line.trim()) continue;
      if (m)
        throw new ImportError(file, `line ${n}`, 'a message before the first day header (expected a day like "2026/11/03(Tue)" or "Tue, 11/03/2026" first)');
      const banner = day === null && headerLines === 0 ? BANNER.exec(line.trim()) : null;
      if (banner) {
        name = chatName(banner[1] ?? banner[2]!) || null;
        headerLines++;
        continue;
      }
      // (the header's second line: "Saved on: 2026/11/30 21:04", in the export's language)
      if (day === null && headerLines === 1) {
        headerLines++;
        continue;
      }
      throw new ImportError(
        file,
        `line ${n}`,
        day === null
          ? `expected LINE's header ("[LINE] Chat history with …") or a day like "2026/11/03(Tue)" or "Tue, 11/03/2026", got ${JSON.stringify(line.trim().slice(0, 60))}`
          : `expected a message like "18:42<TAB>Yuki<TAB>text" after the day header, got ${JSON.stringify(line.trim().slice(0, 60))}`,
      );
    }
  } finally {
    input.close();
  }
  close();
  if (!messages)
    throw new ImportError(file, `line ${n}`, 'no messages found (expected a day like "2026/11/03(Tue)", then messages like "18:42<TAB>Yuki<TAB>text")');
  input.finished();
  return timeKeyedChat("line", name ?? fileChatName(file), turns);
}

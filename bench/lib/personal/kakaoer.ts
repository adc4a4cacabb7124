/**
 * The kakaoer: Alex, a British teacher living in Seoul, who keeps the talk of a move, a dinner, a
 * friend's birthday present and a hike in KakaoTalk, in English with a little Korean. Two chats
 * exported as the KakaoTalk apps export them (a chat's menu → 대화 내보내기 / Export chat):
 * - the chat with their friend Jiwoo, exported from an iPhone set to English ("Send text only"): a
 *   folder "KakaoTalk Chats with Jiwoo" holding `Talk_2026.11.22 21:04-1.txt`, whose first line is its
 *   own file's name, then "Date Saved : Nov 22, 2026 at 21:04", a blank line, a line per day
 *   ("Tuesday, November 3, 2026") and each message "Nov 3, 2026 at 18:42, Jiwoo : …" on the phone's
 *   24-hour clock, its further lines after it with no stamp; a photo is "Photo", a deleted message
 *   "This message was deleted.";
 * - their hiking friends' group chat, saved from the PC app (Windows) set to Korean
 *   (`KakaoTalk_20261122_2110_05_417_group.txt`, CRLF line breaks): "Bukhansan hikers 님과 카카오톡
 *   대화", "저장한 날짜 : 2026-11-22 21:10:05", a blank line, day rules "--------------- 2026년 11월 10일
 *   화요일 ---------------", messages "[Minho] [오후 8:15] …", an invitation on a line of its own
 *   ("Jiwoo님이 Sora님을 초대했습니다."), "사진", "이모티콘" and "삭제된 메시지입니다." for a photo, an
 *   emoticon and a deleted message.
 * Checked against public readers of the export and their tests: kakaotalkparse (1kko: the PC file's
 * name, its day rules and "[name] [오후 10:38] …" lines, CRLF), a TypeScript reader's detect.ts and its
 * txt parser (the mobile prefixes "2026년 11월 3일 오후 6:42", "2026. 11. 3. 오후 6:42", "November 3,
 * 2026 at 6:42 PM", the U+202F before AM/PM, the placeholders "사진", "Photo", "이모티콘", "삭제된
 * 메시지입니다.", "This message was deleted."), a Python reader's tests of the newer exports ("Talk_…-1.txt"
 * then "Date Saved : Feb 13, 2026 at 18:42", "Feb 1, 2026 at 20:35, 김예슬 : …", a notice "Feb 1, 2026
 * at 20:29: 홍길동 invited 김철수."), an archive app's notes on real exports (the folder "KakaoTalk Chats
 * with [chat-name]/Talk_2021.3.30 22:16-1.txt", "Thursday, July 16, 2020", "Jul 16, 2020 22:23, sender :
 * content"), a parser test of a PC export with an invitation line of its own, and the 2017 English
 * reader of DiscoveryChannel ("Nov 3, 2026, 6:42 PM, name : …", "… invited …", "… left this chatroom.").
 * Imported as one folder with `--me Alex` (KakaoTalk writes the user's own messages under their profile
 * name). Hand-written by the developers while trying Engram as its users would, in session 39, before
 * Engram could read a KakaoTalk export (the first run's figures are in bench/README.md). With it, the
 * questions such a person asks later and the words a right answer holds, and questions nothing here
 * answers.
 */
import type { Person } from "./types.js";

/** The chat with Jiwoo as the iPhone's English export writes it: its file's name, the day it was saved, a blank line, then days and messages. */
const JIWOO = `${[
  "Talk_2026.11.22 21:04-1.txt",
  "Date Saved : Nov 22, 2026 at 21:04",
  "",
  "Tuesday, November 3, 2026",
  "Nov 3, 2026 at 18:42, Jiwoo : Alex!! Did you sign the contract for the new flat?",
  "Nov 3, 2026 at 18:45, Alex : Signed it this afternoon 🎉 It's in Mangwon-dong, five minutes from Mangwon station",
  "Nov 3, 2026 at 18:47, Alex : Photo",
  "Nov 3, 2026 at 18:48, Alex : New address for your contacts:",
  "302ho, 27 Poeun-ro 12-gil, Mapo-gu, Seoul",
  "(서울 마포구 포은로12길 27, 302호)",
  "Nov 3, 2026 at 18:50, Jiwoo : Mangwon!! The market there is the best 😍 When are you moving?",
  "Nov 3, 2026 at 18:53, Alex : Saturday 14 November. I booked Hanaro Movers for 9am, 280,000 won",
  "Nov 3, 2026 at 18:54, Jiwoo : I can help in the afternoon, I'll bring my car",
  "",
  "Tuesday, November 10, 2026",
  "Nov 10, 2026 at 20:31, Jiwoo : Housewarming dinner after the move? My treat 😊",
  "Nov 10, 2026 at 20:33, Jiwoo : How about Dalbit Sikdang near Mangwon market? Their dakgalbi is amazing",
  "Nov 10, 2026 at 20:40, Alex : Perfect. Sunday 15th?",
  "Nov 10, 2026 at 20:52, Jiwoo : 예약 완료! I booked Dalbit Sikdang for Sunday 15 November at 7pm, table for two under 지우",
  "Nov 10, 2026 at 21:20, Jiwoo : This message was deleted.",
  "",
  "Sunday, November 22, 2026",
  "Nov 22, 2026 at 19:12, Jiwoo : Is everything connected at the new place?",
  "Nov 22, 2026 at 19:15, Alex : Gas and electricity yes. KT is coming to install the internet on Wednesday 25 November, between 2 and 4pm",
  "Nov 22, 2026 at 19:16, Jiwoo : ㅋㅋㅋ Welcome to Korea, internet in three days",
].join("\n")}\n`;

/** The hiking group's chat as the PC app (Windows) writes it in Korean: its header, then day rules and "[name] [오후 8:15] …" lines, CRLF. */
const HIKERS = `${[
  "Bukhansan hikers 님과 카카오톡 대화",
  "저장한 날짜 : 2026-11-22 21:10:05",
  "",
  "--------------- 2026년 11월 10일 화요일 ---------------",
  "Jiwoo님이 Sora님을 초대했습니다.",
  "[Minho] [오후 8:15] Minji's birthday is Friday 27 November! Let's get her something together",
  "[Sora] [오후 8:17] She keeps talking about getting a film camera?",
  "[Jiwoo] [오후 8:20] She dropped her Kindle in the bath last month 😂 What about a new Kindle Paperwhite?",
  "[Alex] [오후 8:22] Kindle gets my vote 👍",
  "[Minho] [오후 8:30] OK decided:",
  "Kindle Paperwhite + a 20,000 won ebook gift card",
  "160,000 won total = 40,000 each",
  "I'll order it on Coupang tonight",
  "[Minho] [오후 8:31] 이모티콘",
  "[Alex] [오후 8:35] Sending you my 40,000 now",
  "",
  "--------------- 2026년 11월 12일 목요일 ---------------",
  "[Jiwoo] [오후 9:02] Hike time! Bukhansan on Saturday 28 November? The day after Minji's birthday lol",
  "[Sora] [오후 9:04] I'm in!",
  "[Minho] [오후 9:10] Plan:",
  "Meet at exit 2 of Gupabal station (line 3) at 8:30am",
  "Baegundae peak by the Bukhansanseong trail, about 5 hours there and back",
  "Bring crampons if it's icy",
  "[Alex] [오후 9:13] 사진",
  "[Alex] [오후 9:15] Can't wait! I'll bring kimbap for everyone",
  "[Sora] [오후 9:20] 삭제된 메시지입니다.",
  "",
  "--------------- 2026년 11월 20일 금요일 ---------------",
  "[Minho] [오후 6:05] The Kindle arrived 📦 I'll wrap it, we give it to her at her birthday dinner next Friday",
  "[Jiwoo] [오후 10:41] Forecast for the hike on the 28th: sunny, -2°C in the morning 🥶 dress warm",
].join("\r\n")}\r\n`;

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "Where did Jiwoo suggest for dinner?", expect: ["Dalbit"] },
  { question: "What time is the dinner booking?", expect: ["7pm"] },
  { question: "When is the hike to Bukhansan?", expect: ["28 November"] },
  { question: "Where are we meeting for the hike?", expect: ["Gupabal"] },
  { question: "What's the forecast for the hike?", expect: ["sunny"] },
  { question: "What did we decide to get Minji for her birthday?", expect: ["Kindle"] },
  { question: "When is Minji's birthday?", expect: ["27 November"] },
  { question: "How much do I owe for Minji's present?", expect: ["40,000"] },
  { question: "What's the address of the new flat?", expect: ["Poeun-ro"] },
  { question: "When am I moving?", expect: ["14 November"] },
  { question: "Which movers did I book?", expect: ["Hanaro"] },
  { question: "When is KT coming to install the internet?", expect: ["25 November"] },
  { question: "What's the monthly rent for the new flat?", expect: null },
  { question: "What is Minho's phone number?", expect: null },
  { question: "When is Sora's birthday?", expect: null },
];

/** Alex: two KakaoTalk chats in the folder they saved them to ("KakaoTalk"), imported as one folder with --me Alex, asked on Monday 23 November 2026. */
export const kakaoer: Person = {
  name: "kakaoer",
  files: [
    { name: "KakaoTalk/KakaoTalk Chats with Jiwoo/Talk_2026.11.22 21:04-1.txt", text: JIWOO, mtime: Date.UTC(2026, 10, 22, 12, 4) },
    { name: "KakaoTalk/KakaoTalk_20261122_2110_05_417_group.txt", text: HIKERS, mtime: Date.UTC(2026, 10, 22, 12, 10, 5) },
  ],
  folder: "KakaoTalk",
  me: "Alex",
  askedAt: Date.UTC(2026, 10, 23, 12, 0),
  questions: QUESTIONS,
};

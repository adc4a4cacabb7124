/**
 * The saver: Hannah saves articles to read later, in Pocket on her phone and in Instapaper on her
 * laptop, and exports both into her Downloads folder, which she imports (`engram import Downloads`):
 * - `pocket/part_000000.csv`, Pocket's export (getpocket.com/export → `pocket.zip`, unzipped): a header
 *   `title,url,time_added,tags,status`, a row per saved article, newest first; `time_added` seconds since
 *   1970, `tags` joined by `|` ("cooking|baking"), `status` `unread` or `archive` (read and archived); a
 *   title with a comma quoted; an article Pocket never found a title for has its link as its title. LF.
 * - `instapaper-export.csv`, Instapaper's (Settings → Export → Download .CSV file): a header
 *   `URL,Title,Selection,Folder,Timestamp,Tags`, a row per article, newest first; `Selection` the text she
 *   selected when she saved it (Instapaper's bookmarklet keeps it) or the article's summary, often empty;
 *   `Folder` `Unread`, `Archive`, `Starred` or a folder of hers ("Japan trip"); `Timestamp` seconds since
 *   1970; `Tags` a JSON array (`[]`, `"[""japan""]"`, its quotes doubled). LF line ends.
 * Hand-written by the developers while trying Engram as its users would, in session 35, before Engram
 * could read read-later lists (the first run's figures are in bench/README.md). With it, the questions
 * such a person asks later and the words a right answer holds, and questions nothing here answers.
 */
import type { Person } from "./types.js";

/** Seconds since 1970 of a time in UTC ("2026-11-03T07:12:40"), as Pocket's `time_added` and Instapaper's `Timestamp` hold it. */
function secs(iso: string): number {
  return Math.floor(Date.parse(`${iso}Z`) / 1000);
}

/** Pocket's CSV export, newest first, LF line ends. */
const POCKET = [
  "title,url,time_added,tags,status",
  `The Case for Slow Mornings,https://www.theguardian.com/lifeandstyle/2026/nov/03/the-case-for-slow-mornings,${secs("2026-11-03T07:12:40")},mornings|habits,archive`,
  `Sourdough Starter Recipe | King Arthur Baking,https://www.kingarthurbaking.com/recipes/sourdough-starter-recipe,${secs("2026-10-28T19:44:02")},cooking|baking,unread`,
  `https://www.seriouseats.com/the-best-roast-potatoes-ever-recipe,https://www.seriouseats.com/the-best-roast-potatoes-ever-recipe,${secs("2026-10-25T12:03:51")},cooking,unread`,
  `"The Long, Strange History of the Banana",https://www.newyorker.com/magazine/2026/10/19/the-long-strange-history-of-the-banana,${secs("2026-10-19T21:30:17")},longreads,unread`,
  `The four-day week trial that changed how we work,https://www.bbc.com/worklife/article/20261014-the-four-day-week-trial-that-changed-how-we-work,${secs("2026-10-14T08:05:33")},career|work,archive`,
  `Inside the Race to Save the Great Barrier Reef,https://www.theatlantic.com/science/archive/2026/10/great-barrier-reef-coral-restoration/680112/,${secs("2026-10-09T22:18:45")},longreads|science,archive`,
  `How to Ask for a Pay Rise (and Get It),https://hbr.org/2026/09/how-to-ask-for-a-pay-rise-and-get-it,${secs("2026-09-30T18:40:09")},career,unread`,
  `The Quiet Joy of Wild Swimming in Winter,https://www.theguardian.com/lifeandstyle/2026/sep/26/the-quiet-joy-of-wild-swimming-in-winter,${secs("2026-09-26T10:22:30")},longreads|swimming,unread`,
  `Ottolenghi's one-tray roast chicken with lemon and za'atar,https://www.theguardian.com/food/2026/sep/19/ottolenghi-one-tray-roast-chicken-lemon-zaatar,${secs("2026-09-19T17:55:12")},cooking,archive`,
  `A Beginner's Guide to Index Funds,https://www.moneysavingexpert.com/savings/index-funds/,${secs("2026-09-12T09:14:27")},money,unread`,
  `Couch to 5K: week by week,https://www.nhs.uk/live-well/exercise/running-and-aerobic-exercises/get-running-with-couch-to-5k/,${secs("2026-09-05T06:48:03")},running,archive`,
  `What I Learned From a Year Without Buying Clothes,https://www.vox.com/the-highlight/2026/9/1/year-without-buying-clothes,${secs("2026-09-01T20:11:56")},longreads,unread`,
  "",
].join("\n");

/** Instapaper's CSV export, newest first, LF line ends, quoted only where a cell needs it. */
const INSTAPAPER = [
  "URL,Title,Selection,Folder,Timestamp,Tags",
  `https://www.cntraveler.com/story/kyoto-in-three-days,"Kyoto in Three Days: Temples, Tofu and the Philosopher's Path",Go to Fushimi Inari before 8am to beat the crowds.,Japan trip,${secs("2026-11-18T21:15:02")},"[""japan"",""kyoto""]"`,
  `https://www.japan-guide.com/e/e2361.html,Is the Japan Rail Pass Still Worth It?,"Since the price rise it only pays off if you do Tokyo to Kyoto and back, plus Hiroshima.",Japan trip,${secs("2026-11-18T21:07:44")},"[""japan""]"`,
  `https://www.nytimes.com/2026/11/10/well/mind/autumn-sleep-clocks-change.html,Why We Sleep Badly When the Clocks Go Back,"Get bright light within an hour of waking; it sets your body clock for the night ahead.",Archive,${secs("2026-11-10T22:41:19")},[]`,
  `https://www.thisoldhouse.com/plumbing/21015203/how-to-fix-a-leaky-faucet,How to Fix a Dripping Tap,"Nine times out of ten it's a worn washer: turn off the water at the isolation valve first, then take off the handle.",Unread,${secs("2026-11-06T19:26:38")},"[""home""]"`,
  `https://www.theparisreview.org/blog/2026/10/22/in-praise-of-reading-slowly/,In Praise of Reading Slowly,,Starred,${secs("2026-10-22T20:59:05")},[]`,
  `https://jamesclear.com/habit-stacking,Habit Stacking: How to Build New Habits by Stacking Them,"After I pour my morning coffee, I will write one line in my journal.",Archive,${secs("2026-10-02T07:33:50")},"[""habits""]"`,
  "",
].join("\n");

const FILES: Person["files"] = [
  { name: "Downloads/pocket/part_000000.csv", text: POCKET, mtime: Date.UTC(2026, 10, 29, 10, 2) },
  { name: "Downloads/instapaper-export.csv", text: INSTAPAPER, mtime: Date.UTC(2026, 10, 29, 10, 9) },
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "Which article did I save about sourdough?", expect: ["King Arthur"] },
  { question: "What was that piece on four-day weeks?", expect: ["BBC"] },
  { question: "What did I highlight in the article about sleep?", expect: ["bright light"] },
  { question: "What did I save for the Japan trip?", expect: ["Rail Pass", "Kyoto"] },
  { question: "Have I read the article about slow mornings?", expect: ["archived"] },
  { question: "Which roast potatoes recipe did I save?", expect: ["seriouseats"] },
  { question: "Which article did I star in Instapaper?", expect: ["Reading Slowly"] },
  { question: "How do I fix a dripping tap?", expect: ["washer"] },
  { question: "When did I save the article about wild swimming?", expect: ["26 September"] },
  { question: "Which article about the Great Barrier Reef did I save?", expect: ["Atlantic"] },
  { question: "Where should I go before 8am in Kyoto?", expect: ["Fushimi Inari"] },
  { question: "How much does the Japan Rail Pass cost?", expect: null },
  { question: "Which article did I save about electric cars?", expect: null },
  { question: "What did Sam send me about the wedding?", expect: null },
];

/** Hannah: her Downloads folder with Pocket's export unzipped and Instapaper's CSV, imported as one, asked on Tuesday 1 December 2026. */
export const saver: Person = {
  name: "saver",
  files: FILES,
  folder: "Downloads",
  askedAt: Date.UTC(2026, 11, 1, 20, 0),
  questions: QUESTIONS,
};

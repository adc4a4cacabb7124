/**
 * The deepseeker: Arjun Mehta, a software tester in Manchester on an Indian passport, asks DeepSeek's chat
 * (chat.deepseek.com) about whatever comes up, from October to November 2026: the Schengen visa for a
 * December trip to Paris and Lyon, a Python script to rename his phone's photos by the date they were taken
 * (with DeepThink on), a sourdough schedule for friends coming to lunch, and a 65th birthday present for his
 * dad (with Search on). On 22 November he exports his data (Settings → Data → Export data), unzips what
 * DeepSeek sends him and imports the folder (`engram import DeepSeek`). The download holds two files:
 * - `conversations.json`: a JSON array of his chats, each `{ "id": <uuid>, "title", "inserted_at",
 *   "updated_at", "mapping" }`, times ISO 8601 with microseconds on Beijing's clock ("2026-10-14T03:12:44.518000+08:00").
 *   `mapping` is the chat's message tree, keyed by node id: `"root"` (`{ id, parent: null, children, message: null }`),
 *   then a node per message, `{ id, parent, children, message: { files, model, inserted_at, fragments } }`, its
 *   `fragments` typed `REQUEST` (what he typed), `THINK` (DeepThink's reasoning, with its `elapsed_secs`),
 *   `SEARCH` (the web results read, `results: [{ url, title, snippet, cite_index, site_name }]`) and `RESPONSE`
 *   (the answer, citing results as "[citation:2]"); `files` the files he attached (`{ file_name, file_size }`);
 *   `model` "deepseek-chat", or "deepseek-reasoner" with DeepThink. Editing a message or regenerating an
 *   answer forks the tree: his first visa question, about Rome and Florence, was edited to ask about Paris
 *   and Lyon, and one script answer was regenerated; the old branches stay in `mapping`. There is no
 *   `current_node`: the branch he ended on is the one to its newest message.
 * - `user.json`: the account (`{ "mobile": { "mobile_number" } }` for an account made with a phone number), no chat.
 * Checked against public readers of the export: DavidShiang/DeepSeek2md main.py (a conversation's `id`,
 * `title`, `inserted_at`, `updated_at`, `mapping`; the tree walked from its `"root"` node's `children`; a
 * message's `inserted_at` and `fragments`, `RESPONSE` telling the assistant's); a converter reading
 * `user.json`'s `mobile.mobile_number` beside `conversations.json` (nodes' `parent`, the root the node without
 * one; `inserted_at` read with `datetime.fromisoformat`; a message of more than one fragment an assistant's,
 * its last fragment the answer); Eternity-LLM/transfer main.py (a node's `id`, `parent`, `children`,
 * `message`; a message's `files`, `model`, `fragments`; `REQUEST` the user's, `THINK` the reasoning, any other
 * the assistant's); luoyif/memory-harness's connectors (`REQUEST`, `RESPONSE`, `THINK`, `SEARCH` with `results`
 * `{ url, title, snippet }`, `READ_LINK` with its `url`); yuki-inaho/deepseek-exporter's fixture of the chat
 * site's own messages (`THINK`'s `elapsed_secs`, a search's results' `cite_index` and `site_name`, a file's
 * `file_name` and `file_size`, a regenerated answer a sibling of the kept one); and exporters' Markdown of the
 * export (times such as "2025-03-30T04:49:37.018000+08:00", "model: deepseek-reasoner" on each message).
 * Hand-written by the developers while trying Engram as its users would, in session 40, before Engram could
 * read DeepSeek's export (the first run's figures are in bench/README.md). With it, the questions such a
 * person asks later and the words a right answer holds, and questions nothing here answers.
 */
import type { Person } from "./types.js";

/** A fragment of a message, as the export writes it. */
type Fragment =
  | { type: "REQUEST"; content: string }
  | { type: "THINK"; content: string; elapsed_secs: number }
  | { type: "SEARCH"; results: Array<{ url: string; title: string; snippet: string; cite_index: number; site_name: string }> }
  | { type: "RESPONSE"; content: string };

/** A message of a chat: its node id, its parent's, when it was written (Beijing's clock, as the export writes it), its model, fragments and files. */
interface Message {
  id: string;
  parent: string;
  at: string;
  model: "deepseek-chat" | "deepseek-reasoner";
  fragments: Fragment[];
  files?: Array<{ file_name: string; file_size: number }>;
}

/** A chat as the export writes it: its nodes' `children` from their messages' `parent`, the root first. */
function chat(id: string, title: string, messages: Message[]): Record<string, unknown> {
  const mapping: Record<string, { id: string; parent: string | null; children: string[]; message: unknown }> = {
    root: { id: "root", parent: null, children: [], message: null },
  };
  for (const m of messages) {
    mapping[m.parent]!.children.push(m.id);
    mapping[m.id] = { id: m.id, parent: m.parent, children: [], message: { files: m.files ?? [], model: m.model, inserted_at: m.at, fragments: m.fragments } };
  }
  const times = messages.map((m) => m.at).sort();
  return { id, title, inserted_at: times[0], updated_at: times[times.length - 1], mapping };
}

const ask = (content: string): Fragment[] => [{ type: "REQUEST", content }];
const say = (content: string): Fragment[] => [{ type: "RESPONSE", content }];

/** The visa chat, Wednesday 14 October 2026 evening in Manchester (the next morning on Beijing's clock): his first question, about Italy, edited to ask about France. */
const VISA = chat("6f1c2a9e-3b7d-4e25-9a41-0c8d5e7b2f13", "Schengen visa documents for France", [
  {
    id: "1",
    parent: "root",
    at: "2026-10-15T03:12:44.518000+08:00",
    model: "deepseek-chat",
    fragments: ask(
      "I'm an Indian citizen living in Manchester on a UK Skilled Worker visa. I want to visit Rome and Florence from 18 to 28 December. What documents do I need for the Italian visa?",
    ),
  },
  {
    id: "2",
    parent: "1",
    at: "2026-10-15T03:13:02.207000+08:00",
    model: "deepseek-chat",
    fragments: say(
      "For an Italian Schengen visa from the UK you apply through VFS Global in London or Manchester. You'll need the application form, your passport, two photos, travel insurance, bank statements and your hotel bookings in Rome and Florence.",
    ),
  },
  {
    id: "3",
    parent: "root",
    at: "2026-10-15T03:15:30.874000+08:00",
    model: "deepseek-chat",
    fragments: ask(
      "I'm an Indian citizen living in Manchester on a UK Skilled Worker visa. I want to visit Paris and Lyon from 18 to 28 December. What documents do I need for the Schengen visa application?",
    ),
  },
  {
    id: "4",
    parent: "3",
    at: "2026-10-15T03:15:58.331000+08:00",
    model: "deepseek-chat",
    fragments: say(
      [
        "France is your main destination, so you apply to France, through the France-Visas website and then the TLScontact visa centre in Manchester. You'll need:",
        "",
        "1. **Application form**: filled in online on France-Visas and printed, signed.",
        "2. **Passport**: issued in the last 10 years, valid for at least 3 months after you leave the Schengen area, with two blank pages.",
        "3. **UK residence proof**: your Skilled Worker visa (eVisa share code), valid for at least 3 months after your return.",
        "4. **Two photos**: 35 x 45 mm, recent, on a light background.",
        "5. **Travel insurance**: covering the whole trip, with at least **€30,000** of medical cover.",
        "6. **Bank statements**: your last 3 months, stamped by the bank or downloaded with your name on them.",
        "7. **Employer letter**: confirming your job, salary and approved leave, with your last 3 payslips.",
        "8. **Bookings**: return flights (or a reservation) and hotel bookings for Paris and Lyon.",
        "",
        "The visa fee is **€90**, plus TLScontact's service charge.",
      ].join("\n"),
    ),
  },
  {
    id: "5",
    parent: "4",
    at: "2026-10-15T03:18:11.402000+08:00",
    model: "deepseek-chat",
    fragments: ask("How early can I apply?"),
  },
  {
    id: "6",
    parent: "5",
    at: "2026-10-15T03:18:30.096000+08:00",
    model: "deepseek-chat",
    fragments: say(
      "You can apply up to 6 months before your trip and no later than 15 days before it. For travel on 18 December, book your TLScontact appointment by the end of November at the latest; early November is safer, as December is busy.",
    ),
  },
  {
    id: "7",
    parent: "6",
    at: "2026-10-22T02:41:09.733000+08:00",
    model: "deepseek-chat",
    files: [{ file_name: "TLScontact appointment confirmation.pdf", file_size: 84211 }],
    fragments: ask("I booked the TLScontact appointment for Thursday 5 November at 10:40. Anything else to bring?"),
  },
  {
    id: "8",
    parent: "7",
    at: "2026-10-22T02:41:35.560000+08:00",
    model: "deepseek-chat",
    fragments: say(
      "Bring the printed appointment confirmation, the originals of every document and one photocopy of each. They'll take your fingerprints and photo at the centre. Get there 15 minutes early; the passport usually comes back within 15 working days.",
    ),
  },
]);

/** The script chat, Tuesday 27 October 2026 evening (DeepThink on): the answer to his error regenerated once. */
const PHOTOS = chat("b24e9d07-81c5-4f3a-a6e2-5d90c17f3b88", "Rename photos by date taken", [
  {
    id: "1",
    parent: "root",
    at: "2026-10-28T04:05:17.129000+08:00",
    model: "deepseek-reasoner",
    fragments: ask(
      "I have about 3,000 photos from my Pixel phone in D:\\Photos\\2026, named like PXL_20260814_153012345.jpg. Write a Python script that renames them by the date taken, like 2026-08-14_15-30-12.jpg.",
    ),
  },
  {
    id: "2",
    parent: "1",
    at: "2026-10-28T04:06:02.844000+08:00",
    model: "deepseek-reasoner",
    fragments: [
      {
        type: "THINK",
        content:
          "Okay, the user has Pixel photos on a Windows drive. The file name already holds a time, but the EXIF DateTimeOriginal tag (36867) is the real date taken, so read that with Pillow. Maybe they also want folders per month, or maybe they live in Germany and want dates as 14.08.2026? No, they gave the format. Two photos in the same second would collide, so add a counter. A dry run first would be wise.",
        elapsed_secs: 21.4,
      },
      {
        type: "RESPONSE",
        content: [
          "Here's a script that reads each photo's **EXIF date taken** (DateTimeOriginal) with Pillow and renames the file to `YYYY-MM-DD_HH-MM-SS.jpg`. Photos without EXIF fall back to the file's modified time, and two photos taken in the same second get `_1`, `_2` added.",
          "",
          "```python",
          "# rename_photos.py",
          "import sys",
          "from datetime import datetime",
          "from pathlib import Path",
          "from PIL import Image",
          "",
          "DATE_TAKEN = 36867  # EXIF DateTimeOriginal",
          "",
          "def taken(path):",
          "    with Image.open(path) as img:",
          "        raw = img.getexif().get_ifd(0x8769).get(DATE_TAKEN)",
          "    if raw:",
          '        return datetime.strptime(raw, "%Y:%m:%d %H:%M:%S")',
          "    return datetime.fromtimestamp(path.stat().st_mtime)",
          "",
          "def main(folder, dry_run):",
          '    for path in sorted(Path(folder).glob("*.jpg")):',
          '        stem = taken(path).strftime("%Y-%m-%d_%H-%M-%S")',
          '        target, n = path.with_name(stem + ".jpg"), 0',
          "        while target.exists():",
          "            n += 1",
          '            target = path.with_name(f"{stem}_{n}.jpg")',
          '        print(f"{path.name} -> {target.name}")',
          "        if not dry_run:",
          "            path.rename(target)",
          "",
          'if __name__ == "__main__":',
          '    main(sys.argv[1], "--dry-run" in sys.argv)',
          "```",
          "",
          'Run it with `--dry-run` first to check the new names: `python rename_photos.py "D:\\Photos\\2026" --dry-run`, then again without it.',
        ].join("\n"),
      },
    ],
  },
  {
    id: "3",
    parent: "2",
    at: "2026-10-28T04:12:40.377000+08:00",
    model: "deepseek-reasoner",
    fragments: ask("It says ModuleNotFoundError: No module named 'PIL'"),
  },
  {
    id: "4",
    parent: "3",
    at: "2026-10-28T04:12:58.915000+08:00",
    model: "deepseek-reasoner",
    fragments: [
      { type: "THINK", content: "They need Pillow installed. Pip maybe not on PATH.", elapsed_secs: 3.1 },
      { type: "RESPONSE", content: "Reinstall Python and tick every box in the installer." },
    ],
  },
  {
    id: "5",
    parent: "3",
    at: "2026-10-28T04:13:31.602000+08:00",
    model: "deepseek-reasoner",
    fragments: [
      {
        type: "THINK",
        content: "PIL is the import name of the Pillow package. Suggest python -m pip so the right Python gets it.",
        elapsed_secs: 4.8,
      },
      {
        type: "RESPONSE",
        content:
          "`PIL` comes from the **Pillow** package, which isn't installed yet. Install it with:\n\n```\npython -m pip install Pillow\n```\n\nThen run the script again. Using `python -m pip` makes sure Pillow goes into the same Python that runs the script.",
      },
    ],
  },
  {
    id: "6",
    parent: "5",
    at: "2026-10-28T04:19:05.288000+08:00",
    model: "deepseek-reasoner",
    fragments: ask("That worked, all 3,112 photos renamed. Thanks!"),
  },
  {
    id: "7",
    parent: "6",
    at: "2026-10-28T04:19:12.640000+08:00",
    model: "deepseek-reasoner",
    fragments: [
      { type: "THINK", content: "Short thanks. Suggest a backup.", elapsed_secs: 1.2 },
      { type: "RESPONSE", content: "Great! Keep a backup of the folder before running scripts like this on it next time." },
    ],
  },
]);

/** The sourdough chat, Sunday 8 November 2026 at 21:40 in Manchester (already Monday on Beijing's clock). */
const SOURDOUGH = chat("0d93b6f4-2c18-4a7e-8f55-e31b9a6c4d20", "Sourdough schedule for Saturday lunch", [
  {
    id: "1",
    parent: "root",
    at: "2026-11-09T05:40:12.345000+08:00",
    model: "deepseek-chat",
    fragments: ask(
      "Friends are coming for lunch on Saturday 14 November and I want to bake a sourdough loaf for it. My starter lives in the fridge. Can you give me a schedule?",
    ),
  },
  {
    id: "2",
    parent: "1",
    at: "2026-11-09T05:40:51.020000+08:00",
    model: "deepseek-chat",
    fragments: say(
      [
        "Here's a schedule for a loaf that's fresh and cooled by Saturday lunchtime:",
        "",
        "- **Thursday 8pm**: take the starter out of the fridge and feed it 1:1:1 (50 g starter, 50 g flour, 50 g water).",
        "- **Friday 9am**: feed it again the same way. It should double in 4 to 6 hours.",
        "- **Friday 1pm**: mix the dough: 500 g strong white flour, 350 g water, 100 g of the bubbly starter and 10 g salt.",
        "- **Friday 1:30 to 3:30pm**: four sets of stretch and folds, 30 minutes apart.",
        "- **Friday 3:30 to 7pm**: bulk ferment until the dough is about 50% bigger.",
        "- **Friday 7pm**: shape it, put it in a floured banneton and leave it in the fridge overnight.",
        "- **Saturday 8am**: heat the oven to 250°C with a Dutch oven inside for 45 minutes.",
        "- **Saturday 8:45am**: bake 20 minutes with the lid on, then 25 minutes at 230°C with the lid off.",
        "- **Saturday 10am**: cool on a rack for at least an hour before slicing.",
      ].join("\n"),
    ),
  },
  {
    id: "3",
    parent: "2",
    at: "2026-11-09T05:44:27.781000+08:00",
    model: "deepseek-chat",
    fragments: ask("I don't have a banneton. What can I use instead?"),
  },
  {
    id: "4",
    parent: "3",
    at: "2026-11-09T05:44:49.156000+08:00",
    model: "deepseek-chat",
    fragments: say("A mixing bowl lined with a clean tea towel, well dusted with rice flour so the dough doesn't stick, works just as well."),
  },
]);

/** The gift chat, Monday 16 November 2026 evening (Search on): the web's results read for the answer, which cites them. */
const GIFT = chat("e7a05c31-9d42-4b86-b1f3-6c2d8e94a517", "Birthday gift ideas for Dad", [
  {
    id: "1",
    parent: "root",
    at: "2026-11-17T03:27:39.662000+08:00",
    model: "deepseek-chat",
    fragments: ask("My dad turns 65 on 3 December. He loves gardening, birdwatching and Leeds United. My budget is about £100. Any gift ideas?"),
  },
  {
    id: "2",
    parent: "1",
    at: "2026-11-17T03:28:20.418000+08:00",
    model: "deepseek-chat",
    fragments: [
      {
        type: "SEARCH",
        results: [
          {
            url: "https://www.example-giftguide.co.uk/best-gifts-for-dad-2026",
            title: "The 40 best gifts for dads in 2026",
            snippet: "From the Apple Watch to a whisky tasting set, these are the gifts every dad wants this year.",
            cite_index: 1,
            site_name: "Gift Guide UK",
          },
          {
            url: "https://www.example-birding.co.uk/reviews/bird-feeder-cameras",
            title: "Best smart bird feeder cameras, tested",
            snippet: "The Birdfy Lite identifies the species that visit and sends clips to your phone, for about £90.",
            cite_index: 2,
            site_name: "Birding Reviews",
          },
          {
            url: "https://www.leedsunited.com/stadium/tours",
            title: "Elland Road stadium tours",
            snippet: "Go behind the scenes at Elland Road: the dressing rooms, the tunnel and the dugouts. Adults £25.",
            cite_index: 3,
            site_name: "Leeds United",
          },
        ],
      },
      {
        type: "RESPONSE",
        content: [
          "Happy early birthday to your dad! Some ideas within £100 that match what he loves:",
          "",
          "1. **A bird feeder camera** (such as the Birdfy Lite, about £90): it photographs the birds that visit and tells him the species on his phone.[citation:2]",
          "2. **An Elland Road stadium tour for two**: about £50 for the pair, and you could go with him.[citation:3]",
          "3. **Engraved Japanese secateurs** (Niwaki, about £45) with his name on the handle.",
          "4. **An RSPB membership** (about £66 a year), with free entry to their nature reserves.",
        ].join("\n"),
      },
    ],
  },
  {
    id: "3",
    parent: "2",
    at: "2026-11-17T03:31:05.907000+08:00",
    model: "deepseek-chat",
    fragments: ask("I think he'd love the bird feeder camera. Where can I get it in time?"),
  },
  {
    id: "4",
    parent: "3",
    at: "2026-11-17T03:31:30.250000+08:00",
    model: "deepseek-chat",
    fragments: say(
      "Argos and Amazon UK both sell it. Order by Monday 30 November to be sure it arrives before the 3rd, and add a bag of sunflower hearts so the birds come straight away.",
    ),
  },
]);

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "What did DeepSeek say about the Schengen visa documents?", expect: ["insurance"] },
  { question: "When is my TLScontact appointment?", expect: ["5 November"] },
  { question: "How much medical cover does my travel insurance need for the visa?", expect: ["30,000"] },
  { question: "How much is the French visa fee?", expect: ["90"] },
  { question: "How do I rename the photos by date?", expect: ["EXIF"] },
  { question: "What do I need to install for the photo script?", expect: ["Pillow"] },
  { question: "When did I ask about the sourdough?", expect: ["8 November"] },
  { question: "What temperature do I bake the sourdough at?", expect: ["250"] },
  { question: "How much salt goes in the sourdough?", expect: ["10 g"] },
  { question: "What gift ideas did I get for Dad?", expect: ["bird feeder camera"] },
  { question: "When is Dad's birthday?", expect: ["3 December"] },
  { question: "How old is Dad turning?", expect: ["65"] },
  { question: "What did I name my sourdough starter?", expect: null },
  { question: "What is Dad's phone number?", expect: null },
  { question: "How much did my flights to Paris cost?", expect: null },
];

/** The deepseeker: DeepSeek's data export unzipped into a folder of his, imported as one, asked on Sunday 22 November 2026. */
export const deepseeker: Person = {
  name: "deepseeker",
  files: [
    { name: "DeepSeek/conversations.json", text: JSON.stringify([GIFT, SOURDOUGH, PHOTOS, VISA], null, 2), mtime: Date.UTC(2026, 10, 22, 10, 4, 51) },
    { name: "DeepSeek/user.json", text: JSON.stringify({ mobile: { mobile_number: "+44 7700 900356" } }), mtime: Date.UTC(2026, 10, 22, 10, 4, 51) },
  ],
  folder: "DeepSeek",
  askedAt: Date.UTC(2026, 10, 22, 11, 0),
  questions: QUESTIONS,
};

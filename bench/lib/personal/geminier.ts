/**
 * The geminier: Hannah Byrne, in Didsbury, Manchester, asks Google's Gemini about whatever comes up: a
 * plant by the front door, a boiler losing pressure, her daughter Isla's seventh birthday party, her CV
 * for a new job, what to cook, a message to her landlord, from October to November 2026. On 21 November
 * she asks Google Takeout for "My Activity" (Activity records in JSON: Takeout's default is HTML), unzips
 * it and imports the folder (`engram import Takeout`). Each file as Takeout writes it:
 * - `My Activity/Gemini Apps/MyActivity.json`: a JSON array, newest first, pretty-printed two spaces a
 *   level, Google's JSON writer escaping "<", ">", "=", "&" and "'" (`\u003c` …), each record `{ "header":
 *   "Gemini Apps", "title": "Prompted <what she typed>", "subtitles"?: [{ "name", "url"? }], "time":
 *   "2026-10-19T06:52:31.402Z", "products": ["Gemini Apps"], "activityControls": ["Gemini Apps Activity"],
 *   "safeHtmlItem"?: [{ "html": <Gemini's answer as HTML> }], "attachedFiles"?: [<the file's name in the
 *   folder>], "imageFile"?: <an image's name> }`. A prompt's attached file is a `subtitles` entry `{ "name":
 *   "-  <its name as attached>", "url": <its name in the folder> }` and `attachedFiles` (an image also
 *   `imageFile`), the file itself beside MyActivity.json. Besides prompts, records of no words of hers:
 *   "Created Gemini Canvas titled <title>" (the canvas's text in `subtitles[0].name`, no answer), "Used an
 *   Assistant feature", "Gave feedback: Good". There is no conversation id, nor a reply's own record: a
 *   prompt's record holds Gemini's answer.
 * - `My Activity/Search/MyActivity.json`: her Google searches (myactivity.ts reads them), and Takeout's
 *   `archive_browser.html`.
 * Checked against public readers of the export: seanrobertwright/420AI's gemini-export.ts and its notes on a
 * real 1,452-record export (a flat array; keys `header` "Gemini Apps", `title`, `time`, `products`,
 * `activityControls`, `safeHtmlItem`, `subtitles`, `attachedFiles`, `imageFile`; "Prompted …" titles and
 * "Created…"/"Used…"/"Gave feedback…" ones; no id of any kind) and its fixture (`activityControls`: ["Gemini
 * Apps Activity"], "Created Gemini Canvas titled …", "Selected preferred draft"); vladsadovsky/llm-aggregator.ts'
 * geminiTakeout.ts (875 real records: no conversation grouping, times not unique, several `safeHtmlItem`
 * items on a few records, a prompt of an image alone written "Prompted" with no words); a reader verified on
 * a real Japanese-language export of 1,214 records (`subtitles` naming an attached file "- file.ext" with its
 * `url` the name in the folder, `attachedFiles` those names, `imageFile` an image's; a Canvas record's text in
 * `subtitles[0].name`, no `safeHtmlItem`; newer records' `details` linking the chat, which this older
 * account's records lack); readers of the HTML form ("Used an Assistant feature", "Gave feedback: Good",
 * "Selected preferred draft", "Used Gemini Apps").
 * Hand-written by the developers while trying Engram as its users would, in session 37, before Engram
 * could read Gemini's activity (the first run's figures are in bench/README.md). With it, the questions
 * such a person asks later and the words a right answer holds, and questions nothing here answers.
 */
import { activityRecord, takeoutJson } from "./takeout-json.js";
import type { Person, PersonFile } from "./types.js";

/** What a Gemini record holds besides its title and time: its attachments' `subtitles`, Gemini's answer, the files. */
interface GeminiExtra {
  subtitles?: Array<{ name: string; url?: string }>;
  html?: string;
  attachedFiles?: string[];
  imageFile?: string;
}

/** A record of Gemini Apps' My Activity, its fields in Takeout's order (takeout-json.ts `activityRecord`), Gemini's answer in `safeHtmlItem`. */
function gemini(title: string, time: string, extra: GeminiExtra = {}): Record<string, unknown> {
  const { subtitles, html, attachedFiles, imageFile } = extra;
  return activityRecord("Gemini Apps", title, time, undefined, {
    ...(subtitles ? { subtitles } : {}),
    activityControls: ["Gemini Apps Activity"],
    ...(html ? { safeHtmlItem: [{ html }] } : {}),
    ...(attachedFiles ? { attachedFiles } : {}),
    ...(imageFile ? { imageFile } : {}),
  });
}

/** Gemini Apps' records, newest first as Takeout writes them. */
const GEMINI: Array<Record<string, unknown>> = [
  gemini(
    "Prompted Help me write a text to my landlord Mr Okafor. The kitchen tap has been dripping since last Thursday and now the cupboard under the sink is wet. Keep it polite but I want it fixed this week.",
    "2026-11-17T08:15:02.611Z",
    {
      html: "<p>Here's a polite but clear message you can send:</p><blockquote><p>Hi Mr Okafor, I hope you're well. The kitchen tap has been dripping since last Thursday and the cupboard under the sink is now getting wet, so I'm worried about damage to the unit. Could you arrange for a plumber to come and fix it this week? I'm in most evenings after 5:30, or I can leave a key with my neighbour. Thanks, Hannah</p></blockquote><p>If it gets worse before then, turn off the isolation valve under the sink (a small screw or lever on the pipe) to stop the drip.</p>",
    },
  ),
  gemini("Prompted I have chickpeas, a bag of spinach, an onion and a tin of coconut milk. What can I make for tea tonight?", "2026-11-12T17:48:30.077Z", {
    html: "<p>You've got the makings of a <strong>chickpea and spinach curry</strong>, ready in about 25 minutes:</p><ol><li><p>Fry the chopped onion in a little oil for 5 minutes until soft.</p></li><li><p>Stir in 2 tablespoons of curry paste (or a teaspoon each of cumin, coriander and garam masala) and cook for a minute.</p></li><li><p>Add the drained chickpeas and the coconut milk and simmer for 10 minutes.</p></li><li><p>Stir the spinach through until it wilts, season, and squeeze over some lemon if you have it.</p></li></ol><p>Serve with rice or warm naan.</p>",
  }),
  gemini("Used an Assistant feature", "2026-11-04T20:39:51.208Z"),
  gemini(
    "Prompted Can you make the summary at the top of my CV sound stronger? I'm applying for the Payroll Manager job at Arla Foods in Leeds, closing date 20 November. I've been a senior payroll officer at Stockport Council for six years.",
    "2026-11-04T20:31:09.455Z",
    {
      subtitles: [{ name: "-  Hannah Byrne CV 2026.pdf", url: "Hannah Byrne CV 2026.pdf" }],
      attachedFiles: ["Hannah Byrne CV 2026.pdf"],
      html: "<p>Here's a stronger summary, aimed at the Payroll Manager role:</p><blockquote><p><strong>Senior payroll professional with six years at Stockport Council</strong>, running monthly payroll for more than 4,000 staff across multiple pay grades and pension schemes. Led the move to a new payroll system with zero missed payments, and trained a team of four. CIPP qualified and ready to lead a payroll team in a fast-paced manufacturing business.</p></blockquote><p>A few tips:</p><ul><li><p>Put numbers first: staff paid, accuracy, deadlines met.</p></li><li><p>Mention the systems you know by name (for example iTrent or SAP).</p></li><li><p>Keep it to three or four lines.</p></li></ul>",
    },
  ),
  gemini("Used an Assistant feature", "2026-11-01T19:24:40.913Z"),
  gemini("Created Gemini Canvas titled Isla's unicorn party plan", "2026-11-01T19:20:15.736Z", {
    subtitles: [
      {
        name: "# Isla's unicorn party plan\n\n**Saturday 14 November, 2–4pm, St Chad's church hall**\n\n- 2:00 Arrivals, unicorn colouring table\n- 2:15 Pin the horn on the unicorn\n- 2:35 Pass the parcel\n- 3:00 Party food\n- 3:30 Unicorn treasure hunt\n- 3:50 Party bags and home time\n\n## Shopping\n- Balloons (pink and silver)\n- 12 party bags\n- Unicorn piñata",
      },
    ],
  }),
  gemini(
    "Prompted She's mad about unicorns. Can you give me a unicorn version of pin the tail, and a treasure hunt the kids can do inside the hall?",
    "2026-11-01T19:12:02.184Z",
    {
      html: '<h3>Pin the horn on the unicorn</h3><p>Draw a big unicorn on a sheet of card and cut out a golden horn for each child with their name on it. Blindfold them, spin them round three times and see who gets closest.</p><h3>Indoor unicorn treasure hunt</h3><ul><li><p>Hide 12 little unicorns (one per child) around the hall.</p></li><li><p>Write rhyming clues for each spot, like <em>"Where the coats hang in a row, look beneath and there you\'ll go!"</em></p></li><li><p>Each child who finds one swaps it for a prize from the treasure chest.</p></li></ul>',
    },
  ),
  gemini(
    "Prompted My daughter Isla is turning 7 on Saturday 14 November. 12 kids are coming to her party at St Chad's church hall, 2 till 4. Can you suggest some party games?",
    "2026-11-01T19:05:44.529Z",
    {
      html: "<p>Happy early birthday to Isla! Here are some games that work well for twelve 7-year-olds in a hall:</p><ol><li><p><strong>Pass the parcel</strong>: put a small sweet or sticker in every layer so nobody goes home empty-handed.</p></li><li><p><strong>Musical statues</strong>: easy to run and great for burning off energy.</p></li><li><p><strong>Sleeping lions</strong>: perfect for calming everyone down before food.</p></li><li><p><strong>Treasure hunt</strong>: hide clues around the hall.</p></li><li><p><strong>Limbo</strong>: all you need is a broom handle and some music.</p></li></ol><p>For two hours, plan about four games with food in the middle.</p>",
    },
  ),
  gemini("Gave feedback: Good", "2026-10-19T07:01:18.020Z"),
  gemini("Prompted I found the filling loop, it's the silver braided hose under the boiler. How long do I keep the valves open?", "2026-10-19T06:58:10.743Z", {
    html: "<p>Open the two valves slowly, a quarter turn at a time, and <strong>watch the pressure gauge</strong> rather than the clock: it usually takes 10 to 20 seconds. Close both valves as soon as the needle reaches <strong>1.5 bar</strong>. If you go over 2 bar, bleed a radiator to bring it back down.</p>",
  }),
  gemini(
    "Prompted My Worcester Bosch boiler keeps losing pressure, it's down to 0.5 bar this morning. What should it be and how do I top it up?",
    "2026-10-19T06:52:31.402Z",
    {
      html: "<p>With the heating off and the system cold, a combi boiler's pressure should be <strong>between 1 and 1.5 bar</strong>. At 0.5 bar it will probably lock out.</p><h3>To top it up</h3><ol><li><p>Turn the boiler off and let it cool.</p></li><li><p>Find the filling loop underneath (on a Worcester Bosch it's often a braided hose or a key).</p></li><li><p>Open the valves slowly until the gauge reads 1.5 bar, then close them.</p></li><li><p>Turn the boiler back on and reset it if needed.</p></li></ol><p>If it keeps dropping, there may be a leak or a faulty pressure relief valve: book a <strong>Gas Safe registered engineer</strong>.</p>",
    },
  ),
  gemini("Prompted What plant is this? It's by my front door and the flowers have gone from blue to pink", "2026-10-10T09:41:07.318Z", {
    subtitles: [{ name: "-  IMG_4471.jpg", url: "IMG_4471.jpg" }],
    attachedFiles: ["IMG_4471.jpg"],
    imageFile: "IMG_4471.jpg",
    html: "<p>That's a <strong>hydrangea</strong> (<em>Hydrangea macrophylla</em>), a mophead type. Its flower colour depends on the soil: acidic soil gives blue flowers, alkaline soil gives pink.</p><p>To keep it blue, repot it in <strong>ericaceous compost</strong> or water it with a hydrangea colourant (aluminium sulphate) every couple of weeks in spring and summer. Prune the old flower heads in March, just above a pair of fat buds.</p>",
  }),
];

/** Search's records, newest first (myactivity.ts reads them). */
const SEARCH: Array<Record<string, unknown>> = [
  activityRecord("Search", "Searched for arla foods leeds office", "2026-11-04T20:44:03.117Z", "https://www.google.com/search?q=arla+foods+leeds+office"),
  activityRecord(
    "Search",
    "Visited How to re-pressurise your boiler | Worcester Bosch",
    "2026-10-19T06:50:12.806Z",
    "https://www.google.com/url?q=https://www.worcester-bosch.co.uk/help-and-advice/boiler-pressure&usg=AOvVaw1gT9yQeX4mK2pL7sR0dZcB",
  ),
  activityRecord(
    "Search",
    "Searched for worcester bosch boiler losing pressure",
    "2026-10-19T06:49:40.551Z",
    "https://www.google.com/search?q=worcester+bosch+boiler+losing+pressure",
  ),
];

/** The photo she attached to her plant question, beside MyActivity.json (a JPEG's first bytes; Engram reads no picture). */
const PHOTO = new Uint8Array([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9,
]);

/** Takeout's JSON (takeout-json.ts `takeoutJson`), with "<" and ">" escaped too, as Google's writer escapes them with "=", "&" and "'". */
function takeoutHtmlSafe(value: unknown): string {
  return takeoutJson(value, 2).replace(/[<>]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
}

const FILES: PersonFile[] = [
  {
    name: "Takeout/archive_browser.html",
    text: '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Google Takeout</title></head><body><div class="job-id hidden">8d2f4c61-7a0e-4b39-b5d2-19e6c3a7f048</div><h1 class="header_title">Archive for hannah.byrne.didsbury@gmail.com</h1><div class="header_subtext">Nov 21, 2026, 10:02:41 AM UTC • 184 KB</div><div class="service-detail"><div class="service-header"><h1>My Activity</h1>3 files exported successfully</div></div></body></html>',
  },
  { name: "Takeout/My Activity/Gemini Apps/MyActivity.json", text: takeoutHtmlSafe(GEMINI) },
  { name: "Takeout/My Activity/Gemini Apps/IMG_4471.jpg", text: PHOTO },
  { name: "Takeout/My Activity/Search/MyActivity.json", text: takeoutHtmlSafe(SEARCH) },
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "What did Gemini suggest for the kids' party games?", expect: ["pass the parcel"] },
  { question: "When did I ask about the boiler pressure?", expect: ["19 October"] },
  { question: "What did I ask Gemini about my CV?", expect: ["summary"] },
  { question: "What should my boiler pressure be?", expect: ["1.5 bar"] },
  { question: "When is Isla's party?", expect: ["14 November"] },
  { question: "Where is Isla's party?", expect: ["St Chad"] },
  { question: "Which job am I applying for?", expect: ["Payroll Manager"] },
  { question: "When does the Arla Foods job close?", expect: ["20 November"] },
  { question: "What did Gemini say I could make with the chickpeas?", expect: ["curry"] },
  { question: "What did Gemini say the plant by my front door is?", expect: ["hydrangea"] },
  { question: "What's my landlord's name?", expect: ["Okafor"] },
  { question: "How do I keep my hydrangea blue?", expect: ["ericaceous"] },
  { question: "What did Gemini say about my car insurance?", expect: null },
  { question: "What is Mr Okafor's phone number?", expect: null },
  { question: "What salary does the Arla Foods job pay?", expect: null },
];

/** The geminier: a Takeout of My Activity (Gemini Apps' and Search's), imported as a folder, asked on Monday 23 November 2026. */
export const geminier: Person = {
  name: "geminier",
  files: FILES,
  folder: "Takeout",
  askedAt: Date.UTC(2026, 10, 23, 9, 0),
  questions: QUESTIONS,
};

/**
 * The meetings person: Priya Shah, a product designer at Northlight Studio, records her calls and keeps
 * their transcripts in a folder she imports (`engram import Meetings --me "Priya Shah"`):
 * - Zoom: two local recording folders as Zoom names them, "2026-11-03 14.00.12 Weekly design sync/"
 *   (the meeting's start and topic), each holding the cloud recording's transcript as Zoom names it,
 *   `GMT20261103-140012_Recording.transcript.vtt` (its start in UTC): `WEBVTT`, then numbered cues,
 *   `00:00:02.310 --> 00:00:06.840`, each `Speaker Name: text` (a sentence split across cues), and a
 *   cue Zoom could not give a speaker (it goes on from the one before);
 * - Microsoft Teams: a vendor meeting's transcript as Teams downloads it (`<meeting title>.vtt`:
 *   `WEBVTT`, cue ids `<guid>/<n>-<k>`, the speaker in a voice tag `<v Sofia Lindqvist>…</v>`, `&amp;`
 *   escaped), of no date but its file's;
 * - Otter.ai: a user interview exported as SubRip (`<title>_otter_ai.srt`: numbered cues, `00:00:01,120
 *   --> 00:00:04,560`, lines broken as Otter's "Add line breaks" does, the speaker named where the
 *   speaker changes, the interviewee "Speaker 2").
 * Decisions, owners and dates said in the calls. Hand-written by the developers while trying Engram as
 * its users would, in session 33, before Engram could read captions (the first run's figures are in
 * bench/README.md). With it, the questions such a person asks later and the words a right answer
 * holds, and questions nothing here answers.
 */
import type { Person } from "./types.js";

/** A cue: its start and end (seconds into the recording), its speaker as the app names them (null: none written), its text lines. */
type Cue = [start: number, end: number, speaker: string | null, text: string];

/** `s` seconds as a caption's time, "00:01:23.456" (`sep` "," for SubRip). */
function stamp(s: number, sep = "."): string {
  const ms = Math.round(s * 1000);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(Math.floor(ms / 3_600_000))}:${two(Math.floor(ms / 60_000) % 60)}:${two(Math.floor(ms / 1000) % 60)}${sep}${String(ms % 1000).padStart(3, "0")}`;
}

/** A Zoom transcript: WEBVTT, then each cue numbered, its times, and "Speaker Name: text". */
function zoom(cues: Cue[]): string {
  const blocks = cues.map(([start, end, who, text], i) => `${i + 1}\n${stamp(start)} --> ${stamp(end)}\n${who ? `${who}: ` : ""}${text}`);
  return `WEBVTT\n\n${blocks.join("\n\n")}\n`;
}

/** A Teams transcript: WEBVTT, then each cue's id (`<guid>/<n>-<k>`, k counting a speech's parts), its times, and `<v Speaker>text</v>` (& escaped). */
function teams(guid: string, cues: Cue[]): string {
  let n = 10;
  let k = 0;
  let last: string | null = null;
  const blocks = cues.map(([start, end, who, text]) => {
    if (who === last) k++;
    else [n, k] = [n + 1, 0];
    last = who;
    return `${guid}/${n}-${k}\n${stamp(start)} --> ${stamp(end)}\n<v ${who}>${text.replace(/&/g, "&amp;")}</v>`;
  });
  return `WEBVTT\n\n${blocks.join("\n\n")}\n`;
}

/** An Otter.ai SubRip export: numbered cues, times with a comma, the speaker named where the speaker changes, lines as given ("\n" in a text). */
function otter(cues: Cue[]): string {
  const blocks = cues.map(([start, end, who, text], i) => `${i + 1}\n${stamp(start, ",")} --> ${stamp(end, ",")}\n${who ? `${who}: ` : ""}${text}`);
  return `${blocks.join("\n\n")}\n`;
}

const PRIYA = "Priya Shah";
const DAN = "Dan Reyes";
const AISHA = "Aisha Khan";
const MARCO = "Marco Bianchi";
const SOFIA = "Sofia Lindqvist";

/** The weekly design sync, Tuesday 3 November 2026 from 14:00:12 UTC. */
const DESIGN_SYNC: Cue[] = [
  [2.31, 6.84, PRIYA, "Okay, I think everyone's here. So first thing is the Oakline onboarding redesign."],
  [7.12, 11.95, PRIYA, "Aisha, where are we with the build? Because I'd really like us to pick a"],
  [11.95, 13.4, PRIYA, "date today."],
  [14.02, 19.77, AISHA, "Yeah, so the build is basically done. The three new screens are in and the"],
  [19.77, 24.1, AISHA, "sign-up flow works end to end on staging. The only thing missing is the"],
  [24.1, 26.5, AISHA, "illustrations for the empty states."],
  [27.3, 32.45, DAN, "That's on me. I'll have the illustrations to Aisha by Friday, I've got two"],
  [32.45, 34.2, DAN, "of the four done already."],
  [35.6, 41.9, PRIYA, "Great. And the testing last week showed people found the progress bar on step three"],
  [41.9, 46.3, PRIYA, "stressful, so we're dropping the progress bar from step three."],
  [47.0, 49.8, null, "Everyone okay with that?"],
  [50.4, 52.1, AISHA, "Fine by me, it's less code."],
  [53.0, 57.6, DAN, "Yes, agreed. It was only ever there because the old flow had seven steps."],
  [58.9, 64.2, PRIYA, "Okay. So let's ship the onboarding redesign on the 19th. That's a Thursday, so"],
  [64.2, 68.75, PRIYA, "we've got the Friday to fix anything before the weekend rush."],
  [69.4, 74.9, AISHA, "The 19th works. Just so everyone knows, I'm off from the 23rd to the 27th, so"],
  [74.9, 77.3, AISHA, "any fixes after launch need to land before then."],
  [78.2, 81.0, PRIYA, "Noted. Dan, can you tell Marco the date on Thursday's call?"],
  [81.6, 83.2, DAN, "Will do."],
];

/** The call with the client, Oakline Coffee, Thursday 5 November 2026 from 16:30:04 UTC. */
const CLIENT_CALL: Cue[] = [
  [1.5, 5.2, PRIYA, "Hi Marco, thanks for making time. Dan's here too."],
  [5.9, 11.4, MARCO, "Hi both. Good news first, we've signed off the budget for phase two. It's"],
  [11.4, 14.0, MARCO, "£24,000, as in your proposal."],
  [14.8, 19.6, PRIYA, "That's brilliant, thank you. Phase two is the loyalty screens and the new checkout,"],
  [19.6, 21.2, PRIYA, "as we discussed."],
  [22.0, 27.9, MARCO, "Exactly. And the app launch is on the 1st of December, that's fixed now, our"],
  [27.9, 31.3, MARCO, "marketing is booked around it, so we can't move it."],
  [32.0, 37.4, DAN, "Understood. The onboarding redesign ships on the 19th, so it will be well"],
  [37.4, 39.5, DAN, "bedded in by the launch."],
  [40.3, 46.1, MARCO, "Perfect. For the loyalty card, we'd like it to show stamps, not points. Our"],
  [46.1, 49.6, MARCO, "regulars think in stamps, ten stamps and the eleventh coffee is free."],
  [50.2, 53.8, PRIYA, "Stamps, not points. Got it. What about the contract for phase two?"],
  [54.5, 58.0, MARCO, "I'll send the contract over by Friday, our legal team has it now."],
  [59.1, 64.9, PRIYA, "Great. So Marco will send the contract by Friday, and we'll start on the loyalty"],
  [64.9, 67.2, PRIYA, "screens the week after."],
  [68.0, 70.4, MARCO, "Sounds good. Speak soon."],
];

/** The vendor meeting on Teams, Tuesday 10 November 2026 at 10:00 UTC (its transcript downloaded as it ended, so the file's time is its end). */
const VENDOR_MEETING: Cue[] = [
  [3.12, 7.48, SOFIA, "Morning both. So I've read your brief for the checkout study, thanks for sending it"],
  [7.48, 8.9, SOFIA, "over."],
  [9.6, 14.2, PRIYA, "Thanks Sofia. The main thing for us is people who actually order coffee on their phones,"],
  [14.2, 16.0, PRIYA, "at least once a week."],
  [16.8, 22.5, SOFIA, "That's fine. We can recruit 12 participants, a mix of Oakline app users and people"],
  [22.5, 25.3, SOFIA, "who use other coffee shop apps."],
  [26.1, 30.0, DAN, "And what would that cost us, roughly?"],
  [30.7, 36.2, SOFIA, "Our quote is £3,400 including the incentives & our recruitment fee. I'll put"],
  [36.2, 38.1, SOFIA, "it in writing."],
  [38.9, 43.6, PRIYA, "That's within what we planned. When could the sessions run?"],
  [44.3, 50.8, SOFIA, "We'd run the sessions from the 23rd to the 25th of November, remote, on Lookback."],
  [51.5, 56.9, SOFIA, "And I'll send you the screener by Wednesday so you can check the questions."],
  [57.6, 60.2, PRIYA, "Perfect, thank you."],
];

/** The user interview Otter.ai recorded, Thursday 12 November 2026 at 15:02 UTC (exported as it ended). */
const INTERVIEW: Cue[] = [
  [1.12, 4.56, PRIYA, "Thanks for doing this, Hannah. So tell me\nabout the last time you ordered a coffee"],
  [4.56, 6.3, null, "in the Oakline app."],
  [7.2, 12.8, "Speaker 2", "So, honestly, the checkout is the worst\npart. It asks for my card details every"],
  [12.8, 17.4, null, "single time. I gave up twice last week\nand just queued at the counter instead."],
  [18.1, 21.0, PRIYA, "That's really useful. What would make the\ncheckout better for you?"],
  [21.9, 27.5, "Speaker 2", "If it had Apple Pay I'd use it every\nmorning, without thinking about it."],
  [28.3, 31.0, PRIYA, "And the loyalty stamps, do you use those?"],
  [31.8, 37.9, "Speaker 2", "I love the stamps, but I can never find\nthem. They're hidden under the profile"],
  [37.9, 40.2, null, "page, which makes no sense to me."],
  [41.0, 43.5, PRIYA, "Okay. Thank you, that's everything I needed."],
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "What did we decide about the onboarding redesign?", expect: ["19"] },
  { question: "Who is doing the illustrations for the empty states?", expect: ["Dan"] },
  { question: "What did we decide about the progress bar?", expect: ["drop"] },
  { question: "Who is sending the contract?", expect: ["Marco"] },
  { question: "When is the launch?", expect: ["1", "December"] },
  { question: "What's the budget for phase two?", expect: ["24,000"] },
  { question: "Does Oakline want stamps or points on the loyalty card?", expect: ["stamps"] },
  { question: "How much is Lumen's quote for the checkout study?", expect: ["3,400"] },
  { question: "Who is sending the screener?", expect: ["Sofia"] },
  { question: "When are the checkout study sessions?", expect: ["23"] },
  { question: "What did the interviewee say about the checkout?", expect: ["card"] },
  { question: "When is Aisha off?", expect: ["23"] },
  { question: "What is Marco's phone number?", expect: null },
  { question: "How much does Lookback cost per month?", expect: null },
  { question: "Who is the new designer joining Northlight?", expect: null },
];

/** Priya: her meeting transcripts (Zoom, Teams, Otter) in one folder, imported as the user "Priya Shah", asked on Monday 16 November 2026. */
export const meetings: Person = {
  name: "meetings",
  files: [
    {
      name: "Meetings/Zoom/2026-11-03 14.00.12 Weekly design sync/GMT20261103-140012_Recording.transcript.vtt",
      text: zoom(DESIGN_SYNC),
      mtime: Date.UTC(2026, 10, 3, 14, 40, 31),
    },
    {
      name: "Meetings/Zoom/2026-11-05 16.30.04 Call with Oakline Coffee/GMT20261105-163004_Recording.transcript.vtt",
      text: zoom(CLIENT_CALL),
      mtime: Date.UTC(2026, 10, 5, 17, 12, 9),
    },
    {
      name: "Meetings/Teams/Checkout study recruitment with Lumen Research.vtt",
      text: teams("3f0a9c1e-7b2d-4e55-a1c8-92d6e0b4f713", VENDOR_MEETING),
      mtime: Date.UTC(2026, 10, 10, 10, 1, 2),
    },
    {
      name: "Meetings/Otter/Oakline user interview 4_otter_ai.srt",
      text: otter(INTERVIEW),
      mtime: Date.UTC(2026, 10, 12, 15, 2, 44),
    },
  ],
  folder: "Meetings",
  me: PRIYA,
  askedAt: Date.UTC(2026, 10, 16, 9, 0),
  questions: QUESTIONS,
};

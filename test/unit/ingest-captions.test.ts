/**
 * Meeting transcripts as video-call and recorder apps save them (core/ingest/captions.ts): Zoom's
 * WebVTT transcript (its start in its name, its topic in its folder's), a Teams transcript (voice tags,
 * cue ids, escaped text, of its file's time), an Otter.ai SubRip export; cues of one speaker one turn,
 * what is no words left out, Zoom's live captions beside its transcript passed over, and a bad file's
 * error naming the file and line.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { folderFileFormat, importPaths, passedOverInFolder } from "../../core/api/import-check.js";
import { isCaptions } from "../../core/ingest/chats/captions.js";
import { detectFormat } from "../../core/ingest/parse.js";
import { turnHash } from "../../core/ingest/store.js";
import { importErrorOf, parsedConversations } from "../fixtures/exports.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "engram-captions-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `text` to `path` under the test's folder (its folders made), with modification time `mtime` (epoch ms) when given; returns its path. */
function put(path: string, text: string | Buffer, mtime?: number): string {
  const file = join(dir, path);
  mkdirSync(join(file, ".."), { recursive: true });
  writeFileSync(file, text);
  if (mtime !== undefined) utimesSync(file, new Date(mtime), new Date(mtime));
  return file;
}

/** A Zoom cloud recording's transcript, as Zoom writes it (a cue Zoom gave no speaker goes on from the one before). */
const ZOOM = `WEBVTT

1
00:00:02.310 --> 00:00:06.840
Priya Shah: Okay, so let's ship the onboarding redesign on the

2
00:00:06.840 --> 00:00:08.100
Priya Shah: 19th.

3
00:00:08.900 --> 00:00:12.400
Dan Reyes: I'll have the illustrations to Aisha by Friday.

4
00:00:12.400 --> 00:00:14.000
Two of the four are done.

5
00:01:05.000 --> 00:01:09.500
Priya Shah: Next steps: the contract.
`;

/** A Teams transcript as downloaded from a meeting's recap (a NOTE, a STYLE block and a cue's settings as other WebVTT writers add them). */
const TEAMS = `WEBVTT
Kind: captions
Language: en-GB

NOTE
Transcript of the vendor meeting

STYLE
::cue { color: yellow }

3f0a9c1e-7b2d-4e55-a1c8-92d6e0b4f713/11-0
00:00:03.120 --> 00:00:07.480 align:start position:0%
<v Sofia Lindqvist>Our quote is £3,400 including the incentives &amp; our</v>

3f0a9c1e-7b2d-4e55-a1c8-92d6e0b4f713/11-1
00:00:07.480 --> 00:00:09.000
<v Sofia Lindqvist>recruitment fee.</v>

3f0a9c1e-7b2d-4e55-a1c8-92d6e0b4f713/12-0
00:00:09.600 --> 00:00:14.200
<v Carlos Far&#237;as><c.yellow>That's</c> within what we <i>planned</i>.
<00:00:12.000>When could the sessions run?</v>

3f0a9c1e-7b2d-4e55-a1c8-92d6e0b4f713/13-0
00:00:15.000 --> 00:00:20.500
<v Sofia Lindqvist>From the 23rd to the 25th of November, on Lookback.
`;

/** An Otter.ai SubRip export: the speaker named where the speaker changes, lines broken in two, a sound. */
const OTTER = `1
00:00:01,120 --> 00:00:04,560
Priya Shah: Thanks for doing this, Hannah. So tell me
about the last time you ordered a coffee

2
00:00:04,560 --> 00:00:06,300
in the Oakline app.

3
00:00:06,300 --> 00:00:07,000
[Music]

4
00:00:07,200 --> 00:00:12,800
Speaker 2: So, honestly, the checkout is the worst
part. It asks for my card details every

5
00:00:12,800 --> 00:00:17,400
single time. Note: I gave up twice.
`;

describe("a Zoom transcript", () => {
  it("in Zoom's recording folder: titled by its topic, of the start its name gives, cues of a speaker one turn, a cue with no speaker the one before's", async () => {
    const folder = "Zoom/2026-11-03 14.00.12 Weekly design sync";
    const file = put(`${folder}/GMT20261103-140012_Recording.transcript.vtt`, ZOOM, Date.UTC(2026, 10, 3, 15, 0));
    put(`${folder}/zoom_0.mp4`, "not read");
    put(`${folder}/recording.conf`, "{}");
    expect(await detectFormat(file)).toBe("captions");
    expect(await folderFileFormat(file)).toBe("captions");
    expect(importPaths(join(dir, "Zoom")).map((p) => p.file.slice(dir.length + 1))).toEqual([`${folder}/GMT20261103-140012_Recording.transcript.vtt`]);
    const [c, more] = await parsedConversations(file);
    expect(more).toBeUndefined();
    expect(c).toMatchObject({
      format: "captions",
      title: "Weekly design sync",
      participants: ["Priya Shah", "Dan Reyes"],
      startedAt: Date.UTC(2026, 10, 3, 14, 0, 12),
    });
    expect(c!.externalId).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(c!.turns.map((t) => [t.speaker, t.role, new Date(t.occurredAt).toISOString(), t.text, t.metadata])).toEqual([
      ["Priya Shah", "other", "2026-11-03T14:00:14.310Z", "Okay, so let's ship the onboarding redesign on the 19th.", { line: 4, offset: "00:00:02.310" }],
      [
        "Dan Reyes",
        "other",
        "2026-11-03T14:00:20.900Z",
        "I'll have the illustrations to Aisha by Friday. Two of the four are done.",
        { line: 12, offset: "00:00:08.900" },
      ],
      // ("Next steps:" is no speaker: its words are no name)
      ["Priya Shah", "other", "2026-11-03T14:01:17.000Z", "Next steps: the contract.", { line: 20, offset: "00:01:05.000" }],
    ]);
  });

  it("is of the start its folder gives (the computer's clock, read as UTC) when its name gives none, titled 'Zoom meeting' when no folder names it", async () => {
    const local = put("2026-11-05 16.30.04 Call with Oakline Coffee/meeting_transcript.vtt", ZOOM);
    const [c] = await parsedConversations(local);
    expect(c).toMatchObject({ title: "Call with Oakline Coffee", startedAt: Date.UTC(2026, 10, 5, 16, 30, 4) });
    expect(new Date(c!.turns[0]!.occurredAt).toISOString()).toBe("2026-11-05T16:30:06.310Z");
    const cloud = put("Downloads/GMT20261105-163004_Recording.transcript.vtt", ZOOM);
    expect((await parsedConversations(cloud))[0]).toMatchObject({ title: "Zoom meeting", startedAt: Date.UTC(2026, 10, 5, 16, 30, 4) });
  });

  it("passes over Zoom's live captions beside the recording's transcript, said why; alone they are read", async () => {
    const transcript = put("Zoom/GMT20261103-140012_Recording.transcript.vtt", ZOOM);
    const cc = put("Zoom/GMT20261103-140012_Recording.cc.vtt", ZOOM);
    expect(await passedOverInFolder(cc)).toBe(
      "Zoom's live captions of a meeting whose transcript, GMT20261103-140012_Recording.transcript.vtt, is beside them, imported from there",
    );
    expect(await folderFileFormat(cc)).toBeNull();
    expect(await folderFileFormat(transcript)).toBe("captions");
    const alone = put("Other/GMT20261104-090000_Recording.cc.vtt", ZOOM);
    expect(await passedOverInFolder(alone)).toBeNull();
    expect(await folderFileFormat(alone)).toBe("captions");
  });
});

describe("a Teams transcript", () => {
  it("reads voice tags, cue ids and escaped text, leaves out the header, NOTE, STYLE, settings and inline tags, and is of the file's time less its last cue's end", async () => {
    const file = put("Teams/Checkout study with Lumen Research.vtt", TEAMS, Date.UTC(2026, 10, 10, 10, 0, 30, 500));
    expect(await detectFormat(file)).toBe("captions");
    const [c] = await parsedConversations(file);
    // (the last cue ends 20.5 s in: the meeting started at 10:00:10)
    expect(c).toMatchObject({
      title: "Checkout study with Lumen Research",
      participants: ["Sofia Lindqvist", "Carlos Farías"],
      startedAt: Date.UTC(2026, 10, 10, 10, 0, 10),
    });
    expect(c!.turns.map((t) => [t.speaker, new Date(t.occurredAt).toISOString(), t.text])).toEqual([
      ["Sofia Lindqvist", "2026-11-10T10:00:13.120Z", "Our quote is £3,400 including the incentives & our recruitment fee."],
      ["Carlos Farías", "2026-11-10T10:00:19.600Z", "That's within what we planned. When could the sessions run?"],
      ["Sofia Lindqvist", "2026-11-10T10:00:25.000Z", "From the 23rd to the 25th of November, on Lookback."],
    ]);
  });

  it("reads a cue right under WEBVTT, with no blank line between, as a cue", async () => {
    const file = put(
      "Teams/Short.vtt",
      "WEBVTT\n00:00:01.000 --> 00:00:02.500\n<v Ann Lee>Can we move it to Friday?</v>\n",
      Date.UTC(2026, 10, 10, 10, 0, 2, 500),
    );
    const [c] = await parsedConversations(file);
    expect(c!.turns.map((t) => [t.speaker, new Date(t.occurredAt).toISOString(), t.text])).toEqual([
      ["Ann Lee", "2026-11-10T10:00:01.000Z", "Can we move it to Friday?"],
    ]);
  });

  it("is the same meeting, its turns the same, from a copy with another modification time", async () => {
    const file = put("Teams/Vendor meeting.vtt", TEAMS, Date.UTC(2026, 10, 10, 10, 0, 30));
    const copy = join(dir, "Vendor meeting (1).vtt");
    copyFileSync(file, copy);
    utimesSync(copy, new Date(Date.UTC(2026, 11, 1)), new Date(Date.UTC(2026, 11, 1)));
    const [a] = await parsedConversations(file);
    const [b] = await parsedConversations(copy);
    expect(b!.externalId).toBe(a!.externalId);
    expect(b!.turns[0]!.occurredAt).not.toBe(a!.turns[0]!.occurredAt);
    expect(b!.turns.map((t) => turnHash(b!, t))).toEqual(a!.turns.map((t) => turnHash(a!, t)));
  });
});

describe("an Otter.ai SubRip export", () => {
  it("reads its comma timings, its broken lines as sentences, the speaker named where it changes; a sound is no words", async () => {
    const file = put("Otter/Oakline user interview 4_otter_ai.srt", OTTER, Date.UTC(2026, 10, 12, 15, 2, 17, 400));
    expect(isCaptions(OTTER)).toBe(true);
    expect(await detectFormat(file)).toBe("captions");
    expect(await folderFileFormat(file)).toBe("captions");
    const [c] = await parsedConversations(file);
    expect(c).toMatchObject({ title: "Oakline user interview 4", participants: ["Priya Shah", "Speaker 2"], startedAt: Date.UTC(2026, 10, 12, 15, 2) });
    expect(c!.turns.map((t) => [t.speaker, t.text, t.metadata])).toEqual([
      [
        "Priya Shah",
        "Thanks for doing this, Hannah. So tell me about the last time you ordered a coffee in the Oakline app.",
        { line: 2, offset: "00:00:01.120" },
      ],
      // ("Note:" is one common word, no speaker)
      [
        "Speaker 2",
        "So, honestly, the checkout is the worst part. It asks for my card details every single time. Note: I gave up twice.",
        { line: 15, offset: "00:00:07.200" },
      ],
    ]);
  });

  it("says a file that names no one is said by 'Speaker', and cuts a long speech into turns where a sentence ends", async () => {
    const sentence = "We walked through every screen of the new checkout with the whole team again today.";
    const cues = Array.from(
      { length: 40 },
      (_, i) =>
        `${i + 1}\n00:${String(Math.floor(i / 6)).padStart(2, "0")}:${String((i % 6) * 10).padStart(2, "0")},000 --> 00:${String(Math.floor(i / 6)).padStart(2, "0")}:${String((i % 6) * 10 + 9).padStart(2, "0")},000\n${sentence}`,
    );
    const file = put("recorder/Memo 14.srt", `${cues.join("\n\n")}\n`, Date.UTC(2026, 10, 20, 9, 10));
    const [c] = await parsedConversations(file);
    expect(c!.participants).toEqual(["Speaker"]);
    expect(c!.title).toBe("Memo 14");
    // (83 characters a cue: a turn ends once it holds 2,000, at its 24th cue)
    expect(c!.turns.map((t) => [t.speaker, t.text.length, t.metadata.offset])).toEqual([
      ["Speaker", 24 * sentence.length + 23, "00:00:00.000"],
      ["Speaker", 16 * sentence.length + 15, "00:04:00.000"],
    ]);
  });
});

describe("a bad captions file", () => {
  it("is refused naming the file and the line: a timing that is none, one that ends before it starts, no cue", async () => {
    const bad = put("Teams/Broken.vtt", "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\n<v Ann>Hi</v>\n\n2\n00:00:05.000 --> 00:00:0x.000\n<v Ann>Bye</v>\n");
    const err = await importErrorOf(parsedConversations(bad));
    expect(err).toMatchObject({ name: "ImportError", file: bad, location: "line 8" });
    expect(err.message).toBe('Broken.vtt: line 8: expected a cue\'s timing like "00:00:01.120 --> 00:00:04.560", got "00:00:05.000 --> 00:00:0x.000"');
    const backwards = put("Backwards.srt", "1\n00:00:05,000 --> 00:00:04,000\nHello\n");
    expect((await importErrorOf(parsedConversations(backwards))).message).toBe(
      'Backwards.srt: line 2: the cue ends before it starts: "00:00:05,000 --> 00:00:04,000"',
    );
    const empty = put("Empty.vtt", "WEBVTT\n\nNOTE nothing here yet\n");
    expect((await importErrorOf(parsedConversations(empty))).message).toBe(
      'Empty.vtt: line 3: no cues found (expected a cue\'s timing like "00:00:01.120 --> 00:00:04.560", then its text)',
    );
    const text = put("Stray.vtt", "WEBVTT\n\nHello there\nGeneral Kenobi\n1\n00:00:01.000 --> 00:00:02.000\nHi\n");
    expect((await importErrorOf(parsedConversations(text))).message).toBe(
      'Stray.vtt: line 3: expected a cue (its id or number, then its timing like "00:00:01.120 --> 00:00:04.560"), got "Hello there"',
    );
  });

  it("is refused naming the line and byte of bytes that are not UTF-8", async () => {
    // (past the first 64 KiB, which detection checks whole: 2,000 cues of 37 bytes, then one in Latin-1)
    const cues = Array.from({ length: 2000 }, (_, i) => `${i + 1}\n00:00:01,000 --> 00:00:02,000\nHello\n`).join("\n");
    const head = Buffer.from(`${cues}\n2001\n00:00:03,000 --> 00:00:04,000\nCaf`);
    const file = put("Latin1.srt", Buffer.concat([head, Buffer.from([0xe9]), Buffer.from(" au lait\n")]));
    const err = await importErrorOf(parsedConversations(file));
    expect(err.location).toBe(`line 8003 (byte ${head.length})`);
    expect(err.message).toBe(`Latin1.srt: line 8003 (byte ${head.length}): invalid UTF-8: this is not UTF-8 text (save the file as UTF-8)`);
  });

  it("a .vtt in a folder is read as captions even when it is none, so it is refused, not read as a note", async () => {
    const file = put("Meetings/notes.vtt", "Just some words\n");
    expect(await folderFileFormat(file)).toBe("captions");
    expect(await detectFormat(file)).toBe("note");
    expect((await importErrorOf(parsedConversations(file, "captions"))).message).toBe(
      'notes.vtt: line 1: no cues found (expected a cue\'s timing like "00:00:01.120 --> 00:00:04.560", then its text)',
    );
  });
});

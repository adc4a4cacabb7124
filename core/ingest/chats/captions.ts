/**
 * Meeting transcripts as video-call and recorder apps save them, as captions: WebVTT (`.vtt`) and
 * SubRip (`.srt`) → one conversation per file.
 *
 * - Zoom (a cloud recording's transcript, `GMT20261103-140012_Recording.transcript.vtt`, its name the
 *   meeting's start in UTC; a local recording's folder `2026-11-03 14.00.12 Weekly design sync/`, its
 *   name the start on the computer's clock and the meeting's topic): `WEBVTT`, then cues, each a
 *   number, its timing `00:00:01.120 --> 00:00:04.560`, and `Speaker Name: text`.
 * - Microsoft Teams (`<meeting title>.vtt`, downloaded from the meeting's recap): `WEBVTT`, then cues,
 *   each an id (`3f0a9c1e-…/12-0`), its timing and the speaker in a voice tag, `<v Priya Shah>text</v>`,
 *   its text HTML-escaped (`&amp;`, `&#237;`).
 * - SubRip (Otter.ai's `<title>_otter_ai.srt`, Descript, a recorder app): numbered cues, timing with a
 *   comma (`00:00:01,120 --> 00:00:04,560`), text `Speaker 1: …` or a name where the speaker changes,
 *   often broken over two lines.
 *
 * A cue's speaker is its voice tag's, else the label opening one of its lines ("Priya Shah: …": a name
 * of at most five words, each holding a capital or a digit ("Speaker 2") or a particle ("de", "van");
 * one common word, "Agenda:", is none); a cue with none goes on from the speaker before, and one before
 * anyone is named (a file of captions that name no one) is said by "Speaker". Consecutive cues of one speaker are one turn (a
 * meeting's captions cut its sentences across cues: joined, they are whole again), until the turn holds
 * 2,000 characters and a sentence ends (or 8,000 whatever), so a long monologue or a file naming no one
 * is several turns, each of its own time. Not words: cue settings (`align:start position:0%`), `NOTE`,
 * `STYLE` and `REGION` blocks, the header's lines (`Kind: captions`), inline tags (`<c.yellow>`, `<i>`,
 * `<00:00:01.000>`, `<font …>`, `{\an8}`), and a cue that is only a sound in brackets ("[Music]",
 * "(laughs)"). The file is read line by line (bytes.ts `fileLines`); its turns are held to its end (one
 * conversation, whose start may be known only from its last cue).
 */
import { readdirSync } from "node:fs";
import { stat } from "node:fs/promises";
import { basename, dirname } from "node:path";
import { isCommonWord } from "../../memory/sentences.js";
import { inImportRange } from "../../time/import-dates.js";
import { contentKey, fileLines } from "../kit/bytes.js";
import { MAX_MESSAGE_CHARS } from "../kit/passages.js";
import { ImportError, type ParsedConversation, type ParsedTurn } from "../kit/types.js";

/** A caption's time: hours (optional, any digits), minutes, seconds and a fraction after "." (WebVTT) or "," (SubRip). */
const TIME = String.raw`(?:(\d{1,3}):)?(\d{1,2}):(\d{1,2})[.,](\d{1,3})`;
/** A cue's timing line: its start and end (groups 1–4, 5–8), then WebVTT's settings or SubRip's coordinates. */
const TIMING = new RegExp(String.raw`^\s*${TIME}\s*-->\s*${TIME}(?:\s.*)?$`);
/** A line that holds a cue's arrow: a timing line, or one meant to be ({@link TIMING} then names what is wrong). */
const ARROW = /-->/;
/** WebVTT's first line: "WEBVTT", alone or followed by a space or tab and anything. */
const WEBVTT = /^\uFEFF?WEBVTT(?:[ \t].*)?$/;
/** A WebVTT block that holds no cue: a comment, a style sheet, a region's definition. */
const NOT_A_CUE = /^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/;
/** A SubRip cue's number. */
const CUE_NUMBER = /^\d+$/;

/** A Zoom cloud recording's file name: "GMT" and its start in UTC (groups 1–6), then "_Recording" or, in older ones, its topic (group 7). */
const ZOOM_CLOUD = /^GMT(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(?:_([^.]*))?/;
/** A Zoom local recording's folder: its start on the computer's clock (groups 1–6) and the meeting's topic (group 7). */
const ZOOM_FOLDER = /^(\d{4})-(\d{2})-(\d{2}) (\d{2})\.(\d{2})\.(\d{2})(?:\s+(.+))?$/;
/** A topic's meeting ID, as Zoom ends its folder's name with it ("Weekly design sync 81234567890"). */
const MEETING_ID = /\s+\d{9,11}$/;
/** What a transcript's file name ends with besides its words: Zoom's ".transcript"/".cc", Otter's "_otter_ai", the extension. */
const NAME_ENDING = /(?:_otter_ai)?(?:\.(?:transcript|cc))?\.(?:vtt|srt)$/i;

/** A turn of this many characters ends where a sentence does (the next cue of its speaker opens a new one). */
const TURN_CHARS = 2_000;
/** A turn of this many characters ends at its cue, sentence or not (captions with no punctuation). */
const MAX_TURN_CHARS = 8_000;
/** Who says a cue before anyone is named. */
const NO_SPEAKER = "Speaker";

/** A timing line's example, in errors. */
const EXAMPLE = '"00:00:01.120 --> 00:00:04.560"';

/**
 * Whether `head` (a file's start, white space before it dropped) is captions: WebVTT (its first line
 * "WEBVTT") or SubRip (its first line a cue's number and the next a timing line, "00:00:01,120 -->
 * 00:00:04,560", or its first line a timing line).
 */
export function isCaptions(head: string): boolean {
  const lines = head.split(/\r?\n|\r/, 3);
  if (WEBVTT.test(lines[0]!)) return true;
  if (TIMING.test(lines[0]!)) return true;
  return CUE_NUMBER.test(lines[0]!.trim()) && lines[1] !== undefined && TIMING.test(lines[1]);
}

/** The ms of a {@link TIME} match's groups from `at` (hours, minutes, seconds, fraction), or NaN for minutes or seconds over 59. */
function msOf(m: RegExpExecArray, at: number): number {
  const [h, min, s, frac] = [Number(m[at] ?? 0), Number(m[at + 1]), Number(m[at + 2]), m[at + 3]!];
  if (min > 59 || s > 59) return Number.NaN;
  return ((h * 60 + min) * 60 + s) * 1000 + Number(frac.padEnd(3, "0"));
}

/** `ms` into the recording as WebVTT writes it: "00:01:23.456". */
function offsetOf(ms: number): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(Math.floor(ms / 3_600_000))}:${two(Math.floor(ms / 60_000) % 60)}:${two(Math.floor(ms / 1000) % 60)}.${String(ms % 1000).padStart(3, "0")}`;
}

/** Named HTML character references captions use (WebVTT's own: amp, lt, gt, lrm, rlm, nbsp; HTML's common ones). */
const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  lrm: "",
  rlm: "",
  hellip: "…",
  ndash: "–",
  mdash: "—",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  eacute: "é",
  egrave: "è",
  aacute: "á",
  iacute: "í",
  oacute: "ó",
  uacute: "ú",
  ntilde: "ñ",
  ccedil: "ç",
  uuml: "ü",
  ouml: "ö",
  auml: "ä",
  szlig: "ß",
  pound: "£",
  euro: "€",
};

/** `s` with its character references undone ("Q&amp;A" → "Q&A", "Far&#237;as" → "Farías"); an unknown one is left as written. */
function unescaped(s: string): string {
  return s.replace(
    /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]{2,8}));/g,
    (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (name) return ENTITIES[name] ?? whole;
      const code = dec ? Number(dec) : Number.parseInt(hex!, 16);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    },
  );
}

/** A voice tag, `<v Priya Shah>` or `<v.loud Priya Shah>`: group 1 who speaks (none in `<v>`). */
const VOICE = /<v(?:\.[^\s>]*)?(?:[ \t]+([^>]*))?>/g;
/** Any other tag of a cue's text (`<c.yellow>`, `</v>`, `<i>`, `<00:00:01.000>`, `<font color="#fff">`) or an ASS override (`{\an8}`). */
const TAG = /<\/?[A-Za-z][^>]*>|<\/?\d[\d:.]*>|<\/>|\{\\[^}]*\}/g;
/** A cue that is a sound, not words: "[Music]", "(laughs)", "♪". */
const SOUND_ONLY = /^(?:\[[^\]]*\]|\([^)]*\)|[♪♫\s]+)$/;
/** A label opening a line: group 1 who, group 2 what they say (a colon followed by a space or the line's end: "10:30" is no label). */
const LABEL = /^([^:<>{}[\]"“”,;!?]{1,40}?)\s*:(?:\s+(.*))?$/;
/** Lower-case words a name holds ("Marco de Luca", "Anne van der Berg"). */
const PARTICLES = new Set([
  "de",
  "da",
  "do",
  "dos",
  "das",
  "di",
  "du",
  "del",
  "della",
  "van",
  "von",
  "der",
  "den",
  "ter",
  "ten",
  "la",
  "le",
  "bin",
  "ibn",
  "al",
  "el",
  "y",
]);

/**
 * Whether `label`, before a colon opening a caption's line, is a speaker: at most 40 characters and five
 * words of letters, digits, marks and `.'’()-&+/@_`, each word holding a capital or a digit ("Priya Shah",
 * "Speaker 2", "iPhone de Marco") or a particle ("de", "van"); one word that is a common word ("Agenda",
 * "Note", "So") is none.
 */
function isSpeakerLabel(label: string): boolean {
  const words = label.split(/\s+/);
  if (words.length > 5 || !/^[\p{L}\p{N}\p{M} .'’()\-&+/@_]+$/u.test(label) || !/\p{L}/u.test(label)) return false;
  if (!words.every((w) => /[\p{Lu}\p{N}]/u.test(w) || PARTICLES.has(w))) return false;
  return !(words.length === 1 && isCommonWord(words[0]!));
}

/** A part of a cue said by one speaker: who (null: not written), what. */
interface Said {
  speaker: string | null;
  text: string;
}

/** Words of a caption's text: tags dropped (they take no room: "we <i>planned</i>." is "we planned."), references undone, white space made one space. */
function words(s: string): string {
  return unescaped(s.replace(TAG, "")).replace(/\s+/g, " ").trim();
}

/**
 * A cue's text lines as what each speaker says: split at voice tags (Teams) when it has any, else at
 * lines opening with a speaker's label (Zoom, Otter); a part before either has no speaker written.
 * Tags and sounds in brackets are no words; a part with none left is dropped.
 */
function cueParts(lines: string[]): Said[] {
  const parts: Said[] = [];
  const text = lines.join("\n");
  if (/<v[ \t.>]/.test(text)) {
    let speaker: string | null = null;
    let from = 0;
    for (const m of text.matchAll(VOICE)) {
      parts.push({ speaker, text: text.slice(from, m.index) });
      speaker = m[1] ? unescaped(m[1]).replace(/\s+/g, " ").trim() || null : null;
      from = m.index + m[0].length;
    }
    parts.push({ speaker, text: text.slice(from) });
  } else {
    for (const line of lines) {
      const label = LABEL.exec(line.replace(TAG, "").trim());
      if (label && isSpeakerLabel(label[1]!.trim())) parts.push({ speaker: label[1]!.trim(), text: label[2] ?? "" });
      else if (parts.length) parts.at(-1)!.text += `\n${line}`;
      else parts.push({ speaker: null, text: line });
    }
  }
  return parts.map((p) => ({ speaker: p.speaker, text: words(p.text) })).filter((p) => p.text && !SOUND_ONLY.test(p.text));
}

/** A turn being read: its speaker, the line of its first cue's timing, its start into the recording (ms), its words. */
interface Draft {
  speaker: string;
  line: number;
  startMs: number;
  text: string;
}

/** Whether `text` ends a sentence ("…ship it.", "…right?”"). */
const endsSentence = (text: string): boolean => /[.!?…][)\]"'”’]*$/.test(text);

/**
 * When the meeting started (epoch ms UTC) as its file says: a Zoom cloud recording's name
 * ("GMT20261103-140012_…", UTC), else its Zoom folder's ("2026-11-03 14.00.12 Weekly design sync", the
 * computer's clock, read as UTC as other local times with no zone are); null when neither does.
 */
function namedStart(file: string): number | null {
  const cloud = ZOOM_CLOUD.exec(basename(file));
  return (cloud && startOf(cloud)) ?? zoomFolder(basename(dirname(file)))?.start ?? null;
}

/** The time (epoch ms, read as UTC) of a match's groups 1–6 (year, month, day, hours, minutes, seconds), or null for one that is no time or outside 1970–2199. */
function startOf(m: RegExpExecArray): number | null {
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(ms);
  return back.getUTCMonth() === mo - 1 && back.getUTCDate() === d && h < 24 && mi < 60 && s < 60 && inImportRange(ms) ? ms : null;
}

/**
 * A Zoom folder's start and topic, from its name ("2026-10-06 15.00.08 Weekly design sync
 * 81234567890"): the start (epoch ms, the computer's clock read as UTC) and the topic without the
 * meeting ID Zoom ends it with ("Weekly design sync"; null when the name has none); null for any other
 * folder's name or a start that is no time.
 */
export function zoomFolder(name: string): { start: number; topic: string | null } | null {
  const m = ZOOM_FOLDER.exec(name);
  const start = m && startOf(m);
  if (start === null || start === undefined) return null;
  return { start, topic: (m![7] ?? "").replace(MEETING_ID, "").trim() || null };
}

/**
 * A meeting's title: the topic its Zoom folder names ("Weekly design sync", without the meeting ID
 * after it), else its file's name without what the app adds ("Checkout study with Lumen.vtt" →
 * "Checkout study with Lumen", Otter's "Interview 4_otter_ai.srt" → "Interview 4"); a Zoom cloud
 * recording's, "GMT…_Recording", is "Zoom meeting" (an older one's topic after the time is kept).
 */
function captionsTitle(file: string): string {
  const folder = zoomFolder(basename(dirname(file)))?.topic;
  if (folder) return folder;
  const name = basename(file);
  const cloud = ZOOM_CLOUD.exec(name);
  if (cloud) {
    const topic = (cloud[7] ?? "").replace(/[-_]+/g, " ").trim();
    return topic && !/^recording$/i.test(topic) ? topic : "Zoom meeting";
  }
  return name.replace(NAME_ENDING, "").trim() || name;
}

/**
 * Reads `file`, a meeting's captions (WebVTT or SubRip, see the module comment), into one conversation
 * (format `captions`; externalId the file's content key, `sha256:<hex>`, as a transcript's: the same
 * file from another folder or uploaded again is the same meeting; title {@link captionsTitle}'s; each
 * speaker a participant, role "other" until `--me` names the user). The meeting's start is the one its
 * Zoom name gives ({@link namedStart}), else the file's modification time less its last cue's end (the
 * recording ended when the file was written); each turn is at that start plus its first cue's start.
 * Turn externalId null (a turn is named by its line, store.ts `turnHash`: a copy's modification time
 * moves its times); metadata `{ line, offset }`, the line of its first cue's timing and that cue's start
 * into the recording ("00:01:23.456"). `onProgress` gets the bytes read.
 * @throws ImportError naming the file and line: a timing line that is none (`line 7: expected a cue's
 *   timing like "00:00:01.120 --> 00:00:04.560", got "…"`), a cue that ends before it starts, lines
 *   before the first cue that are no cue's id nor a WebVTT header's, no cue at all, no words in any
 *   cue, a start that is no time (`line N`); `line N (byte M)` for bytes that are not UTF-8.
 */
export async function parseCaptions(file: string, opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {}): Promise<ParsedConversation> {
  const info = await stat(file);
  const input = fileLines(file, info.size, opts.onProgress);
  const drafts: Draft[] = [];
  let draft: Draft | null = null;
  let speaker: string | null = null;
  let lastEndMs = 0;
  let cues = 0;
  // the cue whose text is being read: its timing line, start and text lines
  let cue: { line: number; startMs: number; lines: string[] } | null = null;
  // lines since the last blank one that are no cue's text yet (a cue's id, or a SubRip text's paragraph after a blank line)
  let pending: Array<{ n: number; text: string }> = [];
  // what the line read is in: WebVTT's header, no block yet (after a blank line), a block that is no cue, a cue's text
  let block: "header" | "none" | "skip" | "cue" = "none";
  // whether the file is WebVTT (its first line "WEBVTT"), whether a line with words was read, whether the line opens a block
  let vtt = false;
  let begun = false;
  let opening = true;
  let n = 0;
  // characters of the cue being read and of the lines after it (bounded: a cue is at most a message's length)
  let held = 0;
  const hold = (line: string): void => {
    held += line.length + 1;
    if (held > MAX_MESSAGE_CHARS)
      throw new ImportError(
        file,
        `line ${cue?.line ?? pending[0]?.n ?? n}`,
        `the cue is over ${MAX_MESSAGE_CHARS.toLocaleString("en-US")} characters long; the largest message Engram imports is ${MAX_MESSAGE_CHARS.toLocaleString("en-US")} characters`,
      );
  };

  const addCue = (c: { line: number; startMs: number; lines: string[] }): void => {
    for (const part of cueParts(c.lines)) {
      const who = part.speaker ?? speaker ?? NO_SPEAKER;
      speaker = who;
      const full = draft && (draft.text.length >= MAX_TURN_CHARS || (draft.text.length >= TURN_CHARS && endsSentence(draft.text)));
      if (draft && draft.speaker === who && !full) draft.text += ` ${part.text}`;
      else {
        draft = { speaker: who, line: c.line, startMs: c.startMs, text: part.text };
        drafts.push(draft);
      }
    }
  };

  try {
    for await (const raw of input.lines) {
      n++;
      const line = raw.trimEnd();
      if (!line.trim()) {
        // (a blank line ends any block: the header, a comment, a cue's text)
        block = "none";
        opening = true;
        continue;
      }
      const first = !begun;
      begun = true;
      if (first && WEBVTT.test(line.trim())) {
        vtt = true;
        block = "header";
        continue;
      }
      const opens = opening;
      opening = false;
      // (a writer that leaves out the blank line after "WEBVTT" goes straight on to a cue's timing)
      if (block === "skip" || (block === "header" && !TIMING.test(line))) continue;
      if (ARROW.test(line) && (block === "none" || TIMING.test(line))) {
        const m = TIMING.exec(line);
        if (!m) throw new ImportError(file, `line ${n}`, `expected a cue's timing like ${EXAMPLE}, got ${shown(line)}`);
        const [startMs, endMs] = [msOf(m, 1), msOf(m, 5)];
        if (Number.isNaN(startMs) || Number.isNaN(endMs))
          throw new ImportError(file, `line ${n}`, `${shown(line)} is no cue's timing (minutes and seconds run to 59)`);
        if (endMs < startMs) throw new ImportError(file, `line ${n}`, `the cue ends before it starts: ${shown(line)}`);
        // (the line before the timing, when there is one, is the cue's id or number; a SubRip cue's
        // number right after the cue before it, with no blank line between, is no text of that cue)
        if (block === "cue" && cue?.lines.length && CUE_NUMBER.test(cue.lines.at(-1)!.trim())) cue.lines.pop();
        const loose = pending.slice(0, -1);
        if (loose.length) {
          if (!cue)
            throw new ImportError(
              file,
              `line ${loose[0]!.n}`,
              `expected a cue (its id or number, then its timing like ${EXAMPLE}), got ${shown(loose[0]!.text)}`,
            );
          for (const l of loose) cue.lines.push(l.text);
        }
        if (cue) addCue(cue);
        cue = { line: n, startMs, lines: [] };
        pending = [];
        held = 0;
        lastEndMs = Math.max(lastEndMs, endMs);
        cues++;
        block = "cue";
        continue;
      }
      if (block === "cue") {
        hold(line);
        cue!.lines.push(line);
        continue;
      }
      // (a WebVTT block that is a comment, a style sheet or a region: no words)
      if (vtt && opens && NOT_A_CUE.test(line)) {
        block = "skip";
        continue;
      }
      hold(line);
      pending.push({ n, text: line });
    }
  } finally {
    input.close();
  }
  if (!cues) throw new ImportError(file, `line ${n}`, `no cues found (expected a cue's timing like ${EXAMPLE}, then its text)`);
  // (lines after the last cue's blank line: more of its text, as a SubRip writer may leave a blank line in one)
  for (const l of pending) cue!.lines.push(l.text);
  addCue(cue!);
  input.finished();
  if (!drafts.length) throw new ImportError(file, `line ${n}`, "no words in any cue (only sounds, tags or nothing)");
  const start = namedStart(file) ?? Math.floor(info.mtimeMs) - lastEndMs;
  if (!inImportRange(start))
    throw new ImportError(file, `line ${n}`, `the meeting's start is no time Engram imports (the file's time less its last cue's end)`);
  const turns: ParsedTurn[] = drafts.map((d) => ({
    externalId: null,
    speaker: d.speaker,
    role: "other",
    occurredAt: start + d.startMs,
    text: d.text,
    metadata: { line: d.line, offset: offsetOf(d.startMs) },
  }));
  turns.sort((a, b) => a.occurredAt - b.occurredAt);
  return {
    format: "captions",
    externalId: await contentKey(file),
    title: captionsTitle(file),
    participants: [...new Set(turns.map((t) => t.speaker))],
    startedAt: start,
    turns,
  };
}

/** A line as an error shows it: trimmed, at most 60 characters, quoted. */
function shown(line: string): string {
  const t = line.trim();
  return JSON.stringify(t.length > 60 ? `${t.slice(0, 57)}...` : t);
}

/** Zoom's live captions as a local recording or the meeting's "Save captions" writes them: "[Leo Grant] 15:01:05", then the words. */
const ZOOM_CAPTIONS_TXT = /^(?:meeting_saved_)?closed_caption\.txt$/i;

/**
 * Why `path`, Zoom's live captions of a meeting in a folder, is passed over: a cloud recording's
 * (`GMT…_Recording.cc.vtt`) when the recording's transcript is beside it (`GMT…_Recording.transcript.vtt`),
 * or a local recording's or a saved one's (`closed_caption.txt`, `meeting_saved_closed_caption.txt`)
 * when a transcript of the meeting (a `.vtt` or `.srt`, `list` naming the folder's files) is beside it:
 * the same meeting's words, read from there; null for any other file.
 */
export function captionsCopy(path: string, exists: (p: string) => boolean, list: (dir: string) => string[] = namesIn): string | null {
  if (ZOOM_CAPTIONS_TXT.test(basename(path))) {
    const transcript = list(dirname(path))
      .filter((n) => /\.(?:vtt|srt)$/i.test(n) && !/\.cc\.vtt$/i.test(n))
      .sort()[0];
    return transcript ? `Zoom's live captions of a meeting whose transcript, ${transcript}, is beside them, imported from there` : null;
  }
  if (!/\.cc\.vtt$/i.test(path)) return null;
  const transcript = path.replace(/\.cc\.vtt$/i, ".transcript.vtt");
  return exists(transcript) ? `Zoom's live captions of a meeting whose transcript, ${basename(transcript)}, is beside them, imported from there` : null;
}

/** The names in `dir` (none when it cannot be read). */
function namesIn(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/**
 * LoCoMo benchmark samples (Maharana et al., ACL 2024; snap-research/LoCoMo `data/locomo10.json`)
 * → one conversation per sample. A sample's `conversation` holds `speaker_a`, `speaker_b`,
 * `session_N` turn lists and `session_N_date_time` strings ("1:56 pm on 8 May, 2023", read as UTC).
 * The `qa`, `observation`, `session_summary` and `event_summary` fields are ignored on purpose:
 * they hold the benchmark's answers.
 */
import { z } from "zod";
import { parseHumanDate } from "../../time/import-dates.js";
import { validateAt } from "../kit/validate.js";
import { ImportError, type ParsedConversation, type ParsedTurn } from "../kit/types.js";

const Turn = z.object({
  speaker: z.string().min(1),
  dia_id: z.string().min(1),
  text: z.string(),
  img_url: z.union([z.array(z.string()), z.string()]).optional(),
  blip_caption: z.string().optional(),
  query: z.string().optional(),
});

const Sample = z.object({
  sample_id: z.string().min(1),
  conversation: z.looseObject({ speaker_a: z.string().min(1), speaker_b: z.string().min(1) }),
});

const Session = z.array(Turn);

/**
 * The number of a `session_N` key ("session_12" → "12"), or undefined for any other key. Read without a
 * backtracking regex: a key may be megabytes long ("session_000…002"), and `/^session_(\d+)$/` on it
 * overflowed the stack on a loaded machine.
 */
function sessionNumber(key: string): string | undefined {
  if (!key.startsWith("session_")) return undefined;
  const n = key.slice("session_".length);
  return n !== "" && !/\D/.test(n) ? n : undefined;
}

/**
 * Converts item `index` of a LoCoMo file into a conversation. Turn k (0-based) of a session occurs
 * at the session's date-time + k seconds, so turns keep their order; `externalId` is the `dia_id`.
 * An image turn's text gets `[shared an image: <blip_caption>]` appended and metadata
 * `{ image_caption, image_url, query }`. Role is "other": both speakers are people.
 * @throws ImportError naming the JSON path, e.g. `[0].conversation.session_2[4].text`, or a
 *   `session_N_date_time` that is missing or not a date, or a sample without any `session_N`.
 */
export function parseLocomoSample(value: unknown, index: number, file: string): ParsedConversation {
  const sample = validateAt(Sample, value, file, [index]);
  const conv = sample.conversation;
  const sessions = Object.keys(conv)
    .map((key) => ({ key, n: sessionNumber(key) }))
    .filter((s): s is { key: string; n: string } => s.n !== undefined)
    .sort((a, b) => Number(a.n) - Number(b.n));
  if (sessions.length === 0) {
    throw new ImportError(file, `[${index}].conversation`, "no session_1, session_2, … turn lists: a conversation without sessions has nothing to import");
  }
  const participants = [conv.speaker_a, conv.speaker_b];
  const turns: ParsedTurn[] = [];
  let startedAt: number | null = null;
  for (const { key } of sessions) {
    const list = validateAt(Session, conv[key], file, [index, "conversation", key]);
    const dateKey = `${key}_date_time`;
    const when = conv[dateKey];
    const date = typeof when === "string" ? parseHumanDate(when) : null;
    if (!date) {
      const got = when === undefined ? "missing" : `got ${JSON.stringify(when)}`;
      throw new ImportError(file, `[${index}].conversation.${dateKey}`, `expected a date-time like "1:56 pm on 8 May, 2023" (1970 to 2199), ${got}`);
    }
    startedAt = startedAt === null ? date.ms : Math.min(startedAt, date.ms);
    list.forEach((t, seq) => {
      if (!participants.includes(t.speaker)) participants.push(t.speaker);
      const metadata: Record<string, unknown> = {};
      let text = t.text.trim();
      if (t.blip_caption) {
        text = `${text} [shared an image: ${t.blip_caption.trim()}]`.trim();
        metadata.image_caption = t.blip_caption;
        const url = Array.isArray(t.img_url) ? t.img_url[0] : t.img_url;
        if (url) metadata.image_url = url;
        if (t.query) metadata.query = t.query;
      }
      if (!text) return;
      turns.push({ externalId: t.dia_id, speaker: t.speaker, role: "other", occurredAt: date.ms + seq * 1000, text, metadata });
    });
  }
  return {
    format: "locomo",
    externalId: sample.sample_id,
    title: `${conv.speaker_a} & ${conv.speaker_b}`,
    participants,
    startedAt,
    turns,
  };
}

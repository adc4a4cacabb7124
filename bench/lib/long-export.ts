/**
 * A generated ChatGPT `conversations.json` of long messages, for the big-import benchmark (issue 12
 * item 2: "a 100 MB export of 7,450 long turns, 5–25 KB each"). Nothing is downloaded: the prose is
 * real chat text laid end to end — LoCoMo turns (../shared/data/locomo) in paragraphs, with numbered
 * steps and a code block in some assistant answers — so the memory engine sees what it sees in a
 * real long message (first-person statements, names, dates, lists), not a repeated filler line.
 *
 * Deterministic: the same arguments give the same bytes (mulberry32 seeded PRNG). Written as a stream,
 * one conversation at a time.
 */
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { mulberry32 } from "./synthetic.js";

export { locomoTurnTexts } from "./synthetic.js";

/** Shape of the generated export. Sizes in UTF-16 characters (≈ bytes: the text is ASCII). */
export interface LongExportOptions {
  /** messages in the whole file (default 7,450) */
  turns?: number;
  /** shortest and longest message (default 5,000 and 25,000); sizes lean to the short end, mean ≈ 13,000 */
  minChars?: number;
  maxChars?: number;
  /** messages per conversation, drawn from [min, max] (default 10–30) */
  perConversation?: [number, number];
  seed?: number;
}

/** What was written: bytes, conversations, messages and characters of message text. */
export interface LongExportStats {
  bytes: number;
  conversations: number;
  turns: number;
  textChars: number;
}

/**
 * Writes the export to `file` and returns what it holds. `texts` are the sentences' source (LoCoMo
 * turns, `locomoTurnTexts`), taken in order and wrapped around (empty ones skipped).
 * @throws Error when `texts` holds no text.
 */
export async function writeLongChatgptExport(file: string, texts: string[], opts: LongExportOptions = {}): Promise<LongExportStats> {
  const total = opts.turns ?? 7_450;
  const [minC, maxC] = [opts.minChars ?? 5_000, opts.maxChars ?? 25_000];
  const [minT, maxT] = opts.perConversation ?? [10, 30];
  const rand = mulberry32(opts.seed ?? 12);
  const pool = texts.map((t) => t.trim()).filter(Boolean);
  if (pool.length === 0) throw new Error("writeLongChatgptExport: no texts to write messages from");
  let cursor = 0;
  const next = () => pool[cursor++ % pool.length]!;

  const message = (assistant: boolean): string => {
    const target = Math.round(minC + (maxC - minC) * rand() ** 1.5);
    const parts: string[] = [];
    let size = 0;
    while (size < target) {
      let para: string;
      const r = rand();
      if (assistant && r < 0.12) {
        para = Array.from({ length: 3 + Math.floor(rand() * 4) }, (_, i) => `${i + 1}. ${next()}`).join("\n");
      } else if (assistant && r < 0.16) {
        para = `\`\`\`python\n${Array.from({ length: 6 }, (_, i) => `value_${i} = compute(${i}, "${next().slice(0, 30).replace(/["\\]/g, "")}")`).join("\n")}\n\`\`\``;
      } else {
        para = Array.from({ length: 3 + Math.floor(rand() * 4) }, next).join(" ");
      }
      parts.push(para);
      size += para.length + 2;
    }
    return parts.join("\n\n").slice(0, target);
  };

  const out = createWriteStream(file);
  let bytes = 0;
  const write = async (s: string): Promise<void> => {
    bytes += Buffer.byteLength(s);
    if (!out.write(s)) await once(out, "drain");
  };
  const stats: LongExportStats = { bytes: 0, conversations: 0, turns: 0, textChars: 0 };
  await write("[");
  for (let c = 0; stats.turns < total; c++) {
    const count = Math.min(total - stats.turns, minT + Math.floor(rand() * (maxT - minT + 1)));
    const t0 = 1_690_000_000 + c * 86_400;
    const mapping: Record<string, unknown> = { [`root-${c}`]: { parent: null, children: [`m-${c}-0`], message: null } };
    for (let k = 0; k < count; k++) {
      const role = k % 2 ? "assistant" : "user";
      const text = message(role === "assistant");
      stats.textChars += text.length;
      mapping[`m-${c}-${k}`] = {
        parent: k ? `m-${c}-${k - 1}` : `root-${c}`,
        children: k + 1 < count ? [`m-${c}-${k + 1}`] : [],
        message: { id: `msg-${c}-${k}`, author: { role }, create_time: t0 + k * 90, content: { content_type: "text", parts: [text] } },
      };
    }
    const conv = { id: `conv-${c}`, title: `Long conversation ${c}`, create_time: t0, mapping, current_node: `m-${c}-${count - 1}` };
    await write((c ? ",\n" : "\n") + JSON.stringify(conv));
    stats.conversations++;
    stats.turns += count;
  }
  await write("\n]\n");
  out.end();
  await once(out, "finish");
  stats.bytes = bytes;
  return stats;
}

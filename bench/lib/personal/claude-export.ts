/** A person's conversations with Claude, as its data export writes them (bench:personal's travel and student). */

/** One exchange: what the user wrote, what the assistant answered. */
export type ClaudeExchange = [user: string, assistant: string];

/** A conversation of the export: id, name, days after the first one, and its exchanges in order. */
export interface ClaudeConversation {
  id: string;
  name: string;
  day: number;
  exchanges: ClaudeExchange[];
}

const DAY = 86_400_000;

/**
 * `conversations` as a Claude `conversations.json` (the export's shape: a list of messages per
 * conversation, ISO times): the first starts at `t0` (epoch ms), each `day` days later; exchanges
 * three minutes apart, each reply 40 s after its message.
 */
export function claudeExport(conversations: ClaudeConversation[], t0: number): unknown[] {
  return conversations.map((c) => {
    const start = t0 + c.day * DAY;
    const msgs: unknown[] = [];
    c.exchanges.forEach(([u, a], i) => {
      msgs.push({ uuid: `${c.id}-u${i}`, sender: "human", text: u, created_at: new Date(start + i * 180_000).toISOString() });
      msgs.push({ uuid: `${c.id}-a${i}`, sender: "assistant", text: a, created_at: new Date(start + i * 180_000 + 40_000).toISOString() });
    });
    return { uuid: c.id, name: c.name, created_at: new Date(start).toISOString(), chat_messages: msgs };
  });
}

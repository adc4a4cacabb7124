/** A person's conversations with ChatGPT, as its data export writes them (bench:personal's errands and developer). */

/** One exchange: what the user wrote, what the assistant answered. */
export type Exchange = [user: string, assistant: string];

/** A conversation of the export: id, title, days after the first one, and its exchanges in order. */
export interface ChatConversation {
  id: string;
  title: string;
  day: number;
  exchanges: Exchange[];
}

const DAY = 86_400;

/**
 * `conversations` as a ChatGPT `conversations.json` (the export's shape: a message tree per
 * conversation, times in unix seconds): the first starts at `t0`, each `day` days later; exchanges
 * `gap` seconds apart, each reply 30 s after its message.
 */
export function chatgptExport(conversations: ChatConversation[], t0: number, gap: number): unknown[] {
  return conversations.map((c) => {
    const start = t0 + c.day * DAY;
    const mapping: Record<string, unknown> = { root: { id: "root", parent: null, children: [], message: null } };
    let parent = "root";
    c.exchanges.forEach(([user, assistant], i) => {
      for (const [id, role, text, at] of [
        [`u${i}`, "user", user, start + i * gap],
        [`a${i}`, "assistant", assistant, start + i * gap + 30],
      ] as const) {
        (mapping[parent] as { children: string[] }).children.push(id);
        mapping[id] = {
          id,
          parent,
          children: [],
          message: {
            id: `${c.id}-${id}`,
            author: { role, name: null, metadata: {} },
            create_time: at,
            content: { content_type: "text", parts: [text] },
            status: "finished_successfully",
            metadata: {},
          },
        };
        parent = id;
      }
    });
    return { title: c.title, create_time: start, update_time: start + 600, mapping, current_node: parent, id: c.id, conversation_id: c.id };
  });
}

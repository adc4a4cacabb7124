/**
 * Reads an OpenAI chat-completions stream (server-sent events: `data: {json}` frames, ending with
 * `data: [DONE]`) and yields each chunk's text. Bounded memory: only the unfinished frame is kept.
 */

/** One streamed piece: text (possibly empty) and, on the last chunk, why generation stopped. */
export interface StreamPiece {
  text: string;
  finishReason: string | null;
}

interface ChunkJson {
  choices?: Array<{ delta?: { content?: string | null }; finish_reason?: string | null }>;
  error?: { message?: string } | string;
}

/**
 * Yields the pieces of a chat-completions SSE body; `onChunk` is called for every network chunk
 * (to restart an inactivity timer). Ends at `[DONE]`.
 * @throws Error when a frame is not JSON or carries an error; `IncompleteStream` when the body
 *   ended before `[DONE]` and before any finish reason.
 */
export async function* readChatStream(body: ReadableStream<Uint8Array>, onChunk: () => void): AsyncGenerator<StreamPiece> {
  const decoder = new TextDecoder();
  let buffer = "";
  let finished = false;
  for await (const bytes of body as unknown as AsyncIterable<Uint8Array>) {
    onChunk();
    buffer += decoder.decode(bytes, { stream: true });
    for (let cut = buffer.search(/\r?\n\r?\n/); cut >= 0; cut = buffer.search(/\r?\n\r?\n/)) {
      const frame = buffer.slice(0, cut);
      buffer = buffer.slice(cut).replace(/^\r?\n\r?\n/, "");
      const data = frame
        .split(/\r?\n/)
        .filter((l) => l.startsWith("data:"))
        .map((l) => l.slice(5).trimStart())
        .join("\n");
      if (!data) continue;
      if (data === "[DONE]") return;
      let json: ChunkJson;
      try {
        json = JSON.parse(data) as ChunkJson;
      } catch {
        throw new Error(`the model server sent a stream frame that is not JSON: ${data.slice(0, 200)}`);
      }
      if (json.error) throw new Error(`the model server reported an error mid-answer: ${typeof json.error === "string" ? json.error : json.error.message}`);
      const choice = json.choices?.[0];
      const finishReason = choice?.finish_reason ?? null;
      if (finishReason) finished = true;
      yield { text: choice?.delta?.content ?? "", finishReason };
    }
  }
  if (!finished) throw new IncompleteStream();
}

/** The stream ended before the server said the answer was complete. */
export class IncompleteStream extends Error {
  constructor() {
    super("the stream ended before the answer was complete");
    this.name = "IncompleteStream";
  }
}

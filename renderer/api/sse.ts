/**
 * A minimal parser of a `text/event-stream` body (the WHATWG "server-sent events" format:
 * `event:`/`data:` lines, frames separated by a blank line). Used instead of EventSource because
 * API streams are POST requests with an Authorization header.
 */

/** One server-sent event: its `event:` name (default "message") and its joined `data:` lines. */
export interface SseFrame {
  event: string;
  data: string;
}

/** Yields the frames of an SSE byte stream as they arrive. */
export async function* readSse(body: ReadableStream<Uint8Array>): AsyncGenerator<SseFrame> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buf = "";
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buf += decoder.decode(value, { stream: true }).replace(/\r\n?/g, "\n");
      for (let end = buf.indexOf("\n\n"); end >= 0; end = buf.indexOf("\n\n")) {
        const frame = parseFrame(buf.slice(0, end));
        buf = buf.slice(end + 2);
        if (frame) yield frame;
      }
    }
  } finally {
    reader.releaseLock();
  }
}

function parseFrame(block: string): SseFrame | null {
  let event = "message";
  const data: string[] = [];
  for (const line of block.split("\n")) {
    if (line.startsWith(":")) continue;
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? "" : line.slice(colon + 1).replace(/^ /, "");
    if (field === "event") event = value;
    else if (field === "data") data.push(value);
  }
  return data.length ? { event, data: data.join("\n") } : null;
}

import { describe, expect, it } from "vitest";
import { checkEndpointUrl, isLoopbackHost } from "../../models/llm/openai/endpoints.js";
import { readChatStream } from "../../models/llm/openai/sse.js";

describe("model server URLs: this computer only unless allowed", () => {
  it("knows loopback hosts, and is not fooled by look-alikes", () => {
    for (const h of ["localhost", "LOCALHOST", "127.0.0.1", "127.1.2.3", "[::1]", "::1", "api.localhost"]) expect(isLoopbackHost(h)).toBe(true);
    for (const h of ["localhost.attacker.example", "127.0.0.1.nip.io", "10.0.0.5", "192.168.1.20", "0.0.0.0", "[::]", "example.com", "128.0.0.1"])
      expect(isLoopbackHost(h)).toBe(false);
  });

  it("normalises a good URL and refuses the rest with a reason", () => {
    expect(checkEndpointUrl("http://127.0.0.1:11434/v1/", false)).toBe("http://127.0.0.1:11434/v1");
    expect(checkEndpointUrl("http://[::1]:1234/v1", false)).toBe("http://[::1]:1234/v1");
    expect(() => checkEndpointUrl("http://192.168.1.20:11434/v1", false)).toThrow(/192\.168\.1\.20 is not this computer\. .*pass --allow-remote/);
    expect(checkEndpointUrl("https://gpu.example.org/v1", true)).toBe("https://gpu.example.org/v1");
    expect(() => checkEndpointUrl("ollama", false)).toThrow('--url "ollama" is not a URL (try http://127.0.0.1:11434/v1 for Ollama)');
    expect(() => checkEndpointUrl("file:///etc/passwd", true)).toThrow(/only http:\/\/ and https:\/\//);
    expect(() => checkEndpointUrl("http://user:secret@127.0.0.1:8080/v1", false)).toThrow(/do not put credentials in the URL/);
  });
});

describe("reading a chat-completions event stream", () => {
  function body(chunks: string[]): ReadableStream<Uint8Array> {
    const enc = new TextEncoder();
    return new ReadableStream({
      start: (c) => {
        for (const x of chunks) c.enqueue(enc.encode(x));
        c.close();
      },
    });
  }
  const frame = (content: string, finish: string | null = null) =>
    `data: ${JSON.stringify({ choices: [{ delta: { content }, finish_reason: finish }] })}\r\n\r\n`;

  it("joins frames split anywhere across chunks, in order, and stops at [DONE]", async () => {
    const text = `${frame("Hel") + frame("lo") + frame("", "stop")}data: [DONE]\n\n${frame("after")}`;
    const chunks = text.match(/[\s\S]{1,7}/g)!;
    let touched = 0;
    const out: string[] = [];
    for await (const p of readChatStream(body(chunks), () => touched++)) out.push(p.text);
    expect(out.join("")).toBe("Hello");
    expect(touched).toBeGreaterThan(1);
  });

  it("says when the stream ended early, or carried an error", async () => {
    const early = async () => {
      for await (const _ of readChatStream(body([frame("Hel")]), () => {})) void _;
    };
    await expect(early()).rejects.toThrow("the stream ended before the answer was complete");
    const failed = async () => {
      for await (const _ of readChatStream(body([`data: {"error":{"message":"out of memory"}}\n\n`]), () => {})) void _;
    };
    await expect(failed()).rejects.toThrow("the model server reported an error mid-answer: out of memory");
  });
});

/**
 * The desktop app imports a dropped file by its path (the bridge's pathForFile): what the import
 * dialog says along with it, the format and who you are ("Which of these people are you?"), goes too.
 */
import { describe, expect, it } from "vitest";
import type { EngramBridge } from "../../core/api/types.js";
import { createIpcClient } from "../../renderer/api/ipc-client.js";

/** A bridge that answers every call with `{}` and records what importFile was given. */
function recordingBridge(): { bridge: EngramBridge; imported: unknown[] } {
  const imported: unknown[] = [];
  const bridge = new Proxy({} as EngramBridge, {
    get: (_t, key) => {
      if (key === "pathForFile") return () => "/home/me/Downloads/chat.txt";
      if (key === "cancel") return () => undefined;
      return async (req: unknown) => {
        if (key === "importFile") imported.push(req);
        return { ok: true, value: {} };
      };
    },
  });
  return { bridge, imported };
}

describe("the desktop transport's import", () => {
  it("sends the dropped file's path with the format and who you are", async () => {
    const { bridge, imported } = recordingBridge();
    const api = createIpcClient(bridge);
    await api.importFile({ file: new Blob(["Sam: hi"]), name: "chat.txt", format: "text", me: "Sam" });
    // (who you are had been left out: the import then made no core memory)
    expect(imported).toEqual([{ path: "/home/me/Downloads/chat.txt", format: "text", me: "Sam" }]);
    await api.importFile({ file: new Blob(["Sam: hi"]), name: "chat.txt" });
    expect(imported[1]).toEqual({ path: "/home/me/Downloads/chat.txt" });
  });
});

import { describe, expect, it } from "vitest";
import { recommendModels } from "../../core/api/recommend.js";
import type { ModelInfo } from "../../core/api/types.js";
import { testApi } from "../helpers/api.js";

const GB = 1e9;
function model(id: string, role: ModelInfo["role"], ram: number, inCatalog = true): ModelInfo {
  return {
    id,
    name: id,
    role,
    sizeBytes: ram / 2,
    parameters: null,
    quantization: null,
    license: null,
    contextLength: null,
    recommendedRamBytes: ram,
    inCatalog,
    installed: false,
    active: false,
    origin: null,
  };
}

describe("models recommended for this computer", () => {
  const models = [
    model("chat-1g", "chat", 1 * GB),
    model("chat-4g", "chat", 4 * GB),
    model("chat-5g", "chat", 5 * GB),
    model("emb-small", "embedding", 0.2 * GB),
    model("emb-big", "embedding", 1.5 * GB),
    model("mine", "chat", 2 * GB, false),
  ];

  it("picks, per role, the catalog model needing the most memory within its share (half for chat, an eighth for embeddings)", () => {
    expect(recommendModels(models, 8 * GB)).toEqual({ chat: "chat-4g", embedding: "emb-small" });
    expect(recommendModels(models, 16 * GB)).toEqual({ chat: "chat-5g", embedding: "emb-big" });
    expect(recommendModels(models, 2 * GB)).toEqual({ chat: "chat-1g", embedding: "emb-small" });
    expect(recommendModels(models, 1 * GB)).toEqual({ chat: null, embedding: null });
  });

  it("listModels says how much memory the computer has and recommends from the real catalog", async () => {
    const t = testApi();
    try {
      const s = await t.api.listModels({});
      expect(s.machine!.memoryBytes).toBeGreaterThan(0);
      const chat = s.models.find((m) => m.id === s.machine!.recommended.chat);
      expect(chat).toMatchObject({ role: "chat", inCatalog: true });
      expect(chat?.recommendedRamBytes ?? 0).toBeLessThanOrEqual(s.machine!.memoryBytes / 2);
    } finally {
      t.close();
    }
  });
});

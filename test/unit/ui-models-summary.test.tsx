// @vitest-environment jsdom
/** The Models page names the embedder in use as people know it, not by its internal id. */
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { EngramApi, ModelInfo, ModelsState } from "../../core/api/types.js";
import { App } from "../../renderer/app/App.js";
import { createFakeApi } from "./ui-fake-api.js";

const bge: ModelInfo = {
  id: "bge-small-en-v1.5",
  name: "BGE small EN v1.5 (ONNX, quantised)",
  role: "embedding",
  sizeBytes: 34_000_000,
  parameters: null,
  quantization: null,
  license: "mit",
  contextLength: 512,
  recommendedRamBytes: 300_000_000,
  inCatalog: true,
  installed: false,
  active: false,
  origin: null,
};

/** The fake API answering listModels with `state` (and findModelFiles with nothing found in `searched`). */
function withModels(state: ModelsState, searched = ["~/Downloads", "~/.config/Engram/models"]): EngramApi {
  const fake = createFakeApi().api;
  const answers: Record<string, unknown> = { listModels: state, findModelFiles: { files: [], searched } };
  return new Proxy(fake, { get: (target, m: string) => (m in answers ? async () => answers[m] : target[m as keyof EngramApi]) }) as EngramApi;
}

/** The value shown under "Embedder" in the Models page's summary. */
async function embedderShown(state: ModelsState): Promise<string | null> {
  render(<App api={withModels(state)} />);
  const term = await screen.findByText("Embedder", { selector: "dt" });
  return within(term.parentElement!).getByRole("definition").textContent;
}

describe("Models › summary", () => {
  beforeEach(() => {
    localStorage.clear();
    location.hash = "#/models";
  });
  afterEach(cleanup);

  const base: ModelsState = {
    models: [bge],
    adapters: [],
    endpoints: [],
    embedder: { id: "use-lite@energetic-ai-0.2.0", dimension: 512 },
    engine: "heuristic",
  };

  it("calls the bundled embedder by its name", async () => {
    expect(await embedderShown(base)).toBe("Built in: Universal Sentence Encoder lite");
  });

  it("says where it looked for model files, in the singular for one folder", async () => {
    render(<App api={withModels(base, ["~"])} />);
    await screen.findByText("Looked in ~. Put a model file in this folder, then Look again.");
    cleanup();
    render(<App api={withModels(base)} />);
    await screen.findByText("Looked in ~/Downloads, ~/.config/Engram/models. Put a model file in one of these folders, then Look again.");
  });

  it("names an installed embedding model in use by its catalog name", async () => {
    const state = { ...base, models: [{ ...bge, installed: true, active: true }], embedder: { id: "onnx:/models/bge-small-en-v1.5", dimension: 384 } };
    expect(await embedderShown(state)).toBe("BGE small EN v1.5 (ONNX, quantised)");
  });
});

// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AddEndpointRequest, EndpointInfo, EngramApi, Info, ModelsState } from "../../core/api/types.js";
import { App } from "../../renderer/app/App.js";
import { createFakeApi } from "./ui-fake-api.js";

/** The fake API plus model servers that behave like the real API: a non-loopback URL is refused unless allowed. */
function withServers() {
  const fake = createFakeApi();
  const endpoints: EndpointInfo[] = [];
  const state = (): ModelsState => ({
    models: [],
    adapters: [],
    endpoints: endpoints.map((e) => ({ ...e })),
    embedder: { id: "use-lite", dimension: 512 },
    engine: endpoints.some((e) => e.active) ? "llm" : "heuristic",
  });
  const active = () => endpoints.find((e) => e.active) ?? null;
  const extra: Partial<EngramApi> = {
    listModels: async () => state(),
    addEndpoint: async (r: AddEndpointRequest) => {
      fake.calls.push({ method: "addEndpoint", req: r });
      const host = new URL(r.url).hostname;
      if (!r.allowRemote && host !== "127.0.0.1" && host !== "localhost") {
        throw Object.assign(
          new Error(
            `--url ${r.url}: ${host} is not this computer. Engram sends your memories and questions to the model server, so only loopback servers (127.0.0.1, localhost) are allowed; pass --allow-remote if this is a server you control`,
          ),
          { code: "bad_request" },
        );
      }
      endpoints.push({
        name: r.name,
        url: r.url,
        model: r.model,
        apiKeyEnv: r.apiKeyEnv ?? null,
        allowRemote: !!r.allowRemote,
        contextLength: null,
        active: false,
      });
      return state();
    },
    useModel: async (r) => {
      for (const e of endpoints) e.active = e.name === r.id;
      return state();
    },
    info: async (): Promise<Info> => {
      const e = active();
      return {
        version: "0.1.0",
        dataDir: "/data",
        dbPath: "/data/engram.db",
        dbBytes: 1,
        imageBytes: 0,
        embedder: { id: "use-lite", dimension: 512 },
        engine: e ? "llm" : "heuristic",
        chatModel: e?.name ?? null,
        transport: "http",
        platform: "linux-x64",
        modelServer: e ? { name: e.name, url: e.url, remote: e.allowRemote } : null,
      };
    },
  };
  const api = new Proxy(fake.api, { get: (target, m: string) => extra[m as keyof EngramApi] ?? target[m as keyof EngramApi] }) as EngramApi;
  return { api, calls: fake.calls };
}

describe("Models › Model servers", () => {
  beforeEach(() => {
    localStorage.clear();
    location.hash = "#/models";
  });
  afterEach(cleanup);

  it("refuses a server on another computer until the user says so, then warns, uses it, and Privacy says memories go there", async () => {
    const { api, calls } = withServers();
    render(<App api={api} />);
    const card = within((await screen.findByRole("heading", { name: "Model servers" })).closest("section")!);
    expect(card.getByText("None added.")).toBeTruthy();

    fireEvent.change(card.getByLabelText("Server name"), { target: { value: "lan" } });
    fireEvent.change(card.getByLabelText("Server URL"), { target: { value: "http://10.0.0.5:11434/v1" } });
    fireEvent.change(card.getByLabelText("Model name"), { target: { value: "llama3.2" } });
    fireEvent.click(card.getByRole("button", { name: "Add server" }));
    expect((await card.findByRole("alert")).textContent).toMatch(/10\.0\.0\.5 is not this computer/);

    fireEvent.click(card.getByLabelText(/The server is on another computer I control/));
    fireEvent.click(card.getByRole("button", { name: "Add server" }));
    expect(await card.findByText(/Not on this computer: your memories and questions are sent to it\./)).toBeTruthy();
    expect(calls.filter((c) => c.method === "addEndpoint").map((c) => (c.req as AddEndpointRequest).allowRemote)).toEqual([undefined, true]);

    fireEvent.click(card.getByRole("button", { name: "Use" }));
    expect(await card.findByText("In use")).toBeTruthy();
    expect(screen.getByText("lan (model server)")).toBeTruthy();
    expect(screen.getByText(/Adapters do not apply to the model server lan/)).toBeTruthy();

    location.hash = "#/privacy";
    fireEvent(window, new HashChangeEvent("hashchange"));
    const note = await screen.findByRole("note");
    expect(note.textContent).toMatch(
      /Your questions, and the memories that answer them, are sent to the model server “lan” at http:\/\/10\.0\.0\.5:11434\/v1, which is not on this computer\./,
    );
  });
});

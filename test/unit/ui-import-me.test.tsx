// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { EngramApi, ImportRequest } from "../../core/api/types.js";
import { ApiProvider } from "../../renderer/app/api-context.js";
import { DataProvider } from "../../renderer/app/data.js";
import { ToastProvider } from "../../renderer/app/toasts.js";
import { ImportPanel } from "../../renderer/components/ImportPanel.js";
import { createFakeApi } from "./ui-fake-api.js";

function Panel({ api }: { api: EngramApi }) {
  return (
    <ApiProvider api={api}>
      <ToastProvider>
        <DataProvider>
          <ImportPanel />
        </DataProvider>
      </ToastProvider>
    </ApiProvider>
  );
}

const NO_CORE = "No core memory was made: nobody in the file was named as you.";

function importApi(coreMemory: string | null) {
  const { api, calls } = createFakeApi();
  api.importFile = async () => ({
    file: "chat.txt",
    format: "text",
    conversations: 1,
    turns: 4,
    added: 4,
    duplicates: 0,
    memories: 3,
    seconds: 0.2,
    coreMemory,
  });
  return { api, calls };
}

const drop = (file: File): void => {
  fireEvent.drop(screen.getByTestId("dropzone"), { dataTransfer: { files: [file], types: ["Files"] } });
};

describe("import: which of these people are you?", () => {
  afterEach(cleanup);

  it("asks who you are and the format before the drop zone, since choosing a file starts the import", () => {
    const { api } = importApi(null);
    render(<Panel api={api} />);
    const choose = screen.getByRole("button", { name: "Choose a file…" });
    for (const field of [screen.getByRole("textbox", { name: "Which of these people are you?" }), screen.getByRole("combobox", { name: "Format" })])
      expect(field.compareDocumentPosition(choose) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("sends the speaker who is you as `me`", async () => {
    const { api, calls } = importApi(null);
    render(<Panel api={api} />);
    fireEvent.change(screen.getByRole("textbox", { name: "Which of these people are you?" }), { target: { value: "  Caroline " } });
    const file = new File(["Caroline: hi\nMelanie: hello"], "chat.txt", { type: "text/plain" });
    drop(file);
    await screen.findByText(/Imported 1 conversation \(4 new messages\)/);
    const req = calls.find((c) => c.method === "importFile")?.req as ImportRequest & { file: Blob };
    expect(req.me).toBe("Caroline");
    expect(req.file).toBe(file);
    expect(screen.queryByText(NO_CORE)).toBeNull();
  });

  it("after an import of other people's chat, asks which of them is you and imports the same file again naming them", async () => {
    const { api, calls } = createFakeApi();
    const results = [
      { coreMemory: NO_CORE, people: ["Sam", "Kim"], added: 4, duplicates: 0 },
      { coreMemory: null, added: 0, duplicates: 4, claimed: 2 },
    ];
    api.importFile = async () => ({ file: "chat.txt", format: "text", conversations: 1, turns: 4, memories: 3, seconds: 0.2, ...results.shift()! });
    render(<Panel api={api} />);
    const file = new File(["Sam: hi\nKim: hello"], "chat.txt", { type: "text/plain" });
    drop(file);
    const who = await screen.findByRole("group", { name: "Which of these people are you?" });
    fireEvent.click(within(who).getByRole("button", { name: "Sam" }));
    await screen.findByText(/Imported 1 conversation \(0 new messages, 4 already there\)/);
    expect(screen.getByText(/2 messages stored before as another person's are yours now/)).toBeTruthy();
    const sent = calls.filter((c) => c.method === "importFile").map((c) => c.req as ImportRequest & { file: Blob });
    expect(sent).toHaveLength(2);
    expect(sent[1]!.me).toBe("Sam");
    expect(sent[1]!.file).toBe(file);
    // (once who is you is known, nothing more is asked)
    expect(screen.queryByRole("group", { name: "Which of these people are you?" })).toBeNull();
  });

  it("leaves `me` out when empty and says why no core memory was made", async () => {
    const { api, calls } = importApi(NO_CORE);
    render(<Panel api={api} />);
    drop(new File(["Caroline: hi"], "chat.txt", { type: "text/plain" }));
    const status = (await screen.findByText(/Imported 1 conversation \(4 new messages\)/)).closest(".banner")!;
    expect(status.textContent).toContain("Imported 1 conversation (4 new messages)");
    expect(status.textContent).toContain(NO_CORE);
    const req = calls.find((c) => c.method === "importFile")?.req as ImportRequest;
    expect("me" in req).toBe(false);
  });
});

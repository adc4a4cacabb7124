// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import type { EngramApi, ImportEvent, StreamOptions } from "../../core/api/types.js";
import { ApiProvider } from "../../renderer/app/api-context.js";
import { DataProvider } from "../../renderer/app/data.js";
import { ToastProvider } from "../../renderer/app/toasts.js";
import { ImportPanel } from "../../renderer/components/ImportPanel.js";
import { createFakeApi } from "./ui-fake-api.js";

/** The Import dialog's panel (`compact`) with the app's toasts around it. */
function DialogPanel({ api }: { api: EngramApi }) {
  return (
    <ApiProvider api={api}>
      <ToastProvider>
        <DataProvider>
          <ImportPanel compact />
        </DataProvider>
      </ToastProvider>
    </ApiProvider>
  );
}

const drop = (): void => {
  const file = new File(["Caroline: hi\nMelanie: hello"], "chat.txt", { type: "text/plain" });
  fireEvent.drop(screen.getByTestId("dropzone"), { dataTransfer: { files: [file], types: ["Files"] } });
};

describe("the Import dialog names what it reads", () => {
  afterEach(cleanup);

  it("in its drop zone: what kinds, in a line, and which apps of each under 'Which apps?'", () => {
    render(<DialogPanel api={createFakeApi().api} />);
    const zone = screen.getByTestId("dropzone");
    expect(zone.textContent).toContain("Chats, notes, tasks, documents, calendars, email, contacts");
    const apps = within(zone).getByText("Which apps?").closest("details")!;
    const kinds = [...apps.querySelectorAll("li")].map((li) => li.textContent);
    expect(kinds).toContainEqual(expect.stringMatching(/^Documents PDF, Word, RTF \(TextEdit, WordPad\), OpenDocument \(LibreOffice, Google Docs\)$/));
    expect(kinds).toContainEqual(expect.stringMatching(/^Highlights Kindle, Kobo, Readwise$/));
    for (const what of [
      "a calendar (.ics)",
      "email (.mbox, .eml, Outlook's .msg)",
      "Google Keep",
      "LINE",
      "Trello",
      "books (Goodreads, StoryGraph)",
      "workouts (Strava)",
      "saved articles (Pocket, Instapaper)",
    ])
      expect(apps.textContent).toContain(what);
  });
});

describe("the Import dialog says what happened once, in the dialog (no toast over it)", () => {
  afterEach(cleanup);

  it("after an import", async () => {
    const { api } = createFakeApi();
    render(<DialogPanel api={api} />);
    drop();
    await screen.findByText(/^Imported 1 conversation \(5 new messages\)/);
    expect(within(screen.getByRole("region", { name: "Notifications" })).queryByText(/^Imported/)).toBeNull();
  });

  it("after a cancel", async () => {
    const { api } = createFakeApi();
    api.importFile = (_req, so?: StreamOptions<ImportEvent>) =>
      new Promise((_ok, fail) => {
        so?.onEvent?.({ type: "progress", phase: "import", unit: "messages", done: 1, total: 9, conversations: 1, turns: 1 });
        so?.signal?.addEventListener("abort", () => fail(so.signal?.reason), { once: true });
      });
    render(<DialogPanel api={api} />);
    drop();
    fireEvent.click(await screen.findByRole("button", { name: "Cancel" }));
    const notices = within(screen.getByRole("region", { name: "Notifications" }));
    const banner = await screen.findByText(/^Import cancelled\. What was imported so far is kept/);
    expect(banner.closest(".import-panel")).not.toBeNull();
    expect(notices.queryByText(/^Import cancelled/)).toBeNull();
    expect(screen.getByTestId("dropzone")).toBeTruthy();
  });
});

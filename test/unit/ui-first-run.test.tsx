// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { App } from "../../renderer/app/App.js";
import { createFakeApi } from "./ui-fake-api.js";

describe("first run", () => {
  beforeEach(() => {
    localStorage.clear();
    location.hash = "#/chat";
  });
  afterEach(cleanup);

  it("leads an empty install to import a chat export, and a dropped file is imported", async () => {
    const { api, calls } = createFakeApi({ empty: true });
    render(<App api={api} />);
    expect(await screen.findByRole("heading", { name: "Welcome to Engram" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: /Import a chat export/ })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Choose a file…" })).toBeTruthy();
    expect(screen.getByRole("link", { name: /Turn on screen capture/ }).getAttribute("href")).toBe("#/capture");

    const file = new File(['{"x":1}'], "conversations.json", { type: "application/json" });
    fireEvent.drop(screen.getByTestId("dropzone"), { dataTransfer: { files: [file], types: ["Files"] } });
    expect(await screen.findByText(/Imported 1 conversation \(5 new messages\)/)).toBeTruthy();
    const req = calls.find((c) => c.method === "importFile")?.req as { name: string; file: Blob };
    expect(req.name).toBe("conversations.json");
    expect(req.file).toBe(file);
  });
});

// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { App } from "../../renderer/app/App.js";
import { createFakeApi } from "./ui-fake-api.js";

describe("chat citations", () => {
  beforeEach(() => {
    localStorage.clear();
    location.hash = "#/chat";
  });
  afterEach(cleanup);

  it("streams an answer whose citation chip opens the memory with its source turn among its neighbours", async () => {
    const { api } = createFakeApi();
    render(<App api={api} />);
    const box = await screen.findByRole("textbox", { name: "Message" });
    fireEvent.change(box, { target: { value: "When did Caroline go to the LGBTQ support group?" } });
    fireEvent.click(screen.getByRole("button", { name: "Send" }));

    const answer = await screen.findByTestId("assistant-message");
    await within(answer).findByText(/support group on 7 May 2023/);
    expect(within(answer).getByText("Local model")).toBeTruthy();
    const chips = within(answer).getAllByTestId("citation");
    expect(chips).toHaveLength(1);

    fireEvent.click(chips[0]!);
    const drawer = await screen.findByRole("dialog", { name: "Memory" });
    await within(drawer).findByRole("heading", { name: /Caroline: I went to a LGBTQ support group/ });
    const context = await within(drawer).findByTestId("source-context");
    const cited = context.querySelector('[aria-current="true"]');
    expect(cited?.textContent).toContain("I went to a LGBTQ support group yesterday");
    // the neighbouring turns of the conversation are shown around it
    expect(within(context).getByText("Hey Caroline! I'm swamped with the kids & work.")).toBeTruthy();
    expect(within(context).getByText("Wow, that's cool, Caroline! What happened that was so awesome?")).toBeTruthy();

    fireEvent.keyDown(drawer, { key: "Escape" });
    expect(screen.queryByRole("dialog", { name: "Memory" })).toBeNull();
  });

  it("says clearly when it remembers nothing about the question", async () => {
    render(<App api={createFakeApi().api} />);
    const box = await screen.findByRole("textbox", { name: "Message" });
    fireEvent.change(box, { target: { value: "zzz qqqq" } });
    fireEvent.keyDown(box, { key: "Enter" });
    const answer = await screen.findByTestId("assistant-message");
    await within(answer).findByText("I don’t remember anything about that.");
    expect(within(answer).queryAllByTestId("citation")).toHaveLength(0);
  });
});

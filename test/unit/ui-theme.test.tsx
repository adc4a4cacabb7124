// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { App } from "../../renderer/app/App.js";
import { THEME_STORAGE_KEY } from "../../renderer/app/theme.js";
import { createFakeApi } from "./ui-fake-api.js";

describe("theme toggle", () => {
  beforeEach(() => {
    localStorage.clear();
    delete document.documentElement.dataset.theme;
    location.hash = "#/memories";
  });
  afterEach(cleanup);

  it("switches to dark, persists the choice, and a new start paints dark again", async () => {
    const first = render(<App api={createFakeApi().api} />);
    expect(document.documentElement.dataset.theme).toBe("light");

    fireEvent.click(await screen.findByRole("button", { name: "Switch to dark theme" }));
    expect(document.documentElement.dataset.theme).toBe("dark");
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe("dark");

    first.unmount();
    delete document.documentElement.dataset.theme;
    render(<App api={createFakeApi().api} />);
    expect(document.documentElement.dataset.theme).toBe("dark");
    fireEvent.click(screen.getByRole("button", { name: "Switch to light theme" }));
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe("light");
    expect(document.documentElement.dataset.theme).toBe("light");
  });
});

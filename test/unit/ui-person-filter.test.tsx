// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { EngramApi, EntityDetail, EntityList, TimelineRequest } from "../../core/api/types.js";
import { App } from "../../renderer/app/App.js";
import { createFakeApi } from "./ui-fake-api.js";

/** Three people the memories mention: two Johns of two imported conversations, and Joanna. */
const PEOPLE: EntityList = {
  items: [
    { id: 25, name: "John", kind: "person", mentions: 324, circle: ["John", "Maria"] },
    { id: 53, name: "John", kind: "person", mentions: 237, circle: ["John", "Tim"] },
    { id: 40, name: "Joanna", kind: "person", mentions: 230, circle: ["Joanna", "Nate"] },
    { id: 7, name: "Caroline", kind: "person", mentions: 202, circle: ["Caroline", "Melanie"] },
  ],
};

/** The fake API with an empty timeline and the people above; every call is in `calls`. */
function peopleApi() {
  const fake = createFakeApi();
  const impl: Record<string, (req: never) => Promise<unknown>> = {
    listEntities: async () => PEOPLE,
    timeline: async () => ({ days: [], nextBefore: null, range: null, activity: [] }),
    getEntity: async (req: { id?: number; name?: string }): Promise<EntityDetail> => {
      // by any name, case-insensitive, the most mentioned first (as the API)
      const e = PEOPLE.items.find((p) => p.id === req.id || p.name.toLowerCase() === req.name?.toLowerCase());
      if (!e) throw Object.assign(new Error(`No person, place or thing called "${req.name}" is in your memories.`), { code: "not_found" });
      return { entity: { id: e.id, name: e.name, kind: e.kind, aliases: [] }, memories: [], total: 0 };
    },
  };
  const api = new Proxy(fake.api, {
    get: (target, method: string) => {
      const own = impl[method];
      if (!own) return target[method as keyof EngramApi];
      return async (req: never) => {
        fake.calls.push({ method, req });
        return own(req);
      };
    },
  });
  return { api, calls: fake.calls };
}

const personOf = (calls: Array<{ method: string; req: unknown }>): unknown =>
  (calls.filter((c) => c.method === "timeline").at(-1)?.req as TimelineRequest | undefined)?.entityId;

describe("the timeline's Person filter", () => {
  beforeEach(() => {
    localStorage.clear();
    location.hash = "#/timeline";
  });
  afterEach(cleanup);

  it("suggests the known people as the user types, telling two of one name apart, and takes one by keyboard", async () => {
    const { api, calls } = peopleApi();
    render(<App api={api} />);
    const field = await screen.findByRole("combobox", { name: "Person" });
    await waitFor(() => expect(calls.some((c) => c.method === "listEntities")).toBe(true));
    expect(calls.find((c) => c.method === "listEntities")?.req).toEqual({ kind: "person", limit: 200 });
    fireEvent.change(field, { target: { value: "jo" } });
    const list = screen.getByRole("listbox", { name: "Known people" });
    expect(field.getAttribute("aria-expanded")).toBe("true");
    expect(field.getAttribute("aria-controls")).toBe(list.id);
    const options = within(list).getAllByRole("option");
    expect(options.map((o) => o.textContent)).toEqual(["Johnwith Maria · 324 memories", "Johnwith Tim · 237 memories", "Joannawith Nate · 230 memories"]);

    fireEvent.keyDown(field, { key: "ArrowDown" });
    fireEvent.keyDown(field, { key: "ArrowDown" });
    expect(field.getAttribute("aria-activedescendant")).toBe(options[1]!.id);
    expect(options[1]!.getAttribute("aria-selected")).toBe("true");
    fireEvent.keyDown(field, { key: "Enter" });
    await waitFor(() => expect(personOf(calls)).toBe(53)); // the John of Tim's chats, not the most mentioned one
    expect(location.hash).toBe("#/timeline?person=53");
    // the chip says which John: the one talked with Tim
    expect(await screen.findByText("Person: John (with Tim)")).toBeTruthy();
  });

  it("Escape closes the list; a click takes a suggestion; Enter with none highlighted looks the typed name up", async () => {
    const { api, calls } = peopleApi();
    render(<App api={api} />);
    const field = await screen.findByRole("combobox", { name: "Person" });
    fireEvent.change(field, { target: { value: "car" } });
    await waitFor(() => expect(within(screen.getByRole("listbox", { name: "Known people" })).getAllByRole("option")).toHaveLength(1));
    fireEvent.keyDown(field, { key: "Escape" });
    expect(field.getAttribute("aria-expanded")).toBe("false");
    fireEvent.keyDown(field, { key: "ArrowDown" });
    fireEvent.click(within(screen.getByRole("listbox", { name: "Known people" })).getByRole("option", { name: /Caroline/ }));
    await waitFor(() => expect(personOf(calls)).toBe(7));
    expect(await screen.findByText("Person: Caroline")).toBeTruthy(); // one Caroline: her name is enough

    fireEvent.click(await screen.findByRole("button", { name: "Show everyone" }));
    const again = await screen.findByRole("combobox", { name: "Person" });
    fireEvent.change(again, { target: { value: "Joanna" } });
    fireEvent.keyDown(again, { key: "Enter" });
    await waitFor(() => expect(personOf(calls)).toBe(40));
    expect(calls.some((c) => c.method === "getEntity" && (c.req as { name?: string }).name === "Joanna")).toBe(true);
  });

  it("a typed name of several people gives a chip that says which one the lookup took", async () => {
    const { api, calls } = peopleApi();
    render(<App api={api} />);
    const field = await screen.findByRole("combobox", { name: "Person" });
    await waitFor(() => expect(calls.some((c) => c.method === "listEntities")).toBe(true));
    fireEvent.change(field, { target: { value: "john" } });
    fireEvent.keyDown(field, { key: "Enter" });
    await waitFor(() => expect(personOf(calls)).toBe(25)); // the lookup's John: the most mentioned one
    expect(await screen.findByText("Person: John (with Maria)")).toBeTruthy();
  });
});

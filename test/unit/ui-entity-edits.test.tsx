// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it } from "vitest";
import type { EngramApi, EntityDetail, EntityKind, Memory } from "../../core/api/types.js";
import { ApiProvider } from "../../renderer/app/api-context.js";
import { DataProvider } from "../../renderer/app/data.js";
import { ToastProvider } from "../../renderer/app/toasts.js";
import { EntityPanel } from "../../renderer/components/EntityPanel.js";
import { createFakeApi } from "./ui-fake-api.js";

const T0 = Date.UTC(2023, 4, 8, 13, 56);

function fact(id: number, content: string): Memory {
  return {
    id,
    type: "semantic",
    title: content,
    content,
    details: {},
    occurredAt: T0,
    validFrom: T0,
    validTo: null,
    recordedAt: T0,
    invalidatedAt: null,
    supersededBy: null,
    status: "active",
    importance: 0.5,
    pinned: false,
    userEdited: false,
    accessCount: 0,
    lastAccessedAt: null,
    confidence: 1,
    engine: "heuristic",
    updatedAt: T0,
  };
}

interface Ent {
  id: number;
  name: string;
  kind: EntityKind;
  aliases: string[];
  memories: Memory[];
}

/** The fake API plus a tiny entity store: Melanie, Mel (the same person), Paris (a place). */
function entityApi() {
  const fake = createFakeApi();
  const ents = new Map<number, Ent>([
    [
      1,
      {
        id: 1,
        name: "Melanie",
        kind: "person",
        aliases: [],
        memories: [fact(201, "Melanie paints"), fact(202, "Melanie runs a bakery"), fact(203, "Melanie has two kids")],
      },
    ],
    [2, { id: 2, name: "Mel", kind: "person", aliases: [], memories: [fact(204, "Mel swims every morning")] }],
    [3, { id: 3, name: "Paris", kind: "place", aliases: [], memories: [fact(205, "Paris in spring")] }],
  ]);
  let nextId = 10;
  const detail = (e: Ent): EntityDetail => ({
    entity: { id: e.id, name: e.name, kind: e.kind, aliases: e.aliases },
    memories: e.memories,
    total: e.memories.length,
    linked: [...ents.values()].filter((o) => o.id !== e.id).map((o) => ({ id: o.id, name: o.name, kind: o.kind, shared: 1 })),
  });
  const find = (id: number): Ent => {
    const e = ents.get(id);
    if (!e) throw Object.assign(new Error(`Entity ${id} does not exist.`), { code: "not_found" });
    return e;
  };
  const api: EngramApi = fake.api;
  api.getEntity = async ({ id, name }) => {
    if (id != null) return detail(find(id));
    const e = [...ents.values()].find((x) => [x.name, ...x.aliases].some((n) => n.toLowerCase() === name?.toLowerCase()));
    if (!e) throw Object.assign(new Error(`No entity is called “${name}”.`), { code: "not_found" });
    return detail(e);
  };
  api.mergeEntities = async ({ into, from }) => {
    const a = find(into);
    const b = find(from);
    a.aliases.push(b.name, ...b.aliases);
    a.memories.push(...b.memories);
    ents.delete(from);
    return detail(a);
  };
  api.splitEntity = async ({ id, memoryIds, name }) => {
    const e = find(id);
    const moved = e.memories.filter((m) => memoryIds.includes(m.id));
    e.memories = e.memories.filter((m) => !memoryIds.includes(m.id));
    const created: Ent = { id: nextId++, name: name ?? e.name, kind: e.kind, aliases: [], memories: moved };
    ents.set(created.id, created);
    return detail(created);
  };
  return { api, calls: fake.calls };
}

/** The entity page as the inspector shows it: opening another entity replaces the page. */
function Page({ api, start }: { api: EngramApi; start: number }) {
  const [id, setId] = useState(start);
  return (
    <ApiProvider api={api}>
      <ToastProvider>
        <DataProvider>
          <EntityPanel id={id} onOpenMemory={() => {}} onOpenEntity={setId} />
        </DataProvider>
      </ToastProvider>
    </ApiProvider>
  );
}

describe("entity page: who is who", () => {
  afterEach(cleanup);

  it("merges another entity picked by name and shows the merged entity", async () => {
    const { api, calls } = entityApi();
    render(<Page api={api} start={1} />);
    const page = await screen.findByRole("article", { name: "About Melanie" });
    expect(within(page).queryByText("Mel swims every morning")).toBeNull();
    fireEvent.click(within(page).getByRole("button", { name: /^Merge another into Melanie/ }));
    const form = within(page).getByRole("form", { name: "Merge" });
    fireEvent.change(within(form).getByRole("textbox", { name: "Other name" }), { target: { value: "mel" } });
    fireEvent.click(within(form).getByRole("button", { name: "Merge" }));

    await waitFor(() => expect(calls.filter((c) => c.method === "mergeEntities").map((c) => c.req)).toEqual([{ into: 1, from: 2 }]));
    const merged = await screen.findByRole("article", { name: "About Melanie" });
    expect(await within(merged).findByText("Mel swims every morning")).toBeTruthy();
    expect(within(merged).getByText("Also called Mel")).toBeTruthy();
    expect(within(merged).queryByRole("form", { name: "Merge" })).toBeNull();
  });

  it("offers entities of the same kind it is mentioned with as merge candidates", async () => {
    const { api, calls } = entityApi();
    render(<Page api={api} start={1} />);
    const page = await screen.findByRole("article", { name: "About Melanie" });
    fireEvent.click(within(page).getByRole("button", { name: /^Merge another into Melanie/ }));
    const form = within(page).getByRole("form", { name: "Merge" });
    const candidates = within(form).getByRole("group", { name: "Often mentioned with" });
    expect(
      within(candidates)
        .getAllByRole("button")
        .map((b) => b.textContent),
    ).toEqual(["Mel"]);
    fireEvent.click(within(candidates).getByRole("button", { name: "Mel" }));
    expect((within(form).getByRole("textbox", { name: "Other name" }) as HTMLInputElement).value).toBe("Mel");
    fireEvent.click(within(form).getByRole("button", { name: "Merge" }));
    await waitFor(() => expect(calls.filter((c) => c.method === "mergeEntities").map((c) => c.req)).toEqual([{ into: 1, from: 2 }]));
  });

  it("shows a failed merge inline, refuses another kind, and Cancel gets out", async () => {
    const { api, calls } = entityApi();
    render(<Page api={api} start={1} />);
    const page = await screen.findByRole("article", { name: "About Melanie" });
    fireEvent.click(within(page).getByRole("button", { name: /^Merge another into Melanie/ }));
    const form = within(page).getByRole("form", { name: "Merge" });
    const input = within(form).getByRole("textbox", { name: "Other name" });

    fireEvent.change(input, { target: { value: "Nobody" } });
    fireEvent.click(within(form).getByRole("button", { name: "Merge" }));
    expect((await within(form).findByRole("alert")).textContent).toBe("No entity is called “Nobody”.");

    fireEvent.change(input, { target: { value: "Paris" } });
    fireEvent.click(within(form).getByRole("button", { name: "Merge" }));
    await waitFor(() => expect(within(form).getByRole("alert").textContent).toMatch(/^Paris is a place, not a person/));
    expect(calls.filter((c) => c.method === "mergeEntities")).toHaveLength(0);

    fireEvent.click(within(form).getByRole("button", { name: "Cancel" }));
    expect(within(page).queryByRole("form", { name: "Merge" })).toBeNull();
    expect(within(page).queryByRole("alert")).toBeNull();
    expect(within(page).getByRole("button", { name: /^Split off memories/ })).toBeTruthy();
  });

  it("splits the checked memories off to a new entity and opens it", async () => {
    const { api, calls } = entityApi();
    render(<Page api={api} start={1} />);
    const page = await screen.findByRole("article", { name: "About Melanie" });
    fireEvent.click(within(page).getByRole("button", { name: /^Split off memories/ }));
    const form = within(page).getByRole("form", { name: "Split" });
    expect((within(form).getByRole("button", { name: /^Split off/ }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(within(form).getByRole("checkbox", { name: "Melanie runs a bakery" }));
    fireEvent.click(within(form).getByRole("checkbox", { name: "Melanie has two kids" }));
    fireEvent.click(within(form).getByRole("checkbox", { name: "Melanie has two kids" }));
    fireEvent.click(within(form).getByRole("checkbox", { name: "Melanie paints" }));
    fireEvent.change(within(form).getByRole("textbox", { name: "Name of the other one" }), { target: { value: "Melanie (baker)" } });
    fireEvent.click(within(form).getByRole("button", { name: "Split off 2 memories" }));

    await waitFor(() =>
      expect(calls.filter((c) => c.method === "splitEntity").map((c) => c.req)).toEqual([{ id: 1, memoryIds: [202, 201], name: "Melanie (baker)" }]),
    );
    const opened = await screen.findByRole("article", { name: "About Melanie (baker)" });
    expect(opened.getAttribute("data-entity-id")).toBe("10");
    expect(within(opened).getByText("Melanie runs a bakery")).toBeTruthy();
    expect(within(opened).getByText("Melanie paints")).toBeTruthy();
    expect(within(opened).queryByText("Melanie has two kids")).toBeNull();
  });
});

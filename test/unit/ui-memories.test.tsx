// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { App } from "../../renderer/app/App.js";
import { createFakeApi } from "./ui-fake-api.js";

// jsdom does no layout: give elements a viewport-sized box so the virtualised list renders rows.
const boxProps = ["clientHeight", "clientWidth", "offsetHeight", "offsetWidth"] as const;
const saved = boxProps.map((p) => Object.getOwnPropertyDescriptor(HTMLElement.prototype, p));

describe("memory browser", () => {
  beforeAll(() => {
    for (const p of boxProps) Object.defineProperty(HTMLElement.prototype, p, { configurable: true, get: () => 800 });
  });
  afterAll(() => {
    for (const [i, p] of boxProps.entries()) if (saved[i]) Object.defineProperty(HTMLElement.prototype, p, saved[i]);
  });
  beforeEach(() => {
    localStorage.clear();
    location.hash = "#/memories";
  });
  afterEach(cleanup);

  it("deletes a memory with an Undo toast, and Undo brings it back", async () => {
    const { api, calls } = createFakeApi();
    render(<App api={api} />);
    const list = await screen.findByRole("listbox", { name: "Memories" });
    fireEvent.click(await within(list).findByText("Caroline: I went to a LGBTQ support group yesterday and it was so powerful."));

    const panel = await screen.findByRole("complementary", { name: "Memory details" });
    fireEvent.click(await within(panel).findByRole("button", { name: "Delete" }));

    const undo = await screen.findByRole("button", { name: "Undo" });
    expect(screen.getByText(/^Deleted “Caroline: I went to a LGBTQ support/)).toBeTruthy();
    await waitFor(() => expect(within(list).queryAllByText(/LGBTQ support group/)).toHaveLength(0));
    expect(screen.queryByRole("complementary", { name: "Memory details" })).toBeNull();

    fireEvent.click(undo);
    await screen.findByText("Memory restored");
    await within(list).findByText("Caroline: I went to a LGBTQ support group yesterday and it was so powerful.");
    expect(calls.filter((c) => c.method === "undoDelete")).toHaveLength(1);
  });

  it("deletes a memory with its sources after a confirmation, without Undo", async () => {
    const { api, calls } = createFakeApi();
    const asked: unknown[] = [];
    api.deleteMemory = async (req) => {
      asked.push(req);
      return { undoToken: "", undoUntil: 0, forgotten: { memories: 2, sources: 3, images: 0, conversations: 0 } };
    };
    const confirm = window.confirm;
    window.confirm = () => true;
    try {
      render(<App api={api} />);
      const list = await screen.findByRole("listbox", { name: "Memories" });
      fireEvent.click(await within(list).findByText("Caroline: I went to a LGBTQ support group yesterday and it was so powerful."));
      const panel = await screen.findByRole("complementary", { name: "Memory details" });
      fireEvent.click(await within(panel).findByRole("checkbox", { name: "Forget its sources too" }));
      fireEvent.click(within(panel).getByRole("button", { name: "Delete" }));
      await screen.findByText(/^Deleted “Caroline: I went to a LGBTQ support.*” with 3 sources and 2 memories in all$/);
      expect(asked).toEqual([{ id: expect.any(Number), withSources: true }]);
      expect(screen.queryByRole("button", { name: "Undo" })).toBeNull();
      expect(calls.filter((c) => c.method === "undoDelete")).toHaveLength(0);
    } finally {
      window.confirm = confirm;
    }
  });

  it("edits a memory and shows the edit in its history", async () => {
    const { api } = createFakeApi();
    render(<App api={api} />);
    const list = await screen.findByRole("listbox", { name: "Memories" });
    fireEvent.click(await within(list).findByText("Caroline: The transgender stories were so inspiring!"));
    const panel = await screen.findByRole("complementary", { name: "Memory details" });
    fireEvent.click(await within(panel).findByRole("button", { name: "Edit" }));
    fireEvent.change(within(panel).getByRole("textbox", { name: "Title" }), { target: { value: "Transgender stories inspired Caroline" } });
    fireEvent.click(within(panel).getByRole("button", { name: "Save" }));

    await within(panel).findByRole("heading", { name: "Transgender stories inspired Caroline" });
    const history = within(panel).getByRole("list", { name: "Version history" });
    expect(within(history).getByText("Edited")).toBeTruthy();
    expect(within(history).getByText("Transgender stories inspired Caroline")).toBeTruthy();
  });

  it("gives the keyboard focus back to the list when the detail pane is closed from inside it", async () => {
    const { api } = createFakeApi();
    render(<App api={api} />);
    const list = await screen.findByRole("listbox", { name: "Memories" });
    fireEvent.click(await within(list).findByText("Caroline: The transgender stories were so inspiring!"));
    const close = await screen.findByRole("button", { name: "Close details" });
    close.focus();
    fireEvent.click(close);
    await waitFor(() => expect(screen.queryByRole("complementary", { name: "Memory details" })).toBeNull());
    expect(document.activeElement).toBe(list);
  });

  it("shows an episode's span as a time range, not as start: and end: fields, and About you", async () => {
    const { api } = createFakeApi();
    const getMemory = api.getMemory.bind(api);
    const start = new Date(2023, 4, 8, 13, 56).getTime();
    api.getMemory = async (req) => {
      const d = await getMemory(req);
      return {
        ...d,
        memory: {
          ...d.memory,
          details: { actor: "Caroline", about_user: true, span: { start, end: start + 9 * 60_000 }, lone: true, circle: "caroline|melanie" },
        },
      };
    };
    render(<App api={api} />);
    const list = await screen.findByRole("listbox", { name: "Memories" });
    fireEvent.click(await within(list).findByText("Caroline: The transgender stories were so inspiring!"));
    const panel = await screen.findByRole("complementary", { name: "Memory details" });
    const span = (await within(panel).findByText("Span")).nextElementSibling;
    expect(span?.textContent).toMatch(/^May 8, 2023, 0?1:56\sPM – 0?2:05\sPM$/);
    // the engine's about_user flag speaks to the user
    expect((await within(panel).findByText("About you")).nextElementSibling?.textContent).toBe("Yes");
    // (the engine's own bookkeeping is no detail of the memory's: "Lone: Yes", "Circle: caroline|melanie" had been shown)
    expect([within(panel).queryByText("Lone"), within(panel).queryByText("Circle")]).toEqual([null, null]);
  });

  it("with Pinned only and nothing pinned, offers to show all memories, not to import chats", async () => {
    location.hash = "#/memories?pinned=1";
    const { api } = createFakeApi();
    render(<App api={api} />);
    const pane = await screen.findByRole("tabpanel", { name: "All memories" });
    await within(pane).findByText("Nothing pinned");
    expect(within(pane).queryByRole("button", { name: "Import chats…" })).toBeNull();
    fireEvent.click(within(pane).getByRole("button", { name: "Show all memories" }));
    await within(pane).findByText("Caroline: The transgender stories were so inspiring!");
    expect(location.hash).not.toMatch(/pinned/);
  });

  it("says so when no memory has the words searched for, and that the results are only close in meaning", async () => {
    const { api } = createFakeApi();
    const { memory } = (await api.search({ query: "transgender" })).hits[0]!;
    api.search = async () => ({
      hits: [{ memory, score: 0.01, sources: [], who: "Caroline", scores: { bm25Rank: null, vectorRank: 1, vectorSimilarity: 0.3 }, excerpt: null }],
      tookMs: 3,
    });
    location.hash = "#/memories?q=zzqxj";
    render(<App api={api} />);
    await screen.findByText(/^No memory has the words “zzqxj”. The 1 closest in meaning/);
    expect(screen.queryByText(/results for/)).toBeNull();
  });

  it("lists the memories that have the words searched for, and those only close in meaning on request", async () => {
    const { api } = createFakeApi();
    const [a, b, c] = (await api.listMemories({})).items;
    const hit = (m: typeof a, bm25Rank: number | null, vectorRank: number) => ({
      memory: m!,
      score: 0.01,
      sources: [],
      who: "Caroline",
      scores: { bm25Rank, vectorRank, vectorSimilarity: 0.3 },
      excerpt: null,
    });
    api.search = async () => ({ hits: [hit(a, 1, 1), hit(b, null, 2), hit(c, null, 3)], tookMs: 3 });
    location.hash = "#/memories?q=hydrangea";
    render(<App api={api} />);
    const list = await screen.findByRole("listbox", { name: "Memories" });
    await screen.findByText(/^1 result for “hydrangea”/);
    expect(within(list).getAllByRole("option")).toHaveLength(1);
    expect(within(list).queryByText(b!.title)).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Show 2 more close in meaning" }));
    await within(list).findByText(b!.title);
    expect(within(list).getAllByRole("option")).toHaveLength(3);
    fireEvent.click(screen.getByRole("button", { name: "Only those with the words" }));
    await waitFor(() => expect(within(list).getAllByRole("option")).toHaveLength(1));
  });

  it("shows of a search hit the sentence that matches, not the memory's first words", async () => {
    const { api } = createFakeApi();
    const [a] = (await api.listMemories({})).items;
    const sentence = "… This necklace is special to Caroline - a gift from their grandma in their home country, Sweden. …";
    api.search = async () => ({
      hits: [{ memory: a!, score: 0.01, sources: [], who: "Caroline", scores: { bm25Rank: 1, vectorRank: 1, vectorSimilarity: 0.3 }, excerpt: sentence }],
      tookMs: 3,
    });
    location.hash = "#/memories?q=Sweden";
    render(<App api={api} />);
    const list = await screen.findByRole("listbox", { name: "Memories" });
    await within(list).findByText(sentence);
    expect(within(list).queryByText(a!.content)).toBeNull();
  });

  it("says a fact's day once in the browse list: its closing date is left out where the date column shows that day", async () => {
    const { api } = createFakeApi();
    const listed = (await api.listMemories({})).items;
    const at = Date.UTC(2023, 3, 16, 12);
    const fact = (id: number, content: string) => ({
      ...listed[0]!,
      id,
      type: "semantic" as const,
      title: `Fact ${id}`,
      content,
      occurredAt: at,
      validFrom: at,
    });
    const items = [fact(1, "Audrey is craving pastries (16 April 2023)!"), fact(2, "Audrey adopted Pixie yesterday (15 April 2023).")];
    api.listMemories = async () => ({ items, nextCursor: null, total: items.length });
    render(<App api={api} />);
    const list = await screen.findByRole("listbox", { name: "Memories" });
    expect(await within(list).findByText("Audrey is craving pastries!")).toBeTruthy();
    // (a day the text says of something else stays)
    expect(within(list).getByText("Audrey adopted Pixie yesterday (15 April 2023).")).toBeTruthy();
  });

  it("shows who said each memory in the browse list and in search results, not its type", async () => {
    const { api } = createFakeApi();
    render(<App api={api} />);
    const list = await screen.findByRole("listbox", { name: "Memories" });
    const rowOf = async (text: string) => (await within(list).findByText(text)).closest('[role="option"]') as HTMLElement;
    const mel = await rowOf("Melanie: Hey Caroline! I'm swamped with the kids & work.");
    // jsdom has no layout: the row holds who twice, in its meta column and on its snippet line (which CSS shows beside a detail pane)
    expect(within(mel).getAllByText("Melanie").length).toBeGreaterThan(0);
    expect(within(mel).queryByText("Episodic")).toBeNull();
    location.hash = "#/memories?q=transgender";
    const found = await rowOf("Caroline: The transgender stories were so inspiring!");
    expect(within(found).getAllByText("Caroline").length).toBeGreaterThan(0);
  });
});

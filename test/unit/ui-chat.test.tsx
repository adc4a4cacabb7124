// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Answer, ChatResult, Citation, EngramApi } from "../../core/api/types.js";
import { App } from "../../renderer/app/App.js";
import { createFakeApi } from "./ui-fake-api.js";

/**
 * Asks `question` in the chat of an app whose API answers without a chat model (`text`, then
 * `citations`, as "what I remember"), and returns the answer's message once its list is shown.
 */
async function rememberedAnswer(api: EngramApi, question: string, text: string, citations: Citation[]): Promise<HTMLElement> {
  (api as { chat: EngramApi["chat"] }).chat = async (_req, so) => {
    so?.onEvent?.({ type: "token", text });
    so?.onEvent?.({ type: "citations", citations });
    const answer: Answer = { answer: text, citations, engine: "heuristic", abstained: false, closest: [] };
    return { ...answer, conversationId: 7, userSourceId: 900, assistantSourceId: 901 } satisfies ChatResult;
  };
  render(<App api={api} />);
  const box = await screen.findByRole("textbox", { name: "Message" });
  fireEvent.change(box, { target: { value: question } });
  fireEvent.click(screen.getByRole("button", { name: "Send" }));
  const answer = await screen.findByTestId("assistant-message");
  await within(answer).findByText("What I remember");
  return answer;
}

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

  it("tells two chats started the same day on the same question apart: the time, and the whole title on hover", async () => {
    const { api } = createFakeApi();
    const title = "What did Caroline research about adoption agencies last spring?";
    const at = Date.UTC(2026, 11, 2, 9, 26);
    const chat = (id: number, startedAt: number) => ({ id, format: "engram", externalId: `chat-${id}`, title, participants: [], startedAt, turnCount: 2 });
    api.listChats = async () => ({ items: [chat(2, at + 17 * 60_000), chat(1, at)], nextCursor: null, total: 2 });
    render(<App api={api} />);
    const list = await screen.findByRole("navigation", { name: "Conversations" });
    const links = await within(list).findAllByRole("link");
    expect(links.map((a) => a.getAttribute("title"))).toEqual([title, title]);
    const dates = links.map((a) => a.querySelector(".chat-list-date")?.textContent);
    expect(new Set(dates).size).toBe(2);
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

  it("shows the closest memories search found under an abstention, as no answer, and again when the chat is opened later", async () => {
    const { api } = createFakeApi();
    const near: Citation = {
      memoryId: 41,
      title: "The user will lead the billing migration in Q1",
      text: "Priya is the user's manager. The user and others agreed that the user will lead the billing migration in Q1 (2 October 2026).",
      excerpt: null,
      speaker: "User",
      occurredAt: Date.UTC(2026, 9, 2, 10),
      sources: [],
    };
    (api as { chat: EngramApi["chat"] }).chat = async (_req, so) => {
      so?.onEvent?.({ type: "token", text: "I don't have a memory of that." });
      so?.onEvent?.({ type: "citations", citations: [] });
      const answer: Answer = { answer: "I don't have a memory of that.", citations: [], engine: "heuristic", abstained: true, closest: [near] };
      return { ...answer, conversationId: 7, userSourceId: 900, assistantSourceId: 901 } satisfies ChatResult;
    };
    render(<App api={api} />);
    const box = await screen.findByRole("textbox", { name: "Message" });
    fireEvent.change(box, { target: { value: "What project will I lead?" } });
    fireEvent.keyDown(box, { key: "Enter" });
    const answer = await screen.findByTestId("assistant-message");
    // (the heading does not say nothing was remembered above the memories it shows)
    await within(answer).findByText("Nothing I remember answers that.");
    expect(within(answer).queryByText("I don’t remember anything about that.")).toBeNull();
    expect(within(answer).getByText(/closest memories I found, though none of them answers it/)).toBeTruthy();
    // (the engine's plain sentence is not said again under the notice that says it)
    expect(within(answer).queryByText("I don't have a memory of that.")).toBeNull();
    const items = within(answer).getAllByTestId("citation");
    expect(items).toHaveLength(1);
    expect(items[0]!.querySelector(".citation-title")?.textContent).toContain("will lead the billing migration in Q1");
    // (a chat opened again reads them from the reply's stored metadata)
    cleanup();
    (api as { getChat: EngramApi["getChat"] }).getChat = async () =>
      ({
        conversation: {
          id: 7,
          format: "engram",
          title: "What project will I lead?",
          externalId: null,
          participants: ["User", "Engram"],
          startedAt: Date.UTC(2026, 9, 3),
          turns: 2,
        },
        turns: [
          { id: 900, kind: "chat_turn", text: "What project will I lead?", speaker: "User", role: "user", occurredAt: Date.UTC(2026, 9, 3), metadata: {} },
          {
            id: 901,
            kind: "chat_turn",
            text: "I don't have a memory of that.",
            speaker: "Engram",
            role: "assistant",
            occurredAt: Date.UTC(2026, 9, 3) + 1,
            metadata: { citations: [], engine: "heuristic", abstained: true, closest: [near] },
          },
        ],
      }) as unknown as Awaited<ReturnType<EngramApi["getChat"]>>;
    location.hash = "#/chat?c=7";
    render(<App api={api} />);
    const again = await screen.findByTestId("assistant-message");
    await within(again).findByText(/closest memories I found/);
    expect(within(again).getAllByTestId("citation")).toHaveLength(1);
  });

  it("without a chat model, what it remembers shows each memory's own words, also a long one whose title is about something else, its date once, of one too long for its lines the part about the question", async () => {
    const { api } = createFakeApi();
    const long =
      "Caroline's goal is to give kids a loving home. Caroline is grateful for all the support Caroline has got from friends and mentors. " +
      "The hard work starts to turn Caroline's dream into a reality. Here's one of the adoption agencies Caroline is looking into. " +
      "Caroline chose them 'cause they help LGBTQ+ folks with adoption. Their inclusivity and support spoke to Caroline (25 May 2023).";
    const cited = (memoryId: number, title: string, text: string): Citation => ({
      memoryId,
      title,
      text,
      excerpt: null,
      speaker: "Caroline",
      occurredAt: Date.UTC(2023, 4, 25, 12),
      sources: [],
    });
    // (of a memory too long for the item's lines, the part about the question the API picked)
    const picked = "… Caroline chose them 'cause they help LGBTQ+ folks with adoption. Their inclusivity and support spoke to Caroline (25 May 2023).";
    const citations = [
      cited(1, "Caroline went to a LGBTQ support group", "Caroline went to a LGBTQ support group yesterday (7 May 2023)."),
      cited(2, "The hard work starts to turn Caroline's dream into a reality", long),
      { ...cited(3, "Caroline's goal is to give kids a loving home", `${long} `.repeat(2).trim()), excerpt: picked },
    ];
    const answer = await rememberedAnswer(api, "Which LGBTQ things did Caroline do?", "Here is what I remember:", citations);
    // (the plain lead says what the heading says, and is not shown under it)
    expect(within(answer).queryByText("Here is what I remember:")).toBeNull();
    const items = within(answer).getAllByTestId("citation");
    // (the day a fact was said, which the date beside it shows, is not said twice; the day of its "yesterday" is)
    const shown = long.replace(" (25 May 2023).", ".");
    const pickedShown = picked.replace(" (25 May 2023).", ".");
    expect(items.map((i) => i.querySelector(".citation-title")?.textContent)).toEqual([citations[0]!.text, shown, pickedShown]);
    expect(items[1]!.querySelector(".citation-meta")?.textContent).toContain("2023");
    expect(items[1]!.getAttribute("title")).toBe(long);
    expect(items[2]!.getAttribute("title")).toBe(citations[2]!.text);
  });

  it("without a chat model, says under 'What I remember' when the memories are of another time than the one asked about", async () => {
    const { api } = createFakeApi();
    const lead = "I remember nothing of that from 2025. Here is what I remember from other times:";
    const citations: Citation[] = [
      {
        memoryId: 1,
        title: "Melanie ran a charity race",
        text: "Melanie ran a charity race (20 May 2023).",
        excerpt: null,
        speaker: "Melanie",
        occurredAt: Date.UTC(2023, 4, 20, 12),
        sources: [],
      },
    ];
    const answer = await rememberedAnswer(api, "What race did Melanie run in 2025?", `${lead}\n1. 20 May 2023 — Melanie ran a charity race.`, citations);
    expect(within(answer).getByText(lead)).toBeTruthy();
  });
});

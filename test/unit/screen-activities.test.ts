import { describe, expect, it } from "vitest";
import { segmentActivities, type ScreenFrame } from "../../core/memory/screen/activities.js";
import { boilerplateOf, commandOf, excerpt, mergePages, NO_BOILERPLATE, readFrames } from "../../core/memory/screen/text.js";
import { describeScreen } from "../../core/memory/screen/titles.js";

const T0 = Date.UTC(2026, 11, 1, 10, 0);
const MIN = 60_000;

let nextId = 1;
function frame(minutes: number, app: string, title: string, opts: { url?: string; display?: number } = {}): ScreenFrame {
  return { sourceId: nextId++, at: T0 + Math.round(minutes * MIN), display: opts.display ?? 0, app, windowTitle: title, url: opts.url ?? null };
}

describe("what a screen shows (titles)", () => {
  it("keeps the same document through unread counts, unsaved markers and the browser's name", () => {
    const a = describeScreen("Firefox", "(3) Inbox — Mozilla Firefox");
    const b = describeScreen("firefox", "Inbox - Mozilla Firefox");
    expect(a.key).toBe(b.key);
    expect(a).toMatchObject({ app: "Firefox", kind: "browser", document: "Inbox" });
    const edited = describeScreen("code", "● engine.ts — engram — Visual Studio Code");
    expect(edited).toMatchObject({ app: "VS Code", kind: "editor", document: "engine.ts", site: "engram" });
    expect(describeScreen("code", "engine.ts — engram — Visual Studio Code").key).toBe(edited.key);
  });

  it("names a page's manual and site, and tells two pages with one title apart by their address", () => {
    const page = describeScreen(
      "Firefox",
      "The Closure API (libffi: the portable foreign function interface library) — Mozilla Firefox",
      "file:///usr/share/doc/libffi8/html/The-Closure-API.html#index-ffi_005fclosure",
    );
    expect(page).toMatchObject({ document: "The Closure API", site: "libffi", url: "file:///usr/share/doc/libffi8/html/The-Closure-API.html" });
    const x = describeScreen("Chrome", "Home", "https://a.example/docs");
    const y = describeScreen("Chrome", "Home", "https://b.example/docs?tab=2");
    expect(x.key).not.toBe(y.key);
    expect(y.site).toBe("b.example");
    expect(describeScreen("gnome-terminal-server", "sam@box: ~/engram")).toMatchObject({ app: "Terminal", kind: "terminal", document: "~/engram" });
  });
});

describe("segmenting frames into activities", () => {
  it("cuts at a new document or a long pause, and ends an activity where the next one starts", () => {
    const frames = [
      frame(0, "Firefox", "The Closure API — Mozilla Firefox"),
      frame(2, "Firefox", "(1) The Closure API — Mozilla Firefox"),
      frame(7, "Firefox", "The Closure API"),
      frame(12, "code", "engine.ts — engram — Visual Studio Code"),
      frame(13, "code", "● engine.ts — engram — Visual Studio Code"),
      // 30 minutes away (screen locked): the same file again is another activity
      frame(43, "code", "engine.ts — engram — Visual Studio Code"),
      frame(45, "code", "engine.ts — engram — Visual Studio Code"),
    ];
    const acts = segmentActivities(frames);
    expect(acts.map((a) => [a.origin.document, (a.start - T0) / MIN, (a.end - T0) / MIN, a.frames.length])).toEqual([
      ["The Closure API", 0, 12, 3],
      ["engine.ts", 12, 13, 2],
      ["engine.ts", 43, 45, 2],
    ]);
  });

  it("keeps reading as one activity across a glance at another window, the glance a brief moment within it", () => {
    const frames = [
      frame(0, "Firefox", "Docs"),
      frame(3, "Firefox", "Docs"),
      frame(3.5, "Slack", "#general"),
      frame(3.8, "Slack", "#general"),
      frame(4, "Firefox", "Docs"),
      // a long stay elsewhere is no glance
      frame(8, "Firefox", "Docs"),
      frame(9, "code", "a.ts — x — Visual Studio Code"),
      frame(12, "Firefox", "Docs"),
    ];
    expect(segmentActivities(frames).map((a) => [a.origin.app, (a.start - T0) / MIN, (a.end - T0) / MIN, a.frames.length, !!a.within])).toEqual([
      ["Firefox", 0, 9, 4, false],
      ["Slack", 3.5, 4, 2, true],
      ["VS Code", 9, 12, 1, false],
      ["Firefox", 12, 12, 1, false],
    ]);
  });

  it("segments each display on its own", () => {
    const frames = [
      frame(0, "Firefox", "Docs", { display: 1 }),
      frame(0.5, "Slack", "#general", { display: 2 }),
      frame(1, "Firefox", "Docs", { display: 1 }),
      frame(2, "Slack", "#general", { display: 2 }),
    ];
    expect(segmentActivities(frames).map((a) => [a.display, a.frames.length])).toEqual([
      [1, 2],
      [2, 2],
    ]);
  });
});

describe("reading the text of an activity's frames", () => {
  const nav = "Next: Closure Example, Previous: Types, Up: Using libffi";
  const top = [
    "The Closure API",
    nav,
    "libffi also provides a way to write a generic function that can accept and decode any combination of arguments.",
    "Allocating closures",
    "ffi_closure_alloc allocates a chunk of memory holding a closure and its writable address.",
  ].join("\n");
  const scrolled = [
    "Allocating closures",
    "ffi_closure_alloc allocates a chunk of memory holding a closure and its writable address.",
    "Preparing closures",
    "ffi_prep_closure_loc prepares a closure function with the given call interface and user data.",
  ].join("\n");

  it("finds headings and the lines new on each frame, without the navigation other pages share", () => {
    // the next page's navigation bar names other pages, but has the same shape
    const boiler = boilerplateOf([
      "Closure Example\nNext: Thread Safety, Previous: The Closure API, Up: Using libffi\nA trivial example that creates a new puts.",
    ]);
    const t = readFrames([top, scrolled], boiler);
    expect(t.headings).toEqual(["The Closure API", "Allocating closures", "Preparing closures"]);
    expect(
      readFrames(["Not copyrighted -- provided to the public domain\nMark Adler */\nCard number [REDACTED:card]\nUsage Example"], NO_BOILERPLATE).headings,
    ).toEqual(["Usage Example"]);
    expect(t.changed[1]).toEqual(["ffi_prep_closure_loc prepares a closure function with the given call interface and user data."]);
    expect(excerpt(t, 200).join(" ")).not.toContain("Next: Closure Example");
    expect(excerpt(t, 12).join(" ").split(" ").length).toBeLessThanOrEqual(12);
  });

  it("merges scrolled frames into one page without repeating lines, whichever way the page was scrolled", () => {
    const down = mergePages([top, scrolled], NO_BOILERPLATE).text.split("\n");
    expect(down).toEqual([...top.split("\n"), ...scrolled.split("\n").slice(2)]);
    expect(mergePages([scrolled, top], NO_BOILERPLATE).text.split("\n")).toEqual(down);
    expect(mergePages([top, scrolled], NO_BOILERPLATE, 200)).toMatchObject({ cut: true });
  });

  it("reads the commands typed in a terminal, whatever the prompt", () => {
    expect(["$ npm test", "sam@box:~/engram$ git status", "PS C:\\work> dir", "214 passed, 0 failed", "$ 42"].map(commandOf)).toEqual([
      "npm test",
      "git status",
      "dir",
      null,
      null,
    ]);
    expect(readFrames(["$ npm test\n214 passed", "$ npm test\n214 passed\n$ git push"], NO_BOILERPLATE).commands).toEqual(["npm test", "git push"]);
  });
});

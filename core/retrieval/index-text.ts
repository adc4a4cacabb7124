import type { NewSource } from "../db/repos/sources.js";

/**
 * The text that indexes a source (FTS is on `sources.text`; this is what gets embedded):
 * `Speaker: text` for chat turns, `app — title\ntext` for screenshots, else the text.
 */
export function sourceIndexText(s: Pick<NewSource, "kind" | "speaker" | "app" | "windowTitle" | "text">): string {
  if (s.kind === "chat_turn" && s.speaker) return `${s.speaker}: ${s.text}`;
  if (s.kind === "screenshot") return [[s.app, s.windowTitle].filter(Boolean).join(" — "), s.text].filter(Boolean).join("\n");
  return s.text;
}

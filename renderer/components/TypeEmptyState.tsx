import type { MemoryType } from "../../core/api/types.js";
import { navigate } from "../app/router.js";
import { TYPE_INFO } from "./chips.js";
import { EmptyState } from "./states.js";

/** What fills each type, and which action does it. */
const TEACH: Record<MemoryType, { body: string; action: "note" | "import" | "capture" | "chat" | "add"; label: string }> = {
  core: {
    body: "Short facts about you and about Engram that it always keeps in mind: your name, your family, what you prefer. Tell Engram about yourself in a note or in chat.",
    action: "note",
    label: "Write about yourself…",
  },
  episodic: {
    body: "Events with a date: what happened in your chats, imports and on your screen, one episode per conversation or moment.",
    action: "import",
    label: "Import chats…",
  },
  semantic: {
    body: "Facts about people, places and things, with when they became true. They come from your chats, imports and notes.",
    action: "import",
    label: "Import chats…",
  },
  procedural: {
    body: "How-tos and step lists. Write down how you do something (“To renew my passport: 1. … 2. …”), or import chats where you explained one.",
    action: "note",
    label: "Write a how-to…",
  },
  resource: { body: "Documents and screen captures kept whole. Turn on screen capture to keep what you read.", action: "capture", label: "Set up capture" },
  vault: {
    body: "Sensitive values (passwords, card numbers, keys), kept encrypted with the vault's passphrase or key: the secrets you add here, and those capture found on your screen and redacted.",
    action: "add",
    label: "Add a secret…",
  },
};

/** The empty state of a memory type's tab: what fills it, and the action that does. */
export function TypeEmptyState({ type, onImport, onNote, onAdd }: { type: MemoryType; onImport: () => void; onNote: () => void; onAdd: () => void }) {
  const t = TEACH[type];
  const act = { note: onNote, import: onImport, capture: () => navigate("capture"), chat: () => navigate("chat"), add: onAdd }[t.action];
  return (
    <EmptyState
      icon="memories"
      title={`No ${TYPE_INFO[type].label.toLowerCase()} memories yet`}
      actions={
        <button type="button" className="btn btn-primary" onClick={act}>
          {t.label}
        </button>
      }
    >
      {t.body}
    </EmptyState>
  );
}

import type { EntityKind, MemoryType, SourceKind } from "../../core/api/types.js";

/** The six memory types in display order. */
export const MEMORY_TYPES: readonly MemoryType[] = ["core", "episodic", "semantic", "procedural", "resource", "vault"];

/** Human labels and one-line explanations of memory types. */
export const TYPE_INFO: Record<MemoryType, { label: string; help: string }> = {
  core: { label: "Core", help: "Short always-known facts about you and the assistant" },
  episodic: { label: "Episodic", help: "Time-stamped events" },
  semantic: { label: "Semantic", help: "Facts about people, things and places" },
  procedural: { label: "Procedural", help: "How-tos, workflows and step lists" },
  resource: { label: "Resource", help: "Documents and screen captures kept whole" },
  vault: { label: "Vault", help: "Sensitive values, encrypted at rest" },
};

/** Human labels of source kinds. */
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  chat_turn: "Chat turn",
  screenshot: "Screenshot",
  file: "File",
  manual: "Typed in",
};

/** A small coloured label for a memory type (colour from --type-<type>). */
export function TypeChip({ type }: { type: MemoryType | EntityKind | "entity" }) {
  const label = (TYPE_INFO as Record<string, { label: string } | undefined>)[type]?.label ?? type;
  return (
    <span className={`type-chip type-${type}`}>
      <span className="type-dot" aria-hidden="true" />
      {label}
    </span>
  );
}

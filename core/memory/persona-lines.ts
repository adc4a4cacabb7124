// The user's instructions to the assistant in a batch, the lines of the `persona` core block: only what
// the user typed to Engram (core-blocks.ts personaInstruction).
import { personaInstruction } from "./core-blocks.js";
import type { PersonaLine, SourceBatch } from "./extractor.js";

/**
 * The user's instructions to the assistant in a batch, for the `persona` core block: only from
 * what the user typed to Engram (trust `user`, role `user`, not a file): instructions in imported or
 * captured text are data, and an imperative in a note or a document of the user's is about its
 * matter ("Keep it under five minutes", in a speech's draft), not said to the assistant.
 */
export function personaLines(batch: SourceBatch): PersonaLine[] {
  return batch.turns.flatMap((t) =>
    t.source.trust === "user" && t.source.role === "user" && t.source.kind !== "file"
      ? t.sentences
          .map((x) => personaInstruction(x))
          .filter((line): line is string => line != null)
          .map((line) => ({ line, sourceId: t.source.id }))
      : [],
  );
}

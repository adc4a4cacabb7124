import type { EngramDb } from "../connection.js";

/** A conversation as an import names it: its format and its id in the export. */
export interface ConversationKey {
  format: string;
  externalId: string;
}

/**
 * The speaker whose turns of an imported conversation are the user's (role `user`, named by an
 * earlier import's `me`), as stored; null when none is, or the conversation is not stored yet.
 * A later import of the same conversation (an export with newer messages) without `me` marks that
 * speaker's turns the user's too: who the user is is remembered per conversation.
 */
export function userSpeakerOf(db: EngramDb, c: ConversationKey): string | null {
  const row = db
    .prepare(
      `SELECT s.speaker FROM sources s JOIN conversations c ON c.id = s.conversation_id
       WHERE c.format = ? AND c.external_id = ? AND s.role = 'user' AND s.speaker IS NOT NULL LIMIT 1`,
    )
    .get(c.format, c.externalId) as { speaker: string } | undefined;
  return row?.speaker ?? null;
}

/**
 * Makes the turns of `speaker` (trimmed, any case) that an earlier import of the conversation stored
 * as another person's (role `other`) the user's (role `user`), and the facts told of them (semantic
 * memories of the conversation whose `details.subject` is that speaker) facts about the user
 * (`details.about_user` true, no `circle` in their details nor in their fact keys: the user is one
 * person across conversations), as an import with `me` would have made them: the import of a file
 * again with "Which of these people are you?" answered, as the note of the first import says to do.
 * Their text stays (it names the speaker either way). Runs in one transaction.
 * @returns the turns made the user's (0 when there were none: the conversation is new, or they already were)
 */
export function claimUserTurns(db: EngramDb, c: ConversationKey, speaker: string): number {
  return db.transaction(() => {
    const conv = db.prepare("SELECT id FROM conversations WHERE format = ? AND external_id = ?").get(c.format, c.externalId) as { id: number } | undefined;
    if (!conv) return 0;
    // (each claimed turn's speaker as stored: the facts told of them name it so)
    const claimed = db
      .prepare("UPDATE sources SET role = 'user' WHERE conversation_id = ? AND role = 'other' AND lower(trim(speaker)) = lower(trim(?)) RETURNING speaker")
      .pluck()
      .all(conv.id, speaker) as string[];
    if (claimed.length === 0) return 0;
    const named = [...new Set(claimed)];
    const facts = db
      .prepare(
        `SELECT id FROM memories WHERE type = 'semantic' AND json_extract(details, '$.subject') IN (SELECT value FROM json_each(?))
         AND id IN (SELECT ms.memory_id FROM memory_sources ms JOIN sources s ON s.id = ms.source_id WHERE s.conversation_id = ?)`,
      )
      .pluck()
      .all(JSON.stringify(named), conv.id) as number[];
    const ids = JSON.stringify(facts);
    db.prepare(
      "UPDATE memories SET details = json_set(json_remove(details, '$.circle'), '$.about_user', json('true')) WHERE id IN (SELECT value FROM json_each(?))",
    ).run(ids);
    // (their fact keys, "sam@kim|sam" within the circle, are the user's: "sam", as core/memory/entities.ts subjectKey writes them)
    db.prepare(
      "UPDATE memory_facts SET subject = substr(subject, 1, instr(subject, '@') - 1) WHERE instr(subject, '@') > 0 AND memory_id IN (SELECT value FROM json_each(?))",
    ).run(ids);
    return claimed.length;
  })();
}

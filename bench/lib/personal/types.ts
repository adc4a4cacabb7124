/**
 * A person bench:personal imports and asks: the files they would give `engram import` and the
 * questions they would ask later.
 */

/** A question and the words a right answer holds (all of them, any case), or null when nothing answers it (a right answer abstains). */
export interface Question {
  question: string;
  expect: string[] | null;
}

/** A file of the person's: its name in the import folder (a path with "/" inside a folder of theirs), its text (or its bytes: a PDF, a Word document), and its modification time (epoch ms; when absent, the time it is written). */
export interface PersonFile {
  name: string;
  text: string | Uint8Array;
  mtime?: number;
}

/** A person: their files (imported in name order into a fresh database), who they are in their transcripts, what they told the chat, when they ask (epoch ms), and their questions. */
export interface Person {
  name: string;
  files: PersonFile[];
  /** The folder of theirs (a path among `files`' names) imported as one, as `engram import FOLDER` does; without one, each file is imported on its own. */
  folder?: string;
  /** The speaker of the person's transcripts who is the user, as `engram import --me` names them. */
  me?: string;
  /** Messages the person said to Engram's own chat (`chatTurn`), each at its time (epoch ms), after the files are imported. */
  chat?: Array<{ at: number; text: string }>;
  askedAt: number;
  questions: Question[];
}

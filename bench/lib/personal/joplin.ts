/**
 * The Joplin user: Sam, who keeps everything on his own machine, exports his notes as Joplin's "RAW -
 * Joplin Export Directory" and imports the folder (`engram import "Joplin export"`): one `<id>.md` per
 * item, each its title on the first line, its body, then Joplin's metadata (`id:`, `parent_id:`,
 * `created_time:` in ISO, `latitude:`, `is_todo:`, `todo_due:` in epoch ms, … and `type_:`, the kind
 * of item: 1 a note, 2 a notebook, 4 a resource, 5 a tag, 6 a note's tag); a to-do with a due time
 * and no body; a resource's file in `resources/`. Hand-written by the developers while trying Engram
 * as its users would, in session 31, before Engram read it (the first run's figures are in
 * bench/README.md). With it, the questions such a person asks later and the words a right answer
 * holds, and questions nothing here answers.
 */
import type { Person, PersonFile } from "./types.js";

const HOME = "1a2b3c4d5e6f47a8b9c0d1e2f3a4b5c6";

/** Joplin's metadata block for an item: its id, its kind (`type_`) and the fields given, in Joplin's order. */
function meta(id: string, type: number, fields: Record<string, string | number>): string {
  const at = (fields.created_time as string | undefined) ?? "2026-11-10T18:22:41.512Z";
  const all: Record<string, string | number> = {
    id,
    parent_id: type === 1 ? HOME : "",
    created_time: at,
    updated_time: at,
    is_conflict: 0,
    latitude: "51.45230000",
    longitude: "-2.58790000",
    altitude: "0.0000",
    author: "",
    source_url: "",
    is_todo: 0,
    todo_due: 0,
    todo_completed: 0,
    source: "joplin-desktop",
    source_application: "net.cozic.joplin-desktop",
    application_data: "",
    order: 0,
    user_created_time: at,
    user_updated_time: at,
    encryption_cipher_text: "",
    encryption_applied: 0,
    markup_language: 1,
    is_shared: 0,
    share_id: "",
    conflict_original_id: "",
    master_key_id: "",
    user_data: "",
    deleted_time: 0,
    ...fields,
  };
  return [...Object.entries(all).map(([k, v]) => `${k}: ${v}`), `type_: ${type}`].join("\n");
}

/** A note's file: its title, a blank line, its body, a blank line, its metadata. */
function note(id: string, title: string, body: string, fields: Record<string, string | number> = {}): PersonFile {
  return { name: `Joplin export/${id}.md`, text: `${title}\n\n${body}${body ? "\n\n" : ""}${meta(id, 1, fields)}` };
}

const FILES: PersonFile[] = [
  { name: `Joplin export/${HOME}.md`, text: `Home\n\n${meta(HOME, 2, { created_time: "2026-01-03T10:00:00.000Z" })}` },
  note(
    "8d5f0c2a41b34f0e9c7a1b2c3d4e5f60",
    "Boiler service",
    "Engineer: Dave Hughes from Warmflow, 07700 900321\nBooked for Tuesday 24 November, 8-10am\nAnnual service costs £95",
    { created_time: "2026-11-10T18:22:41.512Z" },
  ),
  note("3c4d5e6f708192a3b4c5d6e7f8091a2b", "Renew car tax", "", {
    created_time: "2026-11-12T08:01:12.000Z",
    is_todo: 1,
    todo_due: Date.UTC(2026, 10, 30, 9, 0),
  }),
  note("4d5e6f708192a3b4c5d6e7f8091a2b3c", "Gran's birthday", "Gran turns 90 on 3 January. Party at the Lamb & Flag, Saturday 2 January, 1pm.", {
    created_time: "2026-11-14T20:40:00.000Z",
  }),
  note("5e6f708192a3b4c5d6e7f8091a2b3c4d", "Christmas gifts", "- Mum: Le Creuset pan\n- Dad: Ottolenghi book\n- Tom: climbing chalk bag", {
    created_time: "2026-11-15T21:05:00.000Z",
  }),
  { name: "Joplin export/6f708192a3b4c5d6e7f8091a2b3c4d5e.md", text: `finance\n\n${meta("6f708192a3b4c5d6e7f8091a2b3c4d5e", 5, {})}` },
  {
    name: "Joplin export/708192a3b4c5d6e7f8091a2b3c4d5e6f.md",
    text: [
      "id: 708192a3b4c5d6e7f8091a2b3c4d5e6f",
      "note_id: 8d5f0c2a41b34f0e9c7a1b2c3d4e5f60",
      "tag_id: 6f708192a3b4c5d6e7f8091a2b3c4d5e",
      "created_time: 2026-11-10T18:26:00.000Z",
      "type_: 6",
    ].join("\n"),
  },
  {
    name: "Joplin export/8192a3b4c5d6e7f8091a2b3c4d5e6f70.md",
    text: `IMG_2231.jpg\n\n${meta("8192a3b4c5d6e7f8091a2b3c4d5e6f70", 4, { mime: "image/jpeg", filename: "", file_extension: "jpg", size: 2381044 })}`,
  },
  { name: "Joplin export/resources/8192a3b4c5d6e7f8091a2b3c4d5e6f70.jpg", text: "\u00ff\u00d8\u00ff\u00e0\u0000\u0010JFIF" },
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "Who is servicing my boiler?", expect: ["Dave"] },
  { question: "When is the boiler service?", expect: ["24 November"] },
  { question: "How much is the boiler service?", expect: ["95"] },
  { question: "What is the boiler engineer's number?", expect: ["07700 900321"] },
  { question: "When do I need to renew the car tax?", expect: ["30 November"] },
  { question: "When does Gran turn 90?", expect: ["3 January"] },
  { question: "Where is Gran's party?", expect: ["Lamb & Flag"] },
  { question: "What am I getting Dad for Christmas?", expect: ["Ottolenghi"] },
  { question: "What am I getting Tom for Christmas?", expect: ["chalk"] },
  { question: "What is the router password?", expect: null },
  { question: "When is Mum's birthday?", expect: null },
  { question: "How much was the Le Creuset pan?", expect: null },
];

/** Sam: his Joplin notes as a RAW export directory, imported as one folder ("Joplin export"), asked on Friday 20 November 2026. */
export const joplin: Person = {
  name: "joplin",
  files: FILES,
  folder: "Joplin export",
  askedAt: Date.UTC(2026, 10, 20, 18, 0),
  questions: QUESTIONS,
};

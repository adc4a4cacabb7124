/**
 * A Diaro diary's backup (Diaro → Settings → Backup & Restore → Create backup: `Diaro_20261120.zip`;
 * unzipped, `DiaroBackup.xml` and a `media/` folder of the entries' photos, `media/photo/<file>`). The XML
 * is Diaro's database dumped table by table (checked against Diaro's own Android source,
 * bazimogmbh/DiaroAndroid: backuprestore/ExportToXml.java writes it, storage/Tables.java names its columns,
 * SQLiteOpenHelperWrapper.java their defaults, the five moods and the demo data, ImportFromXMLv2.java reads
 * it back; and against public readers: Tim Waugh's diaro.py and its tests, jimmy's Diaro converter,
 * wickly's import_service.dart and its test): no XML declaration, `<data version="2">`, then a
 * `<table name="…">` for each table with rows, in the order diaro_folders (uid, title, color, pattern),
 * diaro_tags (uid, title), diaro_moods (uid, title, icon, color, weight), diaro_locations (uid, title,
 * address, lat, lng, zoom), diaro_entries, diaro_attachments (uid, entry_uid, type, filename, position),
 * diaro_templates; each row an `<r>` of one element per column. An entry's columns: `uid` (an md5's 32 hex
 * digits), `date` (ms since 1970, UTC), `tz_offset` (the phone's offset then, "+01:00"), `title`, `text`
 * (plain text, its line breaks kept), `folder_uid`, `location_uid`, `tags` (",uid,uid,"),
 * `primary_photo_uid`, `weather_temperature` (°C; "0.0" with no weather, "null" where SQL has none),
 * `weather_icon`, `weather_description` (OpenWeatherMap's words, "light rain": Diaro shows the weather only
 * with an icon and words), `mood` (a mood's uid, "0" for none; Diaro's five are "1" Awesome to "5" Awful).
 * Titles, texts, addresses and file names are escaped (`&apos;`, `&quot;` …), the rest written as they are.
 *
 * Each entry with words is a note of the user's, as a Day One or Journey entry is (dayone.ts, journey.ts):
 * its title its heading (else its first line, as Day One lists it: dayone.ts `entryTitle`), its text read as
 * any note (note.ts `noteOf`), written at `date` on the wall clock of `tz_offset`, read as UTC (its day is the
 * diarist's); after its words, one paragraph of where it was written and the weather then, said as Journey's
 * are (journey.ts `placeAndWeather`: "I was at Fushimi Inari Taisha, 68 Fukakusa …, Kyoto …, Japan. The weather
 * was light rain, 19°C."), and its mood ("My mood was awesome.", as Daylio's is said); its folder's title, its
 * tags' titles and its photos' file names in each turn's metadata (a photo is no words). An entry with no words
 * (a photo alone) and Diaro's own demo entry ("Get started with Diaro app!", uid {@link DIARO_DEMO_ENTRY})
 * are passed over; templates are no entries. Keyed by its uid (`diaro:<uid>`), so a later backup adds only
 * the entries that are new or changed.
 *
 * The file is streamed twice (kit/xml-stream.ts `streamXml`): first for the small tables (folders, tags,
 * moods, locations, and the attachments that come after the entries), then for the entries, one at a time,
 * so memory holds those tables' names and one entry.
 */
import { existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import { basename, join, sep } from "node:path";
import { inImportRange } from "../../time/import-dates.js";
import { ImportError, type ParsedConversation } from "../kit/types.js";
import { streamXml } from "../kit/xml-stream.js";
import { entryTitle } from "./dayone.js";
import { placeAndWeather } from "./journey.js";
import { NO_TEXT, noteOf } from "./note.js";

/** The most characters of one column of a row (an entry's text) read; a longer one is refused, naming its line. */
export const MAX_DIARO_FIELD_CHARS = 8 * 1024 * 1024;

/** Diaro's demo entry ("📒 Get started with Diaro app!"), made when the app is installed: the app's words, not the user's. */
export const DIARO_DEMO_ENTRY = "48b6afc3a21d255ef0cbe3ec758be441";

/** Diaro's five moods by uid, as it creates them (a backup made before the moods table had none of its own). */
const DIARO_MOODS: Readonly<Record<string, string>> = { "1": "Awesome", "2": "Happy", "3": "Neutral", "4": "Bad", "5": "Awful" };

/** A backup's start: `<data version="2">` (after an XML declaration, which Diaro writes none of), then a Diaro table. */
const BACKUP_START = /^(?:<\?xml[^>]*\?>\s*)?<data\s+version\s*=\s*["']2["']\s*>\s*<table\s+name\s*=\s*["']diaro_/;

/** Whether `head` (a file's start) is a Diaro backup's DiaroBackup.xml: `<data version="2">`, then a `<table name="diaro_…">`. */
export function isDiaroBackup(head: string): boolean {
  return BACKUP_START.test(head.trimStart());
}

/**
 * Why `file` is passed over unread in a folder, in words: a file under the `media/` folder beside a
 * DiaroBackup.xml (an entry's photo: "a photo of a Diaro entry, no words (its entry is read from
 * DiaroBackup.xml)"), or an encrypted backup's DiaroBackup.denc (said to make the backup again without
 * encryption); null for any other file.
 */
export function diaroPassedOver(file: string): string | null {
  if (/^DiaroBackup\.denc$/i.test(basename(file)))
    return "an encrypted Diaro backup: create the backup again in Diaro with encryption off, unzip it and import its DiaroBackup.xml";
  const parts = file.split(/[\\/]/);
  const media = parts.lastIndexOf("media");
  if (media < 0 || media > parts.length - 2) return null;
  // (the folder holding media/: "." for a path relative to it, "/" for media/ at the root)
  const root = media === 0 ? "." : parts.slice(0, media).join(sep) || sep;
  if (!existsSync(join(root, "DiaroBackup.xml"))) return null;
  return `${parts[media + 1] === "photo" ? "a photo" : "a file"} of a Diaro entry, no words (its entry is read from DiaroBackup.xml)`;
}

/** A row of a table as the stream gives it: its table, its place in the table (1-based), the line its `<r>` starts on, its columns' text. */
interface Row {
  table: string;
  n: number;
  line: number;
  cols: Map<string, string>;
}

/**
 * The rows of `tables` in `file` (`size` bytes), one at a time as the stream completes them; every other
 * table's text is never kept.
 * @throws ImportError naming the file: no `<data version="2">` first (`byte 0`); a column over
 *   {@link MAX_DIARO_FIELD_CHARS} (its line); a file that ends inside a row of `tables` (the byte read to);
 *   utf8Text's for bytes that are not UTF-8.
 */
async function* diaroRows(
  file: string,
  size: number,
  tables: ReadonlySet<string>,
  onProgress?: (bytesRead: number, totalBytes: number) => void,
): AsyncGenerator<Row> {
  const done: Row[] = [];
  const path: string[] = [];
  const counts = new Map<string, number>();
  let table = "";
  let row: Row | null = null;
  const xml = streamXml(
    file,
    size,
    {
      onopentag(name, attrs) {
        if (path.length === 0 && (name !== "data" || attrs.version !== "2"))
          throw new ImportError(
            file,
            "byte 0",
            `expected a Diaro backup (<data version="2">), got <${name}${attrs.version ? ` version="${attrs.version}"` : ""}>`,
          );
        path.push(name);
        if (path.length === 2 && name === "table") table = attrs.name ?? "";
        if (path.length === 3 && name === "r" && tables.has(table)) {
          const n = (counts.get(table) ?? 0) + 1;
          counts.set(table, n);
          row = { table, n, line: xml.line(), cols: new Map() };
        }
      },
      ontext(data) {
        if (!row || path.length !== 4) return;
        const col = path[3]!;
        const text = (row.cols.get(col) ?? "") + data;
        if (text.length > MAX_DIARO_FIELD_CHARS)
          throw new ImportError(
            file,
            `line ${row.line}`,
            `${table} row ${row.n}: its <${col}> is longer than ${MAX_DIARO_FIELD_CHARS / 1024 / 1024} MB of text`,
          );
        row.cols.set(col, text);
      },
      onclosetag(name, implied) {
        path.pop();
        // (the parser's end closes what is open: a row it closes was cut short)
        if (path.length === 2 && name === "r" && row && !implied) {
          done.push(row);
          row = null;
        }
      },
    },
    { recognizeCDATA: true, decodeEntities: true },
    onProgress,
  );
  for await (const _ of xml.steps) while (done.length > 0) yield done.shift()!;
  const open = row as Row | null;
  if (open)
    throw new ImportError(file, `byte ${xml.bytesRead()}`, `the file ends inside ${open.table} row ${open.n} (line ${open.line}): the backup is cut short`);
}

/** What the entries are read with: the titles of folders, tags, moods and locations by uid, and each entry's attached files' names. */
interface Lookup {
  folders: Map<string, string>;
  tags: Map<string, string>;
  moods: Map<string, string>;
  places: Map<string, string>;
  files: Map<string, Array<{ name: string; position: number }>>;
}

/** The tables read first, for {@link Lookup}. */
const LOOKUP_TABLES: ReadonlySet<string> = new Set(["diaro_folders", "diaro_tags", "diaro_moods", "diaro_locations", "diaro_attachments"]);

/** A column's words, white space folded. */
function words(v: string | undefined): string {
  return (v ?? "").replace(/\s+/g, " ").trim();
}

/** Whether `s` holds a letter or a digit. */
function hasWords(s: string): boolean {
  return /[\p{L}\p{N}]/u.test(s);
}

/** A location as its writer would name it: its title and its address ("Fushimi Inari Taisha, 68 Fukakusa …"), the address alone when it holds the title. */
function placeWords(cols: Map<string, string>): string {
  const title = words(cols.get("title"));
  const address = words(cols.get("address"));
  return title && address && !address.toLowerCase().includes(title.toLowerCase()) ? `${title}, ${address}` : address || title;
}

/** Adds `row`, of one of {@link LOOKUP_TABLES}, to `lookup`. */
function addToLookup(lookup: Lookup, row: Row): void {
  const uid = words(row.cols.get("uid"));
  const title = words(row.cols.get("title"));
  if (row.table === "diaro_folders" && title) lookup.folders.set(uid, title);
  else if (row.table === "diaro_tags" && title) lookup.tags.set(uid, title);
  else if (row.table === "diaro_moods" && title) lookup.moods.set(uid, title);
  else if (row.table === "diaro_locations") lookup.places.set(uid, placeWords(row.cols));
  else if (row.table === "diaro_attachments") {
    const entry = words(row.cols.get("entry_uid"));
    const name = words(row.cols.get("filename"));
    if (!entry || !name) return;
    const files = lookup.files.get(entry) ?? [];
    files.push({ name, position: Number(row.cols.get("position")) || files.length + 1 });
    lookup.files.set(entry, files);
  }
}

/** `tz_offset` ("+01:00", "-05:30", Joda's "+05:45:00") as ms east of UTC; 0 when empty; null when it is no offset. */
function offsetMs(text: string): number | null {
  if (!text) return 0;
  const m = /^([+-])(\d{2}):?(\d{2})(?::(\d{2}))?$/.exec(text);
  if (!m || Number(m[2]) > 18 || Number(m[3]) > 59) return null;
  return (m[1] === "-" ? -1 : 1) * ((Number(m[2]) * 60 + Number(m[3])) * 60 + Number(m[4] ?? 0)) * 1000;
}

/** The weather Diaro shows for an entry (its words, and its temperature in °C when one is written), or null: Diaro shows none without words. */
function weatherOf(cols: Map<string, string>): { description: string; degree_c?: number } | null {
  const description = words(cols.get("weather_description"));
  if (!description) return null;
  const t = words(cols.get("weather_temperature"));
  return /^-?\d+(?:\.\d+)?$/.test(t) ? { description, degree_c: Number(t) } : { description };
}

/** An entry's mood said as its writer would ("My mood was awesome."), a name lower-cased but for a capital past its first letter; null for none. */
function moodLine(uid: string, lookup: Lookup): string | null {
  const mood = uid && uid !== "0" ? (lookup.moods.get(uid) ?? DIARO_MOODS[uid]) : undefined;
  if (!mood) return null;
  return `My mood was ${mood.replace(/^\p{Lu}(?=\p{Ll}*(?:\s|$))/u, (c) => c.toLowerCase()).replace(/[.\s]+$/, "")}.`;
}

/**
 * An entry's text lines, then `told` (where it was written, the weather, the mood) as one paragraph after
 * them: what the entry's day was like, told together. Each a paragraph of its own, the same words of many
 * days ("My mood was happy.") were one fact; at the end of the entry's first paragraph, they were what the
 * memory engine named that paragraph's fact by ("The user was at Cantinho dos Animais…" for Miso's adoption).
 */
function withTold(text: string[], told: string[]): string[] {
  return told.length ? [...text, "", told.join(" ")] : text;
}

const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/**
 * The note an entry's row is, or null for one with no words and for Diaro's demo entry.
 * @throws ImportError naming the row's line and column: a `date` that is no time in 1970–2199, a `tz_offset` that is no offset.
 */
async function entryNote(file: string, row: Row, lookup: Lookup): Promise<ParsedConversation | null> {
  const col = (k: string): string => row.cols.get(k) ?? "";
  const uid = words(col("uid"));
  if (uid === DIARO_DEMO_ENTRY) return null;
  const entry = uid ? `entry ${uid}` : `entry ${row.n}`;
  const date = words(col("date"));
  const at = /^\d+$/.test(date) ? Number(date) : Number.NaN;
  if (!inImportRange(at)) throw new ImportError(file, `line ${row.line}, <date>`, `${entry}: expected its time in ms since 1970, got ${JSON.stringify(date)}`);
  const offset = offsetMs(words(col("tz_offset")));
  if (offset === null)
    throw new ImportError(
      file,
      `line ${row.line}, <tz_offset>`,
      `${entry}: expected an offset from UTC such as +01:00, got ${JSON.stringify(col("tz_offset"))}`,
    );
  const title = words(col("title"));
  const text = col("text").split(/\r\n|\r|\n/);
  const worded = text.some(hasWords);
  if (!worded && !hasWords(title)) return null;
  const told = [...placeAndWeather(lookup.places.get(words(col("location_uid"))) ?? "", weatherOf(row.cols)), moodLine(words(col("mood")), lookup)];
  const head = title ? (worded ? [`# ${title}`, ""] : [title]) : [];
  const wall = at + offset;
  const note = await noteOf(
    file,
    [
      ...head,
      ...withTold(
        text,
        told.filter((l): l is string => l !== null),
      ),
    ],
    wall,
    `diaro:${uid || at}`,
    null,
  );
  const folder = lookup.folders.get(words(col("folder_uid")));
  const tags = col("tags")
    .split(",")
    .flatMap((t) => lookup.tags.get(t.trim()) ?? []);
  const photos = (lookup.files.get(uid) ?? []).sort((a, b) => a.position - b.position).map((f) => f.name);
  const extra = { ...(folder ? { folder } : {}), ...(tags.length ? { tags } : {}), ...(photos.length ? { photos } : {}) };
  return {
    ...note,
    title: title || entryTitle(text) || `Journal entry, ${DAY.format(wall)}`,
    turns: note.turns.map((t) => ({ ...t, metadata: { ...t.metadata, ...extra } })),
  };
}

/**
 * Reads `file`, a Diaro backup's DiaroBackup.xml, as one note per entry with words in it (format `note`,
 * externalId `diaro:<uid>`; title the entry's title, else its first line, at most 60 characters, else
 * "Journal entry, <day>"; one turn per paragraph said by the user, of `date` on `tz_offset`'s wall clock
 * read as UTC), its title and text, then where it was written, the weather and the mood in words; turn
 * metadata `{ line, folder?, tags?, photos? }` (the folder's and tags' titles, the photos' file names in
 * their order). `onProgress` gets the bytes read, half for each of the two passes.
 * @throws ImportError naming the file and where: no `<data version="2">` first (`byte 0`); an entry's
 *   `date` or `tz_offset` that is none (its row's line and the column); a column over
 *   {@link MAX_DIARO_FIELD_CHARS}; a file cut short inside a row (the byte read to); bytes that are not
 *   UTF-8; a backup with no entry with words ("the note has no text: a Diaro backup with no entries", so a
 *   folder passes it over).
 */
export async function* parseDiaro(
  file: string,
  opts: { onProgress?: (bytesRead: number, totalBytes: number) => void } = {},
): AsyncGenerator<ParsedConversation> {
  const size = (await stat(file)).size;
  const half = (from: number) => (opts.onProgress ? (read: number, total: number) => opts.onProgress!(Math.floor(from * total + read / 2), total) : undefined);
  const lookup: Lookup = { folders: new Map(), tags: new Map(), moods: new Map(), places: new Map(), files: new Map() };
  for await (const row of diaroRows(file, size, LOOKUP_TABLES, half(0))) addToLookup(lookup, row);
  let entries = 0;
  let kept = 0;
  for await (const row of diaroRows(file, size, new Set(["diaro_entries"]), half(0.5))) {
    entries++;
    const note = await entryNote(file, row, lookup);
    if (!note) continue;
    kept++;
    yield note;
  }
  if (kept === 0) throw new ImportError(file, `byte ${size}`, `${NO_TEXT}: a Diaro backup with ${entries ? "no entry with words" : "no entries"}`);
}

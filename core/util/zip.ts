/**
 * A streaming ZIP writer (stored entries, no compression): each entry is written as it comes, with
 * its CRC-32 and sizes in a data descriptor after it (general purpose flag bit 3), so memory holds
 * one chunk at a time whatever the archive size. Enough for exports people open with any unzip
 * (file names are flagged UTF-8; the Markdown export uses ASCII names).
 * Limits: no ZIP64 (entries and the archive under 4 GiB, under 65,535 entries).
 */
import { createWriteStream, type WriteStream } from "node:fs";
import { crc32 } from "node:zlib";

interface Entry {
  name: Buffer;
  crc: number;
  size: number;
  offset: number;
}

/** DOS date and time of `d` (local time, 2-second resolution). */
function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((Math.max(1980, d.getFullYear()) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** Writes a ZIP file entry by entry. Call `close()` once at the end. */
export class ZipWriter {
  private readonly out: WriteStream;
  private readonly entries: Entry[] = [];
  private offset = 0;
  private current: Entry | null = null;
  private readonly stamp: { time: number; date: number };

  /** @param mode file mode of the archive (0600: readable by the user only) */
  constructor(path: string, now = new Date(), mode = 0o600) {
    this.out = createWriteStream(path, { mode });
    this.stamp = dosTime(now);
  }

  private async write(b: Buffer): Promise<void> {
    this.offset += b.length;
    if (!this.out.write(b)) await new Promise<void>((ok) => this.out.once("drain", () => ok()));
  }

  /** Starts an entry (`name`: a relative path with `/`); ends the previous one. */
  async begin(name: string): Promise<void> {
    await this.end();
    const n = Buffer.from(name, "utf8");
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4); // version needed
    h.writeUInt16LE(0x0808, 6); // bit 3: sizes in the data descriptor; bit 11: UTF-8 names
    h.writeUInt16LE(0, 8); // stored
    h.writeUInt16LE(this.stamp.time, 10);
    h.writeUInt16LE(this.stamp.date, 12);
    h.writeUInt16LE(n.length, 26);
    this.current = { name: n, crc: 0, size: 0, offset: this.offset };
    await this.write(Buffer.concat([h, n]));
  }

  /** Appends text or bytes to the current entry. */
  async add(data: string | Buffer): Promise<void> {
    if (!this.current) throw new Error("ZipWriter.add: no entry begun");
    const b = typeof data === "string" ? Buffer.from(data, "utf8") : data;
    this.current.crc = crc32(b, this.current.crc);
    this.current.size += b.length;
    await this.write(b);
  }

  private async end(): Promise<void> {
    const e = this.current;
    if (!e) return;
    const d = Buffer.alloc(16);
    d.writeUInt32LE(0x08074b50, 0);
    d.writeUInt32LE(e.crc >>> 0, 4);
    d.writeUInt32LE(e.size, 8);
    d.writeUInt32LE(e.size, 12);
    await this.write(d);
    this.entries.push(e);
    this.current = null;
  }

  /** Ends the last entry, writes the central directory and closes the file. @returns its size in bytes. */
  async close(): Promise<number> {
    await this.end();
    const start = this.offset;
    for (const e of this.entries) {
      const c = Buffer.alloc(46);
      c.writeUInt32LE(0x02014b50, 0);
      c.writeUInt16LE(20, 4);
      c.writeUInt16LE(20, 6);
      c.writeUInt16LE(0x0808, 8);
      c.writeUInt16LE(0, 10);
      c.writeUInt16LE(this.stamp.time, 12);
      c.writeUInt16LE(this.stamp.date, 14);
      c.writeUInt32LE(e.crc >>> 0, 16);
      c.writeUInt32LE(e.size, 20);
      c.writeUInt32LE(e.size, 24);
      c.writeUInt16LE(e.name.length, 28);
      c.writeUInt32LE(e.offset, 42);
      await this.write(Buffer.concat([c, e.name]));
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(this.offset - start, 12);
    end.writeUInt32LE(start, 16);
    await this.write(end);
    await new Promise<void>((ok, fail) => this.out.end((err?: Error | null) => (err ? fail(err) : ok())));
    return this.offset;
  }
}

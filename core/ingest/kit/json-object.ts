/**
 * Follows the bytes of a JSON object one at a time (json-stream.ts: a file that is an object and no
 * export, read to its end before it is refused; an export whose conversation is an object holding its
 * messages' array, as Telegram's is), keeping nothing but the key being read: it tells where a
 * member's array opens and where the object closes. Strings, escapes and nesting are followed, so a
 * key inside a nested value or a string is never taken for a member.
 */

/** The longest key remembered (bytes): any key looked for is shorter. */
const MAX_KEY_BYTES = 64;

/** A walk through one JSON object's bytes, from just after its opening '{'. */
export class ObjectWalk {
  private depth = 1;
  private string = false;
  private escape = false;
  private key: number[] = [];
  private keyTooLong = false;
  /** the last string read at the object's top level, until a ':' makes it the current member's key */
  private lastString: string | null = null;
  private member: string | null = null;

  /** Whether the walk is inside a string (for where a file that ends inside the object ended). */
  get inString(): boolean {
    return this.string;
  }

  /**
   * Reads byte `b`: "array" when it is the '[' opening the value of the top-level member named
   * `name` (the walk then waits, at the object's top level, for the array's caller to resume it after
   * the array's ']'), "closed" when it is the object's closing '}', else null.
   */
  step(b: number, name: string | null): "array" | "closed" | null {
    if (this.string) {
      if (this.escape) this.escape = false;
      else if (b === 0x5c) this.escape = true;
      else if (b === 0x22) {
        this.string = false;
        if (this.depth === 1) this.lastString = this.keyTooLong ? null : Buffer.from(this.key).toString("utf8");
      } else if (this.depth === 1) {
        if (this.key.length < MAX_KEY_BYTES) this.key.push(b);
        else this.keyTooLong = true;
      }
      return null;
    }
    if (b === 0x22) {
      this.string = true;
      this.key = [];
      this.keyTooLong = false;
    } else if (this.depth === 1 && b === 0x3a) {
      this.member = this.lastString;
    } else if (this.depth === 1 && b === 0x2c) {
      this.member = null;
    } else if (b === 0x5b && this.depth === 1 && name !== null && this.member === name) {
      this.member = null;
      return "array";
    } else if (b === 0x7b || b === 0x5b) this.depth++;
    else if ((b === 0x7d || b === 0x5d) && --this.depth === 0) return "closed";
    return null;
  }
}

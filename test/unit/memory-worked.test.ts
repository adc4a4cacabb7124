import { describe, expect, it } from "vitest";
import { withAdviceNamed } from "../../core/memory/worked.js";
import { parseSentences } from "../../core/memory/sentences.js";

const told = (reply: string, said: string) => withAdviceNamed(parseSentences(said), parseSentences(reply)).map((s) => s.text);

describe("'That worked' told as the advice that worked", () => {
  it("names the assistant's first instruction, as what was done", () => {
    expect(
      told(
        "Add a composite index on (customer_id, created_at DESC):\n\n```sql\nCREATE INDEX i ON invoices (customer_id, created_at DESC);\n```\n\nThen check the plan with EXPLAIN ANALYZE.",
        "That worked, it's 3 ms now. We have about 2 million invoices.",
      ),
    ).toEqual(["Adding a composite index on (customer_id, created_at DESC) worked, it's 3 ms now.", "We have about 2 million invoices."]);
    expect(told("Try clearing the cache and restarting the server.", "It did the trick!")).toEqual([
      "Clearing the cache and restarting the server did the trick!",
    ]);
    expect(told("First, run npm ci to reinstall your packages.", "That fixed it, thanks.")).toEqual([
      "Running npm ci to reinstall my packages fixed it, thanks.",
    ]);
  });

  it("changes nothing when the reply gives no instruction, or the message says no such thing", () => {
    expect(told("That's a great question about the history of Rome.", "That worked.")).toEqual(["That worked."]);
    expect(told("Add a composite index.", "That didn't help at all.")).toEqual(["That didn't help at all."]);
  });
});

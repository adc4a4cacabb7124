import { describe, expect, it } from "vitest";
import { withAdviceNamed } from "../../core/memory/worked.js";
import { parseSentences } from "../../core/memory/sentences.js";

const told = (reply: string, said: string) => withAdviceNamed(parseSentences(said), parseSentences(reply), reply).map((s) => s.text);

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

  it("tells an instruction that ends open with the line of code after it, and passes over one with none", () => {
    // (it had been "Installing it with worked, all 3,112 photos renamed", the code left out of the reply's sentences)
    const install =
      "`PIL` comes from the **Pillow** package, which isn't installed yet. Install it with:\n\n```\npython -m pip install Pillow\n```\n\nThen run the script again.";
    expect(told(install, "That worked, all 3,112 photos renamed. Thanks!")[0]).toBe(
      "Installing it with `python -m pip install Pillow` worked, all 3,112 photos renamed.",
    );
    expect(told("Install it with:\n\nThen run the script again.", "That worked!")).toEqual(["Running the script again worked!"]);
  });

  it("changes nothing when the reply gives no instruction, or the message says no such thing", () => {
    expect(told("That's a great question about the history of Rome.", "That worked.")).toEqual(["That worked."]);
    expect(told("Add a composite index.", "That didn't help at all.")).toEqual(["That didn't help at all."]);
  });
});

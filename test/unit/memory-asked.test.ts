import { describe, expect, it } from "vitest";
import { reportedQuestion } from "../../core/memory/asked.js";

describe("reported questions (what a person asked an assistant)", () => {
  it("tells a question in the third person, in statement order", () => {
    expect(reportedQuestion("How do I change my wifi password on a TP-Link router?")).toBe("how to change their wifi password on a TP-Link router");
    expect(reportedQuestion("So, how can I meal prep for the week?")).toBe("how to meal prep for the week");
    expect(reportedQuestion("What insurance do I need in Ontario?")).toBe("what insurance they need in Ontario");
    expect(reportedQuestion("Where should I stay in Lisbon?")).toBe("where they should stay in Lisbon");
    expect(reportedQuestion("How much should I budget for my trip?")).toBe("how much they should budget for their trip");
    expect(reportedQuestion("What is my best option?")).toBe("what their best option is");
    expect(reportedQuestion("Should I see a doctor?")).toBe("whether they should see a doctor");
    expect(reportedQuestion("Do I need a visa for Japan?")).toBe("whether they need a visa for Japan");
    expect(reportedQuestion("Is it worth buying an e-bike?")).toBe("whether it is worth buying an e-bike");
    expect(reportedQuestion("Can you help me debug this query?")).toBe("to help them debug this query");
    expect(reportedQuestion("Could you please plan a 16-week marathon plan for me?")).toBe("to plan a 16-week marathon plan for them");
    expect(reportedQuestion("Any tips?")).toBe("for tips");
    expect(reportedQuestion("Gift ideas under $100?")).toBe("for gift ideas under $100");
    expect(reportedQuestion("Do you have any advice for my first marathon?")).toBe("for advice for their first marathon");
    // a question of no one in particular is quoted as asked
    expect(reportedQuestion("Why does this throw KeyError: 'date'?")).toBe(`"Why does this throw KeyError: 'date'?"`);
    expect(reportedQuestion("What does idempotent mean?")).toBe(`"What does idempotent mean?"`);
  });

  it("leaves out questions about the listener and those it cannot report", () => {
    expect(reportedQuestion("How are you?")).toBeNull();
    expect(reportedQuestion("What do you think I should do?")).toBeNull();
    expect(reportedQuestion("Can you tell me about your day?")).toBeNull();
    expect(reportedQuestion("What did I eat yesterday?")).toBeNull();
    expect(reportedQuestion("Great, thanks!")).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { codeLike, hideIn, hideSecrets, secretAsked, secretsIn } from "../../core/memory/secrets.js";
import type { Candidate } from "../../core/memory/types.js";

const values = (text: string, asked: Parameters<typeof secretsIn>[1] = null) => secretsIn(text, asked).map((s) => `${s.kind}:${s.value}`);

describe("credentials said in a chat", () => {
  it("finds a value named as a password or a PIN, with what it is for between", () => {
    expect(values("My new gmail password is hunter2-Lisbon, if I forget remind me lol")).toEqual(["password:hunter2-Lisbon"]);
    expect(values("my card PIN is 0921.")).toEqual(["code:0921"]);
    expect(values("PIN 4821")).toEqual(["code:4821"]);
    expect(values("The verification code: #771204")).toEqual(["code:771204"]);
    expect(values("the password for my bank account is Xyz-2291!")).toEqual(["password:Xyz-2291!"]);
  });

  it("finds a card's number, expiry and security code, labelled passwords and API keys, as screen redaction does", () => {
    expect(values("4111 1111 1111 1111 exp 09/28 CVV 123").sort()).toEqual(["card detail:09/28", "card detail:123", "card detail:4111 1111 1111 1111"]);
    expect(values("email pwd: Tr0ub4dor&3")).toEqual(["password:Tr0ub4dor&3"]);
    expect(values("my token is ghp_a8Kd92LmQx7Rt5Vb3Nc1Zp0Yw4Eu6Io")).toEqual(["API key:ghp_a8Kd92LmQx7Rt5Vb3Nc1Zp0Yw4Eu6Io"]);
  });

  it("keeps what a household shares: a wifi network's password, a door code, a combination", () => {
    expect(values("Network: HomeHub-5G\nPassword: blue-otter-42")).toEqual([]);
    expect(values("The guest network is Whitlock-Guest, password heron-lantern-42.")).toEqual([]);
    expect(values("Also the door code for the flat is 4821, don't tell anyone")).toEqual([]);
    expect(values("Combination 3-19-27 (turn right first)")).toEqual([]);
  });

  it("keeps words that only name a password, numbers that are no credential, and links", () => {
    expect(values("The password is on the fridge")).toEqual([]);
    expect(values("I wrote 300 lines of code today")).toEqual([]);
    expect(values("My password changed in 2023")).toEqual([]);
    expect(values("Flight TAP 1351 leaves at 7:40am, £212 each")).toEqual([]);
    expect(values("the Figma file: https://www.figma.com/file/Xy7Qp2Lk/Booking-flow-v3")).toEqual([]);
  });

  it("finds the value an answer gives only when the question before asks for a credential", () => {
    expect(secretAsked("What's your bank PIN again?")).toBe("code");
    expect(secretAsked("What's the password for the joint account?")).toBe("password");
    expect(secretAsked("What's the wifi password at your mum's again?")).toBeNull();
    expect(secretAsked("The password is on the fridge.")).toBeNull();
    expect(values("It's BlueHeron-7741", "password")).toEqual(["password:BlueHeron-7741"]);
    expect(values("It's BlueHeron-7741", null)).toEqual([]);
    expect(values("No idea, ask mum", "password")).toEqual([]);
  });

  it("tells code-like words from the sentence's words", () => {
    expect(["hunter2", "BlueHeron", "4821", "Z9-kk2"].every(codeLike)).toBe(true);
    expect(["fridge", "2023", "7pm", "1st", "re-do", "well-known"].some(codeLike)).toBe(false);
  });
});

describe("hiding secrets in a memory", () => {
  it("shows each value as [hidden <kind>], also when retold with other separators, and a card's details as one", () => {
    const card = secretsIn("4111 1111 1111 1111 exp 09/28 CVV 123");
    expect(hideIn("Priya Raman says 4111 1111 1111 1111 exp 09/28 CVV 123", card)).toBe("Priya Raman says [hidden card details]");
    const pw = secretsIn("password is hunter2-Lisbon");
    expect(hideIn("Priya and Sam talk about hunter2 Lisbon", pw)).toBe("Priya and Sam talk about [hidden password]");
    expect(hideIn("the hunter2-Lisboner", pw)).toBe("the hunter2-Lisboner");
    // (a PIN is not the same digits inside a longer code)
    const pin = secretsIn("Monzo card PIN 4471.");
    expect(hideIn("Monzo card PIN 4471. Policy number ADM-4471-2298, ref 4471/B.", pin)).toBe(
      "Monzo card PIN [hidden code]. Policy number ADM-4471-2298, ref 4471/B.",
    );
  });

  it("hides a candidate's title, content, details and entities, and says which kinds it hid", () => {
    const c: Candidate = {
      key: "f1",
      type: "semantic",
      title: "Sam says it's BlueHeron-7741",
      content: "Asked about wifi password: Sam says it's BlueHeron-7741 (3 November 2026).",
      details: { subject: "Sam", object: "BlueHeron-7741", steps: ["type BlueHeron-7741"] },
      occurredAt: null,
      validFrom: 0,
      sourceIds: [2],
      importance: 0.5,
      confidence: 0.5,
      entities: [
        { name: "Sam", kind: "person" },
        { name: "BlueHeron", kind: "other" },
      ],
      fact: { subject: "sam", predicate: "says", object: "BlueHeron-7741", single: false },
    };
    hideSecrets(c, secretsIn("It's BlueHeron-7741", "password"));
    const all = JSON.stringify(c);
    expect(all).not.toMatch(/BlueHeron|7741/);
    expect(c.title).toBe("Sam says it's [hidden password]");
    expect(c.details.hidden).toEqual(["password"]);
    expect(c.entities.map((e) => e.name)).toEqual(["Sam"]);
  });
});

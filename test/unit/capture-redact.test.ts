import { describe, expect, it } from "vitest";
import { compileUserPatterns, entropy, luhnValid, redact } from "../../core/util/redact.js";

describe("redaction", () => {
  it("redacts Luhn-valid card numbers and keeps other digit runs", () => {
    expect(luhnValid("4111 1111 1111 1111")).toBe(true);
    expect(luhnValid("4111 1111 1111 1112")).toBe(false);
    const r = redact("Visa 4111 1111 1111 1111, Amex 3782-822463-10005, order 4111 1111 1111 1112, phone 0044 20 7946 0958");
    expect(r.text).toBe("Visa [REDACTED:card], Amex [REDACTED:card], order 4111 1111 1111 1112, phone 0044 20 7946 0958");
    expect(r.redactions.map((x) => x.value)).toEqual(["4111 1111 1111 1111", "3782-822463-10005"]);
  });

  it("redacts a card's security code and expiry date with the card", () => {
    const r = redact("Card: 4111 1111 1111 1111 Expiry: 12/29 CVC: 123. Backup card exp 03/2031, cvv2 4567, valid thru 7/28");
    expect(r.text).toBe(
      "Card: [REDACTED:card] Expiry: [REDACTED:card] CVC: [REDACTED:card]. Backup card exp [REDACTED:card], cvv2 [REDACTED:card], valid thru [REDACTED:card]",
    );
    expect(r.redactions.map((x) => x.value)).toEqual(["4111 1111 1111 1111", "12/29", "123", "03/2031", "4567", "7/28"]);
    expect(redact("We met at 12/29 and the room was 123; expiry of the lease is unknown").redactions).toEqual([]);
  });

  it("redacts API keys and tokens by their known prefixes", () => {
    const keys = [
      "sk-proj-AbCdEfGhIjKlMnOpQrSt1234",
      "ghp_0123456789abcdefghijABCDEFGHIJ012345",
      "gho_0123456789abcdefghijABCDEF",
      "github_pat_11ABCDEFG0123456789_abcdefghijklmnop",
      "xoxb-1234567890-0987654321-AbCdEfGhIj",
      "xoxp-1234567890-abcdef",
      "AKIAIOSFODNN7EXAMPLE",
      "AIzaSyA-1234567890abcdefghijklmnopqrstu",
      "glpat-abcdefghij1234567890",
    ];
    for (const k of keys) {
      const r = redact(`token: ${k} end`);
      expect(r.text, k).toBe("token: [REDACTED:api_key] end");
      expect(r.redactions[0]!.value).toBe(k);
    }
  });

  it("redacts PEM private keys whole, even when the END line is off screen", () => {
    const pem = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ\n-----END OPENSSH PRIVATE KEY-----";
    expect(redact(`key:\n${pem}\nafter`).text).toBe("key:\n[REDACTED:private_key]\nafter");
    expect(redact("-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC").text).toBe("[REDACTED:private_key]");
    expect(redact("-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkq").text).toContain("BEGIN PUBLIC KEY");
  });

  it("redacts password values, user patterns and high-entropy strings, not ordinary words or hex hashes", () => {
    const r = redact(
      "password: Tr0ub4dor&3 login ok\nemployee id E-48213\nsecret aZ3kQ9pL2mX7vB1nR8tY5wC0 here\n" +
        "getElementsByTagNameNS and commit 9fceb02d0ae598e95dc970b74767f19372d61af8",
      { userPatterns: compileUserPatterns(["E-\\d{5}"]) },
    );
    expect(r.text).toBe(
      "password: [REDACTED:password] login ok\nemployee id [REDACTED:custom]\nsecret [REDACTED:secret] here\n" +
        "getElementsByTagNameNS and commit 9fceb02d0ae598e95dc970b74767f19372d61af8",
    );
    expect(redact("secret aZ3kQ9pL2mX7vB1nR8tY5wC0", { highEntropy: false }).text).toBe("secret aZ3kQ9pL2mX7vB1nR8tY5wC0");
    expect(entropy("aaaa")).toBe(0);
    expect(entropy("abcd")).toBe(2);
  });

  it("rejects an invalid user pattern with a message naming it", () => {
    expect(() => compileUserPatterns(["(unclosed"])).toThrow(/"\(unclosed" is not a valid regular expression/);
  });
});

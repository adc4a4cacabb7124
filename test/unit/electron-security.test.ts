import { describe, expect, it } from "vitest";
import { CSP, isAppUrl, navigationAllowed, NetworkGrants, permissionAllowed, requestAllowed } from "../../electron/security.js";

describe("desktop security policy", () => {
  it("allows navigation only inside app://engram", () => {
    expect(navigationAllowed("app://engram/index.html#/memories")).toBe(true);
    expect(navigationAllowed("app://evil/index.html")).toBe(false);
    expect(navigationAllowed("https://example.com/")).toBe(false);
    expect(navigationAllowed("file:///etc/passwd")).toBe(false);
    expect(navigationAllowed("javascript:alert(1)")).toBe(false);
    expect(isAppUrl("not a url")).toBe(false);
  });

  it("grants only video media (screen capture) to the app's pages", () => {
    expect(permissionAllowed({ permission: "media", mediaTypes: ["video"], requestingUrl: "app://engram/index.html" })).toBe(true);
    expect(permissionAllowed({ permission: "media", mediaTypes: ["video", "audio"], requestingUrl: "app://engram/index.html" })).toBe(false);
    expect(permissionAllowed({ permission: "media", mediaTypes: ["audio"] })).toBe(false);
    expect(permissionAllowed({ permission: "media", mediaTypes: [] })).toBe(false);
    expect(permissionAllowed({ permission: "media", mediaTypes: ["video"], requestingUrl: "https://evil.example/" })).toBe(false);
    for (const p of ["geolocation", "notifications", "clipboard-read", "openExternal", "midi", "display-capture"]) {
      expect(permissionAllowed({ permission: p, requestingUrl: "app://engram/" })).toBe(false);
    }
  });

  it("blocks every network request unless a user-started download granted its host", () => {
    const grants = new NetworkGrants();
    expect(requestAllowed("app://engram/assets/index.js", grants)).toBe(true);
    expect(requestAllowed("app://engram/images/12", grants)).toBe(true);
    expect(requestAllowed("app://other/x", grants)).toBe(false);
    expect(requestAllowed("devtools://devtools/bundled/inspector.html", grants)).toBe(true);
    expect(requestAllowed("https://huggingface.co/x/resolve/abc/model.gguf", grants)).toBe(false);
    expect(requestAllowed("http://127.0.0.1:8080/", grants)).toBe(false);
    expect(requestAllowed("file:///home/user/secret.txt", grants)).toBe(false);

    const urls = ["https://huggingface.co/bartowski/x/resolve/abc/model.gguf"];
    grants.grant(urls);
    expect(requestAllowed("https://huggingface.co/other", grants)).toBe(true);
    expect(requestAllowed("https://cdn-lfs.hf.co/repos/ab/cd", grants)).toBe(true); // the CDN it redirects to
    expect(requestAllowed("http://huggingface.co/plain-http", grants)).toBe(false);
    expect(requestAllowed("https://example.com/", grants)).toBe(false);
    grants.grant(urls); // a second download of the same host
    grants.revoke(urls);
    expect(requestAllowed("https://huggingface.co/other", grants)).toBe(true);
    grants.revoke(urls);
    expect(requestAllowed("https://huggingface.co/other", grants)).toBe(false);
  });

  it("has a strict CSP: only the app's own scripts, no remote connections, no frames", () => {
    expect(CSP).toContain("default-src 'self'");
    expect(CSP).toContain("script-src 'self'");
    expect(CSP).toContain("connect-src 'self'");
    expect(CSP).toContain("object-src 'none'");
    expect(CSP).toContain("frame-ancestors 'none'");
    expect(CSP).not.toMatch(/script-src[^;]*unsafe/);
    expect(CSP).not.toMatch(/https?:/);
  });
});

import { describe, expect, it } from "vitest";
import { compileExclusions } from "../../core/capture/exclusions.js";
import {
  captureBlocked,
  DEFAULT_CAPTURE_SETTINGS,
  loadCaptureSettings,
  parseSettingAssignment,
  PAUSED_FOREVER,
  saveCaptureSettings,
} from "../../core/capture/settings.js";
import { openDatabase } from "../../core/db/connection.js";
import { getSetting } from "../../core/db/repos/settings.js";

describe("capture settings", () => {
  it("start with capture off, a 5 s interval and redaction on, and persist under capture.*", () => {
    const db = openDatabase(":memory:");
    const s = loadCaptureSettings(db);
    expect(s).toMatchObject({
      enabled: false,
      intervalMs: 5000,
      pausedUntil: 0,
      redact: true,
      keepImages: true,
      ocrLanguages: ["eng"],
      allowUnidentified: false,
    });
    const saved = saveCaptureSettings(db, { enabled: true, intervalMs: 10_000, excludedApps: ["Slack"], hours: { start: "09:00", end: "18:00" } });
    expect(saved).toMatchObject({ enabled: true, intervalMs: 10_000, excludedApps: ["Slack"], hours: { start: "09:00", end: "18:00" } });
    expect(getSetting(db, "capture.intervalMs")).toBe(10_000);
    expect(loadCaptureSettings(db).excludedApps).toEqual(["Slack"]);
  });

  it("refuse invalid values with a message naming the setting, writing nothing", () => {
    const db = openDatabase(":memory:");
    expect(() => saveCaptureSettings(db, { enabled: true, intervalMs: 10 })).toThrow("capture.intervalMs must be an integer from 1000 to 3600000");
    expect(() => saveCaptureSettings(db, { hours: { start: "9am", end: "18:00" } })).toThrow(/capture.hours must be null or/);
    expect(() => saveCaptureSettings(db, { redactPatterns: ["(x"] })).toThrow(/capture.redactPatterns: "\(x" is not a valid regular expression/);
    expect(() => saveCaptureSettings(db, { nope: 1 } as never)).toThrow(/unknown capture setting "nope"/);
    expect(() => saveCaptureSettings(db, { allowUnidentified: "yes" } as never)).toThrow("capture.allowUnidentified must be true or false");
    expect(() => saveCaptureSettings(db, { ocrDataDir: "tessdata" })).toThrow("capture.ocrDataDir must be null or an absolute folder path");
    expect(loadCaptureSettings(db)).toEqual(DEFAULT_CAPTURE_SETTINGS);
    expect(saveCaptureSettings(db, { ocrDataDir: "/usr/share/tessdata_fast" }).ocrDataDir).toBe("/usr/share/tessdata_fast");
    // a bad value written behind its back falls back to the default
    db.prepare("INSERT INTO settings(key, value, updated_at) VALUES ('capture.intervalMs', '\"fast\"', 0)").run();
    expect(loadCaptureSettings(db).intervalMs).toBe(5000);
  });

  it("parse CLI assignments: JSON values, comma lists, paused=true|false", () => {
    expect(parseSettingAssignment("capture.intervalMs=2000")).toEqual({ intervalMs: 2000 });
    expect(parseSettingAssignment("excludedApps=Slack, Signal")).toEqual({ excludedApps: ["Slack", "Signal"] });
    expect(parseSettingAssignment('excludedTitles=["a,b"]')).toEqual({ excludedTitles: ["a,b"] });
    expect(parseSettingAssignment("hours=null")).toEqual({ hours: null });
    expect(parseSettingAssignment("ocrDataDir=/opt/tessdata fast")).toEqual({ ocrDataDir: "/opt/tessdata fast" });
    expect(parseSettingAssignment("paused=true")).toEqual({ pausedUntil: PAUSED_FOREVER });
    expect(parseSettingAssignment("paused=false")).toEqual({ pausedUntil: 0 });
    expect(() => parseSettingAssignment("speed=3")).toThrow(/unknown capture setting "speed"/);
    expect(() => parseSettingAssignment("enabled")).toThrow(/expected name=value/);
  });

  it("block capture while paused and outside its hours (also across midnight)", () => {
    const at = (h: number, m = 0) => new Date(2024, 4, 1, h, m).getTime(); // local time, as hours are
    expect(captureBlocked({ pausedUntil: 0, hours: null }, at(3))).toBeNull();
    expect(captureBlocked({ pausedUntil: PAUSED_FOREVER, hours: null }, at(3))).toBe("capture is paused");
    expect(captureBlocked({ pausedUntil: at(4), hours: null }, at(3))).toMatch(/^capture is paused until /);
    expect(captureBlocked({ pausedUntil: at(2), hours: null }, at(3))).toBeNull();
    const office = { start: "09:00", end: "18:00" };
    expect(captureBlocked({ pausedUntil: 0, hours: office }, at(9))).toBeNull();
    expect(captureBlocked({ pausedUntil: 0, hours: office }, at(18))).toBe("outside capture hours 09:00–18:00");
    const night = { start: "22:00", end: "06:00" };
    expect(captureBlocked({ pausedUntil: 0, hours: night }, at(23, 30))).toBeNull();
    expect(captureBlocked({ pausedUntil: 0, hours: night }, at(5, 59))).toBeNull();
    expect(captureBlocked({ pausedUntil: 0, hours: night }, at(12))).not.toBeNull();
  });
});

describe("capture exclusions", () => {
  const check = compileExclusions({
    ...DEFAULT_CAPTURE_SETTINGS,
    excludedApps: ["Signal"],
    excludedTitles: ["/^Bank of .+/"],
    excludedHosts: ["bank.example", "*.health.example"],
  });

  it("exclude password managers, private windows and Engram itself by default", () => {
    expect(check({ app: "1Password 7 - Password Manager" })).toMatch(/^excluded app/);
    expect(check({ app: "KeePassXC" })).toMatch(/^excluded app/);
    expect(check({ app: "Bitwarden" })).toMatch(/^excluded app/);
    expect(check({ app: "Passwords" })).toMatch(/^excluded app/);
    expect(check({ app: "Engram" })).toMatch(/^excluded app/);
    expect(check({ app: "Google Chrome", windowTitle: "New Tab - Google Chrome (Incognito)" })).toMatch(/^excluded window title/);
    expect(check({ app: "Firefox", windowTitle: "Mozilla Firefox Private Browsing" })).toMatch(/^excluded window title/);
    expect(check({ app: "Microsoft Edge", windowTitle: "New InPrivate tab - Microsoft Edge" })).toMatch(/^excluded window title/);
    expect(check({ app: "Code", windowTitle: "notes.md — my passwords project" })).toBeNull();
    expect(check({ app: "Safari", windowTitle: "Apple", url: "https://www.apple.com/" })).toBeNull();
  });

  it("apply the user's apps, title patterns and sites (with subdomains)", () => {
    expect(check({ app: "signal" })).toBe("excluded app (Signal)");
    expect(check({ windowTitle: "Bank of Nowhere – Accounts" })).toBe("excluded window title (/^Bank of .+/)");
    expect(check({ url: "https://bank.example/login" })).toBe("excluded site (bank.example)");
    expect(check({ url: "https://www.bank.example/" })).toBe("excluded site (bank.example)");
    expect(check({ url: "https://my.health.example/records" })).toBe("excluded site (health.example)");
    expect(check({ url: "https://notbank.example/" })).toBeNull();
    expect(check({ url: "not a url" })).toBeNull();
  });

  it("drop the built-in list when defaultExclusions is off", () => {
    const bare = compileExclusions({ ...DEFAULT_CAPTURE_SETTINGS, defaultExclusions: false });
    expect(bare({ app: "1Password" })).toBeNull();
  });
});

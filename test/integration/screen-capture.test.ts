import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createCapturePipeline } from "../../core/capture/pipeline.js";
import { PAUSED_FOREVER, saveCaptureSettings } from "../../core/capture/settings.js";
import { openDatabase } from "../../core/db/connection.js";
import { lettersEmbedder as embedder } from "../fixtures/letters-embedder.js";
import { useCaptureEnv } from "../fixtures/capture-env.js";
import { textPage } from "../fixtures/screenshots.js";

/**
 * Screen memories made by the capture pipeline itself, from real screenshots (Chromium pages, OCR):
 * what was excluded, paused or redacted stays so in every memory made from the frames.
 */

const NOW = Date.UTC(2026, 11, 1, 12);
const T0 = NOW - 3_600_000;
const env = useCaptureEnv("engram-screen-capture-");

const CARD = "4111 1111 1111 1111";
const PASSWORD = "Quokka-marmalade-7731";

describe("screen memories from the capture pipeline", () => {
  it("never let an excluded window, a paused moment or a redacted value into any memory made from the frames", async () => {
    const db = openDatabase(join(env.root, "engram.db"));
    const pipeline = await createCapturePipeline({ db, embedder, framesDir: null, ocr: env.ocr, now: () => NOW });
    const checkout = await env.shots.html(textPage("Checkout", ["Order summary: two field notebooks", `Card number ${CARD} expires 12/29`]));
    const vault = await env.shots.html(textPage("Passwords", [`Bank password: ${PASSWORD}`]));
    const paused = await env.shots.html(textPage("Diary", ["Private diary entry about the harbour"]));
    const trip = await env.shots.html(textPage("Trip notes", ["Book the zeppelin tour over Friedrichshafen for the second morning."]));
    const shop = { app: "Firefox", windowTitle: "Checkout — Example Shop — Mozilla Firefox", url: "https://shop.example/checkout" };
    const verdicts = [
      await pipeline.ingestFrame({ png: checkout, capturedAt: T0, ...shop }),
      await pipeline.ingestFrame({ png: vault, capturedAt: T0 + 60_000, app: "KeePassXC", windowTitle: "Passwords.kdbx - KeePassXC" }),
    ];
    saveCaptureSettings(db, { pausedUntil: PAUSED_FOREVER });
    verdicts.push(await pipeline.ingestFrame({ png: paused, capturedAt: T0 + 90_000, app: "Notes", windowTitle: "Diary" }));
    saveCaptureSettings(db, { pausedUntil: 0 });
    verdicts.push(await pipeline.ingestFrame({ png: trip, capturedAt: T0 + 120_000, app: "Firefox", windowTitle: "Trip notes — Mozilla Firefox" }));
    await pipeline.close();
    expect(verdicts.map((v) => v.status)).toEqual(["stored", "excluded", "paused", "stored"]);
    expect(verdicts[0]!.redactions).toMatchObject({ card: 2 });

    const memories = db.prepare("SELECT type, title, content, details FROM memories").all() as Array<{
      type: string;
      title: string;
      content: string;
      details: string;
    }>;
    // the checkout was on screen two minutes (until the trip notes; the excluded and paused frames left no trace): an activity
    expect(memories.map((m) => m.title)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Reading "Checkout" \(Example Shop\) in Firefox, /), "Firefox — Checkout (Example Shop)"]),
    );
    const page = memories.find((m) => m.title === "Firefox — Checkout (Example Shop)")!;
    expect(page.content).toMatch(/Card number \[REDACTED:card\] expires \[REDACTED:card\]/);
    const everything = [
      ...memories.map((m) => `${m.title} ${m.content} ${m.details}`),
      ...(db.prepare("SELECT COALESCE(before, '') || COALESCE(after, '') AS t FROM memory_versions").all() as Array<{ t: string }>).map((r) => r.t),
      ...(db.prepare("SELECT name || aliases AS t FROM entities").all() as Array<{ t: string }>).map((r) => r.t),
    ].join("\n");
    for (const secret of [CARD, CARD.replace(/ /g, ""), "12/29", PASSWORD, "KeePassXC", "Passwords.kdbx", "diary", "Diary"])
      expect(everything).not.toContain(secret);
    expect(everything).toContain("zeppelin");
    db.close();
  });
});

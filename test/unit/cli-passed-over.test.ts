import { describe, expect, it } from "vitest";
import { passedOverLines } from "../../core/transports/cli/commands/import.js";

describe("the files a folder's import passed over", () => {
  it("are named one by one, with why", () => {
    expect(passedOverLines([{ file: "Takeout/archive_browser.html", why: "Google Takeout's index of its files" }])).toEqual([
      "Takeout/archive_browser.html: passed over (Google Takeout's index of its files)",
    ]);
  });

  it("are counted past ten for one reason, the first three named, the other reasons' files still named", () => {
    const photos = Array.from({ length: 2820 }, (_, i) => ({ file: `Photos from 2026/IMG_${i}.jpg`, why: "a photo: its sidecar is read" }));
    const lines = passedOverLines([...photos, { file: "Takeout/archive_browser.html", why: "Takeout's index" }]);
    expect(lines).toEqual([
      "Photos from 2026/IMG_0.jpg: passed over (a photo: its sidecar is read)",
      "Photos from 2026/IMG_1.jpg: passed over (a photo: its sidecar is read)",
      "Photos from 2026/IMG_2.jpg: passed over (a photo: its sidecar is read)",
      "… and 2,817 more files passed over (a photo: its sidecar is read)",
      "Takeout/archive_browser.html: passed over (Takeout's index)",
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { enmlLines } from "../../core/ingest/kit/enml.js";
import { linkWords } from "../../core/ingest/kit/html-lines.js";
import { wordpressLines } from "../../core/ingest/social/wordpress-html.js";

describe("HTML as a note's lines (html-lines.ts, Evernote's and WordPress's dialects)", () => {
  it("keeps a list item's marker when the item's words are in a paragraph, with no blank line between items", () => {
    const html = "<ul><li><p>Book the ferry</p></li><li><p>Pack the tent</p></li></ul><p>Then go.</p>";
    expect(enmlLines(html)).toEqual(["- Book the ferry", "- Pack the tent", "", "Then go."]);
    expect(wordpressLines(html)).toEqual(["- Book the ferry", "- Pack the tent", "", "Then go."]);
  });

  it("leaves out what an encrypted block holds, however its markup nests, and reads on after it", () => {
    const enml = "<en-note><div>PIN below</div><en-crypt><div><div>c2VjcmV0</div></div></en-crypt><div>Call the bank on Monday</div></en-note>";
    expect(enmlLines(enml)).toEqual(["PIN below", "Call the bank on Monday"]);
  });

  it("reads an empty line's break as a blank line, and keeps preformatted text's lines", () => {
    expect(enmlLines("<div>Shopping</div><div><br/></div><div>Eggs</div>")).toEqual(["Shopping", "", "Eggs"]);
    expect(wordpressLines("<pre>step one\nstep two</pre>")).toEqual(["step one", "step two"]);
  });

  it("gives a link's words and where it leads in WordPress's posts, its words alone in Evernote's notes", () => {
    const html = '<p>Bought it at <a href="https://www.midlandchandlers.co.uk/">Midland Chandlers</a>.</p>';
    expect(wordpressLines(html)).toEqual(["Bought it at Midland Chandlers (https://www.midlandchandlers.co.uk/)."]);
    expect(enmlLines(html)).toEqual(["Bought it at Midland Chandlers."]);
  });

  it("words a link as the address alone when it shows that address, even cut short as Mastodon shows it", () => {
    expect(linkWords("https://rhs.org.uk/vegetables/broad-beans", "rhs.org.uk/vegetables/broad-be…")).toBe("https://rhs.org.uk/vegetables/broad-beans");
    expect(linkWords("/about/", "About us")).toBe("About us");
    expect(linkWords("https://example.com/photo.jpg", "")).toBe("");
  });
});

/**
 * A Substack post's body (`posts/<post_id>.html` of Substack's export: the post's HTML without its
 * title) as Markdown lines, which note.ts `noteOf` reads as any note. Substack's editor writes the tags
 * WordPress's block editor does (paragraphs, `<h1>`–`<h6>`, lists of `<li><p>…</p></li>`, blockquotes,
 * links, `<figure>`s), so the walk is html-lines.ts's with WordPress's dialect (wordpress-html.ts), and
 * what is Substack's own is told here:
 * - a captioned image (`<div class="captioned-image-container"><figure><a class="image-link image2 …">`,
 *   its `<picture>`, its expand and restack buttons in `<div class="image-link-expand">`, then
 *   `<figcaption class="image-caption">`) is its caption;
 * - a footnote (`<div class="footnote" data-component-name="FootnoteToDOM"><a class="footnote-number" …>1</a>
 *   <div class="footnote-content"><p>…</p></div></div>` at the post's end) is read where its mark is in the
 *   text (`<a class="footnote-anchor" data-component-name="FootnoteAnchorToDOM" href="#footnote-1" …>1</a>`),
 *   in brackets after the words it is about ("broad beans (Sown on 8 November last year) and one
 *   courgette"), as a reader reads it; one longer than {@link INLINE_NOTE_CHARS} stays at the end, its
 *   paragraph opening "[2] ", its mark "[2]";
 * - a blockquote is a quotation: its words in quotation marks (“…”);
 * - Substack's asks are no words of the post and are left out: the subscribe widget
 *   (`<div class="subscription-widget-wrap-editor" data-component-name="SubscribeWidgetToDOM">`, its
 *   "Thanks for reading …! Subscribe for free …" and form), a button to subscribe, share, comment, give a
 *   gift subscription or get the app (`<p class="button-wrapper" data-component-name="ButtonCreateButton"><a
 *   class="button primary" href="…/subscribe?">`), a share or subscribe button with its caption
 *   (`<div class="captioned-button-wrap" data-component-name="CaptionedButtonToDOM">`), the paywall's mark
 *   (`<div class="paywall-jump">`), a poll; a button of the writer's own ("Download my shed plans") is a
 *   link, its words and where it leads.
 * Checked against TryGhost/migrate's mg-substack (process.js: captioned images, buttons, footnotes,
 * subscribe widgets, the paywall) and converters quoting posts of real exports.
 */
import { htmlLines } from "../kit/html-lines.js";
import { WORDPRESS } from "./wordpress-html.js";

/** Classes of Substack's elements that are no words of a post: its subscribe widgets, an image's expand and restack buttons, the paywall's mark, a poll, the share dialog, the app's banner. */
const CHROME_CLASS =
  /(?:^|\s)(?:subscription-widget-wrap(?:-editor)?|subscription-widget|subscribe-widget|image-link-expand|paywall-jump|poll-embed|share-dialog|install-substack-app|post-ufi)(?:\s|$)/;
/** Substack's components that are no words of a post, by their `data-component-name`. */
const CHROME_COMPONENT = /^(?:SubscribeWidgetToDOM|SubscribeWidget|PaywallToDOM|PollToDOM|CommentPlaceholder)$/;
/** Where a button leads that is Substack's ask, not the writer's link: to subscribe (a gift subscription too), share, comment, the leaderboard or the app. */
const ASK_URL = /\/subscribe(?:[?#/]|$)|[?&](?:action=share|utm_content=share)(?:&|#|$)|\/comments(?:[?#]|$)|\/leaderboard(?:[?#/]|$)|\/app(?:[?#/]|$)/;
/** The longest footnote read where its mark is (characters); a longer one stays at the post's end. */
export const INLINE_NOTE_CHARS = 400;

/** A footnote at a post's end: its number (group 1) and its words' HTML (group 2). */
const FOOTNOTE =
  /<div\b[^>]*\bclass="(?:[^"]*\s)?footnote(?:\s[^"]*)?"[^>]*>\s*<a\b[^>]*\bclass="[^"]*\bfootnote-number\b[^"]*"[^>]*>\s*([^<\s]{1,8})\s*<\/a>\s*<div\b[^>]*\bclass="[^"]*\bfootnote-content\b[^"]*"[^>]*>([\s\S]*?)<\/div>\s*<\/div>/g;
/** A footnote's mark in the text: its number (group 1). */
const FOOTNOTE_MARK = /<a\b[^>]*\bclass="[^"]*\bfootnote-anchor\b[^"]*"[^>]*>\s*([^<\s]{1,8})\s*<\/a>/g;
/** A footnote's number (group 1) and the start of its words (group 2: its content's `<div>`, and the first `<p>` in it). */
const FOOTNOTE_NUMBER =
  /<a\b[^>]*\bclass="[^"]*\bfootnote-number\b[^"]*"[^>]*>\s*([^<\s]{1,8})\s*<\/a>\s*(<div\b[^>]*\bclass="[^"]*\bfootnote-content\b[^"]*"[^>]*>\s*(?:<p\b[^>]*>)?)/g;

/** A blockquote's start, up to its first paragraph's (where its opening quotation mark goes). */
const QUOTE_START = /<blockquote\b[^>]*>\s*(?:<p\b[^>]*>)?/g;
/** A blockquote's end, from its last paragraph's (where its closing quotation mark goes). */
const QUOTE_END = /(?:<\/p>\s*)?<\/blockquote>/g;

/** `text` as HTML's text (its `&`, `<` and `>` as entities). */
function escaped(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The `url` a Substack component's `data-attrs` (JSON, its entities decoded) names, or "". */
function urlOf(dataAttrs: string | undefined): string {
  if (!dataAttrs) return "";
  try {
    const url = (JSON.parse(dataAttrs) as { url?: unknown }).url;
    return typeof url === "string" ? url : "";
  } catch {
    return "";
  }
}

/** Whether the element a start tag opens is Substack's, no words of the post (see the module's comment). */
function isChrome(name: string, attrs: Readonly<Record<string, string>>): boolean {
  const cls = attrs.class ?? "";
  if (CHROME_CLASS.test(cls) || CHROME_COMPONENT.test(attrs["data-component-name"] ?? "")) return true;
  // (a share or subscribe button with its caption: "Thanks for reading …! This post is public so feel free to share it.")
  if (/(?:^|\s)captioned-button-wrap(?:\s|$)/.test(cls)) return ASK_URL.test(urlOf(attrs["data-attrs"]));
  return name === "a" && /(?:^|\s)button(?:\s|$)/.test(cls) && ASK_URL.test(attrs.href ?? "");
}

/** Substack's HTML: WordPress's tags, its text's line breaks spaces (the editor writes none of its own), its asks left out. */
const SUBSTACK = { ...WORDPRESS, plainTextLines: false, strip: undefined, silentWhere: isChrome };

/**
 * The lines of a Substack post's body `html` (see the module's comment), blank lines between
 * paragraphs, none at the start or the end; empty for a body with no words.
 */
export function substackLines(html: string): string[] {
  const notes = new Map<string, string>();
  const marked = html
    .replace(FOOTNOTE, (all, n: string, content: string) => {
      const words = htmlLines(content, SUBSTACK)
        .filter((l) => l !== "")
        .join(" ")
        // (a one-sentence note's full stop, inside the brackets it is read in)
        .replace(/^([^.!?]*)\.$/, "$1");
      if (!words || words.length > INLINE_NOTE_CHARS || notes.has(n)) return all;
      notes.set(n, words);
      return "";
    })
    .replace(FOOTNOTE_MARK, (_all, n: string) => (notes.has(n) ? ` (${escaped(notes.get(n)!)})` : `[${n}]`))
    .replace(FOOTNOTE_NUMBER, "$2[$1] ")
    .replace(QUOTE_START, "$&“")
    .replace(QUOTE_END, "”$&");
  return htmlLines(marked, SUBSTACK);
}

/**
 * The annotator: Nadia Okafor, a PhD student in the learning sciences, reads papers and articles on the
 * web and in PDFs with Hypothesis: she highlights, types notes at what she highlights, tags them
 * ("thesis-ch2", "reading-group"), leaves page notes, and discusses papers in her reading group's
 * Hypothesis group ("Learning Sciences Reading Group"), where Priya Raman and Tom Becker annotate and
 * reply too. She keeps her annotations in one folder and imports it whole (`engram import Hypothesis`):
 *
 * - two files from the Hypothesis sidebar's Share → Export tab, format JSON, "All annotations" chosen
 *   (the group's, not only hers), named as the client names them: `<YYYY-MM-DD>-<the page's title, cut
 *   to 50 characters>-<the group's name, spaces as dashes>.json` (a ":" in the title made "_" by the
 *   browser). The client writes `JSON.stringify({ export_date, export_userid, client_version,
 *   annotations }, null, 2)`, each annotation as the API gave it with the client's own "$" fields taken
 *   off (hypothesis/client src/sidebar/services/annotations-exporter.tsx `buildJSONExportContent`,
 *   helpers/export-annotations.ts `suggestedFilename`, helpers/strip-internal-properties.ts,
 *   components/SharePanel/ExportAnnotations.tsx; read at the client's newest commit);
 * - `hypothesis-2026-11-16.json`, every annotation of hers, saved by hypexport (karlicoss/hypexport
 *   src/hypexport/export.py: `{ "annotations": [ … ], "profile": { … } }` from the API's search for her
 *   user, `json.dumps(…, ensure_ascii=False, indent=2, sort_keys=True)`, newest first), which tells again
 *   the annotations of hers the sidebar's exports hold.
 *
 * An annotation is what the API's search gives (hypothesis/h h/services/annotation_json.py
 * `present_for_user`, h/presenters/document_json.py, h/views/api/annotations.py `search`, and public
 * API responses kept in other projects' tests): `id` (22 characters of URL-safe base64), `created` and
 * `updated` ("2026-11-09T20:14:05.331208+00:00"), `user` ("acct:nokafor@hypothes.is"), `uri`, `text`
 * (Markdown), `tags`, `group` (its pubid, "__world__" the public one), `permissions`, `target` (`[{
 * source, selector: [RangeSelector, TextPositionSelector, TextQuoteSelector { exact, prefix, suffix },
 * and a PDF's PageSelector { index, label }] }]`; a page note's and a reply's target has no selector),
 * `document` (`{ title: [ … ] }`), `links` (html, incontext, json), `user_info` (`{ display_name }`),
 * `references` (a reply's: the ids of the annotations it answers, the top one first), `flagged`,
 * `hidden`. A highlight is an annotation with no text and no tags; an edited one's `updated` is later
 * than its `created`. Hand-written by a helper in session 38, before Engram could read a Hypothesis
 * export (the first run's figures are in bench/README.md). With it, the questions such a person asks
 * later and the words a right answer holds, and questions nothing here answers.
 */
import type { Person } from "./types.js";

const NADIA = "acct:nokafor@hypothes.is";
const PRIYA = "acct:priya.raman@hypothes.is";
const TOM = "acct:tbecker@hypothes.is";
/** Display names, as the API's `user_info` gives them. */
const NAMES: Record<string, string> = { [NADIA]: "Nadia Okafor", [PRIYA]: "Priya Raman", [TOM]: "Tom Becker" };

/** The reading group's pubid and name; "__world__" is the Public group. */
const GROUP = "kR3xbq9E";
const GROUP_NAME = "Learning Sciences Reading Group";

/** A page: its URI and the title the API's `document` gives. */
interface Page {
  uri: string;
  title: string;
}

const QUIZ: Page = {
  uri: "https://journals.sagepub.com/doi/full/10.3102/00028312261187342",
  title: "Retrieval Practice in Middle-School Science: A Cluster-Randomized Trial",
};
const BJORK: Page = {
  uri: "https://bjorklab.psych.ucla.edu/wp-content/uploads/sites/13/2016/04/EBjork_RBjork_2011.pdf",
  title: "Making things hard on yourself, but in a good way: Creating desirable difficulties to enhance learning",
};
const SPACING: Page = {
  uri: "https://www.learningscientists.org/blog/2026/10/20/spacing-study-sessions",
  title: "The spacing effect: how far apart should study sessions be? — The Learning Scientists",
};
const EARLI: Page = { uri: "https://www.earli.org/events/sig6-7-2027", title: "EARLI SIG 6 & 7 Meeting 2027 – Call for Papers" };
const WORKED: Page = {
  uri: "https://link.springer.com/article/10.1007/s10648-026-09912-4",
  title: "Worked Examples and the Expertise Reversal Effect: A Review | Educational Psychology Review",
};

/** What an annotation says: its id, author, page, times, words, tags, group, what it highlights (a quote, the page's label in a PDF), what it answers. */
interface Said {
  id: string;
  user: string;
  page: Page;
  created: string;
  updated?: string;
  text?: string;
  tags?: string[];
  group?: string;
  /** Only the author may read it (a highlight, a private note). */
  private?: boolean;
  quote?: { exact: string; prefix: string; suffix: string; start: number; path: string; pageIndex?: number; pageLabel?: string };
  references?: string[];
}

/** An annotation as h's API presents it to the one who asks, its members in h's order. */
function annotation(a: Said): Record<string, unknown> {
  const group = a.group ?? GROUP;
  const selector = a.quote
    ? [
        ...(a.quote.pageIndex === undefined
          ? [{ type: "RangeSelector", endOffset: a.quote.exact.length, endContainer: a.quote.path, startOffset: 0, startContainer: a.quote.path }]
          : []),
        { end: a.quote.start + a.quote.exact.length, type: "TextPositionSelector", start: a.quote.start },
        { type: "TextQuoteSelector", exact: a.quote.exact, prefix: a.quote.prefix, suffix: a.quote.suffix },
        ...(a.quote.pageIndex === undefined ? [] : [{ type: "PageSelector", index: a.quote.pageIndex, label: a.quote.pageLabel }]),
      ]
    : null;
  const read = a.private ? a.user : group === "__world__" ? "group:__world__" : `group:${group}`;
  const bare = a.page.uri.replace(/^https?:\/\//, "");
  return {
    id: a.id,
    created: a.created,
    updated: a.updated ?? a.created,
    user: a.user,
    uri: a.page.uri,
    text: a.text ?? "",
    tags: a.tags ?? [],
    group,
    permissions: { read: [read], admin: [a.user], update: [a.user], delete: [a.user] },
    target: [selector ? { source: a.page.uri, selector } : { source: a.page.uri }],
    document: { title: [a.page.title] },
    links: {
      html: `https://hypothes.is/a/${a.id}`,
      incontext: `https://hyp.is/${a.id}/${bare}`,
      json: `https://hypothes.is/api/annotations/${a.id}`,
    },
    user_info: { display_name: NAMES[a.user] ?? null },
    ...(a.references ? { references: a.references } : {}),
    flagged: false,
    hidden: false,
  };
}

/** The retrieval practice paper, in the reading group: Nadia's highlights and page note, Priya's reply, Tom's note. */
const ON_QUIZ: Said[] = [
  {
    id: "Qm3vX8d2EfG1k9TLwA7pzw",
    user: NADIA,
    page: QUIZ,
    created: "2026-11-09T20:14:05.331208+00:00",
    text: "Big effect. Check whether the control group got the same review time before I cite this in chapter 2.",
    tags: ["retrieval-practice", "thesis-ch2"],
    quote: {
      exact: "Students who took weekly low-stakes quizzes scored 14 percentage points higher on the end-of-unit test than students who reread their notes.",
      prefix: "nd of each unit (see Table 3). ",
      suffix: " The advantage held for transfe",
      start: 18214,
      path: "/div[2]/main[1]/article[1]/section[4]/p[2]",
    },
  },
  {
    id: "T1bq7LsoEfG1kQ9yQ2XcNA",
    user: NADIA,
    page: QUIZ,
    created: "2026-11-09T20:21:40.018733+00:00",
    private: true,
    quote: {
      exact: "The advantage held for transfer questions as well as for factual recall.",
      prefix: "ho reread their notes. ",
      suffix: " Teachers reported that quizzes",
      start: 18354,
      path: "/div[2]/main[1]/article[1]/section[4]/p[2]",
    },
  },
  {
    id: "b8KcR2lEEfGq5dOhZ0uV1g",
    user: PRIYA,
    page: QUIZ,
    created: "2026-11-10T08:02:17.904512+00:00",
    text: "They did: Table 2 shows equal time on task, 45 minutes a week in both arms. The bigger worry is attrition, 18% of the quiz arm dropped out before the final test.",
    references: ["Qm3vX8d2EfG1k9TLwA7pzw"],
  },
  {
    id: "fW0nq1lQEfGq5mMbq3Ad8Q",
    user: NADIA,
    page: QUIZ,
    created: "2026-11-10T09:15:48.250391+00:00",
    text: "Good catch, I'll raise the attrition point on Thursday.",
    references: ["Qm3vX8d2EfG1k9TLwA7pzw", "b8KcR2lEEfGq5dOhZ0uV1g"],
  },
  {
    id: "gS7yUu1REfGq5vNnH4kQyw",
    user: NADIA,
    page: QUIZ,
    created: "2026-11-10T09:20:03.771044+00:00",
    updated: "2026-11-12T17:45:31.402218+00:00",
    text: "Reading group discusses this paper on Thursday 19 November at 4pm in room G.14. Tom is leading the discussion.",
    tags: ["reading-group"],
  },
  {
    id: "Wc5oZ4m2EfGr8xNLb1sT9g",
    user: TOM,
    page: QUIZ,
    created: "2026-11-11T16:40:22.118906+00:00",
    text: "Short follow-up: there is no delayed test after the 12 weeks, so the paper can't say much about long-term retention.",
    tags: ["methods"],
    quote: {
      exact: "over a 12-week intervention period",
      prefix: "were randomly assigned to quizzing or restudy ",
      suffix: ". Classes met four times a week",
      start: 9120,
      path: "/div[2]/main[1]/article[1]/section[2]/p[5]",
    },
  },
];

/** Bjork and Bjork's chapter, a PDF, annotated privately in Public: each highlight on a page the PDF labels. */
const ON_BJORK: Said[] = [
  {
    id: "Ls4c0b9vEfGm1x3S7aQwJw",
    user: NADIA,
    page: BJORK,
    created: "2026-11-04T19:05:12.603381+00:00",
    group: "__world__",
    private: true,
    text: "This is the framing for my thesis introduction. Open chapter 1 with it.",
    tags: ["desirable-difficulties", "thesis-intro"],
    quote: {
      exact: "conditions of learning that make performance improve rapidly often fail to support long-term retention and transfer",
      prefix: "Stated more generally, ",
      suffix: ", whereas conditions that create",
      start: 7402,
      path: "",
      pageIndex: 3,
      pageLabel: "58",
    },
  },
  {
    id: "Ae9kD1twEfGm1yN0lGbXcQ",
    user: NADIA,
    page: BJORK,
    created: "2026-11-04T19:18:40.227915+00:00",
    updated: "2026-11-06T08:31:02.550317+00:00",
    group: "__world__",
    private: true,
    text: "Try interleaved problem sets with my Year 9 tutoring group in January.",
    tags: ["teaching"],
    quote: {
      exact: "interleaving the practice of different skills or topics",
      prefix: "Another desirable difficulty is ",
      suffix: ", rather than blocking practice",
      start: 15877,
      path: "",
      pageIndex: 6,
      pageLabel: "61",
    },
  },
];

/** Her other pages: an article on spacing, a conference's call for papers, and her reply in the group's discussion of a review. */
const ON_OTHERS: Said[] = [
  {
    id: "o2HvW5kcEfGjqwP1yF6lTg",
    user: NADIA,
    page: SPACING,
    created: "2026-10-28T21:40:09.480227+00:00",
    group: "__world__",
    private: true,
    text: "So for an exam in 10 weeks, review after about a week. Use this for my stats exam revision.",
    tags: ["spacing"],
    quote: {
      exact: "the optimal gap between study sessions was about 10–20% of the time remaining until the test",
      prefix: "Across more than 1,300 learners, ",
      suffix: ". Longer gaps cost little; short",
      start: 2310,
      path: "/div[1]/div[3]/article[1]/div[2]/p[4]",
    },
  },
  {
    id: "Pq0cJ3e2EfGkE3uvZQ1r7A",
    user: NADIA,
    page: EARLI,
    created: "2026-11-02T10:12:55.902114+00:00",
    group: "__world__",
    private: true,
    text: "Abstract deadline is 15 January 2027. Submit the retrieval-practice pilot with Priya as second author.",
    tags: ["deadlines", "conference"],
  },
];

/** The review of worked examples, in the reading group: Priya's question, Nadia's answer, Tom's reply. */
const ON_WORKED: Said[] = [
  {
    id: "Hn2dT7qVEfGr9WNs0c4bLg",
    user: PRIYA,
    page: WORKED,
    created: "2026-11-12T10:03:55.611250+00:00",
    text: "This is why the Year 11 revision booklets shouldn't be all worked examples. Which paper first showed the reversal?",
    tags: ["cognitive-load"],
    quote: {
      exact: "the advantage of worked examples disappears, and can even reverse, as learners gain expertise",
      prefix: "A consistent finding is that ",
      suffix: " (the expertise reversal effect)",
      start: 4410,
      path: "/div[1]/main[1]/article[1]/div[2]/section[1]/p[3]",
    },
  },
  {
    id: "Jr6xL0aVEfGr9h8Ud2PqKw",
    user: NADIA,
    page: WORKED,
    created: "2026-11-12T12:30:10.084467+00:00",
    text: "Kalyuga et al. (2003) first named it, in Educational Psychologist 38(1). Kalyuga (2007) is the review to cite.",
    references: ["Hn2dT7qVEfGr9WNs0c4bLg"],
  },
  {
    id: "Ku1pM8cWEfGr9oJw5Ti3Ug",
    user: TOM,
    page: WORKED,
    created: "2026-11-12T14:02:44.390861+00:00",
    text: "Agreed. I'll bring printed copies of the booklet to the session on 3 December.",
    references: ["Hn2dT7qVEfGr9WNs0c4bLg"],
  },
];

/** What the sidebar's JSON export writes: `JSON.stringify({ export_date, export_userid, client_version, annotations }, null, 2)`. */
function sidebarExport(exportedAt: string, annotations: Said[]): string {
  return JSON.stringify({ export_date: exportedAt, export_userid: NADIA, client_version: "1.1642.0", annotations: annotations.map(annotation) }, null, 2);
}

/** A value with every object's keys sorted, as Python's `json.dumps(sort_keys=True)` writes them. */
function sortedKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortedKeys);
  if (v && typeof v === "object")
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, sortedKeys((v as Record<string, unknown>)[k])]),
    );
  return v;
}

/** What hypexport writes: her annotations (the API's search for her user, newest first) and her profile, keys sorted, indented by 2. */
function hypexport(annotations: Said[]): string {
  const newestFirst = [...annotations].sort((a, b) => (b.updated ?? b.created).localeCompare(a.updated ?? a.created));
  const profile = {
    authority: "hypothes.is",
    features: { client_display_names: true },
    groups: [
      { id: "__world__", name: "Public", public: true },
      { id: GROUP, name: GROUP_NAME, public: false },
    ],
    preferences: { show_sidebar_tutorial: false },
    user_info: { display_name: NAMES[NADIA] },
    userid: NADIA,
  };
  return JSON.stringify(sortedKeys({ annotations: newestFirst.map(annotation), profile }), null, 2);
}

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "What did I highlight about weekly quizzes?", expect: ["14 percentage points"] },
  { question: "What did Priya reply to my note on the retrieval practice paper?", expect: ["attrition"] },
  { question: "How much time on task did both groups get in the quiz study?", expect: ["45 minutes"] },
  { question: "When does the reading group discuss the retrieval practice paper?", expect: ["19 November"] },
  { question: "Who is leading the reading group discussion of the retrieval practice paper?", expect: ["Tom"] },
  { question: "What did I want to open my thesis introduction with?", expect: ["improve rapidly"] },
  { question: "What did I plan to try with my Year 9 tutoring group?", expect: ["interleaved"] },
  { question: "Which article did I tag thesis-ch2?", expect: ["Middle-School Science"] },
  { question: "How far apart should study sessions be, according to what I highlighted on spacing?", expect: ["20%"] },
  { question: "When is the EARLI abstract deadline?", expect: ["15 January"] },
  { question: "What did Tom say about the follow-up in the quiz study?", expect: ["delayed test"] },
  { question: "Which paper should I cite for the expertise reversal effect?", expect: ["Kalyuga"] },
  { question: "What did I highlight in the article about growth mindset?", expect: null },
  { question: "What did Priya note on the desirable difficulties chapter?", expect: null },
  { question: "When is my thesis submission deadline?", expect: null },
];

const FOLDER = "Hypothesis";
const MINE = [...ON_QUIZ, ...ON_BJORK, ...ON_OTHERS, ...ON_WORKED].filter((a) => a.user === NADIA);

/** The annotator: two of the sidebar's exports of a page's annotations (the group's too) and hypexport's file of all hers, in one folder, asked on Wednesday 18 November 2026. */
export const annotator: Person = {
  name: "annotator",
  files: [
    {
      name: `${FOLDER}/2026-11-16-Retrieval Practice in Middle-School Science_ A Clus-Learning-Sciences-Reading-Group.json`,
      text: sidebarExport("2026-11-16T20:41:09.512Z", ON_QUIZ),
      mtime: Date.UTC(2026, 10, 16, 20, 41, 10),
    },
    {
      name: `${FOLDER}/2026-11-17-Worked Examples and the Expertise Reversal Effect_ A R-Learning-Sciences-Reading-Group.json`,
      text: sidebarExport("2026-11-17T08:12:47.090Z", ON_WORKED),
      mtime: Date.UTC(2026, 10, 17, 8, 12, 48),
    },
    { name: `${FOLDER}/hypothesis-2026-11-16.json`, text: hypexport(MINE), mtime: Date.UTC(2026, 10, 16, 21, 3, 0) },
  ],
  folder: FOLDER,
  askedAt: Date.UTC(2026, 10, 18, 9, 0),
  questions: QUESTIONS,
};

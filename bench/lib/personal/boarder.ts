/**
 * The boarder: Alex Morgan plans a wedding with their partner Sam Taylor on a Trello board, "Our
 * wedding", and exports it (the board's menu → Print, export and share → Export as JSON: the board
 * as Trello's API gives it, one line of JSON, saved as `<board short link>.json`) to import it alone
 * (`engram import TkRw4mQz.json`). The file is one object: the board's fields (`id`, `name`, `desc`,
 * `closed`, `prefs`, `labelNames`, `shortUrl`, `idMemberCreator`, …), then `actions` (newest first,
 * each `{ id, idMemberCreator, data: { card, list, board, text? … }, type, date, memberCreator }`: a
 * comment's `commentCard`, `createCard`, `updateCard` when a card moved list, `addMemberToCard`,
 * `updateCheckItemStateOnCard`, `createList`, `createBoard`), `cards` (each `{ id, closed,
 * dateLastActivity, desc, idBoard, idLabels, idList, name, pos, shortLink, badges, dueComplete, due,
 * idChecklists, idMembers, labels: [{ id, idBoard, name, color }], shortUrl, start, url, … }`),
 * `labels`, `lists` (`{ id, name, closed, pos, idBoard, … }`), `members` (`{ id, fullName, username,
 * initials, … }`), `checklists` (`{ id, name, idBoard, idCard, pos, checkItems: [{ id, name, pos,
 * state: "complete" | "incomplete", due, idMember, idChecklist }] }`), `customFields`, `memberships`,
 * `pluginData` (checked against public importers of the export: nextcloud/deck's TrelloJsonService
 * and its tests/data/data-trelloJson.json, wekan's trelloCreator.js). Four lists, "To do", "Doing",
 * "Done" and "Ideas", and an archived one ("Venue shortlist", a card still on it); fifteen cards with
 * due dates, labels (one with no name), checklists, descriptions in Trello's Markdown, and comments by
 * Sam (one mentioning Alex as `@alexmorgan`) and by Alex; a card whose due is marked complete though
 * it is still in "To do"; an archived card (a venue they turned down). Hand-written by the developers
 * while trying Engram as its users would, in session 34, before Engram could read Trello (the first
 * run's figures are in bench/README.md). With it, the questions such a person asks later and the
 * words a right answer holds, and questions nothing here answers.
 */
import type { Person } from "./types.js";

/** A Trello id (a MongoDB ObjectId: the seconds of `iso` in hex, then a counter), made as Trello makes one. */
function oid(iso: string, n: number): string {
  return `${Math.floor(Date.parse(iso) / 1000).toString(16)}c3a91f${n.toString(16).padStart(10, "0")}`;
}

const BOARD = { id: oid("2026-09-20T19:12:00Z", 1), name: "Our wedding", shortLink: "TkRw4mQz" };

/** The two members: Alex, who made the board (and exports it), and Sam. */
const ALEX = { id: "5f3b2a1c9d8e7f6a5b4c3d2e", fullName: "Alex Morgan", username: "alexmorgan", initials: "AM" };
const SAM = { id: "60a4c7e2b1d3f5a7c9e1b3d5", fullName: "Sam Taylor", username: "samtaylor82", initials: "ST" };

/** A member as an action's `memberCreator` gives one. */
function creator(m: typeof ALEX): Record<string, unknown> {
  return {
    id: m.id,
    activityBlocked: false,
    avatarHash: null,
    avatarUrl: null,
    fullName: m.fullName,
    idMemberReferrer: null,
    initials: m.initials,
    nonPublic: {},
    nonPublicAvailable: true,
    username: m.username,
  };
}

const LISTS = {
  todo: { id: oid("2026-09-20T19:12:01Z", 2), name: "To do", pos: 16384 },
  doing: { id: oid("2026-09-20T19:12:02Z", 3), name: "Doing", pos: 32768 },
  done: { id: oid("2026-09-20T19:12:03Z", 4), name: "Done", pos: 49152 },
  ideas: { id: oid("2026-09-20T19:12:04Z", 5), name: "Ideas", pos: 65536 },
  shortlist: { id: oid("2026-09-20T19:20:00Z", 6), name: "Venue shortlist", pos: 81920, closed: true },
};

const LABELS = {
  catering: { id: oid("2026-09-20T19:12:00Z", 10), idBoard: BOARD.id, name: "Catering", color: "green", uses: 2 },
  guests: { id: oid("2026-09-20T19:12:00Z", 11), idBoard: BOARD.id, name: "Guests", color: "yellow", uses: 2 },
  urgent: { id: oid("2026-09-20T19:12:00Z", 12), idBoard: BOARD.id, name: "Urgent", color: "red", uses: 2 },
  music: { id: oid("2026-09-20T19:12:00Z", 13), idBoard: BOARD.id, name: "Music", color: "purple", uses: 1 },
  budget: { id: oid("2026-09-20T19:12:00Z", 14), idBoard: BOARD.id, name: "Budget", color: "orange", uses: 3 },
  blue: { id: oid("2026-09-20T19:12:00Z", 15), idBoard: BOARD.id, name: "", color: "blue", uses: 1 },
};
type LabelKey = keyof typeof LABELS;

/** A checklist's item: its words and whether it is ticked. */
type Item = [name: string, done: boolean];

/** What a card of this board holds besides its list and name. */
interface CardFields {
  created: string;
  active: string;
  desc?: string;
  due?: string;
  dueComplete?: boolean;
  start?: string;
  labels?: LabelKey[];
  members?: Array<typeof ALEX>;
  checklists?: Array<{ name: string; items: Item[] }>;
  closed?: boolean;
}

let counter = 100;
const CARDS: Array<Record<string, unknown>> = [];
const CHECKLISTS: Array<Record<string, unknown>> = [];
/** The cards made, by their name, for the actions on them. */
const MADE = new Map<string, { id: string; name: string; idShort: number; shortLink: string; list: keyof typeof LISTS; created: string }>();

/** A short link as Trello gives a card one (8 letters and digits). */
function shortLinkOf(n: number): string {
  const a = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  let s = "";
  for (let i = 0, x = n * 7919; i < 8; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    s += a[Math.floor(x / 65536) % a.length];
  }
  return s;
}

/** A card as Trello's export writes it (its members in the export's order), and its checklists. */
function card(list: keyof typeof LISTS, name: string, f: CardFields): void {
  const n = ++counter;
  const id = oid(f.created, n);
  const shortLink = shortLinkOf(n);
  const idShort = n - 100;
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  const checklists = (f.checklists ?? []).map((c, i) => {
    const cid = oid(f.created, n * 10 + i);
    return {
      id: cid,
      name: c.name,
      idBoard: BOARD.id,
      idCard: id,
      pos: 16384 * (i + 1),
      limits: { checkItems: { perChecklist: { status: "ok", disableAt: 200, warnAt: 160 } } },
      checkItems: c.items.map(([item, done], j) => ({
        id: oid(f.created, n * 100 + i * 10 + j),
        name: item,
        nameData: { emoji: {} },
        pos: 16384 * (j + 1),
        state: done ? "complete" : "incomplete",
        due: null,
        dueReminder: null,
        idMember: null,
        idChecklist: cid,
      })),
    };
  });
  CHECKLISTS.push(...checklists);
  const items = checklists.flatMap((c) => c.checkItems);
  const labels = (f.labels ?? []).map((k) => LABELS[k]);
  CARDS.push({
    id,
    address: null,
    badges: {
      attachmentsByType: { trello: { board: 0, card: 0 } },
      location: false,
      votes: 0,
      viewingMemberVoted: false,
      subscribed: false,
      fogbugz: "",
      checkItems: items.length,
      checkItemsChecked: items.filter((i) => i.state === "complete").length,
      checkItemsEarliestDue: null,
      comments: 0,
      attachments: 0,
      description: Boolean(f.desc),
      due: f.due ?? null,
      dueComplete: f.dueComplete ?? false,
      start: f.start ?? null,
    },
    checkItemStates: [],
    closed: f.closed ?? false,
    coordinates: null,
    creationMethod: null,
    dueComplete: f.dueComplete ?? false,
    dateLastActivity: f.active,
    desc: f.desc ?? "",
    descData: { emoji: {} },
    due: f.due ?? null,
    dueReminder: f.due ? 1440 : null,
    email: null,
    idBoard: BOARD.id,
    idChecklists: checklists.map((c) => c.id),
    idLabels: labels.map((l) => l.id),
    idList: LISTS[list].id,
    idMembers: (f.members ?? []).map((m) => m.id),
    idMembersVoted: [],
    idShort,
    idAttachmentCover: null,
    labels,
    limits: { attachments: { perCard: { status: "ok", disableAt: 1000, warnAt: 800 } } },
    locationName: null,
    manualCoverAttachment: false,
    name,
    pos: 16384 * idShort,
    shortLink,
    shortUrl: `https://trello.com/c/${shortLink}`,
    start: f.start ?? null,
    subscribed: false,
    url: `https://trello.com/c/${shortLink}/${idShort}-${slug}`,
    cover: { idAttachment: null, color: null, idUploadedBackground: null, size: "normal", brightness: "dark", idPlugin: null },
    isTemplate: false,
    cardRole: null,
    attachments: [],
    pluginData: [],
    customFieldItems: [],
  });
  MADE.set(name, { id, name, idShort, shortLink, list, created: f.created });
}

card("todo", "Cake tasting at Crumb & Co", {
  created: "2026-10-03T09:41:12.000Z",
  active: "2026-11-22T18:05:40.117Z",
  desc: "They let us try **three** flavours. We want:\n- lemon & elderflower\n- salted caramel\n\nBring Mum, she's paying for the cake.",
  due: "2026-12-12T11:00:00.000Z",
  labels: ["catering"],
});
card("todo", "Send save the dates", {
  created: "2026-10-03T09:43:55.000Z",
  active: "2026-11-28T20:14:09.532Z",
  due: "2026-12-18T12:00:00.000Z",
  labels: ["guests", "urgent"],
  checklists: [
    {
      name: "Save the dates",
      items: [
        ["Finalise the guest list", true],
        ["Order the cards from Papier", true],
        ["Buy stamps", false],
        ["Post them", false],
      ],
    },
  ],
});
card("todo", "Book the band", {
  created: "2026-10-10T19:02:31.000Z",
  active: "2026-11-30T21:37:02.884Z",
  desc: "Shortlist:\n1. The Velvet Hours, £1,850 for two sets\n2. Northern Soul Collective, £2,200",
  labels: ["music", "budget"],
});
card("todo", "Choose the florist", {
  created: "2026-10-10T19:05:44.000Z",
  active: "2026-11-26T08:12:51.203Z",
  desc: "Petal & Stem quoted £1,150 for the bouquets, buttonholes and table flowers. [Their Instagram](https://www.instagram.com/petalandstem)",
  due: "2027-01-08T12:00:00.000Z",
  labels: ["budget"],
});
card("todo", "Wedding rings", {
  created: "2026-10-17T11:20:08.000Z",
  active: "2026-11-14T15:47:33.019Z",
  desc: "Ring sizes: Alex N, Sam T½. Hatton Garden on a Saturday?",
  due: "2027-01-16T12:00:00.000Z",
  members: [ALEX, SAM],
});
card("todo", "Give notice at the register office", {
  created: "2026-10-03T09:50:17.000Z",
  active: "2026-11-19T10:32:48.662Z",
  desc: "Both of us, in person, with passports and proof of address. £42 each.",
  due: "2026-11-19T09:30:00.000Z",
  dueComplete: true,
  labels: ["urgent"],
});
card("doing", "Seating plan", {
  created: "2026-10-24T20:18:36.000Z",
  active: "2026-12-02T21:09:15.470Z",
  desc: "Using the venue's template: 14 round tables of 8.",
  due: "2026-12-20T12:00:00.000Z",
  labels: ["guests"],
  members: [SAM],
  checklists: [
    {
      name: "Tables",
      items: [
        ["Top table", true],
        ["Family tables", true],
        ["Uni friends", false],
        ["Work friends", false],
      ],
    },
  ],
});
card("doing", "Final details with Hollins Barn", {
  created: "2026-10-05T18:30:00.000Z",
  active: "2026-12-03T19:44:27.915Z",
  desc: "Coordinator is Megan, 01422 880 413.",
  labels: ["blue"],
  checklists: [
    {
      name: "Venue",
      items: [
        ["Confirm the ceremony time (1pm)", true],
        ["Ask about corkage", false],
        ["Check the parking for 60 cars", false],
        ["Send the final numbers", false],
      ],
    },
  ],
});
card("doing", "Dress alterations at Ivy Bridal", {
  created: "2026-11-01T12:15:00.000Z",
  active: "2026-11-29T17:26:03.388Z",
  desc: "Second fitting. Take the shoes!",
  due: "2026-12-09T14:30:00.000Z",
  members: [ALEX],
});
card("done", "Book the photographer", {
  created: "2026-10-03T09:45:02.000Z",
  active: "2026-11-03T20:51:44.126Z",
  desc: "Lucy Hale Photography: £1,600 for the full day, from prep to first dance. Deposit of £400 paid on 3 November.",
  labels: ["budget"],
});
card("done", "Book the venue", {
  created: "2026-09-20T19:15:40.000Z",
  active: "2026-10-05T18:29:10.553Z",
  desc: "Hollins Barn, Saturday 24 April 2027. £2,000 deposit paid.",
  labels: ["budget"],
});
card("done", "Choose the caterer", {
  created: "2026-10-03T09:47:30.000Z",
  active: "2026-11-11T13:02:19.840Z",
  desc: "Fig & Fennel: sharing platters, £68 a head. Menu tasting was great.",
  labels: ["catering"],
});
card("ideas", "Sparklers for the send-off", {
  created: "2026-10-12T21:40:09.000Z",
  active: "2026-10-12T21:40:09.000Z",
  desc: "Check the venue allows them.",
});
card("ideas", "Honeymoon: Kyoto or the Amalfi coast?", {
  created: "2026-10-19T22:03:51.000Z",
  active: "2026-11-08T10:14:36.771Z",
});
card("ideas", "Audio guest book", {
  created: "2026-11-15T19:33:20.000Z",
  active: "2026-11-15T19:33:20.000Z",
  desc: "An old phone people leave a message on. About £180 to hire.",
});
card("todo", "Book Oakwood Manor", {
  created: "2026-09-20T19:14:02.000Z",
  active: "2026-10-05T18:27:55.301Z",
  desc: "Oakwood Manor quoted £9,500 for the day. Too much.",
  closed: true,
});
card("shortlist", "Visit Thornbury Castle", {
  created: "2026-09-20T19:21:10.000Z",
  active: "2026-09-27T16:05:12.000Z",
  desc: "Viewing on Sunday 27 September at 2pm. Asked £11,000.",
});

/** The board's actions, newest first as the export gives them. */
const ACTIONS: Array<Record<string, unknown>> = [];
let actionCount = 0;

/** An action on a card, as the export writes one. */
function action(type: string, date: string, by: typeof ALEX, cardName: string, data: Record<string, unknown> = {}): void {
  const c = MADE.get(cardName)!;
  ACTIONS.push({
    id: oid(date, 9000 + ++actionCount),
    idMemberCreator: by.id,
    data: {
      ...data,
      card: { id: c.id, name: c.name, idShort: c.idShort, shortLink: c.shortLink },
      board: { id: BOARD.id, name: BOARD.name, shortLink: BOARD.shortLink },
      list: { id: LISTS[c.list].id, name: LISTS[c.list].name },
    },
    appCreator: null,
    type,
    date,
    limits: type === "commentCard" ? { reactions: { perAction: { status: "ok", disableAt: 900, warnAt: 720 } } } : {},
    memberCreator: creator(by),
  });
}

/** A comment on a card, by `by`. */
function comment(date: string, by: typeof ALEX, cardName: string, text: string): void {
  action("commentCard", date, by, cardName, { text, textData: { emoji: {} } });
}

for (const c of MADE.values()) action("createCard", c.created, ALEX, c.name);
comment("2026-10-27T19:22:10.340Z", SAM, "Book the band", "I'd go with The Velvet Hours. Saw them at Priya's wedding and they were brilliant.");
comment("2026-11-30T21:37:02.884Z", ALEX, "Book the band", "Emailed The Velvet Hours for their availability on 24 April.");
comment("2026-11-26T08:12:51.203Z", SAM, "Choose the florist", "Can we ask Petal & Stem for peonies? If they're out of season in April, ranunculus instead.");
comment(
  "2026-11-08T10:14:36.771Z",
  SAM,
  "Honeymoon: Kyoto or the Amalfi coast?",
  "Kyoto! @alexmorgan the cherry blossom will be over by May, but the gardens won't be.",
);
comment("2026-12-02T21:09:15.470Z", SAM, "Seating plan", "Put Uncle Rob nowhere near the bar.");
comment("2026-11-03T20:51:44.126Z", ALEX, "Book the photographer", "Contract signed and sent back to Lucy.");
action("updateCard", "2026-11-03T20:50:02.000Z", ALEX, "Book the photographer", {
  old: { idList: LISTS.todo.id },
  card: {},
  listBefore: { id: LISTS.todo.id, name: "To do" },
  listAfter: { id: LISTS.done.id, name: "Done" },
});
action("addMemberToCard", "2026-10-24T20:19:02.000Z", ALEX, "Seating plan", { idMember: SAM.id, member: { id: SAM.id, name: SAM.fullName } });
action("updateCheckItemStateOnCard", "2026-12-03T19:44:27.915Z", SAM, "Final details with Hollins Barn", {
  checkItem: { id: "x", name: "Confirm the ceremony time (1pm)", state: "complete" },
  checklist: { id: "y", name: "Venue" },
});
action("updateCard", "2026-10-05T18:27:55.301Z", ALEX, "Book Oakwood Manor", { old: { closed: false }, card: { closed: true } });
ACTIONS.sort((a, b) => String(b.date).localeCompare(String(a.date)));
ACTIONS.push(
  {
    id: oid("2026-09-20T19:12:01Z", 8001),
    idMemberCreator: ALEX.id,
    data: { board: { id: BOARD.id, name: BOARD.name, shortLink: BOARD.shortLink }, list: { id: LISTS.todo.id, name: "To do" } },
    appCreator: null,
    type: "createList",
    date: "2026-09-20T19:12:01.000Z",
    limits: {},
    memberCreator: creator(ALEX),
  },
  {
    id: oid("2026-09-20T19:12:00Z", 8000),
    idMemberCreator: ALEX.id,
    data: { board: { id: BOARD.id, name: BOARD.name, shortLink: BOARD.shortLink } },
    appCreator: null,
    type: "createBoard",
    date: "2026-09-20T19:12:00.000Z",
    limits: {},
    memberCreator: creator(ALEX),
  },
);

/** A member as the export's `members` gives one. */
function member(m: typeof ALEX): Record<string, unknown> {
  return {
    id: m.id,
    aaId: null,
    activityBlocked: false,
    avatarHash: null,
    avatarUrl: null,
    bio: "",
    bioData: { emoji: {} },
    confirmed: true,
    fullName: m.fullName,
    idEnterprise: null,
    idEnterprisesDeactivated: [],
    idMemberReferrer: null,
    idPremOrgsAdmin: [],
    initials: m.initials,
    memberType: "normal",
    nonPublic: {},
    nonPublicAvailable: true,
    products: [],
    url: `https://trello.com/${m.username}`,
    username: m.username,
    status: "disconnected",
  };
}

/** The whole board as Trello's export gives it, its members in the export's order. */
const EXPORT = {
  id: BOARD.id,
  name: BOARD.name,
  desc: "Saturday 24 April 2027 at Hollins Barn. Everything for the big day in one place.",
  descData: { emoji: {} },
  closed: false,
  dateClosed: null,
  idOrganization: null,
  idEnterprise: null,
  limits: { attachments: { perBoard: { status: "ok", disableAt: 36000, warnAt: 28800 } } },
  pinned: false,
  starred: true,
  url: `https://trello.com/b/${BOARD.shortLink}/our-wedding`,
  prefs: {
    permissionLevel: "private",
    hideVotes: false,
    voting: "disabled",
    comments: "members",
    invitations: "members",
    selfJoin: false,
    cardCovers: true,
    isTemplate: false,
    cardAging: "regular",
    calendarFeedEnabled: false,
    background: "pink",
    backgroundImage: null,
    backgroundTile: false,
    backgroundBrightness: "dark",
    backgroundColor: "#CD5A91",
    canBePublic: true,
    canBePrivate: true,
    canInvite: true,
  },
  shortLink: BOARD.shortLink,
  subscribed: false,
  labelNames: { green: "Catering", yellow: "Guests", orange: "Budget", red: "Urgent", purple: "Music", blue: "", sky: "", lime: "", pink: "", black: "" },
  powerUps: [],
  dateLastActivity: "2026-12-03T19:44:27.915Z",
  dateLastView: "2026-12-05T08:58:41.006Z",
  shortUrl: `https://trello.com/b/${BOARD.shortLink}`,
  idTags: [],
  datePluginDisable: null,
  creationMethod: null,
  ixUpdate: "412",
  templateGallery: null,
  enterpriseOwned: false,
  idBoardSource: null,
  premiumFeatures: [],
  idMemberCreator: ALEX.id,
  actions: ACTIONS,
  cards: CARDS,
  labels: Object.values(LABELS),
  lists: Object.values(LISTS).map((l) => ({
    id: l.id,
    name: l.name,
    closed: "closed" in l ? l.closed : false,
    color: null,
    idBoard: BOARD.id,
    pos: l.pos,
    subscribed: false,
    softLimit: null,
    type: null,
    datasource: { filter: false },
    creationMethod: null,
    limits: { cards: { openPerList: { status: "ok", disableAt: 5000, warnAt: 4000 } } },
  })),
  members: [member(ALEX), member(SAM)],
  checklists: CHECKLISTS,
  customFields: [],
  memberships: [
    { id: oid("2026-09-20T19:12:00Z", 20), idMember: ALEX.id, memberType: "admin", unconfirmed: false, deactivated: false },
    { id: oid("2026-09-21T08:03:00Z", 21), idMember: SAM.id, memberType: "normal", unconfirmed: false, deactivated: false },
  ],
  pluginData: [],
};

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "When is the cake tasting?", expect: ["12 December"] },
  { question: "What's left on the venue checklist?", expect: ["corkage", "parking"] },
  { question: "Who is doing the seating plan?", expect: ["Sam"] },
  { question: "Did we book the photographer?", expect: ["photographer", "done"] },
  { question: "What did Sam say about the flowers?", expect: ["peonies"] },
  { question: "Which band does Sam want?", expect: ["Velvet Hours"] },
  { question: "How much is the photographer?", expect: ["1,600"] },
  { question: "When do the save the dates need to go out?", expect: ["18 December"] },
  { question: "When is the dress fitting?", expect: ["9 December"] },
  { question: "How much did the florist quote?", expect: ["1,150"] },
  { question: "How much a head is the caterer?", expect: ["68"] },
  { question: "How much did Oakwood Manor quote?", expect: null },
  { question: "When is the hen do?", expect: null },
  { question: "What's the budget for the honeymoon?", expect: null },
];

/** Alex: their wedding board's JSON export, imported alone, asked on Saturday 5 December 2026. */
export const boarder: Person = {
  name: "boarder",
  files: [{ name: `${BOARD.shortLink}.json`, text: JSON.stringify(EXPORT), mtime: Date.UTC(2026, 11, 5, 9, 2) }],
  askedAt: Date.UTC(2026, 11, 5, 20, 0),
  questions: QUESTIONS,
};

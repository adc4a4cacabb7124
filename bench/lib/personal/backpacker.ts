/**
 * The backpacker: Oliver Grant, from Leeds, spends five weeks backpacking overland from Hanoi to Siem Reap in
 * February, March and April 2026, and keeps the trip on Polarsteps: a step wherever he stops, with a few lines of his
 * own on most of them (a hostel friend's tip about a cooking class in Hoi An, a scooter mishap near Ninh Binh, a
 * night bus he swears never to take again, the visa at the Cambodian border, plankton that glows on Koh Rong
 * Samloem, Angkor Wat at sunrise). On 18 April 2026, home again, he downloads his data (polarsteps.com: Account
 * settings → Privacy → "Download my data", a ZIP, `user_data.zip`), unzips it and imports the folder (`engram import
 * user_data`).
 *
 * The folder as Polarsteps writes it, checked against public readers of the export and their fixtures:
 * Agroqirax/polarsteps-to-gpx's example export (`user_data/user/user.json`, `user_data/trip/trip-name_00000000/`
 * holding `trip.json` and `locations.json`; trip.json indented two spaces, its keys `id`, `user_id`, `name`, `type`,
 * `visibility`, `slug`, `start_date`, `end_date` (epoch seconds written as floats), `is_deleted`, …, `total_km`,
 * `views`, …, `timezone_id`, `summary`, `cover_photo_path`, `cover_photo`, …, `step_count`, `travel_tracker_device`,
 * `uuid`, then `all_steps`; a step's `id`, `trip_id`, `location_id`, `main_media_item_path`, `name` (null when the
 * step is named by its place), `display_name`, `description`, `slug`, `display_slug`, `type`, `start_time`,
 * `end_time` (null), `creation_time`, `location: { id, name, detail (the country), full_detail, country_code, lat,
 * lon, venue, uuid }`, `supertype` "normal", `is_deleted`, `timezone_id`, `views`, `comment_count`,
 * `weather_condition` ("partly-cloudy-day"), `weather_temperature` (°C), `uuid`; locations.json `{ "locations": [ {
 * lat, lon, time } ] }`; user.json the account's `username`, `first_name`, `living_location`, `email`, units …),
 * emsys42/polarsteps-data-parser's test trip (the same keys; `start_date` midnight and `end_date` 23:59:59 of the
 * trip's days on its `timezone_id`; its media found in a step's folder `<slug>_<step id>/photos/` and `videos/`),
 * folder names in other readers ("Radtour zu den Lofoten_4936737", "vietnam_15564385": the trip's name, "_", its id),
 * and the weather conditions a reader's language pack names (clear-day, clear-night, partly-cloudy-day,
 * partly-cloudy-night, cloudy, rain, snow, wind, fog). One step was deleted in the app and is still in the export
 * with `"is_deleted": true`; one (a border crossing) has no words; each time is epoch seconds, told on the clock of
 * the step's own `timezone_id` (Hanoi and Phnom Penh at UTC+7, London at GMT).
 * Hand-written by the developers while trying Engram as its users would, in session 39, before Engram could read
 * a Polarsteps export (the first run's figures are in bench/README.md). With it, the questions such a person asks
 * later and the words a right answer holds, and questions nothing here answers.
 */
import type { Person, PersonFile } from "./types.js";

/** A place as a step's `location` holds it: its name, its detail (the country), the country's code, where. */
type Place = [name: string, detail: string, code: string, lat: number, lon: number];

const LONDON: Place = ["London", "United Kingdom", "GB", 51.470022, -0.454295];
const HANOI: Place = ["Hanoi", "Vietnam", "VN", 21.033781, 105.850176];
const CAT_BA: Place = ["Cat Ba", "Vietnam", "VN", 20.727499, 107.048376];
const NINH_BINH: Place = ["Ninh Binh", "Vietnam", "VN", 20.215463, 105.938087];
const PHONG_NHA: Place = ["Phong Nha", "Vietnam", "VN", 17.610712, 106.30998];
const HUE: Place = ["Hue", "Vietnam", "VN", 16.467397, 107.590533];
const HOI_AN: Place = ["Hoi An", "Vietnam", "VN", 15.880058, 108.338047];
const DA_LAT: Place = ["Da Lat", "Vietnam", "VN", 11.940419, 108.458313];
const SAIGON: Place = ["Ho Chi Minh City", "Vietnam", "VN", 10.768451, 106.694363];
const CAN_THO: Place = ["Can Tho", "Vietnam", "VN", 10.045162, 105.746857];
const MOC_BAI: Place = ["Moc Bai", "Vietnam", "VN", 11.076941, 106.157928];
const PHNOM_PENH: Place = ["Phnom Penh", "Cambodia", "KH", 11.556374, 104.928207];
const KAMPOT: Place = ["Kampot", "Cambodia", "KH", 10.610381, 104.181395];
const KOH_RONG: Place = ["Koh Rong Samloem", "Cambodia", "KH", 10.589652, 103.298012];
const SIEM_REAP: Place = ["Siem Reap", "Cambodia", "KH", 13.36179, 103.860565];

/** A step: its id, its title if he gave one (else it is named by its place), where, when on its clock, its zone, his words, the weather, its photos. */
interface Step {
  id: number;
  title: string | null;
  place: Place;
  /** on the step's own clock, "2026-03-14 20:30" */
  local: string;
  zone: "Europe/London" | "Asia/Ho_Chi_Minh" | "Asia/Phnom_Penh";
  words: string | null;
  weather: [condition: string, celsius: number];
  photos?: number;
  video?: boolean;
  deleted?: boolean;
}

/** Each zone's offset from UTC in hours on the trip's days (London on GMT until 29 March). */
const OFFSET: Record<Step["zone"], number> = { "Europe/London": 0, "Asia/Ho_Chi_Minh": 7, "Asia/Phnom_Penh": 7 };

const STEPS: Step[] = [
  {
    id: 121004118,
    title: "Off to Hanoi!",
    place: LONDON,
    local: "2026-02-27 18:40",
    zone: "Europe/London",
    words: "Bag packed (9.8 kg!), passport, dong from the Post Office. Qatar Airways to Hanoi via Doha tonight. Mum drove me to Heathrow and cried a bit.",
    weather: ["cloudy", 7],
  },
  {
    id: 121004357,
    title: null,
    place: HANOI,
    local: "2026-02-28 15:20",
    zone: "Asia/Ho_Chi_Minh",
    words:
      "Landed after 17 hours via Doha. Checked into Little Charm Hanoi Hostel in the Old Quarter: 8-bed dorm, $9 a night with breakfast.\n\nFirst bún chả at Bún Chả Hương Liên, the place Obama ate at. Crossing the road here is an extreme sport 🛵",
    weather: ["partly-cloudy-day", 22],
    photos: 2,
  },
  {
    id: 121004890,
    title: "Hanoi by night",
    place: HANOI,
    local: "2026-03-01 21:45",
    zone: "Asia/Ho_Chi_Minh",
    words:
      "Train Street for coffee, then round Hoan Kiem Lake. Egg coffee at Café Giảng: like drinking tiramisu.\n\nMet Sanne, a Dutch girl in my dorm who has just done the whole route up from Saigon. She says the Red Bridge cooking class in Hoi An was the best day of her whole trip, so I've booked it for the 14th.",
    weather: ["cloudy", 19],
  },
  {
    id: 121005233,
    title: "Lan Ha Bay cruise",
    place: CAT_BA,
    local: "2026-03-03 17:10",
    zone: "Asia/Ho_Chi_Minh",
    words:
      "Two days on a junk boat around Lan Ha Bay instead of Ha Long: far fewer boats. Kayaked through a cave into a hidden lagoon and jumped off the top deck at sunset.",
    weather: ["clear-day", 24],
    photos: 3,
  },
  {
    id: 121005702,
    title: "Scooter mishap",
    place: NINH_BINH,
    local: "2026-03-05 19:30",
    zone: "Asia/Ho_Chi_Minh",
    words:
      "Rented a scooter to ride out to Mua Cave and came off on the gravel on the way back. Grazed knee and elbow, and a snapped mirror: the rental shop charged me 300,000 dong for it. A pharmacist in Tam Coc cleaned me up for free. Lesson learnt: no flip-flops on a scooter.\n\nThe view from the top of Mua Cave's 500 steps was worth it though.",
    weather: ["clear-day", 27],
    photos: 1,
  },
  {
    id: 121006015,
    title: "The night bus",
    place: PHONG_NHA,
    local: "2026-03-08 06:40",
    zone: "Asia/Ho_Chi_Minh",
    words:
      "Night bus from Ninh Binh to Phong Nha: 9 hours in a sleeper berth built for someone a foot shorter than me. The driver played karaoke videos at full volume until 1 am and honked the whole way. Toilet stop at 3 am in the middle of nowhere. Never again: next time I'm taking the train.",
    weather: ["rain", 18],
  },
  {
    id: 121006344,
    title: null,
    place: PHONG_NHA,
    local: "2026-03-09 18:00",
    zone: "Asia/Ho_Chi_Minh",
    words:
      "Paradise Cave: a kilometre of boardwalk into the biggest cave I've ever seen. Then the Dark Cave zipline and a mud bath. Still finding mud in my ears.",
    weather: ["partly-cloudy-day", 21],
    video: true,
  },
  {
    id: 121006391,
    title: null,
    place: HUE,
    local: "2026-03-10 09:00",
    zone: "Asia/Ho_Chi_Minh",
    words: "Test step",
    weather: ["rain", 19],
    deleted: true,
  },
  {
    id: 121006577,
    title: null,
    place: HUE,
    local: "2026-03-10 20:15",
    zone: "Asia/Ho_Chi_Minh",
    words: "The Imperial Citadel in the drizzle. Bún bò Huế for lunch, far spicier than anything in Hanoi.",
    weather: ["rain", 20],
  },
  {
    id: 121006940,
    title: "Over the Hai Van Pass",
    place: HOI_AN,
    local: "2026-03-12 17:05",
    zone: "Asia/Ho_Chi_Minh",
    words:
      "Rode from Hue to Hoi An over the Hai Van Pass on the back of an Easy Rider's motorbike (Mr Tuan, $55 with my bag strapped on). Stopped at Elephant Springs and Lang Co beach. Hoi An's old town at night is all lanterns.",
    weather: ["clear-day", 29],
    photos: 2,
  },
  {
    id: 121007311,
    title: "Cooking class",
    place: HOI_AN,
    local: "2026-03-14 20:30",
    zone: "Asia/Ho_Chi_Minh",
    words:
      "Red Bridge cooking class: Sanne was right. Market tour with Chef Hoa, a basket boat through the coconut palms, then we cooked fresh spring rolls, bánh xèo and a green papaya salad. Picked up my linen shirt from the tailor after, $25.",
    weather: ["partly-cloudy-day", 30],
    photos: 2,
  },
  {
    id: 121007868,
    title: null,
    place: DA_LAT,
    local: "2026-03-17 19:00",
    zone: "Asia/Ho_Chi_Minh",
    words: "Canyoning: abseiling down waterfalls, a 7 m jump and a natural waterslide. Da Lat is cold at night, wore every layer I brought.",
    weather: ["partly-cloudy-day", 23],
  },
  {
    id: 121008420,
    title: null,
    place: SAIGON,
    local: "2026-03-20 21:10",
    zone: "Asia/Ho_Chi_Minh",
    words: "War Remnants Museum in the morning, hard going. Cu Chi tunnels in the afternoon. Rooftop beer on Bui Vien to end the day.",
    weather: ["clear-day", 34],
  },
  {
    id: 121008733,
    title: null,
    place: CAN_THO,
    local: "2026-03-22 12:40",
    zone: "Asia/Ho_Chi_Minh",
    words: "Up at 5 am for the Cai Rang floating market. Breakfast noodles passed from boat to boat.",
    weather: ["clear-day", 33],
  },
  { id: 121009006, title: null, place: MOC_BAI, local: "2026-03-24 10:15", zone: "Asia/Ho_Chi_Minh", words: null, weather: ["clear-day", 34] },
  {
    id: 121009152,
    title: null,
    place: PHNOM_PENH,
    local: "2026-03-24 18:20",
    zone: "Asia/Phnom_Penh",
    words:
      "Bus across the border at Moc Bai. The Cambodian visa on arrival was $30 and one passport photo. The Killing Fields and Tuol Sleng this afternoon; I didn't say much for the rest of the day.",
    weather: ["clear-day", 35],
  },
  {
    id: 121009597,
    title: null,
    place: KAMPOT,
    local: "2026-03-27 18:45",
    zone: "Asia/Phnom_Penh",
    words:
      "Sunset boat on the river and a tour of La Plantation pepper farm: bought 200 g of red Kampot pepper for Dad. Crab at the Kep crab market for lunch.",
    weather: ["partly-cloudy-day", 32],
  },
  {
    id: 121009960,
    title: null,
    place: KOH_RONG,
    local: "2026-03-29 22:30",
    zone: "Asia/Phnom_Penh",
    words: "Swam with bioluminescent plankton at Saracen Bay tonight: every stroke glows green. No wifi, and power only from 6 pm. Best beach of the trip.",
    weather: ["clear-night", 28],
    photos: 1,
  },
  {
    id: 121010484,
    title: "Angkor Wat at sunrise",
    place: SIEM_REAP,
    local: "2026-04-01 10:00",
    zone: "Asia/Phnom_Penh",
    words: "Up at 4:30 for sunrise at Angkor Wat with the 3-day pass ($62). Ta Prohm after, the temple the trees are swallowing.",
    weather: ["clear-day", 36],
    photos: 3,
  },
  {
    id: 121010752,
    title: "Last night",
    place: SIEM_REAP,
    local: "2026-04-03 21:00",
    zone: "Asia/Phnom_Penh",
    words:
      "Farewell drinks on Pub Street with Tom and Ellie from the hostel in Kampot. Flying home tomorrow via Bangkok. Five weeks, one pair of flip-flops lost, zero regrets.",
    weather: ["partly-cloudy-night", 29],
  },
];

const TRIP_ID = 17268451;
const USER_ID = 8841207;
const TRIP_NAME = "Vietnam and Cambodia";

/** Epoch seconds of a step's local time on its clock. */
function epoch(local: string, zone: Step["zone"]): number {
  return Date.parse(`${local.replace(" ", "T")}:00Z`) / 1000 - OFFSET[zone] * 3600;
}

/** A slug as Polarsteps makes one: the words lower-cased, accents dropped, dashes between. */
function slug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** A uuid made from a number (the export's uuids are random; these only need to look like them). */
function uuid(n: number): string {
  const h = (n * 2654435761).toString(16).padStart(12, "0").slice(-12);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(1, 4)}-a${h.slice(4, 7)}-${h}`;
}

/** A number the export writes as a float ("1772150400.0", "22.0"), marked for {@link exportJson}. */
const float = (n: number) => `\u0000${Number.isInteger(n) ? n.toFixed(1) : String(n)}`;

/** JSON as the export writes it: indented two spaces, its floats written as floats. */
function exportJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/"\\u0000([-0-9.e]+)"/g, "$1");
}

/** A step as trip.json holds one. */
function exportStep(s: Step): Record<string, unknown> {
  const [name, detail, code, lat, lon] = s.place;
  const shown = s.title ?? name;
  const at = epoch(s.local, s.zone);
  return {
    id: s.id,
    trip_id: TRIP_ID,
    location_id: s.id + 94_000_000,
    main_media_item_path: null,
    name: s.title,
    display_name: shown,
    description: s.words,
    slug: slug(shown),
    display_slug: slug(shown),
    type: 1,
    start_time: float(at),
    end_time: null,
    creation_time: float(at + 1260.482),
    location: {
      id: s.id + 94_000_000,
      name,
      detail,
      full_detail: detail,
      country_code: code,
      lat,
      lon,
      venue: null,
      uuid: uuid(s.id + 1),
    },
    supertype: "normal",
    is_deleted: s.deleted === true,
    open_graph_id: null,
    fb_publish_status: null,
    timezone_id: s.zone,
    views: 14,
    comment_count: 0,
    weather_condition: s.weather[0],
    weather_temperature: float(s.weather[1]),
    uuid: uuid(s.id),
  };
}

/** The trip's first day (midnight) and last (23:59:59) on its clock, London's: Friday 27 February (GMT) to Saturday 4 April 2026 (BST). */
const START = Date.UTC(2026, 1, 27) / 1000;
const END = Date.UTC(2026, 3, 4, 22, 59, 59) / 1000;

const TRIP = exportJson({
  id: TRIP_ID,
  user_id: USER_ID,
  name: TRIP_NAME,
  type: null,
  visibility: 1,
  slug: slug(TRIP_NAME),
  start_date: float(START),
  end_date: float(END),
  is_deleted: false,
  open_graph_id: null,
  fb_publish_status: null,
  total_km: float(4318.274611930287),
  views: 212,
  featured: null,
  featured_priority_for_new_users: null,
  feature_text: null,
  feature_date: null,
  language: null,
  timezone_id: "Europe/London",
  summary: "Five weeks, two countries, one 40-litre backpack. Hanoi to Siem Reap overland, by bus, boat, train and the back of a motorbike.",
  cover_photo_path: `https://polarsteps.s3.amazonaws.com/user_images/trip/large_thumb/u_${USER_ID}/${uuid(7)}_${uuid(8)}.jpg`,
  cover_photo_thumb_path: `https://polarsteps.s3.amazonaws.com/user_images/trip/small_thumb/u_${USER_ID}/${uuid(7)}_${uuid(8)}.jpg`,
  cover_photo: {
    id: 39102877,
    path: `https://polarsteps.s3.amazonaws.com/user_images/trip/full_res/u_${USER_ID}/${uuid(7)}_${uuid(8)}.jpg`,
    large_thumbnail_path: `https://polarsteps.s3.amazonaws.com/user_images/trip/large_thumb/u_${USER_ID}/${uuid(7)}_${uuid(8)}.jpg`,
    small_thumbnail_path: `https://polarsteps.s3.amazonaws.com/user_images/trip/small_thumb/u_${USER_ID}/${uuid(7)}_${uuid(8)}.jpg`,
    type: 1,
    media_id: null,
    trip_id: TRIP_ID,
    full_res_unavailable: false,
    last_modified: float(1775600512.731),
    uuid: uuid(9),
  },
  planned_steps_visible: true,
  future_timeline_last_modified: float(1771806012.25),
  creation_time: float(1771805843.117),
  step_count: STEPS.filter((s) => !s.deleted).length,
  travel_tracker_device: { id: 11870431, trip_id: TRIP_ID, device_name: null, tracking_status: 0, uuid: uuid(10) },
  uuid: uuid(TRIP_ID),
  all_steps: STEPS.map(exportStep),
});

/** The GPS track: a point every few hours between the steps (passed over: no words). */
const LOCATIONS = exportJson({
  locations: STEPS.filter((s) => !s.deleted).flatMap((s) => [
    { lat: s.place[3] + 0.0012, lon: s.place[4] - 0.0009, time: float(epoch(s.local, s.zone) - 5400) },
    { lat: s.place[3], lon: s.place[4], time: float(epoch(s.local, s.zone)) },
  ]),
});

const USER = exportJson({
  id: USER_ID,
  username: "olliegrant",
  first_name: "Oliver",
  last_name: "Grant",
  living_location: {
    id: 208114390,
    name: "Leeds",
    detail: "United Kingdom",
    full_detail: "United Kingdom",
    country_code: "GB",
    lat: 53.800755,
    lon: -1.549077,
    venue: null,
    uuid: uuid(11),
  },
  living_location_name: "Leeds, United Kingdom",
  locale: "en_GB",
  profile_image_path: `https://polarsteps.s3.amazonaws.com/user_images/profile/large_thumb/u_${USER_ID}/${uuid(12)}_${uuid(13)}.jpg`,
  profile_image_thumb_path: `https://polarsteps.s3.amazonaws.com/user_images/profile/small_thumb/u_${USER_ID}/${uuid(12)}_${uuid(13)}.jpg`,
  description: "Leeds lad, slow traveller.",
  unit_is_km: true,
  visibility: 0,
  temperature_is_celsius: true,
  email: "oliver.grant@example.com",
  saved_spots: [],
  saved_guides: [],
  google_id: null,
  fb_id: null,
  currency: "GBP",
  uuid: uuid(USER_ID),
});

/** A photo's bytes (a JPEG's start and end) and a video's (an MP4's first box). */
const JPEG = new Uint8Array([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9,
]);
const MP4 = new Uint8Array([
  0x00, 0x00, 0x00, 0x18, 0x66, 0x74, 0x79, 0x70, 0x6d, 0x70, 0x34, 0x32, 0x00, 0x00, 0x00, 0x00, 0x6d, 0x70, 0x34, 0x32, 0x69, 0x73, 0x6f, 0x6d,
]);

const FOLDER = "user_data";
const TRIP_FOLDER = `${FOLDER}/trip/${TRIP_NAME}_${TRIP_ID}`;
/** When he unzipped it: Saturday 18 April 2026. */
const UNZIPPED = Date.UTC(2026, 3, 18, 17, 5);

/** Each step's photos and video, in its folder `<slug>_<step id>/`. */
const MEDIA: PersonFile[] = STEPS.filter((s) => !s.deleted).flatMap((s) => {
  const dir = `${TRIP_FOLDER}/${slug(s.title ?? s.place[0])}_${s.id}`;
  return [
    ...Array.from({ length: s.photos ?? 0 }, (_, i) => ({ name: `${dir}/photos/${uuid(s.id * 10 + i)}.jpg`, text: JPEG, mtime: UNZIPPED })),
    ...(s.video ? [{ name: `${dir}/videos/${uuid(s.id * 10 + 9)}.mp4`, text: MP4, mtime: UNZIPPED }] : []),
  ];
});

const FILES: PersonFile[] = [
  { name: `${FOLDER}/user/user.json`, text: USER, mtime: UNZIPPED },
  { name: `${TRIP_FOLDER}/trip.json`, text: TRIP, mtime: UNZIPPED },
  { name: `${TRIP_FOLDER}/locations.json`, text: LOCATIONS, mtime: UNZIPPED },
  ...MEDIA,
];

/**
 * Questions the person asks later, each with the words a right answer holds (all of them, any case),
 * or null for a question nothing here answers (a right answer abstains).
 */
const QUESTIONS: Person["questions"] = [
  { question: "Where was I on 14 March?", expect: ["Hoi An"] },
  { question: "When did I get to Hoi An?", expect: ["12 March"] },
  { question: "What did I write about the night bus?", expect: ["karaoke"] },
  { question: "How long was the whole trip?", expect: ["37 days"] },
  { question: "Who recommended the cooking class?", expect: ["Sanne"] },
  { question: "Where did I crash the scooter?", expect: ["Ninh Binh"] },
  { question: "How far did I travel on the trip?", expect: ["4,318 km"] },
  { question: "Which countries did I go to on the trip?", expect: ["Vietnam", "Cambodia"] },
  { question: "How much was the Cambodian visa?", expect: ["$30"] },
  { question: "What did I write about Hoi An?", expect: ["cooking class"] },
  { question: "Where did I swim with the glowing plankton?", expect: ["Koh Rong Samloem"] },
  { question: "What was the weather like at Angkor Wat?", expect: ["36°C"] },
  { question: "How much was my flight to Hanoi?", expect: null },
  { question: "What was the name of my hostel in Siem Reap?", expect: null },
  { question: "When did I go to Laos?", expect: null },
];

/** The backpacker: his Polarsteps data unzipped, imported as a folder, asked on Monday 20 April 2026. */
export const backpacker: Person = {
  name: "backpacker",
  files: FILES,
  folder: FOLDER,
  askedAt: Date.UTC(2026, 3, 20, 9, 30),
  questions: QUESTIONS,
};

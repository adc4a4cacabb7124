/** The people bench:personal imports and asks, each into a fresh database. */
import { applelistener } from "./applelistener.js";
import { annotator } from "./annotator.js";
import { scrobbler } from "./scrobbler.js";
import { podcaster } from "./podcaster.js";
import { banker } from "./banker.js";
import { backpacker } from "./backpacker.js";
import { beerhunter } from "./beerhunter.js";
import { bingewatcher } from "./bingewatcher.js";
import { budgeter } from "./budgeter.js";
import { chatter } from "./chatter.js";
import { checkiner } from "./checkiner.js";
import { commuter } from "./commuter.js";
import { bookworm } from "./bookworm.js";
import { borrower } from "./borrower.js";
import { bookclubber } from "./bookclubber.js";
import { boarder } from "./boarder.js";
import { bookmarker } from "./bookmarker.js";
import { browser } from "./browser.js";
import { bundler } from "./bundler.js";
import { blogger } from "./blogger.js";
import { cashapper } from "./cashapper.js";
import { contacts } from "./contacts.js";
import { couple } from "./couple.js";
import { developer } from "./developer.js";
import { dieter } from "./dieter.js";
import { envelope } from "./envelope.js";
import { flatmate } from "./flatmate.js";
import { flyer } from "./flyer.js";
import { diarist } from "./diarist.js";
import { diaroist } from "./diaroist.js";
import { discorder } from "./discorder.js";
import { doer } from "./doer.js";
import { expat } from "./expat.js";
import { family } from "./family.js";
import { filmbuff } from "./filmbuff.js";
import { moviegoer } from "./moviegoer.js";
import { showtracker } from "./showtracker.js";
import { otaku } from "./otaku.js";
import { errands } from "./errands.js";
import { freelancer } from "./freelancer.js";
import { friends } from "./friends.js";
import { googlechat } from "./googlechat.js";
import { gamer } from "./gamer.js";
import { group } from "./group.js";
import { hangouter } from "./hangouter.js";
import { health } from "./health.js";
import { househunter } from "./househunter.js";
import { highlighter } from "./highlighter.js";
import { iphone } from "./iphone.js";
import { ircer } from "./ircer.js";
import { kakaoer } from "./kakaoer.js";
import { evernote } from "./evernote.js";
import { journal } from "./journal.js";
import { joplin } from "./joplin.js";
import { keeper } from "./keeper.js";
import { koboreader } from "./koboreader.js";
import { listener } from "./listener.js";
import { learner } from "./learner.js";
import { lifter } from "./lifter.js";
import { listmaker } from "./listmaker.js";
import { mailer } from "./mailer.js";
import { mapper } from "./mapper.js";
import { matrixer } from "./matrixer.js";
import { meetings } from "./meetings.js";
import { moody } from "./moody.js";
import { monarcher } from "./monarcher.js";
import { mover } from "./mover.js";
import { networker } from "./networker.js";
import { notebooker } from "./notebooker.js";
import { newsletterer } from "./newsletterer.js";
import { mediumwriter } from "./mediumwriter.js";
import { manager } from "./manager.js";
import { messenger } from "./messenger.js";
import { notes } from "./notes.js";
import { notion } from "./notion.js";
import { officeworker } from "./officeworker.js";
import { outliner } from "./outliner.js";
import { orgnik } from "./orgnik.js";
import { deepseeker } from "./deepseeker.js";
import { paperwork } from "./paperwork.js";
import { parent } from "./parent.js";
import { photographer } from "./photographer.js";
import { planner } from "./planner.js";
import { poster } from "./poster.js";
import { grammer } from "./grammer.js";
import { privacynut } from "./privacynut.js";
import { raindropper } from "./raindropper.js";
import { reader } from "./reader.js";
import { roamer } from "./roamer.js";
import { runner } from "./runner.js";
import { redditor } from "./redditor.js";
import { renovation } from "./renovation.js";
import { researcher } from "./researcher.js";
import { scholar } from "./scholar.js";
import { rider } from "./rider.js";
import { saver } from "./saver.js";
import { searcher } from "./searcher.js";
import { shopper } from "./shopper.js";
import { signaller } from "./signaller.js";
import { simplenoter } from "./simplenoter.js";
import { skyper } from "./skyper.js";
import { sleeper } from "./sleeper.js";
import { skyposter } from "./skyposter.js";
import { slacker } from "./slacker.js";
import { snapper } from "./snapper.js";
import { splitter } from "./splitter.js";
import { spinner } from "./spinner.js";
import { stepper } from "./stepper.js";
import { streaker } from "./streaker.js";
import { geminier } from "./geminier.js";
import { social } from "./social.js";
import { student } from "./student.js";
import { tasker } from "./tasker.js";
import { texter } from "./texter.js";
import { tiktoker } from "./tiktoker.js";
import { tokyo } from "./tokyo.js";
import { tooter } from "./tooter.js";
import { timekeeper } from "./timekeeper.js";
import { trailrunner } from "./trailrunner.js";
import { travel } from "./travel.js";
import { tweeter } from "./tweeter.js";
import { vault } from "./vault.js";
import { voicer } from "./voicer.js";
import { wanderer } from "./wanderer.js";
import { watcher } from "./watcher.js";
import { weigher } from "./weigher.js";
import { galaxy } from "./galaxy.js";
import { whooper } from "./whooper.js";
import { sleepyhead } from "./sleepyhead.js";
import { tracker } from "./tracker.js";
import { jobseeker } from "./jobseeker.js";
import { caregiver } from "./caregiver.js";
import { fitter } from "./fitter.js";
import { writer } from "./writer.js";
import { zoomer } from "./zoomer.js";
import type { Person } from "./types.js";

export type { Person, PersonFile, Question } from "./types.js";

export const PEOPLE: Person[] = [
  errands,
  travel,
  notes,
  developer,
  friends,
  group,
  parent,
  freelancer,
  chatter,
  student,
  family,
  manager,
  reader,
  renovation,
  messenger,
  health,
  planner,
  mailer,
  keeper,
  social,
  journal,
  evernote,
  texter,
  contacts,
  vault,
  couple,
  slacker,
  outliner,
  gamer,
  notion,
  iphone,
  googlechat,
  joplin,
  tweeter,
  highlighter,
  paperwork,
  simplenoter,
  roamer,
  listmaker,
  tasker,
  bundler,
  privacynut,
  bookworm,
  meetings,
  bookmarker,
  filmbuff,
  moody,
  wanderer,
  boarder,
  saver,
  tokyo,
  runner,
  doer,
  redditor,
  networker,
  tooter,
  watcher,
  poster,
  blogger,
  mapper,
  grammer,
  researcher,
  scholar,
  tiktoker,
  snapper,
  koboreader,
  skyper,
  diarist,
  diaroist,
  discorder,
  shopper,
  expat,
  zoomer,
  officeworker,
  voicer,
  skyposter,
  listener,
  commuter,
  searcher,
  matrixer,
  photographer,
  bookclubber,
  banker,
  rider,
  signaller,
  mover,
  writer,
  browser,
  newsletterer,
  mediumwriter,
  budgeter,
  bingewatcher,
  stepper,
  notebooker,
  geminier,
  raindropper,
  applelistener,
  scrobbler,
  dieter,
  splitter,
  trailrunner,
  checkiner,
  moviegoer,
  annotator,
  envelope,
  borrower,
  flatmate,
  spinner,
  podcaster,
  showtracker,
  timekeeper,
  flyer,
  sleeper,
  otaku,
  kakaoer,
  weigher,
  galaxy,
  whooper,
  fitter,
  monarcher,
  cashapper,
  backpacker,
  hangouter,
  lifter,
  streaker,
  ircer,
  orgnik,
  deepseeker,
  beerhunter,
  learner,
  sleepyhead,
  tracker,
  jobseeker,
  caregiver,
  househunter,
];

/**
 * The words the name detector reads its evidence from: honorifics, role nouns, verbs of
 * saying, nouns that only people have, heads of organisation and place names, and the
 * people-names list of the `@cspell/dict-people-names` package (given names and surnames
 * from many languages, MIT). General English, no word chosen for one text.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { englishWords, type WordList } from '../../normalize/vocabulary.ts';

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

/** Honorifics and ranks written before a name (`Mr. Kitton`, `Marshal Zhukov`): strong evidence. */
export const honorifics = set(`
  mr mrs ms miss dr prof professor sir dame lord lady herr frau fräulein monsieur madame mme mlle señor señora don doña
  père father mother brother sister saint st rev reverend comrade citizen general marshal colonel major captain
  lieutenant admiral commissar count countess baron baroness prince princess duke duchess king queen tsar tsarina czar
  emperor empress pope bishop cardinal president senator governor chairman premier minister judge justice rabbi imam
  sheikh mullah uncle aunt doctor parson vicar curate mynheer signor signora signore senhor senhora
  herren messieurs mesdames señores señoras signori hon honourable honorable rt revd canon
  chancellor regent kaiser mayor`);

/** Honorifics written abbreviated, with a full stop that does not end the sentence (`Dr. Watts`, `St. Paul`). */
export const abbreviatedHonorifics = set('mr mrs ms messrs dr prof st ste rev revd mme mlle sr jr gen col capt lt maj adm sgt cpl fr hon gov sen pres');

/** Peoples and their languages as adjectives (`Irish Melodies`, `an Englishman`): not given names, though some are in the names list. */
export const nationalities = set(`
  english irish scottish scots scotch welsh british french german dutch greek polish swiss czech danish swedish finnish
  norse gaelic jewish roman latin arab arabic persian turkish thai spanish portuguese flemish china`);

/** Honorifics that also begin names of things (`General Secretary`, `Father Christmas`): evidence only before a surname-like word. */
export const weakHonorifics = set('general father mother brother sister saint st king queen emperor president minister count prince justice');

/** Nouns for what a person is, in apposition: `the historian X`, `X, the historian,`, `his wife X`. */
export const roleNouns = set(`
  historian historians biographer writer author journalist economist sociologist philosopher scholar professor
  sovietologist kremlinologist novelist poet playwright memoirist researcher critic essayist theorist revisionist
  composer musician pianist singer violinist conductor painter artist sculptor architect director actor actress
  leader chairman president premier minister secretary commissar marshal colonel officer admiral captain
  diplomat ambassador correspondent editor publisher printer prosecutor judge lawyer doctor physician engineer
  carpenter worker peasant student teacher master pupil disciple missionary priest monk bishop preacher
  king queen emperor empress tsar czar prince princess dictator tyrant deputy assistant aide
  wife widow husband son daughter father mother brother sister nephew niece uncle aunt cousin grandson
  friend comrade colleague lieutenant henchman successor predecessor follower schoolfellow
  explorer traveller traveler chronicler witness spokesman spokesperson founder agent spy assassin official organizer organiser
  anarchist pianist violinist cellist artist journalist novelist economist essayist theorist scientist dramatist satirist columnist activist
  tutor lecturer convenor convener steward treasurer chair chairwoman chairperson coordinator councillor councilor facilitator organiser`);

/**
 * Verbs of saying and writing in Spanish, French, German, Italian and Portuguese (`Cossío escribió`,
 * `Pelloutier raconte`, `Weber schreibt`): a name in a text in those languages cites as `X says` does.
 */
const foreignSaying = `
  escribe escribió escribio dijo afirma afirmó sostiene sostuvo recuerda recordó explica explicó cuenta contó señala señaló
  relata relató narra narró argumenta argumentó
  écrit écrivait dit affirme affirmait raconte racontait explique rappelle souligne soutient observe
  schreibt schrieb sagt sagte meint meinte erklärt erklärte betont betonte berichtet berichtete
  scrive scrisse afferma affermò racconta spiega ricorda sostiene osserva
  escreve escreveu diz disse conta lembra`;

/** Verbs whose subject is a person (or speaks as one): saying, writing, thinking. */
export const sayingVerbs = set(`
  says said say writes wrote written argues argued argue declares declared declare states stated state
  recalls recalled recall relates related explains explained explain observes observed observe notes noted
  comments commented describes described describe tells told asks asked replies replied answers answered
  insists insisted admits admitted complains complained warns warned remarks remarked testifies testified
  reveals revealed reports reported claims claimed believes believed thought thinks knew knows wanted wants
  hoped hopes feared fears realised realized decided decides suggests suggested proposed proposes urged urges
  confesses confessed denies denied insisted boasted boasts concluded concludes points pointed adds added
  quotes quoted recounts recounted laments lamented predicted predicts summed sums characterised characterized
  likened recommends recommended dictated confided retorted exclaimed announced announces continued disagrees agrees maintains contends deny
  disagreed agreed objected objects doubted doubts
  ${foreignSaying}`);

/** The subset of `sayingVerbs` that cites what someone said or wrote (a source), not merely thought or wanted. */
export const citingVerbs = set(`
  says said writes wrote argues argued declares declared states stated recalls recalled relates explains explained
  observes observed notes noted comments commented describes described tells told reports reported claims claimed
  remarked remarks testified testifies revealed reveals admits admitted complains complained deny denies denied disagrees agrees maintains contends
  warned warns replied answered asked quotes quoted recounts recounted concludes concluded points pointed adds added
  summed sums characterised characterized likened predicted predicts confessed denied boasted put
  ${foreignSaying}`);

/** Verbs of showing and finding (`X shows that`, `as X has shown`): a source only with `that` after them or `as` before the name. */
export const thatVerbs = set('shows showed shown demonstrates demonstrated suggests suggested finds found proves proved proven establishes established');

/** Verbs of a scholar's claim (`X emphasizes`, `X contends`): a person saying something the text uses. */
export const claimVerbs = set(`
  emphasizes emphasises emphasized emphasised stresses stressed contended asserts asserted posits posited concedes conceded
  acknowledges acknowledged reminds reminded cautions cautioned`);

/** What someone argued, after a possessive (`Hollowell's claim that`, `Pipes's estimate`): the text uses it. */
export const argumentNouns = set(`
  argument arguments claim claims contention analysis thesis observation observations critique findings estimate estimates
  phrase definition formulation interpretation`);

/** Verbs of a person's fate, after `was`/`were`: `was shot`, `was born`. */
export const personFates = set(
  'born shot killed murdered executed arrested assassinated exiled deported imprisoned jailed poisoned tortured expelled elected appointed married buried rehabilitated sentenced hanged denounced accused purged slandered',
);

/** Verbs of a person's life, in the active: `Sverdlov died`. */
export const personActs = set('died dies resigned married forbade fled confessed committed smiled laughed wept was-born');

/** Nouns only people have, after a possessive: `Lenin's wife`, `Stalin's death`. */
export const personNouns = set(`
  wife widow husband son sons daughter daughters mother father brother sister family children parents
  death funeral murder assassination arrest execution suicide birth youth childhood illness health mind
  character personality life lifetime career letter letters speech speeches memoirs diary biographer biography
  secretary secretaries henchman henchmen cronies friend friends comrade comrades wishes opinion opinions
  writings words description account views view testament lieutenants deputy successor portrait habit
  recommendations criticisms instructions orders bodyguards driver assistant followers disciples admirers
  music opera symphony symphonies songs poems novel novels sonata concerto plays essays lectures name names
  experiments discoveries doctrine doctrines theorem theorems hypothesis philosophy teachings theory theories`);

/** Works whose author follows `of`: `the diary of Hencke`, `the writings of Mencius` (not `the history of X`, `a description of X`: about X). */
export const authoredOfNouns = set(
  'diary diaries memoirs writings works letters words speeches testament autobiography poems sayings teachings analects papers',
);

/** Words for written works, after a possessive or `his`: `Shostakovich's memoirs`, `in his book`. */
export const workNouns = set(
  'book books memoirs diary letter letters article articles essay essays speech report pamphlet study history account introduction preface testament writings works work description words study biography autobiography',
);

/** Heads that make a capitalized run an organisation, a place, an event or a thing. */
export const thingHeads = set(`
  party parties army armies union unions committee committees commission congress congresses council councils
  conference government ministry department office bureau institute institution university college academy school
  society league federation association international front opposition movement bloc group faction
  church cathedral temple abbey chapel mosque synagogue palace house hall square street road avenue lane bridge
  river lake sea ocean mountains mountain island islands canal valley park garden gardens station railway
  republic republics kingdom empire state states province region district city town village county
  revolution war wars trial trials purge purges plot pact treaty agreement constitution programme program plan plans
  prize award order medal levy day days week year years century era period affair
  conf summit expo festival symposium meetup hackathon convention
  press review times journal gazette news herald tribune courier post magazine bulletin
  orchestra band choir company corporation bank fund foundation trust
  system doctrine theory law laws act declaration manifesto thesis theses decree decrees
  museum library archive archives theatre theater opera cinema studio gallery galleries guild guilds
  strike strikes lockout lockouts
  hospital hospitals infirmary clinic prison prisons jail gaol factory factories colliery mine mines dock docks port airport
  hotel centre center stadium market barracks tribunal assembly parliament senate cabinet soviet soviets commune cooperative`);

/**
 * Last words that make a capitalized run a place: landforms, waters, buildings and streets
 * (`Douglas Head`, `Jackson Hole`, `Morecambe Bay`, `Regent Terrace`). Read only as a run's last
 * word, never after a name (`Kerensky fell`); surnames that are also such words (`Hill`, `Wood`,
 * `Ford`, `Castle`, `Lodge`, `Mill`, `Green`) are left out.
 */
export const placeHeads = set(`
  tor tors cove bay gulf cape peninsula coast harbour harbor strait straits sound moor moors fells hoe head hole creek
  marsh fen fens gorge canyon desert plain plains cliffs rocks isle point heights downs common cottage manor farm
  priory minster tower market inn tavern hotel hospital prison gaol docks quay wharf pier terrace crescent row
  broadway parade boulevard promenade esplanade embankment causeway highway beacon tarn`);

/** First words of place names taken from Spanish, Portuguese and Italian (`San Francisco`, `Santa Barbara`, `São Paulo`, `Los Angeles`, `Nueva España`, `Puerto Rico`): never a given name. */
export const placeFirstWords = set('san santa santo são sao los las nueva nuevo nova novo puerto porto rio río cabo isla ciudad bahía bahia lago monte');

/** Nouns of a place that open its name (`Place Châteaubriand`, `Rue de Rivoli`, `Mount Vernon`, `Cape Cod`, `Piazza Navona`): the run they open is a place. */
export const placeOpeners = set('place rue avenue boulevard quai pont piazza plaza calle mount cape fort');

/**
 * Nouns of Spanish, French, Italian and Portuguese that open the name of a thing or a place (`Guerra Civil`, `Sierra de
 * Gata`, `Museo del Pueblo`, `Universidad Central`, `Parti communiste`, `Chiesa di San Marco`): before a word no names
 * list holds, or a particle, the run they open is no person.
 */
export const romanceHeads = set(`
  guerra guerre revolución révolution rivoluzione revolução república république repubblica universidad université
  università universidade museo musée museu sierra serra instituto institut istituto institución escuela école scuola
  escola colegio collège collegio partido parti partito iglesia église chiesa igreja catedral cathédrale cattedrale
  plaza praça piazza calle rue rua avenida ayuntamiento mairie comune câmara ministerio ministère ministero ministério
  banco banque banca biblioteca bibliothèque teatro théâtre misiones missions congreso congrès congresso consejo conseil
  consiglio conselho tribunal cortes asamblea assemblée assemblea assembleia`);

/** Kinds of vessel named before a ship's name (`the schooner Mary Jane`, `the lifeboat Charlotte Elliott`, `the royal yacht Osborne`). */
export const vesselKinds = set(`
  ship ships steamer steamship schooner brig brigantine barque bark ketch sloop yacht lifeboat frigate cruiser battleship
  destroyer dreadnought liner trawler lugger cutter galleon submarine tug tugboat ferry packet clipper whaler gunboat
  corvette warship collier smack`);

/** Words that end a company's name (`Dalton Harwick Inc.`, `Google LLC`, `Acme Holdings`): the run before them names a company. */
export const companySuffixes = set(`
  inc incorporated corp corporation co company llc ltd limited gmbh ag plc sa nv llp lp holdings technologies labs
  systems industries motors airlines media software studios partners ventures pharmaceuticals communications networks
  entertainment electronics enterprises logistics aerospace engineering automotive automobili construction shipbuilders
  shipping builders manufacturing`);

/** Nouns a company has, after a possessive (`Northrop Grumman's shares`): not a person's. */
export const companyNouns = set(`
  shares share stock stocks revenue revenues profits profit earnings sales customers clients products employees staff
  workforce headquarters board executives subsidiary subsidiaries investors shareholders valuation brand platform
  app apps browser website stores store factories factory plant plants contract contracts`);

/**
 * German words that open a capitalized run without being part of a name (articles, pronouns,
 * prepositions, conjunctions, capitalized at a sentence's start): `Der Preis`, `Die Kommission`.
 */
export const germanFunctionWords = set(`
  der die das den dem des ein eine einer eines einem einen kein keine und oder aber doch denn im am vom zum zur ins
  beim mit von zu für auf aus bei nach über unter vor wie als wenn dass daß so es sie er wir ich ihr dies diese dieser
  dieses jener jene auch nicht nur noch schon dann da hier dort wo was wer`);

/** German articles: one before a capitalized word makes it a noun (`der Preis`), as `the` does in English. */
export const germanArticles = set('der die das den dem des ein eine einer eines einem einen');

/** Words of going before `from` (`the road runs from Carlisle`, `miles from Exeter`): a place follows, not a person (`a letter from Trotsky`). */
export const motionWords = set(`
  came come comes coming went go goes going travelled traveled travelling traveling sailed sails drove drive driven walked walk
  rode ride returned return returns arrived arrive arrives fled flee moved move emigrated runs run ran road roads train trains
  route routes journey journeys miles mile ferry coach far away distance north south east west direction way passage`);

/** Verbs of conversation after a quotation (`“Nonsense,” replied Wood`): a text that uses them is told in dialogue. */
export const replyVerbs = set(`
  replied rejoined returned retorted cried exclaimed answered muttered whispered ejaculated gasped sobbed sighed laughed
  murmured shouted groaned interposed interrupted`);

/** Prepositions that put a place after them: `in Moscow`, `at Kronstadt`. */
export const placePrepositions = set('in at near into across throughout outside inside around within towards toward via');

/** Lower-case words that stand inside names (`Garcilaso de la Vega`, `Count von der Schulenburg`). */
export const particles = set('de la le du des da di del della dos das von van der den ter ten bin ibn al el y zu');

/** Capitalized words that are not names of persons: months, days, compass points. */
export const notNames = set(`
  january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday
  north south east west northern southern eastern western
  god lord heaven hell christ jesus allah
  christmas easter advent lent pentecost whitsun whitsuntide michaelmas candlemas epiphany hanukkah ramadan passover diwali`);

/** English function words: never the first word of a name, though some are names elsewhere (`See`, `In`). */
export const functionWords = set(`
  a an the in on at of to for from by with as and or but if both see yet so thus then when while after before since
  although though even also only just however moreover meanwhile later now here there this that these those his her
  its their our my your he she it they we you i who whom whose what where why how all some many most every each no
  not never once unlike like under over between among against during without within through until upon about above
  below despite having being compared according dear long let`);

/**
 * Function words of Spanish, French, Italian and Portuguese that open a sentence before a name
 * (`Para Cossío, …`, `Según Eugenio Otero`, `Selon Jacques Julliard`, `Dans Histoire …`): never a
 * given name, though the names list has some (`Para`). Words that are also given names (`Segundo`) are left out.
 */
export const foreignFunctionWords = set(`
  para según segun desde hacia hasta sobre entre durante aunque porque como cuando donde pero sin con contra tras
  mientras también tampoco así además después antes luego pues incluso
  pour selon dans avec sans sous chez depuis pendant mais quand comme donc aussi après avant contre vers parmi lorsque
  puisque ainsi alors cependant pourtant enfin sur que qui quoi où dont voici voilà puis
  per secondo dopo prima mentre quando come anche perché senza presso verso
  conforme também sem então`);

/** `Para X,`, `Pour X,`: `For X,` opening a sentence in other languages (the view is X's). */
export const forWords = set('for para pour per für');

/** `Según X`, `Selon X`, `Secondo X`, `Laut X`: `according to X`. */
export const accordingWords = set('según segun selon secondo laut conforme');

/** `Como recuerda X`, `Comme l'écrit X`: `as X recalls`, the verb before the name. */
export const asWords = set('como comme come wie');

/**
 * Words in the names list that open names of things more than names of people (`Red Vienna`,
 * `Red Clydeside`, `Young Plan`, `Great Western`): never a given name.
 */
export const notGivenNames = set(
  'red white black green brown grey gray blue pink young old new great little big long good holy free royal grand upper lower high',
);

/** Given names that are also common English words, kept as given names before a surname (`John Reed`). */
export const wordGivenNames = set(
  'john mark will frank rose grace victor jack bill ray joy faith hope rob pat sue may june carol dawn bob art guy glen dean grant earl neil miles pierce wade ward august',
);

let peopleNames: Set<string> | undefined;

/** Parts of people's names (given names and surnames, many languages), lower case. */
export function personNameParts(): Set<string> {
  if (!peopleNames) {
    const require = createRequire(import.meta.url);
    // The package exports only its cspell settings; the list sits beside them.
    const dir = dirname(require.resolve('@cspell/dict-people-names/cspell-ext.json'));
    const text = readFileSync(join(dir, 'dict', 'people-names.txt'), 'utf8');
    // One lower-casing and one split of the whole list: line by line it cost ~60 ms of every cold build.
    peopleNames = new Set(text.toLowerCase().split(/\s*\n\s*/));
    for (const w of peopleNames) if (!w || w.startsWith('#')) peopleNames.delete(w);
  }
  return peopleNames;
}

/** The English word list (lower case), shared with the normalizer. */
export function englishWordList(): WordList {
  return englishWords();
}

/**
 * What people ask about a person, body or event beyond what the sources say: where someone was
 * born, arrested or released, when an organisation was founded, who succeeded whom, who
 * won, a budget, a population, a percentage.
 * Such a question names its subject, so the fact about that subject ranks first and looks
 * answered; unless that fact names the attribute asked about, it is not the answer ("When was
 * Viasna founded?" of a fact about Viasna's 2012 award).
 */
import { LANGS, type Lang } from "../langs.js";
import { analyzerFor } from "./analyze.js";

/**
 * One attribute a line, in each language: the words that ask for it, then, after a slash, words
 * a fact may name it by too (a prize won is a prize awarded, a body founded one created, a
 * sentence a term served: «срок», «пакаранне»). Not asking: "created", which more often describes
 * a subject ("the Coordination Council created by Tsikhanouskaya") than asks when. Not naming a
 * release: «освобождение», «вызваленне», which the sources only demand («требуют освобождения»),
 * never date.
 */
const ATTRIBUTES: Record<Lang, string[]> = {
  en: [
    "born birth birthplace",
    "founded founder founding / created create creation established establishment",
    "budget funded funding",
    "salary",
    "population",
    "succeeded successor replaced",
    "won winner / laureate awarded award",
    "percentage percent",
    "married",
    "died",
    "headquarters",
    "arrested arrest / detained detention",
    "released freed liberated pardoned",
    "inhabitants / population",
    "sentenced sentence",
  ],
  ru: [
    "родился родилась рождения родом",
    "основан основана основано основали основатель / создан создана создала создал создали создание учреждена учредил",
    "бюджет финансирование",
    "зарплата",
    "население",
    "сменил сменила преемник заменил заменила",
    "победил победила победитель / лауреат присудила вручила премию",
    "процент процентов",
    "женат",
    "умер умерла",
    "штаб-квартира",
    "арестовали арестован арестована арестовать / арест задержан задержана задержание",
    "освободили освобождён освобождена освободить",
    "жителей жители / население",
    "приговорили приговорен приговорена приговор осудили осужден осуждена / срок",
  ],
  be: [
    "нарадзіўся нарадзілася нараджэння родам",
    "заснаваны заснавана заснавалі заснавальнік / створаны створана стварыла стварыў стварылі стварэнне",
    "бюджэт фінансаванне",
    "заробак",
    "насельніцтва",
    "змяніў змяніла пераемнік замяніў замяніла",
    "перамог перамагла пераможца / лаўрэат прысудзіла уручыла прэмію",
    "працэнт працэнтаў",
    "памёр памерла",
    "штаб-кватэра",
    "арыштавалі арыштаваны арыштавана / арышт затрыманы затрымана затрыманне",
    "вызвалілі вызвалены вызвалена",
    "жыхароў жыхары / насельніцтва",
    "прыгаварылі прысуд асудзілі асуджаны асуджана прысудзілі / пакаранне",
  ],
};

const stemsOf = (lang: Lang, words: string) =>
  words
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => analyzerFor(lang)(word))
    .filter((stem): stem is string => !!stem);

/**
 * Each stem that asks for an attribute, and every stem a fact may name that attribute by; a stem
 * in two languages' lines keeps the first line's.
 */
const NAMED_BY = new Map<string, readonly string[]>();
for (const lang of LANGS)
  for (const line of ATTRIBUTES[lang]) {
    const [asking = "", also = ""] = line.split("/");
    const asks = stemsOf(lang, asking);
    const named = [...asks, ...stemsOf(lang, also)];
    for (const stem of asks) if (!NAMED_BY.has(stem)) NAMED_BY.set(stem, named);
  }

/** The attribute a word asks for (see above), in any of the three languages: the stems that name it. */
export function attributeAskedBy(token: string): readonly string[] | undefined {
  for (const lang of LANGS) {
    const stem = analyzerFor(lang)(token);
    const named = stem ? NAMED_BY.get(stem) : undefined;
    if (named) return named;
  }
  return undefined;
}

/**
 * Where someone comes from — "Which country is Kimmo Kiljunen from?", «з якой краіны Марк
 * Коолс?», "Paleckis nationality" — is named by a country or a nationality: a fact that names
 * none but Belarus (every fact's subject) does not say it.
 */
const ORIGIN_ASKED =
  /(?<!\p{L})(?:nationality|citizenship|(?:which|what) (?:country|nation)(?: (?!\p{L}*[.?!])\p{L}+){0,6} (?:from|come from)|from (?:which|what) country|национальност\p{L}*|гражданств\p{L}*|из какой страны|какой страны родом|откуда родом|нацыянальнасц\p{L}*|грамадзянств\p{L}*|з якой краіны|з якой краины|адкуль родам)(?!\p{L})/u;

const ORIGINS: Record<Lang, string> = {
  en: `albania albanian andorra armenia armenian austria austrian azerbaijan azerbaijani belgium belgian
bosnia bosnian bulgaria bulgarian croatia croatian cyprus cypriot czech czechia denmark danish estonia
estonian finland finnish france french georgia georgian germany german greece greek hungary hungarian
iceland icelandic ireland irish italy italian latvia latvian liechtenstein lithuania lithuanian
luxembourg malta maltese moldova moldovan monaco montenegro netherlands dutch macedonia macedonian
norway norwegian poland polish portugal portuguese romania romanian serbia serbian
slovakia slovak slovenia slovenian spain spanish sweden swedish switzerland swiss turkey turkish
britain british kingdom england english scotland scottish america american canada canadian`,
  ru: `албания албанский андорра армения армянский австрия австрийский азербайджан бельгия бельгийский
босния болгария болгарский хорватия хорватский кипр чехия чешский дания датский эстония эстонский
финляндия финский франция французский грузия грузинский германия немецкий греция греческий венгрия
венгерский исландия ирландия ирландский италия итальянский латвия латвийский лихтенштейн литва
литовский люксембург мальта молдова молдавия монако черногория нидерланды голландия нидерландский
македония норвегия норвежский польша польский португалия португальский румыния румынский сербия сербский словакия словацкий словения словенский испания испанский швеция
шведский швейцария швейцарский турция турецкий британия британский англия
английский сша американский канада`,
  be: `албанія андора арменія армянскі аўстрыя аўстрыйскі азербайджан бельгія бельгійскі боснія балгарыя
балгарскі харватыя харвацкі кіпр чэхія чэшскі данія дацкі эстонія эстонскі фінляндыя фінскі францыя
французскі грузія грузінскі германія нямеччына нямецкі грэцыя грэчаскі венгрыя венгерскі ісландыя
ірландыя ірландскі італія італьянскі латвія латвійскі ліхтэнштэйн літва літоўскі люксембург мальта
малдова манака чарнагорыя нідэрланды галандыя нідэрландскі македонія нарвегія нарвежскі польшча
польскі партугалія партугальскі румынія румынскі сербія сербскі славакія
славацкі славенія славенскі іспанія іспанскі швецыя шведскі швейцарыя швейцарскі турцыя турэцкі
брытанія брытанскі англія англійскі зша амерыканскі канада`,
};

const ORIGIN_STEMS = [...new Set(LANGS.flatMap((lang) => stemsOf(lang, ORIGINS[lang])))];

/** The text asks which country someone or something comes from. */
export const asksOrigin = (normalized: string) => ORIGIN_ASKED.test(normalized);

/** A fact's words (fact-signals.ts's `factWords`) name a country or nationality other than Belarus. */
export const namesOrigin = (words: ReadonlySet<string>) => ORIGIN_STEMS.some((stem) => words.has(stem));

/** Cities and venues a "where" question is answered by, besides the countries above. */
const PLACES: Record<Lang, string> = {
  en: `strasbourg brussels minsk vilnius warsaw madrid paris luxembourg reykjavik liverpool moscow
hrodna grodno geneva prague kyiv kiev tomsk university palais city`,
  ru: `страсбург брюссель минск вильнюс варшава мадрид париж люксембург рейкьявик ливерпуль москва
гродно женева прага киев томск университет дворец город`,
  be: `страсбург брусель мінск вільнюс варшава мадрыд парыж люксембург рэйк'явік ліверпуль масква
гродна жэнева прага кіеў томск універсітэт палац горад`,
};
const PLACE_STEMS = [...new Set([...ORIGIN_STEMS, ...LANGS.flatMap((lang) => stemsOf(lang, PLACES[lang]))])];

/** A fact's words name a place: a city, a venue or a country other than Belarus. */
export const namesPlace = (words: ReadonlySet<string>) => PLACE_STEMS.some((stem) => words.has(stem));

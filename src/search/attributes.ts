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
 * a fact may name it by too (a prize won is a prize awarded, a body founded one created). Not
 * asking: a sentence («прысудзілі» is said of the fines the sources do give), nor "created",
 * which more often describes a subject ("the Coordination Council created by Tsikhanouskaya")
 * than asks when.
 */
const ATTRIBUTES: Record<Lang, string[]> = {
  en: [
    "born birth birthplace",
    "founded founder founding / created create creation established establishment",
    "budget funded funding",
    "salary",
    "population",
    "nationality citizenship",
    "succeeded successor replaced",
    "won winner / laureate awarded award",
    "percentage percent",
    "married",
    "died",
    "headquarters",
    "arrested arrest / detained detention",
    "released freed liberated pardoned / release",
    "inhabitants / population",
  ],
  ru: [
    "родился родилась рождения родом",
    "основан основана основано основали основатель / создан создана создала создал создали создание учреждена учредил",
    "бюджет финансирование",
    "зарплата",
    "население",
    "национальность гражданство",
    "сменил сменила преемник заменил заменила",
    "победил победила победитель / лауреат присудила вручила премию",
    "процент процентов",
    "женат",
    "умер умерла",
    "штаб-квартира",
    "арестовали арестован арестована арестовать / арест задержан задержана задержание",
    "освободили освобождён освобождена освободить / освобождение",
    "жителей жители / население",
  ],
  be: [
    "нарадзіўся нарадзілася нараджэння родам",
    "заснаваны заснавана заснавалі заснавальнік / створаны створана стварыла стварыў стварылі стварэнне",
    "бюджэт фінансаванне",
    "заробак",
    "насельніцтва",
    "нацыянальнасць грамадзянства",
    "змяніў змяніла пераемнік замяніў замяніла",
    "перамог перамагла пераможца / лаўрэат прысудзіла уручыла прэмію",
    "працэнт працэнтаў",
    "памёр памерла",
    "штаб-кватэра",
    "арыштавалі арыштаваны арыштавана / арышт затрыманы затрымана затрыманне",
    "вызвалілі вызвалены вызвалена / вызваленне",
    "жыхароў жыхары / насельніцтва",
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

/**
 * What people ask about a person, body or event beyond what the sources say: where someone was
 * born, when an organisation was founded, who succeeded whom, who won, a budget, a percentage.
 * Such a question names its subject, so the fact about that subject ranks first and looks
 * answered; unless that fact says the word asked about, it is not the answer ("When was Viasna
 * founded?" of a fact about Viasna's 2012 award).
 */
import { LANGS } from "../langs.js";
import { analyzerFor } from "./analyze.js";

const WORDS = {
  en: `born birth birthplace founded founder founding budget salary population nationality citizenship
    succeeded successor replaced won winner percentage percent married died headquarters funded funding`,
  ru: `родился родилась рождения родом основан основана основано основали основатель бюджет зарплата
    население национальность гражданство сменил сменила преемник заменил заменила победил победила
    победитель процент процентов женат умер умерла штаб-квартира финансирование`,
  be: `нарадзіўся нарадзілася нараджэння родам заснаваны заснавана заснавалі заснавальнік бюджэт заробак
    насельніцтва нацыянальнасць грамадзянства змяніў змяніла пераемнік замяніў замяніла перамог
    перамагла пераможца працэнт працэнтаў памёр памерла штаб-кватэра фінансаванне`,
};

const STEMS = new Set(
  LANGS.flatMap((lang) =>
    WORDS[lang]
      .split(/\s+/)
      .filter(Boolean)
      .map((word) => analyzerFor(lang)(word))
      .filter((stem): stem is string => !!stem),
  ),
);

/** The word asks for an attribute the sources rarely give (see above), in any of the three languages. */
export const asksForAttribute = (token: string) =>
  LANGS.some((lang) => {
    const stem = analyzerFor(lang)(token);
    return !!stem && STEMS.has(stem);
  });

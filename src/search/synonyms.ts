/**
 * Words people use for the same thing in this domain — a question's verb is rarely the fact's
 * verb ("stopped working with" for "suspended cooperation", «заморозил» for «приостановил»).
 * A question word in a group also looks for the others. General groups only, one meaning each:
 * never an ambiguous word ("capital" is a city before it is a punishment; "contacts" would make
 * the Contact Group a "relations group").
 */
const GROUPS: Record<"en" | "ru" | "be", string[]> = {
  en: [
    "suspend suspended suspension stop stopped halt halted freeze froze frozen sever severed",
    "cooperation cooperate ties relations dealings engagement",
    "join joined accede acceded accession admit admitted admission",
    "apply applied application bid",
    "create created creation establish established establishment found founded launch launched",
    "award awarded prize honour honoured honor honored laureate",
    "arrest arrested detain detained detention jail jailed imprison imprisoned imprisonment prison",
    "talks negotiations dialogue",
    "release released freed",
    "abolish abolition abolishing",
    "execution executions",
    "exile exiled emigrants emigration diaspora",
    "journalist journalists reporter reporters",
    "ratify ratified ratification",
    "sign signed signing signatory signatories signature signatures",
    "denounce denounced denunciation withdraw withdrew withdrawal",
    "meeting meet met",
    "elections election vote",
    "ban banned exclude excluded exclusion",
    "athletes athlete sportspeople sportsmen sportswomen",
    "wife spouse",
  ],
  ru: [
    "приостановить приостановил приостановила приостановлено приостановление прекратить прекратил прекратила заморозить заморозил заморозила свернуть свернул свернула разрыв разорвать разорвал",
    "сотрудничество сотрудничать отношения связи",
    "вступить вступила вступление присоединиться присоединилась",
    "заявка заявку заявление",
    "создать создала создали создание учредить учредил учреждение основать основали основание",
    "премия премию награда награду наградили наградить лауреат",
    "арест арестован арестовали задержан задержали задержание заключение тюрьма решетку",
    "переговоры диалог",
    "освобождение освободили освобожден",
    "отмена отменить отмены",
    "казнь казни расстрел",
    "изгнание изгнании эмиграция эмиграции эмигранты диаспора",
    "журналист журналисты журналистов репортер репортеры",
    "ратифицировать ратифицировала ратификация",
    "денонсировать денонсировала денонсация",
    "встреча встречи встретилась встретился заседание",
    "выборы выборов голосование",
    "запрет запретить запретили недопуск отстранение отстранить",
    "спортсмены спортсменов атлеты атлетов",
    "жена супруга",
  ],
  be: [
    "прыпыніць прыпыніла прыпыніў прыпыненне спыніць спыніла спыніў замарозіць замарозіла згарнуць згарнула разрыў разарваць",
    "супрацоўніцтва супрацоўнічаць адносіны сувязі",
    "уступіць уступіла уступленне далучыцца далучылася",
    "заяўка заяўку заява",
    "стварыць стварыла стварылі стварэнне заснаваць заснавалі заснаванне",
    "прэмія прэмію узнагарода узнагароду узнагародзілі лаўрэат",
    "арышт арыштаваны арыштавалі затрыманы затрымалі затрыманне зняволенне турма краты",
    "перамовы дыялог",
    "вызваленне вызвалілі вызвалены",
    "адмена адмяніць адмены",
    "кара пакаранне расстрэл",
    "выгнанне выгнанні эміграцыя эміграцыі эмігранты дыяспара",
    "журналіст журналісты журналістаў рэпарцёр рэпарцёры",
    "ратыфікаваць ратыфікавала ратыфікацыя",
    "дэнансаваць дэнансавала дэнансацыя",
    "сустрэча сустрэчы сустрэлася сустрэўся пасяджэнне",
    "выбары выбараў галасаванне",
    "забарона забараніць забаранілі недапушчэнне адхіленне",
    "спартсмены спартсменаў атлеты атлетаў",
  ],
};

export type SynonymLang = keyof typeof GROUPS;

/** The groups of one language as lists of words. */
export function synonymGroups(lang: SynonymLang): string[][] {
  return GROUPS[lang].map((group) => group.split(" "));
}

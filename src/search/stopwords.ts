/**
 * Words that do not tell one fact from another: function words, question words, and the
 * verbs people wrap a question in ("tell me", "what happened"). They are dropped before
 * matching so that they neither rank facts nor count as evidence for an answer.
 * Forms are written as normalized text is: lower case, ё→е, apostrophes kept.
 */
import { foldCyrillic } from "./fold.js";
const EN = `a an the and or but of in on at to for from by with about as into over after before since
until during between under than then so if is are was were be been being am do does did done doing
have has had having will would shall should can could may might must it its this that these those
there here what who whom whose when where how whats whens wheres whos hows according
i me my we us our you your he him his she her they them their one ones any some all
not no yes please tell me know like need explain give show say said
happen happened happens did does mean means meant stand stands stood kind sort number
also just really very still ever get got make made date dates year years exactly currently now today
i'm i've i'd i'll you're it's that's there's let's could would anyone someone something`;

const RU = `а и или но да же ли бы ни не нет в во на у к ко с со из от до по о об обо при про для за под над
перед после без через между это этот эта эти то тот та те так такой такая такие там тут здесь
что чем чего чему кто кого кому как какой какая какое каков какова каковы когда где куда откуда
зачем ли данным есть был была было были быть будет будут является являлся являлась являются
я мне меня мы нас нам вы вас вам ты тебя тебе он она оно они его ее её их им ему ей
расскажи расскажите скажи скажите подскажи подскажите знаешь знаете можно нужно надо пожалуйста ещё еще уже также тоже очень вообще
случилось произошло происходит значит означает расшифровывается расшифровка такое был дата даты год года году годы сейчас сегодня
теперь именно точно какого какую каких каким какими какому каком себя свой своей свои чей
кто-то что-то кто-нибудь что-нибудь нибудь либо`;

const BE = `а і й ды ці але або ні не няма у ў в ва на да к з са із ад па пра аб для за пад над перад пасля без праз
паміж гэта гэты гэтая гэтыя тое той тая тыя так такі такая такія там тут што чаго чым хто каго каму
як які якая якое калі дзе куды адкуль навошта паводле ёсць быў была было былі быць будзе будуць
з'яўляецца з'яўляюцца я мне мяне мы нас нам вы вас вам ты цябе табе ён яна яно яны яго яе іх ім яму ёй
раскажы раскажыце скажы скажыце падкажы падкажыце ведаеш ведаеце можна трэба калі ласка ласка яшчэ ўжо таксама вельмі наогул здарылася адбылося адбываецца значыць
азначае расшыфроўваецца расшыфроўка такое дата год года годзе гады цяпер зараз сёння менавіта час часу якога якой якім якую якіх якімі
якому сябе свой сваёй свае чый чыя нехта нешта небудзь колечы`;

function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

export const STOP_WORDS = { en: words(EN), ru: words(RU), be: words(BE) } as const;

/** Belarusian typed without ў and і is common: every list is compared in that folded form too. */
const withFolded = (set: Set<string>) => new Set([...set, ...[...set].map(foldCyrillic)]);

/** A token is content unless it is a stop word of any of the three languages. */
const ALL = withFolded(new Set([...STOP_WORDS.en, ...STOP_WORDS.ru, ...STOP_WORDS.be]));

export function isStopWord(token: string): boolean {
  return ALL.has(token) || ALL.has(foldCyrillic(token));
}

/**
 * Question words that tell one kind of answer from another ("how many conventions" vs "which
 * conventions", "why suspended"): they count when the knowledge base's keywords use them, and
 * are dropped, not held against a fact, when it does not.
 */
const SOFT = withFolded(words("many much which why сколько какие почему колькі якія чаму"));

export function isSoftWord(token: string): boolean {
  return SOFT.has(token) || SOFT.has(foldCyrillic(token));
}

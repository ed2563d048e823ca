/**
 * Greetings, thanks and requests for help are recognised before any search, so that
 * "hello, how are you" gets a friendly reply and never a random fact. A question that merely
 * starts with a greeting ("hi, when was PACE…") still goes to the search: only a message made
 * of small talk alone is small talk.
 */
import type { AnswerKind } from "./types.js";

type SmallTalkKind = Extract<AnswerKind, "greeting" | "thanks" | "help">;

/** Phrases in normalized form (lower case, ё→е), longest first within each kind. */
const PHRASES: Record<SmallTalkKind, string[]> = {
  greeting: [
    "good morning",
    "good afternoon",
    "good evening",
    "how are you doing",
    "how are you",
    "how do you do",
    "whats up",
    "what's up",
    "hello",
    "hi there",
    "hi",
    "hey",
    "greetings",
    "yo",
    "доброе утро",
    "добрый день",
    "добрый вечер",
    "здравствуйте",
    "здравствуй",
    "как дела",
    "как ты",
    "как поживаешь",
    "привет",
    "приветствую",
    "хай",
    "салют",
    "здорово",
    "добрай раніцы",
    "добры дзень",
    "добры вечар",
    "як справы",
    "як ты",
    "прывітанне",
    "вітаю",
    "вітанкі",
    "здароў",
    "дабрыдзень",
  ],
  thanks: [
    "thank you very much",
    "thank you so much",
    "thank you",
    "thanks a lot",
    "many thanks",
    "thanks",
    "thx",
    "ty",
    "cheers",
    "большое спасибо",
    "спасибо большое",
    "спасибо",
    "благодарю",
    "спс",
    "вялікі дзякуй",
    "дзякуй вялікі",
    "дзякуй",
    "дзякую",
    "дзякуем",
  ],
  help: [
    "what can you do",
    "how does this work",
    "how to use",
    "help me",
    "help",
    "что ты умеешь",
    "что умеешь",
    "как пользоваться",
    "помощь",
    "помоги",
    "помогите",
    "што ты ўмееш",
    "што ты умееш",
    "як карыстацца",
    "дапамажы",
    "дапамажыце",
    "дапамога",
  ],
};

/** Words that may surround small talk without turning it into a question. */
const FILLER = new Set(
  "bot бот please пожалуйста ласка калі кали и і і and ну there you too lot very much me мне a".split(" "),
);

/** The first kind found wins: "thanks, help" asks for help. */
const KINDS_IN_ORDER = ["help", "thanks", "greeting"] as const;
/** Each phrase between spaces, as it is looked for in the message: made once, not per message. */
const PADDED = Object.fromEntries(
  KINDS_IN_ORDER.map((kind) => [kind, PHRASES[kind].map((phrase) => ` ${phrase} `)]),
) as Record<SmallTalkKind, string[]>;

export interface SmallTalk {
  /** Set when the message is small talk alone. */
  kind?: SmallTalkKind;
  /** The message without its greetings and thanks ("hi, when was…" → "when was…"), for the search. */
  rest: string;
}

export function splitSmallTalk(normalized: string): SmallTalk {
  // Punctuation off, except inside numbers ("193.1", "193,1"), so that phrases match as words.
  const words = normalized.replace(/(?<!\d)[.,]|[.,](?!\d)/g, " ").replace(/[^\p{L}\p{N}'., ]/gu, " ");
  let remaining = ` ${words} `;
  let rest = remaining;
  let found: SmallTalkKind | undefined;
  for (const kind of KINDS_IN_ORDER)
    for (const padded of PADDED[kind]) {
      if (!remaining.includes(padded)) continue;
      found ??= kind;
      remaining = remaining.split(padded).join(" ");
      // "help" may be a topic ("HELP programme"): only greetings and thanks leave a question.
      if (kind !== "help") rest = ` ${rest} `.split(padded).join(" ");
    }
  const alone = remaining.split(" ").every((word) => word === "" || FILLER.has(word));
  return { kind: found && alone ? found : undefined, rest: rest.trim() };
}

/**
 * A week of recorded feedback, written by hand so that every count in the report is known:
 * declined questions in three languages with wordings that should group and some that should
 * not, answers with votes (one changed), a question the knowledge base answers today although
 * it was declined when asked, a question written as HTML, and entries outside the period.
 */
import type { FeedbackEntry, QuestionRecord } from "../../src/feedback/record.js";
import type { Lang } from "../../src/langs.js";

let next = 0;
const id = () => (next++).toString(2).replace(/0/g, "a").replace(/1/g, "b").padStart(10, "a");

function declined(day: string, lang: Lang, q: string, suggested: string[] = []): QuestionRecord {
  return { t: "q", id: id(), day, lang, q, outcome: "declined", confidence: 0.2, suggested };
}
function answered(day: string, lang: Lang, q: string, fact: string): QuestionRecord {
  return { t: "q", id: id(), day, lang, q, outcome: "answered", fact, confidence: 0.9 };
}

export const HOSTILE = `<script>document.body.setAttribute("data-pwned","1")</script><img src=x onerror="document.title='pwned'">`;

export function fixture(): FeedbackEntry[] {
  next = 0;
  const entries: FeedbackEntry[] = [];
  const add = (...more: FeedbackEntry[]) => entries.push(...more);
  // Weather, in different wordings: one group of 5.
  add(
    declined("2026-11-25", "en", "What is the weather in Minsk?"),
    declined("2026-11-25", "en", "what is the weather in minsk"),
    declined("2026-11-26", "en", "weather in Minsk today"),
    declined("2026-11-27", "en", "Minsk weather"),
    declined("2026-11-28", "en", "**What is the weather in Minsk?**"),
  );
  // A Belarusian group of 3 (with and without ў), with the facts the bot offered.
  add(
    declined("2026-11-26", "be", "Колькі каштуе віза ў Польшчу?", ["venice-commission"]),
    declined("2026-11-27", "be", "колькі каштуе віза у Польшчу", ["venice-commission"]),
    declined("2026-11-29", "be", "віза ў Польшчу кошт", ["venice-commission", "contact-group"]),
  );
  // Shares one word with the weather group but is about something else: a group of its own.
  add(declined("2026-11-27", "en", "Minsk marathon"));
  // Russian, ё and case do not matter.
  add(
    declined("2026-11-28", "ru", "Кто возглавляет совет Европы сейчас?"),
    declined("2026-11-29", "ru", "кто возглавляет Совет Европы сейчас"),
  );
  // Declined when asked, answered by today's knowledge base.
  add(declined("2026-11-30", "en", "When did Belarus apply to join the Council of Europe?"));
  // Hostile text, as it would be stored.
  add(declined("2026-11-30", "en", HOSTILE));

  // Answers and their votes.
  const liked = answered("2026-11-25", "en", "When was the Contact Group created?", "contact-group");
  const disliked1 = answered("2026-11-26", "ru", "Когда приостановили статус гостя?", "guest-suspended-1997");
  const disliked2 = answered("2026-11-27", "ru", "статус гостя ПАСЕ", "guest-suspended-1997");
  const changed = answered("2026-11-28", "be", "Калі Беларусь падала заяўку?", "application-1993");
  const noVote = answered("2026-11-29", "be", "Кантактная група", "contact-group");
  add(liked, disliked1, disliked2, changed, noVote);
  add(
    { t: "v", id: liked.id, day: "2026-11-25", vote: "up" },
    { t: "v", id: disliked1.id, day: "2026-11-26", vote: "down" },
    { t: "v", id: disliked2.id, day: "2026-11-27", vote: "down" },
    { t: "v", id: changed.id, day: "2026-11-28", vote: "down" },
    { t: "v", id: changed.id, day: "2026-11-28", vote: "up" },
  );

  // Outside the period 2026-11-25 … 2026-12-01.
  add(
    declined("2026-11-20", "en", "What is the weather in Minsk?"),
    answered("2026-12-02", "en", "Contact Group", "contact-group"),
  );
  return entries;
}

/** The period the fixture is meant for. */
export const PERIOD = { from: "2026-11-25", to: "2026-12-01" };

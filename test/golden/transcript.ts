/**
 * One session with the bot, written down as a person reads it: what they typed or pressed, then
 * every message the bot sent or changed (text as shown, links with their address, buttons row by
 * row) and every alert. A change to the layout shows up as a diff of these files.
 */
import type { InlineKeyboardButton } from "grammy/types";
import { htmlToPlain } from "../../src/cli/render.js";
import type { Lang } from "../../src/langs.js";
import type { ApiCall } from "../bot/support/fake-telegram.js";
import { createHarness, type Exchange, type Person } from "../bot/support/harness.js";
import { knowledge } from "../bot/support/knowledge.js";

/** What the person does, in order. A label presses that button on the bot's last message. */
type Step =
  | { say: string }
  | { press: string | RegExp; on?: "last" | "first" }
  | { caption: string }
  | { inline: string };

/** The same session in each language: the questions differ, the presses are the same. */
const QUESTIONS: Record<Lang, { apply: string; offTopic: string; caption: string }> = {
  be: {
    apply: "Калі Беларусь падала заяўку на ўступленне ў Савет Еўропы?",
    offTopic: "якое надвор'е заўтра ў Мінску?",
    caption: "Што такое Кантактная група?",
  },
  ru: {
    apply: "Когда Беларусь подала заявку на вступление в Совет Европы?",
    offTopic: "какая погода завтра в Минске?",
    caption: "Что такое Контактная группа?",
  },
  en: {
    apply: "When did Belarus apply to join the Council of Europe?",
    offTopic: "what's the weather in Minsk tomorrow?",
    caption: "What is the Contact Group?",
  },
};

function session(lang: Lang): Step[] {
  const t = (key: string, args?: Record<string, string | number>) => knowledge().kb.t(lang, key, args);
  const q = QUESTIONS[lang];
  return [
    { say: "/start" },
    { say: q.apply },
    { press: /^📚 / },
    { press: "1" },
    { press: t("button-back-to-list") },
    { press: t("button-back") },
    { press: t("button-next-timeline") },
    { press: t("button-back-to-list") },
    { press: t("button-next-page") },
    { say: q.offTopic },
    { press: t("topic-conventions") },
    { press: "2" },
    { press: t("button-back-to-list") },
    { say: "?" },
    { caption: q.caption },
    { say: "/SOURCES" },
    { inline: "" },
  ];
}

export async function transcript(lang: Lang): Promise<string> {
  const h = createHarness();
  const person = h.private({ languageCode: lang, firstName: "Alesia", id: 4242 });
  const out: string[] = [`# A session in ${lang}: what the person did (>) and what the bot sent (<)`, ""];
  let last: Exchange["sent"][number] | undefined;
  for (const step of session(lang)) {
    const exchange = await act(person, step, last);
    out.push(`> ${describe(step)}`, ...exchange.calls.flatMap(render), "");
    last = exchange.sent.at(-1) ?? exchange.edited.at(-1) ?? last;
  }
  h.expectClean();
  return out.join("\n");
}

function act(person: Person, step: Step, last: Exchange["sent"][number] | undefined): Promise<Exchange> {
  if ("say" in step) return person.send(step.say);
  if ("caption" in step) return person.sendMedia("photo", step.caption);
  if ("inline" in step) return person.inline(step.inline);
  if (!last) throw new Error(`Nothing to press ${String(step.press)} on`);
  return person.press(last, step.press);
}

function describe(step: Step): string {
  if ("say" in step) return step.say;
  if ("caption" in step) return `[photo] ${step.caption}`;
  if ("inline" in step) return `@bot ${step.inline || "(empty query)"}`;
  return `[press] ${typeof step.press === "string" ? step.press : `${step.press.source.replace(/^\^/, "").trim()}…`}`;
}

/** One call to Telegram, as the person would notice it. */
function render({ method, payload }: ApiCall): string[] {
  switch (method) {
    case "sendMessage":
    case "editMessageText": {
      const head = method === "sendMessage" ? "< message" : "< the same message, changed:";
      const text = payload.parse_mode === "HTML" ? htmlToPlain(String(payload.text)) : String(payload.text);
      return [head, ...indent(text), ...buttons(payload.reply_markup)];
    }
    case "answerCallbackQuery":
      return typeof payload.text === "string"
        ? [`< ${payload.show_alert ? "alert" : "toast"}: ${payload.text}`]
        : [];
    case "answerInlineQuery":
      return [
        "< inline results:",
        ...(payload.results as { title: string }[]).map(
          (result, index) => `    ${index + 1}. ${result.title}`,
        ),
      ];
    default:
      return [`< ${method}`];
  }
}

function indent(text: string): string[] {
  return text.split("\n").map((line) => (line ? `    ${line}` : ""));
}

function buttons(markup: unknown): string[] {
  const rows = (markup as { inline_keyboard?: InlineKeyboardButton[][] } | undefined)?.inline_keyboard ?? [];
  return rows.map(
    (row) =>
      "    " +
      row
        .map((button) => {
          const mark = "url" in button ? " ↗" : "switch_inline_query" in button ? " ⤴" : "";
          return `[${button.text}${mark}]`;
        })
        .join(" "),
  );
}

# Interface strings of the bot. Plain text only: the bot escapes it and adds formatting itself.
# Keep the keys identical in be, ru and en (`npm run kb:check` checks).

## Command menu (setMyCommands): a few words each

command-start = Welcome and how to ask
command-help = How to use the bot
command-timeline = Belarus and the Council of Europe, year by year
command-conventions = Conventions Belarus joined, and their status
command-sources = Documents the answers come from
command-language = Choose the interface language
command-about = About this bot

## Welcome, help, about

welcome = Hello, { $name }! I answer questions about Belarus and the Council of Europe: the history of relations and membership, conventions, the Contact Group, PACE resolutions, civil society in exile, political prisoners. Every answer comes with a link to its source.

    Ask in Belarusian, Russian or English, for example: “When did Belarus apply to join the Council of Europe?”

    Or start from a topic below. /help — everything else.
start-unknown-link = That link leads to a topic I no longer have. Here is where to start instead.
topic-timeline = 📜 Timeline
topic-conventions = 📑 Conventions
topic-membership = 🏛 Membership
topic-suspension = ⛔ 2022 suspension
topic-contact-group = 🤝 Contact Group
topic-prisoners = ⛓ Political prisoners

help-intro = Ask a question in your own words, in Belarusian, Russian or English, for example:
    “When was the special guest status suspended?”
    “Havel prize Bialiatski”
    “Што такое Кантактная група?”
    I answer briefly and give a link to the source. When I don't know, I say so and suggest close topics.

    Commands:
help-inline = To share an answer, tap “Share” under it, or type { $bot } and a question in any chat: I'll offer answers to send there.
help-language = I reply in the language of your question. Menus and buttons follow your Telegram language until you choose another with /language.

about = This bot answers questions about Belarus and the Council of Europe in Belarusian, Russian and English: membership history, conventions, the Contact Group, PACE resolutions, civil society in exile, political prisoners.

    It knows { $facts ->
        [one] { $facts } fact
       *[other] { $facts } facts
    } drawn from { $sources ->
        [one] { $sources } public document
       *[other] { $sources } public documents
    }: texts of the Council of Europe, PACE and the Committee of Ministers, treaty records and statements of human rights organisations. Every answer links to its source, and /sources lists them all. It never makes answers up: when it doesn't know something, it says so.

    An independent project, not an official service of the Council of Europe.

## Answers

# After a source link whose document is in another language than the reply.
answer-source-language = { $lang ->
    [be] (in Belarusian)
    [ru] (in Russian)
   *[en] (in English)
}

## Conventions

# $series is ETS or CETS, $ets the treaty number.
convention-ets = { $series } No. { $ets }
convention-status-in-force = in force
convention-status-suspended = participation suspended
convention-status-denounced = denounced by Belarus
conventions-title = Council of Europe conventions Belarus has joined

## Lists

timeline-title = Timeline
page-of = page { $page } of { $pages }
list-empty = Nothing here yet.
list-hint = Tap a number to open that item.
related-title = More on “{ $title }”
sources-title = Documents the answers come from ({ $count })

## Buttons

button-share = ↗ Share
button-open-in-bot = Open in the bot
button-previous-timeline = ← Earlier
button-next-timeline = Later →
button-previous-conventions = ← Previous
button-next-conventions = Next →
button-previous-page = ← Earlier
button-next-page = Later →
button-stale = This button is out of date. Send /help to start again.
button-related = 📚 More on this ({ $count })
button-back = ◀ Back
button-back-to-list = ◀ Back to the list

## Language

language-choose = Choose the language of menus and buttons. I still answer every question in the language it is written in.
language-chosen = Done: menus and buttons are now in English. Questions written in Belarusian or Russian still get answers in those languages.
language-chosen-short = Language: English
language-name-be = Беларуская
language-name-ru = Русский
language-name-en = English

## Inline mode

inline-nothing-found = Nothing found — open the bot

## Everything else

command-unknown = I don't know the command { $command }. Here is what I can do:
command-unknown-suggest = I don't know the command { $command }. Did you mean { $suggestion }?
non-text-hint = I only understand text. Please type your question in words — in Belarusian, Russian or English.
error-internal = Sorry, something went wrong on my side. Please try again in a minute.

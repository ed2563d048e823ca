## The bot's Telegram profile (setMyDescription, setMyShortDescription) and the flood notice.
## Limits: bot-description 512 characters, bot-short-description 120 (test/deploy/profile.test.ts).

bot-description = Questions about Belarus and the Council of Europe — membership history, conventions, the 2022 suspension, the Contact Group, PACE resolutions, civil society in exile, political prisoners — answered briefly in Belarusian, Russian or English, each with a link to its source. When I don't know, I say so. Press Start, then ask in your own words.
bot-short-description = Belarus and the Council of Europe: short answers with sources, in Belarusian, Russian and English.

# Sent once when someone sends more messages than the rate limit allows; the next ones are ignored for a while.
rate-limited = You are sending messages too fast, so I'm pausing for a short while. Ask again in a minute or so.

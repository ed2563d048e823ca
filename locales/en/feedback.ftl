# The learning loop: the 👍/👎 buttons under an answer, the thanks after a vote, and /privacy.
# Plain text only: the bot escapes it and adds formatting itself. Keep the keys identical in
# be, ru and en (`npm run kb:check` checks).

command-privacy = What the bot keeps about you

feedback-button-up = 👍
feedback-button-down = 👎
# The button of the vote given, so that a second press visibly changes it.
feedback-button-up-chosen = 👍 ✓
feedback-button-down-chosen = 👎 ✓

feedback-thanks-up = Thank you! Glad it helped.
feedback-thanks-down = Thank you! This helps us improve the answers.
feedback-not-yours = Only the person who asked can rate this answer.
feedback-off = Ratings are switched off on this bot.

privacy-title = 🔒 What this bot keeps
# With recording on (FEEDBACK=on, the default). $days: FEEDBACK_RETENTION_DAYS.
privacy-on = When you ask a question, the bot keeps:
    • the text of the question, cut to 500 characters, with phone numbers, e-mail addresses, @usernames and long numbers replaced by placeholders;
    • its language, and which answer the bot gave, or that it did not know;
    • your 👍 or 👎, if you press one;
    • the day it was asked, not the time.

    All this is kept for { $days ->
        [one] { $days } day
       *[other] { $days } days
    }, then deleted.

    It never keeps your name, username or Telegram id, the chat or the message, and nothing links two questions to one person. In groups it keeps only questions addressed to the bot; inline mode keeps nothing.

    The people who maintain the bot read these questions to learn what is missing and add it.
privacy-off = This bot keeps no record of your questions or ratings.
privacy-common = Your /language choice is kept under your Telegram id, so that the bot remembers it. To stop floods, it counts each person's messages for a short while.

    Chats with bots are not end-to-end encrypted: Telegram sees every message. Please do not write names, addresses or other personal details in questions.

# How answers are worded around the fact itself: in the bot, the offline chat and `ask`.
answer-source = Source:
answer-sources = Sources:
answer-source-line = { $title } — { $url }
answer-see-also = See also:
answer-decline = I don’t know that yet — my answers come only from the documents I was given.
answer-decline-suggestions = Closest topics:
answer-decline-browse = Try /timeline, /conventions or /help.
answer-decline-topics = Here is where to start:
answer-greeting = Hello! Ask me about Belarus and the Council of Europe — for example, “When was the Contact Group created?”
answer-thanks = You’re welcome! Ask another question any time.
answer-help = Ask a question in Belarusian, Russian or English about Belarus and the Council of Europe: membership history, conventions, the Contact Group, PACE resolutions, civil society, political prisoners. Commands: /timeline, /conventions, /sources, /language, /help.
answer-empty = Send me a question as text.
answer-empty-topics = What would you like to know? Type a question in your own words — for example, “When was the Contact Group created?” — or start from a topic:

# How answers are worded around the fact itself: in the bot, the offline chat and `ask`.
answer-source = Source:
answer-sources = Sources:
answer-decline = I don’t know that yet — my answers come only from the documents I was given.
answer-decline-suggestions = Closest topics:
answer-decline-topics = Here is where to start:
answer-greeting = Hello! Ask me about Belarus and the Council of Europe — for example, “When was the Contact Group created?”
answer-thanks = You’re welcome! Ask another question any time.
answer-empty-topics = What would you like to know? Type a question in your own words — for example, “When was the Contact Group created?” — or start from a topic:

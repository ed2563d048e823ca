# Sources needed by the membership facts (data/sources/membership.json).
source-coe-treaty-office = Council of Europe Treaty Office: about Council of Europe treaties

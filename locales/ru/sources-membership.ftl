# Источники, нужные фактам о членстве (data/sources/membership.json).
source-coe-treaty-office = Бюро договоров Совета Европы: о договорах Совета Европы

# Крыніцы, патрэбныя фактам пра членства (data/sources/membership.json).
source-coe-treaty-office = Бюро дагавораў Савета Еўропы: пра дагаворы Савета Еўропы

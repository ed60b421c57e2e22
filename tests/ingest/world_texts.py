"""Short news articles written for the tests, in several scripts, and the encodings they are
saved in. Each must read as an article, never as noise.
"""

from __future__ import annotations

import codecs

WIRE_BRIEF = (
    "NAIROBI, March 4 — Kenya's central bank held its benchmark lending rate at 12.5 percent "
    "on Tuesday, saying inflation had eased for a third month but the shilling remained "
    "exposed to swings in global oil prices.\n\n"
    "Governor Kamau Thugge told reporters the committee would meet again in April and was "
    "ready to act if food prices rose after the long rains. Analysts polled last week had "
    "expected no change.\n"
)

CURLY = (
    "BRUSSELS — The European Commission on Tuesday proposed a €4 billion fund to help farmers "
    "cope with drought, calling the summer’s losses “the worst in a generation.”\n\n"
    "“We cannot ask farmers to carry this alone,” the agriculture commissioner told "
    "reporters. Member states will debate the plan next month; several northern governments "
    "have already said the money should come from existing budgets — not from new "
    "borrowing.\n\n"
    "The commission’s own estimates put this year’s harvest losses at 12 percent for cereals "
    "and nearly 20 percent for olive oil. Farm groups said the fund was “a start” but warned "
    "that the prices of feed and fertiliser had already forced some smaller producers out of "
    "business.\n"
)

FRENCH = (
    "PARIS, 4 mars - Le gouvernement a présenté mardi un projet de loi destiné à accélérer la "
    "construction de logements sociaux dans les grandes villes, où les loyers ont augmenté de "
    "près de 8 % en deux ans.\n\n"
    "Selon la ministre du Logement, les communes qui n'atteignent pas leurs objectifs devront "
    "verser une contribution accrue dès l'année prochaine. Les associations de locataires ont "
    "salué « un premier pas », tout en jugeant les délais trop longs. Le texte sera examiné à "
    "l'Assemblée nationale à la fin du mois.\n\n"
    "Le ministère estime que 150 000 logements pourraient être financés chaque année grâce au "
    "nouveau dispositif. Les maires de plusieurs grandes villes ont toutefois rappelé que le "
    "manque de terrains disponibles restait le principal obstacle.\n"
)

GERMAN = (
    "BERLIN, 4. März - Die Bundesregierung hat am Dienstag ein Förderprogramm für die "
    "Sanierung von Schulgebäuden beschlossen. Insgesamt sollen in den kommenden fünf Jahren "
    "rund 2,5 Milliarden Euro an Länder und Gemeinden fließen.\n\n"
    "Die Kultusministerkonferenz begrüßte den Beschluss, kritisierte jedoch die aufwändigen "
    "Antragsverfahren. Viele Schulen in ländlichen Regionen warteten seit Jahren auf neue "
    "Heizungen, Fenster und Toiletten, sagte ein Sprecher. Die ersten Mittel könnten nach "
    "Angaben des Ministeriums bereits im Herbst ausgezahlt werden.\n\n"
    "Nach einer Umfrage des Städtetags gilt fast jedes dritte Schulgebäude als dringend "
    "sanierungsbedürftig. Die Opposition nannte das Programm zu klein und forderte eine "
    "dauerhafte Beteiligung des Bundes.\n"
)

GREEK = (
    "ΑΘΗΝΑ — Η κυβέρνηση ανακοίνωσε την Τρίτη νέο πρόγραμμα στήριξης για τα νοικοκυριά που "
    "πλήττονται από την άνοδο των τιμών της ενέργειας. Το μέτρο αφορά περίπου δύο "
    "εκατομμύρια οικογένειες και θα ισχύσει έως το τέλος του χειμώνα.\n\n"
    "Ο υπουργός Οικονομικών δήλωσε ότι το κόστος θα καλυφθεί από τα έσοδα του προηγούμενου "
    "έτους και ότι δεν θα χρειαστούν νέοι φόροι. Η αντιπολίτευση χαρακτήρισε τα μέτρα "
    "ανεπαρκή και ζήτησε μόνιμη μείωση του φόρου στα τρόφιμα.\n\n"
    "Σύμφωνα με τα στοιχεία της στατιστικής υπηρεσίας, ο πληθωρισμός έφτασε τον προηγούμενο "
    "μήνα στο 4,5 %, κυρίως λόγω της αύξησης των τιμών στα τρόφιμα και στην ενέργεια. Οι "
    "πρώτες πληρωμές αναμένεται να γίνουν μέσα στον επόμενο μήνα.\n"
)

RUSSIAN = (
    "МОСКВА, 4 марта — Центральный банк во вторник сохранил ключевую ставку на прежнем "
    "уровне, сославшись на замедление инфляции и неопределённость на мировых рынках.\n\n"
    "Как говорится в заявлении регулятора, дальнейшие решения будут зависеть от динамики цен "
    "и состояния экономики. Аналитики, опрошенные агентством, ожидали именно такого исхода. "
    "Следующее заседание совета директоров запланировано на конец апреля.\n\n"
    "По данным Росстата, годовая инфляция в феврале замедлилась до 7,2 процента после 7,4 "
    "процента месяцем ранее. Рубль после объявления решения почти не изменился, а индекс "
    "Московской биржи завершил торги небольшим ростом.\n"
)

ARABIC = (
    "القاهرة — أعلنت الحكومة يوم الثلاثاء عن خطة جديدة لدعم صغار المزارعين في محافظات "
    "الصعيد، تشمل قروضا ميسرة وتوزيع بذور محسنة قبل موسم الزراعة المقبل.\n\n"
    "وقال وزير الزراعة في مؤتمر صحفي إن الخطة ستصل إلى نحو نصف مليون أسرة خلال العامين "
    "المقبلين، مضيفا أن التمويل سيأتي من الموازنة العامة ومن شركاء دوليين. ورحب اتحاد "
    "الفلاحين بالقرار، لكنه طالب بتسريع صرف المستحقات المتأخرة.\n\n"
    "ويعمل في قطاع الزراعة نحو ربع القوى العاملة في البلاد، وقد تضرر كثير من المزارعين من "
    "ارتفاع أسعار الأسمدة والوقود خلال العام الماضي. ومن المقرر أن تبدأ المرحلة الأولى من "
    "الخطة في محافظتي أسيوط وسوهاج الشهر المقبل.\n"
)

CHINESE = (
    "新华社北京3月4日电 国家统计局周二发布的数据显示，今年前两个月全国规模以上工业增加值同比"
    "增长百分之五点六，增速比去年全年加快零点八个百分点。分行业看，高技术制造业增长明显，"
    "新能源汽车和集成电路产量继续保持较快增长。\n\n"
    "统计局发言人在新闻发布会上表示，国内需求逐步恢复，企业预期有所改善，但外部环境依然复杂，"
    "部分行业经营仍面临困难。他说，下一阶段将继续加大宏观政策调控力度，着力扩大有效需求，"
    "推动经济持续回升向好。\n\n"
    "另据海关总署公布的数据，前两个月我国货物贸易进出口总值同比增长百分之八点七，其中出口增长"
    "百分之十点三，进口增长百分之六点七。海关总署有关负责人表示，外贸企业订单增多，港口货物"
    "吞吐量稳步上升，但全球市场需求仍存在不确定性，企业需要密切关注汇率和运费的变化。\n\n"
    "分析人士指出，春节假期的时间差对数据有一定影响，三月份的数据将更能反映经济运行的真实情况。"
    "多家机构预计，一季度经济增长有望保持在合理区间。与此同时，国家发展和改革委员会表示，"
    "将加快推进一批重大项目建设，支持地方政府发行专项债券，用于交通、水利和城市更新等领域。\n\n"
    "国家统计局还表示，前两个月社会消费品零售总额同比增长百分之五点五，其中餐饮收入增长较快，"
    "假日期间旅游和文化消费明显回暖。全国城镇调查失业率为百分之五点三，与去年同期基本持平。\n"
)

JAPANESE = (
    "【東京】政府は4日の閣議で、物価高に対応するための追加の経済対策を決定した。低所得世帯への"
    "給付金の支給や、電気・ガス料金の負担軽減策を来月から実施する。事業規模は約5兆円に上る"
    "見通しだ。\n\n"
    "首相は記者団に対し「国民の生活を守るため、あらゆる手段を尽くす」と述べた。財源の多くは"
    "今年度の補正予算で賄う方針で、国会での審議は来週から始まる。野党側は、対策の効果が"
    "一時的にとどまると批判しており、消費税の減税を求めている。\n\n"
    "一方、日本銀行は同日、金融政策決定会合を開き、現在の大規模な金融緩和を維持することを"
    "決めた。総裁は会見で、賃金の上昇が物価の上昇に追いついていないとの認識を示し、当面は"
    "緩和を続ける考えを強調した。市場関係者の間では、夏以降の政策修正を予想する声も出ている。\n\n"
    "経済界からは、中小企業の賃上げを後押しする支援策の拡充を求める意見が相次いでいる。"
    "商工会議所の会頭は、原材料費の上昇分を価格に転嫁できない企業が多いと指摘し、"
    "取引の適正化に向けた政府の指導を求めた。\n\n"
    "総務省が同日発表した消費者物価指数によると、生鮮食品を除く総合指数は前年同月比で2.8%"
    "上昇し、上昇率は3か月ぶりに拡大した。エネルギー価格の上昇が主な要因とみられる。\n"
)

# name -> (the file's bytes, a phrase its first paragraph starts with, or None when the
# encoding is not told apart: GB18030 without a declared charset reads as Windows-1252)
WORLD_FILES: dict[str, tuple[bytes, str | None]] = {
    "wire-brief.txt": (WIRE_BRIEF.encode("utf-8"), "Kenya's central bank held"),
    "utf16-bom.txt": (codecs.BOM_UTF16_LE + WIRE_BRIEF.encode("utf-16-le"), "Kenya's"),
    "utf16-be-bom.txt": (codecs.BOM_UTF16_BE + GREEK.encode("utf-16-be"), "ΑΘΗΝΑ"),
    "curly-cp1252.txt": (CURLY.encode("cp1252"), "The European Commission"),
    "french-latin1.txt": (FRENCH.encode("latin-1"), "PARIS, 4 mars"),
    "german-latin1.txt": (GERMAN.encode("latin-1"), "BERLIN, 4. März"),
    "greek.txt": (GREEK.encode("utf-8"), "ΑΘΗΝΑ — Η κυβέρνηση"),
    "russian.txt": (RUSSIAN.encode("utf-8"), "МОСКВА, 4 марта"),
    "arabic.txt": (ARABIC.encode("utf-8"), "القاهرة"),
    "chinese.txt": (CHINESE.encode("utf-8"), "新华社北京3月4日电"),
    "chinese-gb18030.txt": (CHINESE.encode("gb18030"), None),
    "japanese.txt": (JAPANESE.encode("utf-8"), "【東京】政府は"),
    "japanese-shift-jis.txt": (JAPANESE.encode("shift_jis"), "【東京】政府は"),
}

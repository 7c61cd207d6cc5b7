<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Qt for Python: windows, widgets, translations</source>
        <translation>Qt لبايثون: النوافذ وعناصر الواجهة والترجمات</translation>
    </message>
    <message>
        <source>the workshop database</source>
        <translation>قاعدة بيانات ورش العمل</translation>
    </message>
    <message>
        <source>database migrations</source>
        <translation>ترحيل قاعدة البيانات</translation>
    </message>
    <message>
        <source>curriculum and exchange-file validation</source>
        <translation>التحقق من صحة المنهج التدريبي وملفات التبادل</translation>
    </message>
    <message>
        <source>curriculum files</source>
        <translation>ملفات المنهج التدريبي</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>مستندات PDF</translation>
    </message>
    <message>
        <source>faster PDF layout</source>
        <translation>تنسيق أسرع لملفات PDF</translation>
    </message>
    <message>
        <source>text shaping for Bengali and Devanagari (HarfBuzz)</source>
        <translation>تشكيل النصوص البنغالية والديفاناغارية (HarfBuzz)</translation>
    </message>
    <message>
        <source>joined Arabic letters in PDFs</source>
        <translation>وصل الحروف العربية في ملفات PDF</translation>
    </message>
    <message>
        <source>right-to-left order in PDFs</source>
        <translation>الاتجاه من اليمين إلى اليسار في ملفات PDF</translation>
    </message>
    <message>
        <source>charts on screen</source>
        <translation>الرسوم البيانية على الشاشة</translation>
    </message>
    <message>
        <source>chart data</source>
        <translation>بيانات الرسوم البيانية</translation>
    </message>
    <message>
        <source>where data is stored</source>
        <translation>موضع تخزين البيانات</translation>
    </message>
    <message>
        <source>About PCSC Workshop</source>
        <translation>حول ورشة عمل PCSC</translation>
    </message>
    <message>
        <source>&lt;h2&gt;PCSC Workshop {0}&lt;/h2&gt;&lt;p&gt;Run capacity-building workshops on people-centred smart cities, offline.&lt;/p&gt;&lt;p&gt;The curriculum is written in our own words from public sources: UN-Habitat&apos;s International Guidelines on People-Centred Smart Cities and World Smart Cities Outlook (2025 presentation), JICA&apos;s Smart City Approach brochure, the World Bank TDLC Smart Cities Technical Deep Dive (2016), the UNCRD Smart Cities Programme and the 2023 UN-Habitat Assembly resolution. Each item names its source.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bundled components and their licences&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;ورشة عمل PCSC {0}&lt;/h2&gt;&lt;p&gt;لتنظيم ورش عمل لبناء القدرات في مجال المدن الذكية المتمحورة حول الإنسان، دون الحاجة إلى الاتصال بالإنترنت.&lt;/p&gt;&lt;p&gt;صيغ المنهج التدريبي بعباراتنا الخاصة استنادًا إلى مصادر عامة: المبادئ التوجيهية الدولية بشأن المدن الذكية المتمحورة حول الإنسان وتقرير آفاق المدن الذكية في العالم الصادران عن موئل الأمم المتحدة (عرض عام 2025)، وكتيّب نهج الوكالة اليابانية للتعاون الدولي (JICA) للمدن الذكية، والدراسة التقنية المعمّقة للبنك الدولي (TDLC) بشأن المدن الذكية (2016)، وبرنامج المدن الذكية لمركز الأمم المتحدة للتنمية الإقليمية (UNCRD)، وقرار جمعية موئل الأمم المتحدة لعام 2023. ويذكر كل عنصر مصدره.&lt;/p&gt;&lt;p&gt;&lt;b&gt;المكوّنات المضمَّنة وتراخيصها&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>المكوّن</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>الاستخدام</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>الترخيص</translation>
    </message>
    <message>
        <source>Latin, Cyrillic, Greek, Arabic, Bengali and Devanagari text</source>
        <translation>النصوص بالحروف اللاتينية والسيريلية واليونانية والعربية والبنغالية والديفاناغارية</translation>
    </message>
    <message>
        <source>Bundled components and licences</source>
        <translation>المكوّنات المضمَّنة وتراخيصها</translation>
    </message>
    <message>
        <source>Font licence text</source>
        <translation>نص ترخيص الخطوط</translation>
    </message>
    <message>
        <source>Noto fonts licence:</source>
        <translation>ترخيص خطوط Noto:</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>PCSC Workshop</source>
        <translation>ورشة عمل PCSC</translation>
    </message>
</context>
<context>
    <name>CurriculumPage</name>
    <message>
        <source>Curriculum</source>
        <translation>المنهج التدريبي</translation>
    </message>
    <message>
        <source>Search the curriculum…</source>
        <translation>البحث في المنهج التدريبي…</translation>
    </message>
    <message>
        <source>Search the curriculum</source>
        <translation>البحث في المنهج التدريبي</translation>
    </message>
    <message>
        <source>Filter by actor</source>
        <translation>التصفية حسب الجهة الفاعلة</translation>
    </message>
    <message>
        <source>All actors</source>
        <translation>جميع الجهات الفاعلة</translation>
    </message>
    <message>
        <source>National governments</source>
        <translation>الحكومات الوطنية</translation>
    </message>
    <message>
        <source>Local and regional governments</source>
        <translation>الحكومات المحلية والإقليمية</translation>
    </message>
    <message>
        <source>Other stakeholders</source>
        <translation>أصحاب المصلحة الآخرون</translation>
    </message>
    <message>
        <source>Filter by pillar</source>
        <translation>التصفية حسب الركيزة</translation>
    </message>
    <message>
        <source>All pillars</source>
        <translation>جميع الركائز</translation>
    </message>
    <message>
        <source>Curriculum contents</source>
        <translation>محتويات المنهج التدريبي</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتائج البحث</translation>
    </message>
    <message>
        <source>Curriculum item</source>
        <translation>عنصر من المنهج التدريبي</translation>
    </message>
    <message>
        <source>UN-Habitat guidelines</source>
        <translation>المبادئ التوجيهية لموئل الأمم المتحدة</translation>
    </message>
    <message>
        <source>Thematic pillars</source>
        <translation>الركائز المواضيعية</translation>
    </message>
    <message>
        <source>Enabling pillars</source>
        <translation>الركائز التمكينية</translation>
    </message>
    <message>
        <source>2023 resolution: principles a–g</source>
        <translation>قرار عام 2023: المبادئ من (أ) إلى (ز)</translation>
    </message>
    <message>
        <source>JICA smart city approach</source>
        <translation>نهج الوكالة اليابانية للتعاون الدولي (JICA) للمدن الذكية</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>المراحل</translation>
    </message>
    <message>
        <source>Scaling up</source>
        <translation>التوسع</translation>
    </message>
    <message>
        <source>City types</source>
        <translation>أنواع المدن</translation>
    </message>
    <message>
        <source>Support menu</source>
        <translation>قائمة الدعم</translation>
    </message>
    <message>
        <source>Case studies</source>
        <translation>دراسات الحالة</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة والشواهد</translation>
    </message>
    <message>
        <source>Nothing found for “{0}”.</source>
        <translation>لم يُعثر على أي نتيجة لـ «{0}».</translation>
    </message>
</context>
<context>
    <name>ItemRenderer</name>
    <message>
        <source>National governments</source>
        <translation>الحكومات الوطنية</translation>
    </message>
    <message>
        <source>Local and regional governments</source>
        <translation>الحكومات المحلية والإقليمية</translation>
    </message>
    <message>
        <source>Other stakeholders</source>
        <translation>أصحاب المصلحة الآخرون</translation>
    </message>
    <message>
        <source>Principles ({0})</source>
        <translation>المبادئ ({0})</translation>
    </message>
    <message>
        <source>Actions: {0} ({1})</source>
        <translation>الإجراءات: {0} ({1})</translation>
    </message>
    <message>
        <source>Strategic agendas</source>
        <translation>البرامج الاستراتيجية</translation>
    </message>
    <message>
        <source>Policies and regulations</source>
        <translation>السياسات والأنظمة</translation>
    </message>
    <message>
        <source>Public sector capacity</source>
        <translation>قدرات القطاع العام</translation>
    </message>
    <message>
        <source>Collaborative ecosystem</source>
        <translation>المنظومة التعاونية</translation>
    </message>
    <message>
        <source>Urban digital infrastructure</source>
        <translation>البنية التحتية الرقمية الحضرية</translation>
    </message>
    <message>
        <source>Digital divide</source>
        <translation>الفجوة الرقمية</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>الركيزة</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>المبادئ</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>الإجراءات</translation>
    </message>
    <message>
        <source>JICA element</source>
        <translation>عنصر JICA</translation>
    </message>
    <message>
        <source>JICA domain</source>
        <translation>مجال JICA</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>إحصاءة</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation>دراسة حالة</translation>
    </message>
    <message>
        <source>Quiz question</source>
        <translation>سؤال الاختبار</translation>
    </message>
    <message>
        <source>Workshop template</source>
        <translation>نموذج ورشة العمل</translation>
    </message>
    <message>
        <source>Resolution principle</source>
        <translation>مبدأ من مبادئ القرار</translation>
    </message>
    <message>
        <source>JICA support</source>
        <translation>دعم JICA</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Local case study</source>
        <translation>دراسة حالة محلية</translation>
    </message>
    <message>
        <source>Local statistic</source>
        <translation>إحصاءة محلية</translation>
    </message>
    <message>
        <source>Local note</source>
        <translation>ملاحظة محلية</translation>
    </message>
    <message>
        <source>See also</source>
        <translation>انظر أيضًا</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Principles and actions</source>
        <translation>المبادئ والإجراءات</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>Example (paraphrased)</source>
        <translation>مثال (بتصرف)</translation>
    </message>
    <message>
        <source>Actions: {0}</source>
        <translation>الإجراءات: {0}</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>أسئلة للنقاش</translation>
    </message>
    <message>
        <source>The guidelines give {0} principles for this pillar.</source>
        <translation>تحدد المبادئ التوجيهية {0} من المبادئ لهذه الركيزة.</translation>
    </message>
    <message>
        <source>The guidelines give {0} actions for this actor.</source>
        <translation>تقترح المبادئ التوجيهية {0} من الإجراءات لهذه الجهة الفاعلة.</translation>
    </message>
    <message>
        <source>Example (paraphrased from the source)</source>
        <translation>مثال (بتصرف عن المصدر)</translation>
    </message>
    <message>
        <source>Pillar: {0}</source>
        <translation>الركيزة: {0}</translation>
    </message>
    <message>
        <source>The other principles and actions are added by the facilitator as local content.</source>
        <translation>يضيف الميسِّر بقية المبادئ والإجراءات بوصفها محتوى محليًا.</translation>
    </message>
    <message>
        <source>Element {0} · domain {1}</source>
        <translation>العنصر {0} · المجال {1}</translation>
    </message>
    <message>
        <source>Maturity levels (our rubric, derived from JICA)</source>
        <translation>مستويات النضج (معاييرنا المستمدة من إطار JICA)</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>العناصر</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>الفئة المعنية</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>المنطقة</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>السياق</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>الجهات الفاعلة</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>ما الذي أُنجز</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>القيمة المُبلَّغ عنها</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>الدروس المستفادة</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PCSC Workshop</source>
        <translation>ورشة عمل PCSC</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;ورشة العمل</translation>
    </message>
    <message>
        <source>Current workshop</source>
        <translation>ورشة العمل الحالية</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>Opening your workshops…</source>
        <translation>جارٍ فتح ورش العمل الخاصة بكم…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;أدوات</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;About PCSC Workshop</source>
        <translation>&amp;حول ورشة عمل PCSC</translation>
    </message>
    <message>
        <source>About PCSC Workshop</source>
        <translation type="vanished">حول ورشة عمل PCSC</translation>
    </message>
    <message>
        <source>&lt;b&gt;PCSC Workshop&lt;/b&gt; {0}&lt;br&gt;Run capacity-building workshops on people-centred smart cities, offline.&lt;br&gt;&lt;br&gt;Fonts: Noto (SIL Open Font Licence 1.1). Libraries: Qt/PySide6 (LGPLv3), SQLAlchemy and Alembic (MIT), reportlab (BSD), pyqtgraph (MIT), pydantic (MIT).</source>
        <translation type="vanished">&lt;b&gt;ورشة عمل PCSC&lt;/b&gt; {0}&lt;br&gt;لتنظيم ورش عمل لبناء القدرات في مجال المدن الذكية المتمحورة حول الإنسان، دون الحاجة إلى الاتصال بالإنترنت.&lt;br&gt;&lt;br&gt;الخطوط: Noto (رخصة SIL للخطوط المفتوحة 1.1). المكتبات البرمجية: Qt/PySide6 (LGPLv3)، وSQLAlchemy وAlembic (MIT)، وreportlab (BSD)، وpyqtgraph (MIT)، وpydantic (MIT).</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Curriculum</source>
        <translation>المنهج التدريبي</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>ورشة العمل</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>خطط العمل</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Save status</source>
        <translation>حالة الحفظ</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;تصدير بصيغة PDF…</translation>
    </message>
    <message>
        <source>Save this action plan as a PDF file</source>
        <translation>حفظ خطة العمل هذه في ملف بصيغة PDF</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>أهم الدروس المستخلصة</translation>
    </message>
    <message>
        <source>What did you learn that matters most for your city?</source>
        <translation>ما أهم ما تعلمتموه بالنسبة إلى مدينتكم؟</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>التحديات</translation>
    </message>
    <message>
        <source>What stands in the way: institutions, skills, finance, data, people?</source>
        <translation>ما العقبات القائمة: المؤسسات، أم المهارات، أم التمويل، أم البيانات، أم الأشخاص؟</translation>
    </message>
    <message>
        <source>Approaches</source>
        <translation>النُّهُج</translation>
    </message>
    <message>
        <source>How will you tackle them? Which ideas from the week will you adapt?</source>
        <translation>كيف ستتعاملون معها؟ وما الأفكار التي ستكيّفونها مما طُرح خلال الأسبوع؟</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>الخطوات التالية</translation>
    </message>
    <message>
        <source>Desired future support</source>
        <translation>الدعم المرغوب مستقبلًا</translation>
    </message>
    <message>
        <source>1. Key takeaways</source>
        <translation>1. أهم الدروس المستخلصة</translation>
    </message>
    <message>
        <source>2. Challenges</source>
        <translation>2. التحديات</translation>
    </message>
    <message>
        <source>3. Approaches</source>
        <translation>3. النُّهُج</translation>
    </message>
    <message>
        <source>4. Next steps</source>
        <translation>4. الخطوات التالية</translation>
    </message>
    <message>
        <source>5. Desired future support</source>
        <translation>5. الدعم المرغوب مستقبلًا</translation>
    </message>
    <message>
        <source>Plan sections</source>
        <translation>أقسام الخطة</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>Pillar: {0}</source>
        <translation>الركيزة: {0}</translation>
    </message>
    <message>
        <source>JICA {0}: {1}</source>
        <translation>عنصر JICA رقم {0}: {1}</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>مخطط له</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>done</source>
        <translation>منجز</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>End</source>
        <translation>النهاية</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Linked pillar / element</source>
        <translation>الركيزة / العنصر المرتبط</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>technical assistance</source>
        <translation>المساعدة الفنية</translation>
    </message>
    <message>
        <source>financing</source>
        <translation>التمويل</translation>
    </message>
    <message>
        <source>capacity building</source>
        <translation>بناء القدرات</translation>
    </message>
    <message>
        <source>knowledge exchange</source>
        <translation>تبادل المعارف</translation>
    </message>
    <message>
        <source>data and tools</source>
        <translation>البيانات والأدوات</translation>
    </message>
    <message>
        <source>other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>From whom</source>
        <translation>من أي جهة</translation>
    </message>
    <message>
        <source>Kind of support</source>
        <translation>نوع الدعم</translation>
    </message>
    <message>
        <source>Choose a plan on the left</source>
        <translation>اختر خطة من القائمة</translation>
    </message>
    <message>
        <source>Action plan of {0}</source>
        <translation>خطة عمل {0}</translation>
    </message>
    <message>
        <source>Delegation plan: {0}</source>
        <translation>خطة الوفد: {0}</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>حُفظت جميع التغييرات</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>جارٍ التحرير…</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>لم يُحفظ: {0}</translation>
    </message>
    <message>
        <source>Saved at {0}</source>
        <translation>حُفظ في الساعة {0}</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>Action plans</source>
        <translation>خطط العمل</translation>
    </message>
    <message>
        <source>Find a participant or delegation</source>
        <translation>ابحث عن مشارك أو وفد</translation>
    </message>
    <message>
        <source>Filter plans</source>
        <translation>تصفية الخطط</translation>
    </message>
    <message>
        <source>Plans by delegation</source>
        <translation>الخطط حسب الوفد</translation>
    </message>
    <message>
        <source>Delegation plan</source>
        <translation>خطة الوفد</translation>
    </message>
    <message>
        <source>No delegation</source>
        <translation>بلا وفد</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>Export action plan</source>
        <translation>تصدير خطة العمل</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF saved: {0}</source>
        <translation>حُفظ ملف PDF: {0}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>تعذّر التصدير</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>&amp;Add row</source>
        <translation>إ&amp;ضافة صف</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>نقل إلى الأعلى</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>نقل إلى الأسفل</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Add a row at the end of {0}</source>
        <translation>إضافة صف في نهاية: {0}</translation>
    </message>
    <message>
        <source>Move the selected row up</source>
        <translation>نقل الصف المحدد إلى الأعلى</translation>
    </message>
    <message>
        <source>Move the selected row down</source>
        <translation>نقل الصف المحدد إلى الأسفل</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>حذف الصف المحدد</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages; used after a restart</source>
        <translation>لغة القوائم والأزرار والرسائل؛ تُستخدم بعد إعادة التشغيل</translation>
    </message>
    <message>
        <source>Takes effect when you restart PCSC Workshop.</source>
        <translation>يسري مفعولها عند إعادة تشغيل ورشة عمل PCSC.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>حجم النص</translation>
    </message>
    <message>
        <source>Size of all text, from 100 to 200 percent; applied at once</source>
        <translation>حجم النص بأكمله، من 100 إلى 200 بالمائة؛ يُطبَّق فورًا</translation>
    </message>
    <message>
        <source>&amp;High-contrast theme (white on black)</source>
        <translation>سمة ال&amp;تباين العالي (أبيض على أسود)</translation>
    </message>
    <message>
        <source>High-contrast theme</source>
        <translation>سمة التباين العالي</translation>
    </message>
    <message>
        <source>White text on a black background; applied at once</source>
        <translation>نص أبيض على خلفية سوداء؛ يُطبَّق فورًا</translation>
    </message>
    <message>
        <source>Text size and contrast apply at once.</source>
        <translation>يُطبَّق حجم النص والتباين فورًا.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;حجم النص:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>The new language will be used the next time you start PCSC Workshop.</source>
        <translation>ستُستخدم اللغة الجديدة في المرة القادمة التي تشغّلون فيها ورشة عمل PCSC.</translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message>
        <source>Workshop</source>
        <translation>ورشة العمل</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>الدقائق</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>الوفد</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <source>Named in reports</source>
        <translation>يُذكر اسمه في التقارير</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
    </message>
    <message>
        <source>Delegations and participants</source>
        <translation>الوفود والمشاركون</translation>
    </message>
    <message>
        <source>{0}&lt;br&gt;{1}&lt;br&gt;Organised by {2}</source>
        <translation>{0}&lt;br&gt;{1}&lt;br&gt;تنظيم: {2}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
</context>
</TS>

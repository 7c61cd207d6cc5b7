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
        <source>dates, numbers and plurals in documents (CLDR)</source>
        <translation>التواريخ والأرقام وصيغ الجمع في الوثائق (CLDR)</translation>
    </message>
    <message>
        <source>editable Word copies of documents</source>
        <translation>نسخ Word قابلة للتحرير من الوثائق</translation>
    </message>
    <message>
        <source>hyphenation in documents</source>
        <translation>تقسيم الكلمات في الوثائق</translation>
    </message>
    <message>
        <source>Latin, Greek, Cyrillic, Arabic, Hebrew, Indic, Southeast Asian, Ethiopic, Armenian, Georgian and Tifinagh text</source>
        <translation>النصوص اللاتينية واليونانية والسيريلية والعربية والعبرية والهندية ونصوص جنوب شرق آسيا والإثيوبية والأرمنية والجورجية والتيفيناغ</translation>
    </message>
    <message>
        <source>Korean text</source>
        <translation>النصوص الكورية</translation>
    </message>
    <message>
        <source>Chinese and Japanese text</source>
        <translation>النصوص الصينية واليابانية</translation>
    </message>
    <message>
        <source>symbols</source>
        <translation>الرموز</translation>
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
        <source>Font licences:</source>
        <translation>تراخيص الخطوط:</translation>
    </message>
    <message>
        <source>Latin, Cyrillic, Greek, Arabic, Bengali and Devanagari text</source>
        <translation type="vanished">النصوص بالحروف اللاتينية والسيريلية واليونانية والعربية والبنغالية والديفاناغارية</translation>
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
        <translation type="vanished">ترخيص خطوط Noto:</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
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
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>&amp;Add session…</source>
        <translation>إ&amp;ضافة جلسة…</translation>
    </message>
    <message>
        <source>Add &amp;day</source>
        <translation>إضافة &amp;يوم</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>نقل إلى الأ&amp;على</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>نقل إلى الأ&amp;سفل</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Agenda total</source>
        <translation>إجمالي البرنامج</translation>
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
        <source>Case: {0}</source>
        <translation>الحالة: {0}</translation>
    </message>
    <message>
        <source>{0}–{1}</source>
        <translation>{0}–{1}</translation>
    </message>
    <message>
        <source>{0} · overlaps the previous session</source>
        <translation>{0} · تتداخل مع الجلسة السابقة</translation>
    </message>
    <message>
        <source>This session starts before the previous one ends: change its time or the order.</source>
        <translation>تبدأ هذه الجلسة قبل انتهاء الجلسة السابقة: غيّروا وقتها أو الترتيب.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n جلسة</numerusform>
            <numerusform>جلسة واحدة</numerusform>
            <numerusform>جلستان</numerusform>
            <numerusform>%n جلسات</numerusform>
            <numerusform>%n جلسة</numerusform>
            <numerusform>%n جلسة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: {0} h {1} min of sessions · {2} · {3}</source>
        <translation>الإجمالي: {0} س {1} د من الجلسات · {2} · {3}</translation>
    </message>
    <message>
        <source>Day {0}</source>
        <translation>اليوم {0}</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>إضافة جلسة</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>تعديل الجلسة</translation>
    </message>
    <message>
        <source>Move session</source>
        <translation>نقل الجلسة</translation>
    </message>
    <message>
        <source>Remove session</source>
        <translation>حذف الجلسة</translation>
    </message>
    <message>
        <source>Remove “{0}” from the agenda?</source>
        <translation>هل تريد حذف «{0}» من جدول الأعمال؟</translation>
    </message>
</context>
<context>
    <name>AgendaPrint</name>
    <message>
        <source>Facilitator&apos;s run sheet</source>
        <translation>ورقة سير الجلسات للميسّر</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>البرنامج</translation>
    </message>
    <message>
        <source>Day {0}</source>
        <translation>اليوم {0}</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>الجلسة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>overlaps the previous session</source>
        <translation>تتداخل مع الجلسة السابقة</translation>
    </message>
    <message>
        <source>{0}–{1} · {2} min of sessions</source>
        <translation>{0}–{1} · {2} دقيقة من الجلسات</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The database could not be opened: {0}</source>
        <translation>تعذّر فتح قاعدة البيانات: {0}</translation>
    </message>
    <message>
        <source>The database is busy: another save or import held it for too long. Nothing was changed; try again in a moment.</source>
        <translation>قاعدة البيانات مشغولة: احتجزها حفظ أو استيراد آخر مدة طويلة. لم يتغير شيء؛ حاولوا مجددًا بعد لحظات.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space (or choose another folder) and try again; your earlier work is intact.</source>
        <translation>القرص ممتلئ: لم يُحفظ شيء. حرّروا بعض المساحة (أو اختاروا مجلدًا آخر) ثم حاولوا مجددًا؛ عملكم السابق سليم.</translation>
    </message>
    <message>
        <source>The computer could not read or write the database file (was a USB stick removed, or is the disk failing?). Nothing was changed.</source>
        <translation>تعذّر على الحاسوب قراءة ملف قاعدة البيانات أو الكتابة فيه (هل نُزعت ذاكرة USB أو أن القرص معطوب؟). لم يتغير شيء.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore the newest backup next to it (a file named like it with “.backup-” in its name), or choose another file with --db.</source>
        <translation>ملف قاعدة البيانات تالف. استعيدوا أحدث نسخة احتياطية بجواره (ملف بالاسم نفسه يتضمن «.backup-»)، أو اختاروا ملفًا آخر باستخدام ‎--db.</translation>
    </message>
    <message>
        <source>The database file or its folder cannot be written (read-only or no permission). Nothing was changed.</source>
        <translation>لا يمكن الكتابة في ملف قاعدة البيانات أو مجلده (للقراءة فقط أو دون صلاحية). لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Opening the workshop pack…</source>
        <translation>جارٍ فتح حزمة الورشة…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>جارٍ فتح قاعدة البيانات…</translation>
    </message>
    <message>
        <source>PCSC Workshop</source>
        <translation>ورشة عمل PCSC</translation>
    </message>
</context>
<context>
    <name>AssessmentForm</name>
    <message>
        <source>Rubric by PCSC Workshop, based on JICA&apos;s 21 elements</source>
        <translation>سلّم تقييم من إعداد PCSC Workshop، مبني على العناصر الـ21 للوكالة اليابانية للتعاون الدولي (JICA)</translation>
    </message>
    <message>
        <source>How to score with this rubric</source>
        <translation>كيفية التقييم باستخدام هذا السلّم</translation>
    </message>
    <message>
        <source>Score of {0}</source>
        <translation>درجة: {0}</translation>
    </message>
    <message>
        <source>Evidence for {0}</source>
        <translation>الأدلة على: {0}</translation>
    </message>
    <message>
        <source>{0} — not scored yet</source>
        <translation>{0} — لم تُقيَّم بعد</translation>
    </message>
    <message numerus="yes">
        <source>{0} — {1} of 4 ({2} of %n element(s) scored)</source>
        <translation>
            <numerusform>{0} — {1} من 4 (قُيِّم {2} من أصل %n عنصر)</numerusform>
            <numerusform>{0} — {1} من 4 (قُيِّم {2} من أصل عنصر واحد)</numerusform>
            <numerusform>{0} — {1} من 4 (قُيِّم {2} من أصل عنصرين)</numerusform>
            <numerusform>{0} — {1} من 4 (قُيِّم {2} من أصل %n عناصر)</numerusform>
            <numerusform>{0} — {1} من 4 (قُيِّم {2} من أصل %n عنصرًا)</numerusform>
            <numerusform>{0} — {1} من 4 (قُيِّم {2} من أصل %n عنصر)</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} — {1:.1f} of 4 ({2} of {3} elements scored)</source>
        <translation type="vanished">{0} — {1:.1f} من 4 (قُيِّم {2} من أصل {3} عنصرًا)</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>Delegation to assess</source>
        <translation>الوفد المراد تقييمه</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>ال&amp;وفد:</translation>
    </message>
    <message>
        <source>Elements to score</source>
        <translation>العناصر المراد تقييمها</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>المقارنة مع</translation>
    </message>
    <message>
        <source>Suggested priorities</source>
        <translation>الأولويات المقترحة</translation>
    </message>
    <message>
        <source>Turn priorities into &amp;plan suggestions…</source>
        <translation>تحويل الأولويات إلى اقتراحات لل&amp;خطة…</translation>
    </message>
    <message>
        <source>Open the delegation&apos;s action plan with suggestions drawn from the weakest elements</source>
        <translation>فتح خطة عمل الوفد مع اقتراحات مستمدة من أضعف العناصر</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>ال&amp;مقارنة مع:</translation>
    </message>
    <message>
        <source>Suggested stage</source>
        <translation>المرحلة المقترحة</translation>
    </message>
    <message>
        <source>Weakest elements: suggested priorities</source>
        <translation>أضعف العناصر: الأولويات المقترحة</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ترا&amp;جع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>حُفظت جميع التغييرات</translation>
    </message>
    <message>
        <source>Workshop average</source>
        <translation>متوسط ورشة العمل</translation>
    </message>
    <message>
        <source>Score element {0}</source>
        <translation>تقييم العنصر {0}</translation>
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
    <message numerus="yes">
        <source>{0} of %n element(s) scored</source>
        <translation>
            <numerusform>قُيِّم {0} من أصل %n عنصر</numerusform>
            <numerusform>قُيِّم {0} من أصل عنصر واحد</numerusform>
            <numerusform>قُيِّم {0} من أصل عنصرين</numerusform>
            <numerusform>قُيِّم {0} من أصل %n عناصر</numerusform>
            <numerusform>قُيِّم {0} من أصل %n عنصرًا</numerusform>
            <numerusform>قُيِّم {0} من أصل %n عنصر</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>levels of %n element(s) not yet translated, shown in English</source>
        <translation>
            <numerusform>مستويات %n عنصر لم تُترجم بعد، وتُعرض بالإنجليزية</numerusform>
            <numerusform>مستويات عنصر واحد لم تُترجم بعد، وتُعرض بالإنجليزية</numerusform>
            <numerusform>مستويات عنصرين لم تُترجم بعد، وتُعرض بالإنجليزية</numerusform>
            <numerusform>مستويات %n عناصر لم تُترجم بعد، وتُعرض بالإنجليزية</numerusform>
            <numerusform>مستويات %n عنصرًا لم تُترجم بعد، وتُعرض بالإنجليزية</numerusform>
            <numerusform>مستويات %n عنصر لم تُترجم بعد، وتُعرض بالإنجليزية</numerusform>
        </translation>
    </message>
    <message>
        <source>The mean of the scored elements is {0}, below 1.5: most elements are absent or only planned.</source>
        <translation>متوسط العناصر المقيَّمة {0}، أي أقل من 1.5: معظم العناصر غير موجودة أو مخطط لها فقط.</translation>
    </message>
    <message>
        <source>The {0} domain averages {1}, below 1.0: one of the five foundations is missing.</source>
        <translation>متوسط مجال {0} هو {1}، أي أقل من 1.0: أحد الأسس الخمسة غائب.</translation>
    </message>
    <message>
        <source>The mean is {0} (2.75 or more) and every domain is at 2.0 or more.</source>
        <translation>المتوسط {0} (2.75 أو أكثر) وكل مجال عند 2.0 أو أكثر.</translation>
    </message>
    <message>
        <source>The mean is {0}, between 1.5 and 2.75, and no domain is below 1.0.</source>
        <translation>المتوسط {0}، أي بين 1.5 و2.75، ولا يقل أي مجال عن 1.0.</translation>
    </message>
    <message>
        <source>The mean is {0}, high enough for Sustainable Growth, but not every domain is scored at 2.0 or more (weakest: {1}).</source>
        <translation>المتوسط {0}، وهو كافٍ لمرحلة النمو المستدام (Sustainable Growth)، لكن ليست كل المجالات عند 2.0 أو أكثر (أضعفها: {1}).</translation>
    </message>
    <message>
        <source>{0} of {1} elements scored</source>
        <translation type="vanished">قُيِّم {0} من أصل {1} عنصرًا</translation>
    </message>
    <message>
        <source>This delegation</source>
        <translation>هذا الوفد</translation>
    </message>
    <message>
        <source>Score at least half of the elements to get a suggestion ({0} of {1} so far).</source>
        <translation>قيّموا نصف العناصر على الأقل للحصول على اقتراح ({0} من أصل {1} حتى الآن).</translation>
    </message>
    <message>
        <source>The mean of the scored elements is {0:.2f}, below 1.5: most elements are absent or only planned.</source>
        <translation type="vanished">متوسط العناصر المقيَّمة {0:.2f}، أي أقل من 1.5: معظم العناصر غير موجودة أو مخطط لها فقط.</translation>
    </message>
    <message>
        <source>The {0} domain averages {1:.2f}, below 1.0: one of the five foundations is missing.</source>
        <translation type="vanished">متوسط مجال {0} هو {1:.2f}، أي أقل من 1.0: أحد الأسس الخمسة غائب.</translation>
    </message>
    <message>
        <source>The mean is {0:.2f} (2.75 or more) and every domain is at 2.0 or more.</source>
        <translation type="vanished">المتوسط {0:.2f} (2.75 أو أكثر) وكل مجال عند 2.0 أو أكثر.</translation>
    </message>
    <message>
        <source>The mean is {0:.2f}, between 1.5 and 2.75, and no domain is below 1.0.</source>
        <translation type="vanished">المتوسط {0:.2f}، أي بين 1.5 و2.75، ولا يقل أي مجال عن 1.0.</translation>
    </message>
    <message>
        <source>The mean is {0:.2f}, high enough for Sustainable Growth, but not every domain is scored at 2.0 or more (weakest: {1}).</source>
        <translation type="vanished">المتوسط {0:.2f}، وهو كافٍ لمرحلة Sustainable Growth، لكن ليست كل المجالات عند 2.0 أو أكثر (أضعفها: {1}).</translation>
    </message>
    <message>
        <source>an unscored domain</source>
        <translation>مجال غير مقيَّم</translation>
    </message>
    <message>
        <source>No suggestion yet</source>
        <translation>لا يوجد اقتراح بعد</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>السبب:</translation>
    </message>
    <message>
        <source>JICA’s guidance for this stage</source>
        <translation>توجيهات JICA لهذه المرحلة</translation>
    </message>
    <message>
        <source>Ways to scale up</source>
        <translation>سبل التوسع</translation>
    </message>
    <message>
        <source>Rule: fewer than half scored → no suggestion; mean below 1.5 or any domain below 1.0 → Small Start; mean 2.75 or more with every domain at 2.0 or more → Sustainable Growth; otherwise Accelerate.</source>
        <translation>القاعدة: إذا قُيِّم أقل من نصف العناصر ← لا اقتراح؛ متوسط أقل من 1.5 أو أي مجال أقل من 1.0 ← Small Start (البداية الصغيرة)؛ متوسط 2.75 أو أكثر مع بلوغ كل مجال 2.0 أو أكثر ← Sustainable Growth (النمو المستدام)؛ وفيما عدا ذلك ← Accelerate (التسريع).</translation>
    </message>
    <message>
        <source>{0}. {1} — level {2}</source>
        <translation>{0}. {1} — المستوى {2}</translation>
    </message>
    <message>
        <source>Next, level {0}: {1}</source>
        <translation>بعد ذلك، المستوى {0}: {1}</translation>
    </message>
    <message>
        <source>How to check: {0}</source>
        <translation>طريقة التحقق: {0}</translation>
    </message>
    <message>
        <source>Score some elements to see priorities.</source>
        <translation>قيّموا بعض العناصر لعرض الأولويات.</translation>
    </message>
    <message>
        <source>Still to assess: {0}</source>
        <translation>ما زال بانتظار التقييم: {0}</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Presentation – {0}</source>
        <translation>العرض التقديمي – {0}</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>العرض التقديمي</translation>
    </message>
    <message>
        <source>Presentation title</source>
        <translation>عنوان العرض التقديمي</translation>
    </message>
    <message>
        <source>Slide number</source>
        <translation>رقم الشريحة</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>ملاحظات المتحدث</translation>
    </message>
    <message>
        <source>Blank screen</source>
        <translation>شاشة فارغة</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificate details</source>
        <translation>تفاصيل الشهادات</translation>
    </message>
    <message>
        <source>Organiser logos (PNG or JPEG, up to 4)</source>
        <translation>شعارات الجهات المنظِّمة (PNG أو JPEG، حتى 4)</translation>
    </message>
    <message>
        <source>Organiser logos</source>
        <translation>شعارات الجهات المنظِّمة</translation>
    </message>
    <message>
        <source>Logo {0}</source>
        <translation>الشعار {0}</translation>
    </message>
    <message>
        <source>&amp;Add a logo…</source>
        <translation>إ&amp;ضافة شعار…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>الموقِّعون</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <source>Signature picture</source>
        <translation>صورة التوقيع</translation>
    </message>
    <message>
        <source>Signatory {0}: name</source>
        <translation>الموقِّع {0}: الاسم</translation>
    </message>
    <message>
        <source>Signatory {0}: title</source>
        <translation>الموقِّع {0}: الصفة</translation>
    </message>
    <message>
        <source>Date of &amp;issue:</source>
        <translation>تاريخ الإ&amp;صدار:</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>تاريخ الإصدار</translation>
    </message>
    <message>
        <source>(unticked: the workshop&apos;s last day)</source>
        <translation>(دون تحديد: اليوم الأخير من الورشة)</translation>
    </message>
    <message>
        <source>The certificate details cannot be read: {0}</source>
        <translation>تعذّرت قراءة تفاصيل الشهادات: {0}</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>تغيير…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Change the picture…</source>
        <translation type="vanished">تغيير الصورة…</translation>
    </message>
    <message>
        <source>Choose a picture…</source>
        <translation type="vanished">اختيار صورة…</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>الصور (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>This picture cannot be used: {0}</source>
        <translation>لا يمكن استخدام هذه الصورة: {0}</translation>
    </message>
    <message>
        <source>At most {0} logos.</source>
        <translation>{0} شعارات على الأكثر.</translation>
    </message>
    <message>
        <source>Choose an organiser logo</source>
        <translation>اختيار شعار جهة منظِّمة</translation>
    </message>
    <message>
        <source>Choose a signature picture</source>
        <translation>اختيار صورة توقيع</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>لم يُحفظ: {0}</translation>
    </message>
</context>
<context>
    <name>CollectionDialog</name>
    <message>
        <source>Collected plans</source>
        <translation>الخطط المجمَّعة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>CollectionView</name>
    <message>
        <source>Collection summary</source>
        <translation>ملخص الجمع</translation>
    </message>
    <message>
        <source>Plans collected per participant</source>
        <translation>الخطط المجمَّعة لكل مشارك</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>الوفد</translation>
    </message>
    <message>
        <source>Last file arrived</source>
        <translation>آخر ملف وصل</translation>
    </message>
    <message>
        <source>Plan revision</source>
        <translation>مراجعة الخطة</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>التعارضات المفتوحة</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message numerus="yes">
        <source>Plans received from {0} of %n participant(s).</source>
        <translation>
            <numerusform>وردت الخطط من {0} من أصل %n مشارك.</numerusform>
            <numerusform>وردت الخطط من {0} من أصل مشارك واحد.</numerusform>
            <numerusform>وردت الخطط من {0} من أصل مشاركَين.</numerusform>
            <numerusform>وردت الخطط من {0} من أصل %n مشاركين.</numerusform>
            <numerusform>وردت الخطط من {0} من أصل %n مشاركًا.</numerusform>
            <numerusform>وردت الخطط من {0} من أصل %n مشارك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plans received from {0} of {1} participants.</source>
        <translation type="vanished">وردت الخطط من {0} من أصل {1} مشاركًا.</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <source>Choose a conflict on the left</source>
        <translation>اختر تعارضًا من القائمة</translation>
    </message>
    <message>
        <source>Differing fields</source>
        <translation>الحقول المختلفة</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>حلّ</translation>
    </message>
    <message>
        <source>Resolve this conflict</source>
        <translation>حلّ هذا التعارض</translation>
    </message>
    <message>
        <source>Take all mine</source>
        <translation>اعتماد نسختي كلها</translation>
    </message>
    <message>
        <source>Take mine for every field</source>
        <translation>اعتماد نسختي في كل الحقول</translation>
    </message>
    <message>
        <source>Take all theirs</source>
        <translation>اعتماد نسختهم كلها</translation>
    </message>
    <message>
        <source>Take theirs for every field</source>
        <translation>اعتماد نسختهم في كل الحقول</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>حاسوب آخر</translation>
    </message>
    <message>
        <source>{0}: changed on this computer and by {1} since it last travelled.
Mine is this computer&apos;s version. Theirs came in {2} at {3}.</source>
        <translation>{0}: عُدِّل على هذا الحاسوب ومن قِبل {1} منذ آخر تبادل.
«نسختي» هي نسخة هذا الحاسوب. أما «نسختهم» فقد وصلت في {2} الساعة {3}.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>نسختي</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>نسختهم</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>القيمة المدمجة</translation>
    </message>
    <message>
        <source>Cannot resolve</source>
        <translation>تعذّر الحل</translation>
    </message>
    <message>
        <source>This value cannot be stored: {0}</source>
        <translation>تعذّر حفظ هذه القيمة: {0}</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>التعارضات</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>التعارضات المفتوحة</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>From</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>الحقول</translation>
    </message>
    <message>
        <source>No open conflicts: every edit that came in fitted.</source>
        <translation>لا توجد تعارضات مفتوحة: كل التعديلات الواردة متوافقة.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(غير معروف)</translation>
    </message>
</context>
<context>
    <name>ContentLanguagePicker</name>
    <message>
        <source>Content language</source>
        <translation>لغة المحتوى</translation>
    </message>
    <message>
        <source>The language of the curriculum, quizzes and assessment for you; the interface language is in Settings</source>
        <translation>لغة المنهج التدريبي والاختبارات والتقييم الذاتي الخاصة بكم؛ أما لغة الواجهة ففي الإعدادات</translation>
    </message>
    <message>
        <source>Workshop language ({0})</source>
        <translation>لغة ورشة العمل ({0})</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import participants: {0}</source>
        <translation>استيراد المشاركين: {0}</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>استيراد المشاركين</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>ملخص الاستيراد</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>أعمدة الملف</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>الصف</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>المشكلات</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
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
        <source>Country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>City</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Named in reports</source>
        <translation>يُذكر اسمه في التقارير</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>صفوف الملف</translation>
    </message>
    <message>
        <source>Save a &amp;template…</source>
        <translation>حفظ &amp;نموذج…</translation>
    </message>
    <message>
        <source>A CSV file with the expected columns and one example row, to fill in a spreadsheet</source>
        <translation>ملف CSV يتضمن الأعمدة المتوقعة وصفًا نموذجيًا واحدًا، لتعبئته في جدول بيانات</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows</source>
        <translation>استيراد الصفوف ال&amp;صالحة</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>ا&amp;ستيراد</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>(ignore this column)</source>
        <translation>(تجاهل هذا العمود)</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Column “{0}” is</source>
        <translation>العمود «{0}» يحتوي على</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>جارٍ فحص الملف…</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>لم يُستورد</translation>
    </message>
    <message>
        <source>new, new delegation</source>
        <translation>جديد، وفد جديد</translation>
    </message>
    <message>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Choose what each column holds below, or ignore it.</source>
        <translation>اختاروا أدناه ما يحتويه كل عمود، أو تجاهلوه.</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n row(s) have problems (rows {1}). Fix the file and open it again, or import the valid rows now ({2}) and the others later.</source>
        <translation>
            <numerusform>في {0} من أصل %n صف مشكلات (الصفوف {1}). صحّحوا الملف ثم افتحوه مجددًا، أو استوردوا الآن الصفوف الصالحة ({2}) والبقية لاحقًا.</numerusform>
            <numerusform>في {0} من أصل صف واحد مشكلات (الصفوف {1}). صحّحوا الملف ثم افتحوه مجددًا، أو استوردوا الآن الصفوف الصالحة ({2}) والبقية لاحقًا.</numerusform>
            <numerusform>في {0} من أصل صفين مشكلات (الصفوف {1}). صحّحوا الملف ثم افتحوه مجددًا، أو استوردوا الآن الصفوف الصالحة ({2}) والبقية لاحقًا.</numerusform>
            <numerusform>في {0} من أصل %n صفوف مشكلات (الصفوف {1}). صحّحوا الملف ثم افتحوه مجددًا، أو استوردوا الآن الصفوف الصالحة ({2}) والبقية لاحقًا.</numerusform>
            <numerusform>في {0} من أصل %n صفًا مشكلات (الصفوف {1}). صحّحوا الملف ثم افتحوه مجددًا، أو استوردوا الآن الصفوف الصالحة ({2}) والبقية لاحقًا.</numerusform>
            <numerusform>في {0} من أصل %n صف مشكلات (الصفوف {1}). صحّحوا الملف ثم افتحوه مجددًا، أو استوردوا الآن الصفوف الصالحة ({2}) والبقية لاحقًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation>لم يُستورد أي شيء: {0}</translation>
    </message>
    <message>
        <source>Row {0}: {1}</source>
        <translation>الصف {0}: {1}</translation>
    </message>
    <message>
        <source>Participants imported: {0}.</source>
        <translation>المشاركون المستوردون: {0}.</translation>
    </message>
    <message>
        <source>Rows not imported: {0}. Fix them in the file and import it again (rows already imported are skipped).</source>
        <translation>الصفوف غير المستوردة: {0}. صحّحوها في الملف ثم استوردوه مجددًا (يتم تخطي الصفوف المستوردة سابقًا).</translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation>حفظ نموذج</translation>
    </message>
    <message>
        <source>participants.csv</source>
        <translation>participants.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>already registered: skipped</source>
        <translation>مسجَّل مسبقًا: تم تخطيه</translation>
    </message>
    <message>
        <source>new delegation</source>
        <translation type="vanished">وفد جديد</translation>
    </message>
    <message>
        <source>This file cannot be imported: {0}.</source>
        <translation>تعذّر استيراد هذا الملف: {0}.</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n row(s) have problems (rows {1}). Nothing will be imported until the file is fixed: correct it and open it again.</source>
        <translation type="vanished">
            <numerusform>في {0} من أصل %n صف مشكلات (الصفوف {1}). لن يُستورد أي شيء قبل تصحيح الملف: صحّحوه ثم افتحوه مجددًا.</numerusform>
            <numerusform>في {0} من أصل صف واحد مشكلات (الصفوف {1}). لن يُستورد أي شيء قبل تصحيح الملف: صحّحوه ثم افتحوه مجددًا.</numerusform>
            <numerusform>في {0} من أصل صفين مشكلات (الصفوف {1}). لن يُستورد أي شيء قبل تصحيح الملف: صحّحوه ثم افتحوه مجددًا.</numerusform>
            <numerusform>في {0} من أصل %n صفوف مشكلات (الصفوف {1}). لن يُستورد أي شيء قبل تصحيح الملف: صحّحوه ثم افتحوه مجددًا.</numerusform>
            <numerusform>في {0} من أصل %n صفًا مشكلات (الصفوف {1}). لن يُستورد أي شيء قبل تصحيح الملف: صحّحوه ثم افتحوه مجددًا.</numerusform>
            <numerusform>في {0} من أصل %n صف مشكلات (الصفوف {1}). لن يُستورد أي شيء قبل تصحيح الملف: صحّحوه ثم افتحوه مجددًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}, {1}, {2}.</source>
        <translation>{0}، {1}، {2}.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) to import</source>
        <translation>
            <numerusform>لا مشاركين للاستيراد</numerusform>
            <numerusform>مشارك واحد للاستيراد</numerusform>
            <numerusform>مشاركان للاستيراد</numerusform>
            <numerusform>%n مشاركين للاستيراد</numerusform>
            <numerusform>%n مشاركًا للاستيراد</numerusform>
            <numerusform>%n مشارك للاستيراد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already registered</source>
        <translation>
            <numerusform>لا أحد مسجَّل مسبقًا</numerusform>
            <numerusform>مسجَّل واحد مسبقًا</numerusform>
            <numerusform>اثنان مسجَّلان مسبقًا</numerusform>
            <numerusform>%n مسجَّلين مسبقًا</numerusform>
            <numerusform>%n مسجَّلًا مسبقًا</numerusform>
            <numerusform>%n مسجَّل مسبقًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new delegation(s)</source>
        <translation>
            <numerusform>لا وفود جديدة</numerusform>
            <numerusform>وفد جديد واحد</numerusform>
            <numerusform>وفدان جديدان</numerusform>
            <numerusform>%n وفود جديدة</numerusform>
            <numerusform>%n وفدًا جديدًا</numerusform>
            <numerusform>%n وفد جديد</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} of {1} rows have problems (rows {2}). Nothing will be imported until the file is fixed: correct it and open it again.</source>
        <translation type="vanished">في {0} من أصل {1} صفًا مشكلات (الصفوف {2}). لن يُستورد أي شيء قبل تصحيح الملف: صحّحوه ثم افتحوه مجددًا.</translation>
    </message>
    <message>
        <source>{0} participants to import, {1} already registered, {2} new delegations.</source>
        <translation type="vanished">عدد المشاركين المراد استيرادهم: {0}، والمسجَّلين مسبقًا: {1}، والوفود الجديدة: {2}.</translation>
    </message>
</context>
<context>
    <name>Curriculum</name>
    <message>
        <source>{0} (and %n more problem(s))</source>
        <translation>{0} (ولا مشكلة أخرى)
{0} (ومشكلة أخرى واحدة)
{0} (ومشكلتان أخريان)
{0} (و%n مشكلات أخرى)
{0} (و%n مشكلةً أخرى)
{0} (و%n مشكلة أخرى)</translation>
    </message>
    <message>
        <source>The curriculum could not be loaded ({0}), so its texts are missing and pillars, elements and modules show as ids. Run “pcsc-workshop curriculum check” to see what is wrong, or reinstall PCSC Workshop, then restart it.</source>
        <translation>تعذّر تحميل المنهج التدريبي ({0})، لذا نصوصه غير متاحة وتظهر الركائز والعناصر والوحدات بمعرّفاتها. شغّل الأمر «pcsc-workshop curriculum check» لمعرفة الخلل، أو أعد تثبيت PCSC Workshop، ثم أعد تشغيله.</translation>
    </message>
</context>
<context>
    <name>CurriculumPage</name>
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
        <translation>بند المنهج التدريبي</translation>
    </message>
    <message>
        <source>Curriculum item in the second language</source>
        <translation>بند المنهج باللغة الثانية</translation>
    </message>
    <message>
        <source>Side by side with</source>
        <translation>جنبًا إلى جنب مع</translation>
    </message>
    <message>
        <source>Side by side: off</source>
        <translation>جنبًا إلى جنب: لا</translation>
    </message>
    <message>
        <source>&amp;Present this item</source>
        <translation>&amp;عرض هذا العنصر</translation>
    </message>
    <message>
        <source>Show the selected item as full-screen slides</source>
        <translation>عرض العنصر المحدد في شرائح بملء الشاشة</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>تقدّم</translation>
    </message>
    <message>
        <source>Side by side: {0}</source>
        <translation>جنبًا إلى جنب: {0}</translation>
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
        <source>Session plans and workshop templates</source>
        <translation>خطط الجلسات ونماذج ورش العمل</translation>
    </message>
    <message>
        <source>Nothing found for “{0}”.</source>
        <translation>لم يُعثر على أي نتيجة لـ «{0}».</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>Facilitator dashboard</source>
        <translation>لوحة متابعة الميسِّر</translation>
    </message>
    <message>
        <source>Delegation / participant</source>
        <translation>الوفد / المشارك</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>الخطة</translation>
    </message>
    <message>
        <source>Plan quality</source>
        <translation>جودة الخطة</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>آخر تغيير</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>جُمع</translation>
    </message>
    <message>
        <source>When their last plan bundle arrived and which plan revision it held.</source>
        <translation>متى وصل آخر ملف خطة لهم وأي مراجعة للخطة كان يتضمن.</translation>
    </message>
    <message>
        <source>Progress by delegation and participant</source>
        <translation>التقدم حسب الوفد والمشارك</translation>
    </message>
    <message>
        <source>Who asks</source>
        <translation>مقدِّم الطلب</translation>
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
        <source>What</source>
        <translation>المطلوب</translation>
    </message>
    <message>
        <source>Desired future support</source>
        <translation>الدعم المرغوب مستقبلًا</translation>
    </message>
    <message>
        <source>Domain scores by delegation</source>
        <translation>درجات المجالات حسب الوفد</translation>
    </message>
    <message>
        <source>Desired future support: who asks whom for what</source>
        <translation>الدعم المرغوب مستقبلًا: من يطلب ماذا ومن أي جهة</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>جارٍ التحديث…</translation>
    </message>
    <message>
        <source>Updated {0} ({1} ms)</source>
        <translation>حُدِّث في {0} ({1} مللي ثانية)</translation>
    </message>
    <message>
        <source>Not known yet: filled in once files are exchanged</source>
        <translation>غير معروف بعد: يُستكمل بعد تبادل الملفات</translation>
    </message>
    <message numerus="yes">
        <source>Delegation assessment: {0} of %n element(s) scored</source>
        <translation>
            <numerusform>تقييم الوفد: قُيِّم {0} من أصل %n عنصر</numerusform>
            <numerusform>تقييم الوفد: قُيِّم {0} من أصل عنصر واحد</numerusform>
            <numerusform>تقييم الوفد: قُيِّم {0} من أصل عنصرين</numerusform>
            <numerusform>تقييم الوفد: قُيِّم {0} من أصل %n عناصر</numerusform>
            <numerusform>تقييم الوفد: قُيِّم {0} من أصل %n عنصرًا</numerusform>
            <numerusform>تقييم الوفد: قُيِّم {0} من أصل %n عنصر</numerusform>
        </translation>
    </message>
    <message>
        <source>with the delegation</source>
        <translation>مع الوفد</translation>
    </message>
    <message>
        <source>Scores with the delegation (its assessment: {0} of {1} elements); no assessment of their own</source>
        <translation>يقيّم مع الوفد (تقييم الوفد: {0} من {1} عنصرًا)؛ لا تقييم خاصًا به</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n part(s)</source>
        <translation>
            <numerusform>{0} من %n جزء</numerusform>
            <numerusform>{0} من جزء واحد</numerusform>
            <numerusform>{0} من جزأين</numerusform>
            <numerusform>{0} من %n أجزاء</numerusform>
            <numerusform>{0} من %n جزءًا</numerusform>
            <numerusform>{0} من %n جزء</numerusform>
        </translation>
    </message>
    <message>
        <source>Delegation assessment: {0} of {1} elements scored</source>
        <translation type="vanished">تقييم الوفد: قُيِّم {0} من أصل {1} عنصرًا</translation>
    </message>
    <message>
        <source>Own assessment (most score with the delegation)</source>
        <translation>التقييم الفردي (يقيّم معظمهم مع الوفد)</translation>
    </message>
    <message>
        <source>No delegation</source>
        <translation>بلا وفد</translation>
    </message>
    <message>
        <source>Updated {0} ({1:.0f} ms)</source>
        <translation type="vanished">حُدِّث في {0} ({1:.0f} مللي ثانية)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} من {1}</translation>
    </message>
    <message>
        <source>{0} of {1} parts</source>
        <translation type="vanished">{0} من {1} أجزاء</translation>
    </message>
    <message>
        <source>{0} / 100</source>
        <translation type="vanished">{0} / 100</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>{0} (delegation)</source>
        <translation>{0} (الوفد)</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>(no one named)</source>
        <translation>(لم تُحدَّد جهة)</translation>
    </message>
    <message>
        <source>Requests by provider — {0}</source>
        <translation>الطلبات حسب الجهة المقدِّمة — {0}</translation>
    </message>
    <message>
        <source>No support requests yet.</source>
        <translation>لا توجد طلبات دعم بعد.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. {0} or {1}</source>
        <translation>مثلًا {0} أو {1}</translation>
    </message>
    <message>
        <source>Open the calendar (Alt+Down)</source>
        <translation>افتحوا التقويم (Alt+سهم لأسفل)</translation>
    </message>
    <message>
        <source>“{0}” is not a date: type it as 2027-03-01 or {1}</source>
        <translation>«{0}» ليس تاريخًا: اكتبوه بالشكل 2027-03-01 أو {1}</translation>
    </message>
</context>
<context>
    <name>DelegationDialog</name>
    <message>
        <source>Edit delegation</source>
        <translation>تعديل الوفد</translation>
    </message>
    <message>
        <source>Add delegation</source>
        <translation>إضافة وفد</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(لم يُحدَّد)</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>ال&amp;بلد:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>ال&amp;مدينة:</translation>
    </message>
    <message>
        <source>City &amp;type (JICA):</source>
        <translation>&amp;نوع المدينة (JICA):</translation>
    </message>
    <message>
        <source>Current &amp;stage:</source>
        <translation>المرحلة ال&amp;حالية:</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>What, where and when</source>
        <translation>ماذا وأين ومتى</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="vanished">المشكلة</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="vanished">ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Organisers:</source>
        <translation type="vanished">الجهات ال&amp;منظِّمة:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="vanished">م&amp;كان الانعقاد:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="vanished">المدي&amp;نة:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="vanished">ال&amp;بلد:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation type="vanished">&amp;يبدأ في:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation type="vanished">ين&amp;تهي في:</translation>
    </message>
    <message>
        <source>Working language</source>
        <translation type="vanished">لغة العمل</translation>
    </message>
    <message>
        <source>Curriculum, knowledge checks, assessment and slides are shown in this language by default; each participant can switch their own content language</source>
        <translation type="vanished">يُعرض المنهج التدريبي واختبارات المعارف والتقييم الذاتي والشرائح بهذه اللغة افتراضيًا؛ ويمكن لكل مشارك اختيار لغة المحتوى الخاصة به</translation>
    </message>
    <message>
        <source>Working &amp;language:</source>
        <translation type="vanished">&amp;لغة العمل:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="vanished">ال&amp;لغة:</translation>
    </message>
</context>
<context>
    <name>DomainBars</name>
    <message>
        <source>Domain scores by delegation</source>
        <translation>درجات المجالات حسب الوفد</translation>
    </message>
    <message>
        <source>Mean score (0–4)</source>
        <translation>متوسط الدرجة (0–4)</translation>
    </message>
    <message>
        <source>Chart legend</source>
        <translation>مفتاح الرسم البياني</translation>
    </message>
    <message>
        <source>× not scored (no bar)</source>
        <translation>× غير مقيَّم (بلا عمود)</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Duplicate the workshop</source>
        <translation>تكرار الورشة</translation>
    </message>
    <message>
        <source>A new workshop with the same details and agenda (days, times and sessions). People, plans, assessments and checks stay with this one.</source>
        <translation>ورشة جديدة بالتفاصيل والبرنامج نفسيهما (الأيام والأوقات والجلسات). يبقى الأشخاص والخطط والتقييمات والاختبارات مع هذه الورشة.</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (نسخة)</translation>
    </message>
    <message>
        <source>Also copy the &amp;delegations (countries and cities, without their members)</source>
        <translation>انسخوا أيضًا ال&amp;وفود (البلدان والمدن، دون أعضائها)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;العنوان:</translation>
    </message>
    <message>
        <source>&amp;Starts on (empty: same dates):</source>
        <translation>&amp;يبدأ في (فارغ: التواريخ نفسها):</translation>
    </message>
</context>
<context>
    <name>EditStepDialog</name>
    <message>
        <source>Edit the next step</source>
        <translation>تعديل الخطوة التالية</translation>
    </message>
    <message>
        <source>&amp;Action (as it will appear in the plan):</source>
        <translation>&amp;الإجراء (كما سيظهر في الخطة):</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
</context>
<context>
    <name>ElementRow</name>
    <message>
        <source>Maturity of {0}</source>
        <translation>نضج: {0}</translation>
    </message>
    <message>
        <source>— not scored —</source>
        <translation>— غير مقيَّم —</translation>
    </message>
    <message>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <source>Level description for {0}</source>
        <translation>وصف المستوى لعنصر {0}</translation>
    </message>
    <message>
        <source>Level {0}</source>
        <translation>المستوى {0}</translation>
    </message>
    <message>
        <source>Level {0}: {1}</source>
        <translation>المستوى {0}: {1}</translation>
    </message>
    <message>
        <source>How to check: {0}</source>
        <translation>طريقة التحقق: {0}</translation>
    </message>
    <message>
        <source>Pointing at: {0}</source>
        <translation>تحت المؤشر: {0}</translation>
    </message>
    <message>
        <source>Evidence: what shows this level?</source>
        <translation>الأدلة: ما الذي يثبت هذا المستوى؟</translation>
    </message>
    <message>
        <source>Evidence for {0}</source>
        <translation>الأدلة على: {0}</translation>
    </message>
    <message>
        <source>Not scored yet (this is not the same as 0).</source>
        <translation>لم يُقيَّم بعد (وهذا يختلف عن 0).</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Workshop details</source>
        <translation>بيانات ورشة العمل</translation>
    </message>
    <message>
        <source>Agenda session</source>
        <translation>جلسة من جدول الأعمال</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>الوفد</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>Local content</source>
        <translation>المحتوى المحلي</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>التقييم الذاتي</translation>
    </message>
    <message>
        <source>Self-assessment score</source>
        <translation>درجة التقييم الذاتي</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>خطة العمل</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>الخطوة التالية</translation>
    </message>
    <message>
        <source>Support request</source>
        <translation>طلب دعم</translation>
    </message>
    <message>
        <source>Knowledge check</source>
        <translation>اختبار المعارف</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>محذوف</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>أهم الدروس المستخلصة</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>التحديات</translation>
    </message>
    <message>
        <source>Approaches</source>
        <translation>النُّهُج</translation>
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
        <source>Resources</source>
        <translation>الموارد</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>Linked pillar or element</source>
        <translation>الركيزة أو العنصر المرتبط</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Position in the list</source>
        <translation>الموضع في القائمة</translation>
    </message>
    <message>
        <source>From whom</source>
        <translation>من أي جهة</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>العنصر</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>الدرجة</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة والشواهد</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
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
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ليس بعد</translation>
    </message>
    <message>
        <source>{0} · revision {1}</source>
        <translation>{0} · المراجعة {1}</translation>
    </message>
    <message>
        <source> · conflicts: {0}</source>
        <translation> · التعارضات: {0}</translation>
    </message>
    <message>
        <source>Last file: {0} (files received: {1})</source>
        <translation>آخر ملف: {0} (الملفات المستلمة: {1})</translation>
    </message>
    <message>
        <source>No plan bundle from this participant yet</source>
        <translation>لم يصل أي ملف خطة من هذا المشارك بعد</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} من {1}</translation>
    </message>
    <message>
        <source>Members whose plan bundle came in</source>
        <translation>الأعضاء الذين وصل ملف خطتهم</translation>
    </message>
    <message>
        <source>The file is damaged: part of it cannot be read.</source>
        <translation>الملف تالف: تتعذر قراءة جزء منه.</translation>
    </message>
    <message>
        <source>The file is inconsistent: it refers to records it does not hold.</source>
        <translation>الملف غير متسق: يشير إلى سجلات لا يحتويها.</translation>
    </message>
    <message>
        <source>The file&apos;s records do not fit this workshop.</source>
        <translation>سجلات الملف لا تتوافق مع ورشة العمل هذه.</translation>
    </message>
    <message>
        <source>This workshop cannot be written to a file.</source>
        <translation>تتعذر كتابة ورشة العمل هذه في ملف.</translation>
    </message>
    <message>
        <source>The file was changed or damaged after it was made (its checksum does not match).</source>
        <translation>تم تغيير الملف أو تلفه بعد إنشائه (مجموعه الاختباري غير مطابق).</translation>
    </message>
    <message>
        <source>The file is damaged: it cannot be unpacked.</source>
        <translation>الملف تالف: يتعذر فك ضغطه.</translation>
    </message>
    <message>
        <source>The file holds the same part twice.</source>
        <translation>يحتوي الملف على الجزء نفسه مرتين.</translation>
    </message>
    <message>
        <source>The file lists the same record twice.</source>
        <translation>يذكر الملف السجل نفسه مرتين.</translation>
    </message>
    <message>
        <source>The file is protected with a password; PCSC Workshop files never are.</source>
        <translation>الملف محمي بكلمة مرور، وملفات PCSC Workshop لا تكون كذلك أبدًا.</translation>
    </message>
    <message>
        <source>The file tries to change records that belong to someone else.</source>
        <translation>يحاول الملف تغيير سجلات تخص شخصًا آخر.</translation>
    </message>
    <message>
        <source>The file holds a value that is not allowed.</source>
        <translation>يحتوي الملف على قيمة غير مسموح بها.</translation>
    </message>
    <message>
        <source>The file was made by a newer PCSC Workshop: update the app to open it.</source>
        <translation>أُنشئ الملف بإصدار أحدث من PCSC Workshop: حدّث التطبيق لفتحه.</translation>
    </message>
    <message>
        <source>This is not a PCSC Workshop file (no manifest).</source>
        <translation>هذا ليس ملفًا من PCSC Workshop (لا يوجد بيان).</translation>
    </message>
    <message>
        <source>The file is incomplete: its content is missing.</source>
        <translation>الملف غير مكتمل: محتواه مفقود.</translation>
    </message>
    <message>
        <source>This is a participant&apos;s plan bundle, not a workshop pack: collect it on the facilitator&apos;s laptop.</source>
        <translation>هذه حزمة خطة لمشارك وليست حزمة ورشة عمل: اجمعها على حاسوب الميسّر.</translation>
    </message>
    <message>
        <source>This is not a PCSC Workshop file.</source>
        <translation>هذا ليس ملفًا من PCSC Workshop.</translation>
    </message>
    <message>
        <source>The file belongs to a workshop that is not on this computer.</source>
        <translation>ينتمي الملف إلى ورشة عمل غير موجودة على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The file comes from a participant whose data was deleted on this computer for privacy; nothing in it was imported. To take them back, add them again and give them a new workshop pack.</source>
        <translation>يأتي الملف من مشارك حُذفت بياناته من هذا الحاسوب حمايةً لخصوصيته؛ ولم يُستورد منه شيء. لإعادته، أضِفه من جديد وسلِّمه حزمة ورشة عمل جديدة.</translation>
    </message>
    <message>
        <source>The file is too large to be a PCSC Workshop file.</source>
        <translation>الملف أكبر من أن يكون ملفًا من PCSC Workshop.</translation>
    </message>
    <message>
        <source>The file holds too many parts to be a PCSC Workshop file.</source>
        <translation>يحتوي الملف على أجزاء أكثر من أن يكون ملفًا من PCSC Workshop.</translation>
    </message>
    <message>
        <source>The file has a format this app does not know.</source>
        <translation>للملف صيغة لا يعرفها هذا التطبيق.</translation>
    </message>
    <message>
        <source>The file comes from a participant who is not registered in this workshop on this computer.</source>
        <translation>الملف صادر عن مشارك غير مسجل في ورشة العمل هذه على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>تتعذر قراءة الملف.</translation>
    </message>
    <message>
        <source>The file tries to write outside its own folder; it was not opened.</source>
        <translation>يحاول الملف الكتابة خارج مجلده، ولذلك لم يُفتح.</translation>
    </message>
    <message>
        <source>The file is packed in a way PCSC Workshop files never are.</source>
        <translation>الملف مضغوط بطريقة لا تُستخدم أبدًا في ملفات PCSC Workshop.</translation>
    </message>
    <message>
        <source>The file would unpack to an unreasonable size; it was not opened.</source>
        <translation>سيتوسع الملف عند فك ضغطه إلى حجم غير معقول، ولذلك لم يُفتح.</translation>
    </message>
    <message>
        <source>The file is not signed, so nobody can tell which laptop it came from (it may come from an older PCSC Workshop: ask for it again from an updated app).</source>
        <translation>الملف غير موقَّع، فلا يمكن معرفة الحاسوب الذي جاء منه (قد يكون من إصدار أقدم من PCSC Workshop: اطلبه مجددًا من تطبيق محدَّث).</translation>
    </message>
    <message>
        <source>The file&apos;s signature does not match: it was changed after it was made.</source>
        <translation>توقيع الملف غير مطابق: عُدِّل بعد إنشائه.</translation>
    </message>
    <message>
        <source>This computer&apos;s signing key cannot be read or made.</source>
        <translation>تعذّرت قراءة مفتاح التوقيع لهذا الحاسوب أو إنشاؤه.</translation>
    </message>
    <message>
        <source>This is a workshop pack, not a plan bundle: packs are never taken where plans are collected.</source>
        <translation>هذه حزمة ورشة وليست حزمة خطة: لا تُقبل حزم ورشة العمل أبدًا حيث تُجمع الخطط.</translation>
    </message>
    <message>
        <source>This is a workshop pack for a workshop made on this computer: only participants&apos; plan bundles come back to it.</source>
        <translation>هذه حزمة ورشة عمل لورشة عمل أُنشئت على هذا الحاسوب: لا يعود إليه إلا حزم خطط المشاركين.</translation>
    </message>
    <message>
        <source>This workshop pack is signed by another laptop than your facilitator&apos;s earlier packs.</source>
        <translation>حزمة ورشة العمل هذه موقَّعة من حاسوب غير الذي وقّع حزم الميسِّر السابقة.</translation>
    </message>
    <message>
        <source>This is a plan bundle: it goes to the facilitator&apos;s laptop, not to a participant&apos;s.</source>
        <translation>هذه حزمة خطة: مكانها حاسوب الميسِّر، لا حاسوب أحد المشاركين.</translation>
    </message>
    <message>
        <source>The file uses a zip feature PCSC Workshop files never use.</source>
        <translation>يستخدم الملف ميزة zip لا تستخدمها ملفات PCSC Workshop أبدًا.</translation>
    </message>
    <message>
        <source>The file holds something this app does not understand.</source>
        <translation>يحتوي الملف على شيء لا يفهمه هذا التطبيق.</translation>
    </message>
    <message>
        <source>Kept aside: this plan comes from a laptop not seen before for this participant. Accept it as their new laptop, or discard it.</source>
        <translation>وُضع جانبًا: هذه الخطة واردة من حاسوب لم يُرَ من قبل لهذا المشارك. اقبله حاسوبًا جديدًا له، أو استبعده.</translation>
    </message>
    <message>
        <source>Kept aside: this plan comes from the laptop of another participant. Accept it if they share a laptop, or discard it.</source>
        <translation>وُضع جانبًا: هذه الخطة واردة من حاسوب مشارك آخر. اقبلها إن كانا يتشاركان حاسوبًا، أو استبعدها.</translation>
    </message>
    <message>
        <source>The database was busy for too long; the file will be tried again.</source>
        <translation>ظلت قاعدة البيانات مشغولة مدة طويلة؛ ستُعاد محاولة الملف.</translation>
    </message>
    <message>
        <source>The disk holding the database is full.</source>
        <translation>القرص الذي يحمل قاعدة البيانات ممتلئ.</translation>
    </message>
    <message>
        <source>The disk holding the database could not be read or written.</source>
        <translation>تعذّرت القراءة من القرص الذي يحمل قاعدة البيانات أو الكتابة عليه.</translation>
    </message>
    <message>
        <source>The database cannot be written.</source>
        <translation>لا يمكن الكتابة في قاعدة البيانات.</translation>
    </message>
    <message>
        <source>The database itself is damaged.</source>
        <translation>قاعدة البيانات نفسها تالفة.</translation>
    </message>
    <message>
        <source>This computer does not allow writing or reading there: {0}</source>
        <translation>لا يسمح هذا الحاسوب بالكتابة أو القراءة في هذا الموضع: {0}</translation>
    </message>
    <message>
        <source>The file or folder is not there any more: {0}</source>
        <translation>لم يعد الملف أو المجلد موجودًا: {0}</translation>
    </message>
    <message>
        <source>The disk said: {0}</source>
        <translation>رسالة القرص: {0}</translation>
    </message>
    <message>
        <source>Something went wrong: {0}</source>
        <translation>حدث خطأ ما: {0}</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>Create workshop pack…</source>
        <translation>إنشاء حزمة ورشة العمل…</translation>
    </message>
    <message>
        <source>Create a pack for each participant…</source>
        <translation>إنشاء حزمة لكل مشارك…</translation>
    </message>
    <message>
        <source>Open workshop pack…</source>
        <translation>فتح حزمة ورشة العمل…</translation>
    </message>
    <message>
        <source>Send my plan to the facilitator…</source>
        <translation>إرسال خطتي إلى الميسِّر…</translation>
    </message>
    <message>
        <source>Collect plans…</source>
        <translation>جمع الخطط…</translation>
    </message>
    <message>
        <source>Watch a drop folder…</source>
        <translation>مراقبة مجلد الإيداع…</translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation>التعارضات…</translation>
    </message>
    <message>
        <source>Plans from new laptops…</source>
        <translation>خطط من حواسيب جديدة…</translation>
    </message>
    <message>
        <source>Collected plans…</source>
        <translation>الخطط المجمَّعة…</translation>
    </message>
    <message>
        <source>File not opened</source>
        <translation>لم يُفتح الملف</translation>
    </message>
    <message>
        <source>{0} could not be opened. Nothing was changed.</source>
        <translation>تعذّر فتح {0}. لم يُغيَّر أي شيء.</translation>
    </message>
</context>
<context>
    <name>ExerciseTimer</name>
    <message>
        <source>Time left</source>
        <translation>الوقت المتبقي</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Length of the session in minutes</source>
        <translation>مدة الجلسة بالدقائق</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;بدء</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>إعادة ال&amp;ضبط</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;ملء الشاشة</translation>
    </message>
    <message>
        <source>Show the clock alone on the whole screen (F11); Esc leaves full screen</source>
        <translation>اعرضوا الساعة وحدها على الشاشة كلها (F11)؛ Esc للخروج من ملء الشاشة</translation>
    </message>
    <message>
        <source>Time is up – over by {0}</source>
        <translation>انتهى الوقت – تجاوز بمقدار {0}</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>انتهى الوقت</translation>
    </message>
    <message numerus="yes">
        <source>Last %n minute(s) – start wrapping up</source>
        <translation>
            <numerusform>آخر %n دقيقة – ابدؤوا في الختام</numerusform>
            <numerusform>آخر دقيقة – ابدؤوا في الختام</numerusform>
            <numerusform>آخر دقيقتين – ابدؤوا في الختام</numerusform>
            <numerusform>آخر %n دقائق – ابدؤوا في الختام</numerusform>
            <numerusform>آخر %n دقيقة – ابدؤوا في الختام</numerusform>
            <numerusform>آخر %n دقيقة – ابدؤوا في الختام</numerusform>
        </translation>
    </message>
    <message>
        <source>Last {0} minutes – start wrapping up</source>
        <translation type="vanished">آخر {0} دقائق – ابدؤوا في الختام</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>قيد التشغيل</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>جاهز</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>إي&amp;قاف مؤقت</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>E&amp;xport</source>
        <translation>ت&amp;صدير</translation>
    </message>
    <message>
        <source>Anonymised copies (no names or e-mails)</source>
        <translation>نسخ مجهولة الهوية (بلا أسماء أو عناوين بريد إلكتروني)</translation>
    </message>
    <message>
        <source>Plans, report, dossiers and CSV without personal names or e-mail addresses</source>
        <translation>الخطط والتقرير والملفات وملف CSV بلا أسماء أشخاص أو عناوين بريد إلكتروني</translation>
    </message>
    <message>
        <source>…and hide one-person delegations</source>
        <translation>…وإخفاء الوفود المكوّنة من شخص واحد</translation>
    </message>
    <message>
        <source>In anonymised plans and CSV, a delegation of one person is shown as “Delegation N”: its city would name the person</source>
        <translation>في الخطط وملف CSV مجهولة الهوية، يظهر الوفد المكوّن من شخص واحد باسم «الوفد N»: فمدينته تكفي لتحديد هويته</translation>
    </message>
    <message>
        <source>Also an editable Word copy (.docx)</source>
        <translation>وأيضاً نسخة Word قابلة للتحرير (.docx)</translation>
    </message>
    <message>
        <source>Plans, report and dossiers also as .docx files next to the PDFs</source>
        <translation>الخطط والتقرير والملفات أيضاً بصيغة ‎.docx‎ بجانب ملفات PDF</translation>
    </message>
    <message>
        <source>All action plans…</source>
        <translation>جميع خطط العمل…</translation>
    </message>
    <message>
        <source>Workshop report…</source>
        <translation>تقرير ورشة العمل…</translation>
    </message>
    <message>
        <source>Delegation dossiers…</source>
        <translation>ملفات الوفود…</translation>
    </message>
    <message>
        <source>Certificates…</source>
        <translation>الشهادات…</translation>
    </message>
    <message>
        <source>Agenda…</source>
        <translation>جدول الأعمال…</translation>
    </message>
    <message>
        <source>Facilitator&apos;s run sheet (agenda with notes)…</source>
        <translation>ورقة سير الجلسات للميسّر (البرنامج مع الملاحظات)…</translation>
    </message>
    <message>
        <source>Next steps and support (CSV)…</source>
        <translation>الخطوات التالية والدعم (CSV)…</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>لغة الوثائق</translation>
    </message>
    <message>
        <source>Each participant&apos;s own, else the workshop&apos;s</source>
        <translation>لغة كل مشارك، وإلا فلغة الورشة</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>حجم الورق</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>رسالة أمريكية (Letter)</translation>
    </message>
    <message>
        <source>Folder for the action plans</source>
        <translation>مجلد خطط العمل</translation>
    </message>
    <message>
        <source>Workshop report.pdf</source>
        <translation>تقرير ورشة العمل.pdf</translation>
    </message>
    <message>
        <source>Save the workshop report</source>
        <translation>حفظ تقرير ورشة العمل</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ملفات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the delegation dossiers</source>
        <translation>مجلد ملفات الوفود</translation>
    </message>
    <message>
        <source>Folder for the certificates</source>
        <translation>مجلد الشهادات</translation>
    </message>
    <message>
        <source>Save the agenda</source>
        <translation>حفظ جدول الأعمال</translation>
    </message>
    <message>
        <source>Agenda.pdf</source>
        <translation>جدول الأعمال.pdf</translation>
    </message>
    <message>
        <source>Save the run sheet</source>
        <translation>حفظ ورقة سير الجلسات</translation>
    </message>
    <message>
        <source>Run sheet.pdf</source>
        <translation>ورقة سير الجلسات.pdf</translation>
    </message>
    <message>
        <source>Save next steps and support</source>
        <translation>حفظ الخطوات التالية والدعم</translation>
    </message>
    <message>
        <source>Next steps and support.csv</source>
        <translation>الخطوات التالية والدعم.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Some characters could not be printed</source>
        <translation>تعذّرت طباعة بعض المحارف</translation>
    </message>
    <message>
        <source>No bundled font has these characters; they show as boxes:</source>
        <translation>لا يحتوي أي خط مضمَّن على هذه المحارف؛ وتظهر على شكل مربعات:</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>تعذّر التصدير</translation>
    </message>
    <message>
        <source>Cancelled: {0} {1} written before you stopped</source>
        <translation>أُلغي: كُتب {0} {1} قبل الإيقاف</translation>
    </message>
    <message>
        <source>{0} {1} written to {2}</source>
        <translation>كُتب {0} {1} في {2}</translation>
    </message>
    <message>
        <source>Writing the action plans…</source>
        <translation>جارٍ كتابة خطط العمل…</translation>
    </message>
    <message>
        <source>plan PDF(s)</source>
        <translation>خطة (خطط) بصيغة PDF</translation>
    </message>
    <message>
        <source>Writing the workshop report…</source>
        <translation>جارٍ كتابة تقرير ورشة العمل…</translation>
    </message>
    <message>
        <source>Report saved: {0}</source>
        <translation>حُفظ التقرير: {0}</translation>
    </message>
    <message>
        <source>Writing the delegation dossiers…</source>
        <translation>جارٍ كتابة ملفات الوفود…</translation>
    </message>
    <message>
        <source>dossier(s)</source>
        <translation>ملف (ملفات)</translation>
    </message>
    <message>
        <source>Writing the agenda…</source>
        <translation>جارٍ كتابة جدول الأعمال…</translation>
    </message>
    <message>
        <source>Agenda saved: {0}</source>
        <translation>حُفظ جدول الأعمال: {0}</translation>
    </message>
    <message>
        <source>Writing the certificates…</source>
        <translation>جارٍ كتابة الشهادات…</translation>
    </message>
    <message>
        <source>certificate(s)</source>
        <translation>شهادة (شهادات)</translation>
    </message>
    <message>
        <source>Writing the CSV…</source>
        <translation>جارٍ كتابة ملف CSV…</translation>
    </message>
    <message>
        <source>CSV saved: {0}</source>
        <translation>حُفظ ملف CSV: {0}</translation>
    </message>
</context>
<context>
    <name>FacilitatorActions</name>
    <message>
        <source>Create workshop pack</source>
        <translation>إنشاء حزمة ورشة العمل</translation>
    </message>
    <message>
        <source>Workshop packs (*.pcsc)</source>
        <translation>حزم ورش العمل (*.pcsc)</translation>
    </message>
    <message>
        <source>Workshop pack created</source>
        <translation>أُنشئت حزمة ورشة العمل</translation>
    </message>
    <message>
        <source>The workshop pack was saved as:
{0}</source>
        <translation>حُفظت حزمة ورشة العمل باسم:
{0}</translation>
    </message>
    <message>
        <source>It holds the workshop details, {0} agenda sessions, {1} delegations, {2} participants, local content and the plans so far ({3} records). E-mail addresses stayed on this computer.

Copy it to a USB stick or shared folder; participants open it with File → Open workshop pack.</source>
        <translation type="vanished">تتضمن بيانات ورشة العمل، و{0} من جلسات جدول الأعمال، و{1} من الوفود، و{2} من المشاركين، والمحتوى المحلي، والخطط الموجودة حتى الآن ({3} سجلًا). وبقيت عناوين البريد الإلكتروني على هذا الحاسوب.

انسخوها إلى ذاكرة USB أو إلى مجلد مشترك؛ ويفتحها المشاركون عبر ملف ← فتح حزمة ورشة العمل.</translation>
    </message>
    <message>
        <source>It holds the workshop details, {0} agenda sessions, {1} delegations, the names of {2} participants and local content ({3} records). E-mail addresses, plans and self-assessments stayed on this computer.

Copy it to a USB stick or shared folder; participants open it with File → Open workshop pack.</source>
        <translation>تحتوي على تفاصيل ورشة العمل و{0} جلسات في البرنامج و{1} وفود وأسماء {2} مشاركين والمحتوى المحلي ({3} سجلات). بقيت عناوين البريد الإلكتروني والخطط والتقييمات الذاتية على هذا الحاسوب.

انسخها إلى ذاكرة USB أو مجلد مشترك؛ يفتحها المشاركون من ملف ← فتح حزمة ورشة العمل.</translation>
    </message>
    <message>
        <source>Creating the workshop pack…</source>
        <translation>جارٍ إنشاء حزمة ورشة العمل…</translation>
    </message>
    <message>
        <source>Create a pack for each participant</source>
        <translation>إنشاء حزمة لكل مشارك</translation>
    </message>
    <message>
        <source>Workshop packs created</source>
        <translation>أُنشئت حزم ورشة العمل</translation>
    </message>
    <message>
        <source>{0} packs, one per participant, were saved in:
{1}</source>
        <translation>حُفظت {0} حزم، حزمة لكل مشارك، في:
{1}</translation>
    </message>
    <message>
        <source>Each holds the workshop, everyone&apos;s names, and that participant&apos;s own plan and self-assessment with their delegation&apos;s shared plan and assessment — nobody else&apos;s. Give each participant the file with their name.</source>
        <translation>تحتوي كل حزمة على ورشة العمل وأسماء الجميع، وعلى خطة ذلك المشارك وتقييمه الذاتي مع الخطة والتقييم المشتركين لوفده، ولا شيء لغيره. سلِّم كل مشارك الملف الذي يحمل اسمه.</translation>
    </message>
    <message>
        <source>Creating the workshop packs…</source>
        <translation>جارٍ إنشاء حزم ورشة العمل…</translation>
    </message>
    <message>
        <source>Collect plans</source>
        <translation>جمع الخطط</translation>
    </message>
    <message>
        <source>Plan bundles (*.pcsc)</source>
        <translation>ملفات الخطط (*.pcsc)</translation>
    </message>
    <message>
        <source>Importing plans…</source>
        <translation>جارٍ استيراد الخطط…</translation>
    </message>
    <message>
        <source>Drop folder status</source>
        <translation>حالة مجلد الإيداع</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>التقرير</translation>
    </message>
    <message>
        <source>Show the drop folder&apos;s import report</source>
        <translation>عرض تقرير الاستيراد من مجلد الإيداع</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>إيقاف المراقبة</translation>
    </message>
    <message>
        <source>Stop watching the drop folder</source>
        <translation>إيقاف مراقبة مجلد الإيداع</translation>
    </message>
    <message>
        <source>Watch a drop folder (USB stick, shared or synced folder)</source>
        <translation>مراقبة مجلد الإيداع (ذاكرة USB أو مجلد مشترك أو متزامن)</translation>
    </message>
    <message>
        <source>Watching {0} — import failed: {1}</source>
        <translation>جارٍ مراقبة {0} — تعذّر الاستيراد: {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>لم يُستورد أي ملف</numerusform>
            <numerusform>استُورد ملف واحد</numerusform>
            <numerusform>استُورد ملفان</numerusform>
            <numerusform>استُوردت %n ملفات</numerusform>
            <numerusform>استُورد %n ملفًا</numerusform>
            <numerusform>استُورد %n ملف</numerusform>
        </translation>
    </message>
    <message>
        <source>1 file imported</source>
        <translation type="vanished">استُورد ملف واحد</translation>
    </message>
    <message>
        <source>{0} files imported</source>
        <translation type="vanished">استُورد {0} ملفًا</translation>
    </message>
    <message>
        <source>Watching {0} — {1}, last at {2}</source>
        <translation>جارٍ مراقبة {0} — {1}، آخرها في {2}</translation>
    </message>
    <message>
        <source>Watching {0} — {1}</source>
        <translation>جارٍ مراقبة {0} — {1}</translation>
    </message>
    <message>
        <source> (refused: {0})</source>
        <translation> (المرفوضة: {0})</translation>
    </message>
    <message>
        <source> (kept aside: {0})</source>
        <translation> (موضوعة جانبًا: {0})</translation>
    </message>
    <message>
        <source> (to try again: {0})</source>
        <translation> (لإعادة المحاولة: {0})</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>لم يتم</translation>
    </message>
</context>
<context>
    <name>FieldResolver</name>
    <message>
        <source>{0}: mine</source>
        <translation>{0}: نسختي</translation>
    </message>
    <message>
        <source>{0}: theirs</source>
        <translation>{0}: نسختهم</translation>
    </message>
    <message>
        <source>{0}: merged value</source>
        <translation>{0}: القيمة المدمجة</translation>
    </message>
    <message>
        <source>Take mine</source>
        <translation>اعتماد نسختي</translation>
    </message>
    <message>
        <source>{0}: take mine</source>
        <translation>{0}: اعتماد نسختي</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>اعتماد نسختهم</translation>
    </message>
    <message>
        <source>{0}: take theirs</source>
        <translation>{0}: اعتماد نسختهم</translation>
    </message>
</context>
<context>
    <name>HeldDialog</name>
    <message>
        <source>Plans from new laptops</source>
        <translation>خطط من حواسيب جديدة</translation>
    </message>
    <message>
        <source>These plan bundles came from a laptop not seen before for their participant, so they were kept aside and changed nothing. Ask the participant whether the laptop is theirs (the laptop key shown when they sent their plan must match), then accept it as their new laptop or discard it.</source>
        <translation>وردت حزم الخطط هذه من حاسوب لم يُرَ من قبل لمشاركها، فوُضعت جانبًا ولم تغيّر شيئًا. اسأل المشارك هل الحاسوب حاسوبه (يجب أن يطابق المفتاح الذي ظهر له عند الإرسال)، ثم اقبله حاسوبًا جديدًا له أو استبعده.</translation>
    </message>
    <message>
        <source>Plan bundles kept aside</source>
        <translation>حزم الخطط الموضوعة جانبًا</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>Why kept aside</source>
        <translation>سبب الوضع جانبًا</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>أُرسل</translation>
    </message>
    <message>
        <source>Laptop key</source>
        <translation>مفتاح الحاسوب</translation>
    </message>
    <message>
        <source>Accept as their new laptop</source>
        <translation>قبوله حاسوبًا جديدًا له</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>استبعاد</translation>
    </message>
    <message>
        <source>From the laptop that sends {0}’s plans</source>
        <translation>من الحاسوب الذي يرسل خطط {0}</translation>
    </message>
    <message>
        <source>From a laptop not seen before for them</source>
        <translation>من حاسوب لم يُرَ من قبل لهذا الشخص</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>لم يتم</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>تقرير الاستيراد</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>ملخص الاستيراد</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>الملفات المستوردة</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>From</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Came in</source>
        <translation>وصل</translation>
    </message>
    <message>
        <source>new records: {0}, updated: {1}</source>
        <translation>السجلات الجديدة: {0}، المحدَّثة: {1}</translation>
    </message>
    <message>
        <source>conflicts to resolve: {0}</source>
        <translation>تعارضات يلزم حلّها: {0}</translation>
    </message>
    <message>
        <source>plan revision {0}</source>
        <translation>مراجعة الخطة {0}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the details of one file</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>Kept aside</source>
        <translation>موضوع جانبًا</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>موجود مسبقًا</translation>
    </message>
    <message>
        <source>This file was imported before.</source>
        <translation>سبق استيراد هذا الملف.</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Files — came in: {0}, already there: {1}, refused: {2}.</source>
        <translation>الملفات — الواردة: {0}، الموجودة مسبقًا: {1}، المرفوضة: {2}.</translation>
    </message>
    <message>
        <source>Records — new: {0}, updated: {1}, in conflict: {2}.</source>
        <translation>السجلات — الجديدة: {0}، المحدَّثة: {1}، المتعارضة: {2}.</translation>
    </message>
    <message>
        <source>Resolve the conflicts with File → Conflicts…</source>
        <translation>حلّوا التعارضات عبر ملف ← التعارضات…</translation>
    </message>
    <message>
        <source>Plans kept aside (from a laptop not seen before for their participant): {0}. Decide with File → Plans from new laptops…</source>
        <translation>خطط موضوعة جانبًا (من حاسوب لم يُرَ من قبل لمشاركها): {0}. قرِّر من ملف ← خطط من حواسيب جديدة…</translation>
    </message>
    <message>
        <source>Refused files changed nothing in your data.</source>
        <translation>لم تغيّر الملفات المرفوضة أي شيء في بياناتكم.</translation>
    </message>
    <message>
        <source>Stopped before the end: the remaining files were not read.</source>
        <translation>توقف قبل النهاية: لم تُقرأ الملفات المتبقية.</translation>
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
        <source>Urban context</source>
        <translation>السياق الحضري</translation>
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
        <source>UN-Habitat guidelines</source>
        <translation>المبادئ التوجيهية لموئل الأمم المتحدة</translation>
    </message>
    <message>
        <source>Characteristic of the guidelines</source>
        <translation>سمة من سمات المبادئ التوجيهية</translation>
    </message>
    <message>
        <source>JICA framework</source>
        <translation>إطار الوكالة اليابانية للتعاون الدولي (JICA)</translation>
    </message>
    <message>
        <source>City characteristic</source>
        <translation>سمة المدينة</translation>
    </message>
    <message>
        <source>City scope</source>
        <translation>نطاق المدينة</translation>
    </message>
    <message>
        <source>City type</source>
        <translation>نوع المدينة</translation>
    </message>
    <message>
        <source>Scaling approach</source>
        <translation>نهج التوسع</translation>
    </message>
    <message>
        <source>Process figure</source>
        <translation>رقم عن العملية</translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>حقائق أساسية</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>ورقة عمل</translation>
    </message>
    <message>
        <source>Maturity rubric (ours)</source>
        <translation>سلّم النضج (من إعدادنا)</translation>
    </message>
    <message>
        <source>Assessment support</source>
        <translation>دعم التقييم</translation>
    </message>
    <message>
        <source>Policy support</source>
        <translation>دعم السياسات</translation>
    </message>
    <message>
        <source>Organisation support</source>
        <translation>دعم التنظيم المؤسسي</translation>
    </message>
    <message>
        <source>System support</source>
        <translation>دعم الإطار المؤسسي والتنظيمي</translation>
    </message>
    <message>
        <source>Technology support</source>
        <translation>دعم التكنولوجيا</translation>
    </message>
    <message>
        <source>Operation support</source>
        <translation>دعم التشغيل</translation>
    </message>
    <message>
        <source>country level</source>
        <translation>على مستوى البلد</translation>
    </message>
    <message>
        <source>city level</source>
        <translation>على مستوى المدينة</translation>
    </message>
    <message>
        <source>country and city level</source>
        <translation>على مستوى البلد والمدينة</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
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
        <source>Not yet translated, shown in English: {0}</source>
        <translation>لم يُترجم بعد، ويُعرض بالإنجليزية: {0}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>المصادر</translation>
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
        <translation type="vanished">تحدد المبادئ التوجيهية {0} من المبادئ لهذه الركيزة.</translation>
    </message>
    <message>
        <source>The guidelines give {0} actions for this actor.</source>
        <translation type="vanished">تقترح المبادئ التوجيهية {0} من الإجراءات لهذه الجهة الفاعلة.</translation>
    </message>
    <message numerus="yes">
        <source>The guidelines give %n principle(s) for this pillar.</source>
        <translation>
            <numerusform>لا تحدد المبادئ التوجيهية أي مبدأ لهذه الركيزة.</numerusform>
            <numerusform>تحدد المبادئ التوجيهية مبدأً واحدًا لهذه الركيزة.</numerusform>
            <numerusform>تحدد المبادئ التوجيهية مبدأين لهذه الركيزة.</numerusform>
            <numerusform>تحدد المبادئ التوجيهية %n مبادئ لهذه الركيزة.</numerusform>
            <numerusform>تحدد المبادئ التوجيهية %n مبدأً لهذه الركيزة.</numerusform>
            <numerusform>تحدد المبادئ التوجيهية %n مبدأ لهذه الركيزة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The guidelines give %n action(s) for this actor.</source>
        <translation>
            <numerusform>لا تقترح المبادئ التوجيهية أي إجراء لهذه الجهة الفاعلة.</numerusform>
            <numerusform>تقترح المبادئ التوجيهية إجراءً واحدًا لهذه الجهة الفاعلة.</numerusform>
            <numerusform>تقترح المبادئ التوجيهية إجراءين لهذه الجهة الفاعلة.</numerusform>
            <numerusform>تقترح المبادئ التوجيهية %n إجراءات لهذه الجهة الفاعلة.</numerusform>
            <numerusform>تقترح المبادئ التوجيهية %n إجراءً لهذه الجهة الفاعلة.</numerusform>
            <numerusform>تقترح المبادئ التوجيهية %n إجراء لهذه الجهة الفاعلة.</numerusform>
        </translation>
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
        <source>How to check: {0}</source>
        <translation>طريقة التحقق: {0}</translation>
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
    <message>
        <source>Activities</source>
        <translation>الأنشطة</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Maturity levels</source>
        <translation>مستويات النضج</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>About the name</source>
        <translation>عن الاسم</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>الفترة</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>الجلسات</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>ينطبق على</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>المجال</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>الجمهور</translation>
    </message>
    <message>
        <source>Legally binding</source>
        <translation>ملزم قانونًا</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>الأيام</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>التوجهات</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>الشرح</translation>
    </message>
    <message>
        <source>About the full text</source>
        <translation>حول النص الكامل</translation>
    </message>
    <message>
        <source>Grows by</source>
        <translation>يتوسع عبر</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>الأداة</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>النقاط الرئيسية</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>بقيادة</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>الحرف</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>المستوى</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>التفويض</translation>
    </message>
    <message>
        <source>Member states</source>
        <translation>الدول الأعضاء</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>الأدلة العملية</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>السؤال</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>التوصيف</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>التوصيات</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>القرار</translation>
    </message>
    <message>
        <source>About the levels</source>
        <translation>حول المستويات</translation>
    </message>
    <message>
        <source>Starts with</source>
        <translation>يبدأ بـ</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>البيان</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>لماذا</translation>
    </message>
    <message>
        <source>Learning objectives</source>
        <translation>أهداف التعلّم</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>المدة (بالدقائق)</translation>
    </message>
    <message>
        <source>Facilitator&apos;s notes (our advice)</source>
        <translation>ملاحظات للميسّر (نصائحنا)</translation>
    </message>
    <message>
        <source>Discussion prompts</source>
        <translation>محاور للنقاش</translation>
    </message>
    <message>
        <source>Our advice (not from the source)</source>
        <translation>نصائحنا (ليست من المصدر)</translation>
    </message>
    <message>
        <source>In the draft of 22 May 2023</source>
        <translation>في مشروع 22 مايو 2023</translation>
    </message>
    <message>
        <source>Wholly a bracketed proposal in the draft</source>
        <translation>مقترح بين معقوفين بكامله في المشروع</translation>
    </message>
    <message>
        <source>How the source presents it</source>
        <translation>كيف يعرضه المصدر</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>النقاط</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>التعليمات</translation>
    </message>
    <message>
        <source>What participants write</source>
        <translation>ما يكتبه المشاركون</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>المواد</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>تشكيل المجموعات</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>الناتج</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>الأدوار</translation>
    </message>
    <message>
        <source>Why each option is right or wrong</source>
        <translation>سبب صحة كل خيار أو خطئه</translation>
    </message>
    <message>
        <source>How to score</source>
        <translation>طريقة التقييم</translation>
    </message>
    <message>
        <source>Kind of question</source>
        <translation>نوع السؤال</translation>
    </message>
    <message>
        <source>How to check each level</source>
        <translation>طريقة التحقق من كل مستوى</translation>
    </message>
    <message>
        <source>Day {0}</source>
        <translation>اليوم {0}</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} دقيقة</translation>
    </message>
    <message>
        <source>See</source>
        <translation>انظر</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>محاضرة</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>تمرين</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>زيارة ميدانية</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>مؤتمر</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>نقاش</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>استراحة</translation>
    </message>
    <message>
        <source>Scenario: apply a framework to a city</source>
        <translation>سيناريو: تطبيق إطار على مدينة</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>مفهوم</translation>
    </message>
    <message>
        <source>Recall of a fact</source>
        <translation>تذكّر معلومة</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Answer found in</source>
        <translation>توجد الإجابة في</translation>
    </message>
    <message>
        <source>Written in {0}</source>
        <translation>مكتوب باللغة: {0}</translation>
    </message>
</context>
<context>
    <name>JoinCardWindow</name>
    <message>
        <source>Join the room</source>
        <translation>الانضمام إلى القاعة</translation>
    </message>
    <message>
        <source>QR code of the room&apos;s address</source>
        <translation>رمز QR لعنوان القاعة</translation>
    </message>
    <message>
        <source>Room code: {0}</source>
        <translation>رمز القاعة: {0}</translation>
    </message>
</context>
<context>
    <name>LocalContentPage</name>
    <message>
        <source>Local case studies and statistics</source>
        <translation>دراسات الحالة والإحصاءات المحلية</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;جديد</translation>
    </message>
    <message>
        <source>New local item</source>
        <translation>عنصر محلي جديد</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>عر&amp;ض</translation>
    </message>
    <message>
        <source>Present the selected item</source>
        <translation>عرض العنصر المحدد</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation>دراسة حالة</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>إحصاءة</translation>
    </message>
    <message>
        <source>Language of the title and text</source>
        <translation>لغة العنوان والنص</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>e.g. 41.5</source>
        <translation>مثل 41.5</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>e.g. % or households</source>
        <translation>مثل % أو الأسر</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>no year</source>
        <translation>بلا سنة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Linked pillars and elements</source>
        <translation>الركائز والعناصر المرتبطة</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Save the item</source>
        <translation>حفظ العنصر</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>ح&amp;ذف</translation>
    </message>
    <message>
        <source>Delete the item</source>
        <translation>حذف العنصر</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>&amp;النص:</translation>
    </message>
    <message>
        <source>&amp;Figure and unit:</source>
        <translation>ال&amp;رقم والوحدة:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>ال&amp;سنة:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>ال&amp;مصدر:</translation>
    </message>
    <message>
        <source>&amp;Linked to:</source>
        <translation>مر&amp;تبط بـ:</translation>
    </message>
    <message>
        <source>Add your own case studies and statistics. They are saved in this workshop, appear in the curriculum search and travel in workshop packs.</source>
        <translation>أضيفوا دراسات الحالة والإحصاءات الخاصة بكم. تُحفظ في ورشة العمل هذه، وتظهر في البحث في المنهج التدريبي، وتنتقل ضمن حزم ورشة العمل.</translation>
    </message>
    <message>
        <source>Element {0}: {1}</source>
        <translation>العنصر {0}: {1}</translation>
    </message>
    <message>
        <source>State&amp;ment:</source>
        <translation>النص الإحصا&amp;ئي:</translation>
    </message>
    <message>
        <source>Not written in {0} yet: type that version here, then save.</source>
        <translation>لم يُكتب بعد باللغة {0}: اكتبوا تلك النسخة هنا ثم احفظوها.</translation>
    </message>
    <message>
        <source>Add local item</source>
        <translation>إضافة عنصر محلي</translation>
    </message>
    <message>
        <source>Edit local item</source>
        <translation>تعديل العنصر المحلي</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>حُفظ.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>الرقم</translation>
    </message>
    <message>
        <source>figure, unit or links</source>
        <translation>الرقم أو الوحدة أو الروابط</translation>
    </message>
    <message>
        <source>Give the item a title.</source>
        <translation>أعطوا العنصر عنوانًا.</translation>
    </message>
    <message>
        <source>The {0} is too long.</source>
        <translation>حقل «{0}» طويل جدًا.</translation>
    </message>
    <message>
        <source>The figure must be a number, like 41.5.</source>
        <translation>يجب أن يكون الرقم عددًا، مثل 41.5.</translation>
    </message>
    <message>
        <source>This item was deleted meanwhile.</source>
        <translation>حُذف هذا العنصر في الأثناء.</translation>
    </message>
    <message>
        <source>Choose a workshop first.</source>
        <translation>اختاروا ورشة عمل أولًا.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>لم يُحفظ: {0}</translation>
    </message>
    <message>
        <source>Delete local item</source>
        <translation>حذف العنصر المحلي</translation>
    </message>
    <message>
        <source>Delete “{0}” from this workshop?</source>
        <translation>هل تريد حذف «{0}» من ورشة العمل هذه؟</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>حُذف.</translation>
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
        <source>&amp;Content language</source>
        <translation>&amp;لغة المحتوى</translation>
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
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ترا&amp;جع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إعا&amp;دة</translation>
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
        <source>&amp;Undo {0}</source>
        <translation>ترا&amp;جع: {0}</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>إعا&amp;دة: {0}</translation>
    </message>
    <message>
        <source>Could not undo: {0}</source>
        <translation>تعذّر التراجع: {0}</translation>
    </message>
</context>
<context>
    <name>NamePickerDialog</name>
    <message>
        <source>Who are you?</source>
        <translation>من أنت؟</translation>
    </message>
    <message>
        <source>Pick your name</source>
        <translation>اختر اسمك</translation>
    </message>
    <message>
        <source>Welcome to “{0}”.
Find your name in the list: your own action plan opens next.</source>
        <translation>مرحبًا بكم في «{0}».
ابحثوا عن أسمائكم في القائمة: ستُفتح خطة عملكم بعد ذلك.</translation>
    </message>
    <message>
        <source>Type part of your name or your city</source>
        <translation>اكتب جزءًا من اسمك أو من اسم مدينتك</translation>
    </message>
    <message>
        <source>Search names</source>
        <translation>البحث في الأسماء</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>المشاركون</translation>
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
        <source>(no name)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>No name matches. Ask the facilitator to add you.</source>
        <translation>لا يوجد اسم مطابق. اطلبوا من الميسِّر إضافتكم.</translation>
    </message>
    <message>
        <source>This is me</source>
        <translation>هذا أنا</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>NotesWindow</name>
    <message>
        <source>Speaker notes – {0}</source>
        <translation>ملاحظات المتحدث – {0}</translation>
    </message>
    <message>
        <source>Speaker notes window</source>
        <translation>نافذة ملاحظات المتحدث</translation>
    </message>
    <message>
        <source>Current slide</source>
        <translation>الشريحة الحالية</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>ملاحظات المتحدث</translation>
    </message>
    <message>
        <source>Slide number</source>
        <translation>رقم الشريحة</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>الشريحة التالية</translation>
    </message>
    <message>
        <source>Next slide preview</source>
        <translation>معاينة الشريحة التالية</translation>
    </message>
    <message>
        <source>→ / Space next · ← previous · Home / End · B blank · T timer · Esc end</source>
        <translation>→ / مسافة: التالية · ←: السابقة · Home / End · B: شاشة فارغة · T: المؤقّت · Esc: إنهاء</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
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
        <source>Self-assessment</source>
        <translation>التقييم الذاتي</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>خطط العمل</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>لوحة المتابعة</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>العرض</translation>
    </message>
    <message>
        <source>Local content</source>
        <translation>المحتوى المحلي</translation>
    </message>
    <message>
        <source>Knowledge checks</source>
        <translation>اختبارات المعارف</translation>
    </message>
</context>
<context>
    <name>ParticipantActions</name>
    <message>
        <source>Plan sending status</source>
        <translation>حالة إرسال الخطة</translation>
    </message>
    <message>
        <source>Open workshop pack</source>
        <translation>فتح حزمة ورشة العمل</translation>
    </message>
    <message>
        <source>Workshop packs (*.pcsc)</source>
        <translation>حزم ورش العمل (*.pcsc)</translation>
    </message>
    <message>
        <source>Opening the workshop pack…</source>
        <translation>جارٍ فتح حزمة ورشة العمل…</translation>
    </message>
    <message>
        <source>Workshop pack not opened</source>
        <translation>لم تُفتح حزمة ورشة العمل</translation>
    </message>
    <message>
        <source>This file could not be opened. Nothing was changed.</source>
        <translation>تعذّر فتح هذا الملف. لم يُغيَّر أي شيء.</translation>
    </message>
    <message>
        <source>Workshop pack from another laptop</source>
        <translation>حزمة ورشة عمل من حاسوب آخر</translation>
    </message>
    <message>
        <source>This workshop pack was not made on the laptop your facilitator&apos;s earlier packs came from. Nothing was changed.

Open it only if your facilitator told you they now use another laptop.</source>
        <translation>لم تُنشأ حزمة ورشة العمل هذه على الحاسوب الذي جاءت منه حزم الميسِّر السابقة. لم يتغيّر شيء.

لا تفتحها إلا إذا أخبرك الميسِّر أنه يستخدم الآن حاسوبًا آخر.</translation>
    </message>
    <message>
        <source>My facilitator changed laptops: open it</source>
        <translation>غيّر الميسِّر حاسوبه: افتحها</translation>
    </message>
    <message>
        <source>Where should your plan go? (a USB stick or shared folder)</source>
        <translation>أين تُحفظ خطتكم؟ (ذاكرة USB أو مجلد مشترك)</translation>
    </message>
    <message>
        <source>Plan sent</source>
        <translation>أُرسلت الخطة</translation>
    </message>
    <message>
        <source>Your plan (revision {0}) was saved as:
{1}

Hand this file to the facilitator, or leave it in the shared folder.</source>
        <translation>حُفظت خطتكم (المراجعة {0}) باسم:
{1}

سلّموا هذا الملف إلى الميسِّر، أو اتركوه في المجلد المشترك.</translation>
    </message>
    <message>
        <source>This laptop&apos;s key: {0}. If the facilitator asks whether a plan came from your laptop, this is what they compare.</source>
        <translation>مفتاح هذا الحاسوب: {0}. إذا سأل الميسِّر هل جاءت خطة من حاسوبك، فهذا ما يقارنه.</translation>
    </message>
    <message>
        <source>Saving your plan…</source>
        <translation>جارٍ حفظ خطتكم…</translation>
    </message>
    <message>
        <source>Plan not sent yet</source>
        <translation>لم تُرسل الخطة بعد</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>Last sent {0} (revision {1}) — changed since: {2}</source>
        <translation>آخر إرسال {0} (المراجعة {1}) — تغيّر منذ ذلك الحين: {2}</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>لم يتم</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Edit participant</source>
        <translation>تعديل المشارك</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>إضافة مشارك</translation>
    </message>
    <message>
        <source>(no delegation)</source>
        <translation>(بلا وفد)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>May be named in reports</source>
        <translation>يجوز ذكر الاسم في التقارير</translation>
    </message>
    <message>
        <source>Without consent, reports say “Participant 7”.</source>
        <translation>في حال عدم الموافقة، تذكر التقارير «Participant 7».</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>ال&amp;مؤسسة:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>ال&amp;صفة:</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>ال&amp;وفد:</translation>
    </message>
    <message>
        <source>(the workshop&apos;s language)</source>
        <translation>(لغة الورشة)</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>البريد الإل&amp;كتروني:</translation>
    </message>
    <message>
        <source>Documents &amp;in:</source>
        <translation>الوثائق &amp;باللغة:</translation>
    </message>
    <message>
        <source>Move participant</source>
        <translation>نقل المشارك</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <source>Delegation / participant</source>
        <extracomment>backups found, after the last deletion, that still hold the deleted person (tests)</extracomment>
        <translation>الوفد / المشارك</translation>
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
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Named in reports</source>
        <translation>يُذكر اسمه في التقارير</translation>
    </message>
    <message>
        <source>Delegations and participants</source>
        <translation>الوفود والمشاركون</translation>
    </message>
    <message>
        <source>Add de&amp;legation…</source>
        <translation>إضافة &amp;وفد…</translation>
    </message>
    <message>
        <source>Add &amp;participant…</source>
        <translation>إضافة م&amp;شارك…</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>ت&amp;عديل…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Import &amp;CSV…</source>
        <translation>استيراد ملف &amp;CSV…</translation>
    </message>
    <message>
        <source>CSV te&amp;mplate…</source>
        <translation>&amp;نموذج CSV…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>No delegation</source>
        <translation>بلا وفد</translation>
    </message>
    <message>
        <source>Delete this participant’s data…</source>
        <translation>حذف بيانات هذا المشارك…</translation>
    </message>
    <message>
        <source>Move participant</source>
        <translation>نقل المشارك</translation>
    </message>
    <message>
        <source>Remove delegation</source>
        <translation>حذف الوفد</translation>
    </message>
    <message>
        <source>Remove the delegation {0}?</source>
        <translation>هل تريد حذف الوفد {0}؟</translation>
    </message>
    <message>
        <source>Delete this participant’s data</source>
        <translation>حذف بيانات هذا المشارك</translation>
    </message>
    <message>
        <source>Delete all data of {0}?</source>
        <translation>هل تريد حذف جميع بيانات {0}؟</translation>
    </message>
    <message>
        <source>Their name, email, organisation and role, their action plan and their own assessment will be erased on this laptop and, after the next exchange, on the others. Items already pulled into the delegation plan stay. This cannot be undone.</source>
        <translation>سيُمحى اسمه وبريده الإلكتروني ومؤسسته وصفته وخطة عمله وتقييمه الفردي من هذا الحاسوب، ومن الحواسيب الأخرى بعد التبادل القادم. أما العناصر التي نُقلت بالفعل إلى خطة الوفد فتبقى. ولا يمكن التراجع عن هذا الإجراء.</translation>
    </message>
    <message>
        <source>Delete data</source>
        <translation>حذف البيانات</translation>
    </message>
    <message>
        <source>Older backups of this database, made before the deletion, still hold their data: {0}.</source>
        <translation>نسخ احتياطية أقدم من قاعدة البيانات هذه، أُنشئت قبل الحذف، ما زالت تحتوي على بياناته: {0}.</translation>
    </message>
    <message>
        <source>They are next to the database file ({0}). Delete those backups too? A backup is also what would bring back other work lost by mistake.</source>
        <translation>توجد بجوار ملف قاعدة البيانات ({0}). هل تريدون حذف تلك النسخ أيضًا؟ النسخة الاحتياطية هي أيضًا ما يتيح استعادة عمل فُقد عن طريق الخطأ.</translation>
    </message>
    <message>
        <source>Delete those backups</source>
        <translation>حذف تلك النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>الاحتفاظ بها</translation>
    </message>
    <message>
        <source>Save a CSV template</source>
        <translation>حفظ نموذج CSV</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>استيراد المشاركين</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>ملفات CSV (*.csv *.txt)</translation>
    </message>
</context>
<context>
    <name>PlanCoach</name>
    <message>
        <source>Plan quality score</source>
        <translation>درجة جودة الخطة</translation>
    </message>
    <message>
        <source>What would raise the score</source>
        <translation>ما الذي يرفع الدرجة</translation>
    </message>
    <message>
        <source>Plan quality</source>
        <translation>جودة الخطة</translation>
    </message>
    <message>
        <source>What would raise it:</source>
        <translation>ما الذي يرفعها:</translation>
    </message>
    <message>
        <source>Local government</source>
        <translation>الحكومة المحلية</translation>
    </message>
    <message>
        <source>National government</source>
        <translation>الحكومة الوطنية</translation>
    </message>
    <message>
        <source>Other stakeholders</source>
        <translation>أصحاب المصلحة الآخرون</translation>
    </message>
    <message>
        <source>Level of government</source>
        <translation>مستوى الحكومة</translation>
    </message>
    <message>
        <source>Suggestions from the assessment</source>
        <translation>اقتراحات مستمدة من التقييم</translation>
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translation>&amp;قبول</translation>
    </message>
    <message>
        <source>Edit &amp;&amp; accept…</source>
        <translation>تعديل &amp;&amp; قبول…</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>&amp;تجاهل</translation>
    </message>
    <message>
        <source>From assessment to action</source>
        <translation>من التقييم إلى العمل</translation>
    </message>
    <message>
        <source>Members&apos; items</source>
        <translation>عناصر الأعضاء</translation>
    </message>
    <message>
        <source>&amp;Pull ticked items into the delegation plan</source>
        <translation>&amp;نقل العناصر المحددة إلى خطة الوفد</translation>
    </message>
    <message>
        <source>Accept a suggestion</source>
        <translation>قبول اقتراح</translation>
    </message>
    <message>
        <source>Dismiss a suggestion</source>
        <translation>تجاهل اقتراح</translation>
    </message>
    <message>
        <source>Pull members&apos; items</source>
        <translation>نقل عناصر الأعضاء</translation>
    </message>
    <message>
        <source>{0} / 100</source>
        <translation type="vanished">{0} / 100</translation>
    </message>
    <message>
        <source>+{0}: {1}</source>
        <translation>+{0}: {1}</translation>
    </message>
    <message>
        <source>(steps {0})</source>
        <translation>(الخطوات {0})</translation>
    </message>
    <message>
        <source>Nothing missing: a complete plan.</source>
        <translation>لا شيء ناقص: الخطة مكتملة.</translation>
    </message>
    <message>
        <source>JICA {0} {1} (level {2}) → {3}</source>
        <translation>JICA {0} {1} (المستوى {2}) ← {3}</translation>
    </message>
    <message>
        <source>See the pillar&apos;s recommended actions.</source>
        <translation>اطّلعوا على الإجراءات الموصى بها لهذه الركيزة.</translation>
    </message>
    <message>
        <source>Case studies: {0}</source>
        <translation>دراسات الحالة: {0}</translation>
    </message>
    <message>
        <source>No open suggestions. Score the delegation&apos;s assessment to get suggestions from its weakest elements.</source>
        <translation>لا توجد اقتراحات مفتوحة. قيّموا عناصر تقييم الوفد للحصول على اقتراحات مستمدة من أضعف عناصره.</translation>
    </message>
    <message>
        <source>{0} open, {1} accepted</source>
        <translation>{0} مفتوحة، {1} مقبولة</translation>
    </message>
    <message>
        <source>Edit the next step</source>
        <translation type="vanished">تعديل الخطوة التالية</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation type="vanished">الإجراء:</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>الخطوة التالية</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>الدعم</translation>
    </message>
    <message>
        <source> (from {0})</source>
        <translation> (من {0})</translation>
    </message>
    <message>
        <source>— in the delegation plan</source>
        <translation>— ضمن خطة الوفد</translation>
    </message>
    <message>
        <source>The members have no next steps or support requests yet.</source>
        <translation>ليست لدى الأعضاء بعد خطوات تالية أو طلبات دعم.</translation>
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
        <translation type="vanished">&amp;تصدير بصيغة PDF…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>تصدير بصيغة P&amp;DF…</translation>
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
        <source>Next step {0}</source>
        <translation>الخطوة التالية {0}</translation>
    </message>
    <message>
        <source>Desired future support</source>
        <translation>الدعم المرغوب مستقبلًا</translation>
    </message>
    <message>
        <source>Support request {0}</source>
        <translation>طلب الدعم {0}</translation>
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
        <source>&amp;Undo</source>
        <translation>ترا&amp;جع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>إعادة</translation>
    </message>
    <message>
        <source>&amp;Coaching</source>
        <translation>الإ&amp;رشاد</translation>
    </message>
    <message>
        <source>Show or hide the coaching panel (plan quality, suggestions)</source>
        <translation>إظهار لوحة الإرشاد أو إخفاؤها (جودة الخطة، الاقتراحات)</translation>
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
        <source>Accept a suggestion</source>
        <translation>قبول اقتراح</translation>
    </message>
    <message>
        <source>&amp;Coaching ({0} / 100)</source>
        <translation>الإ&amp;رشاد ({0} / 100)</translation>
    </message>
    <message>
        <source>Edit plan</source>
        <translation>تعديل الخطة</translation>
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
    <message>
        <source>Typing</source>
        <translation>الكتابة</translation>
    </message>
    <message>
        <source>Table edit</source>
        <translation>تعديل الجدول</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
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
        <source>Hide the &amp;list</source>
        <translation>إخفاء ال&amp;قائمة</translation>
    </message>
    <message>
        <source>Fold the list of plans away to give the plan the whole width</source>
        <translation>طيّ قائمة الخطط لإعطاء الخطة العرض كله</translation>
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
        <source>Show the &amp;list</source>
        <translation>إظهار ال&amp;قائمة</translation>
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
    <name>PollResultsWindow</name>
    <message>
        <source>Live poll results</source>
        <translation>نتائج الاستطلاع المباشر</translation>
    </message>
    <message>
        <source>Answers: {0}</source>
        <translation>عدد الإجابات: {0}</translation>
    </message>
</context>
<context>
    <name>PresentPage</name>
    <message>
        <source>Present a module full screen</source>
        <translation>عرض وحدة بملء الشاشة</translation>
    </message>
    <message>
        <source>Choose what to present and press Present (or Enter). During the presentation: → / Space next, ← previous, Home / End, B blank screen, T start or pause the timer, N speaker notes, Esc end.</source>
        <translation>اختاروا ما تريدون عرضه ثم اضغطوا «عرض» (أو Enter). أثناء العرض: → / مسافة للتالية، ← للسابقة، Home / End، B لشاشة فارغة، T لبدء المؤقّت أو إيقافه مؤقتًا، N لملاحظات المتحدث، Esc للإنهاء.</translation>
    </message>
    <message>
        <source>What to present</source>
        <translation>ما الذي يُعرض</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Timer length in minutes</source>
        <translation>مدة المؤقّت بالدقائق</translation>
    </message>
    <message>
        <source>&amp;Timer:</source>
        <translation>ال&amp;مؤقّت:</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Present full screen</source>
        <translation>العرض بملء الشاشة</translation>
    </message>
    <message>
        <source>About the selection</source>
        <translation>حول العنصر المحدد</translation>
    </message>
    <message>
        <source>First slide preview</source>
        <translation>معاينة الشريحة الأولى</translation>
    </message>
    <message>
        <source>Curriculum modules</source>
        <translation>وحدات المنهج التدريبي</translation>
    </message>
    <message>
        <source>Agenda sessions</source>
        <translation>جلسات جدول الأعمال</translation>
    </message>
    <message>
        <source>Local content</source>
        <translation>المحتوى المحلي</translation>
    </message>
    <message>
        <source>Day {0}, {1} · {2} min · {3}</source>
        <translation>اليوم {0}، {1} · {2} دقيقة · {3}</translation>
    </message>
    <message>
        <source>This item can no longer be found.</source>
        <translation>لم يعد بالإمكان العثور على هذا العنصر.</translation>
    </message>
    <message numerus="yes">
        <source>{0} – %n slide(s)</source>
        <translation>
            <numerusform>{0} – لا شرائح</numerusform>
            <numerusform>{0} – شريحة واحدة</numerusform>
            <numerusform>{0} – شريحتان</numerusform>
            <numerusform>{0} – %n شرائح</numerusform>
            <numerusform>{0} – %n شريحة</numerusform>
            <numerusform>{0} – %n شريحة</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} – {1} slides</source>
        <translation type="vanished">{0} – {1} شريحة</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Session timer</source>
        <translation>مؤقّت الجلسة</translation>
    </message>
    <message>
        <source>{0} / {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <source>Slide {0} of {1}</source>
        <translation>الشريحة {0} من {1}</translation>
    </message>
    <message>
        <source>No notes for this slide.</source>
        <translation>لا توجد ملاحظات لهذه الشريحة.</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Day {0} · {1} · {2} min</source>
        <translation>اليوم {0} · {1} · {2} دقيقة</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Something went wrong</source>
        <translation>حدث خطأ ما</translation>
    </message>
    <message>
        <source>Nothing to present</source>
        <translation>لا شيء للعرض</translation>
    </message>
    <message>
        <source>This item is not in the curriculum or the workshop&apos;s local content: {0}</source>
        <translation>هذا العنصر غير موجود في المنهج التدريبي ولا في المحتوى المحلي لورشة العمل: {0}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>PCSC Workshop could not restart itself; please close and open it again.</source>
        <translation>تعذّرت إعادة تشغيل ورشة PCSC؛ يُرجى إغلاقها وفتحها من جديد.</translation>
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
    <name>QuizPage</name>
    <message>
        <source>Knowledge checks</source>
        <translation>اختبارات المعارف</translation>
    </message>
    <message>
        <source>&amp;Take a check</source>
        <translation>إ&amp;جراء اختبار</translation>
    </message>
    <message>
        <source>&amp;Learning gain</source>
        <translation>م&amp;كاسب التعلّم</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>المشارك</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Before or after the session</source>
        <translation>قبل الجلسة أو بعدها</translation>
    </message>
    <message>
        <source>Before the session</source>
        <translation>قبل الجلسة</translation>
    </message>
    <message>
        <source>After the session</source>
        <translation>بعد الجلسة</translation>
    </message>
    <message>
        <source>&amp;Start the check</source>
        <translation>&amp;بدء الاختبار</translation>
    </message>
    <message>
        <source>Start the check</source>
        <translation>بدء الاختبار</translation>
    </message>
    <message>
        <source>&amp;Participant:</source>
        <translation>ال&amp;مشارك:</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>ال&amp;وحدة:</translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation>م&amp;تى:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مشكلة</translation>
    </message>
    <message>
        <source>Choose the participant, the module and whether this is before or after the session, then press &lt;b&gt;Start the check&lt;/b&gt;. The questions appear here; after submitting, each answer is shown with the right one and why.</source>
        <translation>اختاروا المشارك والوحدة وما إذا كان الاختبار قبل الجلسة أو بعدها، ثم اضغطوا &lt;b&gt;بدء الاختبار&lt;/b&gt;. تظهر الأسئلة هنا؛ وبعد الإرسال، تُعرض كل إجابة مع الإجابة الصحيحة وسببها.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <source>S&amp;ubmit answers</source>
        <translation>إ&amp;رسال الإجابات</translation>
    </message>
    <message>
        <source>Submit answers</source>
        <translation>إرسال الإجابات</translation>
    </message>
    <message>
        <source>Score and right answers</source>
        <translation>الدرجة والإجابات الصحيحة</translation>
    </message>
    <message>
        <source>{0} questions · {1} · {2}</source>
        <translation type="vanished">{0} أسئلة · {1} · {2}</translation>
    </message>
    <message>
        <source>Question {0}</source>
        <translation>السؤال {0}</translation>
    </message>
    <message>
        <source>Unanswered questions</source>
        <translation>أسئلة بلا إجابة</translation>
    </message>
    <message>
        <source>{0} questions have no answer; they count as wrong. Submit anyway?</source>
        <translation type="vanished">{0} من الأسئلة بلا إجابة؛ وتُحتسب خاطئة. هل تريدون الإرسال على أي حال؟</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) · {0} · {1}</source>
        <translation>
            <numerusform>لا أسئلة · {0} · {1}</numerusform>
            <numerusform>سؤال واحد · {0} · {1}</numerusform>
            <numerusform>سؤالان · {0} · {1}</numerusform>
            <numerusform>%n أسئلة · {0} · {1}</numerusform>
            <numerusform>%n سؤالًا · {0} · {1}</numerusform>
            <numerusform>%n سؤال · {0} · {1}</numerusform>
        </translation>
    </message>
    <message>
        <source>Question {0} (not yet translated, in English)</source>
        <translation>السؤال {0} (لم يُترجم بعد، بالإنجليزية)</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) have no answer; they count as wrong. Submit anyway?</source>
        <translation>
            <numerusform>لا توجد أسئلة بلا إجابة. هل تريدون الإرسال؟</numerusform>
            <numerusform>سؤال واحد بلا إجابة؛ ويُحتسب خاطئًا. هل تريدون الإرسال على أي حال؟</numerusform>
            <numerusform>سؤالان بلا إجابة؛ ويُحتسبان خاطئين. هل تريدون الإرسال على أي حال؟</numerusform>
            <numerusform>%n أسئلة بلا إجابة؛ وتُحتسب خاطئة. هل تريدون الإرسال على أي حال؟</numerusform>
            <numerusform>%n سؤالًا بلا إجابة؛ وتُحتسب خاطئة. هل تريدون الإرسال على أي حال؟</numerusform>
            <numerusform>%n سؤال بلا إجابة؛ وتُحتسب خاطئة. هل تريدون الإرسال على أي حال؟</numerusform>
        </translation>
    </message>
    <message>
        <source>This participant is no longer in the workshop.</source>
        <translation>لم يعد هذا المشارك في ورشة العمل.</translation>
    </message>
    <message>
        <source>This module has no questions.</source>
        <translation>لا تتضمن هذه الوحدة أي أسئلة.</translation>
    </message>
    <message>
        <source>The answers were not saved</source>
        <translation>لم تُحفظ الإجابات</translation>
    </message>
    <message>
        <source>Score: {0} of {1} ({2})</source>
        <translation>الدرجة: {0} من {1} ({2})</translation>
    </message>
    <message>
        <source>The right answers are shown after the after-session check, so that it measures what was learnt (the facilitator can release them earlier).</source>
        <translation>تُعرض الإجابات الصحيحة بعد اختبار ما بعد الجلسة، كي يقيس ما تعلّمه المشاركون (يمكن للميسّر إظهارها قبل ذلك).</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>صحيح</translation>
    </message>
    <message>
        <source>Not quite</source>
        <translation>ليس تمامًا</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(لا إجابة)</translation>
    </message>
    <message>
        <source>Your answer: {0}</source>
        <translation>إجابتكم: {0}</translation>
    </message>
    <message>
        <source>Right answer: {0}</source>
        <translation>الإجابة الصحيحة: {0}</translation>
    </message>
    <message>
        <source>(your answer)</source>
        <translation>(إجابتك)</translation>
    </message>
    <message>
        <source>Why each option is right or wrong:</source>
        <translation>سبب صحة كل خيار أو خطئه:</translation>
    </message>
    <message>
        <source>Participants with both</source>
        <translation>المشاركون الذين أجروا الاختبارين</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>قبل</translation>
    </message>
    <message>
        <source>After</source>
        <translation>بعد</translation>
    </message>
    <message>
        <source>Gain (points)</source>
        <translation>المكسب (نقاط)</translation>
    </message>
    <message>
        <source>Learning gain by module</source>
        <translation>مكاسب التعلّم حسب الوحدة</translation>
    </message>
    <message>
        <source>Learning gain by participant</source>
        <translation>مكاسب التعلّم حسب المشارك</translation>
    </message>
    <message>
        <source>Scores are the share of right answers; the gain is after minus before, in percentage points, where both exist. A retake replaces the earlier attempt.</source>
        <translation>الدرجات هي نسبة الإجابات الصحيحة؛ والمكسب هو درجة ما بعد الجلسة ناقص درجة ما قبلها، بالنقاط المئوية، عند توفر الاثنتين. وتحل إعادة الاختبار محل المحاولة السابقة.</translation>
    </message>
    <message>
        <source>&amp;Release the right answers now</source>
        <translation>إ&amp;ظهار الإجابات الصحيحة الآن</translation>
    </message>
    <message>
        <source>Release the right answers</source>
        <translation>إظهار الإجابات الصحيحة</translation>
    </message>
    <message>
        <source>Otherwise each participant sees them after their after-session check.</source>
        <translation>وإلا فيراها كل مشارك بعد اختباره عقب الجلسة.</translation>
    </message>
    <message>
        <source>By module</source>
        <translation>حسب الوحدة</translation>
    </message>
    <message>
        <source>By participant</source>
        <translation>حسب المشارك</translation>
    </message>
    <message>
        <source>(removed participant)</source>
        <translation>(مشارك محذوف)</translation>
    </message>
    <message>
        <source>Hold back the right answers</source>
        <translation>حجب الإجابات الصحيحة</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>لم يُغيَّر</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>Radar chart of the 21 elements</source>
        <translation>مخطط رادار للعناصر الـ21</translation>
    </message>
    <message>
        <source>Chart legend</source>
        <translation>مفتاح الرسم البياني</translation>
    </message>
    <message>
        <source>not scored (gap in the line)</source>
        <translation>غير مقيَّم (انقطاع في الخط)</translation>
    </message>
</context>
<context>
    <name>RoomActions</name>
    <message>
        <source>Open the room…</source>
        <translation>فتح القاعة…</translation>
    </message>
    <message>
        <source>Send my plan to the room…</source>
        <translation>إرسال خطتي إلى القاعة…</translation>
    </message>
    <message>
        <source>Looking for the room…</source>
        <translation>جارٍ البحث عن القاعة…</translation>
    </message>
    <message>
        <source>Send my plan to the room</source>
        <translation>إرسال خطتي إلى القاعة</translation>
    </message>
    <message>
        <source>Rooms found on this network:</source>
        <translation>القاعات الموجودة على هذه الشبكة:</translation>
    </message>
    <message>
        <source>No room answered on this network. Type the address shown on the join card (for example http://192.168.1.10:8765/):</source>
        <translation>لم تستجب أي قاعة على هذه الشبكة. اكتب العنوان الظاهر على بطاقة الانضمام (مثلًا http://192.168.1.10:8765/):</translation>
    </message>
    <message>
        <source>Room code (on the screen):</source>
        <translation>رمز القاعة (على الشاشة):</translation>
    </message>
    <message>
        <source>Sending your plan…</source>
        <translation>جارٍ إرسال خطتك…</translation>
    </message>
    <message>
        <source>Choose who you are first: open the workshop pack and pick your name.</source>
        <translation>حدّد هويتك أولًا: افتح حزمة حلقة العمل واختر اسمك.</translation>
    </message>
    <message>
        <source>Your plan reached the room.</source>
        <translation>وصلت خطتك إلى القاعة.</translation>
    </message>
    <message>
        <source>Plan not sent</source>
        <translation>لم تُرسل الخطة</translation>
    </message>
    <message>
        <source>Your plan did not reach the room. Nothing was lost: it is still on this laptop.</source>
        <translation>لم تصل خطتك إلى القاعة. لم يُفقد شيء: ما زالت على هذا الحاسوب.</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>The room</source>
        <translation>القاعة</translation>
    </message>
    <message>
        <source>Open the room</source>
        <translation>فتح القاعة</translation>
    </message>
    <message>
        <source>Close the room</source>
        <translation>إغلاق القاعة</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>الاستماع على:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>المنفذ:</translation>
    </message>
    <message>
        <source>The room is closed. Open it to let browsers join.</source>
        <translation>القاعة مغلقة. افتحها ليتمكّن المشاركون من الانضمام عبر المتصفح.</translation>
    </message>
    <message>
        <source>QR code of the room&apos;s address</source>
        <translation>رمز QR لعنوان القاعة</translation>
    </message>
    <message>
        <source>Show join card full screen</source>
        <translation>عرض بطاقة الانضمام بملء الشاشة</translation>
    </message>
    <message>
        <source>Save join card and personal codes (PDF)…</source>
        <translation>حفظ بطاقة الانضمام والرموز الشخصية (PDF)…</translation>
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
        <source>Personal code</source>
        <translation>الرمز الشخصي</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>وقت الانضمام</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Remove this device</source>
        <translation>إزالة هذا الجهاز</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>اختيار من متعدد</translation>
    </message>
    <message>
        <source>Dot-voting</source>
        <translation>التصويت بالنقاط</translation>
    </message>
    <message>
        <source>Word cloud</source>
        <translation>سحابة كلمات</translation>
    </message>
    <message>
        <source>One option per line</source>
        <translation>خيار واحد في كل سطر</translation>
    </message>
    <message>
        <source>Ask the room</source>
        <translation>اطرح السؤال على القاعة</translation>
    </message>
    <message>
        <source>Close the question</source>
        <translation>إغلاق السؤال</translation>
    </message>
    <message>
        <source>Show results full screen</source>
        <translation>عرض النتائج بملء الشاشة</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>الإجابة</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>النوع:</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>السؤال:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>الخيارات:</translation>
    </message>
    <message>
        <source>Picks per person (dot-voting):</source>
        <translation>عدد الاختيارات لكل شخص (التصويت بالنقاط):</translation>
    </message>
    <message>
        <source>Personal codes</source>
        <translation>الرموز الشخصية</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <source>Live poll</source>
        <translation>استطلاع مباشر</translation>
    </message>
    <message>
        <source>Choose or create a workshop first (Workshop page, or the workshop list at the top of the window): the room serves one workshop.</source>
        <translation>اختاروا ورشة عمل أو أنشئوا واحدة أولًا (صفحة ورشة العمل، أو قائمة الورش أعلى النافذة): القاعة تخدم ورشة عمل واحدة.</translation>
    </message>
    <message>
        <source>Opening the room…</source>
        <translation>جارٍ فتح القاعة…</translation>
    </message>
    <message>
        <source>Room code: {0}</source>
        <translation>رمز القاعة: {0}</translation>
    </message>
    <message>
        <source>(Not announced on the network: {0})</source>
        <translation>(لم يُعلَن عنها على الشبكة: {0})</translation>
    </message>
    <message>
        <source>The room is open. Participants join at the address below with the room code and their personal code.</source>
        <translation>القاعة مفتوحة. ينضم المشاركون عبر العنوان أدناه باستخدام رمز القاعة ورمزهم الشخصي.</translation>
    </message>
    <message>
        <source>The room could not be opened: {0}</source>
        <translation>تعذّر فتح القاعة: {0}</translation>
    </message>
    <message>
        <source>Closing the room…</source>
        <translation>جارٍ إغلاق القاعة…</translation>
    </message>
    <message>
        <source>The room stopped unexpectedly. Open it again to let browsers join; everything saved so far is kept.</source>
        <translation>توقفت القاعة على نحو غير متوقع. افتحها مجددًا لتتمكن المتصفحات من الانضمام؛ كل ما حُفظ حتى الآن محفوظ.</translation>
    </message>
    <message>
        <source>Save join card</source>
        <translation>حفظ بطاقة الانضمام</translation>
    </message>
    <message>
        <source>join-card</source>
        <translation>بطاقة-الانضمام</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Join card saved: {0}</source>
        <translation>حُفظت بطاقة الانضمام: {0}</translation>
    </message>
    <message>
        <source>{0} — answers: {1}</source>
        <translation>{0} — عدد الإجابات: {1}</translation>
    </message>
    <message>
        <source>Type the question first.</source>
        <translation>اكتب السؤال أولًا.</translation>
    </message>
    <message>
        <source>Give at least two options, one per line.</source>
        <translation>أدخل خيارين على الأقل، خيارًا في كل سطر.</translation>
    </message>
    <message>
        <source>Give at most 40 options.</source>
        <translation>أدخل 40 خيارًا على الأكثر.</translation>
    </message>
    <message>
        <source>Cannot ask this question</source>
        <translation>تعذّر طرح هذا السؤال</translation>
    </message>
</context>
<context>
    <name>RowForm</name>
    <message>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <source>Select a row to see all its fields</source>
        <translation>اختاروا صفًا لرؤية جميع حقوله</translation>
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
    <name>ScreenChooser</name>
    <message>
        <source>{0} – {1} × {2}</source>
        <translation>{0} – {1} × {2}</translation>
    </message>
    <message>
        <source>{0} (this computer&apos;s main screen)</source>
        <translation>{0} (الشاشة الرئيسية لهذا الحاسوب)</translation>
    </message>
    <message>
        <source>Present on which screen?</source>
        <translation>العرض على أي شاشة؟</translation>
    </message>
    <message>
        <source>Choose the screen for the slides</source>
        <translation>اختر الشاشة التي تُعرض عليها الشرائح</translation>
    </message>
    <message>
        <source>The slides fill the screen you choose; the speaker notes, the next slide and the timer go on another screen.</source>
        <translation>تملأ الشرائح الشاشة التي تختارونها؛ وتظهر ملاحظات المتحدث والشريحة التالية والمؤقّت على شاشة أخرى.</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;عرض</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Edit session</source>
        <translation>تعديل الجلسة</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>إضافة جلسة</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Curriculum links</source>
        <translation>روابط المنهج التدريبي</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>اليوم:</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>ت&amp;بدأ في الساعة:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>ال&amp;مدة:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>ال&amp;نوع:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>الملا&amp;حظات:</translation>
    </message>
    <message>
        <source>&amp;Links to the curriculum:</source>
        <translation>&amp;روابط إلى المنهج التدريبي:</translation>
    </message>
    <message>
        <source>Please give the session a title.</source>
        <translation>يُرجى إعطاء الجلسة عنوانًا.</translation>
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
        <translation type="vanished">لغة القوائم والأزرار والرسائل؛ تُستخدم بعد إعادة التشغيل</translation>
    </message>
    <message>
        <source>Takes effect when you restart PCSC Workshop.</source>
        <translation type="vanished">يسري مفعولها عند إعادة تشغيل ورشة عمل PCSC.</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages; PCSC Workshop offers to restart at once</source>
        <translation>لغة القوائم والأزرار والرسائل؛ وتعرض ورشة PCSC إعادة التشغيل فورًا</translation>
    </message>
    <message>
        <source>Needs a restart, which you can do at once.</source>
        <translation>يتطلب إعادة التشغيل، ويمكنكم القيام بذلك فورًا.</translation>
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
        <source>PCSC Workshop must restart to show the new interface language. Your work is saved. Restart now?</source>
        <translation>يجب إعادة تشغيل ورشة PCSC لعرض لغة الواجهة الجديدة. لقد حُفظ عملكم. هل تريدون إعادة التشغيل الآن؟</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>إعادة التشغيل ال&amp;آن</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;لاحقًا</translation>
    </message>
    <message>
        <source>The new language will be used the next time you start PCSC Workshop.</source>
        <translation type="vanished">ستُستخدم اللغة الجديدة في المرة القادمة التي تشغّلون فيها ورشة عمل PCSC.</translation>
    </message>
</context>
<context>
    <name>SlideView</name>
    <message>
        <source>Slide</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <source>Day {0}</source>
        <translation>اليوم {0}</translation>
    </message>
    <message>
        <source>Before the session and again after it</source>
        <translation>قبل الجلسة ومرة أخرى بعدها</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>المصدر: {0}</translation>
    </message>
    <message>
        <source>Who: {0}</source>
        <translation>مَن: {0}</translation>
    </message>
    <message>
        <source>{0} · {1} min</source>
        <translation>{0} · {1} دقيقة</translation>
    </message>
</context>
<context>
    <name>SlideWords</name>
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
        <source>Thematic pillar {0}</source>
        <translation>الركيزة المواضيعية {0}</translation>
    </message>
    <message>
        <source>Enabling pillar {0}</source>
        <translation>الركيزة التمكينية {0}</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>الوحدة</translation>
    </message>
    <message>
        <source>Maturity levels for the self-assessment</source>
        <translation>مستويات النضج للتقييم الذاتي</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>النقاط الرئيسية</translation>
    </message>
    <message>
        <source>Principles and actions</source>
        <translation>المبادئ والإجراءات</translation>
    </message>
    <message>
        <source>Agenda session</source>
        <translation>جلسة من البرنامج</translation>
    </message>
    <message>
        <source>Examples from the guidelines</source>
        <translation>أمثلة من المبادئ التوجيهية</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>الأدلة والشواهد</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation>دراسة حالة</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>الدروس المستفادة</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>أسئلة للنقاش</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>سؤال</translation>
    </message>
    <message>
        <source>Knowledge check</source>
        <translation>اختبار المعارف</translation>
    </message>
    <message>
        <source>Learning objectives</source>
        <translation>أهداف التعلّم</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>ورقة عمل</translation>
    </message>
    <message>
        <source>JICA stage</source>
        <translation>مرحلة وفق JICA</translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>حقائق أساسية</translation>
    </message>
    <message>
        <source>City type</source>
        <translation>نوع المدينة</translation>
    </message>
    <message>
        <source>Scaling approach</source>
        <translation>نهج التوسع</translation>
    </message>
    <message>
        <source>JICA support</source>
        <translation>دعم JICA</translation>
    </message>
    <message>
        <source>Principle of the 2023 draft resolution</source>
        <translation>مبدأ من مبادئ مشروع قرار 2023</translation>
    </message>
    <message>
        <source>Characteristic of the guidelines</source>
        <translation>سمة من سمات المبادئ التوجيهية</translation>
    </message>
    <message>
        <source>City characteristic</source>
        <translation>سمة المدينة</translation>
    </message>
    <message>
        <source>City scope</source>
        <translation>نطاق المدينة</translation>
    </message>
    <message>
        <source>Our maturity rubric</source>
        <translation>سلّم النضج الخاص بنا</translation>
    </message>
    <message>
        <source>{0} — principles: {1} · actions: {2}</source>
        <translation>{0} — المبادئ: {1} · الإجراءات: {2}</translation>
    </message>
    <message>
        <source>Together — principles: {0} · actions: {1}</source>
        <translation>المجموع — المبادئ: {0} · الإجراءات: {1}</translation>
    </message>
    <message>
        <source>Example principle</source>
        <translation>مثال على مبدأ</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>المبادئ</translation>
    </message>
    <message>
        <source>Example action – {0}</source>
        <translation>مثال على إجراء – {0}</translation>
    </message>
    <message>
        <source>Actions – {0}</source>
        <translation>الإجراءات – {0}</translation>
    </message>
    <message>
        <source>Level {0}</source>
        <translation>المستوى {0}</translation>
    </message>
    <message>
        <source>Starts with</source>
        <translation>يبدأ بـ</translation>
    </message>
    <message>
        <source>Grows by</source>
        <translation>يتوسع عبر</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>الأسئلة</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>محاضرة</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>تمرين</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>زيارة ميدانية</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>مؤتمر</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>نقاش</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>استراحة</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>لا أسئلة</numerusform>
            <numerusform>سؤال واحد</numerusform>
            <numerusform>سؤالان</numerusform>
            <numerusform>%n أسئلة</numerusform>
            <numerusform>%n سؤالًا</numerusform>
            <numerusform>%n سؤال</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the objectives aloud; come back to them at the end of the session and ask who can now do each one.</source>
        <translation>اقرأ الأهداف بصوت مسموع، ثم عُد إليها في نهاية الجلسة واسأل من أصبح قادرًا على تحقيق كل منها.</translation>
    </message>
    <message>
        <source>Facilitator&apos;s notes – our advice, not from the sources</source>
        <translation>ملاحظات للميسّر – نصائحنا، وليست من المصادر</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation type="vanished">سؤال واحد</translation>
    </message>
    <message>
        <source>{0} questions</source>
        <translation type="vanished">{0} أسئلة</translation>
    </message>
    <message>
        <source>The curriculum gives the counts and one example of each; the full wording is in the guidelines (add it as local content).</source>
        <translation>يذكر المنهج التدريبي الأعداد ومثالًا واحدًا لكل منها؛ أما النص الكامل ففي المبادئ التوجيهية (أضيفوه بوصفه محتوى محليًا).</translation>
    </message>
    <message>
        <source>These are single examples, paraphrased – not the official wording. Ask which actor in the room would own each action.</source>
        <translation>هذه أمثلة منفردة بتصرف – وليست النص الرسمي. اسألوا أي جهة فاعلة في القاعة ستتولى كل إجراء.</translation>
    </message>
    <message>
        <source>Ask the room: is this true for your city? What would the figure be at home?</source>
        <translation>اسألوا الحاضرين: هل ينطبق هذا على مدينتكم؟ كم سيكون هذا الرقم لديكم؟</translation>
    </message>
    <message>
        <source>Ask what made it work, and what would be different at home.</source>
        <translation>اسألوا عمّا أدى إلى النجاح، وما الذي سيختلف لديكم.</translation>
    </message>
    <message>
        <source>Ask each delegation to pick one lesson for its action plan.</source>
        <translation>اطلبوا من كل وفد اختيار درس واحد لخطة عمله.</translation>
    </message>
    <message>
        <source>Give tables a few minutes per question, then take one answer from each table.</source>
        <translation>امنحوا كل طاولة بضع دقائق لكل سؤال، ثم خذوا إجابة واحدة من كل طاولة.</translation>
    </message>
    <message>
        <source>Let people answer first; the right answer is below.</source>
        <translation>دعوا الحاضرين يجيبون أولًا؛ الإجابة الصحيحة أدناه.</translation>
    </message>
    <message>
        <source>Participants take the check on the Knowledge checks page – before the session and again after it.</source>
        <translation>يُجري المشاركون الاختبار في صفحة «اختبارات المعارف» – قبل الجلسة ومرة أخرى بعدها.</translation>
    </message>
</context>
<context>
    <name>TemplatePage</name>
    <message>
        <source>Start from a template</source>
        <translation>البدء من نموذج</translation>
    </message>
    <message>
        <source>The template gives the workshop its agenda; you can change every session afterwards.</source>
        <translation>يوفّر النموذج جدول أعمال ورشة العمل؛ ويمكنكم تعديل كل جلسة لاحقًا.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>النماذج</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>لا جلسات</numerusform>
            <numerusform>جلسة واحدة</numerusform>
            <numerusform>جلستان</numerusform>
            <numerusform>%n جلسات</numerusform>
            <numerusform>%n جلسة</numerusform>
            <numerusform>%n جلسة</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation type="vanished">{0} — {1}</translation>
    </message>
    <message>
        <source>{0} — {1}, {2}</source>
        <translation>{0} — {1}، {2}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>لا أيام</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} — {1} sessions</source>
        <translation type="vanished">{0} — عدد الجلسات: {1}</translation>
    </message>
    <message>
        <source>{0} — {1} days, {2} sessions</source>
        <translation type="vanished">{0} — عدد الأيام: {1}، عدد الجلسات: {2}</translation>
    </message>
    <message>
        <source>Blank workshop (no agenda)</source>
        <translation>ورشة عمل فارغة (بلا جدول أعمال)</translation>
    </message>
</context>
<context>
    <name>TimerPill</name>
    <message>
        <source>Time left</source>
        <translation>الوقت المتبقي</translation>
    </message>
    <message>
        <source>{0} · time is up</source>
        <translation>{0} · انتهى الوقت</translation>
    </message>
    <message>
        <source>{0} · wrap up</source>
        <translation>{0} · اختتموا</translation>
    </message>
    <message>
        <source>{0} · paused</source>
        <translation>{0} · متوقف مؤقتًا</translation>
    </message>
    <message>
        <source>{0} · press T to start</source>
        <translation>{0} · اضغطوا T للبدء</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>organisers</source>
        <translation>الجهات المنظِّمة</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>مكان الانعقاد</translation>
    </message>
    <message>
        <source>city</source>
        <translation>المدينة</translation>
    </message>
    <message>
        <source>country</source>
        <translation>البلد</translation>
    </message>
    <message>
        <source>language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>المؤسسة</translation>
    </message>
    <message>
        <source>role</source>
        <translation>الصفة</translation>
    </message>
    <message>
        <source>email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>وقت البدء</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>day</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>delegation</source>
        <translation>الوفد</translation>
    </message>
    <message>
        <source>city type</source>
        <translation>نوع المدينة</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>المرحلة</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>المؤشر</translation>
    </message>
    <message>
        <source>link</source>
        <translation>الرابط</translation>
    </message>
    <message>
        <source>action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>key takeaways</source>
        <translation>أهم الدروس المستخلصة</translation>
    </message>
    <message>
        <source>challenges</source>
        <translation>التحديات</translation>
    </message>
    <message>
        <source>approaches</source>
        <translation>النُّهُج</translation>
    </message>
    <message>
        <source>Please fill in the {0}.</source>
        <translation>يُرجى ملء حقل «{0}».</translation>
    </message>
    <message>
        <source>The {0} is too long (at most {1} characters).</source>
        <translation>حقل «{0}» طويل جدًا (الحد الأقصى {1} حرفًا).</translation>
    </message>
    <message>
        <source>This email address does not look right.</source>
        <translation>لا يبدو عنوان البريد الإلكتروني هذا صحيحًا.</translation>
    </message>
    <message>
        <source>Write the time as HH:MM, for example 09:30.</source>
        <translation>اكتبوا الوقت بالصيغة HH:MM، مثل 09:30.</translation>
    </message>
    <message>
        <source>The {0} has a value that is not allowed ({1}).</source>
        <translation>يحتوي حقل «{0}» على قيمة غير مسموح بها ({1}).</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>تاريخ الانتهاء يسبق تاريخ البدء.</translation>
    </message>
    <message>
        <source>This record no longer exists (it may have been deleted).</source>
        <translation>لم يعد هذا السجل موجودًا (ربما حُذف).</translation>
    </message>
    <message>
        <source>This delegation still has members: move or delete them first.</source>
        <translation>لا يزال لهذا الوفد أعضاء: انقلوهم أو احذفوهم أولًا.</translation>
    </message>
    <message>
        <source>That delegation belongs to another workshop.</source>
        <translation>هذا الوفد تابع لورشة عمل أخرى.</translation>
    </message>
    <message>
        <source>no {0}</source>
        <translation>حقل «{0}» فارغ</translation>
    </message>
    <message>
        <source>{0} too long (max {1})</source>
        <translation>حقل «{0}» طويل جدًا (الحد الأقصى {1})</translation>
    </message>
    <message>
        <source>email address not valid</source>
        <translation>عنوان البريد الإلكتروني غير صالح</translation>
    </message>
    <message>
        <source>consent should be yes or no, not “{0}”</source>
        <translation>يجب أن تكون الموافقة «yes» أو «no»، لا «{0}»</translation>
    </message>
    <message>
        <source>same person as row {0}</source>
        <translation>الشخص نفسه الوارد في الصف {0}</translation>
    </message>
    <message>
        <source>wrong number of cells ({0})</source>
        <translation>عدد الخلايا غير صحيح ({0})</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (line {0}); save it as “CSV UTF-8”</source>
        <translation>الملف ليس نصًا بترميز UTF-8 (السطر {0})؛ احفظوه بصيغة «CSV UTF-8»</translation>
    </message>
    <message>
        <source>the first row must name the columns</source>
        <translation>يجب أن يتضمن الصف الأول أسماء الأعمدة</translation>
    </message>
    <message>
        <source>the {0} column is missing</source>
        <translation>العمود «{0}» مفقود</translation>
    </message>
    <message>
        <source>unknown column “{0}” (expected name, organisation, role, country, city, email, consent)</source>
        <translation>عمود غير معروف «{0}» (الأعمدة المتوقعة: name، organisation، role، country، city، email، consent)</translation>
    </message>
    <message>
        <source>column “{0}” appears twice</source>
        <translation>العمود «{0}» مكرر</translation>
    </message>
    <message>
        <source>more than {0} rows</source>
        <translation>أكثر من {0} صف</translation>
    </message>
    <message>
        <source>the file has no participant rows</source>
        <translation>لا يحتوي الملف على أي صف لمشاركين</translation>
    </message>
    <message>
        <source>{0} holds a NUL byte (a damaged or non-text file?)</source>
        <translation>{0} يحتوي على بايت NUL (ملف تالف أو غير نصي؟)</translation>
    </message>
    <message>
        <source>{0} is made only of invisible characters</source>
        <translation>{0} مكوّن من أحرف غير مرئية فقط</translation>
    </message>
    <message>
        <source>{0} is longer than {1} characters: row not read</source>
        <translation>{0} أطول من {1} حرفًا: لم يُقرأ الصف</translation>
    </message>
    <message>
        <source>a cell</source>
        <translation>خلية</translation>
    </message>
    <message>
        <source>Write the {0} section.</source>
        <translation>اكتبوا قسم «{0}».</translation>
    </message>
    <message>
        <source>Add at least one next step.</source>
        <translation>أضيفوا خطوة تالية واحدة على الأقل.</translation>
    </message>
    <message>
        <source>Say what support you would like, and from whom.</source>
        <translation>بيّنوا الدعم الذي ترغبون فيه ومن أي جهة.</translation>
    </message>
    <message>
        <source>Describe the action.</source>
        <translation>صِفوا الإجراء.</translation>
    </message>
    <message>
        <source>Name who is responsible.</source>
        <translation>حدّدوا المسؤول.</translation>
    </message>
    <message>
        <source>Give a start date.</source>
        <translation>حدّدوا تاريخ البدء.</translation>
    </message>
    <message>
        <source>Give an end date.</source>
        <translation>حدّدوا تاريخ الانتهاء.</translation>
    </message>
    <message>
        <source>Say how you will know it worked (an indicator).</source>
        <translation>بيّنوا كيف ستعرفون أنه نجح (مؤشر).</translation>
    </message>
    <message>
        <source>Link it to a guideline pillar or a JICA element.</source>
        <translation>اربطوه بركيزة من ركائز المبادئ التوجيهية أو بعنصر من عناصر JICA.</translation>
    </message>
    <message>
        <source>The link does not match a pillar or element of the curriculum.</source>
        <translation>الرابط لا يطابق أي ركيزة أو عنصر في المنهج التدريبي.</translation>
    </message>
    <message>
        <source>A date falls before the workshop.</source>
        <translation>أحد التواريخ يسبق موعد ورشة العمل.</translation>
    </message>
    <message>
        <source>A date is more than five years away.</source>
        <translation>أحد التواريخ يبعد أكثر من خمس سنوات.</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>محاضرة</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>تمرين</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>زيارة ميدانية</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>مؤتمر</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>نقاش</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>استراحة</translation>
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
</context>
<context>
    <name>WorkshopActions</name>
    <message>
        <source>D&amp;uplicate this workshop…</source>
        <translation>ت&amp;كرار هذه الورشة…</translation>
    </message>
    <message>
        <source>&amp;Delete this workshop…</source>
        <translation>&amp;حذف هذه الورشة…</translation>
    </message>
    <message>
        <source>&amp;Back up the database to a file…</source>
        <translation>&amp;نسخ قاعدة البيانات احتياطيًا إلى ملف…</translation>
    </message>
    <message>
        <source>&amp;Restore the database from a backup…</source>
        <translation>ا&amp;ستعادة قاعدة البيانات من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Duplicate the workshop</source>
        <translation>تكرار الورشة</translation>
    </message>
    <message>
        <source>Delete the workshop</source>
        <translation>حذف الورشة</translation>
    </message>
    <message>
        <source>Delete “{0}” with its agenda, its participants ({1}), their plans, assessments and checks from this laptop?

Back up the database first if you may need it again (File › Back up the database).</source>
        <translation>هل تريدون حذف «{0}» من هذا الحاسوب مع برنامجها ومشاركيها ({1}) وخططهم وتقييماتهم واختباراتهم؟

انسخوا قاعدة البيانات احتياطيًا أولًا إن كنتم قد تحتاجون إليها (ملف › النسخ الاحتياطي لقاعدة البيانات).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>PCSC Workshop backup {0}.sqlite3</source>
        <translation>نسخة احتياطية PCSC Workshop {0}.sqlite3</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>النسخ الاحتياطي لقاعدة البيانات</translation>
    </message>
    <message>
        <source>Database backups (*.sqlite3 *.db);;All files (*)</source>
        <translation>نسخ قاعدة البيانات الاحتياطية (*.sqlite3 *.db);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Backup written: {0}</source>
        <translation>كُتبت النسخة الاحتياطية: {0}</translation>
    </message>
    <message>
        <source>The backup was not written</source>
        <translation>لم تُكتب النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>جارٍ كتابة النسخة الاحتياطية…</translation>
    </message>
    <message>
        <source>Restore the database from a backup</source>
        <translation>استعادة قاعدة البيانات من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Restore the database</source>
        <translation>استعادة قاعدة البيانات</translation>
    </message>
    <message>
        <source>“{0}” holds workshops: {1}, participants: {2}. Restoring replaces everything on this laptop with it; the current database is kept as a copy next to it first.

Restore now?</source>
        <translation>يحتوي «{0}» على ورش: {1}، ومشاركين: {2}. تستبدل الاستعادة كل ما في هذا الحاسوب بمحتواه؛ وتُحفظ قاعدة البيانات الحالية أولًا نسخةً بجانبها.

هل تريدون الاستعادة الآن؟</translation>
    </message>
    <message>
        <source>This file cannot be restored</source>
        <translation>لا يمكن استعادة هذا الملف</translation>
    </message>
    <message>
        <source>{0}

Nothing was changed.</source>
        <translation>{0}

لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The restore failed</source>
        <translation>فشلت الاستعادة</translation>
    </message>
    <message>
        <source>Restoring the database…</source>
        <translation>جارٍ استعادة قاعدة البيانات…</translation>
    </message>
    <message>
        <source>Database restored from {0}; the previous one is kept as {1}</source>
        <translation>استُعيدت قاعدة البيانات من {0}؛ وحُفظت السابقة باسم {1}</translation>
    </message>
</context>
<context>
    <name>WorkshopDetailsForm</name>
    <message>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Organisers:</source>
        <translation>الجهات ال&amp;منظِّمة:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>م&amp;كان الانعقاد:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>المدي&amp;نة:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>ال&amp;بلد:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;يبدأ في:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>ين&amp;تهي في:</translation>
    </message>
    <message>
        <source>Working language</source>
        <translation>لغة العمل</translation>
    </message>
    <message>
        <source>Curriculum, knowledge checks, assessment and slides are shown in this language by default; each participant can switch their own content language</source>
        <translation>يُعرض المنهج التدريبي واختبارات المعارف والتقييم الذاتي والشرائح بهذه اللغة افتراضيًا؛ ويمكن لكل مشارك اختيار لغة المحتوى الخاصة به</translation>
    </message>
    <message>
        <source>Working &amp;language:</source>
        <translation>&amp;لغة العمل:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>ال&amp;وصف:</translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message>
        <source>&amp;New workshop…</source>
        <translation>ورشة عمل &amp;جديدة…</translation>
    </message>
    <message>
        <source>&amp;Print agenda…</source>
        <translation>&amp;طباعة جدول الأعمال…</translation>
    </message>
    <message>
        <source>Agenda as P&amp;DF…</source>
        <translation>جدول الأعمال بصيغة P&amp;DF…</translation>
    </message>
    <message>
        <source>With &amp;notes (run sheet)</source>
        <translation>مع الملاح&amp;ظات (ورقة سير الجلسات)</translation>
    </message>
    <message>
        <source>Print or save the facilitator&apos;s run sheet, with each session&apos;s notes, instead of the participants&apos; agenda</source>
        <translation>اطبعوا ورقة سير الجلسات للميسّر أو احفظوها، مع ملاحظات كل جلسة، بدلًا من برنامج المشاركين</translation>
    </message>
    <message>
        <source>Exercise &amp;timer</source>
        <translation>مؤقّت التم&amp;رين</translation>
    </message>
    <message>
        <source>A countdown for the selected session</source>
        <translation>عدّ تنازلي للجلسة المحددة</translation>
    </message>
    <message>
        <source>Workshop sections</source>
        <translation>أقسام ورشة العمل</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="vanished">ال&amp;عنوان:</translation>
    </message>
    <message>
        <source>&amp;Organisers:</source>
        <translation type="vanished">الجهات ال&amp;منظِّمة:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="vanished">م&amp;كان الانعقاد:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="vanished">المدي&amp;نة:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="vanished">ال&amp;بلد:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation type="vanished">&amp;يبدأ في:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation type="vanished">ين&amp;تهي في:</translation>
    </message>
    <message>
        <source>Working language</source>
        <translation type="vanished">لغة العمل</translation>
    </message>
    <message>
        <source>Curriculum, knowledge checks, assessment and slides are shown in this language by default; each participant can switch their own content language</source>
        <translation type="vanished">يُعرض المنهج التدريبي واختبارات المعارف والتقييم الذاتي والشرائح بهذه اللغة افتراضيًا؛ ويمكن لكل مشارك اختيار لغة المحتوى الخاصة به</translation>
    </message>
    <message>
        <source>Working &amp;language:</source>
        <translation type="vanished">&amp;لغة العمل:</translation>
    </message>
    <message numerus="yes">
        <source>A countdown of %n minute(s) for “{0}”</source>
        <translation>
            <numerusform>عدّ تنازلي لـ «{0}»</numerusform>
            <numerusform>عدّ تنازلي مدته دقيقة واحدة لـ «{0}»</numerusform>
            <numerusform>عدّ تنازلي مدته دقيقتان لـ «{0}»</numerusform>
            <numerusform>عدّ تنازلي مدته %n دقائق لـ «{0}»</numerusform>
            <numerusform>عدّ تنازلي مدته %n دقيقة لـ «{0}»</numerusform>
            <numerusform>عدّ تنازلي مدته %n دقيقة لـ «{0}»</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="vanished">ال&amp;لغة:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation type="vanished">ال&amp;وصف:</translation>
    </message>
    <message>
        <source>Certificate &amp;details…</source>
        <translation>تفاصيل ال&amp;شهادات…</translation>
    </message>
    <message>
        <source>Organiser logos and signatories printed on every certificate</source>
        <translation>شعارات الجهات المنظِّمة والموقِّعون المطبوعون على كل شهادة</translation>
    </message>
    <message>
        <source>Certificates:</source>
        <translation>الشهادات:</translation>
    </message>
    <message>
        <source>No workshop yet: start one with “New workshop…”</source>
        <translation>لا توجد ورشة عمل بعد: أنشئوا واحدة عبر «ورشة عمل جديدة…»</translation>
    </message>
    <message>
        <source>Edit workshop details</source>
        <translation>تعديل تفاصيل الورشة</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>جارٍ التحرير…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="vanished">لم يُحفظ</translation>
    </message>
    <message>
        <source>Saved at {0}</source>
        <translation>حُفظ في الساعة {0}</translation>
    </message>
    <message>
        <source>Not saved yet: see the problem below</source>
        <translation>لم يُحفظ بعد: انظر المشكلة أدناه</translation>
    </message>
    <message>
        <source>Not saved ({0}); trying again…</source>
        <translation>لم يُحفظ ({0})؛ ستُعاد المحاولة…</translation>
    </message>
    <message>
        <source>Save the agenda as PDF</source>
        <translation>حفظ جدول الأعمال بصيغة PDF</translation>
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
        <source>A countdown of {0} minutes for “{1}”</source>
        <translation type="vanished">عدّ تنازلي مدته {0} دقيقة لـ «{1}»</translation>
    </message>
    <message>
        <source>Exercise timer</source>
        <translation>مؤقّت التمرين</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>جدول الأعمال</translation>
    </message>
    <message>
        <source>Delegations and participants</source>
        <translation>الوفود والمشاركون</translation>
    </message>
</context>
<context>
    <name>WorkshopWizard</name>
    <message>
        <source>New workshop</source>
        <translation>ورشة عمل جديدة</translation>
    </message>
</context>
</TS>

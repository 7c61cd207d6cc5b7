<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgendaEditor</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssessmentForm</name>
    <message numerus="yes">
        <source>{0} — {1} of 4 ({2} of %n element(s) scored)</source>
        <translation>
            <numerusform>{0} — {1} of 4 ({2} of %n element scored)</numerusform>
            <numerusform>{0} — {1} of 4 ({2} of %n elements scored)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message numerus="yes">
        <source>{0} of %n element(s) scored</source>
        <translation>
            <numerusform>{0} of %n element scored</numerusform>
            <numerusform>{0} of %n elements scored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>levels of %n element(s) not yet translated, shown in English</source>
        <translation>
            <numerusform>levels of %n element not yet translated, shown in English</numerusform>
            <numerusform>levels of %n elements not yet translated, shown in English</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectionView</name>
    <message numerus="yes">
        <source>Plans received from {0} of %n participant(s).</source>
        <translation>
            <numerusform>Plans received from {0} of %n participant.</numerusform>
            <numerusform>Plans received from {0} of %n participants.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message numerus="yes">
        <source>{0} of %n row(s) have problems (rows {1}). Fix the file and open it again, or import the valid rows now ({2}) and the others later.</source>
        <translation>
            <numerusform>{0} of %n row have problems (rows {1}). Fix the file and open it again, or import the valid rows now ({2}) and the others later.</numerusform>
            <numerusform>{0} of %n rows have problems (rows {1}). Fix the file and open it again, or import the valid rows now ({2}) and the others later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) to import</source>
        <translation>
            <numerusform>%n participant to import</numerusform>
            <numerusform>%n participants to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already registered</source>
        <translation>
            <numerusform>%n already registered</numerusform>
            <numerusform>%n already registered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new delegation(s)</source>
        <translation>
            <numerusform>%n new delegation</numerusform>
            <numerusform>%n new delegations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>Delegation assessment: {0} of %n element(s) scored</source>
        <translation>
            <numerusform>Delegation assessment: {0} of %n element scored</numerusform>
            <numerusform>Delegation assessment: {0} of %n elements scored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n part(s)</source>
        <translation>
            <numerusform>{0} of %n part</numerusform>
            <numerusform>{0} of %n parts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExerciseTimer</name>
    <message numerus="yes">
        <source>Last %n minute(s) – start wrapping up</source>
        <translation>
            <numerusform>Last %n minute – start wrapping up</numerusform>
            <numerusform>Last %n minutes – start wrapping up</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacilitatorActions</name>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n file imported</numerusform>
            <numerusform>%n files imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ItemRenderer</name>
    <message numerus="yes">
        <source>The guidelines give %n principle(s) for this pillar.</source>
        <translation>
            <numerusform>The guidelines give %n principle for this pillar.</numerusform>
            <numerusform>The guidelines give %n principles for this pillar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The guidelines give %n action(s) for this actor.</source>
        <translation>
            <numerusform>The guidelines give %n action for this actor.</numerusform>
            <numerusform>The guidelines give %n actions for this actor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PresentPage</name>
    <message numerus="yes">
        <source>{0} – %n slide(s)</source>
        <translation>
            <numerusform>{0} – %n slide</numerusform>
            <numerusform>{0} – %n slides</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message numerus="yes">
        <source>%n question(s) · {0} · {1}</source>
        <translation>
            <numerusform>%n question · {0} · {1}</numerusform>
            <numerusform>%n questions · {0} · {1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) have no answer; they count as wrong. Submit anyway?</source>
        <translation>
            <numerusform>%n question have no answer; they count as wrong. Submit anyway?</numerusform>
            <numerusform>%n questions have no answer; they count as wrong. Submit anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlideWords</name>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplatePage</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message numerus="yes">
        <source>A countdown of %n minute(s) for “{0}”</source>
        <translation>
            <numerusform>A countdown of %n minute for “{0}”</numerusform>
            <numerusform>A countdown of %n minutes for “{0}”</numerusform>
        </translation>
    </message>
</context>
</TS>

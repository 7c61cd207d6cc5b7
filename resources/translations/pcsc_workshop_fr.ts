<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>App</name>
    <message>
        <source>PCSC Workshop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurriculumPage</name>
    <message>
        <source>Curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the curriculum…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National governments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local and regional governments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by pillar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All pillars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curriculum contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curriculum item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UN-Habitat guidelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thematic pillars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabling pillars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2023 resolution: principles a–g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JICA smart city approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaling up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case studies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for “{0}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemRenderer</name>
    <message>
        <source>National governments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local and regional governments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principles ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions: {0} ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategic agendas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policies and regulations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public sector capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collaborative ecosystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urban digital infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital divide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JICA element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JICA domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiz question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution principle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JICA support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local case study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local statistic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See also</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principles and actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example (paraphrased)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guidelines give {0} principles for this pillar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guidelines give {0} actions for this actor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example (paraphrased from the source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillar: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other principles and actions are added by the facilitator as local content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Element {0} · domain {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maturity levels (our rubric, derived from JICA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PCSC Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your workshops…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PCSC Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About PCSC Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;PCSC Workshop&lt;/b&gt; {0}&lt;br&gt;Run capacity-building workshops on people-centred smart cities, offline.&lt;br&gt;&lt;br&gt;Fonts: Noto (SIL Open Font Licence 1.1). Libraries: Qt/PySide6 (LGPLv3), SQLAlchemy and Alembic (MIT), reportlab (BSD), pyqtgraph (MIT), pydantic (MIT).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this action plan as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you learn that matters most for your city?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stands in the way: institutions, skills, finance, data, people?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How will you tackle them? Which ideas from the week will you adapt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desired future support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Key takeaways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Approaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Desired future support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pillar: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JICA {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked pillar / element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>technical assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>financing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capacity building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>knowledge exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data and tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a plan on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation plan: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>Action plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a participant or delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans by delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>&amp;Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row at the end of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected row up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected row down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages; used after a restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect when you restart PCSC Workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of all text, from 100 to 200 percent; applied at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High-contrast theme (white on black)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-contrast theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White text on a black background; applied at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size and contrast apply at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language will be used the next time you start PCSC Workshop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message>
        <source>Workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named in reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegations and participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}&lt;br&gt;{1}&lt;br&gt;Organised by {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

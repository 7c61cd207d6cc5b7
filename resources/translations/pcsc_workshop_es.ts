<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Qt for Python: windows, widgets, translations</source>
        <translation>Qt para Python: ventanas, controles, traducciones</translation>
    </message>
    <message>
        <source>the workshop database</source>
        <translation>la base de datos de los talleres</translation>
    </message>
    <message>
        <source>database migrations</source>
        <translation>migraciones de la base de datos</translation>
    </message>
    <message>
        <source>curriculum and exchange-file validation</source>
        <translation>validación del plan de estudios y de los archivos de intercambio</translation>
    </message>
    <message>
        <source>curriculum files</source>
        <translation>archivos del plan de estudios</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>documentos PDF</translation>
    </message>
    <message>
        <source>faster PDF layout</source>
        <translation>maquetación de PDF más rápida</translation>
    </message>
    <message>
        <source>text shaping for Bengali and Devanagari (HarfBuzz)</source>
        <translation>composición de textos en bengalí y devanagari (HarfBuzz)</translation>
    </message>
    <message>
        <source>joined Arabic letters in PDFs</source>
        <translation>unión de las letras árabes en los PDF</translation>
    </message>
    <message>
        <source>right-to-left order in PDFs</source>
        <translation>orden de derecha a izquierda en los PDF</translation>
    </message>
    <message>
        <source>charts on screen</source>
        <translation>gráficos en pantalla</translation>
    </message>
    <message>
        <source>chart data</source>
        <translation>datos de los gráficos</translation>
    </message>
    <message>
        <source>where data is stored</source>
        <translation>ubicación de los datos</translation>
    </message>
    <message>
        <source>About PCSC Workshop</source>
        <translation>Acerca de Taller PCSC</translation>
    </message>
    <message>
        <source>&lt;h2&gt;PCSC Workshop {0}&lt;/h2&gt;&lt;p&gt;Run capacity-building workshops on people-centred smart cities, offline.&lt;/p&gt;&lt;p&gt;The curriculum is written in our own words from public sources: UN-Habitat&apos;s International Guidelines on People-Centred Smart Cities and World Smart Cities Outlook (2025 presentation), JICA&apos;s Smart City Approach brochure, the World Bank TDLC Smart Cities Technical Deep Dive (2016), the UNCRD Smart Cities Programme and the 2023 UN-Habitat Assembly resolution. Each item names its source.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bundled components and their licences&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Taller PCSC {0}&lt;/h2&gt;&lt;p&gt;Organice, sin conexión, talleres de fortalecimiento de capacidades sobre ciudades inteligentes centradas en las personas.&lt;/p&gt;&lt;p&gt;El plan de estudios está redactado con nuestras propias palabras a partir de fuentes públicas: las Directrices Internacionales sobre Ciudades Inteligentes Centradas en las Personas y el World Smart Cities Outlook de ONU-Hábitat (presentación de 2025), el folleto de JICA sobre su enfoque de ciudades inteligentes, el Technical Deep Dive sobre ciudades inteligentes del Banco Mundial (TDLC, 2016), el Programa de Ciudades Inteligentes del UNCRD y la resolución de 2023 de la Asamblea de ONU-Hábitat. Cada elemento indica su fuente.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Componentes incluidos y sus licencias&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Latin, Cyrillic, Greek, Arabic, Bengali and Devanagari text</source>
        <translation>Textos en escritura latina, cirílica, griega, árabe, bengalí y devanagari</translation>
    </message>
    <message>
        <source>Bundled components and licences</source>
        <translation>Componentes incluidos y licencias</translation>
    </message>
    <message>
        <source>Font licence text</source>
        <translation>Texto de la licencia de las fuentes</translation>
    </message>
    <message>
        <source>Noto fonts licence:</source>
        <translation>Licencia de las fuentes Noto:</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Session</source>
        <translation type="unfinished">Sesión</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">Hora</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished">Minutos</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Tipo</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished">Programa</translation>
    </message>
    <message>
        <source>&amp;Add session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Eliminar</translation>
    </message>
    <message>
        <source>Pillar: {0}</source>
        <translation type="unfinished">Pilar: {0}</translation>
    </message>
    <message>
        <source>JICA {0}: {1}</source>
        <translation type="unfinished">JICA {0}: {1}</translation>
    </message>
    <message>
        <source>Case: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{0}” from the agenda?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaPrint</name>
    <message>
        <source>Day {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">Hora</translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished">Sesión</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Tipo</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>PCSC Workshop</source>
        <translation>Taller PCSC</translation>
    </message>
</context>
<context>
    <name>AssessmentForm</name>
    <message>
        <source>Score of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — not scored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1:.1f} of 4 ({2} of {3} elements scored)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation to assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn priorities into &amp;plan suggestions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the delegation&apos;s action plan with suggestions drawn from the weakest elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakest elements: suggested priorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished">Todos los cambios guardados</translation>
    </message>
    <message>
        <source>Workshop average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished">Editando…</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation type="unfinished">No guardado: {0}</translation>
    </message>
    <message>
        <source>Saved at {0}</source>
        <translation type="unfinished">Guardado a las {0}</translation>
    </message>
    <message>
        <source>{0} of {1} elements scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score at least half of the elements to get a suggestion ({0} of {1} so far).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mean of the scored elements is {0:.2f}, below 1.5: most elements are absent or only planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {0} domain averages {1:.2f}, below 1.0: one of the five foundations is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mean is {0:.2f} (2.75 or more) and every domain is at 2.0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mean is {0:.2f}, between 1.5 and 2.75, and no domain is below 1.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mean is {0:.2f}, high enough for Sustainable Growth, but not every domain is scored at 2.0 or more (weakest: {1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unscored domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No suggestion yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JICA’s guidance for this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ways to scale up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: fewer than half scored → no suggestion; mean below 1.5 or any domain below 1.0 → Small Start; mean 2.75 or more with every domain at 2.0 or more → Sustainable Growth; otherwise Accelerate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}. {1} — level {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score some elements to see priorities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to assess: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import participants: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Organización</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Cargo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named in reports</source>
        <translation type="unfinished">Nombrado en los informes</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">no</translation>
    </message>
    <message>
        <source>already registered: skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} rows have problems (rows {2}). Nothing will be imported until the file is fixed: correct it and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} participants to import, {1} already registered, {2} new delegations.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurriculumPage</name>
    <message>
        <source>Curriculum</source>
        <translation>Plan de estudios</translation>
    </message>
    <message>
        <source>Search the curriculum…</source>
        <translation>Buscar en el plan de estudios…</translation>
    </message>
    <message>
        <source>Search the curriculum</source>
        <translation>Buscar en el plan de estudios</translation>
    </message>
    <message>
        <source>Filter by actor</source>
        <translation>Filtrar por actor</translation>
    </message>
    <message>
        <source>All actors</source>
        <translation>Todos los actores</translation>
    </message>
    <message>
        <source>National governments</source>
        <translation>Gobiernos nacionales</translation>
    </message>
    <message>
        <source>Local and regional governments</source>
        <translation>Gobiernos locales y regionales</translation>
    </message>
    <message>
        <source>Other stakeholders</source>
        <translation>Otras partes interesadas</translation>
    </message>
    <message>
        <source>Filter by pillar</source>
        <translation>Filtrar por pilar</translation>
    </message>
    <message>
        <source>All pillars</source>
        <translation>Todos los pilares</translation>
    </message>
    <message>
        <source>Curriculum contents</source>
        <translation>Contenido del plan de estudios</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Curriculum item</source>
        <translation>Elemento del plan de estudios</translation>
    </message>
    <message>
        <source>UN-Habitat guidelines</source>
        <translation>Directrices de ONU-Hábitat</translation>
    </message>
    <message>
        <source>Thematic pillars</source>
        <translation>Pilares temáticos</translation>
    </message>
    <message>
        <source>Enabling pillars</source>
        <translation>Pilares habilitantes</translation>
    </message>
    <message>
        <source>2023 resolution: principles a–g</source>
        <translation>Resolución de 2023: principios a–g</translation>
    </message>
    <message>
        <source>JICA smart city approach</source>
        <translation>Enfoque de JICA sobre ciudades inteligentes</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>Scaling up</source>
        <translation>Ampliación de escala</translation>
    </message>
    <message>
        <source>City types</source>
        <translation>Tipos de ciudades</translation>
    </message>
    <message>
        <source>Support menu</source>
        <translation>Menú de apoyo</translation>
    </message>
    <message>
        <source>Case studies</source>
        <translation>Estudios de caso</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Nothing found for “{0}”.</source>
        <translation>No se encontró nada para «{0}».</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation / participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether their file has been collected. Filled in once files are exchanged; “—” means not known yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress by delegation and participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From whom</source>
        <translation type="unfinished">De quién</translation>
    </message>
    <message>
        <source>Kind of support</source>
        <translation type="unfinished">Tipo de apoyo</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desired future support</source>
        <translation type="unfinished">Apoyo futuro deseado</translation>
    </message>
    <message>
        <source>Domain scores by delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desired future support: who asks whom for what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet: filled in once files are exchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation assessment: {0} of {1} elements scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own assessment (most score with the delegation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delegation</source>
        <translation type="unfinished">Sin delegación</translation>
    </message>
    <message>
        <source>Updated {0} ({1:.0f} ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished">(sin nombre)</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">no</translation>
    </message>
    <message>
        <source>{0} (delegation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no one named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests by provider — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No support requests yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelegationDialog</name>
    <message>
        <source>Edit delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City &amp;type (JICA):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current &amp;stage:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>What, where and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>DomainBars</name>
    <message>
        <source>Domain scores by delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean score (0–4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× not scored (no bar)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ElementRow</name>
    <message>
        <source>Maturity of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not scored —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence: what shows this level?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored yet (this is not the same as 0).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExerciseTimer</name>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the session in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last {0} minutes – start wrapping up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemRenderer</name>
    <message>
        <source>National governments</source>
        <translation>Gobiernos nacionales</translation>
    </message>
    <message>
        <source>Local and regional governments</source>
        <translation>Gobiernos locales y regionales</translation>
    </message>
    <message>
        <source>Other stakeholders</source>
        <translation>Otras partes interesadas</translation>
    </message>
    <message>
        <source>Principles ({0})</source>
        <translation>Principios ({0})</translation>
    </message>
    <message>
        <source>Actions: {0} ({1})</source>
        <translation>Acciones: {0} ({1})</translation>
    </message>
    <message>
        <source>Strategic agendas</source>
        <translation>Agendas estratégicas</translation>
    </message>
    <message>
        <source>Policies and regulations</source>
        <translation>Políticas y regulaciones</translation>
    </message>
    <message>
        <source>Public sector capacity</source>
        <translation>Capacidad del sector público</translation>
    </message>
    <message>
        <source>Collaborative ecosystem</source>
        <translation>Ecosistema colaborativo</translation>
    </message>
    <message>
        <source>Urban digital infrastructure</source>
        <translation>Infraestructura digital urbana</translation>
    </message>
    <message>
        <source>Digital divide</source>
        <translation>Brecha digital</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilar</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>Principios</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>JICA element</source>
        <translation>Elemento de JICA</translation>
    </message>
    <message>
        <source>JICA domain</source>
        <translation>Ámbito de JICA</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Estadística</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation>Estudio de caso</translation>
    </message>
    <message>
        <source>Quiz question</source>
        <translation>Pregunta del cuestionario</translation>
    </message>
    <message>
        <source>Workshop template</source>
        <translation>Plantilla de taller</translation>
    </message>
    <message>
        <source>Resolution principle</source>
        <translation>Principio de la resolución</translation>
    </message>
    <message>
        <source>JICA support</source>
        <translation>Apoyo de JICA</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Local case study</source>
        <translation>Estudio de caso local</translation>
    </message>
    <message>
        <source>Local statistic</source>
        <translation>Estadística local</translation>
    </message>
    <message>
        <source>Local note</source>
        <translation>Nota local</translation>
    </message>
    <message>
        <source>See also</source>
        <translation>Véase también</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Principles and actions</source>
        <translation>Principios y acciones</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Example (paraphrased)</source>
        <translation>Ejemplo (parafraseado)</translation>
    </message>
    <message>
        <source>Actions: {0}</source>
        <translation>Acciones: {0}</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>Preguntas para el debate</translation>
    </message>
    <message>
        <source>The guidelines give {0} principles for this pillar.</source>
        <translation>Las directrices establecen {0} principios para este pilar.</translation>
    </message>
    <message>
        <source>The guidelines give {0} actions for this actor.</source>
        <translation>Las directrices proponen {0} acciones para este actor.</translation>
    </message>
    <message>
        <source>Example (paraphrased from the source)</source>
        <translation>Ejemplo (parafraseado de la fuente)</translation>
    </message>
    <message>
        <source>Pillar: {0}</source>
        <translation>Pilar: {0}</translation>
    </message>
    <message>
        <source>The other principles and actions are added by the facilitator as local content.</source>
        <translation>Los demás principios y acciones los añade la persona facilitadora como contenido local.</translation>
    </message>
    <message>
        <source>Element {0} · domain {1}</source>
        <translation>Elemento {0} · ámbito {1}</translation>
    </message>
    <message>
        <source>Maturity levels (our rubric, derived from JICA)</source>
        <translation>Niveles de madurez (nuestra rúbrica, derivada de JICA)</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Población de referencia</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Lo que se hizo</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Resultado declarado</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lecciones aprendidas</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PCSC Workshop</source>
        <translation>Taller PCSC</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Taller</translation>
    </message>
    <message>
        <source>Current workshop</source>
        <translation>Taller actual</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Opening your workshops…</source>
        <translation>Abriendo sus talleres…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About PCSC Workshop</source>
        <translation>&amp;Acerca de Taller PCSC</translation>
    </message>
    <message>
        <source>About PCSC Workshop</source>
        <translation type="vanished">Acerca de Taller PCSC</translation>
    </message>
    <message>
        <source>&lt;b&gt;PCSC Workshop&lt;/b&gt; {0}&lt;br&gt;Run capacity-building workshops on people-centred smart cities, offline.&lt;br&gt;&lt;br&gt;Fonts: Noto (SIL Open Font Licence 1.1). Libraries: Qt/PySide6 (LGPLv3), SQLAlchemy and Alembic (MIT), reportlab (BSD), pyqtgraph (MIT), pydantic (MIT).</source>
        <translation type="vanished">&lt;b&gt;Taller PCSC&lt;/b&gt; {0}&lt;br&gt;Organice, sin conexión, talleres de fortalecimiento de capacidades sobre ciudades inteligentes centradas en las personas.&lt;br&gt;&lt;br&gt;Fuentes tipográficas: Noto (SIL Open Font Licence 1.1). Bibliotecas: Qt/PySide6 (LGPLv3), SQLAlchemy y Alembic (MIT), reportlab (BSD), pyqtgraph (MIT), pydantic (MIT).</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Curriculum</source>
        <translation>Plan de estudios</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Planes de acción</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Edit participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no delegation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be named in reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without consent, reports say “Participant 7”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <source>Delegation / participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Organización</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Cargo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named in reports</source>
        <translation type="unfinished">Nombrado en los informes</translation>
    </message>
    <message>
        <source>Delegations and participants</source>
        <translation type="unfinished">Delegaciones y participantes</translation>
    </message>
    <message>
        <source>Add de&amp;legation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished">sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">no</translation>
    </message>
    <message>
        <source>No delegation</source>
        <translation type="unfinished">Sin delegación</translation>
    </message>
    <message>
        <source>Delete this participant’s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the delegation {0}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this participant’s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all data of {0}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their name, email, organisation and role, their action plan and their own assessment will be erased on this laptop and, after the next exchange, on the others. Items already pulled into the delegation plan stay. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanCoach</name>
    <message>
        <source>Plan quality score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would raise the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would raise it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other stakeholders</source>
        <translation type="unfinished">Otras partes interesadas</translation>
    </message>
    <message>
        <source>Level of government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions from the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;&amp; accept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From assessment to action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members&apos; items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pull ticked items into the delegation plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} / 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(steps {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing missing: a complete plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JICA {0} {1} (level {2}) → {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the pillar&apos;s recommended actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case studies: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open suggestions. Score the delegation&apos;s assessment to get suggestions from its weakest elements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From assessment to action ({0} open, {1} accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (from {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— in the delegation plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The members have no next steps or support requests yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar a PDF…</translation>
    </message>
    <message>
        <source>Save this action plan as a PDF file</source>
        <translation>Guardar este plan de acción como archivo PDF</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>Principales conclusiones</translation>
    </message>
    <message>
        <source>What did you learn that matters most for your city?</source>
        <translation>¿Qué ha aprendido que sea más importante para su ciudad?</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Desafíos</translation>
    </message>
    <message>
        <source>What stands in the way: institutions, skills, finance, data, people?</source>
        <translation>¿Qué obstáculos hay: instituciones, competencias, financiación, datos, personas?</translation>
    </message>
    <message>
        <source>Approaches</source>
        <translation>Enfoques</translation>
    </message>
    <message>
        <source>How will you tackle them? Which ideas from the week will you adapt?</source>
        <translation>¿Cómo los abordará? ¿Qué ideas de la semana adaptará?</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>Desired future support</source>
        <translation>Apoyo futuro deseado</translation>
    </message>
    <message>
        <source>1. Key takeaways</source>
        <translation>1. Principales conclusiones</translation>
    </message>
    <message>
        <source>2. Challenges</source>
        <translation>2. Desafíos</translation>
    </message>
    <message>
        <source>3. Approaches</source>
        <translation>3. Enfoques</translation>
    </message>
    <message>
        <source>4. Next steps</source>
        <translation>4. Próximos pasos</translation>
    </message>
    <message>
        <source>5. Desired future support</source>
        <translation>5. Apoyo futuro deseado</translation>
    </message>
    <message>
        <source>Plan sections</source>
        <translation>Secciones del plan</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Pillar: {0}</source>
        <translation>Pilar: {0}</translation>
    </message>
    <message>
        <source>JICA {0}: {1}</source>
        <translation>JICA {0}: {1}</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>previsto</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>descartado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Linked pillar / element</source>
        <translation>Pilar / elemento vinculado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>technical assistance</source>
        <translation>asistencia técnica</translation>
    </message>
    <message>
        <source>financing</source>
        <translation>financiamiento</translation>
    </message>
    <message>
        <source>capacity building</source>
        <translation>fortalecimiento de capacidades</translation>
    </message>
    <message>
        <source>knowledge exchange</source>
        <translation>intercambio de conocimientos</translation>
    </message>
    <message>
        <source>data and tools</source>
        <translation>datos y herramientas</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>From whom</source>
        <translation>De quién</translation>
    </message>
    <message>
        <source>Kind of support</source>
        <translation>Tipo de apoyo</translation>
    </message>
    <message>
        <source>Choose a plan on the left</source>
        <translation>Elija un plan en la lista</translation>
    </message>
    <message>
        <source>Action plan of {0}</source>
        <translation>Plan de acción de {0}</translation>
    </message>
    <message>
        <source>Delegation plan: {0}</source>
        <translation>Plan de la delegación: {0}</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>No guardado: {0}</translation>
    </message>
    <message>
        <source>Saved at {0}</source>
        <translation>Guardado a las {0}</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>Action plans</source>
        <translation>Planes de acción</translation>
    </message>
    <message>
        <source>Find a participant or delegation</source>
        <translation>Buscar un participante o una delegación</translation>
    </message>
    <message>
        <source>Filter plans</source>
        <translation>Filtrar los planes</translation>
    </message>
    <message>
        <source>Plans by delegation</source>
        <translation>Planes por delegación</translation>
    </message>
    <message>
        <source>Delegation plan</source>
        <translation>Plan de la delegación</translation>
    </message>
    <message>
        <source>No delegation</source>
        <translation>Sin delegación</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Export action plan</source>
        <translation>Exportar el plan de acción</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF saved: {0}</source>
        <translation>PDF guardado: {0}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>No se pudo exportar</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Something went wrong</source>
        <translation>Se ha producido un error</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>Radar chart of the 21 elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scored (gap in the line)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>&amp;Add row</source>
        <translation>&amp;Añadir fila</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Add a row at the end of {0}</source>
        <translation>Añadir una fila al final de: {0}</translation>
    </message>
    <message>
        <source>Move the selected row up</source>
        <translation>Subir la fila seleccionada</translation>
    </message>
    <message>
        <source>Move the selected row down</source>
        <translation>Bajar la fila seleccionada</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Eliminar la fila seleccionada</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Edit session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curriculum links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Links to the curriculum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the session a title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages; used after a restart</source>
        <translation>El idioma de los menús, botones y mensajes; se usa tras reiniciar</translation>
    </message>
    <message>
        <source>Takes effect when you restart PCSC Workshop.</source>
        <translation>Se aplicará cuando reinicie Taller PCSC.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>Size of all text, from 100 to 200 percent; applied at once</source>
        <translation>Tamaño de todo el texto, del 100 al 200 %; se aplica de inmediato</translation>
    </message>
    <message>
        <source>&amp;High-contrast theme (white on black)</source>
        <translation>Tema de alto &amp;contraste (blanco sobre negro)</translation>
    </message>
    <message>
        <source>High-contrast theme</source>
        <translation>Tema de alto contraste</translation>
    </message>
    <message>
        <source>White text on a black background; applied at once</source>
        <translation>Texto blanco sobre fondo negro; se aplica de inmediato</translation>
    </message>
    <message>
        <source>Text size and contrast apply at once.</source>
        <translation>El tamaño del texto y el contraste se aplican de inmediato.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Tamaño del texto:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The new language will be used the next time you start PCSC Workshop.</source>
        <translation>El nuevo idioma se usará la próxima vez que inicie Taller PCSC.</translation>
    </message>
</context>
<context>
    <name>TemplatePage</name>
    <message>
        <source>Start from a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template gives the workshop its agenda; you can change every session afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1} sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1} days, {2} sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank workshop (no agenda)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>city type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key takeaways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fill in the {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {0} is too long (at most {1} characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This email address does not look right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the time as HH:MM, for example 09:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {0} has a value that is not allowed ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record no longer exists (it may have been deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This delegation still has members: move or delete them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That delegation belongs to another workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} too long (max {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email address not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent should be yes or no, not “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same person as row {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong number of cells ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (line {0}); save it as “CSV UTF-8”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first row must name the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {0} column is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column “{0}” (expected name, organisation, role, country, city, email, consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column “{0}” appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than {0} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has no participant rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the {0} section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one next step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what support you would like, and from whom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name who is responsible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how you will know it worked (an indicator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link it to a guideline pillar or a JICA element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link does not match a pillar or element of the curriculum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date falls before the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date is more than five years away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>&amp;New workshop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print agenda…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise &amp;timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A countdown for the selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished">&amp;Idioma:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workshop yet: start one with “New workshop…”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished">Editando…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at {0}</source>
        <translation type="unfinished">Guardado a las {0}</translation>
    </message>
    <message>
        <source>Save the agenda as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF saved: {0}</source>
        <translation type="unfinished">PDF guardado: {0}</translation>
    </message>
    <message>
        <source>A countdown of {0} minutes for “{1}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="vanished">Día</translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="vanished">Hora</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="vanished">Minutos</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="vanished">Tipo</translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="vanished">Sesión</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Nombre</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="vanished">Delegación</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="vanished">Organización</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="vanished">Cargo</translation>
    </message>
    <message>
        <source>Named in reports</source>
        <translation type="vanished">Nombrado en los informes</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="vanished">Participantes</translation>
    </message>
    <message>
        <source>Delegations and participants</source>
        <translation>Delegaciones y participantes</translation>
    </message>
    <message>
        <source>{0}&lt;br&gt;{1}&lt;br&gt;Organised by {2}</source>
        <translation type="vanished">{0}&lt;br&gt;{1}&lt;br&gt;Organizado por {2}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="vanished">sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="vanished">no</translation>
    </message>
</context>
<context>
    <name>WorkshopWizard</name>
    <message>
        <source>New workshop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>editor</name>
    <message>
        <source>Typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table edit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Qt for Python: windows, widgets, translations</source>
        <translation>Qt para Python: janelas, componentes de interface, traduções</translation>
    </message>
    <message>
        <source>the workshop database</source>
        <translation>a base de dados das oficinas</translation>
    </message>
    <message>
        <source>database migrations</source>
        <translation>migrações da base de dados</translation>
    </message>
    <message>
        <source>curriculum and exchange-file validation</source>
        <translation>validação do programa de formação e dos ficheiros de intercâmbio</translation>
    </message>
    <message>
        <source>curriculum files</source>
        <translation>ficheiros do programa de formação</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>documentos PDF</translation>
    </message>
    <message>
        <source>faster PDF layout</source>
        <translation>paginação de PDF mais rápida</translation>
    </message>
    <message>
        <source>text shaping for Bengali and Devanagari (HarfBuzz)</source>
        <translation>composição de textos em bengali e devanágari (HarfBuzz)</translation>
    </message>
    <message>
        <source>joined Arabic letters in PDFs</source>
        <translation>ligação das letras árabes nos PDF</translation>
    </message>
    <message>
        <source>right-to-left order in PDFs</source>
        <translation>ordem da direita para a esquerda nos PDF</translation>
    </message>
    <message>
        <source>charts on screen</source>
        <translation>gráficos no ecrã</translation>
    </message>
    <message>
        <source>chart data</source>
        <translation>dados dos gráficos</translation>
    </message>
    <message>
        <source>where data is stored</source>
        <translation>localização dos dados</translation>
    </message>
    <message>
        <source>About PCSC Workshop</source>
        <translation>Acerca da Oficina PCSC</translation>
    </message>
    <message>
        <source>&lt;h2&gt;PCSC Workshop {0}&lt;/h2&gt;&lt;p&gt;Run capacity-building workshops on people-centred smart cities, offline.&lt;/p&gt;&lt;p&gt;The curriculum is written in our own words from public sources: UN-Habitat&apos;s International Guidelines on People-Centred Smart Cities and World Smart Cities Outlook (2025 presentation), JICA&apos;s Smart City Approach brochure, the World Bank TDLC Smart Cities Technical Deep Dive (2016), the UNCRD Smart Cities Programme and the 2023 UN-Habitat Assembly resolution. Each item names its source.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bundled components and their licences&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Oficina PCSC {0}&lt;/h2&gt;&lt;p&gt;Realize, sem ligação à Internet, oficinas de reforço de capacidades sobre cidades inteligentes centradas nas pessoas.&lt;/p&gt;&lt;p&gt;O programa de formação foi redigido por palavras nossas a partir de fontes públicas: as Diretrizes Internacionais sobre Cidades Inteligentes Centradas nas Pessoas e o World Smart Cities Outlook da ONU-Habitat (apresentação de 2025), a brochura da JICA sobre a sua abordagem às cidades inteligentes, o Technical Deep Dive sobre cidades inteligentes do Banco Mundial (TDLC, 2016), o Programa de Cidades Inteligentes do UNCRD e a resolução de 2023 da Assembleia da ONU-Habitat. Cada elemento indica a sua fonte.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Componentes incluídos e respetivas licenças&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Utilização</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>Latin, Cyrillic, Greek, Arabic, Bengali and Devanagari text</source>
        <translation>Textos em escrita latina, cirílica, grega, árabe, bengali e devanágari</translation>
    </message>
    <message>
        <source>Bundled components and licences</source>
        <translation>Componentes incluídos e licenças</translation>
    </message>
    <message>
        <source>Font licence text</source>
        <translation>Texto da licença dos tipos de letra</translation>
    </message>
    <message>
        <source>Noto fonts licence:</source>
        <translation>Licença dos tipos de letra Noto:</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Session</source>
        <translation type="unfinished">Sessão</translation>
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
        <translation type="unfinished">Remover</translation>
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
        <translation type="unfinished">Sessão</translation>
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
        <translation>Oficina PCSC</translation>
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
        <translation type="unfinished">Todas as alterações foram guardadas</translation>
    </message>
    <message>
        <source>Workshop average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished">A editar…</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation type="unfinished">Não guardado: {0}</translation>
    </message>
    <message>
        <source>Saved at {0}</source>
        <translation type="unfinished">Guardado às {0}</translation>
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
        <translation type="unfinished">Nome</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Organização</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Função</translation>
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
        <translation type="unfinished">Nomeado nos relatórios</translation>
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
        <translation type="unfinished">sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">não</translation>
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
        <translation>Programa de formação</translation>
    </message>
    <message>
        <source>Search the curriculum…</source>
        <translation>Pesquisar no programa de formação…</translation>
    </message>
    <message>
        <source>Search the curriculum</source>
        <translation>Pesquisar no programa de formação</translation>
    </message>
    <message>
        <source>Filter by actor</source>
        <translation>Filtrar por ator</translation>
    </message>
    <message>
        <source>All actors</source>
        <translation>Todos os atores</translation>
    </message>
    <message>
        <source>National governments</source>
        <translation>Governos nacionais</translation>
    </message>
    <message>
        <source>Local and regional governments</source>
        <translation>Governos locais e regionais</translation>
    </message>
    <message>
        <source>Other stakeholders</source>
        <translation>Outras partes interessadas</translation>
    </message>
    <message>
        <source>Filter by pillar</source>
        <translation>Filtrar por pilar</translation>
    </message>
    <message>
        <source>All pillars</source>
        <translation>Todos os pilares</translation>
    </message>
    <message>
        <source>Curriculum contents</source>
        <translation>Conteúdo do programa de formação</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <source>Curriculum item</source>
        <translation>Elemento do programa de formação</translation>
    </message>
    <message>
        <source>UN-Habitat guidelines</source>
        <translation>Diretrizes da ONU-Habitat</translation>
    </message>
    <message>
        <source>Thematic pillars</source>
        <translation>Pilares temáticos</translation>
    </message>
    <message>
        <source>Enabling pillars</source>
        <translation>Pilares facilitadores</translation>
    </message>
    <message>
        <source>2023 resolution: principles a–g</source>
        <translation>Resolução de 2023: princípios a–g</translation>
    </message>
    <message>
        <source>JICA smart city approach</source>
        <translation>Abordagem da JICA para cidades inteligentes</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Etapas</translation>
    </message>
    <message>
        <source>Scaling up</source>
        <translation>Aumento de escala</translation>
    </message>
    <message>
        <source>City types</source>
        <translation>Tipos de cidades</translation>
    </message>
    <message>
        <source>Support menu</source>
        <translation>Menu de apoio</translation>
    </message>
    <message>
        <source>Case studies</source>
        <translation>Estudos de caso</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dados factuais</translation>
    </message>
    <message>
        <source>Nothing found for “{0}”.</source>
        <translation>Nada encontrado para «{0}».</translation>
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
        <translation type="unfinished">De quem</translation>
    </message>
    <message>
        <source>Kind of support</source>
        <translation type="unfinished">Tipo de apoio</translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desired future support</source>
        <translation type="unfinished">Apoio futuro pretendido</translation>
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
        <translation type="unfinished">Sem delegação</translation>
    </message>
    <message>
        <source>Updated {0} ({1:.0f} ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished">(sem nome)</translation>
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
        <translation type="unfinished">sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">não</translation>
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
        <translation>Governos nacionais</translation>
    </message>
    <message>
        <source>Local and regional governments</source>
        <translation>Governos locais e regionais</translation>
    </message>
    <message>
        <source>Other stakeholders</source>
        <translation>Outras partes interessadas</translation>
    </message>
    <message>
        <source>Principles ({0})</source>
        <translation>Princípios ({0})</translation>
    </message>
    <message>
        <source>Actions: {0} ({1})</source>
        <translation>Ações: {0} ({1})</translation>
    </message>
    <message>
        <source>Strategic agendas</source>
        <translation>Agendas estratégicas</translation>
    </message>
    <message>
        <source>Policies and regulations</source>
        <translation>Políticas e regulamentação</translation>
    </message>
    <message>
        <source>Public sector capacity</source>
        <translation>Capacidade do setor público</translation>
    </message>
    <message>
        <source>Collaborative ecosystem</source>
        <translation>Ecossistema colaborativo</translation>
    </message>
    <message>
        <source>Urban digital infrastructure</source>
        <translation>Infraestrutura digital urbana</translation>
    </message>
    <message>
        <source>Digital divide</source>
        <translation>Exclusão digital</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilar</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>Princípios</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Ações</translation>
    </message>
    <message>
        <source>JICA element</source>
        <translation>Elemento da JICA</translation>
    </message>
    <message>
        <source>JICA domain</source>
        <translation>Domínio da JICA</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Estatística</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation>Estudo de caso</translation>
    </message>
    <message>
        <source>Quiz question</source>
        <translation>Pergunta do questionário</translation>
    </message>
    <message>
        <source>Workshop template</source>
        <translation>Modelo de oficina</translation>
    </message>
    <message>
        <source>Resolution principle</source>
        <translation>Princípio da resolução</translation>
    </message>
    <message>
        <source>JICA support</source>
        <translation>Apoio da JICA</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Local case study</source>
        <translation>Estudo de caso local</translation>
    </message>
    <message>
        <source>Local statistic</source>
        <translation>Estatística local</translation>
    </message>
    <message>
        <source>Local note</source>
        <translation>Nota local</translation>
    </message>
    <message>
        <source>See also</source>
        <translation>Ver também</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Principles and actions</source>
        <translation>Princípios e ações</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Example (paraphrased)</source>
        <translation>Exemplo (parafraseado)</translation>
    </message>
    <message>
        <source>Actions: {0}</source>
        <translation>Ações: {0}</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>Questões para debate</translation>
    </message>
    <message>
        <source>The guidelines give {0} principles for this pillar.</source>
        <translation>As diretrizes estabelecem {0} princípios para este pilar.</translation>
    </message>
    <message>
        <source>The guidelines give {0} actions for this actor.</source>
        <translation>As diretrizes propõem {0} ações para este ator.</translation>
    </message>
    <message>
        <source>Example (paraphrased from the source)</source>
        <translation>Exemplo (parafraseado da fonte)</translation>
    </message>
    <message>
        <source>Pillar: {0}</source>
        <translation>Pilar: {0}</translation>
    </message>
    <message>
        <source>The other principles and actions are added by the facilitator as local content.</source>
        <translation>Os restantes princípios e ações são acrescentados pelo facilitador como conteúdo local.</translation>
    </message>
    <message>
        <source>Element {0} · domain {1}</source>
        <translation>Elemento {0} · domínio {1}</translation>
    </message>
    <message>
        <source>Maturity levels (our rubric, derived from JICA)</source>
        <translation>Níveis de maturidade (a nossa grelha, derivada da JICA)</translation>
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
        <translation>População de referência</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexto</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Atores</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>O que foi feito</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Resultado comunicado</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lições aprendidas</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PCSC Workshop</source>
        <translation>Oficina PCSC</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Oficina</translation>
    </message>
    <message>
        <source>Current workshop</source>
        <translation>Oficina atual</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Opening your workshops…</source>
        <translation>A abrir as suas oficinas…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ficheiro</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Ferramen&amp;tas</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Definições…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;About PCSC Workshop</source>
        <translation>&amp;Acerca da Oficina PCSC</translation>
    </message>
    <message>
        <source>About PCSC Workshop</source>
        <translation type="vanished">Acerca da Oficina PCSC</translation>
    </message>
    <message>
        <source>&lt;b&gt;PCSC Workshop&lt;/b&gt; {0}&lt;br&gt;Run capacity-building workshops on people-centred smart cities, offline.&lt;br&gt;&lt;br&gt;Fonts: Noto (SIL Open Font Licence 1.1). Libraries: Qt/PySide6 (LGPLv3), SQLAlchemy and Alembic (MIT), reportlab (BSD), pyqtgraph (MIT), pydantic (MIT).</source>
        <translation type="vanished">&lt;b&gt;Oficina PCSC&lt;/b&gt; {0}&lt;br&gt;Realize, sem ligação à Internet, oficinas de reforço de capacidades sobre cidades inteligentes centradas nas pessoas.&lt;br&gt;&lt;br&gt;Tipos de letra: Noto (SIL Open Font Licence 1.1). Bibliotecas: Qt/PySide6 (LGPLv3), SQLAlchemy e Alembic (MIT), reportlab (BSD), pyqtgraph (MIT), pydantic (MIT).</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Curriculum</source>
        <translation>Programa de formação</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Planos de ação</translation>
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
        <translation type="unfinished">Organização</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished">Função</translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named in reports</source>
        <translation type="unfinished">Nomeado nos relatórios</translation>
    </message>
    <message>
        <source>Delegations and participants</source>
        <translation type="unfinished">Delegações e participantes</translation>
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
        <translation type="unfinished">sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished">não</translation>
    </message>
    <message>
        <source>No delegation</source>
        <translation type="unfinished">Sem delegação</translation>
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
        <translation type="unfinished">Outras partes interessadas</translation>
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
        <translation>Estado da gravação</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Exportar para PDF…</translation>
    </message>
    <message>
        <source>Save this action plan as a PDF file</source>
        <translation>Guardar este plano de ação como ficheiro PDF</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>Principais conclusões</translation>
    </message>
    <message>
        <source>What did you learn that matters most for your city?</source>
        <translation>O que aprendeu de mais importante para a sua cidade?</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Desafios</translation>
    </message>
    <message>
        <source>What stands in the way: institutions, skills, finance, data, people?</source>
        <translation>Quais são os obstáculos: instituições, competências, financiamento, dados, pessoas?</translation>
    </message>
    <message>
        <source>Approaches</source>
        <translation>Abordagens</translation>
    </message>
    <message>
        <source>How will you tackle them? Which ideas from the week will you adapt?</source>
        <translation>Como os irá enfrentar? Que ideias da semana irá adaptar?</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos passos</translation>
    </message>
    <message>
        <source>Desired future support</source>
        <translation>Apoio futuro pretendido</translation>
    </message>
    <message>
        <source>1. Key takeaways</source>
        <translation>1. Principais conclusões</translation>
    </message>
    <message>
        <source>2. Challenges</source>
        <translation>2. Desafios</translation>
    </message>
    <message>
        <source>3. Approaches</source>
        <translation>3. Abordagens</translation>
    </message>
    <message>
        <source>4. Next steps</source>
        <translation>4. Próximos passos</translation>
    </message>
    <message>
        <source>5. Desired future support</source>
        <translation>5. Apoio futuro pretendido</translation>
    </message>
    <message>
        <source>Plan sections</source>
        <translation>Secções do plano</translation>
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
        <translation>(nenhum)</translation>
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
        <translation>em curso</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluído</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>em pausa</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abandonado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Linked pillar / element</source>
        <translation>Pilar / elemento associado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>technical assistance</source>
        <translation>assistência técnica</translation>
    </message>
    <message>
        <source>financing</source>
        <translation>financiamento</translation>
    </message>
    <message>
        <source>capacity building</source>
        <translation>reforço de capacidades</translation>
    </message>
    <message>
        <source>knowledge exchange</source>
        <translation>intercâmbio de conhecimentos</translation>
    </message>
    <message>
        <source>data and tools</source>
        <translation>dados e ferramentas</translation>
    </message>
    <message>
        <source>other</source>
        <translation>outro</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Pormenores</translation>
    </message>
    <message>
        <source>From whom</source>
        <translation>De quem</translation>
    </message>
    <message>
        <source>Kind of support</source>
        <translation>Tipo de apoio</translation>
    </message>
    <message>
        <source>Choose a plan on the left</source>
        <translation>Escolha um plano na lista</translation>
    </message>
    <message>
        <source>Action plan of {0}</source>
        <translation>Plano de ação de {0}</translation>
    </message>
    <message>
        <source>Delegation plan: {0}</source>
        <translation>Plano da delegação: {0}</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Todas as alterações foram guardadas</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>A editar…</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Não guardado: {0}</translation>
    </message>
    <message>
        <source>Saved at {0}</source>
        <translation>Guardado às {0}</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>Action plans</source>
        <translation>Planos de ação</translation>
    </message>
    <message>
        <source>Find a participant or delegation</source>
        <translation>Procurar um participante ou uma delegação</translation>
    </message>
    <message>
        <source>Filter plans</source>
        <translation>Filtrar os planos</translation>
    </message>
    <message>
        <source>Plans by delegation</source>
        <translation>Planos por delegação</translation>
    </message>
    <message>
        <source>Delegation plan</source>
        <translation>Plano da delegação</translation>
    </message>
    <message>
        <source>No delegation</source>
        <translation>Sem delegação</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>Export action plan</source>
        <translation>Exportar o plano de ação</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ficheiros PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF saved: {0}</source>
        <translation>PDF guardado: {0}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>A exportação falhou</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Something went wrong</source>
        <translation>Ocorreu um erro</translation>
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
        <translation>&amp;Adicionar linha</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Mover para cima</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Mover para baixo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Add a row at the end of {0}</source>
        <translation>Adicionar uma linha no fim de: {0}</translation>
    </message>
    <message>
        <source>Move the selected row up</source>
        <translation>Mover a linha selecionada para cima</translation>
    </message>
    <message>
        <source>Move the selected row down</source>
        <translation>Mover a linha selecionada para baixo</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Remover a linha selecionada</translation>
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
        <translation>Definições</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma da interface</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages; used after a restart</source>
        <translation>O idioma dos menus, botões e mensagens; utilizado após reiniciar</translation>
    </message>
    <message>
        <source>Takes effect when you restart PCSC Workshop.</source>
        <translation>Entra em vigor quando reiniciar a Oficina PCSC.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamanho do texto</translation>
    </message>
    <message>
        <source>Size of all text, from 100 to 200 percent; applied at once</source>
        <translation>Tamanho de todo o texto, de 100 a 200 %; aplicado de imediato</translation>
    </message>
    <message>
        <source>&amp;High-contrast theme (white on black)</source>
        <translation>Tema de alto &amp;contraste (branco sobre preto)</translation>
    </message>
    <message>
        <source>High-contrast theme</source>
        <translation>Tema de alto contraste</translation>
    </message>
    <message>
        <source>White text on a black background; applied at once</source>
        <translation>Texto branco sobre fundo preto; aplicado de imediato</translation>
    </message>
    <message>
        <source>Text size and contrast apply at once.</source>
        <translation>O tamanho do texto e o contraste são aplicados de imediato.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Tamanho do texto:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The new language will be used the next time you start PCSC Workshop.</source>
        <translation>O novo idioma será utilizado da próxima vez que iniciar a Oficina PCSC.</translation>
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
        <translation>Oficina</translation>
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
        <translation type="unfinished">A editar…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at {0}</source>
        <translation type="unfinished">Guardado às {0}</translation>
    </message>
    <message>
        <source>Save the agenda as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished">Ficheiros PDF (*.pdf)</translation>
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
        <translation type="vanished">Dia</translation>
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
        <translation type="vanished">Sessão</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Nome</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="vanished">Delegação</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="vanished">Organização</translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="vanished">Função</translation>
    </message>
    <message>
        <source>Named in reports</source>
        <translation type="vanished">Nomeado nos relatórios</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="vanished">Participantes</translation>
    </message>
    <message>
        <source>Delegations and participants</source>
        <translation>Delegações e participantes</translation>
    </message>
    <message>
        <source>{0}&lt;br&gt;{1}&lt;br&gt;Organised by {2}</source>
        <translation type="vanished">{0}&lt;br&gt;{1}&lt;br&gt;Organizado por {2}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="vanished">sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation type="vanished">não</translation>
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

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
        <translation>validação do currículo e dos ficheiros de intercâmbio</translation>
    </message>
    <message>
        <source>curriculum files</source>
        <translation>ficheiros do currículo</translation>
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
        <source>dates, numbers and plurals in documents (CLDR)</source>
        <translation>datas, números e plurais nos documentos (CLDR)</translation>
    </message>
    <message>
        <source>editable Word copies of documents</source>
        <translation>cópias Word editáveis dos documentos</translation>
    </message>
    <message>
        <source>hyphenation in documents</source>
        <translation>hifenização nos documentos</translation>
    </message>
    <message>
        <source>Latin, Greek, Cyrillic, Arabic, Hebrew, Indic, Southeast Asian, Ethiopic, Armenian, Georgian and Tifinagh text</source>
        <translation>texto latino, grego, cirílico, árabe, hebraico, índico, do Sudeste Asiático, etíope, arménio, georgiano e tifinague</translation>
    </message>
    <message>
        <source>Korean text</source>
        <translation>texto coreano</translation>
    </message>
    <message>
        <source>Chinese and Japanese text</source>
        <translation>texto chinês e japonês</translation>
    </message>
    <message>
        <source>symbols</source>
        <translation>símbolos</translation>
    </message>
    <message>
        <source>About PCSC Workshop</source>
        <translation>Acerca da Oficina PCSC</translation>
    </message>
    <message>
        <source>&lt;h2&gt;PCSC Workshop {0}&lt;/h2&gt;&lt;p&gt;Run capacity-building workshops on people-centred smart cities, offline.&lt;/p&gt;&lt;p&gt;The curriculum is written in our own words from public sources: UN-Habitat&apos;s International Guidelines on People-Centred Smart Cities and World Smart Cities Outlook (2025 presentation), JICA&apos;s Smart City Approach brochure, the World Bank TDLC Smart Cities Technical Deep Dive (2016), the UNCRD Smart Cities Programme and the 2023 UN-Habitat Assembly resolution. Each item names its source.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bundled components and their licences&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Oficina PCSC {0}&lt;/h2&gt;&lt;p&gt;Realize, sem ligação à Internet, oficinas de reforço de capacidades sobre cidades inteligentes centradas nas pessoas.&lt;/p&gt;&lt;p&gt;O currículo foi redigido por palavras nossas a partir de fontes públicas: as Diretrizes Internacionais sobre Cidades Inteligentes Centradas nas Pessoas e o World Smart Cities Outlook da ONU-Habitat (apresentação de 2025), a brochura da JICA sobre a sua abordagem às cidades inteligentes, o Technical Deep Dive sobre cidades inteligentes do Banco Mundial (TDLC, 2016), o Programa de Cidades Inteligentes do UNCRD e a resolução de 2023 da Assembleia da ONU-Habitat. Cada elemento indica a sua fonte.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Componentes incluídos e respetivas licenças&lt;/b&gt;&lt;/p&gt;</translation>
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
        <source>Font licences:</source>
        <translation>Licenças dos tipos de letra:</translation>
    </message>
    <message>
        <source>Latin, Cyrillic, Greek, Arabic, Bengali and Devanagari text</source>
        <translation type="vanished">Textos em escrita latina, cirílica, grega, árabe, bengali e devanágari</translation>
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
        <translation type="vanished">Licença dos tipos de letra Noto:</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>&amp;Add session…</source>
        <translation>&amp;Adicionar sessão…</translation>
    </message>
    <message>
        <source>Add &amp;day</source>
        <translation>Adicionar &amp;dia</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Mover para &amp;cima</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Mover para &amp;baixo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Agenda total</source>
        <translation>Total do programa</translation>
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
        <source>Case: {0}</source>
        <translation>Caso: {0}</translation>
    </message>
    <message>
        <source>{0}–{1}</source>
        <translation>{0}–{1}</translation>
    </message>
    <message>
        <source>{0} · overlaps the previous session</source>
        <translation>{0} · sobrepõe-se à sessão anterior</translation>
    </message>
    <message>
        <source>This session starts before the previous one ends: change its time or the order.</source>
        <translation>Esta sessão começa antes de a anterior terminar: altere a hora ou a ordem.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sessão</numerusform>
            <numerusform>%n sessões</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: {0} h {1} min of sessions · {2} · {3}</source>
        <translation>Total: {0} h {1} min de sessões · {2} · {3}</translation>
    </message>
    <message>
        <source>Day {0}</source>
        <translation>Dia {0}</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Adicionar sessão</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Editar a sessão</translation>
    </message>
    <message>
        <source>Move session</source>
        <translation>Mover a sessão</translation>
    </message>
    <message>
        <source>Remove session</source>
        <translation>Remover a sessão</translation>
    </message>
    <message>
        <source>Remove “{0}” from the agenda?</source>
        <translation>Remover «{0}» do programa?</translation>
    </message>
</context>
<context>
    <name>AgendaPrint</name>
    <message>
        <source>Facilitator&apos;s run sheet</source>
        <translation>Guião do facilitador</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Day {0}</source>
        <translation>Dia {0}</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>overlaps the previous session</source>
        <translation>sobrepõe-se à sessão anterior</translation>
    </message>
    <message>
        <source>{0}–{1} · {2} min of sessions</source>
        <translation>{0}–{1} · {2} min de sessões</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The database could not be opened: {0}</source>
        <translation>Não foi possível abrir a base de dados: {0}</translation>
    </message>
    <message>
        <source>The database is busy: another save or import held it for too long. Nothing was changed; try again in a moment.</source>
        <translation>A base de dados está ocupada: outra gravação ou importação reteve-a durante demasiado tempo. Nada foi alterado; tente de novo dentro de momentos.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space (or choose another folder) and try again; your earlier work is intact.</source>
        <translation>O disco está cheio: nada foi guardado. Liberte espaço (ou escolha outra pasta) e tente de novo; o seu trabalho anterior está intacto.</translation>
    </message>
    <message>
        <source>The computer could not read or write the database file (was a USB stick removed, or is the disk failing?). Nothing was changed.</source>
        <translation>O computador não conseguiu ler ou escrever o ficheiro da base de dados (foi retirada uma pen USB, ou o disco está a falhar?). Nada foi alterado.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore the newest backup next to it (a file named like it with “.backup-” in its name), or choose another file with --db.</source>
        <translation>O ficheiro da base de dados está danificado. Reponha a cópia de segurança mais recente que está ao lado (um ficheiro com o mesmo nome e «.backup-»), ou escolha outro ficheiro com --db.</translation>
    </message>
    <message>
        <source>The database file or its folder cannot be written (read-only or no permission). Nothing was changed.</source>
        <translation>Não é possível escrever no ficheiro da base de dados nem na sua pasta (só de leitura ou sem permissão). Nada foi alterado.</translation>
    </message>
    <message>
        <source>Opening the workshop pack…</source>
        <translation>A abrir o pacote do workshop…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>A abrir a base de dados…</translation>
    </message>
    <message>
        <source>PCSC Workshop</source>
        <translation>Oficina PCSC</translation>
    </message>
</context>
<context>
    <name>AssessmentForm</name>
    <message>
        <source>Rubric by PCSC Workshop, based on JICA&apos;s 21 elements</source>
        <translation>Grelha da PCSC Workshop, baseada nos 21 elementos da JICA</translation>
    </message>
    <message>
        <source>How to score with this rubric</source>
        <translation>Como pontuar com esta grelha</translation>
    </message>
    <message>
        <source>Score of {0}</source>
        <translation>Pontuação de: {0}</translation>
    </message>
    <message>
        <source>Evidence for {0}</source>
        <translation>Evidências para: {0}</translation>
    </message>
    <message>
        <source>{0} — not scored yet</source>
        <translation>{0} — ainda sem pontuação</translation>
    </message>
    <message numerus="yes">
        <source>{0} — {1} of 4 ({2} of %n element(s) scored)</source>
        <translation>
            <numerusform>{0} — {1} de 4 ({2} de %n elemento pontuado)</numerusform>
            <numerusform>{0} — {1} de 4 ({2} de %n elementos pontuados)</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} — {1:.1f} of 4 ({2} of {3} elements scored)</source>
        <translation type="vanished">{0} — {1:.1f} de 4 ({2} de {3} elementos pontuados)</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>Delegation to assess</source>
        <translation>Delegação a avaliar</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>&amp;Delegação:</translation>
    </message>
    <message>
        <source>Elements to score</source>
        <translation>Elementos a pontuar</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparar com</translation>
    </message>
    <message>
        <source>Suggested priorities</source>
        <translation>Prioridades sugeridas</translation>
    </message>
    <message>
        <source>Turn priorities into &amp;plan suggestions…</source>
        <translation>Transformar as prioridades em sugestões para o &amp;plano…</translation>
    </message>
    <message>
        <source>Open the delegation&apos;s action plan with suggestions drawn from the weakest elements</source>
        <translation>Abrir o plano de ação da delegação com sugestões baseadas nos elementos mais fracos</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Comparar com:</translation>
    </message>
    <message>
        <source>Suggested stage</source>
        <translation>Etapa sugerida</translation>
    </message>
    <message>
        <source>Weakest elements: suggested priorities</source>
        <translation>Elementos mais fracos: prioridades sugeridas</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Anular</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Todas as alterações foram guardadas</translation>
    </message>
    <message>
        <source>Workshop average</source>
        <translation>Média da oficina</translation>
    </message>
    <message>
        <source>Score element {0}</source>
        <translation>Pontuar o elemento {0}</translation>
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
    <message numerus="yes">
        <source>{0} of %n element(s) scored</source>
        <translation>
            <numerusform>{0} de %n elemento pontuado</numerusform>
            <numerusform>{0} de %n elementos pontuados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>levels of %n element(s) not yet translated, shown in English</source>
        <translation>
            <numerusform>níveis de %n elemento ainda não traduzidos, apresentados em inglês</numerusform>
            <numerusform>níveis de %n elementos ainda não traduzidos, apresentados em inglês</numerusform>
        </translation>
    </message>
    <message>
        <source>The mean of the scored elements is {0}, below 1.5: most elements are absent or only planned.</source>
        <translation>A média dos elementos pontuados é {0}, inferior a 1,5: a maioria dos elementos não existe ou está apenas prevista.</translation>
    </message>
    <message>
        <source>The {0} domain averages {1}, below 1.0: one of the five foundations is missing.</source>
        <translation>O domínio {0} tem uma média de {1}, inferior a 1,0: falta um dos cinco alicerces.</translation>
    </message>
    <message>
        <source>The mean is {0} (2.75 or more) and every domain is at 2.0 or more.</source>
        <translation>A média é {0} (2,75 ou mais) e todos os domínios estão a 2,0 ou mais.</translation>
    </message>
    <message>
        <source>The mean is {0}, between 1.5 and 2.75, and no domain is below 1.0.</source>
        <translation>A média é {0}, entre 1,5 e 2,75, e nenhum domínio está abaixo de 1,0.</translation>
    </message>
    <message>
        <source>The mean is {0}, high enough for Sustainable Growth, but not every domain is scored at 2.0 or more (weakest: {1}).</source>
        <translation>A média é {0}, suficiente para a etapa Crescimento sustentável (Sustainable Growth), mas nem todos os domínios estão a 2,0 ou mais (o mais fraco: {1}).</translation>
    </message>
    <message>
        <source>{0} of {1} elements scored</source>
        <translation type="vanished">{0} de {1} elementos pontuados</translation>
    </message>
    <message>
        <source>This delegation</source>
        <translation>Esta delegação</translation>
    </message>
    <message>
        <source>Score at least half of the elements to get a suggestion ({0} of {1} so far).</source>
        <translation>Pontue pelo menos metade dos elementos para obter uma sugestão ({0} de {1} até agora).</translation>
    </message>
    <message>
        <source>The mean of the scored elements is {0:.2f}, below 1.5: most elements are absent or only planned.</source>
        <translation type="vanished">A média dos elementos pontuados é {0:.2f}, inferior a 1.5: a maioria dos elementos não existe ou está apenas prevista.</translation>
    </message>
    <message>
        <source>The {0} domain averages {1:.2f}, below 1.0: one of the five foundations is missing.</source>
        <translation type="vanished">O domínio {0} tem uma média de {1:.2f}, inferior a 1.0: falta um dos cinco alicerces.</translation>
    </message>
    <message>
        <source>The mean is {0:.2f} (2.75 or more) and every domain is at 2.0 or more.</source>
        <translation type="vanished">A média é {0:.2f} (2.75 ou mais) e todos os domínios estão a 2.0 ou mais.</translation>
    </message>
    <message>
        <source>The mean is {0:.2f}, between 1.5 and 2.75, and no domain is below 1.0.</source>
        <translation type="vanished">A média é {0:.2f}, entre 1.5 e 2.75, e nenhum domínio está abaixo de 1.0.</translation>
    </message>
    <message>
        <source>The mean is {0:.2f}, high enough for Sustainable Growth, but not every domain is scored at 2.0 or more (weakest: {1}).</source>
        <translation type="vanished">A média é {0:.2f}, suficiente para Sustainable Growth, mas nem todos os domínios estão a 2.0 ou mais (o mais fraco: {1}).</translation>
    </message>
    <message>
        <source>an unscored domain</source>
        <translation>um domínio sem pontuação</translation>
    </message>
    <message>
        <source>No suggestion yet</source>
        <translation>Ainda sem sugestão</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Porquê:</translation>
    </message>
    <message>
        <source>JICA’s guidance for this stage</source>
        <translation>Orientações da JICA para esta etapa</translation>
    </message>
    <message>
        <source>Ways to scale up</source>
        <translation>Formas de aumentar a escala</translation>
    </message>
    <message>
        <source>Rule: fewer than half scored → no suggestion; mean below 1.5 or any domain below 1.0 → Small Start; mean 2.75 or more with every domain at 2.0 or more → Sustainable Growth; otherwise Accelerate.</source>
        <translation>Regra: menos de metade pontuada → sem sugestão; média inferior a 1.5 ou algum domínio inferior a 1.0 → Small Start; média de 2.75 ou mais com todos os domínios a 2.0 ou mais → Sustainable Growth; nos restantes casos, Accelerate.</translation>
    </message>
    <message>
        <source>{0}. {1} — level {2}</source>
        <translation>{0}. {1} — nível {2}</translation>
    </message>
    <message>
        <source>Next, level {0}: {1}</source>
        <translation>A seguir, nível {0}: {1}</translation>
    </message>
    <message>
        <source>How to check: {0}</source>
        <translation>Como verificar: {0}</translation>
    </message>
    <message>
        <source>Score some elements to see priorities.</source>
        <translation>Pontue alguns elementos para ver as prioridades.</translation>
    </message>
    <message>
        <source>Still to assess: {0}</source>
        <translation>Falta avaliar: {0}</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Presentation – {0}</source>
        <translation>Apresentação – {0}</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Apresentação</translation>
    </message>
    <message>
        <source>Presentation title</source>
        <translation>Título da apresentação</translation>
    </message>
    <message>
        <source>Slide number</source>
        <translation>Número do diapositivo</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Notas do orador</translation>
    </message>
    <message>
        <source>Blank screen</source>
        <translation>Ecrã em branco</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificate details</source>
        <translation>Dados dos certificados</translation>
    </message>
    <message>
        <source>Organiser logos (PNG or JPEG, up to 4)</source>
        <translation>Logótipos dos organizadores (PNG ou JPEG, até 4)</translation>
    </message>
    <message>
        <source>Organiser logos</source>
        <translation>Logótipos dos organizadores</translation>
    </message>
    <message>
        <source>Logo {0}</source>
        <translation>Logótipo {0}</translation>
    </message>
    <message>
        <source>&amp;Add a logo…</source>
        <translation>&amp;Adicionar um logótipo…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signatários</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Signature picture</source>
        <translation>Imagem da assinatura</translation>
    </message>
    <message>
        <source>Signatory {0}: name</source>
        <translation>Signatário {0}: nome</translation>
    </message>
    <message>
        <source>Signatory {0}: title</source>
        <translation>Signatário {0}: cargo</translation>
    </message>
    <message>
        <source>Date of &amp;issue:</source>
        <translation>Data de &amp;emissão:</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Data de emissão</translation>
    </message>
    <message>
        <source>(unticked: the workshop&apos;s last day)</source>
        <translation>(desmarcado: o último dia do workshop)</translation>
    </message>
    <message>
        <source>The certificate details cannot be read: {0}</source>
        <translation>Não é possível ler os dados dos certificados: {0}</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Mudar…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Change the picture…</source>
        <translation type="vanished">Mudar a imagem…</translation>
    </message>
    <message>
        <source>Choose a picture…</source>
        <translation type="vanished">Escolher uma imagem…</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Imagens (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>This picture cannot be used: {0}</source>
        <translation>Esta imagem não pode ser usada: {0}</translation>
    </message>
    <message>
        <source>At most {0} logos.</source>
        <translation>No máximo {0} logótipos.</translation>
    </message>
    <message>
        <source>Choose an organiser logo</source>
        <translation>Escolher o logótipo de um organizador</translation>
    </message>
    <message>
        <source>Choose a signature picture</source>
        <translation>Escolher a imagem de uma assinatura</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Não guardado: {0}</translation>
    </message>
</context>
<context>
    <name>CollectionDialog</name>
    <message>
        <source>Collected plans</source>
        <translation>Planos recolhidos</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>CollectionView</name>
    <message>
        <source>Collection summary</source>
        <translation>Resumo da recolha</translation>
    </message>
    <message>
        <source>Plans collected per participant</source>
        <translation>Planos recolhidos por participante</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegação</translation>
    </message>
    <message>
        <source>Last file arrived</source>
        <translation>Último ficheiro recebido</translation>
    </message>
    <message>
        <source>Plan revision</source>
        <translation>Revisão do plano</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Ficheiros</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflitos pendentes</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ainda não</translation>
    </message>
    <message numerus="yes">
        <source>Plans received from {0} of %n participant(s).</source>
        <translation>
            <numerusform>Planos recebidos de {0} de %n participante.</numerusform>
            <numerusform>Planos recebidos de {0} de %n participantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plans received from {0} of {1} participants.</source>
        <translation type="vanished">Planos recebidos de {0} de {1} participantes.</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <source>Choose a conflict on the left</source>
        <translation>Escolha um conflito na lista</translation>
    </message>
    <message>
        <source>Differing fields</source>
        <translation>Campos divergentes</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Resolve this conflict</source>
        <translation>Resolver este conflito</translation>
    </message>
    <message>
        <source>Take all mine</source>
        <translation>Aceitar toda a minha</translation>
    </message>
    <message>
        <source>Take mine for every field</source>
        <translation>Aceitar a minha em todos os campos</translation>
    </message>
    <message>
        <source>Take all theirs</source>
        <translation>Aceitar toda a deles</translation>
    </message>
    <message>
        <source>Take theirs for every field</source>
        <translation>Aceitar a deles em todos os campos</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>outro computador</translation>
    </message>
    <message>
        <source>{0}: changed on this computer and by {1} since it last travelled.
Mine is this computer&apos;s version. Theirs came in {2} at {3}.</source>
        <translation>{0}: alterado neste computador e por {1} desde a última troca.
«A minha» é a versão deste computador. «A deles» chegou em {2} às {3}.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>A minha</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>A deles</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>Valor combinado</translation>
    </message>
    <message>
        <source>Cannot resolve</source>
        <translation>Não é possível resolver</translation>
    </message>
    <message>
        <source>This value cannot be stored: {0}</source>
        <translation>Este valor não pode ser guardado: {0}</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflitos</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflitos pendentes</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>No open conflicts: every edit that came in fitted.</source>
        <translation>Não há conflitos pendentes: todas as alterações recebidas eram compatíveis.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconhecido)</translation>
    </message>
</context>
<context>
    <name>ContentLanguagePicker</name>
    <message>
        <source>Content language</source>
        <translation>Língua do conteúdo</translation>
    </message>
    <message>
        <source>The language of the curriculum, quizzes and assessment for you; the interface language is in Settings</source>
        <translation>A língua do currículo, dos testes e da autoavaliação para si; a língua da interface está nas Definições</translation>
    </message>
    <message>
        <source>Workshop language ({0})</source>
        <translation>Língua da oficina ({0})</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import participants: {0}</source>
        <translation>Importar participantes: {0}</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importar participantes</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Resumo da importação</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Colunas do ficheiro</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correio eletrónico</translation>
    </message>
    <message>
        <source>Named in reports</source>
        <translation>Nomeado nos relatórios</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Linhas do ficheiro</translation>
    </message>
    <message>
        <source>Save a &amp;template…</source>
        <translation>Guardar um &amp;modelo…</translation>
    </message>
    <message>
        <source>A CSV file with the expected columns and one example row, to fill in a spreadsheet</source>
        <translation>Um ficheiro CSV com as colunas esperadas e uma linha de exemplo, para preencher numa folha de cálculo</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows</source>
        <translation>Importar as linhas &amp;válidas</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(sem cabeçalho)</translation>
    </message>
    <message>
        <source>(ignore this column)</source>
        <translation>(ignorar esta coluna)</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>escolher…</translation>
    </message>
    <message>
        <source>Column “{0}” is</source>
        <translation>A coluna «{0}» contém</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>A verificar o ficheiro…</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>não importado</translation>
    </message>
    <message>
        <source>new, new delegation</source>
        <translation>novo, nova delegação</translation>
    </message>
    <message>
        <source>new</source>
        <translation>novo</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Choose what each column holds below, or ignore it.</source>
        <translation>Escolha abaixo o que contém cada coluna, ou ignore-a.</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n row(s) have problems (rows {1}). Fix the file and open it again, or import the valid rows now ({2}) and the others later.</source>
        <translation>
            <numerusform>{0} de %n linha tem problemas (linhas {1}). Corrija o ficheiro e abra-o de novo, ou importe já as linhas válidas ({2}) e as restantes mais tarde.</numerusform>
            <numerusform>{0} de %n linhas têm problemas (linhas {1}). Corrija o ficheiro e abra-o de novo, ou importe já as linhas válidas ({2}) e as restantes mais tarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>A importar…</translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation>Nada foi importado: {0}</translation>
    </message>
    <message>
        <source>Row {0}: {1}</source>
        <translation>Linha {0}: {1}</translation>
    </message>
    <message>
        <source>Participants imported: {0}.</source>
        <translation>Participantes importados: {0}.</translation>
    </message>
    <message>
        <source>Rows not imported: {0}. Fix them in the file and import it again (rows already imported are skipped).</source>
        <translation>Linhas não importadas: {0}. Corrija-as no ficheiro e importe-o de novo (as linhas já importadas são ignoradas).</translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation>Guardar um modelo</translation>
    </message>
    <message>
        <source>participants.csv</source>
        <translation>participantes.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ficheiros CSV (*.csv)</translation>
    </message>
    <message>
        <source>already registered: skipped</source>
        <translation>já inscrito: ignorado</translation>
    </message>
    <message>
        <source>new delegation</source>
        <translation type="vanished">nova delegação</translation>
    </message>
    <message>
        <source>This file cannot be imported: {0}.</source>
        <translation>Este ficheiro não pode ser importado: {0}.</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n row(s) have problems (rows {1}). Nothing will be imported until the file is fixed: correct it and open it again.</source>
        <translation type="vanished">
            <numerusform>{0} de %n linha tem problemas (linhas {1}). Nada será importado até o ficheiro ser corrigido: corrija-o e abra-o novamente.</numerusform>
            <numerusform>{0} de %n linhas têm problemas (linhas {1}). Nada será importado até o ficheiro ser corrigido: corrija-o e abra-o novamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}, {1}, {2}.</source>
        <translation>{0}, {1}, {2}.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) to import</source>
        <translation>
            <numerusform>%n participante a importar</numerusform>
            <numerusform>%n participantes a importar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already registered</source>
        <translation>
            <numerusform>%n já inscrito</numerusform>
            <numerusform>%n já inscritos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new delegation(s)</source>
        <translation>
            <numerusform>%n nova delegação</numerusform>
            <numerusform>%n novas delegações</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} of {1} rows have problems (rows {2}). Nothing will be imported until the file is fixed: correct it and open it again.</source>
        <translation type="vanished">{0} de {1} linhas têm problemas (linhas {2}). Nada será importado até o ficheiro ser corrigido: corrija-o e abra-o novamente.</translation>
    </message>
    <message>
        <source>{0} participants to import, {1} already registered, {2} new delegations.</source>
        <translation type="vanished">{0} participantes a importar, {1} já inscritos, {2} novas delegações.</translation>
    </message>
</context>
<context>
    <name>Curriculum</name>
    <message>
        <source>{0} (and %n more problem(s))</source>
        <translation>{0} (e mais %n problema)
{0} (e mais %n problemas)</translation>
    </message>
    <message>
        <source>The curriculum could not be loaded ({0}), so its texts are missing and pillars, elements and modules show as ids. Run “pcsc-workshop curriculum check” to see what is wrong, or reinstall PCSC Workshop, then restart it.</source>
        <translation>Não foi possível carregar o currículo de formação ({0}): faltam os seus textos e os pilares, elementos e módulos aparecem como identificadores. Execute «pcsc-workshop curriculum check» para ver o que está errado, ou reinstale o PCSC Workshop, e depois reinicie-o.</translation>
    </message>
</context>
<context>
    <name>CurriculumPage</name>
    <message>
        <source>Search the curriculum…</source>
        <translation>Pesquisar no currículo…</translation>
    </message>
    <message>
        <source>Search the curriculum</source>
        <translation>Pesquisar no currículo</translation>
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
        <translation>Conteúdo do currículo</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <source>Curriculum item</source>
        <translation>Ficha do currículo</translation>
    </message>
    <message>
        <source>Curriculum item in the second language</source>
        <translation>Ficha na segunda língua</translation>
    </message>
    <message>
        <source>Side by side with</source>
        <translation>Lado a lado com</translation>
    </message>
    <message>
        <source>Side by side: off</source>
        <translation>Lado a lado: não</translation>
    </message>
    <message>
        <source>&amp;Present this item</source>
        <translation>A&amp;presentar este elemento</translation>
    </message>
    <message>
        <source>Show the selected item as full-screen slides</source>
        <translation>Mostrar o elemento selecionado como diapositivos em ecrã inteiro</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Seguinte</translation>
    </message>
    <message>
        <source>Side by side: {0}</source>
        <translation>Lado a lado: {0}</translation>
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
        <source>Session plans and workshop templates</source>
        <translation>Planos de sessão e modelos de workshop</translation>
    </message>
    <message>
        <source>Nothing found for “{0}”.</source>
        <translation>Nada encontrado para «{0}».</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;tualizar</translation>
    </message>
    <message>
        <source>Facilitator dashboard</source>
        <translation>Painel de acompanhamento da facilitação</translation>
    </message>
    <message>
        <source>Delegation / participant</source>
        <translation>Delegação / participante</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Avaliação</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>Plan quality</source>
        <translation>Qualidade do plano</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Última alteração</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Recolhido</translation>
    </message>
    <message>
        <source>When their last plan bundle arrived and which plan revision it held.</source>
        <translation>Quando chegou o último ficheiro de plano e que revisão do plano continha.</translation>
    </message>
    <message>
        <source>Progress by delegation and participant</source>
        <translation>Progresso por delegação e participante</translation>
    </message>
    <message>
        <source>Who asks</source>
        <translation>Quem pede</translation>
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
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Desired future support</source>
        <translation>Apoio futuro pretendido</translation>
    </message>
    <message>
        <source>Domain scores by delegation</source>
        <translation>Pontuações por domínio e delegação</translation>
    </message>
    <message>
        <source>Desired future support: who asks whom for what</source>
        <translation>Apoio futuro pretendido: quem pede o quê a quem</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>A atualizar…</translation>
    </message>
    <message>
        <source>Updated {0} ({1} ms)</source>
        <translation>Atualizado às {0} ({1} ms)</translation>
    </message>
    <message>
        <source>Not known yet: filled in once files are exchanged</source>
        <translation>Ainda desconhecido: preenchido após a troca de ficheiros</translation>
    </message>
    <message numerus="yes">
        <source>Delegation assessment: {0} of %n element(s) scored</source>
        <translation>
            <numerusform>Avaliação da delegação: {0} de %n elemento pontuado</numerusform>
            <numerusform>Avaliação da delegação: {0} de %n elementos pontuados</numerusform>
        </translation>
    </message>
    <message>
        <source>with the delegation</source>
        <translation>com a delegação</translation>
    </message>
    <message>
        <source>Scores with the delegation (its assessment: {0} of {1} elements); no assessment of their own</source>
        <translation>Avalia com a delegação (a sua avaliação: {0} de {1} elementos); sem avaliação própria</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n part(s)</source>
        <translation>
            <numerusform>{0} de %n parte</numerusform>
            <numerusform>{0} de %n partes</numerusform>
        </translation>
    </message>
    <message>
        <source>Delegation assessment: {0} of {1} elements scored</source>
        <translation type="vanished">Avaliação da delegação: {0} de {1} elementos pontuados</translation>
    </message>
    <message>
        <source>Own assessment (most score with the delegation)</source>
        <translation>Avaliação própria (a maioria pontua com a delegação)</translation>
    </message>
    <message>
        <source>No delegation</source>
        <translation>Sem delegação</translation>
    </message>
    <message>
        <source>Updated {0} ({1:.0f} ms)</source>
        <translation type="vanished">Atualizado às {0} ({1:.0f} ms)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
    <message>
        <source>{0} of {1} parts</source>
        <translation type="vanished">{0} de {1} partes</translation>
    </message>
    <message>
        <source>{0} / 100</source>
        <translation type="vanished">{0} / 100</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>{0} (delegation)</source>
        <translation>{0} (delegação)</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>(no one named)</source>
        <translation>(ninguém indicado)</translation>
    </message>
    <message>
        <source>Requests by provider — {0}</source>
        <translation>Pedidos por fornecedor — {0}</translation>
    </message>
    <message>
        <source>No support requests yet.</source>
        <translation>Ainda não há pedidos de apoio.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. {0} or {1}</source>
        <translation>p. ex. {0} ou {1}</translation>
    </message>
    <message>
        <source>Open the calendar (Alt+Down)</source>
        <translation>Abrir o calendário (Alt+Baixo)</translation>
    </message>
    <message>
        <source>“{0}” is not a date: type it as 2027-03-01 or {1}</source>
        <translation>«{0}» não é uma data: escreva-a como 2027-03-01 ou {1}</translation>
    </message>
</context>
<context>
    <name>DelegationDialog</name>
    <message>
        <source>Edit delegation</source>
        <translation>Editar a delegação</translation>
    </message>
    <message>
        <source>Add delegation</source>
        <translation>Adicionar delegação</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(não escolhido)</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;idade:</translation>
    </message>
    <message>
        <source>City &amp;type (JICA):</source>
        <translation>&amp;Tipo de cidade (JICA):</translation>
    </message>
    <message>
        <source>Current &amp;stage:</source>
        <translation>&amp;Etapa atual:</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>What, where and when</source>
        <translation>O quê, onde e quando</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="vanished">Problema</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="vanished">&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Organisers:</source>
        <translation type="vanished">&amp;Organizadores:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="vanished">&amp;Local:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="vanished">C&amp;idade:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="vanished">&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation type="vanished">&amp;Começa em:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation type="vanished">Te&amp;rmina em:</translation>
    </message>
    <message>
        <source>Working language</source>
        <translation type="vanished">Língua de trabalho</translation>
    </message>
    <message>
        <source>Curriculum, knowledge checks, assessment and slides are shown in this language by default; each participant can switch their own content language</source>
        <translation type="vanished">O currículo, os testes de conhecimentos, a autoavaliação e os diapositivos são apresentados por predefinição nesta língua; cada participante pode escolher a sua própria língua do conteúdo</translation>
    </message>
    <message>
        <source>Working &amp;language:</source>
        <translation type="vanished">L&amp;íngua de trabalho:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="vanished">Idio&amp;ma:</translation>
    </message>
</context>
<context>
    <name>DomainBars</name>
    <message>
        <source>Domain scores by delegation</source>
        <translation>Pontuações por domínio e delegação</translation>
    </message>
    <message>
        <source>Mean score (0–4)</source>
        <translation>Pontuação média (0–4)</translation>
    </message>
    <message>
        <source>Chart legend</source>
        <translation>Legenda do gráfico</translation>
    </message>
    <message>
        <source>× not scored (no bar)</source>
        <translation>× sem pontuação (sem barra)</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Duplicate the workshop</source>
        <translation>Duplicar o workshop</translation>
    </message>
    <message>
        <source>A new workshop with the same details and agenda (days, times and sessions). People, plans, assessments and checks stay with this one.</source>
        <translation>Um novo workshop com os mesmos dados e o mesmo programa (dias, horas e sessões). As pessoas, os planos, as avaliações e os testes ficam com este.</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (cópia)</translation>
    </message>
    <message>
        <source>Also copy the &amp;delegations (countries and cities, without their members)</source>
        <translation>Copiar também as &amp;delegações (países e cidades, sem os seus membros)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Starts on (empty: same dates):</source>
        <translation>&amp;Começa a (vazio: mesmas datas):</translation>
    </message>
</context>
<context>
    <name>EditStepDialog</name>
    <message>
        <source>Edit the next step</source>
        <translation>Editar o próximo passo</translation>
    </message>
    <message>
        <source>&amp;Action (as it will appear in the plan):</source>
        <translation>&amp;Ação (tal como aparecerá no plano):</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
</context>
<context>
    <name>ElementRow</name>
    <message>
        <source>Maturity of {0}</source>
        <translation>Maturidade de: {0}</translation>
    </message>
    <message>
        <source>— not scored —</source>
        <translation>— sem pontuação —</translation>
    </message>
    <message>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <source>Level description for {0}</source>
        <translation>Descrição do nível para {0}</translation>
    </message>
    <message>
        <source>Level {0}</source>
        <translation>Nível {0}</translation>
    </message>
    <message>
        <source>Level {0}: {1}</source>
        <translation>Nível {0}: {1}</translation>
    </message>
    <message>
        <source>How to check: {0}</source>
        <translation>Como verificar: {0}</translation>
    </message>
    <message>
        <source>Pointing at: {0}</source>
        <translation>Sob o cursor: {0}</translation>
    </message>
    <message>
        <source>Evidence: what shows this level?</source>
        <translation>Evidências: o que demonstra este nível?</translation>
    </message>
    <message>
        <source>Evidence for {0}</source>
        <translation>Evidências para: {0}</translation>
    </message>
    <message>
        <source>Not scored yet (this is not the same as 0).</source>
        <translation>Ainda sem pontuação (não é o mesmo que 0).</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Workshop details</source>
        <translation>Dados da oficina</translation>
    </message>
    <message>
        <source>Agenda session</source>
        <translation>Sessão do programa</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegação</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Local content</source>
        <translation>Conteúdo local</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Autoavaliação</translation>
    </message>
    <message>
        <source>Self-assessment score</source>
        <translation>Pontuação da autoavaliação</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plano de ação</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próximo passo</translation>
    </message>
    <message>
        <source>Support request</source>
        <translation>Pedido de apoio</translation>
    </message>
    <message>
        <source>Knowledge check</source>
        <translation>Teste de conhecimentos</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>Principais conclusões</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Desafios</translation>
    </message>
    <message>
        <source>Approaches</source>
        <translation>Abordagens</translation>
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
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Linked pillar or element</source>
        <translation>Pilar ou elemento associado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Position in the list</source>
        <translation>Posição na lista</translation>
    </message>
    <message>
        <source>From whom</source>
        <translation>De quem</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Pormenores</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dados factuais</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>ainda não</translation>
    </message>
    <message>
        <source>{0} · revision {1}</source>
        <translation>{0} · revisão {1}</translation>
    </message>
    <message>
        <source> · conflicts: {0}</source>
        <translation> · conflitos: {0}</translation>
    </message>
    <message>
        <source>Last file: {0} (files received: {1})</source>
        <translation>Último ficheiro: {0} (ficheiros recebidos: {1})</translation>
    </message>
    <message>
        <source>No plan bundle from this participant yet</source>
        <translation>Ainda não há ficheiro de plano deste participante</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
    <message>
        <source>Members whose plan bundle came in</source>
        <translation>Membros cujo ficheiro de plano chegou</translation>
    </message>
    <message>
        <source>The file is damaged: part of it cannot be read.</source>
        <translation>O ficheiro está danificado: uma parte não pode ser lida.</translation>
    </message>
    <message>
        <source>The file is inconsistent: it refers to records it does not hold.</source>
        <translation>O ficheiro é incoerente: refere registos que não contém.</translation>
    </message>
    <message>
        <source>The file&apos;s records do not fit this workshop.</source>
        <translation>Os registos do ficheiro não correspondem a esta oficina.</translation>
    </message>
    <message>
        <source>This workshop cannot be written to a file.</source>
        <translation>Esta oficina não pode ser gravada num ficheiro.</translation>
    </message>
    <message>
        <source>The file was changed or damaged after it was made (its checksum does not match).</source>
        <translation>O ficheiro foi alterado ou danificado depois de criado (a soma de verificação não corresponde).</translation>
    </message>
    <message>
        <source>The file is damaged: it cannot be unpacked.</source>
        <translation>O ficheiro está danificado: não é possível descompactá-lo.</translation>
    </message>
    <message>
        <source>The file holds the same part twice.</source>
        <translation>O ficheiro contém a mesma parte duas vezes.</translation>
    </message>
    <message>
        <source>The file lists the same record twice.</source>
        <translation>O ficheiro inclui o mesmo registo duas vezes.</translation>
    </message>
    <message>
        <source>The file is protected with a password; PCSC Workshop files never are.</source>
        <translation>O ficheiro está protegido por palavra-passe; os ficheiros do PCSC Workshop nunca estão.</translation>
    </message>
    <message>
        <source>The file tries to change records that belong to someone else.</source>
        <translation>O ficheiro tenta alterar registos que pertencem a outra pessoa.</translation>
    </message>
    <message>
        <source>The file holds a value that is not allowed.</source>
        <translation>O ficheiro contém um valor não permitido.</translation>
    </message>
    <message>
        <source>The file was made by a newer PCSC Workshop: update the app to open it.</source>
        <translation>O ficheiro foi criado por uma versão mais recente do PCSC Workshop: atualize a aplicação para o abrir.</translation>
    </message>
    <message>
        <source>This is not a PCSC Workshop file (no manifest).</source>
        <translation>Não é um ficheiro do PCSC Workshop (sem manifesto).</translation>
    </message>
    <message>
        <source>The file is incomplete: its content is missing.</source>
        <translation>O ficheiro está incompleto: falta o seu conteúdo.</translation>
    </message>
    <message>
        <source>This is a participant&apos;s plan bundle, not a workshop pack: collect it on the facilitator&apos;s laptop.</source>
        <translation>É o pacote de plano de um participante, não um pacote da oficina: recolha-o no portátil de quem facilita.</translation>
    </message>
    <message>
        <source>This is not a PCSC Workshop file.</source>
        <translation>Não é um ficheiro do PCSC Workshop.</translation>
    </message>
    <message>
        <source>The file belongs to a workshop that is not on this computer.</source>
        <translation>O ficheiro pertence a uma oficina que não está neste computador.</translation>
    </message>
    <message>
        <source>The file comes from a participant whose data was deleted on this computer for privacy; nothing in it was imported. To take them back, add them again and give them a new workshop pack.</source>
        <translation>O ficheiro provém de um participante cujos dados foram eliminados neste computador por privacidade; nada foi importado. Para o voltar a incluir, adicione-o de novo e entregue-lhe um novo pacote da oficina.</translation>
    </message>
    <message>
        <source>The file is too large to be a PCSC Workshop file.</source>
        <translation>O ficheiro é demasiado grande para ser um ficheiro do PCSC Workshop.</translation>
    </message>
    <message>
        <source>The file holds too many parts to be a PCSC Workshop file.</source>
        <translation>O ficheiro contém demasiadas partes para ser um ficheiro do PCSC Workshop.</translation>
    </message>
    <message>
        <source>The file has a format this app does not know.</source>
        <translation>O ficheiro tem um formato que esta aplicação não conhece.</translation>
    </message>
    <message>
        <source>The file comes from a participant who is not registered in this workshop on this computer.</source>
        <translation>O ficheiro vem de um participante que não está inscrito nesta oficina neste computador.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Não é possível ler o ficheiro.</translation>
    </message>
    <message>
        <source>The file tries to write outside its own folder; it was not opened.</source>
        <translation>O ficheiro tenta escrever fora da sua própria pasta; não foi aberto.</translation>
    </message>
    <message>
        <source>The file is packed in a way PCSC Workshop files never are.</source>
        <translation>O ficheiro está compactado de uma forma que os ficheiros do PCSC Workshop nunca usam.</translation>
    </message>
    <message>
        <source>The file would unpack to an unreasonable size; it was not opened.</source>
        <translation>O ficheiro descompactar-se-ia para um tamanho desmesurado; não foi aberto.</translation>
    </message>
    <message>
        <source>The file is not signed, so nobody can tell which laptop it came from (it may come from an older PCSC Workshop: ask for it again from an updated app).</source>
        <translation>O ficheiro não está assinado, por isso ninguém sabe de que portátil veio (pode vir de um PCSC Workshop antigo: peça-o de novo a partir de uma aplicação atualizada).</translation>
    </message>
    <message>
        <source>The file&apos;s signature does not match: it was changed after it was made.</source>
        <translation>A assinatura do ficheiro não corresponde: foi alterado depois de criado.</translation>
    </message>
    <message>
        <source>This computer&apos;s signing key cannot be read or made.</source>
        <translation>Não é possível ler nem criar a chave de assinatura deste computador.</translation>
    </message>
    <message>
        <source>This is a workshop pack, not a plan bundle: packs are never taken where plans are collected.</source>
        <translation>Isto é um pacote da oficina, não um pacote de plano: os pacotes da oficina nunca são aceites onde se recolhem os planos.</translation>
    </message>
    <message>
        <source>This is a workshop pack for a workshop made on this computer: only participants&apos; plan bundles come back to it.</source>
        <translation>Isto é um pacote da oficina de uma oficina criada neste computador: só os pacotes de plano dos participantes voltam a ela.</translation>
    </message>
    <message>
        <source>This workshop pack is signed by another laptop than your facilitator&apos;s earlier packs.</source>
        <translation>Este pacote da oficina está assinado por um portátil diferente do dos pacotes anteriores do seu facilitador.</translation>
    </message>
    <message>
        <source>This is a plan bundle: it goes to the facilitator&apos;s laptop, not to a participant&apos;s.</source>
        <translation>Isto é um pacote de plano: vai para o portátil do facilitador, não para o de um participante.</translation>
    </message>
    <message>
        <source>The file uses a zip feature PCSC Workshop files never use.</source>
        <translation>O ficheiro usa uma funcionalidade zip que os ficheiros do PCSC Workshop nunca usam.</translation>
    </message>
    <message>
        <source>The file holds something this app does not understand.</source>
        <translation>O ficheiro contém algo que esta aplicação não compreende.</translation>
    </message>
    <message>
        <source>Kept aside: this plan comes from a laptop not seen before for this participant. Accept it as their new laptop, or discard it.</source>
        <translation>Posto de lado: este plano vem de um portátil nunca visto para este participante. Aceite-o como o seu novo portátil ou descarte-o.</translation>
    </message>
    <message>
        <source>Kept aside: this plan comes from the laptop of another participant. Accept it if they share a laptop, or discard it.</source>
        <translation>Posto de lado: este plano vem do portátil de outro participante. Aceite-o se partilham um portátil, ou descarte-o.</translation>
    </message>
    <message>
        <source>The database was busy for too long; the file will be tried again.</source>
        <translation>A base de dados esteve ocupada demasiado tempo; o ficheiro será tentado de novo.</translation>
    </message>
    <message>
        <source>The disk holding the database is full.</source>
        <translation>O disco da base de dados está cheio.</translation>
    </message>
    <message>
        <source>The disk holding the database could not be read or written.</source>
        <translation>Não foi possível ler ou escrever o disco da base de dados.</translation>
    </message>
    <message>
        <source>The database cannot be written.</source>
        <translation>Não é possível escrever na base de dados.</translation>
    </message>
    <message>
        <source>The database itself is damaged.</source>
        <translation>A própria base de dados está danificada.</translation>
    </message>
    <message>
        <source>This computer does not allow writing or reading there: {0}</source>
        <translation>Este computador não permite escrever nem ler nesse local: {0}</translation>
    </message>
    <message>
        <source>The file or folder is not there any more: {0}</source>
        <translation>O ficheiro ou a pasta já não existe: {0}</translation>
    </message>
    <message>
        <source>The disk said: {0}</source>
        <translation>O disco indicou: {0}</translation>
    </message>
    <message>
        <source>Something went wrong: {0}</source>
        <translation>Ocorreu um erro: {0}</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>Create workshop pack…</source>
        <translation>Criar um pacote da oficina…</translation>
    </message>
    <message>
        <source>Create a pack for each participant…</source>
        <translation>Criar um pacote para cada participante…</translation>
    </message>
    <message>
        <source>Open workshop pack…</source>
        <translation>Abrir um pacote da oficina…</translation>
    </message>
    <message>
        <source>Send my plan to the facilitator…</source>
        <translation>Enviar o meu plano ao facilitador…</translation>
    </message>
    <message>
        <source>Collect plans…</source>
        <translation>Recolher os planos…</translation>
    </message>
    <message>
        <source>Watch a drop folder…</source>
        <translation>Vigiar uma pasta de entrega…</translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation>Conflitos…</translation>
    </message>
    <message>
        <source>Plans from new laptops…</source>
        <translation>Planos de portáteis novos…</translation>
    </message>
    <message>
        <source>Collected plans…</source>
        <translation>Planos recolhidos…</translation>
    </message>
    <message>
        <source>File not opened</source>
        <translation>Ficheiro não aberto</translation>
    </message>
    <message>
        <source>{0} could not be opened. Nothing was changed.</source>
        <translation>Não foi possível abrir {0}. Nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>ExerciseTimer</name>
    <message>
        <source>Time left</source>
        <translation>Tempo restante</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Length of the session in minutes</source>
        <translation>Duração da sessão em minutos</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Repor</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Ecrã inteir&amp;o</translation>
    </message>
    <message>
        <source>Show the clock alone on the whole screen (F11); Esc leaves full screen</source>
        <translation>Mostrar só o relógio em todo o ecrã (F11); Esc sai do ecrã inteiro</translation>
    </message>
    <message>
        <source>Time is up – over by {0}</source>
        <translation>O tempo acabou – excedido em {0}</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>O tempo terminou</translation>
    </message>
    <message numerus="yes">
        <source>Last %n minute(s) – start wrapping up</source>
        <translation>
            <numerusform>Último minuto – comece a concluir</numerusform>
            <numerusform>Últimos %n minutos – comece a concluir</numerusform>
        </translation>
    </message>
    <message>
        <source>Last {0} minutes – start wrapping up</source>
        <translation type="vanished">Últimos {0} minutos – comece a concluir</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Em curso</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Em pausa</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Anonymised copies (no names or e-mails)</source>
        <translation>Cópias anonimizadas (sem nomes nem endereços de correio eletrónico)</translation>
    </message>
    <message>
        <source>Plans, report, dossiers and CSV without personal names or e-mail addresses</source>
        <translation>Planos, relatório, dossiês e CSV sem nomes de pessoas nem endereços de correio eletrónico</translation>
    </message>
    <message>
        <source>…and hide one-person delegations</source>
        <translation>…e ocultar as delegações de uma só pessoa</translation>
    </message>
    <message>
        <source>In anonymised plans and CSV, a delegation of one person is shown as “Delegation N”: its city would name the person</source>
        <translation>Nos planos e no CSV anonimizados, uma delegação de uma só pessoa aparece como «Delegação N»: a sua cidade bastaria para a identificar</translation>
    </message>
    <message>
        <source>Also an editable Word copy (.docx)</source>
        <translation>Também uma cópia Word editável (.docx)</translation>
    </message>
    <message>
        <source>Plans, report and dossiers also as .docx files next to the PDFs</source>
        <translation>Planos, relatório e dossiês também como ficheiros .docx junto aos PDF</translation>
    </message>
    <message>
        <source>All action plans…</source>
        <translation>Todos os planos de ação…</translation>
    </message>
    <message>
        <source>Workshop report…</source>
        <translation>Relatório da oficina…</translation>
    </message>
    <message>
        <source>Delegation dossiers…</source>
        <translation>Dossiês das delegações…</translation>
    </message>
    <message>
        <source>Certificates…</source>
        <translation>Certificados…</translation>
    </message>
    <message>
        <source>Agenda…</source>
        <translation>Programa…</translation>
    </message>
    <message>
        <source>Facilitator&apos;s run sheet (agenda with notes)…</source>
        <translation>Guião do facilitador (programa com notas)…</translation>
    </message>
    <message>
        <source>Next steps and support (CSV)…</source>
        <translation>Próximos passos e apoio (CSV)…</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Idioma dos documentos</translation>
    </message>
    <message>
        <source>Each participant&apos;s own, else the workshop&apos;s</source>
        <translation>A de cada participante; caso contrário, a do workshop</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamanho do papel</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EUA)</translation>
    </message>
    <message>
        <source>Folder for the action plans</source>
        <translation>Pasta para os planos de ação</translation>
    </message>
    <message>
        <source>Workshop report.pdf</source>
        <translation>Relatório da oficina.pdf</translation>
    </message>
    <message>
        <source>Save the workshop report</source>
        <translation>Guardar o relatório da oficina</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ficheiros PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the delegation dossiers</source>
        <translation>Pasta para os dossiês das delegações</translation>
    </message>
    <message>
        <source>Folder for the certificates</source>
        <translation>Pasta para os certificados</translation>
    </message>
    <message>
        <source>Save the agenda</source>
        <translation>Guardar o programa</translation>
    </message>
    <message>
        <source>Agenda.pdf</source>
        <translation>Programa.pdf</translation>
    </message>
    <message>
        <source>Save the run sheet</source>
        <translation>Guardar o guião</translation>
    </message>
    <message>
        <source>Run sheet.pdf</source>
        <translation>Guião.pdf</translation>
    </message>
    <message>
        <source>Save next steps and support</source>
        <translation>Guardar os próximos passos e o apoio</translation>
    </message>
    <message>
        <source>Next steps and support.csv</source>
        <translation>Próximos passos e apoio.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Ficheiros CSV (*.csv)</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Some characters could not be printed</source>
        <translation>Alguns caracteres não puderam ser impressos</translation>
    </message>
    <message>
        <source>No bundled font has these characters; they show as boxes:</source>
        <translation>Nenhum tipo de letra incluído tem estes caracteres; aparecem como quadrados:</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>A exportação falhou</translation>
    </message>
    <message>
        <source>Cancelled: {0} {1} written before you stopped</source>
        <translation>Cancelado: {0} {1} escritos antes da interrupção</translation>
    </message>
    <message>
        <source>{0} {1} written to {2}</source>
        <translation>{0} {1} guardado(s) em {2}</translation>
    </message>
    <message>
        <source>Writing the action plans…</source>
        <translation>A escrever os planos de ação…</translation>
    </message>
    <message>
        <source>plan PDF(s)</source>
        <translation>plano(s) em PDF</translation>
    </message>
    <message>
        <source>Writing the workshop report…</source>
        <translation>A escrever o relatório da oficina…</translation>
    </message>
    <message>
        <source>Report saved: {0}</source>
        <translation>Relatório guardado: {0}</translation>
    </message>
    <message>
        <source>Writing the delegation dossiers…</source>
        <translation>A escrever os dossiês das delegações…</translation>
    </message>
    <message>
        <source>dossier(s)</source>
        <translation>dossiê(s)</translation>
    </message>
    <message>
        <source>Writing the agenda…</source>
        <translation>A escrever o programa…</translation>
    </message>
    <message>
        <source>Agenda saved: {0}</source>
        <translation>Programa guardado: {0}</translation>
    </message>
    <message>
        <source>Writing the certificates…</source>
        <translation>A escrever os certificados…</translation>
    </message>
    <message>
        <source>certificate(s)</source>
        <translation>certificado(s)</translation>
    </message>
    <message>
        <source>Writing the CSV…</source>
        <translation>A escrever o CSV…</translation>
    </message>
    <message>
        <source>CSV saved: {0}</source>
        <translation>CSV guardado: {0}</translation>
    </message>
</context>
<context>
    <name>FacilitatorActions</name>
    <message>
        <source>Create workshop pack</source>
        <translation>Criar um pacote da oficina</translation>
    </message>
    <message>
        <source>Workshop packs (*.pcsc)</source>
        <translation>Pacotes da oficina (*.pcsc)</translation>
    </message>
    <message>
        <source>Workshop pack created</source>
        <translation>Pacote da oficina criado</translation>
    </message>
    <message>
        <source>The workshop pack was saved as:
{0}</source>
        <translation>O pacote da oficina foi guardado como:
{0}</translation>
    </message>
    <message>
        <source>It holds the workshop details, {0} agenda sessions, {1} delegations, {2} participants, local content and the plans so far ({3} records). E-mail addresses stayed on this computer.

Copy it to a USB stick or shared folder; participants open it with File → Open workshop pack.</source>
        <translation type="vanished">Contém os dados da oficina, {0} sessões do programa, {1} delegações, {2} participantes, o conteúdo local e os planos existentes ({3} registos). Os endereços de correio eletrónico ficaram neste computador.

Copie-o para uma pen USB ou para uma pasta partilhada; os participantes abrem-no com Ficheiro → Abrir um pacote da oficina.</translation>
    </message>
    <message>
        <source>It holds the workshop details, {0} agenda sessions, {1} delegations, the names of {2} participants and local content ({3} records). E-mail addresses, plans and self-assessments stayed on this computer.

Copy it to a USB stick or shared folder; participants open it with File → Open workshop pack.</source>
        <translation>Contém os dados da oficina, {0} sessões do programa, {1} delegações, os nomes de {2} participantes e o conteúdo local ({3} registos). Os endereços de e-mail, os planos e as autoavaliações ficaram neste computador.

Copie-o para uma pen USB ou uma pasta partilhada; os participantes abrem-no com Ficheiro → Abrir um pacote da oficina.</translation>
    </message>
    <message>
        <source>Creating the workshop pack…</source>
        <translation>A criar o pacote da oficina…</translation>
    </message>
    <message>
        <source>Create a pack for each participant</source>
        <translation>Criar um pacote para cada participante</translation>
    </message>
    <message>
        <source>Workshop packs created</source>
        <translation>Pacotes da oficina criados</translation>
    </message>
    <message>
        <source>{0} packs, one per participant, were saved in:
{1}</source>
        <translation>Foram guardados {0} pacotes, um por participante, em:
{1}</translation>
    </message>
    <message>
        <source>Each holds the workshop, everyone&apos;s names, and that participant&apos;s own plan and self-assessment with their delegation&apos;s shared plan and assessment — nobody else&apos;s. Give each participant the file with their name.</source>
        <translation>Cada um contém a oficina, os nomes de todos e o plano e a autoavaliação desse participante com o plano e a avaliação partilhados da sua delegação — os de mais ninguém. Entregue a cada participante o ficheiro com o seu nome.</translation>
    </message>
    <message>
        <source>Creating the workshop packs…</source>
        <translation>A criar os pacotes da oficina…</translation>
    </message>
    <message>
        <source>Collect plans</source>
        <translation>Recolher os planos</translation>
    </message>
    <message>
        <source>Plan bundles (*.pcsc)</source>
        <translation>Ficheiros de plano (*.pcsc)</translation>
    </message>
    <message>
        <source>Importing plans…</source>
        <translation>A importar os planos…</translation>
    </message>
    <message>
        <source>Drop folder status</source>
        <translation>Estado da pasta de entrega</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Relatório</translation>
    </message>
    <message>
        <source>Show the drop folder&apos;s import report</source>
        <translation>Mostrar o relatório de importação da pasta de entrega</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>Parar de vigiar</translation>
    </message>
    <message>
        <source>Stop watching the drop folder</source>
        <translation>Parar de vigiar a pasta de entrega</translation>
    </message>
    <message>
        <source>Watch a drop folder (USB stick, shared or synced folder)</source>
        <translation>Vigiar uma pasta de entrega (pen USB, pasta partilhada ou sincronizada)</translation>
    </message>
    <message>
        <source>Watching {0} — import failed: {1}</source>
        <translation>A vigiar {0} — a importação falhou: {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n ficheiro importado</numerusform>
            <numerusform>%n ficheiros importados</numerusform>
        </translation>
    </message>
    <message>
        <source>1 file imported</source>
        <translation type="vanished">1 ficheiro importado</translation>
    </message>
    <message>
        <source>{0} files imported</source>
        <translation type="vanished">{0} ficheiros importados</translation>
    </message>
    <message>
        <source>Watching {0} — {1}, last at {2}</source>
        <translation>A vigiar {0} — {1}, o último às {2}</translation>
    </message>
    <message>
        <source>Watching {0} — {1}</source>
        <translation>A vigiar {0} — {1}</translation>
    </message>
    <message>
        <source> (refused: {0})</source>
        <translation> (recusados: {0})</translation>
    </message>
    <message>
        <source> (kept aside: {0})</source>
        <translation> (postos de lado: {0})</translation>
    </message>
    <message>
        <source> (to try again: {0})</source>
        <translation> (a tentar de novo: {0})</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Não foi concluído</translation>
    </message>
</context>
<context>
    <name>FieldResolver</name>
    <message>
        <source>{0}: mine</source>
        <translation>{0}: a minha</translation>
    </message>
    <message>
        <source>{0}: theirs</source>
        <translation>{0}: a deles</translation>
    </message>
    <message>
        <source>{0}: merged value</source>
        <translation>{0}: valor combinado</translation>
    </message>
    <message>
        <source>Take mine</source>
        <translation>Aceitar a minha</translation>
    </message>
    <message>
        <source>{0}: take mine</source>
        <translation>{0}: aceitar a minha</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Aceitar a deles</translation>
    </message>
    <message>
        <source>{0}: take theirs</source>
        <translation>{0}: aceitar a deles</translation>
    </message>
</context>
<context>
    <name>HeldDialog</name>
    <message>
        <source>Plans from new laptops</source>
        <translation>Planos de portáteis novos</translation>
    </message>
    <message>
        <source>These plan bundles came from a laptop not seen before for their participant, so they were kept aside and changed nothing. Ask the participant whether the laptop is theirs (the laptop key shown when they sent their plan must match), then accept it as their new laptop or discard it.</source>
        <translation>Estes pacotes de plano vêm de um portátil nunca visto para o seu participante, por isso foram postos de lado e não alteraram nada. Pergunte ao participante se o portátil é seu (a chave mostrada quando enviou o plano tem de corresponder) e depois aceite-o como o seu novo portátil ou descarte-o.</translation>
    </message>
    <message>
        <source>Plan bundles kept aside</source>
        <translation>Pacotes de plano postos de lado</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Why kept aside</source>
        <translation>Porque foi posto de lado</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Ficheiros</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Laptop key</source>
        <translation>Chave do portátil</translation>
    </message>
    <message>
        <source>Accept as their new laptop</source>
        <translation>Aceitar como o seu novo portátil</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>From the laptop that sends {0}’s plans</source>
        <translation>Do portátil que envia os planos de {0}</translation>
    </message>
    <message>
        <source>From a laptop not seen before for them</source>
        <translation>De um portátil nunca visto para esta pessoa</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Não foi concluído</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>Relatório de importação</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Resumo da importação</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Ficheiros importados</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ficheiro</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Pormenores</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Came in</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>new records: {0}, updated: {1}</source>
        <translation>registos novos: {0}, atualizados: {1}</translation>
    </message>
    <message>
        <source>conflicts to resolve: {0}</source>
        <translation>conflitos por resolver: {0}</translation>
    </message>
    <message>
        <source>plan revision {0}</source>
        <translation>revisão do plano {0}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the details of one file</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Kept aside</source>
        <translation>Posto de lado</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Já existia</translation>
    </message>
    <message>
        <source>This file was imported before.</source>
        <translation>Este ficheiro já tinha sido importado.</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Recusado</translation>
    </message>
    <message>
        <source>Files — came in: {0}, already there: {1}, refused: {2}.</source>
        <translation>Ficheiros — importados: {0}, já existiam: {1}, recusados: {2}.</translation>
    </message>
    <message>
        <source>Records — new: {0}, updated: {1}, in conflict: {2}.</source>
        <translation>Registos — novos: {0}, atualizados: {1}, em conflito: {2}.</translation>
    </message>
    <message>
        <source>Resolve the conflicts with File → Conflicts…</source>
        <translation>Resolva os conflitos com Ficheiro → Conflitos…</translation>
    </message>
    <message>
        <source>Plans kept aside (from a laptop not seen before for their participant): {0}. Decide with File → Plans from new laptops…</source>
        <translation>Planos postos de lado (de um portátil nunca visto para o seu participante): {0}. Decida com Ficheiro → Planos de portáteis novos…</translation>
    </message>
    <message>
        <source>Refused files changed nothing in your data.</source>
        <translation>Os ficheiros recusados não alteraram os seus dados.</translation>
    </message>
    <message>
        <source>Stopped before the end: the remaining files were not read.</source>
        <translation>Interrompido antes do fim: os ficheiros restantes não foram lidos.</translation>
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
        <source>Urban context</source>
        <translation>Contexto urbano</translation>
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
        <source>UN-Habitat guidelines</source>
        <translation>Diretrizes da ONU-Habitat</translation>
    </message>
    <message>
        <source>Characteristic of the guidelines</source>
        <translation>Característica das diretrizes</translation>
    </message>
    <message>
        <source>JICA framework</source>
        <translation>Quadro da JICA</translation>
    </message>
    <message>
        <source>City characteristic</source>
        <translation>Característica da cidade</translation>
    </message>
    <message>
        <source>City scope</source>
        <translation>Âmbito da cidade</translation>
    </message>
    <message>
        <source>City type</source>
        <translation>Tipo de cidade</translation>
    </message>
    <message>
        <source>Scaling approach</source>
        <translation>Abordagem de aumento de escala</translation>
    </message>
    <message>
        <source>Process figure</source>
        <translation>Número do processo</translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>Factos essenciais</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Ficha de trabalho</translation>
    </message>
    <message>
        <source>Maturity rubric (ours)</source>
        <translation>Grelha de maturidade (nossa)</translation>
    </message>
    <message>
        <source>Assessment support</source>
        <translation>Apoio à avaliação</translation>
    </message>
    <message>
        <source>Policy support</source>
        <translation>Apoio às políticas</translation>
    </message>
    <message>
        <source>Organisation support</source>
        <translation>Apoio à organização</translation>
    </message>
    <message>
        <source>System support</source>
        <translation>Apoio ao sistema</translation>
    </message>
    <message>
        <source>Technology support</source>
        <translation>Apoio tecnológico</translation>
    </message>
    <message>
        <source>Operation support</source>
        <translation>Apoio à operação</translation>
    </message>
    <message>
        <source>country level</source>
        <translation>nível do país</translation>
    </message>
    <message>
        <source>city level</source>
        <translation>nível da cidade</translation>
    </message>
    <message>
        <source>country and city level</source>
        <translation>níveis do país e da cidade</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
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
        <source>Not yet translated, shown in English: {0}</source>
        <translation>Ainda não traduzido, apresentado em inglês: {0}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fontes</translation>
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
        <translation type="vanished">As diretrizes estabelecem {0} princípios para este pilar.</translation>
    </message>
    <message>
        <source>The guidelines give {0} actions for this actor.</source>
        <translation type="vanished">As diretrizes propõem {0} ações para este ator.</translation>
    </message>
    <message numerus="yes">
        <source>The guidelines give %n principle(s) for this pillar.</source>
        <translation>
            <numerusform>As diretrizes estabelecem %n princípio para este pilar.</numerusform>
            <numerusform>As diretrizes estabelecem %n princípios para este pilar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The guidelines give %n action(s) for this actor.</source>
        <translation>
            <numerusform>As diretrizes propõem %n ação para este ator.</numerusform>
            <numerusform>As diretrizes propõem %n ações para este ator.</numerusform>
        </translation>
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
        <source>How to check: {0}</source>
        <translation>Como verificar: {0}</translation>
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
    <message>
        <source>Activities</source>
        <translation>Atividades</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Maturity levels</source>
        <translation>Níveis de maturidade</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>About the name</source>
        <translation>Sobre o nome</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessões</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Aplica-se a</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Legally binding</source>
        <translation>Juridicamente vinculativo</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dias</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Orientações</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicação</translation>
    </message>
    <message>
        <source>About the full text</source>
        <translation>Sobre o texto completo</translation>
    </message>
    <message>
        <source>Grows by</source>
        <translation>Cresce por meio de</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Pontos-chave</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Rótulo</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Liderado por</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letra</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandato</translation>
    </message>
    <message>
        <source>Member states</source>
        <translation>Estados-membros</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opções</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>Guias práticos</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Qualificador</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendações</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolução</translation>
    </message>
    <message>
        <source>About the levels</source>
        <translation>Sobre os níveis</translation>
    </message>
    <message>
        <source>Starts with</source>
        <translation>Começa com</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Enunciado</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Porquê</translation>
    </message>
    <message>
        <source>Learning objectives</source>
        <translation>Objetivos de aprendizagem</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Duração (minutos)</translation>
    </message>
    <message>
        <source>Facilitator&apos;s notes (our advice)</source>
        <translation>Notas para o facilitador (os nossos conselhos)</translation>
    </message>
    <message>
        <source>Discussion prompts</source>
        <translation>Questões para debate</translation>
    </message>
    <message>
        <source>Our advice (not from the source)</source>
        <translation>Os nossos conselhos (não provêm da fonte)</translation>
    </message>
    <message>
        <source>In the draft of 22 May 2023</source>
        <translation>No projeto de 22 de maio de 2023</translation>
    </message>
    <message>
        <source>Wholly a bracketed proposal in the draft</source>
        <translation>Inteiramente uma proposta entre parênteses retos no projeto</translation>
    </message>
    <message>
        <source>How the source presents it</source>
        <translation>Como a fonte o apresenta</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Pontos</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidade</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instruções</translation>
    </message>
    <message>
        <source>What participants write</source>
        <translation>O que os participantes escrevem</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Passos</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiais</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Organização dos grupos</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Funções</translation>
    </message>
    <message>
        <source>Why each option is right or wrong</source>
        <translation>Porque é que cada opção está certa ou errada</translation>
    </message>
    <message>
        <source>How to score</source>
        <translation>Como pontuar</translation>
    </message>
    <message>
        <source>Kind of question</source>
        <translation>Tipo de pergunta</translation>
    </message>
    <message>
        <source>How to check each level</source>
        <translation>Como verificar cada nível</translation>
    </message>
    <message>
        <source>Day {0}</source>
        <translation>Dia {0}</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>See</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>Exposição</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercício</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Visita de campo</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferência</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Debate</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Scenario: apply a framework to a city</source>
        <translation>Cenário: aplicar um quadro a uma cidade</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Conceito</translation>
    </message>
    <message>
        <source>Recall of a fact</source>
        <translation>Recordação de um facto</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Answer found in</source>
        <translation>Resposta em</translation>
    </message>
    <message>
        <source>Written in {0}</source>
        <translation>Redigido em {0}</translation>
    </message>
</context>
<context>
    <name>JoinCardWindow</name>
    <message>
        <source>Join the room</source>
        <translation>Entrar na sala</translation>
    </message>
    <message>
        <source>QR code of the room&apos;s address</source>
        <translation>Código QR do endereço da sala</translation>
    </message>
    <message>
        <source>Room code: {0}</source>
        <translation>Código da sala: {0}</translation>
    </message>
</context>
<context>
    <name>LocalContentPage</name>
    <message>
        <source>Local case studies and statistics</source>
        <translation>Estudos de caso e estatísticas locais</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Novo</translation>
    </message>
    <message>
        <source>New local item</source>
        <translation>Novo elemento local</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>A&amp;presentar</translation>
    </message>
    <message>
        <source>Present the selected item</source>
        <translation>Apresentar o elemento selecionado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation>Estudo de caso</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Estatística</translation>
    </message>
    <message>
        <source>Language of the title and text</source>
        <translation>Língua do título e do texto</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>e.g. 41.5</source>
        <translation>p. ex. 41.5</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <source>e.g. % or households</source>
        <translation>p. ex. % ou agregados familiares</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <source>no year</source>
        <translation>sem ano</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Linked pillars and elements</source>
        <translation>Pilares e elementos associados</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the item</source>
        <translation>Guardar o elemento</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete the item</source>
        <translation>Eliminar o elemento</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Língua:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>&amp;Figure and unit:</source>
        <translation>&amp;Valor e unidade:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Ano:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>F&amp;onte:</translation>
    </message>
    <message>
        <source>&amp;Linked to:</source>
        <translation>Asso&amp;ciado a:</translation>
    </message>
    <message>
        <source>Add your own case studies and statistics. They are saved in this workshop, appear in the curriculum search and travel in workshop packs.</source>
        <translation>Acrescente os seus próprios estudos de caso e estatísticas. Ficam guardados nesta oficina, aparecem na pesquisa do currículo e seguem nos pacotes da oficina.</translation>
    </message>
    <message>
        <source>Element {0}: {1}</source>
        <translation>Elemento {0}: {1}</translation>
    </message>
    <message>
        <source>State&amp;ment:</source>
        <translation>Enunc&amp;iado:</translation>
    </message>
    <message>
        <source>Not written in {0} yet: type that version here, then save.</source>
        <translation>Ainda não redigido em {0}: escreva essa versão aqui e depois guarde.</translation>
    </message>
    <message>
        <source>Add local item</source>
        <translation>Adicionar um elemento local</translation>
    </message>
    <message>
        <source>Edit local item</source>
        <translation>Editar o elemento local</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Não guardado</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>source</source>
        <translation>fonte</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>figure, unit or links</source>
        <translation>valor, unidade ou ligações</translation>
    </message>
    <message>
        <source>Give the item a title.</source>
        <translation>Indique um título para o elemento.</translation>
    </message>
    <message>
        <source>The {0} is too long.</source>
        <translation>O campo «{0}» é demasiado longo.</translation>
    </message>
    <message>
        <source>The figure must be a number, like 41.5.</source>
        <translation>O valor deve ser um número, como 41.5.</translation>
    </message>
    <message>
        <source>This item was deleted meanwhile.</source>
        <translation>Este elemento foi eliminado entretanto.</translation>
    </message>
    <message>
        <source>Choose a workshop first.</source>
        <translation>Escolha primeiro uma oficina.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Não guardado: {0}</translation>
    </message>
    <message>
        <source>Delete local item</source>
        <translation>Eliminar o elemento local</translation>
    </message>
    <message>
        <source>Delete “{0}” from this workshop?</source>
        <translation>Eliminar «{0}» desta oficina?</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Eliminado.</translation>
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
        <source>&amp;Content language</source>
        <translation>Língua do &amp;conteúdo</translation>
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
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>A&amp;nular</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
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
        <source>&amp;Undo {0}</source>
        <translation>A&amp;nular: {0}</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Refazer: {0}</translation>
    </message>
    <message>
        <source>Could not undo: {0}</source>
        <translation>Não foi possível anular: {0}</translation>
    </message>
</context>
<context>
    <name>NamePickerDialog</name>
    <message>
        <source>Who are you?</source>
        <translation>Quem é?</translation>
    </message>
    <message>
        <source>Pick your name</source>
        <translation>Escolha o seu nome</translation>
    </message>
    <message>
        <source>Welcome to “{0}”.
Find your name in the list: your own action plan opens next.</source>
        <translation>Bem-vindo/a a «{0}».
Procure o seu nome na lista: em seguida abre-se o seu plano de ação.</translation>
    </message>
    <message>
        <source>Type part of your name or your city</source>
        <translation>Escreva parte do seu nome ou da sua cidade</translation>
    </message>
    <message>
        <source>Search names</source>
        <translation>Procurar nomes</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegação</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>No name matches. Ask the facilitator to add you.</source>
        <translation>Nenhum nome corresponde. Peça ao facilitador que o acrescente.</translation>
    </message>
    <message>
        <source>This is me</source>
        <translation>Sou eu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>NotesWindow</name>
    <message>
        <source>Speaker notes – {0}</source>
        <translation>Notas do orador – {0}</translation>
    </message>
    <message>
        <source>Speaker notes window</source>
        <translation>Janela das notas do orador</translation>
    </message>
    <message>
        <source>Current slide</source>
        <translation>Diapositivo atual</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Notas do orador</translation>
    </message>
    <message>
        <source>Slide number</source>
        <translation>Número do diapositivo</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Diapositivo seguinte</translation>
    </message>
    <message>
        <source>Next slide preview</source>
        <translation>Pré-visualização do diapositivo seguinte</translation>
    </message>
    <message>
        <source>→ / Space next · ← previous · Home / End · B blank · T timer · Esc end</source>
        <translation>→ / Espaço seguinte · ← anterior · Home / End · B ecrã em branco · T temporizador · Esc terminar</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Curriculum</source>
        <translation>Currículo</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Autoavaliação</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Planos de ação</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Painel de acompanhamento</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Apresentar</translation>
    </message>
    <message>
        <source>Local content</source>
        <translation>Conteúdo local</translation>
    </message>
    <message>
        <source>Knowledge checks</source>
        <translation>Testes de conhecimentos</translation>
    </message>
</context>
<context>
    <name>ParticipantActions</name>
    <message>
        <source>Plan sending status</source>
        <translation>Estado do envio do plano</translation>
    </message>
    <message>
        <source>Open workshop pack</source>
        <translation>Abrir um pacote da oficina</translation>
    </message>
    <message>
        <source>Workshop packs (*.pcsc)</source>
        <translation>Pacotes da oficina (*.pcsc)</translation>
    </message>
    <message>
        <source>Opening the workshop pack…</source>
        <translation>A abrir o pacote da oficina…</translation>
    </message>
    <message>
        <source>Workshop pack not opened</source>
        <translation>Pacote da oficina não aberto</translation>
    </message>
    <message>
        <source>This file could not be opened. Nothing was changed.</source>
        <translation>Não foi possível abrir este ficheiro. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Workshop pack from another laptop</source>
        <translation>Pacote da oficina de outro portátil</translation>
    </message>
    <message>
        <source>This workshop pack was not made on the laptop your facilitator&apos;s earlier packs came from. Nothing was changed.

Open it only if your facilitator told you they now use another laptop.</source>
        <translation>Este pacote da oficina não foi criado no portátil de onde vieram os pacotes anteriores do seu facilitador. Nada foi alterado.

Abra-o só se o seu facilitador lhe disse que agora usa outro portátil.</translation>
    </message>
    <message>
        <source>My facilitator changed laptops: open it</source>
        <translation>O meu facilitador mudou de portátil: abrir</translation>
    </message>
    <message>
        <source>Where should your plan go? (a USB stick or shared folder)</source>
        <translation>Onde guardar o seu plano? (pen USB ou pasta partilhada)</translation>
    </message>
    <message>
        <source>Plan sent</source>
        <translation>Plano enviado</translation>
    </message>
    <message>
        <source>Your plan (revision {0}) was saved as:
{1}

Hand this file to the facilitator, or leave it in the shared folder.</source>
        <translation>O seu plano (revisão {0}) foi guardado como:
{1}

Entregue este ficheiro ao facilitador ou deixe-o na pasta partilhada.</translation>
    </message>
    <message>
        <source>This laptop&apos;s key: {0}. If the facilitator asks whether a plan came from your laptop, this is what they compare.</source>
        <translation>Chave deste portátil: {0}. Se o facilitador perguntar se um plano veio do seu portátil, é isto que ele compara.</translation>
    </message>
    <message>
        <source>Saving your plan…</source>
        <translation>A guardar o seu plano…</translation>
    </message>
    <message>
        <source>Plan not sent yet</source>
        <translation>Plano ainda não enviado</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Last sent {0} (revision {1}) — changed since: {2}</source>
        <translation>Último envio {0} (revisão {1}) — alterado desde então: {2}</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Não foi concluído</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Edit participant</source>
        <translation>Editar o participante</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Adicionar participante</translation>
    </message>
    <message>
        <source>(no delegation)</source>
        <translation>(sem delegação)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>May be named in reports</source>
        <translation>Pode ser nomeado nos relatórios</translation>
    </message>
    <message>
        <source>Without consent, reports say “Participant 7”.</source>
        <translation>Sem consentimento, os relatórios indicam «Participant 7».</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organização:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Função:</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>&amp;Delegação:</translation>
    </message>
    <message>
        <source>(the workshop&apos;s language)</source>
        <translation>(o idioma do workshop)</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correio eletrónico:</translation>
    </message>
    <message>
        <source>Documents &amp;in:</source>
        <translation>Documentos no &amp;idioma:</translation>
    </message>
    <message>
        <source>Move participant</source>
        <translation>Mover o participante</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <source>Delegation / participant</source>
        <extracomment>backups found, after the last deletion, that still hold the deleted person (tests)</extracomment>
        <translation>Delegação / participante</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organização</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correio eletrónico</translation>
    </message>
    <message>
        <source>Named in reports</source>
        <translation>Nomeado nos relatórios</translation>
    </message>
    <message>
        <source>Delegations and participants</source>
        <translation>Delegações e participantes</translation>
    </message>
    <message>
        <source>Add de&amp;legation…</source>
        <translation>Adicionar de&amp;legação…</translation>
    </message>
    <message>
        <source>Add &amp;participant…</source>
        <translation>Adicionar &amp;participante…</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>Edi&amp;tar…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remover…</translation>
    </message>
    <message>
        <source>Import &amp;CSV…</source>
        <translation>Importar &amp;CSV…</translation>
    </message>
    <message>
        <source>CSV te&amp;mplate…</source>
        <translation>&amp;Modelo CSV…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>No delegation</source>
        <translation>Sem delegação</translation>
    </message>
    <message>
        <source>Delete this participant’s data…</source>
        <translation>Eliminar os dados deste participante…</translation>
    </message>
    <message>
        <source>Move participant</source>
        <translation>Mover o participante</translation>
    </message>
    <message>
        <source>Remove delegation</source>
        <translation>Remover a delegação</translation>
    </message>
    <message>
        <source>Remove the delegation {0}?</source>
        <translation>Remover a delegação {0}?</translation>
    </message>
    <message>
        <source>Delete this participant’s data</source>
        <translation>Eliminar os dados deste participante</translation>
    </message>
    <message>
        <source>Delete all data of {0}?</source>
        <translation>Eliminar todos os dados de {0}?</translation>
    </message>
    <message>
        <source>Their name, email, organisation and role, their action plan and their own assessment will be erased on this laptop and, after the next exchange, on the others. Items already pulled into the delegation plan stay. This cannot be undone.</source>
        <translation>O nome, o correio eletrónico, a organização e a função, o plano de ação e a avaliação própria desta pessoa serão apagados neste computador e, após a próxima troca, nos restantes. Os elementos já integrados no plano da delegação mantêm-se. Esta operação não pode ser anulada.</translation>
    </message>
    <message>
        <source>Delete data</source>
        <translation>Eliminar os dados</translation>
    </message>
    <message>
        <source>Older backups of this database, made before the deletion, still hold their data: {0}.</source>
        <translation>Cópias de segurança anteriores desta base de dados, feitas antes da eliminação, ainda contêm os seus dados: {0}.</translation>
    </message>
    <message>
        <source>They are next to the database file ({0}). Delete those backups too? A backup is also what would bring back other work lost by mistake.</source>
        <translation>Estão junto ao ficheiro da base de dados ({0}). Eliminar também essas cópias? Uma cópia de segurança é também o que permitiria recuperar trabalho perdido por engano.</translation>
    </message>
    <message>
        <source>Delete those backups</source>
        <translation>Eliminar essas cópias de segurança</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Mantê-las</translation>
    </message>
    <message>
        <source>Save a CSV template</source>
        <translation>Guardar um modelo CSV</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importar participantes</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Ficheiros CSV (*.csv *.txt)</translation>
    </message>
</context>
<context>
    <name>PlanCoach</name>
    <message>
        <source>Plan quality score</source>
        <translation>Pontuação de qualidade do plano</translation>
    </message>
    <message>
        <source>What would raise the score</source>
        <translation>O que melhoraria a pontuação</translation>
    </message>
    <message>
        <source>Plan quality</source>
        <translation>Qualidade do plano</translation>
    </message>
    <message>
        <source>What would raise it:</source>
        <translation>O que a melhoraria:</translation>
    </message>
    <message>
        <source>Local government</source>
        <translation>Governo local</translation>
    </message>
    <message>
        <source>National government</source>
        <translation>Governo nacional</translation>
    </message>
    <message>
        <source>Other stakeholders</source>
        <translation>Outras partes interessadas</translation>
    </message>
    <message>
        <source>Level of government</source>
        <translation>Nível de governo</translation>
    </message>
    <message>
        <source>Suggestions from the assessment</source>
        <translation>Sugestões resultantes da avaliação</translation>
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translation>A&amp;ceitar</translation>
    </message>
    <message>
        <source>Edit &amp;&amp; accept…</source>
        <translation>Editar &amp;&amp; aceitar…</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>From assessment to action</source>
        <translation>Da avaliação à ação</translation>
    </message>
    <message>
        <source>Members&apos; items</source>
        <translation>Elementos dos membros</translation>
    </message>
    <message>
        <source>&amp;Pull ticked items into the delegation plan</source>
        <translation>&amp;Integrar os elementos assinalados no plano da delegação</translation>
    </message>
    <message>
        <source>Accept a suggestion</source>
        <translation>Aceitar uma sugestão</translation>
    </message>
    <message>
        <source>Dismiss a suggestion</source>
        <translation>Descartar uma sugestão</translation>
    </message>
    <message>
        <source>Pull members&apos; items</source>
        <translation>Integrar os elementos dos membros</translation>
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
        <translation>(passos {0})</translation>
    </message>
    <message>
        <source>Nothing missing: a complete plan.</source>
        <translation>Nada em falta: o plano está completo.</translation>
    </message>
    <message>
        <source>JICA {0} {1} (level {2}) → {3}</source>
        <translation>JICA {0} {1} (nível {2}) → {3}</translation>
    </message>
    <message>
        <source>See the pillar&apos;s recommended actions.</source>
        <translation>Consulte as ações recomendadas para este pilar.</translation>
    </message>
    <message>
        <source>Case studies: {0}</source>
        <translation>Estudos de caso: {0}</translation>
    </message>
    <message>
        <source>No open suggestions. Score the delegation&apos;s assessment to get suggestions from its weakest elements.</source>
        <translation>Não há sugestões pendentes. Pontue a avaliação da delegação para obter sugestões baseadas nos seus elementos mais fracos.</translation>
    </message>
    <message>
        <source>{0} open, {1} accepted</source>
        <translation>{0} em aberto, {1} aceites</translation>
    </message>
    <message>
        <source>Edit the next step</source>
        <translation type="vanished">Editar o próximo passo</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation type="vanished">Ação:</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próximo passo</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Apoio</translation>
    </message>
    <message>
        <source> (from {0})</source>
        <translation> (de {0})</translation>
    </message>
    <message>
        <source>— in the delegation plan</source>
        <translation>— no plano da delegação</translation>
    </message>
    <message>
        <source>The members have no next steps or support requests yet.</source>
        <translation>Os membros ainda não têm próximos passos nem pedidos de apoio.</translation>
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
        <translation type="vanished">&amp;Exportar para PDF…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exportar para P&amp;DF…</translation>
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
        <source>Next step {0}</source>
        <translation>Próximo passo {0}</translation>
    </message>
    <message>
        <source>Desired future support</source>
        <translation>Apoio futuro pretendido</translation>
    </message>
    <message>
        <source>Support request {0}</source>
        <translation>Pedido de apoio {0}</translation>
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
        <translation>&amp;Anular</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Anular</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>&amp;Coaching</source>
        <translation>&amp;Orientação</translation>
    </message>
    <message>
        <source>Show or hide the coaching panel (plan quality, suggestions)</source>
        <translation>Mostrar ou ocultar o painel de orientação (qualidade do plano, sugestões)</translation>
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
        <source>Accept a suggestion</source>
        <translation>Aceitar uma sugestão</translation>
    </message>
    <message>
        <source>&amp;Coaching ({0} / 100)</source>
        <translation>&amp;Orientação ({0} / 100)</translation>
    </message>
    <message>
        <source>Edit plan</source>
        <translation>Editar o plano</translation>
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
    <message>
        <source>Typing</source>
        <translation>Escrita</translation>
    </message>
    <message>
        <source>Table edit</source>
        <translation>Edição da tabela</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
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
        <source>Hide the &amp;list</source>
        <translation>Ocultar a &amp;lista</translation>
    </message>
    <message>
        <source>Fold the list of plans away to give the plan the whole width</source>
        <translation>Recolher a lista de planos para dar ao plano toda a largura</translation>
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
        <source>Show the &amp;list</source>
        <translation>Mostrar a &amp;lista</translation>
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
    <name>PollResultsWindow</name>
    <message>
        <source>Live poll results</source>
        <translation>Resultados da sondagem em direto</translation>
    </message>
    <message>
        <source>Answers: {0}</source>
        <translation>Respostas: {0}</translation>
    </message>
</context>
<context>
    <name>PresentPage</name>
    <message>
        <source>Present a module full screen</source>
        <translation>Apresentar um módulo em ecrã inteiro</translation>
    </message>
    <message>
        <source>Choose what to present and press Present (or Enter). During the presentation: → / Space next, ← previous, Home / End, B blank screen, T start or pause the timer, N speaker notes, Esc end.</source>
        <translation>Escolha o que apresentar e prima Apresentar (ou Enter). Durante a apresentação: → / Espaço seguinte, ← anterior, Home / End, B ecrã em branco, T iniciar ou pausar o temporizador, N notas do orador, Esc terminar.</translation>
    </message>
    <message>
        <source>What to present</source>
        <translation>O que apresentar</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Timer length in minutes</source>
        <translation>Duração do temporizador em minutos</translation>
    </message>
    <message>
        <source>&amp;Timer:</source>
        <translation>&amp;Temporizador:</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>A&amp;presentar</translation>
    </message>
    <message>
        <source>Present full screen</source>
        <translation>Apresentar em ecrã inteiro</translation>
    </message>
    <message>
        <source>About the selection</source>
        <translation>Acerca da seleção</translation>
    </message>
    <message>
        <source>First slide preview</source>
        <translation>Pré-visualização do primeiro diapositivo</translation>
    </message>
    <message>
        <source>Curriculum modules</source>
        <translation>Módulos do currículo</translation>
    </message>
    <message>
        <source>Agenda sessions</source>
        <translation>Sessões do programa</translation>
    </message>
    <message>
        <source>Local content</source>
        <translation>Conteúdo local</translation>
    </message>
    <message>
        <source>Day {0}, {1} · {2} min · {3}</source>
        <translation>Dia {0}, {1} · {2} min · {3}</translation>
    </message>
    <message>
        <source>This item can no longer be found.</source>
        <translation>Este elemento já não foi encontrado.</translation>
    </message>
    <message numerus="yes">
        <source>{0} – %n slide(s)</source>
        <translation>
            <numerusform>{0} – %n diapositivo</numerusform>
            <numerusform>{0} – %n diapositivos</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} – {1} slides</source>
        <translation type="vanished">{0} – {1} diapositivos</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Session timer</source>
        <translation>Temporizador da sessão</translation>
    </message>
    <message>
        <source>{0} / {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <source>Slide {0} of {1}</source>
        <translation>Diapositivo {0} de {1}</translation>
    </message>
    <message>
        <source>No notes for this slide.</source>
        <translation>Não há notas para este diapositivo.</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Day {0} · {1} · {2} min</source>
        <translation>Dia {0} · {1} · {2} min</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Something went wrong</source>
        <translation>Ocorreu um erro</translation>
    </message>
    <message>
        <source>Nothing to present</source>
        <translation>Nada para apresentar</translation>
    </message>
    <message>
        <source>This item is not in the curriculum or the workshop&apos;s local content: {0}</source>
        <translation>Este elemento não está no currículo nem no conteúdo local da oficina: {0}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Língua</translation>
    </message>
    <message>
        <source>PCSC Workshop could not restart itself; please close and open it again.</source>
        <translation>A Oficina PCSC não conseguiu reiniciar; feche-a e abra-a novamente.</translation>
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
    <name>QuizPage</name>
    <message>
        <source>Knowledge checks</source>
        <translation>Testes de conhecimentos</translation>
    </message>
    <message>
        <source>&amp;Take a check</source>
        <translation>&amp;Fazer um teste</translation>
    </message>
    <message>
        <source>&amp;Learning gain</source>
        <translation>Pro&amp;gresso da aprendizagem</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Before or after the session</source>
        <translation>Antes ou depois da sessão</translation>
    </message>
    <message>
        <source>Before the session</source>
        <translation>Antes da sessão</translation>
    </message>
    <message>
        <source>After the session</source>
        <translation>Depois da sessão</translation>
    </message>
    <message>
        <source>&amp;Start the check</source>
        <translation>&amp;Iniciar o teste</translation>
    </message>
    <message>
        <source>Start the check</source>
        <translation>Iniciar o teste</translation>
    </message>
    <message>
        <source>&amp;Participant:</source>
        <translation>&amp;Participante:</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Módulo:</translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation>&amp;Quando:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Choose the participant, the module and whether this is before or after the session, then press &lt;b&gt;Start the check&lt;/b&gt;. The questions appear here; after submitting, each answer is shown with the right one and why.</source>
        <translation>Escolha o participante, o módulo e se é antes ou depois da sessão e prima &lt;b&gt;Iniciar o teste&lt;/b&gt;. As perguntas aparecem aqui; depois de submeter, cada resposta é apresentada com a correta e a respetiva explicação.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Perguntas</translation>
    </message>
    <message>
        <source>S&amp;ubmit answers</source>
        <translation>&amp;Submeter as respostas</translation>
    </message>
    <message>
        <source>Submit answers</source>
        <translation>Submeter as respostas</translation>
    </message>
    <message>
        <source>Score and right answers</source>
        <translation>Pontuação e respostas corretas</translation>
    </message>
    <message>
        <source>{0} questions · {1} · {2}</source>
        <translation type="vanished">{0} perguntas · {1} · {2}</translation>
    </message>
    <message>
        <source>Question {0}</source>
        <translation>Pergunta {0}</translation>
    </message>
    <message>
        <source>Unanswered questions</source>
        <translation>Perguntas sem resposta</translation>
    </message>
    <message>
        <source>{0} questions have no answer; they count as wrong. Submit anyway?</source>
        <translation type="vanished">{0} perguntas não têm resposta; contam como erradas. Submeter mesmo assim?</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) · {0} · {1}</source>
        <translation>
            <numerusform>%n pergunta · {0} · {1}</numerusform>
            <numerusform>%n perguntas · {0} · {1}</numerusform>
        </translation>
    </message>
    <message>
        <source>Question {0} (not yet translated, in English)</source>
        <translation>Pergunta {0} (ainda não traduzida, em inglês)</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) have no answer; they count as wrong. Submit anyway?</source>
        <translation>
            <numerusform>%n pergunta não tem resposta; conta como errada. Submeter mesmo assim?</numerusform>
            <numerusform>%n perguntas não têm resposta; contam como erradas. Submeter mesmo assim?</numerusform>
        </translation>
    </message>
    <message>
        <source>This participant is no longer in the workshop.</source>
        <translation>Este participante já não faz parte da oficina.</translation>
    </message>
    <message>
        <source>This module has no questions.</source>
        <translation>Este módulo não tem perguntas.</translation>
    </message>
    <message>
        <source>The answers were not saved</source>
        <translation>As respostas não foram guardadas</translation>
    </message>
    <message>
        <source>Score: {0} of {1} ({2})</source>
        <translation>Pontuação: {0} de {1} ({2})</translation>
    </message>
    <message>
        <source>The right answers are shown after the after-session check, so that it measures what was learnt (the facilitator can release them earlier).</source>
        <translation>As respostas certas são mostradas após o teste depois da sessão, para que este meça o que foi aprendido (o facilitador pode revelá-las antes).</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Correto</translation>
    </message>
    <message>
        <source>Not quite</source>
        <translation>Não exatamente</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(sem resposta)</translation>
    </message>
    <message>
        <source>Your answer: {0}</source>
        <translation>A sua resposta: {0}</translation>
    </message>
    <message>
        <source>Right answer: {0}</source>
        <translation>Resposta correta: {0}</translation>
    </message>
    <message>
        <source>(your answer)</source>
        <translation>(a sua resposta)</translation>
    </message>
    <message>
        <source>Why each option is right or wrong:</source>
        <translation>Porque é que cada opção está certa ou errada:</translation>
    </message>
    <message>
        <source>Participants with both</source>
        <translation>Participantes com ambos</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>Gain (points)</source>
        <translation>Progresso (pontos)</translation>
    </message>
    <message>
        <source>Learning gain by module</source>
        <translation>Progresso da aprendizagem por módulo</translation>
    </message>
    <message>
        <source>Learning gain by participant</source>
        <translation>Progresso da aprendizagem por participante</translation>
    </message>
    <message>
        <source>Scores are the share of right answers; the gain is after minus before, in percentage points, where both exist. A retake replaces the earlier attempt.</source>
        <translation>As pontuações são a proporção de respostas corretas; o progresso é o resultado depois menos o resultado antes, em pontos percentuais, quando ambos existem. Repetir o teste substitui a tentativa anterior.</translation>
    </message>
    <message>
        <source>&amp;Release the right answers now</source>
        <translation>&amp;Revelar já as respostas certas</translation>
    </message>
    <message>
        <source>Release the right answers</source>
        <translation>Revelar as respostas certas</translation>
    </message>
    <message>
        <source>Otherwise each participant sees them after their after-session check.</source>
        <translation>Caso contrário, cada participante vê-as após o seu teste depois da sessão.</translation>
    </message>
    <message>
        <source>By module</source>
        <translation>Por módulo</translation>
    </message>
    <message>
        <source>By participant</source>
        <translation>Por participante</translation>
    </message>
    <message>
        <source>(removed participant)</source>
        <translation>(participante removido)</translation>
    </message>
    <message>
        <source>Hold back the right answers</source>
        <translation>Ocultar as respostas certas</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Não alterado</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>Radar chart of the 21 elements</source>
        <translation>Gráfico radar dos 21 elementos</translation>
    </message>
    <message>
        <source>Chart legend</source>
        <translation>Legenda do gráfico</translation>
    </message>
    <message>
        <source>not scored (gap in the line)</source>
        <translation>sem pontuação (interrupção na linha)</translation>
    </message>
</context>
<context>
    <name>RoomActions</name>
    <message>
        <source>Open the room…</source>
        <translation>Abrir a sala…</translation>
    </message>
    <message>
        <source>Send my plan to the room…</source>
        <translation>Enviar o meu plano para a sala…</translation>
    </message>
    <message>
        <source>Looking for the room…</source>
        <translation>A procurar a sala…</translation>
    </message>
    <message>
        <source>Send my plan to the room</source>
        <translation>Enviar o meu plano para a sala</translation>
    </message>
    <message>
        <source>Rooms found on this network:</source>
        <translation>Salas encontradas nesta rede:</translation>
    </message>
    <message>
        <source>No room answered on this network. Type the address shown on the join card (for example http://192.168.1.10:8765/):</source>
        <translation>Nenhuma sala respondeu nesta rede. Escreva o endereço indicado no cartão de acesso (por exemplo http://192.168.1.10:8765/):</translation>
    </message>
    <message>
        <source>Room code (on the screen):</source>
        <translation>Código da sala (no ecrã):</translation>
    </message>
    <message>
        <source>Sending your plan…</source>
        <translation>A enviar o seu plano…</translation>
    </message>
    <message>
        <source>Choose who you are first: open the workshop pack and pick your name.</source>
        <translation>Indique primeiro quem é: abra o pacote do workshop e escolha o seu nome.</translation>
    </message>
    <message>
        <source>Your plan reached the room.</source>
        <translation>O seu plano chegou à sala.</translation>
    </message>
    <message>
        <source>Plan not sent</source>
        <translation>Plano não enviado</translation>
    </message>
    <message>
        <source>Your plan did not reach the room. Nothing was lost: it is still on this laptop.</source>
        <translation>O seu plano não chegou à sala. Nada se perdeu: continua neste portátil.</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>The room</source>
        <translation>A sala</translation>
    </message>
    <message>
        <source>Open the room</source>
        <translation>Abrir a sala</translation>
    </message>
    <message>
        <source>Close the room</source>
        <translation>Fechar a sala</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Escutar em:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Porta:</translation>
    </message>
    <message>
        <source>The room is closed. Open it to let browsers join.</source>
        <translation>A sala está fechada. Abra-a para que os navegadores possam entrar.</translation>
    </message>
    <message>
        <source>QR code of the room&apos;s address</source>
        <translation>Código QR do endereço da sala</translation>
    </message>
    <message>
        <source>Show join card full screen</source>
        <translation>Mostrar o cartão de acesso em ecrã inteiro</translation>
    </message>
    <message>
        <source>Save join card and personal codes (PDF)…</source>
        <translation>Guardar o cartão de acesso e os códigos pessoais (PDF)…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegação</translation>
    </message>
    <message>
        <source>Personal code</source>
        <translation>Código pessoal</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Entrou às</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Remove this device</source>
        <translation>Remover este dispositivo</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Escolha múltipla</translation>
    </message>
    <message>
        <source>Dot-voting</source>
        <translation>Votação por pontos</translation>
    </message>
    <message>
        <source>Word cloud</source>
        <translation>Nuvem de palavras</translation>
    </message>
    <message>
        <source>One option per line</source>
        <translation>Uma opção por linha</translation>
    </message>
    <message>
        <source>Ask the room</source>
        <translation>Perguntar à sala</translation>
    </message>
    <message>
        <source>Close the question</source>
        <translation>Fechar a pergunta</translation>
    </message>
    <message>
        <source>Show results full screen</source>
        <translation>Mostrar os resultados em ecrã inteiro</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Pergunta:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opções:</translation>
    </message>
    <message>
        <source>Picks per person (dot-voting):</source>
        <translation>Escolhas por pessoa (votação por pontos):</translation>
    </message>
    <message>
        <source>Personal codes</source>
        <translation>Códigos pessoais</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Live poll</source>
        <translation>Sondagem em direto</translation>
    </message>
    <message>
        <source>Choose or create a workshop first (Workshop page, or the workshop list at the top of the window): the room serves one workshop.</source>
        <translation>Escolha ou crie primeiro uma oficina (página Oficina, ou a lista de oficinas no topo da janela): a sala serve uma única oficina.</translation>
    </message>
    <message>
        <source>Opening the room…</source>
        <translation>A abrir a sala…</translation>
    </message>
    <message>
        <source>Room code: {0}</source>
        <translation>Código da sala: {0}</translation>
    </message>
    <message>
        <source>(Not announced on the network: {0})</source>
        <translation>(Não anunciada na rede: {0})</translation>
    </message>
    <message>
        <source>The room is open. Participants join at the address below with the room code and their personal code.</source>
        <translation>A sala está aberta. Os participantes entram no endereço abaixo com o código da sala e o seu código pessoal.</translation>
    </message>
    <message>
        <source>The room could not be opened: {0}</source>
        <translation>Não foi possível abrir a sala: {0}</translation>
    </message>
    <message>
        <source>Closing the room…</source>
        <translation>A fechar a sala…</translation>
    </message>
    <message>
        <source>The room stopped unexpectedly. Open it again to let browsers join; everything saved so far is kept.</source>
        <translation>A sala parou inesperadamente. Abra-a novamente para que os navegadores possam entrar; tudo o que foi guardado até agora é mantido.</translation>
    </message>
    <message>
        <source>Save join card</source>
        <translation>Guardar o cartão de acesso</translation>
    </message>
    <message>
        <source>join-card</source>
        <translation>cartao-acesso</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Join card saved: {0}</source>
        <translation>Cartão de acesso guardado: {0}</translation>
    </message>
    <message>
        <source>{0} — answers: {1}</source>
        <translation>{0} — respostas: {1}</translation>
    </message>
    <message>
        <source>Type the question first.</source>
        <translation>Escreva primeiro a pergunta.</translation>
    </message>
    <message>
        <source>Give at least two options, one per line.</source>
        <translation>Indique pelo menos duas opções, uma por linha.</translation>
    </message>
    <message>
        <source>Give at most 40 options.</source>
        <translation>Indique no máximo 40 opções.</translation>
    </message>
    <message>
        <source>Cannot ask this question</source>
        <translation>Não é possível fazer esta pergunta</translation>
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
        <translation>Selecione uma linha para ver todos os seus campos</translation>
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
    <name>ScreenChooser</name>
    <message>
        <source>{0} – {1} × {2}</source>
        <translation>{0} – {1} × {2}</translation>
    </message>
    <message>
        <source>{0} (this computer&apos;s main screen)</source>
        <translation>{0} (ecrã principal deste computador)</translation>
    </message>
    <message>
        <source>Present on which screen?</source>
        <translation>Apresentar em que ecrã?</translation>
    </message>
    <message>
        <source>Choose the screen for the slides</source>
        <translation>Escolha o ecrã para os diapositivos</translation>
    </message>
    <message>
        <source>The slides fill the screen you choose; the speaker notes, the next slide and the timer go on another screen.</source>
        <translation>Os diapositivos ocupam o ecrã escolhido; as notas do orador, o diapositivo seguinte e o temporizador aparecem noutro ecrã.</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>A&amp;presentar</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Edit session</source>
        <translation>Editar a sessão</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Adicionar sessão</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Curriculum links</source>
        <translation>Ligações ao currículo</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Dia:</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Começa às:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duração:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>Tít&amp;ulo:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>&amp;Links to the curriculum:</source>
        <translation>&amp;Ligações ao currículo:</translation>
    </message>
    <message>
        <source>Please give the session a title.</source>
        <translation>Indique um título para a sessão.</translation>
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
        <translation type="vanished">O idioma dos menus, botões e mensagens; utilizado após reiniciar</translation>
    </message>
    <message>
        <source>Takes effect when you restart PCSC Workshop.</source>
        <translation type="vanished">Entra em vigor quando reiniciar a Oficina PCSC.</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages; PCSC Workshop offers to restart at once</source>
        <translation>A língua dos menus, botões e mensagens; a Oficina PCSC propõe reiniciar de imediato</translation>
    </message>
    <message>
        <source>Needs a restart, which you can do at once.</source>
        <translation>Requer reiniciar, o que pode fazer de imediato.</translation>
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
        <source>PCSC Workshop must restart to show the new interface language. Your work is saved. Restart now?</source>
        <translation>A Oficina PCSC tem de reiniciar para apresentar a nova língua da interface. O seu trabalho está guardado. Reiniciar agora?</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Reiniciar agora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Mais tarde</translation>
    </message>
    <message>
        <source>The new language will be used the next time you start PCSC Workshop.</source>
        <translation type="vanished">O novo idioma será utilizado da próxima vez que iniciar a Oficina PCSC.</translation>
    </message>
</context>
<context>
    <name>SlideView</name>
    <message>
        <source>Slide</source>
        <translation>Diapositivo</translation>
    </message>
    <message>
        <source>Day {0}</source>
        <translation>Dia {0}</translation>
    </message>
    <message>
        <source>Before the session and again after it</source>
        <translation>Antes da sessão e novamente depois</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>Fonte: {0}</translation>
    </message>
    <message>
        <source>Who: {0}</source>
        <translation>Quem: {0}</translation>
    </message>
    <message>
        <source>{0} · {1} min</source>
        <translation>{0} · {1} min</translation>
    </message>
</context>
<context>
    <name>SlideWords</name>
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
        <source>Thematic pillar {0}</source>
        <translation>Pilar temático {0}</translation>
    </message>
    <message>
        <source>Enabling pillar {0}</source>
        <translation>Pilar facilitador {0}</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Maturity levels for the self-assessment</source>
        <translation>Níveis de maturidade para a autoavaliação</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Pontos-chave</translation>
    </message>
    <message>
        <source>Principles and actions</source>
        <translation>Princípios e ações</translation>
    </message>
    <message>
        <source>Agenda session</source>
        <translation>Sessão do programa</translation>
    </message>
    <message>
        <source>Examples from the guidelines</source>
        <translation>Exemplos das diretrizes</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Dados factuais</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation>Estudo de caso</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lições aprendidas</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>Questões para debate</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pergunta</translation>
    </message>
    <message>
        <source>Knowledge check</source>
        <translation>Teste de conhecimentos</translation>
    </message>
    <message>
        <source>Learning objectives</source>
        <translation>Objetivos de aprendizagem</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Ficha de trabalho</translation>
    </message>
    <message>
        <source>JICA stage</source>
        <translation>Etapa segundo a JICA</translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>Factos essenciais</translation>
    </message>
    <message>
        <source>City type</source>
        <translation>Tipo de cidade</translation>
    </message>
    <message>
        <source>Scaling approach</source>
        <translation>Abordagem de aumento de escala</translation>
    </message>
    <message>
        <source>JICA support</source>
        <translation>Apoio da JICA</translation>
    </message>
    <message>
        <source>Principle of the 2023 draft resolution</source>
        <translation>Princípio do projeto de resolução de 2023</translation>
    </message>
    <message>
        <source>Characteristic of the guidelines</source>
        <translation>Característica das diretrizes</translation>
    </message>
    <message>
        <source>City characteristic</source>
        <translation>Característica da cidade</translation>
    </message>
    <message>
        <source>City scope</source>
        <translation>Âmbito da cidade</translation>
    </message>
    <message>
        <source>Our maturity rubric</source>
        <translation>A nossa grelha de maturidade</translation>
    </message>
    <message>
        <source>{0} — principles: {1} · actions: {2}</source>
        <translation>{0} — princípios: {1} · ações: {2}</translation>
    </message>
    <message>
        <source>Together — principles: {0} · actions: {1}</source>
        <translation>No conjunto — princípios: {0} · ações: {1}</translation>
    </message>
    <message>
        <source>Example principle</source>
        <translation>Exemplo de princípio</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>Princípios</translation>
    </message>
    <message>
        <source>Example action – {0}</source>
        <translation>Exemplo de ação – {0}</translation>
    </message>
    <message>
        <source>Actions – {0}</source>
        <translation>Ações – {0}</translation>
    </message>
    <message>
        <source>Level {0}</source>
        <translation>Nível {0}</translation>
    </message>
    <message>
        <source>Starts with</source>
        <translation>Começa com</translation>
    </message>
    <message>
        <source>Grows by</source>
        <translation>Cresce através de</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Perguntas</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>Palestra</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercício</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Visita de campo</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferência</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Debate</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Intervalo</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n pergunta</numerusform>
            <numerusform>%n perguntas</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the objectives aloud; come back to them at the end of the session and ask who can now do each one.</source>
        <translation>Leia os objetivos em voz alta; volte a eles no fim da sessão e pergunte quem já consegue cumprir cada um.</translation>
    </message>
    <message>
        <source>Facilitator&apos;s notes – our advice, not from the sources</source>
        <translation>Notas para o facilitador – os nossos conselhos, não os das fontes</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation type="vanished">1 pergunta</translation>
    </message>
    <message>
        <source>{0} questions</source>
        <translation type="vanished">{0} perguntas</translation>
    </message>
    <message>
        <source>The curriculum gives the counts and one example of each; the full wording is in the guidelines (add it as local content).</source>
        <translation>O currículo indica as quantidades e um exemplo de cada; o texto completo está nas diretrizes (acrescente-o como conteúdo local).</translation>
    </message>
    <message>
        <source>These are single examples, paraphrased – not the official wording. Ask which actor in the room would own each action.</source>
        <translation>São exemplos isolados e parafraseados – não o texto oficial. Pergunte que ator presente na sala seria responsável por cada ação.</translation>
    </message>
    <message>
        <source>Ask the room: is this true for your city? What would the figure be at home?</source>
        <translation>Pergunte à sala: isto aplica-se à sua cidade? Qual seria o valor no seu país?</translation>
    </message>
    <message>
        <source>Ask what made it work, and what would be different at home.</source>
        <translation>Pergunte o que fez com que funcionasse e o que seria diferente no seu país.</translation>
    </message>
    <message>
        <source>Ask each delegation to pick one lesson for its action plan.</source>
        <translation>Peça a cada delegação que escolha uma lição para o seu plano de ação.</translation>
    </message>
    <message>
        <source>Give tables a few minutes per question, then take one answer from each table.</source>
        <translation>Dê às mesas alguns minutos por pergunta e depois recolha uma resposta de cada mesa.</translation>
    </message>
    <message>
        <source>Let people answer first; the right answer is below.</source>
        <translation>Deixe as pessoas responderem primeiro; a resposta correta está abaixo.</translation>
    </message>
    <message>
        <source>Participants take the check on the Knowledge checks page – before the session and again after it.</source>
        <translation>Os participantes fazem o teste na página Testes de conhecimentos – antes da sessão e novamente depois.</translation>
    </message>
</context>
<context>
    <name>TemplatePage</name>
    <message>
        <source>Start from a template</source>
        <translation>Começar a partir de um modelo</translation>
    </message>
    <message>
        <source>The template gives the workshop its agenda; you can change every session afterwards.</source>
        <translation>O modelo fornece o programa da oficina; depois poderá alterar cada sessão.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modelos</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sessão</numerusform>
            <numerusform>%n sessões</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation type="vanished">{0} — {1}</translation>
    </message>
    <message>
        <source>{0} — {1}, {2}</source>
        <translation>{0} — {1}, {2}</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} — {1} sessions</source>
        <translation type="vanished">{0} — {1} sessões</translation>
    </message>
    <message>
        <source>{0} — {1} days, {2} sessions</source>
        <translation type="vanished">{0} — {1} dias, {2} sessões</translation>
    </message>
    <message>
        <source>Blank workshop (no agenda)</source>
        <translation>Oficina em branco (sem programa)</translation>
    </message>
</context>
<context>
    <name>TimerPill</name>
    <message>
        <source>Time left</source>
        <translation>Tempo restante</translation>
    </message>
    <message>
        <source>{0} · time is up</source>
        <translation>{0} · o tempo terminou</translation>
    </message>
    <message>
        <source>{0} · wrap up</source>
        <translation>{0} · conclua</translation>
    </message>
    <message>
        <source>{0} · paused</source>
        <translation>{0} · em pausa</translation>
    </message>
    <message>
        <source>{0} · press T to start</source>
        <translation>{0} · prima T para iniciar</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>organisers</source>
        <translation>organizadores</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>local</translation>
    </message>
    <message>
        <source>city</source>
        <translation>cidade</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descrição</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organização</translation>
    </message>
    <message>
        <source>role</source>
        <translation>função</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correio eletrónico</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consentimento</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>hora de início</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>duração</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>data de fim</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>data de início</translation>
    </message>
    <message>
        <source>day</source>
        <translation>dia</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>delegation</source>
        <translation>delegação</translation>
    </message>
    <message>
        <source>city type</source>
        <translation>tipo de cidade</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>etapa</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsável</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indicador</translation>
    </message>
    <message>
        <source>link</source>
        <translation>ligação</translation>
    </message>
    <message>
        <source>action</source>
        <translation>ação</translation>
    </message>
    <message>
        <source>key takeaways</source>
        <translation>principais conclusões</translation>
    </message>
    <message>
        <source>challenges</source>
        <translation>desafios</translation>
    </message>
    <message>
        <source>approaches</source>
        <translation>abordagens</translation>
    </message>
    <message>
        <source>Please fill in the {0}.</source>
        <translation>Preencha o campo «{0}».</translation>
    </message>
    <message>
        <source>The {0} is too long (at most {1} characters).</source>
        <translation>O campo «{0}» é demasiado longo (máximo de {1} caracteres).</translation>
    </message>
    <message>
        <source>This email address does not look right.</source>
        <translation>Este endereço de correio eletrónico não parece correto.</translation>
    </message>
    <message>
        <source>Write the time as HH:MM, for example 09:30.</source>
        <translation>Escreva a hora no formato HH:MM, por exemplo 09:30.</translation>
    </message>
    <message>
        <source>The {0} has a value that is not allowed ({1}).</source>
        <translation>O campo «{0}» tem um valor não permitido ({1}).</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>A data de fim é anterior à data de início.</translation>
    </message>
    <message>
        <source>This record no longer exists (it may have been deleted).</source>
        <translation>Este registo já não existe (pode ter sido eliminado).</translation>
    </message>
    <message>
        <source>This delegation still has members: move or delete them first.</source>
        <translation>Esta delegação ainda tem membros: mova-os ou elimine-os primeiro.</translation>
    </message>
    <message>
        <source>That delegation belongs to another workshop.</source>
        <translation>Essa delegação pertence a outra oficina.</translation>
    </message>
    <message>
        <source>no {0}</source>
        <translation>campo «{0}» vazio</translation>
    </message>
    <message>
        <source>{0} too long (max {1})</source>
        <translation>campo «{0}» demasiado longo (máx. {1})</translation>
    </message>
    <message>
        <source>email address not valid</source>
        <translation>endereço de correio eletrónico inválido</translation>
    </message>
    <message>
        <source>consent should be yes or no, not “{0}”</source>
        <translation>o consentimento deve ser «yes» ou «no», e não «{0}»</translation>
    </message>
    <message>
        <source>same person as row {0}</source>
        <translation>a mesma pessoa da linha {0}</translation>
    </message>
    <message>
        <source>wrong number of cells ({0})</source>
        <translation>número de células incorreto ({0})</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (line {0}); save it as “CSV UTF-8”</source>
        <translation>o ficheiro não é texto UTF-8 (linha {0}); guarde-o como «CSV UTF-8»</translation>
    </message>
    <message>
        <source>the first row must name the columns</source>
        <translation>a primeira linha deve indicar os nomes das colunas</translation>
    </message>
    <message>
        <source>the {0} column is missing</source>
        <translation>falta a coluna «{0}»</translation>
    </message>
    <message>
        <source>unknown column “{0}” (expected name, organisation, role, country, city, email, consent)</source>
        <translation>coluna desconhecida «{0}» (esperadas: name, organisation, role, country, city, email, consent)</translation>
    </message>
    <message>
        <source>column “{0}” appears twice</source>
        <translation>a coluna «{0}» aparece duas vezes</translation>
    </message>
    <message>
        <source>more than {0} rows</source>
        <translation>mais de {0} linhas</translation>
    </message>
    <message>
        <source>the file has no participant rows</source>
        <translation>o ficheiro não contém linhas de participantes</translation>
    </message>
    <message>
        <source>{0} holds a NUL byte (a damaged or non-text file?)</source>
        <translation>{0} contém um byte NUL (ficheiro danificado ou não textual?)</translation>
    </message>
    <message>
        <source>{0} is made only of invisible characters</source>
        <translation>{0} contém apenas caracteres invisíveis</translation>
    </message>
    <message>
        <source>{0} is longer than {1} characters: row not read</source>
        <translation>{0} excede {1} caracteres: linha não lida</translation>
    </message>
    <message>
        <source>a cell</source>
        <translation>uma célula</translation>
    </message>
    <message>
        <source>Write the {0} section.</source>
        <translation>Redija a secção «{0}».</translation>
    </message>
    <message>
        <source>Add at least one next step.</source>
        <translation>Adicione pelo menos um próximo passo.</translation>
    </message>
    <message>
        <source>Say what support you would like, and from whom.</source>
        <translation>Indique que apoio pretende e de quem.</translation>
    </message>
    <message>
        <source>Describe the action.</source>
        <translation>Descreva a ação.</translation>
    </message>
    <message>
        <source>Name who is responsible.</source>
        <translation>Indique quem é responsável.</translation>
    </message>
    <message>
        <source>Give a start date.</source>
        <translation>Indique uma data de início.</translation>
    </message>
    <message>
        <source>Give an end date.</source>
        <translation>Indique uma data de fim.</translation>
    </message>
    <message>
        <source>Say how you will know it worked (an indicator).</source>
        <translation>Indique como saberá que funcionou (um indicador).</translation>
    </message>
    <message>
        <source>Link it to a guideline pillar or a JICA element.</source>
        <translation>Associe-o a um pilar das diretrizes ou a um elemento da JICA.</translation>
    </message>
    <message>
        <source>The link does not match a pillar or element of the curriculum.</source>
        <translation>A ligação não corresponde a nenhum pilar nem elemento do currículo.</translation>
    </message>
    <message>
        <source>A date falls before the workshop.</source>
        <translation>Uma data é anterior à oficina.</translation>
    </message>
    <message>
        <source>A date is more than five years away.</source>
        <translation>Uma data está a mais de cinco anos de distância.</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>Palestra</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercício</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Visita de campo</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferência</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Debate</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Intervalo</translation>
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
</context>
<context>
    <name>WorkshopActions</name>
    <message>
        <source>D&amp;uplicate this workshop…</source>
        <translation>D&amp;uplicar este workshop…</translation>
    </message>
    <message>
        <source>&amp;Delete this workshop…</source>
        <translation>&amp;Eliminar este workshop…</translation>
    </message>
    <message>
        <source>&amp;Back up the database to a file…</source>
        <translation>&amp;Guardar uma cópia da base de dados num ficheiro…</translation>
    </message>
    <message>
        <source>&amp;Restore the database from a backup…</source>
        <translation>&amp;Restaurar a base de dados a partir de uma cópia…</translation>
    </message>
    <message>
        <source>Duplicate the workshop</source>
        <translation>Duplicar o workshop</translation>
    </message>
    <message>
        <source>Delete the workshop</source>
        <translation>Eliminar o workshop</translation>
    </message>
    <message>
        <source>Delete “{0}” with its agenda, its participants ({1}), their plans, assessments and checks from this laptop?

Back up the database first if you may need it again (File › Back up the database).</source>
        <translation>Eliminar «{0}» deste computador, com o seu programa, os seus participantes ({1}), os seus planos, avaliações e testes?

Guarde antes uma cópia da base de dados se puder voltar a precisar dela (Ficheiro › Cópia da base de dados).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>PCSC Workshop backup {0}.sqlite3</source>
        <translation>Cópia PCSC Workshop {0}.sqlite3</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Cópia de segurança da base de dados</translation>
    </message>
    <message>
        <source>Database backups (*.sqlite3 *.db);;All files (*)</source>
        <translation>Cópias da base de dados (*.sqlite3 *.db);;Todos os ficheiros (*)</translation>
    </message>
    <message>
        <source>Backup written: {0}</source>
        <translation>Cópia escrita: {0}</translation>
    </message>
    <message>
        <source>The backup was not written</source>
        <translation>A cópia não foi escrita</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>A escrever a cópia…</translation>
    </message>
    <message>
        <source>Restore the database from a backup</source>
        <translation>Restaurar a base de dados a partir de uma cópia</translation>
    </message>
    <message>
        <source>Restore the database</source>
        <translation>Restaurar a base de dados</translation>
    </message>
    <message>
        <source>“{0}” holds workshops: {1}, participants: {2}. Restoring replaces everything on this laptop with it; the current database is kept as a copy next to it first.

Restore now?</source>
        <translation>«{0}» contém workshops: {1}, participantes: {2}. Restaurar substitui tudo neste computador pelo seu conteúdo; antes, a base de dados atual fica guardada numa cópia ao lado.

Restaurar agora?</translation>
    </message>
    <message>
        <source>This file cannot be restored</source>
        <translation>Este ficheiro não pode ser restaurado</translation>
    </message>
    <message>
        <source>{0}

Nothing was changed.</source>
        <translation>{0}

Nada foi alterado.</translation>
    </message>
    <message>
        <source>The restore failed</source>
        <translation>O restauro falhou</translation>
    </message>
    <message>
        <source>Restoring the database…</source>
        <translation>A restaurar a base de dados…</translation>
    </message>
    <message>
        <source>Database restored from {0}; the previous one is kept as {1}</source>
        <translation>Base de dados restaurada a partir de {0}; a anterior fica guardada como {1}</translation>
    </message>
</context>
<context>
    <name>WorkshopDetailsForm</name>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Organisers:</source>
        <translation>&amp;Organizadores:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Local:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;idade:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Começa em:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>Te&amp;rmina em:</translation>
    </message>
    <message>
        <source>Working language</source>
        <translation>Língua de trabalho</translation>
    </message>
    <message>
        <source>Curriculum, knowledge checks, assessment and slides are shown in this language by default; each participant can switch their own content language</source>
        <translation>O currículo, os testes de conhecimentos, a autoavaliação e os diapositivos são apresentados por predefinição nesta língua; cada participante pode escolher a sua própria língua do conteúdo</translation>
    </message>
    <message>
        <source>Working &amp;language:</source>
        <translation>L&amp;íngua de trabalho:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Descri&amp;ção:</translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Nova oficina…</translation>
    </message>
    <message>
        <source>&amp;Print agenda…</source>
        <translation>Imprimir o pro&amp;grama…</translation>
    </message>
    <message>
        <source>Agenda as P&amp;DF…</source>
        <translation>Programa em P&amp;DF…</translation>
    </message>
    <message>
        <source>With &amp;notes (run sheet)</source>
        <translation>Com &amp;notas (guião)</translation>
    </message>
    <message>
        <source>Print or save the facilitator&apos;s run sheet, with each session&apos;s notes, instead of the participants&apos; agenda</source>
        <translation>Imprimir ou guardar o guião do facilitador, com as notas de cada sessão, em vez do programa dos participantes</translation>
    </message>
    <message>
        <source>Exercise &amp;timer</source>
        <translation>Temporizador de e&amp;xercício</translation>
    </message>
    <message>
        <source>A countdown for the selected session</source>
        <translation>Uma contagem decrescente para a sessão selecionada</translation>
    </message>
    <message>
        <source>Workshop sections</source>
        <translation>Secções da oficina</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Pormenores</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>A guardar…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="vanished">&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Organisers:</source>
        <translation type="vanished">&amp;Organizadores:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="vanished">&amp;Local:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="vanished">C&amp;idade:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="vanished">&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation type="vanished">&amp;Começa em:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation type="vanished">Te&amp;rmina em:</translation>
    </message>
    <message>
        <source>Working language</source>
        <translation type="vanished">Língua de trabalho</translation>
    </message>
    <message>
        <source>Curriculum, knowledge checks, assessment and slides are shown in this language by default; each participant can switch their own content language</source>
        <translation type="vanished">O currículo, os testes de conhecimentos, a autoavaliação e os diapositivos são apresentados por predefinição nesta língua; cada participante pode escolher a sua própria língua do conteúdo</translation>
    </message>
    <message>
        <source>Working &amp;language:</source>
        <translation type="vanished">L&amp;íngua de trabalho:</translation>
    </message>
    <message numerus="yes">
        <source>A countdown of %n minute(s) for “{0}”</source>
        <translation>
            <numerusform>Uma contagem decrescente de %n minuto para «{0}»</numerusform>
            <numerusform>Uma contagem decrescente de %n minutos para «{0}»</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="vanished">Idio&amp;ma:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation type="vanished">Descri&amp;ção:</translation>
    </message>
    <message>
        <source>Certificate &amp;details…</source>
        <translation>&amp;Dados dos certificados…</translation>
    </message>
    <message>
        <source>Organiser logos and signatories printed on every certificate</source>
        <translation>Logótipos dos organizadores e signatários impressos em cada certificado</translation>
    </message>
    <message>
        <source>Certificates:</source>
        <translation>Certificados:</translation>
    </message>
    <message>
        <source>No workshop yet: start one with “New workshop…”</source>
        <translation>Ainda não há oficinas: crie uma com «Nova oficina…»</translation>
    </message>
    <message>
        <source>Edit workshop details</source>
        <translation>Editar os dados do workshop</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>A editar…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="vanished">Não guardado</translation>
    </message>
    <message>
        <source>Saved at {0}</source>
        <translation>Guardado às {0}</translation>
    </message>
    <message>
        <source>Not saved yet: see the problem below</source>
        <translation>Ainda não guardado: veja o problema abaixo</translation>
    </message>
    <message>
        <source>Not saved ({0}); trying again…</source>
        <translation>Não guardado ({0}); a tentar de novo…</translation>
    </message>
    <message>
        <source>Save the agenda as PDF</source>
        <translation>Guardar o programa em PDF</translation>
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
        <source>A countdown of {0} minutes for “{1}”</source>
        <translation type="vanished">Uma contagem decrescente de {0} minutos para «{1}»</translation>
    </message>
    <message>
        <source>Exercise timer</source>
        <translation>Temporizador de exercício</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Delegations and participants</source>
        <translation>Delegações e participantes</translation>
    </message>
</context>
<context>
    <name>WorkshopWizard</name>
    <message>
        <source>New workshop</source>
        <translation>Nova oficina</translation>
    </message>
</context>
</TS>

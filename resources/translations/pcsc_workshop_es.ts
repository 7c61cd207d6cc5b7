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
        <source>dates, numbers and plurals in documents (CLDR)</source>
        <translation>fechas, números y plurales en los documentos (CLDR)</translation>
    </message>
    <message>
        <source>editable Word copies of documents</source>
        <translation>copias de Word editables de los documentos</translation>
    </message>
    <message>
        <source>hyphenation in documents</source>
        <translation>división silábica en los documentos</translation>
    </message>
    <message>
        <source>Latin, Greek, Cyrillic, Arabic, Hebrew, Indic, Southeast Asian, Ethiopic, Armenian, Georgian and Tifinagh text</source>
        <translation>texto latino, griego, cirílico, árabe, hebreo, índico, del Sudeste Asiático, etíope, armenio, georgiano y tifinag</translation>
    </message>
    <message>
        <source>Korean text</source>
        <translation>texto coreano</translation>
    </message>
    <message>
        <source>Chinese and Japanese text</source>
        <translation>texto chino y japonés</translation>
    </message>
    <message>
        <source>symbols</source>
        <translation>símbolos</translation>
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
        <source>Font licences:</source>
        <translation>Licencias de las fuentes:</translation>
    </message>
    <message>
        <source>Latin, Cyrillic, Greek, Arabic, Bengali and Devanagari text</source>
        <translation type="vanished">Textos en escritura latina, cirílica, griega, árabe, bengalí y devanagari</translation>
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
        <translation type="vanished">Licencia de las fuentes Noto:</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
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
        <translation>&amp;Añadir sesión…</translation>
    </message>
    <message>
        <source>Add &amp;day</source>
        <translation>Añadir &amp;día</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Agenda total</source>
        <translation>Total del programa</translation>
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
        <translation>{0} · se solapa con la sesión anterior</translation>
    </message>
    <message>
        <source>This session starts before the previous one ends: change its time or the order.</source>
        <translation>Esta sesión empieza antes de que termine la anterior: cambie su hora o el orden.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: {0} h {1} min of sessions · {2} · {3}</source>
        <translation>Total: {0} h {1} min de sesiones · {2} · {3}</translation>
    </message>
    <message>
        <source>Day {0}</source>
        <translation>Día {0}</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Añadir sesión</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Editar la sesión</translation>
    </message>
    <message>
        <source>Move session</source>
        <translation>Mover la sesión</translation>
    </message>
    <message>
        <source>Remove session</source>
        <translation>Eliminar la sesión</translation>
    </message>
    <message>
        <source>Remove “{0}” from the agenda?</source>
        <translation>¿Eliminar «{0}» del programa?</translation>
    </message>
</context>
<context>
    <name>AgendaPrint</name>
    <message>
        <source>Facilitator&apos;s run sheet</source>
        <translation>Guion del facilitador</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Day {0}</source>
        <translation>Día {0}</translation>
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
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>overlaps the previous session</source>
        <translation>se solapa con la sesión anterior</translation>
    </message>
    <message>
        <source>{0}–{1} · {2} min of sessions</source>
        <translation>{0}–{1} · {2} min de sesiones</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The database could not be opened: {0}</source>
        <translation>No se pudo abrir la base de datos: {0}</translation>
    </message>
    <message>
        <source>The database is busy: another save or import held it for too long. Nothing was changed; try again in a moment.</source>
        <translation>La base de datos está ocupada: otro guardado o importación la retuvo demasiado tiempo. No se cambió nada; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space (or choose another folder) and try again; your earlier work is intact.</source>
        <translation>El disco está lleno: no se guardó nada. Libere espacio (o elija otra carpeta) e inténtelo de nuevo; su trabajo anterior está intacto.</translation>
    </message>
    <message>
        <source>The computer could not read or write the database file (was a USB stick removed, or is the disk failing?). Nothing was changed.</source>
        <translation>El equipo no pudo leer ni escribir el archivo de la base de datos (¿se retiró una memoria USB o falla el disco?). No se cambió nada.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore the newest backup next to it (a file named like it with “.backup-” in its name), or choose another file with --db.</source>
        <translation>El archivo de la base de datos está dañado. Restaure la copia de seguridad más reciente que está a su lado (un archivo con el mismo nombre y «.backup-»), o elija otro archivo con --db.</translation>
    </message>
    <message>
        <source>The database file or its folder cannot be written (read-only or no permission). Nothing was changed.</source>
        <translation>No se puede escribir en el archivo de la base de datos ni en su carpeta (solo lectura o sin permiso). No se cambió nada.</translation>
    </message>
    <message>
        <source>Opening the workshop pack…</source>
        <translation>Abriendo el paquete del taller…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <source>PCSC Workshop</source>
        <translation>Taller PCSC</translation>
    </message>
</context>
<context>
    <name>AssessmentForm</name>
    <message>
        <source>Rubric by PCSC Workshop, based on JICA&apos;s 21 elements</source>
        <translation>Rúbrica de PCSC Workshop, basada en los 21 elementos de la JICA</translation>
    </message>
    <message>
        <source>How to score with this rubric</source>
        <translation>Cómo puntuar con esta rúbrica</translation>
    </message>
    <message>
        <source>Score of {0}</source>
        <translation>Puntuación de: {0}</translation>
    </message>
    <message>
        <source>Evidence for {0}</source>
        <translation>Evidencia para: {0}</translation>
    </message>
    <message>
        <source>{0} — not scored yet</source>
        <translation>{0} — aún sin puntuar</translation>
    </message>
    <message numerus="yes">
        <source>{0} — {1} of 4 ({2} of %n element(s) scored)</source>
        <translation>
            <numerusform>{0} — {1} de 4 ({2} de %n elemento puntuado)</numerusform>
            <numerusform>{0} — {1} de 4 ({2} de %n elementos puntuados)</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} — {1:.1f} of 4 ({2} of {3} elements scored)</source>
        <translation type="vanished">{0} — {1:.1f} de 4 ({2} de {3} elementos puntuados)</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>Delegation to assess</source>
        <translation>Delegación que se evalúa</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>&amp;Delegación:</translation>
    </message>
    <message>
        <source>Elements to score</source>
        <translation>Elementos que puntuar</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparar con</translation>
    </message>
    <message>
        <source>Suggested priorities</source>
        <translation>Prioridades sugeridas</translation>
    </message>
    <message>
        <source>Turn priorities into &amp;plan suggestions…</source>
        <translation>Convertir las prioridades en sugerencias para el &amp;plan…</translation>
    </message>
    <message>
        <source>Open the delegation&apos;s action plan with suggestions drawn from the weakest elements</source>
        <translation>Abrir el plan de acción de la delegación con sugerencias basadas en los elementos más débiles</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Comparar con:</translation>
    </message>
    <message>
        <source>Suggested stage</source>
        <translation>Etapa sugerida</translation>
    </message>
    <message>
        <source>Weakest elements: suggested priorities</source>
        <translation>Elementos más débiles: prioridades sugeridas</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Des&amp;hacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
    <message>
        <source>Workshop average</source>
        <translation>Media del taller</translation>
    </message>
    <message>
        <source>Score element {0}</source>
        <translation>Puntuar el elemento {0}</translation>
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
    <message numerus="yes">
        <source>{0} of %n element(s) scored</source>
        <translation>
            <numerusform>{0} de %n elemento puntuado</numerusform>
            <numerusform>{0} de %n elementos puntuados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>levels of %n element(s) not yet translated, shown in English</source>
        <translation>
            <numerusform>niveles de %n elemento aún sin traducir, se muestran en inglés</numerusform>
            <numerusform>niveles de %n elementos aún sin traducir, se muestran en inglés</numerusform>
        </translation>
    </message>
    <message>
        <source>The mean of the scored elements is {0}, below 1.5: most elements are absent or only planned.</source>
        <translation>La media de los elementos puntuados es {0}, inferior a 1,5: la mayoría de los elementos no existen o solo están previstos.</translation>
    </message>
    <message>
        <source>The {0} domain averages {1}, below 1.0: one of the five foundations is missing.</source>
        <translation>El dominio {0} tiene una media de {1}, inferior a 1,0: falta uno de los cinco cimientos.</translation>
    </message>
    <message>
        <source>The mean is {0} (2.75 or more) and every domain is at 2.0 or more.</source>
        <translation>La media es {0} (2,75 o más) y todos los ámbitos están en 2,0 o más.</translation>
    </message>
    <message>
        <source>The mean is {0}, between 1.5 and 2.75, and no domain is below 1.0.</source>
        <translation>La media es {0}, entre 1,5 y 2,75, y ningún ámbito está por debajo de 1,0.</translation>
    </message>
    <message>
        <source>The mean is {0}, high enough for Sustainable Growth, but not every domain is scored at 2.0 or more (weakest: {1}).</source>
        <translation>La media es {0}, suficiente para la etapa Crecimiento sostenible (Sustainable Growth), pero no todos los ámbitos están en 2,0 o más (el más débil: {1}).</translation>
    </message>
    <message>
        <source>{0} of {1} elements scored</source>
        <translation type="vanished">{0} de {1} elementos puntuados</translation>
    </message>
    <message>
        <source>This delegation</source>
        <translation>Esta delegación</translation>
    </message>
    <message>
        <source>Score at least half of the elements to get a suggestion ({0} of {1} so far).</source>
        <translation>Puntúe al menos la mitad de los elementos para obtener una sugerencia ({0} de {1} hasta ahora).</translation>
    </message>
    <message>
        <source>The mean of the scored elements is {0:.2f}, below 1.5: most elements are absent or only planned.</source>
        <translation type="vanished">La media de los elementos puntuados es {0:.2f}, inferior a 1.5: la mayoría de los elementos no existen o solo están previstos.</translation>
    </message>
    <message>
        <source>The {0} domain averages {1:.2f}, below 1.0: one of the five foundations is missing.</source>
        <translation type="vanished">El ámbito {0} tiene una media de {1:.2f}, inferior a 1.0: falta uno de los cinco cimientos.</translation>
    </message>
    <message>
        <source>The mean is {0:.2f} (2.75 or more) and every domain is at 2.0 or more.</source>
        <translation type="vanished">La media es {0:.2f} (2.75 o más) y todos los ámbitos están en 2.0 o más.</translation>
    </message>
    <message>
        <source>The mean is {0:.2f}, between 1.5 and 2.75, and no domain is below 1.0.</source>
        <translation type="vanished">La media es {0:.2f}, entre 1.5 y 2.75, y ningún ámbito está por debajo de 1.0.</translation>
    </message>
    <message>
        <source>The mean is {0:.2f}, high enough for Sustainable Growth, but not every domain is scored at 2.0 or more (weakest: {1}).</source>
        <translation type="vanished">La media es {0:.2f}, suficiente para Sustainable Growth, pero no todos los ámbitos están en 2.0 o más (el más débil: {1}).</translation>
    </message>
    <message>
        <source>an unscored domain</source>
        <translation>un ámbito sin puntuar</translation>
    </message>
    <message>
        <source>No suggestion yet</source>
        <translation>Aún no hay sugerencia</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>JICA’s guidance for this stage</source>
        <translation>Orientaciones de JICA para esta etapa</translation>
    </message>
    <message>
        <source>Ways to scale up</source>
        <translation>Formas de ampliar la escala</translation>
    </message>
    <message>
        <source>Rule: fewer than half scored → no suggestion; mean below 1.5 or any domain below 1.0 → Small Start; mean 2.75 or more with every domain at 2.0 or more → Sustainable Growth; otherwise Accelerate.</source>
        <translation>Regla: menos de la mitad puntuada → sin sugerencia; media inferior a 1.5 o algún ámbito inferior a 1.0 → Small Start; media de 2.75 o más con todos los ámbitos en 2.0 o más → Sustainable Growth; en los demás casos, Accelerate.</translation>
    </message>
    <message>
        <source>{0}. {1} — level {2}</source>
        <translation>{0}. {1} — nivel {2}</translation>
    </message>
    <message>
        <source>Next, level {0}: {1}</source>
        <translation>Después, nivel {0}: {1}</translation>
    </message>
    <message>
        <source>How to check: {0}</source>
        <translation>Cómo comprobarlo: {0}</translation>
    </message>
    <message>
        <source>Score some elements to see priorities.</source>
        <translation>Puntúe algunos elementos para ver las prioridades.</translation>
    </message>
    <message>
        <source>Still to assess: {0}</source>
        <translation>Falta evaluar: {0}</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Presentation – {0}</source>
        <translation>Presentación – {0}</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Presentation title</source>
        <translation>Título de la presentación</translation>
    </message>
    <message>
        <source>Slide number</source>
        <translation>Número de diapositiva</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Notas del orador</translation>
    </message>
    <message>
        <source>Blank screen</source>
        <translation>Pantalla en negro</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificate details</source>
        <translation>Datos de los certificados</translation>
    </message>
    <message>
        <source>Organiser logos (PNG or JPEG, up to 4)</source>
        <translation>Logotipos de los organizadores (PNG o JPEG, hasta 4)</translation>
    </message>
    <message>
        <source>Organiser logos</source>
        <translation>Logotipos de los organizadores</translation>
    </message>
    <message>
        <source>Logo {0}</source>
        <translation>Logotipo {0}</translation>
    </message>
    <message>
        <source>&amp;Add a logo…</source>
        <translation>&amp;Añadir un logotipo…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Firmantes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Signature picture</source>
        <translation>Imagen de la firma</translation>
    </message>
    <message>
        <source>Signatory {0}: name</source>
        <translation>Firmante {0}: nombre</translation>
    </message>
    <message>
        <source>Signatory {0}: title</source>
        <translation>Firmante {0}: cargo</translation>
    </message>
    <message>
        <source>Date of &amp;issue:</source>
        <translation>Fecha de &amp;expedición:</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Fecha de expedición</translation>
    </message>
    <message>
        <source>(unticked: the workshop&apos;s last day)</source>
        <translation>(sin marcar: el último día del taller)</translation>
    </message>
    <message>
        <source>The certificate details cannot be read: {0}</source>
        <translation>No se pueden leer los datos de los certificados: {0}</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Change the picture…</source>
        <translation type="vanished">Cambiar la imagen…</translation>
    </message>
    <message>
        <source>Choose a picture…</source>
        <translation type="vanished">Elegir una imagen…</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>This picture cannot be used: {0}</source>
        <translation>No se puede usar esta imagen: {0}</translation>
    </message>
    <message>
        <source>At most {0} logos.</source>
        <translation>Como máximo {0} logotipos.</translation>
    </message>
    <message>
        <source>Choose an organiser logo</source>
        <translation>Elegir el logotipo de un organizador</translation>
    </message>
    <message>
        <source>Choose a signature picture</source>
        <translation>Elegir la imagen de una firma</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>No guardado: {0}</translation>
    </message>
</context>
<context>
    <name>CollectionDialog</name>
    <message>
        <source>Collected plans</source>
        <translation>Planes recogidos</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>CollectionView</name>
    <message>
        <source>Collection summary</source>
        <translation>Resumen de la recogida</translation>
    </message>
    <message>
        <source>Plans collected per participant</source>
        <translation>Planes recogidos por participante</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <source>Last file arrived</source>
        <translation>Último archivo recibido</translation>
    </message>
    <message>
        <source>Plan revision</source>
        <translation>Revisión del plan</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflictos pendientes</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message numerus="yes">
        <source>Plans received from {0} of %n participant(s).</source>
        <translation>
            <numerusform>Planes recibidos de {0} de %n participante.</numerusform>
            <numerusform>Planes recibidos de {0} de %n participantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plans received from {0} of {1} participants.</source>
        <translation type="vanished">Planes recibidos de {0} de {1} participantes.</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <source>Choose a conflict on the left</source>
        <translation>Elija un conflicto en la lista</translation>
    </message>
    <message>
        <source>Differing fields</source>
        <translation>Campos que difieren</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Resolve this conflict</source>
        <translation>Resolver este conflicto</translation>
    </message>
    <message>
        <source>Take all mine</source>
        <translation>Tomar toda la mía</translation>
    </message>
    <message>
        <source>Take mine for every field</source>
        <translation>Tomar la mía en todos los campos</translation>
    </message>
    <message>
        <source>Take all theirs</source>
        <translation>Tomar toda la suya</translation>
    </message>
    <message>
        <source>Take theirs for every field</source>
        <translation>Tomar la suya en todos los campos</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>otro equipo</translation>
    </message>
    <message>
        <source>{0}: changed on this computer and by {1} since it last travelled.
Mine is this computer&apos;s version. Theirs came in {2} at {3}.</source>
        <translation>{0}: modificado en este equipo y por {1} desde el último intercambio.
«La mía» es la versión de este equipo. «La suya» llegó en {2} a las {3}.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>La mía</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La suya</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>Valor combinado</translation>
    </message>
    <message>
        <source>Cannot resolve</source>
        <translation>No se puede resolver</translation>
    </message>
    <message>
        <source>This value cannot be stored: {0}</source>
        <translation>Este valor no se puede guardar: {0}</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflictos pendientes</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Campos</translation>
    </message>
    <message>
        <source>No open conflicts: every edit that came in fitted.</source>
        <translation>No hay conflictos pendientes: todos los cambios recibidos encajaban.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
</context>
<context>
    <name>ContentLanguagePicker</name>
    <message>
        <source>Content language</source>
        <translation>Idioma del contenido</translation>
    </message>
    <message>
        <source>The language of the curriculum, quizzes and assessment for you; the interface language is in Settings</source>
        <translation>El idioma del plan de estudios, las pruebas y la autoevaluación para usted; el idioma de la interfaz está en Configuración</translation>
    </message>
    <message>
        <source>Workshop language ({0})</source>
        <translation>Idioma del taller ({0})</translation>
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
        <translation>Resumen de la importación</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Columnas del archivo</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Named in reports</source>
        <translation>Nombrado en los informes</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Filas del archivo</translation>
    </message>
    <message>
        <source>Save a &amp;template…</source>
        <translation>Guardar una &amp;plantilla…</translation>
    </message>
    <message>
        <source>A CSV file with the expected columns and one example row, to fill in a spreadsheet</source>
        <translation>Un archivo CSV con las columnas esperadas y una fila de ejemplo, para rellenar en una hoja de cálculo</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows</source>
        <translation>Importar las filas &amp;válidas</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(sin encabezado)</translation>
    </message>
    <message>
        <source>(ignore this column)</source>
        <translation>(ignorar esta columna)</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>elegir…</translation>
    </message>
    <message>
        <source>Column “{0}” is</source>
        <translation>La columna «{0}» contiene</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Comprobando el archivo…</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>no importado</translation>
    </message>
    <message>
        <source>new, new delegation</source>
        <translation>nuevo, nueva delegación</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Choose what each column holds below, or ignore it.</source>
        <translation>Elija abajo qué contiene cada columna, o ignórela.</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n row(s) have problems (rows {1}). Fix the file and open it again, or import the valid rows now ({2}) and the others later.</source>
        <translation>
            <numerusform>{0} de %n fila tiene problemas (filas {1}). Corrija el archivo y ábralo de nuevo, o importe ahora las filas válidas ({2}) y las demás más tarde.</numerusform>
            <numerusform>{0} de %n filas tienen problemas (filas {1}). Corrija el archivo y ábralo de nuevo, o importe ahora las filas válidas ({2}) y las demás más tarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation>No se ha importado nada: {0}</translation>
    </message>
    <message>
        <source>Row {0}: {1}</source>
        <translation>Fila {0}: {1}</translation>
    </message>
    <message>
        <source>Participants imported: {0}.</source>
        <translation>Participantes importados: {0}.</translation>
    </message>
    <message>
        <source>Rows not imported: {0}. Fix them in the file and import it again (rows already imported are skipped).</source>
        <translation>Filas no importadas: {0}. Corríjalas en el archivo e impórtelo de nuevo (las filas ya importadas se omiten).</translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation>Guardar una plantilla</translation>
    </message>
    <message>
        <source>participants.csv</source>
        <translation>participantes.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>already registered: skipped</source>
        <translation>ya inscrito: se omite</translation>
    </message>
    <message>
        <source>new delegation</source>
        <translation type="vanished">nueva delegación</translation>
    </message>
    <message>
        <source>This file cannot be imported: {0}.</source>
        <translation>Este archivo no se puede importar: {0}.</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n row(s) have problems (rows {1}). Nothing will be imported until the file is fixed: correct it and open it again.</source>
        <translation type="vanished">
            <numerusform>{0} de %n fila tiene problemas (filas {1}). No se importará nada hasta que se corrija el archivo: corríjalo y ábralo de nuevo.</numerusform>
            <numerusform>{0} de %n filas tienen problemas (filas {1}). No se importará nada hasta que se corrija el archivo: corríjalo y ábralo de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}, {1}, {2}.</source>
        <translation>{0}, {1}, {2}.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) to import</source>
        <translation>
            <numerusform>%n participante para importar</numerusform>
            <numerusform>%n participantes para importar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already registered</source>
        <translation>
            <numerusform>%n ya inscrito</numerusform>
            <numerusform>%n ya inscritos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new delegation(s)</source>
        <translation>
            <numerusform>%n delegación nueva</numerusform>
            <numerusform>%n delegaciones nuevas</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} of {1} rows have problems (rows {2}). Nothing will be imported until the file is fixed: correct it and open it again.</source>
        <translation type="vanished">{0} de {1} filas tienen problemas (filas {2}). No se importará nada hasta que se corrija el archivo: corríjalo y ábralo de nuevo.</translation>
    </message>
    <message>
        <source>{0} participants to import, {1} already registered, {2} new delegations.</source>
        <translation type="vanished">{0} participantes para importar, {1} ya inscritos, {2} delegaciones nuevas.</translation>
    </message>
</context>
<context>
    <name>Curriculum</name>
    <message>
        <source>{0} (and %n more problem(s))</source>
        <translation>{0} (y %n problema más)
{0} (y %n problemas más)</translation>
    </message>
    <message>
        <source>The curriculum could not be loaded ({0}), so its texts are missing and pillars, elements and modules show as ids. Run “pcsc-workshop curriculum check” to see what is wrong, or reinstall PCSC Workshop, then restart it.</source>
        <translation>No se pudo cargar el plan de estudios ({0}): faltan sus textos y los pilares, elementos y módulos se muestran como identificadores. Ejecute «pcsc-workshop curriculum check» para ver qué falla, o reinstale PCSC Workshop, y después reinícielo.</translation>
    </message>
</context>
<context>
    <name>CurriculumPage</name>
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
        <translation>Ficha del plan de estudios</translation>
    </message>
    <message>
        <source>Curriculum item in the second language</source>
        <translation>Ficha en el segundo idioma</translation>
    </message>
    <message>
        <source>Side by side with</source>
        <translation>En paralelo con</translation>
    </message>
    <message>
        <source>Side by side: off</source>
        <translation>En paralelo: no</translation>
    </message>
    <message>
        <source>&amp;Present this item</source>
        <translation>&amp;Presentar este elemento</translation>
    </message>
    <message>
        <source>Show the selected item as full-screen slides</source>
        <translation>Mostrar el elemento seleccionado como diapositivas a pantalla completa</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Side by side: {0}</source>
        <translation>En paralelo: {0}</translation>
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
        <source>Session plans and workshop templates</source>
        <translation>Planes de sesión y plantillas de taller</translation>
    </message>
    <message>
        <source>Nothing found for “{0}”.</source>
        <translation>No se encontró nada para «{0}».</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Facilitator dashboard</source>
        <translation>Panel de seguimiento de la facilitación</translation>
    </message>
    <message>
        <source>Delegation / participant</source>
        <translation>Delegación / participante</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Plan quality</source>
        <translation>Calidad del plan</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Recogido</translation>
    </message>
    <message>
        <source>When their last plan bundle arrived and which plan revision it held.</source>
        <translation>Cuándo llegó su último archivo de plan y qué revisión del plan contenía.</translation>
    </message>
    <message>
        <source>Progress by delegation and participant</source>
        <translation>Avance por delegación y participante</translation>
    </message>
    <message>
        <source>Who asks</source>
        <translation>Quién lo pide</translation>
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
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Desired future support</source>
        <translation>Apoyo futuro deseado</translation>
    </message>
    <message>
        <source>Domain scores by delegation</source>
        <translation>Puntuaciones por ámbito y delegación</translation>
    </message>
    <message>
        <source>Desired future support: who asks whom for what</source>
        <translation>Apoyo futuro deseado: quién pide qué a quién</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>Updated {0} ({1} ms)</source>
        <translation>Actualizado a las {0} ({1} ms)</translation>
    </message>
    <message>
        <source>Not known yet: filled in once files are exchanged</source>
        <translation>Aún no se sabe: se completa tras el intercambio de archivos</translation>
    </message>
    <message numerus="yes">
        <source>Delegation assessment: {0} of %n element(s) scored</source>
        <translation>
            <numerusform>Evaluación de la delegación: {0} de %n elemento puntuado</numerusform>
            <numerusform>Evaluación de la delegación: {0} de %n elementos puntuados</numerusform>
        </translation>
    </message>
    <message>
        <source>with the delegation</source>
        <translation>con la delegación</translation>
    </message>
    <message>
        <source>Scores with the delegation (its assessment: {0} of {1} elements); no assessment of their own</source>
        <translation>Evalúa con la delegación (su evaluación: {0} de {1} elementos); sin evaluación propia</translation>
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
        <translation type="vanished">Evaluación de la delegación: {0} de {1} elementos puntuados</translation>
    </message>
    <message>
        <source>Own assessment (most score with the delegation)</source>
        <translation>Evaluación propia (la mayoría puntúa con la delegación)</translation>
    </message>
    <message>
        <source>No delegation</source>
        <translation>Sin delegación</translation>
    </message>
    <message>
        <source>Updated {0} ({1:.0f} ms)</source>
        <translation type="vanished">Actualizado a las {0} ({1:.0f} ms)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
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
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>{0} (delegation)</source>
        <translation>{0} (delegación)</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>(no one named)</source>
        <translation>(nadie indicado)</translation>
    </message>
    <message>
        <source>Requests by provider — {0}</source>
        <translation>Solicitudes por proveedor — {0}</translation>
    </message>
    <message>
        <source>No support requests yet.</source>
        <translation>Aún no hay solicitudes de apoyo.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. {0} or {1}</source>
        <translation>p. ej. {0} o {1}</translation>
    </message>
    <message>
        <source>Open the calendar (Alt+Down)</source>
        <translation>Abrir el calendario (Alt+Abajo)</translation>
    </message>
    <message>
        <source>“{0}” is not a date: type it as 2027-03-01 or {1}</source>
        <translation>«{0}» no es una fecha: escríbala como 2027-03-01 o {1}</translation>
    </message>
</context>
<context>
    <name>DelegationDialog</name>
    <message>
        <source>Edit delegation</source>
        <translation>Editar la delegación</translation>
    </message>
    <message>
        <source>Add delegation</source>
        <translation>Añadir delegación</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(sin elegir)</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;iudad:</translation>
    </message>
    <message>
        <source>City &amp;type (JICA):</source>
        <translation>&amp;Tipo de ciudad (JICA):</translation>
    </message>
    <message>
        <source>Current &amp;stage:</source>
        <translation>&amp;Etapa actual:</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>What, where and when</source>
        <translation>Qué, dónde y cuándo</translation>
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
        <translation type="vanished">&amp;Lugar:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="vanished">C&amp;iudad:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="vanished">&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation type="vanished">&amp;Empieza el:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation type="vanished">Te&amp;rmina el:</translation>
    </message>
    <message>
        <source>Working language</source>
        <translation type="vanished">Idioma de trabajo</translation>
    </message>
    <message>
        <source>Curriculum, knowledge checks, assessment and slides are shown in this language by default; each participant can switch their own content language</source>
        <translation type="vanished">El plan de estudios, las pruebas de conocimientos, la autoevaluación y las diapositivas se muestran por defecto en este idioma; cada participante puede elegir su propio idioma del contenido</translation>
    </message>
    <message>
        <source>Working &amp;language:</source>
        <translation type="vanished">Idio&amp;ma de trabajo:</translation>
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
        <translation>Puntuaciones por ámbito y delegación</translation>
    </message>
    <message>
        <source>Mean score (0–4)</source>
        <translation>Puntuación media (0–4)</translation>
    </message>
    <message>
        <source>Chart legend</source>
        <translation>Leyenda del gráfico</translation>
    </message>
    <message>
        <source>× not scored (no bar)</source>
        <translation>× sin puntuar (sin barra)</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Duplicate the workshop</source>
        <translation>Duplicar el taller</translation>
    </message>
    <message>
        <source>A new workshop with the same details and agenda (days, times and sessions). People, plans, assessments and checks stay with this one.</source>
        <translation>Un taller nuevo con los mismos datos y el mismo programa (días, horas y sesiones). Las personas, los planes, las evaluaciones y las pruebas se quedan con este.</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (copia)</translation>
    </message>
    <message>
        <source>Also copy the &amp;delegations (countries and cities, without their members)</source>
        <translation>Copiar también las &amp;delegaciones (países y ciudades, sin sus miembros)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Starts on (empty: same dates):</source>
        <translation>&amp;Empieza el (vacío: mismas fechas):</translation>
    </message>
</context>
<context>
    <name>EditStepDialog</name>
    <message>
        <source>Edit the next step</source>
        <translation>Editar el próximo paso</translation>
    </message>
    <message>
        <source>&amp;Action (as it will appear in the plan):</source>
        <translation>&amp;Acción (tal como aparecerá en el plan):</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
</context>
<context>
    <name>ElementRow</name>
    <message>
        <source>Maturity of {0}</source>
        <translation>Madurez de: {0}</translation>
    </message>
    <message>
        <source>— not scored —</source>
        <translation>— sin puntuar —</translation>
    </message>
    <message>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <source>Level description for {0}</source>
        <translation>Descripción del nivel para {0}</translation>
    </message>
    <message>
        <source>Level {0}</source>
        <translation>Nivel {0}</translation>
    </message>
    <message>
        <source>Level {0}: {1}</source>
        <translation>Nivel {0}: {1}</translation>
    </message>
    <message>
        <source>How to check: {0}</source>
        <translation>Cómo comprobarlo: {0}</translation>
    </message>
    <message>
        <source>Pointing at: {0}</source>
        <translation>Bajo el puntero: {0}</translation>
    </message>
    <message>
        <source>Evidence: what shows this level?</source>
        <translation>Evidencia: ¿qué demuestra este nivel?</translation>
    </message>
    <message>
        <source>Evidence for {0}</source>
        <translation>Evidencia para: {0}</translation>
    </message>
    <message>
        <source>Not scored yet (this is not the same as 0).</source>
        <translation>Aún sin puntuar (no es lo mismo que 0).</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Workshop details</source>
        <translation>Datos del taller</translation>
    </message>
    <message>
        <source>Agenda session</source>
        <translation>Sesión del programa</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Local content</source>
        <translation>Contenido local</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Autoevaluación</translation>
    </message>
    <message>
        <source>Self-assessment score</source>
        <translation>Puntuación de autoevaluación</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <source>Support request</source>
        <translation>Solicitud de apoyo</translation>
    </message>
    <message>
        <source>Knowledge check</source>
        <translation>Prueba de conocimientos</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>Principales conclusiones</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Desafíos</translation>
    </message>
    <message>
        <source>Approaches</source>
        <translation>Enfoques</translation>
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
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <source>Linked pillar or element</source>
        <translation>Pilar o elemento vinculado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Position in the list</source>
        <translation>Posición en la lista</translation>
    </message>
    <message>
        <source>From whom</source>
        <translation>De quién</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>{0} · revision {1}</source>
        <translation>{0} · revisión {1}</translation>
    </message>
    <message>
        <source> · conflicts: {0}</source>
        <translation> · conflictos: {0}</translation>
    </message>
    <message>
        <source>Last file: {0} (files received: {1})</source>
        <translation>Último archivo: {0} (archivos recibidos: {1})</translation>
    </message>
    <message>
        <source>No plan bundle from this participant yet</source>
        <translation>Aún no hay archivo de plan de este participante</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
    <message>
        <source>Members whose plan bundle came in</source>
        <translation>Miembros cuyo archivo de plan ha llegado</translation>
    </message>
    <message>
        <source>The file is damaged: part of it cannot be read.</source>
        <translation>El archivo está dañado: una parte no se puede leer.</translation>
    </message>
    <message>
        <source>The file is inconsistent: it refers to records it does not hold.</source>
        <translation>El archivo es incoherente: hace referencia a registros que no contiene.</translation>
    </message>
    <message>
        <source>The file&apos;s records do not fit this workshop.</source>
        <translation>Los registros del archivo no encajan con este taller.</translation>
    </message>
    <message>
        <source>This workshop cannot be written to a file.</source>
        <translation>Este taller no se puede guardar en un archivo.</translation>
    </message>
    <message>
        <source>The file was changed or damaged after it was made (its checksum does not match).</source>
        <translation>El archivo se modificó o dañó después de crearse (su suma de verificación no coincide).</translation>
    </message>
    <message>
        <source>The file is damaged: it cannot be unpacked.</source>
        <translation>El archivo está dañado: no se puede descomprimir.</translation>
    </message>
    <message>
        <source>The file holds the same part twice.</source>
        <translation>El archivo contiene la misma parte dos veces.</translation>
    </message>
    <message>
        <source>The file lists the same record twice.</source>
        <translation>El archivo incluye el mismo registro dos veces.</translation>
    </message>
    <message>
        <source>The file is protected with a password; PCSC Workshop files never are.</source>
        <translation>El archivo está protegido con contraseña; los archivos de PCSC Workshop nunca lo están.</translation>
    </message>
    <message>
        <source>The file tries to change records that belong to someone else.</source>
        <translation>El archivo intenta cambiar registros que pertenecen a otra persona.</translation>
    </message>
    <message>
        <source>The file holds a value that is not allowed.</source>
        <translation>El archivo contiene un valor no permitido.</translation>
    </message>
    <message>
        <source>The file was made by a newer PCSC Workshop: update the app to open it.</source>
        <translation>El archivo se creó con una versión más reciente de PCSC Workshop: actualice la aplicación para abrirlo.</translation>
    </message>
    <message>
        <source>This is not a PCSC Workshop file (no manifest).</source>
        <translation>No es un archivo de PCSC Workshop (no tiene manifiesto).</translation>
    </message>
    <message>
        <source>The file is incomplete: its content is missing.</source>
        <translation>El archivo está incompleto: falta su contenido.</translation>
    </message>
    <message>
        <source>This is a participant&apos;s plan bundle, not a workshop pack: collect it on the facilitator&apos;s laptop.</source>
        <translation>Es el paquete de plan de un participante, no un paquete del taller: recójalo en el portátil de quien facilita.</translation>
    </message>
    <message>
        <source>This is not a PCSC Workshop file.</source>
        <translation>No es un archivo de PCSC Workshop.</translation>
    </message>
    <message>
        <source>The file belongs to a workshop that is not on this computer.</source>
        <translation>El archivo pertenece a un taller que no está en este ordenador.</translation>
    </message>
    <message>
        <source>The file comes from a participant whose data was deleted on this computer for privacy; nothing in it was imported. To take them back, add them again and give them a new workshop pack.</source>
        <translation>El archivo procede de un participante cuyos datos se eliminaron en este ordenador por privacidad; no se ha importado nada. Para volver a incluirlo, añádalo de nuevo y entréguele un nuevo paquete del taller.</translation>
    </message>
    <message>
        <source>The file is too large to be a PCSC Workshop file.</source>
        <translation>El archivo es demasiado grande para ser un archivo de PCSC Workshop.</translation>
    </message>
    <message>
        <source>The file holds too many parts to be a PCSC Workshop file.</source>
        <translation>El archivo contiene demasiadas partes para ser un archivo de PCSC Workshop.</translation>
    </message>
    <message>
        <source>The file has a format this app does not know.</source>
        <translation>El archivo tiene un formato que esta aplicación no conoce.</translation>
    </message>
    <message>
        <source>The file comes from a participant who is not registered in this workshop on this computer.</source>
        <translation>El archivo procede de un participante que no está inscrito en este taller en este ordenador.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>No se puede leer el archivo.</translation>
    </message>
    <message>
        <source>The file tries to write outside its own folder; it was not opened.</source>
        <translation>El archivo intenta escribir fuera de su propia carpeta; no se abrió.</translation>
    </message>
    <message>
        <source>The file is packed in a way PCSC Workshop files never are.</source>
        <translation>El archivo está comprimido de una forma que los archivos de PCSC Workshop nunca usan.</translation>
    </message>
    <message>
        <source>The file would unpack to an unreasonable size; it was not opened.</source>
        <translation>El archivo se descomprimiría hasta un tamaño desmesurado; no se abrió.</translation>
    </message>
    <message>
        <source>The file is not signed, so nobody can tell which laptop it came from (it may come from an older PCSC Workshop: ask for it again from an updated app).</source>
        <translation>El archivo no está firmado, así que nadie puede saber de qué portátil viene (puede venir de un PCSC Workshop antiguo: pídalo de nuevo desde una aplicación actualizada).</translation>
    </message>
    <message>
        <source>The file&apos;s signature does not match: it was changed after it was made.</source>
        <translation>La firma del archivo no coincide: se modificó después de crearse.</translation>
    </message>
    <message>
        <source>This computer&apos;s signing key cannot be read or made.</source>
        <translation>No se puede leer ni crear la clave de firma de este equipo.</translation>
    </message>
    <message>
        <source>This is a workshop pack, not a plan bundle: packs are never taken where plans are collected.</source>
        <translation>Esto es un paquete del taller, no un paquete de plan: los paquetes del taller nunca se aceptan donde se recogen los planes.</translation>
    </message>
    <message>
        <source>This is a workshop pack for a workshop made on this computer: only participants&apos; plan bundles come back to it.</source>
        <translation>Esto es un paquete del taller de un taller creado en este equipo: a él solo vuelven los paquetes de plan de los participantes.</translation>
    </message>
    <message>
        <source>This workshop pack is signed by another laptop than your facilitator&apos;s earlier packs.</source>
        <translation>Este paquete del taller está firmado por un portátil distinto del de los paquetes anteriores de su facilitador.</translation>
    </message>
    <message>
        <source>This is a plan bundle: it goes to the facilitator&apos;s laptop, not to a participant&apos;s.</source>
        <translation>Esto es un paquete de plan: va al portátil del facilitador, no al de un participante.</translation>
    </message>
    <message>
        <source>The file uses a zip feature PCSC Workshop files never use.</source>
        <translation>El archivo usa una función zip que los archivos de PCSC Workshop nunca usan.</translation>
    </message>
    <message>
        <source>The file holds something this app does not understand.</source>
        <translation>El archivo contiene algo que esta aplicación no entiende.</translation>
    </message>
    <message>
        <source>Kept aside: this plan comes from a laptop not seen before for this participant. Accept it as their new laptop, or discard it.</source>
        <translation>Apartado: este plan viene de un portátil que nunca se había visto para este participante. Acéptelo como su nuevo portátil o descártelo.</translation>
    </message>
    <message>
        <source>Kept aside: this plan comes from the laptop of another participant. Accept it if they share a laptop, or discard it.</source>
        <translation>Apartado: este plan viene del portátil de otro participante. Acéptelo si comparten portátil o descártelo.</translation>
    </message>
    <message>
        <source>The database was busy for too long; the file will be tried again.</source>
        <translation>La base de datos estuvo ocupada demasiado tiempo; se volverá a intentar con el archivo.</translation>
    </message>
    <message>
        <source>The disk holding the database is full.</source>
        <translation>El disco de la base de datos está lleno.</translation>
    </message>
    <message>
        <source>The disk holding the database could not be read or written.</source>
        <translation>No se pudo leer ni escribir el disco de la base de datos.</translation>
    </message>
    <message>
        <source>The database cannot be written.</source>
        <translation>No se puede escribir en la base de datos.</translation>
    </message>
    <message>
        <source>The database itself is damaged.</source>
        <translation>La propia base de datos está dañada.</translation>
    </message>
    <message>
        <source>This computer does not allow writing or reading there: {0}</source>
        <translation>Este equipo no permite escribir ni leer en esa ubicación: {0}</translation>
    </message>
    <message>
        <source>The file or folder is not there any more: {0}</source>
        <translation>El archivo o la carpeta ya no existe: {0}</translation>
    </message>
    <message>
        <source>The disk said: {0}</source>
        <translation>El disco indicó: {0}</translation>
    </message>
    <message>
        <source>Something went wrong: {0}</source>
        <translation>Se ha producido un error: {0}</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>Create workshop pack…</source>
        <translation>Crear un paquete del taller…</translation>
    </message>
    <message>
        <source>Create a pack for each participant…</source>
        <translation>Crear un paquete para cada participante…</translation>
    </message>
    <message>
        <source>Open workshop pack…</source>
        <translation>Abrir un paquete del taller…</translation>
    </message>
    <message>
        <source>Send my plan to the facilitator…</source>
        <translation>Enviar mi plan a la persona facilitadora…</translation>
    </message>
    <message>
        <source>Collect plans…</source>
        <translation>Recoger los planes…</translation>
    </message>
    <message>
        <source>Watch a drop folder…</source>
        <translation>Vigilar una carpeta de entrega…</translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation>Conflictos…</translation>
    </message>
    <message>
        <source>Plans from new laptops…</source>
        <translation>Planes de portátiles nuevos…</translation>
    </message>
    <message>
        <source>Collected plans…</source>
        <translation>Planes recogidos…</translation>
    </message>
    <message>
        <source>File not opened</source>
        <translation>Archivo no abierto</translation>
    </message>
    <message>
        <source>{0} could not be opened. Nothing was changed.</source>
        <translation>No se pudo abrir {0}. No se ha modificado nada.</translation>
    </message>
</context>
<context>
    <name>ExerciseTimer</name>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Length of the session in minutes</source>
        <translation>Duración de la sesión en minutos</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Reiniciar</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <source>Show the clock alone on the whole screen (F11); Esc leaves full screen</source>
        <translation>Mostrar solo el reloj en toda la pantalla (F11); Esc sale de la pantalla completa</translation>
    </message>
    <message>
        <source>Time is up – over by {0}</source>
        <translation>Se acabó el tiempo – exceso de {0}</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Se acabó el tiempo</translation>
    </message>
    <message numerus="yes">
        <source>Last %n minute(s) – start wrapping up</source>
        <translation>
            <numerusform>Último minuto: empiece a concluir</numerusform>
            <numerusform>Últimos %n minutos: empiece a concluir</numerusform>
        </translation>
    </message>
    <message>
        <source>Last {0} minutes – start wrapping up</source>
        <translation type="vanished">Últimos {0} minutos: empiece a concluir</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En marcha</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
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
        <translation>Copias anonimizadas (sin nombres ni correos electrónicos)</translation>
    </message>
    <message>
        <source>Plans, report, dossiers and CSV without personal names or e-mail addresses</source>
        <translation>Planes, informe, dosieres y CSV sin nombres de personas ni direcciones de correo electrónico</translation>
    </message>
    <message>
        <source>…and hide one-person delegations</source>
        <translation>…y ocultar las delegaciones de una sola persona</translation>
    </message>
    <message>
        <source>In anonymised plans and CSV, a delegation of one person is shown as “Delegation N”: its city would name the person</source>
        <translation>En los planes y el CSV anonimizados, una delegación de una sola persona aparece como «Delegación N»: su ciudad bastaría para identificarla</translation>
    </message>
    <message>
        <source>Also an editable Word copy (.docx)</source>
        <translation>También una copia de Word editable (.docx)</translation>
    </message>
    <message>
        <source>Plans, report and dossiers also as .docx files next to the PDFs</source>
        <translation>Planes, informe y expedientes también como archivos .docx junto a los PDF</translation>
    </message>
    <message>
        <source>All action plans…</source>
        <translation>Todos los planes de acción…</translation>
    </message>
    <message>
        <source>Workshop report…</source>
        <translation>Informe del taller…</translation>
    </message>
    <message>
        <source>Delegation dossiers…</source>
        <translation>Dosieres de las delegaciones…</translation>
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
        <translation>Guion del facilitador (programa con notas)…</translation>
    </message>
    <message>
        <source>Next steps and support (CSV)…</source>
        <translation>Próximos pasos y apoyo (CSV)…</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Idioma de los documentos</translation>
    </message>
    <message>
        <source>Each participant&apos;s own, else the workshop&apos;s</source>
        <translation>La de cada participante; si no, la del taller</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Folder for the action plans</source>
        <translation>Carpeta para los planes de acción</translation>
    </message>
    <message>
        <source>Workshop report.pdf</source>
        <translation>Informe del taller.pdf</translation>
    </message>
    <message>
        <source>Save the workshop report</source>
        <translation>Guardar el informe del taller</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the delegation dossiers</source>
        <translation>Carpeta para los dosieres de las delegaciones</translation>
    </message>
    <message>
        <source>Folder for the certificates</source>
        <translation>Carpeta para los certificados</translation>
    </message>
    <message>
        <source>Save the agenda</source>
        <translation>Guardar el programa</translation>
    </message>
    <message>
        <source>Agenda.pdf</source>
        <translation>Programa.pdf</translation>
    </message>
    <message>
        <source>Save the run sheet</source>
        <translation>Guardar el guion</translation>
    </message>
    <message>
        <source>Run sheet.pdf</source>
        <translation>Guion.pdf</translation>
    </message>
    <message>
        <source>Save next steps and support</source>
        <translation>Guardar los próximos pasos y el apoyo</translation>
    </message>
    <message>
        <source>Next steps and support.csv</source>
        <translation>Próximos pasos y apoyo.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>Some characters could not be printed</source>
        <translation>Algunos caracteres no se pudieron imprimir</translation>
    </message>
    <message>
        <source>No bundled font has these characters; they show as boxes:</source>
        <translation>Ninguna fuente incluida tiene estos caracteres; aparecen como recuadros:</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>No se pudo exportar</translation>
    </message>
    <message>
        <source>Cancelled: {0} {1} written before you stopped</source>
        <translation>Cancelado: {0} {1} escritos antes de detenerse</translation>
    </message>
    <message>
        <source>{0} {1} written to {2}</source>
        <translation>{0} {1} guardado(s) en {2}</translation>
    </message>
    <message>
        <source>Writing the action plans…</source>
        <translation>Escribiendo los planes de acción…</translation>
    </message>
    <message>
        <source>plan PDF(s)</source>
        <translation>plan(es) en PDF</translation>
    </message>
    <message>
        <source>Writing the workshop report…</source>
        <translation>Escribiendo el informe del taller…</translation>
    </message>
    <message>
        <source>Report saved: {0}</source>
        <translation>Informe guardado: {0}</translation>
    </message>
    <message>
        <source>Writing the delegation dossiers…</source>
        <translation>Escribiendo los dosieres de las delegaciones…</translation>
    </message>
    <message>
        <source>dossier(s)</source>
        <translation>dosier(es)</translation>
    </message>
    <message>
        <source>Writing the agenda…</source>
        <translation>Escribiendo el programa…</translation>
    </message>
    <message>
        <source>Agenda saved: {0}</source>
        <translation>Programa guardado: {0}</translation>
    </message>
    <message>
        <source>Writing the certificates…</source>
        <translation>Escribiendo los certificados…</translation>
    </message>
    <message>
        <source>certificate(s)</source>
        <translation>certificado(s)</translation>
    </message>
    <message>
        <source>Writing the CSV…</source>
        <translation>Escribiendo el CSV…</translation>
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
        <translation>Crear un paquete del taller</translation>
    </message>
    <message>
        <source>Workshop packs (*.pcsc)</source>
        <translation>Paquetes del taller (*.pcsc)</translation>
    </message>
    <message>
        <source>Workshop pack created</source>
        <translation>Paquete del taller creado</translation>
    </message>
    <message>
        <source>The workshop pack was saved as:
{0}</source>
        <translation>El paquete del taller se ha guardado como:
{0}</translation>
    </message>
    <message>
        <source>It holds the workshop details, {0} agenda sessions, {1} delegations, {2} participants, local content and the plans so far ({3} records). E-mail addresses stayed on this computer.

Copy it to a USB stick or shared folder; participants open it with File → Open workshop pack.</source>
        <translation type="vanished">Contiene los datos del taller, {0} sesiones del programa, {1} delegaciones, {2} participantes, el contenido local y los planes existentes ({3} registros). Las direcciones de correo electrónico se han quedado en este equipo.

Cópielo en una memoria USB o en una carpeta compartida; los participantes lo abren con Archivo → Abrir un paquete del taller.</translation>
    </message>
    <message>
        <source>It holds the workshop details, {0} agenda sessions, {1} delegations, the names of {2} participants and local content ({3} records). E-mail addresses, plans and self-assessments stayed on this computer.

Copy it to a USB stick or shared folder; participants open it with File → Open workshop pack.</source>
        <translation>Contiene los datos del taller, {0} sesiones del programa, {1} delegaciones, los nombres de {2} participantes y el contenido local ({3} registros). Las direcciones de correo, los planes y las autoevaluaciones se quedaron en este equipo.

Cópielo en una memoria USB o una carpeta compartida; los participantes lo abren con Archivo → Abrir un paquete del taller.</translation>
    </message>
    <message>
        <source>Creating the workshop pack…</source>
        <translation>Creando el paquete del taller…</translation>
    </message>
    <message>
        <source>Create a pack for each participant</source>
        <translation>Crear un paquete para cada participante</translation>
    </message>
    <message>
        <source>Workshop packs created</source>
        <translation>Paquetes del taller creados</translation>
    </message>
    <message>
        <source>{0} packs, one per participant, were saved in:
{1}</source>
        <translation>Se guardaron {0} paquetes, uno por participante, en:
{1}</translation>
    </message>
    <message>
        <source>Each holds the workshop, everyone&apos;s names, and that participant&apos;s own plan and self-assessment with their delegation&apos;s shared plan and assessment — nobody else&apos;s. Give each participant the file with their name.</source>
        <translation>Cada uno contiene el taller, los nombres de todos y el plan y la autoevaluación de ese participante con el plan y la evaluación compartidos de su delegación; los de nadie más. Entregue a cada participante el archivo con su nombre.</translation>
    </message>
    <message>
        <source>Creating the workshop packs…</source>
        <translation>Creando los paquetes del taller…</translation>
    </message>
    <message>
        <source>Collect plans</source>
        <translation>Recoger los planes</translation>
    </message>
    <message>
        <source>Plan bundles (*.pcsc)</source>
        <translation>Archivos de plan (*.pcsc)</translation>
    </message>
    <message>
        <source>Importing plans…</source>
        <translation>Importando los planes…</translation>
    </message>
    <message>
        <source>Drop folder status</source>
        <translation>Estado de la carpeta de entrega</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Show the drop folder&apos;s import report</source>
        <translation>Mostrar el informe de importación de la carpeta de entrega</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>Dejar de vigilar</translation>
    </message>
    <message>
        <source>Stop watching the drop folder</source>
        <translation>Dejar de vigilar la carpeta de entrega</translation>
    </message>
    <message>
        <source>Watch a drop folder (USB stick, shared or synced folder)</source>
        <translation>Vigilar una carpeta de entrega (memoria USB, carpeta compartida o sincronizada)</translation>
    </message>
    <message>
        <source>Watching {0} — import failed: {1}</source>
        <translation>Vigilando {0} — la importación falló: {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n archivo importado</numerusform>
            <numerusform>%n archivos importados</numerusform>
        </translation>
    </message>
    <message>
        <source>1 file imported</source>
        <translation type="vanished">1 archivo importado</translation>
    </message>
    <message>
        <source>{0} files imported</source>
        <translation type="vanished">{0} archivos importados</translation>
    </message>
    <message>
        <source>Watching {0} — {1}, last at {2}</source>
        <translation>Vigilando {0} — {1}, el último a las {2}</translation>
    </message>
    <message>
        <source>Watching {0} — {1}</source>
        <translation>Vigilando {0} — {1}</translation>
    </message>
    <message>
        <source> (refused: {0})</source>
        <translation> (rechazados: {0})</translation>
    </message>
    <message>
        <source> (kept aside: {0})</source>
        <translation> (apartados: {0})</translation>
    </message>
    <message>
        <source> (to try again: {0})</source>
        <translation> (por reintentar: {0})</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No se ha realizado</translation>
    </message>
</context>
<context>
    <name>FieldResolver</name>
    <message>
        <source>{0}: mine</source>
        <translation>{0}: la mía</translation>
    </message>
    <message>
        <source>{0}: theirs</source>
        <translation>{0}: la suya</translation>
    </message>
    <message>
        <source>{0}: merged value</source>
        <translation>{0}: valor combinado</translation>
    </message>
    <message>
        <source>Take mine</source>
        <translation>Tomar la mía</translation>
    </message>
    <message>
        <source>{0}: take mine</source>
        <translation>{0}: tomar la mía</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Tomar la suya</translation>
    </message>
    <message>
        <source>{0}: take theirs</source>
        <translation>{0}: tomar la suya</translation>
    </message>
</context>
<context>
    <name>HeldDialog</name>
    <message>
        <source>Plans from new laptops</source>
        <translation>Planes de portátiles nuevos</translation>
    </message>
    <message>
        <source>These plan bundles came from a laptop not seen before for their participant, so they were kept aside and changed nothing. Ask the participant whether the laptop is theirs (the laptop key shown when they sent their plan must match), then accept it as their new laptop or discard it.</source>
        <translation>Estos paquetes de plan vienen de un portátil nunca visto para su participante, así que se apartaron y no cambiaron nada. Pregunte al participante si el portátil es suyo (la clave que se le mostró al enviar debe coincidir) y luego acéptelo como su nuevo portátil o descártelo.</translation>
    </message>
    <message>
        <source>Plan bundles kept aside</source>
        <translation>Paquetes de plan apartados</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Why kept aside</source>
        <translation>Por qué se apartó</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Laptop key</source>
        <translation>Clave del portátil</translation>
    </message>
    <message>
        <source>Accept as their new laptop</source>
        <translation>Aceptar como su nuevo portátil</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>From the laptop that sends {0}’s plans</source>
        <translation>Del portátil que envía los planes de {0}</translation>
    </message>
    <message>
        <source>From a laptop not seen before for them</source>
        <translation>De un portátil nunca visto para esta persona</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No se ha realizado</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Resumen de la importación</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Archivos importados</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Came in</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>new records: {0}, updated: {1}</source>
        <translation>registros nuevos: {0}, actualizados: {1}</translation>
    </message>
    <message>
        <source>conflicts to resolve: {0}</source>
        <translation>conflictos por resolver: {0}</translation>
    </message>
    <message>
        <source>plan revision {0}</source>
        <translation>revisión del plan {0}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the details of one file</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Kept aside</source>
        <translation>Apartado</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Ya estaba</translation>
    </message>
    <message>
        <source>This file was imported before.</source>
        <translation>Este archivo ya se había importado.</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Files — came in: {0}, already there: {1}, refused: {2}.</source>
        <translation>Archivos — importados: {0}, ya estaban: {1}, rechazados: {2}.</translation>
    </message>
    <message>
        <source>Records — new: {0}, updated: {1}, in conflict: {2}.</source>
        <translation>Registros — nuevos: {0}, actualizados: {1}, en conflicto: {2}.</translation>
    </message>
    <message>
        <source>Resolve the conflicts with File → Conflicts…</source>
        <translation>Resuelva los conflictos con Archivo → Conflictos…</translation>
    </message>
    <message>
        <source>Plans kept aside (from a laptop not seen before for their participant): {0}. Decide with File → Plans from new laptops…</source>
        <translation>Planes apartados (de un portátil nunca visto para su participante): {0}. Decida con Archivo → Planes de portátiles nuevos…</translation>
    </message>
    <message>
        <source>Refused files changed nothing in your data.</source>
        <translation>Los archivos rechazados no han modificado sus datos.</translation>
    </message>
    <message>
        <source>Stopped before the end: the remaining files were not read.</source>
        <translation>Detenido antes del final: los archivos restantes no se leyeron.</translation>
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
        <source>Urban context</source>
        <translation>Contexto urbano</translation>
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
        <source>UN-Habitat guidelines</source>
        <translation>Directrices de ONU-Hábitat</translation>
    </message>
    <message>
        <source>Characteristic of the guidelines</source>
        <translation>Característica de las directrices</translation>
    </message>
    <message>
        <source>JICA framework</source>
        <translation>Marco de JICA</translation>
    </message>
    <message>
        <source>City characteristic</source>
        <translation>Característica de la ciudad</translation>
    </message>
    <message>
        <source>City scope</source>
        <translation>Alcance de la ciudad</translation>
    </message>
    <message>
        <source>City type</source>
        <translation>Tipo de ciudad</translation>
    </message>
    <message>
        <source>Scaling approach</source>
        <translation>Enfoque de ampliación de escala</translation>
    </message>
    <message>
        <source>Process figure</source>
        <translation>Cifra del proceso</translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>Datos clave</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Hoja de trabajo</translation>
    </message>
    <message>
        <source>Maturity rubric (ours)</source>
        <translation>Rúbrica de madurez (nuestra)</translation>
    </message>
    <message>
        <source>Assessment support</source>
        <translation>Apoyo a la evaluación</translation>
    </message>
    <message>
        <source>Policy support</source>
        <translation>Apoyo a las políticas</translation>
    </message>
    <message>
        <source>Organisation support</source>
        <translation>Apoyo a la organización</translation>
    </message>
    <message>
        <source>System support</source>
        <translation>Apoyo al sistema</translation>
    </message>
    <message>
        <source>Technology support</source>
        <translation>Apoyo tecnológico</translation>
    </message>
    <message>
        <source>Operation support</source>
        <translation>Apoyo a la operación</translation>
    </message>
    <message>
        <source>country level</source>
        <translation>nivel de país</translation>
    </message>
    <message>
        <source>city level</source>
        <translation>nivel de ciudad</translation>
    </message>
    <message>
        <source>country and city level</source>
        <translation>niveles de país y de ciudad</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
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
        <source>Not yet translated, shown in English: {0}</source>
        <translation>Aún sin traducir, se muestra en inglés: {0}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
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
        <translation type="vanished">Las directrices establecen {0} principios para este pilar.</translation>
    </message>
    <message>
        <source>The guidelines give {0} actions for this actor.</source>
        <translation type="vanished">Las directrices proponen {0} acciones para este actor.</translation>
    </message>
    <message numerus="yes">
        <source>The guidelines give %n principle(s) for this pillar.</source>
        <translation>
            <numerusform>Las directrices establecen %n principio para este pilar.</numerusform>
            <numerusform>Las directrices establecen %n principios para este pilar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The guidelines give %n action(s) for this actor.</source>
        <translation>
            <numerusform>Las directrices proponen %n acción para este actor.</numerusform>
            <numerusform>Las directrices proponen %n acciones para este actor.</numerusform>
        </translation>
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
        <source>How to check: {0}</source>
        <translation>Cómo comprobarlo: {0}</translation>
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
    <message>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Maturity levels</source>
        <translation>Niveles de madurez</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>About the name</source>
        <translation>Sobre el nombre</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Se aplica a</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Legally binding</source>
        <translation>Jurídicamente vinculante</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Orientaciones</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>About the full text</source>
        <translation>Sobre el texto completo</translation>
    </message>
    <message>
        <source>Grows by</source>
        <translation>Crece mediante</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrumento</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Puntos clave</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Dirigido por</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letra</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandato</translation>
    </message>
    <message>
        <source>Member states</source>
        <translation>Estados miembros</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>Guías prácticas</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Matiz</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>About the levels</source>
        <translation>Sobre los niveles</translation>
    </message>
    <message>
        <source>Starts with</source>
        <translation>Empieza con</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Enunciado</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Learning objectives</source>
        <translation>Objetivos de aprendizaje</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Duración (minutos)</translation>
    </message>
    <message>
        <source>Facilitator&apos;s notes (our advice)</source>
        <translation>Notas para el facilitador (nuestros consejos)</translation>
    </message>
    <message>
        <source>Discussion prompts</source>
        <translation>Preguntas para el debate</translation>
    </message>
    <message>
        <source>Our advice (not from the source)</source>
        <translation>Nuestros consejos (no proceden de la fuente)</translation>
    </message>
    <message>
        <source>In the draft of 22 May 2023</source>
        <translation>En el proyecto del 22 de mayo de 2023</translation>
    </message>
    <message>
        <source>Wholly a bracketed proposal in the draft</source>
        <translation>Íntegramente una propuesta entre corchetes en el proyecto</translation>
    </message>
    <message>
        <source>How the source presents it</source>
        <translation>Cómo lo presenta la fuente</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <source>What participants write</source>
        <translation>Lo que escriben los participantes</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materiales</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Agrupación</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Funciones</translation>
    </message>
    <message>
        <source>Why each option is right or wrong</source>
        <translation>Por qué cada opción es correcta o incorrecta</translation>
    </message>
    <message>
        <source>How to score</source>
        <translation>Cómo puntuar</translation>
    </message>
    <message>
        <source>Kind of question</source>
        <translation>Tipo de pregunta</translation>
    </message>
    <message>
        <source>How to check each level</source>
        <translation>Cómo comprobar cada nivel</translation>
    </message>
    <message>
        <source>Day {0}</source>
        <translation>Día {0}</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>See</source>
        <translation>Véase</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>Exposición</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Visita de campo</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferencia</translation>
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
        <translation>Caso práctico: aplicar un marco a una ciudad</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <source>Recall of a fact</source>
        <translation>Recuerdo de un dato</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Answer found in</source>
        <translation>Respuesta en</translation>
    </message>
    <message>
        <source>Written in {0}</source>
        <translation>Redactado en {0}</translation>
    </message>
</context>
<context>
    <name>JoinCardWindow</name>
    <message>
        <source>Join the room</source>
        <translation>Unirse a la sala</translation>
    </message>
    <message>
        <source>QR code of the room&apos;s address</source>
        <translation>Código QR de la dirección de la sala</translation>
    </message>
    <message>
        <source>Room code: {0}</source>
        <translation>Código de sala: {0}</translation>
    </message>
</context>
<context>
    <name>LocalContentPage</name>
    <message>
        <source>Local case studies and statistics</source>
        <translation>Estudios de caso y estadísticas locales</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>New local item</source>
        <translation>Nuevo elemento local</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Presentar</translation>
    </message>
    <message>
        <source>Present the selected item</source>
        <translation>Presentar el elemento seleccionado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation>Estudio de caso</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Estadística</translation>
    </message>
    <message>
        <source>Language of the title and text</source>
        <translation>Idioma del título y del texto</translation>
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
        <translation>Cifra</translation>
    </message>
    <message>
        <source>e.g. 41.5</source>
        <translation>p. ej., 41.5</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>e.g. % or households</source>
        <translation>p. ej., % u hogares</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>no year</source>
        <translation>sin año</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Linked pillars and elements</source>
        <translation>Pilares y elementos vinculados</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the item</source>
        <translation>Guardar el elemento</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Delete the item</source>
        <translation>Eliminar el elemento</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Tip&amp;o:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Idio&amp;ma:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>&amp;Figure and unit:</source>
        <translation>&amp;Cifra y unidad:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Año:</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Fuente:</translation>
    </message>
    <message>
        <source>&amp;Linked to:</source>
        <translation>&amp;Vinculado a:</translation>
    </message>
    <message>
        <source>Add your own case studies and statistics. They are saved in this workshop, appear in the curriculum search and travel in workshop packs.</source>
        <translation>Añada sus propios estudios de caso y estadísticas. Se guardan en este taller, aparecen en la búsqueda del plan de estudios y viajan en los paquetes del taller.</translation>
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
        <translation>Aún no redactado en {0}: escriba esa versión aquí y luego guarde.</translation>
    </message>
    <message>
        <source>Add local item</source>
        <translation>Añadir un elemento local</translation>
    </message>
    <message>
        <source>Edit local item</source>
        <translation>Editar el elemento local</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
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
        <translation>fuente</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>cifra</translation>
    </message>
    <message>
        <source>figure, unit or links</source>
        <translation>cifra, unidad o vínculos</translation>
    </message>
    <message>
        <source>Give the item a title.</source>
        <translation>Indique un título para el elemento.</translation>
    </message>
    <message>
        <source>The {0} is too long.</source>
        <translation>El campo «{0}» es demasiado largo.</translation>
    </message>
    <message>
        <source>The figure must be a number, like 41.5.</source>
        <translation>La cifra debe ser un número, como 41.5.</translation>
    </message>
    <message>
        <source>This item was deleted meanwhile.</source>
        <translation>Este elemento se eliminó mientras tanto.</translation>
    </message>
    <message>
        <source>Choose a workshop first.</source>
        <translation>Elija primero un taller.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>No guardado: {0}</translation>
    </message>
    <message>
        <source>Delete local item</source>
        <translation>Eliminar el elemento local</translation>
    </message>
    <message>
        <source>Delete “{0}” from this workshop?</source>
        <translation>¿Eliminar «{0}» de este taller?</translation>
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
        <source>&amp;Content language</source>
        <translation>&amp;Idioma del contenido</translation>
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
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
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
        <translation>Acerca de Taller &amp;PCSC</translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Deshacer: {0}</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Rehacer: {0}</translation>
    </message>
    <message>
        <source>Could not undo: {0}</source>
        <translation>No se pudo deshacer: {0}</translation>
    </message>
</context>
<context>
    <name>NamePickerDialog</name>
    <message>
        <source>Who are you?</source>
        <translation>¿Quién es usted?</translation>
    </message>
    <message>
        <source>Pick your name</source>
        <translation>Elija su nombre</translation>
    </message>
    <message>
        <source>Welcome to “{0}”.
Find your name in the list: your own action plan opens next.</source>
        <translation>Bienvenido/a a «{0}».
Busque su nombre en la lista: a continuación se abrirá su plan de acción.</translation>
    </message>
    <message>
        <source>Type part of your name or your city</source>
        <translation>Escriba parte de su nombre o de su ciudad</translation>
    </message>
    <message>
        <source>Search names</source>
        <translation>Buscar nombres</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>No name matches. Ask the facilitator to add you.</source>
        <translation>Ningún nombre coincide. Pida a la persona facilitadora que le añada.</translation>
    </message>
    <message>
        <source>This is me</source>
        <translation>Soy yo</translation>
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
        <translation>Notas del orador – {0}</translation>
    </message>
    <message>
        <source>Speaker notes window</source>
        <translation>Ventana de notas del orador</translation>
    </message>
    <message>
        <source>Current slide</source>
        <translation>Diapositiva actual</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Notas del orador</translation>
    </message>
    <message>
        <source>Slide number</source>
        <translation>Número de diapositiva</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Diapositiva siguiente</translation>
    </message>
    <message>
        <source>Next slide preview</source>
        <translation>Vista previa de la diapositiva siguiente</translation>
    </message>
    <message>
        <source>→ / Space next · ← previous · Home / End · B blank · T timer · Esc end</source>
        <translation>→ / Espacio siguiente · ← anterior · Inicio / Fin · B pantalla en negro · T temporizador · Esc terminar</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
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
        <translation>Autoevaluación</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Planes de acción</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel de seguimiento</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presentar</translation>
    </message>
    <message>
        <source>Local content</source>
        <translation>Contenido local</translation>
    </message>
    <message>
        <source>Knowledge checks</source>
        <translation>Pruebas de conocimientos</translation>
    </message>
</context>
<context>
    <name>ParticipantActions</name>
    <message>
        <source>Plan sending status</source>
        <translation>Estado del envío del plan</translation>
    </message>
    <message>
        <source>Open workshop pack</source>
        <translation>Abrir un paquete del taller</translation>
    </message>
    <message>
        <source>Workshop packs (*.pcsc)</source>
        <translation>Paquetes del taller (*.pcsc)</translation>
    </message>
    <message>
        <source>Opening the workshop pack…</source>
        <translation>Abriendo el paquete del taller…</translation>
    </message>
    <message>
        <source>Workshop pack not opened</source>
        <translation>Paquete del taller no abierto</translation>
    </message>
    <message>
        <source>This file could not be opened. Nothing was changed.</source>
        <translation>No se pudo abrir este archivo. No se ha modificado nada.</translation>
    </message>
    <message>
        <source>Workshop pack from another laptop</source>
        <translation>Paquete del taller de otro portátil</translation>
    </message>
    <message>
        <source>This workshop pack was not made on the laptop your facilitator&apos;s earlier packs came from. Nothing was changed.

Open it only if your facilitator told you they now use another laptop.</source>
        <translation>Este paquete del taller no se creó en el portátil del que venían los paquetes anteriores de su facilitador. No se cambió nada.

Ábralo solo si su facilitador le dijo que ahora usa otro portátil.</translation>
    </message>
    <message>
        <source>My facilitator changed laptops: open it</source>
        <translation>Mi facilitador cambió de portátil: abrirlo</translation>
    </message>
    <message>
        <source>Where should your plan go? (a USB stick or shared folder)</source>
        <translation>¿Dónde debe guardarse su plan? (memoria USB o carpeta compartida)</translation>
    </message>
    <message>
        <source>Plan sent</source>
        <translation>Plan enviado</translation>
    </message>
    <message>
        <source>Your plan (revision {0}) was saved as:
{1}

Hand this file to the facilitator, or leave it in the shared folder.</source>
        <translation>Su plan (revisión {0}) se ha guardado como:
{1}

Entregue este archivo a la persona facilitadora o déjelo en la carpeta compartida.</translation>
    </message>
    <message>
        <source>This laptop&apos;s key: {0}. If the facilitator asks whether a plan came from your laptop, this is what they compare.</source>
        <translation>Clave de este portátil: {0}. Si el facilitador pregunta si un plan vino de su portátil, esto es lo que compara.</translation>
    </message>
    <message>
        <source>Saving your plan…</source>
        <translation>Guardando su plan…</translation>
    </message>
    <message>
        <source>Plan not sent yet</source>
        <translation>Plan aún no enviado</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Last sent {0} (revision {1}) — changed since: {2}</source>
        <translation>Último envío {0} (revisión {1}) — cambiado desde entonces: {2}</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No se ha realizado</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Edit participant</source>
        <translation>Editar el participante</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Añadir participante</translation>
    </message>
    <message>
        <source>(no delegation)</source>
        <translation>(sin delegación)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>May be named in reports</source>
        <translation>Puede figurar con su nombre en los informes</translation>
    </message>
    <message>
        <source>Without consent, reports say “Participant 7”.</source>
        <translation>Sin consentimiento, los informes indican «Participant 7».</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>&amp;Delegación:</translation>
    </message>
    <message>
        <source>(the workshop&apos;s language)</source>
        <translation>(el idioma del taller)</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Co&amp;rreo electrónico:</translation>
    </message>
    <message>
        <source>Documents &amp;in:</source>
        <translation>Documentos en &amp;idioma:</translation>
    </message>
    <message>
        <source>Move participant</source>
        <translation>Mover al participante</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <source>Delegation / participant</source>
        <extracomment>backups found, after the last deletion, that still hold the deleted person (tests)</extracomment>
        <translation>Delegación / participante</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Named in reports</source>
        <translation>Nombrado en los informes</translation>
    </message>
    <message>
        <source>Delegations and participants</source>
        <translation>Delegaciones y participantes</translation>
    </message>
    <message>
        <source>Add de&amp;legation…</source>
        <translation>Añadir de&amp;legación…</translation>
    </message>
    <message>
        <source>Add &amp;participant…</source>
        <translation>Añadir &amp;participante…</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>Edi&amp;tar…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Import &amp;CSV…</source>
        <translation>Importar &amp;CSV…</translation>
    </message>
    <message>
        <source>CSV te&amp;mplate…</source>
        <translation>Plantilla CS&amp;V…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>No delegation</source>
        <translation>Sin delegación</translation>
    </message>
    <message>
        <source>Delete this participant’s data…</source>
        <translation>Eliminar los datos de este participante…</translation>
    </message>
    <message>
        <source>Move participant</source>
        <translation>Mover al participante</translation>
    </message>
    <message>
        <source>Remove delegation</source>
        <translation>Eliminar la delegación</translation>
    </message>
    <message>
        <source>Remove the delegation {0}?</source>
        <translation>¿Eliminar la delegación {0}?</translation>
    </message>
    <message>
        <source>Delete this participant’s data</source>
        <translation>Eliminar los datos de este participante</translation>
    </message>
    <message>
        <source>Delete all data of {0}?</source>
        <translation>¿Eliminar todos los datos de {0}?</translation>
    </message>
    <message>
        <source>Their name, email, organisation and role, their action plan and their own assessment will be erased on this laptop and, after the next exchange, on the others. Items already pulled into the delegation plan stay. This cannot be undone.</source>
        <translation>Su nombre, correo electrónico, organización y cargo, su plan de acción y su evaluación propia se borrarán en este portátil y, tras el próximo intercambio, en los demás. Los elementos ya incorporados al plan de la delegación se conservan. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete data</source>
        <translation>Eliminar los datos</translation>
    </message>
    <message>
        <source>Older backups of this database, made before the deletion, still hold their data: {0}.</source>
        <translation>Copias de seguridad anteriores de esta base de datos, hechas antes de la eliminación, aún contienen sus datos: {0}.</translation>
    </message>
    <message>
        <source>They are next to the database file ({0}). Delete those backups too? A backup is also what would bring back other work lost by mistake.</source>
        <translation>Están junto al archivo de la base de datos ({0}). ¿Eliminar también esas copias? Una copia de seguridad es también lo que permitiría recuperar trabajo perdido por error.</translation>
    </message>
    <message>
        <source>Delete those backups</source>
        <translation>Eliminar esas copias de seguridad</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Conservarlas</translation>
    </message>
    <message>
        <source>Save a CSV template</source>
        <translation>Guardar una plantilla CSV</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importar participantes</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Archivos CSV (*.csv *.txt)</translation>
    </message>
</context>
<context>
    <name>PlanCoach</name>
    <message>
        <source>Plan quality score</source>
        <translation>Puntuación de calidad del plan</translation>
    </message>
    <message>
        <source>What would raise the score</source>
        <translation>Qué mejoraría la puntuación</translation>
    </message>
    <message>
        <source>Plan quality</source>
        <translation>Calidad del plan</translation>
    </message>
    <message>
        <source>What would raise it:</source>
        <translation>Qué la mejoraría:</translation>
    </message>
    <message>
        <source>Local government</source>
        <translation>Gobierno local</translation>
    </message>
    <message>
        <source>National government</source>
        <translation>Gobierno nacional</translation>
    </message>
    <message>
        <source>Other stakeholders</source>
        <translation>Otras partes interesadas</translation>
    </message>
    <message>
        <source>Level of government</source>
        <translation>Nivel de gobierno</translation>
    </message>
    <message>
        <source>Suggestions from the assessment</source>
        <translation>Sugerencias derivadas de la evaluación</translation>
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translation>A&amp;ceptar</translation>
    </message>
    <message>
        <source>Edit &amp;&amp; accept…</source>
        <translation>Editar &amp;&amp; aceptar…</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>From assessment to action</source>
        <translation>De la evaluación a la acción</translation>
    </message>
    <message>
        <source>Members&apos; items</source>
        <translation>Elementos de los miembros</translation>
    </message>
    <message>
        <source>&amp;Pull ticked items into the delegation plan</source>
        <translation>&amp;Incorporar los elementos marcados al plan de la delegación</translation>
    </message>
    <message>
        <source>Accept a suggestion</source>
        <translation>Aceptar una sugerencia</translation>
    </message>
    <message>
        <source>Dismiss a suggestion</source>
        <translation>Descartar una sugerencia</translation>
    </message>
    <message>
        <source>Pull members&apos; items</source>
        <translation>Incorporar los elementos de los miembros</translation>
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
        <translation>(pasos {0})</translation>
    </message>
    <message>
        <source>Nothing missing: a complete plan.</source>
        <translation>No falta nada: el plan está completo.</translation>
    </message>
    <message>
        <source>JICA {0} {1} (level {2}) → {3}</source>
        <translation>JICA {0} {1} (nivel {2}) → {3}</translation>
    </message>
    <message>
        <source>See the pillar&apos;s recommended actions.</source>
        <translation>Vea las acciones recomendadas para este pilar.</translation>
    </message>
    <message>
        <source>Case studies: {0}</source>
        <translation>Estudios de caso: {0}</translation>
    </message>
    <message>
        <source>No open suggestions. Score the delegation&apos;s assessment to get suggestions from its weakest elements.</source>
        <translation>No hay sugerencias pendientes. Puntúe la evaluación de la delegación para obtener sugerencias basadas en sus elementos más débiles.</translation>
    </message>
    <message>
        <source>{0} open, {1} accepted</source>
        <translation>{0} abiertas, {1} aceptadas</translation>
    </message>
    <message>
        <source>Edit the next step</source>
        <translation type="vanished">Editar el próximo paso</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation type="vanished">Acción:</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Apoyo</translation>
    </message>
    <message>
        <source> (from {0})</source>
        <translation> (de {0})</translation>
    </message>
    <message>
        <source>— in the delegation plan</source>
        <translation>— en el plan de la delegación</translation>
    </message>
    <message>
        <source>The members have no next steps or support requests yet.</source>
        <translation>Los miembros aún no tienen próximos pasos ni solicitudes de apoyo.</translation>
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
        <translation type="vanished">&amp;Exportar a PDF…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exportar a &amp;PDF…</translation>
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
        <source>Next step {0}</source>
        <translation>Próximo paso {0}</translation>
    </message>
    <message>
        <source>Desired future support</source>
        <translation>Apoyo futuro deseado</translation>
    </message>
    <message>
        <source>Support request {0}</source>
        <translation>Solicitud de apoyo {0}</translation>
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
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>&amp;Coaching</source>
        <translation>&amp;Orientación</translation>
    </message>
    <message>
        <source>Show or hide the coaching panel (plan quality, suggestions)</source>
        <translation>Mostrar u ocultar el panel de orientación (calidad del plan, sugerencias)</translation>
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
        <source>Accept a suggestion</source>
        <translation>Aceptar una sugerencia</translation>
    </message>
    <message>
        <source>&amp;Coaching ({0} / 100)</source>
        <translation>&amp;Orientación ({0} / 100)</translation>
    </message>
    <message>
        <source>Edit plan</source>
        <translation>Editar el plan</translation>
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
    <message>
        <source>Typing</source>
        <translation>Escritura</translation>
    </message>
    <message>
        <source>Table edit</source>
        <translation>Edición de la tabla</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
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
        <source>Hide the &amp;list</source>
        <translation>Ocultar la &amp;lista</translation>
    </message>
    <message>
        <source>Fold the list of plans away to give the plan the whole width</source>
        <translation>Plegar la lista de planes para dar al plan todo el ancho</translation>
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
        <source>Show the &amp;list</source>
        <translation>Mostrar la &amp;lista</translation>
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
    <name>PollResultsWindow</name>
    <message>
        <source>Live poll results</source>
        <translation>Resultados de la encuesta en vivo</translation>
    </message>
    <message>
        <source>Answers: {0}</source>
        <translation>Respuestas: {0}</translation>
    </message>
</context>
<context>
    <name>PresentPage</name>
    <message>
        <source>Present a module full screen</source>
        <translation>Presentar un módulo a pantalla completa</translation>
    </message>
    <message>
        <source>Choose what to present and press Present (or Enter). During the presentation: → / Space next, ← previous, Home / End, B blank screen, T start or pause the timer, N speaker notes, Esc end.</source>
        <translation>Elija qué presentar y pulse Presentar (o Intro). Durante la presentación: → / Espacio siguiente, ← anterior, Inicio / Fin, B pantalla en negro, T iniciar o pausar el temporizador, N notas del orador, Esc terminar.</translation>
    </message>
    <message>
        <source>What to present</source>
        <translation>Qué presentar</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Timer length in minutes</source>
        <translation>Duración del temporizador en minutos</translation>
    </message>
    <message>
        <source>&amp;Timer:</source>
        <translation>&amp;Temporizador:</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Presentar</translation>
    </message>
    <message>
        <source>Present full screen</source>
        <translation>Presentar a pantalla completa</translation>
    </message>
    <message>
        <source>About the selection</source>
        <translation>Acerca de la selección</translation>
    </message>
    <message>
        <source>First slide preview</source>
        <translation>Vista previa de la primera diapositiva</translation>
    </message>
    <message>
        <source>Curriculum modules</source>
        <translation>Módulos del plan de estudios</translation>
    </message>
    <message>
        <source>Agenda sessions</source>
        <translation>Sesiones del programa</translation>
    </message>
    <message>
        <source>Local content</source>
        <translation>Contenido local</translation>
    </message>
    <message>
        <source>Day {0}, {1} · {2} min · {3}</source>
        <translation>Día {0}, {1} · {2} min · {3}</translation>
    </message>
    <message>
        <source>This item can no longer be found.</source>
        <translation>Ya no se encuentra este elemento.</translation>
    </message>
    <message numerus="yes">
        <source>{0} – %n slide(s)</source>
        <translation>
            <numerusform>{0} – %n diapositiva</numerusform>
            <numerusform>{0} – %n diapositivas</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} – {1} slides</source>
        <translation type="vanished">{0} – {1} diapositivas</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Session timer</source>
        <translation>Temporizador de la sesión</translation>
    </message>
    <message>
        <source>{0} / {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <source>Slide {0} of {1}</source>
        <translation>Diapositiva {0} de {1}</translation>
    </message>
    <message>
        <source>No notes for this slide.</source>
        <translation>No hay notas para esta diapositiva.</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Day {0} · {1} · {2} min</source>
        <translation>Día {0} · {1} · {2} min</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Something went wrong</source>
        <translation>Se ha producido un error</translation>
    </message>
    <message>
        <source>Nothing to present</source>
        <translation>Nada que presentar</translation>
    </message>
    <message>
        <source>This item is not in the curriculum or the workshop&apos;s local content: {0}</source>
        <translation>Este elemento no está en el plan de estudios ni en el contenido local del taller: {0}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>PCSC Workshop could not restart itself; please close and open it again.</source>
        <translation>Taller PCSC no pudo reiniciarse; ciérrelo y ábralo de nuevo.</translation>
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
        <translation>Pruebas de conocimientos</translation>
    </message>
    <message>
        <source>&amp;Take a check</source>
        <translation>&amp;Hacer una prueba</translation>
    </message>
    <message>
        <source>&amp;Learning gain</source>
        <translation>Pro&amp;greso del aprendizaje</translation>
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
        <translation>Antes o después de la sesión</translation>
    </message>
    <message>
        <source>Before the session</source>
        <translation>Antes de la sesión</translation>
    </message>
    <message>
        <source>After the session</source>
        <translation>Después de la sesión</translation>
    </message>
    <message>
        <source>&amp;Start the check</source>
        <translation>&amp;Iniciar la prueba</translation>
    </message>
    <message>
        <source>Start the check</source>
        <translation>Iniciar la prueba</translation>
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
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Choose the participant, the module and whether this is before or after the session, then press &lt;b&gt;Start the check&lt;/b&gt;. The questions appear here; after submitting, each answer is shown with the right one and why.</source>
        <translation>Elija el participante, el módulo y si es antes o después de la sesión, y pulse &lt;b&gt;Iniciar la prueba&lt;/b&gt;. Las preguntas aparecen aquí; tras enviarlas, cada respuesta se muestra junto a la correcta y su explicación.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>S&amp;ubmit answers</source>
        <translation>&amp;Enviar las respuestas</translation>
    </message>
    <message>
        <source>Submit answers</source>
        <translation>Enviar las respuestas</translation>
    </message>
    <message>
        <source>Score and right answers</source>
        <translation>Puntuación y respuestas correctas</translation>
    </message>
    <message>
        <source>{0} questions · {1} · {2}</source>
        <translation type="vanished">{0} preguntas · {1} · {2}</translation>
    </message>
    <message>
        <source>Question {0}</source>
        <translation>Pregunta {0}</translation>
    </message>
    <message>
        <source>Unanswered questions</source>
        <translation>Preguntas sin responder</translation>
    </message>
    <message>
        <source>{0} questions have no answer; they count as wrong. Submit anyway?</source>
        <translation type="vanished">{0} preguntas no tienen respuesta; cuentan como incorrectas. ¿Enviar de todos modos?</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) · {0} · {1}</source>
        <translation>
            <numerusform>%n pregunta · {0} · {1}</numerusform>
            <numerusform>%n preguntas · {0} · {1}</numerusform>
        </translation>
    </message>
    <message>
        <source>Question {0} (not yet translated, in English)</source>
        <translation>Pregunta {0} (aún sin traducir, en inglés)</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) have no answer; they count as wrong. Submit anyway?</source>
        <translation>
            <numerusform>%n pregunta no tiene respuesta; cuenta como incorrecta. ¿Enviar de todos modos?</numerusform>
            <numerusform>%n preguntas no tienen respuesta; cuentan como incorrectas. ¿Enviar de todos modos?</numerusform>
        </translation>
    </message>
    <message>
        <source>This participant is no longer in the workshop.</source>
        <translation>Este participante ya no está en el taller.</translation>
    </message>
    <message>
        <source>This module has no questions.</source>
        <translation>Este módulo no tiene preguntas.</translation>
    </message>
    <message>
        <source>The answers were not saved</source>
        <translation>No se guardaron las respuestas</translation>
    </message>
    <message>
        <source>Score: {0} of {1} ({2})</source>
        <translation>Puntuación: {0} de {1} ({2})</translation>
    </message>
    <message>
        <source>The right answers are shown after the after-session check, so that it measures what was learnt (the facilitator can release them earlier).</source>
        <translation>Las respuestas correctas se muestran tras la prueba posterior a la sesión, para que mida lo aprendido (el facilitador puede mostrarlas antes).</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Not quite</source>
        <translation>No exactamente</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(sin respuesta)</translation>
    </message>
    <message>
        <source>Your answer: {0}</source>
        <translation>Su respuesta: {0}</translation>
    </message>
    <message>
        <source>Right answer: {0}</source>
        <translation>Respuesta correcta: {0}</translation>
    </message>
    <message>
        <source>(your answer)</source>
        <translation>(su respuesta)</translation>
    </message>
    <message>
        <source>Why each option is right or wrong:</source>
        <translation>Por qué cada opción es correcta o incorrecta:</translation>
    </message>
    <message>
        <source>Participants with both</source>
        <translation>Participantes con ambas</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Gain (points)</source>
        <translation>Progreso (puntos)</translation>
    </message>
    <message>
        <source>Learning gain by module</source>
        <translation>Progreso del aprendizaje por módulo</translation>
    </message>
    <message>
        <source>Learning gain by participant</source>
        <translation>Progreso del aprendizaje por participante</translation>
    </message>
    <message>
        <source>Scores are the share of right answers; the gain is after minus before, in percentage points, where both exist. A retake replaces the earlier attempt.</source>
        <translation>Las puntuaciones son la proporción de respuestas correctas; el progreso es el resultado de después menos el de antes, en puntos porcentuales, cuando existen ambos. Repetir la prueba sustituye el intento anterior.</translation>
    </message>
    <message>
        <source>&amp;Release the right answers now</source>
        <translation>Mostrar ya las &amp;respuestas correctas</translation>
    </message>
    <message>
        <source>Release the right answers</source>
        <translation>Mostrar las respuestas correctas</translation>
    </message>
    <message>
        <source>Otherwise each participant sees them after their after-session check.</source>
        <translation>Si no, cada participante las ve tras su prueba posterior a la sesión.</translation>
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
        <translation>(participante eliminado)</translation>
    </message>
    <message>
        <source>Hold back the right answers</source>
        <translation>Ocultar las respuestas correctas</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Sin cambios</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>Radar chart of the 21 elements</source>
        <translation>Gráfico radial de los 21 elementos</translation>
    </message>
    <message>
        <source>Chart legend</source>
        <translation>Leyenda del gráfico</translation>
    </message>
    <message>
        <source>not scored (gap in the line)</source>
        <translation>sin puntuar (hueco en la línea)</translation>
    </message>
</context>
<context>
    <name>RoomActions</name>
    <message>
        <source>Open the room…</source>
        <translation>Abrir la sala…</translation>
    </message>
    <message>
        <source>Send my plan to the room…</source>
        <translation>Enviar mi plan a la sala…</translation>
    </message>
    <message>
        <source>Looking for the room…</source>
        <translation>Buscando la sala…</translation>
    </message>
    <message>
        <source>Send my plan to the room</source>
        <translation>Enviar mi plan a la sala</translation>
    </message>
    <message>
        <source>Rooms found on this network:</source>
        <translation>Salas encontradas en esta red:</translation>
    </message>
    <message>
        <source>No room answered on this network. Type the address shown on the join card (for example http://192.168.1.10:8765/):</source>
        <translation>Ninguna sala respondió en esta red. Escriba la dirección que figura en la tarjeta de acceso (por ejemplo http://192.168.1.10:8765/):</translation>
    </message>
    <message>
        <source>Room code (on the screen):</source>
        <translation>Código de sala (en la pantalla):</translation>
    </message>
    <message>
        <source>Sending your plan…</source>
        <translation>Enviando su plan…</translation>
    </message>
    <message>
        <source>Choose who you are first: open the workshop pack and pick your name.</source>
        <translation>Indique primero quién es: abra el paquete del taller y elija su nombre.</translation>
    </message>
    <message>
        <source>Your plan reached the room.</source>
        <translation>Su plan llegó a la sala.</translation>
    </message>
    <message>
        <source>Plan not sent</source>
        <translation>Plan no enviado</translation>
    </message>
    <message>
        <source>Your plan did not reach the room. Nothing was lost: it is still on this laptop.</source>
        <translation>Su plan no llegó a la sala. No se ha perdido nada: sigue en este portátil.</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>The room</source>
        <translation>La sala</translation>
    </message>
    <message>
        <source>Open the room</source>
        <translation>Abrir la sala</translation>
    </message>
    <message>
        <source>Close the room</source>
        <translation>Cerrar la sala</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Escuchar en:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>The room is closed. Open it to let browsers join.</source>
        <translation>La sala está cerrada. Ábrala para que los navegadores puedan unirse.</translation>
    </message>
    <message>
        <source>QR code of the room&apos;s address</source>
        <translation>Código QR de la dirección de la sala</translation>
    </message>
    <message>
        <source>Show join card full screen</source>
        <translation>Mostrar la tarjeta de acceso a pantalla completa</translation>
    </message>
    <message>
        <source>Save join card and personal codes (PDF)…</source>
        <translation>Guardar la tarjeta de acceso y los códigos personales (PDF)…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <source>Personal code</source>
        <translation>Código personal</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Se unió a las</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Remove this device</source>
        <translation>Quitar este dispositivo</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Opción múltiple</translation>
    </message>
    <message>
        <source>Dot-voting</source>
        <translation>Votación por puntos</translation>
    </message>
    <message>
        <source>Word cloud</source>
        <translation>Nube de palabras</translation>
    </message>
    <message>
        <source>One option per line</source>
        <translation>Una opción por línea</translation>
    </message>
    <message>
        <source>Ask the room</source>
        <translation>Preguntar a la sala</translation>
    </message>
    <message>
        <source>Close the question</source>
        <translation>Cerrar la pregunta</translation>
    </message>
    <message>
        <source>Show results full screen</source>
        <translation>Mostrar los resultados a pantalla completa</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
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
        <translation>Pregunta:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <source>Picks per person (dot-voting):</source>
        <translation>Elecciones por persona (votación por puntos):</translation>
    </message>
    <message>
        <source>Personal codes</source>
        <translation>Códigos personales</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Live poll</source>
        <translation>Encuesta en vivo</translation>
    </message>
    <message>
        <source>Choose or create a workshop first (Workshop page, or the workshop list at the top of the window): the room serves one workshop.</source>
        <translation>Elija o cree primero un taller (página Taller, o la lista de talleres en la parte superior de la ventana): la sala sirve un solo taller.</translation>
    </message>
    <message>
        <source>Opening the room…</source>
        <translation>Abriendo la sala…</translation>
    </message>
    <message>
        <source>Room code: {0}</source>
        <translation>Código de sala: {0}</translation>
    </message>
    <message>
        <source>(Not announced on the network: {0})</source>
        <translation>(No anunciada en la red: {0})</translation>
    </message>
    <message>
        <source>The room is open. Participants join at the address below with the room code and their personal code.</source>
        <translation>La sala está abierta. Los participantes se unen en la dirección de abajo con el código de sala y su código personal.</translation>
    </message>
    <message>
        <source>The room could not be opened: {0}</source>
        <translation>No se pudo abrir la sala: {0}</translation>
    </message>
    <message>
        <source>Closing the room…</source>
        <translation>Cerrando la sala…</translation>
    </message>
    <message>
        <source>The room stopped unexpectedly. Open it again to let browsers join; everything saved so far is kept.</source>
        <translation>La sala se detuvo de forma inesperada. Ábrala de nuevo para que los navegadores puedan unirse; todo lo guardado hasta ahora se conserva.</translation>
    </message>
    <message>
        <source>Save join card</source>
        <translation>Guardar la tarjeta de acceso</translation>
    </message>
    <message>
        <source>join-card</source>
        <translation>tarjeta-acceso</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Join card saved: {0}</source>
        <translation>Tarjeta de acceso guardada: {0}</translation>
    </message>
    <message>
        <source>{0} — answers: {1}</source>
        <translation>{0} — respuestas: {1}</translation>
    </message>
    <message>
        <source>Type the question first.</source>
        <translation>Escriba primero la pregunta.</translation>
    </message>
    <message>
        <source>Give at least two options, one per line.</source>
        <translation>Indique al menos dos opciones, una por línea.</translation>
    </message>
    <message>
        <source>Give at most 40 options.</source>
        <translation>Indique como máximo 40 opciones.</translation>
    </message>
    <message>
        <source>Cannot ask this question</source>
        <translation>No se puede hacer esta pregunta</translation>
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
        <translation>Seleccione una fila para ver todos sus campos</translation>
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
    <name>ScreenChooser</name>
    <message>
        <source>{0} – {1} × {2}</source>
        <translation>{0} – {1} × {2}</translation>
    </message>
    <message>
        <source>{0} (this computer&apos;s main screen)</source>
        <translation>{0} (pantalla principal de este equipo)</translation>
    </message>
    <message>
        <source>Present on which screen?</source>
        <translation>¿En qué pantalla presentar?</translation>
    </message>
    <message>
        <source>Choose the screen for the slides</source>
        <translation>Elija la pantalla para las diapositivas</translation>
    </message>
    <message>
        <source>The slides fill the screen you choose; the speaker notes, the next slide and the timer go on another screen.</source>
        <translation>Las diapositivas ocupan la pantalla que elija; las notas del orador, la diapositiva siguiente y el temporizador van en otra pantalla.</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Presentar</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Edit session</source>
        <translation>Editar la sesión</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Añadir sesión</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Curriculum links</source>
        <translation>Vínculos con el plan de estudios</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Día:</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>&amp;Empieza a las:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Tip&amp;o:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>&amp;Links to the curriculum:</source>
        <translation>&amp;Vínculos con el plan de estudios:</translation>
    </message>
    <message>
        <source>Please give the session a title.</source>
        <translation>Indique un título para la sesión.</translation>
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
        <translation type="vanished">El idioma de los menús, botones y mensajes; se usa tras reiniciar</translation>
    </message>
    <message>
        <source>Takes effect when you restart PCSC Workshop.</source>
        <translation type="vanished">Se aplicará cuando reinicie Taller PCSC.</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages; PCSC Workshop offers to restart at once</source>
        <translation>El idioma de menús, botones y mensajes; Taller PCSC ofrece reiniciar enseguida</translation>
    </message>
    <message>
        <source>Needs a restart, which you can do at once.</source>
        <translation>Requiere reiniciar, lo que puede hacer enseguida.</translation>
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
        <source>PCSC Workshop must restart to show the new interface language. Your work is saved. Restart now?</source>
        <translation>Taller PCSC debe reiniciarse para mostrar el nuevo idioma de la interfaz. Su trabajo está guardado. ¿Reiniciar ahora?</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
    <message>
        <source>The new language will be used the next time you start PCSC Workshop.</source>
        <translation type="vanished">El nuevo idioma se usará la próxima vez que inicie Taller PCSC.</translation>
    </message>
</context>
<context>
    <name>SlideView</name>
    <message>
        <source>Slide</source>
        <translation>Diapositiva</translation>
    </message>
    <message>
        <source>Day {0}</source>
        <translation>Día {0}</translation>
    </message>
    <message>
        <source>Before the session and again after it</source>
        <translation>Antes de la sesión y de nuevo después</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>Fuente: {0}</translation>
    </message>
    <message>
        <source>Who: {0}</source>
        <translation>Quién: {0}</translation>
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
        <source>Thematic pillar {0}</source>
        <translation>Pilar temático {0}</translation>
    </message>
    <message>
        <source>Enabling pillar {0}</source>
        <translation>Pilar habilitante {0}</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Maturity levels for the self-assessment</source>
        <translation>Niveles de madurez para la autoevaluación</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Puntos clave</translation>
    </message>
    <message>
        <source>Principles and actions</source>
        <translation>Principios y acciones</translation>
    </message>
    <message>
        <source>Agenda session</source>
        <translation>Sesión del programa</translation>
    </message>
    <message>
        <source>Examples from the guidelines</source>
        <translation>Ejemplos de las directrices</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation>Estudio de caso</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lecciones aprendidas</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>Preguntas para el debate</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Knowledge check</source>
        <translation>Prueba de conocimientos</translation>
    </message>
    <message>
        <source>Learning objectives</source>
        <translation>Objetivos de aprendizaje</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Hoja de trabajo</translation>
    </message>
    <message>
        <source>JICA stage</source>
        <translation>Etapa según JICA</translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>Datos clave</translation>
    </message>
    <message>
        <source>City type</source>
        <translation>Tipo de ciudad</translation>
    </message>
    <message>
        <source>Scaling approach</source>
        <translation>Enfoque de ampliación de escala</translation>
    </message>
    <message>
        <source>JICA support</source>
        <translation>Apoyo de JICA</translation>
    </message>
    <message>
        <source>Principle of the 2023 draft resolution</source>
        <translation>Principio del proyecto de resolución de 2023</translation>
    </message>
    <message>
        <source>Characteristic of the guidelines</source>
        <translation>Característica de las directrices</translation>
    </message>
    <message>
        <source>City characteristic</source>
        <translation>Característica de la ciudad</translation>
    </message>
    <message>
        <source>City scope</source>
        <translation>Alcance de la ciudad</translation>
    </message>
    <message>
        <source>Our maturity rubric</source>
        <translation>Nuestra rúbrica de madurez</translation>
    </message>
    <message>
        <source>{0} — principles: {1} · actions: {2}</source>
        <translation>{0} — principios: {1} · acciones: {2}</translation>
    </message>
    <message>
        <source>Together — principles: {0} · actions: {1}</source>
        <translation>En conjunto — principios: {0} · acciones: {1}</translation>
    </message>
    <message>
        <source>Example principle</source>
        <translation>Ejemplo de principio</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>Principios</translation>
    </message>
    <message>
        <source>Example action – {0}</source>
        <translation>Ejemplo de acción – {0}</translation>
    </message>
    <message>
        <source>Actions – {0}</source>
        <translation>Acciones – {0}</translation>
    </message>
    <message>
        <source>Level {0}</source>
        <translation>Nivel {0}</translation>
    </message>
    <message>
        <source>Starts with</source>
        <translation>Empieza con</translation>
    </message>
    <message>
        <source>Grows by</source>
        <translation>Crece mediante</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>Ponencia</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Visita de campo</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferencia</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Debate</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n pregunta</numerusform>
            <numerusform>%n preguntas</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the objectives aloud; come back to them at the end of the session and ask who can now do each one.</source>
        <translation>Lea los objetivos en voz alta; vuelva a ellos al final de la sesión y pregunte quién puede ya cumplir cada uno.</translation>
    </message>
    <message>
        <source>Facilitator&apos;s notes – our advice, not from the sources</source>
        <translation>Notas para el facilitador: nuestros consejos, no los de las fuentes</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation type="vanished">1 pregunta</translation>
    </message>
    <message>
        <source>{0} questions</source>
        <translation type="vanished">{0} preguntas</translation>
    </message>
    <message>
        <source>The curriculum gives the counts and one example of each; the full wording is in the guidelines (add it as local content).</source>
        <translation>El plan de estudios indica las cantidades y un ejemplo de cada uno; el texto completo está en las directrices (añádalo como contenido local).</translation>
    </message>
    <message>
        <source>These are single examples, paraphrased – not the official wording. Ask which actor in the room would own each action.</source>
        <translation>Son ejemplos aislados y parafraseados, no el texto oficial. Pregunte qué actor de la sala se haría cargo de cada acción.</translation>
    </message>
    <message>
        <source>Ask the room: is this true for your city? What would the figure be at home?</source>
        <translation>Pregunte a la sala: ¿ocurre esto en su ciudad? ¿Cuál sería la cifra en su país?</translation>
    </message>
    <message>
        <source>Ask what made it work, and what would be different at home.</source>
        <translation>Pregunte qué hizo que funcionara y qué sería diferente en su país.</translation>
    </message>
    <message>
        <source>Ask each delegation to pick one lesson for its action plan.</source>
        <translation>Pida a cada delegación que elija una lección para su plan de acción.</translation>
    </message>
    <message>
        <source>Give tables a few minutes per question, then take one answer from each table.</source>
        <translation>Dé a las mesas unos minutos por pregunta y luego recoja una respuesta de cada mesa.</translation>
    </message>
    <message>
        <source>Let people answer first; the right answer is below.</source>
        <translation>Deje que la gente responda primero; la respuesta correcta está abajo.</translation>
    </message>
    <message>
        <source>Participants take the check on the Knowledge checks page – before the session and again after it.</source>
        <translation>Los participantes hacen la prueba en la página Pruebas de conocimientos, antes de la sesión y de nuevo después.</translation>
    </message>
</context>
<context>
    <name>TemplatePage</name>
    <message>
        <source>Start from a template</source>
        <translation>Empezar a partir de una plantilla</translation>
    </message>
    <message>
        <source>The template gives the workshop its agenda; you can change every session afterwards.</source>
        <translation>La plantilla proporciona el programa del taller; después podrá modificar cada sesión.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
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
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} — {1} sessions</source>
        <translation type="vanished">{0} — {1} sesiones</translation>
    </message>
    <message>
        <source>{0} — {1} days, {2} sessions</source>
        <translation type="vanished">{0} — {1} días, {2} sesiones</translation>
    </message>
    <message>
        <source>Blank workshop (no agenda)</source>
        <translation>Taller en blanco (sin programa)</translation>
    </message>
</context>
<context>
    <name>TimerPill</name>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>{0} · time is up</source>
        <translation>{0} · se acabó el tiempo</translation>
    </message>
    <message>
        <source>{0} · wrap up</source>
        <translation>{0} · concluya</translation>
    </message>
    <message>
        <source>{0} · paused</source>
        <translation>{0} · en pausa</translation>
    </message>
    <message>
        <source>{0} · press T to start</source>
        <translation>{0} · pulse T para iniciar</translation>
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
        <translation>lugar</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ciudad</translation>
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
        <translation>descripción</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>role</source>
        <translation>cargo</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consentimiento</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>hora de inicio</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>duración</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>fecha de finalización</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>fecha de inicio</translation>
    </message>
    <message>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>delegation</source>
        <translation>delegación</translation>
    </message>
    <message>
        <source>city type</source>
        <translation>tipo de ciudad</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>etapa</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indicador</translation>
    </message>
    <message>
        <source>link</source>
        <translation>vínculo</translation>
    </message>
    <message>
        <source>action</source>
        <translation>acción</translation>
    </message>
    <message>
        <source>key takeaways</source>
        <translation>principales conclusiones</translation>
    </message>
    <message>
        <source>challenges</source>
        <translation>desafíos</translation>
    </message>
    <message>
        <source>approaches</source>
        <translation>enfoques</translation>
    </message>
    <message>
        <source>Please fill in the {0}.</source>
        <translation>Rellene el campo «{0}».</translation>
    </message>
    <message>
        <source>The {0} is too long (at most {1} characters).</source>
        <translation>El campo «{0}» es demasiado largo (máximo {1} caracteres).</translation>
    </message>
    <message>
        <source>This email address does not look right.</source>
        <translation>Esta dirección de correo electrónico no parece correcta.</translation>
    </message>
    <message>
        <source>Write the time as HH:MM, for example 09:30.</source>
        <translation>Escriba la hora en formato HH:MM, por ejemplo 09:30.</translation>
    </message>
    <message>
        <source>The {0} has a value that is not allowed ({1}).</source>
        <translation>El campo «{0}» tiene un valor no permitido ({1}).</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La fecha de finalización es anterior a la de inicio.</translation>
    </message>
    <message>
        <source>This record no longer exists (it may have been deleted).</source>
        <translation>Este registro ya no existe (puede que se haya eliminado).</translation>
    </message>
    <message>
        <source>This delegation still has members: move or delete them first.</source>
        <translation>Esta delegación todavía tiene miembros: muévalos o elimínelos primero.</translation>
    </message>
    <message>
        <source>That delegation belongs to another workshop.</source>
        <translation>Esa delegación pertenece a otro taller.</translation>
    </message>
    <message>
        <source>no {0}</source>
        <translation>campo «{0}» vacío</translation>
    </message>
    <message>
        <source>{0} too long (max {1})</source>
        <translation>campo «{0}» demasiado largo (máx. {1})</translation>
    </message>
    <message>
        <source>email address not valid</source>
        <translation>dirección de correo electrónico no válida</translation>
    </message>
    <message>
        <source>consent should be yes or no, not “{0}”</source>
        <translation>el consentimiento debe ser «yes» o «no», no «{0}»</translation>
    </message>
    <message>
        <source>same person as row {0}</source>
        <translation>la misma persona que en la fila {0}</translation>
    </message>
    <message>
        <source>wrong number of cells ({0})</source>
        <translation>número de celdas incorrecto ({0})</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (line {0}); save it as “CSV UTF-8”</source>
        <translation>el archivo no es texto UTF-8 (línea {0}); guárdelo como «CSV UTF-8»</translation>
    </message>
    <message>
        <source>the first row must name the columns</source>
        <translation>la primera fila debe indicar los nombres de las columnas</translation>
    </message>
    <message>
        <source>the {0} column is missing</source>
        <translation>falta la columna «{0}»</translation>
    </message>
    <message>
        <source>unknown column “{0}” (expected name, organisation, role, country, city, email, consent)</source>
        <translation>columna desconocida «{0}» (se esperan: name, organisation, role, country, city, email, consent)</translation>
    </message>
    <message>
        <source>column “{0}” appears twice</source>
        <translation>la columna «{0}» aparece dos veces</translation>
    </message>
    <message>
        <source>more than {0} rows</source>
        <translation>más de {0} filas</translation>
    </message>
    <message>
        <source>the file has no participant rows</source>
        <translation>el archivo no contiene filas de participantes</translation>
    </message>
    <message>
        <source>{0} holds a NUL byte (a damaged or non-text file?)</source>
        <translation>{0} contiene un byte NUL (¿archivo dañado o no de texto?)</translation>
    </message>
    <message>
        <source>{0} is made only of invisible characters</source>
        <translation>{0} solo contiene caracteres invisibles</translation>
    </message>
    <message>
        <source>{0} is longer than {1} characters: row not read</source>
        <translation>{0} supera los {1} caracteres: fila no leída</translation>
    </message>
    <message>
        <source>a cell</source>
        <translation>una celda</translation>
    </message>
    <message>
        <source>Write the {0} section.</source>
        <translation>Redacte la sección «{0}».</translation>
    </message>
    <message>
        <source>Add at least one next step.</source>
        <translation>Añada al menos un próximo paso.</translation>
    </message>
    <message>
        <source>Say what support you would like, and from whom.</source>
        <translation>Indique qué apoyo desea y de quién.</translation>
    </message>
    <message>
        <source>Describe the action.</source>
        <translation>Describa la acción.</translation>
    </message>
    <message>
        <source>Name who is responsible.</source>
        <translation>Indique quién es responsable.</translation>
    </message>
    <message>
        <source>Give a start date.</source>
        <translation>Indique una fecha de inicio.</translation>
    </message>
    <message>
        <source>Give an end date.</source>
        <translation>Indique una fecha de finalización.</translation>
    </message>
    <message>
        <source>Say how you will know it worked (an indicator).</source>
        <translation>Indique cómo sabrá que ha funcionado (un indicador).</translation>
    </message>
    <message>
        <source>Link it to a guideline pillar or a JICA element.</source>
        <translation>Vincúlelo a un pilar de las directrices o a un elemento de JICA.</translation>
    </message>
    <message>
        <source>The link does not match a pillar or element of the curriculum.</source>
        <translation>El vínculo no corresponde a ningún pilar ni elemento del plan de estudios.</translation>
    </message>
    <message>
        <source>A date falls before the workshop.</source>
        <translation>Una fecha es anterior al taller.</translation>
    </message>
    <message>
        <source>A date is more than five years away.</source>
        <translation>Una fecha está a más de cinco años.</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>Ponencia</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Visita de campo</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conferencia</translation>
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
</context>
<context>
    <name>WorkshopActions</name>
    <message>
        <source>D&amp;uplicate this workshop…</source>
        <translation>D&amp;uplicar este taller…</translation>
    </message>
    <message>
        <source>&amp;Delete this workshop…</source>
        <translation>&amp;Eliminar este taller…</translation>
    </message>
    <message>
        <source>&amp;Back up the database to a file…</source>
        <translation>&amp;Guardar una copia de la base de datos en un archivo…</translation>
    </message>
    <message>
        <source>&amp;Restore the database from a backup…</source>
        <translation>&amp;Restaurar la base de datos desde una copia…</translation>
    </message>
    <message>
        <source>Duplicate the workshop</source>
        <translation>Duplicar el taller</translation>
    </message>
    <message>
        <source>Delete the workshop</source>
        <translation>Eliminar el taller</translation>
    </message>
    <message>
        <source>Delete “{0}” with its agenda, its participants ({1}), their plans, assessments and checks from this laptop?

Back up the database first if you may need it again (File › Back up the database).</source>
        <translation>¿Eliminar «{0}» de este ordenador, con su programa, sus participantes ({1}), sus planes, evaluaciones y pruebas?

Guarde antes una copia de la base de datos si puede volver a necesitarla (Archivo › Copia de la base de datos).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>PCSC Workshop backup {0}.sqlite3</source>
        <translation>Copia PCSC Workshop {0}.sqlite3</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <source>Database backups (*.sqlite3 *.db);;All files (*)</source>
        <translation>Copias de la base de datos (*.sqlite3 *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Backup written: {0}</source>
        <translation>Copia escrita: {0}</translation>
    </message>
    <message>
        <source>The backup was not written</source>
        <translation>La copia no se ha escrito</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Escribiendo la copia…</translation>
    </message>
    <message>
        <source>Restore the database from a backup</source>
        <translation>Restaurar la base de datos desde una copia</translation>
    </message>
    <message>
        <source>Restore the database</source>
        <translation>Restaurar la base de datos</translation>
    </message>
    <message>
        <source>“{0}” holds workshops: {1}, participants: {2}. Restoring replaces everything on this laptop with it; the current database is kept as a copy next to it first.

Restore now?</source>
        <translation>«{0}» contiene talleres: {1}, participantes: {2}. Restaurar sustituye todo lo de este ordenador por su contenido; antes se guarda una copia de la base de datos actual a su lado.

¿Restaurar ahora?</translation>
    </message>
    <message>
        <source>This file cannot be restored</source>
        <translation>Este archivo no se puede restaurar</translation>
    </message>
    <message>
        <source>{0}

Nothing was changed.</source>
        <translation>{0}

No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The restore failed</source>
        <translation>La restauración ha fallado</translation>
    </message>
    <message>
        <source>Restoring the database…</source>
        <translation>Restaurando la base de datos…</translation>
    </message>
    <message>
        <source>Database restored from {0}; the previous one is kept as {1}</source>
        <translation>Base de datos restaurada desde {0}; la anterior se conserva como {1}</translation>
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
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;iudad:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Empieza el:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>Te&amp;rmina el:</translation>
    </message>
    <message>
        <source>Working language</source>
        <translation>Idioma de trabajo</translation>
    </message>
    <message>
        <source>Curriculum, knowledge checks, assessment and slides are shown in this language by default; each participant can switch their own content language</source>
        <translation>El plan de estudios, las pruebas de conocimientos, la autoevaluación y las diapositivas se muestran por defecto en este idioma; cada participante puede elegir su propio idioma del contenido</translation>
    </message>
    <message>
        <source>Working &amp;language:</source>
        <translation>Idio&amp;ma de trabajo:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>De&amp;scripción:</translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Nuevo taller…</translation>
    </message>
    <message>
        <source>&amp;Print agenda…</source>
        <translation>Imprimir el pro&amp;grama…</translation>
    </message>
    <message>
        <source>Agenda as P&amp;DF…</source>
        <translation>Programa en P&amp;DF…</translation>
    </message>
    <message>
        <source>With &amp;notes (run sheet)</source>
        <translation>Con &amp;notas (guion)</translation>
    </message>
    <message>
        <source>Print or save the facilitator&apos;s run sheet, with each session&apos;s notes, instead of the participants&apos; agenda</source>
        <translation>Imprimir o guardar el guion del facilitador, con las notas de cada sesión, en lugar del programa de los participantes</translation>
    </message>
    <message>
        <source>Exercise &amp;timer</source>
        <translation>Temporizador de e&amp;jercicio</translation>
    </message>
    <message>
        <source>A countdown for the selected session</source>
        <translation>Una cuenta atrás para la sesión seleccionada</translation>
    </message>
    <message>
        <source>Workshop sections</source>
        <translation>Secciones del taller</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
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
        <translation type="vanished">&amp;Lugar:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="vanished">C&amp;iudad:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="vanished">&amp;País:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation type="vanished">&amp;Empieza el:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation type="vanished">Te&amp;rmina el:</translation>
    </message>
    <message>
        <source>Working language</source>
        <translation type="vanished">Idioma de trabajo</translation>
    </message>
    <message>
        <source>Curriculum, knowledge checks, assessment and slides are shown in this language by default; each participant can switch their own content language</source>
        <translation type="vanished">El plan de estudios, las pruebas de conocimientos, la autoevaluación y las diapositivas se muestran por defecto en este idioma; cada participante puede elegir su propio idioma del contenido</translation>
    </message>
    <message>
        <source>Working &amp;language:</source>
        <translation type="vanished">Idio&amp;ma de trabajo:</translation>
    </message>
    <message numerus="yes">
        <source>A countdown of %n minute(s) for “{0}”</source>
        <translation>
            <numerusform>Una cuenta atrás de %n minuto para «{0}»</numerusform>
            <numerusform>Una cuenta atrás de %n minutos para «{0}»</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="vanished">Idio&amp;ma:</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation type="vanished">De&amp;scripción:</translation>
    </message>
    <message>
        <source>Certificate &amp;details…</source>
        <translation>&amp;Datos de los certificados…</translation>
    </message>
    <message>
        <source>Organiser logos and signatories printed on every certificate</source>
        <translation>Logotipos de los organizadores y firmantes impresos en cada certificado</translation>
    </message>
    <message>
        <source>Certificates:</source>
        <translation>Certificados:</translation>
    </message>
    <message>
        <source>No workshop yet: start one with “New workshop…”</source>
        <translation>Aún no hay ningún taller: cree uno con «Nuevo taller…»</translation>
    </message>
    <message>
        <source>Edit workshop details</source>
        <translation>Editar los datos del taller</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="vanished">No guardado</translation>
    </message>
    <message>
        <source>Saved at {0}</source>
        <translation>Guardado a las {0}</translation>
    </message>
    <message>
        <source>Not saved yet: see the problem below</source>
        <translation>Aún no guardado: vea el problema más abajo</translation>
    </message>
    <message>
        <source>Not saved ({0}); trying again…</source>
        <translation>No guardado ({0}); se volverá a intentar…</translation>
    </message>
    <message>
        <source>Save the agenda as PDF</source>
        <translation>Guardar el programa en PDF</translation>
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
        <source>A countdown of {0} minutes for “{1}”</source>
        <translation type="vanished">Una cuenta atrás de {0} minutos para «{1}»</translation>
    </message>
    <message>
        <source>Exercise timer</source>
        <translation>Temporizador de ejercicio</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Delegations and participants</source>
        <translation>Delegaciones y participantes</translation>
    </message>
</context>
<context>
    <name>WorkshopWizard</name>
    <message>
        <source>New workshop</source>
        <translation>Nuevo taller</translation>
    </message>
</context>
</TS>

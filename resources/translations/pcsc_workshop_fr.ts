<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Qt for Python: windows, widgets, translations</source>
        <translation>Qt pour Python : fenêtres, composants d’interface, traductions</translation>
    </message>
    <message>
        <source>the workshop database</source>
        <translation>la base de données des ateliers</translation>
    </message>
    <message>
        <source>database migrations</source>
        <translation>migrations de la base de données</translation>
    </message>
    <message>
        <source>curriculum and exchange-file validation</source>
        <translation>validation du curriculum et des fichiers d’échange</translation>
    </message>
    <message>
        <source>curriculum files</source>
        <translation>fichiers du curriculum</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>documents PDF</translation>
    </message>
    <message>
        <source>faster PDF layout</source>
        <translation>mise en page PDF plus rapide</translation>
    </message>
    <message>
        <source>text shaping for Bengali and Devanagari (HarfBuzz)</source>
        <translation>mise en forme des textes bengali et devanagari (HarfBuzz)</translation>
    </message>
    <message>
        <source>joined Arabic letters in PDFs</source>
        <translation>liaison des lettres arabes dans les PDF</translation>
    </message>
    <message>
        <source>right-to-left order in PDFs</source>
        <translation>ordre de droite à gauche dans les PDF</translation>
    </message>
    <message>
        <source>charts on screen</source>
        <translation>graphiques à l’écran</translation>
    </message>
    <message>
        <source>chart data</source>
        <translation>données des graphiques</translation>
    </message>
    <message>
        <source>where data is stored</source>
        <translation>emplacement des données</translation>
    </message>
    <message>
        <source>dates, numbers and plurals in documents (CLDR)</source>
        <translation>dates, nombres et pluriels dans les documents (CLDR)</translation>
    </message>
    <message>
        <source>editable Word copies of documents</source>
        <translation>copies Word modifiables des documents</translation>
    </message>
    <message>
        <source>hyphenation in documents</source>
        <translation>césure dans les documents</translation>
    </message>
    <message>
        <source>Latin, Greek, Cyrillic, Arabic, Hebrew, Indic, Southeast Asian, Ethiopic, Armenian, Georgian and Tifinagh text</source>
        <translation>texte latin, grec, cyrillique, arabe, hébreu, indien, d’Asie du Sud-Est, éthiopien, arménien, géorgien et tifinagh</translation>
    </message>
    <message>
        <source>Korean text</source>
        <translation>texte coréen</translation>
    </message>
    <message>
        <source>Chinese and Japanese text</source>
        <translation>texte chinois et japonais</translation>
    </message>
    <message>
        <source>symbols</source>
        <translation>symboles</translation>
    </message>
    <message>
        <source>About PCSC Workshop</source>
        <translation>À propos d’Atelier PCSC</translation>
    </message>
    <message>
        <source>&lt;h2&gt;PCSC Workshop {0}&lt;/h2&gt;&lt;p&gt;Run capacity-building workshops on people-centred smart cities, offline.&lt;/p&gt;&lt;p&gt;The curriculum is written in our own words from public sources: UN-Habitat&apos;s International Guidelines on People-Centred Smart Cities and World Smart Cities Outlook (2025 presentation), JICA&apos;s Smart City Approach brochure, the World Bank TDLC Smart Cities Technical Deep Dive (2016), the UNCRD Smart Cities Programme and the 2023 UN-Habitat Assembly resolution. Each item names its source.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bundled components and their licences&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Atelier PCSC {0}&lt;/h2&gt;&lt;p&gt;Animez, hors ligne, des ateliers de renforcement des capacités sur les villes intelligentes centrées sur les personnes.&lt;/p&gt;&lt;p&gt;Le curriculum est rédigé dans nos propres termes à partir de sources publiques : les Lignes directrices internationales sur les villes intelligentes centrées sur les personnes et le World Smart Cities Outlook d’ONU-Habitat (présentation de 2025), la brochure de la JICA sur son approche des villes intelligentes, le Technical Deep Dive de la Banque mondiale (TDLC) sur les villes intelligentes (2016), le Programme villes intelligentes de l’UNCRD et la résolution de 2023 de l’Assemblée d’ONU-Habitat. Chaque élément indique sa source.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Composants fournis et leurs licences&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Font licences:</source>
        <translation>Licences des polices :</translation>
    </message>
    <message>
        <source>Latin, Cyrillic, Greek, Arabic, Bengali and Devanagari text</source>
        <translation type="vanished">Textes en alphabets latin, cyrillique, grec, arabe, bengali et devanagari</translation>
    </message>
    <message>
        <source>Bundled components and licences</source>
        <translation>Composants fournis et licences</translation>
    </message>
    <message>
        <source>Font licence text</source>
        <translation>Texte de la licence des polices</translation>
    </message>
    <message>
        <source>Noto fonts licence:</source>
        <translation type="vanished">Licence des polices Noto :</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>&amp;Add session…</source>
        <translation>&amp;Ajouter une séance…</translation>
    </message>
    <message>
        <source>Add &amp;day</source>
        <translation>Ajouter un &amp;jour</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Mon&amp;ter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Agenda total</source>
        <translation>Total du programme</translation>
    </message>
    <message>
        <source>Pillar: {0}</source>
        <translation>Pilier : {0}</translation>
    </message>
    <message>
        <source>JICA {0}: {1}</source>
        <translation>JICA {0} : {1}</translation>
    </message>
    <message>
        <source>Case: {0}</source>
        <translation>Cas : {0}</translation>
    </message>
    <message>
        <source>{0}–{1}</source>
        <translation>{0}–{1}</translation>
    </message>
    <message>
        <source>{0} · overlaps the previous session</source>
        <translation>{0} · chevauche la séance précédente</translation>
    </message>
    <message>
        <source>This session starts before the previous one ends: change its time or the order.</source>
        <translation>Cette séance commence avant la fin de la précédente : changez son heure ou l’ordre.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: {0} h {1} min of sessions · {2} · {3}</source>
        <translation>Total : {0} h {1} min de séances · {2} · {3}</translation>
    </message>
    <message>
        <source>Day {0}</source>
        <translation>Jour {0}</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Ajouter une séance</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Modifier la séance</translation>
    </message>
    <message>
        <source>Move session</source>
        <translation>Déplacer la séance</translation>
    </message>
    <message>
        <source>Remove session</source>
        <translation>Supprimer la séance</translation>
    </message>
    <message>
        <source>Remove “{0}” from the agenda?</source>
        <translation>Supprimer « {0} » du programme ?</translation>
    </message>
</context>
<context>
    <name>AgendaPrint</name>
    <message>
        <source>Facilitator&apos;s run sheet</source>
        <translation>Feuille de route de l’animateur</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Day {0}</source>
        <translation>Jour {0}</translation>
    </message>
    <message>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>overlaps the previous session</source>
        <translation>chevauche la séance précédente</translation>
    </message>
    <message>
        <source>{0}–{1} · {2} min of sessions</source>
        <translation>{0}–{1} · {2} min de séances</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The database could not be opened: {0}</source>
        <translation>Impossible d’ouvrir la base de données : {0}</translation>
    </message>
    <message>
        <source>The database is busy: another save or import held it for too long. Nothing was changed; try again in a moment.</source>
        <translation>La base de données est occupée : un autre enregistrement ou une importation l’a retenue trop longtemps. Rien n’a été modifié ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space (or choose another folder) and try again; your earlier work is intact.</source>
        <translation>Le disque est plein : rien n’a été enregistré. Libérez de l’espace (ou choisissez un autre dossier) et réessayez ; votre travail antérieur est intact.</translation>
    </message>
    <message>
        <source>The computer could not read or write the database file (was a USB stick removed, or is the disk failing?). Nothing was changed.</source>
        <translation>L’ordinateur n’a pas pu lire ou écrire le fichier de la base (une clé USB a-t-elle été retirée, ou le disque est-il défaillant ?). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore the newest backup next to it (a file named like it with “.backup-” in its name), or choose another file with --db.</source>
        <translation>Le fichier de la base de données est endommagé. Restaurez la sauvegarde la plus récente placée à côté (un fichier du même nom contenant « .backup- »), ou choisissez un autre fichier avec --db.</translation>
    </message>
    <message>
        <source>The database file or its folder cannot be written (read-only or no permission). Nothing was changed.</source>
        <translation>Le fichier de la base de données ou son dossier ne peut pas être modifié (lecture seule ou droits insuffisants). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Opening the workshop pack…</source>
        <translation>Ouverture du dossier de l’atelier…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>PCSC Workshop</source>
        <translation>Atelier PCSC</translation>
    </message>
</context>
<context>
    <name>AssessmentForm</name>
    <message>
        <source>Rubric by PCSC Workshop, based on JICA&apos;s 21 elements</source>
        <translation>Grille de PCSC Workshop, fondée sur les 21 éléments de la JICA</translation>
    </message>
    <message>
        <source>How to score with this rubric</source>
        <translation>Comment noter avec cette grille</translation>
    </message>
    <message>
        <source>Score of {0}</source>
        <translation>Note de : {0}</translation>
    </message>
    <message>
        <source>Evidence for {0}</source>
        <translation>Éléments probants pour : {0}</translation>
    </message>
    <message>
        <source>{0} — not scored yet</source>
        <translation>{0} — pas encore noté</translation>
    </message>
    <message numerus="yes">
        <source>{0} — {1} of 4 ({2} of %n element(s) scored)</source>
        <translation>
            <numerusform>{0} — {1} sur 4 ({2} élément noté sur %n)</numerusform>
            <numerusform>{0} — {1} sur 4 ({2} éléments notés sur %n)</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} — {1:.1f} of 4 ({2} of {3} elements scored)</source>
        <translation type="vanished">{0} — {1:.1f} sur 4 ({2} éléments notés sur {3})</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <source>Delegation to assess</source>
        <translation>Délégation à évaluer</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>&amp;Délégation :</translation>
    </message>
    <message>
        <source>Elements to score</source>
        <translation>Éléments à noter</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <source>Suggested priorities</source>
        <translation>Priorités suggérées</translation>
    </message>
    <message>
        <source>Turn priorities into &amp;plan suggestions…</source>
        <translation>Transformer les priorités en suggestions pour le &amp;plan…</translation>
    </message>
    <message>
        <source>Open the delegation&apos;s action plan with suggestions drawn from the weakest elements</source>
        <translation>Ouvrir le plan d’action de la délégation avec des suggestions tirées des éléments les plus faibles</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;Comparer avec :</translation>
    </message>
    <message>
        <source>Suggested stage</source>
        <translation>Phase suggérée</translation>
    </message>
    <message>
        <source>Weakest elements: suggested priorities</source>
        <translation>Éléments les plus faibles : priorités suggérées</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <source>Workshop average</source>
        <translation>Moyenne de l’atelier</translation>
    </message>
    <message>
        <source>Score element {0}</source>
        <translation>Noter l’élément {0}</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Modification en cours…</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Non enregistré : {0}</translation>
    </message>
    <message>
        <source>Saved at {0}</source>
        <translation>Enregistré à {0}</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n element(s) scored</source>
        <translation>
            <numerusform>{0} élément noté sur %n</numerusform>
            <numerusform>{0} éléments notés sur %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>levels of %n element(s) not yet translated, shown in English</source>
        <translation>
            <numerusform>niveaux de %n élément pas encore traduits, affichés en anglais</numerusform>
            <numerusform>niveaux de %n éléments pas encore traduits, affichés en anglais</numerusform>
        </translation>
    </message>
    <message>
        <source>The mean of the scored elements is {0}, below 1.5: most elements are absent or only planned.</source>
        <translation>La moyenne des éléments notés est de {0}, inférieure à 1,5 : la plupart des éléments sont absents ou seulement prévus.</translation>
    </message>
    <message>
        <source>The {0} domain averages {1}, below 1.0: one of the five foundations is missing.</source>
        <translation>Le domaine {0} a une moyenne de {1}, inférieure à 1,0 : l’un des cinq fondements fait défaut.</translation>
    </message>
    <message>
        <source>The mean is {0} (2.75 or more) and every domain is at 2.0 or more.</source>
        <translation>La moyenne est de {0} (2,75 ou plus) et tous les domaines sont à 2,0 ou plus.</translation>
    </message>
    <message>
        <source>The mean is {0}, between 1.5 and 2.75, and no domain is below 1.0.</source>
        <translation>La moyenne est de {0}, entre 1,5 et 2,75, et aucun domaine n’est inférieur à 1,0.</translation>
    </message>
    <message>
        <source>The mean is {0}, high enough for Sustainable Growth, but not every domain is scored at 2.0 or more (weakest: {1}).</source>
        <translation>La moyenne est de {0}, suffisante pour la phase Croissance durable (Sustainable Growth), mais tous les domaines ne sont pas à 2,0 ou plus (le plus faible : {1}).</translation>
    </message>
    <message>
        <source>{0} of {1} elements scored</source>
        <translation type="vanished">{0} éléments notés sur {1}</translation>
    </message>
    <message>
        <source>This delegation</source>
        <translation>Cette délégation</translation>
    </message>
    <message>
        <source>Score at least half of the elements to get a suggestion ({0} of {1} so far).</source>
        <translation>Notez au moins la moitié des éléments pour obtenir une suggestion ({0} sur {1} à ce stade).</translation>
    </message>
    <message>
        <source>The mean of the scored elements is {0:.2f}, below 1.5: most elements are absent or only planned.</source>
        <translation type="vanished">La moyenne des éléments notés est de {0:.2f}, inférieure à 1.5 : la plupart des éléments sont absents ou seulement prévus.</translation>
    </message>
    <message>
        <source>The {0} domain averages {1:.2f}, below 1.0: one of the five foundations is missing.</source>
        <translation type="vanished">Le domaine {0} a une moyenne de {1:.2f}, inférieure à 1.0 : l’un des cinq fondements fait défaut.</translation>
    </message>
    <message>
        <source>The mean is {0:.2f} (2.75 or more) and every domain is at 2.0 or more.</source>
        <translation type="vanished">La moyenne est de {0:.2f} (2.75 ou plus) et tous les domaines sont à 2.0 ou plus.</translation>
    </message>
    <message>
        <source>The mean is {0:.2f}, between 1.5 and 2.75, and no domain is below 1.0.</source>
        <translation type="vanished">La moyenne est de {0:.2f}, entre 1.5 et 2.75, et aucun domaine n’est inférieur à 1.0.</translation>
    </message>
    <message>
        <source>The mean is {0:.2f}, high enough for Sustainable Growth, but not every domain is scored at 2.0 or more (weakest: {1}).</source>
        <translation type="vanished">La moyenne est de {0:.2f}, suffisante pour Sustainable Growth, mais tous les domaines ne sont pas à 2.0 ou plus (le plus faible : {1}).</translation>
    </message>
    <message>
        <source>an unscored domain</source>
        <translation>un domaine non noté</translation>
    </message>
    <message>
        <source>No suggestion yet</source>
        <translation>Pas encore de suggestion</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi :</translation>
    </message>
    <message>
        <source>JICA’s guidance for this stage</source>
        <translation>Orientations de la JICA pour cette phase</translation>
    </message>
    <message>
        <source>Ways to scale up</source>
        <translation>Modes de passage à l’échelle</translation>
    </message>
    <message>
        <source>Rule: fewer than half scored → no suggestion; mean below 1.5 or any domain below 1.0 → Small Start; mean 2.75 or more with every domain at 2.0 or more → Sustainable Growth; otherwise Accelerate.</source>
        <translation>Règle : moins de la moitié des éléments notés → pas de suggestion ; moyenne inférieure à 1.5 ou un domaine inférieur à 1.0 → Small Start ; moyenne de 2.75 ou plus avec tous les domaines à 2.0 ou plus → Sustainable Growth ; sinon Accelerate.</translation>
    </message>
    <message>
        <source>{0}. {1} — level {2}</source>
        <translation>{0}. {1} — niveau {2}</translation>
    </message>
    <message>
        <source>Next, level {0}: {1}</source>
        <translation>Ensuite, niveau {0} : {1}</translation>
    </message>
    <message>
        <source>How to check: {0}</source>
        <translation>Comment le vérifier : {0}</translation>
    </message>
    <message>
        <source>Score some elements to see priorities.</source>
        <translation>Notez quelques éléments pour voir les priorités.</translation>
    </message>
    <message>
        <source>Still to assess: {0}</source>
        <translation>Reste à évaluer : {0}</translation>
    </message>
</context>
<context>
    <name>AudienceWindow</name>
    <message>
        <source>Presentation – {0}</source>
        <translation>Présentation – {0}</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Presentation title</source>
        <translation>Titre de la présentation</translation>
    </message>
    <message>
        <source>Slide number</source>
        <translation>Numéro de la diapositive</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Notes de l’intervenant</translation>
    </message>
    <message>
        <source>Blank screen</source>
        <translation>Écran noir</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Certificate details</source>
        <translation>Détails des certificats</translation>
    </message>
    <message>
        <source>Organiser logos (PNG or JPEG, up to 4)</source>
        <translation>Logos des organisateurs (PNG ou JPEG, 4 au plus)</translation>
    </message>
    <message>
        <source>Organiser logos</source>
        <translation>Logos des organisateurs</translation>
    </message>
    <message>
        <source>Logo {0}</source>
        <translation>Logo {0}</translation>
    </message>
    <message>
        <source>&amp;Add a logo…</source>
        <translation>&amp;Ajouter un logo…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signataires</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Signature picture</source>
        <translation>Image de la signature</translation>
    </message>
    <message>
        <source>Signatory {0}: name</source>
        <translation>Signataire {0} : nom</translation>
    </message>
    <message>
        <source>Signatory {0}: title</source>
        <translation>Signataire {0} : fonction</translation>
    </message>
    <message>
        <source>Date of &amp;issue:</source>
        <translation>Date de &amp;délivrance :</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Date de délivrance</translation>
    </message>
    <message>
        <source>(unticked: the workshop&apos;s last day)</source>
        <translation>(non coché : le dernier jour de l’atelier)</translation>
    </message>
    <message>
        <source>The certificate details cannot be read: {0}</source>
        <translation>Impossible de lire les détails des certificats : {0}</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Changer…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Change the picture…</source>
        <translation type="vanished">Changer l’image…</translation>
    </message>
    <message>
        <source>Choose a picture…</source>
        <translation type="vanished">Choisir une image…</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>This picture cannot be used: {0}</source>
        <translation>Cette image ne peut pas être utilisée : {0}</translation>
    </message>
    <message>
        <source>At most {0} logos.</source>
        <translation>Au plus {0} logos.</translation>
    </message>
    <message>
        <source>Choose an organiser logo</source>
        <translation>Choisir le logo d’un organisateur</translation>
    </message>
    <message>
        <source>Choose a signature picture</source>
        <translation>Choisir l’image d’une signature</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Non enregistré : {0}</translation>
    </message>
</context>
<context>
    <name>CollectionDialog</name>
    <message>
        <source>Collected plans</source>
        <translation>Plans collectés</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>CollectionView</name>
    <message>
        <source>Collection summary</source>
        <translation>Récapitulatif de la collecte</translation>
    </message>
    <message>
        <source>Plans collected per participant</source>
        <translation>Plans collectés par participant</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Last file arrived</source>
        <translation>Dernier fichier reçu</translation>
    </message>
    <message>
        <source>Plan revision</source>
        <translation>Révision du plan</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflits en attente</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message numerus="yes">
        <source>Plans received from {0} of %n participant(s).</source>
        <translation>
            <numerusform>Plans reçus de {0} participant sur %n.</numerusform>
            <numerusform>Plans reçus de {0} participants sur %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plans received from {0} of {1} participants.</source>
        <translation type="vanished">Plans reçus de {0} participants sur {1}.</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <source>Choose a conflict on the left</source>
        <translation>Choisissez un conflit dans la liste</translation>
    </message>
    <message>
        <source>Differing fields</source>
        <translation>Champs divergents</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <source>Resolve this conflict</source>
        <translation>Résoudre ce conflit</translation>
    </message>
    <message>
        <source>Take all mine</source>
        <translation>Tout prendre de la mienne</translation>
    </message>
    <message>
        <source>Take mine for every field</source>
        <translation>Prendre la mienne pour chaque champ</translation>
    </message>
    <message>
        <source>Take all theirs</source>
        <translation>Tout prendre de la leur</translation>
    </message>
    <message>
        <source>Take theirs for every field</source>
        <translation>Prendre la leur pour chaque champ</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>un autre ordinateur</translation>
    </message>
    <message>
        <source>{0}: changed on this computer and by {1} since it last travelled.
Mine is this computer&apos;s version. Theirs came in {2} at {3}.</source>
        <translation>{0} : modifié sur cet ordinateur et par {1} depuis le dernier échange.
« La mienne » est la version de cet ordinateur. « La leur » est arrivée dans {2} à {3}.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>La mienne</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La leur</translation>
    </message>
    <message>
        <source>Merged value</source>
        <translation>Valeur fusionnée</translation>
    </message>
    <message>
        <source>Cannot resolve</source>
        <translation>Résolution impossible</translation>
    </message>
    <message>
        <source>This value cannot be stored: {0}</source>
        <translation>Cette valeur ne peut pas être enregistrée : {0}</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>Conflits en attente</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>No open conflicts: every edit that came in fitted.</source>
        <translation>Aucun conflit en attente : toutes les modifications reçues étaient compatibles.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
</context>
<context>
    <name>ContentLanguagePicker</name>
    <message>
        <source>Content language</source>
        <translation>Langue du contenu</translation>
    </message>
    <message>
        <source>The language of the curriculum, quizzes and assessment for you; the interface language is in Settings</source>
        <translation>La langue du curriculum, des tests et de l’auto-évaluation pour vous ; la langue de l’interface se règle dans les Paramètres</translation>
    </message>
    <message>
        <source>Workshop language ({0})</source>
        <translation>Langue de l’atelier ({0})</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <source>Import participants: {0}</source>
        <translation>Importer des participants : {0}</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importer des participants</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Résumé de l’importation</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Colonnes du fichier</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Adresse électronique</translation>
    </message>
    <message>
        <source>Named in reports</source>
        <translation>Nommé dans les rapports</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Lignes du fichier</translation>
    </message>
    <message>
        <source>Save a &amp;template…</source>
        <translation>Enregistrer un &amp;modèle…</translation>
    </message>
    <message>
        <source>A CSV file with the expected columns and one example row, to fill in a spreadsheet</source>
        <translation>Un fichier CSV avec les colonnes attendues et une ligne d’exemple, à remplir dans un tableur</translation>
    </message>
    <message>
        <source>Import the &amp;valid rows</source>
        <translation>Importer les lignes &amp;valides</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>(no header)</source>
        <translation>(sans en-tête)</translation>
    </message>
    <message>
        <source>(ignore this column)</source>
        <translation>(ignorer cette colonne)</translation>
    </message>
    <message>
        <source>choose…</source>
        <translation>choisir…</translation>
    </message>
    <message>
        <source>Column “{0}” is</source>
        <translation>La colonne « {0} » contient</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Vérification du fichier…</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>non importé</translation>
    </message>
    <message>
        <source>new, new delegation</source>
        <translation>nouveau, nouvelle délégation</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Choose what each column holds below, or ignore it.</source>
        <translation>Choisissez ci-dessous ce que contient chaque colonne, ou ignorez-la.</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n row(s) have problems (rows {1}). Fix the file and open it again, or import the valid rows now ({2}) and the others later.</source>
        <translation>
            <numerusform>{0} ligne sur %n présente des problèmes (lignes {1}). Corrigez le fichier et ouvrez-le à nouveau, ou importez maintenant les lignes valides ({2}) et les autres plus tard.</numerusform>
            <numerusform>{0} lignes sur %n présentent des problèmes (lignes {1}). Corrigez le fichier et ouvrez-le à nouveau, ou importez maintenant les lignes valides ({2}) et les autres plus tard.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Nothing was imported: {0}</source>
        <translation>Rien n’a été importé : {0}</translation>
    </message>
    <message>
        <source>Row {0}: {1}</source>
        <translation>Ligne {0} : {1}</translation>
    </message>
    <message>
        <source>Participants imported: {0}.</source>
        <translation>Participants importés : {0}.</translation>
    </message>
    <message>
        <source>Rows not imported: {0}. Fix them in the file and import it again (rows already imported are skipped).</source>
        <translation>Lignes non importées : {0}. Corrigez-les dans le fichier et importez-le à nouveau (les lignes déjà importées sont ignorées).</translation>
    </message>
    <message>
        <source>Save a template</source>
        <translation>Enregistrer un modèle</translation>
    </message>
    <message>
        <source>participants.csv</source>
        <translation>participants.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>already registered: skipped</source>
        <translation>déjà inscrit : ignoré</translation>
    </message>
    <message>
        <source>new delegation</source>
        <translation type="vanished">nouvelle délégation</translation>
    </message>
    <message>
        <source>This file cannot be imported: {0}.</source>
        <translation>Ce fichier ne peut pas être importé : {0}.</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n row(s) have problems (rows {1}). Nothing will be imported until the file is fixed: correct it and open it again.</source>
        <translation type="vanished">
            <numerusform>{0} ligne sur %n présente des problèmes (lignes {1}). Rien ne sera importé tant que le fichier n’est pas corrigé : corrigez-le puis ouvrez-le à nouveau.</numerusform>
            <numerusform>{0} lignes sur %n présentent des problèmes (lignes {1}). Rien ne sera importé tant que le fichier n’est pas corrigé : corrigez-le puis ouvrez-le à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}, {1}, {2}.</source>
        <translation>{0}, {1}, {2}.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) to import</source>
        <translation>
            <numerusform>%n participant à importer</numerusform>
            <numerusform>%n participants à importer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already registered</source>
        <translation>
            <numerusform>%n déjà inscrit</numerusform>
            <numerusform>%n déjà inscrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new delegation(s)</source>
        <translation>
            <numerusform>%n nouvelle délégation</numerusform>
            <numerusform>%n nouvelles délégations</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} of {1} rows have problems (rows {2}). Nothing will be imported until the file is fixed: correct it and open it again.</source>
        <translation type="vanished">{0} lignes sur {1} présentent des problèmes (lignes {2}). Rien ne sera importé tant que le fichier n’est pas corrigé : corrigez-le puis ouvrez-le à nouveau.</translation>
    </message>
    <message>
        <source>{0} participants to import, {1} already registered, {2} new delegations.</source>
        <translation type="vanished">{0} participants à importer, {1} déjà inscrits, {2} nouvelles délégations.</translation>
    </message>
</context>
<context>
    <name>Curriculum</name>
    <message>
        <source>{0} (and %n more problem(s))</source>
        <translation>{0} (et %n autre problème)
{0} (et %n autres problèmes)</translation>
    </message>
    <message>
        <source>The curriculum could not be loaded ({0}), so its texts are missing and pillars, elements and modules show as ids. Run “pcsc-workshop curriculum check” to see what is wrong, or reinstall PCSC Workshop, then restart it.</source>
        <translation>Le curriculum de formation n’a pas pu être chargé ({0}) : ses textes manquent et les piliers, éléments et modules s’affichent sous forme d’identifiants. Lancez « pcsc-workshop curriculum check » pour voir ce qui ne va pas, ou réinstallez PCSC Workshop, puis redémarrez-le.</translation>
    </message>
</context>
<context>
    <name>CurriculumPage</name>
    <message>
        <source>Search the curriculum…</source>
        <translation>Rechercher dans le curriculum…</translation>
    </message>
    <message>
        <source>Search the curriculum</source>
        <translation>Rechercher dans le curriculum</translation>
    </message>
    <message>
        <source>Filter by actor</source>
        <translation>Filtrer par acteur</translation>
    </message>
    <message>
        <source>All actors</source>
        <translation>Tous les acteurs</translation>
    </message>
    <message>
        <source>National governments</source>
        <translation>Gouvernements nationaux</translation>
    </message>
    <message>
        <source>Local and regional governments</source>
        <translation>Collectivités locales et régionales</translation>
    </message>
    <message>
        <source>Other stakeholders</source>
        <translation>Autres parties prenantes</translation>
    </message>
    <message>
        <source>Filter by pillar</source>
        <translation>Filtrer par pilier</translation>
    </message>
    <message>
        <source>All pillars</source>
        <translation>Tous les piliers</translation>
    </message>
    <message>
        <source>Curriculum contents</source>
        <translation>Contenu du curriculum</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Curriculum item</source>
        <translation>Fiche du curriculum</translation>
    </message>
    <message>
        <source>Curriculum item in the second language</source>
        <translation>Fiche dans la seconde langue</translation>
    </message>
    <message>
        <source>Side by side with</source>
        <translation>Côte à côte avec</translation>
    </message>
    <message>
        <source>Side by side: off</source>
        <translation>Côte à côte : non</translation>
    </message>
    <message>
        <source>&amp;Present this item</source>
        <translation>&amp;Présenter cet élément</translation>
    </message>
    <message>
        <source>Show the selected item as full-screen slides</source>
        <translation>Afficher l’élément sélectionné sous forme de diapositives en plein écran</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Side by side: {0}</source>
        <translation>Côte à côte : {0}</translation>
    </message>
    <message>
        <source>UN-Habitat guidelines</source>
        <translation>Lignes directrices d’ONU-Habitat</translation>
    </message>
    <message>
        <source>Thematic pillars</source>
        <translation>Piliers thématiques</translation>
    </message>
    <message>
        <source>Enabling pillars</source>
        <translation>Piliers habilitants</translation>
    </message>
    <message>
        <source>2023 resolution: principles a–g</source>
        <translation>Résolution de 2023 : principes a à g</translation>
    </message>
    <message>
        <source>JICA smart city approach</source>
        <translation>Approche de la JICA pour les villes intelligentes</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Scaling up</source>
        <translation>Passage à l’échelle</translation>
    </message>
    <message>
        <source>City types</source>
        <translation>Types de villes</translation>
    </message>
    <message>
        <source>Support menu</source>
        <translation>Offre d’appui</translation>
    </message>
    <message>
        <source>Case studies</source>
        <translation>Études de cas</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Données factuelles</translation>
    </message>
    <message>
        <source>Session plans and workshop templates</source>
        <translation>Plans de séance et modèles d&apos;atelier</translation>
    </message>
    <message>
        <source>Nothing found for “{0}”.</source>
        <translation>Aucun résultat pour « {0} ».</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Facilitator dashboard</source>
        <translation>Tableau de bord de l’animation</translation>
    </message>
    <message>
        <source>Delegation / participant</source>
        <translation>Délégation / participant</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Plan quality</source>
        <translation>Qualité du plan</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collecté</translation>
    </message>
    <message>
        <source>When their last plan bundle arrived and which plan revision it held.</source>
        <translation>Date d’arrivée de leur dernier fichier de plan et révision du plan qu’il contenait.</translation>
    </message>
    <message>
        <source>Progress by delegation and participant</source>
        <translation>Avancement par délégation et par participant</translation>
    </message>
    <message>
        <source>Who asks</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>From whom</source>
        <translation>Auprès de qui</translation>
    </message>
    <message>
        <source>Kind of support</source>
        <translation>Type d’appui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Desired future support</source>
        <translation>Appui souhaité à l’avenir</translation>
    </message>
    <message>
        <source>Domain scores by delegation</source>
        <translation>Notes par domaine et par délégation</translation>
    </message>
    <message>
        <source>Desired future support: who asks whom for what</source>
        <translation>Appui souhaité à l’avenir : qui demande quoi à qui</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>Updated {0} ({1} ms)</source>
        <translation>Mis à jour à {0} ({1} ms)</translation>
    </message>
    <message>
        <source>Not known yet: filled in once files are exchanged</source>
        <translation>Pas encore connu : renseigné après l’échange des fichiers</translation>
    </message>
    <message numerus="yes">
        <source>Delegation assessment: {0} of %n element(s) scored</source>
        <translation>
            <numerusform>Évaluation de la délégation : {0} élément noté sur %n</numerusform>
            <numerusform>Évaluation de la délégation : {0} éléments notés sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>with the delegation</source>
        <translation>avec la délégation</translation>
    </message>
    <message>
        <source>Scores with the delegation (its assessment: {0} of {1} elements); no assessment of their own</source>
        <translation>Évalue avec la délégation (son évaluation : {0} éléments sur {1}) ; pas d’évaluation personnelle</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n part(s)</source>
        <translation>
            <numerusform>{0} partie sur %n</numerusform>
            <numerusform>{0} parties sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Delegation assessment: {0} of {1} elements scored</source>
        <translation type="vanished">Évaluation de la délégation : {0} éléments notés sur {1}</translation>
    </message>
    <message>
        <source>Own assessment (most score with the delegation)</source>
        <translation>Évaluation individuelle (la plupart notent avec la délégation)</translation>
    </message>
    <message>
        <source>No delegation</source>
        <translation>Sans délégation</translation>
    </message>
    <message>
        <source>Updated {0} ({1:.0f} ms)</source>
        <translation type="vanished">Mis à jour à {0} ({1:.0f} ms)</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} sur {1}</translation>
    </message>
    <message>
        <source>{0} of {1} parts</source>
        <translation type="vanished">{0} parties sur {1}</translation>
    </message>
    <message>
        <source>{0} / 100</source>
        <translation type="vanished">{0} / 100</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>{0} (delegation)</source>
        <translation>{0} (délégation)</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <source>(no one named)</source>
        <translation>(personne n’est nommé)</translation>
    </message>
    <message>
        <source>Requests by provider — {0}</source>
        <translation>Demandes par fournisseur d’appui — {0}</translation>
    </message>
    <message>
        <source>No support requests yet.</source>
        <translation>Aucune demande d’appui pour le moment.</translation>
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
        <translation>Ouvrir le calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>“{0}” is not a date: type it as 2027-03-01 or {1}</source>
        <translation>« {0} » n’est pas une date : tapez-la sous la forme 2027-03-01 ou {1}</translation>
    </message>
</context>
<context>
    <name>DelegationDialog</name>
    <message>
        <source>Edit delegation</source>
        <translation>Modifier la délégation</translation>
    </message>
    <message>
        <source>Add delegation</source>
        <translation>Ajouter une délégation</translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation>(non choisi)</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>City &amp;type (JICA):</source>
        <translation>&amp;Type de ville (JICA) :</translation>
    </message>
    <message>
        <source>Current &amp;stage:</source>
        <translation>Phase a&amp;ctuelle :</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>What, where and when</source>
        <translation>Quoi, où et quand</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="vanished">Problème</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="vanished">&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Organisers:</source>
        <translation type="vanished">&amp;Organisateurs :</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="vanished">&amp;Lieu :</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="vanished">&amp;Ville :</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="vanished">&amp;Pays :</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation type="vanished">Dé&amp;but le :</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation type="vanished">&amp;Fin le :</translation>
    </message>
    <message>
        <source>Working language</source>
        <translation type="vanished">Langue de travail</translation>
    </message>
    <message>
        <source>Curriculum, knowledge checks, assessment and slides are shown in this language by default; each participant can switch their own content language</source>
        <translation type="vanished">Le curriculum, les tests de connaissances, l’auto-évaluation et les diapositives s’affichent par défaut dans cette langue ; chaque participant peut choisir sa propre langue du contenu</translation>
    </message>
    <message>
        <source>Working &amp;language:</source>
        <translation type="vanished">Lan&amp;gue de travail :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="vanished">Lan&amp;gue :</translation>
    </message>
</context>
<context>
    <name>DomainBars</name>
    <message>
        <source>Domain scores by delegation</source>
        <translation>Notes par domaine et par délégation</translation>
    </message>
    <message>
        <source>Mean score (0–4)</source>
        <translation>Note moyenne (0–4)</translation>
    </message>
    <message>
        <source>Chart legend</source>
        <translation>Légende du graphique</translation>
    </message>
    <message>
        <source>× not scored (no bar)</source>
        <translation>× non noté (pas de barre)</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Duplicate the workshop</source>
        <translation>Dupliquer l’atelier</translation>
    </message>
    <message>
        <source>A new workshop with the same details and agenda (days, times and sessions). People, plans, assessments and checks stay with this one.</source>
        <translation>Un nouvel atelier avec les mêmes informations et le même programme (jours, heures et séances). Les personnes, plans, évaluations et tests restent avec celui-ci.</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (copie)</translation>
    </message>
    <message>
        <source>Also copy the &amp;delegations (countries and cities, without their members)</source>
        <translation>Copier aussi les &amp;délégations (pays et villes, sans leurs membres)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Starts on (empty: same dates):</source>
        <translation>&amp;Commence le (vide : mêmes dates) :</translation>
    </message>
</context>
<context>
    <name>EditStepDialog</name>
    <message>
        <source>Edit the next step</source>
        <translation>Modifier la prochaine étape</translation>
    </message>
    <message>
        <source>&amp;Action (as it will appear in the plan):</source>
        <translation>&amp;Action (telle qu’elle figurera dans le plan) :</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>ElementRow</name>
    <message>
        <source>Maturity of {0}</source>
        <translation>Maturité de : {0}</translation>
    </message>
    <message>
        <source>— not scored —</source>
        <translation>— non noté —</translation>
    </message>
    <message>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <source>Level description for {0}</source>
        <translation>Description du niveau pour {0}</translation>
    </message>
    <message>
        <source>Level {0}</source>
        <translation>Niveau {0}</translation>
    </message>
    <message>
        <source>Level {0}: {1}</source>
        <translation>Niveau {0} : {1}</translation>
    </message>
    <message>
        <source>How to check: {0}</source>
        <translation>Comment le vérifier : {0}</translation>
    </message>
    <message>
        <source>Pointing at: {0}</source>
        <translation>Sous le pointeur : {0}</translation>
    </message>
    <message>
        <source>Evidence: what shows this level?</source>
        <translation>Éléments probants : qu’est-ce qui montre ce niveau ?</translation>
    </message>
    <message>
        <source>Evidence for {0}</source>
        <translation>Éléments probants pour : {0}</translation>
    </message>
    <message>
        <source>Not scored yet (this is not the same as 0).</source>
        <translation>Pas encore noté (ce n’est pas la même chose que 0).</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>Workshop details</source>
        <translation>Informations sur l’atelier</translation>
    </message>
    <message>
        <source>Agenda session</source>
        <translation>Séance du programme</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Local content</source>
        <translation>Contenu local</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Auto-évaluation</translation>
    </message>
    <message>
        <source>Self-assessment score</source>
        <translation>Note d’auto-évaluation</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d’action</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Support request</source>
        <translation>Demande d’appui</translation>
    </message>
    <message>
        <source>Knowledge check</source>
        <translation>Test de connaissances</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>Principaux enseignements</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Défis</translation>
    </message>
    <message>
        <source>Approaches</source>
        <translation>Approches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Linked pillar or element</source>
        <translation>Pilier ou élément lié</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Position in the list</source>
        <translation>Position dans la liste</translation>
    </message>
    <message>
        <source>From whom</source>
        <translation>Auprès de qui</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Précisions</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Données factuelles</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>{0} · revision {1}</source>
        <translation>{0} · révision {1}</translation>
    </message>
    <message>
        <source> · conflicts: {0}</source>
        <translation> · conflits : {0}</translation>
    </message>
    <message>
        <source>Last file: {0} (files received: {1})</source>
        <translation>Dernier fichier : {0} (fichiers reçus : {1})</translation>
    </message>
    <message>
        <source>No plan bundle from this participant yet</source>
        <translation>Aucun fichier de plan de ce participant pour le moment</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} sur {1}</translation>
    </message>
    <message>
        <source>Members whose plan bundle came in</source>
        <translation>Membres dont le fichier de plan est arrivé</translation>
    </message>
    <message>
        <source>The file is damaged: part of it cannot be read.</source>
        <translation>Le fichier est endommagé : une partie ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The file is inconsistent: it refers to records it does not hold.</source>
        <translation>Le fichier est incohérent : il renvoie à des enregistrements qu’il ne contient pas.</translation>
    </message>
    <message>
        <source>The file&apos;s records do not fit this workshop.</source>
        <translation>Les enregistrements du fichier ne correspondent pas à cet atelier.</translation>
    </message>
    <message>
        <source>This workshop cannot be written to a file.</source>
        <translation>Cet atelier ne peut pas être écrit dans un fichier.</translation>
    </message>
    <message>
        <source>The file was changed or damaged after it was made (its checksum does not match).</source>
        <translation>Le fichier a été modifié ou endommagé après sa création (sa somme de contrôle ne correspond pas).</translation>
    </message>
    <message>
        <source>The file is damaged: it cannot be unpacked.</source>
        <translation>Le fichier est endommagé : il ne peut pas être décompressé.</translation>
    </message>
    <message>
        <source>The file holds the same part twice.</source>
        <translation>Le fichier contient deux fois la même partie.</translation>
    </message>
    <message>
        <source>The file lists the same record twice.</source>
        <translation>Le fichier mentionne deux fois le même enregistrement.</translation>
    </message>
    <message>
        <source>The file is protected with a password; PCSC Workshop files never are.</source>
        <translation>Le fichier est protégé par un mot de passe ; les fichiers PCSC Workshop ne le sont jamais.</translation>
    </message>
    <message>
        <source>The file tries to change records that belong to someone else.</source>
        <translation>Le fichier tente de modifier des enregistrements qui appartiennent à quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>The file holds a value that is not allowed.</source>
        <translation>Le fichier contient une valeur non autorisée.</translation>
    </message>
    <message>
        <source>The file was made by a newer PCSC Workshop: update the app to open it.</source>
        <translation>Le fichier a été créé par une version plus récente de PCSC Workshop : mettez l’application à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>This is not a PCSC Workshop file (no manifest).</source>
        <translation>Ce n’est pas un fichier PCSC Workshop (pas de manifeste).</translation>
    </message>
    <message>
        <source>The file is incomplete: its content is missing.</source>
        <translation>Le fichier est incomplet : son contenu manque.</translation>
    </message>
    <message>
        <source>This is a participant&apos;s plan bundle, not a workshop pack: collect it on the facilitator&apos;s laptop.</source>
        <translation>C’est le lot de plan d’un participant, pas un paquet d’atelier : collectez-le sur l’ordinateur de l’animateur.</translation>
    </message>
    <message>
        <source>This is not a PCSC Workshop file.</source>
        <translation>Ce n’est pas un fichier PCSC Workshop.</translation>
    </message>
    <message>
        <source>The file belongs to a workshop that is not on this computer.</source>
        <translation>Le fichier appartient à un atelier qui n’est pas sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The file comes from a participant whose data was deleted on this computer for privacy; nothing in it was imported. To take them back, add them again and give them a new workshop pack.</source>
        <translation>Le fichier provient d’un participant dont les données ont été supprimées sur cet ordinateur pour protéger sa vie privée ; rien n’a été importé. Pour le réintégrer, ajoutez-le de nouveau et donnez-lui un nouveau paquet d’atelier.</translation>
    </message>
    <message>
        <source>The file is too large to be a PCSC Workshop file.</source>
        <translation>Le fichier est trop volumineux pour être un fichier PCSC Workshop.</translation>
    </message>
    <message>
        <source>The file holds too many parts to be a PCSC Workshop file.</source>
        <translation>Le fichier contient trop de parties pour être un fichier PCSC Workshop.</translation>
    </message>
    <message>
        <source>The file has a format this app does not know.</source>
        <translation>Le fichier a un format que cette application ne connaît pas.</translation>
    </message>
    <message>
        <source>The file comes from a participant who is not registered in this workshop on this computer.</source>
        <translation>Le fichier vient d’un participant qui n’est pas inscrit à cet atelier sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The file tries to write outside its own folder; it was not opened.</source>
        <translation>Le fichier tente d’écrire hors de son propre dossier ; il n’a pas été ouvert.</translation>
    </message>
    <message>
        <source>The file is packed in a way PCSC Workshop files never are.</source>
        <translation>Le fichier est compressé d’une façon que les fichiers PCSC Workshop n’utilisent jamais.</translation>
    </message>
    <message>
        <source>The file would unpack to an unreasonable size; it was not opened.</source>
        <translation>Le fichier se décompresserait à une taille déraisonnable ; il n’a pas été ouvert.</translation>
    </message>
    <message>
        <source>The file is not signed, so nobody can tell which laptop it came from (it may come from an older PCSC Workshop: ask for it again from an updated app).</source>
        <translation>Le fichier n’est pas signé : personne ne peut dire de quel ordinateur il vient (il vient peut-être d’un ancien PCSC Workshop : redemandez-le depuis une application à jour).</translation>
    </message>
    <message>
        <source>The file&apos;s signature does not match: it was changed after it was made.</source>
        <translation>La signature du fichier ne correspond pas : il a été modifié après sa création.</translation>
    </message>
    <message>
        <source>This computer&apos;s signing key cannot be read or made.</source>
        <translation>La clé de signature de cet ordinateur ne peut pas être lue ni créée.</translation>
    </message>
    <message>
        <source>This is a workshop pack, not a plan bundle: packs are never taken where plans are collected.</source>
        <translation>Ceci est un paquet d’atelier, pas un fichier de plan : les paquets ne sont jamais acceptés là où l’on collecte les plans.</translation>
    </message>
    <message>
        <source>This is a workshop pack for a workshop made on this computer: only participants&apos; plan bundles come back to it.</source>
        <translation>Ceci est un paquet d’atelier pour un atelier créé sur cet ordinateur : seuls les plans des participants y reviennent.</translation>
    </message>
    <message>
        <source>This workshop pack is signed by another laptop than your facilitator&apos;s earlier packs.</source>
        <translation>Ce paquet d’atelier est signé par un autre ordinateur que les paquets précédents de votre animateur.</translation>
    </message>
    <message>
        <source>This is a plan bundle: it goes to the facilitator&apos;s laptop, not to a participant&apos;s.</source>
        <translation>Ceci est un fichier de plan : il va sur l’ordinateur de l’animateur, pas sur celui d’un participant.</translation>
    </message>
    <message>
        <source>The file uses a zip feature PCSC Workshop files never use.</source>
        <translation>Le fichier utilise une fonction zip que les fichiers PCSC Workshop n’utilisent jamais.</translation>
    </message>
    <message>
        <source>The file holds something this app does not understand.</source>
        <translation>Le fichier contient quelque chose que cette application ne comprend pas.</translation>
    </message>
    <message>
        <source>Kept aside: this plan comes from a laptop not seen before for this participant. Accept it as their new laptop, or discard it.</source>
        <translation>Mis de côté : ce plan vient d’un ordinateur jamais vu pour ce participant. Acceptez-le comme son nouvel ordinateur, ou écartez-le.</translation>
    </message>
    <message>
        <source>Kept aside: this plan comes from the laptop of another participant. Accept it if they share a laptop, or discard it.</source>
        <translation>Mis de côté : ce plan vient de l’ordinateur d’un autre participant. Acceptez-le s’ils partagent un ordinateur, ou écartez-le.</translation>
    </message>
    <message>
        <source>The database was busy for too long; the file will be tried again.</source>
        <translation>La base de données est restée occupée trop longtemps ; le fichier sera réessayé.</translation>
    </message>
    <message>
        <source>The disk holding the database is full.</source>
        <translation>Le disque de la base de données est plein.</translation>
    </message>
    <message>
        <source>The disk holding the database could not be read or written.</source>
        <translation>Le disque de la base de données n’a pas pu être lu ou écrit.</translation>
    </message>
    <message>
        <source>The database cannot be written.</source>
        <translation>La base de données ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>The database itself is damaged.</source>
        <translation>La base de données elle-même est endommagée.</translation>
    </message>
    <message>
        <source>This computer does not allow writing or reading there: {0}</source>
        <translation>Cet ordinateur ne permet pas d’écrire ou de lire à cet emplacement : {0}</translation>
    </message>
    <message>
        <source>The file or folder is not there any more: {0}</source>
        <translation>Le fichier ou le dossier n’existe plus : {0}</translation>
    </message>
    <message>
        <source>The disk said: {0}</source>
        <translation>Message du disque : {0}</translation>
    </message>
    <message>
        <source>Something went wrong: {0}</source>
        <translation>Une erreur s’est produite : {0}</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <source>Create workshop pack…</source>
        <translation>Créer un paquet d’atelier…</translation>
    </message>
    <message>
        <source>Create a pack for each participant…</source>
        <translation>Créer un paquet pour chaque participant…</translation>
    </message>
    <message>
        <source>Open workshop pack…</source>
        <translation>Ouvrir un paquet d’atelier…</translation>
    </message>
    <message>
        <source>Send my plan to the facilitator…</source>
        <translation>Envoyer mon plan à l’animateur…</translation>
    </message>
    <message>
        <source>Collect plans…</source>
        <translation>Collecter les plans…</translation>
    </message>
    <message>
        <source>Watch a drop folder…</source>
        <translation>Surveiller un dossier de dépôt…</translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation>Conflits…</translation>
    </message>
    <message>
        <source>Plans from new laptops…</source>
        <translation>Plans venant de nouveaux ordinateurs…</translation>
    </message>
    <message>
        <source>Collected plans…</source>
        <translation>Plans collectés…</translation>
    </message>
    <message>
        <source>File not opened</source>
        <translation>Fichier non ouvert</translation>
    </message>
    <message>
        <source>{0} could not be opened. Nothing was changed.</source>
        <translation>{0} n’a pas pu être ouvert. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>ExerciseTimer</name>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Length of the session in minutes</source>
        <translation>Durée de la séance en minutes</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Réinitialiser</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Plein é&amp;cran</translation>
    </message>
    <message>
        <source>Show the clock alone on the whole screen (F11); Esc leaves full screen</source>
        <translation>Afficher le chronomètre seul sur tout l’écran (F11) ; Échap quitte le plein écran</translation>
    </message>
    <message>
        <source>Time is up – over by {0}</source>
        <translation>Temps écoulé – dépassement de {0}</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Le temps est écoulé</translation>
    </message>
    <message numerus="yes">
        <source>Last %n minute(s) – start wrapping up</source>
        <translation>
            <numerusform>Dernière minute – commencez à conclure</numerusform>
            <numerusform>Dernières %n minutes – commencez à conclure</numerusform>
        </translation>
    </message>
    <message>
        <source>Last {0} minutes – start wrapping up</source>
        <translation type="vanished">Dernières {0} minutes – commencez à conclure</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Anonymised copies (no names or e-mails)</source>
        <translation>Copies anonymisées (sans noms ni adresses électroniques)</translation>
    </message>
    <message>
        <source>Plans, report, dossiers and CSV without personal names or e-mail addresses</source>
        <translation>Plans, rapport, dossiers et CSV sans noms de personnes ni adresses électroniques</translation>
    </message>
    <message>
        <source>…and hide one-person delegations</source>
        <translation>…et masquer les délégations d’une seule personne</translation>
    </message>
    <message>
        <source>In anonymised plans and CSV, a delegation of one person is shown as “Delegation N”: its city would name the person</source>
        <translation>Dans les plans et le CSV anonymisés, une délégation d’une seule personne apparaît comme « Délégation N » : sa ville suffirait à la nommer</translation>
    </message>
    <message>
        <source>Also an editable Word copy (.docx)</source>
        <translation>Aussi une copie Word modifiable (.docx)</translation>
    </message>
    <message>
        <source>Plans, report and dossiers also as .docx files next to the PDFs</source>
        <translation>Plans, rapport et dossiers aussi en fichiers .docx à côté des PDF</translation>
    </message>
    <message>
        <source>All action plans…</source>
        <translation>Tous les plans d’action…</translation>
    </message>
    <message>
        <source>Workshop report…</source>
        <translation>Rapport de l’atelier…</translation>
    </message>
    <message>
        <source>Delegation dossiers…</source>
        <translation>Dossiers des délégations…</translation>
    </message>
    <message>
        <source>Certificates…</source>
        <translation>Attestations…</translation>
    </message>
    <message>
        <source>Agenda…</source>
        <translation>Programme…</translation>
    </message>
    <message>
        <source>Facilitator&apos;s run sheet (agenda with notes)…</source>
        <translation>Feuille de route de l’animateur (programme avec notes)…</translation>
    </message>
    <message>
        <source>Next steps and support (CSV)…</source>
        <translation>Prochaines étapes et appui (CSV)…</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Langue des documents</translation>
    </message>
    <message>
        <source>Each participant&apos;s own, else the workshop&apos;s</source>
        <translation>Celle de chaque participant, sinon celle de l’atelier</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Folder for the action plans</source>
        <translation>Dossier pour les plans d’action</translation>
    </message>
    <message>
        <source>Workshop report.pdf</source>
        <translation>Rapport de l’atelier.pdf</translation>
    </message>
    <message>
        <source>Save the workshop report</source>
        <translation>Enregistrer le rapport de l’atelier</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the delegation dossiers</source>
        <translation>Dossier pour les dossiers des délégations</translation>
    </message>
    <message>
        <source>Folder for the certificates</source>
        <translation>Dossier pour les attestations</translation>
    </message>
    <message>
        <source>Save the agenda</source>
        <translation>Enregistrer le programme</translation>
    </message>
    <message>
        <source>Agenda.pdf</source>
        <translation>Programme.pdf</translation>
    </message>
    <message>
        <source>Save the run sheet</source>
        <translation>Enregistrer la feuille de route</translation>
    </message>
    <message>
        <source>Run sheet.pdf</source>
        <translation>Feuille de route.pdf</translation>
    </message>
    <message>
        <source>Save next steps and support</source>
        <translation>Enregistrer les prochaines étapes et l’appui</translation>
    </message>
    <message>
        <source>Next steps and support.csv</source>
        <translation>Prochaines étapes et appui.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <source>Some characters could not be printed</source>
        <translation>Certains caractères n’ont pas pu être imprimés</translation>
    </message>
    <message>
        <source>No bundled font has these characters; they show as boxes:</source>
        <translation>Aucune police fournie ne contient ces caractères ; ils apparaissent sous forme de carrés :</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
    <message>
        <source>Cancelled: {0} {1} written before you stopped</source>
        <translation>Annulé : {0} {1} écrit(s) avant l’interruption</translation>
    </message>
    <message>
        <source>{0} {1} written to {2}</source>
        <translation>{0} {1} enregistré(s) dans {2}</translation>
    </message>
    <message>
        <source>Writing the action plans…</source>
        <translation>Écriture des plans d’action…</translation>
    </message>
    <message>
        <source>plan PDF(s)</source>
        <translation>plan(s) en PDF</translation>
    </message>
    <message>
        <source>Writing the workshop report…</source>
        <translation>Écriture du rapport de l’atelier…</translation>
    </message>
    <message>
        <source>Report saved: {0}</source>
        <translation>Rapport enregistré : {0}</translation>
    </message>
    <message>
        <source>Writing the delegation dossiers…</source>
        <translation>Écriture des dossiers des délégations…</translation>
    </message>
    <message>
        <source>dossier(s)</source>
        <translation>dossier(s)</translation>
    </message>
    <message>
        <source>Writing the agenda…</source>
        <translation>Écriture du programme…</translation>
    </message>
    <message>
        <source>Agenda saved: {0}</source>
        <translation>Programme enregistré : {0}</translation>
    </message>
    <message>
        <source>Writing the certificates…</source>
        <translation>Écriture des attestations…</translation>
    </message>
    <message>
        <source>certificate(s)</source>
        <translation>attestation(s)</translation>
    </message>
    <message>
        <source>Writing the CSV…</source>
        <translation>Écriture du CSV…</translation>
    </message>
    <message>
        <source>CSV saved: {0}</source>
        <translation>CSV enregistré : {0}</translation>
    </message>
</context>
<context>
    <name>FacilitatorActions</name>
    <message>
        <source>Create workshop pack</source>
        <translation>Créer un paquet d’atelier</translation>
    </message>
    <message>
        <source>Workshop packs (*.pcsc)</source>
        <translation>Paquets d’atelier (*.pcsc)</translation>
    </message>
    <message>
        <source>Workshop pack created</source>
        <translation>Paquet d’atelier créé</translation>
    </message>
    <message>
        <source>The workshop pack was saved as:
{0}</source>
        <translation>Le paquet d’atelier a été enregistré sous :
{0}</translation>
    </message>
    <message>
        <source>It holds the workshop details, {0} agenda sessions, {1} delegations, {2} participants, local content and the plans so far ({3} records). E-mail addresses stayed on this computer.

Copy it to a USB stick or shared folder; participants open it with File → Open workshop pack.</source>
        <translation type="vanished">Il contient les informations sur l’atelier, {0} séances du programme, {1} délégations, {2} participants, le contenu local et les plans existants ({3} enregistrements). Les adresses électroniques sont restées sur cet ordinateur.

Copiez-le sur une clé USB ou dans un dossier partagé ; les participants l’ouvrent avec Fichier → Ouvrir un paquet d’atelier.</translation>
    </message>
    <message>
        <source>It holds the workshop details, {0} agenda sessions, {1} delegations, the names of {2} participants and local content ({3} records). E-mail addresses, plans and self-assessments stayed on this computer.

Copy it to a USB stick or shared folder; participants open it with File → Open workshop pack.</source>
        <translation>Il contient les détails de l’atelier, {0} séances au programme, {1} délégations, les noms de {2} participants et le contenu local ({3} enregistrements). Les adresses e-mail, les plans et les auto-évaluations sont restés sur cet ordinateur.

Copiez-le sur une clé USB ou un dossier partagé ; les participants l’ouvrent avec Fichier → Ouvrir un paquet d’atelier.</translation>
    </message>
    <message>
        <source>Creating the workshop pack…</source>
        <translation>Création du paquet d’atelier…</translation>
    </message>
    <message>
        <source>Create a pack for each participant</source>
        <translation>Créer un paquet pour chaque participant</translation>
    </message>
    <message>
        <source>Workshop packs created</source>
        <translation>Paquets d’atelier créés</translation>
    </message>
    <message>
        <source>{0} packs, one per participant, were saved in:
{1}</source>
        <translation>{0} paquets, un par participant, ont été enregistrés dans :
{1}</translation>
    </message>
    <message>
        <source>Each holds the workshop, everyone&apos;s names, and that participant&apos;s own plan and self-assessment with their delegation&apos;s shared plan and assessment — nobody else&apos;s. Give each participant the file with their name.</source>
        <translation>Chacun contient l’atelier, les noms de tous, et le plan et l’auto-évaluation de ce participant avec le plan et l’évaluation partagés de sa délégation — ceux de personne d’autre. Donnez à chaque participant le fichier à son nom.</translation>
    </message>
    <message>
        <source>Creating the workshop packs…</source>
        <translation>Création des paquets d’atelier…</translation>
    </message>
    <message>
        <source>Collect plans</source>
        <translation>Collecter les plans</translation>
    </message>
    <message>
        <source>Plan bundles (*.pcsc)</source>
        <translation>Fichiers de plan (*.pcsc)</translation>
    </message>
    <message>
        <source>Importing plans…</source>
        <translation>Importation des plans…</translation>
    </message>
    <message>
        <source>Drop folder status</source>
        <translation>État du dossier de dépôt</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Show the drop folder&apos;s import report</source>
        <translation>Afficher le rapport d’importation du dossier de dépôt</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>Arrêter la surveillance</translation>
    </message>
    <message>
        <source>Stop watching the drop folder</source>
        <translation>Arrêter la surveillance du dossier de dépôt</translation>
    </message>
    <message>
        <source>Watch a drop folder (USB stick, shared or synced folder)</source>
        <translation>Surveiller un dossier de dépôt (clé USB, dossier partagé ou synchronisé)</translation>
    </message>
    <message>
        <source>Watching {0} — import failed: {1}</source>
        <translation>Surveillance de {0} — échec de l’importation : {1}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n fichier importé</numerusform>
            <numerusform>%n fichiers importés</numerusform>
        </translation>
    </message>
    <message>
        <source>1 file imported</source>
        <translation type="vanished">1 fichier importé</translation>
    </message>
    <message>
        <source>{0} files imported</source>
        <translation type="vanished">{0} fichiers importés</translation>
    </message>
    <message>
        <source>Watching {0} — {1}, last at {2}</source>
        <translation>Surveillance de {0} — {1}, dernier à {2}</translation>
    </message>
    <message>
        <source>Watching {0} — {1}</source>
        <translation>Surveillance de {0} — {1}</translation>
    </message>
    <message>
        <source> (refused: {0})</source>
        <translation> (refusés : {0})</translation>
    </message>
    <message>
        <source> (kept aside: {0})</source>
        <translation> (mis de côté : {0})</translation>
    </message>
    <message>
        <source> (to try again: {0})</source>
        <translation> (à réessayer : {0})</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Opération non effectuée</translation>
    </message>
</context>
<context>
    <name>FieldResolver</name>
    <message>
        <source>{0}: mine</source>
        <translation>{0} : la mienne</translation>
    </message>
    <message>
        <source>{0}: theirs</source>
        <translation>{0} : la leur</translation>
    </message>
    <message>
        <source>{0}: merged value</source>
        <translation>{0} : valeur fusionnée</translation>
    </message>
    <message>
        <source>Take mine</source>
        <translation>Prendre la mienne</translation>
    </message>
    <message>
        <source>{0}: take mine</source>
        <translation>{0} : prendre la mienne</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre la leur</translation>
    </message>
    <message>
        <source>{0}: take theirs</source>
        <translation>{0} : prendre la leur</translation>
    </message>
</context>
<context>
    <name>HeldDialog</name>
    <message>
        <source>Plans from new laptops</source>
        <translation>Plans venant de nouveaux ordinateurs</translation>
    </message>
    <message>
        <source>These plan bundles came from a laptop not seen before for their participant, so they were kept aside and changed nothing. Ask the participant whether the laptop is theirs (the laptop key shown when they sent their plan must match), then accept it as their new laptop or discard it.</source>
        <translation>Ces plans viennent d’un ordinateur jamais vu pour leur participant : ils ont été mis de côté et n’ont rien changé. Demandez au participant si l’ordinateur est le sien (la clé affichée lors de son envoi doit correspondre), puis acceptez-le comme son nouvel ordinateur ou écartez-le.</translation>
    </message>
    <message>
        <source>Plan bundles kept aside</source>
        <translation>Plans mis de côté</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Why kept aside</source>
        <translation>Pourquoi mis de côté</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Laptop key</source>
        <translation>Clé de l’ordinateur</translation>
    </message>
    <message>
        <source>Accept as their new laptop</source>
        <translation>Accepter comme son nouvel ordinateur</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <source>From the laptop that sends {0}’s plans</source>
        <translation>De l’ordinateur qui envoie les plans de {0}</translation>
    </message>
    <message>
        <source>From a laptop not seen before for them</source>
        <translation>D’un ordinateur jamais vu pour cette personne</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Opération non effectuée</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Import report</source>
        <translation>Rapport d’importation</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Résumé de l’importation</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Fichiers importés</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Came in</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>new records: {0}, updated: {1}</source>
        <translation>nouveaux enregistrements : {0}, mis à jour : {1}</translation>
    </message>
    <message>
        <source>conflicts to resolve: {0}</source>
        <translation>conflits à résoudre : {0}</translation>
    </message>
    <message>
        <source>plan revision {0}</source>
        <translation>révision du plan {0}</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the details of one file</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Kept aside</source>
        <translation>Mis de côté</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Déjà présent</translation>
    </message>
    <message>
        <source>This file was imported before.</source>
        <translation>Ce fichier a déjà été importé.</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Files — came in: {0}, already there: {1}, refused: {2}.</source>
        <translation>Fichiers — importés : {0}, déjà présents : {1}, refusés : {2}.</translation>
    </message>
    <message>
        <source>Records — new: {0}, updated: {1}, in conflict: {2}.</source>
        <translation>Enregistrements — nouveaux : {0}, mis à jour : {1}, en conflit : {2}.</translation>
    </message>
    <message>
        <source>Resolve the conflicts with File → Conflicts…</source>
        <translation>Résolvez les conflits avec Fichier → Conflits…</translation>
    </message>
    <message>
        <source>Plans kept aside (from a laptop not seen before for their participant): {0}. Decide with File → Plans from new laptops…</source>
        <translation>Plans mis de côté (d’un ordinateur jamais vu pour leur participant) : {0}. Décidez avec Fichier → Plans venant de nouveaux ordinateurs…</translation>
    </message>
    <message>
        <source>Refused files changed nothing in your data.</source>
        <translation>Les fichiers refusés n’ont rien modifié dans vos données.</translation>
    </message>
    <message>
        <source>Stopped before the end: the remaining files were not read.</source>
        <translation>Arrêté avant la fin : les fichiers restants n’ont pas été lus.</translation>
    </message>
</context>
<context>
    <name>ItemRenderer</name>
    <message>
        <source>National governments</source>
        <translation>Gouvernements nationaux</translation>
    </message>
    <message>
        <source>Local and regional governments</source>
        <translation>Collectivités locales et régionales</translation>
    </message>
    <message>
        <source>Other stakeholders</source>
        <translation>Autres parties prenantes</translation>
    </message>
    <message>
        <source>Principles ({0})</source>
        <translation>Principes ({0})</translation>
    </message>
    <message>
        <source>Actions: {0} ({1})</source>
        <translation>Actions : {0} ({1})</translation>
    </message>
    <message>
        <source>Strategic agendas</source>
        <translation>Programmes stratégiques</translation>
    </message>
    <message>
        <source>Policies and regulations</source>
        <translation>Politiques et réglementations</translation>
    </message>
    <message>
        <source>Public sector capacity</source>
        <translation>Capacités du secteur public</translation>
    </message>
    <message>
        <source>Collaborative ecosystem</source>
        <translation>Écosystème collaboratif</translation>
    </message>
    <message>
        <source>Urban digital infrastructure</source>
        <translation>Infrastructure numérique urbaine</translation>
    </message>
    <message>
        <source>Digital divide</source>
        <translation>Fracture numérique</translation>
    </message>
    <message>
        <source>Urban context</source>
        <translation>Contexte urbain</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>Pilier</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>Principes</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>JICA element</source>
        <translation>Élément JICA</translation>
    </message>
    <message>
        <source>JICA domain</source>
        <translation>Domaine JICA</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Statistique</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation>Étude de cas</translation>
    </message>
    <message>
        <source>Quiz question</source>
        <translation>Question du quiz</translation>
    </message>
    <message>
        <source>Workshop template</source>
        <translation>Modèle d’atelier</translation>
    </message>
    <message>
        <source>Resolution principle</source>
        <translation>Principe de la résolution</translation>
    </message>
    <message>
        <source>JICA support</source>
        <translation>Appui de la JICA</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Local case study</source>
        <translation>Étude de cas locale</translation>
    </message>
    <message>
        <source>Local statistic</source>
        <translation>Statistique locale</translation>
    </message>
    <message>
        <source>Local note</source>
        <translation>Note locale</translation>
    </message>
    <message>
        <source>UN-Habitat guidelines</source>
        <translation>Lignes directrices d’ONU-Habitat</translation>
    </message>
    <message>
        <source>Characteristic of the guidelines</source>
        <translation>Caractéristique des lignes directrices</translation>
    </message>
    <message>
        <source>JICA framework</source>
        <translation>Cadre de la JICA</translation>
    </message>
    <message>
        <source>City characteristic</source>
        <translation>Caractéristique de la ville</translation>
    </message>
    <message>
        <source>City scope</source>
        <translation>Échelle de la ville</translation>
    </message>
    <message>
        <source>City type</source>
        <translation>Type de ville</translation>
    </message>
    <message>
        <source>Scaling approach</source>
        <translation>Approche de passage à l’échelle</translation>
    </message>
    <message>
        <source>Process figure</source>
        <translation>Chiffre du processus</translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>Faits essentiels</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Fiche de travail</translation>
    </message>
    <message>
        <source>Maturity rubric (ours)</source>
        <translation>Grille de maturité (la nôtre)</translation>
    </message>
    <message>
        <source>Assessment support</source>
        <translation>Appui à l’évaluation</translation>
    </message>
    <message>
        <source>Policy support</source>
        <translation>Appui aux politiques</translation>
    </message>
    <message>
        <source>Organisation support</source>
        <translation>Appui à l’organisation</translation>
    </message>
    <message>
        <source>System support</source>
        <translation>Appui au système</translation>
    </message>
    <message>
        <source>Technology support</source>
        <translation>Appui technologique</translation>
    </message>
    <message>
        <source>Operation support</source>
        <translation>Appui au fonctionnement</translation>
    </message>
    <message>
        <source>country level</source>
        <translation>échelle du pays</translation>
    </message>
    <message>
        <source>city level</source>
        <translation>échelle de la ville</translation>
    </message>
    <message>
        <source>country and city level</source>
        <translation>échelles du pays et de la ville</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>See also</source>
        <translation>Voir aussi</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Not yet translated, shown in English: {0}</source>
        <translation>Pas encore traduit, affiché en anglais : {0}</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Principles and actions</source>
        <translation>Principes et actions</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Example (paraphrased)</source>
        <translation>Exemple (paraphrasé)</translation>
    </message>
    <message>
        <source>Actions: {0}</source>
        <translation>Actions : {0}</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>Questions pour la discussion</translation>
    </message>
    <message>
        <source>The guidelines give {0} principles for this pillar.</source>
        <translation type="vanished">Les lignes directrices énoncent {0} principes pour ce pilier.</translation>
    </message>
    <message>
        <source>The guidelines give {0} actions for this actor.</source>
        <translation type="vanished">Les lignes directrices proposent {0} actions pour cet acteur.</translation>
    </message>
    <message numerus="yes">
        <source>The guidelines give %n principle(s) for this pillar.</source>
        <translation>
            <numerusform>Les lignes directrices énoncent %n principe pour ce pilier.</numerusform>
            <numerusform>Les lignes directrices énoncent %n principes pour ce pilier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The guidelines give %n action(s) for this actor.</source>
        <translation>
            <numerusform>Les lignes directrices proposent %n action pour cet acteur.</numerusform>
            <numerusform>Les lignes directrices proposent %n actions pour cet acteur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Example (paraphrased from the source)</source>
        <translation>Exemple (paraphrasé à partir de la source)</translation>
    </message>
    <message>
        <source>Pillar: {0}</source>
        <translation>Pilier : {0}</translation>
    </message>
    <message>
        <source>The other principles and actions are added by the facilitator as local content.</source>
        <translation>Les autres principes et actions sont ajoutés par l’animateur ou l’animatrice en tant que contenu local.</translation>
    </message>
    <message>
        <source>Element {0} · domain {1}</source>
        <translation>Élément {0} · domaine {1}</translation>
    </message>
    <message>
        <source>Maturity levels (our rubric, derived from JICA)</source>
        <translation>Niveaux de maturité (notre grille, dérivée de celle de la JICA)</translation>
    </message>
    <message>
        <source>How to check: {0}</source>
        <translation>Comment le vérifier : {0}</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Population concernée</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Contexte</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Résultat déclaré</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Enseignements</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Maturity levels</source>
        <translation>Niveaux de maturité</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>About the name</source>
        <translation>À propos du nom</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>S’applique à</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Legally binding</source>
        <translation>Juridiquement contraignant</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>About the full text</source>
        <translation>À propos du texte intégral</translation>
    </message>
    <message>
        <source>Grows by</source>
        <translation>Se développe par</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Points clés</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Piloté par</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <source>Member states</source>
        <translation>États membres</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Playbooks</source>
        <translation>Guides pratiques</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>About the levels</source>
        <translation>À propos des niveaux</translation>
    </message>
    <message>
        <source>Starts with</source>
        <translation>Commence par</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Learning objectives</source>
        <translation>Objectifs d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Durée (minutes)</translation>
    </message>
    <message>
        <source>Facilitator&apos;s notes (our advice)</source>
        <translation>Notes pour l&apos;animateur (nos conseils)</translation>
    </message>
    <message>
        <source>Discussion prompts</source>
        <translation>Pistes de discussion</translation>
    </message>
    <message>
        <source>Our advice (not from the source)</source>
        <translation>Nos conseils (pas tirés de la source)</translation>
    </message>
    <message>
        <source>In the draft of 22 May 2023</source>
        <translation>Dans le projet du 22 mai 2023</translation>
    </message>
    <message>
        <source>Wholly a bracketed proposal in the draft</source>
        <translation>Entièrement une proposition entre crochets dans le projet</translation>
    </message>
    <message>
        <source>How the source presents it</source>
        <translation>Présentation dans la source</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>What participants write</source>
        <translation>Ce que les participants écrivent</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Why each option is right or wrong</source>
        <translation>Pourquoi chaque option est juste ou fausse</translation>
    </message>
    <message>
        <source>How to score</source>
        <translation>Comment noter</translation>
    </message>
    <message>
        <source>Kind of question</source>
        <translation>Type de question</translation>
    </message>
    <message>
        <source>How to check each level</source>
        <translation>Comment vérifier chaque niveau</translation>
    </message>
    <message>
        <source>Day {0}</source>
        <translation>Jour {0}</translation>
    </message>
    <message>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>See</source>
        <translation>Voir</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>Exposé</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Visite de site</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conférence</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Scenario: apply a framework to a city</source>
        <translation>Mise en situation : appliquer un cadre à une ville</translation>
    </message>
    <message>
        <source>Concept</source>
        <translation>Notion</translation>
    </message>
    <message>
        <source>Recall of a fact</source>
        <translation>Rappel d’un fait</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Answer found in</source>
        <translation>Réponse dans</translation>
    </message>
    <message>
        <source>Written in {0}</source>
        <translation>Rédigé en {0}</translation>
    </message>
</context>
<context>
    <name>JoinCardWindow</name>
    <message>
        <source>Join the room</source>
        <translation>Rejoindre la salle</translation>
    </message>
    <message>
        <source>QR code of the room&apos;s address</source>
        <translation>Code QR de l&apos;adresse de la salle</translation>
    </message>
    <message>
        <source>Room code: {0}</source>
        <translation>Code de salle : {0}</translation>
    </message>
</context>
<context>
    <name>LocalContentPage</name>
    <message>
        <source>Local case studies and statistics</source>
        <translation>Études de cas et statistiques locales</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>New local item</source>
        <translation>Nouvel élément local</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Présenter</translation>
    </message>
    <message>
        <source>Present the selected item</source>
        <translation>Présenter l’élément sélectionné</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation>Étude de cas</translation>
    </message>
    <message>
        <source>Statistic</source>
        <translation>Statistique</translation>
    </message>
    <message>
        <source>Language of the title and text</source>
        <translation>Langue du titre et du texte</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>e.g. 41.5</source>
        <translation>p. ex. 41.5</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>e.g. % or households</source>
        <translation>p. ex. % ou ménages</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>no year</source>
        <translation>sans année</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Linked pillars and elements</source>
        <translation>Piliers et éléments liés</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the item</source>
        <translation>Enregistrer l’élément</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the item</source>
        <translation>Supprimer l’élément</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte :</translation>
    </message>
    <message>
        <source>&amp;Figure and unit:</source>
        <translation>&amp;Chiffre et unité :</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année :</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;ource :</translation>
    </message>
    <message>
        <source>&amp;Linked to:</source>
        <translation>&amp;Lié à :</translation>
    </message>
    <message>
        <source>Add your own case studies and statistics. They are saved in this workshop, appear in the curriculum search and travel in workshop packs.</source>
        <translation>Ajoutez vos propres études de cas et statistiques. Elles sont enregistrées dans cet atelier, apparaissent dans la recherche du curriculum et sont transmises dans les paquets d’atelier.</translation>
    </message>
    <message>
        <source>Element {0}: {1}</source>
        <translation>Élément {0} : {1}</translation>
    </message>
    <message>
        <source>State&amp;ment:</source>
        <translation>&amp;Énoncé :</translation>
    </message>
    <message>
        <source>Not written in {0} yet: type that version here, then save.</source>
        <translation>Pas encore rédigé en {0} : saisissez cette version ici, puis enregistrez.</translation>
    </message>
    <message>
        <source>Add local item</source>
        <translation>Ajouter un élément local</translation>
    </message>
    <message>
        <source>Edit local item</source>
        <translation>Modifier l’élément local</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>chiffre</translation>
    </message>
    <message>
        <source>figure, unit or links</source>
        <translation>chiffre, unité ou liens</translation>
    </message>
    <message>
        <source>Give the item a title.</source>
        <translation>Donnez un titre à l’élément.</translation>
    </message>
    <message>
        <source>The {0} is too long.</source>
        <translation>Le champ « {0} » est trop long.</translation>
    </message>
    <message>
        <source>The figure must be a number, like 41.5.</source>
        <translation>Le chiffre doit être un nombre, par exemple 41.5.</translation>
    </message>
    <message>
        <source>This item was deleted meanwhile.</source>
        <translation>Cet élément a été supprimé entre-temps.</translation>
    </message>
    <message>
        <source>Choose a workshop first.</source>
        <translation>Choisissez d’abord un atelier.</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Non enregistré : {0}</translation>
    </message>
    <message>
        <source>Delete local item</source>
        <translation>Supprimer l’élément local</translation>
    </message>
    <message>
        <source>Delete “{0}” from this workshop?</source>
        <translation>Supprimer « {0} » de cet atelier ?</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Supprimé.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PCSC Workshop</source>
        <translation>Atelier PCSC</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>&amp;Atelier</translation>
    </message>
    <message>
        <source>Current workshop</source>
        <translation>Atelier en cours</translation>
    </message>
    <message>
        <source>&amp;Content language</source>
        <translation>Langue du &amp;contenu</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Opening your workshops…</source>
        <translation>Ouverture de vos ateliers…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About PCSC Workshop</source>
        <translation>À propos d’Ateli&amp;er PCSC</translation>
    </message>
    <message>
        <source>&amp;Undo {0}</source>
        <translation>Annu&amp;ler : {0}</translation>
    </message>
    <message>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Rétablir : {0}</translation>
    </message>
    <message>
        <source>Could not undo: {0}</source>
        <translation>Impossible d’annuler : {0}</translation>
    </message>
</context>
<context>
    <name>NamePickerDialog</name>
    <message>
        <source>Who are you?</source>
        <translation>Qui êtes-vous ?</translation>
    </message>
    <message>
        <source>Pick your name</source>
        <translation>Choisissez votre nom</translation>
    </message>
    <message>
        <source>Welcome to “{0}”.
Find your name in the list: your own action plan opens next.</source>
        <translation>Bienvenue à « {0} ».
Trouvez votre nom dans la liste : votre plan d’action s’ouvrira ensuite.</translation>
    </message>
    <message>
        <source>Type part of your name or your city</source>
        <translation>Saisissez une partie de votre nom ou de votre ville</translation>
    </message>
    <message>
        <source>Search names</source>
        <translation>Rechercher un nom</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>No name matches. Ask the facilitator to add you.</source>
        <translation>Aucun nom ne correspond. Demandez à l’animateur de vous ajouter.</translation>
    </message>
    <message>
        <source>This is me</source>
        <translation>C’est moi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>NotesWindow</name>
    <message>
        <source>Speaker notes – {0}</source>
        <translation>Notes de l’intervenant – {0}</translation>
    </message>
    <message>
        <source>Speaker notes window</source>
        <translation>Fenêtre des notes de l’intervenant</translation>
    </message>
    <message>
        <source>Current slide</source>
        <translation>Diapositive actuelle</translation>
    </message>
    <message>
        <source>Speaker notes</source>
        <translation>Notes de l’intervenant</translation>
    </message>
    <message>
        <source>Slide number</source>
        <translation>Numéro de la diapositive</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Diapositive suivante</translation>
    </message>
    <message>
        <source>Next slide preview</source>
        <translation>Aperçu de la diapositive suivante</translation>
    </message>
    <message>
        <source>→ / Space next · ← previous · Home / End · B blank · T timer · Esc end</source>
        <translation>→ / Espace suivante · ← précédente · Début / Fin · B écran noir · T minuteur · Échap terminer</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Curriculum</source>
        <translation>Curriculum</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Auto-évaluation</translation>
    </message>
    <message>
        <source>Action plans</source>
        <translation>Plans d’action</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présenter</translation>
    </message>
    <message>
        <source>Local content</source>
        <translation>Contenu local</translation>
    </message>
    <message>
        <source>Knowledge checks</source>
        <translation>Tests de connaissances</translation>
    </message>
</context>
<context>
    <name>ParticipantActions</name>
    <message>
        <source>Plan sending status</source>
        <translation>État de l’envoi du plan</translation>
    </message>
    <message>
        <source>Open workshop pack</source>
        <translation>Ouvrir un paquet d’atelier</translation>
    </message>
    <message>
        <source>Workshop packs (*.pcsc)</source>
        <translation>Paquets d’atelier (*.pcsc)</translation>
    </message>
    <message>
        <source>Opening the workshop pack…</source>
        <translation>Ouverture du paquet d’atelier…</translation>
    </message>
    <message>
        <source>Workshop pack not opened</source>
        <translation>Paquet d’atelier non ouvert</translation>
    </message>
    <message>
        <source>This file could not be opened. Nothing was changed.</source>
        <translation>Ce fichier n’a pas pu être ouvert. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Workshop pack from another laptop</source>
        <translation>Paquet d’atelier venant d’un autre ordinateur</translation>
    </message>
    <message>
        <source>This workshop pack was not made on the laptop your facilitator&apos;s earlier packs came from. Nothing was changed.

Open it only if your facilitator told you they now use another laptop.</source>
        <translation>Ce paquet d’atelier n’a pas été créé sur l’ordinateur d’où venaient les paquets précédents de votre animateur. Rien n’a été modifié.

Ne l’ouvrez que si votre animateur vous a dit qu’il utilise maintenant un autre ordinateur.</translation>
    </message>
    <message>
        <source>My facilitator changed laptops: open it</source>
        <translation>Mon animateur a changé d’ordinateur : l’ouvrir</translation>
    </message>
    <message>
        <source>Where should your plan go? (a USB stick or shared folder)</source>
        <translation>Où enregistrer votre plan ? (clé USB ou dossier partagé)</translation>
    </message>
    <message>
        <source>Plan sent</source>
        <translation>Plan envoyé</translation>
    </message>
    <message>
        <source>Your plan (revision {0}) was saved as:
{1}

Hand this file to the facilitator, or leave it in the shared folder.</source>
        <translation>Votre plan (révision {0}) a été enregistré sous :
{1}

Remettez ce fichier à l’animateur ou laissez-le dans le dossier partagé.</translation>
    </message>
    <message>
        <source>This laptop&apos;s key: {0}. If the facilitator asks whether a plan came from your laptop, this is what they compare.</source>
        <translation>Clé de cet ordinateur : {0}. Si l’animateur demande si un plan vient de votre ordinateur, c’est ce qu’il compare.</translation>
    </message>
    <message>
        <source>Saving your plan…</source>
        <translation>Enregistrement de votre plan…</translation>
    </message>
    <message>
        <source>Plan not sent yet</source>
        <translation>Plan pas encore envoyé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Last sent {0} (revision {1}) — changed since: {2}</source>
        <translation>Dernier envoi {0} (révision {1}) — modifié depuis : {2}</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Opération non effectuée</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Edit participant</source>
        <translation>Modifier le participant</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <source>(no delegation)</source>
        <translation>(sans délégation)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>May be named in reports</source>
        <translation>Peut être nommé dans les rapports</translation>
    </message>
    <message>
        <source>Without consent, reports say “Participant 7”.</source>
        <translation>Sans consentement, les rapports indiquent « Participant 7 ».</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>&amp;Délégation :</translation>
    </message>
    <message>
        <source>(the workshop&apos;s language)</source>
        <translation>(la langue de l’atelier)</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Adresse électronique :</translation>
    </message>
    <message>
        <source>Documents &amp;in:</source>
        <translation>Documents en &amp;langue :</translation>
    </message>
    <message>
        <source>Move participant</source>
        <translation>Déplacer le participant</translation>
    </message>
</context>
<context>
    <name>PeopleEditor</name>
    <message>
        <source>Delegation / participant</source>
        <extracomment>backups found, after the last deletion, that still hold the deleted person (tests)</extracomment>
        <translation>Délégation / participant</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Adresse électronique</translation>
    </message>
    <message>
        <source>Named in reports</source>
        <translation>Nommé dans les rapports</translation>
    </message>
    <message>
        <source>Delegations and participants</source>
        <translation>Délégations et participants</translation>
    </message>
    <message>
        <source>Add de&amp;legation…</source>
        <translation>Ajouter une dé&amp;légation…</translation>
    </message>
    <message>
        <source>Add &amp;participant…</source>
        <translation>Ajouter un &amp;participant…</translation>
    </message>
    <message>
        <source>Edi&amp;t…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Import &amp;CSV…</source>
        <translation>Importer un fichier &amp;CSV…</translation>
    </message>
    <message>
        <source>CSV te&amp;mplate…</source>
        <translation>Mo&amp;dèle CSV…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>No delegation</source>
        <translation>Sans délégation</translation>
    </message>
    <message>
        <source>Delete this participant’s data…</source>
        <translation>Supprimer les données de ce participant…</translation>
    </message>
    <message>
        <source>Move participant</source>
        <translation>Déplacer le participant</translation>
    </message>
    <message>
        <source>Remove delegation</source>
        <translation>Supprimer la délégation</translation>
    </message>
    <message>
        <source>Remove the delegation {0}?</source>
        <translation>Supprimer la délégation {0} ?</translation>
    </message>
    <message>
        <source>Delete this participant’s data</source>
        <translation>Supprimer les données de ce participant</translation>
    </message>
    <message>
        <source>Delete all data of {0}?</source>
        <translation>Supprimer toutes les données de {0} ?</translation>
    </message>
    <message>
        <source>Their name, email, organisation and role, their action plan and their own assessment will be erased on this laptop and, after the next exchange, on the others. Items already pulled into the delegation plan stay. This cannot be undone.</source>
        <translation>Son nom, son adresse électronique, son organisation et sa fonction, son plan d’action et son évaluation individuelle seront effacés sur cet ordinateur et, après le prochain échange, sur les autres. Les éléments déjà repris dans le plan de la délégation sont conservés. Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Delete data</source>
        <translation>Supprimer les données</translation>
    </message>
    <message>
        <source>Older backups of this database, made before the deletion, still hold their data: {0}.</source>
        <translation>Des sauvegardes plus anciennes de cette base, faites avant la suppression, contiennent encore ses données : {0}.</translation>
    </message>
    <message>
        <source>They are next to the database file ({0}). Delete those backups too? A backup is also what would bring back other work lost by mistake.</source>
        <translation>Elles se trouvent à côté du fichier de la base ({0}). Supprimer aussi ces sauvegardes ? Une sauvegarde est aussi ce qui permettrait de retrouver un travail perdu par erreur.</translation>
    </message>
    <message>
        <source>Delete those backups</source>
        <translation>Supprimer ces sauvegardes</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Les conserver</translation>
    </message>
    <message>
        <source>Save a CSV template</source>
        <translation>Enregistrer un modèle CSV</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>Importer des participants</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.txt)</translation>
    </message>
</context>
<context>
    <name>PlanCoach</name>
    <message>
        <source>Plan quality score</source>
        <translation>Note de qualité du plan</translation>
    </message>
    <message>
        <source>What would raise the score</source>
        <translation>Ce qui améliorerait la note</translation>
    </message>
    <message>
        <source>Plan quality</source>
        <translation>Qualité du plan</translation>
    </message>
    <message>
        <source>What would raise it:</source>
        <translation>Ce qui l’améliorerait :</translation>
    </message>
    <message>
        <source>Local government</source>
        <translation>Collectivité locale</translation>
    </message>
    <message>
        <source>National government</source>
        <translation>Gouvernement national</translation>
    </message>
    <message>
        <source>Other stakeholders</source>
        <translation>Autres parties prenantes</translation>
    </message>
    <message>
        <source>Level of government</source>
        <translation>Échelon de gouvernement</translation>
    </message>
    <message>
        <source>Suggestions from the assessment</source>
        <translation>Suggestions issues de l’évaluation</translation>
    </message>
    <message>
        <source>A&amp;ccept</source>
        <translation>A&amp;ccepter</translation>
    </message>
    <message>
        <source>Edit &amp;&amp; accept…</source>
        <translation>Modifier &amp;&amp; accepter…</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>Éc&amp;arter</translation>
    </message>
    <message>
        <source>From assessment to action</source>
        <translation>De l’évaluation à l’action</translation>
    </message>
    <message>
        <source>Members&apos; items</source>
        <translation>Éléments des membres</translation>
    </message>
    <message>
        <source>&amp;Pull ticked items into the delegation plan</source>
        <translation>&amp;Reprendre les éléments cochés dans le plan de la délégation</translation>
    </message>
    <message>
        <source>Accept a suggestion</source>
        <translation>Accepter une suggestion</translation>
    </message>
    <message>
        <source>Dismiss a suggestion</source>
        <translation>Écarter une suggestion</translation>
    </message>
    <message>
        <source>Pull members&apos; items</source>
        <translation>Reprendre les éléments des membres</translation>
    </message>
    <message>
        <source>{0} / 100</source>
        <translation type="vanished">{0} / 100</translation>
    </message>
    <message>
        <source>+{0}: {1}</source>
        <translation>+{0} : {1}</translation>
    </message>
    <message>
        <source>(steps {0})</source>
        <translation>(étapes {0})</translation>
    </message>
    <message>
        <source>Nothing missing: a complete plan.</source>
        <translation>Rien ne manque : le plan est complet.</translation>
    </message>
    <message>
        <source>JICA {0} {1} (level {2}) → {3}</source>
        <translation>JICA {0} {1} (niveau {2}) → {3}</translation>
    </message>
    <message>
        <source>See the pillar&apos;s recommended actions.</source>
        <translation>Voir les actions recommandées pour ce pilier.</translation>
    </message>
    <message>
        <source>Case studies: {0}</source>
        <translation>Études de cas : {0}</translation>
    </message>
    <message>
        <source>No open suggestions. Score the delegation&apos;s assessment to get suggestions from its weakest elements.</source>
        <translation>Aucune suggestion en attente. Notez l’évaluation de la délégation pour obtenir des suggestions fondées sur ses éléments les plus faibles.</translation>
    </message>
    <message>
        <source>{0} open, {1} accepted</source>
        <translation>{0} ouvertes, {1} acceptées</translation>
    </message>
    <message>
        <source>Edit the next step</source>
        <translation type="vanished">Modifier la prochaine étape</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation type="vanished">Action :</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Appui</translation>
    </message>
    <message>
        <source> (from {0})</source>
        <translation> (auprès de {0})</translation>
    </message>
    <message>
        <source>— in the delegation plan</source>
        <translation>— dans le plan de la délégation</translation>
    </message>
    <message>
        <source>The members have no next steps or support requests yet.</source>
        <translation>Les membres n’ont encore ni prochaines étapes ni demandes d’appui.</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Save status</source>
        <translation>État de l’enregistrement</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="vanished">&amp;Exporter en PDF…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Exporter en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save this action plan as a PDF file</source>
        <translation>Enregistrer ce plan d’action dans un fichier PDF</translation>
    </message>
    <message>
        <source>Key takeaways</source>
        <translation>Principaux enseignements</translation>
    </message>
    <message>
        <source>What did you learn that matters most for your city?</source>
        <translation>Qu’avez-vous appris de plus important pour votre ville ?</translation>
    </message>
    <message>
        <source>Challenges</source>
        <translation>Défis</translation>
    </message>
    <message>
        <source>What stands in the way: institutions, skills, finance, data, people?</source>
        <translation>Quels sont les obstacles : institutions, compétences, financement, données, personnes ?</translation>
    </message>
    <message>
        <source>Approaches</source>
        <translation>Approches</translation>
    </message>
    <message>
        <source>How will you tackle them? Which ideas from the week will you adapt?</source>
        <translation>Comment comptez-vous les surmonter ? Quelles idées de la semaine allez-vous adapter ?</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>Next step {0}</source>
        <translation>Prochaine étape {0}</translation>
    </message>
    <message>
        <source>Desired future support</source>
        <translation>Appui souhaité à l’avenir</translation>
    </message>
    <message>
        <source>Support request {0}</source>
        <translation>Demande d’appui {0}</translation>
    </message>
    <message>
        <source>1. Key takeaways</source>
        <translation>1. Principaux enseignements</translation>
    </message>
    <message>
        <source>2. Challenges</source>
        <translation>2. Défis</translation>
    </message>
    <message>
        <source>3. Approaches</source>
        <translation>3. Approches</translation>
    </message>
    <message>
        <source>4. Next steps</source>
        <translation>4. Prochaines étapes</translation>
    </message>
    <message>
        <source>5. Desired future support</source>
        <translation>5. Appui souhaité à l’avenir</translation>
    </message>
    <message>
        <source>Plan sections</source>
        <translation>Sections du plan</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>&amp;Coaching</source>
        <translation>&amp;Conseils</translation>
    </message>
    <message>
        <source>Show or hide the coaching panel (plan quality, suggestions)</source>
        <translation>Afficher ou masquer le panneau de conseils (qualité du plan, suggestions)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Pillar: {0}</source>
        <translation>Pilier : {0}</translation>
    </message>
    <message>
        <source>JICA {0}: {1}</source>
        <translation>JICA {0} : {1}</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>abandonné</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Linked pillar / element</source>
        <translation>Pilier / élément lié</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>technical assistance</source>
        <translation>assistance technique</translation>
    </message>
    <message>
        <source>financing</source>
        <translation>financement</translation>
    </message>
    <message>
        <source>capacity building</source>
        <translation>renforcement des capacités</translation>
    </message>
    <message>
        <source>knowledge exchange</source>
        <translation>échange de connaissances</translation>
    </message>
    <message>
        <source>data and tools</source>
        <translation>données et outils</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Précisions</translation>
    </message>
    <message>
        <source>From whom</source>
        <translation>Auprès de qui</translation>
    </message>
    <message>
        <source>Kind of support</source>
        <translation>Type d’appui</translation>
    </message>
    <message>
        <source>Choose a plan on the left</source>
        <translation>Choisissez un plan dans la liste</translation>
    </message>
    <message>
        <source>Action plan of {0}</source>
        <translation>Plan d’action de {0}</translation>
    </message>
    <message>
        <source>Delegation plan: {0}</source>
        <translation>Plan de la délégation : {0}</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <source>Accept a suggestion</source>
        <translation>Accepter une suggestion</translation>
    </message>
    <message>
        <source>&amp;Coaching ({0} / 100)</source>
        <translation>&amp;Conseils ({0} / 100)</translation>
    </message>
    <message>
        <source>Edit plan</source>
        <translation>Modifier le plan</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Modification en cours…</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Non enregistré : {0}</translation>
    </message>
    <message>
        <source>Saved at {0}</source>
        <translation>Enregistré à {0}</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Table edit</source>
        <translation>Modification du tableau</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>Find a participant or delegation</source>
        <translation>Rechercher un participant ou une délégation</translation>
    </message>
    <message>
        <source>Filter plans</source>
        <translation>Filtrer les plans</translation>
    </message>
    <message>
        <source>Plans by delegation</source>
        <translation>Plans par délégation</translation>
    </message>
    <message>
        <source>Hide the &amp;list</source>
        <translation>Masquer la &amp;liste</translation>
    </message>
    <message>
        <source>Fold the list of plans away to give the plan the whole width</source>
        <translation>Replier la liste des plans pour donner au plan toute la largeur</translation>
    </message>
    <message>
        <source>Delegation plan</source>
        <translation>Plan de la délégation</translation>
    </message>
    <message>
        <source>No delegation</source>
        <translation>Sans délégation</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Show the &amp;list</source>
        <translation>Afficher la &amp;liste</translation>
    </message>
    <message>
        <source>Export action plan</source>
        <translation>Exporter le plan d’action</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF saved: {0}</source>
        <translation>PDF enregistré : {0}</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’exportation</translation>
    </message>
</context>
<context>
    <name>PollResultsWindow</name>
    <message>
        <source>Live poll results</source>
        <translation>Résultats du sondage en direct</translation>
    </message>
    <message>
        <source>Answers: {0}</source>
        <translation>Réponses : {0}</translation>
    </message>
</context>
<context>
    <name>PresentPage</name>
    <message>
        <source>Present a module full screen</source>
        <translation>Présenter un module en plein écran</translation>
    </message>
    <message>
        <source>Choose what to present and press Present (or Enter). During the presentation: → / Space next, ← previous, Home / End, B blank screen, T start or pause the timer, N speaker notes, Esc end.</source>
        <translation>Choisissez ce que vous souhaitez présenter et appuyez sur Présenter (ou Entrée). Pendant la présentation : → / Espace suivante, ← précédente, Début / Fin, B écran noir, T démarrer ou mettre en pause le minuteur, N notes de l’intervenant, Échap terminer.</translation>
    </message>
    <message>
        <source>What to present</source>
        <translation>Que présenter</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Timer length in minutes</source>
        <translation>Durée du minuteur en minutes</translation>
    </message>
    <message>
        <source>&amp;Timer:</source>
        <translation>&amp;Minuteur :</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Présenter</translation>
    </message>
    <message>
        <source>Present full screen</source>
        <translation>Présenter en plein écran</translation>
    </message>
    <message>
        <source>About the selection</source>
        <translation>À propos de la sélection</translation>
    </message>
    <message>
        <source>First slide preview</source>
        <translation>Aperçu de la première diapositive</translation>
    </message>
    <message>
        <source>Curriculum modules</source>
        <translation>Modules du curriculum</translation>
    </message>
    <message>
        <source>Agenda sessions</source>
        <translation>Séances du programme</translation>
    </message>
    <message>
        <source>Local content</source>
        <translation>Contenu local</translation>
    </message>
    <message>
        <source>Day {0}, {1} · {2} min · {3}</source>
        <translation>Jour {0}, {1} · {2} min · {3}</translation>
    </message>
    <message>
        <source>This item can no longer be found.</source>
        <translation>Cet élément est introuvable.</translation>
    </message>
    <message numerus="yes">
        <source>{0} – %n slide(s)</source>
        <translation>
            <numerusform>{0} – %n diapositive</numerusform>
            <numerusform>{0} – %n diapositives</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} – {1} slides</source>
        <translation type="vanished">{0} – {1} diapositives</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <source>Session timer</source>
        <translation>Minuteur de la séance</translation>
    </message>
    <message>
        <source>{0} / {1}</source>
        <translation>{0} / {1}</translation>
    </message>
    <message>
        <source>Slide {0} of {1}</source>
        <translation>Diapositive {0} sur {1}</translation>
    </message>
    <message>
        <source>No notes for this slide.</source>
        <translation>Aucune note pour cette diapositive.</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Day {0} · {1} · {2} min</source>
        <translation>Jour {0} · {1} · {2} min</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Something went wrong</source>
        <translation>Une erreur s’est produite</translation>
    </message>
    <message>
        <source>Nothing to present</source>
        <translation>Rien à présenter</translation>
    </message>
    <message>
        <source>This item is not in the curriculum or the workshop&apos;s local content: {0}</source>
        <translation>Cet élément ne figure ni dans le curriculum ni dans le contenu local de l’atelier : {0}</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>PCSC Workshop could not restart itself; please close and open it again.</source>
        <translation>L’Atelier PCSC n’a pas pu redémarrer ; veuillez le fermer et le rouvrir.</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <source>Knowledge checks</source>
        <translation>Tests de connaissances</translation>
    </message>
    <message>
        <source>&amp;Take a check</source>
        <translation>Passer un &amp;test</translation>
    </message>
    <message>
        <source>&amp;Learning gain</source>
        <translation>Pro&amp;gression des apprentissages</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Before or after the session</source>
        <translation>Avant ou après la séance</translation>
    </message>
    <message>
        <source>Before the session</source>
        <translation>Avant la séance</translation>
    </message>
    <message>
        <source>After the session</source>
        <translation>Après la séance</translation>
    </message>
    <message>
        <source>&amp;Start the check</source>
        <translation>&amp;Commencer le test</translation>
    </message>
    <message>
        <source>Start the check</source>
        <translation>Commencer le test</translation>
    </message>
    <message>
        <source>&amp;Participant:</source>
        <translation>&amp;Participant :</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Module :</translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation>&amp;Quand :</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Choose the participant, the module and whether this is before or after the session, then press &lt;b&gt;Start the check&lt;/b&gt;. The questions appear here; after submitting, each answer is shown with the right one and why.</source>
        <translation>Choisissez le participant, le module et le moment (avant ou après la séance), puis appuyez sur &lt;b&gt;Commencer le test&lt;/b&gt;. Les questions s’affichent ici ; après l’envoi, chaque réponse est présentée avec la bonne réponse et son explication.</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>S&amp;ubmit answers</source>
        <translation>&amp;Envoyer les réponses</translation>
    </message>
    <message>
        <source>Submit answers</source>
        <translation>Envoyer les réponses</translation>
    </message>
    <message>
        <source>Score and right answers</source>
        <translation>Note et bonnes réponses</translation>
    </message>
    <message>
        <source>{0} questions · {1} · {2}</source>
        <translation type="vanished">{0} questions · {1} · {2}</translation>
    </message>
    <message>
        <source>Question {0}</source>
        <translation>Question {0}</translation>
    </message>
    <message>
        <source>Unanswered questions</source>
        <translation>Questions sans réponse</translation>
    </message>
    <message>
        <source>{0} questions have no answer; they count as wrong. Submit anyway?</source>
        <translation type="vanished">{0} questions sont sans réponse ; elles comptent comme fausses. Envoyer quand même ?</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) · {0} · {1}</source>
        <translation>
            <numerusform>%n question · {0} · {1}</numerusform>
            <numerusform>%n questions · {0} · {1}</numerusform>
        </translation>
    </message>
    <message>
        <source>Question {0} (not yet translated, in English)</source>
        <translation>Question {0} (pas encore traduite, en anglais)</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) have no answer; they count as wrong. Submit anyway?</source>
        <translation>
            <numerusform>%n question est sans réponse ; elle compte comme fausse. Envoyer quand même ?</numerusform>
            <numerusform>%n questions sont sans réponse ; elles comptent comme fausses. Envoyer quand même ?</numerusform>
        </translation>
    </message>
    <message>
        <source>This participant is no longer in the workshop.</source>
        <translation>Ce participant ne fait plus partie de l’atelier.</translation>
    </message>
    <message>
        <source>This module has no questions.</source>
        <translation>Ce module ne comporte aucune question.</translation>
    </message>
    <message>
        <source>The answers were not saved</source>
        <translation>Les réponses n’ont pas été enregistrées</translation>
    </message>
    <message>
        <source>Score: {0} of {1} ({2})</source>
        <translation>Note : {0} sur {1} ({2})</translation>
    </message>
    <message>
        <source>The right answers are shown after the after-session check, so that it measures what was learnt (the facilitator can release them earlier).</source>
        <translation>Les bonnes réponses s’affichent après le test d’après la séance, pour qu’il mesure ce qui a été appris (l’animateur peut les révéler plus tôt).</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Juste</translation>
    </message>
    <message>
        <source>Not quite</source>
        <translation>Pas tout à fait</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(pas de réponse)</translation>
    </message>
    <message>
        <source>Your answer: {0}</source>
        <translation>Votre réponse : {0}</translation>
    </message>
    <message>
        <source>Right answer: {0}</source>
        <translation>Bonne réponse : {0}</translation>
    </message>
    <message>
        <source>(your answer)</source>
        <translation>(votre réponse)</translation>
    </message>
    <message>
        <source>Why each option is right or wrong:</source>
        <translation>Pourquoi chaque option est juste ou fausse :</translation>
    </message>
    <message>
        <source>Participants with both</source>
        <translation>Participants ayant passé les deux</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Gain (points)</source>
        <translation>Progression (points)</translation>
    </message>
    <message>
        <source>Learning gain by module</source>
        <translation>Progression des apprentissages par module</translation>
    </message>
    <message>
        <source>Learning gain by participant</source>
        <translation>Progression des apprentissages par participant</translation>
    </message>
    <message>
        <source>Scores are the share of right answers; the gain is after minus before, in percentage points, where both exist. A retake replaces the earlier attempt.</source>
        <translation>Les notes correspondent à la part de bonnes réponses ; la progression est la note après moins la note avant, en points de pourcentage, lorsque les deux existent. Un nouveau passage remplace la tentative précédente.</translation>
    </message>
    <message>
        <source>&amp;Release the right answers now</source>
        <translation>&amp;Révéler les bonnes réponses maintenant</translation>
    </message>
    <message>
        <source>Release the right answers</source>
        <translation>Révéler les bonnes réponses</translation>
    </message>
    <message>
        <source>Otherwise each participant sees them after their after-session check.</source>
        <translation>Sinon, chaque participant les voit après son test d’après la séance.</translation>
    </message>
    <message>
        <source>By module</source>
        <translation>Par module</translation>
    </message>
    <message>
        <source>By participant</source>
        <translation>Par participant</translation>
    </message>
    <message>
        <source>(removed participant)</source>
        <translation>(participant supprimé)</translation>
    </message>
    <message>
        <source>Hold back the right answers</source>
        <translation>Retenir les bonnes réponses</translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>Non modifié</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>Radar chart of the 21 elements</source>
        <translation>Graphique en radar des 21 éléments</translation>
    </message>
    <message>
        <source>Chart legend</source>
        <translation>Légende du graphique</translation>
    </message>
    <message>
        <source>not scored (gap in the line)</source>
        <translation>non noté (interruption de la ligne)</translation>
    </message>
</context>
<context>
    <name>RoomActions</name>
    <message>
        <source>Open the room…</source>
        <translation>Ouvrir la salle…</translation>
    </message>
    <message>
        <source>Send my plan to the room…</source>
        <translation>Envoyer mon plan à la salle…</translation>
    </message>
    <message>
        <source>Looking for the room…</source>
        <translation>Recherche de la salle…</translation>
    </message>
    <message>
        <source>Send my plan to the room</source>
        <translation>Envoyer mon plan à la salle</translation>
    </message>
    <message>
        <source>Rooms found on this network:</source>
        <translation>Salles trouvées sur ce réseau :</translation>
    </message>
    <message>
        <source>No room answered on this network. Type the address shown on the join card (for example http://192.168.1.10:8765/):</source>
        <translation>Aucune salle n&apos;a répondu sur ce réseau. Saisissez l&apos;adresse indiquée sur la carte d&apos;accès (par exemple http://192.168.1.10:8765/) :</translation>
    </message>
    <message>
        <source>Room code (on the screen):</source>
        <translation>Code de salle (affiché à l&apos;écran) :</translation>
    </message>
    <message>
        <source>Sending your plan…</source>
        <translation>Envoi de votre plan…</translation>
    </message>
    <message>
        <source>Choose who you are first: open the workshop pack and pick your name.</source>
        <translation>Indiquez d&apos;abord qui vous êtes : ouvrez le dossier de l&apos;atelier et choisissez votre nom.</translation>
    </message>
    <message>
        <source>Your plan reached the room.</source>
        <translation>Votre plan est bien parvenu à la salle.</translation>
    </message>
    <message>
        <source>Plan not sent</source>
        <translation>Plan non envoyé</translation>
    </message>
    <message>
        <source>Your plan did not reach the room. Nothing was lost: it is still on this laptop.</source>
        <translation>Votre plan n&apos;est pas parvenu à la salle. Rien n&apos;est perdu : il reste sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>RoomDialog</name>
    <message>
        <source>The room</source>
        <translation>La salle</translation>
    </message>
    <message>
        <source>Open the room</source>
        <translation>Ouvrir la salle</translation>
    </message>
    <message>
        <source>Close the room</source>
        <translation>Fermer la salle</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Écouter sur :</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>The room is closed. Open it to let browsers join.</source>
        <translation>La salle est fermée. Ouvrez-la pour que les navigateurs puissent la rejoindre.</translation>
    </message>
    <message>
        <source>QR code of the room&apos;s address</source>
        <translation>Code QR de l&apos;adresse de la salle</translation>
    </message>
    <message>
        <source>Show join card full screen</source>
        <translation>Afficher la carte d&apos;accès en plein écran</translation>
    </message>
    <message>
        <source>Save join card and personal codes (PDF)…</source>
        <translation>Enregistrer la carte d&apos;accès et les codes personnels (PDF)…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Personal code</source>
        <translation>Code personnel</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Arrivé à</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Remove this device</source>
        <translation>Retirer cet appareil</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>Choix multiple</translation>
    </message>
    <message>
        <source>Dot-voting</source>
        <translation>Vote par gommettes</translation>
    </message>
    <message>
        <source>Word cloud</source>
        <translation>Nuage de mots</translation>
    </message>
    <message>
        <source>One option per line</source>
        <translation>Une option par ligne</translation>
    </message>
    <message>
        <source>Ask the room</source>
        <translation>Poser la question à la salle</translation>
    </message>
    <message>
        <source>Close the question</source>
        <translation>Clore la question</translation>
    </message>
    <message>
        <source>Show results full screen</source>
        <translation>Afficher les résultats en plein écran</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Question :</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Picks per person (dot-voting):</source>
        <translation>Choix par personne (vote par gommettes) :</translation>
    </message>
    <message>
        <source>Personal codes</source>
        <translation>Codes personnels</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Live poll</source>
        <translation>Sondage en direct</translation>
    </message>
    <message>
        <source>Choose or create a workshop first (Workshop page, or the workshop list at the top of the window): the room serves one workshop.</source>
        <translation>Choisissez ou créez d’abord un atelier (page Atelier, ou la liste des ateliers en haut de la fenêtre) : la salle sert un seul atelier.</translation>
    </message>
    <message>
        <source>Opening the room…</source>
        <translation>Ouverture de la salle…</translation>
    </message>
    <message>
        <source>Room code: {0}</source>
        <translation>Code de salle : {0}</translation>
    </message>
    <message>
        <source>(Not announced on the network: {0})</source>
        <translation>(Non annoncée sur le réseau : {0})</translation>
    </message>
    <message>
        <source>The room is open. Participants join at the address below with the room code and their personal code.</source>
        <translation>La salle est ouverte. Les participants la rejoignent à l&apos;adresse ci-dessous avec le code de salle et leur code personnel.</translation>
    </message>
    <message>
        <source>The room could not be opened: {0}</source>
        <translation>La salle n&apos;a pas pu être ouverte : {0}</translation>
    </message>
    <message>
        <source>Closing the room…</source>
        <translation>Fermeture de la salle…</translation>
    </message>
    <message>
        <source>The room stopped unexpectedly. Open it again to let browsers join; everything saved so far is kept.</source>
        <translation>La salle s’est arrêtée de façon inattendue. Ouvrez-la à nouveau pour que les navigateurs puissent la rejoindre ; tout ce qui a été enregistré jusqu’ici est conservé.</translation>
    </message>
    <message>
        <source>Save join card</source>
        <translation>Enregistrer la carte d&apos;accès</translation>
    </message>
    <message>
        <source>join-card</source>
        <translation>carte-acces</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Join card saved: {0}</source>
        <translation>Carte d&apos;accès enregistrée : {0}</translation>
    </message>
    <message>
        <source>{0} — answers: {1}</source>
        <translation>{0} — réponses : {1}</translation>
    </message>
    <message>
        <source>Type the question first.</source>
        <translation>Saisissez d&apos;abord la question.</translation>
    </message>
    <message>
        <source>Give at least two options, one per line.</source>
        <translation>Indiquez au moins deux options, une par ligne.</translation>
    </message>
    <message>
        <source>Give at most 40 options.</source>
        <translation>Indiquez au plus 40 options.</translation>
    </message>
    <message>
        <source>Cannot ask this question</source>
        <translation>Impossible de poser cette question</translation>
    </message>
</context>
<context>
    <name>RowForm</name>
    <message>
        <source>{0}:</source>
        <translation>{0} :</translation>
    </message>
    <message>
        <source>Select a row to see all its fields</source>
        <translation>Sélectionnez une ligne pour voir tous ses champs</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>&amp;Add row</source>
        <translation>&amp;Ajouter une ligne</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Add a row at the end of {0}</source>
        <translation>Ajouter une ligne à la fin de : {0}</translation>
    </message>
    <message>
        <source>Move the selected row up</source>
        <translation>Monter la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Move the selected row down</source>
        <translation>Descendre la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Supprimer la ligne sélectionnée</translation>
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
        <translation>{0} (écran principal de cet ordinateur)</translation>
    </message>
    <message>
        <source>Present on which screen?</source>
        <translation>Présenter sur quel écran ?</translation>
    </message>
    <message>
        <source>Choose the screen for the slides</source>
        <translation>Choisissez l’écran des diapositives</translation>
    </message>
    <message>
        <source>The slides fill the screen you choose; the speaker notes, the next slide and the timer go on another screen.</source>
        <translation>Les diapositives occupent l’écran choisi ; les notes de l’intervenant, la diapositive suivante et le minuteur s’affichent sur un autre écran.</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Présenter</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Edit session</source>
        <translation>Modifier la séance</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Ajouter une séance</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Curriculum links</source>
        <translation>Liens vers le curriculum</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Jour :</translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation>Dé&amp;but à :</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>&amp;Links to the curriculum:</source>
        <translation>&amp;Liens vers le curriculum :</translation>
    </message>
    <message>
        <source>Please give the session a title.</source>
        <translation>Veuillez donner un titre à la séance.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages; used after a restart</source>
        <translation type="vanished">La langue des menus, des boutons et des messages ; utilisée après un redémarrage</translation>
    </message>
    <message>
        <source>Takes effect when you restart PCSC Workshop.</source>
        <translation type="vanished">Prend effet au prochain démarrage d’Atelier PCSC.</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages; PCSC Workshop offers to restart at once</source>
        <translation>La langue des menus, boutons et messages ; l’Atelier PCSC propose de redémarrer aussitôt</translation>
    </message>
    <message>
        <source>Needs a restart, which you can do at once.</source>
        <translation>Nécessite un redémarrage, possible tout de suite.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Size of all text, from 100 to 200 percent; applied at once</source>
        <translation>Taille de tout le texte, de 100 à 200 % ; appliquée immédiatement</translation>
    </message>
    <message>
        <source>&amp;High-contrast theme (white on black)</source>
        <translation>Thème à &amp;contraste élevé (blanc sur noir)</translation>
    </message>
    <message>
        <source>High-contrast theme</source>
        <translation>Thème à contraste élevé</translation>
    </message>
    <message>
        <source>White text on a black background; applied at once</source>
        <translation>Texte blanc sur fond noir ; appliqué immédiatement</translation>
    </message>
    <message>
        <source>Text size and contrast apply at once.</source>
        <translation>La taille du texte et le contraste s’appliquent immédiatement.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Taille du texte :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>PCSC Workshop must restart to show the new interface language. Your work is saved. Restart now?</source>
        <translation>L’Atelier PCSC doit redémarrer pour afficher la nouvelle langue de l’interface. Votre travail est enregistré. Redémarrer maintenant ?</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>The new language will be used the next time you start PCSC Workshop.</source>
        <translation type="vanished">La nouvelle langue sera utilisée au prochain démarrage d’Atelier PCSC.</translation>
    </message>
</context>
<context>
    <name>SlideView</name>
    <message>
        <source>Slide</source>
        <translation>Diapositive</translation>
    </message>
    <message>
        <source>Day {0}</source>
        <translation>Jour {0}</translation>
    </message>
    <message>
        <source>Before the session and again after it</source>
        <translation>Avant la séance, puis de nouveau après</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>Source : {0}</translation>
    </message>
    <message>
        <source>Who: {0}</source>
        <translation>Qui : {0}</translation>
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
        <translation>Gouvernements nationaux</translation>
    </message>
    <message>
        <source>Local and regional governments</source>
        <translation>Collectivités locales et régionales</translation>
    </message>
    <message>
        <source>Other stakeholders</source>
        <translation>Autres parties prenantes</translation>
    </message>
    <message>
        <source>Thematic pillar {0}</source>
        <translation>Pilier thématique {0}</translation>
    </message>
    <message>
        <source>Enabling pillar {0}</source>
        <translation>Pilier habilitant {0}</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Maturity levels for the self-assessment</source>
        <translation>Niveaux de maturité pour l’auto-évaluation</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>Points clés</translation>
    </message>
    <message>
        <source>Principles and actions</source>
        <translation>Principes et actions</translation>
    </message>
    <message>
        <source>Agenda session</source>
        <translation>Séance du programme</translation>
    </message>
    <message>
        <source>Examples from the guidelines</source>
        <translation>Exemples tirés des lignes directrices</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Données factuelles</translation>
    </message>
    <message>
        <source>Case study</source>
        <translation>Étude de cas</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Enseignements</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>Questions pour la discussion</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Knowledge check</source>
        <translation>Test de connaissances</translation>
    </message>
    <message>
        <source>Learning objectives</source>
        <translation>Objectifs d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Fiche de travail</translation>
    </message>
    <message>
        <source>JICA stage</source>
        <translation>Étape selon la JICA</translation>
    </message>
    <message>
        <source>Key facts</source>
        <translation>Faits essentiels</translation>
    </message>
    <message>
        <source>City type</source>
        <translation>Type de ville</translation>
    </message>
    <message>
        <source>Scaling approach</source>
        <translation>Approche de passage à l’échelle</translation>
    </message>
    <message>
        <source>JICA support</source>
        <translation>Appui de la JICA</translation>
    </message>
    <message>
        <source>Principle of the 2023 draft resolution</source>
        <translation>Principe du projet de résolution de 2023</translation>
    </message>
    <message>
        <source>Characteristic of the guidelines</source>
        <translation>Caractéristique des lignes directrices</translation>
    </message>
    <message>
        <source>City characteristic</source>
        <translation>Caractéristique de la ville</translation>
    </message>
    <message>
        <source>City scope</source>
        <translation>Échelle de la ville</translation>
    </message>
    <message>
        <source>Our maturity rubric</source>
        <translation>Notre grille de maturité</translation>
    </message>
    <message>
        <source>{0} — principles: {1} · actions: {2}</source>
        <translation>{0} — principes : {1} · actions : {2}</translation>
    </message>
    <message>
        <source>Together — principles: {0} · actions: {1}</source>
        <translation>Ensemble — principes : {0} · actions : {1}</translation>
    </message>
    <message>
        <source>Example principle</source>
        <translation>Exemple de principe</translation>
    </message>
    <message>
        <source>Principles</source>
        <translation>Principes</translation>
    </message>
    <message>
        <source>Example action – {0}</source>
        <translation>Exemple d’action – {0}</translation>
    </message>
    <message>
        <source>Actions – {0}</source>
        <translation>Actions – {0}</translation>
    </message>
    <message>
        <source>Level {0}</source>
        <translation>Niveau {0}</translation>
    </message>
    <message>
        <source>Starts with</source>
        <translation>Commence par</translation>
    </message>
    <message>
        <source>Grows by</source>
        <translation>S’étend par</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>Exposé</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Visite de terrain</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conférence</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the objectives aloud; come back to them at the end of the session and ask who can now do each one.</source>
        <translation>Lisez les objectifs à voix haute ; revenez-y en fin de séance et demandez qui sait maintenant faire chacun d&apos;eux.</translation>
    </message>
    <message>
        <source>Facilitator&apos;s notes – our advice, not from the sources</source>
        <translation>Notes pour l&apos;animateur – nos conseils, pas ceux des sources</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation type="vanished">1 question</translation>
    </message>
    <message>
        <source>{0} questions</source>
        <translation type="vanished">{0} questions</translation>
    </message>
    <message>
        <source>The curriculum gives the counts and one example of each; the full wording is in the guidelines (add it as local content).</source>
        <translation>Le curriculum donne les nombres et un exemple de chaque ; le texte intégral figure dans les lignes directrices (ajoutez-le comme contenu local).</translation>
    </message>
    <message>
        <source>These are single examples, paraphrased – not the official wording. Ask which actor in the room would own each action.</source>
        <translation>Il s’agit d’exemples isolés, paraphrasés – et non du texte officiel. Demandez quel acteur présent dans la salle serait responsable de chaque action.</translation>
    </message>
    <message>
        <source>Ask the room: is this true for your city? What would the figure be at home?</source>
        <translation>Demandez à la salle : est-ce vrai pour votre ville ? Quel serait ce chiffre chez vous ?</translation>
    </message>
    <message>
        <source>Ask what made it work, and what would be different at home.</source>
        <translation>Demandez ce qui a permis la réussite et ce qui serait différent chez vous.</translation>
    </message>
    <message>
        <source>Ask each delegation to pick one lesson for its action plan.</source>
        <translation>Demandez à chaque délégation de retenir un enseignement pour son plan d’action.</translation>
    </message>
    <message>
        <source>Give tables a few minutes per question, then take one answer from each table.</source>
        <translation>Laissez aux tables quelques minutes par question, puis recueillez une réponse par table.</translation>
    </message>
    <message>
        <source>Let people answer first; the right answer is below.</source>
        <translation>Laissez d’abord les participants répondre ; la bonne réponse figure ci-dessous.</translation>
    </message>
    <message>
        <source>Participants take the check on the Knowledge checks page – before the session and again after it.</source>
        <translation>Les participants passent le test sur la page Tests de connaissances – avant la séance, puis de nouveau après.</translation>
    </message>
</context>
<context>
    <name>TemplatePage</name>
    <message>
        <source>Start from a template</source>
        <translation>Partir d’un modèle</translation>
    </message>
    <message>
        <source>The template gives the workshop its agenda; you can change every session afterwards.</source>
        <translation>Le modèle fournit le programme de l’atelier ; vous pourrez ensuite modifier chaque séance.</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
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
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} — {1} sessions</source>
        <translation type="vanished">{0} — {1} séances</translation>
    </message>
    <message>
        <source>{0} — {1} days, {2} sessions</source>
        <translation type="vanished">{0} — {1} jours, {2} séances</translation>
    </message>
    <message>
        <source>Blank workshop (no agenda)</source>
        <translation>Atelier vierge (sans programme)</translation>
    </message>
</context>
<context>
    <name>TimerPill</name>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>{0} · time is up</source>
        <translation>{0} · temps écoulé</translation>
    </message>
    <message>
        <source>{0} · wrap up</source>
        <translation>{0} · concluez</translation>
    </message>
    <message>
        <source>{0} · paused</source>
        <translation>{0} · en pause</translation>
    </message>
    <message>
        <source>{0} · press T to start</source>
        <translation>{0} · appuyez sur T pour démarrer</translation>
    </message>
</context>
<context>
    <name>Wording</name>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>organisers</source>
        <translation>organisateurs</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>role</source>
        <translation>fonction</translation>
    </message>
    <message>
        <source>email</source>
        <translation>adresse électronique</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>consentement</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>heure de début</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>date de fin</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>date de début</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>delegation</source>
        <translation>délégation</translation>
    </message>
    <message>
        <source>city type</source>
        <translation>type de ville</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>phase</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indicateur</translation>
    </message>
    <message>
        <source>link</source>
        <translation>lien</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>key takeaways</source>
        <translation>principaux enseignements</translation>
    </message>
    <message>
        <source>challenges</source>
        <translation>défis</translation>
    </message>
    <message>
        <source>approaches</source>
        <translation>approches</translation>
    </message>
    <message>
        <source>Please fill in the {0}.</source>
        <translation>Veuillez renseigner le champ « {0} ».</translation>
    </message>
    <message>
        <source>The {0} is too long (at most {1} characters).</source>
        <translation>Le champ « {0} » est trop long ({1} caractères au maximum).</translation>
    </message>
    <message>
        <source>This email address does not look right.</source>
        <translation>Cette adresse électronique ne semble pas valide.</translation>
    </message>
    <message>
        <source>Write the time as HH:MM, for example 09:30.</source>
        <translation>Saisissez l’heure au format HH:MM, par exemple 09:30.</translation>
    </message>
    <message>
        <source>The {0} has a value that is not allowed ({1}).</source>
        <translation>Le champ « {0} » contient une valeur non autorisée ({1}).</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La date de fin est antérieure à la date de début.</translation>
    </message>
    <message>
        <source>This record no longer exists (it may have been deleted).</source>
        <translation>Cet enregistrement n’existe plus (il a peut-être été supprimé).</translation>
    </message>
    <message>
        <source>This delegation still has members: move or delete them first.</source>
        <translation>Cette délégation compte encore des membres : déplacez-les ou supprimez-les d’abord.</translation>
    </message>
    <message>
        <source>That delegation belongs to another workshop.</source>
        <translation>Cette délégation appartient à un autre atelier.</translation>
    </message>
    <message>
        <source>no {0}</source>
        <translation>champ « {0} » vide</translation>
    </message>
    <message>
        <source>{0} too long (max {1})</source>
        <translation>champ « {0} » trop long (max. {1})</translation>
    </message>
    <message>
        <source>email address not valid</source>
        <translation>adresse électronique non valide</translation>
    </message>
    <message>
        <source>consent should be yes or no, not “{0}”</source>
        <translation>le consentement doit être « yes » ou « no », et non « {0} »</translation>
    </message>
    <message>
        <source>same person as row {0}</source>
        <translation>même personne qu’à la ligne {0}</translation>
    </message>
    <message>
        <source>wrong number of cells ({0})</source>
        <translation>nombre de cellules incorrect ({0})</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (line {0}); save it as “CSV UTF-8”</source>
        <translation>le fichier n’est pas un texte UTF-8 (ligne {0}) ; enregistrez-le au format « CSV UTF-8 »</translation>
    </message>
    <message>
        <source>the first row must name the columns</source>
        <translation>la première ligne doit indiquer le nom des colonnes</translation>
    </message>
    <message>
        <source>the {0} column is missing</source>
        <translation>la colonne « {0} » est absente</translation>
    </message>
    <message>
        <source>unknown column “{0}” (expected name, organisation, role, country, city, email, consent)</source>
        <translation>colonne inconnue « {0} » (colonnes attendues : name, organisation, role, country, city, email, consent)</translation>
    </message>
    <message>
        <source>column “{0}” appears twice</source>
        <translation>la colonne « {0} » apparaît deux fois</translation>
    </message>
    <message>
        <source>more than {0} rows</source>
        <translation>plus de {0} lignes</translation>
    </message>
    <message>
        <source>the file has no participant rows</source>
        <translation>le fichier ne contient aucune ligne de participant</translation>
    </message>
    <message>
        <source>{0} holds a NUL byte (a damaged or non-text file?)</source>
        <translation>{0} contient un octet NUL (fichier endommagé ou non textuel ?)</translation>
    </message>
    <message>
        <source>{0} is made only of invisible characters</source>
        <translation>{0} ne contient que des caractères invisibles</translation>
    </message>
    <message>
        <source>{0} is longer than {1} characters: row not read</source>
        <translation>{0} dépasse {1} caractères : ligne non lue</translation>
    </message>
    <message>
        <source>a cell</source>
        <translation>une cellule</translation>
    </message>
    <message>
        <source>Write the {0} section.</source>
        <translation>Rédigez la section « {0} ».</translation>
    </message>
    <message>
        <source>Add at least one next step.</source>
        <translation>Ajoutez au moins une prochaine étape.</translation>
    </message>
    <message>
        <source>Say what support you would like, and from whom.</source>
        <translation>Précisez l’appui souhaité et auprès de qui.</translation>
    </message>
    <message>
        <source>Describe the action.</source>
        <translation>Décrivez l’action.</translation>
    </message>
    <message>
        <source>Name who is responsible.</source>
        <translation>Indiquez qui est responsable.</translation>
    </message>
    <message>
        <source>Give a start date.</source>
        <translation>Indiquez une date de début.</translation>
    </message>
    <message>
        <source>Give an end date.</source>
        <translation>Indiquez une date de fin.</translation>
    </message>
    <message>
        <source>Say how you will know it worked (an indicator).</source>
        <translation>Indiquez comment vous saurez que cela a fonctionné (un indicateur).</translation>
    </message>
    <message>
        <source>Link it to a guideline pillar or a JICA element.</source>
        <translation>Reliez-la à un pilier des lignes directrices ou à un élément de la JICA.</translation>
    </message>
    <message>
        <source>The link does not match a pillar or element of the curriculum.</source>
        <translation>Le lien ne correspond à aucun pilier ni élément du curriculum.</translation>
    </message>
    <message>
        <source>A date falls before the workshop.</source>
        <translation>Une date est antérieure à l’atelier.</translation>
    </message>
    <message>
        <source>A date is more than five years away.</source>
        <translation>Une date est éloignée de plus de cinq ans.</translation>
    </message>
    <message>
        <source>Lecture</source>
        <translation>Exposé</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Visite de terrain</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Conférence</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>technical assistance</source>
        <translation>assistance technique</translation>
    </message>
    <message>
        <source>financing</source>
        <translation>financement</translation>
    </message>
    <message>
        <source>capacity building</source>
        <translation>renforcement des capacités</translation>
    </message>
    <message>
        <source>knowledge exchange</source>
        <translation>échange de connaissances</translation>
    </message>
    <message>
        <source>data and tools</source>
        <translation>données et outils</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
</context>
<context>
    <name>WorkshopActions</name>
    <message>
        <source>D&amp;uplicate this workshop…</source>
        <translation>D&amp;upliquer cet atelier…</translation>
    </message>
    <message>
        <source>&amp;Delete this workshop…</source>
        <translation>Supprimer cet a&amp;telier…</translation>
    </message>
    <message>
        <source>&amp;Back up the database to a file…</source>
        <translation>&amp;Sauvegarder la base de données dans un fichier…</translation>
    </message>
    <message>
        <source>&amp;Restore the database from a backup…</source>
        <translation>&amp;Restaurer la base de données depuis une sauvegarde…</translation>
    </message>
    <message>
        <source>Duplicate the workshop</source>
        <translation>Dupliquer l’atelier</translation>
    </message>
    <message>
        <source>Delete the workshop</source>
        <translation>Supprimer l’atelier</translation>
    </message>
    <message>
        <source>Delete “{0}” with its agenda, its participants ({1}), their plans, assessments and checks from this laptop?

Back up the database first if you may need it again (File › Back up the database).</source>
        <translation>Supprimer « {0} » de cet ordinateur, avec son programme, ses participants ({1}), leurs plans, évaluations et tests ?

Sauvegardez d’abord la base de données si vous pourriez en avoir besoin (Fichier › Sauvegarder la base de données).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>PCSC Workshop backup {0}.sqlite3</source>
        <translation>Sauvegarde PCSC Workshop {0}.sqlite3</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>Database backups (*.sqlite3 *.db);;All files (*)</source>
        <translation>Sauvegardes de base de données (*.sqlite3 *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Backup written: {0}</source>
        <translation>Sauvegarde écrite : {0}</translation>
    </message>
    <message>
        <source>The backup was not written</source>
        <translation>La sauvegarde n’a pas été écrite</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Écriture de la sauvegarde…</translation>
    </message>
    <message>
        <source>Restore the database from a backup</source>
        <translation>Restaurer la base de données depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Restore the database</source>
        <translation>Restaurer la base de données</translation>
    </message>
    <message>
        <source>“{0}” holds workshops: {1}, participants: {2}. Restoring replaces everything on this laptop with it; the current database is kept as a copy next to it first.

Restore now?</source>
        <translation>« {0} » contient ateliers : {1}, participants : {2}. La restauration remplace tout le contenu de cet ordinateur par ce fichier ; la base de données actuelle est d’abord conservée en copie à côté.

Restaurer maintenant ?</translation>
    </message>
    <message>
        <source>This file cannot be restored</source>
        <translation>Ce fichier ne peut pas être restauré</translation>
    </message>
    <message>
        <source>{0}

Nothing was changed.</source>
        <translation>{0}

Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The restore failed</source>
        <translation>La restauration a échoué</translation>
    </message>
    <message>
        <source>Restoring the database…</source>
        <translation>Restauration de la base de données…</translation>
    </message>
    <message>
        <source>Database restored from {0}; the previous one is kept as {1}</source>
        <translation>Base de données restaurée depuis {0} ; la précédente est conservée sous {1}</translation>
    </message>
</context>
<context>
    <name>WorkshopDetailsForm</name>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Organisers:</source>
        <translation>&amp;Organisateurs :</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>Dé&amp;but le :</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Fin le :</translation>
    </message>
    <message>
        <source>Working language</source>
        <translation>Langue de travail</translation>
    </message>
    <message>
        <source>Curriculum, knowledge checks, assessment and slides are shown in this language by default; each participant can switch their own content language</source>
        <translation>Le curriculum, les tests de connaissances, l’auto-évaluation et les diapositives s’affichent par défaut dans cette langue ; chaque participant peut choisir sa propre langue du contenu</translation>
    </message>
    <message>
        <source>Working &amp;language:</source>
        <translation>Lan&amp;gue de travail :</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Desc&amp;ription :</translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Nouvel atelier…</translation>
    </message>
    <message>
        <source>&amp;Print agenda…</source>
        <translation>&amp;Imprimer le programme…</translation>
    </message>
    <message>
        <source>Agenda as P&amp;DF…</source>
        <translation>Programme en P&amp;DF…</translation>
    </message>
    <message>
        <source>With &amp;notes (run sheet)</source>
        <translation>Avec les &amp;notes (feuille de route)</translation>
    </message>
    <message>
        <source>Print or save the facilitator&apos;s run sheet, with each session&apos;s notes, instead of the participants&apos; agenda</source>
        <translation>Imprimer ou enregistrer la feuille de route de l’animateur, avec les notes de chaque séance, au lieu du programme des participants</translation>
    </message>
    <message>
        <source>Exercise &amp;timer</source>
        <translation>&amp;Minuteur d’exercice</translation>
    </message>
    <message>
        <source>A countdown for the selected session</source>
        <translation>Un compte à rebours pour la séance sélectionnée</translation>
    </message>
    <message>
        <source>Workshop sections</source>
        <translation>Sections de l’atelier</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="vanished">&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Organisers:</source>
        <translation type="vanished">&amp;Organisateurs :</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="vanished">&amp;Lieu :</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation type="vanished">&amp;Ville :</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation type="vanished">&amp;Pays :</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation type="vanished">Dé&amp;but le :</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation type="vanished">&amp;Fin le :</translation>
    </message>
    <message>
        <source>Working language</source>
        <translation type="vanished">Langue de travail</translation>
    </message>
    <message>
        <source>Curriculum, knowledge checks, assessment and slides are shown in this language by default; each participant can switch their own content language</source>
        <translation type="vanished">Le curriculum, les tests de connaissances, l’auto-évaluation et les diapositives s’affichent par défaut dans cette langue ; chaque participant peut choisir sa propre langue du contenu</translation>
    </message>
    <message>
        <source>Working &amp;language:</source>
        <translation type="vanished">Lan&amp;gue de travail :</translation>
    </message>
    <message numerus="yes">
        <source>A countdown of %n minute(s) for “{0}”</source>
        <translation>
            <numerusform>Un compte à rebours de %n minute pour « {0} »</numerusform>
            <numerusform>Un compte à rebours de %n minutes pour « {0} »</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="vanished">Lan&amp;gue :</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation type="vanished">Desc&amp;ription :</translation>
    </message>
    <message>
        <source>Certificate &amp;details…</source>
        <translation>&amp;Détails des certificats…</translation>
    </message>
    <message>
        <source>Organiser logos and signatories printed on every certificate</source>
        <translation>Logos des organisateurs et signataires imprimés sur chaque certificat</translation>
    </message>
    <message>
        <source>Certificates:</source>
        <translation>Certificats :</translation>
    </message>
    <message>
        <source>No workshop yet: start one with “New workshop…”</source>
        <translation>Aucun atelier pour le moment : créez-en un avec « Nouvel atelier… »</translation>
    </message>
    <message>
        <source>Edit workshop details</source>
        <translation>Modifier les détails de l’atelier</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Modification en cours…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="vanished">Non enregistré</translation>
    </message>
    <message>
        <source>Saved at {0}</source>
        <translation>Enregistré à {0}</translation>
    </message>
    <message>
        <source>Not saved yet: see the problem below</source>
        <translation>Pas encore enregistré : voir le problème ci-dessous</translation>
    </message>
    <message>
        <source>Not saved ({0}); trying again…</source>
        <translation>Non enregistré ({0}) ; nouvel essai…</translation>
    </message>
    <message>
        <source>Save the agenda as PDF</source>
        <translation>Enregistrer le programme en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF saved: {0}</source>
        <translation>PDF enregistré : {0}</translation>
    </message>
    <message>
        <source>A countdown of {0} minutes for “{1}”</source>
        <translation type="vanished">Un compte à rebours de {0} minutes pour « {1} »</translation>
    </message>
    <message>
        <source>Exercise timer</source>
        <translation>Minuteur d’exercice</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Delegations and participants</source>
        <translation>Délégations et participants</translation>
    </message>
</context>
<context>
    <name>WorkshopWizard</name>
    <message>
        <source>New workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/about.py" line="38"/>
        <source>About {app}</source>
        <translation>Over {app}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/about.py" line="45"/>
        <source>App icon</source>
        <translation>App-pictogram</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/about.py" line="48"/>
        <source>{app}, version {version}</source>
        <translation>{app}, versie {version}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/about.py" line="59"/>
        <source>Assess, plan and print local integration policy for migrants and refugees, offline. Built on the Whole-COMM toolbox. The app never connects to the internet: new versions are announced on the project&apos;s download page.</source>
        <translation>Lokaal integratiebeleid voor migranten en vluchtelingen beoordelen, plannen en afdrukken, offline. Gebouwd op de Whole-COMM-toolbox. De app maakt nooit verbinding met internet: nieuwe versies worden aangekondigd op de downloadpagina van het project.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/about.py" line="67"/>
        <source>Free software under the GNU General Public License, version 3 or any later version ({licence}). It comes with no warranty. You may share and change it under the terms of that licence (the file LICENSE beside the program).</source>
        <translation>Vrije software onder de GNU General Public License, versie 3 of een latere versie ({licence}). Er wordt geen enkele garantie gegeven. U mag de software delen en wijzigen onder de voorwaarden van die licentie (het bestand LICENSE naast het programma).</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/about.py" line="77"/>
        <source>Content:</source>
        <translation>Inhoud:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/about.py" line="80"/>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/about.py" line="82"/>
        <source>Backups:</source>
        <translation>Back-ups:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/about.py" line="84"/>
        <source>Settings:</source>
        <translation>Instellingen:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/about.py" line="88"/>
        <source>Portable: everything is kept in {folder}, beside the program; nothing is written to this computer&apos;s user profile.</source>
        <translation>Draagbaar: alles wordt bewaard in {folder}, naast het programma; er wordt niets in het gebruikersprofiel van deze computer geschreven.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/about.py" line="93"/>
        <source>Installed: the data is kept in your user profile on this computer. For a USB stick, put an empty file named “portable” beside the program.</source>
        <translation>Geïnstalleerd: de gegevens staan in uw gebruikersprofiel op deze computer. Voor een USB-stick zet u een leeg bestand met de naam ‘portable’ naast het programma.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/about.py" line="97"/>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/about.py" line="108"/>
        <source>No content loaded</source>
        <translation>Geen inhoud geladen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/about.py" line="110"/>
        <source>{title}, version {version}</source>
        <translation>{title}, versie {version}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/about.py" line="114"/>
        <source>Source: {citation}</source>
        <translation>Bron: {citation}</translation>
    </message>
</context>
<context>
    <name>ActionDelegate</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/delegates.py" line="52"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/delegates.py" line="58"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/delegates.py" line="59"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/delegates.py" line="70"/>
        <source>Start date</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/delegates.py" line="70"/>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/delegates.py" line="73"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>ActionEditor</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_editor.py" line="118"/>
        <source>In&amp;dicators</source>
        <translation>&amp;Indicatoren</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_editor.py" line="75"/>
        <source>Choose an action in the table to edit it, or create one (Ctrl+N).</source>
        <translation>Kies een actie in de tabel om die te bewerken, of maak een nieuwe aan (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_editor.py" line="82"/>
        <source>Discard my changes</source>
        <translation>Mijn wijzigingen verwerpen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_editor.py" line="83"/>
        <source>Show the action as it is stored</source>
        <translation>De actie tonen zoals die is opgeslagen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_editor.py" line="353"/>
        <source>Not saved yet: {problem} Your input is kept until you correct it.</source>
        <translation>Nog niet opgeslagen: {problem} Uw invoer blijft bewaard tot u die verbetert.</translation>
    </message>
</context>
<context>
    <name>ActionForm</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="105"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="107"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="108"/>
        <source>What will be done, for whom, and why</source>
        <translation>Wat er gebeurt, voor wie en waarom</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="113"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="117"/>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="121"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="123"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="126"/>
        <source>Dimension</source>
        <translation>Dimensie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="127"/>
        <source>(no dimension)</source>
        <translation>(geen dimensie)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="133"/>
        <source>Responsible role</source>
        <translation>Verantwoordelijke rol</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="134"/>
        <source>e.g. Integration officer</source>
        <translation>bijv. integratiemedewerker</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="136"/>
        <source>Responsible person</source>
        <translation>Verantwoordelijke persoon</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="137"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="140"/>
        <source>Partner names</source>
        <translation>Namen van partners</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="141"/>
        <source>Who exactly, e.g. Caritas, Volkshochschule</source>
        <translation>Wie precies, bijv. Vluchtelingenwerk, de bibliotheek</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_pages.py" line="88"/>
        <source>Start date</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_pages.py" line="89"/>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_pages.py" line="91"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_pages.py" line="98"/>
        <location filename="../../src/toolbox_desktop/ui/plan/action_pages.py" line="99"/>
        <source>Use suggestion</source>
        <translation>Voorstel overnemen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="166"/>
        <location filename="../../src/toolbox_desktop/ui/plan/action_pages.py" line="126"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_pages.py" line="130"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_pages.py" line="134"/>
        <source>Spent so far</source>
        <translation>Tot nu toe uitgegeven</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_pages.py" line="136"/>
        <source>Budget line</source>
        <translation>Begrotingspost</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_pages.py" line="138"/>
        <source>e.g. 4.3100 Integration – not general social aid</source>
        <translation>bijv. 4.3100 Integratie – niet de algemene bijstand</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_pages.py" line="144"/>
        <source>Funding source</source>
        <translation>Financieringsbron</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_pages.py" line="145"/>
        <source>(not chosen yet)</source>
        <translation>(nog niet gekozen)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="161"/>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="177"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="178"/>
        <source>Des&amp;cription:</source>
        <translation>&amp;Omschrijving:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="183"/>
        <source>Benchmar&amp;ks:</source>
        <translation>Benchmar&amp;ks:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_pages.py" line="164"/>
        <source>Budget l&amp;ine:</source>
        <translation>Begrotings&amp;post:</translation>
    </message>
    <message>
        <source>Gener&amp;al</source>
        <translation type="vanished">&amp;Algemeen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="165"/>
        <source>Dates &amp;&amp; &amp;milestones</source>
        <translation>Datums &amp;&amp; &amp;mijlpalen</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation type="vanished">&amp;Financiën</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="vanished">&amp;Titel:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation type="vanished">&amp;Omschrijving:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="179"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="180"/>
        <source>Priorit&amp;y:</source>
        <translation>&amp;Prioriteit:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="181"/>
        <source>&amp;Progress:</source>
        <translation>&amp;Voortgang:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="182"/>
        <source>Dimension:</source>
        <translation>Dimensie:</translation>
    </message>
    <message>
        <source>Ben&amp;chmarks:</source>
        <translation type="vanished">Benchmar&amp;ks:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="184"/>
        <source>Responsible &amp;role:</source>
        <translation>Verantwoordelijke &amp;rol:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="185"/>
        <source>Responsible perso&amp;n:</source>
        <translation>Verantwoordelijke p&amp;ersoon:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="198"/>
        <source>Partners:</source>
        <translation>Partners:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="199"/>
        <source>Partner names:</source>
        <translation>Namen van partners:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_pages.py" line="103"/>
        <source>&amp;Start:</source>
        <translation>B&amp;egin:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_pages.py" line="105"/>
        <source>E&amp;nd:</source>
        <translation>Ei&amp;nde:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_pages.py" line="108"/>
        <source>&amp;Phase:</source>
        <translation>Fa&amp;se:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_pages.py" line="115"/>
        <source>Milestones:</source>
        <translation>Mijlpalen:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_pages.py" line="154"/>
        <source>B&amp;udget:</source>
        <translation>Budg&amp;et:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_pages.py" line="160"/>
        <source>S&amp;pent so far:</source>
        <translation>Uitgegeven t&amp;ot nu toe:</translation>
    </message>
    <message>
        <source>Budget &amp;line:</source>
        <translation type="vanished">Begrotings&amp;post:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_pages.py" line="166"/>
        <source>Keep integration money on its own budget line, apart from general social spending, so that it can be shown and defended.</source>
        <translation>Houd integratiegeld op een eigen begrotingspost, los van de algemene sociale uitgaven, zodat het zichtbaar is en verdedigd kan worden.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_pages.py" line="176"/>
        <source>Funding sour&amp;ce:</source>
        <translation>Financieringsb&amp;ron:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="402"/>
        <source>Suggested from the end date: {phase}</source>
        <translation>Voorstel op basis van de einddatum: {phase}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="419"/>
        <source>Spent {spent} of {budget} ({share} %).</source>
        <translation>{spent} van {budget} uitgegeven ({share} %).</translation>
    </message>
</context>
<context>
    <name>ActionPicker</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/action_picker.py" line="41"/>
        <source>Actions of the proposal</source>
        <translation>Acties van het voorstel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/action_picker.py" line="44"/>
        <source>&amp;All</source>
        <translation>A&amp;lle</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/action_picker.py" line="45"/>
        <source>Tick every action</source>
        <translation>Alle acties aanvinken</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/action_picker.py" line="47"/>
        <source>&amp;None</source>
        <translation>Gee&amp;n</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/action_picker.py" line="48"/>
        <source>Tick no action</source>
        <translation>Geen actie aanvinken</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/action_picker.py" line="93"/>
        <source>(untitled action)</source>
        <translation>(actie zonder titel)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/action_picker.py" line="98"/>
        <source>{title} ({status})</source>
        <translation>{title} ({status})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/reports/action_picker.py" line="127"/>
        <source>%n action(s) chosen</source>
        <translation>
            <numerusform>%n actie gekozen</numerusform>
            <numerusform>%n acties gekozen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionTable</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_table.py" line="71"/>
        <source>Actions of the plan</source>
        <translation>Acties van het plan</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_table.py" line="112"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_table.py" line="226"/>
        <source>S&amp;ort by “{column}”</source>
        <translation>S&amp;orteren op “{column}”</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_table.py" line="228"/>
        <source>&amp;Ascending</source>
        <translation>&amp;Oplopend</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_table.py" line="229"/>
        <source>&amp;Descending</source>
        <translation>A&amp;flopend</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/action_table.py" line="240"/>
        <source>Set &amp;status of %n action(s)</source>
        <translation>
            <numerusform>&amp;Status van %n actie instellen</numerusform>
            <numerusform>&amp;Status van %n acties instellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/action_table.py" line="246"/>
        <source>Set &amp;responsible for %n action(s)…</source>
        <translation>
            <numerusform>Verantwoordelijke &amp;instellen voor %n actie…</numerusform>
            <numerusform>Verantwoordelijke &amp;instellen voor %n acties…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_table.py" line="248"/>
        <source>&amp;Council proposal from selected actions…</source>
        <translation>&amp;Raadsvoorstel van de geselecteerde acties…</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_model.py" line="230"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_model.py" line="235"/>
        <location filename="../../src/toolbox_desktop/ui/plan/action_model.py" line="291"/>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_model.py" line="236"/>
        <source>Milestone late</source>
        <translation>Mijlpaal te laat</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_model.py" line="258"/>
        <source>Ended on {date} and is not done: update its status or its dates.</source>
        <translation>Is op {date} geëindigd en niet afgerond: werk de status of de datums bij.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_model.py" line="262"/>
        <source>Milestone “{title}” was due on {date} and is not done.</source>
        <translation>Mijlpaal “{title}” moest op {date} klaar zijn en is niet afgerond.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_model.py" line="266"/>
        <source>Budget {budget}, spent {spent}</source>
        <translation>Budget {budget}, uitgegeven {spent}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_model.py" line="286"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_model.py" line="287"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_model.py" line="288"/>
        <source>Responsible</source>
        <translation>Verantwoordelijk</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_model.py" line="289"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_model.py" line="290"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_model.py" line="292"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_model.py" line="293"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_model.py" line="294"/>
        <source>Dimension</source>
        <translation>Dimensie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_model.py" line="295"/>
        <source>Benchmarks</source>
        <translation>Benchmarks</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_model.py" line="296"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
</context>
<context>
    <name>AddresseeEditor</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/addressee_commands.py" line="43"/>
        <source>The addressee could not be stored in the database ({detail}). Check that the database file is still there and that you may save to its folder, then try again.</source>
        <translation>De geadresseerde kon niet in de database worden opgeslagen ({detail}). Controleer of het databasebestand er nog is en of u in de map ervan mag opslaan, en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/addressee_commands.py" line="70"/>
        <source>Edit the letters&apos; addressee</source>
        <translation>Geadresseerde van de brieven bewerken</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/addressee_editor.py" line="69"/>
        <source>Each letter goes to the level that holds the competence. Set it once per dimension; “Other dimensions” is used for every dimension without its own. Benchmarks of a dimension without any addressee go into a letter “To whom it may concern”. Saved as you type.</source>
        <translation>Elke brief gaat naar de bestuurslaag die bevoegd is. Stel die één keer per dimensie in; ‘Andere dimensies’ geldt voor elke dimensie zonder eigen instelling. Benchmarks van een dimensie zonder enige geadresseerde komen in een brief ‘Aan de bevoegde instantie’. Wordt opgeslagen terwijl u typt.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/addressee_editor.py" line="77"/>
        <source>Dimension of the addressee</source>
        <translation>Dimensie van de geadresseerde</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/addressee_editor.py" line="79"/>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/addressee_editor.py" line="83"/>
        <source>Other dimensions</source>
        <translation>Andere dimensies</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/addressee_editor.py" line="86"/>
        <source>Level that holds the competence</source>
        <translation>Bevoegde bestuurslaag</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/addressee_editor.py" line="87"/>
        <source>(not set)</source>
        <translation>(niet ingesteld)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/addressee_editor.py" line="93"/>
        <source>Addressee</source>
        <translation>Geadresseerde</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/addressee_editor.py" line="95"/>
        <source>Postal address</source>
        <translation>Postadres</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/addressee_editor.py" line="101"/>
        <source>Signed by</source>
        <translation>Ondertekend door</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/addressee_editor.py" line="102"/>
        <source>Role of the signatory</source>
        <translation>Functie van de ondertekenaar</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/addressee_editor.py" line="105"/>
        <source>&amp;Dimension:</source>
        <translation>Di&amp;mensie:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/addressee_editor.py" line="106"/>
        <source>Holds the &amp;competence:</source>
        <translation>Bevoegde &amp;laag:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/addressee_editor.py" line="107"/>
        <source>Addressee &amp;name:</source>
        <translation>&amp;Naam geadresseerde:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/addressee_editor.py" line="108"/>
        <source>Pos&amp;tal address:</source>
        <translation>Pos&amp;tadres:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/addressee_editor.py" line="109"/>
        <source>Signed &amp;by:</source>
        <translation>Onde&amp;rtekend door:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/addressee_editor.py" line="110"/>
        <source>S&amp;igner&apos;s role:</source>
        <translation>Functie van de onderte&amp;kenaar:</translation>
    </message>
</context>
<context>
    <name>Advocacy</name>
    <message>
        <location filename="../../src/toolbox_desktop/storage/advocacy_addressees.py" line="24"/>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/advocacy_addressees.py" line="25"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/advocacy_addressees.py" line="26"/>
        <source>State</source>
        <translation>Provincie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/advocacy_addressees.py" line="27"/>
        <source>National ministry</source>
        <translation>Ministerie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/advocacy_addressees.py" line="28"/>
        <source>Other body</source>
        <translation>Andere instantie</translation>
    </message>
</context>
<context>
    <name>AdvocacyLetters</name>
    <message>
        <location filename="../../src/toolbox_desktop/reports/advocacy_letters.py" line="47"/>
        <source>Advocacy letters</source>
        <translation>Brieven aan bevoegde instanties</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/advocacy_letters.py" line="48"/>
        <source>To whom it may concern</source>
        <translation>Aan de bevoegde instantie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/advocacy_letters.py" line="49"/>
        <source>{town}, {date}</source>
        <translation>{town}, {date}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/advocacy_letters.py" line="50"/>
        <source>Request for support: integration tasks within your competence</source>
        <translation>Verzoek om steun: integratietaken binnen uw bevoegdheid</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/advocacy_letters.py" line="53"/>
        <source>Dear Sir or Madam,</source>
        <translation>Geachte heer, mevrouw,</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/advocacy_letters.py" line="54"/>
        <source>In our self-assessment of local integration (“{title}”, {date}) we marked the following benchmarks as outside our competence. They concern tasks that lie with you. We ask for your support in meeting them.</source>
        <translation>In onze zelfevaluatie van lokale integratie (‘{title}’, {date}) hebben wij de volgende benchmarks gemarkeerd als buiten onze bevoegdheid. Zij betreffen taken die bij u liggen. Wij vragen uw steun om eraan te voldoen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/advocacy_letters.py" line="60"/>
        <source>{number} {title}</source>
        <translation>{number} {title}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/advocacy_letters.py" line="61"/>
        <source>What we found</source>
        <translation>Onze onderbouwing</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/advocacy_letters.py" line="62"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/advocacy_letters.py" line="63"/>
        <source>What we ask for</source>
        <translation>Ons verzoek</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/advocacy_letters.py" line="64"/>
        <source>Level {level}, {name}: {description}</source>
        <translation>Niveau {level}, {name}: {description}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/advocacy_letters.py" line="65"/>
        <source>nothing recorded</source>
        <translation>niets vastgelegd</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/advocacy_letters.py" line="66"/>
        <source>We would welcome your reply and will gladly give further details.</source>
        <translation>Wij zien uw antwoord graag tegemoet en geven graag nadere informatie.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/advocacy_letters.py" line="69"/>
        <source>Yours faithfully,</source>
        <translation>Met vriendelijke groet,</translation>
    </message>
</context>
<context>
    <name>AgreedPanel</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/agreed_panel.py" line="51"/>
        <source>How the group rated it</source>
        <translation>Zo heeft de groep ingeschaald</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/agreed_panel.py" line="57"/>
        <source>Agreed rating:</source>
        <translation>Overeengekomen:</translation>
    </message>
    <message>
        <source>Take the &amp;median</source>
        <translation type="vanished">&amp;Mediaan overnemen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/agreed_panel.py" line="76"/>
        <source>Take the med&amp;ian</source>
        <translation>&amp;Mediaan overnemen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/agreed_panel.py" line="77"/>
        <source>Take the median as the agreed rating</source>
        <translation>De mediaan overnemen als overeengekomen inschaling</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/agreed_panel.py" line="85"/>
        <source>What the group agreed and why (stored as the rating&apos;s note)</source>
        <translation>Wat de groep heeft afgesproken en waarom (wordt opgeslagen als notitie bij de inschaling)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/agreed_panel.py" line="87"/>
        <source>Agreed note</source>
        <translation>Notitie bij de afspraak</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/agreed_panel.py" line="88"/>
        <source>Agreed &amp;note:</source>
        <translation>&amp;Notitie bij de afspraak:</translation>
    </message>
</context>
<context>
    <name>AnnualReport</name>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="42"/>
        <source>Annual integration report {year}</source>
        <translation>Jaarverslag integratie {year}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="43"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="44"/>
        <source>Actions completed</source>
        <translation>Afgeronde acties</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="45"/>
        <source>Actions in progress or planned</source>
        <translation>Acties in uitvoering of gepland</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="46"/>
        <source>Actions dropped</source>
        <translation>Geschrapte acties</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="47"/>
        <source>Indicators against their targets</source>
        <translation>Indicatoren ten opzichte van hun streefwaarden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="48"/>
        <source>Budget of the year&apos;s actions</source>
        <translation>Budget van de acties van het jaar</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="49"/>
        <source>Stories of volunteers and partners</source>
        <translation>Verhalen van vrijwilligers en partners</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="50"/>
        <source>Next year&apos;s focus</source>
        <translation>Speerpunten voor volgend jaar</translation>
    </message>
    <message>
        <source>Not written yet: add this text in the app&apos;s Reports area.</source>
        <translation type="vanished">Nog niet geschreven: voeg deze tekst toe in het onderdeel “Rapporten” van de app.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="51"/>
        <source>No actions.</source>
        <translation>Geen acties.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="52"/>
        <source>No indicator was measured in {year}.</source>
        <translation>In {year} is geen indicator gemeten.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="53"/>
        <source>{completed} completed, {in_progress} in progress or planned, {dropped} dropped.</source>
        <translation>{completed} afgerond, {in_progress} in uitvoering of gepland, {dropped} geschrapt.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="58"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="59"/>
        <source>Dimension</source>
        <translation>Dimensie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="60"/>
        <source>Responsible</source>
        <translation>Verantwoordelijk</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="61"/>
        <source>Dates</source>
        <translation>Datums</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="62"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="65"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="66"/>
        <source>Baseline</source>
        <translation>Nul­meting</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="67"/>
        <source>Target</source>
        <translation>Streef­waarde</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="68"/>
        <source>Latest in the year</source>
        <translation>Laatste in het jaar</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="69"/>
        <source>Towards target</source>
        <translation>Doel­bereik</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="72"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="73"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="74"/>
        <source>Spent</source>
        <translation>Uitgegeven</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="75"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
</context>
<context>
    <name>AnnualTextsEditor</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/annual_texts_editor.py" line="42"/>
        <source>Your texts for the year are saved as you type.</source>
        <translation>Uw teksten voor het jaar worden tijdens het typen opgeslagen.</translation>
    </message>
    <message>
        <source>&amp;Summary of the year:</source>
        <translation type="vanished">Sa&amp;menvatting van het jaar:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/annual_texts_editor.py" line="46"/>
        <source>Summary of the year</source>
        <translation>Samenvatting van het jaar</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/annual_texts_editor.py" line="46"/>
        <source>Su&amp;mmary of the year:</source>
        <translation>Sa&amp;menvatting van het jaar:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/annual_texts_editor.py" line="50"/>
        <source>S&amp;tories of volunteers and partners:</source>
        <translation>Verhalen van vrijwilligers en pa&amp;rtners:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/annual_texts_editor.py" line="51"/>
        <source>Stories of volunteers and partners</source>
        <translation>Verhalen van vrijwilligers en partners</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/annual_texts_editor.py" line="54"/>
        <source>&amp;Next year&apos;s focus:</source>
        <translation>Speerpun&amp;ten voor volgend jaar:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/annual_texts_editor.py" line="54"/>
        <source>Next year&apos;s focus</source>
        <translation>Speerpunten voor volgend jaar</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/annual_texts_editor.py" line="131"/>
        <source>Your texts could not be saved: {reason}. They stay here; try again.</source>
        <translation>Uw teksten konden niet worden opgeslagen: {reason}. Ze blijven hier staan; probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/annual_texts_editor.py" line="143"/>
        <source>The annual report text of {year}</source>
        <translation>De tekst van het jaarverslag {year}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/startup_problem.py" line="92"/>
        <source>Cannot open the database</source>
        <translation>Kan de database niet openen</translation>
    </message>
</context>
<context>
    <name>AreaHelp</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_texts.py" line="29"/>
        <source>The library</source>
        <translation>De bibliotheek</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_texts.py" line="30"/>
        <source>The benchmarks of the toolbox, by dimension, the good practices of other towns and the leaders&apos; guide. Ctrl+F searches everything; the arrow keys walk the tree and the text beside it follows. On a quick win, Add to plan makes it an action.</source>
        <translation>De benchmarks van de toolbox per dimensie, de praktijkvoorbeelden van andere gemeenten en de handreikingen. Ctrl+F doorzoekt alles; met de pijltoetsen loopt u door de boom en de tekst ernaast volgt. Bij een snelle maatregel maakt ‘Aan plan toevoegen’ er een actie van.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_texts.py" line="38"/>
        <source>The assessment</source>
        <translation>De beoordeling</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_texts.py" line="39"/>
        <source>Rate: choose a benchmark on the left and its level on the right (Alt+0 to Alt+4; Alt+Down and Alt+Up go to the next and previous benchmark); every rating is stored at once. Dashboard: the scores by dimension and the gaps, with next steps. Compare: two assessments side by side. Workshop: several people rate, the group agrees. Peers: other towns&apos; anonymised results.</source>
        <translation>Inschalen: kies links een benchmark en rechts het niveau (Alt+0 tot Alt+4; Alt+Omlaag en Alt+Omhoog gaan naar de volgende en vorige benchmark); elke inschaling wordt meteen opgeslagen. Overzicht: de scores per dimensie en de kloven, met volgende stappen. Vergelijken: twee beoordelingen naast elkaar. Workshop: meerdere mensen schalen in, de groep komt tot overeenstemming. Andere gemeenten: geanonimiseerde resultaten van andere gemeenten.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_texts.py" line="49"/>
        <source>The action plan</source>
        <translation>Het actieplan</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_texts.py" line="50"/>
        <source>Actions: what will be done, by whom, when and with which money; choose an action in the table and edit it beside it (stored as you type, Ctrl+Z undoes). Timeline: the actions on a calendar; with the keyboard, the arrow keys move between actions and Alt+Left or Alt+Right moves one. Budget: the money by action and funding source.</source>
        <translation>Acties: wat er gebeurt, door wie, wanneer en met welk geld; kies een actie in de tabel en bewerk haar ernaast (opgeslagen terwijl u typt, Ctrl+Z maakt ongedaan). Tijdlijn: de acties op een kalender; met het toetsenbord gaan de pijltoetsen van actie naar actie en verschuift Alt+Links of Alt+Rechts er een. Budget: het geld per actie en financieringsbron.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_texts.py" line="60"/>
        <source>The reports</source>
        <translation>De rapporten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_texts.py" line="61"/>
        <source>Choose a report, set its options, then Preview, Print or Save as PDF. The annual report&apos;s texts and the town&apos;s fact sandwiches are written here and stored as you type.</source>
        <translation>Kies een rapport en de opties, dan Voorbeeld, Afdrukken of Opslaan als PDF. De teksten van het jaarverslag integratie en de fact sandwiches van de gemeente schrijft u hier; ze worden opgeslagen terwijl u typt.</translation>
    </message>
    <message>
        <source>Help for the area shown</source>
        <translation type="vanished">Help bij het getoonde onderdeel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_texts.py" line="73"/>
        <source>Rate the benchmark shown</source>
        <translation>De getoonde benchmark inschalen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_texts.py" line="74"/>
        <source>Next or previous benchmark</source>
        <translation>Volgende of vorige benchmark</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_texts.py" line="77"/>
        <source>Move the chosen action in the timeline</source>
        <translation>De gekozen actie in de tijdlijn verschuiven</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_texts.py" line="79"/>
        <source>Next tab</source>
        <translation>Volgend tabblad</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_texts.py" line="80"/>
        <source>In a date field: open its calendar</source>
        <translation>In een datumveld: de kalender openen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_texts.py" line="82"/>
        <source>Alt+underlined letter</source>
        <translation>Alt+onderstreepte letter</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_texts.py" line="83"/>
        <source>The field, button or tab with that letter</source>
        <translation>Het veld, de knop of het tabblad met die letter</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_texts.py" line="85"/>
        <source>Close a dialog, clear a search</source>
        <translation>Een venster sluiten, een zoekopdracht wissen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_texts.py" line="102"/>
        <source>Help: {area}</source>
        <translation>Help: {area}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_texts.py" line="113"/>
        <source>Help → Keyboard shortcuts lists every key.</source>
        <translation>Help → Sneltoetsen toont alle toetsen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_texts.py" line="167"/>
        <location filename="../../src/toolbox_desktop/ui/window/help_texts.py" line="171"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_texts.py" line="174"/>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_texts.py" line="175"/>
        <source>What they do</source>
        <translation>Wat ze doen</translation>
    </message>
</context>
<context>
    <name>AssessmentArea</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_area.py" line="64"/>
        <source>Rate</source>
        <translation>Inschalen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_area.py" line="67"/>
        <source>Dashboard</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_area.py" line="68"/>
        <source>Compare</source>
        <translation>Vergelijken</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_area.py" line="69"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_area.py" line="70"/>
        <source>Peers</source>
        <translation>Andere gemeenten</translation>
    </message>
</context>
<context>
    <name>AssessmentCommands</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/commands.py" line="45"/>
        <location filename="../../src/toolbox_desktop/ui/assessment/commands.py" line="46"/>
        <source>Rate {number}</source>
        <translation>{number} inschalen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/commands.py" line="47"/>
        <source>Set target of {number}</source>
        <translation>Doel van {number} instellen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/commands.py" line="48"/>
        <source>Set priority of {number}</source>
        <translation>Prioriteit van {number} instellen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/commands.py" line="49"/>
        <source>Edit evidence of {number}</source>
        <translation>Onderbouwing van {number} bewerken</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/commands.py" line="50"/>
        <source>Change linked files of {number}</source>
        <translation>Gekoppelde bestanden van {number} wijzigen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/commands.py" line="51"/>
        <source>Edit notes of {number}</source>
        <translation>Notities van {number} bewerken</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/commands.py" line="52"/>
        <source>Edit “rated by” of {number}</source>
        <translation>“Ingeschaald door” van {number} bewerken</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/commands.py" line="53"/>
        <source>Clear rating of {number}</source>
        <translation>Inschaling van {number} wissen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/commands.py" line="245"/>
        <source>Delete assessment “{title}”</source>
        <translation>Beoordeling “{title}” verwijderen</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_dialog.py" line="59"/>
        <source>Self-assessment {year}</source>
        <translation>Zelfevaluatie {year}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_dialog.py" line="61"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_dialog.py" line="66"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_dialog.py" line="72"/>
        <source>Who took part</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_dialog.py" line="74"/>
        <source>e.g. mayor, integration officer, school, migrant association</source>
        <translation>bijv. burgemeester, integratiemedewerker, school, migrantenorganisatie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_dialog.py" line="81"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_dialog.py" line="82"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_dialog.py" line="83"/>
        <source>&amp;Who took part:</source>
        <translation>D&amp;eelnemers:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_dialog.py" line="89"/>
        <source>{pack}, version {version}</source>
        <translation>{pack}, versie {version}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_dialog.py" line="94"/>
        <source>Content pack:</source>
        <translation>Inhoudspakket:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_dialog.py" line="98"/>
        <source>&amp;Empty</source>
        <translation>&amp;Leeg</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_dialog.py" line="99"/>
        <source>Co&amp;py of an earlier assessment:</source>
        <translation>&amp;Kopie van een eerdere beoordeling:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_dialog.py" line="101"/>
        <source>Assessment to copy</source>
        <translation>Te kopiëren beoordeling</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_dialog.py" line="104"/>
        <source>Start</source>
        <translation>Beginnen met</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_dialog.py" line="110"/>
        <source>Benchmarks in fields that the profile marks as outside the municipality&apos;s competence start marked for review.</source>
        <translation>Benchmarks uit domeinen die volgens het profiel buiten de bevoegdheid van de gemeente vallen, worden bij het begin gemarkeerd om te controleren.</translation>
    </message>
    <message>
        <source>Benchmarks of fields the profile says are outside the municipality&apos;s competence start marked for review.</source>
        <translation type="vanished">Benchmarks uit domeinen die volgens het profiel buiten de bevoegdheid van de gemeente vallen, worden bij het begin gemarkeerd om te controleren.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_dialog.py" line="118"/>
        <source>{title} ({date})</source>
        <translation>{title} ({date})</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="85"/>
        <source>Assessment</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="91"/>
        <source>&amp;Assessment:</source>
        <translation>Beoordel&amp;ing:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="93"/>
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="94"/>
        <source>Co&amp;py…</source>
        <translation>&amp;Kopiëren…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="95"/>
        <source>A new assessment starting from this one&apos;s ratings</source>
        <translation>Een nieuwe beoordeling op basis van de inschalingen van deze beoordeling</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="96"/>
        <source>Deta&amp;ils…</source>
        <translation>Detai&amp;ls…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="97"/>
        <source>Title, date and who took part</source>
        <translation>Titel, datum en deelnemers</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="98"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="99"/>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="209"/>
        <source>Finalise</source>
        <translation>Definitief maken</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="100"/>
        <source>P&amp;rofile…</source>
        <translation>&amp;Profiel…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="101"/>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="320"/>
        <source>The municipality profile</source>
        <translation>Het gemeenteprofiel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="117"/>
        <source>Assessment state</source>
        <translation>Status van de beoordeling</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="119"/>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="209"/>
        <source>Reopen</source>
        <translation>Heropenen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="120"/>
        <source>Assessment notice</source>
        <translation>Melding bij de beoordeling</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="168"/>
        <source>{title} — {date}</source>
        <translation>{title} — {date}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="172"/>
        <source>{text} (final)</source>
        <translation>{text} (definitief)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="206"/>
        <source>Reopen the assessment to delete it</source>
        <translation>Heropen de beoordeling om die te verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="211"/>
        <source>Make the assessment editable again</source>
        <translation>De beoordeling weer bewerkbaar maken</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="213"/>
        <source>Make the assessment read-only, e.g. once the council has adopted it</source>
        <translation>De beoordeling vergrendelen, bijv. zodra de gemeenteraad die heeft vastgesteld</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="215"/>
        <source>Final — reopen to edit</source>
        <translation>Definitief — heropenen om te bewerken</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="234"/>
        <source>Copy assessment</source>
        <translation>Beoordeling kopiëren</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="234"/>
        <source>New assessment</source>
        <translation>Nieuwe beoordeling</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="240"/>
        <source>{title} (copy)</source>
        <translation>{title} (kopie)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="257"/>
        <source>Assessment details</source>
        <translation>Details van de beoordeling</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="274"/>
        <source>Delete assessment</source>
        <translation>Beoordeling verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="276"/>
        <source>Delete the assessment “{title}” and its ratings? Edit › Undo brings it back.</source>
        <translation>De beoordeling “{title}” met alle inschalingen verwijderen? Met Bewerken › Ongedaan maken haalt u die terug.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="290"/>
        <source>Deleted “{title}”. Edit › Undo (Ctrl+Z) brings it back.</source>
        <translation>“{title}” verwijderd. Met Bewerken › Ongedaan maken (Ctrl+Z) haalt u die terug.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="325"/>
        <source>The municipality profile is saved.</source>
        <translation>Het gemeenteprofiel is opgeslagen.</translation>
    </message>
</context>
<context>
    <name>AssessmentProblems</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/problems.py" line="26"/>
        <source>This assessment is final, so it cannot be changed. Choose Reopen to edit it.</source>
        <translation>Deze beoordeling is definitief en kan niet worden gewijzigd. Kies “Heropenen” om die te bewerken.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/problems.py" line="36"/>
        <source>Rating changed elsewhere</source>
        <translation>Inschaling elders gewijzigd</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/problems.py" line="37"/>
        <source>The rating of “{title}” was changed in another window or by another copy of the app after this screen showed it.</source>
        <translation>De inschaling van “{title}” is in een ander venster of door een andere kopie van de app gewijzigd nadat dit scherm die toonde.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/problems.py" line="42"/>
        <source>Keep mine stores your change on top of theirs. Use theirs shows their rating and drops your change. Nothing is lost either way: every earlier value stays in the rating&apos;s history.</source>
        <translation>“Mijn versie houden” slaat uw wijziging op over de andere heen. “Andere versie gebruiken” toont de andere inschaling en verwerpt uw wijziging. In beide gevallen gaat niets verloren: elke eerdere waarde blijft in de geschiedenis van de inschaling bewaard.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/problems.py" line="59"/>
        <source>Assessment is final</source>
        <translation>Beoordeling is definitief</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/problems.py" line="63"/>
        <source>Assessment not found</source>
        <translation>Beoordeling niet gevonden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/problems.py" line="65"/>
        <source>The assessment no longer exists; it may have been deleted in another window. The list of assessments was read again: choose one, or undo the deletion.</source>
        <translation>De beoordeling bestaat niet meer; misschien is die in een ander venster verwijderd. De lijst met beoordelingen is opnieuw ingelezen: kies een beoordeling of maak het verwijderen ongedaan.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/problems.py" line="73"/>
        <location filename="../../src/toolbox_desktop/ui/assessment/problems.py" line="74"/>
        <location filename="../../src/toolbox_desktop/ui/assessment/problems.py" line="84"/>
        <location filename="../../src/toolbox_desktop/ui/assessment/problems.py" line="87"/>
        <source>Could not save</source>
        <translation>Opslaan niet gelukt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/problems.py" line="76"/>
        <source>The change could not be stored in the database ({detail}). Check that the database file is still there and that you may save to its folder, then try again. Your earlier data is unchanged.</source>
        <translation>De wijziging kon niet in de database worden opgeslagen ({detail}). Controleer of het databasebestand er nog is en of u in de map ervan mag opslaan, en probeer het dan opnieuw. Uw eerdere gegevens zijn niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/problems.py" line="94"/>
        <source>Could not read</source>
        <translation>Lezen niet gelukt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/problems.py" line="95"/>
        <source>The assessment could not be read from the database ({detail}). Another program may be using the file: try again in a moment. Nothing was changed.</source>
        <translation>De beoordeling kon niet uit de database worden gelezen ({detail}). Misschien gebruikt een ander programma het bestand: probeer het zo opnieuw. Er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>AssessmentReport</name>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="45"/>
        <source>Comparison with an earlier assessment</source>
        <translation>Vergelijking met een eerdere beoordeling</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="46"/>
        <source>Earlier: {title} ({date})</source>
        <translation>Eerder: {title} ({date})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="47"/>
        <source>Now: {title} ({date})</source>
        <translation>Nu: {title} ({date})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="48"/>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="75"/>
        <source>Dimension</source>
        <translation>Dimensie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="49"/>
        <source>Earlier</source>
        <translation>Eerder</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="50"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="51"/>
        <source>Change (points)</source>
        <translation>Verschil (punten)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="52"/>
        <source>Change (levels)</source>
        <translation>Verschil (niveaus)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="53"/>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="79"/>
        <source>All benchmarks</source>
        <translation>Alle benchmarks</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="54"/>
        <location filename="../../src/toolbox_desktop/reports/assessment_sections.py" line="36"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="55"/>
        <location filename="../../src/toolbox_desktop/reports/assessment_sections.py" line="37"/>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="56"/>
        <source>Benchmarks that went up</source>
        <translation>Gestegen benchmarks</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="57"/>
        <source>Benchmarks that went down</source>
        <translation>Gedaalde benchmarks</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="58"/>
        <source>No benchmark went up.</source>
        <translation>Geen benchmark is gestegen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="59"/>
        <source>No benchmark went down.</source>
        <translation>Geen benchmark is gedaald.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="60"/>
        <source>Newly rated: {new}. No longer rated: {gone}. Not comparable (excluded in one assessment only, or excluded for another reason): {other}.</source>
        <translation>Nieuw ingeschaald: {new}. Niet meer ingeschaald: {gone}. Niet vergelijkbaar (maar in één beoordeling uitgesloten of om een andere reden uitgesloten): {other}.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="65"/>
        <source>Annex: how scores are computed</source>
        <translation>Bijlage: zo worden de scores berekend</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="67"/>
        <source>Each benchmark is rated on five levels: 0 not in place, 1 planned or ad hoc, 2 partly in place, 3 largely in place, 4 fully in place and evaluated.</source>
        <translation>Elke benchmark wordt op vijf niveaus ingeschaald: 0 niet aanwezig, 1 gepland of incidenteel, 2 gedeeltelijk aanwezig, 3 grotendeels aanwezig, 4 volledig aanwezig en geëvalueerd.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="72"/>
        <source>Only benchmarks rated with a level count. &quot;Not applicable&quot; and &quot;outside our competence&quot; are left out of the calculation, and so are benchmarks not rated yet; the report always says how many are rated.</source>
        <translation>Alleen benchmarks die met een niveau zijn ingeschaald, tellen mee. &quot;Niet van toepassing&quot; en &quot;buiten onze bevoegdheid&quot; blijven buiten de berekening, net als benchmarks die nog niet zijn ingeschaald; het rapport vermeldt altijd hoeveel er zijn ingeschaald.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="78"/>
        <source>Score = sum of the levels ÷ (4 × number of counted benchmarks) × 100 %. This is done for each sub-theme, each dimension and overall. Every benchmark weighs the same, so a dimension&apos;s score is not the average of its sub-themes.</source>
        <translation>Score = som van de niveaus ÷ (4 × aantal getelde benchmarks) × 100 %. Dit wordt berekend per subthema, per dimensie en voor het geheel. Elke benchmark weegt even zwaar; de score van een dimensie is dus niet het gemiddelde van haar subthema&apos;s.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="84"/>
        <source>Target score = sum of the targets ÷ (4 × counted benchmarks) × 100 %. A benchmark without a target counts with its current level (no change planned). A target below the current level is shown as entered.</source>
        <translation>Doelscore = som van de doelen ÷ (4 × getelde benchmarks) × 100 %. Een benchmark zonder doel telt mee met het huidige niveau (geen verandering gepland). Een doel onder het huidige niveau wordt getoond zoals het is ingevoerd.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="90"/>
        <source>Target reached = sum of the levels, each counted at most up to its target, ÷ sum of the targets × 100 %, over the benchmarks that have a target above 0. A benchmark already at or above its target counts as fully reached.</source>
        <translation>Doelbereik = som van de niveaus, elk hoogstens tot het doel geteld, ÷ som van de doelen × 100 %, over de benchmarks met een doel boven 0. Een benchmark die het doel al haalt of overtreft, telt als volledig bereikt.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="96"/>
        <source>Gap = target − current level, where the target is higher. The gap list multiplies each gap by its priority (low 1, medium 2, high 3) and shows the largest first.</source>
        <translation>Kloof = doel − huidig niveau, als het doel hoger is. Het kloofoverzicht vermenigvuldigt elke kloof met de prioriteit (laag 1, middel 2, hoog 3) en toont de grootste eerst.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="101"/>
        <source>A group with no counted benchmark has no score and says why: &quot;not rated yet&quot;; &quot;not applicable&quot; or &quot;outside our competence&quot; when every benchmark in it was excluded for that reason; &quot;excluded&quot; when for both. Excluded benchmarks are not counted as rated.</source>
        <translation>Een groep zonder getelde benchmark heeft geen score en zegt waarom: &quot;nog niet ingeschaald&quot;; &quot;niet van toepassing&quot; of &quot;buiten onze bevoegdheid&quot; als alle benchmarks erin om die reden zijn uitgesloten; &quot;uitgesloten&quot; als om beide redenen. Uitgesloten benchmarks tellen niet als ingeschaald.</translation>
    </message>
    <message>
        <source>A group with no counted benchmark has no score: it says &quot;not rated yet&quot;, or &quot;not applicable&quot; when every benchmark in it was excluded.</source>
        <translation type="vanished">Een groep zonder getelde benchmark heeft geen score: er staat &quot;nog niet ingeschaald&quot;, of &quot;niet van toepassing&quot; als alle benchmarks erin zijn uitgesloten.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="107"/>
        <source>Percentages are rounded to whole numbers (half up: 62.5 % is 63 %); a change in points is the difference of the two rounded scores.</source>
        <translation>Percentages worden afgerond op hele getallen (een half naar boven: 62,5 % wordt 63 %); een verschil in punten is het verschil tussen de twee afgeronde scores.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="112"/>
        <source>Example: three benchmarks rated 4, 1 and 2 and one not applicable give (4 + 1 + 2) ÷ (3 × 4) = 7 ÷ 12 = 58 %.</source>
        <translation>Voorbeeld: drie benchmarks met de niveaus 4, 1 en 2 en één die niet van toepassing is, geven (4 + 1 + 2) ÷ (3 × 4) = 7 ÷ 12 = 58 %.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="118"/>
        <source>The rating scale</source>
        <translation>De inschalingsschaal</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="120"/>
        <source>The benchmark does not concern the municipality; left out of scores.</source>
        <translation>De benchmark betreft de gemeente niet; blijft buiten de scores.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="123"/>
        <source>The field is not the municipality&apos;s responsibility (a subject for advocacy); left out of scores.</source>
        <translation>Het domein valt niet onder de bevoegdheid van de gemeente (een onderwerp voor belangenbehartiging); blijft buiten de scores.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="46"/>
        <source>Self-assessment report</source>
        <translation>Rapport zelfevaluatie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="47"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="48"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="49"/>
        <source>Kind of place</source>
        <translation>Soort gemeente</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="50"/>
        <source>Population</source>
        <translation>Inwonertal</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="51"/>
        <source>Date of the assessment</source>
        <translation>Datum van de beoordeling</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="52"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="54"/>
        <source>Draft (can still change)</source>
        <translation>Concept (kan nog veranderen)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="55"/>
        <source>Final</source>
        <translation>Definitief</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="57"/>
        <source>Printed on</source>
        <translation>Afgedrukt op</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="58"/>
        <source>Who took part</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="59"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="60"/>
        <source>Overall score</source>
        <translation>Totaalscore</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="61"/>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="82"/>
        <source>Target score</source>
        <translation>Doelscore</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="62"/>
        <source>Target reached</source>
        <translation>Doel­bereik</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="63"/>
        <source>Benchmarks rated</source>
        <translation>Ingeschaalde benchmarks</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="64"/>
        <source>{rated} of {total} rated</source>
        <translation>{rated} van {total} ingeschaald</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="65"/>
        <source>Excluded</source>
        <translation>Uit­gesloten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="66"/>
        <source>{count} (not applicable or outside our competence)</source>
        <translation>{count} (niet van toepassing of buiten onze bevoegdheid)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="69"/>
        <source>Nothing has been rated in this assessment yet, so there are no scores. Every benchmark below says &quot;not rated yet&quot;.</source>
        <translation>In deze beoordeling is nog niets ingeschaald, dus er zijn geen scores. Bij elke benchmark hieronder staat &quot;nog niet ingeschaald&quot;.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="74"/>
        <source>Scores per dimension</source>
        <translation>Scores per dimensie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="76"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="77"/>
        <location filename="../../src/toolbox_desktop/reports/assessment_sections.py" line="39"/>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="78"/>
        <source>Rated</source>
        <translation>Ingeschaald</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="80"/>
        <source>Current and target scores</source>
        <translation>Huidige scores en doelscores</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="81"/>
        <source>Current score</source>
        <translation>Huidige score</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="83"/>
        <source>{current} → {target}</source>
        <translation>{current} → {target}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="84"/>
        <source>{current} (target {target})</source>
        <translation>{current} (doel {target})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="85"/>
        <source>({reason})</source>
        <translation>({reason})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_sections.py" line="33"/>
        <source>Score: {score} · target: {target} · rated: {rated} · excluded: {excluded}</source>
        <translation>Score: {score} · doel: {target} · ingeschaald: {rated} · uitgesloten: {excluded}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_sections.py" line="38"/>
        <source>Rating</source>
        <translation>Inschaling</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_sections.py" line="40"/>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_sections.py" line="41"/>
        <location filename="../../src/toolbox_desktop/reports/next_steps.py" line="34"/>
        <source>{number} {title}</source>
        <translation>{number} {title}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_sections.py" line="42"/>
        <source>Evidence and notes</source>
        <translation>Onderbouwing en notities</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_sections.py" line="43"/>
        <source>No evidence, notes or linked files were recorded in this dimension.</source>
        <translation>In deze dimensie zijn geen onderbouwing, notities of gekoppelde bestanden vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_sections.py" line="46"/>
        <source>{number} {title}: {rating}</source>
        <translation>{number} {title}: {rating}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_sections.py" line="47"/>
        <source>Evidence</source>
        <translation>Onderbouwing</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_sections.py" line="48"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_sections.py" line="49"/>
        <source>Rated by</source>
        <translation>Ingeschaald door</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_sections.py" line="50"/>
        <source>Linked files</source>
        <translation>Gekoppelde bestanden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_sections.py" line="51"/>
        <source>{name} (in {folder})</source>
        <translation>{name} (in {folder})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_sections.py" line="52"/>
        <source>Gap list</source>
        <translation>Kloofoverzicht</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_sections.py" line="53"/>
        <source>Benchmarks whose target is above their current level. Gap = target − current level; weighted gap = gap × priority (low 1, medium 2, high 3). The largest weighted gap comes first: it is where to start.</source>
        <translation>Benchmarks waarvan het doel boven het huidige niveau ligt. Kloof = doel − huidig niveau; gewogen kloof = kloof × prioriteit (laag 1, middel 2, hoog 3). De grootste gewogen kloof staat bovenaan: daar begint u.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_sections.py" line="59"/>
        <source>No gaps: no rated benchmark has a target above its current level.</source>
        <translation>Geen kloven: geen enkele ingeschaalde benchmark heeft een doel boven het huidige niveau.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_sections.py" line="62"/>
        <source>Current</source>
        <translation>Huidig</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_sections.py" line="63"/>
        <source>Gap</source>
        <translation>Kloof</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_sections.py" line="64"/>
        <source>Weighted gap</source>
        <translation>Gewogen kloof</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/report_pdf.py" line="67"/>
        <location filename="../../src/toolbox_desktop/reports/assessment_format.py" line="26"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_format.py" line="27"/>
        <source>not rated yet</source>
        <translation>nog niet ingeschaald</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_format.py" line="28"/>
        <source>not applicable</source>
        <translation>niet van toepassing</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_format.py" line="29"/>
        <source>outside our competence</source>
        <translation>buiten onze bevoegdheid</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_format.py" line="30"/>
        <source>excluded</source>
        <translation>uitgesloten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_format.py" line="31"/>
        <source>{level} {name}</source>
        <translation>{level} {name}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_format.py" line="32"/>
        <source>{rated} of {total}</source>
        <translation>{rated} van {total}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/report_pdf.py" line="68"/>
        <location filename="../../src/toolbox_desktop/reports/assessment_format.py" line="33"/>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/next_steps.py" line="26"/>
        <source>Next steps for the gaps</source>
        <translation>Volgende stappen voor de kloven</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/next_steps.py" line="27"/>
        <source>For each benchmark in the gap list, what the content packs suggest: practices from the Whole-COMM toolbox, quick wins that can start this year and examples from other cities, best fit first, each with one line on why it fits. The suggestions are a reviewed mapping, not a search; the app&apos;s library has each item in full.</source>
        <translation>Per benchmark uit het kloofoverzicht wat de inhoudspakketten voorstellen: praktijkvoorbeelden uit de Whole-COMM-toolbox, snelle maatregelen die dit jaar kunnen starten en voorbeelden uit andere steden, het best passende eerst, elk met één regel over waarom het past. De suggesties zijn een gecontroleerde koppeling, geen zoekresultaat; de bibliotheek van de app bevat elk onderdeel volledig.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/next_steps.py" line="35"/>
        <source>Current level {level}, target {target}, priority {priority}</source>
        <translation>Huidig niveau {level}, doel {target}, prioriteit {priority}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/next_steps.py" line="38"/>
        <source>{kind} · {context}</source>
        <translation>{kind} · {context}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/next_steps.py" line="39"/>
        <source>Nothing in the packs fits: {reason}</source>
        <translation>Niets uit de pakketten past: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/next_steps.py" line="40"/>
        <source>The content packs hold no suggestions for this benchmark.</source>
        <translation>De inhoudspakketten bevatten geen suggesties voor deze benchmark.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/next_steps.py" line="43"/>
        <source>For each dimension with gaps</source>
        <translation>Per dimensie met kloven</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/next_steps.py" line="44"/>
        <source>Broader steps that serve a dimension as a whole.</source>
        <translation>Bredere stappen voor een dimensie als geheel.</translation>
    </message>
</context>
<context>
    <name>AssessmentTexts</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/texts.py" line="37"/>
        <source>{level} {name}</source>
        <translation>{level} {name}</translation>
    </message>
    <message>
        <source>{rated} of {total} rated</source>
        <translation type="vanished">{rated} van {total} ingeschaald</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/backup_model.py" line="17"/>
        <source>Taken</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/backup_model.py" line="18"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/backup_model.py" line="19"/>
        <source>Assessments</source>
        <translation>Beoordelingen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/backup_model.py" line="20"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/backup_model.py" line="21"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/backup_model.py" line="98"/>
        <source>{taken} (before a restore)</source>
        <translation>{taken} (vóór een herstel)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/backup_model.py" line="104"/>
        <source>Damaged: cannot be restored</source>
        <translation>Beschadigd: kan niet worden hersteld</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/backup_model.py" line="106"/>
        <source>From a newer version of the app: cannot be restored here</source>
        <translation>Van een nieuwere versie van de app: kan hier niet worden hersteld</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/backup_model.py" line="109"/>
        <source>(no name yet)</source>
        <translation>(nog zonder naam)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/restore_dialog.py" line="52"/>
        <source>Replace the current data?</source>
        <translation>Huidige gegevens vervangen?</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/restore_dialog.py" line="54"/>
        <source>Replace everything in this database with the backup of {taken}?</source>
        <translation>Alles in deze database vervangen door de back-up van {taken}?</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/restore_dialog.py" line="59"/>
        <source>Everything changed since then is replaced: profile, assessments, ratings, actions and texts. A copy of the current data is kept first, as a backup marked “before a restore”, so you can return to it the same way.</source>
        <translation>Alles wat sindsdien is gewijzigd, wordt vervangen: profiel, beoordelingen, inschalingen, acties en teksten. Eerst wordt een kopie van de huidige gegevens bewaard, als back-up met de vermelding “vóór een herstel”, zodat u er op dezelfde manier naar kunt terugkeren.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/restore_dialog.py" line="67"/>
        <source>Replace</source>
        <translation>Vervangen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/restore_dialog.py" line="80"/>
        <source>Toolbox databases</source>
        <translation>Toolbox-databases</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/restore_dialog.py" line="81"/>
        <source>All files</source>
        <translation>Alle bestanden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/restore_dialog.py" line="85"/>
        <source>Restore the backup as a new file</source>
        <translation>De back-up als nieuw bestand herstellen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/backups.py" line="28"/>
        <source>The backup could not be saved in {folder}: {reason}. Your data is not affected; the app tries again later.</source>
        <translation>De back-up kon niet in {folder} worden opgeslagen: {reason}. Uw gegevens zijn niet aangetast; de app probeert het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/backups.py" line="33"/>
        <source>The database could not be read for a backup: {reason}. It is tried again later.</source>
        <translation>De database kon voor een back-up niet worden gelezen: {reason}. Dit wordt later opnieuw geprobeerd.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/backups.py" line="36"/>
        <source>No backup was taken: the database looks damaged ({detail}). The earlier backups are kept; File → Restore from a backup brings one back.</source>
        <translation>Er is geen back-up gemaakt: de database lijkt beschadigd ({detail}). De eerdere back-ups blijven bewaard; met Bestand → Herstellen uit een back-up haalt u er een terug.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/backups.py" line="41"/>
        <source>The copy could not be saved as {path}: {reason}. The open file is not affected.</source>
        <translation>De kopie kon niet worden opgeslagen als {path}: {reason}. Het geopende bestand blijft ongewijzigd.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/backup_restore.py" line="42"/>
        <source>This backup cannot be restored. {detail} Nothing was changed.</source>
        <translation>Deze back-up kan niet worden hersteld. {detail} Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/backup_restore.py" line="45"/>
        <source>&apos;{path}&apos; is damaged or incomplete ({reason}).</source>
        <translation>&apos;{path}&apos; is beschadigd of onvolledig ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/backup_restore.py" line="46"/>
        <source>&apos;{path}&apos; holds no data of this app: it is empty, damaged or another program&apos;s.</source>
        <translation>&apos;{path}&apos; bevat geen gegevens van deze app: het bestand is leeg, beschadigd of van een ander programma.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/backup_restore.py" line="49"/>
        <source>It was removed since the list was made: the app keeps only the newest backup of each of the last days and weeks. Choose another one.</source>
        <translation>Ze is verwijderd sinds de lijst werd gemaakt: de app bewaart alleen de nieuwste back-up van elk van de laatste dagen en weken. Kies een andere.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/backup_restore.py" line="54"/>
        <source>{path} already exists. A backup is only restored into a new file: choose another name. Nothing was changed.</source>
        <translation>{path} bestaat al. Een back-up wordt alleen in een nieuw bestand hersteld: kies een andere naam. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/backup_restore.py" line="59"/>
        <source>The folder {folder} does not exist. Choose another place. Nothing was changed.</source>
        <translation>De map {folder} bestaat niet. Kies een andere plek. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/backup_restore.py" line="62"/>
        <source>The backup could not be restored: {reason}. Nothing was changed.</source>
        <translation>De back-up kon niet worden hersteld: {reason}. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/backup_restore.py" line="65"/>
        <source>A change is being stored right now. Try again in a moment. Nothing was changed.</source>
        <translation>Er wordt op dit moment een wijziging opgeslagen. Probeer het zo opnieuw. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/backup_restore.py" line="68"/>
        <source>A copy of the current data could not be kept first ({reason}), so the backup was not restored. Nothing was changed.</source>
        <translation>Er kon vooraf geen kopie van de huidige gegevens worden bewaard ({reason}), dus de back-up is niet hersteld. Er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>BenchmarkChangeModel</name>
    <message>
        <source>Code</source>
        <translation type="vanished">Code</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/change_models.py" line="229"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/change_models.py" line="230"/>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/change_models.py" line="231"/>
        <source>Dimension</source>
        <translation>Dimensie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/change_models.py" line="232"/>
        <source>Change</source>
        <translation>Verandering</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/change_models.py" line="233"/>
        <source>Earlier</source>
        <translation>Eerder</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/change_models.py" line="234"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/change_models.py" line="235"/>
        <source>Level change</source>
        <translation>Verschil in niveau</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/change_models.py" line="238"/>
        <source>Change in level (0–4), when both assessments rated it with a level</source>
        <translation>Verschil in niveau (0–4), als beide beoordelingen de benchmark met een niveau hebben ingeschaald</translation>
    </message>
</context>
<context>
    <name>BenchmarkLinks</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/benchmark_links.py" line="40"/>
        <source>Linked benchmarks</source>
        <translation>Gekoppelde benchmarks</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/benchmark_links.py" line="48"/>
        <source>Double-click a benchmark to rate it.</source>
        <translation>Dubbelklik op een benchmark om die in te schalen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/benchmark_links.py" line="50"/>
        <source>Benchmark to link</source>
        <translation>Te koppelen benchmark</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/benchmark_links.py" line="51"/>
        <source>Link a benchmark…</source>
        <translation>Benchmark koppelen…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/benchmark_links.py" line="59"/>
        <source>Unlink</source>
        <translation>Ontkoppelen</translation>
    </message>
    <message>
        <source>Unlin&amp;k</source>
        <translation type="vanished">&amp;Ontkoppelen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/benchmark_links.py" line="60"/>
        <source>Remove the selected benchmark from this action</source>
        <translation>De gekozen benchmark loskoppelen van deze actie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/benchmark_links.py" line="92"/>
        <source>A content update removed this benchmark. The link is kept so that nothing is lost; unlink it when it no longer matters.</source>
        <translation>Een update van de inhoud heeft deze benchmark verwijderd. De koppeling blijft bewaard zodat niets verloren gaat; ontkoppel die als ze niet meer nodig is.</translation>
    </message>
</context>
<context>
    <name>BenchmarkListModel</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/benchmark_list.py" line="86"/>
        <source>{number}. {dimension} › {subtheme}</source>
        <translation>{number}. {dimension} › {subtheme}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/benchmark_list.py" line="113"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/benchmark_list.py" line="113"/>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/benchmark_list.py" line="113"/>
        <source>Rating</source>
        <translation>Inschaling</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/benchmark_list.py" line="133"/>
        <source>{title} (for small places)</source>
        <translation>{title} (voor kleine plaatsen)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/benchmark_list.py" line="136"/>
        <source>Not rated</source>
        <translation>Niet ingeschaald</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/benchmark_list.py" line="146"/>
        <source>Written for small and rural municipalities.</source>
        <translation>Geschreven voor kleine gemeenten en plattelandsgemeenten.</translation>
    </message>
</context>
<context>
    <name>Budget</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_format.py" line="30"/>
        <source>unplanned</source>
        <translation>niet gepland</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_format.py" line="37"/>
        <source>Overspent by {amount}</source>
        <translation>Met {amount} overschreden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_format.py" line="40"/>
        <source>{share} spent, {amount} left</source>
        <translation>{share} uitgegeven, {amount} over</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_model.py" line="39"/>
        <source>No dates</source>
        <translation>Zonder datums</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_model.py" line="42"/>
        <source>Not specified</source>
        <translation>Niet opgegeven</translation>
    </message>
</context>
<context>
    <name>BudgetTableModel</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_model.py" line="80"/>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_model.py" line="102"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_model.py" line="103"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_model.py" line="104"/>
        <source>Spent</source>
        <translation>Uitgegeven</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_model.py" line="105"/>
        <source>Spent of planned</source>
        <translation>Deel uitgegeven</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_model.py" line="133"/>
        <source>{group}, in {currency}</source>
        <translation>{group}, in {currency}</translation>
    </message>
</context>
<context>
    <name>BudgetView</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_view.py" line="57"/>
        <source>Budget totals</source>
        <translation>Budgettotalen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_view.py" line="59"/>
        <source>By dimension</source>
        <translation>Per dimensie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_view.py" line="60"/>
        <source>By year (the year an action starts)</source>
        <translation>Per jaar (het jaar waarin een actie begint)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_view.py" line="61"/>
        <source>By funding source</source>
        <translation>Per financieringsbron</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_view.py" line="62"/>
        <source>By status</source>
        <translation>Per status</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_view.py" line="65"/>
        <source>Dimension</source>
        <translation>Dimensie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_view.py" line="66"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_view.py" line="67"/>
        <source>Funding source</source>
        <translation>Financieringsbron</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_view.py" line="68"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_view.py" line="71"/>
        <source>Budget by dimension</source>
        <translation>Budget per dimensie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_view.py" line="72"/>
        <source>Budget by year</source>
        <translation>Budget per jaar</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_view.py" line="73"/>
        <source>Budget by funding source</source>
        <translation>Budget per financieringsbron</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_view.py" line="74"/>
        <source>Budget by status</source>
        <translation>Budget per status</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_view.py" line="88"/>
        <source>Dropped actions are counted here only, not in the other totals.</source>
        <translation>Geschrapte acties tellen alleen hier mee, niet in de andere totalen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_view.py" line="105"/>
        <source>Budget overview</source>
        <translation>Budgetoverzicht</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_view.py" line="196"/>
        <source>No actions with a budget yet.</source>
        <translation>Nog geen acties met een budget.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_view.py" line="202"/>
        <source>Planned: {planned}   Spent: {spent} ({share})   Actions: {count}</source>
        <translation>Gepland: {planned}   Uitgegeven: {spent} ({share})   Acties: {count}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_view.py" line="204"/>
        <source>Planned: {planned}   Spent: {spent}   Actions: {count}</source>
        <translation>Gepland: {planned}   Uitgegeven: {spent}   Acties: {count}</translation>
    </message>
</context>
<context>
    <name>BuildPanel</name>
    <message>
        <source>Pre&amp;view</source>
        <translation type="vanished">&amp;Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/build_panel.py" line="88"/>
        <source>P&amp;review</source>
        <translation>&amp;Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/build_panel.py" line="89"/>
        <source>Preview the report</source>
        <translation>Voorbeeld van het rapport tonen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/build_panel.py" line="92"/>
        <source>&amp;Print…</source>
        <translation>A&amp;fdrukken…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/build_panel.py" line="93"/>
        <source>Print the report</source>
        <translation>Het rapport afdrukken</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/build_panel.py" line="95"/>
        <source>&amp;Save as PDF…</source>
        <translation>Op&amp;slaan als PDF…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/build_panel.py" line="96"/>
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/build_panel.py" line="103"/>
        <source>Making the PDF</source>
        <translation>PDF wordt gemaakt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/build_panel.py" line="106"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/build_panel.py" line="107"/>
        <source>Cancel making the PDF</source>
        <translation>Het maken van de PDF annuleren</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/build_panel.py" line="120"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/build_panel.py" line="121"/>
        <source>&amp;Open PDF</source>
        <translation>PDF &amp;openen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/build_panel.py" line="122"/>
        <source>Open the saved PDF</source>
        <translation>De opgeslagen PDF openen</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation type="vanished">Het rapport opslaan als PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="vanished">PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/build_panel.py" line="193"/>
        <source>No temporary folder could be made for the preview: {reason}. Free some disk space, or save the report as a PDF instead.</source>
        <translation>Voor het voorbeeld kon geen tijdelijke map worden gemaakt: {reason}. Maak schijfruimte vrij of sla het rapport in plaats daarvan op als PDF.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/build_panel.py" line="210"/>
        <source>The report&apos;s data could not be read: {reason}. Close and reopen the workspace, then try again.</source>
        <translation>De gegevens van het rapport konden niet worden gelezen: {reason}. Sluit de werkruimte, open die opnieuw en probeer het dan nog eens.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/build_panel.py" line="226"/>
        <source>Making {name}…</source>
        <translation>{name} wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/build_panel.py" line="228"/>
        <source>Making the {title}…</source>
        <translation>{title} wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/build_panel.py" line="242"/>
        <source>Cancelled. No file was saved.</source>
        <translation>Geannuleerd. Er is geen bestand opgeslagen.</translation>
    </message>
    <message>
        <source>The report was made but could not be opened to print.</source>
        <translation type="vanished">Het rapport is gemaakt, maar kon niet worden geopend om af te drukken.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/reports/build_panel.py" line="346"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n pagina naar de printer gestuurd.</numerusform>
            <numerusform>%n pagina&apos;s naar de printer gestuurd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/build_panel.py" line="352"/>
        <source>The report was saved as {path}.</source>
        <translation>Het rapport is opgeslagen als {path}.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/build_panel.py" line="362"/>
        <source>The PDF could not be saved to {path}: {reason}. Choose a folder where you can save files, and close the PDF if another program has it open.</source>
        <translation>De PDF kon niet worden opgeslagen als {path}: {reason}. Kies een map waarin u bestanden kunt opslaan, en sluit de PDF als een ander programma die geopend heeft.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/build_panel.py" line="367"/>
        <source>The PDF could not be made: {reason}. Nothing was overwritten. Try again; if it keeps failing, try another report or page size and tell us what happened.</source>
        <translation>De PDF kon niet worden gemaakt: {reason}. Er is niets overschreven. Probeer het opnieuw; lukt het steeds niet, kies dan een ander rapport of papierformaat en laat ons weten wat er gebeurde.</translation>
    </message>
</context>
<context>
    <name>Busy</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/busy.py" line="24"/>
        <source>Loading…</source>
        <translation>Bezig met laden…</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../src/toolbox_desktop/cli/report.py" line="50"/>
        <source>there is no assessment yet; create one in the app first</source>
        <translation>er is nog geen beoordeling; maak er eerst een aan in de app</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/report.py" line="53"/>
        <source>the year {year} is outside 1990-2100</source>
        <translation>het jaar {year} ligt buiten 1990-2100</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/report.py" line="54"/>
        <source>{kind} report written to {path}</source>
        <translation>Rapport ({kind}) opgeslagen in {path}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/report.py" line="55"/>
        <source>the {kind} report is made as {offered}, not as {format}</source>
        <translation>het rapport {kind} wordt gemaakt als {offered}, niet als {format}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/report.py" line="58"/>
        <source>give one -o FILE for each report, in the same order (reports named: {reports}; files given: {files}); nothing was written</source>
        <translation>geef voor elk rapport één -o BESTAND op, in dezelfde volgorde (genoemde rapporten: {reports}; opgegeven bestanden: {files}); er is niets opgeslagen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/report.py" line="63"/>
        <source>the {kind} report was not written to {path}: {reason}</source>
        <translation>het rapport {kind} is niet opgeslagen in {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/report.py" line="66"/>
        <source>{path} is given for two reports; give each its own file; nothing was written</source>
        <translation>{path} is opgegeven voor twee rapporten; geef elk rapport een eigen bestand; er is niets opgeslagen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/backup.py" line="26"/>
        <source>No backups of {database} yet (they are kept in {folder}).</source>
        <translation>Nog geen back-ups van {database} (ze worden bewaard in {folder}).</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/backup.py" line="29"/>
        <source>Backups of {database}, kept in {folder}:</source>
        <translation>Back-ups van {database}, bewaard in {folder}:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/backup.py" line="30"/>
        <source>{database} holds the fictional training town; no backups are kept of it.</source>
        <translation>{database} bevat de fictieve oefengemeente; daarvan worden geen back-ups bewaard.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/backup.py" line="33"/>
        <source>Backup saved: {path}</source>
        <translation>Back-up opgeslagen: {path}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/backup.py" line="34"/>
        <source>there is no backup number {number} of {database}; &apos;toolbox-desktop backup list --db &quot;{database}&quot;&apos; shows them.</source>
        <translation>er is geen back-up nummer {number} van {database}; &apos;toolbox-desktop backup list --db &quot;{database}&quot;&apos; toont ze.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/backup.py" line="39"/>
        <source>The backup of {taken} was restored into {target}.</source>
        <translation>De back-up van {taken} is hersteld in {target}.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/backup.py" line="42"/>
        <source>Open it with: {command}</source>
        <translation>Openen met: {command}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/backup.py" line="43"/>
        <source>The data in {database} was replaced with the backup of {taken}.</source>
        <translation>De gegevens in {database} zijn vervangen door de back-up van {taken}.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/backup.py" line="46"/>
        <source>The data as it was before is kept as a backup: {path}</source>
        <translation>De gegevens van daarvoor zijn als back-up bewaard: {path}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/backup.py" line="49"/>
        <source>Restore a backup as a new file instead: &apos;toolbox-desktop backup restore N --to NEW_FILE&apos;.</source>
        <translation>Herstel in plaats daarvan een back-up als nieuw bestand: &apos;toolbox-desktop backup restore N --to NIEUW_BESTAND&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/backup.py" line="53"/>
        <source>{database} does not exist.</source>
        <translation>{database} bestaat niet.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/backup.py" line="54"/>
        <source>Cannot be restored: {reason}</source>
        <translation>Kan niet worden hersteld: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/__init__.py" line="56"/>
        <source>{folder}: OK: {dimensions} dimensions, {subthemes} sub-themes, {benchmarks} benchmarks, {challenges} challenges, {practices} practices, {guide} guide steps</source>
        <translation>{folder}: OK: {dimensions} dimensies, {subthemes} subthema&apos;s, {benchmarks} benchmarks, {challenges} uitdagingen, {practices} praktijkvoorbeelden, {guide} stappen van de handleiding</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/cli/__init__.py" line="61"/>
        <source>%n problem(s) found in {folder}</source>
        <translation>
            <numerusform>%n probleem gevonden in {folder}</numerusform>
            <numerusform>%n problemen gevonden in {folder}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/translation.py" line="33"/>
        <source>There is no database at {database}. Check the name and the folder; nothing was created. A new file is made by the app itself (toolbox-desktop --db FILE) or by an import.</source>
        <translation>Er is geen database op {database}. Controleer de naam en de map; er is niets aangemaakt. Een nieuw bestand maakt de app zelf (toolbox-desktop --db BESTAND) of een import.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/translation.py" line="38"/>
        <source>{database} is empty (0 bytes): it holds no data, and was left as it is. Check the name, or restore a backup of it (toolbox-desktop backup list --db FILE).</source>
        <translation>{database} is leeg (0 bytes): het bevat geen gegevens en is gelaten zoals het was. Controleer de naam, of zet er een back-up van terug (toolbox-desktop backup list --db BESTAND).</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/__init__.py" line="62"/>
        <source>{folder}: role {role}; languages: {languages} (every translation has the same codes)</source>
        <translation>{folder}: rol {role}; talen: {languages} (elke vertaling heeft dezelfde codes)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/translation.py" line="26"/>
        <source>cannot write {path}: {detail}. Choose a folder where you can save files.</source>
        <translation>kan {path} niet schrijven: {detail}. Kies een map waarin u bestanden kunt opslaan.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/translation.py" line="29"/>
        <source>there is no assessment with id {id}; &apos;toolbox-desktop assessment list&apos; shows them</source>
        <translation>er is geen beoordeling met id {id}; &apos;toolbox-desktop assessment list&apos; toont ze</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/cli/translation.py" line="43"/>
        <source>content pack {folder} has %n problem(s) and was not loaded; run &apos;toolbox-desktop content check {folder}&apos;</source>
        <translation>
            <numerusform>inhoudspakket {folder} heeft %n probleem en is niet geladen; voer &apos;toolbox-desktop content check {folder}&apos; uit</numerusform>
            <numerusform>inhoudspakket {folder} heeft %n problemen en is niet geladen; voer &apos;toolbox-desktop content check {folder}&apos; uit</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/translation.py" line="56"/>
        <source>error: {message}</source>
        <translation>fout: {message}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/translation.py" line="57"/>
        <source>warning: {message}</source>
        <translation>waarschuwing: {message}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/demo.py" line="25"/>
        <source>content pack {folder} was not loaded</source>
        <translation>inhoudspakket {folder} is niet geladen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/demo.py" line="26"/>
        <source>{path}: {reason}. Nothing was changed. The training town is only created in a new file: choose a new file name, for example &apos;toolbox-desktop demo --db training-town.sqlite3&apos;.</source>
        <translation>{path}: {reason}. Er is niets gewijzigd. De oefengemeente wordt alleen in een nieuw bestand gemaakt: kies een nieuwe bestandsnaam, bijvoorbeeld &apos;toolbox-desktop demo --db oefengemeente.sqlite3&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/demo.py" line="31"/>
        <source>Everything in it is fictional. Open it with: {command}</source>
        <translation>Alles daarin is fictief. Openen met: {command}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/demo.py" line="34"/>
        <source>Created the training municipality {municipality} in {path}:</source>
        <translation>De oefengemeente {municipality} is aangemaakt in {path}:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/cli/demo.py" line="37"/>
        <source>  two assessments, {first} (final) and {second} (draft, with a workshop), each rating all %n benchmark(s)</source>
        <translation>
            <numerusform>  twee beoordelingen, {first} (definitief) en {second} (concept, met een workshop), elk met alle %n benchmark</numerusform>
            <numerusform>  twee beoordelingen, {first} (definitief) en {second} (concept, met een workshop), elk met alle %n benchmarks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/cli/demo.py" line="44"/>
        <source>  workshop: %n participant(s) with ratings of their own</source>
        <translation>
            <numerusform>  workshop: %n deelnemer met eigen inschalingen</numerusform>
            <numerusform>  workshop: %n deelnemers met eigen inschalingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/cli/demo.py" line="47"/>
        <source>  action plan: %n action(s) with milestones, {budget} planned</source>
        <translation>
            <numerusform>  actieplan: %n actie met mijlpalen, {budget} gepland</numerusform>
            <numerusform>  actieplan: %n acties met mijlpalen, {budget} gepland</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/cli/demo.py" line="50"/>
        <source>  %n indicator(s) with measurements</source>
        <translation>
            <numerusform>  %n indicator met metingen</numerusform>
            <numerusform>  %n indicatoren met metingen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/demo.py" line="51"/>
        <source>  annual report texts for {years}</source>
        <translation>  teksten voor het jaarverslag {years}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/cli/demo.py" line="52"/>
        <source>  %n fact sandwich(es) for the Fact Sandwich worksheet</source>
        <translation>
            <numerusform>  %n Fact Sandwich voor het werkblad Fact Sandwich</numerusform>
            <numerusform>  %n Fact Sandwiches voor het werkblad Fact Sandwich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/cli/demo.py" line="55"/>
        <source>  %n neighbouring town(s) to compare with</source>
        <translation>
            <numerusform>  %n buurgemeente om mee te vergelijken</numerusform>
            <numerusform>  %n buurgemeenten om mee te vergelijken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/assessment.py" line="22"/>
        <source>No assessments yet.</source>
        <translation>Nog geen beoordelingen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/exchange.py" line="25"/>
        <source>--anonymised works with assessment and municipality packages only</source>
        <translation>--anonymised werkt alleen met beoordelings- en gemeentepakketten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/exchange.py" line="28"/>
        <source>--for-participants works with assessment packages only, not anonymised</source>
        <translation>--for-participants werkt alleen met beoordelingspakketten, niet geanonimiseerd</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/exchange.py" line="31"/>
        <source>there is no assessment yet; create one first</source>
        <translation>er is nog geen beoordeling; maak er eerst een aan</translation>
    </message>
    <message>
        <source>{kind} package written to {path}</source>
        <translation type="vanished">Pakket ({kind}) opgeslagen in {path}</translation>
    </message>
    <message>
        <source>{kind} package (anonymised) written to {path}</source>
        <translation type="vanished">Pakket ({kind}, geanonimiseerd) opgeslagen in {path}</translation>
    </message>
    <message>
        <source>{kind} package (blank, for participants) written to {path}</source>
        <translation type="vanished">Pakket ({kind}, leeg, voor deelnemers) opgeslagen in {path}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/exchange.py" line="34"/>
        <source>{package} written to {path}</source>
        <translation>{package} opgeslagen in {path}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/exchange.py" line="35"/>
        <source>{package} (anonymised) written to {path}</source>
        <translation>{package} (geanonimiseerd) opgeslagen in {path}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/exchange.py" line="38"/>
        <source>{package} (blank, for participants) written to {path}</source>
        <translation>{package} (leeg, voor deelnemers) opgeslagen in {path}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/exchange.py" line="41"/>
        <location filename="../../src/toolbox_desktop/cli/plan_import.py" line="43"/>
        <source>Dry run: nothing was written.</source>
        <translation>Proefrun: er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/exchange.py" line="42"/>
        <location filename="../../src/toolbox_desktop/cli/plan_import.py" line="44"/>
        <source>Imported: {added} added, {updated} updated.</source>
        <translation>Geïmporteerd: {added} toegevoegd, {updated} bijgewerkt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/cli/exchange.py" line="43"/>
        <source>This computer&apos;s version is kept for %n item(s) changed here after the package was made. To take the package&apos;s older version instead, import it again with --replace-later-changes.</source>
        <translation>
            <numerusform>Voor %n item dat hier is gewijzigd nadat het pakket is gemaakt, blijft de versie van deze computer behouden. Wilt u in plaats daarvan de oudere versie uit het pakket overnemen, importeer het dan opnieuw met --replace-later-changes.</numerusform>
            <numerusform>Voor %n items die hier zijn gewijzigd nadat het pakket is gemaakt, blijft de versie van deze computer behouden. Wilt u in plaats daarvan de oudere versie uit het pakket overnemen, importeer het dan opnieuw met --replace-later-changes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/exchange.py" line="55"/>
        <source>assessment package</source>
        <translation>pakket met een beoordeling</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/exchange.py" line="56"/>
        <source>plan package</source>
        <translation>pakket met het actieplan</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/exchange.py" line="57"/>
        <source>municipality package</source>
        <translation>pakket met alles van de gemeente</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/exchange.py" line="58"/>
        <source>participant package</source>
        <translation>deelnemersbestand</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/exchange.py" line="60"/>
        <source>{file}: {kind}, made on {made} by version {version}</source>
        <translation>{file}: {kind}, gemaakt op {made} met versie {version}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/exchange.py" line="63"/>
        <source>{file}: {kind}, anonymised, made on {made} by version {version}</source>
        <translation>{file}: {kind}, geanonimiseerd, gemaakt op {made} met versie {version}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/exchange.py" line="66"/>
        <source>  note: {note}</source>
        <translation>  let op: {note}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/exchange.py" line="67"/>
        <source>Nothing to change: everything in the package is already here.</source>
        <translation>Niets te wijzigen: alles in dit pakket is er al.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/exchange.py" line="70"/>
        <source>{added} to add, {updated} to update, {unchanged} unchanged.</source>
        <translation>{added} toe te voegen, {updated} bij te werken, {unchanged} ongewijzigd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/cli/plan.py" line="19"/>
        <source>%n action(s) written to {path}</source>
        <translation>
            <numerusform>%n actie opgeslagen in {path}</numerusform>
            <numerusform>%n acties opgeslagen in {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/content_list.py" line="34"/>
        <source>there is no content pack &apos;{pack}&apos;; the packs loaded are: {packs}</source>
        <translation>er is geen inhoudspakket &apos;{pack}&apos;; geladen pakketten: {packs}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/content_list.py" line="37"/>
        <source>the content pack {pack} is not in &apos;{language}&apos;; its languages are: {languages}</source>
        <translation>het inhoudspakket {pack} bestaat niet in &apos;{language}&apos;; de talen ervan zijn: {languages}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/cli/suggestions.py" line="32"/>
        <source>{title} ({date}): next steps for %n gap(s), largest weighted gap first</source>
        <translation>
            <numerusform>{title} ({date}): volgende stappen voor %n kloof, grootste gewogen kloof eerst</numerusform>
            <numerusform>{title} ({date}): volgende stappen voor %n kloven, grootste gewogen kloof eerst</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/suggestions.py" line="38"/>
        <source>{title} ({date}): no gaps: no rated benchmark has a target above its current level.</source>
        <translation>{title} ({date}): geen kloven: geen enkele ingeschaalde benchmark heeft een doel boven het huidige niveau.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/suggestions.py" line="42"/>
        <source>level {level} -&gt; target {target}, priority {priority}, weighted gap {weighted}</source>
        <translation>niveau {level} -&gt; doel {target}, prioriteit {priority}, gewogen kloof {weighted}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/suggestions.py" line="45"/>
        <source>Nothing in the packs fits: {reason}</source>
        <translation>Niets uit de pakketten past: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/suggestions.py" line="46"/>
        <source>The content packs hold no suggestions for this.</source>
        <translation>De inhoudspakketten bevatten hiervoor geen suggesties.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/suggestions.py" line="49"/>
        <source>For each dimension with gaps:</source>
        <translation>Per dimensie met kloven:</translation>
    </message>
    <message>
        <source>{path}, sheet “{sheet}”: new {new}, updated {changed}, unchanged {unchanged}, rows left out {left_out}</source>
        <translation type="vanished">{path}, werkblad ‘{sheet}’: nieuw {new}, bijgewerkt {changed}, ongewijzigd {unchanged}, weggelaten rijen {left_out}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/plan_import.py" line="28"/>
        <source>{path}, sheet “{sheet}”: new {new}, updated {changed}, unchanged {unchanged}, rows left out {left_out}, indicators added or updated {indicators}</source>
        <translation>{path}, werkblad ‘{sheet}’: nieuw {new}, bijgewerkt {changed}, ongewijzigd {unchanged}, weggelaten rijen {left_out}, indicatoren toegevoegd of bijgewerkt {indicators}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/plan_import.py" line="33"/>
        <source>      + indicator “{name}” ({count})</source>
        <translation>      + indicator ‘{name}’ ({count})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/plan_import.py" line="34"/>
        <source>      ~ indicator “{name}” ({count})</source>
        <translation>      ~ indicator ‘{name}’ ({count})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/plan_import.py" line="35"/>
        <source>measurements: {count}</source>
        <translation>meetwaarden: {count}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/plan_import.py" line="36"/>
        <source>  + row {line}: {title}</source>
        <translation>  + rij {line}: {title}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/plan_import.py" line="37"/>
        <source>  ~ row {line}: {title} ({fields})</source>
        <translation>  ~ rij {line}: {title} ({fields})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/plan_import.py" line="38"/>
        <source>  ! row {line} left out: {reasons}</source>
        <translation>  ! rij {line} weggelaten: {reasons}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/plan_import.py" line="39"/>
        <source>there is no sheet “{sheet}” in {path}; its sheets: {sheets}</source>
        <translation>er is geen werkblad ‘{sheet}’ in {path}; de werkbladen: {sheets}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/plan_import.py" line="42"/>
        <source>nothing was imported: {detail}</source>
        <translation>er is niets geïmporteerd: {detail}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/cli/region.py" line="30"/>
        <source>%n package(s) merged into {path}</source>
        <translation>
            <numerusform>%n pakket samengevoegd in {path}</numerusform>
            <numerusform>%n pakketten samengevoegd in {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/region.py" line="31"/>
        <source>Assessments: {added} added, {replaced} replaced, {unchanged} unchanged.</source>
        <translation>Beoordelingen: {added} toegevoegd, {replaced} vervangen, {unchanged} ongewijzigd.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/region.py" line="34"/>
        <source>refused: {path}: {reason}</source>
        <translation>geweigerd: {path}: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/cli/region.py" line="35"/>
        <source>%n package(s) refused; the others were merged</source>
        <translation>
            <numerusform>%n pakket geweigerd; de andere zijn samengevoegd</numerusform>
            <numerusform>%n pakketten geweigerd; de andere zijn samengevoegd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/region.py" line="38"/>
        <source>No figure is shown or published from fewer than {k} towns.</source>
        <translation>Geen enkel cijfer van minder dan {k} gemeenten wordt getoond of gepubliceerd.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/region.py" line="41"/>
        <source>{path} is not a region file; nothing was changed. Choose another file.</source>
        <translation>{path} is geen regiobestand; er is niets gewijzigd. Kies een ander bestand.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/region.py" line="44"/>
        <source>{path} was made by a newer version of the app (region schema {found}); nothing was changed. Update the app.</source>
        <translation>{path} is gemaakt met een nieuwere versie van de app (regioschema {found}); er is niets gewijzigd. Werk de app bij.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/region.py" line="49"/>
        <source>there is no file {path}</source>
        <translation>het bestand {path} bestaat niet</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/region.py" line="50"/>
        <source>--min-towns must be a whole number of at least {lowest}</source>
        <translation>--min-towns moet een geheel getal van minstens {lowest} zijn</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/region.py" line="53"/>
        <source>no benchmark content pack could be loaded from {folder}</source>
        <translation>uit {folder} kon geen benchmark-inhoudspakket worden geladen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/region.py" line="56"/>
        <source>The disclosure-safe tables of {region}, and nothing else, written to {path}.</source>
        <translation>De publiceerbare tabellen van {region}, en verder niets, zijn geschreven naar {path}.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/region.py" line="60"/>
        <source>write the public copy to another file than the region file {path}</source>
        <translation>schrijf de openbare kopie naar een ander bestand dan het regiobestand {path}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/region.py" line="63"/>
        <source>Datasette metadata written to {path}. Publish with: datasette {region} --metadata {path} and open {address} (serve the file under this name: renamed, it shows nothing)</source>
        <translation>Datasette-metadata geschreven naar {path}. Publiceren met: datasette {region} --metadata {path} en open {address} (bied het bestand onder deze naam aan: hernoemd toont het niets)</translation>
    </message>
    <message>
        <source>Datasette metadata written to {path}. Publish with: datasette {region} --metadata {path}</source>
        <translation type="vanished">Datasette-metadata geschreven naar {path}. Publiceren met: datasette {region} --metadata {path}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/assessment_output.py" line="49"/>
        <source>not applicable</source>
        <translation>niet van toepassing</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/assessment_output.py" line="50"/>
        <source>outside our competence</source>
        <translation>buiten onze bevoegdheid</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/assessment_output.py" line="51"/>
        <source>excluded</source>
        <translation>uitgesloten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/assessment_output.py" line="53"/>
        <source>{counted} of {total} rated</source>
        <translation>{counted} van {total} ingeschaald</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/assessment_output.py" line="54"/>
        <source>, {count} excluded</source>
        <translation>, {count} uitgesloten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/assessment_output.py" line="55"/>
        <source>not rated</source>
        <translation>niet ingeschaald</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/assessment_output.py" line="56"/>
        <source>draft</source>
        <translation>concept</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/assessment_output.py" line="57"/>
        <source>final</source>
        <translation>definitief</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/assessment_output.py" line="58"/>
        <source>Participants: {participants}</source>
        <translation>Deelnemers: {participants}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/assessment_output.py" line="59"/>
        <source>Overall: {percent}  target {target}  target reached {reached}  ({counts})</source>
        <translation>Totaal: {percent}  doel {target}  doelbereik {reached}  ({counts})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/assessment_output.py" line="62"/>
        <source>Largest gaps (target - current, weighted by priority):</source>
        <translation>Grootste kloven (doel − huidig, gewogen naar prioriteit):</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/assessment_output.py" line="65"/>
        <source>{level} -&gt; {target}  priority {priority}  weighted {weighted}</source>
        <translation>{level} -&gt; {target}  prioriteit {priority}  gewogen {weighted}</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/change_models.py" line="41"/>
        <source>Up</source>
        <translation>Gestegen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/change_models.py" line="42"/>
        <source>Down</source>
        <translation>Gedaald</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/change_models.py" line="43"/>
        <source>Same</source>
        <translation>Gelijk</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/change_models.py" line="44"/>
        <source>Newly rated</source>
        <translation>Nieuw ingeschaald</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/change_models.py" line="45"/>
        <source>No longer rated</source>
        <translation>Niet meer ingeschaald</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/change_models.py" line="46"/>
        <source>Not comparable</source>
        <translation>Niet vergelijkbaar</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="74"/>
        <source>Nothing to compare yet</source>
        <translation>Nog niets te vergelijken</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="76"/>
        <source>A comparison needs two assessments. Once you have assessed the municipality a second time (for example a year later), this page shows what went up or down since the first one.</source>
        <translation>Voor een vergelijking zijn twee beoordelingen nodig. Zodra u de gemeente een tweede keer hebt beoordeeld (bijvoorbeeld een jaar later), toont deze pagina wat sinds de eerste is gestegen of gedaald.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="83"/>
        <source>Earlier assessment</source>
        <translation>Eerdere beoordeling</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="84"/>
        <source>Later assessment</source>
        <translation>Latere beoordeling</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="92"/>
        <source>Change of the overall score</source>
        <translation>Verandering van de totaalscore</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="95"/>
        <source>Radar chart: earlier and later score per dimension</source>
        <translation>Radardiagram: eerdere en latere score per dimensie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="98"/>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="205"/>
        <source>Score per dimension</source>
        <translation>Score per dimensie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="108"/>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="195"/>
        <source>Changes per benchmark</source>
        <translation>Veranderingen per benchmark</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="128"/>
        <source>All benchmarks</source>
        <translation>Alle benchmarks</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="129"/>
        <source>Went up</source>
        <translation>Gestegen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="130"/>
        <source>Went down</source>
        <translation>Gedaald</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="131"/>
        <source>Changed</source>
        <translation>Veranderd</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="134"/>
        <source>Show benchmarks</source>
        <translation>Benchmarks tonen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="179"/>
        <source>Ea&amp;rlier:</source>
        <translation>&amp;Eerder:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="180"/>
        <source>La&amp;ter:</source>
        <translation>&amp;Later:</translation>
    </message>
    <message>
        <source>&amp;Earlier:</source>
        <translation type="vanished">&amp;Eerder:</translation>
    </message>
    <message>
        <source>&amp;Later:</source>
        <translation type="vanished">&amp;Later:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="193"/>
        <source>&amp;Show:</source>
        <translation>T&amp;onen:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="265"/>
        <source>{title} ({date})</source>
        <translation>{title} ({date})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="310"/>
        <source>You chose the same assessment twice: choose two to see changes.</source>
        <translation>U hebt twee keer dezelfde beoordeling gekozen: kies twee verschillende om veranderingen te zien.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="313"/>
        <source>The assessment chosen as earlier is the newer one: changes are shown from it to the older one.</source>
        <translation>De als eerder gekozen beoordeling is de nieuwere: veranderingen worden getoond van die naar de oudere.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="322"/>
        <source>Overall score: {before} → {after}</source>
        <translation>Totaalscore: {before} → {after}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="328"/>
        <source>({change} point(s))</source>
        <translation>
            <numerusform>({change} punt)</numerusform>
            <numerusform>({change} punten)</numerusform>
        </translation>
    </message>
    <message>
        <source>({change} points)</source>
        <translation type="vanished">({change} punten)</translation>
    </message>
    <message>
        <source>(not applicable)</source>
        <translation type="vanished">(niet van toepassing)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="340"/>
        <source>Earlier: {name}</source>
        <translation>Eerder: {name}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="344"/>
        <source>earlier</source>
        <translation>eerder</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="348"/>
        <source>Later: {name}</source>
        <translation>Later: {name}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="351"/>
        <source>later</source>
        <translation>later</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="363"/>
        <source>{shown} of {total} benchmarks shown</source>
        <translation>{shown} van {total} benchmarks getoond</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/conflicts.py" line="48"/>
        <source>Keep mine</source>
        <translation>Mijn versie houden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/conflicts.py" line="51"/>
        <source>Use theirs</source>
        <translation>Andere versie gebruiken</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/conflicts.py" line="89"/>
        <source>Changed elsewhere</source>
        <translation>Elders gewijzigd</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/conflicts.py" line="90"/>
        <source>{what} was changed in another window or by another copy of the app after this window showed it, in the same place you changed.</source>
        <translation>{what} is in een ander venster of door een andere kopie van de app gewijzigd nadat dit venster het toonde, op dezelfde plek die u hebt gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/conflicts.py" line="95"/>
        <source>Keep mine stores your change on top of theirs. Use theirs shows their version and drops your change. Nothing is lost either way: the other version stays in the file&apos;s edit history.</source>
        <translation>“Mijn versie houden” slaat uw wijziging op over de andere heen. “Andere versie gebruiken” toont de andere versie en verwerpt uw wijziging. In beide gevallen gaat niets verloren: de andere versie blijft in de wijzigingsgeschiedenis van het bestand bewaard.</translation>
    </message>
</context>
<context>
    <name>ConsensusModel</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/consensus_model.py" line="139"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/consensus_model.py" line="141"/>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/consensus_model.py" line="150"/>
        <source>Median</source>
        <translation>Mediaan</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/consensus_model.py" line="152"/>
        <source>Spread</source>
        <translation>Spreiding</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/consensus_model.py" line="153"/>
        <source>Agreed rating</source>
        <translation>Overeengekomen inschaling</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/consensus_model.py" line="176"/>
        <source>empty</source>
        <translation>leeg</translation>
    </message>
</context>
<context>
    <name>ContentTreeModel</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/tree_model.py" line="104"/>
        <source>Common challenges ({count})</source>
        <translation>Veelvoorkomende uitdagingen ({count})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/tree_model.py" line="112"/>
        <source>Dimensions and key benchmarks</source>
        <translation>Dimensies en kernbenchmarks</translation>
    </message>
</context>
<context>
    <name>CouncilProposal</name>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="40"/>
        <source>Council proposal</source>
        <translation>Raadsvoorstel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="41"/>
        <source>{town}, {date}</source>
        <translation>{town}, {date}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="43"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="44"/>
        <source>Recommendation</source>
        <translation>Voorstel/Beslispunten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="45"/>
        <source>Background</source>
        <translation>Inleiding</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="46"/>
        <source>Intended effect</source>
        <translation>Beoogd effect</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="47"/>
        <source>Arguments</source>
        <translation>Argumenten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="48"/>
        <source>Financial implications</source>
        <translation>Financiën</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="49"/>
        <source>Timetable</source>
        <translation>Uitvoering/Planning</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="50"/>
        <source>Appendices</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="57"/>
        <source>Local integration plan of {town}: actions for decision</source>
        <translation>Lokaal integratieplan van {town}: acties ter besluitvorming</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="60"/>
        <source>Local integration plan: actions for decision</source>
        <translation>Lokaal integratieplan: acties ter besluitvorming</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="63"/>
        <source>The council decides to carry out the following actions:</source>
        <translation>De gemeenteraad besluit de volgende acties uit te voeren:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="66"/>
        <source>{title} (responsible: {owner}; timing: {timing})</source>
        <translation>{title} (verantwoordelijk: {owner}; periode: {timing})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="67"/>
        <source>not named</source>
        <translation>niet genoemd</translation>
    </message>
    <message>
        <source>The council provides the budget of {total} for these actions, as set out under “{heading}”.</source>
        <translation type="vanished">De gemeenteraad stelt voor deze acties een budget van {total} beschikbaar, zoals uiteengezet onder ‘{heading}’.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="70"/>
        <source>The council approves the budget of {total} for these actions, financed as set out under “{heading}”.</source>
        <translation>De gemeenteraad stemt in met een budget van {total} voor deze acties, gefinancierd zoals uiteengezet onder ‘{heading}’.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="75"/>
        <source>The self-assessment “{title}” of {date} gives the town an overall score of {score}.</source>
        <translation>De zelfevaluatie ‘{title}’ van {date} geeft de gemeente een totaalscore van {score}.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="79"/>
        <source>The town has not made a self-assessment yet.</source>
        <translation>De gemeente heeft nog geen zelfevaluatie gemaakt.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="80"/>
        <source>Dimension</source>
        <translation>Dimensie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="81"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="82"/>
        <source>The actions work on these benchmarks:</source>
        <translation>De acties werken aan deze benchmarks:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="83"/>
        <source>The actions are not linked to any benchmark.</source>
        <translation>De acties zijn aan geen enkele benchmark gekoppeld.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="84"/>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="85"/>
        <source>Current level</source>
        <translation>Huidig niveau</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="86"/>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="87"/>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="88"/>
        <source>Reasons for the proposal: to be written by the administration.</source>
        <translation>Argumenten voor het voorstel: in te vullen door de ambtelijke organisatie.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="91"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="92"/>
        <source>Funding source</source>
        <translation>Financieringsbron</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="93"/>
        <source>Budget line</source>
        <translation>Begrotingspost</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="94"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="95"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="96"/>
        <source>No budget is given for these actions.</source>
        <translation>Voor deze acties is geen budget opgegeven.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="97"/>
        <source>none given</source>
        <translation>niet opgegeven</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="98"/>
        <source>By funding source:</source>
        <translation>Per financieringsbron:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="99"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="100"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="101"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="102"/>
        <source>Self-assessment report “{title}” of {date}</source>
        <translation>Rapport van de zelfevaluatie ‘{title}’ van {date}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="105"/>
        <source>Action plan</source>
        <translation>Actieplan</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/formatting.py" line="53"/>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/formatting.py" line="82"/>
        <source>not rated yet</source>
        <translation>nog niet ingeschaald</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/formatting.py" line="86"/>
        <source>not applicable</source>
        <translation>niet van toepassing</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/formatting.py" line="90"/>
        <source>outside our competence</source>
        <translation>buiten onze bevoegdheid</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/formatting.py" line="95"/>
        <source>outside its competence</source>
        <translation>buiten haar bevoegdheid</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/formatting.py" line="113"/>
        <source>excluded</source>
        <translation>uitgesloten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/formatting.py" line="136"/>
        <source>{rated} of {total}</source>
        <translation>{rated} van {total}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/formatting.py" line="154"/>
        <source>{rated} of {total} rated</source>
        <translation>{rated} van {total} ingeschaald</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/formatting.py" line="160"/>
        <source>{rated}, {excluded}</source>
        <translation>{rated}, {excluded}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/formatting.py" line="182"/>
        <source>not rated</source>
        <translation>niet ingeschaald</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/formatting.py" line="190"/>
        <source>{level} – {name}</source>
        <translation>{level} – {name}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/exchange.py" line="249"/>
        <location filename="../../src/toolbox_desktop/ui/common/formatting.py" line="217"/>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="69"/>
        <source>No assessment yet</source>
        <translation>Nog geen beoordeling</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="71"/>
        <source>Start an assessment and rate the benchmarks: your scores, the charts and the gaps to close will appear here.</source>
        <translation>Begin een beoordeling en schaal de benchmarks in: uw scores, de diagrammen en de kloven die u wilt dichten, verschijnen dan hier.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="84"/>
        <source>Overall score</source>
        <translation>Totaalscore</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="92"/>
        <source>Radar chart: current score and target per dimension</source>
        <translation>Radardiagram: huidige score en doel per dimensie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="98"/>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="223"/>
        <source>Scores per dimension and sub-theme</source>
        <translation>Scores per dimensie en subthema</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="116"/>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="224"/>
        <source>Gaps to close</source>
        <translation>Te dichten kloven</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="144"/>
        <source>No gaps yet: give benchmarks a target above their current level to see what to work on first.</source>
        <translation>Nog geen kloven: geef benchmarks een doel boven hun huidige niveau om te zien waar u het eerst aan moet werken.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="163"/>
        <source>Create &amp;action for this gap…</source>
        <translation>&amp;Actie voor deze kloof aanmaken…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="182"/>
        <source>Score per dimension</source>
        <translation>Score per dimensie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="196"/>
        <source>Largest weighted gap first: (target − current level) × priority.</source>
        <translation>Grootste gewogen kloof eerst: (doel − huidig niveau) × prioriteit.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="201"/>
        <source>Create action for this gap…</source>
        <translation>Actie voor deze kloof aanmaken…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="203"/>
        <source>Start an action in the plan, linked to the selected benchmark</source>
        <translation>Een actie in het plan beginnen, gekoppeld aan de gekozen benchmark</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="249"/>
        <source>{title} – assessed on {date}</source>
        <translation>{title} – beoordeeld op {date}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="269"/>
        <source>Gaps to close ({count})</source>
        <translation>Te dichten kloven ({count})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="284"/>
        <source>Overall score: {score}</source>
        <translation>Totaalscore: {score}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="336"/>
        <source>Choose a gap in the list to see here what other towns did about it and which quick wins fit it.</source>
        <translation>Kies een kloof in de lijst om hier te zien wat andere gemeenten eraan deden en welke snelle maatregelen erbij passen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="342"/>
        <source>Next steps: {benchmark}</source>
        <translation>Volgende stappen: {benchmark}</translation>
    </message>
    <message>
        <source>{rated} of {total} benchmarks rated</source>
        <translation type="vanished">{rated} van {total} benchmarks ingeschaald</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="291"/>
        <source>target {target}</source>
        <translation>doel {target}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="295"/>
        <source>target reached {reached}</source>
        <translation>doelbereik {reached}</translation>
    </message>
    <message>
        <source>(not applicable)</source>
        <translation type="vanished">(niet van toepassing)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="308"/>
        <source>Current score</source>
        <translation>Huidige score</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="314"/>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="333"/>
        <source>Next steps</source>
        <translation>Volgende stappen</translation>
    </message>
    <message>
        <source>Choose a gap in the list: what other towns did and which quick wins fit it appear here.</source>
        <translation type="vanished">Kies een kloof in de lijst: hier verschijnt wat andere gemeenten deden en welke snelle maatregelen erbij passen.</translation>
    </message>
    <message>
        <source>Next steps for {benchmark}</source>
        <translation type="vanished">Volgende stappen voor {benchmark}</translation>
    </message>
</context>
<context>
    <name>DatabaseError</name>
    <message>
        <location filename="../../src/toolbox_desktop/storage/open_errors.py" line="14"/>
        <source>&apos;{path}&apos; is a folder, not a database file. Choose a file name inside it instead.</source>
        <translation>&apos;{path}&apos; is een map, geen databasebestand. Kies in plaats daarvan een bestandsnaam in die map.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/open_errors.py" line="18"/>
        <source>The folder &apos;{folder}&apos; does not exist. Create it first or choose another place.</source>
        <translation>De map &apos;{folder}&apos; bestaat niet. Maak die eerst aan of kies een andere plek.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/open_errors.py" line="22"/>
        <source>&apos;{path}&apos; is not a Local Integration Toolbox database (it is not an SQLite file). The file was not changed. Choose the right file, or a new file name to start afresh.</source>
        <translation>&apos;{path}&apos; is geen database van de Local Integration Toolbox (het is geen SQLite-bestand). Het bestand is niet gewijzigd. Kies het juiste bestand, of een nieuwe bestandsnaam om opnieuw te beginnen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/open_errors.py" line="27"/>
        <source>&apos;{path}&apos; is damaged or incomplete ({detail}). The file was not changed. Open your most recent backup copy, or ask for help recovering it.</source>
        <translation>&apos;{path}&apos; is beschadigd of onvolledig ({detail}). Het bestand is niet gewijzigd. Open uw meest recente back-up, of vraag hulp om het te herstellen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/open_errors.py" line="32"/>
        <source>&apos;{path}&apos; is an SQLite database of another program, not of Local Integration Toolbox. The file was not changed. Choose a new file name to start a new database.</source>
        <translation>&apos;{path}&apos; is een SQLite-database van een ander programma, niet van de Local Integration Toolbox. Het bestand is niet gewijzigd. Kies een nieuwe bestandsnaam om een nieuwe database te beginnen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/open_errors.py" line="37"/>
        <source>&apos;{path}&apos; was saved by a newer version of Local Integration Toolbox (this is version {version}). The file was not changed. Install the newer version to open it.</source>
        <translation>&apos;{path}&apos; is opgeslagen met een nieuwere versie van de Local Integration Toolbox (dit is versie {version}). Het bestand is niet gewijzigd. Installeer de nieuwere versie om het te openen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/open_errors.py" line="42"/>
        <source>&apos;{path}&apos; cannot be changed: {reason}. The file was not changed. Copy it to a folder where you can save files (for example your Documents) and open the copy.</source>
        <translation>&apos;{path}&apos; kan niet worden gewijzigd: {reason}. Het bestand is niet gewijzigd. Kopieer het naar een map waarin u bestanden kunt opslaan (bijvoorbeeld Documenten) en open de kopie.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/open_errors.py" line="47"/>
        <source>&apos;{path}&apos; cannot be created: its folder does not allow saving files. Nothing was changed. Choose a folder where you can save files (for example your Documents).</source>
        <translation>&apos;{path}&apos; kan niet worden aangemaakt: in de map mogen geen bestanden worden opgeslagen. Er is niets gewijzigd. Kies een map waarin u bestanden kunt opslaan (bijvoorbeeld Documenten).</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/open_errors.py" line="53"/>
        <source>the file is read-only</source>
        <translation>het bestand is alleen-lezen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/open_errors.py" line="54"/>
        <source>its folder does not allow saving files</source>
        <translation>in de map mogen geen bestanden worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/open_errors.py" line="57"/>
        <source>&apos;{path}&apos; could not be opened: {detail}. The file was not changed.</source>
        <translation>&apos;{path}&apos; kon niet worden geopend: {detail}. Het bestand is niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/open_errors.py" line="60"/>
        <source>&apos;{path}&apos; holds a value that is not readable text (table &apos;{table}&apos;, column &apos;{column}&apos;, row {row}), probably written by another program. The file was not changed. Open your most recent backup copy, or ask someone who knows SQLite to correct that value; the app opens the file again once it is text.</source>
        <translation>&apos;{path}&apos; bevat een waarde die geen leesbare tekst is (tabel &apos;{table}&apos;, kolom &apos;{column}&apos;, rij {row}), waarschijnlijk geschreven door een ander programma. Het bestand is niet gewijzigd. Open uw meest recente back-up, of vraag iemand die SQLite kent om die waarde te verbeteren; de app opent het bestand weer zodra het tekst is.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/open_errors.py" line="67"/>
        <source>&apos;{path}&apos; holds “{value}” in table &apos;{table}&apos;, column &apos;{column}&apos;, row {row}, where the app keeps {form}: probably written by another program. The file was not changed. Open your most recent backup copy, or ask someone who knows SQLite to correct that value; the app opens the file again once it is corrected.</source>
        <translation>&apos;{path}&apos; bevat “{value}” in tabel &apos;{table}&apos;, kolom &apos;{column}&apos;, rij {row}, waar de app {form} bewaart: waarschijnlijk geschreven door een ander programma. Het bestand is niet gewijzigd. Open uw meest recente back-up, of vraag iemand die SQLite kent om die waarde te verbeteren; de app opent het bestand weer zodra die verbeterd is.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/open_errors.py" line="75"/>
        <source>a date written YYYY-MM-DD, such as 2026-12-31</source>
        <translation>een datum in de vorm JJJJ-MM-DD, zoals 2026-12-31</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/open_errors.py" line="76"/>
        <source>a list written in JSON, such as [&quot;ngos&quot;]</source>
        <translation>een lijst in JSON, zoals [&quot;ngos&quot;]</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/open_errors.py" line="77"/>
        <source>a whole number</source>
        <translation>een geheel getal</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/open_errors.py" line="78"/>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/open_errors.py" line="80"/>
        <source>the file is cut short</source>
        <translation>het bestand is afgebroken</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/open_errors.py" line="81"/>
        <source>{have} of {pages} pages are there</source>
        <translation>{have} van {pages} pagina&apos;s zijn aanwezig</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/disk_full.py" line="20"/>
        <source>the disk is full. Free some space on it (delete or move files you no longer need), then try again</source>
        <translation>de schijf is vol. Maak er ruimte op vrij (verwijder of verplaats bestanden die u niet meer nodig hebt) en probeer het dan opnieuw</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/fields.py" line="70"/>
        <source>Pick a day from a calendar</source>
        <translation>Een dag in een kalender kiezen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/fields.py" line="71"/>
        <source>Calendar for {field}</source>
        <translation>Kalender voor {field}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/formatting.py" line="207"/>
        <source>e.g. {date}</source>
        <translation>bijv. {date}</translation>
    </message>
</context>
<context>
    <name>DetailRenderer</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/detail_html.py" line="57"/>
        <source>small municipalities</source>
        <translation>kleine gemeenten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/detail_html.py" line="58"/>
        <source>rural areas</source>
        <translation>plattelandsgebieden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/detail_html.py" line="59"/>
        <source>advocacy</source>
        <translation>belangenbehartiging</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/detail_html.py" line="60"/>
        <source>Source:</source>
        <translation>Bron:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/detail_html.py" line="61"/>
        <source>Common challenges in this dimension</source>
        <translation>Veelvoorkomende uitdagingen in deze dimensie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/detail_html.py" line="62"/>
        <source>Practices from real towns</source>
        <translation>Praktijkvoorbeelden uit echte gemeenten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/detail_html.py" line="63"/>
        <source>Key benchmarks</source>
        <translation>Kernbenchmarks</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/detail_html.py" line="64"/>
        <source>Why it matters</source>
        <translation>Waarom het belangrijk is</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/detail_html.py" line="65"/>
        <source>Sub-themes and their number of key benchmarks</source>
        <translation>Subthema&apos;s en hun aantal kernbenchmarks</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/detail_html.py" line="66"/>
        <source>Common challenge</source>
        <translation>Veelvoorkomende uitdaging</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/detail_html.py" line="67"/>
        <source>since</source>
        <translation>sinds</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/detail_html.py" line="68"/>
        <source>What it does</source>
        <translation>Wat het doet</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/detail_html.py" line="69"/>
        <source>Who runs it</source>
        <translation>Wie het uitvoert</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/detail_html.py" line="70"/>
        <source>What made it work</source>
        <translation>Wat het tot een succes maakte</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/detail_html.py" line="71"/>
        <source>Innovative practice</source>
        <translation>Innovatieve praktijk</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/detail_html.py" line="72"/>
        <source>How to use the toolbox</source>
        <translation>Zo gebruikt u de toolbox</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/detail_html.py" line="73"/>
        <source>No content loaded</source>
        <translation>Geen inhoud geladen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/detail_html.py" line="75"/>
        <source>The content pack could not be loaded. See the message about the content pack for the files and lines to fix.</source>
        <translation>Het inhoudspakket kon niet worden geladen. De melding over het inhoudspakket noemt de bestanden en regels die moeten worden verbeterd.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/detail_html.py" line="79"/>
        <source>{dimensions} dimensions, {benchmarks} key benchmarks, {challenges} common challenges, {practices} practices from real towns.</source>
        <translation>{dimensions} dimensies, {benchmarks} kernbenchmarks, {challenges} veelvoorkomende uitdagingen, {practices} praktijkvoorbeelden uit echte gemeenten.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/detail_html.py" line="83"/>
        <source>Choose a benchmark on the left, browse the practices or the guidance, or type in the search box (Ctrl+F) to search all content.</source>
        <translation>Kies links een benchmark, blader door de praktijkvoorbeelden of de handreikingen, of typ in het zoekvak (Ctrl+F) om alle inhoud te doorzoeken.</translation>
    </message>
    <message>
        <source>Choose a benchmark on the left, browse the practices, or type in the search box (Ctrl+F) to search all content.</source>
        <translation type="vanished">Kies links een benchmark, blader door de praktijkvoorbeelden of typ in het zoekvak (Ctrl+F) om alle inhoud te doorzoeken.</translation>
    </message>
</context>
<context>
    <name>DimensionBars</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/bar_chart.py" line="77"/>
        <source>Score per dimension</source>
        <translation>Score per dimensie</translation>
    </message>
    <message>
        <source>{rated} of {total} rated</source>
        <translation type="vanished">{rated} van {total} ingeschaald</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/bar_chart.py" line="112"/>
        <source>{dimension}: {score} ({count})</source>
        <translation>{dimension}: {score} ({count})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/bar_chart.py" line="114"/>
        <source>{dimension}: {score}, target {target} ({count})</source>
        <translation>{dimension}: {score}, doel {target} ({count})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/bar_chart.py" line="247"/>
        <source>Current score</source>
        <translation>Huidige score</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/bar_chart.py" line="247"/>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
</context>
<context>
    <name>DimensionChangeModel</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/change_models.py" line="69"/>
        <source>All benchmarks</source>
        <translation>Alle benchmarks</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/change_models.py" line="131"/>
        <source>Dimension</source>
        <translation>Dimensie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/change_models.py" line="132"/>
        <source>Earlier</source>
        <translation>Eerder</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/change_models.py" line="133"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/change_models.py" line="134"/>
        <source>Change (points)</source>
        <translation>Verschil (punten)</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/empty_state.py" line="15"/>
        <source>No assessment yet</source>
        <translation>Nog geen beoordeling</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/empty_state.py" line="16"/>
        <source>An assessment rates where your municipality stands on each of the {count} Whole-COMM benchmarks, from 0 (not in place) to 4 (fully in place and evaluated), with the evidence behind each rating. Repeat it later, as a copy, to see what changed.</source>
        <translation>Een beoordeling legt vast waar uw gemeente staat bij elk van de {count} Whole-COMM-benchmarks, van 0 (niet aanwezig) tot 4 (volledig aanwezig en geëvalueerd), met de onderbouwing van elke inschaling. Herhaal die later als kopie om te zien wat er veranderd is.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/empty_state.py" line="23"/>
        <source>Tip: fill in the municipality profile first. Benchmarks of fields your municipality is not responsible for (housing, education, health, employment services) are then marked for you, and small places see the benchmarks written for them first.</source>
        <translation>Tip: vul eerst het gemeenteprofiel in. Benchmarks uit domeinen waarvoor uw gemeente niet bevoegd is (huisvesting, onderwijs, gezondheid, arbeidsbemiddeling), worden dan voor u gemarkeerd, en kleine plaatsen zien de benchmarks die voor hen zijn geschreven als eerste.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/empty_state.py" line="32"/>
        <source>Fill in the profile…</source>
        <translation>Profiel invullen…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/empty_state.py" line="35"/>
        <source>Create the first assessment</source>
        <translation>Eerste beoordeling aanmaken</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="54"/>
        <source>Export package</source>
        <translation>Pakket exporteren</translation>
    </message>
    <message>
        <source>Save one file to carry to another laptop (for example on a USB stick) and import it there with File → Import package…. Importing it twice adds nothing twice.</source>
        <translation type="vanished">Sla één bestand op om mee te nemen naar een andere laptop (bijvoorbeeld op een USB-stick) en importeer het daar met Bestand → Pakket importeren…. Twee keer importeren voegt niets dubbel toe.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="57"/>
        <source>Save one file to carry to another laptop (for example on a USB stick) and import it there (File → Import package…). Importing it twice adds nothing twice.</source>
        <translation>Sla één bestand op om mee te nemen naar een andere laptop (bijvoorbeeld op een USB-stick) en importeer het daar (Bestand → Pakket importeren…). Twee keer importeren voegt niets dubbel toe.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="67"/>
        <source>The assessment “{title}”</source>
        <translation>De beoordeling “{title}”</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="69"/>
        <source>The assessment shown (there is none yet)</source>
        <translation>De getoonde beoordeling (er is er nog geen)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="72"/>
        <source>The assessment, blank, for workshop participants to rate on their laptops</source>
        <translation>De beoordeling, leeg, voor deelnemers aan een workshop om op hun laptop in te schalen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="74"/>
        <source>The action plan (with the annual report texts)</source>
        <translation>Het actieplan (met de teksten van het jaarverslag)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="76"/>
        <source>Everything: profile, all assessments, the plan and the texts</source>
        <translation>Alles: profiel, alle beoordelingen, het plan en de teksten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="85"/>
        <source>&amp;Anonymised, to share with other municipalities</source>
        <translation>&amp;Geanonimiseerd, om te delen met andere gemeenten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="89"/>
        <source>Leaves out the names of people, notes, evidence and links; keeps the municipality&apos;s kind, size and country and the ratings, so others can compare.</source>
        <translation>Laat namen van personen, notities, onderbouwing en koppelingen weg; houdt soort, grootte en land van de gemeente en de inschalingen, zodat anderen kunnen vergelijken.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="95"/>
        <source>Anonymised: without names of people, notes and evidence. Assessments only (no action plan).</source>
        <translation>Geanonimiseerd: zonder namen van personen, notities en onderbouwing. Alleen beoordelingen (geen actieplan).</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="126"/>
        <source>assessment</source>
        <translation>beoordeling</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="129"/>
        <source>{title}-for-participants</source>
        <translation>{title}-voor-deelnemers</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="130"/>
        <source>action-plan</source>
        <translation>actieplan</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="131"/>
        <source>municipality</source>
        <translation>gemeente</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="135"/>
        <source>anonymised</source>
        <translation>geanonimiseerd</translation>
    </message>
</context>
<context>
    <name>FactSandwichEditor</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_commands.py" line="55"/>
        <source>The fact sandwich no longer exists; it may have been deleted in another window.</source>
        <translation>De fact sandwich bestaat niet meer; misschien is hij in een ander venster verwijderd.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_commands.py" line="65"/>
        <source>The change could not be stored in the database ({detail}). Check that the database file is still there and that you may save to its folder, then try again.</source>
        <translation>De wijziging kon niet in de database worden opgeslagen ({detail}). Controleer of het databasebestand er nog is en of u in de map ervan mag opslaan, en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_commands.py" line="78"/>
        <source>A fact sandwich</source>
        <translation>Een fact sandwich</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_commands.py" line="79"/>
        <source>The fact sandwich “{topic}”</source>
        <translation>De fact sandwich ‘{topic}’</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_editor.py" line="78"/>
        <source>Your town&apos;s own fact sandwiches, printed in the worksheet. They are saved as you type.</source>
        <translation>De eigen fact sandwiches van uw gemeente, afgedrukt in het werkblad. Ze worden opgeslagen terwijl u typt.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_editor.py" line="84"/>
        <source>Fact sandwiches</source>
        <translation>Fact sandwiches</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_editor.py" line="87"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_editor.py" line="88"/>
        <source>Add a fact sandwich</source>
        <translation>Een fact sandwich toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_editor.py" line="89"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_editor.py" line="90"/>
        <source>Delete the fact sandwich</source>
        <translation>De fact sandwich verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_editor.py" line="104"/>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_editor.py" line="107"/>
        <source>T&amp;opic:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_editor.py" line="108"/>
        <source>Fa&amp;ct:</source>
        <translation>F&amp;eit:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_editor.py" line="108"/>
        <source>Fact</source>
        <translation>Feit</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_editor.py" line="110"/>
        <source>&amp;Warning about the myth:</source>
        <translation>Waarsch&amp;uwing voor de mythe:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_editor.py" line="110"/>
        <source>Warning about the myth</source>
        <translation>Waarschuwing voor de mythe</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_editor.py" line="113"/>
        <source>Wh&amp;y the myth is wrong:</source>
        <translation>Waaro&amp;m de mythe niet klopt:</translation>
    </message>
    <message>
        <source>W&amp;hy the myth is wrong:</source>
        <translation type="vanished">Waaro&amp;m de mythe niet klopt:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_editor.py" line="113"/>
        <source>Why the myth is wrong</source>
        <translation>Waarom de mythe niet klopt</translation>
    </message>
    <message>
        <source>The fact a&amp;gain:</source>
        <translation type="vanished">Nogmaals het fei&amp;t:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_editor.py" line="116"/>
        <source>The fact again</source>
        <translation>Nogmaals het feit</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_editor.py" line="116"/>
        <source>The fact &amp;again:</source>
        <translation>Nogmaals het fei&amp;t:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_editor.py" line="188"/>
        <source>Fact sandwich {number}</source>
        <translation>Fact sandwich {number}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_editor.py" line="260"/>
        <source>The fact sandwich could not be saved: {reason}</source>
        <translation>De fact sandwich kon niet worden opgeslagen: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_editor.py" line="273"/>
        <source>Edit fact sandwich</source>
        <translation>Fact sandwich bewerken</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_editor.py" line="292"/>
        <source>Add fact sandwich</source>
        <translation>Fact sandwich toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_editor.py" line="309"/>
        <source>Delete fact sandwich</source>
        <translation>Fact sandwich verwijderen</translation>
    </message>
</context>
<context>
    <name>FactSandwichWorksheet</name>
    <message>
        <location filename="../../src/toolbox_desktop/reports/factsandwich_worksheet.py" line="41"/>
        <source>Fact Sandwich worksheet</source>
        <translation>Werkblad Fact Sandwich</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/factsandwich_worksheet.py" line="42"/>
        <source>A Fact Sandwich answers a false claim without spreading it further: the fact comes first and last, the myth only briefly in between.</source>
        <translation>Een Fact Sandwich weerlegt een onjuiste bewering zonder die verder te verspreiden: het feit komt eerst en als laatste, de mythe alleen kort ertussen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/factsandwich_worksheet.py" line="47"/>
        <source>What the words mean</source>
        <translation>Wat de woorden betekenen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/factsandwich_worksheet.py" line="48"/>
        <source>The method in four steps</source>
        <translation>De methode in vier stappen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/factsandwich_worksheet.py" line="49"/>
        <source>Tips for using your Fact Sandwich</source>
        <translation>Tips voor het gebruik van uw Fact Sandwich</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/factsandwich_worksheet.py" line="50"/>
        <source>Our fact sandwiches</source>
        <translation>Onze fact sandwiches</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/factsandwich_worksheet.py" line="51"/>
        <source>Write your own fact sandwich</source>
        <translation>Schrijf uw eigen fact sandwich</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/factsandwich_worksheet.py" line="52"/>
        <source>Choose a claim you hear in your town. Keep each part short enough to say aloud.</source>
        <translation>Kies een bewering die u in uw gemeente hoort. Houd elk deel zo kort dat u het hardop kunt zeggen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/factsandwich_worksheet.py" line="56"/>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/factsandwich_worksheet.py" line="57"/>
        <source>Fact</source>
        <translation>Feit</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/factsandwich_worksheet.py" line="58"/>
        <source>Warning about the myth</source>
        <translation>Waarschuwing voor de mythe</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/factsandwich_worksheet.py" line="59"/>
        <source>Why the myth is wrong</source>
        <translation>Waarom de mythe niet klopt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/factsandwich_worksheet.py" line="60"/>
        <source>The fact again</source>
        <translation>Nogmaals het feit</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/factsandwich_worksheet.py" line="61"/>
        <source>Fact sandwich {number}</source>
        <translation>Fact sandwich {number}</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/file_field.py" line="19"/>
        <source>Bro&amp;wse…</source>
        <translation>Blade&amp;ren…</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="vanished">Blade&amp;ren…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/file_field.py" line="20"/>
        <source>Choose the region file</source>
        <translation>Het regiobestand kiezen</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/file_actions.py" line="40"/>
        <source>No new file made</source>
        <translation>Geen nieuw bestand gemaakt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/file_actions.py" line="52"/>
        <location filename="../../src/toolbox_desktop/ui/window/file_switch.py" line="96"/>
        <source>Cannot open the file</source>
        <translation>Kan het bestand niet openen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/file_actions.py" line="69"/>
        <source>Copy not saved</source>
        <translation>Kopie niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/file_actions.py" line="74"/>
        <source>That is the file open now. Choose another name for the copy.</source>
        <translation>Dat is het bestand dat nu open is. Kies een andere naam voor de kopie.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/file_actions.py" line="89"/>
        <source>A copy of the data was saved as {path}. This window stays on {name}.</source>
        <translation>Een kopie van de gegevens is opgeslagen als {path}. Dit venster blijft bij {name}.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/file_actions.py" line="113"/>
        <source>{file} (not found)</source>
        <translation>{file} (niet gevonden)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/file_actions.py" line="119"/>
        <source>No other files yet</source>
        <translation>Nog geen andere bestanden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/file_actions.py" line="123"/>
        <source>&amp;Clear the list</source>
        <translation>Lijst &amp;wissen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/file_actions.py" line="138"/>
        <source>Some of what you typed could not be stored yet. It is still shown with the note &quot;not saved yet&quot;. Open the other file anyway and lose it?</source>
        <translation>Een deel van wat u hebt getypt, kon nog niet worden opgeslagen. Het staat er nog met de melding &quot;nog niet opgeslagen&quot;. Toch het andere bestand openen en het kwijtraken?</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/file_dialogs.py" line="27"/>
        <source>Toolbox databases (*.sqlite3 *.sqlite *.db)</source>
        <translation>Toolbox-databases (*.sqlite3 *.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/file_dialogs.py" line="28"/>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/file_dialogs.py" line="37"/>
        <source>Open a database file</source>
        <translation>Databasebestand openen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/file_dialogs.py" line="49"/>
        <source>New database file</source>
        <translation>Nieuw databasebestand</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/file_dialogs.py" line="61"/>
        <source>Save a copy of the data</source>
        <translation>Een kopie van de gegevens opslaan</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/file_dialogs.py" line="76"/>
        <source>&apos;{path}&apos; is not there any more (moved, renamed, or on a drive that is not connected). Nothing was changed.</source>
        <translation>&apos;{path}&apos; is er niet meer (verplaatst, hernoemd, of op een schijf die niet is aangesloten). Er is niets gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/file_dialogs.py" line="82"/>
        <source>&apos;{path}&apos; is empty, so it is not a Local Integration Toolbox database. The file was not changed. Choose the right file, or create a new one.</source>
        <translation>&apos;{path}&apos; is leeg en dus geen database van de Local Integration Toolbox. Het bestand is niet gewijzigd. Kies het juiste bestand, of maak een nieuw.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/file_dialogs.py" line="93"/>
        <source>&apos;{path}&apos; already exists. A new file never replaces another: choose a new name, or open that file (File → Open…).</source>
        <translation>&apos;{path}&apos; bestaat al. Een nieuw bestand vervangt nooit een ander: kies een nieuwe naam, of open dat bestand (Bestand → Openen…).</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; already exists. A new file never replaces another: choose a new name, or open that file with File → Open….</source>
        <translation type="vanished">&apos;{path}&apos; bestaat al. Een nieuw bestand vervangt nooit een ander: kies een nieuwe naam, of open dat bestand met Bestand → Openen….</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/file_switch.py" line="81"/>
        <source>{name} is already open.</source>
        <translation>{name} is al geopend.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/startup_problem.py" line="44"/>
        <source>The file opened last time, &apos;{path}&apos;, is not there any more (moved, renamed, or on a drive that is not connected). Open it where it is now, or create a new file.</source>
        <translation>Het bestand dat de vorige keer open was, &apos;{path}&apos;, is er niet meer (verplaatst, hernoemd, of op een schijf die niet is aangesloten). Open het waar het nu staat, of maak een nieuw bestand.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/startup_problem.py" line="95"/>
        <source>Open another database file, create a new one, or quit the app.</source>
        <translation>Open een ander databasebestand, maak een nieuw, of sluit de app af.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/startup_problem.py" line="100"/>
        <source>&amp;Open another file…</source>
        <translation>Ander bestand &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/startup_problem.py" line="104"/>
        <source>Create a &amp;new file…</source>
        <translation>&amp;Nieuw bestand maken…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/startup_problem.py" line="108"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/filter_bar.py" line="41"/>
        <source>Find actions</source>
        <translation>Acties zoeken</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/filter_bar.py" line="42"/>
        <source>Find actions (title, owner, partners, notes…)</source>
        <translation>Acties zoeken (titel, verantwoordelijke, partners, notities…)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/filter_bar.py" line="46"/>
        <source>Dimension filter</source>
        <translation>Filter op dimensie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/filter_bar.py" line="47"/>
        <source>All dimensions</source>
        <translation>Alle dimensies</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/filter_bar.py" line="55"/>
        <source>Status filter</source>
        <translation>Filter op status</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/filter_bar.py" line="56"/>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/filter_bar.py" line="60"/>
        <source>Phase filter</source>
        <translation>Filter op fase</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/filter_bar.py" line="61"/>
        <source>All phases</source>
        <translation>Alle fasen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/filter_bar.py" line="64"/>
        <source>Responsible filter</source>
        <translation>Filter op verantwoordelijke</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/filter_bar.py" line="64"/>
        <source>Anyone responsible</source>
        <translation>Alle verantwoordelijken</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/filter_bar.py" line="69"/>
        <source>&amp;Overdue only</source>
        <translation>Alleen te &amp;laat</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/filter_bar.py" line="71"/>
        <source>Actions past their end date, or with a milestone past its date, not done</source>
        <translation>Niet afgeronde acties voorbij hun einddatum of met een mijlpaal voorbij de datum</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/filter_bar.py" line="73"/>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/filter_bar.py" line="75"/>
        <source>Actions shown</source>
        <translation>Getoonde acties</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/filter_bar.py" line="131"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n actie</numerusform>
            <numerusform>%n acties</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/filter_bar.py" line="133"/>
        <source>{shown} of {total}</source>
        <translation>{shown} van {total}</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../src/toolbox_desktop/core/formatting.py" line="51"/>
        <source>“{text}” is not a number. Type it like {example}.</source>
        <translation>“{text}” is geen getal. Typ het bijvoorbeeld zo: {example}.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/formatting.py" line="52"/>
        <source>“{text}” is not an amount of money. Type it like {example}.</source>
        <translation>“{text}” is geen geldbedrag. Typ het bijvoorbeeld zo: {example}.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/formatting.py" line="55"/>
        <source>“{text}” could mean {thousands} or {decimal}. Write it unambiguously: {thousands_plain} or {decimal_plain}.</source>
        <translation>“{text}” kan {thousands} of {decimal} betekenen. Schrijf het eenduidig: {thousands_plain} of {decimal_plain}.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/formatting.py" line="60"/>
        <source>“{text}” has more than two decimals: amounts are kept in cents.</source>
        <translation>“{text}” heeft meer dan twee decimalen: bedragen worden in centen bewaard.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/formatting.py" line="63"/>
        <source>“{text}” is implausibly large; check the number of digits.</source>
        <translation>“{text}” is onwaarschijnlijk groot; controleer het aantal cijfers.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/formatting.py" line="67"/>
        <source>“{text}” is in another currency than {currency}, the currency of these amounts. Type it in {currency}, or change the currency first.</source>
        <translation>“{text}” is in een andere valuta dan {currency}, de valuta van deze bedragen. Typ het bedrag in {currency}, of wijzig eerst de valuta.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/formatting.py" line="72"/>
        <source>“{text}” is not a whole number. Type it like {example}.</source>
        <translation>“{text}” is geen geheel getal. Typ het bijvoorbeeld zo: {example}.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/formatting.py" line="75"/>
        <source>“{text}” is not a date. Type it like {example} or {iso}.</source>
        <translation>“{text}” is geen datum. Typ het bijvoorbeeld zo: {example} of {iso}.</translation>
    </message>
</context>
<context>
    <name>GapTableModel</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/gap_model.py" line="69"/>
        <source>Gap {gap} × priority {priority}</source>
        <translation>Kloof {gap} × prioriteit {priority}</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="vanished">Code</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/gap_model.py" line="106"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/gap_model.py" line="107"/>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/gap_model.py" line="108"/>
        <source>Dimension</source>
        <translation>Dimensie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/gap_model.py" line="109"/>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/gap_model.py" line="110"/>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/gap_model.py" line="111"/>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/gap_model.py" line="112"/>
        <source>Weighted gap</source>
        <translation>Gewogen kloof</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/gap_model.py" line="119"/>
        <source>Current level (0–4)</source>
        <translation>Huidig niveau (0–4)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/gap_model.py" line="120"/>
        <source>Target level (0–4)</source>
        <translation>Doelniveau (0–4)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/gap_model.py" line="122"/>
        <source>(Target − current level) × priority (low 1, medium 2, high 3)</source>
        <translation>(Doel − huidig niveau) × prioriteit (laag 1, middel 2, hoog 3)</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_start.py" line="73"/>
        <source>Getting started</source>
        <translation>Aan de slag</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_start.py" line="74"/>
        <source>Getting started in three steps</source>
        <translation>In drie stappen aan de slag</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_start.py" line="75"/>
        <source>Hide these steps</source>
        <translation>Deze stappen verbergen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_start.py" line="76"/>
        <source>Help → Getting started shows them again</source>
        <translation>Help → Aan de slag toont ze opnieuw</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_start.py" line="86"/>
        <source>1. Describe your municipality</source>
        <translation>1. Beschrijf uw gemeente</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_start.py" line="87"/>
        <source>2. Start the first assessment</source>
        <translation>2. Begin de eerste beoordeling</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_start.py" line="88"/>
        <source>3. Plan the first action</source>
        <translation>3. Plan de eerste actie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_start.py" line="97"/>
        <source>✓ {step} (done)</source>
        <translation>✓ {step} (gedaan)</translation>
    </message>
</context>
<context>
    <name>GuideOrigin</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/guide_origin.py" line="29"/>
        <source>Show in the library</source>
        <translation>Tonen in de bibliotheek</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/guide_origin.py" line="30"/>
        <source>Open this quick win in the library</source>
        <translation>Deze snelle maatregel in de bibliotheek openen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/guide_origin.py" line="47"/>
        <source>This action came from a quick win that is no longer in the guide.</source>
        <translation>Deze actie komt van een snelle maatregel die niet meer in de gids staat.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/guide_origin.py" line="52"/>
        <source>From the leaders&apos; guide: {title}</source>
        <translation>Uit de gids voor lokale leiders: {title}</translation>
    </message>
</context>
<context>
    <name>GuidePages</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_pages.py" line="65"/>
        <source>Source:</source>
        <translation>Bron:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_pages.py" line="99"/>
        <source>What the guide holds</source>
        <translation>Wat de gids bevat</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_pages.py" line="176"/>
        <source>Suggested partners</source>
        <translation>Voorgestelde partners</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_pages.py" line="177"/>
        <source>Funding</source>
        <translation>Financiering</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_pages.py" line="191"/>
        <source>Dimensions it serves</source>
        <translation>Dimensies waaraan het bijdraagt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_pages.py" line="217"/>
        <source>{code} (not in the loaded content)</source>
        <translation>{code} (niet in de geladen inhoud)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_pages.py" line="219"/>
        <source>See also</source>
        <translation>Zie ook</translation>
    </message>
</context>
<context>
    <name>GuideTexts</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="120"/>
        <source>Preconditions for successful integration</source>
        <translation>Voorwaarden voor geslaagde integratie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="123"/>
        <source>Quick wins (first 12 months)</source>
        <translation>Snelle maatregelen (eerste 12 maanden)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="124"/>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="148"/>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="151"/>
        <source>Engaging the host population</source>
        <translation>De ontvangende samenleving betrekken</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="125"/>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="152"/>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="153"/>
        <source>Rights and responsibilities</source>
        <translation>Rechten en plichten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="126"/>
        <source>Liberal-democratic principles</source>
        <translation>Liberaal-democratische beginselen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="127"/>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="155"/>
        <source>The Fact Sandwich</source>
        <translation>De Fact Sandwich</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="128"/>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="156"/>
        <source>City examples</source>
        <translation>Voorbeelden uit steden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="136"/>
        <source>Definitions</source>
        <translation>Definities</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="137"/>
        <source>The steps</source>
        <translation>De stappen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="138"/>
        <source>Tips for using it</source>
        <translation>Tips voor het gebruik</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="146"/>
        <source>Precondition</source>
        <translation>Voorwaarde</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="147"/>
        <source>Quick win</source>
        <translation>Snelle maatregel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="154"/>
        <source>Liberal-democratic principle</source>
        <translation>Liberaal-democratisch beginsel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="157"/>
        <source>City example</source>
        <translation>Voorbeeld uit een stad</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="177"/>
        <source>Principle {number}</source>
        <translation>Beginsel {number}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="179"/>
        <source>Example {number}</source>
        <translation>Voorbeeld {number}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="180"/>
        <source>Point {number}</source>
        <translation>Punt {number}</translation>
    </message>
</context>
<context>
    <name>Handouts</name>
    <message>
        <location filename="../../src/toolbox_desktop/reports/handout_parts.py" line="22"/>
        <source>Source: {title} ({source}).</source>
        <translation>Bron: {title} ({source}).</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/handout_parts.py" line="23"/>
        <source>The leaders&apos; guide is not loaded, so this part is missing. Check the content packs with &apos;toolbox-desktop content check&apos;.</source>
        <translation>De gids voor lokale leiders is niet geladen, dus dit deel ontbreekt. Controleer de inhoudspakketten met &apos;toolbox-desktop content check&apos;.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="99"/>
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="265"/>
        <source>Import package</source>
        <translation>Pakket importeren</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="104"/>
        <source>What the import will change</source>
        <translation>Wat de import verandert</translation>
    </message>
    <message>
        <source>&amp;Replace later changes</source>
        <translation type="vanished">Latere wijzigingen &amp;vervangen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="106"/>
        <source>&amp;Replace my later changes</source>
        <translation>Mijn latere wijzigingen &amp;vervangen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="109"/>
        <source>Take the package&apos;s older version also of what was changed on this computer after the package was made. The values it replaces stay in the history.</source>
        <translation>Neem de oudere versie uit het pakket ook over voor wat op deze computer is gewijzigd nadat het pakket is gemaakt. De vervangen waarden blijven bewaard in de geschiedenis.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="116"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="182"/>
        <source>Refused: {reason}</source>
        <translation>Geweigerd: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="195"/>
        <source>%n item(s) already here, unchanged</source>
        <translation>
            <numerusform>%n item is er al, ongewijzigd</numerusform>
            <numerusform>%n items zijn er al, ongewijzigd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="202"/>
        <source>Nothing has been written yet. Press Import to add and change what is listed below; each package is imported completely or not at all.</source>
        <translation>Er is nog niets opgeslagen. Klik op “Importeren” om toe te voegen en te wijzigen wat hieronder staat; elk pakket wordt helemaal of helemaal niet geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="206"/>
        <source>Files marked “Refused” are left out.</source>
        <translation>Bestanden met “Geweigerd” worden overgeslagen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="208"/>
        <source>Nothing can be imported: see the reason below.</source>
        <translation>Er kan niets worden geïmporteerd: zie de reden hieronder.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="211"/>
        <source>Nothing to import: everything that differs was changed on this computer after the package was made.</source>
        <translation>Niets te importeren: alles wat verschilt, is op deze computer gewijzigd nadat het pakket is gemaakt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="218"/>
        <source>This computer&apos;s version is kept for %n item(s) changed here after the package was made. To take the package&apos;s older version instead, choose “Replace my later changes”.</source>
        <translation>
            <numerusform>Voor %n item dat hier is gewijzigd nadat het pakket is gemaakt, blijft de versie van deze computer behouden. Wilt u in plaats daarvan de oudere versie uit het pakket overnemen, kies dan “Mijn latere wijzigingen vervangen”.</numerusform>
            <numerusform>Voor %n items die hier zijn gewijzigd nadat het pakket is gemaakt, blijft de versie van deze computer behouden. Wilt u in plaats daarvan de oudere versie uit het pakket overnemen, kies dan “Mijn latere wijzigingen vervangen”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been written.</source>
        <translation type="vanished">Er is niets opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="215"/>
        <source>Nothing to change: everything in this package is already here.</source>
        <translation>Niets te wijzigen: alles in dit pakket is er al.</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s version is kept for %n item(s) changed here after the package was made. To take the package&apos;s older version instead, choose “Replace later changes”.</source>
        <translation type="vanished">
            <numerusform>Voor %n item dat hier is gewijzigd nadat het pakket is gemaakt, blijft de versie van deze computer behouden. Wilt u in plaats daarvan de oudere versie uit het pakket overnemen, kies dan “Latere wijzigingen vervangen”.</numerusform>
            <numerusform>Voor %n items die hier zijn gewijzigd nadat het pakket is gemaakt, blijft de versie van deze computer behouden. Wilt u in plaats daarvan de oudere versie uit het pakket overnemen, kies dan “Latere wijzigingen vervangen”.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="231"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="247"/>
        <source>{action}: {count} × {item}</source>
        <translation>{action}: {count} × {item}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="266"/>
        <source>Some packages were not imported:</source>
        <translation>Sommige pakketten zijn niet geïmporteerd:</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_chart.py" line="54"/>
        <source>Indicator chart</source>
        <translation>Indicatordiagram</translation>
    </message>
    <message>
        <source>{name}: baseline {baseline}, target {target}, latest {latest} ({count} values)</source>
        <translation type="vanished">{name}: nulmeting {baseline}, streefwaarde {target}, laatste {latest} (aantal waarden: {count})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_chart.py" line="141"/>
        <source>{name}: baseline {baseline}, target {target}, latest {latest} (%n value(s))</source>
        <translation>
            <numerusform>{name}: nulmeting {baseline}, streefwaarde {target}, laatste {latest} (%n waarde)</numerusform>
            <numerusform>{name}: nulmeting {baseline}, streefwaarde {target}, laatste {latest} (%n waarden)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_chart.py" line="169"/>
        <source>Baseline {value}</source>
        <translation>Nulmeting {value}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_chart.py" line="170"/>
        <source>Target {value}</source>
        <translation>Streefwaarde {value}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_chart.py" line="186"/>
        <source>No values measured yet: add the first one below.</source>
        <translation>Nog geen meetwaarden: voeg hieronder de eerste toe.</translation>
    </message>
</context>
<context>
    <name>IndicatorListModel</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_models.py" line="89"/>
        <source>{name} ({unit})</source>
        <translation>{name} ({unit})</translation>
    </message>
</context>
<context>
    <name>IndicatorModels</name>
    <message>
        <source>“{text}” is not a number.</source>
        <translation type="vanished">“{text}” is geen getal.</translation>
    </message>
</context>
<context>
    <name>IndicatorPanel</name>
    <message>
        <source>Indicators of</source>
        <translation type="vanished">Indicatoren voor</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_panel.py" line="64"/>
        <source>Indicators for</source>
        <translation>Indicatoren voor</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_panel.py" line="76"/>
        <source>Indicators</source>
        <translation>Indicatoren</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_panel.py" line="79"/>
        <source>Add indi&amp;cator</source>
        <translation>Indicator toe&amp;voegen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_panel.py" line="80"/>
        <source>Delete indicator</source>
        <translation>Indicator verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_panel.py" line="82"/>
        <source>Indicator name</source>
        <translation>Naam van de indicator</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_panel.py" line="84"/>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_panel.py" line="85"/>
        <source>e.g. participants, %, days</source>
        <translation>bijv. deelnemers, %, dagen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_panel.py" line="87"/>
        <source>Baseline</source>
        <translation>Nulmeting</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_panel.py" line="89"/>
        <source>Target</source>
        <translation>Streefwaarde</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_panel.py" line="96"/>
        <source>Measured values</source>
        <translation>Meetwaarden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_panel.py" line="103"/>
        <source>Add value</source>
        <translation>Waarde toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_panel.py" line="130"/>
        <source>&amp;Indicators for:</source>
        <translation>Indicatoren v&amp;oor:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_panel.py" line="144"/>
        <source>Ba&amp;seline:</source>
        <translation>Nulme&amp;ting:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_panel.py" line="145"/>
        <source>Ta&amp;rget:</source>
        <translation>&amp;Streefwaarde:</translation>
    </message>
    <message>
        <source>Add &amp;value</source>
        <translation type="vanished">Waar&amp;de toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_panel.py" line="104"/>
        <source>Remove value</source>
        <translation>Waarde verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_panel.py" line="108"/>
        <source>No indicator yet. Add one to say how you will know that this works.</source>
        <translation>Nog geen indicator. Voeg er een toe om vast te leggen waaraan u ziet dat dit werkt.</translation>
    </message>
    <message>
        <source>&amp;Indicators of:</source>
        <translation type="vanished">Indicatoren v&amp;oor:</translation>
    </message>
    <message>
        <source>Base&amp;line:</source>
        <translation type="vanished">Nulme&amp;ting:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="vanished">&amp;Streefwaarde:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_panel.py" line="151"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_panel.py" line="152"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Eenheid:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_panel.py" line="176"/>
        <source>This action</source>
        <translation>Deze actie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_panel.py" line="178"/>
        <source>Benchmark {benchmark}</source>
        <translation>Benchmark {benchmark}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_panel.py" line="252"/>
        <source>New indicator</source>
        <translation>Nieuwe indicator</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_panel.py" line="294"/>
        <source>An indicator needs a name.</source>
        <translation>Een indicator heeft een naam nodig.</translation>
    </message>
</context>
<context>
    <name>KindChooser</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/kind_chooser.py" line="36"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/kind_chooser.py" line="75"/>
        <source>There is no assessment yet. Create one in the Self-assessment area; its report can then be saved here.</source>
        <translation>Er is nog geen beoordeling. Maak er een aan in het onderdeel “Zelfevaluatie”; het rapport ervan kunt u dan hier opslaan.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/kind_chooser.py" line="82"/>
        <source>No assessment yet</source>
        <translation>Nog geen beoordeling</translation>
    </message>
</context>
<context>
    <name>LevelChoice</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/level_choice.py" line="28"/>
        <source>Where do we stand?</source>
        <translation>Waar staan we?</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/level_choice.py" line="44"/>
        <source>Does not concern our municipality; left out of the scores.</source>
        <translation>Betreft onze gemeente niet; blijft buiten de scores.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/level_choice.py" line="52"/>
        <source>Decided by another level of government; left out of the scores and marked for advocacy.</source>
        <translation>Wordt door een andere bestuurslaag beslist; blijft buiten de scores en wordt gemarkeerd voor belangenbehartiging.</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/library_page.py" line="61"/>
        <source>Search all content (Ctrl+F)</source>
        <translation>Alle inhoud doorzoeken (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/library_page.py" line="63"/>
        <source>Search all content</source>
        <translation>Alle inhoud doorzoeken</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/library_page.py" line="72"/>
        <source>Dimensions and key benchmarks</source>
        <translation>Dimensies en kernbenchmarks</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/library_page.py" line="181"/>
        <source>How to use the toolbox</source>
        <translation>Zo gebruikt u de toolbox</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/library_page.py" line="192"/>
        <source>Guidance: the leaders&apos; guide and other packs</source>
        <translation>Handreikingen: de gids voor lokale leiders en andere pakketten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/library_page.py" line="84"/>
        <source>&amp;Benchmarks</source>
        <translation>Bench&amp;marks</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/library_page.py" line="85"/>
        <source>&amp;Practices</source>
        <translation>&amp;Praktijkvoorbeelden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/library_page.py" line="86"/>
        <source>How to &amp;use</source>
        <translation>&amp;Uitleg</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/library_page.py" line="87"/>
        <source>Guida&amp;nce</source>
        <translation>Hand&amp;reikingen</translation>
    </message>
    <message>
        <source>Gui&amp;dance</source>
        <translation type="vanished">Hand&amp;reikingen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/library_page.py" line="317"/>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/library_page.py" line="99"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/library_page.py" line="338"/>
        <source>No matches. Try fewer or shorter words.</source>
        <translation>Geen resultaten. Probeer het met minder of kortere woorden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/library/library_page.py" line="340"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n resultaat</numerusform>
            <numerusform>%n resultaten</numerusform>
        </translation>
    </message>
    <message>
        <source>1 match</source>
        <translation type="vanished">1 resultaat</translation>
    </message>
    <message>
        <source>{count} matches</source>
        <translation type="vanished">{count} resultaten</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="81"/>
        <source>{field}: {length} characters, more than the {limit} that fit. Shorten the text.</source>
        <translation>{field}: {length} tekens, meer dan de {limit} die passen. Maak de tekst korter.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="84"/>
        <source>{field}: {count}, more than the {limit} allowed.</source>
        <translation>{field}: {count}, meer dan de toegestane {limit}.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="86"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="87"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="88"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="89"/>
        <source>Staff time</source>
        <translation>Personeelsinzet</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="90"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="91"/>
        <source>Who took part</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="92"/>
        <source>Workshop participants</source>
        <translation>Deelnemers aan de workshop</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="93"/>
        <source>Evidence</source>
        <translation>Onderbouwing</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="94"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="95"/>
        <source>Rated by</source>
        <translation>Ingeschaald door</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="96"/>
        <source>Linked files</source>
        <translation>Gekoppelde bestanden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="97"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="98"/>
        <source>Responsible role</source>
        <translation>Verantwoordelijke rol</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="99"/>
        <source>Responsible person</source>
        <translation>Verantwoordelijke persoon</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="100"/>
        <source>Partner names</source>
        <translation>Namen van partners</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="101"/>
        <source>Budget line</source>
        <translation>Begrotingspost</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="102"/>
        <source>Linked benchmarks</source>
        <translation>Gekoppelde benchmarks</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="103"/>
        <source>Milestones</source>
        <translation>Mijlpalen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="104"/>
        <source>Milestone</source>
        <translation>Mijlpaal</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="105"/>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="106"/>
        <source>Measured values</source>
        <translation>Meetwaarden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="107"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="108"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="109"/>
        <source>Stories</source>
        <translation>Verhalen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="110"/>
        <source>Next year&apos;s focus</source>
        <translation>Speerpunten voor volgend jaar</translation>
    </message>
</context>
<context>
    <name>LinksEditor</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/links_editor.py" line="107"/>
        <source>Linked files</source>
        <translation>Gekoppelde bestanden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/links_editor.py" line="117"/>
        <source>Add lin&amp;k…</source>
        <translation>Koppeling toe&amp;voegen…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/links_editor.py" line="118"/>
        <source>Add a link to a file</source>
        <translation>Een koppeling naar een bestand toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/links_editor.py" line="119"/>
        <source>Remove link</source>
        <translation>Koppeling verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/links_editor.py" line="120"/>
        <source>Open file</source>
        <translation>Bestand openen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/assessment/links_editor.py" line="148"/>
        <source>%n linked file(s) cannot be found: moved, renamed or deleted. Put the file back, or remove the link and add the file where it is now.</source>
        <translation>
            <numerusform>%n gekoppeld bestand is niet te vinden: verplaatst, hernoemd of verwijderd. Zet het bestand terug, of verwijder de koppeling en voeg het bestand opnieuw toe op de plek waar het nu staat.</numerusform>
            <numerusform>%n gekoppelde bestanden zijn niet te vinden: verplaatst, hernoemd of verwijderd. Zet de bestanden terug, of verwijder de koppelingen en voeg de bestanden opnieuw toe op de plek waar ze nu staan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/assessment/links_editor.py" line="192"/>
        <source>%n file(s) not linked: the path is longer than {limit} characters. Move the file to a folder with a shorter path, then link it.</source>
        <translation>
            <numerusform>%n bestand niet gekoppeld: het pad is langer dan {limit} tekens. Verplaats het bestand naar een map met een korter pad en koppel het dan.</numerusform>
            <numerusform>%n bestanden niet gekoppeld: het pad is langer dan {limit} tekens. Verplaats de bestanden naar een map met een korter pad en koppel ze dan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/assessment/links_editor.py" line="202"/>
        <source>%n file(s) not linked: a rating links at most {limit} files. Remove a link you no longer need, then add the file again.</source>
        <translation>
            <numerusform>%n bestand niet gekoppeld: een inschaling koppelt hoogstens {limit} bestanden. Verwijder een koppeling die u niet meer nodig hebt en voeg het bestand dan opnieuw toe.</numerusform>
            <numerusform>%n bestanden niet gekoppeld: een inschaling koppelt hoogstens {limit} bestanden. Verwijder koppelingen die u niet meer nodig hebt en voeg de bestanden dan opnieuw toe.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/links_editor.py" line="172"/>
        <source>Link files to this rating</source>
        <translation>Bestanden aan deze inschaling koppelen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/links_editor.py" line="183"/>
        <source>Not every file was linked</source>
        <translation>Niet alle bestanden zijn gekoppeld</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/links_editor.py" line="220"/>
        <source>File not found</source>
        <translation>Bestand niet gevonden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/links_editor.py" line="222"/>
        <source>{path} is no longer there: it was moved, renamed or deleted. Put the file back, or remove the link and add the file where it is now.</source>
        <translation>{path} is er niet meer: het bestand is verplaatst, hernoemd of verwijderd. Zet het bestand terug, of verwijder de koppeling en voeg het bestand opnieuw toe op de plek waar het nu staat.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/links_editor.py" line="229"/>
        <source>Cannot open the file</source>
        <translation>Kan het bestand niet openen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/links_editor.py" line="231"/>
        <source>No program is set up to open {path}. Open it from your file manager.</source>
        <translation>Er is geen programma ingesteld om {path} te openen. Open het via uw bestandsbeheer.</translation>
    </message>
</context>
<context>
    <name>LinksModel</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/links_editor.py" line="74"/>
        <source>{name} — missing (was in {folder})</source>
        <translation>{name} — ontbreekt (stond in {folder})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/links_editor.py" line="77"/>
        <source>{name} — {folder}</source>
        <translation>{name} — {folder}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/links_editor.py" line="81"/>
        <source>{path} is no longer there: it was moved, renamed or deleted.</source>
        <translation>{path} is er niet meer: het bestand is verplaatst, hernoemd of verwijderd.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="195"/>
        <source>{title} — TRAINING (fictional town)</source>
        <translation>{title} — OEFENING (fictieve gemeente)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="199"/>
        <source>Areas</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="166"/>
        <source>Library</source>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="168"/>
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="172"/>
        <source>Assessment</source>
        <translation>Zelfevaluatie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="169"/>
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="173"/>
        <source>Action plan</source>
        <translation>Actieplan</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="170"/>
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="174"/>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="197"/>
        <source>{title} — portable</source>
        <translation>{title} — draagbaar</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="200"/>
        <source>Training municipality</source>
        <translation>Oefengemeente</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="204"/>
        <source>Training municipality: everything in this window is fictional. Your own work is in your own file.</source>
        <translation>Oefengemeente: alles in dit venster is fictief. Uw eigen werk staat in uw eigen bestand.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="210"/>
        <source>Database: {path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="402"/>
        <source>Arrives in a later version of the app</source>
        <translation>Komt in een latere versie van de app</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="424"/>
        <source>Imported: %n item(s) added or changed.</source>
        <translation>
            <numerusform>Geïmporteerd: %n item toegevoegd of gewijzigd.</numerusform>
            <numerusform>Geïmporteerd: %n items toegevoegd of gewijzigd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="452"/>
        <source>No content loaded</source>
        <translation>Geen inhoud geladen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="454"/>
        <source>Content: {packs}</source>
        <translation>Inhoud: {packs}</translation>
    </message>
    <message>
        <source>Content: {title} {version}</source>
        <translation type="vanished">Inhoud: {title} {version}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="466"/>
        <source>No content could be loaded, so the library is empty.</source>
        <translation>Er kon geen inhoud worden geladen, dus de bibliotheek is leeg.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="468"/>
        <source>The app goes on with the content it loaded before.</source>
        <translation>De app werkt verder met de inhoud die eerder is geladen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="471"/>
        <source>Content pack has errors</source>
        <translation>Inhoudspakket bevat fouten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="473"/>
        <source>A content pack has %n problem(s) and was not loaded.</source>
        <translation>
            <numerusform>Een inhoudspakket heeft %n probleem en is niet geladen.</numerusform>
            <numerusform>Een inhoudspakket heeft %n problemen en is niet geladen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="479"/>
        <source>Fix the files and lines listed under Show Details, then start the app again. &apos;toolbox-desktop content check FOLDER&apos; lists the same problems.</source>
        <translation>Verbeter de bestanden en regels die onder “Details tonen” staan en start de app dan opnieuw. &apos;toolbox-desktop content check MAP&apos; toont dezelfde problemen.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation type="vanished">Over {app}</translation>
    </message>
    <message>
        <source>Assess, plan and print local integration policy for migrants and refugees, offline. Built on the Whole-COMM toolbox.</source>
        <translation type="vanished">Lokaal integratiebeleid voor migranten en vluchtelingen beoordelen, plannen en afdrukken, offline. Gebaseerd op de Whole-COMM-toolbox.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/backups.py" line="43"/>
        <source>The backup was restored into {path} and opened in a new window.</source>
        <translation>De back-up is hersteld in {path} en geopend in een nieuw venster.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/backups.py" line="47"/>
        <source>The backup was restored into {path}. Open that file to see it.</source>
        <translation>De back-up is hersteld in {path}. Open dat bestand om die te bekijken.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/backups.py" line="86"/>
        <source>The data was replaced from a backup in another window. This window shows it now; its Undo steps were cleared.</source>
        <translation>De gegevens zijn in een ander venster vervangen door een back-up. Dit venster toont ze nu; de stappen om ongedaan te maken zijn gewist.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/backups.py" line="104"/>
        <source>The data of {taken} was restored. The data as it was before is kept as a backup: {path}</source>
        <translation>De gegevens van {taken} zijn hersteld. De gegevens van daarvoor zijn als back-up bewaard: {path}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="31"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="34"/>
        <source>Export action plan as &amp;CSV…</source>
        <translation>Actieplan exporteren als &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="38"/>
        <source>Export &amp;deadlines as calendar (.ics)…</source>
        <translation>Deadlines exporteren als &amp;kalender (.ics)…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="55"/>
        <source>&amp;Export package…</source>
        <translation>Pakket &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="58"/>
        <source>An assessment, the plan or everything in one file for another laptop</source>
        <translation>Een beoordeling, het plan of alles in één bestand voor een andere laptop</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="64"/>
        <source>&amp;Import package…</source>
        <translation>Pakket &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="67"/>
        <source>See what a package adds or changes, then import it</source>
        <translation>Zien wat een pakket toevoegt of wijzigt, en het dan importeren</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="231"/>
        <source>Restore from a &amp;backup…</source>
        <translation>&amp;Herstellen uit een back-up…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="234"/>
        <source>Go back to the data as it was on an earlier day</source>
        <translation>Teruggaan naar de gegevens zoals ze op een eerdere dag waren</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="76"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="42"/>
        <source>Import actions from a &amp;spreadsheet…</source>
        <translation>Acties importeren uit een &amp;spreadsheet…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="45"/>
        <source>Add or update actions from an .xlsx or .csv file, one step to undo</source>
        <translation>Acties toevoegen of bijwerken vanuit een .xlsx- of .csv-bestand, in één stap ongedaan te maken</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="87"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/undo_actions.py" line="48"/>
        <source>&amp;Redo {step}</source>
        <translation>O&amp;pnieuw: {step}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/undo_actions.py" line="50"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/undo_actions.py" line="51"/>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Ongedaan maken: {step}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/undo_actions.py" line="47"/>
        <source>&amp;Redo</source>
        <translation>O&amp;pnieuw</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="103"/>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="110"/>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="111"/>
        <source>&amp;Library</source>
        <translation>&amp;Bibliotheek</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="115"/>
        <source>&amp;Assessment</source>
        <translation>&amp;Zelfevaluatie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="120"/>
        <source>Action &amp;plan</source>
        <translation>&amp;Actieplan</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="125"/>
        <source>&amp;Reports</source>
        <translation>&amp;Rapporten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="132"/>
        <source>Pr&amp;esent on a projector</source>
        <translation>&amp;Presenteren met een beamer</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="136"/>
        <source>The assessment shown, full screen, one benchmark at a time</source>
        <translation>De getoonde beoordeling, schermvullend, één benchmark per keer</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="146"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="149"/>
        <source>Content pack &amp;problems…</source>
        <translation>&amp;Problemen met inhoudspakketten…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="155"/>
        <source>How &amp;scores are computed</source>
        <translation>Zo worden scores &amp;berekend</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="160"/>
        <source>Open the &amp;training municipality…</source>
        <translation>Oefen&amp;gemeente openen…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="163"/>
        <source>A fictional town to explore every screen, in a window and file of its own</source>
        <translation>Een fictieve gemeente om alle schermen te verkennen, in een eigen venster en een eigen bestand</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="172"/>
        <source>&amp;About {app}</source>
        <translation>&amp;Over {app}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="181"/>
        <source>&amp;New file…</source>
        <translation>&amp;Nieuw bestand…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="183"/>
        <source>Start a new, empty database file and open it</source>
        <translation>Een nieuw, leeg databasebestand maken en openen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="187"/>
        <source>New &amp;action</source>
        <translation>Nieuwe ac&amp;tie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="191"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="194"/>
        <source>Open another toolbox database file</source>
        <translation>Een ander databasebestand van de toolbox openen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="200"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="206"/>
        <source>Open re&amp;gion file…</source>
        <translation>Re&amp;giobestand openen…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="209"/>
        <source>See where the towns of a region stand, and yours among them (read-only, in a window of its own)</source>
        <translation>Zien waar de gemeenten van een regio staan, en de uwe daartussen (alleen lezen, in een eigen venster)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="219"/>
        <source>Save a cop&amp;y…</source>
        <translation>Een ko&amp;pie opslaan…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="223"/>
        <source>All the data of this file, as it is now, in a new file of your choice</source>
        <translation>Alle gegevens van dit bestand, zoals ze nu zijn, in een nieuw bestand naar keuze</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="245"/>
        <source>&amp;Language</source>
        <translation>T&amp;aal</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="264"/>
        <source>Help for this a&amp;rea</source>
        <translation>&amp;Help bij dit onderdeel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="272"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="276"/>
        <source>&amp;Getting started</source>
        <translation>&amp;Aan de slag</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/closing.py" line="22"/>
        <source>Assessment: a rating&apos;s evidence, notes or rater</source>
        <translation>Zelfevaluatie: onderbouwing, notities of “ingeschaald door” van een inschaling</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/closing.py" line="28"/>
        <source>Workshop: the agreed note</source>
        <translation>Workshop: de notitie bij de afspraak</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/closing.py" line="32"/>
        <source>Action plan: “{title}”</source>
        <translation>Actieplan: “{title}”</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/closing.py" line="38"/>
        <source>Action plan: an indicator&apos;s name, unit or values</source>
        <translation>Actieplan: naam, eenheid of waarden van een indicator</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/closing.py" line="45"/>
        <source>Reports: the annual report texts</source>
        <translation>Rapporten: de teksten van het jaarverslag</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/closing.py" line="48"/>
        <source>Reports: a fact sandwich</source>
        <translation>Rapporten: een fact sandwich</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/closing.py" line="70"/>
        <source>Text not saved yet</source>
        <translation>Tekst nog niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/closing.py" line="57"/>
        <source>Some of what you typed could not be stored yet. It is still shown with the note &quot;not saved yet&quot;. Close anyway and lose it?</source>
        <translation>Een deel van wat u hebt getypt, kon nog niet worden opgeslagen. Het staat er nog met de melding &quot;nog niet opgeslagen&quot;. Toch sluiten en het kwijtraken?</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/packages.py" line="43"/>
        <source>Package saved: {path}</source>
        <translation>Pakket opgeslagen: {path}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/packages.py" line="55"/>
        <source>Ratings saved: {path}</source>
        <translation>Inschalingen opgeslagen: {path}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/exchange.py" line="251"/>
        <location filename="../../src/toolbox_desktop/ui/window/packages.py" line="88"/>
        <source>Other dimensions</source>
        <translation>Andere dimensies</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/packages.py" line="118"/>
        <source>Create an assessment first: there is nothing to present yet.</source>
        <translation>Maak eerst een beoordeling aan: er is nog niets om te presenteren.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/language.py" line="195"/>
        <source>Some of what you typed could not be stored yet. It is still shown with the note &quot;not saved yet&quot;. Switch the language anyway and lose it?</source>
        <translation>Een deel van wat u hebt getypt, kon nog niet worden opgeslagen. Het staat er nog met de melding &quot;nog niet opgeslagen&quot;. Toch van taal wisselen en het kwijtraken?</translation>
    </message>
</context>
<context>
    <name>MeasurementModel</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_models.py" line="158"/>
        <source>A measured value needs the date it was measured.</source>
        <translation>Een meetwaarde heeft de datum van de meting nodig.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_models.py" line="171"/>
        <source>Type the value that was measured.</source>
        <translation>Typ de gemeten waarde.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_models.py" line="186"/>
        <source>Measured on</source>
        <translation>Gemeten op</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_models.py" line="186"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_models.py" line="186"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>MilestoneModel</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/milestones.py" line="81"/>
        <location filename="../../src/toolbox_desktop/ui/plan/milestones.py" line="146"/>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/milestones.py" line="81"/>
        <source>Not done</source>
        <translation>Niet afgerond</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/milestones.py" line="90"/>
        <source>Overdue: due on {date} and not done.</source>
        <translation>Te laat: moest op {date} klaar zijn en is niet afgerond.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/milestones.py" line="105"/>
        <source>A milestone needs a title.</source>
        <translation>Een mijlpaal heeft een titel nodig.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/milestones.py" line="146"/>
        <source>Milestone</source>
        <translation>Mijlpaal</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/milestones.py" line="146"/>
        <source>Due</source>
        <translation>Uiterlijk op</translation>
    </message>
</context>
<context>
    <name>MilestonesEditor</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/milestones.py" line="158"/>
        <source>Milestones</source>
        <translation>Mijlpalen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/milestones.py" line="174"/>
        <source>Add m&amp;ilestone</source>
        <translation>Mijlpaal &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/milestones.py" line="175"/>
        <source>&amp;Remove milestone</source>
        <translation>Mijlpaal &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/milestones.py" line="195"/>
        <source>An action has at most {count} milestones.</source>
        <translation>Een actie heeft hoogstens {count} mijlpalen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/milestones.py" line="200"/>
        <source>New milestone</source>
        <translation>Nieuwe mijlpaal</translation>
    </message>
</context>
<context>
    <name>MoneyField</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/fields.py" line="129"/>
        <source>none yet, e.g. {amount}</source>
        <translation>nog geen, bijv. {amount}</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <location filename="../../src/toolbox_desktop/core/next_steps.py" line="45"/>
        <source>Whole-COMM practice</source>
        <translation>Whole-COMM-praktijkvoorbeeld</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/next_steps.py" line="46"/>
        <source>Quick win</source>
        <translation>Snelle maatregel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/next_steps.py" line="47"/>
        <source>City example</source>
        <translation>Voorbeeld uit een stad</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/next_steps.py" line="48"/>
        <source>Engagement point</source>
        <translation>De ontvangende samenleving betrekken</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/next_steps.py" line="49"/>
        <source>Engaging the host population</source>
        <translation>De ontvangende samenleving betrekken</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/next_steps.py" line="50"/>
        <source>City examples</source>
        <translation>Voorbeelden uit steden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/next_steps.py" line="51"/>
        <source>Precondition</source>
        <translation>Voorwaarde</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/next_steps.py" line="52"/>
        <source>Principle</source>
        <translation>Beginsel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/next_steps.py" line="53"/>
        <source>Rights and responsibilities</source>
        <translation>Rechten en plichten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/next_steps.py" line="54"/>
        <source>Right or responsibility</source>
        <translation>Recht of plicht</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/next_steps.py" line="55"/>
        <source>Fact Sandwich</source>
        <translation>Fact Sandwich</translation>
    </message>
</context>
<context>
    <name>NextStepsSection</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/next_steps_section.py" line="37"/>
        <source>What other towns did and which quick wins fit this benchmark</source>
        <translation>Wat andere gemeenten deden en welke snelle maatregelen bij deze benchmark passen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/next_steps_section.py" line="71"/>
        <source>Next steps ({count})</source>
        <translation>Volgende stappen ({count})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/next_steps_section.py" line="73"/>
        <source>Next steps (none in the packs)</source>
        <translation>Volgende stappen (geen in de pakketten)</translation>
    </message>
    <message>
        <source>Next steps for this benchmark ({count})</source>
        <translation type="vanished">Volgende stappen voor deze benchmark ({count})</translation>
    </message>
    <message>
        <source>Next steps for this benchmark (none in the packs)</source>
        <translation type="vanished">Volgende stappen voor deze benchmark (geen in de pakketten)</translation>
    </message>
</context>
<context>
    <name>NextStepsView</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/next_steps_view.py" line="41"/>
        <source>Next steps</source>
        <translation>Volgende stappen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/next_steps_view.py" line="59"/>
        <source>Click a title to open it in the library.</source>
        <translation>Klik op een titel om die in de bibliotheek te openen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/next_steps_view.py" line="64"/>
        <source>Nothing in the packs fits yet.</source>
        <translation>Nog niets uit de pakketten past.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/next_steps_view.py" line="67"/>
        <source>The content packs hold no suggestions for this benchmark.</source>
        <translation>De inhoudspakketten bevatten geen suggesties voor deze benchmark.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/next_steps_view.py" line="76"/>
        <source>For the whole dimension: {dimension}</source>
        <translation>Voor de hele dimensie: {dimension}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/next_steps_view.py" line="92"/>
        <source>Add to plan</source>
        <translation>Aan plan toevoegen</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/notice_banner.py" line="50"/>
        <location filename="../../src/toolbox_desktop/ui/common/notice_banner.py" line="51"/>
        <source>Close the notice</source>
        <translation>Melding sluiten</translation>
    </message>
</context>
<context>
    <name>OwnerEditor</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/delegates.py" line="32"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/delegates.py" line="33"/>
        <source>Responsible role</source>
        <translation>Verantwoordelijke rol</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/delegates.py" line="35"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/delegates.py" line="36"/>
        <source>Responsible person</source>
        <translation>Verantwoordelijke persoon</translation>
    </message>
</context>
<context>
    <name>PackProblem</name>
    <message>
        <location filename="../../src/toolbox_desktop/core/records.py" line="16"/>
        <source>this line is neither &apos;field: value&apos;, an indented continuation, a comment nor blank</source>
        <translation>deze regel is geen &apos;veld: waarde&apos;, geen ingesprongen vervolgregel, geen commentaar en niet leeg</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/records.py" line="20"/>
        <source>an indented continuation line must follow a &apos;field: value&apos; line</source>
        <translation>een ingesprongen vervolgregel moet volgen op een regel &apos;veld: waarde&apos;</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/records.py" line="23"/>
        <source>field &apos;{field}&apos; appears twice in this record (first on line {first})</source>
        <translation>het veld &apos;{field}&apos; komt twee keer voor in dit record (eerst op regel {first})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="15"/>
        <source>&apos;{path}&apos; is not a folder</source>
        <translation>&apos;{path}&apos; is geen map</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="16"/>
        <source>no content pack (a folder with a manifest.txt) was found in &apos;{path}&apos;</source>
        <translation>in &apos;{path}&apos; is geen inhoudspakket (een map met een manifest.txt) gevonden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="19"/>
        <source>required file is missing</source>
        <translation>een verplicht bestand ontbreekt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="20"/>
        <source>the file cannot be read: {reason}</source>
        <translation>het bestand kan niet worden gelezen: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="21"/>
        <source>the file is not UTF-8 text (bad byte at position {offset})</source>
        <translation>het bestand is geen UTF-8-tekst (ongeldige byte op positie {offset})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="24"/>
        <source>the manifest must hold exactly one record, found {count}</source>
        <translation>het manifest moet precies één record bevatten, gevonden: {count}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="27"/>
        <source>the file holds no records</source>
        <translation>het bestand bevat geen records</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="28"/>
        <source>required field &apos;{field}&apos; is missing</source>
        <translation>het verplichte veld &apos;{field}&apos; ontbreekt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="29"/>
        <source>field &apos;{field}&apos; is empty</source>
        <translation>het veld &apos;{field}&apos; is leeg</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="30"/>
        <source>unknown field &apos;{field}&apos; (allowed: {allowed})</source>
        <translation>onbekend veld &apos;{field}&apos; (toegestaan: {allowed})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="31"/>
        <source>code &apos;{code}&apos; does not follow the pattern {pattern}</source>
        <translation>de code &apos;{code}&apos; volgt het patroon {pattern} niet</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="34"/>
        <source>code &apos;{code}&apos; must start with its {parent_field} &apos;{parent}&apos;</source>
        <translation>de code &apos;{code}&apos; moet beginnen met de waarde van {parent_field} (&apos;{parent}&apos;)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="37"/>
        <source>code &apos;{code}&apos; is already used in {other_file} line {other_line}</source>
        <translation>de code &apos;{code}&apos; wordt al gebruikt in {other_file}, regel {other_line}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="40"/>
        <source>unknown {field} &apos;{value}&apos;</source>
        <translation>onbekende waarde &apos;{value}&apos; in het veld {field}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="41"/>
        <source>unknown {field} &apos;{value}&apos; (allowed: {allowed})</source>
        <translation>onbekende waarde &apos;{value}&apos; in het veld {field} (toegestaan: {allowed})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="44"/>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>&apos;{value}&apos; is geen geheel getal</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="45"/>
        <source>unknown tag &apos;{tag}&apos; (allowed: {allowed})</source>
        <translation>onbekende tag &apos;{tag}&apos; (toegestaan: {allowed})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="46"/>
        <source>is {length} characters long; at most {limit} are allowed</source>
        <translation>is {length} tekens lang; hoogstens {limit} zijn toegestaan</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="51"/>
        <source>required field &apos;role&apos; is missing: write &apos;role: benchmark&apos; for the pack assessments score against, or &apos;role: guidance&apos; for actions, examples and handouts</source>
        <translation>het verplichte veld &apos;role&apos; ontbreekt: schrijf &apos;role: benchmark&apos; voor het pakket waaraan beoordelingen worden gemeten, of &apos;role: guidance&apos; voor acties, voorbeelden en hand-outs</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="56"/>
        <source>unknown role &apos;{role}&apos; (allowed: {allowed})</source>
        <translation>onbekende rol &apos;{role}&apos; (toegestaan: {allowed})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="57"/>
        <source>a {role} pack may not hold this file (it may hold: {allowed})</source>
        <translation>een pakket met de rol &apos;{role}&apos; mag dit bestand niet bevatten (toegestaan: {allowed})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="61"/>
        <source>a guidance pack must hold at least one of: {allowed}</source>
        <translation>een pakket met de rol &apos;guidance&apos; moet minstens een van deze bestanden bevatten: {allowed}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="64"/>
        <source>field &apos;{field}&apos; is only for guidance packs</source>
        <translation>het veld &apos;{field}&apos; is er alleen voor pakketten met de rol &apos;guidance&apos;</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="65"/>
        <source>no benchmark pack with id &apos;{pack}&apos; was found beside this pack, in &apos;{path}&apos;</source>
        <translation>naast dit pakket, in &apos;{path}&apos;, is geen benchmarkpakket met id &apos;{pack}&apos; gevonden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="68"/>
        <source>only one benchmark pack can be in use, but &apos;{first}&apos; and &apos;{second}&apos; both say &apos;role: benchmark&apos;</source>
        <translation>er kan maar één benchmarkpakket in gebruik zijn, maar &apos;{first}&apos; en &apos;{second}&apos; hebben allebei &apos;role: benchmark&apos;</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="73"/>
        <source>the pack in &apos;{other}&apos; has the same id &apos;{id}&apos;: every pack needs an id of its own, and packs that share one are not loaded</source>
        <translation>het pakket in &apos;{other}&apos; heeft dezelfde id &apos;{id}&apos;: elk pakket heeft een eigen id nodig, en pakketten die een id delen worden niet geladen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="78"/>
        <source>the loaded pack with id &apos;{id}&apos; is a {stored} pack and cannot be replaced by a {role} pack: give this pack an id of its own</source>
        <translation>het geladen pakket met id &apos;{id}&apos; heeft de rol &apos;{stored}&apos; en kan niet worden vervangen door een pakket met de rol &apos;{role}&apos;: geef dit pakket een eigen id</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="83"/>
        <source>&apos;{language}&apos; is not a language code such as &apos;en&apos;, &apos;de&apos; or &apos;nl&apos;</source>
        <translation>&apos;{language}&apos; is geen taalcode zoals &apos;en&apos;, &apos;de&apos; of &apos;nl&apos;</translation>
    </message>
    <message>
        <source>language &apos;{language}&apos; must be the name of its folder, &apos;{folder}&apos;</source>
        <translation type="vanished">de taal &apos;{language}&apos; moet de naam van haar map zijn, &apos;{folder}&apos;</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="88"/>
        <source>&apos;{language}&apos; is the pack&apos;s base language, whose files are in the pack folder itself</source>
        <translation>&apos;{language}&apos; is de basistaal van het pakket; de bestanden daarvan staan in de pakketmap zelf</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="92"/>
        <source>the pack&apos;s base language has no {name}, so a translation may not have one</source>
        <translation>de basistaal van het pakket heeft geen {name}, dus een vertaling mag er ook geen hebben</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="95"/>
        <source>code &apos;{code}&apos; ({base_file} line {base_line}) is missing from this translation</source>
        <translation>de code &apos;{code}&apos; ({base_file}, regel {base_line}) ontbreekt in deze vertaling</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="99"/>
        <source>code &apos;{code}&apos; is not in the pack&apos;s base language ({base_file})</source>
        <translation>de code &apos;{code}&apos; bestaat niet in de basistaal van het pakket ({base_file})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="102"/>
        <source>&apos;{value}&apos; differs from &apos;{base_value}&apos; in {base_file} line {base_line}: a translation changes only texts</source>
        <translation>&apos;{value}&apos; wijkt af van &apos;{base_value}&apos; in {base_file}, regel {base_line}: een vertaling verandert alleen teksten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/guide_checks.py" line="20"/>
        <source>give either &apos;suggest&apos; with &apos;why&apos;, or &apos;none&apos; with the reason</source>
        <translation>geef ofwel &apos;suggest&apos; met &apos;why&apos;, ofwel &apos;none&apos; met de reden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/guide_checks.py" line="23"/>
        <source>&apos;why&apos; must give one line per suggested code, in the same order, as &apos;&lt;code&gt;: &lt;reason&gt;&apos; separated by a line holding only &apos;.&apos; (expected {expected}, found {found})</source>
        <translation>&apos;why&apos; moet per voorgestelde code één regel geven, in dezelfde volgorde, als &apos;&lt;code&gt;: &lt;reason&gt;&apos;, gescheiden door een regel met alleen &apos;.&apos; (verwacht {expected}, gevonden {found})</translation>
    </message>
</context>
<context>
    <name>Package</name>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="15"/>
        <source>&apos;{path}&apos; is not a file. Choose the package file (its name ends in .toolbox).</source>
        <translation>&apos;{path}&apos; is geen bestand. Kies het pakketbestand (de naam eindigt op .toolbox).</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="18"/>
        <source>&apos;{path}&apos; could not be read: {detail}. Nothing was imported. Check that the USB stick is still plugged in, or copy the file to your computer and import the copy.</source>
        <translation>&apos;{path}&apos; kon niet worden gelezen: {detail}. Er is niets geïmporteerd. Controleer of de USB-stick nog in de computer zit, of kopieer het bestand naar uw computer en importeer de kopie.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="23"/>
        <source>&apos;{path}&apos; is larger than any package can be ({limit} MB), so it is not a Local Integration Toolbox package. Nothing was imported. Choose the .toolbox file you were sent.</source>
        <translation>&apos;{path}&apos; is groter dan een pakket kan zijn ({limit} MB), dus het is geen pakket van de Local Integration Toolbox. Er is niets geïmporteerd. Kies het .toolbox-bestand dat u is toegestuurd.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="28"/>
        <source>&apos;{path}&apos; is not a Local Integration Toolbox package. Nothing was imported. Choose the .toolbox file you were sent; if it is that file, ask the sender to export it again.</source>
        <translation>&apos;{path}&apos; is geen pakket van de Local Integration Toolbox. Er is niets geïmporteerd. Kies het .toolbox-bestand dat u is toegestuurd; is het dat bestand, vraag de afzender dan om het opnieuw te exporteren.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="33"/>
        <source>&apos;{path}&apos; is damaged ({detail}). Nothing was imported. Copy it from the USB stick again, or ask the sender to export it again.</source>
        <translation>&apos;{path}&apos; is beschadigd ({detail}). Er is niets geïmporteerd. Kopieer het opnieuw van de USB-stick, of vraag de afzender om het opnieuw te exporteren.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="38"/>
        <source>&apos;{path}&apos; holds more files than a package ever does (at most {limit}). Nothing was imported. It was not made by Local Integration Toolbox; ask the sender to export again.</source>
        <translation>&apos;{path}&apos; bevat meer bestanden dan een pakket ooit bevat (hoogstens {limit}). Er is niets geïmporteerd. Het is niet gemaakt met de Local Integration Toolbox; vraag de afzender om opnieuw te exporteren.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="43"/>
        <source>&apos;{path}&apos; holds a file named &apos;{name}&apos;, which points outside the package. Nothing was imported. The file was not made by Local Integration Toolbox: do not use it.</source>
        <translation>&apos;{path}&apos; bevat een bestand met de naam &apos;{name}&apos;, dat naar een plek buiten het pakket verwijst. Er is niets geïmporteerd. Het bestand is niet gemaakt met de Local Integration Toolbox: gebruik het niet.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="48"/>
        <source>&apos;{path}&apos; holds a file &apos;{name}&apos; that a package never holds. Nothing was imported. It was not made by Local Integration Toolbox, or was changed; ask the sender to export again.</source>
        <translation>&apos;{path}&apos; bevat een bestand &apos;{name}&apos; dat nooit in een pakket staat. Er is niets geïmporteerd. Het is niet gemaakt met de Local Integration Toolbox, of het is gewijzigd; vraag de afzender om opnieuw te exporteren.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="53"/>
        <source>&apos;{path}&apos; holds the file &apos;{name}&apos; twice. Nothing was imported. Ask the sender to export the package again.</source>
        <translation>&apos;{path}&apos; bevat het bestand &apos;{name}&apos; twee keer. Er is niets geïmporteerd. Vraag de afzender om het pakket opnieuw te exporteren.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="58"/>
        <source>&apos;{name}&apos; in the package is larger than {limit} MB once unpacked, far more than any real package. Nothing was imported. The file is damaged or was not made by Local Integration Toolbox.</source>
        <translation>&apos;{name}&apos; in het pakket is uitgepakt groter dan {limit} MB, veel meer dan een echt pakket. Er is niets geïmporteerd. Het bestand is beschadigd of niet gemaakt met de Local Integration Toolbox.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="64"/>
        <source>&apos;{path}&apos; unpacks to more than {limit} MB, far more than any real package. Nothing was imported. The file is damaged or was not made by Local Integration Toolbox.</source>
        <translation>&apos;{path}&apos; is uitgepakt groter dan {limit} MB, veel meer dan een echt pakket. Er is niets geïmporteerd. Het bestand is beschadigd of niet gemaakt met de Local Integration Toolbox.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="70"/>
        <source>&apos;{path}&apos; has no manifest.json, so it is not a Local Integration Toolbox package. Nothing was imported. Choose the .toolbox file you were sent.</source>
        <translation>&apos;{path}&apos; heeft geen manifest.json, dus het is geen pakket van de Local Integration Toolbox. Er is niets geïmporteerd. Kies het .toolbox-bestand dat u is toegestuurd.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="75"/>
        <source>&apos;{path}&apos; is a zip file but not a Local Integration Toolbox package ({detail}). Nothing was imported. Choose the .toolbox file you were sent.</source>
        <translation>&apos;{path}&apos; is een zipbestand, maar geen pakket van de Local Integration Toolbox ({detail}). Er is niets geïmporteerd. Kies het .toolbox-bestand dat u is toegestuurd.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="80"/>
        <source>&apos;{path}&apos; was made by a newer version of the app (package format {version}; this version reads format {supported}). Nothing was imported. Update the app, then import the file again.</source>
        <translation>&apos;{path}&apos; is gemaakt met een nieuwere versie van de app (pakketformaat {version}; deze versie leest formaat {supported}). Er is niets geïmporteerd. Werk de app bij en importeer het bestand dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="86"/>
        <source>The contents of &apos;{path}&apos; do not match its manifest ({detail}). Nothing was imported. The file was damaged or changed; ask the sender to export it again.</source>
        <translation>De inhoud van &apos;{path}&apos; klopt niet met het manifest ({detail}). Er is niets geïmporteerd. Het bestand is beschadigd of gewijzigd; vraag de afzender om het opnieuw te exporteren.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="91"/>
        <source>&apos;{name}&apos; in the package does not match its checksum: it was damaged or changed after it was exported. Nothing was imported. Copy the file again, or ask the sender to export it again.</source>
        <translation>&apos;{name}&apos; in het pakket klopt niet met de controlesom: het is na het exporteren beschadigd of gewijzigd. Er is niets geïmporteerd. Kopieer het bestand opnieuw, of vraag de afzender om het opnieuw te exporteren.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="98"/>
        <source>&apos;{name}&apos; in the package cannot be read ({detail}). Nothing was imported. Ask the sender to export the package again.</source>
        <translation>&apos;{name}&apos; in het pakket kan niet worden gelezen ({detail}). Er is niets geïmporteerd. Vraag de afzender om het pakket opnieuw te exporteren.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="103"/>
        <source>&apos;{name}&apos; in the package has a value the app cannot take at {where}: {detail}. Nothing was imported. Ask the sender to export the package again with the current version of the app.</source>
        <translation>&apos;{name}&apos; in het pakket heeft bij {where} een waarde die de app niet kan overnemen: {detail}. Er is niets geïmporteerd. Vraag de afzender om het pakket opnieuw te exporteren met de huidige versie van de app.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="109"/>
        <source>&apos;{name}&apos; in the package holds more than the app can store at {where}: {detail}. Nothing was imported. Ask the sender to shorten it and export the package again with the current version of the app.</source>
        <translation>&apos;{name}&apos; in het pakket bevat bij {where} meer dan de app kan opslaan: {detail}. Er is niets geïmporteerd. Vraag de afzender om de tekst in te korten en het pakket opnieuw te exporteren met de huidige versie van de app.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="115"/>
        <source>&apos;{name}&apos; in the package refers to the benchmark &apos;{code}&apos;, which is not in this app&apos;s toolbox content. Nothing was imported. Update the app to the sender&apos;s version, then import the file again.</source>
        <translation>&apos;{name}&apos; in het pakket verwijst naar de benchmark &apos;{code}&apos;, die niet in de toolboxinhoud van deze app staat. Er is niets geïmporteerd. Werk de app bij tot de versie van de afzender en importeer het bestand dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="121"/>
        <source>&apos;{name}&apos; in the package lists the {what} &apos;{value}&apos; twice. Nothing was imported. Ask the sender to export the package again.</source>
        <translation>&apos;{name}&apos; in het pakket vermeldt &apos;{value}&apos; ({what}) twee keer. Er is niets geïmporteerd. Vraag de afzender om het pakket opnieuw te exporteren.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="127"/>
        <source>The package&apos;s {what} &apos;{label}&apos; has the identifier of a different item on this computer. Nothing was imported. Ask the sender to export the package again.</source>
        <translation>&apos;{label}&apos; ({what}) in het pakket heeft dezelfde identificatie als een ander item op deze computer. Er is niets geïmporteerd. Vraag de afzender om het pakket opnieuw te exporteren.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="132"/>
        <source>This participant file belongs to another assessment (&apos;{title}&apos;), which is not on this computer. Nothing was imported. Import it on the computer that holds the workshop&apos;s assessment, or import that assessment here first.</source>
        <translation>Dit deelnemersbestand hoort bij een andere beoordeling (&apos;{title}&apos;), die niet op deze computer staat. Er is niets geïmporteerd. Importeer het op de computer met de beoordeling van de workshop, of importeer die beoordeling eerst hier.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="138"/>
        <source>The ratings in this participant file were already collected for &apos;{title}&apos;. Nothing was imported.</source>
        <translation>De inschalingen in dit deelnemersbestand zijn al verzameld voor &apos;{title}&apos;. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="143"/>
        <source>The ratings of &apos;{name}&apos; were already collected for &apos;{title}&apos;. Nothing was imported. If this is a different person, ask them to export their ratings again under another name (for example with their initials).</source>
        <translation>De inschalingen van &apos;{name}&apos; zijn al verzameld voor &apos;{title}&apos;. Er is niets geïmporteerd. Gaat het om een andere persoon, vraag die dan om de inschalingen opnieuw te exporteren onder een andere naam (bijvoorbeeld met de initialen).</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="149"/>
        <source>&apos;{title}&apos; is final on this computer, so no ratings can be added to it. Nothing was imported. Reopen the assessment, then import the participant file again.</source>
        <translation>&apos;{title}&apos; is op deze computer definitief, dus er kunnen geen inschalingen aan worden toegevoegd. Er is niets geïmporteerd. Heropen de beoordeling en importeer het deelnemersbestand dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="154"/>
        <source>The data on this computer changed after the preview was made (another window or program saved something). Nothing was imported. Look at the preview again, then import.</source>
        <translation>De gegevens op deze computer zijn gewijzigd nadat het voorbeeld is gemaakt (een ander venster of programma heeft iets opgeslagen). Er is niets geïmporteerd. Bekijk het voorbeeld opnieuw en importeer dan.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="159"/>
        <source>The import could not be saved ({detail}). Nothing was changed. Close other windows that use this database and try again.</source>
        <translation>De import kon niet worden opgeslagen ({detail}). Er is niets gewijzigd. Sluit andere vensters die deze database gebruiken en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="164"/>
        <source>The import could not be saved: the disk is full. Nothing was changed. Free some space on it (delete or move files you no longer need), then import again.</source>
        <translation>De import kon niet worden opgeslagen: de schijf is vol. Er is niets gewijzigd. Maak er ruimte op vrij (verwijder of verplaats bestanden die u niet meer nodig hebt) en importeer dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="169"/>
        <source>The package would change the assessment &apos;{title}&apos;, which is final on this computer and so read-only. Nothing was imported. Reopen the assessment, then import the package again.</source>
        <translation>Het pakket zou de beoordeling &apos;{title}&apos; wijzigen, die op deze computer definitief is en dus niet kan worden gewijzigd. Er is niets geïmporteerd. Heropen de beoordeling en importeer het pakket dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="174"/>
        <source>The package&apos;s {what} &apos;{label}&apos; cannot be stored on this computer. {reason} Nothing was imported. Correct it where it was entered (on the sender&apos;s computer, then export the package again, or on this one), then import the package again.</source>
        <translation>&apos;{label}&apos; ({what}) in het pakket kan op deze computer niet worden opgeslagen. {reason} Er is niets geïmporteerd. Verbeter het waar het is ingevoerd (op de computer van de afzender, en exporteer het pakket dan opnieuw, of op deze computer) en importeer het pakket dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="181"/>
        <source>final on this computer, so it is kept as it is. To take the package&apos;s version, reopen it and import the package again.</source>
        <translation>definitief op deze computer, dus die blijft zoals die is. Wilt u de versie uit het pakket overnemen, heropen de beoordeling dan en importeer het pakket opnieuw.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="186"/>
        <source>deleted on this computer while it was final: the import brings it back and reopens it to take the package&apos;s version, its status included. The ratings it had here stay in the rating history.</source>
        <translation>op deze computer verwijderd terwijl die definitief was: de import haalt de beoordeling terug en heropent die om de versie uit het pakket over te nemen, inclusief de status. De inschalingen die ze hier had, blijven in de geschiedenis van de inschalingen bewaard.</translation>
    </message>
    <message>
        <source>changed on this computer on {changed}, after the package was made on {made}: this computer&apos;s version is kept.</source>
        <translation type="vanished">op deze computer gewijzigd op {changed}, nadat het pakket op {made} is gemaakt: de versie van deze computer blijft behouden.</translation>
    </message>
    <message>
        <source>changed on this computer on {changed}, after the package was made on {made}: replaced by the package&apos;s older version, as you chose. The values it replaces stay in the history.</source>
        <translation type="vanished">op deze computer gewijzigd op {changed}, nadat het pakket op {made} is gemaakt: zoals gekozen vervangen door de oudere versie uit het pakket. De vervangen waarden blijven bewaard in de geschiedenis.</translation>
    </message>
    <message>
        <source>changed on this computer after the package was made on {made} (last on {changed}), so kept as it is here: {parts}.</source>
        <translation type="vanished">op deze computer gewijzigd nadat het pakket op {made} is gemaakt (laatst op {changed}), en daarom behouden zoals hier: {parts}.</translation>
    </message>
    <message>
        <source>its title, date, participants and status</source>
        <translation type="vanished">de titel, datum, deelnemers en status</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation type="vanished">
            <numerusform>%n inschaling</numerusform>
            <numerusform>%n inschalingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its title, date, participants and status and %n rating(s)</source>
        <translation type="vanished">
            <numerusform>de titel, datum, deelnemers en status en %n inschaling</numerusform>
            <numerusform>de titel, datum, deelnemers en status en %n inschalingen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="192"/>
        <source>changed on this computer on {changed}, after the package was made on {made}, so kept as it is here</source>
        <translation>op deze computer gewijzigd op {changed}, nadat het pakket op {made} is gemaakt, dus behouden zoals hier</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="197"/>
        <source>changed on this computer on {changed}, after the package was made on {made}: replaced by the package&apos;s older version, as you chose (what it replaces stays in the history)</source>
        <translation>op deze computer gewijzigd op {changed}, nadat het pakket op {made} is gemaakt: zoals gekozen vervangen door de oudere versie uit het pakket (het vervangene blijft bewaard in de geschiedenis)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="202"/>
        <source>deleted on this computer on {changed}, after the package was made on {made}, so it stays deleted</source>
        <translation>op deze computer verwijderd op {changed}, nadat het pakket op {made} is gemaakt, dus het blijft verwijderd</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="207"/>
        <source>deleted on this computer on {changed}, after the package was made on {made}: brought back with the package&apos;s version, as you chose</source>
        <translation>op deze computer verwijderd op {changed}, nadat het pakket op {made} is gemaakt: zoals gekozen teruggehaald met de versie uit het pakket</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="212"/>
        <source>its action was deleted on this computer after the package was made, so it is left as it is here</source>
        <translation>de actie ervan is op deze computer verwijderd nadat het pakket is gemaakt, dus het blijft zoals het hier is</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="217"/>
        <source>The package says it was made on {made}, later than this computer&apos;s clock ({now}). One of the two clocks is wrong, so what was changed here since the package was made cannot be told for sure: check the changes below before you import.</source>
        <translation>Volgens het pakket is het gemaakt op {made}, later dan de klok van deze computer ({now}) aangeeft. Een van de twee klokken loopt verkeerd, dus wat hier is gewijzigd sinds het pakket is gemaakt, is niet zeker te zeggen: controleer de wijzigingen hieronder voordat u importeert.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="223"/>
        <source>The package was made with toolbox content {theirs}; this app has {ours}. Ratings refer to benchmarks by their codes, which stay the same between versions.</source>
        <translation>Het pakket is gemaakt met toolboxinhoud {theirs}; deze app heeft {ours}. Inschalingen verwijzen via codes naar benchmarks, en die codes blijven tussen versies gelijk.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="228"/>
        <source>&apos;{title}&apos; is one of this computer&apos;s own assessments, shared anonymised. It is added to the other municipalities&apos; assessments; your own stays as it is.</source>
        <translation>&apos;{title}&apos; is een van de eigen beoordelingen van deze computer, geanonimiseerd gedeeld. Die wordt toegevoegd aan de beoordelingen van andere gemeenten; uw eigen beoordeling blijft zoals die is.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="238"/>
        <source>expected text</source>
        <translation>tekst verwacht</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="239"/>
        <source>the text is not valid Unicode</source>
        <translation>de tekst is geen geldige Unicode</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="240"/>
        <source>the text is longer than {most} characters (it has {length})</source>
        <translation>de tekst is langer dan {most} tekens (hij heeft er {length})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="243"/>
        <source>the list holds {count} items, more than the {most} allowed</source>
        <translation>de lijst bevat {count} items, meer dan de toegestane {most}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="246"/>
        <source>must not be empty</source>
        <translation>mag niet leeg zijn</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="247"/>
        <source>expected a whole number from {low} to {high}</source>
        <translation>geheel getal van {low} tot {high} verwacht</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="248"/>
        <source>expected a number</source>
        <translation>getal verwacht</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="249"/>
        <source>the number is too large</source>
        <translation>het getal is te groot</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="250"/>
        <source>expected true or false</source>
        <translation>true of false verwacht</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="251"/>
        <source>expected one of {options}</source>
        <translation>een van deze waarden verwacht: {options}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="252"/>
        <source>expected a currency code</source>
        <translation>valutacode verwacht</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="253"/>
        <source>expected an identifier of 32 hexadecimal digits</source>
        <translation>identificatie van 32 hexadecimale cijfers verwacht</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="254"/>
        <source>expected a date written YYYY-MM-DD</source>
        <translation>datum in de vorm JJJJ-MM-DD verwacht</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="255"/>
        <source>expected a year from {low} to {high}</source>
        <translation>jaar van {low} tot {high} verwacht</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="256"/>
        <source>expected a benchmark code</source>
        <translation>benchmarkcode verwacht</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="257"/>
        <source>unknown benchmark &apos;{code}&apos;</source>
        <translation>onbekende benchmark &apos;{code}&apos;</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="258"/>
        <source>{what} &apos;{value}&apos; twice</source>
        <translation>{what} &apos;{value}&apos; twee keer</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="259"/>
        <source>expected a list</source>
        <translation>lijst verwacht</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="260"/>
        <source>expected an object</source>
        <translation>object verwacht</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="261"/>
        <source>unknown field &apos;{field}&apos;</source>
        <translation>onbekend veld &apos;{field}&apos;</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="262"/>
        <source>the field &apos;{field}&apos; is missing</source>
        <translation>het veld &apos;{field}&apos; ontbreekt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="263"/>
        <source>a rating has either a level or an exclusion, not both</source>
        <translation>een inschaling heeft een niveau of een uitsluiting, niet allebei</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="266"/>
        <source>an assessment package holds exactly one assessment</source>
        <translation>een beoordelingspakket bevat precies één beoordeling</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="269"/>
        <source>the indicator&apos;s action is not in the package</source>
        <translation>de actie van de indicator zit niet in het pakket</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="273"/>
        <source>it is encrypted</source>
        <translation>het is versleuteld</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="274"/>
        <source>unknown compression</source>
        <translation>onbekende compressie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="275"/>
        <source>not UTF-8 text</source>
        <translation>geen UTF-8-tekst</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="276"/>
        <source>nested too deeply</source>
        <translation>te diep genest</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="277"/>
        <source>a field appears twice in one object</source>
        <translation>een veld komt twee keer voor in één object</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="278"/>
        <source>{constant} is not a number JSON allows</source>
        <translation>{constant} is geen getal dat JSON toestaat</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="279"/>
        <source>missing: {missing}</source>
        <translation>ontbreekt: {missing}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="280"/>
        <source>not listed: {extra}</source>
        <translation>niet vermeld: {extra}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="281"/>
        <source>missing: {missing}; not listed: {extra}</source>
        <translation>ontbreekt: {missing}; niet vermeld: {extra}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="284"/>
        <source>its manifest does not name the package format</source>
        <translation>het manifest noemt het pakketformaat niet</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="285"/>
        <source>its manifest has no valid format_version</source>
        <translation>het manifest heeft geen geldige format_version</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="286"/>
        <source>unknown manifest field(s): {keys}</source>
        <translation>
            <numerusform>onbekend manifestveld: {keys}</numerusform>
            <numerusform>onbekende manifestvelden: {keys}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="289"/>
        <source>missing manifest field(s): {keys}</source>
        <translation>
            <numerusform>ontbrekend manifestveld: {keys}</numerusform>
            <numerusform>ontbrekende manifestvelden: {keys}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="292"/>
        <source>unknown kind of package &apos;{kind}&apos;</source>
        <translation>onbekende pakketsoort &apos;{kind}&apos;</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="293"/>
        <source>&apos;anonymised&apos; must be true or false</source>
        <translation>&apos;anonymised&apos; moet true of false zijn</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="294"/>
        <source>&apos;created_at&apos; is not a date and time</source>
        <translation>&apos;created_at&apos; is geen datum met tijd</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="295"/>
        <source>&apos;app_version&apos; is not a version</source>
        <translation>&apos;app_version&apos; is geen versie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="296"/>
        <source>&apos;files&apos; must name each data file with its SHA-256 checksum</source>
        <translation>&apos;files&apos; moet elk gegevensbestand noemen met de SHA-256-controlesom</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="299"/>
        <source>unknown data file &apos;{name}&apos;</source>
        <translation>onbekend gegevensbestand &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="300"/>
        <source>&apos;content_pack&apos; must be an object with &apos;id&apos; and &apos;version&apos;</source>
        <translation>&apos;content_pack&apos; moet een object zijn met &apos;id&apos; en &apos;version&apos;</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="303"/>
        <source>a {kind} package cannot be anonymised</source>
        <translation>een pakket van de soort {kind} kan niet geanonimiseerd zijn</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="304"/>
        <source>a {kind} package needs {files}</source>
        <translation>een pakket van de soort {kind} heeft {files} nodig</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="305"/>
        <source>a {kind} package does not hold {files}</source>
        <translation>een pakket van de soort {kind} bevat geen {files}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="307"/>
        <source>the top</source>
        <translation>het hoogste niveau</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="309"/>
        <source>rating of benchmark</source>
        <translation>inschaling van benchmark</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="310"/>
        <source>participant</source>
        <translation>deelnemer</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="311"/>
        <source>participant number</source>
        <translation>deelnemersnummer</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="312"/>
        <source>workshop participant</source>
        <translation>deelnemer aan de workshop</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="313"/>
        <source>assessment</source>
        <translation>beoordeling</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="314"/>
        <source>competence</source>
        <translation>bevoegdheid</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="315"/>
        <source>linked benchmark</source>
        <translation>gekoppelde benchmark</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="316"/>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="317"/>
        <source>action</source>
        <translation>actie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="318"/>
        <source>indicator</source>
        <translation>indicator</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="319"/>
        <source>year</source>
        <translation>jaar</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="320"/>
        <source>municipality profile</source>
        <translation>gemeenteprofiel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="321"/>
        <source>annual report texts</source>
        <translation>teksten van het jaarverslag</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="322"/>
        <source>assessment of another municipality</source>
        <translation>beoordeling van een andere gemeente</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="323"/>
        <source>fact sandwich</source>
        <translation>fact sandwich</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="324"/>
        <source>addressee of dimension</source>
        <translation>geadresseerde van dimensie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="327"/>
        <source>One of its values is not accepted by this version of the app.</source>
        <translation>Een van de waarden wordt door deze versie van de app niet geaccepteerd.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="330"/>
        <source>{first} {then}</source>
        <translation>{first} {then}</translation>
    </message>
</context>
<context>
    <name>PackageChanges</name>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="94"/>
        <source>Municipality profile</source>
        <translation>Gemeenteprofiel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="95"/>
        <source>Assessment</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="96"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="97"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="98"/>
        <source>Annual report texts</source>
        <translation>Teksten van het jaarverslag</translation>
    </message>
    <message>
        <source>Another municipality&apos;s assessment (kept apart, for comparison)</source>
        <translation type="vanished">Beoordeling van een andere gemeente (apart bewaard, om te vergelijken)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="100"/>
        <source>Workshop participant</source>
        <translation>Deelnemer aan de workshop</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="101"/>
        <source>Fact sandwich</source>
        <translation>Fact sandwich</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="102"/>
        <source>Advocacy letter addressee</source>
        <translation>Geadresseerde van de brieven aan bevoegde instanties</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="110"/>
        <source>Kept as it is here</source>
        <translation>Blijft zoals hier</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="105"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="99"/>
        <source>Another municipality&apos;s assessment</source>
        <translation>Beoordeling van een andere gemeente</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="106"/>
        <source>Update</source>
        <translation>Bijwerken</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="107"/>
        <source>Already here</source>
        <translation>Al aanwezig</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="108"/>
        <source>Kept as it is (final)</source>
        <translation>Blijft ongewijzigd (definitief)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="113"/>
        <source>kept apart, for comparison</source>
        <translation>apart bewaard, om te vergelijken</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="114"/>
        <source>anonymous</source>
        <translation>anoniem</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="116"/>
        <source>{action} · {item} for “{dimension}”</source>
        <translation>{action} · {item} voor “{dimension}”</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="115"/>
        <source>{action} · {item} “{label}”</source>
        <translation>{action} · {item} “{label}”</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="117"/>
        <source>changes: {fields}</source>
        <translation>wijzigingen: {fields}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="118"/>
        <source>%n rating(s) added or changed</source>
        <translation>
            <numerusform>%n inschaling toegevoegd of gewijzigd</numerusform>
            <numerusform>%n inschalingen toegevoegd of gewijzigd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="119"/>
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n inschaling</numerusform>
            <numerusform>%n inschalingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackageFields</name>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="37"/>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="38"/>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="39"/>
        <source>who took part</source>
        <translation>deelnemers</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="40"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="41"/>
        <source>workshop</source>
        <translation>workshop</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="42"/>
        <source>ratings</source>
        <translation>inschalingen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="43"/>
        <source>workshop participants</source>
        <translation>deelnemers aan de workshop</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="44"/>
        <source>brought back after deletion</source>
        <translation>teruggehaald na verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="45"/>
        <source>description</source>
        <translation>omschrijving</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="46"/>
        <source>dimension</source>
        <translation>dimensie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="47"/>
        <source>responsible role</source>
        <translation>verantwoordelijke rol</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="48"/>
        <source>responsible person</source>
        <translation>verantwoordelijke persoon</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="49"/>
        <source>partners</source>
        <translation>partners</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="50"/>
        <source>partner names</source>
        <translation>namen van partners</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="51"/>
        <source>start</source>
        <translation>begin</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="52"/>
        <source>end</source>
        <translation>einde</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="53"/>
        <source>phase</source>
        <translation>fase</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="54"/>
        <source>priority</source>
        <translation>prioriteit</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="55"/>
        <source>progress</source>
        <translation>voortgang</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="56"/>
        <source>budget</source>
        <translation>budget</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="57"/>
        <source>spent</source>
        <translation>uitgegeven</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="58"/>
        <source>currency</source>
        <translation>valuta</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="59"/>
        <source>budget line</source>
        <translation>begrotingspost</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="60"/>
        <source>funding source</source>
        <translation>financieringsbron</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="61"/>
        <source>benchmarks</source>
        <translation>benchmarks</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="62"/>
        <source>milestones</source>
        <translation>mijlpalen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="63"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="64"/>
        <source>unit</source>
        <translation>eenheid</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="65"/>
        <source>baseline</source>
        <translation>nulmeting</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="66"/>
        <source>target</source>
        <translation>streefwaarde</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="67"/>
        <source>benchmark</source>
        <translation>benchmark</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="68"/>
        <source>action</source>
        <translation>actie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="69"/>
        <source>measurements</source>
        <translation>meetwaarden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="70"/>
        <source>country</source>
        <translation>land</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="71"/>
        <source>region</source>
        <translation>regio</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="72"/>
        <source>population</source>
        <translation>inwonertal</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="73"/>
        <source>kind of place</source>
        <translation>soort gemeente</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="74"/>
        <source>newcomers</source>
        <translation>nieuwkomers</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="75"/>
        <source>staff time</source>
        <translation>personeelsinzet</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="76"/>
        <source>competences</source>
        <translation>bevoegdheden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="77"/>
        <source>summary</source>
        <translation>samenvatting</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="78"/>
        <source>stories</source>
        <translation>verhalen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="79"/>
        <source>next year&apos;s focus</source>
        <translation>speerpunten voor volgend jaar</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="80"/>
        <source>town id (for regional comparisons)</source>
        <translation>gemeente-ID (voor regionale vergelijkingen)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="81"/>
        <source>topic</source>
        <translation>onderwerp</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="82"/>
        <source>fact</source>
        <translation>feit</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="83"/>
        <source>warning about the myth</source>
        <translation>waarschuwing voor de mythe</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="84"/>
        <source>why the myth is wrong</source>
        <translation>waarom de mythe niet klopt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="85"/>
        <source>the fact again</source>
        <translation>nogmaals het feit</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="86"/>
        <source>level holding the competence</source>
        <translation>bevoegde bestuurslaag</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="87"/>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="88"/>
        <source>signed by</source>
        <translation>ondertekend door</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="89"/>
        <source>role of the signatory</source>
        <translation>functie van de ondertekenaar</translation>
    </message>
</context>
<context>
    <name>Packages</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="142"/>
        <source>Save the package</source>
        <translation>Pakket opslaan</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="144"/>
        <source>Toolbox packages (*.toolbox)</source>
        <translation>Toolbox-pakketten (*.toolbox)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="185"/>
        <source>Export my ratings</source>
        <translation>Mijn inschalingen exporteren</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="186"/>
        <source>Your name, as the facilitator should see it (leave empty to stay anonymous):</source>
        <translation>Uw naam, zoals de begeleider die moet zien (leeg laten om anoniem te blijven):</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="195"/>
        <source>ratings-{name}</source>
        <translation>inschalingen-{name}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="211"/>
        <source>the assessment was deleted meanwhile (perhaps in another window)</source>
        <translation>de beoordeling is intussen verwijderd (misschien in een ander venster)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="216"/>
        <source>The package was not saved</source>
        <translation>Het pakket is niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="217"/>
        <source>The package could not be saved to {path}: {reason}. Choose a folder where you can save files (a USB stick may be full or write-protected).</source>
        <translation>Het pakket kon niet worden opgeslagen als {path}: {reason}. Kies een map waarin u bestanden kunt opslaan (een USB-stick is misschien vol of tegen schrijven beveiligd).</translation>
    </message>
    <message>
        <source>This is not a participant file (a participant makes one with Export my ratings). To import an assessment or a plan, use File → Import package….</source>
        <translation type="vanished">Dit is geen deelnemersbestand (een deelnemer maakt dat met “Mijn inschalingen exporteren”). Om een beoordeling of een plan te importeren, gebruikt u Bestand → Pakket importeren….</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="76"/>
        <source>This is not a participant file (a participant makes one with Export my ratings). To import an assessment or a plan, choose File → Import package… instead.</source>
        <translation>Dit is geen deelnemersbestand (een deelnemer maakt dat met “Mijn inschalingen exporteren”). Om een beoordeling of een plan te importeren, kiest u in plaats daarvan Bestand → Pakket importeren…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="285"/>
        <source>Choose packages</source>
        <translation>Pakketten kiezen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="287"/>
        <source>Choose a package</source>
        <translation>Een pakket kiezen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="290"/>
        <source>Toolbox packages</source>
        <translation>Toolbox-pakketten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="291"/>
        <source>All files</source>
        <translation>Alle bestanden</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/page_view.py" line="247"/>
        <source>This page cannot be shown: {reason}</source>
        <translation>Deze pagina kan niet worden getoond: {reason}</translation>
    </message>
</context>
<context>
    <name>PaperEntryDialog</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/paper_entry.py" line="64"/>
        <source>Paper ratings of {name}</source>
        <translation>Inschalingen op papier van {name}</translation>
    </message>
    <message>
        <source>Type each answer from the worksheet: 0 to 4 for the level, N for not applicable, Delete to clear. Every answer is stored at once and the next benchmark is selected.</source>
        <translation type="vanished">Typ elk antwoord over van het werkblad: 0 tot 4 voor het niveau, N voor niet van toepassing, Delete om te wissen. Elk antwoord wordt meteen opgeslagen en de volgende benchmark wordt gekozen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/paper_entry.py" line="69"/>
        <source>Type each answer from the worksheet: 0 to 4 for the level, N for not applicable, Delete for one left blank (Backspace clears without moving on). Every answer is stored at once and the next benchmark is selected.</source>
        <translation>Typ elk antwoord over van het werkblad: 0 tot 4 voor het niveau, N voor niet van toepassing, Delete voor een opengelaten antwoord (Backspace wist zonder verder te gaan). Elk antwoord wordt meteen opgeslagen en de volgende benchmark wordt gekozen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/paper_entry.py" line="76"/>
        <source>Benchmarks and the participant&apos;s answers</source>
        <translation>Benchmarks en de antwoorden van de deelnemer</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/paper_entry.py" line="78"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/paper_entry.py" line="78"/>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/paper_entry.py" line="78"/>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/paper_entry.py" line="98"/>
        <source>Answers entered</source>
        <translation>Ingevoerde antwoorden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/paper_entry.py" line="119"/>
        <source>{entered} of {total} answers entered</source>
        <translation>{entered} van {total} antwoorden ingevoerd</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/paper_entry.py" line="134"/>
        <source>Not stored: {reason}. Try again.</source>
        <translation>Niet opgeslagen: {reason}. Probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>PeerComparisonView</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="89"/>
        <source>Their ratings are kept apart and never change your assessments.</source>
        <translation>Hun inschalingen worden apart bewaard en veranderen nooit uw beoordelingen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="91"/>
        <source>No assessments of other municipalities yet</source>
        <translation>Nog geen beoordelingen van andere gemeenten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="93"/>
        <source>Ask a neighbouring municipality for an anonymised package (File → Export package…, Anonymised) and import it with File → Import package…</source>
        <translation>Vraag een buurgemeente om een geanonimiseerd pakket (Bestand → Pakket exporteren…, Geanonimiseerd) en importeer het met Bestand → Pakket importeren…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="101"/>
        <source>Compare your scores with anonymised assessments imported from other municipalities, labelled by kind of place and size.</source>
        <translation>Vergelijk uw scores met geanonimiseerde beoordelingen van andere gemeenten, aangeduid met soort en grootte van de gemeente.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="116"/>
        <source>Imported assessments of other municipalities</source>
        <translation>Geïmporteerde beoordelingen van andere gemeenten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="118"/>
        <source>Tick the assessments to compare; Space ticks or unticks, Delete removes.</source>
        <translation>Vink de beoordelingen aan die u wilt vergelijken; de spatiebalk zet of verwijdert een vinkje, Delete verwijdert de beoordeling.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="125"/>
        <source>&amp;Remove peer…</source>
        <translation>Beoordeling &amp;verwijderen…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="127"/>
        <source>Delete the selected imported assessment (your own data is not touched)</source>
        <translation>De gekozen geïmporteerde beoordeling verwijderen (uw eigen gegevens blijven onaangeroerd)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="130"/>
        <source>Tick the peers to compare. The chart draws up to {count} of them.</source>
        <translation>Vink de gemeenten aan die u wilt vergelijken. Het diagram toont er hoogstens {count}.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="140"/>
        <source>Score per dimension: ours and the peers&apos;</source>
        <translation>Score per dimensie: die van ons en die van andere gemeenten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="158"/>
        <source>Radar chart: our score and the peers&apos; per dimension</source>
        <translation>Radardiagram: onze score en die van andere gemeenten per dimensie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="178"/>
        <source>&amp;Peers</source>
        <translation>Andere gemeen&amp;ten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="195"/>
        <source>Score per dimension</source>
        <translation>Score per dimensie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="266"/>
        <source>{municipality}, {country}</source>
        <translation>{municipality}, {country}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="279"/>
        <source>Imported on {date}</source>
        <translation>Geïmporteerd op {date}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="285"/>
        <source>Ours: no assessment yet</source>
        <translation>Wij: nog geen beoordeling</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="286"/>
        <source>Ours: {title} ({date})</source>
        <translation>Wij: {title} ({date})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="302"/>
        <source>{label}; {detail}</source>
        <translation>{label}; {detail}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="360"/>
        <source>Ours</source>
        <translation>Wij</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="364"/>
        <source>no assessment</source>
        <translation>geen beoordeling</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="416"/>
        <source>{label} – {municipality}</source>
        <translation>{label} – {municipality}</translation>
    </message>
    <message>
        <source>(not applicable)</source>
        <translation type="vanished">(niet van toepassing)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="408"/>
        <source>ours</source>
        <translation>wij</translation>
    </message>
    <message>
        <source>{label} ({municipality})</source>
        <translation type="vanished">{label} ({municipality})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="446"/>
        <source>You have no assessment of your own yet: the “Ours” column stays empty until you rate the benchmarks.</source>
        <translation>U hebt nog geen eigen beoordeling: de kolom “Wij” blijft leeg tot u de benchmarks inschaalt.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="453"/>
        <source>The chart draws the first {drawn} ticked peers; the table shows all {checked}.</source>
        <translation>Het diagram toont de eerste {drawn} aangevinkte gemeenten; de tabel toont ze alle {checked}.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="467"/>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="482"/>
        <source>Remove peer</source>
        <translation>Beoordeling verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="469"/>
        <source>Remove the imported assessment “{title}” ({label})? Your own assessments are not affected. Importing the package again brings it back.</source>
        <translation>De geïmporteerde beoordeling “{title}” ({label}) verwijderen? Uw eigen beoordelingen blijven ongewijzigd. Als u het pakket opnieuw importeert, is die er weer.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="483"/>
        <source>The assessment could not be removed: {reason}</source>
        <translation>De beoordeling kon niet worden verwijderd: {reason}</translation>
    </message>
</context>
<context>
    <name>PeerScoreModel</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_models.py" line="69"/>
        <source>Overall</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_models.py" line="117"/>
        <source>{score} ({rated} benchmarks rated)</source>
        <translation>{score} ({rated} benchmarks ingeschaald)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_models.py" line="121"/>
        <source>{column}
{row}: {score}</source>
        <translation>{column}
{row}: {score}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_models.py" line="140"/>
        <source>Dimension</source>
        <translation>Dimensie</translation>
    </message>
</context>
<context>
    <name>Peers</name>
    <message>
        <location filename="../../src/toolbox_desktop/core/peers.py" line="23"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/peers.py" line="24"/>
        <source>{population} inhabitants</source>
        <translation>{population} inwoners</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/peers.py" line="25"/>
        <source>population unknown</source>
        <translation>inwonertal onbekend</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/peers.py" line="26"/>
        <source>{kind}, {size}</source>
        <translation>{kind}, {size}</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan.py" line="21"/>
        <source>Short term (0-12 months)</source>
        <translation>Korte termijn (0-12 maanden)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan.py" line="22"/>
        <source>Medium term (1-3 years)</source>
        <translation>Middellange termijn (1-3 jaar)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan.py" line="23"/>
        <source>Long term (over 3 years)</source>
        <translation>Lange termijn (meer dan 3 jaar)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan.py" line="29"/>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan.py" line="30"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan.py" line="31"/>
        <source>In progress</source>
        <translation>In uitvoering</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan.py" line="32"/>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan.py" line="33"/>
        <source>Dropped</source>
        <translation>Geschrapt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan_choices.py" line="15"/>
        <source>Municipal departments</source>
        <translation>Gemeentelijke afdelingen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan_choices.py" line="16"/>
        <source>NGOs</source>
        <translation>Ngo&apos;s en verenigingen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan_choices.py" line="17"/>
        <source>Migrant organisations</source>
        <translation>Migrantenorganisaties</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan_choices.py" line="18"/>
        <source>Employers and chambers</source>
        <translation>Werkgevers en kamers van koophandel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan_choices.py" line="19"/>
        <source>Schools</source>
        <translation>Scholen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan_choices.py" line="20"/>
        <source>Health services</source>
        <translation>Gezondheidsdiensten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan_choices.py" line="21"/>
        <source>Housing providers</source>
        <translation>Woningaanbieders</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan_choices.py" line="22"/>
        <source>Volunteers</source>
        <translation>Vrijwilligers</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan_choices.py" line="23"/>
        <source>Neighbouring municipalities</source>
        <translation>Buurgemeenten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan_choices.py" line="26"/>
        <source>Municipal budget</source>
        <translation>Gemeentebegroting</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan_choices.py" line="27"/>
        <source>AMIF (EU Asylum, Migration and Integration Fund)</source>
        <translation>AMIF (EU-Fonds voor asiel, migratie en integratie)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan_choices.py" line="28"/>
        <source>ESF+ (European Social Fund Plus)</source>
        <translation>ESF+ (Europees Sociaal Fonds Plus)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan_choices.py" line="29"/>
        <source>Regional programme</source>
        <translation>Regionaal programma</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan_choices.py" line="30"/>
        <source>National programme</source>
        <translation>Nationaal programma</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan_choices.py" line="31"/>
        <source>Foundation</source>
        <translation>Stichting of fonds</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan_choices.py" line="32"/>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan.py" line="41"/>
        <source>The end date is before the start date.</source>
        <translation>De einddatum ligt vóór de begindatum.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan.py" line="42"/>
        <source>The year {year} looks like a typing slip: use a year between {earliest} and {latest}.</source>
        <translation>Het jaar {year} lijkt een tikfout: gebruik een jaar tussen {earliest} en {latest}.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan.py" line="45"/>
        <source>An amount of money cannot be negative.</source>
        <translation>Een geldbedrag kan niet negatief zijn.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan.py" line="46"/>
        <source>The amount is implausibly large; check the number of digits.</source>
        <translation>Het bedrag is onwaarschijnlijk groot; controleer het aantal cijfers.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan.py" line="49"/>
        <source>Progress must be between 0 and 100 %.</source>
        <translation>De voortgang moet tussen 0 en 100 % liggen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan.py" line="50"/>
        <source>An action needs a title.</source>
        <translation>Een actie heeft een titel nodig.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan.py" line="51"/>
        <source>An indicator needs a name.</source>
        <translation>Een indicator heeft een naam nodig.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan.py" line="52"/>
        <source>&apos;{value}&apos; is not a known {field}.</source>
        <translation>&apos;{value}&apos; is geen bekende waarde voor {field}.</translation>
    </message>
</context>
<context>
    <name>PlanArea</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/plan_area.py" line="59"/>
        <source>&amp;Actions</source>
        <translation>A&amp;cties</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/plan_area.py" line="60"/>
        <source>&amp;Timeline</source>
        <translation>Ti&amp;jdlijn</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/plan_area.py" line="61"/>
        <source>&amp;Budget</source>
        <translation>B&amp;udget</translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/commands.py" line="52"/>
        <source>The action no longer exists; it may have been deleted in another window.</source>
        <translation>De actie bestaat niet meer; misschien is die in een ander venster verwijderd.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/commands.py" line="57"/>
        <source>The indicator no longer exists; it may have been deleted in another window.</source>
        <translation>De indicator bestaat niet meer; misschien is die in een ander venster verwijderd.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/commands.py" line="62"/>
        <source>This was changed in another window meanwhile, in the same place. So as not to overwrite that change, nothing was written; the plan now shows it as stored.</source>
        <translation>Dit is intussen in een ander venster op dezelfde plek gewijzigd. Om die wijziging niet te overschrijven, is er niets opgeslagen; het plan toont nu de opgeslagen stand.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/commands.py" line="71"/>
        <source>The change could not be stored in the database ({detail}). Check that the database file is still there and that you may save to its folder, then try again. Your earlier data is unchanged.</source>
        <translation>De wijziging kon niet in de database worden opgeslagen ({detail}). Controleer of het databasebestand er nog is en of u in de map ervan mag opslaan, en probeer het dan opnieuw. Uw eerdere gegevens zijn niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/session.py" line="52"/>
        <source>Rename “{title}”</source>
        <translation>“{title}” hernoemen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/session.py" line="53"/>
        <source>Change status of “{title}”</source>
        <translation>Status van “{title}” wijzigen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/session.py" line="54"/>
        <source>Change progress of “{title}”</source>
        <translation>Voortgang van “{title}” wijzigen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/session.py" line="55"/>
        <source>Change dates of “{title}”</source>
        <translation>Datums van “{title}” wijzigen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/session.py" line="56"/>
        <source>Change owner of “{title}”</source>
        <translation>Verantwoordelijke voor “{title}” wijzigen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/session.py" line="57"/>
        <source>Change milestones of “{title}”</source>
        <translation>Mijlpalen van “{title}” wijzigen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/session.py" line="58"/>
        <source>Move “{title}”</source>
        <translation>“{title}” verplaatsen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/session.py" line="60"/>
        <source>Edit “{title}”</source>
        <translation>“{title}” bewerken</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/session.py" line="182"/>
        <source>Create action “{title}”</source>
        <translation>Actie “{title}” aanmaken</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/session.py" line="70"/>
        <source>Change status of %n action(s)</source>
        <translation>
            <numerusform>Status van %n actie wijzigen</numerusform>
            <numerusform>Status van %n acties wijzigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/session.py" line="72"/>
        <source>Change who is responsible for %n action(s)</source>
        <translation>
            <numerusform>Verantwoordelijke voor %n actie wijzigen</numerusform>
            <numerusform>Verantwoordelijke voor %n acties wijzigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/session.py" line="73"/>
        <source>Change %n action(s)</source>
        <translation>
            <numerusform>%n actie wijzigen</numerusform>
            <numerusform>%n acties wijzigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/session.py" line="342"/>
        <source>Delete %n action(s)</source>
        <translation>
            <numerusform>%n actie verwijderen</numerusform>
            <numerusform>%n acties verwijderen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/session.py" line="354"/>
        <source>Add indicator “{name}”</source>
        <translation>Indicator “{name}” toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/session.py" line="384"/>
        <source>Edit indicator “{name}”</source>
        <translation>Indicator “{name}” bewerken</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/session.py" line="401"/>
        <source>Delete indicator “{name}”</source>
        <translation>Indicator “{name}” verwijderen</translation>
    </message>
</context>
<context>
    <name>PlanDialogs</name>
    <message>
        <source>Delete actions</source>
        <translation type="vanished">Acties verwijderen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/dialogs.py" line="38"/>
        <source>Delete action(s)</source>
        <translation>
            <numerusform>Actie verwijderen</numerusform>
            <numerusform>Acties verwijderen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/dialogs.py" line="39"/>
        <source>Delete %n action(s)?</source>
        <translation>
            <numerusform>%n actie verwijderen?</numerusform>
            <numerusform>%n acties verwijderen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/dialogs.py" line="43"/>
        <source>… and {count} more</source>
        <translation>… en nog {count}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/dialogs.py" line="50"/>
        <source>Their milestones and indicators go with them. Undo brings them back.</source>
        <translation>Hun mijlpalen en indicatoren worden mee verwijderd. Met “Ongedaan maken” haalt u alles terug.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/dialogs.py" line="62"/>
        <source>Set who is responsible</source>
        <translation>Verantwoordelijke instellen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/dialogs.py" line="65"/>
        <source>Responsible role</source>
        <translation>Verantwoordelijke rol</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/dialogs.py" line="68"/>
        <source>Responsible person</source>
        <translation>Verantwoordelijke persoon</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/dialogs.py" line="70"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/dialogs.py" line="71"/>
        <source>&amp;Person:</source>
        <translation>&amp;Persoon:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/dialogs.py" line="79"/>
        <source>Make them responsible for %n action(s):</source>
        <translation>
            <numerusform>Verantwoordelijk maken voor %n actie:</numerusform>
            <numerusform>Verantwoordelijk maken voor %n acties:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanEmptyState</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/empty_state.py" line="15"/>
        <source>No actions yet</source>
        <translation>Nog geen acties</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/empty_state.py" line="16"/>
        <source>The action plan says what your municipality will do to close the gaps the assessment found: who is responsible, with which partners, by when, with what money, and how you will know it worked.</source>
        <translation>Het actieplan legt vast wat uw gemeente gaat doen om de kloven te dichten die de beoordeling heeft laten zien: wie verantwoordelijk is, met welke partners, wanneer, met welk geld en waaraan u ziet dat het gewerkt heeft.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/empty_state.py" line="22"/>
        <source>Tip: in the assessment&apos;s dashboard, select a gap and choose “Create action for this gap…”; the action is then linked to its benchmark.</source>
        <translation>Tip: kies in het overzicht van de beoordeling een kloof en dan “Actie voor deze kloof aanmaken…”; de actie wordt dan aan de benchmark gekoppeld.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/empty_state.py" line="29"/>
        <source>Create the first action</source>
        <translation>Eerste actie aanmaken</translation>
    </message>
</context>
<context>
    <name>PlanExport</name>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="46"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="47"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="48"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="49"/>
        <source>Dimension</source>
        <translation>Dimensie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="50"/>
        <source>Benchmarks</source>
        <translation>Benchmarks</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="51"/>
        <source>Responsible role</source>
        <translation>Verantwoordelijke rol</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="52"/>
        <source>Responsible person</source>
        <translation>Verantwoordelijke persoon</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="53"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="54"/>
        <source>Partner names</source>
        <translation>Namen van partners</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="55"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="56"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="57"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="58"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="59"/>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="60"/>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="61"/>
        <source>Progress %</source>
        <translation>Voortgang %</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="62"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="63"/>
        <source>Spent</source>
        <translation>Uitgegeven</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="64"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="65"/>
        <source>Budget line</source>
        <translation>Begrotingspost</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="66"/>
        <source>Funding source</source>
        <translation>Financieringsbron</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="67"/>
        <source>Milestones</source>
        <translation>Mijlpalen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="70"/>
        <source>Permanent ID</source>
        <translation>Vaste ID</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="72"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="72"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="73"/>
        <source>done</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="74"/>
        <source>Deadline: {title}</source>
        <translation>Deadline: {title}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="75"/>
        <source>Milestone: {milestone} ({title})</source>
        <translation>Mijlpaal: {milestone} ({title})</translation>
    </message>
</context>
<context>
    <name>PlanExportDialog</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/export_dialog.py" line="40"/>
        <source>Comma ( , ) with decimal points</source>
        <translation>Komma ( , ) met decimale punt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/export_dialog.py" line="41"/>
        <source>Semicolon ( ; ) with decimal commas — Excel in most of Europe</source>
        <translation>Puntkomma ( ; ) met decimale komma — Excel in het grootste deel van Europa</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/export_dialog.py" line="48"/>
        <source>CSV separator</source>
        <translation>CSV-scheidingsteken</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/export_dialog.py" line="49"/>
        <source>Separate the columns with:</source>
        <translation>Kolommen scheiden met:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/export_dialog.py" line="62"/>
        <source>Export the action plan as CSV</source>
        <translation>Het actieplan exporteren als CSV</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/export_dialog.py" line="63"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/export_dialog.py" line="66"/>
        <source>Export deadlines and milestones as a calendar</source>
        <translation>Deadlines en mijlpalen exporteren als kalender</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/export_dialog.py" line="69"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderbestanden (*.ics)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/export_dialog.py" line="98"/>
        <source>The plan could not be written to {path}: {reason}. Choose another folder, for example your Documents.</source>
        <translation>Het plan kon niet worden opgeslagen als {path}: {reason}. Kies een andere map, bijvoorbeeld Documenten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/export_dialog.py" line="109"/>
        <source>%n action(s) written to {path}.</source>
        <translation>
            <numerusform>%n actie opgeslagen in {path}.</numerusform>
            <numerusform>%n acties opgeslagen in {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} action(s) written to {path}.</source>
        <translation type="vanished">Acties opgeslagen in {path} (aantal: {count}).</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/plan_page.py" line="61"/>
        <source>Plan notice</source>
        <translation>Melding bij het actieplan</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/plan_page.py" line="63"/>
        <source>No action matches these filters. Clear them to see every action.</source>
        <translation>Geen actie past bij deze filters. Wis de filters om alle acties te zien.</translation>
    </message>
    <message>
        <source>&amp;New action</source>
        <translation type="vanished">&amp;Nieuwe actie</translation>
    </message>
</context>
<context>
    <name>PlanReport</name>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_budget.py" line="22"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_budget.py" line="23"/>
        <source>Budget in {currency}</source>
        <translation>Budget in {currency}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_budget.py" line="24"/>
        <source>Planned: {planned} · Spent: {spent} · Remaining: {remaining}</source>
        <translation>Gepland: {planned} · Uitgegeven: {spent} · Resterend: {remaining}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_budget.py" line="27"/>
        <source>{percent} of the planned budget has been spent.</source>
        <translation>{percent} van het geplande budget is uitgegeven.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_budget.py" line="28"/>
        <source>More has been spent than planned.</source>
        <translation>Er is meer uitgegeven dan gepland.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_budget.py" line="29"/>
        <source>By dimension</source>
        <translation>Per dimensie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_budget.py" line="30"/>
        <source>By funding source</source>
        <translation>Per financieringsbron</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_budget.py" line="31"/>
        <source>Dimension</source>
        <translation>Dimensie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="50"/>
        <location filename="../../src/toolbox_desktop/reports/plan_budget.py" line="32"/>
        <source>Funding source</source>
        <translation>Financieringsbron</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_budget.py" line="33"/>
        <location filename="../../src/toolbox_desktop/reports/plan_report.py" line="50"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_budget.py" line="34"/>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_budget.py" line="35"/>
        <source>Spent</source>
        <translation>Uitgegeven</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_budget.py" line="36"/>
        <source>Spent share</source>
        <translation>Deel uit­gegeven</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_budget.py" line="37"/>
        <location filename="../../src/toolbox_desktop/reports/plan_report.py" line="51"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_budget.py" line="38"/>
        <source>Dropped actions are not counted. Amounts in different currencies are never added up.</source>
        <translation>Geschrapte acties tellen niet mee. Bedragen in verschillende valuta worden nooit bij elkaar opgeteld.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_budget.py" line="42"/>
        <source>No action has a budget yet.</source>
        <translation>Nog geen enkele actie heeft een budget.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="34"/>
        <source>Actions at a glance</source>
        <translation>Acties in één oogopslag</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="35"/>
        <source>Action details</source>
        <translation>Acties in detail</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="37"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="38"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="39"/>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="47"/>
        <source>Responsible</source>
        <translation>Verant­woordelijk</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="40"/>
        <source>Dates</source>
        <translation>Datums</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="41"/>
        <location filename="../../src/toolbox_desktop/reports/plan_report.py" line="49"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="vanished">Voort­gang</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="42"/>
        <source>Budget / spent</source>
        <translation>Budget / uitgegeven</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/gantt.py" line="43"/>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="45"/>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="46"/>
        <source>spent {amount}</source>
        <translation>uitgegeven {amount}</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="vanished">Fase</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="48"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="49"/>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="51"/>
        <source>Budget line</source>
        <translation>Begrotingspost</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="52"/>
        <source>Benchmarks</source>
        <translation>Benchmarks</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="53"/>
        <source>Milestones</source>
        <translation>Mijlpalen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="54"/>
        <source>Indicators</source>
        <translation>Indicatoren</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="55"/>
        <source>done</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="56"/>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="57"/>
        <source>no date</source>
        <translation>zonder datum</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="58"/>
        <source>baseline {value}</source>
        <translation>nulmeting {value}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="59"/>
        <source>target {value}</source>
        <translation>streefwaarde {value}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="60"/>
        <source>latest {value} ({day})</source>
        <translation>laatste {value} ({day})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="61"/>
        <source>no measurement yet</source>
        <translation>nog geen meting</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="62"/>
        <source>{percent} of the way to the target</source>
        <translation>streefwaarde voor {percent} bereikt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_report.py" line="44"/>
        <source>Action plan</source>
        <translation>Actieplan</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_report.py" line="45"/>
        <source>Printed on {day}</source>
        <translation>Afgedrukt op {day}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_report.py" line="46"/>
        <source>No actions yet: add actions to the plan, then print this report again.</source>
        <translation>Nog geen acties: voeg acties toe aan het plan en druk dit rapport dan opnieuw af.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_report.py" line="52"/>
        <source>of which overdue</source>
        <translation>waarvan te laat</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_report.py" line="53"/>
        <source>without dates</source>
        <translation>zonder datums</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_report.py" line="54"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_report.py" line="55"/>
        <source>No action has a start or end date yet, so there is no timeline to draw.</source>
        <translation>Nog geen enkele actie heeft een begin- of einddatum, dus er valt geen tijdlijn te tekenen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_report.py" line="58"/>
        <source>Not in the chart because they have no dates ({count}):</source>
        <translation>Niet in het diagram omdat ze geen datums hebben ({count}):</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_report.py" line="59"/>
        <source>… and {count} more</source>
        <translation>… en nog {count}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_format.py" line="34"/>
        <source>Without an end date</source>
        <translation>Zonder einddatum</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_format.py" line="35"/>
        <source>No dimension</source>
        <translation>Geen dimensie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_format.py" line="36"/>
        <source>No funding source given</source>
        <translation>Geen financieringsbron opgegeven</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_format.py" line="37"/>
        <source>{code} (no longer in the toolbox)</source>
        <translation>{code} (niet meer in de toolbox)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_format.py" line="38"/>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_format.py" line="39"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_format.py" line="40"/>
        <source>{start} –
{end}</source>
        <translation>{start} –
{end}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_format.py" line="41"/>
        <source>from {start}</source>
        <translation>vanaf {start}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_format.py" line="42"/>
        <source>until {end}</source>
        <translation>tot {end}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_format.py" line="43"/>
        <source>no dates</source>
        <translation>zonder datums</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_format.py" line="44"/>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/gantt.py" line="27"/>
        <source>Jan</source>
        <translation>jan</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/gantt.py" line="28"/>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/gantt.py" line="29"/>
        <source>Mar</source>
        <translation>mrt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/gantt.py" line="30"/>
        <source>Apr</source>
        <translation>apr</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/gantt.py" line="31"/>
        <source>May</source>
        <translation>mei</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/gantt.py" line="32"/>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/gantt.py" line="33"/>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/gantt.py" line="34"/>
        <source>Aug</source>
        <translation>aug</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/gantt.py" line="35"/>
        <source>Sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/gantt.py" line="36"/>
        <source>Oct</source>
        <translation>okt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/gantt.py" line="37"/>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/gantt.py" line="38"/>
        <source>Dec</source>
        <translation>dec</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/gantt.py" line="40"/>
        <source>Q{number}</source>
        <translation>K{number}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/gantt.py" line="41"/>
        <source>{group} (continued)</source>
        <translation>{group} (vervolg)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/gantt.py" line="42"/>
        <source>Today ({day})</source>
        <translation>Vandaag ({day})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/gantt.py" line="44"/>
        <source>Milestone</source>
        <translation>Mijlpaal</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/gantt.py" line="45"/>
        <source>Milestone reached</source>
        <translation>Mijlpaal bereikt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/gantt.py" line="46"/>
        <source>Start or end date only</source>
        <translation>Alleen begin- of einddatum</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/gantt.py" line="47"/>
        <source>Darker part: progress</source>
        <translation>Donkerder deel: voortgang</translation>
    </message>
</context>
<context>
    <name>PlanTexts</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/texts.py" line="55"/>
        <source>Short term</source>
        <translation>Korte termijn</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/texts.py" line="56"/>
        <source>Medium term</source>
        <translation>Middellange termijn</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/texts.py" line="57"/>
        <source>Long term</source>
        <translation>Lange termijn</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/texts.py" line="90"/>
        <source>{role} – {person}</source>
        <translation>{role} – {person}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/texts.py" line="97"/>
        <source>{code} (no longer in the toolbox)</source>
        <translation>{code} (niet meer in de toolbox)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/texts.py" line="121"/>
        <source>{number} {title}</source>
        <translation>{number} {title}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/commands.py" line="105"/>
        <source>The indicator “{name}”</source>
        <translation>De indicator “{name}”</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/commands.py" line="108"/>
        <source>The action “{title}”</source>
        <translation>De actie “{title}”</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/session.py" line="142"/>
        <source>{title} – {status}</source>
        <translation>{title} – {status}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/session.py" line="174"/>
        <source>New action</source>
        <translation>Nieuwe actie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/session.py" line="195"/>
        <source>Close the gap: {benchmark}</source>
        <translation>Kloof dichten: {benchmark}</translation>
    </message>
</context>
<context>
    <name>PracticeTableModel</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/practices_model.py" line="34"/>
        <source>Practice</source>
        <translation>Praktijkvoorbeeld</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/practices_model.py" line="34"/>
        <source>Place</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/practices_model.py" line="34"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/practices_model.py" line="34"/>
        <source>Dimension</source>
        <translation>Dimensie</translation>
    </message>
</context>
<context>
    <name>PracticesBrowser</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/practices_browser.py" line="36"/>
        <source>All dimensions</source>
        <translation>Alle dimensies</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/practices_browser.py" line="39"/>
        <source>Filter practices by dimension</source>
        <translation>Praktijkvoorbeelden filteren op dimensie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/practices_browser.py" line="46"/>
        <source>All countries</source>
        <translation>Alle landen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/practices_browser.py" line="49"/>
        <source>Filter practices by country</source>
        <translation>Praktijkvoorbeelden filteren op land</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/practices_browser.py" line="60"/>
        <source>Innovative practices</source>
        <translation>Innovatieve praktijken</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/practices_browser.py" line="78"/>
        <source>&amp;Dimension:</source>
        <translation>Dim&amp;ensie:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/practices_browser.py" line="80"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/practices_browser.py" line="111"/>
        <source>{shown} of {total} practices shown</source>
        <translation>{shown} van {total} praktijkvoorbeelden getoond</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation.py" line="90"/>
        <source>Presentation – {title}</source>
        <translation>Presentatie – {title}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation.py" line="92"/>
        <source>Assessment</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation.py" line="96"/>
        <source>Presentation</source>
        <translation>Presentatie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation.py" line="309"/>
        <source>{current} / {total}</source>
        <translation>{current} / {total}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation.py" line="323"/>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="322"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation.py" line="327"/>
        <source>There are no benchmarks to show. Press D for the dimensions.</source>
        <translation>Er zijn geen benchmarks om te tonen. Druk op D voor de dimensies.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation.py" line="330"/>
        <source>There are no dimensions to show.</source>
        <translation>Er zijn geen dimensies om te tonen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_paint.py" line="235"/>
        <source>Agreed rating</source>
        <translation>Overeengekomen inschaling</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_paint.py" line="363"/>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="152"/>
        <source>Results by dimension</source>
        <translation>Resultaten per dimensie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_paint.py" line="379"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_paint.py" line="385"/>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="101"/>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="329"/>
        <source>{number} {title}</source>
        <translation>{number} {title}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="115"/>
        <source>Agreed rating: {rating}</source>
        <translation>Overeengekomen inschaling: {rating}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="120"/>
        <source>Ratings of the group:</source>
        <translation>Inschalingen van de groep:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="154"/>
        <source>Score: {score}</source>
        <translation>Score: {score}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="160"/>
        <source>Target: {target}</source>
        <translation>Doel: {target}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="168"/>
        <source>{heading} — {detail}</source>
        <translation>{heading} — {detail}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="179"/>
        <source>{label}: {count}</source>
        <translation>{label}: {count}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="185"/>
        <source>N/A (not applicable or outside our competence)</source>
        <translation>n.v.t. (niet van toepassing of buiten onze bevoegdheid)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="192"/>
        <source>N/A</source>
        <translation>n.v.t.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="198"/>
        <source>Nobody gave a level: all who answered said N/A</source>
        <translation>Niemand gaf een niveau: alle antwoorden waren “n.v.t.”</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="201"/>
        <source>Nobody in the group has rated this benchmark yet</source>
        <translation>Nog niemand in de groep heeft deze benchmark ingeschaald</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="205"/>
        <source>Median {median} · spread 0 (everyone agrees)</source>
        <translation>Mediaan {median} · spreiding 0 (iedereen is het eens)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="208"/>
        <source>Median {median} · spread {spread} (from {low} to {high})</source>
        <translation>Mediaan {median} · spreiding {spread} (van {low} tot {high})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="220"/>
        <source>Rated by {rated} of %n participant(s)</source>
        <translation>
            <numerusform>Ingeschaald door {rated} van %n deelnemer</numerusform>
            <numerusform>Ingeschaald door {rated} van %n deelnemers</numerusform>
        </translation>
    </message>
    <message>
        <source>Rated by {rated} of {total} participants</source>
        <translation type="vanished">Ingeschaald door {rated} van {total} deelnemers</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="227"/>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="283"/>
        <source>Not rated yet</source>
        <translation>Nog niet ingeschaald</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="280"/>
        <source>Not applicable</source>
        <translation>Niet van toepassing</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="281"/>
        <source>Outside our competence</source>
        <translation>Buiten onze bevoegdheid</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="282"/>
        <source>Excluded</source>
        <translation>Uitgesloten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="286"/>
        <source>{rated} of {total} benchmarks rated</source>
        <translation>{rated} van {total} benchmarks ingeschaald</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="292"/>
        <source>{count} not rated yet</source>
        <translation>{count} nog niet ingeschaald</translation>
    </message>
    <message>
        <source>{count} not applicable</source>
        <translation type="vanished">{count} niet van toepassing</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="299"/>
        <source>Largest disagreements</source>
        <translation>Grootste meningsverschillen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="302"/>
        <source>The group agreed on every benchmark rated here</source>
        <translation>De groep was het eens over elke hier ingeschaalde benchmark</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="306"/>
        <source>Nobody in the group has rated a benchmark here yet</source>
        <translation>Nog niemand in de groep heeft hier een benchmark ingeschaald</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="310"/>
        <source>Largest gaps to the target</source>
        <translation>Grootste kloven tot het doel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="312"/>
        <source>No gaps: no target above the current level</source>
        <translation>Geen kloven: geen doel boven het huidige niveau</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="338"/>
        <source>{level} → {target} ({name})</source>
        <translation>{level} → {target} ({name})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="367"/>
        <source>spread {spread} · median {median}</source>
        <translation>spreiding {spread} · mediaan {median}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="371"/>
        <source>{detail} · {count} said N/A</source>
        <translation>{detail} · {count}× n.v.t.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/preview_dialog.py" line="47"/>
        <source>Preview: {title}</source>
        <translation>Voorbeeld: {title}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/preview_dialog.py" line="50"/>
        <source>Pages of the report</source>
        <translation>Pagina&apos;s van het rapport</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/preview_dialog.py" line="67"/>
        <source>◀ Previous page</source>
        <translation>◀ Vorige pagina</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/preview_dialog.py" line="68"/>
        <source>Next page ▶</source>
        <translation>Volgende pagina ▶</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/preview_dialog.py" line="70"/>
        <source>Page number</source>
        <translation>Paginanummer</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/preview_dialog.py" line="71"/>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/preview_dialog.py" line="72"/>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/preview_dialog.py" line="73"/>
        <source>Fit width</source>
        <translation>Aan breedte aanpassen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/preview_dialog.py" line="100"/>
        <source>&amp;Print…</source>
        <translation>A&amp;fdrukken…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/preview_dialog.py" line="103"/>
        <source>&amp;Save as PDF…</source>
        <translation>Op&amp;slaan als PDF…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/preview_dialog.py" line="122"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/preview_dialog.py" line="180"/>
        <source>Page {page} of {count}</source>
        <translation>Pagina {page} van {count}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/preview_dialog.py" line="199"/>
        <source>A page cannot be shown</source>
        <translation>Een pagina kan niet worden getoond</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/preview_dialog.py" line="201"/>
        <source>A page of the report cannot be shown: {reason}. The report itself is complete: save it as a PDF and open it in your PDF reader to see every page.</source>
        <translation>Een pagina van het rapport kan niet worden getoond: {reason}. Het rapport zelf is volledig: sla het op als PDF en open het in uw PDF-lezer om alle pagina&apos;s te zien.</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation type="vanished">Het rapport opslaan als PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="vanished">PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation type="vanished">De PDF is niet opgeslagen</translation>
    </message>
    <message>
        <source>The PDF could not be saved to {path}: {reason}. Choose a folder where you can save files, and close the PDF if another program has it open.</source>
        <translation type="vanished">De PDF kon niet worden opgeslagen als {path}: {reason}. Kies een map waarin u bestanden kunt opslaan, en sluit de PDF als een ander programma die geopend heeft.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="66"/>
        <source>Small town</source>
        <translation>Kleine gemeente</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="67"/>
        <source>Medium-sized town</source>
        <translation>Middelgrote gemeente</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="68"/>
        <source>Rural area</source>
        <translation>Plattelandsgemeente</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="69"/>
        <source>City</source>
        <translation>Grote stad</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="73"/>
        <source>Housing</source>
        <translation>Huisvesting</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="74"/>
        <source>Education</source>
        <translation>Onderwijs</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="75"/>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="76"/>
        <source>Employment services</source>
        <translation>Arbeidsbemiddeling</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/profile_dialog.py" line="43"/>
        <source>Municipality profile</source>
        <translation>Gemeenteprofiel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/profile_dialog.py" line="44"/>
        <source>Name of the municipality</source>
        <translation>Naam van de gemeente</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/profile_dialog.py" line="45"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/profile_dialog.py" line="46"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/profile_dialog.py" line="47"/>
        <source>Population</source>
        <translation>Inwonertal</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/profile_dialog.py" line="49"/>
        <source>Not chosen</source>
        <translation>Niet gekozen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/profile_dialog.py" line="53"/>
        <source>Kind of place</source>
        <translation>Soort gemeente</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/profile_dialog.py" line="56"/>
        <source>Newly arrived migrants and refugees</source>
        <translation>Pas aangekomen migranten en vluchtelingen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/profile_dialog.py" line="59"/>
        <source>Staff time available for integration</source>
        <translation>Beschikbare personeelsinzet voor integratie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/profile_dialog.py" line="61"/>
        <source>e.g. one person, half time</source>
        <translation>bijv. één persoon, de helft van de tijd</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/profile_dialog.py" line="67"/>
        <source>The municipality is responsible for</source>
        <translation>De gemeente is bevoegd voor</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/profile_dialog.py" line="76"/>
        <source>New assessments mark the benchmarks of the other fields “outside our competence”, for you to review. Assessments already made are not changed.</source>
        <translation>Nieuwe beoordelingen markeren de benchmarks van de andere domeinen als “buiten onze bevoegdheid”, zodat u ze kunt controleren. Bestaande beoordelingen worden niet gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/profile_dialog.py" line="84"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/profile_dialog.py" line="85"/>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/profile_dialog.py" line="86"/>
        <source>&amp;Region:</source>
        <translation>&amp;Regio:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/profile_dialog.py" line="87"/>
        <source>&amp;Population:</source>
        <translation>&amp;Inwonertal:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/profile_dialog.py" line="88"/>
        <source>&amp;Kind of place:</source>
        <translation>&amp;Soort gemeente:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/profile_dialog.py" line="89"/>
        <source>Newly &amp;arrived migrants and refugees:</source>
        <translation>Pas &amp;aangekomen migranten en vluchtelingen:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/profile_dialog.py" line="90"/>
        <source>&amp;Staff time for integration:</source>
        <translation>&amp;Personeelsinzet voor integratie:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/profile_dialog.py" line="124"/>
        <source>not given</source>
        <translation>niet opgegeven</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/qt_dialog_words.py" line="24"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/qt_dialog_words.py" line="25"/>
        <source>Drive</source>
        <translation>Station</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/qt_dialog_words.py" line="26"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/qt_dialog_words.py" line="27"/>
        <source>File Folder</source>
        <translation>Bestandsmap</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/qt_dialog_words.py" line="28"/>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/qt_dialog_words.py" line="29"/>
        <source>Shortcut</source>
        <translation>Snelkoppeling</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/qt_dialog_words.py" line="30"/>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/qt_dialog_words.py" line="39"/>
        <source>Scheduled &amp;printing:</source>
        <translation>Gepland &amp;afdrukken:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/qt_dialog_words.py" line="40"/>
        <source>&amp;Billing information:</source>
        <translation>&amp;Rekeninginformatie:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/qt_dialog_words.py" line="41"/>
        <source>Job &amp;priority:</source>
        <translation>Taak&amp;prioriteit:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/qt_dialog_words.py" line="42"/>
        <source>&amp;Start:</source>
        <translation>&amp;Begin:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/qt_dialog_words.py" line="43"/>
        <source>&amp;End:</source>
        <translation>&amp;Einde:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/qt_dialog_words.py" line="22"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/qt_dialog_words.py" line="23"/>
        <source>Files of &amp;type:</source>
        <translation>Bestanden van &amp;type:</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/qt_dialog_words.py" line="32"/>
        <source>Page &amp;order:</source>
        <translation>Pagina&amp;volgorde:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/qt_dialog_words.py" line="33"/>
        <source>Pages &amp;per sheet:</source>
        <translation>Pagina&apos;s &amp;per vel:</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/qt_dialog_words.py" line="34"/>
        <source>Double Sided Printing</source>
        <translation>Dubbelzijdig afdrukken</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/qt_dialog_words.py" line="35"/>
        <source>Long side binding</source>
        <translation>Binden aan lange zijde</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/qt_dialog_words.py" line="36"/>
        <source>Short side binding</source>
        <translation>Binden aan korte zijde</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/qt_dialog_words.py" line="37"/>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/qt_dialog_words.py" line="38"/>
        <source>Page &amp;Set:</source>
        <translation>Pagina&amp;set:</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/qt_dialog_words.py" line="45"/>
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/qt_dialog_words.py" line="46"/>
        <source>Keyboard</source>
        <translation>Toetsenbord</translation>
    </message>
</context>
<context>
    <name>QuickWinBar</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/quick_win_bar.py" line="45"/>
        <source>Quick win and the action plan</source>
        <translation>Snelle maatregel en het actieplan</translation>
    </message>
    <message>
        <source>&amp;Open in the action plan</source>
        <translation type="vanished">&amp;Openen in het actieplan</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/quick_win_bar.py" line="55"/>
        <source>Open in the ac&amp;tion plan</source>
        <translation>&amp;Openen in het actieplan</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/quick_win_bar.py" line="88"/>
        <source>This quick win is not in your action plan yet.</source>
        <translation>Deze snelle maatregel staat nog niet in uw actieplan.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/quick_win_bar.py" line="89"/>
        <source>&amp;Add to plan</source>
        <translation>Aan plan &amp;toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/quick_win_bar.py" line="91"/>
        <source>Create an action from this quick win, short term, with its partners</source>
        <translation>Maak van deze snelle maatregel een actie op korte termijn, met de partners erbij</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/quick_win_bar.py" line="95"/>
        <source>“{title}”</source>
        <translation>“{title}”</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/quick_win_bar.py" line="97"/>
        <source>In the plan: {titles}</source>
        <translation>In het plan: {titles}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/quick_win_bar.py" line="98"/>
        <source>&amp;Add to plan again…</source>
        <translation>Nogmaals aan plan &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/quick_win_bar.py" line="99"/>
        <source>Create another action from this quick win</source>
        <translation>Maak nog een actie van deze snelle maatregel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/quick_win_bar.py" line="123"/>
        <source>Add to plan again</source>
        <translation>Nogmaals aan plan toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/quick_win_bar.py" line="125"/>
        <source>“{title}” is already in your action plan. Add it again as another action?</source>
        <translation>“{title}” staat al in uw actieplan. Nogmaals toevoegen als extra actie?</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/radar_chart.py" line="74"/>
        <source>Radar chart</source>
        <translation>Radardiagram</translation>
    </message>
    <message>
        <source>(not rated)</source>
        <translation type="vanished">(niet ingeschaald)</translation>
    </message>
    <message>
        <source>({series}: not rated)</source>
        <translation type="vanished">({series}: niet ingeschaald)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/radar_chart.py" line="131"/>
        <source>{axis}: {values}</source>
        <translation>{axis}: {values}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/radar_chart.py" line="135"/>
        <source>{series} {value}</source>
        <translation>{series} {value}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/radar_chart.py" line="120"/>
        <source>not rated</source>
        <translation>niet ingeschaald</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/radar_chart.py" line="111"/>
        <source>({reason})</source>
        <translation>({reason})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/radar_chart.py" line="112"/>
        <source>({notes})</source>
        <translation>({notes})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/radar_chart.py" line="114"/>
        <source>{series}: {reason}</source>
        <translation>{series}: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/radar_chart.py" line="168"/>
        <source>No scores to show</source>
        <translation>Geen scores om te tonen</translation>
    </message>
</context>
<context>
    <name>RatingEditor</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="75"/>
        <source>Choose a benchmark in the list to rate it.</source>
        <translation>Kies een benchmark in de lijst om die in te schalen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="90"/>
        <source>Written for small and rural municipalities</source>
        <translation>Geschreven voor kleine gemeenten en plattelandsgemeenten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="100"/>
        <source>No target</source>
        <translation>Geen doel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="103"/>
        <source>Target level</source>
        <translation>Doelniveau</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="107"/>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="111"/>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="141"/>
        <source>Rated by</source>
        <translation>Ingeschaald door</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="112"/>
        <source>Names or roles</source>
        <translation>Namen of rollen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="113"/>
        <source>&amp;Clear rating</source>
        <translation>Inschaling wi&amp;ssen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="114"/>
        <source>Remove level, target, evidence and notes (Undo)</source>
        <translation>Niveau, doel, onderbouwing en notities verwijderen (kan ongedaan worden gemaakt)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="116"/>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="139"/>
        <source>Evidence</source>
        <translation>Onderbouwing</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="118"/>
        <source>What shows where we stand: decisions, services, figures, sources…</source>
        <translation>Wat laat zien waar we staan: besluiten, diensten, cijfers, bronnen…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="124"/>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="140"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="125"/>
        <source>Questions, next steps, who to ask…</source>
        <translation>Vragen, volgende stappen, aan wie we het vragen…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="146"/>
        <source>Text not saved yet</source>
        <translation>Tekst nog niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="152"/>
        <source>Actions for this benchmark</source>
        <translation>Acties voor deze benchmark</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="155"/>
        <source>Create action…</source>
        <translation>Actie aanmaken…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="156"/>
        <source>Plan an action that closes this gap</source>
        <translation>Een actie plannen die deze kloof dicht</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="160"/>
        <source>Actions for this benchmark:</source>
        <translation>Acties voor deze benchmark:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="196"/>
        <source>&amp;Target:</source>
        <translation>D&amp;oel:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="197"/>
        <source>Priorit&amp;y:</source>
        <translation>Prio&amp;riteit:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="198"/>
        <source>Rated &amp;by:</source>
        <translation>Inges&amp;chaald door:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="199"/>
        <source>N&amp;otes:</source>
        <translation>No&amp;tities:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="217"/>
        <source>Evi&amp;dence:</source>
        <translation>Onderbo&amp;uwing:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="219"/>
        <source>Linked files:</source>
        <translation>Gekoppelde bestanden:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="246"/>
        <source>{number} · {dimension} › {subtheme}</source>
        <translation>{number} · {dimension} › {subtheme}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="329"/>
        <source>Rate the benchmark first, then set its priority.</source>
        <translation>Schaal de benchmark eerst in en stel dan de prioriteit in.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="356"/>
        <source>{fields}: not saved yet. Your text stays here and is stored as soon as it can be (when you leave the field); you can also copy it.</source>
        <translation>{fields}: nog niet opgeslagen. Uw tekst blijft hier staan en wordt opgeslagen zodra dat kan (als u het veld verlaat); u kunt hem ook kopiëren.</translation>
    </message>
</context>
<context>
    <name>RatingScale</name>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="20"/>
        <source>Not in place</source>
        <translation>Niet aanwezig</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="21"/>
        <source>Planned or ad hoc</source>
        <translation>Gepland of incidenteel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="22"/>
        <source>Partly in place</source>
        <translation>Gedeeltelijk aanwezig</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="23"/>
        <source>Largely in place</source>
        <translation>Grotendeels aanwezig</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="24"/>
        <source>Fully in place and evaluated</source>
        <translation>Volledig aanwezig en geëvalueerd</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="27"/>
        <source>Nothing exists yet and nothing is decided.</source>
        <translation>Er is nog niets en er is niets besloten.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="28"/>
        <source>It is planned or decided, or happens now and then, depending on individuals.</source>
        <translation>Het is gepland of besloten, of het gebeurt af en toe, afhankelijk van individuele personen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="32"/>
        <source>It exists for some people, places or services, but with clear gaps.</source>
        <translation>Het bestaat voor sommige mensen, plaatsen of diensten, maar met duidelijke lacunes.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="35"/>
        <source>It works for most people and services, with only small gaps left.</source>
        <translation>Het werkt voor de meeste mensen en diensten; er blijven alleen kleine lacunes.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="38"/>
        <source>It works for everyone concerned, is resourced, and is regularly evaluated and improved.</source>
        <translation>Het werkt voor iedereen die het betreft, heeft voldoende middelen en wordt regelmatig geëvalueerd en verbeterd.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="48"/>
        <source>Not applicable</source>
        <translation>Niet van toepassing</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="49"/>
        <source>Outside our competence</source>
        <translation>Buiten onze bevoegdheid</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="54"/>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="55"/>
        <source>Medium</source>
        <translation>Middel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="56"/>
        <source>High</source>
        <translation>Hoog</translation>
    </message>
</context>
<context>
    <name>RatingScreen</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_screen.py" line="62"/>
        <source>Benchmarks to rate</source>
        <translation>In te schalen benchmarks</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_screen.py" line="63"/>
        <source>Show only &amp;unrated</source>
        <translation>Alleen &amp;zonder inschaling</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_screen.py" line="64"/>
        <source>&amp;Small places first</source>
        <translation>Kleine plaatsen &amp;eerst</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_screen.py" line="66"/>
        <source>Rating progress</source>
        <translation>Voortgang van de inschaling</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_screen.py" line="70"/>
        <source>Rating notice</source>
        <translation>Melding bij de inschaling</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_screen.py" line="133"/>
        <source>Next benchmark</source>
        <translation>Volgende benchmark</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_screen.py" line="138"/>
        <source>Previous benchmark</source>
        <translation>Vorige benchmark</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_screen.py" line="144"/>
        <source>Set level {level}</source>
        <translation>Niveau {level} instellen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_screen.py" line="252"/>
        <source>Benchmarks written for small places come first.</source>
        <translation>Benchmarks die voor kleine plaatsen zijn geschreven, staan bovenaan.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_screen.py" line="255"/>
        <source>For small towns and rural areas: choose the kind of place in the profile.</source>
        <translation>Voor kleine gemeenten en plattelandsgemeenten: kies de soort gemeente in het profiel.</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <location filename="../../src/toolbox_desktop/region/prepare.py" line="34"/>
        <source>not anonymised: a region takes anonymised packages only, which hold no names, notes or evidence. Ask the town to export an anonymised package.</source>
        <translation>niet geanonimiseerd: een regio neemt alleen geanonimiseerde pakketten aan, zonder namen, notities of bewijs. Vraag de gemeente een geanonimiseerd pakket te exporteren.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/prepare.py" line="39"/>
        <source>the package names no municipality, so its town could not be told from another. Ask the town to fill in its name in the profile and export again.</source>
        <translation>het pakket noemt geen gemeente, dus die is niet van een andere te onderscheiden. Vraag de gemeente haar naam in het profiel in te vullen en opnieuw te exporteren.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/prepare.py" line="44"/>
        <source>the package holds no assessment</source>
        <translation>het pakket bevat geen beoordeling</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/publish.py" line="28"/>
        <source>Overall score</source>
        <translation>Totaalscore</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/size_bands.py" line="29"/>
        <source>under 5,000 inhabitants</source>
        <translation>minder dan 5.000 inwoners</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/size_bands.py" line="30"/>
        <source>5,000 to 19,999 inhabitants</source>
        <translation>5.000 tot 19.999 inwoners</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/size_bands.py" line="32"/>
        <source>20,000 to 49,999 inhabitants</source>
        <translation>20.000 tot 49.999 inwoners</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/size_bands.py" line="35"/>
        <source>50,000 to 99,999 inhabitants</source>
        <translation>50.000 tot 99.999 inwoners</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/size_bands.py" line="37"/>
        <source>100,000 inhabitants and more</source>
        <translation>100.000 inwoners en meer</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/size_bands.py" line="38"/>
        <source>population not given</source>
        <translation>inwonertal niet opgegeven</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/size_bands.py" line="40"/>
        <source>all towns</source>
        <translation>alle gemeenten</translation>
    </message>
</context>
<context>
    <name>RegionFiles</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/region_files.py" line="19"/>
        <source>Region files (*.sqlite3 *.sqlite *.db)</source>
        <translation>Regiobestanden (*.sqlite3 *.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/region_files.py" line="20"/>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/region_files.py" line="25"/>
        <source>Open a region file</source>
        <translation>Een regiobestand openen</translation>
    </message>
</context>
<context>
    <name>RegionOpening</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/opening.py" line="42"/>
        <source>Cannot open the region file</source>
        <translation>Het regiobestand kan niet worden geopend</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/opening.py" line="85"/>
        <source>Report not saved</source>
        <translation>Rapport niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/opening.py" line="106"/>
        <source>Report saved</source>
        <translation>Rapport opgeslagen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/opening.py" line="107"/>
        <source>The region report was saved as {path}.</source>
        <translation>Het regiorapport is opgeslagen als {path}.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/opening.py" line="113"/>
        <source>region-report</source>
        <translation>regiorapport</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/opening.py" line="117"/>
        <source>Save the region report</source>
        <translation>Het regiorapport opslaan</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/opening.py" line="119"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RegionReport</name>
    <message>
        <location filename="../../src/toolbox_desktop/region/report_pdf.py" line="49"/>
        <source>Region report</source>
        <translation>Regiorapport</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/report_pdf.py" line="50"/>
        <source>Region file: {file}</source>
        <translation>Regiobestand: {file}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/report_pdf.py" line="51"/>
        <source>{year}, all towns: {towns} towns</source>
        <translation>{year}, alle gemeenten: {towns} gemeenten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/report_pdf.py" line="52"/>
        <source>{year}, all towns: {withheld}</source>
        <translation>{year}, alle gemeenten: {withheld}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/report_pdf.py" line="53"/>
        <source>Your town&apos;s newest assessment: {assessment} of {date}</source>
        <translation>Nieuwste beoordeling van uw gemeente: {assessment} van {date}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/report_pdf.py" line="56"/>
        <source>Your file has no assessment yet, so your town is not placed.</source>
        <translation>Uw bestand heeft nog geen beoordeling, dus uw gemeente wordt niet geplaatst.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/report_pdf.py" line="59"/>
        <source>The region file holds no assessment yet.</source>
        <translation>Het regiobestand bevat nog geen beoordeling.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/report_pdf.py" line="60"/>
        <source>Score per dimension</source>
        <translation>Score per dimensie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/report_pdf.py" line="61"/>
        <source>Towns of the same size</source>
        <translation>Gemeenten van dezelfde grootte</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/report_pdf.py" line="62"/>
        <source>The median score per size band, {year}.</source>
        <translation>De mediaanscore per grootteklasse, {year}.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/report_pdf.py" line="63"/>
        <source>Over the years</source>
        <translation>Verloop over de jaren</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/report_pdf.py" line="64"/>
        <source>The median score of all towns, year by year.</source>
        <translation>De mediaanscore van alle gemeenten, jaar na jaar.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/report_pdf.py" line="65"/>
        <source>Where your town stands</source>
        <translation>Waar uw gemeente staat</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/report_pdf.py" line="66"/>
        <source>Benchmarks</source>
        <translation>Benchmarks</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/region_data.py" line="25"/>
        <source>the region report needs a region file: name it with --region FILE (made with toolbox-desktop region merge)</source>
        <translation>het regiorapport heeft een regiobestand nodig: geef het op met --region BESTAND (gemaakt met toolbox-desktop region merge)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/region_data.py" line="30"/>
        <source>there is no file {path}</source>
        <translation>er is geen bestand {path}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/region_data.py" line="31"/>
        <source>{path} is not a region file (made with toolbox-desktop region merge); nothing was read</source>
        <translation>{path} is geen regiobestand (gemaakt met toolbox-desktop region merge); er is niets gelezen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/region_data.py" line="35"/>
        <source>{path} was made by a newer version of the app (region file version {found}); update the app to read it</source>
        <translation>{path} is gemaakt met een nieuwere versie van de app (regiobestandsversie {found}); werk de app bij om het te lezen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/region_data.py" line="40"/>
        <source>{path} cannot be read: {detail}</source>
        <translation>{path} kan niet worden gelezen: {detail}</translation>
    </message>
</context>
<context>
    <name>RegionView</name>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="21"/>
        <source>fewer than {count} towns</source>
        <translation>minder dan {count} gemeenten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="23"/>
        <source>withheld: would give away a group of fewer than {count} towns</source>
        <translation>niet getoond: zou een groep van minder dan {count} gemeenten prijsgeven</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="26"/>
        <source>above the median</source>
        <translation>boven de mediaan</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="27"/>
        <source>at the median</source>
        <translation>op de mediaan</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="28"/>
        <source>below the median</source>
        <translation>onder de mediaan</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="29"/>
        <source>no score in your assessment</source>
        <translation>geen score in uw beoordeling</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="30"/>
        <source>not shown: fewer than {count} towns</source>
        <translation>niet getoond: minder dan {count} gemeenten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="31"/>
        <source>higher than about {percent} of the towns</source>
        <translation>hoger dan ongeveer {percent} van de gemeenten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="32"/>
        <source>median {median}</source>
        <translation>mediaan {median}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="33"/>
        <source>{title}: median {median}, middle half {lower} to {upper}, {towns} towns</source>
        <translation>{title}: mediaan {median}, middelste helft {lower} tot {upper}, {towns} gemeenten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="36"/>
        <source>{title}: {withheld}</source>
        <translation>{title}: {withheld}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="37"/>
        <source>your town: {score}</source>
        <translation>uw gemeente: {score}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="40"/>
        <source>Dimension</source>
        <translation>Dimensie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="41"/>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="42"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="43"/>
        <source>Towns</source>
        <translation>Gemeenten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="44"/>
        <source>Lower quartile</source>
        <translation>Onderste kwartiel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="45"/>
        <source>Median</source>
        <translation>Mediaan</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="46"/>
        <source>Upper quartile</source>
        <translation>Bovenste kwartiel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="47"/>
        <source>Overall</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="48"/>
        <source>At level 0 or 1</source>
        <translation>Op niveau 0 of 1</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="51"/>
        <source>Levels from 0 to 4, of the towns that rated the benchmark with a level; the last column is the share of them at level 0 or 1.</source>
        <translation>Niveaus van 0 tot 4, van de gemeenten die de benchmark met een niveau hebben beoordeeld; de laatste kolom is hun aandeel op niveau 0 of 1.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="56"/>
        <source>Middle half of the towns</source>
        <translation>Middelste helft van de gemeenten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="57"/>
        <source>Your town</source>
        <translation>Uw gemeente</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="58"/>
        <source>Where you stand</source>
        <translation>Waar u staat</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="59"/>
        <source>Compared with the towns</source>
        <translation>Vergeleken met de gemeenten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="60"/>
        <source>No figure is shown from fewer than {count} towns, and none from which such a figure could be worked out. Your own town&apos;s scores come from your own file and are shown only to you.</source>
        <translation>Er wordt geen cijfer getoond van minder dan {count} gemeenten, en geen cijfer waaruit zo&apos;n cijfer kan worden berekend. De scores van uw eigen gemeente komen uit uw eigen bestand en worden alleen aan u getoond.</translation>
    </message>
</context>
<context>
    <name>RegionWindow</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="89"/>
        <source>{file} (region, read-only)</source>
        <translation>{file} (regio, alleen lezen)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="93"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="95"/>
        <source>Size band</source>
        <translation>Grootteklasse</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="97"/>
        <source>Save report as &amp;PDF…</source>
        <translation>Rapport opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="99"/>
        <source>The region&apos;s figures and your town&apos;s position as a PDF to print or send</source>
        <translation>De cijfers van de regio en de positie van uw gemeente als PDF om af te drukken of te versturen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="111"/>
        <source>Chart: score per dimension across the region</source>
        <translation>Grafiek: score per dimensie in de regio</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="113"/>
        <source>Score per dimension across the region</source>
        <translation>Score per dimensie in de regio</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="116"/>
        <source>Level per benchmark across the region</source>
        <translation>Niveau per benchmark in de regio</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="119"/>
        <source>Median per dimension by size band</source>
        <translation>Mediaan per dimensie per grootteklasse</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="121"/>
        <source>Median per dimension by year</source>
        <translation>Mediaan per dimensie per jaar</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="124"/>
        <source>Your town against the region</source>
        <translation>Uw gemeente vergeleken met de regio</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="128"/>
        <source>&amp;Dimensions</source>
        <translation>&amp;Dimensies</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="129"/>
        <source>Ben&amp;chmarks</source>
        <translation>Ben&amp;chmarks</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="130"/>
        <source>Si&amp;ze bands</source>
        <translation>Grootte&amp;klassen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="131"/>
        <source>&amp;Over the years</source>
        <translation>&amp;Verloop over de jaren</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="132"/>
        <source>Your &amp;town</source>
        <translation>&amp;Uw gemeente</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="135"/>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="138"/>
        <source>Size &amp;band:</source>
        <translation>&amp;Grootteklasse:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="237"/>
        <source>This region file holds no assessment yet.</source>
        <translation>Dit regiobestand bevat nog geen beoordeling.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="241"/>
        <source>{year}, {band}: {withheld}</source>
        <translation>{year}, {band}: {withheld}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="247"/>
        <source>{year}, {band}: {towns} towns</source>
        <translation>{year}, {band}: {towns} gemeenten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="371"/>
        <source>Your file has no assessment yet. Once it has one, this page shows where your town stands in the region.</source>
        <translation>Uw bestand heeft nog geen beoordeling. Zodra het er een heeft, toont deze pagina waar uw gemeente in de regio staat.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="378"/>
        <source>Your newest assessment: {title} of {date}</source>
        <translation>Uw nieuwste beoordeling: {title} van {date}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../src/toolbox_desktop/reports/document.py" line="42"/>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} van {pages}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/document.py" line="43"/>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
</context>
<context>
    <name>ReportFormats</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/format_choice.py" line="24"/>
        <source>&amp;Save as PDF…</source>
        <translation>Op&amp;slaan als PDF…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/format_choice.py" line="25"/>
        <source>&amp;Save as Word document…</source>
        <translation>Op&amp;slaan als Word-document…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/format_choice.py" line="26"/>
        <source>&amp;Save as spreadsheet…</source>
        <translation>Op&amp;slaan als spreadsheet…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/format_choice.py" line="29"/>
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/format_choice.py" line="30"/>
        <source>Save as Word document</source>
        <translation>Opslaan als Word-document</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/format_choice.py" line="31"/>
        <source>Save as spreadsheet</source>
        <translation>Opslaan als spreadsheet</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/format_choice.py" line="34"/>
        <source>Save the report as PDF</source>
        <translation>Het rapport opslaan als PDF</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/format_choice.py" line="35"/>
        <source>Save the report as a Word document</source>
        <translation>Het rapport opslaan als Word-document</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/format_choice.py" line="36"/>
        <source>Save the report as a spreadsheet</source>
        <translation>Het rapport opslaan als spreadsheet</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/format_choice.py" line="39"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/format_choice.py" line="40"/>
        <source>Word documents (*.docx)</source>
        <translation>Word-documenten (*.docx)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/format_choice.py" line="41"/>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Spreadsheets (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/format_choice.py" line="44"/>
        <source>&amp;Open PDF</source>
        <translation>PDF &amp;openen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/format_choice.py" line="45"/>
        <source>&amp;Open document</source>
        <translation>Document &amp;openen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/format_choice.py" line="46"/>
        <source>&amp;Open spreadsheet</source>
        <translation>Spreadsheet &amp;openen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/format_choice.py" line="48"/>
        <source>O&amp;utput format:</source>
        <translation>Bestandst&amp;ype:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/format_choice.py" line="49"/>
        <source>Format of the saved file</source>
        <translation>Formaat van het opgeslagen bestand</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/format_choice.py" line="50"/>
        <source>Preview and Print always show the PDF; Save writes the format chosen here.</source>
        <translation>Voorbeeld en Afdrukken tonen altijd de PDF; Opslaan schrijft het hier gekozen formaat.</translation>
    </message>
</context>
<context>
    <name>ReportKinds</name>
    <message>
        <source>&amp;Page size:</source>
        <translation type="vanished">&amp;Papierformaat:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="92"/>
        <source>Page si&amp;ze:</source>
        <translation>&amp;Papierformaat:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="93"/>
        <source>Page size</source>
        <translation>Papierformaat</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="95"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="96"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="102"/>
        <source>&amp;Assessment:</source>
        <translation>Beoordel&amp;ing:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="103"/>
        <source>Assessment</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="110"/>
        <source>&amp;Compare with:</source>
        <translation>Vergelijken &amp;met:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="111"/>
        <source>Compare with</source>
        <translation>Vergelijken met</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="118"/>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="119"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="126"/>
        <source>Group &amp;actions by:</source>
        <translation>Acties o&amp;rdenen per:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="137"/>
        <source>Fac&amp;ilitator version</source>
        <translation>Versie voor de begeleid&amp;er</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="159"/>
        <source>Ac&amp;tions:</source>
        <translation>Ac&amp;ties:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="160"/>
        <source>Actions of the proposal</source>
        <translation>Acties van het voorstel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="168"/>
        <source>Regi&amp;on file:</source>
        <translation>Regiob&amp;estand:</translation>
    </message>
    <message>
        <source>Re&amp;gion file:</source>
        <translation type="vanished">Re&amp;giobestand:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="169"/>
        <source>Region file</source>
        <translation>Regiobestand</translation>
    </message>
    <message>
        <source>&amp;Group actions by:</source>
        <translation type="vanished">Acties o&amp;rdenen per:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="127"/>
        <source>Group actions by</source>
        <translation>Acties ordenen per</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="130"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="131"/>
        <source>Dimension</source>
        <translation>Dimensie</translation>
    </message>
    <message>
        <source>&amp;Facilitator version</source>
        <translation type="vanished">Versie voor de begeleid&amp;er</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="138"/>
        <source>Facilitator version</source>
        <translation>Versie voor de begeleider</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="140"/>
        <source>Adds the challenges and a good practice for each dimension.</source>
        <translation>Voegt per dimensie de uitdagingen en een goed praktijkvoorbeeld toe.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="147"/>
        <source>Leave out the &amp;next steps for the gaps</source>
        <translation>Volgende stappen voor de &amp;kloven weglaten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="148"/>
        <source>Leave out the next steps for the gaps</source>
        <translation>Volgende stappen voor de kloven weglaten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="150"/>
        <source>The practices, quick wins and city examples suggested for each gap are not printed.</source>
        <translation>De praktijkvoorbeelden, snelle maatregelen en voorbeelden uit steden die voor elke kloof worden voorgesteld, worden niet afgedrukt.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="48"/>
        <source>PDF (to print)</source>
        <translation>PDF (om af te drukken)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="49"/>
        <source>Word document (to edit)</source>
        <translation>Word-document (om te bewerken)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="50"/>
        <source>Spreadsheet</source>
        <translation>Spreadsheet</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="345"/>
        <source>Self-assessment report</source>
        <translation>Rapport zelfevaluatie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="346"/>
        <source>Scores, strengths and gaps of one assessment, optionally compared with an earlier one.</source>
        <translation>Scores, sterke punten en kloven van één beoordeling, desgewenst vergeleken met een eerdere.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="351"/>
        <source>self-assessment-report</source>
        <translation>rapport-zelfevaluatie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="361"/>
        <source>Action plan</source>
        <translation>Actieplan</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="362"/>
        <source>Every action with its timing, people, budget and indicators.</source>
        <translation>Alle acties met planning, verantwoordelijken, budget en indicatoren.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="365"/>
        <source>action-plan</source>
        <translation>actieplan</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="374"/>
        <source>Workshop worksheet</source>
        <translation>Werkblad voor een workshop</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="375"/>
        <source>Benchmarks with space for notes and ratings, to print for a workshop.</source>
        <translation>Benchmarks met ruimte voor notities en inschalingen, om af te drukken voor een workshop.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="379"/>
        <source>worksheet</source>
        <translation>werkblad</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="386"/>
        <source>Annual integration report</source>
        <translation>Jaarverslag integratie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="387"/>
        <source>The year in review: actions, indicators, budget and your own texts.</source>
        <translation>Het jaar in terugblik: acties, indicatoren, budget en uw eigen teksten.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="391"/>
        <source>annual-report</source>
        <translation>jaarverslag-integratie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="401"/>
        <source>Fact Sandwich worksheet</source>
        <translation>Werkblad Fact Sandwich</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="402"/>
        <source>For a town meeting: the method against misinformation, your town&apos;s fact sandwiches, and boxes for writing a new one.</source>
        <translation>Voor een bewonersbijeenkomst: de methode tegen misinformatie, de Fact Sandwiches van uw gemeente en vakken om er een nieuwe in te schrijven.</translation>
    </message>
    <message>
        <source>The method against misinformation, your town&apos;s fact sandwiches and boxes to write a new one, for a town meeting.</source>
        <translation type="vanished">De methode tegen misinformatie, de fact sandwiches van uw gemeente en vakken om er een nieuwe te schrijven, voor een bewonersbijeenkomst.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="407"/>
        <source>fact-sandwich-worksheet</source>
        <translation>werkblad-fact-sandwich</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="415"/>
        <source>Rights and responsibilities</source>
        <translation>Rechten en verantwoordelijkheden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="416"/>
        <source>A handout of the rights and responsibilities of newcomers and host citizens, and the liberal and democratic principles.</source>
        <translation>Een hand-out met de rechten en verantwoordelijkheden van nieuwkomers en gastburgers, en de liberale en democratische beginselen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="421"/>
        <source>rights-and-responsibilities</source>
        <translation>rechten-en-verantwoordelijkheden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="428"/>
        <source>Council proposal</source>
        <translation>Raadsvoorstel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="429"/>
        <source>The chosen actions for the council to decide on: the situation, the decision, the budget and the timetable, in the council&apos;s usual structure.</source>
        <translation>De gekozen acties waarover de gemeenteraad besluit: de situatie, het besluit, het budget en de planning, in de gebruikelijke opbouw van een raadsvoorstel.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="434"/>
        <source>council-proposal</source>
        <translation>raadsvoorstel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="443"/>
        <source>Advocacy letters</source>
        <translation>Brieven aan bevoegde instanties</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="444"/>
        <source>A letter to each level that holds a competence the town lacks, about the benchmarks marked outside our competence.</source>
        <translation>Een brief aan elke bestuurslaag die een bevoegdheid heeft die de gemeente mist, over de benchmarks buiten onze bevoegdheid.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="449"/>
        <source>advocacy-letters</source>
        <translation>brieven-bevoegde-instanties</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="459"/>
        <source>Region report</source>
        <translation>Regiorapport</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="460"/>
        <source>Where the towns of a region file stand, by dimension, size and year, and where your town stands among them.</source>
        <translation>Waar de gemeenten van een regiobestand staan, per dimensie, grootte en jaar, en waar uw gemeente daartussen staat.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="465"/>
        <source>region-report</source>
        <translation>regiorapport</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/council_data.py" line="26"/>
        <source>The plan has no actions yet, so there is nothing to propose to the council.</source>
        <translation>Het plan heeft nog geen acties, dus er is niets om aan de gemeenteraad voor te stellen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/council_data.py" line="29"/>
        <source>No action is chosen. Tick the actions the council should decide on.</source>
        <translation>Er is geen actie gekozen. Vink de acties aan waarover de gemeenteraad moet besluiten.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/council_data.py" line="32"/>
        <source>Every action of the plan is done or dropped, so there is nothing open to propose. Tick the actions the council should decide on.</source>
        <translation>Alle acties van het plan zijn afgerond of geschrapt, er is dus niets openstaands voor te stellen. Vink de acties aan waarover de gemeenteraad moet besluiten.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/council_data.py" line="37"/>
        <source>The plan has no action with the id {ids}; it may have been deleted.</source>
        <translation>Het plan heeft geen actie met id {ids}; die is misschien verwijderd.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/council_data.py" line="40"/>
        <source>There is no assessment yet, so no benchmark is marked outside our competence and there is no letter to write.</source>
        <translation>Er is nog geen beoordeling, dus geen benchmark is gemarkeerd als buiten onze bevoegdheid en er is geen brief te schrijven.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/council_data.py" line="45"/>
        <source>No benchmark is marked “outside our competence” in the assessment “{title}”, so there is no letter to write. Mark such benchmarks when rating, then make the letters.</source>
        <translation>In de beoordeling ‘{title}’ is geen benchmark gemarkeerd als ‘buiten onze bevoegdheid’, dus er is geen brief te schrijven. Markeer zulke benchmarks bij het inschalen en maak dan de brieven.</translation>
    </message>
</context>
<context>
    <name>ReportOptionsBox</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/option_widgets.py" line="83"/>
        <source>Options</source>
        <translation>Opties</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/option_widgets.py" line="180"/>
        <source>Not used in a spreadsheet.</source>
        <translation>Niet gebruikt in een spreadsheet.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/option_widgets.py" line="216"/>
        <source>{title} ({date})</source>
        <translation>{title} ({date})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/option_widgets.py" line="224"/>
        <source>No comparison</source>
        <translation>Geen vergelijking</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/pdf_output.py" line="124"/>
        <source>Save the report as PDF</source>
        <translation>Het rapport opslaan als PDF</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/pdf_output.py" line="126"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/pdf_output.py" line="138"/>
        <source>The PDF was not saved</source>
        <translation>De PDF is niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/pdf_output.py" line="139"/>
        <source>The PDF could not be saved to {path}: {reason}. Choose a folder where you can save files, and close the PDF if another program has it open.</source>
        <translation>De PDF kon niet worden opgeslagen als {path}: {reason}. Kies een map waarin u bestanden kunt opslaan, en sluit de PDF als een ander programma die geopend heeft.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/pdf_output.py" line="155"/>
        <source>The report cannot be printed from here</source>
        <translation>Het rapport kan hier niet worden afgedrukt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/pdf_output.py" line="156"/>
        <source>The report was made, but it cannot be printed from the app: {reason}. Save it as a PDF and print it from your PDF reader. Installing the app again may repair printing.</source>
        <translation>Het rapport is gemaakt, maar kan niet vanuit de app worden afgedrukt: {reason}. Sla het op als PDF en druk het af vanuit uw PDF-lezer. De app opnieuw installeren kan het afdrukken herstellen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/pdf_output.py" line="163"/>
        <source>The preview cannot be shown</source>
        <translation>Het voorbeeld kan niet worden getoond</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/pdf_output.py" line="164"/>
        <source>The report was made, but it cannot be shown here: {reason}. Save it as a PDF and open it in your PDF reader to look at it or print it. Installing the app again may repair the preview.</source>
        <translation>Het rapport is gemaakt, maar kan hier niet worden getoond: {reason}. Sla het op als PDF en open het in uw PDF-lezer om het te bekijken of af te drukken. De app opnieuw installeren kan het voorbeeld herstellen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/pdf_output.py" line="193"/>
        <source>Printing failed</source>
        <translation>Afdrukken mislukt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/pdf_output.py" line="194"/>
        <source>The report could not be printed: {reason}. Check that the printer is switched on and connected, or save the report as a PDF and print it later.</source>
        <translation>Het rapport kon niet worden afgedrukt: {reason}. Controleer of de printer aanstaat en is aangesloten, of sla het rapport op als PDF en druk het later af.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/pdf_pages.py" line="39"/>
        <source>the PDF renderer (pypdfium2) could not be loaded ({detail})</source>
        <translation>het programma voor PDF-weergave (pypdfium2) kon niet worden geladen ({detail})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/pdf_pages.py" line="61"/>
        <source>the PDF file could not be read ({detail})</source>
        <translation>het PDF-bestand kon niet worden gelezen ({detail})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/pdf_pages.py" line="91"/>
        <source>page {page} could not be drawn ({detail})</source>
        <translation>pagina {page} kon niet worden weergegeven ({detail})</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/reports_page.py" line="109"/>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/reports_page.py" line="113"/>
        <source>Choose a report and its options, then preview it, print it or save it: as a PDF, and some as a Word document or spreadsheet to edit.</source>
        <translation>Kies een rapport en de opties; bekijk dan een voorbeeld, druk het af of sla het op: als PDF, en sommige ook als Word-document of spreadsheet om te bewerken.</translation>
    </message>
    <message>
        <source>Choose a report and its options, then preview it, print it or save it as a PDF.</source>
        <translation type="vanished">Kies een rapport en de opties; bekijk dan een voorbeeld, druk het af of sla het op als PDF.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/restore_dialog.py" line="114"/>
        <source>Restore from a backup</source>
        <translation>Herstellen uit een back-up</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/restore_dialog.py" line="117"/>
        <source>The app keeps a backup of this database every day it is used: the newest of each of the last {days} days and of each of the last {weeks} weeks. Choose the state to go back to.</source>
        <translation>De app maakt elke dag dat ze wordt gebruikt een back-up van deze database en bewaart de nieuwste van elk van de laatste {days} dagen en van elk van de laatste {weeks} weken. Kies de stand waarnaar u wilt terugkeren.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/restore_dialog.py" line="125"/>
        <source>Backups, newest first</source>
        <translation>Back-ups, nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/restore_dialog.py" line="138"/>
        <source>There are no backups of this database yet. The first is taken shortly after the app opens it, then one each day.</source>
        <translation>Er zijn nog geen back-ups van deze database. De eerste wordt kort na het openen gemaakt, daarna één per dag.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/restore_dialog.py" line="151"/>
        <source>Kept in: {folder}</source>
        <translation>Bewaard in: {folder}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/restore_dialog.py" line="153"/>
        <source>Restore as a &amp;new file…</source>
        <translation>Herstellen als &amp;nieuw bestand…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/restore_dialog.py" line="155"/>
        <source>The backup goes into a new file and opens in a second window; this one stays</source>
        <translation>De back-up komt in een nieuw bestand en wordt in een tweede venster geopend; dit venster blijft zoals het is</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/restore_dialog.py" line="157"/>
        <source>&amp;Replace the current data…</source>
        <translation>Huidige gegevens &amp;vervangen…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/restore_dialog.py" line="159"/>
        <source>Asks first; a copy of the current data is kept as a backup</source>
        <translation>Vraagt eerst; een kopie van de huidige gegevens wordt als back-up bewaard</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/restore_dialog.py" line="210"/>
        <source>This backup cannot be restored: {reason}</source>
        <translation>Deze back-up kan niet worden hersteld: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/restore_dialog.py" line="271"/>
        <source>The backup was not restored</source>
        <translation>De back-up is niet hersteld</translation>
    </message>
</context>
<context>
    <name>RightsHandout</name>
    <message>
        <location filename="../../src/toolbox_desktop/reports/rights_handout.py" line="26"/>
        <source>Rights and responsibilities</source>
        <translation>Rechten en verantwoordelijkheden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/rights_handout.py" line="27"/>
        <source>Integration works both ways: newcomers and the people who already live here each have rights and responsibilities.</source>
        <translation>Integratie werkt van twee kanten: nieuwkomers en de mensen die hier al wonen, hebben elk rechten en verantwoordelijkheden.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/rights_handout.py" line="32"/>
        <source>Newcomers and host citizens</source>
        <translation>Nieuwkomers en gastburgers</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/rights_handout.py" line="33"/>
        <source>Liberal and democratic principles</source>
        <translation>Liberale en democratische beginselen</translation>
    </message>
</context>
<context>
    <name>ScoreCounts</name>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/common/formatting.py" line="145"/>
        <source>%n not applicable</source>
        <translation>
            <numerusform>%n niet van toepassing</numerusform>
            <numerusform>%n niet van toepassing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/common/formatting.py" line="147"/>
        <source>%n outside our competence</source>
        <translation>
            <numerusform>%n buiten onze bevoegdheid</numerusform>
            <numerusform>%n buiten onze bevoegdheid</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoresTreeModel</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/scores_model.py" line="144"/>
        <source>{counted} counted in the score, {excluded} excluded, {unrated} not rated yet</source>
        <translation>{counted} meegeteld in de score, {excluded} uitgesloten, {unrated} nog niet ingeschaald</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/scores_model.py" line="156"/>
        <source>Dimension / sub-theme</source>
        <translation>Dimensie / subthema</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/scores_model.py" line="157"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/scores_model.py" line="158"/>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/scores_model.py" line="159"/>
        <source>Target reached</source>
        <translation>Doelbereik</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/scores_model.py" line="160"/>
        <source>Rated</source>
        <translation>Ingeschaald</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/scores_model.py" line="161"/>
        <source>Excluded</source>
        <translation>Uitgesloten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/scores_model.py" line="166"/>
        <source>Sum of levels ÷ (4 × benchmarks rated with a level)</source>
        <translation>Som van de niveaus ÷ (4 × met een niveau ingeschaalde benchmarks)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/scores_model.py" line="167"/>
        <source>The score the targets would give</source>
        <translation>De score die de doelen zouden opleveren</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/scores_model.py" line="168"/>
        <source>How much of the way to the targets has been covered</source>
        <translation>Welk deel van de weg naar de doelen is afgelegd</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/scores_model.py" line="169"/>
        <source>Benchmarks rated (with a level or excluded) of all benchmarks</source>
        <translation>Ingeschaalde benchmarks (met een niveau of uitgesloten) van alle benchmarks</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/scores_model.py" line="170"/>
        <source>Not applicable or outside our competence: left out of the score</source>
        <translation>Niet van toepassing of buiten onze bevoegdheid: blijft buiten de score</translation>
    </message>
</context>
<context>
    <name>ScoringHelp</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/scoring_help.py" line="17"/>
        <source>How scores are computed</source>
        <translation>Zo worden de scores berekend</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/scoring_help.py" line="23"/>
        <source>Each benchmark is rated on five levels: 0 not in place, 1 planned or ad hoc, 2 partly in place, 3 largely in place, 4 fully in place and evaluated.</source>
        <translation>Elke benchmark wordt op vijf niveaus ingeschaald: 0 niet aanwezig, 1 gepland of incidenteel, 2 gedeeltelijk aanwezig, 3 grotendeels aanwezig, 4 volledig aanwezig en geëvalueerd.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/scoring_help.py" line="27"/>
        <source>Only benchmarks rated with a level count. &quot;Not applicable&quot; and &quot;outside our competence&quot; are left out of the calculation, and so are benchmarks not rated yet; the screens always say how many are rated.</source>
        <translation>Alleen benchmarks die met een niveau zijn ingeschaald, tellen mee. &quot;Niet van toepassing&quot; en &quot;buiten onze bevoegdheid&quot; blijven buiten de berekening, net als benchmarks die nog niet zijn ingeschaald; de schermen vermelden altijd hoeveel er zijn ingeschaald.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/scoring_help.py" line="32"/>
        <source>Score = sum of the levels ÷ (4 × number of counted benchmarks) × 100 %. This is done for each sub-theme, each dimension and overall. Every benchmark weighs the same, so a dimension&apos;s score is not the average of its sub-themes.</source>
        <translation>Score = som van de niveaus ÷ (4 × aantal getelde benchmarks) × 100 %. Dit wordt berekend per subthema, per dimensie en voor het geheel. Elke benchmark weegt even zwaar; de score van een dimensie is dus niet het gemiddelde van haar subthema&apos;s.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/scoring_help.py" line="37"/>
        <source>Target score = sum of the targets ÷ (4 × counted benchmarks) × 100 %. A benchmark without a target counts with its current level (no change planned).</source>
        <translation>Doelscore = som van de doelen ÷ (4 × getelde benchmarks) × 100 %. Een benchmark zonder doel telt mee met het huidige niveau (geen verandering gepland).</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/scoring_help.py" line="41"/>
        <source>Target reached = sum of the levels, each counted at most up to its target, ÷ sum of the targets × 100 %, over the benchmarks that have a target above 0. A benchmark already at or above its target counts as fully reached.</source>
        <translation>Doelbereik = som van de niveaus, elk hoogstens tot het doel geteld, ÷ som van de doelen × 100 %, over de benchmarks met een doel boven 0. Een benchmark die het doel al haalt of overtreft, telt als volledig bereikt.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/scoring_help.py" line="46"/>
        <source>Gap = target − current level, where the target is higher. The gap list multiplies each gap by its priority (low 1, medium 2, high 3) and shows the largest first.</source>
        <translation>Kloof = doel − huidig niveau, als het doel hoger is. Het kloofoverzicht vermenigvuldigt elke kloof met de prioriteit (laag 1, middel 2, hoog 3) en toont de grootste eerst.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/scoring_help.py" line="51"/>
        <source>A group with no counted benchmark has no score and says why: &quot;not rated yet&quot;; &quot;not applicable&quot; or &quot;outside our competence&quot; when every benchmark in it was excluded for that reason; &quot;excluded&quot; when for both. Excluded benchmarks are not counted as rated.</source>
        <translation>Een groep zonder getelde benchmark heeft geen score en zegt waarom: &quot;nog niet ingeschaald&quot;; &quot;niet van toepassing&quot; of &quot;buiten onze bevoegdheid&quot; als alle benchmarks erin om die reden zijn uitgesloten; &quot;uitgesloten&quot; als om beide redenen. Uitgesloten benchmarks tellen niet als ingeschaald.</translation>
    </message>
    <message>
        <source>A group with no counted benchmark has no score: it says &quot;not rated yet&quot;, or &quot;not applicable&quot; when every benchmark in it was excluded.</source>
        <translation type="vanished">Een groep zonder getelde benchmark heeft geen score: er staat &quot;nog niet ingeschaald&quot;, of &quot;niet van toepassing&quot; als alle benchmarks erin zijn uitgesloten.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/scoring_help.py" line="57"/>
        <source>Example: three benchmarks rated 4, 1 and 2 and one not applicable give (4 + 1 + 2) ÷ (3 × 4) = 7 ÷ 12 = 58 %.</source>
        <translation>Voorbeeld: drie benchmarks met de niveaus 4, 1 en 2 en één die niet van toepassing is, geven (4 + 1 + 2) ÷ (3 × 4) = 7 ÷ 12 = 58 %.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/search_model.py" line="39"/>
        <source>Dimension</source>
        <translation>Dimensie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/search_model.py" line="40"/>
        <source>Sub-theme</source>
        <translation>Subthema</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/search_model.py" line="41"/>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/search_model.py" line="42"/>
        <source>Challenge</source>
        <translation>Uitdaging</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/search_model.py" line="43"/>
        <source>Practice</source>
        <translation>Praktijkvoorbeeld</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/search_model.py" line="44"/>
        <source>How to use</source>
        <translation>Uitleg</translation>
    </message>
</context>
<context>
    <name>SheetImportCommands</name>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/import_command.py" line="39"/>
        <source>Import %n action(s) from a spreadsheet</source>
        <translation>
            <numerusform>%n actie importeren uit een spreadsheet</numerusform>
            <numerusform>%n acties importeren uit een spreadsheet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="76"/>
        <source>Import actions from {file}</source>
        <translation>Acties importeren uit {file}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="85"/>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="86"/>
        <source>Imported as</source>
        <translation>Geïmporteerd als</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="87"/>
        <source>First values</source>
        <translation>Eerste waarden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="88"/>
        <source>Read as</source>
        <translation>Gelezen als</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="98"/>
        <source>Rows left out</source>
        <translation>Weggelaten rijen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="101"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="107"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Werkblad:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="110"/>
        <source>Which field each column is imported as:</source>
        <translation>Als welk veld elke kolom wordt geïmporteerd:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="113"/>
        <source>Rows left out, with the reason:</source>
        <translation>Weggelaten rijen, met de reden:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="151"/>
        <source>(not imported)</source>
        <translation>(niet geïmporteerd)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="155"/>
        <source>Import “{column}” as</source>
        <translation>‘{column}’ importeren als</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="231"/>
        <source>Row {line}: {reasons}</source>
        <translation>Rij {line}: {reasons}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="262"/>
        <source>The plan was changed in another window meanwhile. This is what the import would do now: {summary}. Choose Import again to import it.</source>
        <translation>Het plan is intussen in een ander venster gewijzigd. Dit zou de import nu doen: {summary}. Kies nogmaals Importeren om te importeren.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="270"/>
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="372"/>
        <source>Nothing was imported</source>
        <translation>Er is niets geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="360"/>
        <source>Import actions from a spreadsheet</source>
        <translation>Acties importeren uit een spreadsheet</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="362"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
</context>
<context>
    <name>SheetImportTexts</name>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="282"/>
        <source>%n new action(s)</source>
        <translation>
            <numerusform>%n nieuwe actie</numerusform>
            <numerusform>%n nieuwe acties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="283"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n bijgewerkt</numerusform>
            <numerusform>%n bijgewerkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="284"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n ongewijzigd</numerusform>
            <numerusform>%n ongewijzigd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="285"/>
        <source>%n row(s) left out</source>
        <translation>
            <numerusform>%n rij weggelaten</numerusform>
            <numerusform>%n rijen weggelaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="289"/>
        <source>%n indicator(s) added or updated</source>
        <translation>
            <numerusform>%n indicator toegevoegd of bijgewerkt</numerusform>
            <numerusform>%n indicatoren toegevoegd of bijgewerkt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spreadsheet</name>
    <message>
        <source>ID</source>
        <translation type="vanished">ID</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="24"/>
        <source>Permanent ID</source>
        <translation>Vaste ID</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="26"/>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="61"/>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="68"/>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="27"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="28"/>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="84"/>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="98"/>
        <source>Dimension</source>
        <translation>Dimensie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="29"/>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="80"/>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="103"/>
        <source>Benchmarks</source>
        <translation>Benchmarks</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="30"/>
        <source>Responsible role</source>
        <translation>Verantwoordelijke rol</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="31"/>
        <source>Responsible person</source>
        <translation>Verantwoordelijke persoon</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="32"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="33"/>
        <source>Partner names</source>
        <translation>Namen van partners</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="34"/>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="35"/>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="36"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="37"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="38"/>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="92"/>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="39"/>
        <source>Progress %</source>
        <translation>Voortgang %</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="40"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="41"/>
        <source>Spent</source>
        <translation>Uitgegeven</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="42"/>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="43"/>
        <source>Budget line</source>
        <translation>Begrotingspost</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="44"/>
        <source>Funding source</source>
        <translation>Financieringsbron</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="45"/>
        <source>Guide item</source>
        <translation>Onderdeel van de handreiking</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="62"/>
        <source>Milestone</source>
        <translation>Mijlpaal</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="63"/>
        <source>Due</source>
        <translation>Gepland op</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="64"/>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="69"/>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="70"/>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="71"/>
        <source>Baseline</source>
        <translation>Nulmeting</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="72"/>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="91"/>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="73"/>
        <source>Measured on</source>
        <translation>Gemeten op</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="74"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="75"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="77"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="50"/>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="78"/>
        <source>Milestones</source>
        <translation>Mijlpalen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="79"/>
        <source>Indicators</source>
        <translation>Indicatoren</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="81"/>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="85"/>
        <source>Sub-theme</source>
        <translation>Subthema</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="86"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="87"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="88"/>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="89"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="90"/>
        <source>Level (in words)</source>
        <translation>Niveau (in woorden)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="93"/>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="102"/>
        <source>Excluded</source>
        <translation>Uitgesloten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="94"/>
        <source>Evidence</source>
        <translation>Onderbouwing</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="95"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="99"/>
        <source>Current %</source>
        <translation>Huidig %</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="100"/>
        <source>Target %</source>
        <translation>Doel %</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="101"/>
        <source>Rated</source>
        <translation>Ingeschaald</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="105"/>
        <source>Overall</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="obsolete">ja</translation>
    </message>
</context>
<context>
    <name>SpreadsheetImport</name>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/plan_import.py" line="62"/>
        <source>{column}: {problem}</source>
        <translation>{column}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/plan_import.py" line="63"/>
        <source>the ID {uid} is on row {first} already</source>
        <translation>de ID {uid} staat al in rij {first}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/plan_import.py" line="68"/>
        <source>sheet {sheet}, rows {lines}: no row of the actions has the Permanent ID {uid}, so they were not imported</source>
        <translation>werkblad {sheet}, rijen {lines}: geen rij van de acties heeft de Vaste ID {uid}, dus ze zijn niet geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/plan_import.py" line="73"/>
        <source>sheet {sheet}, rows {lines}: no new action is titled “{title}” (an action already in your plan is named by its Permanent ID), so they were not imported</source>
        <translation>werkblad {sheet}, rijen {lines}: geen nieuwe actie heet “{title}” (een actie die al in uw plan staat, wordt aangeduid met haar Vaste ID), dus ze zijn niet geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/plan_import.py" line="78"/>
        <source>sheet {sheet}, rows {lines}: more than one new action is titled “{title}”, so they were not imported: give those actions different titles</source>
        <translation>werkblad {sheet}, rijen {lines}: meer dan één nieuwe actie heet “{title}”, dus ze zijn niet geïmporteerd: geef die acties verschillende titels</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/indicator_import.py" line="35"/>
        <location filename="../../src/toolbox_desktop/exchange/sheets/plan_import.py" line="64"/>
        <source>sheet {sheet}, row {line}: {problem}</source>
        <translation>werkblad {sheet}, rij {line}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/indicator_import.py" line="36"/>
        <source>a value without the date it was measured</source>
        <translation>een meetwaarde zonder de datum van de meting</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/indicator_import.py" line="37"/>
        <source>a date without the value measured</source>
        <translation>een datum zonder de gemeten waarde</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/indicator_import.py" line="38"/>
        <source>indicator “{name}”: {problem}</source>
        <translation>indicator ‘{name}’: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/indicator_import.py" line="39"/>
        <source>sheet {sheet}, rows {lines} give different baselines ({values}): give every row of the indicator the same baseline</source>
        <translation>werkblad {sheet}, rijen {lines} geven verschillende nulmetingen ({values}): geef elke rij van de indicator dezelfde nulmeting</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/indicator_import.py" line="44"/>
        <source>sheet {sheet}, rows {lines} give different targets ({values}): give every row of the indicator the same target</source>
        <translation>werkblad {sheet}, rijen {lines} geven verschillende streefwaarden ({values}): geef elke rij van de indicator dezelfde streefwaarde</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/plan_import.py" line="65"/>
        <source>Map a column to the action&apos;s title (or to the ID, to update actions).</source>
        <translation>Koppel een kolom aan de titel van de actie (of aan de ID, om acties bij te werken).</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/reading.py" line="41"/>
        <source>This file is protected by a password, or is an old Excel file (.xls). Save it without a password as .xlsx or .csv and try again.</source>
        <translation>Dit bestand is beveiligd met een wachtwoord, of het is een oud Excel-bestand (.xls). Sla het zonder wachtwoord op als .xlsx of .csv en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/reading.py" line="46"/>
        <source>This is not a spreadsheet we can read ({detail}). Save it as .xlsx or .csv and try again.</source>
        <translation>Dit is geen spreadsheet die we kunnen lezen ({detail}). Sla het op als .xlsx of .csv en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/reading.py" line="50"/>
        <source>The file cannot be read: {detail}</source>
        <translation>Het bestand kan niet worden gelezen: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/reading.py" line="51"/>
        <source>The file has no rows to import.</source>
        <translation>Het bestand heeft geen rijen om te importeren.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/values.py" line="53"/>
        <source>a formula without a calculated value: open the file in your spreadsheet program, save it and import it again</source>
        <translation>een formule zonder berekende waarde: open het bestand in uw spreadsheetprogramma, sla het op en importeer het opnieuw</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/values.py" line="58"/>
        <source>“{value}” does not say whether the milestone is done: write yes or leave it empty</source>
        <translation>“{value}” zegt niet of de mijlpaal klaar is: schrijf ja of laat de cel leeg</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/values.py" line="62"/>
        <source>“{value}” is not a quick win of the leaders&apos; guide (such as qw.internships): leave the cell as it was exported, or empty</source>
        <translation>“{value}” is geen snelle maatregel uit de gids voor lokale leiders (zoals qw.internships): laat de cel zoals die geëxporteerd is, of leeg</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/values.py" line="67"/>
        <source>the formula in this cell gives an error ({error}); correct it in the spreadsheet</source>
        <translation>de formule in deze cel geeft een fout ({error}); verbeter die in de spreadsheet</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/values.py" line="71"/>
        <source>“{value}” is not one of: {known}</source>
        <translation>‘{value}’ is geen van deze waarden: {known}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/values.py" line="72"/>
        <source>“{value}” is not a benchmark code or number</source>
        <translation>‘{value}’ is geen code of nummer van een benchmark</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/values.py" line="75"/>
        <source>“{value}” is not a dimension of the toolbox</source>
        <translation>‘{value}’ is geen dimensie van de toolbox</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/values.py" line="78"/>
        <source>“{value}” is not a currency code such as EUR</source>
        <translation>‘{value}’ is geen valutacode zoals EUR</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/values.py" line="81"/>
        <source>“{value}” is not a whole number from {low} to {high}</source>
        <translation>‘{value}’ is geen geheel getal van {low} tot {high}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/values.py" line="84"/>
        <source>“{value}” could have the day or the month first. Write it as {month_first} or {day_first}.</source>
        <translation>Bij ‘{value}’ kan de dag of de maand voorop staan. Schrijf {month_first} of {day_first}.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/values.py" line="88"/>
        <source>{value} is shown in {shown}, but this action&apos;s amounts are in {currency}: give the cell the action&apos;s currency, or name the currency in the Currency column</source>
        <translation>{value} wordt getoond in {shown}, maar de bedragen van deze actie zijn in {currency}: geef de cel de valuta van de actie, of noem de valuta in de kolom Valuta</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/values.py" line="93"/>
        <source>the milestone “{line}” has no title</source>
        <translation>de mijlpaal “{line}” heeft geen titel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/values.py" line="96"/>
        <source>{value} has more than two decimals: amounts are kept in cents</source>
        <translation>{value} heeft meer dan twee decimalen: bedragen worden in centen bewaard</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/text_encoding.py" line="23"/>
        <source>Line {line} of this file holds a byte that is not UTF-8 text, though the rest of the file is UTF-8: the file may be damaged. Nothing was imported. Save it again as CSV UTF-8 and try again.</source>
        <translation>Regel {line} van dit bestand bevat een byte die geen UTF-8-tekst is, terwijl de rest van het bestand UTF-8 is: het bestand is misschien beschadigd. Er is niets geïmporteerd. Sla het opnieuw op als CSV UTF-8 en probeer het nog eens.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/text_encoding.py" line="29"/>
        <source>The letters of this file cannot be read: it is neither UTF-8 nor {encoding} text. Nothing was imported. Save it as CSV UTF-8 (in Excel: Save As, then CSV UTF-8) and try again.</source>
        <translation>De letters van dit bestand zijn niet te lezen: het is geen UTF-8- en geen {encoding}-tekst. Er is niets geïmporteerd. Sla het op als CSV UTF-8 (in Excel: Opslaan als, dan CSV UTF-8) en probeer het nog eens.</translation>
    </message>
</context>
<context>
    <name>StoringFailed</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/messages.py" line="41"/>
        <source>The change could not be stored: the disk is full. Free some space on it (delete or move files you no longer need), then try again. Your earlier data is unchanged.</source>
        <translation>De wijziging kon niet worden opgeslagen: de schijf is vol. Maak er ruimte op vrij (verwijder of verplaats bestanden die u niet meer nodig hebt) en probeer het dan opnieuw. Uw eerdere gegevens zijn ongewijzigd.</translation>
    </message>
</context>
<context>
    <name>Tailoring</name>
    <message>
        <location filename="../../src/toolbox_desktop/core/tailoring.py" line="11"/>
        <source>Marked from the municipality profile (a field outside its competence): please review.</source>
        <translation>Gemarkeerd op basis van het gemeenteprofiel (een domein buiten de bevoegdheid van de gemeente): controleer dit.</translation>
    </message>
</context>
<context>
    <name>TextLimiter</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/text_limits.py" line="114"/>
        <source>{count} of {limit} characters: shorten the text to store it.</source>
        <translation>{count} van {limit} tekens: maak de tekst korter om hem op te slaan.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/text_limits.py" line="116"/>
        <source>{limit} characters at most: the rest was not added.</source>
        <translation>Hoogstens {limit} tekens: de rest is niet toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/text_limits.py" line="118"/>
        <source>{count} of {limit} characters</source>
        <translation>{count} van {limit} tekens</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_legend.py" line="30"/>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_legend.py" line="32"/>
        <source>Milestone</source>
        <translation>Mijlpaal</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_legend.py" line="34"/>
        <source>Milestone reached</source>
        <translation>Mijlpaal bereikt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_text.py" line="36"/>
        <source>not set</source>
        <translation>niet ingesteld</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_text.py" line="44"/>
        <source>Q{number}</source>
        <translation>K{number}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_text.py" line="55"/>
        <source>No dimension</source>
        <translation>Geen dimensie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_text.py" line="65"/>
        <source>No phase</source>
        <translation>Geen fase</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_text.py" line="69"/>
        <source>Without dates</source>
        <translation>Zonder datums</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_text.py" line="83"/>
        <source>{person} ({role})</source>
        <translation>{person} ({role})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_text.py" line="90"/>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_text.py" line="96"/>
        <source>No dates yet: double-click or press Enter to plan it</source>
        <translation>Nog geen datums: dubbelklik of druk op Enter om die te plannen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_text.py" line="106"/>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_text.py" line="180"/>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_text.py" line="113"/>
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_text.py" line="119"/>
        <source>Progress: {percent} %</source>
        <translation>Voortgang: {percent} %</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_text.py" line="127"/>
        <source>Responsible: {owner}</source>
        <translation>Verantwoordelijk: {owner}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_text.py" line="132"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>%n dag te laat</numerusform>
            <numerusform>%n dagen te laat</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_text.py" line="136"/>
        <source>Overdue milestones: {count}</source>
        <translation>Mijlpalen te laat: {count}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_text.py" line="145"/>
        <source>done</source>
        <translation>afgerond</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_text.py" line="147"/>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_text.py" line="149"/>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_text.py" line="150"/>
        <source>Milestone: {title}, {date} ({state})</source>
        <translation>Mijlpaal: {title}, {date} ({state})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_text.py" line="158"/>
        <source>{title}: {start} – {end}, {status}</source>
        <translation>{title}: {start} – {end}, {status}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_text.py" line="165"/>
        <source>{summary}, overdue</source>
        <translation>{summary}, te laat</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_text.py" line="170"/>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_text.py" line="175"/>
        <source>Actions by phase</source>
        <translation>Acties per fase</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_text.py" line="176"/>
        <source>Actions by dimension</source>
        <translation>Acties per dimensie</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_chart.py" line="73"/>
        <source>Timeline of the actions</source>
        <translation>Tijdlijn van de acties</translation>
    </message>
</context>
<context>
    <name>TimelineLegend</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_legend.py" line="44"/>
        <source>Key to the timeline</source>
        <translation>Legenda bij de tijdlijn</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_view.py" line="44"/>
        <source>Dimension</source>
        <translation>Dimensie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_view.py" line="45"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_view.py" line="46"/>
        <source>Group the actions by</source>
        <translation>De acties groeperen per</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation type="vanished">Groeperen &amp;per:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_view.py" line="47"/>
        <source>Gro&amp;up by:</source>
        <translation>Groeperen &amp;per:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_view.py" line="55"/>
        <source>Months</source>
        <translation>Maanden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_view.py" line="55"/>
        <source>Show months (zoom in with +)</source>
        <translation>Maanden tonen (inzoomen met +)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_view.py" line="56"/>
        <source>Quarters</source>
        <translation>Kwartalen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_view.py" line="56"/>
        <source>Show quarters</source>
        <translation>Kwartalen tonen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_view.py" line="57"/>
        <source>Years</source>
        <translation>Jaren</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_view.py" line="57"/>
        <source>Show years (zoom out with -)</source>
        <translation>Jaren tonen (uitzoomen met -)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_view.py" line="68"/>
        <source>Zoom:</source>
        <translation>Zoom:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_view.py" line="71"/>
        <source>Go to today</source>
        <translation>Naar vandaag</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_view.py" line="72"/>
        <source>Scroll the timeline to today</source>
        <translation>De tijdlijn naar vandaag schuiven</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_view.py" line="89"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/training.py" line="60"/>
        <source>Training municipality</source>
        <translation>Oefengemeente</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/training.py" line="67"/>
        <source>The training town could not be created in {path}: that file already holds someone&apos;s own work, which is never mixed with fictional data. Rename or move that file, then try again.</source>
        <translation>De oefengemeente kon niet in {path} worden gemaakt: dat bestand bevat al eigen werk van iemand, en dat wordt nooit met fictieve gegevens gemengd. Hernoem of verplaats dat bestand en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/training.py" line="88"/>
        <source>The training town is ready in {path}, but a second window could not be started. Start the app with: toolbox-desktop --db &quot;{path}&quot;</source>
        <translation>De oefengemeente staat klaar in {path}, maar een tweede venster kon niet worden geopend. Start de app met: toolbox-desktop --db &quot;{path}&quot;</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/view_options.py" line="27"/>
        <source>Colours of the &amp;system</source>
        <translation>Kleuren van het &amp;systeem</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/view_options.py" line="28"/>
        <source>&amp;Light</source>
        <translation>&amp;Licht</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/view_options.py" line="29"/>
        <source>&amp;Dark</source>
        <translation>&amp;Donker</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/view_options.py" line="30"/>
        <source>&amp;High contrast</source>
        <translation>&amp;Hoog contrast</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/view_options.py" line="33"/>
        <source>&amp;Normal text</source>
        <translation>&amp;Normale tekst</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/view_options.py" line="34"/>
        <source>La&amp;rger text (125 %)</source>
        <translation>&amp;Grotere tekst (125 %)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/view_options.py" line="35"/>
        <source>Lar&amp;gest text (150 %)</source>
        <translation>&amp;Zeer grote tekst (150 %)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/view_options.py" line="214"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
</context>
<context>
    <name>Worksheet</name>
    <message>
        <location filename="../../src/toolbox_desktop/reports/worksheet.py" line="37"/>
        <source>Self-assessment worksheet</source>
        <translation>Werkblad zelfevaluatie</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/worksheet.py" line="38"/>
        <source>Self-assessment worksheet: facilitator</source>
        <translation>Werkblad zelfevaluatie: begeleider</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/worksheet.py" line="39"/>
        <source>For each benchmark, tick the one box that best describes where the municipality stands today, or N/A when it does not concern the municipality. Write what supports your rating (evidence) and any remarks on the lines under each dimension.</source>
        <translation>Kruis bij elke benchmark het ene vakje aan dat het best beschrijft waar de gemeente nu staat, of n.v.t. als de benchmark de gemeente niet betreft. Schrijf op de regels onder elke dimensie wat uw inschaling onderbouwt en eventuele opmerkingen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/worksheet.py" line="45"/>
        <source>The five levels</source>
        <translation>De vijf niveaus</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/worksheet.py" line="46"/>
        <source>Name: ____________________________   Date: __________</source>
        <translation>Naam: ____________________________   Datum: __________</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/worksheet.py" line="47"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/worksheet.py" line="48"/>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/worksheet.py" line="49"/>
        <source>N/A</source>
        <translation>n.v.t.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/worksheet.py" line="50"/>
        <source>Notes and evidence</source>
        <translation>Notities en onderbouwing</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/worksheet.py" line="51"/>
        <source>Common challenges to discuss</source>
        <translation>Veelvoorkomende uitdagingen om te bespreken</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/worksheet.py" line="52"/>
        <source>A practice from a real town: {name} ({place}, {country})</source>
        <translation>Een praktijkvoorbeeld uit een echte gemeente: {name} ({place}, {country})</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/consensus_model.py" line="47"/>
        <source>N/A</source>
        <translation>n.v.t.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/agreed_panel.py" line="190"/>
        <source>No participant has rated it yet.</source>
        <translation>Nog geen enkele deelnemer heeft deze benchmark ingeschaald.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/agreed_panel.py" line="193"/>
        <source>{level}: {count}×</source>
        <translation>{level}: {count}×</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/agreed_panel.py" line="199"/>
        <source>N/A: {count}×</source>
        <translation>n.v.t.: {count}×</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/agreed_panel.py" line="203"/>
        <source>Ratings {ratings}</source>
        <translation>Inschalingen {ratings}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/agreed_panel.py" line="207"/>
        <source>median {median}, spread {spread}</source>
        <translation>mediaan {median}, spreiding {spread}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/agreed_panel.py" line="214"/>
        <source>{count} not rated</source>
        <translation>{count} niet ingeschaald</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/workshop_repository.py" line="24"/>
        <source>{name} is already a participant of this workshop. Choose that participant to change their ratings, or add the name with an initial.</source>
        <translation>{name} neemt al deel aan deze workshop. Kies die deelnemer om de inschalingen te wijzigen, of voeg de naam toe met een initiaal.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/workshop_repository.py" line="29"/>
        <source>This assessment is final, so its workshop cannot change. Reopen the assessment first.</source>
        <translation>Deze beoordeling is definitief, dus de workshop ervan kan niet veranderen. Heropen eerst de beoordeling.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/consensus.py" line="33"/>
        <source>Participant {number}</source>
        <translation>Deelnemer {number}</translation>
    </message>
</context>
<context>
    <name>WorkshopStartPage</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/start_page.py" line="28"/>
        <source>Run this assessment as a workshop: each participant rates every benchmark on paper or on their own laptop, the ratings are collected here, and the consensus table shows where the group agrees and where it does not. The group then sets the agreed ratings, which become the assessment&apos;s ratings; everyone&apos;s own ratings are kept.</source>
        <translation>Voer deze beoordeling uit als workshop: elke deelnemer schaalt elke benchmark in op papier of op de eigen laptop, de inschalingen worden hier verzameld en de consensustabel laat zien waar de groep het eens is en waar niet. De groep legt dan de overeengekomen inschalingen vast, die de inschalingen van de beoordeling worden; de eigen inschalingen van iedereen blijven bewaard.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/start_page.py" line="36"/>
        <source>Start a workshop with &amp;named participants</source>
        <translation>Workshop &amp;starten met deelnemers op naam</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/start_page.py" line="39"/>
        <source>Start a workshop with &amp;anonymous participants</source>
        <translation>Workshop starten met anonie&amp;me deelnemers</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/start_page.py" line="42"/>
        <source>E&amp;xport my ratings as a participant file…</source>
        <translation>Mijn inschalingen als deelnemersbestand &amp;exporteren…</translation>
    </message>
    <message>
        <source>&amp;Export my ratings as a participant file…</source>
        <translation type="vanished">Mijn inschalingen als deelnemersbestand &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/start_page.py" line="45"/>
        <source>On a participant&apos;s laptop: save your ratings of this assessment in a file for the facilitator.</source>
        <translation>Op de laptop van een deelnemer: uw inschalingen van deze beoordeling opslaan in een bestand voor de begeleider.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/start_page.py" line="64"/>
        <source>Workshop for {title}</source>
        <translation>Workshop voor {title}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/start_page.py" line="66"/>
        <source>Create an assessment first, then run it as a workshop.</source>
        <translation>Maak eerst een beoordeling aan en voer die dan uit als workshop.</translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="104"/>
        <source>Add &amp;participant…</source>
        <translation>Deelnemer toe&amp;voegen…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="106"/>
        <source>Enter paper &amp;ratings…</source>
        <translation>Inschalingen van papier &amp;overnemen…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="108"/>
        <source>Re&amp;move participant…</source>
        <translation>Deelnemer ve&amp;rwijderen…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="110"/>
        <source>&amp;Collect participant files…</source>
        <translation>Deelnemersbestanden ver&amp;zamelen…</translation>
    </message>
    <message>
        <source>&amp;Export my ratings…</source>
        <translation type="vanished">Mijn inschalingen &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="115"/>
        <source>Pre&amp;sent (F5)</source>
        <translation>Pre&amp;senteren (F5)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="130"/>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="139"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="145"/>
        <source>Consensus: every participant&apos;s rating</source>
        <translation>Consensus: de inschaling van elke deelnemer</translation>
    </message>
    <message>
        <source>&amp;Largest disagreement first</source>
        <translation type="vanished">Grootste meningsverschil eers&amp;t</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="159"/>
        <source>Workshop notice</source>
        <translation>Melding bij de workshop</translation>
    </message>
    <message>
        <source>Workshop: {title} — {count} participants ({kind})</source>
        <translation type="vanished">Workshop: {title} — deelnemers: {count} ({kind})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="112"/>
        <source>E&amp;xport my ratings…</source>
        <translation>Mijn inschalingen &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="152"/>
        <source>Largest &amp;disagreement first</source>
        <translation>Grootste meningsverschil eers&amp;t</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="209"/>
        <source>Workshop: {title} — %n participant(s) ({kind})</source>
        <translation>
            <numerusform>Workshop: {title} — %n deelnemer ({kind})</numerusform>
            <numerusform>Workshop: {title} — %n deelnemers ({kind})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="211"/>
        <source>named</source>
        <translation>op naam</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="211"/>
        <source>anonymous</source>
        <translation>anoniem</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="222"/>
        <source>This assessment is final: reopen it to change the workshop or the agreed ratings.</source>
        <translation>Deze beoordeling is definitief: heropen die om de workshop of de overeengekomen inschalingen te wijzigen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="240"/>
        <source>paper</source>
        <translation>papier</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="240"/>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="242"/>
        <source>{number}. {name} — {source}, {rated} of {total}</source>
        <translation>{number}. {name} — {source}, {rated} van {total}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="323"/>
        <source>The workshop could not be started: {reason}</source>
        <translation>De workshop kon niet worden gestart: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="335"/>
        <source>Add participant</source>
        <translation>Deelnemer toevoegen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="336"/>
        <source>Name (leave empty to number the participant):</source>
        <translation>Naam (leeg laten om de deelnemer een nummer te geven):</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="347"/>
        <source>The participant could not be added: {reason}</source>
        <translation>De deelnemer kon niet worden toegevoegd: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="378"/>
        <source>Remove participant</source>
        <translation>Deelnemer verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="380"/>
        <source>Remove {name} and their ratings from this workshop? The agreed ratings stay.</source>
        <translation>{name} met alle inschalingen uit deze workshop verwijderen? De overeengekomen inschalingen blijven.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="390"/>
        <source>The participant was not removed: {reason}</source>
        <translation>De deelnemer is niet verwijderd: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="471"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/about.py" line="38"/>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/about.py" line="45"/>
        <source>App icon</source>
        <translation>App-Symbol</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/about.py" line="48"/>
        <source>{app}, version {version}</source>
        <translation>{app}, Version {version}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/about.py" line="59"/>
        <source>Assess, plan and print local integration policy for migrants and refugees, offline. Built on the Whole-COMM toolbox. The app never connects to the internet: new versions are announced on the project&apos;s download page.</source>
        <translation>Lokale Integrationspolitik für Migrantinnen, Migranten und Geflüchtete bewerten, planen und drucken, offline. Auf Grundlage der Whole-COMM-Toolbox. Die App verbindet sich nie mit dem Internet: Neue Versionen werden auf der Download-Seite des Projekts angekündigt.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/about.py" line="67"/>
        <source>Free software under the GNU General Public License, version 3 or any later version ({licence}). It comes with no warranty. You may share and change it under the terms of that licence (the file LICENSE beside the program).</source>
        <translation>Freie Software unter der GNU General Public License, Version 3 oder jede spätere Version ({licence}). Sie wird ohne jede Gewährleistung bereitgestellt. Sie dürfen sie nach den Bedingungen dieser Lizenz weitergeben und verändern (die Datei LICENSE neben dem Programm).</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/about.py" line="77"/>
        <source>Content:</source>
        <translation>Inhalte:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/about.py" line="80"/>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/about.py" line="82"/>
        <source>Backups:</source>
        <translation>Sicherungen:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/about.py" line="84"/>
        <source>Settings:</source>
        <translation>Einstellungen:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/about.py" line="88"/>
        <source>Portable: everything is kept in {folder}, beside the program; nothing is written to this computer&apos;s user profile.</source>
        <translation>Portabel: Alles wird in {folder} neben dem Programm gespeichert; in das Benutzerprofil dieses Computers wird nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/about.py" line="93"/>
        <source>Installed: the data is kept in your user profile on this computer. For a USB stick, put an empty file named “portable” beside the program.</source>
        <translation>Installiert: Die Daten liegen in Ihrem Benutzerprofil auf diesem Computer. Für einen USB-Stick legen Sie eine leere Datei namens „portable“ neben das Programm.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/about.py" line="97"/>
        <source>Mode:</source>
        <translation>Modus:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/about.py" line="108"/>
        <source>No content loaded</source>
        <translation>Keine Inhalte geladen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/about.py" line="110"/>
        <source>{title}, version {version}</source>
        <translation>{title}, Version {version}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/about.py" line="114"/>
        <source>Source: {citation}</source>
        <translation>Quelle: {citation}</translation>
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
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/delegates.py" line="70"/>
        <source>Start date</source>
        <translation>Anfangsdatum</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/delegates.py" line="70"/>
        <source>End date</source>
        <translation>Enddatum</translation>
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
        <translation>&amp;Indikatoren</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_editor.py" line="75"/>
        <source>Choose an action in the table to edit it, or create one (Ctrl+N).</source>
        <translation>Wählen Sie eine Maßnahme in der Tabelle aus, um sie zu bearbeiten, oder legen Sie eine neue an (Strg+N).</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_editor.py" line="82"/>
        <source>Discard my changes</source>
        <translation>Meine Änderungen verwerfen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_editor.py" line="83"/>
        <source>Show the action as it is stored</source>
        <translation>Die Maßnahme so anzeigen, wie sie gespeichert ist</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_editor.py" line="353"/>
        <source>Not saved yet: {problem} Your input is kept until you correct it.</source>
        <translation>Noch nicht gespeichert: {problem} Ihre Eingaben bleiben erhalten, bis Sie sie korrigieren.</translation>
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
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="108"/>
        <source>What will be done, for whom, and why</source>
        <translation>Was wird getan, für wen und warum</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="113"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="117"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="121"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="123"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="126"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="127"/>
        <source>(no dimension)</source>
        <translation>(keine Dimension)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="133"/>
        <source>Responsible role</source>
        <translation>Zuständige Rolle</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="134"/>
        <source>e.g. Integration officer</source>
        <translation>z. B. Integrationsbeauftragte/r</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="136"/>
        <source>Responsible person</source>
        <translation>Zuständige Person</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="137"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="140"/>
        <source>Partner names</source>
        <translation>Namen der Partner</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="141"/>
        <source>Who exactly, e.g. Caritas, Volkshochschule</source>
        <translation>Wer genau, z. B. Caritas, Volkshochschule</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_pages.py" line="88"/>
        <source>Start date</source>
        <translation>Anfangsdatum</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_pages.py" line="89"/>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_pages.py" line="91"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_pages.py" line="98"/>
        <location filename="../../src/toolbox_desktop/ui/plan/action_pages.py" line="99"/>
        <source>Use suggestion</source>
        <translation>Vorschlag übernehmen</translation>
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
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_pages.py" line="134"/>
        <source>Spent so far</source>
        <translation>Bisher ausgegeben</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_pages.py" line="136"/>
        <source>Budget line</source>
        <translation>Haushaltsstelle</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_pages.py" line="138"/>
        <source>e.g. 4.3100 Integration – not general social aid</source>
        <translation>z. B. 4.3100 Integration – nicht allgemeine Sozialhilfe</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_pages.py" line="144"/>
        <source>Funding source</source>
        <translation>Finanzierungsquelle</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_pages.py" line="145"/>
        <source>(not chosen yet)</source>
        <translation>(noch nicht gewählt)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="161"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="177"/>
        <source>T&amp;itle:</source>
        <translation>Tit&amp;el:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="178"/>
        <source>Des&amp;cription:</source>
        <translation>Beschreibu&amp;ng:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="183"/>
        <source>Benchmar&amp;ks:</source>
        <translation>Benchmar&amp;ks:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_pages.py" line="164"/>
        <source>Budget l&amp;ine:</source>
        <translation>H&amp;aushaltsstelle:</translation>
    </message>
    <message>
        <source>Gener&amp;al</source>
        <translation type="vanished">A&amp;llgemein</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="165"/>
        <source>Dates &amp;&amp; &amp;milestones</source>
        <translation>Termine &amp;&amp; Mei&amp;lensteine</translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation type="vanished">&amp;Finanzen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="vanished">Tit&amp;el:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation type="vanished">Bes&amp;chreibung:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="179"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="180"/>
        <source>Priorit&amp;y:</source>
        <translation>Priorit&amp;ät:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="181"/>
        <source>&amp;Progress:</source>
        <translation>F&amp;ortschritt:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="182"/>
        <source>Dimension:</source>
        <translation>Dimension:</translation>
    </message>
    <message>
        <source>Ben&amp;chmarks:</source>
        <translation type="vanished">Benchmar&amp;ks:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="184"/>
        <source>Responsible &amp;role:</source>
        <translation>Zuständige &amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="185"/>
        <source>Responsible perso&amp;n:</source>
        <translation>Zuständige &amp;Person:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="198"/>
        <source>Partners:</source>
        <translation>Partner:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="199"/>
        <source>Partner names:</source>
        <translation>Namen der Partner:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_pages.py" line="103"/>
        <source>&amp;Start:</source>
        <translation>&amp;Anfang:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_pages.py" line="105"/>
        <source>E&amp;nd:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_pages.py" line="108"/>
        <source>&amp;Phase:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_pages.py" line="115"/>
        <source>Milestones:</source>
        <translation>Meilensteine:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_pages.py" line="154"/>
        <source>B&amp;udget:</source>
        <translation>Budg&amp;et:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_pages.py" line="160"/>
        <source>S&amp;pent so far:</source>
        <translation>Bi&amp;sher ausgegeben:</translation>
    </message>
    <message>
        <source>Budget &amp;line:</source>
        <translation type="vanished">H&amp;aushaltsstelle:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_pages.py" line="166"/>
        <source>Keep integration money on its own budget line, apart from general social spending, so that it can be shown and defended.</source>
        <translation>Führen Sie Integrationsmittel auf einer eigenen Haushaltsstelle, getrennt von allgemeinen Sozialausgaben, damit sie sichtbar sind und begründet werden können.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_pages.py" line="176"/>
        <source>Funding sour&amp;ce:</source>
        <translation>Finanzierungs&amp;quelle:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="402"/>
        <source>Suggested from the end date: {phase}</source>
        <translation>Vorschlag anhand des Enddatums: {phase}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_form.py" line="419"/>
        <source>Spent {spent} of {budget} ({share} %).</source>
        <translation>{spent} von {budget} ausgegeben ({share} %).</translation>
    </message>
</context>
<context>
    <name>ActionPicker</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/action_picker.py" line="41"/>
        <source>Actions of the proposal</source>
        <translation>Maßnahmen der Vorlage</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/action_picker.py" line="44"/>
        <source>&amp;All</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/action_picker.py" line="45"/>
        <source>Tick every action</source>
        <translation>Alle Maßnahmen anhaken</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/action_picker.py" line="47"/>
        <source>&amp;None</source>
        <translation>&amp;Keine</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/action_picker.py" line="48"/>
        <source>Tick no action</source>
        <translation>Keine Maßnahme anhaken</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/action_picker.py" line="93"/>
        <source>(untitled action)</source>
        <translation>(Maßnahme ohne Titel)</translation>
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
            <numerusform>%n Maßnahme gewählt</numerusform>
            <numerusform>%n Maßnahmen gewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionTable</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_table.py" line="71"/>
        <source>Actions of the plan</source>
        <translation>Maßnahmen des Plans</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_table.py" line="112"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_table.py" line="226"/>
        <source>S&amp;ort by “{column}”</source>
        <translation>S&amp;ortieren nach „{column}“</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_table.py" line="228"/>
        <source>&amp;Ascending</source>
        <translation>&amp;Aufsteigend</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_table.py" line="229"/>
        <source>&amp;Descending</source>
        <translation>A&amp;bsteigend</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/action_table.py" line="240"/>
        <source>Set &amp;status of %n action(s)</source>
        <translation>
            <numerusform>&amp;Status von %n Maßnahme setzen</numerusform>
            <numerusform>&amp;Status von %n Maßnahmen setzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/action_table.py" line="246"/>
        <source>Set &amp;responsible for %n action(s)…</source>
        <translation>
            <numerusform>&amp;Zuständigkeit für %n Maßnahme festlegen…</numerusform>
            <numerusform>&amp;Zuständigkeit für %n Maßnahmen festlegen…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_table.py" line="248"/>
        <source>&amp;Council proposal from selected actions…</source>
        <translation>Beschluss&amp;vorlage aus den ausgewählten Maßnahmen…</translation>
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
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_model.py" line="236"/>
        <source>Milestone late</source>
        <translation>Meilenstein verspätet</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_model.py" line="258"/>
        <source>Ended on {date} and is not done: update its status or its dates.</source>
        <translation>Endete am {date} und ist nicht abgeschlossen: Aktualisieren Sie den Status oder die Termine.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_model.py" line="262"/>
        <source>Milestone “{title}” was due on {date} and is not done.</source>
        <translation>Meilenstein „{title}“ war am {date} fällig und ist nicht erledigt.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_model.py" line="266"/>
        <source>Budget {budget}, spent {spent}</source>
        <translation>Budget {budget}, ausgegeben {spent}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_model.py" line="286"/>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_model.py" line="287"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_model.py" line="288"/>
        <source>Responsible</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_model.py" line="289"/>
        <source>Start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_model.py" line="290"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_model.py" line="292"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_model.py" line="293"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/action_model.py" line="294"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
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
        <translation>Der Empfänger konnte nicht in der Datenbank gespeichert werden ({detail}). Prüfen Sie, ob die Datenbankdatei noch vorhanden ist und ob Sie in ihrem Ordner speichern dürfen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/addressee_commands.py" line="70"/>
        <source>Edit the letters&apos; addressee</source>
        <translation>Empfänger der Schreiben bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/addressee_editor.py" line="69"/>
        <source>Each letter goes to the level that holds the competence. Set it once per dimension; “Other dimensions” is used for every dimension without its own. Benchmarks of a dimension without any addressee go into a letter “To whom it may concern”. Saved as you type.</source>
        <translation>Jedes Schreiben geht an die Ebene, die zuständig ist. Legen Sie sie einmal je Dimension fest; „Andere Dimensionen“ gilt für jede Dimension ohne eigene Angabe. Benchmarks einer Dimension ganz ohne Empfänger kommen in ein Schreiben „An die zuständige Stelle“. Wird beim Tippen gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/addressee_editor.py" line="77"/>
        <source>Dimension of the addressee</source>
        <translation>Dimension des Empfängers</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/addressee_editor.py" line="79"/>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/addressee_editor.py" line="83"/>
        <source>Other dimensions</source>
        <translation>Andere Dimensionen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/addressee_editor.py" line="86"/>
        <source>Level that holds the competence</source>
        <translation>Zuständige Ebene</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/addressee_editor.py" line="87"/>
        <source>(not set)</source>
        <translation>(nicht festgelegt)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/addressee_editor.py" line="93"/>
        <source>Addressee</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/addressee_editor.py" line="95"/>
        <source>Postal address</source>
        <translation>Postanschrift</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/addressee_editor.py" line="101"/>
        <source>Signed by</source>
        <translation>Unterzeichnet von</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/addressee_editor.py" line="102"/>
        <source>Role of the signatory</source>
        <translation>Funktion der unterzeichnenden Person</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/addressee_editor.py" line="105"/>
        <source>&amp;Dimension:</source>
        <translation>Dime&amp;nsion:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/addressee_editor.py" line="106"/>
        <source>Holds the &amp;competence:</source>
        <translation>&amp;Zuständige Ebene:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/addressee_editor.py" line="107"/>
        <source>Addressee &amp;name:</source>
        <translation>&amp;Empfänger:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/addressee_editor.py" line="108"/>
        <source>Pos&amp;tal address:</source>
        <translation>Post&amp;anschrift:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/addressee_editor.py" line="109"/>
        <source>Signed &amp;by:</source>
        <translation>Unterzeichnet &amp;von:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/addressee_editor.py" line="110"/>
        <source>S&amp;igner&apos;s role:</source>
        <translation>Funkt&amp;ion der unterzeichnenden Person:</translation>
    </message>
</context>
<context>
    <name>Advocacy</name>
    <message>
        <location filename="../../src/toolbox_desktop/storage/advocacy_addressees.py" line="24"/>
        <source>District</source>
        <translation>Landkreis</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/advocacy_addressees.py" line="25"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/advocacy_addressees.py" line="26"/>
        <source>State</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/advocacy_addressees.py" line="27"/>
        <source>National ministry</source>
        <translation>Bundesministerium</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/advocacy_addressees.py" line="28"/>
        <source>Other body</source>
        <translation>Andere Stelle</translation>
    </message>
</context>
<context>
    <name>AdvocacyLetters</name>
    <message>
        <location filename="../../src/toolbox_desktop/reports/advocacy_letters.py" line="47"/>
        <source>Advocacy letters</source>
        <translation>Schreiben an zuständige Stellen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/advocacy_letters.py" line="48"/>
        <source>To whom it may concern</source>
        <translation>An die zuständige Stelle</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/advocacy_letters.py" line="49"/>
        <source>{town}, {date}</source>
        <translation>{town}, {date}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/advocacy_letters.py" line="50"/>
        <source>Request for support: integration tasks within your competence</source>
        <translation>Bitte um Unterstützung: Integrationsaufgaben in Ihrer Zuständigkeit</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/advocacy_letters.py" line="53"/>
        <source>Dear Sir or Madam,</source>
        <translation>Sehr geehrte Damen und Herren,</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/advocacy_letters.py" line="54"/>
        <source>In our self-assessment of local integration (“{title}”, {date}) we marked the following benchmarks as outside our competence. They concern tasks that lie with you. We ask for your support in meeting them.</source>
        <translation>in unserer Selbstbewertung der lokalen Integration („{title}“, {date}) haben wir die folgenden Benchmarks als außerhalb unserer Zuständigkeit markiert. Sie betreffen Aufgaben, die bei Ihnen liegen. Wir bitten Sie um Unterstützung, sie zu erfüllen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/advocacy_letters.py" line="60"/>
        <source>{number} {title}</source>
        <translation>{number} {title}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/advocacy_letters.py" line="61"/>
        <source>What we found</source>
        <translation>Unsere Nachweise</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/advocacy_letters.py" line="62"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/advocacy_letters.py" line="63"/>
        <source>What we ask for</source>
        <translation>Unsere Bitte</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/advocacy_letters.py" line="64"/>
        <source>Level {level}, {name}: {description}</source>
        <translation>Stufe {level}, {name}: {description}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/advocacy_letters.py" line="65"/>
        <source>nothing recorded</source>
        <translation>nichts erfasst</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/advocacy_letters.py" line="66"/>
        <source>We would welcome your reply and will gladly give further details.</source>
        <translation>Wir freuen uns über Ihre Antwort und geben gern weitere Auskünfte.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/advocacy_letters.py" line="69"/>
        <source>Yours faithfully,</source>
        <translation>Mit freundlichen Grüßen</translation>
    </message>
</context>
<context>
    <name>AgreedPanel</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/agreed_panel.py" line="51"/>
        <source>How the group rated it</source>
        <translation>So hat die Gruppe eingestuft</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/agreed_panel.py" line="57"/>
        <source>Agreed rating:</source>
        <translation>Vereinbart:</translation>
    </message>
    <message>
        <source>Take the &amp;median</source>
        <translation type="vanished">&amp;Median übernehmen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/agreed_panel.py" line="76"/>
        <source>Take the med&amp;ian</source>
        <translation>&amp;Median übernehmen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/agreed_panel.py" line="77"/>
        <source>Take the median as the agreed rating</source>
        <translation>Den Median als vereinbarte Einstufung übernehmen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/agreed_panel.py" line="85"/>
        <source>What the group agreed and why (stored as the rating&apos;s note)</source>
        <translation>Was die Gruppe vereinbart hat und warum (wird als Notiz der Einstufung gespeichert)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/agreed_panel.py" line="87"/>
        <source>Agreed note</source>
        <translation>Notiz zur Vereinbarung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/agreed_panel.py" line="88"/>
        <source>Agreed &amp;note:</source>
        <translation>&amp;Notiz zur Vereinbarung:</translation>
    </message>
</context>
<context>
    <name>AnnualReport</name>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="42"/>
        <source>Annual integration report {year}</source>
        <translation>Integrationsbericht {year}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="43"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="44"/>
        <source>Actions completed</source>
        <translation>Abgeschlossene Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="45"/>
        <source>Actions in progress or planned</source>
        <translation>Laufende oder geplante Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="46"/>
        <source>Actions dropped</source>
        <translation>Verworfene Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="47"/>
        <source>Indicators against their targets</source>
        <translation>Indikatoren im Vergleich zu ihren Zielwerten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="48"/>
        <source>Budget of the year&apos;s actions</source>
        <translation>Budget der Maßnahmen des Jahres</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="49"/>
        <source>Stories of volunteers and partners</source>
        <translation>Geschichten von Ehrenamtlichen und Partnern</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="50"/>
        <source>Next year&apos;s focus</source>
        <translation>Schwerpunkte im kommenden Jahr</translation>
    </message>
    <message>
        <source>Not written yet: add this text in the app&apos;s Reports area.</source>
        <translation type="vanished">Noch nicht verfasst: Fügen Sie diesen Text in der App im Bereich „Berichte“ hinzu.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="51"/>
        <source>No actions.</source>
        <translation>Keine Maßnahmen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="52"/>
        <source>No indicator was measured in {year}.</source>
        <translation>Im Jahr {year} wurde kein Indikator gemessen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="53"/>
        <source>{completed} completed, {in_progress} in progress or planned, {dropped} dropped.</source>
        <translation>{completed} abgeschlossen, {in_progress} laufend oder geplant, {dropped} verworfen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="58"/>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="59"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="60"/>
        <source>Responsible</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="61"/>
        <source>Dates</source>
        <translation>Termine</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="62"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="65"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="66"/>
        <source>Baseline</source>
        <translation>Ausgangs­wert</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="67"/>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="68"/>
        <source>Latest in the year</source>
        <translation>Letzter Wert im Jahr</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="69"/>
        <source>Towards target</source>
        <translation>Ziel­erreichung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="72"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="73"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="74"/>
        <source>Spent</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/annual_report.py" line="75"/>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
</context>
<context>
    <name>AnnualTextsEditor</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/annual_texts_editor.py" line="42"/>
        <source>Your texts for the year are saved as you type.</source>
        <translation>Ihre Texte für das Jahr werden beim Tippen gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Summary of the year:</source>
        <translation type="vanished">&amp;Zusammenfassung des Jahres:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/annual_texts_editor.py" line="46"/>
        <source>Summary of the year</source>
        <translation>Zusammenfassung des Jahres</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/annual_texts_editor.py" line="46"/>
        <source>Su&amp;mmary of the year:</source>
        <translation>&amp;Zusammenfassung des Jahres:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/annual_texts_editor.py" line="50"/>
        <source>S&amp;tories of volunteers and partners:</source>
        <translation>Geschichten von &amp;Ehrenamtlichen und Partnern:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/annual_texts_editor.py" line="51"/>
        <source>Stories of volunteers and partners</source>
        <translation>Geschichten von Ehrenamtlichen und Partnern</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/annual_texts_editor.py" line="54"/>
        <source>&amp;Next year&apos;s focus:</source>
        <translation>Schwerpunkte im &amp;kommenden Jahr:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/annual_texts_editor.py" line="54"/>
        <source>Next year&apos;s focus</source>
        <translation>Schwerpunkte im kommenden Jahr</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/annual_texts_editor.py" line="131"/>
        <source>Your texts could not be saved: {reason}. They stay here; try again.</source>
        <translation>Ihre Texte konnten nicht gespeichert werden: {reason}. Sie bleiben hier erhalten; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/annual_texts_editor.py" line="143"/>
        <source>The annual report text of {year}</source>
        <translation>Der Text des Jahresberichts {year}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/startup_problem.py" line="92"/>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>AreaHelp</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_texts.py" line="29"/>
        <source>The library</source>
        <translation>Die Bibliothek</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_texts.py" line="30"/>
        <source>The benchmarks of the toolbox, by dimension, the good practices of other towns and the leaders&apos; guide. Ctrl+F searches everything; the arrow keys walk the tree and the text beside it follows. On a quick win, Add to plan makes it an action.</source>
        <translation>Die Benchmarks der Toolbox nach Dimension, die Praxisbeispiele anderer Kommunen und die Leitfäden. Strg+F durchsucht alles; mit den Pfeiltasten gehen Sie durch den Baum, der Text daneben folgt. Bei einer Sofortmaßnahme macht „Zum Plan hinzufügen“ daraus eine Maßnahme.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_texts.py" line="38"/>
        <source>The assessment</source>
        <translation>Die Bewertung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_texts.py" line="39"/>
        <source>Rate: choose a benchmark on the left and its level on the right (Alt+0 to Alt+4; Alt+Down and Alt+Up go to the next and previous benchmark); every rating is stored at once. Dashboard: the scores by dimension and the gaps, with next steps. Compare: two assessments side by side. Workshop: several people rate, the group agrees. Peers: other towns&apos; anonymised results.</source>
        <translation>Einstufen: links eine Benchmark wählen, rechts ihre Stufe (Alt+0 bis Alt+4; Alt+Pfeil nach unten und Alt+Pfeil nach oben gehen zur nächsten und vorigen Benchmark); jede Einstufung wird sofort gespeichert. Übersicht: die Ergebnisse nach Dimension und die Lücken, mit nächsten Schritten. Vergleichen: zwei Bewertungen nebeneinander. Workshop: mehrere Personen stufen ein, die Gruppe einigt sich. Andere Kommunen: anonymisierte Ergebnisse anderer Kommunen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_texts.py" line="49"/>
        <source>The action plan</source>
        <translation>Der Aktionsplan</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_texts.py" line="50"/>
        <source>Actions: what will be done, by whom, when and with which money; choose an action in the table and edit it beside it (stored as you type, Ctrl+Z undoes). Timeline: the actions on a calendar; with the keyboard, the arrow keys move between actions and Alt+Left or Alt+Right moves one. Budget: the money by action and funding source.</source>
        <translation>Maßnahmen: was getan wird, von wem, wann und mit welchem Geld; wählen Sie eine Maßnahme in der Tabelle und bearbeiten Sie sie daneben (gespeichert während Sie tippen, Strg+Z macht rückgängig). Zeitplan: die Maßnahmen im Kalender; mit der Tastatur wechseln die Pfeiltasten zwischen Maßnahmen, Alt+Pfeil nach links oder rechts verschiebt eine. Budget: das Geld nach Maßnahme und Finanzierungsquelle.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_texts.py" line="60"/>
        <source>The reports</source>
        <translation>Die Berichte</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_texts.py" line="61"/>
        <source>Choose a report, set its options, then Preview, Print or Save as PDF. The annual report&apos;s texts and the town&apos;s fact sandwiches are written here and stored as you type.</source>
        <translation>Wählen Sie einen Bericht und seine Optionen, dann Vorschau, Drucken oder Als PDF speichern. Die Texte des jährlichen Integrationsberichts und die Faktensandwiches der Kommune schreiben Sie hier; sie werden gespeichert, während Sie tippen.</translation>
    </message>
    <message>
        <source>Help for the area shown</source>
        <translation type="vanished">Hilfe zum angezeigten Bereich</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_texts.py" line="73"/>
        <source>Rate the benchmark shown</source>
        <translation>Die angezeigte Benchmark einstufen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_texts.py" line="74"/>
        <source>Next or previous benchmark</source>
        <translation>Nächste oder vorige Benchmark</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_texts.py" line="77"/>
        <source>Move the chosen action in the timeline</source>
        <translation>Die gewählte Maßnahme im Zeitplan verschieben</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_texts.py" line="79"/>
        <source>Next tab</source>
        <translation>Nächster Reiter</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_texts.py" line="80"/>
        <source>In a date field: open its calendar</source>
        <translation>In einem Datumsfeld: seinen Kalender öffnen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_texts.py" line="82"/>
        <source>Alt+underlined letter</source>
        <translation>Alt+unterstrichener Buchstabe</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_texts.py" line="83"/>
        <source>The field, button or tab with that letter</source>
        <translation>Das Feld, die Schaltfläche oder der Reiter mit diesem Buchstaben</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_texts.py" line="85"/>
        <source>Close a dialog, clear a search</source>
        <translation>Einen Dialog schließen, eine Suche leeren</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_texts.py" line="102"/>
        <source>Help: {area}</source>
        <translation>Hilfe: {area}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_texts.py" line="113"/>
        <source>Help → Keyboard shortcuts lists every key.</source>
        <translation>Hilfe → Tastenkürzel listet alle Tasten auf.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_texts.py" line="167"/>
        <location filename="../../src/toolbox_desktop/ui/window/help_texts.py" line="171"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_texts.py" line="174"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_texts.py" line="175"/>
        <source>What they do</source>
        <translation>Was sie tun</translation>
    </message>
</context>
<context>
    <name>AssessmentArea</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_area.py" line="64"/>
        <source>Rate</source>
        <translation>Einstufen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_area.py" line="67"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_area.py" line="68"/>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_area.py" line="69"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_area.py" line="70"/>
        <source>Peers</source>
        <translation>Andere Kommunen</translation>
    </message>
</context>
<context>
    <name>AssessmentCommands</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/commands.py" line="45"/>
        <location filename="../../src/toolbox_desktop/ui/assessment/commands.py" line="46"/>
        <source>Rate {number}</source>
        <translation>{number} einstufen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/commands.py" line="47"/>
        <source>Set target of {number}</source>
        <translation>Ziel für {number} festlegen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/commands.py" line="48"/>
        <source>Set priority of {number}</source>
        <translation>Priorität für {number} festlegen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/commands.py" line="49"/>
        <source>Edit evidence of {number}</source>
        <translation>Nachweise zu {number} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/commands.py" line="50"/>
        <source>Change linked files of {number}</source>
        <translation>Verknüpfte Dateien zu {number} ändern</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/commands.py" line="51"/>
        <source>Edit notes of {number}</source>
        <translation>Notizen zu {number} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/commands.py" line="52"/>
        <source>Edit “rated by” of {number}</source>
        <translation>„Eingestuft von“ zu {number} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/commands.py" line="53"/>
        <source>Clear rating of {number}</source>
        <translation>Einstufung von {number} löschen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/commands.py" line="245"/>
        <source>Delete assessment “{title}”</source>
        <translation>Bewertung „{title}“ löschen</translation>
    </message>
</context>
<context>
    <name>AssessmentDialog</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_dialog.py" line="59"/>
        <source>Self-assessment {year}</source>
        <translation>Selbstbewertung {year}</translation>
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
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_dialog.py" line="74"/>
        <source>e.g. mayor, integration officer, school, migrant association</source>
        <translation>z. B. Bürgermeister/in, Integrationsbeauftragte/r, Schule, Migrantenorganisation</translation>
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
        <translation>Teil&amp;nehmende:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_dialog.py" line="89"/>
        <source>{pack}, version {version}</source>
        <translation>{pack}, Version {version}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_dialog.py" line="94"/>
        <source>Content pack:</source>
        <translation>Inhaltspaket:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_dialog.py" line="98"/>
        <source>&amp;Empty</source>
        <translation>&amp;Leer</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_dialog.py" line="99"/>
        <source>Co&amp;py of an earlier assessment:</source>
        <translation>&amp;Kopie einer früheren Bewertung:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_dialog.py" line="101"/>
        <source>Assessment to copy</source>
        <translation>Zu kopierende Bewertung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_dialog.py" line="104"/>
        <source>Start</source>
        <translation>Beginnen mit</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_dialog.py" line="110"/>
        <source>Benchmarks in fields that the profile marks as outside the municipality&apos;s competence start marked for review.</source>
        <translation>Benchmarks aus Bereichen, die laut Profil außerhalb der Zuständigkeit der Kommune liegen, werden zu Beginn zur Prüfung markiert.</translation>
    </message>
    <message>
        <source>Benchmarks of fields the profile says are outside the municipality&apos;s competence start marked for review.</source>
        <translation type="vanished">Benchmarks aus Bereichen, die laut Profil außerhalb der Zuständigkeit der Kommune liegen, werden zu Beginn zur Prüfung markiert.</translation>
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
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="91"/>
        <source>&amp;Assessment:</source>
        <translation>Be&amp;wertung:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="93"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="94"/>
        <source>Co&amp;py…</source>
        <translation>&amp;Kopieren…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="95"/>
        <source>A new assessment starting from this one&apos;s ratings</source>
        <translation>Eine neue Bewertung, die von den Einstufungen dieser Bewertung ausgeht</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="96"/>
        <source>Deta&amp;ils…</source>
        <translation>Detail&amp;s…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="97"/>
        <source>Title, date and who took part</source>
        <translation>Titel, Datum und Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="98"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="99"/>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="209"/>
        <source>Finalise</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="100"/>
        <source>P&amp;rofile…</source>
        <translation>&amp;Profil…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="101"/>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="320"/>
        <source>The municipality profile</source>
        <translation>Das Profil der Kommune</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="215"/>
        <source>Final — reopen to edit</source>
        <translation>Abgeschlossen – zum Bearbeiten wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="117"/>
        <source>Assessment state</source>
        <translation>Status der Bewertung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="119"/>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="209"/>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="120"/>
        <source>Assessment notice</source>
        <translation>Hinweis zur Bewertung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="168"/>
        <source>{title} — {date}</source>
        <translation>{title} – {date}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="172"/>
        <source>{text} (final)</source>
        <translation>{text} (abgeschlossen)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="206"/>
        <source>Reopen the assessment to delete it</source>
        <translation>Öffnen Sie die Bewertung wieder, um sie zu löschen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="211"/>
        <source>Make the assessment editable again</source>
        <translation>Die Bewertung wieder bearbeitbar machen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="213"/>
        <source>Make the assessment read-only, e.g. once the council has adopted it</source>
        <translation>Die Bewertung für Änderungen sperren, z. B. sobald der Gemeinderat sie beschlossen hat</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="234"/>
        <source>Copy assessment</source>
        <translation>Bewertung kopieren</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="234"/>
        <source>New assessment</source>
        <translation>Neue Bewertung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="240"/>
        <source>{title} (copy)</source>
        <translation>{title} (Kopie)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="257"/>
        <source>Assessment details</source>
        <translation>Details der Bewertung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="274"/>
        <source>Delete assessment</source>
        <translation>Bewertung löschen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="276"/>
        <source>Delete the assessment “{title}” and its ratings? Edit › Undo brings it back.</source>
        <translation>Die Bewertung „{title}“ mit allen Einstufungen löschen? Mit Bearbeiten › Rückgängig holen Sie sie zurück.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="290"/>
        <source>Deleted “{title}”. Edit › Undo (Ctrl+Z) brings it back.</source>
        <translation>„{title}“ gelöscht. Mit Bearbeiten › Rückgängig (Strg+Z) holen Sie sie zurück.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/assessment_page.py" line="325"/>
        <source>The municipality profile is saved.</source>
        <translation>Das Profil der Kommune ist gespeichert.</translation>
    </message>
</context>
<context>
    <name>AssessmentProblems</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/problems.py" line="26"/>
        <source>This assessment is final, so it cannot be changed. Choose Reopen to edit it.</source>
        <translation>Diese Bewertung ist abgeschlossen und kann nicht geändert werden. Wählen Sie „Wieder öffnen“, um sie zu bearbeiten.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/problems.py" line="36"/>
        <source>Rating changed elsewhere</source>
        <translation>Einstufung wurde anderswo geändert</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/problems.py" line="37"/>
        <source>The rating of “{title}” was changed in another window or by another copy of the app after this screen showed it.</source>
        <translation>Die Einstufung von „{title}“ wurde in einem anderen Fenster oder von einer anderen Instanz der App geändert, nachdem sie hier angezeigt wurde.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/problems.py" line="42"/>
        <source>Keep mine stores your change on top of theirs. Use theirs shows their rating and drops your change. Nothing is lost either way: every earlier value stays in the rating&apos;s history.</source>
        <translation>„Meine behalten“ speichert Ihre Änderung über die andere. „Andere übernehmen“ zeigt die andere Einstufung und verwirft Ihre Änderung. In beiden Fällen geht nichts verloren: Jeder frühere Wert bleibt im Verlauf der Einstufung erhalten.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="vanished">Meine behalten</translation>
    </message>
    <message>
        <source>Use theirs</source>
        <translation type="vanished">Andere übernehmen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/problems.py" line="59"/>
        <source>Assessment is final</source>
        <translation>Bewertung ist abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/problems.py" line="63"/>
        <source>Assessment not found</source>
        <translation>Bewertung nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/problems.py" line="65"/>
        <source>The assessment no longer exists; it may have been deleted in another window. The list of assessments was read again: choose one, or undo the deletion.</source>
        <translation>Die Bewertung existiert nicht mehr; möglicherweise wurde sie in einem anderen Fenster gelöscht. Die Liste der Bewertungen wurde neu eingelesen: Wählen Sie eine Bewertung aus oder machen Sie das Löschen rückgängig.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/problems.py" line="73"/>
        <location filename="../../src/toolbox_desktop/ui/assessment/problems.py" line="74"/>
        <location filename="../../src/toolbox_desktop/ui/assessment/problems.py" line="84"/>
        <location filename="../../src/toolbox_desktop/ui/assessment/problems.py" line="87"/>
        <source>Could not save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/problems.py" line="76"/>
        <source>The change could not be stored in the database ({detail}). Check that the database file is still there and that you may save to its folder, then try again. Your earlier data is unchanged.</source>
        <translation>Die Änderung konnte nicht in der Datenbank gespeichert werden ({detail}). Prüfen Sie, ob die Datenbankdatei noch vorhanden ist und ob Sie in ihrem Ordner speichern dürfen, und versuchen Sie es dann erneut. Ihre bisherigen Daten sind unverändert.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/problems.py" line="94"/>
        <source>Could not read</source>
        <translation>Lesen nicht möglich</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/problems.py" line="95"/>
        <source>The assessment could not be read from the database ({detail}). Another program may be using the file: try again in a moment. Nothing was changed.</source>
        <translation>Die Bewertung konnte nicht aus der Datenbank gelesen werden ({detail}). Möglicherweise verwendet ein anderes Programm die Datei: Versuchen Sie es gleich noch einmal. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>AssessmentReport</name>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="45"/>
        <source>Comparison with an earlier assessment</source>
        <translation>Vergleich mit einer früheren Bewertung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="46"/>
        <source>Earlier: {title} ({date})</source>
        <translation>Frühere Bewertung: {title} ({date})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="47"/>
        <source>Now: {title} ({date})</source>
        <translation>Aktuelle Bewertung: {title} ({date})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="48"/>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="75"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="49"/>
        <source>Earlier</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="50"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="51"/>
        <source>Change (points)</source>
        <translation>Ände­rung (Punkte)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="52"/>
        <source>Change (levels)</source>
        <translation>Ände­rung (Stufen)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="53"/>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="79"/>
        <source>All benchmarks</source>
        <translation>Alle Benchmarks</translation>
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
        <translation>Gestiegene Benchmarks</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="57"/>
        <source>Benchmarks that went down</source>
        <translation>Gesunkene Benchmarks</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="58"/>
        <source>No benchmark went up.</source>
        <translation>Keine Benchmark ist gestiegen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="59"/>
        <source>No benchmark went down.</source>
        <translation>Keine Benchmark ist gesunken.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="60"/>
        <source>Newly rated: {new}. No longer rated: {gone}. Not comparable (excluded in one assessment only, or excluded for another reason): {other}.</source>
        <translation>Neu eingestuft: {new}. Nicht mehr eingestuft: {gone}. Nicht vergleichbar (nur in einer Bewertung ausgenommen oder aus einem anderen Grund ausgenommen): {other}.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="65"/>
        <source>Annex: how scores are computed</source>
        <translation>Anhang: So werden die Ergebnisse berechnet</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="67"/>
        <source>Each benchmark is rated on five levels: 0 not in place, 1 planned or ad hoc, 2 partly in place, 3 largely in place, 4 fully in place and evaluated.</source>
        <translation>Jede Benchmark wird auf fünf Stufen eingestuft: 0 nicht vorhanden, 1 geplant oder punktuell, 2 teilweise umgesetzt, 3 weitgehend umgesetzt, 4 voll umgesetzt und evaluiert.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="72"/>
        <source>Only benchmarks rated with a level count. &quot;Not applicable&quot; and &quot;outside our competence&quot; are left out of the calculation, and so are benchmarks not rated yet; the report always says how many are rated.</source>
        <translation>Es zählen nur Benchmarks, die mit einer Stufe eingestuft sind. „Nicht zutreffend“ und „außerhalb unserer Zuständigkeit“ bleiben bei der Berechnung unberücksichtigt, ebenso noch nicht eingestufte Benchmarks; der Bericht gibt immer an, wie viele eingestuft sind.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="78"/>
        <source>Score = sum of the levels ÷ (4 × number of counted benchmarks) × 100 %. This is done for each sub-theme, each dimension and overall. Every benchmark weighs the same, so a dimension&apos;s score is not the average of its sub-themes.</source>
        <translation>Ergebnis = Summe der Stufen ÷ (4 × Anzahl der gezählten Benchmarks) × 100 %. Dies wird für jedes Unterthema, jede Dimension und insgesamt berechnet. Jede Benchmark hat dasselbe Gewicht; das Ergebnis einer Dimension ist daher nicht der Durchschnitt ihrer Unterthemen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="84"/>
        <source>Target score = sum of the targets ÷ (4 × counted benchmarks) × 100 %. A benchmark without a target counts with its current level (no change planned). A target below the current level is shown as entered.</source>
        <translation>Zielergebnis = Summe der Ziele ÷ (4 × gezählte Benchmarks) × 100 %. Eine Benchmark ohne Ziel zählt mit ihrer aktuellen Stufe (keine Änderung geplant). Ein Ziel unter der aktuellen Stufe wird so gezeigt, wie es eingegeben wurde.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="90"/>
        <source>Target reached = sum of the levels, each counted at most up to its target, ÷ sum of the targets × 100 %, over the benchmarks that have a target above 0. A benchmark already at or above its target counts as fully reached.</source>
        <translation>Zielerreichung = Summe der Stufen, jeweils höchstens bis zum Ziel gezählt, ÷ Summe der Ziele × 100 %, über alle Benchmarks mit einem Ziel über 0. Eine Benchmark, die ihr Ziel bereits erreicht oder übertrifft, gilt als vollständig erreicht.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="96"/>
        <source>Gap = target − current level, where the target is higher. The gap list multiplies each gap by its priority (low 1, medium 2, high 3) and shows the largest first.</source>
        <translation>Lücke = Ziel − aktuelle Stufe, sofern das Ziel höher ist. Die Lückenliste multipliziert jede Lücke mit ihrer Priorität (niedrig 1, mittel 2, hoch 3) und zeigt die größte zuerst.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="101"/>
        <source>A group with no counted benchmark has no score and says why: &quot;not rated yet&quot;; &quot;not applicable&quot; or &quot;outside our competence&quot; when every benchmark in it was excluded for that reason; &quot;excluded&quot; when for both. Excluded benchmarks are not counted as rated.</source>
        <translation>Eine Gruppe ohne gezählte Benchmark hat kein Ergebnis und sagt, warum: „noch nicht eingestuft“; „nicht zutreffend“ oder „außerhalb unserer Zuständigkeit“, wenn alle ihre Benchmarks aus diesem Grund ausgenommen wurden; „ausgenommen“, wenn aus beiden Gründen. Ausgenommene Benchmarks zählen nicht als eingestuft.</translation>
    </message>
    <message>
        <source>A group with no counted benchmark has no score: it says &quot;not rated yet&quot;, or &quot;not applicable&quot; when every benchmark in it was excluded.</source>
        <translation type="vanished">Eine Gruppe ohne gezählte Benchmark hat kein Ergebnis: Sie zeigt „noch nicht eingestuft“ oder „nicht zutreffend“, wenn alle ihre Benchmarks ausgenommen wurden.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="107"/>
        <source>Percentages are rounded to whole numbers (half up: 62.5 % is 63 %); a change in points is the difference of the two rounded scores.</source>
        <translation>Prozentwerte werden kaufmännisch auf ganze Zahlen gerundet (62,5 % ergibt 63 %); eine Änderung in Punkten ist die Differenz der beiden gerundeten Ergebnisse.</translation>
    </message>
    <message>
        <source>Percentages are rounded to whole numbers (half away from zero); a change in points is the difference of the two rounded scores.</source>
        <translation type="vanished">Prozentwerte werden kaufmännisch auf ganze Zahlen gerundet; eine Änderung in Punkten ist die Differenz der beiden gerundeten Ergebnisse.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="112"/>
        <source>Example: three benchmarks rated 4, 1 and 2 and one not applicable give (4 + 1 + 2) ÷ (3 × 4) = 7 ÷ 12 = 58 %.</source>
        <translation>Beispiel: Drei Benchmarks mit den Stufen 4, 1 und 2 und eine nicht zutreffende ergeben (4 + 1 + 2) ÷ (3 × 4) = 7 ÷ 12 = 58 %.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="118"/>
        <source>The rating scale</source>
        <translation>Die Einstufungsskala</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="120"/>
        <source>The benchmark does not concern the municipality; left out of scores.</source>
        <translation>Die Benchmark betrifft die Kommune nicht; sie bleibt bei den Ergebnissen unberücksichtigt.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_annex.py" line="123"/>
        <source>The field is not the municipality&apos;s responsibility (a subject for advocacy); left out of scores.</source>
        <translation>Der Bereich liegt nicht in der Zuständigkeit der Kommune (ein Thema für die Interessenvertretung); er bleibt bei den Ergebnissen unberücksichtigt.</translation>
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
        <translation>noch nicht eingestuft</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_format.py" line="28"/>
        <source>not applicable</source>
        <translation>nicht zutreffend</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_format.py" line="29"/>
        <source>outside our competence</source>
        <translation>außerhalb unserer Zuständigkeit</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_format.py" line="30"/>
        <source>excluded</source>
        <translation>ausgenommen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_format.py" line="31"/>
        <source>{level} {name}</source>
        <translation>{level} {name}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_format.py" line="32"/>
        <source>{rated} of {total}</source>
        <translation>{rated} von {total}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/report_pdf.py" line="68"/>
        <location filename="../../src/toolbox_desktop/reports/assessment_format.py" line="33"/>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="46"/>
        <source>Self-assessment report</source>
        <translation>Bericht zur Selbstbewertung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="47"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="48"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="49"/>
        <source>Kind of place</source>
        <translation>Art der Kommune</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="50"/>
        <source>Population</source>
        <translation>Einwohnerzahl</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="51"/>
        <source>Date of the assessment</source>
        <translation>Datum der Bewertung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="52"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="54"/>
        <source>Draft (can still change)</source>
        <translation>Entwurf (kann sich noch ändern)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="55"/>
        <source>Final</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="57"/>
        <source>Printed on</source>
        <translation>Gedruckt am</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="58"/>
        <source>Who took part</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="59"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="60"/>
        <source>Overall score</source>
        <translation>Gesamtergebnis</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="61"/>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="82"/>
        <source>Target score</source>
        <translation>Zielergebnis</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="62"/>
        <source>Target reached</source>
        <translation>Ziel­erreichung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="63"/>
        <source>Benchmarks rated</source>
        <translation>Eingestufte Benchmarks</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="64"/>
        <source>{rated} of {total} rated</source>
        <translation>{rated} von {total} eingestuft</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="65"/>
        <source>Excluded</source>
        <translation>Ausge­nommen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="66"/>
        <source>{count} (not applicable or outside our competence)</source>
        <translation>{count} (nicht zutreffend oder außerhalb unserer Zuständigkeit)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="69"/>
        <source>Nothing has been rated in this assessment yet, so there are no scores. Every benchmark below says &quot;not rated yet&quot;.</source>
        <translation>In dieser Bewertung wurde noch nichts eingestuft, daher gibt es keine Ergebnisse. Bei jeder Benchmark unten steht „noch nicht eingestuft“.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="74"/>
        <source>Scores per dimension</source>
        <translation>Ergebnisse je Dimension</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="76"/>
        <source>Score</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="77"/>
        <location filename="../../src/toolbox_desktop/reports/assessment_sections.py" line="39"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="78"/>
        <source>Rated</source>
        <translation>Eingestuft</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="80"/>
        <source>Current and target scores</source>
        <translation>Aktuelle Ergebnisse und Zielergebnisse</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="81"/>
        <source>Current score</source>
        <translation>Aktuelles Ergebnis</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="83"/>
        <source>{current} → {target}</source>
        <translation>{current} → {target}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="84"/>
        <source>{current} (target {target})</source>
        <translation>{current} (Ziel {target})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_report.py" line="85"/>
        <source>({reason})</source>
        <translation>({reason})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_sections.py" line="33"/>
        <source>Score: {score} · target: {target} · rated: {rated} · excluded: {excluded}</source>
        <translation>Ergebnis: {score} · Ziel: {target} · eingestuft: {rated} · ausgenommen: {excluded}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_sections.py" line="38"/>
        <source>Rating</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_sections.py" line="40"/>
        <source>Priority</source>
        <translation>Priorität</translation>
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
        <translation>Nachweise und Notizen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_sections.py" line="43"/>
        <source>No evidence, notes or linked files were recorded in this dimension.</source>
        <translation>In dieser Dimension wurden keine Nachweise, Notizen oder verknüpften Dateien erfasst.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_sections.py" line="46"/>
        <source>{number} {title}: {rating}</source>
        <translation>{number} {title}: {rating}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_sections.py" line="47"/>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_sections.py" line="48"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_sections.py" line="49"/>
        <source>Rated by</source>
        <translation>Eingestuft von</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_sections.py" line="50"/>
        <source>Linked files</source>
        <translation>Verknüpfte Dateien</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_sections.py" line="51"/>
        <source>{name} (in {folder})</source>
        <translation>{name} (in {folder})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_sections.py" line="52"/>
        <source>Gap list</source>
        <translation>Lückenliste</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_sections.py" line="53"/>
        <source>Benchmarks whose target is above their current level. Gap = target − current level; weighted gap = gap × priority (low 1, medium 2, high 3). The largest weighted gap comes first: it is where to start.</source>
        <translation>Benchmarks, deren Ziel über der aktuellen Stufe liegt. Lücke = Ziel − aktuelle Stufe; gewichtete Lücke = Lücke × Priorität (niedrig 1, mittel 2, hoch 3). Die größte gewichtete Lücke steht oben: Dort sollten Sie ansetzen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_sections.py" line="59"/>
        <source>No gaps: no rated benchmark has a target above its current level.</source>
        <translation>Keine Lücken: Keine eingestufte Benchmark hat ein Ziel über ihrer aktuellen Stufe.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_sections.py" line="62"/>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_sections.py" line="63"/>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/assessment_sections.py" line="64"/>
        <source>Weighted gap</source>
        <translation>Gewichtete Lücke</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/next_steps.py" line="26"/>
        <source>Next steps for the gaps</source>
        <translation>Nächste Schritte für die Lücken</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/next_steps.py" line="27"/>
        <source>For each benchmark in the gap list, what the content packs suggest: practices from the Whole-COMM toolbox, quick wins that can start this year and examples from other cities, best fit first, each with one line on why it fits. The suggestions are a reviewed mapping, not a search; the app&apos;s library has each item in full.</source>
        <translation>Für jede Benchmark der Lückenliste, was die Inhaltspakete vorschlagen: Praxisbeispiele aus der Whole-COMM-Toolbox, Sofortmaßnahmen, die noch in diesem Jahr beginnen können, und Beispiele aus anderen Städten, das Passendste zuerst, jeweils mit einer Zeile, warum es passt. Die Vorschläge sind eine geprüfte Zuordnung, keine Suche; die Bibliothek der App enthält jeden Eintrag vollständig.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/next_steps.py" line="35"/>
        <source>Current level {level}, target {target}, priority {priority}</source>
        <translation>Aktuelle Stufe {level}, Ziel {target}, Priorität {priority}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/next_steps.py" line="38"/>
        <source>{kind} · {context}</source>
        <translation>{kind} · {context}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/next_steps.py" line="39"/>
        <source>Nothing in the packs fits: {reason}</source>
        <translation>In den Paketen passt nichts dazu: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/next_steps.py" line="40"/>
        <source>The content packs hold no suggestions for this benchmark.</source>
        <translation>Die Inhaltspakete enthalten keine Vorschläge für diese Benchmark.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/next_steps.py" line="43"/>
        <source>For each dimension with gaps</source>
        <translation>Für jede Dimension mit Lücken</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/next_steps.py" line="44"/>
        <source>Broader steps that serve a dimension as a whole.</source>
        <translation>Breitere Schritte, die einer Dimension als Ganzes dienen.</translation>
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
        <translation type="vanished">{rated} von {total} eingestuft</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../src/toolbox_desktop/storage/backup_restore.py" line="42"/>
        <source>This backup cannot be restored. {detail} Nothing was changed.</source>
        <translation>Diese Sicherung kann nicht wiederhergestellt werden. {detail} Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/backup_restore.py" line="45"/>
        <source>&apos;{path}&apos; is damaged or incomplete ({reason}).</source>
        <translation>„{path}“ ist beschädigt oder unvollständig ({reason}).</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/backup_restore.py" line="46"/>
        <source>&apos;{path}&apos; holds no data of this app: it is empty, damaged or another program&apos;s.</source>
        <translation>„{path}“ enthält keine Daten dieser App: Die Datei ist leer, beschädigt oder gehört zu einem anderen Programm.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/backup_restore.py" line="49"/>
        <source>It was removed since the list was made: the app keeps only the newest backup of each of the last days and weeks. Choose another one.</source>
        <translation>Sie wurde entfernt, seit die Liste erstellt wurde: Die App behält nur die neueste Sicherung jedes der letzten Tage und Wochen. Wählen Sie eine andere.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/backup_restore.py" line="54"/>
        <source>{path} already exists. A backup is only restored into a new file: choose another name. Nothing was changed.</source>
        <translation>{path} gibt es bereits. Eine Sicherung wird nur in eine neue Datei wiederhergestellt: Wählen Sie einen anderen Namen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/backup_restore.py" line="59"/>
        <source>The folder {folder} does not exist. Choose another place. Nothing was changed.</source>
        <translation>Den Ordner {folder} gibt es nicht. Wählen Sie einen anderen Ort. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/backup_restore.py" line="62"/>
        <source>The backup could not be restored: {reason}. Nothing was changed.</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden: {reason}. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/backup_restore.py" line="65"/>
        <source>A change is being stored right now. Try again in a moment. Nothing was changed.</source>
        <translation>Gerade wird eine Änderung gespeichert. Versuchen Sie es gleich noch einmal. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/backup_restore.py" line="68"/>
        <source>A copy of the current data could not be kept first ({reason}), so the backup was not restored. Nothing was changed.</source>
        <translation>Von den aktuellen Daten konnte vorher keine Kopie angelegt werden ({reason}), deshalb wurde die Sicherung nicht wiederhergestellt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/backups.py" line="28"/>
        <source>The backup could not be saved in {folder}: {reason}. Your data is not affected; the app tries again later.</source>
        <translation>Die Sicherung konnte nicht in {folder} gespeichert werden: {reason}. Ihre Daten sind davon nicht betroffen; die App versucht es später erneut.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/backups.py" line="33"/>
        <source>The database could not be read for a backup: {reason}. It is tried again later.</source>
        <translation>Die Datenbank konnte für eine Sicherung nicht gelesen werden: {reason}. Es wird später erneut versucht.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/backups.py" line="36"/>
        <source>No backup was taken: the database looks damaged ({detail}). The earlier backups are kept; File → Restore from a backup brings one back.</source>
        <translation>Es wurde keine Sicherung angelegt: Die Datenbank scheint beschädigt zu sein ({detail}). Die früheren Sicherungen bleiben erhalten; mit Datei → Aus einer Sicherung wiederherstellen holen Sie eine zurück.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/backups.py" line="41"/>
        <source>The copy could not be saved as {path}: {reason}. The open file is not affected.</source>
        <translation>Die Kopie konnte nicht als {path} gespeichert werden: {reason}. Die geöffnete Datei ist davon nicht betroffen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/backup_model.py" line="17"/>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/backup_model.py" line="18"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/backup_model.py" line="19"/>
        <source>Assessments</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/backup_model.py" line="20"/>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/backup_model.py" line="21"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/backup_model.py" line="98"/>
        <source>{taken} (before a restore)</source>
        <translation>{taken} (vor einer Wiederherstellung)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/backup_model.py" line="104"/>
        <source>Damaged: cannot be restored</source>
        <translation>Beschädigt: kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/backup_model.py" line="106"/>
        <source>From a newer version of the app: cannot be restored here</source>
        <translation>Aus einer neueren Version der App: kann hier nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/backup_model.py" line="109"/>
        <source>(no name yet)</source>
        <translation>(noch ohne Namen)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/restore_dialog.py" line="52"/>
        <source>Replace the current data?</source>
        <translation>Aktuelle Daten ersetzen?</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/restore_dialog.py" line="54"/>
        <source>Replace everything in this database with the backup of {taken}?</source>
        <translation>Alles in dieser Datenbank durch die Sicherung vom {taken} ersetzen?</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/restore_dialog.py" line="59"/>
        <source>Everything changed since then is replaced: profile, assessments, ratings, actions and texts. A copy of the current data is kept first, as a backup marked “before a restore”, so you can return to it the same way.</source>
        <translation>Alles, was seitdem geändert wurde, wird ersetzt: Profil, Bewertungen, Einstufungen, Maßnahmen und Texte. Vorher wird eine Kopie der aktuellen Daten als Sicherung mit dem Vermerk „vor einer Wiederherstellung“ aufbewahrt; zu ihr können Sie auf dieselbe Weise zurückkehren.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/restore_dialog.py" line="67"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/restore_dialog.py" line="80"/>
        <source>Toolbox databases</source>
        <translation>Toolbox-Datenbanken</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/restore_dialog.py" line="81"/>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/restore_dialog.py" line="85"/>
        <source>Restore the backup as a new file</source>
        <translation>Sicherung als neue Datei wiederherstellen</translation>
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
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/change_models.py" line="232"/>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/change_models.py" line="233"/>
        <source>Earlier</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/change_models.py" line="234"/>
        <source>Later</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/change_models.py" line="235"/>
        <source>Level change</source>
        <translation>Stufenänderung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/change_models.py" line="238"/>
        <source>Change in level (0–4), when both assessments rated it with a level</source>
        <translation>Änderung der Stufe (0–4), wenn beide Bewertungen die Benchmark mit einer Stufe eingestuft haben</translation>
    </message>
</context>
<context>
    <name>BenchmarkLinks</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/benchmark_links.py" line="40"/>
        <source>Linked benchmarks</source>
        <translation>Verknüpfte Benchmarks</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/benchmark_links.py" line="48"/>
        <source>Double-click a benchmark to rate it.</source>
        <translation>Doppelklicken Sie auf eine Benchmark, um sie einzustufen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/benchmark_links.py" line="50"/>
        <source>Benchmark to link</source>
        <translation>Zu verknüpfende Benchmark</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/benchmark_links.py" line="51"/>
        <source>Link a benchmark…</source>
        <translation>Benchmark verknüpfen…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/benchmark_links.py" line="59"/>
        <source>Unlink</source>
        <translation>Verknüpfung lösen</translation>
    </message>
    <message>
        <source>Unlin&amp;k</source>
        <translation type="vanished">&amp;Verknüpfung lösen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/benchmark_links.py" line="60"/>
        <source>Remove the selected benchmark from this action</source>
        <translation>Die ausgewählte Benchmark von dieser Maßnahme lösen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/benchmark_links.py" line="92"/>
        <source>A content update removed this benchmark. The link is kept so that nothing is lost; unlink it when it no longer matters.</source>
        <translation>Ein Inhalts-Update hat diese Benchmark entfernt. Die Verknüpfung bleibt erhalten, damit nichts verloren geht; lösen Sie sie, wenn sie nicht mehr gebraucht wird.</translation>
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
        <translation>Einstufung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/benchmark_list.py" line="133"/>
        <source>{title} (for small places)</source>
        <translation>{title} (für kleine Orte)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/benchmark_list.py" line="136"/>
        <source>Not rated</source>
        <translation>Nicht eingestuft</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/benchmark_list.py" line="146"/>
        <source>Written for small and rural municipalities.</source>
        <translation>Für kleine und ländliche Kommunen formuliert.</translation>
    </message>
</context>
<context>
    <name>Budget</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_format.py" line="30"/>
        <source>unplanned</source>
        <translation>ungeplant</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_format.py" line="37"/>
        <source>Overspent by {amount}</source>
        <translation>Um {amount} überschritten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_format.py" line="40"/>
        <source>{share} spent, {amount} left</source>
        <translation>{share} ausgegeben, {amount} übrig</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_model.py" line="39"/>
        <source>No dates</source>
        <translation>Ohne Termine</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_model.py" line="42"/>
        <source>Not specified</source>
        <translation>Nicht angegeben</translation>
    </message>
</context>
<context>
    <name>BudgetTableModel</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_model.py" line="80"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_model.py" line="102"/>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_model.py" line="103"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_model.py" line="104"/>
        <source>Spent</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_model.py" line="105"/>
        <source>Spent of planned</source>
        <translation>Anteil ausgegeben</translation>
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
        <translation>Budgetsummen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_view.py" line="59"/>
        <source>By dimension</source>
        <translation>Nach Dimension</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_view.py" line="60"/>
        <source>By year (the year an action starts)</source>
        <translation>Nach Jahr (Jahr des Maßnahmenbeginns)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_view.py" line="61"/>
        <source>By funding source</source>
        <translation>Nach Finanzierungsquelle</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_view.py" line="62"/>
        <source>By status</source>
        <translation>Nach Status</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_view.py" line="65"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_view.py" line="66"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_view.py" line="67"/>
        <source>Funding source</source>
        <translation>Finanzierungsquelle</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_view.py" line="68"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_view.py" line="71"/>
        <source>Budget by dimension</source>
        <translation>Budget nach Dimension</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_view.py" line="72"/>
        <source>Budget by year</source>
        <translation>Budget nach Jahr</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_view.py" line="73"/>
        <source>Budget by funding source</source>
        <translation>Budget nach Finanzierungsquelle</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_view.py" line="74"/>
        <source>Budget by status</source>
        <translation>Budget nach Status</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_view.py" line="88"/>
        <source>Dropped actions are counted here only, not in the other totals.</source>
        <translation>Verworfene Maßnahmen werden nur hier gezählt, nicht in den anderen Summen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_view.py" line="105"/>
        <source>Budget overview</source>
        <translation>Budgetübersicht</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_view.py" line="196"/>
        <source>No actions with a budget yet.</source>
        <translation>Noch keine Maßnahmen mit Budget.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_view.py" line="202"/>
        <source>Planned: {planned}   Spent: {spent} ({share})   Actions: {count}</source>
        <translation>Geplant: {planned}   Ausgegeben: {spent} ({share})   Maßnahmen: {count}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/budget_view.py" line="204"/>
        <source>Planned: {planned}   Spent: {spent}   Actions: {count}</source>
        <translation>Geplant: {planned}   Ausgegeben: {spent}   Maßnahmen: {count}</translation>
    </message>
</context>
<context>
    <name>BuildPanel</name>
    <message>
        <source>Pre&amp;view</source>
        <translation type="vanished">Vor&amp;schau</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/build_panel.py" line="88"/>
        <source>P&amp;review</source>
        <translation>V&amp;orschau</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/build_panel.py" line="89"/>
        <source>Preview the report</source>
        <translation>Vorschau des Berichts anzeigen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/build_panel.py" line="92"/>
        <source>&amp;Print…</source>
        <translation>Dr&amp;ucken…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/build_panel.py" line="93"/>
        <source>Print the report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/build_panel.py" line="95"/>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/build_panel.py" line="96"/>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/build_panel.py" line="103"/>
        <source>Making the PDF</source>
        <translation>PDF wird erstellt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/build_panel.py" line="106"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/build_panel.py" line="107"/>
        <source>Cancel making the PDF</source>
        <translation>Erstellen des PDF abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/build_panel.py" line="120"/>
        <source>Result</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/build_panel.py" line="121"/>
        <source>&amp;Open PDF</source>
        <translation>PDF ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/build_panel.py" line="122"/>
        <source>Open the saved PDF</source>
        <translation>Das gespeicherte PDF öffnen</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation type="vanished">Bericht als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="vanished">PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/build_panel.py" line="193"/>
        <source>No temporary folder could be made for the preview: {reason}. Free some disk space, or save the report as a PDF instead.</source>
        <translation>Für die Vorschau konnte kein temporärer Ordner angelegt werden: {reason}. Schaffen Sie Speicherplatz oder speichern Sie den Bericht stattdessen als PDF.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/build_panel.py" line="210"/>
        <source>The report&apos;s data could not be read: {reason}. Close and reopen the workspace, then try again.</source>
        <translation>Die Daten des Berichts konnten nicht gelesen werden: {reason}. Schließen Sie den Arbeitsbereich, öffnen Sie ihn erneut und versuchen Sie es dann noch einmal.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/build_panel.py" line="226"/>
        <source>Making {name}…</source>
        <translation>{name} wird erstellt…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/build_panel.py" line="228"/>
        <source>Making the {title}…</source>
        <translation>{title} wird erstellt…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/build_panel.py" line="242"/>
        <source>Cancelled. No file was saved.</source>
        <translation>Abgebrochen. Es wurde keine Datei gespeichert.</translation>
    </message>
    <message>
        <source>The report was made but could not be opened to print.</source>
        <translation type="vanished">Der Bericht wurde erstellt, konnte aber nicht zum Drucken geöffnet werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/reports/build_panel.py" line="346"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n Seite an den Drucker gesendet.</numerusform>
            <numerusform>%n Seiten an den Drucker gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/build_panel.py" line="352"/>
        <source>The report was saved as {path}.</source>
        <translation>Der Bericht wurde als {path} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/build_panel.py" line="362"/>
        <source>The PDF could not be saved to {path}: {reason}. Choose a folder where you can save files, and close the PDF if another program has it open.</source>
        <translation>Das PDF konnte nicht unter {path} gespeichert werden: {reason}. Wählen Sie einen Ordner, in dem Sie Dateien speichern können, und schließen Sie das PDF, falls ein anderes Programm es geöffnet hat.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/build_panel.py" line="367"/>
        <source>The PDF could not be made: {reason}. Nothing was overwritten. Try again; if it keeps failing, try another report or page size and tell us what happened.</source>
        <translation>Das PDF konnte nicht erstellt werden: {reason}. Es wurde nichts überschrieben. Versuchen Sie es erneut; wenn es weiterhin fehlschlägt, wählen Sie einen anderen Bericht oder ein anderes Papierformat und teilen Sie uns mit, was passiert ist.</translation>
    </message>
</context>
<context>
    <name>Busy</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/busy.py" line="24"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../../src/toolbox_desktop/cli/__init__.py" line="56"/>
        <source>{folder}: OK: {dimensions} dimensions, {subthemes} sub-themes, {benchmarks} benchmarks, {challenges} challenges, {practices} practices, {guide} guide steps</source>
        <translation>{folder}: OK: {dimensions} Dimensionen, {subthemes} Unterthemen, {benchmarks} Benchmarks, {challenges} Herausforderungen, {practices} Praxisbeispiele, {guide} Schritte der Anleitung</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/cli/__init__.py" line="61"/>
        <source>%n problem(s) found in {folder}</source>
        <translation>
            <numerusform>%n Problem in {folder} gefunden</numerusform>
            <numerusform>%n Probleme in {folder} gefunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/translation.py" line="33"/>
        <source>There is no database at {database}. Check the name and the folder; nothing was created. A new file is made by the app itself (toolbox-desktop --db FILE) or by an import.</source>
        <translation>Unter {database} gibt es keine Datenbank. Prüfen Sie den Namen und den Ordner; es wurde nichts angelegt. Eine neue Datei legt die App selbst an (toolbox-desktop --db DATEI) oder ein Import.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/translation.py" line="38"/>
        <source>{database} is empty (0 bytes): it holds no data, and was left as it is. Check the name, or restore a backup of it (toolbox-desktop backup list --db FILE).</source>
        <translation>{database} ist leer (0 Byte): Sie enthält keine Daten und wurde so gelassen, wie sie ist. Prüfen Sie den Namen, oder stellen Sie eine Sicherung davon wieder her (toolbox-desktop backup list --db DATEI).</translation>
    </message>
    <message>
        <source>{count} problem(s) found in {folder}</source>
        <translation type="vanished">{count} Problem(e) in {folder} gefunden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/__init__.py" line="62"/>
        <source>{folder}: role {role}; languages: {languages} (every translation has the same codes)</source>
        <translation>{folder}: Rolle {role}; Sprachen: {languages} (jede Übersetzung hat dieselben Codes)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/assessment.py" line="22"/>
        <source>No assessments yet.</source>
        <translation>Noch keine Bewertungen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/backup.py" line="26"/>
        <source>No backups of {database} yet (they are kept in {folder}).</source>
        <translation>Noch keine Sicherungen von {database} (sie werden in {folder} aufbewahrt).</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/backup.py" line="29"/>
        <source>Backups of {database}, kept in {folder}:</source>
        <translation>Sicherungen von {database}, aufbewahrt in {folder}:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/backup.py" line="30"/>
        <source>{database} holds the fictional training town; no backups are kept of it.</source>
        <translation>{database} enthält die fiktive Übungskommune; von ihr werden keine Sicherungen aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/backup.py" line="33"/>
        <source>Backup saved: {path}</source>
        <translation>Sicherung gespeichert: {path}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/backup.py" line="34"/>
        <source>there is no backup number {number} of {database}; &apos;toolbox-desktop backup list --db &quot;{database}&quot;&apos; shows them.</source>
        <translation>es gibt keine Sicherung Nummer {number} von {database}; &apos;toolbox-desktop backup list --db &quot;{database}&quot;&apos; zeigt sie.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/backup.py" line="39"/>
        <source>The backup of {taken} was restored into {target}.</source>
        <translation>Die Sicherung vom {taken} wurde in {target} wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/backup.py" line="42"/>
        <source>Open it with: {command}</source>
        <translation>Öffnen mit: {command}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/backup.py" line="43"/>
        <source>The data in {database} was replaced with the backup of {taken}.</source>
        <translation>Die Daten in {database} wurden durch die Sicherung vom {taken} ersetzt.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/backup.py" line="46"/>
        <source>The data as it was before is kept as a backup: {path}</source>
        <translation>Die Daten von vorher sind als Sicherung aufbewahrt: {path}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/backup.py" line="49"/>
        <source>Restore a backup as a new file instead: &apos;toolbox-desktop backup restore N --to NEW_FILE&apos;.</source>
        <translation>Stellen Sie stattdessen eine Sicherung als neue Datei wieder her: &apos;toolbox-desktop backup restore N --to NEUE_DATEI&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/backup.py" line="53"/>
        <source>{database} does not exist.</source>
        <translation>{database} existiert nicht.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/backup.py" line="54"/>
        <source>Cannot be restored: {reason}</source>
        <translation>Kann nicht wiederhergestellt werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/demo.py" line="25"/>
        <source>content pack {folder} was not loaded</source>
        <translation>Inhaltspaket {folder} wurde nicht geladen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/demo.py" line="26"/>
        <source>{path}: {reason}. Nothing was changed. The training town is only created in a new file: choose a new file name, for example &apos;toolbox-desktop demo --db training-town.sqlite3&apos;.</source>
        <translation>{path}: {reason}. Es wurde nichts geändert. Die Übungskommune wird nur in einer neuen Datei angelegt: Wählen Sie einen neuen Dateinamen, zum Beispiel &apos;toolbox-desktop demo --db uebungskommune.sqlite3&apos;.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/demo.py" line="31"/>
        <source>Everything in it is fictional. Open it with: {command}</source>
        <translation>Alles darin ist fiktiv. Öffnen mit: {command}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/demo.py" line="34"/>
        <source>Created the training municipality {municipality} in {path}:</source>
        <translation>Die Übungskommune {municipality} wurde in {path} angelegt:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/cli/demo.py" line="37"/>
        <source>  two assessments, {first} (final) and {second} (draft, with a workshop), each rating all %n benchmark(s)</source>
        <translation>
            <numerusform>  zwei Bewertungen, {first} (abgeschlossen) und {second} (Entwurf, mit einem Workshop), jede mit allen %n Benchmark</numerusform>
            <numerusform>  zwei Bewertungen, {first} (abgeschlossen) und {second} (Entwurf, mit einem Workshop), jede mit allen %n Benchmarks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/cli/demo.py" line="44"/>
        <source>  workshop: %n participant(s) with ratings of their own</source>
        <translation>
            <numerusform>  Workshop: %n Teilnehmende mit eigenen Einstufungen</numerusform>
            <numerusform>  Workshop: %n Teilnehmende mit eigenen Einstufungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/cli/demo.py" line="47"/>
        <source>  action plan: %n action(s) with milestones, {budget} planned</source>
        <translation>
            <numerusform>  Aktionsplan: %n Maßnahme mit Meilensteinen, {budget} eingeplant</numerusform>
            <numerusform>  Aktionsplan: %n Maßnahmen mit Meilensteinen, {budget} eingeplant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/cli/demo.py" line="50"/>
        <source>  %n indicator(s) with measurements</source>
        <translation>
            <numerusform>  %n Indikator mit Messwerten</numerusform>
            <numerusform>  %n Indikatoren mit Messwerten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/demo.py" line="51"/>
        <source>  annual report texts for {years}</source>
        <translation>  Texte für den Jahresbericht {years}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/cli/demo.py" line="52"/>
        <source>  %n fact sandwich(es) for the Fact Sandwich worksheet</source>
        <translation>
            <numerusform>  %n Faktensandwich für das Arbeitsblatt Faktensandwich</numerusform>
            <numerusform>  %n Faktensandwiches für das Arbeitsblatt Faktensandwich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/cli/demo.py" line="55"/>
        <source>  %n neighbouring town(s) to compare with</source>
        <translation>
            <numerusform>  %n Nachbarkommune zum Vergleichen</numerusform>
            <numerusform>  %n Nachbarkommunen zum Vergleichen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/exchange.py" line="25"/>
        <source>--anonymised works with assessment and municipality packages only</source>
        <translation>--anonymised funktioniert nur mit Bewertungs- und Gemeindepaketen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/exchange.py" line="28"/>
        <source>--for-participants works with assessment packages only, not anonymised</source>
        <translation>--for-participants funktioniert nur mit Bewertungspaketen, nicht anonymisiert</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/exchange.py" line="31"/>
        <source>there is no assessment yet; create one first</source>
        <translation>es gibt noch keine Bewertung; legen Sie zuerst eine an</translation>
    </message>
    <message>
        <source>{kind} package written to {path}</source>
        <translation type="vanished">Paket ({kind}) gespeichert in {path}</translation>
    </message>
    <message>
        <source>{kind} package (anonymised) written to {path}</source>
        <translation type="vanished">Paket ({kind}, anonymisiert) gespeichert in {path}</translation>
    </message>
    <message>
        <source>{kind} package (blank, for participants) written to {path}</source>
        <translation type="vanished">Paket ({kind}, leer, für Teilnehmende) gespeichert in {path}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/exchange.py" line="34"/>
        <source>{package} written to {path}</source>
        <translation>{package} gespeichert in {path}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/exchange.py" line="35"/>
        <source>{package} (anonymised) written to {path}</source>
        <translation>{package} (anonymisiert) gespeichert in {path}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/exchange.py" line="38"/>
        <source>{package} (blank, for participants) written to {path}</source>
        <translation>{package} (leer, für Teilnehmende) gespeichert in {path}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/exchange.py" line="41"/>
        <location filename="../../src/toolbox_desktop/cli/plan_import.py" line="43"/>
        <source>Dry run: nothing was written.</source>
        <translation>Probelauf: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/exchange.py" line="42"/>
        <location filename="../../src/toolbox_desktop/cli/plan_import.py" line="44"/>
        <source>Imported: {added} added, {updated} updated.</source>
        <translation>Importiert: {added} hinzugefügt, {updated} aktualisiert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/cli/exchange.py" line="43"/>
        <source>This computer&apos;s version is kept for %n item(s) changed here after the package was made. To take the package&apos;s older version instead, import it again with --replace-later-changes.</source>
        <translation>
            <numerusform>Für %n Eintrag, der hier nach dem Erstellen des Pakets geändert wurde, bleibt die Fassung dieses Computers erhalten. Um stattdessen die ältere Fassung aus dem Paket zu übernehmen, importieren Sie es erneut mit --replace-later-changes.</numerusform>
            <numerusform>Für %n Einträge, die hier nach dem Erstellen des Pakets geändert wurden, bleibt die Fassung dieses Computers erhalten. Um stattdessen die ältere Fassung aus dem Paket zu übernehmen, importieren Sie es erneut mit --replace-later-changes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/exchange.py" line="55"/>
        <source>assessment package</source>
        <translation>Paket mit einer Bewertung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/exchange.py" line="56"/>
        <source>plan package</source>
        <translation>Paket mit dem Aktionsplan</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/exchange.py" line="57"/>
        <source>municipality package</source>
        <translation>Paket mit allem der Kommune</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/exchange.py" line="58"/>
        <source>participant package</source>
        <translation>Teilnehmerdatei</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/exchange.py" line="60"/>
        <source>{file}: {kind}, made on {made} by version {version}</source>
        <translation>{file}: {kind}, erstellt am {made} mit Version {version}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/exchange.py" line="63"/>
        <source>{file}: {kind}, anonymised, made on {made} by version {version}</source>
        <translation>{file}: {kind}, anonymisiert, erstellt am {made} mit Version {version}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/exchange.py" line="66"/>
        <source>  note: {note}</source>
        <translation>  Hinweis: {note}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/exchange.py" line="67"/>
        <source>Nothing to change: everything in the package is already here.</source>
        <translation>Nichts zu ändern: Alles in diesem Paket ist bereits vorhanden.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/exchange.py" line="70"/>
        <source>{added} to add, {updated} to update, {unchanged} unchanged.</source>
        <translation>{added} hinzuzufügen, {updated} zu aktualisieren, {unchanged} unverändert.</translation>
    </message>
    <message>
        <source>{count} action(s) written to {path}</source>
        <translation type="vanished">{count} Maßnahme(n) gespeichert in {path}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/report.py" line="50"/>
        <source>there is no assessment yet; create one in the app first</source>
        <translation>es gibt noch keine Bewertung; legen Sie zuerst eine in der App an</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/report.py" line="53"/>
        <source>the year {year} is outside 1990-2100</source>
        <translation>das Jahr {year} liegt außerhalb von 1990-2100</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/report.py" line="54"/>
        <source>{kind} report written to {path}</source>
        <translation>Bericht ({kind}) gespeichert in {path}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/report.py" line="55"/>
        <source>the {kind} report is made as {offered}, not as {format}</source>
        <translation>der Bericht {kind} wird als {offered} erstellt, nicht als {format}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/report.py" line="58"/>
        <source>give one -o FILE for each report, in the same order (reports named: {reports}; files given: {files}); nothing was written</source>
        <translation>geben Sie für jeden Bericht ein -o DATEI an, in derselben Reihenfolge (genannte Berichte: {reports}; angegebene Dateien: {files}); es wurde nichts gespeichert</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/report.py" line="63"/>
        <source>the {kind} report was not written to {path}: {reason}</source>
        <translation>der Bericht {kind} wurde nicht in {path} gespeichert: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/report.py" line="66"/>
        <source>{path} is given for two reports; give each its own file; nothing was written</source>
        <translation>{path} ist für zwei Berichte angegeben; geben Sie jedem Bericht eine eigene Datei; es wurde nichts gespeichert</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/translation.py" line="26"/>
        <source>cannot write {path}: {detail}. Choose a folder where you can save files.</source>
        <translation>{path} kann nicht geschrieben werden: {detail}. Wählen Sie einen Ordner, in dem Sie Dateien speichern können.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/translation.py" line="29"/>
        <source>there is no assessment with id {id}; &apos;toolbox-desktop assessment list&apos; shows them</source>
        <translation>es gibt keine Bewertung mit der ID {id}; &apos;toolbox-desktop assessment list&apos; zeigt sie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/cli/translation.py" line="43"/>
        <source>content pack {folder} has %n problem(s) and was not loaded; run &apos;toolbox-desktop content check {folder}&apos;</source>
        <translation>
            <numerusform>Inhaltspaket {folder} hat %n Problem und wurde nicht geladen; führen Sie &apos;toolbox-desktop content check {folder}&apos; aus</numerusform>
            <numerusform>Inhaltspaket {folder} hat %n Probleme und wurde nicht geladen; führen Sie &apos;toolbox-desktop content check {folder}&apos; aus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/translation.py" line="56"/>
        <source>error: {message}</source>
        <translation>Fehler: {message}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/translation.py" line="57"/>
        <source>warning: {message}</source>
        <translation>Warnung: {message}</translation>
    </message>
    <message>
        <source>content pack {folder} has {count} problem(s) and was not loaded; run &apos;toolbox-desktop content check {folder}&apos;</source>
        <translation type="vanished">Inhaltspaket {folder} hat {count} Problem(e) und wurde nicht geladen; führen Sie &apos;toolbox-desktop content check {folder}&apos; aus</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/cli/plan.py" line="19"/>
        <source>%n action(s) written to {path}</source>
        <translation>
            <numerusform>%n Maßnahme gespeichert in {path}</numerusform>
            <numerusform>%n Maßnahmen gespeichert in {path}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/content_list.py" line="34"/>
        <source>there is no content pack &apos;{pack}&apos;; the packs loaded are: {packs}</source>
        <translation>es gibt kein Inhaltspaket &apos;{pack}&apos;; geladen sind: {packs}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/content_list.py" line="37"/>
        <source>the content pack {pack} is not in &apos;{language}&apos;; its languages are: {languages}</source>
        <translation>das Inhaltspaket {pack} gibt es nicht auf &apos;{language}&apos;; seine Sprachen sind: {languages}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/cli/suggestions.py" line="32"/>
        <source>{title} ({date}): next steps for %n gap(s), largest weighted gap first</source>
        <translation>
            <numerusform>{title} ({date}): nächste Schritte für %n Lücke, größte gewichtete Lücke zuerst</numerusform>
            <numerusform>{title} ({date}): nächste Schritte für %n Lücken, größte gewichtete Lücke zuerst</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/suggestions.py" line="38"/>
        <source>{title} ({date}): no gaps: no rated benchmark has a target above its current level.</source>
        <translation>{title} ({date}): keine Lücken: Keine eingestufte Benchmark hat ein Ziel über ihrer aktuellen Stufe.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/suggestions.py" line="42"/>
        <source>level {level} -&gt; target {target}, priority {priority}, weighted gap {weighted}</source>
        <translation>Stufe {level} -&gt; Ziel {target}, Priorität {priority}, gewichtete Lücke {weighted}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/suggestions.py" line="45"/>
        <source>Nothing in the packs fits: {reason}</source>
        <translation>In den Paketen passt nichts dazu: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/suggestions.py" line="46"/>
        <source>The content packs hold no suggestions for this.</source>
        <translation>Die Inhaltspakete enthalten dazu keine Vorschläge.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/suggestions.py" line="49"/>
        <source>For each dimension with gaps:</source>
        <translation>Für jede Dimension mit Lücken:</translation>
    </message>
    <message>
        <source>{path}, sheet “{sheet}”: new {new}, updated {changed}, unchanged {unchanged}, rows left out {left_out}</source>
        <translation type="vanished">{path}, Tabellenblatt „{sheet}“: neu {new}, aktualisiert {changed}, unverändert {unchanged}, ausgelassene Zeilen {left_out}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/plan_import.py" line="28"/>
        <source>{path}, sheet “{sheet}”: new {new}, updated {changed}, unchanged {unchanged}, rows left out {left_out}, indicators added or updated {indicators}</source>
        <translation>{path}, Tabellenblatt „{sheet}“: neu {new}, aktualisiert {changed}, unverändert {unchanged}, ausgelassene Zeilen {left_out}, Indikatoren hinzugefügt oder aktualisiert {indicators}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/plan_import.py" line="33"/>
        <source>      + indicator “{name}” ({count})</source>
        <translation>      + Indikator „{name}“ ({count})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/plan_import.py" line="34"/>
        <source>      ~ indicator “{name}” ({count})</source>
        <translation>      ~ Indikator „{name}“ ({count})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/plan_import.py" line="35"/>
        <source>measurements: {count}</source>
        <translation>Messwerte: {count}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/plan_import.py" line="36"/>
        <source>  + row {line}: {title}</source>
        <translation>  + Zeile {line}: {title}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/plan_import.py" line="37"/>
        <source>  ~ row {line}: {title} ({fields})</source>
        <translation>  ~ Zeile {line}: {title} ({fields})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/plan_import.py" line="38"/>
        <source>  ! row {line} left out: {reasons}</source>
        <translation>  ! Zeile {line} ausgelassen: {reasons}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/plan_import.py" line="39"/>
        <source>there is no sheet “{sheet}” in {path}; its sheets: {sheets}</source>
        <translation>in {path} gibt es kein Tabellenblatt „{sheet}“; seine Tabellenblätter: {sheets}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/plan_import.py" line="42"/>
        <source>nothing was imported: {detail}</source>
        <translation>nichts wurde importiert: {detail}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/cli/region.py" line="30"/>
        <source>%n package(s) merged into {path}</source>
        <translation>
            <numerusform>%n Paket in {path} zusammengeführt</numerusform>
            <numerusform>%n Pakete in {path} zusammengeführt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/region.py" line="31"/>
        <source>Assessments: {added} added, {replaced} replaced, {unchanged} unchanged.</source>
        <translation>Bewertungen: {added} hinzugefügt, {replaced} ersetzt, {unchanged} unverändert.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/region.py" line="34"/>
        <source>refused: {path}: {reason}</source>
        <translation>abgelehnt: {path}: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/cli/region.py" line="35"/>
        <source>%n package(s) refused; the others were merged</source>
        <translation>
            <numerusform>%n Paket abgelehnt; die anderen wurden zusammengeführt</numerusform>
            <numerusform>%n Pakete abgelehnt; die anderen wurden zusammengeführt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/region.py" line="38"/>
        <source>No figure is shown or published from fewer than {k} towns.</source>
        <translation>Keine Zahl aus weniger als {k} Kommunen wird angezeigt oder veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/region.py" line="41"/>
        <source>{path} is not a region file; nothing was changed. Choose another file.</source>
        <translation>{path} ist keine Regionsdatei; es wurde nichts geändert. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/region.py" line="44"/>
        <source>{path} was made by a newer version of the app (region schema {found}); nothing was changed. Update the app.</source>
        <translation>{path} wurde mit einer neueren Version der App erstellt (Regionsschema {found}); es wurde nichts geändert. Aktualisieren Sie die App.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/region.py" line="49"/>
        <source>there is no file {path}</source>
        <translation>die Datei {path} gibt es nicht</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/region.py" line="50"/>
        <source>--min-towns must be a whole number of at least {lowest}</source>
        <translation>--min-towns muss eine ganze Zahl von mindestens {lowest} sein</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/region.py" line="53"/>
        <source>no benchmark content pack could be loaded from {folder}</source>
        <translation>aus {folder} konnte kein Benchmark-Inhaltspaket geladen werden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/region.py" line="56"/>
        <source>The disclosure-safe tables of {region}, and nothing else, written to {path}.</source>
        <translation>Die veröffentlichbaren Tabellen von {region}, und nichts sonst, wurden in {path} geschrieben.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/region.py" line="60"/>
        <source>write the public copy to another file than the region file {path}</source>
        <translation>schreiben Sie die öffentliche Kopie in eine andere Datei als die Regionsdatei {path}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/region.py" line="63"/>
        <source>Datasette metadata written to {path}. Publish with: datasette {region} --metadata {path} and open {address} (serve the file under this name: renamed, it shows nothing)</source>
        <translation>Datasette-Metadaten nach {path} geschrieben. Veröffentlichen mit: datasette {region} --metadata {path} und {address} öffnen (die Datei unter diesem Namen bereitstellen: umbenannt zeigt sie nichts)</translation>
    </message>
    <message>
        <source>Datasette metadata written to {path}. Publish with: datasette {region} --metadata {path}</source>
        <translation type="vanished">Datasette-Metadaten in {path} geschrieben. Veröffentlichen mit: datasette {region} --metadata {path}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/assessment_output.py" line="49"/>
        <source>not applicable</source>
        <translation>nicht zutreffend</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/assessment_output.py" line="50"/>
        <source>outside our competence</source>
        <translation>außerhalb unserer Zuständigkeit</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/assessment_output.py" line="51"/>
        <source>excluded</source>
        <translation>ausgenommen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/assessment_output.py" line="53"/>
        <source>{counted} of {total} rated</source>
        <translation>{counted} von {total} eingestuft</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/assessment_output.py" line="54"/>
        <source>, {count} excluded</source>
        <translation>, {count} ausgenommen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/assessment_output.py" line="55"/>
        <source>not rated</source>
        <translation>nicht eingestuft</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/assessment_output.py" line="56"/>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/assessment_output.py" line="57"/>
        <source>final</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/assessment_output.py" line="58"/>
        <source>Participants: {participants}</source>
        <translation>Teilnehmende: {participants}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/assessment_output.py" line="59"/>
        <source>Overall: {percent}  target {target}  target reached {reached}  ({counts})</source>
        <translation>Gesamt: {percent}  Ziel {target}  Zielerreichung {reached}  ({counts})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/assessment_output.py" line="62"/>
        <source>Largest gaps (target - current, weighted by priority):</source>
        <translation>Größte Lücken (Ziel − aktuell, nach Priorität gewichtet):</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/assessment_output.py" line="65"/>
        <source>{level} -&gt; {target}  priority {priority}  weighted {weighted}</source>
        <translation>{level} -&gt; {target}  Priorität {priority}  gewichtet {weighted}</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/change_models.py" line="41"/>
        <source>Up</source>
        <translation>Gestiegen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/change_models.py" line="42"/>
        <source>Down</source>
        <translation>Gesunken</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/change_models.py" line="43"/>
        <source>Same</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/change_models.py" line="44"/>
        <source>Newly rated</source>
        <translation>Neu eingestuft</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/change_models.py" line="45"/>
        <source>No longer rated</source>
        <translation>Nicht mehr eingestuft</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/change_models.py" line="46"/>
        <source>Not comparable</source>
        <translation>Nicht vergleichbar</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="74"/>
        <source>Nothing to compare yet</source>
        <translation>Noch nichts zu vergleichen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="76"/>
        <source>A comparison needs two assessments. Once you have assessed the municipality a second time (for example a year later), this page shows what went up or down since the first one.</source>
        <translation>Für einen Vergleich braucht es zwei Bewertungen. Sobald Sie die Kommune ein zweites Mal bewertet haben (zum Beispiel ein Jahr später), zeigt diese Seite, was seit der ersten Bewertung gestiegen oder gesunken ist.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="83"/>
        <source>Earlier assessment</source>
        <translation>Frühere Bewertung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="84"/>
        <source>Later assessment</source>
        <translation>Spätere Bewertung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="92"/>
        <source>Change of the overall score</source>
        <translation>Veränderung des Gesamtergebnisses</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="95"/>
        <source>Radar chart: earlier and later score per dimension</source>
        <translation>Netzdiagramm: früheres und späteres Ergebnis je Dimension</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="98"/>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="205"/>
        <source>Score per dimension</source>
        <translation>Ergebnis je Dimension</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="108"/>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="195"/>
        <source>Changes per benchmark</source>
        <translation>Veränderungen je Benchmark</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="128"/>
        <source>All benchmarks</source>
        <translation>Alle Benchmarks</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="129"/>
        <source>Went up</source>
        <translation>Gestiegen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="130"/>
        <source>Went down</source>
        <translation>Gesunken</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="131"/>
        <source>Changed</source>
        <translation>Verändert</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="134"/>
        <source>Show benchmarks</source>
        <translation>Benchmarks anzeigen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="179"/>
        <source>Ea&amp;rlier:</source>
        <translation>&amp;Frühere:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="180"/>
        <source>La&amp;ter:</source>
        <translation>&amp;Spätere:</translation>
    </message>
    <message>
        <source>&amp;Earlier:</source>
        <translation type="vanished">&amp;Frühere:</translation>
    </message>
    <message>
        <source>&amp;Later:</source>
        <translation type="vanished">&amp;Spätere:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="193"/>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="265"/>
        <source>{title} ({date})</source>
        <translation>{title} ({date})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="310"/>
        <source>You chose the same assessment twice: choose two to see changes.</source>
        <translation>Sie haben zweimal dieselbe Bewertung gewählt: Wählen Sie zwei verschiedene, um Veränderungen zu sehen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="313"/>
        <source>The assessment chosen as earlier is the newer one: changes are shown from it to the older one.</source>
        <translation>Die als frühere gewählte Bewertung ist die neuere: Veränderungen werden von ihr zur älteren gezeigt.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="322"/>
        <source>Overall score: {before} → {after}</source>
        <translation>Gesamtergebnis: {before} → {after}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="328"/>
        <source>({change} point(s))</source>
        <translation>
            <numerusform>({change} Punkt)</numerusform>
            <numerusform>({change} Punkte)</numerusform>
        </translation>
    </message>
    <message>
        <source>({change} points)</source>
        <translation type="vanished">({change} Punkte)</translation>
    </message>
    <message>
        <source>(not applicable)</source>
        <translation type="vanished">(nicht zutreffend)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="340"/>
        <source>Earlier: {name}</source>
        <translation>Früher: {name}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="344"/>
        <source>earlier</source>
        <translation>früher</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="348"/>
        <source>Later: {name}</source>
        <translation>Später: {name}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="351"/>
        <source>later</source>
        <translation>später</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="363"/>
        <source>{shown} of {total} benchmarks shown</source>
        <translation>{shown} von {total} Benchmarks angezeigt</translation>
    </message>
</context>
<context>
    <name>Conflicts</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/conflicts.py" line="89"/>
        <source>Changed elsewhere</source>
        <translation>Anderswo geändert</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/conflicts.py" line="90"/>
        <source>{what} was changed in another window or by another copy of the app after this window showed it, in the same place you changed.</source>
        <translation>{what} wurde in einem anderen Fenster oder von einer anderen Kopie der App geändert, nachdem dieses Fenster es angezeigt hat – an derselben Stelle, die Sie geändert haben.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/conflicts.py" line="95"/>
        <source>Keep mine stores your change on top of theirs. Use theirs shows their version and drops your change. Nothing is lost either way: the other version stays in the file&apos;s edit history.</source>
        <translation>„Meine behalten“ speichert Ihre Änderung über die andere. „Andere übernehmen“ zeigt die andere Fassung und verwirft Ihre Änderung. In beiden Fällen geht nichts verloren: Die jeweils andere Fassung bleibt im Änderungsverlauf der Datei erhalten.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/conflicts.py" line="48"/>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/conflicts.py" line="51"/>
        <source>Use theirs</source>
        <translation>Andere übernehmen</translation>
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
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/consensus_model.py" line="152"/>
        <source>Spread</source>
        <translation>Streuung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/consensus_model.py" line="153"/>
        <source>Agreed rating</source>
        <translation>Vereinbarte Einstufung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/consensus_model.py" line="176"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
</context>
<context>
    <name>ContentTreeModel</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/tree_model.py" line="104"/>
        <source>Common challenges ({count})</source>
        <translation>Typische Herausforderungen ({count})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/tree_model.py" line="112"/>
        <source>Dimensions and key benchmarks</source>
        <translation>Dimensionen und Kern-Benchmarks</translation>
    </message>
</context>
<context>
    <name>CouncilProposal</name>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="40"/>
        <source>Council proposal</source>
        <translation>Beschlussvorlage</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="41"/>
        <source>{town}, {date}</source>
        <translation>{town}, {date}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="43"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="44"/>
        <source>Recommendation</source>
        <translation>Beschlussvorschlag</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="45"/>
        <source>Background</source>
        <translation>Sachverhalt/Begründung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="46"/>
        <source>Intended effect</source>
        <translation>Beabsichtigte Wirkung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="47"/>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="48"/>
        <source>Financial implications</source>
        <translation>Finanzielle Auswirkungen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="49"/>
        <source>Timetable</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="50"/>
        <source>Appendices</source>
        <translation>Anlagen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="57"/>
        <source>Local integration plan of {town}: actions for decision</source>
        <translation>Integrationsplan von {town}: Maßnahmen zur Beschlussfassung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="60"/>
        <source>Local integration plan: actions for decision</source>
        <translation>Integrationsplan: Maßnahmen zur Beschlussfassung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="63"/>
        <source>The council decides to carry out the following actions:</source>
        <translation>Der Gemeinderat beschließt, die folgenden Maßnahmen durchzuführen:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="66"/>
        <source>{title} (responsible: {owner}; timing: {timing})</source>
        <translation>{title} (zuständig: {owner}; Zeitraum: {timing})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="67"/>
        <source>not named</source>
        <translation>nicht benannt</translation>
    </message>
    <message>
        <source>The council provides the budget of {total} for these actions, as set out under “{heading}”.</source>
        <translation type="vanished">Der Gemeinderat stellt für diese Maßnahmen Mittel von {total} bereit, wie unter „{heading}“ dargestellt.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="70"/>
        <source>The council approves the budget of {total} for these actions, financed as set out under “{heading}”.</source>
        <translation>Der Gemeinderat genehmigt für diese Maßnahmen ein Budget von {total}, finanziert wie unter „{heading}“ dargestellt.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="75"/>
        <source>The self-assessment “{title}” of {date} gives the town an overall score of {score}.</source>
        <translation>Die Selbstbewertung „{title}“ vom {date} ergibt für die Kommune eine Gesamtpunktzahl von {score}.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="79"/>
        <source>The town has not made a self-assessment yet.</source>
        <translation>Die Kommune hat noch keine Selbstbewertung durchgeführt.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="80"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="81"/>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="82"/>
        <source>The actions work on these benchmarks:</source>
        <translation>Die Maßnahmen betreffen diese Benchmarks:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="83"/>
        <source>The actions are not linked to any benchmark.</source>
        <translation>Die Maßnahmen sind mit keiner Benchmark verknüpft.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="84"/>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="85"/>
        <source>Current level</source>
        <translation>Aktuelle Stufe</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="86"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="87"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="88"/>
        <source>Reasons for the proposal: to be written by the administration.</source>
        <translation>Begründung des Vorschlags: von der Verwaltung zu ergänzen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="91"/>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="92"/>
        <source>Funding source</source>
        <translation>Finanzierungsquelle</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="93"/>
        <source>Budget line</source>
        <translation>Haushaltsstelle</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="94"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="95"/>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="96"/>
        <source>No budget is given for these actions.</source>
        <translation>Für diese Maßnahmen ist kein Budget angegeben.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="97"/>
        <source>none given</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="98"/>
        <source>By funding source:</source>
        <translation>Nach Finanzierungsquelle:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="99"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="100"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="101"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="102"/>
        <source>Self-assessment report “{title}” of {date}</source>
        <translation>Bericht zur Selbstbewertung „{title}“ vom {date}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/council_proposal.py" line="105"/>
        <source>Action plan</source>
        <translation>Aktionsplan</translation>
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
        <translation>noch nicht eingestuft</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/formatting.py" line="86"/>
        <source>not applicable</source>
        <translation>nicht zutreffend</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/formatting.py" line="90"/>
        <source>outside our competence</source>
        <translation>außerhalb unserer Zuständigkeit</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/formatting.py" line="95"/>
        <source>outside its competence</source>
        <translation>außerhalb ihrer Zuständigkeit</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/formatting.py" line="113"/>
        <source>excluded</source>
        <translation>ausgenommen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/formatting.py" line="136"/>
        <source>{rated} of {total}</source>
        <translation>{rated} von {total}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/formatting.py" line="154"/>
        <source>{rated} of {total} rated</source>
        <translation>{rated} von {total} eingestuft</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/formatting.py" line="160"/>
        <source>{rated}, {excluded}</source>
        <translation>{rated}, {excluded}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/formatting.py" line="182"/>
        <source>not rated</source>
        <translation>nicht eingestuft</translation>
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
        <translation>Noch keine Bewertung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="71"/>
        <source>Start an assessment and rate the benchmarks: your scores, the charts and the gaps to close will appear here.</source>
        <translation>Beginnen Sie eine Bewertung und stufen Sie die Benchmarks ein: Ihre Ergebnisse, die Diagramme und die zu schließenden Lücken erscheinen dann hier.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="84"/>
        <source>Overall score</source>
        <translation>Gesamtergebnis</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="92"/>
        <source>Radar chart: current score and target per dimension</source>
        <translation>Netzdiagramm: aktuelles Ergebnis und Ziel je Dimension</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="98"/>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="223"/>
        <source>Scores per dimension and sub-theme</source>
        <translation>Ergebnisse je Dimension und Unterthema</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="116"/>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="224"/>
        <source>Gaps to close</source>
        <translation>Zu schließende Lücken</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="144"/>
        <source>No gaps yet: give benchmarks a target above their current level to see what to work on first.</source>
        <translation>Noch keine Lücken: Geben Sie Benchmarks ein Ziel über ihrer aktuellen Stufe, um zu sehen, woran Sie zuerst arbeiten sollten.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="163"/>
        <source>Create &amp;action for this gap…</source>
        <translation>Maßnahme für diese Lücke &amp;anlegen…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="182"/>
        <source>Score per dimension</source>
        <translation>Ergebnis je Dimension</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="196"/>
        <source>Largest weighted gap first: (target − current level) × priority.</source>
        <translation>Größte gewichtete Lücke zuerst: (Ziel − aktuelle Stufe) × Priorität.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="201"/>
        <source>Create action for this gap…</source>
        <translation>Maßnahme für diese Lücke anlegen…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="203"/>
        <source>Start an action in the plan, linked to the selected benchmark</source>
        <translation>Eine Maßnahme im Plan anlegen, verknüpft mit der ausgewählten Benchmark</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="249"/>
        <source>{title} – assessed on {date}</source>
        <translation>{title} – bewertet am {date}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="269"/>
        <source>Gaps to close ({count})</source>
        <translation>Zu schließende Lücken ({count})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="284"/>
        <source>Overall score: {score}</source>
        <translation>Gesamtergebnis: {score}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="336"/>
        <source>Choose a gap in the list to see here what other towns did about it and which quick wins fit it.</source>
        <translation>Wählen Sie eine Lücke in der Liste, um hier zu sehen, was andere Städte dagegen getan haben und welche Sofortmaßnahmen dazu passen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="342"/>
        <source>Next steps: {benchmark}</source>
        <translation>Nächste Schritte: {benchmark}</translation>
    </message>
    <message>
        <source>{rated} of {total} benchmarks rated</source>
        <translation type="vanished">{rated} von {total} Benchmarks eingestuft</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="291"/>
        <source>target {target}</source>
        <translation>Ziel {target}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="295"/>
        <source>target reached {reached}</source>
        <translation>Zielerreichung {reached}</translation>
    </message>
    <message>
        <source>(not applicable)</source>
        <translation type="vanished">(nicht zutreffend)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="308"/>
        <source>Current score</source>
        <translation>Aktuelles Ergebnis</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="314"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/dashboard_view.py" line="333"/>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>Choose a gap in the list: what other towns did and which quick wins fit it appear here.</source>
        <translation type="vanished">Wählen Sie eine Lücke in der Liste: Hier erscheint, was andere Städte getan haben und welche Sofortmaßnahmen dazu passen.</translation>
    </message>
    <message>
        <source>Next steps for {benchmark}</source>
        <translation type="vanished">Nächste Schritte für {benchmark}</translation>
    </message>
</context>
<context>
    <name>DatabaseError</name>
    <message>
        <location filename="../../src/toolbox_desktop/storage/open_errors.py" line="14"/>
        <source>&apos;{path}&apos; is a folder, not a database file. Choose a file name inside it instead.</source>
        <translation>„{path}“ ist ein Ordner, keine Datenbankdatei. Wählen Sie stattdessen einen Dateinamen in diesem Ordner.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/open_errors.py" line="18"/>
        <source>The folder &apos;{folder}&apos; does not exist. Create it first or choose another place.</source>
        <translation>Der Ordner „{folder}“ existiert nicht. Legen Sie ihn zuerst an oder wählen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/open_errors.py" line="22"/>
        <source>&apos;{path}&apos; is not a Local Integration Toolbox database (it is not an SQLite file). The file was not changed. Choose the right file, or a new file name to start afresh.</source>
        <translation>„{path}“ ist keine Datenbank der Local Integration Toolbox (es ist keine SQLite-Datei). Die Datei wurde nicht verändert. Wählen Sie die richtige Datei oder einen neuen Dateinamen, um neu zu beginnen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/open_errors.py" line="27"/>
        <source>&apos;{path}&apos; is damaged or incomplete ({detail}). The file was not changed. Open your most recent backup copy, or ask for help recovering it.</source>
        <translation>„{path}“ ist beschädigt oder unvollständig ({detail}). Die Datei wurde nicht verändert. Öffnen Sie Ihre neueste Sicherungskopie oder holen Sie sich Hilfe bei der Wiederherstellung.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/open_errors.py" line="32"/>
        <source>&apos;{path}&apos; is an SQLite database of another program, not of Local Integration Toolbox. The file was not changed. Choose a new file name to start a new database.</source>
        <translation>„{path}“ ist eine SQLite-Datenbank eines anderen Programms, nicht der Local Integration Toolbox. Die Datei wurde nicht verändert. Wählen Sie einen neuen Dateinamen, um eine neue Datenbank anzulegen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/open_errors.py" line="37"/>
        <source>&apos;{path}&apos; was saved by a newer version of Local Integration Toolbox (this is version {version}). The file was not changed. Install the newer version to open it.</source>
        <translation>„{path}“ wurde mit einer neueren Version der Local Integration Toolbox gespeichert (dies ist Version {version}). Die Datei wurde nicht verändert. Installieren Sie die neuere Version, um sie zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/open_errors.py" line="42"/>
        <source>&apos;{path}&apos; cannot be changed: {reason}. The file was not changed. Copy it to a folder where you can save files (for example your Documents) and open the copy.</source>
        <translation>„{path}“ kann nicht geändert werden: {reason}. Die Datei wurde nicht verändert. Kopieren Sie sie in einen Ordner, in dem Sie Dateien speichern können (zum Beispiel „Dokumente“), und öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/open_errors.py" line="47"/>
        <source>&apos;{path}&apos; cannot be created: its folder does not allow saving files. Nothing was changed. Choose a folder where you can save files (for example your Documents).</source>
        <translation>„{path}“ kann nicht angelegt werden: In seinem Ordner dürfen keine Dateien gespeichert werden. Es wurde nichts geändert. Wählen Sie einen Ordner, in dem Sie Dateien speichern können (zum Beispiel Ihre Dokumente).</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/open_errors.py" line="53"/>
        <source>the file is read-only</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/open_errors.py" line="54"/>
        <source>its folder does not allow saving files</source>
        <translation>in ihrem Ordner dürfen keine Dateien gespeichert werden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/open_errors.py" line="57"/>
        <source>&apos;{path}&apos; could not be opened: {detail}. The file was not changed.</source>
        <translation>„{path}“ konnte nicht geöffnet werden: {detail}. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/open_errors.py" line="60"/>
        <source>&apos;{path}&apos; holds a value that is not readable text (table &apos;{table}&apos;, column &apos;{column}&apos;, row {row}), probably written by another program. The file was not changed. Open your most recent backup copy, or ask someone who knows SQLite to correct that value; the app opens the file again once it is text.</source>
        <translation>„{path}“ enthält einen Wert, der kein lesbarer Text ist (Tabelle „{table}“, Spalte „{column}“, Zeile {row}), vermutlich von einem anderen Programm geschrieben. Die Datei wurde nicht verändert. Öffnen Sie Ihre neueste Sicherungskopie oder bitten Sie jemanden, der sich mit SQLite auskennt, diesen Wert zu korrigieren; sobald er Text ist, öffnet die App die Datei wieder.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/open_errors.py" line="67"/>
        <source>&apos;{path}&apos; holds “{value}” in table &apos;{table}&apos;, column &apos;{column}&apos;, row {row}, where the app keeps {form}: probably written by another program. The file was not changed. Open your most recent backup copy, or ask someone who knows SQLite to correct that value; the app opens the file again once it is corrected.</source>
        <translation>„{path}“ enthält „{value}“ in Tabelle „{table}“, Spalte „{column}“, Zeile {row}, wo die App {form} speichert: vermutlich von einem anderen Programm geschrieben. Die Datei wurde nicht verändert. Öffnen Sie Ihre neueste Sicherungskopie oder bitten Sie jemanden, der sich mit SQLite auskennt, diesen Wert zu korrigieren; sobald er korrigiert ist, öffnet die App die Datei wieder.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/open_errors.py" line="75"/>
        <source>a date written YYYY-MM-DD, such as 2026-12-31</source>
        <translation>ein Datum in der Form JJJJ-MM-TT, etwa 2026-12-31</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/open_errors.py" line="76"/>
        <source>a list written in JSON, such as [&quot;ngos&quot;]</source>
        <translation>eine Liste in JSON, etwa [&quot;ngos&quot;]</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/open_errors.py" line="77"/>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/open_errors.py" line="78"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/open_errors.py" line="80"/>
        <source>the file is cut short</source>
        <translation>die Datei ist abgeschnitten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/open_errors.py" line="81"/>
        <source>{have} of {pages} pages are there</source>
        <translation>{have} von {pages} Seiten sind vorhanden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/disk_full.py" line="20"/>
        <source>the disk is full. Free some space on it (delete or move files you no longer need), then try again</source>
        <translation>der Datenträger ist voll. Schaffen Sie Platz darauf (löschen oder verschieben Sie Dateien, die Sie nicht mehr brauchen), und versuchen Sie es dann erneut</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/fields.py" line="70"/>
        <source>Pick a day from a calendar</source>
        <translation>Einen Tag im Kalender auswählen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/fields.py" line="71"/>
        <source>Calendar for {field}</source>
        <translation>Kalender für {field}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/formatting.py" line="207"/>
        <source>e.g. {date}</source>
        <translation>z. B. {date}</translation>
    </message>
</context>
<context>
    <name>DetailRenderer</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/detail_html.py" line="57"/>
        <source>small municipalities</source>
        <translation>kleine Kommunen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/detail_html.py" line="58"/>
        <source>rural areas</source>
        <translation>ländliche Räume</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/detail_html.py" line="59"/>
        <source>advocacy</source>
        <translation>Interessenvertretung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/detail_html.py" line="60"/>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/detail_html.py" line="61"/>
        <source>Common challenges in this dimension</source>
        <translation>Typische Herausforderungen in dieser Dimension</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/detail_html.py" line="62"/>
        <source>Practices from real towns</source>
        <translation>Praxisbeispiele aus echten Kommunen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/detail_html.py" line="63"/>
        <source>Key benchmarks</source>
        <translation>Kern-Benchmarks</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/detail_html.py" line="64"/>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/detail_html.py" line="65"/>
        <source>Sub-themes and their number of key benchmarks</source>
        <translation>Unterthemen und Anzahl ihrer Kern-Benchmarks</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/detail_html.py" line="66"/>
        <source>Common challenge</source>
        <translation>Typische Herausforderung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/detail_html.py" line="67"/>
        <source>since</source>
        <translation>seit</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/detail_html.py" line="68"/>
        <source>What it does</source>
        <translation>Worum es geht</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/detail_html.py" line="69"/>
        <source>Who runs it</source>
        <translation>Wer es trägt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/detail_html.py" line="70"/>
        <source>What made it work</source>
        <translation>Was zum Erfolg beigetragen hat</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/detail_html.py" line="71"/>
        <source>Innovative practice</source>
        <translation>Innovatives Praxisbeispiel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/detail_html.py" line="72"/>
        <source>How to use the toolbox</source>
        <translation>So nutzen Sie die Toolbox</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/detail_html.py" line="73"/>
        <source>No content loaded</source>
        <translation>Keine Inhalte geladen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/detail_html.py" line="75"/>
        <source>The content pack could not be loaded. See the message about the content pack for the files and lines to fix.</source>
        <translation>Das Inhaltspaket konnte nicht geladen werden. Die Meldung zum Inhaltspaket nennt die Dateien und Zeilen, die korrigiert werden müssen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/detail_html.py" line="79"/>
        <source>{dimensions} dimensions, {benchmarks} key benchmarks, {challenges} common challenges, {practices} practices from real towns.</source>
        <translation>{dimensions} Dimensionen, {benchmarks} Kern-Benchmarks, {challenges} typische Herausforderungen, {practices} Praxisbeispiele aus echten Kommunen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/detail_html.py" line="83"/>
        <source>Choose a benchmark on the left, browse the practices or the guidance, or type in the search box (Ctrl+F) to search all content.</source>
        <translation>Wählen Sie links eine Benchmark, stöbern Sie in den Praxisbeispielen oder Leitfäden oder geben Sie etwas in das Suchfeld ein (Strg+F), um alle Inhalte zu durchsuchen.</translation>
    </message>
    <message>
        <source>Choose a benchmark on the left, browse the practices, or type in the search box (Ctrl+F) to search all content.</source>
        <translation type="vanished">Wählen Sie links eine Benchmark, stöbern Sie in den Praxisbeispielen oder geben Sie etwas in das Suchfeld ein (Strg+F), um alle Inhalte zu durchsuchen.</translation>
    </message>
</context>
<context>
    <name>DimensionBars</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/bar_chart.py" line="77"/>
        <source>Score per dimension</source>
        <translation>Ergebnis je Dimension</translation>
    </message>
    <message>
        <source>{rated} of {total} rated</source>
        <translation type="vanished">{rated} von {total} eingestuft</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/bar_chart.py" line="112"/>
        <source>{dimension}: {score} ({count})</source>
        <translation>{dimension}: {score} ({count})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/bar_chart.py" line="114"/>
        <source>{dimension}: {score}, target {target} ({count})</source>
        <translation>{dimension}: {score}, Ziel {target} ({count})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/bar_chart.py" line="247"/>
        <source>Current score</source>
        <translation>Aktuelles Ergebnis</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/bar_chart.py" line="247"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
</context>
<context>
    <name>DimensionChangeModel</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/change_models.py" line="69"/>
        <source>All benchmarks</source>
        <translation>Alle Benchmarks</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/change_models.py" line="131"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/change_models.py" line="132"/>
        <source>Earlier</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/change_models.py" line="133"/>
        <source>Later</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/change_models.py" line="134"/>
        <source>Change (points)</source>
        <translation>Änderung (Punkte)</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/empty_state.py" line="15"/>
        <source>No assessment yet</source>
        <translation>Noch keine Bewertung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/empty_state.py" line="16"/>
        <source>An assessment rates where your municipality stands on each of the {count} Whole-COMM benchmarks, from 0 (not in place) to 4 (fully in place and evaluated), with the evidence behind each rating. Repeat it later, as a copy, to see what changed.</source>
        <translation>Eine Bewertung hält fest, wo Ihre Kommune bei jeder der {count} Whole-COMM-Benchmarks steht – von 0 (nicht vorhanden) bis 4 (voll umgesetzt und evaluiert) –, mit den Nachweisen zu jeder Einstufung. Wiederholen Sie sie später als Kopie, um zu sehen, was sich verändert hat.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/empty_state.py" line="23"/>
        <source>Tip: fill in the municipality profile first. Benchmarks of fields your municipality is not responsible for (housing, education, health, employment services) are then marked for you, and small places see the benchmarks written for them first.</source>
        <translation>Tipp: Füllen Sie zuerst das Profil der Kommune aus. Benchmarks aus Bereichen, für die Ihre Kommune nicht zuständig ist (Wohnen, Bildung, Gesundheit, Arbeitsvermittlung), werden dann für Sie markiert, und kleine Orte sehen die für sie formulierten Benchmarks zuerst.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/empty_state.py" line="32"/>
        <source>Fill in the profile…</source>
        <translation>Profil ausfüllen…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/empty_state.py" line="35"/>
        <source>Create the first assessment</source>
        <translation>Erste Bewertung anlegen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="54"/>
        <source>Export package</source>
        <translation>Paket exportieren</translation>
    </message>
    <message>
        <source>Save one file to carry to another laptop (for example on a USB stick) and import it there with File → Import package…. Importing it twice adds nothing twice.</source>
        <translation type="vanished">Speichern Sie eine Datei, die Sie auf einen anderen Laptop mitnehmen (zum Beispiel auf einem USB-Stick) und dort mit Datei → Paket importieren… importieren. Doppelt importiert wird nichts doppelt hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="57"/>
        <source>Save one file to carry to another laptop (for example on a USB stick) and import it there (File → Import package…). Importing it twice adds nothing twice.</source>
        <translation>Speichern Sie eine Datei, die Sie auf einen anderen Laptop mitnehmen (zum Beispiel auf einem USB-Stick), und importieren Sie sie dort (Datei → Paket importieren…). Wer sie zweimal importiert, fügt nichts doppelt hinzu.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="67"/>
        <source>The assessment “{title}”</source>
        <translation>Die Bewertung „{title}“</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="69"/>
        <source>The assessment shown (there is none yet)</source>
        <translation>Die angezeigte Bewertung (es gibt noch keine)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="72"/>
        <source>The assessment, blank, for workshop participants to rate on their laptops</source>
        <translation>Die Bewertung, leer, für Workshop-Teilnehmende zum Einstufen auf ihren Laptops</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="74"/>
        <source>The action plan (with the annual report texts)</source>
        <translation>Der Aktionsplan (mit den Texten des Jahresberichts)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="76"/>
        <source>Everything: profile, all assessments, the plan and the texts</source>
        <translation>Alles: Profil, alle Bewertungen, der Plan und die Texte</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="85"/>
        <source>&amp;Anonymised, to share with other municipalities</source>
        <translation>&amp;Anonymisiert, zur Weitergabe an andere Kommunen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="89"/>
        <source>Leaves out the names of people, notes, evidence and links; keeps the municipality&apos;s kind, size and country and the ratings, so others can compare.</source>
        <translation>Lässt Namen von Personen, Notizen, Nachweise und Verknüpfungen weg; behält Art, Größe und Land der Kommune sowie die Einstufungen, damit andere vergleichen können.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="95"/>
        <source>Anonymised: without names of people, notes and evidence. Assessments only (no action plan).</source>
        <translation>Anonymisiert: ohne Namen von Personen, Notizen und Nachweise. Nur Bewertungen (kein Aktionsplan).</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="126"/>
        <source>assessment</source>
        <translation>bewertung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="129"/>
        <source>{title}-for-participants</source>
        <translation>{title}-fuer-teilnehmende</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="130"/>
        <source>action-plan</source>
        <translation>aktionsplan</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="131"/>
        <source>municipality</source>
        <translation>kommune</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="135"/>
        <source>anonymised</source>
        <translation>anonymisiert</translation>
    </message>
</context>
<context>
    <name>FactSandwichEditor</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_commands.py" line="55"/>
        <source>The fact sandwich no longer exists; it may have been deleted in another window.</source>
        <translation>Das Faktensandwich gibt es nicht mehr; es wurde vielleicht in einem anderen Fenster gelöscht.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_commands.py" line="65"/>
        <source>The change could not be stored in the database ({detail}). Check that the database file is still there and that you may save to its folder, then try again.</source>
        <translation>Die Änderung konnte nicht in der Datenbank gespeichert werden ({detail}). Prüfen Sie, ob die Datenbankdatei noch vorhanden ist und ob Sie in ihrem Ordner speichern dürfen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_commands.py" line="78"/>
        <source>A fact sandwich</source>
        <translation>Ein Faktensandwich</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_commands.py" line="79"/>
        <source>The fact sandwich “{topic}”</source>
        <translation>Das Faktensandwich „{topic}“</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_editor.py" line="78"/>
        <source>Your town&apos;s own fact sandwiches, printed in the worksheet. They are saved as you type.</source>
        <translation>Die eigenen Faktensandwiches Ihrer Kommune, gedruckt im Arbeitsblatt. Sie werden während der Eingabe gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_editor.py" line="84"/>
        <source>Fact sandwiches</source>
        <translation>Faktensandwiches</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_editor.py" line="87"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_editor.py" line="88"/>
        <source>Add a fact sandwich</source>
        <translation>Ein Faktensandwich hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_editor.py" line="89"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_editor.py" line="90"/>
        <source>Delete the fact sandwich</source>
        <translation>Das Faktensandwich löschen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_editor.py" line="104"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_editor.py" line="107"/>
        <source>T&amp;opic:</source>
        <translation>Th&amp;ema:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_editor.py" line="108"/>
        <source>Fa&amp;ct:</source>
        <translation>Tats&amp;ache:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_editor.py" line="108"/>
        <source>Fact</source>
        <translation>Tatsache</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_editor.py" line="110"/>
        <source>&amp;Warning about the myth:</source>
        <translation>&amp;Warnung vor dem Mythos:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_editor.py" line="110"/>
        <source>Warning about the myth</source>
        <translation>Warnung vor dem Mythos</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_editor.py" line="113"/>
        <source>Wh&amp;y the myth is wrong:</source>
        <translation>Waru&amp;m der Mythos falsch ist:</translation>
    </message>
    <message>
        <source>W&amp;hy the myth is wrong:</source>
        <translation type="vanished">Waru&amp;m der Mythos falsch ist:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_editor.py" line="113"/>
        <source>Why the myth is wrong</source>
        <translation>Warum der Mythos falsch ist</translation>
    </message>
    <message>
        <source>The fact a&amp;gain:</source>
        <translation type="vanished">Noch einmal die Tatsa&amp;che:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_editor.py" line="116"/>
        <source>The fact again</source>
        <translation>Noch einmal die Tatsache</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_editor.py" line="116"/>
        <source>The fact &amp;again:</source>
        <translation>&amp;Noch einmal die Tatsache:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_editor.py" line="188"/>
        <source>Fact sandwich {number}</source>
        <translation>Faktensandwich {number}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_editor.py" line="260"/>
        <source>The fact sandwich could not be saved: {reason}</source>
        <translation>Das Faktensandwich konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_editor.py" line="273"/>
        <source>Edit fact sandwich</source>
        <translation>Faktensandwich bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_editor.py" line="292"/>
        <source>Add fact sandwich</source>
        <translation>Faktensandwich hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/factsandwich_editor.py" line="309"/>
        <source>Delete fact sandwich</source>
        <translation>Faktensandwich löschen</translation>
    </message>
</context>
<context>
    <name>FactSandwichWorksheet</name>
    <message>
        <location filename="../../src/toolbox_desktop/reports/factsandwich_worksheet.py" line="41"/>
        <source>Fact Sandwich worksheet</source>
        <translation>Arbeitsblatt Faktensandwich</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/factsandwich_worksheet.py" line="42"/>
        <source>A Fact Sandwich answers a false claim without spreading it further: the fact comes first and last, the myth only briefly in between.</source>
        <translation>Ein Faktensandwich antwortet auf eine falsche Behauptung, ohne sie weiterzuverbreiten: Die Tatsache steht am Anfang und am Ende, der Mythos nur kurz dazwischen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/factsandwich_worksheet.py" line="47"/>
        <source>What the words mean</source>
        <translation>Was die Begriffe bedeuten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/factsandwich_worksheet.py" line="48"/>
        <source>The method in four steps</source>
        <translation>Die Methode in vier Schritten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/factsandwich_worksheet.py" line="49"/>
        <source>Tips for using your Fact Sandwich</source>
        <translation>Tipps für den Einsatz Ihres Faktensandwiches</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/factsandwich_worksheet.py" line="50"/>
        <source>Our fact sandwiches</source>
        <translation>Unsere Faktensandwiches</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/factsandwich_worksheet.py" line="51"/>
        <source>Write your own fact sandwich</source>
        <translation>Schreiben Sie Ihr eigenes Faktensandwich</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/factsandwich_worksheet.py" line="52"/>
        <source>Choose a claim you hear in your town. Keep each part short enough to say aloud.</source>
        <translation>Wählen Sie eine Behauptung, die Sie in Ihrer Kommune hören. Halten Sie jeden Teil so kurz, dass man ihn laut vortragen kann.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/factsandwich_worksheet.py" line="56"/>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/factsandwich_worksheet.py" line="57"/>
        <source>Fact</source>
        <translation>Tatsache</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/factsandwich_worksheet.py" line="58"/>
        <source>Warning about the myth</source>
        <translation>Warnung vor dem Mythos</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/factsandwich_worksheet.py" line="59"/>
        <source>Why the myth is wrong</source>
        <translation>Warum der Mythos falsch ist</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/factsandwich_worksheet.py" line="60"/>
        <source>The fact again</source>
        <translation>Noch einmal die Tatsache</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/factsandwich_worksheet.py" line="61"/>
        <source>Fact sandwich {number}</source>
        <translation>Faktensandwich {number}</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/file_field.py" line="19"/>
        <source>Bro&amp;wse…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation type="vanished">Aus&amp;wählen…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/file_field.py" line="20"/>
        <source>Choose the region file</source>
        <translation>Die Regionsdatei auswählen</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/file_actions.py" line="40"/>
        <source>No new file made</source>
        <translation>Keine neue Datei angelegt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/file_actions.py" line="52"/>
        <location filename="../../src/toolbox_desktop/ui/window/file_switch.py" line="96"/>
        <source>Cannot open the file</source>
        <translation>Die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/file_actions.py" line="69"/>
        <source>Copy not saved</source>
        <translation>Kopie nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/file_actions.py" line="74"/>
        <source>That is the file open now. Choose another name for the copy.</source>
        <translation>Das ist die gerade geöffnete Datei. Wählen Sie einen anderen Namen für die Kopie.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/file_actions.py" line="89"/>
        <source>A copy of the data was saved as {path}. This window stays on {name}.</source>
        <translation>Eine Kopie der Daten wurde als {path} gespeichert. Dieses Fenster bleibt bei {name}.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/file_actions.py" line="113"/>
        <source>{file} (not found)</source>
        <translation>{file} (nicht gefunden)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/file_actions.py" line="119"/>
        <source>No other files yet</source>
        <translation>Noch keine anderen Dateien</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/file_actions.py" line="123"/>
        <source>&amp;Clear the list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/file_actions.py" line="138"/>
        <source>Some of what you typed could not be stored yet. It is still shown with the note &quot;not saved yet&quot;. Open the other file anyway and lose it?</source>
        <translation>Ein Teil Ihrer Eingaben konnte noch nicht gespeichert werden. Er wird weiter mit dem Hinweis „noch nicht gespeichert“ angezeigt. Trotzdem die andere Datei öffnen und die Eingaben verlieren?</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/file_dialogs.py" line="27"/>
        <source>Toolbox databases (*.sqlite3 *.sqlite *.db)</source>
        <translation>Toolbox-Datenbanken (*.sqlite3 *.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/file_dialogs.py" line="28"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/file_dialogs.py" line="37"/>
        <source>Open a database file</source>
        <translation>Datenbankdatei öffnen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/file_dialogs.py" line="49"/>
        <source>New database file</source>
        <translation>Neue Datenbankdatei</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/file_dialogs.py" line="61"/>
        <source>Save a copy of the data</source>
        <translation>Eine Kopie der Daten speichern</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/file_dialogs.py" line="76"/>
        <source>&apos;{path}&apos; is not there any more (moved, renamed, or on a drive that is not connected). Nothing was changed.</source>
        <translation>„{path}“ ist nicht mehr da (verschoben, umbenannt oder auf einem Laufwerk, das nicht angeschlossen ist). Es wurde nichts verändert.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/file_dialogs.py" line="82"/>
        <source>&apos;{path}&apos; is empty, so it is not a Local Integration Toolbox database. The file was not changed. Choose the right file, or create a new one.</source>
        <translation>„{path}“ ist leer und damit keine Datenbank der Local Integration Toolbox. Die Datei wurde nicht verändert. Wählen Sie die richtige Datei oder legen Sie eine neue an.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/file_dialogs.py" line="93"/>
        <source>&apos;{path}&apos; already exists. A new file never replaces another: choose a new name, or open that file (File → Open…).</source>
        <translation>„{path}“ gibt es schon. Eine neue Datei ersetzt nie eine andere: Wählen Sie einen neuen Namen oder öffnen Sie diese Datei (Datei → Öffnen…).</translation>
    </message>
    <message>
        <source>&apos;{path}&apos; already exists. A new file never replaces another: choose a new name, or open that file with File → Open….</source>
        <translation type="vanished">„{path}“ gibt es schon. Eine neue Datei ersetzt nie eine andere: Wählen Sie einen neuen Namen oder öffnen Sie diese Datei mit Datei → Öffnen….</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/file_switch.py" line="81"/>
        <source>{name} is already open.</source>
        <translation>{name} ist bereits geöffnet.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/startup_problem.py" line="44"/>
        <source>The file opened last time, &apos;{path}&apos;, is not there any more (moved, renamed, or on a drive that is not connected). Open it where it is now, or create a new file.</source>
        <translation>Die zuletzt geöffnete Datei „{path}“ ist nicht mehr da (verschoben, umbenannt oder auf einem Laufwerk, das nicht angeschlossen ist). Öffnen Sie sie dort, wo sie jetzt ist, oder legen Sie eine neue Datei an.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/startup_problem.py" line="95"/>
        <source>Open another database file, create a new one, or quit the app.</source>
        <translation>Öffnen Sie eine andere Datenbankdatei, legen Sie eine neue an oder beenden Sie die App.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/startup_problem.py" line="100"/>
        <source>&amp;Open another file…</source>
        <translation>&amp;Andere Datei öffnen…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/startup_problem.py" line="104"/>
        <source>Create a &amp;new file…</source>
        <translation>&amp;Neue Datei anlegen…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/startup_problem.py" line="108"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/filter_bar.py" line="41"/>
        <source>Find actions</source>
        <translation>Maßnahmen suchen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/filter_bar.py" line="42"/>
        <source>Find actions (title, owner, partners, notes…)</source>
        <translation>Maßnahmen suchen (Titel, Zuständige, Partner, Notizen…)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/filter_bar.py" line="46"/>
        <source>Dimension filter</source>
        <translation>Filter nach Dimension</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/filter_bar.py" line="47"/>
        <source>All dimensions</source>
        <translation>Alle Dimensionen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/filter_bar.py" line="55"/>
        <source>Status filter</source>
        <translation>Filter nach Status</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/filter_bar.py" line="56"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/filter_bar.py" line="60"/>
        <source>Phase filter</source>
        <translation>Filter nach Phase</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/filter_bar.py" line="61"/>
        <source>All phases</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/filter_bar.py" line="64"/>
        <source>Responsible filter</source>
        <translation>Filter nach Zuständigkeit</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/filter_bar.py" line="64"/>
        <source>Anyone responsible</source>
        <translation>Alle Zuständigen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/filter_bar.py" line="69"/>
        <source>&amp;Overdue only</source>
        <translation>Nur &amp;überfällige</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/filter_bar.py" line="71"/>
        <source>Actions past their end date, or with a milestone past its date, not done</source>
        <translation>Nicht abgeschlossene Maßnahmen nach ihrem Enddatum oder mit einem überfälligen Meilenstein</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/filter_bar.py" line="73"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/filter_bar.py" line="75"/>
        <source>Actions shown</source>
        <translation>Angezeigte Maßnahmen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/filter_bar.py" line="131"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n Maßnahme</numerusform>
            <numerusform>%n Maßnahmen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/filter_bar.py" line="133"/>
        <source>{shown} of {total}</source>
        <translation>{shown} von {total}</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../src/toolbox_desktop/core/formatting.py" line="51"/>
        <source>“{text}” is not a number. Type it like {example}.</source>
        <translation>„{text}“ ist keine Zahl. Geben Sie sie z. B. so ein: {example}.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/formatting.py" line="52"/>
        <source>“{text}” is not an amount of money. Type it like {example}.</source>
        <translation>„{text}“ ist kein Geldbetrag. Geben Sie ihn z. B. so ein: {example}.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/formatting.py" line="55"/>
        <source>“{text}” could mean {thousands} or {decimal}. Write it unambiguously: {thousands_plain} or {decimal_plain}.</source>
        <translation>„{text}“ kann {thousands} oder {decimal} bedeuten. Schreiben Sie es eindeutig: {thousands_plain} oder {decimal_plain}.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/formatting.py" line="60"/>
        <source>“{text}” has more than two decimals: amounts are kept in cents.</source>
        <translation>„{text}“ hat mehr als zwei Nachkommastellen: Beträge werden in Cent gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/formatting.py" line="63"/>
        <source>“{text}” is implausibly large; check the number of digits.</source>
        <translation>„{text}“ ist unplausibel groß; prüfen Sie die Anzahl der Ziffern.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/formatting.py" line="67"/>
        <source>“{text}” is in another currency than {currency}, the currency of these amounts. Type it in {currency}, or change the currency first.</source>
        <translation>„{text}“ ist in einer anderen Währung als {currency}, der Währung dieser Beträge. Geben Sie den Betrag in {currency} ein oder ändern Sie zuerst die Währung.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/formatting.py" line="72"/>
        <source>“{text}” is not a whole number. Type it like {example}.</source>
        <translation>„{text}“ ist keine ganze Zahl. Geben Sie sie z. B. so ein: {example}.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/formatting.py" line="75"/>
        <source>“{text}” is not a date. Type it like {example} or {iso}.</source>
        <translation>„{text}“ ist kein Datum. Geben Sie es z. B. so ein: {example} oder {iso}.</translation>
    </message>
</context>
<context>
    <name>GapTableModel</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/gap_model.py" line="69"/>
        <source>Gap {gap} × priority {priority}</source>
        <translation>Lücke {gap} × Priorität {priority}</translation>
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
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/gap_model.py" line="109"/>
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/gap_model.py" line="110"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/gap_model.py" line="111"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/gap_model.py" line="112"/>
        <source>Weighted gap</source>
        <translation>Gewichtete Lücke</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/gap_model.py" line="119"/>
        <source>Current level (0–4)</source>
        <translation>Aktuelle Stufe (0–4)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/gap_model.py" line="120"/>
        <source>Target level (0–4)</source>
        <translation>Zielstufe (0–4)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/gap_model.py" line="122"/>
        <source>(Target − current level) × priority (low 1, medium 2, high 3)</source>
        <translation>(Ziel − aktuelle Stufe) × Priorität (niedrig 1, mittel 2, hoch 3)</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_start.py" line="73"/>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_start.py" line="74"/>
        <source>Getting started in three steps</source>
        <translation>In drei Schritten beginnen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_start.py" line="75"/>
        <source>Hide these steps</source>
        <translation>Diese Schritte ausblenden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_start.py" line="76"/>
        <source>Help → Getting started shows them again</source>
        <translation>Hilfe → Erste Schritte zeigt sie wieder an</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_start.py" line="86"/>
        <source>1. Describe your municipality</source>
        <translation>1. Die Kommune beschreiben</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_start.py" line="87"/>
        <source>2. Start the first assessment</source>
        <translation>2. Die erste Bewertung beginnen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_start.py" line="88"/>
        <source>3. Plan the first action</source>
        <translation>3. Die erste Maßnahme planen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/help_start.py" line="97"/>
        <source>✓ {step} (done)</source>
        <translation>✓ {step} (erledigt)</translation>
    </message>
</context>
<context>
    <name>GuideOrigin</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/guide_origin.py" line="29"/>
        <source>Show in the library</source>
        <translation>In der Bibliothek zeigen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/guide_origin.py" line="30"/>
        <source>Open this quick win in the library</source>
        <translation>Diese Sofortmaßnahme in der Bibliothek öffnen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/guide_origin.py" line="47"/>
        <source>This action came from a quick win that is no longer in the guide.</source>
        <translation>Diese Maßnahme stammt aus einer Sofortmaßnahme, die nicht mehr im Leitfaden steht.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/guide_origin.py" line="52"/>
        <source>From the leaders&apos; guide: {title}</source>
        <translation>Aus dem Leitfaden für lokale Führungskräfte: {title}</translation>
    </message>
</context>
<context>
    <name>GuidePages</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_pages.py" line="65"/>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_pages.py" line="99"/>
        <source>What the guide holds</source>
        <translation>Was der Leitfaden enthält</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_pages.py" line="176"/>
        <source>Suggested partners</source>
        <translation>Vorgeschlagene Partner</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_pages.py" line="177"/>
        <source>Funding</source>
        <translation>Finanzierung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_pages.py" line="191"/>
        <source>Dimensions it serves</source>
        <translation>Passende Dimensionen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_pages.py" line="217"/>
        <source>{code} (not in the loaded content)</source>
        <translation>{code} (nicht im geladenen Inhalt)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_pages.py" line="219"/>
        <source>See also</source>
        <translation>Siehe auch</translation>
    </message>
</context>
<context>
    <name>GuideTexts</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="120"/>
        <source>Preconditions for successful integration</source>
        <translation>Voraussetzungen für gelingende Integration</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="123"/>
        <source>Quick wins (first 12 months)</source>
        <translation>Sofortmaßnahmen (erste 12 Monate)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="124"/>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="148"/>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="151"/>
        <source>Engaging the host population</source>
        <translation>Die Aufnahmegesellschaft einbeziehen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="125"/>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="152"/>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="153"/>
        <source>Rights and responsibilities</source>
        <translation>Rechte und Pflichten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="126"/>
        <source>Liberal-democratic principles</source>
        <translation>Freiheitlich-demokratische Grundsätze</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="127"/>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="155"/>
        <source>The Fact Sandwich</source>
        <translation>Das Faktensandwich</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="128"/>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="156"/>
        <source>City examples</source>
        <translation>Beispiele aus Städten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="136"/>
        <source>Definitions</source>
        <translation>Begriffe</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="137"/>
        <source>The steps</source>
        <translation>Die Schritte</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="138"/>
        <source>Tips for using it</source>
        <translation>Tipps für die Anwendung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="146"/>
        <source>Precondition</source>
        <translation>Voraussetzung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="147"/>
        <source>Quick win</source>
        <translation>Sofortmaßnahme</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="154"/>
        <source>Liberal-democratic principle</source>
        <translation>Freiheitlich-demokratischer Grundsatz</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="157"/>
        <source>City example</source>
        <translation>Beispiel aus einer Stadt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="177"/>
        <source>Principle {number}</source>
        <translation>Grundsatz {number}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="179"/>
        <source>Example {number}</source>
        <translation>Beispiel {number}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/guide_parts.py" line="180"/>
        <source>Point {number}</source>
        <translation>Punkt {number}</translation>
    </message>
</context>
<context>
    <name>Handouts</name>
    <message>
        <location filename="../../src/toolbox_desktop/reports/handout_parts.py" line="22"/>
        <source>Source: {title} ({source}).</source>
        <translation>Quelle: {title} ({source}).</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/handout_parts.py" line="23"/>
        <source>The leaders&apos; guide is not loaded, so this part is missing. Check the content packs with &apos;toolbox-desktop content check&apos;.</source>
        <translation>Der Leitfaden für lokale Führungskräfte ist nicht geladen, daher fehlt dieser Teil. Prüfen Sie die Inhaltspakete mit „toolbox-desktop content check“.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="99"/>
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="265"/>
        <source>Import package</source>
        <translation>Paket importieren</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="104"/>
        <source>What the import will change</source>
        <translation>Was der Import ändert</translation>
    </message>
    <message>
        <source>&amp;Replace later changes</source>
        <translation type="vanished">Spätere Änderungen &amp;ersetzen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="106"/>
        <source>&amp;Replace my later changes</source>
        <translation>Meine späteren Änderungen &amp;ersetzen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="109"/>
        <source>Take the package&apos;s older version also of what was changed on this computer after the package was made. The values it replaces stay in the history.</source>
        <translation>Die ältere Fassung aus dem Paket auch für das übernehmen, was auf diesem Computer nach dem Erstellen des Pakets geändert wurde. Die ersetzten Werte bleiben im Verlauf erhalten.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="116"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="182"/>
        <source>Refused: {reason}</source>
        <translation>Abgelehnt: {reason}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="195"/>
        <source>%n item(s) already here, unchanged</source>
        <translation>
            <numerusform>%n Eintrag bereits vorhanden, unverändert</numerusform>
            <numerusform>%n Einträge bereits vorhanden, unverändert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="202"/>
        <source>Nothing has been written yet. Press Import to add and change what is listed below; each package is imported completely or not at all.</source>
        <translation>Es wurde noch nichts gespeichert. Klicken Sie auf „Importieren“, um das unten Aufgeführte hinzuzufügen und zu ändern; jedes Paket wird vollständig oder gar nicht importiert.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="206"/>
        <source>Files marked “Refused” are left out.</source>
        <translation>Mit „Abgelehnt“ markierte Dateien werden ausgelassen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="208"/>
        <source>Nothing can be imported: see the reason below.</source>
        <translation>Es kann nichts importiert werden: Den Grund finden Sie unten.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="211"/>
        <source>Nothing to import: everything that differs was changed on this computer after the package was made.</source>
        <translation>Nichts zu importieren: Alles, was abweicht, wurde auf diesem Computer nach dem Erstellen des Pakets geändert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="218"/>
        <source>This computer&apos;s version is kept for %n item(s) changed here after the package was made. To take the package&apos;s older version instead, choose “Replace my later changes”.</source>
        <translation>
            <numerusform>Für %n Eintrag, der hier nach dem Erstellen des Pakets geändert wurde, bleibt die Fassung dieses Computers erhalten. Um stattdessen die ältere Fassung aus dem Paket zu übernehmen, wählen Sie „Meine späteren Änderungen ersetzen“.</numerusform>
            <numerusform>Für %n Einträge, die hier nach dem Erstellen des Pakets geändert wurden, bleibt die Fassung dieses Computers erhalten. Um stattdessen die ältere Fassung aus dem Paket zu übernehmen, wählen Sie „Meine späteren Änderungen ersetzen“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing has been written.</source>
        <translation type="vanished">Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="215"/>
        <source>Nothing to change: everything in this package is already here.</source>
        <translation>Nichts zu ändern: Alles in diesem Paket ist bereits vorhanden.</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s version is kept for %n item(s) changed here after the package was made. To take the package&apos;s older version instead, choose “Replace later changes”.</source>
        <translation type="vanished">
            <numerusform>Für %n Eintrag, der hier nach dem Erstellen des Pakets geändert wurde, bleibt die Fassung dieses Computers erhalten. Um stattdessen die ältere Fassung aus dem Paket zu übernehmen, wählen Sie „Spätere Änderungen ersetzen“.</numerusform>
            <numerusform>Für %n Einträge, die hier nach dem Erstellen des Pakets geändert wurden, bleibt die Fassung dieses Computers erhalten. Um stattdessen die ältere Fassung aus dem Paket zu übernehmen, wählen Sie „Spätere Änderungen ersetzen“.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="231"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="247"/>
        <source>{action}: {count} × {item}</source>
        <translation>{action}: {count} × {item}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="266"/>
        <source>Some packages were not imported:</source>
        <translation>Einige Pakete wurden nicht importiert:</translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_chart.py" line="54"/>
        <source>Indicator chart</source>
        <translation>Indikatordiagramm</translation>
    </message>
    <message>
        <source>{name}: baseline {baseline}, target {target}, latest {latest} ({count} values)</source>
        <translation type="vanished">{name}: Ausgangswert {baseline}, Zielwert {target}, zuletzt {latest} (Anzahl Werte: {count})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_chart.py" line="141"/>
        <source>{name}: baseline {baseline}, target {target}, latest {latest} (%n value(s))</source>
        <translation>
            <numerusform>{name}: Ausgangswert {baseline}, Zielwert {target}, zuletzt {latest} (%n Wert)</numerusform>
            <numerusform>{name}: Ausgangswert {baseline}, Zielwert {target}, zuletzt {latest} (%n Werte)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_chart.py" line="169"/>
        <source>Baseline {value}</source>
        <translation>Ausgangswert {value}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_chart.py" line="170"/>
        <source>Target {value}</source>
        <translation>Zielwert {value}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_chart.py" line="186"/>
        <source>No values measured yet: add the first one below.</source>
        <translation>Noch keine Messwerte: Fügen Sie unten den ersten hinzu.</translation>
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
        <translation type="vanished">„{text}“ ist keine Zahl.</translation>
    </message>
</context>
<context>
    <name>IndicatorPanel</name>
    <message>
        <source>Indicators of</source>
        <translation type="vanished">Indikatoren für</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_panel.py" line="64"/>
        <source>Indicators for</source>
        <translation>Indikatoren für</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_panel.py" line="76"/>
        <source>Indicators</source>
        <translation>Indikatoren</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_panel.py" line="79"/>
        <source>Add indi&amp;cator</source>
        <translation>Indikat&amp;or hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_panel.py" line="80"/>
        <source>Delete indicator</source>
        <translation>Indikator löschen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_panel.py" line="82"/>
        <source>Indicator name</source>
        <translation>Name des Indikators</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_panel.py" line="84"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_panel.py" line="85"/>
        <source>e.g. participants, %, days</source>
        <translation>z. B. Teilnehmende, %, Tage</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_panel.py" line="87"/>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_panel.py" line="89"/>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_panel.py" line="96"/>
        <source>Measured values</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_panel.py" line="103"/>
        <source>Add value</source>
        <translation>Wert hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_panel.py" line="130"/>
        <source>&amp;Indicators for:</source>
        <translation>Indi&amp;katoren für:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_panel.py" line="144"/>
        <source>Ba&amp;seline:</source>
        <translation>Au&amp;sgangswert:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_panel.py" line="145"/>
        <source>Ta&amp;rget:</source>
        <translation>Zielwe&amp;rt:</translation>
    </message>
    <message>
        <source>Add &amp;value</source>
        <translation type="vanished">&amp;Wert hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_panel.py" line="104"/>
        <source>Remove value</source>
        <translation>Wert entfernen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_panel.py" line="108"/>
        <source>No indicator yet. Add one to say how you will know that this works.</source>
        <translation>Noch kein Indikator. Fügen Sie einen hinzu, um festzulegen, woran Sie erkennen, dass die Maßnahme wirkt.</translation>
    </message>
    <message>
        <source>&amp;Indicators of:</source>
        <translation type="vanished">Indi&amp;katoren für:</translation>
    </message>
    <message>
        <source>Base&amp;line:</source>
        <translation type="vanished">Au&amp;sgangswert:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="vanished">Zielwe&amp;rt:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_panel.py" line="151"/>
        <source>&amp;Name:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_panel.py" line="152"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_panel.py" line="176"/>
        <source>This action</source>
        <translation>Diese Maßnahme</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_panel.py" line="178"/>
        <source>Benchmark {benchmark}</source>
        <translation>Benchmark {benchmark}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_panel.py" line="252"/>
        <source>New indicator</source>
        <translation>Neuer Indikator</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_panel.py" line="294"/>
        <source>An indicator needs a name.</source>
        <translation>Ein Indikator braucht einen Namen.</translation>
    </message>
</context>
<context>
    <name>KindChooser</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/kind_chooser.py" line="36"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/kind_chooser.py" line="75"/>
        <source>There is no assessment yet. Create one in the Self-assessment area; its report can then be saved here.</source>
        <translation>Es gibt noch keine Bewertung. Legen Sie eine im Bereich „Selbstbewertung“ an; ihr Bericht kann dann hier gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/kind_chooser.py" line="82"/>
        <source>No assessment yet</source>
        <translation>Noch keine Bewertung</translation>
    </message>
</context>
<context>
    <name>LevelChoice</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/level_choice.py" line="28"/>
        <source>Where do we stand?</source>
        <translation>Wo stehen wir?</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/level_choice.py" line="44"/>
        <source>Does not concern our municipality; left out of the scores.</source>
        <translation>Betrifft unsere Kommune nicht; bleibt bei den Ergebnissen unberücksichtigt.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/level_choice.py" line="52"/>
        <source>Decided by another level of government; left out of the scores and marked for advocacy.</source>
        <translation>Wird auf einer anderen staatlichen Ebene entschieden; bleibt bei den Ergebnissen unberücksichtigt und wird für die Interessenvertretung vorgemerkt.</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/library_page.py" line="61"/>
        <source>Search all content (Ctrl+F)</source>
        <translation>Alle Inhalte durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/library_page.py" line="63"/>
        <source>Search all content</source>
        <translation>Alle Inhalte durchsuchen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/library_page.py" line="72"/>
        <source>Dimensions and key benchmarks</source>
        <translation>Dimensionen und Kern-Benchmarks</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/library_page.py" line="181"/>
        <source>How to use the toolbox</source>
        <translation>So nutzen Sie die Toolbox</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/library_page.py" line="192"/>
        <source>Guidance: the leaders&apos; guide and other packs</source>
        <translation>Leitfäden: der Leitfaden für lokale Führungskräfte und weitere Pakete</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/library_page.py" line="84"/>
        <source>&amp;Benchmarks</source>
        <translation>Bench&amp;marks</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/library_page.py" line="85"/>
        <source>&amp;Practices</source>
        <translation>&amp;Praxisbeispiele</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/library_page.py" line="86"/>
        <source>How to &amp;use</source>
        <translation>&amp;Anleitung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/library_page.py" line="87"/>
        <source>Guida&amp;nce</source>
        <translation>Leit&amp;fäden</translation>
    </message>
    <message>
        <source>Gui&amp;dance</source>
        <translation type="vanished">Leit&amp;fäden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/library_page.py" line="317"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/library_page.py" line="99"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/library_page.py" line="338"/>
        <source>No matches. Try fewer or shorter words.</source>
        <translation>Keine Treffer. Versuchen Sie es mit weniger oder kürzeren Wörtern.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/library/library_page.py" line="340"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>1 match</source>
        <translation type="vanished">1 Treffer</translation>
    </message>
    <message>
        <source>{count} matches</source>
        <translation type="vanished">{count} Treffer</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="81"/>
        <source>{field}: {length} characters, more than the {limit} that fit. Shorten the text.</source>
        <translation>{field}: {length} Zeichen, mehr als die {limit}, die Platz haben. Bitte kürzen Sie den Text.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="84"/>
        <source>{field}: {count}, more than the {limit} allowed.</source>
        <translation>{field}: {count}, mehr als die erlaubten {limit}.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="86"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="87"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="88"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="89"/>
        <source>Staff time</source>
        <translation>Personalzeit</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="90"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="91"/>
        <source>Who took part</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="92"/>
        <source>Workshop participants</source>
        <translation>Workshop-Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="93"/>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="94"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="95"/>
        <source>Rated by</source>
        <translation>Eingestuft von</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="96"/>
        <source>Linked files</source>
        <translation>Verknüpfte Dateien</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="97"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="98"/>
        <source>Responsible role</source>
        <translation>Zuständige Rolle</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="99"/>
        <source>Responsible person</source>
        <translation>Zuständige Person</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="100"/>
        <source>Partner names</source>
        <translation>Namen der Partner</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="101"/>
        <source>Budget line</source>
        <translation>Haushaltsstelle</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="102"/>
        <source>Linked benchmarks</source>
        <translation>Verknüpfte Benchmarks</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="103"/>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="104"/>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="105"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="106"/>
        <source>Measured values</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="107"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="108"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="109"/>
        <source>Stories</source>
        <translation>Geschichten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/limits.py" line="110"/>
        <source>Next year&apos;s focus</source>
        <translation>Schwerpunkte im kommenden Jahr</translation>
    </message>
</context>
<context>
    <name>LinksEditor</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/links_editor.py" line="107"/>
        <source>Linked files</source>
        <translation>Verknüpfte Dateien</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/links_editor.py" line="117"/>
        <source>Add lin&amp;k…</source>
        <translation>Verknüpfung hinzu&amp;fügen…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/links_editor.py" line="118"/>
        <source>Add a link to a file</source>
        <translation>Eine Verknüpfung zu einer Datei hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/links_editor.py" line="119"/>
        <source>Remove link</source>
        <translation>Verknüpfung entfernen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/links_editor.py" line="120"/>
        <source>Open file</source>
        <translation>Datei öffnen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/assessment/links_editor.py" line="148"/>
        <source>%n linked file(s) cannot be found: moved, renamed or deleted. Put the file back, or remove the link and add the file where it is now.</source>
        <translation>
            <numerusform>%n verknüpfte Datei wurde nicht gefunden: verschoben, umbenannt oder gelöscht. Legen Sie die Datei zurück oder entfernen Sie die Verknüpfung und fügen Sie die Datei an ihrem jetzigen Ort neu hinzu.</numerusform>
            <numerusform>%n verknüpfte Dateien wurden nicht gefunden: verschoben, umbenannt oder gelöscht. Legen Sie die Datei zurück oder entfernen Sie die Verknüpfung und fügen Sie die Datei an ihrem jetzigen Ort neu hinzu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/assessment/links_editor.py" line="192"/>
        <source>%n file(s) not linked: the path is longer than {limit} characters. Move the file to a folder with a shorter path, then link it.</source>
        <translation>
            <numerusform>%n Datei nicht verknüpft: Der Pfad ist länger als {limit} Zeichen. Verschieben Sie die Datei in einen Ordner mit kürzerem Pfad und verknüpfen Sie sie dann.</numerusform>
            <numerusform>%n Dateien nicht verknüpft: Der Pfad ist länger als {limit} Zeichen. Verschieben Sie die Datei in einen Ordner mit kürzerem Pfad und verknüpfen Sie sie dann.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/assessment/links_editor.py" line="202"/>
        <source>%n file(s) not linked: a rating links at most {limit} files. Remove a link you no longer need, then add the file again.</source>
        <translation>
            <numerusform>%n Datei nicht verknüpft: Eine Einstufung verknüpft höchstens {limit} Dateien. Entfernen Sie eine Verknüpfung, die Sie nicht mehr brauchen, und fügen Sie die Datei dann erneut hinzu.</numerusform>
            <numerusform>%n Dateien nicht verknüpft: Eine Einstufung verknüpft höchstens {limit} Dateien. Entfernen Sie eine Verknüpfung, die Sie nicht mehr brauchen, und fügen Sie die Datei dann erneut hinzu.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} linked file(s) cannot be found: moved, renamed or deleted. Put the file back, or remove the link and add the file where it is now.</source>
        <translation type="vanished">Verknüpfte Dateien nicht gefunden: {count} (verschoben, umbenannt oder gelöscht). Legen Sie die Datei zurück oder entfernen Sie die Verknüpfung und fügen Sie die Datei an ihrem jetzigen Ort neu hinzu.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/links_editor.py" line="172"/>
        <source>Link files to this rating</source>
        <translation>Dateien mit dieser Einstufung verknüpfen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/links_editor.py" line="183"/>
        <source>Not every file was linked</source>
        <translation>Nicht alle Dateien wurden verknüpft</translation>
    </message>
    <message>
        <source>{count} file(s) not linked: the path is longer than {limit} characters. Move the file to a folder with a shorter path, then link it.</source>
        <translation type="vanished">{count} Datei(en) nicht verknüpft: Der Pfad ist länger als {limit} Zeichen. Verschieben Sie die Datei in einen Ordner mit kürzerem Pfad und verknüpfen Sie sie dann.</translation>
    </message>
    <message>
        <source>{count} file(s) not linked: a rating links at most {limit} files. Remove a link you no longer need, then add the file again.</source>
        <translation type="vanished">{count} Datei(en) nicht verknüpft: Eine Einstufung verknüpft höchstens {limit} Dateien. Entfernen Sie eine Verknüpfung, die Sie nicht mehr brauchen, und fügen Sie die Datei dann erneut hinzu.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/links_editor.py" line="220"/>
        <source>File not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/links_editor.py" line="222"/>
        <source>{path} is no longer there: it was moved, renamed or deleted. Put the file back, or remove the link and add the file where it is now.</source>
        <translation>{path} ist nicht mehr vorhanden: Die Datei wurde verschoben, umbenannt oder gelöscht. Legen Sie die Datei zurück oder entfernen Sie die Verknüpfung und fügen Sie die Datei an ihrem jetzigen Ort neu hinzu.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/links_editor.py" line="229"/>
        <source>Cannot open the file</source>
        <translation>Die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/links_editor.py" line="231"/>
        <source>No program is set up to open {path}. Open it from your file manager.</source>
        <translation>Für {path} ist kein Programm zum Öffnen eingerichtet. Öffnen Sie die Datei über Ihren Dateimanager.</translation>
    </message>
</context>
<context>
    <name>LinksModel</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/links_editor.py" line="74"/>
        <source>{name} — missing (was in {folder})</source>
        <translation>{name} – fehlt (war in {folder})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/links_editor.py" line="77"/>
        <source>{name} — {folder}</source>
        <translation>{name} – {folder}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/links_editor.py" line="81"/>
        <source>{path} is no longer there: it was moved, renamed or deleted.</source>
        <translation>{path} ist nicht mehr vorhanden: Die Datei wurde verschoben, umbenannt oder gelöscht.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="195"/>
        <source>{title} — TRAINING (fictional town)</source>
        <translation>{title} – ÜBUNG (fiktive Kommune)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="199"/>
        <source>Areas</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="166"/>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="168"/>
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="172"/>
        <source>Assessment</source>
        <translation>Selbstbewertung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="169"/>
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="173"/>
        <source>Action plan</source>
        <translation>Aktionsplan</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="170"/>
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="174"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="197"/>
        <source>{title} — portable</source>
        <translation>{title} – portabel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="200"/>
        <source>Training municipality</source>
        <translation>Übungskommune</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="204"/>
        <source>Training municipality: everything in this window is fictional. Your own work is in your own file.</source>
        <translation>Übungskommune: Alles in diesem Fenster ist fiktiv. Ihre eigene Arbeit liegt in Ihrer eigenen Datei.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="210"/>
        <source>Database: {path}</source>
        <translation>Datenbank: {path}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="402"/>
        <source>Arrives in a later version of the app</source>
        <translation>Kommt in einer späteren Version der App</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="452"/>
        <source>No content loaded</source>
        <translation>Keine Inhalte geladen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="454"/>
        <source>Content: {packs}</source>
        <translation>Inhalte: {packs}</translation>
    </message>
    <message>
        <source>Content: {title} {version}</source>
        <translation type="vanished">Inhalte: {title} {version}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="466"/>
        <source>No content could be loaded, so the library is empty.</source>
        <translation>Es konnten keine Inhalte geladen werden, daher ist die Bibliothek leer.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="468"/>
        <source>The app goes on with the content it loaded before.</source>
        <translation>Die App arbeitet mit den zuvor geladenen Inhalten weiter.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="471"/>
        <source>Content pack has errors</source>
        <translation>Inhaltspaket enthält Fehler</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="473"/>
        <source>A content pack has %n problem(s) and was not loaded.</source>
        <translation>
            <numerusform>Ein Inhaltspaket hat %n Problem und wurde nicht geladen.</numerusform>
            <numerusform>Ein Inhaltspaket hat %n Probleme und wurde nicht geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A content pack has {count} problem(s) and was not loaded.</source>
        <translation type="vanished">Ein Inhaltspaket wurde nicht geladen. Gefundene Probleme: {count}.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="479"/>
        <source>Fix the files and lines listed under Show Details, then start the app again. &apos;toolbox-desktop content check FOLDER&apos; lists the same problems.</source>
        <translation>Korrigieren Sie die unter „Details einblenden“ aufgeführten Dateien und Zeilen und starten Sie die App dann neu. „toolbox-desktop content check ORDNER“ listet dieselben Probleme auf.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation type="vanished">Über {app}</translation>
    </message>
    <message>
        <source>Assess, plan and print local integration policy for migrants and refugees, offline. Built on the Whole-COMM toolbox.</source>
        <translation type="vanished">Lokale Integrationspolitik für Zugewanderte und Geflüchtete bewerten, planen und dokumentieren – offline. Basiert auf der Whole-COMM-Toolbox.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/backups.py" line="43"/>
        <source>The backup was restored into {path} and opened in a new window.</source>
        <translation>Die Sicherung wurde in {path} wiederhergestellt und in einem neuen Fenster geöffnet.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/backups.py" line="47"/>
        <source>The backup was restored into {path}. Open that file to see it.</source>
        <translation>Die Sicherung wurde in {path} wiederhergestellt. Öffnen Sie diese Datei, um sie anzusehen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/backups.py" line="86"/>
        <source>The data was replaced from a backup in another window. This window shows it now; its Undo steps were cleared.</source>
        <translation>Die Daten wurden in einem anderen Fenster aus einer Sicherung ersetzt. Dieses Fenster zeigt sie jetzt; seine Rückgängig-Schritte wurden gelöscht.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/backups.py" line="104"/>
        <source>The data of {taken} was restored. The data as it was before is kept as a backup: {path}</source>
        <translation>Die Daten vom {taken} wurden wiederhergestellt. Die Daten von vorher sind als Sicherung aufbewahrt: {path}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/closing.py" line="22"/>
        <source>Assessment: a rating&apos;s evidence, notes or rater</source>
        <translation>Selbstbewertung: Nachweise, Notizen oder „Eingestuft von“ einer Einstufung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/closing.py" line="28"/>
        <source>Workshop: the agreed note</source>
        <translation>Workshop: die vereinbarte Notiz</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/closing.py" line="32"/>
        <source>Action plan: “{title}”</source>
        <translation>Aktionsplan: „{title}“</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/closing.py" line="38"/>
        <source>Action plan: an indicator&apos;s name, unit or values</source>
        <translation>Aktionsplan: Name, Einheit oder Werte eines Indikators</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/closing.py" line="45"/>
        <source>Reports: the annual report texts</source>
        <translation>Berichte: die Texte des Jahresberichts</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/closing.py" line="48"/>
        <source>Reports: a fact sandwich</source>
        <translation>Berichte: ein Faktensandwich</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/closing.py" line="70"/>
        <source>Text not saved yet</source>
        <translation>Text noch nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/closing.py" line="57"/>
        <source>Some of what you typed could not be stored yet. It is still shown with the note &quot;not saved yet&quot;. Close anyway and lose it?</source>
        <translation>Ein Teil Ihrer Eingaben konnte noch nicht gespeichert werden. Er wird weiter mit dem Hinweis „noch nicht gespeichert“ angezeigt. Trotzdem schließen und die Eingaben verlieren?</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="31"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="34"/>
        <source>Export action plan as &amp;CSV…</source>
        <translation>Aktionsplan als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="38"/>
        <source>Export &amp;deadlines as calendar (.ics)…</source>
        <translation>Fristen als &amp;Kalender exportieren (.ics)…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="55"/>
        <source>&amp;Export package…</source>
        <translation>Paket &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="58"/>
        <source>An assessment, the plan or everything in one file for another laptop</source>
        <translation>Eine Bewertung, den Plan oder alles in einer Datei für einen anderen Laptop</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="64"/>
        <source>&amp;Import package…</source>
        <translation>Paket &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="67"/>
        <source>See what a package adds or changes, then import it</source>
        <translation>Sehen, was ein Paket hinzufügt oder ändert, und es dann importieren</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="231"/>
        <source>Restore from a &amp;backup…</source>
        <translation>Aus einer Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="234"/>
        <source>Go back to the data as it was on an earlier day</source>
        <translation>Zu den Daten zurückkehren, wie sie an einem früheren Tag waren</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="76"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="42"/>
        <source>Import actions from a &amp;spreadsheet…</source>
        <translation>Maßnahmen aus einer &amp;Tabelle importieren…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="45"/>
        <source>Add or update actions from an .xlsx or .csv file, one step to undo</source>
        <translation>Maßnahmen aus einer .xlsx- oder .csv-Datei hinzufügen oder aktualisieren, in einem Schritt rückgängig zu machen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="87"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/undo_actions.py" line="48"/>
        <source>&amp;Redo {step}</source>
        <translation>&amp;Wiederherstellen: {step}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/undo_actions.py" line="50"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/undo_actions.py" line="51"/>
        <source>&amp;Undo {step}</source>
        <translation>&amp;Rückgängig: {step}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/undo_actions.py" line="47"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="103"/>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="110"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="111"/>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="115"/>
        <source>&amp;Assessment</source>
        <translation>&amp;Selbstbewertung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="120"/>
        <source>Action &amp;plan</source>
        <translation>&amp;Aktionsplan</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="125"/>
        <source>&amp;Reports</source>
        <translation>Be&amp;richte</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="132"/>
        <source>Pr&amp;esent on a projector</source>
        <translation>Mit dem Beamer &amp;präsentieren</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="136"/>
        <source>The assessment shown, full screen, one benchmark at a time</source>
        <translation>Die angezeigte Bewertung im Vollbild, eine Benchmark nach der anderen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="146"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="149"/>
        <source>Content pack &amp;problems…</source>
        <translation>&amp;Probleme mit Inhaltspaketen…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="155"/>
        <source>How &amp;scores are computed</source>
        <translation>So werden Ergebnisse be&amp;rechnet</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="160"/>
        <source>Open the &amp;training municipality…</source>
        <translation>Übungs&amp;kommune öffnen…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="163"/>
        <source>A fictional town to explore every screen, in a window and file of its own</source>
        <translation>Eine fiktive Kommune zum Erkunden aller Ansichten, in eigenem Fenster und eigener Datei</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="172"/>
        <source>&amp;About {app}</source>
        <translation>&amp;Über {app}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="181"/>
        <source>&amp;New file…</source>
        <translation>&amp;Neue Datei…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="183"/>
        <source>Start a new, empty database file and open it</source>
        <translation>Eine neue, leere Datenbankdatei anlegen und öffnen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="187"/>
        <source>New &amp;action</source>
        <translation>Neue &amp;Maßnahme</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="191"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="194"/>
        <source>Open another toolbox database file</source>
        <translation>Eine andere Datenbankdatei der Toolbox öffnen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="200"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="206"/>
        <source>Open re&amp;gion file…</source>
        <translation>&amp;Regionsdatei öffnen…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="209"/>
        <source>See where the towns of a region stand, and yours among them (read-only, in a window of its own)</source>
        <translation>Sehen, wo die Kommunen einer Region stehen und Ihre unter ihnen (nur lesend, in einem eigenen Fenster)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="219"/>
        <source>Save a cop&amp;y…</source>
        <translation>Eine Ko&amp;pie speichern…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="223"/>
        <source>All the data of this file, as it is now, in a new file of your choice</source>
        <translation>Alle Daten dieser Datei, wie sie jetzt sind, in einer neuen Datei Ihrer Wahl</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="245"/>
        <source>&amp;Language</source>
        <translation>Spra&amp;che</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="264"/>
        <source>Help for this a&amp;rea</source>
        <translation>Hilfe zu diesem &amp;Bereich</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="272"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/menus.py" line="276"/>
        <source>&amp;Getting started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/packages.py" line="43"/>
        <source>Package saved: {path}</source>
        <translation>Paket gespeichert: {path}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/packages.py" line="55"/>
        <source>Ratings saved: {path}</source>
        <translation>Einstufungen gespeichert: {path}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/cli/exchange.py" line="251"/>
        <location filename="../../src/toolbox_desktop/ui/window/packages.py" line="88"/>
        <source>Other dimensions</source>
        <translation>Andere Dimensionen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="424"/>
        <source>Imported: %n item(s) added or changed.</source>
        <translation>
            <numerusform>Importiert: %n Eintrag hinzugefügt oder geändert.</numerusform>
            <numerusform>Importiert: %n Einträge hinzugefügt oder geändert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/packages.py" line="118"/>
        <source>Create an assessment first: there is nothing to present yet.</source>
        <translation>Legen Sie zuerst eine Bewertung an: Es gibt noch nichts zu präsentieren.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/language.py" line="195"/>
        <source>Some of what you typed could not be stored yet. It is still shown with the note &quot;not saved yet&quot;. Switch the language anyway and lose it?</source>
        <translation>Ein Teil Ihrer Eingaben konnte noch nicht gespeichert werden. Er wird weiter mit dem Hinweis „noch nicht gespeichert“ angezeigt. Trotzdem die Sprache wechseln und die Eingaben verlieren?</translation>
    </message>
</context>
<context>
    <name>MeasurementModel</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_models.py" line="158"/>
        <source>A measured value needs the date it was measured.</source>
        <translation>Ein Messwert braucht das Datum der Messung.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_models.py" line="171"/>
        <source>Type the value that was measured.</source>
        <translation>Geben Sie den gemessenen Wert ein.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_models.py" line="186"/>
        <source>Measured on</source>
        <translation>Gemessen am</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_models.py" line="186"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_models.py" line="186"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>MilestoneModel</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/milestones.py" line="81"/>
        <location filename="../../src/toolbox_desktop/ui/plan/milestones.py" line="146"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/milestones.py" line="81"/>
        <source>Not done</source>
        <translation>Nicht erledigt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/milestones.py" line="90"/>
        <source>Overdue: due on {date} and not done.</source>
        <translation>Überfällig: am {date} fällig und nicht erledigt.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/milestones.py" line="105"/>
        <source>A milestone needs a title.</source>
        <translation>Ein Meilenstein braucht einen Titel.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/milestones.py" line="146"/>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/milestones.py" line="146"/>
        <source>Due</source>
        <translation>Fällig am</translation>
    </message>
</context>
<context>
    <name>MilestonesEditor</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/milestones.py" line="158"/>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/milestones.py" line="174"/>
        <source>Add m&amp;ilestone</source>
        <translation>Meilen&amp;stein hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/milestones.py" line="175"/>
        <source>&amp;Remove milestone</source>
        <translation>Meilenstein entfe&amp;rnen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/milestones.py" line="195"/>
        <source>An action has at most {count} milestones.</source>
        <translation>Eine Maßnahme hat höchstens {count} Meilensteine.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/milestones.py" line="200"/>
        <source>New milestone</source>
        <translation>Neuer Meilenstein</translation>
    </message>
</context>
<context>
    <name>MoneyField</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/fields.py" line="129"/>
        <source>none yet, e.g. {amount}</source>
        <translation>noch keiner, z. B. {amount}</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <location filename="../../src/toolbox_desktop/core/next_steps.py" line="45"/>
        <source>Whole-COMM practice</source>
        <translation>Whole-COMM-Praxisbeispiel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/next_steps.py" line="46"/>
        <source>Quick win</source>
        <translation>Sofortmaßnahme</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/next_steps.py" line="47"/>
        <source>City example</source>
        <translation>Beispiel aus einer Stadt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/next_steps.py" line="48"/>
        <source>Engagement point</source>
        <translation>Einbeziehung der Aufnahmegesellschaft</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/next_steps.py" line="49"/>
        <source>Engaging the host population</source>
        <translation>Die Aufnahmegesellschaft einbeziehen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/next_steps.py" line="50"/>
        <source>City examples</source>
        <translation>Beispiele aus Städten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/next_steps.py" line="51"/>
        <source>Precondition</source>
        <translation>Voraussetzung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/next_steps.py" line="52"/>
        <source>Principle</source>
        <translation>Grundsatz</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/next_steps.py" line="53"/>
        <source>Rights and responsibilities</source>
        <translation>Rechte und Pflichten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/next_steps.py" line="54"/>
        <source>Right or responsibility</source>
        <translation>Recht oder Pflicht</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/next_steps.py" line="55"/>
        <source>Fact Sandwich</source>
        <translation>Faktensandwich</translation>
    </message>
</context>
<context>
    <name>NextStepsSection</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/next_steps_section.py" line="37"/>
        <source>What other towns did and which quick wins fit this benchmark</source>
        <translation>Was andere Städte getan haben und welche Sofortmaßnahmen zu dieser Benchmark passen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/next_steps_section.py" line="71"/>
        <source>Next steps ({count})</source>
        <translation>Nächste Schritte ({count})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/next_steps_section.py" line="73"/>
        <source>Next steps (none in the packs)</source>
        <translation>Nächste Schritte (keine in den Paketen)</translation>
    </message>
    <message>
        <source>Next steps for this benchmark ({count})</source>
        <translation type="vanished">Nächste Schritte für diese Benchmark ({count})</translation>
    </message>
    <message>
        <source>Next steps for this benchmark (none in the packs)</source>
        <translation type="vanished">Nächste Schritte für diese Benchmark (keine in den Paketen)</translation>
    </message>
</context>
<context>
    <name>NextStepsView</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/next_steps_view.py" line="41"/>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/next_steps_view.py" line="59"/>
        <source>Click a title to open it in the library.</source>
        <translation>Klicken Sie auf einen Titel, um ihn in der Bibliothek zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/next_steps_view.py" line="64"/>
        <source>Nothing in the packs fits yet.</source>
        <translation>In den Paketen passt noch nichts dazu.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/next_steps_view.py" line="67"/>
        <source>The content packs hold no suggestions for this benchmark.</source>
        <translation>Die Inhaltspakete enthalten keine Vorschläge für diese Benchmark.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/next_steps_view.py" line="76"/>
        <source>For the whole dimension: {dimension}</source>
        <translation>Für die ganze Dimension: {dimension}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/next_steps_view.py" line="92"/>
        <source>Add to plan</source>
        <translation>Zum Plan hinzufügen</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/notice_banner.py" line="50"/>
        <location filename="../../src/toolbox_desktop/ui/common/notice_banner.py" line="51"/>
        <source>Close the notice</source>
        <translation>Hinweis schließen</translation>
    </message>
</context>
<context>
    <name>OwnerEditor</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/delegates.py" line="32"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/delegates.py" line="33"/>
        <source>Responsible role</source>
        <translation>Zuständige Rolle</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/delegates.py" line="35"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/delegates.py" line="36"/>
        <source>Responsible person</source>
        <translation>Zuständige Person</translation>
    </message>
</context>
<context>
    <name>PackProblem</name>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="15"/>
        <source>&apos;{path}&apos; is not a folder</source>
        <translation>„{path}“ ist kein Ordner</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="16"/>
        <source>no content pack (a folder with a manifest.txt) was found in &apos;{path}&apos;</source>
        <translation>in „{path}“ wurde kein Inhaltspaket (ein Ordner mit einer manifest.txt) gefunden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="19"/>
        <source>required file is missing</source>
        <translation>eine erforderliche Datei fehlt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="20"/>
        <source>the file cannot be read: {reason}</source>
        <translation>die Datei kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="21"/>
        <source>the file is not UTF-8 text (bad byte at position {offset})</source>
        <translation>die Datei ist kein UTF-8-Text (ungültiges Byte an Position {offset})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="24"/>
        <source>the manifest must hold exactly one record, found {count}</source>
        <translation>das Manifest muss genau einen Datensatz enthalten, gefunden: {count}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="27"/>
        <source>the file holds no records</source>
        <translation>die Datei enthält keine Datensätze</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="28"/>
        <source>required field &apos;{field}&apos; is missing</source>
        <translation>das Pflichtfeld „{field}“ fehlt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="29"/>
        <source>field &apos;{field}&apos; is empty</source>
        <translation>das Feld „{field}“ ist leer</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="30"/>
        <source>unknown field &apos;{field}&apos; (allowed: {allowed})</source>
        <translation>unbekanntes Feld „{field}“ (zulässig: {allowed})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="31"/>
        <source>code &apos;{code}&apos; does not follow the pattern {pattern}</source>
        <translation>der Code „{code}“ entspricht nicht dem Muster {pattern}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="34"/>
        <source>code &apos;{code}&apos; must start with its {parent_field} &apos;{parent}&apos;</source>
        <translation>der Code „{code}“ muss mit dem Wert von {parent_field} („{parent}“) beginnen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="37"/>
        <source>code &apos;{code}&apos; is already used in {other_file} line {other_line}</source>
        <translation>der Code „{code}“ wird bereits in {other_file}, Zeile {other_line} verwendet</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="40"/>
        <source>unknown {field} &apos;{value}&apos;</source>
        <translation>unbekannter Wert „{value}“ im Feld {field}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="41"/>
        <source>unknown {field} &apos;{value}&apos; (allowed: {allowed})</source>
        <translation>unbekannter Wert „{value}“ im Feld {field} (erlaubt: {allowed})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="44"/>
        <source>&apos;{value}&apos; is not a whole number</source>
        <translation>„{value}“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="45"/>
        <source>unknown tag &apos;{tag}&apos; (allowed: {allowed})</source>
        <translation>unbekanntes Tag „{tag}“ (zulässig: {allowed})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="46"/>
        <source>is {length} characters long; at most {limit} are allowed</source>
        <translation>ist {length} Zeichen lang; höchstens {limit} sind zulässig</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="51"/>
        <source>required field &apos;role&apos; is missing: write &apos;role: benchmark&apos; for the pack assessments score against, or &apos;role: guidance&apos; for actions, examples and handouts</source>
        <translation>das Pflichtfeld „role“ fehlt: Schreiben Sie „role: benchmark“ für das Paket, an dem Bewertungen gemessen werden, oder „role: guidance“ für Maßnahmen, Beispiele und Handreichungen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="56"/>
        <source>unknown role &apos;{role}&apos; (allowed: {allowed})</source>
        <translation>unbekannte Rolle „{role}“ (zulässig: {allowed})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="57"/>
        <source>a {role} pack may not hold this file (it may hold: {allowed})</source>
        <translation>ein Paket mit der Rolle „{role}“ darf diese Datei nicht enthalten (zulässig: {allowed})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="61"/>
        <source>a guidance pack must hold at least one of: {allowed}</source>
        <translation>ein Paket mit der Rolle „guidance“ muss mindestens eine dieser Dateien enthalten: {allowed}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="64"/>
        <source>field &apos;{field}&apos; is only for guidance packs</source>
        <translation>das Feld „{field}“ gibt es nur in Paketen mit der Rolle „guidance“</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="65"/>
        <source>no benchmark pack with id &apos;{pack}&apos; was found beside this pack, in &apos;{path}&apos;</source>
        <translation>neben diesem Paket, in „{path}“, wurde kein Benchmark-Paket mit der ID „{pack}“ gefunden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="68"/>
        <source>only one benchmark pack can be in use, but &apos;{first}&apos; and &apos;{second}&apos; both say &apos;role: benchmark&apos;</source>
        <translation>es kann nur ein Benchmark-Paket verwendet werden, aber „{first}“ und „{second}“ geben beide „role: benchmark“ an</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="73"/>
        <source>the pack in &apos;{other}&apos; has the same id &apos;{id}&apos;: every pack needs an id of its own, and packs that share one are not loaded</source>
        <translation>das Paket in „{other}“ hat dieselbe ID „{id}“: Jedes Paket braucht eine eigene ID, und Pakete mit derselben ID werden nicht geladen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="78"/>
        <source>the loaded pack with id &apos;{id}&apos; is a {stored} pack and cannot be replaced by a {role} pack: give this pack an id of its own</source>
        <translation>das geladene Paket mit der ID „{id}“ hat die Rolle „{stored}“ und kann nicht durch ein Paket mit der Rolle „{role}“ ersetzt werden: Geben Sie diesem Paket eine eigene ID</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="83"/>
        <source>&apos;{language}&apos; is not a language code such as &apos;en&apos;, &apos;de&apos; or &apos;nl&apos;</source>
        <translation>„{language}“ ist kein Sprachcode wie „en“, „de“ oder „nl“</translation>
    </message>
    <message>
        <source>language &apos;{language}&apos; must be the name of its folder, &apos;{folder}&apos;</source>
        <translation type="vanished">die Sprache „{language}“ muss der Name ihres Ordners sein, „{folder}“</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="88"/>
        <source>&apos;{language}&apos; is the pack&apos;s base language, whose files are in the pack folder itself</source>
        <translation>„{language}“ ist die Grundsprache des Pakets; ihre Dateien liegen im Paketordner selbst</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="92"/>
        <source>the pack&apos;s base language has no {name}, so a translation may not have one</source>
        <translation>die Grundsprache des Pakets hat keine {name}, also darf auch eine Übersetzung keine haben</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="95"/>
        <source>code &apos;{code}&apos; ({base_file} line {base_line}) is missing from this translation</source>
        <translation>der Code „{code}“ ({base_file}, Zeile {base_line}) fehlt in dieser Übersetzung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="99"/>
        <source>code &apos;{code}&apos; is not in the pack&apos;s base language ({base_file})</source>
        <translation>den Code „{code}“ gibt es in der Grundsprache des Pakets nicht ({base_file})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/pack_problems.py" line="102"/>
        <source>&apos;{value}&apos; differs from &apos;{base_value}&apos; in {base_file} line {base_line}: a translation changes only texts</source>
        <translation>„{value}“ weicht von „{base_value}“ in {base_file}, Zeile {base_line} ab: Eine Übersetzung ändert nur Texte</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/records.py" line="16"/>
        <source>this line is neither &apos;field: value&apos;, an indented continuation, a comment nor blank</source>
        <translation>diese Zeile ist weder „Feld: Wert“ noch eine eingerückte Fortsetzung, ein Kommentar oder leer</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/records.py" line="20"/>
        <source>an indented continuation line must follow a &apos;field: value&apos; line</source>
        <translation>eine eingerückte Fortsetzungszeile muss auf eine Zeile „Feld: Wert“ folgen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/records.py" line="23"/>
        <source>field &apos;{field}&apos; appears twice in this record (first on line {first})</source>
        <translation>das Feld „{field}“ kommt in diesem Datensatz zweimal vor (zuerst in Zeile {first})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/guide_checks.py" line="20"/>
        <source>give either &apos;suggest&apos; with &apos;why&apos;, or &apos;none&apos; with the reason</source>
        <translation>geben Sie entweder &apos;suggest&apos; mit &apos;why&apos; an oder &apos;none&apos; mit der Begründung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/guide_checks.py" line="23"/>
        <source>&apos;why&apos; must give one line per suggested code, in the same order, as &apos;&lt;code&gt;: &lt;reason&gt;&apos; separated by a line holding only &apos;.&apos; (expected {expected}, found {found})</source>
        <translation>&apos;why&apos; muss je vorgeschlagenem Code eine Zeile in derselben Reihenfolge enthalten, als &apos;&lt;code&gt;: &lt;reason&gt;&apos;, getrennt durch eine Zeile, die nur &apos;.&apos; enthält (erwartet {expected}, gefunden {found})</translation>
    </message>
</context>
<context>
    <name>Package</name>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="15"/>
        <source>&apos;{path}&apos; is not a file. Choose the package file (its name ends in .toolbox).</source>
        <translation>„{path}“ ist keine Datei. Wählen Sie die Paketdatei (ihr Name endet auf .toolbox).</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="18"/>
        <source>&apos;{path}&apos; could not be read: {detail}. Nothing was imported. Check that the USB stick is still plugged in, or copy the file to your computer and import the copy.</source>
        <translation>„{path}“ konnte nicht gelesen werden: {detail}. Es wurde nichts importiert. Prüfen Sie, ob der USB-Stick noch eingesteckt ist, oder kopieren Sie die Datei auf Ihren Computer und importieren Sie die Kopie.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="23"/>
        <source>&apos;{path}&apos; is larger than any package can be ({limit} MB), so it is not a Local Integration Toolbox package. Nothing was imported. Choose the .toolbox file you were sent.</source>
        <translation>„{path}“ ist größer, als ein Paket sein kann ({limit} MB), und daher kein Paket der Local Integration Toolbox. Es wurde nichts importiert. Wählen Sie die .toolbox-Datei, die Ihnen geschickt wurde.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="28"/>
        <source>&apos;{path}&apos; is not a Local Integration Toolbox package. Nothing was imported. Choose the .toolbox file you were sent; if it is that file, ask the sender to export it again.</source>
        <translation>„{path}“ ist kein Paket der Local Integration Toolbox. Es wurde nichts importiert. Wählen Sie die .toolbox-Datei, die Ihnen geschickt wurde; falls es genau diese Datei ist, bitten Sie den Absender, sie erneut zu exportieren.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="33"/>
        <source>&apos;{path}&apos; is damaged ({detail}). Nothing was imported. Copy it from the USB stick again, or ask the sender to export it again.</source>
        <translation>„{path}“ ist beschädigt ({detail}). Es wurde nichts importiert. Kopieren Sie die Datei erneut vom USB-Stick oder bitten Sie den Absender, sie erneut zu exportieren.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="38"/>
        <source>&apos;{path}&apos; holds more files than a package ever does (at most {limit}). Nothing was imported. It was not made by Local Integration Toolbox; ask the sender to export again.</source>
        <translation>„{path}“ enthält mehr Dateien, als ein Paket je enthält (höchstens {limit}). Es wurde nichts importiert. Die Datei wurde nicht mit der Local Integration Toolbox erstellt; bitten Sie den Absender, erneut zu exportieren.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="43"/>
        <source>&apos;{path}&apos; holds a file named &apos;{name}&apos;, which points outside the package. Nothing was imported. The file was not made by Local Integration Toolbox: do not use it.</source>
        <translation>„{path}“ enthält eine Datei namens „{name}“, die auf einen Ort außerhalb des Pakets verweist. Es wurde nichts importiert. Die Datei wurde nicht mit der Local Integration Toolbox erstellt: Verwenden Sie sie nicht.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="48"/>
        <source>&apos;{path}&apos; holds a file &apos;{name}&apos; that a package never holds. Nothing was imported. It was not made by Local Integration Toolbox, or was changed; ask the sender to export again.</source>
        <translation>„{path}“ enthält eine Datei „{name}“, die in einem Paket nie vorkommt. Es wurde nichts importiert. Die Datei wurde nicht mit der Local Integration Toolbox erstellt oder wurde verändert; bitten Sie den Absender, erneut zu exportieren.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="53"/>
        <source>&apos;{path}&apos; holds the file &apos;{name}&apos; twice. Nothing was imported. Ask the sender to export the package again.</source>
        <translation>„{path}“ enthält die Datei „{name}“ zweimal. Es wurde nichts importiert. Bitten Sie den Absender, das Paket erneut zu exportieren.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="58"/>
        <source>&apos;{name}&apos; in the package is larger than {limit} MB once unpacked, far more than any real package. Nothing was imported. The file is damaged or was not made by Local Integration Toolbox.</source>
        <translation>„{name}“ im Paket ist entpackt größer als {limit} MB, weit mehr als jedes echte Paket. Es wurde nichts importiert. Die Datei ist beschädigt oder wurde nicht mit der Local Integration Toolbox erstellt.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="64"/>
        <source>&apos;{path}&apos; unpacks to more than {limit} MB, far more than any real package. Nothing was imported. The file is damaged or was not made by Local Integration Toolbox.</source>
        <translation>„{path}“ ist entpackt größer als {limit} MB, weit mehr als jedes echte Paket. Es wurde nichts importiert. Die Datei ist beschädigt oder wurde nicht mit der Local Integration Toolbox erstellt.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="70"/>
        <source>&apos;{path}&apos; has no manifest.json, so it is not a Local Integration Toolbox package. Nothing was imported. Choose the .toolbox file you were sent.</source>
        <translation>„{path}“ enthält keine manifest.json und ist daher kein Paket der Local Integration Toolbox. Es wurde nichts importiert. Wählen Sie die .toolbox-Datei, die Ihnen geschickt wurde.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="75"/>
        <source>&apos;{path}&apos; is a zip file but not a Local Integration Toolbox package ({detail}). Nothing was imported. Choose the .toolbox file you were sent.</source>
        <translation>„{path}“ ist eine ZIP-Datei, aber kein Paket der Local Integration Toolbox ({detail}). Es wurde nichts importiert. Wählen Sie die .toolbox-Datei, die Ihnen geschickt wurde.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="80"/>
        <source>&apos;{path}&apos; was made by a newer version of the app (package format {version}; this version reads format {supported}). Nothing was imported. Update the app, then import the file again.</source>
        <translation>„{path}“ wurde mit einer neueren Version der App erstellt (Paketformat {version}; diese Version liest Format {supported}). Es wurde nichts importiert. Aktualisieren Sie die App und importieren Sie die Datei dann erneut.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="86"/>
        <source>The contents of &apos;{path}&apos; do not match its manifest ({detail}). Nothing was imported. The file was damaged or changed; ask the sender to export it again.</source>
        <translation>Der Inhalt von „{path}“ passt nicht zu seinem Manifest ({detail}). Es wurde nichts importiert. Die Datei wurde beschädigt oder verändert; bitten Sie den Absender, sie erneut zu exportieren.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="91"/>
        <source>&apos;{name}&apos; in the package does not match its checksum: it was damaged or changed after it was exported. Nothing was imported. Copy the file again, or ask the sender to export it again.</source>
        <translation>„{name}“ im Paket stimmt nicht mit seiner Prüfsumme überein: Die Datei wurde nach dem Export beschädigt oder verändert. Es wurde nichts importiert. Kopieren Sie die Datei erneut oder bitten Sie den Absender, sie erneut zu exportieren.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="98"/>
        <source>&apos;{name}&apos; in the package cannot be read ({detail}). Nothing was imported. Ask the sender to export the package again.</source>
        <translation>„{name}“ im Paket kann nicht gelesen werden ({detail}). Es wurde nichts importiert. Bitten Sie den Absender, das Paket erneut zu exportieren.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="103"/>
        <source>&apos;{name}&apos; in the package has a value the app cannot take at {where}: {detail}. Nothing was imported. Ask the sender to export the package again with the current version of the app.</source>
        <translation>„{name}“ im Paket enthält an der Stelle {where} einen Wert, den die App nicht übernehmen kann: {detail}. Es wurde nichts importiert. Bitten Sie den Absender, das Paket mit der aktuellen Version der App erneut zu exportieren.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="109"/>
        <source>&apos;{name}&apos; in the package holds more than the app can store at {where}: {detail}. Nothing was imported. Ask the sender to shorten it and export the package again with the current version of the app.</source>
        <translation>„{name}“ im Paket enthält an der Stelle {where} mehr, als die App speichern kann: {detail}. Es wurde nichts importiert. Bitten Sie den Absender, den Text zu kürzen und das Paket mit der aktuellen Version der App erneut zu exportieren.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="115"/>
        <source>&apos;{name}&apos; in the package refers to the benchmark &apos;{code}&apos;, which is not in this app&apos;s toolbox content. Nothing was imported. Update the app to the sender&apos;s version, then import the file again.</source>
        <translation>„{name}“ im Paket verweist auf die Benchmark „{code}“, die in den Toolbox-Inhalten dieser App nicht vorkommt. Es wurde nichts importiert. Aktualisieren Sie die App auf die Version des Absenders und importieren Sie die Datei dann erneut.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="121"/>
        <source>&apos;{name}&apos; in the package lists the {what} &apos;{value}&apos; twice. Nothing was imported. Ask the sender to export the package again.</source>
        <translation>„{name}“ im Paket führt den Eintrag „{value}“ ({what}) doppelt auf. Es wurde nichts importiert. Bitten Sie den Absender, das Paket erneut zu exportieren.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="127"/>
        <source>The package&apos;s {what} &apos;{label}&apos; has the identifier of a different item on this computer. Nothing was imported. Ask the sender to export the package again.</source>
        <translation>Der Eintrag „{label}“ ({what}) im Paket hat dieselbe Kennung wie ein anderer Eintrag auf diesem Computer. Es wurde nichts importiert. Bitten Sie den Absender, das Paket erneut zu exportieren.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="132"/>
        <source>This participant file belongs to another assessment (&apos;{title}&apos;), which is not on this computer. Nothing was imported. Import it on the computer that holds the workshop&apos;s assessment, or import that assessment here first.</source>
        <translation>Diese Teilnehmerdatei gehört zu einer anderen Bewertung („{title}“), die sich nicht auf diesem Computer befindet. Es wurde nichts importiert. Importieren Sie sie auf dem Computer mit der Bewertung des Workshops oder importieren Sie zuerst diese Bewertung hier.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="138"/>
        <source>The ratings in this participant file were already collected for &apos;{title}&apos;. Nothing was imported.</source>
        <translation>Die Einstufungen in dieser Teilnehmerdatei wurden bereits für „{title}“ übernommen. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="143"/>
        <source>The ratings of &apos;{name}&apos; were already collected for &apos;{title}&apos;. Nothing was imported. If this is a different person, ask them to export their ratings again under another name (for example with their initials).</source>
        <translation>Die Einstufungen von „{name}“ wurden bereits für „{title}“ übernommen. Es wurde nichts importiert. Falls es sich um eine andere Person handelt, bitten Sie sie, ihre Einstufungen unter einem anderen Namen erneut zu exportieren (zum Beispiel mit ihren Initialen).</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="149"/>
        <source>&apos;{title}&apos; is final on this computer, so no ratings can be added to it. Nothing was imported. Reopen the assessment, then import the participant file again.</source>
        <translation>„{title}“ ist auf diesem Computer abgeschlossen, daher können keine Einstufungen hinzugefügt werden. Es wurde nichts importiert. Öffnen Sie die Bewertung wieder und importieren Sie die Teilnehmerdatei dann erneut.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="154"/>
        <source>The data on this computer changed after the preview was made (another window or program saved something). Nothing was imported. Look at the preview again, then import.</source>
        <translation>Die Daten auf diesem Computer haben sich geändert, nachdem die Vorschau erstellt wurde (ein anderes Fenster oder Programm hat etwas gespeichert). Es wurde nichts importiert. Sehen Sie sich die Vorschau erneut an und importieren Sie dann.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="159"/>
        <source>The import could not be saved ({detail}). Nothing was changed. Close other windows that use this database and try again.</source>
        <translation>Der Import konnte nicht gespeichert werden ({detail}). Es wurde nichts geändert. Schließen Sie andere Fenster, die diese Datenbank verwenden, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="164"/>
        <source>The import could not be saved: the disk is full. Nothing was changed. Free some space on it (delete or move files you no longer need), then import again.</source>
        <translation>Der Import konnte nicht gespeichert werden: Der Datenträger ist voll. Es wurde nichts geändert. Schaffen Sie Platz darauf (löschen oder verschieben Sie Dateien, die Sie nicht mehr brauchen), und importieren Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="169"/>
        <source>The package would change the assessment &apos;{title}&apos;, which is final on this computer and so read-only. Nothing was imported. Reopen the assessment, then import the package again.</source>
        <translation>Das Paket würde die Bewertung „{title}“ ändern, die auf diesem Computer abgeschlossen ist und daher nicht geändert werden kann. Es wurde nichts importiert. Öffnen Sie die Bewertung wieder und importieren Sie das Paket dann erneut.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="174"/>
        <source>The package&apos;s {what} &apos;{label}&apos; cannot be stored on this computer. {reason} Nothing was imported. Correct it where it was entered (on the sender&apos;s computer, then export the package again, or on this one), then import the package again.</source>
        <translation>Der Eintrag „{label}“ ({what}) im Paket kann auf diesem Computer nicht gespeichert werden. {reason} Es wurde nichts importiert. Korrigieren Sie ihn dort, wo er eingegeben wurde (auf dem Computer des Absenders – dann das Paket erneut exportieren – oder auf diesem), und importieren Sie das Paket dann erneut.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="181"/>
        <source>final on this computer, so it is kept as it is. To take the package&apos;s version, reopen it and import the package again.</source>
        <translation>auf diesem Computer abgeschlossen und bleibt daher unverändert. Um die Fassung aus dem Paket zu übernehmen, öffnen Sie die Bewertung wieder und importieren Sie das Paket erneut.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="186"/>
        <source>deleted on this computer while it was final: the import brings it back and reopens it to take the package&apos;s version, its status included. The ratings it had here stay in the rating history.</source>
        <translation>wurde auf diesem Computer im abgeschlossenen Zustand gelöscht: Der Import stellt die Bewertung wieder her und öffnet sie wieder, um die Fassung aus dem Paket samt Status zu übernehmen. Die bisherigen Einstufungen bleiben im Verlauf der Einstufungen erhalten.</translation>
    </message>
    <message>
        <source>changed on this computer on {changed}, after the package was made on {made}: this computer&apos;s version is kept.</source>
        <translation type="vanished">auf diesem Computer am {changed} geändert, nachdem das Paket am {made} erstellt wurde: Die Fassung dieses Computers bleibt erhalten.</translation>
    </message>
    <message>
        <source>changed on this computer on {changed}, after the package was made on {made}: replaced by the package&apos;s older version, as you chose. The values it replaces stay in the history.</source>
        <translation type="vanished">auf diesem Computer am {changed} geändert, nachdem das Paket am {made} erstellt wurde: wie gewählt durch die ältere Fassung aus dem Paket ersetzt. Die ersetzten Werte bleiben im Verlauf erhalten.</translation>
    </message>
    <message>
        <source>changed on this computer after the package was made on {made} (last on {changed}), so kept as it is here: {parts}.</source>
        <translation type="vanished">auf diesem Computer geändert, nachdem das Paket am {made} erstellt wurde (zuletzt am {changed}), und daher wie hier beibehalten: {parts}.</translation>
    </message>
    <message>
        <source>its title, date, participants and status</source>
        <translation type="vanished">Titel, Datum, Teilnehmende und Status</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation type="vanished">
            <numerusform>%n Einstufung</numerusform>
            <numerusform>%n Einstufungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>its title, date, participants and status and %n rating(s)</source>
        <translation type="vanished">
            <numerusform>Titel, Datum, Teilnehmende und Status sowie %n Einstufung</numerusform>
            <numerusform>Titel, Datum, Teilnehmende und Status sowie %n Einstufungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="192"/>
        <source>changed on this computer on {changed}, after the package was made on {made}, so kept as it is here</source>
        <translation>auf diesem Computer am {changed} geändert, nachdem das Paket am {made} erstellt wurde, daher wie hier beibehalten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="197"/>
        <source>changed on this computer on {changed}, after the package was made on {made}: replaced by the package&apos;s older version, as you chose (what it replaces stays in the history)</source>
        <translation>auf diesem Computer am {changed} geändert, nachdem das Paket am {made} erstellt wurde: wie gewählt durch die ältere Fassung aus dem Paket ersetzt (das Ersetzte bleibt im Verlauf erhalten)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="202"/>
        <source>deleted on this computer on {changed}, after the package was made on {made}, so it stays deleted</source>
        <translation>auf diesem Computer am {changed} gelöscht, nachdem das Paket am {made} erstellt wurde, daher bleibt es gelöscht</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="207"/>
        <source>deleted on this computer on {changed}, after the package was made on {made}: brought back with the package&apos;s version, as you chose</source>
        <translation>auf diesem Computer am {changed} gelöscht, nachdem das Paket am {made} erstellt wurde: wie gewählt mit der Fassung aus dem Paket zurückgeholt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="212"/>
        <source>its action was deleted on this computer after the package was made, so it is left as it is here</source>
        <translation>seine Maßnahme wurde auf diesem Computer nach dem Erstellen des Pakets gelöscht, daher bleibt er, wie er hier ist</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="217"/>
        <source>The package says it was made on {made}, later than this computer&apos;s clock ({now}). One of the two clocks is wrong, so what was changed here since the package was made cannot be told for sure: check the changes below before you import.</source>
        <translation>Laut Paket wurde es am {made} erstellt, später als die Uhr dieses Computers ({now}) anzeigt. Eine der beiden Uhren geht falsch, daher lässt sich nicht sicher sagen, was hier seit dem Erstellen des Pakets geändert wurde: Prüfen Sie die Änderungen unten, bevor Sie importieren.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="223"/>
        <source>The package was made with toolbox content {theirs}; this app has {ours}. Ratings refer to benchmarks by their codes, which stay the same between versions.</source>
        <translation>Das Paket wurde mit den Toolbox-Inhalten {theirs} erstellt; diese App hat {ours}. Einstufungen verweisen über Codes auf die Benchmarks, und diese Codes bleiben zwischen den Versionen gleich.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="228"/>
        <source>&apos;{title}&apos; is one of this computer&apos;s own assessments, shared anonymised. It is added to the other municipalities&apos; assessments; your own stays as it is.</source>
        <translation>„{title}“ ist eine der eigenen Bewertungen dieses Computers, anonymisiert weitergegeben. Sie wird zu den Bewertungen der anderen Kommunen hinzugefügt; Ihre eigene bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="238"/>
        <source>expected text</source>
        <translation>Text erwartet</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="239"/>
        <source>the text is not valid Unicode</source>
        <translation>der Text ist kein gültiges Unicode</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="240"/>
        <source>the text is longer than {most} characters (it has {length})</source>
        <translation>der Text ist länger als {most} Zeichen (er hat {length})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="243"/>
        <source>the list holds {count} items, more than the {most} allowed</source>
        <translation>die Liste enthält {count} Einträge, mehr als die erlaubten {most}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="246"/>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="247"/>
        <source>expected a whole number from {low} to {high}</source>
        <translation>ganze Zahl von {low} bis {high} erwartet</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="248"/>
        <source>expected a number</source>
        <translation>Zahl erwartet</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="249"/>
        <source>the number is too large</source>
        <translation>die Zahl ist zu groß</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="250"/>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="251"/>
        <source>expected one of {options}</source>
        <translation>einer dieser Werte erwartet: {options}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="252"/>
        <source>expected a currency code</source>
        <translation>Währungscode erwartet</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="253"/>
        <source>expected an identifier of 32 hexadecimal digits</source>
        <translation>Kennung aus 32 Hexadezimalziffern erwartet</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="254"/>
        <source>expected a date written YYYY-MM-DD</source>
        <translation>Datum im Format JJJJ-MM-TT erwartet</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="255"/>
        <source>expected a year from {low} to {high}</source>
        <translation>Jahr von {low} bis {high} erwartet</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="256"/>
        <source>expected a benchmark code</source>
        <translation>Benchmark-Code erwartet</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="257"/>
        <source>unknown benchmark &apos;{code}&apos;</source>
        <translation>unbekannte Benchmark &apos;{code}&apos;</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="258"/>
        <source>{what} &apos;{value}&apos; twice</source>
        <translation>{what} &apos;{value}&apos; doppelt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="259"/>
        <source>expected a list</source>
        <translation>Liste erwartet</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="260"/>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="261"/>
        <source>unknown field &apos;{field}&apos;</source>
        <translation>unbekanntes Feld &apos;{field}&apos;</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="262"/>
        <source>the field &apos;{field}&apos; is missing</source>
        <translation>das Feld &apos;{field}&apos; fehlt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="263"/>
        <source>a rating has either a level or an exclusion, not both</source>
        <translation>eine Einstufung hat entweder eine Stufe oder einen Ausschluss, nicht beides</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="266"/>
        <source>an assessment package holds exactly one assessment</source>
        <translation>ein Bewertungspaket enthält genau eine Bewertung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="269"/>
        <source>the indicator&apos;s action is not in the package</source>
        <translation>die Maßnahme des Indikators ist nicht im Paket</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="273"/>
        <source>it is encrypted</source>
        <translation>es ist verschlüsselt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="274"/>
        <source>unknown compression</source>
        <translation>unbekannte Kompression</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="275"/>
        <source>not UTF-8 text</source>
        <translation>kein UTF-8-Text</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="276"/>
        <source>nested too deeply</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="277"/>
        <source>a field appears twice in one object</source>
        <translation>ein Feld kommt in einem Objekt doppelt vor</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="278"/>
        <source>{constant} is not a number JSON allows</source>
        <translation>{constant} ist keine in JSON erlaubte Zahl</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="279"/>
        <source>missing: {missing}</source>
        <translation>fehlt: {missing}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="280"/>
        <source>not listed: {extra}</source>
        <translation>nicht aufgeführt: {extra}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="281"/>
        <source>missing: {missing}; not listed: {extra}</source>
        <translation>fehlt: {missing}; nicht aufgeführt: {extra}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="284"/>
        <source>its manifest does not name the package format</source>
        <translation>sein Manifest nennt das Paketformat nicht</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="285"/>
        <source>its manifest has no valid format_version</source>
        <translation>sein Manifest hat keine gültige format_version</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="286"/>
        <source>unknown manifest field(s): {keys}</source>
        <translation>
            <numerusform>unbekanntes Manifest-Feld: {keys}</numerusform>
            <numerusform>unbekannte Manifest-Felder: {keys}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="289"/>
        <source>missing manifest field(s): {keys}</source>
        <translation>
            <numerusform>fehlendes Manifest-Feld: {keys}</numerusform>
            <numerusform>fehlende Manifest-Felder: {keys}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="292"/>
        <source>unknown kind of package &apos;{kind}&apos;</source>
        <translation>unbekannte Paketart &apos;{kind}&apos;</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="293"/>
        <source>&apos;anonymised&apos; must be true or false</source>
        <translation>&apos;anonymised&apos; muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="294"/>
        <source>&apos;created_at&apos; is not a date and time</source>
        <translation>&apos;created_at&apos; ist kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="295"/>
        <source>&apos;app_version&apos; is not a version</source>
        <translation>&apos;app_version&apos; ist keine Versionsangabe</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="296"/>
        <source>&apos;files&apos; must name each data file with its SHA-256 checksum</source>
        <translation>&apos;files&apos; muss jede Datendatei mit ihrer SHA-256-Prüfsumme nennen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="299"/>
        <source>unknown data file &apos;{name}&apos;</source>
        <translation>unbekannte Datendatei &apos;{name}&apos;</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="300"/>
        <source>&apos;content_pack&apos; must be an object with &apos;id&apos; and &apos;version&apos;</source>
        <translation>&apos;content_pack&apos; muss ein Objekt mit &apos;id&apos; und &apos;version&apos; sein</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="303"/>
        <source>a {kind} package cannot be anonymised</source>
        <translation>ein Paket der Art {kind} kann nicht anonymisiert sein</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="304"/>
        <source>a {kind} package needs {files}</source>
        <translation>ein Paket der Art {kind} braucht {files}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="305"/>
        <source>a {kind} package does not hold {files}</source>
        <translation>ein Paket der Art {kind} enthält kein {files}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="307"/>
        <source>the top</source>
        <translation>die oberste Ebene</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="309"/>
        <source>rating of benchmark</source>
        <translation>Einstufung der Benchmark</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="310"/>
        <source>participant</source>
        <translation>Teilnehmende Person</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="311"/>
        <source>participant number</source>
        <translation>Nummer der teilnehmenden Person</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="312"/>
        <source>workshop participant</source>
        <translation>Workshop-Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="313"/>
        <source>assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="314"/>
        <source>competence</source>
        <translation>Zuständigkeit</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="315"/>
        <source>linked benchmark</source>
        <translation>verknüpfte Benchmark</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="316"/>
        <source>partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="317"/>
        <source>action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="318"/>
        <source>indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="319"/>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="320"/>
        <source>municipality profile</source>
        <translation>Profil der Kommune</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="321"/>
        <source>annual report texts</source>
        <translation>Texte des Jahresberichts</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="322"/>
        <source>assessment of another municipality</source>
        <translation>Bewertung einer anderen Kommune</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="323"/>
        <source>fact sandwich</source>
        <translation>Faktensandwich</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="324"/>
        <source>addressee of dimension</source>
        <translation>Empfänger der Dimension</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="327"/>
        <source>One of its values is not accepted by this version of the app.</source>
        <translation>Einer seiner Werte wird von dieser Version der App nicht angenommen.</translation>
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
        <translation>Profil der Kommune</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="95"/>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="96"/>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="97"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="98"/>
        <source>Annual report texts</source>
        <translation>Texte des Jahresberichts</translation>
    </message>
    <message>
        <source>Another municipality&apos;s assessment (kept apart, for comparison)</source>
        <translation type="vanished">Bewertung einer anderen Kommune (getrennt gehalten, zum Vergleich)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="100"/>
        <source>Workshop participant</source>
        <translation>Person im Workshop</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="101"/>
        <source>Fact sandwich</source>
        <translation>Faktensandwich</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="102"/>
        <source>Advocacy letter addressee</source>
        <translation>Empfänger der Schreiben an zuständige Stellen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="110"/>
        <source>Kept as it is here</source>
        <translation>Hier beibehalten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="105"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="99"/>
        <source>Another municipality&apos;s assessment</source>
        <translation>Bewertung einer anderen Kommune</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="106"/>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="107"/>
        <source>Already here</source>
        <translation>Bereits vorhanden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="108"/>
        <source>Kept as it is (final)</source>
        <translation>Unverändert beibehalten (abgeschlossen)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="113"/>
        <source>kept apart, for comparison</source>
        <translation>getrennt gehalten, zum Vergleich</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="114"/>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="116"/>
        <source>{action} · {item} for “{dimension}”</source>
        <translation>{action} · {item} für „{dimension}“</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="115"/>
        <source>{action} · {item} “{label}”</source>
        <translation>{action} · {item} „{label}“</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="117"/>
        <source>changes: {fields}</source>
        <translation>Änderungen: {fields}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="118"/>
        <source>%n rating(s) added or changed</source>
        <translation>
            <numerusform>%n Einstufung hinzugefügt oder geändert</numerusform>
            <numerusform>%n Einstufungen hinzugefügt oder geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="119"/>
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n Einstufung</numerusform>
            <numerusform>%n Einstufungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackageFields</name>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="37"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="38"/>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="39"/>
        <source>who took part</source>
        <translation>Beteiligte</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="40"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="41"/>
        <source>workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="42"/>
        <source>ratings</source>
        <translation>Einstufungen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="43"/>
        <source>workshop participants</source>
        <translation>Workshop-Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="44"/>
        <source>brought back after deletion</source>
        <translation>nach dem Löschen wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="45"/>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="46"/>
        <source>dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="47"/>
        <source>responsible role</source>
        <translation>verantwortliche Stelle</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="48"/>
        <source>responsible person</source>
        <translation>verantwortliche Person</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="49"/>
        <source>partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="50"/>
        <source>partner names</source>
        <translation>Namen der Partner</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="51"/>
        <source>start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="52"/>
        <source>end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="53"/>
        <source>phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="54"/>
        <source>priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="55"/>
        <source>progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="56"/>
        <source>budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="57"/>
        <source>spent</source>
        <translation>ausgegeben</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="58"/>
        <source>currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="59"/>
        <source>budget line</source>
        <translation>Haushaltsstelle</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="60"/>
        <source>funding source</source>
        <translation>Finanzierungsquelle</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="61"/>
        <source>benchmarks</source>
        <translation>Benchmarks</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="62"/>
        <source>milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="63"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="64"/>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="65"/>
        <source>baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="66"/>
        <source>target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="67"/>
        <source>benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="68"/>
        <source>action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="69"/>
        <source>measurements</source>
        <translation>Messwerte</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="70"/>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="71"/>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="72"/>
        <source>population</source>
        <translation>Einwohnerzahl</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="73"/>
        <source>kind of place</source>
        <translation>Art der Kommune</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="74"/>
        <source>newcomers</source>
        <translation>Neuzugewanderte</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="75"/>
        <source>staff time</source>
        <translation>Personalzeit</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="76"/>
        <source>competences</source>
        <translation>Zuständigkeiten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="77"/>
        <source>summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="78"/>
        <source>stories</source>
        <translation>Geschichten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="79"/>
        <source>next year&apos;s focus</source>
        <translation>Schwerpunkt im nächsten Jahr</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="80"/>
        <source>town id (for regional comparisons)</source>
        <translation>Kennung der Kommune (für regionale Vergleiche)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="81"/>
        <source>topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="82"/>
        <source>fact</source>
        <translation>Tatsache</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="83"/>
        <source>warning about the myth</source>
        <translation>Warnung vor dem Mythos</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="84"/>
        <source>why the myth is wrong</source>
        <translation>warum der Mythos falsch ist</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="85"/>
        <source>the fact again</source>
        <translation>noch einmal die Tatsache</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="86"/>
        <source>level holding the competence</source>
        <translation>zuständige Ebene</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="87"/>
        <source>address</source>
        <translation>Anschrift</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="88"/>
        <source>signed by</source>
        <translation>unterzeichnet von</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/change_lines.py" line="89"/>
        <source>role of the signatory</source>
        <translation>Funktion der unterzeichnenden Person</translation>
    </message>
</context>
<context>
    <name>Packages</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="142"/>
        <source>Save the package</source>
        <translation>Paket speichern</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="144"/>
        <source>Toolbox packages (*.toolbox)</source>
        <translation>Toolbox-Pakete (*.toolbox)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="185"/>
        <source>Export my ratings</source>
        <translation>Meine Einstufungen exportieren</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="186"/>
        <source>Your name, as the facilitator should see it (leave empty to stay anonymous):</source>
        <translation>Ihr Name, wie ihn die Moderation sehen soll (leer lassen, um anonym zu bleiben):</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="195"/>
        <source>ratings-{name}</source>
        <translation>einstufungen-{name}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="211"/>
        <source>the assessment was deleted meanwhile (perhaps in another window)</source>
        <translation>die Bewertung wurde inzwischen gelöscht (vielleicht in einem anderen Fenster)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="216"/>
        <source>The package was not saved</source>
        <translation>Das Paket wurde nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/export_dialog.py" line="217"/>
        <source>The package could not be saved to {path}: {reason}. Choose a folder where you can save files (a USB stick may be full or write-protected).</source>
        <translation>Das Paket konnte nicht unter {path} gespeichert werden: {reason}. Wählen Sie einen Ordner, in dem Sie Dateien speichern können (ein USB-Stick ist eventuell voll oder schreibgeschützt).</translation>
    </message>
    <message>
        <source>This is not a participant file (a participant makes one with Export my ratings). To import an assessment or a plan, use File → Import package….</source>
        <translation type="vanished">Dies ist keine Teilnehmendendatei (Teilnehmende erstellen sie mit „Meine Einstufungen exportieren“). Um eine Bewertung oder einen Plan zu importieren, verwenden Sie Datei → Paket importieren….</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="76"/>
        <source>This is not a participant file (a participant makes one with Export my ratings). To import an assessment or a plan, choose File → Import package… instead.</source>
        <translation>Dies ist keine Teilnehmendendatei (Teilnehmende erstellen sie mit „Meine Einstufungen exportieren“). Um eine Bewertung oder einen Plan zu importieren, wählen Sie stattdessen Datei → Paket importieren… aus.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="285"/>
        <source>Choose packages</source>
        <translation>Pakete auswählen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="287"/>
        <source>Choose a package</source>
        <translation>Paket auswählen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="290"/>
        <source>Toolbox packages</source>
        <translation>Toolbox-Pakete</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="291"/>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/page_view.py" line="247"/>
        <source>This page cannot be shown: {reason}</source>
        <translation>Diese Seite kann nicht angezeigt werden: {reason}</translation>
    </message>
</context>
<context>
    <name>PaperEntryDialog</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/paper_entry.py" line="64"/>
        <source>Paper ratings of {name}</source>
        <translation>Einstufungen auf Papier von {name}</translation>
    </message>
    <message>
        <source>Type each answer from the worksheet: 0 to 4 for the level, N for not applicable, Delete to clear. Every answer is stored at once and the next benchmark is selected.</source>
        <translation type="vanished">Tippen Sie jede Antwort vom Arbeitsblatt ein: 0 bis 4 für die Stufe, N für nicht zutreffend, Entf zum Löschen. Jede Antwort wird sofort gespeichert und die nächste Benchmark ausgewählt.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/paper_entry.py" line="69"/>
        <source>Type each answer from the worksheet: 0 to 4 for the level, N for not applicable, Delete for one left blank (Backspace clears without moving on). Every answer is stored at once and the next benchmark is selected.</source>
        <translation>Tippen Sie jede Antwort vom Arbeitsblatt ein: 0 bis 4 für die Stufe, N für nicht zutreffend, Entf für eine leer gelassene Antwort (Rücktaste löscht, ohne weiterzugehen). Jede Antwort wird sofort gespeichert und die nächste Benchmark ausgewählt.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/paper_entry.py" line="76"/>
        <source>Benchmarks and the participant&apos;s answers</source>
        <translation>Benchmarks und die Antworten der Person</translation>
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
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/paper_entry.py" line="98"/>
        <source>Answers entered</source>
        <translation>Erfasste Antworten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/paper_entry.py" line="119"/>
        <source>{entered} of {total} answers entered</source>
        <translation>{entered} von {total} Antworten erfasst</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/paper_entry.py" line="134"/>
        <source>Not stored: {reason}. Try again.</source>
        <translation>Nicht gespeichert: {reason}. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>PeerComparisonView</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="89"/>
        <source>Their ratings are kept apart and never change your assessments.</source>
        <translation>Die Einstufungen der anderen Kommunen werden getrennt gehalten und ändern nie Ihre Bewertungen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="91"/>
        <source>No assessments of other municipalities yet</source>
        <translation>Noch keine Bewertungen anderer Kommunen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="93"/>
        <source>Ask a neighbouring municipality for an anonymised package (File → Export package…, Anonymised) and import it with File → Import package…</source>
        <translation>Bitten Sie eine Nachbarkommune um ein anonymisiertes Paket (Datei → Paket exportieren…, Anonymisiert) und importieren Sie es mit Datei → Paket importieren…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="101"/>
        <source>Compare your scores with anonymised assessments imported from other municipalities, labelled by kind of place and size.</source>
        <translation>Vergleichen Sie Ihre Ergebnisse mit anonymisierten Bewertungen anderer Kommunen, gekennzeichnet nach Art und Größe der Kommune.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="116"/>
        <source>Imported assessments of other municipalities</source>
        <translation>Importierte Bewertungen anderer Kommunen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="118"/>
        <source>Tick the assessments to compare; Space ticks or unticks, Delete removes.</source>
        <translation>Haken Sie die Bewertungen an, die Sie vergleichen möchten; die Leertaste setzt oder entfernt den Haken, Entf entfernt die Bewertung.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="125"/>
        <source>&amp;Remove peer…</source>
        <translation>Bewertung &amp;entfernen…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="127"/>
        <source>Delete the selected imported assessment (your own data is not touched)</source>
        <translation>Die ausgewählte importierte Bewertung löschen (Ihre eigenen Daten bleiben unberührt)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="130"/>
        <source>Tick the peers to compare. The chart draws up to {count} of them.</source>
        <translation>Haken Sie die Kommunen an, die Sie vergleichen möchten. Das Diagramm zeigt bis zu {count} davon.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="140"/>
        <source>Score per dimension: ours and the peers&apos;</source>
        <translation>Ergebnis je Dimension: unseres und das der anderen Kommunen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="158"/>
        <source>Radar chart: our score and the peers&apos; per dimension</source>
        <translation>Netzdiagramm: unser Ergebnis und das der anderen Kommunen je Dimension</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="178"/>
        <source>&amp;Peers</source>
        <translation>&amp;Andere Kommunen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="195"/>
        <source>Score per dimension</source>
        <translation>Ergebnis je Dimension</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="266"/>
        <source>{municipality}, {country}</source>
        <translation>{municipality}, {country}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="279"/>
        <source>Imported on {date}</source>
        <translation>Importiert am {date}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="285"/>
        <source>Ours: no assessment yet</source>
        <translation>Unsere: noch keine Bewertung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="286"/>
        <source>Ours: {title} ({date})</source>
        <translation>Unsere: {title} ({date})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="302"/>
        <source>{label}; {detail}</source>
        <translation>{label}; {detail}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="360"/>
        <source>Ours</source>
        <translation>Unsere</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="364"/>
        <source>no assessment</source>
        <translation>keine Bewertung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="416"/>
        <source>{label} – {municipality}</source>
        <translation>{label} – {municipality}</translation>
    </message>
    <message>
        <source>(not applicable)</source>
        <translation type="vanished">(nicht zutreffend)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="408"/>
        <source>ours</source>
        <translation>unsere</translation>
    </message>
    <message>
        <source>{label} ({municipality})</source>
        <translation type="vanished">{label} ({municipality})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="446"/>
        <source>You have no assessment of your own yet: the “Ours” column stays empty until you rate the benchmarks.</source>
        <translation>Sie haben noch keine eigene Bewertung: Die Spalte „Unsere“ bleibt leer, bis Sie die Benchmarks einstufen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="453"/>
        <source>The chart draws the first {drawn} ticked peers; the table shows all {checked}.</source>
        <translation>Das Diagramm zeigt die ersten {drawn} angehakten Kommunen; die Tabelle zeigt alle {checked}.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="467"/>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="482"/>
        <source>Remove peer</source>
        <translation>Bewertung entfernen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="469"/>
        <source>Remove the imported assessment “{title}” ({label})? Your own assessments are not affected. Importing the package again brings it back.</source>
        <translation>Die importierte Bewertung „{title}“ ({label}) entfernen? Ihre eigenen Bewertungen sind nicht betroffen. Wenn Sie das Paket erneut importieren, ist sie wieder da.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_view.py" line="483"/>
        <source>The assessment could not be removed: {reason}</source>
        <translation>Die Bewertung konnte nicht entfernt werden: {reason}</translation>
    </message>
</context>
<context>
    <name>PeerScoreModel</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_models.py" line="69"/>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/peers/peer_models.py" line="117"/>
        <source>{score} ({rated} benchmarks rated)</source>
        <translation>{score} ({rated} Benchmarks eingestuft)</translation>
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
        <translation>Dimension</translation>
    </message>
</context>
<context>
    <name>Peers</name>
    <message>
        <location filename="../../src/toolbox_desktop/core/peers.py" line="23"/>
        <source>Municipality</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/peers.py" line="24"/>
        <source>{population} inhabitants</source>
        <translation>{population} Einwohner</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/peers.py" line="25"/>
        <source>population unknown</source>
        <translation>Einwohnerzahl unbekannt</translation>
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
        <translation>Kurzfristig (0–12 Monate)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan.py" line="22"/>
        <source>Medium term (1-3 years)</source>
        <translation>Mittelfristig (1–3 Jahre)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan.py" line="23"/>
        <source>Long term (over 3 years)</source>
        <translation>Langfristig (über 3 Jahre)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan.py" line="29"/>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan.py" line="30"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan.py" line="31"/>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan.py" line="32"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan.py" line="33"/>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan_choices.py" line="15"/>
        <source>Municipal departments</source>
        <translation>Kommunale Fachbereiche</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan_choices.py" line="16"/>
        <source>NGOs</source>
        <translation>NGOs und Vereine</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan_choices.py" line="17"/>
        <source>Migrant organisations</source>
        <translation>Migrantenorganisationen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan_choices.py" line="18"/>
        <source>Employers and chambers</source>
        <translation>Arbeitgeber und Kammern</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan_choices.py" line="19"/>
        <source>Schools</source>
        <translation>Schulen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan_choices.py" line="20"/>
        <source>Health services</source>
        <translation>Gesundheitsdienste</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan_choices.py" line="21"/>
        <source>Housing providers</source>
        <translation>Wohnungsunternehmen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan_choices.py" line="22"/>
        <source>Volunteers</source>
        <translation>Ehrenamtliche</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan_choices.py" line="23"/>
        <source>Neighbouring municipalities</source>
        <translation>Nachbarkommunen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan_choices.py" line="26"/>
        <source>Municipal budget</source>
        <translation>Kommunaler Haushalt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan_choices.py" line="27"/>
        <source>AMIF (EU Asylum, Migration and Integration Fund)</source>
        <translation>AMIF (EU-Asyl-, Migrations- und Integrationsfonds)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan_choices.py" line="28"/>
        <source>ESF+ (European Social Fund Plus)</source>
        <translation>ESF+ (Europäischer Sozialfonds Plus)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan_choices.py" line="29"/>
        <source>Regional programme</source>
        <translation>Regionales Programm</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan_choices.py" line="30"/>
        <source>National programme</source>
        <translation>Nationales Programm</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan_choices.py" line="31"/>
        <source>Foundation</source>
        <translation>Stiftung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan_choices.py" line="32"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan.py" line="41"/>
        <source>The end date is before the start date.</source>
        <translation>Das Enddatum liegt vor dem Anfangsdatum.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan.py" line="42"/>
        <source>The year {year} looks like a typing slip: use a year between {earliest} and {latest}.</source>
        <translation>Das Jahr {year} sieht nach einem Tippfehler aus: Verwenden Sie ein Jahr zwischen {earliest} und {latest}.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan.py" line="45"/>
        <source>An amount of money cannot be negative.</source>
        <translation>Ein Geldbetrag kann nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan.py" line="46"/>
        <source>The amount is implausibly large; check the number of digits.</source>
        <translation>Der Betrag ist unplausibel hoch; prüfen Sie die Anzahl der Stellen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan.py" line="49"/>
        <source>Progress must be between 0 and 100 %.</source>
        <translation>Der Fortschritt muss zwischen 0 und 100 % liegen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan.py" line="50"/>
        <source>An action needs a title.</source>
        <translation>Eine Maßnahme braucht einen Titel.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan.py" line="51"/>
        <source>An indicator needs a name.</source>
        <translation>Ein Indikator braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/plan.py" line="52"/>
        <source>&apos;{value}&apos; is not a known {field}.</source>
        <translation>„{value}“ ist kein bekannter Wert für {field}.</translation>
    </message>
</context>
<context>
    <name>PlanArea</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/plan_area.py" line="59"/>
        <source>&amp;Actions</source>
        <translation>&amp;Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/plan_area.py" line="60"/>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitplan</translation>
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
        <translation>Die Maßnahme existiert nicht mehr; möglicherweise wurde sie in einem anderen Fenster gelöscht.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/commands.py" line="57"/>
        <source>The indicator no longer exists; it may have been deleted in another window.</source>
        <translation>Den Indikator gibt es nicht mehr; er wurde vielleicht in einem anderen Fenster gelöscht.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/commands.py" line="62"/>
        <source>This was changed in another window meanwhile, in the same place. So as not to overwrite that change, nothing was written; the plan now shows it as stored.</source>
        <translation>Dies wurde inzwischen in einem anderen Fenster an derselben Stelle geändert. Damit diese Änderung nicht überschrieben wird, wurde nichts gespeichert; der Plan zeigt jetzt den gespeicherten Stand.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/commands.py" line="71"/>
        <source>The change could not be stored in the database ({detail}). Check that the database file is still there and that you may save to its folder, then try again. Your earlier data is unchanged.</source>
        <translation>Die Änderung konnte nicht in der Datenbank gespeichert werden ({detail}). Prüfen Sie, ob die Datenbankdatei noch vorhanden ist und ob Sie in ihrem Ordner speichern dürfen, und versuchen Sie es dann erneut. Ihre bisherigen Daten sind unverändert.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/session.py" line="52"/>
        <source>Rename “{title}”</source>
        <translation>„{title}“ umbenennen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/session.py" line="53"/>
        <source>Change status of “{title}”</source>
        <translation>Status von „{title}“ ändern</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/session.py" line="54"/>
        <source>Change progress of “{title}”</source>
        <translation>Fortschritt von „{title}“ ändern</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/session.py" line="55"/>
        <source>Change dates of “{title}”</source>
        <translation>Termine von „{title}“ ändern</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/session.py" line="56"/>
        <source>Change owner of “{title}”</source>
        <translation>Zuständigkeit für „{title}“ ändern</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/session.py" line="57"/>
        <source>Change milestones of “{title}”</source>
        <translation>Meilensteine von „{title}“ ändern</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/session.py" line="58"/>
        <source>Move “{title}”</source>
        <translation>„{title}“ verschieben</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/session.py" line="60"/>
        <source>Edit “{title}”</source>
        <translation>„{title}“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/session.py" line="182"/>
        <source>Create action “{title}”</source>
        <translation>Maßnahme „{title}“ anlegen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/session.py" line="70"/>
        <source>Change status of %n action(s)</source>
        <translation>
            <numerusform>Status von %n Maßnahme ändern</numerusform>
            <numerusform>Status von %n Maßnahmen ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/session.py" line="72"/>
        <source>Change who is responsible for %n action(s)</source>
        <translation>
            <numerusform>Zuständigkeit für %n Maßnahme ändern</numerusform>
            <numerusform>Zuständigkeit für %n Maßnahmen ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/session.py" line="73"/>
        <source>Change %n action(s)</source>
        <translation>
            <numerusform>%n Maßnahme ändern</numerusform>
            <numerusform>%n Maßnahmen ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/session.py" line="342"/>
        <source>Delete %n action(s)</source>
        <translation>
            <numerusform>%n Maßnahme löschen</numerusform>
            <numerusform>%n Maßnahmen löschen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/session.py" line="354"/>
        <source>Add indicator “{name}”</source>
        <translation>Indikator „{name}“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/session.py" line="384"/>
        <source>Edit indicator “{name}”</source>
        <translation>Indikator „{name}“ bearbeiten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/session.py" line="401"/>
        <source>Delete indicator “{name}”</source>
        <translation>Indikator „{name}“ löschen</translation>
    </message>
</context>
<context>
    <name>PlanDialogs</name>
    <message>
        <source>Delete actions</source>
        <translation type="vanished">Maßnahmen löschen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/dialogs.py" line="38"/>
        <source>Delete action(s)</source>
        <translation>
            <numerusform>Maßnahme löschen</numerusform>
            <numerusform>Maßnahmen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/dialogs.py" line="39"/>
        <source>Delete %n action(s)?</source>
        <translation>
            <numerusform>%n Maßnahme löschen?</numerusform>
            <numerusform>%n Maßnahmen löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/dialogs.py" line="43"/>
        <source>… and {count} more</source>
        <translation>… und {count} weitere</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/dialogs.py" line="50"/>
        <source>Their milestones and indicators go with them. Undo brings them back.</source>
        <translation>Ihre Meilensteine und Indikatoren werden mitgelöscht. Mit „Rückgängig“ holen Sie alles zurück.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/dialogs.py" line="62"/>
        <source>Set who is responsible</source>
        <translation>Zuständigkeit festlegen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/dialogs.py" line="65"/>
        <source>Responsible role</source>
        <translation>Zuständige Rolle</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/dialogs.py" line="68"/>
        <source>Responsible person</source>
        <translation>Zuständige Person</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/dialogs.py" line="70"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/dialogs.py" line="71"/>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/dialogs.py" line="79"/>
        <source>Make them responsible for %n action(s):</source>
        <translation>
            <numerusform>Zuständigkeit für %n Maßnahme festlegen:</numerusform>
            <numerusform>Zuständigkeit für %n Maßnahmen festlegen:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanEmptyState</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/empty_state.py" line="15"/>
        <source>No actions yet</source>
        <translation>Noch keine Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/empty_state.py" line="16"/>
        <source>The action plan says what your municipality will do to close the gaps the assessment found: who is responsible, with which partners, by when, with what money, and how you will know it worked.</source>
        <translation>Der Aktionsplan legt fest, was Ihre Kommune tun wird, um die in der Bewertung gefundenen Lücken zu schließen: wer zuständig ist, mit welchen Partnern, bis wann, mit welchen Mitteln und woran Sie erkennen, dass es gewirkt hat.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/empty_state.py" line="22"/>
        <source>Tip: in the assessment&apos;s dashboard, select a gap and choose “Create action for this gap…”; the action is then linked to its benchmark.</source>
        <translation>Tipp: Wählen Sie in der Übersicht der Bewertung eine Lücke aus und dann „Maßnahme für diese Lücke anlegen…“; die Maßnahme wird so mit ihrer Benchmark verknüpft.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/empty_state.py" line="29"/>
        <source>Create the first action</source>
        <translation>Erste Maßnahme anlegen</translation>
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
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="48"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="49"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="50"/>
        <source>Benchmarks</source>
        <translation>Benchmarks</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="51"/>
        <source>Responsible role</source>
        <translation>Zuständige Rolle</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="52"/>
        <source>Responsible person</source>
        <translation>Zuständige Person</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="53"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="54"/>
        <source>Partner names</source>
        <translation>Namen der Partner</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="55"/>
        <source>Start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="56"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="57"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="58"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="59"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="60"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="61"/>
        <source>Progress %</source>
        <translation>Fortschritt %</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="62"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="63"/>
        <source>Spent</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="64"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="65"/>
        <source>Budget line</source>
        <translation>Haushaltsstelle</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="66"/>
        <source>Funding source</source>
        <translation>Finanzierungsquelle</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="67"/>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="70"/>
        <source>Permanent ID</source>
        <translation>Dauerhafte ID</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="72"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="72"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="73"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="74"/>
        <source>Deadline: {title}</source>
        <translation>Frist: {title}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/plan_export.py" line="75"/>
        <source>Milestone: {milestone} ({title})</source>
        <translation>Meilenstein: {milestone} ({title})</translation>
    </message>
</context>
<context>
    <name>PlanExportDialog</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/export_dialog.py" line="40"/>
        <source>Comma ( , ) with decimal points</source>
        <translation>Komma ( , ) mit Dezimalpunkt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/export_dialog.py" line="41"/>
        <source>Semicolon ( ; ) with decimal commas — Excel in most of Europe</source>
        <translation>Semikolon ( ; ) mit Dezimalkomma – Excel in den meisten Ländern Europas</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/export_dialog.py" line="48"/>
        <source>CSV separator</source>
        <translation>CSV-Trennzeichen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/export_dialog.py" line="49"/>
        <source>Separate the columns with:</source>
        <translation>Spalten trennen mit:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/export_dialog.py" line="62"/>
        <source>Export the action plan as CSV</source>
        <translation>Aktionsplan als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/export_dialog.py" line="63"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/export_dialog.py" line="66"/>
        <source>Export deadlines and milestones as a calendar</source>
        <translation>Fristen und Meilensteine als Kalender exportieren</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/export_dialog.py" line="69"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/export_dialog.py" line="98"/>
        <source>The plan could not be written to {path}: {reason}. Choose another folder, for example your Documents.</source>
        <translation>Der Plan konnte nicht unter {path} gespeichert werden: {reason}. Wählen Sie einen anderen Ordner, zum Beispiel „Dokumente“.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/export_dialog.py" line="109"/>
        <source>%n action(s) written to {path}.</source>
        <translation>
            <numerusform>%n Maßnahme gespeichert in {path}.</numerusform>
            <numerusform>%n Maßnahmen gespeichert in {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} action(s) written to {path}.</source>
        <translation type="vanished">Maßnahmen unter {path} gespeichert (Anzahl: {count}).</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/plan_page.py" line="61"/>
        <source>Plan notice</source>
        <translation>Hinweis zum Aktionsplan</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/plan_page.py" line="63"/>
        <source>No action matches these filters. Clear them to see every action.</source>
        <translation>Keine Maßnahme entspricht diesen Filtern. Setzen Sie die Filter zurück, um alle Maßnahmen zu sehen.</translation>
    </message>
    <message>
        <source>&amp;New action</source>
        <translation type="vanished">&amp;Neue Maßnahme</translation>
    </message>
</context>
<context>
    <name>PlanReport</name>
    <message>
        <location filename="../../src/toolbox_desktop/reports/gantt.py" line="27"/>
        <source>Jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/gantt.py" line="28"/>
        <source>Feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/gantt.py" line="29"/>
        <source>Mar</source>
        <translation>Mär</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/gantt.py" line="30"/>
        <source>Apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/gantt.py" line="31"/>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/gantt.py" line="32"/>
        <source>Jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/gantt.py" line="33"/>
        <source>Jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/gantt.py" line="34"/>
        <source>Aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/gantt.py" line="35"/>
        <source>Sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/gantt.py" line="36"/>
        <source>Oct</source>
        <translation>Okt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/gantt.py" line="37"/>
        <source>Nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/gantt.py" line="38"/>
        <source>Dec</source>
        <translation>Dez</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/gantt.py" line="40"/>
        <source>Q{number}</source>
        <translation>Q{number}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/gantt.py" line="41"/>
        <source>{group} (continued)</source>
        <translation>{group} (Fortsetzung)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/gantt.py" line="42"/>
        <source>Today ({day})</source>
        <translation>Heute ({day})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/gantt.py" line="43"/>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="45"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/gantt.py" line="44"/>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/gantt.py" line="45"/>
        <source>Milestone reached</source>
        <translation>Meilenstein erreicht</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/gantt.py" line="46"/>
        <source>Start or end date only</source>
        <translation>Nur Anfangs- oder Enddatum</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/gantt.py" line="47"/>
        <source>Darker part: progress</source>
        <translation>Dunklerer Teil: Fortschritt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="34"/>
        <source>Actions at a glance</source>
        <translation>Maßnahmen im Überblick</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="35"/>
        <source>Action details</source>
        <translation>Maßnahmen im Detail</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="37"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="38"/>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="39"/>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="47"/>
        <source>Responsible</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="40"/>
        <source>Dates</source>
        <translation>Termine</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="41"/>
        <location filename="../../src/toolbox_desktop/reports/plan_report.py" line="49"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="vanished">Fort­schritt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="42"/>
        <source>Budget / spent</source>
        <translation>Budget / ausgegeben</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="46"/>
        <source>spent {amount}</source>
        <translation>ausgegeben {amount}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_budget.py" line="31"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="vanished">Phase</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="48"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="49"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_budget.py" line="22"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_budget.py" line="35"/>
        <source>Spent</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="50"/>
        <location filename="../../src/toolbox_desktop/reports/plan_budget.py" line="32"/>
        <source>Funding source</source>
        <translation>Finanzierungsquelle</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="51"/>
        <source>Budget line</source>
        <translation>Haushaltsstelle</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="52"/>
        <source>Benchmarks</source>
        <translation>Benchmarks</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="53"/>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="54"/>
        <source>Indicators</source>
        <translation>Indikatoren</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="55"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="56"/>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="57"/>
        <source>no date</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="58"/>
        <source>baseline {value}</source>
        <translation>Ausgangswert {value}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="59"/>
        <source>target {value}</source>
        <translation>Zielwert {value}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="60"/>
        <source>latest {value} ({day})</source>
        <translation>zuletzt {value} ({day})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="61"/>
        <source>no measurement yet</source>
        <translation>noch keine Messung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_actions.py" line="62"/>
        <source>{percent} of the way to the target</source>
        <translation>Zielwert zu {percent} erreicht</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_budget.py" line="23"/>
        <source>Budget in {currency}</source>
        <translation>Budget in {currency}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_budget.py" line="24"/>
        <source>Planned: {planned} · Spent: {spent} · Remaining: {remaining}</source>
        <translation>Geplant: {planned} · Ausgegeben: {spent} · Verbleibend: {remaining}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_budget.py" line="27"/>
        <source>{percent} of the planned budget has been spent.</source>
        <translation>{percent} des geplanten Budgets wurden ausgegeben.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_budget.py" line="28"/>
        <source>More has been spent than planned.</source>
        <translation>Es wurde mehr ausgegeben als geplant.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_budget.py" line="29"/>
        <source>By dimension</source>
        <translation>Nach Dimension</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_budget.py" line="30"/>
        <source>By funding source</source>
        <translation>Nach Finanzierungsquelle</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_budget.py" line="33"/>
        <location filename="../../src/toolbox_desktop/reports/plan_report.py" line="50"/>
        <source>Actions</source>
        <translation>Maß­nahmen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_budget.py" line="34"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_budget.py" line="36"/>
        <source>Spent share</source>
        <translation>Anteil aus­gegeben</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_budget.py" line="37"/>
        <location filename="../../src/toolbox_desktop/reports/plan_report.py" line="51"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_budget.py" line="38"/>
        <source>Dropped actions are not counted. Amounts in different currencies are never added up.</source>
        <translation>Verworfene Maßnahmen werden nicht mitgezählt. Beträge in verschiedenen Währungen werden nie zusammengerechnet.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_budget.py" line="42"/>
        <source>No action has a budget yet.</source>
        <translation>Noch keine Maßnahme hat ein Budget.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_format.py" line="34"/>
        <source>Without an end date</source>
        <translation>Ohne Enddatum</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_format.py" line="35"/>
        <source>No dimension</source>
        <translation>Ohne Dimension</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_format.py" line="36"/>
        <source>No funding source given</source>
        <translation>Keine Finanzierungsquelle angegeben</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_format.py" line="37"/>
        <source>{code} (no longer in the toolbox)</source>
        <translation>{code} (nicht mehr in der Toolbox)</translation>
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
        <translation>ab {start}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_format.py" line="42"/>
        <source>until {end}</source>
        <translation>bis {end}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_format.py" line="43"/>
        <source>no dates</source>
        <translation>ohne Termine</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_format.py" line="44"/>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_report.py" line="44"/>
        <source>Action plan</source>
        <translation>Aktionsplan</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_report.py" line="45"/>
        <source>Printed on {day}</source>
        <translation>Gedruckt am {day}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_report.py" line="46"/>
        <source>No actions yet: add actions to the plan, then print this report again.</source>
        <translation>Noch keine Maßnahmen: Fügen Sie dem Plan Maßnahmen hinzu und drucken Sie diesen Bericht dann erneut.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_report.py" line="52"/>
        <source>of which overdue</source>
        <translation>davon überfällig</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_report.py" line="53"/>
        <source>without dates</source>
        <translation>ohne Termine</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_report.py" line="54"/>
        <source>Timeline</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_report.py" line="55"/>
        <source>No action has a start or end date yet, so there is no timeline to draw.</source>
        <translation>Noch keine Maßnahme hat ein Anfangs- oder Enddatum, daher kann kein Zeitplan gezeichnet werden.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_report.py" line="58"/>
        <source>Not in the chart because they have no dates ({count}):</source>
        <translation>Nicht im Diagramm, da ohne Termine ({count}):</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/plan_report.py" line="59"/>
        <source>… and {count} more</source>
        <translation>… und {count} weitere</translation>
    </message>
</context>
<context>
    <name>PlanTexts</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/commands.py" line="105"/>
        <source>The indicator “{name}”</source>
        <translation>Der Indikator „{name}“</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/commands.py" line="108"/>
        <source>The action “{title}”</source>
        <translation>Die Maßnahme „{title}“</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/session.py" line="142"/>
        <source>{title} – {status}</source>
        <translation>{title} – {status}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/session.py" line="174"/>
        <source>New action</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/session.py" line="195"/>
        <source>Close the gap: {benchmark}</source>
        <translation>Lücke schließen: {benchmark}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/texts.py" line="55"/>
        <source>Short term</source>
        <translation>Kurzfristig</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/texts.py" line="56"/>
        <source>Medium term</source>
        <translation>Mittelfristig</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/texts.py" line="57"/>
        <source>Long term</source>
        <translation>Langfristig</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/texts.py" line="90"/>
        <source>{role} – {person}</source>
        <translation>{role} – {person}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/texts.py" line="97"/>
        <source>{code} (no longer in the toolbox)</source>
        <translation>{code} (nicht mehr in der Toolbox)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/texts.py" line="121"/>
        <source>{number} {title}</source>
        <translation>{number} {title}</translation>
    </message>
</context>
<context>
    <name>PracticeTableModel</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/practices_model.py" line="34"/>
        <source>Practice</source>
        <translation>Praxisbeispiel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/practices_model.py" line="34"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/practices_model.py" line="34"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/practices_model.py" line="34"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
</context>
<context>
    <name>PracticesBrowser</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/practices_browser.py" line="36"/>
        <source>All dimensions</source>
        <translation>Alle Dimensionen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/practices_browser.py" line="39"/>
        <source>Filter practices by dimension</source>
        <translation>Praxisbeispiele nach Dimension filtern</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/practices_browser.py" line="46"/>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/practices_browser.py" line="49"/>
        <source>Filter practices by country</source>
        <translation>Praxisbeispiele nach Land filtern</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/practices_browser.py" line="60"/>
        <source>Innovative practices</source>
        <translation>Innovative Praxisbeispiele</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/practices_browser.py" line="78"/>
        <source>&amp;Dimension:</source>
        <translation>D&amp;imension:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/practices_browser.py" line="80"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/practices_browser.py" line="111"/>
        <source>{shown} of {total} practices shown</source>
        <translation>{shown} von {total} Praxisbeispielen angezeigt</translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation.py" line="90"/>
        <source>Presentation – {title}</source>
        <translation>Präsentation – {title}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation.py" line="92"/>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation.py" line="96"/>
        <source>Presentation</source>
        <translation>Präsentation</translation>
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
        <translation>Es gibt keine Benchmarks zum Anzeigen. Drücken Sie D für die Dimensionen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation.py" line="330"/>
        <source>There are no dimensions to show.</source>
        <translation>Es gibt keine Dimensionen zum Anzeigen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_paint.py" line="235"/>
        <source>Agreed rating</source>
        <translation>Vereinbarte Einstufung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_paint.py" line="363"/>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="152"/>
        <source>Results by dimension</source>
        <translation>Ergebnisse nach Dimension</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_paint.py" line="379"/>
        <source>Score</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_paint.py" line="385"/>
        <source>Target</source>
        <translation>Ziel</translation>
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
        <translation>Vereinbarte Einstufung: {rating}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="120"/>
        <source>Ratings of the group:</source>
        <translation>Einstufungen der Gruppe:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="154"/>
        <source>Score: {score}</source>
        <translation>Ergebnis: {score}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="160"/>
        <source>Target: {target}</source>
        <translation>Ziel: {target}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="168"/>
        <source>{heading} — {detail}</source>
        <translation>{heading} – {detail}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="179"/>
        <source>{label}: {count}</source>
        <translation>{label}: {count}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="185"/>
        <source>N/A (not applicable or outside our competence)</source>
        <translation>n.z. (nicht zutreffend oder außerhalb unserer Zuständigkeit)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="192"/>
        <source>N/A</source>
        <translation>n.z.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="198"/>
        <source>Nobody gave a level: all who answered said N/A</source>
        <translation>Niemand hat eine Stufe vergeben: Alle Antworten lauteten „n.z.“</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="201"/>
        <source>Nobody in the group has rated this benchmark yet</source>
        <translation>Noch niemand in der Gruppe hat diese Benchmark eingestuft</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="205"/>
        <source>Median {median} · spread 0 (everyone agrees)</source>
        <translation>Median {median} · Streuung 0 (alle sind sich einig)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="208"/>
        <source>Median {median} · spread {spread} (from {low} to {high})</source>
        <translation>Median {median} · Streuung {spread} (von {low} bis {high})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="220"/>
        <source>Rated by {rated} of %n participant(s)</source>
        <translation>
            <numerusform>{rated} von %n Teilnehmenden hat eingestuft</numerusform>
            <numerusform>{rated} von %n Teilnehmenden haben eingestuft</numerusform>
        </translation>
    </message>
    <message>
        <source>Rated by {rated} of {total} participants</source>
        <translation type="vanished">{rated} von {total} Teilnehmenden haben eingestuft</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="227"/>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="283"/>
        <source>Not rated yet</source>
        <translation>Noch nicht eingestuft</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="280"/>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="281"/>
        <source>Outside our competence</source>
        <translation>Außerhalb unserer Zuständigkeit</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="282"/>
        <source>Excluded</source>
        <translation>Ausgenommen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="286"/>
        <source>{rated} of {total} benchmarks rated</source>
        <translation>{rated} von {total} Benchmarks eingestuft</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="292"/>
        <source>{count} not rated yet</source>
        <translation>{count} noch nicht eingestuft</translation>
    </message>
    <message>
        <source>{count} not applicable</source>
        <translation type="vanished">{count} nicht zutreffend</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="299"/>
        <source>Largest disagreements</source>
        <translation>Größte Uneinigkeit</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="302"/>
        <source>The group agreed on every benchmark rated here</source>
        <translation>Die Gruppe war sich bei jeder hier eingestuften Benchmark einig</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="306"/>
        <source>Nobody in the group has rated a benchmark here yet</source>
        <translation>Noch niemand in der Gruppe hat hier eine Benchmark eingestuft</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="310"/>
        <source>Largest gaps to the target</source>
        <translation>Größte Lücken zum Ziel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="312"/>
        <source>No gaps: no target above the current level</source>
        <translation>Keine Lücken: kein Ziel über der aktuellen Stufe</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="338"/>
        <source>{level} → {target} ({name})</source>
        <translation>{level} → {target} ({name})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="367"/>
        <source>spread {spread} · median {median}</source>
        <translation>Streuung {spread} · Median {median}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="371"/>
        <source>{detail} · {count} said N/A</source>
        <translation>{detail} · {count}× n.z.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/preview_dialog.py" line="47"/>
        <source>Preview: {title}</source>
        <translation>Vorschau: {title}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/preview_dialog.py" line="50"/>
        <source>Pages of the report</source>
        <translation>Seiten des Berichts</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/preview_dialog.py" line="67"/>
        <source>◀ Previous page</source>
        <translation>◀ Vorherige Seite</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/preview_dialog.py" line="68"/>
        <source>Next page ▶</source>
        <translation>Nächste Seite ▶</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/preview_dialog.py" line="70"/>
        <source>Page number</source>
        <translation>Seitenzahl</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/preview_dialog.py" line="71"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/preview_dialog.py" line="72"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/preview_dialog.py" line="73"/>
        <source>Fit width</source>
        <translation>An Breite anpassen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/preview_dialog.py" line="100"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/preview_dialog.py" line="103"/>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/preview_dialog.py" line="122"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/preview_dialog.py" line="180"/>
        <source>Page {page} of {count}</source>
        <translation>Seite {page} von {count}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/preview_dialog.py" line="199"/>
        <source>A page cannot be shown</source>
        <translation>Eine Seite kann nicht angezeigt werden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/preview_dialog.py" line="201"/>
        <source>A page of the report cannot be shown: {reason}. The report itself is complete: save it as a PDF and open it in your PDF reader to see every page.</source>
        <translation>Eine Seite des Berichts kann nicht angezeigt werden: {reason}. Der Bericht selbst ist vollständig: Speichern Sie ihn als PDF und öffnen Sie ihn in Ihrem PDF-Programm, um alle Seiten zu sehen.</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation type="vanished">Bericht als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="vanished">PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF was not saved</source>
        <translation type="vanished">Das PDF wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>The PDF could not be saved to {path}: {reason}. Choose a folder where you can save files, and close the PDF if another program has it open.</source>
        <translation type="vanished">Das PDF konnte nicht unter {path} gespeichert werden: {reason}. Wählen Sie einen Ordner, in dem Sie Dateien speichern können, und schließen Sie das PDF, falls ein anderes Programm es geöffnet hat.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="66"/>
        <source>Small town</source>
        <translation>Kleinstadt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="67"/>
        <source>Medium-sized town</source>
        <translation>Mittelstadt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="68"/>
        <source>Rural area</source>
        <translation>Ländliche Gemeinde</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="69"/>
        <source>City</source>
        <translation>Großstadt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="73"/>
        <source>Housing</source>
        <translation>Wohnen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="74"/>
        <source>Education</source>
        <translation>Bildung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="75"/>
        <source>Health</source>
        <translation>Gesundheit</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="76"/>
        <source>Employment services</source>
        <translation>Arbeitsvermittlung</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/profile_dialog.py" line="43"/>
        <source>Municipality profile</source>
        <translation>Profil der Kommune</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/profile_dialog.py" line="44"/>
        <source>Name of the municipality</source>
        <translation>Name der Kommune</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/profile_dialog.py" line="45"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/profile_dialog.py" line="46"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/profile_dialog.py" line="47"/>
        <source>Population</source>
        <translation>Einwohnerzahl</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/profile_dialog.py" line="49"/>
        <source>Not chosen</source>
        <translation>Nicht gewählt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/profile_dialog.py" line="53"/>
        <source>Kind of place</source>
        <translation>Art der Kommune</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/profile_dialog.py" line="56"/>
        <source>Newly arrived migrants and refugees</source>
        <translation>Neuzugewanderte und Geflüchtete</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/profile_dialog.py" line="59"/>
        <source>Staff time available for integration</source>
        <translation>Verfügbare Personalzeit für Integration</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/profile_dialog.py" line="61"/>
        <source>e.g. one person, half time</source>
        <translation>z. B. eine Person, halbtags</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/profile_dialog.py" line="67"/>
        <source>The municipality is responsible for</source>
        <translation>Die Kommune ist zuständig für</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/profile_dialog.py" line="76"/>
        <source>New assessments mark the benchmarks of the other fields “outside our competence”, for you to review. Assessments already made are not changed.</source>
        <translation>Neue Bewertungen markieren die Benchmarks der übrigen Bereiche als „außerhalb unserer Zuständigkeit“, damit Sie sie prüfen. Bestehende Bewertungen werden nicht geändert.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/profile_dialog.py" line="84"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/profile_dialog.py" line="85"/>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/profile_dialog.py" line="86"/>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/profile_dialog.py" line="87"/>
        <source>&amp;Population:</source>
        <translation>&amp;Einwohnerzahl:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/profile_dialog.py" line="88"/>
        <source>&amp;Kind of place:</source>
        <translation>&amp;Art der Kommune:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/profile_dialog.py" line="89"/>
        <source>Newly &amp;arrived migrants and refugees:</source>
        <translation>Neu&amp;zugewanderte und Geflüchtete:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/profile_dialog.py" line="90"/>
        <source>&amp;Staff time for integration:</source>
        <translation>&amp;Personalzeit für Integration:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/profile_dialog.py" line="124"/>
        <source>not given</source>
        <translation>nicht angegeben</translation>
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
        <translation>Laufwerk</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/qt_dialog_words.py" line="26"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/qt_dialog_words.py" line="27"/>
        <source>File Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/qt_dialog_words.py" line="28"/>
        <source>Folder</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/qt_dialog_words.py" line="29"/>
        <source>Shortcut</source>
        <translation>Symbolischer Link</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/qt_dialog_words.py" line="30"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/qt_dialog_words.py" line="39"/>
        <source>Scheduled &amp;printing:</source>
        <translation>Zum &amp;Drucken vorgesehen:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/qt_dialog_words.py" line="40"/>
        <source>&amp;Billing information:</source>
        <translation>&amp;Rechnungsinformation:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/qt_dialog_words.py" line="41"/>
        <source>Job &amp;priority:</source>
        <translation>&amp;Priorität des Druckauftrags:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/qt_dialog_words.py" line="42"/>
        <source>&amp;Start:</source>
        <translation>&amp;Anfang:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/qt_dialog_words.py" line="43"/>
        <source>&amp;End:</source>
        <translation>&amp;Ende:</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/qt_dialog_words.py" line="22"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Suchen in:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/qt_dialog_words.py" line="23"/>
        <source>Files of &amp;type:</source>
        <translation>Dateien des &amp;Typs:</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/qt_dialog_words.py" line="32"/>
        <source>Page &amp;order:</source>
        <translation>Reihenf&amp;olge der Seiten:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/qt_dialog_words.py" line="33"/>
        <source>Pages &amp;per sheet:</source>
        <translation>Seiten &amp;pro Blatt:</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/qt_dialog_words.py" line="34"/>
        <source>Double Sided Printing</source>
        <translation>Beidseitiger Druck</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/qt_dialog_words.py" line="35"/>
        <source>Long side binding</source>
        <translation>Lange Seite</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/qt_dialog_words.py" line="36"/>
        <source>Short side binding</source>
        <translation>Kurze Seite</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/qt_dialog_words.py" line="37"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/qt_dialog_words.py" line="38"/>
        <source>Page &amp;Set:</source>
        <translation>Seiten-&amp;Satz:</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/qt_dialog_words.py" line="45"/>
        <source>Control</source>
        <translation>Steuerung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/qt_dialog_words.py" line="46"/>
        <source>Keyboard</source>
        <translation>Tastatur</translation>
    </message>
</context>
<context>
    <name>QuickWinBar</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/quick_win_bar.py" line="45"/>
        <source>Quick win and the action plan</source>
        <translation>Sofortmaßnahme und Aktionsplan</translation>
    </message>
    <message>
        <source>&amp;Open in the action plan</source>
        <translation type="vanished">Im Aktionsplan ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/quick_win_bar.py" line="55"/>
        <source>Open in the ac&amp;tion plan</source>
        <translation>Im Aktionsplan öffne&amp;n</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/quick_win_bar.py" line="88"/>
        <source>This quick win is not in your action plan yet.</source>
        <translation>Diese Sofortmaßnahme steht noch nicht in Ihrem Aktionsplan.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/quick_win_bar.py" line="89"/>
        <source>&amp;Add to plan</source>
        <translation>Zum Plan hin&amp;zufügen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/quick_win_bar.py" line="91"/>
        <source>Create an action from this quick win, short term, with its partners</source>
        <translation>Aus dieser Sofortmaßnahme eine kurzfristige Maßnahme mit ihren Partnern anlegen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/quick_win_bar.py" line="95"/>
        <source>“{title}”</source>
        <translation>„{title}“</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/quick_win_bar.py" line="97"/>
        <source>In the plan: {titles}</source>
        <translation>Im Plan: {titles}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/quick_win_bar.py" line="98"/>
        <source>&amp;Add to plan again…</source>
        <translation>Erneut zum Plan hin&amp;zufügen…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/quick_win_bar.py" line="99"/>
        <source>Create another action from this quick win</source>
        <translation>Aus dieser Sofortmaßnahme eine weitere Maßnahme anlegen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/quick_win_bar.py" line="123"/>
        <source>Add to plan again</source>
        <translation>Erneut zum Plan hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/quick_win_bar.py" line="125"/>
        <source>“{title}” is already in your action plan. Add it again as another action?</source>
        <translation>„{title}“ steht bereits in Ihrem Aktionsplan. Als weitere Maßnahme erneut hinzufügen?</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/radar_chart.py" line="74"/>
        <source>Radar chart</source>
        <translation>Netzdiagramm</translation>
    </message>
    <message>
        <source>(not rated)</source>
        <translation type="vanished">(nicht eingestuft)</translation>
    </message>
    <message>
        <source>({series}: not rated)</source>
        <translation type="vanished">({series}: nicht eingestuft)</translation>
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
        <translation>nicht eingestuft</translation>
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
        <translation>Keine Ergebnisse vorhanden</translation>
    </message>
</context>
<context>
    <name>RatingEditor</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="75"/>
        <source>Choose a benchmark in the list to rate it.</source>
        <translation>Wählen Sie eine Benchmark in der Liste aus, um sie einzustufen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="90"/>
        <source>Written for small and rural municipalities</source>
        <translation>Für kleine und ländliche Kommunen formuliert</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="100"/>
        <source>No target</source>
        <translation>Kein Ziel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="103"/>
        <source>Target level</source>
        <translation>Zielstufe</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="107"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="111"/>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="141"/>
        <source>Rated by</source>
        <translation>Eingestuft von</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="112"/>
        <source>Names or roles</source>
        <translation>Namen oder Rollen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="113"/>
        <source>&amp;Clear rating</source>
        <translation>Einstufung &amp;löschen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="114"/>
        <source>Remove level, target, evidence and notes (Undo)</source>
        <translation>Stufe, Ziel, Nachweise und Notizen entfernen (rückgängig machbar)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="116"/>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="139"/>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="118"/>
        <source>What shows where we stand: decisions, services, figures, sources…</source>
        <translation>Was zeigt, wo wir stehen: Beschlüsse, Angebote, Zahlen, Quellen…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="124"/>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="140"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="125"/>
        <source>Questions, next steps, who to ask…</source>
        <translation>Fragen, nächste Schritte, Ansprechpersonen…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="146"/>
        <source>Text not saved yet</source>
        <translation>Text noch nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="152"/>
        <source>Actions for this benchmark</source>
        <translation>Maßnahmen zu dieser Benchmark</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="155"/>
        <source>Create action…</source>
        <translation>Maßnahme anlegen…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="156"/>
        <source>Plan an action that closes this gap</source>
        <translation>Eine Maßnahme planen, die diese Lücke schließt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="160"/>
        <source>Actions for this benchmark:</source>
        <translation>Maßnahmen zu dieser Benchmark:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="196"/>
        <source>&amp;Target:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="197"/>
        <source>Priorit&amp;y:</source>
        <translation>Prio&amp;rität:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="198"/>
        <source>Rated &amp;by:</source>
        <translation>Eingestuft &amp;von:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="199"/>
        <source>N&amp;otes:</source>
        <translation>Notiz&amp;en:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="217"/>
        <source>Evi&amp;dence:</source>
        <translation>N&amp;achweise:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="219"/>
        <source>Linked files:</source>
        <translation>Verknüpfte Dateien:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="246"/>
        <source>{number} · {dimension} › {subtheme}</source>
        <translation>{number} · {dimension} › {subtheme}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="329"/>
        <source>Rate the benchmark first, then set its priority.</source>
        <translation>Stufen Sie die Benchmark zuerst ein und legen Sie dann ihre Priorität fest.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_editor.py" line="356"/>
        <source>{fields}: not saved yet. Your text stays here and is stored as soon as it can be (when you leave the field); you can also copy it.</source>
        <translation>{fields}: noch nicht gespeichert. Ihr Text bleibt hier stehen und wird gespeichert, sobald das möglich ist (wenn Sie das Feld verlassen); Sie können ihn auch kopieren.</translation>
    </message>
</context>
<context>
    <name>RatingScale</name>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="20"/>
        <source>Not in place</source>
        <translation>Nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="21"/>
        <source>Planned or ad hoc</source>
        <translation>Geplant oder punktuell</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="22"/>
        <source>Partly in place</source>
        <translation>Teilweise umgesetzt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="23"/>
        <source>Largely in place</source>
        <translation>Weitgehend umgesetzt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="24"/>
        <source>Fully in place and evaluated</source>
        <translation>Voll umgesetzt und evaluiert</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="27"/>
        <source>Nothing exists yet and nothing is decided.</source>
        <translation>Es gibt noch nichts, und es ist nichts beschlossen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="28"/>
        <source>It is planned or decided, or happens now and then, depending on individuals.</source>
        <translation>Es ist geplant oder beschlossen oder geschieht gelegentlich, abhängig von einzelnen Personen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="32"/>
        <source>It exists for some people, places or services, but with clear gaps.</source>
        <translation>Es besteht für einige Personen, Orte oder Angebote, aber mit deutlichen Lücken.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="35"/>
        <source>It works for most people and services, with only small gaps left.</source>
        <translation>Es funktioniert für die meisten Personen und Angebote; es bleiben nur kleine Lücken.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="38"/>
        <source>It works for everyone concerned, is resourced, and is regularly evaluated and improved.</source>
        <translation>Es funktioniert für alle Betroffenen, ist mit Ressourcen ausgestattet und wird regelmäßig evaluiert und verbessert.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="48"/>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="49"/>
        <source>Outside our competence</source>
        <translation>Außerhalb unserer Zuständigkeit</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="54"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="55"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/core/assessment.py" line="56"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
</context>
<context>
    <name>RatingScreen</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_screen.py" line="62"/>
        <source>Benchmarks to rate</source>
        <translation>Einzustufende Benchmarks</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_screen.py" line="63"/>
        <source>Show only &amp;unrated</source>
        <translation>Nur n&amp;icht eingestufte</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_screen.py" line="64"/>
        <source>&amp;Small places first</source>
        <translation>Kleine &amp;Orte zuerst</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_screen.py" line="66"/>
        <source>Rating progress</source>
        <translation>Fortschritt der Einstufung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_screen.py" line="70"/>
        <source>Rating notice</source>
        <translation>Hinweis zur Einstufung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_screen.py" line="133"/>
        <source>Next benchmark</source>
        <translation>Nächste Benchmark</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_screen.py" line="138"/>
        <source>Previous benchmark</source>
        <translation>Vorherige Benchmark</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_screen.py" line="144"/>
        <source>Set level {level}</source>
        <translation>Stufe {level} setzen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_screen.py" line="252"/>
        <source>Benchmarks written for small places come first.</source>
        <translation>Benchmarks, die für kleine Orte formuliert sind, stehen oben.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/assessment/rating_screen.py" line="255"/>
        <source>For small towns and rural areas: choose the kind of place in the profile.</source>
        <translation>Für Kleinstädte und ländliche Gemeinden: Wählen Sie die Art der Kommune im Profil.</translation>
    </message>
</context>
<context>
    <name>Region</name>
    <message>
        <location filename="../../src/toolbox_desktop/region/prepare.py" line="34"/>
        <source>not anonymised: a region takes anonymised packages only, which hold no names, notes or evidence. Ask the town to export an anonymised package.</source>
        <translation>nicht anonymisiert: Eine Region nimmt nur anonymisierte Pakete an, die keine Namen, Notizen oder Nachweise enthalten. Bitten Sie die Kommune, ein anonymisiertes Paket zu exportieren.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/prepare.py" line="39"/>
        <source>the package names no municipality, so its town could not be told from another. Ask the town to fill in its name in the profile and export again.</source>
        <translation>das Paket nennt keine Kommune, daher ließe sie sich nicht von einer anderen unterscheiden. Bitten Sie die Kommune, ihren Namen im Profil einzutragen und erneut zu exportieren.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/prepare.py" line="44"/>
        <source>the package holds no assessment</source>
        <translation>das Paket enthält keine Bewertung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/publish.py" line="28"/>
        <source>Overall score</source>
        <translation>Gesamtergebnis</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/size_bands.py" line="29"/>
        <source>under 5,000 inhabitants</source>
        <translation>unter 5.000 Einwohner</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/size_bands.py" line="30"/>
        <source>5,000 to 19,999 inhabitants</source>
        <translation>5.000 bis 19.999 Einwohner</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/size_bands.py" line="32"/>
        <source>20,000 to 49,999 inhabitants</source>
        <translation>20.000 bis 49.999 Einwohner</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/size_bands.py" line="35"/>
        <source>50,000 to 99,999 inhabitants</source>
        <translation>50.000 bis 99.999 Einwohner</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/size_bands.py" line="37"/>
        <source>100,000 inhabitants and more</source>
        <translation>100.000 Einwohner und mehr</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/size_bands.py" line="38"/>
        <source>population not given</source>
        <translation>Einwohnerzahl nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/size_bands.py" line="40"/>
        <source>all towns</source>
        <translation>alle Kommunen</translation>
    </message>
</context>
<context>
    <name>RegionFiles</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/region_files.py" line="19"/>
        <source>Region files (*.sqlite3 *.sqlite *.db)</source>
        <translation>Regionsdateien (*.sqlite3 *.sqlite *.db)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/region_files.py" line="20"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/region_files.py" line="25"/>
        <source>Open a region file</source>
        <translation>Eine Regionsdatei öffnen</translation>
    </message>
</context>
<context>
    <name>RegionOpening</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/opening.py" line="42"/>
        <source>Cannot open the region file</source>
        <translation>Die Regionsdatei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/opening.py" line="85"/>
        <source>Report not saved</source>
        <translation>Bericht nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/opening.py" line="106"/>
        <source>Report saved</source>
        <translation>Bericht gespeichert</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/opening.py" line="107"/>
        <source>The region report was saved as {path}.</source>
        <translation>Der Regionsbericht wurde als {path} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/opening.py" line="113"/>
        <source>region-report</source>
        <translation>regionsbericht</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/opening.py" line="117"/>
        <source>Save the region report</source>
        <translation>Den Regionsbericht speichern</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/opening.py" line="119"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RegionReport</name>
    <message>
        <location filename="../../src/toolbox_desktop/region/report_pdf.py" line="49"/>
        <source>Region report</source>
        <translation>Regionsbericht</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/report_pdf.py" line="50"/>
        <source>Region file: {file}</source>
        <translation>Regionsdatei: {file}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/report_pdf.py" line="51"/>
        <source>{year}, all towns: {towns} towns</source>
        <translation>{year}, alle Kommunen: {towns} Kommunen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/report_pdf.py" line="52"/>
        <source>{year}, all towns: {withheld}</source>
        <translation>{year}, alle Kommunen: {withheld}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/report_pdf.py" line="53"/>
        <source>Your town&apos;s newest assessment: {assessment} of {date}</source>
        <translation>Neueste Bewertung Ihrer Kommune: {assessment} vom {date}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/report_pdf.py" line="56"/>
        <source>Your file has no assessment yet, so your town is not placed.</source>
        <translation>Ihre Datei enthält noch keine Bewertung, daher wird Ihre Kommune nicht eingeordnet.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/report_pdf.py" line="59"/>
        <source>The region file holds no assessment yet.</source>
        <translation>Die Regionsdatei enthält noch keine Bewertung.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/report_pdf.py" line="60"/>
        <source>Score per dimension</source>
        <translation>Ergebnis je Dimension</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/report_pdf.py" line="61"/>
        <source>Towns of the same size</source>
        <translation>Kommunen gleicher Größe</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/report_pdf.py" line="62"/>
        <source>The median score per size band, {year}.</source>
        <translation>Der Median der Ergebnisse je Größenklasse, {year}.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/report_pdf.py" line="63"/>
        <source>Over the years</source>
        <translation>Im Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/report_pdf.py" line="64"/>
        <source>The median score of all towns, year by year.</source>
        <translation>Der Median der Ergebnisse aller Kommunen, Jahr für Jahr.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/report_pdf.py" line="65"/>
        <source>Where your town stands</source>
        <translation>Wo Ihre Kommune steht</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/report_pdf.py" line="66"/>
        <source>Benchmarks</source>
        <translation>Benchmarks</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/region_data.py" line="25"/>
        <source>the region report needs a region file: name it with --region FILE (made with toolbox-desktop region merge)</source>
        <translation>der Regionsbericht braucht eine Regionsdatei: geben Sie sie mit --region DATEI an (erstellt mit toolbox-desktop region merge)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/region_data.py" line="30"/>
        <source>there is no file {path}</source>
        <translation>es gibt keine Datei {path}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/region_data.py" line="31"/>
        <source>{path} is not a region file (made with toolbox-desktop region merge); nothing was read</source>
        <translation>{path} ist keine Regionsdatei (erstellt mit toolbox-desktop region merge); es wurde nichts gelesen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/region_data.py" line="35"/>
        <source>{path} was made by a newer version of the app (region file version {found}); update the app to read it</source>
        <translation>{path} wurde mit einer neueren Version der App erstellt (Regionsdatei-Version {found}); aktualisieren Sie die App, um sie zu lesen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/region_data.py" line="40"/>
        <source>{path} cannot be read: {detail}</source>
        <translation>{path} kann nicht gelesen werden: {detail}</translation>
    </message>
</context>
<context>
    <name>RegionView</name>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="21"/>
        <source>fewer than {count} towns</source>
        <translation>weniger als {count} Kommunen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="23"/>
        <source>withheld: would give away a group of fewer than {count} towns</source>
        <translation>zurückgehalten: ließe eine Gruppe von weniger als {count} Kommunen errechnen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="26"/>
        <source>above the median</source>
        <translation>über dem Median</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="27"/>
        <source>at the median</source>
        <translation>auf dem Median</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="28"/>
        <source>below the median</source>
        <translation>unter dem Median</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="29"/>
        <source>no score in your assessment</source>
        <translation>kein Ergebnis in Ihrer Bewertung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="30"/>
        <source>not shown: fewer than {count} towns</source>
        <translation>nicht gezeigt: weniger als {count} Kommunen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="31"/>
        <source>higher than about {percent} of the towns</source>
        <translation>höher als etwa {percent} der Kommunen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="32"/>
        <source>median {median}</source>
        <translation>Median {median}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="33"/>
        <source>{title}: median {median}, middle half {lower} to {upper}, {towns} towns</source>
        <translation>{title}: Median {median}, mittlere Hälfte {lower} bis {upper}, {towns} Kommunen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="36"/>
        <source>{title}: {withheld}</source>
        <translation>{title}: {withheld}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="37"/>
        <source>your town: {score}</source>
        <translation>Ihre Kommune: {score}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="40"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
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
        <translation>Kommunen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="44"/>
        <source>Lower quartile</source>
        <translation>Unteres Quartil</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="45"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="46"/>
        <source>Upper quartile</source>
        <translation>Oberes Quartil</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="47"/>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="48"/>
        <source>At level 0 or 1</source>
        <translation>Auf Stufe 0 oder 1</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="51"/>
        <source>Levels from 0 to 4, of the towns that rated the benchmark with a level; the last column is the share of them at level 0 or 1.</source>
        <translation>Stufen von 0 bis 4, von den Kommunen, die die Benchmark mit einer Stufe bewertet haben; die letzte Spalte ist ihr Anteil auf Stufe 0 oder 1.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="56"/>
        <source>Middle half of the towns</source>
        <translation>Mittlere Hälfte der Kommunen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="57"/>
        <source>Your town</source>
        <translation>Ihre Kommune</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="58"/>
        <source>Where you stand</source>
        <translation>Wo Sie stehen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="59"/>
        <source>Compared with the towns</source>
        <translation>Im Vergleich mit den Kommunen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/region/view_texts.py" line="60"/>
        <source>No figure is shown from fewer than {count} towns, and none from which such a figure could be worked out. Your own town&apos;s scores come from your own file and are shown only to you.</source>
        <translation>Keine Zahl wird aus weniger als {count} Kommunen gezeigt, und keine, aus der sich eine solche Zahl errechnen ließe. Die Ergebnisse Ihrer eigenen Kommune stammen aus Ihrer eigenen Datei und werden nur Ihnen gezeigt.</translation>
    </message>
</context>
<context>
    <name>RegionWindow</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="89"/>
        <source>{file} (region, read-only)</source>
        <translation>{file} (Region, nur lesen)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="93"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="95"/>
        <source>Size band</source>
        <translation>Größenklasse</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="97"/>
        <source>Save report as &amp;PDF…</source>
        <translation>Bericht als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="99"/>
        <source>The region&apos;s figures and your town&apos;s position as a PDF to print or send</source>
        <translation>Die Zahlen der Region und die Position Ihrer Kommune als PDF zum Drucken oder Versenden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="111"/>
        <source>Chart: score per dimension across the region</source>
        <translation>Diagramm: Ergebnis je Dimension in der Region</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="113"/>
        <source>Score per dimension across the region</source>
        <translation>Ergebnis je Dimension in der Region</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="116"/>
        <source>Level per benchmark across the region</source>
        <translation>Stufe je Benchmark in der Region</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="119"/>
        <source>Median per dimension by size band</source>
        <translation>Median je Dimension nach Größenklasse</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="121"/>
        <source>Median per dimension by year</source>
        <translation>Median je Dimension nach Jahr</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="124"/>
        <source>Your town against the region</source>
        <translation>Ihre Kommune im Vergleich mit der Region</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="128"/>
        <source>&amp;Dimensions</source>
        <translation>&amp;Dimensionen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="129"/>
        <source>Ben&amp;chmarks</source>
        <translation>Ben&amp;chmarks</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="130"/>
        <source>Si&amp;ze bands</source>
        <translation>&amp;Größenklassen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="131"/>
        <source>&amp;Over the years</source>
        <translation>Im &amp;Zeitverlauf</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="132"/>
        <source>Your &amp;town</source>
        <translation>&amp;Ihre Kommune</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="135"/>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="138"/>
        <source>Size &amp;band:</source>
        <translation>Größen&amp;klasse:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="237"/>
        <source>This region file holds no assessment yet.</source>
        <translation>Diese Regionsdatei enthält noch keine Bewertung.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="241"/>
        <source>{year}, {band}: {withheld}</source>
        <translation>{year}, {band}: {withheld}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="247"/>
        <source>{year}, {band}: {towns} towns</source>
        <translation>{year}, {band}: {towns} Kommunen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="371"/>
        <source>Your file has no assessment yet. Once it has one, this page shows where your town stands in the region.</source>
        <translation>Ihre Datei enthält noch keine Bewertung. Sobald sie eine hat, zeigt diese Seite, wo Ihre Kommune in der Region steht.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/region/region_window.py" line="378"/>
        <source>Your newest assessment: {title} of {date}</source>
        <translation>Ihre neueste Bewertung: {title} vom {date}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../src/toolbox_desktop/reports/document.py" line="42"/>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/document.py" line="43"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
</context>
<context>
    <name>ReportFormats</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/format_choice.py" line="24"/>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/format_choice.py" line="25"/>
        <source>&amp;Save as Word document…</source>
        <translation>Als Word-Dokument &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/format_choice.py" line="26"/>
        <source>&amp;Save as spreadsheet…</source>
        <translation>Als Tabelle &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/format_choice.py" line="29"/>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/format_choice.py" line="30"/>
        <source>Save as Word document</source>
        <translation>Als Word-Dokument speichern</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/format_choice.py" line="31"/>
        <source>Save as spreadsheet</source>
        <translation>Als Tabelle speichern</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/format_choice.py" line="34"/>
        <source>Save the report as PDF</source>
        <translation>Bericht als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/format_choice.py" line="35"/>
        <source>Save the report as a Word document</source>
        <translation>Bericht als Word-Dokument speichern</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/format_choice.py" line="36"/>
        <source>Save the report as a spreadsheet</source>
        <translation>Bericht als Tabelle speichern</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/format_choice.py" line="39"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/format_choice.py" line="40"/>
        <source>Word documents (*.docx)</source>
        <translation>Word-Dokumente (*.docx)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/format_choice.py" line="41"/>
        <source>Spreadsheets (*.xlsx)</source>
        <translation>Tabellen (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/format_choice.py" line="44"/>
        <source>&amp;Open PDF</source>
        <translation>PDF ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/format_choice.py" line="45"/>
        <source>&amp;Open document</source>
        <translation>Dokument ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/format_choice.py" line="46"/>
        <source>&amp;Open spreadsheet</source>
        <translation>Tabelle ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/format_choice.py" line="48"/>
        <source>O&amp;utput format:</source>
        <translation>Datei&amp;format:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/format_choice.py" line="49"/>
        <source>Format of the saved file</source>
        <translation>Format der gespeicherten Datei</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/format_choice.py" line="50"/>
        <source>Preview and Print always show the PDF; Save writes the format chosen here.</source>
        <translation>Vorschau und Drucken zeigen immer das PDF; Speichern schreibt das hier gewählte Format.</translation>
    </message>
</context>
<context>
    <name>ReportKinds</name>
    <message>
        <source>&amp;Page size:</source>
        <translation type="vanished">&amp;Papierformat:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="92"/>
        <source>Page si&amp;ze:</source>
        <translation>&amp;Papierformat:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="93"/>
        <source>Page size</source>
        <translation>Papierformat</translation>
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
        <translation>Be&amp;wertung:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="103"/>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="110"/>
        <source>&amp;Compare with:</source>
        <translation>&amp;Vergleichen mit:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="111"/>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="118"/>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="119"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="126"/>
        <source>Group &amp;actions by:</source>
        <translation>Maßnahmen gruppieren &amp;nach:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="137"/>
        <source>Fac&amp;ilitator version</source>
        <translation>Fassung für die &amp;Moderation</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="159"/>
        <source>Ac&amp;tions:</source>
        <translation>Maß&amp;nahmen:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="160"/>
        <source>Actions of the proposal</source>
        <translation>Maßnahmen der Vorlage</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="168"/>
        <source>Regi&amp;on file:</source>
        <translation>Regionsdate&amp;i:</translation>
    </message>
    <message>
        <source>Re&amp;gion file:</source>
        <translation type="vanished">Regions&amp;datei:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="169"/>
        <source>Region file</source>
        <translation>Regionsdatei</translation>
    </message>
    <message>
        <source>&amp;Group actions by:</source>
        <translation type="vanished">Maßnahmen gruppieren &amp;nach:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="127"/>
        <source>Group actions by</source>
        <translation>Maßnahmen gruppieren nach</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="130"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="131"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>&amp;Facilitator version</source>
        <translation type="vanished">Fassung für die &amp;Moderation</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="138"/>
        <source>Facilitator version</source>
        <translation>Fassung für die Moderation</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="140"/>
        <source>Adds the challenges and a good practice for each dimension.</source>
        <translation>Ergänzt für jede Dimension die Herausforderungen und ein gutes Praxisbeispiel.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="147"/>
        <source>Leave out the &amp;next steps for the gaps</source>
        <translation>&amp;Nächste Schritte für die Lücken weglassen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="148"/>
        <source>Leave out the next steps for the gaps</source>
        <translation>Nächste Schritte für die Lücken weglassen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/choices.py" line="150"/>
        <source>The practices, quick wins and city examples suggested for each gap are not printed.</source>
        <translation>Die für jede Lücke vorgeschlagenen Praxisbeispiele, Sofortmaßnahmen und Beispiele aus Städten werden nicht gedruckt.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="48"/>
        <source>PDF (to print)</source>
        <translation>PDF (zum Drucken)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="49"/>
        <source>Word document (to edit)</source>
        <translation>Word-Dokument (zum Bearbeiten)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="50"/>
        <source>Spreadsheet</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="345"/>
        <source>Self-assessment report</source>
        <translation>Bericht zur Selbstbewertung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="346"/>
        <source>Scores, strengths and gaps of one assessment, optionally compared with an earlier one.</source>
        <translation>Ergebnisse, Stärken und Lücken einer Bewertung, auf Wunsch im Vergleich mit einer früheren.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="351"/>
        <source>self-assessment-report</source>
        <translation>bericht-selbstbewertung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="361"/>
        <source>Action plan</source>
        <translation>Aktionsplan</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="362"/>
        <source>Every action with its timing, people, budget and indicators.</source>
        <translation>Alle Maßnahmen mit Terminen, Zuständigen, Budget und Indikatoren.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="365"/>
        <source>action-plan</source>
        <translation>aktionsplan</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="374"/>
        <source>Workshop worksheet</source>
        <translation>Arbeitsblatt für Workshops</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="375"/>
        <source>Benchmarks with space for notes and ratings, to print for a workshop.</source>
        <translation>Benchmarks mit Platz für Notizen und Einstufungen, zum Ausdrucken für einen Workshop.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="379"/>
        <source>worksheet</source>
        <translation>arbeitsblatt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="386"/>
        <source>Annual integration report</source>
        <translation>Jährlicher Integrationsbericht</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="387"/>
        <source>The year in review: actions, indicators, budget and your own texts.</source>
        <translation>Das Jahr im Rückblick: Maßnahmen, Indikatoren, Budget und Ihre eigenen Texte.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="391"/>
        <source>annual-report</source>
        <translation>integrationsbericht</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="401"/>
        <source>Fact Sandwich worksheet</source>
        <translation>Arbeitsblatt Faktensandwich</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="402"/>
        <source>For a town meeting: the method against misinformation, your town&apos;s fact sandwiches, and boxes for writing a new one.</source>
        <translation>Für eine Bürgerversammlung: die Methode gegen Fehlinformationen, die Faktensandwiches Ihrer Kommune und Felder, in die Sie ein neues schreiben.</translation>
    </message>
    <message>
        <source>The method against misinformation, your town&apos;s fact sandwiches and boxes to write a new one, for a town meeting.</source>
        <translation type="vanished">Die Methode gegen Fehlinformationen, die Faktensandwiches Ihrer Kommune und Felder, um für eine Bürgerversammlung ein neues zu schreiben.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="407"/>
        <source>fact-sandwich-worksheet</source>
        <translation>arbeitsblatt-faktensandwich</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="415"/>
        <source>Rights and responsibilities</source>
        <translation>Rechte und Pflichten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="416"/>
        <source>A handout of the rights and responsibilities of newcomers and host citizens, and the liberal and democratic principles.</source>
        <translation>Ein Handzettel mit den Rechten und Pflichten von Neuzugewanderten und Einheimischen sowie den freiheitlich-demokratischen Grundsätzen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="421"/>
        <source>rights-and-responsibilities</source>
        <translation>rechte-und-pflichten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="428"/>
        <source>Council proposal</source>
        <translation>Beschlussvorlage</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="429"/>
        <source>The chosen actions for the council to decide on: the situation, the decision, the budget and the timetable, in the council&apos;s usual structure.</source>
        <translation>Die gewählten Maßnahmen zur Entscheidung im Gemeinderat: Sachverhalt, Beschlussvorschlag, Finanzen und Zeitplan, in der üblichen Gliederung einer Vorlage.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="434"/>
        <source>council-proposal</source>
        <translation>beschlussvorlage</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="443"/>
        <source>Advocacy letters</source>
        <translation>Schreiben an zuständige Stellen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="444"/>
        <source>A letter to each level that holds a competence the town lacks, about the benchmarks marked outside our competence.</source>
        <translation>Ein Schreiben an jede Ebene, die eine Zuständigkeit hat, die der Kommune fehlt, zu den Benchmarks außerhalb unserer Zuständigkeit.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="449"/>
        <source>advocacy-letters</source>
        <translation>schreiben-zustaendige-stellen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="459"/>
        <source>Region report</source>
        <translation>Regionsbericht</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="460"/>
        <source>Where the towns of a region file stand, by dimension, size and year, and where your town stands among them.</source>
        <translation>Wo die Kommunen einer Regionsdatei stehen, nach Dimension, Größe und Jahr, und wo Ihre Kommune unter ihnen steht.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/registry.py" line="465"/>
        <source>region-report</source>
        <translation>regionsbericht</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/council_data.py" line="26"/>
        <source>The plan has no actions yet, so there is nothing to propose to the council.</source>
        <translation>Der Plan hat noch keine Maßnahmen, daher gibt es nichts, was dem Gemeinderat vorgeschlagen werden könnte.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/council_data.py" line="29"/>
        <source>No action is chosen. Tick the actions the council should decide on.</source>
        <translation>Keine Maßnahme ist gewählt. Haken Sie die Maßnahmen an, über die der Gemeinderat entscheiden soll.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/council_data.py" line="32"/>
        <source>Every action of the plan is done or dropped, so there is nothing open to propose. Tick the actions the council should decide on.</source>
        <translation>Alle Maßnahmen des Plans sind erledigt oder verworfen, es gibt also nichts Offenes vorzuschlagen. Haken Sie die Maßnahmen an, über die der Gemeinderat entscheiden soll.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/council_data.py" line="37"/>
        <source>The plan has no action with the id {ids}; it may have been deleted.</source>
        <translation>Der Plan hat keine Maßnahme mit der ID {ids}; sie wurde vielleicht gelöscht.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/council_data.py" line="40"/>
        <source>There is no assessment yet, so no benchmark is marked outside our competence and there is no letter to write.</source>
        <translation>Es gibt noch keine Bewertung, daher ist keine Benchmark als außerhalb unserer Zuständigkeit markiert und es gibt kein Schreiben zu erstellen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/services/reports/council_data.py" line="45"/>
        <source>No benchmark is marked “outside our competence” in the assessment “{title}”, so there is no letter to write. Mark such benchmarks when rating, then make the letters.</source>
        <translation>In der Bewertung „{title}“ ist keine Benchmark als „außerhalb unserer Zuständigkeit“ markiert, daher gibt es kein Schreiben zu erstellen. Markieren Sie solche Benchmarks beim Bewerten und erstellen Sie dann die Schreiben.</translation>
    </message>
</context>
<context>
    <name>ReportOptionsBox</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/option_widgets.py" line="83"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/option_widgets.py" line="180"/>
        <source>Not used in a spreadsheet.</source>
        <translation>In einer Tabelle nicht verwendet.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/option_widgets.py" line="216"/>
        <source>{title} ({date})</source>
        <translation>{title} ({date})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/option_widgets.py" line="224"/>
        <source>No comparison</source>
        <translation>Kein Vergleich</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/pdf_output.py" line="124"/>
        <source>Save the report as PDF</source>
        <translation>Bericht als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/pdf_output.py" line="126"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/pdf_output.py" line="138"/>
        <source>The PDF was not saved</source>
        <translation>Das PDF wurde nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/pdf_output.py" line="139"/>
        <source>The PDF could not be saved to {path}: {reason}. Choose a folder where you can save files, and close the PDF if another program has it open.</source>
        <translation>Das PDF konnte nicht unter {path} gespeichert werden: {reason}. Wählen Sie einen Ordner, in dem Sie Dateien speichern können, und schließen Sie das PDF, falls ein anderes Programm es geöffnet hat.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/pdf_output.py" line="155"/>
        <source>The report cannot be printed from here</source>
        <translation>Der Bericht kann hier nicht gedruckt werden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/pdf_output.py" line="156"/>
        <source>The report was made, but it cannot be printed from the app: {reason}. Save it as a PDF and print it from your PDF reader. Installing the app again may repair printing.</source>
        <translation>Der Bericht wurde erstellt, kann aber nicht aus der App gedruckt werden: {reason}. Speichern Sie ihn als PDF und drucken Sie ihn aus Ihrem PDF-Programm. Eine erneute Installation der App kann das Drucken wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/pdf_output.py" line="163"/>
        <source>The preview cannot be shown</source>
        <translation>Die Vorschau kann nicht angezeigt werden</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/pdf_output.py" line="164"/>
        <source>The report was made, but it cannot be shown here: {reason}. Save it as a PDF and open it in your PDF reader to look at it or print it. Installing the app again may repair the preview.</source>
        <translation>Der Bericht wurde erstellt, kann hier aber nicht angezeigt werden: {reason}. Speichern Sie ihn als PDF und öffnen Sie ihn in Ihrem PDF-Programm, um ihn anzusehen oder zu drucken. Eine erneute Installation der App kann die Vorschau wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/pdf_output.py" line="193"/>
        <source>Printing failed</source>
        <translation>Drucken fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/pdf_output.py" line="194"/>
        <source>The report could not be printed: {reason}. Check that the printer is switched on and connected, or save the report as a PDF and print it later.</source>
        <translation>Der Bericht konnte nicht gedruckt werden: {reason}. Prüfen Sie, ob der Drucker eingeschaltet und angeschlossen ist, oder speichern Sie den Bericht als PDF und drucken Sie ihn später.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/pdf_pages.py" line="39"/>
        <source>the PDF renderer (pypdfium2) could not be loaded ({detail})</source>
        <translation>das Programm zur PDF-Darstellung (pypdfium2) konnte nicht geladen werden ({detail})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/pdf_pages.py" line="61"/>
        <source>the PDF file could not be read ({detail})</source>
        <translation>die PDF-Datei konnte nicht gelesen werden ({detail})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/pdf_pages.py" line="91"/>
        <source>page {page} could not be drawn ({detail})</source>
        <translation>Seite {page} konnte nicht dargestellt werden ({detail})</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/reports_page.py" line="109"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/reports/reports_page.py" line="113"/>
        <source>Choose a report and its options, then preview it, print it or save it: as a PDF, and some as a Word document or spreadsheet to edit.</source>
        <translation>Wählen Sie einen Bericht und seine Optionen; dann können Sie ihn in der Vorschau ansehen, drucken oder speichern: als PDF, manche auch als Word-Dokument oder Tabelle zum Bearbeiten.</translation>
    </message>
    <message>
        <source>Choose a report and its options, then preview it, print it or save it as a PDF.</source>
        <translation type="vanished">Wählen Sie einen Bericht und seine Optionen; dann können Sie ihn in der Vorschau ansehen, drucken oder als PDF speichern.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/restore_dialog.py" line="114"/>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/restore_dialog.py" line="117"/>
        <source>The app keeps a backup of this database every day it is used: the newest of each of the last {days} days and of each of the last {weeks} weeks. Choose the state to go back to.</source>
        <translation>Die App legt an jedem Tag, an dem sie benutzt wird, eine Sicherung dieser Datenbank an und bewahrt die neueste jedes der letzten {days} Tage und jeder der letzten {weeks} Wochen auf. Wählen Sie den Stand, zu dem Sie zurückkehren möchten.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/restore_dialog.py" line="125"/>
        <source>Backups, newest first</source>
        <translation>Sicherungen, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/restore_dialog.py" line="138"/>
        <source>There are no backups of this database yet. The first is taken shortly after the app opens it, then one each day.</source>
        <translation>Von dieser Datenbank gibt es noch keine Sicherungen. Die erste wird kurz nach dem Öffnen angelegt, danach eine pro Tag.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/restore_dialog.py" line="151"/>
        <source>Kept in: {folder}</source>
        <translation>Gespeichert in: {folder}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/restore_dialog.py" line="153"/>
        <source>Restore as a &amp;new file…</source>
        <translation>Als &amp;neue Datei wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/restore_dialog.py" line="155"/>
        <source>The backup goes into a new file and opens in a second window; this one stays</source>
        <translation>Die Sicherung kommt in eine neue Datei und öffnet sich in einem zweiten Fenster; dieses Fenster bleibt, wie es ist</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/restore_dialog.py" line="157"/>
        <source>&amp;Replace the current data…</source>
        <translation>Aktuelle Daten &amp;ersetzen…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/restore_dialog.py" line="159"/>
        <source>Asks first; a copy of the current data is kept as a backup</source>
        <translation>Fragt vorher; eine Kopie der aktuellen Daten wird als Sicherung aufbewahrt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/restore_dialog.py" line="210"/>
        <source>This backup cannot be restored: {reason}</source>
        <translation>Diese Sicherung kann nicht wiederhergestellt werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/backups/restore_dialog.py" line="271"/>
        <source>The backup was not restored</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>RightsHandout</name>
    <message>
        <location filename="../../src/toolbox_desktop/reports/rights_handout.py" line="26"/>
        <source>Rights and responsibilities</source>
        <translation>Rechte und Pflichten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/rights_handout.py" line="27"/>
        <source>Integration works both ways: newcomers and the people who already live here each have rights and responsibilities.</source>
        <translation>Integration gelingt nur gemeinsam: Neuzugewanderte wie auch die Menschen, die schon hier leben, haben Rechte und Pflichten.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/rights_handout.py" line="32"/>
        <source>Newcomers and host citizens</source>
        <translation>Neuzugewanderte und Einheimische</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/rights_handout.py" line="33"/>
        <source>Liberal and democratic principles</source>
        <translation>Freiheitlich-demokratische Grundsätze</translation>
    </message>
</context>
<context>
    <name>ScoreCounts</name>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/common/formatting.py" line="145"/>
        <source>%n not applicable</source>
        <translation>
            <numerusform>%n nicht zutreffend</numerusform>
            <numerusform>%n nicht zutreffend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/common/formatting.py" line="147"/>
        <source>%n outside our competence</source>
        <translation>
            <numerusform>%n außerhalb unserer Zuständigkeit</numerusform>
            <numerusform>%n außerhalb unserer Zuständigkeit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoresTreeModel</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/scores_model.py" line="144"/>
        <source>{counted} counted in the score, {excluded} excluded, {unrated} not rated yet</source>
        <translation>{counted} im Ergebnis gezählt, {excluded} ausgenommen, {unrated} noch nicht eingestuft</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/scores_model.py" line="156"/>
        <source>Dimension / sub-theme</source>
        <translation>Dimension / Unterthema</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/scores_model.py" line="157"/>
        <source>Score</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/scores_model.py" line="158"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/scores_model.py" line="159"/>
        <source>Target reached</source>
        <translation>Zielerreichung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/scores_model.py" line="160"/>
        <source>Rated</source>
        <translation>Eingestuft</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/scores_model.py" line="161"/>
        <source>Excluded</source>
        <translation>Ausgenommen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/scores_model.py" line="166"/>
        <source>Sum of levels ÷ (4 × benchmarks rated with a level)</source>
        <translation>Summe der Stufen ÷ (4 × mit einer Stufe eingestufte Benchmarks)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/scores_model.py" line="167"/>
        <source>The score the targets would give</source>
        <translation>Das Ergebnis, das sich aus den Zielen ergäbe</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/scores_model.py" line="168"/>
        <source>How much of the way to the targets has been covered</source>
        <translation>Wie viel vom Weg zu den Zielen zurückgelegt ist</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/scores_model.py" line="169"/>
        <source>Benchmarks rated (with a level or excluded) of all benchmarks</source>
        <translation>Eingestufte Benchmarks (mit Stufe oder ausgenommen) von allen Benchmarks</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/scores_model.py" line="170"/>
        <source>Not applicable or outside our competence: left out of the score</source>
        <translation>Nicht zutreffend oder außerhalb unserer Zuständigkeit: bleibt beim Ergebnis unberücksichtigt</translation>
    </message>
</context>
<context>
    <name>ScoringHelp</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/scoring_help.py" line="17"/>
        <source>How scores are computed</source>
        <translation>So werden die Ergebnisse berechnet</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/scoring_help.py" line="23"/>
        <source>Each benchmark is rated on five levels: 0 not in place, 1 planned or ad hoc, 2 partly in place, 3 largely in place, 4 fully in place and evaluated.</source>
        <translation>Jede Benchmark wird auf fünf Stufen eingestuft: 0 nicht vorhanden, 1 geplant oder punktuell, 2 teilweise umgesetzt, 3 weitgehend umgesetzt, 4 voll umgesetzt und evaluiert.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/scoring_help.py" line="27"/>
        <source>Only benchmarks rated with a level count. &quot;Not applicable&quot; and &quot;outside our competence&quot; are left out of the calculation, and so are benchmarks not rated yet; the screens always say how many are rated.</source>
        <translation>Es zählen nur Benchmarks, die mit einer Stufe eingestuft sind. „Nicht zutreffend“ und „außerhalb unserer Zuständigkeit“ bleiben bei der Berechnung unberücksichtigt, ebenso noch nicht eingestufte Benchmarks; die Ansichten geben immer an, wie viele eingestuft sind.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/scoring_help.py" line="32"/>
        <source>Score = sum of the levels ÷ (4 × number of counted benchmarks) × 100 %. This is done for each sub-theme, each dimension and overall. Every benchmark weighs the same, so a dimension&apos;s score is not the average of its sub-themes.</source>
        <translation>Ergebnis = Summe der Stufen ÷ (4 × Anzahl der gezählten Benchmarks) × 100 %. Dies wird für jedes Unterthema, jede Dimension und insgesamt berechnet. Jede Benchmark hat dasselbe Gewicht; das Ergebnis einer Dimension ist daher nicht der Durchschnitt ihrer Unterthemen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/scoring_help.py" line="37"/>
        <source>Target score = sum of the targets ÷ (4 × counted benchmarks) × 100 %. A benchmark without a target counts with its current level (no change planned).</source>
        <translation>Zielergebnis = Summe der Ziele ÷ (4 × gezählte Benchmarks) × 100 %. Eine Benchmark ohne Ziel zählt mit ihrer aktuellen Stufe (keine Änderung geplant).</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/scoring_help.py" line="41"/>
        <source>Target reached = sum of the levels, each counted at most up to its target, ÷ sum of the targets × 100 %, over the benchmarks that have a target above 0. A benchmark already at or above its target counts as fully reached.</source>
        <translation>Zielerreichung = Summe der Stufen, jeweils höchstens bis zum Ziel gezählt, ÷ Summe der Ziele × 100 %, über alle Benchmarks mit einem Ziel über 0. Eine Benchmark, die ihr Ziel bereits erreicht oder übertrifft, gilt als vollständig erreicht.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/scoring_help.py" line="46"/>
        <source>Gap = target − current level, where the target is higher. The gap list multiplies each gap by its priority (low 1, medium 2, high 3) and shows the largest first.</source>
        <translation>Lücke = Ziel − aktuelle Stufe, sofern das Ziel höher ist. Die Lückenliste multipliziert jede Lücke mit ihrer Priorität (niedrig 1, mittel 2, hoch 3) und zeigt die größte zuerst.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/scoring_help.py" line="51"/>
        <source>A group with no counted benchmark has no score and says why: &quot;not rated yet&quot;; &quot;not applicable&quot; or &quot;outside our competence&quot; when every benchmark in it was excluded for that reason; &quot;excluded&quot; when for both. Excluded benchmarks are not counted as rated.</source>
        <translation>Eine Gruppe ohne gezählte Benchmark hat kein Ergebnis und sagt, warum: „noch nicht eingestuft“; „nicht zutreffend“ oder „außerhalb unserer Zuständigkeit“, wenn alle ihre Benchmarks aus diesem Grund ausgenommen wurden; „ausgenommen“, wenn aus beiden Gründen. Ausgenommene Benchmarks zählen nicht als eingestuft.</translation>
    </message>
    <message>
        <source>A group with no counted benchmark has no score: it says &quot;not rated yet&quot;, or &quot;not applicable&quot; when every benchmark in it was excluded.</source>
        <translation type="vanished">Eine Gruppe ohne gezählte Benchmark hat kein Ergebnis: Sie zeigt „noch nicht eingestuft“ oder „nicht zutreffend“, wenn alle ihre Benchmarks ausgenommen wurden.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/dashboard/scoring_help.py" line="57"/>
        <source>Example: three benchmarks rated 4, 1 and 2 and one not applicable give (4 + 1 + 2) ÷ (3 × 4) = 7 ÷ 12 = 58 %.</source>
        <translation>Beispiel: Drei Benchmarks mit den Stufen 4, 1 und 2 und eine nicht zutreffende ergeben (4 + 1 + 2) ÷ (3 × 4) = 7 ÷ 12 = 58 %.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/search_model.py" line="39"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/search_model.py" line="40"/>
        <source>Sub-theme</source>
        <translation>Unterthema</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/search_model.py" line="41"/>
        <source>Benchmark</source>
        <translation>Benchmark</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/search_model.py" line="42"/>
        <source>Challenge</source>
        <translation>Herausforderung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/search_model.py" line="43"/>
        <source>Practice</source>
        <translation>Praxisbeispiel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/library/search_model.py" line="44"/>
        <source>How to use</source>
        <translation>Anleitung</translation>
    </message>
</context>
<context>
    <name>SheetImportCommands</name>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/import_command.py" line="39"/>
        <source>Import %n action(s) from a spreadsheet</source>
        <translation>
            <numerusform>%n Maßnahme aus einer Tabelle importieren</numerusform>
            <numerusform>%n Maßnahmen aus einer Tabelle importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="76"/>
        <source>Import actions from {file}</source>
        <translation>Maßnahmen aus {file} importieren</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="85"/>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="86"/>
        <source>Imported as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="87"/>
        <source>First values</source>
        <translation>Erste Werte</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="88"/>
        <source>Read as</source>
        <translation>Gelesen als</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="98"/>
        <source>Rows left out</source>
        <translation>Ausgelassene Zeilen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="101"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="107"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Tabellenblatt:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="110"/>
        <source>Which field each column is imported as:</source>
        <translation>Als welches Feld jede Spalte importiert wird:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="113"/>
        <source>Rows left out, with the reason:</source>
        <translation>Ausgelassene Zeilen, mit dem Grund:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="151"/>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="155"/>
        <source>Import “{column}” as</source>
        <translation>„{column}“ importieren als</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="231"/>
        <source>Row {line}: {reasons}</source>
        <translation>Zeile {line}: {reasons}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="262"/>
        <source>The plan was changed in another window meanwhile. This is what the import would do now: {summary}. Choose Import again to import it.</source>
        <translation>Der Plan wurde inzwischen in einem anderen Fenster geändert. Das würde der Import jetzt tun: {summary}. Wählen Sie noch einmal Importieren, um zu importieren.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="270"/>
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="372"/>
        <source>Nothing was imported</source>
        <translation>Nichts wurde importiert</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="360"/>
        <source>Import actions from a spreadsheet</source>
        <translation>Maßnahmen aus einer Tabelle importieren</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="362"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Tabellen (*.xlsx *.csv)</translation>
    </message>
</context>
<context>
    <name>SheetImportTexts</name>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="282"/>
        <source>%n new action(s)</source>
        <translation>
            <numerusform>%n neue Maßnahme</numerusform>
            <numerusform>%n neue Maßnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="283"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n aktualisiert</numerusform>
            <numerusform>%n aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="284"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="285"/>
        <source>%n row(s) left out</source>
        <translation>
            <numerusform>%n Zeile ausgelassen</numerusform>
            <numerusform>%n Zeilen ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="289"/>
        <source>%n indicator(s) added or updated</source>
        <translation>
            <numerusform>%n Indikator hinzugefügt oder aktualisiert</numerusform>
            <numerusform>%n Indikatoren hinzugefügt oder aktualisiert</numerusform>
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
        <translation>Dauerhafte ID</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="26"/>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="61"/>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="68"/>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="27"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="28"/>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="84"/>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="98"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
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
        <translation>Zuständige Rolle</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="31"/>
        <source>Responsible person</source>
        <translation>Zuständige Person</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="32"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="33"/>
        <source>Partner names</source>
        <translation>Namen der Partner</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="34"/>
        <source>Start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="35"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="36"/>
        <source>Phase</source>
        <translation>Phase</translation>
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
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="39"/>
        <source>Progress %</source>
        <translation>Fortschritt %</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="40"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="41"/>
        <source>Spent</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="42"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="43"/>
        <source>Budget line</source>
        <translation>Haushaltsstelle</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="44"/>
        <source>Funding source</source>
        <translation>Finanzierungsquelle</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="45"/>
        <source>Guide item</source>
        <translation>Leitfaden-Eintrag</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="62"/>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="63"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="64"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="69"/>
        <source>Indicator</source>
        <translation>Indikator</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="70"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="71"/>
        <source>Baseline</source>
        <translation>Ausgangswert</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="72"/>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="91"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="73"/>
        <source>Measured on</source>
        <translation>Gemessen am</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="74"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="75"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="77"/>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="50"/>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="78"/>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="79"/>
        <source>Indicators</source>
        <translation>Indikatoren</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="81"/>
        <source>Scores</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="85"/>
        <source>Sub-theme</source>
        <translation>Unterthema</translation>
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
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="90"/>
        <source>Level (in words)</source>
        <translation>Stufe (in Worten)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="93"/>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="102"/>
        <source>Excluded</source>
        <translation>Ausgenommen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="94"/>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="95"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="99"/>
        <source>Current %</source>
        <translation>Aktuell %</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="100"/>
        <source>Target %</source>
        <translation>Ziel %</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="101"/>
        <source>Rated</source>
        <translation>Eingestuft</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/columns.py" line="105"/>
        <source>Overall</source>
        <translation>Gesamt</translation>
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
        <translation>die ID {uid} steht schon in Zeile {first}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/plan_import.py" line="68"/>
        <source>sheet {sheet}, rows {lines}: no row of the actions has the Permanent ID {uid}, so they were not imported</source>
        <translation>Tabellenblatt {sheet}, Zeilen {lines}: Keine Zeile der Maßnahmen hat die Dauerhafte ID {uid}, daher wurden sie nicht importiert</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/plan_import.py" line="73"/>
        <source>sheet {sheet}, rows {lines}: no new action is titled “{title}” (an action already in your plan is named by its Permanent ID), so they were not imported</source>
        <translation>Tabellenblatt {sheet}, Zeilen {lines}: Keine neue Maßnahme heißt „{title}“ (eine Maßnahme, die schon in Ihrem Plan ist, wird mit ihrer Dauerhaften ID angegeben), daher wurden sie nicht importiert</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/plan_import.py" line="78"/>
        <source>sheet {sheet}, rows {lines}: more than one new action is titled “{title}”, so they were not imported: give those actions different titles</source>
        <translation>Tabellenblatt {sheet}, Zeilen {lines}: Mehr als eine neue Maßnahme heißt „{title}“, daher wurden sie nicht importiert: Geben Sie diesen Maßnahmen unterschiedliche Titel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/indicator_import.py" line="35"/>
        <location filename="../../src/toolbox_desktop/exchange/sheets/plan_import.py" line="64"/>
        <source>sheet {sheet}, row {line}: {problem}</source>
        <translation>Tabellenblatt {sheet}, Zeile {line}: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/indicator_import.py" line="36"/>
        <source>a value without the date it was measured</source>
        <translation>ein Messwert ohne das Datum der Messung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/indicator_import.py" line="37"/>
        <source>a date without the value measured</source>
        <translation>ein Datum ohne den gemessenen Wert</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/indicator_import.py" line="38"/>
        <source>indicator “{name}”: {problem}</source>
        <translation>Indikator „{name}“: {problem}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/indicator_import.py" line="39"/>
        <source>sheet {sheet}, rows {lines} give different baselines ({values}): give every row of the indicator the same baseline</source>
        <translation>Tabellenblatt {sheet}, Zeilen {lines} nennen verschiedene Ausgangswerte ({values}): Geben Sie jeder Zeile des Indikators denselben Ausgangswert</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/indicator_import.py" line="44"/>
        <source>sheet {sheet}, rows {lines} give different targets ({values}): give every row of the indicator the same target</source>
        <translation>Tabellenblatt {sheet}, Zeilen {lines} nennen verschiedene Zielwerte ({values}): Geben Sie jeder Zeile des Indikators denselben Zielwert</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/plan_import.py" line="65"/>
        <source>Map a column to the action&apos;s title (or to the ID, to update actions).</source>
        <translation>Ordnen Sie eine Spalte dem Titel der Maßnahme zu (oder der ID, um Maßnahmen zu aktualisieren).</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/reading.py" line="41"/>
        <source>This file is protected by a password, or is an old Excel file (.xls). Save it without a password as .xlsx or .csv and try again.</source>
        <translation>Diese Datei ist durch ein Passwort geschützt oder eine alte Excel-Datei (.xls). Speichern Sie sie ohne Passwort als .xlsx oder .csv und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/reading.py" line="46"/>
        <source>This is not a spreadsheet we can read ({detail}). Save it as .xlsx or .csv and try again.</source>
        <translation>Dies ist keine Tabelle, die wir lesen können ({detail}). Speichern Sie sie als .xlsx oder .csv und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/reading.py" line="50"/>
        <source>The file cannot be read: {detail}</source>
        <translation>Die Datei kann nicht gelesen werden: {detail}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/reading.py" line="51"/>
        <source>The file has no rows to import.</source>
        <translation>Die Datei hat keine Zeilen zum Importieren.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/values.py" line="53"/>
        <source>a formula without a calculated value: open the file in your spreadsheet program, save it and import it again</source>
        <translation>eine Formel ohne berechneten Wert: Öffnen Sie die Datei in Ihrem Tabellenprogramm, speichern Sie sie und importieren Sie sie erneut</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/values.py" line="58"/>
        <source>“{value}” does not say whether the milestone is done: write yes or leave it empty</source>
        <translation>„{value}“ sagt nicht, ob der Meilenstein erledigt ist: Schreiben Sie ja oder lassen Sie die Zelle leer</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/values.py" line="62"/>
        <source>“{value}” is not a quick win of the leaders&apos; guide (such as qw.internships): leave the cell as it was exported, or empty</source>
        <translation>„{value}“ ist keine Sofortmaßnahme des Leitfadens (wie qw.internships): Lassen Sie die Zelle, wie sie exportiert wurde, oder leer</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/values.py" line="67"/>
        <source>the formula in this cell gives an error ({error}); correct it in the spreadsheet</source>
        <translation>die Formel in dieser Zelle ergibt einen Fehler ({error}); korrigieren Sie sie in der Tabelle</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/values.py" line="71"/>
        <source>“{value}” is not one of: {known}</source>
        <translation>„{value}“ ist keiner dieser Werte: {known}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/values.py" line="72"/>
        <source>“{value}” is not a benchmark code or number</source>
        <translation>„{value}“ ist kein Code und keine Nummer einer Benchmark</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/values.py" line="75"/>
        <source>“{value}” is not a dimension of the toolbox</source>
        <translation>„{value}“ ist keine Dimension der Toolbox</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/values.py" line="78"/>
        <source>“{value}” is not a currency code such as EUR</source>
        <translation>„{value}“ ist kein Währungscode wie EUR</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/values.py" line="81"/>
        <source>“{value}” is not a whole number from {low} to {high}</source>
        <translation>„{value}“ ist keine ganze Zahl von {low} bis {high}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/values.py" line="84"/>
        <source>“{value}” could have the day or the month first. Write it as {month_first} or {day_first}.</source>
        <translation>Bei „{value}“ kann der Tag oder der Monat vorne stehen. Schreiben Sie {month_first} oder {day_first}.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/values.py" line="88"/>
        <source>{value} is shown in {shown}, but this action&apos;s amounts are in {currency}: give the cell the action&apos;s currency, or name the currency in the Currency column</source>
        <translation>{value} wird in {shown} angezeigt, die Beträge dieser Maßnahme sind aber in {currency}: Geben Sie der Zelle die Währung der Maßnahme, oder nennen Sie die Währung in der Spalte „Währung“</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/values.py" line="93"/>
        <source>the milestone “{line}” has no title</source>
        <translation>der Meilenstein „{line}“ hat keinen Titel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/values.py" line="96"/>
        <source>{value} has more than two decimals: amounts are kept in cents</source>
        <translation>{value} hat mehr als zwei Nachkommastellen: Beträge werden in Cent gespeichert</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/text_encoding.py" line="23"/>
        <source>Line {line} of this file holds a byte that is not UTF-8 text, though the rest of the file is UTF-8: the file may be damaged. Nothing was imported. Save it again as CSV UTF-8 and try again.</source>
        <translation>Zeile {line} dieser Datei enthält ein Byte, das kein UTF-8-Text ist, obwohl der Rest der Datei UTF-8 ist: Die Datei ist vielleicht beschädigt. Es wurde nichts importiert. Speichern Sie sie erneut als CSV UTF-8 und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/exchange/sheets/text_encoding.py" line="29"/>
        <source>The letters of this file cannot be read: it is neither UTF-8 nor {encoding} text. Nothing was imported. Save it as CSV UTF-8 (in Excel: Save As, then CSV UTF-8) and try again.</source>
        <translation>Die Buchstaben dieser Datei können nicht gelesen werden: Sie ist weder UTF-8- noch {encoding}-Text. Es wurde nichts importiert. Speichern Sie sie als CSV UTF-8 (in Excel: Speichern unter, dann CSV UTF-8) und versuchen Sie es noch einmal.</translation>
    </message>
</context>
<context>
    <name>StoringFailed</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/messages.py" line="41"/>
        <source>The change could not be stored: the disk is full. Free some space on it (delete or move files you no longer need), then try again. Your earlier data is unchanged.</source>
        <translation>Die Änderung konnte nicht gespeichert werden: Der Datenträger ist voll. Schaffen Sie Platz darauf (löschen oder verschieben Sie Dateien, die Sie nicht mehr brauchen), und versuchen Sie es dann erneut. Ihre bisherigen Daten sind unverändert.</translation>
    </message>
</context>
<context>
    <name>Tailoring</name>
    <message>
        <location filename="../../src/toolbox_desktop/core/tailoring.py" line="11"/>
        <source>Marked from the municipality profile (a field outside its competence): please review.</source>
        <translation>Anhand des Profils der Kommune markiert (ein Bereich außerhalb ihrer Zuständigkeit): bitte prüfen.</translation>
    </message>
</context>
<context>
    <name>TextLimiter</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/text_limits.py" line="114"/>
        <source>{count} of {limit} characters: shorten the text to store it.</source>
        <translation>{count} von {limit} Zeichen: Bitte kürzen Sie den Text, damit er gespeichert werden kann.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/text_limits.py" line="116"/>
        <source>{limit} characters at most: the rest was not added.</source>
        <translation>Höchstens {limit} Zeichen: Der Rest wurde nicht eingefügt.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/common/text_limits.py" line="118"/>
        <source>{count} of {limit} characters</source>
        <translation>{count} von {limit} Zeichen</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_legend.py" line="30"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_legend.py" line="32"/>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_legend.py" line="34"/>
        <source>Milestone reached</source>
        <translation>Meilenstein erreicht</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_text.py" line="36"/>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_text.py" line="44"/>
        <source>Q{number}</source>
        <translation>Q{number}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_text.py" line="55"/>
        <source>No dimension</source>
        <translation>Ohne Dimension</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_text.py" line="65"/>
        <source>No phase</source>
        <translation>Ohne Phase</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_text.py" line="69"/>
        <source>Without dates</source>
        <translation>Ohne Termine</translation>
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
        <translation>Noch keine Termine: Doppelklicken oder die Eingabetaste drücken, um sie zu planen</translation>
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
        <translation>Fortschritt: {percent} %</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_text.py" line="127"/>
        <source>Responsible: {owner}</source>
        <translation>Zuständig: {owner}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_text.py" line="132"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Seit %n Tag überfällig</numerusform>
            <numerusform>Seit %n Tagen überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_text.py" line="136"/>
        <source>Overdue milestones: {count}</source>
        <translation>Überfällige Meilensteine: {count}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_text.py" line="145"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_text.py" line="147"/>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_text.py" line="149"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_text.py" line="150"/>
        <source>Milestone: {title}, {date} ({state})</source>
        <translation>Meilenstein: {title}, {date} ({state})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_text.py" line="158"/>
        <source>{title}: {start} – {end}, {status}</source>
        <translation>{title}: {start} – {end}, {status}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_text.py" line="165"/>
        <source>{summary}, overdue</source>
        <translation>{summary}, überfällig</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_text.py" line="170"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_text.py" line="175"/>
        <source>Actions by phase</source>
        <translation>Maßnahmen nach Phase</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_text.py" line="176"/>
        <source>Actions by dimension</source>
        <translation>Maßnahmen nach Dimension</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_chart.py" line="73"/>
        <source>Timeline of the actions</source>
        <translation>Zeitplan der Maßnahmen</translation>
    </message>
</context>
<context>
    <name>TimelineLegend</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_legend.py" line="44"/>
        <source>Key to the timeline</source>
        <translation>Legende zum Zeitplan</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_view.py" line="44"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_view.py" line="45"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_view.py" line="46"/>
        <source>Group the actions by</source>
        <translation>Maßnahmen gruppieren nach</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation type="vanished">Gruppieren &amp;nach:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_view.py" line="47"/>
        <source>Gro&amp;up by:</source>
        <translation>Gruppieren &amp;nach:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_view.py" line="55"/>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_view.py" line="55"/>
        <source>Show months (zoom in with +)</source>
        <translation>Monate anzeigen (mit + vergrößern)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_view.py" line="56"/>
        <source>Quarters</source>
        <translation>Quartale</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_view.py" line="56"/>
        <source>Show quarters</source>
        <translation>Quartale anzeigen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_view.py" line="57"/>
        <source>Years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_view.py" line="57"/>
        <source>Show years (zoom out with -)</source>
        <translation>Jahre anzeigen (mit - verkleinern)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_view.py" line="68"/>
        <source>Zoom:</source>
        <translation>Zoom:</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_view.py" line="71"/>
        <source>Go to today</source>
        <translation>Zu heute springen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_view.py" line="72"/>
        <source>Scroll the timeline to today</source>
        <translation>Den Zeitplan zum heutigen Tag scrollen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_view.py" line="89"/>
        <source>Timeline</source>
        <translation>Zeitplan</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/training.py" line="60"/>
        <source>Training municipality</source>
        <translation>Übungskommune</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/training.py" line="67"/>
        <source>The training town could not be created in {path}: that file already holds someone&apos;s own work, which is never mixed with fictional data. Rename or move that file, then try again.</source>
        <translation>Die Übungskommune konnte in {path} nicht angelegt werden: Diese Datei enthält bereits eigene Arbeit, die nie mit erfundenen Daten vermischt wird. Benennen Sie die Datei um oder verschieben Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/training.py" line="88"/>
        <source>The training town is ready in {path}, but a second window could not be started. Start the app with: toolbox-desktop --db &quot;{path}&quot;</source>
        <translation>Die Übungskommune ist in {path} bereit, aber ein zweites Fenster konnte nicht geöffnet werden. Starten Sie die App mit: toolbox-desktop --db &quot;{path}&quot;</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/view_options.py" line="27"/>
        <source>Colours of the &amp;system</source>
        <translation>Farben des &amp;Systems</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/view_options.py" line="28"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/view_options.py" line="29"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/view_options.py" line="30"/>
        <source>&amp;High contrast</source>
        <translation>Hoher &amp;Kontrast</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/view_options.py" line="33"/>
        <source>&amp;Normal text</source>
        <translation>&amp;Normale Schrift</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/view_options.py" line="34"/>
        <source>La&amp;rger text (125 %)</source>
        <translation>&amp;Größere Schrift (125 %)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/view_options.py" line="35"/>
        <source>Lar&amp;gest text (150 %)</source>
        <translation>Sehr g&amp;roße Schrift (150 %)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/window/view_options.py" line="214"/>
        <source>&amp;View</source>
        <translation>Ansich&amp;t</translation>
    </message>
</context>
<context>
    <name>Worksheet</name>
    <message>
        <location filename="../../src/toolbox_desktop/reports/worksheet.py" line="37"/>
        <source>Self-assessment worksheet</source>
        <translation>Arbeitsblatt zur Selbstbewertung</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/worksheet.py" line="38"/>
        <source>Self-assessment worksheet: facilitator</source>
        <translation>Arbeitsblatt zur Selbstbewertung: Moderation</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/worksheet.py" line="39"/>
        <source>For each benchmark, tick the one box that best describes where the municipality stands today, or N/A when it does not concern the municipality. Write what supports your rating (evidence) and any remarks on the lines under each dimension.</source>
        <translation>Kreuzen Sie bei jeder Benchmark das eine Kästchen an, das am besten beschreibt, wo die Kommune heute steht, oder „n.z.“ (nicht zutreffend), wenn die Benchmark die Kommune nicht betrifft. Notieren Sie auf den Zeilen unter jeder Dimension, was Ihre Einstufung belegt (Nachweise), und Ihre Anmerkungen.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/worksheet.py" line="45"/>
        <source>The five levels</source>
        <translation>Die fünf Stufen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/worksheet.py" line="46"/>
        <source>Name: ____________________________   Date: __________</source>
        <translation>Name: ____________________________   Datum: __________</translation>
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
        <translation>n.z.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/worksheet.py" line="50"/>
        <source>Notes and evidence</source>
        <translation>Notizen und Nachweise</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/worksheet.py" line="51"/>
        <source>Common challenges to discuss</source>
        <translation>Typische Herausforderungen zum Besprechen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/reports/worksheet.py" line="52"/>
        <source>A practice from a real town: {name} ({place}, {country})</source>
        <translation>Ein Praxisbeispiel aus einer echten Kommune: {name} ({place}, {country})</translation>
    </message>
</context>
<context>
    <name>Workshop</name>
    <message>
        <location filename="../../src/toolbox_desktop/core/consensus.py" line="33"/>
        <source>Participant {number}</source>
        <translation>Person {number}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/workshop_repository.py" line="24"/>
        <source>{name} is already a participant of this workshop. Choose that participant to change their ratings, or add the name with an initial.</source>
        <translation>{name} nimmt bereits an diesem Workshop teil. Wählen Sie diese Person aus, um ihre Einstufungen zu ändern, oder ergänzen Sie den Namen um eine Initiale.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/storage/workshop_repository.py" line="29"/>
        <source>This assessment is final, so its workshop cannot change. Reopen the assessment first.</source>
        <translation>Diese Bewertung ist abgeschlossen, daher kann ihr Workshop nicht geändert werden. Öffnen Sie die Bewertung zuerst wieder.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/agreed_panel.py" line="190"/>
        <source>No participant has rated it yet.</source>
        <translation>Noch keine teilnehmende Person hat diese Benchmark eingestuft.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/agreed_panel.py" line="193"/>
        <source>{level}: {count}×</source>
        <translation>{level}: {count}×</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/agreed_panel.py" line="199"/>
        <source>N/A: {count}×</source>
        <translation>n.z.: {count}×</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/agreed_panel.py" line="203"/>
        <source>Ratings {ratings}</source>
        <translation>Einstufungen {ratings}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/agreed_panel.py" line="207"/>
        <source>median {median}, spread {spread}</source>
        <translation>Median {median}, Streuung {spread}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/agreed_panel.py" line="214"/>
        <source>{count} not rated</source>
        <translation>{count} nicht eingestuft</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/consensus_model.py" line="47"/>
        <source>N/A</source>
        <translation>n.z.</translation>
    </message>
</context>
<context>
    <name>WorkshopStartPage</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/start_page.py" line="28"/>
        <source>Run this assessment as a workshop: each participant rates every benchmark on paper or on their own laptop, the ratings are collected here, and the consensus table shows where the group agrees and where it does not. The group then sets the agreed ratings, which become the assessment&apos;s ratings; everyone&apos;s own ratings are kept.</source>
        <translation>Führen Sie diese Bewertung als Workshop durch: Alle Teilnehmenden stufen jede Benchmark auf Papier oder am eigenen Laptop ein, die Einstufungen werden hier gesammelt, und die Konsenstabelle zeigt, wo sich die Gruppe einig ist und wo nicht. Die Gruppe legt dann die vereinbarten Einstufungen fest, die zu den Einstufungen der Bewertung werden; die eigenen Einstufungen aller Teilnehmenden bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/start_page.py" line="36"/>
        <source>Start a workshop with &amp;named participants</source>
        <translation>Workshop mit &amp;namentlich genannten Teilnehmenden starten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/start_page.py" line="39"/>
        <source>Start a workshop with &amp;anonymous participants</source>
        <translation>Workshop mit &amp;anonymen Teilnehmenden starten</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/start_page.py" line="42"/>
        <source>E&amp;xport my ratings as a participant file…</source>
        <translation>Meine Einstufungen als Teilnehmerdatei &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Export my ratings as a participant file…</source>
        <translation type="vanished">Meine Einstufungen als Teilnehmerdatei &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/start_page.py" line="45"/>
        <source>On a participant&apos;s laptop: save your ratings of this assessment in a file for the facilitator.</source>
        <translation>Auf dem Laptop einer teilnehmenden Person: die eigenen Einstufungen dieser Bewertung in einer Datei für die Moderation speichern.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/start_page.py" line="64"/>
        <source>Workshop for {title}</source>
        <translation>Workshop zu {title}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/start_page.py" line="66"/>
        <source>Create an assessment first, then run it as a workshop.</source>
        <translation>Legen Sie zuerst eine Bewertung an und führen Sie sie dann als Workshop durch.</translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="104"/>
        <source>Add &amp;participant…</source>
        <translation>&amp;Person hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="106"/>
        <source>Enter paper &amp;ratings…</source>
        <translation>&amp;Einstufungen vom Papier erfassen…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="108"/>
        <source>Re&amp;move participant…</source>
        <translation>Person ent&amp;fernen…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="110"/>
        <source>&amp;Collect participant files…</source>
        <translation>Tei&amp;lnehmerdateien einsammeln…</translation>
    </message>
    <message>
        <source>&amp;Export my ratings…</source>
        <translation type="vanished">Meine Einstufungen e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="115"/>
        <source>Pre&amp;sent (F5)</source>
        <translation>Prä&amp;sentieren (F5)</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="130"/>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="139"/>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="145"/>
        <source>Consensus: every participant&apos;s rating</source>
        <translation>Konsens: die Einstufungen aller Teilnehmenden</translation>
    </message>
    <message>
        <source>&amp;Largest disagreement first</source>
        <translation type="vanished">Größte &amp;Uneinigkeit zuerst</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="159"/>
        <source>Workshop notice</source>
        <translation>Hinweis zum Workshop</translation>
    </message>
    <message>
        <source>Workshop: {title} — {count} participants ({kind})</source>
        <translation type="vanished">Workshop: {title} – Teilnehmende: {count} ({kind})</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="112"/>
        <source>E&amp;xport my ratings…</source>
        <translation>Meine Einstufungen e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="152"/>
        <source>Largest &amp;disagreement first</source>
        <translation>Größte &amp;Uneinigkeit zuerst</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="209"/>
        <source>Workshop: {title} — %n participant(s) ({kind})</source>
        <translation>
            <numerusform>Workshop: {title} – Teilnehmende: %n ({kind})</numerusform>
            <numerusform>Workshop: {title} – Teilnehmende: %n ({kind})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="211"/>
        <source>named</source>
        <translation>namentlich</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="211"/>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="222"/>
        <source>This assessment is final: reopen it to change the workshop or the agreed ratings.</source>
        <translation>Diese Bewertung ist abgeschlossen: Öffnen Sie sie wieder, um den Workshop oder die vereinbarten Einstufungen zu ändern.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="240"/>
        <source>paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="240"/>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="242"/>
        <source>{number}. {name} — {source}, {rated} of {total}</source>
        <translation>{number}. {name} – {source}, {rated} von {total}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="323"/>
        <source>The workshop could not be started: {reason}</source>
        <translation>Der Workshop konnte nicht gestartet werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="335"/>
        <source>Add participant</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="336"/>
        <source>Name (leave empty to number the participant):</source>
        <translation>Name (leer lassen, um die Person zu nummerieren):</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="347"/>
        <source>The participant could not be added: {reason}</source>
        <translation>Die Person konnte nicht hinzugefügt werden: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="378"/>
        <source>Remove participant</source>
        <translation>Person entfernen</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="380"/>
        <source>Remove {name} and their ratings from this workshop? The agreed ratings stay.</source>
        <translation>{name} mit allen Einstufungen aus diesem Workshop entfernen? Die vereinbarten Einstufungen bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="390"/>
        <source>The participant was not removed: {reason}</source>
        <translation>Die Person wurde nicht entfernt: {reason}</translation>
    </message>
    <message>
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="471"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
</context>
</TS>

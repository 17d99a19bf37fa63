<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionPicker</name>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/reports/action_picker.py" line="127"/>
        <source>%n action(s) chosen</source>
        <translation>
            <numerusform>%n action chosen</numerusform>
            <numerusform>%n actions chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActionTable</name>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/action_table.py" line="223"/>
        <source>Set &amp;status of %n action(s)</source>
        <translation>
            <numerusform>Set &amp;status of %n action</numerusform>
            <numerusform>Set &amp;status of %n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/action_table.py" line="229"/>
        <source>Set &amp;responsible for %n action(s)…</source>
        <translation>
            <numerusform>Set &amp;responsible for %n action…</numerusform>
            <numerusform>Set &amp;responsible for %n actions…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BuildPanel</name>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/reports/build_panel.py" line="346"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/cli/__init__.py" line="61"/>
        <source>%n problem(s) found in {folder}</source>
        <translation>
            <numerusform>%n problem found in {folder}</numerusform>
            <numerusform>%n problems found in {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/cli/plan.py" line="19"/>
        <source>%n action(s) written to {path}</source>
        <translation>
            <numerusform>%n action written to {path}</numerusform>
            <numerusform>%n actions written to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/cli/translation.py" line="43"/>
        <source>content pack {folder} has %n problem(s) and was not loaded; run &apos;toolbox-desktop content check {folder}&apos;</source>
        <translation>
            <numerusform>content pack {folder} has %n problem and was not loaded; run &apos;toolbox-desktop content check {folder}&apos;</numerusform>
            <numerusform>content pack {folder} has %n problems and was not loaded; run &apos;toolbox-desktop content check {folder}&apos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/cli/suggestions.py" line="32"/>
        <source>{title} ({date}): next steps for %n gap(s), largest weighted gap first</source>
        <translation>
            <numerusform>{title} ({date}): next steps for %n gap, largest weighted gap first</numerusform>
            <numerusform>{title} ({date}): next steps for %n gaps, largest weighted gap first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/cli/region.py" line="30"/>
        <source>%n package(s) merged into {path}</source>
        <translation>
            <numerusform>%n package merged into {path}</numerusform>
            <numerusform>%n packages merged into {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/cli/region.py" line="35"/>
        <source>%n package(s) refused; the others were merged</source>
        <translation>
            <numerusform>%n package refused; the others were merged</numerusform>
            <numerusform>%n packages refused; the others were merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/cli/demo.py" line="37"/>
        <source>  two assessments, {first} (final) and {second} (draft, with a workshop), each rating all %n benchmark(s)</source>
        <translation>
            <numerusform>  two assessments, {first} (final) and {second} (draft, with a workshop), each rating all %n benchmark</numerusform>
            <numerusform>  two assessments, {first} (final) and {second} (draft, with a workshop), each rating all %n benchmarks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/cli/demo.py" line="44"/>
        <source>  workshop: %n participant(s) with ratings of their own</source>
        <translation>
            <numerusform>  workshop: %n participant with ratings of their own</numerusform>
            <numerusform>  workshop: %n participants with ratings of their own</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/cli/demo.py" line="47"/>
        <source>  action plan: %n action(s) with milestones, {budget} planned</source>
        <translation>
            <numerusform>  action plan: %n action with milestones, {budget} planned</numerusform>
            <numerusform>  action plan: %n actions with milestones, {budget} planned</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/cli/demo.py" line="50"/>
        <source>  %n indicator(s) with measurements</source>
        <translation>
            <numerusform>  %n indicator with measurements</numerusform>
            <numerusform>  %n indicators with measurements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/cli/demo.py" line="52"/>
        <source>  %n fact sandwich(es) for the Fact Sandwich worksheet</source>
        <translation>
            <numerusform>  %n fact sandwich for the Fact Sandwich worksheet</numerusform>
            <numerusform>  %n fact sandwiches for the Fact Sandwich worksheet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/cli/demo.py" line="55"/>
        <source>  %n neighbouring town(s) to compare with</source>
        <translation>
            <numerusform>  %n neighbouring town to compare with</numerusform>
            <numerusform>  %n neighbouring towns to compare with</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/cli/exchange.py" line="43"/>
        <source>This computer&apos;s version is kept for %n item(s) changed here after the package was made. To take the package&apos;s older version instead, import it again with --replace-later-changes.</source>
        <translation>
            <numerusform>This computer&apos;s version is kept for %n item changed here after the package was made. To take the package&apos;s older version instead, import it again with --replace-later-changes.</numerusform>
            <numerusform>This computer&apos;s version is kept for %n items changed here after the package was made. To take the package&apos;s older version instead, import it again with --replace-later-changes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/dashboard/comparison_view.py" line="328"/>
        <source>({change} point(s))</source>
        <translation>
            <numerusform>({change} point)</numerusform>
            <numerusform>({change} points)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/filter_bar.py" line="131"/>
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="197"/>
        <source>%n item(s) already here, unchanged</source>
        <translation>
            <numerusform>%n item already here, unchanged</numerusform>
            <numerusform>%n items already here, unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/exchange/import_dialog.py" line="220"/>
        <source>This computer&apos;s version is kept for %n item(s) changed here after the package was made. To take the package&apos;s older version instead, choose “Replace my later changes”.</source>
        <translation>
            <numerusform>This computer&apos;s version is kept for %n item changed here after the package was made. To take the package&apos;s older version instead, choose “Replace my later changes”.</numerusform>
            <numerusform>This computer&apos;s version is kept for %n items changed here after the package was made. To take the package&apos;s older version instead, choose “Replace my later changes”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorChart</name>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/indicator_chart.py" line="141"/>
        <source>{name}: baseline {baseline}, target {target}, latest {latest} (%n value(s))</source>
        <translation>
            <numerusform>{name}: baseline {baseline}, target {target}, latest {latest} (%n value)</numerusform>
            <numerusform>{name}: baseline {baseline}, target {target}, latest {latest} (%n values)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/library/library_page.py" line="338"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LinksEditor</name>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/assessment/links_editor.py" line="148"/>
        <source>%n linked file(s) cannot be found: moved, renamed or deleted. Put the file back, or remove the link and add the file where it is now.</source>
        <translation>
            <numerusform>%n linked file cannot be found: moved, renamed or deleted. Put the file back, or remove the link and add the file where it is now.</numerusform>
            <numerusform>%n linked files cannot be found: moved, renamed or deleted. Put the file back, or remove the link and add the file where it is now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/assessment/links_editor.py" line="192"/>
        <source>%n file(s) not linked: the path is longer than {limit} characters. Move the file to a folder with a shorter path, then link it.</source>
        <translation>
            <numerusform>%n file not linked: the path is longer than {limit} characters. Move the file to a folder with a shorter path, then link it.</numerusform>
            <numerusform>%n files not linked: the path is longer than {limit} characters. Move the file to a folder with a shorter path, then link it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/assessment/links_editor.py" line="202"/>
        <source>%n file(s) not linked: a rating links at most {limit} files. Remove a link you no longer need, then add the file again.</source>
        <translation>
            <numerusform>%n file not linked: a rating links at most {limit} files. Remove a link you no longer need, then add the file again.</numerusform>
            <numerusform>%n files not linked: a rating links at most {limit} files. Remove a link you no longer need, then add the file again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="424"/>
        <source>Imported: %n item(s) added or changed.</source>
        <translation>
            <numerusform>Imported: %n item added or changed.</numerusform>
            <numerusform>Imported: %n items added or changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/main_window.py" line="459"/>
        <source>A content pack has %n problem(s) and was not loaded.</source>
        <translation>
            <numerusform>A content pack has %n problem and was not loaded.</numerusform>
            <numerusform>A content pack has %n problems and was not loaded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Package</name>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="286"/>
        <source>unknown manifest field(s): {keys}</source>
        <translation>
            <numerusform>unknown manifest field: {keys}</numerusform>
            <numerusform>unknown manifest fields: {keys}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/exchange/errors.py" line="289"/>
        <source>missing manifest field(s): {keys}</source>
        <translation>
            <numerusform>missing manifest field: {keys}</numerusform>
            <numerusform>missing manifest fields: {keys}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackageChanges</name>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/exchange/change_texts.py" line="158"/>
        <source>%n rating(s) added or changed</source>
        <translation>
            <numerusform>%n rating added or changed</numerusform>
            <numerusform>%n ratings added or changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/exchange/change_texts.py" line="169"/>
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n rating</numerusform>
            <numerusform>%n ratings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/session.py" line="70"/>
        <source>Change status of %n action(s)</source>
        <translation>
            <numerusform>Change status of %n action</numerusform>
            <numerusform>Change status of %n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/session.py" line="72"/>
        <source>Change who is responsible for %n action(s)</source>
        <translation>
            <numerusform>Change who is responsible for %n action</numerusform>
            <numerusform>Change who is responsible for %n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/session.py" line="73"/>
        <source>Change %n action(s)</source>
        <translation>
            <numerusform>Change %n action</numerusform>
            <numerusform>Change %n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/session.py" line="342"/>
        <source>Delete %n action(s)</source>
        <translation>
            <numerusform>Delete %n action</numerusform>
            <numerusform>Delete %n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDialogs</name>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/dialogs.py" line="38"/>
        <source>Delete action(s)</source>
        <translation>
            <numerusform>Delete action</numerusform>
            <numerusform>Delete actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/dialogs.py" line="39"/>
        <source>Delete %n action(s)?</source>
        <translation>
            <numerusform>Delete %n action?</numerusform>
            <numerusform>Delete %n actions?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/dialogs.py" line="79"/>
        <source>Make them responsible for %n action(s):</source>
        <translation>
            <numerusform>Make them responsible for %n action:</numerusform>
            <numerusform>Make them responsible for %n actions:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanExportDialog</name>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/export_dialog.py" line="109"/>
        <source>%n action(s) written to {path}.</source>
        <translation>
            <numerusform>%n action written to {path}.</numerusform>
            <numerusform>%n actions written to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Presentation</name>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/workshop/presentation_slides.py" line="220"/>
        <source>Rated by {rated} of %n participant(s)</source>
        <translation>
            <numerusform>Rated by {rated} of %n participant</numerusform>
            <numerusform>Rated by {rated} of %n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoreCounts</name>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/common/formatting.py" line="139"/>
        <source>%n not applicable</source>
        <translation>
            <numerusform>%n not applicable</numerusform>
            <numerusform>%n not applicable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/common/formatting.py" line="141"/>
        <source>%n outside our competence</source>
        <translation>
            <numerusform>%n outside our competence</numerusform>
            <numerusform>%n outside our competence</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetImportCommands</name>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/import_command.py" line="39"/>
        <source>Import %n action(s) from a spreadsheet</source>
        <translation>
            <numerusform>Import %n action from a spreadsheet</numerusform>
            <numerusform>Import %n actions from a spreadsheet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SheetImportTexts</name>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="282"/>
        <source>%n new action(s)</source>
        <translation>
            <numerusform>%n new action</numerusform>
            <numerusform>%n new actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="283"/>
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="284"/>
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="285"/>
        <source>%n row(s) left out</source>
        <translation>
            <numerusform>%n row left out</numerusform>
            <numerusform>%n rows left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/sheet_import_dialog.py" line="289"/>
        <source>%n indicator(s) added or updated</source>
        <translation>
            <numerusform>%n indicator added or updated</numerusform>
            <numerusform>%n indicators added or updated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/plan/timeline_text.py" line="132"/>
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>Overdue by %n day</numerusform>
            <numerusform>Overdue by %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message numerus="yes">
        <location filename="../../src/toolbox_desktop/ui/workshop/workshop_view.py" line="209"/>
        <source>Workshop: {title} — %n participant(s) ({kind})</source>
        <translation>
            <numerusform>Workshop: {title} — %n participant ({kind})</numerusform>
            <numerusform>Workshop: {title} — %n participants ({kind})</numerusform>
        </translation>
    </message>
</context>
</TS>

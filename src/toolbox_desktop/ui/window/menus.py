"""The main window's menu bar: File, Edit, Go, Language and Help, with their keys (the file
commands of File are ``file_actions``).

Built by a function over the window, so that the window's module keeps to holding the areas;
every action calls one of the window's methods.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenuBar

from toolbox_desktop import APP_NAME
from toolbox_desktop.languages import native_name, shipped_languages
from toolbox_desktop.ui.dashboard.scoring_help import show_scoring_help
from toolbox_desktop.ui.window.rows import ASSESSMENT_ROW, LIBRARY_ROW, PLAN_ROW, REPORTS_ROW
from toolbox_desktop.ui.window.undo_actions import undo_redo_actions
from toolbox_desktop.ui.window.view_options import view_menu


def build_menus(window) -> None:
    """Give ``window`` (a ``MainWindow``) a new menu bar in the language now installed; keeps
    the actions tests and other parts look for as its attributes (``undo_action``,
    ``present_action``, ...).

    Every action belongs to the bar, so that building the menus again after a language switch
    (``ui/window/language.py``) deletes the old ones with their shortcuts.
    """
    bar = QMenuBar(window)
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    _file_commands(window, bar, file_menu)
    export_csv = QAction(
        QCoreApplication.translate("MainWindow", "Export action plan as &CSV…"), bar
    )
    export_csv.triggered.connect(lambda: window._export_plan("csv"))
    export_ics = QAction(
        QCoreApplication.translate("MainWindow", "Export &deadlines as calendar (.ics)…"), bar
    )
    export_ics.triggered.connect(lambda: window._export_plan("ics"))
    window.import_sheet_action = QAction(
        QCoreApplication.translate("MainWindow", "Import actions from a &spreadsheet…"), bar
    )
    window.import_sheet_action.setToolTip(
        QCoreApplication.translate(
            "MainWindow", "Add or update actions from an .xlsx or .csv file, one step to undo"
        )
    )
    window.import_sheet_action.triggered.connect(lambda: window.import_plan_sheet())
    for action in (export_csv, export_ics, window.import_sheet_action):
        action.setEnabled(window.conn is not None)
        file_menu.addAction(action)
    file_menu.addSeparator()
    window.export_package_action = QAction(
        QCoreApplication.translate("MainWindow", "&Export package…"), bar
    )
    window.export_package_action.setToolTip(
        QCoreApplication.translate(
            "MainWindow", "An assessment, the plan or everything in one file for another laptop"
        )
    )
    window.export_package_action.triggered.connect(window.export_package)
    window.import_package_action = QAction(
        QCoreApplication.translate("MainWindow", "&Import package…"), bar
    )
    window.import_package_action.setToolTip(
        QCoreApplication.translate(
            "MainWindow", "See what a package adds or changes, then import it"
        )
    )
    window.import_package_action.triggered.connect(lambda: window.import_packages())
    for action in (window.export_package_action, window.import_package_action):
        action.setEnabled(window.conn is not None)
        file_menu.addAction(action)
    file_menu.addSeparator()
    quit_action = QAction(QCoreApplication.translate("MainWindow", "&Quit"), bar)
    # Ctrl+Q everywhere: the platform's Quit key is empty on Windows (and headless).
    quit_keys = [
        *QKeySequence.keyBindings(QKeySequence.StandardKey.Quit),
        QKeySequence("Ctrl+Q"),
    ]
    quit_action.setShortcuts(list({key.toString(): key for key in quit_keys}.values()))
    quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    quit_action.triggered.connect(window.close)
    file_menu.addAction(quit_action)

    edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    undo_action, redo_action = undo_redo_actions(window.undo_stack, bar)
    undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
    # Ctrl+Shift+Z everywhere, plus the platform's own (Ctrl+Y on Windows); each once,
    # since a key bound twice to one action is ambiguous and fires nothing.
    redo_keys = [QKeySequence("Ctrl+Shift+Z")]
    redo_keys += [
        key
        for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if key not in redo_keys
    ]
    redo_action.setShortcuts(redo_keys)
    edit_menu.addAction(undo_action)
    edit_menu.addAction(redo_action)
    edit_menu.addSeparator()
    window.undo_action, window.redo_action = undo_action, redo_action
    find_action = QAction(QCoreApplication.translate("MainWindow", "&Find…"), bar)
    find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
    find_action.triggered.connect(window._find)
    edit_menu.addAction(find_action)

    view_menu(window, bar)

    go_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Go"))
    library_action = QAction(QCoreApplication.translate("MainWindow", "&Library"), bar)
    library_action.setShortcut(QKeySequence("Ctrl+1"))
    library_action.triggered.connect(lambda: window.show_area(LIBRARY_ROW))
    go_menu.addAction(library_action)
    assessment_action = QAction(QCoreApplication.translate("MainWindow", "&Assessment"), bar)
    assessment_action.setShortcut(QKeySequence("Ctrl+2"))
    assessment_action.setEnabled(window.conn is not None)
    assessment_action.triggered.connect(lambda: window.show_area(ASSESSMENT_ROW))
    go_menu.addAction(assessment_action)
    plan_action = QAction(QCoreApplication.translate("MainWindow", "Action &plan"), bar)
    plan_action.setShortcut(QKeySequence("Ctrl+3"))
    plan_action.setEnabled(window.conn is not None)
    plan_action.triggered.connect(lambda: window.show_area(PLAN_ROW))
    go_menu.addAction(plan_action)
    reports_action = QAction(QCoreApplication.translate("MainWindow", "&Reports"), bar)
    reports_action.setShortcut(QKeySequence("Ctrl+4"))
    reports_action.setEnabled(window.conn is not None)
    reports_action.triggered.connect(lambda: window.show_area(REPORTS_ROW))
    go_menu.addAction(reports_action)
    go_menu.addSeparator()
    window.present_action = QAction(
        QCoreApplication.translate("MainWindow", "Pr&esent on a projector"), bar
    )
    window.present_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
    window.present_action.setToolTip(
        QCoreApplication.translate(
            "MainWindow", "The assessment shown, full screen, one benchmark at a time"
        )
    )
    window.present_action.setEnabled(window.conn is not None)
    window.present_action.triggered.connect(window.present)
    go_menu.addAction(window.present_action)

    _language_menu(window, bar)

    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    _help_entries(window, bar, help_menu)
    problems_action = QAction(
        QCoreApplication.translate("MainWindow", "Content pack &problems…"), bar
    )
    problems_action.setEnabled(bool(window.failed_packs))
    problems_action.triggered.connect(window.show_pack_problems)
    help_menu.addAction(problems_action)
    scoring_action = QAction(
        QCoreApplication.translate("MainWindow", "How &scores are computed"), bar
    )
    scoring_action.triggered.connect(lambda: show_scoring_help(window))
    help_menu.addAction(scoring_action)
    training_action = QAction(
        QCoreApplication.translate("MainWindow", "Open the &training municipality…"), bar
    )
    training_action.setToolTip(
        QCoreApplication.translate(
            "MainWindow",
            "A fictional town to explore every screen, in a window and file of its own",
        )
    )
    training_action.triggered.connect(window.open_training_municipality)
    help_menu.addAction(training_action)
    window.training_action = training_action
    about_action = QAction(
        QCoreApplication.translate("MainWindow", "&About {app}").format(app=APP_NAME), bar
    )
    about_action.triggered.connect(window._about)
    help_menu.addAction(about_action)
    window.setMenuBar(bar)  # the old bar, and with it every old action, is deleted


def _file_commands(window, bar: QMenuBar, file_menu) -> None:
    """New, Open, Open recent, Save a copy and Restore from a backup (``file_actions``)."""
    window.new_file_action = QAction(QCoreApplication.translate("MainWindow", "&New file…"), bar)
    window.new_file_action.setToolTip(
        QCoreApplication.translate("MainWindow", "Start a new, empty database file and open it")
    )
    window.new_file_action.triggered.connect(lambda: window.new_file())
    # Ctrl+N from anywhere: the plan opens with a new action, its title ready to type.
    window.new_action_action = QAction(QCoreApplication.translate("MainWindow", "New &action"), bar)
    window.new_action_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
    window.new_action_action.setEnabled(window.conn is not None)
    window.new_action_action.triggered.connect(lambda: window.new_action())
    window.open_file_action = QAction(QCoreApplication.translate("MainWindow", "&Open…"), bar)
    window.open_file_action.setShortcut(QKeySequence("Ctrl+O"))
    window.open_file_action.setToolTip(
        QCoreApplication.translate("MainWindow", "Open another toolbox database file")
    )
    window.open_file_action.triggered.connect(lambda: window.open_file())
    file_menu.addAction(window.new_action_action)
    file_menu.addAction(window.new_file_action)
    file_menu.addAction(window.open_file_action)
    recent = QCoreApplication.translate("MainWindow", "Open &recent")
    window.recent_menu = file_menu.addMenu(recent)
    # Filled each time it opens: a file may have gone, or another window added one.
    window.recent_menu.aboutToShow.connect(lambda: window.fill_recent_menu(window.recent_menu))
    window.fill_recent_menu(window.recent_menu)
    window.open_region_action = QAction(
        QCoreApplication.translate("MainWindow", "Open re&gion file…"), bar
    )
    window.open_region_action.setToolTip(
        QCoreApplication.translate(
            "MainWindow",
            "See where the towns of a region stand, and yours among them (read-only, in a "
            "window of its own)",
        )
    )
    window.open_region_action.triggered.connect(lambda: window.open_region_file())
    file_menu.addAction(window.open_region_action)
    file_menu.addSeparator()
    window.save_copy_action = QAction(
        QCoreApplication.translate("MainWindow", "Save a cop&y…"), bar
    )
    window.save_copy_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
    window.save_copy_action.setToolTip(
        QCoreApplication.translate(
            "MainWindow", "All the data of this file, as it is now, in a new file of your choice"
        )
    )
    window.save_copy_action.setEnabled(window.conn is not None)
    window.save_copy_action.triggered.connect(lambda: window.save_copy())
    file_menu.addAction(window.save_copy_action)
    window.restore_backup_action = QAction(
        QCoreApplication.translate("MainWindow", "Restore from a &backup…"), bar
    )
    window.restore_backup_action.setToolTip(
        QCoreApplication.translate("MainWindow", "Go back to the data as it was on an earlier day")
    )
    window.restore_backup_action.setEnabled(window.conn is not None and not window.is_training)
    window.restore_backup_action.triggered.connect(window.restore_from_backup)
    file_menu.addAction(window.restore_backup_action)
    file_menu.addSeparator()


def _language_menu(window, bar: QMenuBar) -> None:
    """One entry a shipped language, each in its own language (a reader of any of them finds
    theirs), the one spoken now checked; ``window.language_actions`` by language code."""
    menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Language"))
    group = QActionGroup(bar)
    group.setExclusive(True)
    window.language_actions = {}
    for code in shipped_languages():
        action = QAction(native_name(code), bar)
        action.setCheckable(True)
        action.setChecked(code == window.language)
        action.setData(code)
        action.triggered.connect(lambda _checked=False, code=code: window.choose_language(code))
        group.addAction(action)
        menu.addAction(action)
        window.language_actions[code] = action


def _help_entries(window, bar: QMenuBar, help_menu) -> None:
    """Help for where the user is (F1), every key, and the first steps again."""
    from toolbox_desktop.ui.window import help_texts

    area_help = QAction(QCoreApplication.translate("MainWindow", "Help for this a&rea"), bar)
    area_help.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    if area_help.shortcut().isEmpty():
        area_help.setShortcut(QKeySequence(Qt.Key.Key_F1))
    area_help.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    area_help.triggered.connect(lambda: help_texts.show_area_help(window))
    help_menu.addAction(area_help)
    window.area_help_action = area_help
    keys = QAction(QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"), bar)
    keys.triggered.connect(lambda: help_texts.show_shortcuts(window))
    help_menu.addAction(keys)
    window.shortcuts_action = keys
    started = QAction(QCoreApplication.translate("MainWindow", "&Getting started"), bar)
    started.setEnabled(window.conn is not None and not window.is_training)
    started.triggered.connect(window.show_getting_started)
    help_menu.addAction(started)
    window.getting_started_action = started
    help_menu.addSeparator()

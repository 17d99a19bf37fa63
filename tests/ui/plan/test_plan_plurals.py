"""The plan counts its actions in words that fit the count: "1 action", "2 actions", in the
filter bar and in the Edit menu's undo text, in English and in German."""

from __future__ import annotations

from pathlib import Path

import pytest
from plan_helpers import sample_actions
from PySide6.QtCore import QCoreApplication, QTranslator

GERMAN = Path(__file__).resolve().parents[3] / "resources" / "translations" / "toolbox_de.qm"


@pytest.fixture
def german(qapp):
    translator = QTranslator()
    assert translator.load(str(GERMAN))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_one_action_is_counted_in_the_singular(make_plan_page, workspace):
    page = make_plan_page(sample_actions(workspace.content, 1))
    assert page.filters.count_label.text() == "1 action"


def test_two_actions_are_counted_in_the_plural(make_plan_page, workspace, plan_stack):
    page = make_plan_page(sample_actions(workspace.content, 2))
    assert page.filters.count_label.text() == "2 actions"
    page.session.delete_actions([action.id for action in page.session.actions()])
    assert plan_stack.undoText() == "Delete 2 actions"


def test_the_plan_counts_in_german(german, make_plan_page, workspace, plan_stack):
    page = make_plan_page(sample_actions(workspace.content, 2))
    assert page.filters.count_label.text() == "2 Maßnahmen"
    page.filters.show_count(1, 1)
    assert page.filters.count_label.text() == "1 Maßnahme"
    page.session.delete_actions([page.session.actions()[0].id])
    assert plan_stack.undoText() == "1 Maßnahme löschen"

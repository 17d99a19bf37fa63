"""The guide's tab, a quick win's page with its plan bar and the action editor's note about
the quick win fit a 1280 x 720 screen under a 40 % longer pseudo-translation and in every
shipped language (see tests/ui/test_pseudo_translation.py for the method; its fixtures come
through this folder's conftest)."""

from __future__ import annotations

import pytest
from language_helpers import LanguageState
from test_pseudo_translation import TRANSLATED, make_town
from window_walk import Walk, assert_nothing_cut

from toolbox_desktop.ui.library.library_page import GUIDANCE_TAB
from toolbox_desktop.ui.window.rows import LIBRARY_ROW

SCREEN = (1280, 720)


def walk_guide(window, qtbot) -> Walk:
    walk = Walk(window, qtbot, SCREEN)
    window.show_area(LIBRARY_ROW)
    library = window.library
    library.tabs.setCurrentIndex(GUIDANCE_TAB)
    for code in ("pack/leaders-guide", "qw.integration-centre", "qw.train-frontline-staff"):
        library.select_code(code)
        walk.look(f"Library › {code}")
    bar = library.plan_bar
    assert bar.isVisible()
    if not bar.actions:
        bar.add_button.click()
    walk.look("Library › a quick win in the plan")
    bar.open_button.click()
    origin = window.plan_area.page.editor.form.origin
    assert origin.isVisible()
    walk.look("Action plan › an action made from a quick win")
    return walk


def test_the_guide_fits_in_a_40_percent_longer_language(
    pseudo_language, backups_here, open_window, qtbot, tmp_path, pack_copy
):
    town = make_town(tmp_path, pack_copy.parent)
    window = open_window(town, SCREEN)
    walk = walk_guide(window, qtbot)
    window.close()
    town.other.close()
    town.close()
    assert_nothing_cut(walk)


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_guide_fits_in_every_shipped_language(
    code, qapp, backups_here, open_window, qtbot, tmp_path, pack_copy
):
    from toolbox_desktop.ui.common.language import apply_language

    state = LanguageState()
    apply_language(code)
    try:
        town = make_town(tmp_path, pack_copy.parent, code)
        window = open_window(town, SCREEN)
        walk = walk_guide(window, qtbot)
        window.close()
        town.other.close()
        town.close()
    finally:
        state.restore()
    assert_nothing_cut(walk)

"""The region report on the Reports page: its region file is chosen in a field with Browse…;
without one, or with a file that is not a region file, the page says why and writes nothing."""

from __future__ import annotations

import pytest

from region_sample import sample_region
from toolbox_desktop.ui.common import region_files
from toolbox_desktop.ui.reports.reports_page import ReportsPage


@pytest.fixture
def page(workspace, qtbot):
    page = ReportsPage(workspace.conn, workspace.content)
    qtbot.addWidget(page)
    page.show()
    page.choose("region")
    return page


def test_the_region_file_is_chosen_with_browse(page, tmp_path, pack_copy, monkeypatch):
    region = sample_region(tmp_path / "region", pack_copy.parent).path
    field = page.options_box.widgets["region"]
    assert field.isVisible() and page.year_spin.isVisible()
    assert not page.group_combo.isVisible()
    monkeypatch.setattr(region_files, "choose_region_file", lambda *_args: region)
    field.browse_button.click()
    assert page.choices().region == str(region)
    assert page.prepare().data["figures"].towns == 10


@pytest.mark.parametrize("typed", ["", "not-a-region.sqlite3"])
def test_without_a_region_file_the_page_says_why(page, workspace, monkeypatch, tmp_path, typed):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "out.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), ""))
    )
    if typed:
        (tmp_path / typed).write_text("minutes of a meeting")
        page.options_box.widgets["region"].set_path(tmp_path / typed)
    page.save_button.click()
    status = page.footer.status_label.text()
    assert ("needs a region file" if not typed else "is not a region file") in status
    assert not target.exists()

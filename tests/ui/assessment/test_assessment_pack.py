"""The assessment's details show the content pack and version it was made with; a new
assessment's form does not (it is made with the pack loaded now)."""

from pack_helpers import SHIPPED_VERSION
from toolbox_desktop.ui.common.plain_text import PlainLabel


def texts(dialog) -> list[str]:
    return [label.text() for label in dialog.findChildren(PlainLabel)]


def test_the_details_show_the_pack_the_assessment_was_made_with(page):
    seen = {}

    def look(dialog) -> bool:
        seen["texts"] = texts(dialog)
        return False

    page.open_dialog = look
    page.edit_assessment()
    assert f"whole-comm, version {SHIPPED_VERSION}" in seen["texts"]
    page.new_assessment()
    assert not any("version" in text for text in seen["texts"])

"""PySide6's per-module source check, answered from the file's bytes: the same answers."""

from __future__ import annotations

import sys
import types

import pytest

from toolbox_desktop.ui import feature_hook


def _check():
    return getattr(sys.modules[feature_hook.FEATURE_MODULE], feature_hook.CHECK_NAME)


def test_the_window_package_installs_the_cheaper_check():
    import toolbox_desktop.ui  # noqa: F401

    assert feature_hook.install() is True
    assert _check().replaced is not None
    assert feature_hook.install() is True  # a second call keeps the one replacement
    assert _check().replaced.__name__ == "_mod_uses_pyside"


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # inspect, on built-in modules
def test_every_loaded_module_gets_the_answer_pyside6_itself_gives():
    import toolbox_desktop.storage.workspace  # (no Qt)
    import toolbox_desktop.ui.main_window  # noqa: F401  (the window's modules and Qt's)

    check = _check()
    modules = [m for m in list(sys.modules.values()) if isinstance(m, types.ModuleType)]
    answers = {m.__name__: check(m) for m in modules}
    assert answers == {m.__name__: check.replaced(m) for m in modules}
    assert answers["toolbox_desktop.ui.main_window"] is True
    assert answers["toolbox_desktop.storage.workspace"] is False
    assert answers["sys"] is False  # built in: no source


def test_a_module_whose_file_is_gone_counts_as_not_using_pyside6(tmp_path):
    source = tmp_path / "vanished.py"
    source.write_text("import PySide6\n", encoding="utf-8")
    module = types.ModuleType("vanished")
    module.__file__ = str(source)
    assert _check()(module) is True
    source.unlink()
    assert _check()(module) is False
    assert _check().replaced(module) is False

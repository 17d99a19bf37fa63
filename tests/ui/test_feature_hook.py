"""PySide6's per-module source check, answered from the file's bytes: the same answers, and
the one PySide6's imports actually ask."""

from __future__ import annotations

import importlib
import sys
import types
import zipfile

import pytest

from toolbox_desktop.ui import feature_hook


def _feature():
    return sys.modules[feature_hook.FEATURE_MODULE]


def _check():
    return getattr(_feature(), feature_hook.CHECK_NAME)


@pytest.fixture
def fresh_modules(monkeypatch, tmp_path):
    """Import modules written now from ``tmp_path`` (forgotten again afterwards)."""
    monkeypatch.syspath_prepend(str(tmp_path))
    importlib.invalidate_caches()
    names: list[str] = []

    def load(name: str):
        names.append(name)
        __import__(name)  # as an import statement does: through PySide6's import hook
        return sys.modules[name]

    yield load
    for name in names:
        sys.modules.pop(name, None)
        _feature().pyside_feature_dict.pop(name, None)


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


def test_an_import_statement_asks_the_cheaper_check(fresh_modules, tmp_path, monkeypatch):
    feature_hook.install()
    asked = []
    ours = _check()

    def spy(module):
        asked.append(module.__name__)
        return ours(module)

    monkeypatch.setattr(_feature(), feature_hook.CHECK_NAME, spy)
    (tmp_path / "hook_probe_qt.py").write_text("import PySide6  # a window\n", encoding="utf-8")
    (tmp_path / "hook_probe_plain.py").write_text("VALUE = 1\n", encoding="utf-8")
    fresh_modules("hook_probe_qt")
    fresh_modules("hook_probe_plain")
    assert {"hook_probe_qt", "hook_probe_plain"} <= set(asked)
    recorded = _feature().pyside_feature_dict
    assert recorded["hook_probe_qt"] == 0  # uses PySide6: follows the (default) features
    assert recorded["hook_probe_plain"] == -1  # ignored by PySide6's feature switching


def test_a_module_from_a_zip_is_left_to_pyside6_s_own_check(fresh_modules, tmp_path):
    feature_hook.install()
    archive = tmp_path / "zipped.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("hook_zipped.py", "from PySide6 import QtCore\n")
    sys.path.insert(0, str(archive))
    try:
        module = fresh_modules("hook_zipped")
    finally:
        sys.path.remove(str(archive))
    assert _check()(module) is True
    assert _check().replaced(module) is True


def test_a_module_whose_file_is_gone_gets_pyside6_s_own_answer(fresh_modules, tmp_path):
    feature_hook.install()
    source = tmp_path / "hook_vanishing.py"
    source.write_text("import PySide6\n", encoding="utf-8")
    module = fresh_modules("hook_vanishing")
    assert _check()(module) is True
    source.unlink()
    assert _check()(module) is _check().replaced(module) is False

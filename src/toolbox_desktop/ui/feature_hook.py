"""A cheaper answer to the question PySide6 asks about every module imported after it.

Once loaded, PySide6 replaces Python's ``__import__`` (for its opt-in ``from __feature__
import snake_case``) and, after each import statement, asks once per module whether the
module's source mentions "PySide6" (``shibokensupport.feature._mod_uses_pyside``). It finds
out with ``inspect.getsource``, which reads, decodes and splits the whole file into lines and
keeps them in ``linecache``: 0.1 ms for a short module, up to 1.6 ms for a long one of the
standard library, 10-15 ms of every start of a pip installation (a frozen build has no
sources). The same question is answered here by searching the file's bytes, with the same
answer (the test compares both on every loaded module): only for a module loaded from its
``.py`` file by Python's own loader; any other (a zip, a frozen build, an extension, a file
that cannot be read) still goes to PySide6's own check. If a PySide6 release moves the
function, nothing is replaced and the start is only slower. The same cost is discussed in
napari/napari#8584.
"""

from __future__ import annotations

import sys
from importlib.machinery import SourceFileLoader

FEATURE_MODULE = "shibokensupport.feature"
CHECK_NAME = "_mod_uses_pyside"


def install() -> bool:
    """Replace PySide6's source check with ``uses_pyside``; False when there is none to
    replace (another PySide6 layout). Call after PySide6 is imported; twice is harmless."""
    import PySide6.QtCore  # noqa: F401  (loads the hook's module)

    feature = sys.modules.get(FEATURE_MODULE)
    original = getattr(feature, CHECK_NAME, None)
    if original is None or not callable(original):
        return False
    if getattr(original, "replaced", None) is not None:
        return True

    def uses_pyside(module) -> bool:
        """Whether ``module``'s source contains "PySide6", as PySide6's check answers."""
        path = getattr(module, "__file__", None)
        loader = getattr(getattr(module, "__spec__", None), "loader", None)
        if not (
            isinstance(path, str) and path.endswith(".py") and isinstance(loader, SourceFileLoader)
        ):
            return original(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except (OSError, ValueError):  # gone, or a name no file can have: PySide6 decides
            return original(module)

    uses_pyside.replaced = original
    setattr(feature, CHECK_NAME, uses_pyside)
    return True

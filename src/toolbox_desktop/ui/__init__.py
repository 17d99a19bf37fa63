"""The window: everything that uses PySide6 (besides ``app.py``, which starts it).

Loading this package loads PySide6 and makes its import hook cheap (``feature_hook``) before
any of the window's modules is imported."""

from toolbox_desktop.ui import feature_hook

feature_hook.install()

"""The parts of the main window (``ui/main_window.py``), one job per module: its menus, its
package and workshop commands, its backup commands, its language switch, and the check before
it closes. Their texts keep the ``MainWindow`` translation context: they are the window's."""

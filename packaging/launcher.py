"""The frozen app's entry point: the same ``main`` as the ``toolbox-desktop`` command.

``freeze_support`` first: ``region merge`` reads many packages in worker processes started
with ``spawn``; in a frozen program each worker starts this very executable again, and only
``freeze_support`` turns that start into a worker instead of a second app (or a second merge).
"""

import multiprocessing
import sys

from toolbox_desktop.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())

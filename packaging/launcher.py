"""The frozen app's entry point: the same ``main`` as the ``toolbox-desktop`` command."""

import sys

from toolbox_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())

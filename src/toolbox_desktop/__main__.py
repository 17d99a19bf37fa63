"""Allow `python -m toolbox_desktop`."""

import sys

from toolbox_desktop.cli import main

sys.exit(main())

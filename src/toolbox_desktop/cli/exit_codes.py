"""The exit codes of every ``toolbox-desktop`` command, in one place."""

EXIT_OK = 0  # done
EXIT_PROBLEMS = 1  # ran, and found problems (``content check``)
EXIT_ERROR = 2  # could not do it: bad input, unreadable file, refused package

"""The command line's exit statuses, in one table: ``main.py`` and the headless run return
them, the tests assert them, and the README lists them.

Scripts test them, so each failure has one status, the same whichever way it shows up.
"""

EXIT_OK = 0
# The run failed: training diverged, memory ran out, the curves could not be written, or an
# unexpected error (its traceback is in the log file the message names).
EXIT_FAILED = 1
# Refused before anything was trained: bad options or data, an output that may not or cannot
# be written, a run too large for the memory.
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # Ctrl+C: 128 + SIGINT, the shell's convention
EXIT_BROKEN_PIPE = 141  # the reader of the output went away (| head): 128 + SIGPIPE, quietly
EXIT_TERMINATED = 143  # SIGTERM (kill, timeout): 128 + SIGTERM, after cleaning up

"""``python -m monitor_app`` — the same as the ``trial-monitor`` command.

Imports are absolute so that PyInstaller can use this file as its entry script.
"""

import sys

from monitor_app.cli import main

if __name__ == "__main__":
    sys.exit(main())

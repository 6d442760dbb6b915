"""The frozen program's entry script (PyInstaller runs this file; the installed package runs ``gisdesk.cli:main``).

Same behaviour as the ``gisdesk`` console script: no arguments opens the app, ``render``/``export``/``run``/...
work headless.
"""

import sys

from gisdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())

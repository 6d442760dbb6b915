import sys

from gisdesk.cli import main

sys.exit(main())

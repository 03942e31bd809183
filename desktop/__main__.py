"""`python -m desktop` is the `casedesk` command."""

import sys

from desktop.cli import main

sys.exit(main())

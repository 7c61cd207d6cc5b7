"""`python -m pcsc_workshop` behaves exactly like the `pcsc-workshop` command."""

import sys

from pcsc_workshop.launcher import main

sys.exit(main())

import sys

from tests.perf.runner import main

sys.exit(main())

"""``python -m ui``: start the desktop app (same as the ``peerdesk-desktop`` script)."""

import sys

from ui.app import main

sys.exit(main(sys.argv))

"""peerdesk: offline, encrypted case management for small peer-support groups.

This package is the core (domain, storage, crypto, services, reports, command line).
It never imports Qt; the desktop app lives in the separate ``ui`` package.
"""

__version__ = "0.1.0"

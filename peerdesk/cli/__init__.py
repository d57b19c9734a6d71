"""The ``peerdesk`` command line (DESIGN §5): scripts, automation and headless use."""

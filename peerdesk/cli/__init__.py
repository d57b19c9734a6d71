"""The ``peerdesk`` command line (docs/cli.md): scripts, automation and headless use."""

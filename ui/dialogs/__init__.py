"""Dialogs of the peerdesk desktop app."""

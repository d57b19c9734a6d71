"""Widgets of the peerdesk desktop app."""

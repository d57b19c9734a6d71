"""Models of the peerdesk desktop app."""

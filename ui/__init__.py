"""The peerdesk desktop app (PySide6).

It talks to the core only through ``peerdesk.services`` (plus ``domain``, ``errors`` and
``resources``); it never imports ``peerdesk.storage``, ``peerdesk.crypto`` or ``sqlcipher3``.
User text is always shown as plain text.
"""

"""Pure domain rules of peerdesk: records, vocabularies, validation, permissions.

Nothing here does I/O, touches a database, or imports Qt; services, import, reports
and the desktop forms all call these same functions so a rule is written once.
"""

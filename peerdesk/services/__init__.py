"""The services the desktop app, the reports and the command line all use.

Every write is one service call, one transaction and one audit event, and returns a
``Change`` describing what changed. Permissions are enforced here, never only in the UI.
"""

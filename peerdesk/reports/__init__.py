"""Printed reports (PDF, reportlab): built from prepared data objects, never from SQL.

Importing this package locks reportlab down: no URL scheme and no host is trusted, so no
markup can make it fetch a file or a web address while a report is built.
"""

from peerdesk.reports.safety import lock_down_reportlab

lock_down_reportlab()

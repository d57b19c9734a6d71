"""Exchange between the laptops of a group: device identities, join requests and bundles.

Each laptop holds its own replica of the group's records and its own device keys; records
travel between laptops only inside bundle files (docs/exchange.md, docs/format.md).
"""

"""Numbered schema migrations ``NNNN_name.sql``, applied in order on ``PRAGMA user_version``."""

"""Helpers shared by every test folder (vaults, groups)."""

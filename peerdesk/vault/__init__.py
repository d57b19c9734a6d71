"""The encrypted vault: folder layout, key slots, unlocking, audit chain, verify, backup."""

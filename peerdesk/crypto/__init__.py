"""Key derivation, key slots, recovery keys and signatures. No SQL and no user interface."""

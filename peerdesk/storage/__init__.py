"""The only layer that speaks SQL or touches the SQLCipher file."""

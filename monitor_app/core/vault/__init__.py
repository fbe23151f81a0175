"""The vault: a private folder holding one SQLite database whose content is ciphertext.

`crypto` (Argon2id, AES-256-GCM sealing, recovery codes), `passwords` (strength estimates),
`storage` (the connection, schema and migrations), `vault` (create, unlock, key slots,
sealed secrets, the identity's key material), `sealed_table` (sealed JSON items under opaque
ids), `atomic` (files written whole or not at all). Imports only the top of `core`.
"""

"""The vault: a private folder holding one SQLite database whose content is ciphertext.

`crypto` (Argon2id, AES-256-GCM sealing, recovery codes), `passwords` (strength estimates),
`storage` (the connection, schema and migrations), `vault` (create, unlock, re-key, sealed
secrets, the identity's key material), `key_slots` (the master key wrapped for a passphrase
or to a recipient), `rekey` (every sealed column, re-encrypted under a new key),
`trustee_shares` (SLIP-39 k-of-n shares), `trustee_sheets` (a set's facts and its sheets),
`sealed_table` (sealed JSON items under opaque ids), `atomic` (files written whole or not at
all). Imports only the top of `core`.
"""

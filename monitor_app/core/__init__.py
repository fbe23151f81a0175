"""The product, with no Qt: everything the app does, usable from the GUI, the CLI, tests
and scripts alike.

Four capability packages, each importing only those before it: `vault` (keys, passphrases,
the SQLite file and its sealed tables) ← `records` (trials, hearings, observations as
revisions and hash chains; the notebook, the taxonomy, totals, times, search) ← `sync`
(identities and key cards, contacts, bundles out and in, receipts, the watch folder) ←
`coordination` (every observer's records read together, trial links, observer statuses, the
dashboard, reports). At the top, used by all four: `errors`, `jsonio`, `paths`, `resources`,
`textsafe`. Nothing here imports PySide6 (tests/core/test_architecture.py).
"""

"""What an observer records: trials, hearings, observations and checklist answers, kept as
sealed revisions that form per-author hash chains.

`store` (the append-only revision store), `chain` (revision hashes, chain checks),
`records` (typed records built from revisions), `notebook` (every operation, validated),
`taxonomy` (the coded conditions and their fields), `timeutil` (instants and zones),
`totals` (per-hearing totals, delay), `search` (in memory only). Imports `vault` and the top
of `core`.
"""

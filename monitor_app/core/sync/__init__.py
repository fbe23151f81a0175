"""Exchanging records between vaults as signed, encrypted bundles.

`identity` (a vault's keys as key cards), `contacts` (the key cards of the people a vault
exchanges with), `minisign` (signatures `minisign -V` checks), `bundle_format` (the ZIP of
JSON inside, parsed defensively), `files` (age files written and opened as hostile input),
`export` (bundles out), `importer` (bundles in: check, then merge, all or nothing),
`receipts` (what arrived, and purging it), `watch` (a folder imported as files appear),
`arriving` (what a sync engine's half-written files, temporary names and conflict copies look like).
Imports `records`, `vault` and the top of `core`.
"""

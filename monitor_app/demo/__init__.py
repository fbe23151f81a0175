"""Fictional data for screenshots, benchmarks and manual testing: no real person or case.
`trial` fills a vault with a demo trial, `sync` the exchange of bundles around it,
`coordinator` three observers' bundles as a coordinator receives them. The app never loads
these on its own; scripts and tests call them. Imports `core` only.
"""

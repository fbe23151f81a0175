"""The sync screens: contacts and key cards (with the fingerprint check), sending bundles,
importing them (with the quarantine), removing acknowledged trials, and the coordinator's
watch folder. Screens ask for one another through `gui.common.navigation`; imports `core` and
`gui.common`.
"""

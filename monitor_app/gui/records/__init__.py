"""The record table models, and the dialogs and editors over records, shared by the
workspace and live mode: a trial, a
hearing (and its postponement), an observation (generated from the taxonomy), a hearing's
checklist, a record's history, the reason for a delete, search. Imports `core` and
`gui.common`.
"""

"""The coordinator's picture of every observer's records, and the reports made from it.

`index` (every observer's records read once, as trials, hearing sessions and comparisons),
`trial_links` (the coordinator's word that two observers' trials are one), `observer_status`
(bundles received, gaps, chains), `dashboard_snapshot` (the dashboard's figures kept sealed),
`reports` and `report_document` (a trial's report as data, then as a document to print),
`restrictions` (every restriction sentences imposed, across trials), `coming_up` (what
falls in the next days, across trials), `report_updates` (what changed since a report),
`events` (one sitting's observations by different observers grouped into corroborated
events) and `grading` (the grading scale and its rubric, as data);
`coordinator_data` reads every revision once into what the coordinator's window and the
CLI's commands show.
Imports `sync`, `records`, `vault` and the top of `core`.
"""

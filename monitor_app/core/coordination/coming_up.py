"""What is coming up across every trial the coordinator holds (`records.upcoming` over the
index's records): hearings, deadlines, reporting dates, hearings of pending proceedings and
the ends of sentence elements, in the next days.

Trials linked as one (`trial_links`) are one here too: each item carries the group's title,
and an item two observers both recorded (the same hearing, the same deadline) is listed
once.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime

from monitor_app.core.coordination.index import CoordinatorIndex
from monitor_app.core.records.search import fold
from monitor_app.core.records.upcoming import DEFAULT_DAYS, UpcomingItem, upcoming


def coordinator_upcoming(
    index: CoordinatorIndex, now: datetime, days: int = DEFAULT_DAYS
) -> list[UpcomingItem]:
    """Everything falling from today to ``days`` days ahead, by day; ``trial_id`` is the
    id of the group (its smallest trial id) and ``trial_title`` its title."""
    items = upcoming(
        index.trials.values(),
        [h for h in index.hearings.values() if h.trial_id in index.trials],
        index.sentence_elements(),
        index.proceedings(),
        now,
        days,
    )
    titles = {g.key: g.title for g in index.trial_groups()}
    listed: list[UpcomingItem] = []
    seen: set[tuple[object, ...]] = set()
    for item in items:
        group = index.group_of[item.trial_id]
        same = (item.kind, item.day, group, item.what, " ".join(fold(item.defendant).split()))
        if same in seen:
            continue
        seen.add(same)
        listed.append(dataclasses.replace(item, trial_id=group, trial_title=titles[group]))
    return listed

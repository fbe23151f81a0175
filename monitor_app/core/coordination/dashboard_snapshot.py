"""The dashboard's figures kept between sessions, so the coordinator's dashboard opens at
once instead of after every revision has been decrypted (seconds, at a hundred thousand).

The copy is sealed in the vault like everything else (table ``derived``) and is never a
source of truth: it carries the state of the vault it was worked out from — how many
revisions, the newest, how many purged, the trial links, the taxonomy — and counts as
current only while that state is unchanged. Anything else (new bundles, an edit, a link, a
purge, a newer taxonomy, figures that run on with the clock) makes it "as of" its time,
to be shown as such and worked out again. A purge deletes it with what it purged.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from monitor_app.core.coordination.dashboard_figures import Dashboard
from monitor_app.core.coordination.findings import SessionState, SittingTally
from monitor_app.core.records.taxonomy import Taxonomy
from monitor_app.core.records.timeutil import utc_now_text
from monitor_app.core.vault.sealed_table import SealedTable
from monitor_app.core.vault.vault import Vault

ITEM_ID = "dashboard"
# Of the kept copy; another number is simply worked out again. 2: free notes counted apart
# from the findings, time lost in whole seconds. 3: records left out as unreadable. 4: the
# charts count events (each once, rejected ones not at all), not observations.
FORMAT = 4


@dataclass(frozen=True)
class DashboardSnapshot:
    dashboard: Dashboard
    state: str  # `vault_state` when the figures were worked out
    made_utc: str
    # Every hearing session's tally (`figures_across`), when the figures were worked out
    # trial by trial (`coordinator_data.programme_figures`): the figures across trials.
    sittings: tuple[SittingTally, ...] | None = None

    def is_current(self, state: str) -> bool:
        """The figures are exactly what working them out now would give."""
        return self.state == state and not self.dashboard.live


def vault_state(vault: Vault, taxonomy: Taxonomy) -> str:
    """A digest of everything the dashboard's figures depend on. Revisions are only ever
    added, or removed by a purge (which records each one it removes), so their count, the
    newest row and the purged count change whenever the set of revisions does."""
    with vault.database.reading() as conn:
        return _state(conn, taxonomy)


def _state(conn: sqlite3.Connection, taxonomy: Taxonomy) -> str:
    digest = hashlib.sha256(f"dashboard-state|{FORMAT}|{taxonomy.version}".encode())
    count, newest = conn.execute("SELECT COUNT(*), MAX(rowid) FROM revisions").fetchone()
    (purged,) = conn.execute("SELECT COUNT(*) FROM purged_revisions").fetchone()
    digest.update(f"|{count}|{newest}|{purged}".encode())
    # Sealed anew on every change (fresh nonce), so the sealed bytes show any link or unlink.
    for item_id, sealed in conn.execute("SELECT item_id, sealed FROM trial_links ORDER BY item_id"):
        digest.update(f"|{item_id}|".encode() + sealed)
    return digest.hexdigest()


def load_snapshot(vault: Vault, *, sittings: bool = False) -> DashboardSnapshot | None:
    """The kept figures, or None if there are none (or of another format); the sessions'
    tallies too with ``sittings`` (thousands: the dashboard alone does without them)."""
    item = SealedTable(vault, "derived").get(ITEM_ID)
    if item is None or item.get("format") != FORMAT:
        return None
    try:
        return DashboardSnapshot(
            dashboard=_dashboard_from(item["dashboard"]),
            state=_text(item["state"]),
            made_utc=_text(item["made_utc"]),
            sittings=_tallies_from(item["sittings"]) if sittings and "sittings" in item else None,
        )
    except (KeyError, TypeError, ValueError):
        return None  # sealed by this vault, so not an attack: a copy of a shape we don't read


def save_snapshot(
    vault: Vault,
    dashboard: Dashboard,
    state: str,
    sittings: Sequence[SittingTally] | None = None,
) -> DashboardSnapshot:
    kept = None if sittings is None else tuple(sittings)
    snapshot = DashboardSnapshot(dashboard, state, utc_now_text(), kept)
    item = {
        "format": FORMAT,
        "state": state,
        "made_utc": snapshot.made_utc,
        "dashboard": _ordered(asdict(dashboard)),
    }
    if kept is not None:
        item["sittings"] = [_tally_item(t) for t in kept]
    SealedTable(vault, "derived").put(ITEM_ID, item)
    return snapshot


def _tally_item(tally: SittingTally) -> list[Any]:
    """A tally as kept: its figures of nothing left out (most are, in most sessions)."""
    return [
        tally.group,
        tally.date,
        tally.country,
        tally.state.value,
        tally.remote,
        tally.interpreted,
        tally.events,
        tally.corroborated,
        [[key, *values] for key, values in tally.of_figure.items() if any(values)],
    ]


def _tallies_from(value: Any) -> tuple[SittingTally, ...]:
    if not isinstance(value, list):
        raise TypeError
    tallies = []
    for item in value:
        if not isinstance(item, list):
            raise TypeError
        group, date, country, state, remote, interpreted, events, corroborated, figures = item
        if not (isinstance(remote, bool) and isinstance(interpreted, bool)):
            raise TypeError
        of_figure: dict[str, tuple[int, int, int]] = {}
        for entry in figures:
            key, count, seconds, unmeasured = entry
            of_figure[_text(key)] = (_count(count), _count(seconds), _count(unmeasured))
        tallies.append(
            SittingTally(
                group=_text(group),
                date=_text(date),
                country=_text(country),
                state=SessionState(state),
                remote=remote,
                interpreted=interpreted,
                events=_count(events),
                corroborated=_count(corroborated),
                of_figure=of_figure,
            )
        )
    return tuple(tallies)


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError
    return value


def _count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError
    return value


def _counts(value: Any) -> dict[str, int]:
    return {k: _count(v) for k, v in _mapping(value).items()}


def _ordered(fields: dict[str, Any]) -> dict[str, Any]:
    """Mappings as lists of [key, value] pairs: the sealed JSON sorts an object's keys, and
    the charts show their bars in the figures' own order (most frequent first, say)."""
    return {
        k: [list(p) for p in v.items()] if isinstance(v, dict) else v for k, v in fields.items()
    }


def _mapping(value: Any) -> Mapping[str, Any]:
    """Pairs back into a mapping, in their order."""
    if not isinstance(value, list):
        raise TypeError
    out = {}
    for pair in value:
        if not isinstance(pair, list):
            raise TypeError
        key, item = pair  # ValueError unless a pair
        if not isinstance(key, str):
            raise TypeError
        out[key] = item
    return out


def _dashboard_from(item: Mapping[str, Any]) -> Dashboard:
    live = item["live"]
    if not isinstance(live, bool):
        raise TypeError
    return Dashboard(
        observations=_count(item["observations"]),
        trials=_count(item["trials"]),
        by_category=_counts(item["by_category"]),
        by_country=_counts(item["by_country"]),
        by_month=_counts(item["by_month"]),
        notes=_count(item["notes"]),
        seconds_lost_by_session=_counts(item["seconds_lost_by_session"]),
        group_titles={k: _text(v) for k, v in _mapping(item["group_titles"]).items()},
        live=live,
        unreadable=_count(item["unreadable"]),
        events=_count(item["events"]),
        rejected=_count(item["rejected"]),
    )

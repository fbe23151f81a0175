"""Links between trials that observers recorded separately: the coordinator says they are
one trial, without rewriting anyone's records. A linked trial reports as one, under
either id. Suggestions come from matching case numbers and courts."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from monitor_app.core.errors import RecordNotFound, ValidationError
from monitor_app.core.records.records import Trial
from monitor_app.core.records.store import RevisionStore
from monitor_app.core.records.timeutil import utc_now_text
from monitor_app.core.vault.sealed_table import SealedTable
from monitor_app.core.vault.vault import Vault

# Hyphen, non-breaking hyphen, figure dash, en and em dash, horizontal bar, minus sign.
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")


def _normal(text: str) -> str:
    """Case, spacing, dash and compatibility variants folded: "№ 1–77/2026" = "no 1-77/2026"."""
    folded = unicodedata.normalize("NFKC", text).translate(_DASHES).casefold()
    return re.sub(r"[\s.,;:]+", " ", folded).strip()


@dataclass(frozen=True)
class TrialLink:
    first: str
    second: str
    created_utc: str


@dataclass(frozen=True)
class LinkSuggestion:
    first: Trial
    second: Trial
    reason: str


class TrialLinks:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.table = SealedTable(vault, "trial_links")

    def link(self, first: str, second: str) -> TrialLink:
        if first == second:
            raise ValidationError("trial-linked-to-itself")
        store = RevisionStore(self.vault)
        for trial_id in (first, second):
            head = store.head(trial_id)
            if head.kind != "trial" or head.deleted:
                raise RecordNotFound("no-such-trial", id=trial_id)
        a, b = sorted((first, second))
        link = TrialLink(a, b, utc_now_text())
        self.table.put(f"{a}:{b}", {"first": a, "second": b, "created_utc": link.created_utc})
        return link

    def unlink(self, first: str, second: str) -> None:
        a, b = sorted((first, second))
        if self.table.get(f"{a}:{b}") is None:
            raise RecordNotFound("trials-not-linked")
        self.table.delete(f"{a}:{b}")

    def all(self) -> list[TrialLink]:
        links = [
            TrialLink(str(i["first"]), str(i["second"]), str(i["created_utc"]))
            for i in self.table.all().values()
        ]
        return sorted(links, key=lambda link: (link.created_utc, link.first))

    def groups(self, trial_ids: Iterable[str]) -> dict[str, frozenset[str]]:
        """Each trial's group: itself and every trial linked to it, directly or not."""
        return trial_groups(trial_ids, self.all())


def trial_groups(trial_ids: Iterable[str], links: Iterable[TrialLink]) -> dict[str, frozenset[str]]:
    parent: dict[str, str] = {trial_id: trial_id for trial_id in trial_ids}

    def root(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for link in links:
        parent[root(link.first)] = root(link.second)
    members: dict[str, set[str]] = {}
    for trial_id in parent:
        members.setdefault(root(trial_id), set()).add(trial_id)
    return {trial_id: frozenset(members[root(trial_id)]) for trial_id in parent}


def suggest_links(trials: Sequence[Trial], links: Iterable[TrialLink]) -> list[LinkSuggestion]:
    """Pairs of trials in different groups with the same case number and court (and, where
    both say, the same country)."""
    groups = trial_groups((t.id for t in trials), links)
    by_case: dict[str, list[Trial]] = {}
    for trial in trials:
        if trial.case_number.strip():
            by_case.setdefault(_normal(trial.case_number), []).append(trial)
    suggestions = []
    for same_case in by_case.values():
        for i, first in enumerate(same_case):
            for second in same_case[i + 1 :]:
                if second.id in groups[first.id]:
                    continue
                if _normal(first.court) != _normal(second.court):
                    continue
                if first.country and second.country and first.country != second.country:
                    continue
                court = f", {first.court}" if first.court else ""
                suggestions.append(
                    LinkSuggestion(first, second, f"same case number {first.case_number}{court}")
                )
    return suggestions

"""Search across an unlocked vault, in memory only.

`SearchIndex.build` reads every live trial, hearing, observation and checklist answer
through the notebook once and keeps their searchable text folded (case and accents
removed: "Ёлка" matches "елка", "Café" matches "cafe"). Nothing is written anywhere: the
index lives as long as the object that holds it, and is dropped with it.

Standard library only; no Qt.
"""

from __future__ import annotations

import dataclasses
import functools
import threading
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from monitor_app.core.errors import UnknownCode
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import ChecklistAnswer, Hearing, Observation, Trial
from monitor_app.core.records.taxonomy import FieldSpec, Taxonomy, label
from monitor_app.core.records.timeutil import in_zone
from monitor_app.core.textsafe import one_line

Progress = Callable[[int, int], None]
SNIPPET_BEFORE = 30  # characters of context shown before a match
SNIPPET_CHARS = 100  # length of a snippet
_LABELLED_TYPES = ("choice", "multi", "party", "parties")


@dataclass(frozen=True)
class SearchHit:
    kind: str  # "trial", "hearing", "observation" or "checklist"
    record_id: str
    trial_id: str
    hearing_id: str | None  # None for a trial, or an observation about a trial as a whole
    title: str  # what the record is, for a list of results (untrusted: show as plain text)
    snippet: str  # one line of the matched text around the first match


@dataclass(frozen=True)
class _Folded:
    """A piece of text and its folded form. ``origin`` maps each folded character to its
    character in ``text``; None when they correspond one to one (almost always)."""

    text: str
    folded: str
    origin: tuple[int, ...] | None

    @classmethod
    def of(cls, text: str) -> _Folded:
        pieces = [_fold_char(ch) for ch in text]
        origin = None
        if any(len(piece) != 1 for piece in pieces):
            origin = tuple(i for i, piece in enumerate(pieces) for _ in piece)
        return cls(text, "".join(pieces), origin)

    def snippet(self, start: int, length: int) -> str:
        """One line of the original text around folded positions start..start+length."""
        first, last = start, start + length - 1
        if self.origin is not None:
            first, last = self.origin[first], self.origin[last]
        begin = max(first - SNIPPET_BEFORE, 0)
        end = max(begin + SNIPPET_CHARS, last + 1)
        shown = one_line(self.text[begin:end])
        return ("…" if begin > 0 else "") + shown + ("…" if end < len(self.text) else "")


@dataclass(frozen=True)
class _Entry:
    hit: SearchHit
    parts: tuple[_Folded, ...]


def fold(text: str) -> str:
    """Text for comparison: case folded, compatibility-decomposed, without accent marks."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    return fold(ch)


def _local(utc_text: str | None, tz: str) -> str:
    return in_zone(utc_text, tz).strftime("%Y-%m-%d %H:%M") if utc_text else ""


class SearchIndex:
    """The searchable text of a vault's live records, held in memory."""

    def __init__(self, entries: Iterable[_Entry] = (), complete: bool = True) -> None:
        self._entries = tuple(entries)
        self.complete = complete  # False when the build was cancelled part way

    def __len__(self) -> int:
        return len(self._entries)

    @classmethod
    def build(
        cls,
        notebook: Notebook,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
        *,
        lang: str = "en",
    ) -> SearchIndex:
        """Read every live record once. Progress is reported per trial; a set ``cancel``
        stops the build early with what was read so far (``complete`` is then False)."""
        builder = _Builder(notebook.taxonomy, lang)
        trials = notebook.list_trials()
        for done, trial in enumerate(trials, start=1):
            if cancel is not None and cancel.is_set():
                return cls(builder.entries, complete=False)
            builder.trial(trial)
            for observation in notebook.list_observations(trial.id):
                builder.observation(observation, trial)
            for hearing in notebook.list_hearings(trial.id):
                builder.hearing(hearing, trial)
                for observation in notebook.list_observations(hearing.id):
                    builder.observation(observation, trial)
                for answer in notebook.checklist(hearing.id):
                    builder.checklist(answer, trial)
            if progress is not None:
                progress(done, len(trials))
        return cls(builder.entries)

    def search(self, query: str) -> list[SearchHit]:
        """Records holding every word of ``query`` (in any of their texts), in vault order."""
        terms = fold(query).split()
        if not terms:
            return []
        hits = []
        for entry in self._entries:
            if all(any(term in part.folded for part in entry.parts) for term in terms):
                part = next(p for p in entry.parts if terms[0] in p.folded)
                snippet = part.snippet(part.folded.index(terms[0]), len(terms[0]))
                hits.append(dataclasses.replace(entry.hit, snippet=snippet))
        return hits


class _Builder:
    """Turns records into index entries; titles are in ``lang``."""

    def __init__(self, taxonomy: Taxonomy, lang: str) -> None:
        self.taxonomy = taxonomy
        self.lang = lang
        self.entries: list[_Entry] = []

    def _add(self, hit: SearchHit, texts: Iterable[str]) -> None:
        parts = tuple(_Folded.of(t) for t in texts if t)
        if parts:
            self.entries.append(_Entry(hit, parts))

    def trial(self, trial: Trial) -> None:
        texts = [trial.title, trial.case_number, trial.court, trial.country, trial.notes]
        hit = SearchHit("trial", trial.id, trial.id, None, trial.title, "")
        self._add(hit, [*texts, *trial.defendants, *trial.charges])

    def hearing(self, hearing: Hearing, trial: Trial) -> None:
        texts = [
            hearing.venue,
            hearing.platform,
            hearing.prosecutor,
            hearing.language,
            hearing.interpreter,
            hearing.postponement_reason,
            hearing.postponement_requested_by,
            hearing.notes,
        ]
        title = f"{trial.title} — {_local(hearing.scheduled_start, hearing.tz)}"
        hit = SearchHit("hearing", hearing.id, trial.id, hearing.id, title, "")
        self._add(hit, [*texts, *hearing.judges, *hearing.defence_counsel])

    def observation(self, observation: Observation, trial: Trial) -> None:
        texts = [observation.text, observation.source_detail]
        try:
            item = self.taxonomy.item(observation.code)
        except UnknownCode:  # a code from a newer taxonomy: its text is still searchable
            item_label = observation.code
        else:
            item_label = label(item.label, self.lang)
            # Labels in every language: a search in either finds the condition.
            texts += [*item.label.values(), *self.taxonomy.category(item.category).label.values()]
            for key, value in observation.fields.items():
                texts += self._field_texts(item.field_spec(key), value)
        tz = observation.revision.tz if observation.revision else "UTC"
        title = f"{item_label} — {trial.title}, {_local(observation.at, tz)}"
        hit = SearchHit("observation", observation.id, trial.id, observation.hearing_id, title, "")
        self._add(hit, texts)

    def checklist(self, answer: ChecklistAnswer, trial: Trial) -> None:
        try:
            question = label(self.taxonomy.question(answer.question).question, self.lang)
        except UnknownCode:
            question = answer.question
        title = f"{question} — {trial.title}"
        hit = SearchHit("checklist", answer.id, trial.id, answer.hearing_id, title, "")
        self._add(hit, [answer.comment])

    def _field_texts(self, spec: FieldSpec | None, value: object) -> list[str]:
        """A field's value as text: the labels (both languages) of coded values."""
        values = value if isinstance(value, list) else [value]
        if spec is None or spec.type not in _LABELLED_TYPES:
            return [str(v) for v in values if isinstance(v, str | int) and not isinstance(v, bool)]
        choices = self.taxonomy.parties if spec.type in ("party", "parties") else spec.choices
        by_code = {c.code: c.label for c in choices}
        return [text for v in values if v in by_code for text in by_code[v].values()]

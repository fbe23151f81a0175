"""Issue 15, the assessment and grade: an assessment per standard with events, a
conclusion and a grade; the grade refused without reasoning on every standard with events,
and accepted once there is; hostile values refused at entry and shown as they are when
read; and an assessment and conclusion reaching a second reviewer through real bundles,
whose revisions are their comments, under their name, at both ends."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor_app.core.coordination.assessment import (
    GradeRefused,
    StandardView,
    TrialAssessment,
    find_event,
    is_standard,
    load_trial_assessment,
    read_trial_assessment,
    save_assessment,
    save_conclusion,
    standards_with_events,
    taxonomy_standards,
)
from monitor_app.core.coordination.event_decisions import decide, every_decided_event
from monitor_app.core.coordination.events import trial_events
from monitor_app.core.coordination.grading import load_grading_scale
from monitor_app.core.coordination.index import CoordinatorIndex
from monitor_app.core.coordination.trial_links import TrialLinks
from monitor_app.core.errors import RecordNotFound, ValidationError
from monitor_app.core.records.notebook import Notebook
from monitor_app.core.records.records import EventAction, StandardAssessment, TrialConclusion
from monitor_app.core.records.revision import Revision
from monitor_app.core.records.store import RevisionStore
from monitor_app.core.records.taxonomy import load_taxonomy
from monitor_app.core.records.value_checks import MAX_TEXT_CHARS
from monitor_app.core.vault.vault import Vault
from tests.assessment_scene import (
    EXCLUDED_STANDARDS,
    OUTAGE_STANDARDS,
    STANDARDS_WITH_EVENTS,
    assess_all,
    linked_index,
    make_reviewer_template,
    opened_reviewer,
    send,
)
from tests.authorship_tools import write_own_revision
from tests.coordination_scene import Watched


@pytest.fixture(scope="session")
def reviewer_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_reviewer_template(tmp_path_factory)


@pytest.fixture
def reviewer(reviewer_template: Path, tmp_path: Path) -> Iterator[Vault]:
    yield from opened_reviewer(reviewer_template, tmp_path / "reviewer")


@pytest.fixture
def index(coordinator: Vault, watched: Watched) -> CoordinatorIndex:
    return linked_index(coordinator, watched)


def read(vault: Vault, index: CoordinatorIndex, trial_id: str, lang: str = "en") -> TrialAssessment:
    return load_trial_assessment(vault, index, trial_id, lang=lang)


def view(state: TrialAssessment, standard: str) -> StandardView:
    found = state.standard(standard)
    assert found is not None, standard
    return found


def test_the_standards_with_events_are_those_the_events_bear_on(
    coordinator: Vault, watched: Watched, index: CoordinatorIndex
) -> None:
    outage, excluded = trial_events(index, watched.trial_a)
    standards = standards_with_events(index, [outage, excluded])
    assert tuple(standards) == STANDARDS_WITH_EVENTS
    for standard in OUTAGE_STANDARDS:
        assert standards[standard] == (outage,)
    for standard in EXCLUDED_STANDARDS:
        assert standards[standard] == (excluded,)
    # Manuals and guidelines the taxonomy cites are sources, not standards to assess.
    assert not is_standard("ODIHR Trial Monitoring Manual")
    assert not is_standard("CEPEJ Videoconferencing Guidelines 2021")
    assert all(is_standard(s) for s in taxonomy_standards(index.taxonomy))
    # Nothing assessed yet: every standard with events is missing its reasoning.
    state = read(coordinator, index, watched.trial_b)
    assert [v.standard for v in state.standards] == list(STANDARDS_WITH_EVENTS)
    assert state.missing == STANDARDS_WITH_EVENTS
    assert state.conclusion is None
    assert state.trial_id == min(watched.trial_a, watched.trial_b)


def test_a_grade_is_refused_until_every_standard_with_events_has_reasoning(
    coordinator: Vault, watched: Watched, index: CoordinatorIndex
) -> None:
    notebook = Notebook(coordinator)
    trial = watched.trial_a
    # A draft conclusion, without a grade, may be saved at any time.
    draft = save_conclusion(notebook, index, trial, conclusion="Draft: the link failed.")
    assert draft.record.grade == ""
    assert not draft.comment
    with pytest.raises(GradeRefused) as refused:
        save_conclusion(notebook, index, trial, conclusion="Unfair.", grade="D")
    assert refused.value.code == "grade-without-reasoning"
    assert refused.value.params["count"] == 5
    assert refused.value.params["standards"] == "ICCPR 14(1), ICCPR 14(3)(d), GC32 para 28, …"
    assert str(refused.value) == (
        "A grade needs reasoning on every standard with events. Still without reasoning: 5 "
        "(first: ICCPR 14(1), ICCPR 14(3)(d), GC32 para 28, …)."
    )
    # Four of five, and the fifth with reasoning of blanks only: still refused, naming it.
    assess_all(coordinator, index, trial, skip=("GC32 para 29",))
    save_assessment(
        notebook, index, trial, standard="GC32 para 29", concern="minor", reasoning="  \n "
    )
    with pytest.raises(GradeRefused) as refused:
        save_conclusion(notebook, index, trial, conclusion="Unfair.", grade="D")
    assert refused.value.params == {"count": 1, "standards": "GC32 para 29"}
    state = read(coordinator, index, trial)
    assert state.missing == ("GC32 para 29",)
    assert state.grade == ""  # the refused grade saved nothing
    assert state.conclusion is not None
    assert state.conclusion.conclusion == "Draft: the link failed."
    # Complete: the grade is issued, as a revision of the draft.
    save_assessment(
        notebook,
        index,
        trial,
        standard="GC32 para 29",
        concern="minor",
        reasoning="Journalists were told to leave without a reason given.",
    )
    issued = save_conclusion(
        notebook,
        index,
        trial,
        conclusion="The defendant could not follow part of the hearing.",
        recommendations="Adjourn when the link fails.",
        grade="C",
    )
    assert issued.record.id == draft.record.id
    assert issued.record.revision is not None
    assert issued.record.revision.number == 2
    state = read(coordinator, index, watched.trial_b, lang="ru")
    assert state.missing == ()
    assert state.grade == "C"
    scale = load_grading_scale()
    assert state.grade_label == scale.label("C", "ru")
    assert state.grade_definition == scale.definition("C", "ru")
    assert state.scale_version == scale.version
    # Who concluded what, and when: every revision, oldest first.
    conclusions = [line for line in state.history if line.kind == TrialConclusion.KIND]
    assert [(line.grade, line.number) for line in conclusions] == [("", 1), ("C", 2)]
    assert {line.author for line in state.history} == {coordinator.observer_id}
    assert not any(line.comment for line in state.history)


def test_grades_off_the_scale_or_without_a_conclusion_are_refused(
    coordinator: Vault, watched: Watched, index: CoordinatorIndex
) -> None:
    notebook = Notebook(coordinator)
    assess_all(coordinator, index, watched.trial_a)
    for grade in ("E", "a", "A+", "Z" * 500, "\u202eF"):
        with pytest.raises(ValidationError) as refused:
            save_conclusion(notebook, index, watched.trial_a, conclusion="Fair.", grade=grade)
        assert refused.value.code == "grade-not-on-scale"
        assert refused.value.params["grades"] == "A, B, C, D, F"
        assert len(str(refused.value.params["got"])) <= 40
    with pytest.raises(ValidationError) as refused:
        save_conclusion(notebook, index, watched.trial_a, conclusion="  ", grade="A")
    assert refused.value.code == "grade-without-conclusion"
    assert read(coordinator, index, watched.trial_a).conclusion is None


def test_hostile_values_are_refused_at_entry(
    coordinator: Vault, watched: Watched, index: CoordinatorIndex
) -> None:
    notebook = Notebook(coordinator)
    trial = watched.trial_a
    outage = trial_events(index, trial)[0]

    def refused(code: str, **values: object) -> None:
        fields: dict[str, object] = {
            "standard": "ICCPR 14(3)(d)",
            "concern": "serious",
            "reasoning": "Why.",
        }
        fields.update(values)
        with pytest.raises(ValidationError) as caught:
            save_assessment(notebook, index, trial, **fields)  # type: ignore[arg-type]
        assert caught.value.code == code

    refused("concern-level", concern="catastrophic")
    refused("concern-level", concern="")
    refused("assessment-standard-unknown", standard="ICCPR 99")
    refused("assessment-standard-unknown", standard="ODIHR Trial Monitoring Manual")
    refused("assessment-standard-unknown", standard="  ")
    refused("text-too-long", reasoning="x" * (MAX_TEXT_CHARS + 1))
    refused("assessment-event-unknown", events=["f" * 32])
    refused("assessment-event-unknown", events=[outage.id[:7]])  # too short to name one
    refused("assessment-event-unknown", events=["'; DROP TABLE revisions; --"])
    with pytest.raises(RecordNotFound):
        save_assessment(
            notebook, index, "0" * 32, standard="ICCPR 14(1)", concern="none", reasoning="x"
        )
    assert RevisionStore(coordinator).count(StandardAssessment.KIND) == 0
    # An event is named by its id or by a start of it long enough to be one only.
    assert find_event([outage], outage.id[:8].upper()) == outage
    saved = save_assessment(
        notebook,
        index,
        trial,
        standard="ICCPR 14(3)(d)",
        concern="grave",
        reasoning="The link failed for twenty minutes.",
        events=[outage.id[:10], outage.id],  # the same event twice: cited once
    )
    assert saved.record.events == (outage.id,)
    assert saved.record.observations == (outage.members[0].observation.id,)


def test_a_cited_event_regrouped_is_found_again_and_one_gone_is_stale(
    coordinator: Vault, watched: Watched, index: CoordinatorIndex
) -> None:
    """An event's id changes when later notes join it: the assessment finds it again
    through the observation it kept; an id that names nothing is reported, not a crash."""
    outage, _excluded = trial_events(index, watched.trial_a)
    old_id, gone = "1" * 32, "2" * 32
    Notebook(coordinator).save_record(
        StandardAssessment(
            trial_id=watched.trial_a,
            standard="ICCPR 14(3)(d)",
            concern="serious",
            reasoning="As first grouped.",
            events=(old_id, gone, "not an id at all"),
            observations=(watched.outage_b,),
        ),
        parent_id=watched.trial_a,
        tz="UTC",
    )
    found = view(read(coordinator, index, watched.trial_a), "ICCPR 14(3)(d)")
    assert found.relied_on == (outage,)
    assert found.regrouped == (old_id,)
    assert found.stale == (gone, "not an id at all")
    assert found.reasoned


def test_others_values_breaking_the_rules_are_left_out_and_unknown_ones_shown(
    coordinator: Vault,
    watched: Watched,
    index: CoordinatorIndex,
    second_observer: Vault,
    tmp_path: Path,
) -> None:
    """A contact's revisions are hostile input: one whose values break the rules is left
    out and counted; a level or grade this app does not know is shown as it is."""
    notebook = Notebook(coordinator)
    trial = watched.trial_a
    save_assessment(
        notebook, index, trial, standard="ICCPR 14(1)", concern="minor", reasoning="Mine."
    )
    mine = RevisionStore(coordinator).heads(StandardAssessment.KIND)[0]
    # Their own assessment of the same standard, of a level no one knows, sent as usual.
    write_own_revision(
        second_observer,
        mine,
        number=1,
        base=None,
        record_id="e" * 32,
        body={**mine.body, "concern": "apocalyptic", "reasoning": "Theirs."},
    )
    send(second_observer, coordinator, tmp_path)
    # And a revision of mine with a list where text belongs: import refuses such values,
    # so it is put straight into the coordinator's vault, as an older version kept it.
    bad = write_own_revision(
        second_observer, mine, number=2, base=mine.rev_id, body={**mine.body, "reasoning": ["x"]}
    )
    with coordinator.database.write_transaction() as conn:
        RevisionStore(coordinator).insert(conn, [bad])
    state = read(coordinator, index, trial)
    found = view(state, "ICCPR 14(1)")
    assert found.assessment is not None
    assert found.assessment.reasoning == "Mine."
    assert found.assessment.author == coordinator.observer_id
    (theirs,) = found.comments
    assert (theirs.author, theirs.values.concern) == (second_observer.observer_id, "apocalyptic")
    assert state.unreadable == 1


def test_a_second_reviewer_comments_through_real_bundles_and_authorship_never_mixes(
    vault: Vault,
    second_observer: Vault,
    coordinator: Vault,
    reviewer: Vault,
    watched: Watched,
    index: CoordinatorIndex,
    tmp_path: Path,
) -> None:
    """Coordinator A assesses and grades; a legal expert B, who received the observers'
    notes and A's bundle, revises one assessment and the conclusion: at A and at B alike,
    A's words stay the assessment and the grade, B's are B's comments, under B's name."""
    trial = watched.trial_a
    assess_all(coordinator, index, trial)
    save_conclusion(Notebook(coordinator), index, trial, conclusion="Serious concerns.", grade="C")
    for observer in (vault, second_observer, coordinator):
        send(observer, reviewer, tmp_path)
    TrialLinks(reviewer).link(watched.trial_a, watched.trial_b)
    at_b = CoordinatorIndex.load(reviewer)
    state = read(reviewer, at_b, watched.trial_b)
    assert state.missing == ()
    assert state.conclusion is not None
    assert state.conclusion.author == coordinator.observer_id
    assert state.grade == "C"

    expert = Notebook(reviewer)
    comment = save_assessment(
        expert,
        at_b,
        trial,
        standard="ICCPR 14(1)",
        concern="grave",
        reasoning="B: the exclusion of the press was never reasoned.",
        events=[e.id for e in view(state, "ICCPR 14(1)").events],
    )
    assert comment.comment
    assert comment.owner == coordinator.observer_id
    graded = save_conclusion(expert, at_b, trial, conclusion="B: unfair.", grade="D")
    assert graded.comment
    send(reviewer, coordinator, tmp_path)
    # A revises its own assessment after B's comment, and B comments again: numbers from
    # both sides cross in both directions, and each import takes them.
    save_assessment(
        Notebook(coordinator),
        index,
        trial,
        standard="ICCPR 14(1)",
        concern="serious",
        reasoning="A: journalists were told to leave; no order was read.",
    )
    send(coordinator, reviewer, tmp_path)
    save_assessment(
        expert,
        at_b,
        trial,
        standard="ICCPR 14(1)",
        concern="grave",
        reasoning="B: still grave.",
    )
    send(reviewer, coordinator, tmp_path)

    at_a = CoordinatorIndex.load(coordinator)
    seen = {
        "A": read(coordinator, at_a, trial),
        "B": read(reviewer, CoordinatorIndex.load(reviewer), trial),
    }
    for state in seen.values():
        public = view(state, "ICCPR 14(1)")
        assert public.assessment is not None
        assert public.assessment.author == coordinator.observer_id
        assert public.assessment.reasoning.startswith("A: ")
        assert public.assessment.concern == "serious"
        (theirs,) = public.comments  # B's latest word only
        assert theirs.author == reviewer.observer_id
        assert (theirs.values.concern, theirs.values.reasoning) == ("grave", "B: still grave.")
        for other in state.standards:
            assert other.assessment is not None
            assert other.assessment.author == coordinator.observer_id
            assert not other.assessment.reasoning.startswith("B")
            assert all(c.author == reviewer.observer_id for c in other.comments)
        assert state.conclusion is not None
        assert (state.conclusion.author, state.grade) == (coordinator.observer_id, "C")
        assert state.conclusion.conclusion == "Serious concerns."
        (b_grade,) = state.conclusion_comments
        assert (b_grade.author, b_grade.values.grade) == (reviewer.observer_id, "D")
        assert state.missing == ()
    # Both hold the same history: who wrote what, and whether as a comment.
    lines = [
        (line.author, line.kind, line.standard, line.grade, line.comment, line.text)
        for line in seen["A"].history
    ]
    assert lines == [
        (line.author, line.kind, line.standard, line.grade, line.comment, line.text)
        for line in seen["B"].history
    ]
    by_b = [line for line in seen["A"].history if line.author == reviewer.observer_id]
    assert [(line.kind, line.comment) for line in by_b] == [
        ("assessment", True),
        ("conclusion", True),
        ("assessment", True),
    ]
    assert [line.grade for line in seen["A"].history if line.kind == "conclusion"] == ["C", "D"]
    # A's record is A's at both ends: B's revisions never became current.
    record_id = view(seen["A"], "ICCPR 14(1)").records[0][1]
    for holder in (coordinator, reviewer):
        assert Notebook(holder).find(record_id).author == coordinator.observer_id
    # And only as a comment: the notebook's own saves still refuse another's record.
    current = view(seen["B"], "ICCPR 14(1)").assessment
    assert current is not None
    with pytest.raises(ValidationError) as refused:
        expert.save_record(current, parent_id=current.trial_id, tz="UTC")
    assert refused.value.code == "record-of-another-author"


def test_a_rejected_event_bears_on_no_standard_and_cannot_be_cited(
    coordinator: Vault, watched: Watched, index: CoordinatorIndex
) -> None:
    """The coordinator rejected the grouping of the public shut out (no event): its
    standards need no reasoning for the grade, and it cannot be cited."""
    _outage, excluded = trial_events(index, watched.trial_a)
    notebook = Notebook(coordinator)
    decide(notebook, every_decided_event(index), EventAction.REJECT, [excluded.id])
    index = CoordinatorIndex.load(coordinator)
    state = read(coordinator, index, watched.trial_a)
    assert state.missing == OUTAGE_STANDARDS
    assert excluded.id not in state.labels
    assert list(state.labels.values()) == ["E1"]
    with pytest.raises(ValidationError) as refused:
        save_assessment(
            notebook,
            index,
            watched.trial_a,
            standard="ICCPR 14(1)",
            concern="none",
            reasoning="No event.",
            events=[excluded.id],
        )
    assert refused.value.code == "assessment-event-unknown"
    assess_all(coordinator, index, watched.trial_a)
    issued = save_conclusion(notebook, index, watched.trial_a, conclusion="Fair.", grade="B")
    assert issued.record.grade == "B"


# ---- whatever arrives, in whatever order ------------------------------------------------

TAXONOMY = load_taxonomy()
KINDS_OF_WORK = (StandardAssessment.KIND, TrialConclusion.KIND)

AUTHORS = ("a" * 32, "b" * 32, "c" * 32)
RECORDS = ("1" * 32, "2" * 32, "3" * 32, "4" * 32)
HOSTILE_TEXT = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["ICCPR 14(1)", "GC32 para 36", "serious", "grave", "C", "\u202e", ""]),
)
HOSTILE_VALUE = st.one_of(
    HOSTILE_TEXT, st.integers(), st.none(), st.lists(st.text(max_size=5), max_size=3)
)
# (record, author, number, minute, kind, fields): a revision as any client could send it.
REVISIONS = st.lists(
    st.tuples(
        st.sampled_from(RECORDS),
        st.sampled_from(AUTHORS),
        st.integers(1, 3),
        st.integers(0, 50),
        st.sampled_from(KINDS_OF_WORK),
        st.dictionaries(
            st.sampled_from(
                ["standard", "concern", "reasoning", "events", "observations", "grade"]
            ),
            HOSTILE_VALUE,
            max_size=4,
        ),
    ),
    max_size=12,
)


def _hostile_index() -> CoordinatorIndex:
    trial = Revision(
        rev_id="0" * 32, record_id="t" * 32, kind="trial", parent_id=None, number=1, base=None,
        author=AUTHORS[0], author_seq=1, created_utc="2026-11-01T00:00:00Z", tz="UTC",
        prev_hash=None, deleted=False, reason="", body={"title": "State v. Ivanova"},
    )  # fmt: skip
    return CoordinatorIndex([trial], [], TAXONOMY)


HOSTILE_INDEX = _hostile_index()


@settings(max_examples=150, deadline=None)
@given(REVISIONS, st.randoms(use_true_random=False))
def test_any_revisions_in_any_order_read_alike_and_keep_authorship(
    drawn: list[tuple[str, str, int, int, str, dict[str, object]]], shuffler: random.Random
) -> None:
    """Revisions from several authors, with values of any type, in any order: the reading
    never fails, is the same whatever the order, and shows each record's words under its
    owner (the author of its earliest first revision) and anyone else's as comments."""
    revisions = [
        Revision(
            rev_id=f"{n:032x}",
            record_id=record,
            kind=kind,
            parent_id="t" * 32,
            number=number,
            base=None if number == 1 else "f" * 32,
            author=author,
            author_seq=n + 1,
            created_utc=f"2026-11-24T10:{minute:02d}:00Z",
            tz="UTC",
            prev_hash=None,
            deleted=False,
            reason="",
            body={"trial_id": "t" * 32, **fields},
        )
        for n, (record, author, number, minute, kind, fields) in enumerate(drawn)
    ]
    state = read_trial_assessment(revisions, HOSTILE_INDEX, "t" * 32)
    shuffled = list(revisions)
    shuffler.shuffle(shuffled)
    again = read_trial_assessment(shuffled, HOSTILE_INDEX, "t" * 32)
    assert again == state
    owners = {}
    for revision in sorted(revisions, key=lambda r: (r.created_utc, r.rev_id)):
        if revision.number == 1:
            owners.setdefault(revision.record_id, revision.author)
    for view in state.standards:
        if view.assessment is not None:
            assert view.assessment.author == owners[view.assessment.id]
            assert all(c.author != view.assessment.author for c in view.comments)
        assert view.events == ()
    if state.conclusion is not None:
        assert state.conclusion.author == owners[state.conclusion.id]
    assert state.missing == ()
    assert len(state.history) + state.unreadable <= len(revisions)

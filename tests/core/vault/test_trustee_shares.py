"""SLIP-39 trustee shares: any k of n restore the secret, k-1 do not, and a wrong, garbled,
mixed or repeated share is refused with a code that says which and why."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from shamir_mnemonic.wordlist import WORDLIST

from monitor_app.core.errors import ValidationError
from monitor_app.core.vault import trustee_shares
from monitor_app.core.vault.trustee_sheets import TrusteeShares, TrusteeStatus, share_from_sheet

SECRET = bytes(range(16))
SETS = [(2, 3), (3, 5), (2, 2), (4, 4)]


def _refusal(shares: list[str]) -> ValidationError:
    with pytest.raises(ValidationError) as refused:
        trustee_shares.combine_shares(shares)
    return refused.value


@pytest.mark.parametrize(("threshold", "count"), SETS)
def test_every_k_subset_restores_and_no_smaller_one_does(threshold: int, count: int) -> None:
    shares = trustee_shares.make_shares(SECRET, threshold, count)
    assert len(shares) == count
    assert all(len(share.split()) == trustee_shares.SHARE_WORDS for share in shares)
    for subset in itertools.permutations(shares, threshold):
        assert trustee_shares.combine_shares(list(subset)) == SECRET
    for subset in itertools.combinations(shares, threshold - 1):
        refused = _refusal(list(subset))
        assert refused.code == "too-few-shares"
        assert dict(refused.params) == {"needed": threshold, "given": threshold - 1}


def test_more_than_k_shares_restore_too() -> None:
    shares = trustee_shares.make_shares(SECRET, 2, 3)
    assert trustee_shares.combine_shares(list(shares)) == SECRET


def test_typing_is_forgiven() -> None:
    """Case, spacing, sheet numbering and four-letter abbreviations."""
    share_a, share_b, _ = trustee_shares.make_shares(SECRET, 2, 3)
    numbered = " ".join(f"{i}. {w.upper()}" for i, w in enumerate(share_a.split(), 1))
    short = "\n".join(w[:4] for w in share_b.split())
    assert trustee_shares.combine_shares([numbered, short]) == SECRET
    assert trustee_shares.shares_needed(short) == 2


def test_a_sheet_gives_its_words_back() -> None:
    shares = trustee_shares.make_shares(SECRET, 2, 3)
    status = TrusteeStatus(2, 3, "2026-11-24T07:00:00.000000Z", "ABCD-EF01-2345-6789")
    made = TrusteeShares(status, shares)
    sheet = made.sheet(2)
    assert "Share 2 of 3" in sheet
    assert "any 2 of the 3" in sheet
    assert "ABCD-EF01-2345-6789" in sheet
    assert " 1. " in sheet
    words = [t for t in share_from_sheet(sheet).split() if not t[0].isdigit()]
    assert words == shares[1].split()
    assert trustee_shares.combine_shares([share_from_sheet(sheet), shares[0]]) == SECRET


def test_an_unknown_word_is_refused_by_its_place() -> None:
    share_a, share_b, _ = trustee_shares.make_shares(SECRET, 2, 3)
    words = share_b.split()
    words[6] = "zzzz"
    refused = _refusal([share_a, " ".join(words)])
    assert refused.code == "share-word-unknown"
    assert dict(refused.params) == {"share": 2, "word": 7}
    assert "zzzz" not in str(refused)


def test_a_share_of_the_wrong_length_is_refused() -> None:
    share_a, share_b, _ = trustee_shares.make_shares(SECRET, 2, 3)
    refused = _refusal([share_a, " ".join(share_b.split()[:-1])])
    assert refused.code == "share-length"
    assert dict(refused.params) == {"share": 2, "got": 19, "expected": 20}


def test_a_wrong_word_fails_the_checksum() -> None:
    share_a, share_b, _ = trustee_shares.make_shares(SECRET, 2, 3)
    words = share_a.split()
    words[10] = WORDLIST[(WORDLIST.index(words[10]) + 1) % len(WORDLIST)]
    refused = _refusal([" ".join(words), share_b])
    assert refused.code == "share-checksum"
    assert dict(refused.params) == {"share": 1}


def test_shares_of_two_sets_are_refused() -> None:
    first = trustee_shares.make_shares(SECRET, 2, 3)
    second = trustee_shares.make_shares(SECRET, 2, 3)
    refused = _refusal([first[0], second[1]])
    assert refused.code == "shares-from-different-sets"
    assert dict(refused.params) == {"share": 2, "first": 1}


def test_the_same_share_twice_is_refused() -> None:
    share_a, share_b, _ = trustee_shares.make_shares(SECRET, 2, 3)
    refused = _refusal([share_a, share_b.upper(), "  ", share_a])
    assert refused.code == "duplicate-share"
    assert dict(refused.params) == {"share": 4, "first": 1}


def test_no_shares() -> None:
    assert _refusal(["", "   "]).code == "no-shares-given"


@pytest.mark.parametrize(("threshold", "count"), [(1, 3), (3, 2), (2, 17), (0, 0)])
def test_a_threshold_out_of_bounds_is_refused(threshold: int, count: int) -> None:
    with pytest.raises(ValidationError) as refused:
        trustee_shares.make_shares(SECRET, threshold, count)
    assert refused.value.code == "trustee-threshold"


def test_the_fingerprint_names_vault_and_set() -> None:
    key_a, key_b = bytes(32), bytes([1]) + bytes(31)
    fingerprint = trustee_shares.set_fingerprint("v" * 32, key_a)
    assert len(fingerprint) == 19
    assert fingerprint == trustee_shares.set_fingerprint("v" * 32, key_a)
    assert fingerprint != trustee_shares.set_fingerprint("w" * 32, key_a)
    assert fingerprint != trustee_shares.set_fingerprint("v" * 32, key_b)


_SHARES = trustee_shares.make_shares(SECRET, 2, 3)
_CODES = {
    "share-word-unknown",
    "share-length",
    "share-checksum",
    "share-not-trustee",
    "shares-from-different-sets",
    "duplicate-share",
    "too-few-shares",
    "shares-do-not-fit",
    "no-shares-given",
}


@settings(max_examples=300, deadline=None)
@given(
    changes=st.lists(
        st.tuples(st.integers(0, 19), st.sampled_from(WORDLIST)), min_size=1, max_size=3
    ),
    which=st.integers(0, 1),
)
def test_up_to_three_changed_words_are_always_refused(
    changes: list[tuple[int, str]], which: int
) -> None:
    """SLIP-39's checksum catches any three wrong words: a changed share is refused with
    a known code, never combined into a wrong secret."""
    shares = [_SHARES[0].split(), _SHARES[2].split()]
    for position, word in changes:
        shares[which][position] = word
    texts = [" ".join(words) for words in shares]
    if texts == [_SHARES[0], _SHARES[2]]:
        return  # every change put back the word that was there
    with pytest.raises(ValidationError) as refused:
        trustee_shares.combine_shares(texts)
    assert refused.value.code in _CODES


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=200), max_size=4))
def test_any_typed_text_is_refused_with_a_known_code(texts: list[str]) -> None:
    with pytest.raises(ValidationError) as refused:
        trustee_shares.combine_shares(texts)
    assert refused.value.code in _CODES

"""Trustee shares: a random secret split into SLIP-39 word shares, any k of n restoring it.

SLIP-39 (SatoshiLabs' standard, through its reference implementation `shamir-mnemonic`)
gives each share 20 words from a list of 1024 whose first four letters differ, a
Reed-Solomon checksum that catches any three wrong words, and a set identifier shared by
the shares of one split, so a share from another set is told apart. Fewer than k shares
reveal nothing about the secret (Shamir's scheme over GF(256)).

This module only makes and combines shares; `vault` turns the secret into a key slot.
Every refusal is a `ValidationError` whose code names what is wrong and whose params say
which share (its place in what was given, from 1) and which word, never the words.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Sequence
from dataclasses import dataclass

import shamir_mnemonic
from shamir_mnemonic.share import Share
from shamir_mnemonic.wordlist import WORD_INDEX_MAP

from monitor_app.core.errors import ValidationError

SECRET_BYTES = 16  # 128 bits, SLIP-39's minimum: 20 words a share
SHARE_WORDS = 20
MIN_THRESHOLD = 2
MAX_SHARES = 16  # SLIP-39's limit per group
DEFAULT_THRESHOLD = 2
DEFAULT_COUNT = 3
# SLIP-39's words are told apart by their first four letters: a share typed that way works.
_PREFIX_LETTERS = 4
_BY_PREFIX = {word[:_PREFIX_LETTERS]: word for word in WORD_INDEX_MAP}
# "1." or "12)" before a word, as on a printed sheet, is not a word of the share.
_NUMBERING = re.compile(r"\d+[.)]?")


def check_threshold(threshold: int, count: int) -> None:
    if not MIN_THRESHOLD <= threshold <= count <= MAX_SHARES:
        raise ValidationError(
            "trustee-threshold",
            low=MIN_THRESHOLD,
            high=MAX_SHARES,
            threshold=threshold,
            count=count,
        )


def new_secret() -> bytes:
    return secrets.token_bytes(SECRET_BYTES)


def make_shares(secret: bytes, threshold: int, count: int) -> tuple[str, ...]:
    """``count`` shares of ``secret`` (one group, no SLIP-39 passphrase), any ``threshold``
    of which restore it; each is its words joined by single spaces."""
    check_threshold(threshold, count)
    (group,) = shamir_mnemonic.generate_mnemonics(1, [(threshold, count)], secret)
    return tuple(group)


def share_words(text: str, place: int) -> list[str]:
    """The words of one share as typed: case, spacing, numbering and words shortened to
    their first four letters are forgiven; an unknown word is refused by its position."""
    words: list[str] = []
    for token in text.lower().split():
        if _NUMBERING.fullmatch(token):
            continue
        word = token if token in WORD_INDEX_MAP else _BY_PREFIX.get(token[:_PREFIX_LETTERS])
        if word is None or len(token) < _PREFIX_LETTERS or not word.startswith(token):
            raise ValidationError("share-word-unknown", share=place, word=len(words) + 1)
        words.append(word)
    if len(words) != SHARE_WORDS:
        raise ValidationError("share-length", share=place, got=len(words), expected=SHARE_WORDS)
    return words


@dataclass(frozen=True)
class _Parsed:
    place: int
    share: Share


def _parse(text: str, place: int) -> _Parsed:
    words = share_words(text, place)
    try:
        share = Share.from_mnemonic(" ".join(words))
    except shamir_mnemonic.MnemonicError as exc:
        raise ValidationError("share-checksum", share=place) from exc
    if (
        share.group_count != 1
        or share.group_threshold != 1
        or share.member_threshold < MIN_THRESHOLD
    ):
        raise ValidationError("share-not-trustee", share=place)
    return _Parsed(place, share)


def shares_needed(text: str, place: int = 1) -> int:
    """How many shares the set of this typed share needs (refused as `combine_shares`
    would): an app can ask for that many before combining."""
    needed: int = _parse(text, place).share.member_threshold
    return needed


def combine_shares(texts: Sequence[str]) -> bytes:
    """The secret from shares as typed, or a refusal that says what is wrong."""
    nonempty = [(place, text) for place, text in enumerate(texts, start=1) if text.strip()]
    if not nonempty:
        raise ValidationError("no-shares-given")
    parsed = [_parse(text, place) for place, text in nonempty]
    first = parsed[0]
    by_index: dict[int, _Parsed] = {}
    for item in parsed:
        if item.share.common_parameters() != first.share.common_parameters() or (
            item.share.member_threshold != first.share.member_threshold
        ):
            raise ValidationError("shares-from-different-sets", share=item.place, first=first.place)
        earlier = by_index.setdefault(item.share.index, item)
        if earlier is not item:
            if earlier.share.value == item.share.value:
                raise ValidationError("duplicate-share", share=item.place, first=earlier.place)
            raise ValidationError("shares-do-not-fit")
    needed = first.share.member_threshold
    if len(by_index) < needed:
        raise ValidationError("too-few-shares", needed=needed, given=len(by_index))
    chosen = [item.share.mnemonic() for item in list(by_index.values())[:needed]]
    try:
        secret: bytes = shamir_mnemonic.combine_mnemonics(chosen)
    except shamir_mnemonic.MnemonicError as exc:  # the digest of the secret disagrees
        raise ValidationError("shares-do-not-fit") from exc
    return secret


def set_fingerprint(vault_id: str, public_key: bytes) -> str:
    """A short text naming one vault's current set of shares (its vault id and the public
    key the set opens), printed on every sheet of the set and shown by the vault, so a
    trustee can tell which vault a sheet is for and whether it is still the current set."""
    digest = hashlib.sha256(
        b"trial-monitor trustee set v1|" + vault_id.encode() + b"|" + public_key
    ).hexdigest()[:16]
    return "-".join(digest[i : i + 4] for i in range(0, 16, 4)).upper()

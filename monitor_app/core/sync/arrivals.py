"""Sets of author_seq numbers as inclusive ranges: what a bundle carried, what the bundles
received from an author brought together, and which of those the vault no longer holds.

Ranges, never the numbers themselves, so a hostile sequence of 2**40 costs nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

Ranges = tuple[tuple[int, int], ...]


def number_ranges(numbers: Iterable[int]) -> Ranges:
    """Numbers as sorted inclusive ranges: [7, 1, 2, 3, 9] -> ((1, 3), (7, 7), (9, 9))."""
    ranges: list[tuple[int, int]] = []
    for number in sorted(set(numbers)):
        if ranges and number == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], number)
        else:
            ranges.append((number, number))
    return tuple(ranges)


def merged_ranges(ranges: Iterable[tuple[int, int]]) -> Ranges:
    """The union of inclusive ranges, sorted, touching ones joined."""
    merged: list[tuple[int, int]] = []
    for first, last in sorted(ranges):
        if merged and first <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], last))
        else:
            merged.append((first, last))
    return tuple(merged)


def not_held(arrived: Ranges, held: Sequence[int]) -> Ranges:
    """The parts of ``arrived`` (merged ranges) whose numbers are not in ``held`` (sorted).
    A ``range`` (numbers held without a hole) costs nothing whatever its length."""
    if isinstance(held, range) and held.step == 1 and held:
        low, high = held.start, held.stop - 1
        outside = [(first, min(last, low - 1)) for first, last in arrived if first < low]
        outside += [(max(first, high + 1), last) for first, last in arrived if last > high]
        return tuple(sorted(outside))
    lost: list[tuple[int, int]] = []
    position = 0
    for first, last in arrived:
        expected = first
        while position < len(held) and held[position] < first:
            position += 1
        while position < len(held) and held[position] <= last:
            if held[position] > expected:
                lost.append((expected, held[position] - 1))
            expected = held[position] + 1
            position += 1
        if expected <= last:
            lost.append((expected, last))
    return tuple(lost)


def missing_ranges(held: Sequence[int], upto: int = 0) -> tuple[tuple[int, int], ...]:
    """The numbers from 1 up to the highest held (or ``upto``, if higher) that are not held,
    as inclusive ranges: [2, 3, 7] -> ((1, 1), (4, 6)). Walks the gaps, never the numbers,
    so a huge gap costs nothing; and a ``range`` held, whatever its length."""
    ranges: list[tuple[int, int]] = []
    if isinstance(held, range) and held.step == 1 and held:
        if held.start > 1:
            ranges.append((1, held.start - 1))
        if upto >= max(1, held.stop):
            ranges.append((max(1, held.stop), upto))
        return tuple(ranges)
    expected = 1
    for number in held:
        if number > expected:
            ranges.append((expected, number - 1))
        expected = max(expected, number + 1)
    if upto >= expected:
        ranges.append((expected, upto))
    return tuple(ranges)


def ranges_text(ranges: Sequence[tuple[int, int]]) -> str:
    return ", ".join(str(a) if a == b else f"{a}-{b}" for a, b in ranges)


@dataclass(frozen=True)
class Gaps:
    """What is still missing from an author, as inclusive ranges of numbers; ``removed``
    counts revisions the bundles received brought that the vault no longer holds."""

    bundles: tuple[tuple[int, int], ...] = ()
    revisions: tuple[tuple[int, int], ...] = ()
    removed: int = 0

    def __bool__(self) -> bool:
        return bool(self.bundles or self.revisions or self.removed)

    def describe(self) -> tuple[str, ...]:
        described = []
        if self.bundles:
            described.append(f"bundle(s) {ranges_text(self.bundles)} not received yet")
        if self.revisions:
            described.append(f"revision(s) {ranges_text(self.revisions)} missing")
        if self.removed:
            described.append(f"{self.removed} revision(s) received are no longer here")
        return tuple(described)

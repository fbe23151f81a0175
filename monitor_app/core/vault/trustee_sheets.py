"""A set of trustee shares as its owner sees it: the set's facts (`TrusteeStatus`), a new
set with its shares (`TrusteeShares`), and the sheet a trustee keeps: one share's words
with its number, the set's fingerprint and what to do with it, as plain text (what
`trial-monitor trustees make` writes; the desktop app prints the same parts).
`share_from_sheet` reads the words back from such a file."""

from __future__ import annotations

from dataclasses import dataclass

WORDS_BEGIN = "--- share words ---"
WORDS_END = "--- end of share words ---"
WORDS_PER_LINE = 4


@dataclass(frozen=True)
class TrusteeStatus:
    """A vault's current set of trustee shares, without any secret."""

    threshold: int  # how many shares restore access
    count: int  # how many were made
    created_utc: str
    fingerprint: str  # `trustee_shares.set_fingerprint`: on every sheet of the set


@dataclass(frozen=True)
class TrusteeShares:
    """A set just made: its facts and its shares (words joined by spaces), in order."""

    status: TrusteeStatus
    shares: tuple[str, ...]
    # Set when making the set re-keyed a vault whose recovery code could not be carried over.
    new_recovery_code: str | None = None

    def sheet(self, number: int) -> str:
        """The plain text of share ``number`` (from 1)'s sheet."""
        return share_sheet(self.shares[number - 1], number, self.status)


def numbered_word_lines(share: str) -> list[str]:
    """The share's words numbered from 1, four to a line, in aligned columns."""
    words = share.split()
    cells = [f"{i:>2}. {word:<9}" for i, word in enumerate(words, start=1)]
    return [
        "  ".join(cells[i : i + WORDS_PER_LINE]).rstrip()
        for i in range(0, len(cells), WORDS_PER_LINE)
    ]


def share_sheet(share: str, number: int, facts: TrusteeStatus) -> str:
    lines = [
        "TRIAL MONITOR - TRUSTEE SHARE",
        "",
        f"Share {number} of {facts.count}: any {facts.threshold} of the {facts.count} "
        "shares together restore access to the vault.",
        f"Vault fingerprint: {facts.fingerprint}",
        f"Made: {facts.created_utc[:16].replace('T', ' ')} UTC",
        "",
        WORDS_BEGIN,
        *numbered_word_lines(share),
        WORDS_END,
        "",
        "Keep this sheet private and safe, apart from the other shares. One share alone",
        "reveals nothing, and cannot open the vault.",
        "",
        f"If the owner loses their passphrase and recovery code, any {facts.threshold} trustees",
        "enter their words in Trial Monitor: 'Recover with trustee shares' when unlocking,",
        "or 'trial-monitor recover --shares'. Then the owner chooses a new passphrase.",
        "",
        "When the owner makes new shares, this sheet stops working. Trial Monitor shows the",
        "fingerprint of the current set: if it differs from the one above, destroy this sheet.",
        "",
    ]
    return "\n".join(lines)


def share_from_sheet(text: str) -> str:
    """The words of a share from a sheet file (between its markers), or the whole text when
    it has none (a file holding just the words)."""
    lines = text.splitlines()
    stripped = [line.strip() for line in lines]
    if WORDS_BEGIN in stripped and WORDS_END in stripped:
        begin = stripped.index(WORDS_BEGIN)
        end = stripped.index(WORDS_END, begin)
        return " ".join(lines[begin + 1 : end])
    return text

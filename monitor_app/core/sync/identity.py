"""A vault's identity: an Ed25519 signing key and an X25519 age identity, and key cards.

Both keys are made with the vault (or on the first unlock of an older vault) and kept only
as sealed vault secrets. A key card carries the public halves, the author id that every
revision names, and a display name; it is signed by its own key, and its fingerprint, read
aloud in groups of digits, is how two people confirm they hold each other's real card.
The display name is one line of visible text (`core.display_names`): a card whose name could
fake a line next to the fingerprint is refused.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

from pyrage import x25519

from monitor_app.core.display_names import check_display_name
from monitor_app.core.errors import ValidationError
from monitor_app.core.records.chain import canonical_json
from monitor_app.core.records.timeutil import utc_now_text
from monitor_app.core.sync.minisign import PublicKey, SecretKey, SignatureError, verify_raw
from monitor_app.core.vault.vault import AGE_SECRET, SIGNING_SECRET, Vault

CARD_TYPE = "trial-monitor-key-card"
CARD_VERSION = 1
MAX_CARD_BYTES = 16 * 1024
_CARD_SIGNING_CONTEXT = b"trial-monitor key card v1\n"
_AUTHOR_ID = re.compile(r"[0-9a-f]{32}")
FINGERPRINT_GROUPS = 8


class KeyCardError(ValidationError):
    """A key card that cannot be used: malformed, tampered with or of an unknown version."""


def valid_age_recipient(text: str) -> str:
    try:
        x25519.Recipient.from_str(text)
    except Exception as exc:  # pyrage raises its own exception types from Rust
        raise KeyCardError("card-age-invalid") from exc
    return text


@dataclass(frozen=True)
class KeyCard:
    """The public identity of a vault, as exported, exchanged and added as a contact."""

    author: str  # the author id that this vault's revisions name
    display_name: str
    signing_key: PublicKey
    age_recipient: str
    created_utc: str

    @property
    def fingerprint(self) -> str:
        """Eight groups of five digits over what matters for trust: the author id and both
        keys (not the display name, which each side may edit). Digits read aloud in any
        language."""
        digest = hashlib.sha256(canonical_json(self._bound())).digest()
        groups = (
            int.from_bytes(digest[i * 4 : i * 4 + 4], "big") % 100_000
            for i in range(FINGERPRINT_GROUPS)
        )
        return " ".join(f"{group:05d}" for group in groups)

    def _bound(self) -> dict[str, str]:
        return {
            "author": self.author,
            "signing_key": self.signing_key.to_base64(),
            "age_recipient": self.age_recipient,
        }

    def body(self) -> dict[str, Any]:
        """The card's content without its self-signature (what bundles embed)."""
        return {
            "type": CARD_TYPE,
            "version": CARD_VERSION,
            **self._bound(),
            "display_name": self.display_name,
            "created_utc": self.created_utc,
        }

    @classmethod
    def from_body(cls, body: Any) -> KeyCard:
        """Read a card's content, checking every field; raises KeyCardError."""
        if not isinstance(body, dict) or body.get("type") != CARD_TYPE:
            raise KeyCardError("not-a-key-card")
        if body.get("version") != CARD_VERSION:
            raise KeyCardError("card-version")
        fields = ("author", "signing_key", "age_recipient", "display_name", "created_utc")
        if not all(isinstance(body.get(name), str) for name in fields):
            raise KeyCardError("card-incomplete")
        if not _AUTHOR_ID.fullmatch(body["author"]):
            raise KeyCardError("card-author-malformed")
        try:
            name = check_display_name(body["display_name"])
        except ValidationError as exc:
            if exc.code == "display-name-unsafe":
                raise KeyCardError("card-name-unsafe", **exc.params) from None
            raise KeyCardError("card-name-invalid") from None
        try:
            signing_key = PublicKey.from_base64(body["signing_key"])
        except SignatureError as exc:
            raise KeyCardError("card-signing-key-invalid") from exc
        return cls(
            author=body["author"],
            display_name=name,
            signing_key=signing_key,
            age_recipient=valid_age_recipient(body["age_recipient"]),
            created_utc=body["created_utc"][:40],
        )

    @classmethod
    def from_file_bytes(cls, data: bytes) -> KeyCard:
        """Parse an exported card and check its self-signature."""
        if len(data) > MAX_CARD_BYTES:
            raise KeyCardError("card-too-large")
        try:
            document = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise KeyCardError("card-not-json") from exc
        if not isinstance(document, dict):
            raise KeyCardError("not-a-key-card")
        signature_text = document.pop("self_signature", None)
        stated_fingerprint = document.pop("fingerprint", None)
        card = cls.from_body(document)
        try:
            signature = base64.b64decode(str(signature_text), validate=True)
        except (binascii.Error, ValueError) as exc:
            raise KeyCardError("card-no-signature") from exc
        try:
            verify_raw(
                card.signing_key, _CARD_SIGNING_CONTEXT + canonical_json(document), signature
            )
        except SignatureError as exc:
            raise KeyCardError("card-altered") from exc
        if stated_fingerprint is not None and stated_fingerprint != card.fingerprint:
            raise KeyCardError("card-fingerprint")
        return card


class Identity:
    """The unlocked vault's own keys."""

    def __init__(self, vault: Vault) -> None:
        vault.ensure_identity_keys()
        self.vault = vault
        self.author = vault.observer_id
        self.signing = SecretKey(vault.get_secret(SIGNING_SECRET))
        self.age = x25519.Identity.from_str(vault.get_secret(AGE_SECRET).decode("ascii"))
        self.age_recipient = str(self.age.to_public())

    def card(self) -> KeyCard:
        return KeyCard(
            author=self.author,
            display_name=self.vault.display_name,
            signing_key=self.signing.public,
            age_recipient=self.age_recipient,
            created_utc=self.vault.created_utc,
        )

    def card_file_bytes(self) -> bytes:
        """The exported key card: public keys, name and a self-signature, as JSON."""
        body = self.card().body()
        signature = self.signing.sign_raw(_CARD_SIGNING_CONTEXT + canonical_json(body))
        document = {
            **body,
            # For people reading the file; recomputed and compared when the card is read.
            "fingerprint": self.card().fingerprint,
            "self_signature": base64.b64encode(signature).decode("ascii"),
        }
        return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")

    def age_identity_file_text(self) -> str:
        """The age identity in `age-keygen`'s format, for `age -d -i FILE`."""
        return (
            f"# created: {utc_now_text()[:19]}Z\n# public key: {self.age_recipient}\n{self.age}\n"
        )

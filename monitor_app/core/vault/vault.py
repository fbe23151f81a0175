"""The vault: a private folder with one SQLite database whose content is all ciphertext.

A random 256-bit master key encrypts everything. It is stored only wrapped, in key slots
(`key_slots`): by a key derived from the passphrase (Argon2id); to a public key whose
identity only the recovery code gives; and, when the owner made trustee shares, to a public
key whose identity any k of the n shares give. Unlocking unwraps it; locking drops it.

Every change to how the vault is opened (a new passphrase, a recovery, a new recovery code,
new or removed trustee shares) re-keys: a new master key, every sealed value re-encrypted
in one transaction, the WAL checkpointed at once. An old copy of the file with an old
secret then opens only what that copy already held.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from pyrage import x25519

from monitor_app.core.display_names import check_display_name
from monitor_app.core.errors import (
    RecordNotFound,
    ValidationError,
    VaultCorrupt,
    VaultExists,
    VaultLocked,
    VaultNotFound,
    WrongPassphrase,
    WrongRecoveryCode,
)
from monitor_app.core.paths import ensure_private_dir
from monitor_app.core.vault import crypto, key_slots, rekey, trustee_shares
from monitor_app.core.vault.crypto import KdfParams, PurposeKeys, SealError
from monitor_app.core.vault.key_slots import Recipient
from monitor_app.core.vault.passwords import check_new_passphrase
from monitor_app.core.vault.recovery_codes import (
    RECOVERY_GROUP_LEN,
    RECOVERY_GROUPS,
    new_recovery_code,
    normalize_recovery_code,
)
from monitor_app.core.vault.rekey import Progress
from monitor_app.core.vault.storage import DB_FILENAME, Database
from monitor_app.core.vault.trustee_sheets import TrusteeShares, TrusteeStatus

log = logging.getLogger(__name__)

# The names of the identity's two secrets: an Ed25519 seed and an age (X25519) identity.
SIGNING_SECRET = "identity.signing_key"  # noqa: S105 (a secret's name)
AGE_SECRET = "identity.age_identity"  # noqa: S105 (a secret's name)

VAULT_FORMAT = 1
PASSPHRASE_SLOT = "passphrase"  # noqa: S105 (a key slot's name, not a secret)
RECOVERY_SLOT = "recovery"
TRUSTEE_SLOT = "trustee"
# Sealed: what re-wrapping a recipient slot needs (`key_slots.Recipient`), and for the
# trustee slot the facts of its set of shares.
RECOVERY_RECIPIENT_SECRET = "keyslot.recovery"  # noqa: S105 (a secret's name)
TRUSTEE_SECRET = "keyslot.trustee"  # noqa: S105 (a secret's name)


def _check_display_name(name: str) -> None:
    check_display_name(name)  # one visible line, as a key card's name must be


def _now_utc() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class Vault:
    """An open vault, locked or unlocked. Use `Vault.create` or `Vault.open`."""

    def __init__(self, folder: Path, database: Database) -> None:
        self.folder = folder
        self.database = database
        self._keys: PurposeKeys | None = None
        meta = self._read_meta()
        try:
            self.vault_id: str = meta["vault_id"]
            self.observer_id: str = meta["observer_id"]
            self.created_utc: str = meta["created_utc"]
        except KeyError as exc:
            raise VaultCorrupt("vault-identity-missing") from exc

    # ---- creating and opening -------------------------------------------------------

    @classmethod
    def create(
        cls,
        folder: Path,
        passphrase: str,
        display_name: str,
        kdf: KdfParams | None = None,
    ) -> tuple[Vault, str]:
        """Make a new vault in ``folder``; return it unlocked with its recovery code.

        The recovery code is returned once and stored nowhere in clear: show it, have the
        user confirm it, forget it.
        """
        _check_display_name(display_name)
        check_new_passphrase(passphrase, (display_name,))
        db_path = folder / DB_FILENAME
        if db_path.exists():
            raise VaultExists("vault-exists", folder=str(folder))
        ensure_private_dir(folder)
        kdf = kdf or crypto.calibrate_kdf()
        master = os.urandom(crypto.KEY_BYTES)
        keys = crypto.purpose_keys(master)
        recovery_code = new_recovery_code()
        vault_id = crypto.new_id()
        database = Database(db_path, create=True)
        os.chmod(db_path, 0o600)
        try:
            database.migrate()
            recipient = key_slots.new_recipient(
                vault_id, RECOVERY_SLOT, recovery_code.encode("ascii")
            )
            slots = [
                key_slots.passphrase_row(
                    vault_id, PASSPHRASE_SLOT, crypto.passphrase_bytes(passphrase), master, kdf
                ),
                key_slots.recipient_row(vault_id, RECOVERY_SLOT, recipient, master),
            ]
            secrets = {
                "display_name": display_name.strip().encode("utf-8"),
                RECOVERY_RECIPIENT_SECRET: json.dumps(recipient.to_dict()).encode(),
            }
            with database.write_transaction() as conn:
                conn.executemany(
                    "INSERT INTO meta(key, value) VALUES (?, ?)",
                    [
                        ("format", str(VAULT_FORMAT)),
                        ("vault_id", vault_id),
                        ("observer_id", crypto.new_id()),
                        ("created_utc", _now_utc()),
                    ],
                )
                conn.executemany(key_slots.INSERT_SQL, slots)
                for name, value in secrets.items():
                    _write_secret(conn, keys, vault_id, name, value)
            vault = cls(folder, database)
            vault._install(keys)
        except BaseException:
            database.close()
            for suffix in ("", "-wal", "-shm"):
                Path(str(db_path) + suffix).unlink(missing_ok=True)
            raise
        log.info("created a vault")
        return vault, recovery_code

    @staticmethod
    def exists(folder: Path) -> bool:
        """Whether ``folder`` holds a vault (its database file)."""
        return (folder / DB_FILENAME).is_file()

    @classmethod
    def open(cls, folder: Path) -> Vault:
        """Open the vault in ``folder``, locked."""
        db_path = folder / DB_FILENAME
        if not db_path.is_file():
            raise VaultNotFound("vault-not-found", folder=str(folder))
        database = Database(db_path)
        try:
            database.migrate()
            return cls(folder, database)
        except BaseException:
            database.close()
            raise

    def close(self) -> None:
        self.lock()
        self.database.close()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # ---- locking --------------------------------------------------------------------

    @property
    def is_unlocked(self) -> bool:
        return self._keys is not None

    def unlock(self, passphrase: str) -> None:
        master = self._unwrap(PASSPHRASE_SLOT, crypto.passphrase_bytes(passphrase))
        if master is None:
            raise WrongPassphrase("wrong-passphrase")
        self._install(crypto.purpose_keys(master))

    def lock(self) -> None:
        """Drop all key material. Python cannot wipe memory; we keep no extra copies."""
        self._keys = None

    def change_passphrase(
        self, old_passphrase: str, new_passphrase: str, progress: Progress | None = None
    ) -> str | None:
        """Set a new passphrase and re-key: an old copy of the file opened with the old
        passphrase shows nothing written from now on. Asks for the old one again.

        Returns a new recovery code when the vault's code could not be carried over (a
        vault made before recovery slots were recipient slots: the old code then no longer
        works), else None. ``progress(done, total)`` follows the re-encryption."""
        master = self._unwrap(PASSPHRASE_SLOT, crypto.passphrase_bytes(old_passphrase))
        if master is None:
            raise WrongPassphrase("wrong-current-passphrase")
        self._check_new_passphrase(new_passphrase, master)
        return self._rekey(master, new_passphrase, progress=progress)

    def recover(
        self, recovery_code: str, new_passphrase: str, progress: Progress | None = None
    ) -> str:
        """Set a new passphrase with the recovery code; re-key; return a fresh recovery code.

        The used code is retired: it has been typed in and may have been seen.
        """
        code = normalize_recovery_code(recovery_code)
        if code is None:
            raise WrongRecoveryCode(
                "not-a-recovery-code", groups=RECOVERY_GROUPS, letters=RECOVERY_GROUP_LEN
            )
        master = self._unwrap(RECOVERY_SLOT, code.encode("ascii"))
        if master is None:
            raise WrongRecoveryCode("wrong-recovery-code")
        self._check_new_passphrase(new_passphrase, master)
        new_code = new_recovery_code()
        self._rekey(master, new_passphrase, recovery_code=new_code, progress=progress)
        return new_code

    def replace_recovery_code(self, passphrase: str, progress: Progress | None = None) -> str:
        """Retire the recovery code, re-key, and return a new code; asks for the passphrase
        again, as every change to key security does. An old copy of the file opened with
        the old code shows nothing written from now on."""
        master = self._unwrap(PASSPHRASE_SLOT, crypto.passphrase_bytes(passphrase))
        if master is None:
            raise WrongPassphrase("wrong-passphrase")
        new_code = new_recovery_code()
        self._rekey(master, passphrase, recovery_code=new_code, progress=progress)
        return new_code

    # ---- trustee shares ---------------------------------------------------------------

    def make_trustee_shares(
        self,
        passphrase: str,
        threshold: int = trustee_shares.DEFAULT_THRESHOLD,
        count: int = trustee_shares.DEFAULT_COUNT,
        progress: Progress | None = None,
    ) -> TrusteeShares:
        """Split a fresh trustee secret into ``count`` SLIP-39 shares, any ``threshold`` of
        which open the vault, and re-key. Shares made before stop working, and an old copy
        of the file with old shares shows nothing written from now on."""
        trustee_shares.check_threshold(threshold, count)
        master = self._unwrap(PASSPHRASE_SLOT, crypto.passphrase_bytes(passphrase))
        if master is None:
            raise WrongPassphrase("wrong-passphrase")
        secret = trustee_shares.new_secret()
        shares = trustee_shares.make_shares(secret, threshold, count)
        recipient = key_slots.new_recipient(self.vault_id, TRUSTEE_SLOT, secret)
        status = TrusteeStatus(
            threshold=threshold,
            count=count,
            created_utc=_now_utc(),
            fingerprint=trustee_shares.set_fingerprint(self.vault_id, recipient.public_key),
        )
        new_code = self._rekey(master, passphrase, trustee=(recipient, status), progress=progress)
        return TrusteeShares(status=status, shares=shares, new_recovery_code=new_code)

    def has_trustee_shares(self) -> bool:
        """Whether trustee shares can open this vault; known while it is locked too."""
        with self.database.reading() as conn:
            row = conn.execute("SELECT 1 FROM keyslots WHERE name = ?", (TRUSTEE_SLOT,)).fetchone()
        return row is not None

    def trustee_status(self) -> TrusteeStatus | None:
        """The current set of trustee shares (no secret in it), or None. Needs the vault
        unlocked: how many shares there are is sealed."""
        found = self._trustee(self.keys())
        return None if found is None else found[1]

    def recover_with_shares(
        self, shares: Sequence[str], new_passphrase: str, progress: Progress | None = None
    ) -> str:
        """Set a new passphrase with any k of the trustees' shares; re-key; return a fresh
        recovery code (the old one may be lost too). The shares keep working."""
        if not self.has_trustee_shares():
            raise ValidationError("no-trustee-shares")
        secret = trustee_shares.combine_shares(shares)
        master = self._unwrap(TRUSTEE_SLOT, secret)
        if master is None:
            raise WrongRecoveryCode("trustee-shares-do-not-open")
        self._check_new_passphrase(new_passphrase, master)
        new_code = new_recovery_code()
        self._rekey(master, new_passphrase, recovery_code=new_code, progress=progress)
        return new_code

    def remove_trustee_shares(
        self, passphrase: str, progress: Progress | None = None
    ) -> str | None:
        """Make every trustee share stop working, and re-key. Returns a new recovery code
        when the old one could not be carried over (as `change_passphrase`), else None."""
        master = self._unwrap(PASSPHRASE_SLOT, crypto.passphrase_bytes(passphrase))
        if master is None:
            raise WrongPassphrase("wrong-passphrase")
        if not self.has_trustee_shares():
            raise ValidationError("no-trustee-shares")
        return self._rekey(master, passphrase, remove_trustee=True, progress=progress)

    def kdf_params(self) -> KdfParams:
        """The passphrase slot's Argon2id parameters, refused outside the bounds."""
        with self.database.reading() as conn:
            row = conn.execute(key_slots.SELECT_SQL, (PASSPHRASE_SLOT,)).fetchone()
        if row is None:
            raise VaultCorrupt("key-slot-missing")
        return key_slots.kdf_params(row)

    # ---- sealing, for the record store ----------------------------------------------

    def keys(self) -> PurposeKeys:
        if self._keys is None:
            raise VaultLocked("vault-locked")
        return self._keys

    def seal_record(self, plaintext: bytes, aad: bytes) -> bytes:
        return crypto.seal(self.keys().records, crypto.pad(plaintext), aad)

    def unseal_record(self, sealed: bytes, aad: bytes) -> bytes:
        return _unseal_or_corrupt(self.keys().records, sealed, aad, error_code="record-altered")

    def seal_blob(self, data: bytes, aad: bytes) -> bytes:
        return crypto.seal(self.keys().blobs, data, aad)

    def unseal_blob(self, sealed: bytes, aad: bytes) -> bytes:
        return _unseal_or_corrupt(self.keys().blobs, sealed, aad, error_code="attachment-altered")

    def seal_item(self, plaintext: bytes, aad: bytes) -> bytes:
        return crypto.seal(self.keys().sync, crypto.pad(plaintext), aad)

    def unseal_item(self, sealed: bytes, aad: bytes) -> bytes:
        return _unseal_or_corrupt(self.keys().sync, sealed, aad, error_code="sync-record-altered")

    def seal_payload(self, data: bytes, aad: bytes) -> bytes:
        """Seal bytes without padding (large payloads such as a quarantined bundle)."""
        return crypto.seal(self.keys().sync, data, aad)

    def unseal_payload(self, sealed: bytes, aad: bytes) -> bytes:
        return _unseal_or_corrupt(self.keys().sync, sealed, aad, error_code="kept-bundle-altered")

    def set_secret(self, name: str, value: bytes) -> None:
        with self.database.write_transaction() as conn:
            # Sealed inside the transaction: a re-key cannot come between sealing and writing.
            _write_secret(conn, self.keys(), self.vault_id, name, value)

    def get_secret(self, name: str) -> bytes:
        return self._read_secret(self.keys(), name)

    def _read_secret(self, keys: PurposeKeys, name: str) -> bytes:
        with self.database.reading() as conn:
            row = conn.execute(
                "SELECT sealed FROM vault_secrets WHERE name = ?", (name,)
            ).fetchone()
        if row is None:
            raise RecordNotFound("vault-setting-missing", name=name.replace("_", " "))
        plaintext = _unseal_or_corrupt(
            keys.secrets, row[0], _secret_aad(self.vault_id, name), error_code="setting-altered"
        )
        try:
            return base64.b64decode(json.loads(plaintext)["b64"], validate=True)
        except (ValueError, KeyError, TypeError) as exc:
            raise VaultCorrupt("setting-malformed") from exc

    def delete_secret(self, name: str) -> None:
        with self.database.write_transaction() as conn:
            conn.execute("DELETE FROM vault_secrets WHERE name = ?", (name,))

    def has_secret(self, name: str) -> bool:
        with self.database.reading() as conn:
            row = conn.execute("SELECT 1 FROM vault_secrets WHERE name = ?", (name,)).fetchone()
        return row is not None

    def secret_names(self, prefix: str) -> list[str]:
        """The names of the secrets whose name starts with ``prefix``, sorted."""
        with self.database.reading() as conn:
            rows = conn.execute("SELECT name FROM vault_secrets ORDER BY name").fetchall()
        return [name for (name,) in rows if name.startswith(prefix)]

    @property
    def display_name(self) -> str:
        return self.get_secret("display_name").decode("utf-8")

    def set_display_name(self, name: str) -> None:
        _check_display_name(name)
        self.set_secret("display_name", name.strip().encode("utf-8"))

    # ---- internals ------------------------------------------------------------------

    def _check_new_passphrase(self, passphrase: str, master: bytes) -> None:
        """The strength check, knowing the display name: it is sealed, so only now, with
        the master key unwrapped, can the check refuse a passphrase made from it."""
        name = self._read_secret(crypto.purpose_keys(master), "display_name").decode("utf-8")
        check_new_passphrase(passphrase, (name,))

    def _read_meta(self) -> dict[str, str]:
        with self.database.reading() as conn:
            return dict(conn.execute("SELECT key, value FROM meta").fetchall())

    def ensure_identity_keys(self) -> bool:
        """Give this unlocked vault its signing key and age identity if it has none yet;
        True when they were made now. They are kept only as sealed secrets; `core.sync.identity`
        builds key cards from them."""
        if self.has_secret(SIGNING_SECRET) and self.has_secret(AGE_SECRET):
            return False
        seed = Ed25519PrivateKey.generate().private_bytes(
            Encoding.Raw, PrivateFormat.Raw, NoEncryption()
        )
        self.set_secret(SIGNING_SECRET, seed)
        self.set_secret(AGE_SECRET, str(x25519.Identity.generate()).encode("ascii"))
        return True

    def _install(self, keys: PurposeKeys) -> None:
        self._keys = keys
        # A vault made before identities existed gets its keys on its first unlock.
        self.ensure_identity_keys()

    def _unwrap(self, slot: str, secret: bytes) -> bytes | None:
        with self.database.reading() as conn:
            row = conn.execute(key_slots.SELECT_SQL, (slot,)).fetchone()
        return key_slots.unwrap(self.vault_id, row, secret)

    def _recipient_facts(self, keys: PurposeKeys, name: str) -> dict[str, object] | None:
        """A recipient slot's sealed facts, or None when the vault has none (a vault made
        before recipient slots, or trustee shares never made)."""
        with self.database.reading() as conn:
            present = conn.execute("SELECT 1 FROM vault_secrets WHERE name = ?", (name,)).fetchone()
        if present is None:
            return None
        try:
            facts = json.loads(self._read_secret(keys, name))
        except ValueError as exc:
            raise VaultCorrupt("setting-malformed") from exc
        if not isinstance(facts, dict):
            raise VaultCorrupt("setting-malformed")
        return facts

    def _trustee(self, keys: PurposeKeys) -> tuple[Recipient, TrusteeStatus] | None:
        facts = self._recipient_facts(keys, TRUSTEE_SECRET)
        if facts is None:
            return None
        recipient = Recipient.from_dict(facts)
        threshold, count, created = (
            facts.get("threshold"),
            facts.get("count"),
            facts.get("created_utc"),
        )
        if type(threshold) is not int or type(count) is not int or not isinstance(created, str):
            raise VaultCorrupt("setting-malformed")
        fingerprint = trustee_shares.set_fingerprint(self.vault_id, recipient.public_key)
        return recipient, TrusteeStatus(threshold, count, created, fingerprint)

    def _rekey(
        self,
        master: bytes,
        passphrase: str,
        *,
        recovery_code: str | None = None,
        trustee: tuple[Recipient, TrusteeStatus] | None = None,
        remove_trustee: bool = False,
        progress: Progress | None = None,
    ) -> str | None:
        """Replace the master key by a new one: every sealed value re-encrypted, the slots
        written anew (the passphrase slot for ``passphrase``; the recovery slot for
        ``recovery_code``, or re-wrapped to its recipient; the trustee slot for ``trustee``,
        removed, or re-wrapped), all in one transaction; then the WAL emptied into the file.

        Returns the recovery code it had to issue because the old one could not be
        re-wrapped (a symmetric slot of an older vault), else None."""
        old_keys = crypto.purpose_keys(master)
        new_master = os.urandom(crypto.KEY_BYTES)
        new_keys = crypto.purpose_keys(new_master)
        # Costs are raised to this machine's calibration when that is stronger than what
        # the vault has: never lowered. Derived before the transaction: the KDF is slow and
        # must not hold the write lock.
        params = max(self.kdf_params(), crypto.calibrate_kdf(), key=KdfParams.cost)
        slots = [
            key_slots.passphrase_row(
                self.vault_id,
                PASSPHRASE_SLOT,
                crypto.passphrase_bytes(passphrase),
                new_master,
                params,
            )
        ]
        secrets: dict[str, bytes] = {}
        issued = None
        facts = (
            None
            if recovery_code is not None
            else self._recipient_facts(old_keys, RECOVERY_RECIPIENT_SECRET)
        )
        if facts is not None:
            recovery = Recipient.from_dict(facts)
        else:
            if recovery_code is None:
                recovery_code = issued = new_recovery_code()
            recovery = key_slots.new_recipient(
                self.vault_id, RECOVERY_SLOT, recovery_code.encode("ascii")
            )
            secrets[RECOVERY_RECIPIENT_SECRET] = json.dumps(recovery.to_dict()).encode()
        slots.append(key_slots.recipient_row(self.vault_id, RECOVERY_SLOT, recovery, new_master))
        kept = None if trustee is not None or remove_trustee else self._trustee(old_keys)
        if trustee is not None:
            recipient, status = trustee
            secrets[TRUSTEE_SECRET] = json.dumps(
                recipient.to_dict()
                | {
                    "threshold": status.threshold,
                    "count": status.count,
                    "created_utc": status.created_utc,
                }
            ).encode()
            kept = trustee
        if kept is not None:
            slots.append(key_slots.recipient_row(self.vault_id, TRUSTEE_SLOT, kept[0], new_master))
        names = [slot[0] for slot in slots]
        previous = self._keys
        try:
            with self.database.write_transaction() as conn:
                rekey.reseal_all(conn, self.vault_id, old_keys, new_keys, progress)
                # No slot of the old key stays: those not written anew are deleted.
                conn.execute(
                    f"DELETE FROM keyslots WHERE name NOT IN ({', '.join('?' * len(names))})",  # noqa: S608 (placeholders only)
                    names,
                )
                conn.executemany(key_slots.INSERT_SQL, slots)
                if kept is None:
                    conn.execute("DELETE FROM vault_secrets WHERE name = ?", (TRUSTEE_SECRET,))
                for name, value in secrets.items():
                    _write_secret(conn, new_keys, self.vault_id, name, value)
                # Inside the transaction (under its lock): no other thread seals with the
                # old keys after the new ones are written.
                self._keys = new_keys
        except BaseException:
            self._keys = previous  # rolled back: the old keys still open everything
            raise
        if not self.database.checkpoint():
            log.warning("re-keyed; the WAL could not be emptied yet (another reader)")
        log.info("re-keyed the vault")
        return issued


def _unseal_or_corrupt(aead: AESGCM, sealed: bytes, aad: bytes, *, error_code: str) -> bytes:
    """Open what this vault sealed; ``error_code`` says what failed its check if not."""
    try:
        return crypto.unseal(aead, sealed, aad)
    except SealError as exc:
        raise VaultCorrupt(error_code) from exc


def _secret_aad(vault_id: str, name: str) -> bytes:
    return f"vault-secret|{vault_id}|{name}".encode()


def _write_secret(
    conn: sqlite3.Connection, keys: PurposeKeys, vault_id: str, name: str, value: bytes
) -> None:
    # Wrapped in JSON so the space padding can be told from the value's own bytes.
    plaintext = json.dumps({"b64": base64.b64encode(value).decode("ascii")}).encode()
    sealed = crypto.seal(keys.secrets, crypto.pad(plaintext), _secret_aad(vault_id, name))
    conn.execute("INSERT OR REPLACE INTO vault_secrets(name, sealed) VALUES (?, ?)", (name, sealed))

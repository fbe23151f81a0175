"""The vault: a private folder with one SQLite database whose content is all ciphertext.

A random 256-bit master key encrypts everything. It is stored only wrapped: once by a key
derived from the passphrase (Argon2id) and once by a key derived from the recovery code.
Unlocking unwraps it; locking drops it.
"""

from __future__ import annotations

import base64
import json
import logging
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from pyrage import x25519

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
from monitor_app.core.vault import crypto
from monitor_app.core.vault.crypto import KdfParams, SealError
from monitor_app.core.vault.passwords import check_new_passphrase
from monitor_app.core.vault.recovery_codes import (
    RECOVERY_GROUP_LEN,
    RECOVERY_GROUPS,
    new_recovery_code,
    normalize_recovery_code,
)
from monitor_app.core.vault.storage import DB_FILENAME, Database

log = logging.getLogger(__name__)

# The names of the identity's two secrets: an Ed25519 seed and an age (X25519) identity.
SIGNING_SECRET = "identity.signing_key"  # noqa: S105 (a secret's name)
AGE_SECRET = "identity.age_identity"  # noqa: S105 (a secret's name)

VAULT_FORMAT = 1
PASSPHRASE_SLOT = "passphrase"  # noqa: S105 (a key slot's name, not a secret)
RECOVERY_SLOT = "recovery"


def _check_display_name(name: str) -> None:
    if not name.strip():
        raise ValidationError("display-name-empty")


@dataclass(frozen=True)
class _Keys:
    """Unlocked key material. Only AEAD objects are kept, not the raw master key."""

    records: AESGCM
    blobs: AESGCM
    secrets: AESGCM
    sync: AESGCM  # contacts, bundles sent and received, quarantine


def _keys_from_master(master: bytes) -> _Keys:
    return _Keys(
        records=AESGCM(crypto.subkey(master, "trial-monitor records v1")),
        blobs=AESGCM(crypto.subkey(master, "trial-monitor blobs v1")),
        secrets=AESGCM(crypto.subkey(master, "trial-monitor vault secrets v1")),
        sync=AESGCM(crypto.subkey(master, "trial-monitor sync v1")),
    )


class Vault:
    """An open vault, locked or unlocked. Use `Vault.create` or `Vault.open`."""

    def __init__(self, folder: Path, database: Database) -> None:
        self.folder = folder
        self.database = database
        self._keys: _Keys | None = None
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
        recovery_code = new_recovery_code()
        vault_id = crypto.new_id()
        database = Database(db_path, create=True)
        os.chmod(db_path, 0o600)
        try:
            database.migrate()
            slots = [
                _keyslot_row(
                    vault_id, PASSPHRASE_SLOT, crypto.passphrase_bytes(passphrase), master, kdf
                ),
                _keyslot_row(vault_id, RECOVERY_SLOT, recovery_code.encode("ascii"), master, kdf),
            ]
            with database.write_transaction() as conn:
                now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
                conn.executemany(
                    "INSERT INTO meta(key, value) VALUES (?, ?)",
                    [
                        ("format", str(VAULT_FORMAT)),
                        ("vault_id", vault_id),
                        ("observer_id", crypto.new_id()),
                        ("created_utc", now),
                    ],
                )
                conn.executemany(_KEYSLOT_INSERT, slots)
            vault = cls(folder, database)
            vault._install_master(master)
            vault.set_secret("display_name", display_name.strip().encode("utf-8"))
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
        self._install_master(master)

    def lock(self) -> None:
        """Drop all key material. Python cannot wipe memory; we keep no extra copies."""
        self._keys = None

    def change_passphrase(self, old_passphrase: str, new_passphrase: str) -> None:
        """Rewrap the master key under a new passphrase. Asks for the old one again."""
        master = self._unwrap(PASSPHRASE_SLOT, crypto.passphrase_bytes(old_passphrase))
        if master is None:
            raise WrongPassphrase("wrong-current-passphrase")
        self._check_new_passphrase(new_passphrase, master)
        self._rewrap({PASSPHRASE_SLOT: crypto.passphrase_bytes(new_passphrase)}, master)
        self._install_master(master)

    def recover(self, recovery_code: str, new_passphrase: str) -> str:
        """Set a new passphrase with the recovery code; return a fresh recovery code.

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
        self._rewrap(
            {
                PASSPHRASE_SLOT: crypto.passphrase_bytes(new_passphrase),
                RECOVERY_SLOT: new_code.encode("ascii"),
            },
            master,
        )
        self._install_master(master)
        return new_code

    def replace_recovery_code(self, passphrase: str) -> str:
        """Retire the recovery code and return a new one; asks for the passphrase again,
        as every change to key security does."""
        master = self._unwrap(PASSPHRASE_SLOT, crypto.passphrase_bytes(passphrase))
        if master is None:
            raise WrongPassphrase("wrong-passphrase")
        new_code = new_recovery_code()
        self._rewrap({RECOVERY_SLOT: new_code.encode("ascii")}, master)
        return new_code

    def kdf_params(self) -> KdfParams:
        with self.database.reading() as conn:
            row = conn.execute(
                "SELECT params FROM keyslots WHERE name = ?", (PASSPHRASE_SLOT,)
            ).fetchone()
        if row is None:
            raise VaultCorrupt("key-slot-missing")
        return KdfParams.from_dict(json.loads(row[0]))

    # ---- sealing, for the record store ----------------------------------------------

    def keys(self) -> _Keys:
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
        # Wrapped in JSON so the space padding can be told from the value's own bytes.
        plaintext = json.dumps({"b64": base64.b64encode(value).decode("ascii")}).encode()
        sealed = crypto.seal(self.keys().secrets, crypto.pad(plaintext), self._secret_aad(name))
        with self.database.write_transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO vault_secrets(name, sealed) VALUES (?, ?)", (name, sealed)
            )

    def get_secret(self, name: str) -> bytes:
        return self._read_secret(self.keys(), name)

    def _read_secret(self, keys: _Keys, name: str) -> bytes:
        with self.database.reading() as conn:
            row = conn.execute(
                "SELECT sealed FROM vault_secrets WHERE name = ?", (name,)
            ).fetchone()
        if row is None:
            raise RecordNotFound("vault-setting-missing", name=name.replace("_", " "))
        plaintext = _unseal_or_corrupt(
            keys.secrets, row[0], self._secret_aad(name), error_code="setting-altered"
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
        name = self._read_secret(_keys_from_master(master), "display_name").decode("utf-8")
        check_new_passphrase(passphrase, (name,))

    def _secret_aad(self, name: str) -> bytes:
        return f"vault-secret|{self.vault_id}|{name}".encode()

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

    def _install_master(self, master: bytes) -> None:
        self._keys = _keys_from_master(master)
        # A vault made before identities existed gets its keys on its first unlock.
        self.ensure_identity_keys()

    def _unwrap(self, slot: str, secret: bytes) -> bytes | None:
        with self.database.reading() as conn:
            row = conn.execute(
                "SELECT kdf, params, salt, wrapped FROM keyslots WHERE name = ?", (slot,)
            ).fetchone()
        if row is None or row[0] != "argon2id":
            raise VaultCorrupt("key-slot-unknown")
        params = KdfParams.from_dict(json.loads(row[1]))
        kek = crypto.derive_key(secret, row[2], params)
        try:
            return crypto.unseal(AESGCM(kek), row[3], _keyslot_aad(self.vault_id, slot))
        except SealError:
            return None

    def _rewrap(self, secrets_by_slot: dict[str, bytes], master: bytes) -> None:
        """Wrap the master key anew. Costs are raised to this machine's calibration when
        that is stronger than what the vault has: never lowered."""
        params = max(self.kdf_params(), crypto.calibrate_kdf(), key=KdfParams.cost)
        # Derive outside the transaction: the KDF is slow and must not hold the write lock.
        rows = [
            _keyslot_row(self.vault_id, slot, secret, master, params)
            for slot, secret in secrets_by_slot.items()
        ]
        with self.database.write_transaction() as conn:
            conn.executemany(_KEYSLOT_INSERT, rows)


def _unseal_or_corrupt(aead: AESGCM, sealed: bytes, aad: bytes, *, error_code: str) -> bytes:
    """Open what this vault sealed; ``error_code`` says what failed its check if not."""
    try:
        return crypto.unseal(aead, sealed, aad)
    except SealError as exc:
        raise VaultCorrupt(error_code) from exc


def _keyslot_aad(vault_id: str, slot: str) -> bytes:
    return f"keyslot|{vault_id}|{slot}".encode()


_KEYSLOT_INSERT = (
    "INSERT OR REPLACE INTO keyslots(name, kdf, params, salt, wrapped) VALUES (?, ?, ?, ?, ?)"
)


def _keyslot_row(
    vault_id: str, slot: str, secret: bytes, master: bytes, params: KdfParams
) -> tuple[str, str, str, bytes, bytes]:
    salt = os.urandom(crypto.SALT_BYTES)
    kek = crypto.derive_key(secret, salt, params)
    wrapped = crypto.seal(AESGCM(kek), master, _keyslot_aad(vault_id, slot))
    return (slot, "argon2id", json.dumps(params.to_dict()), salt, wrapped)

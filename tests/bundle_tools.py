"""Taking real bundles apart and putting them together again, as an attacker would: for
tests of what import refuses. Uses the same libraries as the app, never its sync code for
building, so a test cannot pass by sharing a bug with the code under test."""

from __future__ import annotations

import hashlib
import io
import json
import warnings
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyrage
from pyrage import x25519

from monitor_app.core.sync.identity import Identity
from monitor_app.core.sync.minisign import SecretKey
from monitor_app.core.vault.vault import Vault


def decrypt(raw: bytes, vault: Vault) -> bytes:
    return pyrage.decrypt(raw, [Identity(vault).age])


def encrypt(plaintext: bytes, *recipients: str) -> bytes:
    return pyrage.encrypt(plaintext, [x25519.Recipient.from_str(r) for r in recipients])


def members(archive: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(archive)) as opened:
        return {name: opened.read(name) for name in opened.namelist()}


def zip_entries(entries: Iterable[tuple[str, bytes]], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    """A ZIP with exactly these entries, in order — duplicates and odd names included."""
    out = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(out, "w") as archive:
        warnings.simplefilter("ignore", UserWarning)  # "Duplicate name": wanted here
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = method
            archive.writestr(info, data)
    return out.getvalue()


def manifest_of(parts: dict[str, bytes]) -> dict[str, Any]:
    return json.loads(parts["manifest.json"])


def signed(parts: dict[str, bytes], manifest: dict[str, Any], key: SecretKey) -> dict[str, bytes]:
    """``parts`` with ``manifest`` in place, signed by ``key`` (as its real author would)."""
    data = (json.dumps(manifest, sort_keys=True, indent=1, ensure_ascii=False) + "\n").encode()
    signature = key.sign(data, "trial-monitor (signed again by a test)")
    return {**parts, "manifest.json": data, "manifest.json.minisig": signature}


def rehash(manifest: dict[str, Any], parts: dict[str, bytes]) -> dict[str, Any]:
    """The manifest with its member list matching ``parts`` again."""
    manifest = dict(manifest)
    manifest["members"] = {
        name: {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
        for name, data in parts.items()
        if name not in ("manifest.json", "manifest.json.minisig")
    }
    return manifest


def only_bundle(folder: Path) -> Path:
    (path,) = [p for p in folder.iterdir() if p.suffix == ".age"]
    return path

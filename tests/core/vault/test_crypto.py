from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from hypothesis import given
from hypothesis import strategies as st

from monitor_app.core.vault import crypto, recovery_codes


def test_seal_round_trip_and_binding() -> None:
    aead = AESGCM(AESGCM.generate_key(256))
    sealed = crypto.seal(aead, b"secret note", b"row-1")
    assert sealed.startswith(crypto.SEAL_MAGIC)
    assert crypto.unseal(aead, sealed, b"row-1") == b"secret note"
    with pytest.raises(crypto.SealError):
        crypto.unseal(aead, sealed, b"row-2")
    flipped = bytearray(sealed)
    flipped[-1] ^= 1
    with pytest.raises(crypto.SealError):
        crypto.unseal(aead, bytes(flipped), b"row-1")
    with pytest.raises(crypto.SealError):
        crypto.unseal(aead, b"TMs\x02" + sealed[4:], b"row-1")
    with pytest.raises(crypto.SealError):
        crypto.unseal(aead, sealed[:10], b"row-1")


def test_padding_hides_exact_length() -> None:
    assert len(crypto.pad(b"a")) == crypto.PAD_BLOCK
    assert len(crypto.pad(b"a" * 300)) == 2 * crypto.PAD_BLOCK
    assert crypto.pad(b"x" * crypto.PAD_BLOCK) == b"x" * crypto.PAD_BLOCK


def test_subkeys_differ_per_purpose() -> None:
    master = bytes(32)
    assert crypto.subkey(master, "a") != crypto.subkey(master, "b")
    assert len(crypto.subkey(master, "a")) == crypto.KEY_BYTES


def test_kdf_is_deterministic_and_salted() -> None:
    params = crypto.KDF_FLOOR
    key = crypto.derive_key(b"pass", b"s" * 16, params)
    assert key == crypto.derive_key(b"pass", b"s" * 16, params)
    assert key != crypto.derive_key(b"pass", b"t" * 16, params)


def test_calibration_never_goes_below_the_floor() -> None:
    params = crypto.calibrate_kdf(target_seconds=0.01)
    assert params.memory_kib >= crypto.KDF_FLOOR.memory_kib
    assert params.iterations >= crypto.KDF_FLOOR.iterations
    assert params.lanes == crypto.KDF_FLOOR.lanes
    stronger = crypto.calibrate_kdf(target_seconds=5.0)
    assert stronger.memory_kib <= crypto.KDF_CEILING.memory_kib
    assert (stronger.memory_kib, stronger.iterations) >= (params.memory_kib, params.iterations)


def test_passphrase_bytes_normalise_unicode() -> None:
    composed = "пароль é"
    decomposed = "пароль e\u0301"
    assert crypto.passphrase_bytes(composed) == crypto.passphrase_bytes(decomposed)


def test_recovery_code_shape_and_entropy() -> None:
    code = recovery_codes.new_recovery_code()
    groups = code.split("-")
    assert len(groups) == recovery_codes.RECOVERY_GROUPS
    assert all(len(g) == recovery_codes.RECOVERY_GROUP_LEN for g in groups)
    assert recovery_codes.RECOVERY_BITS >= 128
    assert recovery_codes.new_recovery_code() != code


def test_recovery_code_forgives_case_spacing_and_lookalikes() -> None:
    code = "0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ"
    assert recovery_codes.normalize_recovery_code(code) == code
    sloppy = " o123 4567 89ab-cdef ghjk mnpq rstv wxyz "
    assert recovery_codes.normalize_recovery_code(sloppy) == code
    assert recovery_codes.normalize_recovery_code("0I23-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ") == (
        "0123-4567-89AB-CDEF-GHJK-MNPQ-RSTV-WXYZ"
    )
    assert recovery_codes.normalize_recovery_code("too short") is None
    assert recovery_codes.normalize_recovery_code("U" * 32) is None


@given(st.text(max_size=80))
def test_normalize_recovery_code_never_raises(text: str) -> None:
    result = recovery_codes.normalize_recovery_code(text)
    assert result is None or recovery_codes.normalize_recovery_code(result) == result

"""This laptop's signing key, and checking the signature on a file that came in.

Why Ed25519 through PyNaCl (libsodium): a sender id written in a file is only a claim; a
signature made with a key that never leaves the laptop is proof that two files came from the
same laptop. Nothing here is home-made cryptography: PyNaCl signs and verifies.

Where the private key lives: a file `keys/<installation id>.ed25519` next to the database (the
app's data folder by default), readable by its owner only (0600, folder 0700). It is never in
the database (so backups and copies of the database do not carry it) and never in a pack or a
bundle. A database copied to another laptop without its `keys` folder makes a new key there:
to the facilitator that is, correctly, a new laptop.
"""

from __future__ import annotations

import hashlib
import os
import stat
import tempfile
import uuid
from pathlib import Path

from nacl.exceptions import CryptoError
from nacl.signing import SigningKey, VerifyKey
from sqlalchemy.orm import Session

from pcsc_workshop.core.exchange.errors import ExchangeError
from pcsc_workshop.core.exchange.identity import installation, installation_id_if_any

KEY_FOLDER = "keys"
SUFFIX = ".ed25519"
_LOADED: dict[Path, SigningKey] = {}  # key file -> key, for the process's lifetime


def key_id(public_hex: str) -> str:
    """A sender id derived from the public key (UUID-shaped, fits the bookkeeping columns).

    Why: bookkeeping (sequence numbers, versions seen) is kept per key, never per claimed id,
    so that a file claiming someone else's id cannot move their counters.
    """
    return str(uuid.UUID(bytes=hashlib.sha256(bytes.fromhex(public_hex)).digest()[:16]))


def key_folder(session: Session) -> Path:
    """`keys/` next to the database file (the app's data folder for an in-memory database)."""
    database = session.get_bind().engine.url.database
    if database and database != ":memory:" and not database.startswith("file:"):
        return Path(database).resolve().parent / KEY_FOLDER
    from pcsc_workshop.paths import data_dir

    return data_dir() / KEY_FOLDER


def _private_folder(folder: Path) -> None:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix" and stat.S_IMODE(folder.stat().st_mode) & 0o077:
        folder.chmod(0o700)


def _read(path: Path) -> SigningKey:
    if os.name == "posix" and stat.S_IMODE(path.stat().st_mode) & 0o077:
        path.chmod(0o600)  # someone loosened it: the key is only the owner's to read
    seed = bytes.fromhex(path.read_text(encoding="ascii").strip())
    return SigningKey(seed)


def _create(path: Path) -> SigningKey:
    """Write a new key without ever leaving a readable or half-written key file.

    The temporary file is made 0600 by mkstemp; `os.link` puts it in place only if no other
    process made one first (then theirs is used), so two windows opening at once agree.
    """
    key = SigningKey.generate()
    fd, tmp = tempfile.mkstemp(prefix=".key-", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(bytes(key).hex() + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(tmp, path)
        except FileExistsError:
            return _read(path)
        except OSError:  # file systems without hard links
            if path.exists():
                return _read(path)
            os.replace(tmp, path)
            return key
    finally:
        Path(tmp).unlink(missing_ok=True)
    return key


def own_signing_key(session: Session) -> SigningKey:
    """This installation's signing key, made on first use (the installation id too)."""
    folder = key_folder(session)
    path = folder / f"{installation(session).installation_id}{SUFFIX}"
    if path in _LOADED:
        return _LOADED[path]
    try:
        _private_folder(folder)
        key = _read(path) if path.exists() else _create(path)
    except (OSError, ValueError) as exc:
        raise ExchangeError("no-signing-key", f"This computer's signing key ({path}) could not "
                            f"be read or made: {exc}. Files cannot be signed.") from exc
    _LOADED[path] = key
    return key


def own_public_key_if_any(session: Session) -> str | None:
    """The public key this installation signs with, without making one (reading never writes)."""
    inst = installation_id_if_any(session)
    if inst is None:
        return None
    path = key_folder(session) / f"{inst}{SUFFIX}"
    if path not in _LOADED:
        if not path.exists():
            return None
        try:
            _LOADED[path] = _read(path)
        except (OSError, ValueError):
            return None
    return bytes(_LOADED[path].verify_key).hex()


def sign(key: SigningKey, data: bytes) -> str:
    """The detached signature of `data`, as hex."""
    return key.sign(data).signature.hex()


def verify(public_hex: str, data: bytes, signature_hex: str) -> None:
    """Raise ExchangeError unless `signature_hex` is `public_hex`'s signature of `data`."""
    try:
        VerifyKey(bytes.fromhex(public_hex)).verify(data, bytes.fromhex(signature_hex))
    except (CryptoError, ValueError, TypeError) as exc:
        raise ExchangeError(
            "bad-signature", "The file's signature does not match its content: it was "
            "changed after it was signed, or it was not made by PCSC Workshop. Nothing was "
            "imported.") from exc

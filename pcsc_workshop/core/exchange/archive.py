"""Reading and writing the zip container of a `.pcsc` file, defensively.

Why in memory and with limits: a file from a USB stick may be truncated, a renamed PDF, or
built to hurt (a zip bomb, `../` paths). Nothing is ever extracted to disk; each entry is read
with a byte ceiling that does not trust the sizes the zip declares. Writing goes to a temporary
file in the target folder and is renamed into place, so a half-written file never appears.
"""

from __future__ import annotations

import hashlib
import io
import os
import struct
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from pcsc_workshop.core.exchange import limits as L
from pcsc_workshop.core.exchange.errors import ExchangeError


@dataclass(frozen=True)
class Archive:
    """The entries of a checked `.pcsc` file, as bytes, plus the file's sha256."""

    entries: dict[str, bytes]
    sha256: str
    size: int
    data: bytes = b""


def _refuse(code: str, message: str) -> ExchangeError:
    return ExchangeError(code, message)


def _kind_of_foreign_file(head: bytes) -> str:
    if head.startswith(b"%PDF"):
        return "It is a PDF document renamed to .pcsc"
    if head.startswith(b"SQLite format 3"):
        return "It is a database file, not an exchange file"
    if head[:2] in (b"\xd0\xcf", b"\x7fE") or head.startswith(b"\x89PNG"):
        return "It is some other kind of file renamed to .pcsc"
    return "It is not a zip archive"


def _unsupported(exc: BaseException) -> ExchangeError:
    return _refuse("unsupported-zip", f"The file uses a zip feature PCSC Workshop files never "
                   f"use ({str(exc)[:60]}); it was not opened. Ask for the file again.")


def _check_name(name: str) -> None:
    posix = PurePosixPath(name.replace("\\", "/"))
    bad = (
        not name
        or len(name) > L.MAX_NAME_CHARS
        or name.startswith(("/", "\\"))
        or (len(name) > 1 and name[1] == ":")
        or any(part in ("..", "") for part in posix.parts)
        or "\x00" in name
        or name.endswith("/")
    )
    if bad:
        raise _refuse(
            "unsafe-path",
            f"The file contains an entry with an unsafe name ({name[:80]!r}); "
            "it may have been made to write outside its folder. Nothing was imported.",
        )


def _limit_for(name: str) -> int:
    if name == L.SIGNATURE_NAME:
        return L.MAX_SIGNATURE_BYTES
    return L.MAX_MANIFEST_BYTES if name == L.MANIFEST_NAME else L.MAX_PAYLOAD_BYTES


def read_archive(path: Path) -> Archive:
    """Open and check a `.pcsc` zip; raise ExchangeError with a plain reason if it is unsafe."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > L.MAX_FILE_BYTES:
            raise _refuse("too-large", f"The file is {size // (1024 * 1024)} MB; exchange files "
                          f"are at most {L.MAX_FILE_BYTES // (1024 * 1024)} MB.")
        data = path.read_bytes()
    except OSError as exc:
        raise _refuse("unreadable", f"The file could not be read: {exc.strerror}.") from exc
    return read_archive_bytes(data)


def read_archive_bytes(data: bytes) -> Archive:
    if len(data) > L.MAX_FILE_BYTES:
        raise _refuse("too-large", "The file is too large for an exchange file.")
    if not data.startswith(b"PK\x03\x04"):
        raise _refuse("not-a-zip", f"This is not a PCSC Workshop file. "
                      f"{_kind_of_foreign_file(data[:8])}.")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except NotImplementedError as exc:  # e.g. "zip file version 25.5" in a header
        raise _unsupported(exc) from exc
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError, OverflowError,
            struct.error, UnicodeDecodeError, IndexError, KeyError) as exc:
        raise _refuse("damaged-zip", "The file is damaged or incomplete (perhaps it was not "
                      "fully copied). Ask for the file again.") from exc
    if len(infos) > L.MAX_ENTRIES:
        raise _refuse("too-many-entries", f"The file holds {len(infos)} entries; an exchange "
                      f"file holds at most {L.MAX_ENTRIES}. It was not made by PCSC Workshop.")
    seen: set[str] = set()
    total = 0
    for info in infos:
        _check_name(info.filename)
        if info.filename in seen:
            raise _refuse("duplicate-entry", f"The file holds {info.filename!r} twice.")
        seen.add(info.filename)
        if info.flag_bits & 0x1:
            raise _refuse("encrypted", "The file is password-protected; exchange files never are.")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _refuse("unsupported-compression", "The file uses a compression method "
                          "PCSC Workshop does not read.")
        if info.file_size > _limit_for(info.filename):
            raise _refuse("too-large", f"The entry {info.filename!r} is too large.")
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > L.RATIO_FLOOR and ratio > L.MAX_RATIO:
            raise _refuse("zip-bomb", "The file expands to far more than its size (a 'zip "
                          "bomb'); it was refused without unpacking it.")
    if total > L.MAX_TOTAL_BYTES:
        raise _refuse("zip-bomb", "The file would unpack to more than "
                      f"{L.MAX_TOTAL_BYTES // (1024 * 1024)} MB; it was refused.")
    entries: dict[str, bytes] = {}
    wanted = {L.MANIFEST_NAME, L.SIGNATURE_NAME, *L.PAYLOAD_NAMES.values()}
    for info in infos:
        if info.filename not in wanted:
            continue  # later versions may add entries; they are checked above, never read
        limit = _limit_for(info.filename)
        try:
            with zf.open(info) as fh:
                blob = fh.read(limit + 1)
        except NotImplementedError as exc:  # a zip feature or version we never write
            raise _unsupported(exc) from exc
        except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError, OverflowError,
                struct.error, UnicodeDecodeError, IndexError, KeyError) as exc:
            raise _refuse("damaged-zip", "The file is damaged or incomplete (an entry could not "
                          "be read). Ask for the file again.") from exc
        if len(blob) > limit:
            raise _refuse("zip-bomb", f"The entry {info.filename!r} unpacks to more than it "
                          "declares; it was refused without unpacking it.")
        entries[info.filename] = blob
    return Archive(entries=entries, sha256=hashlib.sha256(data).hexdigest(), size=len(data),
                   data=data)


def build_archive(entries: dict[str, bytes]) -> bytes:
    """A deflated zip of the entries in the given order (manifest first, for other tools)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for name, blob in entries.items():
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, blob)
    return buf.getvalue()


def write_atomic(path: Path, data: bytes) -> None:
    """Write via a temporary file in the same folder and rename: never a half-written file."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".pcsc-", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

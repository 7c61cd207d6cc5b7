"""What every certificate of a workshop carries: organiser logos and signatories.

Set once in the workshop details and stored on the workshop (`Workshop.certificate`, JSON)
with the images inline as base64, so a database copied to another laptop prints the same
certificates. Images are checked here (size, a real PNG or JPEG that Pillow can decode), so
a mistaken or hostile file is refused with a message naming it and nothing is stored.
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from pcsc_workshop.core.models import Workshop
from pcsc_workshop.core.validation import InvalidInput, assign, clean_text, live

MAX_IMAGE_BYTES = 2_000_000
MAX_LOGOS = 4
MAX_SIGNATORIES = 3
_FORMATS = {"PNG", "JPEG"}


@dataclass
class Signatory:
    name: str = ""
    title: str = ""
    signature: str = ""  # PNG/JPEG as base64, "" for a line to sign by hand


@dataclass
class CertificateSettings:
    logos: list[str] = field(default_factory=list)  # PNG/JPEG as base64
    signatories: list[Signatory] = field(default_factory=list)
    issued: date | None = None  # the date of issue printed; None: the workshop's last day

    def as_json(self) -> dict[str, Any]:
        return {"logos": list(self.logos),
                "signatories": [vars(s).copy() for s in self.signatories],
                "issued": self.issued.isoformat() if self.issued else None}


class ImageRefused(InvalidInput):
    """A logo or signature file that cannot be used; the message names the file and why."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__("bad-image", "image")
        self.path, self.reason = path, reason

    def __str__(self) -> str:
        return f"{self.path.name}: {self.reason}"


def image_data(path: Path | str) -> str:
    """A PNG or JPEG file as base64, after checking it really is one (and not too big)."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ImageRefused(path, f"cannot be read ({exc.strerror or exc})") from exc
    if len(raw) > MAX_IMAGE_BYTES:
        raise ImageRefused(path, f"is {len(raw) // 1000} kB; the limit is "
                                 f"{MAX_IMAGE_BYTES // 1000} kB")
    check_image(raw, path)
    return base64.b64encode(raw).decode("ascii")


def check_image(raw: bytes, path: Path) -> None:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(raw)) as image:
            kind = image.format
            width, height = image.size
            image.verify()
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise ImageRefused(path, "is not a PNG or JPEG picture") from exc
    except Image.DecompressionBombError as exc:
        raise ImageRefused(path, "is too large a picture") from exc
    if kind not in _FORMATS:
        raise ImageRefused(path, f"is a {kind} picture; use PNG or JPEG")
    if width < 8 or height < 8 or width * height > 25_000_000:
        raise ImageRefused(path, f"has an unusable size ({width}×{height} pixels)")


def certificate_settings(session: Session, workshop_id: str) -> CertificateSettings:
    w = live(session, Workshop, workshop_id, "workshop_id")
    data = w.certificate or {}
    return CertificateSettings(
        logos=[x for x in data.get("logos") or [] if isinstance(x, str)][:MAX_LOGOS],
        signatories=[Signatory(str(s.get("name") or ""), str(s.get("title") or ""),
                               str(s.get("signature") or ""))
                     for s in data.get("signatories") or [] if isinstance(s, dict)]
        [:MAX_SIGNATORIES],
        issued=issued_on(data))


def issued_on(data: dict[str, Any]) -> date | None:
    """The stored date of issue, None when unset or unreadable."""
    try:
        return date.fromisoformat(data["issued"]) if data.get("issued") else None
    except (TypeError, ValueError):
        return None


def set_certificate_settings(session: Session, workshop_id: str,
                             settings: CertificateSettings) -> bool:
    """Store the logos and signatories (names and titles cleaned, at most 4 and 3)."""
    w = live(session, Workshop, workshop_id, "workshop_id")
    if len(settings.logos) > MAX_LOGOS:
        raise InvalidInput("too-many", "logos")
    if len(settings.signatories) > MAX_SIGNATORIES:
        raise InvalidInput("too-many", "signatories")
    for data in [*settings.logos, *(s.signature for s in settings.signatories if s.signature)]:
        check_image(base64.b64decode(data, validate=True), Path("image"))
    cleaned = CertificateSettings(
        logos=list(settings.logos),
        signatories=[Signatory(clean_text(s.name, "name"), clean_text(s.title, "title"),
                               s.signature) for s in settings.signatories
                     if s.name.strip() or s.signature],
        issued=settings.issued)
    return assign(w, {"certificate": cleaned.as_json()})

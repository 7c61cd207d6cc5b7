"""The sources registry (`sources.yaml`): seed file name -> publisher, title, kind, place, year.

Why: a `source:` field names a seed by its file name (`001_eb67f122f51e2dbd.txt`), which means
nothing to a participant. `citations()` turns a `source:` string into citations a page or a
slide can show ("UN-Habitat, Toward People-centred Smart Cities (slides), Kobe, 2025"), keeping
the text after a seed name (a chapter, "summarised from the draft...") as `detail`, and parts
that name a public source outside the seeds as they are written.

The registry is read apart from the content files (it holds no items to link to), so a folder
without one still loads: file names then stay as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from pcsc_workshop.core.curriculum.problems import Problem

SOURCES_FILE = "sources.yaml"
SourceKind = Literal["slides", "brochure", "news-story", "web-page", "draft-resolution"]
SEED_NAME = re.compile(r"\b\d{3}_[0-9a-f]{16}\.txt\b")


class SourceDoc(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    publisher: str = Field(min_length=1)
    title: str = Field(min_length=1)
    kind: SourceKind
    place: str | None = None
    year: int | None = None
    date: str | None = None
    note: str = ""


class SourcesFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    sources: dict[str, SourceDoc]


@dataclass(frozen=True)
class Citation:
    """One part of a `source:` field. `seed` is the file name when the part names a seed;
    `kind` is a code ("slides") the UI may translate; `detail` is any text that followed."""

    text: str  # the whole citation in English words, ready to show
    seed: str = ""
    publisher: str = ""
    title: str = ""
    kind: str = ""
    place: str = ""
    year: int | None = None
    detail: str = ""


def read_sources(folder: Path | str) -> tuple[dict[str, SourceDoc], list[Problem]]:
    """The registry of a curriculum folder, and its problems (a missing file is none)."""
    path = Path(folder) / SOURCES_FILE
    if not path.is_file():
        return {}, []
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        return {}, [Problem(SOURCES_FILE, "", f"cannot read the file ({exc})")]
    try:
        parsed = SourcesFile.model_validate(data if isinstance(data, dict) else {})
    except ValidationError as exc:
        return {}, [Problem(SOURCES_FILE, ".".join(str(x) for x in e["loc"]), e["msg"])
                    for e in exc.errors()]
    problems = [Problem(SOURCES_FILE, f"sources.{name}", "not a seed file name "
                        "(NNN_<16 hex digits>.txt)")
                for name in parsed.sources if not SEED_NAME.fullmatch(name)]
    return dict(parsed.sources), problems


@lru_cache(maxsize=8)
def _cached(folder: str, mtime: int) -> dict[str, SourceDoc]:
    return read_sources(folder)[0]


def load_sources(folder: Path | str | None = None) -> dict[str, SourceDoc]:
    """The registry of `folder` (default: the shipped curriculum); {} when there is none."""
    if folder is None:
        from pcsc_workshop.core.curriculum.loader import default_folder

        folder = default_folder()
    path = Path(folder) / SOURCES_FILE
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        return {}
    return _cached(str(folder), mtime)


def describe(doc: SourceDoc) -> str:
    """'UN-Habitat, Toward People-centred Smart Cities (slides), Kobe, 2025'."""
    kind = doc.kind.replace("-", " ")
    parts = [doc.publisher, f"{doc.title} ({kind})"]
    parts += [x for x in (doc.place, str(doc.year) if doc.year else "") if x]
    return ", ".join(parts)


def _split(source: str) -> list[str]:
    """Split on ';' outside parentheses (details in parentheses may contain ';')."""
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    for ch in source:
        if ch in "([":
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
        if ch == ";" and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()]


def citations(source: str, registry: dict[str, SourceDoc] | None = None) -> list[Citation]:
    """The citations of a `source:` string, in its order. A seed not in the registry keeps
    its file name (the check reports it); other parts are public sources as written."""
    registry = load_sources() if registry is None else registry
    out: list[Citation] = []
    for part in _split(source or ""):
        match = SEED_NAME.match(part)
        if not match:
            out.append(Citation(text=part))
            continue
        name = match.group(0)
        detail = part[match.end():].strip().strip(",;:").strip()
        if detail.startswith("(") and detail.endswith(")"):
            detail = detail[1:-1].strip()
        doc = registry.get(name)
        if doc is None:
            out.append(Citation(text=" ".join(x for x in (name, detail) if x), seed=name,
                                detail=detail))
            continue
        text = describe(doc) + (f" — {detail}" if detail else "")
        out.append(Citation(text=text, seed=name, publisher=doc.publisher, title=doc.title,
                            kind=doc.kind, place=doc.place or "", year=doc.year,
                            detail=detail))
    return out


def seeds_named(value: Any) -> set[str]:
    """Every seed file name in a `source:` string."""
    return set(SEED_NAME.findall(value or "")) if isinstance(value, str) else set()


__all__ = ["SOURCES_FILE", "Citation", "SourceDoc", "citations", "describe", "load_sources",
           "read_sources", "seeds_named"]

"""Read a curriculum folder (manifest + YAML content files + translation overlays).

Translations live one file per language and content file, `translations/<lang>/<file>.yaml`
(e.g. `translations/fr/cases.yaml`), each `language: fr` + `items: {<id>: {<field>: <text>}}`;
every `*.yaml` under `translations/<lang>/` is read, whatever its name (see `overlays.py` for how
a value lays over the English). The manifest's `languages` says which languages must be
complete; a language with files but not listed there is offered, with English where it is
missing.

`read_folder` never raises for bad content: it collects every problem with its file and field,
so `curriculum check` can list them all at once. `load_curriculum` (in `cache.py`, above the
checker and the catalogue this module must not import) refuses a folder with any problem.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from pcsc_workshop.core.curriculum.models import (
    LANGUAGE_CODE,
    SECTION_MODELS,
    SECTIONS,
    Manifest,
    Translation,
)
from pcsc_workshop.core.curriculum.problems import Problem

MANIFEST = "manifest.yaml"
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class FolderContent:
    """Everything parsed from a folder, plus where each item came from (for messages)."""

    folder: Path
    manifest: Manifest | None = None
    sections: dict[str, list[Any]] = field(default_factory=lambda: {s: [] for s in SECTIONS})
    # item id -> list of (file, "section[index]") where it is defined
    origins: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    # language -> item id -> field -> translated value (merged from every file of the language)
    translations: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    # language -> files read for it; (language, item id) -> the file that translated it
    translation_files: dict[str, list[str]] = field(default_factory=dict)
    translation_origins: dict[tuple[str, str], str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    # sections where an item failed validation: their counts cannot be checked reliably
    broken_sections: set[str] = field(default_factory=set)


def default_folder() -> Path:
    from pcsc_workshop.paths import curricula_dir

    return curricula_dir() / "pcsc"


class _ParsedCache:
    """Parsed YAML of the shipped curriculum kept as JSON in the user cache folder.

    PyYAML's constructor is pure Python and takes ~55 ms for the shipped files; JSON loads the
    same data in a few ms. Entries are keyed on file size and mtime, so an edited file is
    re-parsed. Only the shipped folder is cached (test copies would litter the cache), and any
    failure to read or write the cache just means parsing the YAML again. One cache file per
    folder (its name holds a hash of the folder's path): with one file for all, two installs
    or checkouts on one machine took it from each other, so every start of either re-parsed
    the YAML (~0.35 s of CPU) and rewrote 1.4 MB of JSON (json.dumps holds the GIL for
    15-30 ms, a stall of the window's thread).
    """

    VERSION = 2  # 2: entries keyed on the path inside the folder (translations/fr/x.yaml)

    def __init__(self, folder: Path) -> None:
        self.path: Path | None = None
        self.entries: dict[str, Any] = {}
        self.changed = False
        try:
            if folder.resolve() != default_folder().resolve():
                return
            from platformdirs import user_cache_dir

            from pcsc_workshop.paths import APP_NAME

            where = hashlib.sha1(str(folder.resolve()).encode("utf-8")).hexdigest()[:12]
            self.path = (Path(user_cache_dir(APP_NAME, appauthor=False))
                         / f"curriculum-pcsc-{where}.json")
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data.get("version") == self.VERSION and data.get("folder") == str(folder.resolve()):
                self.entries = data.get("files", {})
        except (OSError, ValueError, AttributeError):
            self.entries = {}

    @staticmethod
    def _key(path: Path) -> list[int]:
        stat = path.stat()
        return [stat.st_mtime_ns, stat.st_size]

    def get(self, path: Path, name: str) -> Any:
        entry = self.entries.get(name)
        try:
            if entry and entry["key"] == self._key(path):
                return entry["data"]
        except OSError:
            pass
        return None

    def put(self, path: Path, name: str, data: Any) -> None:
        if self.path is None:
            return
        try:
            self.entries[name] = {"key": self._key(path), "data": data}
            self.changed = True
        except OSError:
            pass

    def save(self, folder: Path) -> None:
        if self.path is None or not self.changed:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(json.dumps({"version": self.VERSION, "folder": str(folder.resolve()),
                                       "files": self.entries}, ensure_ascii=False),
                           encoding="utf-8")
            os.replace(tmp, self.path)
        except (OSError, TypeError, ValueError):
            pass


# File text -> its parsed data (pickled), for this process. Why: PyYAML's constructor is
# Python even with libyaml and parsing the shipped files takes ~0.35 s of CPU; a folder that is
# read again after one file was edited (a content editor re-running `curriculum check`, each
# test's copy of the shipped folder) parses only the changed file. Unpickling gives each reader
# its own copy in ~5 ms. Sized for a few folders' worth of files.
_PARSED: dict[str, bytes] = {}
_PARSED_KEPT = 400


def _read_yaml(path: Path, name: str, problems: list[Problem],
               cache: _ParsedCache | None = None) -> Any:
    if cache is not None:
        cached = cache.get(path, name)
        if cached is not None:
            return cached
    data = _parse_yaml(path, name, problems)
    if cache is not None and data is not None:
        cache.put(path, name, data)
    return data


def _parse_yaml(path: Path, name: str, problems: list[Problem]) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        problems.append(Problem(name, "", "file not found"))
        return None
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(Problem(name, "", f"cannot read the file ({exc})"))
        return None
    known = _PARSED.get(text)
    if known is not None:
        return pickle.loads(known)  # a fresh copy: callers may keep or change what they get
    try:
        data = yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "YAML"
        what = exc.problem or exc.context or "invalid YAML"
        problems.append(Problem(name, where, f"YAML syntax error: {what}"))
    except yaml.YAMLError as exc:
        problems.append(Problem(name, "YAML", f"YAML syntax error: {exc}"))
    else:
        if len(_PARSED) >= _PARSED_KEPT:
            _PARSED.clear()
        _PARSED[text] = pickle.dumps(data, pickle.HIGHEST_PROTOCOL)
        return data
    return None


def _field_path(loc: tuple[Any, ...], data: Any) -> str:
    """'pillars[2] (pillar.shared-prosperity).actions.local.count' from a pydantic location."""
    parts: list[str] = []
    node = data
    for key in loc:
        if isinstance(key, int) and parts:
            parts[-1] += f"[{key}]"
            node = node[key] if isinstance(node, list) and key < len(node) else None
            if isinstance(node, dict) and isinstance(node.get("id"), str):
                parts[-1] += f" ({node['id']})"
        else:
            parts.append(str(key))
            node = node.get(key) if isinstance(node, dict) else None
    return ".".join(parts)


def _validate(model: type[BaseModel], data: Any, name: str, problems: list[Problem],
              prefix: tuple[Any, ...] = (), root: Any = None) -> Any:
    if data is None and not prefix:
        data = {}
    if not isinstance(data, dict):
        where = _field_path(prefix, root) if prefix else ""
        problems.append(Problem(name, where, "must be a YAML mapping (key: value)"))
        return None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            message = err["msg"]
            if err["type"] == "extra_forbidden":
                message = "unknown field (not allowed here)"
            elif err["type"] == "missing":
                message = "required field is missing"
            where = _field_path(prefix + tuple(err["loc"]), root if prefix else data)
            problems.append(Problem(name, where, message))
        return None


def _read_content_file(content: FolderContent, name: str, data: Any) -> None:
    """Validate each item on its own so one broken item does not hide the rest of the file."""
    problems = content.problems
    if data is None:
        return
    if not isinstance(data, dict):
        problems.append(Problem(name, "", "the file must hold a YAML mapping (section: list)"))
        return
    for section, items in data.items():
        if section not in SECTION_MODELS:
            known = ", ".join(SECTIONS)
            problems.append(Problem(name, str(section), f"unknown section (known: {known})"))
            continue
        if items is None:
            continue
        if not isinstance(items, list):
            problems.append(Problem(name, str(section), "must be a list of items"))
            continue
        model = SECTION_MODELS[section]
        for i, raw in enumerate(items):
            where = f"{section}[{i}]"
            if isinstance(raw, dict) and isinstance(raw.get("id"), str):
                content.origins.setdefault(raw["id"], []).append((name, where))
            item = _validate(model, raw, name, problems, prefix=(section, i), root=data)
            if item is not None:
                content.sections[section].append(item)
            else:
                content.broken_sections.add(section)


def read_folder(folder: Path | str) -> FolderContent:
    """Parse a curriculum folder; structural problems are collected, never raised."""
    folder = Path(folder)
    content = FolderContent(folder=folder)
    problems = content.problems
    if not folder.is_dir():
        problems.append(Problem(str(folder), "", "not a folder"))
        return content
    cache = _ParsedCache(folder)
    manifest = _validate(Manifest, _read_yaml(folder / MANIFEST, MANIFEST, problems, cache),
                         MANIFEST, problems)
    content.manifest = manifest
    if manifest is None:
        return content
    for index, name in enumerate(manifest.files):
        path = folder / name
        if not path.is_file():
            problems.append(Problem(MANIFEST, f"files[{index}]", f"file {name!r} not found"))
            continue
        _read_content_file(content, name, _read_yaml(path, name, problems, cache))
    _read_translations(content, cache)
    cache.save(folder)
    return content


TRANSLATIONS = "translations"


def translation_languages(folder: Path) -> list[str]:
    """Languages that have a `translations/<lang>/` folder (sorted)."""
    base = folder / TRANSLATIONS
    if not base.is_dir():
        return []
    return sorted(p.name for p in base.iterdir()
                  if p.is_dir() and LANGUAGE_CODE.fullmatch(p.name))


def _read_translations(content: FolderContent, cache: _ParsedCache | None) -> None:
    """Read every `translations/<lang>/*.yaml`; one item's fields may come from one file only."""
    base = content.folder / TRANSLATIONS
    problems = content.problems
    if not base.is_dir():
        return
    for path in sorted(base.iterdir()):
        name = f"{TRANSLATIONS}/{path.name}"
        if path.is_file() and path.suffix in (".yaml", ".yml"):
            problems.append(Problem(name, "", "old layout: move it to translations/<lang>/"
                                    "<content-file>.yaml (one file per content file)"))
        elif path.is_dir() and not LANGUAGE_CODE.fullmatch(path.name):
            problems.append(Problem(name, "", "not a language code (en, fr, es, pt, ar...)"))
    for language in translation_languages(content.folder):
        merged = content.translations.setdefault(language, {})
        files = content.translation_files.setdefault(language, [])
        for path in sorted((base / language).glob("*.y*ml")):
            name = f"{TRANSLATIONS}/{language}/{path.name}"
            files.append(name)
            overlay = _validate(Translation, _read_yaml(path, name, problems, cache), name,
                                problems)
            if overlay is None:
                continue
            if overlay.language != language:
                problems.append(Problem(name, "language", f"says {overlay.language!r} but the "
                                        f"file is in the {language!r} folder"))
                continue
            for item_id, fields in overlay.items.items():
                first = content.translation_origins.get((language, item_id))
                if first is not None:
                    problems.append(Problem(name, f"items.{item_id}",
                                            f"already translated in {first} (one file per item)"))
                    continue
                content.translation_origins[(language, item_id)] = name
                merged[item_id] = dict(fields)

"""Translation overlays: which fields of an item are text, and how a translation lays over them.

A translation file (`translations/<lang>/<content-file>.yaml`) gives, per item id, the fields
it translates: `{id: {field: value}}`. A plain text field takes a string. A list or nested field
is given whole, in the same order and shape as the English: a list of strings as a list of the
same length; a nested mapping (`principles: {count, example}`) or a list of mappings (a case
study's `figures`, a template's `sessions`) with the same entries in the same order, where the
non-text keys (ids, numbers, links, times) may be left out - the English values are kept - or
repeated unchanged. The overlay is merged per item and per field: a field a translation lacks,
or gives in the wrong shape, stays English for that field only, and the curriculum records that
it fell back, so a screen can mark it.

Which fields are text is read from the pydantic models, not listed by hand: a `str` field
without a pattern (ids, links and clock times have one) and not a `Literal` (kinds, themes) is
text; `id` and `source` (a citation of a seed file) never are. Fields added by other branches are
picked up without touching this module.
"""

from __future__ import annotations

import hashlib
import json
import types
import typing
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

NEVER_TEXT = frozenset({"id", "source"})


def _strip_annotated(annotation: Any) -> tuple[Any, list[Any]]:
    metadata: list[Any] = []
    while get_origin(annotation) is typing.Annotated:
        args = get_args(annotation)
        annotation, metadata = args[0], metadata + list(args[1:])
    return annotation, metadata


def _shape(annotation: Any) -> Any:
    """A small description of where the text is in a field: "text", None, or a nested shape.

    Shapes: "text" (translatable string); ("list", shape); ("model", {field: shape}).
    None means: nothing to translate here.
    """
    annotation, metadata = _strip_annotated(annotation)
    origin = get_origin(annotation)
    if annotation is str:
        if any(getattr(m, "pattern", None) for m in metadata):
            return None  # ids, links, clock times
        return "text"
    if origin is Literal:
        return None
    if origin in (Union, types.UnionType):
        shapes = [_shape(a) for a in get_args(annotation) if a is not type(None)]
        shapes = [s for s in shapes if s is not None]
        return shapes[0] if len(shapes) == 1 else None
    if origin is list:
        inner = _shape(get_args(annotation)[0])
        return ("list", inner) if inner is not None else None
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        fields = model_text_shape(annotation)
        return ("model", fields) if fields else None
    return None


_SHAPES: dict[type, dict[str, Any]] = {}


def model_text_shape(model: type[BaseModel]) -> dict[str, Any]:
    """{field name: shape} of the translatable fields of a model (cached per model)."""
    cached = _SHAPES.get(model)
    if cached is None:
        cached = {}
        for name, info in model.model_fields.items():
            if name in NEVER_TEXT:
                continue
            # pydantic keeps a field's own Annotated metadata (an id's pattern) apart
            if any(getattr(m, "pattern", None) for m in info.metadata):
                continue
            shape = _shape(info.annotation)
            if shape is not None:
                cached[name] = shape
        _SHAPES[model] = cached
    return cached


def has_text(shape: Any, value: Any) -> bool:
    """Whether an English value holds any non-empty text to translate."""
    if shape == "text":
        return isinstance(value, str) and bool(value.strip())
    if isinstance(value, list) and isinstance(shape, tuple) and shape[0] == "list":
        return any(has_text(shape[1], v) for v in value)
    if isinstance(value, dict) and isinstance(shape, tuple) and shape[0] == "model":
        return any(has_text(s, value.get(k)) for k, s in shape[1].items())
    return False


def translatable_fields(item: BaseModel) -> dict[str, Any]:
    """{field: shape} for the fields of this item that hold English text to translate."""
    english = item.model_dump(mode="json")
    return {name: shape for name, shape in model_text_shape(type(item)).items()
            if has_text(shape, english.get(name))}


def texts_of(shape: Any, value: Any, path: str = "") -> list[tuple[str, str]]:
    """(path, text) of every text leaf: 'descriptors[2]', 'figures[0].label'."""
    if shape == "text":
        return [(path, value)] if isinstance(value, str) and value.strip() else []
    out: list[tuple[str, str]] = []
    if isinstance(shape, tuple) and shape[0] == "list" and isinstance(value, list):
        for i, v in enumerate(value):
            out += texts_of(shape[1], v, f"{path}[{i}]")
    elif isinstance(shape, tuple) and shape[0] == "model" and isinstance(value, dict):
        for key, inner in shape[1].items():
            out += texts_of(inner, value.get(key), f"{path}.{key}" if path else key)
    return out


class ShapeError(ValueError):
    """A translated value that does not have the English value's shape."""


def merge(shape: Any, english: Any, translated: Any, path: str = "") -> Any:
    """The English value with the translated text laid over it; ShapeError if shapes differ.

    Non-text keys of nested mappings come from the English (a translation that repeats them
    must repeat them unchanged); lists must have the English length.
    """
    where = path or "the value"
    if shape == "text":
        if not isinstance(translated, str) or not translated.strip():
            raise ShapeError(f"{where}: expected a text")
        return translated
    kind, inner = shape
    if kind == "list":
        if not isinstance(translated, list) or not isinstance(english, list):
            raise ShapeError(f"{where}: expected a list of {len(english or [])} entries, "
                             "given whole in the English order")
        if len(translated) != len(english):
            raise ShapeError(f"{where}: has {len(translated)} entries, the English has "
                             f"{len(english)} (a list is given whole, in the same order)")
        return [merge(inner, e, t, f"{path}[{i}]")
                for i, (e, t) in enumerate(zip(english, translated, strict=True))]
    if not isinstance(translated, dict) or not isinstance(english, dict):
        raise ShapeError(f"{where}: expected a mapping like the English")
    out = dict(english)
    for key, value in translated.items():
        at = f"{path}.{key}" if path else str(key)
        if key in inner:
            if english.get(key) in (None, "") and value in (None, ""):
                continue
            out[key] = merge(inner[key], english.get(key), value, at)
        elif key not in english:
            raise ShapeError(f"{at}: the English has no such field")
        elif value != english[key]:
            raise ShapeError(f"{at}: is not text and must stay {english[key]!r} "
                             "(leave it out or copy it unchanged)")
    return out


def english_hash(value: Any) -> str:
    """A short, stable hash of an English field value (text, list or mapping) for stamps."""
    data = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:16]


__all__ = ["ShapeError", "english_hash", "has_text", "merge", "model_text_shape",
           "texts_of", "translatable_fields"]

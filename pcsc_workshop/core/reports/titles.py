"""Readable names for curriculum ids in documents, without importing reportlab.

Kept apart from the PDF modules on purpose: the UI builds a title lookup on its own thread
before handing an export to a worker, and importing reportlab there froze the window for
about 90 ms (bench/ui_latency_bench.py found it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def humanise_ref(ref: str) -> str:
    """A readable fallback for a curriculum id: 'pillar.community-participation' -> 'Community participation'."""
    tail = ref.rsplit(".", 1)[-1].replace("-", " ").strip()
    return tail[:1].upper() + tail[1:] if tail else ref


def curriculum_titles(curriculum: Any | None) -> Callable[[str], str]:
    """id -> name from the curriculum, humanised ids when it has no such item (or none)."""
    if curriculum is None:
        return humanise_ref

    def title(ref: str) -> str:
        try:
            return curriculum.title_of(ref) or humanise_ref(ref)
        except Exception:  # an id the curriculum does not know
            return humanise_ref(ref)

    return title

"""Citations a reader expects instead of seed file names ("Source: 003_f1a999803d1432c9.txt").

`cite(source)` gives the citations of a `source:` field as text: publisher, title, kind,
place and year. It uses the curriculum's sources registry (`core/curriculum/sources.py` and
`curricula/pcsc/sources.yaml`) when the installed curriculum code has it, else reads
`sources.yaml` itself when present, else names the five seed documents from what
`/work/shared/seeds/README.md` says of them. Text that is not a seed file name (a public
source written out) is kept as written.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

SEED_NAME = re.compile(r"\b\d{3}_[0-9a-f]{16}\.txt\b")

# publisher, title (kind), place, year — as the seeds' README describes the five documents
_SEEDS: dict[str, str] = {
    "000_39fa44090e259d87.txt": "United Nations Centre for Regional Development (UNCRD), "
                                "Smart Cities Programme (web page), Nagoya, 2021",
    "001_eb67f122f51e2dbd.txt": "UN-Habitat, Toward People-centred Smart Cities (slides), "
                                "Kobe, 2025",
    "002_81e228bfe4d17e36.txt": "Japan International Cooperation Agency (JICA), Smart City "
                                "Approach towards Sustainable Urban Management (brochure)",
    "003_f1a999803d1432c9.txt": "World Bank Tokyo Development Learning Center (TDLC), Smart "
                                "Cities Technical Deep Dive in Tokyo and Yokohama (news story), "
                                "Tokyo, 2016",
    "004_62337842bb0280a6.txt": "UN-Habitat Assembly, Draft resolution on international "
                                "guidelines on people-centred smart cities (draft resolution), "
                                "Nairobi, 2023",
}


@lru_cache(maxsize=1)
def _registry() -> dict[str, str]:
    """seed file name -> citation text, from the best source available."""
    try:  # the curriculum's own registry (curriculum-course's sources.py), when installed
        from pcsc_workshop.core.curriculum import sources as registry

        return {name: registry.describe(doc) for name, doc in registry.load_sources().items()} \
            or dict(_SEEDS)
    except ImportError:
        pass
    try:
        import yaml

        from pcsc_workshop.core.curriculum.loader import default_folder

        path = Path(default_folder()) / "sources.yaml"
        data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else None
        found = {}
        for name, doc in ((data or {}).get("sources") or {}).items():
            kind = str(doc.get("kind", "")).replace("-", " ")
            parts = [doc.get("publisher", ""), f"{doc.get('title', '')}"
                     + (f" ({kind})" if kind else "")]
            parts += [str(x) for x in (doc.get("place"), doc.get("year")) if x]
            found[name] = ", ".join(p for p in parts if p)
        return found or dict(_SEEDS)
    except Exception:  # noqa: BLE001 - a faulty registry must not hide the content
        return dict(_SEEDS)


def cite(source: str) -> list[str]:
    """The citations of a `source:` string, in order, each once."""
    out: list[str] = []
    registry = _registry()
    for part in re.split(r";\s*", source or ""):
        part = part.strip().strip(",")
        if not part:
            continue
        match = SEED_NAME.search(part)
        if match:
            rest = (part[:match.start()] + part[match.end():]).strip(" ,:()")
            text = registry.get(match.group(0), match.group(0))
            text = f"{text} — {rest}" if rest else text
        else:
            text = part
        if text not in out:
            out.append(text)
    return out


__all__ = ["cite"]

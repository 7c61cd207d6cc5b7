"""Every shipped data file is installed by `pip install .` (pyproject data-files)."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_curriculum_and_resource_file_is_in_data_files() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = [p for globs in config["tool"]["setuptools"]["data-files"].values() for p in globs]
    missing = []
    for top in ("curricula", "resources"):
        for path in (ROOT / top).rglob("*"):
            rel = path.relative_to(ROOT).as_posix()
            if path.is_file() and not any(
                fnmatch.fnmatch(rel, p) and Path(rel).parent == Path(p).parent for p in patterns
            ):
                missing.append(rel)
    # .qm files are generated at build time and match the translations glob.
    assert missing == [], f"add these to [tool.setuptools.data-files]: {missing}"

"""The parsed-YAML cache of the shipped curriculum (core/curriculum/loader.py's _ParsedCache)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pcsc_workshop.core.curriculum import loader


def test_two_installs_keep_their_own_cache(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Two checkouts (or installs) on one machine: each start of one must not throw away the
    other's cache, or every start re-parses the whole curriculum's YAML."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folders = [tmp_path / "one" / "pcsc", tmp_path / "two" / "pcsc"]
    for folder in folders:
        folder.mkdir(parents=True)
        (folder / "x.yaml").write_text(f"name: {folder.parent.name}\n", encoding="utf-8")
        monkeypatch.setattr(loader, "default_folder", lambda f=folder: f)
        cache = loader._ParsedCache(folder)
        cache.put(folder / "x.yaml", "x.yaml", {"name": folder.parent.name})
        cache.save(folder)
    for folder in folders:
        monkeypatch.setattr(loader, "default_folder", lambda f=folder: f)
        found = loader._ParsedCache(folder).get(folder / "x.yaml", "x.yaml")
        assert found == {"name": folder.parent.name}

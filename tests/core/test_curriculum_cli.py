"""`pcsc-workshop curriculum check|show` as a script would use it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from pcsc_workshop.cli import main
from pcsc_workshop.core.curriculum import default_folder


def test_check_shipped_curriculum_exits_0(capsys):
    assert main(["curriculum", "check"]) == 0
    assert "OK" in capsys.readouterr().out


def test_check_broken_folder_exits_1_with_file_and_field(tmp_path: Path, capsys):
    folder = tmp_path / "pcsc"
    shutil.copytree(default_folder(), folder)
    path = folder / "pillars.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "    kind: enabling\n", "    kind: enabled\n", 1), encoding="utf-8")
    assert main(["curriculum", "check", str(folder)]) == 1
    out = capsys.readouterr()
    assert "pillars.yaml: pillars[4] (pillar.governance-regulations).kind:" in out.out
    assert "1 problem" in out.err


def test_check_missing_folder_exits_1(tmp_path: Path, capsys):
    assert main(["curriculum", "check", str(tmp_path / "nowhere")]) == 1
    assert "not a folder" in capsys.readouterr().out


def test_show_json_has_stable_ids_counts_and_descriptors(capsys):
    assert main(["curriculum", "show", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["id"] == "pcsc" and data["version"]
    pillars = {p["id"]: p for p in data["pillars"]}
    dpi = pillars["pillar.digital-public-infrastructure"]
    assert dpi["principles"]["count"] == 5 and dpi["actions"]["local"]["count"] == 11
    assert dpi["action_total"] == 30 and dpi["actions"]["national"]["example"]
    assert len(data["elements"]) == 21
    assert all(len(e["descriptors"]) == 5 for e in data["elements"])
    assert data["elements"][15]["levels"]["0"] == data["elements"][15]["descriptors"][0]
    for key in ("domains", "stages", "case_studies", "statistics", "templates", "questions",
                "resolution_principles", "support_menu", "scaling", "city_types"):
        assert data[key], key
    assert len(data["questions"]) >= 40


def test_show_json_in_french(capsys):
    assert main(["curriculum", "show", "--json", "--language", "fr"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["pillars"][0]["name"] == "Prospérité partagée"


def test_show_broken_folder_is_a_user_error(tmp_path: Path, capsys):
    folder = tmp_path / "pcsc"
    shutil.copytree(default_folder(), folder)
    (folder / "manifest.yaml").write_text("id: [oops\n", encoding="utf-8")
    assert main(["curriculum", "show", "--json", str(folder)]) == 1
    assert "manifest.yaml" in capsys.readouterr().err

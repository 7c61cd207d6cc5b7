"""The format as other tools see it: manifest fields, layout, published schema, file names,
and the command line."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from pcsc_workshop.cli import main as cli_main
from pcsc_workshop.core.exchange import bundle_file_name, write_pack
from pcsc_workshop.core.exchange.schema import exchange_json_schema
from tests.core.test_exchange_support import fresh_store

ROOT = Path(__file__).resolve().parents[2]


def test_published_json_schema_is_up_to_date() -> None:
    published = json.loads((ROOT / "docs" / "exchange-schema.json").read_text("utf-8"))
    assert published == exchange_json_schema(), (
        "docs/exchange-schema.json is stale: run "
        "`python -m pcsc_workshop.core.exchange.publish_schema > docs/exchange-schema.json`")


def test_pack_layout_and_manifest(tmp_path: Path, demo_id: str, store) -> None:
    from pcsc_workshop.core.people import list_delegations, list_participants

    with store.session() as s:
        write_pack(s, demo_id, tmp_path / "w.pcsc")
        people = {p.id for p in list_participants(s, demo_id)}
        delegations = {d.id for d in list_delegations(s, demo_id)}
    with zipfile.ZipFile(tmp_path / "w.pcsc") as zf:
        assert zf.namelist() == ["manifest.json", "manifest.sig", "workshop.json"]
        manifest = json.loads(zf.read("manifest.json"))
        payload = json.loads(zf.read("workshop.json"))
    assert manifest["format"] == "pcsc-exchange" and manifest["format_version"] == 2
    assert manifest["kind"] == "workshop-pack" and manifest["workshop_id"] == demo_id
    assert manifest["app_version"] and manifest["sender_installation_id"]
    assert payload["workshop"]["id"] == demo_id
    assert len(payload["participants"]) == len(people)  # every participant, once
    assert {p["id"] for p in payload["participants"]} == people
    assert len(payload["delegations"]) == len(delegations)
    assert {d["id"] for d in payload["delegations"]} == delegations
    names = {p["name"] for p in payload["participants"]}
    assert "আনিকা রহমান" in names and "ليلى بنعلي" in names  # any script travels as written
    assert all("email" not in p and "consent" not in p for p in payload["participants"])


def test_bundle_file_names_tell_people_apart() -> None:
    from datetime import datetime

    when = datetime(2016, 11, 16, 15, 30)
    name = bundle_file_name("Smart Cities Technical Deep Dive", "Ana Cossa", 4, when)
    assert name == "smart-cities-technical-ana-cossa-r4-20161116-1530.pcsc"
    bengali = bundle_file_name("Deep Dive", "আনিকা রহমান", 2, when)
    assert "আনিকা-রহমান" in bengali and "/" not in bengali
    assert bundle_file_name("T", "../../etc/passwd", 1, when).startswith("t-etc-passwd-r1")


def test_cli_pack_bundle_import(tmp_path: Path, capsys) -> None:
    fac = fresh_store(tmp_path, "fac")
    fac.close()
    db = str(fac.path)
    assert cli_main(["--db", db, "demo"]) == 0
    wid = capsys.readouterr().out.strip()
    pack = tmp_path / "w.pcsc"
    assert cli_main(["--db", db, "pack", "--workshop", wid, "--out", str(pack)]) == 0
    laptop = str(tmp_path / "laptop.sqlite3")
    assert cli_main(["--db", laptop, "import", str(pack)]) == 0
    out = tmp_path / "usb"
    out.mkdir()
    assert cli_main(["--db", laptop, "bundle", "--workshop", wid, "--out", str(out)]) == 0
    from pcsc_workshop.core.people import list_participants
    from pcsc_workshop.core.store import Store

    on_laptop = Store(Path(laptop))
    with on_laptop.session() as s:
        people = len(list_participants(s, wid))
    on_laptop.close()
    assert people and len(list(out.glob("*.pcsc"))) == people  # one bundle per participant
    junk = tmp_path / "notes.pcsc"
    junk.write_text("not a pcsc file")
    capsys.readouterr()
    assert cli_main(["--db", db, "import", str(out), str(junk)]) == 1  # one refused
    captured = capsys.readouterr()
    assert "REFUSED   notes.pcsc: This is not a PCSC Workshop file" in captured.err
    # One laptop signed all nine: the first is trusted, the other eight speak for someone
    # else and are held for the facilitator.
    assert captured.out.count("\naccepted  ") + captured.out.startswith("accepted  ") == 1
    assert captured.out.count("\nHELD      ") + captured.out.startswith("HELD      ") == 8
    assert "10 files: 1 accepted, 8 held, 0 already present, 1 refused" in captured.out
    assert cli_main(["--db", db, "held", "--workshop", wid]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == 8 and all("laptop that sends" in line for line in listed)
    for line in listed:
        assert cli_main(["--db", db, "held", "--workshop", wid, "--accept",
                         line.split()[0]]) == 0
    assert capsys.readouterr().out.count("accepted  ") == 8
    assert cli_main(["--db", db, "import", str(out)]) == 0
    assert "9 files: 0 accepted, 9 already present, 0 refused" in capsys.readouterr().out
    assert cli_main(["--db", db, "pack", "--workshop", "nope", "--out", str(pack)]) == 1

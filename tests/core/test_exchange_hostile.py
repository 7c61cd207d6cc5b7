"""Bad and hostile files: each is refused with a plain reason and the database stays exactly
as it was (same content in every table, PRAGMA integrity_check ok). Plus a fuzz test."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pcsc_workshop.core.exchange import (
    ExchangeError,
    choose_participant,
    import_file,
    open_pack,
    parse_file,
    write_bundle,
    write_pack,
)
from pcsc_workshop.core.exchange.keys import own_signing_key, sign
from pcsc_workshop.core.plans import NextStepRow, plan_for_participant, save_plan
from tests.core.test_exchange_support import db_digest, fresh_store, make_workshop

_WORLD: dict = {}


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """A facilitator database and one valid plan bundle (bytes) from a participant's laptop."""
    if not _WORLD:
        folder = tmp_path_factory.mktemp("hostile")
        fac = fresh_store(folder, "facilitator")
        wid = make_workshop(fac, 3, delegations=1)
        with fac.session() as s:
            write_pack(s, wid, folder / "pack.pcsc")
        laptop = fresh_store(folder, "laptop")
        with laptop.session() as s:
            info = open_pack(s, folder / "pack.pcsc")
            pid = info.participants[0].id
            other = info.participants[1].id
            choose_participant(s, wid, pid)
            doc = plan_for_participant(s, pid)
            doc.key_takeaways = "Kept safe"
            doc.next_steps = [NextStepRow(action="One"), NextStepRow(action="Two")]
            save_plan(s, doc)
            bundle = write_bundle(s, wid, pid, folder / "good.pcsc").path
            key = own_signing_key(s)
        laptop.close()
        _WORLD.update(folder=folder, fac=fac, wid=wid, pid=pid, other=other, key=key,
                      bundle=bundle.read_bytes(), pack=(folder / "pack.pcsc").read_bytes())
    return _WORLD


def _entries(blob: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(blob)) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def _zip(entries: dict[str, bytes] | list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    items = entries.items() if isinstance(entries, dict) else entries
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in items:
            zf.writestr(name, data)
    return buf.getvalue()


def _rebuild(blob: bytes, *, manifest: Callable[[dict], None] | None = None,
             payload: Callable[[dict], None] | None = None,
             raw_payload: bytes | None = None) -> bytes:
    """The valid bundle with its manifest or payload changed, checksum made to match again
    (so the change reaches the content checks instead of failing the checksum)."""
    entries = _entries(blob)
    man = json.loads(entries["manifest.json"])
    name = man["payload"]["name"]
    if payload is not None:
        data = json.loads(entries[name])
        payload(data)
        raw_payload = json.dumps(data, ensure_ascii=False).encode()
    if raw_payload is not None:
        entries[name] = raw_payload
        man["payload"]["sha256"] = hashlib.sha256(raw_payload).hexdigest()
        man["payload"]["size"] = len(raw_payload)
    man["signing_key"] = bytes(_WORLD["key"].verify_key).hex()
    if manifest is not None:
        manifest(man)
    entries["manifest.json"] = json.dumps(man).encode()
    # Signed again with the participant laptop's own key: what a participant could forge.
    entries["manifest.sig"] = sign(_WORLD["key"], entries["manifest.json"]).encode()
    return _zip(entries)


def _pdf() -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(72, 720, "Action plan")
    c.save()
    return buf.getvalue()


def _set_plan(field: str, value: object) -> Callable[[dict], None]:
    def change(data: dict) -> None:
        data["action_plans"][0][field] = value
    return change


def _bomb() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", b"{}")
        zf.writestr("bundle.json", b" " * (60 * 1024 * 1024))
    return buf.getvalue()


def _other_workshop(data: dict) -> None:
    """A consistent bundle of a workshop this laptop has never seen."""
    for records in data.values():
        for rec in records:
            if "workshop_id" in rec:
                rec["workshop_id"] = "00000000-0000-4000-8000-000000000000"


def _dup_ids(data: dict) -> None:
    data["next_steps"][1]["id"] = data["next_steps"][0]["id"]


def _foreign_step(world: dict) -> Callable[[dict], None]:
    """Point the bundle's plan at another participant (a forged bundle)."""
    return _set_plan("participant_id", world["other"])


CASES: list[tuple[str, str, Callable[[dict], bytes]]] = [
    ("not a zip", "not-a-zip", lambda w: b"Just some notes\n" * 10),
    ("truncated zip", "damaged-zip", lambda w: w["bundle"][: len(w["bundle"]) // 2]),
    ("zip bomb", "zip-bomb", lambda w: _bomb()),
    ("../ in an entry", "unsafe-path",
     lambda w: _zip({**_entries(w["bundle"]), "../../evil.json": b"{}"})),
    ("absolute path", "unsafe-path",
     lambda w: _zip({**_entries(w["bundle"]), "/etc/cron.d/evil": b"x"})),
    ("windows path", "unsafe-path",
     lambda w: _zip({**_entries(w["bundle"]), "C:\\evil.json": b"x"})),
    ("unknown format version", "newer-format",
     lambda w: _rebuild(w["bundle"], manifest=lambda m: m.update(format_version=3))),
    ("format version not a number", "unknown-format",
     lambda w: _rebuild(w["bundle"], manifest=lambda m: m.update(format_version="1"))),
    ("bundle for another workshop", "other-workshop",
     lambda w: _rebuild(w["bundle"], manifest=lambda m: m.update(
         workshop_id="00000000-0000-4000-8000-000000000000"),
         payload=_other_workshop)),
    ("invalid JSON", "bad-json", lambda w: _rebuild(w["bundle"], raw_payload=b'{"action_')),
    ("invalid UTF-8", "bad-utf8",
     lambda w: _rebuild(w["bundle"], raw_payload=b'{"action_plans": ["\xff\xfe"]}')),
    ("wrong types", "invalid-content",
     lambda w: _rebuild(w["bundle"], payload=_set_plan("revision", "3"))),
    ("string over the limit", "invalid-content",
     lambda w: _rebuild(w["bundle"], payload=_set_plan("key_takeaways", "x" * 50_001))),
    ("unknown field", "invalid-content",
     lambda w: _rebuild(w["bundle"], payload=_set_plan("hidden", "data"))),
    ("thousands of entries", "too-many-entries",
     lambda w: _zip([(f"e{i}.json", b"{}") for i in range(5000)])),
    ("duplicate ids", "duplicate-ids", lambda w: _rebuild(w["bundle"], payload=_dup_ids)),
    ("a PDF renamed to .pcsc", "not-a-zip", lambda w: _pdf()),
    ("manifest missing", "no-manifest",
     lambda w: _zip({"bundle.json": _entries(w["bundle"])["bundle.json"]})),
    ("content changed after writing", "checksum",
     lambda w: _zip({**_entries(w["bundle"]), "bundle.json": b'{"action_plans": []}'})),
    ("a plan of another participant", "bad-reference",
     lambda w: _rebuild(w["bundle"], payload=_foreign_step(w))),
    ("a zip of something else", "not-pcsc", lambda w: _zip({"manifest.json": b'{"a": 1}'})),
    ("format version 1 (unsigned)", "unsigned",
     lambda w: _rebuild(w["bundle"], manifest=lambda m: m.update(format_version=1))),
    ("no signature", "unsigned", lambda w: _zip(
        {k: v for k, v in _entries(w["bundle"]).items() if k != "manifest.sig"})),
    ("manifest changed, signature kept", "bad-signature", lambda w: _zip({
        **_entries(w["bundle"]), "manifest.json": _entries(w["bundle"])["manifest.json"]
        .replace(b'"sequence": ', b'"sequence": 9')})),
    ("signature of garbage", "bad-signature", lambda w: _zip(
        {**_entries(w["bundle"]), "manifest.sig": b"zz" * 64})),
    ("year 1 with an offset", "invalid-content", lambda w: _rebuild(
        w["bundle"], manifest=lambda m: m.update(created_at="0001-01-01T00:00:00+05:00"))),
    ("an edited workshop pack handed in", "pack-for-own-workshop", lambda w: _rebuild(
        w["pack"], payload=lambda d: d["workshop"].update(title="Renamed"))),
]


@pytest.mark.parametrize(("label", "code", "make"), CASES, ids=[c[0] for c in CASES])
def test_hostile_file_is_refused_and_database_untouched(world, tmp_path, label, code, make):
    path = tmp_path / "incoming.pcsc"
    path.write_bytes(make(world))
    before = db_digest(world["fac"].path)
    with world["fac"].session() as s:
        result = import_file(s, path)
    assert result.status == "refused", label
    assert result.code == code, (label, result.reason)
    assert len(result.reason) > 20 and "Traceback" not in result.reason
    assert db_digest(world["fac"].path) == before


def test_pdf_reason_says_it_is_a_pdf(world, tmp_path):
    path = tmp_path / "plan.pcsc"
    path.write_bytes(_pdf())
    with pytest.raises(ExchangeError, match="PDF"):
        parse_file(path)


def test_record_of_someone_else_by_id_is_refused(world, tmp_path):
    """A forged bundle reusing another plan's step id must not move that step."""
    fac = world["fac"]
    from sqlalchemy import select

    from pcsc_workshop.core.models import NextStep

    with fac.session() as s:
        doc = plan_for_participant(s, world["other"])
        doc.next_steps = [NextStepRow(action="Not yours")]
        save_plan(s, doc)
        victim = s.scalars(select(NextStep).where(NextStep.action == "Not yours")).one().id

    def steal(data: dict) -> None:
        data["next_steps"][0]["id"] = victim

    path = tmp_path / "forged.pcsc"
    path.write_bytes(_rebuild(world["bundle"], payload=steal))
    before = db_digest(fac.path)
    with fac.session() as s:
        result = import_file(s, path)
    assert (result.status, result.code) == ("refused", "foreign-record")
    assert db_digest(fac.path) == before


def test_valid_bundle_is_accepted(world, tmp_path):
    """The corpus is built from a good file: make sure the good file itself goes in."""
    path = tmp_path / "good.pcsc"
    path.write_bytes(world["bundle"])
    with world["fac"].session() as s:
        assert import_file(s, path).status in ("accepted", "already-present")


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**40), 2**40) | st.text(max_size=40)
    | st.just("x" * 60_000) | st.just("2016-11-14T09:00:00"),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(
        st.text(max_size=8), children, max_size=3),
    max_leaves=6,
)


def _mutate_json(data: dict, path_choice: int, value: object) -> None:
    """Set one field somewhere in the payload to `value`."""
    spots: list[tuple[dict, str]] = []
    for records in data.values():
        if isinstance(records, list):
            for rec in records:
                spots.extend((rec, key) for key in rec)
    rec, key = spots[path_choice % len(spots)]
    rec[key] = value


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    how=st.sampled_from(["flip", "truncate", "json", "manifest"]),
    where=st.integers(0, 10**6),
    byte=st.integers(0, 255),
    value=JSON_VALUES,
)
def test_fuzz_mutated_bundles_never_crash_the_importer(world, tmp_path_factory, how, where,
                                                       byte, value):
    blob = world["bundle"]
    if how == "flip":
        data = bytearray(blob)
        data[where % len(data)] ^= byte or 1
        blob = bytes(data)
    elif how == "truncate":
        blob = blob[: where % len(blob)]
    elif how == "json":
        blob = _rebuild(blob, payload=lambda d: _mutate_json(d, where, value))
    else:
        keys = ["format", "format_version", "kind", "workshop_id", "created_at", "sequence",
                "participant_id", "sender_installation_id", "plan_revision", "payload"]
        blob = _rebuild(blob, manifest=lambda m: m.update({keys[where % len(keys)]: value}))
    path = tmp_path_factory.mktemp("fuzz") / "mutated.pcsc"
    path.write_bytes(blob)
    before = db_digest(world["fac"].path)
    with world["fac"].session() as s:
        result = import_file(s, path)  # any exception other than a refusal fails the test
    after = db_digest(world["fac"].path)  # also asserts PRAGMA integrity_check is ok
    if result.status == "refused":
        assert result.code and result.reason
        assert after == before


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(seed=st.integers(0, 2**32 - 1))
def test_fuzz_by_json_type_limits_and_zip_headers(world, tmp_path_factory, seed):
    """The bench's mutations (bench/exchange_fuzz_bench.py runs 20,000 of them): a field of
    another JSON type, times and numbers at their limits, zip header fields at edge values.
    Each is accepted or refused with a named reason; a refusal changes nothing."""
    import random

    from bench.exchange_fuzz_bench import make_case

    kind, blob = make_case(random.Random(seed), world["bundle"], world["pack"], world["key"])
    path = tmp_path_factory.mktemp("fuzz2") / "mutated.pcsc"
    path.write_bytes(blob)
    before = db_digest(world["fac"].path)
    with world["fac"].session() as s:
        result = import_file(s, path)
    assert result.code != "unreadable-content", (kind, result.reason)  # every fault named
    if result.status == "refused":
        assert result.reason and db_digest(world["fac"].path) == before, kind


@pytest.mark.parametrize("stamp", ["0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-05:00"])
def test_a_time_that_leaves_the_calendar_in_utc_is_refused(world, tmp_path, stamp):
    path = tmp_path / "stamp.pcsc"
    path.write_bytes(_rebuild(world["bundle"], payload=_set_plan("updated_at", stamp)))
    with world["fac"].session() as s:
        result = import_file(s, path)
    assert (result.status, result.code) == ("refused", "invalid-content")
    assert "outside the years 1 to 9999" in result.reason


def test_zip_version_needed_beyond_what_zipfile_reads_is_refused(world, tmp_path):
    import struct

    data = bytearray(world["bundle"])
    central = data.index(b"PK\x01\x02")
    struct.pack_into("<H", data, central + 4, 0xFF)  # "made by" version 25.5
    struct.pack_into("<H", data, central + 6, 0xFF)  # version needed to extract
    path = tmp_path / "version.pcsc"
    path.write_bytes(bytes(data))
    with world["fac"].session() as s:
        result = import_file(s, path)
    assert (result.status, result.code) == ("refused", "unsupported-zip")

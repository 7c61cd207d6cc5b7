"""Fuzzing the importer: at least 20,000 mutated files, 0 crashes, database unchanged after
every refusal.

Run: `PYTHONPATH=. python bench/exchange_fuzz_bench.py [--cases 20000] [--seed 13]`.
Prints figures per kind of mutation; exits 1 on any crash or changed database.

Starting from a valid plan bundle and a valid workshop pack (re-signed after each JSON change
with a participant laptop's key, so the change reaches the content checks as a malicious
participant's file would), each case is one of:

- json-type: a field anywhere in manifest or payload replaced by a value of another JSON type
  (null, true, numbers, strings, lists, objects, deep nesting);
- timestamp: a time or date field at its limits (year 1 with an offset, year 9999 at -05:00,
  leap days that do not exist, offsets past 24 h, huge years...);
- number: an integer field at its limits (0, -1, 2^31 - 1, 2^31, 2^63, 10^400, floats);
- structure: keys removed, unknown keys, duplicate keys, lists where objects go;
- zip-header: a field of a local or central header or the end record set to an edge value
  (version needed, flags, method, sizes, CRC, offsets, name and extra lengths);
- bytes: flipped bytes, truncation, entries added, removed or renamed.

A "crash" is an exception leaving `import_file`, or a refusal by the importer's last-resort
catch (code `unreadable-content`: an exception no check named). Both are counted.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import random
import shutil
import sqlite3
import struct
import sys
import tempfile
import time
import warnings
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select

TIMESTAMPS = [
    "0001-01-01T00:00:00+05:00", "0001-01-01T00:00:00-05:00", "0001-01-01T00:00:00Z",
    "9999-12-31T23:59:59-05:00", "9999-12-31T23:59:59.999999+14:00", "0000-01-01T00:00:00",
    "2016-02-30T10:00:00", "2017-02-29", "2016-13-01T00:00:00", "2016-11-14T25:00:00",
    "2016-11-14T09:00:00+24:00", "2016-11-14T09:00:00+99:99", "99999-01-01T00:00:00",
    "-0001-01-01T00:00:00", "2016-11-14T09:00:00.1234567890123", "2016-11-14", "", "now",
    "1e400", "2016-11-14T09:00:00\u0000", "\u0662\u0660\u0661\u0666-11-14T09:00:00",
    "0001-01-01", "9999-12-31", "2016-W46-1", "20161114T090000",
]
NUMBERS: list[Any] = [
    0, -1, 1, 2**31 - 1, 2**31, -(2**31), 2**53 + 1, 2**62, 2**63, -(2**63) - 1, 2**64,
    10**400, -(10**400), 0.5, -0.0, 1e308, 1.7976931348623157e308, 5e-324, 3.0, True, False,
]
VALUES: list[Any] = [
    None, True, False, "", "x", "x" * 60_000, "\u0000", "\U0001F600" * 100, "<img src=x>",
    [], [None], [[[]]], {}, {"a": 1}, {"id": "x"}, *NUMBERS[:8], *TIMESTAMPS[:4],
    "00000000-0000-4000-8000-000000000000", "0" * 64,
]
ZIP_EDGE = [0, 1, 2, 0x14, 0x2D, 0x3F, 0x40, 0xFF, 0x100, 0x7FFF, 0x8000, 0xFFFF,
            0xFFFFFFFF, 0x7FFFFFFF, 0x80000000]
LOCAL = {"version": (4, "H"), "flags": (6, "H"), "method": (8, "H"), "time": (10, "H"),
         "date": (12, "H"), "crc": (14, "I"), "csize": (18, "I"), "usize": (22, "I"),
         "name_len": (26, "H"), "extra_len": (28, "H")}
CENTRAL = {"made_by": (4, "H"), "version": (6, "H"), "flags": (8, "H"), "method": (10, "H"),
           "time": (12, "H"), "date": (14, "H"), "crc": (16, "I"), "csize": (20, "I"),
           "usize": (24, "I"), "name_len": (28, "H"), "extra_len": (30, "H"),
           "comment_len": (32, "H"), "disk": (34, "H"), "int_attr": (36, "H"),
           "ext_attr": (38, "I"), "offset": (42, "I")}
END = {"disk": (4, "H"), "cd_disk": (6, "H"), "disk_entries": (8, "H"), "entries": (10, "H"),
       "cd_size": (12, "I"), "cd_offset": (16, "I"), "comment_len": (20, "H")}


# -- building mutated files ------------------------------------------------------------------
def entries_of(blob: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(blob)) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def zip_of(entries: dict[str, bytes] | list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    items = entries.items() if isinstance(entries, dict) else entries
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in items:
            zf.writestr(name, data)
    return buf.getvalue()


def rebuild(blob: bytes, key, *, manifest: Callable[[dict], None] | None = None,
            payload: Callable[[dict], None] | None = None,
            raw_payload: bytes | None = None, raw_manifest: bytes | None = None) -> bytes:
    """The file with its manifest or payload changed, checksum and signature made to match."""
    from pcsc_workshop.core.exchange.keys import sign

    entries = entries_of(blob)
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
    man["signing_key"] = bytes(key.verify_key).hex()
    if manifest is not None:
        manifest(man)
    entries["manifest.json"] = raw_manifest if raw_manifest is not None else json.dumps(
        man, ensure_ascii=False).encode()
    entries["manifest.sig"] = sign(key, entries["manifest.json"]).encode()
    return zip_of(entries)


def _spots(node: Any, out: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """Every (container, key) pair in a JSON tree."""
    if isinstance(node, dict):
        for k, v in node.items():
            out.append((node, k))
            _spots(v, out)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out.append((node, i))
            _spots(v, out)
    return out


def _set_somewhere(rng: random.Random, value: Any, want: Callable[[Any, Any], bool]
                   ) -> Callable[[dict], None]:
    def change(data: dict) -> None:
        spots = [s for s in _spots(data, []) if want(*s)] or _spots(data, [])
        if spots:
            node, k = rng.choice(spots)
            node[k] = value
    return change


def _is_time(node: Any, k: Any) -> bool:
    return isinstance(k, str) and (k.endswith("_at") or k.endswith("_date"))


def _is_int(node: Any, k: Any) -> bool:
    v = node[k]
    return isinstance(v, int) and not isinstance(v, bool)


def _structure(rng: random.Random) -> Callable[[dict], None]:
    def change(data: dict) -> None:
        spots = [s for s in _spots(data, []) if isinstance(s[0], dict)]
        node, k = rng.choice(spots)
        how = rng.randrange(4)
        if how == 0:
            del node[k]
        elif how == 1:
            node[f"unknown_{rng.randrange(99)}"] = rng.choice(VALUES)
        elif how == 2:
            node[k] = [node[k]]
        else:
            node[k] = {"nested": node[k]}
    return change


def _zip_header(rng: random.Random, blob: bytes) -> bytes:
    data = bytearray(blob)
    kind = rng.choice(["local", "central", "end"])
    sig, table = {"local": (b"PK\x03\x04", LOCAL), "central": (b"PK\x01\x02", CENTRAL),
                  "end": (b"PK\x05\x06", END)}[kind]
    starts = [i for i in range(len(data) - 4) if data[i:i + 4] == sig]
    if not starts:
        return bytes(data)
    start = rng.choice(starts)
    name = rng.choice(sorted(table))
    offset, fmt = table[name]
    size = struct.calcsize("<" + fmt)
    limit = 0xFFFF if fmt == "H" else 0xFFFFFFFF
    value = rng.choice(ZIP_EDGE + [rng.randrange(limit + 1)]) & limit
    if start + offset + size <= len(data):
        struct.pack_into("<" + fmt, data, start + offset, value)
    return bytes(data)


def _bytes(rng: random.Random, blob: bytes) -> bytes:
    how = rng.randrange(5)
    if how == 0:
        data = bytearray(blob)
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] ^= rng.randint(1, 255)
        return bytes(data)
    if how == 1:
        return blob[:rng.randrange(len(blob))]
    entries = entries_of(blob)
    names = list(entries)
    if how == 2:
        del entries[rng.choice(names)]
        return zip_of(entries)
    if how == 3:
        entries[rng.choice(["extra.json", "manifest.JSON", "bundle.json ", "a/b.json"])] = (
            rng.choice(list(entries.values())))
        return zip_of(entries)
    with warnings.catch_warnings():  # zipfile warns about the duplicate it is asked to write
        warnings.simplefilter("ignore")
        return zip_of(list(entries.items()) + [(rng.choice(names), b"{}")])  # a name twice


def make_case(rng: random.Random, bundle: bytes, pack: bytes, key) -> tuple[str, bytes]:
    """One mutated file and the kind of mutation that made it."""
    base = bundle if rng.random() < 0.85 else pack
    kind = rng.choice(["json-type", "json-type", "timestamp", "number", "structure",
                       "zip-header", "zip-header", "bytes", "raw-json"])
    target = rng.choice(["payload", "payload", "manifest"])
    if kind == "zip-header":
        return kind, _zip_header(rng, base)
    if kind == "bytes":
        return kind, _bytes(rng, base)
    if kind == "raw-json":
        raw = rng.choice([b"[" * 100_000 + b"]" * 100_000, b'{"a":1,"a":2}', b"\xef\xbb\xbf{}",
                          b'{"action_plans": NaN}', b'{"x": 1e999999}', b"null", b'"text"',
                          b'{"action_plans": [' + b"{}," * 5000 + b"{}]}"])
        if target == "manifest":
            return kind, rebuild(base, key, raw_manifest=raw)
        return kind, rebuild(base, key, raw_payload=raw)
    if kind == "json-type":
        change = _set_somewhere(rng, rng.choice(VALUES), lambda n, k: True)
    elif kind == "timestamp":
        change = _set_somewhere(rng, rng.choice(TIMESTAMPS), _is_time)
    elif kind == "number":
        change = _set_somewhere(rng, rng.choice(NUMBERS), _is_int)
    else:
        change = _structure(rng)
    if target == "manifest":
        return kind, rebuild(base, key, manifest=change)
    return kind, rebuild(base, key, payload=change)


# -- the world: a facilitator and one participant's valid files -------------------------------
def build_world(folder: Path) -> dict:
    from datetime import date

    from pcsc_workshop.core.exchange import choose_participant, open_pack, write_bundle, write_pack
    from pcsc_workshop.core.exchange.keys import own_signing_key
    from pcsc_workshop.core.models import Delegation, Participant, Workshop
    from pcsc_workshop.core.plans import NextStepRow, SupportRow, plan_for_participant, save_plan
    from pcsc_workshop.core.store import Store

    fac = Store(folder / "facilitator.sqlite3")
    with fac.session() as s:
        w = Workshop(title="Fuzz", start_date=date(2016, 11, 14))
        s.add(w)
        s.flush()
        d = Delegation(workshop_id=w.id, country="Mozambique", city="Maputo")
        s.add(d)
        s.flush()
        s.add_all(Participant(workshop_id=w.id, delegation_id=d.id, name=f"Ana {i}")
                  for i in range(3))
        wid = w.id
    with fac.session() as s:
        write_pack(s, wid, folder / "pack.pcsc")
    laptop = Store(folder / "laptop.sqlite3")
    with laptop.session() as s:
        open_pack(s, folder / "pack.pcsc")
        pid = s.scalars(select(Participant.id).order_by(Participant.name)).first()
        choose_participant(s, wid, pid)
        doc = plan_for_participant(s, pid)
        doc.key_takeaways = "Kept safe"
        doc.next_steps = [NextStepRow(action="One", start_date=date(2017, 1, 1)),
                          NextStepRow(action="Two")]
        doc.support = [SupportRow(provider="TDLC", kind="knowledge exchange", detail="x")]
        save_plan(s, doc)
        bundle = write_bundle(s, wid, pid, folder / "good.pcsc").path.read_bytes()
        key = own_signing_key(s)
    laptop.close()
    return {"fac": fac, "bundle": bundle, "pack": (folder / "pack.pcsc").read_bytes(),
            "key": key}


def content_digest(con: sqlite3.Connection) -> str:
    """Every table's rows, hashed (what "the database is unchanged" means)."""
    h = hashlib.sha256()
    for (table,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type='table' ORDER BY name").fetchall():
        h.update(table.encode())
        for row in con.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
            h.update(repr(row).encode())
    return h.hexdigest()


def run(cases: int, seed: int, folder: Path, quiet: bool = False) -> dict:
    from pcsc_workshop.core.exchange import import_file

    world = build_world(folder)
    fac = world["fac"]
    reader = sqlite3.connect(f"file:{fac.path}?mode=ro", uri=True)
    rng = random.Random(seed)
    path = folder / "case.pcsc"
    outcomes: Counter[tuple[str, str]] = Counter()
    codes: Counter[str] = Counter()
    crashes: list[str] = []
    changed: list[str] = []
    digest = content_digest(reader)
    t0 = time.perf_counter()
    for n in range(cases):
        kind, blob = make_case(rng, world["bundle"], world["pack"], world["key"])
        path.write_bytes(blob)
        try:
            with fac.session() as s:
                result = import_file(s, path)
        except Exception as exc:  # noqa: BLE001 - this is what the bench counts
            crashes.append(f"case {n} ({kind}): {type(exc).__name__}: {exc}"[:300])
            outcomes[(kind, "crash")] += 1
            continue
        outcomes[(kind, result.status)] += 1
        codes[result.code or result.status] += 1
        if result.code == "unreadable-content":
            crashes.append(f"case {n} ({kind}): caught only by the last resort: {result.reason}")
        after = content_digest(reader)
        if result.status == "refused" and after != digest:
            changed.append(f"case {n} ({kind}) refused as {result.code} but changed the database")
        digest = after
        if not quiet and (n + 1) % 5000 == 0:
            print(f"  {n + 1} cases, {time.perf_counter() - t0:.0f} s", flush=True)
    took = time.perf_counter() - t0
    ok = reader.execute("PRAGMA integrity_check").fetchone()[0]
    reader.close()
    fac.close()
    return {"cases": cases, "seconds": took, "outcomes": outcomes, "codes": codes,
            "crashes": crashes, "changed": changed, "integrity": ok}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="pcsc-fuzz-bench-"))
    try:
        r = run(args.cases, args.seed, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    kinds = sorted({k for k, _ in r["outcomes"]})
    for kind in kinds:
        parts = ", ".join(f"{status} {n}" for (k, status), n in sorted(r["outcomes"].items())
                          if k == kind)
        print(f"  {kind:11} {parts}")
    print("  refusal codes: " + ", ".join(f"{c} {n}" for c, n in r["codes"].most_common()))
    for line in r["crashes"][:20] + r["changed"][:20]:
        print("  " + line)
    print(f"fuzzed importer: {r['cases']} cases in {r['seconds']:.0f} s, "
          f"{len(r['crashes'])} crashes, {len(r['changed'])} refusals that changed the database, "
          f"integrity {r['integrity']}  (target: 0 crashes, 0 changed)")
    return 1 if r["crashes"] or r["changed"] or r["integrity"] != "ok" else 0


if __name__ == "__main__":
    sys.exit(main())

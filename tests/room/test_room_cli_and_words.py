"""The headless room (`pcsc-workshop room`) and the words of the room's pages."""

from __future__ import annotations

import http.client
import re
import signal
import subprocess
import sys
import time

from pcsc_workshop.room import words


def test_every_word_in_five_languages_with_the_same_placeholders() -> None:
    for key, texts in words.table().items():
        assert len(texts) == 5 and all(t.strip() for t in texts), key
        holes = {tuple(sorted(re.findall(r"{(\w+)}", t))) for t in texts}
        assert len(holes) == 1, (key, texts)
    assert words.word("saved", "ar") == "تم الحفظ"
    assert words.word("saved", "de") == "Saved"  # unknown language: English


def test_headless_room_serves_until_sigterm_and_exits_cleanly(db_path, scored_demo_id,
                                                              tmp_path) -> None:
    workshop_id = scored_demo_id  # the demo `pcsc-workshop demo` makes (the run's template)
    card = tmp_path / "card.pdf"
    proc = subprocess.Popen(
        [sys.executable, "-m", "pcsc_workshop", "--db", str(db_path), "room", "--workshop",
         workshop_id, "--host", "127.0.0.1", "--port", "0", "--no-advertise",
         "--card", str(card)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines: list[str] = []
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        lines.append(line)
        if line.startswith("Press Ctrl+C"):
            break
    text = "".join(lines)
    url = re.search(r"Room open: http://127\.0\.0\.1:(\d+)/", text)
    assert url, text + proc.stderr.read() if proc.poll() is not None else text
    assert re.search(r"Room code: [A-Z2-9]{6}", text)
    assert re.search(r"^\s+\d{6}\s+\S", text, re.MULTILINE)  # personal codes listed
    conn = http.client.HTTPConnection("127.0.0.1", int(url.group(1)), timeout=5)
    conn.request("GET", "/", headers={"Host": f"127.0.0.1:{url.group(1)}"})
    assert conn.getresponse().status == 200
    assert card.read_bytes().startswith(b"%PDF")
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert "Room closed." in out and "Traceback" not in err


def test_room_command_explains_a_wrong_workshop(db_path) -> None:
    from tests.core.cli_support import run_cli  # in-process: no room is opened

    result = run_cli("--db", str(db_path), "room", "--workshop", "nope", "--host", "127.0.0.1",
                     "--no-advertise")
    assert result.returncode == 1
    assert "No workshop with id nope" in result.stderr and "Traceback" not in result.stderr

"""An export of door/exports.py run in a child process of this very app, for the window.

Why: reportlab is pure Python, and a batch of 200 plans on a worker thread held the GIL the
UI thread needed for every event it handled: its turns took 2-4 times their own CPU time in
wall time while PDFs were written (bench/ui_latency_bench.py). In a child process the
rendering has its own interpreter; the window's worker thread only waits on a pipe.

The child is `pcsc-workshop --db PATH export child` (frozen: the app's own executable, from
source `python -m pcsc_workshop`, as the room hub's child in room/process.py). It reads one
request as a JSON line on stdin, runs the same door operation the CLI and the window run,
and answers with JSON lines on stdout:

    {"progress": [done, total]}     between documents of a batch
    {"cancelled": null}              asked before each document: the parent answers 1 or 0
    {"done": {...}}                  what was written (`Exported`)
    {"error": "...", "type": "..."}  why not, in words (ExportError, KeyError...)

Cancel keeps its meaning: the child asks before each document, so it stops where the
in-process batch would, with the files finished kept and no partial file (the core writes
each file under a temporary name, then renames it).
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import IO, Any

from pcsc_workshop.core.child_process import NO_WINDOW, child_env
from pcsc_workshop.door.exports import Exported, Options

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

# What each export takes besides (workshop_id, target, options): the curriculum object or
# its titles (both loaded by the child itself), and progress/cancel for the batches.
_CURRICULUM = {"report", "dossiers", "agenda"}
_TITLES = {"plans", "csv"}
_BATCHES = {"plans", "dossiers", "certificates"}
KINDS = _CURRICULUM | _TITLES | _BATCHES


class ExportFailed(RuntimeError):
    """The export failed in the child for a reason other than the ones re-raised as such."""


def child_command(db_path: Path) -> list[str]:
    """The child's command line: this very app's hidden `export child` command."""
    start = [sys.executable] if getattr(sys, "frozen", False) else \
        [sys.executable, "-m", "pcsc_workshop"]
    return [*start, "--db", str(db_path), "export", "child"]


def run_in_child(db_path: Path, kind: str, workshop_id: str, target: Path,
                 options: Options, *, curriculum_language: str | None = None,
                 progress: Progress | None = None, cancelled: Cancelled | None = None,
                 **extra: Any) -> Exported:
    """`door.exports.<kind>(workshop_id, target, options, **extra)` in a child process.

    `curriculum_language`: the curriculum the child loads for titles and the report's
    content (None: none, ids are humanised, as when the window could not load one).
    Raises what the door would (ExportError, KeyError) with the child's message, else
    ExportFailed. Call it on a worker thread: it waits for the child."""
    from pcsc_workshop.core.reports.output import ExportError

    request = {"kind": kind, "workshop_id": workshop_id, "target": str(target),
               "options": asdict(options), "curriculum_language": curriculum_language,
               "extra": extra}
    env, flags = child_env(), NO_WINDOW
    try:
        child = subprocess.Popen(
            child_command(db_path), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True, encoding="utf-8", errors="replace", bufsize=1,
            env=env, creationflags=flags)
    except OSError as exc:
        raise ExportFailed(f"The export could not start: {exc.strerror or exc}") from exc
    assert child.stdin is not None and child.stdout is not None and child.stderr is not None
    last_words: deque[str] = deque(maxlen=20)
    threading.Thread(target=lambda: last_words.extend(child.stderr or ()),
                     name="export-child-stderr", daemon=True).start()
    answer: dict[str, Any] | None = None
    try:
        child.stdin.write(json.dumps(request) + "\n")
        child.stdin.flush()
        for line in child.stdout:
            if not line.startswith("{"):
                continue
            message = json.loads(line)
            if "progress" in message:
                if progress is not None:
                    progress(*message["progress"])
            elif "cancelled" in message:
                child.stdin.write("1\n" if cancelled is not None and cancelled() else "0\n")
                child.stdin.flush()
            else:
                answer = message
                break
    except (BrokenPipeError, OSError):
        pass  # the child died: said below, with its last words
    finally:
        with contextlib.suppress(OSError):
            child.stdin.close()
    if answer is not None:  # its interpreter's exit takes a while: reaped meanwhile, unwaited
        threading.Thread(target=child.wait, name="export-child-exit", daemon=True).start()
    else:
        child.wait()
    if answer is None:
        said = "".join(last_words).strip().splitlines()[-1:] or [f"code {child.returncode}"]
        raise ExportFailed(f"The export stopped unexpectedly ({said[0]})")
    if "error" in answer:
        error = answer["error"]
        raise {"ExportError": ExportError, "KeyError": KeyError}.get(
            answer.get("type", ""), ExportFailed)(error)
    done = answer["done"]
    return Exported(files=[Path(p) for p in done["files"]],
                    docx=[Path(p) for p in done["docx"]], cancelled=done["cancelled"],
                    unprintable={Path(p): c for p, c in done["unprintable"].items()},
                    rows=done["rows"])


def run_export(door: Any, kind: str, workshop_id: str, target: Path, options: Options, *,
               curriculum: Any | None, progress: Progress | None = None,
               cancelled: Cancelled | None = None, **extra: Any) -> Exported:
    """The door's export `kind` in this process, each given what it takes: the curriculum
    or its titles, and progress/cancel for the batches (the child, and the window's worker
    when it renders in-process)."""
    kwargs: dict[str, Any] = dict(extra)
    if kind in _TITLES:
        from pcsc_workshop.core.reports.titles import curriculum_titles

        kwargs["link_titles"] = curriculum_titles(curriculum) if curriculum is not None \
            else None
    elif kind in _CURRICULUM:
        kwargs["curriculum"] = curriculum
    if kind in _BATCHES:
        kwargs.update(progress=progress, cancelled=cancelled)
    result: Exported = getattr(door.exports, kind)(workshop_id, target, options, **kwargs)
    return result


def serve(door: Any, stdin: IO[str], out: IO[str]) -> int:
    """The child's side: one request from `stdin`, its answer on `out` (see the notes)."""
    request = json.loads(stdin.readline())
    kind = request["kind"]

    def send(message: dict[str, Any]) -> None:
        out.write(json.dumps(message) + "\n")
        out.flush()

    def progress(done: int, total: int) -> None:
        send({"progress": [done, total]})

    def cancelled() -> bool:
        send({"cancelled": None})
        return stdin.readline().strip() != "0"  # no answer (the window is gone): stop too

    try:
        if kind not in KINDS:
            raise ExportFailed(f"No such export: {kind}")
        curriculum = _curriculum(request["curriculum_language"]) \
            if kind in _CURRICULUM or kind in _TITLES else None
        result = run_export(door, kind, request["workshop_id"], Path(request["target"]),
                            Options(**request["options"]), curriculum=curriculum,
                            progress=progress, cancelled=cancelled, **request["extra"])
    except Exception as exc:  # noqa: BLE001 - every failure is said to the window in words
        # a KeyError's str() is its key quoted: the key goes over, the parent re-raises it
        said = str(exc.args[0]) if isinstance(exc, KeyError) and exc.args else str(exc)
        send({"error": said, "type": type(exc).__name__})
        return 1
    send({"done": {"files": [str(p) for p in result.files],
                   "docx": [str(p) for p in result.docx], "cancelled": result.cancelled,
                   "unprintable": {str(p): c for p, c in result.unprintable.items()},
                   "rows": result.rows}})
    return 0


def _curriculum(language: str | None) -> Any | None:
    """The curriculum the window had (None: it had none, documents show humanised ids)."""
    if language is None:
        return None
    try:
        from pcsc_workshop.core.curriculum import load_curriculum

        return load_curriculum(language=language)
    except Exception:  # noqa: BLE001 - a broken curriculum: humanised ids, as in the window
        return None

"""Qt Linguist `.ts` files for the UI: run lupdate, read and fill translations, report gaps.

Why a module of its own: `scripts/update_translations`, the tests (a test fails when a `.ts`
misses a string) and the integrator's re-run all need the same three things — extract the
current source strings with PySide6's own lupdate, know which translations are unfinished,
and write translations back without disturbing what lupdate keeps (comments, order, plural
forms). Only the standard library and the PySide6 tools are used, so it runs in CI as is.
"""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "pcsc_workshop" / "ui"
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "es", "pt", "ar")
TS_PREFIX = "pcsc_workshop_"


def ts_path(lang: str, folder: Path = TS_DIR) -> Path:
    return folder / f"{TS_PREFIX}{lang}.ts"


def qt_tool(name: str) -> Path:
    """PySide6's own `lupdate` / `lrelease` binary (shipped by PySide6-Essentials)."""
    import PySide6

    base = Path(PySide6.__file__).resolve().parent
    for candidate in (base / name, base / f"{name}.exe", base / "Qt" / "libexec" / name):
        if candidate.is_file():
            return candidate
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found:
        return Path(found)
    raise FileNotFoundError(f"{name} not found (is PySide6-Essentials installed?)")


def ui_sources(ui_dir: Path = UI_DIR) -> list[Path]:
    """Every Python file of the UI, in a stable order (lupdate input)."""
    return sorted(p for p in ui_dir.rglob("*.py") if "__pycache__" not in p.parts)


def run_lupdate(ts_files: list[Path], sources: list[Path] | None = None,
                prune: bool = False, plural_only: bool = False) -> None:
    """Merge the current source strings into `ts_files`, keeping existing translations.

    `-locations none` keeps the files free of line numbers, so a merge of two branches that
    both re-ran the update does not conflict on every line. Without `prune`, strings that
    left the code stay in the file marked vanished (their translation is reused if the
    string comes back); `prune` drops them.
    """
    sources = ui_sources() if sources is None else sources
    with_lst = ts_files[0].parent / ".lupdate-sources.lst"
    with_lst.write_text("\n".join(str(s) for s in sources) + "\n", encoding="utf-8")
    try:
        cmd = [str(qt_tool("lupdate")), "-silent", "-locations", "none", "-extensions", "py"]
        if prune:
            cmd.append("-no-obsolete")
        if plural_only:  # the English file holds only the plural forms of the sources
            cmd.append("-pluralonly")
        cmd += [f"@{with_lst}", "-ts", *map(str, ts_files)]
        subprocess.run(cmd, check=True, env={**os.environ, "LC_ALL": "C.UTF-8"})
    finally:
        with_lst.unlink(missing_ok=True)


ENGLISH = "en"  # sources are English; its .ts only gives plural forms ("%n question(s)")


def english_plural_forms(source: str) -> list[str]:
    """One and other forms of an English source: "%n question(s)" -> "%n question",
    "%n questions"; "(es)" and "(ies)" likewise ("%n box(es)", "%n part(y|ies)" is not used)."""
    one = re.sub(r"\((?:s|es)\)", "", source)
    other = re.sub(r"\((s|es)\)", r"\1", source)
    return [one, other]


def fill_english_plurals(path: Path) -> int:
    """Write the English plural forms of every numerus message of `path` (the en .ts)."""
    tree = ET.parse(path)
    changed = 0
    for msg in tree.getroot().iter("message"):
        if msg.get("numerus") != "yes":
            continue
        tr = msg.find("translation")
        if tr is None or tr.get("type") in ("vanished", "obsolete"):
            continue
        forms = english_plural_forms(msg.findtext("source") or "")
        if [f.text for f in tr.findall("numerusform")] == forms and "type" not in tr.attrib:
            continue
        for form in tr.findall("numerusform"):
            tr.remove(form)
        tr.text = None
        for text in forms:
            ET.SubElement(tr, "numerusform").text = text
        tr.attrib.pop("type", None)
        changed += 1
    if changed:
        write_ts(tree, path)
    return changed


def run_lrelease(ts_file: Path, qm_file: Path) -> None:
    qm_file.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([str(qt_tool("lrelease")), "-silent", str(ts_file), "-qm", str(qm_file)],
                   check=True)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    finished: bool
    vanished: bool
    comment: str = ""

    @property
    def key(self) -> tuple[str, str]:
        return (self.context, self.source)


def read_ts(path: Path) -> list[Message]:
    """All messages of a `.ts` file (vanished/obsolete ones flagged)."""
    root = ET.parse(path).getroot()
    out = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            kind = tr.get("type", "") if tr is not None else "unfinished"
            text = _translation_text(tr)
            out.append(Message(
                context=name, source=msg.findtext("source") or "", translation=text,
                finished=kind == "" and bool(text.strip()),
                vanished=kind in ("vanished", "obsolete"),
                comment=msg.findtext("comment") or "",
            ))
    return out


def _translation_text(tr: ET.Element | None) -> str:
    if tr is None:
        return ""
    forms = tr.findall("numerusform")
    if forms:
        return "\n".join(f.text or "" for f in forms)
    return tr.text or ""


def live(messages: list[Message]) -> list[Message]:
    return [m for m in messages if not m.vanished]


def unfinished(messages: list[Message]) -> list[Message]:
    return [m for m in live(messages) if not m.finished]


def fill_ts(path: Path, translations: dict[tuple[str, str], str]) -> int:
    """Write `translations[(context, source)]` into `path`, marking them finished.

    Returns how many messages changed. The file is rewritten atomically in lupdate's own
    layout (4-space indent, `<!DOCTYPE TS>`), so the next lupdate run leaves it as it is.
    """
    tree = ET.parse(path)
    changed = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            text = translations.get((name, msg.findtext("source") or ""))
            tr = msg.find("translation")
            if text is None or tr is None or tr.get("type") in ("vanished", "obsolete"):
                continue
            if msg.get("numerus") == "yes":  # plural forms, one per line (Arabic has six)
                forms = tr.findall("numerusform")
                wanted = text.split("\n")
                if [f.text or "" for f in forms] == wanted and "type" not in tr.attrib:
                    continue
                for form in forms:
                    tr.remove(form)
                tr.text = None
                for line in wanted:
                    ET.SubElement(tr, "numerusform").text = line
                tr.attrib.pop("type", None)
                changed += 1
                continue
            if tr.text == text and "type" not in tr.attrib:
                continue
            tr.text = text
            tr.attrib.pop("type", None)
            changed += 1
    if changed:
        write_ts(tree, path)
    return changed


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    text = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n"
    tmp = path.with_suffix(".ts.tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)


def new_ts(path: Path, lang: str) -> None:
    """An empty `.ts` for a new language (lupdate fills it on the next run)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                    f'<TS version="2.1" language="{lang}" sourcelanguage="en">\n</TS>\n',
                    encoding="utf-8")


# -- exchange with translators: one JSON list, one row per source string -----------------
def export_missing(langs: tuple[str, ...] = LANGUAGES, folder: Path = TS_DIR) -> list[dict]:
    """Rows `{context, source, comment, fr, es, ...}` for strings unfinished in any language.

    Languages already translated carry their text (useful context); missing ones are "".
    """
    rows: dict[tuple[str, str], dict] = {}
    per_lang = {lang: {m.key: m for m in live(read_ts(ts_path(lang, folder)))} for lang in langs}
    for messages in per_lang.values():
        for key, m in messages.items():
            if not m.finished:
                rows.setdefault(key, {"context": key[0], "source": key[1], "comment": m.comment})
    for key, row in rows.items():
        for lang in langs:
            m = per_lang[lang].get(key)
            row[lang] = m.translation if m is not None and m.finished else ""
    return sorted(rows.values(), key=lambda r: (r["context"], r["source"]))


def import_rows(rows: list[dict], langs: tuple[str, ...] = LANGUAGES,
                folder: Path = TS_DIR) -> dict[str, int]:
    """Fill every language's `.ts` from exported rows; empty cells are left unfinished."""
    changed = {}
    for lang in langs:
        table = {(r["context"], r["source"]): r[lang] for r in rows if r.get(lang, "").strip()}
        changed[lang] = fill_ts(ts_path(lang, folder), table)
    return changed


def load_rows(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))


def save_rows(rows: list[dict], path: Path) -> None:
    path.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# -- checks a translation must pass ---------------------------------------------------------
_PLACEHOLDER = re.compile(r"\{\d*(?::[^{}]*)?\}")
_ACCEL = re.compile(r"&(?!&)(?=\w)")
_TAG = re.compile(r"</?\s*([a-zA-Z]+)[^>]*>")


def markup_problems(source: str, translation: str) -> list[str]:
    """What a translation lost or added: `{0}` placeholders, `&` accelerators, HTML tags.

    A plural message ("%n question(s)") holds one form per line: each form is checked."""
    if "%n" in source and "\n" in translation and "\n" not in source:
        found: list[str] = []
        for form in translation.split("\n"):
            found += [p for p in markup_problems(source, form) if p not in found]
        return found
    problems = []
    if sorted(_PLACEHOLDER.findall(source)) != sorted(_PLACEHOLDER.findall(translation)):
        problems.append("placeholders differ")
    if bool(_ACCEL.search(source.replace("&&", ""))) != bool(
            _ACCEL.search(translation.replace("&&", ""))):
        problems.append("accelerator & lost or added")
    if len(_ACCEL.findall(translation.replace("&&", ""))) > 1:
        problems.append("more than one accelerator &")
    if sorted(t.lower() for t in _TAG.findall(source)) != sorted(
            t.lower() for t in _TAG.findall(translation)):
        problems.append("HTML tags differ")
    return problems


# -- what the code asks to translate, read with Python's own parser ------------------------
# lupdate's Python parser misses calls inside f-strings and calls with a computed text;
# the tests compare its findings with this reading of the same files.
_UI_TEXT_CALLS = {
    "setText", "setWindowTitle", "setPlaceholderText", "setToolTip", "setStatusTip",
    "setWhatsThis", "setAccessibleName", "setAccessibleDescription", "setTitle", "addItem",
    "addItems", "addMenu", "addTab", "insertTab", "setTabText", "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels", "setHeaderLabels", "setHeaderLabel", "setSpecialValueText",
    "setSuffix", "setPrefix", "showMessage", "setLabelText", "setCancelButtonText",
    "setInformativeText", "setDetailedText", "setButtonText", "setWindowIconText",
    "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox",
    "QAction", "QMenu", "QListWidgetItem", "QTreeWidgetItem", "QStandardItem",
    "information", "warning", "critical", "question", "about", "getSaveFileName",
    "getOpenFileName", "getOpenFileNames", "getExistingDirectory", "getText", "getItem",
    "addRow", "addButton",
}


@dataclass(frozen=True)
class CodeString:
    path: Path
    line: int
    context: str
    source: str
    in_fstring: bool = False


def _const_str(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _call_name(node: ast.Call) -> str:
    f = node.func
    return f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""


def code_strings(path: Path) -> tuple[list[CodeString], list[CodeString]]:
    """(strings sent to tr/translate/QT_TRANSLATE_NOOP, literals shown without tr)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found: list[CodeString] = []
    bare: list[CodeString] = []

    wrappers: set[str] = set()
    func_name = ""

    def visit(node: ast.AST, cls: str, in_f: bool, params: frozenset[str]) -> None:
        nonlocal func_name
        if isinstance(node, ast.ClassDef):
            cls = node.name
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            params = frozenset(a.arg for a in node.args.args + node.args.kwonlyargs)
            func_name = getattr(node, "name", "")
        if isinstance(node, ast.JoinedStr):
            in_f = True
        if isinstance(node, ast.Call):
            name, args = _call_name(node), node.args
            text_arg = args[0] if name == "tr" and args else \
                args[1] if name == "translate" and len(args) >= 2 else None
            if isinstance(text_arg, ast.Name) and text_arg.id in params and func_name:
                wrappers.add(func_name)  # def _t(text): return translate("Ctx", text)
            if name == "tr" and isinstance(node.func, ast.Name):
                bare.append(CodeString(path, node.lineno, cls,
                                       "<bare tr(): its runtime context is not lupdate's>"))
            elif name == "tr" and args and _const_str(args[0]) is not None:
                owner = node.func.value if isinstance(node.func, ast.Attribute) else None
                if isinstance(owner, ast.Name) and owner.id not in ("self", "cls") \
                        and owner.id[:1].islower():
                    bare.append(CodeString(path, node.lineno, cls, f"<{owner.id}.tr(): lupdate "
                                           f"files it under {owner.id!r}, Qt under its class>"))
                ctx = owner.id if isinstance(owner, ast.Name) and owner.id not in (
                    "self", "cls") else cls
                found.append(CodeString(path, node.lineno, ctx, _const_str(args[0]), in_f))
            elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2 and \
                    _const_str(args[0]) is not None and _const_str(args[1]) is not None:
                found.append(CodeString(path, node.lineno, _const_str(args[0]),
                                        _const_str(args[1]), in_f))
            elif name in _UI_TEXT_CALLS:
                for arg in args[:1] if name in ("addItem", "insertItem") else args:
                    text = _const_str(arg)
                    if text is not None and any(ch.isalpha() for ch in text):
                        bare.append(CodeString(path, node.lineno, cls, text, in_f))
        for child in ast.iter_child_nodes(node):
            visit(child, cls, in_f, params)

    visit(tree, "", False, frozenset())
    # A wrapper is harmless when its texts are declared with QT_TRANSLATE_NOOP; called with
    # a literal, lupdate never sees that literal.
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _call_name(node) in wrappers and node.args \
                and _const_str(node.args[0]) is not None:
            bare.append(CodeString(path, node.lineno, "", f"<{_call_name(node)}() wraps tr(): "
                                   f"lupdate cannot see {_const_str(node.args[0])!r}>"))
    return found, bare


def accelerator(text: str) -> str | None:
    """The letter after a single `&` ("&Save" -> "s"), None without one."""
    match = re.search(r"&(\w)", text.replace("&&", ""))
    return match.group(1).casefold() if match else None


def accelerator_clashes(messages: list[Message]) -> list[str]:
    """Within one context (one window or dialog), two translations using the same Alt+letter
    where their sources used different letters: Alt then only cycles between them."""
    by_letter: dict[tuple[str, str], list[Message]] = {}
    for m in live(messages):
        letter = accelerator(m.translation) if m.finished else None
        if letter:
            by_letter.setdefault((m.context, letter), []).append(m)
    return [f"[{ctx}] Alt+{letter}: " + ", ".join(repr(m.translation) for m in group)
            for (ctx, letter), group in sorted(by_letter.items())
            if len(group) > 1 and len({accelerator(m.source) for m in group}) > 1]


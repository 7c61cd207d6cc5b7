"""`pcsc-workshop curriculum check [DIR]` and `pcsc-workshop curriculum show --json`.

`check` lists every problem of a curriculum folder with its file and field (exit 1 when there is
any), so content editors can fix a folder before handing it out. `show --json` prints the loaded
curriculum with its stable ids for other tools.
"""

from __future__ import annotations

import argparse
import json
import sys


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("curriculum", help="check or print a curriculum")
    actions = p.add_subparsers(dest="curriculum_command", metavar="ACTION")
    check = actions.add_parser("check", help="validate a curriculum folder (default: shipped)")
    check.add_argument("folder", nargs="?", metavar="DIR",
                       help="curriculum folder holding manifest.yaml")
    check.add_argument("--strict", action="store_true",
                       help="fail on warnings too (stale or unstamped translations)")
    check.set_defaults(handler=run)
    stamp = actions.add_parser("stamp", help="record the English each translation was made "
                               "from, so check can report stale translations")
    stamp.add_argument("folder", nargs="?", metavar="DIR", help="curriculum folder")
    stamp.add_argument("--language", action="append", metavar="LANG",
                       help="only this language (repeatable; default: every translation)")
    stamp.set_defaults(handler=run)
    show = actions.add_parser("show", help="print the loaded curriculum")
    show.add_argument("folder", nargs="?", metavar="DIR", help="curriculum folder")
    show.add_argument("--json", action="store_true", help="print JSON for other tools")
    show.add_argument("--language", default="en", help="language of the texts (default: en)")
    show.set_defaults(handler=run)
    stats = actions.add_parser("stats", help="how much of the curriculum each language "
                               "translates (items, fields, words, share identical to English)")
    stats.add_argument("folder", nargs="?", metavar="DIR", help="curriculum folder")
    stats.add_argument("--json", action="store_true", help="print JSON")
    stats.set_defaults(handler=run)
    glossary = actions.add_parser("glossary", help="render terms.yaml as Markdown "
                                  "(docs/glossary.md)")
    glossary.add_argument("folder", nargs="?", metavar="DIR", help="curriculum folder")
    glossary.add_argument("--out", metavar="FILE", help="write here (default: print)")
    glossary.set_defaults(handler=run)
    p.set_defaults(handler=_usage(p))


def _usage(parser: argparse.ArgumentParser):
    def handler(_args: argparse.Namespace, _ctx) -> int:
        parser.print_help(sys.stderr)
        return 2
    return handler


def run(args: argparse.Namespace, ctx) -> int:
    from pathlib import Path

    from pcsc_workshop.cli import UserError
    from pcsc_workshop.core.curriculum import (
        CurriculumError,
        check_curriculum,
        default_folder,
        load_curriculum,
    )
    from pcsc_workshop.core.curriculum.loader import translation_languages

    folder = Path(args.folder) if args.folder else default_folder()
    if args.curriculum_command == "stats":
        return _stats(folder, args.json)
    if args.curriculum_command == "glossary":
        return _glossary(folder, args.out)
    if args.curriculum_command == "stamp":
        return _stamp(folder, args.language)
    if args.curriculum_command == "check":
        found = check_curriculum(folder, warnings=True)
        for problem in found:
            print(problem)
        problems = found if args.strict else [p for p in found if not p.warning]
        warned = len(found) - len([p for p in found if not p.warning])
        if warned:
            print(f"{folder}: {warned} warning{'s' if warned != 1 else ''}", file=sys.stderr)
        if problems:
            print(f"{folder}: {len(problems)} problem{'s' if len(problems) != 1 else ''}",
                  file=sys.stderr)
            return 1
        curriculum = load_curriculum(folder)
        print(f"{folder}: OK — {curriculum.title} {curriculum.version}: "
              f"{len(curriculum.pillars)} pillars, {len(curriculum.elements)} elements, "
              f"{len(curriculum.statistics)} statistics, {len(curriculum.case_studies)} case "
              f"studies, {len(curriculum.questions)} questions")
        return 0
    languages = ["en", *translation_languages(folder)] if folder.is_dir() else ["en"]
    if args.language not in languages:
        raise UserError(f"{folder}: no {args.language!r} translation (available: "
                        f"{', '.join(languages)})")
    try:
        curriculum = load_curriculum(folder, language=args.language)
    except CurriculumError as exc:
        raise UserError(f"{folder}: {exc}") from exc
    if args.json:
        print(json.dumps(curriculum.to_json(), ensure_ascii=False, indent=2))
        return 0
    print(f"{curriculum.title} (version {curriculum.version}, id {curriculum.id})")
    for pillar in curriculum.pillars:
        print(f"  {pillar.id}: {pillar.name} [{pillar.kind}] {pillar.principles.count} "
              f"principles, {pillar.action_total} actions")
    for domain in curriculum.domains:
        numbers = [e.number for e in curriculum.elements_of(domain.id)]
        print(f"  {domain.id}: {domain.name}, elements {min(numbers)}-{max(numbers)}")
    return 0


def _stamp(folder, languages: list[str] | None) -> int:
    from pcsc_workshop.cli import UserError
    from pcsc_workshop.core.curriculum.loader import read_folder
    from pcsc_workshop.core.curriculum.translation_check import write_stamps

    content = read_folder(folder)
    if content.manifest is None or content.problems:
        shown = "\n".join(f"  {p}" for p in content.problems[:20])
        raise UserError(f"{folder}: fix these first (curriculum check):\n{shown}")
    unknown = sorted(set(languages or []) - set(content.translations))
    if unknown:
        raise UserError(f"{folder}: no translation folder for {', '.join(unknown)}")
    try:
        done = write_stamps(content, languages)
    except OSError as exc:
        raise UserError(f"{folder}: cannot write the stamps ({exc.strerror or exc})") from exc
    for language, count in sorted(done.items()):
        print(f"translations/{language}/.stamps.json: {count} fields stamped")
    return 0


def _glossary(folder, out: str | None) -> int:
    import os
    from pathlib import Path

    from pcsc_workshop.cli import UserError
    from pcsc_workshop.core.curriculum.glossary import render_glossary

    terms = folder / "terms.yaml"
    try:
        text = render_glossary(terms)
    except (OSError, ValueError) as exc:
        raise UserError(f"{terms}: cannot read the terms ({exc})") from exc
    if out is None:
        sys.stdout.write(text)
        return 0
    target = Path(out)
    tmp = target.with_name(target.name + ".tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, target)
    except OSError as exc:
        raise UserError(f"{target}: cannot write ({exc.strerror or exc})") from exc
    print(f"{target}: {text.count(chr(10))} lines")
    return 0


def _stats(folder, as_json: bool) -> int:
    from pcsc_workshop.cli import UserError
    from pcsc_workshop.core.curriculum.loader import read_folder
    from pcsc_workshop.core.curriculum.translation_check import translation_stats

    content = read_folder(folder)
    if content.manifest is None:
        raise UserError(f"{folder}: no curriculum here (curriculum check says why)")
    stats = translation_stats(content)
    if as_json:
        print(json.dumps(stats, ensure_ascii=False, indent=2))
        return 0
    en = stats["en"]
    print(f"en: {en['items']} items, {en['fields']} text fields, {en['words']} words")
    for language, row in stats.items():
        if language == "en":
            continue
        print(f"{language}: {row['items']} items, {row['fields']} of {en['fields']} fields, "
              f"{row['words']} words, {row['identical']} of {row['texts']} texts identical "
              f"to English ({100 * row['identical_share']:.1f} %)")
    return 0

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
    check.set_defaults(handler=run)
    show = actions.add_parser("show", help="print the loaded curriculum")
    show.add_argument("folder", nargs="?", metavar="DIR", help="curriculum folder")
    show.add_argument("--json", action="store_true", help="print JSON for other tools")
    show.add_argument("--language", default="en", help="language of the texts (default: en)")
    show.set_defaults(handler=run)
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

    folder = Path(args.folder) if args.folder else default_folder()
    if args.curriculum_command == "check":
        problems = check_curriculum(folder)
        for problem in problems:
            print(problem)
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

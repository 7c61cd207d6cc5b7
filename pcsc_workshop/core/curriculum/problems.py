"""Problems found in a curriculum folder, each naming the file and the field to fix."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a curriculum: where (file, field) and what."""

    file: str
    field: str
    message: str
    # a warning (a stale translation) is reported but does not make the folder unusable
    warning: bool = False

    def __str__(self) -> str:
        where = f"{self.file}: {self.field}" if self.field else self.file
        return f"{where}: {'warning: ' if self.warning else ''}{self.message}"


class CurriculumError(Exception):
    """The curriculum cannot be used; `problems` says where and why (file and field)."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = list(problems)
        shown = "\n".join(f"  {p}" for p in self.problems[:20])
        more = len(self.problems) - 20
        tail = f"\n  ... and {more} more" if more > 0 else ""
        count = len(self.problems)
        super().__init__(
            f"the curriculum has {count} problem{'s' if count != 1 else ''}:\n{shown}{tail}"
        )

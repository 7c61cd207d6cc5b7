"""The curriculum as data: models, loader, checker and search (no Qt here).

Front door: `load_curriculum(path=None, language="en") -> Curriculum` (cached), and
`check_curriculum(folder) -> list[Problem]` for `pcsc-workshop curriculum check`.
"""

from pcsc_workshop.core.curriculum.cache import clear_cache, load_curriculum
from pcsc_workshop.core.curriculum.catalog import ACTOR_LABELS, Curriculum, PillarPart
from pcsc_workshop.core.curriculum.check import check_curriculum
from pcsc_workshop.core.curriculum.loader import default_folder
from pcsc_workshop.core.curriculum.models import ACTORS
from pcsc_workshop.core.curriculum.problems import CurriculumError, Problem
from pcsc_workshop.core.curriculum.search import SearchHit, fold

__all__ = [
    "ACTORS", "ACTOR_LABELS", "Curriculum", "CurriculumError", "PillarPart", "Problem",
    "SearchHit", "check_curriculum", "clear_cache", "default_folder", "fold", "load_curriculum",
]

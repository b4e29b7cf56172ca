"""Where the top-level templates/ and static/ folders are.

From a checkout they sit beside the package; an installed wheel carries them
inside it (see tool.hatch force-include in pyproject.toml).
"""

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    installed = PACKAGE / name
    return installed if installed.is_dir() else PACKAGE.parent / name

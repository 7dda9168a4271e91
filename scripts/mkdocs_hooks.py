"""mkdocs hooks (mkdocs.yml `hooks:`): add the generated pages to every build.

The pages come from scripts/docs_reference.py (the specs, the changes, the generated tables, the
facade's source and the CLI), made in memory at each build: nothing generated is written into
docs/ or committed, so the reference cannot fall behind the specs.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

sys.path.insert(0, str(Path(__file__).resolve().parent))
import docs_reference

REFERENCE = "Справочник / Reference"  # the nav section the generated pages go under
_pages: dict[str, str] = {}


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    ctx = docs_reference.Context()
    _pages.clear()
    _pages.update(docs_reference.pages(ctx))
    for entry in config.nav or []:
        if isinstance(entry, dict) and REFERENCE in entry:
            entry[REFERENCE] = [*entry[REFERENCE], *docs_reference.nav(ctx)]
            break
    else:
        raise ValueError(f"mkdocs.yml: no nav section {REFERENCE!r} for the generated reference")
    return config


def on_files(files: Files, config: MkDocsConfig, **_: Any) -> Files:
    for path, content in _pages.items():
        if files.get_file_from_path(path) is not None:
            raise ValueError(f"docs/{path} is generated: remove the hand-written file")
        files.append(File.generated(config, path, content=content))
    return files

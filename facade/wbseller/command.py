"""The `wbseller` console script's entry: the command line needs the `cli` extra (click)."""

from __future__ import annotations

import sys


def main() -> None:
    try:
        from .cli import main as run
    except ImportError as e:
        if getattr(e, "name", "") != "click":
            raise
        sys.stderr.write('wbseller: the command line needs click: pip install "wbseller[cli]"\n')
        raise SystemExit(2) from None
    run()

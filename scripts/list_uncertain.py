"""List every place the specs mark `x-wb-uncertain` (a shape or number inferred from the docs,
not stated by them), grouped by reason: what to check first when WB publishes new docs.

    python scripts/list_uncertain.py [--flat]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from speclib import load_spec, spec_paths


def walk(node: Any, path: str, out: list[tuple[str, str]]) -> None:
    if isinstance(node, dict):
        if "x-wb-uncertain" in node:
            out.append((path or "/", " ".join(str(node["x-wb-uncertain"]).split())))
        for key, value in node.items():
            if key != "x-wb-uncertain":
                walk(value, f"{path}/{key}", out)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            walk(value, f"{path}/{i}", out)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--flat", action="store_true", help="one line per place")
    args = parser.parse_args(argv)
    total = 0
    for p in spec_paths():
        places: list[tuple[str, str]] = []
        walk(load_spec(p), "", places)
        total += len(places)
        print(f"## specs/{p.name}: {len(places)} place(s)")
        if args.flat:
            for where, why in places:
                print(f"- {where}: {why}")
            continue
        by_reason: dict[str, list[str]] = defaultdict(list)
        for where, why in places:
            by_reason[why].append(where)
        for why, wheres in by_reason.items():
            print(f"- {why}\n    at: {'; '.join(wheres)}")
    print(f"\n{total} uncertain place(s) in all")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

"""Validate every spec against the OpenAPI 3.0 schema (openapi-spec-validator)."""

from __future__ import annotations

import sys
from pathlib import Path

from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

sys.path.insert(0, str(Path(__file__).resolve().parent))
from speclib import SPECS_DIR, spec_paths


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or spec_paths(SPECS_DIR)
    bad = 0
    for p in paths:
        spec, _ = read_from_filename(str(p))
        try:
            validate(spec)
        except Exception as e:  # the validator raises several exception types
            bad += 1
            print(f"{p}: invalid OpenAPI: {str(e).splitlines()[0]}")
    print(f"validate: {len(paths)} spec(s), {bad} invalid")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
